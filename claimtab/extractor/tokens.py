"""Plain-Python views of a Doc's tokens, built once per Doc: the rule stages read these lists
instead of creating spaCy Token objects over and over (the main cost of a pure-Python pass)."""
from __future__ import annotations

from dataclasses import dataclass

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
        text = [t.text for t in doc]
        ws = [t.whitespace_ for t in doc]
        cached = TokenView(text, [t.lower() for t in text], [bool(w) for w in ws], [t.isalpha() for t in text], ws)
        doc.user_data["claimtab_view"] = cached
    return cached
