"""Merging, entries: the day of a coarse entry that reports tell in the present perfect on that day (dates36).

An entry whose dated sources give only a week, a month or a year ("this week", "earlier this month") and no day, but
whose undated sources tell its act in the present perfect ("X has been found guilty", "A jury has found X guilty")
in reports published inside that date, takes the publication day of the first such report: a present perfect with
no date phrase is the news of the day it is told. It needs that act told so by at least perfect_days.yaml
``min_articles`` articles, a finished act (not a lasting state: ``lasting``, "has been detained"), and a day every
dated source's date holds; else the entry keeps its date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.dates import compatible, precision
from timeline.merge.similarity import Item
from timeline.rules import load_yaml



@cache
def _table() -> dict:
    return load_yaml(__package__, "perfect_days.yaml")


@cache
def _perfect_pattern() -> re.Pattern[str]:
    """ "has found", "have been released": an auxiliary of perfect_days.yaml, "been" at most, then one word (the
    event's trigger, compared by the caller)."""
    aux = "|".join(re.escape(str(w)) for w in _table()["auxiliaries"])
    return re.compile(rf"\b(?:{aux})\s+(?:been\s+)?([A-Za-z]+)\b", re.IGNORECASE)


def told_in_perfect(item: Item) -> bool:
    """Whether the undated item's sentence tells its own act (its trigger) in the present perfect, a finished one."""
    trigger = item.event.trigger.lower()
    if not trigger or trigger in {str(w).lower() for w in _table()["lasting"]}:
        return False
    return any(m.group(1).lower() == trigger for m in _perfect_pattern().finditer(item.event.source.quote))


def perfect_day(members: Sequence[Item], when: tuple[str, str]) -> tuple[str, str]:
    """The day of the first report that tells the entry's act in the present perfect, when `when` (the entry's date,
    entries.choose_date) is coarser than a day, no member gives a day, and that day lies within every dated member's
    date; else `when`."""
    if not when[0] or precision(when[0]) <= 1 or any(m.day for m in members):
        return when
    told = [m for m in members if not m.when[0] and precision(m.event.source.published or "") == 1
            and told_in_perfect(m)]
    if len({m.event.article for m in told}) < int(_table()["min_articles"]):
        return when
    day = (min(m.event.source.published for m in told), "")
    if not compatible(day, when) or not all(compatible(day, m.when) for m in members if m.when[0]):
        return when
    return day
