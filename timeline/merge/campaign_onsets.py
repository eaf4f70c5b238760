"""Merging, the beginning of one war or one campaign told by several entries of one month: "Civil war ... ignited" /
"Fighting broke out" / "Rebels launched their uprising" (February 2011). A title tells such a beginning by a noun of
one class of campaign_onsets.yaml ``classes`` (a war's, a campaign's) as the subject of an onset verb or the object of
a verb of launching; the month's titles of one class join into the one most articles tell, and that into the one day
entry of the month telling a beginning of its class when more articles tell it (join_campaign_onsets). A beginning in
a named town, a year's beginnings, a day's beside another, and the other class's stay apart."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from timeline.merge.clustering import Cluster
from timeline.merge.joins import _articles, _title_member, dated_clusters
from timeline.merge.similarity import title_words
from timeline.rules import load_yaml

MONTH = re.compile(r"(\d{4}-\d{2})")
DAY = re.compile(r"(\d{4}-\d{2})-\d{2}")


@cache
def _table() -> dict:
    return load_yaml(__package__, "campaign_onsets.yaml")


def _phrases(words: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase of a table's list as its lower-case words, longest first."""
    return tuple(sorted({tuple(str(w).lower().split()) for w in words}, key=len, reverse=True))


@cache
def _nouns() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Each noun phrase of ``classes`` with its class, by its first word, longest first ("civil war" before "war")."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, words in _table()["classes"].items():
        for w in words:
            phrase = tuple(str(w).lower().split())
            found.setdefault(phrase[0], []).append((phrase, name))
    return {first: tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)) for first, pairs in found.items()}


@cache
def _list(key: str) -> tuple[tuple[str, ...], ...]:
    """A list of the table as phrases (_phrases)."""
    return _phrases(_table()[key])


def _at(words: Sequence[str], i: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """The length of the first phrase that starts at word i, or 0."""
    for phrase in phrases:
        if tuple(words[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _named_setting(words: Sequence[str], i: int) -> bool:
    """Whether the title's words at i give a setting by name ("in Misrata")."""
    settings = frozenset(str(w) for w in _table()["settings"])
    return i + 1 < len(words) and words[i].lower() in settings and words[i + 1][:1].isupper()


def onset_class(title: str) -> str | None:
    """The class of the war or campaign whose beginning a title tells ("NATO bombing campaign began" -> campaign,
    "Rebels launched their uprising" -> war), or None: a noun of ``classes`` then an onset verb at most ``between``
    words on, or a verb of ``launches`` then the noun past at most one determiner and one other word. None when a
    named setting follows the noun or the verb ("The fighting began in Misrata"). Linear in the title's words."""
    words = title_words(title)
    lower = [w.lower() for w in words]
    for i in range(len(lower)):
        found = next(((len(noun), name) for noun, name in _nouns().get(lower[i], ())
                      if tuple(lower[i:i + len(noun)]) == noun), None)
        if found is not None:
            return _told_onset(words, lower, i, *found)
    return None


def _told_onset(words: Sequence[str], lower: Sequence[str], i: int, size: int, name: str) -> str | None:
    """onset_class for the title's first noun of ``classes``, `size` words at i."""
    table = _table()
    end = i + size
    if _named_setting(words, end):
        return None
    onsets, launches = _list("onsets"), _list("launches")
    for j in range(end, min(end + int(table["between"]), len(lower)) + 1):
        verb = _at(lower, j, onsets)
        if verb:
            return None if _named_setting(words, j + verb) else name
    determiners = frozenset(str(w) for w in table["determiners"])
    for k in range(max(0, i - 3), i):
        verb = _at(lower, k, launches)
        gap = lower[k + verb:i]
        if verb and k + verb <= i and len(gap) <= 2 and sum(w not in determiners for w in gap) <= 1:
            return name
    return None


def join_campaign_onsets(clusters: Sequence[Cluster]) -> None:
    """Join the entries of one month whose titles tell the beginning of a war or campaign of one class (onset_class)
    into the one most articles tell (the first in canonical order of those), when there are two or more; then that
    entry into the one day entry inside its month telling a beginning of its class, when there is exactly one and
    more articles tell it ("NATO bombing campaign began", March / "NATO began bombing Libya", 19 March)."""
    by_month: dict[tuple[str, str], list[int]] = defaultdict(list)
    days: dict[tuple[str, str], list[int]] = defaultdict(list)
    for ci, c, when in dated_clusters(clusters):
        month = MONTH.fullmatch(when[0]) or DAY.fullmatch(when[0])
        if month is None:
            continue
        name = onset_class(_title_member(c, when).event.title)
        if name is not None:
            (by_month if month.re is MONTH else days)[(month.group(1), name)].append(ci)
    for key in sorted(by_month):
        found = by_month[key]
        target = min(found, key=lambda ci: (-_articles(clusters[ci]), ci))
        for ci in found:
            if ci != target and clusters[ci].members:
                clusters[ci].move_to(clusters[target])
        inside = days.get(key, [])
        if len(inside) == 1 and _articles(clusters[inside[0]]) > _articles(clusters[target]):
            clusters[target].move_to(clusters[inside[0]])
