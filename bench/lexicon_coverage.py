"""How much of the PETRARCH2 English verb dictionary our lexicons cover: codes, and patterns coded alike.

    python bench/lexicon_coverage.py [--petrarch ../shared/reference/.../CAMEO.2.0.txt]

Prints, per CAMEO root, the codes PETRARCH2 has patterns for, how many of them each of our
lexicons has at least one entry for (English hand-written, English with the converted
lexicon_en_petrarch.tsv layer as loaded, Russian), and the codes missing in English.

Then the share of PETRARCH2's patterns that our English lexicon codes the same way: a pattern
counts when some entry exists with the lemma of a verb of its block as trigger, the pattern's
conditions (each overlapping one of the entry's, as many as the entry has) and the pattern's code
(and, in a second column, the same root). Patterns are read by scripts/convert_petrarch_verbs.py;
those it cannot state as a lexicon row are counted apart. PETRARCH2 is read only to measure.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "reference" / "openeventdata__petrarch2" / "petrarch2" / "data" / "dictionaries" / "CAMEO.2.0.txt"
CONVERTER = ROOT / "scripts" / "convert_petrarch_verbs.py"
CODE = re.compile(r"\[(\d{3,4})\]")


def petrarch_codes(path: Path) -> set[str]:
    return {m for m in CODE.findall(path.read_text(encoding="utf-8", errors="replace")) if m[:2] <= "20"}


def lexicon_codes(lang: str, lower_layers: bool = True) -> set[str]:
    from gestae.events.lexicon import load_lexicon
    return {e.code for group in load_lexicon(lang, lower_layers).by_trigger.values() for e in group}


def converter_module():
    spec = importlib.util.spec_from_file_location("convert_petrarch_verbs", CONVERTER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module           # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def same_conditions(pattern: tuple[str, ...], entry: tuple[frozenset[str], ...]) -> bool:
    wanted = [set(c.split("|")) for c in pattern]
    return len(wanted) == len(entry) and all(any(w & e for e in entry) for w in wanted) \
        and all(any(w & e for w in wanted) for e in entry)


def pattern_agreement(path: Path, lower_layers: bool) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Totals ('patterns', 'unrepresentable', 'same code', 'same root') and the same per root."""
    from gestae.events.lexicon import load_lexicon
    conv = converter_module()
    lexicon = load_lexicon("en", lower_layers)
    synsets, blocks = conv.read_dictionary(path)
    converter = conv.Converter(synsets, conv.cameo_codes(conv.CAMEO), conv.Lemmatizer(), "block", True, True)
    totals: Counter[str] = Counter()
    by_root: dict[str, Counter[str]] = defaultdict(Counter)
    for block in blocks:
        coded = {v.lemma for v in block.verbs}
        for pattern in block.patterns:
            totals["patterns"] += 1
            try:
                rows = converter.pattern_rows(block, pattern, coded)
            except conv.Unrepresentable:
                totals["unrepresentable"] += 1
                continue
            if not rows or rows[0].code == "-":
                totals["unrepresentable"] += 1
                continue
            root = rows[0].code[:2]
            by_root[root]["patterns"] += 1
            found = set()
            for row in rows:
                for entry in lexicon.entries(row.trigger, "V"):
                    if same_conditions(row.requires, entry.requires):
                        found |= {"same root"} if entry.code[:2] == root else set()
                        found |= {"same code"} if entry.code == row.code else set()
            for key in found:
                totals[key] += 1
                by_root[root][key] += 1
    return totals, by_root


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petrarch", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not args.petrarch.exists():
        print(f"not found: {args.petrarch}", file=sys.stderr)
        return 2
    theirs = petrarch_codes(args.petrarch)
    ours = {"en": lexicon_codes("en", False), "en+pe": lexicon_codes("en"), "ru": lexicon_codes("ru")}
    by_root: dict[str, set[str]] = defaultdict(set)
    for code in theirs:
        by_root[code[:2]].add(code)
    print("CAMEO codes with PETRARCH2 patterns, and with an entry in our lexicons")
    print(f"{'root':4} {'PETRARCH':>8} {'en':>4} {'en+pe':>5} {'ru':>4}  missing in en")
    for root in sorted(by_root):
        codes = by_root[root]
        missing = sorted(codes - ours["en"])
        print(f"{root:4} {len(codes):8} {len(codes & ours['en']):4} {len(codes & ours['en+pe']):5} "
              f"{len(codes & ours['ru']):4}  {' '.join(missing)}")
    total = len(theirs)
    shares = ", ".join(f"{len(theirs & ours[k]) / total:.0%} {k}" for k in ours)
    print(f"all  {total:8} {len(theirs & ours['en']):4} {len(theirs & ours['en+pe']):5} {len(theirs & ours['ru']):4}"
          f"   ({shares})")

    print("\nPETRARCH2 patterns our English lexicon codes the same way (trigger, conditions, code)")
    results = {"en": pattern_agreement(args.petrarch, False), "en+pe": pattern_agreement(args.petrarch, True)}
    hand_roots, layer_roots = results["en"][1], results["en+pe"][1]
    print(f"{'root':4} {'patterns':>8} {'en code':>8} {'en root':>8} {'en+pe code':>10} {'en+pe root':>10}")
    for root in sorted(layer_roots):
        h, c = hand_roots[root], layer_roots[root]
        print(f"{root:4} {c['patterns']:8} {h['same code']:8} {h['same root']:8} {c['same code']:10} {c['same root']:10}")
    for name, (totals, _) in results.items():
        stated = totals["patterns"] - totals["unrepresentable"]
        print(f"{name:6} {totals['patterns']} patterns, {stated} statable as rows: same code {totals['same code']} "
              f"({totals['same code'] / stated:.1%}), same root {totals['same root']} ({totals['same root'] / stated:.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
