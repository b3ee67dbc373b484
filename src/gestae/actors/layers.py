"""Knowledge-base layers outside the package: imported dictionaries and the user's own rows.

One plain format serves both, and ``gestae actors export`` writes it for the merged base:

    phrase	lang	code	start	end	source

``code`` is a CAMEO actor code: a bare country (``KAZ``), an organisation (``IGOUNO``), or a
country with a role (``KAZGOV``); rows of one phrase with dates form one person's offices.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date as Date
from pathlib import Path

from gestae.actors.kb import COUNTRY, IGO, LAYER_NAMES, PERSON, Entry, KnowledgeBase, Office, Person
from gestae.errors import DataError

log = logging.getLogger(__name__)
HEADER = "phrase\tlang\tcode\tstart\tend\tsource"
COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
ORGANISATION = re.compile(r"^(IGO|NGO|MNC)[A-Z]*$")


def load_layer_dir(kb: KnowledgeBase, folder: Path, layer: int) -> None:
    if folder.is_dir():
        for path in sorted(folder.glob("*.tsv")):
            load_layer(kb, path, layer)


def load_layer(kb: KnowledgeBase, path: Path, layer: int) -> int:
    rows = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("phrase\t"):
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            raise DataError(f"{path}:{number}: expected '{HEADER}', found {len(fields)} fields")
        phrase, lang, code = fields[0].strip(), fields[1].strip(), fields[2].strip()
        start, end = (_date(fields[i], path, number) if len(fields) > i else None for i in (3, 4))
        source = fields[5].strip() if len(fields) > 5 else ""
        add_row(kb, phrase, lang, code, start, end, f"{LAYER_NAMES[layer]} {path.name}:{number} {source}".strip(), layer)
        rows += 1
    return rows


def add_row(kb: KnowledgeBase, phrase: str, lang: str, code: str, start: Date | None, end: Date | None,
            reason: str, layer: int) -> None:
    if ORGANISATION.match(code) and not (start or end):
        kb.add(phrase, Entry(IGO, code, phrase, lang, reason, layer))
        return
    if COUNTRY_CODE.match(code) and not (start or end):
        kb.add(phrase, Entry(COUNTRY, code, phrase, lang, reason, layer))
        return
    person_id = f"{LAYER_NAMES[layer]}:{lang}:{phrase.lower()}"
    person = kb.people.setdefault(person_id, Person(person_id, phrase if lang == "ru" else "", phrase))
    office = "dated" if (start or end) else "default"
    person.offices.append(Office(code, office, start, end, reason))
    kb.add(phrase, Entry(PERSON, person_id, phrase, lang, reason, layer))


def _date(value: str, path: Path, number: int) -> Date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise DataError(f"{path}:{number}: bad date {value!r}, expected YYYY-MM-DD") from None


def write_rows(rows: Iterable[tuple], path: Path, comment: str = "") -> int:
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        if comment:
            out.write(f"# {comment}\n")
        out.write(HEADER + "\n")
        for phrase, lang, code, start, end, source in rows:
            out.write("\t".join([phrase, lang, code, start.isoformat() if start else "",
                                 end.isoformat() if end else "", source.replace("\t", " ")]) + "\n")
            count += 1
    return count
