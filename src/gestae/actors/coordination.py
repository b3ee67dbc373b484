"""Actors coordinated inside one phrase: 'президенты России и Украины', 'Russian and Ukrainian
delegations', 'World Bank and IMF officials' name one actor per country or organisation."""
from __future__ import annotations

from gestae.actors.kb import ADJECTIVE, CAPITAL, COUNTRY, IGO
from gestae.actors.match import Match
from gestae.actors.phrases import conj_linked
from gestae.records import Actor, Sentence


def coordinated_actors(found: list[Match], sentence: Sentence, actor: Actor) -> list[Actor]:
    """'президенты России и Украины', 'Russian and Ukrainian delegations': one actor per
    coordinated country, with the same role."""
    if actor.country is None:
        return _coordinated_organisations(found, sentence, actor)
    if not actor.role:
        return []
    places = [m for m in found if m.kind in (COUNTRY, ADJECTIVE, CAPITAL)]
    mine = [m for m in places if m.entries[0].key == actor.country]
    linked = conj_linked(sentence, {m.first for m in mine})
    extra = []
    for match in places:
        code = match.entries[0].key
        if code != actor.country and match.first in linked and code not in {a.country for a in extra}:
            extra.append(Actor(code=code + actor.role, country=code, role=actor.role, name=actor.name,
                               start=actor.start, stop=actor.stop, confidence=actor.confidence,
                               entity=code, reason=f"{match.entries[0].reason}; coordinated with {actor.code}"))
    return extra


def _coordinated_organisations(found: list[Match], sentence: Sentence, actor: Actor) -> list[Actor]:
    """'World Bank and IMF officials', 'ООН и ОБСЕ': one actor per coordinated organisation."""
    igos = [m for m in found if m.kind == IGO]
    mine = {i for m in igos if m.entries[0].key == actor.code for i in range(m.first, m.last + 1)}
    linked = conj_linked(sentence, mine)
    return [Actor(code=m.entries[0].key, country=None, role=None, name=actor.name, start=actor.start,
                  stop=actor.stop, confidence=actor.confidence, entity=m.entries[0].key,
                  reason=f"{m.entries[0].reason}; coordinated with {actor.code}")
            for m in igos if m.entries[0].key != actor.code and linked & set(range(m.first, m.last + 1))]
