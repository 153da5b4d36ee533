"""Dataset mentions: the gazetteer (rules/datasets.tsv) and patterns for names it lacks
("the HiRes-50K benchmark", "X and Y datasets", "datasets (A, B and C)", "... Dataset (SHD)")."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from claimtab import rules
from claimtab.extractor import units
from claimtab.extractor.caches import word_cache
from claimtab.extractor.fields.names import (abbreviated_before, acronym_expansion, hyphenated_word, is_number,
                                             language_pair, model_like, name_key, namey_text, norm_key)
from claimtab.extractor.lexicon import Hit, metric_named
from claimtab.extractor.tokens import InSet, view, windows, word_classes

HEADS = rules.words("dataset_head")
LIST_OPENERS = rules.words("dataset_list_opener")
ARTICLES = rules.words("article")
CITATIONS = rules.words("citation_marker")
AFTER_ON_DATA = (",", ".", "and", ")", "(", ";", "is", "are", "was", "were", "from", "respectively")  # 'on FUNSD is boosted from'
EVENTS = rules.words("event_head")
SPLIT_HEADS = ("set", "sets")  # heads written after 'data' ('two data sets')
SPLIT_WORDS = ("val", "test", "dev", "train", "validation")  # glued to a name: its split ('RefCOCO-val')
SERIES = rules.words("evaluation_series")  # 'SemEval', 'DUC': a year after one names an edition's data
YEAR = re.compile(r"(?:19|20)\d\d")
SHORT_YEAR = re.compile(r"['’]?[0-2]\d")  # '15', "'14" after a series' name
EDITION = re.compile(r"(%s)(['’-]?)(\d{1,4})" % "|".join(map(re.escape, sorted(SERIES, key=len, reverse=True))))
MAX_TOKENS = 6
ACRONYM = re.compile(r"[A-Z][A-Z0-9-]*[A-Z0-9]$")  # 'DISFA', 'SHD', 'MS-COCO'
EXPANSION_WORDS = 10  # tokens before '(ACRONYM)' that may spell it out
PAREN_VALUES = 8  # tokens of a parenthesis of scores after a name in a list ("(86.2%/82.2%)")
DESCRIBING = 3  # words saying what a dataset holds between its name and the head ('the X document image dataset')
NUMBER_LIKE = re.compile(r"(\d[\d.,]*[KMBkmb]?|[KMBkmb])$")  # "8", "1,000", "10K", "10 K" (not "300W")
STYLED_WORD = re.compile(r"[a-z][A-Z]{2,}$")  # 'ReCoRD', 'QuALITY': a word styled as a name
KEY, NO_ALNUM = "dataset_key", "no_alnum"  # word values: norm_key(word), and 'has no letter or digit'


def _namey(tok) -> bool:
    """A token that can be part of a dataset or model name: capitalized, digits or symbols inside."""
    return namey_text(tok.text)


class DatasetFinder:
    """Finds dataset mentions in a Doc and names each with its canonical form."""

    def __init__(self, nlp: Language):
        self.any: dict[str, str] = {}
        self.exact: dict[str, str] = {}
        for alias, canon, _area, match in rules.datasets():
            if match == "context":
                self.exact.setdefault(alias, canon)
            else:
                self.any.setdefault(name_key(alias), canon)  # not memoized: the gazetteer is not text
        self.any_prefixes = _prefixes(self.any)
        # a one-word name written with capitals inside ('ReCoRD', 'SQuAD', 'GLUE') is not the same word
        # in lower case ('record', 'glue'), nor in title case where it mixes cases ('Record', 'Quality')
        self.cased = _cased_keys(rules.datasets())
        self.exact_first = frozenset(nlp.make_doc(alias)[0].text for alias in self.exact)  # as the text is split
        self.matcher = Matcher(nlp.vocab)
        for pat in rules.dataset_patterns():
            self.matcher.add(pat["label"], [pat["pattern"]], greedy="LONGEST")
        self.classes = word_classes(nlp.vocab)
        self.classes.define("dataset_head", InSet(HEADS))
        self.classes.define("dataset_start", _MayStart(self.any_prefixes, self.exact_first))
        self.classes.define("series", _series_word)
        self.classes.define("dataset_word", _DatasetWord(self.any, self.exact))
        self.classes.define_value(KEY, norm_key)
        self.classes.define_value(NO_ALNUM, _is_punct)

    def canonical(self, name: str) -> str | None:
        return self.any.get(norm_key(name)) or self.exact.get(name)

    def find(self, doc: Doc) -> list[Hit]:
        """Dataset mentions, left to right, not overlapping; value = canonical name."""
        listed, in_context = self._gazetteer(doc)
        found = in_context + self._patterns(doc) + _editions(doc, self.classes.positions(doc, "series"))
        hits = listed + found
        siblings = _siblings(doc, hits)
        found, hits = found + siblings, hits + siblings
        if found:  # a listed name is found wherever it stands already; the others may stand again
            hits += self._repeats(doc, found, hits)
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Hit] = []
        for h in hits:
            if out and h.start < out[-1].end or h.end < len(doc) and doc[h.end].text == "=":
                continue  # 'IS=8.81': a variable given a value, no dataset
            if out and h.start == out[-1].end and h.start - out[-1].start < MAX_TOKENS and _word_name(doc[h.start:h.end]):
                out[-1] = self._joined(doc, out[-1], h)
                continue
            out.append(h)
        return _one_name_per_dataset(self._named_by_acronym(doc, out))

    def _named_by_acronym(self, doc: Doc, hits: list[Hit]) -> list[Hit]:
        """'the Stanford Natural Language Inference corpus (SNLI)': a name of several words followed (after
        its head) by a listed dataset's acronym in parentheses is that dataset."""
        out = list(hits)
        for n in range(len(out) - 1):
            a, b = out[n], out[n + 1]
            paren = a.end + (a.end < len(doc) and doc[a.end].lower_ in HEADS)
            if a.end - a.start > 1 and b.start == paren + 1 and b.end - b.start == 1 and doc[paren].text == "(" \
                    and b.end < len(doc) \
                    and doc[b.end].text == ")" and self.canonical(doc[b.start].text):
                out[n] = Hit(a.start, a.end, a.label, b.value)
        return out

    def _joined(self, doc: Doc, a: Hit, b: Hit) -> Hit:
        """Two names with nothing between them are one ('Hutter Prize' + 'Wikipedia'), when the second
        is words ('CIFAR - 10 CIFAR - 100', a table's text, is two)."""
        text = doc[a.start:b.end].text
        return Hit(a.start, b.end, "dataset", self.canonical(text) or text)

    def _gazetteer(self, doc: Doc) -> tuple[list[Hit], list[Hit]]:
        """Gazetteer mentions: those of names matched anywhere, and those of ordinary words confirmed by
        their context ('on Places,')."""
        found = _scan(doc, self.any, self.any_prefixes, exact=self.exact, exact_first=self.exact_first,
                      starts=self.classes.positions(doc, "dataset_start"))
        found = [h for h in found if not (h.end - h.start == 1 and _not_the_name(doc[h.start].text, *self.cased))]
        listed = [h for h in found if h.label == "dataset"]
        in_context: list[Hit] = []
        for c in (h for h in found if h.label == "dataset?"):
            if _in_dataset_context(doc, c, listed + in_context):
                in_context.append(Hit(c.start, c.end, "dataset", c.value))
        return listed, in_context

    def _patterns(self, doc: Doc) -> list[Hit]:
        hits = []
        v = view(doc)
        lower = v.lower
        heads = [i for i in self.classes.positions(doc, "dataset_head")  # 'set' only in 'data set'
                 if lower[i] not in SPLIT_HEADS or i > 0 and lower[i - 1] == "data"]
        found = []
        for a, b in windows(heads, len(doc), before=MAX_TOKENS + 3, after=0):
            found += [(mid, a + s, a + e) for mid, s, e in self.matcher(doc[a:b])]
        for mid, s, e in found:
            label = doc.vocab.strings[mid]
            if e < len(doc) and v.text[e - 1].istitle() and v.text[e].istitle():
                continue  # 'an Optimal Dataset Scale (ODS)': a capitalized head inside a longer term
            head_end = e if label == "NAMED_CHALLENGE" else e - 1
            name = self._name_in(doc, s, head_end, e)
            if name is not None:
                hits.append(self._named(doc, name))
                hits += self._list_before(doc, name.start, doc[e - 1].lower_)
            head = e - 1
            hits += self._list_after(doc, head)
            hits += self._acronym_after(doc, head)
        for i in heads:
            hits += self._appositive(doc, i) + self._described(doc, i) + self._acronym_before(doc, i)
        ends = {h.end for h in hits}
        for i in heads:
            if lower[i] in ("datasets", "benchmarks", "sets") and i + 1 < len(lower) and i not in ends:
                hits += self._list_after(doc, i)
        return hits

    def _name_in(self, doc: Doc, start: int, head_end: int, end: int) -> Span | None:
        """The name of a matched mention: a full name the gazetteer knows ('the Stanford question answering
        dataset'), else the name-like words before the head, without describing words after them."""
        span = _trim_name(doc, start, head_end)
        if span is None or end - span.start > MAX_TOKENS + DESCRIBING + 1:
            return span
        if self.canonical(doc[span.start:end].text):
            return doc[span.start:end]
        name = _leading_name(span)
        return None if name is None or all(NUMBER_LIKE.match(t.text) for t in name) else name

    def _repeats(self, doc: Doc, found: list[Hit], hits: list[Hit]) -> list[Hit]:
        """A dataset found once by a pattern or its context is the same dataset wherever its name appears
        again (where no other mention stands)."""
        known = {norm_key(doc[h.start:h.end].text): h.value for h in found if h.end - h.start <= MAX_TOKENS}
        known.pop("", None)
        taken = {i for h in hits for i in range(h.start, h.end)}
        return [h for h in _scan(doc, known, _prefixes(known)) if taken.isdisjoint(range(h.start, h.end))]

    def _named(self, doc: Doc, span: Span) -> Hit:
        return Hit(span.start, span.end, "dataset", self.canonical(span.text) or span.text.replace(" - ", "-"))

    def _list_before(self, doc: Doc, start: int, head: str) -> list[Hit]:
        """'the Synapse and ACDC datasets': names joined by ',' / 'and' before a plural head."""
        if not head.endswith("s") or head == "corpus":
            return []
        hits, k = [], start - 1
        while k >= 1 and doc[k].lower_ in rules.words("dataset_list_joiner"):
            j = k - 1
            while j >= 0 and _namey(doc[j]) and k - j <= 3:
                j -= 1
            if j == k - 1:
                break
            name = _trim_name(doc, j + 1, k)
            if name is None:
                break
            hits.append(self._named(doc, name))
            k = j
        return hits

    def _list_after(self, doc: Doc, head: int) -> list[Hit]:
        """'datasets (A, B and C)', 'benchmarks including A and B', 'two datasets, A and B, ...' (after a
        comma, only a list of two or more names that a comma or the sentence's end closes)."""
        k = head + 1
        set_off = k < len(doc) and doc[k].text == ","
        if k >= len(doc) or doc[k].lower_ not in LIST_OPENERS and not set_off:
            if not (k + 1 < len(doc) and doc[k].lower_ == "such" and doc[k + 1].lower_ == "as"):
                return []
            k += 1
        hits, k = self._names_listed(doc, k + 1)
        closed = k >= len(doc) or doc[k].text in (",", ".", ";", ")")
        return hits if not set_off or len(hits) >= 2 and closed else []

    def _names_listed(self, doc: Doc, k: int) -> tuple[list[Hit], int]:
        """The names of a list from token k on ('A, B and C'), and the token after the last one."""
        hits, last = [], k
        while k < len(doc):
            j = k
            while j < len(doc) and _namey(doc[j]) and j - k < 4:
                j += 1
            if j == k:
                break
            name = _trim_name(doc, k, j)
            if name is not None:
                hits.append(self._named(doc, name))
            last = j
            if j < len(doc) and doc[j].lower_ in rules.words("dataset_list_joiner"):
                k = j + 1
                if k < len(doc) and doc[k].lower_ == "and":
                    k += 1
                continue
            break
        return hits, last

    def _appositive(self, doc: Doc, head: int) -> list[Hit]:
        """'HiRes-50K, a new challenging benchmark': a name set off before 'a ... benchmark'."""
        v = view(doc)
        k = head - 1
        while k > 0 and v.text[k].islower() and v.lower[k] not in ARTICLES and head - k <= 4:
            k -= 1
        if k < 2 or v.lower[k] not in ARTICLES or v.text[k - 1] != ",":
            return []
        j = k - 2
        while j >= 0 and _namey(doc[j]) and k - 1 - j <= 3:
            j -= 1
        name = _trim_name(doc, j + 1, k - 1)
        if name is None or not any(c.isdigit() or c.isupper() for c in name.text[1:]):
            return []
        return [self._named(doc, name)]

    def _described(self, doc: Doc, head: int) -> list[Hit]:
        """'the RVL-CDIP document image dataset', 'the TIMIT phoneme recognition benchmark': a name, then
        words saying what the data is, then the head; the name stands after 'the' (and one adjective) or 'on'."""
        v = view(doc)
        if v.lower[head] in EVENTS:
            return []  # 'the MS COCO 2015 segmentation competition' names an event, the data is COCO
        k = _before_description(v, head)
        if k is None:
            return []
        j = k
        while j >= 0 and k - j < MAX_TOKENS and (_namey(doc[j]) or v.text[j] == "-"):
            j -= 1
        if j == k or j < 0:
            return []
        # after 'the' (and one adjective), or after 'on' ('state of the art on Caltech pedestrian dataset')
        opened = v.lower[j] in ("the", "on") or j > 0 and v.lower[j - 1] == "the" and v.text[j].islower()
        name = self._name_in(doc, j + 1, k + 1, head + 1) if opened else None
        return [self._named(doc, name)] if name is not None else []

    def _acronym_before(self, doc: Doc, head: int) -> list[Hit]:
        """'the Denver Intensity of Spontaneous Facial Action (DISFA) database': an acronym in parentheses
        right before the head, which abbreviates the words before it, names the dataset."""
        v = view(doc)
        k = head - 2
        if k < 1 or v.text[head - 1] != ")" or v.text[k - 1] != "(" or not ACRONYM.match(v.text[k]) \
                or not abbreviated_before(v.chars(max(0, k - 1 - EXPANSION_WORDS), k - 1), v.text[k]):
            return []
        return [Hit(k, k + 1, "dataset", self.canonical(v.text[k]) or v.text[k])]

    def _acronym_after(self, doc: Doc, head: int) -> list[Hit]:
        """'Spiking Heidelberg Dataset (SHD)': the acronym names the dataset."""
        if head + 3 <= len(doc) and doc[head + 1].text == "(" and doc[head + 2].is_upper \
                and len(doc) > head + 3 and doc[head + 3].text == ")":
            return [Hit(head + 2, head + 3, "dataset", self.canonical(doc[head + 2].text) or doc[head + 2].text)]
        return []


class _DatasetWord:
    """Word test: the word is a listed dataset's whole name ('COCO', 'SQuAD')."""

    def __init__(self, keys: dict[str, str], exact: dict[str, str]):
        self.keys, self.exact = keys, exact

    def __call__(self, word: str) -> bool:
        return norm_key(word) in self.keys or word in self.exact


class _MayStart:
    """Word test: a gazetteer name may begin with this word (its key begins a name's key, or it is
    the first word of a name matched as written). A function word in lower case ('the', 'of', 'a':
    spaCy's English stop words) begins none: names that open with one write it with a capital ('The
    Pile', 'A-OKVQA')."""

    def __init__(self, prefixes: frozenset[str], exact_first: frozenset[str]):
        self.prefixes, self.exact_first = prefixes, exact_first

    def __call__(self, word: str) -> bool:
        return norm_key(word) in self.prefixes and word not in STOP_WORDS or word in self.exact_first


def _prefixes(keys) -> frozenset[str]:
    return frozenset(k[:n] for k in keys for n in range(1, len(k) + 1))


@word_cache()
def _is_punct(text: str) -> bool:
    return not any(map(str.isalnum, text))


def _scan(doc: Doc, table: dict[str, str], prefixes: frozenset[str], exact: dict[str, str] | None = None,
          exact_first: frozenset[str] = frozenset(), starts: list[int] | None = None) -> list[Hit]:
    """Longest token runs whose joined key is in `table` (or whose text is in `exact`, as
    'dataset?' candidates), left to right, not overlapping. `starts`: the tokens a mention may begin
    at, when known (else: where a token's key begins a name in the table)."""
    if not table and not exact:
        return []
    v = view(doc)
    keys, texts, no_alnum = v.values[KEY], v.text, v.values[NO_ALNUM]
    if starts is None:
        starts = [i for i, k in enumerate(keys) if k in prefixes or texts[i] in exact_first]
    n, out, resume = len(keys), [], 0
    for i in starts:
        if i < resume or not texts[i][:1].isalnum():
            continue
        try_exact = exact is not None and texts[i] in exact_first
        # a name can begin here when the word's key begins one, and so does its key with the next
        # word's (most candidate starts are common words, settled by the word after them)
        if not try_exact and (keys[i] not in prefixes or keys[i] not in table and i + 1 < n
                              and not no_alnum[i + 1] and keys[i] + keys[i + 1] not in prefixes):
            continue
        best = _longest_at(v, i, table, prefixes, exact if try_exact else None)
        if best is not None and not _glued_to_word(doc, doc[best.start:best.end]):
            out.append(best)
            resume = best.end
    return out


def _longest_at(v, i: int, table: dict[str, str], prefixes: frozenset[str],
                exact: dict[str, str] | None) -> Hit | None:
    """The longest mention beginning at token i: a run whose joined key is in `table`, or (when `exact`
    is given) whose text of up to three words is in `exact`."""
    texts, spaces = v.text, v.space
    keys, no_alnum = v.values[KEY], v.values[NO_ALNUM]
    n = len(texts)
    best, key, surface = None, "", ""
    for j in range(i, min(n, i + MAX_TOKENS)):
        if j > i and texts[j - 1] == "-" and spaces[j - 1] and not (texts[j][:1].isdigit() and key + keys[j] in table):
            break  # a dash set off by spaces ends a name, unless a number after it completes one ('WikiText - 2')
        key += keys[j]
        if exact is not None and j - i <= 2:
            surface += texts[j] + (" " if spaces[j] and j + 1 < n else "")
        elif key not in prefixes and not no_alnum[j]:
            break
        if no_alnum[j]:
            continue
        if key in table:
            best = Hit(i, j + 1, "dataset", table[key])
        elif exact is not None and surface.strip() in exact:
            best = Hit(i, j + 1, "dataset?", exact[surface.strip()])
    return best


def _glued_to_word(doc: Doc, span: Span) -> bool:
    """'ImageNet-pretrained' is not a mention of ImageNet as a benchmark ('RefCOCO-val', a split, is)."""
    end, v = span.end, view(doc)
    return end + 1 < len(doc) and not v.space[end - 1] and v.text[end] == "-" \
        and not v.space[end] and v.text[end + 1].islower() and v.lower[end + 1] not in SPLIT_WORDS


def _trim_name(doc: Doc, start: int, end: int) -> Span | None:
    """The name inside [start, end) without leading describing words ('The', 'Our', 'Extensive') or the
    word before a count ('Across 12 benchmarks' names none)."""
    while start < end and (doc[start].text in rules.name_stopwords() or not _namey(doc[start])
                           or _word_before_count(doc, start, end)):
        start += 1
    if start >= end:
        return None
    span = doc[start:end]
    if all(NUMBER_LIKE.match(t.text) for t in span):
        return None  # 'on 8 corpora', 'a 10K benchmark' count, they name nothing
    if len(span) == 2 and NUMBER_LIKE.match(span[0].text) and units.lookup((span[1].text,)) is not None:
        return None  # 'a 40 GB corpus', 'a 100-hour set' measure the data (not '20 Newsgroups')
    if len(span) == 1 and span[0].is_sent_start and span[0].is_title and not any(c.isdigit() for c in span.text):
        return None
    return span


def _word_before_count(doc: Doc, k: int, end: int) -> bool:
    """'Across 12 benchmarks', 'On 8 datasets': a capitalized function word before the count of a head."""
    return k + 1 < end and doc[k].lower_ in STOP_WORDS and NUMBER_LIKE.match(doc[k + 1].text) is not None


def _before_description(v, head: int) -> int | None:
    """The last token before the words that describe the data ahead of a head ('document image' of 'the
    RVL-CDIP document image dataset'), past a citation or odd space; None when no word describes it."""
    k = head - 1
    while k > 0 and head - k <= DESCRIBING and v.text[k].isalpha() and v.text[k].islower() \
            and v.space[k - 1] and v.lower[k] not in ARTICLES:  # a word of its own ('1k' is no description)
        k -= 1
    if k == head - 1:
        return None  # no describing words: the named-dataset pattern's case
    while k > 0 and (v.text[k] in CITATIONS or v.text[k].isspace()):
        k -= 1  # 'the Charades <cit.> document benchmark'
    return k


def _word_name(span: Span) -> bool:
    return not any(c.isdigit() for c in span.text)


def _leading_name(span: Span | None) -> Span | None:
    """A matched name without the citation marker or the describing words after it ('RVL-CDIP' of
    'RVL-CDIP document image', 'Charades' of 'Charades <cit.>')."""
    if span is None:
        return None
    end = next((t.i for t in span if t.text in CITATIONS or t.is_space
                or t.text[:1].islower() and not _scale_letter(t)), span.end)
    return span.doc[span.start:end] if end > span.start else None


def _scale_letter(t) -> bool:
    """'k' of '1k': a scale letter the tokenizer split from its number."""
    return t.i > 0 and len(t.text) == 1 and t.text in "kmb" and not t.doc[t.i - 1].whitespace_ \
        and t.doc[t.i - 1].text[-1:].isdigit()


def _editions(doc: Doc, starts: list[int]) -> list[Hit]:
    """'SemEval 2018', 'DUC-2002', 'SemEval-2017 Task 4', 'WMT22', 'DSTC7': a yearly evaluation series
    with its year or number (and task) names its data ('SemEval-2018 Task 9'). `starts`: the tokens
    that begin with a series' name."""
    v = view(doc)
    hits = []
    for i in starts:
        series, mark, year = _edition_parts(v.text[i])
        end = i + 1
        if not year and end < len(v.text) and (YEAR.fullmatch(v.text[end]) or SHORT_YEAR.fullmatch(v.text[end])):
            year, end = v.text[end], end + 1
        if SHORT_YEAR.fullmatch(year) or (mark == "" and year.isdigit() and len(year) < 4):
            # 'WMT 15', "WMT'14", 'DSTC7': the edition as its name is mostly written
            name = f"{series}{year.lstrip(chr(39) + '’')}"
            pair_end = _direction_after(doc, end)  # 'WMT22 En-De': the edition's part for one direction
            hits.append(Hit(i, pair_end or end, "dataset", f"{name} {doc[end:pair_end].text}" if pair_end else name))
            continue
        if not year and end + 1 < len(v.text) and v.lower[end] == "task" and v.text[end + 1].isdigit():
            hits.append(Hit(i, end + 2, "dataset", f"{series} Task {v.text[end + 1]}"))  # 'SemEval Task 1'
            continue
        if not YEAR.fullmatch(year):
            continue
        name = f"{series}{year}" if mark == "" else f"{series}-{year}"  # 'newstest2014' as written
        if end + 1 < len(v.text) and v.lower[end] == "task" and v.text[end + 1].isdigit():
            name, end = f"{name} Task {v.text[end + 1]}", end + 2
        hits.append(Hit(i, end, "dataset", name))
    return hits


def _direction_after(doc: Doc, end: int) -> int | None:
    """Where a translation direction written right after an edition ends ('En-De', 'English→German')."""
    for n in (1, 3):
        if end + n <= len(doc) and language_pair(doc[end:end + n].text):
            return end + n
    return None


def _edition_parts(word: str) -> tuple[str, str, str]:
    """'SemEval-2017' -> ('SemEval', '-', '2017'), "WMT'22" -> ('WMT', "'", '22'), 'DSTC7' -> ('DSTC', '', '7')."""
    m = EDITION.fullmatch(word)
    return (m[1], m[2], m[3]) if m else (word.partition("-")[0], "-", word.partition("-")[2])


def _siblings(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """'on SiftFlow and PASCAL-Context', 'CamRest676 and MultiWOZ', '..., and WAF,': a name joined to a
    found dataset in a list is a dataset too (a name with capitals inside or digits, or an acronym)."""
    v = view(doc)
    taken = {i for h in hits for i in range(h.start, h.end)}
    found: list[Hit] = []
    for h in _each_and_found(hits, found):  # a sibling's sibling too: 'A (1.0), B (2.0), COCO (3.0)'
        found += [s for s in (_sibling_before(v, h, taken), _sibling_after(v, h, taken)) if s]
        taken.update(i for f in found for i in range(f.start, f.end))
    return found


def _sibling_before(v, h: Hit, taken: set[int]) -> Hit | None:
    """The one-word name before h across a list mark (each name may carry its scores: 'VATEX (66.6%), MSVD')."""
    joiners = rules.words("dataset_list_joiner")
    start = _value_before(v, h.start)
    k = start - 1
    while k > 0 and v.lower[k] in joiners and start - k <= 2:
        k -= 1
    k = _value_before(v, k + 1) - 1
    if k < h.start - 1 and _sibling_name(v, k, taken) and not (k > 0 and namey_text(v.text[k - 1])):  # not 'Stanford Dogs'
        return Hit(k, k + 1, "dataset", v.text[k])
    return None


def _sibling_after(v, h: Hit, taken: set[int]) -> Hit | None:
    """The name after h across a list mark, read whole when hyphenated ('NORB-small'), that ends the list
    or is followed by its scores (not 'and HarDNet-MSEG delivers')."""
    joiners = rules.words("dataset_list_joiner")
    end = k = _value_after(v, h.end)
    while k < len(v.text) and v.lower[k] in joiners and k - end <= 2:
        k += 1
    if k == h.end or k >= len(v.text):
        return None
    word, stop = hyphenated_word(v, k)
    ends = stop >= len(v.text) or v.space[stop - 1] and v.lower[stop] in joiners \
        or v.text[stop] in (",", ".", ";", ")", ":") or _value_after(v, stop) > stop
    one_word = stop == k + 1 and _sibling_name(v, k, taken)
    if ends and (one_word or stop > k + 1 and taken.isdisjoint(range(k, stop)) and model_like(word, True)):
        return Hit(k, stop, "dataset", word)
    return None


def _each_and_found(hits: list[Hit], found: list[Hit]):
    """The hits, then each hit appended to `found` while they are visited."""
    yield from hits
    n = 0
    while n < len(found):
        yield found[n]
        n += 1


def _value_after(v, k: int) -> int:
    """Past a parenthesis of numbers that opens at token k ('(51.4%)', '(86.2%/82.2%)'), else k."""
    if k >= len(v.text) or v.text[k] != "(":
        return k
    close = next((i for i in range(k + 1, min(len(v.text), k + PAREN_VALUES)) if v.text[i] == ")"), None)
    return close + 1 if close and any(is_number(t) for t in v.text[k + 1:close]) else k


def _value_before(v, k: int) -> int:
    """Back past a parenthesis of numbers that closes right before token k, else k."""
    if k < 1 or v.text[k - 1] != ")":
        return k
    opening = next((i for i in range(k - 2, max(-1, k - 1 - PAREN_VALUES), -1) if v.text[i] == "("), None)
    return opening if opening is not None and any(is_number(t) for t in v.text[opening + 1:k - 1]) else k


def _sibling_name(v, k: int, taken: set[int]) -> bool:
    """A one-word name that can stand in a list of datasets: not a metric's ('83.5% mIoU, and ADE20K')."""
    t = v.text[k]
    return k not in taken and (model_like(t, True) or t.isupper() and t.isalpha() and len(t) >= 3) \
        and t not in rules.name_stopwords() and metric_named(t) is None


def _cased_keys(entries) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the one-word names every alias of which has capitals inside ('ReCoRD', 'SWAG'; not
    'Cityscapes', also listed as 'CityScapes'), and of those among them that style a word with a run of
    capitals at the end ('ReCoRD', 'QuALITY', 'SQuAD'), which its title case does not name either
    ('Record', 'Quality'; but 'Swag' is SWAG and 'Imagenet' ImageNet)."""
    single = [(name_key(a), a) for a, _c, _ar, m in entries if m != "context" and a.isalpha()]
    cased = {k for k, a in single if _capital_inside(a)} - {k for k, a in single if not _capital_inside(a)}
    styled = {k for k, a in single if k in cased and STYLED_WORD.search(a)}
    return frozenset(cased), frozenset(styled)


def _not_the_name(word: str, cased: frozenset[str], styled: frozenset[str]) -> bool:
    """A word written as the ordinary word a one-word name with capitals inside also spells."""
    key = norm_key(word)
    return key in cased and (word.islower() or key in styled and not _capital_inside(word))


def _capital_inside(word: str) -> bool:
    """'ReCoRD', 'QuALITY', 'SWAG': capitals after the first letter."""
    return any(map(str.isupper, word[1:]))


def _series_word(word: str) -> bool:
    """Word test: a yearly evaluation's name, alone or with its year ('SemEval', 'DUC-2002', 'WMT22')."""
    return word.partition("-")[0] in SERIES or EDITION.fullmatch(word) is not None


def _in_dataset_context(doc: Doc, hit: Hit, confirmed: list[Hit]) -> bool:
    """An ordinary word the gazetteer lists stands as a dataset: before a head or 'test' ('Places
    dataset'), in one list with a confirmed dataset, after 'on' at a phrase's end, or in a parenthesis
    after a task's words ('sentiment analysis (SST, IMDb)')."""
    nxt = doc[hit.end].lower_ if hit.end < len(doc) else ""
    prev = doc[hit.start - 1].lower_ if hit.start > 0 else ""
    if nxt in HEADS or nxt in rules.words("dataset_after"):
        return True
    if doc[hit.start:hit.end].text.lower() in rules.words("code_host"):
        return False  # 'the code is available on GitHub.'
    return (any(_listed_together(doc, c, hit) for c in confirmed)
            or prev in ("on",) and nxt in AFTER_ON_DATA
            or prev == "(" and nxt in (",", ")") and _after_a_task(doc, hit.start - 1))


def _after_a_task(doc: Doc, paren: int) -> bool:
    """'sentiment analysis (SST, IMDb)': a parenthesis after lower-case words of a task lists its data
    (not a name's acronym: 'Spectral Sparse Transformer (SST)')."""
    if paren < 2 or not (doc[paren - 1].is_alpha and doc[paren - 1].text.islower()) or doc[paren - 1].text in ARTICLES:
        return False
    return acronym_expansion(doc[max(0, paren - 8):paren].text, doc[paren + 1].text) is None


def _listed_together(doc: Doc, a: Hit, b: Hit) -> bool:
    """Two names a few tokens apart with only list marks between them ('CoNLL and NER', 'A, B'), not
    a name and the task it serves ('CoNLL for NER')."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = doc[first.end:second.start]
    return len(gap) <= 3 and all(t.lower_ in rules.words("dataset_list_joiner") or t.text in "()" for t in gap)


def _one_name_per_dataset(hits: list[Hit]) -> list[Hit]:
    """Case and hyphen variants of one pattern-found name get its first spelling."""
    first: dict[str, str] = {}
    out = []
    for h in hits:
        name = first.setdefault(norm_key(h.value), h.value)
        out.append(Hit(h.start, h.end, h.label, name))
    return out


def paper_datasets(hits: list[Hit]) -> list[str]:
    """Canonical dataset names of a paper in order of first mention."""
    seen: dict[str, None] = {}
    for h in hits:
        seen.setdefault(h.value, None)
    return list(seen)
