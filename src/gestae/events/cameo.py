"""CAMEO codes with their names, Goldstein scores, QuadClass and PLOVER type and mode."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from gestae.errors import DataError
from gestae.events.tables import data_file, read_tsv


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    properties: frozenset[str] = frozenset()    # what participant rules test: domestic, place-target, ...
    claimed_as: str | None = None               # the accusation a claim of this deed is coded as

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    table = {}
    for _, row in read_tsv(data_file("cameo.tsv"), 4):
        table[row["code"]] = CameoCode(
            code=row["code"], name=row["name"], goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]), plover=row.get("plover") or None,
            plover_mode=row.get("plover_mode") or None,
            properties=_properties(row.get("properties", ""), row["code"]),
            claimed_as=row.get("claimed_as") or None)
    return table


PROPERTIES = frozenset({"domestic", "place-target", "answers-earlier", "object-country", "protest", "posture",
                        "visit", "meeting", "means", "unshared-scene", "from-is-doer",
                        "complement-target", "state-act", "policy-target", "claims-deed"})


def _properties(cell: str, code: str) -> frozenset[str]:
    found = frozenset(p.strip() for p in cell.split(",") if p.strip())
    if found - PROPERTIES:
        raise DataError(f"cameo.tsv: code {code}: unknown properties {sorted(found - PROPERTIES)}; "
                        f"valid: {sorted(PROPERTIES)}")
    return found


def has(code: str, prop: str) -> bool:
    """``has("190", "place-target")``: a CAMEO property of the code (``data/cameo.tsv``)."""
    info = cameo_table().get(code)
    return info is not None and prop in info.properties


def lookup(code: str) -> CameoCode:
    table = cameo_table()
    if code not in table:
        raise DataError(f"unknown CAMEO code {code!r}; valid codes are listed in gestae/data/cameo.tsv")
    return table[code]


def is_code(code: str) -> bool:
    return code in cameo_table()
