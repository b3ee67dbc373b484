"""``gestae code --explain``: for every word the lexicon knows, each stage's decision.

A trace is collected while a document is coded (``code_document(..., trace=Trace())``) and
printed as plain text: the sentence, then per trigger the lexicon entry, the clause, the
participant rules that fired, and the events made, or the stage that dropped the frame and why.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gestae.events.lexicon import NOT_AN_EVENT, NOTHING_NAMED, Lexicon, NamedWords, nearby_words
from gestae.records import Event, Sentence

if TYPE_CHECKING:
    from gestae.events.code import Trigger
    from gestae.events.frame import Decision

VERB_OR_NOUN = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N"}


@dataclass
class Outcome:
    """What became of one lexicon word: its offset, the stage that decided, and the events made."""
    start: int
    stop: int
    stage: str                   # "sentence", "candidate", "participants", "frame", "event", "late"
    why: str
    events: list[Event] = field(default_factory=list)


@dataclass
class Trace:
    lines: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    _shown: int = -1

    def _header(self, sentence: Sentence) -> None:
        if self._shown != sentence.start:
            self._shown = sentence.start
            self.lines.append(f"sentence @{sentence.start}: {sentence.text}")

    def sentence(self, sentence: Sentence, why: str) -> None:
        self._header(sentence)
        self.lines.append(f"  {why}")
        self.outcomes.append(Outcome(sentence.start, sentence.stop, "sentence", why))

    def candidates(self, sentence: Sentence, lexicon: Lexicon, found: list[Trigger], kept: list[Trigger],
                   named: NamedWords = NOTHING_NAMED) -> None:
        """Words with lexicon entries that did not become triggers, and why."""
        found_at = {t.index for t in found}
        kept_at = {t.index for t in kept}
        absorbed = {i for t in found for i in t.required}
        for token in sentence.tokens:
            entries = lexicon.entries(token.lemma, VERB_OR_NOUN.get(token.pos, ""))
            if not entries or token.index in kept_at:
                continue
            if token.index in found_at:
                why = "gives way to the intent, appeal or promise that governs it"
            elif token.index in absorbed:
                why = "a condition word of another trigger's entry"
            elif all(e.code == NOT_AN_EVENT for e in entries):
                why = "an idiom the lexicon marks as no event"
            elif not any(all(cond & nearby_words(sentence, token.index, named) for cond in e.requires) for e in entries):
                why = f"no entry's conditions are met ({', '.join(e.id for e in entries[:4])})"
            else:
                why = "an attributive participle (background), or an idiom that is no event"
            self._header(sentence)
            self.lines.append(f"  '{token.text}' @{token.start}: not a trigger: {why}")
            self.outcomes.append(Outcome(token.start, token.stop, "candidate", why))

    def trigger(self, sentence: Sentence, trigger: Trigger, decision: Decision, events: list[Event]) -> None:
        self._header(sentence)
        token = sentence.tokens[trigger.index]
        entry = trigger.entry
        self.lines.append(f"  trigger '{token.text}' @{token.start}: entry {entry.id} "
                          f"({entry.trigger} {entry.pos} -> {entry.code})")
        scene = decision.scene
        if scene is not None:
            self.lines.append(f"    clause: {scene.clause.kind}{', negated' if scene.clause.negated else ''}")
            self.lines.append(f"    sources: {_actors(scene.sources)}")
            self.lines.append(f"    targets: {_actors(scene.targets)}")
            self.lines.append(f"    rules fired: {', '.join(scene.notes) or '(the parse alone)'}")
        self.lines.append(f"    {decision.why}")
        stage = "event" if events else ("participants" if decision.why.startswith("participants") else "frame")
        self.outcomes.append(Outcome(token.start, token.stop, stage, decision.why, list(events)))
        for event in events:
            self.lines.append(f"    -> event {event.source} -> {event.target} {event.code} ({event.name}), "
                              f"confidence {event.confidence}, date {event.date} ({event.date_source})")

    def dropped_late(self, event: Event, why: str) -> None:
        self.lines.append(f"  event {event.source} -> {event.target} {event.code} at @{event.trigger_start}: {why}")
        self.outcomes.append(Outcome(event.trigger_start, event.trigger_end, "late", why, [event]))

    def text(self) -> str:
        return "\n".join(self.lines)


def _actors(actors) -> str:
    if not actors:
        return "none"
    return "; ".join(f"{a.code} '{a.name}' ({a.reason})" for a in actors)
