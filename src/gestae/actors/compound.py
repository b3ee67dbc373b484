"""Countries joined in one word: 'российско-китайские переговоры', 'US-China talks', 'a deal on
China-UK tourism', 'Sino-Japanese relations'. Such a compound names the parties of what it
modifies. Russian writes all but the last country as a combining form ('российско-',
'американо-'), which is an adjective's stem with -о: the stem is looked up among the country
adjectives, and a few irregular forms ('франко-', 'англо-', 'Sino-') are a word list.
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from gestae.actors.kb import ADJECTIVE, COUNTRY
from gestae.lang import words
from gestae.records import Actor, Sentence, Token

if TYPE_CHECKING:
    from gestae.actors.resolve import Resolver

ADJECTIVE_ENDINGS = ("ий", "ский", "ийский", "ый")      # 'российск-' + ий, 'американ-' + ский, 'инд-' + ийский
MODIFIER_RELS = ("amod", "compound", "nmod")


def compound_parties(resolver: Resolver, sentence: Sentence, head: int) -> list[Actor]:
    """The countries of a compound that modifies ``head`` (or, for a verb, its object), if two or
    more; else nothing."""
    nouns = [head] + [t.index for t in sentence.tokens
                      if t.head == head and t.rel in ("obj", "obl") and sentence.tokens[head].pos == "VERB"]
    for noun in nouns:
        for token in _modifiers(sentence, noun):
            codes = _hyphenated_countries(resolver, token) if "-" in token.text else []
            if len(set(codes)) >= 2:
                return [_party(code, token) for code in dict.fromkeys(codes)]
        joined: dict[str, Token] = {}
        for code, token in _joined_names(resolver, sentence, noun):
            joined.setdefault(code, token)
        if len(joined) >= 2:
            return [_party(code, token) for code, token in joined.items()]
    return []


def _modifiers(sentence: Sentence, noun: int, depth: int = 0) -> list[Token]:
    """Modifiers of a noun, and of the nouns it heads ('a deal on China-UK tourism')."""
    found = []
    for token in sentence.tokens:
        if token.head == noun and token.rel in MODIFIER_RELS:
            found.append(token)
            if depth < 1 and token.pos in ("NOUN", "PROPN"):
                found += _modifiers(sentence, token.index, depth + 1)
    return found


def _hyphenated_countries(resolver: Resolver, token: Token) -> list[str]:
    """'российско-китайский' -> RUS, CHN; 'Sino-Japanese' -> CHN, JPN."""
    parts = [p for p in token.lemma.split("-") if p]
    if len(parts) < 2:
        return []
    codes = [_combining_form(resolver, part) for part in parts[:-1]] + [_country_word(resolver, parts[-1])]
    return [c for c in codes if c] if all(codes) else []


def _combining_form(resolver: Resolver, part: str) -> str | None:
    irregular = _irregular_forms().get(part)
    if irregular:
        return irregular
    found = _country_word(resolver, part)
    if found or not part.endswith("о"):
        return found
    stem = part[:-1]
    return next((c for c in (_country_word(resolver, stem + ending) for ending in ADJECTIVE_ENDINGS) if c), None)


def _country_word(resolver: Resolver, word: str) -> str | None:
    entries = [e for e in resolver.kb.lookup((word,)) if e.kind in (COUNTRY, ADJECTIVE)]
    return entries[0].key if entries else None


def _joined_names(resolver: Resolver, sentence: Sentence, noun: int) -> list[tuple[str, Token]]:
    """'US-China talks', 'Sino-Japanese talks': the parser splits the names, each modifying the
    next, with the hyphen between them; only names joined by a hyphen count ('Iran nuclear talks'
    do not)."""
    chain = [t.index for t in sentence.tokens if t.head == noun and t.rel in ("compound", "amod")]
    chain += [t.index for t in sentence.tokens if t.head in chain and t.rel in ("compound", "amod")]
    if not any(t.text == "-" and t.head in chain for t in sentence.tokens):
        return []
    matches = {m.first: m for m in resolver.matches(sentence) if m.kind in (COUNTRY, ADJECTIVE)}
    found = []
    for index in sorted(chain):
        token = sentence.tokens[index]
        code = matches[index].entries[0].key if index in matches else _irregular_forms().get(token.lemma)
        if code:
            found.append((code, token))
    return found


def _party(code: str, token: Token) -> Actor:
    return Actor(code=code, country=code, role=None, name=token.text, start=token.start, stop=token.stop,
                 confidence=0.75, entity=code, reason=f"'{token.text}': one of the countries a compound joins")


@cache
def _irregular_forms() -> dict[str, str]:
    """'франко' -> FRA: combining forms that are no adjective's stem (data/lang/*/words.tsv)."""
    return dict(entry.split(":", 1) for entry in words("combining-forms"))
