"""Decide each quantity's kind from its unit and the cue words around it (rules/kind_cues.tsv)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from claimtab.extractor.lexicon import Annotations, Hit
from claimtab.extractor.quantities import Quantity

ABSOLUTE = {"parameters", "compute", "data_size", "time", "memory", "energy", "throughput"}
COST_KINDS = {"parameters", "compute", "time", "memory", "energy"}
BEFORE_WINDOW = 10
AFTER_WINDOW = 6
CLAUSE_BREAKS = {";", ":", "(", ")", "while", "whereas", "but"}
# which cue wins when two are equally near
PRIORITY = {"diff": 0, "speed": 1, "reduce": 2, "improve": 3, "data": 4, "setting": 5, "score": 6}


@dataclass
class Cue:
    category: str
    text: str
    distance: int
    after: bool


def cues_near(doc: Doc, q: Quantity, prev_end: int, next_start: int, sent: Span, ann: Annotations) -> list[Cue]:
    """Cue words between the neighbouring quantities, nearest first, not across clause breaks."""
    lo = max(sent.start, prev_end, q.start - BEFORE_WINDOW)
    hi = min(sent.end, next_start, q.end + AFTER_WINDOW)
    for k in range(q.start - 1, lo - 1, -1):
        if doc[k].text in CLAUSE_BREAKS or doc[k].text in (".",):
            lo = k + 1
            break
    for k in range(q.end, hi):
        if doc[k].text in CLAUSE_BREAKS or doc[k].text == ",":
            hi = k
            break
    found = []
    for hit in ann.cues:
        if hit.start >= lo and hit.end <= q.start:
            found.append(Cue(hit.label, hit.value, q.start - hit.end + 1, False))
        elif hit.start >= q.end and hit.end <= hi:
            found.append(Cue(hit.label, hit.value, hit.start - q.end + 1, True))
        elif hit.start >= q.num_start and hit.end <= q.end and hit.label in ("speed", "reduce", "cost", "data"):
            found.append(Cue(hit.label, hit.value, 0, True))  # "over 10 times faster" inside the span
    found.sort(key=lambda c: (c.distance, PRIORITY.get(c.category, 9)))
    return found


def decide(doc: Doc, q: Quantity, cues: list[Cue], metric: str | None, metric_dir: str | None) -> tuple[str, str]:
    """(kind, why) for quantity q."""
    if q.shape == "dims":
        return "setting", "dims"
    hint = q.unit.kind if q.unit else q.noun_kind
    cats = {c.category for c in cues}
    if hint in ("count", "setting"):
        return hint, f"noun:{q.noun}"
    if hint in ABSOLUTE:
        near_reduce = [c for c in cues if c.after and c.category == "reduce" and c.distance <= 2]
        if hint in COST_KINDS and near_reduce:
            return "reduction", f"cue:{near_reduce[0].text}"
        return hint, f"unit:{q.unit.surface if q.unit else q.noun}"
    if hint == "other":
        return "other", f"unit:{q.unit.surface}"
    canon = q.unit.canonical if q.unit else None
    if q.shape == "fraction" and canon is None:
        canon = "x"
    if q.implied_unit == "x":
        canon = "x"
    if canon in ("x", "OOM"):
        return _ratio_kind(q, cues, cats)
    return _relative_kind(q, cues, cats, metric, metric_dir)


def _first(cues: list[Cue], wanted: set[str]) -> Cue | None:
    return next((c for c in cues if c.category in wanted), None)


def _ratio_kind(q: Quantity, cues: list[Cue], cats: set[str]) -> tuple[str, str]:
    speed = _first(cues, {"speed"})
    reduce = _first(cues, {"reduce", "cost"})
    if speed and (not reduce or speed.distance <= reduce.distance or reduce.category == "cost"):
        return "speedup", f"cue:{speed.text}"
    if reduce:
        return "reduction", f"cue:{reduce.text}"
    if q.shape == "fraction":
        return "setting", "fraction"
    if q.shape == "word":
        return "other", "word"
    improve = _first(cues, {"improve"})
    if improve:
        return "speedup", f"cue:{improve.text}"
    return "speedup", "unit:x"


def _relative_kind(q, cues, cats, metric, metric_dir) -> tuple[str, str]:
    if q.sign in ("+",) and (q.unit is None or q.unit.canonical in ("%", "pp")):
        return "improvement", "sign"
    decisive = [c for c in cues if c.category in PRIORITY]
    if not decisive:
        if metric or q.metric:
            return "score", "metric"
        if q.unit and q.unit.canonical == "pp":
            return "improvement", "unit:pp"
        return "other", "no-cue"
    cue = decisive[0]
    speed = _first(cues, {"speed"})
    quality_low = _first(cues, {"quality_low"}) or (metric_dir == "lower" and metric)
    cost = _first(cues, {"cost"})
    if cue.category == "diff":
        # "by 2%": the verb before says which way
        verb = _first([c for c in cues if not c.after], {"reduce", "improve", "speed"})
        if verb and verb.category == "reduce":
            return ("improvement", "by:reduce-quality") if quality_low and not cost else ("reduction", f"by:{verb.text}")
        if verb and verb.category == "speed":
            return "speedup", f"by:{verb.text}"
        if speed and not cost:
            return "speedup", f"by:{speed.text}"
        return "improvement", "by"
    if cue.category == "reduce":
        if (quality_low or (metric and not cost)) and not cost:
            return "improvement", f"cue:{cue.text}+quality"
        return "reduction", f"cue:{cue.text}"
    if cue.category == "speed":
        return "speedup", f"cue:{cue.text}"
    if cue.category == "improve":
        if speed and speed.after and speed.distance <= 4:
            return "speedup", f"cue:{speed.text}"
        return "improvement", f"cue:{cue.text}"
    if cue.category == "data":
        return "data_size", f"cue:{cue.text}"
    if cue.category == "setting":
        return "setting", f"cue:{cue.text}"
    return "score", f"cue:{cue.text}"
