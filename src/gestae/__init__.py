"""gestae: political event data from Russian and English news, coded in CAMEO with evidence."""
from gestae.pipeline import Pipeline, code_text
from gestae.records import Document, Event

__all__ = ["Document", "Event", "Pipeline", "code_text"]
__version__ = "0.1.0"
