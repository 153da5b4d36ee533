"""The claim record: one row of the claims table, the contract the writers and users rely on."""
from __future__ import annotations

from dataclasses import dataclass, fields

KINDS = ("score", "improvement", "speedup", "reduction", "parameters", "compute", "data_size", "time",
         "memory", "energy", "throughput", "count", "setting", "context", "other")
BOUNDS = ("=", "<=", ">=", "~")


@dataclass(frozen=True)
class Claim:
    """A quantitative claim. `abstract[start:end] == text`; `value` is in `unit` (canonical);
    ranges fill `low`/`high` and leave `value` None; `rule` says which rules produced the row."""
    paper_id: str | None
    title: str | None
    sentence: str
    start: int
    end: int
    text: str
    kind: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    bound: str
    metric: str | None
    dataset: str | None
    model: str | None
    baseline: str | None
    rule: str

    @classmethod
    def of(cls, *values) -> Claim:
        """A Claim from its field values in column order, made without the frozen dataclass's __init__
        (which sets each of the 17 fields through object.__setattr__: 2.4 µs, once per claim found)."""
        if len(values) != len(COLUMNS):
            raise TypeError(f"Claim.of takes {len(COLUMNS)} values, got {len(values)}")
        claim = object.__new__(cls)
        claim.__dict__.update(zip(COLUMNS, values))
        return claim

    def to_dict(self) -> dict:
        """The claim as a dict of its fields, in column order (every field is a scalar: no deep copy)."""
        found = self.__dict__
        if len(found) == len(COLUMNS):  # fields are set in column order, by __init__ and by `of`
            return dict(found)
        return {name: getattr(self, name) for name in COLUMNS}


COLUMNS = tuple(f.name for f in fields(Claim))
