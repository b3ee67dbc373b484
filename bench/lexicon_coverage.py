"""Which CAMEO codes the PETRARCH2 English verb dictionary covers and our lexicons do not.

    python bench/lexicon_coverage.py [--petrarch ../shared/reference/.../CAMEO.2.0.txt]

Prints, per CAMEO root, the codes PETRARCH2 has patterns for, how many of them each of our
lexicons (lexicon_en.tsv, lexicon_ru.tsv) has at least one entry for, and the missing codes.
It reads PETRARCH's codes only to measure ourselves; nothing of it is copied.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "reference" / "openeventdata__petrarch2" / "petrarch2" / "data" / "dictionaries" / "CAMEO.2.0.txt"
CODE = re.compile(r"\[(\d{3,4})\]")


def petrarch_codes(path: Path) -> set[str]:
    return {m for m in CODE.findall(path.read_text(encoding="utf-8", errors="replace")) if m[:2] <= "20"}


def lexicon_codes(lang: str) -> set[str]:
    from gestae.events.lexicon import load_lexicon
    return {e.code for group in load_lexicon(lang).by_trigger.values() for e in group}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petrarch", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not args.petrarch.exists():
        print(f"not found: {args.petrarch}", file=sys.stderr)
        return 2
    theirs = petrarch_codes(args.petrarch)
    ours = {lang: lexicon_codes(lang) for lang in ("en", "ru")}
    by_root: dict[str, set[str]] = defaultdict(set)
    for code in theirs:
        by_root[code[:2]].add(code)
    print(f"{'root':4} {'PETRARCH':>8} {'en':>4} {'ru':>4}  missing in en")
    for root in sorted(by_root):
        codes = by_root[root]
        missing = sorted(codes - ours["en"])
        print(f"{root:4} {len(codes):8} {len(codes & ours['en']):4} {len(codes & ours['ru']):4}  {' '.join(missing)}")
    total = len(theirs)
    print(f"all  {total:8} {len(theirs & ours['en']):4} {len(theirs & ours['ru']):4}"
          f"   ({len(theirs & ours['en']) / total:.0%} en, {len(theirs & ours['ru']) / total:.0%} ru)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
