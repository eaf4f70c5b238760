"""Wire the stages together for the CLI: read -> extract -> merge -> write, and the two read-only views.

Articles are streamed: each is read, turned into events and dropped before the next is read.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.errors import ArticleError, TimelineError, UsageError
from timeline.model import Article, Entry, Event

if TYPE_CHECKING:
    from timeline.cache import ExtractionCache

log = logging.getLogger("timeline")

ENTRY_COLUMNS = ("date", "event", "sources")
TIMEX_COLUMNS = ("file", "start", "end", "text", "type", "value", "mod")


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_day(option: str, value: str | None) -> None:
    from timeline.dates import span

    if value is not None and (not _DAY.fullmatch(value) or span(value) is None or value >= "9000"):
        raise UsageError(f"{option} {value!r} is not a date of the form YYYY-MM-DD")


def _articles(paths: Sequence[str], published: str | None, input_format: str | None,
              skipped: list[ArticleError], today: str | None = None) -> Iterator[Article]:
    """The articles that can be read; each one that cannot is added to `skipped` (see `_report_skipped`)."""
    from timeline.read import read_articles

    seen: set[str] = set()
    for item in read_articles(paths, published=published, input_format=input_format, today=today):
        if isinstance(item, ArticleError):
            skipped.append(item)
            continue
        if item.id in seen:
            skipped.append(ArticleError(f"another article already has the id {item.id!r}; rename one of them",
                                        path=item.path))
            continue
        seen.add(item.id)
        log.info("%s: published %s (from %s)", item.path or item.id, item.published, item.date_origin or "?")
        yield item


def _extracted(articles: Iterable[Article], jobs: int,
               cache: ExtractionCache | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Each article with its events. Extraction is a pure function of one article, so with jobs > 1 it
    runs on a process pool, a bounded batch at a time (articles stay streamed), in input order; an
    article whose events are in `cache` is not extracted again, and new results are added to it."""
    from timeline.cache import extracted_batch
    from timeline.events import extract

    if jobs <= 1:
        for article in articles:
            yield from extracted_batch([article], cache, lambda todo: map(extract, todo))
        return
    from concurrent.futures import ProcessPoolExecutor
    from itertools import islice

    batch_size = jobs * 16
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        iterator = iter(articles)
        while batch := list(islice(iterator, batch_size)):
            yield from extracted_batch(batch, cache, lambda todo: pool.map(extract, todo, chunksize=4))


def _open_cache(folder: str | None) -> ExtractionCache | None:
    from timeline.cache import ExtractionCache, default_folder

    if folder == "":
        return None
    return ExtractionCache(Path(folder) if folder else default_folder())


def _report_skipped(skipped: Sequence[ArticleError], read: int, outcome: str = "; nothing written") -> None:
    """One line per skipped article; when nothing at all could be read, one line saying so and why."""
    if not read:
        if len(skipped) == 1:
            raise TimelineError(f"{skipped[0]}{outcome}")
        for error in skipped:
            log.error("skipped %s", error)
        raise TimelineError(f"none of the {len(skipped)} inputs could be read{outcome}")
    for error in skipped:
        log.error("skipped %s", error)


def build_timeline(paths: Sequence[str], *, output: str, fmt: str, top: int | None, published: str | None,
                   input_format: str | None, strict: bool, show_table: bool, jobs: int = 1,
                   planned: bool = False, cache_folder: str | None = None, engine: str = "local",
                   scheduler: str | None = None) -> int:
    """Run the whole pipeline; returns the exit code (0, or 1 when articles were skipped).

    `cache_folder`: where extracted events are kept between builds ("" turns the cache off; None: the
    default folder, see timeline.cache). `engine` "dask" extracts on a Dask cluster (`scheduler`, or a
    local one of `jobs` workers, see timeline.dask_engine); the bytes written are the same."""
    from timeline.merge import merge
    from timeline.salience import happened, top as most_reported
    from timeline.store import dump_timeline, load_timeline, write_atomic

    _check_day("--published", published)
    previous: list[Entry] = []
    if output != "-" and Path(output).is_file():
        previous = load_timeline(output)
    skipped: list[ArticleError] = []
    events: list[Event] = []
    published_on: dict[str, str] = {}
    articles = _articles(paths, published, input_format, skipped)
    if engine == "dask":
        from timeline.dask_engine import extracted as extracted_on_dask

        pairs = extracted_on_dask(articles, scheduler, jobs, _open_cache(cache_folder))
    else:
        pairs = _extracted(articles, jobs, _open_cache(cache_folder))
    for article, found in pairs:
        published_on[article.id] = article.published
        events.extend(found)
    _report_skipped(skipped, len(published_on))
    if strict and skipped:
        raise TimelineError(f"{len(skipped)} article(s) could not be read (--strict); nothing written")
    merged = merge(events, previous)
    entries = merged if planned else happened(merged, published_on)
    if top is not None:
        shown = {id(e) for e in entries}
        entries = most_reported(entries, top, [e for e in merged if id(e) not in shown])
    text = dump_timeline(entries, articles=published_on)
    if output == "-":
        sys.stdout.write(text)
    else:
        write_atomic(output, text)
        if show_table:
            sys.stdout.write(_entries_table(entries, fmt))
    kept = sum(1 for e in entries if not e.rejected)
    where = "stdout" if output == "-" else output
    log.warning("%d article(s) read, %d skipped; %d event(s) written to %s", len(published_on), len(skipped), kept, where) \
        if skipped else log.info("%d article(s) read; %d event(s) written to %s", len(published_on), kept, where)
    return 1 if skipped else 0


def _entries_table(entries: Sequence[Entry], fmt: str) -> str:
    from timeline.render import entry_rows, render

    return render(entry_rows([e for e in entries if not e.rejected]), ENTRY_COLUMNS, fmt)


def _article_names(given: str) -> set[str]:
    """What `--source` may name an article by: its id, or its file ("articles/001.txt" -> "001",
    "InputDocs/2011-02-20/248.htm.txt" -> "2011-02-20/248.htm" or "248.htm" when that is all it gives)."""
    from timeline.read import format_for

    path = Path(given)
    stem = path.with_suffix("") if format_for(given) else path
    names = {given, stem.as_posix()}
    for depth in range(1, len(stem.parts)):  # the id is the path below the folder that was read
        names.add(Path(*stem.parts[depth:]).as_posix())
    return names


def filter_entries(entries: Iterable[Entry], *, since: str | None = None, until: str | None = None,
                   sources: Sequence[str] = (), words: Sequence[str] = (), show_rejected: bool = False) -> list[Entry]:
    """The entries that overlap [since, until], cite one of `sources` and contain every word in `words`."""
    from timeline.dates import parse_bound, span

    try:
        low = parse_bound(since)[0] if since else None
        high = parse_bound(until)[1] if until else None
    except ValueError as error:
        raise UsageError(str(error)) from None
    wanted = {name for s in sources for name in _article_names(s)}
    kept = []
    for entry in entries:
        if entry.rejected and not show_rejected:
            continue
        days = span(entry.date)
        if (low or high) and days is None:
            continue
        if low and days[1] < low or high and days[0] > high:
            continue
        cited = {s.article for s in entry.sources}
        if wanted and not wanted & cited:
            continue
        haystack = " ".join([entry.title, entry.note] + [s.quote for s in entry.sources]).lower()
        if any(w.lower() not in haystack for w in words):
            continue
        kept.append(entry)
    return kept


def show_timeline(path: str, *, fmt: str, since: str | None, until: str | None, sources: Sequence[str],
                  words: Sequence[str], show_rejected: bool) -> str:
    from timeline.render import entry_rows, render
    from timeline.store import load_timeline

    if not Path(path).exists():
        raise UsageError(f"{path}: no such file (run 'timeline build' first, or name the timeline file)")
    entries = filter_entries(load_timeline(path), since=since, until=until, sources=sources, words=words,
                             show_rejected=show_rejected)
    return render(entry_rows(entries), ENTRY_COLUMNS, fmt)


def list_dates(paths: Sequence[str], *, dct: str | None, fmt: str) -> int:
    """Print the temporal expressions of each article; returns the exit code."""
    from timeline.render import DEFAULT_FORMAT, render, timex_rows
    from timeline.tagger import tag

    _check_day("--dct", dct)
    skipped: list[ArticleError] = []
    rows: list[dict[str, object]] = []
    read = 0
    # a reference date may lie in the future here: it is only what relative dates resolve against
    # the reference date is only what relative dates resolve against: one after today is no error here
    for article in _articles(paths, dct, None, skipped, today=dct):
        read += 1
        found = timex_rows(article.path or article.id, tag(article.body, article.published or None))
        if fmt == "jsonl":
            sys.stdout.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in found))
        else:
            rows.extend(found)
    _report_skipped(skipped, read, outcome="")
    if fmt != "jsonl":
        sys.stdout.write(render(rows, TIMEX_COLUMNS, DEFAULT_FORMAT if fmt == "table" else fmt))
    return 1 if skipped else 0
