#!/usr/bin/env python3
"""Reading at scale: many small articles and one large one, time and peak memory.

Usage: python3 benchmarks/bench_read.py [--files N] [--megabytes M]

Writes N small front-matter articles (default 20,000) and one plain article of M MB (default 50) to a
temporary folder, then reads them with timeline.read.read_articles and, as the floor it is compared to,
with a bare `Path.read_text` of the same files. Prints seconds, peak traced memory (tracemalloc) and the
ratios ours / floor.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from timeline.read import read_articles

SMALL = """---
published: "2019-09-{day:02d}"
title: "Harbour report {i}"
---
Dock workers ended their strike at the northern harbour on Monday after the union accepted a pay offer.
Shipping companies said the backlog would be cleared within a week.
"""
PARAGRAPH = ("Government forces retook the town on Sunday after a week of fighting, officials said, "
             "and aid convoys reached the area on Monday. ") * 8 + "\n\n"


def measure(run: Callable[[], int]) -> tuple[float, float, int]:
    tracemalloc.start()
    start = time.perf_counter()
    count = run()
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return took, peak, count


def ours(paths: list[str]) -> int:
    return sum(1 for item in read_articles(paths) if not isinstance(item, Exception))


def floor(folder: Path) -> int:
    return sum(1 for path in sorted(folder.rglob("*.txt")) if path.read_text(encoding="utf-8"))


def report(name: str, mine: tuple[float, float, int], base: tuple[float, float, int]) -> None:
    print(f"{name:28} timeline.read {mine[0]:7.2f} s {mine[1]:8.1f} MB peak ({mine[2]} articles) · "
          f"read_text floor {base[0]:6.2f} s {base[1]:8.1f} MB · ratio {mine[0] / max(base[0], 1e-9):5.1f}x time, "
          f"{mine[1] / max(base[1], 1e-9):5.1f}x memory")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--megabytes", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small"
        small.mkdir()
        for i in range(args.files):
            (small / f"a{i:06d}.txt").write_text(SMALL.format(i=i, day=i % 28 + 1), encoding="utf-8")
        report(f"{args.files} small articles", measure(lambda: ours([str(small)])), measure(lambda: floor(small)))
        large = Path(tmp) / "large"
        large.mkdir()
        body = PARAGRAPH * (args.megabytes * 2**20 // len(PARAGRAPH) + 1)
        (large / "2019-09-20-big.txt").write_text(body, encoding="utf-8")
        del body
        report(f"one {args.megabytes} MB article", measure(lambda: ours([str(large)])), measure(lambda: floor(large)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
