"""Paper ids seen so far, for spotting duplicates on a stream of millions without keeping the ids.

A set of id strings costs ~110 bytes an id (110 MB for a million papers, growing with the corpus).
Here each id is a 63-bit digest, ~8 bytes once it is merged into a sorted array. Two different ids
share a digest with probability ~n²/2⁶⁴: about 1 in 20 million for a million papers."""
from __future__ import annotations

import hashlib

import numpy

MERGE_EVERY = 1 << 16  # digests held in a set before they are merged into the sorted array


def digest(pid: str) -> int:
    raw = hashlib.blake2b(pid.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(raw, "little") >> 1  # fits int64


class SeenIds:
    def __init__(self):
        self._merged = numpy.empty(0, dtype=numpy.int64)
        self._recent: set[int] = set()
        self.count = 0

    def __contains__(self, pid: str) -> bool:
        d = digest(pid)
        return d in self._recent or self._in_merged(d)

    def add(self, pid: str) -> bool:
        """Whether `pid` is new (it is remembered from now on)."""
        d = digest(pid)
        if d in self._recent or self._in_merged(d):
            return False
        self._recent.add(d)
        self.count += 1
        if len(self._recent) >= MERGE_EVERY:
            recent = numpy.fromiter(self._recent, dtype=numpy.int64, count=len(self._recent))
            self._merged = numpy.union1d(self._merged, recent)
            self._recent = set()
        return True

    def _in_merged(self, d: int) -> bool:
        merged = self._merged
        k = int(merged.searchsorted(d))
        return k < len(merged) and int(merged[k]) == d

    def __len__(self) -> int:
        return self.count
