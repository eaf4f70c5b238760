#!/usr/bin/env python3
"""Date selection (`timeline build --top K`) against journalists' timelines: Timeline17 date F1.

Usage: python3 benchmarks/bench_top_dates.py [SHARED_DIR]
       (default ../shared, relative to the repository)

Runs ../shared/tools/score_dates.py on the LibyaWar_reuters and H1N1_bbc topics with this checkout's
`timeline build {docs} --top {k} -o -` (K = the number of dates of each gold timeline) and prints its
per-timeline lines and the mean date F1 of each topic. The best published date F1 on Timeline17 is
0.544 (Ghalandari & Ifrim 2020). Figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import REPO, find_shared  # noqa: E402
TOPICS = ("LibyaWar_reuters", "H1N1_bbc")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default=str(find_shared()))
    args = ap.parse_args()
    shared = Path(args.shared)
    scorer = shared / "tools" / "score_dates.py"
    command = f"{shlex.quote(sys.executable)} -m timeline build {{docs}} --top {{k}} -o -"
    for topic in TOPICS:
        proc = subprocess.run([sys.executable, str(scorer), str(shared / "data" / "timeline17" / topic), "--run", command],
                              cwd=REPO, capture_output=True, text=True)
        sys.stdout.write(proc.stdout)
        if proc.returncode not in (0, 1):
            sys.stderr.write(proc.stderr[-2000:])
            return proc.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
