"""A known person as an actor on a date: the office they held then, the one they are best known
for when the text has no date, or an elite of their country when they held none."""
from __future__ import annotations

from datetime import date as Date

from gestae.actors.codes import country_of, role_of
from gestae.actors.kb import Office, Person
from gestae.actors.match import Match
from gestae.records import Actor

OFFICE_RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2,
               "defence_minister": 3, "igo_leader": 4, "opposition": 5, "rebel_leader": 6,
               "dated": 7, "other": 8, "default": 10}        # dated/default: imported dictionaries


def before_their_time(person: Person, day: Date | None) -> bool:
    """A bare 'Ivanov' in 1987 is not a man whose every office began in 2009."""
    starts = [o.start for o in person.offices]
    return day is not None and bool(starts) and all(start is not None and start > day for start in starts)


def person_actor(person: Person, matches: list[Match], ambiguous: bool, day: Date | None) -> Actor:
    offices = sorted(person.offices_on(day), key=lambda o: OFFICE_RANK.get(o.office, 9))
    reason = next((e.reason for m in matches for e in m.entries if e.key == person.id),
                  matches[0].entries[0].reason)
    when = day.isoformat() if day else "an unknown date"
    best = best_known(offices) if day is None else None
    if best is not None:
        offices = [best] + [o for o in offices if o is not best]
        when = "an unknown date (the latest office of state or organisation held)"
    confidence = 0.75 if ambiguous else 0.95
    if offices:
        office = offices[0]
        code = office.actor
        return Actor(code=code, country=country_of(code), role=role_of(code), name=person.name_ru,
                     confidence=confidence, entity=person.id,
                     reason=f"{reason}: {office.office} on {when}")
    country = person.country
    code = f"{country}ELI" if country else "---ELI"
    return Actor(code=code, country=country, role="ELI", name=person.name_ru,
                 confidence=confidence * 0.8, entity=person.id,
                 reason=f"{reason}: no office held on {when}, coded as elite")


def best_known(offices: list[Office]) -> Office | None:
    """With no date, the office a person is best known for: the latest one of state or of an
    international organisation they held (Guterres is the UN's, Tusk Poland's prime minister
    again), never a later seat in opposition (Poroshenko stays the president)."""
    public = [o for o in offices if o.start and OFFICE_RANK.get(o.office, 9) <= OFFICE_RANK["igo_leader"]]
    return max(public, key=lambda o: o.start) if public else None
