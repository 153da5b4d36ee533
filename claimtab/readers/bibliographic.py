"""Reference-manager exports: BibTeX (Zotero, Mendeley, Google Scholar) through bibtexparser with LaTeX
decoded by pylatexenc, and RIS through rispy. A broken entry is reported with its line; the rest is read."""
from __future__ import annotations

import re

from claimtab.readers.base import Items, ReadProblem, bad_bytes, arxiv_id, doi_of, make_paper


def read_bibtex(path: str, stream) -> Items:
    import logging

    import bibtexparser
    from bibtexparser import middlewares

    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)  # failures are reported as ReadProblems
    text = stream.read()
    if bad_bytes(text):
        yield ReadProblem(path, None, "not valid UTF-8")
        return
    library = bibtexparser.parse_string(text, append_middleware=[
        middlewares.LatexDecodingMiddleware(), middlewares.SeparateCoAuthors()])
    for block in library.failed_blocks:
        yield ReadProblem(path, block.start_line + 1, f"broken BibTeX entry ({_first_line(block.raw)})")
    for entry in library.entries:
        fields = {k.lower(): f.value for k, f in entry.fields_dict.items()}
        source = f"{path}:{entry.start_line + 1}"
        archive = str(fields.get("archiveprefix", "")).lower()
        eprint = fields.get("eprint")
        arxiv = arxiv_id(f"arXiv:{eprint}" if eprint and (archive == "arxiv" or re.match(r"\d{4}\.\d", str(eprint)))
                         else None, fields.get("url"), fields.get("journal"))
        authors = fields.get("author")
        yield make_paper(source, _flat(fields.get("abstract")), title=_flat(fields.get("title")), arxiv=arxiv,
                         doi=doi_of(fields.get("doi")), date=fields.get("date") or fields.get("year"),
                         authors=authors if isinstance(authors, list) else None,
                         venue=_flat(fields.get("journal") or fields.get("booktitle")), url=fields.get("url"))


def _flat(value):
    """Field text without the braces that protect capitals ('{BERT}') and with one space between words."""
    if not isinstance(value, str):
        return value
    return " ".join(value.replace("{", "").replace("}", "").split())


def _first_line(raw: str) -> str:
    return raw.strip().splitlines()[0][:60] if raw.strip() else "empty"


def read_ris(path: str, stream) -> Items:
    """Each record up to its 'ER  -' line is parsed on its own, so one bad record does not hide others."""
    import rispy

    record, start = [], None
    for n, line in enumerate(stream, 1):
        if bad_bytes(line):
            yield ReadProblem(path, n, "not valid UTF-8")
            record, start = [], None
            continue
        if not line.strip():
            continue
        if start is None:
            start = n
        record.append(line)
        if line.startswith("ER  -"):
            yield _ris_record(path, start, "".join(record), rispy)
            record, start = [], None
    if record:
        yield ReadProblem(path, start, "RIS record without its closing 'ER  -' line")


def _ris_record(path: str, start: int, text: str, rispy):
    try:
        entries = rispy.loads(text)
    except Exception as err:  # rispy raises IOError / ValueError subclasses on bad tags
        return ReadProblem(path, start, f"malformed RIS record ({err})")
    if not entries:
        return ReadProblem(path, start, "empty RIS record")
    e = entries[0]
    urls = e.get("urls") or []
    return make_paper(f"{path}:{start}", e.get("abstract") or e.get("notes_abstract"),
                      title=e.get("title") or e.get("primary_title"),
                      arxiv=arxiv_id(*urls), doi=doi_of(e.get("doi")),
                      date=e.get("date") or e.get("year") or e.get("publication_year"),
                      authors=e.get("authors") or e.get("first_authors"),
                      venue=e.get("journal_name") or e.get("secondary_title") or e.get("alternate_title3"),
                      url=urls[0] if urls else None)
