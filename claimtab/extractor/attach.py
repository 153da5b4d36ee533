"""Attach each claim to the dataset it is measured on, the model it belongs to and the baseline it
is compared with. Sentence first; the paper's own method is the default model."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from claimtab import rules
from claimtab.extractor.caches import word_cache
from claimtab.extractor.datasets import KEY as DATASET_KEY
from claimtab.extractor.datasets import namey_text, norm_key
from claimtab.extractor.lexicon import Hit
from claimtab.extractor.quantities import Quantity
from claimtab.extractor.tokens import view, word_classes

SKIP_BEFORE_NAME = {"the", "a", "an", "its", "their", "our", "his", "her", "strong", "existing", "previous",
                    "prior", "popular", "recent", "state-of-the-art", "sota", "best", "competitive", "current",
                    "other", "conventional", "standard", "vanilla", "original", "leading", "latest", "much",
                    "bigger", "larger", "smaller", "even", "all", "both", "several", "many", "most", "by"}
NAME_STOP = {"by", "on", "in", "with", "at", "while", "which", "that", "for", "to", "of", "across", "under",
             "using", "when", "whereas", "although", "respectively", "achieves", "is", "are", "was", "were",
             "and", "or", "with", ",", ".", ";", ":", "(", ")", "in", "without"}
GENERIC = {"model", "models", "method", "methods", "approach", "approaches", "framework", "network",
           "baseline", "baselines", "system", "architecture", "paper", "work", "benchmarks", "benchmark",
           "latest", "strong"}
NOT_SYSTEMS = {"result", "results", "works", "art", "control", "controls", "references",
               "what", "it", "this", "that", "these", "those"}  # 'the best results', 'what it ...'


@dataclass(slots=True)
class PaperContext:
    """What attachment needs to know about one abstract."""
    datasets: list[Hit]
    method: str | None
    dataset_tokens: set[int] = field(default_factory=set)
    metric_tokens: set[int] = field(default_factory=set)


class Attacher:
    def __init__(self, nlp):
        self.baseline_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for cue, _side in rules.baseline_cues():
            self.baseline_matcher.add("BASELINE", [nlp.make_doc(cue)])
        # a cue with a '*' slot ('we * propose') is matched from the slot on ('propose'); the words before
        # the slot are checked in _method_cues, with or without one word between
        self.method_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.method_heads: dict[str, tuple[str, ...]] = {}
        for cue in rules.method_cues():
            head, star, rest = cue.partition(" * ")
            key = f"METHOD:{head}" if star else "METHOD"
            self.method_heads[key] = tuple(head.split()) if star else ()
            self.method_matcher.add(key, [nlp.make_doc(rest if star else cue)])
        self._variant_doc, self._variant_key, self._variant_found = None, None, []  # see _variants
        word_classes(nlp.vocab).define("model_name", MODEL_NAME)

    # -- the paper's own method -------------------------------------------------------------
    def method(self, doc: Doc, title: str | None, datasets: list[Hit]) -> str | None:
        """The paper's method: a one-word name before the title's colon ('FcaFormer: ...'); else, cue by
        cue ('we propose', 'called' ...), a name given in parentheses after it ('... Transformer (TNT)')
        or a name right after it ('we propose CondLaneNet, a ...'); else a name in the title head; else
        the first name-like word after a cue."""
        head = title.split(":", 1)[0].strip() if title and ":" in title else ""
        words = head.split()
        if len(words) == 1 and len(head) <= 30:
            return head
        ds_tokens = {i for h in datasets for i in range(h.start, h.end)}
        cue_names: list[str] = []
        v = view(doc)
        text = v.text
        for s, e in self._method_cues(doc):
            window = range(e, min(len(doc), e + 15))
            stop = next((i for i in window if text[i] in (".", ";")), window.stop)
            first = next((i for i in window if v.lower[i] not in ARTICLES), None)
            first_named = first is not None and first not in ds_tokens and _model_like_text(text[first])
            defined, paren = _defined_name(v, e, stop, ds_tokens)
            # 'we propose CondLaneNet, a ... (FPN)': the name right after the cue, unless the parentheses
            # define a name for the words from it on ('MAsked Sequence to Sequence pre-training (MASS)')
            if defined and not (first_named and _model_like_text(text[first], True)
                                and not _abbreviates(_text_before(v, first, paren), defined)):
                return defined
            if first_named:
                return text[first]
            cue_names += [text[i] for i in window
                          if i not in ds_tokens and _model_like_text(text[i]) and not doc[i].is_sent_start]
        named = [w.strip(",.") for w in words if any(c.isupper() for c in w[1:]) or any(c.isdigit() for c in w)]
        if 1 <= len(words) <= 3 and len(named) == 1:
            return named[0]
        return cue_names[0] if cue_names else None

    def _method_cues(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of the method cues in the Doc, in text order."""
        strings, v = doc.vocab.strings, view(doc)
        found = set()
        for mid, s, e in self.method_matcher(doc):
            head = self.method_heads[strings[mid]]
            if not head:
                found.add((s, e))
                continue
            for start in (s - len(head), s - len(head) - 1):  # 'we propose', 'we also propose'
                if start >= 0 and v.lower[start:start + len(head)] == head \
                        and (start + len(head) == s or v.is_alpha[s - 1]):
                    found.add((start, e))
                    break
        return sorted(found)

    # -- per claim -----------------------------------------------------------------------------
    def dataset(self, doc: Doc, sent: Span, q: Quantity, next_start: int, ctx: PaperContext) -> str | None:
        in_sent = [h for h in ctx.datasets if sent.start <= h.start < sent.end]
        if q.start > 0 and view(doc).text[q.start - 1] == "(":
            before = [h for h in in_sent if h.end == q.start - 1]
            if before:
                return before[0].value  # 'on COCO (58.5 PQ)'
        after = [h for h in in_sent if q.end <= h.start < max(next_start, q.end + 1) and h.start - q.end <= 8]
        if after:
            return after[0].value
        before = [h for h in in_sent if h.end <= q.start]
        if before:
            return before[-1].value
        later = [h for h in in_sent if h.start >= q.end]
        if later:
            return later[0].value
        names = {h.value for h in ctx.datasets}
        return next(iter(names)) if len(names) == 1 else None

    def model(self, doc: Doc, sent: Span, q: Quantity, ctx: PaperContext, baseline_span: tuple[int, int] | None,
              pipe_names: list[str] | None, pipe_index: int | None) -> str | None:
        if pipe_names and pipe_index is not None and pipe_index < len(pipe_names):
            return pipe_names[pipe_index]
        banned = _Banned(ctx, baseline_span)
        v = view(doc)
        text = v.text
        # a name right before the parenthesis holding the number: 'GhostNetV1 (74.5%)'
        if q.start > 1 and text[q.start - 1] == "(" and q.start - 2 not in banned \
                and _model_like_text(text[q.start - 2], True):
            return text[q.start - 2]
        # a name given right after the number: '3.4-5.3x (ResNet-18)', '3.0% for T5-Base'
        after = _name_after(v, q.end, banned)
        if after:
            return after
        # a variant of the paper's method in the sentence: 'our iFormer-S hits'
        if ctx.method:
            variants = [i for i in self._variants(doc, sent, ctx.method) if i not in banned]
            before = [i for i in variants if i < q.start]
            pick = before[-1] if before else (variants[0] if variants else None)
            if pick is not None:
                return text[pick]
        # the subject of 'X achieves ...' earlier in the clause
        lower, subject_verbs = v.lower, rules.subject_verbs()
        for k in range(q.start - 1, sent.start, -1):
            if text[k] == ";":
                break
            acronym_ok = subject_verbs.get(lower[k])
            if acronym_ok is not None and k - 1 >= sent.start and k - 1 not in banned \
                    and _subject_like(v, k - 1, sent.start, acronym_ok):
                return text[k - 1]
        return ctx.method

    def _variants(self, doc: Doc, sent: Span, method: str) -> list[int]:
        """Tokens of the sentence that write the method's name or a variant of it, computed once
        per sentence."""
        key = (sent.start, sent.end, method)  # with the Doc itself held, so its id cannot be reused
        if self._variant_doc is not doc or self._variant_key != key:
            stem = norm_key(method)
            keys = view(doc).values[DATASET_KEY][sent.start:sent.end]  # norm_key of each token
            found = [sent.start + n for n, k in enumerate(keys) if k.startswith(stem)] if len(stem) >= 3 else []
            self._variant_doc, self._variant_key, self._variant_found = doc, key, found
        return self._variant_found

    def baseline(self, doc: Doc, sent: Span, q: Quantity, prev_end: int, next_start: int,
                 ctx: PaperContext, qs: list[Quantity]) -> tuple[str | None, tuple[int, int] | None]:
        """The system q is compared with: the name after 'than', 'over', 'outperforms' ... nearest to q."""
        cues = [(s, e) for _m, s, e in self._baseline_hits(doc) if sent.start <= s and e <= sent.end]
        before = [c for c in cues if prev_end - 12 <= c[0] and c[1] <= q.start]
        after = [c for c in cues if q.end <= c[0] < next_start and c[0] - q.end <= 8]
        options = ([(q.start - before[-1][1], before[-1])] if before else []) + \
                  ([(after[0][0] - q.end + 2, after[0])] if after else [])
        if not options:
            return self._closing_baseline(doc, sent, cues, qs, ctx) \
                or self._previous_sentence_baseline(doc, sent, ctx), None
        pick = min(options)[1]
        names, span = self._names_after(doc, pick[1], sent.end, ctx)
        if not names:
            return None, None
        list_index = sum(1 for p in qs if pick[1] <= p.start < q.start)  # 'over A and B by 3% and 28%'
        return names[min(list_index, len(names) - 1)], span

    def _closing_baseline(self, doc: Doc, sent: Span, cues: list[tuple[int, int]], qs: list[Quantity],
                          ctx: PaperContext) -> str | None:
        """A comparison after the sentence's last number speaks of all of them ('reduces time by 2.45x and
        traffic by 22.89x, while ... compared to graph parallelism'), when it names a system, not
        'the previous results' or 'the state of the art'."""
        closing = [c for c in cues if c[0] >= qs[-1].end]
        if not closing:
            return None
        names, _ = self._names_after(doc, closing[0][1], sent.end, ctx)
        if not names:
            return None
        words = names[0].lower().replace("-", "").split()
        if words[-1] in GENERIC or words[-1] in NOT_SYSTEMS or words[0] in NOT_SYSTEMS or words[0].startswith("state"):
            return None
        return names[0]

    def _previous_sentence_baseline(self, doc: Doc, sent: Span, ctx: PaperContext) -> str | None:
        """A comparison stated just before: 'Compared to graph parallelism, ... It reduces time by 2.45x.'"""
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        cues = [(s, e) for _m, s, e in self._baseline_hits(doc) if prev.start <= s and e <= prev.end]
        for _s, e in reversed(cues):
            names, _ = self._names_after(doc, e, prev.end, ctx)
            if names:
                return names[0]
        return None

    def _baseline_hits(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Baseline cue matches of a Doc, computed once per Doc."""
        if getattr(self, "_cached_doc", None) is not doc:
            self._cached_doc, self._cached_hits = doc, self.baseline_matcher(doc)
        return self._cached_hits

    def _names_after(self, doc: Doc, k: int, end: int, ctx: PaperContext) -> tuple[list[str], tuple[int, int]]:
        """Names after a comparison cue, as written: 'than ConvNeXt-T', 'over GNNs and stand-alone MLPs'."""
        v = view(doc)
        lower, numeric = v.lower, v.members("like_num")
        start = k
        names: list[str] = []
        first = None  # first token of the name being read
        while k < end:
            low = lower[k]
            if first is None and low in SKIP_BEFORE_NAME:
                k += 1
                continue
            if first is None and k in numeric:
                # 'compared to 31 million for full finetuning': the name follows the amount
                j = next((j for j in range(k + 1, min(end, k + 5)) if lower[j] in ("for", "of", "by")), None)
                if j is None:
                    break
                k = j + 1
                continue
            if first is None and low.startswith("state") \
                    and v.chars(k, min(end, k + 7)).lower().startswith("state-of-the-art"):
                k += 7
                continue
            if first is not None and low == "of" and all(w in GENERIC or w in SKIP_BEFORE_NAME
                                                         for w in lower[first:k]):
                first = None  # 'benchmarks of Patch-Transformer models'
                k += 1
                continue
            if low in ("and", ",", "&") and first is not None and len(names) < 3:
                names.append(v.chars(first, k))
                first = None
                k += 1
                continue
            if low in NAME_STOP or k in numeric or v.is_punct[k] and v.text[k] not in ("-", "+", "/") \
                    or k in ctx.dataset_tokens:
                break
            if first is None:
                first = k
            k += 1
            if k - first >= 6:
                break
        if first is not None and first < k:
            names.append(v.chars(first, k))
        names = [_core_name(doc, n) for n in names if n.lower() not in ("it", "them", "this", "that")]
        return names, (start, k)


DEFINED_NAME = re.compile(  # '(HiDA-Net)', '(ViT-B/16)', '(tRSA)', '(FocalNets in short)'
    r"\((?=[A-Za-z0-9]*[A-Z])([A-Za-z][A-Za-z0-9]*(?:[-/.+][A-Za-z0-9]+)*)(?:\s+(?:in|for)\s+short)?\)")
ARTICLES = {"a", "an", "the", "our"}


def _defined_name(v, start: int, stop: int, ds_tokens: set[int]) -> tuple[str | None, int | None]:
    """The first name given in parentheses opening in tokens [start, stop) ('... Network (HiDA-Net)',
    'Compression(UDFC)'), read from the text so that a name the tokenizer split or glued is whole, and
    the character offset of its '('; (None, None) if there is none or it is a dataset's."""
    if start >= stop:
        return None, None
    end = next((i for i in range(stop, min(len(v.text), stop + 6)) if v.text[i] == ")"), stop - 1) + 1
    offset, limit = v.idx[start], v.idx[stop - 1] + len(v.text[stop - 1])
    for m in DEFINED_NAME.finditer(v.chars(start, end)):
        if offset + m.start() >= limit:
            break
        first = bisect_right(v.idx, offset + m.start(1)) - 1  # the token the name begins in
        if first not in ds_tokens:
            return m.group(1), offset + m.start()
    return None, None


def _text_before(v, first: int, offset: int) -> str:
    """The text from token `first` up to the character offset `offset`."""
    last = bisect_right(v.idx, offset - 1) - 1 if offset > v.idx[first] else first
    return v.chars(first, last + 1)[:offset - v.idx[first]]


def _abbreviates(long: str, short: str) -> bool:
    """`short` abbreviates words of `long` that begin in its first word (Schwartz & Hearst's test, read
    from the right: each letter of `short` in order, its first letter at a word's start or in the first
    word): 'MAsked Sequence to Sequence pre-training' for MASS, not 'BEVDepth, for Bird's-Eye-View' for BEV."""
    letters = [c.lower() for c in short if c.isalnum()]
    if letters and letters[-1] == "s" and short[-1] == "s":
        letters.pop()  # a plural 's' ('FCSNs')
    first_word = len(long.split(None, 1)[0]) if long.strip() else 0
    k = len(long) - 1
    for n in range(len(letters) - 1, -1, -1):
        while k >= 0 and (long[k].lower() != letters[n]
                          or n == 0 and k >= first_word and k > 0 and long[k - 1].isalnum()):
            k -= 1
        if k < 0:
            return False
        k -= 1
    return k + 1 < first_word


class _Banned:
    """Tokens a model name cannot be taken from: datasets, metrics and the baseline's name
    (a membership test without building their union for every claim)."""

    __slots__ = ("ctx", "hi", "lo")

    def __init__(self, ctx: PaperContext, baseline_span: tuple[int, int] | None):
        self.ctx = ctx
        self.lo, self.hi = baseline_span if baseline_span else (0, 0)

    def __contains__(self, i: int) -> bool:
        return self.lo <= i < self.hi or i in self.ctx.dataset_tokens or i in self.ctx.metric_tokens


def _name_after(v, end: int, banned: _Banned) -> str | None:
    """A system's name standing right after a number, in parentheses or after 'for'."""
    n = len(v.text)
    if end + 1 < n and v.lower[end] == "for" and end + 1 not in banned and _model_like_text(v.text[end + 1], True):
        return v.text[end + 1]
    if end + 2 < n and v.text[end] == "(" and end + 1 not in banned:
        close = next((i for i in range(end + 2, min(n, end + 6)) if v.text[i] == ")"), None)
        if close is not None:
            m = DEFINED_NAME.fullmatch(v.chars(end, close + 1))
            if m and _model_like_text(m.group(1), True):
                return m.group(1)
    return None


def _core_name(doc: Doc, phrase: str) -> str:
    """In a long phrase after 'than' ('being trained the original NeRF from scratch') the system
    is its one name-like word; short phrases ('stand-alone MLPs', 'full fine-tuning') stay whole."""
    words = phrase.split()
    if len(words) < 3:
        return phrase
    named = [w for w in words if _model_like_text(w)]
    return named[0] if len(named) == 1 else phrase


def _is_number(t: str) -> bool:
    return t.replace(",", "").replace(".", "", 1).isdigit()


@word_cache()
def _model_like_text(t: str, strict: bool = False) -> bool:
    if not namey_text(t) or _is_number(t) or len(t) < 2 or t.lower() in GENERIC:
        return False
    if strict and t in rules.unit_surfaces():  # 'FLOPs with ResNet-50': a unit, not a system
        return False
    mixed = any(map(str.isupper, t[1:])) and any(map(str.islower, t))  # map: no Python frame per letter
    digit = any(map(str.isdigit, t)) and any(map(str.isalpha, t))
    return mixed or digit or (not strict and t.isupper() and len(t) >= 3)


def _subject_like(v, k: int, first: int, acronym_ok: bool) -> bool:
    """Token k names a system as the subject of 'X achieves': a name, or where the verb allows it a
    whole acronym ('NGPC gives'; not the tail of 'MS-MLP', not a unit such as 'FPS')."""
    t = v.text[k]
    if _model_like_text(t, True):
        return True
    glued = k > first and not v.space[k - 1]
    return acronym_ok and not glued and _model_like_text(t) and t not in rules.unit_surfaces()


NAME_JOINERS = {"|", ",", "and", "&", "/"}


class _ModelName:
    """Word test: a token that looks like a system's name (strictly: not a bare acronym)."""

    def __call__(self, word: str) -> bool:
        return _model_like_text(word, True)


MODEL_NAME = _ModelName()


def name_lists(doc: Doc, sent: Span) -> list[list[str]]:
    """Lists of system names in a sentence: 'MobileNet-V1|ResNet-50|ViT-B/16',
    'ViT-B/16 and Mixer-B/16' (paired element by element with a list of numbers):
    names with nothing but joiners between them."""
    v = view(doc)
    first, last = sent.start, sent.end
    classes = word_classes(doc.vocab)
    classes.define("model_name", MODEL_NAME)
    names = classes.positions(doc, "model_name")
    lists, current, follow = [], [], -1  # follow: where the next name of the current list would stand
    for k in names[bisect_left(names, first):bisect_left(names, last)]:
        if k != follow:
            if len(current) > 1:
                lists.append(current)
            current = []
        current.append(v.text[k])
        follow = k + 1
        while follow < last and v.lower[follow] in NAME_JOINERS:
            follow += 1
    if len(current) > 1:
        lists.append(current)
    return lists
