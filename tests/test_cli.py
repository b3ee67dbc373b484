"""The command line, in process with typer's CliRunner: output contract, exit codes, clean errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import PUTIN_TOKAYEV, REPO
from gestae.cli import PARTIAL, app
from gestae.read import read_paths

# The public contract of `gestae code`: fields every JSON line carries.
CONTRACT = ["event_id", "doc_id", "date", "source", "source_country", "source_name", "target",
            "target_country", "target_name", "code", "root", "quad_class", "goldstein", "plover",
            "plover_mode", "confidence", "sentence", "trigger", "trigger_start", "trigger_end", "rule"]

COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]
GOOD_TEXT = f"date 2024-03-06\n{PUTIN_TOKAYEV}\n"
LATIN1 = "café\n".encode("latin-1") + "Президент России".encode("cp1251")
BINARY = b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner, pipeline, tmp_path, monkeypatch):
    """Run ``gestae ARGS`` in process, from tmp_path, so paths in messages stay short."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input)
    return run


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return folder


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def said(result) -> str:
    """stderr with whitespace collapsed: rich wraps long lines (see test_cli_code_errors_are_one_line)."""
    return " ".join(result.stderr.split())


def assert_clean(result) -> None:
    """No Python traceback, and no exception other than the exit itself."""
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


# --- code ------------------------------------------------------------------------------------

def test_cli_code_jsonl_contract(cli, corpus):
    result = cli("code", "in/good.txt")
    assert_clean(result)
    assert result.exit_code == 0, result.output
    events = jsonl(result.stdout)
    assert len(events) == 2
    [document] = read_paths(["in/good.txt"])
    for event in events:
        assert set(CONTRACT) <= set(event), set(CONTRACT) - set(event)
        assert document.text[event["trigger_start"]:event["trigger_end"]] == event["trigger"]
        assert event["sentence"] in document.text
        assert event["doc_id"] == "good"
        assert event["root"] == event["code"][:2]
        assert event["quad_class"] in (1, 2, 3, 4)
        assert isinstance(event["goldstein"], float) and -10 <= event["goldstein"] <= 10
        assert 0 <= event["confidence"] <= 1
    assert {(e["source"], e["target"], e["code"], e["date"]) for e in events} == {
        ("RUSGOV", "KAZGOV", "041", "2024-03-05"), ("KAZGOV", "RUSGOV", "041", "2024-03-05")}


@pytest.mark.parametrize("stdin", [GOOD_TEXT, json.dumps({"id": "w1", "text": PUTIN_TOKAYEV,
                                                           "date": "2024-03-06"}, ensure_ascii=False) + "\n"],
                         ids=["txt", "jsonl"])
def test_cli_code_reads_stdin(cli, stdin):
    result = cli("code", "-", input=stdin)
    assert_clean(result)
    assert result.exit_code == 0, result.output
    assert {e["code"] for e in jsonl(result.stdout)} == {"041"}


def test_cli_code_format_table(cli, corpus):
    result = cli("code", "in/good.txt", "--format", "table")
    assert_clean(result)
    assert result.exit_code == 0, result.output
    for cell in ("RUSGOV", "KAZGOV", "041", "2024-03-05", "good"):
        assert cell in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_cli_code_no_events_is_success(cli, tmp_path):
    (tmp_path / "weather.txt").write_text("Погода в Москве была тёплой.", encoding="utf-8")
    result = cli("code", "weather.txt")
    assert_clean(result)
    assert (result.exit_code, result.stdout) == (0, "")


def test_cli_code_directory_with_bad_files(cli, corpus):
    (corpus / "binary.txt").write_bytes(BINARY)
    (corpus / "latin1.txt").write_bytes(LATIN1)
    result = cli("code", "in")
    assert_clean(result)
    assert result.exit_code == PARTIAL == 3
    assert "binary.txt" in said(result) and "latin1.txt" in said(result)
    assert "good.txt" not in said(result)
    assert len(jsonl(result.stdout)) == 2                      # the good file's events still come out
    assert {e["doc_id"] for e in jsonl(result.stdout)} == {"good"}


@pytest.mark.parametrize("args", [["missing.txt"], ["in/good.txt", "missing.txt"]])
def test_cli_code_missing_path(cli, corpus, args):
    result = cli("code", *args)
    assert_clean(result)
    assert result.exit_code == PARTIAL
    assert "missing.txt" in said(result) and "no such file" in said(result)


def test_cli_code_errors_are_one_line(cli, corpus):
    deep = corpus / ("a_rather_long_folder_name_" * 3)
    deep.mkdir()
    (deep / "latin1.txt").write_bytes(LATIN1)
    result = cli("code", "in")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "latin1.txt" in lines[0] and "iconv" in lines[0]


@pytest.mark.parametrize("name, content, expected", [
    ("novosti[ru].txt", BINARY, "novosti[ru].txt"),
    ("wire[/b].jsonl".replace("/", "_"), BINARY, "wire[_b].jsonl"),
], ids=["bracket-in-name", "tag-like-name"])
def test_cli_code_error_text_is_printed_verbatim(cli, corpus, name, content, expected):
    (corpus / name).write_bytes(content)
    result = cli("code", "in")
    assert_clean(result)
    assert result.exit_code == PARTIAL
    assert expected in result.stderr
    assert len(jsonl(result.stdout)) == 2


# --- ingest and events -----------------------------------------------------------------------

def test_cli_ingest_twice_adds_nothing(cli, corpus):
    first = cli("ingest", "in", "--db", "g.duckdb")
    assert_clean(first)
    assert first.exit_code == 0, first.output
    assert "1 documents coded (2 events)" in said(first)
    stored = cli("events", "--db", "g.duckdb", "--format", "jsonl")
    assert stored.exit_code == 0 and len(jsonl(stored.stdout)) == 2

    second = cli("ingest", "in", "--db", "g.duckdb")
    assert_clean(second)
    assert second.exit_code == 0, second.output
    assert "0 documents coded" in said(second) and "1 unchanged" in said(second)
    assert "holds 1 documents and 2 events" in said(second)
    again = cli("events", "--db", "g.duckdb", "--format", "jsonl")
    assert again.stdout == stored.stdout


def test_cli_ingest_changed_file_replaces_rows(cli, corpus):
    assert cli("ingest", "in", "--db", "g.duckdb").exit_code == 0
    (corpus / "good.txt").write_text("date 2024-03-06\nПогода в Москве была тёплой.", encoding="utf-8")
    result = cli("ingest", "in", "--db", "g.duckdb")
    assert "1 documents coded (0 events)" in said(result)
    assert "holds 1 documents and 0 events" in said(result)
    assert cli("events", "--db", "g.duckdb", "--format", "jsonl").stdout == ""


def test_cli_ingest_bad_files_partial(cli, corpus):
    (corpus / "binary.txt").write_bytes(BINARY)
    result = cli("ingest", "in", "--db", "g.duckdb")
    assert_clean(result)
    assert result.exit_code == PARTIAL
    assert "binary.txt" in said(result) and "1 skipped" in said(result)


@pytest.fixture
def stocked_db(cli, corpus) -> str:
    (corpus / "wire.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "usa-iran", "text": "Соединённые Штаты 20 марта 2025 года ввели санкции против Ирана.",
         "date": "2025-03-21"},
        {"id": "kaz-isr", "text": "Президент Казахстана Касым-Жомарт Токаев осудил действия Израиля.",
         "date": "2025-03-21"},
    ]) + "\n", encoding="utf-8")
    result = cli("ingest", "in", "--db", "g.duckdb")
    assert result.exit_code == 0, result.output
    return "g.duckdb"


@pytest.mark.parametrize("options, expected", [
    ([], {("RUSGOV", "KAZGOV", "041"), ("KAZGOV", "RUSGOV", "041"), ("USA", "IRN", "163"), ("KAZGOV", "ISR", "111")}),
    (["--dyad", "RUS:KAZ"], {("RUSGOV", "KAZGOV", "041")}),
    (["--dyad", "KAZ:"], {("KAZGOV", "RUSGOV", "041"), ("KAZGOV", "ISR", "111")}),
    (["--root", "04"], {("RUSGOV", "KAZGOV", "041"), ("KAZGOV", "RUSGOV", "041")}),
    (["--root", "16"], {("USA", "IRN", "163")}),
    (["--actor", "ISR"], {("KAZGOV", "ISR", "111")}),
    (["--since", "2025-01-01"], {("USA", "IRN", "163"), ("KAZGOV", "ISR", "111")}),
    (["--until", "2024-12-31"], {("RUSGOV", "KAZGOV", "041"), ("KAZGOV", "RUSGOV", "041")}),
    (["--actor", "KAZ", "--root", "11", "--since", "2025-03-21", "--until", "2025-03-21"],
     {("KAZGOV", "ISR", "111")}),
    (["--dyad", "FRA:DEU"], set()),
])
def test_cli_events_filters(cli, stocked_db, options, expected):
    result = cli("events", "--db", stocked_db, "--format", "jsonl", *options)
    assert_clean(result)
    assert result.exit_code == 0, result.output
    assert {(e["source"], e["target"], e["code"]) for e in jsonl(result.stdout)} == expected


def test_cli_events_dyads(cli, stocked_db):
    result = cli("events", "--db", stocked_db, "--dyads", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = {(r["source"], r["target"]): r for r in jsonl(result.stdout)}
    assert set(rows) == {("RUSGOV", "KAZGOV"), ("KAZGOV", "RUSGOV"), ("USA", "IRN"), ("KAZGOV", "ISR")}
    assert rows[("USA", "IRN")]["events"] == 1 and rows[("USA", "IRN")]["codes"] == "163"


@pytest.mark.parametrize("options, cells", [
    ([], ["RUSGOV", "KAZGOV", "041", "usa-iran"]),
    (["--dyads"], ["events per dyad", "RUSGOV", "KAZGOV", "163"]),
    (["--dyads", "--root", "16"], ["USA", "IRN", "163"]),
], ids=["events", "dyads", "dyads-root"])
def test_cli_events_table(cli, stocked_db, options, cells):
    result = cli("events", "--db", stocked_db, *options)
    assert_clean(result)
    assert result.exit_code == 0, result.output
    for cell in cells:
        assert cell in result.stdout


def test_cli_events_missing_db(cli, tmp_path):
    result = cli("events", "--db", "nowhere.duckdb")
    assert_clean(result)
    assert result.exit_code == 1
    assert "no database at nowhere.duckdb" in said(result) and "gestae ingest" in said(result)
    assert not (tmp_path / "nowhere.duckdb").exists()          # a query never creates a database


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_cli_events_bad_date(cli, stocked_db, option):
    result = cli("events", "--db", stocked_db, option, "14.03.2024")
    assert_clean(result)
    assert result.exit_code == 1
    assert "14.03.2024" in said(result) and "YYYY-MM-DD" in said(result)


# --- eval ------------------------------------------------------------------------------------

def test_cli_eval_json(cli, tmp_path):
    gold = {"id": "g1", "text": PUTIN_TOKAYEV, "doc_date": "2024-03-06", "events": [
        {"source": "RUS", "source_sector": "GOV", "target": "KAZ", "target_sector": "GOV", "code": "041",
         "root": "04", "date": "2024-03-05", "trigger": "телефонный разговор"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = cli("eval", "gold.jsonl", "--json")
    assert_clean(result)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["items"] == 1
    assert report["dyad_root"]["matched"] >= 1


@pytest.mark.parametrize("content, exit_code", [
    ("", 0),
    ('{"id": "g1", "text": "Текст.", "events": []}\n{not json\n', 1),
    pytest.param("{not json\n", 1),
], ids=["empty", "bad-second-line", "bad-single-line"])
def test_cli_eval_bad_gold_file(cli, tmp_path, content, exit_code):
    (tmp_path / "gold.jsonl").write_text(content, encoding="utf-8")
    result = cli("eval", "gold.jsonl", "--json")
    assert_clean(result)
    assert result.exit_code == exit_code
    if exit_code:
        assert "gold.jsonl" in said(result)


def test_cli_eval_gold_without_text(cli, tmp_path):
    (tmp_path / "gold.jsonl").write_text('{"id": "g1", "events": []}\n', encoding="utf-8")
    result = cli("eval", "gold.jsonl")
    assert_clean(result)
    assert result.exit_code == 1 and "gold.jsonl" in said(result)


def test_cli_eval_missing_file(cli):
    result = cli("eval", "nowhere.jsonl")
    assert_clean(result)
    assert result.exit_code == 1 and "nowhere.jsonl" in said(result)


# --- documentation (STYLE habit 6) -----------------------------------------------------------

def test_cli_has_commands():
    assert {"code", "ingest", "events", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("command", app.registered_commands, ids=COMMANDS)
def test_cli_command_documented_with_example(command):
    name = command.name or command.callback.__name__
    doc = command.help or command.callback.__doc__ or ""
    assert "Example:" in doc, f"gestae {name} has no 'Example:' in its docstring"
    example = doc.split("Example:", 1)[1].strip().splitlines()[0]
    assert example.startswith(f"gestae {name}"), example


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_command_help(runner, command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_readme_mentions_command(command):
    readme = REPO / "README.md"
    if not readme.exists():
        pytest.skip("README.md does not exist yet")
    assert f"gestae {command}" in readme.read_text(encoding="utf-8")
