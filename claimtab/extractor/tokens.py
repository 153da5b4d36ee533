"""Plain-Python views of a Doc's tokens, built once per Doc: the rule stages read these lists
instead of creating spaCy Token objects over and over (the main cost of a pure-Python pass)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, IS_PUNCT, ORTH, SPACY
from spacy.tokens import Doc


@dataclass(frozen=True)
class TokenView:
    text: list[str]
    lower: list[str]
    space: list[bool]
    is_alpha: list[bool]
    whitespace: list[str]
    is_punct: list[int]
    idx: list[int]          # character offset of each token in doc.text

    def chars(self, start: int, end: int) -> str:
        """The text of tokens [start, end) (Span.text without creating the Span)."""
        a, b = self.char_span(start, end)
        return "".join(self.text[k] + self.whitespace[k] for k in range(start, end))[:b - a]

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens [start, end), as Span.start_char / end_char give them."""
        return self.idx[start], self.idx[end - 1] + len(self.text[end - 1])


def view(doc: Doc) -> TokenView:
    """The token view of `doc`, cached in doc.user_data."""
    cached = doc.user_data.get("claimtab_view")
    if cached is None or len(cached.text) != len(doc):
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, SPACY, IS_PUNCT, IDX])  # C-level: no Token objects
        text = [strings[o] for o in arr[:, 0].tolist()]
        space = [bool(s) for s in arr[:, 1].tolist()]
        cached = TokenView(text, [t.lower() for t in text], space, [t.isalpha() for t in text],
                           [" " if s else "" for s in space], arr[:, 2].tolist(), arr[:, 3].tolist())
        doc.user_data["claimtab_view"] = cached
    return cached
