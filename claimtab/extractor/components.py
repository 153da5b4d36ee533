"""claimtab's spaCy components. `nlp.add_pipe("claimtab")` puts the claim extractor into any English
pipeline (its tokenizer gets claimtab's rules); claims land in `doc._.claims` as Claim objects."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimtab.claim import Claim
from claimtab.extractor import context, kinds, quantities, sentences, tokenizer
from claimtab.extractor.lexicon import lexicon_for

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("paper"):
    Doc.set_extension("paper", default=None)


class ClaimExtractor:
    """Finds quantities, decides their kinds, attaches metrics, and stores Claims on the Doc."""

    def __init__(self, nlp: Language, name: str = "claimtab", keep_other: bool = True):
        self.nlp = nlp
        self.name = name
        self.keep_other = keep_other
        self.lexicon = lexicon_for(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("SENT_START"):
            sentences.set_sentence_starts(doc)
        ann = self.lexicon.annotate(doc)
        paper = doc._.paper or {}
        claims: list[Claim] = []
        for sent in doc.sents:
            qs = quantities.scan_sentence(doc, sent, ann)
            for n, q in enumerate(qs):
                claim = self._claim(doc, sent, q, qs, n, ann, paper)
                if claim is not None:
                    claims.append(claim)
        doc._.claims = claims
        return doc

    def _claim(self, doc, sent, q, qs, n, ann, paper) -> Claim | None:
        prev_end = qs[n - 1].end if n else sent.start
        next_start = qs[n + 1].start if n + 1 < len(qs) else sent.end
        cues = kinds.cues_near(doc, q, prev_end, next_start, sent, ann)
        metric, _ = context.metric_for(doc, q, "score", cues, next_start, sent, ann)
        direction = self.lexicon.directions.get(metric) if metric else None
        kind, why = kinds.decide(doc, q, cues, metric, direction)
        if kind == "other" and (q.shape == "word" or not self.keep_other):
            return None
        metric, _ = context.metric_for(doc, q, kind, cues, next_start, sent, ann)
        span = doc[q.start:q.end]
        unit = q.unit.canonical if q.unit else (q.noun.lower() if q.noun else None)
        if unit is None and q.implied_unit:
            unit = q.implied_unit
        if unit is None and q.shape == "fraction" and kind in ("reduction", "speedup"):
            unit = "x"
        return Claim(
            paper_id=paper.get("id"), title=paper.get("title"), sentence=sent.text,
            start=span.start_char, end=span.end_char, text=span.text, kind=kind,
            value=q.value, low=q.low, high=q.high, unit=unit, bound=q.bound, metric=metric,
            dataset=None, model=None, baseline=None,
            rule="+".join(q.parts) + f"|kind:{why}",
        )


@Language.factory("claimtab", default_config={"keep_other": True})
def make_claimtab(nlp: Language, name: str, keep_other: bool) -> ClaimExtractor:
    """The claim extractor; installs claimtab's tokenizer rules on `nlp`."""
    tokenizer.customize(nlp)
    return ClaimExtractor(nlp, name, keep_other)


__all__ = ["ClaimExtractor", "make_claimtab", "sentences"]
