"""Tables and structured exports of the view model.

- Tables (every tabulate format): one line per event, fitted to a width when one is given (the
  terminal's): the widest text column is cut with an ellipsis; `sources` is a count.
- csv / tsv: one row per event, every text in full, `date` and `mod` apart, no padding; a list
  (the article ids) is joined with "; ".
- json / jsonl: one object per event; `sources` a list of objects (article, publisher, title, url,
  published, quote, expression), `conflicts` a list of objects.

`--columns` picks and orders the columns of all of them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any

from timeline.errors import UsageError
from timeline.views.model import EntryView, TimelineView

# every column `--columns` accepts, with what it holds
COLUMNS = {
    "id": "the event's id",
    "date": "TIMEX3 value (in tables with its mod, such as '2015 END', unless `mod` is also shown)",
    "mod": "START, MID, END, APPROX, ... or empty",
    "when": "the date for people: 'late 2015', 'March 2016'",
    "title": "the event",
    "event": "the event, with [dates differ] and [rejected] marks in tables",
    "reports": "how many articles report it",
    "sources": "tables: how many articles report it; csv/tsv: their ids; json: a list of objects",
    "articles": "the ids of the articles that report it",
    "quotes": "the sentences that tell it",
    "conflicts": "the dates the sources disagree on, each with its articles",
    "note": "a person's note",
    "rejected": "whether a person marked it false",
}
TABLE_COLUMNS = ("date", "event", "sources")
FLAT_COLUMNS = ("date", "mod", "when", "title", "reports", "sources", "conflicts", "note", "rejected", "id")
JSON_COLUMNS = ("id", "date", "mod", "when", "title", "reports", "sources", "conflicts", "note", "rejected")
ELLIPSIS = "…"
_MIN_CUT = 12  # a cut text column keeps at least this many characters, however narrow the terminal
# columns that may be cut to fit a width, widest first when choosing
_CUTTABLE = ("event", "title", "quotes", "conflicts", "note", "articles")
_PIPE_TABLES = frozenset({"github", "pipe", "jira", "textile", "orgtbl", "presto", "psql", "moinmoin", "youtrack"})


def parse_columns(text: str | Sequence[str]) -> tuple[str, ...]:
    """`date,title,sources` -> ("date", "title", "sources"); UsageError naming an unknown column."""
    names = [n.strip() for part in ([text] if isinstance(text, str) else text) for n in part.split(",") if n.strip()]
    for name in names:
        if name not in COLUMNS:
            raise UsageError(f"unknown column {name!r}; choose from: {', '.join(COLUMNS)}")
    return tuple(dict.fromkeys(names))


def _conflicts_text(entry: EntryView) -> str:
    return "; ".join(f"{c.date}{' ' + c.mod if c.mod else ''} ({', '.join(c.articles)})" for c in entry.conflicts)


def _marks(entry: EntryView) -> str:
    marks = (["dates differ"] if entry.conflicts else []) + (["rejected"] if entry.rejected else [])
    return f"  [{'; '.join(marks)}]" if marks else ""


def _flat_cell(entry: EntryView, column: str, columns: Sequence[str], table: bool) -> object:
    """One cell of a table (`table`) or of a csv/tsv row: text or a number."""
    if column == "date":
        return f"{entry.date} {entry.mod}" if table and entry.mod and "mod" not in columns else entry.date
    if column == "event":
        return entry.title + (_marks(entry) if table else "")
    if column == "sources":
        return entry.reports if table else "; ".join(entry.articles)
    if column == "articles":
        return ", ".join(entry.articles) if table else "; ".join(entry.articles)
    if column == "quotes":
        return " | ".join(dict.fromkeys(s.quote for s in entry.sources))
    if column == "conflicts":
        return _conflicts_text(entry)
    if column == "rejected":
        return "yes" if entry.rejected else ""
    return getattr(entry, column)


def _json_value(entry: EntryView, column: str) -> Any:
    if column == "sources":
        return [{"article": s.article.id, "publisher": s.article.source, "title": s.article.title,
                 "url": s.article.url, "published": s.article.published, "quote": s.quote,
                 "expression": s.expression} for s in entry.sources]
    if column == "conflicts":
        return [{"date": c.date, "mod": c.mod, "articles": list(c.articles)} for c in entry.conflicts]
    if column == "articles":
        return list(entry.articles)
    if column == "quotes":
        return list(dict.fromkeys(s.quote for s in entry.sources))
    if column == "event":
        return entry.title
    return getattr(entry, column)


def render_json(view: TimelineView, columns: Sequence[str] = ()) -> str:
    objects = [{c: _json_value(e, c) for c in columns or JSON_COLUMNS} for e in view.entries]
    return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(view: TimelineView, columns: Sequence[str] = ()) -> str:
    return "".join(json.dumps({c: _json_value(e, c) for c in columns or JSON_COLUMNS}, ensure_ascii=False) + "\n"
                   for e in view.entries)


def render_csv(view: TimelineView, columns: Sequence[str] = ()) -> str:
    columns = columns or FLAT_COLUMNS
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([_flat_cell(e, c, columns, table=False) for c in columns] for e in view.entries)
    return out.getvalue()


def _tsv_cell(value: object) -> str:
    """A TSV cell holds no tab or line break (they would split it): each becomes a space."""
    text = str(value)
    return " ".join(text.split()) if any(c in text for c in "\t\n\r") else text


def render_tsv(view: TimelineView, columns: Sequence[str] = ()) -> str:
    columns = columns or FLAT_COLUMNS
    lines = ["\t".join(columns)]
    lines += ["\t".join(_tsv_cell(_flat_cell(e, c, columns, table=False)) for c in columns) for e in view.entries]
    return "\n".join(lines) + "\n"


def _table_cell(value: object, fmt: str) -> object:
    """A cell that cannot break its table: one line, and `|` escaped where it separates columns."""
    if not isinstance(value, str):
        return value
    text = " ".join(value.split()) if any(c in value for c in "\n\r\t") else value
    return text.replace("|", "\\|") if fmt in _PIPE_TABLES else text


def cut(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, ending with an ellipsis when it was longer."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + ELLIPSIS


def _tabulate(cells: list[list[object]], columns: Sequence[str], fmt: str) -> str:
    import tabulate  # imported here: `timeline --help` must not pay for it

    return tabulate.tabulate(cells, headers=list(columns), tablefmt=fmt, disable_numparse=True) + "\n"


def _widest(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def render_table(view: TimelineView, fmt: str, columns: Sequence[str] = (), width: int | None = None) -> str:
    """A tabulate table; with `width`, the text columns are cut (with an ellipsis) until lines fit in it."""
    columns = columns or TABLE_COLUMNS
    cells = [[_table_cell(_flat_cell(e, c, columns, table=True), fmt) for c in columns] for e in view.entries]
    text = _tabulate(cells, columns, fmt)
    cuttable = [i for i, c in enumerate(columns) if c in _CUTTABLE]
    if width is None or not cuttable or not cells:
        return text
    for _ in range(len(cuttable) + 1):  # each pass shrinks the widest text column by what is too much
        excess = _widest(text) - width
        if excess <= 0:
            break
        lengths = {i: max(len(str(row[i])) for row in cells) for i in cuttable}
        column = max(cuttable, key=lambda i: (lengths[i], -i))
        limit = max(lengths[column] - excess, _MIN_CUT, len(columns[column]))
        if limit >= lengths[column]:
            break
        for row in cells:
            row[column] = cut(str(row[column]), limit)
        text = _tabulate(cells, columns, fmt)
    return text


FLAT: dict[str, Callable[..., str]] = {"csv": render_csv, "tsv": render_tsv, "json": render_json, "jsonl": render_jsonl}
