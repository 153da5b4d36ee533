"""Writers chosen by the output's suffix, and read_table() that loads a written table back."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd

from claimtab.outputs import report
from claimtab.outputs.atomic import atomic_path
from claimtab.outputs.review import REVIEW_COLUMNS
from claimtab.outputs.safety import csv_untext
from claimtab.outputs.stream import (WRITABLE, ClaimStream, TableRows, open_in, open_out,  # noqa: F401
                                     table_suffix)                          # (ClaimStream re-exported)
from claimtab.outputs.table import claims_frame, plain
from claimtab.outputs.workbook import write_workbook

READABLE = (".xlsx", ".jsonl", ".json", ".csv", ".parquet")


def _records(df: pd.DataFrame) -> list[dict]:
    cols = list(df.columns)
    return [{c: plain(v) for c, v in zip(cols, row)} for row in df.itertuples(index=False, name=None)]


def write_jsonl(df: pd.DataFrame, path: str) -> None:
    _write_rows(df, path)


def write_json(df: pd.DataFrame, path: str) -> None:
    with open_out(path, "\n") as f:
        json.dump(_records(df), f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_csv(df: pd.DataFrame, path: str) -> None:
    """CSV with formula-like text made inert (OWASP): '=cmd' is written as \"'=cmd\"."""
    _write_rows(df, path)


def _write_rows(df: pd.DataFrame, path: str) -> None:
    rows = TableRows(path, df.columns)
    try:
        for rec in _records(df):
            rows.write(rec)
    finally:
        rows.close()


def write_parquet(df: pd.DataFrame, path: str) -> None:
    try:
        df.to_parquet(path, index=False)
    except ImportError as err:
        raise ValueError(f"writing Parquet needs pyarrow: pip install 'claimtab[parquet]' ({err})") from err


def write_output(path: str, claims: pd.DataFrame, papers: pd.DataFrame, issues: pd.DataFrame | None = None,
                 abstracts: dict | None = None, command: str | None = None) -> None:
    """Write the run's result to `path`, the format picked by its suffix (.jsonl, .csv and .json may be
    compressed: 'claims.jsonl.gz'). The file appears whole or not at all (atomic.atomic_path)."""
    if table_suffix(path) not in WRITABLE:
        raise ValueError(f"cannot write {path!r}: unknown suffix (use one of {', '.join(WRITABLE)})")
    with atomic_path(path) as tmp:
        _write_output(tmp, claims, papers, issues, abstracts, command)


def _write_output(path: str, claims: pd.DataFrame, papers: pd.DataFrame, issues: pd.DataFrame | None,
                  abstracts: dict | None, command: str | None) -> None:
    suffix = table_suffix(path)
    if suffix == ".xlsx":
        write_workbook(path, claims, papers, issues, command)
    elif suffix == ".jsonl":
        write_jsonl(claims, path)
    elif suffix == ".json":
        write_json(claims, path)
    elif suffix == ".csv":
        write_csv(claims, path)
    elif suffix == ".parquet":
        write_parquet(claims, path)
    elif suffix == ".md":
        Path(path).write_text(report.markdown(claims), encoding="utf-8")
    elif suffix == ".html":
        Path(path).write_text(report.html_report(claims, papers, abstracts or {}), encoding="utf-8")
    else:
        raise ValueError(f"cannot write {path!r}: unknown suffix (use one of {', '.join(WRITABLE)})")


def write_table(df: pd.DataFrame, path: str, what: str) -> None:
    """A side table (papers, issues) as JSONL, CSV or JSON (or one of them compressed)."""
    suffix = table_suffix(path)
    writers = {".jsonl": write_jsonl, ".csv": write_csv, ".json": write_json}
    if suffix not in writers:
        raise ValueError(f"cannot write {what} to {path!r}: use .jsonl, .csv or .json")
    with atomic_path(path) as tmp:
        writers[suffix](df, tmp)


def read_table(path: str) -> pd.DataFrame:
    """Load a claims table that claimtab wrote (.xlsx, .jsonl, .json, .csv, .parquet; the text ones also
    compressed) back into the same DataFrame claimtab.extract() returns: same columns, dtypes and values;
    from a workbook also the reviewer's `check` and `note` columns."""
    suffix = table_suffix(path)
    if suffix in (".jsonl", ".json", ".csv"):
        with open_in(path) as f:
            if suffix == ".jsonl":
                return claims_frame([json.loads(line) for line in f if line.strip()])
            if suffix == ".json":
                return claims_frame(json.load(f))
            return claims_frame([{k: _from_csv(v) for k, v in row.items()} for row in csv.DictReader(f)])
    if suffix == ".parquet":
        df = pd.read_parquet(path)
        return claims_frame([{k: plain(v) for k, v in rec.items()} for rec in df.to_dict("records")])
    if suffix == ".xlsx":
        return _with_review(claims_frame(rows := _xlsx_claims(path)), rows)
    raise ValueError(f"cannot read {path!r}: use one of {', '.join(READABLE)}")


def _with_review(df: pd.DataFrame, rows: list[dict]) -> pd.DataFrame:
    """A workbook's claims with the reviewer's `check` and `note` columns, so that a meta-analysis can keep
    only the rows checked ok or fixed: df[df.check.isin(["ok", "fixed"])]."""
    for col in REVIEW_COLUMNS:
        df[col] = pd.Series([plain(r.get(col)) for r in rows], index=df.index, dtype="object")
    return df


def _from_csv(value: str):
    return None if value == "" else csv_untext(value)


def _xlsx_claims(path: str) -> list[dict]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    rows: list[dict] = []
    try:
        for ws in wb.worksheets:
            if ws.title != "Claims" and not ws.title.startswith("Claims "):
                continue
            it = ws.iter_rows(values_only=True)
            header = list(next(it, []))
            rows += [dict(zip(header, r)) for r in it]
    finally:
        wb.close()
    return rows
