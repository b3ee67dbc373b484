"""Draw the passages of the sealed gold sets at random from ``../shared/corpus``.

One passage (one to three consecutive sentences) from each of N articles drawn with a fixed
seed, skipping articles that earlier gold sets already used. It writes the skeleton of a gold
file (text references, no events) for people to code by the rules of
``shared/eval/README.md``; the texts stay in the corpus, only their offsets are stored.

    python scripts/sample_sealed.py ru 220 > /tmp/ru_skeleton.jsonl
    python scripts/sample_sealed.py en 120 study > /tmp/en_study.jsonl

``study`` draws a second, open sample the same way (another seed, skipping the sealed sets'
articles too): the same kind of news as the sealed sets, but ours to read, miss by miss.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261204
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = {"ru": SHARED / "corpus" / "ru_news.jsonl", "en": SHARED / "corpus" / "en_news.jsonl"}
USED = [REPO / "tests" / "data" / "ru_news_gold.jsonl"]
SEALED = [REPO / "tests" / "data" / "sealed" / f"{lang}_news_sealed.jsonl" for lang in ("ru", "en")]
SENTENCE_END = re.compile(r"(?<=[.!?…»\"])\s+(?=[«\"A-ZА-ЯЁ])|\n+")
MIN_CHARS, MAX_CHARS = 60, 600


def used_articles(kind: str) -> set[str]:
    ids = set()
    for path in USED + (SEALED if kind == "study" else []):
        for line in path.read_text(encoding="utf-8").splitlines():
            ref = json.loads(line).get("text_ref") if line.strip() else None
            if ref:
                ids.add(ref["id"])
    return ids


def dev_texts() -> list[str]:
    path = SHARED / "eval" / "ru_dev.jsonl"
    return [json.loads(line)["text"][:80] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def passage(text: str, rng: random.Random) -> tuple[int, int] | None:
    spans = [s for s in sentence_spans(text) if s[1] - s[0] >= 25]
    if not spans:
        return None
    for _ in range(10):
        first = rng.randrange(len(spans))
        count = rng.choice((1, 2, 2, 3))
        last = min(len(spans) - 1, first + count - 1)
        start, stop = spans[first][0], spans[last][1]
        while stop - start > MAX_CHARS and last > first:
            last -= 1
            stop = spans[last][1]
        if MIN_CHARS <= stop - start <= MAX_CHARS:
            return start, stop
    return None


def main(lang: str, count: int, kind: str = "sealed") -> None:
    rng = random.Random(f"{SEED}-{lang}" + ("" if kind == "sealed" else f"-{kind}"))
    docs = [json.loads(line) for line in CORPUS[lang].read_text(encoding="utf-8").splitlines() if line.strip()]
    skip = used_articles(kind)
    folder = "../../../../" if kind == "sealed" else "../../../"
    prefixes = dev_texts() if lang == "ru" else []
    docs = [d for d in docs if d["id"] not in skip and not any(p in d["text"] for p in prefixes)]
    rng.shuffle(docs)
    written = 0
    for doc in docs:
        span = passage(doc["text"], rng)
        if span is None:
            continue
        written += 1
        item = {"id": f"{kind}-{lang}-{written:03d}",
                "text_ref": {"file": f"{folder}shared/corpus/{CORPUS[lang].name}", "id": doc["id"],
                             "start": span[0], "stop": span[1]},
                "doc_date": doc.get("date"), "events": [],
                "origin": f"{kind} gold by gestae developers over {doc['id']} of shared/corpus/{CORPUS[lang].name}"
                          f" (text not stored here); sampled by scripts/sample_sealed.py, seed {SEED}"}
        print(json.dumps(item, ensure_ascii=False))
        if written == count:
            break


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), *sys.argv[3:4])
