"""Knowledge-base layers outside the package: imported dictionaries and the user's own rows.

One plain format serves both, and ``gestae actors export`` writes it for the merged base:

    phrase	lang	code	start	end	source	[kind]

``code`` is a CAMEO actor code: a bare country (``KAZ``), an organisation (``IGOUNO``), or a
country with a role (``KAZGOV``); rows of one phrase with dates form one person's offices.
The optional ``kind`` ``surname`` marks a bare surname ('Reagan'): it stands for its person
only where no other first name precedes it ('Cecile Kohler' is not Horst Kohler).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date as Date
from pathlib import Path

from gestae.actors.kb import COUNTRY, IGO, LAYER_NAMES, PERSON, SURNAME, Entry, KnowledgeBase, Office, Person
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
        kind = fields[6].strip() if len(fields) > 6 else ""
        add_row(kb, phrase, lang, code, start, end, f"{LAYER_NAMES[layer]} {path.name}:{number} {source}".strip(), layer,
                kind)
        rows += 1
    return rows


def add_row(kb: KnowledgeBase, phrase: str, lang: str, code: str, start: Date | None, end: Date | None,
            reason: str, layer: int, kind: str = "") -> None:
    if kind == SURNAME:
        _add_person(kb, phrase, lang, code, start, end, reason, layer, SURNAME)
        return
    if ORGANISATION.match(code) and not (start or end):
        kb.add(phrase, Entry(IGO, code, phrase, lang, reason, layer))
        return
    if COUNTRY_CODE.match(code) and not (start or end):
        kb.add(phrase, Entry(COUNTRY, code, phrase, lang, reason, layer))
        return
    _add_person(kb, phrase, lang, code, start, end, reason, layer, PERSON)


def _add_person(kb: KnowledgeBase, phrase: str, lang: str, code: str, start: Date | None, end: Date | None,
                reason: str, layer: int, kind: str) -> None:
    person_id = f"{LAYER_NAMES[layer]}:{lang}:{phrase.lower()}" + (" (surname)" if kind == SURNAME else "")
    person = kb.people.get(person_id)
    if person is None:                   # the phrase is indexed once, with its first row's reason
        person = kb.people[person_id] = Person(person_id, phrase if lang == "ru" else "", phrase)
        kb.add(phrase, Entry(kind, person_id, phrase, lang, reason, layer))
    person.offices.append(Office(code, "dated" if (start or end) else "default", start, end, reason))


def _date(value: str, path: Path, number: int) -> Date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise DataError(f"{path}:{number}: bad date {value!r}, expected YYYY-MM-DD") from None


def write_rows(rows: Iterable[tuple], path: Path, comment: str = "", kinds: bool = False) -> int:
    """Rows (phrase, lang, code, start, end, source[, kind]); ``kinds`` writes the kind column."""
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        if comment:
            out.write(f"# {comment}\n")
        out.write(HEADER + ("\tkind" if kinds else "") + "\n")
        for phrase, lang, code, start, end, source, *kind in rows:
            fields = [phrase, lang, code, start.isoformat() if start else "", end.isoformat() if end else "",
                      source.replace("\t", " ")]
            if kinds and kind and kind[0]:
                fields.append(kind[0])
            out.write("\t".join(fields) + "\n")
            count += 1
    return count
