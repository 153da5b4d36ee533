"""Name tests shared by the fields: does a word look like a system's or a dataset's name, what name do
parentheses define, does an acronym abbreviate a phrase."""
from __future__ import annotations

import re
from bisect import bisect_right

from claimtab import rules
from claimtab.extractor.caches import word_cache

URL_LIKE = re.compile(r"://|^www\.|\.(?:com|org|io|net|edu)(?:/|$)")  # an address is no system's name
LOWER_NAME = re.compile(r"[a-z]{2,}-\d[\w.]*$")  # a system's name written in lower case: 'phi-1', 'gpt-3.5'
DEFINED_NAME = re.compile(  # '(HiDA-Net)', '(ViT-B/16)', '(tRSA)', '(FocalNets in short)', '(Cascade RPN)'
    r"\((?=[A-Za-z0-9]*[A-Z])([A-Za-z][A-Za-z0-9]*(?:[-/.+][A-Za-z0-9]+)*"
    r"(?: [A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*(?:[-/.+][A-Za-z0-9]+)*)?)(?:\s+(?:in|for)\s+short)?\)")


def name_key(text: str) -> str:
    """Case-, space- and hyphen-blind key of a name: 'ADE-20K' and 'ade20k' are one dataset ('D&D' is not 'DD')."""
    return re.sub(r"[^0-9a-z+&]", "", text.lower())


norm_key = word_cache()(name_key)  # the same for the words of a text, remembered


@word_cache()
def namey_text(t: str) -> bool:
    """A word that can be part of a dataset or model name: capitalized, digits or capitals inside."""
    return bool(t) and (t[0].isupper() or t[0].isdigit() or any(map(str.isupper, t[1:]))) \
        and any(map(str.isalnum, t)) and t not in rules.name_stopwords()


def is_number(t: str) -> bool:
    return t.replace(",", "").replace(".", "", 1).isdigit()


SIZE = re.compile(r"\d+(?:\.\d+)?[KMBT](?:-[a-z]+)?$")


@word_cache()
def model_like(t: str, strict: bool = False) -> bool:
    """A word that names a system: mixed case ('ResNet'), letters with digits ('T5'), or (not strict) an
    acronym of three or more capitals."""
    if not namey_text(t) or is_number(t) or len(t) < 2 or generic_word(t) or URL_LIKE.search(t) or SIZE.match(t):
        return False  # a size is no name: '1.5B', '70B-parameter'
    if strict and t in rules.unit_surfaces():  # 'FLOPs with ResNet-50': a unit, not a system
        return False
    mixed = any(map(str.isupper, t[1:])) and any(map(str.islower, t))
    digit = any(map(str.isdigit, t)) and any(map(str.isalpha, t))
    return mixed or digit or (not strict and t.isupper() and len(t) >= 3)


def hyphenated_word(v, k: int) -> tuple[str, int]:
    """The word that starts at token k, up to the next space ('BERT-base', 'NT-ASGD'), and its end."""
    end = k + 1
    while end < len(v.text) and not v.space[end - 1] and (v.text[end] == "-" or v.text[end - 1] == "-"):
        end += 1
    return v.chars(k, end), end


def generic_word(t: str) -> bool:
    """'Model', 'METHODS': a generic noun in any plain case ('DetectoRS' is a name)."""
    return t.lower() in rules.words("generic_noun") and (t.istitle() or t.isupper() or t.islower())


class ModelName:
    """Word test: a token that looks like a system's name (strictly: not a bare acronym), not a language
    pair ('English→German')."""

    def __call__(self, word: str) -> bool:
        return model_like(word, True) and not language_pair(word)


ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s?")  # 'GEC', 'ABSA', 'ReID'
DEFINITION_TOKENS = 24  # tokens before '(' that hold a long form and the verb that may introduce it
TASK_HEADS, PROBLEM_HEADS = rules.words("task_head"), rules.words("problem_head")
OWN_NAME_VERBS = rules.words("own_name_verb")
OWN_NAME_REACH = 6  # words from the verb to the long form ('we propose a novel method integrated with ...')
PAIR_MARKS = re.compile(r"\s*(?:→|->|-|–|—|/|2)\s*")


@word_cache()
def language_pair(name: str) -> bool:
    """'English→German', 'En-De', 'zh-en': languages joined by a dash or an arrow, a translation direction
    (a dataset's part), not a system (rules/words.tsv 'language')."""
    parts = PAIR_MARKS.split(name.strip())
    return len(parts) == 2 and all(p.lower() in rules.words("language") for p in parts)


def subject_like(v, k: int, first: int, acronym_ok: bool) -> bool:
    """Token k names a system as the subject of 'X achieves': a name, or where the verb allows it a
    whole acronym ('NGPC gives'; not the tail of 'MS-MLP', not a unit such as 'FPS')."""
    t = v.text[k]
    if model_like(t, True) or LOWER_NAME.match(t):  # 'phi-1 achieves', 'gpt-4 scores'
        return True
    glued = k > first and not v.space[k - 1]
    return acronym_ok and not glued and model_like(t) and t not in rules.unit_surfaces()


def core_name(phrase: str) -> str:
    """In a long phrase after 'than' ('being trained the original NeRF from scratch') the system
    is its one name-like word; short phrases ('stand-alone MLPs', 'full fine-tuning') stay whole."""
    words = phrase.split()
    if len(words) < 3:
        return phrase
    named = [w for w in words if model_like(w)]
    return named[0] if len(named) == 1 else phrase


def generic_phrase(name: str) -> bool:
    """'baseline models', 'approaches', 'the baseline method': words that name only a kind of system
    (generic nouns, with articles and 'existing', 'other' ...), not one system."""
    words = name.lower().split()
    generic, modifiers = rules.words("generic_noun"), rules.words("generic_modifier")
    return bool(words) and words[-1] in generic and all(w in generic or w in modifiers for w in words)


def defined_name(v, start: int, stop: int, ds_tokens: set[int]) -> tuple[str | None, int | None]:
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


def text_before(v, first: int, offset: int) -> str:
    """The text from token `first` up to the character offset `offset`."""
    last = bisect_right(v.idx, offset - 1) - 1 if offset > v.idx[first] else first
    return v.chars(first, last + 1)[:offset - v.idx[first]]


def acronym_expansion(before: str, acronym: str) -> list[str] | None:
    """The words ending `before` whose initials spell `acronym` ('super-resolution' for SR, a hyphen
    parting words), lower-cased; None where they do not."""
    words = [w for w in re.split(r"[\s-]+", before.lower()) if w]
    expansion = words[-len(acronym):]
    return expansion if "".join(w[0] for w in expansion) == acronym.lower() else None


def abbreviates(long: str, short: str) -> bool:
    """`short` abbreviates words of `long` that begin in its first word (Schwartz & Hearst's test, read
    from the right: each letter of `short` in order, its first letter at a word's start or in the first
    word): 'MAsked Sequence to Sequence pre-training' for MASS, not 'BEVDepth, for Bird's-Eye-View' for BEV."""
    letters = [c.lower() for c in short if c.isalnum()]
    if letters and letters[-1] == "s" and short[-1] == "s":
        letters.pop()  # a plural 's' ('FCSNs')
    first_word = len(long.split(None, 1)[0]) if long.strip() else 0
    k = len(long) - 1
    for n in range(len(letters) - 1, -1, -1):
        k = _rfind_letter(long, letters[n], k, n == 0, first_word)
        if k < 0:
            return False
        k -= 1
    return k + 1 < first_word


def abbreviated_before(before: str, short: str) -> bool:
    """`short` abbreviates the last few words of `before` (at most its length plus five, as Schwartz and
    Hearst bound a long form): 'the Denver Intensity of Spontaneous Facial Action' for DISFA."""
    words = before.split()
    return any(abbreviates(" ".join(words[-n:]), short) for n in range(1, min(len(words), len(short) + 5) + 1))


def _rfind_letter(long: str, letter: str, k: int, initial: bool, first_word: int) -> int:
    """The last position <= k holding `letter` (the initial letter: at a word's start or in the first word)."""
    while k >= 0 and (long[k].lower() != letter
                      or initial and k >= first_word and k > 0 and long[k - 1].isalnum()):
        k -= 1
    return k


def defines_task(v, name: str) -> bool:
    """The text (its token view) defines `name` as a task or problem ('grammatical error correction
    (GEC)', 'the Cell Formation Problem (CFP)'): the name of what is solved, never of a system that
    solves it. A long form the paper introduces as its own ('we introduce a novel local autoregressive
    translation (LAT)') names its method, unless it calls it a problem."""
    text = v.text
    if not ACRONYM.fullmatch(name) or name not in text:
        return False
    k = text.index(name)
    while not (0 < k < len(text) - 1 and text[k - 1] == "(" and text[k + 1] == ")"):
        try:
            k = text.index(name, k + 1)
        except ValueError:
            return False
    if k < 2 or v.lower[k - 2] not in TASK_HEADS and v.lower[k - 2] not in PROBLEM_HEADS:
        return False  # the long form's last word, right before '(', names no task
    before = v.chars(max(0, k - 1 - DEFINITION_TOKENS), k - 1)
    expansion = acronym_expansion(before[-80:], name.rstrip("s"))
    head = expansion[-1] if expansion else ""
    return head in PROBLEM_HEADS or head in TASK_HEADS and not _introduced(before, len(expansion))


def _introduced(before: str, n_words: int) -> bool:
    """A verb that introduces the paper's own method stands a few words before the long form's n words."""
    words = re.split(r"[\s-]+", before.lower().strip())
    return any(w in OWN_NAME_VERBS for w in words[-n_words - OWN_NAME_REACH:-n_words])
