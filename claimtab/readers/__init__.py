"""Readers of the sources literature reviewers have, chosen by suffix and content (or forced).

Every reader yields papers one at a time (dicts with id, title, abstract, date, authors, venue, url,
source) and ReadProblems for records it could not read; nothing stops the batch.
"""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from claimtab.readers.base import Columns, Item, ReadProblem, paper_id_for, title_key
from claimtab.readers.seen import SeenIds
from claimtab.readers import bibliographic, feeds, pdf, tabular, tagged, tei, text

FORMATS = ("jsonl", "json", "csv", "tsv", "parquet", "xlsx", "bibtex", "ris", "atom", "wos", "medline", "tei", "pdf",
           "pages", "txt")
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv",
            ".tab": "tsv", ".parquet": "parquet", ".pq": "parquet", ".xlsx": "xlsx", ".xlsm": "xlsx",
            ".bib": "bibtex", ".bibtex": "bibtex", ".ris": "ris", ".xml": "atom", ".atom": "atom",
            ".nbib": "medline", ".medline": "medline", ".ciw": "wos", ".pdf": "pdf"}
BINARY = ("parquet", "xlsx", "pdf")
# corpus dumps come compressed (OpenAlex and Semantic Scholar snapshots are gzipped JSON lines): read as
# they are, by suffix or by their first bytes, and decompressed as they stream
COMPRESSED = {".gz": "gzip", ".gzip": "gzip", ".bz2": "bz2", ".xz": "xz", ".lzma": "xz"}
MAGIC = ((re.compile(rb"\x1f\x8b\x08"), "gzip"), (re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)"), "bz2"),
         (re.compile(rb"\xfd7zXZ\x00"), "xz"))  # first bytes of each format
_OPENERS = {"gzip": gzip.open, "bz2": bz2.open, "xz": lzma.open}
DAMAGED = (EOFError, OSError, lzma.LZMAError)  # what a truncated or corrupt compressed stream raises
RECORD_LIMIT = 32 * 1024 * 1024  # characters one record may take (--max-record-mb): no input exhausts memory


class RecordTooLarge(Exception):
    """A whole-file format (JSON, BibTeX, RIS) over the record limit."""

__all__ = ["Columns", "ReadProblem", "FORMATS", "read", "detect", "Intake", "paper_id_for"]


def compression(path: str) -> str | None:
    """'gzip', 'bz2' or 'xz' for a compressed file (by suffix, else by its first bytes), else None."""
    by_suffix = COMPRESSED.get(Path(path).suffix.lower())
    if by_suffix or path == "-" or not os.path.isfile(path):
        return by_suffix
    with open(path, "rb") as f:
        return _sniff(f.read(10))


def _sniff(start: bytes) -> str | None:
    return next((name for magic, name in MAGIC if magic.match(start)), None)


def detect(path: str, head: str) -> str:
    """The format of a file from its suffix (under a compression suffix: 'works.jsonl.gz'), else from
    its first characters."""
    if Path(path).suffix.lower() in COMPRESSED:
        path = path[:-len(Path(path).suffix)]
    fmt = SUFFIXES.get(Path(path).suffix.lower()) if path != "-" else None
    if path.lower().endswith(".tei.xml"):
        return "tei"
    if fmt and fmt not in ("json", "atom"):
        return fmt
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("%PDF"):
        return "pdf"
    if stripped.startswith("<"):
        return "tei" if re.search(r"<TEI[\s>]", head) else "atom"
    if tagged.looks_like_wos(stripped):
        return "wos"
    if tagged.looks_like_medline(stripped):
        return "medline"
    if "\t" in stripped.split("\n", 1)[0] and stripped.startswith(("PT\t", "FN\t")):
        return "tsv"  # Web of Science's tab-delimited export ('savedrecs.txt')
    if stripped.startswith("@"):
        return "bibtex"
    if stripped.startswith("TY  -"):
        return "ris"
    if stripped.startswith("[") or stripped.startswith("{") and fmt == "json":
        return "json"
    if stripped.startswith("{"):
        first = stripped.split("\n", 1)[0].strip()
        return "jsonl" if first.endswith("}") else "json"
    if fmt:
        return fmt
    return "pages" if text.looks_like_pages(head) else "txt"


def read(path: str, fmt: str | None = None, cols: Columns = Columns(), opened=None,
         limit: int = RECORD_LIMIT) -> Iterator[Item]:
    """Papers and problems of one input ('-' is standard input). `opened(raw)`, when given, is told the
    binary file the input is read from (its position says how far the reading has come). `limit`: the
    characters one record (a line; a whole JSON, BibTeX or RIS file) may take, so that no input (a
    compressed bomb) can exhaust memory."""
    if path != "-" and os.path.isdir(path):
        yield ReadProblem(path, None, "is a directory without input files")
        return
    packed, raws = None, []
    try:
        packed = compression(path)
        stream = _open(path, packed, raws.append)
    except DAMAGED as err:
        for raw in raws:
            raw.close()
        yield ReadProblem(path, None, _unreadable(err, packed))
        return
    if opened is not None and raws:
        opened(raws[0])
    try:
        yield from _read_stream(path, stream, packed, fmt, cols, limit)
    finally:
        stream.close()
        for raw in raws:  # a decompressor does not close the file it was handed
            raw.close()


def _read_stream(path: str, stream, packed: str | None, fmt: str | None, cols: Columns,
                 limit: int) -> Iterator[Item]:
    try:
        head = stream.read(4096) if fmt is None else ""
    except DAMAGED as err:
        yield ReadProblem(path, None, _unreadable(err, packed))
        return
    stream = _Rewound(head, stream, limit)
    fmt = fmt or detect(path, head)
    if fmt in BINARY:
        stream.close()
        if packed:
            yield ReadProblem(path, None, f"a {packed}-compressed {fmt} file: decompress it first")
            return
        binary = {"parquet": tabular.read_parquet, "xlsx": tabular.read_excel, "pdf": pdf.read_pdf}
        yield from binary[fmt](path, cols)
        return
    readers = {
        "jsonl": lambda: tabular.read_jsonl(path, stream, cols),
        "json": lambda: tabular.read_json(path, stream, cols),
        "csv": lambda: tabular.read_delimited(path, stream, cols, ","),
        "tsv": lambda: tabular.read_delimited(path, stream, cols, "\t"),
        "bibtex": lambda: bibliographic.read_bibtex(path, stream),
        "ris": lambda: bibliographic.read_ris(path, stream),
        "atom": lambda: feeds.read_atom(path, stream),
        "wos": lambda: tagged.read_wos(path, stream),
        "medline": lambda: tagged.read_medline(path, stream),
        "tei": lambda: tei.read_tei(path, stream),
        "pages": lambda: text.read_pages(path, stream),
        "txt": lambda: text.read_text(path, stream),
    }
    try:
        for item in readers[fmt]():
            yield from _overlong(path, stream)
            yield item
        yield from _overlong(path, stream)
    except DAMAGED as err:  # the papers before the damage were read; the batch goes on
        yield ReadProblem(path, stream.where(), _unreadable(err, packed))
    except RecordTooLarge:
        yield ReadProblem(path, None, f"the file is read whole and is over the record limit of {limit:,} "
                                      "characters (--max-record-mb)")


def _overlong(path: str, stream) -> Iterator[ReadProblem]:
    """The lines the stream skipped for being over the record limit since it was last asked."""
    while stream.overlong:
        line = stream.overlong.pop(0)
        yield ReadProblem(path, line, f"line longer than the record limit of {stream.limit:,} characters "
                                      "(--max-record-mb): skipped")


def expand(paths: Iterable[str]) -> list[str]:
    """Inputs with each directory replaced by the files under it, in name order (hidden ones skipped):
    a corpus dump is a tree of part files (OpenAlex: data/works/updated_date=.../part_000.gz)."""
    out: list[str] = []
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            out.append(path)
            continue
        found = []
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [os.path.join(root, f) for f in sorted(files) if not f.startswith(".")]
        out += found or [path]  # an empty directory is reported, not skipped
    return out


def _unreadable(err: Exception, packed: str | None) -> str:
    if packed and getattr(err, "errno", None) is None:  # not the system's error (missing file, no permission)
        return f"damaged {packed} data ({err})"
    return f"cannot read file: {getattr(err, 'strerror', None) or err}"


def _open(path: str, packed: str | None, opened):
    """The input as text; `opened(raw)` is told the binary file beneath (not for standard input)."""
    text = {"encoding": "utf-8-sig", "errors": "surrogateescape", "newline": ""}
    if path == "-":
        text["encoding"] = "utf-8"
        raw = sys.stdin.buffer
        if packed is None and hasattr(raw, "peek"):  # piped in compressed: 'zcat -f' is not needed
            packed = _sniff(raw.peek(10)[:10])
        if packed:
            return io.TextIOWrapper(_OPENERS[packed](raw, "rb"), **text)
        return io.TextIOWrapper(raw, **text)
    raw = open(path, "rb")
    opened(raw)
    return io.TextIOWrapper(_OPENERS[packed](raw, "rb") if packed else raw, **text)


class _Rewound(io.TextIOBase):
    """A text stream whose first characters were read for sniffing and are served again."""

    def __init__(self, head: str, rest, limit: int = RECORD_LIMIT):
        self._head, self._rest = head, rest
        self.limit = limit
        self.overlong: list[int] = []  # lines skipped for being longer than the limit, not yet reported
        self.lines = 0  # lines served whole by readline(): where a reader stood when the stream failed
        self.by_lines = True  # False once a reader takes blocks: then no line is known

    def where(self) -> int | None:
        """The line a reader was at, when it reads line by line."""
        return self.lines + 1 if self.by_lines else None

    def read(self, size: int = -1) -> str:
        self.by_lines = False
        if size is None or size < 0:  # a reader that takes the whole file: at most the limit
            out, self._head = self._head + self._rest.read(max(0, self.limit + 1 - len(self._head))), ""
            if len(out) > self.limit:
                raise RecordTooLarge
            return out
        if self._head:
            out, self._head = self._head[:size], self._head[size:]
            return out
        return self._rest.read(size)

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size: int = -1) -> str:
        line = self._readline()
        if len(line) > self.limit:  # over the limit: skipped to its end, reported, read as a blank line
            while line and not line.endswith("\n"):
                line = self._rest.readline(self.limit)
            self.overlong.append(self.lines + 1)
            line = "\n" if line else ""
        if line.endswith("\n"):
            self.lines += 1
        return line

    def _readline(self) -> str:
        """The next line, or its first limit + 1 characters when it is longer."""
        if self._head:
            cut = self._head.find("\n")
            if cut >= 0:
                out, self._head = self._head[:cut + 1], self._head[cut + 1:]
                return out
            out, self._head = self._head, ""
            return out + self._rest.readline(max(1, self.limit + 1 - len(out)))
        return self._rest.readline(self.limit + 1)

    def close(self) -> None:
        self._rest.close()


class Intake:
    """Reads many inputs as one stream of unique papers, counting what it saw: files, records,
    duplicates merged (the same paper_id again: its n_seen grows), and problems with their reasons.

    keep_papers=False (a streamed run) remembers only digests of the ids; what a later copy of a paper
    adds (n_seen, metadata the first copy lacked) is collected in `repeats` for the papers table."""

    def __init__(self, paths: Iterable[str], fmt: str | None = None, cols: Columns = Columns(), on_problem=None,
                 keep_papers: bool = True, keep_repeats: bool = True, limit: int = RECORD_LIMIT):
        self.paths = expand(paths)
        self.limit = limit
        self.keep_papers = keep_papers
        self.fmt, self.cols = fmt, cols
        self.problems: list[ReadProblem] = []
        self.records = 0
        self.duplicates = 0
        self.notes = 0  # Issues that lost nothing: merged duplicates and renamed ids
        self._noted: set[int] = set()  # those Issues, and extraction failures (the paper is kept)
        self.on_problem = on_problem
        self.keep_repeats = keep_repeats  # False: a run without a papers table needs no more than the count
        self.repeats: dict[str, dict] = {}  # keep_papers=False: paper_id -> {"n_seen": copies after the first, ...}
        self._seen: dict[str, dict] = {}
        self._ids = SeenIds()
        self._contents = SeenIds()  # digests of id + normalized title, id + normalized abstract
        self._done_bytes, self._raw = 0, None

    def size(self) -> int | None:
        """Bytes of all inputs (None when one is not a regular file: standard input)."""
        sizes = [os.path.getsize(p) if os.path.isfile(p) else None for p in self.paths]
        return None if None in sizes else sum(sizes)

    def position(self) -> int:
        """Bytes read so far, of all inputs (compressed bytes of a compressed one)."""
        raw = self._raw
        return self._done_bytes + (raw.tell() if raw is not None and not raw.closed else 0)

    def _opened(self, raw) -> None:
        self._raw = raw

    def papers(self) -> Iterator[dict]:
        for path in self.paths:
            yield from self._papers_of(path)
            self._raw = None
            if os.path.isfile(path):
                self._done_bytes += os.path.getsize(path)

    def _papers_of(self, path: str) -> Iterator[dict]:
        for item in read(path, self.fmt, self.cols, opened=self._opened, limit=self.limit):
            if isinstance(item, ReadProblem):
                self._problem(item)
                continue
            self.records += 1
            first = self._same_paper(item)
            if first is not None:
                self.duplicates += 1
                self._note(item, f"duplicate of paper {item['id']!r}"  # counted in the summary line
                                 + (f" (first read at {first})" if isinstance(first, str) else "") + ": merged",
                           say=False)
                continue
            item["n_seen"] = 1
            yield item

    def _same_paper(self, item: dict):
        """The first copy's source (or True when only its digest is kept) if this record is a paper read
        before: the same id and the same title or abstract. A different paper under a used id is kept
        under a derived id ('<id>~<file>:<line>') with an Issue that says so; None for a new paper."""
        pid = item["id"]
        used = pid in self._seen if self.keep_papers else pid in self._ids
        keys = _content_keys(item) if used or not self.keep_papers else []
        if used and self._matches(pid, keys):
            self._merge(item)
            return self._seen[pid].get("source") if self.keep_papers else True
        if used:
            item["id"] = self._derived_id(item)
            self._note(item, f"id {pid!r} is already used by a different paper: kept as {item['id']!r}")
            keys = _content_keys(item)
        self._remember(item, keys)
        return None

    def _matches(self, pid: str, keys: list[str]) -> bool:
        if self.keep_papers:
            return bool(set(keys) & set(_content_keys(self._seen[pid])))
        return any(k in self._contents for k in keys)

    def _remember(self, item: dict, keys: list[str]) -> None:
        if self.keep_papers:
            self._seen[item["id"]] = item  # its keys are made again only if its id comes again
        else:
            self._ids.add(item["id"])
            for k in keys:
                self._contents.add(k)

    def _derived_id(self, item: dict) -> str:
        """'<id>~<file>:<line>': stable across runs of the same inputs."""
        file, _, line = (item.get("source") or "").rpartition(":")
        base = f"{item['id']}~{os.path.basename(file) or 'input'}:{line or self.records}"
        pid, n = base, 1
        while (pid in self._seen) if self.keep_papers else (pid in self._ids):
            n += 1
            pid = f"{base}~{n}"
        return pid

    def _merge(self, item: dict) -> None:
        """The first copy (or `repeats`, when papers are not kept) learns of a later one."""
        if not self.keep_papers:
            if self.keep_repeats:
                first = self.repeats.setdefault(item["id"], {"n_seen": 0})
                first["n_seen"] += 1
                for key, value in item.items():
                    if key not in ("abstract", "id", "source") and value is not None:
                        first.setdefault(key, value)  # applied where the first copy has nothing
            return
        first = self._seen[item["id"]]
        first["n_seen"] += 1
        for key, value in item.items():  # a later copy may carry what the first lacked
            if key != "abstract" and first.get(key) is None and value is not None:
                first[key] = value

    def _note(self, item: dict, reason: str, say: bool = True) -> None:
        """An Issue row that lost nothing (a renamed id, a merged duplicate); said on stderr when `say`."""
        file, _, line = (item.get("source") or "").rpartition(":")
        self.notes += 1
        note = ReadProblem(file or item.get("source") or "", int(line) if line.isdigit() else None, reason)
        self._noted.add(id(note))
        self.problems.append(note)
        if say and self.on_problem:
            self.on_problem(note)

    def _problem(self, problem: ReadProblem) -> None:
        self.problems.append(problem)
        if self.on_problem:
            self.on_problem(problem)

    def report(self, source: str, reason: str) -> None:
        """A problem found after reading (the extractor failed on a paper): listed with the read problems."""
        file, _, line = source.rpartition(":")
        failure = ReadProblem(file or source, int(line) if line.isdigit() else None, reason)
        self._noted.add(id(failure))  # the paper is kept (with no claims): not a skipped record
        self._problem(failure)

    def summary(self) -> str:
        skipped = [p for p in self.problems if id(p) not in self._noted]
        why = Counter(p.reason.split(" (")[0].split(":")[0] for p in skipped)
        reasons = ", ".join(f"{n} {r}" for r, n in why.most_common())
        renamed = self.notes - self.duplicates
        return (f"{len(self.paths)} files, {self.records} records read, {self.records - self.duplicates} papers, "
                f"{self.duplicates} duplicates merged, " + (f"{renamed} clashing ids renamed, " if renamed else "")
                + f"{len(skipped)} skipped" + (f" ({reasons})" if reasons else ""))


def _content_keys(item: dict) -> list[str]:
    """What makes two records under one id the same paper: their normalized title or abstract."""
    keys = [f"{item['id']}\0a\0{' '.join(str(item.get('abstract') or '').lower().split())}"]
    if item.get("title"):
        keys.append(f"{item['id']}\0t\0{title_key(item['title'])}")
    return keys
