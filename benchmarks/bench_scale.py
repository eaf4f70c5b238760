#!/usr/bin/env python3
"""Scale curve of `timeline build`: wall and CPU time, articles/s, ms per article and peak RSS, as whole
processes, on the real Timeline17 topics and on replicas of them up to any size.

Usage: python3 benchmarks/bench_scale.py [--sizes 1000,10000,100000] [--schemes shifted,unshifted]
                                         [--shared ../shared] [--skip jobs,incremental,dask,dates]

Corpus: every readable article of ../shared/data/timeline17/*/InputDocs (1,317 articles, five topics).
A size above that is made of copies (real files: the reader reads a file once however many links name it,
so links would not add articles; about 24 KB a copy):
  shifted    copy k is filed under publication dates k * 7 * 53 weeks later (InputDocs/<date>/ gives an
             article its date), so its relative dates ("on Monday", "last week") name other days: events
             spread thin, as in an archive of many stories;
  unshifted  copies keep their dates: every copy's sources pile onto the same entries.
A size below the corpus takes the first articles in sorted order.

For each size and scheme: a build from scratch (--no-cache, --jobs 1). Then, at each size, on the shifted
scheme (what a real archive resembles): `timeline dates` over the same articles (whole process; the
goal is a build within 1.5x of it), --jobs 2 against --jobs 1, the incremental rebuild after one added
article (warm cache) against a full build, and --engine dask (a local distributed cluster of 2 workers)
against the local engine with the same jobs. Every pair that must give the same bytes is compared.
CPU seconds (user + system of the process and its children) are printed beside wall seconds: on a
shared machine CPU time is the steadier figure. Figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import find_shared  # noqa: E402
TOPICS = ("H1N1_bbc", "LibyaWar_cnn", "LibyaWar_reuters", "MJ_bbc", "bpoil_guardian")
SHIFT_DAYS = 7 * 53 * 7  # a whole number of weeks, so weekdays keep their dates' weekdays


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mib: float
    code: int
    output: bytes = b""

    def line(self, what: str, articles: int) -> str:
        return (f"{what:<34} {self.wall:8.1f} s wall {self.cpu:8.1f} s cpu  {articles / self.wall:7.1f} art/s  "
                f"{1000 * self.cpu / articles:6.1f} cpu-ms/art  peak RSS {self.rss_mib:6.0f} MiB")


def source_articles(shared: Path) -> list[tuple[Path, str, str]]:
    """(file, topic/name below its date folder, publication date) of every non-empty article, sorted."""
    found = []
    for topic in TOPICS:
        root = shared / "data" / "timeline17" / topic / "InputDocs"
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.stat().st_size > 0:
                found.append((path.resolve(), f"{topic}/{path.name}", path.parent.name))
    return found


def make_corpus(sources: list[tuple[Path, str, str]], size: int, scheme: str, folder: Path) -> Path:
    """A folder of `size` articles (copies of the sources), copies dated by `scheme`."""
    folder.mkdir(parents=True)
    for n in range(size):
        path, name, published = sources[n % len(sources)]
        copy = n // len(sources)
        day = date.fromisoformat(published)
        if scheme == "shifted":
            day += timedelta(days=SHIFT_DAYS * copy)
        topic, file_name = name.split("/")
        target = folder / f"c{copy:03d}" / topic / day.isoformat() / file_name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    return folder


def run(args: list[str], cwd: Path, output: Path | None = None) -> Run:
    """A whole `timeline` process: wall time, CPU time and peak RSS (its own, with its children's)."""
    if output is not None and output.exists():
        output.unlink()
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "timeline", *args], cwd=cwd,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    body = output.read_bytes() if output is not None and output.exists() else b""
    return Run(wall, cpu, usage.ru_maxrss / 1024, process.returncode, body)


def build(corpus: Path, work: Path, *extra: str) -> Run:
    output = work / "timeline.yaml"
    return run(["build", str(corpus), "-o", str(output), "-q", *extra], work, output)


def same(a: Run, b: Run) -> str:
    return "identical bytes" if a.output and a.output == b.output else "DIFFERENT BYTES"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000", help="comma-separated article counts (default 1000)")
    parser.add_argument("--schemes", default="shifted,unshifted")
    parser.add_argument("--shared", default=str(find_shared()))
    parser.add_argument("--skip", default="", help="comma-separated: jobs, incremental, dask, dates")
    options = parser.parse_args()
    skip = set(filter(None, options.skip.split(",")))
    if subprocess.run([sys.executable, "-m", "timeline", "--version"], capture_output=True,
                      cwd=tempfile.gettempdir()).returncode != 0:
        # every build would fail at once and print 0 entries: say so instead of printing figures of nothing
        print(f"bench_scale: {sys.executable} cannot run timeline; run this with the Python timeline is installed in "
              "(.venv/bin/python benchmarks/bench_scale.py)", file=sys.stderr)
        return 2
    sources = source_articles(Path(options.shared))
    print(f"{len(sources)} readable Timeline17 articles; sizes {options.sizes}; schemes {options.schemes}")
    per_article: dict[tuple[str, int], float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        tmp_path = Path(tmp)
        for size in (int(s) for s in options.sizes.split(",")):
            for scheme in options.schemes.split(","):
                work = tmp_path / f"{scheme}-{size}"
                corpus = make_corpus(sources, size, scheme, work / "corpus")
                print(f"\n== {size} articles, {scheme}")
                scratch = build(corpus, work, "--no-cache")
                per_article[(scheme, size)] = scratch.cpu / size
                entries = scratch.output.count(b"\n- id: ")
                print(scratch.line("build --jobs 1 (no cache)", size) + f"  {entries} entries"
                      + f"  sha256 {hashlib.sha256(scratch.output).hexdigest()[:12]}")
                if scheme != "shifted":
                    continue
                if "dates" not in skip:
                    dates = run(["dates", "--format", "jsonl", str(corpus)], work)
                    print(dates.line("dates (same articles)", size)
                          + f"  build/dates: {scratch.wall / dates.wall:.2f}x wall, {scratch.cpu / dates.cpu:.2f}x cpu")
                if "jobs" not in skip:
                    two = build(corpus, work, "--no-cache", "--jobs", "2")
                    print(two.line("build --jobs 2 (no cache)", size)
                          + f"  speed-up {scratch.wall / two.wall:.2f}x wall  {same(scratch, two)}")
                if "incremental" not in skip:
                    cache = work / "cache"
                    held = sorted(p for p in corpus.rglob("*") if p.is_file())[-1]
                    aside = work / "held-back"
                    held.rename(aside)
                    warm = build(corpus, work, "--cache", str(cache))
                    aside.rename(held)
                    incremental = build(corpus, work, "--cache", str(cache))
                    print(warm.line("build to fill the cache", size - 1))
                    print(incremental.line("incremental (+1 article, cache)", size)
                          + f"  {100 * incremental.wall / scratch.wall:.1f} % of a full build (wall), "
                          + f"{100 * incremental.cpu / scratch.cpu:.1f} % (cpu)  {same(scratch, incremental)}")
                if "dask" not in skip:
                    local = build(corpus, work, "--no-cache", "--jobs", "2")
                    on_dask = build(corpus, work, "--no-cache", "--jobs", "2", "--engine", "dask")
                    if on_dask.code not in (0, 1):
                        print(f"dask engine failed (exit {on_dask.code}): is dask[distributed] installed?")
                    else:
                        print(on_dask.line("--engine dask, local cluster, 2", size)
                              + f"  {on_dask.wall / local.wall:.2f}x the local engine's wall  {same(local, on_dask)}")
    sizes = sorted({size for _, size in per_article})
    for scheme in options.schemes.split(","):
        if len(sizes) > 1 and (scheme, sizes[0]) in per_article:
            low, high = per_article[(scheme, sizes[0])], per_article[(scheme, sizes[-1])]
            print(f"{scheme}: cpu per article at {sizes[-1]} is {high / low:.2f}x that at {sizes[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
