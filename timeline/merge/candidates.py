"""Merging, candidates (blocking): which clusters an event is compared with at all.

An event is compared only with clusters that share one of its rarest keys (what happened first), and only
the CANDIDATES_PER_KEY most recent per key: events arrive in date order, so recent clusters are the near
ones, and a cluster sharing only very common keys could not pass the thresholds anyway. A coarse mention
looks only at clusters whose dates touch its own. An undated mention (which only joins) reads, per key, the
UNDATED_CANDIDATES_PER_KEY clusters begun last by the day it was told (ToldIndex): the events it can tell of,
nearest first. This keeps merging near-linear on any input.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence

from timeline.dates import span
from timeline.merge.similarity import Item, Similarity

CANDIDATE_KEYS = 8  # rarest keys of an event used to find candidates
CANDIDATES_PER_KEY = 64  # most recent clusters read per key
UNDATED_CANDIDATES_PER_KEY = 32  # clusters an undated mention reads per key: those last begun before its telling
_STRETCH_DAYS = 64  # width of the stretches of days that DatedKeyIndex files clusters under


def rarest(sim: Similarity, keys: tuple[str, ...]) -> list[str]:
    """The keys to find an event's candidates by (`keys`: an item's key_words): what happened first, then the
    rarest keys."""
    happening = sim.happening_of(keys)
    return sorted(keys, key=lambda k: (k not in happening, sim.df.get(k, 0), k))[:CANDIDATE_KEYS]


class KeyIndex:
    """Clusters by the keys of the representatives entered for them, in the order they were entered."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[int]] = defaultdict(list)

    def enter(self, ci: int, item: Item) -> None:
        for k in item.key_words:  # sorted
            refs = self.by_key[k]
            if not refs or refs[-1] != ci:
                refs.append(ci)

    def candidates(self, keys: Iterable[str]) -> set[int]:
        """The clusters, at most CANDIDATES_PER_KEY of the most recent per key, that have any of `keys`."""
        found: set[int] = set()
        for k in keys:
            found.update(self.by_key.get(k, ())[-CANDIDATES_PER_KEY:])
        return found


def _stretches(when: tuple[str, str]) -> range:
    """The stretches of _STRETCH_DAYS days that a date's interval touches."""
    days = span(when[0])
    if days is None:
        return range(0)
    return range(days[0] // _STRETCH_DAYS, days[1] // _STRETCH_DAYS + 1)


class DatedKeyIndex:
    """Clusters by the keys of their representatives (as they were when entered) and the stretches of days
    their representatives' dates touch: a lookup reads the clusters near one date only."""

    def __init__(self) -> None:
        self.by_key_stretch: dict[tuple[str, int], list[int]] = defaultdict(list)
        self.keys: dict[int, list[str]] = {}
        self.stretches: dict[int, set[int]] = {}

    def enter(self, ci: int, representatives: Sequence[Item]) -> None:
        self.keys[ci] = sorted(set().union(*(m.key_words for m in representatives)))
        self.stretches[ci] = set()
        self.grow(ci, representatives)

    def grow(self, ci: int, representatives: Sequence[Item]) -> None:
        """File the cluster under the stretches of representatives it gained (its keys stay those entered)."""
        known = self.stretches[ci]
        new = {b for m in representatives for b in _stretches(m.when)} - known
        known.update(new)
        for k in self.keys[ci]:
            for b in sorted(new):
                self.by_key_stretch[(k, b)].append(ci)

    def candidates(self, keys: Iterable[str], when: tuple[str, str]) -> list[int]:
        """Clusters with any of `keys` and a representative whose date overlaps `when`, in cluster order."""
        found: set[int] = set()
        stretches = _stretches(when)
        for k in keys:
            for b in stretches:
                found.update(self.by_key_stretch.get((k, b), ()))
        return sorted(found)


# a day before every date: what a representative whose date has no span counts as (it never lies after a telling)
_NO_DAY = -(1 << 62)


def first_day(representatives: Sequence[Item]) -> int:
    """The first day of the earliest of the representatives' dates (_NO_DAY when one has no span)."""
    days = [span(m.when[0]) for m in representatives]
    return min(d[0] if d is not None else _NO_DAY for d in days)


class ToldIndex:
    """For undated mentions, which only join finished clusters: clusters by the keys of their representatives,
    each key's clusters in order of their first day (first_day). A mention can only take the date of an event
    that had begun by the day it was told, so a lookup reads, per key, the UNDATED_CANDIDATES_PER_KEY clusters
    begun last on or before that day: the events the mention can tell of and the nearest ones, a bounded number
    however many eras or copies of a story the corpus holds. Built once: an undated mention never becomes a
    representative, so the clusters it reads do not change while mentions join."""

    def __init__(self, representatives: Sequence[Sequence[Item]]) -> None:
        filed: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for ci, reps in enumerate(representatives):
            if not reps:
                continue  # no dated member: nothing an undated mention could take its date from
            day = first_day(reps)
            for k in set().union(*(m.keys for m in reps)):
                filed[k].append((day, ci))
        self.days: dict[str, list[int]] = {}
        self.clusters: dict[str, list[int]] = {}
        for k, refs in filed.items():
            refs.sort()
            self.days[k] = [day for day, _ in refs]
            self.clusters[k] = [ci for _, ci in refs]

    def candidates(self, keys: Iterable[str], last_day: int | None) -> set[int]:
        """The clusters with any of `keys`, at most UNDATED_CANDIDATES_PER_KEY a key: those begun last on or
        before `last_day` (None: any day)."""
        found: set[int] = set()
        for k in keys:
            days = self.days.get(k)
            if days is None:
                continue
            end = len(days) if last_day is None else bisect_right(days, last_day)
            found.update(self.clusters[k][max(0, end - UNDATED_CANDIDATES_PER_KEY):end])
        return found
