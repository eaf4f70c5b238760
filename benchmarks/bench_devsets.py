#!/usr/bin/env python3
"""Timelines of hand-written article sets, scored against their blind gold: the dev sets and the held-out sets.

Usage: python3 benchmarks/bench_devsets.py [SHARED_DIR] [--sets devsets|heldout|heldout2|...] [-v]
       (default ../shared, relative to the repository; default sets: devsets)

Each topic folder holds articles (*.txt with front matter) and a gold.yaml written without looking at
the tool's output. For each topic this builds a timeline of its articles into a temporary file and
runs ../shared/tools/score_timeline.py on it, printing the scorer's summary line (-v: its whole
report), then the totals over all topics. benchmarks/devsets/ is for development; each heldout* set was
written by another hand and measured blind on arrival (the README records those figures); the newest is
for measuring only. Figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
_SUMMARY = re.compile(r"recall [\d.]+ \((\d+)/(\d+) required\) · precision [\d.]+ \((\d+)/(\d+)\)")


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
    sets = sorted(p.name for p in HERE.iterdir() if p.name == "devsets" or p.name.startswith("heldout"))
    ap.add_argument("--sets", choices=sets, default="devsets", help="which article sets to score")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the scorer's whole report")
    args = ap.parse_args()
    scorer = Path(args.shared) / "tools" / "score_timeline.py"
    totals = [0, 0, 0, 0]
    for topic in sorted(p for p in (HERE / args.sets).iterdir() if (p / "gold.yaml").is_file()):
        report = score_topic(topic, scorer, args.verbose)
        print(f"{topic.name}: {report}")
        found = _SUMMARY.search(report)
        if found:
            totals = [t + int(n) for t, n in zip(totals, found.groups())]
    found_required, required, matched, output = totals
    print(f"all {args.sets}: required recall {found_required}/{required} = {found_required / max(required, 1):.2f} · "
          f"precision {matched}/{output} = {matched / max(output, 1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
