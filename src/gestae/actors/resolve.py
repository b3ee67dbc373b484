"""Resolve a noun phrase of a parsed sentence to CAMEO actor codes.

The phrase is the argument head with its non-prepositional modifiers (``премьер-министр
Израиля``, ``израильской стороны``, ``главы государства Касым-Жомарта Токаева``). What it
contains decides the actor: a known person (office as of the event date), else a role noun
and a country (name, adjective, capital), else a country or organisation alone, else a
reference back to someone named earlier in the document.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date

from gestae.actors.codes import FORMER, as_former, as_relative, copy_actor
from gestae.actors.context import DocumentContext
from gestae.actors.coordination import coordinated_actors
from gestae.actors.kb import ADJECTIVE, AGREEMENT, CAPITAL, CITY, COUNTRY, IGO, PERSON, ROLE, SEAT, SURNAME, Entry, KnowledgeBase
from gestae.actors.match import Match, sentence_matches, token_keys
from gestae.actors.offices import OFFICE_RANK, before_their_time, person_actor
from gestae.actors.phrases import conj_linked, coordinated, has_case, is_place, nominal_children, phrase_tokens, place_in_a_name, span_text
from gestae.actors.unnamed import DOCUMENT_COUNTRY, RELATIONAL_TITLES, setting_country, someone, unknown_person
from gestae.lang import words
from gestae.records import Actor, Sentence

GENERIC_TITLES = words("generic-titles")     # глава МИД -> GOV, глава компании -> BUS: the sector of what they head
# role words that point back to a person named earlier, by office
ROLE_COREF = {"президент": "head_of_state", "president": "head_of_state",
              "премьер": "head_of_government", "премьер-министр": "head_of_government",
              "prime": "head_of_government", "канцлер": "head_of_government"}
HEAD_OF_STATE_PHRASES = {("глава", "государство"), ("head", "of", "state")}
PARTY_WORDS = words("party-words")
PAIR_WORDS = words("pair-words")              # 'the two leaders', 'оба лидера'
COUNTRY_WORDS = words("country-words")
PERSONAL_PRONOUNS = words("personal-pronouns")
FIRST_PERSON = words("first-person")          # 'I', 'we', 'my', 'мы', 'наш': whoever is quoted
QUOTE_MARKS = frozenset('"«»“”„')
KIN_NOUNS = words("kin-nouns")                             # 'жена президента' holds no office
EACH_WORDS = words("each-words")                           # 'each side'
OTHER_WORDS = words("other-words")                         # 'the other (side)', 'другая сторона'


@dataclass(slots=True)
class Resolution:
    actors: list[Actor] = field(default_factory=list)
    agreement: Entry | None = None          # the phrase names an agreement, not an actor


class Resolver:
    def __init__(self, kb: KnowledgeBase, context: DocumentContext, day: Date | None) -> None:
        self.kb = kb
        self.context = context
        self.day = day
        self._matches: dict[int, list[Match]] = {}

    def matches(self, sentence: Sentence) -> list[Match]:
        key = id(sentence)
        if key not in self._matches:
            self._matches[key] = [m for m in sentence_matches(sentence, self.kb) if not place_in_a_name(sentence, m)]
        return self._matches[key]

    def note_people(self, sentence: Sentence) -> None:
        """Remember everyone named in the sentence, for later 'глава государства' or surnames."""
        for match in self.matches(sentence):
            if match.kind in (PERSON, SURNAME) and self._name_fits(sentence, match):
                person = self._known_person([match])
                if person is not None and person.start < 0:
                    person.start, person.stop = sentence.tokens[match.first].start, sentence.tokens[match.last].stop
            elif match.kind in (COUNTRY, CAPITAL, ADJECTIVE):
                code = match.entries[0].key
                token = sentence.tokens[match.first]
                as_actor = None if match.kind == ADJECTIVE or (     # 'в Лилонгве' is a place, not a 'он'
                    match.kind == CAPITAL and has_case(sentence, match.first)) else Actor(
                    code=code, country=code, role=None, name=token.text, start=token.start, stop=token.stop,
                    confidence=0.8, entity=code, reason=match.entries[0].reason)
                self.context.note_country(code, token.feats.get("Gender"), as_actor)
        self._note_group(sentence)
        for token in sentence.tokens:          # subjects are who later pronouns point to
            if token.rel in ("nsubj", "nsubj:pass") and token.pos in ("NOUN", "PROPN"):
                self.resolve(sentence, token.index)

    def resolve(self, sentence: Sentence, head: int, depth: int = 0) -> Resolution:
        """Actors for the phrase headed by token ``head`` and its coordinated heads."""
        result = Resolution()
        for member in coordinated(sentence, head):
            found = self._resolve_one(sentence, member)
            if self._kin(sentence, member):
                found.actors = [as_relative(a) for a in found.actors if a.country]
            if found.agreement and not result.agreement:
                result.agreement = found.agreement
            result.actors.extend(found.actors)
        if not result.actors and not result.agreement and depth < 2:
            for child in nominal_children(sentence, head):
                deeper = self.resolve(sentence, child, depth + 1)
                if deeper.actors or deeper.agreement:
                    return deeper
        if not result.actors and not result.agreement and depth == 0:
            result.actors = [a for m in coordinated(sentence, head) for a in someone(self, sentence, m)]
        return result

    def _kin(self, sentence: Sentence, head: int) -> bool:
        """'жена президента Украины', 'хакер, сын депутата': the phrase names a relative."""
        return sentence.tokens[head].lemma in KIN_NOUNS or any(
            t.head == head and t.rel == "appos" and t.lemma in KIN_NOUNS for t in sentence.tokens)

    def _resolve_one(self, sentence: Sentence, head: int) -> Resolution:
        phrase = phrase_tokens(sentence, head)
        found = [m for m in self.matches(sentence) if any(m.first <= i <= m.last for i in phrase)]
        head_matches = [m for m in found if m.first <= head <= m.last]
        agreement = next((m for m in head_matches if m.kind == AGREEMENT), None)
        if agreement:
            return Resolution(agreement=agreement.entries[0])
        if is_place(sentence, head, head_matches):
            return Resolution()                  # "в Астане прошёл форум": where, not who
        name = span_text(sentence, phrase)
        start, stop = sentence.tokens[min(phrase)].start, sentence.tokens[max(phrase)].stop
        person = self._person(found, sentence, phrase)
        if person and any(sentence.tokens[i].lemma in FORMER for i in phrase) and person.country:
            person = as_former(person)
        if person and self._contradicted(person, found, head_matches):
            person = None                        # 'Iranian General Soleimani' is no Lebanese namesake
        if person:
            person.name, person.start, person.stop = name, start, stop
            return Resolution([person])
        actor = self._by_parts(found, head_matches, sentence, head, phrase)
        if actor and actor.country and actor.role and any(sentence.tokens[i].lemma in FORMER for i in phrase):
            actor = as_former(actor)                # "бывший президент Грузии" holds no office now
        if actor:
            actor.name, actor.start, actor.stop = name, start, stop
            return Resolution([actor] + coordinated_actors(found, sentence, actor))
        referred = self._by_reference(sentence, head, phrase) or unknown_person(self, sentence, head, phrase)
        for actor in referred:
            actor.name, actor.start, actor.stop = name, start, stop
        return Resolution(referred)

    # --- people -------------------------------------------------------------------------
    def _person(self, found: list[Match], sentence: Sentence, phrase: set[int]) -> Actor | None:
        people = [m for m in found if m.kind in (PERSON, SURNAME) and self._name_fits(sentence, m)]
        if people:
            return self._known_person(people)
        return self._named_earlier(sentence, phrase)

    def _contradicted(self, person: Actor, found: list[Match], head_matches: list[Match]) -> bool:
        """A named country in the phrase outranks a namesake from another country."""
        countries = {m.entries[0].key for m in found if m.kind in (COUNTRY, ADJECTIVE) and m not in head_matches}
        return bool(countries) and person.country is not None and person.country not in countries

    def _name_fits(self, sentence: Sentence, match: Match) -> bool:
        """A bare surname must be the last word of the name it stands in, and a first name
        next to it must belong to the same person: 'Хайнц Фишер' is not Joschka Fischer."""
        if match.kind != SURNAME:
            return True
        tokens = sentence.tokens
        if tokens[match.last].lemma in self.context.namesakes:
            return False                         # 'Бессель Кок' earlier: this 'Кок' is not Wim Kok
        last = tokens[match.last]
        following = tokens[match.last + 1] if match.last + 1 < len(tokens) else None
        if following is not None and following.pos == "PROPN" and (
                (following.rel.startswith("flat") and following.head in (match.last, last.head))
                or (last.rel == "compound" and last.head == following.index)):
            return False                         # 'Khan Sheikhoun', 'Филип Вуянович': more name follows
        before = tokens[match.first - 1] if match.first > 0 else None
        titles = {m.last for m in self.matches(sentence) if m.kind == ROLE}
        if before is not None and before.pos == "PROPN" and before.index not in titles and (
                tokens[match.first].head == before.index or before.head == match.first):
            people = [self.kb.people[e.key] for e in match.entries if e.kind in (PERSON, SURNAME)]
            keys = token_keys(before, "ru")
            fits = any(set(keys) & person.name_words for person in people)
            if not fits:
                self.context.namesakes.add(tokens[match.last].lemma)
            return fits
        return True

    def _known_person(self, matches: list[Match]) -> Actor | None:
        full = {e.key for m in matches if m.kind == PERSON for e in m.entries if e.kind == PERSON}
        ids = full or {e.key for m in matches for e in m.entries
                       if e.kind in (PERSON, SURNAME) and not before_their_time(self.kb.people[e.key], self.day)}
        scored = []
        for person_id in ids:
            person = self.kb.people[person_id]
            offices = person.offices_on(self.day)
            rank = min((OFFICE_RANK.get(o.office, 9) for o in offices), default=99)
            named_before = any(p.id == person_id for p, _ in self.context.people)
            scored.append((rank, person_id in full, person, named_before))
        if not scored:
            return None
        scored.sort(key=lambda item: (not item[3], item[0], not item[1], item[2].id))
        rank, _, person, earlier = scored[0]
        ambiguous = not earlier and len([s for s in scored if s[0] == rank]) > 1
        actor = person_actor(person, matches, ambiguous, self.day)
        self.context.note_person(person, actor)
        return actor

    def _named_earlier(self, sentence: Sentence, phrase: set[int]) -> Actor | None:
        for index in sorted(phrase):
            token = sentence.tokens[index]
            if token.pos == "PROPN":
                actor = self.context.surname(token.lemma)
                if actor:
                    return copy_actor(actor, reason=f"coreference: {token.text} named earlier as {actor.code}",
                                 confidence=actor.confidence * 0.9)
        return None

    # --- roles, countries, organisations -------------------------------------------------
    def _by_parts(self, found, head_matches, sentence, head, phrase) -> Actor | None:
        places = [m for m in found if m.kind in (COUNTRY, ADJECTIVE, CAPITAL, SEAT, IGO)]
        role_match = self._role(found, sentence, head)
        if not places and role_match:        # 'жительница Нью-Йорка', 'суд штата Массачусетс'
            places = [m for m in found if m.kind == CITY and m not in head_matches]
        country_word = any(sentence.tokens[i].lemma in COUNTRY_WORDS and i != head for i in phrase)
        topic = self._topic_country(sentence)
        if not places and not (country_word and topic and role_match):
            return None
        if not places:
            code, reason, head_is_place, kind = (topic, f"coreference: 'страна' = {topic}", False, COUNTRY)
        else:
            if any(m.kind == IGO for m in places) and not any(m.kind == IGO for m in head_matches):
                countries = [m for m in places if m.kind in (COUNTRY, ADJECTIVE, CAPITAL)]
                places = countries or places     # "Russia's UN ambassador" speaks for Russia
            place = min(places, key=lambda m: (abs(m.first - head), m.first))
            entry = place.entries[0]
            code, reason, head_is_place, kind = entry.key, entry.reason, place in head_matches, place.kind
        if kind == IGO:
            return Actor(code=code, country=None, role=None, name="", confidence=0.9, entity=code, reason=reason)
        role = role_match.entries[0].key if role_match else None
        if role is None and head_is_place and kind in (CAPITAL, SEAT):
            role = "GOV"                                     # Кремль, Астана as the government
        if role is None and not head_is_place and sentence.tokens[head].lemma in PARTY_WORDS:
            role = "GOV"                                     # израильская сторона
        if role is None and not head_is_place:
            return None                                      # "российская нефть" is no actor
        actor = Actor(code=code + (role or ""), country=code, role=role, name="",
                      confidence=0.9 if role or head_is_place else 0.7, entity=code,
                      reason=reason + (f"; {role_match.entries[0].reason}" if role_match else ""))
        self._register_names(sentence, phrase, actor)
        if role and role_match in head_matches and actor.country:
            self.context.note_title(sentence.tokens[head].lemma, actor)
        if role and not head_is_place and sentence.tokens[head].feats.get("Number") != "Plur":
            self.context.note_individual(actor, sentence.tokens[head].feats.get("Gender"))
        if role == "GOV" or head_is_place:
            self.context.note_actor(actor)
        return actor

    def _topic_country(self, sentence: Sentence) -> str | None:
        """What 'страна' refers to: the first country of the sentence, else of the document."""
        for match in self.matches(sentence):
            if match.kind in (COUNTRY, CAPITAL, ADJECTIVE):
                return match.entries[0].key
        return self.context.main_country() or self.context.last_country

    def _role(self, found: list[Match], sentence: Sentence, head: int) -> Match | None:
        roles = [m for m in found if m.kind == ROLE]
        if not roles:
            return None
        head_role = next((m for m in roles if m.first <= head <= m.last), None)
        if head_role and sentence.tokens[head].lemma not in GENERIC_TITLES:
            return head_role
        others = [m for m in roles if m is not head_role]
        if others:
            return min(others, key=lambda m: abs(m.first - head))
        return head_role

    def _register_names(self, sentence: Sentence, phrase: set[int], actor: Actor) -> None:
        """``министр Сейдзи Маэхара`` -> a later bare ``Маэхара`` is the same actor."""
        for index in phrase:
            token = sentence.tokens[index]
            if token.pos == "PROPN" and token.feats.get("Animacy") == "Anim":
                self.context.note_surname(token.lemma, actor)

    # --- references back ----------------------------------------------------------------
    def _by_reference(self, sentence: Sentence, head: int, phrase: set[int]) -> list[Actor]:
        token = sentence.tokens[head]
        lemmas = tuple(sentence.tokens[i].lemma for i in sorted(phrase))
        if token.lemma in COUNTRY_WORDS and token.feats.get("Number") == "Plur" and self.context.last_group:
            return [copy_actor(a, reason=f"coreference: '{token.text}' = {a.name} of the group named earlier",
                          confidence=a.confidence * 0.8) for a in self.context.last_group]
        pair = any(t.head == head and t.lemma in PAIR_WORDS for t in sentence.tokens)
        parties = self.context.parties()
        each = self._each_or_other(sentence, head) and len(parties) >= 2
        if each or (token.feats.get("Number") == "Plur" and (token.lemma in PARTY_WORDS or pair) and parties):
            return [copy_actor(a, reason=f"coreference: '{token.text}' = {'one of ' if each else ''}the parties "
                                         f"of the last event ({a.code})", confidence=a.confidence * (0.8 if each else 0.85))
                    for a in parties]
        if token.pos in ("PRON", "DET") and token.lemma in FIRST_PERSON:
            return self._first_person(sentence, token)
        if token.pos == "PRON" and token.lemma in PERSONAL_PRONOUNS and token.feats.get("Number") != "Plur":
            actor = self.context.pronoun(token.feats.get("Gender"), avoid=self._clause_subject(sentence, token),
                                         before=token.start)
            if actor:
                return [copy_actor(actor, reason=f"coreference: '{token.text}' = {actor.name} ({actor.code})",
                              confidence=actor.confidence * 0.85)]
            return []
        office = ROLE_COREF.get(token.lemma)
        if any(lemmas[i:i + 2] == pair for pair in HEAD_OF_STATE_PHRASES for i in range(len(lemmas))):
            office = "head_of_state"
        if office:
            actor = self.context.by_office(office)
            if actor:
                return [copy_actor(actor, reason=f"coreference: '{token.text}' = {actor.name} ({actor.code})",
                              confidence=actor.confidence * 0.85)]
        found = [m for m in self.matches(sentence) if m.first <= head <= m.last and m.kind == ROLE]
        if found:
            role = found[0].entries[0].key
            if token.lemma in RELATIONAL_TITLES:
                return []                        # 'ее коллеги', 'his counterpart': of whom, the phrase does not say
            named = self.context.titled(token.lemma)
            if named is not None and named.role == role:
                return [copy_actor(named, reason=f"coreference: '{token.text}' = {named.name} named earlier ({named.code})",
                                   confidence=named.confidence * 0.85)]
            country, why = setting_country(self, sentence, head)
            if country:
                sure = 0.55 if why == DOCUMENT_COUNTRY else 0.65
                return [Actor(code=f"{country}{role}", country=country, role=role, name="", confidence=sure,
                              entity=country, reason=f"{found[0].entries[0].reason}; country from {why}")]
            return [Actor(code=f"---{role}", country=None, role=role, name="", confidence=0.3,
                          reason=f"{found[0].entries[0].reason}; country unknown")]
        return []

    def _first_person(self, sentence: Sentence, token) -> list[Actor]:
        """'"I call upon President Reagan ...,"', '«Мы готовы», — заявил Песков', 'My visit': the
        first person is the speaker, the one this sentence or one of the last two quotes. A
        quotation standing alone after a paragraph about someone is theirs."""
        said = self.context.speaker(sentence.index)
        speakers = [a for i in said[1] for a in self.resolve(said[0], i).actors if a.country] if said else []
        quoted = any(mark in sentence.text for mark in QUOTE_MARKS)
        if speakers and (quoted or said[0].index == sentence.index):
            why = "the speaker"
        elif sentence.text.lstrip()[:1] in QUOTE_MARKS and self.context.person_before(sentence.start):
            speakers, why = [self.context.person_before(sentence.start)], "the person the quotation follows"
        else:
            return []
        return [copy_actor(a, reason=f"first person '{token.text}' = {why}, {a.name} ({a.code})",
                           confidence=a.confidence * 0.8) for a in speakers]

    def _each_or_other(self, sentence: Sentence, head: int) -> bool:
        """'each side blamed the other', 'каждая из сторон', 'the other side': one party and then
        the other of the last event; the frame pairs them both ways and drops a party with itself."""
        token = sentence.tokens[head]
        if token.lemma in OTHER_WORDS and token.pos in ("ADJ", "NOUN", "PRON"):
            return True
        marked = {t.lemma for t in sentence.tokens if t.head == head}
        return token.lemma in PARTY_WORDS | COUNTRY_WORDS and bool(marked & (EACH_WORDS | OTHER_WORDS))

    def _note_group(self, sentence: Sentence) -> None:
        """Coordinated countries ('Spain, Ireland and Norway') for a later 'the three countries'."""
        places = {m.first: m for m in self.matches(sentence) if m.kind == COUNTRY}
        for first in places:
            linked = conj_linked(sentence, {first}) & set(places)
            if len(linked) >= 2:
                self.context.last_group = [
                    Actor(code=places[i].entries[0].key, country=places[i].entries[0].key, role=None,
                          name=sentence.tokens[i].text, confidence=0.8, entity=places[i].entries[0].key,
                          reason=places[i].entries[0].reason) for i in sorted(linked)]
                return

    def _clause_subject(self, sentence: Sentence, token) -> set[str]:
        """'Macron hosted Xi, pressing him ...': an object pronoun is not its own clause's subject."""
        if token.rel not in ("obj", "iobj") or token.head < 0:
            return set()
        verb = sentence.tokens[token.head]
        subjects = [t.index for t in sentence.tokens if t.head == verb.index and t.rel == "nsubj"]
        if not subjects and verb.rel in ("advcl", "xcomp", "conj") and verb.head >= 0:
            subjects = [t.index for t in sentence.tokens if t.head == verb.head and t.rel == "nsubj"]
        return {a.code for i in subjects if i != token.index for a in self.resolve(sentence, i).actors}

