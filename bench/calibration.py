"""How well an event's confidence says how likely it is right: a reliability table and the
Brier score per language, on the gold sets (open and, as aggregates only, sealed), for the
hand-set confidence the coder ships and for a logistic regression fitted here.

    python bench/calibration.py

Every event the coder makes with no confidence floor is a sample, right when it matches a
gold event of its item at dyad + root (an optional gold event counts as right). For each
confidence bin the table gives how many events fall in it and what share of them is right;
a calibrated confidence has that share near the bin's confidence.

The model weighs the features every event carries in ``confidence_basis``
(events/confidence.py). It is fitted on the open sets only, with a small L2 penalty, by
Newton's method (a few lines of numpy for some twenty weights: a machine-learning library
would add a large dependency for nothing), and then scored on every set, the sealed ones
included: the comparison tells whether it may replace the hand-set confidence.
"""
from __future__ import annotations

import json
import sys
from datetime import date as Date
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BINS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)
FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7)
OPEN = {"ru": ["ru_dev", "ru_news", "seed_ru", "ru_study"], "en": ["en_dev", "en_wire", "seed_en", "en_study"]}
SEALED = {"ru": ["sealed_ru"], "en": ["sealed_en"]}
PENALTY = 1.0


def samples(names: list[str]) -> list[tuple[float, dict[str, float], float]]:
    """(hand-set confidence, features, right) of every event coded on the named gold sets."""
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
                right = float(any(_match_root(g, event) for g in item["events"]))
                found.append((event.confidence, event.confidence_basis, right))
    return found


def fit(rows: list[tuple[float, dict[str, float], float]], names: list[str]) -> np.ndarray:
    x, y = _matrix(rows, names), np.array([right for _, _, right in rows])
    penalty = np.full(len(names), PENALTY)
    penalty[names.index("bias")] = 0.0
    w = np.zeros(len(names))
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(len(names))
        step = np.linalg.solve(hessian, x.T @ (p - y) + penalty * w)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def _matrix(rows, names: list[str]) -> np.ndarray:
    return np.array([[basis.get(n, 0.0) for n in names] for _, basis, _ in rows]).reshape(len(rows), len(names))


def predicted(rows, names: list[str], w: np.ndarray) -> list[tuple[float, float]]:
    p = 1.0 / (1.0 + np.exp(-_matrix(rows, names) @ w))
    return [(float(q), right) for q, (_, _, right) in zip(p, rows, strict=True)]


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
    print(f"  {'--min-confidence':>16} {'kept':>5} {'precision':>10} {'right kept':>11}")
    total_right = sum(y for _, y in found) or 1.0
    for floor in FLOORS:
        kept = [y for p, y in found if p >= floor]
        if kept:
            print(f"  {floor:16.1f} {len(kept):5} {sum(kept) / len(kept):10.2f} {sum(kept) / total_right:11.2f}")


def main() -> int:
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: the gold sets' texts live there", file=sys.stderr)
        return 2
    from gestae.events.confidence import feature_names
    names = feature_names()
    for lang, label in (("ru", "Russian"), ("en", "English")):
        open_rows, sealed_rows = samples(OPEN[lang]), samples(SEALED[lang])
        weights = fit(open_rows, names)
        report(f"{label} open sets, hand-set confidence", [(c, y) for c, _, y in open_rows])
        report(f"{label} open sets, fitted model (in-sample)", predicted(open_rows, names, weights))
        report(f"{label} sealed (aggregate), hand-set confidence", [(c, y) for c, _, y in sealed_rows])
        report(f"{label} sealed (aggregate), fitted model", predicted(sealed_rows, names, weights))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
