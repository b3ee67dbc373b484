"""The embedded store. Writing a document replaces its rows in one transaction, so a re-run
adds nothing and a crash never leaves half a document behind."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date as Date
from importlib import resources
from pathlib import Path

import duckdb

from gestae.errors import StoreError
from gestae.pipeline import Coded

EVENT_COLUMNS = ["event_id", "doc_id", "date", "date_source", "source", "source_country", "source_role",
                 "source_name", "target", "target_country", "target_role", "target_name", "code", "root",
                 "name", "quad_class", "goldstein", "plover", "plover_mode", "confidence", "sentence",
                 "sentence_start", "trigger", "trigger_start", "trigger_end", "rule", "lang",
                 "source_reason", "target_reason", "modality", "reciprocal", "confidence_basis"]


@dataclass(slots=True)
class EventQuery:
    actor: str | None = None        # a country or actor code prefix, either side
    dyad: str | None = None         # "ISR:KAZ": source prefix : target prefix
    root: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None


class DuckStore:
    def __init__(self, path: str | Path) -> None:
        try:
            self.db = duckdb.connect(str(path))
        except duckdb.Error as error:
            raise StoreError(f"cannot open database {path}: {error}") from error
        schema = (resources.files("gestae") / "store" / "schema.sql").read_text(encoding="utf-8")
        self.db.execute(schema)

    def close(self) -> None:
        self.db.close()

    def has_document(self, doc_id: str, checksum: str) -> bool:
        row = self.db.execute("SELECT checksum FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row is not None and row[0] == checksum

    def save(self, coded: Coded) -> int:
        """Store a coded document, replacing any earlier version of it. Returns events written."""
        doc = coded.document
        self.db.execute("BEGIN TRANSACTION")
        try:
            for table in ("events", "sentences", "documents"):
                self.db.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.id])
            self.db.execute(
                "INSERT INTO documents (doc_id, checksum, pub_date, lang, title, url, origin, status, note, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [doc.id, doc.checksum, doc.date, coded.lang, doc.title, doc.url, doc.origin,
                 "skipped" if coded.skipped else "coded", coded.skipped, doc.text])
            if coded.sentences:
                self.db.executemany(
                    "INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)",
                    [[doc.id, s.index, s.start, s.stop, s.commentary, s.text] for s in coded.sentences])
            if coded.events:
                placeholders = ", ".join("?" for _ in EVENT_COLUMNS)
                self.db.executemany(
                    f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({placeholders})",
                    [[_stored(e, c) for c in EVENT_COLUMNS] for e in coded.events])
            self.db.execute("COMMIT")
        except duckdb.Error as error:
            self.db.execute("ROLLBACK")
            raise StoreError(f"could not store document {doc.id}: {error}") from error
        return len(coded.events)

    def events(self, query: EventQuery) -> list[dict]:
        for name in ("since", "until"):
            value = getattr(query, name)
            if value is not None:
                try:
                    Date.fromisoformat(value)
                except ValueError:
                    raise StoreError(f"--{name} {value!r}: expected a date as YYYY-MM-DD") from None
        where, params = [], []
        if query.actor:
            where.append("(source LIKE ? OR target LIKE ?)")
            params += [query.actor + "%", query.actor + "%"]
        if query.dyad:
            source, _, target = query.dyad.partition(":")
            where.append("source LIKE ? AND target LIKE ?")
            params += [source + "%", target + "%"]
        if query.root:
            where.append("root = ?")
            params.append(query.root.zfill(2))
        if query.since:
            where.append("date >= ?")
            params.append(query.since)
        if query.until:
            where.append("date <= ?")
            params.append(query.until)
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date NULLS LAST, doc_id, trigger_start, source, target"
        if query.limit:
            sql += f" LIMIT {int(query.limit)}"
        rows = self.db.execute(sql, params).fetchall()
        return [_plain(dict(zip(EVENT_COLUMNS, row))) for row in rows]

    def dyads(self, query: EventQuery) -> list[dict]:
        rows = self.events(query)
        summary: dict[tuple[str, str], dict] = {}
        for row in rows:
            key = (row["source"], row["target"])
            item = summary.setdefault(key, {"source": key[0], "target": key[1], "events": 0,
                                            "goldstein": 0.0, "first": row["date"], "last": row["date"],
                                            "codes": set()})
            item["events"] += 1
            item["goldstein"] += row["goldstein"] or 0.0
            item["codes"].add(row["code"])
            if row["date"]:
                item["first"] = min(filter(None, [item["first"], row["date"]]))
                item["last"] = max(filter(None, [item["last"], row["date"]]))
        result = []
        for item in summary.values():
            item["goldstein"] = round(item["goldstein"] / item["events"], 2)
            item["codes"] = ",".join(sorted(item["codes"]))
            result.append(item)
        return sorted(result, key=lambda i: (-i["events"], i["source"], i["target"]))

    def counts(self) -> dict[str, int]:
        return {table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("documents", "sentences", "events")}


def _stored(event, column: str):
    value = getattr(event, column)
    return json.dumps(value, sort_keys=True) if column == "confidence_basis" else value


def _plain(row: dict) -> dict:
    if row.get("date") is not None:
        row["date"] = row["date"].isoformat()
    if "confidence_basis" in row:
        row["confidence_basis"] = json.loads(row["confidence_basis"]) if row["confidence_basis"] else {}
    return row
