"""The clause a trigger sits in: asserted, intended, threatened, refused, reported or an
opinion; whether it is negated, blocked (a condition, a purpose) or planned; and the CAMEO code
that clause gives the deed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from gestae.events.lexicon import LexiconEntry
from gestae.events.modality import INTENT, OPINION, REFUSE, REPORT, SPECULATE, THREAT, modal_words, shift_code
from gestae.events.roles import ancestors, children, head_of, impersonal_agent, is_infinitive_complement, negated, subjects
from gestae.lang import words
from gestae.records import Sentence

QUESTION_PARTICLE = "ли"                 # natasha attaches it as advmod or discourse, not mark
CLAUSE_BLOCKERS = words("clause-blockers")
PLAN_WORDS = words("plan-words")
REPORT_RELS = {"ccomp", "parataxis", "advcl"}
REPORTED_FUTURE = words("reported-future")  # 'said it would': a plan stated, not a hypothesis
CONTAINER_NOUNS = words("container-nouns")


@dataclass(slots=True)
class Clause:
    verb: int                   # the verb carrying negation and subject (the trigger or its host)
    kind: str = "asserted"      # asserted | intent | threat | refuse | reported
    controller: int | None = None
    speaker: list[int] = field(default_factory=list)
    negated: bool = False


def read_clause(sentence: Sentence, index: int, entry: LexiconEntry, lang: str) -> Clause | None:
    """Rules: host verb of a noun, blocked clauses, modal and reporting governors, negation."""
    verb = _host_verb(sentence, index, entry)
    clause = Clause(verb=verb)
    if _blocked(sentence, verb, lang) or _not_yet(sentence, verb):
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
        elif entry.pos == "N" and current.index == index and current.rel == "obl" and kind == INTENT:
            if clause.controller is None:         # 'готова к переговорам', 'ready for talks'
                clause.kind, clause.controller = kind, governor.index
        elif current.rel in REPORT_RELS | {"xcomp"} and kind in (REPORT, OPINION):
            clause.speaker = subjects(sentence, governor.index) or impersonal_agent(sentence, governor.index)
            clause.kind = "reported" if clause.kind == "asserted" else clause.kind
            if kind == OPINION:
                clause.kind = OPINION
            break
        current = governor
    if clause.controller is None:
        for child in children(sentence, verb):
            if words.get(child.lemma) != SPECULATE or child.rel not in ("aux", "advmod"):
                continue
            if clause.kind == "reported" and child.lemma in REPORTED_FUTURE:
                clause.kind = INTENT     # 'said it would send troops': the future of the report
                continue
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


def _blocked(sentence: Sentence, verb: int, lang: str) -> bool:
    """Conditions, purposes and questions are not events: 'если Минск откажется', 'чтобы
    обсудить', 'спросил, предоставил ли Флинн', 'provide money to help fight the drug trade'."""
    for token in [sentence.tokens[verb]] + ancestors(sentence, verb, limit=2):
        if any((c.rel == "mark" and c.lemma in CLAUSE_BLOCKERS) or c.lemma == QUESTION_PARTICLE
               for c in children(sentence, token.index)) or _purpose(sentence, token, lang):
            return True
        if token.rel not in ("xcomp", "conj"):
            break
    return False


PURPOSE_MARKERS = words("purpose-markers")     # 'to' of an adverbial infinitive: 'came to fight'
INFINITIVE_HOSTS = words("infinitive-hosts")   # 'voted to launch', 'the first to visit': the content


def _purpose(sentence: Sentence, token, lang: str) -> bool:
    """An adverbial infinitive says what a deed was for, not that it was done; one under a verb
    of intent is its complement, whatever the parse ('offered on Tuesday to mediate')."""
    if token.rel != "advcl" or token.feats.get("VerbForm") != "Inf" or token.head < 0:
        return False
    host = sentence.tokens[token.head].lemma
    if modal_words(lang).get(host) in (INTENT, THREAT, REFUSE) or host in INFINITIVE_HOSTS:
        return False
    return any(c.lemma in PURPOSE_MARKERS and c.rel in ("aux", "mark") for c in children(sentence, token.index))


NOT_YET_HOSTS = words("not-yet-hosts")  # 'have yet to signal', 'is yet to decide'


def _not_yet(sentence: Sentence, verb: int) -> bool:
    """'Hungary and Slovakia have yet to signal their support': it has not happened."""
    token, head = sentence.tokens[verb], head_of(sentence, verb)
    return (token.rel == "xcomp" and head is not None and head.lemma in NOT_YET_HOSTS
            and any(c.lemma == "yet" for c in children(sentence, head.index)))


FUTURE_AUXILIARIES = words("future-auxiliaries")


def future_form(token) -> bool:
    """A verb form of the future: the tense, or 'будет' (natasha says Pres: 'будет депортирован')."""
    return token.feats.get("Tense") == "Fut" or (token.lemma == "быть" and token.text.lower().startswith("буд"))


def _future(sentence: Sentence, verb: int) -> bool:
    return future_form(sentence.tokens[verb]) or any(
        c.rel in ("aux", "aux:pass") and (future_form(c) or c.lemma in FUTURE_AUXILIARIES)
        for c in children(sentence, verb))


def _planned(sentence: Sentence, index: int) -> bool:
    near = children(sentence, index)
    head = head_of(sentence, index)
    if head is not None:
        near.append(head)
    return any(t.lemma in PLAN_WORDS for t in near)


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
