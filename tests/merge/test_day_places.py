"""A rare place of several words named by two titles of one day, whose subjects agree, is one happening told with
other verbs (merge.joins.join_day_places; derivations.yaml ``day_places``): the examples' `one` titles end in one
entry, the near misses (another subject, different doers, another day) stay apart."""

from __future__ import annotations

import pytest

from timeline.merge.clustering import Cluster
from timeline.merge.joins import join_day_places
from timeline.merge.similarity import Similarity, derivations, item_of
from timeline.model import Event, Source

EXAMPLES = derivations()["day_places"]["examples"]


def _event(article: str, date: str, title: str, trigger: str, keys: str, quote: str = "") -> Event:
    return Event(article=article, date=date, mod="", title=title, source=Source(article, quote or title + ".", date),
                 keys=tuple(sorted(keys.split())), trigger=trigger)


@pytest.mark.parametrize("case", EXAMPLES, ids=lambda c: c["name"])
def test_one_rare_place_and_subject_of_one_day_is_one_entry(case):
    items = [item_of(_event(*fields)) for fields in case["events"]]
    # a feed of other events, so that the places' words are rare and the common words are not
    others = [item_of(_event(f"other{n}", f"2000-01-{n % 28 + 1:02d}", f"Other event {n}", "said",
                             f"workers oil rebels forces other{n}")) for n in range(100)]
    clusters = [Cluster() for _ in items]
    for cluster, item in zip(clusters, items):
        cluster.add(item)
    join_day_places(clusters, Similarity([*items, *others]))

    def entry_of(title: str) -> int:
        return next(n for n, c in enumerate(clusters) for m in c.members if m.event.title == title)

    entries = [[m.event.title for m in c.members] for c in clusters if c.members]
    if "one" in case:
        assert len({entry_of(t) for t in case["one"]}) == 1, entries
    if "apart" in case:
        assert len({entry_of(t) for t in case["apart"]}) == len(case["apart"]), entries
