"""GROBID's TEI XML (`*.tei.xml`, from a GROBID server the user runs on PDFs): title, abstract, DOI,
arXiv id, authors, date and venue from the TEI header."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from claimtab.readers.base import Items, ReadProblem, arxiv_id, bad_bytes, doi_of, make_paper

TEI = "{http://www.tei-c.org/ns/1.0}"


def read_tei(path: str, stream) -> Items:
    text = stream.read()
    if bad_bytes(text):
        yield ReadProblem(path, None, "not valid UTF-8")
        return
    try:
        root = ET.fromstring(text)
    except ET.ParseError as err:
        yield ReadProblem(path, err.position[0] if getattr(err, "position", None) else None, f"malformed XML ({err})")
        return
    header = root.find(f"{TEI}teiHeader")
    if header is None:
        yield ReadProblem(path, None, "no TEI header")
        return
    abstract = header.find(f".//{TEI}profileDesc/{TEI}abstract")
    paragraphs = ["".join(p.itertext()).strip() for p in abstract.iter(f"{TEI}p")] if abstract is not None else []
    if abstract is not None and not paragraphs:
        paragraphs = ["".join(abstract.itertext()).strip()]
    bibl = header.find(f".//{TEI}sourceDesc/{TEI}biblStruct")
    idno = {(i.get("type") or "").lower(): (i.text or "").strip() for i in header.iter(f"{TEI}idno")}
    authors = []
    for pers in (bibl.iter(f"{TEI}persName") if bibl is not None else []):
        names = [pers.findtext(f"{TEI}forename") or "", pers.findtext(f"{TEI}surname") or ""]
        name = " ".join(n.strip() for n in names if n and n.strip())
        if name:
            authors.append(name)
    date = header.find(f".//{TEI}publicationStmt/{TEI}date")
    if date is None and bibl is not None:
        date = bibl.find(f".//{TEI}imprint/{TEI}date")
    yield make_paper(f"{path}:1", "\n".join(p for p in paragraphs if p) or None,
                     title=" ".join((header.findtext(f".//{TEI}titleStmt/{TEI}title") or "").split()) or None,
                     arxiv=arxiv_id(f"arXiv:{idno['arxiv']}" if idno.get("arxiv") else None),
                     doi=doi_of(idno.get("doi")),
                     date=(date.get("when") or (date.text or "").strip() or None) if date is not None else None,
                     authors=authors or None,
                     venue=" ".join((bibl.findtext(f".//{TEI}monogr/{TEI}title") or "").split()) or None
                     if bibl is not None else None)
