"""Merging, a title whose subject is a bare noun pointing back to its article's telling (twins53).

"The same album earned Jackson his last number one when first released" never names the album: its article's other
sentence of that date does ("Number Ones last topped the UK album chart in 2003"), and the two tell one happening.
join_bare_referents joins such a title into the one other entry of its date, of its article, whose title writes the
noun (referents.yaml beside this module).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from timeline.events.lexicon import is_adverb, is_past
from timeline.merge.clustering import Cluster
from timeline.merge.entries import wording_title
from timeline.merge.joins import dated_clusters
from timeline.merge.similarity import title_words
from timeline.rules import load_yaml


@cache
def rules() -> dict[str, Any]:
    """The table of referents.yaml."""
    return load_yaml(__package__, "referents.yaml")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules()[key])


def _singular(noun: str) -> bool:
    """Not a plural: "album", "committee", "process", "crisis"; "rebels", "forces" are plurals."""
    return not noun.endswith("s") or noun.endswith(("ss", "is", "us"))


def bare_referent(title: str) -> str | None:
    """The noun a title's bare subject points back with ("The same album earned ..." -> album; "The committee
    repeated calls ..." -> committee), or None: a side or a place (``sides``), a plural, a capitalised noun, a noun
    followed by another noun or a preposition ("The oil leak began", "The meeting of ... was held"), an adverb ("The
    recently departed director")."""
    words = title_words(title)
    if len(words) < 3 or words[0].lower() not in _words("openers"):
        return None
    at = 2 if words[1].lower() in _words("same") else 1
    if at + 1 >= len(words):
        return None
    noun, verb = words[at], words[at + 1]
    if not noun.isalpha() or not noun.islower() or noun in _words("sides") or not _singular(noun) or is_adverb(noun):
        return None
    if not verb.islower() or not (verb in _words("auxiliaries") or is_past(verb)):
        return None
    return noun


def join_bare_referents(clusters: Sequence[Cluster]) -> None:
    """A cluster whose title's subject is a bare noun pointing back (bare_referent) joins the one other cluster of
    its date (a day, a month or a year) that holds a sentence of the title's article and whose title writes the noun
    in lower case: "The same album earned Jackson his last number one" / "Number Ones topped the UK album chart"
    (one article, 2003). Another article's entry, or two such entries, stay apart."""
    dates: dict[str, list[tuple[int, Cluster, tuple[str, str]]]] = defaultdict(list)
    for ci, c, when in dated_clusters(clusters):
        dates[when[0]].append((ci, c, when))
    titles: dict[int, str] = {}  # the wording the joins read, made only where a bare referent may be

    def title_of(ci: int, c: Cluster, when: tuple[str, str]) -> str:
        if ci not in titles:
            titles[ci] = wording_title(c.members, when)
        return titles[ci]

    for found in dates.values():
        if len(found) < 2:
            continue
        for ci, c, when in found:
            # the cluster's title is one of its members' titles: none a bare referent, no title to make
            if not c.members or not any(bare_referent(m.event.title) for m in c.members):
                continue
            title = title_of(ci, c, when)
            noun = bare_referent(title)
            if noun is None:
                continue
            article = next((m.event.article for m in c.members if m.event.title == title), c.members[0].event.article)
            targets = [cj for cj, d, w in found
                       if cj != ci and d.members and any(m.event.article == article for m in d.members)
                       and noun in title_words(title_of(cj, d, w))]
            if len(targets) == 1:
                c.move_to(clusters[targets[0]])
