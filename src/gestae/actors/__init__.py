"""Actors: the knowledge base, name matching, resolution as of a date, coreference."""
from gestae.actors.lookup import Lookup, lookup

__all__ = ["Lookup", "lookup"]
