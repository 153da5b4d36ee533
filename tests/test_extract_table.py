"""Sentence -> expected claims, one row per feature of the extractor."""
import math

import pytest

from claimtab import extract_claims


def one(text, target):
    """The claim whose text contains `target` (exactly one)."""
    hits = [c for c in extract_claims(text) if target in c.text]
    assert len(hits) == 1, f"{target!r} in {[c.text for c in extract_claims(text)]}"
    return hits[0]


def close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6)


# sentence, the number's text, kind, value, unit, bound
CASES = [
    # number formats
    ("Our model reaches 83.1% top-1 accuracy on ImageNet.", "83.1%", "score", 83.1, "%", "="),
    ("The encoder has 1,234,567 parameters.", "1,234,567 parameters", "parameters", 1234567, "parameters", "="),
    ("We train with 3×10^5 tokens.", "3×10^5", "data_size", 3e5, "tokens", "="),
    ("It uses 1e-4 GB of memory at inference.", "1e-4 GB", "memory", 1e5, "B", "="),
    ("A single synapse consumes 8e^{-5}muJ.", "8e^{-5}muJ", "energy", 8e-11, "J", "="),
    ("Our model uses 1/4 parameters of Swin-B.", "1/4 parameters", "reduction", 0.25, "x", "="),
    ("We improve accuracy by +2.3\\% over the baseline.", "2.3", "improvement", 2.3, "%", "="),
    ("It achieves 44\\% accuracy on the hard split.", "44\\%", "score", 44, "%", "="),
    ("Accuracy improves by 1.5 ± 0.2 points.", "1.5", "improvement", 1.5, "pp", "="),
    # scale suffixes and words
    ("The model has 16.3M parameters.", "16.3M parameters", "parameters", 16.3e6, "parameters", "="),
    ("It requires 3.6B MACs.", "3.6B MACs", "compute", 3.6e9, "MACs", "="),
    ("It costs only 167M FLOPs.", "167M FLOPs", "compute", 167e6, "FLOPs", "="),
    ("The backbone needs 4.5 GFLOPs.", "4.5 GFLOPs", "compute", 4.5e9, "FLOPs", "="),
    ("We pretrain on 15B tokens.", "15B tokens", "data_size", 15e9, "tokens", "="),
    ("We collect 2 million training images.", "2 million training images", "data_size", 2e6, "images", "="),
    ("The corpus holds 500K samples.", "500K samples", "data_size", 5e5, "samples", "="),
    ("The model has 1.2 trillion parameters.", "1.2 trillion parameters", "parameters", 1.2e12, "parameters", "="),
    ("It adds 340 thousand parameters.", "340 thousand parameters", "parameters", 340e3, "parameters", "="),
    # number words
    ("We evaluate on three datasets.", "three datasets", "count", 3, "datasets", "="),
    ("We evaluate on twenty-five tasks.", "twenty-five tasks", "count", 25, "tasks", "="),
    ("Our method is twice as fast as the baseline.", "twice", "speedup", 2, "x", "="),
    ("The approach halved the communication cost.", "halved", "reduction", 0.5, "x", "="),
    ("It cuts bandwidth by two orders of magnitude.", "two orders of magnitude", "reduction", 100, "x", "~"),
    ("The model needs two million images.", "two million images", "data_size", 2e6, "images", "="),
    # units with pint
    ("Inference takes 0.11 ms per image.", "0.11 ms", "time", 0.00011, "s", "="),
    ("Training takes 5 hours on one GPU.", "5 hours", "time", 18000, "s", "="),
    ("The model fits in 12 GB of memory.", "12 GB", "memory", 12e9, "B", "="),
    ("The weights take 1MB of storage.", "1MB", "memory", 1e6, "B", "="),
    ("Each inference costs 0.23 mJ.", "0.23 mJ", "energy", 0.00023, "J", "="),
    ("The chip draws 3 W.", "3 W", "energy", 3, "W", "="),
    ("The chip draws 50000 µJ per run.", "50000 µJ", "energy", 0.05, "J", "="),
    ("The detector runs at 30 FPS on a phone.", "30 FPS", "throughput", 30, "FPS", "="),
    ("It renders 4k frames at 60FPS.", "60FPS", "throughput", 60, "FPS", "="),
    ("Quality improves by 0.8 dB PSNR.", "0.8 dB", "improvement", 0.8, "dB", "="),
    ("It improves mAP by 3 percentage points.", "3 percentage points", "improvement", 3, "pp", "="),
    # ratios
    ("InceptionNeXt-T achieves 1.6x higher training throughputs than ConvNeXt-T.", "1.6x", "speedup", 1.6, "x", "="),
    ("Our kernel is 828× faster than the reference.", "828×", "speedup", 828, "x", "="),
    ("It achieves a 18times reduction in model size.", "18times", "reduction", 18, "x", "="),
    ("It gives a 50-fold reduction in model size.", "50-fold", "reduction", 50, "x", "="),
    ("The method is over 10 times faster than prior work.", "over 10 times", "speedup", 10, "x", ">="),
    ("It uses 5x fewer trainable parameters.", "5x", "reduction", 5, "x", "="),
    # kinds from cue words
    ("It is ahead of its Swin counterpart by 1.6% box AP in COCO.", "1.6%", "improvement", 1.6, "%", "="),
    ("Our approach outperforms the baseline by 2.47%.", "2.47%", "improvement", 2.47, "%", "="),
    ("RetinaNet is boosted to 40.2 AP.", "40.2 AP", "score", 40.2, None, "="),
    ("It reaches 58.5 PQ on COCO.", "58.5 PQ", "score", 58.5, None, "="),
    ("It uses 62% fewer parameters than ResNet-50.", "62%", "reduction", 62, "%", "="),
    ("Our method needs 36% less GPU memory.", "36%", "reduction", 36, "%", "="),
    ("We reduce communication costs by 90%.", "90%", "reduction", 90, "%", "="),
    ("We reduce the error rate by 20%.", "20%", "improvement", 20, "%", "="),
    ("It delivers 60% higher training throughput.", "60%", "speedup", 60, "%", "="),
    ("The accuracy gain is 3.7 points over the baseline.", "3.7 points", "improvement", 3.7, "pp", "="),
    ("Training uses only 20% of labels.", "20%", "data_size", 20, "%", "="),
    ("We apply a 30% pruning ratio.", "30%", "setting", 30, "%", "="),
    ("We use 6-bit quantization.", "6-bit", "setting", 6, "bits", "="),
    ("We run 5-fold cross validation.", "5-fold", "setting", 5, "x", "="),
    ("We test on 17 medical image classification datasets.", "17 medical image classification datasets",
     "count", 17, "datasets", "="),
    ("The noise floor is 8 dB.", "8 dB", "other", 8, "dB", "="),
    ("Approximately 30% of all brain tumors are gliomas.", "30%", "context", 30, "%", "~"),
    ("It gives a 2$\\times$ speedup over FlashAttention.", "2$\\times$", "speedup", 2, "x", "="),
    ("It yields a 3 $\\times$ smaller model.", "3 $\\times$", "reduction", 3, "x", "="),
    # bounds
    ("It speeds training up to 2.45x.", "up to 2.45x", "speedup", 2.45, "x", "<="),
    ("It cuts memory by at most 30%.", "at most 30%", "reduction", 30, "%", "<="),
    ("It needs less than 15% of the memory.", "less than 15%", "reduction", 15, "%", "<="),
    ("The gap stays under 1% in most runs.", "under 1%", "other", 1, "%", "<="),
    ("It improves accuracy by more than 10%.", "more than 10%", "improvement", 10, "%", ">="),
    ("It improves accuracy by at least 4%.", "at least 4%", "improvement", 4, "%", ">="),
    ("It is trained on over 50,000 images.", "over 50,000 images", "data_size", 50000, "images", ">="),
    ("It adds approximately 0.6 million parameters.", "approximately 0.6 million parameters", "parameters",
     6e5, "parameters", "~"),
    ("It reaches about 80% accuracy.", "about 80%", "score", 80, "%", "~"),
    ("It reaches around 80% accuracy.", "around 80%", "score", 80, "%", "~"),
    ("It reaches nearly 80% accuracy.", "nearly 80%", "score", 80, "%", "~"),
    ("It reaches roughly 80% accuracy.", "roughly 80%", "score", 80, "%", "~"),
    ("It reaches ~80% accuracy.", "~80%", "score", 80, "%", "~"),
    ("It uses millions of interactions.", "millions of interactions", "data_size", 1e6, "samples", ">="),
]


@pytest.mark.parametrize("text,target,kind,value,unit,bound", CASES)
def test_claim_table(text, target, kind, value, unit, bound):
    c = one(text, target)
    assert c.kind == kind
    assert close(c.value, value), c.value
    assert c.unit == unit
    assert c.bound == bound
    assert text[c.start:c.end] == c.text


# sentence, range text, kind, low, high, unit
RANGES = [
    ("Improvements range from 5.55% to 39.88% in RMSE.", "5.55% to 39.88%", 5.55, 39.88, "%"),
    ("It gives 10-20x gains in inference throughput.", "10-20x", 10, 20, "x"),
    ("We observe speedups of 3x to 10x.", "3x to 10x", 3, 10, "x"),
    ("The gap is between 3 and 5 points.", "3 and 5 points", 3, 5, "pp"),
    ("It lowers memory and runtime by 2-3X.", "2-3X", 2, 3, "x"),
    ("Training is 10X~20X faster.", "10X~20X", 10, 20, "x"),
    ("It reduces FLOPs by 4 to 8 times.", "4 to 8 times", 4, 8, "x"),
    ("It gains 5.55%-39.88% in accuracy.", "5.55%-39.88%", 5.55, 39.88, "%"),
    ("It improves PSNR by 0.8dB~2dB.", "0.8dB~2dB", 0.8, 2, "dB"),
    ("The model sizes range from 1.5M to 3M parameters.", "1.5M to 3M parameters", 1.5e6, 3e6, "parameters"),
]


@pytest.mark.parametrize("text,target,low,high,unit", RANGES)
def test_ranges(text, target, low, high, unit):
    c = one(text, target)
    assert c.value is None
    assert close(c.low, low) and close(c.high, high)
    assert c.unit == unit


def test_from_to_gives_two_claims():
    claims = extract_claims("Accuracy rises from 69% to 72% on CIFAR-100.")
    assert [(c.text, c.value) for c in claims] == [("69%", 69), ("72%", 72)]


@pytest.mark.parametrize("text,values,kind", [
    ("It reaches 86%, 77% and 72% Dice scores for the three regions.", [86, 77, 72], "score"),
    ("Accuracies are 75.15%|82.80%|81.96% for the three backbones.", [75.15, 82.80, 81.96], "score"),
    ("The performance is boosted by 11.5% and 4.6% respectively.", [11.5, 4.6], "improvement"),
    ("Gains are 12X,20X,33X and 39X faster.", [12, 20, 33, 39], "speedup"),
    ("It scores 0.3, 0.5 and 1.2 AP on the three splits.", [0.3, 0.5, 1.2], "score"),
])
def test_lists_give_one_row_per_number(text, values, kind):
    claims = extract_claims(text)
    assert [c.value for c in claims] == pytest.approx(values)
    assert {c.kind for c in claims} == {kind}


@pytest.mark.parametrize("text", [
    "We use ResNet-50, CIFAR-10, ImageNet-1K, YOLOv8, GPT-4, ViT-B/16 and T5-Base.",
    "Our 3D network improves Top-1 results, as shown by Llama-2-7B.",
    "This was first shown in 2019 and refined in 2021.",
    "The paper appeared on 2023-10-05.",
    "See Section 3 and Table 2 for details, and Eq. 4 for the loss.",
    "The attention costs O(n^2) time.",
    "This bypassed dark energy [A&A 412, 35 (2003)].",
    "Code is at https://github.com/u/repo2024 and http://x.org/v1.5.",
    "It has (1) a tokenizer and (2) a decoder.",
    "We use a single model and two hidden layers with one head.",
    "We report top-5 and top-10 retrieval, and L2 regularization.",
])
def test_not_quantities(text):
    assert [c.text for c in extract_claims(text) if c.kind not in ("setting",)] == []


def test_kernel_size_is_a_setting_at_most():
    claims = extract_claims("We use 7x7 depthwise kernels and 16\\times16 patches.")
    assert {c.kind for c in claims} == {"setting"}
    assert sorted(c.value for c in claims) == [7, 16]


def test_metric_fills_the_metric_column():
    c = one("Our model reaches 83.1% top-1 accuracy on ImageNet.", "83.1%")
    assert c.metric == "top-1 accuracy"
    c = one("It reaches 47.1 mIoU on ADE20K.", "47.1 mIoU")
    assert c.metric == "mIoU"


def test_rule_column_names_the_rules():
    c = one("It uses 62% fewer parameters than ResNet-50.", "62%")
    assert "unit" in c.rule and "fewer" in c.rule
