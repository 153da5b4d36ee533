"""The public API: text or records in, claims (and papers) out."""
from __future__ import annotations

import itertools
import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from claimtab import pieces
from claimtab.claim import Claim
from claimtab.extractor import extensions
from claimtab.extractor.pipeline import renewed_nlp
from claimtab.extractor.tokenizer import plain_spaces
from claimtab.extractor.tokens import SOURCE_KEY
from claimtab.readers import COMPRESSED, SUFFIXES, Columns, Intake, paper_id_for

if TYPE_CHECKING:  # pandas is imported when a frame is built, not by the streaming command line
    import pandas as pd


class ReadWarning(UserWarning):
    """A record or file of the input that could not be read ('file:line: reason'); the rest was read."""


def _input_paths(data) -> list[str] | None:
    """The files `data` names: a path, or a list of paths (os.PathLike); a string is a file when one of
    that name exists. A string with no spaces that ends like an input file ('papers.jsonl') but names
    no file is an error, not an abstract of one word."""
    if isinstance(data, os.PathLike):
        return [os.fspath(data)]
    if isinstance(data, (list, tuple)) and data and all(isinstance(d, os.PathLike) for d in data):
        return [os.fspath(d) for d in data]
    if isinstance(data, str) and "\n" not in data and len(data) < 4096:
        if os.path.isfile(data):
            return [data]
        suffixes = [x.lower() for x in Path(data).suffixes[-2:]]
        if not any(c.isspace() for c in data) and any(x in INPUT_SUFFIXES for x in suffixes):
            raise FileNotFoundError(f"no such input file: {data!r} (pass abstracts as text, files as paths)")
    return None


def _papers_from(data, cols: Columns) -> Iterator[dict]:
    """Normalize files, strings, dicts or a DataFrame into paper dicts with id, title, abstract."""
    paths = _input_paths(data)
    if paths is not None:
        intake = Intake(paths, cols=cols, on_problem=lambda p: warnings.warn(str(p), ReadWarning))
        yield from intake.papers()
        return
    if isinstance(data, str):
        data = [data]
    pandas = sys.modules.get("pandas")  # a DataFrame can only come from an imported pandas
    if pandas is not None and isinstance(data, pandas.DataFrame):
        data = data.to_dict("records")
    for n, rec in enumerate(data, 1):
        if isinstance(rec, str):
            yield {"id": paper_id_for(None, rec), "title": None, "abstract": rec}
            continue
        if not isinstance(rec, dict):
            raise TypeError(f"record {n}: expected a string or a dict, got {type(rec).__name__}")
        text = rec.get(cols.text)
        if not isinstance(text, str):
            raise ValueError(f"record {n}: no '{cols.text}' text")
        title = rec.get(cols.title)
        title = None if title is None or (isinstance(title, float) and title != title) else str(title)
        pid = rec.get(cols.id)
        pid = str(pid) if pid not in (None, "") and pid == pid else paper_id_for(title, text)
        yield {"id": pid, "title": title, "abstract": text}


INPUT_SUFFIXES = {*SUFFIXES, *COMPRESSED, ".txt"}
CHECK_EVERY = 1000  # papers between checks of the shared pipeline's vocabulary size


def process(papers: Iterable[dict], batch_size: int = 64) -> Iterator[tuple[dict, list[Claim]]]:
    """Each paper with its claims, in input order (papers are streamed through spaCy's nlp.pipe;
    every CHECK_EVERY papers the pipeline is renewed if its vocabulary outgrew its budget). A long
    abstract is read in sentence-bounded pieces (claimtab.pieces); a paper the extractor fails on gets
    an 'error' and no claims, and the batch goes on."""
    papers = iter(papers)
    for first in papers:
        nlp = renewed_nlp()
        chunk = itertools.chain([first], itertools.islice(papers, CHECK_EVERY - 1))
        docs = ((_titled(nlp, paper, piece), (paper, offset, last)) for paper in chunk
                for offset, piece, last in _pieces_of(paper))
        found: list[Claim] = []
        datasets: dict[str, None] = {}
        method = error = None
        for doc, (paper, offset, last) in nlp.pipe(docs, as_tuples=True, batch_size=batch_size):
            claims, ds, meth, err = extensions.get_all(doc, "claims", "datasets", "method", "error")
            found += pieces.shifted(claims or [], offset)
            datasets.update(dict.fromkeys(ds or []))
            read_error = paper.pop("_read_error", None)
            method, error = method or meth, error or err or read_error
            if not last:
                continue
            # updated in place: a duplicate read later still raises this paper's n_seen
            paper.update(n_claims=len(found), datasets=list(datasets), method=method)
            if error:
                paper["error"] = error
            yield paper, found
            found, datasets, method, error = [], {}, None, None


def _pieces_of(paper: dict) -> list[tuple[int, str, bool]]:
    cut = pieces.cut(paper["abstract"])
    return [(offset, piece, n == len(cut) - 1) for n, (offset, piece) in enumerate(cut)]


def _titled(nlp, paper: dict, text: str):
    """The abstract (or a piece of it) as a Doc that knows its title (the method name is often before
    its colon). Text the tokenizer cannot take gives an empty Doc and the paper an error."""
    try:
        doc = nlp.make_doc(plain_spaces(text))
    except Exception as err:  # noqa: BLE001 - one odd text must not end a batch of thousands
        paper["_read_error"] = f"{type(err).__name__}: {err}"
        doc = nlp.make_doc("")
    extensions.put(doc, title=paper.get("title"), paper_id=paper["id"])
    doc.user_data[SOURCE_KEY] = text  # claim texts are cut from it (doc.text is rebuilt)
    return doc


def extract_claims(text: str, paper_id: str | None = None, title: str | None = None) -> list[Claim]:
    """The claims of one abstract, as Claim objects."""
    paper = {"id": paper_id, "title": title, "abstract": text}
    return [claim for _, found in process([paper]) for claim in found]


def extract_all(data, id_col: str = "id", title_col: str = "title",
                text_col: str = "abstract") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims, papers) frames for strings, dicts or a DataFrame of papers."""
    from claimtab.outputs.table import claims_frame, papers_frame

    cols = Columns(id_col, title_col, text_col)
    claims: list[Claim] = []
    papers: list[dict] = []
    for paper, found in process(_papers_from(data, cols)):
        papers.append(paper)
        claims.extend(found)
    return claims_frame(claims), papers_frame(papers)


def extract(data, id_col: str = "id", title_col: str = "title", text_col: str = "abstract") -> pd.DataFrame:
    """The claims table: one row per claim, columns as in `claimtab.COLUMNS`.

    `data` is an abstract (a string), a list of strings or dicts (`id`, `title`, `abstract`), a
    DataFrame, or input files (a path, a pathlib.Path or a list of them: any format the command line
    reads; a record that cannot be read is a ReadWarning naming its file and line).
    """
    return extract_all(data, id_col, title_col, text_col)[0]


def extract_papers(data, id_col: str = "id", title_col: str = "title", text_col: str = "abstract") -> pd.DataFrame:
    """The papers table: every input paper with its claim count and datasets (also papers without claims)."""
    return extract_all(data, id_col, title_col, text_col)[1]


SPARK_SCHEMA = ("paper_id string, title string, sentence string, start long, end long, text string, "
                "kind string, value double, low double, high double, unit string, bound string, "
                "metric string, dataset string, model string, baseline string, rule string")


def extract_batches(batches, id_col: str = "id", title_col: str = "title", text_col: str = "abstract"):
    """Claims for each pandas DataFrame of papers in `batches`: the function Spark's mapInPandas wants
    (with SPARK_SCHEMA as its schema)."""
    for papers in batches:
        yield extract(papers, id_col, title_col, text_col)
