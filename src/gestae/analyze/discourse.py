"""Paragraph structure and commentary: interview answers and questions are not events.

In a question-and-answer interview the journalist's questions often carry reported facts
(their statements are kept, the question sentences dropped) while the interviewee's answers
are commentary. A paragraph that states a full calendar date is reporting, not an answer.
"""
from __future__ import annotations

import re

from gestae.records import Sentence

DASHES = ("–", "—", "-", "―")
FULL_DATE = re.compile(r"\b\d{1,2}\s+[А-Яа-яA-Za-z]+\s+(?:19|20)\d{2}\b|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each paragraph: blocks separated by line breaks."""
    spans, start = [], 0
    for match in re.finditer(r"\n\s*", text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def mark_commentary(text: str, sentences: list[Sentence]) -> None:
    spans = paragraphs(text)
    answers = _answer_paragraphs(text, spans)
    for sentence in sentences:
        sentence.paragraph = _paragraph_of(spans, sentence.start)
        if sentence.text.rstrip().endswith("?") or sentence.paragraph in answers:
            sentence.commentary = True


def _answer_paragraphs(text: str, spans: list[tuple[int, int]]) -> set[int]:
    dashed = [i for i, (a, b) in enumerate(spans) if text[a:b].lstrip().startswith(DASHES)]
    questions = {i for i in dashed if "?" in text[spans[i][0]:spans[i][1]]}
    if len(dashed) < 2 or not questions:
        return set()
    answers, in_answer = set(), False
    for i, (a, b) in enumerate(spans):
        if i in questions:
            in_answer = False
            continue
        if i in dashed and i - 1 in questions or (i in dashed and not in_answer and questions and i > min(questions)):
            in_answer = True
        if in_answer and not FULL_DATE.search(text[a:b]):
            answers.add(i)
    return answers


def _paragraph_of(spans: list[tuple[int, int]], offset: int) -> int:
    for i, (a, b) in enumerate(spans):
        if a <= offset < b:
            return i
    return len(spans)
