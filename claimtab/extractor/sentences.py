"""Sentence boundaries by rule: a sentence ends at . ! ? before a capital, a digit or an opening
mark, unless the period belongs to an abbreviation (rules/abbreviations.txt) or a decimal."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimtab import rules

ENDERS = {".", "!", "?", "...", "…"}
CLOSERS = {")", "]", '"', "”", "'", "’"}


def set_sentence_starts(doc: Doc) -> Doc:
    abbrev = rules.abbreviations()
    for i, tok in enumerate(doc):
        tok.is_sent_start = i == 0 or _starts_sentence(doc, i, abbrev)
    return doc


def _starts_sentence(doc: Doc, i: int, abbrev: frozenset[str]) -> bool:
    if "\n\n" in doc[i - 1].text_with_ws:
        return True  # a blank line always ends a paragraph
    k = i - 1
    while k > 0 and doc[k].text in CLOSERS:
        k -= 1
    prev = doc[k]
    if prev.text not in ENDERS or not doc[i - 1].whitespace_:
        return False
    if k > 0 and doc[k - 1].text + prev.text in abbrev:
        return False
    first = doc[i].text[:1]
    return first.isupper() or first.isdigit() or first in "([\"“'"


@Language.component("claimtab_sentences")
def claimtab_sentences(doc: Doc) -> Doc:
    """Rule-based sentence boundaries (no statistical model needed)."""
    return set_sentence_starts(doc)
