"""claimtab's spaCy components. `nlp.add_pipe("claimtab")` puts the claim extractor into any English
pipeline (its tokenizer gets claimtab's rules); claims land in `doc._.claims` as Claim objects."""
from __future__ import annotations

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from claimtab.claim import Claim
from claimtab.extractor import assembly, extensions, lists, sentences, tokenizer, units
from claimtab.extractor.datasets import DatasetFinder, paper_datasets
from claimtab.extractor.doc_context import DocContext
from claimtab.extractor.fields import baseline
from claimtab.extractor.fields.method import MethodFinder
from claimtab.extractor.lexicon import lexicon_for
from claimtab.extractor.tokens import SOURCE_KEY, word_classes

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
    """Finds quantities, decides each claim's fields, and stores Claims on the Doc. It holds only the
    compiled rules; what it learns of one Doc lives in that Doc's DocContext."""

    def __init__(self, nlp: Language, name: str = "claimtab", keep_other: bool = True):
        self.nlp = nlp
        self.name = name
        self.keep_other = keep_other
        self.lexicon = lexicon_for(nlp)
        self.datasets = DatasetFinder(nlp)
        self.methods = MethodFinder(nlp)
        self.baseline_matcher = baseline.matcher(nlp)
        word_classes(nlp.vocab).define("model_name", lists.MODEL_NAME)
        units.factors()  # unit conversions ready before the first Doc (start-up, not first-claim, cost)

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

    def context(self, doc: Doc) -> DocContext:
        """What the field resolvers know of this Doc: its matches, datasets and the paper's method."""
        if not doc.has_annotation("SENT_START"):
            sentences.set_sentence_starts(doc)
        paper_id, title = extensions.get_all(doc, "paper_id", "title")
        ctx = DocContext(doc, self.lexicon.annotate(doc), self.datasets.find(doc), paper_id=paper_id, title=title,
                         baseline_matcher=self.baseline_matcher)
        ctx.method = self.methods(doc, ctx.title, ctx.dataset_tokens, ctx.metric_tokens)
        if ctx.method and ctx.is_task(ctx.method):  # 'This problem is called Cell Formation Problem (CFP)': no method
            ctx.method = None
        return ctx

    def _extract(self, doc: Doc) -> Doc:
        ctx = self.context(doc)
        claims: list[Claim] = []
        for sent in doc.sents:
            claims.extend(assembly.sentence_claims(ctx, sent, self.keep_other))
        extensions.put(doc, claims=claims, datasets=paper_datasets(ctx.datasets), method=ctx.method)
        return doc


@Language.factory("claimtab", default_config={"keep_other": True})
def make_claimtab(nlp: Language, name: str, keep_other: bool) -> ClaimExtractor:
    """The claim extractor; installs claimtab's tokenizer rules on `nlp`."""
    tokenizer.customize(nlp)
    return ClaimExtractor(nlp, name, keep_other)


__all__ = ["ClaimExtractor", "make_claimtab", "sentences"]
