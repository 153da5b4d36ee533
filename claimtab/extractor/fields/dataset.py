"""The dataset column: the benchmark a number is measured on. Sentence first: the dataset a number
stands in parentheses after ('on COCO (58.5 PQ)'), else one named right after it, else the last one before
it, else a later one; else the paper's only dataset. A run of numbers pairs in order with a list of as
many datasets in its sentence ('2.2% and 4.1% on Switchboard and MRDA')."""
from __future__ import annotations

from spacy.tokens import Span

from claimtab import rules
from claimtab.extractor import lists
from claimtab.extractor.doc_context import DocContext
from claimtab.extractor.quantities import Quantity

SEGMENT_BREAKS = (",", ";")
FRONT_REACH = 10  # tokens from a sentence's start to the comma that closes a fronted 'On X,'
PAREN_REACH = 16  # tokens back from a number to the parenthesis it stands in
AFTER_REACH = 8  # tokens after a number in which a dataset named is its own
NOTE_REACH = 6  # tokens after a note in parentheses in which 'on <dataset>' may follow
TASK_WORDS = 3  # words of a task's name after 'for'
HEADS_AFTER = rules.words("dataset_head")  # 'the CoNLL 2003 corpus for NER'
UNMEASURED = ("parameters",)
COUNTED_DATA = rules.words("dataset_head") | {"task", "tasks"}  # a count of these is measured on none
GROUP_JOINERS = rules.words("number_run_joiner") | rules.words("number_pair_joiner")
RESULTS = ("score", "improvement", "reduction")  # kinds measured on a benchmark its sentence need not name
COSTS = ("speedup", "time", "memory", "energy", "throughput")
UNNAMED_DATA = rules.words("unnamed_data")
NAMED_BEFORE = rules.words("data_named_before")  # 'on these datasets': the data the sentence before named
BACK_REACH = 6  # tokens after a run in which 'on these datasets' stands


def paired(ctx: DocContext, sent: Span, qs: list[Quantity]) -> list[str | None]:
    """For each number of the sentence, the dataset its run of numbers pairs it with (lists.paired_hits);
    a run that says 'respectively' of data its sentence does not name ('FIDs of 37.5, 92.0 and 59.2 on
    the above datasets respectively'), or that is measured 'on these datasets', pairs with the list of as
    many datasets the sentence before gives."""
    in_sent = [h for h in ctx.datasets if sent.start <= h.start < sent.end]
    if in_sent or sent.start == 0:
        return _paired_in_sentence(ctx, sent, qs, in_sent)
    return _paired_with_previous(ctx, sent, qs)


def _paired_in_sentence(ctx: DocContext, sent: Span, qs: list[Quantity], in_sent: list) -> list[str | None]:
    """Runs of numbers, then runs of numbers each with its own metric ('87.1% accuracy and 35.8% mCE on
    ImageNet-1k and ImageNet-C'), paired with the sentence's lists of datasets."""
    out = [h.value if h else None for h in lists.paired_hits(ctx.doc, qs, ctx.runs(qs), in_sent, sent.start, sent.end, True)]
    if in_sent and None in out:
        each = lists.paired_hits(ctx.doc, qs, _metric_runs(ctx, qs), in_sent, sent.start, sent.end, True)
        out = [o or (h.value if h else None) for o, h in zip(out, each)]
    return out


def _paired_with_previous(ctx: DocContext, sent: Span, qs: list[Quantity]) -> list[str | None]:
    """A sentence that names no dataset: runs that say 'respectively', or are measured 'on these datasets',
    pair with the datasets the sentence before named."""
    lower = ctx.view.lower
    prev = ctx.doc[sent.start - 1].sent
    before = [h for h in ctx.datasets if prev.start <= h.start < prev.end]
    said = [(a, b) for a, b in ctx.runs(qs) if lists.says_respectively(lower, qs[b])]
    out = [h.value if h else None for h in lists.paired_hits(ctx.doc, qs, said, before, prev.start, prev.end, True)] \
        if said else [None] * len(qs)
    names = list(dict.fromkeys(h.value for h in before))
    for a, b in ctx.runs(qs):
        if b - a + 1 == len(names) > 1 and _on_data_named_before(lower, qs[b]):
            out[a:b + 1] = names  # '55.6 on PTB and 63.5 on WT2. ... 53.8 and 60.5 on these datasets'
    return out


def _metric_runs(ctx: DocContext, qs: list[Quantity]) -> list[tuple[int, int]]:
    """Runs of numbers each followed by its own metric's name, joined ('87.1% accuracy and 35.8% mCE')."""
    lower, metric_tokens = ctx.view.lower, ctx.metric_tokens
    runs, start = [], 0
    for n in range(1, len(qs) + 1):
        if n < len(qs):
            gap = range(qs[n - 1].end, qs[n].start)
            named = [i for i in gap if i in metric_tokens]
            if named and named[0] == gap.start and all(i in metric_tokens or lower[i] in lists.NUMBER_JOINERS for i in gap):
                continue
        runs.append((start, n - 1))
        start = n
    return runs


def _on_data_named_before(lower, q: Quantity) -> bool:
    """'53.8 and 60.5 on these datasets', '61.2 F1 on both benchmarks': q's data are those named before."""
    after = lower[q.end:q.end + BACK_REACH]
    at = next((n for n, w in enumerate(after) if w in ("on", "across", "for")), None)
    if at is None or any(w in (",", ";", ".") for w in after[:at]):
        return False
    words = after[at + 1:at + 4]
    return bool(words) and words[0] in NAMED_BEFORE and any(w in HEADS_AFTER for w in words[1:])


def reaches(ctx: DocContext, qs: list[Quantity]) -> list[tuple[int, int]]:
    """For each number, the tokens after it where a dataset named is its own: from the end of its group
    (numbers joined by '/', 'and', ',' or a 'from A to B' pair) to the next number after the group
    ('72.4/73.6 on X', 'from 1.13 to 1.08 on X': X is each member's)."""
    lower = ctx.view.lower
    groups, start = [], 0
    for n in range(1, len(qs) + 1):
        if n == len(qs) or not _grouped(lower, qs[n - 1], qs[n]):
            groups.append((start, n - 1))
            start = n
    out = []
    for a, b in groups:
        later = qs[b + 1:]
        if later and _side_note(lower, later[0]):  # '52.9% (+5.4% increase) on HMDB51': read past the note
            later = [q for q in later if not _side_note(lower, q)]
        stop = later[0].start if later else len(lower)
        out += [(qs[b].end, stop)] * (b - a + 1)
    return out


def notes_on(lower, prev: Quantity, q: Quantity) -> bool:
    """q opens a parenthesis right after prev: a note on prev ('86.7% (5.6% absolute improvement)'),
    measured on prev's dataset."""
    return q.start >= 1 and lower[q.start - 1] == "(" and prev.end == q.start - 1


def _side_note(lower, q: Quantity) -> bool:
    """q opens a parenthesis that a preposition naming data follows: a note on the number before it
    ('(+5.4% increase) on HMDB51'), not a clause of its own ('(5.6% gain) and the SQuAD ...')."""
    if q.start == 0 or lower[q.start - 1] != "(":
        return False
    close = next((i for i in range(q.end, min(len(lower), q.end + 8)) if lower[i] == ")"), None)
    for word in lower[close + 1:close + 1 + NOTE_REACH] if close is not None else ():
        if word in ("on", "in", "for"):  # '(+11.7% increase) top-1 recall on UCF101'
            return True
        if word in ("and", ",", ";", "."):
            return False
    return False


def _grouped(lower, a: Quantity, b: Quantity) -> bool:
    """a and b are one group: joined, and in one unit ('1.1 points and 24.54 BLEU' are two results)."""
    between = lower[a.end:b.start]
    return bool(between) and all(t in GROUP_JOINERS for t in between) and lists.same_unit(a, b)


def resolve(ctx: DocContext, sent: Span, q: Quantity, reach: tuple[int, int], in_list: str | None = None,
            kind: str = "score") -> str | None:
    """reach: where a dataset named after q is its own (reaches). in_list: the dataset q's run of numbers
    pairs it with (paired), which comes first. A model's size is measured on no benchmark, a count of
    datasets on none of them; a speed-up, a cost or a physical amount only on one named right after it ('2x faster on A100s
    for COCO' aside, 'runs 2x faster on COCO')."""
    if kind in UNMEASURED or kind == "count" and (q.noun or "").lower() in COUNTED_DATA:
        return None
    if in_list:
        return in_list
    in_sent = [h for h in ctx.datasets if sent.start <= h.start < sent.end]
    physical = kind == "other" and q.unit is not None and q.unit.kind == "other"  # '25.8 mm on Human3.6M'
    if kind in COSTS or physical:
        after = [h for h in _after(in_sent, reach) if ctx.view.lower[h.start - 1] in ("on", "in", "for")]
        return after[0].value if after else _fronted(ctx, sent, in_sent)
    if _on_unnamed_data(ctx, q):
        return None  # '0.485 on our dataset': not the benchmark named before it
    found = _in_sentence(ctx, sent, q, reach, in_sent)
    if found or kind not in RESULTS:
        return found
    names = {h.value for h in ctx.datasets}
    return next(iter(names)) if len(names) == 1 else _for_its_task(ctx, q)


def _for_its_task(ctx: DocContext, q: Quantity) -> str | None:
    """'the WSJ corpus for part-of-speech (POS) tagging and the CoNLL 2003 corpus for NER. ... 97.55%
    accuracy for POS tagging and 91.21% F1 for NER': a number 'for' a task is measured on the dataset
    the abstract named for that task."""
    v = ctx.view
    k = q.end
    while k < len(v.lower) and (k in ctx.metric_tokens or v.lower[k] == "%"):
        k += 1
    if k + 1 >= len(v.lower) or v.lower[k] != "for":
        return None
    task = _task_words(v, k + 1)
    tasks = ctx.memo.get("dataset_tasks")
    if tasks is None:
        tasks = ctx.memo["dataset_tasks"] = _dataset_tasks(ctx)
    found = {name for key, name in tasks if key and task and (key.startswith(task) or task.startswith(key))}
    return found.pop() if len(found) == 1 else None


def _dataset_tasks(ctx: DocContext) -> list[tuple[str, str]]:
    """(task words, dataset) for each dataset named 'for' a task ('CoNLL 2003 corpus for named entity
    recognition (NER)': the words, and the acronym with the word after it)."""
    v, out = ctx.view, []
    for h in ctx.datasets:
        k = h.end + (h.end < len(v.lower) and v.lower[h.end] in HEADS_AFTER)
        if k + 1 < len(v.lower) and v.lower[k] == "for":
            out.append((_task_words(v, k + 1), h.value))
            out += [(key, h.value) for key in _task_acronyms(v, k + 1)]
    return out


def _task_words(v, k: int) -> str:
    """Up to three words of a task's name from token k, lower case, without parentheses."""
    words = []
    while k < len(v.lower) and len(words) < TASK_WORDS and (v.is_alpha[k] or v.lower[k] == "-"):
        if v.lower[k] != "-":
            words.append(v.lower[k])
        k += 1
    return " ".join(words)


def _task_acronyms(v, k: int) -> list[str]:
    """'part-of-speech (POS) tagging' -> 'pos tagging', 'pos'; 'named entity recognition (NER)' -> 'ner'."""
    stop = min(len(v.lower), k + TASK_WORDS + 6)
    for i in range(k, stop - 2):
        if v.text[i] == "(" and v.text[i + 2] == ")" and v.text[i + 1].isupper():
            acronym = v.lower[i + 1]
            after = v.lower[i + 3] if i + 3 < len(v.lower) and v.is_alpha[i + 3] else ""
            return [f"{acronym} {after}".strip(), acronym] if after not in ("and", "or") else [acronym]
    return []


def _on_unnamed_data(ctx: DocContext, q: Quantity) -> bool:
    """'75.2% on our new benchmark', '0.485 on the proposed dataset': the number's data are named by no
    name ('10% on our HiRes-50K' are)."""
    v, k = ctx.view, q.end
    if k + 2 >= len(v.lower) or v.lower[k] not in ("on", "in") \
            or not (v.lower[k + 1] in UNNAMED_DATA or v.lower[k + 2] in UNNAMED_DATA):
        return False
    return not any(i in ctx.dataset_tokens for i in range(k + 1, min(len(v.lower), k + 5)))


def _in_sentence(ctx: DocContext, sent: Span, q: Quantity, reach: tuple[int, int], in_sent: list) -> str | None:
    """The dataset q's sentence gives it: the one whose parenthesis q stands in ('on COCO (58.5 PQ)'), else
    one named right after it, else the last one before it, else a later one."""
    opened = _opening_parenthesis(ctx.view.text, sent.start, q.start)
    before = [h for h in in_sent if h.end == opened] if opened is not None else []
    if before:
        return before[0].value  # 'miniImageNet (70.3% on 1-shot and 81.9% on 5-shot)'
    own = _in_own_segment(ctx, sent, q, reach, in_sent)
    if own:
        return own
    after = _after(in_sent, reach)
    if after:
        return after[0].value
    before = [h for h in in_sent if h.end <= q.start]
    if before:
        return before[-1].value
    later = [h for h in in_sent if h.start >= q.end]
    return later[0].value if later else None


def _in_own_segment(ctx: DocContext, sent: Span, q: Quantity, reach: tuple[int, int], in_sent: list) -> str | None:
    """'the F1 on SQuAD to 93.0, the accuracy on SNLI to 91.7': a dataset in q's own stretch between commas
    is q's before one in the next stretch."""
    text = ctx.view.text
    start = next((i + 1 for i in range(q.start - 1, sent.start - 1, -1) if text[i] in SEGMENT_BREAKS), sent.start)
    end = next((i for i in range(q.end, sent.end) if text[i] in SEGMENT_BREAKS), sent.end)
    after = [h for h in _after(in_sent, reach) if h.end <= end]
    if after:
        return after[0].value
    before = [h for h in in_sent if start <= h.start and h.end <= q.start]
    return before[-1].value if before else None


def _fronted(ctx: DocContext, sent: Span, in_sent: list) -> str | None:
    """'On ImageNet, X is 2x faster ...', 'In particular, on the COCO dataset, ...': a dataset fronted in an
    'on' phrase before one of the sentence's first two commas frames every number of the sentence."""
    v = ctx.view
    stop = min(sent.end, sent.start + FRONT_REACH)
    commas = [i for i in range(sent.start, stop) if v.text[i] == ","][:2]
    for a, b in zip([sent.start] + [c + 1 for c in commas], commas):
        fronted = [h for h in in_sent if a <= h.start and h.end <= b]
        if fronted:  # the phrase opens with 'on' ('Pretrained on COCO,' says what it learned from)
            return fronted[0].value if v.lower[a] == "on" and len(fronted) == 1 else None
    return None


def _opening_parenthesis(text, first: int, k: int) -> int | None:
    """The token of the '(' that token k stands inside (in the same sentence, from token first on)."""
    for i in range(k - 1, max(first, k - PAREN_REACH) - 1, -1):
        if text[i] == ")":
            return None
        if text[i] == "(":
            return i
    return None


def _after(hits, reach: tuple[int, int]) -> list:
    first, stop = reach
    return [h for h in hits if first <= h.start < max(stop, first + 1) and h.start - first <= AFTER_REACH]
