"""Storage: documents, sentences and events in DuckDB (embedded) behind one interface."""
from gestae.store.duckdb import DuckStore, EventQuery

__all__ = ["DuckStore", "EventQuery"]
