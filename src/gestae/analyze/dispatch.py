"""Choose the analyzer for a document's language; one instance per language per process."""
from __future__ import annotations

import re
from functools import lru_cache

from gestae.errors import UnsupportedLanguage
from gestae.records import Document, Sentence

SUPPORTED = ("ru",)
CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")
LATIN = re.compile(r"[a-zA-Z]")


def detect_language(text: str) -> str:
    """A script-based guess: enough to tell Russian from English news."""
    sample = text[:5000]
    cyrillic = len(CYRILLIC.findall(sample))
    latin = len(LATIN.findall(sample))
    if cyrillic >= latin and cyrillic > 0:
        return "ru"
    if latin > 0:
        return "en"
    return "und"


@lru_cache(maxsize=None)
def analyzer_for(lang: str):
    if lang == "ru":
        from gestae.analyze.ru import RussianAnalyzer
        return RussianAnalyzer()
    raise UnsupportedLanguage(f"no coder for language {lang!r}; supported: {', '.join(SUPPORTED)}")


def analyze(document: Document, lang: str) -> list[Sentence]:
    return analyzer_for(lang).analyze(document)
