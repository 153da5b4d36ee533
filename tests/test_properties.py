"""Property tests: on any text the extractor never raises and every offset is exact."""
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtab import extract_claims

NUMBERISH = st.sampled_from(["83.1%", "1.6x", "16.3M", "3.6B", "10-20x", "5.55%-39.88%", "×", "~", "±",
                             "up to", "1/4", "1e-4", "10^{-5}", "\\%", "$\\times$", "twenty-five", "by",
                             "ResNet-50", "(", ")", "[", "]", ".", ",", " ", "\n\n", "GB", "ms", "from", "to",
                             "-", "|", "twice", "millions of", "top-1 accuracy", "fewer parameters", "1e400",
                             "10^400", "pm", "1)", "K", "°C", "an order of magnitude"])
MIXED = st.lists(st.one_of(NUMBERISH, st.text(max_size=8)), max_size=30).map(" ".join)


def check(text):
    for c in extract_claims(text):
        assert text[c.start:c.end] == c.text
        assert c.start < c.end
        assert c.value is not None or (c.low is not None and c.high is not None) \
            or any(mark in c.text for mark in ("e", "E", "^"))  # out of the float range: no value
        assert all(v is None or math.isfinite(v) for v in (c.value, c.low, c.high))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode_text(text):
    check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED)
def test_number_heavy_text(text):
    check(text)


# The speed paths must give what the plain spaCy objects give.
from spacy.matcher import Matcher  # noqa: E402

from claimtab import rules  # noqa: E402
from claimtab.extractor.lexicon import GatedMatcher  # noqa: E402
from claimtab.extractor.pipeline import get_nlp  # noqa: E402
from claimtab.extractor.tokens import windows as tokens_windows  # noqa: E402
from claimtab.extractor.tokens import (  # noqa: E402
    SOURCE_KEY,
    view,
    word_classes,  # noqa: E402
)

ANCHORED = st.lists(st.sampled_from(["Table", "table", "Layer", "3", "(", ")", "[", "12", "]", "O", "n", "log", "top", "-", "5",
                                     "Section", "2", ".", "We", "reach", "83.1", "%", "\n\n", "1", "recall", "@",
                                     "layer", "et", "al", "Fig.", "~", "4"]), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANCHORED)
def test_gated_matcher_finds_what_the_full_matcher_finds(text):
    nlp = get_nlp()
    doc = nlp(text)
    patterns = [(p["label"], p["pattern"]) for p in rules.not_quantity_patterns()]
    full = Matcher(nlp.vocab)
    for label, pattern in patterns:
        full.add(label, [pattern])
    v = view(doc)
    numbers = [i for i, t in enumerate(v.lower) if t[:1].isdigit() or t in rules.number_words()]
    windows = tokens_windows(numbers, len(doc), before=10, after=10)
    expected = {(a + s, a + e) for a, b in windows for _m, s, e in full(doc[a:b])}
    gated = GatedMatcher(nlp, patterns)
    anchors = [i for i, w in enumerate(v.lower) if w in gated.anchor_words]
    like_num = frozenset(i for i, t in enumerate(doc) if t.like_num)
    assert set(gated(doc, v, windows, anchors, like_num)) == expected
    classes = word_classes(nlp.vocab)  # the positions the pipeline hands it
    assert set(gated(doc, v, windows, classes.positions(doc, "not_quantity_anchor"), v.members("like_num"))) == expected


# patterns the gates must leave to the Matcher: cased words, upper-case LOWER words, other attributes
ODD_PATTERNS = [("CASED", [{"TEXT": "Table"}, {"LIKE_NUM": True}]),
                ("NEVER", [{"LOWER": "Table"}, {"LIKE_NUM": True}]),
                ("ALPHA", [{"LOWER": "top"}, {"TEXT": "-"}, {"IS_DIGIT": True}]),
                ("OPEN", [{"TEXT": "log"}, {"TEXT": "("}, {"TEXT": {"NOT_IN": [")"]}, "OP": "*"}, {"TEXT": ")"}]),
                ("OPEN_FIRST", [{"TEXT": "["}, {"IS_DIGIT": True, "OP": "+"}, {"TEXT": "]"}]),
                ("CASELESS", [{"LIKE_NUM": True}, {"ORTH": {"IN": ["%", "@"]}}]),
                ("TWO_TESTS", [{"LOWER": "layer", "ORTH": "~"}, {"LIKE_NUM": True}])]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANCHORED)
def test_gated_matcher_leaves_to_the_matcher_what_its_gates_cannot_tell(text):
    nlp = get_nlp()
    doc = nlp(text)
    full = Matcher(nlp.vocab)
    for label, pattern in ODD_PATTERNS:
        full.add(label, [pattern])
    windows = [(0, len(doc))] if len(doc) else []
    expected = {(s, e) for _m, s, e in full(doc)}
    gated = GatedMatcher(nlp, ODD_PATTERNS)
    v = view(doc)
    anchors = [i for i, w in enumerate(v.lower) if w in gated.anchor_words]
    assert set(gated(doc, v, windows, anchors, v.members("like_num"))) == expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(MIXED, ANCHORED))
def test_word_class_positions_equal_their_tests_on_every_token(text):
    nlp = get_nlp()
    doc = nlp(text)
    classes = word_classes(nlp.vocab)
    v = view(doc)
    assert set(classes.tests) >= {"cue", "number", "not_quantity_anchor", "quantity_start", "sentence_trigger",
                                  "dataset_start", "dataset_head", "model_name"}
    for name, test in classes.tests.items():
        assert classes.positions(doc, name) == [i for i, t in enumerate(v.text) if test(t)], name
    tokens = list(doc)
    assert list(v.text) == [t.text for t in tokens] and list(v.lower) == [t.text.lower() for t in tokens]
    assert list(v.is_alpha) == [t.is_alpha for t in tokens] and list(v.is_punct) == [t.is_punct for t in tokens]
    assert set(classes.values) >= {"dataset_key", "no_alnum"}
    for name, func in classes.values.items():
        assert list(v.values[name]) == [func(t) for t in v.text], name


def test_a_word_value_defined_later_reaches_words_learned_before():
    from claimtab.extractor.tokens import WordClasses
    from claimtab.extractor.tokens import _build as view_of

    nlp = get_nlp()
    classes = WordClasses(nlp.vocab)  # a registry of its own: the pipeline's keeps its definitions
    doc = nlp.make_doc("ResNet-50 reaches 76.1%")
    assert view_of(doc, classes).values == {}
    classes.define_value("length", len)
    assert view_of(doc, classes).values["length"] == tuple(len(t.text) for t in doc)


def test_word_cache_starts_afresh_when_full(monkeypatch):
    from claimtab.extractor import tokens

    nlp = get_nlp()
    classes = word_classes(nlp.vocab)
    monkeypatch.setattr(tokens, "MAX_CACHED_WORDS", 3)
    first = nlp.make_doc("alpha beta gamma delta epsilon")
    second = nlp.make_doc("zeta eta theta iota kappa")
    classes.words([t.orth for t in first])
    assert [w[0] for w in classes.words([t.orth for t in second])] == [t.text for t in second]
    assert len(classes._words) == len(second)  # the first doc's words were dropped, not kept growing


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED, st.data())
def test_token_view_texts_equal_span_texts(text, data):
    doc = get_nlp().make_doc(text)
    source = data.draw(st.sampled_from(["none", "own", "stale"]))
    if source != "none":  # the API leaves the abstract there and texts are cut from it; a stale one is ignored
        doc.user_data[SOURCE_KEY] = text if source == "own" else text + " and more"
    if not len(doc):
        return
    start = data.draw(st.integers(0, len(doc) - 1))
    end = data.draw(st.integers(start + 1, len(doc)))
    span = doc[start:end]
    assert view(doc).chars(start, end) == span.text
    assert view(doc).char_span(start, end) == (span.start_char, span.end_char)


def _plain_scan(doc, table, prefixes):
    """The gazetteer scan written plainly (every token a possible start, no shortcuts): the oracle
    for datasets._scan."""
    from claimtab.extractor.datasets import (
        MAX_TOKENS,
        _glued_to_word,
        _is_punct,
        norm_key,
    )
    from claimtab.extractor.lexicon import Hit

    texts = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out, resume = [], 0
    for i in range(len(texts)):
        if i < resume or not texts[i][:1].isalnum():
            continue
        best, key = None, ""
        for j in range(i, min(len(texts), i + MAX_TOKENS)):
            if j > i and texts[j - 1] == "-" and spaces[j - 1] \
                    and not (texts[j][:1].isdigit() and key + norm_key(texts[j]) in table):
                break  # a spaced dash ends a name, unless a number completes one ('WikiText - 2')
            key += norm_key(texts[j])
            if key not in prefixes and not _is_punct(texts[j]):
                break
            if not _is_punct(texts[j]) and key in table:
                best = Hit(i, j + 1, "dataset", table[key])
        if best is not None and not _glued_to_word(doc, doc[best.start:best.end]):
            out.append(best)
            resume = best.end
    return out


DATASET_TEXT = st.lists(st.sampled_from(["the", "of", "Image", "Net", "ImageNet", "-", "1", "K", "1K", "COCO",
                                         "MS", "CIFAR", "10", "CIFAR-10", "on", "a", "Cityscapes", "ADE", "20K",
                                         "pretrained", ",", "(", ")", "SQuAD", "v2", ".", "We", "test"]),
                        max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DATASET_TEXT, st.lists(st.booleans(), max_size=30))
def test_dataset_scan_equals_the_plain_scan(text, glue):
    from claimtab.extractor.datasets import _scan

    for g in glue:  # some words glued to the next ('ImageNet-1K', 'CIFAR-10')
        text = text.replace(" ", "" if g else "\x00", 1)
    text = text.replace("\x00", " ")
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    finder = nlp.get_pipe("claimtab").datasets
    expected = _plain_scan(doc, finder.any, finder.any_prefixes)
    assert _scan(doc, finder.any, finder.any_prefixes) == expected
    assert _scan(doc, finder.any, finder.any_prefixes, starts=finder.classes.positions(doc, "dataset_start")) == expected


# --- whole runs over random records: never raise, every record accounted for, strict JSON out -------------

import csv  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

from claimtab.cli import main  # noqa: E402

IDS = st.one_of(st.none(), st.sampled_from(["1", "2", "x", "=1", "'=1", ""]), st.integers(0, 3))
TEXTS = st.one_of(MIXED, st.text(max_size=40), st.sampled_from(["", " ", "It gains 5%.", "1e400 params"]))
RECORDS = st.lists(st.one_of(
    st.fixed_dictionaries({"id": IDS, "title": st.one_of(st.none(), TEXTS), "abstract": st.one_of(TEXTS, st.none())}),
    st.fixed_dictionaries({"id": IDS, "abstract": TEXTS}),
    st.sampled_from([[], 3, "text", None, {"nested": {"a": [1, 2]}}])), min_size=1, max_size=8)


def _strict(text):
    def refuse(name):
        raise ValueError(name)
    return [json.loads(line, parse_constant=refuse) for line in text.split("\n") if line.strip()]


def _run(path: Path, n_records: int, first_line: int) -> None:
    """Run the command line on one input; every record line is a paper's source or an Issue's line."""
    out, papers, issues = (path.with_name(n) for n in ("c.jsonl", "p.jsonl", "i.jsonl"))
    code = main(["extract", str(path), "-o", str(out), "--papers", str(papers), "--issues", str(issues),
                 "-q", "-j", "1"])
    lines = set(range(first_line, first_line + n_records))
    if code == 1:  # no paper at all: nothing written, the reasons said on stderr
        assert not out.exists()
        return
    assert code == 0
    claims, paper_rows, issue_rows = _strict(out.read_text()), _strict(papers.read_text()), _strict(issues.read_text())
    seen = {int(p["source"].rsplit(":", 1)[1]) for p in paper_rows} | {i["line"] for i in issue_rows}
    assert lines <= seen
    assert len({p["paper_id"] for p in paper_rows}) == len(paper_rows)  # ids stay unique
    assert {c["paper_id"] for c in claims} <= {p["paper_id"] for p in paper_rows}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RECORDS)
def test_jsonl_runs_account_for_every_record(records):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "in.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        _run(path, len(records), 1)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(IDS, TEXTS, TEXTS), min_size=1, max_size=8))
def test_csv_runs_account_for_every_record(rows):
    rows = [tuple("" if v is None else str(v).replace("\r", " ").replace("\n", " ") for v in r) for r in rows]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "in.csv"
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["id", "title", "abstract"])
        writer.writerows(rows)
        path.write_text(buf.getvalue(), encoding="utf-8")
        _run(path, len(rows), 2)
