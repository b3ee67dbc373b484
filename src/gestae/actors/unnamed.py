"""Actors the knowledge base does not know: a person the tagger found ('Владимир Здоровенин'), or
one named only by an animate common noun ('задержала актёра'), is a civilian of the country
where the sentence is set; that country is the place named in the sentence, else the document's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from gestae.actors.kb import ADJECTIVE, CAPITAL, CITY, COUNTRY
from gestae.actors.phrases import LOCATIVE_PREPOSITIONS, PERSON_TYPES, subtree
from gestae.lang import words
from gestae.records import Actor, Sentence

if TYPE_CHECKING:
    from gestae.actors.resolve import Resolver


def unknown_person(resolver: Resolver, sentence: Sentence, head: int, phrase: set[int]) -> list[Actor]:
    """'Владимир Здоровенин', 'Carson Yeung': a person the knowledge base does not know, found
    by the named-entity tagger, is a civilian (CVL) of the country where the sentence is set
    (or the document is about). A later bare surname or pronoun points back to them."""
    mention = next((m for m in sentence.mentions if m.type in PERSON_TYPES and head in m.tokens), None)
    if mention is None:
        return []
    country, why = setting_country(resolver, sentence)
    if country is None:
        return []
    actor = Actor(code=f"{country}CVL", country=country, role="CVL", name=mention.text, confidence=0.55,
                  entity=country, reason=f"person not in the knowledge base ({mention.text}); country from {why}")
    for index in mention.tokens:
        token = sentence.tokens[index]
        if token.pos == "PROPN" and index in phrase:
            resolver.context.note_surname(token.lemma, actor)
    resolver.context.note_individual(actor, sentence.tokens[head].feats.get("Gender"))
    return [actor]


def someone(resolver: Resolver, sentence: Sentence, head: int) -> list[Actor]:
    """'задержала актёра', 'отпустили математика': a person named only by an animate common
    noun, with no actor anywhere in the phrase, is a civilian of the country of the setting."""
    token = sentence.tokens[head]
    if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim" or token.lemma in RELATIONAL_TITLES:
        return []                # 'ее коллеги': peers of someone the phrase does not name
    country, why = setting_country(resolver, sentence)
    if country is None:
        return []
    sure = 0.5 if why == DOCUMENT_COUNTRY else 0.6     # a place named beside it: surer
    actor = Actor(code=f"{country}CVL", country=country, role="CVL", name=token.text, start=token.start,
                  stop=token.stop, confidence=sure, entity=country,
                  reason=f"a person named by a common noun ({token.text}); country from {why}")
    if token.feats.get("Number") != "Plur":          # 'актёр пытался ..., полиция его задержала'
        resolver.context.note_individual(actor, token.feats.get("Gender"))
    return [actor]


RELATIONAL_TITLES = words("relational-titles")      # 'коллега', 'counterpart'
SETTING_PLACE = "the place named in the sentence"
DOCUMENT_COUNTRY = "the country the document is about"


def _in_a_locative(sentence: Sentence, match) -> bool:
    """'в Фениксе', and one noun further, 'в пригороде Феникса', 'на улицах Парижа'."""
    span = range(match.first, match.last + 1)
    heads = {*span, *(sentence.tokens[i].head for i in span if sentence.tokens[i].rel == "nmod")}
    heads.discard(-1)
    return any(t.head in heads and t.rel == "case" and t.lemma in LOCATIVE_PREPOSITIONS for t in sentence.tokens)


def borrows_its_country_from(actor: Actor, place: Actor) -> bool:
    """'The company withdrew from Russia': the company's country was only guessed, from the place
    the sentence names or the country the document is about, so that place cannot also be the
    other party (no RUSBUS -> RUS)."""
    return place.role is None and place.country is not None and actor.country == place.country \
        and any(f"country from {guess}" in actor.reason for guess in (SETTING_PLACE, DOCUMENT_COUNTRY))


def setting_country(resolver: Resolver, sentence: Sentence, head: int | None = None) -> tuple[str | None, str]:
    """Where a role noun without a country acts: a place named in the sentence
    ('в Каире'), else a place inside the phrase itself ('житель одного из сёл Киевской
    области', 'преступник, похитивший картину из галереи в Москве'), else the country the
    document is about."""
    for match in resolver.matches(sentence):
        if match.kind in (COUNTRY, CAPITAL, CITY) and _in_a_locative(sentence, match):
            return match.entries[0].key, f"{SETTING_PLACE} ({match.entries[0].phrase})"
    if head is not None:
        below = subtree(sentence, head, depth=4)
        for match in resolver.matches(sentence):
            if match.kind in (COUNTRY, CAPITAL, CITY, ADJECTIVE) and match.first in below:
                return match.entries[0].key, f"a place within the phrase ({match.entries[0].phrase})"
    main = resolver.context.main_country()
    return (main, DOCUMENT_COUNTRY) if main else (None, "")
