#!/usr/bin/env python3
"""Rebuild stability on a real corpus: a build on top of its own output must change nothing.

Usage: python3 benchmarks/check_rebuild.py [FOLDER ...]   (default: both Timeline17 topics in ../shared/data)
Builds each folder into a fresh timeline.yaml, builds again on top of it (as a user rebuilding a curated
file does), and prints the number of events, the two builds' times and whether the files are identical.
Exits 1 when any pair differs.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = [Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "timeline17" / topic / "InputDocs"
           for topic in ("LibyaWar_reuters", "H1N1_bbc")]


def build(folder: Path, output: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "timeline", "build", str(folder), "-o", str(output), "-q"],
                   stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> int:
    folders = [Path(a) for a in sys.argv[1:]] or DEFAULT
    unstable = 0
    for folder in folders:
        with tempfile.TemporaryDirectory() as tmp:
            output = Path(tmp) / "timeline.yaml"
            first_time = build(folder, output)
            first = output.read_bytes()
            second_time = build(folder, output)
            same = output.read_bytes() == first
            unstable += not same
            events = first.count(b"\n- id: ")
            print(f"{folder}: {events} events · first build {first_time:.1f} s · rebuild {second_time:.1f} s · "
                  f"{'identical' if same else 'DIFFERENT'}")
    return 1 if unstable else 0


if __name__ == "__main__":
    sys.exit(main())
