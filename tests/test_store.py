"""DuckStore: save() replaces a document's rows atomically; EventQuery and dyads() read them back."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from conftest import PUTIN_TOKAYEV, PUTIN_TOKAYEV_DATE
from gestae.errors import StoreError
from gestae.pipeline import Coded
from gestae.records import Document
from gestae.store import DuckStore, EventQuery

# doc_id, text, publication date -> events the coder finds today (source, target, code, date)
CORPUS = [
    ("putin-tokayev", PUTIN_TOKAYEV, PUTIN_TOKAYEV_DATE),                       # RUSGOV<->KAZGOV 041 2024-03-05
    ("putin-tokayev-meet", "Владимир Путин встретился с Касым-Жомартом Токаевым.", date(2025, 2, 1)),  # 040
    ("lavrov-wang", "Министр иностранных дел России Сергей Лавров 10 января 2025 года встретился "
                    "с министром иностранных дел Китая Ван И в Москве.", date(2025, 1, 11)),  # RUSGOV<->CHNGOV 040
    ("usa-iran", "Соединённые Штаты 20 марта 2025 года ввели санкции против Ирана.", date(2025, 3, 21)),  # USA->IRN 163
    ("kaz-isr", "Президент Казахстана Касым-Жомарт Токаев осудил действия Израиля.", date(2025, 3, 21)),  # KAZGOV->ISR 111
]


@pytest.fixture
def store(tmp_path):
    """A fresh database file per test."""
    db = DuckStore(tmp_path / "test.duckdb")
    yield db
    db.close()


@pytest.fixture
def coded(pipeline, putin_tokayev) -> Coded:
    result = pipeline.code(putin_tokayev)
    assert result.events, "the coder found no event in the reference sentence"
    return result


@pytest.fixture(scope="module")
def corpus(pipeline) -> list[Coded]:
    return [pipeline.code(Document(id=i, text=t, date=d)) for i, t, d in CORPUS]


@pytest.fixture
def stocked(store, corpus) -> DuckStore:
    for item in corpus:
        store.save(item)
    return store


def dyad_codes(rows: list[dict]) -> list[tuple[str, str, str]]:
    return [(r["source"], r["target"], r["code"]) for r in rows]


# --- save ------------------------------------------------------------------------------------

def test_store_save_writes_documents_sentences_events(store, coded):
    written = store.save(coded)
    assert written == len(coded.events) == 2
    assert store.counts() == {"documents": 1, "sentences": len(coded.sentences), "events": 2}
    doc = store.db.execute("SELECT doc_id, pub_date, lang, status, text FROM documents").fetchone()
    assert doc == ("putin-tokayev", PUTIN_TOKAYEV_DATE, "ru", "coded", PUTIN_TOKAYEV)


def test_store_events_round_trip(store, coded):
    store.save(coded)
    rows = store.events(EventQuery())
    expected = sorted((e.to_dict() for e in coded.events), key=lambda e: (e["trigger_start"], e["source"]))
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in expected]
    for row, event in zip(rows, expected):
        assert row.pop("confidence_basis") == event.pop("confidence_basis")
        assert row == pytest.approx(event)
        assert isinstance(row["date"], str)                 # plain ISO string, as the coder wrote it
    assert PUTIN_TOKAYEV[rows[0]["trigger_start"]:rows[0]["trigger_end"]] == rows[0]["trigger"]


def test_store_save_twice_is_idempotent(store, coded):
    store.save(coded)
    before = store.counts(), [r["event_id"] for r in store.events(EventQuery())]
    store.save(coded)
    after = store.counts(), [r["event_id"] for r in store.events(EventQuery())]
    assert after == before


def test_store_save_recoded_twice_is_idempotent(store, pipeline, putin_tokayev):
    store.save(pipeline.code(putin_tokayev))
    before = store.counts(), [r["event_id"] for r in store.events(EventQuery())]
    store.save(pipeline.code(Document(id=putin_tokayev.id, text=putin_tokayev.text, date=putin_tokayev.date)))
    assert (store.counts(), [r["event_id"] for r in store.events(EventQuery())]) == before


@pytest.mark.parametrize("new_text, events", [
    ("Погода в Москве была тёплой. Синоптики обещают дождь.", 0),
    ("Министерство иностранных дел Молдавии вызвало посла России.", 1),
], ids=["no-event", "another-event"])
def test_store_save_changed_text_replaces_rows(store, pipeline, coded, new_text, events):
    store.save(coded)
    changed = pipeline.code(Document(id=coded.document.id, text=new_text, date=date(2024, 5, 16)))
    store.save(changed)
    assert store.counts() == {"documents": 1, "sentences": len(changed.sentences), "events": events}
    assert store.db.execute("SELECT text FROM documents").fetchone() == (new_text,)
    assert store.has_document(coded.document.id, changed.document.checksum)
    assert not store.has_document(coded.document.id, coded.document.checksum)
    assert all(r["trigger"] != "телефонный разговор" for r in store.events(EventQuery()))


def test_store_save_keeps_other_documents(store, corpus):
    for item in corpus:
        store.save(item)
    total = store.counts()
    store.save(corpus[0])
    assert store.counts() == total
    assert total["documents"] == len(CORPUS)


@pytest.mark.parametrize("doc_id, checksum_of, expected", [
    ("putin-tokayev", PUTIN_TOKAYEV, True),
    ("putin-tokayev", PUTIN_TOKAYEV + " ", False),
    ("other", PUTIN_TOKAYEV, False),
])
def test_store_has_document(store, coded, doc_id, checksum_of, expected):
    store.save(coded)
    assert store.has_document(doc_id, Document(id="x", text=checksum_of).checksum) is expected


def test_store_save_skipped_document(store, pipeline):
    text = "Der Bundeskanzler hat am Montag den französischen Präsidenten in Berlin empfangen."
    skipped = pipeline.code(Document(id="de-1", text=text))
    assert skipped.skipped
    assert store.save(skipped) == 0
    assert store.db.execute("SELECT status, note FROM documents").fetchone() == ("skipped", skipped.skipped)


def test_store_failed_save_keeps_earlier_version(store, coded):
    store.save(coded)
    before = store.counts()
    event = coded.events[0]
    broken = Coded(replace(coded.document, text=coded.document.text + " Ещё."), coded.lang, coded.sentences,
                   [event, replace(event)])                     # the same event_id twice: primary key clash
    with pytest.raises(StoreError, match="putin-tokayev"):
        store.save(broken)
    assert store.counts() == before
    assert store.has_document(coded.document.id, coded.document.checksum)
    store.save(coded)                                           # the connection is still usable
    assert store.counts() == before


def test_store_reopen_keeps_rows(tmp_path, coded):
    first = DuckStore(tmp_path / "db.duckdb")
    first.save(coded)
    first.close()
    second = DuckStore(tmp_path / "db.duckdb")
    assert second.counts()["events"] == 2
    second.close()


def test_store_open_not_a_database(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("это не база данных\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="notes.txt"):
        DuckStore(path)


# --- EventQuery ------------------------------------------------------------------------------

QUERIES = [
    (EventQuery(), [("RUSGOV", "KAZGOV", "041"), ("KAZGOV", "RUSGOV", "041"),
                    ("RUSGOV", "CHNGOV", "040"), ("CHNGOV", "RUSGOV", "040"),
                    ("RUSGOV", "KAZGOV", "040"), ("KAZGOV", "RUSGOV", "040"),
                    ("USA", "IRN", "163"), ("KAZGOV", "ISR", "111")]),
    (EventQuery(actor="KAZ"), [("RUSGOV", "KAZGOV", "041"), ("KAZGOV", "RUSGOV", "041"),
                               ("RUSGOV", "KAZGOV", "040"), ("KAZGOV", "RUSGOV", "040"),
                               ("KAZGOV", "ISR", "111")]),
    (EventQuery(actor="CHNGOV"), [("RUSGOV", "CHNGOV", "040"), ("CHNGOV", "RUSGOV", "040")]),
    (EventQuery(actor="IRN"), [("USA", "IRN", "163")]),
    (EventQuery(actor="FRA"), []),
    (EventQuery(dyad="RUS:KAZ"), [("RUSGOV", "KAZGOV", "041"), ("RUSGOV", "KAZGOV", "040")]),
    (EventQuery(dyad="KAZ:RUS"), [("KAZGOV", "RUSGOV", "041"), ("KAZGOV", "RUSGOV", "040")]),
    (EventQuery(dyad="KAZ:"), [("KAZGOV", "RUSGOV", "041"), ("KAZGOV", "RUSGOV", "040"), ("KAZGOV", "ISR", "111")]),
    (EventQuery(dyad="USA:IRN"), [("USA", "IRN", "163")]),
    (EventQuery(dyad="IRN:USA"), []),
    (EventQuery(root="04", dyad="RUS:CHN"), [("RUSGOV", "CHNGOV", "040")]),
    (EventQuery(root="4", dyad="RUS:CHN"), [("RUSGOV", "CHNGOV", "040")]),
    (EventQuery(root="16"), [("USA", "IRN", "163")]),
    (EventQuery(root="19"), []),
    (EventQuery(actor="KAZ", root="11"), [("KAZGOV", "ISR", "111")]),
    (EventQuery(since="2025-01-10", until="2025-01-10"), [("RUSGOV", "CHNGOV", "040"), ("CHNGOV", "RUSGOV", "040")]),
    (EventQuery(until="2024-12-31"), [("RUSGOV", "KAZGOV", "041"), ("KAZGOV", "RUSGOV", "041")]),
    (EventQuery(since="2025-03-20"), [("USA", "IRN", "163"), ("KAZGOV", "ISR", "111")]),
    (EventQuery(since="2025-03-21"), [("KAZGOV", "ISR", "111")]),
    (EventQuery(since="2026-01-01"), []),
    (EventQuery(dyad="RUS:KAZ", since="2025-01-01"), [("RUSGOV", "KAZGOV", "040")]),
    (EventQuery(limit=2), [("RUSGOV", "KAZGOV", "041"), ("KAZGOV", "RUSGOV", "041")]),
]


@pytest.mark.parametrize("query, expected", QUERIES, ids=[str(i) for i in range(len(QUERIES))])
def test_store_events_query(stocked, query, expected):
    assert sorted(dyad_codes(stocked.events(query))) == sorted(expected)


def test_store_events_ordered_by_date(stocked):
    dates = [r["date"] for r in stocked.events(EventQuery())]
    assert dates == sorted(dates)
    assert dates[0] == "2024-03-05" and dates[-1] == "2025-03-21"


@pytest.mark.parametrize("query", [EventQuery(since="garbage"), EventQuery(until="2025-13-01")])
def test_store_events_bad_date_is_a_store_error(stocked, query):
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        stocked.events(query)


# --- dyads -----------------------------------------------------------------------------------

def test_store_dyads_summary(stocked):
    summary = {(d["source"], d["target"]): d for d in stocked.dyads(EventQuery())}
    assert summary[("RUSGOV", "KAZGOV")] == {"source": "RUSGOV", "target": "KAZGOV", "events": 2,
                                              "goldstein": 1.0, "first": "2024-03-05", "last": "2025-02-01",
                                              "codes": "040,041"}
    assert summary[("USA", "IRN")]["events"] == 1
    assert summary[("USA", "IRN")]["first"] == summary[("USA", "IRN")]["last"] == "2025-03-20"
    assert sum(d["events"] for d in summary.values()) == stocked.counts()["events"]


@pytest.mark.parametrize("query, expected", [
    (EventQuery(), [("KAZGOV", "RUSGOV", 2), ("RUSGOV", "KAZGOV", 2)]),       # most events first, then by name
    (EventQuery(dyad="RUS:KAZ"), [("RUSGOV", "KAZGOV", 2)]),
    (EventQuery(root="16"), [("USA", "IRN", 1)]),
    (EventQuery(actor="FRA"), []),
])
def test_store_dyads_filtered_and_sorted(stocked, query, expected):
    rows = stocked.dyads(query)
    assert [(r["source"], r["target"], r["events"]) for r in rows[:len(expected)]] == expected
    assert [r["events"] for r in rows] == sorted((r["events"] for r in rows), reverse=True)
