"""Who is who around a trigger on a UD parse: subject, agent, object, prepositional partners.

Language-neutral: it reads UD relations and our Token records only. Prepositions are read
from ``case`` dependents, so the Russian ``с``/``к``/``против`` and English ``with``/``to``/
``against`` are the same mechanism.
"""
from __future__ import annotations

from gestae.lang import words
from gestae.records import Sentence, Token

SUBJECT_RELS = {"nsubj"}
PASSIVE_SUBJECT_RELS = {"nsubj:pass"}
MULTIWORD_PREPOSITIONS = {"в_отношении": ("в", "отношение"), "в_связи": ("в", "связь"),
                          "по_отношению": ("по", "отношение"), "в_адрес": ("в", "адрес"),
                          "со_стороны": ("со", "сторона")}
GENITIVE_MARKERS = words("genitive-markers")  # English possessive and 'of' phrases
RELATIVES = words("relatives")
NEGATORS = words("negators")
# verbs whose object does what their complement says: 'prompted Serbia to recall', 'поручил
# правительству подготовить' (not 'defended Israel's right to defend itself', not 'promised Kyiv to send')
OBJECT_CONTROL = words("object-control")
COMPLEMENT_NOUNS = words("complement-nouns")  # 'намерение отозвать', 'decision to impose'
REFLEXIVE_OWNERS = words("reflexive-owners")  # 'своём намерении': the owner is the clause's subject


def children(sentence: Sentence, index: int) -> list[Token]:
    return [t for t in sentence.tokens if t.head == index]


def head_of(sentence: Sentence, index: int) -> Token | None:
    head = sentence.tokens[index].head
    return sentence.tokens[head] if 0 <= head < len(sentence.tokens) else None


def prepositions(sentence: Sentence, index: int) -> set[str]:
    """The lemmas of a word's prepositions, multiword ones whole ('со стороны': со + fixed сторона)."""
    marks = [t for t in children(sentence, index) if t.rel in ("case", "fixed")]
    return {t.lemma for t in marks} | {f.lemma for t in marks for f in children(sentence, t.index) if f.rel == "fixed"}


def is_passive(sentence: Sentence, index: int) -> bool:
    token = sentence.tokens[index]
    if token.feats.get("Voice") == "Pass":
        return True
    return any(t.rel in ("nsubj:pass", "aux:pass", "obl:agent") for t in children(sentence, index))


def is_infinitive_complement(sentence: Sentence, index: int) -> bool:
    """'threatened on Sunday to impose tariffs': parsers often call it advcl, it is the complement;
    so is an infinitive on a noun ('намерение отозвать', 'its decision to impose')."""
    token = sentence.tokens[index]
    if token.rel == "xcomp":
        return True
    if is_noun_complement(sentence, index):
        return True
    return token.rel == "advcl" and any(c.lemma == "to" and c.rel in ("aux", "mark") for c in children(sentence, index))


def is_noun_complement(sentence: Sentence, index: int) -> bool:
    """'о намерении отозвать лицензию', 'its decision to impose sanctions': an infinitive that
    completes an inanimate noun, not one that says what a person or country did ('the first
    country to join')."""
    token, head = sentence.tokens[index], head_of(sentence, index)
    return (token.feats.get("VerbForm") == "Inf" and token.rel in ("acl", "nmod") and head is not None
            and head.pos == "NOUN" and head.feats.get("Animacy") != "Anim" and head.lemma in COMPLEMENT_NOUNS)


def noun_owner_or_host_subject(sentence: Sentence, noun: int, depth: int) -> list[int]:
    """Who intends what 'своём намерении' / 'its decision' says: the noun's named owner, else
    ('принял решение ввести', 'announced its decision') the subject of the verb the noun belongs to."""
    owners = [c for c in children(sentence, noun) if c.rel == "nmod:poss" or (c.rel in ("det", "amod") and (
        c.feats.get("Poss") == "Yes" or c.lemma in REFLEXIVE_OWNERS))]
    if owners and owners[0].lemma not in REFLEXIVE_OWNERS and owners[0].pos != "PRON":
        return [owners[0].index]             # 'Iran's decision'; 'its decision' is the host's subject's
    host = head_of(sentence, noun)
    if host is None or host.pos not in ("VERB", "AUX"):
        return []
    return subjects(sentence, host.index, depth + 1)


def subjects(sentence: Sentence, index: int, depth: int = 0) -> list[int]:
    """The grammatical subject of a verb, inherited through xcomp, conj and participles."""
    token = sentence.tokens[index]
    own = [t.index for t in children(sentence, index) if t.rel in SUBJECT_RELS or _nominative_relative(t)]
    if own:
        found = []
        for i in own:
            if sentence.tokens[i].pos == "VERB" and depth < 3:   # '..., meeting in Beijing, stressed'
                found += subjects(sentence, i, depth + 1)
            else:
                found.append(_antecedent(sentence, index) if sentence.tokens[i].lemma in RELATIVES else i)
        return found
    head = head_of(sentence, index)
    if head is None or depth > 3:
        return []
    if (token.rel == "xcomp" or is_infinitive_complement(sentence, index)) and head.lemma in OBJECT_CONTROL:
        controllers = [t.index for t in children(sentence, head.index) if t.rel in ("obj", "iobj") and t.index != index]
        if controllers:                  # 'prompting Maduro to break off', 'поручил правительству подготовить'
            return controllers
    if token.rel == "conj" and _numbers_differ(token, head):
        return []                # 'Айдар находился в СИЗО, а Губайдулина отпустили': not Айдар's deed
    if (token.rel in ("xcomp", "conj") or is_infinitive_complement(sentence, index)) and head.pos in ("VERB", "AUX", "ADJ"):
        return subjects(sentence, head.index, depth + 1)
    if token.rel == "advcl" and token.feats.get("VerbForm") in ("Conv", "Ger", "Part") and head.pos in ("VERB", "AUX"):
        return subjects(sentence, head.index, depth + 1)        # 'заявив', 'agreeing on': same subject
    if is_noun_complement(sentence, index):
        return noun_owner_or_host_subject(sentence, head.index, depth)
    if token.rel in ("acl", "amod") and token.feats.get("Voice") != "Pass" and head.pos in ("NOUN", "PROPN"):
        return [head.index]
    return []


def _numbers_differ(verb: Token, other: Token) -> bool:
    """Two finite verbs of different number cannot share a subject."""
    numbers = {verb.feats.get("Number"), other.feats.get("Number")}
    return verb.feats.get("VerbForm") == other.feats.get("VerbForm") == "Fin" and numbers == {"Sing", "Plur"}


def _nominative_relative(token: Token) -> bool:
    """'Помощник, который посетил Белград': a nominative 'который' is the subject, even where the
    parser calls it the object."""
    return token.lemma in RELATIVES and token.feats.get("Case") == "Nom" and token.rel in ("obj", "nsubj")


def impersonal_agent(sentence: Sentence, index: int) -> list[int]:
    """'в Кремле заявили', 'в российском Минфине заявили о готовности', 'в Москве задержали': a
    plural verb with no subject is done or said by the institution or place its locative names."""
    token = sentence.tokens[index]
    if token.pos != "VERB" or token.feats.get("Number") != "Plur" or token.feats.get("Voice") == "Pass" \
            or token.feats.get("VerbForm") not in ("Fin", None):
        return []
    return [c.index for c in children(sentence, index)
            if c.rel == "obl" and c.feats.get("Case") == "Loc" and prepositions(sentence, c.index) & {"в", "во", "на"}]


def _antecedent(sentence: Sentence, index: int) -> int:
    """``страна, которая ввела санкции``: the subject ``которая`` stands for ``страна``."""
    token = sentence.tokens[index]
    head = head_of(sentence, index)
    if token.rel.startswith("acl") and head is not None:
        return head.index
    return index


def passive_agent(sentence: Sentence, index: int) -> list[int]:
    """``Судом ... был приговорен`` / ``was arrested by police``: the instrumental or by-phrase."""
    found = []
    for child in children(sentence, index):
        preps = prepositions(sentence, child.index)
        if child.rel in ("obl", "obl:agent", "nmod:agent") and (
                (not preps and child.feats.get("Case") == "Ins") or "by" in preps):
            found.append(child.index)
    return found


def passive_patient(sentence: Sentence, index: int) -> list[int]:
    token = sentence.tokens[index]
    found = [t.index for t in children(sentence, index) if t.rel in PASSIVE_SUBJECT_RELS]
    if not found and token.feats.get("Voice") == "Pass":
        found = [t.index for t in children(sentence, index) if t.rel == "nsubj"]
    if not found and token.rel in ("acl", "amod") and token.feats.get("Voice") == "Pass":
        head = head_of(sentence, index)
        if head is not None:
            found = [head.index]
    return found


def slot_tokens(sentence: Sentence, index: int, slot: str, passive: bool = False) -> list[int]:
    kids = children(sentence, index)
    if slot == "obj":
        if passive:
            return passive_patient(sentence, index)
        found = [t.index for t in kids if not prepositions(sentence, t.index) and not _nominative_relative(t) and (
            t.rel == "obj" or (t.rel == "obl" and t.feats.get("Case") == "Acc"))]
        return [_antecedent(sentence, index) if sentence.tokens[i].lemma in RELATIVES else i for i in found]
    if slot == "iobj":
        return [t.index for t in kids if t.rel == "iobj" or (
            t.rel in ("obl", "nmod") and t.feats.get("Case") == "Dat" and not prepositions(sentence, t.index))]
    if slot == "gen":
        return [t.index for t in kids if t.rel in ("nmod", "nmod:poss")
                and prepositions(sentence, t.index) <= GENITIVE_MARKERS and t.feats.get("Case", "Gen") == "Gen"]
    if slot in MULTIWORD_PREPOSITIONS:
        prep, noun = MULTIWORD_PREPOSITIONS[slot]
        found = []
        for kid in kids:
            if kid.lemma == noun and prep in prepositions(sentence, kid.index):
                found += [t.index for t in children(sentence, kid.index) if t.rel in ("nmod", "obl")]
            elif {prep, noun} <= prepositions(sentence, kid.index):
                found.append(kid.index)          # parsed as one preposition: 'со' + fixed 'стороны'
        return found
    return [t.index for t in kids if slot in prepositions(sentence, t.index)]


def complement_subjects(sentence: Sentence, index: int) -> list[int]:
    """'demanded that Russia withdraw', 'призвал, чтобы Москва ...': who is asked to act."""
    found = []
    for child in children(sentence, index):
        if child.rel in ("ccomp", "xcomp") and child.pos in ("VERB", "AUX"):
            found += [t.index for t in children(sentence, child.index) if t.rel in SUBJECT_RELS]
    return found


def initiator(sentence: Sentence, index: int) -> list[int]:
    """``по инициативе X`` / ``at the initiative of X`` on the trigger or its clause head."""
    places = [index]
    head = head_of(sentence, index)
    if head is not None:
        places.append(head.index)
    for place in places:
        for kid in children(sentence, place):
            if kid.lemma in ("инициатива", "initiative") and prepositions(sentence, kid.index) & {"по", "at", "on"}:
                return [t.index for t in children(sentence, kid.index) if t.rel in ("nmod", "amod", "nmod:poss")]
    return []


def negated(sentence: Sentence, index: int) -> bool:
    return any(t.lemma in NEGATORS and t.rel in ("advmod", "neg", "aux", "dep") for t in children(sentence, index))


OTHER_CLAUSE_RELS = {"advcl", "parataxis", "conj", "acl:relcl", "csubj", "punct", "cc"}


def subtree_indexes(sentence: Sentence, index: int, depth: int = 3) -> set[int]:
    """Dependents of a word within ``depth`` levels, staying inside its own clause."""
    found: set[int] = set()
    frontier = {index}
    subject_rels = SUBJECT_RELS | PASSIVE_SUBJECT_RELS
    if is_passive(sentence, index):
        subject_rels = set()             # 'предъявлены обвинения': a passive subject is the object
    for level in range(depth):
        frontier = {t.index for t in sentence.tokens if t.head in frontier and t.rel not in OTHER_CLAUSE_RELS
                    and not (level == 0 and t.rel in subject_rels)}
        found |= frontier
        if not frontier:
            break
    return found


def subtree_lemmas(sentence: Sentence, index: int, depth: int = 3) -> set[str]:
    return {sentence.tokens[i].lemma for i in subtree_indexes(sentence, index, depth)}


def ancestors(sentence: Sentence, index: int, limit: int = 8) -> list[Token]:
    chain = []
    current = head_of(sentence, index)
    while current is not None and len(chain) < limit:
        chain.append(current)
        current = head_of(sentence, current.index)
    return chain
