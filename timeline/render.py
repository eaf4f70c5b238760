"""Render the temporal expressions of `timeline dates` as tables: every tabulate format, plus csv and json.

Timelines have their own views, all drawn from one model: timeline.views."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from functools import cache

from timeline.errors import UsageError
from timeline.model import Timex

EXTRA_FORMATS = ("csv", "json")
DEFAULT_FORMAT = "simple"


@cache
def table_formats() -> tuple[str, ...]:
    """Every format name `--format` accepts, sorted."""
    import tabulate  # imported here: `timeline --help` must not pay for it

    return tuple(sorted(set(tabulate.tabulate_formats) | set(EXTRA_FORMATS)))


def check_format(name: str, known: Sequence[str] | None = None) -> str:
    """`name` when it is one of `known` (default: the formats of `timeline dates`), else a UsageError listing them."""
    if known is None and name in _OWN_TABLES:
        return name  # drawn here: no need to import tabulate to know it
    known = table_formats() if known is None else known
    if name not in known:
        raise UsageError(f"unknown format {name!r}; choose one of: {', '.join(known)}")
    return name


def timex_rows(file: str, timexes: Sequence[Timex]) -> list[dict[str, object]]:
    return [{"file": file, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}
            for t in timexes]


_PIPE_TABLES = frozenset({"github", "pipe", "jira", "textile", "orgtbl", "presto", "psql", "moinmoin", "youtrack"})


def _cell(value: object, fmt: str) -> object:
    """A cell that cannot break its table: one line, and `|` escaped where it separates columns."""
    if not isinstance(value, str):
        return value
    text = " ".join(value.split()) if "\n" in value or "\r" in value or "\t" in value else value
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
    if fmt in _OWN_TABLES:  # drawn column by column: each column's cells made at C speed where they can be
        own = _own_columns([_column_texts([row[c] for row in rows], fmt) for c in columns], columns, fmt)
        if own is not None:
            return own
    cells = [[_cell(row[c], fmt) for c in columns] for row in rows]
    import tabulate

    table = tabulate.tabulate(cells, headers=list(columns), tablefmt=fmt, disable_numparse=True)
    return table + "\n"


# the plain tabulate formats drawn here, without tabulate (a tenth of `timeline dates`' time on a large corpus):
# format -> whether a line of dashes follows the header
_OWN_TABLES = {"simple": True, "plain": False}
_MIN_PADDING = 2  # tabulate.MIN_PADDING: a column is at least its header and two spaces wide


def _own_table(cells: Sequence[Sequence[object]], columns: Sequence[str], fmt: str) -> str | None:
    """What tabulate writes for `cells` in the "simple" or "plain" format with disable_numparse (every cell text,
    left-aligned, stripped, columns two spaces apart, each line stripped at its end), or None when a cell holds
    anything but printable ASCII: a wide character, an escape sequence or tabulate's separating-line mark, which
    tabulate measures its own way (tests/test_render_tables.py compares the two)."""
    texts = [[str(cell).strip() for cell in row] for row in cells]
    by_column = [list(column) for column in zip(*texts)] or [[] for _ in columns]
    return _own_columns(by_column, columns, fmt)


def _column_texts(values: Sequence[object], fmt: str) -> list[str]:
    """`str(_cell(value, fmt)).strip()` of each value of a column: at C speed for a column of strings that holds no
    line break or tab (no cell to join into one line) in a format that escapes no `|`, and for one of integers."""
    kinds = set(map(type, values))
    if kinds == {str} and fmt not in _PIPE_TABLES:
        joined = "".join(values)  # type: ignore[arg-type]
        if "\n" not in joined and "\r" not in joined and "\t" not in joined:
            return [value.strip() for value in values]  # type: ignore[union-attr]
    elif kinds == {int}:
        return list(map(str, values))
    return [str(_cell(value, fmt)).strip() for value in values]


def _own_columns(by_column: Sequence[Sequence[str]], columns: Sequence[str], fmt: str) -> str | None:
    """_own_table's table from each column's cell texts (stripped)."""
    joined = "".join(["".join(column) for column in by_column])
    if not (joined.isascii() and joined.isprintable()):
        return None
    widths = [max(len(name) + _MIN_PADDING, max(map(len, column), default=0))
              for name, column in zip(columns, by_column)]
    lines = ["  ".join(name.ljust(width) for name, width in zip(columns, widths)).rstrip()]
    if _OWN_TABLES[fmt]:
        lines.append("  ".join("-" * width for width in widths))
    padded = [[text.ljust(width) for text in column] for column, width in zip(by_column, widths)]
    lines.extend(["  ".join(row).rstrip() for row in zip(*padded)])
    return "\n".join(lines) + "\n"
