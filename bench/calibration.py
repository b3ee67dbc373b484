"""How well an event's confidence says how likely it is right: a reliability table and the
Brier score per language, on the gold sets (dev and, as aggregates only, sealed).

    python bench/calibration.py

Every event the coder makes with no confidence floor is a sample, right when it matches a
gold event of its item at dyad + root (an optional gold event counts as right). For each
confidence bin the table gives how many events fall in it and what share of them is right;
a calibrated confidence has that share near the bin's confidence.
"""
from __future__ import annotations

import json
import sys
from datetime import date as Date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BINS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)


def samples(names: list[str]) -> list[tuple[float, float]]:
    from gestae.evaluate import _match_root, gold_path, load_gold
    from gestae.pipeline import Pipeline
    from gestae.records import Document
    pinned = json.loads((REPO / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))
    found = []
    for name in names:
        entry = pinned[name]
        pipeline = Pipeline(lang=entry.get("lang", "ru"), min_confidence=0.0)
        for item in load_gold(gold_path(entry, REPO, SHARED)):
            day = Date.fromisoformat(item["doc_date"]) if item.get("doc_date") else None
            for event in pipeline.code(Document(id=str(item["id"]), text=item["text"], date=day)).events:
                found.append((event.confidence, float(any(_match_root(g, event) for g in item["events"]))))
    return found


def report(title: str, found: list[tuple[float, float]]) -> None:
    if not found:
        return
    brier = sum((p - y) ** 2 for p, y in found) / len(found)
    print(f"\n{title}: {len(found)} events, {sum(y for _, y in found):.0f} right, Brier score {brier:.3f}")
    print(f"  {'confidence':>12} {'events':>7} {'right':>6} {'share right':>12}")
    for low, high in zip(BINS, BINS[1:], strict=False):
        inside = [y for p, y in found if low <= p < high]
        if inside:
            print(f"  {low:.1f} – {min(high, 1.0):.1f} {len(inside):7} {sum(inside):6.0f} {sum(inside) / len(inside):12.2f}")


def main() -> int:
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: the gold sets' texts live there", file=sys.stderr)
        return 2
    report("Russian dev (ru_dev, ru_news, seed)", samples(["ru_dev", "ru_news", "seed_ru"]))
    report("English dev (en_dev, en_wire, seed)", samples(["en_dev", "en_wire", "seed_en"]))
    report("Russian sealed (aggregate)", samples(["sealed_ru"]))
    report("English sealed (aggregate)", samples(["sealed_en"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
