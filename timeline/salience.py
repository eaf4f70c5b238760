"""Selection: which events the timeline shows.

- `happened`: a timeline tells what happened; an event only announced for after the publication of
  every article that mentions it ("elections are scheduled for November 28") is left out, unless asked.
  Its announcements still count as sources once an article reports that it took place.
- `top` (`timeline build --top N`): an editor keeps the dates many articles talk about, and above all
  the dates journalists themselves list in chronologies ("Aug. 23 - Rebels overrun Gaddafi's compound").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from collections.abc import Mapping

from timeline.dates import precision, span
from timeline.events.triggers import is_chronology_item as chronology_line
from timeline.merge import entry_sort_key
from timeline.model import Entry, Source


def is_chronology_item(source: Source) -> bool:
    """Whether a source is an item of a chronology written by journalists (see
    timeline.events.triggers.is_chronology_item)."""
    return chronology_line(source.quote, source.expression)


def top(entries: Sequence[Entry], n: int, also_mentioned: Sequence[Entry] = ()) -> list[Entry]:
    """The n most salient entries, in chronological order, plus every rejected entry.

    `also_mentioned` are entries that are not candidates but whose articles still make their dates
    salient: events only announced for a date (left out by `happened`) tell that the date mattered.

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
    for e in [*live, *(m for m in also_mentioned if not m.rejected)]:
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


def happened(entries: Sequence[Entry], published: Mapping[str, str]) -> list[Entry]:
    """The entries that at least one dated source reports on or after the day they begin, plus every entry
    a person curated out (rejected) or wrote by hand (no sources). An undated mention does not count: a later
    article naming the sentencing that an earlier one set "for March 28" does not date it to March 28."""
    kept = []
    for entry in entries:
        days = span(entry.date)
        reported = [span(published[s.article]) for s in entry.sources if s.article in published and s.expression]
        if (entry.rejected or not entry.sources or days is None
                or any(day is not None and day[1] >= days[0] for day in reported)):
            kept.append(entry)
    return kept
