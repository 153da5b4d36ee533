"""The files reviewers have: database exports (Scopus, Web of Science, PubMed, Zotero CSV, Semantic
Scholar and OpenAlex CSV), CSL-JSON, GROBID TEI and PDFs; each sample in tests/data/exports/ is made by
hand in its format's header layout."""
import json
import shutil
from pathlib import Path

import pytest

from claimtab.cli import main
from claimtab.readers import read
from tests import pdfs

DATA = Path(__file__).parent / "data" / "exports"
FOO = "FooNet reaches 51.2 AP on COCO, 2.1 AP above RetinaNet"


def papers_of(name):
    return [p for p in read(str(DATA / name)) if isinstance(p, dict)]


@pytest.mark.parametrize("name, ids, first_authors, venue", [
    ("scopus.csv", ["doi:10.1109/tpami.2023.0001", "2-s2.0-85120000002"], ["Smith J.", "Lee K."],
     "IEEE Transactions on Pattern Analysis and Machine Intelligence"),
    ("wos.txt", ["doi:10.1109/tpami.2023.0001", "PMID:36000001"], ["Smith, J", "Lee, K"],
     "IEEE TRANSACTIONS ON PATTERN ANALYSIS AND MACHINE INTELLIGENCE"),
    ("wos_plain.txt", ["doi:10.1109/tpami.2023.0001", "WOS:000900000000002"], ["Smith, John", "Lee, Kim"],
     "IEEE TRANSACTIONS ON PATTERN ANALYSIS AND MACHINE INTELLIGENCE"),
    ("zotero.csv", ["arXiv:2301.00001", "EFGH5678"], ["Smith, John", "Lee, Kim"], None),
    ("openalex.csv", ["doi:10.1109/tpami.2023.0001", "https://openalex.org/W4300000002"], ["John Smith", "Kim Lee"],
     "IEEE Transactions on Pattern Analysis and Machine Intelligence"),
    ("semantic_scholar.csv", ["arXiv:2301.00001"], ["John Smith", "Kim Lee"], "IEEE TPAMI"),
    ("zotero_csl.json", ["doi:10.1109/tpami.2023.0001", "arXiv:2301.00002"], ["John Smith", "Kim Lee"],
     "IEEE Transactions on Pattern Analysis and Machine Intelligence"),
    ("pubmed.nbib", ["PMID:36000001"], ["Garcia, Maria", "Chen, Wei"], "Medical Image Analysis"),
    ("grobid.tei.xml", ["arXiv:2301.00001"], ["John Smith", "Kim Lee"], None),
])
def test_exports_give_ids_from_doi_arxiv_or_pmid_and_keep_their_metadata(name, ids, first_authors, venue):
    papers = papers_of(name)
    assert [p["id"] for p in papers] == ids
    assert papers[0]["authors"] == first_authors and papers[0]["venue"] == venue
    assert papers[0]["date"].startswith(("2022", "2023")) and papers[0]["title"]


@pytest.mark.parametrize("name", ["scopus.csv", "wos.txt", "wos_plain.txt", "zotero.csv", "openalex.csv",
                                  "semantic_scholar.csv", "zotero_csl.json", "grobid.tei.xml"])
def test_an_export_gives_its_claims(name, tmp_path, capsys):
    out = tmp_path / "c.jsonl"
    assert main(["extract", str(DATA / name), "-o", str(out), "-q"]) == 0
    claims = [json.loads(line) for line in out.read_text().splitlines()]
    assert ("51.2 AP", "score", "AP", "COCO") in {(c["text"], c["kind"], c["metric"], c["dataset"]) for c in claims}


def test_a_medline_record_without_an_abstract_is_reported_by_its_line():
    problems = [p for p in read(str(DATA / "pubmed.nbib")) if not isinstance(p, dict)]
    assert [(p.line, p.reason) for p in problems] == [(20, "no abstract text")]


def test_headers_are_matched_in_any_case_and_spacing(tmp_path):
    f = tmp_path / "mixed.csv"
    f.write_text("TITLE,abstract note,Publication_Year,doi\nA,It gains 5%.,2020,10.1234/x\n")
    [paper] = [p for p in read(str(f)) if isinstance(p, dict)]
    assert (paper["id"], paper["title"], paper["date"]) == ("doi:10.1234/x", "A", "2020")


def test_a_table_without_a_recognizable_abstract_column_says_what_it_looked_for(tmp_path):
    f = tmp_path / "odd.csv"
    f.write_text("name,text body\nA,It gains 5%.\n")
    [problem] = list(read(str(f)))
    assert "looked for 'abstract', 'Abstract Note', 'AB'" in problem.reason and "--text-col" in problem.reason


ABSTRACT = ("We propose FooNet, a detector that reaches 51.2 AP on COCO, 2.1 AP above RetinaNet, while running "
            "1.6x faster with 30% fewer parameters. Our representation learning scheme generalizes to LVIS.")


@pytest.mark.parametrize("layout", [
    {}, {"columns": 2}, {"heading": "ABSTRACT"}, {"columns": 2, "heading": "ABSTRACT"},
    {"run_in": True, "section": "I. INTRODUCTION"}, {"hyphenate": "represen-tation"},
    {"section": "Keywords: detection, anchors"},
])
def test_a_pdf_gives_its_title_and_abstract(tmp_path, layout):
    path = pdfs.paper(tmp_path / "p.pdf", "FooNet: Fast Object Detection", ABSTRACT, **layout)
    [paper] = list(read(str(path)))
    assert paper["title"] == "FooNet: Fast Object Detection"
    assert paper["abstract"] == ABSTRACT


def test_ligatures_are_spelled_out(tmp_path):
    if not pdfs.DEJAVU.exists():
        pytest.skip("no DejaVu font to set a ligature in")
    path = pdfs.paper(tmp_path / "p.pdf", "FooNet", ABSTRACT.replace("fi", "\ufb01"), font="DejaVu")
    assert [p["abstract"] for p in read(str(path))] == [ABSTRACT]


@pytest.mark.parametrize("sideways", [False, True])
def test_the_arxiv_id_printed_on_the_page_is_the_id(tmp_path, sideways):
    path = pdfs.paper(tmp_path / "p.pdf", "FooNet", ABSTRACT, stamp="arXiv:2301.00001v2 [cs.CV] 3 Jan 2023",
                      sideways=sideways)
    [paper] = list(read(str(path)))
    assert paper["id"] == "arXiv:2301.00001" and paper["url"] == "https://arxiv.org/abs/2301.00001"
    assert paper["abstract"] == ABSTRACT and paper["title"] == "FooNet"


def test_a_folder_of_pdfs_gives_every_paper_and_names_the_bad_ones(tmp_path, capsys):
    folder = tmp_path / "storage"
    folder.mkdir()
    pdfs.paper(folder / "a.pdf", "FooNet: Fast Object Detection", ABSTRACT)
    pdfs.paper(folder / "b.pdf", "BarNet", ABSTRACT.replace("FooNet", "BarNet"), columns=2)
    pdfs.scan(folder / "scan.pdf")
    pdfs.encrypted(folder / "locked.pdf", ABSTRACT)
    (folder / "cut.pdf").write_bytes((folder / "a.pdf").read_bytes()[:900])
    pdfs.paper(folder / "noabs.pdf", "A Note", "Just text.", heading="Summary of results")
    out, papers, issues = tmp_path / "c.jsonl", tmp_path / "p.jsonl", tmp_path / "i.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "--papers", str(papers), "--issues", str(issues), "-q"]) == 0
    assert sorted(json.loads(line)["title"] for line in papers.read_text().splitlines()) == \
        ["BarNet", "FooNet: Fast Object Detection"]
    reasons = {Path(i["file"]).name: i["reason"] for i in map(json.loads, issues.read_text().splitlines())}
    assert "no text layer" in reasons["scan.pdf"] and "encrypted" in reasons["locked.pdf"]
    assert "not a readable PDF" in reasons["cut.pdf"] and "no abstract found" in reasons["noabs.pdf"]
    claims = [json.loads(line) for line in out.read_text().splitlines()]
    assert all(c["text"] == ABSTRACT.replace("FooNet", "BarNet" if "BarNet" in c["sentence"] else "FooNet")
               [c["start"]:c["end"]] for c in claims)


def test_exports_found_by_content_when_the_suffix_says_nothing(tmp_path):
    for name, as_name in (("pubmed.nbib", "records.txt"), ("wos_plain.txt", "savedrecs.txt"),
                          ("grobid.tei.xml", "paper.xml")):
        shutil.copy(DATA / name, tmp_path / as_name)
        assert [p["id"] for p in read(str(tmp_path / as_name)) if isinstance(p, dict)] == \
            [p["id"] for p in papers_of(name)]
