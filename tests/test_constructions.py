"""Constructions in which results are written (issue: accuracy on unseen papers): each a small table of
sentences written for the test, several wordings each; sentence in, claims out."""
import pytest

from claimtab import extract_claims, extract_papers


def rows(text, title=None):
    return [(c.text, c.kind, c.value, c.metric) for c in extract_claims(text, title=title)]


@pytest.mark.parametrize("text, expected", [
    # a slash list of numbers paired with a slash list of metric words before one head
    ("The detector gets a 46.8/38.6 box/mask AP on the benchmark.",
     [("46.8", "score", 46.8, "box AP"), ("38.6", "score", 38.6, "mask AP")]),
    ("With a larger backbone it reaches 50.1/43.2 box/mask AP.",
     [("50.1", "score", 50.1, "box AP"), ("43.2", "score", 43.2, "mask AP")]),
    # ... or with the metric written once after the list
    ("The model scores 27.1/26.0 BLEU on the two test sets.",
     [("27.1", "score", 27.1, "BLEU"), ("26.0 BLEU", "score", 26.0, "BLEU")]),
    ("We obtain 81.2%/82.9% top-1 accuracy with the two variants.",
     [("81.2%", "score", 81.2, "top-1 accuracy"), ("82.9%", "score", 82.9, "top-1 accuracy")]),
])
def test_slash_lists_of_scores(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # each member takes the kind its list's cue gives, and the baselines pair in order
    ("It surpasses DeiT-S/Swin-T by 0.4%/1.2% in top-1 accuracy.",
     [("0.4%", "improvement", "DeiT-S"), ("1.2%", "improvement", "Swin-T")]),
    ("Compared with GPT-2, it needs 30%/45% fewer parameters and 2.1x/3.3x fewer FLOPs.",
     [("30%", "reduction", "GPT-2"), ("45%", "reduction", "GPT-2"),
      ("2.1x", "reduction", "GPT-2"), ("3.3x", "reduction", "GPT-2")]),
    ("Our net beats ResNet-50/ResNet-101 by 2.1%/0.9% in accuracy.",
     [("2.1%", "improvement", "ResNet-50"), ("0.9%", "improvement", "ResNet-101")]),
    ("It needs 20%/35% less memory than GPT-2.",
     [("20%", "reduction", "GPT-2"), ("35%", "reduction", "GPT-2")]),
])
def test_slash_lists_of_comparisons(text, expected):
    assert [(c.text, c.kind, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("It uses 1/4 of the FLOPs of the teacher.", ["1/4"]),   # a fraction stays one number
    ("We take 3/4 of the data for training.", ["3/4"]),
])
def test_fractions_are_not_slash_lists(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a '+' standing apart before a number that opens a parenthesis or a list item is its sign
    ("It performs better (+ 0.15 dB on A and + 0.39 dB on B).",
     [("+ 0.15 dB", "improvement"), ("+ 0.39 dB", "improvement")]),
    ("Adding it helps (+ 1.3% top-1 accuracy, + 0.8 mIoU).",
     [("+ 1.3%", "improvement"), ("+ 0.8 mIoU", "improvement")]),
    ("The toy sum is 3 + 4 in this case.", [("3", "other"), ("4", "other")]),   # an addition
])
def test_a_spaced_plus_sign_marks_a_gain(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text", [
    "Our nets are 36% more accurate than variational techniques.",
    "The model is 3-17% more accurate than graph RNNs.",
    "Predictions become 12% more precise with the new loss.",
])
def test_n_percent_more_accurate_is_an_improvement(text):
    assert [c.kind for c in extract_claims(text)] == ["improvement"]


@pytest.mark.parametrize("text, expected", [
    # a run of numbers pairs in order with a list of as many datasets, before or after it
    ("Accuracy rises by 2.2% and 4.1% on the CIFAR-10 and CIFAR-100 datasets.",
     [("2.2%", "CIFAR-10"), ("4.1%", "CIFAR-100")]),
    ("On WikiText-2 and Penn Treebank, perplexities fall to 40.7 and 47.7 respectively.",
     [("40.7", "WikiText-2"), ("47.7", "Penn Treebank")]),
    ("It reaches 50.1/40.2 AP on COCO/LVIS.", [("50.1", "COCO"), ("40.2 AP", "LVIS")]),
    # a number inside a dataset's name is no claim; a dash set off by spaces may sit inside the name
    ("On SemEval 2010 Task 8 the model gets 84.3 F1.", [("84.3 F1", "SemEval-2010 Task 8")]),
    ("On the WikiText - 2 dataset it reaches a perplexity of 88.8.", [("88.8", "WikiText-2")]),
    ("It reaches 71.2% accuracy on ImageNet - a hard benchmark.", [("71.2%", "ImageNet")]),
])
def test_datasets_pair_with_numbers(text, expected):
    assert [(c.text, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text", [
    "We evaluate on 8 corpora and on CIFAR-10, with 91.2% accuracy.",
    "Experiments on 12 benchmarks and on CIFAR-10 show 91.2% accuracy.",
    "We release a new 10K benchmark and test on CIFAR-10 with 91.2% accuracy.",
])
def test_a_counted_collection_is_not_a_dataset_name(text):
    papers = extract_papers([{"id": "p", "abstract": text}])
    assert papers.loc[0, "datasets"] == ["CIFAR-10"]
    assert [c.dataset for c in extract_claims(text) if c.text == "91.2%"] == ["CIFAR-10"]


@pytest.mark.parametrize("text, expected", [
    # a pipe list of values pairs with a pipe list of systems, glued or spaced
    ("It reaches 71.2%|80.5%|83.0% top-1 for ViT-S|ViT-B|ViT-L.",
     [("71.2%", "ViT-S"), ("80.5%", "ViT-B"), ("83.0%", "ViT-L")]),
    ("Top-1 is 75.1% | 79.9% for DeiT-T | DeiT-S.", [("75.1%", "DeiT-T"), ("79.9%", "DeiT-S")]),
    ("We get 40.2|44.9 AP with Swin-T|Swin-S backbones.", [("40.2", "Swin-T"), ("44.9 AP", "Swin-S")]),
])
def test_pipe_lists_pair_values_with_systems(text, expected):
    assert [(c.text, c.model) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a list of metrics pairs with a run of numbers, 'respectively' or not
    ("Our parser obtains UAS and LAS scores of 94.5% and 92.9%, respectively.",
     [("94.5%", "UAS"), ("92.9%", "LAS")]),
    ("It improves BLEU and METEOR by 1.2 and 0.8 points.", [("1.2", "BLEU"), ("0.8 points", "METEOR")]),
    ("Precision, recall and F1 reach 0.91, 0.85 and 0.88.",
     [("0.91", "precision"), ("0.85", "recall"), ("0.88", "F1")]),
])
def test_metric_lists_pair_with_runs_of_numbers(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # '<metric> of N' is the metric's value, whatever comparative stands before the metric
    ("With a cache the model reaches an even lower perplexity of 52.8.", [("52.8", "score", "perplexity")]),
    ("It attains a higher accuracy of 85.1% than the baseline.", [("85.1%", "score", "accuracy")]),
    ("The system obtains a better F1 of 0.91.", [("0.91", "score", "F1")]),
    # ... but not after a gain in the metric
    ("We observe a gain in accuracy of 3%.", [("3%", "improvement", "accuracy")]),
    # 'performance' names no metric of a score or a gain
    ("It improves performance by 2.2% over the baseline.", [("2.2%", "improvement", None)]),
])
def test_the_value_of_a_metric(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a number glued by a hyphen to a design word is a setting, never a result
    ("We report results with a 1001-layer ResNet.", [("1001-layer", "setting")]),
    ("A 100-step teacher is distilled into a 4-step student.", [("100-step", "setting"), ("4-step", "setting")]),
    ("It reaches 70.3% on 1-shot and 81.9% on 5-shot tasks.",
     [("70.3%", "score"), ("1-shot", "setting"), ("81.9%", "score"), ("5-shot", "setting")]),
    # number words in such compounds are no quantities at all; a unit glued the same way still counts
    ("A two-stage, one-dimensional design.", []),
    ("We train a 1.3B-parameter model.", [("1.3B-parameter", "parameters")]),
    ("It is 2.5-fold faster.", [("2.5-fold", "speedup")]),
])
def test_hyphenated_design_words(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an amount of data in bytes or hours is a data size
    ("We pre-train on 40 GB of text.", [("40 GB", "data_size")]),
    ("The model is trained on 500 h of noisy speech.", [("500 h", "data_size")]),
    ("It was trained on 1,000 hours of transcribed audio.", [("1,000 hours", "data_size")]),
    # ... not an amount of memory or time
    ("Training takes 5 h on a GPU with 8 GB of memory.", [("5 h", "time"), ("8 GB", "memory")]),
    # 'N out of M' whole numbers count things; a percentage after a name in parentheses is its score
    ("It wins on 7 out of 10 tasks.", [("7 out of 10 tasks", "count")]),
    ("It beats InferSent on 8 out of 9 and SkipThought on 7 out of 10.", [("8 out of 9", "count"), ("7 out of 10", "count")]),
    ("It does best on miniImageNet (70.3% accuracy) and CUB (81.2%).", [("70.3%", "score"), ("81.2%", "score")]),
])
def test_data_sizes_counts_and_named_scores(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a decimal in parentheses is a value, not an enumeration marker
    ("Its F1 is high on hard classes such as Fear (0.73), Disgust (0.77) and Anger (0.78).",
     [("0.73", "score"), ("0.77", "score"), ("0.78", "score")]),
    ("Two changes, (1) a loss and (2) a sampler, give 3.1 points more.", [("3.1 points", "improvement")]),
    # 'an order of magnitude' is a factor of ten written without a number
    ("Decoding is an order of magnitude faster.", [("an order of magnitude", "speedup", 10.0)]),
    ("It speeds up training by about an order of magnitude.", [("about an order of magnitude", "speedup", 10.0)]),
    ("We do this in order to save memory.", []),
])
def test_parenthesized_values_and_orders_of_magnitude(text, expected):
    got = [(c.text, c.kind, c.value) if len(e) == 3 else (c.text, c.kind)
           for c, e in zip(extract_claims(text), expected)]
    assert got == expected and len(extract_claims(text)) == len(expected)


@pytest.mark.parametrize("text, expected", [
    # PDF-extracted text sets a name's dash off by spaces: the number after it is part of the name
    ("It surpasses ResNeXt - 101 with 26% fewer parameters.", [("26%", "reduction")]),
    ("On ImageNet - 1k it reaches 79.1% top-1 accuracy.", [("79.1%", "score")]),
    ("Our ViT - 22 variant gains 1.2 points.", [("1.2 points", "improvement")]),
    # metric names written as PDFs and older papers write them
    ("It reaches 1.27 bits / char on text8.", [("1.27 bits / char", "score")]),
    ("It gets 90.8 F 1 on the test set.", [("90.8 F 1", "score")]),
    ("The parser reaches 68.4 Smatch on the test set.", [("68.4 Smatch", "score")]),
])
def test_pdf_text_forms(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, baseline", [
    # words that name only a kind of system leave the baseline empty
    ("It outperforms the baseline models by 5.5%.", None),
    ("It improves over existing approaches by 11.5%.", None),
    ("Compared with the baseline method, forgetting drops by 2.5%.", None),
    # a named system, or a described one, stays
    ("It outperforms RetinaNet by 3.7 points.", "RetinaNet"),
    ("It is 10 times faster than the sliding-window method.", "sliding-window method"),
    ("It beats previous CNN-based methods by 0.4 dB.", "CNN-based methods"),
])
def test_a_kind_of_system_is_no_baseline(text, baseline):
    assert [c.baseline for c in extract_claims(text)] == [baseline]


@pytest.mark.parametrize("text, expected", [
    # a metric with a cut-off keeps it
    ("Recall@10 is 45.1 and Recall@100 is 80.2.", [("45.1", "recall@10"), ("80.2", "recall@100")]),
    ("It reaches an NDCG@10 of 0.41.", [("0.41", "NDCG@10")]),
    ("It improves R@1 by 2.3 points.", [("2.3 points", "recall@1")]),
    # a spread written with a LaTeX \pm that lost its backslash belongs to the number
    ("We obtain 80.2 pm 0.1 accuracy.", [("80.2 pm 0.1 accuracy", "accuracy")]),
    ("It scores 71.3 \\pm 0.4 F1.", [("71.3 \\pm 0.4 F1", "F1")]),
])
def test_metric_cut_offs_and_spreads(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, datasets", [
    # a one-word dataset name with capitals inside is not the common word in lower case
    ("It sets a new record of 91.2% on CIFAR-10.", ["CIFAR-10"]),
    ("A squad of annotators labels data for CIFAR-10.", ["CIFAR-10"]),
    ("On ReCoRD and SQuAD it gets 91.2% and 93.1%.", ["ReCoRD", "SQuAD"]),
])
def test_cased_dataset_names(text, datasets):
    assert extract_papers([{"id": "p", "abstract": text}]).loc[0, "datasets"] == datasets


@pytest.mark.parametrize("text, expected", [
    # 'the NAME <what the data is> dataset|benchmark|corpus': the name is a dataset the gazetteer may lack
    ("It scores 92.2% accuracy on the popular QRX-DOC document image dataset.", [("92.2%", "QRX-DOC")]),
    ("We report an error of 17.7% on the Voxa phoneme recognition benchmark.", [("17.7%", "Voxa")]),
    ("On the MedQ-7 clinical question answering corpus, it gets 64.0 F1.", [("64.0 F1", "MedQ-7")]),
    # a citation marker a source left between the name and the head
    ("It gets a mAP of 22.4% on the Zorbo <cit.> benchmark.", [("22.4%", "Zorbo")]),
    # ... or a non-breaking space a converter left there
    ("It gets a mAP of 22.4% on the Zorbo\xa0<cit.> benchmark.", [("22.4%", "Zorbo")]),
    ("It gets a mAP of 22.4% on the Zorbo\xa0benchmark.", [("22.4%", "Zorbo")]),
    # a number of things before the head is no name ('the 35 popular benchmark instances')
    ("It solves 21 of the 35 popular benchmark instances.", [("21", None), ("35 popular benchmark", None)]),
])
def test_described_dataset_names(text, expected):
    assert [(c.text, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # enumeration markers in a sentence are no quantities
    ("Our method has two parts: 1) a loss that gains 3.1% and 2) a sampler.", ["3.1%"]),
    ("It adds 1) a loss, 2) a sampler, and 3) a schedule.", []),
    ("We contribute (1) a loss and (2) a benchmark with 5 tasks.", ["5 tasks"]),
])
def test_enumeration_markers(text, expected):
    assert [c.text for c in extract_claims(text) if c.kind != "other"] == expected


@pytest.mark.parametrize("text, expected", [
    # top-k errors stay errors
    ("It reduces top-5 error to 3.6%.", [("3.6%", "top-5 error")]),
    ("We get a 3.1% top-5 error rate on ImageNet.", [("3.1%", "top-5 error")]),
    ("Top-1 error drops by 1.2%.", [("1.2%", "top-1 error")]),
    # bit rates are compound units, converted to bits per second
    ("The speller transmits 35 bits/min.", [("35 bits/min", "bit rate")]),
    ("The link carries 10 Mbps.", [("10 Mbps", "bit rate")]),
    ("It sends 2 bits per second.", [("2 bits per second", "bit rate")]),
])
def test_error_metrics_and_bit_rates(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a value followed by 'above'/'over'/'ahead of'/'beyond' and a system's name is a gain over it
    ("FooNet reaches 51.2 AP, 2.1 AP above RetinaNet.", [("51.2 AP", "score", None), ("2.1 AP", "improvement", "RetinaNet")]),
    ("It gets 0.8 BLEU over the Transformer baseline.", [("0.8 BLEU", "improvement", "Transformer baseline")]),
    ("It lands 3 points ahead of GPT-4.", [("3 points", "improvement", "GPT-4")]),
    # ... not before a number or a common word
    ("It achieves 80% accuracy over all tasks.", [("80%", "score", None)]),
])
def test_a_value_ahead_of_a_system(text, expected):
    assert [(c.text, c.kind, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a model's size is measured on no benchmark; a speed-up only on one named right after it, or on one
    # fronted as the sentence's frame
    ("Our 7B model matches GPT-3.5 on MMLU (70.2 vs. 70.0).",
     [("7B", "parameters", None), ("70.2", "score", "MMLU"), ("70.0", "score", "MMLU")]),
    ("Pretrained on COCO, the detector runs 2.1x faster.", [("2.1x", "speedup", None)]),
    ("On COCO, the detector runs 2.1x faster.", [("2.1x", "speedup", "COCO")]),
    ("The detector runs 2.1x faster on COCO.", [("2.1x", "speedup", "COCO")]),
    # sizes listed after a model word are parameter counts; whole 'N of M <things>' count
    ("We release 3 model sizes (1B, 3B and 8B).",
     [("3", "count", None), ("1B", "parameters", None), ("3B", "parameters", None), ("8B", "parameters", None)]),
    ("It wins on 8 of 10 benchmarks.", [("8 of 10 benchmarks", "count", None)]),
    # a number inside a metric's name is no claim
    ("We achieve an F 1-score of 86.1% on CoNLL 2003.", [("86.1%", "score", "CoNLL-2003")]),
])
def test_sizes_counts_and_where_datasets_belong(text, expected):
    assert [(c.text, c.kind, c.dataset) for c in extract_claims(text) if c.kind != "other"] == expected


@pytest.mark.parametrize("text, expected", [
    # a comma after the compared system ends the comparison unless another name follows
    ("Compared with the baseline, memory usage is reduced by 40% and throughput increases by 1.8x.",
     [("40%", None), ("1.8x", None)]),
    ("Compared with ResNet-50, latency falls by 30% and accuracy rises by 1.2%.",
     [("30%", "ResNet-50"), ("1.2%", "ResNet-50")]),
    ("It beats BERT, RoBERTa and XLNet by 1.2, 0.8 and 0.5 points.",
     [("1.2", "BERT"), ("0.8", "RoBERTa"), ("0.5 points", "XLNet")]),
])
def test_where_a_list_of_compared_names_ends(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # what a reduction is of: the cost noun after the number, else what its reducing word names
    ("We achieve 3.2x lower latency and 45% less energy than the GPU implementation.",
     [("3.2x", "latency"), ("45%", "energy")]),
    ("The student keeps 97% of the accuracy while being 60% smaller.", [("97%", "accuracy"), ("60%", "model size")]),
    ("It is 3x smaller and 2x faster.", [("3x", "model size"), ("2x", "speed")]),
])
def test_what_a_reduction_is_of(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, title, expected", [
    # the subject of the clause, also set off by commas, is the model; a compared name is not
    ("We present FooNet. Compared to YOLOv8, FooNet-L is 1.7x faster.", "FooNet: Detectors",
     [("1.7x", "FooNet-L", "YOLOv8")]),
    ("The previous state of the art, DETR, obtains 42.0 AP.", None, [("42.0 AP", "DETR", None)]),
    ("The strongest baseline, T5-XL, reaches 81.0 F1.", None, [("81.0 F1", "T5-XL", None)]),
])
def test_the_model_is_the_subject(text, title, expected):
    assert [(c.text, c.model, c.baseline) for c in extract_claims(text, title=title)] == expected


@pytest.mark.parametrize("text, expected", [
    # a spread in parentheses after a value belongs to it
    ("Across 5 seeds, the mean accuracy is 91.3% (std 0.4).", [("91.3% (std 0.4)", 91.3)]),
    ("The AUC was 0.82 (SD 0.03) and 0.79 (± 0.02).", [("0.82 (SD 0.03)", 0.82), ("0.79 (± 0.02)", 0.79)]),
    ("Its BLEU is 27.3 (stdev 0.2) on the test set.", [("27.3 (stdev 0.2)", 27.3)]),
])
def test_a_spread_in_parentheses(text, expected):
    assert [(c.text, c.value) for c in extract_claims(text) if c.kind == "score"] == expected


@pytest.mark.parametrize("text, expected", [
    # a list of compared names with an Oxford comma pairs with its run of numbers; none is the model
    ("It outperforms DeiT-S, Swin-T, and ConvNeXt-T by 1.1%, 0.6% and 0.2%.",
     [("1.1%", None, "DeiT-S"), ("0.6%", None, "Swin-T"), ("0.2%", None, "ConvNeXt-T")]),
    # after a comma a name followed by its verb starts the next clause
    ("Compared to SPPnet, Fast R-CNN trains VGG16 3x faster.", [("3x", None, "SPPnet")]),
])
def test_compared_lists_and_clauses(text, expected):
    assert [(c.text, c.model, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a signed number opening a parenthesis is a gain ('(+6.1)'), not a second score; a sum is no sign
    ("On GSM8K, accuracy rises to 82.4% (+6.1).", [("82.4%", "score"), ("+6.1", "improvement")]),
    ("Top-1 accuracy is 80.2% (+1.4%) on ImageNet.", [("80.2%", "score"), ("+1.4%", "improvement")]),
])
def test_a_signed_gain_in_parentheses(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a comparative adjective names what improved
    ("The proposed nets are 3-17% more accurate than graph RNNs.", [("3-17%", "improvement", "accuracy")]),
    ("Our model is 12% more accurate than BERT.", [("12%", "improvement", "accuracy")]),
    ("Its boxes are 4.1 points more precise than those of SSD.", [("4.1 points", "improvement", "precision")]),
    # a name in capitals between an article and 'of <number>' is the number's metric, listed or not
    ("The detector reaches an ACER of 0.3% on the new dataset.", [("0.3%", "score", "ACER")]),
    ("Our best model shows the Avg-F1 of 80.2 on the shared task.", [("80.2", "score", "Avg-F1")]),
    ("It reaches a QXS of 61.2 and a ZRT-2 of 75.0 on MOT17.", [("61.2", "score", "QXS"), ("75.0", "score", "ZRT-2")]),
    # ... but not a system's size
    ("We fine-tune a BERT of 110M parameters.", [("110M parameters", "parameters", "parameters")]),
    # rank-k accuracy keeps its k; a hyphen set off by spaces (PDF text) is still the metric's
    ("It achieves rank-1 accuracy of 94.7% on Market-1501.", [("94.7%", "score", "rank-1 accuracy")]),
    ("On Market-1501, rank - 1 accuracy rises from 55.3% to 80.5%.",
     [("55.3%", "score", "rank-1 accuracy"), ("80.5%", "score", "rank-1 accuracy")]),
    ("We obtain 79.4% top - 1 accuracy with a ResNet - 50.", [("79.4%", "score", "top-1 accuracy")]),
    # signal metrics are not one another
    ("It reaches 20.6 dB SDR and 19.8 dB SI-SDR on the corpus.", [("20.6 dB", "score", "SDR"), ("19.8 dB", "score", "SI-SDR")]),
])
def test_metrics_named_by_the_construction(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a gain in a unit of its own does not take a metric named in the sentence before
    ("It has a high success rate. It does better (+ 0.15dB on images).", [("+ 0.15dB", None)]),
    ("It has a high success rate. It is better by 0.15 points on images.", [("0.15 points", "success rate")]),
    ("PSNR is our main metric. The model gains 0.4 on Set5.", [("0.4", "PSNR")]),
])
def test_metric_from_the_sentence_before(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text) if c.kind == "improvement"] == expected


@pytest.mark.parametrize("text, expected", [
    # 'the state of the art', 'the best result reported' name no system to compare with
    ("It outperforms the state of the art by 1.1 points.", [("1.1 points", None)]),
    ("It improves by 3.7 points over the best result reported.", [("3.7 points", None)]),
    ("It outperforms state-of-the-art systems by 2.0 BLEU.", [("2.0 BLEU", None)]),
    # a named family stays ('Patch-Transformer models')
    ("It outperforms Patch-Transformer models by 1.5%.", [("1.5%", "Patch-Transformer models")]),
])
def test_comparisons_with_no_system(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a closing comparison that names no system is the comparison of the whole list: an earlier
    # sentence's system does not fill it
    ("Compared with FastNet, it is faster. Ours uses 2.0x fewer operations and 4.3x fewer parameters than "
     "its nearest competitor.", [("2.0x", None), ("4.3x", None)]),
    ("We compare with SlowNet. Our model is 1.2% more accurate and 3x faster than the previous best model.",
     [("1.2%", None), ("3x", None)]),
    ("Unlike BigNet, it stays small. It needs 40% less memory and 2x less time than prior approaches.",
     [("40%", None), ("2x", None)]),
    # a named closing comparison still speaks of every number
    ("It needs 40% less memory and 2x less time than BigNet.", [("40%", "BigNet"), ("2x", "BigNet")]),
])
def test_a_closing_comparison_without_a_system(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym the abstract defines as a task or problem names no system, nor do that task's systems
    ("Grammatical error correction (GEC) is hard. Ours outperforms the best neural GEC systems by 3.1 F0.5.",
     [("3.1 F0.5", None, None)]),
    ("Aspect-based sentiment analysis (ABSA) matters. We beat prior ABSA models by 1.2 F1.",
     [("1.2 F1", None, None)]),
    ("We study the vehicle routing problem (VRP). Our solver beats the best VRP heuristics by 4%.",
     [("4%", None, None)]),
    ("We consider the Cell Formation Problem (CFP). It solves 21 of the 35 benchmark instances.",
     [("21", None, None), ("35 benchmark", None, None)]),
    # a long form the paper introduces as its own method keeps its acronym
    ("We introduce a novel local autoregressive translation (LAT) method. LAT reaches 27.1 BLEU.",
     [("27.1 BLEU", "LAT", None)]),
    ("We propose the Dynamic Image Retrieval (DIR) network. It improves over BERT-R by 2.2 mAP.",
     [("2.2 mAP", "DIR", "BERT-R")]),
])
def test_task_acronyms_name_no_system(text, expected):
    assert [(c.text, c.model, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a second 'by' after a joiner repeats the first one's comparison: same kind, same metric
    ("It reduces latency by 20% on A100 and by 35% on H100.",
     [("20%", "reduction", "latency"), ("35%", "reduction", "latency")]),
    ("It reduces latency by a factor of 3 on A100 and by a factor of 2 on H100.",
     [("3", "speedup", "latency"), ("2", "speedup", "latency")]),
    ("It speeds up training by 2x on GPUs, and by 3x on TPUs.", [("2x", "speedup", "speed"), ("3x", "speedup", "speed")]),
    ("It cuts the error rate by 12% on CIFAR-10 and by 8% on STL-10.",
     [("12%", "improvement", "error rate"), ("8%", "improvement", "error rate")]),
])
def test_parallel_by_phrases_share_their_comparison(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # how often something was done is a setting, not a factor
    ("We repeat all experiments 10 times and report the mean error.", [("10 times", "setting")]),
    ("We run each configuration 5 times.", [("5 times", "setting")]),
    ("Each prompt is sampled 20 times per input.", [("20 times", "setting")]),
    ("Our model runs 5 times faster than B.", [("5 times", "speedup")]),
    # whole numbers set apart by a times sign are dimensions, however spaced
    ("Each image is 32 × 32 pixels.", [("32 × 32", "setting")]),
    ("We use 128 x 64 windows and 3 × 3 × 3 kernels.", [("128 x 64", "setting"), ("3 × 3 × 3", "setting")]),
    ("It stores 2.5 × 10^6 parameters.", [("2.5 × 10^6 parameters", "parameters")]),
])
def test_repetitions_and_spaced_dimensions(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a run of bare numbers set against as many numbers with their own metrics answers them in order
    ("Our model obtains 79.2 BLEU and 22.7% exact match accuracy, compared to previous state-of-the-art "
     "values of 67.1 and 6.1%.", [("79.2 BLEU", "BLEU"), ("22.7%", "EM"), ("67.1", "BLEU"), ("6.1%", "EM")]),
    ("It reaches 45.1 mAP and 38.2 AP50, compared with 41.0 and 35.9 for the baseline.",
     [("45.1 mAP", "mAP"), ("38.2 AP50", "AP50"), ("41.0", "mAP"), ("35.9", "AP50")]),
    ("We obtain 88.1 F1 and 80.2 EM, versus 85.3 and 77.0 for the best prior system.",
     [("88.1 F1", "F1"), ("80.2 EM", "EM"), ("85.3", "F1"), ("77.0", "EM")]),
    # ... not a run with a metric of its own
    ("We obtain 88.1 F1 and 80.2 EM, versus 85.3 and 77.0 BLEU for B.",
     [("88.1 F1", "F1"), ("80.2 EM", "EM"), ("85.3", "BLEU"), ("77.0 BLEU", "BLEU")]),
])
def test_a_run_answers_the_metrics_of_the_run_before(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a list of datasets pairs with its numbers though the gazetteer knows only some of its names
    ("It reaches mAPs of 76.6%, 97.0% and 90.5% on DOTA, FooSet-7, BarData respectively.",
     [("76.6%", "DOTA"), ("97.0%", "FooSet-7"), ("90.5%", "BarData")]),
    ("We report Recall@1 of 72.2, 90.1 and 81.4 on the CUB200, Zorp and Quux datasets, respectively.",
     [("72.2", "CUB-200-2011"), ("90.1", "Zorp"), ("81.4", "Quux")]),
    ("It gets Dice of 0.92, 0.94 and 0.88 on Kvasir-SEG, the Blorb Bowl dataset, and ISIC-2018 respectively.",
     [("0.92", "Kvasir-SEG"), ("0.94", "Blorb Bowl"), ("0.88", "ISIC 2018")]),
    # an edition alone is the known name's edition
    ("It reaches 78.9% and 76.3% mAP on PASCAL VOC 2007 and 2012 respectively.",
     [("78.9%", "PASCAL VOC"), ("76.3%", "PASCAL VOC 2012")]),
    # an amount is no member of a list of datasets
    ("It reaches 51.4 mAP on COCO and 78.1 FPS on V100, gains of 1.9 AP and 13.4% respectively.",
     [("51.4 mAP", "COCO"), ("78.1 FPS", None), ("1.9 AP", "COCO"), ("13.4%", "COCO")]),
])
def test_lists_of_datasets_hold_unknown_names(text, expected):
    assert [(c.text, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an amount in orders of magnitude is a rough one, unless a bound word says otherwise
    ("It is an order of magnitude faster than R-CNN.", [("an order of magnitude", "~")]),
    ("It runs two orders of magnitude faster.", [("two orders of magnitude", "~")]),
    ("It is up to three orders of magnitude smaller.", [("up to three orders of magnitude", "<=")]),
    ("It is 10x faster.", [("10x", "=")]),
])
def test_orders_of_magnitude_are_rough(text, expected):
    assert [(c.text, c.bound) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'by a factor of N' makes N a ratio
    ("It is faster by a factor of 3.5 than the baseline.", [("3.5", "speedup", "x")]),
    ("It cuts memory by a factor of up to 4.", [("up to 4", "reduction", "x")]),
    ("Our code ran faster by a factor ranging from 2 to 27.", [("2 to 27", "speedup", "x")]),
    # ... not a factor that is a setting's name
    ("We test the scaling factor of 8 on the task.", [("8", "other", None)]),
])
def test_a_factor_of(text, expected):
    assert [(c.text, c.kind, c.unit) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym metric in the plural
    ("It achieves WERs of 3.0%/5.2% on the two test sets.", [("3.0%", "WER"), ("5.2%", "WER")]),
    ("The two detectors reach APs of 41.2 and 43.0 respectively.", [("41.2", "AP"), ("43.0", "AP")]),
])
def test_plural_acronym_metrics(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare whole number before a word that is no cue, metric or function word counts things
    ("It reaches 74% when 7 consecutive variations are measured.", [("74%", "score"), ("7", "count")]),
    ("Sentences were presented to 25 non-native volunteers.", [("25", "count")]),
    ("The error rates match those of 13 features of the data.", [("13", "count")]),
    # ... a bare score stays a score before a preposition or a clause
    ("It gets 45 on COCO and 47 when trained longer.", [("45", "score"), ("47", "score")]),
    ("The BLEU rises to 28 while decoding stays fast.", [("28", "score")]),
])
def test_bare_whole_numbers_before_words(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a counted noun heads the nouns after it, a noun written as two words counts as one
    ("We validate it on two benchmark data sets, A and B.", [("two benchmark data sets", "count", "datasets")]),
    ("Experiments on three benchmark datasets show gains.", [("three benchmark datasets", "count", "datasets")]),
    ("The model is tested on 8 corpora.", [("8 corpora", "count", "corpora")]),
    ("We create two new data sets with labels.", [("two new data sets", "count", "datasets")]),
])
def test_compound_count_nouns(text, expected):
    assert [(c.text, c.kind, c.unit) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a list's members share the cue written after the last one
    ("The errors are about 56% and 69% lower than Horus.", [("about 56%", "reduction"), ("69%", "reduction")]),
    ("It is 12% and 30% more accurate than the baseline.", [("12%", "improvement"), ("30%", "improvement")]),
    ("Runs take 2.1x, 3.4x and 5.0x less time.", [("2.1x", "reduction"), ("3.4x", "reduction"), ("5.0x", "reduction")]),
])
def test_lists_share_a_cue_after_them(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a lone digit closing a parenthesis that none opened marks an item of an enumeration
    ("We encode terms 1) using syntax 2) we encode the equivalence 3) we prove it gains 4%.", ["4%"]),
    ("Its two steps are: 1) pruning and 2) tuning, which gain 3.1%.", ["3.1%"]),
    # ... a number in parentheses is still read
    ("It gains 3.1% (with 2 runs) on CIFAR-10.", ["3.1%", "2"]),
    # mobile generations are names
    ("The cost of 2G modules is less than that of LTE, and 5G networks are 10x faster.", ["10x"]),
    # a lone digit after the text's last full stop is a footnote's mark a PDF's text layer kept
    ("It reaches 91.2% on SST-2, a new state of the art. 1", ["91.2%"]),
    ("Our model wins on all tasks! 2\n", []),
    # ... not a number the last sentence ends on
    ("Its error rate drops from 4 to 1", ["4", "1"]),
])
def test_enumeration_marks_and_generations_are_no_amounts(text, expected):
    assert [c.text for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a metric is no compared system ('in terms of the PQ metric')
    ("It beats 2nd place by 2.6% in terms of the PQ metric.", [("2.6%", "PQ", None)]),
    # 'methods based on X' is no name; 'CNN-based methods' keeps its compound
    ("It gives 41% lower error than prior methods based on deep nets.", [("41%", "error rate", None)]),
    ("It is better (+ 0.15dB) than previous CNN-based methods.", [("+ 0.15dB", None, "CNN-based methods")]),
])
def test_what_a_compared_name_is_not(text, expected):
    assert [(c.text, c.metric, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'exceed' before a number is a bound, as 'exceeds' is ('exceeded 20%' is at least 20%)
    ("The capacity loss exceeded 20% for some cells.", [("exceeded 20%", ">=", "other")]),
    ("Its accuracy exceeds 90% on all tasks.", [("exceeds 90%", ">=", "score")]),
    # ... a comparison stays one ('exceeds X by 2%')
    ("It exceeds BERT by 2.1% on GLUE.", [("2.1%", "=", "improvement")]),
    # hardware is no model
    ("A ViT trained with 512 GPUs achieves 84.2% top-1 accuracy.", [("512 GPUs", "=", "count"), ("84.2%", "=", "score")]),
])
def test_exceeding_and_hardware(text, expected):
    assert [(c.text, c.bound, c.kind) for c in extract_claims(text)] == expected
    assert all(c.model != "GPUs" for c in extract_claims(text))


@pytest.mark.parametrize("text, expected", [
    # a name set off after a kind of system is the compared one
    ("It improves over the strongest baseline, DPO, by 4.1% in win rate.", [("4.1%", "DPO")]),
    ("It beats the best prior method, Swin-T, by 1.2% on ImageNet.", [("1.2%", "Swin-T")]),
    ("It outperforms the baselines, PPO and A2C, by 3% and 5%.", [("3%", "PPO"), ("5%", "A2C")]),
    # ... a kind of system alone names none
    ("It outperforms the strongest baseline by 4.1%.", [("4.1%", None)]),
])
def test_a_name_set_off_after_a_kind_of_system(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the system a metric is of, just before the number
    ("Our approach improves the accuracy of Mistral-7B from 40.2% to 52.8% on MATH.",
     [("40.2%", "Mistral-7B"), ("52.8%", "Mistral-7B")]),
    ("We raise the F1 of BERT-base to 88.5 on SQuAD.", [("88.5", "BERT-base")]),
    # a name opening the sentence, then a participle, is the subject of the verb before the number
    ("Llama-3-8B fine-tuned with our method reaches 72.1% on GSM8K.", [("72.1%", "Llama-3-8B")]),
    ("ResNet-50 trained with our augmentation achieves 79.1% top-1 accuracy.", [("79.1%", "ResNet-50")]),
    # a system's name in lower case as the subject
    ("With only 1.3B parameters, phi-1 achieves 50.6% pass@1 on HumanEval.",
     [("1.3B parameters", None), ("50.6%", "phi-1")]),
    # ... not a metric or a method's kind
    ("Our k-means scores 40% on the task.", [("40%", None)]),
])
def test_the_system_a_number_is_of(text, expected):
    assert [(c.text, c.model) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a hyphenated modifier is one word between a number and its noun
    ("We collect 66 feature-length movies.", [("66 feature-length movies", "data_size")]),
    ("It holds 80,654 hand-annotated examples.", [("80,654 hand-annotated examples", "data_size")]),
    ("We test on five real-world medical datasets.", [("five real-world medical datasets", "count")]),
    # data items of other kinds
    ("The corpus has 12,000 utterances from 40 speakers.", [("12,000 utterances", "data_size"), ("40 speakers", "data_size")]),
])
def test_data_items_after_modifiers(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # what a reducing word speaks of may stand before it, as its subject
    ("Accuracy drops by only 0.3% after pruning.", [("0.3%", "improvement", "accuracy")]),
    ("The memory footprint falls by 40%.", [("40%", "reduction", "memory")]),
    ("Parameters are reduced by 35% with no loss.", [("35%", "reduction", "parameters")]),
    # 'retaining N% of' states a share kept, not a cut
    ("It cuts the number of tokens by 60% while retaining 98% of the performance.",
     [("60%", "reduction", "tokens"), ("98%", "score", None)]),
    ("The pruned model retains 97.5% of the original accuracy.", [("97.5%", "score", "accuracy")]),
])
def test_reductions_and_shares_kept(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a context length is a setting, not a speed-up nor a result
    ("It is 2.3x faster at 128K context.", [("2.3x", "speedup"), ("128K context", "setting")]),
    ("Models are evaluated with 32K contexts.", [("32K contexts", "setting")]),
])
def test_context_lengths_are_settings(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


def test_big_bench_hard_is_not_big_bench():
    assert [c.dataset for c in extract_claims("It gains 4.5 points on BBH.")] == ["BBH"]


@pytest.mark.parametrize("text, expected", [
    # a dataset's or challenge's name before 'baseline' names the system compared with
    ("It outperforms the DNS-Challenge baseline by 0.24 points in MOS.", [("0.24 points", "DNS-Challenge baseline")]),
    ("It beats the SemEval baseline by 12% in F1.", [("12%", "SemEval baseline")]),
    # ... a dataset alone is none
    ("It outperforms prior work on ImageNet by 2%.", [("2%", None)]),
])
def test_baselines_named_for_a_dataset(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a metric opening a parenthesis right after the number says what the number is
    ("We obtain a baseline accuracy of 53.1 (F-score on AMR triples).", [("53.1", "F1")]),
    ("It reaches 28.4 (BLEU) on WMT14.", [("28.4", "BLEU")]),
    # 'in terms of <metric>' after the number names its metric
    ("It beats the baseline by 0.24 points absolute in terms of the mean opinion score (MOS).", [("0.24 points", "MOS")]),
    # a setting named by its noun
    ("We use a 1001-layer ResNet in the 5-shot setting.", [("1001-layer", "depth"), ("5-shot", "shots")]),
    # a scale word without a number reads like any amount ('millions of parameters (...)')
    ("The model has millions of parameters (about 31 million).", [("millions of parameters", "parameters"),
                                                                  ("about 31 million", "parameters")]),
])
def test_metrics_glossed_after_the_number(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the system named before 'on <dataset> (<number>)' is the number's
    ("We report results using a 1001-layer ResNet on CIFAR-10 (4.62% error) and CIFAR-100.", [("4.62%", "ResNet")]),
    ("Our DenseNet-BC on SVHN (1.74% error) sets a record.", [("1.74%", "DenseNet-BC")]),
    ("We test on COCO (45.2 AP).", [("45.2 AP", None)]),
])
def test_model_before_a_dataset_and_its_number(text, expected):
    assert [(c.text, c.model) for c in extract_claims(text) if c.kind == "score"] == expected


@pytest.mark.parametrize("text, expected", [
    # a count of wins has the system it beats
    ("Our model beats the InferSent model in 8 out of 10 probing tasks.",
     [("8 out of 10 probing tasks", "InferSent model", None)]),
    ("It outperforms BERT on 7 out of 9 GLUE tasks.", [("7 out of 9 GLUE tasks", "BERT", None)]),
    # a count of datasets is measured on none of them
    ("We evaluated our model on two datasets Market 1501 and Duke MTMC.", [("two datasets", None, None)]),
    ("It wins on 27 out of 29 experiments.", [("27 out of 29 experiments", None, None)]),
])
def test_counts_of_wins_and_of_datasets(text, expected):
    assert [(c.text, c.baseline, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the two sides of a comparison of scores share the kind and the metric
    ("It reaches 90.9% on RACE (compared to an accuracy of 89.4%).",
     [("90.9%", "score", "accuracy"), ("89.4%", "score", "accuracy")]),
    ("It gets 73.2% vs. 54.7% accuracy for TransE.", [("73.2%", "score", "accuracy"), ("54.7%", "score", "accuracy")]),
    # ... and two plain results set against each other with no metric named
    ("The model clearly beats prior work (73.1% vs 60.9%).", [("73.1%", "score", None), ("60.9%", "score", None)]),
    ("Raters prefer ours (0.61 versus 0.39).", [("0.61", "score", None), ("0.39", "score", None)]),
    ("In a blind test, ours is chosen more often (64% vs. 36%).", [("64%", "score", None), ("36%", "score", None)]),
    # ... a share of data named after a score is no side of it
    ("It achieves 85.3% accuracy with only 10% of the labels.", [("85.3%", "score", "accuracy"), ("10%", "data_size", None)]),
    # a count is no side of a comparison the words after it make
    ("Since 9 out of 10 mentioned it, beliefs contrast with recommendations.", [("9 out of 10", "count", None)]),
])
def test_sides_of_a_comparison(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected
    assert all(c.baseline is None for c in extract_claims(text))


@pytest.mark.parametrize("text, expected", [
    # 'outperforms A by N and B by M': each number has the name before its 'by'
    ("It outperforms BERT by 2.1% and RoBERTa by 0.9% on GLUE.", [("2.1%", "BERT"), ("0.9%", "RoBERTa")]),
    ("It beats InferSent on 7 out of 10 and SkipThought on 8 out of 9 tasks.",
     [("7 out of 10", "InferSent"), ("8 out of 9 tasks", "SkipThought")]),
    # ... one name and two numbers: both its
    ("It beats ResNet-50 by 2% and 3% on the two tasks.", [("2%", "ResNet-50"), ("3%", "ResNet-50")]),
])
def test_each_number_with_its_compared_name(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text) if c.baseline or c.kind != "count"] == expected


@pytest.mark.parametrize("text, expected", [
    # a plural of a kind of system with no name in it is a class, not a compared system
    ("It outperforms state-of-the-art continual learning methods by 15%.", [("15%", None)]),
    ("It beats existing compression frameworks by 3x in ratio.", [("3x", None)]),
    # ... a name in it, or one system, stays
    ("It beats previous CNN-based methods by 2%.", [("2%", "CNN-based methods")]),
    ("It is 2x faster than the dense model.", [("2x", "dense model")]),
])
def test_classes_of_systems_are_no_baseline(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a dataset fronted in an 'on' phrase frames every number of its sentence, costs too
    ("On COCO, it runs 2x faster than DETR.", [("2x", "COCO")]),
    ("In particular, on the ImageNet-1K dataset, our net needs 26% fewer parameters.", [("26%", "ImageNet-1K")]),
    # ... a dataset that is no such frame does not
    ("Trained on COCO and LVIS, it runs 2x faster.", [("2x", None)]),
    ("Compared to DETR, it runs 2x faster on A100 GPUs.", [("2x", None)]),
])
def test_a_fronted_dataset_frames_its_sentence(text, expected):
    assert [(c.text, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a dataset in a number's own stretch between commas is its, before one in the next stretch
    ("It pushes the F1 score on SQuAD v1.1 to 93.0, the accuracy on SNLI to 91.7.", [("93.0", "SQuAD"), ("91.7", "SNLI")]),
    ("We improve the state of the art on enwik8 from 0.99 to 0.94 bpc, text8 from 1.08 to 1.04 bpc.",
     [("0.99", "enwik8"), ("0.94 bpc", "enwik8"), ("1.08", "text8"), ("1.04 bpc", "text8")]),
    ("It achieves 45 AP on COCO, 47 AP on LVIS.", [("45 AP", "COCO"), ("47 AP", "LVIS")]),
])
def test_datasets_in_a_numbers_own_stretch(text, expected):
    assert [(c.text, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, datasets", [
    # 'N datasets, A and B, ...': a list set off by commas after a dataset head
    ("We evaluate on two benchmarks, WikiQA and TREC-QA, achieving 92% and 94.3%.", ["WikiQA", "TREC-QA"]),
    ("We use three datasets, CIFAR-10, SVHN and Tiny Faces.", ["CIFAR-10", "SVHN", "Tiny Faces"]),
    # ... not a clause after the comma
    ("Across datasets, Adam and SGD behave alike.", []),
    ("On both datasets, we train faster.", []),
])
def test_a_list_of_datasets_set_off_by_commas(text, datasets):
    assert extract_papers([{"id": "p", "abstract": text}]).loc[0, "datasets"] == datasets


@pytest.mark.parametrize("text, expected", [
    # a '+' glued after a number means at least that many
    ("The dataset has 12,000+ document images.", [("12,000+ document images", "data_size", ">=")]),
    ("It covers 100+ languages.", [("100+ languages", "count", ">=")]),
    ("We release 1M+ images.", [("1M+ images", "data_size", ">=")]),
    # a version after a name is part of the name
    ("We combine it with wav2vec 2.0 for speech.", []),
    ("We use YOLOv5 6.1 as the detector.", []),
    # a sentence that ends with no space after it
    ("It passes at a rate up to 80%.[The data are public]", [("up to 80%", "other", "<=")]),
])
def test_at_least_versions_and_glued_sentence_ends(text, expected):
    assert [(c.text, c.kind, c.bound) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'by/for (the) NAME', a name before 'model' or 'framework' as the subject, hyphenated names whole
    ("The best baseline accuracy is 67.5% by the BERT-Large model.", [("67.5%", "BERT-Large")]),
    ("The CNN-Att model achieves an F1 of 0.537 on the test set.", [("0.537", "CNN-Att")]),
    ("The XNet framework obtains 45.1 AP on COCO.", [("45.1 AP", "XNet")]),
    # people's results are the humans'
    ("There is a large gap compared to human performance (94.4% accuracy).", [("94.4%", "humans")]),
    ("While humans can solve them with high accuracy (88%), models struggle.", [("88%", "humans")]),
    ("Human accuracy is 91.2%, while BERT reaches 70.1%.", [("91.2%", "humans"), ("70.1%", "BERT")]),
    ("Humans achieve 95% on the task, and a tuned model gets 70.1%.", [("95%", "humans"), ("70.1%", None)]),
    ("It beats human performance by 2.0 points.", [("2.0 points", None)]),
])
def test_whose_result_it_is(text, expected):
    assert [(c.text, c.model) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'at N <metric>' is the score reached, not a gain; 'at 50% sparsity' or 'at 1% accuracy loss' are not
    ("Our method outperforms all previous works at 87.1% mAP on VeRi.", [("87.1%", "score")]),
    ("It beats the baseline at 45.2 AP with fewer FLOPs.", [("45.2 AP", "score")]),
    ("It surpasses prior methods, at 76.3% top-1 accuracy.", [("76.3%", "score")]),
    # the value of a result that is no metric
    ("However, human performance (86.8%) is much higher.", [("86.8%", "score")]),
    ("It reaches 54.5%, compared to human performance at 85.0%.", [("54.5%", "score"), ("85.0%", "score")]),
    ("The frame can boost classification performance up to 16.7%.", [("up to 16.7%", "improvement")]),
])
def test_scores_reached_at_and_of_results(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text", ["It achieves a 2x speedup at 1% accuracy loss.",
                                  "Accuracy drops by 2% at 50% sparsity."])
def test_a_cost_or_setting_after_at_is_no_score(text):
    after = [c for c in extract_claims(text) if c.start > text.index(" at ")]
    assert after and all(c.kind != "score" for c in after)


@pytest.mark.parametrize("text, expected", [
    # a metric written once after a list reaches every member, whatever the sentence before named
    ("A loss is proposed for better adaptation performance. The framework achieves improvements of "
     "14.4%, 18.2%, 13.4% and 16.4% mAP on the four tasks.", ["mAP"] * 4),
    ("It was tuned for speed. Gains are 1.1%, 0.6%, 0.4% and 0.2% top-1 accuracy.", ["top-1 accuracy"] * 4),
])
def test_a_metric_after_a_list_reaches_every_member(text, expected):
    assert [c.metric for c in extract_claims(text) if c.unit == "%"] == expected


@pytest.mark.parametrize("text, expected", [
    # a noun for a kind of system is no baseline; one with a name in it is ('the Fast-RCNN pipeline')
    ("It gets a 10% improvement over the previous state-of-the-art parser on WSJ.", [("10%", None)]),
    ("It yields a 3% error reduction over prior schemes that use larger networks.", [("3%", None)]),
    ("It indicates a 2.3% mAP boost on VOC07 compared to the Fast-RCNN pipeline.", [("2.3%", "Fast-RCNN pipeline")]),
    ("It performs better (+ 0.15 dB on A and + 0.39 dB on B) and is faster than CNN-based methods.",
     [("+ 0.15 dB", "CNN-based methods"), ("+ 0.39 dB", "CNN-based methods")]),
])
def test_kinds_of_systems_and_closing_comparisons(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text) if c.kind == "improvement"] == expected


def test_a_name_spelled_like_a_generic_noun_is_a_name():
    assert [c.model for c in extract_claims("On COCO, DetectoRS achieves 55.7% box AP.")] == ["DetectoRS"]


@pytest.mark.parametrize("text, expected", [
    # each gain takes the metric 'in terms of' names after it; 'score' after a metric is its noun, no cue
    ("X outperforms the prior model by 2.51 points in terms of Content F1 score and 1.00 points in terms "
     "of Rouge-L score.", [("2.51 points", "improvement", "F1"), ("1.00 points", "improvement", "ROUGE-L")]),
    ("It beats the baseline by 2.1 points in terms of BLEU and 1.3 points in terms of METEOR.",
     [("2.1 points", "improvement", "BLEU"), ("1.3 points", "improvement", "METEOR")]),
    # an acronym that reads as a word may be written as one
    ("It reaches a Rouge-2 of 40.1 and a Bleu of 30.2.", [("40.1", "score", "ROUGE-2"), ("30.2", "score", "BLEU")]),
    # ... while a verb after a metric stays a cue
    ("Their best accuracy reaches 54.5% on the test set.", [("54.5%", "score", "accuracy")]),
    # a number word that is a noun inside a name is no list member
    ("We obtain a baseline accuracy of 53.1 (F-score on AMR-triples).", [("53.1", "score", "F1")]),
])
def test_metrics_named_after_each_gain(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


def test_no_unit_shared_in_a_list_where_it_gives_no_amount():
    # 16.3M orders of magnitude is no number: the list's unit is not taken
    assert [(c.text, c.value) for c in extract_claims("16.3M | an order of magnitude")][:1] == [("16.3M", 16300000.0)]


@pytest.mark.parametrize("text, expected", [
    # a verb left out after a comma: 'cuts A by x, B by y' gives each number the verb's kind and its own noun
    ("It cuts memory by 30%, latency by 20%, and energy by 10%.",
     [("30%", "reduction", "memory"), ("20%", "reduction", "latency"), ("10%", "reduction", "energy")]),
    ("TIP improves accuracy by 7%+, time efficiency by 83, and space efficiency by 3.",
     [("7%+", "improvement", "accuracy"), ("83", "improvement", None), ("3", "improvement", None)]),
    # ... but a comparison after the comma is no measure
    ("It wins on all four, outperforming existing baselines by up to 2.6% in absolute F1 score.",
     [("up to 2.6%", "improvement", "F1")]),
    # members before one that has its own metric right after it share it
    ("We report results on HMDB51 and UCF101 with 85.10% and 98.69% top-1 accuracy, respectively.",
     [("85.10%", "score", "top-1 accuracy"), ("98.69%", "score", "top-1 accuracy")]),
    ("The method improves rank-1 identification rates by 2.2%, 4.88% and 31.55%, respectively.",
     [("2.2%", "improvement", "rank-1 accuracy"), ("4.88%", "improvement", "rank-1 accuracy"),
      ("31.55%", "improvement", "rank-1 accuracy")]),
    ("We obtain significant improvements (5.99-28.23% lift by F1 scores).", [("5.99-28.23%", "improvement", "F1")]),
])
def test_gapped_comparisons_and_lists(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


def test_a_phrase_around_state_of_the_art_names_no_system():
    claims = extract_claims("It outperforms related state-of-the-art methods (22% MRR improvement).")
    assert [(c.text, c.baseline) for c in claims] == [("22%", None)]


@pytest.mark.parametrize("text, expected", [
    # a metric right after the number says what it is: a setting word farther away does not
    ("It gets 99.4% accuracy on a record-wise split, and 97.8% classification accuracy on a patient-wise split.",
     [("99.4%", "score", "accuracy"), ("97.8%", "score", "accuracy")]),
    ("We report gains (by 0.29 F1 points on cue detection and 4.27 F1 points on scope resolution).",
     [("0.29 F1", "improvement", "F1"), ("4.27 F1", "improvement", "F1")]),
    # 'top 5 accuracy', 'top one accuracy': the number names the metric
    ("It reaches 80.1% top 5 accuracy.", [("80.1%", "score", "top-5 accuracy")]),
    ("Current methods achieve only 67% top one classification accuracy.", [("67%", "score", "accuracy")]),
])
def test_the_metric_right_after_a_number(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an ordinal is no amount to step over ('the second best result'); an adverb ends a compared name
    ("It ranked first, surpassing the second best result by more than 22%.", [("more than 22%", None)]),
    ("It outperforms feature-engineered approaches slightly and neural approaches by 15%.", [("15%", None)]),
    ("It outperforms the standard triplet loss substantially by 1%-18%.", [("1%-18%", "triplet loss")]),
])
def test_where_a_compared_name_stops(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, model", [
    # the method a cue introduces after 'in this paper'; past tenses make a subject too
    ("We present in this paper ByteCover, a method for cover song identification (CSI). We add instance "
     "normalization (IN). It gains 18.0% on the test set.", "ByteCover"),
    ("In the test, XNet outperformed the best competitive system by 18.0%.", "XNet"),
    ("On the benchmark, YNet obtained 18.0% more hits.", "YNet"),
])
def test_the_method_after_in_this_paper_and_past_subjects(text, model):
    assert [c.model for c in extract_claims(text) if "18.0%" in c.text] == [model]


@pytest.mark.parametrize("text, expected", [
    # 'by an average of N' is a gain as 'by N' is; 'others' names no system
    ("The algorithm outperforms others, such as those based on Nelder-Mead, by an average of 30% to 40%.",
     [("30% to 40%", "improvement", None)]),
    ("It beats XNet by a total of 12 points.", [("12 points", "improvement", "XNet")]),
    ("Prices go up by an average of 15%.", [("15%", "improvement", None)]),
])
def test_by_an_average_of(text, expected):
    assert [(c.text, c.kind, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the name after 'such as' a kind of system; a participle after a system noun ends the name
    ("It reduces the error by about 56% compared to schemes such as Horus.", [("about 56%", "Horus")]),
    ("It gives a 20% gain when compared to the classic caching methods used in ICN.", [("20%", None)]),
    ("It beats the existing best system backed by NMT by 1.0 BLEU.", [("1.0 BLEU", None)]),
])
def test_examples_and_participles_in_compared_names(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a score whose sentence names only a vague word ('performance') takes the metric of the sentence before
    ("We obtain a baseline of 53.1 (F-score on AMR triples). Reordering branches increases performance to 58.3.",
     [("53.1", "F1"), ("58.3", "F1")]),
    # a metric's word inside a task or a term names no metric
    ("The error correction model learns fluency. It reaches a human-level performance of 72.6.", [("72.6", None)]),
    ("The plot shows error bars of +1%.", [("+1%", None)]),
    ("Our approach achieves 75.72 (F 0.5) on CoNLL-2014.", [("75.72", "F0.5")]),
    ("It reaches 1.20 BPC on enwik8.", [("1.20 BPC", "bits per character")]),
])
def test_vague_and_false_metric_mentions(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, model", [
    # a hyphenated name after a method cue is read whole; a compound modifier is no name
    ("Further, we introduce NT-ASGD, a variant of averaged SGD. We reach a perplexity of 57.3.", "NT-ASGD"),
    ("We propose SAM-Adapter, a light module. It reaches 57.3 mIoU.", "SAM-Adapter"),
    ("We propose LSTM-based taggers for it. They reach 57.3 F1.", None),
])
def test_hyphenated_method_names(text, model):
    assert [c.model for c in extract_claims(text) if "57.3" in c.text] == [model]


@pytest.mark.parametrize("text, expected", [
    # an acronym the text defines as something else is not the metric it abbreviates elsewhere
    ("Speech super-resolution (SR) is a task. It beats X by 8% on spectral distance.", [("8%", None)]),
    ("The success rate (SR) of our agent is 85%.", [("85%", "success rate")]),
    ("Our agent's SR is 85%.", [("85%", "success rate")]),
    # plural errors, graphs as data
    ("We obtain more than 50% lower reconstruction errors.", [("more than 50%", "error rate")]),
])
def test_acronyms_defined_otherwise(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


def test_graphs_are_data():
    assert [(c.text, c.kind) for c in extract_claims("The dataset contains 3.8 million molecular graphs.")] \
        == [("3.8 million molecular graphs", "data_size")]


@pytest.mark.parametrize("text, expected", [
    # an acronym defined by a metric's words is that metric ('MR' is also the mean rank elsewhere)
    ("It brings the log-average miss rate (MR) down to under 25%.", [("under 25%", "miss rate")]),
    ("It reaches a positive predictive value of 96.5% and a sensitivity of 97.4%.",
     [("96.5%", "precision"), ("97.4%", "recall")]),
])
def test_acronyms_defined_as_metrics(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, model", [
    # the subject right before the verb outweighs a variant of the method named earlier; hyphenated whole
    ("PaCo helps. On ImageNet, our ResNet-200 achieves 81.8% top-1 accuracy with PaCo loss.", "ResNet-200"),
    ("ERNIE-ViL achieves the best results, with a gain of 81.8% on VCR.", "ERNIE-ViL"),
    ("For Kvasir-SEG, HarDNet-MSEG delivers 81.8% mean Dice.", "HarDNet-MSEG"),
])
def test_the_subject_before_the_verb(text, model):
    assert [c.model for c in extract_claims(text) if "81.8" in c.text] == [model]


@pytest.mark.parametrize("text, expected", [
    # a number on data no name names ('on our dataset') is not measured on the benchmark named before it
    ("It gets an F1 of 0.537 on MIMIC-III and 0.485 on our dataset.", [("0.537", "MIMIC-III"), ("0.485", None)]),
    ("It reaches 80.1% on CIFAR-10 and 75.2% on the proposed benchmark.", [("80.1%", "CIFAR-10"), ("75.2%", None)]),
    ("It reaches 80.1% on CIFAR-10 and 75.2% on our CIFAR-100 split.", [("80.1%", "CIFAR-10"), ("75.2%", "CIFAR-100")]),
])
def test_numbers_on_unnamed_data(text, expected):
    assert [(c.text, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a run of numbers that says 'respectively' pairs with its nearest list of datasets, though an
    # earlier run is nearer to that list
    ("It gets 86.4% and 76.7% accuracy on CIFAR-10 and CIFAR-100, beating ResNet by 1.2% and 2.4% respectively.",
     [("86.4%", "CIFAR-10"), ("76.7%", "CIFAR-100"), ("1.2%", "CIFAR-10"), ("2.4%", "CIFAR-100")]),
    ("We reach 81.2 and 64.0 mAP on VOC and COCO, improving over SSD by 3.1 and 2.2, respectively.",
     [("81.2", "PASCAL VOC"), ("64.0 mAP", "COCO"), ("3.1", "PASCAL VOC"), ("2.2", "COCO")]),
    # the two runs of 'from A to B' share one list
    ("Accuracy on CIFAR-10 and CIFAR-100 goes from 90.1% and 70.2% to 92.3% and 73.0%.",
     [("90.1%", "CIFAR-10"), ("70.2%", "CIFAR-100"), ("92.3%", "CIFAR-10"), ("73.0%", "CIFAR-100")]),
])
def test_runs_of_numbers_share_a_list_of_datasets(text, expected):
    assert [(c.text, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The scores improve from 71.7%/77.6%/91.9% (mIoU/mAcc/OA) to 72.2%/78.2%/91.4%.",
     ["mIoU", "mAcc", "accuracy", "mIoU", "mAcc", "accuracy"]),
    ("The scores rise from 40.1/60.2 (AP/mIoU) to 41.3/61.0.", ["AP", "mIoU", "AP", "mIoU"]),
    ("It goes from 30.5 and 71.2 to 31.0 and 72.9 in BLEU and accuracy respectively.",
     ["BLEU", "accuracy", "BLEU", "accuracy"]),
])
def test_from_to_lists_share_their_metrics(text, expected):
    assert [c.metric for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a number before a verb of change that leads to the new value is the old value, a score
    ("Error rates that were 14% a few years ago have dropped to 8.0%.", [("14%", "score"), ("8.0%", "score")]),
    ("An accuracy of 70.1% rose to 75.3% with our loss.", [("70.1%", "score"), ("75.3%", "score")]),
    ("The baseline's 2.1 BLEU improves to 4.5 BLEU.", [("2.1 BLEU", "score"), ("4.5 BLEU", "score")]),
    # a noun of change is the change itself
    ("We obtain a 14% reduction to 8 GB.", [("14%", "reduction"), ("8 GB", "memory")]),
    ("A 3% gain to 80% accuracy follows.", [("3%", "improvement"), ("80%", "score")]),
    # 'rises', 'jumped', 'dropped' name changes as 'increases' does
    ("Parameters drop by 30%, while accuracy rises by 1.1%.", [("30%", "reduction"), ("1.1%", "improvement")]),
    ("Accuracy jumped by 4.2 points.", [("4.2 points", "improvement")]),
])
def test_values_before_and_after_a_change(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalized cue word is part of a system's name before it ('Faster R-CNN') or after a capital
    ("Our detector outperforms Faster R-CNN by 3.1% mAP.", [("3.1%", "improvement", "Faster R-CNN")]),
    ("We beat Faster RCNN by 2.0 AP.", [("2.0 AP", "improvement", "Faster RCNN")]),
    ("Cores were taken at station 412 on the Kings Rise.", [("412", "other", None)]),
    # not before a metric
    ("Higher mAP by 3.1% than YOLOv3 is reached.", [("3.1%", "improvement", "YOLOv3")]),
])
def test_cue_words_inside_names(text, expected):
    assert [(c.text, c.kind, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name with its scores in parentheses, in a list with a known dataset, is a dataset too
    ("It sets new records on FOOQA (0.79 0.84), BARDOC (0.94 0.96) and DocVQA (0.95 0.97).",
     ["FOOQA", "FOOQA", "BARDOC", "BARDOC", "DocVQA", "DocVQA"]),
    ("It is best on four benchmarks: MSR-VTT (51.4%), ZORBVID (66.6%), MSVD (51.8%), and DiDeMo (52.0%).",
     [None, "MSR-VTT", "ZORBVID", "MSVD", "DiDeMo"]),
    ("It sets records on COCO (45.1 AP), ZORB (51.2 AP) and FOOBAR (50.0 AP).", ["COCO", "ZORB", "FOOBAR"]),
    # a hyphenated name is read whole; one that goes on into a sentence is no list member
    ("It matches the best results on MNIST (0.4% error) and ZORB-small (2.2% error).", ["MNIST", "ZORB-small"]),
    ("We test on CIFAR-10 and Zorb-Bench, reaching 91.2% and 80.1% accuracy.", ["CIFAR-10", "Zorb-Bench"]),
    ("On CIFAR-10 and Zorb-Net delivers 80.1% accuracy.", ["CIFAR-10"]),
])
def test_names_listed_with_their_scores(text, expected):
    assert [c.dataset for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym right after a score and before a preposition or a list mark names the score's metric
    ("The tracker achieves 88.2% MODA on the Wildtrack benchmark.", [("88.2%", "MODA")]),
    ("It gets 69.4% HOTA on DanceTrack and 52.8% TETA on BDD100K.", [("69.4%", "HOTA"), ("52.8%", "TETA")]),
    ("Our model reaches 63.5 J\\&F and 64.8 J\\&F on the two sets.",
     [("63.5 J\\&F", "J&F"), ("64.8 J\\&F", "J&F")]),
    # not a plural, a whole number of things, or a listed dataset's name
    ("It trains with 2.5 GPUs on average.", [("2.5 GPUs", None)]),
    ("We pre-train on 10.5% COCO and 5% VOC.", [("10.5%", None), ("5%", None)]),
])
def test_an_acronym_after_a_score_names_its_metric(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a gain and the score it leads to are two claims, not a range, nor are two metrics' values
    ("It improves by +1.5 mIoU to 61.4 mIoU.", [("+1.5 mIoU", "improvement"), ("61.4 mIoU", "score")]),
    ("Scores go from 40.1 AP to 61.4 mIoU.", [("40.1 AP", "score"), ("61.4 mIoU", "score")]),
    ("Scores range from 40 mAP to 50 mAP.", [("40 mAP to 50 mAP", "score")]),
    # 'from' before a list of numbers keeps its members apart from 'to'
    ("Accuracy goes from 90.1% and 70.2% to 92.3% and 73.0%.",
     [("90.1%", "score"), ("70.2%", "score"), ("92.3%", "score"), ("73.0%", "score")]),
])
def test_ranges_and_changes(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a metric glued by '/' to the next value: 'mIoU/273.6 FPS' (but 'ViT-B/16' stays a name)
    ("It achieves 72.0% mIoU/273.6 FPS on a GPU.", [("72.0%", "mIoU"), ("273.6 FPS", "throughput")]),
    ("It gets 40.1 AP/50.2 AR on COCO.", [("40.1 AP", "AP"), ("50.2 AR", "AR")]),
    ("ViT-B/16 reaches 81.2% top-1 accuracy.", [("81.2%", "top-1 accuracy")]),
    # a vague word is no metric for a list member to keep
    ("It performs best with a 71.4% and 87.2% top-1 accuracy.",
     [("71.4%", "top-1 accuracy"), ("87.2%", "top-1 accuracy")]),
    ("It reaches 85.1% mAP / 87.2% rank1.", [("85.1%", "mAP"), ("87.2%", "rank-1 accuracy")]),
])
def test_values_glued_to_metrics(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym in parentheses right before a head, spelling out the words before it, names the data
    ("It reaches 99.4% accuracy on the Denver Intensity of Spontaneous Facial Action (DISFA) database.",
     [("99.4%", "DISFA")]),
    ("We collect a Long Video Question (LVQ) benchmark and reach 41.2% accuracy.", [("41.2%", "LVQ")]),
    ("Using the CNN (VGG) dataset features, it gets 70% accuracy.", [("70%", None)]),
    # a name and words that describe the data before the head, after 'on'
    ("MCF is best on Caltech pedestrian dataset (10.40% miss rate).", [("10.40%", "Caltech")]),
])
def test_datasets_named_before_their_head(text, expected):
    assert [(c.text, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name in quotes after a method cue or before the subject's verb
    ("Our proposed “DeepLab” system sets a new record, reaching 79.7% mIoU.", "DeepLab"),
    ('We propose "FooNet", a fast detector that reaches 40.1 AP.', "FooNet"),
    ("We introduce ‘ZorbGAN’, which gets an FID of 7.1.", "ZorbGAN"),
])
def test_quoted_method_names(text, expected):
    assert [c.model for c in extract_claims(text)] == [expected]


@pytest.mark.parametrize("text", [
    "It surpasses the previously reported state of the art performance on OntoNotes by 2.13 F1 points.",
    "It beats the state of the art by 2.1 points.",
    "Our model outperforms the current state-of-the-art approaches by 3.2%.",
])
def test_the_state_of_the_art_is_no_baseline(text):
    assert [c.baseline for c in extract_claims(text)] == [None]


@pytest.mark.parametrize("text, expected", [
    # a spaced 'K' is kelvin unless a plural or a dataset's head follows it: then it scales the number
    ("It was cooled to 91 K before the test.", [("91 K", 91.0, "K")]),
    ("The temperature is up to 700 K higher than predicted.", [("up to 700 K", 700.0, "K")]),
    ("We gather correspondences for 50 K persons.", [("50 K", 50000.0, None)]),
    ("We collect 570 K pairs of sentences.", [("570 K pairs", 570000.0, "samples")]),
    ("We also test on an ImageNet - 5 K set.", []),
])
def test_kelvin_or_thousands(text, expected):
    assert [(c.text, c.value, c.unit) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'respectively' after a run of numbers on data its sentence does not name: the list the sentence
    # before gives
    ("We test on MNIST, KMNIST and CIFAR-10. We get FIDs of 37.5, 59.2 and 120.5 on the above datasets respectively.",
     ["MNIST", "KMNIST", "CIFAR-10"]),
    ("Experiments use SVHN and STL-10. Accuracies reach 96.1% and 81.0% on these benchmarks, respectively.",
     ["SVHN", "STL-10"]),
    # no 'respectively': nothing is paired across sentences
    ("We test on MNIST and CIFAR-10. We get FIDs of 37.5 and 120.5 in all.", [None, None]),
])
def test_respectively_reaches_the_sentence_before(text, expected):
    assert [c.dataset for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name in capitals before 'score of' names the metric
    ("It reaches a localization AUCROC score of 98.8% and PRO score of 97.1%.", ["AUCROC", "PRO"]),
    ("The model gets an EMR score of 61.0 on the test set.", ["EMR"]),
    # 'the above X' is no comparison
    ("We get 37.5 on the above benchmarks.", [None]),
])
def test_names_before_score_of(text, expected):
    assert [c.metric for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a physical unit's name in title case before a model's name is a brand, not the unit
    ("All runs use one Tesla V100 GPU with 16 GB of memory.", [("16 GB", "B")]),
    ("The magnet reaches 3 tesla in the bore.", [("3 tesla", "tesla")]),
    ("The town is 10 Kilometers away.", [("10 Kilometers", "km")]),
])
def test_unit_names_and_brands(text, expected):
    assert [(c.text, c.unit) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a physical amount is measured on a dataset named right after it, not on one named elsewhere
    ("Using the SGTE database, phases are predicted at 600 °C.", [None]),
    ("The mean joint error is 25.8 mm on Human3.6M.", ["Human3.6M"]),
    ("On the COCO dataset it reaches 45.1 AP.", ["COCO"]),
])
def test_where_a_physical_amount_is_measured(text, expected):
    assert [c.dataset for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'Our model, X, ...' names the paper's method, as 'a model called X' does
    ("Our model, Jasper, uses 1D convolutions. We add an optimizer called NovoGrad. We get 2.95% WER.", ["Jasper"]),
    ("Our approach, Masque, gets 40.1 BLEU.", ["Masque"]),
    ("Our method, trained on COCO, reaches 40.1 AP.", [None]),
])
def test_an_appositive_names_the_method(text, expected):
    assert [c.model for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'N <metric> at <amount> for X': X's number, before a name that opens the parenthesis
    ("It beats YOLOv3 (34.4% AP at 30ms for ZorbNet-S compared to 33.0% AP at 39ms for YOLOv3).",
     [("34.4%", "ZorbNet-S"), ("30ms", "ZorbNet-S"), ("33.0%", "YOLOv3"), ("39ms", "YOLOv3")]),
    ("We get 3.0% for T5-Base and 4.1% BLEU for T5-Large.", [("3.0%", "T5-Base"), ("4.1%", "T5-Large")]),
    ("ZorbNet gets 45.6% mIoU for 5-shot segmentation.", [("45.6%", "ZorbNet"), ("5-shot", "ZorbNet")]),
])
def test_the_system_named_after_a_number(text, expected):
    assert [(c.text, c.model) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'improving the <measure> of X by N': X is what the gain is over
    ("It improves the efficiency of CornerNet by 6.0x on COCO.", ["CornerNet"]),
    ("Our loss raises the accuracy of BERT-Large by 2.1%.", ["BERT-Large"]),
    ("It improves the accuracy of the model by 2%.", [None]),
])
def test_a_gain_on_a_named_systems_measure(text, expected):
    assert [c.baseline for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a metric defined by its name and acronym right before 'of N', and named by the acronym later
    ("It reaches an Optimal Dataset Scale (ODS) of 0.752. Later we reach an ODS of 0.824.", ["ODS", "ODS"]),
    ("We report a Mean Rank Error (MRE) of 3.1 on the test set.", ["MRE"]),
])
def test_a_metric_defined_before_of(text, expected):
    assert [c.metric for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # scores with their gains in parentheses: each score a score, each gain a gain
    ("It raises the results on the three datasets to 49.4 (+1.0), 60.2 (+0.6) and 68.9 (+1.1), respectively.",
     [("three datasets", "count"), ("49.4", "score"), ("+1.0", "improvement"), ("60.2", "score"),
      ("+0.6", "improvement"), ("68.9", "score"), ("+1.1", "improvement")]),
    # a factor before a size comparative compares sizes, not speeds
    ("The new graph is more than 5 times larger than Reddit.", [("more than 5 times", "other")]),
    ("It matches training from scratch on 100x more data.", [("100x", "other")]),
    ("Our search is up to 5 times more efficient than random search.", [("up to 5 times", "speedup")]),
])
def test_side_notes_and_size_factors(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("There is a gap between human performance, which is 95.3%, and the best model's 67.5% accuracy.",
     [("95.3%", "score", "humans"), ("67.5%", "score", None)]),
    # 'leads' after a number is a noun ('15 ECG leads'), no gain
    ("Out of 15 ECG leads, three are critical.", [("15", "other", None)]),
    ("Our model leads the benchmark by 2.1%.", [("2.1%", "improvement", None)]),
    # a factor: a speed-up by default, an improvement of the quality a cue names, no gain of a risk
    ("Fusing kernels leads to a 9.94X kernel-level performance improvement compared to the baseline.",
     [("9.94X", "speedup", None)]),
    ("It is 3 times more accurate than the baseline.", [("3 times", "improvement", None)]),
    ("Smokers show a 2.3-fold higher risk.", [("2.3-fold", "other", None)]),
])
def test_results_of_people_and_plain_nouns(text, expected):
    assert [(c.text, c.kind, c.model) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a translation direction is no system; an evaluation series with a two-digit year is its edition
    ("Our models improve over a dictionary baseline for the WMT 15 tasks English→German and English→Russian "
     "by up to 1.1 and 1.3 BLEU, respectively.", [("up to 1.1", None, "WMT15"), ("1.3 BLEU", None, "WMT15")]),
    ("We get 28.4 BLEU for En-De and 41.0 for En-Fr.", [("28.4 BLEU", None, None), ("41.0", None, None)]),
    ("It gets 30.1 BLEU on WMT'16 En-Ro.", [("30.1 BLEU", None, "WMT16 En-Ro")]),
    # an edition glued to its series' name ('WMT22', "WMT'23", 'DSTC7'), with the direction after it
    ("We obtain 41.2 (BLEU) and 0.83 (COMET) on WMT22.", [("41.2", None, "WMT22"), ("0.83", None, "WMT22")]),
    ("It reaches 35.0 BLEU on WMT'23 English→German.", [("35.0 BLEU", None, "WMT23 English→German")]),
    ("The tracker gets 74.5% joint goal accuracy on DSTC7.", [("74.5%", None, "DSTC7")]),
    ("On IWSLT14 De-En our model scores 36.1 BLEU.", [("36.1 BLEU", None, "IWSLT14 De-En")]),
    # ... and a task of a series written without its year
    ("We rank second in SemEval Task 4 with 68.2% accuracy.", [("68.2%", None, "SemEval Task 4")]),
    ("We achieve 22.1 BLEU on newstest2014 and 25.3 on newstest2015.",
     [("22.1 BLEU", None, "newstest2014"), ("25.3", None, "newstest2015")]),
])
def test_translation_directions_and_editions(text, expected):
    assert [(c.text, c.model, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a spaced '+' after a verb signs the number; not between numbers
    ("On three sets we obtain + 4.37%, + 1.6% and + 2.46% gains.", ["improvement"] * 3),
    ("It computes 3 + 4 in one step.", ["other", "other"]),
])
def test_a_spaced_plus_after_a_verb(text, expected):
    assert [c.kind for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an abstract that opens by saying what a name is presents that system
    ("MultiGrain is a network architecture for retrieval. We obtain 79.4% top-1 accuracy on ImageNet.", ["MultiGrain"]),
    ("ImageNet is a large dataset. We get 80% accuracy on it.", [None]),
    ("Zorb-Net is an efficient detector. It reaches 45.1 AP on COCO.", ["Zorb-Net"]),
])
def test_an_opening_definition_names_the_method(text, expected):
    assert [c.model for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the value a change starts from is a score
    ("It reaches 71.3 F1, a large improvement from the 56.7 F1 of the previous best system.",
     [("71.3 F1", "score"), ("56.7 F1", "score")]),
    ("The gain from 62.0% accuracy is large.", [("62.0%", "score")]),
    ("We see a 20% reduction from 100 ms.", [("20%", "reduction"), ("100 ms", "time")]),
])
def test_the_value_a_change_starts_from(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name found beside a dataset in a list is the same dataset where it stands again
    ("It is the best on the WoZ and DSTC2 tasks. GLAD obtains 88.1% accuracy on WoZ.", [("WoZ", None)]),
    # short edition names; 'the previous best record' names no system
    ("It gives a 2.3% mAP boost on VOC07 over the previous best record.", [("PASCAL VOC", None)]),
    ("It beats the previous best record by 6.4% on SCUT-CTW1500.", [("CTW1500", None)]),
])
def test_datasets_named_again_and_records(text, expected):
    assert [(c.dataset, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a dash glued between a word and a score ('datasets-97.55%') is no name; 'gpt-3.5' is
    ("We lead on both datasets-97.55% accuracy for tagging and 91.21% F1 for NER.",
     [("97.55%", 97.55, "="), ("91.21%", 91.21, "=")]),
    ("Here gpt-3.5 reaches 80% accuracy.", [("80%", 80.0, "=")]),
    ("Version barcode-0.90 had 2.5% fewer faults.", [("2.5%", 2.5, "=")]),
    # a '+' between a number and its per cent sign: at least
    ("It yields 1.5+% absolute improvements.", [("1.5+%", 1.5, ">=")]),
])
def test_scores_glued_to_words(text, expected):
    assert [(c.text, c.value, c.bound) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a decimal written with '.0' measures; 'from X down to Y' are two scores
    ("An ensemble improves perplexity from 41.0 down to 23.7.", [("41.0", "score"), ("23.7", "score")]),
    # a year before a singular noun names it ('the Text 2017 dataset'); a plural makes a count
    ("We beat the best result on the Noisy Text 2017 dataset by 2.45%.", [("2.45%", "improvement")]),
    ("We label 2017 images by hand.", [("2017 images", "data_size")]),
    # a decade is no quantity ('the 1990s' is not 1,990 seconds); seconds stay seconds
    ("Error rates fell steadily since the 1990s.", []),
    ("It was the top entry of the RepEval 2017 Shared Task.", []),
    # ... also with words between: a year after a name names an edition
    ("This result won first place on the ILSVRC 2015 classification task.", []),
    ("Our system ranks first in the TREC 2019 deep learning track.", []),
    ("Of these, 2015 training images are kept.", [("2015 training images", "data_size")]),
    ("In the '80s and 2000s, decoding took 30s.", [("30s", "time")]),
])
def test_decimals_and_years(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a note in parentheses after a number does not end the stretch its dataset is named in
    ("We get 82.4% (+5.1% over the best) accuracy on UCF101 and 52.9% (+5.4% increase) on HMDB51.",
     ["UCF101", "UCF101", "HMDB51", "HMDB51"]),
    # citation marks inside a list of datasets
    ("It reaches 98.0% and 95.9% accuracy on SNIPS <cit.> and ATIS <cit.> respectively.", ["SNIPS", "ATIS"]),
])
def test_notes_citations_and_metrics_in_lists(text, expected):
    assert [c.dataset for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, datasets", [
    # a metric's name written before a list mark is no dataset of the list
    ("It gets 44.0% AP, and 83.5% mIoU, and COCO gives 50.9% PQ.", ["COCO"]),
    ("It gets 70.2% mAP, and MSVD gives 50.1%.", ["MSVD"]),
])
def test_a_metric_is_no_listed_dataset(text, datasets):
    papers = extract_papers([{"id": "p", "abstract": text}])
    assert list(papers.loc[0, "datasets"]) == datasets


@pytest.mark.parametrize("text, expected", [
    # a number in parentheses right after another is a note on it, on the same dataset
    ("It pushes MultiNLI accuracy to 86.7% (5.6% absolute improvement) and the SQuAD F1 to 93.2 (1.5 gain).",
     ["MNLI", "MNLI", "SQuAD", "SQuAD"]),
    ("We reach 80.1% accuracy (+1.2%) on CIFAR-10 and 70.2% accuracy (+2.1%) on CIFAR-100.",
     ["CIFAR-10", "CIFAR-10", "CIFAR-100", "CIFAR-100"]),
])
def test_a_note_in_parentheses_shares_its_dataset(text, expected):
    assert [c.dataset for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a number 'for' a task is measured on the dataset the abstract named for that task
    ("We use SQuAD for question answering and SNLI for inference. We get 91.0 F1 for question answering "
     "and 90.1% accuracy for inference.", ["SQuAD", "SNLI"]),
    ("We use the WSJ corpus for part-of-speech (POS) tagging and CoNLL 2003 for named entity recognition (NER). "
     "We reach 97.5% accuracy for POS tagging and 91.2% F1 for NER.", ["WSJ", "CoNLL-2003"]),
    # a task no dataset was named for: none
    ("We use SQuAD for question answering and SNLI for inference. We get 80.1% accuracy for parsing.", [None]),
])
def test_a_number_for_a_task(text, expected):
    assert [c.dataset for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'state-of-the-art' inside the compared phrase names no system, nor does half a shared head
    ("Our model improves 2.1% PQ over the bottom-up state-of-the-art on Cityscapes.", [None]),
    ("The method runs 12 times faster than the currently published state-of-the-art.", [None]),
    ("Our approach improves over earlier Euclidean- and hyperbolic-based models by up to 3.2% in MRR.", [None]),
    ("It is 2x faster than prior CPU- and GPU-based solvers.", [None]),
    # a preposition or a citation ends the name
    ("It is up to 500 times faster than the vanilla Transformer during evaluation.", ["Transformer"]),
    ("It is 4x faster than DeepLab after pruning.", ["DeepLab"]),
    ("We outperform MobileBERT <cit.> by 3.1% accuracy.", ["MobileBERT"]),
    ("We outperform the current best method <cit.> with a 40x speed-up.", [None]),
    # the system after 'such as' a class of them; the system after its role word
    ("It requires 10 times fewer parameters than popular segmentation networks such as U-Net.", ["U-Net"]),
    ("It is 4 times faster than real-time models such as BiSeNet.", ["BiSeNet"]),
    ("Our parser outperforms the baseline UDPipe <cit.> with 0.8% higher accuracy.", ["UDPipe"]),
])
def test_compared_names_end_where_the_name_does(text, expected):
    assert [c.baseline for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # after a comparison, 'and a new <score>' starts a result of its own: no second name, no inherited gain
    ("This gives +1.1 BLEU over strong bilingual baselines and a new 32.8 BLEU on WMT14.",
     [("improvement", None), ("score", None)]),
    ("It gains 1.2 points over BERT and reaches a new 91.0 F1 on SQuAD.", [("improvement", "BERT"), ("score", None)]),
    ("Our method improves accuracy by 2.3% and sets a new 85.4% on ImageNet.", [("improvement", None), ("score", None)]),
])
def test_a_new_result_after_a_gain(text, expected):
    assert [(c.kind, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare amount before a cost noun counts it; a relative one before it is a reduction
    ("Our agent outperformed Stockfish after just 5 hours (200k steps).", ["time", "other"]),
    ("Training took 120k iterations.", ["other"]),
    ("The method saves 15% communication cost.", ["reduction"]),
    ("It cuts 40% training steps.", ["reduction"]),
])
def test_amounts_of_a_cost_are_no_reductions(text, expected):
    assert [c.kind for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name in parentheses for what the method is for ('for X (ACR)', 'an approach to <verb> x (ACR)') is no method
    ("We present a learning-based approach to estimate the direction-of-arrival (DOA) of a sound. "
     "Our model achieves up to 43% decrease in angular error.", [None]),
    ("We propose a neural method to extract drug-drug interactions (DDIs) from texts. It improves F-score by 2.4 points.",
     [None]),
    ("We propose a distillation method designed for knowledge distillation (KD). It is 7.5x smaller.", [None]),
    ("We propose a framework for Neural Architecture Search (NAS), called FooNAS. It is 200 times faster.", ["FooNAS"]),
    # the method's own name, in parentheses after the cue's infinitive or in capitals, stays
    ("We propose to use a time delay neural network (TDNN). It reduces the WER by 2.7%.", ["TDNN"]),
    ("We develop a way to learn FRequency-AGnostic word Embedding (FRAGE). It improves BLEU by 1.1.", ["FRAGE"]),
    ("We propose Attentive Normalization (AN), a light-weight module. AN improves top-1 accuracy by 1.2%.", ["AN"]),
])
def test_a_purpose_in_parentheses_is_no_method(text, expected):
    assert [c.model for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a hyphenated name after 'called'/'termed' is read whole, up to three words
    ("We propose a unified model, called U-Net, with three parts. U-Net reaches an F1 score of 71.7.", ["U-Net"]),
    ("We present a model called Seq-to-Seq Net. It reaches 71.7 F1.", ["Seq-to-Seq Net"]),
    ("We present a network termed Mask Frozen-DETR. It is over 10 times faster.", ["Mask Frozen-DETR"]),
    # a name whose head the source lost, or a source of data before the verb, is no system
    ("For instance, -A5-Stream achieves the same accuracy while requiring 80% fewer FLOPs.", [None]),
    ("Using 53k hours of unlabeled data from LibriVox achieves a WER of 3.0% on the clean test set.", [None, None]),
    ("With features from ResNet, SlowFast achieves 80.1% accuracy.", ["SlowFast"]),
])
def test_whole_names_and_no_headless_ones(text, expected):
    assert [c.model for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a task's name is no dataset, though a public leaderboard list may give it as one
    ("We reach 91.96 on the CoNLL03 NER task. With BERT we reach 93.47 on NER.", ["CoNLL-2003"]),
    ("It gets 70.1 Smatch on AMR and 88.0 on SRL.", []),
    # a dataset that is also a task's name in our own list stays one
    ("It reaches 72.3% accuracy on VQA.", ["VQA"]),
])
def test_task_names_are_no_datasets(text, expected):
    papers = extract_papers([{"id": "p", "abstract": text}])
    assert list(papers.loc[0, "datasets"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a task's acronym is never the system, though it stands where a name would
    ("In this paper, we present an efficient GEC sequence tagger. Our best GEC tagger achieves 65.3 F0.5 on CoNLL-2014.",
     [None]),
    ("We search keyword spotting models with NAS. Our KWS model reaches 95.5% accuracy.", [None]),
    # a name defined in parentheses before a generic noun is the subject's name
    ("With negligible overhead, our Past Decode Regularization (PDR) method achieves a perplexity of 55.6.", ["PDR"]),
    ("The Dual Attention Network (DANet) model reaches 81.5% mIoU on Cityscapes.", ["DANet"]),
    ("A recurrent neural network (RNN) model reaches 81.5% accuracy.", [None]),
])
def test_tasks_and_defined_subjects(text, expected):
    assert [c.model for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a run measured 'on these datasets' pairs in order with the datasets the sentence before named
    ("Our method achieves a perplexity of 55.6 on the Penn Treebank and 63.5 on WikiText-2. With a mixture of "
     "softmaxes, it achieves 53.8 and 60.5 on these datasets.", ["Penn Treebank", "WikiText-2"] * 2),
    ("We evaluate on SQuAD and NewsQA. Our model reaches 88.1 and 61.2 F1 on both benchmarks.", ["SQuAD", "NewsQA"]),
    ("It is tested on MSVD (50.4 R@1) and LSMDC (26.1 R@1). It outperforms the best prior model by +6.6% and "
     "+11.1% on these benchmarks.", ["MSVD", "LSMDC"] * 2),
    # a single number, or a run as long as no list, pairs with none of them
    ("We evaluate on SQuAD and NewsQA. Our model reaches 88.1 F1 on these datasets.", [None]),
])
def test_a_run_on_the_datasets_named_before(text, expected):
    assert [c.dataset for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a number compared with a named metric's value is in that metric, not in one named before it
    ("We reach 10.8 compared to the best perplexity of 15.8 on WikiText-103, and 66.5% compared to a previous "
     "accuracy of 63.2% on LAMBADA.", ["perplexity", "perplexity", "accuracy", "accuracy"]),
    ("Our model gets 0.91 versus an F1 of 0.85 for BERT.", ["F1", "F1"]),
    ("It reaches 80.1% accuracy vs. 78.2% for ResNet.", ["accuracy", "accuracy"]),
])
def test_a_value_compared_with_a_named_metric(text, expected):
    assert [c.metric for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a scale word counts points, it is no score in percentage points; it may scale a factor
    ("Tangent convolutions run on point clouds with millions of points.", []),
    ("It improves F1 by 2.1 points and handles thousands of points per frame.", [("2.1 points", "improvement")]),
    ("It speeds up the search by almost thousands of times.", [("thousands of times", "speedup")]),
    # rates of floating-point operations spelled out
    ("We sustain 15.1 PetaFLOPs, against 39 TeraFLOPs for one GPU.", [("15.1 PetaFLOPs", "compute"),
                                                                      ("39 TeraFLOPs", "compute")]),
])
def test_scale_words_and_flop_rates(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # numbers each with its own metric, joined, pair in order with a list of as many datasets
    ("Our model achieves 87.1% accuracy and 35.8% mCE on ImageNet-1k and ImageNet-C.",
     [("accuracy", "ImageNet-1K"), ("mCE", "ImageNet-C")]),
    ("Our tracker reaches 71.1% AUC, 89.3% NP, and 73.0% AO on LaSOT, TrackingNet, and GOT-10k.",
     [("AUC", "LaSOT"), ("NP", "TrackingNet"), ("AO", "GOT-10k")]),
    ("It gets 45.1 AP and 40.2 mask AP on COCO.", [("AP", "COCO"), ("mask AP", "COCO")]),
    # a metric's value after '<metric> value of'
    ("We obtain an area under the receiver operating characteristic curve value of 0.95 on CIFAR-10.",
     [("AUC", "CIFAR-10")]),
    ("It obtains a PSNR value of 31.2 dB and an SSIM value of 0.91 on Set5.", [("PSNR", "Set5"), ("SSIM", "Set5")]),
])
def test_each_metric_with_its_dataset(text, expected):
    assert [(c.metric, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a version or size written after a name is part of it: no amount, and the name is the subject's
    ("VideoLLaMA 2 scores 57.2 on MVBench, beating GPT-4V by 13.5 points.",
     [("57.2", "VideoLLaMA 2"), ("13.5 points", "VideoLLaMA 2")]),
    ("Llama 2 achieves 45.3% on MMLU, and Mistral 7B reaches 60.1%.", [("45.3%", "Llama 2"), ("60.1%", "Mistral 7B")]),
    ("Qwen 1.5 achieves 70.2%.", [("70.2%", "Qwen 1.5")]),
    # not a reference, a range or a bare acronym before 'is'
    ("Stage 2 is 3 times faster.", [("3 times", None)]),
    ("Between 2 and 3 months before the race, the runners were tested.", [("2 and 3 months", None)]),
])
def test_names_with_versions_and_sizes(text, expected):
    assert [(c.text, c.model) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the system set off by commas after a description of it is the baseline
    ("Compared with the strongest open-source baseline, Qwen-7B, our method improves pass@1 by 6.2%.", ["Qwen-7B"]),
    ("It improves over the previous best, Vicuna-13B, by 4.5 BLEU.", ["Vicuna-13B"]),
    ("It improves over the best prior model, Vicuna-13B, by 4.5 BLEU.", ["Vicuna-13B"]),
    # none named
    ("It is 3x faster than the state of the art, while using less memory.", [None]),
])
def test_a_baseline_set_off_after_its_description(text, expected):
    assert [c.baseline for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a metric written before 'accuracy' says which accuracy; later numbers keep it
    ("With only 1.3B parameters, Phi-1 attains 50.6% pass@1 accuracy on HumanEval and 55.5% on MBPP.",
     ["parameters", "pass@1", "pass@1"]),
    ("It reaches 81.2% EM accuracy on SQuAD and 79.0% on NewsQA.", ["EM", "EM"]),
    ("MCN achieves Top-1 accuracies of 84.8% and 54.5% on UCF101 and HMDB51.", ["top-1 accuracy"] * 2),
    ("It reaches 81.2% accuracy on SQuAD and 79.0% on NewsQA.", ["accuracy", "accuracy"]),
])
def test_a_qualified_accuracy_is_one_metric(text, expected):
    assert [c.metric for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a number right after its own 'over X' is compared with X, not with the system named before it
    ("Our approach yields a 12.4% relative improvement in NDCG@10 over BM25 and 3.1% over ColBERTv2.",
     [(None, "BM25"), (None, "ColBERTv2")]),
    # the object of a likening 'to' is compared with, it is not the subject
    ("It achieves comparable accuracy to LLaVA-1.5 with 75% fewer visual tokens.", [(None, "LLaVA-1.5")]),
    ("On ImageNet, our approach applied to EfficientNet-B0 achieves 78.3% accuracy.", [("EfficientNet-B0", None)]),
])
def test_whose_number_after_a_preposition(text, expected):
    assert [(c.model, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a size is no system's name
    ("We introduce a 1.5B-parameter model that beats larger ones by 2.1 points on GSM8K.", [None, None]),
    ("We present a 70B model. It scores 86.1 on MMLU.", [None, None]),
    ("We present T5-11B. It scores 86.1 on MMLU.", ["T5-11B"]),
])
def test_a_size_names_no_system(text, expected):
    assert [c.model for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the subject of a relative clause is the name before 'that'/'which', none when that is a kind of system
    ("A probe on CLMR features reaches 35.4% AP, beating supervised models that currently achieve 34.9%.",
     [None, None]),
    ("Unlike ResNet, we propose FooNet, which achieves 80.1% accuracy.", ["FooNet"]),
    # ... and the earlier subject when the clause is of a value
    ("On COCO, CenterNet achieves an AP of 47.0%, which outperforms all one-stage detectors by at least 4.9%.",
     ["CenterNet", "CenterNet"]),
    # a possessive names the system whose part is the subject
    ("VATT's vision Transformer achieves a top-1 accuracy of 82.1% on Kinetics-400.", ["VATT"]),
    ("DETR's decoder achieves 42.0 AP.", ["DETR"]),
])
def test_relative_and_possessive_subjects(text, expected):
    assert [c.model for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a metric's word that ends a compound describing a noun is no metric
    ("Our MPTs outperform their full-precision counterparts by 1.78% on CIFAR-10.", [None]),
    ("With mixed-precision training it reaches 80.1% accuracy.", ["accuracy"]),
    ("We report a word-error-rate of 5.1%.", ["error rate"]),
])
def test_compound_modifiers_are_no_metrics(text, expected):
    assert [c.metric for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the acronym a paper defines for words it calls its own names its method, when no cue does
    ("We study multimodal learning. Specifically, our Video-Audio-Text Transformer (VATT) takes raw signals. "
     "The vision Transformer achieves a top-1 accuracy of 82.1% on Kinetics-400.", ["VATT"]),
    ("Models forget context. With negligible overhead, our Past Decode Regularization (PDR) keeps it. "
     "It reaches a perplexity of 55.6 on the Penn Treebank.", ["PDR"]),
    # ... not an acronym of other words
    ("We study pruning. Our results on ResNets (RN) show that 60% of weights can go.", [None]),
])
def test_our_defined_name_is_the_method(text, expected):
    assert [c.model for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a cost noun in another clause is not what a speed-up measures
    ("We combine parameter sharing and training procedures that enable dramatic 14-20x test-time speedups.",
     [("speed", None)]),
    ("It reduces both the memory and computational cost of self-attention by 4 to 8 times.",
     [("computational cost", None)]),
    # a possessive names the system whose metric changes
    ("For example, we raise ResNet-50's top-1 accuracy from 75.3% to 79.29% on ImageNet.",
     [("top-1 accuracy", "ResNet-50"), ("top-1 accuracy", "ResNet-50")]),
    ("We raise BERT's F1 score to 91.2.", [("F1", "BERT")]),
])
def test_what_a_change_measures_and_whose(text, expected):
    assert [(c.metric, c.model) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # speech separation, verification and agreement metrics
    ("Our model achieves an 11.1 dB average SISDR improvement on WHAMR!.", ["SI-SDR"]),
    ("It reaches 21.2 dB SI-SDRi on WSJ0-2mix.", ["SI-SDRi"]),
    ("The puzzles are intuitive for humans (90% Jaccard index) but hard for models.", ["Jaccard index"]),
    ("The system obtains a t-DCF of 0.0239 on ASVspoof 2019.", ["t-DCF"]),
])
def test_more_metric_names(text, expected):
    assert [c.metric for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Our tracker reaches 62.1 MOTA and 81.3 MOTP on MOT17.", ["MOTA", "MOTP"]),
    ("It lowers FPR95 by 12.4% on CIFAR-10.", ["FPR95"]),
    ("We get an S-measure of 0.912 and an E-measure of 0.951.", ["S-measure", "E-measure"]),
    ("Our system scores 85.2 COMET and 0.71 BLEURT.", ["COMET", "BLEURT"]),
])
def test_leaderboard_metric_names(text, expected):
    assert [c.metric for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a listed name in capitals after 'on', before a verb or 'from', is a dataset in context
    ("The F1 score of relation extraction on FUNSD is boosted from 80.35% to 89.45%.", ["FUNSD"]),
    # a code host is no dataset
    ("It reaches 80.1% on the CNFOOD-241 dataset. The code can be obtained on GitHub: https://github.com/a/b.", ["CNFOOD-241"]),
    ("It reaches 80.1% on the CNFOOD-241 dataset. Code is available on GitHub.", ["CNFOOD-241"]),
])
def test_datasets_in_context_and_code_hosts(text, expected):
    papers = extract_papers([{"id": "p", "abstract": text}])
    assert list(papers.loc[0, "datasets"]) == expected


@pytest.mark.parametrize("text, expected", [
    # 'a new SOTA of N' is a result, though a gain comes before it
    ("Integrating temporality achieves a +5% increase and a new SOTA of 0.88 in macro F1.", ["improvement", "score"]),
    ("It sets a new record of 85.1% on ImageNet, an increase of 1.2%.", ["score", "improvement"]),
])
def test_a_new_result_of(text, expected):
    assert [c.kind for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # each gain has its own comparative right after it; the 'than' before it is the previous gain's
    ("Our method achieves 45.3 mAP on COCO, which is 2.1 mAP higher than DETR and 1.2 mAP higher than "
     "Deformable DETR.", [None, "DETR", "Deformable DETR"]),
    ("Our model is 2.1% better than ResNet and 3.2% better than ViT-B.", ["ResNet", "ViT-B"]),
    # one comparison for both numbers
    ("It outperforms DETR by 2.1 mAP and 1.2 mAP on COCO and LVIS.", ["DETR", "DETR"]),
])
def test_each_gain_with_its_own_comparative(text, expected):
    assert [c.baseline for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # '&' joins the authors of a cited system, it lists no second system
    ("Our parser outperforms Kiperwasser & Goldberg (2016) by 1.8% and 2.2%.",
     ["Kiperwasser & Goldberg", "Kiperwasser & Goldberg"]),
    ("Our parser outperforms Kuncoro et al. (2016) by 0.5 LAS.", ["Kuncoro et al."]),
])
def test_cited_systems_as_baselines(text, expected):
    assert [c.baseline for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'the (previous) state of the art of N' is that system's score
    ("We achieve an accuracy of 97.2%, a 6 point improvement over the previous State of the Art of 91.6%.",
     ["score", "improvement", "score"]),
])
def test_the_state_of_the_art_of(text, expected):
    assert [c.kind for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a share of a named dataset is an amount of data, a share of its result is not
    ("Our models are good few-shot learners achieving 77.9% top-1 with access to only 10% of ImageNet.",
     ["score", "data_size"]),
    ("Using 1% of the COCO training set, it reaches 30.1 AP.", ["data_size", "score"]),
    ("It retains 95% of ImageNet accuracy.", ["score"]),
])
def test_a_share_of_a_dataset(text, expected):
    assert [c.kind for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # more ways of naming the compared system
    ("It achieves comparable accuracy to LLaVA-1.5 with 75% fewer visual tokens.", ["LLaVA-1.5"]),
    ("Our method reduces FLOPs by 40% with respect to ResNet-50.", ["ResNet-50"]),
    ("Against the strongest baseline, RoBERTa-large, it gains 2.3 F1.", ["RoBERTa-large"]),
    # the system whose result it is; no system in a description of results
    ("It achieves a 1.4% WER improvement over the best published CNN result so far.", ["CNN"]),
    ("Compared to other published state-of-the-art fully automatic results our algorithm reduces the error by 32%.",
     [None]),
    ("DIIN achieves a 20% error reduction with respect to the strongest published system.", [None]),
    ("It does not diminish performance with respect to engagingness metrics by more than 2%.", [None]),
])
def test_more_ways_of_naming_the_compared_system(text, expected):
    assert [c.baseline for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # floating point operations spelled out are FLOPs
    ("It has nearly ten times fewer parameters and approximately seven times fewer floating-point operations.",
     ["parameters", "FLOPs"]),
    ("Our network reduces the floating point operations by 89%-96%.", ["FLOPs"]),
])
def test_spelled_out_flops(text, expected):
    assert [c.metric for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an ampersand is part of a dataset's name: 'DD' is not the D&D dataset
    ("Our approach has two stages, Domain Diversification (DD) and MRL.", []),
    ("We evaluate graph classification on D&D and PROTEINS.", ["D&D", "PROTEINS"]),
])
def test_an_ampersand_in_a_dataset_name(text, expected):
    papers = extract_papers([{"id": "p", "abstract": text}])
    assert list(papers.loc[0, "datasets"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a name after 'on' before a parenthesis of scores is a benchmark, not the system (the second score
    # is the compared system's)
    ("Notably, our model surpasses GPT-4o on MathVista (63.1 vs. 61.3).", [None, "GPT-4o"]),
    ("Among baselines, GhostNetV1 (74.5%) and MobileNetV3 (75.2%) lag behind.", ["GhostNetV1", "MobileNetV3"]),
    ("It beats ViT-B (81.8%) on ImageNet.", ["ViT-B"]),
])
def test_a_benchmark_before_its_scores_is_no_system(text, expected):
    assert [c.model for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'A beats B (x vs. y)': x is the subject's result, y the compared system's
    ("DeepSeek-R1 outperforms GPT-4o on MATH (76.2 vs. 74.6).", [("76.2", "DeepSeek-R1"), ("74.6", "GPT-4o")]),
    ("FooNet beats ResNet-50 (81.2% vs 76.1% top-1).", [("81.2%", "FooNet"), ("76.1%", "ResNet-50")]),
    ("FooNet is better than ResNet-50 on ImageNet (81.2% versus 76.1%).",
     [("81.2%", "FooNet"), ("76.1%", "ResNet-50")]),
    # ... a parenthesis after a name that is compared with nothing is that name's, from its first number
    ("GhostNetV1 (74.5% vs. 73.9% with distillation) lags behind.", [("74.5%", "GhostNetV1"), ("73.9%", None)]),
])
def test_two_results_set_against_each_other_after_a_compared_name(text, expected):
    assert [(c.text, c.model) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # benchmarks of recent model evaluations (rules/datasets_suites.tsv), with a subset after the name
    ("Our model reaches 64.5 on MMMU and 71.2% on Video-MME.", [("64.5", "MMMU"), ("71.2%", "Video-MME")]),
    ("It scores 59.1% on GPQA Diamond and 79.8% on AIME 2024.", [("59.1%", "GPQA"), ("79.8%", "AIME2024")]),
    ("The agent resolves 49.2% of issues on SWE-bench Verified.", [("49.2%", "SWE-bench")]),
    ("MathVista accuracy rises to 63.1%.", [("63.1%", "MathVista")]),
])
def test_benchmarks_of_model_evaluation_suites(text, expected):
    assert [(c.text, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name that styles a word with capitals ('QuALITY', 'ReCoRD') is not that word in title case; a name
    # in capitals or camel case is still read in title case ('Swag', 'Imagenet')
    ("A JPEG Quality Factor Estimation module is added.", []),
    ("We evaluate long-document QA on QuALITY.", ["QuALITY"]),
    ("We present Swag, a new dataset of 113k questions.", ["SWAG"]),
    ("It obtains 79.4% top-1 accuracy on Imagenet.", ["ImageNet"]),
])
def test_styled_names_and_the_words_they_spell(text, expected):
    papers = extract_papers([{"id": "p", "abstract": text}])
    assert list(papers.loc[0, "datasets"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a later clause whose subject is 'our ...' is the paper's result, not the earlier subject's
    ("Qwen2.5-VL-72B attains 70.2 on MMMU, while our 8B variant reaches 64.5.",
     [("70.2", "Qwen2.5-VL-72B"), ("8B", "Qwen2.5-VL-72B"), ("64.5", None)]),
    ("GPT-4 scores 86.4% on MMLU, whereas our small model achieves 80.1%.", [("86.4%", "GPT-4"), ("80.1%", None)]),
    ("FooNet gets 35.3 on MMMU and our model obtains 38.9.", [("35.3", "FooNet"), ("38.9", None)]),
    # ... and 'our' before a name keeps the name
    ("Our FooNet-L achieves 81.2% accuracy.", [("81.2%", "FooNet-L")]),
])
def test_a_clause_of_our_own_system(text, expected):
    assert [(c.text, c.model) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the share of problems a system solves is its score
    ("On SWE-bench Verified, our agent resolves 49.2% of issues.", [("49.2%", "score")]),
    ("The model solves 83% of the problems.", [("83%", "score")]),
    ("Solving 45.1% of tasks, it leads the board.", [("45.1%", "score")]),
    ("The solver is 3 times faster.", [("3 times", "speedup")]),
    # ... and so is the share of comparisons it wins or is preferred in
    ("Human raters prefer our responses in 65% of cases.", [("65%", "score")]),
    ("It wins 72% of head-to-head comparisons.", [("72%", "score")]),
    ("Our summaries are preferred 58% of the time.", [("58%", "score")]),
])
def test_a_share_of_problems_solved_is_a_score(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a size written before the systems it sizes is their parameter count, not a count of systems
    ("Our 1.5B model matches 7B baselines.", [("1.5B", "parameters"), ("7B", "parameters")]),
    ("It beats 70B models on MMLU.", [("70B", "parameters")]),
    ("We compare against 3 baselines.", [("3 baselines", "count")]),
    # ... and what a cost a number cuts is its metric, even with the system it is compared with after it
    ("It cuts decoding latency by 38% over vLLM.", [("38%", "reduction")]),
    ("It cuts time-to-first-token by 38%.", [("38%", "reduction")]),
    ("It is 2.1 AP above RetinaNet.", [("2.1 AP", "improvement")]),
])
def test_sizes_of_systems_and_cut_costs(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, metric", [
    ("It cuts time-to-first-token by 38%.", "TTFT"),
    ("TTFT falls by 2.1x.", "TTFT"),
    ("It reduces the inference cost by 3x.", "inference cost"),
    ("Training cost falls by 40%.", "training cost"),
    ("It cuts decoding latency by 38% over vLLM.", "latency"),
])
def test_costs_named_as_metrics(text, metric):
    assert [c.metric for c in extract_claims(text)] == [metric]


@pytest.mark.parametrize("text, expected", [
    # 'the accuracy / performance / results of X' after a comparison: X is the compared system
    ("It outperforms the accuracy of LLaMA-2 by 5%.", [("5%", None, "LLaMA-2")]),
    ("It exceeds the performance of Mixtral by 5%.", [("5%", None, "Mixtral")]),
    ("It improves over the results of BERT by 2 points.", [("2 points", None, "BERT")]),
    # a result matched or rivalled at a lower cost is the compared system's
    ("It matches GPT-4V with 10x fewer parameters.", [("10x", None, "GPT-4V")]),
    ("It rivals Gemini while using 3x less compute.", [("3x", None, "Gemini")]),
    ("Our model achieves comparable results to GPT-4V with 10x fewer parameters.", [("10x", None, "GPT-4V")]),
    ("It is competitive with Mamba at 1.7x higher throughput.", [("1.7x", None, "Mamba")]),
])
def test_results_of_a_compared_system(text, expected):
    assert [(c.text, c.model, c.baseline) for c in extract_claims(text)] == expected


def test_performance_names_no_cost():
    assert [c.metric for c in extract_claims("It matches the performance of Mixtral at 5x lower cost.")] == [None]


@pytest.mark.parametrize("text, expected", [
    # rates where lower is better: cutting them is a gain in that metric; rates of success are scores
    ("It reduces the hallucination rate by 30% on POPE.", [("30%", "improvement", "hallucination rate")]),
    ("Toxicity drops by 45%.", [("45%", "improvement", "toxicity")]),
    ("It raises the pass rate to 71.2%.", [("71.2%", "score", "pass rate")]),
    ("Our agent reaches a 49.2% resolve rate.", [("49.2%", "score", "resolve rate")]),
])
def test_rates_of_model_behaviour(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalized word opening a sentence before a count of benchmarks names no dataset: the count stands
    ("Across 12 benchmarks, it gains 3.4 points.", [("12 benchmarks", "count", None), ("3.4 points", "improvement", None)]),
    ("On 8 datasets, it wins.", [("8 datasets", "count", None)]),
    ("In 5 benchmarks we lead.", [("5 benchmarks", "count", None)]),
    ("We use the Something-Something V2 dataset, reaching 65.2% accuracy.",
     [("65.2%", "score", "Something-Something V2")]),
])
def test_a_count_of_benchmarks_opening_a_sentence(text, expected):
    assert [(c.text, c.kind, c.dataset) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # thousands a PDF's text layer split after the comma are one number; a list of numbers is not
    ("We release a dataset of 25, 100 questions.", [("25, 100 questions", 25100.0)]),
    ("It has 10, 000 test images and 50, 000 training images.",
     [("10, 000 test images", 10000.0), ("50, 000 training images", 50000.0)]),
    ("The corpus holds 1, 250, 000 sentences.", [("1, 250, 000 sentences", 1250000.0)]),
    ("We rotate images by 90, 180 and 270 degrees.", [("90", 90.0), ("180", 180.0), ("270 degrees", 270.0)]),
    ("We stack 1, 2, 3 layers.", [("1", 1.0), ("2", 2.0), ("3 layers", 3.0)]),
])
def test_thousands_split_after_their_comma(text, expected):
    assert [(c.text, c.value) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a speed-up is of speed, not of the quality metric it keeps; 'the same accuracy as X' compares with X
    ("FooNet is over 25% faster at the same accuracy as MobileNetV2.", [("over 25%", "speed", "MobileNetV2")]),
    ("At 80% top-1 accuracy, LeViT is 5 times faster than EfficientNet.",
     [("80%", "top-1 accuracy", None), ("5 times", "speed", "EfficientNet")]),
    ("It yields the same performance as DistMult with 8x fewer parameters.", [("8x", "parameters", "DistMult")]),
    ("It achieves 12x better performance.", [("12x", "performance", None)]),
])
def test_what_a_speed_up_is_of_and_the_same_result_as(text, expected):
    assert [(c.text, c.metric, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, model", [
    # a task written between a system's name and its verb leaves the name the subject
    ("MobileNetV3-Large detection is over 25% faster than MobileNetV2.", "MobileNetV3-Large"),
    ("FooNet segmentation achieves 45.1 mIoU.", "FooNet"),
    ("BarNet-S classification reaches 81.0% top-1 accuracy.", "BarNet-S"),
    ("Our detection achieves 45.1 AP.", None),
])
def test_a_task_after_the_subjects_name(text, model):
    assert [c.model for c in extract_claims(text)] == [model]


@pytest.mark.parametrize("text, expected", [
    # a parenthesized note on a score keeps its own comparison: not the one of the clause after it
    ("It pushes SQuAD F1 to 93.2 (1.5 absolute improvement), outperforming human performance by 2.0.",
     [("93.2", None), ("1.5", None), ("2.0", "human performance")]),
    ("FooNet obtains 80.1% (+1.2%) over ResNet.", [("80.1%", None), ("+1.2%", "ResNet")]),
    ("It outperforms BERT (by 2.1%) on GLUE.", [("2.1%", "BERT")]),
])
def test_a_note_in_parentheses_and_the_clause_after_it(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # LaTeX math an arXiv abstract keeps: '$...$' around numbers, signs and relations, formatting braces
    (r"It is $3\times$ faster than FlashAttention.", [(r"3\times", "speedup", 3.0, "=")]),
    (r"It uses $\sim$40\% less memory.", [(r"$\sim$40\%", "reduction", 40.0, "~")]),
    (r"It runs at $>$30 FPS.", [("$>$30 FPS", "throughput", 30.0, ">=")]),
    (r"We achieve \textbf{85.2}\% top-1 accuracy.", [(r"85.2}\%", "score", 85.2, "=")]),
    (r"Our method reaches 76.3$\pm$0.2 mIoU.", [(r"76.3$\pm$0.2 mIoU", "score", 76.3, "=")]),
    (r"It has $2.5\times10^{6}$ parameters.", [(r"2.5\times10^{6}$ parameters", "parameters", 2.5e6, "=")]),
    (r"It has 2.5\times10^{6} parameters.", [(r"2.5\times10^{6} parameters", "parameters", 2.5e6, "=")]),
])
def test_latex_math_around_numbers(text, expected):
    assert [(c.text, c.kind, c.value, c.bound) for c in extract_claims(text)] == expected


def test_a_citation_command_ends_a_compared_name():
    assert [c.baseline for c in extract_claims(r"It improves accuracy by 4\% over BERT~\cite{devlin}.")] == ["BERT"]


@pytest.mark.parametrize("text, expected", [
    # a list of differences closed by a comparative: each member a gain over its own compared system
    ("Compared with GPT-4o and Claude-3.5, our agent achieves 12.3% and 8.7% higher success rates.",
     [("12.3%", "improvement", "GPT-4o"), ("8.7%", "improvement", "Claude-3.5")]),
    ("It achieves 2.1 and 3.4 points higher accuracy than BERT and RoBERTa, respectively.",
     [("2.1", "improvement", "BERT"), ("3.4 points", "improvement", "RoBERTa")]),
    ("It uses 30% and 45% fewer parameters than ViT-B and Swin-B.",
     [("30%", "reduction", "ViT-B"), ("45%", "reduction", "Swin-B")]),
    ("It is 2x and 3x faster than vLLM.", [("2x", "speedup", "vLLM"), ("3x", "speedup", "vLLM")]),
    ("It achieves 85.1% and 98.7% top-1 accuracy.", [("85.1%", "score", None), ("98.7%", "score", None)]),
])
def test_a_list_of_differences_and_its_compared_systems(text, expected):
    claims = extract_claims(text)
    assert [(c.text, c.kind, c.baseline) for c in claims] == expected
    assert all(c.model is None for c in claims)


@pytest.mark.parametrize("text, expected", [
    # 'from A to B' amounts measure the same thing; GPU hours are a cost a reduction is of
    ("Inference latency drops from 120 ms to 45 ms.", [("120 ms", "latency"), ("45 ms", "latency")]),
    ("Training time falls from 10 hours to 2 hours.", [("10 hours", "training time"), ("2 hours", "training time")]),
    ("It runs in 2 s.", [("2 s", "time")]),
    ("It needs an order of magnitude fewer GPU hours than DeepSpeed.", [("an order of magnitude", "GPU hours")]),
])
def test_what_amounts_from_and_to_measure(text, expected):
    assert [(c.text, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a version (and size) written apart after a compared name is part of it; a size after a version no amount
    ("Compared to Llama 2, our model improves accuracy by 4.2%.", [("4.2%", "Llama 2")]),
    ("It outperforms Llama 3 by 2.5 points on MMLU.", [("2.5 points", "Llama 3")]),
    ("It beats Qwen 1.5 72B by 3%.", [("3%", "Qwen 1.5 72B")]),
    ("Applied to Llama 2 7B, it yields a 1.8x speedup.", [("1.8x", None)]),
    ("It outperforms BERT by 2 points.", [("2 points", "BERT")]),
])
def test_versions_written_apart_from_compared_names(text, expected):
    assert [(c.text, c.baseline) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, model", [
    # more ways a paper names its method: 'we call ...', 'which we refer to as ...', 'we coin ...'
    ("We call the resulting network SwiftFormer. It reaches 81.2% top-1 accuracy.", "SwiftFormer"),
    ("We present an approach which we refer to as GraphMix. It reaches 81.2% accuracy.", "GraphMix"),
    ("We coin the method DeltaTune. It achieves 81.2% accuracy.", "DeltaTune"),
    ("Since all our runs use PaddlePaddle, we call it PP-YOLO. It balances accuracy (45.2% mAP) and speed.", "PP-YOLO"),
])
def test_more_ways_of_naming_the_method(text, model):
    assert [c.model for c in extract_claims(text)] == [model]


@pytest.mark.parametrize("text, expected", [
    # a name of two words given in parentheses ('(Cascade RPN)') is the method, and the subject when written whole
    ("We study an architecture referred to as Cascade Region Proposal Network (Cascade RPN). Cascade RPN improves AR "
     "by 13.4 points. The conventional RPN achieves 40.1 AR.", [("13.4 points", "Cascade RPN"), ("40.1 AR", "RPN")]),
    ("We propose the Fast-Slow RNN (FS-RNN), reaching 1.19 BPC.", [("1.19 BPC", "FS-RNN")]),
])
def test_a_method_name_of_two_words(text, expected):
    assert [(c.text, c.model) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # data written as a compound ('a 70K-sample dataset'); singular nouns after a space are no unit
    ("We curate a 70K-example dataset and a 3K-question test set.",
     [("70K-example", "data_size", 70000.0), ("3K-question", "data_size", 3000.0)]),
    ("It holds a 10K-image split.", [("10K-image", "data_size", 10000.0)]),
    ("Take 5 example prompts.", [("5", "count", 5.0)]),
    # an amount of tokens a context length or sequence length is, is a setting, not data
    ("It supports a context length of 32K tokens.", [("32K tokens", "setting", 32000.0)]),
    ("We extend the context window to 128K tokens.", [("128K tokens", "setting", 128000.0)]),
    ("The model is trained on 15T tokens.", [("15T tokens", "data_size", 15e12)]),
])
def test_data_compounds_and_context_lengths(text, expected):
    assert [(c.text, c.kind, c.value) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a factor cut from an error (lower is better) is a gain in that metric, as a percentage cut is
    ("It cuts the error rate in half.", [("half", "improvement", "error rate")]),
    ("It reduces WER by 2x.", [("2x", "improvement", "WER")]),
    ("Relative to GPT-4, error drops by 30%.", [("30%", "improvement", "error rate")]),
    ("It halves the memory.", [("halves", "reduction", "memory")]),
])
def test_a_factor_cut_from_an_error(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, baseline", [
    # a number word glued to a word by a hyphen opens a compared name, not an amount
    ("It yields an improvement of 12.4% over zero-shot CoT.", "zero-shot CoT"),
    ("It yields an improvement of 12.4% over CoT.", "CoT"),
    ("It yields a 12.4% improvement over few-shot prompting.", "few-shot prompting"),
])
def test_a_compared_name_opening_with_a_number_word(text, baseline):
    assert [c.baseline for c in extract_claims(text)] == [baseline]


@pytest.mark.parametrize("text, expected", [
    # a value given to a variable is a setting of it; the size of a sample a count; a formula no quantity
    ("We set k = 5 and obtain 81.2% accuracy.", [("5", "setting", None), ("81.2%", "score", "accuracy")]),
    ("It uses the learning rate lr=3e-4.", [("3e-4", "setting", "lr")]),
    ("The cohort (N=120) shows a 12% rise.", [("120", "count", None), ("12%", "improvement", None)]),
    ("A user study with n=48 participants follows.", [("48 participants", "count", None)]),
    ("where x =1+2 holds", []),
    ("The effect is significant (p = 0.01).", [("0.01", "other", None)]),
    # ... a metric's name is no variable: its value is a score
    ("We achieve EPE=1.4 on KITTI 2012 and F1=9.38% on KITTI 2015.", [("1.4", "score", "EPE"), ("9.38%", "score", "F1")]),
    ("Our GANs reach IS=8.81 and FID=9.91 on CIFAR-10.", [("8.81", "score", "inception score"), ("9.91", "score", "FID")]),
])
def test_values_given_to_variables_and_formulas(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a result kept, maintained, recovered or lost: kept shares are scores, a loss in a metric a change in it
    ("Pruning 50% of weights while maintaining 98% accuracy.", [("50%", "reduction"), ("98%", "score")]),
    ("Dropping 3% of its parameters, it keeps 99% accuracy.", [("3%", "reduction"), ("99%", "score")]),
    ("With 10% of the training data, it recovers 95% of full fine-tuning performance.",
     [("10%", "data_size"), ("95%", "score")]),
    ("Quantized to 4 bits, the model loses less than 1% accuracy.", [("4 bits", "setting"), ("less than 1%", "improvement")]),
])
def test_results_kept_or_lost(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a rate written with a slash is one unit, as the tokenizer splits it; a throughput of tokens is a throughput
    ("It reaches 2,000 tokens/s.", [("2,000 tokens/s", "throughput", "throughput")]),
    ("It runs at 500 samples/s.", [("500 samples/s", "throughput", "throughput")]),
    ("It processes 1M tokens per second on one H100.", [("1M tokens per second", "throughput", "throughput")]),
    ("Training takes 1,000 GPU hours.", [("1,000 GPU hours", "compute", "GPU hours")]),
    # seconds written 'sec', also at a sentence's end
    ("It runs at 23 frames/sec on one GPU.", [("23 frames/sec", "throughput", "throughput")]),
    ("It processes 1,200 images/sec.", [("1,200 images/sec", "throughput", "throughput")]),
    ("The parser reads 800 sentences per second.", [("800 sentences per second", "throughput", "throughput")]),
])
def test_rates_written_with_a_slash(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, baseline", [
    # a compared name a PDF's text layer spaced around its hyphens is written as the name is
    ("It achieves an F1 of 91.2 % on CoNLL - 2003 , outperforming BiLSTM - CRF by 1.3 %.", "BiLSTM-CRF"),
    ("It improves BLEU by + 1.2 over the Transformer - Base .", "Transformer-Base"),
    ("It beats ResNet-50 by 2.0 %.", "ResNet-50"),
])
def test_compared_names_spaced_around_hyphens(text, baseline):
    assert [c.baseline for c in extract_claims(text) if c.baseline] == [baseline]


@pytest.mark.parametrize("text, model", [
    # ... and so is a subject's name before its verb
    ("Our ResNet - 152 achieves 3.57 % top - 5 error.", "ResNet-152"),
    ("The Transformer - XL reaches 18.3 perplexity.", "Transformer-XL"),
    ("Our ResNet-152 achieves 3.57% top-5 error.", "ResNet-152"),
    ("ResNet - 152 achieves 3.57% top-5 error.", "ResNet-152"),  # at the sentence's start: 152 no amount
    # a subject of several hyphenated parts is read whole
    ("PP-YOLOE-l achieves 51.4 mAP.", "PP-YOLOE-l"),
    ("Our DD-Net-S reaches 51.4 mAP.", "DD-Net-S"),
    ("As a result, Swin-T-V2 obtains 83.1% top-1 accuracy.", "Swin-T-V2"),
])
def test_a_subject_spaced_around_its_hyphen(text, model):
    assert [c.model for c in extract_claims(text)] == [model]


@pytest.mark.parametrize("text, expected", [
    # a typeset space (no-break from a LaTeX '~', thin, narrow no-break) joins a number and its unit as a
    # space does; the claim's text is the abstract's own
    ("Its key is 256\u00a0bits long.", [("256\u00a0bits", "setting", "bits")]),
    ("It reaches 81.2\u2009% accuracy on ImageNet.", [("81.2\u2009%", "score", "%")]),
    ("It runs at 30\u202ffps on one GPU.", [("30\u202ffps", "throughput", "FPS")]),
])
def test_typeset_spaces_join_a_number_and_its_unit(text, expected):
    claims = extract_claims(text)
    assert [(c.text, c.kind, c.unit) for c in claims] == expected
    assert all(text[c.start:c.end] == c.text for c in claims)


@pytest.mark.parametrize("text, kinds", [
    # a name in brackets after each member does not part a list: every member keeps the list's kind
    ("We achieve absolute improvements of 8.9% on commonsense reasoning (Story Cloze Test), 5.7% on question "
     "answering (RACE), and 1.5% on textual entailment (MultiNLI).", ["improvement"] * 3),
    ("Our model reduces latency by 12% on the server GPU (A100), 8% on the desktop GPU (RTX 3090), and 5% "
     "on the phone.", ["reduction"] * 3),
    ("It yields gains of 2.1% on sentiment analysis in movie reviews (SST-2), 1.4% on paraphrase detection in "
     "news (MRPC) and 0.9% on QNLI.", ["improvement"] * 3),
])
def test_bracketed_names_inside_a_list(text, kinds):
    assert [c.kind for c in extract_claims(text)] == kinds


@pytest.mark.parametrize("text, expected", [
    # a dash between two amounts that make no range (the first above the second) lends no unit
    ("We train nets of up to 152 layers - 8× deeper than VGG nets.", [("up to 152 layers", "layers")]),
    ("It stores 40 images - 2x more than the cache.", [("40 images", "images")]),
    ("Our encoder has 24 layers - 2x deeper than BERT-base.", [("24 layers", "layers")]),
    # a true range still shares it
    ("It uses 3 - 5 GB of memory.", [("3 - 5 GB", "B")]),
])
def test_a_dash_without_a_range_lends_no_unit(text, expected):
    assert [(c.text, c.unit) for c in extract_claims(text)][:1] == expected


@pytest.mark.parametrize("text, expected", [
    # an amount of time or bytes that names a set of data measures the data
    ("It beats the state of the art on the 100 hour subset.", [("100 hour", "data_size")]),
    ("We train on the 960-hour training set of LibriSpeech.", [("960-hour", "data_size")]),
    ("We release a 40 GB corpus of source code.", [("40 GB", "data_size")]),
    ("The dataset contains more than 14 hours recordings of an event camera.",
     [("more than 14 hours", "data_size")]),
    # ... not a run time
    ("Training takes 10 hours on one GPU.", [("10 hours", "time")]),
])
def test_amounts_naming_a_set_of_data(text, expected):
    assert [(c.text, c.kind) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, datasets", [
    # an amount before a dataset's head measures the data, it names none
    ("It is a 40 GB corpus.", []),
    ("We train on a 960 h corpus.", []),
    ("We use the 20 Newsgroups dataset.", ["20 Newsgroups"]),
])
def test_an_amount_names_no_dataset(text, datasets):
    assert extract_papers([{"id": "p", "abstract": text}]).loc[0, "datasets"] == datasets


@pytest.mark.parametrize("text, expected", [
    # a threshold is a setting, and the metric it is a threshold of is not the result's metric
    ("We use an IoU threshold of 0.5 and reach 41.2 AP.", [("0.5", "setting", None), ("41.2 AP", "score", "AP")]),
    ("It improves AP at IoU threshold 0.75 by 3.1 points.",
     [("0.75", "setting", None), ("3.1 points", "improvement", "AP")]),
    ("At a confidence threshold of 0.7, precision rises to 92%.",
     [("0.7", "setting", None), ("92%", "score", "precision")]),
])
def test_thresholds_are_settings(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a physical amount is an error metric's value when written as one, and so is the list it opens
    ("It has P1 errors of 38.4 mm and 16.2 mm on Human3.6M and MPI-INF-3DHP.",
     [("38.4 mm", "score", "error rate"), ("16.2 mm", "score", "error rate")]),
    ("It reaches an MPJPE of 41.2 mm on Human3.6M.", [("41.2 mm", "score", "MPJPE")]),
    ("It attains a mean absolute error of 3.2 K on the test set.", [("3.2 K", "score", "MAE")]),
    # ... not a precision asked for, nor a plain measurement
    ("We need an accuracy of 16.25 nanometers.", [("16.25 nanometers", "other", None)]),
    ("The samples were heated to 300 K and 400 K.", [("300 K", "other", None), ("400 K", "other", None)]),
])
def test_physical_amounts_as_errors(text, expected):
    assert [(c.text, c.kind, c.metric) for c in extract_claims(text)] == expected


@pytest.mark.parametrize("text, metric, baseline", [
    # an acronym named as an example of systems is a system, though a metric has the same name
    ("It outperforms SoTA models like MAE by 1.2% top-1 accuracy.", "top-1 accuracy", "MAE"),
    ("Our method beats strong baselines such as MAE and BEiT by 0.8% top-1 accuracy.", "top-1 accuracy", "MAE"),
    ("It beats methods including MAE by 0.8% top-1 accuracy.", "top-1 accuracy", "MAE"),
    # ... not the metric where no systems are spoken of
    ("It lowers the MAE by 0.3 on KITTI.", "MAE", None),
])
def test_an_example_of_systems_is_no_metric(text, metric, baseline):
    assert [(c.metric, c.baseline) for c in extract_claims(text)] == [(metric, baseline)]


@pytest.mark.parametrize("text, metric", [
    # a listed metric's acronym with a lower-case letter for its variant, written after a score
    ("VPD attains 73.3% oIoU on RefCOCO.", "oIoU"),
    ("It reaches 45.1 cIoU on the val split.", "cIoU"),
    ("It gets 38.2 bAP on the boundary benchmark.", "bAP"),
])
def test_a_variant_of_a_listed_metric(text, metric):
    assert [c.metric for c in extract_claims(text)] == [metric]


@pytest.mark.parametrize("text, datasets", [
    # a split glued to a dataset's name by a hyphen is a mention of the dataset; a participle is not
    ("It reaches 73.3% oIoU on RefCOCO-val referring image segmentation.", ["RefCOCO"]),
    ("It reaches 41.2 AP on COCO-val with ImageNet-pretrained weights.", ["COCO"]),
    ("We use ImageNet-pretrained weights.", []),
])
def test_a_split_glued_to_a_dataset(text, datasets):
    assert extract_papers([{"id": "p", "abstract": text}]).loc[0, "datasets"] == datasets
