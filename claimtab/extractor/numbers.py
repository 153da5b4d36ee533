"""Parse the text of one token as a number: digits, decimals, thousands separators, signs,
scientific notation (1e-4, 10^{-5}), fractions (1/4), dimensions (256x256) and number words.

Tokens the tokenizer left glued to a unit or scale ("340M", "18times") parse as number + suffix.
"""
from __future__ import annotations

import math

import re
from dataclasses import dataclass

from claimtab import rules
from claimtab.extractor.caches import word_cache

MINUS = "-−–"
SIGN = r"[+\-−–±]"   # the hyphen escaped: "+-−" inside [] would be a range that admits letters
MINUS_SIGN = r"[+\-−–]"
ASCII_DIGITS = "0123456789"
DIGITS_RE = re.compile(rf"^(?P<num>{SIGN}?(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+))$", re.ASCII)
SCI_RE = re.compile(
    rf"^(?P<mant>{MINUS_SIGN}?\d+(?:\.\d+)?)(?:[eE]\^?\{{?(?P<e1>{MINUS_SIGN}?\d+)\}}?|\^\{{?(?P<e2>{MINUS_SIGN}?\d+)\}}?)$", re.ASCII)
FRACTION_RE = re.compile(r"^(?P<a>\d+)/(?P<b>\d+)$", re.ASCII)
DIMS_RE = re.compile(r"^(?P<a>\d+(?:\.\d+)?)(?:x|X|×|\\times|times)(?P<b>\d+(?:\.\d+)?)(?:(?:x|X|×|\\times|times)\d+)?$", re.ASCII)
GLUED_RE = re.compile(r"^(?P<num>[+−–-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<suffix>[^\d.,].*)$", re.ASCII)


@dataclass(frozen=True)
class Number:
    """A parsed number token: its value, the shape it had, and any unit/scale text glued after it."""
    value: float
    shape: str          # digits | sci | fraction | dims | word
    sign: str = ""      # "+", "-" or "±" when written
    suffix: str = ""    # glued text after the digits, e.g. "M" in "340M"
    implied_unit: str = ""  # "x" for twice/half


def _float(text: str) -> float:
    return float(text.replace(",", "").replace("−", "-").replace("–", "-").replace("±", ""))


def _sign(text: str) -> str:
    if not text:
        return ""
    c = text[0]
    return "+" if c == "+" else "±" if c == "±" else "-" if c in MINUS else ""


def scaled(mantissa: float, exponent: float) -> float:
    """mantissa × 10^exponent as the decimal it writes ('3e-4' is 0.0003, not 0.00030000000000000003)."""
    value = mantissa * power(10.0, exponent)
    return float(f"{value:.12g}") if math.isfinite(value) else value


def power(base: float, exponent: float) -> float:
    """base ** exponent, infinite where it leaves the float range ('1e400', '10^400': no value is
    reported for them, and nothing raises)."""
    try:
        return float(base) ** float(exponent)
    except OverflowError:
        return math.inf
    except ZeroDivisionError:
        return math.inf


@word_cache()
def parse(text: str) -> Number | None:
    """The number a token's text states, or None when it is not a number."""
    if not text or not (text[0] in ASCII_DIGITS or text[0] in "+−–-±." or text[0].isalpha()):
        return None
    if text[0].isalpha():
        return _parse_word(text)
    m = DIGITS_RE.match(text)
    if m:
        if text in "+-−–±.":
            return None
        return Number(_float(text), "digits", _sign(text))
    m = SCI_RE.match(text)
    if m:
        mant = _float(m.group("mant"))
        if m.group("e1") is not None:
            return Number(scaled(mant, _float(m.group("e1"))), "sci", _sign(text))
        return Number(power(mant, _float(m.group("e2"))), "sci", _sign(text))
    m = FRACTION_RE.match(text)
    if m and int(m.group("b")) != 0:
        return Number(int(m.group("a")) / int(m.group("b")), "fraction")
    m = DIMS_RE.match(text)
    if m:
        return Number(float(m.group("a")), "dims")
    m = GLUED_RE.match(text)
    if m:
        return Number(_float(m.group("num")), "digits", _sign(text), suffix=m.group("suffix"))
    return None


def _parse_word(text: str) -> Number | None:
    words = rules.number_words()
    low = text.lower()
    if low in words:
        value, unit = words[low]
        return Number(value, "word", implied_unit="" if unit == "-" else unit)
    return None


def is_number_word(text: str) -> bool:
    return text.lower() in rules.number_words()


def combine_words(values: list[float]) -> float:
    """Value of a number-word sequence such as twenty-five (20, 5) or two hundred (2, 100)."""
    total, current = 0.0, 0.0
    for v in values:
        if v in (100.0, 1000.0) and current:
            current *= v
        elif v == 100.0 or v == 1000.0:
            current = v
        else:
            current += v
    return total + current
