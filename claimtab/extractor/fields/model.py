"""The model column: the system a number belongs to. In order: its place in a list of names paired with
a list of numbers; a name right before its parenthesis ('GhostNetV1 (74.5%)') or right after it
('(ResNet-18)', 'for T5-Base', 'by TransE'); a variant of the paper's method in the sentence ('our iFormer-S'); the
subject of 'X achieves' earlier in the clause; else the paper's method. Never a dataset, a metric or the
number's own baseline."""
from __future__ import annotations

from spacy.tokens import Span

from claimtab import rules
from claimtab.extractor.datasets import KEY as DATASET_KEY
from claimtab.extractor.doc_context import DocContext
from claimtab.extractor.fields.baseline import names_after
from claimtab.extractor.lexicon import metric_named
from claimtab.extractor.fields.names import (DEFINED_NAME, generic_word, hyphenated_word, language_pair, model_like,
                                             norm_key, subject_like)
from claimtab.extractor.quantities import Quantity, version_of_name

CLOSING_QUOTES = rules.words("closing_quote")  # after a quoted name
NAME_REACH = 6  # tokens after '(' in which its ')' closes a name
OF_REACH = 10   # tokens before a number in which '<metric> of <name>' names its system
ARTICLES = rules.words("article")
HUMAN_WORDS, HUMAN_RESULTS = rules.words("human_word"), rules.words("human_result")
HUMAN_BREAKS = rules.words("human_break")  # 'outperforming human performance by 2.0' is a gain over people
HUMAN_MODALS = rules.words("modal_verb")
HUMAN_REACH = 12  # tokens before a number in which 'humans' may be its subject
RELATIVE_PRONOUNS = ("that", "which", "who")
DATA_PREPOSITIONS = ("on", "across")  # before a benchmark's name, not a system's
OBJECT_PREPOSITIONS = ("from", "than", "against", "versus", "vs.")
LIKENESS = rules.words("likeness")  # 'comparable (accuracy) to X': X is what a result is compared with
GENERIC_SYSTEMS = rules.generic_systems()
VERSUS = rules.words("versus") - {"compared", "against"}  # in '(76.2 vs. 74.6)'
TASK_WORDS = rules.words("task_word")  # 'MobileNetV3 detection is': the system's name before its task
OWN = rules.words("own_system")  # 'our': the subject after it is the paper's system
OWN_REACH = 4  # words from 'our' to its verb ('our 8B variant reaches')
VERSUS_REACH = 8  # tokens from a number back to its parenthesis, and across it


class _Banned:
    """Tokens a model name cannot be taken from: datasets, metrics and the baseline's name."""

    __slots__ = ("ctx", "hi", "lo")

    def __init__(self, ctx: DocContext, baseline_span: tuple[int, int] | None):
        self.ctx = ctx
        self.lo, self.hi = baseline_span if baseline_span else (0, 0)

    def __contains__(self, i: int) -> bool:
        return self.lo <= i < self.hi or i in self.ctx.dataset_tokens or i in self.ctx.metric_tokens


def resolve(ctx: DocContext, sent: Span, q: Quantity, baseline_span: tuple[int, int] | None,
            listed: tuple[list[str] | None, int | None]) -> str | None:
    names, index = listed
    compared = ctx.view.chars(*baseline_span) if baseline_span else ""
    if names and index is not None and index < len(names) and names[index] not in compared:
        return names[index]  # a list of systems paired with the numbers, unless it is the compared list
    banned = _Banned(ctx, baseline_span)
    side = _side_of_versus(ctx, sent, q)
    if side is not None:  # 'A beats B (x vs. y)': x is A's, y is B's
        found = side or _subject(ctx, sent, q, banned) or _method_variant(ctx, sent, q, banned)
    else:
        found = _name_around(ctx, q, banned) or _on_dataset_in_parentheses(ctx, sent, q, banned) \
            or _humans(ctx, sent, q) or _subject(ctx, sent, q, banned) or _method_variant(ctx, sent, q, banned) \
            or _metric_of_name(ctx, sent, q, banned) or _opening_subject(ctx, sent, q, banned)
    if found and (language_pair(found) or found.startswith("-") or ctx.is_task(found)):  # '28.4 BLEU for English-German',
        found = None  # a name whose head the source lost ('-A5-Stream'), a task ('our GEC tagger achieves')
    return found or ctx.method


def _side_of_versus(ctx: DocContext, sent: Span, q: Quantity) -> str | None:
    """'A outperforms B on MATH (76.2 vs. 74.6)', 'A is better than B (81.2% vs 76.1%)': in a parenthesis
    of two results set against each other right after a compared name, the second is that name's and the
    first the subject's. The compared name for the second, '' for the first, None where q is in no such
    parenthesis."""
    v = ctx.view
    if not (q.end < sent.end and v.lower[q.end] in VERSUS or q.start > sent.start and v.lower[q.start - 1] in VERSUS):
        return None  # most numbers stand beside no 'vs.'
    opening = next((i for i in range(q.start - 1, max(sent.start, q.start - VERSUS_REACH) - 1, -1)
                    if v.text[i] in ("(", ")")), None)
    if opening is None or v.text[opening] != "(":
        return None
    inside = range(opening + 1, min(sent.end, opening + VERSUS_REACH))
    vs = next((i for i in inside if v.lower[i] in VERSUS and i != q.start), None)
    if vs is None or any(v.text[i] == ")" for i in range(opening, vs)):
        return None
    compared = _compared_before(ctx, sent, opening)
    if compared is None:
        return None
    return compared if q.start > vs else ""


def _compared_before(ctx: DocContext, sent: Span, opening: int) -> str | None:
    """The compared name right before a parenthesis (past 'on <dataset>'): the name after a comparison
    cue that ends there."""
    v = ctx.view
    end = opening
    while end - 1 > sent.start and end - 1 in ctx.dataset_tokens:
        end -= 1
    if end < opening:
        if v.lower[end - 1] not in DATA_PREPOSITIONS:
            return None
        end -= 1
    for s, e in ctx.baseline_cues():
        if sent.start <= s and e < end and end - e <= NAME_REACH:
            names, span = names_after(ctx, e, sent.end)
            if len(names) == 1 and span[1] == end:
                return names[0]
    return None


def _humans(ctx: DocContext, sent: Span, q: Quantity) -> str | None:
    """'human performance (94.4%)', 'humans can solve them with 88% accuracy': the people's result,
    when no system's name stands between them and the number."""
    v = ctx.view
    first = max(sent.start, q.start - HUMAN_REACH)
    if HUMAN_WORDS.isdisjoint(v.lower[first:q.start]):
        return None
    verbs = rules.subject_verbs()
    for k in range(q.start - 1, first - 1, -1):
        word = v.lower[k]
        if word in HUMAN_WORDS and (v.lower[k + 1] in HUMAN_RESULTS or v.lower[k + 1] in verbs
                                    or v.lower[k + 1] in HUMAN_MODALS):
            return "humans"
        if word in HUMAN_BREAKS or v.text[k][:1].isdigit() or model_like(v.text[k]) \
                or verbs.get(word) and not _of_humans(v, k):
            return None  # another clause, number, system or subject
    return None


def _name_around(ctx: DocContext, q: Quantity, banned: _Banned) -> str | None:
    """'3.0% for T5-Base' (which comes first: 'YOLOv3 (34.4% AP for X vs. ...)'), 'GhostNetV1 (74.5%)',
    '3.4-5.3x (ResNet-18)'."""
    v = ctx.view
    text, n = v.text, len(v.text)
    end = _past_metric_and_setting(ctx, q.end)  # '34.4% AP at 30ms for CornerNet-Squeeze'
    name = end + 1 + (end + 2 < n and v.lower[end + 1] in ARTICLES and v.space[end + 1])  # 'by the BERT-Large model'
    if name < n and v.lower[end] in ("for", "by") and name not in banned:
        word, _end = hyphenated_word(v, name)
        if word[:1].isalpha() and model_like(word, True):  # not '45.6% mIoU for 5-shot segmentation'
            return word  # '3.0% for T5-Base', '54.7% by TransE'
    if q.start > 1 and text[q.start - 1] == "(" and q.start - 2 not in banned and model_like(text[q.start - 2], True) \
            and not (q.start > 2 and v.lower[q.start - 3] in DATA_PREPOSITIONS):  # 'on MathVista (63.1 vs. 61.3)'
        return text[q.start - 2]
    if end + 2 < n and text[end] == "(" and end + 1 not in banned:
        close = next((i for i in range(end + 2, min(n, end + NAME_REACH)) if text[i] == ")"), None)
        if close is not None:
            m = DEFINED_NAME.fullmatch(v.chars(end, close + 1))
            if m and model_like(m.group(1), True):
                return m.group(1)
    return None


def _past_metric_and_setting(ctx: DocContext, k: int) -> int:
    """Past a metric's name written after a number and an 'at <amount>' after it ('34.4% AP at 30ms for X'):
    where the words that may name the number's system begin."""
    v = ctx.view
    while k < len(v.lower) and k in ctx.metric_tokens:
        k += 1
    if k + 2 < len(v.lower) and v.lower[k] == "at" and v.text[k + 1][:1].isdigit():
        stop = next((j for j in range(k + 2, min(len(v.lower), k + 4)) if v.lower[j] in ("for", "by")), None)
        return stop if stop is not None else k
    return k


def _method_variant(ctx: DocContext, sent: Span, q: Quantity, banned: _Banned) -> str | None:
    """A variant of the paper's method named in the sentence ('our iFormer-S hits'): the last before q,
    else the first."""
    if not ctx.method:
        return None
    variants = [i for i in _variants(ctx, sent) if i not in banned]
    before = [i for i in variants if i < q.start]
    pick = before[-1] if before else (variants[0] if variants else None)
    return ctx.view.text[pick] if pick is not None else None


def _variants(ctx: DocContext, sent: Span) -> list[int]:
    """Tokens of the sentence that write the method's name or a variant of it (once per sentence)."""
    key = ("variants", sent.start, sent.end, ctx.method)
    found = ctx.memo.get(key)
    if found is None:
        stem = norm_key(ctx.method)
        keys = ctx.view.values[DATASET_KEY][sent.start:sent.end]  # norm_key of each token
        found = [sent.start + n for n, k in enumerate(keys) if k.startswith(stem)] if len(stem) >= 3 else []
        ctx.memo[key] = found
    return found


def _of_humans(v, verb: int) -> bool:
    """The verb at `verb` has people for its subject: 'humans achieve', 'human accuracy is'."""
    return v.lower[verb - 1] in HUMAN_WORDS or v.lower[verb - 1] in HUMAN_RESULTS and v.lower[verb - 2] in HUMAN_WORDS


def _subject(ctx: DocContext, sent: Span, q: Quantity, banned: _Banned) -> str | None:
    """The subject of 'X achieves ...' earlier in the clause."""
    v = ctx.view
    subject_verbs = rules.subject_verbs()
    for k in range(q.start - 1, sent.start, -1):
        if v.text[k] == ";":
            break
        acronym_ok = subject_verbs.get(v.lower[k])
        if acronym_ok is None:
            continue
        related = _relative_or_possessive(v, k, sent.start, banned)
        if related is not None:
            return related or None
        found = _name_before_verb(ctx, sent, k, banned, acronym_ok)
        if found:
            return found
        if _own_subject(v, k, sent.start):
            return None  # 'X attains 70.2, while our 8B variant reaches 64.5': the paper's, not X's
    return None


def _own_subject(v, k: int, first: int) -> bool:
    """The verb at k has the paper's own system for its subject, a few words after 'our' ('our small
    model achieves')."""
    for j in range(k - 1, max(first, k - OWN_REACH) - 1, -1):
        if v.lower[j] in OWN:
            return True
        if not v.text[j][:1].isalnum():
            return False
    return False


def _name_before_verb(ctx: DocContext, sent: Span, k: int, banned: _Banned, acronym_ok: bool) -> str | None:
    """The name right before the subject verb at k (past a comma, a generic noun or a closing quote)."""
    v = ctx.view
    skip = v.text[k - 1] == "," or generic_word(v.text[k - 1]) or v.text[k - 1] in TASK_WORDS  # 'X detection is'
    s = k - 2 if k - 2 >= sent.start and skip else k - 1
    s -= s > sent.start and v.text[s] in CLOSING_QUOTES  # 'our proposed “DeepLab” system sets'
    if s == k - 2 and s - 2 >= sent.start and v.text[s] == ")" and v.text[s - 2] == "(" and s - 1 not in banned \
            and model_like(v.text[s - 1]) and v.text[s - 1] not in GENERIC_SYSTEMS:
        return v.text[s - 1]  # 'our Past Decode Regularization (PDR) method achieves'
    # 'the previous best, DETR, obtains', 'the CNN-Att model achieves'
    found = _hyphenated_before(v, sent.start, s, banned) or _versioned_name(ctx, sent, s, banned, acronym_ok)
    if found:
        return found
    if s >= sent.start and s not in banned and subject_like(v, s, sent.start, acronym_ok) \
            and not _object_of_comparison(v, s, sent.start):
        return _whole_method(ctx, s) or v.text[s]
    return None


def _hyphenated_before(v, first: int, s: int, banned: _Banned) -> str | None:
    """A hyphenated name ending at token s: 'CNN-Att', 'ERNIE-ViL', or one a PDF's text layer spaced
    ('ResNet - 152')."""
    if s > first + 1 and v.text[s - 1] == "-" and not v.space[s - 1] and not v.space[s - 2]:
        j = _glued_start(v, first, s - 2)
        word, _end = hyphenated_word(v, j)
        return word if j not in banned and model_like(word, True) else None
    return _spaced_name(v, first, s, banned)


def _glued_start(v, first: int, j: int) -> int:
    """The first token of the hyphenated word token j ends a part of ('PP-YOLOE-l', 'DD-Net-S')."""
    while j - 2 >= first and v.text[j - 1] == "-" and not v.space[j - 1] and not v.space[j - 2]:
        j -= 2
    return j


def _whole_method(ctx: DocContext, s: int) -> str | None:
    """The paper's method of several words when they end at token s ('Cascade RPN improves': not 'RPN')."""
    words = (ctx.method or "").split()
    first = s - len(words) + 1
    return ctx.method if len(words) > 1 and first >= 0 and list(ctx.view.text[first:s + 1]) == words else None


def _spaced_name(v, first: int, s: int, banned: _Banned) -> str | None:
    """'ResNet - 152 achieves', 'ACF-LDA - 16 has': a name a PDF's text layer spaced around its last
    hyphen, ending at token s, written whole."""
    if s <= first + 1 or v.text[s - 1] != "-" or not (v.space[s - 1] and v.space[s - 2]) or s - 2 in banned:
        return None
    j = _glued_start(v, first, s - 2)
    name = f"{v.chars(j, s - 1)}-{v.text[s]}"
    return name if model_like(name, True) else None


def _relative_or_possessive(v, k: int, first: int, banned: _Banned) -> str | None:
    """The subject of the verb at k when a relative pronoun or a possessive stands before it: the name
    before 'that' ('models that currently achieve 34.9%': none, '' ), or the owner of the subject
    ("VATT's vision Transformer achieves": VATT). None when neither stands there."""
    j = k - 1 - (k - 1 > first and v.lower[k - 1].endswith("ly"))  # 'that currently achieve'
    if j > first and v.lower[j] in RELATIVE_PRONOUNS:
        n = j - 1 - (j - 2 >= first and v.text[j - 1] == ",")  # 'FooNet, which achieves'
        word = v.text[n]
        if n in banned or not word.isalpha() or word in rules.unit_surfaces() or word.lower() in rules.unit_surfaces():
            return None  # '40.2 AP, which is 3.7 points higher': the clause is of a value, its subject is earlier
        return word if model_like(word, True) else ""
    for p in range(k - 1, max(first, k - 4), -1):
        if v.lower[p] == "'s" and p - 1 >= first and p - 1 not in banned and model_like(v.text[p - 1]):
            return v.text[p - 1] if all(v.is_alpha[i] for i in range(p + 1, k)) else None
    return None


def _object_of_comparison(v, s: int, first: int) -> bool:
    """The name at s is the object of a preposition, not a subject: 'data from LibriVox achieves',
    'comparable accuracy to LLaVA-1.5 with 75% fewer tokens' (not 'our approach applied to X achieves')."""
    if s <= first:
        return False
    if v.lower[s - 1] in OBJECT_PREPOSITIONS:
        return True
    return v.lower[s - 1] == "to" and not LIKENESS.isdisjoint(v.lower[max(first, s - 4):s - 1])


def _versioned_name(ctx: DocContext, sent: Span, s: int, banned: _Banned, any_name: bool) -> str | None:
    """A name with its version or size before the verb, which are no amounts (rules/not_quantities.jsonl):
    'VideoLLaMA 2 scores', 'Llama 2 achieves', 'Mistral 7B reaches'; not 'Table 2 is', and before a verb
    that takes only written names ('is'), not a bare word or acronym ('OAE 2 is recorded')."""
    v = ctx.view
    j = s - 1 if v.text[s] not in ("B", "M") else s - 2  # the name before '2' or before '7 B'
    if j < sent.start or j in banned or not version_of_name(v, j + 1) or not any_name and not model_like(v.text[j], True):
        return None
    return v.chars(j, s + 1)


def _metric_of_name(ctx: DocContext, sent: Span, q: Quantity, banned: _Banned) -> str | None:
    """'improves the accuracy of Mistral-7B from 40.2% to 52.8%', "raise ResNet-50's top-1 accuracy from
    75.3% to 79.29%": the system a metric is of, just before."""
    v = ctx.view
    for k in range(q.start - 1, max(sent.start, q.start - OF_REACH), -1):
        if v.text[k] in (";", ".") or k in ctx.dataset_tokens:
            return None
        if v.lower[k] == "of" and k - 1 in ctx.metric_tokens and k + 1 < q.start and k + 1 not in banned:
            name, _end = hyphenated_word(v, k + 1)
            return name if model_like(name, True) and not metric_named(name) else None  # not 'mAP of IoU thresholds'
        if v.lower[k] == "'s" and k - 1 > sent.start and k - 1 not in banned \
                and any(i in ctx.metric_tokens for i in range(k + 1, min(q.start, k + 4))):
            return v.text[k - 1] if model_like(v.text[k - 1]) else None
    return None


def _opening_subject(ctx: DocContext, sent: Span, q: Quantity, banned: _Banned) -> str | None:
    """'Llama-3-8B fine-tuned with our method reaches 72.1%': a name opening the sentence, followed by a
    participle, is the subject of the verb before the number."""
    v = ctx.view
    first = sent.start
    if first + 1 >= q.start or first in banned:
        return None
    name, end = hyphenated_word(v, first)
    if not model_like(name, True):
        return None
    after, after_end = hyphenated_word(v, end)
    if not (after.endswith("ed") and after.replace("-", "").isalpha() and after.islower()):
        return None
    verbs = rules.subject_verbs()
    return name if any(v.lower[k] in verbs for k in range(after_end, q.start)) else None


def _on_dataset_in_parentheses(ctx: DocContext, sent: Span, q: Quantity, banned: _Banned) -> str | None:
    """'a 1001-layer ResNet on CIFAR-10 (4.62% error)': the system named before 'on <dataset> (' is the
    number's."""
    v = ctx.view
    k = q.start - 1
    if k <= sent.start + 2 or v.text[k] != "(" or k - 1 not in ctx.dataset_tokens:
        return None
    d = k - 1
    while d > sent.start and d - 1 in ctx.dataset_tokens:
        d -= 1
    if v.lower[d - 1] != "on" or d - 2 < sent.start or d - 2 in banned:
        return None
    name = v.text[d - 2]
    return name if model_like(name, True) else None
