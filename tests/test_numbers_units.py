"""Numbers, units and tokenization, each form on its own."""
import pytest

from claimtab.extractor import numbers, units
from claimtab.extractor.pipeline import get_nlp


@pytest.mark.parametrize("text,value,shape", [
    ("83.1", 83.1, "digits"), ("1,234", 1234, "digits"), ("1,234,567.5", 1234567.5, "digits"),
    (".5", 0.5, "digits"), ("+2.3", 2.3, "digits"), ("−2.1", -2.1, "digits"),
    ("1e-4", 1e-4, "sci"), ("3E5", 3e5, "sci"), ("10^{-5}", 1e-5, "sci"), ("10^5", 1e5, "sci"),
    ("8e^{-5}", 8e-5, "sci"), ("1/4", 0.25, "fraction"), ("1/16", 0.0625, "fraction"),
    ("256x256", 256, "dims"), ("16\\times16", 16, "dims"), ("16times16", 16, "dims"),
    ("three", 3, "word"), ("Twenty", 20, "word"), ("twice", 2, "word"), ("half", 0.5, "word"),
])
def test_number_forms(text, value, shape):
    n = numbers.parse(text)
    assert n is not None and n.shape == shape
    assert n.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["ResNet", "3D", "first", "1st", "", "-", "1/0", "v2", "abc"])
def test_not_numbers(text):
    n = numbers.parse(text)
    assert n is None or n.suffix  # '3D' and '1st' parse with a glued suffix the scanner rejects


def test_glued_suffix_is_kept():
    n = numbers.parse("340M")
    assert n.value == 340 and n.suffix == "M"


@pytest.mark.parametrize("values,total", [([20, 5], 25), ([2, 100], 200), ([3], 3)])
def test_number_word_sequences(values, total):
    assert numbers.combine_words(values) == total


@pytest.mark.parametrize("surface,value,canonical,expected", [
    ("ms", 0.11, "s", 0.00011), ("hours", 2, "s", 7200), ("GB", 12, "B", 12e9), ("MB", 1, "B", 1e6),
    ("KiB", 1, "B", 1024), ("mJ", 3, "J", 0.003), ("µJ", 50000, "J", 0.05), ("muJ", 1, "J", 1e-6),
    ("W", 3, "W", 3), ("mW", 5, "W", 0.005), ("GFLOPs", 4.5, "FLOPs", 4.5e9), ("GMACs", 2, "MACs", 2e9),
    ("FPS", 30, "FPS", 30), ("%", 83.1, "%", 83.1), ("x", 1.6, "x", 1.6), ("pp", 2, "pp", 2),
    ("parameters", 5, "parameters", 5), ("tokens", 7, "tokens", 7), ("Kb", 256, "B", 32000),
])
def test_units_normalize_with_pint(surface, value, canonical, expected):
    unit = units.lookup((surface,))
    assert unit is not None and unit.canonical == canonical
    assert units.normalize(value, unit) == pytest.approx(expected)


def test_orders_of_magnitude_are_powers_of_ten():
    unit = units.lookup(("orders", "of", "magnitude"))
    assert units.normalize(2, unit) == 100


@pytest.mark.parametrize("text,tokens", [
    ("83.1%", ["83.1", "%"]), ("1.6x", ["1.6", "x"]), ("16.3M", ["16.3", "M"]), ("3.6B", ["3.6", "B"]),
    ("10-20x", ["10", "-", "20", "x"]), ("5.55%-39.88%", ["5.55", "%", "-", "39.88", "%"]),
    ("3×5", ["3", "×", "5"]), ("~5%", ["~", "5", "%"]), ("±0.3", ["±", "0.3"]), ("44\\%", ["44", "\\%"]),
    ("75.15%|82.80%", ["75.15", "%", "|", "82.80", "%"]), ("12X,20X", ["12", "X", ",", "20", "X"]),
    ("60FPS.", ["60", "FPS", "."]), ("2.45x.", ["2.45", "x", "."]),
])
def test_tokenizer_splits_numbers_from_units(text, tokens):
    assert [t.text for t in get_nlp().make_doc(text)] == tokens


@pytest.mark.parametrize("name", ["ResNet-50", "CIFAR-10", "ImageNet-1K", "YOLOv8", "GPT-4", "ViT-B/16",
                                  "T5-Base", "3D", "Top-1", "Llama-2-7B", "1e-4", "10^{-5}", "50,568", "1/4"])
def test_tokenizer_keeps_names_whole(name):
    assert [t.text for t in get_nlp().make_doc(f"We use {name} here")] == ["We", "use", name, "here"]


@pytest.mark.parametrize("text,n", [
    ("We use CNNs (e.g. U-Net) here. It works.", 2),
    ("As shown by Smith et al. the model works. It is fast.", 2),
    ("See Fig. 3 for results. Accuracy is 83.1%. It is good.", 3),
    ("It reaches 83.1% accuracy, i.e. a new record. Done.", 2),
    ("The gain is 0.5 vs. 0.3 points. Next sentence.", 2),
    ("First paragraph ends here\n\nsecond starts lower case.", 2),
])
def test_sentence_boundaries(text, n):
    assert len(list(get_nlp()(text).sents)) == n


@pytest.mark.parametrize("text", ["17ex20", ".17ex20", "3ex5", "2e+x"])
def test_letters_are_never_read_as_signs_or_exponents(text):
    n = numbers.parse(text)
    assert n is None or n.shape == "digits" and n.suffix  # '17' glued to 'ex20', never a crash


def test_the_physical_unit_table_is_what_pint_makes_of_its_list(tmp_path):
    import importlib.util
    from pathlib import Path
    from claimtab import rules
    spec = importlib.util.spec_from_file_location("physical_units", Path(__file__).parent.parent / "tools" / "physical_units.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.main(tmp_path / "made.tsv")
    assert (tmp_path / "made.tsv").read_text(encoding="utf-8") == \
        rules.rule_path("unit_aliases_physical.tsv").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, expected", [
    # physical units from pint's registry: the amount as written, kind 'other'
    ("The sample is cooled to 91 K before use.", [("91 K", "other", 91.0, "K")]),
    ("It is heated to 300 °C for an hour.", [("300 °C", "other", 300.0, "°C")]),
    ("Collisions at 13 TeV were recorded.", [("13 TeV", "other", 13.0, "TeV")]),
    ("The beam holds 5 kN at 40 ppm.", [("5 kN", "other", 5.0, "kN"), ("40 ppm", "other", 40.0, "ppm")]),
    ("The coast rises 3 mm/yr.", [("3 mm/yr", "other", 3.0, "mm/a")]),
    # a K before the noun it scales is a thousand; a duration in weeks is a time
    ("We collect 100 K annotated images.", [("100 K annotated images", "data_size", 100000.0, "images")]),
    ("Training takes 2 weeks.", [("2 weeks", "time", 1209600.0, "s")]),
    # a factor of a comparative that is no speed or cost is no speed-up
    ("Smokers had a 2.3-fold higher risk of disease.", [("2.3-fold", "other", 2.3, "x")]),
    # a length or a frequency stays in the unit it is written in, as every physical amount does
    ("The route is 26 km long and the wire 3 mm thick.", [("26 km", "other", 26.0, "km"), ("3 mm", "other", 3.0, "mm")]),
    ("The chip runs at 2.4 GHz.", [("2.4 GHz", "other", 2.4, "GHz")]),
    # a small negative whole number after a unit is its exponent ('km · h −1'), no amount
    ("Runners kept 5.4 km · h −1 and drank 2.2 L · day −1 on average.", [("5.4 km", "other", 5.4, "km"),
                                                                          ("2.2 L", "other", 2.2, "L")]),
    ("Values fell from 1 to −1 overall.", [("1", "score", 1.0, None), ("−1", "score", -1.0, None)]),
    # lengths, volumes and imperial units by their names; a number word with a unit of measure is read
    ("I want two meters of cotton and 3 miles of road.",
     [("two meters", "other", 2.0, "metre"), ("3 miles", "other", 3.0, "mile")]),
    ("The board is 4 inches wide and holds six gallons.",
     [("4 inches", "other", 4.0, "inches"), ("six gallons", "other", 6.0, "gal")]),
    # ... 'in' and 'mi' alone are words, and a factor or an angle in words names no amount
    ("We put 5 in the box; a two-fold gain; six degrees of freedom.", [("5", "other", 5.0, None)]),
    # per mille, and the slanted inequality signs as bounds
    ("Values were 0.4‰ and ⩽1.6% overall.", [("0.4‰", "other", 0.4, "‰"), ("⩽1.6%", "other", 1.6, "%")]),
])
def test_physical_units(text, expected):
    from claimtab import extract_claims
    assert [(c.text, c.kind, c.value, c.unit) for c in extract_claims(text)] == expected



@pytest.mark.parametrize("text, expected", [
    # a power of ten whose superscript PDF text wrote flat
    ("The rate is 2.48×10−5 overall.", [("2.48×10−5", 2.48e-05)]),
    ("We use a learning rate of 3 × 10-5 throughout.", [("3 × 10-5", 3e-05)]),
    # ... as the written forms are read
    ("We use a learning rate of 1×10^-4 throughout.", [("1×10^-4", 1e-04)]),
    ("It has 3 × 10^5 samples.", [("3 × 10^5 samples", 300000.0)]),
])
def test_flattened_powers_of_ten(text, expected):
    from claimtab import extract_claims
    assert [(c.text, pytest.approx(c.value)) for c in extract_claims(text)] == expected
