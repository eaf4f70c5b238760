"""The one model every view is drawn from: entries with their dates spelled for people, their sources
resolved to articles (publisher, title, url, publication date) and the date phrase located in each quote.

Views only lay this model out; none of them re-derives a date, a grouping or a merge.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date as Date

from timeline.dates import CENTURY, DAY, DECADE, HALF, MONTH, QUARTER, SEASON, YEAR, span
from timeline.model import Entry

# spelled out here: calendar.month_name follows the process locale, and a report must not
MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")  # a whole week only: a weekday or weekend of it is written as given
_LINKABLE = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_HALVES = {"1": "first", "2": "second"}
# how a mod reads before a date; START/MID/END change the phrase itself ("early 2015", "mid-March 2016")
_MOD_PREFIX = {"APPROX": "around", "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "on or before",
               "ON_OR_AFTER": "on or after", "LESS_THAN": "less than", "MORE_THAN": "more than",
               "EQUAL_OR_LESS": "at most", "EQUAL_OR_MORE": "at least"}


def _day_label(year: str, month: str, day: str) -> str:
    return f"{int(day)} {MONTHS[int(month)]} {year}"


def plain_date(value: str) -> str:
    """A TIMEX3 value at its own precision: "27 March 2016", "March 2016", "2015", "Q4 2015",
    "week of 21 March 2016", "summer 2015", "the 1990s"; a value that is not a calendar date as written."""
    if span(value) is None:
        return value
    if m := DAY.fullmatch(value):
        label = _day_label(m[1], m[2], m[3])
        if m[4]:
            label += ", " + _PARTS_OF_DAY.get(m[4], m[4])
        return label
    if m := MONTH.fullmatch(value):
        return f"{MONTHS[int(m[2])]} {m[1]}"
    if YEAR.fullmatch(value):
        return value
    if m := QUARTER.fullmatch(value):
        return f"Q{m[2]} {m[1]}"
    if m := HALF.fullmatch(value):
        return f"{_HALVES[m[2]]} half of {m[1]}"
    if m := _WEEK.fullmatch(value):
        monday = Date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return f"week of {monday.day} {MONTHS[monday.month]} {monday.year}"
    if m := SEASON.fullmatch(value):
        season = _SEASONS[m[2]]
        return f"{season} {m[1]}/{(int(m[1]) + 1) % 100:02d}" if m[2] == "WI" else f"{season} {m[1]}"
    if m := DECADE.fullmatch(value):
        return f"the {m[1]}0s"
    if m := CENTURY.fullmatch(value):
        return f"the {m[1]}00s"
    return value


def human_date(value: str, mod: str = "") -> str:
    """The date as a person writes it, no more precise than the value: ("2015", "END") -> "late 2015",
    ("2016-03", "MID") -> "mid-March 2016", ("2016-02", "APPROX") -> "around February 2016"."""
    label = plain_date(value)
    if not mod:
        return label
    decade = label.startswith("the ") and label.endswith("0s")
    day = bool(DAY.fullmatch(value))
    if mod in ("START", "END"):
        word = "early" if mod == "START" else "late"
        if decade:
            return f"the {word} {label[4:]}"
        if day:
            return f"{word} on {label}"
        return f"{word} in the {label}" if label.startswith(("week of", "first half", "second half")) else f"{word} {label}"
    if mod == "MID":
        if decade:
            return f"the mid-{label[4:]}"
        if day:
            return f"midday on {label}"
        return f"the middle of the {label}" if label.startswith(("week of", "first half", "second half")) else f"mid-{label}"
    prefix = _MOD_PREFIX.get(mod)
    return f"{prefix} {label}" if prefix else f"{label} ({mod})"


def iso_datetime(value: str) -> str:
    """The value as an HTML `<time datetime>` accepts it (a year, month, day or week), or ""."""
    if DAY.fullmatch(value) and "T" not in value or MONTH.fullmatch(value) or YEAR.fullmatch(value):
        return value if span(value) is not None else ""
    if _WEEK.fullmatch(value) and span(value) is not None:
        return value
    return ""


def group_of(value: str) -> tuple[str, str]:
    """Where an entry sits in a year-by-month layout: (year heading, sub-heading).

    A date inside one month sits under its month ("March 2016"); a date covering the whole year sits
    under the year with no sub-heading; any other span inside a year ("Q2 2016", a week across two
    months) under its own label; a span across years (a decade) under its own label as the year."""
    days = span(value)
    if days is None:
        return "Undated", ""
    first, last = Date.fromordinal(days[0]), Date.fromordinal(days[1])
    if first.year != last.year:
        return plain_date(value), ""
    year = str(first.year)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return year, ""
    if first.month == last.month:
        return year, f"{MONTHS[first.month]} {year}"
    return year, plain_date(value)


@dataclass(frozen=True, slots=True)
class ArticleView:
    id: str
    published: str = ""
    title: str = ""
    source: str = ""  # the publisher ("Bloomberg")
    url: str = ""

    @property
    def link(self) -> str:
        """The url when a view may link it: http(s) only (a `javascript:` url from a page's metadata never runs)."""
        return self.url if _LINKABLE.fullmatch(self.url) else ""

    @property
    def name(self) -> str:
        """How a citation names the article: its publisher, else its id."""
        return self.source or self.id


@dataclass(frozen=True, slots=True)
class SourceView:
    article: ArticleView
    quote: str
    expression: str
    mark: tuple[int, int] | None  # where the date phrase is in the quote (end exclusive), when it is

    def quote_parts(self) -> tuple[str, str, str]:
        """The quote cut around its date phrase: (before, phrase, after); the phrase is "" when not found."""
        if self.mark is None:
            return self.quote, "", ""
        start, end = self.mark
        return self.quote[:start], self.quote[start:end], self.quote[end:]


@dataclass(frozen=True, slots=True)
class ConflictView:
    date: str
    mod: str
    when: str
    articles: tuple[str, ...]
    names: tuple[str, ...]  # the articles as a reader knows them: publisher, else id


@dataclass(frozen=True, slots=True)
class EntryView:
    id: str
    date: str
    mod: str
    when: str  # the date for people: "late 2015"
    year: str  # the heading it sits under: "2016" (group_of)
    period: str  # the sub-heading under the year: "March 2016", "Q2 2016", or "" for the year itself
    title: str
    sources: tuple[SourceView, ...]
    reports: int
    conflicts: tuple[ConflictView, ...]
    note: str
    rejected: bool

    @property
    def articles(self) -> tuple[str, ...]:
        """The distinct article ids, in the order the sources give them."""
        return tuple(dict.fromkeys(s.article.id for s in self.sources))

    def search_text(self) -> str:
        """Everything a reader may filter on, lower-cased."""
        parts = [self.when, self.date, self.title, self.note]
        for s in self.sources:
            parts += [s.quote, s.article.id, s.article.source, s.article.title]
        return " ".join(" ".join(p.split()) for p in parts if p).lower()


@dataclass(frozen=True, slots=True)
class TimelineView:
    title: str
    entries: tuple[EntryView, ...]
    articles: Mapping[str, ArticleView]

    @property
    def years(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.year for e in self.entries))

    @property
    def cited_articles(self) -> int:
        return len({a for e in self.entries for a in e.articles})


def locate(quote: str, expression: str) -> tuple[int, int] | None:
    """Where `expression` stands in `quote`: first exact match, else first match ignoring case."""
    if not expression:
        return None
    at = quote.find(expression)
    if at < 0:
        at = quote.lower().find(expression.lower())
        if at < 0 or len(quote.lower()) != len(quote):  # lower() changed lengths: offsets would drift
            return None
    return at, at + len(expression)


def _article_view(article_id: str, described: Mapping[str, str] | None) -> ArticleView:
    described = described or {}
    return ArticleView(article_id, published=described.get("published", ""), title=described.get("title", ""),
                       source=described.get("source", ""), url=described.get("url", ""))


def _conflict_view(conflict: Mapping[str, object], known: Mapping[str, ArticleView]) -> ConflictView:
    date, mod = str(conflict.get("date", "")), str(conflict.get("mod", "") or "")
    articles = tuple(str(a) for a in conflict.get("articles", ()) or ())  # type: ignore[union-attr]
    names = tuple(dict.fromkeys(known[a].name if a in known else a for a in articles))
    return ConflictView(date, mod, human_date(date, mod), articles, names)


def _shifted(mark: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    """A date phrase's place in its sentence, as a place in the quote shown (the lead sentence before it)."""
    return None if mark is None else (mark[0] + by, mark[1] + by)


def build_view(entries: Sequence[Entry], articles: Mapping[str, Mapping[str, str]], title: str = "Timeline") -> TimelineView:
    """The view model of `entries` (already chosen, filtered and in order) with what `articles` says of each."""
    known = {a: _article_view(a, d) for a, d in articles.items()}
    views = []
    for entry in entries:
        sources = tuple(
            SourceView(known.get(s.article) or _article_view(s.article, None), s.shown, s.expression,
                       _shifted(locate(s.quote, s.expression), len(s.shown) - len(s.quote)))
            for s in entry.sources)
        conflicts = tuple(_conflict_view(c, known) for c in entry.conflicts)
        year, period = group_of(entry.date)
        views.append(EntryView(
            id=entry.id, date=entry.date, mod=entry.mod, when=human_date(entry.date, entry.mod), year=year,
            period=period, title=entry.title, sources=sources, reports=entry.reports, conflicts=conflicts,
            note=entry.note, rejected=entry.rejected))
    return TimelineView(title=title, entries=tuple(views), articles=known)
