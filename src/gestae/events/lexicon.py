"""The event lexicon: trigger lemmas with conditions, CAMEO codes and argument slots (data)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from gestae.errors import DataError
from gestae.events.cameo import is_code
from gestae.events.tables import data_file, read_tsv

NOT_AN_EVENT = "-"      # an idiom that looks like a trigger: 'ему грозит 25 лет', 'faces charges'
DEFAULT_TARGETS = ("obj", "iobj", "с", "к", "против", "в", "на")
FLAGS = {"sym", "intent", "state", "passive"}


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    id: str
    trigger: str
    pos: str                                  # V or N
    requires: tuple[frozenset[str], ...]      # every condition: one of these lemmas nearby
    code: str
    targets: tuple[str, ...]
    flags: frozenset[str]
    note: str

    @property
    def specificity(self) -> int:
        return len(self.requires)


@dataclass
class Lexicon:
    lang: str
    by_trigger: dict[tuple[str, str], list[LexiconEntry]]

    def entries(self, lemma: str, pos: str) -> list[LexiconEntry]:
        return self.by_trigger.get((lemma, pos), [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_trigger.values())


def parse_entry(number: int, row: dict[str, str], name: str) -> LexiconEntry:
    where = f"{name}:{number}"
    code = row["code"]
    if code != NOT_AN_EVENT and not is_code(code):
        raise DataError(f"{where}: unknown CAMEO code {code!r}")
    if row["pos"] not in ("V", "N"):
        raise DataError(f"{where}: pos must be V or N, found {row['pos']!r}")
    flags = frozenset(f.strip() for f in row.get("flags", "").split(",") if f.strip())
    if flags - FLAGS:
        raise DataError(f"{where}: unknown flags {sorted(flags - FLAGS)}; valid: {sorted(FLAGS)}")
    requires = tuple(frozenset(alt.replace("ё", "е") for alt in cond.split("|"))
                     for cond in row.get("requires", "").split() if cond)
    targets = tuple(t.strip() for t in row.get("target", "").split(",") if t.strip()) or DEFAULT_TARGETS
    return LexiconEntry(id=row["id"], trigger=row["trigger"].replace("ё", "е").lower(), pos=row["pos"],
                        requires=requires, code=code, targets=targets, flags=flags, note=row.get("note", ""))


@cache
def load_lexicon(lang: str) -> Lexicon:
    path = data_file(f"lexicon_{lang}.tsv")
    by_trigger: dict[tuple[str, str], list[LexiconEntry]] = {}
    seen: set[str] = set()
    for number, row in read_tsv(path, 5):
        entry = parse_entry(number, row, path.name)
        if entry.id in seen:
            raise DataError(f"{path.name}:{number}: duplicate lexicon id {entry.id!r}")
        seen.add(entry.id)
        by_trigger.setdefault((entry.trigger, entry.pos), []).append(entry)
    return Lexicon(lang, by_trigger)
