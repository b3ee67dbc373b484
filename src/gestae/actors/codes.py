"""Small operations on CAMEO actor codes and actors: the country and the role in a code, a
former office holder, a copy with a new reason."""
from __future__ import annotations

from gestae.lang import words
from gestae.records import Actor

FORMER = words("former-words")


def as_former(actor: Actor) -> Actor:
    return recoded(actor, "ELI", "'former': coded as elite, not as the office")


def as_relative(actor: Actor) -> Actor:
    """'жена президента Украины': a relative holds none of the office; a private person of its country."""
    return recoded(actor, "CVL", f"a relative of {actor.code}: a private person, not the office")


def recoded(actor: Actor, role: str, why: str) -> Actor:
    """The same person or body in another role of its country."""
    return Actor(code=f"{actor.country}{role}", country=actor.country, role=role, name=actor.name,
                 start=actor.start, stop=actor.stop, confidence=actor.confidence, entity=actor.entity,
                 reason=f"{actor.reason}; {why}")


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
