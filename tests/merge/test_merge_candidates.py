"""Candidates of undated mentions (candidates.ToldIndex, clustering.join_undated): per key, the clusters begun
last by the day the mention was told, at most UNDATED_CANDIDATES_PER_KEY, however many clusters share the key."""

from __future__ import annotations

from datetime import date, timedelta

from timeline.dates import span
from timeline.merge import partitions
from timeline.merge.candidates import CANDIDATES_PER_KEY, UNDATED_CANDIDATES_PER_KEY, ToldIndex, first_day
from timeline.merge.clustering import Cluster, cluster
from timeline.merge.similarity import Item, Similarity, item_of
from timeline.model import Event, Source

TOLD = "2016-04-01"


def event(article: str, day: str, words: str, published: str = "") -> Event:
    keys = tuple(sorted(set(words.split())))
    return Event(article, day, "", words.capitalize(),
                 Source(article, f"{words.capitalize()}.", day and f"on {day}", published=published), keys, keys[0])


def days_from(start: str, count: int) -> list[str]:
    first = date.fromisoformat(start)
    return [(first + timedelta(days=n)).isoformat() for n in range(count)]


def one_cluster_each(items: list[Item]) -> list[list[Item]]:
    return [[i] for i in items]


def test_a_key_reads_the_clusters_begun_last_by_the_telling_and_no_more_than_the_cap():
    before = days_from("2015-01-01", UNDATED_CANDIDATES_PER_KEY + 5)
    after = days_from("2016-04-03", 3)  # the day after the telling is still open (a page a day behind)
    items = [item_of(event(f"a{n}", d, "rebels took the port")) for n, d in enumerate(before + after)]
    index = ToldIndex(one_cluster_each(items))
    last_day = span(TOLD)[1] + 1
    found = index.candidates(["port"], last_day)
    assert len(found) == UNDATED_CANDIDATES_PER_KEY
    # the nearest before the telling; none of the first five, none begun after the day after the telling
    assert found == set(range(5, len(before)))
    assert index.candidates(["port"], None) == set(range(len(items) - UNDATED_CANDIDATES_PER_KEY, len(items)))
    assert index.candidates(["harbour"], last_day) == set()


def test_a_cluster_is_filed_by_its_earliest_representative_and_a_dateless_one_counts_as_before_all():
    late, early = (item_of(event(a, d, "rebels took the port")) for a, d in (("a", "2016-05-01"), ("b", "2015-02-01")))
    assert first_day([late, early]) == span("2015-02-01")[0]
    index = ToldIndex([[late, early], [], [late]])
    assert index.candidates(["port"], span(TOLD)[1]) == {0}  # the empty cluster is filed nowhere


def test_an_undated_mention_joins_its_event_however_many_later_clusters_share_its_words():
    # the event told of, then more than a key's cap of later events with the same words (a long story's later
    # weeks, or the same story retold in later years): those were told after the mention and cannot date it
    told_of = item_of(event("a", "2016-03-27", "rebels took the port city"))
    later = [item_of(event(f"b{n}", d, "rebels took the port city"))
             for n, d in enumerate(days_from("2016-06-01", CANDIDATES_PER_KEY + 8))]
    clusters = [Cluster() for _ in range(1 + len(later))]
    for c, item in zip(clusters, [told_of, *later]):
        c.add(item)
    mention = item_of(event("c", "", "rebels took the port city", published=TOLD))
    sim = Similarity([told_of, *later, mention])
    joins = partitions.undated_joins([mention], [0], [partitions._stand_in(c) for c in clusters], sim)
    assert joins == [(0, 0)]


def test_an_undated_mention_told_before_every_event_joins_none():
    dated = [item_of(event(a, "2016-06-02", "rebels took the port city")) for a in "ab"]
    clusters: list[Cluster] = []
    cluster(dated, clusters, Similarity(dated))
    mention = item_of(event("c", "", "rebels took the port city", published=TOLD))
    sim = Similarity([*dated, mention])
    assert partitions.undated_joins([mention], [0], [partitions._stand_in(c) for c in clusters], sim) == []
