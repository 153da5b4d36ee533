"""The arXiv API's Atom XML, parsed entry by entry (a truncated file yields the entries before the break)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import deque

from claimtab.readers.base import Items, ReadProblem, bad_bytes, arxiv_id, doi_of, make_paper

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
ENTRY_OPEN = re.compile(r"<(?:[\w.-]+:)?entry[\s>]")  # '<entry>', '<atom:entry xmlns...>'



def read_atom(path: str, stream) -> Items:
    parser = ET.XMLPullParser(events=("end",))
    starts: deque[int] = deque()  # the line each <entry> opens on, in order: a finished entry's source
    line = 0
    try:
        for chunk in stream:
            line += 1
            if bad_bytes(chunk):
                yield ReadProblem(path, line, "not valid UTF-8")
                return
            starts.extend([line] * len(ENTRY_OPEN.findall(chunk)))
            line += chunk.count("\n") - (1 if chunk.endswith("\n") else 0)
            parser.feed(chunk)
            yield from _entries(path, parser, starts)
        parser.close()
        yield from _entries(path, parser, starts)
    except ET.ParseError as err:
        where = err.position[0] if getattr(err, "position", None) else line
        yield ReadProblem(path, where, f"malformed XML ({err})")


def _entries(path: str, parser, starts: deque[int]) -> Items:
    for _event, elem in parser.read_events():
        if elem.tag != f"{ATOM}entry":
            continue
        line = starts.popleft() if starts else None
        text = lambda tag: " ".join((elem.findtext(tag) or "").split()) or None  # noqa: E731
        entry_id = elem.findtext(f"{ATOM}id") or ""
        links = [ln.get("href") for ln in elem.findall(f"{ATOM}link") if ln.get("href")]
        authors = [a.findtext(f"{ATOM}name") for a in elem.findall(f"{ATOM}author")]
        summary = elem.findtext(f"{ATOM}summary")
        yield make_paper(f"{path}:{line}" if line else path, summary.strip() if summary else None,
                         title=text(f"{ATOM}title"), arxiv=arxiv_id(entry_id, *links),
                         doi=doi_of(elem.findtext(f"{ARXIV}doi")), date=text(f"{ATOM}published"),
                         authors=[a for a in authors if a], venue=text(f"{ARXIV}journal_ref"), url=entry_id or None)
        elem.clear()
