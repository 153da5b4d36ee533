"""The paper's own method: the name it proposes ('we propose X', 'X: a ... ' in the title). It is the
model of every claim that names no other system."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from claimtab import rules
from claimtab.extractor.fields.names import (
    DEFINED_NAME,
    abbreviates,
    defined_name,
    hyphenated_word,
    model_like,
    namey_text,
    norm_key,
    text_before,
)
from claimtab.extractor.tokens import view

OPENING_QUOTES = rules.words("opening_quote")  # around a name: 'our proposed “DeepLab” system'
ARTICLES = rules.words("article")
NAMED_PRONOUNS = ("it", "this", "them")  # between a naming cue and the name: 'we call it X'
GENERIC = rules.generic_systems()
NAMING = rules.words("naming_word")
COMPONENT_OPENERS = rules.words("component_opener")
CUE_REACH = 15  # tokens after a method cue in which its name stands
OUR_REACH = 8  # tokens after 'our' in which the name it defines in parentheses stands
DEFINED_REACH = 25  # ... and in which a name defined in parentheses does, past a generic one ('(RNN)')
CAPITALIZED_RUN = re.compile(r"(?:(?:a|an|the|our)\s+)?([A-Z][\w]*(?:-\w+)*(?:\s+[A-Z][\w]*(?:-\w+)*){1,4})(?![\w-])")
REPOSITORY = re.compile(r"(?:github|gitlab)\.\s?(?:com|io)\s?/\s?[\w.-]+\s?/\s?([A-Za-z][\w.-]*)")
GLUED_AFTER = re.compile(r"(?:\.git|https?|github\.?(?:com)?|www)\b.*$|(?:https?|github)$")
REPO_WORDS = rules.words("repository_word")  # words of a repository's name that describe it ('pytorch')
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s$")  # 'DFAs', 'GPUs': a kind of system, not one
SPACED_DASH = re.compile(r"(?<=\w) - (?=\w)")  # a hyphen PDF text set apart: 'R - CNN'


class MethodFinder:
    """The method cues of rules/method_cues.txt, compiled; call it on a Doc for the paper's method."""

    def __init__(self, nlp):
        # a cue with a '*' slot ('we * propose') is matched from the slot on ('propose'); the words before
        # the slot are checked in cues(), with or without one word between
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.heads: dict[str, tuple[str, ...]] = {}
        for cue in rules.method_cues():
            head, star, rest = cue.partition(" * ")
            key = f"METHOD:{head}" if star else "METHOD"
            self.heads[key] = tuple(head.split()) if star else ()
            self.matcher.add(key, [nlp.make_doc(rest if star else cue)])

    def __call__(self, doc: Doc, title: str | None, ds_tokens: frozenset[int],
                 metric_tokens: frozenset[int] = frozenset()) -> str | None:
        """A one-word name before the title's colon ('FcaFormer: ...', 'CAMR at SemEval-2016 Task 8: ...'),
        or two or three capitalized words there that the abstract repeats ('Deep Speech: ...'); else, cue by
        cue ('we propose', 'called' ...), a name given in parentheses after it ('... Transformer (TNT)') or a
        name right after it ('we propose CondLaneNet, a ...'); else a name in the title head; else the first
        name-like word after a cue. A cue never introduces a kind of system, task or part ('using an LSTM',
        'for NER'; a title may: 'Scaling MLPs: ...'); a dataset named in the abstract is no method (a dataset
        paper's)."""
        name = self._find(doc, title, ds_tokens, metric_tokens)
        if name and norm_key(name) in {norm_key(doc[i].text) for i in ds_tokens}:
            return None
        return name

    def _find(self, doc: Doc, title: str | None, ds_tokens: frozenset[int], metric_tokens: frozenset[int]) -> str | None:
        head, system = _title_head(title)
        words = head.split()
        if system or len(words) == 1 and len(head) <= 30:
            return head
        if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and head in _text(doc):
            return _short_name(_text(doc), head)
        short = _short_title(title, doc)
        if short:
            return short
        cue_names: list[str] = []
        for _s, e in self.cues(doc):
            name, later = _named_after_cue(doc, e, ds_tokens, metric_tokens)
            name = name or _title_phrase(doc, e, title)
            if name and name not in GENERIC:
                return name
            cue_names += [n for n in later if n not in GENERIC]
        named = [w.strip(",.") for w in words if any(c.isupper() for c in w[1:]) or any(c.isdigit() for c in w)]
        if 1 <= len(words) <= 3 and len(named) == 1:
            return named[0]
        return cue_names[0] if cue_names else _our_defined_name(doc, ds_tokens) or _opening_definition(doc, ds_tokens) \
            or _repository_name(_text(doc))

    def cues(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of the method cues in the Doc, in text order."""
        strings, v = doc.vocab.strings, view(doc)
        found = set()
        for mid, s, e in self.matcher(doc):
            head = self.heads[strings[mid]]
            if not head:
                found.add((s, e))
                continue
            for start in (s - len(head), s - len(head) - 1):  # 'we propose', 'we also propose'
                if start >= 0 and v.lower[start:start + len(head)] == head \
                        and (start + len(head) == s or v.is_alpha[s - 1]):
                    found.add((start, e))
                    break
        return sorted(found)


def _our_defined_name(doc: Doc, ds_tokens: frozenset[int]) -> str | None:
    """'our Video-Audio-Text Transformer (VATT) takes ...': the acronym the paper defines for words it
    calls its own, when no cue names its method."""
    v = view(doc)
    for k in (i for i, w in enumerate(v.lower) if w == "our"):
        stop = min(len(doc), k + OUR_REACH)
        defined, paren = defined_name(v, k + 1, stop, ds_tokens)
        if defined and defined not in GENERIC and model_like(defined) \
                and abbreviates(text_before(v, k + 1, paren).strip(), defined):
            return defined
    return None


def _opening_definition(doc: Doc, ds_tokens: frozenset[int]) -> str | None:
    """'MultiGrain is a network architecture producing ...': an abstract that opens by saying what a name
    is presents that system."""
    v = view(doc)
    if len(v.text) < 4 or 0 in ds_tokens:
        return None
    word, end = hyphenated_word(v, 0)
    if end + 1 < len(v.lower) and v.lower[end] == "is" and v.lower[end + 1] in ("a", "an") \
            and model_like(word, True) and word not in GENERIC:
        return word
    return None


def _short_name(text: str, name: str) -> str:
    """The acronym the abstract defines for a name right after it ('Federated Orthogonal Training (FOT)'),
    else the name."""
    after = text[text.index(name) + len(name):].lstrip()
    m = DEFINED_NAME.match(after)
    return m.group(1) if m and abbreviates(name, m.group(1)) else name


def _text(doc: Doc) -> str:
    """The abstract's text, from the view (Doc.text rebuilds it from every token: a tenth of a Doc's cost)."""
    return view(doc).chars(0, len(doc)) if len(doc) else ""


def _short_title(title: str | None, doc: Doc) -> str | None:
    """A title that is only a name ('Fast R-CNN', 'Deep Speech 2'): two or three words, one of them a
    system's name, written again in the abstract (PDF text may set a hyphen apart: 'R - CNN')."""
    if not title or ":" in title:
        return None
    name = SPACED_DASH.sub("-", " ".join(title.split()))
    words = name.split()
    if not 2 <= len(words) <= 3 or not any(any(map(str.isupper, w[1:])) or any(map(str.isdigit, w)) for w in words):
        return None
    text = SPACED_DASH.sub("-", _text(doc))
    return _short_name(text, name) if name in text else None


def _repository_name(text: str) -> str | None:
    """'Our code is available at github.com/someone/jPTDP': a code repository named like a system names
    the paper's method (a lower-case or generic repository name does not)."""
    m = REPOSITORY.search(text)
    if not m:
        return None
    name = GLUED_AFTER.sub("", m.group(1)).rstrip(".")  # 'CNN.git', 'RTM3Dhttps' (a next URL glued on)
    parts = re.split(r"[-_]", name)
    if len(parts) > 2 or len(name) < 3 or any(p.lower() in REPO_WORDS for p in parts):
        return None  # 'DNL-Semantic-Segmentation', 'PPNet-PyTorch': a description, not a name
    named = model_like(name, True) or name.isupper() and len(name) >= 4  # 'BRIO', not 'NLP' or 'CV'
    return name if named and name not in GENERIC else None


def _title_phrase(doc: Doc, e: int, title: str | None) -> str | None:
    """Capitalized words right after a method cue that the title repeats ('we present Multi-task Network
    Cascades for ...' under '... via Multi-task Network Cascades'): a name of several words."""
    v = view(doc)
    if not title or e >= len(doc) or not v.text[e - 1].islower():
        return None  # not after 'Named' of 'Named Entity Recognition'
    m = CAPITALIZED_RUN.match(v.chars(e, min(len(doc), e + CUE_REACH)))
    name = m.group(1) if m else None
    return name if name and name in title and name not in GENERIC else None


def _title_head(title: str | None) -> tuple[str, bool]:
    """The title's words before its colon, and whether they name a system: a shared-task paper's
    'X at SemEval-2017 Task 4:' names X."""
    if not title or ":" not in title:
        return "", False
    head = title.split(":", 1)[0].strip()
    system, at, _venue = head.partition(" at ")
    if at and 1 <= len(system.split()) <= 3:
        return system.strip(), True
    return head, False


def _whole_name(v, k: int) -> str:
    """The hyphenated name that starts at token k ('NT-ASGD', 'SAM-Adapter'); a compound modifier
    ('LSTM-based', '2-level') is no name, and its first token is read alone."""
    word = hyphenated_word(v, k)[0]
    tail = word.rsplit("-", 1)[-1]
    return v.text[k] if word.startswith("-") or tail.isalpha() and tail.islower() else word


def _past_this_paper(v, e: int) -> int:
    """'we present in this paper ByteCover': the cue's words go on after 'in this paper'."""
    if e + 3 < len(v.lower) and v.lower[e] == "in" and v.lower[e + 1] in ("this", "the") \
            and v.lower[e + 2] in rules.words("paper_word"):
        return e + 3 + (v.text[e + 3] == ",")
    return e


def _named_after_cue(doc: Doc, e: int, ds_tokens: frozenset[int],
                     metric_tokens: frozenset[int] = frozenset()) -> tuple[str | None, list[str]]:
    """The name a method cue ending at token e introduces, and (when it introduces none) the name-like
    words after it. After a naming word ('called', 'termed') the capitalized words are the name whatever
    their shape ('called Masque', 'termed Sentic LSTM')."""
    v = view(doc)
    text = v.text
    e = _past_this_paper(v, e)
    window = range(e, min(len(doc), e + CUE_REACH))
    stop = next((i for i in window if text[i] in (".", ";")), window.stop)
    first = next((i for i in window if v.lower[i] not in ARTICLES and v.lower[i] not in NAMED_PRONOUNS
                  and v.text[i] not in OPENING_QUOTES), None)  # '“DeepLab”', 'we call it PP-YOLO'
    defined, paren = defined_name(v, e, stop, ds_tokens)
    if defined in GENERIC:  # '... network (RNN) architecture, the Fast-Slow RNN (FS-RNN)': the next one
        far = range(e, min(len(doc), e + DEFINED_REACH))
        far_stop = next((i for i in far if text[i] in (".", ";")), far.stop)
        while defined in GENERIC and paren is not None:
            after = bisect_right(v.idx, paren) + 1
            defined, paren = defined_name(v, after, far_stop, ds_tokens) if after < far_stop else (None, None)
    purpose = defined if defined and _names_a_purpose(v, e, paren, defined) else None
    if purpose:  # 'a method to extract drug-drug interactions (DDIs)', 'a method for knowledge distillation (KD)'
        defined, paren = None, None
    # after 'called' (not 'Named Entity Recognition'), or set off by commas after 'our model,' ('Our model,
    # Jasper, uses ...'): the capitalized words are the name
    named_after = v.lower[e - 1] in NAMING and text[e - 1].islower() or text[e - 1] == ","
    if named_after and first is not None and first not in ds_tokens and namey_text(text[first]) \
            and text[first] not in rules.name_stopwords() \
            and not (defined and abbreviates(text_before(v, first, paren), defined)):
        last, words = hyphenated_word(v, first)[1] - 1, 1  # 'called U-Net', not its 'U'
        while last + 1 < stop and words < 3 and namey_text(text[last + 1]) and last + 1 not in ds_tokens:
            last, words = hyphenated_word(v, last + 1)[1] - 1, words + 1
        if last + 1 >= len(text) or not text[last + 1].isalpha() or v.lower[last + 1] in ("which", "that"):
            return v.chars(first, last + 1), []  # the name ends the phrase: 'called Masque.', not 'termed LMM with ...'
    word = _whole_name(v, first) if first is not None else ""  # 'NT-ASGD', not its 'ASGD'
    first_named = first is not None and first not in ds_tokens and model_like(word)
    # 'we propose CondLaneNet, a ... (FPN)': the name right after the cue, unless the parentheses
    # define a name for the words from it on ('MAsked Sequence to Sequence pre-training (MASS)')
    if defined and not (first_named and model_like(word, True)
                        and not abbreviates(text_before(v, first, paren), defined)):
        return defined, []
    if first_named:
        return word, []
    # the fallback: a name-like word after the cue, not a metric ('WER'), nor a part the method uses
    # ('the weight-dropped LSTM which uses DropConnect')
    part = next((i for i in window if v.lower[i] in COMPONENT_OPENERS and v.space[i - 1]), window.stop)  # not 'cosine-based'
    return None, [text[i] for i in range(e, part) if i not in ds_tokens and i not in metric_tokens and model_like(text[i])
                  and not doc[i].is_sent_start and not PLURAL_ACRONYM.match(text[i])  # 'DFAs' are a kind
                  and text[i] != purpose]


def _names_a_purpose(v, e: int, paren: int, defined: str) -> bool:
    """The words a name in parentheses abbreviates are what the method is for, not the method: they follow
    'for' ('a method designed for knowledge distillation (KD)', 'membership tests for Deterministic Finite
    Automata (DFAs)'), or 'to <verb>' after a noun, in lower case ('an approach to estimate the
    direction-of-arrival (DOA)'; not 'we propose to use a time delay neural network (TDNN)', nor 'a way to
    learn FRequency-AGnostic word Embedding (FRAGE)')."""
    words = text_before(v, e, paren).split()
    for n in range(len(words) - 1, -1, -1):
        expansion = " ".join(words[n:])
        if abbreviates(expansion, defined):
            lead = [w.lower() for w in words[:n] if w.lower() not in ARTICLES]
            if lead and lead[-1] == "for":
                return True
            return len(lead) >= 3 and lead[-2] == "to" and lead[-1].isalpha() and expansion.islower()
    return False
