"""An obligation laid on another in reported speech is the speaker's appeal ('should') or
demand ('must'); the deed it asks for has not happened (events/obligation.py)."""
from __future__ import annotations

import pytest
from tests.conftest import code_sentence


def dyads(events) -> set[tuple[str, str, str]]:
    return {(e.source_country or e.source, e.target_country or e.target, e.code) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("U.S. Treasury Secretary James Baker said Brazil should come up with a new economic plan.", ("USA", "BRA", "020")),
    ("The United States said Iran must withdraw its troops from Iraq.", ("USA", "IRN", "100")),
    ("Iran should withdraw its troops, the French foreign minister said.", ("FRA", "IRN", "020")),
    ("Посол США заявил, что Белград должен решить вопрос Косово.", ("USA", "SRB", "100")),
])
def test_an_obligation_in_reported_speech_is_an_appeal_or_a_demand(pipeline, text, expected):
    found = dyads(code_sentence(pipeline, text))
    assert expected in found
    assert not any(code.startswith("08") for _, _, code in found)      # nobody withdrew


def test_a_government_obliging_its_own_country_is_no_appeal(pipeline):
    text = "German Chancellor Olaf Scholz said Germany must not become a party to the war."
    assert not any(code.startswith(("02", "10")) for _, _, code in dyads(code_sentence(pipeline, text)))


def test_a_deed_under_should_is_not_coded_as_done(pipeline):
    assert code_sentence(pipeline, "Israel should withdraw its troops from Lebanon.") == []


def test_a_scheduled_act_stays_an_intent(pipeline):
    found = dyads(code_sentence(pipeline, "Путин должен прибыть в Астану в понедельник.", "2024-06-20"))
    assert ("RUS", "KAZ", "036") in found
