"""Language data the rules read: small word lists in ``data/lang/<code>/words.tsv``.

``words("clause-blockers")`` is the union over every language shipped, so a rule written once
serves each language, and a third language is its data plus an analyzer.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from gestae.errors import DataError
from gestae.events.tables import read_tsv


def languages() -> list[str]:
    root = Path(str(resources.files("gestae") / "data" / "lang"))
    return sorted(p.name for p in root.iterdir() if (p / "words.tsv").is_file())


@cache
def word_lists(lang: str) -> dict[str, frozenset[str]]:
    path = Path(str(resources.files("gestae") / "data" / "lang" / lang / "words.tsv"))
    lists: dict[str, set[str]] = {}
    for _, row in read_tsv(path, 2):
        lists.setdefault(row["list"], set()).add(row["word"])
    return {name: frozenset(found) for name, found in lists.items()}


@cache
def words(name: str) -> frozenset[str]:
    found = [word_lists(lang).get(name) for lang in languages()]
    if all(f is None for f in found):
        raise DataError(f"no word list {name!r} in data/lang/*/words.tsv; lists: "
                        f"{sorted({n for lang in languages() for n in word_lists(lang)})}")
    return frozenset().union(*(f for f in found if f))
