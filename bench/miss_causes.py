"""Where the events of a gold set are lost: each missed required gold event is put in the
first stage that lost it, from the trace ``gestae code --explain`` prints.

    python bench/miss_causes.py                  # every gold set of tests/eval_baseline.json
    python bench/miss_causes.py ru_news_gold --details

Stages, in order:
- no lexicon word: no word of the gold trigger has a lexicon entry (or its sentence was skipped);
- conditions unmet: a word has entries, but no entry's condition words are in its subtree;
- absorbed: the word is a condition word of another trigger, or gives way to the intent over it;
- no source / no target / dropped: the trigger's frame was dropped, by the stage its reason names;
- wrong actors / wrong code: the trigger made events, none matching the gold dyad and root;
- not near a trigger: the gold event names no trigger the trace can place.
The sealed sets are reported as counts only (``--details`` is refused for them): their misses
are not studied.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date as Date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def trigger_span(gold: dict, text: str) -> tuple[int, int] | None:
    words = gold.get("trigger") or ""
    start = gold.get("trigger_start")
    if start is None or start < 0:
        start = text.find(words) if words else -1
    return (start, start + max(len(words), 1)) if start >= 0 else None


def cause(gold: dict, text: str, outcomes: list, same_dyad) -> str:
    span = trigger_span(gold, text)
    if span is None:
        return "not near a trigger"
    near = [o for o in outcomes if o.start < span[1] and o.stop > span[0]]
    if any(o.stage == "sentence" for o in near):
        return "sentence skipped"
    near = [o for o in near if o.stage != "sentence"]
    if not near:
        return "no lexicon word"
    made = [e for o in near for e in o.events if o.stage == "event"]
    if made:
        return "wrong code" if any(same_dyad(gold, e) for e in made) else "wrong actors"
    if any(o.stage == "late" for o in near):
        return "dropped late"
    for stage, why in ((o.stage, o.why) for o in near):
        if stage == "participants":
            return "no source" if "no source" in why else "no target" if "no target" in why else "participants: other"
        if stage == "frame":
            return "frame dropped: " + why.split(":")[0][:40]
    whys = [o.why for o in near]
    if any("conditions" in w for w in whys):
        return "conditions unmet"
    if any("condition word" in w or "gives way" in w for w in whys):
        return "absorbed"
    return "not a trigger: other"


def causes(entry: dict, details: bool) -> Counter:
    from gestae.evaluate import _align, _match_root, _same_dyad, gold_path, load_gold
    from gestae.events.explain import Trace
    from gestae.pipeline import Pipeline
    from gestae.records import Document
    pipeline = Pipeline(lang=entry.get("lang", "auto"))
    counts: Counter = Counter()
    for item in load_gold(gold_path(entry, REPO, SHARED)):
        day = Date.fromisoformat(item["doc_date"]) if item.get("doc_date") else None
        trace = Trace()
        events = pipeline.code(Document(id=str(item["id"]), text=item["text"], date=day), trace).events
        golds = item["events"]
        matched = _align(golds, events, _match_root)
        for g, gold in enumerate(golds):
            if g in matched or gold.get("optional"):
                continue
            why = cause(gold, item["text"], trace.outcomes, _same_dyad)
            counts[why] += 1
            if details:
                print(f"{item['id']}\t{why}\t{gold['source']}->{gold['target']} {gold['code']}\t{gold.get('trigger', '')}")
    return counts


def main(argv: list[str]) -> None:
    details = "--details" in argv
    names = [a for a in argv if not a.startswith("--")]
    pinned = json.loads((REPO / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))
    for name in names or list(pinned):
        if details and name.startswith("sealed"):
            sys.exit(f"{name}: a sealed set's misses are not listed, only counted")
        counts = causes(pinned[name], details)
        total = sum(counts.values())
        print(f"{name}: {total} missed required events")
        for why, n in counts.most_common():
            print(f"  {n:4d}  {n / total:5.1%}  {why}")


if __name__ == "__main__":
    main(sys.argv[1:])
