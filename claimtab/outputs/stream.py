"""Claims written to .jsonl or .csv as they are found: the command line's streaming path, kept free of
pandas and openpyxl so that a streamed run does not pay for importing them."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from claimtab.claim import COLUMNS
from claimtab.outputs.safety import csv_text

WRITABLE = (".xlsx", ".jsonl", ".json", ".csv", ".parquet", ".md", ".html")
_JSON = json.JSONEncoder(ensure_ascii=False)  # what json.dumps(..., ensure_ascii=False) builds on every call


class ClaimStream:
    """Claims written as they come (.jsonl, .csv), so memory does not grow with the corpus;
    byte-identical to writing the whole table at the end."""

    STREAMABLE = (".jsonl", ".csv")

    def __init__(self, path: str):
        self.path, self.suffix = path, Path(path).suffix.lower()
        self.count = 0
        self._file = open(path, "w", encoding="utf-8", newline="" if self.suffix == ".csv" else "\n")
        self._csv = csv.writer(self._file, lineterminator="\n") if self.suffix == ".csv" else None
        if self._csv:
            self._csv.writerow(COLUMNS)

    def add(self, claims) -> None:
        for c in claims:
            rec = c.to_dict()
            for k in ("value", "low", "high"):
                rec[k] = None if rec[k] is None else float(rec[k])
            if self._csv:
                self._csv.writerow([_csv_cell(rec[k]) for k in COLUMNS])
            else:
                self._file.write(_JSON.encode(rec) + "\n")
            self.count += 1

    def close(self) -> None:
        self._file.close()


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    if isinstance(value, float):
        return repr(value)  # the shortest text that reads back as the same float
    return csv_text(value) if isinstance(value, str) else value
