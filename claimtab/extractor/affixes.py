"""Faster stand-ins for two of the tokenizer's regex searches, each giving exactly what the regex gives.

spaCy joins the suffix rules into one regex, `rule1$|rule2$|...`, and searches it on every new word: the
regex engine tries all ~80 rules at every character of the word (~2.4 µs a word, a sixth of the
tokenizer's time on new text). A match must end with the word's last character, and most rules can end
with only a few characters (',' or ')' or 'km'), so SuffixSearch searches only the rules that can end
with the word's last character (worked out once per character, from the rules' parse trees).

spaCy's URL pattern is tried on every word that no rule splits; a URL always has a '.', so a word without
one is settled by a scan for '.' before the pattern runs."""
from __future__ import annotations

import re

try:
    from re import _parser as sre_parse  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

MAX_MEMO = 4096  # characters whose rule selection is remembered (a text seldom has more distinct last characters)

_ZERO_WIDTH = {sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT}
_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT} | ({sre_parse.POSSESSIVE_REPEAT}
                                                          if hasattr(sre_parse, "POSSESSIVE_REPEAT") else set())

Ranges = list[tuple[int, int]]  # code points, inclusive


class SuffixSearch:
    """`compile_suffix_regex(rules).search`, searching only the rules that can end with the text's last
    character. `pattern` is the joined regex, which is what spaCy saves with a tokenizer."""

    def __init__(self, rules):
        self.rules = [r for r in rules if r.strip()]  # as compile_suffix_regex keeps them
        self.pattern = "|".join(r + "$" for r in self.rules)
        self._full = re.compile(self.pattern)
        self._ends = [_last_chars(r) for r in self.rules]
        self._by_char: dict[str, object] = {}
        self._by_rules: dict[tuple[int, ...], object] = {}

    def search(self, text: str):
        if not text or text[-1] == "\n":  # '$' also matches before a final newline
            return self._full.search(text)
        last = text[-1]
        found = self._by_char.get(last, False)
        if found is False:
            found = self._for(last)
        return None if found is None else found(text)

    def _for(self, char: str):
        """The search of the rules that can end with `char` (None when no rule can)."""
        code = ord(char)
        chosen = tuple(k for k, ends in enumerate(self._ends)
                       if ends is None or any(a <= code <= b for a, b in ends))
        found = self._by_rules.get(chosen)
        if found is None and chosen:
            found = self._by_rules[chosen] = re.compile("|".join(self.rules[k] + "$" for k in chosen)).search
        if len(self._by_char) >= MAX_MEMO:
            self._by_char.clear()
        self._by_char[char] = found
        return found

    def __reduce__(self):
        return SuffixSearch, (self.rules,)


def url_match(match):
    """spaCy's URL match answering None at once for text without a '.' (its pattern needs one in the
    host name or IP address); any other url_match is returned as given."""
    from spacy.lang.tokenizer_exceptions import URL_PATTERN

    pattern = getattr(match, "__self__", None)
    if not isinstance(pattern, re.Pattern) or pattern.pattern.removeprefix("(?u)") != URL_PATTERN:
        return match
    return re.compile(r"(?=[^.]*\.)(?:" + URL_PATTERN + ")", pattern.flags).match


def _last_chars(rule: str) -> Ranges | None:
    """The characters a match of `rule` can end with; None when that cannot be told (the rule is then
    searched for every character)."""
    try:
        parsed = sre_parse.parse(rule + "$")  # as it stands in the joined regex
        items = list(parsed)
        if parsed.state.flags & (re.IGNORECASE | re.MULTILINE) or not items \
                or items[-1] != (sre_parse.AT, sre_parse.AT_END):
            return None  # ('a|b' joins as 'a|b$': its 'a' is not held to the end)
        return _ends(items[:-1])
    except Exception:  # noqa: BLE001 - a parse tree of another shape (a private module): search always
        return None


def _ends(items: list) -> Ranges | None:
    """Last characters of a sequence of parse items: those of its last item that consumes text."""
    for op, av in reversed(items):
        if op in _ZERO_WIDTH:
            continue
        return _item_ends(op, av)
    return None  # only assertions: matches the empty string


def _item_ends(op, av) -> Ranges | None:
    if op == sre_parse.LITERAL:
        return [(av, av)]
    if op == sre_parse.IN:
        return _set_ends(av)
    if op == sre_parse.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & (re.IGNORECASE | re.MULTILINE) else _ends(list(sub))
    if op == sre_parse.BRANCH:
        out: Ranges = []
        for branch in av[1]:
            ends = _ends(list(branch))
            if ends is None:
                return None
            out += ends
        return out
    if op in _REPEATS:
        low, _high, sub = av
        return _ends(list(sub)) if low >= 1 else None  # may be empty: the item before could end it
    return None


def _set_ends(members) -> Ranges | None:
    out: Ranges = []
    for op, av in members:
        if op == sre_parse.LITERAL:
            out.append((av, av))
        elif op == sre_parse.RANGE:
            out.append(av)
        else:  # NEGATE, CATEGORY (\d, \w): not worth spelling out
            return None
    return out
