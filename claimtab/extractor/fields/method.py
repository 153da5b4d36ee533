"""The paper's own method: the name it proposes ('we propose X', 'X: a ... ' in the title). It is the
model of every claim that names no other system."""
from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from claimtab import rules
from claimtab.extractor.fields.names import abbreviates, defined_name, model_like, norm_key, text_before
from claimtab.extractor.tokens import view

ARTICLES = rules.words("article")
GENERIC = rules.generic_systems()
CUE_REACH = 15  # tokens after a method cue in which its name stands


class MethodFinder:
    """The method cues of rules/method_cues.txt, compiled; call it on a Doc for the paper's method."""

    def __init__(self, nlp):
        # a cue with a '*' slot ('we * propose') is matched from the slot on ('propose'); the words before
        # the slot are checked in cues(), with or without one word between
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.heads: dict[str, tuple[str, ...]] = {}
        for cue in rules.method_cues():
            head, star, rest = cue.partition(" * ")
            key = f"METHOD:{head}" if star else "METHOD"
            self.heads[key] = tuple(head.split()) if star else ()
            self.matcher.add(key, [nlp.make_doc(rest if star else cue)])

    def __call__(self, doc: Doc, title: str | None, ds_tokens: frozenset[int]) -> str | None:
        """A one-word name before the title's colon ('FcaFormer: ...'); else, cue by cue ('we propose',
        'called' ...), a name given in parentheses after it ('... Transformer (TNT)') or a name right after
        it ('we propose CondLaneNet, a ...'); else a name in the title head; else the first name-like word
        after a cue."""
        head = title.split(":", 1)[0].strip() if title and ":" in title else ""
        words = head.split()
        if len(words) == 1 and len(head) <= 30:
            return head
        cue_names: list[str] = []
        for _s, e in self.cues(doc):
            name, later = _named_after_cue(doc, e, ds_tokens)
            if name and name not in GENERIC:
                return name
            cue_names += [n for n in later if n not in GENERIC]
        named = [w.strip(",.") for w in words if any(c.isupper() for c in w[1:]) or any(c.isdigit() for c in w)]
        if 1 <= len(words) <= 3 and len(named) == 1:
            return named[0]
        return cue_names[0] if cue_names else None

    def cues(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of the method cues in the Doc, in text order."""
        strings, v = doc.vocab.strings, view(doc)
        found = set()
        for mid, s, e in self.matcher(doc):
            head = self.heads[strings[mid]]
            if not head:
                found.add((s, e))
                continue
            for start in (s - len(head), s - len(head) - 1):  # 'we propose', 'we also propose'
                if start >= 0 and v.lower[start:start + len(head)] == head \
                        and (start + len(head) == s or v.is_alpha[s - 1]):
                    found.add((start, e))
                    break
        return sorted(found)


def _named_after_cue(doc: Doc, e: int, ds_tokens: frozenset[int]) -> tuple[str | None, list[str]]:
    """The name a method cue ending at token e introduces, and (when it introduces none) the name-like
    words after it."""
    v = view(doc)
    text = v.text
    window = range(e, min(len(doc), e + CUE_REACH))
    stop = next((i for i in window if text[i] in (".", ";")), window.stop)
    first = next((i for i in window if v.lower[i] not in ARTICLES), None)
    first_named = first is not None and first not in ds_tokens and model_like(text[first])
    defined, paren = defined_name(v, e, stop, ds_tokens)
    # 'we propose CondLaneNet, a ... (FPN)': the name right after the cue, unless the parentheses
    # define a name for the words from it on ('MAsked Sequence to Sequence pre-training (MASS)')
    if defined and not (first_named and model_like(text[first], True)
                        and not abbreviates(text_before(v, first, paren), defined)):
        return defined, []
    if first_named:
        return text[first], []
    return None, [text[i] for i in window if i not in ds_tokens and model_like(text[i]) and not doc[i].is_sent_start]
