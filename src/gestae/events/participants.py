"""Who acts on whom around a trigger: subjects, agents and objects on the parse, partners of
setting and light-verb nouns, and the fallbacks when the text names no one (the place of the act,
one's own country, the party answered, the authorities).
"""
from __future__ import annotations

from gestae.actors.resolve import Resolver
from gestae.events.clause import Clause, noun_position
from gestae.events.lexicon import LexiconEntry, load_lexicon
from gestae.events.modality import REPORT, light_verbs, modal_words
from gestae.events.roles import (
    ancestors,
    children,
    complement_subjects,
    head_of,
    initiator,
    is_passive,
    passive_agent,
    prepositions,
    slot_tokens,
    subjects,
    subtree_indexes,
)
from gestae.records import Actor, Sentence

# yielding and investigating with no one named act on the actor's own country
DOMESTIC_CODES = {"081", "083", "090", "091", "092", "093",      # yield, investigate
                  "140", "141", "142", "143", "144", "145",      # protest against one's own rulers
                  "172"}                                        # curfew, martial law, bans
STATE_ROLES = {"GOV", "JUD", "COP", "MIL", "LEG", "SPY"}
PLACE_TARGET_ROOTS = {"087", "15", "18", "19", "20"}
SETTING_MARKERS = {"ход", "время", "during", "amid"}         # 'в ходе', 'во время': always a setting
SCENE_PREPOSITIONS = {"в", "во", "на", "in", "at"}           # 'на переговорах', 'in an investigation'
MEANS_ROOTS = {"16", "17", "18", "19", "20"}                # sanctions and force as someone's means
UNSHARED_SCENES = {"14", "15", "18", "19", "20"}            # protest, force: being there is not doing it
LOCATIVE_CASES = {"Loc"}
ORIGIN_PREPOSITIONS = frozenset({"from", "из", "с", "со"})     # 'arrived from Poland'


def participants(sentence: Sentence, index: int, entry: LexiconEntry, clause: Clause,
                 resolver: Resolver, lang: str = "ru",
                 required: frozenset[int] = frozenset()) -> tuple[list[Actor], list[Actor], bool, list[str]]:
    notes: list[str] = []
    passive = entry.pos == "V" and is_passive(sentence, index)
    sources = _sources(sentence, index, entry, clause, resolver, passive, lang)
    targets = [t for t in _targets(sentence, index, entry, clause, resolver, passive, required, lang)
               if not any(t is s for s in sources)]
    if "passive" in entry.flags and sources and targets:     # 'попал в плен к X', 'came under fire from X':
        sources, targets = targets, sources                  # the subject undergoes what the slot does
        notes.append("undergoer-subject")
    if not targets and entry.pos == "V" and sentence.tokens[index].rel == "conj":
        head = head_of(sentence, index)          # 'blamed Israel ... and vowed revenge'
        if head is not None and head.pos == "VERB":
            targets = [t for t in actors_at(sentence, slot_tokens(sentence, head.index, "obj"), resolver)
                       if not same_party(t, sources)]
            if targets:
                notes.append("object-of-coordinated-verb")
    if "intent" in entry.flags:              # 'demanded that Russia withdraw': Russia is asked
        addressees = [t for t in actors_at(sentence, complement_subjects(sentence, index), resolver)
                      if not same_party(t, sources)]
        if addressees:
            targets = addressees
            notes.append("addressee-of-complement")
    if not sources and entry.code[:2] == "14" and _in_a_clause(sentence, index):
        sources = _protesters_at(sentence, index, resolver)      # 'протесты в Софии', 'protests in Tbilisi'
        if sources:
            notes.append("protesters-of-the-place")
    if not targets and entry.code[:3] in DOMESTIC_CODES and sources and not _is_setting(sentence, index) \
            and not (entry.code[:2] == "14" and any(s.role == "GOV" for s in sources)):
        targets = [_home_country(s) for s in sources if s.country]
        if targets:
            notes.append("domestic")
    if not targets and (entry.code[:3] == "016" or entry.code[:2] == "13") and sources:
        targets = _earlier_other_party(resolver, sources, sentence.tokens[index].start)
        if targets:                     # 'Москва отвергала эти обвинения', 'warned of consequences'
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
    if not targets and entry.code[:3] == "042" and sources:
        targets = [t for t in _place_attacked(sentence, index, resolver, ORIGIN_PREPOSITIONS, "the place visited")
                   if not same_party(t, sources)]
        if targets:                      # 'visited Hiroshima': the host country of the place visited
            notes.append("place-visited")
    if not targets and entry.code[:2] == "15" and sources and all(s.country for s in sources):
        targets = _other_country_named(sentence, resolver, sources)      # 'raised its alert after North Korea fired'
        notes.append("posture-towards-other-party" if targets else "domestic")
        targets = targets or [_home_country(s) for s in sources]          # 'deployed riot police'
    if not targets and entry.pos == "N" and not _genitive_is_patient(entry):
        owners = actors_at(sentence, slot_tokens(sentence, index, "gen"), resolver)
        targets = [o for o in owners if not same_party(o, sources)]
    starter = initiator(sentence, index) or (initiator(sentence, clause.verb) if clause.verb != index else [])
    initiated = False
    if starter:
        first = actors_at(sentence, starter, resolver)
        if first:
            others = [a for a in sources + targets if not same_party(a, first)]
            sources, targets, initiated = first, others, True
            notes.append("initiative")
    if not sources and clause.speaker and not _own_subject_named(sentence, index, entry, clause):
        sources = actors_at(sentence, clause.speaker, resolver)
        if sources:
            notes.append("speaker-as-source")
    if not sources and "state" in entry.flags and targets:
        place = _place_of_act(sentence, index, resolver, targets)
        sources = [_authorities_of(place)] if place else [_authorities_of(t) for t in targets if t.country]
        if sources:
            notes.append("state-default-source")
    if sources and entry.code[:2] >= "14":
        resolver.context.last_sources = sources          # for a later 'condemned the launch'
    return sources, targets, initiated, notes


def _sources(sentence, index, entry, clause, resolver, passive, lang) -> list[Actor]:
    if entry.pos == "V":
        heads = passive_agent(sentence, index) if passive else subjects(sentence, index)
        if not heads and clause.controller is not None:
            heads = subjects(sentence, clause.controller)
        return actors_at(sentence, heads, resolver)
    host = _light_host(sentence, index, clause, lang)
    if host is not None:
        heads = passive_agent(sentence, host) if is_passive(sentence, host) else subjects(sentence, host)
        found = actors_at(sentence, heads, resolver)
        if found:
            return found
    owners = [] if _genitive_is_patient(entry) else slot_tokens(sentence, index, "gen")
    adjectives = {m.first for m in resolver.matches(sentence) if m.kind == "adjective"}
    owners += [t.index for t in children(sentence, index) if t.rel == "amod" and t.index in adjectives]
    return actors_at(sentence, owners, resolver)      # 'российский визит', not 'военный парад'


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
    if token.rel == "obl" and _means_of_the_verb(sentence, index, lang):
        return clause.verb              # 'responded with air strikes', 'ответил ударами'
    return None


def _means_of_the_verb(sentence: Sentence, index: int, lang: str) -> bool:
    """Force or sanctions as the means of a verb ('with' or the Russian instrumental): the
    verb's subject used them."""
    preps = prepositions(sentence, index)
    means = preps == {"with"} or (not preps and sentence.tokens[index].feats.get("Case") == "Ins")
    return means and any(e.code[:2] in MEANS_ROOTS for e in load_lexicon(lang).entries(sentence.tokens[index].lemma, "N"))


def _sets_the_scene(sentence: Sentence, index: int, host: int, lang: str) -> bool:
    """'в ходе разговора договорились', 'на переговорах заявили', 'questioned X in an
    investigation': the clause's subject took part in the setting event. Being there does not
    make a subject the doer of force or protest ('поддерживают Асада в сирийской войне', 'полиция
    задержала активистов во время акции протеста') unless its own verb is force too ('killed ...
    in an attack'), nor a passive subject the doer of anything."""
    preps = _setting_words(sentence, index)
    if not preps & (SETTING_MARKERS | SCENE_PREPOSITIONS) or is_passive(sentence, host):
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
                    found += _agent_of_event_noun(sentence, head, resolver, lang) or _doer_of_the_last_event(
                        sentence, head, resolver, lang)
            if found:
                return found
    if entry.pos == "N" and clause.verb != index and _light_host(sentence, index, clause, lang) is not None:
        for slot in ("iobj", "obj"):                 # 'told Putin in a phone call'
            heads = [h for h in slot_tokens(sentence, clause.verb, slot) if h != index
                     and h != noun_position(sentence, index)]
            found = actors_at(sentence, heads, resolver)
            if found:
                return found
    return _deep_target(sentence, index, entry, resolver, [index] + sorted(required))


def _own_subject_named(sentence: Sentence, index: int, entry: LexiconEntry, clause: Clause) -> bool:
    """'officials said Gershkovich had visited ...': the deed has a subject of its own, even if it
    names no actor we know, so the speaker is not its doer. Only a subjectless deed ('said it
    would', 'заявил, что намерен') is the speaker's."""
    verb = index if entry.pos == "V" else clause.verb
    own = [i for i in subjects(sentence, verb)
           if sentence.tokens[i].pos in ("NOUN", "PROPN") and i not in clause.speaker]
    return bool(own)


def _home_country(actor: Actor) -> Actor:
    """Protesters act on their own rulers; rulers who yield or investigate, on their country."""
    role = None if (actor.role or "")[:3] in STATE_ROLES else "GOV"
    implied = "(its own government)" if role == "GOV" else "(its own country)"    # no words name it
    return Actor(code=actor.country + (role or ""), country=actor.country, role=role, name=implied,
                 confidence=0.6, entity=actor.country, reason=f"no target named: {actor.country}'s own affairs")


def _other_country_named(sentence: Sentence, resolver: Resolver, sources: list[Actor]) -> list[Actor]:
    """A show of force with no one named is aimed at the other country its sentence names."""
    for match in resolver.matches(sentence):
        code = match.entries[0].key
        if match.kind in ("country", "adjective", "capital") and not any(s.country == code for s in sources):
            return [Actor(code=code, country=code, role=None, name=sentence.tokens[match.first].text,
                          confidence=0.55, entity=code, reason=f"{match.entries[0].reason}: the other party named")]
    return []


def _earlier_other_party(resolver: Resolver, sources: list[Actor], before: int) -> list[Actor]:
    """A denial or a warning with no one named answers the last other party the text named."""
    for actor, _ in reversed(resolver.context.salient[-8:]):
        if actor.country and not same_party(actor, sources) and actor.start < before:
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
    if sentence.tokens[index].pos in ("NOUN", "PROPN"):   # 'tariffs on imports from Mexico'
        heads += [t.index for t in children(sentence, index) if t.rel in ("nmod", "obl")]
    below = set(heads).union(*(subtree_indexes(sentence, h, depth=3) for h in heads)) if heads else set()
    for match in resolver.matches(sentence):
        if match.first in below and match.kind in ("country", "adjective", "capital"):
            code = match.entries[0].key
            if any(s.country == code for s in sources):
                continue
            return [Actor(code=code, country=code, role=None, name=sentence.tokens[match.first].text,
                          confidence=0.6, entity=code, reason=f"{match.entries[0].reason}: the measure's object")]
    return []


def _place_attacked(sentence: Sentence, index: int, resolver: Resolver, skip: frozenset[str] = frozenset(),
                    why: str = "the place where force was used") -> list[Actor]:
    """'нанес удар по позициям боевиков на юге Ливана': force used in a country is coded
    against that country when no other target is named (and a place visited gives its host,
    not the place one came from: ``skip`` prepositions)."""
    for match in _places_below(sentence, index, resolver, depth=4):
        if not prepositions(sentence, match.first) & skip:
            return [_place_actor(sentence, match, why)]
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


def _doer_of_the_last_event(sentence: Sentence, head: int, resolver: Resolver, lang: str) -> list[Actor]:
    """'condemned the launch', 'критиковали этот арест': an event noun that names no doer refers
    back to the last event the text reported; condemning it targets whoever did it."""
    lexicon, lemma = load_lexicon(lang), sentence.tokens[head].lemma
    if not (lexicon.entries(lemma, "N") or lexicon.entries(lemma, "V")) or not resolver.context.last_sources:
        return []                        # 'the launch', 'the test': nouns of deeds the lexicon knows as verbs
    return [Actor(code=a.code, country=a.country, role=a.role, name=a.name, confidence=a.confidence * 0.7,
                  entity=a.entity, reason=f"the doer of the event reported before ({a.code})")
            for a in resolver.context.last_sources]


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


def actors_at(sentence: Sentence, heads: list[int], resolver: Resolver) -> list[Actor]:
    found: list[Actor] = []
    for head in heads:
        found += resolver.resolve(sentence, head).actors
    return found


def _counterpart(agreement) -> Actor:
    code = agreement.key
    return Actor(code=code, country=code if len(code) == 3 else None, role=None, name=agreement.phrase,
                 confidence=0.7, reason=f"{agreement.reason}: joining it is acting towards its counterpart")


def _place_of_act(sentence: Sentence, index: int, resolver: Resolver, targets: list[Actor]) -> Actor | None:
    """'арестован на Мальдивах', 'was detained in Minsk': an act of state with no agent named is
    done by the authorities of the place where it happened, not of the person's country."""
    for match in _places_below(sentence, index, resolver, depth=3):
        token = sentence.tokens[match.first]
        at = prepositions(sentence, match.first) & SCENE_PREPOSITIONS        # where it happened
        if at and (token.feats.get("Case") in LOCATIVE_CASES or "Case" not in token.feats):
            if any(t.code == match.entries[0].key for t in targets):
                return None                  # the country itself is the target: its own authorities act
            return _place_actor(sentence, match, "the place of the act")
    return None


def _places_below(sentence: Sentence, index: int, resolver: Resolver, depth: int):
    """Countries, capitals and cities named below a trigger, in its own clause."""
    below = subtree_indexes(sentence, index, depth=depth)
    for match in resolver.matches(sentence):
        if match.first in below and match.kind in ("country", "capital", "city") \
                and not _other_clause_between(sentence, match.first, index):
            yield match


def _place_actor(sentence: Sentence, match, why: str) -> Actor:
    code = match.entries[0].key
    return Actor(code=code, country=code, role=None, name=sentence.tokens[match.first].text, confidence=0.65,
                 entity=code, reason=f"{match.entries[0].reason}: {why}")


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
    head = head_of(sentence, index)
    if place is None and head is not None and sentence.tokens[index].rel == "nsubj":
        place = _place_of_act(sentence, head.index, resolver, [])   # 'в Киеве проходят акции протеста'
    if place is None:
        return []
    return [Actor(code=f"{place.country}OPP", country=place.country, role="OPP", name="(protesters)",
                  confidence=0.6, entity=place.country, reason=f"{place.reason}: protesters of the place")]


def _authorities_of(target: Actor) -> Actor:
    return Actor(code=f"{target.country}GOV", country=target.country, role="GOV", name="(authorities)",
                 confidence=0.7, reason=f"no agent named: the authorities of {target.country}")


def same_party(actor: Actor, group: list[Actor]) -> bool:
    return any(actor.code == other.code or (actor.country and actor.country == other.country) for other in group)
