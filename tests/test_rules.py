"""The rule files load and are consistent."""
import re

import pytest

from claimtab import rules
from claimtab.extractor import units


def test_every_rule_file_loads():
    assert len(rules.unit_aliases()) > 100
    assert len(rules.metrics()) >= 80
    assert rules.bounds()["up to"] == "<="
    assert rules.scales()["M"][0] == 1e6
    assert rules.number_words()["twice"] == (2.0, "x")
    assert {c for _, c, _ in rules.kind_cues()} >= {"speed", "reduce", "improve", "score", "diff", "target"}
    assert "e.g." in rules.abbreviations()
    assert rules.not_quantity_patterns()
    assert "model" in rules.model_words()


def test_metric_aliases_map_to_one_canonical_name():
    seen = {}
    for alias, canon, direction in rules.read_table("metrics.tsv", 3):
        assert seen.setdefault(alias, canon) == canon, alias
        assert direction in ("higher", "lower", "any")


def test_unit_aliases_are_unique_and_convert():
    seen = set()
    for surface, pint_name, canonical, kind in rules.unit_aliases():
        assert surface not in seen, surface
        seen.add(surface)
        unit = units.lookup(tuple(surface.split()))
        assert units.normalize(1.0, unit) is not None


def test_bounds_are_known_symbols():
    assert set(rules.bounds().values()) <= {"<=", ">=", "~"}


def test_a_cue_category_missing_from_cue_categories_is_refused(monkeypatch):
    real = rules.read_table

    def with_new_category(name, ncols):
        rows = real(name, ncols)
        return rows + [("breathtaking", "wow", "-")] if name == "kind_cues.tsv" else rows

    monkeypatch.setattr(rules, "read_table", with_new_category)
    with pytest.raises(ValueError, match="'wow'.*cue_categories.tsv"):
        rules.kind_cues.__wrapped__()


def test_every_word_role_the_extractor_asks_for_is_in_words_tsv():
    for role in ("list_joiner", "name_joiner", "clause_break", "article", "generic_noun", "dataset_head"):
        assert rules.words(role)
    with pytest.raises(KeyError, match="no role"):
        rules.words("no_such_role")


def test_the_public_dataset_list_loads_with_its_source_and_licence_and_adds_names():
    public = rules.read_table("datasets_public.tsv", 4)
    own = {alias for alias, *_ in rules.read_table("datasets.tsv", 4)}
    assert len(public) >= 150
    header = [ln for ln in rules.rule_path("datasets_public.tsv").read_text().splitlines() if ln.startswith("#")]
    assert any("licence" in ln and "github.com/" in ln for ln in header)
    assert {area for _, _, area, _ in public} <= {a for _, _, a, _ in rules.read_table("datasets.tsv", 4)}
    assert {match for *_, match in public} <= {"any", "context"}
    assert not {alias for alias, *_ in public} & own  # it grows the gazetteer, not repeats it
    pwc, suites = rules.read_table("datasets_pwc.tsv", 4), rules.read_table("datasets_suites.tsv", 4)
    assert len(rules.datasets()) == len(public) + len(pwc) + len(suites) + len(rules.read_table("datasets.tsv", 4))


def test_the_evaluation_suite_list_names_its_sources_and_keeps_words_in_context():
    suites = rules.read_table("datasets_suites.tsv", 4)
    header = [ln for ln in rules.rule_path("datasets_suites.tsv").read_text().splitlines() if ln.startswith("#")]
    assert len(suites) >= 200
    assert any("open-compass/opencompass" in ln and "Apache-2.0" in ln for ln in header)
    assert any("lmms-eval" in ln and "MIT" in ln for ln in header)
    earlier = {re.sub(r"[^0-9a-z+]", "", alias.lower()) for alias, *_ in rules.read_table("datasets.tsv", 4)
               + rules.read_table("datasets_public.tsv", 4) + rules.read_table("datasets_pwc.tsv", 4)}
    assert not {re.sub(r"[^0-9a-z+]", "", alias.lower()) for alias, *_ in suites} & earlier
    # a word of letters, or letters that spell one once the hyphen goes ('MultiPL-E'), only in context
    plain = [alias for alias, *_ in suites if alias.isalpha() and not re.search(r"[a-z][A-Z]", alias)
             or re.sub(r"[^0-9a-z]", "", alias.lower()).isalpha() and re.search(r"[\s-]", alias)]
    assert plain and all(match == "context" for alias, _c, _a, match in suites if alias in plain)


def test_the_leaderboard_dataset_list_names_its_source_and_licence_and_keeps_words_in_context():
    pwc = rules.read_table("datasets_pwc.tsv", 4)
    header = [ln for ln in rules.rule_path("datasets_pwc.tsv").read_text().splitlines() if ln.startswith("#")]
    assert len(pwc) >= 2000
    assert any("CC BY-SA" in ln and "github.com/jd-coderepos/sota" in ln for ln in header)
    earlier = {alias.lower() for alias, *_ in rules.read_table("datasets.tsv", 4) + rules.read_table("datasets_public.tsv", 4)}
    assert not {alias.lower() for alias, *_ in pwc} & earlier
    # a name of one word of letters may be an ordinary word or a method's acronym: matched only in context
    assert all(match == "context" for alias, _c, _a, match in pwc if alias.isalpha())
    assert all("(" not in canon and "%" not in alias for alias, canon, *_ in pwc)


@pytest.mark.parametrize("sentence, dataset", [
    ("The tagger reaches 91.2 F1 on CoNLL 2003.", "CoNLL-2003"),
    ("On WNUT-17 it obtains an F1 of 41.9.", "WNUT 2017"),
    ("The parser scores 74.1 Smatch on LDC2017T10.", "LDC2017T10"),
    ("Our language model gets 1.06 bpc on enwik8.", "enwik8"),
    ("It gets a test perplexity of 61.5 on WikiText-2.", "WikiText-2"),
    # leaderboard names (datasets_pwc.tsv), a split dropped from the name
    ("The model reaches an MRR of 0.358 on FB15k-237.", "FB15k-237"),
    ("The pose model reaches 87.5 PCK on MPI-INF-3DHP (test).", "MPI-INF-3DHP"),
    ("It reaches a BLEU-4 of 0.91 on ChEBI-20.", "ChEBI-20"),
    # the benchmark a family of leaderboards splits ('Hub5'00 SwitchBoard', 'Hub5'00 CallHome')
    ("We report 16.0% WER on Hub5'00.", "Hub5'00"),
])
def test_datasets_from_the_public_lists_are_attached(sentence, dataset):
    from claimtab import extract_claims
    assert [c.dataset for c in extract_claims(sentence)] == [dataset]


def _pwc_tool():
    import importlib.util
    from pathlib import Path
    spec = importlib.util.spec_from_file_location("pwc_datasets", Path(__file__).parent.parent / "tools" / "pwc_datasets.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


@pytest.mark.parametrize("raw, canon", [
    ("DAVIS 2017 (val)", "DAVIS 2017"), ("COCO test-dev", "COCO"), ("3DMatch Benchmark", "3DMatch"),
    ("BEA-2019 (test)", "BEA-2019"), ("Kinetics-400", "Kinetics-400"),
])
def test_the_leaderboard_tool_drops_splits_and_heads(raw, canon):
    assert _pwc_tool().benchmark_name(raw) == canon


def test_the_leaderboard_tool_keeps_words_in_context_and_leaves_settings_out():
    from collections import Counter
    tool = _pwc_tool()
    rows = {alias: (canon, match) for alias, canon, match in tool.rows(
        Counter({"Kinetics": 3, "FB15k-237": 9, "ImageNet 256x256": 2, "CIFAR-10 vs SVHN": 1, "300W": 4,
                 "Hub5'00 SwitchBoard": 2, "Hub5'00 CallHome": 1}), {"imagenet"})}
    assert rows["Kinetics"] == ("Kinetics", "context") and rows["FB15k-237"] == ("FB15k-237", "any")
    assert "ImageNet 256x256" not in rows and "CIFAR-10 vs SVHN" not in rows and "300W" not in rows
    heads = tool.family_heads(Counter({"Hub5'00 SwitchBoard": 2, "Hub5'00 CallHome": 1, "Brain MRI": 1, "Brain CT": 1}))
    assert set(heads) == {"Hub5'00"}  # an ordinary word is no family's name


def test_the_leaderboard_tool_leaves_task_names_out():
    from collections import Counter
    rows = {alias for alias, _canon, _match in _pwc_tool().rows(Counter({"NER": 3, "AMR": 2, "CoNLL 2003 (English)": 5}), set())}
    assert "NER" not in rows and "AMR" not in rows and "CoNLL 2003" in rows
