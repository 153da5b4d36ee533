"""Attach each quantity to the metric it is measured in (dataset, model and baseline: attach.py)."""
from __future__ import annotations

from spacy.tokens import Doc

from claimtab.extractor.kinds import Cue
from claimtab.extractor.lexicon import Hit
from claimtab.extractor.quantities import LIST_JOINERS, Quantity

UNIT_METRIC = {"parameters": "parameters", "FLOPs": "FLOPs", "MACs": "MACs", "B": "memory", "J": "energy",
               "W": "power", "FPS": "throughput", "images/s": "throughput", "tokens/s": "throughput",
               "samples/s": "throughput", "s": "time"}
ABSOLUTE = ("parameters", "compute", "time", "memory", "energy", "throughput")
NEAR_AFTER = 4
SHARE_GAP = 14
SETTING_NEAR = 3  # tokens between a setting and the cue that names it


def metric_for(q: Quantity, kind: str, cues: list[Cue], earlier: list[Hit], cue_metric: dict[str, str]) -> str | None:
    """The metric of quantity q: a metric written as its unit ("58.5 PQ"); for reductions and
    speed-ups the cost or speed noun it qualifies; else the nearest metric name after it, else
    the nearest one earlier in its sentence; for absolute amounts the quantity its unit measures."""
    if q.metric:
        return q.metric
    nouns = [cue_metric[c.text] for c in cues if c.category in ("cost", "speed_noun") and c.text in cue_metric]
    if kind in ABSOLUTE:
        if kind in ("time", "throughput") and nouns:
            return nouns[0]
        return UNIT_METRIC.get(q.unit.canonical) if q.unit else None
    if kind == "setting":  # '30% pruning ratio', 'a batch size of 256': the setting a cue names
        named = [cue_metric[c.text] for c in cues
                 if c.category == "setting" and c.text in cue_metric and c.distance <= SETTING_NEAR]
        return named[0] if named else None
    if kind in ("count", "data_size", "other", "context"):
        return None
    names = [c for c in cues if c.category == "metric"]
    after = [c for c in names if c.after and c.distance <= NEAR_AFTER]
    if kind in ("reduction", "speedup"):
        if nouns:
            return nouns[0]
        if after:
            return after[0].text
        if names:
            return names[0].text
        return "speed" if kind == "speedup" else None
    if after:
        return after[0].text
    before = [m for m in earlier if m.end <= q.start]
    return before[-1].value if before else None


def share_in_lists(doc: Doc, qs: list[Quantity], kinds: list[str], metrics: list[str | None]) -> list[str | None]:
    """'+5.3% and +11.0% top-1 accuracy': numbers of one list share the metric written once."""
    out = list(metrics)
    for n, q in enumerate(qs):
        if out[n] is not None:
            continue
        for m in (n + 1, n - 1):
            if 0 <= m < len(qs) and kinds[m] == kinds[n] and out[m] is not None:
                a, b = (q, qs[m]) if m > n else (qs[m], q)
                between = doc[a.end:b.start]
                tight = all(t.lower_ in LIST_JOINERS or t.text in "()" for t in between)
                if tight or (m < n and b.start - a.end <= SHARE_GAP):
                    out[n] = out[m]
                    break
    return out


def metric_nearby(doc: Doc, sent, ann) -> str | None:
    """For a score or gain whose sentence names no metric: the last metric named in the previous
    sentence, else the paper's only metric."""
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        in_prev = [m for m in ann.metrics if prev.start <= m.start < prev.end]
        if in_prev:
            return in_prev[-1].value
    names = {m.value for m in ann.metrics}
    return next(iter(names)) if len(names) == 1 else None
