"""Names glued into a pipe list ('ViT-S|ViT-B|ViT-L') are whole tokens again. spaCy's tokenizer matches
a name as a whole token only when nothing is glued to it; in a pipe list its infix rules split every
name at its hyphens ('ViT', '-', 'S'). Each piece between pipes that the tokenizer would have kept whole
on its own is merged back."""
from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from claimtab.extractor.extensions import guarded
from claimtab.extractor.tokenizer import TOKEN_MATCH

PIPE_LIST = re.compile(r"[^\s|]+(?:\|[^\s|]+)+")  # a whitespace-free run with pipes inside
EDGE_MARKS = "()[]{}.,;:"


def _pieces(text: str):
    """(start, end) character offsets of each member of each glued pipe list, without the marks
    around the list ('(A|B).')."""
    for m in PIPE_LIST.finditer(text):
        offset = m.start()
        for part in m.group().split("|"):
            start, end = offset, offset + len(part)
            while start < end and text[start] in EDGE_MARKS:
                start += 1
            while end > start and text[end - 1] in EDGE_MARKS:
                end -= 1
            yield start, end
            offset += len(part) + 1


def merge_piped_names(doc: Doc) -> Doc:
    if not len(doc) or not (doc.to_array(ORTH) == doc.vocab.strings["|"]).any():
        return doc  # no pipe token: the common case, told without building the text
    text = doc.text
    spans = []
    for start, end in _pieces(text):
        span = doc.char_span(start, end)
        if span is not None and len(span) > 1 and TOKEN_MATCH.match(span.text):
            spans.append(span)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


@Language.component("claimtab_piped_names")
def claimtab_piped_names(doc: Doc) -> Doc:
    """Merges names split inside pipe lists (run it first, before sentences and claims)."""
    return _GUARDED(doc)


_GUARDED = guarded(merge_piped_names)
