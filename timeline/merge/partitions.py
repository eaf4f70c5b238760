"""Merging, partitions: the clustering run per calendar year, each year on its own, then one combine.

An event whose date lies within one calendar year (a day, a week, a month, a season, the year itself) belongs
to that year's partition. A partition is clustered by itself (greedy clustering, coarse mentions, weeks and
bare times of day), with the statistics of every event (IDF weights, COMMON_KEY: one counting pass first), so
years can run on a process pool (`--jobs`) or a Dask cluster (timeline.merge.workers). The combine then places, over all the years' clusters in one
canonical order, what no single year holds: events whose date spans years (a decade, a winter, a week across
New Year) and undated mentions. Dates of two years never link (a report dated December 31 and one dated
January 1 stay two entries, as do any two dates of different years).

The partitioned algorithm is the merge itself, whatever the job count: every mode writes the same bytes by
construction. Statistics of each year's own events would make a year a pure function of its events (and so
cacheable: an incremental merge); measured on Timeline17 they split 1-4 % of the entries of four topics
apart, so they are global (see docs/performance.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date as Date

from timeline.dates import span
from timeline.merge.clustering import (Cluster, absorb_coarse_mentions, cluster, cluster_order, join_undated,
                                      joins_later)
from timeline.merge.similarity import Item, Similarity
from timeline.merge.workers import Workers

Groups = list[list[int]]  # a partition's clusters: the positions of their members, in the order they joined

# key of the events that no one year holds: placed by the combine (`combine`)
ACROSS = 0


def partition_of(item: Item) -> int:
    """The calendar year an item's date lies within; ACROSS for dates spanning years and undated items."""
    days = span(item.when[0]) if item.when[0] else None
    if days is None:
        return ACROSS
    first, last = Date.fromordinal(days[0]).year, Date.fromordinal(days[1]).year
    return first if first == last else ACROSS


def by_partition(items: Iterable[Item]) -> dict[int, list[Item]]:
    """Items by partition, each list in the order given (canonical)."""
    parts: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        parts[partition_of(item)].append(item)
    return dict(parts)


def cluster_partition(items: Sequence[Item], seeded: Sequence[Cluster], sim: Similarity) -> list[Cluster]:
    """One partition's clusters (`sim`: the statistics of every event): dated events greedily, then a coarse
    mention joins another article's finer event, then weeks and bare times of day join (see
    timeline.merge.clustering). `seeded`: the clusters of a person's entries whose events lie in this year."""
    clusters = list(seeded)
    cluster([i for i in items if not joins_later(i)], clusters, sim)
    clusters.sort(key=cluster_order)
    absorb_coarse_mentions(clusters, sim)
    cluster([i for i in items if joins_later(i)], clusters, sim)
    # clusters emptied by absorption make no entry; dropping them keeps the others' relative order
    return [c for c in clusters if c.members or c.previous is not None]


def partition_groups(items: Sequence[Item], sim: Similarity) -> Groups:
    """The clusters of a partition without a person's entries, as positions in `items` (what a process of the
    pool sends back)."""
    position = {id(item): i for i, item in enumerate(items)}
    return [[position[id(m)] for m in c.members] for c in cluster_partition(items, (), sim)]


def clusters_of(groups: Groups, items: Sequence[Item]) -> list[Cluster]:
    """The clusters that `groups` name, each member added in the order it joined (so representatives match)."""
    clusters = []
    for group in groups:
        c = Cluster()
        for i in group:
            c.add(items[i])
        clusters.append(c)
    return clusters


def seeded_by_partition(seeded: Iterable[Cluster]) -> dict[int, list[Cluster]]:
    """The clusters of a person's entries by the year all their dated events lie within (else ACROSS)."""
    parts: dict[int, list[Cluster]] = defaultdict(list)
    for c in seeded:
        years = {partition_of(m) for m in c.members if m.when[0]}
        parts[years.pop() if len(years) == 1 else ACROSS].append(c)
    return dict(parts)


def partition_clusters(rest: dict[int, list[Item]], seeded: dict[int, list[Cluster]], sim: Similarity,
                       workers: Workers) -> list[Cluster]:
    """The clusters of every year's partition, years in order. `rest`: the items not seeded into a person's
    entries, by year; `seeded`: those entries' clusters by year. A partition holding a person's entries is
    clustered here (its clusters carry the entries); the others by `workers` (timeline.merge.workers), largest
    first, so that the longest start first."""
    years = sorted(y for y in set(rest) | set(seeded) if y != ACROSS)
    found = {y: cluster_partition(rest.get(y, []), seeded[y], sim) for y in years if seeded.get(y)}
    todo = sorted((y for y in years if y not in found), key=lambda y: (-len(rest[y]), y))
    partitions = [rest[y] for y in todo]
    for y, groups in zip(todo, workers.run(_year_groups, (partitions, sim), range(len(partitions)))):
        found[y] = clusters_of(groups, rest[y])
    return [c for y in years for c in found[y]]


def _year_groups(shared: tuple[list[list[Item]], Similarity], position: int) -> Groups:
    """partition_groups of the partition at `position` (a piece of work, see timeline.merge.workers)."""
    partitions, sim = shared
    return partition_groups(partitions[position], sim)


def combine(clusters: list[Cluster], across: Sequence[Item], sim: Similarity, workers: Workers) -> None:
    """Place the items no year holds onto the partitions' clusters, in one canonical order, with statistics
    of every event: events spanning years first (they may start entries), then weeks across New Year, then
    undated mentions (which only join; in runs by `workers`, see undated_joins)."""
    clusters.sort(key=cluster_order)
    cluster([i for i in across if not joins_later(i)], clusters, sim)
    cluster([i for i in across if joins_later(i) and i.when[0]], clusters, sim)
    undated = [i for i in across if not i.when[0]]
    for position, ci in sorted(_undated_placed(undated, clusters, sim, workers)):
        clusters[ci].add(undated[position])


def _stand_in(c: Cluster) -> Cluster:
    """What an undated mention reads of a cluster: its representatives and their evidence, its count of dated
    members and its articles (a cluster it joins already holding its article is closed to its next mention).
    The representatives and evidence are the cluster's own, not copies: an undated mention that joins changes
    neither (it is never a representative), and a copy of each would cost a set per cluster (memory)."""
    return Cluster(representatives=c.representatives, evidence=c.evidence, dated=c.dated,
                   by_article={a: [] for a in c.by_article})


def undated_joins(items: Sequence[Item], positions: Sequence[int], clusters: list[Cluster],
                  sim: Similarity) -> list[tuple[int, int]]:
    """(position, cluster) for each of the undated `items` (at `positions` of all of them) that joins a
    cluster, clustering them in order onto `clusters` (stand-ins, see _stand_in). An undated mention never
    becomes a representative nor starts a cluster: what it changes for the next is only that its article is
    in the cluster it joined. So the mentions of different articles are independent, and any split by
    article gives the same joins."""
    before = [len(c.members) for c in clusters]
    join_undated(items, clusters, sim)
    position = {id(item): p for item, p in zip(items, positions)}
    return [(position[id(m)], ci) for ci, c in enumerate(clusters) for m in c.members[before[ci]:]]


def _undated_placed(undated: list[Item], clusters: list[Cluster], sim: Similarity,
                    workers: Workers) -> list[tuple[int, int]]:
    """undated_joins of every undated item, in runs by `workers`: the items split by article into runs of about
    equal size (each article's mentions in one run), each run onto its own stand-ins of the clusters."""
    runs = _article_runs(undated, workers.width)
    chosen: list[tuple[int, int]] = []
    for joins in workers.run(_run_joins, (undated, clusters, sim), [positions for _, positions in runs]):
        chosen.extend(joins)
    return chosen


def _run_joins(shared: tuple[list[Item], list[Cluster], Similarity], positions: list[int]) -> list[tuple[int, int]]:
    """undated_joins of the undated items at `positions` (a piece of work, see timeline.merge.workers), onto
    stand-ins of the clusters made for this run (the clusters themselves are left as they are)."""
    undated, clusters, sim = shared
    return undated_joins([undated[p] for p in positions], positions, [_stand_in(c) for c in clusters], sim)


def _article_runs(items: list[Item], jobs: int) -> list[tuple[list[Item], list[int]]]:
    """The items split into at most `jobs` runs of about equal size, whole articles each (in order of
    article), each run's items in canonical order with their positions among all."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_article[item.event.article].append(i)
    share = -(-len(items) // max(jobs, 1)) if items else 0
    runs: list[list[int]] = [[]]
    for article in sorted(by_article):
        if runs[-1] and len(runs[-1]) + len(by_article[article]) > share and len(runs) < jobs:
            runs.append([])
        runs[-1].extend(by_article[article])
    return [([items[i] for i in sorted(run)], sorted(run)) for run in runs if run]
