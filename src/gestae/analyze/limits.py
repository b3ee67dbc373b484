"""How long a sentence may be before it is split: parsers are quadratic or worse in sentence
length, and a 40,000-token 'sentence' (a table, a list, text without stops) once took 24 GB."""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

MAX_SENTENCE_CHARS = 1500           # Russian: a razdel sentence longer than this is cut at spaces
MAX_SENTENCE_TOKENS = 250           # English: a sentence start is forced after this many tokens


def split_long(start: int, text: str, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, str]]:
    """(offset, text) pieces of at most ``limit`` characters, cut at the last space before it."""
    if len(text) <= limit:
        return [(start, text)]
    log.warning("a sentence of %d characters at offset %d is split into pieces of at most %d",
                len(text), start, limit)
    pieces, offset = [], 0
    while len(text) - offset > limit:
        cut = text.rfind(" ", offset, offset + limit)
        cut = cut if cut > offset else offset + limit
        pieces.append((start + offset, text[offset:cut]))
        offset = cut
        while offset < len(text) and text[offset] == " ":
            offset += 1
    if offset < len(text):
        pieces.append((start + offset, text[offset:]))
    return pieces
