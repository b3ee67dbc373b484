"""Same input, same output: two fresh processes with different hash seeds code a corpus sample
to the same bytes (set iteration order must never choose an actor, a code or an order)."""
from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE_ARTICLES = 40


def _start_coding(paths: list[Path], seed: str, home: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONHASHSEED=seed, GESTAE_HOME=str(home))
    return subprocess.Popen([sys.executable, "-m", "gestae", "code", *map(str, paths)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _output(process: subprocess.Popen) -> bytes:
    out, err = process.communicate(timeout=600)
    assert process.returncode in (0, 3), err.decode(errors="replace")[-2000:]
    return out


def test_determinism_corpus_sample_codes_to_the_same_bytes_whatever_the_hash_seed(need_shared, tmp_path,
                                                                                hermetic_home):
    sample = tmp_path / "sample.jsonl"
    with sample.open("w", encoding="utf-8") as out:
        for name in ("ru_news.jsonl", "en_news.jsonl"):
            with (need_shared / "corpus" / name).open(encoding="utf-8") as corpus:
                out.writelines(itertools.islice(corpus, SAMPLE_ARTICLES))
    paths = [sample, Path(__file__).resolve().parents[1] / "samples"]
    runs = [_start_coding(paths, seed, hermetic_home) for seed in ("1", "2")]
    first, second = (_output(run) for run in runs)
    if not first:
        pytest.fail("the sample gave no events at all: nothing was compared")
    assert first == second
