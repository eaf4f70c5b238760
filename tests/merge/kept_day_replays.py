"""What the tests of the same-day joins kept between builds (timeline.merge.kept_days) share: a case is a maker that
returns a day's clusters and the join to run on them; its grouping from scratch, its record as the cache stores it,
and a count of the calls a join works a day with (a replay makes none)."""

from __future__ import annotations

import json
from collections.abc import Callable
from types import ModuleType

from timeline.merge.clustering import Cluster
from timeline.merge.kept_days import kept_days


def grouping(clusters: list[Cluster]) -> list[list[str]]:
    """Each cluster's members by article, in order."""
    return [[m.event.article for m in c.members] for c in clusters]


def scratch(make: Callable, case) -> list[list[str]]:
    """The grouping the join makes with nothing kept."""
    clusters, run = make(case)
    run()
    return grouping(clusters)


def recorded(make: Callable, case) -> dict:
    """The days the join keeps on the case, read back as the cache stores them (its grouping checked against
    scratch's)."""
    with kept_days({}) as made:
        clusters, run = make(case)
        run()
        assert grouping(clusters) == scratch(make, case)
        return json.loads(json.dumps(made))


def replayed(kept: dict, make: Callable, case) -> tuple[list[list[str]], set[str]]:
    """The grouping the join makes with `kept` days in the cache, and the days the build keeps then."""
    with kept_days(kept) as made:
        clusters, run = make(case)
        run()
        return grouping(clusters), set(made)


def counted(worker: tuple[ModuleType, str], monkeypatch) -> list[object]:
    """The calls made to `worker` (module, function name), counted from now on."""
    module, name = worker
    calls: list[object] = []
    original = getattr(module, name)
    monkeypatch.setattr(module, name, lambda *a, **k: calls.append(a) or original(*a, **k))
    return calls
