"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a newsroom embeds it with
`new TL.Timeline('timeline-embed', data)`.

Dates stay as precise as the timeline says: a year event has only a year, a month event a year and
a month, never an invented day. A span that is neither (a quarter, a week, a season, a decade) has a
start_date and an end_date at the precision that bounds it. Every slide carries the human date as
`display_date` ("late 2015"), its sources as HTML (publisher, quote with the date phrase in bold,
link), and a unique_id: the event's id.
"""

from __future__ import annotations

import json
import re
from datetime import date as Date, timedelta
from html import escape
from typing import Any

from timeline.dates import span
from timeline.views.model import EntryView, SourceView, TimelineView, human_date

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")
_ONE_DAY = timedelta(days=1)


def _date_object(day: Date, precision: str) -> dict[str, str]:
    """A TimelineJS date of `precision` "year", "month" or "day" (strings, as its documentation writes them)."""
    out = {"year": str(day.year)}
    if precision in ("month", "day"):
        out["month"] = str(day.month)
    if precision == "day":
        out["day"] = str(day.day)
    return out


def slide_dates(value: str) -> dict[str, dict[str, str]] | None:
    """start_date (and end_date for a span that is not one year, month or day) of a TIMEX3 value;
    None when the value is not a calendar date (TimelineJS needs one)."""
    days = span(value[:10] if _DAY.match(value) else value)
    if days is None:
        return None
    first, last = Date.fromordinal(days[0]), Date.fromordinal(days[1])
    if _DAY.match(value):
        return {"start_date": _date_object(first, "day")}
    if _MONTH.fullmatch(value):
        return {"start_date": _date_object(first, "month")}
    if _YEAR.fullmatch(value):
        return {"start_date": _date_object(first, "year")}
    whole_months = first.day == 1 and (last + _ONE_DAY).day == 1 if last < Date.max else True
    whole_years = whole_months and first.month == 1 and last.month == 12
    precision = "year" if whole_years else "month" if whole_months else "day"
    return {"start_date": _date_object(first, precision), "end_date": _date_object(last, precision)}


def _source_html(source: SourceView) -> str:
    article = source.article
    cite = escape(article.name)
    if article.title:
        cite += f", “{escape(article.title)}”"
    if article.published:
        cite += f", {escape(human_date(article.published))}"
    if article.link:
        cite = f'<a href="{escape(article.link)}">{cite}</a>'
    before, phrase, after = source.quote_parts()
    quote = escape(before) + (f"<strong>{escape(phrase)}</strong>" if phrase else "") + escape(after)
    return f"<p><cite>{cite}</cite>: “{quote}”</p>"


def _slide(entry: EntryView, dates: dict[str, dict[str, str]]) -> dict[str, Any]:
    parts = []
    if entry.conflicts:
        disagree = "; ".join(f"{escape(c.when)} ({escape(', '.join(c.names))})" for c in entry.conflicts)
        parts.append(f"<p><strong>Sources disagree on the date:</strong> {disagree}</p>")
    if entry.note:
        parts.append(f"<p><em>Note:</em> {escape(entry.note)}</p>")
    parts += [_source_html(s) for s in entry.sources]
    slide: dict[str, Any] = dict(dates)
    slide["display_date"] = entry.when
    slide["text"] = {"headline": escape(entry.title), "text": "".join(parts)}
    slide["unique_id"] = entry.id
    return slide


def timelinejs_data(view: TimelineView) -> dict[str, Any]:
    """The TimelineJS3 data object; events without a calendar date (TimelineJS cannot place them) are left out."""
    events = []
    for entry in view.entries:
        dates = slide_dates(entry.date)
        if dates is not None:
            events.append(_slide(entry, dates))
    count = f"{len(events)} event{'s' * (len(events) != 1)} from {view.cited_articles} article{'s' * (view.cited_articles != 1)}"
    return {"title": {"text": {"headline": escape(view.title), "text": count}}, "events": events}


def render_timelinejs(view: TimelineView) -> str:
    return json.dumps(timelinejs_data(view), ensure_ascii=False, indent=2) + "\n"
