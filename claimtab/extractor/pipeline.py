"""The rule-only pipeline: spacy.blank('en') + claimtab's tokenizer rules, sentences and claims."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from claimtab.extractor import components  # noqa: F401  (registers the factories)


@lru_cache(maxsize=None)
def get_nlp() -> Language:
    """The shared pipeline, built once per process (rules are compiled on first use)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("claimtab_sentences")
    nlp.add_pipe("claimtab")
    return nlp
