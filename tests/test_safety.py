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


def _strict_json(text):
    import json

    def no_constant(name):
        raise ValueError(f"{name} is not JSON")
    return [json.loads(line, parse_constant=no_constant) for line in text.splitlines() if line.strip()]


def test_a_long_abstract_is_read_in_pieces_with_offsets_in_the_whole(monkeypatch):
    from claimtab import api, pieces
    monkeypatch.setattr(pieces, "PIECE", 300)
    sentence = "FooNet reaches 81.2% top-1 accuracy on ImageNet, 2.1% above ResNet-50. "
    text = sentence * 40  # 2,880 characters: ten pieces
    assert len(pieces.cut(text)) > 5 and "".join(p for _, p in pieces.cut(text)) == text
    claims = api.extract_claims(text, paper_id="long")
    assert len(claims) == 80
    assert all(text[c.start:c.end] == c.text for c in claims)


@pytest.mark.parametrize("text", ["a" * 1000, "word " * 300, "One. " * 300, ""])
def test_pieces_cover_the_text_and_keep_to_their_size(text):
    from claimtab import pieces
    cut = pieces.cut(text, 100)
    assert "".join(p for _, p in cut) == text
    assert all(len(p) <= 100 for _, p in cut) and [o for o, _ in cut] == sorted(o for o, _ in cut)


def test_numbers_out_of_float_range_have_no_value_and_json_stays_strict(tmp_path, capsys):
    src = tmp_path / "big.jsonl"
    src.write_text('{"id": "a", "abstract": "It has 1e400 parameters and a 10^400 speedup."}\n'
                   '{"id": "b", "abstract": "It has 2e308 parameters, 3x10^999 tokens and 81.2% accuracy."}\n')
    out = tmp_path / "c.jsonl"
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 0
    rows = _strict_json(out.read_text())
    assert {r["text"] for r in rows if r["value"] is None} >= {"1e400 parameters", "2e308 parameters"}
    assert [r["value"] for r in rows if r["text"] == "81.2%"] == [81.2]


def test_a_deeply_nested_json_line_is_an_issue_and_the_batch_goes_on(tmp_path, capsys):
    src = tmp_path / "nested.jsonl"
    src.write_text('{"id": "a", "abstract": "It gains 5%."}\n' + "[" * 100_000 + "]" * 100_000 + "\n"
                   '{"id": "c", "abstract": "It gains 7%."}\n')
    out, issues = tmp_path / "c.jsonl", tmp_path / "i.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--issues", str(issues), "-q"]) == 0
    assert {r["paper_id"] for r in _strict_json(out.read_text())} == {"a", "c"}
    assert [(i["line"], i["reason"]) for i in _strict_json(issues.read_text())] == [(2, "JSON nested too deeply to read")]


def test_a_line_over_the_record_limit_is_skipped_and_reported(tmp_path, capsys):
    import gzip
    src = tmp_path / "bomb.jsonl.gz"
    with gzip.open(src, "wt") as f:
        f.write('{"id": "a", "abstract": "It gains 5%."}\n')
        f.write('{"id": "b", "abstract": "' + "x" * 50_000 + '"}\n')
        f.write('{"id": "c", "abstract": "It gains 7%."}\n')
    out, issues = tmp_path / "c.jsonl", tmp_path / "i.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--issues", str(issues), "--max-record-mb", "0.01", "-q"]) == 0
    assert {r["paper_id"] for r in _strict_json(out.read_text())} == {"a", "c"}
    [issue] = _strict_json(issues.read_text())
    assert issue["line"] == 2 and "record limit" in issue["reason"]


def test_a_whole_json_file_over_the_record_limit_is_reported(tmp_path, capsys):
    src = tmp_path / "all.json"
    src.write_text('[{"id": "a", "abstract": "' + "y" * 30_000 + '"}]')
    assert main(["extract", str(src), "-o", str(tmp_path / "c.jsonl"), "--max-record-mb", "0.01"]) == 1
    assert "over the record limit" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-3", "two"])
def test_jobs_must_be_one_or_more(tmp_path, capsys, value):
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(EXAMPLE), "-o", str(tmp_path / "c.jsonl"), "--jobs", value])
    assert stop.value.code == 2 and "--jobs" in capsys.readouterr().err


def test_malformed_json_is_described_once(tmp_path, capsys):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": "a", "abstract": "unterminated')
    main(["extract", str(src), "-o", str(tmp_path / "c.jsonl"), "-q"])
    err = capsys.readouterr().err
    assert "malformed JSON (Unterminated string starting at column" in err and "at at" not in err


def test_atom_sources_point_at_their_entries(tmp_path):
    from claimtab.readers import read
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>t</title>\n'
                    "<entry>\n<id>http://arxiv.org/abs/2301.00001v1</id>\n<title>A</title>\n"
                    "<summary>It gains 5%.</summary>\n</entry>\n"
                    "<entry><id>http://arxiv.org/abs/2301.00002v1</id><title>B</title>\n"
                    "<summary>It is 2x faster.</summary></entry>\n</feed>\n")
    assert [p["source"].rsplit(":", 1)[1] for p in read(str(feed))] == ["4", "9"]


def test_ids_that_differ_by_a_neutralized_formula_prefix_stay_two_papers(tmp_path, capsys):
    src = tmp_path / "f.csv"
    src.write_text("id,title,abstract\n=1,Alpha,Alpha gains 5%.\n'=1,Beta,Beta gains 7%.\n")
    papers = tmp_path / "p.jsonl"
    assert main(["extract", str(src), "-o", str(tmp_path / "c.jsonl"), "--papers", str(papers), "-q"]) == 0
    assert [p["title"] for p in _rows(papers)] == ["Alpha", "Beta"]
    assert len({p["paper_id"] for p in _rows(papers)}) == 2


def test_an_abstract_over_spacys_length_limit_is_read_not_refused(tmp_path, capsys):
    text = "Filler words without figures. " * 35_000 + "FooNet reaches 81.2% top-1 accuracy on ImageNet."
    assert len(text) > 1_000_000
    src = tmp_path / "long.jsonl"
    import json
    src.write_text(json.dumps({"id": "long", "abstract": text}) + "\n")
    out = tmp_path / "c.jsonl"
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 0
    [claim] = _strict_json(out.read_text())
    assert text[claim["start"]:claim["end"]] == claim["text"] == "81.2%"
