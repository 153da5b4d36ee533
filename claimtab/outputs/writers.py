"""Writers chosen by file suffix: .jsonl, .csv, .xlsx (sheets Claims and Papers)."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

WRITABLE = (".jsonl", ".csv", ".xlsx")


def _plain(value):
    """A cell value as plain JSON: NaN/NA become null, numpy scalars become Python numbers."""
    if value is None or value is pd.NA:
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
    """Lists (a paper's datasets, authors) joined by '; ' for flat formats."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, list)).any():
            out[col] = out[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, list) else v)
    return out


def write_csv(df: pd.DataFrame, path: str) -> None:
    _flat(df).to_csv(path, index=False, lineterminator="\n", float_format="%.10g")


def write_xlsx(claims: pd.DataFrame, papers: pd.DataFrame, path: str, issues: pd.DataFrame | None = None) -> None:
    sheets = {"Claims": claims, "Papers": papers}
    if issues is not None:
        sheets["Issues"] = issues
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        for name, df in sheets.items():
            _flat(df).to_excel(xw, sheet_name=name, index=False)
        for name in sheets:
            ws = xw.sheets[name]
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = ws.dimensions


def write_claims(claims: pd.DataFrame, papers: pd.DataFrame, path: str, issues: pd.DataFrame | None = None) -> None:
    """Write the claims table to `path`, the writer picked by its suffix (the workbook also gets
    the Papers and Issues sheets)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        write_jsonl(claims, path)
    elif suffix == ".csv":
        write_csv(claims, path)
    elif suffix == ".xlsx":
        write_xlsx(claims, papers, path, issues)
    else:
        raise ValueError(f"cannot write {path!r}: unknown suffix (use one of {', '.join(WRITABLE)})")


def write_table(df: pd.DataFrame, path: str, what: str) -> None:
    """A side table (papers, issues) as JSONL or CSV."""
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        write_jsonl(df, path)
    elif suffix == ".csv":
        write_csv(df, path)
    else:
        raise ValueError(f"cannot write {what} to {path!r}: use .jsonl or .csv")
