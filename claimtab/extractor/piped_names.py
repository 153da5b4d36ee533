"""Names glued into a pipe list ('ViT-S|ViT-B|ViT-L') are whole tokens again. spaCy's tokenizer matches
a name as a whole token only when nothing is glued to it; in a pipe list its infix rules split every
name at its hyphens ('ViT', '-', 'S'). Each piece between pipes that the tokenizer would have kept whole
on its own is merged back."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimtab.extractor.tokenizer import TOKEN_MATCH


def _glued_pieces(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each run of two or more tokens between pipes, glued to them with no space."""
    pieces, start = [], None
    for tok in doc:
        glued_left = tok.i > 0 and not doc[tok.i - 1].whitespace_
        if tok.text == "|" or not glued_left:
            if start is not None and tok.i - start > 1 and (tok.text == "|" or doc[start - 1].text == "|"):
                pieces.append((start, tok.i))
            start = tok.i + 1 if tok.text == "|" else tok.i
    if start is not None and len(doc) - start > 1 and start > 0 and doc[start - 1].text == "|":
        pieces.append((start, len(doc)))
    return pieces


def merge_piped_names(doc: Doc) -> Doc:
    if "|" not in doc.text:
        return doc
    spans = []
    for start, end in _glued_pieces(doc):
        while end - start > 1 and not any(map(str.isalnum, doc[end - 1].text)):
            end -= 1  # a closing mark or period glued after the last name
        if end - start > 1 and TOKEN_MATCH.match(doc[start:end].text):
            spans.append(doc[start:end])
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


@Language.component("claimtab_piped_names")
def claimtab_piped_names(doc: Doc) -> Doc:
    """Merges names split inside pipe lists (run it first, before sentences and claims)."""
    return merge_piped_names(doc)
