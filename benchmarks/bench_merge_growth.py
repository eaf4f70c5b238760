#!/usr/bin/env python3
"""Which parts of the merge cost more an article as the corpus grows: the merge of a corpus and of its parts (by
article id prefix), each in a fresh process, sampled, per article.

Usage: python3 benchmarks/bench_merge_growth.py [CORPUS] [--part PREFIX]... [--top 30]
       (CORPUS: the articles to build, default the repository's articles/; for figures, a corpus of
       benchmarks/bench_scale.py, e.g. its 4,000 distinct articles with --part c000/)

CORPUS is built once in this process's child (`timeline build CORPUS -q --no-cache`, `time.process_time` round
extraction and merge), and the merge's input events are kept (pickled to a temporary file). Then the merge runs
again on those events in a fresh process for each part (the events of the articles whose id starts with PREFIX, e.g.
`c000/` for copy 0 of a benchmarks/bench_scale.py corpus, which a distinct corpus files under `c000/`, `c001/`, ...)
and for the whole, so that no memo is warm and the parts differ from the whole in size, not in kind. Each run is
sampled, not profiled: every 5 ms a thread charges the process CPU spent since the last sample to each function on
the main thread's stack (cumulative) and to the innermost one (self), which costs nothing measurable, where cProfile
inflates the merge's many small calls several times. Printed: extraction and merge CPU of the build, each run's
merge CPU an article, and the functions whose cumulative CPU an article grows most from the first run to the last.
The rule tables a fresh process loads on first use are charged to each run: on a small corpus they are most of it.
On a shared machine CPU seconds are the figures to compare; figures only: no thresholds.
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SAMPLE_SECONDS = 0.005


def _article(event: object) -> str:
    return getattr(event, "event", event).article  # an Event, or an Item holding one


def build_and_keep(corpus: str, kept: str) -> dict[str, float]:
    """In this process: one --no-cache build of `corpus`, its extraction's and merge's CPU; the merge's input events
    pickled to `kept`."""
    from timeline import pipeline
    from timeline.cli import main

    spent: dict[str, float] = {}
    collect, merge = pipeline._collect, pipeline.merge

    def timed_collect(*args: object, **kwargs: object) -> object:
        start = time.process_time()
        found = collect(*args, **kwargs)
        spent["extract"] = time.process_time() - start
        return found

    def kept_merge(events: object, *args: object, **kwargs: object) -> object:
        events = list(events)  # type: ignore[call-overload]
        with open(kept, "wb") as handle:
            pickle.dump(events, handle, protocol=pickle.HIGHEST_PROTOCOL)
        start = time.process_time()
        merged = merge(iter(events), *args, **kwargs)
        spent["merge"] = time.process_time() - start
        return merged

    pipeline._collect, pipeline.merge = timed_collect, kept_merge  # type: ignore[assignment]
    start = time.process_time()
    with tempfile.TemporaryDirectory(prefix="bench-merge-growth-") as tmp:
        main(["build", corpus, "-o", str(Path(tmp) / "timeline.yaml"), "-q", "--no-cache"])
    spent["whole"] = time.process_time() - start
    return spent


def sampled_merge(kept: str, prefix: str) -> dict[str, object]:
    """In this process: the merge of the kept events of the articles whose id starts with `prefix`, sampled."""
    from timeline.merge import merge
    from timeline.merge.kept_days import kept_days
    from timeline.merge.title_choice import kept_choices

    with open(kept, "rb") as handle:
        events = [e for e in pickle.load(handle) if _article(e).startswith(prefix)]
    articles = len({_article(e) for e in events})
    main_thread = threading.get_ident()
    cumulative: Counter[str] = Counter()
    own: Counter[str] = Counter()
    done = threading.Event()

    def sample() -> None:
        last = time.process_time()
        while not done.is_set():
            time.sleep(SAMPLE_SECONDS)
            now = time.process_time()
            spent, last = now - last, now
            frame = sys._current_frames().get(main_thread)
            seen: set[str] = set()
            innermost = True
            while frame is not None:
                code = frame.f_code
                name = f"{code.co_filename.rsplit('/timeline/', 1)[-1]}:{code.co_firstlineno}:{code.co_name}"
                if innermost:
                    own[name] += spent
                    innermost = False
                if name not in seen:  # a recursive function counts once a sample
                    cumulative[name] += spent
                    seen.add(name)
                frame = frame.f_back

    sampler = threading.Thread(target=sample, daemon=True)
    start = time.process_time()
    with kept_choices(None), kept_days(None):  # as a --no-cache build runs it
        sampler.start()
        entries = merge(iter(events), [], jobs=1)
        done.set()
    sampler.join()
    return {"articles": articles, "events": len(events), "entries": len(entries),
            "cpu": time.process_time() - start, "cumulative": cumulative, "own": own}


def _child(*args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(REPO / "articles"))
    parser.add_argument("--part", action="append", default=[], help="an article id prefix (repeatable)")
    parser.add_argument("--top", type=int, default=30, help="how many growing functions to print")
    parser.add_argument("--build", metavar="KEPT", help=argparse.SUPPRESS)  # a child: build, keep the events
    parser.add_argument("--merge", nargs=2, metavar=("KEPT", "PREFIX"), help=argparse.SUPPRESS)  # a child: merge
    options = parser.parse_args()
    if options.build:
        print(json.dumps(build_and_keep(options.corpus, options.build)))
        return 0
    if options.merge:
        print(json.dumps(sampled_merge(*options.merge)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-merge-growth-") as tmp:
        kept = str(Path(tmp) / "events.pickle")
        build = _child(options.corpus, "--build", kept)
        print(f"{options.corpus}: build {build['whole']:.1f} s CPU (extraction {build['extract']:.1f} s, merge "
              f"{build['merge']:.1f} s)")
        runs = [(prefix or "(all)", _child(options.corpus, "--merge", kept, prefix))
                for prefix in [*options.part, ""]]
    for name, run in runs:
        print(f"merge of {name}: {run['articles']} articles with events, {run['events']} events, {run['entries']} "
              f"entries, {run['cpu']:.1f} s CPU, {1000 * run['cpu'] / run['articles']:.2f} ms an article")
    (first_name, first), (last_name, last) = runs[0], runs[-1]
    if first is last:
        return 0

    def per_article(run: dict[str, object], kind: str, name: str) -> float:
        return 1000 * run[kind].get(name, 0.0) / run["articles"]  # type: ignore[attr-defined,operator]

    names = set(first["cumulative"]) | set(last["cumulative"])  # type: ignore[arg-type]
    growth = sorted(names, key=lambda n: per_article(first, "cumulative", n) - per_article(last, "cumulative", n))
    print(f"\nCPU ms an article, cumulative (self), {first_name} -> {last_name}, the largest growth first:")
    for name in growth[:options.top]:
        a, b = per_article(first, "cumulative", name), per_article(last, "cumulative", name)
        print(f"  {name[-64:]:<64} {a:7.3f} -> {b:7.3f} ({per_article(first, 'own', name):.3f} -> "
              f"{per_article(last, 'own', name):.3f})  {b / a if a else float('inf'):5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
