#!/usr/bin/env python3
"""Start-up time of `timeline --help` beside `python -c "import dateparser"` (the peer it must not pay for).

Usage: python3 benchmarks/bench_startup.py [--runs N]
Prints the median wall time of each over N runs (default 15) and their ratio.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    timeline = shutil.which("timeline") or ""
    ours = [timeline, "--help"] if timeline else [sys.executable, "-m", "timeline", "--help"]
    bare = median_seconds([sys.executable, "-c", "pass"], args.runs)
    help_time = median_seconds(ours, args.runs)
    peer = median_seconds([sys.executable, "-c", "import dateparser"], args.runs)
    print(f"python -c pass            {bare * 1000:7.1f} ms (interpreter start, for reference)")
    print(f"timeline --help           {help_time * 1000:7.1f} ms")
    print(f"python -c 'import dateparser' {peer * 1000:7.1f} ms")
    print(f"ratio dateparser import / timeline --help: {peer / help_time:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
