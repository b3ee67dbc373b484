"""The stage order in one place: read -> analyze -> actors/events -> store."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from gestae.analyze.discourse import mark_commentary
from gestae.analyze.dispatch import SUPPORTED, analyze, detect_language
from gestae.errors import GestaeError
from gestae.events.code import code_document
from gestae.events.explain import Trace
from gestae.records import Document, Event, Sentence, confidence_floor

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Coded:
    document: Document
    lang: str
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: str | None = None       # why the document was not coded (language, ...)
    failed: str | None = None        # an internal error while coding it (reported, not stored)


class Pipeline:
    def __init__(self, lang: str = "auto", min_confidence: float | None = None) -> None:
        """``min_confidence``: the floor under kept events; None is the language's default."""
        self.lang = lang
        self.min_confidence = min_confidence

    def language_of(self, document: Document) -> str:
        if self.lang != "auto":
            return self.lang
        return document.lang or detect_language(document.text)

    def code(self, document: Document, trace: Trace | None = None) -> Coded:
        """``trace`` collects every trigger's decisions (``explain``)."""
        lang = self.language_of(document)
        if lang not in SUPPORTED:
            return Coded(document, lang, skipped=f"language {lang!r} is not coded (supported: {', '.join(SUPPORTED)})")
        sentences = analyze(document, lang)
        mark_commentary(document.text, sentences)
        events = code_document(document, sentences, lang, trace=trace)
        floor = confidence_floor(lang, self.min_confidence)
        kept = [e for e in events if e.confidence >= floor]
        if trace is not None:
            for event in events:
                if event.confidence < floor:
                    trace.dropped_late(event, f"dropped: confidence {event.confidence} below {floor}")
        return Coded(document, lang, sentences, kept)

    def explain(self, document: Document) -> str:
        """Every trigger's decision chain, as text (``gestae code --explain``)."""
        trace = Trace()
        coded = self.code(document, trace)
        if coded.skipped:
            return f"{document.id}: {coded.skipped}"
        return "\n".join([f"== {document.id} ({coded.lang})", trace.text(), f"{document.id}: {len(coded.events)} events"])

    def code_guarded(self, document: Document) -> Coded:
        """``code``, but a fault on one document is reported and the batch goes on."""
        try:
            return self.code(document)
        except GestaeError:
            raise
        except Exception as error:                     # a bug must not cost the rest of the batch
            log.exception("coding %s failed", document.origin or document.id)
            return Coded(document, document.lang or "und", failed=f"internal error: {type(error).__name__}: {error}")

    def run(self, documents: Iterable[Document]) -> Iterator[Coded]:
        for document in documents:
            yield self.code_guarded(document)


def code_text(text: str, date: str | None = None, lang: str = "auto", doc_id: str = "text") -> list[Event]:
    """Code one text: ``code_text("Путин встретился с Токаевым.", "2024-05-01")``."""
    from datetime import date as Date
    document = Document(id=doc_id, text=text, date=Date.fromisoformat(date) if date else None,
                        lang=None if lang == "auto" else lang)
    return Pipeline(lang=lang).code(document).events
