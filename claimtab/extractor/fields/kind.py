"""The kind column: what a quantity is a claim of (score, improvement, speedup, reduction, an amount...).

An amount's unit or noun decides it ('16.3M parameters'); a relative number (%, x, points, a bare metric
value) is decided by the nearest decisive cue, read with the construction it stands in: "by" marks a
difference, "to" a reached value, a reducing word is read with its object ("fewer parameters" is a
reduction, "lower error" an improvement, "less training time" a speed-up when written as a factor).
Cue categories and what each decides are data (rules/cue_categories.tsv). A number with no cue of its
own takes the kind of the list it is in (inherit_in_lists)."""
from __future__ import annotations

from spacy.tokens import Doc

from claimtab import rules
from claimtab.claim import AMOUNT_KINDS, COST_KINDS
from claimtab.extractor.cues import Cue
from claimtab.extractor.fields.names import model_like, namey_text
from claimtab.extractor.lexicon import Annotations, metric_named
from claimtab.extractor.lists import joined, parallel_by, same_unit, slash_joined, versus
from claimtab.extractor.quantities import Quantity
from claimtab.extractor.tokens import view

DATA_NOUNS = rules.words("data_noun")
DATASET_HEADS = rules.words("dataset_head")
DIRECTIONS = {canon: direction for canon, direction in rules.metrics().values()}
NOUN_GAP_STOP = rules.words("noun_gap_stop")
GAIN_PREPOSITIONS = rules.words("gain_preposition")
VALUE_WORDS = rules.words("value_word")  # between a metric and its value: 'an AUC value of 0.95'
RESULT_NOUNS = rules.words("result_noun")  # 'a new SOTA of 0.88'
RESULT_WORDS = ("performance", "results", "score", "scores")  # 'of ImageNet performance': a share of a result
NEW_REACH = 4  # tokens before a number in which 'a new (SOTA of)' marks a result of its own
AHEAD_WORDS = rules.words("ahead_word")
ARTICLES = rules.words("article")
CHANGE_VERBS = rules.words("change_verb")
SIZE_COMPARATIVES = rules.words("size_comparative")
REPEAT_VERBS = rules.words("repeat_verb")  # 'we repeat all experiments 10 times': how often, not a factor
REPEAT_REACH = 4  # words from such a verb to its number
COMPARATIVES = rules.words("comparative")  # after a list's last number: the list is of differences
QUALITY_CUES = frozenset(cue for cue, cat, metric in rules.kind_cues() if cat == "improve" and metric != "-")
SAMPLE_SIZE = ("n", "N")  # the variable a sample's size is given to
SETTING_REACH = 3  # tokens between an amount of tokens and the setting it is ('context length of 32K tokens')
OBJECT_WINDOW = 6  # tokens after a reducing word in which its object stands
INHERIT_GAP = 8    # tokens between two numbers of one list
NO_METRIC_AFTER = 99  # the distance _metric_after gives where no metric follows
GAPPED_WORDS = 3   # words naming what a number measures in 'cuts memory by 30%, peak latency by 20%'
SUBJECT_WINDOW = 3  # tokens before a reducing word in which the noun it speaks of stands ('top-1 accuracy drops')
SCORE_FOLLOWERS = rules.words("score_follower")
SCORE_PREPOSITIONS = rules.words("score_preposition")
DECISIVE = frozenset(name for name, c in rules.cue_categories().items() if c.decisive)
OBJECTS = frozenset(name for name, c in rules.cue_categories().items() if c.object)


def decide(q: Quantity, cues: list[Cue], scored: bool) -> tuple[str, str]:
    """(kind, why) for quantity q; `why` starts with 'default' when no cue decided. `scored`: a metric
    that names a score is stated for q (see metric.stated)."""
    if q.shape == "dims":
        return "setting", "dims"
    if q.assigned and not q.noun:  # 'k = 5' sets a variable; 'N = 120' counts a sample
        return ("count" if q.assigned in SAMPLE_SIZE else "setting"), f"assigned:{q.assigned}"
    hint = q.unit.kind if q.unit else q.noun_kind
    if hint in ("count", "setting"):
        return hint, f"noun:{q.noun}"
    if hint in AMOUNT_KINDS:
        return _amount_kind(q, cues, hint)
    if hint == "other":  # a physical amount, unless it is an error's value ('P1 errors of 38.4 mm')
        return ("score", "metric-of") if _error_of(q, cues) else ("other", f"default:unit:{q.unit.surface}")
    if _counts_words(q, cues):
        return "count", "bare-before-word"
    canon = q.unit.canonical if q.unit else None
    if q.shape == "fraction" and canon is None or q.implied_unit == "x":
        canon = "x"
    if canon in ("x", "OOM"):
        return _ratio_kind(q, cues, canon)
    if _value_of_metric(q, cues):
        return "score", "metric-of"
    relative = _relative_kind(q, cues, scored)
    if _ahead_of_a_name(q) and relative[0] not in ("reduction", "speedup"):
        return "improvement", "ahead-of-name"  # unless a cost it cuts says otherwise ('latency by 38% over X')
    return relative


def _counts_words(q: Quantity, cues: list[Cue]) -> bool:
    """A bare whole number before a word that is no cue, metric or function word counts things: '7
    consecutive variations', 'to 25 non-native participants' (not '45 on COCO', '45 when trained')."""
    v = view(q.doc)
    if q.unit or q.noun or q.metric or q.shape != "digits" or q.scale != 1.0 or q.sign or q.value is None \
            or q.value != int(q.value) or q.end != q.num_start + 1 or "." in v.text[q.num_start]:  # '41.0' measures
        return False
    k = q.end
    if k >= len(v.text) or not v.is_alpha[k] or not v.text[k].islower() or v.lower[k] in SCORE_FOLLOWERS:
        return False
    return not any(c.start == k for c in cues)


def _ahead_of_a_name(q: Quantity) -> bool:
    """'2.1 AP above RetinaNet', '0.8 BLEU over the Transformer baseline': a value followed by a word of
    comparison and a system's name is a gain over that system ('80% over all tasks' is not)."""
    v = view(q.doc)
    k = q.end
    if k + 1 >= len(v.lower) or v.lower[k] not in AHEAD_WORDS:
        return False
    k += 1 + (v.lower[k + 1] == "of")  # 'ahead of'
    while k < len(v.lower) and v.lower[k] in ARTICLES:
        k += 1
    if k >= len(v.text) or not v.text[k][:1].isalpha():
        return False  # 'above 90% over 10 runs': a number, not a system
    return namey_text(v.text[k]) and not v.text[k].isupper() or model_like(v.text[k])


def _value_of_metric(q: Quantity, cues: list[Cue]) -> bool:
    """'a lower perplexity of 52.8', 'an accuracy of 85%', 'an AUC value of 0.95': a number after '<metric>
    (value) of' is the metric's value, whatever adjective stands before the metric (not 'a gain in
    accuracy of 3%')."""
    return _metric_valued(q, cues) is not None


def _metric_valued(q: Quantity, cues: list[Cue]) -> str | None:
    """The metric's name (or result noun) in '<metric> (value) of <q>', else None."""
    v = view(q.doc)
    if q.start < 3 or v.lower[q.start - 1] != "of":
        return None
    if v.lower[q.start - 2] in RESULT_NOUNS:
        return v.lower[q.start - 2]  # 'a new SOTA of 0.88', 'a new record of 85%'
    gap = 3 if v.lower[q.start - 2] in VALUE_WORDS else 2
    metric = next((c for c in cues if c.category == "metric" and not c.after and c.distance == gap), None)
    return metric.text if metric is not None and v.lower[metric.start - 1] not in GAIN_PREPOSITIONS else None


def _error_of(q: Quantity, cues: list[Cue]) -> bool:
    """'P1 errors of 38.4 mm', 'an MAE of 3.2 K': a physical amount that is an error metric's value (one
    where lower is better) is a score; 'an accuracy of 16 nm' states a precision, no result."""
    name = _metric_valued(q, cues)
    canon = metric_named(name) if name else None
    return canon is not None and DIRECTIONS.get(canon) == "lower"


def _amount_kind(q: Quantity, cues: list[Cue], hint: str) -> tuple[str, str]:
    """An amount is of its unit's kind, unless it is a fraction of one, a reducing word follows it, or
    it measures data ('40 GB of text', '500 h of speech')."""
    if q.shape == "fraction":
        return "reduction", f"fraction:{q.unit.surface}"
    if hint in ("memory", "time") and _of_data(q):
        return "data_size", f"unit:{q.unit.surface}+of-data"
    if hint == "data_size" and q.unit and q.unit.canonical == "tokens":
        sets = [c for c in cues if c.category == "setting" and c.distance <= SETTING_REACH]
        if sets:  # 'a context length of 32K tokens': a setting, not data
            return "setting", f"cue:{sets[0].text}"
    near_reduce = [c for c in cues if c.after and c.category == "reduce" and c.distance <= 2]
    if hint in COST_KINDS and near_reduce:
        return "reduction", f"cue:{near_reduce[0].text}"
    return hint, f"unit:{q.unit.surface if q.unit else q.noun}"


def _of_data(q: Quantity) -> bool:
    """The amount is followed by 'of' and, within two describing words, a word for data; or it names a
    set of data ('the 100-hour subset', 'a 960 h training set', 'a 40 GB corpus')."""
    v = view(q.doc)
    if q.end + 1 >= len(v.lower):
        return False
    if v.lower[q.end] != "of":
        return any(w in DATA_NOUNS or w in DATASET_HEADS for w in v.lower[q.end:q.end + 2])
    return any(w in DATA_NOUNS for w in v.lower[q.end + 1:q.end + 4])


def _in_parentheses_after_a_name(q: Quantity) -> bool:
    """'miniImageNet (70.31% ...', 'GhostNetV1 (74.5%)', 'MMLU (70.2 vs. 70.0)': a percentage or a decimal
    opening a parenthesis after a name is that system's or benchmark's score."""
    v = view(q.doc)
    decimal = q.unit is None and q.shape == "digits" and "." in v.text[q.num_start]  # 'MMLU (70.2 vs. 70.0)'
    return q.start >= 2 and v.text[q.start - 1] == "(" and v.text[q.start - 2][:1].isalpha() \
        and namey_text(v.text[q.start - 2]) \
        and (q.unit is not None and q.unit.canonical == "%" or decimal)


def _performance_value(q: Quantity) -> bool:
    """'human performance (86.8%)', 'performance at 85.0%', 'a performance of 71%', 'human performance,
    which is 95.3%': the value of a result named by a word that is no metric."""
    v = view(q.doc)
    k = q.start - 1
    if k >= 3 and v.lower[k] == "is" and v.lower[k - 1] == "which" and v.lower[k - 2] == ",":
        k -= 2  # 'human performance, which is 95.3%'
    return k >= 1 and v.lower[k] in ("(", "at", "of", "is", ",") and v.lower[k - 1] in RESULT_NOUNS


def _on_a_name(q: Quantity) -> bool:
    """'93% on CIFAR10': a percentage stated on a named benchmark is a score."""
    doc = q.doc
    if doc is None or q.end + 1 >= len(doc):
        return False
    v = view(doc)
    return v.lower[q.end] in ("on", "in") and v.text[q.end + 1][:1].isupper()


def _first(cues: list[Cue], wanted: set[str]) -> Cue | None:
    return next((c for c in cues if c.category in wanted), None)


def _object_of(cue: Cue, cues: list[Cue]) -> Cue | None:
    """What a reducing word applies to: the nearest cost, speed or quality noun after it, else one right
    before it, its subject ('accuracy drops by 0.3%', 'memory falls by 40%')."""
    objs = [c for c in cues if c.category in OBJECTS and 0 < c.start - cue.start <= OBJECT_WINDOW]
    if objs:
        return min(objs, key=lambda c: c.start)
    subjects = [c for c in cues if c.category in OBJECTS and 0 < cue.start - c.start <= SUBJECT_WINDOW]
    return max(subjects, key=lambda c: c.start) if subjects else None


def _ratio_kind(q: Quantity, cues: list[Cue], canon: str) -> tuple[str, str]:
    """A factor ('2.1x', 'twice', '1/4'): a speed-up or a reduction by its cues, else a setting or other."""
    setting = _first([c for c in cues if c.after and c.distance <= 2], {"setting"})
    if setting:
        return "setting", f"cue:{setting.text}"
    speed = _first(cues, {"speed"})
    reduce = _first(cues, {"reduce"})
    if speed and (reduce is None or speed.distance <= reduce.distance):
        return "speedup", f"cue:{speed.text}"
    if reduce:
        obj = _object_of(reduce, cues)
        if obj and obj.category == "speed_noun":
            return "speedup", f"cue:{reduce.text}+{obj.text}"
        if obj and obj.category == "quality_low":  # 'cuts the error rate in half': a gain in a metric
            return "improvement", f"cue:{reduce.text}+{obj.text}"
        return "reduction", f"cue:{reduce.text}"
    noun = _first(cues, {"speed_noun", "cost"})
    if noun:
        return ("speedup" if noun.category == "speed_noun" else "reduction"), f"cue:{noun.text}"
    if q.shape == "fraction":
        return "setting", "default:fraction"
    if q.shape == "word" or canon == "OOM":
        return "other", "default:word"
    improve = _first(cues, {"improve"})
    if improve and _unmeasured_object(q, improve, cues):
        return "other", f"cue:{improve.text}+object"  # '2.3-fold higher risk'
    if improve and improve.text in QUALITY_CUES:
        return "improvement", f"cue:{improve.text}"  # '3 times more accurate'
    if improve:
        return "speedup", f"cue:{improve.text}"
    lower = view(q.doc).lower
    if q.end < len(lower) and lower[q.end] in SIZE_COMPARATIVES:
        return "other", f"default:x+{lower[q.end]}"  # '5 times larger than Reddit'
    repeat = _repeated(lower, q.start)
    if repeat:
        return "setting", f"default:x+{repeat}"  # 'we repeat all experiments 10 times': how often, no factor
    return "speedup", "default:x"


def _unmeasured_object(q: Quantity, cue: Cue, cues: list[Cue]) -> bool:
    """A factor's comparative applies to a word that is no speed, cost or metric ('higher risk',
    'greater odds'): not a system's speed-up."""
    v = view(q.doc)
    k = cue.start + 1
    return cue.after and cue.text.endswith("er") and k < len(v.lower) and v.is_alpha[k] and v.text[k].islower() \
        and v.lower[k] not in NOUN_GAP_STOP and not any(c.start == k for c in cues)


def _relative_kind(q: Quantity, cues: list[Cue], scored: bool) -> tuple[str, str]:
    """A percentage, points or a bare metric value: decided by its nearest decisive cue."""
    if q.sign == "+":
        return "improvement", "sign"
    if _at_its_metric(q, cues):
        return "score", "at-metric"
    decisive = [c for c in cues if c.category in DECISIVE]
    named, _end = _metric_after(q, cues)
    if named <= 2:  # '97.8% accuracy on a patient-wise split', '4.27 F1 points on scope resolution': the
        # metric right after the number says what it is; a setting word farther away speaks of something else
        decisive = [c for c in decisive if c.category not in ("setting", "context") or c.distance < named]
    cost = _first([c for c in cues if c.after and c.distance <= 2], {"cost"})
    if cost and q.unit is not None and (not decisive or decisive[0].distance > cost.distance):
        return "reduction", f"cue:{cost.text}"  # '15% communication cost' (not an amount: '200k steps')
    if not decisive:
        return _uncued_kind(q, scored)
    if _changed_from(q, decisive[0]) or _after_from(q) and decisive[0].category in ("improve", "reduce"):
        return "score", f"before:{decisive[0].text}"  # 'an improvement from the 56.7 F1 of the best system'
    return _cued_kind(decisive[0], cues)


def _after_from(q: Quantity) -> bool:
    """q follows 'from' (and an article): the value a change starts from."""
    lower = view(q.doc).lower
    k = q.start - 1
    k -= k > 0 and lower[k] in ARTICLES
    return k >= 0 and lower[k] == "from"


def _changed_from(q: Quantity, cue: Cue) -> bool:
    """'error rates that were 14% have dropped to 8.0%', 'accuracy of 70% rose to 75%': a number before
    a verb of change that leads to the new value is the value before the change, a score."""
    if not cue.after or cue.text not in CHANGE_VERBS:  # a verb: 'a 3% gain to 80%' is the change
        return False
    lower = view(q.doc).lower
    return cue.end < len(lower) and lower[cue.end] == "to"


def _at_its_metric(q: Quantity, cues: list[Cue]) -> bool:
    """'outperforms all prior work at 87.1% mAP': a number after 'at' with its metric right after it is
    the score reached ('at 50% sparsity', 'at 1% accuracy loss' are not: a noun follows the metric)."""
    v = view(q.doc)
    if q.start == 0 or v.lower[q.start - 1] not in SCORE_PREPOSITIONS:
        return False
    distance, metric_end = _metric_after(q, cues)
    if distance > 1:
        return False
    return metric_end >= len(v.lower) or not v.is_alpha[metric_end] or v.lower[metric_end] in NOUN_GAP_STOP


def _metric_after(q: Quantity, cues: list[Cue]) -> tuple[int, int]:
    """(distance, end) of the metric written after the number: 0 for its own unit ('58.5 PQ'), a large
    distance where none is."""
    if q.metric:
        return 0, q.end
    nearest = next((c for c in cues if c.category == "metric" and c.after), None)  # cues come nearest first
    return (nearest.distance, nearest.end) if nearest else (NO_METRIC_AFTER, -1)


def _uncued_kind(q: Quantity, scored: bool) -> tuple[str, str]:
    if q.metric or scored:
        return "score", "default:metric"
    if _on_a_name(q):
        return "score", "default:on-dataset"
    if _in_parentheses_after_a_name(q):
        return "score", "default:name-parenthesis"
    if _performance_value(q):
        return "score", "default:performance"
    if q.unit and q.unit.canonical == "pp":
        return "improvement", "unit:pp"
    return "other", "default:no-cue"


def _cued_kind(cue: Cue, cues: list[Cue]) -> tuple[str, str]:
    if cue.category == "target":
        return "score", "to"
    if cue.category == "diff":
        verb = _first([c for c in cues if not c.after], {"reduce", "improve", "speed"})
        if verb is None:
            return "improvement", "by"
        cue = verb
    if cue.category == "reduce":
        obj = _object_of(cue, cues)
        if obj and obj.category in ("metric", "quality_low"):
            return "improvement", f"cue:{cue.text}+{obj.text}"
        return "reduction", f"cue:{cue.text}"
    if cue.category == "improve":
        speed = _first([c for c in cues if c.after and c.distance <= 4], {"speed", "speed_noun"})
        if speed:
            return "speedup", f"cue:{cue.text}+{speed.text}"
        return "improvement", f"cue:{cue.text}"
    return rules.cue_categories()[cue.category].kind, f"cue:{cue.text}"


def share_of_a_dataset(lower, q: Quantity, dataset_tokens, metric_tokens) -> bool:
    """'with access to only 10% of ImageNet', '1% of the COCO training set': a share of a named dataset is
    an amount of data (not '95% of ImageNet accuracy', '90% of the COCO performance')."""
    k = q.end
    if q.unit is None or q.unit.canonical != "%" or k + 1 >= len(lower) or lower[k] != "of":
        return False
    k += 1 + (lower[k + 1] in ARTICLES)
    if k not in dataset_tokens:
        return False
    while k in dataset_tokens:
        k += 1
    return k not in metric_tokens and (k >= len(lower) or lower[k] not in RESULT_WORDS)


def inherit_in_lists(doc: Doc, qs: list[Quantity], decided: list[tuple[str, str]],
                     ann: Annotations) -> list[tuple[str, str]]:
    """A number without a cue of its own takes the kind of the next number when only joiners stand
    between them ('56% and 69% lower'), else of the nearest earlier number with the same unit when only a
    short list-like gap (no cue, no comparison) separates them ('by 11.5% and 4.6%', '12X, 20X and 33X')."""
    out = list(decided)
    cue_tokens = None
    lower = view(doc).lower
    for n in range(len(qs) - 2, -1, -1):  # '30%/45% fewer parameters', '56% and 69% lower': a list shares its last cue
        cued = not out[n + 1][1].startswith("default")  # after 'and' or ',', only a cue of the next one's own
        shares = slash_joined(lower, qs[n], qs[n + 1]) or joined(lower, qs[n], qs[n + 1]) and cued
        if (out[n][1].startswith("default") or _gain_after_list(lower, qs, out, n)) and shares \
                and out[n + 1][0] not in ("count", "setting", "other") and same_unit(qs[n], qs[n + 1]):
            out[n] = out[n + 1][0], f"list:{out[n + 1][1]}"
    for n in range(1, len(qs)):
        if (out[n][1] == "by" or out[n][1].startswith("default")) and out[n - 1][1].startswith(("cue:", "list:cue:")) \
                and parallel_by(lower, qs[n - 1], qs[n]) and same_unit(qs[n - 1], qs[n]):
            out[n] = out[n - 1][0], f"list:{out[n - 1][1]}"  # 'cuts latency by 20% on A100 and by 35% on H100'
        elif out[n][1].startswith("default") and qs[n].shape != "word":  # 'on AMR triples' is no list member
            if cue_tokens is None:  # only a number without a cue of its own needs them
                cue_tokens = {i for h in ann.cues if h.label in DECISIVE for i in range(h.start, h.end)}
            out[n] = _listed_kind(qs, out, n, cue_tokens, lower) or out[n]
        elif out[n][1] == "by" and _gapped(lower, qs[n - 1], qs[n]) and out[n - 1][1].startswith(("cue:", "list:cue:")):
            out[n] = out[n - 1][0], f"list:{out[n - 1][1]}"  # 'cuts memory by 30%, latency by 20%'
    for n in range(len(qs) - 2, -1, -1):  # '85.1% and 98.7% top-1 accuracy': the last one's metric
        if out[n][1].startswith("default") and out[n + 1][0] == "score" and joined(lower, qs[n], qs[n + 1]) \
                and same_unit(qs[n], qs[n + 1]) and _metric_right_after(qs[n + 1], ann):
            out[n] = "score", f"list:{out[n + 1][1]}"
    return _sides_of_comparisons(qs, out, lower)


def _gain_after_list(lower, qs: list[Quantity], out: list[tuple[str, str]], n: int) -> bool:
    """'achieves 12.3% and 8.7% higher success rates': a comparative after a list makes its members gains,
    though the verb before them names results."""
    nxt = qs[n + 1]
    return out[n][0] == "score" and out[n + 1][0] in ("improvement", "reduction", "speedup") \
        and nxt.end < len(lower) and lower[nxt.end] in COMPARATIVES


def _metric_right_after(q: Quantity, ann: Annotations) -> bool:
    """A metric's name written as the number's unit or right after it ('98.7% top-1 accuracy')."""
    return q.metric is not None or q.end in ann.metric_starting_at


def _gapped(lower, a: Quantity, b: Quantity) -> bool:
    """'..., latency by 20%': b follows a comma and a few words that name what it measures, its verb left
    out (the one before a)."""
    gap = lower[a.end:b.start]
    return 3 <= len(gap) <= GAPPED_WORDS + 2 and gap[0] == "," and gap[-1] == "by" \
        and all(w.isalpha() for w in gap[1:-1] if w != "and")


def _sides_of_comparisons(qs: list[Quantity], decided: list[tuple[str, str]], lower) -> list[tuple[str, str]]:
    """'73.2% vs. 54.7% accuracy', '90.9% compared to an accuracy of 89.4%': a number without a cue on one
    side of a comparison with a score is a score too; two plain numbers or shares set against each other
    ('beats the baseline (73.1% vs 60.9%)') are two results."""
    out = list(decided)
    for n in range(len(qs) - 1):
        a, b = qs[n], qs[n + 1]
        if not versus(lower, a, b) or not same_unit(a, b):
            continue
        if out[n][1].startswith("default") and out[n + 1][0] == "score":
            out[n] = "score", f"versus:{out[n + 1][1]}"
        elif out[n + 1][1].startswith("default") and out[n][0] == "score":
            out[n + 1] = "score", f"versus:{out[n][1]}"
        elif out[n][1] == out[n + 1][1] == "default:no-cue" and (a.unit is None or a.unit.canonical == "%"):
            out[n] = out[n + 1] = "score", "versus:pair"  # '(73.1% vs. 60.9%)': two results set side by side
    return out


def _in_parentheses(lower, q: Quantity) -> bool:
    """q alone in parentheses: '(+1.0)'."""
    return q.start > 0 and q.end < len(lower) and lower[q.start - 1] == "(" and lower[q.end] == ")"


def _listed_kind(qs: list[Quantity], decided: list[tuple[str, str]], n: int, cue_tokens: set[int],
                 lower) -> tuple[str, str] | None:
    if "new" in lower[max(qs[n - 1].end, qs[n].start - NEW_REACH):qs[n].start]:
        return None  # '+1.1 BLEU over the baselines and a new 32.8 BLEU', '+5% and a new SOTA of 0.88': a result of its own
    for m in range(n - 1, -1, -1):
        a, b = qs[m], qs[n]
        gap = range(a.end, b.start)
        if _unbracketed(lower, gap) > INHERIT_GAP or any(i in cue_tokens or lower[i] == "than" for i in gap):
            return None
        if _in_parentheses(lower, a) and not _in_parentheses(lower, b):
            continue  # '49.4 (+1.0), 60.2 (+0.6)': a side note, not the list's member before b
        if same_unit(a, b) and decided[m][0] not in ("count", "setting", "other"):
            return decided[m][0], f"list:{decided[m][1]}"
    return None


def _unbracketed(lower, gap: range) -> int:
    """Tokens of a gap outside parentheses: a name in brackets ('5.7% on question answering (RACE), 1.5%
    on ...') does not part two members of a list."""
    depth = count = 0
    for i in gap:
        if lower[i] == "(":
            depth += 1
        elif lower[i] == ")" and depth:
            depth -= 1
        elif not depth:
            count += 1
    return count


def _repeated(lower: list[str], start: int) -> str | None:
    """A verb of doing again a few words before a times-amount ('repeat all experiments 10 times', 'run
    each model 5 times', 'sampled 20 times'), in the same sentence; None where there is none."""
    for k in range(start - 1, max(-1, start - 1 - REPEAT_REACH), -1):
        if lower[k] in (".", ";"):
            return None
        if lower[k] in REPEAT_VERBS:
            return lower[k]
    return None
