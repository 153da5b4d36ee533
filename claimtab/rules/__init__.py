"""The rules as data: every file in this folder is read once and cached.

A new alias, cue or unit is one line in one of these files; nothing here needs code changes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path


def rule_path(name: str) -> Path:
    """Path of a rule file shipped in this package."""
    return Path(str(resources.files(__package__).joinpath(name)))


def read_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a rule file (comments start with '#')."""
    text = rule_path(name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("# ")
            and ln.strip() != "#"]


def read_table(name: str, ncols: int) -> list[tuple[str, ...]]:
    """Rows of a tab-separated rule file; each row has exactly `ncols` fields."""
    rows = []
    for lineno, line in enumerate(read_lines(name), 1):
        parts = line.split("\t")
        if len(parts) != ncols:
            raise ValueError(f"{name}: line {lineno!r} has {len(parts)} fields, expected {ncols}: {line!r}")
        rows.append(tuple(p.strip() for p in parts))
    return rows


def read_jsonl(name: str) -> list[dict]:
    """Objects of a JSON-lines rule file."""
    return [json.loads(line) for line in read_lines(name)]


@lru_cache(maxsize=None)
def unit_surfaces() -> frozenset[str]:
    """Every one-word surface of a unit as written ('FLOPs', 'GFLOPs', 'FPS'): not a system's name."""
    return frozenset(s for s, *_ in unit_aliases() if " " not in s)


@lru_cache(maxsize=None)
def unit_aliases() -> tuple[tuple[str, str, str, str], ...]:
    """The field's units, then physical units made from pint's registry (unit_aliases_physical.tsv)."""
    return tuple(read_table("unit_aliases.tsv", 4) + read_table("unit_aliases_physical.tsv", 4))


@lru_cache(maxsize=None)
def scales() -> dict[str, tuple[float, str]]:
    return {s: (float(f), b) for s, f, b in read_table("scales.tsv", 3)}


@lru_cache(maxsize=None)
def number_words() -> dict[str, tuple[float, str]]:
    return {w: (float(v), u) for w, v, u in read_table("number_words.tsv", 3)}


@lru_cache(maxsize=None)
def bounds() -> dict[str, str]:
    return {p: b for p, b in read_table("bounds.tsv", 2)}


@lru_cache(maxsize=None)
def kind_cues() -> tuple[tuple[str, str, str], ...]:
    """(cue, category, metric it names or '-'); every category is one of cue_categories.tsv."""
    rows = tuple(read_table("kind_cues.tsv", 3))
    known = cue_categories()
    for cue, category, _metric in rows:
        if category not in known:
            raise ValueError(f"kind_cues.tsv: {cue!r} has the category {category!r}, which "
                             f"cue_categories.tsv does not list (it lists {', '.join(sorted(known))})")
    return rows


@dataclass(frozen=True)
class CueCategory:
    """How the kind rules read a cue category (rules/cue_categories.tsv)."""
    priority: int
    decisive: bool
    object: bool
    kind: str


@lru_cache(maxsize=None)
def cue_categories() -> dict[str, CueCategory]:
    out = {}
    for name, priority, role, kind in read_table("cue_categories.tsv", 4):
        if role not in ("decisive", "object", "decisive+object", "-"):
            raise ValueError(f"cue_categories.tsv: {name!r}: unknown role {role!r}")
        out[name] = CueCategory(int(priority), "decisive" in role, "object" in role, kind)
    return out


@lru_cache(maxsize=None)
def unit_metrics() -> dict[str, str]:
    """Canonical unit -> the metric an amount in it measures ('s' -> time)."""
    return dict(read_table("unit_metrics.tsv", 2))


@lru_cache(maxsize=None)
def _word_roles() -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for role, word in read_table("words.tsv", 2):
        roles.setdefault(role, set()).add(word)
    return {role: frozenset(found) for role, found in roles.items()}


def words(role: str) -> frozenset[str]:
    """The words of one role in words.tsv ('list_joiner', 'article', ...)."""
    roles = _word_roles()
    if role not in roles:
        raise KeyError(f"words.tsv has no role {role!r} (it has {', '.join(sorted(roles))})")
    return roles[role]


@lru_cache(maxsize=None)
def count_nouns() -> dict[str, str]:
    return {n: k for n, k, _setting in read_table("count_nouns.tsv", 3)}


@lru_cache(maxsize=None)
def setting_nouns() -> dict[str, str]:
    """The setting a noun after a number names ('5-shot' -> shots, '1001-layer' -> depth)."""
    return {n: s for n, _k, s in read_table("count_nouns.tsv", 3) if s != "-"}


@lru_cache(maxsize=None)
def metrics() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for alias, canon, direction in read_table("metrics.tsv", 3):
        if alias in out and out[alias][0] != canon:
            raise ValueError(f"metrics.tsv: alias {alias!r} maps to {out[alias][0]!r} and {canon!r}")
        out[alias] = (canon, direction)
    return out


@lru_cache(maxsize=None)
def abbreviations() -> frozenset[str]:
    return frozenset(read_lines("abbreviations.txt"))


@lru_cache(maxsize=None)
def not_quantity_patterns() -> tuple[dict, ...]:
    return tuple(read_jsonl("not_quantities.jsonl"))


@lru_cache(maxsize=None)
def subject_verbs() -> dict[str, bool]:
    """Subject verb -> whether a bare acronym may be its subject ('NGPC gives'); a verb marked
    'names-only' takes only a written name ('ResNet-50 with', not 'GPU with')."""
    verbs = {}
    for line in read_lines("subject_verbs.txt"):
        word, _, mark = line.partition("\t")
        if mark not in ("", "names-only"):
            raise ValueError(f"subject_verbs.txt: {line!r}: the second column may only be 'names-only'")
        verbs[word.strip()] = mark != "names-only"
    return verbs


@lru_cache(maxsize=None)
def model_words() -> frozenset[str]:
    return frozenset(read_lines("model_words.txt"))


@lru_cache(maxsize=None)
def metric_families() -> dict[str, str]:
    """Metrics with a cut-off k ('Recall@k'): the written prefix in lower case -> the canonical name's
    stem ('r' -> 'recall', 'ndcg' -> 'NDCG')."""
    return {alias[:-2].lower(): canon[:-2] for alias, (canon, _d) in metrics().items()
            if alias.endswith("@k") and canon.endswith("@k")}


@lru_cache(maxsize=None)
def export_columns() -> tuple[tuple[str, str], ...]:
    """(field, column header) of the tabular exports, in the order they are tried."""
    return tuple(read_table("export_columns.tsv", 2))


@lru_cache(maxsize=None)
def generic_systems() -> frozenset[str]:
    """Names of kinds of systems, tasks and parts ('LSTM', 'NER', '3D'), not of one system."""
    return frozenset(read_lines("generic_systems.txt"))


@lru_cache(maxsize=None)
def task_names() -> frozenset[str]:
    """The names of tasks and fields among them ('NER', 'GEC'): never a system, though 'the LSTM' may be one."""
    lines = rule_path("generic_systems.txt").read_text(encoding="utf-8").splitlines()
    start = lines.index("# Tasks and fields") + 1
    end = next((n for n in range(start, len(lines)) if lines[n].startswith("# ")), len(lines))
    return frozenset(ln.strip() for ln in lines[start:end] if ln.strip())


@lru_cache(maxsize=None)
def datasets() -> tuple[tuple[str, str, str, str], ...]:
    """The dataset gazetteer: our own list, then the names taken from public lists (datasets_public.tsv) and
    from the Papers-with-Code leaderboards (datasets_pwc.tsv) and from evaluation suites (datasets_suites.tsv)."""
    files = ("datasets.tsv", "datasets_public.tsv", "datasets_pwc.tsv", "datasets_suites.tsv")
    return tuple(row for name in files for row in read_table(name, 4))


@lru_cache(maxsize=None)
def dataset_patterns() -> tuple[dict, ...]:
    return tuple(read_jsonl("dataset_patterns.jsonl"))


@lru_cache(maxsize=None)
def name_stopwords() -> frozenset[str]:
    return frozenset(read_lines("name_stopwords.txt"))


@lru_cache(maxsize=None)
def baseline_cues() -> tuple[tuple[str, str], ...]:
    return tuple(read_table("baseline_cues.tsv", 2))


@lru_cache(maxsize=None)
def method_cues() -> tuple[str, ...]:
    return tuple(read_lines("method_cues.txt"))


@lru_cache(maxsize=None)
def page_headers() -> frozenset[str]:
    return frozenset(read_lines("page_headers.txt"))
