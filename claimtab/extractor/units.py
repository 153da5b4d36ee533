"""Units: surface forms from `rules/unit_aliases.tsv`, converted with a pint registry that loads
`rules/units.txt` (the field's own units: parameters, FLOPs, MACs, tokens, FPS, x ...)."""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from functools import lru_cache

from claimtab import rules
from claimtab.extractor import numbers
from claimtab.extractor.caches import word_cache

CANONICAL_PINT = {
    "%": "percent", "pp": "percentage_point", "x": "fold", "OOM": "dimensionless",
    "parameters": "parameter", "FLOPs": "FLOP", "MACs": "MAC", "tokens": "token", "samples": "sample",
    "images": "image", "FPS": "FPS", "s": "second", "B": "byte", "J": "joule", "W": "watt", "dB": "decibel",
    "m": "meter", "ml": "milliliter", "Hz": "hertz", "images/s": "image / second",
    "tokens/s": "token / second", "samples/s": "sample / second", "bits/s": "bit / second",
}


@dataclass(frozen=True)
class Unit:
    surface: str      # as written
    pint_name: str    # pint expression of the surface unit
    canonical: str    # the unit the row names
    kind: str         # kind the unit implies, or "-" when cues decide


@lru_cache(maxsize=None)
def registry():
    """pint's registry with claimtab's units (imported and built only when the factor cache is cold)."""
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    ureg.load_definitions(str(rules.rule_path("units.txt")))
    return ureg


@lru_cache(maxsize=None)
def table() -> tuple[dict[tuple[str, ...], Unit], dict[tuple[str, ...], Unit], int]:
    """Surface units keyed by their token tuple: exact case, lower case, and the longest length."""
    exact, lower, longest = {}, {}, 1
    for surface, pint_name, canonical, kind in rules.unit_aliases():
        unit = Unit(surface, pint_name, canonical, kind)
        for toks in _token_forms(surface):
            exact.setdefault(toks, unit)
            if len(surface) > 2:
                lower.setdefault(tuple(t.lower() for t in toks), unit)
            longest = max(longest, len(toks))
    return exact, lower, longest


def _token_forms(surface: str) -> list[tuple[str, ...]]:
    """A surface's tokens as written, and as the tokenizer may split it at a '/' ('tokens/s' -> 'tokens / s')."""
    toks = tuple(surface.split())
    split = tuple(t for w in toks for t in re.split(r"(/)", w) if t)
    return [toks] if split == toks else [toks, split]


@word_cache()
def lookup(words: tuple[str, ...]) -> Unit | None:
    exact, lower, _ = table()
    return exact.get(words) or lower.get(tuple(w.lower() for w in words))


@lru_cache(maxsize=None)
def first_words() -> frozenset[str]:
    """First words of the units written as several tokens ('tokens per second'), as written and lowered:
    only such a word can begin one."""
    exact, lower, _ = table()
    return frozenset(k[0] for k in exact if len(k) > 1) | frozenset(k[0] for k in lower if len(k) > 1)


def normalize(value: float | None, unit: Unit) -> float | None:
    """`value` in `unit` converted to the unit's canonical unit (ms -> s, GB -> bytes, mJ -> J)."""
    if value is None:
        return None
    if unit.pint_name == "order_of_magnitude":
        return numbers.power(10.0, value)
    return value * factors().get(unit.pint_name, 1.0)


def _factor(ureg, pint_name: str, canonical: str) -> float:
    target = CANONICAL_PINT.get(canonical)
    if target is None or pint_name == target or pint_name in ("decibel", "order_of_magnitude") \
            or canonical == "OOM":
        return 1.0
    return float(ureg.Quantity(1.0, pint_name).to(target).magnitude)


@lru_cache(maxsize=None)
def factors() -> dict[str, float]:
    """Conversion factor of every surface unit to its canonical unit, computed with pint from
    rules/units.txt; the result is cached on disk (keyed by the rule files and pint's version), so
    later runs start without building pint's registry."""
    sources = (rules.rule_path("units.txt").read_bytes() + rules.rule_path("unit_aliases.tsv").read_bytes()
               + rules.rule_path("unit_aliases_physical.tsv").read_bytes() + metadata.version("pint").encode())
    key = hashlib.sha1(sources).hexdigest()[:16]
    cache = Path(os.environ.get("CLAIMTAB_CACHE", Path.home() / ".cache" / "claimtab")) / f"units-{key}.json"
    try:
        return json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    ureg = registry()
    table = {pint_name: _factor(ureg, pint_name, canonical) for _s, pint_name, canonical, _k in rules.unit_aliases()}
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(table), encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home: compute again next time
    return table


def canonical_pint(unit: Unit) -> str:
    """The pint expression of a unit's canonical unit (values already normalized stay as they are)."""
    return CANONICAL_PINT.get(unit.canonical, unit.pint_name)
