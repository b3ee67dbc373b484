"""What a document has said so far: who was named, with which office, who took part last.

This is the memory behind in-document coreference: ``глава государства`` and ``президент``
point back to the head of state named earlier, a bare surname to the person it belongs to,
``стороны`` to the parties of the last event.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from gestae.actors.kb import Person
from gestae.records import Actor, Sentence


@dataclass
class DocumentContext:
    people: list[tuple[Person, Actor]] = field(default_factory=list)
    surnames: dict[str, Actor] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    last_parties: list[Actor] = field(default_factory=list)
    last_individual: Actor | None = None
    country_mentions: Counter = field(default_factory=Counter)
    last_country: str | None = None
    salient: list[tuple[Actor, str | None]] = field(default_factory=list)   # (actor, grammatical gender)
    last_group: list[Actor] = field(default_factory=list)           # 'Spain, Ireland and Norway' for 'the three countries'
    last_sources: list[Actor] = field(default_factory=list)          # who did the last act reported
    last_victims: list[Actor] = field(default_factory=list)          # whom the last act of force named was done to
    namesakes: set[str] = field(default_factory=set)   # surnames seen with another person's first name
    speakers: tuple[Sentence, list[int]] | None = None   # who spoke last ('said Kemp'), for a later 'I', 'we'
    joint_act: tuple[int, list[Actor]] | None = None   # (sentence, parties) of the last joint act: 'X and Y agreed'
    by_title: dict[str, Actor] = field(default_factory=dict)   # 'суд' -> the court named in full earlier

    def note_person(self, person: Person, actor: Actor) -> None:
        self.people = [(p, a) for p, a in self.people if p.id != person.id] + [(person, actor)]
        self.last_individual = actor
        self.salient.append((actor, None))
        if actor.country:
            self.country_mentions[actor.country] += 1

    def note_individual(self, actor: Actor, gender: str | None = None) -> None:
        self.last_individual = actor
        self.salient.append((actor, gender))

    def note_country(self, code: str, gender: str | None = None, actor: Actor | None = None) -> None:
        self.country_mentions[code] += 1
        self.last_country = code
        if actor is not None:
            self.salient.append((actor, gender))

    def pronoun(self, gender: str | None, avoid: set[str] = frozenset(), before: int | None = None) -> Actor | None:
        """'он'/'она'/'её': the latest person or country of that grammatical gender named before
        the pronoun ('Congo said it was severing ties with Rwanda': 'it' is not Rwanda)."""
        for actor, seen_gender in reversed(self.salient[-12:]):
            if actor.code in avoid or (before is not None and actor.start >= before):
                continue
            if gender is None or seen_gender is None or seen_gender == gender:
                return actor
        last = self.last_individual
        if avoid or last is None or (before is not None and last.start >= before):
            return None                  # 'Он сообщил, что во время встречи с Медведевым': not Medvedev
        return last

    def note_speakers(self, sentence: Sentence, heads: list[int]) -> None:
        """The words naming who speaks in ``sentence``; they are resolved only if a later 'I' asks."""
        if heads:
            self.speakers = (sentence, list(heads))

    def speaker(self, sentence: int, reach: int = 2) -> tuple[Sentence, list[int]] | None:
        """Who said the latest words reported, if that was at most ``reach`` sentences back."""
        if self.speakers is None or not 0 <= sentence - self.speakers[0].index <= reach:
            return None
        return self.speakers

    def person_before(self, offset: int) -> Actor | None:
        """The latest person (an actor with a role) named before ``offset``."""
        return next((a for a, _ in reversed(self.salient[-12:]) if a.role and 0 <= a.start < offset), None)

    def main_country(self) -> str | None:
        """The country the document is about so far, if one stands out."""
        ranked = self.country_mentions.most_common(2)
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None

    def note_surname(self, lemma: str, actor: Actor) -> None:
        self.surnames[lemma] = actor

    def note_actor(self, actor: Actor) -> None:
        self.actors.append(actor)

    def note_event_parties(self, sources: list[Actor], targets: list[Actor]) -> None:
        earlier = {a.country or a.code: a for a in self.last_parties}
        parties: dict[str, Actor] = {}
        for actor in sources + targets:
            key = actor.country or actor.code
            known = parties.get(key) or earlier.get(key)
            parties[key] = known if known is not None and known.role and not actor.role else actor
        if len(parties) >= 2:
            self.last_parties = list(parties.values())

    def note_joint_act(self, sentence: int, parties: list[Actor]) -> None:
        """'Japan and South Korea agreed ...': two or more countries acting together, no target."""
        if len({a.country for a in parties if a.country}) >= 2:
            self.joint_act = (sentence, parties)

    def note_title(self, lemma: str, actor: Actor) -> None:
        """'Земельный суд Вены': a later bare 'суд' is this court."""
        self.by_title[lemma] = actor

    def titled(self, lemma: str) -> Actor | None:
        return self.by_title.get(lemma)

    def surname(self, lemma: str) -> Actor | None:
        return self.surnames.get(lemma)

    def by_office(self, office: str) -> Actor | None:
        """The latest person named with this office, preferring the document's own country:
        in Kazakh news 'глава государства' is Kazakhstan's president even after a guest's name."""
        holders = [a for p, a in self.people if any(o.office == office for o in p.offices) and a.role == "GOV"]
        main = self.main_country()
        home = [a for a in holders if a.country == main]
        return (home or holders)[-1] if holders else None

    def parties(self) -> list[Actor]:
        return list(self.last_parties)
