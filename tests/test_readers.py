"""Readers: every format on a small sample, corrupt samples, identity, duplicates, streaming."""
import bz2
import gzip
import json
import lzma
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from claimtab.cli import main
from claimtab.readers import Intake, ReadProblem, detect, read

from .conftest import DATA

PAGES = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "seed-dev" / "pages"


def items(name, **kw):
    return list(read(str(DATA / name), **kw))


def papers_of(name, **kw):
    return [i for i in items(name, **kw) if isinstance(i, dict)]


def problems_of(name, **kw):
    return [i for i in items(name, **kw) if isinstance(i, ReadProblem)]


# file, expected (id, title, start of abstract) of its papers
SAMPLES = [
    ("sample.bib", [("doi:10.1234/jfm.2023.001", "FastNet: Über-fast Networks with 44% fewer FLOPs",
                     "FastNet reaches 81.2% top-1"),
                    ("arXiv:2401.01234", "Tiny Models, Big Gains", "Our model is 3x faster")]),
    ("sample.ris", [("doi:10.5555/mia.2022.42", "RisNet: Segmentation at Scale", "RisNet obtains a Dice"),
                    ("arXiv:2305.01234", "Arxiv Paper in RIS", "We cut memory by 36%")]),
    ("arxiv.xml", [("arXiv:2301.00001", "AtomFormer: A Feed-Friendly Transformer", "AtomFormer achieves 83.1%"),
                   ("arXiv:2302.00002", "Second Entry", "It runs at 30 FPS.")]),
    ("openalex.json", [("doi:10.7777/oa.1", "OpenNet: Inverted Abstracts", "OpenNet reaches 58.5 PQ on COCO.")]),
    ("s2.json", [("arXiv:2210.00005", "ScholarNet", "ScholarNet uses 62% fewer"),
                 (None, "ScholarNet Two", "It is 5x faster.")]),
    ("sample.tsv", [("t1", "Tabbed", "It uses 12 GB")]),
    ("sample.parquet", [("pq1", "ParquetNet", "ParquetNet reaches 75.3%")]),
    ("sample.xlsx", [("pq1", "ParquetNet", "ParquetNet reaches 75.3%")]),
    ("pages.txt", [(None, "PageNet: Papers from a Page", "PageNet reaches 83.1%"),
                   (None, "Second Page Paper", "We study sample efficiency."),
                   (None, "PageNet: Papers from a Page", "PageNet reaches 83.1%")]),
]


@pytest.mark.parametrize("name,expected", SAMPLES)
def test_each_format_reads_its_sample(name, expected):
    got = papers_of(name)
    assert len(got) == len(expected)
    for paper, (pid, title, start) in zip(got, expected):
        if pid is not None:
            assert paper["id"] == pid
        assert paper["title"] == title
        assert paper["abstract"].startswith(start)
        assert paper["source"].startswith(str(DATA / name))


def test_metadata_is_kept():
    bib = papers_of("sample.bib")[0]
    assert bib["authors"] == ["Müller, Jörg", "García, Ana"] and bib["date"] == "2023"
    assert bib["venue"] == "Journal of Fast Models" and bib["url"] == "https://doi.org/10.1234/jfm.2023.001"
    atom = papers_of("arxiv.xml")[0]
    assert atom["authors"] == ["Ada Lovelace", "Alan Turing"] and atom["date"].startswith("2023-01-01")
    oa = papers_of("openalex.json")[0]
    assert oa["venue"] == "Open Venue" and oa["authors"] == ["Ann Author"]
    page = papers_of("pages.txt")[0]
    assert page["authors"] == 5 and page["date"] == "Apr 11, 2024"


def test_ids_without_a_source_id_hash_the_title():
    a, b = papers_of("s2.json")[1], papers_of("pages.txt")[1]
    assert len(a["id"]) == 12 and len(b["id"]) == 12 and a["id"] != b["id"]
    assert papers_of("pages.txt")[0]["id"] == papers_of("pages.txt")[2]["id"]


# corrupt file, (line, words of the reason), number of good papers still read
CORRUPT = [
    ("broken.bib", (7, "broken BibTeX entry"), 2),
    ("broken.ris", (6, "without its closing"), 1),
    ("truncated.xml", (21, "malformed XML"), 1),
    ("latin1.csv", (2, "not valid UTF-8"), 1),
    ("corrupt.parquet", (None, "not a readable Parquet file"), 0),
    ("corrupt.xlsx", (None, "not a readable Excel file"), 0),
    ("sample.bib", (21, "no abstract"), 2),
    ("openalex.json", (2, "no abstract"), 1),
]


@pytest.mark.parametrize("name,problem,good", CORRUPT)
def test_corrupt_samples_report_where_and_keep_the_good(name, problem, good):
    line, words = problem
    found = problems_of(name)
    assert any(p.line == line and words in p.reason for p in found), [str(p) for p in found]
    assert len(papers_of(name)) == good


def test_bad_json_line(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "a", "abstract": "It is 2x faster."}\n{"id": "b", "abs\n', encoding="utf-8")
    got = list(read(str(f)))
    assert isinstance(got[0], dict) and isinstance(got[1], ReadProblem) and got[1].line == 2


@pytest.mark.parametrize("name,head,fmt", [
    ("a.jsonl", '{"id": 1}\n', "jsonl"), ("a.json", '[{"id": 1}]', "json"), ("a.bib", "@article{", "bibtex"),
    ("a.ris", "TY  - JOUR", "ris"), ("a.xml", "<?xml", "atom"), ("a.csv", "id,abstract", "csv"),
    ("noext", "@misc{x,", "bibtex"), ("noext", "<feed", "atom"), ("noext", "TY  - JOUR", "ris"),
    ("noext", '{"id": 1, "abstract": "x"}\n{"id": 2}', "jsonl"), ("p.txt", "new\n\nSubscribe\n", "pages"),
    ("p.txt", "Just an abstract.\n\nAnother one.", "txt"), ("-", '{"a": 1}\n', "jsonl"),
])
def test_format_detection(name, head, fmt):
    assert detect(name, head) == fmt


def test_forced_format(tmp_path):
    f = tmp_path / "refs.data"
    f.write_text("@article{k, title={T}, abstract={It is 4x faster.}}\n", encoding="utf-8")
    assert [p["title"] for p in read(str(f), fmt="bibtex") if isinstance(p, dict)] == ["T"]


def test_the_five_sample_pages_give_each_paper_once():
    pages = sorted(PAGES.glob("*.txt"))
    if not pages:
        pytest.skip("shared benchmark pages not available")
    intake = Intake([str(p) for p in pages])
    papers = list(intake.papers())
    titles = [p["title"] for p in papers]
    assert len(titles) == len(set(titles)) == 105
    assert intake.duplicates == 13 == len(intake.problems)  # each merged copy listed, with where it was
    assert all(p.reason.startswith("duplicate of paper") and "first read at" in p.reason for p in intake.problems)
    raw = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    for paper in papers:
        assert f"\n{paper['abstract']}\n" in raw  # byte-identical to the page's paragraph


def test_readers_stream(tmp_path):
    f = tmp_path / "big.jsonl"
    with open(f, "w", encoding="utf-8") as out:
        for i in range(5000):
            out.write(json.dumps({"id": str(i), "abstract": f"It is {i}x faster."}) + "\n")
    gen = read(str(f))
    first = next(gen)
    assert first["id"] == "0"  # the first paper arrives before the file is read whole
    assert sum(1 for _ in gen) == 4999


@pytest.mark.parametrize("name", ["sample.bib", "sample.ris", "arxiv.xml", "openalex.json", "s2.json",
                                  "sample.tsv", "sample.parquet", "sample.xlsx", "pages.txt", "broken.bib",
                                  "truncated.xml"])
def test_cli_end_to_end_for_each_format(tmp_path, capsys, name):
    out, papers, issues = tmp_path / "c.jsonl", tmp_path / "p.jsonl", tmp_path / "i.csv"
    code = main(["extract", str(DATA / name), "-o", str(out), "--papers", str(papers), "--issues", str(issues)])
    err = capsys.readouterr().err
    assert code == 0, err
    claims = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert claims and all(c["kind"] for c in claims)
    assert "records read" in err and "duplicates merged" in err
    assert issues.read_text(encoding="utf-8").startswith("file,line,reason")


def test_workbook_lists_issues_and_metadata(tmp_path, capsys):
    out = tmp_path / "c.xlsx"
    assert main(["extract", str(DATA / "broken.bib"), str(DATA / "pages.txt"), "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    issues = list(wb["Issues"].iter_rows(values_only=True))
    assert issues[0] == ("file", "line", "reason") and issues[1][1] == 7
    header = [c.value for c in wb["Papers"][1]]
    assert {"date", "authors", "venue", "link", "n_seen"} <= set(header)
    rows = [dict(zip(header, r)) for r in wb["Papers"].iter_rows(min_row=2, values_only=True)]
    assert {r["title"]: r["n_seen"] for r in rows}["PageNet: Papers from a Page"] == 2


def test_stdin(tmp_path):
    out = tmp_path / "c.jsonl"
    proc = subprocess.run([sys.executable, "-m", "claimtab.cli", "extract", "-", "-o", str(out)],
                          input='{"id": "s1", "abstract": "It reaches 91.5% accuracy."}\n', text=True,
                          capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["paper_id"] == "s1"


def test_text_readers_stream():
    lines_read = []

    def stream():
        for i in range(5000):
            lines_read.append(i)
            yield f"It is {i}x faster than before.\n"
            yield "\n"

    from claimtab.readers.text import read_text
    gen = read_text("mem.txt", stream())
    assert next(gen)["abstract"] == "It is 0x faster than before."
    assert len(lines_read) < 10  # the first paper came before the input was read whole


COMPRESSORS = {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}


def _jsonl_lines(n):
    return "".join(json.dumps({"id": f"p{i}", "abstract": f"It is {i + 2}x faster."}) + "\n" for i in range(n))


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
@pytest.mark.parametrize("name", ["works.jsonl.{kind}", "works.{kind}", "works"])
def test_compressed_inputs_read_like_plain_ones(tmp_path, kind, name):
    """Corpus dumps come compressed: by suffix ('works.jsonl.gz') or, without one, by their first bytes."""
    plain = _jsonl_lines(3)
    f = tmp_path / name.format(kind=kind)
    f.write_bytes(COMPRESSORS[kind](plain.encode("utf-8")))
    got = list(read(str(f)))
    assert [p["id"] for p in got] == ["p0", "p1", "p2"]
    assert [p["abstract"] for p in got] == [json.loads(line)["abstract"] for line in plain.splitlines()]


def test_compressed_bibtex_and_csv_are_detected_under_the_compression_suffix(tmp_path):
    (tmp_path / "refs.bib.gz").write_bytes(gzip.compress(b"@article{k, title={T}, abstract={It is 4x faster.}}\n"))
    (tmp_path / "t.csv.bz2").write_bytes(bz2.compress(b"id,abstract\nc1,It is 3x faster.\n"))
    assert [p["title"] for p in read(str(tmp_path / "refs.bib.gz"))] == ["T"]
    assert [p["id"] for p in read(str(tmp_path / "t.csv.bz2"))] == ["c1"]


def test_a_truncated_gzip_keeps_the_papers_before_the_break_and_names_the_line(tmp_path):
    packed = gzip.compress(_jsonl_lines(2000).encode("utf-8"))
    f = tmp_path / "cut.jsonl.gz"
    f.write_bytes(packed[:len(packed) // 2])
    got = list(read(str(f)))
    papers, problems = got[:-1], got[-1]
    assert papers and all(isinstance(p, dict) for p in papers)
    assert [p["id"] for p in papers] == [f"p{i}" for i in range(len(papers))]  # in order, none lost before the cut
    assert isinstance(problems, ReadProblem) and "damaged gzip" in problems.reason
    assert problems.line == len(papers) + 1 and problems.file == str(f)


def test_a_file_that_only_looks_gzipped_is_reported_and_the_batch_goes_on(tmp_path, capsys):
    bad, good, out = tmp_path / "bad.gz", tmp_path / "good.jsonl.gz", tmp_path / "c.jsonl"
    bad.write_bytes(b"\x1f\x8b\x08" + b"not gzip at all")
    good.write_bytes(gzip.compress(_jsonl_lines(1).encode("utf-8")))
    assert main(["extract", str(bad), str(good), "-o", str(out), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert f"{bad}: damaged gzip data" in err and "1 skipped" in err
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["paper_id"] == "p0"


def test_a_compressed_binary_table_is_reported_not_misread(tmp_path):
    f = tmp_path / "t.parquet.gz"
    f.write_bytes(gzip.compress((DATA / "sample.parquet").read_bytes()))
    (problem,) = list(read(str(f)))
    assert "decompress it first" in problem.reason


def test_gzipped_stdin(tmp_path):
    out = tmp_path / "c.jsonl"
    proc = subprocess.run([sys.executable, "-m", "claimtab.cli", "extract", "-", "-o", str(out)],
                          input=gzip.compress(_jsonl_lines(2).encode("utf-8")), capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["paper_id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["p0", "p1"]


def test_text_that_merely_starts_like_a_compressed_file_is_read_as_text(tmp_path):
    f = tmp_path / "notes"
    f.write_text("BZh a name first, then: it is 3x faster.\n", encoding="utf-8")
    assert [p["abstract"] for p in read(str(f))] == ["BZh a name first, then: it is 3x faster."]


def test_a_missing_compressed_file_is_missing_not_damaged(tmp_path):
    (problem,) = list(read(str(tmp_path / "gone.jsonl.gz")))
    assert problem.reason.startswith("cannot read file") and "damaged" not in problem.reason


def test_damage_in_a_file_read_in_blocks_names_no_line(tmp_path):
    """A JSON array is read whole, not line by line: a cut in it has no line to name."""
    packed = gzip.compress(json.dumps([{"id": f"p{i}", "abstract": "It is 2x faster."} for i in range(3000)],
                                      indent=1).encode("utf-8"))
    f = tmp_path / "cut.json.gz"
    f.write_bytes(packed[:len(packed) // 2])
    (problem,) = list(read(str(f)))
    assert "damaged gzip" in problem.reason and problem.line is None
