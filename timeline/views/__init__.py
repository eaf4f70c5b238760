"""Views of a timeline, all drawn from one model (timeline.views.model): tables in every tabulate
format, csv/tsv/json/jsonl exports, a self-contained HTML page, TimelineJS3 JSON and a Markdown report.

Each view module only lays the model out; `render_view` picks one by its `--format` name.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from types import MappingProxyType

from timeline.errors import UsageError
from timeline.model import Entry
from timeline.render import check_format
from timeline.views.html import render_html
from timeline.views.markdown import render_markdown
from timeline.views.model import TimelineView, build_view
from timeline.views.tables import FLAT, render_table
from timeline.views.timelinejs import render_timelinejs

# formats that are not tabulate's: what each one is
VIEW_FORMATS = {
    "csv": "comma-separated, one row per event, full text",
    "tsv": "tab-separated, one row per event, full text, no padding",
    "json": "a list of events with their sources as objects",
    "jsonl": "one JSON event per line",
    "html-page": "a self-contained HTML page: vertical timeline, filter box, sources on demand",
    "timelinejs": "TimelineJS3 JSON, to embed the timeline in a web page",
    "markdown": "a chronology with the sources as footnotes, for reports and pull requests",
}
# views laid out as a whole document: `--columns` does not apply to them
DOCUMENT_VIEWS: Mapping[str, Callable[[TimelineView], str]] = MappingProxyType({
    "html-page": render_html, "timelinejs": render_timelinejs, "markdown": render_markdown})
DOCUMENT_FORMATS = tuple(DOCUMENT_VIEWS)


@cache
def view_formats() -> tuple[str, ...]:
    """Every name `--format` accepts for a timeline, sorted."""
    import tabulate  # imported here: `timeline --help` must not pay for it

    return tuple(sorted(set(tabulate.tabulate_formats) | set(VIEW_FORMATS)))


def check_view_format(name: str) -> str:
    return check_format(name, view_formats())


def terminal_width() -> int | None:
    """Columns of the terminal stdout is; None when stdout is a pipe or a file (full text there)."""
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


def render_view(entries: Sequence[Entry], articles: Mapping[str, Mapping[str, str]], fmt: str, *,
                columns: Sequence[str] = (), width: int | None = None, title: str = "Timeline") -> str:
    """`entries` (already filtered, in order) in format `fmt`; `articles` says what each article id is
    (published, title, source, url: timeline.yaml's `articles:`)."""
    check_view_format(fmt)
    if columns and fmt in DOCUMENT_FORMATS:
        raise UsageError(f"--columns does not apply to --format {fmt} (it lays out whole events)")
    view = build_view(entries, articles, title=title)
    document = DOCUMENT_VIEWS.get(fmt)
    if document is not None:
        return document(view)
    if fmt in FLAT:
        return FLAT[fmt](view, columns)
    return render_table(view, fmt, columns, width)
