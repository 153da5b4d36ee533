"""What every reader shares: the paper record, read problems, and paper identity."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Iterator, Union

ARXIV_ID = re.compile(r"(?:arxiv\.org/(?:abs|pdf)/|arXiv:)?(?P<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?",
                      re.IGNORECASE)
DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:)?(?P<doi>10\.\d{4,9}/\S+)", re.IGNORECASE)


@dataclass(frozen=True)
class ReadProblem:
    """A record (or a whole file) that could not be read, and why."""
    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "reason": self.reason}


@dataclass(frozen=True)
class Columns:
    """Names of the id, title and abstract columns in tabular inputs."""
    id: str = "id"
    title: str = "title"
    text: str = "abstract"


Item = Union[dict, ReadProblem]
Items = Iterator[Item]


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def bad_bytes(text: str) -> bool:
    """True when text read with errors='surrogateescape' held bytes that are not UTF-8."""
    return not text.isascii() and _ESCAPED_BYTE.search(text) is not None


def title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.lower()).split())


def paper_id_for(title: str | None, abstract: str) -> str:
    """A stable id for a paper without one: a hash of its normalized title (or abstract)."""
    basis = title_key(title) if title and title.strip() else " ".join(abstract.lower().split())
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


def arxiv_id(*candidates) -> str | None:
    for c in candidates:
        if isinstance(c, str) and c:
            m = ARXIV_ID.search(c)
            if m and ("arxiv" in c.lower() or re.fullmatch(r"\s*(?:arXiv:)?\d{4}\.\d{4,5}(v\d+)?\s*", c)):
                return m.group("id")
    return None


def doi_of(*candidates) -> str | None:
    for c in candidates:
        if isinstance(c, str) and c:
            m = DOI.search(c.strip())
            if m:
                return m.group("doi").rstrip(".,;").lower()
    return None


def make_paper(source: str, abstract, title=None, pid=None, arxiv=None, doi=None, date=None, authors=None,
               venue=None, url=None) -> Item:
    """A paper record, or the problem that keeps it from being one. Identity: the source's own id,
    else its arXiv id, else its DOI, else a hash of its normalized title."""
    file, _, line = source.rpartition(":")
    if not isinstance(abstract, str) or not abstract.strip():
        return ReadProblem(file or source, int(line) if line.isdigit() else None, "no abstract text")
    if bad_bytes(abstract + (title or "")):
        return ReadProblem(file or source, int(line) if line.isdigit() else None, "not valid UTF-8")
    title = _clean(title)
    pid = _clean(pid) or (f"arXiv:{arxiv}" if arxiv else None) or (f"doi:{doi}" if doi else None) \
        or paper_id_for(title, abstract)
    if url is None and arxiv:
        url = f"https://arxiv.org/abs/{arxiv}"
    elif url is None and doi:
        url = f"https://doi.org/{doi}"
    return {"id": pid, "title": title, "abstract": abstract, "date": _clean(date), "authors": authors,
            "venue": _clean(venue), "url": _clean(url), "source": source}


def _clean(value):
    if value is None or isinstance(value, float) and value != value:
        return None
    text = str(value).strip()
    return text or None
