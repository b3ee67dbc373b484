"""``gestae code --explain`` and the named participant rules it reports."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from gestae.cli import app
from gestae.events import cameo
from gestae.events.participants import RULES, rule_name
from gestae.records import Document

runner = CliRunner()


def test_explain_shows_each_stage_of_a_coded_trigger(pipeline):
    text = "Президент России Владимир Путин 5 марта 2024 года провёл переговоры с президентом Казахстана."
    trace = pipeline.explain(Document(id="t", text=text))
    assert "trigger 'провёл'" in trace and "'переговоры' @57: not a trigger: a condition word" in trace
    assert "clause: asserted" in trace and "sources: RUSGOV" in trace and "targets: KAZGOV" in trace
    assert "-> event RUSGOV -> KAZGOV 04" in trace


def test_trace_keeps_each_words_outcome_by_stage(pipeline):
    """bench/miss_causes.py reads these: which stage lost the event at a gold trigger's offset."""
    from gestae.events.explain import Trace
    text = "Москва осудила. Президент России Владимир Путин провёл переговоры с президентом Казахстана."
    trace = Trace()
    pipeline.code(Document(id="t", text=text), trace)
    by_word = {text[o.start:o.stop]: o for o in trace.outcomes}
    assert by_word["осудила"].stage == "participants" and "no target" in by_word["осудила"].why
    assert by_word["переговоры"].stage == "candidate" and "condition word" in by_word["переговоры"].why
    assert by_word["провёл"].stage == "event" and by_word["провёл"].events[0].target == "KAZGOV"


def test_explain_says_why_a_frame_was_dropped(pipeline):
    trace = pipeline.explain(Document(id="t", text="Если Минск откажется от переговоров, Москва введёт санкции."))
    assert "clause: blocked" in trace


def test_explain_reports_a_pair_that_resolves_to_one_actor(pipeline):
    trace = pipeline.explain(Document(id="t", text="Путин встретился с президентом России."))
    assert "resolve to the same actor (RUSGOV)" in trace


def test_explain_cli_on_the_seed_prints_every_trigger(need_shared):
    seed = need_shared / "seed" / "000_07774b7a0f65133f.txt"
    result = runner.invoke(app, ["code", str(seed), "--explain"])
    assert result.exit_code == 0, result.output
    assert result.output.count("  trigger ") >= 7
    assert "rules fired: initiative" in result.output


def test_participant_rules_have_unique_names_and_say_what_they_do():
    names = [rule_name(rule) for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.__doc__ for rule in RULES)


@pytest.mark.parametrize("code, prop, expected", [
    ("190", "place-target", True), ("0874", "place-target", True), ("042", "visit", True),
    ("091", "domestic", True), ("141", "domestic", True), ("1311", "answers-earlier", True),
    ("163", "object-country", True), ("145", "object-country", False), ("040", "meeting", True),
    ("051", "place-target", False), ("-", "domestic", False), ("173", "state-act", True),
    ("1721", "state-act", True), ("111", "state-act", False),
])
def test_cameo_properties_are_data(code, prop, expected):
    assert cameo.has(code, prop) is expected


def test_cameo_claims_of_force_are_accusations():
    assert cameo.lookup("190").claimed_as == "1123" and cameo.lookup("051").claimed_as is None


def test_the_confidence_floor_is_per_language_unless_chosen():
    from gestae.records import confidence_floor
    assert confidence_floor("en") == 0.35 and confidence_floor("ru") == 0.40 and confidence_floor("kk") == 0.40
    assert confidence_floor("en", 0.6) == 0.6
