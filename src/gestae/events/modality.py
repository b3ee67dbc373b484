"""Intent, threat, refusal, speculation, opinion and reported speech around a deed (data)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from gestae.events.tables import data_file, read_tsv

INTENT, THREAT, REFUSE, SPECULATE, OPINION, REPORT, LIGHT = (
    "intent", "threat", "refuse", "speculate", "opinion", "report", "light")


@dataclass(frozen=True, slots=True)
class CodeShift:
    intent: str
    threat: str
    refuse: str


@cache
def modal_words(lang: str) -> dict[str, str]:
    """lemma -> kind; a lemma listed as light verb and as modal keeps its modal kind."""
    words: dict[str, str] = {}
    for _, row in read_tsv(data_file(f"modality_{lang}.tsv"), 2):
        words.setdefault(row["lemma"], row["kind"])
    return words


@cache
def light_verbs(lang: str) -> frozenset[str]:
    return frozenset(row["lemma"] for _, row in read_tsv(data_file(f"modality_{lang}.tsv"), 2)
                     if row["kind"] == LIGHT)


@lru_cache(maxsize=1)
def code_shifts() -> dict[str, CodeShift]:
    return {row["prefix"]: CodeShift(row["intent"], row["threat"], row["refuse"])
            for _, row in read_tsv(data_file("modal_codes.tsv"), 4)}


def shift_code(code: str, kind: str) -> str | None:
    """The code of 'intend / threaten / refuse to <deed>'; None when it is not coded."""
    shifts = code_shifts()
    for size in range(len(code), 1, -1):
        shift = shifts.get(code[:size])
        if shift is not None:
            value = getattr(shift, kind)
            if value == "-":
                return None
            return code if value == "=" else value
    return None
