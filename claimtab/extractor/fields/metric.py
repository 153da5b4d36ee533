"""The metric column: the metric a number is in, or what a reduction, speed-up or amount is of.

Every metric name comes from a rule file: metrics.tsv (metric names and their aliases), the metric column
of kind_cues.tsv (the cost or speed noun a cue names: 'training time'), unit_metrics.tsv (what an
amount's unit measures: 's' -> time)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from claimtab import rules
from claimtab.claim import AMOUNT_KINDS
from claimtab.extractor.cues import Cue
from claimtab.extractor.lexicon import Hit, metric_named
from claimtab.extractor.lists import answering_run, paired_hits, parallel_by, same_unit, slash_runs, versus
from claimtab.extractor.quantities import Quantity
from claimtab.extractor.tokens import view

DEFAULT_METRICS = {"speedup": "speed"}  # what a kind is of when nothing near names it

NEAR_AFTER = 4     # tokens after a number in which a metric name is its own
CLAUSE_STARTS = rules.words("clause_break") | {"that", "who"}  # words that begin another clause
SHARE_GAP = 14     # tokens over which a list's earlier number lends its metric to a later one
SETTING_NEAR = 3   # tokens between a setting and the cue that names it
NO_METRIC = ("count", "data_size", "other", "context")
JOINERS = rules.words("list_joiner")
SHARED_UNITS = ("%", "pp")  # units a score of any metric may be written in
VERB_ENDINGS = ("ing", "ed")
MEASURE_WORDS = 3  # words between a comma and 'by' that name what a number measures ('..., space efficiency by 3')
TERMS_REACH = 10  # tokens after a number in which 'in terms of <metric>' names its metric
ARTICLES = rules.words("article")


@lru_cache(maxsize=None)
def _directions() -> dict[str, str]:
    return {canon: direction for canon, direction in rules.metrics().values()}


@lru_cache(maxsize=None)
def _cue_metrics() -> dict[str, str]:
    return {cue.lower(): metric for cue, _cat, metric in rules.kind_cues() if metric != "-"}


def stated(q: Quantity, cues: list[Cue], earlier: list[Hit]) -> bool:
    """A metric that names a score is stated for q: written as its unit, the nearest metric cue, or the
    last metric named before it in the sentence ('performance', direction 'any', names none). The kind
    rules read this as evidence that a bare number is a score."""
    if q.metric:
        return True
    name = next((c.text for c in cues if c.category == "metric"), None)
    if name is None:
        name = next((m.value for m in reversed(earlier) if m.end <= q.start), None)
    return name is not None and _directions().get(name) != "any"


def resolve(q: Quantity, kind: str, cues: list[Cue], earlier: list[Hit]) -> str | None:
    """The metric of quantity q, given its kind: a metric written as its unit ("58.5 PQ") or glossed in
    parentheses after it; for amounts the quantity its unit measures; for a setting the name its noun or
    cue gives; for reductions and speed-ups the cost or speed noun they qualify; else the nearest metric
    name after it, else the nearest one earlier in its sentence."""
    if q.metric:
        return q.metric
    if kind in NO_METRIC:
        return None
    glossed = _in_parentheses_after(q, earlier)
    if glossed and kind not in AMOUNT_KINDS:
        return glossed
    if kind in AMOUNT_KINDS:
        return _amount_metric(q, kind, cues)
    if kind == "setting":
        named = q.assigned if q.assigned and len(q.assigned) > 1 else None  # 'lr=3e-4' names it; 'k = 5' not
        return named or _setting_metric(q, cues)
    names = [c for c in cues if c.category == "metric"]
    after = [c for c in names if c.after and c.distance <= NEAR_AFTER]
    if kind in ("reduction", "speedup"):
        return _compared_metric(kind, _nouns(cues, q) or _own(cues, ("reduce", "speed"))[:1], after, names)
    if after:
        return after[0].text
    termed = _in_terms_of(q, earlier)
    if termed:
        return termed
    own = _own(cues, ("improve",)) if kind == "improvement" else []  # '12% more accurate'
    if own:
        return own[0]
    before = [m for m in earlier if m.end <= q.start]
    if not before or _other_measure_by(q, before[-1].end):
        return None
    return before[-1].value


def _other_measure_by(q: Quantity, since: int) -> bool:
    """'improves accuracy by 7%, time efficiency by 83': a few words between a comma and 'by' name what
    the number measures, not the metric named earlier ('..., outperforming the state of the art by 1.1' do not)."""
    v = view(q.doc)
    k = q.start - 1
    if k < 2 or v.lower[k] != "by":
        return False
    for j in range(k - 1, max(since - 1, k - MEASURE_WORDS - 2), -1):
        if v.text[j] == ",":
            return j < k - 1
        if not (v.is_alpha[j] and v.text[j].islower()) or v.text[j].endswith(VERB_ENDINGS):
            return False  # '..., outperforming existing baselines by' is a comparison
    return False


def _nouns(cues: list[Cue], q: Quantity) -> list[str]:
    """What a reduction, speed-up or cost is of: the cost or speed nouns near it, those after it first
    ('45% less energy'; 'lower latency and 45% less energy' is not of latency)."""
    return [_cue_metrics()[c.text] for c in sorted(cues, key=lambda c: not c.after)
            if c.category in ("cost", "speed_noun") and c.text in _cue_metrics() and (c.after or _same_clause(q, c))]


def _same_clause(q: Quantity, c: Cue) -> bool:
    """No clause begins between a noun before q and q ('parameter sharing and training procedures that
    enable 14-20x speedups' is no reduction of parameters)."""
    between = view(q.doc).lower[c.start + 1:q.start]
    return not any(w in CLAUSE_STARTS for w in between)


def _own(cues: list[Cue], categories: tuple[str, ...]) -> list[str]:
    """The metrics the cue words right after the number name themselves ('60% smaller', '12% more accurate')."""
    return [_cue_metrics()[c.text] for c in cues if c.category in categories and c.after
            and c.distance <= 2 and c.text in _cue_metrics()]


def _amount_metric(q: Quantity, kind: str, cues: list[Cue]) -> str | None:
    """An amount measures what its unit does ('16.3M parameters'); a time or rate what its noun names."""
    if kind == "throughput":  # not the unit's own word ('1M tokens per second' is a throughput of tokens)
        cues = [c for c in cues if not q.num_start < c.start < q.end]
    nouns = _nouns(cues, q) if kind in ("time", "throughput", "compute") else []
    if nouns:
        return nouns[0]
    return rules.unit_metrics().get(q.unit.canonical) if q.unit else None


def _setting_metric(q: Quantity, cues: list[Cue]) -> str | None:
    """The setting a number sets: the one its noun names ('5-shot', '1001-layer'), else a cue right by it
    ('30% pruning ratio', 'a batch size of 256')."""
    noun = (q.noun or "").lower()
    named_by_noun = rules.setting_nouns().get(noun) or rules.setting_nouns().get(noun + "s") if noun else None
    if named_by_noun:
        return named_by_noun
    named = [_cue_metrics()[c.text] for c in cues
             if c.category == "setting" and c.text in _cue_metrics() and c.distance <= SETTING_NEAR]
    return named[0] if named else None


def _in_parentheses_after(q: Quantity, metrics: list[Hit]) -> str | None:
    """'an accuracy of 53.1 (F-score on AMR triples)': a metric opening a parenthesis right after the number
    says what the number is."""
    v = view(q.doc)
    if q.end + 1 >= len(v.text) or v.text[q.end] != "(":
        return None
    return next((m.value for m in metrics if m.start == q.end + 1), None)


def _in_terms_of(q: Quantity, metrics: list[Hit]) -> str | None:
    """'by 0.24 points absolute in terms of the mean opinion score': the metric 'in terms of' names."""
    v = view(q.doc)
    for m in metrics:
        if not q.end < m.start <= q.end + TERMS_REACH:
            continue
        k = m.start - 1
        while k > q.end and (v.lower[k] in ARTICLES or v.text[k].istitle() and m.start - k <= 2):
            k -= 1  # 'in terms of the PQ metric', 'in terms of Content F1 score'
        if k - 2 >= q.end and v.lower[k - 2:k + 1] == ("in", "terms", "of"):
            return m.value
    return None


def _compared_metric(kind: str, nouns: list[str], after: list[Cue], names: list[Cue]) -> str | None:
    """What a reduction or speed-up is of: the cost or speed noun, else a metric named near it (for a
    speed-up not a quality metric: 'faster at the same accuracy' is no speed-up of accuracy)."""
    if nouns:
        return nouns[0]
    if kind == "speedup":
        after, names = _not_quality(after), _not_quality(names)
    if after:
        return after[0].text
    if names:
        return names[0].text
    return DEFAULT_METRICS.get(kind)


def _not_quality(cues: list[Cue]) -> list[Cue]:
    return [c for c in cues if _directions().get(c.text) not in ("higher", "lower")]


def compared_values(doc: Doc, qs: list[Quantity], named: list[Hit], metrics: list[str | None]) -> list[str | None]:
    """'66.5% compared to the previous accuracy of 63.2%', '0.91 versus an F1 of 0.85': a number compared
    with a value of a named metric is in that metric (not in one named before it)."""
    out = list(metrics)
    lower = view(doc).lower
    for n in range(len(qs) - 1):
        a, b = qs[n], qs[n + 1]
        if a.metric or not versus(lower, a, b) or not same_unit(a, b):
            continue
        between = [m for m in named if a.end <= m.start and m.end <= b.start]
        if between:
            out[n] = between[-1].value
    return out


def answered_runs(doc: Doc, qs: list[Quantity], runs: list[tuple[int, int]], named: list[Hit],
                  metrics: list[str | None]) -> list[str | None]:
    """'79.2 BLEU and 22.7% accuracy, compared to 67.1 and 6.1%': the answering run's numbers are in the
    metrics of the run they answer, member by member."""
    if not any(b > a and a >= b - a + 1 for a, b in runs):
        return metrics  # no run of two or more with as many numbers before it
    out = list(metrics)
    right_after = {m.start: m.value for m in named}
    own = [q.metric or right_after.get(q.end) for q in qs]
    for first, answered in answering_run(view(doc).lower, qs, runs, own):
        for k in range(first - answered):
            out[first + k] = own[answered + k]
    return out


def share_in_lists(doc: Doc, qs: list[Quantity], kinds: list[str], metrics: list[str | None]) -> list[str | None]:
    """'+5.3% and +11.0% top-1 accuracy', '14.4%, 18.2%, 13.4% and 16.4% mAP': numbers of one list share
    the metric written once (passed along the list member by member, from the end or the start). A vague
    word ('with a performance of 71.4% and 87.2% top-1 accuracy') is no metric to keep."""
    out = list(metrics)
    lower = view(doc).lower
    changed = True
    while changed:
        changed = False
        for n in range(len(qs)):
            m = None if reported(out[n], kinds[n]) is not None else _list_neighbour(lower, qs, kinds, out, n)
            if m is not None:
                out[n], changed = out[m], True
    return out


def share_parallel_by(doc: Doc, qs: list[Quantity], kinds: list[str], metrics: list[str | None]) -> list[str | None]:
    """'reduces latency by a factor of 3 on A100 and by a factor of 2 on H100': a 'by' that repeats the
    one before measures what it does, where its own kind would only give the default ('speed')."""
    if len(qs) < 2:
        return metrics
    out, lower = list(metrics), view(doc).lower
    for n in range(1, len(qs)):
        if kinds[n] == kinds[n - 1] and out[n - 1] and out[n] in (None, DEFAULT_METRICS.get(kinds[n])) \
                and parallel_by(lower, qs[n - 1], qs[n]):
            out[n] = out[n - 1]
    return out


def share_from_to(doc: Doc, qs: list[Quantity], metrics: list[str | None]) -> list[str | None]:
    """'latency drops from 120 ms to 45 ms': the second amount measures what the first does, not just what
    its unit does ('time')."""
    out, lower = list(metrics), view(doc).lower
    for n in range(len(qs) - 1):
        a, b = qs[n], qs[n + 1]
        if lower[a.end:b.start] != ("to",) or a.start == 0 or lower[a.start - 1] != "from" or not (a.unit and b.unit):
            continue
        if a.unit.canonical == b.unit.canonical and out[n] and out[n + 1] == rules.unit_metrics().get(b.unit.canonical):
            out[n + 1] = out[n]
    return out


def _list_neighbour(lower, qs: list[Quantity], kinds: list[str], metrics: list[str | None], n: int) -> int | None:
    """The next or previous number of the same kind, with a metric, in one list with number n."""
    for m in (n + 1, n - 1):
        if 0 <= m < len(qs) and kinds[m] == kinds[n] and reported(metrics[m], kinds[m]) is not None:
            a, b = (qs[n], qs[m]) if m > n else (qs[m], qs[n])
            tight = all(w in JOINERS or w in "()" for w in lower[a.end:b.start]) or versus(lower, a, b)
            if tight or (m < n and b.start - a.end <= SHARE_GAP and not _other_measure_by(qs[n], a.end)):
                return m
    return None


def paired_in_slash_lists(doc: Doc, qs: list[Quantity], metrics: list[str | None]) -> list[str | None]:
    """'46.8/38.6 box/mask AP', '71.2/65.0 BLEU/METEOR': a slash list of numbers followed by a slash list
    of as many words (with a head after them, or none) pairs member by member, when each word with
    the head names a metric."""
    v = view(doc)
    out = list(metrics)
    for a, b in slash_runs(v.lower, qs):
        names = _slash_metrics(v, qs[b].end, b - a + 1)
        if names:
            out[a:b + 1] = names
    return out


def paired_with_metric_lists(doc: Doc, qs: list[Quantity], runs: list[tuple[int, int]], in_sent: list[Hit],
                             metrics: list[str | None]) -> list[str | None]:
    """'UAS and LAS of 94.5% and 92.9%', 'improves BLEU and METEOR by 1.2 and 0.8': a run of numbers
    pairs in order with a list of as many metric names in its sentence; a number whose own unit names a
    metric keeps it."""
    paired = paired_hits(doc, qs, runs, in_sent, 0, len(doc))
    return [q.metric or (h.value if h else m) for q, h, m in zip(qs, paired, metrics)]


def _slash_metrics(v, k: int, count: int) -> list[str] | None:
    """The metrics of `count` words joined by '/' from token k on, each read with the head after them."""
    words, n = [], len(v.text)
    while k < n and len(words) < count:
        words.append(v.text[k])
        k += 1
        if len(words) < count:
            if k >= n or v.text[k] != "/":
                return None
            k += 1
    if len(words) < count:
        return None
    for head_len in range(min(3, n - k), -1, -1):
        head = " ".join(v.text[k:k + head_len])
        names = [metric_named(f"{w} {head}" if head else w) for w in words]
        if all(names):
            return names
    return None


def reported(name: str | None, kind: str) -> str | None:
    """The metric as the table reports it: for a score, a gain or a cut, a word such as 'performance' (direction
    'any') names no metric; a speed-up may be one of performance ('12x performance')."""
    vague = kind in ("score", "improvement", "reduction") and _directions().get(name) == "any"
    return None if vague else name


def borrows(q: Quantity, sent_start: int) -> bool:
    """A number that may take a metric named outside its sentence: a bare number, a percentage or
    points; one in a unit of its own ('+0.15 dB') is in a metric of that unit, not any named before, and
    one after '..., time efficiency by' measures what those words name."""
    return (q.unit is None or q.unit.canonical in SHARED_UNITS) and not _other_measure_by(q, sent_start)


def nearby(doc: Doc, sent, metrics: list[Hit]) -> str | None:
    """For a score or gain whose sentence names no metric: the last metric named in the previous
    sentence, else the paper's only metric."""
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        in_prev = [m for m in metrics if prev.start <= m.start < prev.end]
        if in_prev:
            return in_prev[-1].value
    names = {m.value for m in metrics}
    return next(iter(names)) if len(names) == 1 else None
