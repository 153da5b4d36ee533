"""Lists in a sentence: runs of numbers ('75.15%|82.80%|81.96%', '11.5% and 4.6%') and the lists of
system names they pair with element by element ('MobileNet-V1|ResNet-50|ViT-B/16')."""
from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from spacy.tokens import Doc, Span

from claimtab import rules
from claimtab.extractor.fields.names import ModelName, namey_text
from claimtab.extractor.lexicon import Hit
from claimtab.extractor.quantities import Quantity
from claimtab.extractor.tokens import view, word_classes

NUMBER_JOINERS = rules.words("number_run_joiner")
NAME_JOINERS = rules.words("name_joiner")
CITATIONS = rules.words("citation_marker")
VERSUS_WORDS = rules.words("versus")
CLAUSE_WORDS = rules.words("clause_break") | {"and", "or"}
ARTICLES = rules.words("article")
RESPECTIVELY = rules.words("respectively")
RESPECTIVELY_REACH = 5  # tokens after a run in which its 'respectively' stands ('on the above datasets respectively')
VERSUS_GAP = 6  # tokens between the two sides of a comparison ('90.9% compared to SOTA accuracy of 89.4%')
MODEL_NAME = ModelName()
FACTOR_OF = ("a", "factor", "of")
PARALLEL_GAP = 7  # tokens of 'on <where> and' between two parallel 'by' phrases
ANSWER_METRIC = 5  # tokens of the answered number's metric before the comparison word ('exact match accuracy ,')
ANSWER_GAP = 14  # tokens from that word to the answering run ('compared to previous state-of-the-art values of')
LIST_FILLER = rules.words("dataset_head")  # 'the DSB dataset, and ISIC': words a list of datasets may hold
LIST_ENDS = rules.words("respectively") | {"with", "on", "in", "for", "to", "using"}
FILL_NAME = 4  # tokens of a name no gazetteer knows in a list of datasets
PLACE_PREPOSITIONS = ("on", "in", "for", "at", "with", "across", "under", "when")


def joined(lower, a: Quantity, b: Quantity) -> bool:
    """Only joiners ('/', ',', 'and', '|') stand between quantities a and b."""
    return b.start > a.end and all(t in NUMBER_JOINERS for t in lower[a.end:b.start])


def versus(lower, a: Quantity, b: Quantity) -> bool:
    """Only words of a comparison (and an article or a metric's words) stand between a and b."""
    between = lower[a.end:b.start]
    return any(w in VERSUS_WORDS for w in between) and len(between) <= VERSUS_GAP \
        and all(w in VERSUS_WORDS or w in ARTICLES or _word(w) and w not in CLAUSE_WORDS for w in between)


def _word(w: str) -> bool:
    """A word of letters, or of letters and digits ('F1', 'mAP50'), not a number."""
    return w.isalpha() or w.isalnum() and not w.isdigit()


def parallel_by(lower, a: Quantity, b: Quantity) -> bool:
    """'reduces latency by 20% on A100 and by 35% on H100', '... by a factor of 4 on CIFAR-10 and by a
    factor of 2 on STL-10': b's 'by' repeats a's after a joiner and at most a short phrase of where."""
    b_by = _by_before(lower, b.start)
    if _by_before(lower, a.start) is None or b_by is None or b_by <= a.end:
        return False
    gap = lower[a.end:b_by]
    if gap and gap[0] == "(" and ")" in gap:  # 'by a factor of 4 (from 8% to 2%) and by ...'
        gap = gap[gap.index(")") + 1:]
    return 1 <= len(gap) <= PARALLEL_GAP and gap[-1] in ("and", ",") \
        and (len(gap) == 1 or gap[0] in PLACE_PREPOSITIONS)


def _by_before(lower, k: int) -> int | None:
    """Where the 'by' leading to the number at token k stands ('by 3%', 'by a factor of 3'), or None."""
    k -= 3 if tuple(lower[max(0, k - 3):k]) == FACTOR_OF else 0
    return k - 1 if k > 0 and lower[k - 1] == "by" else None


def answering_run(lower, qs: list[Quantity], runs: list[tuple[int, int]], own: list[str | None]) -> list[tuple[int, int]]:
    """(first of a run, first of the run it answers): a run of bare numbers set against as many numbers
    each written with its own metric (`own`) just before it ('79.2 BLEU and 22.7% accuracy, compared to
    67.1 and 6.1%', '88.1 F1 and 80.2 EM versus 85.3 and 77.0 for BERT'), member by member."""
    pairs = []
    for first, last in runs:
        n = last - first + 1
        if n < 2 or first < n or any(own[first:last + 1]):
            continue
        mine = own[first - n:first]
        gap = lower[qs[first - 1].end:qs[first].start]  # '<metric>, compared to the values of'
        turn = next((k for k, w in enumerate(gap) if w in VERSUS_WORDS), None)
        if all(mine) and len(set(mine)) == n and turn is not None and turn <= ANSWER_METRIC \
                and len(gap) - turn <= ANSWER_GAP and not any(w in (";", ".") for w in gap):
            pairs.append((first, first - n))
    return pairs


def same_unit(a: Quantity, b: Quantity) -> bool:
    """a and b are in one unit (or written as one metric's values): they can be members of one list."""
    return (a.unit.canonical if a.unit else a.metric) == (b.unit.canonical if b.unit else b.metric)


def slash_joined(lower, a: Quantity, b: Quantity) -> bool:
    """Only a '/' stands between quantities a and b ('46.8/38.6', '30%/45%')."""
    return lower[a.end:b.start] == ("/",)


def slash_runs(lower, qs: list[Quantity]) -> list[tuple[int, int]]:
    """(first, last) index of each run of two or more numbers joined by '/' alone."""
    runs, start = [], 0
    for n in range(1, len(qs) + 1):
        if n == len(qs) or not slash_joined(lower, qs[n - 1], qs[n]):
            if n - 1 > start:
                runs.append((start, n - 1))
            start = n
    return runs


def number_runs(doc: Doc, qs: list[Quantity]) -> list[tuple[int, int]]:
    """(first, last) index of each run of quantities with nothing but joiners between them; a lone
    quantity is a run of one."""
    lower = view(doc).lower
    runs, start = [], 0
    for n in range(1, len(qs) + 1):
        if n == len(qs) or not joined(lower, qs[n - 1], qs[n]):
            runs.append((start, n - 1))
            start = n
    return runs


def joined_hits(doc: Doc, hits: list, first: int, last: int, fill: bool = False) -> list[list]:
    """Runs of two or more name hits between tokens first and last with nothing but joiners (and
    citation marks) between them ('on Switchboard and MRDA', 'COCO/LVIS', 'SNIPS <cit.> and ATIS'). With
    `fill`, a list may also hold names no gazetteer knows, between or after the known ones, and the words
    'dataset' or 'the' ('on DOTA, UCAS-AOD, HRSC with', 'on Kvasir-SEG, CVC-ClinicDB, the DSB dataset, and
    ISIC'): each such name becomes a hit of its own text."""
    v = view(doc)
    found, current = [], []
    for h in (h for h in hits if first <= h.start and h.end <= last):
        between = _names_between(v, current[-1].end, h.start, fill) if current else []
        if between is None:
            found.append(current)
            current = []
        elif between:
            known = current[-1]
            current.extend(_in_edition(v, known, b) for b in between)
        current.append(h)
    if fill and current:
        known = current[-1]
        current.extend(_in_edition(v, known, b) for b in _names_after(v, known.end, last))
    found.append(current)
    return [run for run in found if len(run) > 1]


def _names_between(v, start: int, end: int, fill: bool) -> list | None:
    """The unknown names in a gap between two names of one list (none for joiners alone), or None where
    the gap is no list's."""
    pieces, current, joined_yet = [], [], False
    for k in range(start, end):
        low = v.lower[k]
        if low in NAME_JOINERS or low in CITATIONS or fill and (low in LIST_FILLER or low in ARTICLES and not current):
            if current and joined_yet:  # words right after a known name, before any joiner, end that name
                pieces.append(current)
            current, joined_yet = [], joined_yet or low in NAME_JOINERS
        elif fill and (namey_text(v.text[k]) or current and v.text[k] == "-"):
            current.append(k)
        elif fill and not joined_yet and k - start < FILL_NAME and v.text[k][:1].isupper():
            continue  # 'ICDAR2015 Incidental Scene Text and ...': the rest of the name before
        else:
            return None
    if current and joined_yet:
        pieces.append(current)
    names = [_unknown_name(v, p[0], p[-1] + 1) for p in pieces]
    return None if None in names else names


def _unknown_name(v, start: int, end: int) -> Hit | None:
    """Tokens [start, end) as a list member no gazetteer knows, or None where they are too long for a
    name or an amount ('51.4 mAP on COCO and 78.1 FPS')."""
    text = v.chars(start, end)
    return None if end - start > FILL_NAME or "." in text else Hit(start, end, "dataset", text)


def _in_edition(v, known, hit):
    """An edition written alone after a known name is that name in the edition ('PASCAL VOC 2007 and
    2012': 'PASCAL VOC 2012'; 'CoNLL-2005 and 2012': 'CoNLL-2012')."""
    if not hit.value.isdigit():
        return hit
    name = v.chars(known.start, known.end)
    stem = name.rstrip("0123456789")
    return Hit(hit.start, hit.end, hit.label, stem + hit.value) if stem != name else hit


def _names_after(v, k: int, last: int) -> list:
    """Unknown names that go on a list after its last known one: a joiner, a name, and then a joiner or
    a word that ends a list ('..., HRSC with', '..., Sop datasets')."""
    out = []
    while k + 1 < last and v.lower[k] in NAME_JOINERS:
        j = k + 1 + (v.lower[k + 1] in ARTICLES or v.lower[k + 1] in NAME_JOINERS)
        end = j
        while end < last and end - j < FILL_NAME and (namey_text(v.text[end]) or end > j and v.text[end] == "-"):
            end += 1
        name = _unknown_name(v, j, end) if end > j else None
        if name is None or end < last and not (v.lower[end] in NAME_JOINERS or v.lower[end] in LIST_ENDS
                                               or v.lower[end] in LIST_FILLER or v.is_punct[end]):
            break
        out.append(name)
        k = end + (end < last and v.lower[end] in LIST_FILLER)
    return out


def paired_hits(doc: Doc, qs: list[Quantity], runs: list[tuple[int, int]], hits: list, first: int, last: int,
                fill: bool = False) -> list:
    """For each quantity, the name hit it pairs with in order when its run of numbers and a list of as many
    names face each other ('UAS and LAS of 94.5% and 92.9%', '2.2% and 4.1% on A and B'), else None.
    A list pairs with the run nearest to it, and a run with the list nearest to it; a run that says
    'respectively' pairs with its nearest list even where another run is nearer to that list ('86% and
    77% on A and B, beating X by 1% and 2% respectively'). With `fill`, a list may hold names no
    gazetteer knows (joined_hits)."""
    out: list = [None] * len(qs)
    if len(qs) < 2 or len(hits) < (1 if fill else 2):
        return out
    runs = [(a, b) for a, b in runs if b > a]
    lists = joined_hits(doc, hits, first, last, fill) if runs else []
    lower = view(doc).lower

    def gap(run, names):  # tokens between the run and the list, whichever comes first
        a, b = qs[run[0]].start, qs[run[1]].end
        return max(names[0].start - b, a - names[-1].end, 0)
    for run in runs:
        fitting = [names for names in lists if len(names) == run[1] - run[0] + 1]
        if not fitting:
            continue
        names = min(fitting, key=lambda ns: gap(run, ns))
        if min(runs, key=lambda r: gap(r, names)) == run or says_respectively(lower, qs[run[1]]):
            out[run[0]:run[1] + 1] = names
    for before, after in pairwise(runs):  # 'from 71.7/77.6 (mIoU/mAcc) to 72.2/78.2': one list for both
        if before[1] - before[0] == after[1] - after[0] and _from_to(lower, qs[before[1]].end, qs[after[0]].start):
            side = out[before[0]:before[1] + 1] if out[before[0]] else out[after[0]:after[1] + 1]
            out[before[0]:before[1] + 1] = out[after[0]:after[1] + 1] = side
    return out


def says_respectively(lower, q: Quantity) -> bool:
    """'respectively' follows q within a few words of its clause ('2.4% respectively', '2.4%, respectively',
    '2.4% on the above datasets respectively')."""
    after = lower[q.end:q.end + RESPECTIVELY_REACH + 1]
    for n, w in enumerate(after):
        if w in RESPECTIVELY:
            return True
        if w in (";", ".") or w == "," and n + 1 < len(after) and after[n + 1] not in RESPECTIVELY:
            return False
    return False


def _from_to(lower, end: int, start: int) -> bool:
    """Tokens [end, start) join the two sides of 'from A to B': 'to', after a parenthesis or not."""
    between = lower[end:start]
    return bool(between) and between[-1] == "to" and (len(between) == 1 or between[0] == "(" and between[-2] == ")")


def positions(doc: Doc, sent: Span, qs: list[Quantity], runs: list[tuple[int, int]],
              not_names: frozenset[int] = frozenset()) -> list[tuple[list[str] | None, int | None]]:
    """For each quantity, the list of system names of its run's length it pairs with and where it stands
    in that run; (None, None) outside a run of numbers. not_names: tokens of datasets and metrics."""
    if all(a == b for a, b in runs):
        return [(None, None)] * len(qs)
    pipes = name_lists(doc, sent, not_names)
    out = []
    for a, b in runs:
        names = next((p for p in pipes if len(p) == b - a + 1), None) if b > a else None
        out.extend((names, n - a) if b > a else (None, None) for n in range(a, b + 1))
    return out


def name_lists(doc: Doc, sent: Span, not_names: frozenset[int] = frozenset()) -> list[list[str]]:
    """Lists of system names in a sentence: 'MobileNet-V1|ResNet-50|ViT-B/16', 'ViT-B/16 and Mixer-B/16':
    names with nothing but joiners between them."""
    v = view(doc)
    first, last = sent.start, sent.end
    classes = word_classes(doc.vocab)
    classes.define("model_name", MODEL_NAME)
    names = classes.positions(doc, "model_name")
    lists, current, follow = [], [], -1  # follow: where the next name of the current list would stand
    for k in names[bisect_left(names, first):bisect_left(names, last)]:
        if k in not_names:
            continue
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
