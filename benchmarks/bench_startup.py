#!/usr/bin/env python3
"""Start-up time of `timeline --help` beside `python -c "import dateparser"` (the peer it must not pay for).

Usage: python3 benchmarks/bench_startup.py [--runs N]
Prints the median wall time of each over N runs (default 15) and their ratio. Each command runs once first,
with bytecode writing on, so that every run reads compiled modules as an installed package does
(PYTHONDONTWRITEBYTECODE set in the environment would otherwise time compiling the sources too).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time


ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_seconds(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall and median CPU seconds of `command` (CPU time barely moves when other jobs share the machine)."""
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENVIRONMENT)
    walls, cpus = [], []
    for _ in range(runs):
        cpu, start = _children_cpu(), time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENVIRONMENT)
        walls.append(time.perf_counter() - start)
        cpus.append(_children_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    timeline = shutil.which("timeline") or ""
    ours = [timeline, "--help"] if timeline else [sys.executable, "-m", "timeline", "--help"]
    bare = median_seconds([sys.executable, "-c", "pass"], args.runs)
    help_time = median_seconds(ours, args.runs)
    peer = median_seconds([sys.executable, "-c", "import dateparser"], args.runs)
    for name, (wall, cpu) in (("python -c pass", bare), ("timeline --help", help_time),
                              ("python -c 'import dateparser'", peer)):
        print(f"{name:30} {wall * 1000:7.1f} ms wall {cpu * 1000:7.1f} ms CPU")
    print("(python -c pass: the interpreter's own start, for reference)")
    print(f"ratio dateparser import / timeline --help: {peer[0] / help_time[0]:.1f}x wall, "
          f"{peer[1] / help_time[1]:.1f}x CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
