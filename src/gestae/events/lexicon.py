"""The event lexicon: trigger lemmas with conditions, CAMEO codes and argument slots (data)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from gestae.errors import DataError
from gestae.events.cameo import is_code
from gestae.events.roles import subtree_indexes
from gestae.events.tables import data_file, read_tsv
from gestae.lang import words
from gestae.records import Sentence

NOT_AN_EVENT = "-"      # an idiom that looks like a trigger: 'ему грозит 25 лет', 'faces charges'
DEFAULT_TARGETS = ("obj", "iobj", "с", "к", "против", "в", "на")
FLAGS = {"sym", "intent", "state", "passive"}
# Lower layers under a language's hand-written lexicon, compiled from other coders' dictionaries
# (scripts/convert_petrarch_verbs.py); see load_lexicon for how the hand rows keep precedence.
LOWER_LAYERS = {"en": ("lexicon_en_petrarch.tsv",)}
HAND, CONVERTED = "hand", "converted"
ACTOR_CONDITION = "@actor"        # a condition met by any word below the trigger that names an actor
PLACE_CONDITION = "@place"        # met by a country or town that depends on the trigger itself ('withdrew from Iraq')
# A converted row needs this many conditions: PETRARCH2's one-word patterns ('resolve issue',
# 'see withdrawal') over-fired on our wire set (F1 0.614 -> 0.609) and gained nothing on sealed news.
MIN_CONVERTED_CONDITIONS = 2


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
    layer: str = HAND                         # HAND or CONVERTED
    provenance: str = ""                      # where a converted row came from: 'petrarch2:CAMEO.2.0.txt:721'

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


@cache
def synonym_sets(lang: str) -> dict[str, frozenset[str]]:
    """``&TROOPS`` -> its lemmas (``data/lexicon_sets.tsv``): a condition word any row may name,
    said once, so every row that names the set gains a lemma added to it."""
    sets: dict[str, set[str]] = {}
    path = data_file("lexicon_sets.tsv")
    for number, row in read_tsv(path, 3):
        if row["lang"] == lang:
            if not row["set"].startswith("&"):
                raise DataError(f"{path.name}:{number}: a set's name starts with '&', found {row['set']!r}")
            sets.setdefault(row["set"], set()).update(w.strip().replace("ё", "е") for w in row["words"].split("|") if w.strip())
    return {name: frozenset(words) for name, words in sets.items()}


def _alternatives(condition: str, sets: dict[str, frozenset[str]], where: str) -> frozenset[str]:
    found: set[str] = set()
    for alternative in condition.split("|"):
        if alternative.startswith("&"):
            if alternative not in sets:
                raise DataError(f"{where}: unknown synonym set {alternative!r}; sets: {sorted(sets)}")
            found |= sets[alternative]
        else:
            found.add(alternative.replace("ё", "е"))
    return frozenset(found)


def parse_entry(number: int, row: dict[str, str], name: str, layer: str = HAND,
                sets: dict[str, frozenset[str]] | None = None) -> LexiconEntry:
    where = f"{name}:{number}"
    code = row["code"]
    if code != NOT_AN_EVENT and not is_code(code):
        raise DataError(f"{where}: unknown CAMEO code {code!r}")
    if row["pos"] not in ("V", "N"):
        raise DataError(f"{where}: pos must be V or N, found {row['pos']!r}")
    flags = frozenset(f.strip() for f in row.get("flags", "").split(",") if f.strip())
    if flags - FLAGS:
        raise DataError(f"{where}: unknown flags {sorted(flags - FLAGS)}; valid: {sorted(FLAGS)}")
    requires = tuple(_alternatives(cond, sets or {}, where) for cond in row.get("requires", "").split() if cond)
    targets = tuple(t.strip() for t in row.get("target", "").split(",") if t.strip()) or DEFAULT_TARGETS
    return LexiconEntry(id=row["id"], trigger=row["trigger"].replace("ё", "е").lower(), pos=row["pos"],
                        requires=requires, code=code, targets=targets, flags=flags, note=row.get("note", ""),
                        layer=layer, provenance=row.get("provenance", ""))


@cache
def load_lexicon(lang: str, lower_layers: bool = True) -> Lexicon:
    """The hand-written lexicon_<lang>.tsv, then its lower layers, which only fill gaps: a
    converted entry comes after the hand entries of its trigger, and codes only where none of
    them fits (``find_triggers`` ranks the layers: 'sent troops' is our 072, 'sent a new
    ambassador' PETRARCH2's 050); it is left out when one of its conditions is a word the hand
    lexicon codes itself, since the verb would absorb that word's hand-written event ('opened a
    war crimes investigation'), and when it has fewer than two conditions (a bare verb's
    default is the hand lexicon's choice)."""
    by_trigger: dict[tuple[str, str], list[LexiconEntry]] = {}
    seen: set[str] = set()
    for entry in _read_layer(f"lexicon_{lang}.tsv", HAND, seen, lang):
        by_trigger.setdefault((entry.trigger, entry.pos), []).append(entry)
    hand_words = {lemma for lemma, _ in by_trigger}
    for name in LOWER_LAYERS.get(lang, ()) if lower_layers else ():
        for entry in _read_layer(name, CONVERTED, seen, lang):
            key = (entry.trigger, entry.pos)
            if len(entry.requires) >= MIN_CONVERTED_CONDITIONS \
                    and not any(cond & hand_words for cond in entry.requires):
                by_trigger.setdefault(key, []).append(entry)
    return Lexicon(lang, by_trigger)


def _read_layer(name: str, layer: str, seen: set[str], lang: str) -> list[LexiconEntry]:
    path = data_file(name)
    sets = synonym_sets(lang)
    entries = []
    for number, row in read_tsv(path, 5):
        entry = parse_entry(number, row, path.name, layer, sets)
        if entry.id in seen:
            raise DataError(f"{path.name}:{number}: duplicate lexicon id {entry.id!r}")
        seen.add(entry.id)
        entries.append(entry)
    return entries


@dataclass(frozen=True)
class NamedWords:
    """The words of a sentence that name an actor, and those that name a place (a country, a
    capital, a town), by token index."""
    actors: frozenset[int] = frozenset()
    places: frozenset[int] = frozenset()


NOTHING_NAMED = NamedWords()


def nearby_words(sentence: Sentence, index: int, named: NamedWords) -> set[str]:
    """The lemmas an entry's conditions are met by: the word's own clause below it, ``@actor``
    where one of them names an actor ('признали Косово', 'extradited him'), and ``@place`` where
    a place depends on the word itself ('withdrew from Iraq', 'уйти из Афганистана'; not 'quit
    the talks in Geneva', whose place belongs to the talks). The preposition of a time ('on
    Monday', 'в понедельник') meets none: 'called Biden on Monday' is no 'call on'."""
    below = subtree_indexes(sentence, index)
    words = {sentence.tokens[i].lemma for i in below if not _of_a_time(sentence, i)}
    if below & named.actors:
        words.add(ACTOR_CONDITION)
    if any(sentence.tokens[i].head == index for i in named.places):
        words.add(PLACE_CONDITION)
    return words


TIME_NOUNS = words("time-nouns")
TIME_LOCATORS = words("time-locators")       # 'on', 'в': when, not 'until' (an ultimatum's deadline)


def _of_a_time(sentence: Sentence, index: int) -> bool:
    token = sentence.tokens[index]
    return token.lemma in TIME_LOCATORS and token.rel == "case" and 0 <= token.head < len(sentence.tokens) \
        and sentence.tokens[token.head].lemma in TIME_NOUNS
