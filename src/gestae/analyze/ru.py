"""Russian analysis with natasha: segmentation, morphology, UD syntax, NER, lemmas.

natasha objects stay in this module; the rest of gestae sees only our records.
"""
from __future__ import annotations

import logging
from typing import NamedTuple

from gestae.analyze.limits import split_long
from gestae.analyze.morph import install_pymorphy2_shim, lemma, normal
from gestae.analyze.tree import repair_tree
from gestae.records import Document, Mention, Sentence, Token

log = logging.getLogger(__name__)


class RussianAnalyzer:
    lang = "ru"

    def __init__(self) -> None:
        install_pymorphy2_shim()
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
        embedding = NewsEmbedding()
        self.segmenter = _line_segmenter(Segmenter)()
        self.morph_tagger = NewsMorphTagger(embedding)
        self.syntax_parser = NewsSyntaxParser(embedding)
        self.ner_tagger = NewsNERTagger(embedding)

    def parse(self, text: str):
        """natasha's own pipeline, nothing of ours: the 'bare parse' that bench/ compares to."""
        from natasha import Doc
        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph_tagger)
        doc.parse_syntax(self.syntax_parser)
        doc.tag_ner(self.ner_tagger)
        return doc

    def analyze(self, document: Document) -> list[Sentence]:
        doc = self.parse(document.text)
        sentences = [self._adapt_sentence(i, sent) for i, sent in enumerate(doc.sents)]
        self._attach_mentions(doc, sentences)
        return sentences

    def _adapt_sentence(self, index: int, sent) -> Sentence:
        ids = {token.id: i for i, token in enumerate(sent.tokens)}
        tokens = [
            Token(index=i, start=t.start, stop=t.stop, text=t.text,
                  lemma=self._lemma(t), pos=t.pos, feats=dict(t.feats or {}),
                  head=ids.get(t.head_id, -1), rel=t.rel or "dep")
            for i, t in enumerate(sent.tokens)
        ]
        return Sentence(index=index, start=sent.start, stop=sent.stop, text=sent.text, tokens=repair_tree(tokens))

    def _lemma(self, token) -> str:
        if token.pos in UNINFLECTED or not any(ch.isalpha() for ch in token.text):
            return normal(token.text)       # prepositions, conjunctions, particles do not inflect
        return lemma(token.text, token.pos, token.feats or {})

    def _attach_mentions(self, doc, sentences: list[Sentence]) -> None:
        for span in doc.spans:
            sentence = _sentence_at(sentences, span.start)
            if sentence is None:
                continue
            normal_form = span.text        # natasha's normalisation costs 3% of the run; unused yet
            indexes = [t.index for t in sentence.tokens if span.start <= t.start < span.stop]
            sentence.mentions.append(Mention(start=span.start, stop=span.stop, text=span.text,
                                             type=span.type, normal=normal_form, tokens=indexes))


UNINFLECTED = {"PUNCT", "NUM", "SYM", "ADP", "CCONJ", "SCONJ", "PART", "INTJ"}


def _line_segmenter(base):
    """natasha's segmenter, but a line break always ends a sentence: a headline or a photo
    caption without a full stop is not the start of the lead ('Митинг 12 марта 2011 года в
    Москве' above a 2019 story must not date it)."""
    class LineSegmenter(base):
        def sentenize(self, text):
            for start, line in text_lines(text):
                for first, stop in within_quotes_joined(line, [(s.start, s.stop) for s in super().sentenize(line)]):
                    for offset, piece in split_long(first + start, line[first:stop]):
                        yield SentenceSpan(offset, offset + len(piece), piece)
    return LineSegmenter


class SentenceSpan(NamedTuple):          # natasha unpacks it: start, stop, text
    start: int
    stop: int
    text: str


def within_quotes_joined(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A full stop inside «...» ends no sentence: 'похитивший картину «Ай-Петри. Крым» из
    галереи' is one sentence, so the place at its end still belongs to it."""
    joined: list[tuple[int, int]] = []
    still_open = 0                       # quotes opened and not closed in the last joined span
    for start, stop in spans:
        if joined and still_open > 0:
            joined[-1] = (joined[-1][0], stop)
        else:
            joined.append((start, stop))
            still_open = 0
        still_open += _open_quotes(line[start:stop])
    return joined


def _open_quotes(text: str) -> int:
    return text.count("«") - text.count("»") + text.count("“") - text.count("”")


def text_lines(text: str):
    """(offset, line) for every non-blank line of the text."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            yield offset, line.rstrip("\r\n")
        offset += len(line)


def _sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.start <= offset < sentence.stop:
            return sentence
    return None


