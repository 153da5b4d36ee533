"""The public API: extract() frames, Claim objects, and the spaCy component in a user's pipeline."""
import dataclasses

import pandas as pd
import pytest
import spacy

import claimtab
from claimtab import COLUMNS, Claim, extract, extract_claims, extract_papers

TEXT = "Our FcaFormer reaches 83.1% top-1 accuracy on ImageNet with 16.3M parameters."


def test_extract_returns_the_contract_columns_in_order(example_records):
    df = extract(example_records)
    assert tuple(df.columns) == COLUMNS
    assert COLUMNS == ("paper_id", "title", "sentence", "start", "end", "text", "kind", "value", "low",
                       "high", "unit", "bound", "metric", "dataset", "model", "baseline", "rule")
    for col in ("value", "low", "high"):
        assert df[col].dtype == "float64"
    assert df["start"].dtype == "int64" and df["end"].dtype == "int64"
    assert set(df["kind"]) <= set(claimtab.KINDS)
    assert set(df["bound"]) <= set(claimtab.BOUNDS)


def test_offsets_index_the_abstract_exactly(example_records):
    df = extract(example_records)
    abstracts = {r["id"]: r["abstract"] for r in example_records}
    assert len(df) > 20
    for row in df.itertuples():
        assert abstracts[row.paper_id][row.start:row.end] == row.text


@pytest.mark.parametrize("data", [
    TEXT,
    [TEXT],
    [{"id": "p1", "title": "FcaFormer", "abstract": TEXT}],
    pd.DataFrame([{"id": "p1", "title": "FcaFormer", "abstract": TEXT}]),
])
def test_extract_accepts_strings_dicts_and_frames(data):
    df = extract(data)
    assert list(df["text"]) == ["83.1%", "16.3M parameters"]
    assert list(df["value"]) == [83.1, 16.3e6]


def test_ids_are_kept_or_made_stable():
    df = extract([{"id": "p1", "abstract": TEXT}])
    assert set(df["paper_id"]) == {"p1"}
    a = extract(TEXT)["paper_id"].iloc[0]
    b = extract(TEXT)["paper_id"].iloc[0]
    assert a == b and len(a) == 12


def test_custom_column_names():
    df = extract(pd.DataFrame([{"key": "k9", "name": "T", "summary": TEXT}]),
                 id_col="key", title_col="name", text_col="summary")
    assert set(df["paper_id"]) == {"k9"} and set(df["title"]) == {"T"}


def test_ranges_leave_value_empty():
    df = extract("Speedups range from 3x to 10x.")
    row = df.iloc[0]
    assert pd.isna(row["value"]) and row["low"] == 3 and row["high"] == 10


def test_claim_is_a_frozen_dataclass():
    claims = extract_claims(TEXT, paper_id="p", title="t")
    assert all(isinstance(c, Claim) for c in claims)
    assert claims[0].paper_id == "p"
    with pytest.raises(dataclasses.FrozenInstanceError):
        claims[0].value = 1.0


def test_claims_made_by_the_extractor_equal_the_dataclass_made_ones():
    """A claim's dict has exactly the columns, in order, and rebuilds an equal claim."""
    for found in extract_claims(TEXT, paper_id="p", title="t"):
        made = Claim(**dataclasses.asdict(found))
        assert made == found and hash(made) == hash(found) and repr(made) == repr(found)
        assert found.to_dict() == made.to_dict() == dataclasses.asdict(made)
        assert tuple(found.to_dict()) == tuple(made.to_dict()) == COLUMNS
    odd = Claim(*range(len(COLUMNS)))
    object.__setattr__(odd, "extra", 1)  # an attribute beyond the fields is not a column
    assert tuple(odd.to_dict()) == COLUMNS


def test_papers_table_keeps_papers_without_claims(example_records):
    papers = extract_papers(example_records)
    assert list(papers["paper_id"]) == [r["id"] for r in example_records]
    survey = papers.set_index("paper_id").loc["ex-004"]
    assert survey["n_claims"] == 0


def test_bad_record_type_is_a_clear_error():
    with pytest.raises(TypeError, match="record 1"):
        extract([42])


def test_component_plugs_into_a_users_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimtab")
    doc = nlp(TEXT)
    assert [c.text for c in doc._.claims] == ["83.1%", "16.3M parameters"]
    assert doc._.claims[0].kind == "score"


def test_the_components_doc_values_are_read_and_written_through_doc_underscore():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimtab")
    doc = nlp.make_doc("We propose FcaFormer, a hybrid model. " + TEXT)
    doc._.title, doc._.paper_id = "FcaFormer: a title", "p-1"  # set by the user, read by the component
    doc = nlp(doc)
    assert [(c.paper_id, c.title) for c in doc._.claims] == [("p-1", "FcaFormer: a title")] * 2
    assert doc._.method == "FcaFormer" and doc._.datasets == ["ImageNet"] and doc._.error is None


def test_a_doc_extension_re_registered_with_a_getter_and_setter_is_honoured():
    from spacy.tokens import Doc

    store = {}
    Doc.set_extension("method", getter=lambda d: store.get(id(d)),
                      setter=lambda d, value: store.__setitem__(id(d), value), force=True)
    try:
        nlp = spacy.blank("en")
        nlp.add_pipe("claimtab")
        doc = nlp("We propose FcaFormer, a hybrid model. " + TEXT)
        assert list(store.values()) == ["FcaFormer"] and doc._.method == "FcaFormer"
        assert [c.model for c in doc._.claims] == ["FcaFormer", "FcaFormer"]
    finally:
        Doc.set_extension("method", default=None, force=True)


def test_component_works_inside_a_users_memory_zone(example_records):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimtab")
    texts = [r["abstract"] for r in example_records]
    outside = [[c.to_dict() for c in doc._.claims] for doc in nlp.pipe(texts)]
    for _ in range(2):  # the second zone meets words the first one let go of
        with nlp.memory_zone():
            inside = [[c.to_dict() for c in doc._.claims] for doc in nlp.pipe(t + " Zyxwvut-9 qpzm." for t in texts)]
        assert inside == outside and sum(map(len, inside)) > 20


def test_docs_with_claims_serialize_and_come_back():
    from spacy.tokens import Doc, DocBin

    from claimtab.extractor.pipeline import get_nlp

    nlp = get_nlp()
    doc = nlp(TEXT)
    assert doc._.claims
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert list(again._.claims) == list(doc._.claims) and again._.datasets == doc._.datasets
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (back,) = DocBin().from_bytes(stored.to_bytes()).get_docs(nlp.vocab)
    assert list(back._.claims) == list(doc._.claims)  # msgpack gives the list back as a tuple
    assert all(isinstance(c, Claim) for c in back._.claims)


def test_extract_reads_files_given_as_paths(tmp_path, example_records):
    """A path (string or Path) is read like the command line reads it, not taken for a one-word abstract."""
    from .conftest import EXAMPLE

    from_records = extract(example_records)
    for given in (str(EXAMPLE), EXAMPLE, [EXAMPLE]):
        got = extract(given)
        assert len(got) == len(from_records) > 0
        assert got["text"].tolist() == from_records["text"].tolist()
        assert got["paper_id"].tolist() == from_records["paper_id"].tolist()


def test_a_missing_input_file_is_an_error_not_an_empty_table():
    with pytest.raises(FileNotFoundError, match="nosuch.jsonl"):
        extract("nosuch.jsonl")
    assert len(extract("It runs 2x faster than v1.json")) == 1  # a sentence stays an abstract


def test_unreadable_records_warn_with_file_and_line_and_the_rest_is_read(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"id": "a", "abstract": "It is 2x faster."}\n{"id": "b", "abs\n'
                 '{"id": "c", "abstract": "It uses 35% less memory."}\n', encoding="utf-8")
    with pytest.warns(claimtab.ReadWarning, match=r"mixed\.jsonl:2: malformed JSON"):
        papers = extract_papers(f)
    assert papers["paper_id"].tolist() == ["a", "c"]
