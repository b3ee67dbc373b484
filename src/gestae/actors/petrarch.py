"""Read PETRARCH/TABARI ``.actors`` dictionaries (the Phoenix files are real examples).

    VLADIMIR_PUTIN_  # comment
    +PUTIN_
        [RUSGOV 000507-080507]
        [RUSELI >120507]
    UN_ [IGOUNO]

A block is a name line, its ``+`` synonyms and its codes, inline or on indented lines; a code
may carry a date range ``yymmdd-yymmdd``, a start ``>yymmdd`` or an end ``<yymmdd``
(``yyyymmdd`` for dates before 1931).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from pathlib import Path

CODE = re.compile(r"\[([^\]\s]+)(?:\s+([<>]?)(\d{8}|\d{6})(?:-(\d{8}|\d{6}))?)?\s*\]")


@dataclass
class Block:
    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, Date | None, Date | None]] = field(default_factory=list)
    line: int = 0


def read_actors(path: Path) -> Iterator[tuple[str, str, Date | None, Date | None, int]]:
    """(phrase, code, start, end, line) for every name and code of every block."""
    block: Block | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+"):
            if block is not None:
                block.names.append(_phrase(line[1:]))
                block.codes += _codes(line)
            continue
        if line[0].isspace() or line.lstrip().startswith("["):
            if block is not None:
                block.codes += _codes(line)
            continue
        if block is not None:
            yield from _emit(block)
        block = Block(names=[_phrase(line.split("[", 1)[0])], codes=_codes(line), line=number)
    if block is not None:
        yield from _emit(block)


def _emit(block: Block) -> Iterator[tuple[str, str, Date | None, Date | None, int]]:
    for name in block.names:
        if not name:
            continue
        for code, start, end in block.codes:
            yield name, code, start, end, block.line


# words written in lower case inside a name: 'Department of State', 'Jabhat al Nusra'
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "la", "le", "du", "des", "al", "el"}


def _phrase(text: str) -> str:
    """The name as news writes it: 'U.S. Department of State', 'Al-Qaeda', one-word 'USSR'."""
    words = text.strip().replace("_", " ").split()
    return " ".join(_word(w, i, len(words)) for i, w in enumerate(words))


def _word(word: str, position: int, count: int) -> str:
    if word.isupper() and len(word) <= 4 and count == 1:
        return word                                   # abbreviations: USSR, PLO, FARC
    if "." in word:
        return word.upper()                           # U.S., S.
    if position and word.lower() in SMALL_WORDS:
        return word.lower()
    return "-".join(part.capitalize() if i == 0 or len(part) > 2 else part.lower()
                    for i, part in enumerate(word.split("-")))


def _codes(line: str) -> list[tuple[str, Date | None, Date | None]]:
    found = []
    for code, sign, first, second in CODE.findall(line):
        start = end = None
        if first:
            day = _yymmdd(first)
            if sign == ">":
                start = day
            elif sign == "<":
                end = day
            else:
                start, end = day, _yymmdd(second) if second else None
        found.append((code, start, end))
    return found


def _yymmdd(text: str) -> Date | None:
    """'850311' (1985-03-11; years up to 30 are 20xx) or, for older dates, '19171109'."""
    if len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        year, month, day = int(text[:2]), int(text[2:4]), int(text[4:6])
        year += 2000 if year <= 30 else 1900
    try:
        return Date(year, max(month, 1), max(day, 1))
    except ValueError:
        return Date(year, max(min(month, 12), 1), 1) + timedelta(days=27)
