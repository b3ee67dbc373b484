"""'Baker said Brazil should come up with a new plan', 'посол заявил, что Белград должен решить
вопрос': an obligation a speaker lays on someone else is the speaker's appeal ('should', 02x) or
demand ('must', 10x) to them. The deed it asks for has not happened, so it is not coded; in
English a deed under 'should' or 'must' is never coded as done, whoever says it.
"""
from __future__ import annotations

from dataclasses import dataclass

from gestae.actors.resolve import Resolver
from gestae.events.arguments import actors_at
from gestae.events.clause import Clause, read_clause
from gestae.events.lexicon import LexiconEntry
from gestae.events.roles import children, subjects
from gestae.lang import words
from gestae.records import Actor, Sentence

APPEAL_MODALS = words("obligation-appeal")     # should, ought
DEMAND_MODALS = words("obligation-demand")     # must; должен, обязан
UNDONE_MODALS = words("obligation-undone")     # English: the deed under them is not done
APPEAL, DEMAND = "020", "100"


@dataclass(slots=True)
class Obligation:
    index: int                  # the modal word
    entry: LexiconEntry         # made for it: 020 or 100, flag 'oblige'


def the_deed(sentence: Sentence, index: int) -> int:
    """'should withdraw': the verb the auxiliary serves; 'должен решить': the predicate itself."""
    token = sentence.tokens[index]
    return token.head if token.rel == "aux" and token.head >= 0 else index


def governed_deeds(sentence: Sentence, index: int) -> set[int]:
    deed = the_deed(sentence, index)
    return {deed} | {c.index for c in children(sentence, deed) if c.rel in ("xcomp", "conj") and c.pos == "VERB"}


def obligations(sentence: Sentence, resolver: Resolver, lang: str) -> tuple[list[Obligation], set[int]]:
    """The obligations laid on another in reported speech, and every deed an obligation word governs."""
    found: list[Obligation] = []
    undone: set[int] = set()
    for token in sentence.tokens:
        code = APPEAL if token.lemma in APPEAL_MODALS else DEMAND if token.lemma in DEMAND_MODALS else None
        if code is None:
            continue
        deeds = governed_deeds(sentence, token.index)
        if token.lemma in UNDONE_MODALS:
            undone |= deeds
        entry = LexiconEntry(id=f"{lang}-obligation", trigger=token.lemma, pos="V", requires=(), code=code,
                             targets=(), flags=frozenset({"oblige"}),
                             note="an obligation laid on another in reported speech: an appeal or a demand")
        clause = read_clause(sentence, token.index, entry, lang)
        if clause is None or clause.kind != "reported":
            continue
        speaker, addressee = parties(sentence, token.index, clause, resolver)
        if speaker and addressee:
            found.append(Obligation(token.index, entry))
            undone |= deeds
    return found, undone


def the_state(actor: Actor) -> bool:
    """A country and its government are one party: 'Scholz said Germany must not' is no appeal;
    'Saito (a businessman) said Japan should' is."""
    return actor.role in (None, "GOV")


def parties(sentence: Sentence, index: int, clause: Clause, resolver: Resolver) -> tuple[list[Actor], list[Actor]]:
    """The speaker who lays the obligation, and whoever it is laid on (any other actor, also at home)."""
    speaker = actors_at(sentence, clause.speaker, resolver) if clause.speaker else []
    addressee = [a for a in actors_at(sentence, subjects(sentence, the_deed(sentence, index)), resolver)
                 if not any((the_state(a) and the_state(s) and a.country == s.country) or a.code == s.code
                            for s in speaker)]
    return speaker, addressee
