"""A second verb that tells a time counted from the first (offset_conjuncts.yaml).

"She went to the Aurelio Valdivieso Hospital on 8 April but died five days later": the date is the going's, and the
dying is another event with its own time. A title joining the two under the first one's date tells the second on the
wrong day, so such a conjunct is cut from the title (dating.offset_conjunct_title) and a "but" of reversal that
tells such a time is not added back (polish._takes_back) nor protected from a cut (titles._but_reverses)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from timeline.rules import load_yaml


@dataclass(frozen=True)
class _Table:
    measured: frozenset[str]
    units: frozenset[str]
    leads: frozenset[str]
    particle_verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    closing_words: frozenset[str]
    verb_words: int
    span_words: int


@cache
def table() -> _Table:
    raw = load_yaml(__package__, "offset_conjuncts.yaml")
    words = {k: frozenset(str(w).lower() for w in raw[k])
             for k in ("measured", "units", "leads", "particle_verbs", "closing_words")}
    phrases = tuple(tuple(str(p).lower().split()) for p in raw["phrases"])
    return _Table(phrases=phrases, verb_words=int(raw["verb_words"]), span_words=int(raw["span_words"]), **words)


def _bare(word: str) -> str:
    return word.lower().strip(",;:.!?\"“”‘’'()")


def _spans_back(words: Sequence[str]) -> bool:
    """ "six months of civil war", "weeks of fighting": a span of an activity that led up to the act (one of `units`
    and "of" within `span_words` words), not a later happening."""
    t = table()
    return any(w in t.units and k + 1 < len(words) and words[k + 1] == "of" for k, w in enumerate(words[:t.span_words]))


def tells_offset(words: Sequence[str]) -> bool:
    """Whether a conjunct's words (from its verb to its next comma) tell a time counted from another act: "died five
    days later", "was found not guilty following a five-month trial", "discharged after treatment", "the next day",
    "has been held since". Not "later withdrew" (no measure), "named after his father", "within weeks", "ended 42
    years of rule after six months of civil war" (a span that led up to the act)."""
    t = table()
    low = [_bare(w) for w in words]
    for i, word in enumerate(low):
        before = low[i - 1] if i else ""
        if word in t.measured and before in t.units:
            return True  # "five days later", "a week after"
        if word in t.leads and i + 1 < len(low) and low[i + 1] and before not in t.particle_verbs \
                and before not in t.units and not _spans_back(low[i + 1:]):
            return True  # "following a five-month trial"
        if any(tuple(low[i:i + len(p)]) == p for p in t.phrases):
            return True
    return bool(low) and low[-1] in t.closing_words

