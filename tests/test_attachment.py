"""Sentence -> (metric, dataset, model, baseline) per claim, one row per attachment pattern,
and the dataset gazetteer's integrity."""
import pytest

from claimtab import extract_claims, extract_papers, rules
from claimtab.extractor.datasets import norm_key


def claim(text, target, title=None):
    hits = [c for c in extract_claims(text, title=title) if target in c.text]
    assert len(hits) == 1, [c.text for c in extract_claims(text, title=title)]
    return hits[0]


# text, title, number, metric, dataset, model, baseline
CASES = [
    ("FcaFormer achieves 83.1% top-1 accuracy on ImageNet.", None, "83.1%",
     "top-1 accuracy", "ImageNet", "FcaFormer", None),
    ("Our model reaches 58.5 PQ on COCO and 49.4 PQ on ADE20K.", "OneFormer: One Transformer", "58.5",
     "PQ", "COCO", "OneFormer", None),
    ("Our model reaches 58.5 PQ on COCO and 49.4 PQ on ADE20K.", "OneFormer: One Transformer", "49.4",
     "PQ", "ADE20K", "OneFormer", None),
    ("It sets records on COCO (58.5 PQ) and ADE20K (49.4 PQ).", None, "49.4", "PQ", "ADE20K", None, None),
    ("DiNAT-L is ahead of its Swin counterpart by 1.6% box AP in COCO.", "DiNAT: Dilated Attention", "1.6%",
     "box AP", "COCO", "DiNAT-L", "Swin counterpart"),
    ("InceptionNeXt-T achieves 1.6x higher training throughputs than ConvNeXt-T.", None, "1.6x",
     "training throughput", None, "InceptionNeXt-T", "ConvNeXt-T"),
    ("Our method outperforms FedAvg by 10% in accuracy on CIFAR-10.", "FedX: Federated Learning", "10%",
     "accuracy", "CIFAR-10", "FedX", "FedAvg"),
    ("GhostNetV2 reaches 75.3% top-1 accuracy, higher than GhostNetV1 (74.5%).", None, "74.5%",
     "top-1 accuracy", None, "GhostNetV1", None),
    ("Accuracies of 75.15%|82.80% are reached by MobileNet-V1|ResNet-50 on ImageNet.", None, "82.80%",
     None, "ImageNet", "ResNet-50", None),
    ("The gains are 11.5% and 4.6% for ResNet-18 and MobileNet-v2 respectively.", None, "4.6%",
     None, None, "MobileNet-v2", None),
    ("We propose a vision backbone called VCMamba. VCMamba-B reaches 47.1 mIoU on ADE20K.", None, "47.1",
     "mIoU", "ADE20K", "VCMamba-B", None),
    ("It improves over GNNs and stand-alone MLPs by 3.90% and 28.05% in accuracy.", None, "28.05%",
     "accuracy", None, None, "stand-alone MLPs"),
    ("We introduce Transformer iN Transformer (TNT). It gains 1.7% top-1 accuracy.", None, "1.7%",
     "top-1 accuracy", None, "TNT", None),
    # the system named right after the number: in parentheses, or after 'for'
    ("The backbone's FLOPs are cut by 2.1-3.3x (ResNet-34) and 9.5-12.2x (MobileNetV3).", None, "9.5-12.2x",
     None, None, "MobileNetV3", None),
    ("Few entries are nonzero (e.g., 4.1% for BERT-Large and 5.2% for DeiT-S).", None, "5.2%",
     None, None, "DeiT-S", None),
    # the subject of 'performs'
    ("Our results show that EffNet-B2 performs best, reaching an accuracy of 91.2%.", None, "91.2%",
     "accuracy", None, "EffNet-B2", None),
    # a unit is not a system: 'FLOPs with RegNetY-4G' has no subject named before 'achieves'
    ("MixNet-M has similar FLOPs with RegNetY-4G but only achieves 70% throughputs.", None, "70%",
     None, None, "MixNet-M", None),
    # a comparison that closes the sentence, after its last number, is the baseline of all its numbers
    (("Our system cuts training time by 2.1x and memory use by 3.4x, while keeping accuracy compared to "
      "PipeDream."), None, "2.1x", None, None, None, "PipeDream"),
    (("Compared with FedProx, our method needs fewer rounds. It reduces communication by 5x in every setting "
      "that we tried, and it is also more stable than SCAFFOLD."), None, "5x", None, None, None, "SCAFFOLD"),
    # ... unless it names no system: then the comparison of the sentence before
    (("Compared with FedProx, our method needs fewer rounds. It reduces communication by 5x in every setting "
      "that we tried, and it is also more stable than previous results."), None, "5x", None, None, None, "FedProx"),
]


@pytest.mark.parametrize("text,title,target,metric,dataset,model,baseline", CASES)
def test_attachment(text, title, target, metric, dataset, model, baseline):
    c = claim(text, target, title)
    if metric is not None:
        assert c.metric == metric or metric in (c.metric or "")
    assert (c.dataset, c.model, c.baseline) == (dataset, model, baseline)


@pytest.mark.parametrize("text,expected", [
    ("Experiments on the Synapse and ACDC datasets show gains.", ["Synapse", "ACDC"]),
    ("Results on ImageNet-1k, MS-COCO and ADE-20K are strong.", ["ImageNet-1K", "COCO", "ADE20K"]),
    ("We introduce HiRes-50K, a new challenging benchmark.", ["HiRes-50K"]),
    ("We test on three datasets (CIFAR10, Tiny ImageNet and SVHN).", ["CIFAR-10", "Tiny ImageNet", "SVHN"]),
    ("We use the Spiking Heidelberg Dataset (SHD) and SSC.", ["SHD"]),
    ("We evaluate on the FooBar-7 benchmark and the foobar-7 split.", ["FooBar-7"]),
    ("We use an ImageNet-pretrained backbone in good weather.", []),
    ("The Traffic and Weather datasets are long.", ["Traffic", "Weather"]),
    # a name that is also an ordinary word or a task counts beside a known dataset only in one list with it
    ("Experiments on SQuAD and ANLI show gains.", ["SQuAD", "ANLI"]),
    ("Experiments on SQuAD (ANLI) show gains.", ["SQuAD", "ANLI"]),
    ("We use CoNLL 2003 for NER and the Penn Treebank for POS tagging.", ["CoNLL-2003", "Penn Treebank"]),
    ("It is trained on SQuAD for AMR parsing.", ["SQuAD"]),
    # the edition of a yearly evaluation names its data
    ("We join the hypernym discovery task of SemEval 2018.", ["SemEval-2018"]),
    ("We rank first on SemEval-2017 Task 4 subtask A.", ["SemEval-2017 Task 4"]),
    ("It transfers well to DUC-2002 and the TAC 2015 data.", ["DUC-2002", "TAC-2015"]),
    # a parenthesis after a task's words lists its data, not a name's acronym
    ("We test sentiment analysis (IMDb, TREC) and entailment (SNLI).", ["IMDb", "TREC", "SNLI"]),
    ("We use a spectral sparse transformer (SST) for it.", []),
    # a scale letter the tokenizer split off stays in a name ('- 10k' as PDF text writes it)
    ("Results on the FooNet - 10k dataset are strong.", ["FooNet-10k"]),
    ("We build a 10k dataset.", []),
    # 'data set' written as two words is a head as 'dataset' is; 'test set' is not
    ("We test on the FooBar data set and the BazQux test set.", ["FooBar"]),
    ("Results on two data sets, Alpha and Beta-2, are strong.", ["Alpha", "Beta-2"]),
    # a name followed by a listed dataset's acronym in parentheses is that dataset
    ("We use the Stanford Natural Language Inference corpus (SNLI).", ["SNLI"]),
    ("We used the Berkeley Segmentation Dataset (BSDS300) here.", ["BSDS300"]),
    ("Results on the FooBar dataset (FB) hold.", ["FooBar", "FB"]),
    # a name of digits and a letter that is no scale ('300W') is a name, not a count; 'X games' confirms X
    ("Accuracy measured on the 300W benchmark does not imply it.", ["300W"]),
    ("We use a 10K benchmark.", []),
    ("It improves A2C on hard exploration Atari games and MuJoCo tasks.", ["Atari", "MuJoCo"]),
    # a name joined to a found dataset in a list is a dataset too
    ("It performs well on SiftFlow and PASCAL-Context.", ["SiftFlow", "PASCAL-Context"]),
    ("Experiments on benchmarks including CamRest676 and MultiWOZ show gains.", ["CamRest676", "MultiWOZ"]),
    ("Experiments on PASCAL-Person-Part, and WAF, show it.", ["PASCAL-Person-Part", "WAF"]),
    # ... not a system named after a comma ('For X, Y delivers'), nor one trained on it
    ("For Kvasir-SEG, HarDNet-MSEG delivers 0.904 mean Dice.", ["Kvasir-SEG"]),
    ("We compare BERT and GPT-2 on SQuAD.", ["SQuAD"]),
])
def test_paper_datasets(text, expected):
    papers = extract_papers([{"id": "p", "abstract": text}])
    assert papers["datasets"].iloc[0][:len(expected)] == expected
    assert len(papers["datasets"].iloc[0]) == len(expected) or text.endswith("SSC.")


def test_method_name_comes_from_the_title_or_the_abstract():
    papers = extract_papers([
        {"id": "a", "title": "D-Former: A U-shaped Transformer", "abstract": "It works."},
        {"id": "b", "title": "Better attention", "abstract": "We propose a model called SwiftNet-2 for speed."},
        {"id": "c", "title": "A survey", "abstract": "We survey methods."},
    ])
    assert list(papers["method"]) == ["D-Former", "SwiftNet-2", None]


@pytest.mark.parametrize("abstract, method", [
    # a name in parentheses that the tokenizer splits at its hyphen
    ("We introduce the Dense Fusion Network (DeFu-Net), a new design. It uses a Gated Mixing (GM) block.",
     "DeFu-Net"),
    # ... or glues to the word before it
    ("We propose a framework named Sparse Joint Tuning(SJT), which prunes weights.", "SJT"),
    # the opening parenthesis is the last word of the cue's window, the closing one past it
    (("In this paper, we develop a neat, simple yet effective way to learn Width-Agnostic Routing Embedding "
      "(WARE) for tokens."), "WARE"),
    # an acronym may begin in lower case ('tRSA'); the first one given after the cue is the method's
    ("We propose quantized token mixing (qTM), an extension of token mixing (TM) for speed.", "qTM"),
    ("We propose sparse kernel networks (SKNets in short), where self-attention (SA) is dropped.", "SKNets"),
    # a name right after the cue wins over one a later cue defines for a part of it
    ("We propose LaneFormer, a new lane detector. We design the Recurrent Head Module (RHM) for forks.",
     "LaneFormer"),
    # ... and over a name defined in its window for words further on
    ("We further build GridNet with a backbone, multi-scale feature pyramids (MSFP) and a decoder.", "GridNet"),
    # unless the parentheses define a name for the words from it on
    ("We propose MUlti-Scale Token Attention (MUSTA) for long inputs.", "MUSTA"),
    # a word may stand between 'we' and the verb; 'to propose' and other subjects are cues too
    ("We also propose TokenDrop, which skips tokens.", "TokenDrop"),
    ("We therefore introduce FlowMixer for video.", "FlowMixer"),
    ("This gap leads us to propose SparseHead, a pruned head.", "SparseHead"),
    ("This work presents QuickSeg, a segmenter.", "QuickSeg"),
    ("Our paper proposes DenseRoute for routing.", "DenseRoute"),
    # 'we also present' mostly introduces results, not a method
    ("We also present analysis on CIFAR-10 with 100 layers.", None),
])
def test_method_name_after_a_cue(abstract, method):
    papers = extract_papers([{"id": "p", "title": "Some title without a colon", "abstract": abstract}])
    assert papers["method"].iloc[0] == method


@pytest.mark.parametrize("long, short, expected", [
    ("MAsked Sequence to Sequence pre-training", "MASS", True),
    ("Dense Fusion Network", "DFN", True),
    ("Fully Connected SubNetworks", "FCSNs", True),
    ("multiple Fully Connected SubNetworks", "FCSNs", False),  # begins after the first word
    ("EnsNet which has one CNN and multiple Fully Connected SubNetworks", "FCSNs", False),
    ("BEVDepth, for camera-based Bird's-Eye-View", "BEV", False),
    ("GridNet with a backbone", "XYZ", False),
])
def test_abbreviates_finds_where_a_defined_name_begins(long, short, expected):
    from claimtab.extractor.fields.names import abbreviates
    assert abbreviates(long, short) is expected


@pytest.mark.parametrize("text, target, model", [
    ("Our results show that NGPC gives up to 58X speedup.", "58X", "NGPC"),   # an acronym as subject
    ("The GPU with 16 GB of memory suffices.", "16 GB", None),                # 'with' takes names only
    ("For example, an MS-MLP with 85 million parameters is small.", "85 million", None),  # not 'MLP'
    ("On the phone, FPS gives a 20% gain.", "20%", None),                     # a unit is no subject
])
def test_acronym_subjects(text, target, model):
    assert claim(text, target).model == model


@pytest.mark.parametrize("text, target, metric", [
    ("We apply a 30% pruning ratio.", "30%", "pruning ratio"),
    ("We use 6-bit quantization.", "6-bit", "bit-width"),
    ("We train with a batch size of 256 for speed.", "256", "batch size"),
    ("Images are cropped at 512x512 resolution.", "512x512", "resolution"),
    ("We use a 70/30 split of the data.", "70/30", None),   # 'split' names no quantity
])
def test_a_setting_takes_the_name_its_cue_gives_it(text, target, metric):
    c = claim(text, target)
    assert (c.kind, c.metric) == ("setting", metric)


def test_subject_verbs_file_marks_names_only_verbs():
    verbs = rules.subject_verbs()
    assert verbs["achieves"] is True and verbs["with"] is False and verbs["gives"] is True


def test_dataset_gazetteer_integrity():
    rows = rules.datasets()
    canon_of = {}
    for alias, canon, area, match in rows:
        assert match in ("any", "context")
        assert area
        key = norm_key(alias) if match == "any" else alias
        assert canon_of.setdefault(key, canon) == canon, f"{alias!r} maps to {canon_of[key]!r} and {canon!r}"
    canonical = {c for _, c, _, _ in rows}
    assert len(canonical) >= 400
    areas = {a for _, _, a, _ in rows}
    assert areas >= {"vision", "nlp", "speech", "graphs", "rl", "medical", "timeseries", "tabular",
                     "federated", "continual"}


def test_metric_gazetteer_has_directions():
    metrics = rules.metrics()
    assert len({c for c, _ in metrics.values()}) >= 80
    assert metrics["mIoU"] == ("mIoU", "higher") and metrics["FID"] == ("FID", "lower")


def test_a_dataset_named_once_is_found_again():
    text = ("We introduce HiRes-50K, a new challenging benchmark. It gains 13% on Chameleon and "
            "10% on our HiRes-50K.")
    ten = claim(text, "10%")
    assert ten.dataset == "HiRes-50K"
