"""The rule files compiled into spaCy matchers, once per vocabulary."""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from claimtab import rules
from claimtab.extractor import numbers
from claimtab.extractor.caches import word_cache
from claimtab.extractor.fields.names import (
    acronym_expansion,
    hyphenated_word,
    model_like,
)
from claimtab.extractor.tokens import view, windows, word_classes

ARTICLES = rules.words("article")
FUNCTION_WORDS = STOP_WORDS  # spaCy's English stop words
SPACED_HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])")
VALUE_FOLLOWERS = rules.words("gain_preposition") | rules.words("clause_break") | rules.words("phrase_break")
# 'MODA', 'J&F' (or 'J\\&F' as LaTeX left it), 'SI-SDRi', 't-DCF', 'IDF1'; not a plural ('GPUs')
VALUE_ACRONYM = re.compile(r"(?:[a-z]-)?[A-Z](?:[A-Z-]|\\?&)*[A-Z0-9][a-rt-z]?$")
ACRONYM_FOLLOWERS = rules.words("acronym_follower")
CURRENCY = ("$", "€", "£", "¥")
NAMED_METRIC = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")  # two capitals or more


@dataclass(slots=True)
class Hit:
    """A lexicon match: tokens [start, end) and what they mean."""
    start: int
    end: int
    label: str
    value: str = ""


@dataclass(slots=True)
class Annotations:
    """Everything the matchers found in one Doc, indexed by token for quick look-ups."""
    bounds_ending_at: dict[int, Hit] = field(default_factory=dict)
    cues: list[Hit] = field(default_factory=list)
    metrics: list[Hit] = field(default_factory=list)
    metric_starting_at: dict[int, Hit] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    quantity_starts: list[int] = field(default_factory=list)  # tokens a quantity may begin at
    cue_starts: list[int] = field(default_factory=list)  # start of each cue, as ordered in `cues`


TITLED_ACRONYM = re.compile(r"([A-Z]{4,})(?:$|-)")  # 'ROUGE-L', 'BLEU': a word-like acronym, before a hyphen or alone
TERM_NOUNS = rules.words("term_noun")
EXAMPLE_OPENERS = rules.words("example_opener")
GENERIC_NOUNS = rules.words("generic_noun")
SENTENCE_ENDERS = rules.words("sentence_ender")
SCORE_NOUNS = ("score", "scores")
SCORE_NOUN = "score"  # 'score', 'scores' after a metric's name
BOUND, CUE = "bound:", "cue:"  # key prefixes in Lexicon.lower_matcher (a metric's key is 'M<n>')


class Lexicon:
    """Bound phrases, kind cues, metric names and not-a-quantity patterns as spaCy matchers."""

    def __init__(self, nlp: Language):
        # bound phrases, multi-word cues and lower-case metric names: one pass of one matcher over the
        # Doc, the kind of each match told by its key ('bound:<=', 'cue:speedup', 'M12')
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase, bound in rules.bounds().items():
            self.lower_matcher.add(f"{BOUND}{bound}", [nlp.make_doc(phrase)])
        self.cue_prefixes: list[tuple[str, str]] = []
        self.cue_words: dict[str, str] = {}
        for cue, cat, _metric in rules.kind_cues():
            if cue.endswith("*"):
                self.cue_prefixes.append((cue[:-1].lower(), cat))
            elif " " in cue or len(nlp.make_doc(cue)) > 1:
                self.lower_matcher.add(f"{CUE}{cat}", [nlp.make_doc(cue)])
            else:
                self.cue_words[cue.lower()] = cat
        self.metric_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.metric_names: dict[str, str] = {}
        for alias, (canon, _direction) in rules.metrics().items():
            key = f"M{len(self.metric_names)}"
            self.metric_names[key] = canon
            forms = [nlp.make_doc(a) for a in _written_forms(alias)]
            self.metric_exact.add(key, forms)
            if len(alias) >= 4 and not alias.isupper():
                self.lower_matcher.add(key, forms)
        self._prefix_tuple = tuple(p for p, _cat in self.cue_prefixes)
        self.not_quantity = GatedMatcher(nlp, [(p["label"], p["pattern"]) for p in rules.not_quantity_patterns()])
        self._cue_of: dict[str, str | None] = {}
        self.classes = word_classes(nlp.vocab)
        self.classes.define("cue", self._is_cue)
        self.classes.define("number", _NumberStart())
        self.classes.define("not_quantity_anchor", self.not_quantity.is_anchor)
        self.classes.define("quantity_start", _QuantityStart())
        self.classes.define("like_num", _LikeNum(nlp.vocab))
        self.classes.define("metric_at_k", _MetricAtK())

    def _is_cue(self, word: str) -> bool:
        """Word test: a single-word cue of some category (the word classes cache the answer per word)."""
        return self._cue_category(word.lower()) is not None

    def _cue_category(self, low: str) -> str | None:
        """The cue category of one lower-cased word: a listed word, else a listed prefix (all prefixes are
        tried in one call first: most words have none)."""
        cat = self.cue_words.get(low)
        if cat is None and low.isalpha() and low.startswith(self._prefix_tuple):
            cat = next(c for p, c in self.cue_prefixes if low.startswith(p))
        return cat

    def _single_cue(self, low: str) -> str | None:
        """_cue_category, memoized: asked only of cue words, so the memo stays as small as the cue list."""
        cat = self._cue_of.get(low, "")
        if cat == "":
            cat = self._cue_of[low] = self._cue_category(low)
        return cat

    @staticmethod
    def _defined_acronyms(v, found: dict) -> dict[str, str | None]:
        """Acronyms found as metrics that the text defines: the metric the definition names, or None
        where it names none ('Speech super-resolution (SR)')."""
        acronyms = {v.text[s] for (s, e) in found if e - s == 1 and v.text[s].isupper() and len(v.text[s]) <= 6}
        if not acronyms:
            return {}
        text = v.chars(0, len(v.text))  # the source text where the Doc's maker kept it
        meanings = {a: _definition(text, a) for a in acronyms}
        return {a: m[0] for a, m in meanings.items() if m is not None}

    def annotate(self, doc: Doc) -> Annotations:
        ann = Annotations()
        lower_metrics = self._phrases(doc, ann)
        v = view(doc)
        capitalized = self._single_cues(doc, v, ann)
        self._metrics(doc, v, ann, lower_metrics)
        self._drop_cues_of_names(v, ann, capitalized)
        near_numbers = windows(self.classes.positions(doc, "number"), len(doc), before=10, after=10)
        anchors = self.classes.positions(doc, "not_quantity_anchor")
        for s, e in self.not_quantity(doc, v, near_numbers, anchors, v.members("like_num")):
            ann.blocked.update(range(s, e))
        ann.quantity_starts = self.classes.positions(doc, "quantity_start")
        return ann

    def _phrases(self, doc: Doc, ann: Annotations) -> list[tuple[str, int, int]]:
        """Bound phrases and multi-word cues into `ann`; the lower-case metric matches, returned."""
        vocab = doc.vocab.strings
        lower_metrics = []
        for mid, s, e in self.lower_matcher(doc):
            key = vocab[mid]
            if key.startswith(BOUND):
                prev = ann.bounds_ending_at.get(e)
                if prev is None or prev.start > s:
                    ann.bounds_ending_at[e] = Hit(s, e, "bound", key[len(BOUND):])
            elif key.startswith(CUE):
                ann.cues.append(Hit(s, e, key[len(CUE):], doc[s:e].text.lower()))
            else:
                lower_metrics.append((key, s, e))
        return lower_metrics

    def _single_cues(self, doc: Doc, v, ann: Annotations) -> list[Hit]:
        """One-word cues into `ann` (a longer cue, 'pruning ratio', wins over its words); those written
        with a capital, returned: they may be part of a name."""
        covered = {i for h in ann.cues for i in range(h.start, h.end)}
        capitalized = []
        for i in self.classes.positions(doc, "cue"):
            low = v.lower[i]
            cat = self._single_cue(low)
            if cat and i not in covered:
                ann.cues.append(Hit(i, i + 1, cat, low))
                if v.text[i] != low:
                    capitalized.append(ann.cues[-1])
        ann.cues.sort(key=lambda h: (h.start, -h.end))
        ann.cue_starts = [h.start for h in ann.cues]
        return capitalized

    def _metrics(self, doc: Doc, v, ann: Annotations, lower_metrics: list[tuple[str, int, int]]) -> None:
        """Metric mentions into `ann`: listed names (as written, then in lower case), 'Recall@k' families,
        and names the construction gives; the longest where mentions overlap, not one that names a task or
        a term ('error correction', 'error bars'), nor an acronym the text defines otherwise."""
        vocab = doc.vocab.strings
        found = {}
        for mid, s, e in self.metric_exact(doc):
            found.setdefault((s, e), self.metric_names[vocab[mid]])
        for key, s, e in lower_metrics:  # after the exact spelling's
            found.setdefault((s, e), self.metric_names[key])
        for i in self.classes.positions(doc, "metric_at_k"):  # 'Recall@100': the family, k kept
            found.setdefault((i, i + 1), metric_at_k(v.text[i]))
        numbers = self.classes.positions(doc, "number")
        constructed = set()  # metrics the construction names, whatever a definition's words say
        for i in unlisted_metrics(v, numbers) + named_after_values(v, numbers):
            if (i, i + 1) not in found:
                found[(i, i + 1)] = v.text[i].replace("\\", "")  # 'J\&F' as LaTeX left it
                constructed.add(i)
        defined = self._defined_acronyms(v, found)
        taken: set[int] = set()
        for (s, e), canon in sorted(found.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0])):
            if e - s == 1 and v.text[s] in defined and s not in constructed:
                canon = defined[v.text[s]]  # 'log-average miss rate (MR)': MR is the miss rate here
            if _names_a_term(v, e) or canon is None or not taken.isdisjoint(range(s, e)) or _compound_modifier(v, s, e) \
                    or _an_example_system(v, s, e):
                continue
            taken.update(range(s, e))
            hit = Hit(s, e, "metric", canon)
            ann.metrics.append(hit)
            ann.metric_starting_at[s] = hit
        ann.metrics.sort(key=lambda h: h.start)
        _join_qualified(ann)

    @staticmethod
    def _drop_cues_of_names(v, ann: Annotations, capitalized: list[Hit]) -> None:
        """'F1 score', 'BLEU scores': the metric's own noun, not the verb of 'it scores 45.1'; 'Faster
        R-CNN': a capitalized cue word before a system's name is part of that name."""
        nouns = {i for h in ann.metrics for i in range(h.start + 1, h.end + 1)}
        named = [h for h in capitalized if _in_a_name(v, h.start, ann.metric_starting_at)]
        if nouns or named:
            ann.cues = [h for h in ann.cues if not (h.label == "score" and h.start in nouns
                                                     and h.value.startswith(SCORE_NOUN)) and h not in named]
            ann.cue_starts = [h.start for h in ann.cues]


@word_cache()
def metric_at_k(word: str) -> str | None:
    """'Recall@100' -> 'recall@100', 'NDCG@10' -> 'NDCG@10': a metric family's name with its cut-off."""
    prefix, at, k = word.partition("@")
    stem = rules.metric_families().get(prefix.lower()) if at else None
    return f"{stem}@{k}" if stem and numbers.parse(k) is not None else None


def _definition(text: str, acronym: str) -> tuple[str | None] | None:
    """How the text defines an acronym: None where it does not ('(SR)' after words whose initials do not
    spell it), else (the metric its words name, or None where they name none)."""
    at = text.find(f"({acronym})")
    expansion = acronym_expansion(text[max(0, at - 80):at], acronym) if at >= 0 else None
    if expansion is None:
        return None
    return (metric_named(" ".join(expansion)) or metric_named("-".join(expansion)),)


@lru_cache(maxsize=None)
def _lower_aliases() -> dict[str, str]:
    return {alias.lower(): canon for alias, (canon, _d) in rules.metrics().items()
            if len(alias) >= 4 and not alias.isupper()}


def metric_named(text: str) -> str | None:
    """The canonical metric a phrase names, as the metric matcher reads it (exact, else lower case)."""
    exact = rules.metrics().get(text)
    return exact[0] if exact else _lower_aliases().get(text.lower())


def _in_a_name(v, k: int, metric_starts: dict) -> bool:
    """Token k, a word in title case, is part of a name: it begins a system's name with the word after it
    ('Faster R-CNN'; not 'Higher mAP', a metric), or it continues a capitalized word inside a sentence
    ('the Maud Rise')."""
    word = v.text[k]
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    before = v.text[k - 1] if k >= 2 and v.space[k - 1] else ""
    if before[:1].isupper() and before.isalpha() and v.text[k - 2] not in SENTENCE_ENDERS:
        return True
    if k + 1 >= len(v.text) or not v.space[k] or k + 1 in metric_starts:
        return False
    return model_like(hyphenated_word(v, k + 1)[0])


def _compound_modifier(v, s: int, e: int) -> bool:
    """The metric's word ends a compound of lower-case words that describes a noun after it: 'full-precision
    counterparts', 'mixed-precision training' (not 'mask-AP of 45.2', 'word-error-rate of 5.1%')."""
    return s >= 2 and e < len(v.text) and v.text[s - 1] == "-" and not v.space[s - 2] and not v.space[s - 1] \
        and v.text[s - 2].isalpha() and v.text[s - 2].islower() \
        and v.is_alpha[e] and v.text[e].islower() and v.lower[e] not in FUNCTION_WORDS


def _an_example_system(v, s: int, e: int) -> bool:
    """'SoTA models like MAE', 'baselines such as MAE and BEiT': an acronym named as an example of systems
    is a system (the masked autoencoder), not the metric it is also the name of."""
    if e - s != 1 or not v.text[s].isupper() or s < 2:
        return False
    k = s - 1
    if v.lower[k] == "as" and v.lower[k - 1] == "such":
        k -= 1
    elif v.lower[k] not in EXAMPLE_OPENERS:
        return False
    return any(v.lower[i] in GENERIC_NOUNS for i in range(max(0, k - 2), k))


def _names_a_term(v, e: int) -> bool:
    """The words after a metric's name make it part of a task or a term ('error correction')."""
    k = e + (e < len(v.lower) and v.text[e] == "-")
    return k < len(v.lower) and v.lower[k] in TERM_NOUNS


def _written_forms(alias: str) -> list[str]:
    """An alias as listed, and with its hyphens set off by spaces as PDF-to-text tools leave them
    ('rank - 1 accuracy', 'F1 - score'), or left out ('top 5 accuracy'); an acronym also in the plural ('WERs')."""
    spaced = SPACED_HYPHEN.sub(" - ", alias)
    forms = [alias] if spaced == alias else [alias, spaced]
    if alias.isalpha() and alias.isupper() and len(alias) >= 2:
        forms.append(alias + "s")  # 'WERs of 3.0%/5.2%'
    if alias.lower().startswith("top-") and " " in alias:  # 'top 5 accuracy' (not 'the top 5 runners')
        forms.append("top " + alias[4:])
    word = TITLED_ACRONYM.match(alias)
    if word:  # an acronym that reads as a word is often written as one: 'Rouge-L', 'Bleu'
        forms.append(word.group(1).capitalize() + alias[word.end(1):])
    return forms


def unlisted_metrics(v, numbers: list[int]) -> list[int]:
    """'an ACER of 0.3%', 'the Avg-F1 of 80.2 on X', 'a PRO score of 97.1%': a name in capitals between an
    article and 'of' (or before 'score of') and a number names the metric the number is in, though the
    metric list lacks it. The number stands alone
    ('a BERT of 110M parameters' is a size): a per cent sign, a preposition or punctuation follows it."""
    found = []
    for p in numbers:
        k = p - 2
        if k >= 2 and v.lower[k] in SCORE_NOUNS and v.lower[p - 1] == "of" and NAMED_METRIC.match(v.text[k - 1]):
            k -= 1  # 'localization AUCROC score of 98.8%': 'score' says the name before it is a metric's
        elif k >= 2 and v.text[k] == ")" and v.text[k - 2] == "(" and v.lower[p - 1] == "of" \
                and NAMED_METRIC.match(v.text[k - 1]):
            k -= 1  # 'an Optimal Dataset Scale (ODS) of 0.752': the name a metric is defined by
        elif k < 1 or v.lower[p - 1] != "of" or v.lower[k - 1] not in ARTICLES or not NAMED_METRIC.match(v.text[k]):
            continue
        after = v.lower[p + 1] if p + 1 < len(v.lower) else "."
        if after == "%" or not after[:1].isalnum() or after in VALUE_FOLLOWERS:
            found.append(k)
    return found


def named_after_values(v, numbers: list[int]) -> list[int]:
    """'88.2% MODA on Wildtrack', '63.5 J&F and 64.8 J&F', 'an EER of 0.86 and 0.0239 t-DCF': an acronym
    right after a score (a percentage or a decimal) and before a preposition, a conjunction or punctuation
    names the score's metric, though the metric list lacks it; not a unit, a plural ('8.5% GPUs'), money
    ('$31.20 US') or a dataset's name ('10.5% COCO and ...')."""
    found = []
    for p in numbers:
        k = p + 1 + (p + 1 < len(v.text) and v.text[p + 1] == "%")
        if k + 1 >= len(v.text) or not v.space[k - 1] or not (VALUE_ACRONYM.match(v.text[k]) or _prefixed_metric(v.text[k])) \
                or not ("." in v.text[p] or k > p + 1) or v.lower[k + 1] not in ACRONYM_FOLLOWERS:
            continue
        measured_on = v.lower[k + 1] in ("on", "in")  # '88.2% MODA on Wildtrack' (MODA is also a dataset)
        money = p > 0 and v.text[p - 1] in CURRENCY  # '$31.20 US'
        if v.text[k] not in rules.unit_surfaces() and not money and (measured_on or k not in _dataset_words(v)):
            found.append(k)
    return found


def _prefixed_metric(word: str) -> bool:
    """'oIoU', 'cIoU', 'bAP': a listed metric's acronym with a lower-case letter before it that says which
    variant (overall, complete, boundary)."""
    return len(word) > 2 and word[0].islower() and word[1].isupper() and metric_named(word[1:]) is not None


def _dataset_words(v) -> frozenset[int]:
    """Tokens that are a listed dataset's whole name (the dataset finder's word class, where defined)."""
    return v.members("dataset_word") if "dataset_word" in v.classes else frozenset()


class _MetricAtK:
    """Word test: a metric family's name with its cut-off ('Recall@100')."""

    def __call__(self, word: str) -> bool:
        return "@" in word and metric_at_k(word) is not None


class _QuantityStart:
    """Word test: a token the quantity scanner starts reading at (a number or a scale word)."""

    def __call__(self, word: str) -> bool:
        return numbers.parse(word) is not None or word in rules.scales() or word == "order"  # 'an order of magnitude'


class _LikeNum:
    """Word test: spaCy's like_num of the word (what the Matcher's LIKE_NUM tests)."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, word: str) -> bool:
        return self.vocab[word].like_num


class _NumberStart:
    """Word test: a token that may begin a number (a digit first, or a number word)."""

    def __call__(self, word: str) -> bool:
        low = word.lower()
        return low[:1].isdigit() or low in rules.number_words()


def _join_qualified(ann: Annotations) -> None:
    """'pass@1 accuracy', 'EM accuracy': a metric written before the word 'accuracy' says which accuracy;
    the two are one mention of the first."""
    out: list[Hit] = []
    for h in ann.metrics:
        if out and h.start == out[-1].end and h.value == "accuracy" and out[-1].value != "accuracy":
            out[-1] = Hit(out[-1].start, h.end, "metric", out[-1].value)
            ann.metric_starting_at[out[-1].start] = out[-1]
            ann.metric_starting_at.pop(h.start, None)
            continue
        out.append(h)
    ann.metrics[:] = out


class GatedMatcher:
    """A spaCy Matcher per pattern, run only where the pattern could match: around a word it requires
    (its anchor), within the pattern's length when that is fixed, else on the whole window. A pattern of
    one token per slot runs only where the words around an anchor already fit every slot that names
    its words (or wants a number). The Matcher costs about as much per token for a pattern that
    cannot match as for one that does, and most windows hold no anchor at all."""

    def __init__(self, nlp: Language, patterns: list[tuple[str, list[dict]]]):
        self.entries = []
        anchor_words: set[str] = set()
        for label, pattern in patterns:
            matcher = Matcher(nlp.vocab)
            matcher.add(label, [pattern])
            fixed = all(tok.get("OP") in (None, "!") for tok in pattern)
            slots = [(_literals(tok), tok.get("LIKE_NUM") is True) for tok in pattern] \
                if all("OP" not in tok for tok in pattern) else None
            anchor = _anchor(pattern)
            at = next((j for j, (words, _num) in enumerate(slots) if words == anchor), None) if slots else None
            # a pattern whose slots test only words (in any case, or caseless ones) and numbers is
            # settled by those tests: its Matcher need not confirm
            settled = slots is not None and all(map(_settled_by_slots, pattern))
            first = _literals(pattern[0]) if pattern and "OP" not in pattern[0] else None
            self.entries.append((matcher, anchor, len(pattern) if fixed else None, slots, at, settled, first))
            # anchors, and the words a pattern of open length must begin with (its matches start there)
            anchor_words |= anchor or set()
            anchor_words |= first if first and not fixed else set()
        self.anchor_words = frozenset(anchor_words)

    def is_anchor(self, word: str) -> bool:
        """Word test: the word is some pattern's anchor."""
        return word.lower() in self.anchor_words

    def __call__(self, doc: Doc, v, regions: list[tuple[int, int]], anchors: list[int],
                 like_num: frozenset[int]) -> list[tuple[int, int]]:
        """(start, end) of every match inside the regions, in Doc token offsets. `anchors`: positions of
        anchor words in `doc`, `like_num`: of the tokens spaCy calls like_num."""
        found: list[tuple[int, int]] = []
        for a, b in regions:
            inside = [(k, v.lower[k]) for k in anchors[bisect_left(anchors, a):bisect_left(anchors, b)]]
            for matcher, anchor, length, slots, at, settled, first in self.entries:
                hits = [k for k, w in inside if w in anchor] if anchor is not None else []
                if slots is not None and hits:
                    spans = _aligned(hits, slots, at, v.lower, like_num, a, b)
                    if settled:
                        found.extend(spans)
                        continue
                elif length is None and first is not None:  # open length: from its first opening word on
                    starts = [k for k, w in inside if w in first] if anchor is None or hits else []
                    spans = [(starts[0], b)] if starts else []
                elif anchor is None or length is None:
                    spans = [(a, b)] if anchor is None or hits else []
                else:
                    spans = windows(hits, b, before=length - 1, after=length - 1, floor=a)
                for s0, e0 in spans:
                    found.extend((s0 + s, s0 + e) for _m, s, e in matcher(doc[s0:e0]))
        return found


def _aligned(hits: list[int], slots: list[tuple[frozenset[str] | None, bool]], at: int,
             lower, like_num: frozenset[int], a: int, b: int) -> list[tuple[int, int]]:
    """Where a one-token-per-slot pattern can stand with its anchor slot (slot `at`) on one of `hits`,
    inside [a, b): every slot that names words holds one of them, every slot that wants a number holds one."""
    spans = []
    for k in hits:
        s = k - at
        if s < a or s + len(slots) > b:
            continue
        if all((words is None or lower[s + j] in words) and (not num or s + j in like_num)
               for j, (words, num) in enumerate(slots)):
            spans.append((s, s + len(slots)))
    return spans


def _literals(tok: dict) -> frozenset[str] | None:
    """The lower-cased words a pattern token names (as LOWER, TEXT or ORTH, one or IN a list), if any."""
    for attr in WORD_ATTRS:
        words = _named_words(tok.get(attr))
        if words:
            return frozenset(w.lower() for w in words)
    return None


WORD_ATTRS = ("LOWER", "TEXT", "ORTH")


def _named_words(spec) -> list[str] | None:
    """The words a pattern token's LOWER/TEXT/ORTH value names: one word, or an IN list."""
    return [spec] if isinstance(spec, str) else \
        spec["IN"] if isinstance(spec, dict) and set(spec) == {"IN"} else None


def _settled_by_slots(tok: dict) -> bool:
    """The slot tests (_literals, LIKE_NUM) decide this pattern token exactly: it tests LOWER words, or
    TEXT/ORTH words that have no case, or LIKE_NUM, and nothing else (one word test: _literals reads one)."""
    if sum(attr in WORD_ATTRS for attr in tok) > 1:
        return False
    for attr, spec in tok.items():
        if attr == "LIKE_NUM":
            if spec is not True:
                return False
        elif attr in WORD_ATTRS:
            words = _named_words(spec)
            if not words or any(w != w.lower() if attr == "LOWER" else w.lower() != w.upper() for w in words):
                return False  # ('Fig.' as LOWER matches nothing, 'O' as TEXT not 'o')
        else:
            return False
    return bool(tok)


def _anchor(pattern: list[dict]) -> frozenset[str] | None:
    """The smallest set of lower-cased words one of which any match must contain (None: no such set)."""
    best = None
    for tok in pattern:
        if tok.get("OP") in ("?", "*", "!"):
            continue
        words = _literals(tok)
        if words and (best is None or len(words) < len(best)):
            best = words
    return best


_CACHE: weakref.WeakValueDictionary[int, Lexicon] = weakref.WeakValueDictionary()  # held by the components


def lexicon_for(nlp: Language) -> Lexicon:
    """The compiled lexicon of `nlp`'s vocabulary (built on first use, then shared while a component
    holds it; it goes with the pipeline, so a replaced pipeline's vocabulary can be freed)."""
    lex = _CACHE.get(id(nlp.vocab))
    if lex is None or lex.classes.vocab is not nlp.vocab:
        lex = _CACHE[id(nlp.vocab)] = Lexicon(nlp)
    return lex
