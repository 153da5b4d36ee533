"""Running the extractor over a stream of papers, on one core or several, with the same output.

With jobs > 1 the papers go to worker processes in chunks and come back in input order, so the rows
(and their order) are identical to a one-process run.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import os
from typing import Iterable, Iterator

from claimtab.claim import Claim

CHUNK = 64
FOUND = ("n_claims", "datasets", "method", "error")  # what process() adds to a paper


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _work(chunk: list[dict]) -> list[tuple[dict, list[Claim]]]:
    """What extraction found for each paper of a chunk (not the paper back: its abstract and metadata
    would cross between processes twice)."""
    from claimtab.api import process
    return [({k: paper[k] for k in FOUND if k in paper}, claims) for paper, claims in process(chunk)]


def _chunks(papers: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(papers)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def run(papers: Iterable[dict], jobs: int = 1) -> Iterator[tuple[dict, list[Claim]]]:
    """(paper, claims) for each paper, in input order. The dict yielded for a paper is the one it came in,
    updated in place (n_claims, datasets, method), so later duplicate counts still reach it."""
    from claimtab.api import process
    from claimtab.extractor.pipeline import get_nlp

    pending = _chunks(papers, CHUNK)
    first = next(pending, [])
    if jobs <= 1 or len(first) < CHUNK:  # one chunk or less: workers would cost more than they save
        yield from process(itertools.chain(first, itertools.chain.from_iterable(pending)))
        return
    get_nlp()  # built once here; forked workers inherit it
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs) as pool:
        originals: list[list[dict]] = []

        def feed():
            for chunk in itertools.chain([first], pending):
                originals.append(chunk)
                yield chunk

        for n, done in enumerate(pool.imap(_work, feed())):
            chunk, originals[n] = originals[n], []
            for original, (paper, claims) in zip(chunk, done):
                # only what extraction found: metadata a later duplicate gave the original meanwhile stays
                original.update(paper)
                yield original, claims
