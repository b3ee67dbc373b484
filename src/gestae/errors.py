"""Our exceptions. Each message says what failed and how to fix it."""


class GestaeError(Exception):
    """Base class: the CLI prints these as one line, without a traceback."""


class InputError(GestaeError):
    """A file or a line could not be read as a document."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin


class DataError(GestaeError):
    """A shipped or user-supplied data file (lexicon, knowledge base) is malformed."""


class UnsupportedLanguage(GestaeError):
    """The document's language has no coder."""


class StoreError(GestaeError):
    """The database could not be opened or written."""
