"""The Doc extensions claimtab fills (doc._.claims, doc._.datasets, ...), written and read in one step."""
from __future__ import annotations

from spacy.tokens import Doc

NAMES = ("claims", "datasets", "method", "title", "paper_id", "error")
for _name in NAMES:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def put(doc: Doc, **values) -> None:
    """doc._.<name> = value for each name given."""
    underscore = doc._  # spaCy makes a new one on each access
    for name, value in values.items():
        setattr(underscore, name, value)


def get(doc: Doc, name: str):
    """doc._.<name> (None when unset)."""
    return getattr(doc._, name)


def get_all(doc: Doc, *names: str) -> tuple:
    """(doc._.<name> for each name), read through one doc._."""
    underscore = doc._
    return tuple(getattr(underscore, name) for name in names)
