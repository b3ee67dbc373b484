"""Shared fixtures: the pipeline (natasha models load once per session) and ../shared."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gestae.pipeline import Pipeline
from gestae.records import Document

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# A short real sentence with one dyad, an explicit date and a phone-call trigger.
PUTIN_TOKAYEV = ("Президент России Владимир Путин 5 марта 2024 года провёл телефонный разговор "
                 "с президентом Казахстана Касым-Жомартом Токаевым.")
PUTIN_TOKAYEV_DATE = date(2024, 3, 6)


@pytest.fixture(autouse=True)
def hermetic_home(tmp_path_factory, monkeypatch) -> Path:
    """Every test sees an empty $GESTAE_HOME: a user's own actor rows never change a result."""
    home = tmp_path_factory.mktemp("gestae-home")
    monkeypatch.setenv("GESTAE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """A Russian pipeline whose natasha models are already loaded (they load once per process)."""
    from gestae.analyze.dispatch import analyzer_for
    analyzer_for("ru")
    return Pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared directory beside the repository (may be absent: see ``need_shared``)."""
    return SHARED


@pytest.fixture
def need_shared(shared: Path) -> Path:
    """``shared``, or skip the test with a clear reason when the directory is absent."""
    if not shared.is_dir():
        pytest.skip(f"{shared} is absent: this test needs the shared data beside the repository")
    return shared


@pytest.fixture
def putin_tokayev() -> Document:
    return Document(id="putin-tokayev", text=PUTIN_TOKAYEV, date=PUTIN_TOKAYEV_DATE)


def code_sentence(pipeline: Pipeline, text: str, day: str | None = "2024-01-01"):
    """The events of one text published on ``day``."""
    return pipeline.code(Document(id="t", text=text, date=date.fromisoformat(day) if day else None)).events


def assert_events_found(events, expected: list[tuple[str, str, str]]) -> None:
    """Every (source, target, code prefix) is among the events (countries or organisations)."""
    found = {(e.source_country or e.source, e.target_country or e.target, e.code) for e in events}
    for source, target, prefix in expected:
        assert any(s == source and t == target and c.startswith(prefix) for s, t, c in found), (expected, found)
