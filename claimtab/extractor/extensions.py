"""The Doc extensions claimtab fills (doc._.claims, doc._.datasets, ...), written and read in one step.

spaCy keeps a plain extension's value in doc.user_data under ("._.", name, None, None), and `doc._`
builds a new Underscore object on every access (~1.5 µs). claimtab's own code touches these values a
dozen times a Doc, so it goes to user_data directly; users read them through doc._ as usual. An extension
that someone has re-registered with a getter or setter is still honoured through doc._."""
from __future__ import annotations

from spacy.tokens import Doc

NAMES = ("claims", "datasets", "method", "title", "paper_id", "error")
for _name in NAMES:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
_KEYS = {name: ("._.", name, None, None) for name in NAMES}


def _plain(name: str) -> bool:
    """The extension is a plain attribute with the default None (no getter, setter or method)."""
    default, method, getter, setter = Doc.get_extension(name)
    return default is None and method is None and getter is None and setter is None


def put(doc: Doc, **values) -> None:
    """doc._.<name> = value for each name given."""
    data = doc.user_data
    for name, value in values.items():
        if _plain(name):
            data[_KEYS[name]] = value
        else:
            setattr(doc._, name, value)


def get(doc: Doc, name: str):
    """doc._.<name> (None when unset)."""
    if _plain(name):
        return doc.user_data.get(_KEYS[name])
    return getattr(doc._, name)
