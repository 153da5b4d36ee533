"""The rule files compiled into spaCy matchers, once per vocabulary."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from claimtab import rules
from claimtab.extractor import numbers
from claimtab.extractor.tokens import view

@dataclass
class Hit:
    """A lexicon match: tokens [start, end) and what they mean."""
    start: int
    end: int
    label: str
    value: str = ""


@dataclass
class Annotations:
    """Everything the matchers found in one Doc, indexed by token for quick look-ups."""
    bounds_ending_at: dict[int, Hit] = field(default_factory=dict)
    cues: list[Hit] = field(default_factory=list)
    metrics: list[Hit] = field(default_factory=list)
    metric_starting_at: dict[int, Hit] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)


class Lexicon:
    """Bound phrases, kind cues, metric names and not-a-quantity patterns as spaCy matchers."""

    def __init__(self, nlp: Language):
        self.bound_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase, bound in rules.bounds().items():
            self.bound_matcher.add(bound, [nlp.make_doc(phrase)])
        self.cue_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cue_prefixes: list[tuple[str, str]] = []
        self._prefix_cache: dict[str, str | None] = {}
        self.cue_words: dict[str, str] = {}
        self.cue_metric: dict[str, str] = {}
        for cue, cat, metric in rules.kind_cues():
            if metric != "-":
                self.cue_metric[cue.lower()] = metric
            if cue.endswith("*"):
                self.cue_prefixes.append((cue[:-1].lower(), cat))
            elif " " in cue or len(nlp.make_doc(cue)) > 1:
                self.cue_matcher.add(cat, [nlp.make_doc(cue)])
            else:
                self.cue_words[cue.lower()] = cat
        self.metric_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.metric_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.metric_names: dict[str, str] = {}
        for alias, (canon, _direction) in rules.metrics().items():
            key = f"M{len(self.metric_names)}"
            self.metric_names[key] = canon
            self.metric_exact.add(key, [nlp.make_doc(alias)])
            if len(alias) >= 4 and not alias.isupper():
                self.metric_lower.add(key, [nlp.make_doc(alias)])
        self.directions = {canon: d for canon, d in rules.metrics().values()}
        self.not_quantity = Matcher(nlp.vocab)
        for i, pat in enumerate(rules.not_quantity_patterns()):
            self.not_quantity.add(pat["label"], [pat["pattern"]])

    def _prefix_cue(self, low: str) -> str | None:
        cached = self._prefix_cache.get(low, False)
        if cached is False:
            cached = next((c for p, c in self.cue_prefixes if low.startswith(p)), None)
            self._prefix_cache[low] = cached
        return cached

    def annotate(self, doc: Doc) -> Annotations:
        ann = Annotations()
        vocab = doc.vocab.strings
        for mid, s, e in self.bound_matcher(doc):
            prev = ann.bounds_ending_at.get(e)
            if prev is None or prev.start > s:
                ann.bounds_ending_at[e] = Hit(s, e, "bound", vocab[mid])
        for mid, s, e in self.cue_matcher(doc):
            ann.cues.append(Hit(s, e, vocab[mid], doc[s:e].text.lower()))
        covered = {i for h in ann.cues for i in range(h.start, h.end)}
        v = view(doc)
        for i, low in enumerate(v.lower):
            cat = self.cue_words.get(low)
            if cat is None and v.is_alpha[i]:
                cat = self._prefix_cue(low)
            if cat and i not in covered:  # a longer cue ("pruning ratio") wins over its words
                ann.cues.append(Hit(i, i + 1, cat, low))
        ann.cues.sort(key=lambda h: (h.start, -h.end))
        found = {}
        for matcher in (self.metric_exact, self.metric_lower):
            for mid, s, e in matcher(doc):
                found.setdefault((s, e), self.metric_names[vocab[mid]])
        # keep the longest metric mention where mentions overlap
        taken: set[int] = set()
        for (s, e), canon in sorted(found.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0])):
            if taken.isdisjoint(range(s, e)):
                taken.update(range(s, e))
                hit = Hit(s, e, "metric", canon)
                ann.metrics.append(hit)
                ann.metric_starting_at[s] = hit
        ann.metrics.sort(key=lambda h: h.start)
        for a, b in _windows(_number_positions(v.text), len(doc), before=10, after=10):
            for _mid, s, e in self.not_quantity(doc[a:b]):  # offsets come relative to the window
                ann.blocked.update(range(a + s, a + e))
        return ann


def _number_positions(texts: list[str]) -> list[int]:
    return [i for i, t in enumerate(texts) if t[:1].isdigit() or numbers.is_number_word(t)]


def _windows(positions: list[int], n: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merged token windows around positions: the not-a-quantity patterns only matter near numbers,
    so the Matcher runs on these windows instead of the whole Doc."""
    out: list[tuple[int, int]] = []
    for p in positions:
        a, b = max(0, p - before), min(n, p + after + 1)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_CACHE: dict[int, Lexicon] = {}


def lexicon_for(nlp: Language) -> Lexicon:
    """The compiled lexicon of `nlp`'s vocabulary (built on first use, then reused)."""
    key = id(nlp.vocab)
    if key not in _CACHE:
        _CACHE[key] = Lexicon(nlp)
    return _CACHE[key]
