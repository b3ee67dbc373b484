"""Who acts on whom around a trigger: an ordered list of small named rules.

The parse gives the first answer (``arguments.py``: subjects, agents, objects, the host verb of
an event noun). Each rule below then looks at the clause as it stands and either returns a
change (new sources, new targets) or nothing; its name is recorded in the event's ``rule`` and
``gestae code --explain`` shows every rule that fired. The CAMEO properties rules test
(domestic, place-target, answers-earlier, ...) are columns of ``data/cameo.tsv``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from gestae.actors.compound import compound_parties
from gestae.actors.resolve import Resolver
from gestae.events import cameo
from gestae.events.arguments import (
    REACTION_VERBS,
    actors_at,
    agent_of_event_noun,
    doer_of_the_last_event,
    genitive_is_patient,
    in_a_clause,
    is_setting,
    object_actors,
    own_subject_named,
    same_party,
    subject_actors,
)
from gestae.events.clause import Clause, noun_position
from gestae.events.lexicon import LexiconEntry
from gestae.events.obligation import parties as obligation_parties
from gestae.events.places import (
    ORIGIN_PREPOSITIONS,
    STATE_ROLES,
    authorities_of,
    country_of_the_object,
    earlier_other_party,
    home_country,
    other_country_named,
    place_attacked,
    place_of_act,
    place_of_origin,
    protesters_at,
)
from gestae.events.roles import (
    children,
    complement_subjects,
    head_of,
    initiator,
    is_passive,
    passive_patient,
    slot_tokens,
    subjects,
    subtree_indexes,
)
from gestae.lang import words
from gestae.records import Actor, Sentence

__all__ = ["Scene", "Change", "RULES", "participants", "actors_at", "same_party"]


@dataclass(slots=True)
class Scene:
    """One trigger's clause and the participants found so far."""
    sentence: Sentence
    index: int
    entry: LexiconEntry
    clause: Clause
    resolver: Resolver
    lang: str
    required: frozenset[int]
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    initiated: bool = False
    notes: list[str] = field(default_factory=list)

    def has(self, prop: str) -> bool:
        return cameo.has(self.entry.code, prop)


@dataclass(slots=True)
class Change:
    sources: list[Actor] | None = None
    targets: list[Actor] | None = None
    initiated: bool = False
    note: str | None = None          # the rule's name unless it says otherwise
    silent: bool = False             # a routine completion, not worth naming in the event's rule


Rule = Callable[[Scene], "Change | None"]


def participants(sentence: Sentence, index: int, entry: LexiconEntry, clause: Clause, resolver: Resolver,
                 lang: str = "ru", required: frozenset[int] = frozenset()) -> Scene:
    passive = entry.pos == "V" and is_passive(sentence, index)
    scene = Scene(sentence, index, entry, clause, resolver, lang, required)
    scene.sources = subject_actors(sentence, index, entry, clause, resolver, passive, lang)
    scene.targets = [t for t in object_actors(sentence, index, entry, clause, resolver, passive, required, lang)
                     if not any(t is s or (t.start, t.code) == (s.start, s.code) for s in scene.sources)]
    for rule in RULES:
        change = rule(scene)
        if change is None:
            continue
        if change.sources is not None:
            scene.sources = change.sources
        if change.targets is not None:
            scene.targets = change.targets
        scene.initiated = scene.initiated or change.initiated
        if not change.silent:
            scene.notes.append(change.note or rule_name(rule))
    if passive and not scene.targets and any(_someones(sentence, i) for i in passive_patient(sentence, index)):
        scene.notes.append(PATIENT_NAMED)    # 'her call was backed by A and B': no A <-> B
    return scene


def _someones(sentence: Sentence, index: int) -> bool:
    """A person, or something of someone's ('her call'), unlike a treaty two parties sign."""
    token = sentence.tokens[index]
    return token.pos == "PRON" or token.feats.get("Animacy") == "Anim" or any(
        t.rel == "nmod:poss" for t in children(sentence, index))


PATIENT_NAMED = "patient-named"              # a passive's subject names who undergoes it, though no actor


def rule_name(rule: Rule) -> str:
    return rule.__name__.replace("_", "-")


def obligation_on_another(s: Scene) -> Change | None:
    """'said Brazil should come up with a plan': the speaker appeals to (or demands of) Brazil."""
    if "oblige" not in s.entry.flags:
        return None
    speaker, addressee = obligation_parties(s.sentence, s.index, s.clause, s.resolver)
    return Change(sources=speaker, targets=addressee)


def undergoer_subject(s: Scene) -> Change | None:
    """'попал в плен к X', 'came under fire from X': the subject undergoes what the slot does."""
    if "passive" in s.entry.flags and s.sources and s.targets:
        return Change(sources=s.targets, targets=s.sources)
    return None


def object_of_coordinated_verb(s: Scene) -> Change | None:
    """'blamed Israel ... and vowed revenge': a conjoined verb shares the first one's object."""
    if s.targets or s.entry.pos != "V" or s.sentence.tokens[s.index].rel != "conj":
        return None
    head = head_of(s.sentence, s.index)
    if head is None or head.pos != "VERB":
        return None
    found = [t for t in actors_at(s.sentence, slot_tokens(s.sentence, head.index, "obj"), s.resolver)
             if not same_party(t, s.sources)]
    return Change(targets=found) if found else None


def addressee_of_complement(s: Scene) -> Change | None:
    """'demanded that Russia withdraw': the one asked is the subject of the complement; 'alleging
    that Japan had violated': so is the one accused."""
    if "intent" not in s.entry.flags and (s.targets or not s.has("complement-target")):
        return None
    found = [t for t in actors_at(s.sentence, complement_subjects(s.sentence, s.index), s.resolver)
             if not same_party(t, s.sources)]
    return Change(targets=found) if found else None


def protesters_of_the_place(s: Scene) -> Change | None:
    """'протесты в Софии', 'protests in Tbilisi': unnamed protesters are the place's opposition."""
    if s.sources or not s.has("protest") or not in_a_clause(s.sentence, s.index):
        return None
    found = protesters_at(s.sentence, s.index, s.resolver)
    return Change(sources=found) if found else None


def domestic(s: Scene) -> Change | None:
    """Yielding, investigating, protesting with no one named act on one's own country."""
    if s.targets or not s.sources or not s.has("domestic") or is_setting(s.sentence, s.index):
        return None
    if s.has("protest") and any(a.role == "GOV" for a in s.sources):
        return None
    found = [home_country(a) for a in s.sources if a.country]
    return Change(targets=found) if found else None


POLICY_NOUNS = words("policy-nouns")
REACTION_DOER_PREPOSITIONS = words("reaction-doer-prepositions")   # 'drew criticism | from Kyiv' on the verb


def government_of_the_policy(s: Scene) -> Change | None:
    """'Dave Prentis criticised the plans', 'оппозиция раскритиковала реформу': a policy that
    no one is named as the author of, judged by someone outside the state, is its own
    government's. The state judging a policy may be judging anyone's: no guess."""
    if s.targets or not s.sources or not s.has("policy-target") or s.entry.pos != "V":
        return None
    if any(not a.country or not a.role or a.role[:3] in STATE_ROLES for a in s.sources):
        return None
    objects = slot_tokens(s.sentence, s.index, "obj")
    if not any(s.sentence.tokens[i].lemma in POLICY_NOUNS and not slot_tokens(s.sentence, i, "gen") for i in objects):
        return None
    return Change(targets=[authorities_of(a) for a in s.sources[:1]])


def target_of_the_reaction(s: Scene) -> Change | None:
    """'a visit that drew sharp criticism from Kyiv', 'решение вызвало критику Москвы': a
    reaction is aimed at whoever did what drew it, or at who drew it."""
    if s.targets or s.entry.pos != "N" or not s.has("from-is-doer"):
        return None
    position = noun_position(s.sentence, s.index)
    host = head_of(s.sentence, position)
    if host is None or s.sentence.tokens[position].rel != "obj" or host.lemma not in REACTION_VERBS:
        return None
    found: list[Actor] = []
    for head in subjects(s.sentence, host.index):
        found += s.resolver.resolve(s.sentence, head).actors or agent_of_event_noun(
            s.sentence, head, s.resolver, s.lang) or doer_of_the_last_event(s.sentence, head, s.resolver, s.lang)
    sources = s.sources or actors_at(s.sentence, [i for prep in sorted(REACTION_DOER_PREPOSITIONS)
                                                 for i in slot_tokens(s.sentence, host.index, prep)], s.resolver)
    found = [a for a in found if not same_party(a, sources)]
    return Change(sources=sources, targets=found) if found else None


def partner_of_the_joint_act(s: Scene) -> Change | None:
    """'Japan and South Korea agreed ..., with Abe offering his apologies and Tokyo pledging 1
    billion yen': what one party of a joint act does next in the sentence, naming no one, it
    does to the other party."""
    joint = s.resolver.context.joint_act
    if s.targets or not s.sources or joint is None or joint[0] != s.sentence.index:
        return None
    countries = {a.country for a in s.sources}
    if not countries or None in countries or not countries < {a.country for a in joint[1]}:
        return None
    return Change(targets=[a for a in joint[1] if a.country not in countries])


def victims_of_the_claimed_deed(s: Scene) -> Change | None:
    """'A suicide bomber rammed a bus carrying Indian police ... Jaish-e-Mohammad claimed
    responsibility': claiming an act naming no one answers for the last act of force the text
    reported, and is aimed at whom that act was done to."""
    if s.targets or not s.sources or not s.has("claims-deed"):
        return None
    found = [a for a in s.resolver.context.last_victims if not same_party(a, s.sources)]
    return Change(targets=found) if found else None


def answer_to_earlier_party(s: Scene) -> Change | None:
    """'Москва отвергала эти обвинения', 'warned of consequences': the last other party named."""
    if s.targets or not s.sources or not s.has("answers-earlier"):
        return None
    found = earlier_other_party(s.resolver, s.sources, s.sentence.tokens[s.index].start)
    return Change(targets=found) if found else None


def country_of_object(s: Scene) -> Change | None:
    """'banned imports of Moldovan wine': a measure on a country's goods targets that country."""
    if s.targets or not s.has("object-country"):
        return None
    found = country_of_the_object(s.sentence, s.index, s.required, s.resolver, s.sources)
    return Change(targets=found) if found else None


def origin_of_the_attack(s: Scene) -> Change | None:
    """'Rockets fired from Gaza hit Sderot': force with no doer comes from where it was launched."""
    if s.sources or s.entry.pos != "V" or not s.has("place-target") or s.has("posture"):
        return None
    found = place_of_origin(s.sentence, s.index, s.resolver, subjects(s.sentence, s.index))
    return Change(sources=found) if found else None


CARRYING_VERBS = words("carrying-verbs")


def passengers_of_the_vehicle(s: Scene) -> Change | None:
    """'rammed a car into a bus carrying Indian police', 'обстреляли автобус, перевозивший
    военных': force used on a vehicle is used on whom it carries."""
    if s.targets or cameo.lookup(s.entry.code).quad_class != 4:
        return None
    below = [i for i in subtree_indexes(s.sentence, s.index, depth=3) if s.sentence.tokens[i].rel in ("obj", "obl")]
    carried = [t.index for v in below for c in children(s.sentence, v)
               if c.rel in ("acl", "amod") and c.lemma in CARRYING_VERBS
               for t in children(s.sentence, c.index) if t.rel == "obj"]
    found = actors_at(s.sentence, carried, s.resolver)
    return Change(targets=found) if found else None


def place_as_target(s: Scene) -> Change | None:
    """'нанес удар по позициям на юге Ливана': force used in a country targets that country,
    not the place it came from ('fired from Gaza')."""
    if s.targets or not s.has("place-target") or (len(s.sources) > 1 and "sym" in s.entry.flags):
        return None
    found = place_attacked(s.sentence, s.index, s.resolver, ORIGIN_PREPOSITIONS)
    return Change(targets=found) if found else None


def place_visited(s: Scene) -> Change | None:
    """'visited Hiroshima': the host country of the place visited, not the one travelled from."""
    if s.targets or not s.sources or not s.has("visit"):
        return None
    found = [t for t in place_attacked(s.sentence, s.index, s.resolver, ORIGIN_PREPOSITIONS, "the place visited")
             if not same_party(t, s.sources)]
    return Change(targets=found) if found else None


def posture_towards_other_party(s: Scene) -> Change | None:
    """'raised its alert after North Korea fired': a show of force faces the other country the
    sentence names, else one's own ('deployed riot police')."""
    if s.targets or not s.sources or not s.has("posture") or not all(a.country for a in s.sources):
        return None
    found = other_country_named(s.sentence, s.resolver, s.sources)
    if found:
        return Change(targets=found)
    return Change(targets=[home_country(a) for a in s.sources], note="domestic")


def owner_of_the_noun(s: Scene) -> Change | None:
    """'визит Путина' with the doer already found: the genitive owner is the other party."""
    if s.targets or s.entry.pos != "N" or genitive_is_patient(s.entry):
        return None
    owners = actors_at(s.sentence, slot_tokens(s.sentence, s.index, "gen"), s.resolver)
    found = [o for o in owners if not same_party(o, s.sources)]
    return Change(targets=found, silent=True) if found else None


def parties_of_a_compound(s: Scene) -> Change | None:
    """'российско-китайские переговоры', 'US-China talks', 'signed a deal on China-UK tourism':
    countries joined in one word are the parties: both act where no one else is named, and the
    other one is the target of a party named as the doer."""
    if s.sources and s.targets:
        return None
    parties = compound_parties(s.resolver, s.sentence, s.index)
    if not parties:
        return None
    if not s.sources:
        return Change(sources=parties) if not s.targets else None
    others = [p for p in parties if not same_party(p, s.sources)]
    return Change(targets=others) if others and len(others) < len(parties) else None


def initiative(s: Scene) -> Change | None:
    """'по инициативе израильской стороны', 'at the initiative of Turkey': the initiator acts."""
    starter = initiator(s.sentence, s.index) or (
        initiator(s.sentence, s.clause.verb) if s.clause.verb != s.index else [])
    first = actors_at(s.sentence, starter, s.resolver) if starter else []
    if not first:
        return None
    others = [a for a in s.sources + s.targets if not same_party(a, first)]
    return Change(sources=first, targets=others, initiated=True)


def speaker_as_source(s: Scene) -> Change | None:
    """'заявил, что намерен ...', 'said it would': a subjectless reported deed is the speaker's."""
    if s.sources or not s.clause.speaker or own_subject_named(s.sentence, s.index, s.entry, s.clause):
        return None
    found = actors_at(s.sentence, s.clause.speaker, s.resolver)
    return Change(sources=found) if found else None


def state_default_source(s: Scene) -> Change | None:
    """'арестован на Мальдивах': an act of state with no agent is the authorities' of the place."""
    if s.sources or not s.targets or not ("state" in s.entry.flags or s.has("state-act")):
        return None
    place = place_of_act(s.sentence, s.index, s.resolver, s.targets)
    found = [authorities_of(place)] if place else [authorities_of(t) for t in s.targets if t.country]
    return Change(sources=found) if found else None


RULES: list[Rule] = [
    obligation_on_another, undergoer_subject, object_of_coordinated_verb, addressee_of_complement, protesters_of_the_place,
    domestic, government_of_the_policy, target_of_the_reaction, partner_of_the_joint_act,
    victims_of_the_claimed_deed, answer_to_earlier_party, country_of_object, origin_of_the_attack,
    passengers_of_the_vehicle, place_as_target, place_visited,
    posture_towards_other_party, owner_of_the_noun, parties_of_a_compound, initiative, speaker_as_source,
    state_default_source,
]
