#!/usr/bin/env python3
"""Time on hostile input for every stage, at 1x, 2x and 4x the size: growth must stay linear.

Usage: python3 benchmarks/bench_hostile.py [--size CHARS]

For each stage (reader clean-up, publication-date search, sentence splitting, the tagger, event
extraction) and each hostile text (long runs of digits, repeated month names, one huge line, PTB
tokens, commas, weekdays and fronted leads), prints seconds at 1x/2x/4x and the ratios t(2x)/t(1x) and
t(4x)/t(1x) (linear: about 2 and 4; quadratic: 4 and 16). The slow-marked hostile text of the event tests
is timed at 2,000 and 4,000 repetitions, with their ratio. Merging is timed on many events that all look
alike. The peer figure is dateparser's search_dates on the digits at 1x (it is super-linear there; run
with a 60 s limit).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from collections.abc import Callable

from timeline.events import extract
from timeline.merge import merge
from timeline.model import Article, Event, Source
from timeline.read import ptb
from timeline.read.boilerplate import clean
from timeline.read.pubdate import dateline_date
from timeline.text.sentences import split_sentences
from timeline.tagger import tag

HOSTILE: dict[str, Callable[[int], str]] = {
    "digits and spaces": lambda n: ("1234 5678 " * (n // 10 + 1))[:n],
    "May May May": lambda n: ("May " * (n // 4 + 1))[:n],
    "one long line": lambda n: ("word, " * (n // 6 + 1))[:n],
    "dates and commas": lambda n: ("On May 5, a, b, the army, " * (n // 26 + 1))[:n],
    "PTB tokens": lambda n: ("-LRB- `` , '' " * (n // 14 + 1))[:n],
    # a fronted date's leads, and weekdays after weekdays, in one endless sentence (each date once read its
    # sentence, or the text, from the start: quadratic)
    "weekdays and leads": lambda n: ("and then on Monday, later on Tuesday, " * (n // 38 + 1))[:n],
}

# the slow-marked hostile text of tests/events/test_events.py, repeated: event extraction at two sizes
SLOW_TEST_UNIT = "On May 5, a, b, c, d, the army, "
SLOW_TEST_REPEATS = (2_000, 4_000)

STAGES: dict[str, Callable[[str], object]] = {
    "read: clean-up": lambda text: (clean(text), ptb.detokenise(text)),
    "read: dateline": lambda text: dateline_date(text, "2016-05-27"),
    "sentences": split_sentences,
    "tagger": lambda text: tag(text, "2016-05-25"),
    "events": lambda text: extract(Article(id="h", body=text, published="2016-05-25")),
}


def seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _dateparser_child(text: str, out: "mp.Queue[float]") -> None:
    from dateparser.search import search_dates

    start = time.perf_counter()
    search_dates(text, languages=["en"])
    out.put(time.perf_counter() - start)


def dateparser_seconds(text: str, limit: float) -> float | None:
    queue: mp.Queue[float] = mp.Queue()
    child = mp.Process(target=_dateparser_child, args=(text, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.terminate()
        return None
    return queue.get() if not queue.empty() else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="characters at 1x (default 100,000)")
    args = parser.parse_args()
    tag("warm up on May 5, 2016", "2016-05-25")  # load tables and compile patterns before timing
    extract(Article(id="w", body="Talks began on Monday.", published="2016-05-25"))
    print(f"{'stage':16} {'input':18} {'1x s':>8} {'2x s':>8} {'4x s':>8} {'2x/1x':>6} {'4x/1x':>6}")
    for stage, run in STAGES.items():
        for name, make in HOSTILE.items():
            times = [seconds(lambda: run(make(args.size * k))) for k in (1, 2, 4)]
            base = max(times[0], 1e-6)
            print(f"{stage:16} {name:18} {times[0]:8.3f} {times[1]:8.3f} {times[2]:8.3f} "
                  f"{times[1] / base:6.1f} {times[2] / base:6.1f}")
    # best of three: the figure is a ratio of short runs on a shared machine
    slow = [min(seconds(lambda: extract(Article(id="h", body=SLOW_TEST_UNIT * n, published="2016-05-25")))
                for _ in range(3)) for n in SLOW_TEST_REPEATS]
    print(f"events: {SLOW_TEST_UNIT!r} x {SLOW_TEST_REPEATS[0]:,}: {slow[0]:.3f} s, x {SLOW_TEST_REPEATS[1]:,}: "
          f"{slow[1]:.3f} s, ratio {slow[1] / max(slow[0], 1e-6):.1f} (linear: 2; quadratic: 4)")
    for count in (2000, 4000, 8000):
        alike = [Event(article=f"a{i}", date="2016-05-23", mod="", title="Same thing",
                       source=Source(f"a{i}", f"The same thing happened on Monday ({i}).", "Monday"),
                       keys=("happened", "same", "thing"), trigger="happened") for i in range(count)]
        print(f"merge: {count} look-alike events: {seconds(lambda: merge(alike)):.3f} s")
    digits = HOSTILE["digits and spaces"](args.size)
    ours = seconds(lambda: tag(digits, "2016-05-25"))
    peer = dateparser_seconds(digits, 60.0)
    peer_text = f"{peer:.2f} s" if peer is not None else "over 60 s (stopped)"
    ratio = f" · ratio {peer / max(ours, 1e-6):.0f}x" if peer is not None else ""
    print(f"digits and spaces at 1x: timeline.tagger {ours:.3f} s · dateparser.search_dates {peer_text}{ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
