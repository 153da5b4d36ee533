"""JSON lines, JSON arrays, CSV/TSV, Parquet and Excel tables of papers (id, title, abstract columns),
including the JSON of the OpenAlex and Semantic Scholar APIs."""
from __future__ import annotations

import csv
import json
import re

from claimtab import rules
from claimtab.readers.base import Columns, Items, ReadProblem, arxiv_id, bad_bytes, doi_of, make_paper


def from_record(rec, source: str, cols: Columns) -> dict | ReadProblem:
    """A paper from one JSON object or table row, whatever API shaped it."""
    file, _, line = source.rpartition(":")
    if not isinstance(rec, dict):
        return ReadProblem(file, int(line) if line.isdigit() else None, "record is not an object")
    if "abstract_inverted_index" in rec or str(rec.get("id", "")).startswith("https://openalex.org/"):
        return _openalex(rec, source)
    if "paperId" in rec or "externalIds" in rec:
        return _semantic_scholar(rec, source)
    if _is_csl(rec):
        return _csl(rec, source)
    text = rec.get(cols.text)
    if not isinstance(text, str) or not text.strip():
        return ReadProblem(file, int(line) if line.isdigit() else None, f"no '{cols.text}' text in record")
    ids = {k.lower(): v for k, v in rec.items() if isinstance(k, str)}
    return make_paper(source, rec.get(cols.text), title=rec.get(cols.title), pid=rec.get(cols.id),
                      arxiv=arxiv_id(ids.get("arxiv_id"), ids.get("arxiv")), doi=doi_of(ids.get("doi")),
                      date=ids.get("date") or ids.get("year") or ids.get("published"),
                      authors=ids.get("authors"), venue=ids.get("venue") or ids.get("journal"),
                      url=ids.get("url"))


def _openalex(rec: dict, source: str):
    """OpenAlex work: the abstract comes as an inverted index (word -> positions)."""
    inverted = rec.get("abstract_inverted_index") or {}
    words = sorted((pos, word) for word, positions in inverted.items() for pos in positions)
    abstract = " ".join(word for _, word in words)
    ids = rec.get("ids") or {}
    location = rec.get("primary_location") or {}
    venue = (location.get("source") or {}).get("display_name") if isinstance(location, dict) else None
    authors = [((a.get("author") or {}).get("display_name")) for a in rec.get("authorships") or []]
    return make_paper(source, abstract, title=rec.get("title") or rec.get("display_name"),
                      arxiv=arxiv_id(ids.get("arxiv"), (location or {}).get("landing_page_url")),
                      doi=doi_of(rec.get("doi"), ids.get("doi")),
                      date=rec.get("publication_date") or rec.get("publication_year"),
                      authors=[a for a in authors if a], venue=venue,
                      url=(location or {}).get("landing_page_url") or rec.get("id"))


def _is_csl(rec: dict) -> bool:
    """CSL-JSON, as Zotero, Mendeley and pandoc write it: a 'type' and CSL's own field names."""
    return "type" in rec and any(k in rec for k in ("container-title", "issued", "DOI", "URL")) \
        or isinstance(rec.get("author"), list) and any(isinstance(a, dict) and "family" in a for a in rec["author"])


def _csl(rec: dict, source: str):
    """A CSL-JSON item: the DOI (else the arXiv id) is the id, not the reference manager's item URI."""
    doi = doi_of(rec.get("DOI"))
    arxiv = arxiv_id(rec.get("URL"), rec.get("number"), f"arXiv:{doi[len(ARXIV_DOI):]}"
                     if doi and doi.startswith(ARXIV_DOI) else None)
    parts = ((rec.get("issued") or {}).get("date-parts") or [[None]]) if isinstance(rec.get("issued"), dict) else [[None]]
    year = parts[0][0] if parts and parts[0] else None
    authors = [" ".join(str(a.get(k)) for k in ("given", "family") if a.get(k)) or a.get("literal")
               for a in rec.get("author") or [] if isinstance(a, dict)]
    own = rec.get("id")
    return make_paper(source, rec.get("abstract"), title=rec.get("title"),
                      pid=None if doi or arxiv else (str(own) if own not in (None, "") else None),
                      arxiv=arxiv, doi=doi, date=str(year) if year else None,
                      authors=[a for a in authors if a] or None, venue=rec.get("container-title"),
                      url=rec.get("URL"))


def _semantic_scholar(rec: dict, source: str):
    ext = rec.get("externalIds") or {}
    return make_paper(source, rec.get("abstract"), title=rec.get("title"),
                      arxiv=arxiv_id(f"arXiv:{ext['ArXiv']}" if ext.get("ArXiv") else None),
                      doi=doi_of(ext.get("DOI")), date=rec.get("publicationDate") or rec.get("year"),
                      authors=[a.get("name") for a in rec.get("authors") or [] if isinstance(a, dict)],
                      venue=rec.get("venue"), url=rec.get("url"))


def read_jsonl(path: str, stream, cols: Columns) -> Items:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        if bad_bytes(line):
            yield ReadProblem(path, n, "not valid UTF-8")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadProblem(path, n, _malformed(err))
            continue
        except RecursionError:
            yield ReadProblem(path, n, "JSON nested too deeply to read")
            continue
        yield from _records_in(rec, f"{path}:{n}", cols)


def read_json(path: str, stream, cols: Columns) -> Items:
    """A JSON array or an API response ({"results": [...]} of OpenAlex, {"data": [...]} of Semantic Scholar)."""
    text = stream.read()
    if bad_bytes(text):
        yield ReadProblem(path, None, "not valid UTF-8")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield ReadProblem(path, err.lineno, _malformed(err))
        return
    except RecursionError:
        yield ReadProblem(path, None, "JSON nested too deeply to read")
        return
    yield from _records_in(data, path, cols, numbered=True)


def _malformed(err: json.JSONDecodeError) -> str:
    """'malformed JSON (Unterminated string starting at column 9)': the parser's message with its place."""
    msg = err.msg[:-3] if err.msg.endswith(" at") else err.msg
    return f"malformed JSON ({msg} at column {err.colno})"


def _records_in(data, source: str, cols: Columns, numbered: bool = False) -> Items:
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        data = data["results"]
    elif isinstance(data, dict) and isinstance(data.get("data"), list):
        data = data["data"]
    if isinstance(data, list):
        if not data:
            file, _, line = source.rpartition(":")
            yield ReadProblem(file if line.isdigit() else source, int(line) if line.isdigit() else None,
                              "an empty list: no record")
        for n, rec in enumerate(data, 1):
            yield from_record(rec, f"{source}:{n}" if numbered else source, cols)
    else:
        yield from_record(data, source if not numbered else f"{source}:1", cols)


ARXIV_DOI = "10.48550/arxiv."  # arXiv's own DOIs ('10.48550/arXiv.2301.00001'), lowered by doi_of
OPENALEX = "https://openalex.org/"


def _header_key(header) -> str:
    return re.sub(r"[^0-9a-z]", "", str(header).lower())


def table_columns(headers, cols: Columns) -> dict[str, str]:
    """Which of a table's headers holds each field (rules/export_columns.tsv: Scopus, Web of Science,
    Zotero, Semantic Scholar, OpenAlex and PubMed headers, any case and spacing); a column the user named
    (--id-col, --title-col, --text-col) comes first."""
    present = {}
    for h in headers:
        present.setdefault(_header_key(h), h)
    found = {}
    named = {"id": cols.id, "title": cols.title, "abstract": cols.text}
    for field, header in named.items():
        if header in headers:
            found[field] = header
    for field, header in rules.export_columns():
        if field not in found and _header_key(header) in present:
            found[field] = present[_header_key(header)]
    return found


def missing_abstract(headers, cols: Columns) -> str:
    looked = [cols.text] + [h for f, h in rules.export_columns() if f == "abstract" and h != cols.text]
    return (f"no abstract column: looked for {', '.join(repr(h) for h in looked)}, in any case and spacing "
            f"(columns: {', '.join(str(h) for h in headers)}); name it with --text-col")


def from_row(row: dict, source: str, found: dict[str, str]) -> dict | ReadProblem:
    """A paper from one row of a table whose columns `found` names."""
    get = lambda field: _cell(row.get(found[field])) if field in found else None  # noqa: E731
    doi, pmid = doi_of(get("doi")), get("pmid")
    arxiv = arxiv_id(get("arxiv"), f"arXiv:{doi[len(ARXIV_DOI):]}" if doi and doi.startswith(ARXIV_DOI) else None)
    authors = get("authors")
    own, native = get("id"), get("native_id")
    if own and own.startswith(OPENALEX):  # an OpenAlex work URL: the export's own id, after the DOI
        own, native = None, own
    pid = own or (f"PMID:{pmid}" if pmid else None) or (f"arXiv:{arxiv}" if arxiv else None) \
        or (f"doi:{doi}" if doi else None) or native
    return make_paper(source, get("abstract"), title=get("title"), pid=pid, arxiv=arxiv, doi=doi,
                      date=get("year"), venue=get("venue"), url=get("url"),
                      authors=[a.strip() for a in re.split(r";|\|", authors) if a.strip()] if authors else None)


def _cell(value):
    if value is None or isinstance(value, float) and value != value:
        return None
    text = str(value).strip()
    return text or None


def read_delimited(path: str, stream, cols: Columns, delimiter: str) -> Items:
    reader = csv.DictReader(stream, delimiter=delimiter)
    try:
        fields = reader.fieldnames
    except csv.Error as err:
        yield ReadProblem(path, 1, f"malformed header ({err})")
        return
    found = table_columns(fields or [], cols)
    if "abstract" not in found:
        yield ReadProblem(path, 1, missing_abstract(fields or [], cols))
        return
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield ReadProblem(path, reader.line_num, f"malformed row ({err})")
            continue
        if any(isinstance(v, str) and bad_bytes(v) for v in rec.values()):
            yield ReadProblem(path, reader.line_num, "not valid UTF-8")
            continue
        yield from_row(rec, f"{path}:{reader.line_num}", found)


def read_parquet(path: str, cols: Columns) -> Items:
    """Row groups are read batch by batch, so a large file never sits in memory whole."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield ReadProblem(path, None, "reading Parquet needs pyarrow: pip install 'claimtab[parquet]'")
        return
    try:
        pf = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises several types for corrupt files
        yield ReadProblem(path, None, f"not a readable Parquet file ({err})")
        return
    found = table_columns(pf.schema_arrow.names, cols)
    if "abstract" not in found:
        yield ReadProblem(path, None, missing_abstract(pf.schema_arrow.names, cols))
        return
    row = 0
    for batch in pf.iter_batches(batch_size=2048):
        for rec in batch.to_pylist():
            row += 1
            yield from_row(rec, f"{path}:{row}", found)


def read_excel(path: str, cols: Columns) -> Items:
    """The first sheet of a workbook, header in row 1, read in openpyxl's read-only mode."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # zipfile/openpyxl errors for corrupt files
        yield ReadProblem(path, None, f"not a readable Excel file ({err})")
        return
    try:
        rows = wb.worksheets[0].iter_rows(values_only=True)
        header = [str(h) if h is not None else "" for h in next(rows, [])]
        found = table_columns(header, cols)
        if "abstract" not in found:
            yield ReadProblem(path, 1, missing_abstract(header, cols))
            return
        for n, values in enumerate(rows, 2):
            if values is None or all(v is None for v in values):
                continue
            yield from_row(dict(zip(header, values)), f"{path}:{n}", found)
    finally:
        wb.close()
