"""Property tests: on any text the extractor never raises and every offset is exact."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtab import extract_claims

NUMBERISH = st.sampled_from(["83.1%", "1.6x", "16.3M", "3.6B", "10-20x", "5.55%-39.88%", "×", "~", "±",
                             "up to", "1/4", "1e-4", "10^{-5}", "\\%", "$\\times$", "twenty-five", "by",
                             "ResNet-50", "(", ")", "[", "]", ".", ",", " ", "\n\n", "GB", "ms", "from", "to",
                             "-", "|", "twice", "millions of", "top-1 accuracy", "fewer parameters"])
MIXED = st.lists(st.one_of(NUMBERISH, st.text(max_size=8)), max_size=30).map(" ".join)


def check(text):
    for c in extract_claims(text):
        assert text[c.start:c.end] == c.text
        assert c.start < c.end
        assert c.value is not None or (c.low is not None and c.high is not None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode_text(text):
    check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED)
def test_number_heavy_text(text):
    check(text)
