"""Plain-Python views of a Doc's tokens, built once per Doc: the rule stages read these lists
instead of creating spaCy Token objects over and over (the main cost of a pure-Python pass)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, ORTH, SPACY
from spacy.tokens import Doc


@dataclass(frozen=True)
class TokenView:
    text: list[str]
    lower: list[str]
    space: list[int]        # 1 where whitespace follows the token
    is_alpha: list[int]
    is_punct: list[int]
    idx: list[int]          # character offset of each token in doc.text

    def chars(self, start: int, end: int) -> str:
        """The text of tokens [start, end) (Span.text without creating the Span)."""
        a, b = self.char_span(start, end)
        return "".join(self.text[k] + " " if self.space[k] else self.text[k] for k in range(start, end))[:b - a]

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens [start, end), as Span.start_char / end_char give them."""
        return self.idx[start], self.idx[end - 1] + len(self.text[end - 1])


def view(doc: Doc) -> TokenView:
    """The token view of `doc`, cached in doc.user_data."""
    cached = doc.user_data.get("claimtab_view")
    if cached is None or len(cached.text) != len(doc):
        strings = doc.vocab.strings
        cols = doc.to_array([ORTH, SPACY, IS_ALPHA, IS_PUNCT, IDX]).T.tolist()  # C-level: no Token objects
        text = [strings[o] for o in cols[0]]
        cached = TokenView(text, [t.lower() for t in text], *cols[1:])
        doc.user_data["claimtab_view"] = cached
    return cached
