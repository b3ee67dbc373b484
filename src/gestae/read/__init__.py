"""Reading documents: files, JSON Lines, directories and stdin -> Document."""
from gestae.read.files import ReadResult, read_paths

__all__ = ["ReadResult", "read_paths"]
