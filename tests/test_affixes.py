"""The tokenizer's faster searches give exactly what spaCy's regexes give."""
import pickle
import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.tokenizer_exceptions import URL_MATCH
from spacy.util import compile_suffix_regex

from claimtab.extractor import tokenizer
from claimtab.extractor.affixes import SuffixSearch, url_match
from claimtab.extractor.pipeline import build_nlp

OUR_RULES = build_nlp().tokenizer.suffix_search.__self__.rules
# rules whose last characters are hard to tell, or that can match nothing, beside plain ones
ODD_RULES = [r"ab(?:c)?", r"\d+", r"(?i:km)", r"[^a-z]", r"(?<=[0-9])(?:x|ms|%)", r"x*", r"\b", r"(?:é|ü)+",
             r"k(?=m)", r"(a|b\w)", r"ab|c"]
PIECES = st.sampled_from(["1", "83.1", "%", "x", "X", "ms", "km", "Km", "abc", "ab", ")", ".", "..", ",", "'s",
                          "’", "é", "ü", "\n", "GFLOPs", "-", "µs", "a", "b", "c", "}", "$", "°C"])
SEARCHES = [(SuffixSearch(rules).search, compile_suffix_regex(rules).search)
            for rules in (OUR_RULES, list(spacy.blank("en").Defaults.suffixes), ODD_RULES)]
WORDS = st.one_of(st.lists(PIECES, max_size=6).map("".join), st.text(max_size=10))


def spans(found):
    return None if found is None else found.span()


@settings(max_examples=400, deadline=None)
@given(WORDS)
def test_suffix_search_matches_the_joined_regex(word):
    for fast, plain in SEARCHES:
        assert spans(fast(word)) == spans(plain(word))


def test_suffix_search_splits_units_and_punctuation():
    search = SuffixSearch(OUR_RULES).search
    assert search("83.1%").group() == "%" and search("2.45x.").group() == "."
    assert search("accuracy,").group() == "," and search("accuracy") is None


def test_the_tokenizer_keeps_its_searches_when_saved_and_pickled():
    nlp = build_nlp()
    text = "It reaches 83.1% (vs. 80.2%) at 16.3M params; see https://github.com/x/y.git and e.g. ResNet-50."
    tokens = [t.text for t in nlp.make_doc(text)]
    again = spacy.blank("en")
    again.tokenizer.from_bytes(nlp.tokenizer.to_bytes())  # spaCy saves the joined patterns
    assert [t.text for t in again.make_doc(text)] == tokens
    copied = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in copied(text)] == tokens
    assert isinstance(copied.suffix_search.__self__, SuffixSearch)


@pytest.mark.parametrize("word", ["github.com/claimtab", "https://arxiv.org/abs/2101.00001", "www.a.io",
                                  "10.1.2.3", "density", "e.g.", "ResNet-50.", "a.b", "http://localhost",
                                  "user@mail.example.org", "", "...", "x.y.z/\n"])
def test_url_match_answers_as_spacys(word):
    fast = url_match(URL_MATCH)
    assert fast is not URL_MATCH
    assert bool(fast(word)) == bool(URL_MATCH(word))


def test_url_match_leaves_other_matchers_alone():
    mine = re.compile(r"^doi:\S+$").match
    assert url_match(mine) is mine
    assert url_match(None) is None


def test_token_match_answers_as_before_its_lookahead():
    plain = re.compile(tokenizer.TOKEN_MATCH.pattern.replace(r"^(?=[^\d-]*[\d-])", "^", 1))
    assert plain.pattern != tokenizer.TOKEN_MATCH.pattern
    for word in ["ResNet-50", "ViT-B/16", "Swin-T", "GPT-4o", "accuracy", "state-of-the-art", "1e-4", "2^{10}",
                 "x86", "Llama-2-7B", "BERT-L", "-", "12"]:
        assert bool(tokenizer.TOKEN_MATCH.match(word)) == bool(plain.match(word)), word
