"""Claims written to .jsonl or .csv as they are found: the command line's streaming path, kept free of
pandas and openpyxl so that a streamed run does not pay for importing them."""
from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import lzma
import os
import tempfile
from pathlib import Path

from claimtab.claim import COLUMNS
from claimtab.outputs.safety import csv_text

WRITABLE = (".xlsx", ".jsonl", ".json", ".csv", ".parquet", ".md", ".html")
TEXT_TABLES = (".jsonl", ".csv", ".json")  # the side tables' formats (--papers, --issues)
COMPRESSIBLE = TEXT_TABLES  # tables that may be written compressed: 'claims.jsonl.gz'
COMPRESSORS = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz"}


def table_suffix(path: str) -> str:
    """The table format of an output path, under its compression suffix ('c.jsonl.gz' -> '.jsonl')."""
    p = Path(path)
    if p.suffix.lower() in COMPRESSORS:
        p = Path(p.stem)
    return p.suffix.lower()


def open_out(path: str, newline: str):
    """A text file to write a table to, compressed when its name says so. Compressed files are the same
    bytes for the same table (gzip's header carries no time)."""
    packed = COMPRESSORS.get(Path(path).suffix.lower())
    if packed is None:
        return open(path, "w", encoding="utf-8", newline=newline)
    if table_suffix(path) not in COMPRESSIBLE:
        raise ValueError(f"cannot write {path!r}: only .jsonl, .csv and .json tables are written compressed")
    binary = {"gzip": lambda: _Gzip(path), "bz2": lambda: bz2.BZ2File(path, "wb"),
              "xz": lambda: lzma.LZMAFile(path, "wb")}[packed]()
    return io.TextIOWrapper(binary, encoding="utf-8", newline=newline)


class _Gzip(gzip.GzipFile):
    """A gzip file whose header holds neither time nor name: the same table gives the same bytes,
    whatever temporary name it was written under."""

    def __init__(self, path: str):
        self._raw = open(path, "wb")
        super().__init__(filename="", mode="wb", fileobj=self._raw, mtime=0)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def open_in(path: str):
    """A table claimtab wrote, as text, decompressed when its name says so."""
    packed = COMPRESSORS.get(Path(path).suffix.lower())
    opener = {"gzip": gzip.open, "bz2": bz2.open, "xz": lzma.open}[packed] if packed else open
    return opener(path, "rt", encoding="utf-8", newline="")


_JSON = json.JSONEncoder(ensure_ascii=False)  # what json.dumps(..., ensure_ascii=False) builds on every call
LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(rec: dict) -> str:
    """One JSON-lines row. The characters other line readers take for line ends (U+0085, U+2028,
    U+2029: Python's str.splitlines, JavaScript) are escaped, so a row is always one line."""
    text = _JSON.encode(rec)
    if not text.isascii():
        text = text.translate(LINE_BREAKS)
    return text + "\n"


class TableRows:
    """Rows of one table written to .jsonl (one object a line) or .csv (a header, formula-like text made
    inert), either of them possibly compressed; a row is a dict of plain values."""

    def __init__(self, path: str, columns):
        self.columns = list(columns)
        as_csv = table_suffix(path) == ".csv"
        self._file = open_out(path, "" if as_csv else "\n")
        self._csv = csv.writer(self._file, lineterminator="\n") if as_csv else None
        if self._csv:
            self._csv.writerow(self.columns)

    def write(self, rec: dict) -> None:
        if self._csv:
            self._csv.writerow([_csv_cell(rec[k]) for k in self.columns])
        else:
            self._file.write(json_line(rec))

    def close(self) -> None:
        self._file.close()


FLOATS, INTS = ("value", "low", "high"), ("start", "end")


def _record(claim) -> dict:
    """A claim as a row of plain values, value/low/high as floats (as the claims table holds them)."""
    rec = claim.to_dict()
    for k in FLOATS:
        rec[k] = None if rec[k] is None else float(rec[k])
    return rec


class ClaimStream:
    """Claims written as they come (.jsonl, .csv), so memory does not grow with the corpus;
    byte-identical to writing the whole table at the end."""

    STREAMABLE = (".jsonl", ".csv")

    def __init__(self, path: str):
        self.path, self.count = path, 0
        self._rows = TableRows(path, COLUMNS)

    def add(self, claims) -> None:
        for c in claims:
            self._rows.write(_record(c))
            self.count += 1

    def close(self) -> None:
        self._rows.close()


class ParquetStream:
    """Claims written to Parquet as they come, a row group every ROWS claims (pyarrow), so a run over a
    corpus does not hold its claims in memory; read back, the same table as the one built at the end."""

    STREAMABLE = (".parquet",)
    ROWS = 20_000

    def __init__(self, path: str):
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as err:
            raise ValueError(f"writing Parquet needs pyarrow: pip install 'claimtab[parquet]' ({err})") from err
        self._pa = pa
        self.schema = pa.schema([(c, pa.float64() if c in FLOATS else pa.int64() if c in INTS
                                  else pa.string()) for c in COLUMNS])
        self.path, self.count = path, 0
        self._writer = pq.ParquetWriter(path, self.schema)
        self._rows: list[tuple] = []

    def add(self, claims) -> None:
        for c in claims:
            rec = _record(c)
            self._rows.append(tuple(rec[k] for k in COLUMNS))
            self.count += 1
        if len(self._rows) >= self.ROWS:
            self._flush()

    def _flush(self) -> None:
        columns = list(zip(*self._rows)) if self._rows else [()] * len(COLUMNS)
        self._writer.write_table(self._pa.table([list(col) for col in columns], schema=self.schema))
        self._rows = []

    def close(self) -> None:
        if self._rows or not self.count:
            self._flush()  # an empty run still gets a file with the table's columns
        self._writer.close()


def claim_stream(path: str):
    """The streaming writer for an output path, or None when the format needs the whole table."""
    suffix = table_suffix(path)
    if suffix in ClaimStream.STREAMABLE:
        return ClaimStream(path)
    if suffix in ParquetStream.STREAMABLE and Path(path).suffix.lower() == suffix:
        return ParquetStream(path)
    return None


PAPER_COLUMNS = ("paper_id", "title", "method", "n_claims", "datasets", "date", "authors", "venue", "url",
                 "n_seen", "source")
REPEAT_FIELDS = ("title", "date", "authors", "venue", "url", "source")  # what a later copy may fill


def paper_row(p: dict) -> dict:
    """A paper's row of the papers table (also for papers without claims)."""
    return {"paper_id": p["id"], "title": p.get("title"), "method": p.get("method"),
            "n_claims": int(p.get("n_claims", 0)), "datasets": list(p.get("datasets") or []),
            "date": p.get("date"), "authors": p.get("authors"), "venue": p.get("venue"), "url": p.get("url"),
            "n_seen": int(p.get("n_seen", 1)), "source": p.get("source")}


class PaperStream:
    """The papers table (.jsonl, .csv) written as papers come, so a long run keeps no papers in memory.

    A paper's row cannot be final when it comes: a copy read later raises its n_seen and may bring
    metadata it lacked. Rows go to a spool file beside the target; close() copies them to the target
    with what the later copies added (`repeats`, kept only for papers read more than once). The file is
    byte-identical to the one written from the whole table."""

    STREAMABLE = (".jsonl", ".csv")

    def __init__(self, path: str):
        self.path = path
        fd, self._spool_path = tempfile.mkstemp(prefix=".claimtab-papers-", suffix=".spool",
                                                dir=os.path.dirname(os.path.abspath(path)))
        self._spool = os.fdopen(fd, "w+", encoding="utf-8", newline="\n")

    def add(self, paper: dict) -> None:
        self._spool.write(json_line(paper_row(paper)))

    def close(self, repeats: dict[str, dict]) -> None:
        try:
            self._spool.seek(0)
            out = TableRows(self.path, PAPER_COLUMNS)
            try:
                for line in self._spool:
                    row = json.loads(line)
                    later = repeats.get(row["paper_id"])
                    if later:
                        _add_repeats(row, later)
                    out.write(row)
            finally:
                out.close()
        finally:
            self.discard()

    def discard(self) -> None:
        self._spool.close()
        if os.path.exists(self._spool_path):
            os.remove(self._spool_path)


def _add_repeats(row: dict, later: dict) -> None:
    row["n_seen"] += later["n_seen"]
    for field in REPEAT_FIELDS:
        if row[field] is None and later.get(field) is not None:
            row[field] = later[field]


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    if isinstance(value, float):
        return repr(value)  # the shortest text that reads back as the same float
    return csv_text(value) if isinstance(value, str) else value
