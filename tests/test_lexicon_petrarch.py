"""The English lexicon's lower layer compiled from PETRARCH2's verb dictionary (lexicon_en_petrarch.tsv)."""
from __future__ import annotations

import importlib.util
import sys

import pytest
from tests.conftest import REPO, code_sentence

from gestae.events.cameo import is_code
from gestae.events.lexicon import CONVERTED, FLAGS, HAND, NOT_AN_EVENT, load_lexicon
from gestae.events.tables import data_file, read_tsv

SHIPPED = data_file("lexicon_en_petrarch.tsv")
CONVERTER = REPO / "scripts" / "convert_petrarch_verbs.py"

# written for these tests: (sentence, (source, target, code)) coded by a converted row
CASES = [
    ("The European Union reimposed visa requirements on Venezuela.", ("IGOEUREEC", "VEN", "160")),
    ("Japan embraced India as a partner.", ("JPN", "IND", "050")),                          # EMBRACE * (AS PARTNER)
    ("Thousands of Ukrainians poured into the streets of Kyiv.", ("UKR", "UKR", "141")),    # POUR * (INTO STREETS)
    ("Germany engaged in a heated debate with France over the budget.", ("DEU", "FRA", "111")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_lexicon_petrarch_converted_row_codes_the_sentence(pipeline, text, expected):
    found = {(e.source_country or e.source, e.target_country or e.target, e.code): e.rule
             for e in code_sentence(pipeline, text)}
    assert expected in found, found
    assert found[expected].startswith("pe"), found[expected]


def test_lexicon_petrarch_shipped_file_parses_with_real_codes():
    rows = read_tsv(SHIPPED, 5)
    assert len(rows) > 3000
    ids = [row["id"] for _, row in rows]
    assert len(set(ids)) == len(ids) and all(i.startswith("pe") for i in ids)
    for number, row in rows:
        assert row["code"] == NOT_AN_EVENT or is_code(row["code"]), (number, row)
        assert row["pos"] == "V" and row["requires"], (number, row)
        assert set(filter(None, row["flags"].split(","))) <= FLAGS, (number, row)
        assert row["provenance"].startswith("petrarch2:CAMEO.2.0.txt:") and row["note"], (number, row)


def test_lexicon_petrarch_header_carries_the_licence():
    header = [line for line in SHIPPED.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    text = "\n".join(header)
    assert "Copyright (c) 2014 Open Event Data" in text and "The MIT License (MIT)" in text
    assert "THE SOFTWARE IS PROVIDED \"AS IS\"" in text and "patterns skipped" in text


def test_lexicon_petrarch_is_a_lower_layer():
    """A converted row never requires a word the hand lexicon codes (it would take that word's
    event over); beside the hand rows of its trigger it comes after them."""
    lexicon, hand = load_lexicon("en"), load_lexicon("en", lower_layers=False)
    hand_words = {lemma for lemma, _ in hand.by_trigger}
    converted = [e for group in lexicon.by_trigger.values() for e in group if e.layer == CONVERTED]
    assert len(converted) > 100
    for entry in converted:
        assert not any(cond & hand_words for cond in entry.requires), entry
    for key, group in hand.by_trigger.items():
        assert lexicon.entries(*key)[:len(group)] == group


def test_lexicon_petrarch_fills_what_the_hand_rows_of_a_verb_leave(pipeline):
    """'send' has hand rows ('sent troops' is 072 here); a pattern of PETRARCH2's that none of
    them covers still codes ('sent a new ambassador', 050), and a hand row that fits wins."""
    from gestae.pipeline import code_text
    ambassador = code_text("Russia sent a new ambassador to Ukraine.", "2024-03-01", lang="en")
    assert [(e.code, e.rule.split("+")[0][:2]) for e in ambassador] == [("050", "pe")]
    troops = code_text("Russia sent troops to Syria.", "2024-03-01", lang="en")
    assert [(e.code, e.rule.split("+")[0][:2]) for e in troops] == [("072", "en")]


def test_lexicon_petrarch_russian_has_no_lower_layer():
    assert all(e.layer == HAND for group in load_lexicon("ru").by_trigger.values() for e in group)


@pytest.fixture(scope="module")
def converter(request):
    shared = REPO.parent / "shared"
    spec = importlib.util.spec_from_file_location("convert_petrarch_verbs", CONVERTER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    if not module.SOURCE.exists() or not shared.is_dir():
        pytest.skip(f"{module.SOURCE} is absent: the PETRARCH2 dictionary lives in ../shared")
    return module


def test_lexicon_petrarch_shipped_file_is_the_converter_output(converter):
    lines, _ = converter.convert(converter.SOURCE, converter.LICENSE)
    assert "\n".join(lines) + "\n" == SHIPPED.read_text(encoding="utf-8"), \
        "run: python scripts/convert_petrarch_verbs.py"


@pytest.mark.parametrize("body, conditions, target", [
    ("* {HUMANITARIAN AID}", ["humanitarian", "aid"], ""),
    ("* (TO BORDER) (WITH +)", ["to", "border", "with", "@actor"], "with"),    # + is also @actor
    ("* SANCTIONS", ["sanction|sanctions"], ""),
    ("* (IN BOMBING/EXPLOSION)", ["in", "bomb|bombing|explosion"], ""),
    ("* THE RESULT", ["result"], ""),
])
def test_lexicon_petrarch_pattern_conditions(converter, body, conditions, target):
    synsets, _ = converter.read_dictionary(converter.SOURCE)
    convert = converter.Converter(synsets, converter.cameo_codes(converter.CAMEO), converter.Lemmatizer(),
                                  "origin", False, False)
    assert convert.pattern(body) == (conditions, target)


@pytest.mark.parametrize("body", ["&MILITARY * (TO BORDER)", "+ * ROCKET", "* (TO {BANNED PARTIES}) $"])
def test_lexicon_petrarch_unrepresentable_patterns_are_refused(converter, body):
    synsets, _ = converter.read_dictionary(converter.SOURCE)
    convert = converter.Converter(synsets, set(), converter.Lemmatizer(), "origin", False, False)
    with pytest.raises(converter.Unrepresentable):
        convert.pattern(body)


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Германия признала Косово в 2008 году.", ("DEU", "XKX", "054")),
    ("ru", "Израиль блокировал сектор Газа.", ("ISR", "PSE", "191")),
    ("en", "Pakistan handed him over to the United States on Monday.", ("PAK", "USA", "063")),
])
def test_an_actor_condition_is_met_by_any_actor_below_the_trigger(pipeline, lang, text, expected):
    """'@actor' in a row's conditions is PETRARCH2's '+': the verb is an event when its object names an actor."""
    events = code_sentence(pipeline, text)
    assert expected in {(e.source_country, e.target_country, e.code) for e in events}
    assert any(e.rule.split("+")[0] in {"ru3305", "ru3307", "en3397"} for e in events)


def test_an_actor_condition_is_not_met_by_a_thing(pipeline):
    events = code_sentence(pipeline, "Pakistan handed over the keys on Monday.")
    assert not any(e.code == "063" for e in events)
