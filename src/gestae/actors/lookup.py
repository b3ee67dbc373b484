"""Explain what a name resolves to on a date, and why: ``gestae actors lookup``.

A mention is resolved inside its context sentence (or alone), with the sentences before it
as the document so far, exactly as the coder resolves event arguments.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from gestae.actors.context import DocumentContext
from gestae.actors.kb import KnowledgeBase, default_kb
from gestae.actors.resolve import Resolver
from gestae.errors import GestaeError
from gestae.records import Actor, Document, Sentence


@dataclass(slots=True)
class Lookup:
    mention: str
    actors: list[Actor]
    agreement: str | None = None          # the mention names an agreement, not an actor


def lookup(mention: str, context: str | None = None, day: Date | None = None,
           lang: str = "ru", kb: KnowledgeBase | None = None) -> Lookup:
    from gestae.analyze.dispatch import analyze
    text = context or mention
    start = text.lower().find(mention.lower())
    if start < 0:
        raise GestaeError(f"the mention {mention!r} does not occur in the context {text!r}")
    sentences = analyze(Document(id="lookup", text=text, date=day), lang)
    resolver = Resolver(kb or default_kb(lang), DocumentContext(), day)
    for sentence in sentences:
        if sentence.stop <= start:
            resolver.note_people(sentence)
            continue
        head = mention_head(sentence, start, start + len(mention))
        if head is None:
            break
        resolution = resolver.resolve(sentence, head)
        agreement = resolution.agreement.phrase if resolution.agreement else None
        return Lookup(mention, resolution.actors, agreement)
    return Lookup(mention, [])


def mention_head(sentence: Sentence, start: int, stop: int) -> int | None:
    """The token of the span whose head lies outside it (the syntactic head of the mention)."""
    inside = [t for t in sentence.tokens if start <= t.start < stop and t.pos not in ("PUNCT", "ADP")]
    if not inside:
        return None
    indexes = {t.index for t in inside}
    heads = [t for t in inside if t.head not in indexes]
    nominal = [t for t in heads if t.pos in ("NOUN", "PROPN", "PRON", "ADJ")]
    return (nominal or heads or inside)[0].index
