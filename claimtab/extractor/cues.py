"""The cue words that speak of one quantity: kind cues and metric names between its neighbours,
nearest first, not across clause breaks (the kind and metric fields read them)."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from claimtab import rules
from claimtab.extractor.lexicon import Annotations
from claimtab.extractor.quantities import Quantity
from claimtab.extractor.tokens import view

BEFORE_WINDOW = 10
AFTER_WINDOW = 6
CLAUSE_BREAKS = rules.words("clause_break")
AFTER_BREAKS = CLAUSE_BREAKS | rules.words("phrase_break")
FILLERS = rules.words("filler")
BY_GAP = rules.words("by_gap")
INSIDE = ("speed", "speed_noun", "reduce", "cost")  # cue categories that may be written inside a quantity


@dataclass(slots=True)
class Cue:
    category: str
    text: str
    distance: int
    after: bool
    start: int
    end: int = -1  # one past its last token (metric names, and cues after the number)


PRIORITY = {name: category.priority for name, category in rules.cue_categories().items()}


def _window(doc: Doc, q: Quantity, prev_end: int, next_start: int, sent: Span, ann: Annotations) -> tuple[int, int]:
    """Tokens whose cues speak of q: back to a clause break, forward to the next phrase.
    A number opening a parenthesis belongs to what stands before it only when that is a metric
    or a cue ('lower RMSE (5.55% to 39.88%)'), not a name ('than Swin-B (83.3%)')."""
    lo = max(sent.start, prev_end, q.start - BEFORE_WINDOW)
    hi = min(sent.end, next_start, q.end + AFTER_WINDOW)
    v = view(doc)
    for k in range(q.start - 1, lo - 1, -1):
        text = v.text[k]
        if text in CLAUSE_BREAKS or text == "(" and (k < q.start - 1 or not described_by(k - 1, ann)):
            lo = k + 1
            break
    for k in range(q.end, hi):
        if v.lower[k] in AFTER_BREAKS:
            hi = k
            break
    return lo, hi


def described_by(i: int, ann: Annotations) -> bool:
    """Token i is part of a kind cue or a metric's name."""
    return any(h.start <= i < h.end for h in ann.cues) or any(m.start <= i < m.end for m in ann.metrics)


def _by_gap(lower, cue: Cue, q: Quantity) -> bool:
    """Only words like 'an average of' stand between 'by' and the number."""
    return all(w in BY_GAP for w in lower[cue.start + 1:q.start])


def cues_near(doc: Doc, q: Quantity, prev_end: int, next_start: int, sent: Span, ann: Annotations) -> list[Cue]:
    """Cue words between the neighbouring quantities, nearest first, not across clause breaks.
    Distances after the number skip a metric name ("0.2% top-1 accuracy improvement")."""
    lo, hi = _window(doc, q, prev_end, next_start, sent, ann)
    found = _kind_cues(doc, q, lo, hi, ann) + _metric_cues(q, lo, hi, ann)
    # "by" and "to" speak only of the number right after them ('by an average of 3%' too)
    lower = view(doc).lower
    found = [c for c in found if not (c.category == "diff" and (c.after or c.distance > 2 and not _by_gap(lower, c, q)))
             and not (c.category == "target" and (c.after or c.distance > 1))]
    found.sort(key=lambda c: (c.distance, PRIORITY.get(c.category, 9)))
    return found


def _kind_cues(doc: Doc, q: Quantity, lo: int, hi: int, ann: Annotations) -> list[Cue]:
    """Kind cues before q, after it (distance not counting metric names and fillers), or inside it."""
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
            found.append(Cue(hit.label, hit.value, hit.start - q.end + 1 - skipped, True, hit.start, hit.end))
        elif q.num_start <= hit.start and hit.end <= q.end and hit.label in INSIDE:
            found.append(Cue(hit.label, hit.value, 0, True, hit.start))  # "over 10 times faster"
        elif q.start <= hit.start and hit.end <= q.num_start and hit.label == "diff":
            found.append(Cue(hit.label, hit.value, 1, False, hit.start))  # "within 5%" of a reference
    return found


def _metric_cues(q: Quantity, lo: int, hi: int, ann: Annotations) -> list[Cue]:
    """Metric names in the window, as cues of the category 'metric'."""
    found = []
    for m in ann.metrics:
        if lo <= m.start and m.end <= q.start:
            found.append(Cue("metric", m.value, q.start - m.end + 1, False, m.start))
        elif q.end <= m.start and m.end <= hi:
            found.append(Cue("metric", m.value, m.start - q.end + 1, True, m.start, m.end))
    return found
