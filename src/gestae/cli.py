"""The command line: parse options, call the library, print. Errors are one line, no traceback.

Exit codes: 0 all went well, 1 a fatal error, 3 some inputs were skipped (see stderr).
"""
from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from gestae.errors import GestaeError, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="gestae: who did what to whom, when - CAMEO events from news, with evidence.")
err = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)
PARTIAL = 3


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


class Lang(StrEnum):
    auto = "auto"
    ru = "ru"
    en = "en"


def _setup(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


def _documents(paths: list[str], problems: list[str]):
    from gestae.read import read_paths
    for item in read_paths(paths):
        if isinstance(item, InputError):
            problems.append(str(item))
            err.print(f"skipped {item}")
            continue
        yield item


@app.command("code")
def code_cli(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl), directories, or - for stdin.")],
    lang: Annotated[Lang, typer.Option(help="Input: language of the documents.")] = Lang.auto,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output: jsonl or table.")] = Format.jsonl,
    min_confidence: Annotated[Optional[float], typer.Option(
        help="Pipeline: drop events below this confidence (default: 0.35 English, 0.40 Russian).")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Output: for every trigger, each stage's decision and the rules that fired, as text.")] = False,
    verbose: Annotated[bool, typer.Option("-v", help="Log progress.")] = False,
) -> None:
    """Code documents and write their events, one JSON object per line.

    Example: gestae code article.txt --format table; gestae code article.txt --explain
    """
    _setup(verbose)
    from gestae.pipeline import Pipeline
    problems: list[str] = []
    pipeline = Pipeline(lang=lang.value, min_confidence=min_confidence)
    if explain:
        _explain(pipeline, _documents(paths, problems))
        raise typer.Exit(PARTIAL if problems else 0)
    rows = []
    try:
        for coded in pipeline.run(_documents(paths, problems)):
            if coded.failed:
                problems.append(f"{coded.document.origin}: {coded.failed}")
                err.print(f"skipped {coded.document.origin}: {coded.failed}")
                continue
            if coded.skipped:
                problems.append(f"{coded.document.origin}: {coded.skipped}")
                err.print(f"skipped {coded.document.origin}: {coded.skipped}", highlight=False)
            for event in coded.events:
                if format is Format.jsonl:
                    sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                else:
                    rows.append(event.to_dict())
    except GestaeError as error:
        err.print(f"error: {error}", highlight=False)
        raise typer.Exit(1) from None
    if format is Format.table:
        _print_events(rows)
    if problems:
        raise typer.Exit(PARTIAL)


def _explain(pipeline, documents) -> None:
    try:
        for document in documents:
            print(pipeline.explain(document))
    except GestaeError as error:
        err.print(f"error: {error}", highlight=False)
        raise typer.Exit(1) from None


@app.command("ingest")
def ingest_cli(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl), directories, or - for stdin.")],
    db: Annotated[Path, typer.Option(help="Output: DuckDB database file.")] = Path("gestae.duckdb"),
    lang: Annotated[Lang, typer.Option(help="Input: language of the documents.")] = Lang.auto,
    min_confidence: Annotated[Optional[float], typer.Option(
        help="Pipeline: drop events below this confidence (default: 0.35 English, 0.40 Russian).")] = None,
    verbose: Annotated[bool, typer.Option("-v", help="Log progress.")] = False,
) -> None:
    """Code documents and store documents, sentences and events; re-running adds nothing.

    Example: gestae ingest samples/ --db gestae.duckdb
    """
    _setup(verbose)
    from gestae.pipeline import Pipeline
    from gestae.store import DuckStore
    problems: list[str] = []
    pipeline = Pipeline(lang=lang.value, min_confidence=min_confidence)
    try:
        store = DuckStore(db)
        new = unchanged = events = 0
        for document in _documents(paths, problems):
            if store.has_document(document.id, document.checksum):
                unchanged += 1
                continue
            coded = pipeline.code_guarded(document)
            if coded.failed:
                problems.append(f"{document.origin}: {coded.failed}")
                err.print(f"skipped {document.origin}: {coded.failed}")
                continue
            if coded.skipped:
                err.print(f"stored uncoded {document.origin}: {coded.skipped}", highlight=False)
            events += store.save(coded)
            new += 1
        totals = store.counts()
        store.close()
    except GestaeError as error:
        err.print(f"error: {error}", highlight=False)
        raise typer.Exit(1) from None
    err.print(f"{new} documents coded ({events} events), {unchanged} unchanged, {len(problems)} skipped; "
              f"{db} now holds {totals['documents']} documents and {totals['events']} events", highlight=False)
    if problems:
        raise typer.Exit(PARTIAL)


@app.command("events")
def events_cli(
    db: Annotated[Path, typer.Option(help="Input: DuckDB database file.")] = Path("gestae.duckdb"),
    actor: Annotated[Optional[str], typer.Option(help="Filter: actor code prefix on either side, e.g. KAZ.")] = None,
    dyad: Annotated[Optional[str], typer.Option(help="Filter: SOURCE:TARGET prefixes, e.g. ISR:KAZ.")] = None,
    root: Annotated[Optional[str], typer.Option(help="Filter: CAMEO root, e.g. 04.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Filter: events on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Filter: events on or before YYYY-MM-DD.")] = None,
    dyads: Annotated[bool, typer.Option("--dyads", help="Format: a per-dyad summary instead of events.")] = False,
    format: Annotated[Format, typer.Option("--format", "-f", help="Format: table or jsonl.")] = Format.table,
) -> None:
    """Query stored events.

    Example: gestae events --db gestae.duckdb --dyad ISR:KAZ --root 04 --since 2026-01-01
    """
    from gestae.store import DuckStore, EventQuery
    if not db.exists():
        err.print(f"error: no database at {db}; create it with: gestae ingest PATH --db {db}", highlight=False)
        raise typer.Exit(1) from None
    try:
        store = DuckStore(db)
        query = EventQuery(actor=actor, dyad=dyad, root=root, since=since, until=until)
        rows = store.dyads(query) if dyads else store.events(query)
        store.close()
    except GestaeError as error:
        err.print(f"error: {error}", highlight=False)
        raise typer.Exit(1) from None
    if format is Format.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif dyads:
        _print_dyads(rows)
    else:
        _print_events(rows)


@app.command("eval")
def eval_cli(
    gold: Annotated[Path, typer.Argument(help="Gold file: JSON Lines (or one JSON object) as in shared/eval.")],
    lang: Annotated[Lang, typer.Option(help="Input: language of the gold texts.")] = Lang.auto,
    details: Annotated[bool, typer.Option(help="Output: list every miss and extra by item.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Output: the figures as one JSON object.")] = False,
) -> None:
    """Score the coder on a gold file: P/R/F1 for dyad+root and dyad+3-digit code, date accuracy.

    Example: gestae eval ../shared/eval/ru_dev.jsonl --details
    """
    from gestae.evaluate import evaluate, load_gold
    from gestae.pipeline import Pipeline
    try:
        report = evaluate(load_gold(gold), Pipeline(lang=lang.value))
    except (GestaeError, OSError) as error:
        err.print(f"error: {error}", highlight=False)
        raise typer.Exit(1) from None
    if as_json:
        print(json.dumps(report.as_dict()))
        return
    console = Console()
    table = Table(title=f"{gold.name}: {report.items} items")
    for column in ("measure", "precision", "recall", "F1", "matched", "missed", "extra"):
        table.add_column(column)
    for label, tally in (("dyad + root", report.root), ("dyad + code (3 digits)", report.strict)):
        table.add_row(label, f"{tally.precision:.3f}", f"{tally.recall:.3f}", f"{tally.f1:.3f}",
                      str(tally.matched), str(tally.missed), str(tally.extra))
    console.print(table)
    console.print(f"date accuracy: {report.date_accuracy:.3f} on {report.dates_scored} dated gold events")
    roots = Table(title="by CAMEO root")
    for column in ("root", "misses", "extras"):
        roots.add_column(column)
    for root in sorted(set(report.misses_by_root) | set(report.extras_by_root)):
        roots.add_row(root, str(report.misses_by_root[root]), str(report.extras_by_root[root]))
    console.print(roots)
    if details:
        for item in report.details:
            if item["missed"] or item["extra"]:
                console.print(f"[bold]{item['id']}[/bold]", highlight=False)
                for line in item["missed"]:
                    console.print(f"  miss  {line}", highlight=False, markup=False)
                for line in item["extra"]:
                    console.print(f"  extra {line}", highlight=False, markup=False)


actors_app = typer.Typer(no_args_is_help=True, help="The actor knowledge base: look up, import, export.")
app.add_typer(actors_app, name="actors")


@actors_app.command("lookup")
def actors_lookup_cli(
    name: Annotated[str, typer.Argument(help="Input: the mention, in any grammatical case.")],
    date: Annotated[Optional[str], typer.Option("--date", help="Input: the event date, YYYY-MM-DD.")] = None,
    context: Annotated[Optional[str], typer.Option(
        help="Input: text the mention occurs in (earlier sentences count as the document so far).")] = None,
    lang: Annotated[Lang, typer.Option(help="Input: language of the mention.")] = Lang.ru,
) -> None:
    """Explain what a name resolves to on a date, and why.

    Example: gestae actors lookup "Токаев" --date 2026-01-10
    """
    from datetime import date as Date

    from gestae.actors import lookup
    try:
        day = Date.fromisoformat(date) if date else None
    except ValueError:
        err.print(f"error: --date {date!r}: expected YYYY-MM-DD")
        raise typer.Exit(1) from None
    try:
        result = lookup(name, context=context, day=day, lang=lang.value)
    except GestaeError as error:
        err.print(f"error: {error}")
        raise typer.Exit(1) from None
    if result.agreement:
        print(f"{name}: an agreement ({result.agreement}), not an actor")
    if not result.actors and not result.agreement:
        print(f"{name}: no actor on {date or 'any date'}")
        raise typer.Exit(4)
    for actor in result.actors:
        print(f"{name} -> {actor.code}  (confidence {actor.confidence:.2f})\n  why: {actor.reason}")


@actors_app.command("import")
def actors_import_cli(
    files: Annotated[list[Path], typer.Argument(help="Input: PETRARCH/TABARI .actors dictionaries.")],
    home: Annotated[Optional[Path], typer.Option(help="Output: gestae home ($GESTAE_HOME); layers go to HOME/actors/imported/.")] = None,
) -> None:
    """Import PETRARCH/TABARI actor dictionaries as a layer below the shipped base and your own
    entries (HOME/actors/user/*.tsv, same format as the export), which override it.

    Example: gestae actors import ../shared/reference/openeventdata__petrarch2/petrarch2/data/dictionaries/Phoenix.Countries.actors.txt
    """
    from gestae.actors.kb import home_dir
    from gestae.actors.manage import import_petrarch
    for file in files:
        try:
            done = import_petrarch(file, home or home_dir())
        except GestaeError as error:
            err.print(f"error: {error}")
            raise typer.Exit(1) from None
        err.print(f"{file.name}: {done.rows:,} name-code rows -> {done.target} ({done.seconds:.1f} s)")


@actors_app.command("export")
def actors_export_cli(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Output: TSV file (default stdout).")] = None,
) -> None:
    """Write the merged knowledge base (shipped, imported and user layers) as one TSV.

    Example: gestae actors export -o actors.tsv
    """
    from gestae.actors.kb import default_kb
    from gestae.actors.manage import write_export
    kb = default_kb()
    if output:
        with output.open("w", encoding="utf-8") as out:
            count = write_export(kb, out)
        err.print(f"{count:,} rows -> {output}")
    else:
        write_export(kb, sys.stdout)


def _print_events(rows: list[dict]) -> None:
    table = Table(show_lines=False)
    for column in ("date", "source", "target", "code", "name", "gold.", "conf.", "trigger", "doc"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row["date"] or "", row["source"], row["target"], row["code"], row["name"],
                      f"{row['goldstein']:+.1f}", f"{row['confidence']:.2f}", row["trigger"], row["doc_id"])
    Console(width=max(140, Console().width)).print(table)


def _print_dyads(rows: list[dict]) -> None:
    table = Table(title="events per dyad")
    for column in ("source", "target", "events", "mean Goldstein", "first", "last", "codes"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["source"], row["target"], str(row["events"]), f"{row['goldstein']:+.2f}",
                      row["first"] or "", row["last"] or "", row["codes"])
    Console(width=max(120, Console().width)).print(table)


def main() -> None:
    try:
        app()
    except GestaeError as error:          # anything a command did not catch itself
        err.print(f"error: {error}", highlight=False)
        sys.exit(1)
