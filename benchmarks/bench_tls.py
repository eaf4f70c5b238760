#!/usr/bin/env python3
"""Timeline summarisation on Timeline17 (`timeline build --top K --per-date L`): date F1, AR1, AR2.

Usage: python3 benchmarks/bench_tls.py [--no-rouge] [--no-per-date] [SHARED_DIR]
       (default ../shared, relative to the repository; run it with a python that has tilse for ROUGE)

Runs ../shared/tools/score_tls.py on every topic of SHARED_DIR/data/timeline17 with this checkout's
`timeline build {docs} --top {k} --per-date {l} -o -` (news-tls protocol: the input is limited to the
gold timeline's span, K gold dates, L gold sentences a date) and prints its lines. Published on
Timeline17: DATEWISE date F1 0.544, AR1 0.120, AR2 0.035. Figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import REPO, find_shared  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default=str(find_shared()))
    ap.add_argument("--no-rouge", action="store_true", help="date F1 only (no tilse needed)")
    ap.add_argument("--no-per-date", action="store_true", help="one event a date (--top K alone)")
    args = ap.parse_args()
    shared = Path(args.shared)
    local = REPO / ".venv" / "bin" / "timeline"
    timeline = shlex.quote(str(local)) if local.exists() else "timeline"
    run = f"{timeline} build {{docs}} --top {{k}}{'' if args.no_per_date else ' --per-date {l}'} -o -"
    topics = sorted(str(p) for p in (shared / "data" / "timeline17").iterdir() if (p / "timelines").is_dir())
    command = [sys.executable, str(shared / "tools" / "score_tls.py"), *topics, "--run", run]
    if not args.no_rouge:
        command.append("--rouge")
    return subprocess.run(command).returncode


if __name__ == "__main__":
    sys.exit(main())
