"""What an event's confidence rests on (events/confidence.py): every event carries the features
the coder knew about it, and actors are told apart by how they were resolved."""
from __future__ import annotations

from conftest import PUTIN_TOKAYEV, PUTIN_TOKAYEV_DATE
from gestae.events.confidence import actor_resolution, feature_names
from gestae.pipeline import code_text
from gestae.records import Actor


def test_every_event_carries_the_features_of_its_confidence(pipeline):
    events = code_text(PUTIN_TOKAYEV, date=PUTIN_TOKAYEV_DATE.isoformat())
    assert events
    basis = events[0].confidence_basis
    assert basis["bias"] == 1.0 and basis["lang_ru"] == 1.0
    assert basis["source_person"] == 1.0 and basis["target_person"] == 1.0   # Putin and Tokayev, by name
    assert basis["dated_in_text"] == 1.0                                     # '5 марта 2024 года'
    assert set(basis) <= set(feature_names())
    assert all(value for value in basis.values())                           # zeros are left out


def test_actors_are_told_apart_by_how_they_were_resolved():
    def actor(reason: str, entity: str = "") -> Actor:
        return Actor(code="RUSGOV", country="RUS", role="GOV", name="", reason=reason, entity=entity)
    assert actor_resolution(actor("people.tsv:12 putin_vladimir: head_of_state on 2024-03-05",
                                  "putin_vladimir")) == "person"
    assert actor_resolution(actor("coreference: 'он' = Путин (RUSGOV)")) == "coreference"
    assert actor_resolution(actor("roles.tsv:8 президент->GOV; country from the country the document is about")) == "guessed"
    assert actor_resolution(actor("no agent named: the authorities of RUS")) == "guessed"
    assert actor_resolution(actor("countries.tsv:150 RUS names", "RUS")) == "named"
