"""A reviewer's marks: the `check` (ok / wrong / fixed) and `note` columns of the workbook's Claims sheet.
`claimtab extract ... --reviewed OLD.xlsx` carries every mark, and the corrected fields of a row marked
'fixed', over to the same claim of a new run (the same paper id and span); a marked claim the new run no
longer finds is listed in Issues."""
from __future__ import annotations

import pandas as pd

REVIEW_COLUMNS = ("check", "note")
CHECKS = ("ok", "wrong", "fixed")
CORRECTABLE = ("kind", "value", "low", "high", "unit", "bound", "metric", "dataset", "model", "baseline")


def read_marks(path: str) -> tuple[dict[tuple, dict], list[dict]]:
    """{(paper_id, start, end): the old row} of every marked claim of a workbook, and problems."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True)
    except Exception as err:  # noqa: BLE001 - zipfile/openpyxl raise many types for a file that is no workbook
        return {}, [{"file": path, "line": None, "reason": f"not a readable reviewed workbook ({err})"}]
    marks: dict[tuple, dict] = {}
    try:
        for ws in wb.worksheets:
            if ws.title != "Claims" and not ws.title.startswith("Claims "):
                continue
            rows = ws.iter_rows(values_only=True)
            header = [str(h) if h is not None else "" for h in next(rows, [])]
            for n, values in enumerate(rows, 2):
                row = dict(zip(header, values))
                if row.get("check") or row.get("note"):
                    row["_where"] = f"{ws.title}!{n}"
                    marks[(str(row.get("paper_id")), _int(row.get("start")), _int(row.get("end")))] = row
    finally:
        wb.close()
    return marks, []


def apply_marks(claims: pd.DataFrame, marks: dict[tuple, dict], path: str) -> tuple[pd.DataFrame, list[dict]]:
    """The claims with the reviewer's check and note (and, for 'fixed' rows, the corrected fields); the
    marked claims the new run does not have, as Issue rows."""
    out = claims.copy()
    out["check"], out["note"] = None, None
    found = set()
    for i, (pid, start, end) in enumerate(zip(out["paper_id"], out["start"], out["end"])):
        old = marks.get((str(pid), int(start), int(end)))
        if old is None:
            continue
        found.add((str(pid), int(start), int(end)))
        out.at[out.index[i], "check"] = _check(old.get("check"))
        out.at[out.index[i], "note"] = old.get("note")
        if _check(old.get("check")) == "fixed":
            for col in CORRECTABLE:
                if col in old:
                    out.at[out.index[i], col] = old[col]
    missing = [{"file": path, "line": None,
                "reason": f"reviewed claim no longer found ({row['_where']}: {key[0]} [{key[1]}:{key[2]}] "
                          f"{row.get('text')!r}, check {row.get('check')!r})"}
               for key, row in marks.items() if key not in found]
    for col in ("value", "low", "high"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    return out, missing


def _check(value) -> str | None:
    text = str(value).strip().lower() if value is not None else ""
    return text if text in CHECKS else (text or None)


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
