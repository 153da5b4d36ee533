"""Attach each quantity to the metric it is measured in (dataset, model and baseline: attach.py)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from claimtab.extractor.kinds import Cue
from claimtab.extractor.lexicon import Annotations, Hit
from claimtab.extractor.quantities import Quantity

UNIT_METRIC = {"parameters": "parameters", "FLOPs": "FLOPs", "MACs": "MACs", "B": "memory", "J": "energy",
               "W": "power", "FPS": "throughput", "images/s": "throughput", "tokens/s": "throughput"}
NEAR_AFTER = 4


def metric_for(doc: Doc, q: Quantity, kind: str, cues: list[Cue], next_start: int, sent: Span,
               ann: Annotations) -> tuple[str | None, str | None]:
    """(metric name, its direction) of quantity q: the metric written as its unit, else the nearest
    metric name after it, else before it in the sentence, else the cost or speed noun it qualifies."""
    if q.metric:
        return q.metric, None
    after = [m for m in ann.metrics if q.end <= m.start < min(next_start, q.end + NEAR_AFTER + 2)
             and m.start - q.end <= NEAR_AFTER]
    before = [m for m in ann.metrics if sent.start <= m.start and m.end <= q.start]
    hit: Hit | None = None
    if after:
        hit = after[0]
    elif before and kind not in ("parameters", "compute", "time", "memory", "energy", "throughput"):
        hit = before[-1]
    if hit and kind not in ("reduction", "speedup", "count", "setting", "data_size"):
        return hit.value, None
    if kind in ("reduction", "speedup"):
        noun = next((c for c in cues if c.category in ("cost", "speed") and c.text not in ("by",)), None)
        if noun:
            return noun.text, None
    if q.unit and q.unit.canonical in UNIT_METRIC and kind not in ("reduction", "speedup"):
        return UNIT_METRIC[q.unit.canonical], None
    if q.unit and q.unit.canonical == "s" and kind == "time":
        return "time", None
    if hit and kind in ("reduction",):
        return hit.value, None
    return None, None
