"""PETRARCH2's Phoenix dictionaries ship as the lowest layer (data/actors/phoenix/); name case."""
from __future__ import annotations

import importlib.util
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from tests.test_actors_layers import PHOENIX

from gestae.actors.kb import COUNTRY, IMPORTED, SHIPPED, KnowledgeBase, data_path, load_kb, phrase_keys
from gestae.actors.layers import load_layer_dir
from gestae.actors.match import _case_fits
from gestae.actors.petrarch import read_actors
from gestae.records import Token

REPO = Path(__file__).resolve().parents[1]
WORDS = Path("/usr/share/dict/words")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(None)


def _layers(kb: KnowledgeBase, phrase: str) -> set[int]:
    return {e.layer for e in kb.index.get(phrase_keys(phrase, "en"), [])}


def test_phoenix_files_carry_source_and_licence():
    paths = sorted(data_path("phoenix").glob("*.tsv"))
    assert [p.name for p in paths] == ["phoenix_countries.tsv", "phoenix_milnonstate.tsv"]
    for path in paths:
        head = path.read_text(encoding="utf-8")[:3000]
        assert "openeventdata/petrarch2" in head and "scripts/convert_phoenix_actors.py" in head
        assert "The MIT License" in head and "Permission is hereby granted" in head


def test_phoenix_office_holders_by_date(kb):
    [entry] = kb.lookup(phrase_keys("Ronald Reagan", "en"))
    assert entry.layer == IMPORTED
    offices = kb.people[entry.key].offices
    assert [o.actor for o in offices if o.holds_on(date(1987, 6, 1))] == ["USAGOV"]
    assert [o.actor for o in offices if o.holds_on(date(1995, 6, 1))] == ["USAELI"]
    assert [(e.kind, e.key) for e in kb.lookup(phrase_keys("Soviet Union", "en"))] == [(COUNTRY, "SUN")]


@pytest.mark.parametrize("phrase", ["Moscow", "Russian", "Vladimir Putin", "Eduard Shevardnadze", "Mikhail Gorbachev"])
def test_phoenix_never_outranks_our_rows(kb, phrase):
    """Our rows win the same phrase, and people our tables know are left out of the layer
    altogether, so that a longer Phoenix name cannot win the longest match."""
    assert kb.lookup(phrase_keys(phrase, "en"))[0].layer == SHIPPED
    if " " in phrase:
        assert _layers(kb, phrase) == {SHIPPED}
        assert _layers(kb, f"President {phrase}") == set()


@pytest.mark.parametrize("word", ["Organization", "Youth", "Tigers", "Falcon", "Senate", "Murray", "Perth", "Cologne", "EPA"])
def test_phoenix_makes_no_common_word_or_town_an_actor(kb, word):
    """A town may come from the gazetteer, the other imported layer, but only as a place."""
    assert not [e for e in kb.index.get(phrase_keys(word, "en"), []) if e.layer == IMPORTED and not e.tagged_place]


def test_phoenix_layer_loads_fast():
    started = time.process_time()
    load_layer_dir(KnowledgeBase(), data_path("phoenix"), IMPORTED)
    assert time.process_time() - started < 3.0          # about 0.3 s on a developer's machine


def test_petrarch_reader_reads_eight_digit_dates(tmp_path):
    path = tmp_path / "old.actors.txt"
    path.write_text("RUSSIAN_SFSR\n+RSFSR\n\t[SUNRUS 19171109-19911225]\n\t[RUS 19911226-19931212]\n", encoding="utf-8")
    rows = {(phrase, code, start, end) for phrase, code, start, end, _ in read_actors(path)}
    assert ("Rsfsr", "SUNRUS", date(1917, 11, 9), date(1991, 12, 25)) in rows
    assert ("Russian Sfsr", "RUS", date(1991, 12, 26), date(1993, 12, 12)) in rows


def test_phoenix_conversion_reproduces_the_shipped_files(need_shared, tmp_path):
    if not WORDS.is_file():
        pytest.skip(f"{WORDS} is absent: apt-get install wamerican")
    spec = importlib.util.spec_from_file_location("convert_phoenix_actors", REPO / "scripts" / "convert_phoenix_actors.py")
    convert = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("convert_phoenix_actors", convert)      # its dataclass looks itself up there
    spec.loader.exec_module(convert)
    source = need_shared / PHOENIX.split("/petrarch2/")[0]
    assert convert.main(["--source", str(source), "--target", str(tmp_path)]) == 0
    for path in sorted(data_path("phoenix").glob("*.tsv")):
        assert (tmp_path / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), path.name


def _token(text: str, pos: str = "PROPN") -> Token:
    return Token(index=0, start=0, stop=len(text), text=text, lemma=text.lower(), pos=pos, feats={}, head=-1, rel="root")


@pytest.mark.parametrize("phrase, lang, text, pos, words, lower, fits", [
    ("Turkey", "en", "Turkey", "PROPN", 1, False, True),
    ("Turkey", "en", "turkey", "NOUN", 1, False, False),      # 'Turkey and cranberries' in running text
    ("Turkey", "en", "turkey", "NOUN", 1, True, False),       # 'we ate turkey': a common noun
    ("Gorbachev", "en", "gorbachev", "PROPN", 1, True, True),  # typed in lower case
    ("Gorbachev", "en", "gorbachev", "PROPN", 1, False, False),
    ("Soviet Union", "en", "soviet", "PROPN", 2, True, True),
    ("Gorbachev", "en", "GORBACHEV", "PROPN", 1, False, True),  # headline capitals
    ("Мид", "ru", "МИД", "PROPN", 1, False, False),           # an abbreviation is no surname
    ("ДР Конго", "ru", "ДР", "PROPN", 2, False, True),
])
def test_case_fits(phrase, lang, text, pos, words, lower, fits):
    from gestae.actors.kb import Entry
    assert _case_fits(Entry("country", "X", phrase, lang, "test"), _token(text, pos), words, lower) is fits


def test_phoenix_agents_conversion_reproduces_the_shipped_roles(need_shared, tmp_path):
    spec = importlib.util.spec_from_file_location("convert_phoenix_agents", REPO / "scripts" / "convert_phoenix_agents.py")
    convert = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(convert)
    source = need_shared / PHOENIX.split("/petrarch2/")[0]
    target = tmp_path / "roles_phoenix.tsv"
    assert convert.main(["--source", str(source), "--target", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == data_path("roles_phoenix.tsv").read_text(encoding="utf-8")


def test_phoenix_agents_are_roles_below_ours(kb):
    text = data_path("roles_phoenix.tsv").read_text(encoding="utf-8")
    assert "The MIT License" in text and "scripts/convert_phoenix_agents.py" in text
    rows = [line.split("\t") for line in text.splitlines() if line.startswith("en\t")]
    ours = {line.split("\t")[1] for line in data_path("roles.tsv").read_text(encoding="utf-8").splitlines()
            if line.startswith("en\t")}
    assert len(rows) > 1500 and not ours & {row[1] for row in rows}       # our rows win: none repeated
    assert ["en", "interior secretary", "GOV"] in [row[:3] for row in rows]
    assert not any(row[1] in ("spokesman", "man", "person") for row in rows)


@pytest.mark.parametrize("text, expected", [
    ("Pakistan's interior secretary met the Afghan ambassador on Monday.", ("PAK", "GOV")),
    ("The Colombian defense secretary accused Venezuela of shelling the border.", ("COL", "GOVMIL")),
])
def test_phoenix_agent_nouns_resolve_with_their_country(pipeline, text, expected):
    from tests.conftest import code_sentence
    events = code_sentence(pipeline, text)
    assert any((e.source_country, e.source[3:]) == expected for e in events), [(e.source, e.target) for e in events]
