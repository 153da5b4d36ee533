"""Decide each quantity's kind from its unit and the cue words around it (rules/kind_cues.tsv).

Relative quantities (%, x, points, bare metric values) are decided by the nearest decisive cue:
"by" marks a difference, "to" a reached value; a reducing word is read with its object
("fewer parameters" is a reduction, "lower error" an improvement, "less training time" a speed-up
when written as a factor). A number with no cue of its own takes the kind of the list it is in.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from claimtab.extractor.lexicon import Annotations
from claimtab.extractor.quantities import Quantity
from claimtab.extractor.tokens import view

ABSOLUTE = {"parameters", "compute", "data_size", "time", "memory", "energy", "throughput"}
COST_KINDS = {"parameters", "compute", "time", "memory", "energy"}
BEFORE_WINDOW = 10
AFTER_WINDOW = 6
OBJECT_WINDOW = 6
INHERIT_GAP = 8
CLAUSE_BREAKS = {";", ":", ")", "while", "whereas", "but", "which", "where", "with"}
AFTER_BREAKS = CLAUSE_BREAKS | {",", "(", "and", "or", "than", "versus", "vs.", "vs", "against", "compared"}
DECISIVE = {"diff", "target", "speed", "speed_noun", "reduce", "improve", "data", "setting", "score", "context"}
PRIORITY = {"target": 0, "diff": 0, "speed": 1, "reduce": 2, "improve": 3, "data": 4, "setting": 5,
            "context": 5, "speed_noun": 6, "score": 7}
FILLERS = {"of", "the", "a", "an", "in"}
OBJECTS = {"cost", "speed_noun", "quality_low", "metric"}


@dataclass(slots=True)
class Cue:
    category: str
    text: str
    distance: int
    after: bool
    start: int


def _window(doc: Doc, q: Quantity, prev_end: int, next_start: int, sent: Span, ann: Annotations) -> tuple[int, int]:
    """Tokens whose cues speak of q: back to a clause break, forward to the next phrase.
    A number opening a parenthesis belongs to what stands before it only when that is a metric
    or a cue ('lower RMSE (5.55% to 39.88%)'), not a name ('than Swin-B (83.3%)')."""
    lo = max(sent.start, prev_end, q.start - BEFORE_WINDOW)
    hi = min(sent.end, next_start, q.end + AFTER_WINDOW)
    v = view(doc)
    for k in range(q.start - 1, lo - 1, -1):
        text = v.text[k]
        if text in CLAUSE_BREAKS or text == "(" and (k < q.start - 1 or not _described_by(k - 1, ann)):
            lo = k + 1
            break
    for k in range(q.end, hi):
        if v.lower[k] in AFTER_BREAKS:
            hi = k
            break
    return lo, hi


def _described_by(i: int, ann: Annotations) -> bool:
    return any(h.start <= i < h.end for h in ann.cues) or any(m.start <= i < m.end for m in ann.metrics)


def cues_near(doc: Doc, q: Quantity, prev_end: int, next_start: int, sent: Span, ann: Annotations) -> list[Cue]:
    """Cue words between the neighbouring quantities, nearest first, not across clause breaks.
    Distances after the number skip a metric name ("0.2% top-1 accuracy improvement")."""
    lo, hi = _window(doc, q, prev_end, next_start, sent, ann)
    metric_tokens = {i for m in ann.metrics for i in range(m.start, m.end) if q.end <= m.start < hi}
    lower = view(doc).lower
    found = []
    # a cue that can speak of q starts in [lo, max(hi, q.end)): the window, or inside q
    first = bisect_left(ann.cue_starts, lo)
    for hit in ann.cues[first:bisect_left(ann.cue_starts, max(hi, q.end), first)]:
        if lo <= hit.start and hit.end <= q.start:
            found.append(Cue(hit.label, hit.value, q.start - hit.end + 1, False, hit.start))
        elif q.end <= hit.start and hit.end <= hi:
            skipped = sum(1 for i in range(q.end, hit.start) if i in metric_tokens or lower[i] in FILLERS)
            found.append(Cue(hit.label, hit.value, hit.start - q.end + 1 - skipped, True, hit.start))
        elif q.num_start <= hit.start and hit.end <= q.end and hit.label in ("speed", "speed_noun", "reduce", "cost"):
            found.append(Cue(hit.label, hit.value, 0, True, hit.start))  # "over 10 times faster"
        elif q.start <= hit.start and hit.end <= q.num_start and hit.label == "diff":
            found.append(Cue(hit.label, hit.value, 1, False, hit.start))  # "within 5%" of a reference
    for m in ann.metrics:
        if lo <= m.start and m.end <= q.start:
            found.append(Cue("metric", m.value, q.start - m.end + 1, False, m.start))
        elif q.end <= m.start and m.end <= hi:
            found.append(Cue("metric", m.value, m.start - q.end + 1, True, m.start))
    # "by" and "to" speak only of the number right after them
    found = [c for c in found if not (c.category == "diff" and (c.after or c.distance > 2))
             and not (c.category == "target" and (c.after or c.distance > 1))]
    found.sort(key=lambda c: (c.distance, PRIORITY.get(c.category, 9)))
    return found


def decide(doc: Doc, q: Quantity, cues: list[Cue], metric: str | None, metric_dir: str | None) -> tuple[str, str]:
    """(kind, why) for quantity q; `why` starts with 'default' when no cue decided."""
    if q.shape == "dims":
        return "setting", "dims"
    hint = q.unit.kind if q.unit else q.noun_kind
    if hint in ("count", "setting"):
        return hint, f"noun:{q.noun}"
    if hint in ABSOLUTE:
        if q.shape == "fraction":
            return "reduction", f"fraction:{q.unit.surface}"
        near_reduce = [c for c in cues if c.after and c.category == "reduce" and c.distance <= 2]
        if hint in COST_KINDS and near_reduce:
            return "reduction", f"cue:{near_reduce[0].text}"
        return hint, f"unit:{q.unit.surface if q.unit else q.noun}"
    if hint == "other":
        return "other", f"unit:{q.unit.surface}"
    canon = q.unit.canonical if q.unit else None
    if q.shape == "fraction" and canon is None or q.implied_unit == "x":
        canon = "x"
    if canon in ("x", "OOM"):
        return _ratio_kind(q, cues, canon)
    return _relative_kind(q, cues, metric, metric_dir)


def _on_a_name(q: Quantity, cues: list[Cue]) -> bool:
    """'93% on CIFAR10': a percentage stated on a named benchmark is a score."""
    doc = q.doc
    if doc is None or q.end + 1 >= len(doc):
        return False
    v = view(doc)
    return v.lower[q.end] in ("on", "in") and v.text[q.end + 1][:1].isupper()


def _first(cues: list[Cue], wanted: set[str]) -> Cue | None:
    return next((c for c in cues if c.category in wanted), None)


def _object_of(cue: Cue, cues: list[Cue]) -> Cue | None:
    """What a reducing word applies to: the nearest cost, speed or quality noun after it."""
    objs = [c for c in cues if c.category in OBJECTS and 0 < c.start - cue.start <= OBJECT_WINDOW]
    return min(objs, key=lambda c: c.start) if objs else None


def _ratio_kind(q: Quantity, cues: list[Cue], canon: str) -> tuple[str, str]:
    setting = _first([c for c in cues if c.after and c.distance <= 2], {"setting"})
    if setting:
        return "setting", f"cue:{setting.text}"
    speed = _first(cues, {"speed"})
    reduce = _first(cues, {"reduce"})
    if speed and (reduce is None or speed.distance <= reduce.distance):
        return "speedup", f"cue:{speed.text}"
    if reduce:
        obj = _object_of(reduce, cues)
        if obj and obj.category == "speed_noun":
            return "speedup", f"cue:{reduce.text}+{obj.text}"
        return "reduction", f"cue:{reduce.text}"
    noun = _first(cues, {"speed_noun", "cost"})
    if noun:
        return ("speedup" if noun.category == "speed_noun" else "reduction"), f"cue:{noun.text}"
    if q.shape == "fraction":
        return "setting", "default:fraction"
    if q.shape == "word" or canon == "OOM":
        return "other", "default:word"
    improve = _first(cues, {"improve"})
    if improve:
        return "speedup", f"cue:{improve.text}"
    return "speedup", "default:x"


def _relative_kind(q: Quantity, cues: list[Cue], metric, metric_dir) -> tuple[str, str]:
    if q.sign == "+":
        return "improvement", "sign"
    decisive = [c for c in cues if c.category in DECISIVE]
    cost = _first([c for c in cues if c.after and c.distance <= 2], {"cost"})
    if cost and (not decisive or decisive[0].distance > cost.distance):
        return "reduction", f"cue:{cost.text}"  # '15% communication cost'
    if not decisive:
        if q.metric or metric and metric_dir != "any":
            return "score", "default:metric"
        if _on_a_name(q, cues):
            return "score", "default:on-dataset"
        if q.unit and q.unit.canonical == "pp":
            return "improvement", "unit:pp"
        return "other", "default:no-cue"
    cue = decisive[0]
    if cue.category == "target":
        return "score", "to"
    if cue.category == "diff":
        verb = _first([c for c in cues if not c.after], {"reduce", "improve", "speed"})
        if verb is None:
            return "improvement", "by"
        cue = verb
    if cue.category == "reduce":
        obj = _object_of(cue, cues)
        if obj and obj.category in ("metric", "quality_low"):
            return "improvement", f"cue:{cue.text}+{obj.text}"
        return "reduction", f"cue:{cue.text}"
    if cue.category in ("speed", "speed_noun"):
        return "speedup", f"cue:{cue.text}"
    if cue.category == "improve":
        speed = _first([c for c in cues if c.after and c.distance <= 4], {"speed", "speed_noun"})
        if speed:
            return "speedup", f"cue:{cue.text}+{speed.text}"
        return "improvement", f"cue:{cue.text}"
    if cue.category == "data":
        return "data_size", f"cue:{cue.text}"
    if cue.category in ("setting", "context"):
        return cue.category, f"cue:{cue.text}"
    return "score", f"cue:{cue.text}"


def inherit_in_lists(doc: Doc, qs: list[Quantity], decided: list[tuple[str, str]],
                     ann: Annotations) -> list[tuple[str, str]]:
    """A number without a cue of its own ('by 11.5% and 4.6%', '12X, 20X and 33X') takes the kind
    of the nearest earlier number with the same unit, when only a short list-like gap (no cue,
    no comparison) separates them."""
    out = list(decided)
    cue_tokens = None
    lower = view(doc).lower
    for n in range(1, len(qs)):
        kind, why = out[n]
        if not why.startswith("default"):
            continue
        if cue_tokens is None:  # only a number without a cue of its own needs them
            cue_tokens = {i for h in ann.cues if h.label in DECISIVE for i in range(h.start, h.end)}
        for m in range(n - 1, -1, -1):
            a, b = qs[m], qs[n]
            gap = range(a.end, b.start)
            if len(gap) > INHERIT_GAP or any(i in cue_tokens or lower[i] == "than" for i in gap):
                break
            same_unit = (a.unit.canonical if a.unit else a.metric) == (b.unit.canonical if b.unit else b.metric)
            if same_unit and out[m][0] not in ("count", "setting", "other"):
                out[n] = (out[m][0], f"list:{out[m][1]}")
                break
    return out
