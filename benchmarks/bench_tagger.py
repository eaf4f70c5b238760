#!/usr/bin/env python3
"""Throughput of timeline.tagger.tag against dateparser.search.search_dates on the same news text.

Corpus: the TEXT of every TimeML document (TimeBank, AQUAINT) with its DCT, and the 379
Timeline17 LibyaWar_reuters articles (DCT = the date of their folder). dateparser is run on a
fixed sample (the first 300 KB of that corpus, whole documents) because it is ~20x slower;
both rates are characters per second, so they compare directly.

Also: linear growth (1x, 2x, 4x input) and hostile input (100 KB of digits and spaces,
"May May May ...", one 1 MB line). dateparser gets the hostile digits on a smaller piece, in a
child process with a time limit, and its rate is extrapolated.

Usage: python benchmarks/bench_tagger.py [--shared ../shared] [--sample-kb 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import pathlib
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: benchmarks/ and timeline/
from benchmarks._shared import find_shared  # noqa: E402
from timeline.tagger import tag

Doc = tuple[str, str | None]  # (text, dct)


def read_tml(path: pathlib.Path) -> Doc:
    """TEXT content (markup removed, entities decoded) and DCT of a TimeML file, as the scorer reads it."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    text_el = root.find("TEXT")
    text = "".join(text_el.itertext()) if text_el is not None else ""
    value = dct.get("value") if dct is not None else None
    return text, (value[:10] if value else None)


def load_corpus(shared: pathlib.Path) -> list[Doc]:
    docs: list[Doc] = []
    for sub in ("timebank", "aquaint"):
        docs += [read_tml(p) for p in sorted((shared / "data/timeml" / sub).glob("*.tml"))]
    libya = shared / "data/timeline17/LibyaWar_reuters/InputDocs"
    for path in sorted(libya.glob("*/*")):
        docs.append((path.read_text(encoding="utf-8", errors="replace"), path.parent.name))
    return docs


def rate_ours(docs: list[Doc], repeat: int) -> tuple[float, int]:
    """Best-of-`repeat` characters per second, and the number of expressions found."""
    chars = sum(len(t) for t, _ in docs)
    best, found = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = sum(len(tag(t, d)) for t, d in docs)
        best = min(best, time.perf_counter() - t0)
    return chars / best, found


def _base(dct: str | None) -> dt.datetime:
    return dt.datetime.fromisoformat(dct) if dct else dt.datetime(2000, 1, 1)


def rate_dateparser(docs: list[Doc]) -> tuple[float, int]:
    from dateparser.search import search_dates

    chars = sum(len(t) for t, _ in docs)
    search_dates("warm up on Monday", languages=["en"])
    t0 = time.perf_counter()
    found = 0
    for text, dct in docs:
        found += len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": _base(dct)}) or [])
    return chars / (time.perf_counter() - t0), found


def sample(docs: list[Doc], size: int) -> list[Doc]:
    out, total = [], 0
    for doc in docs:
        if total >= size:
            break
        out.append(doc)
        total += len(doc[0])
    return out


def timed(text: str, dct: str | None = "2016-04-06") -> float:
    t0 = time.perf_counter()
    tag(text, dct)
    return time.perf_counter() - t0


def _dateparser_child(text: str, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from dateparser.search import search_dates

    t0 = time.perf_counter()
    search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dt.datetime(2016, 4, 6)})
    out.put(time.perf_counter() - t0)


def dateparser_timed(text: str, limit: float) -> float | None:
    """dateparser's time on `text` in a child process; None if it passes `limit` seconds."""
    queue: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    proc = mp.Process(target=_dateparser_child, args=(text, queue))
    proc.start()
    proc.join(limit)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None
    return queue.get() if not queue.empty() else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(find_shared()))
    ap.add_argument("--sample-kb", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dateparser-limit", type=float, default=60.0, help="seconds for dateparser on hostile text")
    args = ap.parse_args()

    docs = load_corpus(pathlib.Path(args.shared))
    chars = sum(len(t) for t, _ in docs)
    tag("warm up: rules load and compile on first use, Monday 2016", "2016-04-06")
    ours, n_ours = rate_ours(docs, args.repeat)
    part = sample(docs, args.sample_kb * 1000)
    part_chars = sum(len(t) for t, _ in part)
    ours_part, n_ours_part = rate_ours(part, args.repeat)
    theirs, n_theirs = rate_dateparser(part)
    print(f"corpus: {len(docs)} documents, {chars:,} characters (TimeML TEXT + LibyaWar_reuters)")
    print(f"timeline.tagger   whole corpus  {ours / 1e6:6.2f} M chars/s   ({n_ours} expressions)")
    print(f"timeline.tagger   sample        {ours_part / 1e6:6.2f} M chars/s   ({n_ours_part} expressions)")
    print(f"dateparser        sample        {theirs / 1e6:6.2f} M chars/s   ({n_theirs} dates)"
          f"   [sample: first {len(part)} documents, {part_chars:,} characters]")
    print(f"ratio (ours / dateparser, same sample): {ours_part / theirs:.1f}x")

    print("\nlinearity (whole corpus concatenated, one call per size):")
    joined = "\n\n".join(t for t, _ in docs)
    base = None
    for k in (1, 2, 4):
        sec = min(timed(joined * k) for _ in range(2))
        base = base or sec
        print(f"  {k}x  {len(joined) * k:>10,} chars  {sec:7.3f} s  ({sec / base:4.2f} x the 1x time)")

    print("\nhostile input:")
    digits = ("1234 5678 90 " * 8000)[:100_000]
    mays = ("May " * 25_000)[:100_000]
    line = ("The deal was signed on March 27, 2016 and 12345 shares moved " * 20_000)[:1_000_000].replace("\n", " ")
    for name, text in (("100 KB digits and spaces", digits), ('100 KB "May May ..."', mays), ("1 MB single line", line)):
        sec = timed(text)
        print(f"  ours        {name:28} {sec:7.3f} s  ({len(text) / sec / 1e6:.2f} M chars/s)")
    piece = digits[:10_000]
    sec = dateparser_timed(piece, args.dateparser_limit)
    if sec is None:
        print(f"  dateparser  10 KB of the digits          > {args.dateparser_limit:.0f} s (stopped)")
    else:
        print(f"  dateparser  10 KB of the digits          {sec:7.3f} s  (x10, if linear: {sec * 10:.1f} s for 100 KB)")
    sec = dateparser_timed(digits, args.dateparser_limit)
    if sec is None:
        print(f"  dateparser  100 KB digits and spaces     > {args.dateparser_limit:.0f} s (stopped)")
    else:
        print(f"  dateparser  100 KB digits and spaces     {sec:7.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
