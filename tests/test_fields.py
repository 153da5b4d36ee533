"""Each field resolver on its own: a table of sentences in, the field out (extractor/fields/*)."""
import pytest

from claimtab.extractor import extensions, quantities
from claimtab.extractor.cues import cues_near
from claimtab.extractor.fields import baseline, dataset, kind, metric, model, unit
from claimtab.extractor.pipeline import get_nlp


def read(text, target, title=None):
    """(DocContext, sentence, quantities of the sentence, index of the one whose text holds `target`)."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    extensions.put(doc, title=title, paper_id=None)
    ctx = nlp.get_pipe("claimtab").context(doc)
    for sent in doc.sents:
        qs = quantities.scan_sentence(doc, sent, ctx.ann)
        for n, q in enumerate(qs):
            if target in doc[q.start:q.end].text:
                return ctx, sent, qs, n
    raise AssertionError(f"no quantity {target!r} in {text!r}")


def neighbours(qs, n, sent):
    return (qs[n - 1].end if n else sent.start, qs[n + 1].start if n + 1 < len(qs) else sent.end)


def cues_and_earlier(ctx, sent, qs, n):
    prev_end, next_start = neighbours(qs, n, sent)
    cues = cues_near(ctx.doc, qs[n], prev_end, next_start, sent, ctx.ann)
    earlier = [m for m in ctx.ann.metrics if sent.start <= m.start < sent.end]
    return cues, earlier


def kind_of(text, target):
    ctx, sent, qs, n = read(text, target)
    cues, earlier = cues_and_earlier(ctx, sent, qs, n)
    return kind.decide(qs[n], cues, metric.stated(qs[n], cues, earlier))[0]


@pytest.mark.parametrize("text, target, expected", [
    ("The model has 16.3M parameters.", "16.3M", "parameters"),
    ("It uses 30% fewer parameters than the baseline.", "30%", "reduction"),
    ("It lowers the error by 12% on the test set.", "12%", "improvement"),
    ("Inference is 2.1x faster on a GPU.", "2.1x", "speedup"),
    ("The detector reaches 58.5 AP on the benchmark.", "58.5", "score"),
    ("Accuracy rises to 91.2% after tuning.", "91.2%", "score"),
    ("We evaluate on 17 datasets.", "17", "count"),
    ("Images are resized to 512x512 pixels.", "512x512", "setting"),
    ("It gains +2.3% over the prior art.", "2.3%", "improvement"),
])
def test_kind(text, target, expected):
    assert kind_of(text, target) == expected


@pytest.mark.parametrize("text, target, kind_name, expected", [
    ("The detector reaches 58.5 AP on the benchmark.", "58.5", "score", "AP"),
    ("Top-1 accuracy is 81.2% for the small model.", "81.2%", "score", "top-1 accuracy"),
    ("It cuts training time by 3x.", "3x", "speedup", "training time"),
    ("The model has 16.3M parameters.", "16.3M", "parameters", "parameters"),
    ("Latency drops to 11 ms per image.", "11 ms", "time", "latency"),
    ("We evaluate on 17 datasets.", "17", "count", None),
])
def test_metric(text, target, kind_name, expected):
    ctx, sent, qs, n = read(text, target)
    cues, earlier = cues_and_earlier(ctx, sent, qs, n)
    assert metric.resolve(qs[n], kind_name, cues, earlier) == expected


@pytest.mark.parametrize("text, target, expected", [
    ("It reaches 83.1% top-1 accuracy on ImageNet.", "83.1%", "ImageNet"),
    ("On COCO, the model gets 51.2 AP.", "51.2", "COCO"),
    ("It sets records on COCO (58.5 PQ) and ADE20K (49.4 PQ).", "49.4", "ADE20K"),
    ("The model gets 51.2 AP in our tests.", "51.2", None),
    # a run of numbers pairs in order with a list of as many datasets
    ("It gains 2.2% and 4.1% on the CIFAR-10 and CIFAR-100 datasets.", "4.1%", "CIFAR-100"),
    ("On CIFAR-10, CIFAR-100 and SVHN it reaches 97.1%, 84.0% and 98.2%.", "84.0%", "CIFAR-100"),
    ("Perplexities on WikiText-2 and Penn Treebank drop to 40.7 and 47.7, respectively.", "40.7", "WikiText-2"),
    ("It scores 97.1% and 84.0% on CIFAR-10, CIFAR-100 and SVHN.", "84.0%", "CIFAR-10"),  # lengths differ
    # a dataset named after a group of numbers ('A/B', 'from A to B') is each member's
    ("It gets 65.3/66.5 on CoNLL-2014 and 72.4/73.6 on JFLEG.", "72.4", "JFLEG"),
    ("Perplexity falls from 23.7 to 21.8 on WikiText-103 and from 55.3 to 54.5 on Penn Treebank.", "55.3", "Penn Treebank"),
    ("Scores of 81.0 and 79.5 on SVHN and 88.1 and 87.2 on CIFAR-10 are reported.", "88.1", "CIFAR-10"),
    # ... but numbers in different units are two results, not a group
    ("It gets 24.4 BLEU on WMT16, beating the best by 1.1 points and 24.5 BLEU on WMT17.", "1.1 points", "WMT16"),
    # a number in parentheses after a dataset's name is on that dataset
    ("It leads on miniImageNet (70.3% on 1-shot and 81.9% on 5-shot) and tieredImageNet (78.7% on 1-shot).",
     "81.9%", "miniImageNet"),
    ("It leads on miniImageNet (70.3% on 1-shot and 81.9% on 5-shot) and tieredImageNet (78.7% on 1-shot).",
     "78.7%", "tieredImageNet"),
    # two names with nothing between them are one dataset, when the second is words
    ("On Penn Treebank and Hutter Prize Wikipedia it reaches 1.19 and 1.25 BPC, respectively.", "1.25",
     "Hutter Prize Wikipedia"),
])
def test_dataset(text, target, expected):
    ctx, sent, qs, n = read(text, target)
    assert dataset.resolve(ctx, sent, qs[n], dataset.reaches(ctx, qs)[n], dataset.paired(ctx, sent, qs)[n]) == expected


@pytest.mark.parametrize("text, target, kind_name, expected", [
    # only a result stands on the paper's one dataset when its sentence names none
    ("We train on ImageNet. The model reaches 81.2% accuracy.", "81.2%", "score", "ImageNet"),
    ("We train on ImageNet. The model is trained for 300 epochs.", "300", "setting", None),
    ("We train on ImageNet. We compare against 12 baselines.", "12", "count", None),
])
def test_dataset_of_the_paper(text, target, kind_name, expected):
    ctx, sent, qs, n = read(text, target)
    assert dataset.resolve(ctx, sent, qs[n], dataset.reaches(ctx, qs)[n], None, kind_name) == expected


@pytest.mark.parametrize("text, target, title, expected", [
    ("ResNet-50 reaches 76.1% accuracy.", "76.1%", None, "ResNet-50"),
    ("It is higher than GhostNetV1 (74.5%).", "74.5%", None, "GhostNetV1"),
    ("The gain is 3.0% for T5-Base.", "3.0%", None, "T5-Base"),
    ("The gain is 3.0% in accuracy.", "3.0%", "FooNet: a network", "FooNet"),
    ("The gain is 3.0% in accuracy.", "3.0%", None, None),
    # a number 'by' a system is that system's
    ("It reaches 73.2% vs. 54.7% by TransE on Freebase.", "54.7%", None, "TransE"),
    ("The best score, 61.0 by GraphSAGE, is beaten.", "61.0", None, "GraphSAGE"),
    # the subject of 'X are N% more ...'
    ("The proposed graph ConvNets are 3-17% more accurate than RNNs.", "3-17%", None, "ConvNets"),
])
def test_model(text, target, title, expected):
    ctx, sent, qs, n = read(text, target, title)
    assert model.resolve(ctx, sent, qs[n], None, (None, None)) == expected


@pytest.mark.parametrize("text, target, expected", [
    ("It is 2.1x faster than ConvNeXt-T.", "2.1x", "ConvNeXt-T"),
    ("It outperforms FedAvg by 10% in accuracy.", "10%", "FedAvg"),
    ("It improves over GNNs and stand-alone MLPs by 3.90% and 28.05%.", "28.05%", "stand-alone MLPs"),
    ("Compared with FedProx, it needs fewer rounds. It reduces communication by 5x.", "5x", "FedProx"),
    ("It reduces communication by 5x.", "5x", None),
])
def test_baseline(text, target, expected):
    ctx, sent, qs, n = read(text, target)
    prev_end, next_start = neighbours(qs, n, sent)
    assert baseline.resolve(ctx, sent, qs[n], prev_end, next_start, qs)[0] == expected


@pytest.mark.parametrize("text, title, expected", [
    ("We propose CondLaneNet, a lane detector. It reaches 1%.", None, "CondLaneNet"),
    ("We introduce Transformer iN Transformer (TNT). It gains 1.7%.", None, "TNT"),
    ("This paper studies lanes. It reaches 1%.", "FcaFormer: Forward Cross Attention", "FcaFormer"),
    ("This paper studies lanes. It reaches 1%.", None, None),
    # a naming word gives the capitalized words after it whatever their shape, when they end the phrase
    ("We propose a reader for questions, called Masque. It reaches 1%.", None, "Masque"),
    ("We propose an extension of LSTM, termed Sentic LSTM. It gains 1%.", None, "Sentic LSTM"),
    ("We build a parser dubbed Quill, which gains 1%.", None, "Quill"),
    ("We propose a model termed LMM with Rich Tasks and Experts (LiRE). It gains 1%.", None, "LiRE"),
    ("Named Entity Recognition (NER) is hard. It gains 1%.", None, None),
    # a cue never introduces a kind of system or task; a title may name its subject
    ("We build on a bidirectional LSTM for NER. It gains 1%.", None, None),
    ("We study MLPs at scale. They reach 1% more.", "Scaling MLPs: A Tale of Bias", "MLPs"),
    # the title names the system: 'X at <shared task>:', or capitalized words the abstract repeats
    ("We describe our system. It reaches 1%.", "Quill at SemEval-2017 Task 4: Sentiment", "Quill"),
    ("We present Deep Voice, a system. Deep Voice reaches 1%.", "Deep Voice: Real-time Speech", "Deep Voice"),
    ("We propose Rapid Parse Trees (RPT). It reaches 1%.", "Rapid Parse Trees: Fast Parsing", "RPT"),
    ("Neural parsers reach 1%.", "Neural Parsing: A Survey", None),
    # a title that is only a name, written again in the abstract (PDF text may space its hyphen)
    ("Fast R - CNN trains VGG16 1x faster.", "Fast R - CNN", "Fast R-CNN"),
    ("We present Deep Speech 2, which reaches 1% WER.", "Deep Speech 2", "Deep Speech 2"),
    ("A Kolmogorov-Arnold Transformer (KAT) gains 1%.", "Kolmogorov-Arnold Transformer", "KAT"),
    ("Neural machine translation gains 1%.", "Neural Machine Translation", None),
    # a generic name defined in parentheses gives way to the next one ('(RNN) ... (FS-RNN)')
    ("We propose a novel recurrent neural network (RNN) architecture, the Fast-Slow RNN (FS-RNN). It gains 1%.",
     None, "FS-RNN"),
    # a dataset paper proposes no method
    ("We present SWAG, a dataset of questions. Humans reach 1%.", "Swag: A Large-Scale Dataset", None),
    # capitalized words after a cue that the title repeats name the method
    ("We present Multi-task Network Cascades for segmentation. It gains 1%.",
     "Instance Segmentation via Multi-task Network Cascades", "Multi-task Network Cascades"),
    ("In this work we introduce Gated Graph Mixers, a model for graphs. It gains 1%.",
     "Gated Graph Mixers for Molecules", "Gated Graph Mixers"),
    ("We propose Sparse Cosine Heads for retrieval. It gains 1%.", "A Study of Retrieval", None),
    # a name in what the method uses is a part of it, not the method
    ("We propose the weight-dropped LSTM which uses DropConnect on weights. It gains 1%.", None, None),
    ("We propose a joint approach that builds on BERT for ranking. It gains 1%.", None, None),
    ("We present an alternative network that outperforms FlowNet2 on Sintel. It gains 1%.", None, None),
    # a plural acronym after a cue is a kind of system, not the method
    ("We propose fast matching for DFAs and NFAs. It gains 1%.", None, None),
    # a hyphenated adjective is no opening of a part ('cosine-based')
    ("We propose a novel cosine-based softmax loss, AdaCos, for faces. It gains 1%.", None, "AdaCos"),
])
def test_method(text, title, expected):
    ctx, *_ = read(text, "1", title)
    assert ctx.method == expected


@pytest.mark.parametrize("text, target, kind_name, expected", [
    ("It needs 1/4 parameters of the baseline.", "1/4", "reduction", "x"),
    ("We evaluate on 17 datasets.", "17", "count", "datasets"),
    ("It runs twice as fast.", "twice", "speedup", "x"),
    ("Latency drops to 11 ms per image.", "11 ms", "time", "s"),
])
def test_unit(text, target, kind_name, expected):
    _ctx, _sent, qs, n = read(text, target)
    assert unit.resolve(qs[n], kind_name) == expected


@pytest.mark.parametrize("text, expected", [
    # a code repository named like a system names the method when nothing else does
    ("We propose a new parser. It gains 1%. Code: https://github.com/someone/jPTDP.", "jPTDP"),
    ("We propose a new detector. It gains 1%. Code is at github.com/lab/RepPoints.git", "RepPoints"),
    ("We propose a new training paradigm. It gains 1%. Code: https://github.com/someone/BRIO.", "BRIO"),
    # ... not a short acronym of a field
    ("We propose a new training paradigm. It gains 1%. Code: https://github.com/someone/NLP.", None),
    # ... not a description of the code, nor a lower-case name
    ("We propose a new segmenter. It gains 1%. Code: github.com/lab/DNL-Semantic-Segmentation.", None),
    ("We propose a new denoiser. It gains 1%. Code: github.com/lab/MPRNet-pytorch.", None),
    ("We propose a new detector. It gains 1%. Code: github.com/facebookresearch/detectron2.", None),
    # ... and a name the abstract gives wins
    ("We propose FooNet for parsing. It gains 1%. Code: github.com/lab/BarNet.", "FooNet"),
])
def test_method_from_the_code_repository(text, expected):
    ctx, *_ = read(text, "1")
    assert ctx.method == expected
