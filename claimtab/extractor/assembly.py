"""Claim assembly, one sentence at a time, in one straight line:

    quantities -> cues -> kind -> metric -> baseline / dataset / model -> unit -> Claim

Each column is decided once, by the resolver module named for it (extractor/fields/). What the resolvers
know of the whole abstract (datasets, the paper's method, matches) comes in a DocContext."""
from __future__ import annotations

import math

from spacy.tokens import Span

from claimtab import rules
from claimtab.claim import COMPARED_KINDS, Claim
from claimtab.extractor import lists, quantities
from claimtab.extractor.cues import Cue, cues_near
from claimtab.extractor.doc_context import DocContext
from claimtab.extractor.fields import baseline, dataset, kind, metric, model, unit
from claimtab.extractor.quantities import Quantity

GAINS = ("score", "improvement")  # kinds whose metric may come from the sentence before
VAGUE_WORD_UNITS = rules.words("vague_word_unit")


def sentence_claims(ctx: DocContext, sent: Span, keep_other: bool = True) -> list[Claim]:
    doc, ann = ctx.doc, ctx.ann
    qs = [q for q in quantities.scan_sentence(doc, sent, ann)  # a number inside a name: 'SemEval 2010 Task 8', 'F 1-score'
          if q.start not in ctx.dataset_tokens and q.start not in ctx.metric_tokens]
    if not qs:
        return []
    earlier = [m for m in ann.metrics if sent.start <= m.start < sent.end]
    bounds = [(qs[n - 1].end if n else sent.start, qs[n + 1].start if n + 1 < len(qs) else sent.end)
              for n in range(len(qs))]  # where each quantity's neighbours end and begin
    cues = [cues_near(doc, q, a, b, sent, ann) for q, (a, b) in zip(qs, bounds)]
    kinds = kind.inherit_in_lists(doc, qs, [kind.decide(q, c, metric.stated(q, c, earlier))
                                            for q, c in zip(qs, cues)], ann)
    kinds = [("data_size", "share-of-dataset") if kind.share_of_a_dataset(ctx.view.lower, q, ctx.dataset_tokens,
                                                                          ctx.metric_tokens) else k
             for q, k in zip(qs, kinds)]
    metrics = _metrics(ctx, sent, qs, cues, [k for k, _ in kinds], earlier)
    listed = lists.positions(doc, sent, qs, ctx.runs(qs), ctx.dataset_tokens | ctx.metric_tokens)
    in_lists, reaches = dataset.paired(ctx, sent, qs), dataset.reaches(ctx, qs)
    claims: list[Claim] = []
    for n, q in enumerate(qs):
        k, why = kinds[n]
        if k == "other" and (q.shape == "word" and not _measured(q) or not keep_other):  # not "two pathways"
            continue
        base, span = _baseline(ctx, sent, q, k, bounds[n], qs, claims)
        noted = claims and n and dataset.notes_on(ctx.view.lower, qs[n - 1], q) \
            and claims[-1].end == ctx.view.char_span(qs[n - 1].start, qs[n - 1].end)[1]  # '86.7% (5.6% gain)'
        data = claims[-1].dataset if noted else dataset.resolve(ctx, sent, q, reaches[n], in_lists[n], k)
        claims.append(_claim(ctx, sent, q, k, why, metrics[n], data, model.resolve(ctx, sent, q, span, listed[n]), base))
    return claims


def _measured(q: Quantity) -> bool:
    """A number word with a unit of measure ('two meters', 'ten years'), not a factor or an angle that
    mostly names no amount ('two-fold', 'six degrees of freedom'; words.tsv vague_word_unit)."""
    return q.unit is not None and q.unit.canonical not in VAGUE_WORD_UNITS


def _metrics(ctx: DocContext, sent: Span, qs: list[Quantity], cues: list[list[Cue]], kinds: list[str],
             earlier) -> list[str | None]:
    """Each number's metric; a number of a list shares the one written once; a score or gain whose
    sentence names none takes the one named just before."""
    found = metric.compared_values(ctx.doc, qs, earlier, [metric.resolve(q, k, c, earlier) for q, k, c in zip(qs, kinds, cues)])
    found = metric.paired_with_metric_lists(ctx.doc, qs, ctx.runs(qs), earlier,
                                            metric.paired_in_slash_lists(ctx.doc, qs, found))
    found = metric.share_from_to(ctx.doc, qs, metric.share_in_lists(ctx.doc, qs, kinds, found))
    found = metric.answered_runs(ctx.doc, qs, ctx.runs(qs), earlier, metric.share_parallel_by(ctx.doc, qs, kinds, found))
    open_ = [metric.reported(m, k) is None and k in GAINS and metric.borrows(q, sent.start)  # none, or 'performance'
             for m, k, q in zip(found, kinds, qs)]
    if any(open_):
        near = metric.nearby(ctx.doc, sent, ctx.ann.metrics)  # one answer for the whole sentence
        found = [near if o else m for m, o in zip(found, open_)]
    return [metric.reported(m, k) for m, k in zip(found, kinds)]


def _baseline(ctx: DocContext, sent: Span, q: Quantity, k: str, bounds: tuple[int, int], qs: list[Quantity],
              claims: list[Claim]) -> tuple[str | None, tuple[int, int] | None]:
    """A compared number's baseline (and a count of wins': 'beats X on 7 out of 10 tasks'); one with no
    comparison of its own shares the previous claim's ('1/4 parameters and 1/3 FLOPs' of one baseline)."""
    if k not in COMPARED_KINDS and not (k == "count" and "out-of" in q.parts):  # 'beats X on 7 out of 10 tasks'
        return None, None
    name, span = baseline.resolve(ctx, sent, q, bounds[0], bounds[1], qs)
    if k == "count" and (span is None or span[0] > q.start):
        return None, None  # a count of wins names the beaten system before it ('beats X on 7 out of 10')
    if span is None and claims and claims[-1].kind in COMPARED_KINDS and claims[-1].baseline:
        name = claims[-1].baseline
    return name, span


def _claim(ctx: DocContext, sent: Span, q: Quantity, k: str, why: str, metric_name: str | None,
           dataset_name: str | None, model_name: str | None, baseline_name: str | None) -> Claim:
    v = ctx.view
    start, end = v.char_span(q.start, q.end)
    return Claim(  # in column order: paper_id, title, sentence, start, end, text, kind, value, low, high, ...
        ctx.paper_id, ctx.title, v.chars(sent.start, sent.end), start, end, v.chars(q.start, q.end), k,
        _finite(q.value), _finite(q.low), _finite(q.high), unit.resolve(q, k), q.bound, metric_name, dataset_name, model_name,
        baseline_name, "+".join(q.parts) + f"|kind:{why}",
    )


def _finite(value: float | None) -> float | None:
    """A value out of the float range ('1e400 parameters') is reported as no value, never inf or nan."""
    return value if value is None or math.isfinite(value) else None
