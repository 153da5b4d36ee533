"""PDFs (a folder of arXiv preprints, Zotero's storage): title and abstract of the first pages, read with
pdfminer.six's layout analysis (columns are read in order). The abstract runs from its 'Abstract' heading
(also 'ABSTRACT', small capitals, 'Abstract—...' run in) to the first section heading; words hyphenated
at a line end are joined and ligatures (ﬁ, ﬂ) spelled out; the arXiv id or DOI printed on the page is the
id. A scan without text, an encrypted or broken file, or one without an abstract is reported by name."""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimtab.readers.base import Columns, Items, ReadProblem, arxiv_id, doi_of, make_paper

PAGES = 2  # the abstract is on the first page, sometimes running onto the second
# letters further apart than this many character widths start a new text line: justified text spreads words
# wide (pdfminer's default, 2.0, split lines of justified abstracts), two columns stand ~5 widths apart
CHAR_MARGIN = 4.0
ABSTRACT = re.compile(r"^\s*(?:a\s?b\s?s\s?t\s?r\s?a\s?c\s?t)\b\s*[.:—–-]*\s*(?P<rest>.*)$", re.IGNORECASE)
SECTION = re.compile(
    r"^\s*(?:(?:\d+|[IVX]+)\.?\s+)?(?:introduction|background|related work|keywords|key words|index terms|"
    r"ccs concepts|acm reference format|categories and subject descriptors)\b", re.IGNORECASE)
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
ARXIV_STAMP = re.compile(r"arXiv:\s?(\d{4}\.\d{4,5})(?:v\d+)?")
SIDEWAYS_STAMP = re.compile(r"(?i)(?=[arxiv]{5})(?=.{0,4}x)[arxiv]{5}:(\d{4}\.\d{4,5})")


@dataclass
class Line:
    text: str
    size: float  # the mean font size of its characters
    page: int


def read_pdf(path: str, cols: Columns = Columns()) -> Items:
    try:
        lines = _lines(path)
    except ImportError:
        yield ReadProblem(path, None, "reading PDFs needs pdfminer.six: pip install pdfminer.six")
        return
    except Exception as err:  # noqa: BLE001 - pdfminer raises many types for broken, encrypted or odd files
        yield ReadProblem(path, None, _why(err))
        return
    if not any(ln.text.strip() for ln in lines):
        yield ReadProblem(path, None, "no text layer (a scanned PDF?): run it through OCR or GROBID first")
        return
    abstract = _abstract(lines)
    if not abstract:
        yield ReadProblem(path, None, "no abstract found (no 'Abstract' heading on the first pages)")
        return
    first_page = "\n".join(ln.text for ln in lines if ln.page == 0)
    stamp = ARXIV_STAMP.search(first_page) or _sideways_stamp(lines)
    yield make_paper(f"{path}:1", abstract, title=_title(lines),
                     arxiv=arxiv_id(f"arXiv:{stamp.group(1)}") if stamp else None, doi=doi_of(first_page))


def _sideways_stamp(lines: list[Line]):
    """arXiv's identifier stamp runs up the left margin: read as a run of one-letter lines (bottom up)."""
    letters = "".join(ln.text.strip() for ln in lines if ln.page == 0 and len(ln.text.strip()) == 1)
    # letters of one height may come in either order ('iarXv'): the five letters of 'arXiv', then the id
    return SIDEWAYS_STAMP.search(letters) or SIDEWAYS_STAMP.search(letters[::-1])


def _why(err: Exception) -> str:
    name = type(err).__name__
    if "Encrypt" in name or "Password" in name:
        return "an encrypted PDF: claimtab cannot read it"
    return f"not a readable PDF ({name}: {err})" if str(err) else f"not a readable PDF ({name})"


def _lines(path: str) -> list[Line]:
    """The text lines of the first pages in reading order, with their font sizes."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine

    found: list[Line] = []
    for page_no, page in enumerate(extract_pages(path, maxpages=PAGES, laparams=LAParams(char_margin=CHAR_MARGIN))):
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                if not isinstance(line, LTTextLine):
                    continue
                sizes = [ch.size for ch in line if isinstance(ch, LTChar)]
                found.append(Line(line.get_text().rstrip("\n").translate(LIGATURES),
                                  sum(sizes) / len(sizes) if sizes else 0.0, page_no))
    return found


def _title(lines: list[Line]) -> str | None:
    """The lines set in the largest type near the top of the first page."""
    top = [ln for ln in lines[:20] if ln.page == 0 and ln.text.strip() and not ARXIV_STAMP.search(ln.text)]
    if not top:
        return None
    biggest = max(ln.size for ln in top)
    title = [ln.text.strip() for ln in top if ln.size >= biggest - 0.5]
    return " ".join(title) or None


def _abstract(lines: list[Line]) -> str | None:
    """The text from the 'Abstract' heading to the first section heading."""
    start = next((n for n, ln in enumerate(lines) if ABSTRACT.match(ln.text)), None)
    if start is None:
        return None
    body = [ABSTRACT.match(lines[start].text).group("rest")]
    for ln in lines[start + 1:]:
        if SECTION.match(ln.text):
            break
        if len(ln.text.strip()) > 1:  # not a letter of the sideways arXiv stamp
            body.append(ln.text)
    return _join([b for b in body if b.strip()]) or None


def _join(lines: list[str]) -> str:
    """One paragraph from layout lines: a word hyphenated at a line end is joined ('repre-' + 'sentation')."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if out.endswith("-") and line[:1].islower() and len(out) > 1 and out[-2].isalpha():
            out = out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return " ".join(out.split())
