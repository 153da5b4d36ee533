"""Sentence boundaries by rule: a sentence ends at . ! ? before a capital, a digit or an opening
mark, unless the period belongs to an abbreviation (rules/abbreviations.txt) or a decimal."""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from claimtab import rules
from claimtab.extractor.extensions import guarded
from claimtab.extractor.tokens import view, word_classes

ENDERS = rules.words("sentence_ender")
CLOSERS = rules.words("sentence_closer")
TRIGGERS = ENDERS | CLOSERS


class _Trigger:
    """Word test: a token after which a sentence may start (an ender, a closer, a line break)."""

    def __call__(self, word: str) -> bool:
        return word in TRIGGERS or "\n" in word


TRIGGER = _Trigger()


def set_sentence_starts(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    abbrev = rules.abbreviations()
    classes = word_classes(doc.vocab)
    classes.define("sentence_trigger", TRIGGER)
    v = view(doc)
    starts = numpy.full(len(doc), -1, dtype="int64")
    starts[0] = 1
    # only a token after an ender, a closer or a line break can start a sentence
    for k in classes.positions(doc, "sentence_trigger"):
        i = k + 1
        if i < len(doc) and _starts_sentence(v.text, v.space, i, abbrev):
            starts[i] = 1
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # one C call
    return doc


def _starts_sentence(text: list[str], space: list[int], i: int, abbrev: frozenset[str]) -> bool:
    if "\n\n" in text[i - 1] or text[i - 1].isspace() and "\n" in text[i - 1]:
        return True  # a blank line always ends a paragraph
    k = i - 1
    while k > 0 and text[k] in CLOSERS:
        k -= 1
    if text[k] not in ENDERS or not space[i - 1]:
        return False
    if k > 0 and text[k - 1] + text[k] in abbrev:
        return False
    first = text[i][:1]
    return first.isupper() or first.isdigit() or first in "([\"“'"


@Language.component("claimtab_sentences")
def claimtab_sentences(doc: Doc) -> Doc:
    """Rule-based sentence boundaries (no statistical model needed)."""
    return _GUARDED(doc)


_GUARDED = guarded(set_sentence_starts)
