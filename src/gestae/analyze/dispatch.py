"""Choose the analyzer for a document's language; one instance per language per process."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from gestae.errors import UnsupportedLanguage
from gestae.memory import settle
from gestae.records import Document, Sentence

SUPPORTED = ("ru", "en")
CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")
LATIN = re.compile(r"[a-zA-Z]")


def detect_language(text: str) -> str:
    """Cyrillic news is Russian at once; anything else is identified by py3langid (offline)."""
    sample = text[:5000]
    cyrillic = len(CYRILLIC.findall(sample))
    latin = len(LATIN.findall(sample))
    if cyrillic == 0 and latin == 0:
        return "und"
    if cyrillic >= latin:
        return _langid(sample) if cyrillic < 20 else "ru"
    return _langid(sample)


# the languages of world news wires; a narrower choice keeps short English items from being
# taken for Nigerian Pidgin or Scots
NEWS_LANGUAGES = ["en", "ru", "uk", "be", "kk", "de", "fr", "es", "pt", "it", "nl", "pl", "cs", "sk", "ro",
                  "hu", "bg", "sr", "hr", "sl", "el", "tr", "ar", "fa", "he", "zh", "ja", "ko", "hi", "ur",
                  "id", "ms", "vi", "th", "sv", "no", "da", "fi", "et", "lv", "lt", "ka", "hy", "az", "uz"]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(NEWS_LANGUAGES)
    return identifier


def _langid(sample: str) -> str:
    lang, _ = _identifier().classify(sample)
    return lang


@cache
def analyzer_for(lang: str):
    """The language's analyser, its models loaded once per process (and settled: see memory.py)."""
    if lang == "ru":
        from gestae.analyze.ru import RussianAnalyzer
        analyzer = RussianAnalyzer()
    elif lang == "en":
        from gestae.analyze.en import EnglishAnalyzer
        analyzer = EnglishAnalyzer()
    else:
        raise UnsupportedLanguage(f"no coder for language {lang!r}; supported: {', '.join(SUPPORTED)}")
    settle()
    return analyzer


def analyze(document: Document, lang: str) -> list[Sentence]:
    return analyzer_for(lang).analyze(document)
