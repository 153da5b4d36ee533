"""The unit column: the canonical unit of the number's unit, else its counted noun in the plural
('datasets'), else the unit its number word implies ('twice' -> x). A fraction stated as a reduction or
speed-up ('1/4 parameters') is a factor of the baseline's amount: 'x'."""
from __future__ import annotations

from claimtab import rules
from claimtab.extractor.quantities import Quantity


def resolve(q: Quantity, kind: str) -> str | None:
    if q.shape == "fraction" and kind in ("reduction", "speedup"):
        return "x"
    if q.unit:
        return q.unit.canonical
    if q.noun:
        return _plural(q.noun)
    return q.implied_unit or None


def _plural(noun: str) -> str:
    noun = noun.lower()
    return noun if noun.endswith("s") or noun in rules.words("irregular_plural") else noun + "s"
