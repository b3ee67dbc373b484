"""'назвал его «вруном»', 'called the tax "a money grab"', 'whom he called "bandits and
terrorists"': naming someone or something with a quoted epithet is a verdict on it. The
lexicon's naming rows list the words of common verdicts ('назвать ... недопустимым'); any other
epithet in quotation marks is disapproval (CAMEO 111), or praise (051) where it holds one of the
language's praise words ('«историческим»', '"a landmark"'). Words in quotation marks are the
speaker's own: news quotes them when they are pointed.
"""
from __future__ import annotations

from gestae.events.lexicon import LexiconEntry
from gestae.events.roles import children, subtree_indexes
from gestae.lang import words
from gestae.records import Sentence

NAMING_VERBS = words("naming-verbs")          # call, label, brand; назвать, охарактеризовать
PRAISE_WORDS = words("praise-epithets")        # historic, landmark; исторический, прорыв
QUOTE_MARKS = frozenset('"«»“”„')
EPITHET_RELS = ("xcomp", "obl", "advcl", "oprd")    # the predicate of the naming: 'called it X'
DISAPPROVE, PRAISE = "111", "051"


def epithets(sentence: Sentence, lang: str, taken: set[int]) -> list[tuple[int, LexiconEntry]]:
    """(verb, entry made for it) for each naming verb with a quoted epithet that no lexicon row
    coded already (``taken``)."""
    found = []
    for token in sentence.tokens:
        if token.pos != "VERB" or token.lemma not in NAMING_VERBS or token.index in taken:
            continue
        epithet = quoted_epithet(sentence, token.index)
        if epithet is None:
            continue
        said = {sentence.tokens[i].lemma for i in subtree_indexes(sentence, epithet, depth=3)} | {
            sentence.tokens[epithet].lemma}
        code = PRAISE if said & PRAISE_WORDS else DISAPPROVE
        found.append((token.index, LexiconEntry(
            id=f"{lang}-epithet", trigger=token.lemma, pos="V", requires=(), code=code, targets=("obj",),
            flags=frozenset(), note="naming with a quoted epithet: a verdict on the one named")))
    return found


def quoted_epithet(sentence: Sentence, verb: int) -> int | None:
    """The word heading the verb's predicate, if that predicate is in quotation marks; Russian
    puts it in the instrumental, which parsers also hang from the object ('назвали этот шаг
    «эскалацией»')."""
    objects = [c.index for c in children(sentence, verb) if c.rel == "obj"]
    candidates = [c for c in children(sentence, verb) if c.rel in EPITHET_RELS] + [
        c for o in objects for c in children(sentence, o) if c.rel == "nmod" and c.feats.get("Case") == "Ins"]
    for child in candidates:
        if child.pos not in ("NOUN", "ADJ", "PROPN"):
            continue
        first = min(subtree_indexes(sentence, child.index, depth=3) | {child.index})
        marks = [t.text for t in children(sentence, child.index) if t.pos == "PUNCT"]
        if first > 0:
            marks.append(sentence.tokens[first - 1].text)       # the opening mark, wherever it hangs
        if any(mark in QUOTE_MARKS for mark in marks):
            return child.index
    return None
