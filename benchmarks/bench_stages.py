#!/usr/bin/env python3
"""Where a build's CPU goes, stage by stage, in the main process and in its worker processes, for each job count.

Usage: python3 benchmarks/bench_stages.py [FOLDER] [--jobs 1,2]
       (FOLDER: the articles to build, default the repository's articles/; for figures, a corpus of 1,000
       articles, e.g. the first 1,000 of benchmarks/bench_scale.py's corpus)

Each job count runs in a process of its own (`timeline build FOLDER --no-cache --jobs N` to a temporary file):
the CPU seconds of the main process (RUSAGE_SELF) and of the processes it waited for (RUSAGE_CHILDREN: the
pools of extraction and merge) are read around each stage: read + extract (pipeline._collect), the merge's
years (partition_clusters), the combine (events spanning years, then undated mentions) and its undated
mentions alone, the joins, the entries, the writer. With two free cores, a stage's wall is at best the larger of
its main-process CPU and half its total: what a job count can give. Figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# (module, function, label): the stages timed, in the order a build runs them
STAGES = (("timeline.pipeline", "_collect", "read + extract"),
          ("timeline.merge", "partition_clusters", "merge: the years"),
          ("timeline.merge", "combine", "merge: combine"),
          ("timeline.merge.partitions", "_undated_placed", "  of which undated mentions"),
          ("timeline.merge", "join_one_happening", "merge: one happening"),
          ("timeline.merge", "_entries", "merge: entries"),
          ("timeline.pipeline", "merge", "merge (all)"),
          ("timeline.pipeline", "_write", "write"))
TOP_LEVEL = ("read + extract", "merge (all)", "write")  # the stages that hold the others


def _cpu() -> tuple[float, float]:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _timed(function: Callable[..., Any], spent: list[float]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        own, children = _cpu()
        result = function(*args, **kwargs)
        own_after, children_after = _cpu()
        spent[0] += own_after - own
        spent[1] += children_after - children
        return result
    return timed


def measure(folder: str, jobs: int) -> dict[str, list[float]]:
    """In this process: one build, the CPU of each stage (main, children)."""
    import importlib

    from timeline.cli import main

    spent: dict[str, list[float]] = {}
    for module_name, name, label in STAGES:
        module = importlib.import_module(module_name)
        spent[label] = [0.0, 0.0]
        setattr(module, name, _timed(getattr(module, name), spent[label]))
    with tempfile.TemporaryDirectory(prefix="bench-stages-") as tmp:
        main(["build", folder, "-o", str(Path(tmp) / "timeline.yaml"), "-q", "--no-cache", "--jobs", str(jobs)])
    spent["whole process"] = list(_cpu())
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(REPO / "articles"))
    parser.add_argument("--jobs", default="1,2", help="comma-separated job counts (default 1,2)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child run: print one job count's JSON
    options = parser.parse_args()
    if options.one is not None:
        print(json.dumps(measure(options.folder, options.one)))
        return 0
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(f"{options.folder}; load average {load} at the start; CPU seconds, main process + worker processes")
    runs = {}
    for jobs in (int(j) for j in options.jobs.split(",")):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, __file__, options.folder, "--one", str(jobs)], capture_output=True,
                              text=True, check=True)
        runs[jobs] = (json.loads(done.stdout.splitlines()[-1]), time.perf_counter() - start)
    print(f"{'stage':<30}" + "".join(f"{'--jobs ' + str(j):>24}" for j in runs))
    for label in runs[next(iter(runs))][0]:
        cells = [f"{own:7.2f} + {children:6.2f} s" for own, children in (runs[j][0][label] for j in runs)]
        print(f"{label:<30}" + "".join(f"{c:>24}" for c in cells))
    for jobs, (spent, wall) in runs.items():
        # on two free cores a stage takes at least its main-process CPU, and at least half its total CPU; what
        # no stage holds (start-up, selection) runs in the main process alone
        stages = [spent[label] for label in TOP_LEVEL]
        bound = sum(max(own, (own + children) / min(jobs, 2)) for own, children in stages) \
            + spent["whole process"][0] - sum(own for own, _ in stages)
        print(f"--jobs {jobs}: {wall:.1f} s wall here; on two free cores at best ~{bound:.1f} s by its stages' CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
