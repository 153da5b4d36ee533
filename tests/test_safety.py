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
