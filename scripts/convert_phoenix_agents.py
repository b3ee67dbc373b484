"""Convert PETRARCH2's Phoenix agents dictionary into an English role table of ours.

    .venv/bin/python scripts/convert_phoenix_agents.py [--source DIR]

reads ``Phoenix.agents.txt`` (MIT, Open Event Data Alliance): about 2,200 agent nouns with the
CAMEO role they give ('RIOT_POLICE [~COP]', 'DEFENSE_SECRETARY [~GOVMIL]') and writes
``src/gestae/data/actors/roles_phoenix.tsv`` in the format of ``roles.tsv``, which ``load_kb``
loads after it: a noun our hand table already has keeps our role. Macros (``!PERSON!``) are
expanded to their singular words, since the parser gives lemmas; irregular plurals in braces
and names that end in a preposition ('CENTRAL_JAIL_OF') are left out, and so is a bare
'spokesman', who speaks for whatever the phrase names.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "reference" / "openeventdata__petrarch2"
AGENTS = "petrarch2/data/dictionaries/Phoenix.agents.txt"
TARGET = REPO / "src" / "gestae" / "data" / "actors" / "roles_phoenix.tsv"
HAND = REPO / "src" / "gestae" / "data" / "actors" / "roles.tsv"
MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
ENTRY = re.compile(r"^([A-Z0-9_!'.&-]+?)\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]")
ROLE = re.compile(r"^(?:[A-Z]{3})+$")
PLURAL_ENDINGS = ("MEN", "IES", "S")          # a macro's plural alternatives: MEN, MINISTRIES, MINISTERS
DANGLING = {"of", "for", "to", "in", "on", "at", "and", "the"}
# titles that speak for whatever they are of ('a ministry spokesman'): actors/resolve.py reads them
GENERIC = {"spokesman", "spokeswoman", "spokesperson"}


def macros(lines: list[str]) -> dict[str, list[str]]:
    """'!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON' -> ['MAN', 'WOMAN', 'PERSON']."""
    found = {}
    for line in lines:
        match = MACRO.match(line.strip())
        if match:
            words = [w.strip() for w in match.group(2).split(",") if w.strip()]
            found[match.group(1)] = [w for w in words if not _plural_of_another(w, words)]
    return found


def _plural_of_another(word: str, words: list[str]) -> bool:
    return any(word != other and (word == other + "S" or word == other[:-1] + "IES" or word == other[:-3] + "MEN")
               for other in words)


def expand(name: str, table: dict[str, list[str]]) -> list[str]:
    for macro, words in table.items():
        if macro in name:
            return [n for word in words for n in expand(name.replace(macro, word), table)]
    return [name]


def phrase_of(name: str) -> str | None:
    phrase = " ".join(name.replace("_", " ").lower().split())
    if not phrase or phrase.split()[-1] in DANGLING or "!" in phrase or not re.search(r"[a-z]{2}", phrase):
        return None
    return phrase


def convert(path: Path, hand: set[str]) -> list[tuple[str, str, int]]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    table = macros(lines)
    rows, seen = [], set(hand)
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].strip()
        match = ENTRY.match(text)
        if not match or not ROLE.match(match.group(2)):
            continue
        for name in expand(match.group(1), table):
            phrase = phrase_of(name)
            if phrase and phrase not in seen and phrase not in GENERIC:
                seen.add(phrase)
                rows.append((phrase, match.group(2), number))
    return rows


def hand_roles(path: Path) -> set[str]:
    return {line.split("\t")[1] for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("en\t")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="a clone of openeventdata/petrarch2")
    parser.add_argument("--target", type=Path, default=TARGET)
    options = parser.parse_args(argv)
    path, licence = options.source / AGENTS, options.source / "LICENSE"
    if not path.is_file() or not licence.is_file():
        parser.error(f"no {path} or {licence}: pass --source, a clone of openeventdata/petrarch2")
    rows = convert(path, hand_roles(HAND))
    notice = "\n".join(f"# {line}".rstrip() for line in licence.read_text(encoding="utf-8").splitlines())
    with options.target.open("w", encoding="utf-8") as out:
        out.write("# English agent nouns -> CAMEO role, converted by scripts/convert_phoenix_agents.py from PETRARCH2's\n"
                  f"# {AGENTS} (openeventdata/petrarch2). Loaded after roles.tsv: our rows win.\n"
                  f"# Licence of the source data:\n{notice}\n")
        out.write("lang\tlemma\trole\tnote\n")
        for phrase, role, number in rows:
            out.write(f"en\t{phrase}\t{role}\tPhoenix.agents.txt:{number}\n")
    print(f"{options.target}: {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
