#!/usr/bin/env python3
"""Rebuild stability on a real corpus: a build on top of its own output must change nothing.

Usage: python3 benchmarks/check_rebuild.py [FOLDER ...]   (default: every Timeline17 topic in ../shared/data/timeline17)
Builds each folder into a fresh timeline.yaml, builds again on top of it (as a user rebuilding a curated
file does), and prints the number of events, the two builds' times and whether the files are identical.
Then curates the file as a person would (every 10th event retitled, a note written under the title of every
7th, every 13th rejected, every 17th deleted, one event added by hand), builds twice more and checks that
every edit is still there, in its place, and that the second curated rebuild changes nothing.
Exits 1 when any check fails.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import TIMELINE17, find_shared  # noqa: E402
TOPICS = find_shared() / TIMELINE17


def default_folders() -> list[Path]:
    """The InputDocs folder of every topic there (five today: LibyaWar_reuters, LibyaWar_cnn, H1N1_bbc, MJ_bbc,
    bpoil_guardian)."""
    return sorted(p for p in TOPICS.glob("*/InputDocs") if p.is_dir())


def build(folder: Path, output: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "timeline", "build", str(folder), "-o", str(output), "-q"],
                   stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def curate(text: str) -> tuple[str, list[str]]:
    """A person's edits on a built file, and the lines each edit leaves that every later build must keep."""
    head, *events = re.split(r"(?m)^(?=- id: )", text)
    kept: list[str] = []
    out: list[str] = []
    for n, block in enumerate(events):
        if n % 17 == 16:
            continue  # deleted by hand: it comes back, with a message (see README, Curating in git)
        if n % 10 == 0:
            block = re.sub(r"(?m)^  title: .*$", f"  title: Retitled by hand {n}", block, count=1)
            kept.append(f"  title: Retitled by hand {n}\n")
        if n % 7 == 0:
            block = re.sub(r"(?m)^(  title: .*\n)", rf"\1  note: checked by hand {n}\n", block, count=1)
            kept.append(f"note: checked by hand {n}\n")
        if n % 13 == 0 and "\n  rejected: true\n" not in block:
            block += "  rejected: true\n"
        out.append(block)
    hand = '- date: "2011-01-01"\n  title: Added by hand\n  note: from the archive\n'
    kept.append("  title: Added by hand\n  note: from the archive\n")
    return head + "".join(out) + hand, kept


def check_curated(folder: Path, output: Path) -> bool:
    edited, kept = curate(output.read_text(encoding="utf-8"))
    output.write_text(edited, encoding="utf-8")
    build(folder, output)
    once = output.read_text(encoding="utf-8")
    build(folder, output)
    twice = output.read_text(encoding="utf-8")
    lost = [line.strip() for line in kept if line not in once]
    notes = re.findall(r"(?m)^  note: checked by hand \d+$", once)
    notes_in_place = len(notes) == len(re.findall(r"(?m)^  title: .*\n  note: checked by hand \d+$", once))
    print(f"    curated: {len(kept)} edits, {len(lost)} lost{' (' + lost[0] + ', ...)' if lost else ''} · "
          f"notes under their titles: {'yes' if notes_in_place else 'NO'} · "
          f"second curated rebuild {'identical' if once == twice else 'DIFFERENT'}")
    return not lost and notes_in_place and once == twice


def main() -> int:
    folders = [Path(a) for a in sys.argv[1:]] or default_folders()
    if not folders:
        print(f"no topics found under {TOPICS}", file=sys.stderr)
        return 2
    failed = 0
    for folder in folders:
        with tempfile.TemporaryDirectory() as tmp:
            output = Path(tmp) / "timeline.yaml"
            first_time = build(folder, output)
            first = output.read_bytes()
            second_time = build(folder, output)
            same = output.read_bytes() == first
            events = first.count(b"\n- id: ")
            print(f"{folder}: {events} events · first build {first_time:.1f} s · rebuild {second_time:.1f} s · "
                  f"{'identical' if same else 'DIFFERENT'}")
            failed += not same
            failed += not check_curated(folder, output)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
