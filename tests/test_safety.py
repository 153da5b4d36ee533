"""Never lose a user's papers: outputs never destroy inputs, appear whole or not at all, and every
record read is either a paper or an Issue."""
import os
import shutil
from pathlib import Path

import pytest

from claimtab.cli import main
from claimtab.outputs import atomic

EXAMPLE = Path(__file__).parent.parent / "examples" / "abstracts.jsonl"


@pytest.fixture
def mine(tmp_path):
    path = tmp_path / "mine.jsonl"
    shutil.copy(EXAMPLE, path)
    return path


@pytest.mark.parametrize("how", ["same", "dot", "symlink", "hardlink"])
@pytest.mark.parametrize("role", ["-o", "--papers", "--issues"])
def test_an_output_that_is_an_input_is_refused_before_anything_is_written(mine, tmp_path, capsys, how, role):
    before = mine.read_bytes()
    if how == "same":
        target = str(mine)
    elif how == "dot":
        target = str(tmp_path / "." / "mine.jsonl")
    elif how == "symlink":
        target = str(tmp_path / "link.jsonl")
        os.symlink(mine, target)
    else:
        target = str(tmp_path / "hard.jsonl")
        os.link(mine, target)
    args = ["extract", str(mine), "-o", str(tmp_path / "out.jsonl"), "-q"]
    if role == "-o":
        args[3] = target
    else:
        args += [role, target]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "refusing" in err and "mine.jsonl" in err
    assert mine.read_bytes() == before
    assert not (tmp_path / "out.jsonl").exists() or role == "-o"
    assert not list(tmp_path.glob(".claimtab-*"))


def test_two_outputs_that_are_one_file_are_refused(mine, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(mine), "-o", str(out), "--papers", str(out), "-q"]) == 2
    assert "are one file" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize("name", ["claims.jsonl", "claims.csv", "claims.xlsx", "claims.json", "claims.jsonl.gz"])
def test_a_failed_run_leaves_the_previous_output_untouched(mine, tmp_path, capsys, monkeypatch, name):
    out = tmp_path / name
    out.write_bytes(b"the good output of yesterday")
    import claimtab.cli as cli

    def broken(*_args, **_kw):
        raise KeyboardInterrupt  # the user stops the run half way
    monkeypatch.setattr(cli, "_extract_all", broken)
    with pytest.raises(KeyboardInterrupt):
        main(["extract", str(mine), "-o", str(out), "--papers", str(tmp_path / "p.jsonl"), "-q"])
    assert out.read_bytes() == b"the good output of yesterday"
    assert not (tmp_path / "p.jsonl").exists()
    assert not list(tmp_path.glob(".claimtab-*"))


def test_a_run_that_reads_no_paper_replaces_no_output(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    out = tmp_path / "claims.jsonl"
    out.write_text("kept\n")
    assert main(["extract", str(empty), "-o", str(out), "-q"]) == 1
    assert out.read_text() == "kept\n" and not list(tmp_path.glob(".claimtab-*"))


def test_a_successful_run_replaces_the_output_keeping_its_permissions(mine, tmp_path, capsys):
    out = tmp_path / "claims.jsonl"
    out.write_text("old\n")
    os.chmod(out, 0o640)
    assert main(["extract", str(mine), "-o", str(out), "-q"]) == 0
    assert out.read_text().startswith('{"paper_id"')
    assert os.stat(out).st_mode & 0o777 == 0o640


def test_atomic_path_keeps_the_target_when_the_block_fails(tmp_path):
    target = tmp_path / "t.txt"
    target.write_text("good")
    with pytest.raises(RuntimeError):
        with atomic.atomic_path(str(target)) as tmp:
            Path(tmp).write_text("half")
            raise RuntimeError("disk full")
    assert target.read_text() == "good" and not list(tmp_path.glob(".claimtab-*"))
    with atomic.atomic_path(str(target)) as tmp:
        Path(tmp).write_text("new")
    assert target.read_text() == "new"


def _rows(path):
    import json
    return [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("streamed", [False, True])
def test_two_files_numbering_their_rows_alike_keep_both_papers(tmp_path, capsys, streamed):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("id,title,abstract\n1,Alpha net,Alpha reaches 81.2% accuracy on ImageNet.\n"
                 "2,Beta net,Beta reaches 3.1 BLEU more than the baseline.\n")
    b.write_text("id,title,abstract\n1,Gamma net,Gamma is 2.5x faster than Alpha.\n"
                 "2,Beta net,Beta reaches 3.1 BLEU more than the baseline.\n")
    out, papers, issues = tmp_path / "c.jsonl", tmp_path / "p.jsonl", tmp_path / "i.jsonl"
    args = ["extract", str(a), str(b), "-o", str(out if streamed else tmp_path / "c.xlsx"), "--papers", str(papers),
            "--issues", str(issues), "-q", "-j", "1"]
    assert main(args) == 0
    ids = [p["paper_id"] for p in _rows(papers)]
    assert ids == ["1", "2", "1~b.csv:2"]  # the same id, another paper: kept under a derived id
    reasons = [i["reason"] for i in _rows(issues)]
    assert any("'1' is already used by a different paper" in r and "1~b.csv:2" in r for r in reasons)
    assert any(r.startswith("duplicate of paper '2'") for r in reasons)  # the same paper again: merged, listed
    merged = next(i for i in _rows(issues) if i["reason"].startswith("duplicate"))
    assert merged["file"].endswith("b.csv") and merged["line"] == 3
    if streamed:
        assert "Gamma" in " ".join(c["sentence"] for c in _rows(out) if c["paper_id"] == "1~b.csv:2")
    assert "1 clashing ids renamed" in capsys.readouterr().err


def test_the_derived_id_is_stable_across_runs(tmp_path, capsys):
    a = tmp_path / "a.jsonl"
    a.write_text('{"id": "x", "abstract": "One paper gains 2%."}\n{"id": "x", "abstract": "Another gains 5%."}\n')
    for n in range(2):
        assert main(["extract", str(a), "-o", str(tmp_path / f"c{n}.jsonl"), "--papers", str(tmp_path / f"p{n}.jsonl"),
                     "-q"]) == 0
    assert _rows(tmp_path / "p0.jsonl") == _rows(tmp_path / "p1.jsonl")
    assert [p["paper_id"] for p in _rows(tmp_path / "p0.jsonl")] == ["x", "x~a.jsonl:2"]
