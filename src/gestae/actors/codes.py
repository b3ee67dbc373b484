"""Small operations on CAMEO actor codes and actors: the country and the role in a code, a
former office holder, a copy with a new reason."""
from __future__ import annotations

from gestae.records import Actor

FORMER = {"бывший", "экс", "former", "ex", "ex-president", "экс-президент", "экс-премьер"}


def as_former(actor: Actor) -> Actor:
    return Actor(code=f"{actor.country}ELI", country=actor.country, role="ELI", name=actor.name,
                 start=actor.start, stop=actor.stop, confidence=actor.confidence, entity=actor.entity,
                 reason=f"{actor.reason}; 'former': coded as elite, not as the office")


def country_of(code: str) -> str | None:
    if code.startswith("IGO") or code.startswith("---"):
        return None
    return code[:3]


def role_of(code: str) -> str | None:
    if code.startswith("IGO"):
        return None
    return code[3:6] or None


def copy_actor(actor: Actor, reason: str, confidence: float) -> Actor:
    return Actor(code=actor.code, country=actor.country, role=actor.role, name=actor.name,
                 confidence=round(confidence, 3), reason=reason, entity=actor.entity)
