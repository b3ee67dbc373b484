"""Find knowledge-base phrases in a parsed sentence, in any grammatical case."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from gestae.actors.kb import CAPITAL, CITY, COUNTRY, ROLE, Entry, KnowledgeBase
from gestae.analyze.morph import lemma_candidates, normal
from gestae.lang import words
from gestae.records import Sentence, Token

LOCATION_TYPES = {"LOC", "GPE", "FAC"}      # natasha's and spaCy's labels for places
# a capital or a country adjective inside an organisation's name is not the government:
# the longest match wins, so "Израильская ассоциация ..." stays one ORG phrase only if listed.


@dataclass(slots=True)
class Match:
    first: int
    last: int
    entries: list[Entry]

    @property
    def kind(self) -> str:
        return self.entries[0].kind


def token_keys(token: Token, lang: str) -> tuple[str, ...]:
    return _keys(token.text, token.lemma, lang)


@lru_cache(maxsize=200_000)
def _keys(text: str, lemma: str, lang: str) -> tuple[str, ...]:
    """The keys a word may match under, the parser's lemma first and the rest in a fixed order:
    the first phrase found wins, so the order must not depend on the process's hash seed."""
    if lang == "ru" and any("а" <= ch <= "я" or ch == "ё" for ch in text.lower()):
        others = lemma_candidates(text)
    else:
        others = {normal(text)}
    return (lemma, *sorted(others - {lemma}))


def sentence_matches(sentence: Sentence, kb: KnowledgeBase, lang: str = "ru") -> list[Match]:
    """Longest knowledge-base phrases, left to right, without overlaps."""
    keys = [token_keys(t, lang) for t in sentence.tokens]
    lower = not any(ch.isupper() for ch in sentence.text)
    located = frozenset(i for m in sentence.mentions if m.type in LOCATION_TYPES for i in m.tokens)
    matches: list[Match] = []
    position = 0
    while position < len(keys):
        found = _longest_at(kb, keys, sentence.tokens, position, lower, located) or _compound_role(kb, sentence.tokens[position])
        if found:
            matches.append(found)
            position = found.last + 1
        else:
            position += 1
    return matches


RANK_PREFIXES = words("rank-prefixes")      # 'вице-', 'экс-': a vice-president is not the president
NO_COMPOUND_ROLE = words("no-compound-role")  # 'онлайн-режим' is a mode, not a regime


def _compound_role(kb: KnowledgeBase, token: Token) -> Match | None:
    """A word joined by a hyphen to the noun it ends with holds that noun's role: 'интернет-компании'
    are companies, 'бизнес-сообщество' business, 'пресс-служба' a service. Only a role: the tail
    of 'Нью-Йорк' or 'российско-китайские' names no place (see compound.py), and a rank prefix
    makes another office ('вице-президент' is not the president)."""
    if token.pos not in ("NOUN", "PROPN") or "-" not in token.lemma.strip("-"):
        return None
    head, tail = token.lemma.rsplit("-", 1)
    if not tail or tail in NO_COMPOUND_ROLE or head.split("-")[-1] in RANK_PREFIXES:
        return None
    entries = [e for key in (tail, *sorted(lemma_candidates(tail) - {tail})) for e in kb.lookup((key,)) if e.kind == ROLE]
    return Match(token.index, token.index, entries[:1]) if entries else None


# words that are never a one-word name, whatever their letters: 'Его' is not Ono, 'после' is not 'посол',
# 'Но' is not Roh, 'Тем' is not Togo
NOT_NAME_POS = {"PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "NUM", "INTJ", "PUNCT", "SYM"}


def _longest_at(kb: KnowledgeBase, keys: list[tuple[str, ...]], tokens: list[Token], start: int,
                lower: bool = False, located: frozenset[int] = frozenset()) -> Match | None:
    """Walk forward while some knowledge-base phrase still starts with the words so far.
    ``lower``: the sentence is typed without capitals, so case tells nothing (see _case_fits).
    ``located``: the tokens the named-entity tagger reads as a place, where alone a gazetteer
    town may match ('Phoenix police', not 'Henderson said')."""
    best: Match | None = None
    frontier: list[tuple[str, ...]] = [()]
    for position in range(start, min(len(keys), start + kb.longest)):
        frontier = [p + (k,) for p in frontier for k in keys[position] if p + (k,) in kb.prefixes]
        if not frontier:
            break
        for phrase in frontier:
            words = position - start + 1
            entries = [e for e in kb.lookup(phrase) if _case_fits(e, tokens[start], words, lower)
                       and _place_reading_fits(e, phrase, keys, tokens, start)
                       and (not e.tagged_place or all(i in located for i in range(start, position + 1)))]
            if position == start and _modifying_adjective(tokens[start], tokens):
                entries = [e for e in entries if e.kind != ROLE]
            if entries and not (position == start and _never_a_name(tokens[start])):
                best = Match(start, position, _ordered(entries))
                break
    return best


def _modifying_adjective(token: Token, tokens: list[Token]) -> bool:
    """'general secretary', 'general strike', 'an official visit': an adjective on a common noun
    holds no office itself, though a noun of the same spelling does ('General Dostum'), and on
    a name it says whose the named body is ('the official Peking Review' is the state's)."""
    return token.pos == "ADJ" and token.rel == "amod" and 0 <= token.head < len(tokens) \
        and tokens[token.head].pos == "NOUN"


def _never_a_name(token: Token) -> bool:
    """Function words, and verbs that are not nouns-in-disguise: 'задержаны', 'заключили' are
    predicates, while the participles 'задержанные', 'протестующих' may name people."""
    if token.pos in NOT_NAME_POS:
        return True
    return token.pos == "VERB" and (token.feats.get("VerbForm") in ("Fin", "Inf", "Conv")
                                    or token.feats.get("Variant") == "Short")


def _case_fits(entry: Entry, token: Token, words: int = 1, lower: bool = False) -> bool:
    """A capitalised name (Того, Чад, Токаев, Turkey) needs a capitalised word in the text, and an
    abbreviation in the text (МИД) is no surname (Мид). English capitals ('PRESIDENT REAGAN MET
    GORBACHEV') fit any name. Text typed without capitals ('president reagan met gorbachev') may
    name someone in lower case, by a name of two words or more ('soviet union') or by a word the
    tagger reads as a proper noun ('gorbachev'), never by a common noun ('we ate turkey')."""
    if entry.phrase[:1].isupper() and not token.text[:1].isupper():
        return lower and (words > 1 or token.pos == "PROPN")
    if entry.lang == "ru" and len(token.text) > 1 and token.text.isupper() and entry.phrase[:1].isupper() \
            and not entry.phrase.split()[0].isupper():          # 'ДР Конго' starts with one
        return False
    return True


PLACES = {COUNTRY, CAPITAL, CITY}


def _place_reading_fits(entry: Entry, phrase: tuple[str, ...], keys: list[tuple[str, ...]],
                        tokens: list[Token], start: int) -> bool:
    """A place name is a noun: a word the parser reads as an adjective names a place only through
    the parser's own lemma. 'в Балтийском море' is the Baltic Sea, not the town of Baltiysk, whose
    instrumental 'Балтийском' it also spells; 'Курском направлении' is no Kursk; 'в Грозном' is
    Grozny, whose name is the adjective itself."""
    if entry.kind not in PLACES:
        return True
    return all(tokens[start + i].pos != "ADJ" or key == keys[start + i][0] for i, key in enumerate(phrase))


KIND_ORDER = {"person": 0, "agreement": 1, "igo": 2, "country": 3, "seat": 4, "capital": 5,
              "adjective": 6, "surname": 7, "role": 8, "city": 9}


def _ordered(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: KIND_ORDER.get(e.kind, 9))
