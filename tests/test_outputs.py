"""The workbook, the other outputs, formula safety and the round trips."""
import bz2
import csv
import gzip
import html
import json
import lzma

import openpyxl
import pandas as pd
import pytest

import claimtab
from claimtab import COLUMNS, read_table
from claimtab.cli import main
from claimtab.outputs.safety import EXCEL_MAX_CHARS, csv_text, csv_untext, excel_text
from claimtab.outputs.table import claims_frame, papers_frame
from claimtab.outputs.workbook import chart_points, write_workbook

from .conftest import EXAMPLE

EVIL = '=HYPERLINK("http://x","y")'
CHART_ABSTRACTS = [
    {"id": f"c{i}", "title": f"Net{i}: A model",
     "abstract": f"Net{i} reaches {70 + i}.5% top-1 accuracy on ImageNet with {5 * (i + 1)}M parameters."}
    for i in range(4)
]


@pytest.fixture
def workbook(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
            f.write(line + "\n")
        for rec in CHART_ABSTRACTS:
            f.write(json.dumps(rec) + "\n")
        f.write('{"id": "bad", "abstract": \n')
    out = tmp_path / "claims.xlsx"
    assert main(["extract", str(src), "-o", str(out)]) == 0
    return openpyxl.load_workbook(out)


def test_workbook_sheets(workbook):
    assert workbook.sheetnames == ["Overview", "Claims", "Papers", "Results", "Datasets", "Chart", "Issues", "About"]
    about = [r[0].value for r in workbook["About"].iter_rows() if r[0].value]
    assert about[about.index("Sheets") + 1:] == workbook.sheetnames[:-1]  # About lists the sheets there are


def test_the_overview_charts_any_corpus_with_claims(workbook, tmp_path, capsys):
    ws = workbook["Overview"]
    titles = [r[0].value for r in ws.iter_rows() if r[0].font and r[0].font.bold]
    assert titles[:2] == ["Claims by kind", "Papers by dataset"] and titles[2].startswith("Best ")
    import zipfile
    charts = [n for n in zipfile.ZipFile(tmp_path / "claims.xlsx").namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 4  # three on the Overview, the scatter on Chart
    one = tmp_path / "one.jsonl"
    one.write_text('{"id": "a", "abstract": "It is 2x faster."}\n')
    assert main(["extract", str(one), "-o", str(tmp_path / "one.xlsx"), "-q"]) == 0
    small = openpyxl.load_workbook(tmp_path / "one.xlsx")
    assert small.sheetnames[0] == "Overview" and "Chart" not in small.sheetnames
    about = [r[0].value for r in small["About"].iter_rows() if r[0].value]
    assert "Chart" not in about and "Overview" in about


def test_every_paper_has_a_link(tmp_path, capsys):
    src = tmp_path / "p.jsonl"
    src.write_text('{"id": "arXiv:2301.00001", "title": "A", "abstract": "It gains 5%."}\n'
                   '{"id": "x1", "title": "Deep Nets, Revisited", "abstract": "It gains 6%."}\n'
                   '{"id": "x2", "title": "C", "abstract": "It gains 7%.", "url": "https://example.org/c"}\n'
                   '{"id": "PMID:36000001", "title": "D", "abstract": "It gains 8%."}\n')
    assert main(["extract", str(src), "-o", str(tmp_path / "p.xlsx"), "-q"]) == 0
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx")["Papers"]
    links = [(r[2].value, r[2].hyperlink.target if r[2].hyperlink else None) for r in ws.iter_rows(min_row=2)]
    assert links[0][1] == "https://arxiv.org/abs/2301.00001"
    assert links[1][0].startswith("(search) ") and links[1][1].endswith("q=Deep+Nets%2C+Revisited")
    assert links[2][1] == "https://example.org/c" and links[3][1] == "https://pubmed.ncbi.nlm.nih.gov/36000001/"


def test_claims_sheet_is_a_formatted_table(workbook):
    ws = workbook["Claims"]
    assert [c.value for c in ws[1]] == list(COLUMNS) + ["check", "note"]  # the reviewer's columns last
    assert ws.freeze_panes == "A2"
    assert "Claims" in ws.tables and ws.tables["Claims"].ref.startswith("A1:S")
    assert ws[1][0].font.bold
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c for c in r))) for r in ws.iter_rows(min_row=2)]
    pct = next(r for r in rows if r["unit"].value == "%")
    assert pct["value"].number_format == '0.00"%"'
    params = next(r for r in rows if r["unit"].value == "parameters" and r["value"].value)
    assert params["value"].number_format.startswith("[>=1000000000]") and params["value"].value == 4.8e6
    assert pct["sentence"].alignment.wrap_text
    assert ws.column_dimensions["C"].width >= 60


def test_papers_sheet_links_and_kind_counts(workbook):
    ws = workbook["Papers"]
    header = [c.value for c in ws[1]]
    assert header[:7] == ["paper_id", "title", "link", "date", "datasets", "method", "n_claims"]
    assert "n_score" in header and "n_speedup" in header
    ids = [r[0].value for r in ws.iter_rows(min_row=2)]
    assert "ex-004" in ids  # a paper without claims still has its row


def test_results_sheet_is_the_leaderboard(workbook):
    ws = workbook["Results"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["paper_id", "title", "model"]
    col = header.index("ImageNet | top-1 accuracy")
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    cell = rows["c2"][col]
    assert cell.value == 72.5 and "72.5% top-1 accuracy" in cell.comment.text


def test_datasets_sheet(workbook):
    rows = {r[0]: r for r in workbook["Datasets"].iter_rows(min_row=2, values_only=True)}
    assert rows["ImageNet"][1] == 4 and rows["COCO"][1] == 1


def test_chart_plots_score_against_size(workbook):
    ws = workbook["Chart"]
    charts = ws._charts
    assert len(charts) == 1 and len(charts[0].series) == 1
    assert [r[0] for r in ws.iter_rows(min_row=2, values_only=True)] == [5e6, 10e6, 15e6, 20e6]


def test_issues_and_about(workbook):
    issues = list(workbook["Issues"].iter_rows(min_row=2, values_only=True))
    assert any(r[1] == 10 and "malformed JSON" in r[2] for r in issues)
    about = {r[0]: r[1] for r in workbook["About"].iter_rows(values_only=True) if r and r[0]}
    assert about["claimtab"] == f"version {claimtab.__version__}"
    assert about["command"].startswith("claimtab ") and "written" in about
    assert "score" in about and "<=" in about


def test_chart_points_need_enough_data():
    df = claimtab.extract(CHART_ABSTRACTS[:2])
    assert chart_points(df) is None
    (dataset, metric), size_kind, points = chart_points(claimtab.extract(CHART_ABSTRACTS))
    assert (dataset, metric, size_kind, len(points)) == ("ImageNet", "top-1 accuracy", "parameters", 4)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".jsonl", ".json", ".parquet", ".md", ".html"])
def test_no_cell_becomes_a_formula(tmp_path, capsys, suffix):
    src = tmp_path / "evil.jsonl"
    recs = [{"id": "@evil", "title": EVIL, "abstract": "It reaches 83.1% accuracy."},
            {"id": "+plus", "title": "-minus\tand tab", "abstract": "It is 2x faster."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    out, papers = tmp_path / f"out{suffix}", tmp_path / "papers.csv"
    assert main(["extract", str(src), "-o", str(out), "--papers", str(papers)]) == 0
    if suffix == ".xlsx":
        wb = openpyxl.load_workbook(out)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
        titles = [r[1] for r in wb["Claims"].iter_rows(min_row=2, values_only=True)]
        assert EVIL in titles
    elif suffix == ".csv":
        text = out.read_text(encoding="utf-8")
        assert "'" + EVIL.replace('"', '""') in text and "'@evil" in text and "'+plus" in text
        assert set(read_table(str(out))["title"]) == {EVIL, "-minus\tand tab"}
    elif suffix == ".html":
        body = out.read_text(encoding="utf-8")
        assert html.escape(EVIL) in body and EVIL not in body
    with open(papers, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row)


def test_excel_text_limits():
    text, notes = excel_text("a\x00b\x07c")
    assert text == "abc" and notes == ["control characters removed"]
    long, notes = excel_text("x" * 40000)
    assert len(long) == EXCEL_MAX_CHARS and long.endswith("[truncated by claimtab]") and notes
    assert csv_untext(csv_text("=1+1")) == "=1+1" and csv_text("fine") == "fine"


def test_control_characters_are_stripped_with_a_note(tmp_path):
    claims = claims_frame([])
    papers = papers_frame([{"id": "p", "title": "bad\x01title" + "y" * 40000, "n_claims": 0}])
    out = tmp_path / "w.xlsx"
    write_workbook(str(out), claims, papers, None)
    wb = openpyxl.load_workbook(out)
    title = wb["Papers"]["B2"].value
    assert "\x01" not in title and title.endswith("[truncated by claimtab]")
    reasons = [r[2] for r in wb["Issues"].iter_rows(min_row=2, values_only=True)]
    assert "control characters removed" in reasons and any("cut to" in r for r in reasons)


def test_claims_overflow_onto_numbered_sheets(tmp_path, monkeypatch):
    import claimtab.outputs.workbook as wbmod

    monkeypatch.setattr(wbmod, "EXCEL_MAX_ROWS", 11)
    df = claimtab.extract(EXAMPLE.read_text(encoding="utf-8").splitlines() and
                          [json.loads(line) for line in EXAMPLE.read_text(encoding="utf-8").splitlines()])
    out = tmp_path / "o.xlsx"
    write_workbook(str(out), df, papers_frame([]), None)
    wb = openpyxl.load_workbook(out)
    parts = [n for n in wb.sheetnames if n.startswith("Claims")]
    assert parts == ["Claims", "Claims 2", "Claims 3", "Claims 4"]
    assert all(wb[n].max_row <= 11 for n in parts)
    assert len(read_table(str(out))) == len(df)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".jsonl", ".json", ".parquet"])
def test_round_trip(tmp_path, capsys, suffix, example_records):
    expected = claimtab.extract(example_records)
    out = tmp_path / f"c{suffix}"
    assert main(["extract", str(EXAMPLE), "-o", str(out)]) == 0
    got = read_table(str(out))
    if suffix == ".xlsx":  # a workbook also gives the reviewer's columns, empty before review
        assert list(got.columns[-2:]) == ["check", "note"] and got[["check", "note"]].isna().all().all()
        got = got.drop(columns=["check", "note"])
    assert list(got.columns) == list(expected.columns)
    assert (got.dtypes == expected.dtypes).all()
    pd.testing.assert_frame_equal(got, expected)


def test_markdown_and_html_reports(tmp_path, capsys):
    md, page = tmp_path / "r.md", tmp_path / "r.html"
    assert main(["extract", str(EXAMPLE), "-o", str(md)]) == 0
    assert main(["extract", str(EXAMPLE), "-o", str(page)]) == 0
    text = md.read_text(encoding="utf-8")
    assert "| paper | model |" in text and "ImageNet-1K / top-1 accuracy" in text and "| 81.2 |" in text
    body = page.read_text(encoding="utf-8")
    assert body.count("<section>") == 5
    assert '<mark class="k-score" title="kind: score | value: 81.2 | unit: % | bound: = | metric: top-1 accuracy' in body
    assert "<svg" in body
    assert "<script src" not in body and "<link" not in body  # self-contained


def test_unknown_suffix_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown suffix"):
        from claimtab.outputs.writers import write_output
        write_output(str(tmp_path / "x.pdf"), claims_frame([]), papers_frame([]))


def test_compressed_tables_hold_the_plain_bytes_and_read_back(tmp_path, capsys):
    """Big runs write claims.jsonl.gz: the same table as the plain file, deterministic bytes, and
    read_table() loads it back."""
    plain = {"c": tmp_path / "c.jsonl", "p": tmp_path / "p.csv", "i": tmp_path / "i.jsonl"}
    packed = {"c": tmp_path / "c.jsonl.gz", "p": tmp_path / "p.csv.xz", "i": tmp_path / "i.jsonl.bz2"}
    for files in (plain, packed):
        assert main(["extract", str(EXAMPLE), "-o", str(files["c"]), "--papers", str(files["p"]),
                     "--issues", str(files["i"]), "-q", "-j", "1"]) == 0
    assert gzip.decompress(packed["c"].read_bytes()) == plain["c"].read_bytes()
    assert lzma.decompress(packed["p"].read_bytes()) == plain["p"].read_bytes()
    assert bz2.decompress(packed["i"].read_bytes()) == plain["i"].read_bytes()
    first = packed["c"].read_bytes()
    assert main(["extract", str(EXAMPLE), "-o", str(packed["c"]), "-q", "-j", "1"]) == 0
    assert packed["c"].read_bytes() == first  # no timestamp in the gzip header
    pd.testing.assert_frame_equal(read_table(str(packed["c"])), read_table(str(plain["c"])))
    assert main(["extract", str(EXAMPLE), "-o", str(tmp_path / "c.csv.gz"), "-q", "-j", "1"]) == 0
    pd.testing.assert_frame_equal(read_table(str(tmp_path / "c.csv.gz")), read_table(str(plain["c"])))


@pytest.mark.parametrize("name", ["c.xlsx.gz", "c.parquet.bz2", "c.tar.gz"])
def test_formats_that_cannot_be_compressed_are_refused(tmp_path, capsys, name):
    assert main(["extract", str(EXAMPLE), "-o", str(tmp_path / name), "-q"]) == 2
    assert name in capsys.readouterr().err and not (tmp_path / name).exists()


def test_parquet_is_streamed_in_row_groups_and_reads_back_as_the_built_table(tmp_path, capsys, monkeypatch):
    """A corpus-sized run to .parquet writes a row group every ROWS claims instead of holding every claim;
    pandas reads it back as the same frame as the table written at the end."""
    pq = pytest.importorskip("pyarrow.parquet")
    from claimtab.outputs import stream
    from claimtab.outputs.writers import write_parquet

    monkeypatch.setattr(stream.ParquetStream, "ROWS", 7)
    out = tmp_path / "c.parquet"
    assert main(["extract", str(EXAMPLE), "-o", str(out), "-q", "-j", "1"]) == 0
    groups = [pq.ParquetFile(out).metadata.row_group(k).num_rows for k in range(pq.ParquetFile(out).num_row_groups)]
    assert sum(groups) == 33 and len(groups) >= 3 and all(g >= 7 for g in groups[:-1])  # written as they came
    built = tmp_path / "built.parquet"
    write_parquet(claimtab.extract(EXAMPLE), str(built))
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(built))
    pd.testing.assert_frame_equal(read_table(str(out)), read_table(str(built)))


def test_a_run_without_claims_still_writes_a_parquet_table_with_the_columns(tmp_path, capsys):
    pytest.importorskip("pyarrow")
    src, out = tmp_path / "none.jsonl", tmp_path / "c.parquet"
    src.write_text('{"id": "a", "abstract": "We study things."}\n', encoding="utf-8")
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    back = read_table(str(out))
    assert list(back.columns) == list(COLUMNS) and back.empty


def test_the_html_report_prints_its_values(tmp_path, capsys):
    """What the hover shows is also text on the page: a table under each abstract (print, PDF)."""
    import re
    page = tmp_path / "r.html"
    assert main(["extract", str(EXAMPLE), "-o", str(page), "-q"]) == 0
    text = page.read_text(encoding="utf-8")
    visible = re.sub(r"<[^>]+>", " ", re.sub(r'title="[^"]*"', "", text))  # no attributes: what prints
    claims = claimtab.extract([json.loads(line) for line in EXAMPLE.read_text().splitlines()])
    for r in claims.itertuples():
        assert html.escape(r.text) in visible
        if r.metric:
            assert html.escape(r.metric) in visible
    assert text.count('<table class="claims">') == claims["paper_id"].nunique()
    assert "4,800,000" in visible
