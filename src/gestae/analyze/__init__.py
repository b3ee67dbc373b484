"""Language analysis: text -> sentences, tokens with UD syntax, named mentions."""
from gestae.analyze.dispatch import analyze, detect_language

__all__ = ["analyze", "detect_language"]
