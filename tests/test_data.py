"""Every shipped data file parses, and its codes are real: the schema tests of our tables."""
from __future__ import annotations

import re

import pycountry
import pytest

from gestae.actors.kb import KnowledgeBase, data_path, default_kb, load_people
from gestae.events.cameo import cameo_table
from gestae.events.lexicon import FLAGS, load_lexicon
from gestae.events.modality import code_shifts, modal_words
from gestae.events.tables import data_file, read_tsv

ACTOR_CODE = re.compile(r"^(?:[A-Z]{3}(?:[A-Z]{3})*|IGO[A-Z]+|NGO[A-Z]+)$")
SLOTS = {"obj", "iobj", "gen", "в_отношении", "в_связи", "по_отношению", "в_адрес"}


def test_data_cameo_table_has_all_roots_and_sane_scores():
    table = cameo_table()
    assert len(table) == 311
    assert {f"{r:02d}" for r in range(1, 21)} <= set(table)
    for code in table.values():
        assert -10 <= code.goldstein <= 10 and code.quad_class in (1, 2, 3, 4)


def test_data_lexicon_ru_covers_every_root_with_valid_rows():
    lexicon = load_lexicon("ru")
    entries = [e for group in lexicon.by_trigger.values() for e in group]
    assert len(entries) >= 400
    assert {e.code[:2] for e in entries if e.code != "-"} == {f"{r:02d}" for r in range(1, 21)}
    for entry in entries:
        assert entry.trigger == entry.trigger.lower() and "ё" not in entry.trigger
        assert entry.flags <= FLAGS
        assert all(slot in SLOTS or slot.isalpha() for slot in entry.targets), entry


def test_data_modal_codes_shift_to_real_codes():
    table = cameo_table()
    for prefix, shift in code_shifts().items():
        for value in (shift.intent, shift.threat, shift.refuse):
            assert value in ("-", "=") or value in table, (prefix, value)
    assert modal_words("ru")["намереваться"] == "intent"


def test_data_countries_are_iso_and_complete():
    rows = read_tsv(data_path("countries.tsv"), 13)
    codes = {row["code"] for _, row in rows}
    assert len(codes) == len(rows) >= 197
    known = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    assert codes <= known, codes - known
    un_members_sample = {"KAZ", "ISR", "USA", "RUS", "UKR", "TUV", "NRU", "SSD", "PSE", "VAT", "TWN"}
    assert un_members_sample <= codes


def test_data_former_states_are_iso_3166_3_and_name_no_capital():
    rows = read_tsv(data_path("countries_historic.tsv"), 13)
    former = {c.alpha_3 for c in pycountry.historic_countries}
    assert {row["code"] for _, row in rows} <= former
    today = {row["code"] for _, row in read_tsv(data_path("countries.tsv"), 13)}
    assert not today & {row["code"] for _, row in rows}
    assert all(not row["capitals_ru"] and not row["seats_ru"] and not row["capitals_en"] for _, row in rows)


def test_data_people_rows_have_dates_and_codes():
    kb = default_kb()
    assert len(kb.people) >= 300
    for person in kb.people.values():
        for office in person.offices:
            assert ACTOR_CODE.match(office.actor), (person.id, office.actor)
            assert office.start is None or office.end is None or office.start <= office.end, person.id


def test_data_people_loader_reports_bad_dates(tmp_path):
    from gestae.errors import DataError
    bad = tmp_path / "people.tsv"
    bad.write_text("person\tnames_ru\tsurnames_ru\tnames_en\tsurnames_en\tactor\toffice\tstart\tend\tsource\n"
                   "x\tИкс\tИкс\tX\tX\tRUSGOV\thead_of_state\t2020-13-01\t\tnone\n", encoding="utf-8")
    with pytest.raises(DataError, match="people.tsv:2"):
        load_people(KnowledgeBase(), bad)


def test_data_roles_and_igos_codes():
    for name, column, columns in (("roles.tsv", "role", 4), ("igos.tsv", "code", 6)):
        for _, row in read_tsv(data_path(name), columns):
            assert re.match(r"^[A-Z]{3,}$", row[column]), (name, row)


def test_data_cities_belong_to_known_countries():
    countries = {row["code"] for _, row in read_tsv(data_path("countries.tsv"), 13)}
    rows = read_tsv(data_path("cities.tsv"), 4)
    assert len(rows) >= 500
    assert {row["country"] for _, row in rows} <= countries


# The regions the knowledge base covers completely (issue: "the actor knowledge base").
COMPLETE_REGIONS = {
    "G20": "ARG AUS BRA CAN CHN DEU FRA GBR IND IDN ITA JPN KOR MEX RUS SAU TUR USA ZAF",
    "Europe": "ALB AUT BLR BEL BIH BGR HRV CYP CZE DNK EST FIN GRC HUN ISL IRL XKX LVA LTU LUX MLT MDA "
              "MNE NLD MKD NOR POL PRT ROU SRB SVK SVN ESP SWE CHE UKR",
    "post-Soviet and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Middle East": "BHR EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SYR ARE YEM",
}
MICROSTATES = {"AND", "LIE", "MCO", "SMR", "VAT"}


def _uncovered_years(kb, country: str, offices: tuple[str, ...]) -> list[int]:
    from datetime import date
    terms = [o for p in kb.people.values() for o in p.offices if o.actor[:3] == country and o.office in offices]
    return [year for year in range(2000, 2026) if not any(o.holds_on(date(year, 7, 1)) for o in terms)]


@pytest.mark.parametrize("region", sorted(COMPLETE_REGIONS))
def test_data_people_cover_leaders_and_foreign_ministers_2000_2026(region):
    """Every country of these regions has a head of state or government and a foreign minister
    on 1 July of every year; a gap of a year or two (interregna, states founded later) at most."""
    kb = default_kb()
    late_states = {"XKX": 2008, "MNE": 2006, "SRB": 2006}         # before: Yugoslav federation (YUGGOV)
    for country in COMPLETE_REGIONS[region].split():
        for offices in (("head_of_state", "head_of_government"), ("foreign_minister",)):
            gaps = [y for y in _uncovered_years(kb, country, offices) if y >= late_states.get(country, 2000)]
            assert len(gaps) <= 3, (country, offices, gaps)


def test_data_people_cover_most_defence_ministers():
    kb = default_kb()
    countries = [c for codes in COMPLETE_REGIONS.values() for c in codes.split()]
    gaps = sum(len(_uncovered_years(kb, c, ("defence_minister",))) for c in countries)
    assert gaps / (len(countries) * 26) < 0.12           # states without the office (ISL, MLT, OMN, PSE ...) included


MOJIBAKE = re.compile(r"[ÃÂÒÓÐÑâ][\x80-\xbf€™œ]|[ÒÓ][a-z]|â€")


@pytest.mark.parametrize("name", ["cameo.tsv", "modal_codes.tsv", "lexicon_en.tsv", "lexicon_ru.tsv"])
def test_data_text_has_no_mojibake(name):
    """Names copied from a mis-encoded reference ('Meet at a ÒhirdÓlocation') are rejected."""
    for number, line in enumerate(data_file(name).read_text(encoding="utf-8").splitlines(), start=1):
        assert not MOJIBAKE.search(line), f"{name}:{number}: mojibake in {line!r}"


def test_data_cameo_044_name_is_decoded():
    assert cameo_table()["044"].name == "Meet at a \u201cthird\u201d location"


def test_data_language_word_lists_load_and_unknown_lists_are_named():
    from gestae.errors import DataError
    from gestae.lang import languages, word_lists, words
    assert languages() == ["en", "ru"]
    assert {"если", "if"} <= words("clause-blockers") and "друг" in words("reciprocal-words")
    assert all(word_lists(lang) for lang in languages())
    with pytest.raises(DataError, match="no word list 'nonsense'"):
        words("nonsense")
