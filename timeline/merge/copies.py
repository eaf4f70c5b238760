"""A sentence copied word for word into a later article keeps the date its first telling gave it.

Pages carry earlier articles' sentences: a correspondent's blog page holds the archive of earlier posts, a page
repeats an earlier story in a panel. A relative date phrase in such a copy ("were confirmed yesterday", "on
Monday") was written on the first article's day, so read against the copy's publication date it names another day
and makes a second entry of the same happening a month later. The copy keeps its sentence as a source; its date, and
the day it was written (what tells a plan from a happening: timeline.salience), are the first telling's. Deterministic and indifferent to input order: the first telling is the earliest publication
(then the article's name), whatever order the items come in."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.merge.similarity import Item, event_order, item_dated

# what makes two events one sentence's copy of one date phrase: the sentence, the phrase and the event's verb (a
# sentence telling two events under one phrase gives each its own date)
CopyKey = tuple[str, str, str]


def first_tellings(items: Sequence[Item]) -> list[Item]:
    """The items, in canonical order, each copy of an earlier article's sentence dated, and written, as that article's.
    Only dated events whose phrase is written out are compared; a copy published on the first telling's day is
    no copy (the same day reads the phrase the same way)."""
    groups: dict[CopyKey, list[Item]] = {}
    for item in items:
        source = item.event.source
        if item.event.date and source.expression and source.published:
            groups.setdefault((source.quote, source.expression, item.event.trigger), []).append(item)
    redated: dict[int, Item] = {}
    for group in groups.values():
        if len(group) < 2 or len({(i.event.date, i.event.mod) for i in group}) < 2:
            continue
        first = min(group, key=_telling_order)
        for item in group:
            if item.event.source.published > first.event.source.published:
                redated[id(item)] = item_dated(item, first.event)
    if not redated:
        return list(items)
    return sorted((redated.get(id(item), item) for item in items), key=lambda item: event_order(item.event))


def _telling_order(item: Item) -> tuple[object, ...]:
    return (item.event.source.published, item.event.article, event_order(item.event))
