"""The arXiv API's Atom XML, parsed entry by entry (a truncated file yields the entries before the break)."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from claimtab.readers.base import Items, ReadProblem, bad_bytes, arxiv_id, doi_of, make_paper

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"


def read_atom(path: str, stream) -> Items:
    parser = ET.XMLPullParser(events=("end",))
    line = 1
    try:
        for chunk in stream:
            if bad_bytes(chunk):
                yield ReadProblem(path, line, "not valid UTF-8")
                return
            line += chunk.count("\n")
            parser.feed(chunk)
            yield from _entries(path, parser, line)
        parser.close()
        yield from _entries(path, parser, line)
    except ET.ParseError as err:
        where = err.position[0] if getattr(err, "position", None) else line
        yield ReadProblem(path, where, f"malformed XML ({err})")


def _entries(path: str, parser, line: int) -> Items:
    for _event, elem in parser.read_events():
        if elem.tag != f"{ATOM}entry":
            continue
        text = lambda tag: " ".join((elem.findtext(tag) or "").split()) or None  # noqa: E731
        entry_id = elem.findtext(f"{ATOM}id") or ""
        links = [ln.get("href") for ln in elem.findall(f"{ATOM}link") if ln.get("href")]
        authors = [a.findtext(f"{ATOM}name") for a in elem.findall(f"{ATOM}author")]
        summary = elem.findtext(f"{ATOM}summary")
        yield make_paper(f"{path}:{line}", summary.strip() if summary else None, title=text(f"{ATOM}title"),
                         arxiv=arxiv_id(entry_id, *links), doi=doi_of(elem.findtext(f"{ARXIV}doi")),
                         date=text(f"{ATOM}published"), authors=[a for a in authors if a],
                         venue=text(f"{ARXIV}journal_ref"), url=entry_id or None)
        elem.clear()
