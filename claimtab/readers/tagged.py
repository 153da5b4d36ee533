"""Tagged bibliographic records: Web of Science plain text ('FN', 'PT J', 'TI ...', 'ER') and
PubMed/MEDLINE ('.nbib'; 'PMID- ', 'TI  - ', 'AB  - '). A record's fields are read line by line (a
continuation line is indented); its source is the line it starts on."""
from __future__ import annotations

import re
from typing import Iterator

from claimtab.readers.base import Items, ReadProblem, bad_bytes, doi_of, make_paper

WOS_TAG = re.compile(r"^([A-Z][A-Z0-9]) (.*)$")
MEDLINE_TAG = re.compile(r"^([A-Z][A-Z0-9 ]{1,3})- (.*)$")
MULTI = {"AU", "AF", "FAU", "AID", "LID"}  # one value a line


def looks_like_wos(head: str) -> bool:
    first = head.lstrip("\ufeff").split("\n", 1)[0].strip()
    return first.startswith("FN ") or first in ("PT J", "PT B", "PT S", "PT P")


def looks_like_medline(head: str) -> bool:
    return re.search(r"^PMID- ?\d", head.lstrip("\ufeff"), re.MULTILINE) is not None


def _records(stream, tag_re: re.Pattern, indent: int, ends: Iterator) -> Iterator[tuple[int, dict]]:
    """(first line, {tag: [values]}) of each record; `ends(tag, line)` says a record is over."""
    fields: dict[str, list[str]] = {}
    first, last = 0, None
    for n, raw in enumerate(stream, 1):
        line = raw.rstrip("\r\n")
        if bad_bytes(line):
            yield n, {"_bad": ["not valid UTF-8"]}
            continue
        m = tag_re.match(line)
        if m and ends(m.group(1).strip(), line) and fields:
            yield first, fields
            fields, last = {}, None
        if not line.strip():
            if fields and tag_re is MEDLINE_TAG:
                yield first, fields
                fields, last = {}, None
            continue
        if m:
            tag = m.group(1).strip()
            if tag in ("ER", "EF", "FN", "VR"):
                if tag == "ER" and fields:
                    yield first, fields
                    fields = {}
                last = None
                continue
            if not fields:
                first = n
            fields.setdefault(tag, []).append(m.group(2).strip())
            last = tag
        elif last and line[:indent].strip() == "":
            sep = "\n" if last in MULTI else " "
            if last in MULTI:
                fields[last].append(line.strip())
            else:
                fields[last][-1] += sep + line.strip()
    if fields:
        yield first, fields


def _tagged(path: str, stream, tag_re: re.Pattern, indent: int, opener: str, paper) -> Items:
    """`paper(source, one, fields)` of each record (one(tag): its first value), a problem for an
    unreadable one."""
    for first, f in _records(stream, tag_re, indent, lambda tag, line: tag == opener):
        if "_bad" in f:
            yield ReadProblem(path, first, f["_bad"][0])
        else:
            yield paper(f"{path}:{first}", lambda tag, f=f: (f.get(tag) or [None])[0], f)


def read_wos(path: str, stream) -> Items:
    return _tagged(path, stream, WOS_TAG, 3, "PT", _wos_paper)


def read_medline(path: str, stream) -> Items:
    return _tagged(path, stream, MEDLINE_TAG, 6, "PMID", _medline_paper)


def _wos_paper(source: str, one, f: dict):
    """The id: the DOI, else the PMID, else the Web of Science accession number."""
    pmid = one("PM")
    pid = None if one("DI") else (f"PMID:{pmid}" if pmid else one("UT"))
    return make_paper(source, one("AB"), title=one("TI"), pid=pid, doi=doi_of(one("DI")), date=one("PY"),
                      authors=f.get("AF") or f.get("AU"), venue=one("SO"))


def _medline_paper(source: str, one, f: dict):
    doi = next((v.split()[0] for v in f.get("LID", []) + f.get("AID", []) if v.endswith("[doi]")), None)
    pmid = one("PMID")
    return make_paper(source, one("AB"), title=one("TI"), pid=f"PMID:{pmid}" if pmid else None, doi=doi_of(doi),
                      date=one("DP"), authors=f.get("FAU") or f.get("AU"), venue=one("JT") or one("TA"),
                      url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else None)
