"""Merging, partitions: the clustering run per calendar year, each year on its own, then one combine.

An event whose date lies within one calendar year (a day, a week, a month, a season, the year itself) belongs
to that year's partition. A partition is clustered by itself (greedy clustering, coarse mentions, weeks and
bare times of day), with the statistics of every event (IDF weights, COMMON_KEY: one counting pass first), so
years can run on a process pool (`--jobs`). The combine then places, over all the years' clusters in one
canonical order, what no single year holds: events whose date spans years (a decade, a winter, a week across
New Year) and undated mentions. Dates of two years never link (a report dated December 31 and one dated
January 1 stay two entries, as do any two dates of different years).

The partitioned algorithm is the merge itself, whatever the job count: every mode writes the same bytes by
construction. Statistics of each year's own events would make a year a pure function of its events (and so
cacheable: an incremental merge); measured on Timeline17 they split 1-4 % of the entries of four topics
apart, so they are global (see docs/performance.md).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date as Date
from functools import partial

from timeline.dates import span
from timeline.merge.clustering import Cluster, absorb_coarse_mentions, cluster, cluster_order, joins_later
from timeline.merge.similarity import Item, Similarity

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
                       jobs: int) -> list[Cluster]:
    """The clusters of every year's partition, years in order. `rest`: the items not seeded into a person's
    entries, by year; `seeded`: those entries' clusters by year. A partition holding a person's entries is
    clustered here (its clusters carry the entries); the others on a pool of `jobs` processes, largest first."""
    years = sorted(y for y in set(rest) | set(seeded) if y != ACROSS)
    found = {y: cluster_partition(rest.get(y, []), seeded[y], sim) for y in years if seeded.get(y)}
    todo = sorted((y for y in years if y not in found), key=lambda y: (-len(rest[y]), y))
    for y, groups in zip(todo, _grouped([rest[y] for y in todo], sim, jobs)):
        found[y] = clusters_of(groups, rest[y])
    return [c for y in years for c in found[y]]


def _grouped(partitions: list[list[Item]], sim: Similarity, jobs: int) -> list[Groups]:
    """partition_groups of each partition, in order; on a pool of `jobs` processes when there are several,
    each process given one bundle of partitions (so the statistics are sent once a process)."""
    if jobs <= 1 or len(partitions) <= 1:
        return [partition_groups(items, sim) for items in partitions]
    bundles = _bundles([len(items) for items in partitions], jobs)
    found: dict[int, Groups] = {}
    with _pool(len(bundles)) as pool:
        work = partial(_bundle_groups, sim=sim)
        for bundle, groups in zip(bundles, pool.map(work, [[partitions[i] for i in b] for b in bundles])):
            found.update(zip(bundle, groups))
    return [found[i] for i in range(len(partitions))]


def _pool(workers: int) -> ProcessPoolExecutor:
    """A pool whose processes leave alone what they inherit: a forked process that collected garbage across
    the merge's millions of inherited objects would touch (and so copy) every page of them; gc.freeze
    excludes them from its own collections (it changes nothing in this process)."""
    return ProcessPoolExecutor(max_workers=workers, initializer=gc.freeze)


def _bundle_groups(bundle: list[list[Item]], sim: Similarity) -> list[Groups]:
    return [partition_groups(items, sim) for items in bundle]


def _bundles(sizes: list[int], jobs: int) -> list[list[int]]:
    """The positions of `sizes` (largest first) dealt into at most `jobs` bundles, each to the lightest so
    far: bundles of about equal work."""
    bundles: list[list[int]] = [[] for _ in range(min(jobs, len(sizes)))]
    loads = [0] * len(bundles)
    for i in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        lightest = loads.index(min(loads))
        bundles[lightest].append(i)
        loads[lightest] += sizes[i]
    return bundles


def combine(clusters: list[Cluster], across: Sequence[Item], sim: Similarity, jobs: int) -> None:
    """Place the items no year holds onto the partitions' clusters, in one canonical order, with statistics
    of every event: events spanning years first (they may start entries), then weeks across New Year, then
    undated mentions (which only join; on a pool of `jobs` processes, see undated_joins)."""
    clusters.sort(key=cluster_order)
    cluster([i for i in across if not joins_later(i)], clusters, sim)
    cluster([i for i in across if joins_later(i) and i.when[0]], clusters, sim)
    undated = [i for i in across if not i.when[0]]
    for position, ci in sorted(_undated_placed(undated, clusters, sim, jobs)):
        clusters[ci].add(undated[position])


def _stand_in(c: Cluster) -> Cluster:
    """What an undated mention reads of a cluster: its representatives and their evidence, its count of dated
    members and its articles (a cluster it joins already holding its article is closed to its next mention)."""
    return Cluster(representatives=list(c.representatives), evidence=set(c.evidence), dated=c.dated,
                   by_article={a: [] for a in c.by_article})


def undated_joins(items: Sequence[Item], positions: Sequence[int], clusters: list[Cluster],
                  sim: Similarity) -> list[tuple[int, int]]:
    """(position, cluster) for each of the undated `items` (at `positions` of all of them) that joins a
    cluster, clustering them in order onto `clusters` (stand-ins, see _stand_in). An undated mention never
    becomes a representative nor starts a cluster: what it changes for the next is only that its article is
    in the cluster it joined. So the mentions of different articles are independent, and any split by
    article gives the same joins."""
    before = [len(c.members) for c in clusters]
    cluster(items, clusters, sim)
    position = {id(item): p for item, p in zip(items, positions)}
    return [(position[id(m)], ci) for ci, c in enumerate(clusters) for m in c.members[before[ci]:]]


def _undated_placed(undated: list[Item], clusters: list[Cluster], sim: Similarity,
                    jobs: int) -> Iterable[tuple[int, int]]:
    """undated_joins of every undated item, on `jobs` processes: the items split by article into runs of
    about equal size (each article's mentions in one run)."""
    stand_ins = [_stand_in(c) for c in clusters]
    runs = _article_runs(undated, jobs)
    if len(runs) <= 1:
        return undated_joins(undated, range(len(undated)), stand_ins, sim)
    chosen: list[tuple[int, int]] = []
    with _pool(len(runs)) as pool:
        for joins in pool.map(partial(undated_joins, clusters=stand_ins, sim=sim), *zip(*runs)):
            chosen.extend(joins)
    return chosen


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
