"""The frame of one trigger: its clause (asserted, intended, refused, reported, commentary),
its source and target actors, and the CAMEO code the frame gives the deed.

Each step is a small named rule; ``frame.rule`` records the lexicon entry and every rule that
changed the result, so an analyst can see why an event was coded as it was.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from gestae.actors.resolve import Resolver
from gestae.events.lexicon import LexiconEntry, load_lexicon
from gestae.events.modality import (INTENT, OPINION, REFUSE, REPORT, SPECULATE, THREAT, light_verbs,
                                    modal_words, shift_code)
from gestae.events.roles import (ancestors, children, head_of, initiator, is_passive, negated,
                                 complement_subjects, is_infinitive_complement, passive_agent, prepositions, slot_tokens, subjects,
                                 subtree_indexes)
from gestae.records import Actor, Sentence

CLAUSE_BLOCKERS = {"если", "чтобы", "ли", "if", "unless", "whether"}
PLAN_WORDS = {"запланировать", "запланированный", "предстоящий", "будущий", "планироваться",
              "planned", "upcoming", "future", "scheduled", "plan"}
REPORT_RELS = {"ccomp", "parataxis", "advcl"}
# yielding and investigating with no one named act on the actor's own country
DOMESTIC_CODES = {"081", "083", "090", "091", "092", "093",      # yield, investigate
                  "140", "141", "142", "143", "144", "145",      # protest against one's own rulers
                  "172"}                                        # curfew, martial law, bans
CONTAINER_NOUNS = {"message", "letter", "statement", "note", "expression", "words", "package", "round",
                   "series", "wave", "fact", "послание", "письмо", "телеграмма", "пакет", "серия", "раунд",
                   "волна", "факт"}
MAX_PARTIES = 5
CONTENT_PREPOSITIONS = {"о", "об", "on", "about", "over"}
TOPIC_PREPOSITIONS = {"about", "regarding", "concerning", "насчет"}   # Russian "о" marks content: "решение о присоединении"
STATE_ROLES = {"GOV", "JUD", "COP", "MIL", "LEG", "SPY"}
PLACE_TARGET_ROOTS = {"087", "15", "18", "19", "20"}
SETTING_MARKERS = {"ход", "время", "during", "amid"}         # 'в ходе', 'во время': always a setting
SCENE_PREPOSITIONS = {"в", "во", "на", "in", "at"}           # 'на переговорах', 'in an investigation'
UNSHARED_SCENES = {"14", "15", "18", "19", "20"}            # protest, force: being there is not doing it
DOCUMENT_NOUNS = {"закон", "законопроект", "указ", "постановление", "резолюция", "law", "bill", "decree",
                  "resolution"}                              # 'закон о сносе': what a document is about


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
        elif len(self.sources) >= 2 and (self.symmetric or self.code[:2] <= "08"):
            for source in self.sources:
                for target in self.sources:
                    if source is not target:
                        result.append((source, target, False))
        return [(s, t, r) for s, t, r in _unique(result) if _distinct(s, t)]


@dataclass(slots=True)
class Clause:
    verb: int                   # the verb carrying negation and subject (the trigger or its host)
    kind: str = "asserted"      # asserted | intent | threat | refuse | reported
    controller: int | None = None
    speaker: list[int] = field(default_factory=list)
    negated: bool = False


def frame_for(sentence: Sentence, index: int, entry: LexiconEntry, resolver: Resolver,
              lang: str, required: frozenset[int] = frozenset()) -> Frame | None:
    clause = read_clause(sentence, index, entry, lang)
    if clause is None:
        return None
    coded = code_for(entry, clause, sentence, index)
    if coded is None:
        return None
    code, modality, notes = coded
    sources, targets, initiated, more = participants(sentence, index, entry, clause, resolver, lang, required)
    notes += more
    if not sources or (not targets and len(sources) < 2):
        return None
    if not targets and not entry_is_symmetric(entry) and _object_unresolved(sentence, index, entry):
        return None                      # 'Иран и «Хезболла» поддерживают [unknown X]': not each other
    if len(sources) > MAX_PARTIES or len(targets) > MAX_PARTIES:
        return None                      # a list of thirty federations is a list, not a dyad
    if entry.pos == "N" and _topic_only(sentence, index, clause, lang):
        return None
    accused = _accusation(sentence, clause, code, sources, resolver)
    if accused is not None:
        code, modality, sources, targets = accused
        notes.append("accusation")
    confidence = 0.8 + 0.05 * min(len(entry.requires), 2)
    if modality != "asserted":
        confidence *= 0.9
    rule = "+".join([entry.id] + notes)
    return Frame(code=code, rule=rule, modality=modality, sources=sources, targets=targets,
                 symmetric=entry_is_symmetric(entry), confidence=confidence, notes=notes)


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
            host.lemma in DOCUMENT_NOUNS or any(e.code[:2] == "04" for e in load_lexicon(lang).entries(host.lemma, "N"))):
        return True                      # 'переговоры о заключении договора', 'закон о сносе': a topic
    if not preps & TOPIC_PREPOSITIONS:
        return False
    if host is None:
        return True
    kind = modal_words(lang).get(host.lemma)
    return not (kind in (REPORT, INTENT, THREAT, REFUSE) or host.lemma in light_verbs(lang))


ACCUSATION_CODES = {"20": "1124", "19": "1123", "18": "1123", "17": "1122", "15": "1123", "14": "112"}
NON_POLITICAL_SPEAKERS = {"MED", "EDU", "HLH", "CVL", "NGO"}


def _accusation(sentence, clause, code, sources, resolver):
    """'Киев заявил, что на Донбассе действуют российские войска': a political actor's claim
    that someone else used force is its accusation (112x), not the deed itself."""
    if clause.kind != "reported" or code[:2] not in ACCUSATION_CODES or not sources or not clause.speaker:
        return None
    if not _claimed(sentence, clause.verb):
        return None                      # '..., the Pentagon said': news sourcing, not a claim
    speakers = [a for a in _actors(sentence, clause.speaker, resolver)
                if a.country and (a.role or "")[:3] not in NON_POLITICAL_SPEAKERS]
    if not speakers or any(s.country == a.country for s in speakers for a in sources):
        return None                      # one's own deed, or no political speaker: the deed stands
    return ACCUSATION_CODES[code[:2]], "reported", speakers, sources


CLAIM_MARKERS = {"что", "будто", "якобы", "that"}


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


# --- the clause ---------------------------------------------------------------------------
def read_clause(sentence: Sentence, index: int, entry: LexiconEntry, lang: str) -> Clause | None:
    """Rules: host verb of a noun, blocked clauses, modal and reporting governors, negation."""
    verb = _host_verb(sentence, index, entry)
    clause = Clause(verb=verb)
    if _blocked(sentence, verb):
        return None
    words = modal_words(lang)
    if verb != index and words.get(sentence.tokens[verb].lemma) == OPINION:
        return None                     # "разговор эксперты считают маркером": an assessment
    current = sentence.tokens[verb]
    for governor in ancestors(sentence, verb, limit=6):
        kind = words.get(governor.lemma)
        complement = is_infinitive_complement(sentence, current.index)
        if (complement or current.rel == "ccomp") and kind in (INTENT, THREAT, REFUSE) and not (
                current.rel == "ccomp" and kind == REFUSE):
            if clause.controller is None:         # 'threatened to impose', 'warned that it would sever'
                clause.kind, clause.controller = kind, governor.index
        elif complement and kind == SPECULATE:
            return None
        elif current.rel in REPORT_RELS | {"xcomp"} and kind in (REPORT, OPINION):
            clause.speaker = subjects(sentence, governor.index)
            clause.kind = "reported" if clause.kind == "asserted" else clause.kind
            if kind == OPINION:
                clause.kind = OPINION
            break
        current = governor
    if clause.controller is None:
        for child in children(sentence, verb):
            if words.get(child.lemma) == SPECULATE and child.rel in ("aux", "advmod"):
                return None
    clause.negated = negated(sentence, verb) or (
        clause.controller is not None and negated(sentence, clause.controller))
    if clause.kind in ("asserted", "reported") and _future(sentence, verb):
        clause.kind = INTENT                 # "will visit", also when someone said so
    if clause.kind == "asserted" and entry.pos == "N" and not clause.negated and _planned(sentence, index):
        clause.kind = INTENT
    return clause


def noun_position(sentence: Sentence, index: int) -> int:
    """'a message of condolence', 'пакет санкций': the container stands where the event noun
    would, so its place in the clause is the noun's."""
    head = head_of(sentence, index)
    token = sentence.tokens[index]
    if head is not None and head.lemma in CONTAINER_NOUNS and token.rel in ("nmod", "compound"):
        return head.index
    return index


def _host_verb(sentence: Sentence, index: int, entry: LexiconEntry) -> int:
    if entry.pos == "V":
        return index
    index = noun_position(sentence, index)
    head = head_of(sentence, index)
    if head is not None and head.pos in ("VERB", "AUX") and sentence.tokens[index].rel in (
            "nsubj", "nsubj:pass", "obj", "obl", "iobj"):
        return head.index
    return index


def _blocked(sentence: Sentence, verb: int) -> bool:
    """Conditions and purposes are not events: 'если Минск откажется', 'чтобы обсудить'."""
    for token in [sentence.tokens[verb]] + ancestors(sentence, verb, limit=2):
        if any(c.rel == "mark" and c.lemma in CLAUSE_BLOCKERS for c in children(sentence, token.index)):
            return True
        if token.rel not in ("xcomp", "conj"):
            break
    return False


def _future(sentence: Sentence, verb: int) -> bool:
    token = sentence.tokens[verb]
    if token.feats.get("Tense") == "Fut":
        return True
    return any(c.rel in ("aux", "aux:pass") and (c.feats.get("Tense") == "Fut" or c.lemma in ("will", "shall")
                                                 or (c.lemma == "быть" and c.text.lower().startswith("буд")))
               for c in children(sentence, verb))        # 'будет депортирован': natasha says Pres


def _planned(sentence: Sentence, index: int) -> bool:
    near = children(sentence, index)
    head = head_of(sentence, index)
    if head is not None:
        near.append(head)
    return any(t.lemma in PLAN_WORDS for t in near)


# --- the code -----------------------------------------------------------------------------
def code_for(entry: LexiconEntry, clause: Clause, sentence: Sentence,
             index: int) -> tuple[str, str, list[str]] | None:
    """Rules: an opinion is commentary; intents, threats, refusals and negation shift the code."""
    if clause.kind == OPINION:
        return None
    own_intent = "intent" in entry.flags
    if clause.negated:
        if own_intent or clause.kind in (THREAT, REFUSE):
            return None                 # "did not threaten", "did not refuse": nothing happened
        shifted = shift_code(entry.code, "refuse")
        return (shifted, "negated", ["negated"]) if shifted else None
    if clause.kind in (INTENT, THREAT, REFUSE) and not own_intent:
        shifted = shift_code(entry.code, clause.kind)
        if shifted is None:
            return None
        return shifted, clause.kind, [clause.kind]
    if clause.kind == "reported":
        return entry.code, "reported", ["reported"]
    return entry.code, "asserted", []


# --- the participants ---------------------------------------------------------------------
def participants(sentence: Sentence, index: int, entry: LexiconEntry, clause: Clause,
                 resolver: Resolver, lang: str = "ru",
                 required: frozenset[int] = frozenset()) -> tuple[list[Actor], list[Actor], bool, list[str]]:
    notes: list[str] = []
    passive = entry.pos == "V" and is_passive(sentence, index)
    sources = _sources(sentence, index, entry, clause, resolver, passive, lang)
    targets = [t for t in _targets(sentence, index, entry, clause, resolver, passive, required, lang)
               if not any(t is s for s in sources)]
    if not targets and entry.pos == "V" and sentence.tokens[index].rel == "conj":
        head = head_of(sentence, index)          # 'blamed Israel ... and vowed revenge'
        if head is not None and head.pos == "VERB":
            targets = [t for t in _actors(sentence, slot_tokens(sentence, head.index, "obj"), resolver)
                       if not _same_party(t, sources)]
            if targets:
                notes.append("object-of-coordinated-verb")
    if "intent" in entry.flags:              # 'demanded that Russia withdraw': Russia is asked
        addressees = [t for t in _actors(sentence, complement_subjects(sentence, index), resolver)
                      if not _same_party(t, sources)]
        if addressees:
            targets = addressees
            notes.append("addressee-of-complement")
    if not sources and not targets and entry.code[:2] == "14" and _in_a_clause(sentence, index):
        sources = _protesters_at(sentence, index, resolver)      # 'протесты в Софии', 'protests in Tbilisi'
        if sources:
            notes.append("protesters-of-the-place")
    if not targets and entry.code[:3] in DOMESTIC_CODES and sources and not _is_setting(sentence, index) \
            and not (entry.code[:2] == "14" and any(s.role == "GOV" for s in sources)):
        targets = [_home_country(s) for s in sources if s.country]
        if targets:
            notes.append("domestic")
    if not targets and entry.code[:3] == "016" and sources:
        targets = _earlier_other_party(resolver, sources)      # 'Москва отвергала эти обвинения'
        if targets:
            notes.append("answer-to-earlier-party")
    if not targets and "10" <= entry.code[:2] <= "17" and entry.code[:2] not in ("14", "15"):
        targets = _country_of_object(sentence, index, required, resolver, sources)
        if targets:
            notes.append("country-of-object")
    if not targets and (entry.code[:2] in PLACE_TARGET_ROOTS or entry.code[:3] in PLACE_TARGET_ROOTS) \
            and not (len(sources) > 1 and "sym" in entry.flags):
        targets = _place_attacked(sentence, index, resolver)
        if targets:
            notes.append("place-as-target")
    if not targets and entry.pos == "N" and not _genitive_is_patient(entry):
        owners = _actors(sentence, slot_tokens(sentence, index, "gen"), resolver)
        targets = [o for o in owners if not _same_party(o, sources)]
    starter = initiator(sentence, index) or (initiator(sentence, clause.verb) if clause.verb != index else [])
    initiated = False
    if starter:
        first = _actors(sentence, starter, resolver)
        if first:
            others = [a for a in sources + targets if not _same_party(a, first)]
            sources, targets, initiated = first, others, True
            notes.append("initiative")
    if not sources and clause.speaker:
        sources = _actors(sentence, clause.speaker, resolver)
        if sources:
            notes.append("speaker-as-source")
    if not sources and "state" in entry.flags and targets:
        place = _place_of_act(sentence, index, resolver, targets)
        sources = [_authorities_of(place)] if place else [_authorities_of(t) for t in targets if t.country]
        if sources:
            notes.append("state-default-source")
    return sources, targets, initiated, notes


def _sources(sentence, index, entry, clause, resolver, passive, lang) -> list[Actor]:
    if entry.pos == "V":
        heads = passive_agent(sentence, index) if passive else subjects(sentence, index)
        if not heads and clause.controller is not None:
            heads = subjects(sentence, clause.controller)
        return _actors(sentence, heads, resolver)
    host = _light_host(sentence, index, clause, lang)
    if host is not None:
        heads = passive_agent(sentence, host) if is_passive(sentence, host) else subjects(sentence, host)
        found = _actors(sentence, heads, resolver)
        if found:
            return found
    owners = [] if _genitive_is_patient(entry) else slot_tokens(sentence, index, "gen")
    adjectives = {m.first for m in resolver.matches(sentence) if m.kind == "adjective"}
    owners += [t.index for t in children(sentence, index) if t.rel == "amod" and t.index in adjectives]
    return _actors(sentence, owners, resolver)      # 'российский визит', not 'военный парад' 


def _light_host(sentence: Sentence, index: int, clause: Clause, lang: str) -> int | None:
    """The verb whose subject is the agent of a noun event: 'провели переговоры', 'нанесли
    удар', or any verb framing it as its setting: 'в ходе разговора договорились'."""
    index = noun_position(sentence, index)
    token = sentence.tokens[index]
    if clause.verb == index:
        return None
    if token.rel == "obj" and sentence.tokens[clause.verb].lemma in light_verbs(lang):
        return clause.verb
    if token.rel == "obl" and _sets_the_scene(sentence, index, clause.verb, lang):
        return clause.verb
    if token.rel in ("obl", "obj") and modal_words(lang).get(sentence.tokens[clause.verb].lemma) == REPORT:
        return clause.verb              # "объявил о заморозке контактов": the announcer acts
    return None


def _sets_the_scene(sentence: Sentence, index: int, host: int, lang: str) -> bool:
    """'в ходе разговора договорились', 'на переговорах заявили', 'questioned X in an
    investigation': the clause's subject took part in the setting event. A bare 'в'/'на'/'in' does
    not make a subject the doer of force or protest ('поддерживают Асада в сирийской войне',
    'задержали на акции протеста') unless its own verb is force too ('killed ... in an attack'),
    nor a passive subject the doer of anything."""
    preps = _setting_words(sentence, index)
    if preps & SETTING_MARKERS:
        return True
    if not preps & SCENE_PREPOSITIONS or is_passive(sentence, host):
        return False
    lexicon = load_lexicon(lang)
    host_roots = {e.code[:2] for e in lexicon.entries(sentence.tokens[host].lemma, "V")}
    return any(e.code[:2] not in UNSHARED_SCENES or e.code[:2] in host_roots or (host_roots & UNSHARED_SCENES)
               for e in lexicon.entries(sentence.tokens[index].lemma, "N"))   # 'killed ... in an attack' 


def _targets(sentence, index, entry, clause, resolver, passive, required=frozenset(), lang="ru") -> list[Actor]:
    places = [index] + sorted(required)
    if entry.pos == "N" and noun_position(sentence, index) != index:
        places.append(noun_position(sentence, index))
    if entry.pos == "N" and clause.verb != index:
        places.append(clause.verb)
    for slot in entry.targets:
        for place in places:
            heads = [h for h in slot_tokens(sentence, place, slot, passive and place == index) if h != index]
            if slot == "gen" and place != index:
                continue
            if not heads:
                continue
            found = []
            for head in heads:
                resolution = resolver.resolve(sentence, head)
                found += resolution.actors
                if not resolution.actors and resolution.agreement and resolution.agreement.key:
                    found.append(_counterpart(resolution.agreement))
                if not found and slot == "obj":
                    found += _agent_of_event_noun(sentence, head, resolver, lang)
            if found:
                return found
    if entry.pos == "N" and clause.verb != index and _light_host(sentence, index, clause, lang) is not None:
        for slot in ("iobj", "obj"):                 # 'told Putin in a phone call'
            heads = [h for h in slot_tokens(sentence, clause.verb, slot) if h != index
                     and h != noun_position(sentence, index)]
            found = _actors(sentence, heads, resolver)
            if found:
                return found
    return _deep_target(sentence, index, entry, resolver, [index] + sorted(required))


def _home_country(actor: Actor) -> Actor:
    """Protesters act on their own rulers; rulers who yield or investigate, on their country."""
    role = None if (actor.role or "")[:3] in STATE_ROLES else "GOV"
    return Actor(code=actor.country + (role or ""), country=actor.country, role=role, name=actor.name,
                 confidence=0.6, entity=actor.country, reason=f"no target named: {actor.country}'s own affairs")


def _earlier_other_party(resolver: Resolver, sources: list[Actor]) -> list[Actor]:
    """A denial or rejection with no one named answers the last other party the text named."""
    for actor, _ in reversed(resolver.context.salient[-8:]):
        if actor.country and not _same_party(actor, sources):
            return [Actor(code=actor.code, country=actor.country, role=actor.role, name=actor.name,
                          confidence=0.5, entity=actor.entity,
                          reason=f"no one named: answers {actor.name} ({actor.code}) named earlier")]
    return []


def _other_clause_between(sentence: Sentence, index: int, top: int) -> bool:
    """'exchanged fire despite a ceasefire agreed in Malaysia': Malaysia belongs to 'agreed'."""
    for token in ancestors(sentence, index):
        if token.index == top:
            return False
        if token.pos in ("VERB", "AUX"):
            return True
    return False


def _country_of_object(sentence: Sentence, index: int, required, resolver: Resolver,
                       sources: list[Actor]) -> list[Actor]:
    """'banned imports of Moldovan wine', 'ввёл пошлины на китайские товары': a measure against
    a country's goods or people is directed at that country."""
    heads = slot_tokens(sentence, index, "obj") + sorted(required)
    below = set(heads).union(*(subtree_indexes(sentence, h, depth=3) for h in heads)) if heads else set()
    for match in resolver.matches(sentence):
        if match.first in below and match.kind in ("country", "adjective", "capital"):
            code = match.entries[0].key
            if any(s.country == code for s in sources):
                continue
            return [Actor(code=code, country=code, role=None, name=sentence.tokens[match.first].text,
                          confidence=0.6, entity=code, reason=f"{match.entries[0].reason}: the measure's object")]
    return []


def _place_attacked(sentence: Sentence, index: int, resolver: Resolver) -> list[Actor]:
    """'нанес удар по позициям боевиков на юге Ливана': force used in a country is coded
    against that country when no other target is named."""
    below = subtree_indexes(sentence, index, depth=4)
    for match in resolver.matches(sentence):
        if match.first in below and match.kind in ("country", "capital", "city") and not _other_clause_between(
                sentence, match.first, index):
            code = match.entries[0].key
            return [Actor(code=code, country=code, role=None, name=sentence.tokens[match.first].text,
                          confidence=0.65, entity=code,
                          reason=f"{match.entries[0].reason}: the place where force was used")]
    return []


def _agent_of_event_noun(sentence: Sentence, head: int, resolver: Resolver, lang: str) -> list[Actor]:
    """'осудил визит на острова президента России': condemning an act targets whoever did it.
    The parser often hangs the doer under a prepositional phrase, so look a little deeper,
    for a person or an office (not a bare place, which is where the act happened)."""
    if not load_lexicon(lang).entries(sentence.tokens[head].lemma, "N"):
        return []
    for index in sorted(subtree_indexes(sentence, head, depth=3)):
        if sentence.tokens[index].pos not in ("NOUN", "PROPN"):
            continue
        found = [a for a in resolver.resolve(sentence, index).actors if a.role or a.code.startswith("IGO")]
        if found:
            return found
    return []


def _deep_target(sentence, index, entry, resolver, own: list[int]) -> list[Actor]:
    """Parsers attach long phrases wrongly ('приверженность курсу на углубление связей с
    Россией'): look for the entry's prepositions further down the trigger's own clause."""
    wanted = {slot for slot in entry.targets if slot not in ("obj", "iobj", "gen") and "_" not in slot}
    if not wanted:
        return []
    below = sorted(set().union(*(subtree_indexes(sentence, p, depth=5) for p in own)),
                   key=lambda i: abs(i - index))
    for head in below:
        if prepositions(sentence, head) & wanted:
            found = resolver.resolve(sentence, head).actors
            if found:
                return found
    return []


def _genitive_is_patient(entry: LexiconEntry) -> bool:
    """``арест активистов``: the genitive undergoes the act (the lexicon lists ``gen`` first);
    ``визит Путина``, ``разговор Токаева``: it acts."""
    return entry.pos == "N" and entry.targets[:1] == ("gen",) and "sym" not in entry.flags


def _actors(sentence: Sentence, heads: list[int], resolver: Resolver) -> list[Actor]:
    found: list[Actor] = []
    for head in heads:
        found += resolver.resolve(sentence, head).actors
    return found


def _counterpart(agreement) -> Actor:
    code = agreement.key
    return Actor(code=code, country=code if len(code) == 3 else None, role=None, name=agreement.phrase,
                 confidence=0.7, reason=f"{agreement.reason}: joining it is acting towards its counterpart")


LOCATIVE_CASES = {"Loc"}
PLACE_PREPOSITIONS = {"в", "во", "на", "in", "at"}


def _place_of_act(sentence: Sentence, index: int, resolver: Resolver, targets: list[Actor]) -> Actor | None:
    """'арестован на Мальдивах', 'was detained in Minsk': an act of state with no agent named is
    done by the authorities of the place where it happened, not of the person's country."""
    below = subtree_indexes(sentence, index, depth=3)
    for match in resolver.matches(sentence):
        token = sentence.tokens[match.first]
        if match.first not in below or match.kind not in ("country", "capital", "city"):
            continue
        if _other_clause_between(sentence, match.first, index):
            continue
        at = prepositions(sentence, match.first) & PLACE_PREPOSITIONS
        if at and (token.feats.get("Case") in LOCATIVE_CASES or "Case" not in token.feats):
            code = match.entries[0].key
            if any(t.code == code for t in targets):
                return None                  # the country itself is the target: its own authorities act
            return Actor(code=code, country=code, role=None, name=token.text, confidence=0.65, entity=code,
                         reason=f"{match.entries[0].reason}: the place of the act")
    return None


def _is_setting(sentence: Sentence, index: int) -> bool:
    """'во время допросов', 'during the talks': the noun is when something else happened."""
    position = noun_position(sentence, index)
    head = head_of(sentence, position)
    return bool(_setting_words(sentence, position) & SETTING_MARKERS) or (
        head is not None and head.lemma in SETTING_MARKERS)             # 'во время' parsed as a noun


def _setting_words(sentence: Sentence, index: int) -> set[str]:
    """The preposition words of a noun, with their fixed parts: 'во' + 'время', 'в' + 'ходе'."""
    words = prepositions(sentence, index)
    for case in children(sentence, index):
        if case.rel == "case":
            words |= {t.lemma for t in children(sentence, case.index) if t.rel == "fixed"}
    return words


def _in_a_clause(sentence: Sentence, index: int) -> bool:
    """A verb, or a noun that is an argument of a verb ('Протесты приняли ...', 'вышли на акцию'),
    not one buried in a noun phrase ('his role in the riots')."""
    token = sentence.tokens[index]
    if token.pos in ("VERB", "AUX") or token.rel == "root":
        return True
    head = head_of(sentence, index)
    return token.rel in ("nsubj", "nsubj:pass", "obj", "obl") and head is not None and head.pos in ("VERB", "AUX")


def _protesters_at(sentence: Sentence, index: int, resolver: Resolver) -> list[Actor]:
    """A protest with no one named as its doer, in a named place: the opposition of that country."""
    place = _place_of_act(sentence, index, resolver, [])
    if place is None:
        return []
    return [Actor(code=f"{place.country}OPP", country=place.country, role="OPP", name="(protesters)",
                  confidence=0.6, entity=place.country, reason=f"{place.reason}: protesters of the place")]


def _authorities_of(target: Actor) -> Actor:
    return Actor(code=f"{target.country}GOV", country=target.country, role="GOV", name="(authorities)",
                 confidence=0.7, reason=f"no agent named: the authorities of {target.country}")


def _same_party(actor: Actor, group: list[Actor]) -> bool:
    return any(actor.code == other.code or (actor.country and actor.country == other.country) for other in group)


def _distinct(source: Actor, target: Actor) -> bool:
    return source.code != target.code


def _unique(pairs: list[tuple[Actor, Actor, bool]]) -> list[tuple[Actor, Actor, bool]]:
    seen, result = set(), []
    for source, target, reciprocal in pairs:
        key = (source.code, target.code)
        if key not in seen:
            seen.add(key)
            result.append((source, target, reciprocal))
    return result
