"""What the field resolvers know about the abstract being read: one object per Doc, made by the
component for each Doc and dropped with it (nothing per-Doc is kept on the shared component)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from claimtab import rules
from claimtab.extractor.fields.names import defines_task
from claimtab.extractor.lexicon import Annotations, Hit
from claimtab.extractor.lists import number_runs
from claimtab.extractor.tokens import TokenView, view

ARTICLES = rules.words("article")
TASKS = rules.task_names()


@dataclass(slots=True)
class DocContext:
    doc: Doc
    ann: Annotations                 # cue, metric, bound and not-a-quantity matches
    datasets: list[Hit]              # dataset mentions, canonical names as values
    paper_id: str | None = None
    title: str | None = None
    method: str | None = None        # the paper's own method, the default model
    baseline_matcher: Callable | None = None  # finds the comparison cues ('than', 'over', 'outperforms')
    dataset_tokens: frozenset[int] = frozenset()
    metric_tokens: frozenset[int] = frozenset()
    memo: dict = field(default_factory=dict)  # per-sentence results a resolver keeps for the next claim
    view: TokenView | None = None    # the Doc's token view (every word class is defined by now)

    def __post_init__(self):
        self.dataset_tokens = frozenset(i for h in self.datasets for i in range(h.start, h.end))
        self.metric_tokens = frozenset(i for m in self.ann.metrics for i in range(m.start, m.end))
        self.view = view(self.doc)

    def runs(self, qs: list) -> list[tuple[int, int]]:
        """The runs of joined numbers of one sentence's quantities (lists.number_runs), found once for
        the kind, metric, dataset, model and baseline resolvers that read them."""
        key = ("runs", qs[0].start if qs else -1, len(qs))
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = number_runs(self.doc, qs)
        return found

    def baseline_cues(self) -> list[tuple[int, int]]:
        """(start, end) of every comparison cue of the Doc, found on first use."""
        found = self.memo.get("baseline_cues")
        if found is None:
            lower = self.view.lower  # 'the above datasets': an adjective after an article, no comparison
            found = self.memo["baseline_cues"] = [(s, e) for _m, s, e in self.baseline_matcher(self.doc)
                                                  if not (s and lower[s - 1] in ARTICLES and lower[s] == "above")]
        return found

    def is_task(self, name: str) -> bool:
        """`name` names a task or field, never a system: a known one or one the abstract defines."""
        if name in TASKS:
            return True
        key = ("task", name)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = defines_task(self.view, name)
        return found
