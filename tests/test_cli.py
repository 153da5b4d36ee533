"""End-to-end runs of the command line, good and bad input."""
import csv
import gzip
import io
import json
import subprocess
import sys

import openpyxl
import pytest
from tqdm import tqdm

from claimtab.cli import main

from .conftest import DATA, EXAMPLE


def run(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.err


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_out_and_papers(tmp_path, capsys):
    out, papers = tmp_path / "c.jsonl", tmp_path / "p.jsonl"
    code, err = run(["extract", str(EXAMPLE), "-o", str(out), "--papers", str(papers)], capsys)
    assert code == 0 and "5 papers" in err
    rows = read_jsonl(out)
    assert rows and set(rows[0]) == {"paper_id", "title", "sentence", "start", "end", "text", "kind", "value",
                                     "low", "high", "unit", "bound", "metric", "dataset", "model", "baseline",
                                     "rule"}
    ps = read_jsonl(papers)
    assert [p["paper_id"] for p in ps] == ["ex-001", "ex-002", "ex-003", "ex-004", "ex-005"]
    assert ps[3]["n_claims"] == 0
    assert sum(p["n_claims"] for p in ps) == len(rows)


def test_output_matches_the_golden_file(tmp_path, capsys):
    """Regression guard: the example's claims are exactly the reviewed golden output.
    After an intended change: python tests/update_golden.py (and review the diff)."""
    out = tmp_path / "c.jsonl"
    assert run(["extract", str(EXAMPLE), "-o", str(out)], capsys)[0] == 0
    assert out.read_text(encoding="utf-8") == (DATA / "golden_example_claims.jsonl").read_text(encoding="utf-8")


def test_same_input_gives_byte_identical_output(tmp_path, capsys):
    for suffix in ("jsonl", "csv"):
        a, b = tmp_path / f"a.{suffix}", tmp_path / f"b.{suffix}"
        run(["extract", str(EXAMPLE), "-o", str(a)], capsys)
        run(["extract", str(EXAMPLE), "-o", str(b)], capsys)
        assert a.read_bytes() == b.read_bytes()


def test_csv_out(tmp_path, capsys):
    out, papers = tmp_path / "c.csv", tmp_path / "p.csv"
    assert run(["extract", str(EXAMPLE), "-o", str(out), "--papers", str(papers)], capsys)[0] == 0
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["text"] == "81.2%" and float(rows[0]["value"]) == 81.2
    with open(papers, newline="", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == 5


def test_xlsx_has_claims_and_every_paper(tmp_path, capsys):
    out = tmp_path / "claims.xlsx"
    assert run(["extract", str(EXAMPLE), "-o", str(out)], capsys)[0] == 0
    wb = openpyxl.load_workbook(out)
    assert {"Claims", "Papers"} <= set(wb.sheetnames)
    claims, papers = wb["Claims"], wb["Papers"]
    assert [c.value for c in claims[1]][:7] == ["paper_id", "title", "sentence", "start", "end", "text", "kind"]
    assert claims.freeze_panes == "A2"
    ids = [row[0] for row in papers.iter_rows(min_row=2, values_only=True)]
    assert ids == ["ex-001", "ex-002", "ex-003", "ex-004", "ex-005"]
    values = [row[7] for row in claims.iter_rows(min_row=2, values_only=True)]
    assert 81.2 in values


def test_text_and_csv_inputs(tmp_path, capsys):
    txt = tmp_path / "a.txt"
    txt.write_text("It reaches 83.1% accuracy.\n\nIt is 2x faster.\nSecond line.\n", encoding="utf-8")
    table = tmp_path / "a.csv"
    table.write_text("key,name,summary\nk1,T1,It uses 5 GB of memory.\n", encoding="utf-8")
    out = tmp_path / "c.jsonl"
    code, err = run(["extract", str(txt), "-o", str(out)], capsys)
    assert code == 0 and [r["text"] for r in read_jsonl(out)] == ["83.1%", "2x"]
    code, err = run(["extract", str(table), "-o", str(out), "--id-col", "key", "--title-col", "name",
                     "--text-col", "summary"], capsys)
    rows = read_jsonl(out)
    assert code == 0 and rows[0]["paper_id"] == "k1" and rows[0]["value"] == 5e9


def test_bad_records_are_reported_and_the_rest_processed(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "a", "abstract": "It reaches 83.1% accuracy."}\n'
                    b'{"id": "b", "abstract": \n'
                    b'{"id": "c", "title": "no abstract"}\n'
                    b'{"id": "d", "abstract": "caf\xe9 at 5%"}\n'
                    b'{"id": "e", "abstract": "It uses 12 GB."}\n')
    out = tmp_path / "c.jsonl"
    code, err = run(["extract", str(bad), str(tmp_path / "missing.jsonl"), "-o", str(out)], capsys)
    assert code == 0
    assert f"{bad}:2: malformed JSON" in err
    assert f"{bad}:3: no 'abstract' text" in err
    assert f"{bad}:4: not valid UTF-8" in err
    assert "missing.jsonl: cannot read file" in err
    assert [r["paper_id"] for r in read_jsonl(out)] == ["a", "e"]


def test_nothing_readable_exits_non_zero(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    code, err = run(["extract", str(bad), "-o", str(tmp_path / "c.jsonl")], capsys)
    assert code == 1 and "no paper could be read" in err


def test_unknown_output_suffix_is_an_error(tmp_path, capsys):
    code, err = run(["extract", str(EXAMPLE), "-o", str(tmp_path / "c.pdf")], capsys)
    assert code == 2 and "unknown suffix" in err


def test_console_script_runs(tmp_path):
    out = tmp_path / "c.jsonl"
    proc = subprocess.run([sys.executable, "-m", "claimtab.cli", "extract", str(EXAMPLE), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert out.exists() and out.read_text(encoding="utf-8").count("\n") > 20


def test_a_rule_failure_on_one_paper_is_reported_and_the_batch_goes_on(tmp_path, capsys, monkeypatch):
    from claimtab.extractor import quantities

    real = quantities.scan_sentence

    def fragile(doc, sent, ann):
        if "EXPLODE" in sent.text:
            raise ValueError("boom")
        return real(doc, sent, ann)

    monkeypatch.setattr(quantities, "scan_sentence", fragile)
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "abstract": "It reaches 83.1% accuracy."}\n'
                   '{"id": "b", "abstract": "EXPLODE at 5%."}\n'
                   '{"id": "c", "abstract": "It is 2x faster."}\n', encoding="utf-8")
    out, papers, issues = tmp_path / "c.jsonl", tmp_path / "p.jsonl", tmp_path / "i.jsonl"
    code, err = run(["extract", str(src), "-o", str(out), "--papers", str(papers), "--issues", str(issues),
                     "-j", "1"], capsys)
    assert code == 0
    assert f"{src}:2: extraction failed: ValueError: boom" in err
    assert [r["paper_id"] for r in read_jsonl(out)] == ["a", "c"]
    assert [p["paper_id"] for p in read_jsonl(papers)] == ["a", "b", "c"]
    assert read_jsonl(issues)[0]["reason"] == "extraction failed: ValueError: boom"


def test_streaming_run_imports_neither_pandas_nor_openpyxl(tmp_path):
    """A JSONL-to-JSONL run skips the table libraries: that is a third of the start-up."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "abstract": "It reaches 83.1% top-1 accuracy on ImageNet."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = ("import sys; from claimtab.cli import main; "
            f"rc = main(['extract', {str(src)!r}, '-o', {str(out)!r}, '-q', '--jobs', '1']); "
            "print(rc, 'pandas' in sys.modules, 'openpyxl' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.split() == ["0", "False", "False"]
    assert '"text": "83.1%"' in out.read_text(encoding="utf-8")


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_over_files_counts_bytes_to_their_total(tmp_path, monkeypatch):
    """On a terminal the bar runs over the inputs' bytes (so it can tell when the run ends) and names
    the papers done; it reaches the total, compressed inputs counted by their compressed size."""
    recs = [json.loads(line) for line in EXAMPLE.read_text(encoding="utf-8").splitlines()]
    plain, packed = tmp_path / "a.jsonl", tmp_path / "b.jsonl.gz"
    plain.write_text("".join(json.dumps(dict(r, id=f"a{i}")) + "\n" for i, r in enumerate(recs * 60)), encoding="utf-8")
    packed.write_bytes(gzip.compress("".join(json.dumps(dict(r, id=f"b{i}")) + "\n"
                                             for i, r in enumerate(recs * 60)).encode("utf-8")))
    total = plain.stat().st_size + packed.stat().st_size
    err = _Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    assert main(["extract", str(plain), str(packed), "-o", str(tmp_path / "c.jsonl"), "-j", "1"]) == 0
    bar = err.getvalue()
    shown = tqdm.format_sizeof(total, divisor=1024)
    assert "100%" in bar and f"{shown}/{shown}" in bar and "600 papers" in bar
    assert bar.strip().splitlines()[-1].startswith("claimtab: 2 files, 600 records read")


def test_a_directory_input_reads_the_files_under_it_in_name_order(tmp_path, capsys):
    dump = tmp_path / "works"
    (dump / "updated_date=2024-02-01").mkdir(parents=True)
    (dump / "updated_date=2024-01-01").mkdir()
    (dump / "updated_date=2024-02-01" / "part_000.gz").write_bytes(
        gzip.compress(b'{"id": "late", "abstract": "It is 3x faster."}\n'))
    (dump / "updated_date=2024-01-01" / "part_000.gz").write_bytes(
        gzip.compress(b'{"id": "early", "abstract": "It is 2x faster."}\n'))
    (dump / ".hidden.jsonl").write_text('{"id": "hidden", "abstract": "It is 9x faster."}\n', encoding="utf-8")
    (tmp_path / "empty").mkdir()
    out = tmp_path / "c.jsonl"
    assert main(["extract", str(dump), str(tmp_path / "empty"), "-o", str(out), "-j", "1"]) == 0
    assert [json.loads(line)["paper_id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["early", "late"]
    err = capsys.readouterr().err
    assert "empty: is a directory without input files" in err and "3 files, 2 records read" in err


@pytest.mark.parametrize("outputs,named", [
    (["-o", "{tmp}/missing/c.jsonl"], "missing/c.jsonl"),
    (["-o", "{tmp}/c.jsonl", "--papers", "{tmp}/missing/p.jsonl"], "missing/p.jsonl"),
    (["-o", "{tmp}/c.xlsx", "--papers", "{tmp}/missing/p.csv"], "missing/p.csv"),
    (["-o", "{tmp}/c.xlsx", "--issues", "{tmp}/i.xlsx"], "i.xlsx"),
    (["-o", "{tmp}/c.doc"], "c.doc"),
])
def test_unwritable_outputs_are_refused_before_any_work(tmp_path, capsys, monkeypatch, outputs, named):
    """A wrong --papers path is found before hours of extraction, not after; no traceback."""
    from claimtab import parallel

    def no_work(*args, **kwargs):
        raise AssertionError("extraction started")

    monkeypatch.setattr(parallel, "run", no_work)
    args = [a.format(tmp=tmp_path) for a in outputs]
    assert main(["extract", str(EXAMPLE), *args, "-q"]) == 2
    err = capsys.readouterr().err
    assert f"cannot write '{tmp_path}/{named}'" in err and "Traceback" not in err
    assert not list(tmp_path.glob("c.*"))
