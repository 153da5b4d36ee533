"""The rule-only pipeline: spacy.blank('en') + claimtab's tokenizer rules, sentences and claims.

spaCy keeps every word it has seen in its vocabulary for good, so on a long stream of distinct papers
(each with its own numbers and names) memory would grow with the corpus. The shared pipeline is
therefore renewed once its vocabulary has grown by VOCAB_BUDGET words since it was built: a rebuild
costs ~0.1-0.2 s (the rules are parsed once per process) and changes no output."""
from __future__ import annotations

import threading

import spacy
from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM, LOWER, NORM
from spacy.language import Language

from claimtab.extractor import caches
from claimtab.extractor import components, piped_names  # noqa: F401  (registers the factories)

LEXEME_ATTRS = (LOWER, NORM, IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM)
VOCAB_BUDGET = 50_000  # words the shared pipeline may learn before it is renewed (~1 KB a word in spaCy and claimtab's memos)

_shared: Language | None = None
_built_size = 0  # vocabulary size of the shared pipeline when it was built
_LOCK = threading.RLock()  # threads (Dask's default scheduler) share the pipeline


def build_nlp() -> Language:
    """A new pipeline (rules are compiled from the rule files, read once per process)."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "claimtab.Tokenizer.v1"}}})
    # a new word's lexeme computes only the attributes the rules read: spaCy's full set (shape, URL and
    # e-mail tests, stop words ...) took a third of the time spent on words not seen before
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {a: getters[a] for a in LEXEME_ATTRS if a in getters}
    nlp.add_pipe("claimtab_piped_names")
    nlp.add_pipe("claimtab_sentences")
    nlp.add_pipe("claimtab")
    return nlp


def get_nlp() -> Language:
    """The shared pipeline, built on first use and reused."""
    global _shared, _built_size
    with _LOCK:
        if _shared is None:
            _shared = build_nlp()
            _built_size = len(_shared.vocab)
        return _shared


def renewed_nlp() -> Language:
    """The shared pipeline, rebuilt first when its vocabulary has grown past VOCAB_BUDGET words.
    Call it between Docs. A thread still working with the old pipeline keeps it (and what claimtab
    cached for its vocabulary, held by its components) until it lets go of it."""
    global _shared
    with _LOCK:
        if _shared is not None and len(_shared.vocab) - _built_size > VOCAB_BUDGET:
            _shared = None
            caches.clear_all()  # the word memos: the next pipeline learns its words afresh
        return get_nlp()
