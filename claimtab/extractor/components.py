"""claimtab's spaCy components. `nlp.add_pipe("claimtab")` puts the claim extractor into any English
pipeline (its tokenizer gets claimtab's rules); claims land in `doc._.claims` as Claim objects."""
from __future__ import annotations

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from claimtab.claim import Claim
from claimtab.extractor import attach, context, extensions, kinds, quantities, sentences, tokenizer, units
from claimtab.extractor.datasets import DatasetFinder, paper_datasets
from claimtab.extractor.lexicon import lexicon_for
from claimtab.extractor.tokens import SOURCE_KEY, view

COMPARED = {"improvement", "speedup", "reduction"}
CLAIM_TAG = "__claimtab_claim__"


@srsly.msgpack_encoders("claimtab.claim")
def claim_to_msgpack(obj, chain=None):
    """Claims in doc._.claims survive Doc.to_bytes and DocBin(store_user_data=True)."""
    if isinstance(obj, Claim):
        return {CLAIM_TAG: obj.to_dict()}
    return obj if chain is None else chain(obj)


@srsly.msgpack_decoders("claimtab.claim")
def claim_from_msgpack(obj, chain=None):
    if isinstance(obj, dict) and CLAIM_TAG in obj:
        return Claim(**obj[CLAIM_TAG])
    return obj if chain is None else chain(obj)


class ClaimExtractor:
    """Finds quantities, decides their kinds, attaches metrics, and stores Claims on the Doc."""

    def __init__(self, nlp: Language, name: str = "claimtab", keep_other: bool = True):
        self.nlp = nlp
        self.name = name
        self.keep_other = keep_other
        self.lexicon = lexicon_for(nlp)
        self.datasets = DatasetFinder(nlp)
        units.factors()  # unit conversions ready before the first Doc (start-up, not first-claim, cost)
        self.attacher = attach.Attacher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        """Claims of one Doc. A rule failure on one text is recorded in doc._.error (and the Doc gets no
        claims) instead of stopping a batch of thousands."""
        try:
            return self._extract(doc)
        except Exception as err:  # noqa: BLE001 - any rule bug on odd text must not end the batch
            extensions.put(doc, claims=[], datasets=[], method=None, error=f"{type(err).__name__}: {err}")
            return doc
        finally:
            doc.user_data.pop(SOURCE_KEY, None)  # the API's copy of the abstract is not the Doc's to keep

    def _extract(self, doc: Doc) -> Doc:
        if not doc.has_annotation("SENT_START"):
            sentences.set_sentence_starts(doc)
        ann = self.lexicon.annotate(doc)
        hits = self.datasets.find(doc)
        paper = (extensions.get(doc, "paper_id"), extensions.get(doc, "title"))
        method = self.attacher.method(doc, paper[1], hits)
        ctx = attach.PaperContext(hits, method, {i for h in hits for i in range(h.start, h.end)},
                                  {i for m in ann.metrics for i in range(m.start, m.end)})
        claims: list[Claim] = []
        for sent in doc.sents:
            claims.extend(self._sentence_claims(doc, sent, ann, ctx, paper))
        extensions.put(doc, claims=claims, datasets=paper_datasets(hits), method=method)
        return doc

    def _sentence_claims(self, doc: Doc, sent, ann, ctx, paper) -> list[Claim]:
        qs = quantities.scan_sentence(doc, sent, ann)
        if not qs:
            return []
        earlier = [m for m in ann.metrics if sent.start <= m.start < sent.end]
        bounds = [(qs[n - 1].end if n else sent.start, qs[n + 1].start if n + 1 < len(qs) else sent.end)
                  for n in range(len(qs))]  # where each quantity's neighbours end and begin
        found = []
        for q, (prev_end, next_start) in zip(qs, bounds):
            cues = kinds.cues_near(doc, q, prev_end, next_start, sent, ann)
            metric = next((c.text for c in cues if c.category == "metric"), None)
            if metric is None:
                metric = next((m.value for m in reversed(earlier) if m.end <= q.start), None)
            direction = self.lexicon.directions.get(metric) if metric else None
            found.append((cues, kinds.decide(doc, q, cues, metric, direction)))
        decided = kinds.inherit_in_lists(doc, qs, [f[1] for f in found], ann)
        cue_metric = self.lexicon.cue_metric
        metrics = [context.metric_for(q, kind, cues, earlier, cue_metric)
                   for q, (cues, _), (kind, _) in zip(qs, found, decided)]
        metrics = context.share_in_lists(doc, qs, [k for k, _ in decided], metrics)
        if any(m is None and kind in ("score", "improvement") for m, (kind, _) in zip(metrics, decided)):
            nearby = context.metric_nearby(doc, sent, ann)  # one answer for the whole sentence
            metrics = [m if m or kind not in ("score", "improvement") else nearby
                       for m, (kind, _) in zip(metrics, decided)]
        positions = _pipe_positions(doc, sent, qs)
        sent_text = view(doc).chars(sent.start, sent.end)
        claims = []
        for n, (q, (kind, why), metric, (prev_end, next_start)) in enumerate(zip(qs, decided, metrics, bounds)):
            if kind == "other" and (q.shape == "word" or not self.keep_other):
                continue
            baseline, bspan = (None, None)
            if kind in COMPARED:
                baseline, bspan = self.attacher.baseline(doc, sent, q, prev_end, next_start, ctx, qs)
                if bspan is None and claims and claims[-1].kind in COMPARED and claims[-1].baseline:
                    baseline = claims[-1].baseline  # '1/4 parameters and 1/3 FLOPs' of one baseline
            pipe_names, pipe_index = positions[n]
            context_fields = {
                "dataset": self.attacher.dataset(doc, sent, q, next_start, ctx),
                "model": self.attacher.model(doc, sent, q, ctx, bspan, pipe_names, pipe_index),
                "baseline": baseline,
            }
            claims.append(self._claim(doc, paper, sent_text, q, kind, why, metric, context_fields))
        return claims

    def _claim(self, doc, paper, sent_text, q, kind, why, metric, context_fields) -> Claim:
        v = view(doc)
        start, end = v.char_span(q.start, q.end)
        unit = q.unit.canonical if q.unit else (_plural(q.noun) if q.noun else None)
        if q.shape == "fraction" and kind in ("reduction", "speedup"):
            unit = "x"  # '1/4 parameters': a factor of the baseline's amount
        elif unit is None and q.implied_unit:
            unit = q.implied_unit
        return Claim.of(  # in column order: paper_id, title, sentence, start, end, text, kind, value, ...
            paper[0], paper[1], sent_text, start, end, v.chars(q.start, q.end), kind,
            q.value, q.low, q.high, unit, q.bound, metric,
            context_fields["dataset"], context_fields["model"], context_fields["baseline"],
            "+".join(q.parts) + f"|kind:{why}",
        )


def _joined(lower, a, b) -> bool:
    return b.start > a.end and all(t in ("|", ",", "and", "&") for t in lower[a.end:b.start])


def _pipe_positions(doc, sent, qs) -> list[tuple[list[str] | None, int | None]]:
    """For each quantity, where it stands in a list of numbers ('75.15%|82.80%|81.96%', '11.5% and
    4.6%') and the list of names of the same length it pairs with; (None, None) outside a list."""
    lower = view(doc).lower
    runs, start = [], 0  # runs of joined quantities: [start, end]
    for n in range(1, len(qs) + 1):
        if n == len(qs) or not _joined(lower, qs[n - 1], qs[n]):
            runs.append((start, n - 1))
            start = n
    if all(a == b for a, b in runs):
        return [(None, None)] * len(qs)
    pipes = attach.name_lists(doc, sent)
    positions = []
    for a, b in runs:
        names = next((p for p in pipes if len(p) == b - a + 1), None) if b > a else None
        positions.extend((names, n - a) if b > a else (None, None) for n in range(a, b + 1))
    return positions


def _plural(noun: str) -> str:
    noun = noun.lower()
    return noun if noun.endswith("s") else noun + "s"


@Language.factory("claimtab", default_config={"keep_other": True})
def make_claimtab(nlp: Language, name: str, keep_other: bool) -> ClaimExtractor:
    """The claim extractor; installs claimtab's tokenizer rules on `nlp`."""
    tokenizer.customize(nlp)
    return ClaimExtractor(nlp, name, keep_other)


__all__ = ["ClaimExtractor", "make_claimtab", "sentences"]
