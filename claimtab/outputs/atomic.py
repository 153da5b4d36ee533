"""Outputs that appear whole or not at all. A run writes each output to a temporary file beside its
target and renames it into place only when the run succeeded, so a failed or interrupted run never
leaves a truncated or empty file where a good one was. An output that is also an input is refused
before anything is opened for writing."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


def same_file(a: str, b: str) -> bool:
    """Whether two paths name one file (through a symlink, './' or a hard link too)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist yet: compare where they would be
        return Path(a).resolve() == Path(b).resolve()


def clashes(outputs: dict[str, str], inputs: list[str]) -> str | None:
    """Why these outputs cannot be written ({role: path}): one is an input, or two are one file."""
    real_inputs = [p for p in inputs if p != "-"]
    for role, out in outputs.items():
        for inp in real_inputs:
            if os.path.isfile(inp) and same_file(out, inp):
                return f"the {role} file {out!r} is the input {inp!r}: writing it would destroy the input"
    roles = list(outputs.items())
    for n, (role, out) in enumerate(roles):
        for other_role, other in roles[n + 1:]:
            if same_file(out, other):
                return f"the {role} file {out!r} and the {other_role} file {other!r} are one file"
    return None


def temporary_beside(path: str) -> str:
    """A new, empty file's path in the target's folder whose name ends like the target's (the writers
    pick the format by the suffix: 'claims.jsonl.gz')."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".claimtab-", suffix=f"-{target.name}", dir=target.resolve().parent)
    os.close(fd)
    return tmp


class Staging:
    """Temporary files for a run's outputs: `path(target)` is where to write it; commit() renames them
    all into place; discard() removes them (also after commit, for what is left)."""

    def __init__(self):
        self._temps: dict[str, str] = {}

    def path(self, target: str | None) -> str | None:
        if target is None:
            return None
        if target not in self._temps:
            self._temps[target] = temporary_beside(target)
        return self._temps[target]

    def commit(self) -> None:
        for target, tmp in self._temps.items():
            if os.path.exists(tmp):
                _keep_mode(target, tmp)
                os.replace(tmp, target)
        self._temps.clear()

    def discard(self) -> None:
        for tmp in self._temps.values():
            if os.path.exists(tmp):
                os.remove(tmp)
        self._temps.clear()


def _keep_mode(target: str, tmp: str) -> None:
    """The new file gets the old one's permissions (mkstemp makes it private), or the usual ones."""
    try:
        mode = os.stat(target).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


@contextmanager
def atomic_path(path: str):
    """Write to the yielded path; it replaces `path` only if the block ends without an exception."""
    staging = Staging()
    try:
        yield staging.path(path)
        staging.commit()
    finally:
        staging.discard()
