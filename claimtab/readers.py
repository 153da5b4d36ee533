"""Readers of input files: each yields papers one at a time and reports bad records, never stops.

A paper is a dict with `id`, `title`, `abstract` (and `source`: file and line). A bad record gives
a ReadProblem naming the file and line; the caller prints it and goes on.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Union

FORMATS = ("jsonl", "json", "csv", "tsv", "txt")


@dataclass(frozen=True)
class ReadProblem:
    """A record (or a whole file) that could not be read, and why."""
    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Columns:
    id: str = "id"
    title: str = "title"
    text: str = "abstract"


Item = Union[dict, ReadProblem]


def paper_id_for(title: str | None, abstract: str) -> str:
    """A stable id for a paper without one: a hash of its normalized title (or abstract)."""
    basis = " ".join((title or abstract).lower().split())
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


def guess_format(path: str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if suffix in FORMATS:
        return suffix
    return "txt"


def read(path: str, fmt: str | None = None, cols: Columns = Columns()) -> Iterator[Item]:
    """Papers and problems of one input file ('-' is standard input)."""
    fmt = fmt or ("jsonl" if path == "-" else guess_format(path))
    try:
        stream = _open(path)
    except OSError as err:
        yield ReadProblem(path, None, f"cannot read file: {err.strerror or err}")
        return
    with stream:
        reader = {"jsonl": _jsonl, "json": _json, "csv": _csv, "tsv": _tsv, "txt": _text}[fmt]
        yield from reader(path, stream, cols)


def _open(path: str) -> io.TextIOBase:
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="surrogateescape")
    return open(path, encoding="utf-8", errors="surrogateescape", newline="")


def _bad_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _paper(path: str, line: int, rec: dict, cols: Columns) -> Item:
    if not isinstance(rec, dict):
        return ReadProblem(path, line, "record is not an object")
    abstract = rec.get(cols.text)
    if not isinstance(abstract, str) or not abstract.strip():
        return ReadProblem(path, line, f"no '{cols.text}' text in record")
    title = rec.get(cols.title)
    title = None if title is None or (isinstance(title, float) and title != title) else str(title)
    pid = rec.get(cols.id)
    pid = str(pid) if pid not in (None, "") else paper_id_for(title, abstract)
    return {"id": pid, "title": title, "abstract": abstract, "source": f"{path}:{line}"}


def _jsonl(path, stream, cols) -> Iterator[Item]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        if _bad_bytes(line):
            yield ReadProblem(path, n, "not valid UTF-8")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadProblem(path, n, f"malformed JSON ({err.msg} at column {err.colno})")
            continue
        yield _paper(path, n, rec, cols)


def _json(path, stream, cols) -> Iterator[Item]:
    text = stream.read()
    if _bad_bytes(text):
        yield ReadProblem(path, None, "not valid UTF-8")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield ReadProblem(path, err.lineno, f"malformed JSON ({err.msg})")
        return
    records = data if isinstance(data, list) else [data]
    for n, rec in enumerate(records, 1):
        yield _paper(path, n, rec, cols)


def _delimited(path, stream, cols, delimiter) -> Iterator[Item]:
    reader = csv.DictReader(stream, delimiter=delimiter)
    if reader.fieldnames is None or cols.text not in reader.fieldnames:
        yield ReadProblem(path, 1, f"no '{cols.text}' column (columns: {', '.join(reader.fieldnames or [])})")
        return
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield ReadProblem(path, reader.line_num, f"malformed row ({err})")
            continue
        if any(isinstance(v, str) and _bad_bytes(v) for v in rec.values()):
            yield ReadProblem(path, reader.line_num, "not valid UTF-8")
            continue
        yield _paper(path, reader.line_num, rec, cols)


def _csv(path, stream, cols):
    return _delimited(path, stream, cols, ",")


def _tsv(path, stream, cols):
    return _delimited(path, stream, cols, "\t")


def _text(path, stream, cols) -> Iterator[Item]:
    """One abstract per blank-line-separated paragraph."""
    para: list[str] = []
    first = 0
    for n, line in enumerate(stream, 1):
        if line.strip():
            if not para:
                first = n
            para.append(line.rstrip("\r\n"))
            continue
        if para:
            yield _text_paper(path, first, para)
            para = []
    if para:
        yield _text_paper(path, first, para)


def _text_paper(path: str, line: int, para: list[str]) -> Item:
    text = " ".join(p.strip() for p in para)
    if _bad_bytes(text):
        return ReadProblem(path, line, "not valid UTF-8")
    return {"id": paper_id_for(None, text), "title": None, "abstract": text, "source": f"{path}:{line}"}
