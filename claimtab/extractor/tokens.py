"""Plain-Python views of a Doc's tokens, built once per Doc: the rule stages read these lists
instead of creating spaCy Token objects over and over (the main cost of a pure-Python pass).

Facts about a word that do not depend on where it stands (its text, lower case, alpha/punct flags, and
the word classes the stages define: "a cue word", "a dataset name may start here") are worked out once
per distinct word and cached by its spaCy hash, as spaCy does for its lexemes. A stage then asks for the
positions of a class and visits only those tokens instead of testing every token in Python."""
from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDX, ORTH, SPACY
from spacy.tokens import Doc
from spacy.vocab import Vocab

SOURCE_KEY = "claimtab_text"  # doc.user_data key of the text the Doc was made from, when known
MAX_CLASSES = 63       # a word's classes are bits of one int64
MAX_CACHED_WORDS = 200_000  # the cache starts afresh past this many distinct words (memory stays flat)


@dataclass(frozen=True)
class TokenView:
    text: tuple[str, ...]
    lower: tuple[str, ...]
    space: list[int]        # 1 where whitespace follows the token
    is_alpha: tuple[bool, ...]
    is_punct: tuple[bool, ...]
    idx: list[int]          # character offset of each token in doc.text
    classes: dict[str, list[int]]  # word class -> indices of its tokens, ascending
    values: dict[str, tuple]       # word value (WordClasses.define_value) -> its value for each token
    registry: WordClasses   # whose classes these are
    version: int            # of the word classes it was built with
    source: str | None = None  # doc.text, when the Doc's maker left it in doc.user_data
    _sets: dict = field(default_factory=dict, repr=False, compare=False)

    def members(self, name: str) -> frozenset[int]:
        """The positions of a word class as a set, for membership tests (built on first use)."""
        found = self._sets.get(name)
        if found is None:
            found = self._sets[name] = frozenset(self.classes[name])
        return found

    def chars(self, start: int, end: int) -> str:
        """The text of tokens [start, end) (Span.text without creating the Span)."""
        a, b = self.char_span(start, end)
        if self.source is not None:
            return self.source[a:b]
        return "".join(self.text[k] + " " if self.space[k] else self.text[k] for k in range(start, end))[:b - a]

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens [start, end), as Span.start_char / end_char give them."""
        return self.idx[start], self.idx[end - 1] + len(self.text[end - 1])


class WordClasses:
    """The named word classes of one vocabulary, and what is known of each word seen so far."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.tests: dict[str, Callable[[str], bool]] = {}
        self.values: dict[str, Callable[[str], object]] = {}
        self.version = 0
        self._words: dict[int, tuple] = {}
        self._shifts = numpy.zeros(0, dtype=numpy.int64)
        self._bounds = numpy.zeros(1, dtype=numpy.int64)

    def define(self, name: str, test: Callable[[str], bool]) -> None:
        """Add the class `name` (once): `test(word)` says whether a word, as written, is in it."""
        if name in self.tests:
            return
        if len(self.tests) == MAX_CLASSES:
            raise RuntimeError(f"no room for the word class {name!r}: {MAX_CLASSES} are defined")
        self.tests[name] = test
        self.version += 1
        self._words.clear()  # cached words lack the new class
        self._shifts = numpy.arange(len(self.tests), dtype=numpy.int64)
        self._bounds = numpy.arange(len(self.tests) + 1)  # where each class's positions begin and end

    def define_value(self, name: str, func: Callable[[str], object]) -> None:
        """Add the word value `name` (once): `func(word)`, worked out once per distinct word, and read
        per token from TokenView.values[name]."""
        if name in self.values:
            return
        self.values[name] = func
        self.version += 1
        self._words.clear()  # cached words lack the new value

    def positions(self, doc: Doc, name: str) -> list[int]:
        """Indices of the tokens of `doc` whose word is in the class `name`."""
        return view(doc).classes[name]

    def words(self, orths: list[int]) -> list[tuple]:
        """(text, lower, is_alpha, is_punct, class mask, *values) of each word hash."""
        known = self._words
        if len(known) > MAX_CACHED_WORDS:
            known.clear()
        get, learn = known.get, self._learn
        return [get(o) or learn(o) for o in orths]  # an entry is a non-empty tuple

    def _learn(self, orth: int) -> tuple:
        lex = self.vocab[orth]
        text = lex.orth_
        mask = 0
        for bit, test in enumerate(self.tests.values()):
            if test(text):
                mask |= 1 << bit
        entry = self._words[orth] = (text, text.lower(), lex.is_alpha, lex.is_punct, mask,
                                     *[func(text) for func in self.values.values()])
        return entry

    def class_positions(self, masks: numpy.ndarray) -> dict[str, list[int]]:
        """Per class, the indices whose mask has its bit (all classes in a few array operations)."""
        names = list(self.tests)
        if not names or not len(masks):
            return {name: [] for name in names}
        bits = (masks[None, :] >> self._shifts[:, None]) & 1  # class x token
        cls, pos = bits.nonzero()                             # sorted by class, then token
        pos = pos.tolist()
        cuts = cls.searchsorted(self._bounds).tolist()
        return {name: pos[cuts[k]:cuts[k + 1]] for k, name in enumerate(names)}


# held by the components that define classes and by the latest token view: a registry goes with its
# pipeline, so a replaced pipeline's vocabulary (which a registry refers to) can be freed
_REGISTRIES: weakref.WeakValueDictionary[int, WordClasses] = weakref.WeakValueDictionary()


def word_classes(vocab: Vocab) -> WordClasses:
    """The word-class registry of `vocab` (word hashes are only meaningful within one vocabulary)."""
    registry = _REGISTRIES.get(id(vocab))
    if registry is None or registry.vocab is not vocab:
        registry = _REGISTRIES[id(vocab)] = WordClasses(vocab)
    return registry


class InSet:
    """A word test: the word, lower-cased, is one of `words` (picklable, unlike a lambda)."""

    def __init__(self, words):
        self.words = frozenset(words)

    def __call__(self, word: str) -> bool:
        return word.lower() in self.words


_recent = threading.local()  # per thread, the latest Doc and its view: the stages ask ~100 times per Doc


def view(doc: Doc) -> TokenView:
    """The token view of `doc`, built once while the Doc is being worked on. It is kept beside the Doc,
    not in doc.user_data, so that a Doc stays serializable (DocBin, Doc.to_bytes)."""
    try:
        last, cached, registry, version, n = _recent.last
    except AttributeError:
        last = None
    if last is doc and registry.version == version and len(doc) == n:
        return cached
    registry = word_classes(doc.vocab)
    cached = _build(doc, registry)
    _recent.last = (doc, cached, registry, cached.version, len(doc))
    return cached


def _build(doc: Doc, registry: WordClasses) -> TokenView:
    cols = doc.to_array([ORTH, SPACY, IDX])  # C-level: no Token objects
    words = registry.words(cols[:, 0].tolist())
    columns = tuple(zip(*words)) if words else ((),) * (5 + len(registry.values))  # as tuples
    text, lower, alpha, punct, masks = columns[:5]
    space, idx = cols[:, 1].tolist(), cols[:, 2].tolist()
    source = doc.user_data.get(SOURCE_KEY)
    if source is not None and (not text or len(source) != idx[-1] + len(text[-1]) + space[-1]):
        source = None  # not this Doc's text (a Doc is never longer or shorter than its text)
    return TokenView(text, lower, space, alpha, punct, idx,
                     registry.class_positions(numpy.array(masks, dtype=numpy.int64)),
                     dict(zip(registry.values, columns[5:])), registry, registry.version, source)


def windows(positions: list[int], n: int, before: int, after: int, floor: int = 0) -> list[tuple[int, int]]:
    """Merged token windows around positions: matchers that only matter near some words
    (numbers, dataset heads) run on these windows instead of the whole Doc."""
    out: list[tuple[int, int]] = []
    for p in positions:
        a, b = max(floor, p - before), min(n, p + after + 1)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
