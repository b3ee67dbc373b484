"""The date of an event: explicit in its sentence, else relative to publication, else publication.

Month names and weekday words are matched here, and their numbers read from the stems in
``MONTH_STEMS``: a new language lists its words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from functools import cache, lru_cache

MONTHS = {
    "ru": "январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|"
          "сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]",
    "en": "January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?",
}
WEEKDAYS = {
    "ru": ["понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"],
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
}
DAY_SHIFTS = {
    "ru": {"позавчера": -2, "вчера": -1, "накануне": -1, "сегодня": 0, "завтра": 1},
    "en": {"yesterday": -1, "today": 0, "tomorrow": 1},
}
NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")


@dataclass(frozen=True, slots=True)
class EventDate:
    value: Date | None
    source: str            # explicit | relative | publication | none


@cache
def _day_month_pattern(lang: str) -> re.Pattern:
    months = MONTHS[lang]
    if lang == "en":
        return re.compile(rf"\b(?:({months})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({months}))"
                          rf"(?:,?\s+((?:19|20)\d{{2}}))?", re.IGNORECASE)
    return re.compile(rf"\b(\d{{1,2}})\s+({months})(?:\s+((?:19|20)\d{{2}})\s*(?:г\.|года|год)?)?", re.IGNORECASE)


def event_date(sentence: str, publication: Date | None, lang: str = "ru", future: bool = False) -> EventDate:
    """``future``: the sentence speaks of what will happen, so a weekday is the coming one
    ('в среду посетит', 'will visit on Wednesday'), not the last."""
    explicit = _explicit(sentence, publication, lang)
    if explicit:
        return explicit
    relative = _relative(sentence.lower(), publication, lang, future)
    if relative:
        return relative
    if publication:
        return EventDate(publication, "publication")
    return EventDate(None, "none")


def _explicit(sentence: str, publication: Date | None, lang: str) -> EventDate | None:
    numeric = NUMERIC.search(sentence)
    if numeric:
        groups = numeric.groups()
        try:
            if groups[0]:
                return EventDate(Date(int(groups[2]), int(groups[1]), int(groups[0])), "explicit")
            return EventDate(Date(int(groups[3]), int(groups[4]), int(groups[5])), "explicit")
        except ValueError:
            pass
    match = _day_month_pattern(lang).search(sentence)
    if not match:
        return None
    if lang == "en":
        month_word = match.group(1) or match.group(4)
        day_text = match.group(2) or match.group(3)
        year_text = match.group(5)
    else:
        day_text, month_word, year_text = match.group(1), match.group(2), match.group(3)
    month = _month_number(month_word.lower(), lang)
    if month is None:
        return None
    if year_text:
        return _safe(int(year_text), month, int(day_text), "explicit")
    if publication is None:
        return None
    candidates = [c for c in (_safe(publication.year + shift, month, int(day_text), "relative")
                              for shift in (-1, 0, 1)) if c and c.value]
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c.value - publication).days))


def _safe(year: int, month: int, day: int, source: str) -> EventDate | None:
    try:
        return EventDate(Date(year, month, day), source)
    except ValueError:
        return None


MONTH_STEMS = {      # the month a matched word names, by its first letters (no dateparser at start-up)
    "ru": ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"],
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
}


@lru_cache(maxsize=512)
def _month_number(word: str, lang: str) -> int | None:
    word = word.rstrip(".")
    for number, stem in enumerate(MONTH_STEMS.get(lang, ()), start=1):
        if word.startswith(stem) and not (stem == "ма" and word.startswith("мар")):
            return number
    return None


def _relative(lowered: str, publication: Date | None, lang: str, future: bool = False) -> EventDate | None:
    if publication is None:
        return None
    for word, shift in DAY_SHIFTS.get(lang, {}).items():
        if re.search(rf"\b{word}\b", lowered):
            return EventDate(publication + timedelta(days=shift), "relative")
    for weekday, stem in enumerate(WEEKDAYS.get(lang, [])):
        if re.search(rf"\b(?:в|во|on|last)?\s*{stem}", lowered):
            if future:
                ahead = (weekday - publication.weekday()) % 7
                return EventDate(publication + timedelta(days=ahead), "relative")
            back = (publication.weekday() - weekday) % 7
            return EventDate(publication - timedelta(days=back), "relative")
    return None
