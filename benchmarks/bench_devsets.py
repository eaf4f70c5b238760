#!/usr/bin/env python3
"""Timelines of hand-written article sets, scored against their blind gold: the dev sets and the held-out sets.

Usage: python3 benchmarks/bench_devsets.py [SHARED_DIR] [--sets dev,heldout-1,...|all] [-v]
       (SHARED_DIR: see benchmarks/_shared.py, default ../shared; default set: dev)

Each topic folder holds articles (*.txt with front matter) and a gold.yaml written without looking at
the tool's output. For each topic this builds a timeline of its articles into a temporary file and
runs ../shared/tools/score_timeline.py on it, printing the scorer's summary line (-v: its whole
report), then the totals of each set ("all SET: required recall ..."). The sets are the folders of
benchmarks/data/ with topics in them (benchmarks/data/README.md): dev is for development; each heldout-N set
was written by another hand and measured blind on arrival (docs/measured.md records those figures); the
newest is for measuring only. Figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import DATA, REPO, find_shared  # noqa: E402
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


def article_sets() -> list[str]:
    """The folders of benchmarks/data that hold topics with a gold timeline, sorted."""
    return sorted(p.name for p in DATA.iterdir() if p.is_dir() and any(p.glob("*/gold.yaml")))


def score_set(name: str, scorer: Path, verbose: bool) -> None:
    totals = [0, 0, 0, 0]
    for topic in sorted(p for p in (DATA / name).iterdir() if (p / "gold.yaml").is_file()):
        report = score_topic(topic, scorer, verbose)
        print(f"{topic.name}: {report}")
        found = _SUMMARY.search(report)
        if found:
            totals = [t + int(n) for t, n in zip(totals, found.groups())]
    found_required, required, matched, output = totals
    print(f"all {name}: required recall {found_required}/{required} = {found_required / max(required, 1):.2f} · "
          f"precision {matched}/{output} = {matched / max(output, 1):.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default=str(find_shared()))
    known = article_sets()
    ap.add_argument("--sets", default="dev", help=f"comma-separated sets to score, or all ({', '.join(known)})")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the scorer's whole report")
    args = ap.parse_args()
    chosen = known if args.sets == "all" else args.sets.split(",")
    unknown = [name for name in chosen if name not in known]
    if unknown:
        ap.error(f"unknown set {', '.join(unknown)} (the sets: {', '.join(known)}, or all)")
    scorer = Path(args.shared) / "tools" / "score_timeline.py"
    for name in chosen:
        score_set(name, scorer, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
