"""Long abstracts read in pieces. spaCy refuses a text over its max_length (a full paper pasted into the
abstract column), and one huge Doc costs memory in proportion; such a text is cut at sentence ends into
pieces of at most PIECE characters, each read on its own, and their claims put back at their offsets."""
from __future__ import annotations

import re
from dataclasses import replace

from claimtab.claim import Claim

PIECE = 100_000  # characters of one piece: far above any abstract, far below spaCy's max_length
SENTENCE_END = re.compile(r"[.!?][)\]\"'”’]*\s+(?=[A-Z0-9(\[\"“])")


def cut(text: str, size: int | None = None) -> list[tuple[int, str]]:
    """(offset, piece) of the text; one piece when it is short. A piece ends at the last sentence end
    before `size` characters (default PIECE), else at the last space, else at `size`."""
    size = size or PIECE
    if len(text) <= size:
        return [(0, text)]
    pieces, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            window = text[start:end]
            ends = [m.end() for m in SENTENCE_END.finditer(window)]
            end = start + (ends[-1] if ends else (window.rfind(" ") + 1 or len(window)))
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def shifted(claims: list[Claim], offset: int) -> list[Claim]:
    """Claims of a piece with their offsets in the whole text."""
    if not offset:
        return claims
    return [replace(c, start=c.start + offset, end=c.end + offset) for c in claims]
