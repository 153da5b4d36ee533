"""Find quantities in a sentence: a number with its scale, unit or noun, range partner and bound.

The scanner walks the tokens once; what counts as a scale, unit, noun, bound or separator is
read from the rule files.
"""
from __future__ import annotations

import math
import re

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from claimtab import rules
from claimtab.extractor import numbers, units
from claimtab.extractor.fields.names import is_number, model_like, namey_text
from claimtab.extractor.lexicon import Annotations
from claimtab.extractor.tokens import view
from claimtab.extractor.units import canonical_pint as CANONICAL_PINT_OF

RANGE_SEPS = rules.words("range_separator")
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
GROUP_HEAD, GROUP = re.compile(r"[1-9]\d{0,2}"), re.compile(r"\d{3}")  # '25, 100': thousands split apart
SIZE_LETTERS = ("M", "B")  # '7B', '340M' written as a model's size
DECADE = re.compile(r"(?:(?:19|20)\d|['’]\d)0['’]?s")  # 'the 1990s', "the '80s": a decade, not seconds
SHORT_DECADE = re.compile(r"\d0s")  # "the '80s" where the apostrophe is a token of its own
DATASET_HEADS = rules.words("dataset_head")
APPROXIMATE_UNITS = rules.words("approximate_unit")
FACTOR_GAP = rules.words("factor_gap")  # words between 'factor' and its number ('a factor of up to 3')
FACTOR_REACH = 4  # units that state a rough amount
PLUS_MINUS = rules.words("plus_minus")
SPREAD = rules.words("spread_word")
TIMES = rules.words("times_sign")
FLAT_POWER = re.compile(r"10[−-](\d{1,2})$")
VERSION = re.compile(r"\d\.\d")  # a version number after a name: 'wav2vec 2.0'
CODE_NAME = re.compile(r"[a-z]+\d[a-z]+")  # a name of lower-case words around a digit: 'wav2vec', 'seq2seq'
NOUN_GAP_STOP = rules.words("noun_gap_stop")
NAME_BEFORE_VERSION = re.compile(r"(?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z][A-Z]+[a-z]*)$")  # 'Llama', 'VideoLLaMA', 'GPT'
VERSION_DIGITS = re.compile(r"[1-9](?:\.[0-9])?$")
SIZE_DIGITS = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9])?$")
VARIABLE = re.compile(r"[A-Za-z]|[α-ωΑ-Ω]|\\[a-z]+")  # 'k', 'N', 'λ', '\\alpha' (and words.tsv variable_name)
VARIABLE_NAMES = rules.words("variable_name")  # 'lr', 'lambda', 'alpha': written as a variable
OPERATORS = ("+", "*", "/", "×", "-")  # between numbers glued into a formula
VERSION_ENDS = ("and", "or", "by", "on", "in", "with", "across", "while", "at", "for")  # after 'Llama 2'
REFERENCE_WORDS = frozenset(w for p in rules.not_quantity_patterns() if p["label"] == "REFERENCE"
                            for w in p["pattern"][0].get("LOWER", {}).get("IN", ()))  # 'Table 2', 'Stage 2'
RELATIVE_UNITS = ("%", "pp")  # no scale word measures in them ("millions of points"; "thousands of times" is a factor)
FUNCTION_NOUN_GAP = 3

@dataclass(slots=True)
class Quantity:
    """One quantity found in the text, in token indices of its Doc."""
    start: int              # first token, bound phrase included
    end: int                # one past the last token
    num_start: int          # first token of the number itself
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: units.Unit | None = None
    noun: str | None = None       # count noun standing as the unit ("datasets")
    noun_kind: str | None = None
    metric: str | None = None     # a metric name used as the unit ("58.5 PQ")
    bound: str = "="
    shape: str = "digits"
    sign: str = ""
    scale: float = 1.0
    implied_unit: str = ""
    assigned: str | None = None   # the variable the number is given to ('k = 5')
    parts: list[str] = field(default_factory=list)  # how it was read, for the `rule` column
    doc: Doc | None = field(default=None, repr=False)

@dataclass(slots=True)
class _Num:
    value: float
    end: int
    shape: str
    sign: str = ""
    scale: float = 1.0
    unit: units.Unit | None = None
    implied_unit: str = ""

def _read_number(doc: Doc, i: int, end: int) -> _Num | None:
    """A number starting at token i (digits, number words, 3×10^5, signs), without unit."""
    v = view(doc)
    num = numbers.parse(v.text[i])
    if num is None:
        return None
    if num.shape == "word":
        return _read_number_words(v, i, end, num)
    unit, scale = None, 1.0
    if num.suffix:
        suffix_scale = rules.scales().get(num.suffix)
        unit = units.lookup((num.suffix,))
        if suffix_scale:
            scale = suffix_scale[0]
            if unit is not None and _read_unit(doc, i + 1, end)[0] is not None:
                unit = None  # '1.3B-parameter', '7B tokens': a scale before a unit, not bytes
        elif unit is None:
            return None  # 3D, 1st, 2nd: digits inside a word
    read = _Num(num.value, i + 1, num.shape, _sign_before(v, i, num.sign), scale, unit)
    if i > 0 and i + 1 < end and v.text[i - 1][:1] == "\\" and v.text[i - 1].endswith("{") and v.text[i + 1] == "}":
        read.end += 1  # '\textbf{85.2}\%': the number's format, its unit after the brace
    grouped = _spaced_thousands(v, i, end) if num.shape == "digits" and not num.suffix else None
    if grouped:
        read.value, read.end = grouped
    if i + 2 < end and v.text[i + 1] in TIMES:
        read = _read_times(v, read, end)
    if read.end + 1 < end and v.text[read.end] == "$" and not v.space[read.end - 1]:
        read.end += 1  # '$2.5\times10^{6}$ parameters': the math closes before the unit
    return read

def _spaced_thousands(v, i: int, end: int) -> tuple[float, int] | None:
    """'25, 100 questions', '700, 000 steps': thousands a PDF's text layer split after their comma (the
    value and the end of its last group), followed by what it counts; not a list of numbers ('90, 180 and
    270', '1, 234, 567.')."""
    text, space = v.text, v.space
    if not GROUP_HEAD.fullmatch(text[i]) or i > 1 and text[i - 1] == "," and numbers.parse(text[i - 2]) is not None:
        return None
    digits, k = text[i], i + 1
    while k + 1 < end and text[k] == "," and not space[k - 1] and space[k] and GROUP.fullmatch(text[k + 1]):
        digits, k = digits + text[k + 1], k + 2
    if k == i + 1:
        return None
    listed = k + 1 < end and (text[k] == "," or v.lower[k] in ("and", "or")) and numbers.parse(text[k + 1]) is not None
    counts = k < end and (v.is_alpha[k] or text[k] in ("+", "%"))  # what the number counts follows it
    return (float(digits), k) if counts and not listed else None


def _read_number_words(v, i: int, end: int, num: numbers.Number) -> _Num:
    """'twenty-five', 'two hundred'."""
    text, j = v.text, i + 1
    values = [num.value]
    while j + 1 < end and text[j] == "-" and numbers.is_number_word(text[j + 1]):
        values.append(numbers.parse(text[j + 1]).value)
        j += 2
    while j < end and v.lower[j] == "hundred" and not num.implied_unit:
        values.append(100.0)
        j += 1
    return _Num(numbers.combine_words(values), j, "word", implied_unit=num.implied_unit)

def _sign_before(v, i: int, sign: str) -> str:
    """The number's sign, also when written as a token of its own right before it ('+ 3.1' glued: '+3.1')."""
    text, space = v.text, v.space
    if i > 0 and not space[i - 1] and text[i - 1] in ("+", "±", "-", "−") and not sign \
            and (i == 1 or space[i - 2] or text[i - 2] in ("(", "[")):  # ' +3.1', '(+6.1)'; not '1+2'
        return "+" if text[i - 1] == "+" else "±" if text[i - 1] == "±" else "-"
    if not sign and _spaced_plus(v, i):
        return "+"
    return sign


def _spaced_plus(v, i: int) -> bool:
    """'(+ 0.15 dB on A and + 0.39 dB on B)', 'we obtain + 4.37%': a '+' standing apart before a number
    that opens a parenthesis, a list item or a verb's object is its sign, not an addition."""
    before = v.lower[i - 2] if i > 1 else ""  # '(+ 0.15', 'and + 0.39', 'we obtain + 4.37%' (not 'x + 5')
    return i > 1 and v.text[i - 1] == "+" and v.space[i - 1] \
        and (before in ("(", ",", ";", "and") or before.isalpha() and len(before) > 2)

def _read_times(v, num: _Num, end: int) -> _Num:
    """A number followed by a times sign: scientific notation (3×10^5, 3 x 10^{5}) or dimensions
    (16\\times16, 7 x 7); else the number alone."""
    text, space, j = v.text, v.space, num.end
    if text[j + 1] == "10" and j + 3 <= end and j + 3 < len(text) and text[j + 2] == "^" \
            and numbers.parse(text[j + 3]):
        return _Num(num.value * numbers.power(10, numbers.parse(text[j + 3]).value), j + 4, "sci", num.sign)
    sci = numbers.parse(text[j + 1])
    if sci and sci.shape == "sci" and text[j + 1].startswith("10"):
        k = j + 2 + (j + 2 < end and text[j + 2] == "}" and not space[j + 1])  # '10^{6' '}': a brace split off
        return _Num(num.value * sci.value, k, "sci", num.sign)
    power, k = _flat_power(v, j + 1, end)  # '2.48×10−5': a superscript PDF text wrote flat
    if power is not None:
        return _Num(numbers.scaled(num.value, -power), k, "sci", num.sign)  # not 2.4800000000000003e-05
    glued = not space[j - 1] and not space[j]
    whole = text[j] in ("×", "x") and "." not in text[j - 1] + text[j + 1]  # '32 × 32 images', spaced; not '... times 5
    if (glued or whole) and sci and sci.shape == "digits" and not sci.suffix:
        k = j + 2
        if k + 1 < end and text[k] in TIMES and numbers.parse(text[k + 1]):
            k += 2
        return _Num(num.value, k, "dims", num.sign)
    return num

def _flat_power(v, k: int, end: int) -> tuple[int | None, int]:
    """A negative power of ten whose superscript was flattened: '10−5' (one token) or '10' '-' '5' glued;
    (its exponent, the token after it), else (None, k)."""
    m = FLAT_POWER.match(v.text[k]) if k < end else None
    if m:
        return int(m.group(1)), k + 1
    if v.text[k] == "10" and k + 2 < end and v.text[k + 1] in ("-", "−") and not v.space[k] and not v.space[k + 1] \
            and v.text[k + 2].isdigit() and len(v.text[k + 2]) <= 2:
        return int(v.text[k + 2]), k + 3
    return None, k

def _read_scale(doc: Doc, j: int, end: int, num: _Num) -> _Num:
    if num.unit is None and num.scale == 1.0 and j < end:
        v = view(doc)
        sc = rules.scales().get(v.text[j])
        if sc and sc[1] == "-" and not _physical_unit_here(doc, j, end):
            num.scale = sc[0]
            num.end = j + 1
    return num

def _physical_unit_here(doc: Doc, j: int, end: int) -> bool:
    """'cooled to 91 K': a scale letter that is also a physical unit, set apart from the number and not
    followed by a noun or data unit it would scale ('100 K annotated images') or a word it would count
    ('50 K persons'), is the unit."""
    v = view(doc)
    unit = units.lookup((v.text[j],))
    if unit is None or unit.kind != "other" or not v.space[j - 1]:
        return False
    noun, _kind, data_unit, _end = _read_noun(doc, j + 1, end)
    k = j + 1  # '50 K persons', 'an ImageNet - 5 K set': a plural or a dataset's head follows (not '91 K
    # before', '700 K higher', '50 K exospheric')
    word = v.text[k] if k < end and v.is_alpha[k] and v.text[k].islower() else ""
    counted = word not in STOP_WORDS and (word.endswith("s") and not word.endswith(("ss", "us", "is"))
                                          or word in DATASET_HEADS)
    return noun is None and data_unit is None and not counted


def _read_unit(doc: Doc, j: int, end: int) -> tuple[units.Unit | None, int]:
    """The longest unit written at token j (also after a joining hyphen: 2-bit, 5-fold)."""
    _, _, longest = units.table()
    v = view(doc)
    text = v.text
    start = j
    if j + 1 < end and text[j] == "-" and not v.space[j - 1] and not v.space[j]:
        start = j + 1
    if start >= end:
        return None, j
    if text[start] not in units.first_words() and v.lower[start] not in units.first_words():
        longest = 1  # no unit of several words begins here
    for n in range(longest, 0, -1):
        if start + n <= end:
            unit = units.lookup(tuple(text[start:start + n]))
            if unit and not _names_a_product(v, start, start + n, unit):
                return unit, start + n
    if start != j:
        unit = units.lookup(("-" + text[start],))
        if unit:
            return unit, start + 1
    return None, j

def _names_a_product(v, start: int, stop: int, unit: units.Unit) -> bool:
    """'one Tesla V100 GPU': a physical unit's name in title case before a model's name is a brand."""
    return unit.kind == "other" and v.text[start].istitle() and len(v.text[start]) > 2 and stop < len(v.text) \
        and model_like(v.text[stop], True)


def _read_noun(doc: Doc, j: int, end: int) -> tuple[str | None, str | None, units.Unit | None, int]:
    """A count noun or data unit after a few modifiers: '17 medical image classification datasets'."""
    nouns = rules.count_nouns()
    v = view(doc)
    k = j
    if k < end and v.text[k] == "-" and not v.space[k] and not v.space[k - 1]:
        k += 1
        word = v.text[k] if k < end else ""
        if word.isalpha() and word.islower() and word not in nouns and not _read_unit(doc, k, end)[0]:
            return word, "setting", None, k + 1  # 'a 1001-layer ResNet', 'a 100-step teacher': a design word
    words = 0  # words read so far: a hyphenated one ('feature-length') is one
    for n in range(k, end):
        words += n == k or v.space[n - 1]
        if words > FUNCTION_NOUN_GAP + 1:
            break
        word = v.text[n]
        compound = _compound(v, n, end, nouns)
        if compound:
            return compound
        unit, uend = _read_unit(doc, n, end)
        if unit and unit.kind in ("data_size", "parameters", "compute") and n > j:
            return None, None, unit, uend
        glued_dash = word == "-" and not v.space[n] and not v.space[n - 1]  # 'feature-length'
        if not (v.is_alpha[n] or "-" in word) or word.lower() in NOUN_GAP_STOP or v.is_punct[n] and not glued_dash:
            break
        if numbers.parse(word) is not None:
            break
    return None, None, None, j

def _compound(v, n: int, end: int, nouns: dict) -> tuple[str, str, None, int] | None:
    """The count noun at n with the nouns it heads ('three benchmark datasets', 'two data sets': a noun
    written as two words counts as one): (the last noun, the kind the first makes, no unit, the end);
    None where no count noun stands at n."""
    first = None
    while n < end:
        one = v.text[n] if v.text[n] in nouns else v.lower[n]
        two = v.text[n] + v.text[n + 1] if n + 1 < end and v.text[n + 1].islower() else ""
        word, width = (one, 1) if one in nouns else (two, 2) if two in nouns else (None, 0)
        if word is None:
            break
        first = first or word
        last, n = word, n + width
    return (last, nouns[first], None, n) if first else None


def _bound_before(ann: Annotations, start: int, sent_start: int) -> tuple[str, int]:
    hit = ann.bounds_ending_at.get(start)
    if hit and hit.start >= sent_start:
        return hit.value, hit.start
    return "=", start

def read_quantity(doc: Doc, i: int, sent: Span, ann: Annotations) -> Quantity | None:
    """The quantity whose number starts at token i, or None."""
    end = sent.end
    v = view(doc)
    text = v.text
    if i in ann.blocked:
        return None
    glued = i > 0 and not v.space[i - 1]
    if glued and (v.is_alpha[i - 1] or text[i - 1] in ("_", "^", ".", "@", "#")
                  or text[i - 1] == "/" and not _after_a_number(v, i - 1) and "." not in text[i]):
        return None  # digits inside a name: L2, x^2, ViT-B/16 (not the value in 'mIoU/273.6 FPS')
    if i > 1 and glued and text[i - 1] in ("-", "–") and not v.space[i - 2] \
            and numbers.parse(text[i - 2]) is not None:
        return None  # the tail of a hyphenated code or date: 2023-10-05
    if version_of_name(v, i) or size_of_versioned_name(v, i):
        return None  # 'Llama 2 achieves', 'Mistral 7B reaches', 'Llama 2 7B': part of a name
    if _in_formula(v, i, end):
        return None  # '=1+2': a formula a source left in the text
    if v.lower[i] == "order":
        return _an_order_of_magnitude(doc, i, sent, ann)
    plural_scale = rules.scales().get(text[i])
    scale_adj = i + 2 < end and text[i + 1] == "-" and v.lower[i + 2] == "scale" and v.is_alpha[i]
    if plural_scale and (plural_scale[1] != "-" or scale_adj):
        return _scale_word(doc, i, end, sent, ann, plural_scale)
    num = _read_number(doc, i, end)
    if num is None:
        return None
    num = _read_scale(doc, num.end, end, num)
    q = Quantity(start=i, end=num.end, num_start=i, value=num.value * num.scale, shape=num.shape,
                 sign=num.sign, scale=num.scale, unit=num.unit, implied_unit=num.implied_unit, doc=doc)
    if q.sign and (glued and text[i - 1] in ("+", "±", "-", "−") or _spaced_plus(v, i)):
        q.start = i - 1
    q.parts.append(num.shape)
    at_least = _plus_after(v, q, end)
    _skip_uncertainty(doc, q, end)
    if num.shape != "dims":
        _attach_unit(doc, q, end, ann)
        at_least = at_least or q.unit is not None and _plus_after(v, q, end)  # 'by 7%+'
        _attach_range(doc, q, sent, ann)
        _skip_spread_in_parentheses(doc, q, end)
        if not q.unit and not q.noun and _after_factor(v, q.start, sent.start):
            q.implied_unit = "x"  # 'faster by a factor of 3.5', 'by a factor ranging from 2 to 27'
    bound, bstart = _bound_before(ann, q.start, sent.start)
    if bound != "=":
        q.bound, q.start = bound, bstart
        q.parts.append("bound")
    elif at_least:
        q.bound = ">="
    elif q.unit and q.unit.surface.lower() in APPROXIMATE_UNITS:
        q.bound = "~"  # 'two orders of magnitude faster' is a rough amount
    if _is_year_or_date(doc, q) or not _word_counts(q) or _part_of_name(doc, q, sent, ann) \
            or _enumeration_mark(v, q, sent.start) or _unit_exponent(v, q) or _footnote_mark(v, q):
        return None
    _model_size(doc, q, end)
    variable = _assigned_to(v, q.start)
    if variable and not q.unit and q.start - 2 not in ann.metric_starting_at:  # 'acc=85.2' is a score
        q.parts.append("assigned")  # 'k = 5', 'N=120': a value given to a variable
        q.assigned = variable
    return q

def _plus_after(v, q: Quantity, end: int) -> bool:
    """'12,000+ images', '1M+ samples': a '+' glued after a number (no number after it) means at least;
    where one stands, q is extended over it."""
    k = q.end
    if k >= end or v.text[k] != "+" or v.space[k - 1] or k + 1 < end and not v.space[k] and v.text[k + 1][:1].isdigit():
        return False
    q.end = k + 1
    return True


def _unit_exponent(v, q: Quantity) -> bool:
    """'5.4 km · h −1', 'ml · kg −1': a small negative whole number after a unit is its exponent."""
    if q.sign != "-" or q.shape != "digits" or q.unit or q.value is None or not -4 <= q.value <= -1 or q.start == 0:
        return False
    before = v.text[q.start - 1]
    return before in rules.unit_surfaces() or before.rstrip("·") in rules.unit_surfaces()


def _enumeration_mark(v, q: Quantity, first: int) -> bool:
    """'... syntax 2) we encode ...': a lone digit closing a parenthesis no '(' opened marks an item."""
    if q.shape != "digits" or q.end != q.num_start + 1 or q.start != q.num_start or len(v.text[q.start]) != 1 \
            or q.end >= len(v.text) or v.text[q.end] != ")":
        return False
    return "(" not in v.text[first:q.start]


def _footnote_mark(v, q: Quantity) -> bool:
    """'... a new state of the art. 1': a lone small whole number after the text's last full stop is the
    mark of a footnote a PDF's text layer kept."""
    if q.shape != "digits" or q.unit or q.bound != "=" or q.start != q.num_start or len(v.text[q.start]) > 1 \
            or q.start == 0 or any(v.text[k].strip() for k in range(q.end, len(v.text))):
        return False
    return v.text[q.start - 1] in (".", "!", "?")


def _after_factor(v, k: int, first: int) -> bool:
    """The number at token k follows 'a factor of' (with a few words of range or bound between)."""
    j = k - 1
    while j > first and k - j <= FACTOR_REACH and v.lower[j] in FACTOR_GAP:
        j -= 1
    return j > first and v.lower[j] == "factor" and v.lower[j - 1] == "a" and k - j > 1  # not 'the scaling factor of 8'


def _an_order_of_magnitude(doc: Doc, i: int, sent: Span, ann: Annotations) -> Quantity | None:
    """'an order of magnitude (faster)': one order of magnitude, written without a number."""
    v = view(doc)
    if i - 1 < sent.start or v.lower[i - 1] not in ("an", "a"):
        return None
    unit, uend = _read_unit(doc, i, sent.end)
    if unit is None or unit.canonical not in ("x", "OOM"):
        return None
    q = Quantity(start=i - 1, end=uend, num_start=i - 1, value=units.normalize(1.0, unit), unit=unit,
                 shape="word", doc=doc)
    q.parts.append("an-order")
    bound, bstart = _bound_before(ann, q.start, sent.start)
    q.bound = bound if bound != "=" else "~" if unit.surface.lower() in APPROXIMATE_UNITS else "="
    if bound != "=":
        q.start = bstart
    return q

def _after_a_number(v, k: int) -> bool:
    """Token k (a '/') follows a number or a percent sign: a slash list ('46.8/38.6', '0.4%/1.2%')."""
    return k > 0 and (v.text[k - 1] in ("%", "x", "X", "×") or numbers.parse(v.text[k - 1]) is not None)

def _part_of_name(doc: Doc, q: Quantity, sent: Span, ann: Annotations) -> bool:
    """'an iPhone 12', 'GTX 1080': a bare number right after a capitalized name is part of it; so is one
    after a name and a dash set off by spaces, as PDF-extracted text writes 'ResNeXt - 101', 'ImageNet - 1k'."""
    if q.unit or q.noun or q.metric or q.shape != "digits" or q.start != q.num_start:
        return False
    i = q.start - 1
    v = view(doc)
    if i - 1 >= sent.start and v.text[i] == "-" and v.space[i] and v.space[i - 1] \
            and namey_text(v.text[i - 1]) and any(map(str.isupper, v.text[i - 1][1:])):
        return True
    if q.scale != 1.0 or i <= sent.start:
        return False
    if VERSION.fullmatch(v.text[q.start]) and (model_like(v.text[i], True) or CODE_NAME.fullmatch(v.text[i])):
        return not any(m.start <= i < m.end for m in ann.metrics)  # 'wav2vec 2.0', 'YOLOv5 6.1': a version
    if not v.is_alpha[i] or v.text[i].islower() or doc[i].is_sent_start:
        return False
    return not any(m.start <= i < m.end for m in ann.metrics)

def _model_size(doc: Doc, q: Quantity, end: int) -> None:
    """'a 7B model', '(11B)', '7B baselines': a bare M/B-scaled number naming a model's size is a parameter
    count (not a count of the systems named after it)."""
    if q.unit or q.scale < 1e6 or q.shape != "digits":
        return
    text = view(doc).text
    if q.noun:
        if q.end - 2 < q.num_start or text[q.end - 2] not in SIZE_LETTERS \
                or text[q.end - 1].lower() not in rules.model_words():
            return
        q.noun, q.noun_kind, q.end = None, None, q.end - 1  # '70B models': the size, not 70 billion models
        q.parts[:] = [p for p in q.parts if p != "noun"]
    nxt = text[q.end] if q.end < end else ""
    boxed = q.start > 0 and text[q.start - 1] == "(" and nxt == ")"
    if nxt in rules.model_words() or nxt.lower() in rules.model_words() or boxed or _listed_sizes(text, q.start):
        q.unit = units.lookup(("parameters",))
        q.parts.append("model-size")


def _listed_sizes(text: list[str], i: int) -> bool:
    """'3 model sizes (1B, 3B and 8B)': a member of a parenthesized list right after a model word."""
    k = i - 1
    while k > 0 and text[k] in (",", "and", "/", "|") or k > 0 and numbers.parse(text[k]) is not None \
            or k > 0 and rules.scales().get(text[k]):
        k -= 1
    words = rules.model_words()
    return k > 0 and text[k] == "(" and (text[k - 1] in words or text[k - 1].lower() in words)

def _skip_uncertainty(doc: Doc, q: Quantity, end: int) -> None:
    """'1.5 ± 0.2 points', '80.2 pm 0.1' (a LaTeX \\pm that lost its backslash): the spread after ± belongs
    to the number, not a claim of its own."""
    text = view(doc).text
    if q.end + 1 < end and text[q.end] in PLUS_MINUS and numbers.parse(text[q.end + 1]):
        q.end += 2
        q.parts.append("pm")


def _skip_spread_in_parentheses(doc: Doc, q: Quantity, end: int) -> None:
    """'91.3% (std 0.4)', '0.82 (SD 0.03)', '0.79 (± 0.02)': a spread in parentheses after the value."""
    v = view(doc)
    text, k = v.text, q.end
    if k + 3 < end and text[k] == "(" and (text[k + 1] in PLUS_MINUS or v.lower[k + 1] in SPREAD) \
            and numbers.parse(text[k + 2]) and text[k + 3] == ")":
        q.end += 4
        q.parts.append("pm")


def _word_counts(q: Quantity) -> bool:
    """Number words count only with a unit, a noun, a scale or a multiplicative sense
    ('three datasets', 'two million', 'twice'); 'two hidden layers' style design words do not."""
    if q.shape != "word":
        return True
    if q.noun_kind == "setting":
        return False  # 'two-dimensional', 'a two-stage', 'one-hot': a design word
    if q.unit is not None and q.unit.kind == "data_size" and q.scale == 1.0:
        q.noun, q.noun_kind, q.unit = q.unit.surface, "count", None
    if q.unit is not None and q.unit.kind == "-" and q.unit.canonical != "x" and q.scale == 1.0:
        return False  # 'two-point', 'one percent' read as design words
    return bool(q.noun or q.unit or q.scale != 1.0 or q.implied_unit or q.metric)

def _attach_unit(doc: Doc, q: Quantity, end: int, ann: Annotations) -> None:
    if q.unit is None:
        unit, uend = _read_unit(doc, q.end, end)
        if unit:
            q.unit, q.end = unit, uend
            q.parts.append("unit")
    if q.unit is None and q.end in ann.metric_starting_at:
        hit = ann.metric_starting_at[q.end]
        q.metric, q.end = hit.value, hit.end
        q.parts.append("metric-unit")
        return
    if q.unit is None:
        noun, kind, unit, nend = _read_noun(doc, q.end, end)
        if noun:
            q.noun, q.noun_kind, q.end = noun, kind, nend
            q.parts.append("noun")
        elif unit:
            q.unit, q.end = unit, nend
            q.parts.append("unit")
    if q.unit is not None and q.value is not None:
        q.value = units.normalize(q.value, q.unit)

def _attach_range(doc: Doc, q: Quantity, sent: Span, ann: Annotations) -> None:
    """'5.55% to 39.88%', '10-20x', 'between 3 and 5', '4 to 8 times'; 'from 69% to 72%' stays two."""
    j, end = q.end, sent.end
    if j + 1 >= end:
        return
    lower = view(doc).lower
    sep = lower[j]
    between = q.start > sent.start and lower[q.start - 1] == "between"
    if sep in ("out", "of"):
        _attach_out_of(doc, q, end)
    elif (sep in RANGE_SEPS or sep == "and" and between) and _opens_range(doc, q, sent):
        _attach_high_end(doc, q, end, ann)

def _attach_out_of(doc: Doc, q: Quantity, end: int) -> None:
    """'7 out of 10 datasets', '8 of 10 benchmarks' (a bare whole number: '5% of 100 samples' is not)."""
    j, v = q.end, view(doc)
    at = j + 2 if v.lower[j] == "out" else j + 1
    if not (at < end and v.lower[at - 1] == "of" and numbers.parse(v.text[at])):
        return
    if v.lower[j] == "of" and (q.unit or q.noun or not _whole(q.value) or not _whole(numbers.parse(v.text[at]).value)
                               or numbers.parse(v.text[at]).shape != "digits"):
        return
    other = _read_number(doc, at, end)
    if other:
        q.end = other.end
        noun, kind, _, nend = _read_noun(doc, q.end, end)
        if noun:
            q.noun, q.noun_kind, q.end = noun, kind, nend
        elif _whole(q.value) and _whole(other.value) and q.value <= other.value:
            q.noun_kind = "count"  # 'better on 7 out of 10', not a rating ('4.2 out of 5')
        q.parts.append("out-of")


def _whole(value: float | None) -> bool:
    return value is not None and float(value).is_integer()

def _opens_range(doc: Doc, q: Quantity, sent: Span) -> bool:
    """The separator after q joins a range: not 'from 69% to 72%' (two values, unless 'ranging from'),
    not '5 - 3' written with a space after the hyphen only."""
    v = view(doc)
    k = _list_opening(v, q.start, sent.start)  # 'from 90.1% and 70.2% to 92.3% and 73.0%': the list's 'from'
    if k > sent.start and v.lower[k - 1] == "from":
        if not (k - 2 >= sent.start and v.lower[k - 2].startswith("rang")):
            return False
    j = q.end
    return not (v.lower[j] == "-" and v.space[j] and not v.space[j - 1])

def _list_opening(v, k: int, first: int) -> int:
    """Where the list of numbers that token k is in begins: back over numbers, '%' and list joiners."""
    while k - 2 >= first and v.lower[k - 1] in LIST_JOINERS and (v.lower[k - 2] == "%" or is_number(v.text[k - 2])):
        k -= 2 if is_number(v.text[k - 2]) else 3
    return k


def _attach_high_end(doc: Doc, q: Quantity, end: int, ann: Annotations) -> None:
    """The range's high end after the separator, with its unit lent to the low end where only it has one."""
    j = q.end
    other = _read_number(doc, j + 1, end)
    if other is None or other.shape == "dims":
        return
    other = _read_scale(doc, other.end, end, other)
    high_q = Quantity(start=j + 1, end=other.end, num_start=j + 1, value=other.value * other.scale,
                      unit=other.unit, shape=other.shape, doc=doc)
    _attach_unit(doc, high_q, end, ann)
    low, unit = q.value, q.unit
    if q.unit is None and high_q.unit is not None:
        unit = high_q.unit
        low = units.normalize(low * (other.scale if q.scale == 1.0 else 1.0), unit)
    elif q.scale == 1.0 and other.scale != 1.0:
        low = low * other.scale
    if low is None or high_q.value is None or low > high_q.value:
        return
    if q.sign == "+" or q.metric and high_q.metric and q.metric != high_q.metric \
            or q.noun and not (high_q.noun or high_q.unit):
        return  # '+1.1 mAP to 61.4 mIoU', 'the three datasets to 49.4': a gain, a count, and a score
    q.low, q.high, q.value, q.unit = low, high_q.value, None, unit  # the unit is lent only to a range
    q.end = high_q.end
    q.metric = q.metric or high_q.metric
    q.noun, q.noun_kind = q.noun or high_q.noun, q.noun_kind or high_q.noun_kind
    q.parts.append("range")

def version_of_name(v, k: int) -> bool:
    """Token k is a version or size written after a capitalized name, before the name's verb: 'VideoLLaMA
    2 scores', 'Qwen 1.5 achieves', 'Mistral 7B reaches' (not 'Table 2 is', 'by 2 points')."""
    if k == 0 or not NAME_BEFORE_VERSION.match(v.text[k - 1]) or v.lower[k - 1] in REFERENCE_WORDS:
        return False
    after = k + 1
    if SIZE_DIGITS.match(v.text[k]) and after < len(v.text) and v.text[after] in ("B", "M"):
        after += 1
    elif not VERSION_DIGITS.match(v.text[k]):
        return False
    return after < len(v.lower) and v.lower[after] in rules.subject_verbs()


def _assigned_to(v, k: int) -> str | None:
    """The variable a number is set to ('k = 5', 'N=120', 'lambda=0.1'), or None."""
    if k < 2 or v.text[k - 1] != "=" or v.text[k - 2] in ("p", "P") \
            or not (VARIABLE.fullmatch(v.text[k - 2]) or v.lower[k - 2] in VARIABLE_NAMES):
        return None  # 'p = 0.01' reports a significance, no setting
    return v.text[k - 2]


def _in_formula(v, i: int, end: int) -> bool:
    """A number inside an arithmetic formula: '=1+2', 'x=3*4' (an operator glued on either side, with a
    number on its other side, after an '=')."""
    text, space = v.text, v.space
    after = i + 2 < end and not space[i] and text[i + 1] in OPERATORS and not space[i + 1] \
        and numbers.parse(text[i + 2]) is not None
    before = i > 1 and not space[i - 1] and text[i - 1] in OPERATORS and not space[i - 2] \
        and numbers.parse(text[i - 2]) is not None
    return (after and i > 0 and text[i - 1] == "=") or (before and "=" in text[max(0, i - 6):i - 2])


def size_of_versioned_name(v, k: int) -> bool:
    """Token k is the size after a name and its version: 'Llama 2 7B', 'Qwen 1.5 72B'."""
    return k > 1 and k + 1 < len(v.text) and v.text[k + 1] in ("B", "M") and not v.space[k] \
        and SIZE_DIGITS.match(v.text[k]) is not None and VERSION_DIGITS.match(v.text[k - 1]) is not None \
        and NAME_BEFORE_VERSION.match(v.text[k - 2]) is not None and v.lower[k - 2] not in REFERENCE_WORDS


def written_version(v, k: int, end: int) -> int:
    """Where a version (and size) written after the name that ends before token k ends: 'than Llama 2 by',
    'over Qwen 1.5 72B,'; k where none stands there (a name's version is followed by the name's end)."""
    if k == 0 or k >= end or not VERSION_DIGITS.match(v.text[k]) or not NAME_BEFORE_VERSION.match(v.text[k - 1]) \
            or v.lower[k - 1] in REFERENCE_WORDS:
        return k
    after = k + 1 + 2 * size_of_versioned_name(v, k + 1)
    closes = after >= end or v.is_punct[after] or v.lower[after] in VERSION_ENDS
    return after if closes else k


def _scale_word(doc, i, end, sent, ann, scale) -> Quantity | None:
    """'millions of interactions', 'billion-scale parameters': a scale word without a number."""
    q = Quantity(start=i, end=i + 1, num_start=i, value=scale[0], bound=scale[1], shape="scale-word", doc=doc)
    j = i + 1
    if j + 1 < end and doc[j].text == "-" and doc[j + 1].lower_ == "scale":
        q.bound, j = "~", j + 2
    if j < end and doc[j].lower_ == "of":
        j += 1
    unit, uend = _read_unit(doc, j, end)
    if unit is not None and unit.canonical in RELATIVE_UNITS:
        unit = None  # 'millions of points' counts points: no scale of percentage points
    noun, kind, nunit, nend = _read_noun(doc, j, end)
    if unit or nunit:
        q.unit, q.end = unit or nunit, uend if unit else nend
    elif noun:
        q.noun, q.noun_kind, q.end = noun, kind, nend
    else:
        return None
    q.parts.append("scale-word")
    return q

def _is_year_or_date(doc: Doc, q: Quantity) -> bool:
    """'in 2017', 'the 2017 dataset', 'the 1990s': a year or a decade (with a singular noun after it: a
    year names it, a count would have the plural)."""
    text = view(doc).text[q.num_start]
    if DECADE.fullmatch(text) or SHORT_DECADE.fullmatch(text) and q.num_start > 0 \
            and doc[q.num_start - 1].text in ("'", "’") and not doc[q.num_start - 1].whitespace_:
        return True
    v = view(doc)
    named = q.end == q.num_start + 2 and q.noun == v.text[q.num_start + 1] or v.text[q.end - 1].istitle() \
        or q.num_start > 1 and v.is_alpha[q.num_start - 1] and v.text[q.num_start - 1][0].isupper()
    if q.noun and not q.noun.endswith("s") and YEAR_DIGITS.fullmatch(text) and named:
        return True  # 'Text 2017 dataset', 'the RepEval 2017 Shared Task', 'the ILSVRC 2015 detection task'
    if q.unit or q.noun or q.metric or q.scale != 1.0 or q.shape != "digits":
        return False
    if q.value is not None and text.isdigit() and len(text) == 4 and 1900 <= q.value <= 2100:
        return True
    if q.low is not None and text.isdigit() and len(text) == 4 and 1900 <= q.low <= 2100:
        return True
    return False

def scan_sentence(doc: Doc, sent: Span, ann: Annotations) -> list[Quantity]:
    """All quantities in `sent`, left to right, not overlapping."""
    out: list[Quantity] = []
    first, last, starts = sent.start, sent.end, ann.quantity_starts
    i = first
    for p in starts[bisect_left(starts, first):bisect_left(starts, last)]:
        if p < i:
            continue
        q = read_quantity(doc, p, sent, ann)
        if q is None:
            i = p + 1
            continue
        if out and q.start < out[-1].end:
            q.start = out[-1].end
        out.append(q)
        i = max(q.end, p + 1)
    if not out:
        return out
    _share_units_in_lists(doc, out)
    _share_units_of_scaled(out)
    return out

def _share_units_of_scaled(qs: list[Quantity]) -> None:
    """'0.6 million parameters ... compared to 31 million': a bare scaled number takes the unit of
    the amount it is compared with earlier in the sentence."""
    for n, q in enumerate(qs):
        if q.unit or q.noun or q.metric or q.scale == 1.0:
            continue
        prev = next((p for p in reversed(qs[:n]) if p.unit and p.unit.kind in ("parameters", "compute", "data_size")), None)
        if prev:
            q.unit = units.Unit(prev.unit.canonical, CANONICAL_PINT_OF(prev.unit), prev.unit.canonical, prev.unit.kind)
            q.parts.append("compared-unit")

LIST_JOINERS = rules.words("list_joiner")

def _share_units_in_lists(doc: Doc, qs: list[Quantity]) -> None:
    """In '0.3, 0.5 and 1.2 AP' the unit written once at the end belongs to every number."""
    for a, b in zip(reversed(qs[:-1]), reversed(qs[1:])):
        if a.unit or a.metric or a.noun or a.shape != b.shape and a.shape != "digits":
            continue
        between = view(doc).lower[a.end:b.num_start]
        if not between or not all(t in LIST_JOINERS for t in between):
            continue
        if b.unit:
            value = units.normalize(a.value * (b.scale if a.scale == 1.0 else 1.0), b.unit) \
                if a.value is not None else None
            if a.value is not None and (value is None or not math.isfinite(value)):
                continue  # no amount in that unit ('16.3M | an order of magnitude')
            a.unit, a.value = b.unit, value
            a.parts.append("list-unit")
        elif b.metric:
            a.metric = b.metric
            a.parts.append("list-metric")
        elif b.noun:
            a.noun, a.noun_kind = b.noun, b.noun_kind
            a.parts.append("list-noun")
