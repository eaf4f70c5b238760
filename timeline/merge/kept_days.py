"""Merging, same-day joins kept between builds: a join that works day by day redoes only the days whose input changed.

A same-day join (acts, happenings' openings, voices) reads, for each day, the finished clusters dated to that day, in
canonical order; it moves clusters of that day into other clusters of that day only, so the days are independent.
What one day's work reads is: the clusters' members (their digest, title_choice.members_digest, in order), yes/no
questions about keys that read the corpus statistics ("is this key rare?": KeyTest), and the names of some articles
(ArticleNames). While kept_days is active (a build with a cache), each day's work is recorded under a digest of the
join, the day and its clusters' members, with the answers of every question it asked and a digest of the names it read;
a rebuild whose day has the same digest, and whose statistics and names give the same answers to the same questions,
replays the recorded moves instead of working (the same moves in the same order: the same bytes). A question whose
answer changed (an added article moved a key's count across a limit), or a day that gained or lost a member, is worked
again. Without kept_days (--no-cache) each day is worked as it comes, nothing recorded.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from timeline.merge.clustering import Cluster
from timeline.merge.similarity import Item
from timeline.merge.title_choice import members_digest

# the days the last build worked, by digest (day_key): [moves, answers, names read, digest of those names]. None: none
# kept between builds (--no-cache). _MADE: this build's, what the next build reads
_KNOWN: dict[str, object] | None = None
_MADE: dict[str, list[object]] = {}
_ITEM_DIGESTS: dict[int, tuple[Item, str]] = {}  # id of an item -> (the item, members_digest of it alone)


@contextmanager
def kept_days(known: object) -> Iterator[dict[str, list[object]]]:
    """While the block runs, the same-day joins replay the days a previous build recorded (`known`; a value of the
    wrong shape is worked again; None: record nothing, --no-cache) and record this build's in the dict it yields: what
    the next build reads. Afterwards none are held, even when the block raised."""
    global _KNOWN
    _KNOWN = None if known is None else (known if isinstance(known, dict) else {})
    _MADE.clear()
    _ITEM_DIGESTS.clear()
    try:
        yield _MADE
    finally:
        _KNOWN = None
        _MADE.clear()
        _ITEM_DIGESTS.clear()


class KeyTest:
    """A yes/no question about a key that reads the corpus statistics ("is it in at most 1 % of the events?"), asked
    as a call, as `key in test`, or as `keys & test` (the keys that answer yes). While a day is recorded, every answer
    is logged, so that a rebuild can ask again and replay the day only when every answer is the same."""

    __slots__ = ("_test", "log")

    def __init__(self, test: Callable[[str], bool]) -> None:
        self._test = test
        self.log: dict[str, bool] | None = None

    def __call__(self, key: str) -> bool:
        found = bool(self._test(key))
        if self.log is not None:
            self.log[key] = found
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self(key)

    def __and__(self, other: Iterable[str]) -> frozenset[str]:
        return frozenset(k for k in other if self(k))

    __rand__ = __and__

    def same_answers(self, logged: object) -> bool:
        """Whether the test answers the logged questions ([keys answered yes, keys answered no]) as logged."""
        if not isinstance(logged, list) or len(logged) != 2:
            return False
        yes, no = logged
        return isinstance(yes, list) and isinstance(no, list) and all(
            isinstance(k, str) and self._test(k) for k in yes) and not any(
            not isinstance(k, str) or self._test(k) for k in no)


class _ReadSets:
    """An ArticleNames' NameSets as a recorded day reads it: each article asked for is logged."""

    __slots__ = ("_sets", "_kind", "_log")

    def __init__(self, sets: object, kind: str, log: list[tuple[str, str]]) -> None:
        self._sets, self._kind, self._log = sets, kind, log

    def get(self, article: str, default: frozenset[str]) -> frozenset[str]:
        self._log.append((self._kind, article))
        return self._sets.get(article, default)  # type: ignore[attr-defined]

    def __getitem__(self, article: str) -> frozenset[str]:
        self._log.append((self._kind, article))
        return self._sets[article]  # type: ignore[index]


class _ReadVenues:
    """An ArticleNames' venues (by article and day) as a recorded day reads them: each (article, day) asked for is
    logged as "article<TAB>day" (a day holds no tab)."""

    __slots__ = ("_venues", "_log")

    def __init__(self, venues: object, log: list[tuple[str, str]]) -> None:
        self._venues, self._log = venues, log

    def get(self, key: tuple[str, str], default: frozenset[str]) -> frozenset[str]:
        self._log.append(("venues", f"{key[0]}\t{key[1]}"))
        return self._venues.get(key, default)  # type: ignore[attr-defined]


class ReadNames:
    """ArticleNames as a recorded day reads them (its `proper` and `main` names by article, its `venues` by article and
    day); any other reading is refused (AttributeError), so that a join reading more than it records cannot be
    replayed wrongly."""

    __slots__ = ("proper", "main", "venues", "log")

    def __init__(self, names: object) -> None:
        self.log: list[tuple[str, str]] = []
        self.proper = _ReadSets(names.proper, "proper", self.log)  # type: ignore[attr-defined]
        self.main = _ReadSets(names.main, "main", self.log)  # type: ignore[attr-defined]
        self.venues = _ReadVenues(getattr(names, "venues", {}), self.log)


_READ_KINDS = ("proper", "main", "venues")  # what ReadNames logs


def _names_digest(names: object, reads: Iterable[tuple[str, str]]) -> str:
    """A digest of the names the reads ask for (each article's set, sorted; a missing article is told apart)."""
    rows = []
    for kind, article in reads:
        if kind == "venues":
            at, _, day = article.rpartition("\t")
            found = getattr(names, "venues", {}).get((at, day), None)
        else:
            found = getattr(names, kind).get(article, None)
        rows.append([kind, article, None if found is None else sorted(found)])
    return _digest(rows)


def _digest(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _item_digest(item: Item) -> str:
    held = _ITEM_DIGESTS.get(id(item))
    if held is None or held[0] is not item:
        held = _ITEM_DIGESTS[id(item)] = (item, members_digest((item,)))
    return held[1]


def day_key(join: str, day: str, listed: Sequence[tuple[Cluster, tuple[str, str]]]) -> str:
    """The digest of one join's work on one day: the join, the day, and each cluster's members (every field of every
    member, in order) and date, in canonical order."""
    return _digest([join, day, [[[_item_digest(m) for m in c.members], list(when)] for c, when in listed]])


T = TypeVar("T")  # what a same-day join reads of a cluster (by_day_groups)
Day = list[tuple[Cluster, tuple[str, str]]]
# a join's work on one day: its clusters and dates in canonical order, a `move(i, j)` that moves the day's cluster i
# into its cluster j, and the names to read (the ArticleNames given, or a ReadNames while recorded)
DayWork = Callable[[Day, Callable[[int, int], None], object], None]


def by_day(join: str, days: dict[str, Day], work: DayWork, tests: Sequence[KeyTest] = (),
           names: object = None) -> None:
    """Run a same-day join's `work` on each of `days` (day -> its clusters and dates, canonical order), the days in the
    order given. While kept_days is active, a day recorded by the last build under the same day_key whose `tests` give
    the same answers and whose names read are the same is replayed (its moves, in order); any other day is worked and
    recorded. `tests`: every KeyTest the work asks (in a fixed order); `names`: the ArticleNames it reads, if any."""
    for day, listed in days.items():
        if _KNOWN is None:
            _work(listed, work, names)
            continue
        key = day_key(join, day, listed)
        kept = _KNOWN.get(key)
        if _replayed(kept, listed, tests, names):
            _MADE[key] = kept  # type: ignore[assignment]
            continue
        _MADE[key] = _recorded(listed, work, tests, names)


def _work(listed: Day, work: DayWork, names: object) -> None:
    def move(i: int, j: int) -> None:
        listed[i][0].move_to(listed[j][0])

    work(listed, move, names)


def _recorded(listed: Day, work: DayWork, tests: Sequence[KeyTest], names: object) -> list[object]:
    """Work the day, recording its moves, every answer of its tests and the names it read."""
    moves: list[list[int]] = []

    def move(i: int, j: int) -> None:
        moves.append([i, j])
        listed[i][0].move_to(listed[j][0])

    for test in tests:
        test.log = {}
    read = ReadNames(names) if names is not None else None
    try:
        work(listed, move, read)
        answers = [[sorted(k for k, v in (test.log or {}).items() if v),
                    sorted(k for k, v in (test.log or {}).items() if not v)] for test in tests]
    finally:
        for test in tests:
            test.log = None
    reads = sorted(set(read.log)) if read is not None else []
    return [moves, answers, [list(r) for r in reads], _names_digest(names, reads) if names is not None else ""]


def _replayed(kept: object, listed: Day, tests: Sequence[KeyTest], names: object) -> bool:
    """Replay a recorded day when it still holds (the same answers, the same names): its moves, in order."""
    if not isinstance(kept, list) or len(kept) != 4:
        return False
    moves, answers, reads, digest = kept
    if not isinstance(moves, list) or not isinstance(answers, list) or len(answers) != len(tests) \
            or not isinstance(reads, list):
        return False
    if not all(test.same_answers(logged) for test, logged in zip(tests, answers)):
        return False
    if reads or digest:
        if names is None or not all(isinstance(r, list) and len(r) == 2 and r[0] in _READ_KINDS
                                    and isinstance(r[1], str) for r in reads):
            return False
        if _names_digest(names, [tuple(r) for r in reads]) != digest:
            return False
    if not all(isinstance(m, list) and len(m) == 2 and all(isinstance(x, int) and 0 <= x < len(listed) for x in m)
               for m in moves):
        return False
    for i, j in moves:
        listed[i][0].move_to(listed[j][0])
    return True


def days_of(dated: Iterable[tuple[int, Cluster, tuple[str, str]]]) -> dict[str, Day]:
    """The clusters dated to a day (joins._day_clusters), by day, each day's in canonical order."""
    days: dict[str, Day] = defaultdict(list)
    for _, c, when in dated:
        days[when[0]].append((c, when))
    return dict(days)


def by_day_groups(join: str, days: dict[str, Day], tell: Callable[[Cluster, tuple[str, str], object], T | None],
                  agree: Callable[[T, T], bool], tests: Sequence[KeyTest] = (), names: object = None) -> None:
    """joins._join_day_groups kept by day (by_day): in canonical order, a day's cluster that tells something
    (`tell(cluster, when, names)`) joins the first group of its day whose every member agrees with it (`agree`), or
    opens a group of its own."""

    def work(day: Day, move: Callable[[int, int], None], read: object) -> None:
        groups: list[list[tuple[int, T]]] = []
        for ci, (c, when) in enumerate(day):
            told = tell(c, when, read)
            if told is None:
                continue
            target = next((g for g in groups if all(agree(told, other) for _, other in g)), None)
            if target is None:
                groups.append([(ci, told)])
                continue
            move(ci, target[0][0])
            target.append((target[0][0], told))

    by_day(join, days, work, tests, names)
