"""Plain-Python views of a Doc's tokens, built once per Doc: the rule stages read these lists
instead of creating spaCy Token objects over and over (the main cost of a pure-Python pass)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc


@dataclass(frozen=True)
class TokenView:
    text: list[str]
    lower: list[str]
    space: list[bool]
    is_alpha: list[bool]
    whitespace: list[str]


def view(doc: Doc) -> TokenView:
    """The token view of `doc`, cached in doc.user_data."""
    cached = doc.user_data.get("claimtab_view")
    if cached is None or len(cached.text) != len(doc):
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, SPACY])  # C-level: no Token objects
        text = [strings[o] for o in arr[:, 0].tolist()]
        space = [bool(s) for s in arr[:, 1].tolist()]
        cached = TokenView(text, [t.lower() for t in text], space, [t.isalpha() for t in text],
                           [" " if s else "" for s in space])
        doc.user_data["claimtab_view"] = cached
    return cached
