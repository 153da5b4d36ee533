"""Parallel runs give the same output as one process; the progress bar stays off stderr when it is
not a terminal; the Dask path gives the same rows as the single-process path."""
import json

import pandas as pd
import pytest

import claimtab
from claimtab.cli import main

from .conftest import EXAMPLE


@pytest.fixture
def corpus(tmp_path):
    recs = [json.loads(line) for line in EXAMPLE.read_text(encoding="utf-8").splitlines()]
    path = tmp_path / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(300):
            rec = dict(recs[i % len(recs)], id=f"p{i}")
            f.write(json.dumps(rec) + "\n")
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_jobs_give_identical_output(tmp_path, capsys, corpus, suffix):
    one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    assert main(["extract", str(corpus), "-o", str(one), "--jobs", "1"]) == 0
    assert main(["extract", str(corpus), "-o", str(two), "--jobs", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert one.read_text(encoding="utf-8").count("\n") > 1000


def test_papers_table_is_the_same_in_parallel(tmp_path, capsys, corpus):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    main(["extract", str(corpus), str(corpus), "-o", str(tmp_path / "x.jsonl"), "--papers", str(a), "-j", "1"])
    main(["extract", str(corpus), str(corpus), "-o", str(tmp_path / "y.jsonl"), "--papers", str(b), "-j", "2"])
    assert a.read_bytes() == b.read_bytes()
    first = json.loads(a.read_text(encoding="utf-8").splitlines()[0])
    assert first["n_seen"] == 2 and first["method"] == "FastViT-Lite"


def test_no_progress_bar_off_a_terminal(tmp_path, capsys, corpus):
    assert main(["extract", str(corpus), "-o", str(tmp_path / "c.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "papers/s" not in err and "it/s" not in err
    assert err.strip().splitlines()[-1].startswith("claimtab: 1 files, 300 records read")


def test_dask_matches_the_single_process_path(example_records):
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    import dask.dataframe as dd

    import claimtab.dask as ctdask

    frame = pd.DataFrame(example_records * 3).assign(id=lambda d: [f"p{i}" for i in range(len(d))])
    expected = claimtab.extract(frame)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        got = ctdask.extract(dd.from_pandas(frame, npartitions=3)).compute()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected)


def test_spark_batches_function_and_schema(example_records):
    frame = pd.DataFrame(example_records)
    parts = list(claimtab.extract_batches([frame.iloc[:2], frame.iloc[2:]]))
    pd.testing.assert_frame_equal(pd.concat(parts, ignore_index=True), claimtab.extract(frame))
    names = [field.split()[0] for field in claimtab.SPARK_SCHEMA.split(", ")]
    assert names == list(claimtab.COLUMNS)
