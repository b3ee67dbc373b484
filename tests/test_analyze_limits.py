"""A sentence without end (a table, a list, text with no stops) is parsed in pieces."""
from __future__ import annotations

from gestae.analyze.dispatch import analyze
from gestae.analyze.limits import MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS, split_long
from gestae.records import Document


def test_limits_split_long_cuts_at_spaces_and_keeps_offsets():
    text = "слово " * 1000
    pieces = split_long(10, text.strip())
    assert len(pieces) > 1 and all(len(p) <= MAX_SENTENCE_CHARS for _, p in pieces)
    assert all(text.strip()[start - 10:start - 10 + len(p)] == p for start, p in pieces)


def test_limits_endless_russian_sentence_is_parsed_in_pieces(pipeline):
    text = "Россия, Китай, Индия и Бразилия, " * 400 + "подписали соглашение."
    sentences = analyze(Document(id="long", text=text), "ru")
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start:s.stop] == s.text for s in sentences)


def test_limits_endless_english_sentence_is_parsed_in_pieces():
    text = "Russia, China, India and Brazil, " * 400 + "signed an agreement."
    sentences = analyze(Document(id="long", text=text), "en")
    assert len(sentences) > 1
    assert all(len(s.tokens) <= 2 * MAX_SENTENCE_TOKENS for s in sentences)
    assert all(text[s.start:s.stop] == s.text for s in sentences)
