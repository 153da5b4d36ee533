"""Plain text (one abstract per blank-line-separated paragraph) and the daily-papers page text
format (title line, abstract paragraph, optional 'N authors' and date lines, page headers)."""
from __future__ import annotations

import re
from typing import Iterator

from claimtab import rules
from claimtab.readers.base import Items, ReadProblem, bad_bytes, make_paper

DATE_LINE = re.compile(r"^(?:Published on )?[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?(?: \d+)?$")
AUTHORS_LINE = re.compile(r"^\s*[•·]?\s*(\d+) authors?\s*$")
ABSTRACT_MIN = 200


def paragraphs(stream) -> Iterator[tuple[int, list[str]]]:
    """(first line number, lines) of each blank-line-separated paragraph, one at a time."""
    para, first = [], 0
    for n, line in enumerate(stream, 1):
        line = line.rstrip("\r\n")
        if line.strip():
            if not para:
                first = n
            para.append(line)
        elif para:
            yield first, para
            para = []
    if para:
        yield first, para


def read_text(path: str, stream) -> Items:
    for first, para in paragraphs(stream):
        text = "\n".join(para)
        if bad_bytes(text):
            yield ReadProblem(path, first, "not valid UTF-8")
            continue
        yield make_paper(f"{path}:{first}", text)


def looks_like_pages(head: str) -> bool:
    lines = {ln.strip() for ln in head.splitlines()}
    return bool(lines & rules.page_headers()) or any(AUTHORS_LINE.match(ln) for ln in lines)


def read_pages(path: str, stream) -> Items:
    """Papers of daily-papers pages: a title paragraph, then its abstract paragraph (kept exactly as
    on the page), then optional author-count and date lines. Page chrome is skipped."""
    headers = rules.page_headers()
    pending = None  # (line, title) waiting for its abstract
    last = None     # the paper whose metadata lines may follow
    for first, para in paragraphs(stream):
        text = "\n".join(para)
        if bad_bytes(text):
            yield ReadProblem(path, first, "not valid UTF-8")
            pending = None
            continue
        if _is_meta(para, headers):
            if last is not None:
                _take_meta(last, para)
            continue
        if pending is not None and _is_abstract(para):
            last = make_paper(f"{path}:{pending[0]}", text, title=pending[1])
            if isinstance(last, dict):
                last["abstract_line"] = first
            yield last
            pending = None
            continue
        if pending is not None:
            yield ReadProblem(path, pending[0], f"title without an abstract: {pending[1][:60]!r}")
        pending = (first, " ".join(p.strip() for p in para))
        last = None
    if pending is not None:
        yield ReadProblem(path, pending[0], f"title without an abstract: {pending[1][:60]!r}")


def _is_meta(para: list[str], headers: frozenset[str]) -> bool:
    return all(ln.strip() in headers or DATE_LINE.match(ln.strip()) or AUTHORS_LINE.match(ln)
               or ln.strip() in ("·", "•") for ln in para)


def _is_abstract(para: list[str]) -> bool:
    """An abstract is long prose; a title is one short line that does not end like a sentence."""
    text = " ".join(para).strip()
    return len(text) >= ABSTRACT_MIN or len(para) > 1 or len(text) >= 100 and text.endswith((".", ")", "]"))


def _take_meta(paper, para: list[str]) -> None:
    if not isinstance(paper, dict):
        return
    for ln in para:
        m = AUTHORS_LINE.match(ln)
        if m:
            paper["authors"] = int(m.group(1))
        elif DATE_LINE.match(ln.strip()):
            paper["date"] = ln.strip()
