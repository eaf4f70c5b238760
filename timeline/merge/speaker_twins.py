"""Merging, one named speaker's several sayings of one day told by one article.

"Dabbashi said that the death toll could be as high as 800" and "Ibrahim Dabbashi said the army and militias are
shooting at them", both of one Monday and both written by one article, tell one occasion (his remarks to reporters)
in two clauses: an editor lists them as one line. join_speaker_twins joins two entries of one day whose titles are
sayings (a reporting verb of speaker_twins.yaml) by the same named person (merge.speakers.named_speaker: the same
full name, or the surname after the full name) when one article writes a sentence of each and no two occasions
("in a speech" / "in an interview") are named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from timeline.merge.clustering import Cluster
from timeline.merge.joins import _join_day_groups, _title_member
from timeline.merge.similarity import title_words
from timeline.merge.speakers import named_speaker
from timeline.merge.speakers import rules as speakers_rules
from timeline.rules import load_yaml


@cache
def rules() -> dict[str, Any]:
    """The table of speaker_twins.yaml."""
    return load_yaml(__package__, "speaker_twins.yaml")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules()[key])


_WORD = re.compile(r"[a-z]+")
# a year or a day of a month: a date, not a count
_DATES = re.compile(r"\b(?:1[89]|20)\d\d\b"
                    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")  # a count a sentence gives ("15", "1,271")


class _Saying(NamedTuple):
    """A day cluster's saying: the speaker's name keys, the articles of its sentences, the occasions and the counts
    they name."""

    speaker: frozenset[str]
    articles: frozenset[str]
    occasions: frozenset[str]
    figures: frozenset[str]


def saying_speaker(title: str) -> frozenset[str] | None:
    """The name keys of a title's speaker when the title opens with a person's name and a reporting verb of
    speaker_twins.yaml ("Ibrahim Dabbashi said ..." -> ibrahim, dabbashi) or closes with one (", President Barack
    Obama said"); None for an act ("Jalil resigned") or a speaker that is no name."""
    named = named_speaker(title)
    if not named:
        return None
    verbs, adverbs = _words("verbs"), speakers_rules()["adverbs"]
    words = title_words(title)
    verb = next((w.lower() for w in words[1:] if w[:1].islower() and w.lower() not in adverbs), "")
    if verb in verbs:
        return named
    # a closing attribution: ", President Barack Obama said"
    tail = title_words(title.rpartition(",")[2]) if "," in title else []
    return named if tail and any(w.lower() in verbs for w in tail[-1 - int(speakers_rules()["attribution_tail"]):]) \
        else None


def occasions(sentence: str) -> frozenset[str]:
    """The occasion words a sentence names ("In a speech Monday ..." -> speech)."""
    return frozenset(w for w in _WORD.findall(sentence.lower()) if w in _words("occasions"))


def _saying(cluster: Cluster, when: tuple[str, str]) -> _Saying | None:
    speaker = saying_speaker(_title_member(cluster, when).event.title)
    if speaker is None:
        return None
    found: set[str] = set()
    figures: set[str] = set()
    for m in cluster.members:
        found |= occasions(m.event.source.quote)
        figures |= set(_FIGURE.findall(_DATES.sub(" ", m.event.source.quote)))
    return _Saying(speaker, frozenset(m.event.article for m in cluster.members), frozenset(found), frozenset(figures))


def _one_occasion(a: _Saying, b: _Saying) -> bool:
    """The same person (one name's keys inside the other's, a full name on one side), one article writing both, no
    two occasions and no two counts named."""
    if not (a.speaker <= b.speaker or b.speaker <= a.speaker) or not a.articles & b.articles:
        return False
    if max(len(a.speaker), len(b.speaker)) < 2:
        return False  # no full name on either side: a group ("Rebels said") or a bare word tells no one person
    if a.figures and b.figures and not a.figures & b.figures:
        return False  # two counts: two updates ("the toll rose to 16" / "the toll rose to 15")
    return not (a.occasions and b.occasions and not a.occasions & b.occasions)


def join_speaker_twins(clusters: Sequence[Cluster]) -> None:
    """Join the day clusters whose titles are one named person's sayings told by one article (_one_occasion)."""
    _join_day_groups(clusters, _saying, _one_occasion)
