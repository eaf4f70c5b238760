#!/usr/bin/env python3
"""Timelines of the hand-written dev sets (benchmarks/devsets/), scored against their blind gold.

Usage: python3 benchmarks/bench_devsets.py [SHARED_DIR] [-v]
       (default ../shared, relative to the repository)

Each topic folder holds articles (*.txt with front matter) and a gold.yaml written without looking at
the tool's output. For each topic this builds a timeline of its articles into a temporary file and
runs ../shared/tools/score_timeline.py on it, printing the scorer's summary line (-v: its whole
report). Figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEVSETS = Path(__file__).resolve().parent / "devsets"


def score_topic(topic: Path, scorer: Path, verbose: bool) -> str:
    articles = sorted(str(p) for p in topic.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "timeline.yaml"
        subprocess.run([sys.executable, "-m", "timeline", "build", "-q", *articles, "-o", str(out)],
                       cwd=REPO, check=True)
        proc = subprocess.run([sys.executable, str(scorer), str(topic / "gold.yaml"), str(out)],
                              capture_output=True, text=True)
    lines = proc.stdout.strip().splitlines()
    return "\n".join(lines) if verbose else lines[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default=str(REPO.parent / "shared"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print the scorer's whole report")
    args = ap.parse_args()
    scorer = Path(args.shared) / "tools" / "score_timeline.py"
    for topic in sorted(p for p in DEVSETS.iterdir() if (p / "gold.yaml").is_file()):
        print(f"{topic.name}: {score_topic(topic, scorer, args.verbose)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
