"""Synonym sets (``&TROOPS``) in the event lexicons: said once in data/lexicon_sets.tsv,
expanded at load time (gestae.events.lexicon)."""
from __future__ import annotations

import pytest

from gestae.errors import DataError
from gestae.events.lexicon import load_lexicon, parse_entry, synonym_sets
from gestae.events.tables import data_file, read_tsv


def row(requires: str) -> dict[str, str]:
    return {"id": "t1", "trigger": "вывести", "pos": "V", "requires": requires, "code": "0874", "target": "из"}


def test_a_set_expands_to_its_lemmas_and_mixes_with_words():
    sets = {"&TROOPS": frozenset({"войско", "контингент"})}
    entry = parse_entry(1, row("&TROOPS|база"), "test.tsv", sets=sets)
    assert entry.requires == (frozenset({"войско", "контингент", "база"}),)


def test_an_unknown_set_is_a_clear_error():
    with pytest.raises(DataError, match=r"test.tsv:7: unknown synonym set '&NOPE'"):
        parse_entry(7, row("&NOPE"), "test.tsv", sets={})


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_set_a_lexicon_names_exists_and_is_used(lang):
    sets = synonym_sets(lang)
    named = set()
    for _, fields in read_tsv(data_file(f"lexicon_{lang}.tsv"), 5):
        named |= {alt for cond in fields.get("requires", "").split() for alt in cond.split("|") if alt.startswith("&")}
    assert named <= set(sets)
    assert set(sets) <= named, f"sets no {lang} row names: {sorted(set(sets) - named)}"
    load_lexicon(lang)                       # loads, every set expanded


def test_the_troops_set_serves_the_withdrawal_rows():
    entries = load_lexicon("ru").entries("вывести", "V")
    troops = synonym_sets("ru")["&TROOPS"]
    assert any(troops <= cond for e in entries for cond in e.requires)


def test_call_upon_is_call_on(pipeline):
    from tests.conftest import code_sentence
    events = code_sentence(pipeline, "The German chancellor called upon Russia to withdraw its troops.")
    assert ("DEU", "RUS", "02") in {(e.source_country, e.target_country, e.code[:2]) for e in events}
