"""Parallel runs give the same output as one process; the progress bar stays off stderr when it is
not a terminal; the Dask path gives the same rows as the single-process path."""
import json

import pandas as pd
import pytest

import claimtab
from claimtab.cli import main

from .conftest import EXAMPLE


def _write_corpus(path, extra=()):
    """300 example abstracts as papers p0..p299, then `extra` (index, fields) copies of some of them."""
    recs = [json.loads(line) for line in EXAMPLE.read_text(encoding="utf-8").splitlines()]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(300):
            f.write(json.dumps(dict(recs[i % len(recs)], id=f"p{i}")) + "\n")
        for i, fields in extra:
            f.write(json.dumps(dict(recs[i % len(recs)], id=f"p{i}", **fields)) + "\n")
    return path


@pytest.fixture
def corpus(tmp_path):
    return _write_corpus(tmp_path / "corpus.jsonl")


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


def _papers_with_new_words(records, n, words_each=20, seed=7):
    """Papers that each bring words no other paper has (as every real paper brings its own numbers
    and names)."""
    import random
    rng = random.Random(seed)
    letters = "bcdfghjklmnpqrstvwxz"
    papers = []
    for i in range(n):
        new = " ".join("".join(rng.choice(letters) for _ in range(9)).capitalize() for _ in range(words_each))
        rec = records[i % len(records)]
        papers.append(dict(rec, id=f"p{i}", abstract=rec["abstract"] + " Names: " + new + "."))
    return papers


def test_renewing_the_pipeline_changes_no_output(monkeypatch, example_records):
    from claimtab import api
    from claimtab.extractor import pipeline

    papers = _papers_with_new_words(example_records, 40)
    expected = claimtab.extract(papers)
    builds = []
    build = pipeline.build_nlp
    monkeypatch.setattr(pipeline, "build_nlp", lambda: builds.append(1) or build())
    monkeypatch.setattr(pipeline, "VOCAB_BUDGET", 10)
    monkeypatch.setattr(api, "CHECK_EVERY", 3)
    renewed = claimtab.extract(papers)
    assert len(builds) >= 10  # renewed again and again along the way
    pd.testing.assert_frame_equal(renewed, expected)
    assert len(expected) > 40


def test_vocabulary_stays_within_its_budget_on_a_stream_of_new_words(monkeypatch, example_records):
    import gc
    import weakref

    from spacy.vocab import Vocab

    from claimtab import api
    from claimtab.extractor import caches, pipeline

    def live_vocabularies():
        gc.collect()
        return sum(isinstance(o, Vocab) for o in gc.get_objects())

    before = live_vocabularies()
    built = []
    build = pipeline.build_nlp
    monkeypatch.setattr(pipeline, "build_nlp", lambda: built.append(weakref.ref(nlp := build())) or nlp)
    monkeypatch.setattr(pipeline, "VOCAB_BUDGET", 500)
    monkeypatch.setattr(api, "CHECK_EVERY", 5)
    for _ in api.process(_papers_with_new_words(example_records, 200)):
        pass
    nlp = pipeline.get_nlp()
    # 4,000 new words went through; a renewal comes at most CHECK_EVERY papers (~5 x 40 words) late
    assert len(nlp.vocab) - pipeline._built_size <= 500 + 5 * 40
    assert len(built) >= 4 and live_vocabularies() <= before + 1  # the replaced ones were freed
    assert [ref() is not None for ref in built] == [False] * (len(built) - 1) + [True]
    assert all(cached.cache_info().currsize < 2_000 for cached in caches._ALL)


def test_renewal_while_other_threads_extract_changes_no_output(monkeypatch, example_records):
    from concurrent.futures import ThreadPoolExecutor

    from claimtab import api
    from claimtab.extractor import pipeline

    papers = _papers_with_new_words(example_records, 30)
    expected = claimtab.extract(papers)
    monkeypatch.setattr(pipeline, "VOCAB_BUDGET", 10)
    monkeypatch.setattr(api, "CHECK_EVERY", 2)
    with ThreadPoolExecutor(4) as pool:
        frames = list(pool.map(claimtab.extract, [papers] * 4))
    for frame in frames:
        pd.testing.assert_frame_equal(frame, expected)


@pytest.fixture
def copies_with_metadata(tmp_path):
    """300 papers, then every third again, the second copy bringing a date and venue the first lacked."""
    later = {"date": "2024-05-01", "venue": "NeurIPS"}
    return _write_corpus(tmp_path / "copies.jsonl", [(i, later) for i in range(0, 300, 3)])


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_streamed_papers_table_equals_the_one_built_in_memory(tmp_path, capsys, copies_with_metadata, suffix, jobs):
    """With claims streamed (.jsonl) the papers table is streamed too (no papers kept in memory): the
    same bytes as when the whole table is built (claims to .xlsx), later copies' n_seen and metadata
    included, and no spool file left behind."""
    streamed, built = tmp_path / f"streamed{suffix}", tmp_path / f"built{suffix}"
    assert main(["extract", str(copies_with_metadata), "-o", str(tmp_path / "c.jsonl"), "--papers", str(streamed),
                 "-j", jobs, "-q"]) == 0
    assert main(["extract", str(copies_with_metadata), "-o", str(tmp_path / "c.xlsx"), "--papers", str(built),
                 "-j", jobs, "-q"]) == 0
    assert streamed.read_bytes() == built.read_bytes()
    assert not list(tmp_path.glob("*.spool"))
    if suffix == ".jsonl":
        rows = [json.loads(line) for line in streamed.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == 300
        assert [(r["n_seen"], r["date"], r["venue"]) for r in rows[:2]] == [(2, "2024-05-01", "NeurIPS"),
                                                                         (1, None, None)]


def test_a_streamed_run_keeps_no_papers(tmp_path, capsys, copies_with_metadata, monkeypatch):
    """Streamed runs remember ids as digests, and only what later copies add."""
    from claimtab import readers

    kept = []
    original = readers.Intake.__init__

    def spy(self, *args, **kwargs):
        original(self, *args, **kwargs)
        kept.append(self)

    monkeypatch.setattr(readers.Intake, "__init__", spy)
    assert main(["extract", str(copies_with_metadata), "-o", str(tmp_path / "c.jsonl"), "--papers",
                 str(tmp_path / "p.jsonl"), "-q", "-j", "1"]) == 0
    assert main(["extract", str(copies_with_metadata), "-o", str(tmp_path / "c.jsonl"), "-q", "-j", "1"]) == 0
    with_table, without = kept
    assert not with_table._seen and len(with_table._ids) == 300 and len(with_table.repeats) == 100
    assert not without._seen and len(without._ids) == 300 and not without.repeats  # nobody would read them
    assert without.duplicates == with_table.duplicates == 100


def test_seen_ids_find_every_repeat_across_merges(monkeypatch):
    from claimtab.readers import seen

    monkeypatch.setattr(seen, "MERGE_EVERY", 64)  # many merges into the sorted array
    ids = seen.SeenIds()
    assert all(ids.add(f"arXiv:2301.{i:05d}") for i in range(1000))
    assert not any(ids.add(f"arXiv:2301.{i:05d}") for i in range(0, 1000, 7))
    assert ids.add("doi:10.1/new") and len(ids) == 1001


def test_seen_ids_cost_bytes_not_objects():
    import tracemalloc

    from claimtab.readers.seen import SeenIds

    tracemalloc.start()
    ids = SeenIds()
    for i in range(200_000):
        ids.add(f"arXiv:{2300 + i // 100_000}.{i % 100_000:05d}")
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert size < 8_000_000  # a set of the id strings takes ~22 MB


def test_dask_bag_of_records_matches_the_single_process_path(example_records):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    import dask.bag as db

    import claimtab.dask as ctdask

    records = [dict(r, id=f"p{i}") for i, r in enumerate(example_records * 3)]
    expected = claimtab.extract(records)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        got = ctdask.extract(db.from_sequence(records, npartitions=4)).compute()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected)
