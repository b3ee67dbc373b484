"""pymorphy3 for everyone, natasha included.

natasha 1.6 imports ``pymorphy2``, which imports ``pkg_resources`` (gone from current
setuptools) and ``inspect.getargspec`` (gone from Python 3.11). pymorphy3 is its maintained
successor with the same API, so we register it under the old name before natasha loads.
"""
from __future__ import annotations

import sys
from functools import lru_cache

import pymorphy3


def install_pymorphy2_shim() -> None:
    """Make ``import pymorphy2`` return pymorphy3 (idempotent)."""
    sys.modules.setdefault("pymorphy2", pymorphy3)


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def normal(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=200_000)
def lemma_candidates(word: str) -> frozenset[str]:
    """Every dictionary form pymorphy3 offers for ``word`` (lowercase, ё -> е)."""
    word = normal(word)
    forms = {normal(parse.normal_form) for parse in analyzer().parse(word)}
    forms.add(word)
    return frozenset(forms)


@lru_cache(maxsize=200_000)
def best_lemma(word: str) -> str:
    return normal(analyzer().parse(normal(word))[0].normal_form)
