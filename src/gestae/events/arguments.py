"""Who the parse names around a trigger: the subject or agent of its verb, the host verb of an
event noun ('провели переговоры', 'responded with air strikes'), the object slots its lexicon
entry lists, and the doer of an event noun in an object ('осудил визит ... президента России').
"""
from __future__ import annotations

from gestae.actors.resolve import Resolver
from gestae.events import cameo
from gestae.events.clause import CONTAINER_NOUNS, Clause, noun_position
from gestae.events.lexicon import LexiconEntry, load_lexicon
from gestae.events.modality import INTENT, REPORT, THREAT, light_verbs, modal_words
from gestae.events.roles import (
    GENITIVE_MARKERS,
    children,
    head_of,
    impersonal_agent,
    is_passive,
    passive_agent,
    prepositions,
    slot_tokens,
    subjects,
    subtree_indexes,
)
from gestae.lang import words
from gestae.records import Actor, Sentence

SETTING_MARKERS = words("setting-markers")                    # 'в ходе', 'во время': always a setting
SCENE_PREPOSITIONS = words("scene-prepositions")  # 'на переговорах', 'in an investigation'
MESSAGE_NOUNS = CONTAINER_NOUNS | words("message-nouns")     # what a participle's deed is done by
NOUN_AGENT_PREPOSITIONS = words("noun-agent-prepositions")     # 'an attack by', 'критика со стороны'
NOUN_JOINT_PREPOSITIONS = words("noun-joint-prepositions")     # 'talks between', 'переговоры между'
NOUN_SOURCE_PREPOSITIONS = words("noun-source-prepositions")   # 'criticism from', 'помощь от'
DEED_NOUNS = words("deed-nouns")               # 'этот шаг', 'the move': a deed named by reference


def subject_actors(sentence, index, entry, clause, resolver, passive, lang) -> list[Actor]:
    if entry.pos == "V":
        heads = passive_agent(sentence, index) if passive else doers(sentence, index)
        if not heads and clause.controller is not None:
            heads = doers(sentence, clause.controller)
        found = actors_at(sentence, heads, resolver)
        if not found and carried_by_a_message(sentence, index):
            found = actors_at(sentence, message_senders(sentence, head_of(sentence, index).index), resolver)
        return found
    host = light_host(sentence, index, clause, lang)
    if host is not None:
        heads = passive_agent(sentence, host) if is_passive(sentence, host) else doers(sentence, host)
        found = actors_at(sentence, heads, resolver)
        if found:
            return found
    owners = [] if genitive_is_patient(entry) else slot_tokens(sentence, index, "gen")
    adjectives = {m.first for m in resolver.matches(sentence) if m.kind == "adjective"}
    owners += [t.index for t in children(sentence, index) if t.rel == "amod" and t.index in adjectives]
    return actors_at(sentence, owners, resolver) or possessing_states(sentence, index, entry, resolver) \
        or actors_at(sentence, noun_agents(sentence, index, entry, lang), resolver)


def possessing_states(sentence: Sentence, index: int, entry: LexiconEntry, resolver: Resolver) -> list[Actor]:
    """'Russia's invasion', "Iraq's invasion of Kuwait", "NATO's offensive": where 'of' names
    the patient, a possessive state or organisation still acts. A possessive person undergoes
    such a deed ('Navalny's arrest', "Khashoggi's killing")."""
    if not genitive_is_patient(entry):
        return []
    heads = [t.index for t in children(sentence, index) if t.rel == "nmod:poss" and t.pos == "PROPN"]
    return [a for a in actors_at(sentence, heads, resolver) if a.role is None or a.entity == a.country]


REACTION_VERBS = words("reaction-verbs")       # 'drew criticism from Kyiv': the reaction is the event


def noun_agents(sentence: Sentence, index: int, entry: LexiconEntry, lang: str) -> list[int]:
    """Who an event noun's prepositions name as its doers: 'an attack by X', 'критика со стороны
    X', 'talks between X and Y' (each a doer), and 'criticism from X' where the code says 'from'
    is not the place left or fired from. Not for a noun that is the object of another event's
    verb: that is background to the act."""
    host = head_of(sentence, index)
    if host is not None and sentence.tokens[index].rel == "obj" and load_lexicon(lang).entries(host.lemma, "V") \
            and host.lemma not in REACTION_VERBS:
        return []                        # 'brokered the deal between X and Y': background of another act
    preps = set(NOUN_AGENT_PREPOSITIONS)
    if cameo.has(entry.code, "from-is-doer"):
        preps |= NOUN_SOURCE_PREPOSITIONS
    preps = (preps - set(entry.targets)) | NOUN_JOINT_PREPOSITIONS
    return [i for prep in sorted(preps) for i in slot_tokens(sentence, index, prep)]


def carried_by_a_message(sentence: Sentence, index: int) -> bool:
    """'a statement condemning X', 'заявление, осуждающее X', 'a letter urging China to': a
    participle on a statement or a letter is the deed the message does."""
    token, head = sentence.tokens[index], head_of(sentence, index)
    return (token.rel in ("acl", "amod") and token.pos == "VERB" and head is not None
            and head.lemma in MESSAGE_NOUNS)


def message_senders(sentence: Sentence, message: int) -> list[int]:
    """Who issued the message: its owner ('заявление МИД', "the ministry's statement") or the
    subject of the verb it is the object of ('issued a statement', 'распространил заявление')."""
    owners = slot_tokens(sentence, message, "gen")
    if owners:
        return owners
    host = head_of(sentence, message)
    if host is not None and host.pos == "VERB" and sentence.tokens[message].rel in ("obj", "nsubj:pass"):
        return subjects(sentence, host.index) or impersonal_agent(sentence, host.index)
    return []


def doers(sentence: Sentence, verb: int) -> list[int]:
    """The subject, or for an impersonal plural the institution its locative names ('в Кремле заявили')."""
    return subjects(sentence, verb) or impersonal_agent(sentence, verb)


FRAMING_KINDS = (REPORT, INTENT, THREAT)   # verbs that announce, promise or threaten a deed; a refusal answers another's


def light_host(sentence: Sentence, index: int, clause: Clause, lang: str) -> int | None:
    """The verb whose subject is the agent of a noun event: 'провели переговоры', 'нанесли
    удар', or any verb framing it as its setting: 'в ходе разговора договорились'."""
    index = noun_position(sentence, index)
    token = sentence.tokens[index]
    if clause.verb == index:
        return None
    if token.rel == "obj" and sentence.tokens[clause.verb].lemma in light_verbs(lang):
        return clause.verb
    if token.rel == "obl" and sets_the_scene(sentence, index, clause.verb, lang):
        return controlling_verb(sentence, clause.verb)
    if token.rel in ("obl", "obj") and modal_words(lang).get(sentence.tokens[clause.verb].lemma) in FRAMING_KINDS:
        return clause.verb              # "объявил о заморозке контактов", 'agreed to a rescue package': its subject acts
    if token.rel == "obl" and means_of_the_verb(sentence, index, lang):
        return clause.verb              # 'responded with air strikes', 'ответил ударами'
    return None


def controlling_verb(sentence: Sentence, verb: int) -> int:
    """'urged Iran to free the activists during talks in Tehran': the talks set the scene of the
    urging, whose subject took part, not of the deed asked for; climbs infinitive complements,
    of a verb or of its object ('defended Israel's right to defend itself during a visit')."""
    token = sentence.tokens[verb]
    while token.head >= 0:
        head = sentence.tokens[token.head]
        if token.rel == "xcomp" and head.pos == "VERB":
            token = head
        elif token.rel == "acl" and token.feats.get("VerbForm") == "Inf" and head.rel == "obj" and head.head >= 0 \
                and sentence.tokens[head.head].pos == "VERB":
            token = sentence.tokens[head.head]
        else:
            break
    return token.index


def means_of_the_verb(sentence: Sentence, index: int, lang: str) -> bool:
    """Force or sanctions as the means of a verb ('with' or the Russian instrumental): the
    verb's subject used them."""
    preps = prepositions(sentence, index)
    means = preps == {"with"} or (not preps and sentence.tokens[index].feats.get("Case") == "Ins")
    return means and any(cameo.has(e.code, "means") for e in load_lexicon(lang).entries(sentence.tokens[index].lemma, "N"))


def sets_the_scene(sentence: Sentence, index: int, host: int, lang: str) -> bool:
    """'в ходе разговора договорились', 'на переговорах заявили', 'questioned X in an
    investigation': the clause's subject took part in the setting event. Being there does not
    make a subject the doer of force or protest ('поддерживают Асада в сирийской войне', 'полиция
    задержала активистов во время акции протеста') unless its own verb is force too ('killed ...
    in an attack'), nor a passive subject the doer of anything."""
    preps = setting_words(sentence, index)
    if not preps & (SETTING_MARKERS | SCENE_PREPOSITIONS) or is_passive(sentence, host):
        return False
    lexicon = load_lexicon(lang)
    host_codes = [e.code for e in lexicon.entries(sentence.tokens[host].lemma, "V")]
    host_acts_too = any(cameo.has(code, "unshared-scene") for code in host_codes)   # 'killed ... in an attack'
    host_roots = {code[:2] for code in host_codes}
    return any(not cameo.has(e.code, "unshared-scene") or e.code[:2] in host_roots or host_acts_too
               for e in lexicon.entries(sentence.tokens[index].lemma, "N"))


def object_actors(sentence, index, entry, clause, resolver, passive, required=frozenset(), lang="ru") -> list[Actor]:
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
                    found.append(counterpart(resolution.agreement))
                if not found and slot == "obj":
                    found += agent_of_event_noun(sentence, head, resolver, lang) or doer_of_the_last_event(
                        sentence, head, resolver, lang)
            if found:
                return found
    if entry.pos == "N" and clause.verb != index and light_host(sentence, index, clause, lang) is not None:
        for slot in LIGHT_HOST_TARGET_SLOTS:         # 'told Putin in a phone call', 'наложил на «Майкрософт» штрафы'
            heads = [h for h in slot_tokens(sentence, clause.verb, slot) if h != index
                     and h != noun_position(sentence, index)]
            found = actors_at(sentence, heads, resolver)
            if found:
                return found
    return deep_target(sentence, index, entry, resolver, [index] + sorted(required))


# a support verb's own arguments that name the target of its event noun
LIGHT_HOST_TARGET_SLOTS = ("iobj", "obj", "на", "on", "против", "against")


def own_subject_named(sentence: Sentence, index: int, entry: LexiconEntry, clause: Clause) -> bool:
    """'officials said Gershkovich had visited ...': the deed has a subject of its own, even if it
    names no actor we know, so the speaker is not its doer. Only a subjectless deed ('said it
    would', 'заявил, что намерен') is the speaker's."""
    verb = index if entry.pos == "V" else clause.verb
    own = [i for i in subjects(sentence, verb)
           if sentence.tokens[i].pos in ("NOUN", "PROPN") and i not in clause.speaker]
    return bool(own)


def agent_of_event_noun(sentence: Sentence, head: int, resolver: Resolver, lang: str) -> list[Actor]:
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


def doer_of_the_last_event(sentence: Sentence, head: int, resolver: Resolver, lang: str) -> list[Actor]:
    """'condemned the launch', 'критиковали этот арест', 'назвали этот шаг «эскалацией»': an event
    noun, or a noun that names a deed by reference, with no doer refers back to the last event the
    text reported; condemning it targets whoever did it."""
    lexicon, lemma = load_lexicon(lang), sentence.tokens[head].lemma
    known = lexicon.entries(lemma, "N") or lexicon.entries(lemma, "V") or lemma in DEED_NOUNS
    if not known or not resolver.context.last_sources:
        return []                        # 'the launch', 'the test': nouns of deeds the lexicon knows as verbs
    return [Actor(code=a.code, country=a.country, role=a.role, name=a.name, confidence=a.confidence * 0.7,
                  entity=a.entity, reason=f"the doer of the event reported before ({a.code})")
            for a in resolver.context.last_sources]


def deep_target(sentence, index, entry, resolver, own: list[int]) -> list[Actor]:
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


def genitive_is_patient(entry: LexiconEntry) -> bool:
    """``арест активистов``: the genitive undergoes the act (the lexicon lists ``gen`` first);
    ``визит Путина``, ``разговор Токаева``: it acts."""
    first = entry.targets[:1]
    return entry.pos == "N" and bool(first) and (first[0] == "gen" or first[0] in GENITIVE_MARKERS) \
        and "sym" not in entry.flags                  # English rows write 'of' for the genitive


def actors_at(sentence: Sentence, heads: list[int], resolver: Resolver) -> list[Actor]:
    found: list[Actor] = []
    for head in heads:
        found += resolver.resolve(sentence, head).actors
    return found


def counterpart(agreement) -> Actor:
    code = agreement.key
    return Actor(code=code, country=code if len(code) == 3 else None, role=None, name=agreement.phrase,
                 confidence=0.7, reason=f"{agreement.reason}: joining it is acting towards its counterpart")


def is_setting(sentence: Sentence, index: int) -> bool:
    """'во время допросов', 'during the talks': the noun is when something else happened."""
    position = noun_position(sentence, index)
    head = head_of(sentence, position)
    return bool(setting_words(sentence, position) & SETTING_MARKERS) or (
        head is not None and head.lemma in SETTING_MARKERS)             # 'во время' parsed as a noun


def setting_words(sentence: Sentence, index: int) -> set[str]:
    """The preposition words of a noun, with their fixed parts: 'во' + 'время', 'в' + 'ходе'."""
    words = prepositions(sentence, index)
    for case in children(sentence, index):
        if case.rel == "case":
            words |= {t.lemma for t in children(sentence, case.index) if t.rel == "fixed"}
    return words


def in_a_clause(sentence: Sentence, index: int) -> bool:
    """A verb, or a noun that is an argument of a verb ('Протесты приняли ...', 'вышли на акцию'),
    not one buried in a noun phrase ('his role in the riots')."""
    token = sentence.tokens[index]
    if token.pos in ("VERB", "AUX") or token.rel == "root":
        return True
    head = head_of(sentence, index)
    return token.rel in ("nsubj", "nsubj:pass", "obj", "obl") and head is not None and head.pos in ("VERB", "AUX")


def same_party(actor: Actor, group: list[Actor]) -> bool:
    return any(actor.code == other.code or (actor.country and actor.country == other.country) for other in group)
