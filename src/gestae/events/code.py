"""Where a sentence becomes events: triggers from the lexicon, actors on the parse, CAMEO out.

The steps for each trigger are small named rules: ``clause.py`` reads the clause it sits in
(asserted, intent, threat, refused, reported, commentary) and the code that gives the deed,
``participants.py`` finds the source and target, and ``frame.py`` puts them together and
records in ``rule`` every rule that changed the result.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from gestae.actors.context import DocumentContext
from gestae.actors.kb import ADJECTIVE, CAPITAL, CITY, COUNTRY, IGO, PERSON, ROLE, SEAT, SURNAME, KnowledgeBase, default_kb
from gestae.actors.phrases import PERSON_TYPES
from gestae.actors.resolve import FIRST_PERSON, PERSONAL_PRONOUNS, Resolver
from gestae.events import cameo, confidence
from gestae.events.arguments import SETTING_MARKERS, carried_by_a_message, is_setting
from gestae.events.clause import FUTURE_AUXILIARIES, future_form
from gestae.events.dates import EventDate, event_date
from gestae.events.epithet import epithets
from gestae.events.explain import Trace
from gestae.events.frame import Decision, Frame, frame_for
from gestae.events.lexicon import HAND, NOT_AN_EVENT, NOTHING_NAMED, Lexicon, LexiconEntry, NamedWords, load_lexicon, nearby_words
from gestae.events.modality import INTENT, REFUSE, REPORT, THREAT, modal_words
from gestae.events.obligation import obligations
from gestae.events.roles import ancestors, children, is_infinitive_complement, subjects, subtree_indexes
from gestae.lang import words
from gestae.records import Document, Event, Sentence, event_id_for

log = logging.getLogger(__name__)

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
MAX_TRIGGER_SPAN = 80
ACTOR_KINDS = {COUNTRY, ADJECTIVE, CAPITAL, SEAT, IGO, PERSON, SURNAME, ROLE}
PLACE_KINDS = {COUNTRY, CAPITAL, CITY}


@dataclass(slots=True)
class Trigger:
    index: int
    entry: LexiconEntry
    first: int             # token span of the trigger words (trigger + its required words)
    last: int
    required: frozenset[int] = frozenset()


def code_document(document: Document, sentences: list[Sentence], lang: str,
                  kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None,
                  trace: Trace | None = None) -> list[Event]:
    """The events of one analysed document; ``trace`` collects every trigger's decisions."""
    kb = kb or default_kb(lang)
    lexicon = lexicon or load_lexicon(lang)
    context = DocumentContext()
    resolver = Resolver(kb, context, document.date)
    events: list[Event] = []
    dated: dict[str, str] = {}                       # trigger lemma -> explicit date
    settings: dict[int, set[str]] = {}               # sentence start -> lemmas of its setting nouns
    for sentence in sentences:
        settings[sentence.start] = setting_lemmas(sentence)
        when = event_date(sentence.text, document.date, lang, speaks_of_the_future(sentence))
        resolver.day = when.value or document.date
        resolver.note_people(sentence)
        if sentence.commentary:
            if trace is not None:
                trace.sentence(sentence, "commentary (an interview answer, a question or an opinion): not coded")
            continue
        context.note_speakers(sentence, speakers_in(sentence, lang))
        named = named_words(sentence, resolver)
        found = [t for t in find_triggers(sentence, lexicon, named) if not _names_an_actor(t, resolver, sentence)]
        laid, undone = obligations(sentence, resolver, lang)
        found = [t for t in found if t.index not in undone] + [Trigger(o.index, o.entry, o.index, o.index) for o in laid]
        found += [Trigger(i, entry, i, i) for i, entry in epithets(sentence, lang, {t.index for t in found})]
        triggers = drop_appealed_deeds(sentence, drop_controllers(sentence, found, lang))
        if trace is not None:
            trace.candidates(sentence, lexicon, found, triggers, named)
        for trigger in triggers:
            decision = frame_for(sentence, trigger.index, trigger.entry, resolver, lang, trigger.required)
            note_the_deed(context, trigger, decision)
            frame = decision.frame
            new = _events_from(document, sentence, trigger, frame, when, lang) if frame else []
            if trace is not None:
                trace.trigger(sentence, trigger, decision, new)
            if frame is None:
                continue
            if new and when.source == "explicit":
                dated.setdefault(sentence.tokens[trigger.index].lemma, new[0].date)
            events.extend(new)
            context.note_event_parties(frame.sources, frame.targets)
            if not frame.targets:
                context.note_joint_act(sentence.index, frame.sources)
    anchor_dates(events, settings, dated)
    carry_dates_to_followups(events, sentences)
    kept = generic_gives_way(deduplicate(events))
    if trace is not None:
        for event in events:
            if not any(event is k for k in kept):
                trace.dropped_late(event, "dropped: the same dyad and code reported better elsewhere in the "
                                          "document, or a generic code giving way to a specific one")
    return kept


def speaks_of_the_future(sentence: Sentence) -> bool:
    """A verb in the future tense ('посетит', 'будет подписано') or with 'will'."""
    return any(future_form(t) or (t.rel == "aux" and t.lemma in FUTURE_AUXILIARIES) for t in sentence.tokens)


def note_the_deed(context: DocumentContext, trigger: Trigger, decision: Decision) -> None:
    """Whoever did an act of material conflict is remembered for a later 'condemned the launch',
    even when the act itself gave no event (no target named), and whom it was done to for a later
    'claimed responsibility'."""
    scene = decision.scene
    if scene is None or cameo.lookup(trigger.entry.code).quad_class != 4:
        return
    if scene.sources:
        context.last_sources = scene.sources
    if scene.targets:
        context.last_victims = scene.targets      # for a later 'claimed responsibility'




def setting_lemmas(sentence: Sentence) -> set[str]:
    """'в ходе разговора', 'во время визита', 'during the call': the event a sentence is set in."""
    markers = {}
    for token in sentence.tokens:                    # 'в' <-case- noun, 'ходе' <-fixed- 'в'
        if token.rel in ("case", "fixed") and token.lemma in SETTING_MARKERS:
            holder = sentence.tokens[token.head] if token.head >= 0 else None
            if holder is not None and holder.rel == "fixed" and holder.head >= 0:
                holder = sentence.tokens[holder.head]
            if holder is not None and holder.rel == "case" and holder.head >= 0:
                holder = sentence.tokens[holder.head]
            if holder is not None:
                markers[holder.index] = holder.lemma
    for token in sentence.tokens:                    # 'ходе' as a noun: 'в ходе' + nmod
        if token.rel == "nmod" and token.head >= 0 and sentence.tokens[token.head].lemma in SETTING_MARKERS:
            markers[token.index] = token.lemma
    return set(markers.values())


def anchor_dates(events: list[Event], settings: dict[int, set[str]], dated: dict[str, str]) -> None:
    """An undated event said to happen during a dated one ('в ходе разговора стороны
    подчеркнули ...') takes that event's date."""
    for event in events:
        if event.date_source in ("explicit", "relative"):
            continue
        for lemma in settings.get(event.sentence_start, ()):
            if lemma in dated:
                event.date, event.date_source = dated[lemma], "anchored"
                break


FOLLOWUP_SENTENCES = 3
EARLIER_MARKERS = words("earlier-markers")


def carry_dates_to_followups(events: list[Event], sentences: list[Sentence]) -> None:
    """'10 января состоялся разговор Токаева с Нетаньяху. ... Премьер-министр Израиля поблагодарил
    ...': an undated event between the same two countries a sentence or three after a dated one
    continues its story and takes its date, unless it says it happened earlier. Not for events
    within one country: a trial, its appeal and the verdict years later share the pair."""
    order = {sentence.start: position for position, sentence in enumerate(sentences)}
    dated: list[tuple[int, frozenset, str]] = []
    for event in sorted(events, key=lambda e: (order.get(e.sentence_start, 0), e.trigger_start)):
        position = order.get(event.sentence_start, 0)
        pair = frozenset((event.source_country or event.source, event.target_country or event.target))
        if event.date_source in ("explicit", "anchored"):
            dated.append((position, pair, event.date))
            continue
        if event.date_source not in ("publication", "none") or len(pair) < 2 or _says_earlier(sentences[position]):
            continue                     # domestic pairs recur across a story's years: no carrying
        for where, other, day in reversed(dated):
            if 0 < position - where <= FOLLOWUP_SENTENCES and other == pair:
                event.date, event.date_source = day, "anchored"
                break


def _says_earlier(sentence: Sentence) -> bool:
    return any(token.lemma in EARLIER_MARKERS for token in sentence.tokens)


def _precedence(entry: LexiconEntry) -> tuple[bool, int]:
    """A hand-written entry whose conditions are met wins over a converted one, then the entry
    with more conditions: the converted rows only fill what the hand rows leave."""
    return entry.layer == HAND, entry.specificity


def find_triggers(sentence: Sentence, lexicon: Lexicon, named: NamedWords = NOTHING_NAMED) -> list[Trigger]:
    """``named``: the words that name an actor or a place, for ``@actor`` and ``@place`` conditions."""
    triggers = []
    for token in sentence.tokens:
        pos = "V" if token.pos in VERB_POS else "N" if token.pos in NOUN_POS else None
        if pos is None or _attributive_participle(sentence, token):
            continue
        entries = lexicon.entries(token.lemma, pos)
        if not entries:
            continue
        nearby = nearby_words(sentence, token.index, named)
        fitting = [e for e in entries if all(cond & nearby for cond in e.requires)]
        if not fitting:
            continue
        entry = max(fitting, key=_precedence)      # max keeps the first of equals
        if entry.code == NOT_AN_EVENT:
            continue
        required = _required_tokens(sentence, token.index, entry)
        first, last = _trigger_span(token.index, required, sentence)
        triggers.append(Trigger(token.index, entry, first, last, required))
    absorbed = {i for t in triggers for i in t.required}
    return [t for t in triggers if t.index not in absorbed]


def named_words(sentence: Sentence, resolver: Resolver) -> NamedWords:
    """Words that may name an actor (knowledge-base actors, people the tagger found, personal
    pronouns) and words that name a place (countries, capitals, towns)."""
    matches = resolver.matches(sentence)
    found = {i for m in matches if m.kind in ACTOR_KINDS for i in range(m.first, m.last + 1)}
    found |= {i for m in sentence.mentions if m.type in PERSON_TYPES for i in m.tokens}
    found |= {t.index for t in sentence.tokens if t.pos == "PRON" and t.lemma in PERSONAL_PRONOUNS}
    places = {i for m in matches if m.kind in PLACE_KINDS for i in range(m.first, m.last + 1)}
    return NamedWords(frozenset(found), frozenset(places))


def speakers_in(sentence: Sentence, lang: str) -> list[int]:
    """Who speaks in the sentence ('said Kemp', 'заявил Песков'): the subjects of its verbs of
    saying, for the 'I' and 'we' of what they are quoted as saying."""
    return [index for token in sentence.tokens
            if token.pos == "VERB" and modal_words(lang).get(token.lemma) == REPORT
            for index in subjects(sentence, token.index) if sentence.tokens[index].lemma not in FIRST_PERSON]


def _names_an_actor(trigger: Trigger, resolver: Resolver, sentence: Sentence) -> bool:
    """'Demonstrators gathered', 'протестующие': a noun the knowledge base knows as an actor
    (a role) names who acts; the event is its verb's, never the noun itself."""
    return trigger.entry.pos == "N" and any(
        m.kind == "role" and m.first <= trigger.index <= m.last for m in resolver.matches(sentence))


def _attributive_participle(sentence: Sentence, token) -> bool:
    """'осуждённых украинцев', 'введённым санкциям', 'преследовавших его травм': a participle
    describing a noun tells background, not news; the event it names is coded where it is reported."""
    if token.feats.get("VerbForm") != "Part" or token.feats.get("Variant") == "Short":
        return False                     # 'что Бхутто освобождена' is a predicate
    if carried_by_a_message(sentence, token.index):
        return False                     # 'заявление, осуждающее X': the statement's deed
    if token.rel == "amod":
        return True
    undeclined = "Case" not in token.feats          # English; Russian participles decline
    return token.rel == "acl" and not (undeclined and any(
        c.rel == "obj" for c in children(sentence, token.index)))   # 'police questioned X': a misparsed verb


def _required_tokens(sentence: Sentence, index: int, entry: LexiconEntry) -> frozenset[int]:
    """The words a conditional entry needed ('выразил протест'): they are part of its trigger,
    not triggers of their own."""
    if not entry.requires:
        return frozenset()
    wanted = set().union(*entry.requires)
    below = subtree_indexes(sentence, index)
    return frozenset(i for i in below if sentence.tokens[i].lemma in wanted)


def drop_controllers(sentence: Sentence, triggers: list[Trigger], lang: str) -> list[Trigger]:
    """'договорились поддерживать контакты': the deed, shifted to an intent, says more than
    the agreeing verb, so a modal trigger with a coded deed under it gives way."""
    words = modal_words(lang)
    deeds = {t.index for t in triggers}
    return [t for t in triggers
            if not (words.get(sentence.tokens[t.index].lemma) in (INTENT, THREAT, REFUSE)
                    and any(c.index in deeds and (c.rel == "ccomp" or is_infinitive_complement(sentence, c.index))
                            for c in children(sentence, t.index)))]


def drop_appealed_deeds(sentence: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """'призвал сообщество оказать давление на Израиль': the appeal is the event; the deed it
    asks for has not happened. Deeds under an appeal, demand, offer or promise are dropped; a
    setting is not asked for but when the asking happened ('urged ... during a visit to Tel Aviv')."""
    asking = {t.index for t in triggers if "intent" in t.entry.flags}
    kept = []
    for trigger in triggers:
        token = sentence.tokens[trigger.index]
        if trigger.entry.pos == "N" and is_setting(sentence, trigger.index):
            kept.append(trigger)
            continue
        verb = trigger.index
        if trigger.entry.pos == "N" and token.rel in ("obj", "obl") and token.head >= 0:
            verb = token.head
        chain = [verb] + [a.index for a in ancestors(sentence, verb, limit=2)]
        governed = any(sentence.tokens[i].rel in ("xcomp", "ccomp") and sentence.tokens[i].head in asking
                       for i in chain[:2])
        if not governed:
            kept.append(trigger)
    return kept


def generic_gives_way(events: list[Event]) -> list[Event]:
    """'в ходе разговора' (040) after 'телефонный разговор' (041) for the same pair is the same
    event said vaguely: a root's generic code (x0) yields to a specific code of that root."""
    specific = {(e.source, e.target, e.root) for e in events if not e.code.endswith("0")}
    return [e for e in events if not (len(e.code) == 3 and e.code.endswith("0")
                                      and (e.source, e.target, e.root) in specific)]


def _trigger_span(index: int, required: frozenset[int], sentence: Sentence) -> tuple[int, int]:
    """The trigger word and the words its entry required ('выразило ... протест'), if close."""
    first, last = min(required | {index}), max(required | {index})
    if sentence.tokens[last].stop - sentence.tokens[first].start > MAX_TRIGGER_SPAN:
        return index, index
    return first, last


def _events_from(document: Document, sentence: Sentence, trigger: Trigger, frame: Frame,
                 when: EventDate, lang: str) -> list[Event]:
    info = cameo.lookup(frame.code)
    first, last = sentence.tokens[trigger.first], sentence.tokens[trigger.last]
    events = []
    for source, target, reciprocal in frame.pairs():
        sure = round(min(0.99, frame.confidence * min(source.confidence, target.confidence)
                         * (0.9 if reciprocal else 1.0)), 3)
        basis = confidence.features(trigger.entry, frame.modality, frame.notes, source, target, reciprocal,
                                    when.source, first.start, lang)
        events.append(Event(
            event_id=event_id_for(document.id, source.code, target.code, info.code, first.start),
            doc_id=document.id, date=when.value.isoformat() if when.value else None,
            date_source=when.source,
            source=source.code, source_country=source.country, source_name=source.name,
            target=target.code, target_country=target.country, target_name=target.name,
            code=info.code, root=info.root, name=info.name, quad_class=info.quad_class,
            goldstein=info.goldstein, plover=info.plover, plover_mode=info.plover_mode,
            confidence=sure, sentence=sentence.text, sentence_start=sentence.start,
            trigger=document.text[first.start:last.stop], trigger_start=first.start,
            trigger_end=last.stop, rule=frame.rule, lang=lang,
            source_role=source.role, target_role=target.role,
            source_reason=source.reason, target_reason=target.reason,
            modality=frame.modality, reciprocal=reciprocal,
            confidence_basis={name: value for name, value in basis.items() if value},
        ))
    return events


def deduplicate(events: list[Event]) -> list[Event]:
    """One event per (source, target, code) in a document, at country level: the best-evidenced
    and most specific report of it."""
    best: dict[tuple[str, str, str, str], Event] = {}
    order: list[tuple[str, str, str, str]] = []
    for event in events:
        key = (event.doc_id, event.source_country or event.source, event.target_country or event.target,
               event.code)                       # 'RUS' and 'RUSGOV' in one text are one party
        if key not in best:
            order.append(key)
            best[key] = event
        elif _evidence_rank(event) > _evidence_rank(best[key]):
            best[key] = event
    return [best[key] for key in order]


def _evidence_rank(event: Event) -> tuple:
    dated = {"explicit": 3, "anchored": 3, "relative": 2, "publication": 1, "none": 0}[event.date_source]
    specific = bool(event.source_role) + bool(event.target_role)
    return (not event.reciprocal, dated, specific, event.confidence)
