"""Memo caches of facts about single words (is it a number, its dataset key, is it name-like).

They are bounded, and all of them are emptied when the shared pipeline is renewed (see pipeline.py), so
a long stream of papers, each bringing new words, runs in flat memory."""
from __future__ import annotations

from functools import lru_cache

_ALL: list = []


def word_cache(maxsize: int = 65536):
    """functools.lru_cache for a function of a word, registered so that clear_all() empties it."""
    def wrap(func):
        cached = lru_cache(maxsize=maxsize)(func)
        _ALL.append(cached)
        return cached
    return wrap


def clear_all() -> None:
    for cached in _ALL:
        cached.cache_clear()
