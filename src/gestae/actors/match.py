"""Find knowledge-base phrases in a parsed sentence, in any grammatical case."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from gestae.actors.kb import Entry, KnowledgeBase
from gestae.analyze.morph import lemma_candidates, normal
from gestae.records import Sentence, Token

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
    matches: list[Match] = []
    position = 0
    while position < len(keys):
        found = _longest_at(kb, keys, sentence.tokens, position)
        if found:
            matches.append(found)
            position = found.last + 1
        else:
            position += 1
    return matches


# words that are never a one-word name, whatever their letters: 'Его' is not Ono, 'после' is not 'посол',
# 'Но' is not Roh, 'Тем' is not Togo
NOT_NAME_POS = {"PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "NUM", "INTJ", "PUNCT", "SYM"}


def _longest_at(kb: KnowledgeBase, keys: list[tuple[str, ...]], tokens: list[Token], start: int) -> Match | None:
    """Walk forward while some knowledge-base phrase still starts with the words so far."""
    best: Match | None = None
    frontier: list[tuple[str, ...]] = [()]
    for position in range(start, min(len(keys), start + kb.longest)):
        frontier = [p + (k,) for p in frontier for k in keys[position] if p + (k,) in kb.prefixes]
        if not frontier:
            break
        for phrase in frontier:
            entries = [e for e in kb.lookup(phrase) if _case_fits(e, tokens[start])]
            if entries and not (position == start and _never_a_name(tokens[start])):
                best = Match(start, position, _ordered(entries))
                break
    return best


def _never_a_name(token: Token) -> bool:
    """Function words, and verbs that are not nouns-in-disguise: 'задержаны', 'заключили' are
    predicates, while the participles 'задержанные', 'протестующих' may name people."""
    if token.pos in NOT_NAME_POS:
        return True
    return token.pos == "VERB" and (token.feats.get("VerbForm") in ("Fin", "Inf", "Conv")
                                    or token.feats.get("Variant") == "Short")


def _case_fits(entry: Entry, token: Token) -> bool:
    """A capitalised name (Того, Чад, Токаев) needs a capitalised word in the text, and an
    abbreviation in the text (МИД) is no surname (Мид)."""
    if entry.phrase[:1].isupper() and not token.text[:1].isupper():
        return False
    if entry.lang == "ru" and len(token.text) > 1 and token.text.isupper() and entry.phrase[:1].isupper() \
            and not entry.phrase.isupper():
        return False
    return True


KIND_ORDER = {"person": 0, "agreement": 1, "igo": 2, "country": 3, "seat": 4, "capital": 5,
              "adjective": 6, "surname": 7, "role": 8, "city": 9}


def _ordered(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: KIND_ORDER.get(e.kind, 9))
