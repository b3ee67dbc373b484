"""The compiled knowledge base, kept between processes: building it lemmatises some 50,000
phrases through pymorphy3 (about a second); reading it back from a pickle takes a fraction.

The cache is keyed by a checksum of every file the base is built from (the shipped tables and
the user's layers), of the code that builds it and of gestae's version, so a changed row, a new
layer or a changed loader rebuilds it. A
cache that cannot be read or written is rebuilt or skipped, never an error.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

from gestae.actors.kb import KnowledgeBase, data_path, load_kb

log = logging.getLogger(__name__)
FORMAT = 3                          # bump when KnowledgeBase changes shape
BUILDERS = ("kb.py", "layers.py", "petrarch.py")    # the code that turns the tables into the base


def cache_key(home: Path | None) -> str:
    from gestae import __version__
    digest = hashlib.sha1(f"{__version__}/{FORMAT}".encode())
    here = Path(__file__).parent
    sources = [here / name for name in BUILDERS] + sorted(data_path("").rglob("*.tsv"))
    if home is not None:
        sources += sorted((home / "actors").rglob("*.tsv")) if (home / "actors").is_dir() else []
    for path in sources:
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def cached_kb(home: Path | None, lang: str | None = None) -> KnowledgeBase:
    """The whole base, or its view in one language; each is kept in a cache file of its own."""
    folder = (home or Path(tempfile.gettempdir())) / "cache"
    key = cache_key(home)
    path = folder / f"kb-{key}-{lang or 'all'}.pickle"
    kb = _read(path)
    if kb is None:
        kb = load_kb(home) if lang is None else cached_kb(home, None).in_language(lang)
        _write(path, kb, key)
    return kb


def _read(path: Path) -> KnowledgeBase | None:
    if not path.is_file():
        return None
    collecting = gc.isenabled()
    gc.disable()                    # a few hundred thousand objects, none of them garbage
    try:
        with path.open("rb") as stream:
            kb = pickle.load(stream)
        return kb if isinstance(kb, KnowledgeBase) else None
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError) as error:
        log.warning("knowledge-base cache %s unreadable (%s): rebuilding it", path, error)
        return None
    finally:
        if collecting:
            gc.enable()


def _write(path: Path, kb: KnowledgeBase, key: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("kb-*.pickle"):
            if not old.name.startswith(f"kb-{key}-"):
                old.unlink(missing_ok=True)                  # the caches of one base per home, the current one
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(kb, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)                          # never a half-written cache
    except OSError as error:
        log.info("knowledge-base cache not written to %s: %s", path, error)
