"""The claims and papers tables as pandas DataFrames with fixed columns and dtypes."""
from __future__ import annotations

import math
from typing import Iterable

import pandas as pd

from claimtab.claim import COLUMNS, Claim
from claimtab.outputs.stream import PAPER_COLUMNS, paper_row

FLOAT_COLUMNS = ("value", "low", "high")
INT_COLUMNS = ("start", "end")
ISSUE_COLUMNS = ("file", "line", "reason")


def plain(value):
    """A table cell as a plain Python value: NaN/NA become None, numpy scalars Python numbers."""
    if value is None or value is pd.NA:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, tuple, str)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def claims_frame(claims: Iterable[Claim | dict]) -> pd.DataFrame:
    """One row per claim, the contract's columns in order: floats for value/low/high, ints for offsets,
    None (not NaN) for missing text."""
    rows = [c.to_dict() if isinstance(c, Claim) else {k: c.get(k) for k in COLUMNS} for c in claims]
    df = pd.DataFrame(rows, columns=list(COLUMNS), dtype=object)
    for col in FLOAT_COLUMNS:
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
    for col in INT_COLUMNS:
        df[col] = pd.to_numeric(df[col]).astype("int64")
    for col in COLUMNS:
        if col not in FLOAT_COLUMNS + INT_COLUMNS:
            df[col] = df[col].astype("object")
    return df


def papers_frame(papers: Iterable[dict]) -> pd.DataFrame:
    """One row per input paper (also those without claims)."""
    df = pd.DataFrame([paper_row(p) for p in papers], columns=list(PAPER_COLUMNS), dtype=object)
    df["n_claims"] = df["n_claims"].astype("int64")
    df["n_seen"] = df["n_seen"].astype("int64")
    return df


def issues_frame(problems) -> pd.DataFrame:
    """Records that could not be read: file, line (empty for a whole file) and reason."""
    df = pd.DataFrame([p.to_dict() for p in problems], columns=list(ISSUE_COLUMNS), dtype=object)
    df["line"] = pd.array(df["line"].tolist(), dtype="Int64")
    return df
