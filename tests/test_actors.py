"""Actor resolution: the table in tests/data/actor_cases.tsv, one test per row, plus the reason text.

Each row gives a mention, the text it occurs in (the sentences before it are the document so
far), the event date and the expected CAMEO code ('-' = no actor, 'agreement' = the mention
names an agreement). A row whose note starts with ``KNOWN-FAIL:`` is a known resolver bug and
runs as a strict xfail, so fixing the bug turns it into a reminder to move the row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from gestae.actors import lookup

CASES = Path(__file__).with_name("data") / "actor_cases.tsv"
COLUMNS = ("mention", "context", "date", "expected", "note")
KNOWN_FAIL = "KNOWN-FAIL:"


@dataclass(frozen=True)
class Case:
    line: int
    mention: str
    context: str | None
    day: date | None
    expected: str
    note: str

    @property
    def lang(self) -> str:
        """Russian when the text has Cyrillic letters, else English."""
        return "ru" if re.search("[а-яё]", (self.context or self.mention).lower()) else "en"


def read_cases(path: Path = CASES) -> list[Case]:
    cases, header_seen = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            assert tuple(fields) == COLUMNS, f"{path.name}:{number}: header must be {COLUMNS}"
            header_seen = True
            continue
        assert len(fields) <= len(COLUMNS), f"{path.name}:{number}: too many fields"
        fields += [""] * (len(COLUMNS) - len(fields))
        mention, context, day, expected, note = (f.strip() for f in fields)
        assert mention and expected, f"{path.name}:{number}: mention and expected are required"
        cases.append(Case(number, mention, context or None, date.fromisoformat(day) if day else None,
                          expected, note))
    return cases


ALL_CASES = read_cases()


def _param(case: Case):
    marks = []
    if case.note.startswith(KNOWN_FAIL):
        marks.append(pytest.mark.xfail(strict=True, reason=case.note))
    return pytest.param(case, id=case.mention, marks=marks)


@pytest.fixture(scope="module")
def warm(pipeline):
    """Load the natasha models once (the session ``pipeline`` fixture) before the first lookup."""
    return pipeline


@pytest.mark.parametrize("case", [_param(c) for c in ALL_CASES])
def test_actor_case(case: Case, warm):
    result = lookup(case.mention, context=case.context, day=case.day, lang=case.lang)
    codes = [a.code for a in result.actors]
    where = f"{CASES.name}:{case.line} ({case.note})"
    if case.expected == "-":
        assert codes == [], f"{where}: expected no actor, got {codes} {[a.reason for a in result.actors]}"
    elif case.expected == "agreement":
        assert result.agreement is not None, f"{where}: expected an agreement, got {codes}"
    else:
        assert case.expected in codes, \
            f"{where}: expected {case.expected}, got {codes} {[a.reason for a in result.actors]}"


# --- the table itself --------------------------------------------------------------------

def test_actor_table_is_large_and_well_formed():
    assert len(ALL_CASES) >= 220
    for case in ALL_CASES:
        assert case.context is None or case.mention.lower() in case.context.lower(), case
        assert case.expected in ("-", "agreement") or re.fullmatch(r"[A-Z-]{3,}", case.expected), case
        assert case.day is None or date(1979, 1, 1) <= case.day <= date(2026, 12, 31), case   # Phoenix era on


# --- the reason text ---------------------------------------------------------------------

def test_reason_names_the_people_row_office_and_date(warm):
    day = date(2026, 1, 10)
    result = lookup("Касым-Жомартом Токаевым",
                    context="Путин встретился с президентом Казахстана Касым-Жомартом Токаевым.",
                    day=day)
    [actor] = [a for a in result.actors if a.code == "KAZGOV"]
    assert re.match(r"people\.tsv:\d+ tokayev_kassym-jomart", actor.reason), actor.reason
    assert "head_of_state" in actor.reason and day.isoformat() in actor.reason, actor.reason
    assert actor.entity == "tokayev_kassym-jomart"


def test_reason_tells_two_aliyevs_apart(warm):
    father = lookup("Алиев", context="Алиев подписал указ.", day=date(2002, 4, 1)).actors
    son = lookup("Алиев", context="Алиев подписал указ.", day=date(2015, 4, 1)).actors
    assert [a.entity for a in father] == ["aliyev_heydar"], [a.reason for a in father]
    assert [a.entity for a in son] == ["aliyev_ilham"], [a.reason for a in son]
    assert "2002-04-01" in father[0].reason and "2015-04-01" in son[0].reason


def test_reason_for_a_person_out_of_office_says_so(warm):
    [actor] = lookup("Назарбаев", context="Назарбаев выступил на форуме.", day=date(2021, 6, 1)).actors
    assert actor.code != "KAZGOV"
    assert re.match(r"people\.tsv:\d+ nazarbayev_nursultan", actor.reason), actor.reason
    assert "2021-06-01" in actor.reason


def test_reason_names_the_country_row_and_the_role_row(warm):
    [actor] = lookup("полиция Грузии", context="Полиция Грузии разогнала акцию протеста.",
                     day=date(2019, 6, 21)).actors
    assert actor.code == "GEOCOP"
    assert re.search(r"countries\.tsv:\d+ GEO names", actor.reason), actor.reason
    assert re.search(r"roles\.tsv:\d+ полиция->COP", actor.reason), actor.reason


def test_reason_names_the_seat_row(warm):
    [actor] = lookup("Кремль", context="Кремль прокомментировал итоги выборов.", day=date(2018, 3, 19)).actors
    assert actor.code == "RUSGOV"
    assert re.search(r"countries\.tsv:\d+ RUS seats", actor.reason), actor.reason


def test_reason_names_the_igo_row(warm):
    [actor] = lookup("МАГАТЭ", context="МАГАТЭ направило инспекторов.", day=date(2022, 9, 1)).actors
    assert re.search(r"igos\.tsv:\d+ IGOUNOIAE", actor.reason), actor.reason


def test_reason_for_coreference_names_the_antecedent(warm):
    context = ("Президент Казахстана Касым-Жомарт Токаев прибыл в Москву. "
               "Глава государства провел переговоры.")
    [actor] = lookup("Глава государства", context=context, day=date(2024, 1, 10)).actors
    assert actor.code == "KAZGOV"
    assert actor.reason.startswith("coreference:") and "Токаев" in actor.reason, actor.reason


def test_country_adjective_inside_an_organisation_is_not_the_government(warm):
    result = lookup("Израильская ассоциация врачей",
                    context="Израильская ассоциация врачей объявила забастовку.", day=date(2023, 7, 25))
    assert "ISRGOV" not in [a.code for a in result.actors]


def test_agreement_names_its_row(warm):
    result = lookup("Соглашениям Авраама", context="Марокко присоединилось к Соглашениям Авраама.",
                    day=date(2020, 12, 10))
    assert result.agreement is not None and result.actors == []


# --- resolver behaviour that a table row cannot pin down ---------------

def test_reason_names_the_row_of_the_person_chosen(warm):
    [actor] = lookup("Алиев", context="Алиев подписал указ.", day=date(2015, 4, 1)).actors
    assert actor.entity == "aliyev_ilham"
    assert "aliyev_ilham" in actor.reason, actor.reason


def test_bare_surname_follows_the_full_name_named_earlier(warm):
    context = ("Премьер-министр Венгрии Виктор Орбан прибыл в Брюссель. "
               "Орбана встретили с прохладцей.")
    [actor] = lookup("Орбана", context=context, day=date(2020, 6, 1)).actors
    assert actor.entity == "orban_viktor" and actor.code == "HUNGOV"
    assert actor.confidence == 0.95, actor       # 0.75 = coded as ambiguous


@pytest.mark.parametrize("text, relative", [
    ("Жена президента Украины встретилась с президентом Франции.", "UKRCVL"),
    ("The son of the Russian defence minister met the French president.", "RUSCVL"),
])
def test_a_relative_of_an_office_holder_holds_no_office(pipeline, text, relative):
    from tests.conftest import code_sentence
    sources = {e.source for e in code_sentence(pipeline, text)}
    assert relative in sources and not any(s.endswith(("GOV", "GOVMIL")) and s[:3] == relative[:3] for s in sources)
