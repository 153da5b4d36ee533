"""The baseline column: the system a comparison is made against, the name after 'than', 'over',
'outperforms'... (rules/baseline_cues.tsv) nearest to the number; for a number with no comparison of its
own, one that closes its sentence, else the one the sentence before states."""
from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span

from claimtab import rules
from claimtab.extractor.cues import described_by
from claimtab.extractor.doc_context import DocContext
from claimtab.extractor.fields.names import (
    core_name,
    generic_phrase,
    hyphenated_word,
    model_like,
    namey_text,
)
from claimtab.extractor.lists import slash_runs
from claimtab.extractor.quantities import Quantity, written_version

SKIP = rules.words("name_skip")
STOP = rules.words("name_stop")
GENERIC = rules.words("generic_noun")
NOT_SYSTEMS = rules.words("not_system")
CITATIONS = rules.words("citation_marker")
PRONOUNS = rules.words("pronoun")
RESULTS = rules.words("system_result")  # 'the performance of X'
NAME_JOINERS = ("and", ",", "/")  # between the names of a compared list ('than A, B and C', 'A/B'; '&' joins authors)
MAX_NAME = 6       # tokens of one name
LEADS = ("by", "on", "in")  # the word between a compared name and its number ('B by 5%', 'B on 8 out of 9')
ARTICLES_AND_SKIP = rules.words("article") | {"up", "to", "over", "about", "nearly", "almost"}
MAX_NAMES = 3      # names of one list
BEFORE_REACH = 12  # tokens before the previous number from which a cue may still speak of q
AFTER_REACH = 8    # tokens after q in which a cue speaks of it
NOTE_REACH = 8     # tokens of a parenthesized note after its number


def matcher(nlp) -> PhraseMatcher:
    """The comparison cues as one PhraseMatcher."""
    found = PhraseMatcher(nlp.vocab, attr="LOWER")
    for cue, _side in rules.baseline_cues():
        found.add("BASELINE", [nlp.make_doc(cue)])
    return found


def resolve(ctx: DocContext, sent: Span, q: Quantity, prev_end: int, next_start: int,
            qs: list[Quantity]) -> tuple[str | None, tuple[int, int] | None]:
    """(baseline, the tokens its cue and name span) of q; the span is None when the name comes from
    outside q's own comparison. A phrase that names a kind of system ('baseline models') or a task is no
    baseline."""
    name, span = _compared(ctx, sent, q, prev_end, next_start, qs)
    return (None if name and (_kind_only(name) or _no_system(name) or _task_systems(name, ctx)) else name), span


def _task_systems(name: str, ctx: DocContext) -> bool:
    """'GEC', 'NER models', 'prior VRP systems': a task, or the systems of a task, not one system."""
    words = name.split()
    return all(w.lower() in GENERIC for w in words[1:]) and ctx.is_task(words[0])


def _no_system(name: str) -> bool:
    """'the state of the art', 'the best result reported', 'previous works': no system is named; nor by
    the first half of a shared head ('previous Euclidean- and hyperbolic-based models')."""
    if name.endswith("-"):
        return True
    words = name.lower().replace("-", "").split()
    if any(w.startswith("stateof") or w == "state" for w in words) \
            and not any(namey_text(w) for w in name.split()):
        return True  # 'related state-of-the-art methods', 'the previously reported state (of the art)'
    return words[-1] in NOT_SYSTEMS or words[0] in NOT_SYSTEMS or words[0].startswith("state")


def _compared(ctx: DocContext, sent: Span, q: Quantity, prev_end: int, next_start: int,
              qs: list[Quantity]) -> tuple[str | None, tuple[int, int] | None]:
    cues = [(s, e) for s, e in ctx.baseline_cues() if sent.start <= s and e <= sent.end]
    reach = min(prev_end, _run_start(ctx, qs, q)) - BEFORE_REACH  # a run of numbers reaches back from its first
    before = [c for c in cues if reach <= c[0] and c[1] <= q.start]
    after = [c for c in cues if q.end <= c[0] < next_start and c[0] - q.end <= AFTER_REACH] \
        or _after_the_run(ctx, qs, q, cues, sent.end)
    close = _note_end(ctx.view, q)
    if close is not None and after:  # '93.2 (1.5 absolute improvement), outperforming X by 2.0': that
        after = [c for c in after if c[0] <= close + 1 or not _own_number(qs, c)]  # comparison has its own number
        if not before and not after:
            return None, None
    if not before and not after:
        improved = _improved_of(ctx, sent, q)
        if improved:
            return improved
        closing = _closing(ctx, sent, cues, qs)
        return (closing[0] if closing else _previous_sentence(ctx, sent)), None
    pick = _nearest_cue(ctx, q, qs, before, after)
    names, span = names_after(ctx, pick[1], sent.end)
    if not names:
        return None, None
    index = _list_index(ctx, qs, q, pick[1], len(names))
    if index >= len(names) and pick[1] <= q.start:
        again = _named_again(ctx, q, pick[1])
        if again:
            return again, span  # 'outperforms A by 2% and B by 5%': B is the second number's
    return names[min(index, len(names) - 1)], span


def _after_the_run(ctx: DocContext, qs: list[Quantity], q: Quantity, cues: list, sent_end: int) -> list:
    """The cues right after the last number of q's run ('30% and 45% fewer parameters than A and B')."""
    n = qs.index(q)
    last = next((b for a, b in ctx.runs(qs) if a <= n < b), None)
    if last is None:
        return []
    stop = qs[last + 1].start if last + 1 < len(qs) else sent_end
    return [c for c in cues if qs[last].end <= c[0] < stop and c[0] - qs[last].end <= AFTER_REACH]


def _note_end(v, q: Quantity) -> int | None:
    """The ')' closing a parenthesis q opens ('(1.5 absolute improvement)'), or None."""
    if q.start == 0 or v.text[q.start - 1] != "(":
        return None
    end = next((i for i in range(q.end, min(len(v.text), q.end + NOTE_REACH)) if v.text[i] in (")", "(")), None)
    return end if end is not None and v.text[end] == ")" else None


def _own_number(qs: list[Quantity], cue: tuple[int, int]) -> bool:
    """A number follows the comparison cue within the reach of its names ('outperforming X by 2.0')."""
    return any(cue[1] <= p.start <= cue[1] + MAX_NAME + 1 for p in qs)


def _nearest_cue(ctx: DocContext, q: Quantity, qs: list[Quantity], before: list, after: list) -> tuple[int, int]:
    """The comparison cue q belongs to: the nearer of the last one before it and the first one after it,
    unless the one after follows q at once ('12.4% over A and 3.1% over B') or is its comparative's
    'than' while the one before follows another number ('..., and 1.2 mAP higher than B')."""
    if after and (after[0][0] == q.end or after[0][0] - q.end <= 2 and ctx.view.lower[after[0][0]] in ("than", "over")
                  and before and any(p is not q and p.end <= before[-1][0] <= p.end + 2 for p in qs)):
        return after[0]
    options = ([(q.start - before[-1][1], before[-1])] if before else []) + \
              ([(after[0][0] - q.end + 2, after[0])] if after else [])
    return min(options)[1]


def _improved_of(ctx: DocContext, sent: Span, q: Quantity) -> tuple[str, tuple[int, int]] | None:
    """'improving the efficiency of CornerNet by 6.0x', 'raises the accuracy of BERT by 2%': the system
    whose measure a gain is made on, named between '<measure> of' and 'by'."""
    v = ctx.view
    by = q.start - 1
    start = by - 1  # the name's first token: back over a hyphenated name's glued parts ('Faster-RCNN')
    while start - 2 > sent.start and v.text[start - 1] == "-" and not v.space[start - 1] and not v.space[start - 2]:
        start -= 2
    if start - 2 < sent.start or v.lower[by] != "by" or v.lower[start - 1] != "of":
        return None
    measure = start - 2  # 'efficiency', 'accuracy': a metric or a cue's noun
    if not described_by(measure, ctx.ann):
        return None
    name = v.chars(start, by)
    return (name, (start, by)) if model_like(name, True) else None


def _named_again(ctx: DocContext, q: Quantity, cue_end: int) -> str | None:
    """'... and SkipThought on 8 out of 9', '..., and B by 5%': a name between a joiner and the word that
    leads to q, in a comparison the cue opened earlier."""
    v = ctx.view
    k = q.start - 1
    while k > cue_end and v.lower[k] in ARTICLES_AND_SKIP:
        k -= 1
    if k <= cue_end + 1 or v.lower[k] not in LEADS:
        return None
    j = k - 1
    name_end = k
    while j > cue_end and (namey_text(v.text[j]) or v.text[j] in ("-", "/")) and k - j <= MAX_NAME:
        j -= 1
    if j == k - 1 or v.lower[j] not in NAME_JOINERS or j + 1 in ctx.dataset_tokens:
        return None
    return v.chars(j + 1, name_end)


def _run_start(ctx: DocContext, qs: list[Quantity], q: Quantity) -> int:
    """Where the run of numbers q belongs to begins ('by 1.1%, 0.6% and 0.2%': at 1.1%)."""
    n = qs.index(q)
    first = next((a for a, b in ctx.runs(qs) if a <= n <= b), n)
    return qs[first].start


def _list_index(ctx: DocContext, qs: list[Quantity], q: Quantity, cue_end: int, n_names: int) -> int:
    """Which of the compared names q pairs with: its place in its slash list when that list is as long as
    the names ('beats A/B by 1%/2% with 30%/45% fewer parameters') or its place in the list before the cue
    ('2.1 and 3.4 points higher than A and B'), else the numbers between the cue and q ('over A and B by 3%
    and 28%')."""
    n = qs.index(q)
    run = next(((a, b) for a, b in slash_runs(ctx.view.lower, qs) if a <= n <= b), None)
    if run is None and cue_end > q.end:  # '2.1 and 3.4 points higher than A and B': the run before the cue
        run = next(((a, b) for a, b in ctx.runs(qs) if a <= n <= b), None)
    if run is not None and run[1] - run[0] + 1 == n_names:
        return n - run[0]
    return sum(1 for p in qs if cue_end <= p.start < q.start)


def _closing(ctx: DocContext, sent: Span, cues: list[tuple[int, int]], qs: list[Quantity]) -> tuple[str | None] | None:
    """A comparison after the sentence's last number speaks of all of them ('reduces time by 2.45x and
    traffic by 22.89x, while ... compared to graph parallelism'): (its system,). When it names no system
    ('the previous results'), (None,) if it is the last number's own ('2x fewer operations and 4x fewer
    parameters than its nearest competitor': no earlier sentence's system fills it), else None, as when
    there is no such comparison."""
    closing = [c for c in cues if c[0] >= qs[-1].end]
    if not closing:
        return None
    names, _ = names_after(ctx, closing[0][1], sent.end)
    if not names:
        return None
    if _no_system(names[0]) or _kind_only(names[0]):
        return (None,) if closing[0][0] - qs[-1].end <= AFTER_REACH else None
    return (names[0],)


def _previous_sentence(ctx: DocContext, sent: Span) -> str | None:
    """A comparison stated just before: 'Compared to graph parallelism, ... It reduces time by 2.45x.'"""
    if sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    cues = [(s, e) for s, e in ctx.baseline_cues() if prev.start <= s and e <= prev.end]
    for _s, e in reversed(cues):
        names, _ = names_after(ctx, e, prev.end)
        if names:
            return names[0]
    return None


def names_after(ctx: DocContext, k: int, end: int) -> tuple[list[str], tuple[int, int]]:
    """Names after a comparison cue ending at token k, as written: 'than ConvNeXt-T', 'over GNNs and
    stand-alone MLPs'; and the tokens from the cue to the last name's end."""
    reader = _NameReader(ctx, k, end)
    reader.read()
    names = [_appositive(core_name(n.strip().replace(" - ", "-"))) for n in reader.names  # not 'it needs', nor a
             # space a source left (nor one around a hyphen: GROBID's 'BiLSTM - CRF')
             if n.split() and n.split()[0].lower() not in PRONOUNS]
    while len(names) > 1 and (_kind_only(names[0]) or _described_kind(names[0])):
        names.pop(0)  # 'the strongest (open-source) baseline, DPO,': the name set off after a kind of system
    return names, (k, reader.k)


def _described_kind(name: str) -> bool:
    """'strongest open-source baseline', 'best performing model': a generic noun with only plain words
    before it, no name."""
    words = name.split()
    return words[-1].lower() in GENERIC and not any(namey_text(w) for w in words)


def _appositive(name: str) -> str:
    """'the baseline UDPipe', 'the strong baseline T5-Base': the system, not the word for its role; 'the
    best published CNN result': the system whose result it is."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in NOT_SYSTEMS and any(namey_text(w) for w in words[:-1]):
        return core_name(" ".join(words[:-1]))
    if len(words) == 2 and words[0].lower() in GENERIC and model_like(words[1]):
        return words[1]
    return name


def _kind_only(name: str) -> bool:
    """'the strongest baseline', 'the best prior method', 'continual learning methods': a phrase naming a
    kind of system, or a class of them (a plural with no name in it; 'CNN-based methods' names one)."""
    words = name.lower().split()
    if generic_phrase(name) or words[-1] in GENERIC and all(w in GENERIC or w in SKIP or w.endswith("est") for w in words):
        return True
    return words[-1].endswith("s") and _described_kind(name)


class _NameReader:
    """Reads names token by token from a comparison cue on: skips describing words and amounts before a
    name, splits a list at its joiners, stops at a function word, a number, a dataset or (first) a metric."""

    def __init__(self, ctx: DocContext, k: int, end: int):
        self.v, self.ctx, self.k, self.end = ctx.view, ctx, k, end
        self.numeric = self.v.members("like_num")
        self.names: list[str] = []
        self.first: int | None = None  # first token of the name being read
        self.done = False  # the list of names ended at a joiner

    def read(self) -> None:
        skipped = False
        while self.k < self.end and not self.done:
            if self.first is None and self._skip_before_name():
                skipped = True
                continue
            if self.first is None and skipped and not self.names and self.v.text[self.k] == ",":
                self.k, skipped = self.k + 1, False  # 'over the previous best, Vicuna-13B,'
                continue
            if self.first is None and self.k in self.numeric and not self._word_compound(self.k):
                break  # an amount with no 'for'/'of'/'by' after it ('zero-shot CoT' is a name)
            if self.first is None and self.v.text[self.k] in ("-", "/", "+"):
                break  # the cue was half a word: 'above-mentioned'
            if self.first is None and self.names and self.v.lower[self.k] in NAME_JOINERS:
                self.k += 1  # 'A, B, and C': the second joiner of an Oxford comma
                continue

            if self.first is not None and self._next_name():
                continue
            if self.first is not None and self.k in self.numeric:
                version_end = written_version(self.v, self.k, self.end)
                if version_end > self.k:  # 'than Llama 2 by 3%': the version is the name's
                    self.k = version_end
                    continue
            if self._stops():
                break
            if self.first is None:
                self.first = self.k
            self.k += 1
            if self.k - self.first >= MAX_NAME or self.v.lower[self.k - 1] in NOT_SYSTEMS:
                break  # '... fully automatic results': a name ends at a word for results
        if self.first is not None and self.first < self.k:
            self.names.append(self.v.chars(self.first, self.k))

    def _word_compound(self, k: int) -> bool:
        """A number word glued by a hyphen to a word: 'zero-shot', 'one-stage' (part of a name, no amount)."""
        v = self.v
        return k + 2 < self.end and v.is_alpha[k] and v.text[k + 1] == "-" and not v.space[k] and not v.space[k + 1] \
            and v.is_alpha[k + 2]

    def _skip_before_name(self) -> bool:
        """Steps over what may stand before a name; True when it stepped."""
        v, k = self.v, self.k
        low = v.lower[k]
        if low in SKIP:
            self.k += 1
            return True
        if k in self.numeric and any(c.isdigit() for c in v.text[k]):  # not 'the second best result'
            # 'compared to 31 million for full finetuning': the name follows the amount
            j = next((j for j in range(k + 1, min(self.end, k + 5)) if v.lower[j] in ("for", "of", "by")), None)
            if j is not None:
                self.k = j + 1
            return j is not None
        j = k
        while j < self.end and (j in self.ctx.metric_tokens or v.lower[j] in RESULTS):
            j += 1
        if k < j < self.end and v.lower[j] == "of":  # 'the performance of X', 'the accuracy of X': X is compared
            self.k = j + 1
            return True
        if low.startswith("state") and v.chars(k, min(self.end, k + 7)).lower().startswith("state-of-the-art"):
            self.k += 7
            return True
        return False

    def _next_name(self) -> bool:
        """At 'of' after generic words ('benchmarks of X') the name starts again; at a joiner the name
        read so far is one of a list. True when it stepped."""
        v, k = self.v, self.k
        low = v.lower[k]
        kind_so_far = all(w in GENERIC or w in SKIP for w in v.lower[self.first:k])
        if low == "of" and kind_so_far:
            self.first = None
        elif low == "such" and k + 1 < self.end and v.lower[k + 1] == "as" and (kind_so_far or v.lower[k - 1] in GENERIC):
            self.first, self.k = None, k + 1  # 'schemes such as Horus': the name comes after
        elif low in NAME_JOINERS and len(self.names) < MAX_NAMES:
            self.names.append(v.chars(self.first, k))
            self.first = None
            if not self._name_follows(k + 1, low == ","):  # 'Compared with the baseline, memory usage is ...'
                self.done = True  # the names end at the joiner: the span stops there too
                return True
        else:
            return False
        self.k += 1
        return True

    def _name_follows(self, k: int, comma: bool) -> bool:
        """A joiner goes on to another compared name only if a name-like word comes within a few words,
        and that name is not the subject of the next clause ('Compared to A, B is 1.7x faster'). After a
        comma the name must itself end the list or be followed by another joiner ('than A, B and C'; not
        'Compared to A, B trains ...')."""
        v = self.v
        verbs = rules.subject_verbs()
        while k < self.end and v.lower[k] in NAME_JOINERS:  # ', and C'
            k += 1
        for j in range(k, min(self.end, k + 5)):
            if v.lower[j] in STOP or v.is_punct[j] and v.text[j] not in ("-", "+", "/") or v.lower[j] in CITATIONS:
                return False
            if j in self.numeric and any(c.isdigit() for c in v.text[j]):
                return False  # 'over A and a new 32.8 BLEU': an amount, not another name
            if namey_text(v.text[j]) and j not in self.numeric:
                if j + 1 < self.end and v.lower[j + 1] in verbs:
                    return False
                return not comma or self._ends_list_item(j)
        return False

    def _ends_list_item(self, j: int) -> bool:
        """The name at j (with up to three more name words) is followed by a joiner or the phrase's end."""
        v = self.v
        k = min(hyphenated_word(v, j)[1], self.end)  # 'RoBERTa-large'
        while k < self.end and k - j < 4 and (namey_text(v.text[k]) or v.text[k] in ("-", "/")):
            k += 1
        return k >= self.end or v.lower[k] in NAME_JOINERS or v.lower[k] in ("or", "by", "in", "on") \
            or v.lower[k] in STOP or v.is_punct[k]

    def _year_of_name(self, k: int) -> bool:
        """'the DCASE 2020 baseline': a number between a dataset's name and the system it names."""
        return k - 1 in self.ctx.dataset_tokens and self.first is not None and self._named_for(k - 1)

    def _named_for(self, k: int) -> bool:
        """Token k is part of a dataset's name that names a system after it ('the DNS-Challenge baseline')."""
        j = k
        while j < self.end and j in self.ctx.dataset_tokens:
            j += 1
        j += j < self.end and j in self.numeric  # 'the DCASE 2020 baseline'
        return j < self.end and self.v.lower[j] in GENERIC

    def _stops(self) -> bool:
        v, k = self.v, self.k
        dashed = k > 0 and v.text[k - 1] == "-" and self.first is not None and self.first < k - 1  # 'ResNeXt - 101'
        compound = k > 0 and v.text[k - 1] == "-" and not v.space[k - 1]  # 'CNN-based', not 'methods based on'
        adverb = self.first is not None and v.text[k].islower() and v.text[k].endswith("ly") and len(v.text[k]) > 4
        participle = self.first is not None and v.lower[k - 1] in GENERIC and v.text[k].islower() and v.text[k].endswith("ed")
        amount = k in self.numeric and not dashed and not self._year_of_name(k) and not self._word_compound(k)
        return adverb or participle or v.lower[k] in STOP and not compound or amount \
            or v.is_punct[k] and v.text[k] not in ("-", "+", "/", "&") or v.lower[k] in CITATIONS \
            or v.text[k] in ("~", "∼", "≈") or v.text[k].startswith("\\") \
            or k in self.ctx.dataset_tokens and not self._named_for(k) \
            or k in self.ctx.metric_tokens and self.first is None  # 'in terms of the PQ metric': no system
