"""The rule-only pipeline: spacy.blank('en') + claimtab's tokenizer rules, sentences and claims.

spaCy keeps every word it has seen in its vocabulary for good, so on a long stream of distinct papers
(each with its own numbers and names) memory would grow with the corpus. The shared pipeline is
therefore renewed once its vocabulary has grown by VOCAB_BUDGET words since it was built: a rebuild
costs ~0.15 s (the rules are parsed once per process) and changes no output."""
from __future__ import annotations

import spacy
from spacy.language import Language

from claimtab.extractor import components  # noqa: F401  (registers the factories)

VOCAB_BUDGET = 100_000  # words the shared pipeline may learn before it is renewed (~45 MB in spaCy)

_shared: Language | None = None
_built_size = 0  # vocabulary size of the shared pipeline when it was built


def build_nlp() -> Language:
    """A new pipeline (rules are compiled from the rule files, read once per process)."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "claimtab.Tokenizer.v1"}}})
    nlp.add_pipe("claimtab_sentences")
    nlp.add_pipe("claimtab")
    return nlp


def get_nlp() -> Language:
    """The shared pipeline, built on first use and reused."""
    global _shared, _built_size
    if _shared is None:
        _shared = build_nlp()
        _built_size = len(_shared.vocab)
    return _shared


def renewed_nlp() -> Language:
    """The shared pipeline, rebuilt first when its vocabulary has grown past VOCAB_BUDGET words.
    Call it between Docs: Docs made by the old pipeline stay valid while something holds them."""
    global _shared
    if _shared is not None and len(_shared.vocab) - _built_size > VOCAB_BUDGET:
        release(_shared)
        _shared = None
    return get_nlp()


def release(nlp: Language) -> None:
    """Forget what claimtab cached for `nlp`'s vocabulary (compiled lexicon, word classes) and the
    word memos (the next pipeline learns its words afresh)."""
    from claimtab.extractor import caches, lexicon, tokens

    lexicon.release(nlp.vocab)
    tokens.release(nlp.vocab)
    caches.clear_all()
