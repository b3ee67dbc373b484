"""The actor knowledge base: countries, organisations, people with dated offices, role nouns.

All of it is data in ``gestae/data/actors/*.tsv``; this module loads the rows and builds a
phrase index keyed by lemmas, so that every grammatical case of a name finds its row.
"""
from __future__ import annotations

import atexit
import gc
import logging
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from gestae.analyze.morph import best_lemma, lemma_candidates, normal
from gestae.errors import DataError

log = logging.getLogger(__name__)

# kinds of knowledge-base entries
COUNTRY, ADJECTIVE, CAPITAL, SEAT, IGO, PERSON, SURNAME, ROLE, AGREEMENT, CITY = (
    "country", "adjective", "capital", "seat", "igo", "person", "surname", "role", "agreement", "city")


@dataclass(slots=True)
class Office:
    actor: str
    office: str
    start: Date | None
    end: Date | None
    source: str

    def holds_on(self, day: Date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class Person:
    id: str
    name_ru: str
    name_en: str
    offices: list[Office] = field(default_factory=list)
    name_words: set[str] = field(default_factory=set)     # lemma keys of every word of every name

    def offices_on(self, day: Date | None) -> list[Office]:
        return [office for office in self.offices if office.holds_on(day)]

    @property
    def country(self) -> str | None:
        for office in self.offices:
            if not office.actor.startswith("IGO"):
                return office.actor[:3]
        return None


@dataclass(slots=True)
class Entry:
    kind: str
    key: str          # country code, IGO code, person id, role code, agreement counterpart
    phrase: str       # the surface form in the data file
    lang: str
    reason: str       # file and row, for the event's provenance
    layer: int = 1    # IMPORTED < SHIPPED < USER: a higher layer overrides a lower one
    inflect: bool = True   # index every lemma reading; people's names only as written
    tagged_place: bool = False   # matches only where the named-entity tagger reads a location


IMPORTED, SHIPPED, USER = 0, 1, 2
OWN_LANGUAGE_ONLY = {PERSON, SURNAME, CITY, ROLE}      # see KnowledgeBase.in_language
LAYER_NAMES = {IMPORTED: "imported", SHIPPED: "shipped", USER: "user"}


@dataclass
class KnowledgeBase:
    index: dict[tuple[str, ...], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    people: dict[str, Person] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)      # code -> Russian name
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    longest: int = 1

    def add(self, phrase: str, entry: Entry) -> None:
        """Index a phrase under every lemma reading of its words (Соединённые Штаты: штат),
        but a person's name only as written: its nominative is the dictionary form, and the
        other readings of surnames are first names ('Борисов' would match every 'Борис').
        English words are keyed as written, lower-cased, and a hyphenated word also as the three
        tokens the English tokenizer makes of it: the tens of thousands of imported English rows
        load without the Russian analyser."""
        if entry.inflect and entry.lang == "ru":
            variants = phrase_key_variants(phrase, entry.lang)
        else:
            text = normal(phrase).replace("’", "'")
            variants = [keys] if (keys := tuple(text.split())) else []
            if entry.lang == "en" and "-" in text:     # spaCy splits 'Lashkar-e-Taiba', 'Kassym-Jomart'
                variants.append(tuple(re.sub(r"(?<=\w)-(?=\w)", " - ", text).split()))
        for keys in variants:
            bucket = self.index[keys]
            if not bucket or not any(e.kind == entry.kind and e.key == entry.key and e.layer == entry.layer
                                     for e in bucket):
                bucket.append(entry)
            if len(keys) > self.longest:
                self.longest = len(keys)
            self.prefixes.update([keys[:size] for size in range(1, len(keys) + 1)])

    def in_language(self, lang: str) -> KnowledgeBase:
        """What a text in one language is matched against: its language's phrases, and the other
        language's names of countries, organisations and groups, which a text quotes in their own
        script ('Pussy Riot' in Russian news: an undated Phoenix entry). Dated office holders,
        towns and role nouns of the other language are left out: they are most of the base (the
        Phoenix office holders), and a third of it loads in a third of the time."""
        view = KnowledgeBase(countries=dict(self.countries))
        for keys, bucket in self.index.items():
            kept = [e for e in bucket if e.lang == lang or self._quoted_in_any_script(e)]
            if kept:
                view.index[keys] = kept
                view.longest = max(view.longest, len(keys))
                view.prefixes.update(keys[:size] for size in range(1, len(keys) + 1))
        named = {e.key for bucket in view.index.values() for e in bucket if e.kind in (PERSON, SURNAME)}
        view.people = {key: person for key, person in self.people.items() if key in named}
        return view

    def _quoted_in_any_script(self, entry: Entry) -> bool:
        if entry.kind == PERSON and entry.key in self.people:
            return all(o.start is None and o.end is None for o in self.people[entry.key].offices)
        return entry.kind not in OWN_LANGUAGE_ONLY

    def lookup(self, keys: tuple[str, ...]) -> list[Entry]:
        """The entries for a phrase from its highest layer: a user's row beats a shipped one,
        a shipped one an imported one."""
        bucket = self.index.get(keys, [])
        if len(bucket) < 2:
            return bucket
        top = max(e.layer for e in bucket)
        return [e for e in bucket if e.layer == top]


def phrase_keys(phrase: str, lang: str) -> tuple[str, ...]:
    """One lemma key per word (the most likely reading)."""
    return tuple(sorted(options)[0] if len(options) == 1 else word_key(w)
                 for w, options in zip(_words(phrase), _word_options(phrase, lang)))


def phrase_key_variants(phrase: str, lang: str, limit: int = 16) -> list[tuple[str, ...]]:
    variants: list[tuple[str, ...]] = [()]
    for options in _word_options(phrase, lang):
        variants = [v + (o,) for v in variants for o in sorted(options)][:limit]
    return [v for v in variants if v]


def _words(phrase: str) -> list[str]:
    return [w for w in phrase.replace("’", "'").split() if w]


def _word_options(phrase: str, lang: str) -> list[frozenset[str]]:
    if lang == "ru":
        return [word_options(w) for w in _words(phrase)]
    return [frozenset({normal(w)}) for w in _words(phrase)]


@lru_cache(maxsize=100_000)
def word_options(word: str) -> frozenset[str]:
    if word.isupper() and len(word) <= 6:          # abbreviations: США, РФ, ООН
        return frozenset({normal(word)})
    return lemma_candidates(word)


@lru_cache(maxsize=100_000)
def word_key(word: str) -> str:
    if word.isupper() and len(word) <= 6:
        return normal(word)
    return best_lemma(word)


def _rows(path: Path | str, columns: int) -> list[tuple[int, list[str]]]:
    text = path.read_text(encoding="utf-8") if isinstance(path, Path) else path
    rows = []
    lines = [line for line in text.splitlines()]
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        fields = line.split("\t")
        if len(fields) < columns:
            fields += [""] * (columns - len(fields))
        rows.append((number, [f.strip() for f in fields]))
    return rows


def _split(field_value: str) -> list[str]:
    return [part.strip() for part in field_value.split("|") if part.strip()]


def _date(value: str, where: str) -> Date | None:
    if not value:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError as error:
        raise DataError(f"{where}: bad date {value!r}, expected YYYY-MM-DD") from error


def data_path(name: str) -> Path:
    return Path(str(resources.files("gestae") / "data" / "actors" / name))


def load_countries(kb: KnowledgeBase, path: Path) -> None:
    kinds = {"names": COUNTRY, "short": COUNTRY, "adjectives": ADJECTIVE,
             "capitals": CAPITAL, "seats": SEAT}
    for number, row in _rows(path, 13):
        code = row[0]
        columns = dict(zip(
            ["names_ru", "short_ru", "adjectives_ru", "capitals_ru", "seats_ru",
             "names_en", "short_en", "adjectives_en", "capitals_en", "seats_en"], row[2:12]))
        kb.countries[code] = (_split(columns["names_ru"]) or [code])[0]
        for column, value in columns.items():
            kind_name, lang = column.rsplit("_", 1)
            for phrase in _split(value):
                kb.add(phrase, Entry(kinds[kind_name], code, phrase, lang,
                                     f"{path.name}:{number} {code} {kind_name}"))


def load_igos(kb: KnowledgeBase, path: Path) -> None:
    for number, row in _rows(path, 6):
        code = row[0]
        for column, lang in ((1, "ru"), (2, "ru"), (3, "en"), (4, "en")):
            for phrase in _split(row[column]):
                kb.add(phrase, Entry(IGO, code, phrase, lang, f"{path.name}:{number} {code}"))


def load_roles(kb: KnowledgeBase, path: Path) -> None:
    for number, row in _rows(path, 4):
        lang, lemma, role = row[0], row[1], row[2]
        if lemma and role:
            kb.add(lemma, Entry(ROLE, role, lemma, lang, f"{path.name}:{number} {lemma}->{role}"))


def load_people(kb: KnowledgeBase, path: Path) -> None:
    for number, row in _rows(path, 10):
        person_id, names_ru, surnames_ru, names_en, surnames_en, actor, office, start, end, source = row[:10]
        where = f"{path.name}:{number}"
        person = kb.people.get(person_id)
        if person is None:
            person = Person(person_id, (_split(names_ru) or [person_id])[0], (_split(names_en) or [""])[0])
            kb.people[person_id] = person
        person.offices.append(Office(actor, office, _date(start, where), _date(end, where), source))
        for column, lang in ((names_ru, "ru"), (names_en, "en")):
            for options in _word_options(column.replace("|", " ").replace("-", " "), lang):
                person.name_words |= options
            for options in _word_options(column.replace("|", " "), lang):
                person.name_words |= options
        for phrase in _split(names_ru):
            kb.add(phrase, Entry(PERSON, person_id, phrase, "ru", f"{where} {person_id}", inflect=False))
        for phrase in _split(surnames_ru):
            kb.add(phrase, Entry(SURNAME, person_id, phrase, "ru", f"{where} {person_id} (surname)", inflect=False))
        for phrase in _split(names_en):
            kb.add(phrase, Entry(PERSON, person_id, phrase, "en", f"{where} {person_id}"))
        for phrase in _split(surnames_en):
            kb.add(phrase, Entry(SURNAME, person_id, phrase, "en", f"{where} {person_id} (surname)"))


def load_agreements(kb: KnowledgeBase, path: Path) -> None:
    for number, row in _rows(path, 4):
        counterpart, names_ru, names_en = row[0], row[1], row[2]
        for column, lang in ((names_ru, "ru"), (names_en, "en")):
            for phrase in _split(column):
                kb.add(phrase, Entry(AGREEMENT, counterpart, phrase, lang,
                                     f"{path.name}:{number} agreement, counterpart {counterpart or 'none'}"))


def load_cities(kb: KnowledgeBase, path: Path) -> None:
    """Cities are places, never actors: they tell where something happened, and so in which
    country ('обстрел Харькова', 'в Донецке задержали')."""
    _load_towns(kb, path, "city")


def load_gazetteer(kb: KnowledgeBase, path: Path) -> None:
    """GeoNames' cities (scripts/convert_geonames.py): the lowest layer, so any shipped phrase of
    the same words wins, and a match only where the tagger reads a location, since a gazetteer
    of thousands of towns spells many a first name, surname and common word."""
    _load_towns(kb, path, "city (GeoNames)", layer=IMPORTED, tagged_place=True)


def _load_towns(kb: KnowledgeBase, path: Path, what: str, layer: int = SHIPPED, tagged_place: bool = False) -> None:
    for number, row in _rows(path, 3):
        code = row[0]
        for column, lang in ((1, "ru"), (2, "en")):
            for phrase in _split(row[column]):
                kb.add(phrase, Entry(CITY, code, phrase, lang, f"{path.name}:{number} {code} {what}",
                                     layer=layer, tagged_place=tagged_place))


# file patterns: people's office terms may be split over several files (people_<region>.tsv)
LOADERS = (("countries*.tsv", load_countries), ("igos.tsv", load_igos), ("roles*.tsv", load_roles),
           ("people*.tsv", load_people), ("agreements.tsv", load_agreements), ("cities*.tsv", load_cities),
           ("gazetteer*.tsv", load_gazetteer))


def home_dir() -> Path:
    """Where a user's imported and own knowledge-base layers live ($GESTAE_HOME)."""
    return Path(os.environ.get("GESTAE_HOME") or Path.home() / ".local" / "share" / "gestae")


def load_kb(home: Path | None = None) -> KnowledgeBase:
    """PETRARCH2's Phoenix dictionaries (shipped, the lowest layer: 1980s office holders, armed
    groups), our shipped tables, then the imported layers and the user's own entries from ``home``.

    The collector is paused while the tables load: they are a few hundred thousand objects, none
    of them garbage, that it would otherwise walk again and again as they are made."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_kb(home)
    finally:
        if collecting:
            gc.enable()


def _load_kb(home: Path | None) -> KnowledgeBase:
    from gestae.actors.layers import load_layer, load_layer_dir
    kb = KnowledgeBase()
    load_layer_dir(kb, data_path("phoenix"), IMPORTED)
    for pattern, loader in LOADERS:
        paths = sorted(data_path("").glob(pattern))
        if not paths:
            log.warning("knowledge-base file %s is missing", pattern)
        for path in paths:
            loader(kb, path)
    for name in ("groups.tsv", "media.tsv"):
        if data_path(name).exists():
            load_layer(kb, data_path(name), SHIPPED)
    if home is not None:
        load_layer_dir(kb, home / "actors" / "imported", IMPORTED)
        load_layer_dir(kb, home / "actors" / "user", USER)
    return kb


@lru_cache(maxsize=3)
def default_kb(lang: str | None = None) -> KnowledgeBase:
    """The base of the shipped tables and the user's layers; with ``lang``, its phrases in that
    language only (what coding a text in it needs)."""
    from gestae.actors.cache import cached_kb
    from gestae.memory import settle
    kb = cached_kb(home_dir(), lang)
    settle()
    return kb


# At exit the base is freed by reference counts, at once, before the interpreter's last
# collections: left to them (a function's cache is in a cycle with its module), it is walked
# several times, 0.2 s each.
atexit.register(default_kb.cache_clear)
