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


def guarded(step):
    """A Doc step that never raises: a failure on one odd text is recorded in doc._.error and the Doc
    goes on (spaCy's pipe would otherwise stop the batch, or drop the Doc with an error handler)."""
    def run(doc: Doc) -> Doc:
        try:
            return step(doc)
        except Exception as err:  # noqa: BLE001 - any rule bug on odd text must not end the batch
            put(doc, error=f"{type(err).__name__}: {err}")
            return doc
    run.__doc__ = step.__doc__
    return run
