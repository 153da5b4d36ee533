"""Writers chosen by file suffix: .jsonl, .csv, .xlsx (sheets Claims and Papers)."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

WRITABLE = (".jsonl", ".csv", ".xlsx")


def _plain(value):
    """A cell value as plain JSON: NaN becomes null, numpy scalars become Python numbers."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (list, tuple, str)):
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    return value


def _records(df: pd.DataFrame) -> list[dict]:
    cols = list(df.columns)
    return [{c: _plain(v) for c, v in zip(cols, row)} for row in df.itertuples(index=False, name=None)]


def write_jsonl(df: pd.DataFrame, path: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in _records(df):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    """Lists (a paper's datasets) joined by '; ' for flat formats."""
    out = df.copy()
    for col in out.columns:
        if out[col].map(lambda v: isinstance(v, list)).any():
            out[col] = out[col].map(lambda v: "; ".join(v) if isinstance(v, list) else v)
    return out


def write_csv(df: pd.DataFrame, path: str) -> None:
    _flat(df).to_csv(path, index=False, lineterminator="\n", float_format="%.10g")


def write_xlsx(claims: pd.DataFrame, papers: pd.DataFrame, path: str) -> None:
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        _flat(claims).to_excel(xw, sheet_name="Claims", index=False)
        _flat(papers).to_excel(xw, sheet_name="Papers", index=False)
        for name in ("Claims", "Papers"):
            ws = xw.sheets[name]
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = ws.dimensions


def write_claims(claims: pd.DataFrame, papers: pd.DataFrame, path: str) -> None:
    """Write the claims table to `path`, the writer picked by its suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        write_jsonl(claims, path)
    elif suffix == ".csv":
        write_csv(claims, path)
    elif suffix == ".xlsx":
        write_xlsx(claims, papers, path)
    else:
        raise ValueError(f"cannot write {path!r}: unknown suffix (use one of {', '.join(WRITABLE)})")


def write_papers(papers: pd.DataFrame, path: str) -> None:
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        write_jsonl(papers, path)
    elif suffix == ".csv":
        write_csv(papers, path)
    else:
        raise ValueError(f"cannot write papers to {path!r}: use .jsonl or .csv")
