"""The GeoNames gazetteer layer (data/actors/gazetteer.tsv, scripts/convert_geonames.py): towns
the hand tables do not list give the country of an unnamed actor, but only where the tagger
reads a place, and never over a shipped phrase."""
from __future__ import annotations

import re

import pytest

from gestae.actors.kb import CITY, IMPORTED, data_path, default_kb
from gestae.actors.match import sentence_matches
from gestae.analyze.dispatch import analyze
from gestae.pipeline import code_text
from gestae.records import Document

GAZETTEER = data_path("gazetteer.tsv")


def _cities(text: str, lang: str) -> list[tuple[str, str]]:
    sentence = analyze(Document(id="t", text=text, lang=lang), lang)[0]
    found = sentence_matches(sentence, default_kb(), lang)
    return [(sentence.tokens[m.first].text, m.entries[0].key) for m in found if m.kind == CITY]


def test_gazetteer_is_large_well_formed_and_credits_geonames():
    lines = GAZETTEER.read_text(encoding="utf-8").splitlines()
    assert any("CC BY 4.0" in line for line in lines if line.startswith("#"))
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    assert len(rows) > 5000
    for row in rows:
        assert re.fullmatch(r"[A-Z]{3}", row[0]), row
        assert row[1] or row[2], row
        assert -90 <= float(row[4]) <= 90 and -180 <= float(row[5]) <= 180, row


def test_gazetteer_entries_are_the_lowest_layer_and_need_a_tagged_place():
    entries = [e for e in default_kb().lookup(("henderson",)) if e.kind == CITY]
    assert entries and all(e.layer == IMPORTED and e.tagged_place for e in entries)
    assert "GeoNames" in entries[0].reason


@pytest.mark.parametrize("text, lang, town", [
    ("Полиция задержала женщину в Фениксе.", "ru", ("Фениксе", "USA")),
    ("Police in Phoenix arrested a woman on Friday.", "en", ("Phoenix", "USA")),
])
def test_a_gazetteer_town_is_matched_where_the_tagger_reads_a_place(pipeline, text, lang, town):
    assert town in _cities(text, lang)


def test_a_name_the_tagger_reads_as_a_person_is_no_town(pipeline):
    # Henderson, Nevada, is in the gazetteer; here Henderson is a man who speaks
    assert _cities("Henderson said the talks had failed.", "en") == []


@pytest.mark.parametrize("text, lang", [
    ("Полиция задержала 28-летнюю Холли Соломон в пригороде Феникса.", "ru"),
    ("Police in Phoenix arrested Holly Solomon on Friday.", "en"),
])
def test_unnamed_police_take_the_country_of_the_town_they_act_in(pipeline, text, lang):
    events = code_text(text, lang=lang)
    assert [(e.source, e.target_country, e.root) for e in events] == [("USACOP", "USA", "17")]
