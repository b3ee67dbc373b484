"""The parse handed to the coder is a tree: natasha's head loops are cut (analyze/tree.py)."""
from __future__ import annotations

from gestae.analyze.dispatch import analyze
from gestae.analyze.tree import loops, repair_tree
from gestae.records import Document, Token


def token(index: int, pos: str, head: int, rel: str) -> Token:
    return Token(index=index, start=index * 4, stop=index * 4 + 3, text=f"w{index}", lemma=f"w{index}",
                 pos=pos, feats={}, head=head, rel=rel)


def reaches_root(tokens: list[Token]) -> bool:
    for start in tokens:
        seen, index = set(), start.index
        while index != -1:
            if index in seen:
                return False
            seen.add(index)
            index = tokens[index].head
    return True


def test_tree_a_word_heading_itself_becomes_the_root_of_a_rootless_sentence():
    tokens = [token(0, "CCONJ", 2, "cc"), token(1, "PROPN", 2, "nsubj"), token(2, "VERB", 2, "conj")]
    repair_tree(tokens)
    assert (tokens[2].head, tokens[2].rel) == (-1, "root")
    assert reaches_root(tokens)


def test_tree_a_loop_beside_a_root_is_cut_at_its_verb_and_hung_from_the_root():
    tokens = [token(0, "ADP", 1, "case"), token(1, "NOUN", -1, "root"), token(2, "NOUN", 3, "nsubj"),
              token(3, "VERB", 4, "ccomp"), token(4, "VERB", 3, "conj")]
    assert [[t.index for t in loop] for loop in loops(tokens)] == [[3, 4]]
    repair_tree(tokens)
    assert tokens[3].head == 1 and tokens[4].head == 3
    assert reaches_root(tokens)


def test_tree_a_tree_is_left_as_it_is():
    tokens = [token(0, "PROPN", 1, "nsubj"), token(1, "VERB", -1, "root"), token(2, "PROPN", 1, "obj")]
    before = [(t.head, t.rel) for t in tokens]
    assert [(t.head, t.rel) for t in repair_tree(tokens)] == before


def test_tree_natasha_loop_on_a_coordinated_verb_is_repaired(pipeline):
    # natasha heads 'думала' by itself here: without the repair the sentence has no root
    text = "Но Маша и не думала останавливаться и удивила зрителей."
    sentence = analyze(Document(id="t", text=text, lang="ru"), "ru")[0]
    assert reaches_root(sentence.tokens)
    main = next(t for t in sentence.tokens if t.text == "думала")
    assert (main.head, main.rel) == (-1, "root")


def test_tree_coordination_walk_survives_a_conj_loop():
    # the actor stage may meet a raw parse (a user's own analyzer): a conj loop is followed once
    from gestae.actors.phrases import coordinated
    from gestae.records import Sentence
    tokens = [token(0, "PROPN", 1, "conj"), token(1, "PROPN", 0, "conj"), token(2, "VERB", -1, "root")]
    sentence = Sentence(index=0, start=0, stop=12, text="w0 w1 w2", tokens=tokens)
    assert coordinated(sentence, 0) == [0, 1]


def test_tree_a_second_root_opening_with_a_conjunction_joins_the_clause_before_it():
    # 'сказал, что дверь не закрыта, но Белград должен решить': natasha made 'должен' a second root
    tokens = [token(0, "VERB", -1, "root"), token(1, "VERB", 0, "ccomp"), token(2, "CCONJ", 4, "cc"),
              token(3, "PROPN", 4, "nsubj"), token(4, "ADJ", -1, "root"), token(5, "VERB", 4, "xcomp")]
    tokens[4].feats = {"Variant": "Short"}
    repair_tree(tokens)
    assert (tokens[4].head, tokens[4].rel) == (1, "conj")
    assert [t.index for t in tokens if t.head == -1] == [0]


def test_tree_a_second_root_without_a_conjunction_is_left_alone():
    tokens = [token(0, "VERB", -1, "root"), token(1, "PROPN", 2, "nsubj"), token(2, "VERB", -1, "root")]
    repair_tree(tokens)
    assert tokens[2].head == -1


def test_tree_of_two_objects_the_nominative_one_is_the_subject(pipeline):
    # object-verb-subject order: natasha hangs «Талибан» as a second object
    [sentence] = analyze(Document(id="t", text="Ответственность за нападение взял на себя «Талибан».", lang="ru"), "ru")
    relations = {t.text: t.rel for t in sentence.tokens}
    assert relations["Талибан"] == "nsubj" and relations["Ответственность"] == "obj"


def test_tree_an_object_in_the_nominative_alone_stays_an_object():
    verb, lone = token(0, "VERB", -1, "root"), token(1, "NOUN", 0, "obj")
    lone.feats = {"Case": "Nom"}
    repair_tree([verb, lone])
    assert lone.rel == "obj"
