"""claimtab's tokenizer rules: numbers split from units, names kept whole, the rules saved with the tokenizer."""
import pickle
import re

import pytest
import spacy

from claimtab.extractor import tokenizer
from claimtab.extractor.pipeline import build_nlp



@pytest.mark.parametrize("text, tokens", [
    ("83.1% and 2.45x.", ["83.1", "%", "and", "2.45", "x", "."]),
    ("16.3M params, 10-20x faster", ["16.3", "M", "params", ",", "10", "-", "20", "x", "faster"]),
    ("ResNet-50 on CIFAR-10 (ViT-B/16)", ["ResNet-50", "on", "CIFAR-10", "(", "ViT-B/16", ")"]),
    ("75.15%|82.80% for A|B", ["75.15", "%", "|", "82.80", "%", "for", "A", "|", "B"]),
])
def test_the_tokenizer_splits_numbers_from_units_and_keeps_names(text, tokens):
    assert [t.text for t in build_nlp().make_doc(text)] == tokens


def test_the_tokenizer_keeps_its_searches_when_saved_and_pickled():
    nlp = build_nlp()
    text = "It reaches 83.1% (vs. 80.2%) at 16.3M params; see https://github.com/x/y.git and e.g. ResNet-50."
    tokens = [t.text for t in nlp.make_doc(text)]
    again = spacy.blank("en")
    again.tokenizer.from_bytes(nlp.tokenizer.to_bytes())  # spaCy saves the joined patterns
    assert [t.text for t in again.make_doc(text)] == tokens
    copied = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in copied(text)] == tokens


def test_token_match_answers_as_before_its_lookahead():
    plain = re.compile(tokenizer.TOKEN_MATCH.pattern.replace(r"^(?=[^\d-]*[\d-])", "^", 1))
    assert plain.pattern != tokenizer.TOKEN_MATCH.pattern
    for word in ["ResNet-50", "ViT-B/16", "Swin-T", "GPT-4o", "accuracy", "state-of-the-art", "1e-4", "2^{10}",
                 "x86", "Llama-2-7B", "BERT-L", "-", "12"]:
        assert bool(tokenizer.TOKEN_MATCH.match(word)) == bool(plain.match(word)), word


@pytest.mark.parametrize("text, names", [
    ("for ViT-S|ViT-B|ViT-L.", ["ViT-S", "ViT-B", "ViT-L"]),
    ("(ResNet-50|Swin-T)", ["ResNet-50", "Swin-T"]),
    ("with Llama-2-7B|Llama-2-13B models", ["Llama-2-7B", "Llama-2-13B"]),
])
def test_names_glued_into_a_pipe_list_stay_whole(text, names):
    from claimtab.extractor.pipeline import get_nlp
    tokens = [t.text for t in get_nlp()(text)]
    assert all(n in tokens for n in names), tokens
