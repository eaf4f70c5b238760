#!/usr/bin/env python3
"""Writing timeline.yaml: the streamed writer against yaml.dump, CPU seconds and identical bytes, on real timelines.

Usage: python3 benchmarks/bench_writer.py [--shared ../shared] [--repeat 3] [TIMELINE.yaml ...]

Without files, builds each Timeline17 topic of ../shared/data/timeline17 and all five together (`timeline build
--no-cache -q`, a few minutes), then for each file: reads it, makes the document it holds, and writes it with
yaml.dump (store.yaml_text, what the file was written with before) and with the streamed writer
(store.dump_timeline), best process time of --repeat runs each, and compares the bytes with each other and with
the file. The same is done on the file curated as a person would (benchmarks/check_rebuild.curate: titles
changed, notes under titles, events rejected, deleted, one added by hand without id or sources), which holds the
fields a build alone never writes. Exits 1 when any pair differs. Figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.check_rebuild import curate  # noqa: E402
from timeline import store  # noqa: E402


def best_seconds(work: Callable[[], str], repeat: int) -> tuple[float, str]:
    times, text = [], ""
    for _ in range(repeat):
        start = time.process_time()
        text = work()
        times.append(time.process_time() - start)
    return min(times), text


def compare(name: str, text: str, repeat: int, *, as_built: bool) -> bool:
    """Write what `text` holds both ways; print the times and whether the bytes agree (and, for a file `as_built`,
    agree with it)."""
    doc = store.parse_document(text, name)
    articles = store.parse_articles(text, name)
    document = store.timeline_document(doc.entries, articles=articles, inputs=doc.inputs)
    by_yaml, reference = best_seconds(lambda: store.HEADER + store.yaml_text(document), repeat)
    streamed_s, streamed = best_seconds(
        lambda: store.dump_timeline(doc.entries, articles=articles, inputs=doc.inputs), repeat)
    same = streamed == reference and (streamed == text or not as_built)
    print(f"{name:42} {len(doc.entries):6} events {len(text) / 1e6:6.2f} MB   yaml.dump {by_yaml:6.3f} s   "
          f"streamed {streamed_s:6.3f} s   {by_yaml / max(streamed_s, 1e-9):5.1f}x   "
          f"{'identical bytes' if same else 'DIFFERENT BYTES'}")
    return same


def build(folders: list[Path], output: Path) -> None:
    subprocess.run([sys.executable, "-m", "timeline", "build", *map(str, folders), "-o", str(output), "-q",
                    "--no-cache"], cwd=REPO, stderr=subprocess.DEVNULL, check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = list(args.files)
        if not files:
            topics = sorted(p for p in (args.shared / "data" / "timeline17").glob("*/InputDocs") if p.is_dir())
            for folder in topics:
                files.append(Path(tmp) / f"{folder.parent.name}.yaml")
                build([folder], files[-1])
            files.append(Path(tmp) / "all-five-topics.yaml")
            build(topics, files[-1])
        ok = True
        for path in files:
            text = path.read_text(encoding="utf-8")
            ok &= compare(path.name, text, args.repeat, as_built=True)
            curated, _ = curate(text)
            ok &= compare(f"{path.name} (curated)", curated, args.repeat, as_built=False)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
