#!/usr/bin/env python3
"""`timeline dates` against dateparser's `search_dates` as whole processes on the same texts: CPU seconds and ratio.

Usage: python3 benchmarks/bench_dates_cli.py [--shared ../shared] [--copies 4] [--repeat 3] [--format simple]

Texts: every TimeML document of TimeBank and AQUAINT (../shared/data/timeml), `--copies` times under other names
(symbolic links in a temporary folder: `timeline` refuses two articles with one id), 0.53 M characters a copy.
Each side is one process started from nothing, as a user runs it, output to a file:
  ours   `timeline dates --format FORMAT FILE...` (default `simple`, the table `timeline dates` prints);
  theirs a Python process that imports dateparser, reads the same files (the TEXT of each, with
         ElementTree, and its DCT as RELATIVE_BASE) and prints every date `search_dates` finds, one line each.
CPU seconds (user + system of the child, best of --repeat for ours, one run for dateparser, which takes
minutes) are the figure on a shared machine; wall seconds are printed beside them. Also: `timeline --help`
(the start-up every command pays). Figures only: no thresholds.

Two figures for ours (speed10), each against the same dateparser run:
  this checkout  `python -m timeline` from the repository, in this environment: where PYTHONDONTWRITEBYTECODE is set
                 and the checkout has no `__pycache__` (this project's machine), every run compiles timeline's
                 modules from source (~0.09 s), while dateparser's modules were byte-compiled when pip installed it;
  as installed   the package copied to a temporary folder and byte-compiled there (`python -m compileall`, as pip does
                 at install), run from that folder with bytecode writing allowed (PYTHONDONTWRITEBYTECODE unset), as a
                 user who installed timeline runs it; dateparser runs in that same environment.
`--no-installed` leaves the second out.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TIMELINE = [sys.executable, "-m", "timeline"]
DATEPARSER_SCRIPT = r"""
import datetime as dt, sys, xml.etree.ElementTree as ET
from dateparser.search import search_dates
out = []
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    text_el = root.find("TEXT")
    text = "".join(text_el.itertext()) if text_el is not None else ""
    value = dct.get("value") if dct is not None else None
    base = dt.datetime.fromisoformat(value[:10]) if value else dt.datetime(2000, 1, 1)
    for phrase, when in search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []:
        out.append(f"{path}\t{phrase}\t{when.isoformat()}\n")
sys.stdout.write("".join(out))
"""


def run(command: list[str], output: Path, *, cwd: Path = REPO,
        env: dict[str, str] | None = None) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one child process, its stdout to `output`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with output.open("wb") as out:
        subprocess.run(command, stdout=out, stderr=subprocess.DEVNULL, check=True, cwd=cwd, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def corpus(shared: Path, copies: int, folder: Path) -> tuple[list[str], int]:
    """The TimeML files, `copies` times under other names, and their characters (as `timeline` reads them)."""
    originals = sorted((shared / "data" / "timeml").glob("*/*.tml"))
    files: list[str] = []
    for k in range(copies):
        for path in originals:
            link = folder / f"copy{k}_{path.parent.name}_{path.name}"
            os.symlink(path, link)
            files.append(str(link))
    return files, sum(len(text_of(path)) for path in originals) * copies


def installed_copy(folder: Path) -> tuple[Path, dict[str, str]]:
    """The `timeline` package copied into `folder` and byte-compiled there as pip compiles it at install, and the
    environment to run it in: bytecode writing allowed (PYTHONDONTWRITEBYTECODE unset). Run from `folder`, `python -m
    timeline` imports this copy (the current folder comes first on `-m`'s path)."""
    shutil.copytree(REPO / "timeline", folder / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder / "timeline")], check=True, env=env)
    return folder, env


def compiles_from_source() -> bool:
    """Whether `python -m timeline` run from the checkout compiles its modules at every run: bytecode writing is off
    and the package has no bytecode cache."""
    return bool(os.environ.get("PYTHONDONTWRITEBYTECODE")) and not (REPO / "timeline" / "__pycache__").is_dir()


def text_of(path: Path) -> str:
    """The TEXT of a TimeML file, as both sides read it (timeline.read.timeml and the dateparser script)."""
    text_el = ET.parse(path).getroot().find("TEXT")
    return "".join(text_el.itertext()) if text_el is not None else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--format", default="simple")
    parser.add_argument("--no-installed", dest="installed", action="store_false",
                        help="leave out the run of a byte-compiled copy of the package (as installed)")
    args = parser.parse_args()
    source = "modules compiled from source at every run" if compiles_from_source() else "modules' bytecode cached"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus_folder = folder / "corpus"
        corpus_folder.mkdir()
        files, chars = corpus(args.shared, args.copies, corpus_folder)
        out = folder / "out.txt"
        dates = [*TIMELINE, "dates", "--format", args.format, *files]
        help_cpu = min(run([*TIMELINE, "--help"], out)[0] for _ in range(args.repeat))
        ours = min((run(dates, out) for _ in range(args.repeat)), key=lambda r: r[0])
        ours_bytes = out.read_bytes()
        lines = ours_bytes.count(b"\n")
        installed = installed_lines = installed_help = None
        same = True
        env = None
        if args.installed:
            site, env = installed_copy(folder / "site")
            installed_help = min(run([*TIMELINE, "--help"], out, cwd=site, env=env)[0] for _ in range(args.repeat))
            installed = min((run(dates, out, cwd=site, env=env) for _ in range(args.repeat)), key=lambda r: r[0])
            installed_lines = out.read_text(encoding="utf-8").count("\n")
            same = out.read_bytes() == ours_bytes
        theirs = run([sys.executable, "-c", DATEPARSER_SCRIPT, *files], out, env=env)
        their_lines = out.read_text(encoding="utf-8").count("\n")
    print(f"texts: {len(files)} TimeML files ({args.copies} copies), {chars / 1e6:.2f} M characters")
    print(f"this checkout ({source}):")
    print(f"  timeline --help                      CPU {help_cpu:6.2f} s")
    print(f"  timeline dates --format {args.format:11}  CPU {ours[0]:6.2f} s  wall {ours[1]:6.2f} s  "
          f"{chars / ours[0] / 1e6:5.2f} M chars/s (CPU)  {lines} lines")
    if installed is not None and installed_help is not None:
        print("as installed (the package byte-compiled by compileall, as pip does):")
        print(f"  timeline --help                      CPU {installed_help:6.2f} s")
        print(f"  timeline dates --format {args.format:11}  CPU {installed[0]:6.2f} s  wall {installed[1]:6.2f} s  "
              f"{chars / installed[0] / 1e6:5.2f} M chars/s (CPU)  {installed_lines} lines, "
              f"{'identical bytes' if same else 'DIFFERENT BYTES'}")
    print(f"dateparser search_dates process        CPU {theirs[0]:6.2f} s  wall {theirs[1]:6.2f} s  "
          f"{chars / theirs[0] / 1e6:5.2f} M chars/s (CPU)  {their_lines} dates")
    print(f"ratio (timeline dates / dateparser, whole processes, CPU), this checkout: {theirs[0] / ours[0]:.1f}x")
    if installed is not None:
        print(f"ratio (timeline dates / dateparser, whole processes, CPU), as installed: "
              f"{theirs[0] / installed[0]:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
