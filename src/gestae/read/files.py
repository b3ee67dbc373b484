"""Read .txt and .jsonl files, directories (recursively) and stdin into Documents.

Bad input never stops the batch: each bad file or line yields an ``InputError``
naming the file and line, and reading goes on with the next one.
"""
from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date as Date
from pathlib import Path
from typing import TextIO

from gestae.errors import InputError
from gestae.records import Document

log = logging.getLogger(__name__)

MAX_DOCUMENT_CHARS = 2_000_000          # longer texts are refused, not truncated
MAX_LINE_CHARS = 5_000_000              # a JSONL line longer than this is refused
DATE_HEADER = re.compile(r"\A\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t]*\r?\n|[ \t]+)")
SUFFIXES = {".txt", ".jsonl", ".json"}

ReadResult = Document | InputError


def read_paths(paths: Iterable[str], stdin: TextIO | None = None) -> Iterator[ReadResult]:
    """Yield a Document or an InputError for every document found under ``paths``."""
    for raw in paths:
        if raw == "-":
            yield from _read_stream(stdin or sys.stdin, "<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
            for file in files:
                yield from read_file(file)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield InputError(raw, "no such file or directory")


def read_file(path: Path) -> Iterator[ReadResult]:
    try:
        data = path.read_bytes()
    except OSError as error:
        yield InputError(str(path), f"cannot read file ({error.strerror})")
        return
    problem = _binary_or_encoding_problem(data)
    if problem:
        yield InputError(str(path), problem)
        return
    text = data.decode("utf-8-sig")
    if path.suffix in (".jsonl", ".json"):
        yield from _read_jsonl_lines(split_lines(text), str(path))
    else:
        yield _txt_document(text, path.stem, str(path))


def _read_stream(stream: TextIO, origin: str) -> Iterator[ReadResult]:
    try:
        text = stream.read()
    except UnicodeDecodeError as error:
        yield InputError(origin, f"not UTF-8 text (byte {error.start}); convert it with iconv -t UTF-8")
        return
    if text.lstrip().startswith("{"):
        yield from _read_jsonl_lines(split_lines(text), origin)
    else:
        yield _txt_document(text, "stdin", origin)


def split_lines(text: str) -> list[str]:
    """Lines of a JSON Lines text: only \n ends a line (U+2028 may sit inside a JSON string)."""
    return re.split(r"\r?\n", text)


def _binary_or_encoding_problem(data: bytes) -> str | None:
    if b"\x00" in data[:65536]:
        return "binary file (contains NUL bytes), expected UTF-8 text or JSON Lines"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return (f"line {line}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
                f"{error.start}); convert it, e.g. iconv -f latin1 -t UTF-8")
    return None


def _txt_document(text: str, doc_id: str, origin: str) -> ReadResult:
    publication = None
    header = DATE_HEADER.match(text)
    if header:
        publication = _publication_date(header.group(1), f"{origin}:1", "date header")
        text = text[header.end():]
    return _checked(Document(id=doc_id, text=text, date=publication, origin=origin), f"{origin}:1")


def _read_jsonl_lines(lines: list[str], origin: str) -> Iterator[ReadResult]:
    for number, line in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        if len(line) > MAX_LINE_CHARS:
            yield InputError(where, f"line of {len(line):,} characters is over the limit of {MAX_LINE_CHARS:,}")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(where, f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        yield _json_document(record, where, f"{Path(origin).stem}-{number}")


def _json_document(record: object, where: str, fallback_id: str) -> ReadResult:
    if not isinstance(record, dict):
        return InputError(where, "expected a JSON object with at least a \"text\" field")
    text = record.get("text")
    if not isinstance(text, str):
        return InputError(where, "missing or non-string \"text\" field")
    publication = None
    raw_date = record.get("date") or record.get("doc_date")
    if raw_date is not None:
        publication = _publication_date(str(raw_date)[:10], where, '"date"')
    doc = Document(
        id=str(record.get("id") or fallback_id), text=text, date=publication,
        lang=_optional_str(record.get("lang")), title=_optional_str(record.get("title")),
        url=_optional_str(record.get("url")), origin=where,
    )
    return _checked(doc, where)


def _publication_date(raw: str, where: str, what: str) -> Date | None:
    """A malformed date costs the date, not the document: a warning, and the record is undated."""
    try:
        return Date.fromisoformat(raw)
    except ValueError:
        log.warning("%s: bad %s %r, expected YYYY-MM-DD; the document is coded undated", where, what, raw)
        return None


def _optional_str(value: object) -> str | None:
    return str(value) if value is not None else None


def _checked(doc: Document, where: str) -> ReadResult:
    if not doc.text.strip():
        return InputError(where, "empty document (no text)")
    if len(doc.text) > MAX_DOCUMENT_CHARS:
        return InputError(where, f"document of {len(doc.text):,} characters is over the limit of "
                                 f"{MAX_DOCUMENT_CHARS:,}; split it into articles")
    return doc
