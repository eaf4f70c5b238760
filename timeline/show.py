"""The `show` command's work: load a timeline file, keep the entries the filters ask for, render a view.

Read-only, and apart from the build's stages (timeline.pipeline), so that `timeline show` loads only the
file store, the dates and the views.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from timeline.dates import parse_bound, span
from timeline.errors import UsageError
from timeline.model import Entry
from timeline.read import format_for
from timeline.store import load_articles, load_timeline
from timeline.views import render_view

log = logging.getLogger("timeline")


def _article_names(given: str) -> set[str]:
    """What `--source` may name an article by: its id, or its file ("articles/001.txt" -> "001",
    "InputDocs/2011-02-20/248.htm.txt" -> "2011-02-20/248.htm" or "248.htm" when that is all it gives)."""
    path = Path(given)
    stem = path.with_suffix("") if format_for(given) else path
    names = {given, stem.as_posix()}
    for depth in range(1, len(stem.parts)):  # the id is the path below the folder that was read
        names.add(Path(*stem.parts[depth:]).as_posix())
    return names


def filter_entries(entries: Iterable[Entry], *, since: str | None = None, until: str | None = None,
                   sources: Sequence[str] = (), words: Sequence[str] = (), show_rejected: bool = False) -> list[Entry]:
    """The entries that overlap [since, until], cite one of `sources` and contain every word in `words`."""
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
        haystack = " ".join([entry.title, entry.note] + [s.shown for s in entry.sources]).lower()
        if any(w.lower() not in haystack for w in words):
            continue
        kept.append(entry)
    return kept


def show_timeline(path: str, *, fmt: str, since: str | None, until: str | None, sources: Sequence[str],
                  words: Sequence[str], show_rejected: bool, columns: Sequence[str] = (), width: int | None = None,
                  title: str = "") -> str:
    """The timeline in `path`, filtered, in format `fmt` (timeline.views: tables, structured exports, pages)."""
    if not Path(path).exists():
        raise UsageError(f"{path}: no such file (run 'timeline build' first, or name the timeline file)")
    everything = load_timeline(path)
    entries = filter_entries(everything, since=since, until=until, sources=sources, words=words,
                             show_rejected=show_rejected)
    if not entries:
        log.warning("%s", _nothing_matches(path, everything, since=since, until=until, sources=sources, words=words,
                                           show_rejected=show_rejected))
    return render_view(entries, load_articles(path), fmt, columns=columns, width=width,
                       title=title or _title_of(path))


def _nothing_matches(path: str, everything: Sequence[Entry], *, since: str | None, until: str | None,
                     sources: Sequence[str], words: Sequence[str], show_rejected: bool) -> str:
    """Why `show` prints an empty table, naming the filter that leaves nothing."""
    live = [e for e in everything if show_rejected or not e.rejected]
    if not live:
        hidden = len(everything) - len(live)
        return f"{path} has no events" + (f" but {hidden} rejected one(s) (--all shows them)" if hidden else "")
    if since and until and parse_bound(since)[0] > parse_bound(until)[1]:
        return f"no event can match: --since {since} is after --until {until}"
    unknown = [s for s in sources if not filter_entries(live, sources=[s], show_rejected=True)]
    if unknown:
        return f"no event of {path} cites {', '.join(unknown)} (--source takes an article id from its `articles:`)"
    given = [f"{flag} {value}" for flag, value in (("--since", since), ("--until", until)) if value]
    given += [f"--source {s}" for s in sources] + [f"--grep {w}" for w in words]
    return f"no event of {path} matches {' '.join(given)} ({len(live)} event(s) in the file)"


def _title_of(path: str) -> str:
    """A page title from the file name: `syria.yaml` -> "Syria"; the default `timeline.yaml` -> "Timeline"."""
    stem = Path(path).stem.replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else "Timeline"
