"""Convert PETRARCH2's Phoenix country and non-state armed group dictionaries into shipped layers.

    .venv/bin/python scripts/convert_phoenix_actors.py [--source DIR] [--words /usr/share/dict/words]

reads ``Phoenix.Countries.actors.txt`` and ``Phoenix.MilNonState.actors.txt`` (MIT, Open Event
Data Alliance) and writes ``src/gestae/data/actors/phoenix/phoenix_{countries,milnonstate}.tsv``
in the layer format of ``gestae.actors.layers``, which ``load_kb`` loads as the lowest layer.
What it keeps is said by the rules below, each a small named function; the figures of a run are
printed, and the rows each rule dropped go to ``--dropped FILE`` for a look.

The word list (Debian's ``wamerican``) tells a common English word from a name: a one-word name
that is also a lower-case English word ('Organization', 'Youth', 'Tigers') is left out.
"""
from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from gestae.actors.layers import write_rows  # noqa: E402
from gestae.actors.petrarch import read_actors  # noqa: E402

SOURCE = REPO.parent / "shared" / "reference" / "openeventdata__petrarch2"
DICTIONARIES = "petrarch2/data/dictionaries"
TARGET = REPO / "src" / "gestae" / "data" / "actors" / "phoenix"
FILES = {"Phoenix.Countries.actors.txt": "phoenix_countries.tsv",
         "Phoenix.MilNonState.actors.txt": "phoenix_milnonstate.tsv"}
DICTIONARY_DATE = Date(2014, 1, 30)    # Phoenix.Countries: 'Generated at: Thu Jan 30 16:06:18 2014'
CODE = re.compile(r"^[A-Z]{3,15}$")
COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
STATE_WORDS = {"republic", "kingdom", "union", "state", "states", "federation", "emirates", "islands",
               "commonwealth", "democratic", "people's", "peoples", "principality", "sultanate"}
# one-word names that are first names or words of other languages, not the group they stand for
NOT_A_GROUP = {"Muhannad", "Hamzah", "Shahin", "Salauddin", "Hisba", "Aleph", "Yahweh", "Boogeymen", "Ansaru",
               "Clandestini", "Clandestinu", "Venceremos", "Hotaru", "Hotaru-2", "Emgann", "Irrintzi", "Gazteriak"}
SHOUTED_WORDS = {"ZERO"}             # a group's name in capitals that is a word, not an abbreviation
# abbreviations news uses for something else: the US Environmental Protection Agency, frames per second
OTHER_ABBREVIATIONS = {"EPA", "FPS", "CAMO"}


@dataclass
class Block:
    """One dictionary entry: its names (the first is the head) and its codes with dates."""
    line: int
    names: list[str]
    codes: list[tuple[str, Date | None, Date | None]]
    of_countries: bool = True         # from the country dictionary, not the armed groups'

    @property
    def dated(self) -> bool:
        return any(start or end for _, start, end in self.codes)

    @property
    def country_only(self) -> bool:
        """A country's own entry: its name, its synonyms, its places."""
        return self.of_countries and not self.dated and all(COUNTRY_CODE.match(code) for code, _, _ in self.codes)

    @property
    def country(self) -> str:
        return self.codes[0][0][:3] if self.codes else ""


def read_blocks(path: Path) -> list[Block]:
    blocks: dict[int, Block] = {}
    for phrase, code, start, end, line in read_actors(path):
        block = blocks.setdefault(line, Block(line, [], [], "Countries" in path.name))
        if phrase not in block.names:
            block.names.append(phrase)
        if (code, start, end) not in block.codes:
            block.codes.append((code, start, end))
    return list(blocks.values())


# --- what a name must be to stay ------------------------------------------------------------

def tidy(name: str) -> str:
    """'The Reagan Administration' -> 'Reagan Administration' (the article is not part of a name
    in running text), 'Aden Islamic Army (IAA)' -> 'Aden Islamic Army'."""
    name = re.sub(r"\s*\([^)]*\)?", " ", name).replace("+", " ")
    name = re.sub(r"^(?:The|A)\s+", "", " ".join(name.split()))
    return name.strip(" ,;")


def english(name: str, block: Block, words: set[str]) -> bool:
    """Latin letters only: Phoenix also lists 'СССР', 'Rossiyskaya'; our Russian names are our own."""
    return name.isascii() and sum(ch.isalpha() for ch in name) >= 2


def not_a_common_word(name: str, block: Block, words: set[str]) -> bool:
    """A one-word name that is a lower-case English word would make the word an actor. A country's
    own name and adjective ('Turkey', 'Chad', 'Soviet') stay, since case tells the two apart
    (match._case_fits), and so does a group's abbreviation ('ETA'), unless it is a word in capitals."""
    if " " in name or (block.country_only and close_to_head(name, block)):
        return True
    if name.upper() in OTHER_ABBREVIATIONS:
        return False
    if not block.country_only and name.isupper() and 3 <= len(name) <= 6:
        return name not in SHOUTED_WORDS
    return name.lower() not in words and name not in NOT_A_GROUP


def close_to_head(name: str, block: Block) -> bool:
    """The entry's own name, or a spelling or adjective of it: 'Afghanestan', 'Soviet'."""
    head, lower = block.names[0].lower(), name.lower()
    return lower == head or lower[:4] == head[:4] or difflib.SequenceMatcher(None, lower, head).ratio() >= 0.75


def a_country_name(name: str, block: Block, words: set[str]) -> bool:
    """A country's synonyms include its cities, regions, rivers and deserts ('Murray', 'Perth',
    'Gibson Desert'): those are places (cities.tsv), not the country as an actor. Keep the name
    itself, its abbreviations, state titles and spellings close to the name."""
    if not block.country_only:
        return True
    if name.isupper() and len(name) <= 6:
        return True
    return bool(set(name.lower().split()) & STATE_WORDS) or close_to_head(name, block)


RULES: list[Callable[[str, Block, set[str]], bool]] = [english, not_a_common_word, a_country_name]


def known_to_us(block: Block, ours: set[str]) -> bool:
    """A person our own tables know (people*.tsv) is ours alone: a Phoenix name that is longer
    than ours ('President Vladimir Putin') would otherwise win the longest match."""
    return block.dated and any(_plain(name) in ours for name in block.names)


def surname(block: Block, words: set[str]) -> str | None:
    """The bare surname of a person the dictionary also names by title and surname ('President
    Reagan', 'Foreign Minister Gromyko'): news writes such people by surname alone. It is added
    only where it is one person's in the whole dictionary and nobody's first name (convert)."""
    head = block.names[0].split()
    if not block.dated or len(head) < 2:
        return None
    last = head[-1]
    titled = any(n.split()[-1] == last and len(n.split()) >= 2 and head[0] not in n.split()
                 and all(w.lower().strip(".") in words or w.endswith(".")
                         for part in n.split()[:-1] for w in part.split("-"))
                 for n in block.names[1:])
    if not titled or not last.isalpha() or len(last) < 4 or last.lower() in words:
        return None
    return last


def office_order(office: tuple[str, Date | None, Date | None]) -> tuple:
    """Dated offices first, a real office before 'elite', the latest first: with no event date
    the resolver takes the first office ('Nancy Pelosi' is USAGOVLEG, not her USAELI before it)."""
    code, start, end = office
    return (not (start or end), code.endswith("ELI"), -(start or Date.min).toordinal())


def until_known(start: Date | None, end: Date | None) -> Date | None:
    """An office open at the dictionary's date is known to have lasted until then, no longer:
    'Horst Kohler [DEUGOV >040701]' left office in 2010, and news of 2020 must not make him the
    government. After the date the person is coded as elite, like anyone out of office."""
    return DICTIONARY_DATE if start and not end and start <= DICTIONARY_DATE else end


def _plain(name: str) -> str:
    return " ".join(w for w in name.lower().replace("-", " ").split() if not w.endswith("."))


# --- our own tables ---------------------------------------------------------------------------

def our_names(folder: Path) -> tuple[set[str], set[str]]:
    """Full English names and surnames of the people in our people*.tsv."""
    names: set[str] = set()
    surnames: set[str] = set()
    for path in sorted(folder.glob("people*.tsv")):
        header: list[str] | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            row = dict(zip(header, fields))
            names |= {_plain(n) for n in row.get("names_en", "").split("|") if n.strip()}
            surnames |= {s.strip().lower() for s in row.get("surnames_en", "").split("|") if s.strip()}
    return names, surnames


# --- the conversion ---------------------------------------------------------------------------

def convert(path: Path, words: set[str], ours: set[str], our_surnames: set[str],
            dropped: list[str]) -> list[tuple]:
    blocks = read_blocks(path)
    counts: Counter[str] = Counter()
    kept: list[tuple[Block, list[str]]] = []
    for block in blocks:
        block.codes = sorted((c for c in block.codes if CODE.match(c[0])), key=office_order)
        if not block.codes:
            counts["block without a CAMEO code"] += 1
            continue
        if known_to_us(block, ours):
            counts["person our people*.tsv know"] += 1
            dropped.append(f"{path.name}:{block.line}\tknown_to_us\t{block.names[0]}")
            continue
        names: list[str] = []
        for raw in block.names:
            name = tidy(raw)
            failed = next((rule.__name__ for rule in RULES if not rule(name, block, words)), None)
            if failed:
                counts[f"name dropped by {failed}"] += 1
                dropped.append(f"{path.name}:{block.line}\t{failed}\t{raw}")
            elif name not in names:
                names.append(name)
        if names:
            kept.append((block, names))
    taken = Counter(n.lower() for _, names in kept for n in names)
    taken.update(block.names[0].split()[0].lower() for block, _ in kept if block.dated)   # first names
    derived: dict[str, list[Block]] = defaultdict(list)
    for block, _ in kept:
        last = surname(block, words)
        if last:
            derived[last].append(block)
    rows = []
    for block, names in kept:
        last = surname(block, words)
        if last and len(derived[last]) == 1 and last.lower() not in taken and last.lower() not in our_surnames:
            names = names + [last]
            counts["bare surname added"] += 1
        else:
            last = None
        for name in names:
            kind = "surname" if name == last else ""
            for code, start, end in block.codes:
                rows.append((name, "en", code, start, until_known(start, end), f"{path.name}:{block.line}", kind))
    for reason, count in sorted(counts.items()):
        print(f"  {path.name}: {reason}: {count}", file=sys.stderr)
    return rows


def header(path: Path, licence: str) -> str:
    return (f"gestae shipped layer converted from PETRARCH2 {path.name} by scripts/convert_phoenix_actors.py\n"
            f"# Source: github.com/openeventdata/petrarch2, {DICTIONARIES}/{path.name}; the lowest layer:\n"
            f"# every row of our own tables and of the user's layers wins over these.\n"
            f"# Kept: English names; dropped: other scripts, common words as one-word names, a country's\n"
            f"# cities and landforms, people our people*.tsv know. Added: bare surnames (kind 'surname')\n"
            f"# of people the source names by title and surname. An office open in the source ends on\n"
            f"# {DICTIONARY_DATE.isoformat()}, the source's date. Licence of the source (MIT):\n#\n"
            + "\n".join(f"# {line}".rstrip() for line in licence.splitlines()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="a clone of openeventdata/petrarch2")
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/words"),
                        help="an English word list, one a line (apt-get install wamerican)")
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument("--dropped", type=Path, help="write the dropped names here, with the rule")
    options = parser.parse_args(argv)
    if not options.words.is_file():
        parser.error(f"no word list at {options.words}: apt-get install wamerican, or pass --words FILE")
    licence_path = options.source / "LICENSE"
    if not licence_path.is_file():
        parser.error(f"no {licence_path}: pass --source, a clone of openeventdata/petrarch2")
    words = {w.strip() for w in options.words.read_text(encoding="utf-8", errors="replace").splitlines()
             if w.strip() and w[:1].islower()}
    ours, our_surnames = our_names(REPO / "src" / "gestae" / "data" / "actors")
    licence = licence_path.read_text(encoding="utf-8")
    dropped: list[str] = []
    for name, target in FILES.items():
        path = options.source / DICTIONARIES / name
        rows = convert(path, words, ours, our_surnames, dropped)
        count = write_rows(rows, options.target / target, comment=header(path, licence), kinds=True)
        print(f"{options.target / target}: {count} rows", file=sys.stderr)
    if options.dropped:
        options.dropped.write_text("\n".join(dropped) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
