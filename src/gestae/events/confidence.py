"""What an event's confidence rests on: the features the coder knows about it (the lexicon
entry, how each actor was resolved, the clause's modality, the rules that had to fire, how far
the actors stand from the trigger), carried on every event as ``confidence_basis``.

``bench/calibration.py`` fits a logistic regression over them on the open gold sets and
measures it beside the hand-set confidence on the sealed ones. Today the fitted model is the
worse of the two on news nobody tuned to (it learns the open sets' high precision), so the
event's ``confidence`` stays the hand-set product until a model beats it there.
"""
from __future__ import annotations

from gestae.events.lexicon import CONVERTED, LexiconEntry
from gestae.records import Actor

MODALITIES = ("intent", "reported", "negated")
RESOLUTIONS = ("person", "coreference", "guessed")
LANGUAGES = ("ru", "en")


def feature_names() -> list[str]:
    """Every feature the model weighs, in the order of the shipped table."""
    return (["bias", *(f"lang_{lang}" for lang in LANGUAGES), "noun_trigger", "conditions", "converted_entry",
             "rules_fired", "accusation", "reciprocal", "dated_in_text", "domestic", "distance"]
            + [f"modality_{name}" for name in MODALITIES]
            + [f"{side}_{kind}" for side in ("source", "target") for kind in (*RESOLUTIONS, "no_country")])


def actor_resolution(actor: Actor) -> str:
    """How an actor was found, from the reason the resolver gave: named in the phrase (a country,
    an organisation, a role with its country), a known person, a reference back to someone
    named earlier, or a guess (a country taken from the place or the document, a default)."""
    reason = actor.reason
    if reason.startswith(("coreference", "first person", "the doer of the event")) or "named earlier" in reason:
        return "coreference"
    if "country from" in reason or "country unknown" in reason or reason.startswith("no ") \
            or reason.startswith(("person not in", "a person named by")):
        return "guessed"
    if actor.entity and len(actor.entity) > 3 and not actor.entity.isupper():
        return "person"
    return "named"


def features(entry: LexiconEntry, modality: str, notes: list[str], source: Actor, target: Actor,
             reciprocal: bool, date_source: str, trigger_start: int, lang: str) -> dict[str, float]:
    found = {"bias": 1.0, f"lang_{lang}": 1.0,
             "noun_trigger": float(entry.pos == "N"),
             "conditions": float(min(len(entry.requires), 2)),
             "converted_entry": float(entry.layer == CONVERTED),
             "rules_fired": float(min(len([n for n in notes if n != "accusation"]), 3)),
             "accusation": float("accusation" in notes),
             "reciprocal": float(reciprocal),
             "dated_in_text": float(date_source == "explicit"),
             "domestic": float(source.country is not None and source.country == target.country),
             "distance": min(_distance(source, target, trigger_start) / 100.0, 3.0)}
    for name in MODALITIES:
        found[f"modality_{name}"] = float(modality == name)
    for side, actor in (("source", source), ("target", target)):
        how = actor_resolution(actor)
        for kind in RESOLUTIONS:
            found[f"{side}_{kind}"] = float(how == kind)
        found[f"{side}_no_country"] = float(actor.country is None and not actor.code.startswith("IGO"))
    return found


def _distance(source: Actor, target: Actor, trigger_start: int) -> float:
    """Characters between the trigger and the farther of the two actors named in the sentence."""
    spans = [a.start for a in (source, target) if a.start >= 0]
    return max((abs(start - trigger_start) for start in spans), default=0.0)
