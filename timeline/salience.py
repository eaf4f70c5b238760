"""Salience: which events a short timeline must show (`timeline build --top N`).

An editor keeps the dates many articles talk about, and above all the dates journalists themselves
list in chronologies ("Aug. 23 - Rebels overrun Gaddafi's compound").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from timeline.dates import precision
from timeline.merge import entry_sort_key
from timeline.model import Entry, Source

_BULLETS = "*\u2022\u00b7- \t"
_ITEM_MARKS = frozenset("-\u2013\u2014:")


def is_chronology_item(source: Source) -> bool:
    """Whether a source is an item of a chronology written by journalists: its sentence starts with
    the date phrase followed by a dash or colon ("Aug. 23 - Rebels overrun Gaddafi's compound")."""
    if not source.expression:
        return False
    quote = source.quote.lstrip(_BULLETS)
    if not quote.startswith(source.expression):
        return False
    return quote[len(source.expression):].lstrip()[:1] in _ITEM_MARKS


def top(entries: Sequence[Entry], n: int) -> list[Entry]:
    """The n most salient entries, in chronological order, plus every rejected entry.

    Salience, in order: a day-precise date before a coarser one (timelines are read by day); the
    number of distinct articles that list the entry's date as an item of a chronology (journalists'
    own timelines, see is_chronology_item); the number of distinct articles that report the date
    (over all the entries on that exact date: a date many articles talk about is one an editor puts
    on a timeline); then the entry's own chronology items and reports. One entry per date is taken
    first, so the selection covers n different dates where it can; the remaining slots take the next
    entries in that order. Ties fall to the earlier date, then the title and id. Rejected entries are
    never selected but are kept in the result (outside the n), so a curated file keeps them.
    """
    live = [e for e in entries if not e.rejected]
    rejected = [e for e in entries if e.rejected]
    by_date: dict[str, set[str]] = defaultdict(set)
    listed: dict[str, set[str]] = defaultdict(set)
    for e in live:
        by_date[e.date].update(s.article for s in e.sources)
        listed[e.date].update(s.article for s in e.sources if is_chronology_item(s))

    def rank(e: Entry) -> tuple[object, ...]:
        own = len({s.article for s in e.sources if is_chronology_item(s)})
        return (precision(e.date) != 1, -len(listed[e.date]), -len(by_date[e.date]), -own, -e.reports,
                entry_sort_key(e))

    ranked = sorted(live, key=rank)
    chosen: list[Entry] = []
    seen_dates: set[str] = set()
    for e in ranked:
        if len(chosen) >= n:
            break
        if e.date not in seen_dates:
            chosen.append(e)
            seen_dates.add(e.date)
    if len(chosen) < n:
        picked = {e.id for e in chosen}
        chosen.extend([e for e in ranked if e.id not in picked][: n - len(chosen)])
    return sorted(chosen + rejected, key=entry_sort_key)
