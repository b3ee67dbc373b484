"""PETRARCH dictionaries import as a layer; the user's own rows override it and the shipped base."""
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from gestae.actors import lookup
from gestae.actors.kb import IMPORTED, USER, load_kb, phrase_keys
from gestae.actors.manage import import_petrarch, write_export
from gestae.actors.petrarch import read_actors

PHOENIX = "reference/openeventdata__petrarch2/petrarch2/data/dictionaries"

SAMPLE = """# a small dictionary in the TABARI format
VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
\t[RUSGOV 000507-080507]
\t[RUSELI >120507]
THE_UNITED_NATIONS_ [IGOUNO]
KOFI_ANNAN_
\t[IGOUNO 970101-061231]
"""


def test_petrarch_reader_parses_blocks_synonyms_and_dates(tmp_path):
    path = tmp_path / "sample.actors.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    rows = {(phrase, code, start, end) for phrase, code, start, end, _ in read_actors(path)}
    assert ("Vladimir Putin", "RUSGOV", date(2000, 5, 7), date(2008, 5, 7)) in rows
    assert ("Putin", "RUSELI", date(2012, 5, 7), None) in rows
    assert ("The United Nations", "IGOUNO", None, None) in rows
    assert ("Kofi Annan", "IGOUNO", date(1997, 1, 1), date(2006, 12, 31)) in rows


def test_petrarch_phoenix_import_is_fast_and_loads(need_shared, tmp_path):
    started = time.perf_counter()
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        done = import_petrarch(need_shared / PHOENIX / name, tmp_path)
        assert done.rows > 1000
    kb = load_kb(tmp_path)
    assert time.perf_counter() - started < 30
    entries = kb.lookup(phrase_keys("Boutros Boutros Ghali", "en"))
    assert entries and entries[0].layer == IMPORTED
    person = kb.people[entries[0].key]
    assert any(o.actor.startswith("IGOUNO") and o.holds_on(date(1995, 1, 1)) for o in person.offices)


def _user_layer(home: Path, rows: str) -> None:
    folder = home / "actors" / "user"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.tsv").write_text("phrase\tlang\tcode\tstart\tend\tsource\n" + rows, encoding="utf-8")


def test_layers_user_entry_overrides_imported_one(tmp_path):
    path = tmp_path / "sample.actors.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    import_petrarch(path, tmp_path)
    _user_layer(tmp_path, "Kofi Annan\ten\tGHAELI\t\t\tmy correction\n")
    kb = load_kb(tmp_path)
    entries = kb.lookup(phrase_keys("Kofi Annan", "en"))
    assert [e.layer for e in entries] == [USER]
    assert kb.people[entries[0].key].offices[0].actor == "GHAELI"


def test_layers_user_entry_overrides_shipped_person_in_lookup(tmp_path, pipeline):
    _user_layer(tmp_path, "Токаев\tru\tKAZOPP\t\t\ta what-if for the test\n")
    kb = load_kb(tmp_path)
    result = lookup("Токаева", context="Путин встретился с Токаева.", day=date(2026, 1, 10), kb=kb)
    assert [a.code for a in result.actors] == ["KAZOPP"]
    assert "user" in result.actors[0].reason


def test_layers_export_writes_the_merged_base(tmp_path):
    import io
    _user_layer(tmp_path, "Иван Петров\tru\tRUSOPP\t2020-01-01\t\tinvented\n")
    out = io.StringIO()
    count = write_export(load_kb(tmp_path), out)
    text = out.getvalue()
    assert count > 1000
    assert "Иван Петров\tru\tRUSOPP\t2020-01-01\t\tuser:" in text
    assert "\nКремль\tru\tRUSGOV\t" in text


def test_layers_bad_user_row_names_file_and_line(tmp_path):
    from gestae.errors import DataError
    _user_layer(tmp_path, "Иван Петров\tru\tRUSOPP\t2020-13-01\t\tbad date\n")
    with pytest.raises(DataError, match="mine.tsv:2"):
        load_kb(tmp_path)


SEED_CONTEXT = ("Телефонный разговор Касым-Жомарта Токаева и премьер-министра Израиля Биньямина Нетаньяху "
                "состоялся по инициативе израильской стороны. Глава государства поблагодарил Нетаньяху. "
                "Премьер-министр Израиля поблагодарил президента Токаева за решение о присоединении Казахстана "
                "к Соглашениям Авраама.")


@pytest.mark.parametrize("mention, expected", [
    ("Токаева", "KAZGOV"), ("Глава государства", "KAZGOV"), ("президента Токаева", "KAZGOV"),
    ("Нетаньяху", "ISRGOV"), ("Премьер-министр Израиля", "ISRGOV"), ("израильской стороны", "ISRGOV"),
    ("Соглашениям Авраама", "agreement"),
])
def test_lookup_seed_actors_resolve(pipeline, mention, expected):
    result = lookup(mention, context=SEED_CONTEXT, day=date(2026, 1, 10))
    if expected == "agreement":
        assert result.agreement and not result.actors
    else:
        assert expected in [a.code for a in result.actors], [(a.code, a.reason) for a in result.actors]
