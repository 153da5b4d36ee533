"""Tokenizer rules: numbers split from their units (83.1% -> 83.1 %, 16.3M -> 16.3 M, 10-20x -> 10 - 20 x)
while names with digits stay whole (ResNet-50, CIFAR-10, ImageNet-1K, ViT-B/16, Llama-2-7B)."""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from claimtab import rules

# A token that starts with a letter and has a digit in it is a name; so is scientific notation.
# after a '/' a name goes on only with digits or one or two letters ('ViT-B/16', 'ViT-S/8'): 'ResNet-50/ResNet-101'
# is a list of two names, and 'mIoU/273.6' a metric and the next value
NAME = r"[A-Za-z][A-Za-z0-9]*(?:[-.+_][A-Za-z0-9]+|/(?:(?![0-9]+\.[0-9])[0-9][A-Za-z0-9]*|[A-Za-z]{1,2}(?![A-Za-z0-9])))*"
# Every form has a digit or a hyphen: the lookahead settles most words (no digit, no hyphen) in one scan.
TOKEN_MATCH = re.compile(
    rf"^(?=[^\d-]*[\d-])(?![a-z]{{4,}}-[0-9]{{2,}}\.[0-9])(?:(?=[^\d]*\d){NAME}|[A-Za-z][A-Za-z0-9]*(?:-[A-Z]{{1,2}}[0-9]*)+|\d+(?:\.\d+)?(?:[eE]\^?\{{?[-+−]?\d+\}}?|\^\{{?[-+−]?\d+\}}?))$")
# Names are matched only when the digit is not the whole tail after a letter-free prefix.
# LaTeX math an arXiv abstract keeps: a sign or relation between '$'s is one token ('$\sim$40\%', '$>$30 FPS',
# '76.3$\pm$0.2'), a lone '$' is split off ('$3\times$'), as is a formatting command's brace ('\textbf{85.2}')
LATEX_SIGNS = r"\$(?:\\(?:times|sim|approx|pm|geq|leq|ge|le|gg|ll)|[<>])\$"
EXTRA_PREFIXES = [r"\+", r"±", r"~", r"∼", r"≈", r"≤", r"≥", r"⩽", r"⩾", r"<", r">", LATEX_SIGNS, r"\\times",
                  r"×", r"\$", r"\\(?:textbf|textit|emph|mathbf|mathrm|text)\{"]
SEPARATORS = r"[-–—~∼|]"


# Typeset spaces ('256\u00a0bits' from a LaTeX '~', '81.2\u2009%') are one space to the tokenizer; spaCy would
# make each a token of its own and part a number from its unit. Same length, so offsets hold.
TYPESET_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def plain_spaces(text: str) -> str:
    """`text` with typeset spaces (no-break, thin, narrow...) written as plain spaces."""
    return text if text.isascii() else TYPESET_SPACE.sub(" ", text)  # isascii: no scan of most texts


def _unit_suffixes() -> list[str]:
    """Units and scales that may stand glued after a number: '83.1%', '16.3M', '60FPS', '18times'."""
    words = {s for s, *_ in rules.unit_aliases() if " " not in s}
    words |= set(rules.scales())
    words |= {"\\%", "times", "X", "×", "\\times", "$\\times$"}
    # single lower-case letters other than x are too ambiguous glued to a number ("1990s", "3d")
    words = {w for w in words if len(w) > 1 or w in "%xX×KkMBGT"}
    return sorted(words, key=len, reverse=True)


def customize(nlp: Language) -> Tokenizer:
    """Install claimtab's tokenizer rules on `nlp` (a spacy.blank('en') or any English pipeline);
    nothing to do when its tokenizer was made by create_tokenizer."""
    old = nlp.tokenizer
    if is_claimtabs(old):
        return old
    nlp.tokenizer = _tokenizer(nlp, old.rules, old.url_match, old.faster_heuristics)
    return nlp.tokenizer


def is_claimtabs(tok) -> bool:
    return getattr(tok, "token_match", None) == TOKEN_MATCH.match


@spacy.registry.tokenizers("claimtab.Tokenizer.v1")
def create_tokenizer():
    """claimtab's tokenizer for a new pipeline (`spacy.blank("en", config=...)`): spaCy's default one
    is then never built, which saves a tenth of the start-up."""
    def factory(nlp: Language) -> Tokenizer:
        return _tokenizer(nlp, nlp.Defaults.tokenizer_exceptions, nlp.Defaults.url_match, True)
    return factory


def _tokenizer(nlp: Language, exceptions: dict, url_match, faster_heuristics: bool) -> Tokenizer:
    units = "|".join(re.escape(u) for u in _unit_suffixes())
    # a sentence-final period leaves a unit or name: '0.23 mJ.', '2.45x.', 'Swin-B.' (the split character
    # first, its context after it, as the infixes below)
    suffixes = [r"\$", rf"(?<=[0-9}}])(?:{units})", r"\.(?<=[A-Za-zµμ%Å]\.)", r"\+(?<=[0-9][KMBkmb%]\+)",
                r"%(?<=[0-9]\+%)"] + list(nlp.Defaults.suffixes)  # '1.5+%': at least 1.5%
    # each infix begins with the characters it splits at, its context in a lookbehind after them: the
    # regex engine then passes over every other position at once (a leading lookbehind is tried at each
    # position of each word, and cost a tenth of the tokenizer's instructions)
    infixes = list(nlp.Defaults.infixes) + [
        LATEX_SIGNS, r"\$(?<=[0-9}]\$)", r"~(?=\\)",                                    # 76.3$\pm$0.2, 10^{6}$, X~\cite
        r"=(?<=[A-Za-z0-9]=)(?=[0-9.])",                                                 # N=120, k=5, F1=9.38%
        rf"(?:%(?<=[0-9]%)|\\%(?<=[0-9]\\%)|[xX×](?<=[0-9][xX×])|\\times(?<=[0-9]\\times)|times(?<=[0-9]times)"
        rf"|dB(?<=[0-9]dB))(?=(?:{SEPARATORS}|,|/)\.?[0-9])",                              # 10X~20X, 5.55%-39.88%
        rf"{SEPARATORS}(?<=[0-9%×xXB]{SEPARATORS})(?=\.?[0-9])",                        # 10-20, 75.15|82.80
        r"(?:×(?<=[0-9]×)|\\times(?<=[0-9]\\times))(?=[0-9])",                         # 3×10^5
        r",(?<=[%xX],)(?=[0-9])",                                                         # 12X,20X
        r"\|(?<=[A-Za-z0-9%]\|)(?=[A-Za-z0-9])",                                          # A|B pipe lists
        r",(?<=[0-9],)(?=[0-9]{1,2}(?![0-9])|[0-9]{4})",                                  # 8,16,32 (not 50,568)
        # slash lists of decimals or percentages: 46.8/38.6, 0.4%/1.2% (not the fraction 1/4 or a date)
        r"/(?:(?<=\.[0-9]/)|(?<=\.[0-9]{2}/)|(?<=\.[0-9]{3}/)|(?<=[0-9][%xX×]/))(?=\.?[0-9])",
        r"/(?<=[0-9]/)(?=[0-9]+\.[0-9])",
        r"/(?<=[A-Za-z]/)(?=[0-9]+\.[0-9])",  # a metric and the next value: '72.0% mIoU/273.6 FPS' (not 'ViT-B/16')
        r"-(?<=[a-z]{4}-)(?=[0-9]{2,}\.[0-9])",  # a dash before a score: 'datasets-97.55%' (not 'gpt-3.5', 'barcode-0.90')
        r"\.(?<=[0-9]%\.)(?=[\[(A-Z])",  # a sentence's end with no space after it: 'up to 80%.[The data'
    ]
    prefixes = EXTRA_PREFIXES + list(nlp.Defaults.prefixes)
    # single-letter exceptions such as "x." would swallow a sentence-final unit: '3x to 10x.'
    special = {k: v for k, v in exceptions.items() if not re.fullmatch(r"[A-Za-z]\.", k)}
    special.update({abbr: [{ORTH: abbr}] for abbr in rules.abbreviations() if " " not in abbr})
    # one new Tokenizer instead of setting each attribute on the old one: every assignment
    # recompiles all special cases, which made up most of the start-up time
    return Tokenizer(
        nlp.vocab, rules=special,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=TOKEN_MATCH.match, url_match=url_match,
        faster_heuristics=faster_heuristics,
    )
