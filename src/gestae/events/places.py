"""Actors the text implies rather than names: the place where an act happened or that was
visited, the authorities of that place, its protesters, one's own country, the other party the
sentence or the document named before.
"""
from __future__ import annotations

from gestae.actors.phrases import conj_linked
from gestae.actors.resolve import Resolver
from gestae.events.arguments import SCENE_PREPOSITIONS, same_party
from gestae.events.roles import ancestors, children, head_of, prepositions, slot_tokens, subtree_indexes
from gestae.lang import words
from gestae.records import Actor, Sentence

STATE_ROLES = {"GOV", "JUD", "COP", "MIL", "LEG", "SPY"}
LOCATIVE_CASES = {"Loc"}


def home_country(actor: Actor) -> Actor:
    """Protesters act on their own rulers; rulers who yield or investigate, on their country."""
    role = None if (actor.role or "")[:3] in STATE_ROLES else "GOV"
    implied = "(its own government)" if role == "GOV" else "(its own country)"    # no words name it
    return Actor(code=actor.country + (role or ""), country=actor.country, role=role, name=implied,
                 confidence=0.6, entity=actor.country, reason=f"no target named: {actor.country}'s own affairs")


def authorities_of(target: Actor) -> Actor:
    return Actor(code=f"{target.country}GOV", country=target.country, role="GOV", name="(authorities)",
                 confidence=0.7, reason=f"no agent named: the authorities of {target.country}")


def other_country_named(sentence: Sentence, resolver: Resolver, sources: list[Actor]) -> list[Actor]:
    """A show of force with no one named is aimed at the other country its sentence names."""
    for match in resolver.matches(sentence):
        code = match.entries[0].key
        if match.kind in ("country", "adjective", "capital") and not any(s.country == code for s in sources):
            return [Actor(code=code, country=code, role=None, name=sentence.tokens[match.first].text,
                          confidence=0.55, entity=code, reason=f"{match.entries[0].reason}: the other party named")]
    return []


def earlier_other_party(resolver: Resolver, sources: list[Actor], before: int) -> list[Actor]:
    """A denial or a warning with no one named answers the last other party the text named."""
    for actor, _ in reversed(resolver.context.salient[-8:]):
        if actor.country and not same_party(actor, sources) and actor.start < before:
            return [Actor(code=actor.code, country=actor.country, role=actor.role, name=actor.name,
                          confidence=0.5, entity=actor.entity,
                          reason=f"no one named: answers {actor.name} ({actor.code}) named earlier")]
    return []


def other_clause_between(sentence: Sentence, index: int, top: int) -> bool:
    """'exchanged fire despite a ceasefire agreed in Malaysia': Malaysia belongs to 'agreed'."""
    for token in ancestors(sentence, index):
        if token.index == top:
            return False
        if token.pos in ("VERB", "AUX"):
            return True
    return False


def country_of_the_object(sentence: Sentence, index: int, required, resolver: Resolver,
                       sources: list[Actor]) -> list[Actor]:
    """'banned imports of Moldovan wine', 'ввёл пошлины на китайские товары': a measure against
    a country's goods or people is directed at that country."""
    heads = slot_tokens(sentence, index, "obj") + sorted(required)
    if sentence.tokens[index].pos in ("NOUN", "PROPN"):   # 'tariffs on imports from Mexico'
        heads += [t.index for t in children(sentence, index) if t.rel in ("nmod", "obl")]
    below = set(heads).union(*(subtree_indexes(sentence, h, depth=3) for h in heads)) if heads else set()
    places = [m for m in resolver.matches(sentence) if m.kind in ("country", "adjective", "capital")
              and not any(s.country == m.entries[0].key for s in sources)]
    first = next((m for m in places if m.first in below), None)
    if first is None:
        return []
    linked = conj_linked(sentence, {first.first})           # 'imports from Mexico and Canada'
    found: dict[str, Actor] = {}
    for match in places:
        code = match.entries[0].key
        if (match is first or match.first in linked) and code not in found:
            found[code] = Actor(code=code, country=code, role=None, name=sentence.tokens[match.first].text,
                                confidence=0.6, entity=code, reason=f"{match.entries[0].reason}: the measure's object")
    return list(found.values())


FORCE_SCENE = "the place where force was used"


def place_attacked(sentence: Sentence, index: int, resolver: Resolver, skip: frozenset[str] = frozenset(),
                    why: str = FORCE_SCENE) -> list[Actor]:
    """'нанес удар по позициям боевиков на юге Ливана': force used in a country is coded
    against that country when no other target is named (and a place visited gives its host,
    not the place one came from: ``skip`` prepositions). The possessor of the deed is its doer,
    not its place ('Russia's mobilisation')."""
    for match in places_below(sentence, index, resolver, depth=4):
        owner = any(sentence.tokens[i].rel == "nmod:poss" and sentence.tokens[i].head == index
                    for i in range(match.first, match.last + 1))
        if not prepositions(sentence, match.first) & skip and not owner:
            return [place_actor(sentence, match, why)]
    return []


ORIGIN_PREPOSITIONS = words("origin-prepositions")  # 'fired from Gaza', 'arrived from Poland'


def place_of_origin(sentence: Sentence, index: int, resolver: Resolver, subjects: list[int]) -> list[Actor]:
    """'Rockets fired from Gaza hit Sderot', 'ракеты, выпущенные с территории Ливана': an attack
    with no doer named comes from the place it was launched from (Russian 'с' only with the
    genitive: 'с Украиной' is 'with')."""
    below = subtree_indexes(sentence, index, depth=4).union(*(subtree_indexes(sentence, h, depth=4) for h in subjects))
    for match in resolver.matches(sentence):
        token = sentence.tokens[match.first]
        if match.first in below and match.kind in ("country", "capital", "city") \
                and prepositions(sentence, match.first) & ORIGIN_PREPOSITIONS and token.feats.get("Case") in (None, "Gen"):
            return [place_actor(sentence, match, "the place the attack came from")]
    return []


def place_of_act(sentence: Sentence, index: int, resolver: Resolver, targets: list[Actor]) -> Actor | None:
    """'арестован на Мальдивах', 'was detained in Minsk': an act of state with no agent named is
    done by the authorities of the place where it happened, not of the person's country."""
    for match in places_below(sentence, index, resolver, depth=3):
        token = sentence.tokens[match.first]
        at = prepositions(sentence, match.first) & SCENE_PREPOSITIONS        # where it happened
        if at and (token.feats.get("Case") in LOCATIVE_CASES or "Case" not in token.feats):
            if any(t.code == match.entries[0].key for t in targets):
                return None                  # the country itself is the target: its own authorities act
            return place_actor(sentence, match, "the place of the act")
    return None


def places_below(sentence: Sentence, index: int, resolver: Resolver, depth: int):
    """Countries, capitals and cities named below a trigger, in its own clause."""
    below = subtree_indexes(sentence, index, depth=depth)
    for match in resolver.matches(sentence):
        if match.first in below and match.kind in ("country", "capital", "city") \
                and not other_clause_between(sentence, match.first, index):
            yield match


def place_actor(sentence: Sentence, match, why: str) -> Actor:
    code = match.entries[0].key
    return Actor(code=code, country=code, role=None, name=sentence.tokens[match.first].text, confidence=0.65,
                 entity=code, reason=f"{match.entries[0].reason}: {why}")


def protesters_at(sentence: Sentence, index: int, resolver: Resolver) -> list[Actor]:
    """A protest with no one named as its doer, in a named place: the opposition of that country."""
    place = place_of_act(sentence, index, resolver, [])
    head = head_of(sentence, index)
    if place is None and head is not None and sentence.tokens[index].rel == "nsubj":
        place = place_of_act(sentence, head.index, resolver, [])   # 'в Киеве проходят акции протеста'
    if place is None:
        return []
    return [Actor(code=f"{place.country}OPP", country=place.country, role="OPP", name="(protesters)",
                  confidence=0.6, entity=place.country, reason=f"{place.reason}: protesters of the place")]
