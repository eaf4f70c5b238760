"""Render timeline entries and temporal expressions as tables: every tabulate format, plus csv and json."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from functools import cache

from timeline.errors import UsageError
from timeline.model import Entry, Timex

EXTRA_FORMATS = ("csv", "json")
DEFAULT_FORMAT = "simple"


@cache
def table_formats() -> tuple[str, ...]:
    """Every format name `--format` accepts, sorted."""
    import tabulate  # imported here: `timeline --help` must not pay for it

    return tuple(sorted(set(tabulate.tabulate_formats) | set(EXTRA_FORMATS)))


def check_format(name: str) -> str:
    if name not in table_formats():
        raise UsageError(f"unknown format {name!r}; choose one of: {', '.join(table_formats())}")
    return name


def date_label(date: str, mod: str) -> str:
    """`2015` with mod END reads `2015 END`."""
    return f"{date} {mod}" if mod else date


def entry_rows(entries: Sequence[Entry]) -> list[dict[str, object]]:
    rows = []
    for entry in entries:
        marks = []
        if entry.conflicts:
            marks.append("conflicting dates: " + "; ".join(
                f"{date_label(str(c.get('date', '')), str(c.get('mod', '') or ''))} ({', '.join(map(str, c.get('articles', [])))})"
                for c in entry.conflicts))
        if entry.rejected:
            marks.append("rejected")
        rows.append({
            "date": date_label(entry.date, entry.mod),
            "event": entry.title + (f"  [{'; '.join(marks)}]" if marks else ""),
            "sources": ", ".join(sorted({s.article for s in entry.sources})),
        })
    return rows


def timex_rows(file: str, timexes: Sequence[Timex]) -> list[dict[str, object]]:
    return [{"file": file, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}
            for t in timexes]


_PIPE_TABLES = frozenset({"github", "pipe", "jira", "textile", "orgtbl", "presto", "psql", "moinmoin", "youtrack"})


def _cell(value: object, fmt: str) -> object:
    """A cell that cannot break its table: one line, and `|` escaped where it separates columns."""
    if not isinstance(value, str):
        return value
    text = " ".join(value.split()) if any(c in value for c in "\n\r\t") else value
    return text.replace("|", "\\|") if fmt in _PIPE_TABLES else text


def render(rows: Sequence[dict[str, object]], columns: Sequence[str], fmt: str) -> str:
    """The rows as text in format `fmt`, ending with a newline (empty string for no rows in json/csv too)."""
    if fmt == "json":
        return json.dumps([{c: row[c] for c in columns} for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()
    import tabulate

    cells = [[_cell(row[c], fmt) for c in columns] for row in rows]
    table = tabulate.tabulate(cells, headers=list(columns), tablefmt=fmt, disable_numparse=True)
    return table + "\n"
