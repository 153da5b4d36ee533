"""The reviewer's workbook: marks made in it survive a re-run and reach a meta-analysis."""
import json
from pathlib import Path

import openpyxl
import pytest

from claimtab import read_table
from claimtab.cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "abstracts.jsonl"


def _mark(path: Path, marks: dict[int, dict]) -> None:
    """Edit the workbook as a reviewer would: a check, a note, a corrected field, by data row number."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Claims"]
    header = [c.value for c in ws[1]]
    for row, fields in marks.items():
        for name, value in fields.items():
            ws.cell(row=row + 1, column=header.index(name) + 1, value=value)
    wb.save(path)


def test_marks_survive_a_rerun_and_reach_read_table(tmp_path, capsys):
    old = tmp_path / "review.xlsx"
    assert main(["extract", str(EXAMPLE), "-o", str(old), "-q"]) == 0
    first = read_table(str(old))
    assert first["check"].isna().all()
    _mark(old, {1: {"check": "ok"}, 2: {"check": "wrong", "note": "a setting, not a result"},
                3: {"check": "fixed", "metric": "box AP", "value": 99.5}})
    # the same file read for marks and written anew: the marks are read before it is replaced
    assert main(["extract", str(EXAMPLE), "-o", str(old), "--reviewed", str(old), "-q"]) == 0
    assert "3 reviewed claims carried over" in capsys.readouterr().err
    again = read_table(str(old))
    assert list(again["check"][:3]) == ["ok", "wrong", "fixed"]
    assert again["note"][1] == "a setting, not a result"
    assert (again["metric"][2], again["value"][2]) == ("box AP", 99.5)  # the correction carried over
    assert again["check"][3:].isna().all()
    ok = again[again["check"].isin(["ok", "fixed"])]  # what a meta-analysis keeps
    assert len(ok) == 2


def test_a_marked_claim_no_longer_found_is_listed_in_issues(tmp_path, capsys):
    old = tmp_path / "review.xlsx"
    assert main(["extract", str(EXAMPLE), "-o", str(old), "-q"]) == 0
    _mark(old, {1: {"check": "ok", "start": 99999}})  # a span the new run does not have
    new, issues = tmp_path / "new.xlsx", tmp_path / "i.jsonl"
    assert main(["extract", str(EXAMPLE), "-o", str(new), "--reviewed", str(old), "--issues", str(issues), "-q"]) == 0
    [issue] = [json.loads(line) for line in issues.read_text().splitlines()]
    assert "reviewed claim no longer found" in issue["reason"] and "Claims!2" in issue["reason"]
    assert read_table(str(new))["check"].isna().all()


@pytest.mark.parametrize("args, message", [
    (["-o", "c.jsonl", "--reviewed", "r.xlsx"], "write one (-o OUT.xlsx)"),
    (["-o", "c.xlsx", "--reviewed", "missing.xlsx"], "no such file"),
])
def test_reviewed_needs_a_workbook_both_ways(tmp_path, capsys, args, message):
    (tmp_path / "r.xlsx").write_bytes(b"")
    args = [a if not a.endswith((".jsonl", ".xlsx")) else str(tmp_path / a) for a in args]
    assert main(["extract", str(EXAMPLE), *args, "-q"]) == 2
    assert message in capsys.readouterr().err


def test_the_check_column_offers_its_choices(tmp_path, capsys):
    out = tmp_path / "c.xlsx"
    assert main(["extract", str(EXAMPLE), "-o", str(out), "-q"]) == 0
    ws = openpyxl.load_workbook(out)["Claims"]
    [dv] = ws.data_validations.dataValidation
    assert dv.formula1 == '"ok,wrong,fixed"' and str(dv.sqref).startswith("R2:R")
