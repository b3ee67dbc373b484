"""The frame of one trigger: its clause (asserted, intended, refused, reported, commentary),
its source and target actors, and the CAMEO code the frame gives the deed.

Each step is a small named rule; ``frame.rule`` records the lexicon entry and every rule that
changed the result, so an analyst can see why an event was coded as it was.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from gestae.actors.resolve import Resolver
from gestae.actors.unnamed import borrows_its_country_from
from gestae.events import cameo
from gestae.events.clause import Clause, code_for, noun_position, read_clause
from gestae.events.lexicon import LexiconEntry, load_lexicon
from gestae.events.modality import INTENT, REFUSE, REPORT, THREAT, light_verbs, modal_words
from gestae.events.participants import PATIENT_NAMED, Scene, actors_at, participants
from gestae.events.places import FORCE_SCENE
from gestae.events.roles import ancestors, children, head_of, prepositions, slot_tokens
from gestae.lang import words
from gestae.records import Actor, Sentence

MAX_PARTIES = 5
CONTENT_PREPOSITIONS = words("content-prepositions")
TOPIC_PREPOSITIONS = words("topic-prepositions")  # Russian "о" marks content: "решение о присоединении"
DOCUMENT_NOUNS = words("document-nouns")  # 'закон о сносе': what a document is about
NON_POLITICAL_SPEAKERS = {"MED", "EDU", "HLH", "CVL", "NGO"}
CLAIM_MARKERS = words("claim-markers")


@dataclass(slots=True)
class Frame:
    code: str
    rule: str
    modality: str
    sources: list[Actor]
    targets: list[Actor]
    symmetric: bool
    confidence: float
    notes: list[str] = field(default_factory=list)

    def pairs(self) -> list[tuple[Actor, Actor, bool]]:
        """(source, target, reciprocal) for every direction the frame gives.

        A joint subject with no target ("стороны договорились", "X и Y подписали") acts in
        both directions; a symmetric event with a partner adds the reverse as reciprocal.
        """
        result: list[tuple[Actor, Actor, bool]] = []
        if self.targets:
            for source in self.sources:
                for target in self.targets:
                    result.append((source, target, False))
                    if self.symmetric and self.modality in ("asserted", "reported"):
                        result.append((target, source, True))     # a plan binds only who states it
        elif len(self.sources) >= 2 and PATIENT_NAMED not in self.notes and (
                self.symmetric or cameo.lookup(self.code).quad_class <= 2 or "each-other" in self.notes):
            for source in self.sources:
                for target in self.sources:
                    if source is not target:
                        result.append((source, target, False))
        return [(s, t, r) for s, t, r in _unique(result) if _distinct(s, t)]


@dataclass(slots=True)
class Decision:
    """What the frame stage made of one trigger: a frame, or why there is none (``--explain``)."""
    frame: Frame | None
    why: str
    scene: Scene | None = None


def frame_for(sentence: Sentence, index: int, entry: LexiconEntry, resolver: Resolver,
              lang: str, required: frozenset[int] = frozenset()) -> Decision:
    clause = read_clause(sentence, index, entry, lang)
    if clause is None:
        return Decision(None, "clause: blocked (a condition, purpose or question), speculation or an opinion")
    coded = code_for(entry, clause, sentence, index)
    if coded is None:
        return Decision(None, f"clause: {clause.kind}{' and negated' if clause.negated else ''} gives no code")
    code, modality, notes = coded
    scene = participants(sentence, index, entry, clause, resolver, lang, required)
    sources, targets = scene.sources, scene.targets
    notes += scene.notes
    if not sources:
        return Decision(None, "participants: no source found", scene)
    accused = _accusation(sentence, clause, code, sources, resolver)   # needs no target of the deed
    if not targets and len(sources) < 2 and accused is None:
        return Decision(None, "participants: no target found and a single source", scene)
    if not targets and len(sources) >= 2 and _each_other(sentence, index):
        notes.append("each-other")       # 'Armenia and Azerbaijan accused each other', 'обвинили друг друга'
    elif not targets and accused is None and not entry_is_symmetric(entry) and _object_unresolved(sentence, index, entry):
        return Decision(None, "participants: the object names no known actor, so a joint subject "
                              "does not act on itself", scene)   # 'Иран и «Хезболла» поддерживают [X]'
    if len(sources) > MAX_PARTIES or len(targets) > MAX_PARTIES:
        return Decision(None, f"participants: more than {MAX_PARTIES} on a side is a list, not a dyad", scene)
    if entry.pos == "N" and _topic_only(sentence, index, clause, lang):
        return Decision(None, "frame: the noun is only the topic of another predicate", scene)
    if accused is not None:
        code, modality, sources, targets = accused
        notes.append("accusation")
    confidence = 0.8 + 0.05 * min(len(entry.requires), 2)
    if modality != "asserted":
        confidence *= 0.9
    rule = "+".join([entry.id] + notes)
    frame = Frame(code=code, rule=rule, modality=modality, sources=sources, targets=targets,
                  symmetric=entry_is_symmetric(entry), confidence=confidence, notes=notes)
    if not frame.pairs():                # reported, never dropped silently
        return Decision(frame, "frame: every source and target resolve to the same actor "
                               f"({', '.join(sorted({a.code for a in sources + targets}))}): no event", scene)
    return Decision(frame, f"frame: {code} {modality}", scene)


RECIPROCAL_WORDS = words("reciprocal-words")  # 'each other', 'one another', 'друг друга'


def _each_other(sentence: Sentence, index: int) -> bool:
    """The object is a reciprocal pronoun: the joint subject acts on itself, both ways."""
    near = children(sentence, index)
    near += [grandchild for child in near for grandchild in children(sentence, child.index)]
    return any(t.lemma in RECIPROCAL_WORDS for t in near)


def _object_unresolved(sentence: Sentence, index: int, entry: LexiconEntry) -> bool:
    """The trigger has a word in its target slot, but it names no actor we know."""
    return entry.pos == "V" and any(
        h != index for slot in entry.targets if slot != "gen" for h in slot_tokens(sentence, index, slot))


def _topic_only(sentence: Sentence, index: int, clause: Clause, lang: str) -> bool:
    """'optimistic about the next round of talks': a noun that is only the topic of some
    other predicate is no event. Reporting and light verbs ('объявил о заморозке') are."""
    position = noun_position(sentence, index)
    host = head_of(sentence, position)
    preps = prepositions(sentence, position)
    if host is not None and preps & CONTENT_PREPOSITIONS and host.pos == "NOUN" and (
            host.lemma in DOCUMENT_NOUNS or any(cameo.has(e.code, "meeting") for e in load_lexicon(lang).entries(host.lemma, "N"))):
        return True                      # 'переговоры о заключении договора', 'закон о сносе': a topic
    if not preps & TOPIC_PREPOSITIONS:
        return False
    if host is None:
        return True
    kind = modal_words(lang).get(host.lemma)
    return not (kind in (REPORT, INTENT, THREAT, REFUSE) or host.lemma in light_verbs(lang))


def _accusation(sentence, clause, code, sources, resolver):
    """'Киев заявил, что на Донбассе действуют российские войска': a political actor's claim
    that someone else used force is its accusation (112x), not the deed itself."""
    claimed_as = cameo.lookup(code).claimed_as
    if clause.kind != "reported" or claimed_as is None or not sources or not clause.speaker:
        return None
    if not _claimed(sentence, clause.verb):
        return None                      # '..., the Pentagon said': news sourcing, not a claim
    speakers = [a for a in actors_at(sentence, clause.speaker, resolver)
                if a.country and (a.role or "")[:3] not in NON_POLITICAL_SPEAKERS]
    if not speakers or any(s.country == a.country for s in speakers for a in sources):
        return None                      # one's own deed, or no political speaker: the deed stands
    return claimed_as, "reported", speakers, sources


def _claimed(sentence: Sentence, verb: int) -> bool:
    """The deed sits in a 'that'-clause of the speaker ('заявил, что ...', 'said that ...')."""
    for token in [sentence.tokens[verb]] + ancestors(sentence, verb, limit=4):
        if any(c.rel == "mark" and c.lemma in CLAIM_MARKERS for c in children(sentence, token.index)):
            return True
        if token.rel in ("ccomp", "parataxis"):
            return False
    return False


def entry_is_symmetric(entry: LexiconEntry) -> bool:
    return "sym" in entry.flags


def _distinct(source: Actor, target: Actor) -> bool:
    """Two parties, not one: different codes, and no source whose country was guessed from the
    very place that stands as the target ('the company withdrew from Russia'), unless that place
    is where force was used (an unknown bomber in Quetta attacks Pakistan, by convention)."""
    return source.code != target.code and not (
        borrows_its_country_from(source, target) and not target.reason.endswith(FORCE_SCENE))


def _unique(pairs: list[tuple[Actor, Actor, bool]]) -> list[tuple[Actor, Actor, bool]]:
    seen, result = set(), []
    for source, target, reciprocal in pairs:
        key = (source.code, target.code)
        if key not in seen:
            seen.add(key)
            result.append((source, target, reciprocal))
    return result
