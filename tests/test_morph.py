"""natasha runs on pymorphy3 through the shim; our lemmatizer agrees with the tagger."""
from __future__ import annotations

import sys

import pytest

from gestae.analyze.morph import install_pymorphy2_shim, lemma, lemma_candidates


def test_morph_shim_makes_natasha_import_pymorphy3():
    install_pymorphy2_shim()
    import pymorphy3
    from natasha import MorphVocab
    assert sys.modules["pymorphy2"] is pymorphy3
    assert MorphVocab().lemmatize("переговорах", "NOUN", {"Case": "Loc", "Number": "Plur"}) == "переговоры"


@pytest.mark.parametrize("word, pos, feats, expected", [
    ("Токаева", "PROPN", {"Case": "Gen", "Number": "Sing"}, "токаев"),
    ("израильской", "ADJ", {"Case": "Gen", "Number": "Sing"}, "израильский"),
    ("договорились", "VERB", {"Number": "Plur"}, "договориться"),
    ("Соединёнными", "ADJ", {"Case": "Ins", "Number": "Plur"}, "соединить"),   # participles -> verb, as natasha
    ("санкциями", "NOUN", {"Case": "Ins", "Number": "Plur"}, "санкция"),
])
def test_morph_lemma_follows_pos_and_case(word, pos, feats, expected):
    assert lemma(word, pos, feats) == expected


def test_morph_candidates_cover_every_reading():
    assert {"токаев", "токаева"} <= lemma_candidates("Токаева")
