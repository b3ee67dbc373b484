"""Import, export and explain the knowledge base: the work behind ``gestae actors``."""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from gestae.actors.kb import ADJECTIVE, AGREEMENT, CAPITAL, COUNTRY, IGO, LAYER_NAMES, PERSON, ROLE, SEAT, SURNAME, KnowledgeBase
from gestae.actors.layers import write_rows
from gestae.actors.petrarch import read_actors
from gestae.errors import InputError


@dataclass(slots=True)
class Imported:
    source: Path
    target: Path
    rows: int
    seconds: float


def import_petrarch(path: Path, home: Path) -> Imported:
    """Convert a PETRARCH/TABARI .actors file into an imported layer under ``home``."""
    if not path.is_file():
        raise InputError(str(path), "no such dictionary file")
    started = time.perf_counter()
    target = home / "actors" / "imported" / f"{path.name.removesuffix('.txt').replace('.', '_')}.tsv"
    rows = ((phrase, "en", code, start, end, f"{path.name}:{line}")
            for phrase, code, start, end, line in read_actors(path))
    count = write_rows(rows, target, comment=f"imported from {path} by gestae actors import")
    return Imported(path, target, count, time.perf_counter() - started)


def export_rows(kb: KnowledgeBase) -> Iterator[tuple[str, str, str, Date | None, Date | None, str, str]]:
    """(phrase, lang, code, start, end, source, kind) of the merged base: top layer per phrase."""
    seen: set[tuple] = set()
    for keys in sorted(kb.index):
        for entry in kb.lookup(keys):
            for code, start, end, why in _codes_of(kb, entry):
                row = (entry.phrase, entry.lang, code, start, end)
                if row in seen:
                    continue
                seen.add(row)
                yield (*row, f"{LAYER_NAMES[entry.layer]}: {why}", entry.kind)


def _codes_of(kb: KnowledgeBase, entry) -> list[tuple[str, Date | None, Date | None, str]]:
    if entry.kind in (PERSON, SURNAME):
        person = kb.people[entry.key]
        return [(o.actor, o.start, o.end, f"{entry.reason}; {o.office}") for o in person.offices]
    if entry.kind == SEAT:
        return [(f"{entry.key}GOV", None, None, entry.reason)]
    if entry.kind == ROLE:
        return [(f"---{entry.key}", None, None, entry.reason)]
    if entry.kind in (COUNTRY, ADJECTIVE, CAPITAL, IGO, AGREEMENT):
        return [(entry.key or "-", None, None, entry.reason)]
    return []


def write_export(kb: KnowledgeBase, out) -> int:
    out.write("phrase\tlang\tcode\tstart\tend\tsource\tkind\n")
    count = 0
    for phrase, lang, code, start, end, source, kind in export_rows(kb):
        out.write("\t".join([phrase, lang, code, start.isoformat() if start else "",
                             end.isoformat() if end else "", source.replace("\t", " "), kind]) + "\n")
        count += 1
    return count
