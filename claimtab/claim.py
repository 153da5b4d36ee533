"""The claim record: one row of the claims table, the contract the writers and users rely on."""
from __future__ import annotations

from dataclasses import dataclass, fields

KINDS = ("score", "improvement", "speedup", "reduction", "parameters", "compute", "data_size", "time",
         "memory", "energy", "throughput", "count", "setting", "context", "other")
BOUNDS = ("=", "<=", ">=", "~")
AMOUNT_KINDS = ("parameters", "compute", "data_size", "time", "memory", "energy", "throughput")  # absolute amounts
COST_KINDS = ("parameters", "compute", "time", "memory", "energy")  # amounts a method may reduce
COMPARED_KINDS = ("improvement", "speedup", "reduction")  # stated against a baseline


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

    def to_dict(self) -> dict:
        """The claim as a dict of its fields, in column order (every field is a scalar: no deep copy)."""
        return {name: getattr(self, name) for name in COLUMNS}


COLUMNS = tuple(f.name for f in fields(Claim))
