"""The noun phrase around a head word: its tokens, its coordinated members, and whether it
names a place rather than an actor. Parse-level helpers of the resolver, free of the knowledge base's
content."""
from __future__ import annotations

from gestae.actors.kb import CAPITAL, CITY, COUNTRY
from gestae.actors.match import Match
from gestae.lang import words
from gestae.records import Sentence

NP_RELS = {"amod", "nmod", "appos", "flat", "flat:name", "flat:foreign", "compound", "det",
           "nmod:poss", "poss", "nummod"}
LOCATIVE_PREPOSITIONS = words("locative-prepositions")
ENGLISH_PLACE_PREPOSITIONS = {"in", "near", "inside", "across", "throughout"}   # "at China": a target
PERSON_TYPES = {"PER", "PERSON"}           # natasha's and spaCy's labels for people


def subtree(sentence: Sentence, head: int, depth: int) -> set[int]:
    """A word and its dependents within ``depth`` levels, across clauses: the place in
    'преступник, похитивший картину в Москве' belongs to the noun's phrase."""
    found, frontier = {head}, {head}
    for _ in range(depth):
        frontier = {t.index for t in sentence.tokens if t.head in frontier} - found
        found |= frontier
    return found


def place_in_a_name(sentence: Sentence, match: Match) -> bool:
    """'Владимира Здоровенина' names a man, not the city of Vladimir; a sentence-initial common
    noun that no named-entity span covers ('Дело Кировлеса') is not Delhi."""
    if match.kind not in (CITY, CAPITAL):
        return False
    if any(m.type in PERSON_TYPES and len(m.tokens) > 1 and match.first in m.tokens for m in sentence.mentions):
        return True
    return match.first == 0 and sentence.tokens[0].pos == "NOUN" and not any(
        match.first in m.tokens for m in sentence.mentions)


def coordinated(sentence: Sentence, head: int) -> list[int]:
    """The head and the nouns coordinated with it, in order ('Russia and China'); a parse whose
    heads loop back on themselves is followed once."""
    members, waiting = [], [head]
    while waiting:
        current = waiting.pop(0)
        if current in members:
            continue
        members.append(current)
        waiting += [token.index for token in sentence.tokens
                    if token.head == current and token.pos in ("NOUN", "PROPN", "PRON")
                    and (token.rel == "conj" or _list_misparsed_as_apposition(sentence, token))]
    return members


def _list_misparsed_as_apposition(sentence: Sentence, token) -> bool:
    """'Saudi Arabia, the United Arab Emirates, Egypt and Bahrain': parsers often make the second
    name an apposition of the first; a proper-name apposition that heads a coordination is a list."""
    return token.rel == "appos" and token.pos == "PROPN" and any(
        t.head == token.index and t.rel == "conj" for t in sentence.tokens)


def phrase_tokens(sentence: Sentence, head: int, depth: int = 0) -> set[int]:
    tokens = {head}
    if depth > 4:
        return tokens
    for token in sentence.tokens:
        inner_conj = depth > 0 and token.rel == "conj"          # президенты России и Украины
        if token.head == head and (token.rel in NP_RELS or inner_conj) and not has_case(sentence, token.index) \
                and not _list_misparsed_as_apposition(sentence, token):
            tokens |= phrase_tokens(sentence, token.index, depth + 1)
    return tokens


def nominal_children(sentence: Sentence, head: int) -> list[int]:
    """Modifiers to look into when a phrase is no actor itself: 'визит президента России'."""
    return [t.index for t in sentence.tokens
            if t.head == head and t.rel in ("nmod", "nmod:poss", "amod", "appos") and t.pos in ("NOUN", "PROPN", "ADJ")
            and not has_case(sentence, t.index)]


def conj_linked(sentence: Sentence, seeds: set[int]) -> set[int]:
    """Tokens joined to the seeds by coordination, in either direction, transitively."""
    linked, changed = set(seeds), True
    while changed:
        changed = False
        for token in sentence.tokens:
            if token.rel == "conj" and (token.head in linked) != (token.index in linked):
                linked |= {token.head, token.index}
                changed = True
    return linked


def is_place(sentence: Sentence, head: int, head_matches: list[Match]) -> bool:
    """A country or capital in the locative after в/на is the scene of the news."""
    token = sentence.tokens[head]
    if any(m.kind == CITY for m in head_matches):
        return True                                          # a city is always a place
    if not any(m.kind in (COUNTRY, CAPITAL) for m in head_matches):
        return False
    preps = {t.lemma for t in sentence.tokens if t.head == head and t.rel == "case"}
    if "Case" in token.feats:                               # Russian: в/на + locative case
        return token.feats["Case"] == "Loc" and bool(preps & LOCATIVE_PREPOSITIONS)
    return bool(preps & ENGLISH_PLACE_PREPOSITIONS)         # English: in/at Moscow


def has_case(sentence: Sentence, index: int) -> bool:
    """A prepositional dependent (English 'of' marks a genitive, not a preposition here)."""
    return any(t.head == index and t.rel == "case" and t.lemma not in ("of", "'s", "’s") for t in sentence.tokens)


def span_text(sentence: Sentence, phrase: set[int]) -> str:
    first, last = sentence.tokens[min(phrase)], sentence.tokens[max(phrase)]
    return sentence.text[first.start - sentence.start:last.stop - sentence.start]
