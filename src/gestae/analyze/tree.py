"""A parse made a tree: no head loops, a root to every word.

natasha's parser picks each word's head on its own, so about one Russian sentence in ten comes
back with a loop (``думала`` headed by itself, ``доставлен`` -> ``надеются`` -> ``доставлен``)
and one in twenty with no root at all. Every later stage walks heads upwards (the clause of a
trigger, its host verb, the speaker of a report), so a loop hides the sentence's main verb.
The repair keeps every arc it can: the loop is cut at one word, which becomes the root if the
sentence has none, and otherwise hangs from the root.
"""
from __future__ import annotations

from gestae.records import Token

PREDICATES = ("VERB", "AUX", "ADJ", "NOUN", "PROPN")      # best to worst as the head of a sentence


def repair_tree(tokens: list[Token]) -> list[Token]:
    """Cut every loop of ``tokens`` in place (and return them); a parse without loops is left as it is."""
    for token in tokens:
        if not 0 <= token.head < len(tokens):
            token.head = -1
    root = next((t for t in tokens if t.head == -1), None)
    for loop in loops(tokens):
        cut = min(loop, key=lambda t: root_rank(t))
        if root is None:
            root, cut.head, cut.rel = cut, -1, "root"
        else:
            cut.head, cut.rel = root.index, cut.rel if cut.rel != "root" else "parataxis"
    join_coordinated_roots(tokens)
    subject_after_its_object(tokens)
    return tokens


def subject_after_its_object(tokens: list[Token]) -> None:
    """'Ответственность за нападение взял на себя «Талибан»': in object-verb-subject order the
    parser may hang both nouns as objects; of two objects of a verb that has no subject, the
    one in the nominative is the subject."""
    for verb in tokens:
        if verb.pos != "VERB" or any(t.head == verb.index and t.rel.startswith("nsubj") for t in tokens):
            continue
        objects = [t for t in tokens if t.head == verb.index and t.rel == "obj"]
        nominative = [t for t in objects if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Nom"]
        if len(objects) >= 2 and len(nominative) == 1 and any(t.feats.get("Case") == "Acc" for t in objects):
            nominative[0].rel = "nsubj"


def join_coordinated_roots(tokens: list[Token]) -> None:
    """'Гордон сказал, что дверь не закрыта, но Белград должен решить вопрос': a second root
    that opens with a conjunction continues the clause before it, so it hangs from that
    clause's predicate as a conjunct (and the report still governs it)."""
    roots = [t for t in tokens if t.head == -1]
    for late in roots[1:]:
        if not any(t.head == late.index and t.rel == "cc" for t in tokens):
            continue
        before = [t for t in tokens[:late.index] if t.pos in ("VERB", "AUX") or (
            t.pos == "ADJ" and t.feats.get("Variant") == "Short")]
        if before and not _below(tokens, before[-1], late):
            late.head, late.rel = before[-1].index, "conj"


def _below(tokens: list[Token], token: Token, top: Token) -> bool:
    """``token`` hangs (at any depth) under ``top``: attaching ``top`` to it would make a loop."""
    seen, index = set(), token.index
    while index != -1 and index not in seen:
        if index == top.index:
            return True
        seen.add(index)
        index = tokens[index].head
    return False


def loops(tokens: list[Token]) -> list[list[Token]]:
    """Each set of words whose heads lead round in a circle (a word heading itself is one)."""
    state: dict[int, int] = {}                       # 1: on the current path, 2: done
    found: list[list[Token]] = []
    for start in tokens:
        path: list[int] = []
        index = start.index
        while index != -1 and state.get(index) is None:
            state[index] = 1
            path.append(index)
            index = tokens[index].head
        if index != -1 and state.get(index) == 1:    # came back onto this path: a loop
            found.append([tokens[i] for i in path[path.index(index):]])
        for i in path:
            state[i] = 2
    return found


def root_rank(token: Token) -> tuple[int, int]:
    """Where to cut a loop: at its verb (the likeliest main predicate), else its first word."""
    return (PREDICATES.index(token.pos) if token.pos in PREDICATES else len(PREDICATES), token.index)
