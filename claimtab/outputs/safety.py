"""Cell safety: no text ever becomes a formula, Excel-illegal characters are stripped (with a note),
and text longer than a cell holds is cut with a marker."""
from __future__ import annotations

from functools import lru_cache

EXCEL_MAX_CHARS = 32767
EXCEL_MAX_ROWS = 1048576
TRUNCATED = " …[truncated by claimtab]"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def excel_text(text: str) -> tuple[str, list[str]]:
    """Text as an Excel cell can hold it, and notes on what had to change."""
    illegal = _illegal_characters()
    notes = []
    if illegal.search(text):
        text = illegal.sub("", text)
        notes.append("control characters removed")
    if len(text) > EXCEL_MAX_CHARS:
        text = text[:EXCEL_MAX_CHARS - len(TRUNCATED)] + TRUNCATED
        notes.append(f"text cut to {EXCEL_MAX_CHARS} characters")
    return text, notes


@lru_cache(maxsize=None)
def _illegal_characters():
    """openpyxl's pattern of characters a cell cannot hold, imported on the first Excel cell: the
    CSV/JSONL paths never import openpyxl."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    return ILLEGAL_CHARACTERS_RE


def csv_text(text: str) -> str:
    """OWASP CSV-injection advice: a cell that a spreadsheet could read as a formula gets a leading
    apostrophe, so it is shown as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_untext(text: str) -> str:
    """Undo csv_text when reading a CSV back."""
    return text[1:] if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_STARTS) else text
