"""Throughput and memory of the coder against the bare parse of its language's analyzer.

    python bench/bench_coding.py                      # Russian: ../shared/corpus/ru_news.jsonl
    python bench/bench_coding.py --lang en --repeat 5 # English: tests/data/en_dev.jsonl, 5 times

Prints documents/s, sentences/s, events, peak memory (RSS) and the ratio of our throughput to
the bare parse (natasha: segment, morphology, syntax, NER; spaCy: its whole en_core_web_sm
pipeline) of the same texts in the same process, interleaved per document, on one core, with
BLAS threads pinned to one.
The ratio is what matters; the absolute figures depend on the CPU.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")      # BLAS threads pinned to one, before numpy loads
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = {"ru": ROOT.parent / "shared" / "corpus" / "ru_news.jsonl",
                  "en": ROOT / "tests" / "data" / "en_dev.jsonl"}


def load(path: Path, limit: int | None) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records[:limit] if limit else records


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(DEFAULT_CORPUS), default="ru")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=1, help="code the corpus this many times")
    args = parser.parse_args()
    args.corpus = args.corpus or DEFAULT_CORPUS[args.lang]
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (it lives in ../shared/corpus/)", file=sys.stderr)
        return 2

    from gestae.analyze.dispatch import analyzer_for
    from gestae.pipeline import Pipeline
    from gestae.records import Document

    records = load(args.corpus, args.limit) * args.repeat
    chars = sum(len(r["text"]) for r in records)
    print(f"corpus: {len(records)} documents, {chars:,} characters")
    analyzer = analyzer_for(args.lang)
    pipeline = Pipeline(lang=args.lang)
    pipeline.code(Document(id="warmup", text=records[0]["text"]))       # load models and tables
    start_rss = peak_rss_mb()

    # Interleave the two per document, so that both see the same caches, CPU state and load.
    bare = ours = 0.0
    bare_sentences = sentences = events = failures = 0
    for record in records:
        started = time.perf_counter()
        bare_sentences += sum(1 for _ in analyzer.parse(record["text"]).sents)
        bare += time.perf_counter() - started
        started = time.perf_counter()
        try:
            coded = pipeline.code(Document(id=str(record["id"]), text=record["text"]))
        except Exception as error:          # a benchmark reports crashes instead of stopping
            failures += 1
            print(f"crash on {record['id']}: {error!r}", file=sys.stderr)
            continue
        finally:
            ours += time.perf_counter() - started
        sentences += len(coded.sentences)
        events += len(coded.events)

    n = len(records)
    print(f"bare parse ({args.lang})    : {n / bare:7.2f} documents/s  {bare_sentences / bare:8.1f} sentences/s  ({bare:.1f} s)")
    print(f"gestae full coding : {n / ours:7.2f} documents/s  {sentences / ours:8.1f} sentences/s  ({ours:.1f} s)")
    print(f"ratio gestae / bare: {bare / ours:.3f}  (1.0 = as fast as parsing alone)")
    print(f"events             : {events} ({events / n:.2f} per document), crashes: {failures}")
    print(f"peak memory (RSS)  : {peak_rss_mb():.0f} MB (after model load: {start_rss:.0f} MB)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
