"""Units: surface forms from `rules/unit_aliases.tsv`, converted with a pint registry that loads
`rules/units.txt` (the field's own units: parameters, FLOPs, MACs, tokens, FPS, x ...)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pint

from claimtab import rules

CANONICAL_PINT = {
    "%": "percent", "pp": "percentage_point", "x": "fold", "OOM": "dimensionless",
    "parameters": "parameter", "FLOPs": "FLOP", "MACs": "MAC", "tokens": "token", "samples": "sample",
    "images": "image", "FPS": "FPS", "s": "second", "B": "byte", "J": "joule", "W": "watt", "dB": "decibel",
    "m": "meter", "ml": "milliliter", "Hz": "hertz", "images/s": "image / second",
    "tokens/s": "token / second", "samples/s": "sample / second",
}


@dataclass(frozen=True)
class Unit:
    surface: str      # as written
    pint_name: str    # pint expression of the surface unit
    canonical: str    # the unit the row names
    kind: str         # kind the unit implies, or "-" when cues decide


@lru_cache(maxsize=None)
def registry() -> pint.UnitRegistry:
    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    ureg.load_definitions(str(rules.rule_path("units.txt")))
    return ureg


@lru_cache(maxsize=None)
def table() -> tuple[dict[tuple[str, ...], Unit], dict[tuple[str, ...], Unit], int]:
    """Surface units keyed by their token tuple: exact case, lower case, and the longest length."""
    exact, lower, longest = {}, {}, 1
    for surface, pint_name, canonical, kind in rules.unit_aliases():
        unit = Unit(surface, pint_name, canonical, kind)
        toks = tuple(surface.split())
        exact.setdefault(toks, unit)
        if len(surface) > 2:
            lower.setdefault(tuple(t.lower() for t in toks), unit)
        longest = max(longest, len(toks))
    return exact, lower, longest


def lookup(words: tuple[str, ...]) -> Unit | None:
    exact, lower, _ = table()
    return exact.get(words) or lower.get(tuple(w.lower() for w in words))


def normalize(value: float | None, unit: Unit) -> float | None:
    """`value` in `unit` converted to the unit's canonical unit (ms -> s, GB -> bytes, mJ -> J)."""
    if value is None:
        return None
    if unit.canonical == "OOM" or unit.canonical == unit.surface and unit.pint_name in ("fold", "percent"):
        return value
    if unit.pint_name == "order_of_magnitude":
        return 10.0 ** value
    target = CANONICAL_PINT.get(unit.canonical)
    if target is None or unit.pint_name == target:
        return value
    ureg = registry()
    if unit.pint_name == "decibel":
        return value
    return float(ureg.Quantity(value, unit.pint_name).to(target).magnitude)


def canonical_pint(unit: Unit) -> str:
    """The pint expression of a unit's canonical unit (values already normalized stay as they are)."""
    return CANONICAL_PINT.get(unit.canonical, unit.pint_name)
