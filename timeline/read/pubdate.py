"""Publication dates: parse a date value, find a dateline in an article's first lines, read a date from a path."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from collections.abc import Mapping
from pathlib import PurePath
from types import MappingProxyType

from timeline.rules import load_yaml
from timeline.text import lexicon

_MONTH_NUMBERS: Mapping[str, int] = MappingProxyType(
    {name.lower(): number for number, names in enumerate(lexicon.months(), start=1) for name in names}
)
_WEEKDAY_NAMES = tuple(name.lower() for names in lexicon.weekdays() for name in names)
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?+"
_WEEKDAY = r"(?:" + "|".join(_WEEKDAY_NAMES) + r")\.?+"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?+"
_YEAR = r"(?P<year>[12]\d{3})"

# Every pattern is anchored on literal tokens with bounded repeats, so matching is linear in the input.
_ISO = re.compile(r"(?<![\d-])(?P<year>[12]\d{3})(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)")
_MDY = re.compile(rf"\b{_MONTH}[ \t]{{1,3}}{_DAY}[ \t]{{0,3}},?[ \t]{{0,3}}{_YEAR}\b", re.IGNORECASE)
_DMY = re.compile(rf"\b{_DAY}[ \t]{{1,3}}{_MONTH}[ \t]{{0,3}},?[ \t]{{0,3}}{_YEAR}\b", re.IGNORECASE)
_YEAR_SHAPE = re.compile(r"[12]\d{3}")  # what _ISO, _MDY and _DMY all need (their year), found fast
_CLOCK = re.compile(r"[ \t,|@-]{0,6}+(?:at[ \t]{1,3})?+[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?+[ \t]{0,2}+(?:[ap]\.?m\.?)?+", re.IGNORECASE)
# "WASHINGTON, May 25 (Reuters) -": a place in capitals, maybe its region ("SALEM, Ore., July 17 (Reuters) -"),
# or none ("March 3 (Reuters) -"), a date, a news agency in parentheses, a dash.
_AGENCY_DATELINE = re.compile(
    rf"\A[ \t]{{0,4}}+(?P<place>[A-Z][A-Z.'’ -]{{1,40}}+,[ \t]{{1,3}}(?:[A-Z][\w.'’-]{{0,25}}+(?:[ \t][A-Z][\w.'’-]{{0,25}}+)?+,[ \t]{{1,3}})?+)?+(?P<date>(?i:(?:{_WEEKDAY},?[ \t]{{1,3}})?{_MONTH})[ \t]{{1,3}}{_DAY}"
    rf"(?:,[ \t]{{0,3}}{_YEAR})?)[ \t]{{0,3}}\([A-Za-z][\w .&-]{{0,30}}+\)[ \t]{{0,3}}[-–—]",
)
# "DURHAM, England, March 3, 2022 – Text" (a press release) or "March 3, 2022 – Text": at the start of a line
# only, a place (capitalised words) and maybe its region, a date, a dash (or "/PRNewswire/ --") and the text.
_PLACE = r"[A-Z][\w.'’-]{0,25}+(?:[ \t]{1,2}+[A-Z][\w.'’-]{0,25}+){0,3}+"
_PLACE_DATELINE = re.compile(
    rf"\A[ \t]{{0,4}}+(?P<place>{_PLACE},[ \t]{{1,3}}+(?:{_PLACE},[ \t]{{1,3}}+)?+)?+"
    rf"(?P<date>(?i:(?:{_WEEKDAY},?[ \t]{{1,3}}+)?+{_MONTH})[ \t]{{1,3}}+{_DAY}(?:,[ \t]{{0,3}}+{_YEAR})?+)"
    rf"[ \t]{{0,3}}+(?:/[A-Za-z][\w .-]{{0,30}}+/[ \t]{{0,3}}+)?+[-–—]{{1,2}}+[ \t]{{1,3}}+[A-Z\"“‘']",
)
_PLACE_LINES = 5  # a place dateline opens the text: the headline, a standfirst and a byline may come before it
_STAMP_WORDS = lexicon.stamp_words("line") | frozenset(_WEEKDAY_NAMES)
_TOKEN = re.compile(r"[A-Za-z]++|\d++")
_HEADER_LINES = 15
_HEADER_LINE_CHARS = 400
_STAMP_LINE_CHARS = 100


@dataclass(frozen=True, slots=True)
class Dateline:
    """A date stamp found in the first lines of a text. `date` is "" when the stamp gave no year."""

    date: str
    month: int
    day: int
    line: int  # 0-based index of the line in the text
    kind: str  # "stamp" (a line that is only a date stamp), "timestamp" (a date with a clock time), "agency",
    # "place" (a press release's "CITY, Region, Month D, YYYY – " opening its first paragraph)
    update: bool  # "Updated on ...": not the publication date
    start: int = 0  # where the date stands in the text (offsets; the weekday before it included)
    end: int = 0
    placed: bool = False  # a place opens it ("INNSBRUCK, March 10 — "): the dateline of a report, not a chronology item


def make_date(year: int, month: int, day: int) -> str | None:
    """`YYYY-MM-DD` for a real calendar date, else None."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(match: re.Match[str]) -> str | None:
    month = match.group("month")
    number = int(month) if month.isdigit() else _MONTH_NUMBERS.get(month.lower().rstrip("."))
    if number is None:
        return None
    return make_date(int(match.group("year")), number, int(match.group("day")))


def parse_date(value: object) -> str | None:
    """A publication date from a metadata value: a date object or a string such as `2016-04-07`,
    `2016-04-07T19:00:00Z`, `April 7, 2016`, `Thu, 07 Apr 2016 12:00:00 GMT`. None if it is not one."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _epoch(value)
    if not isinstance(value, str):
        return None
    text = value.strip()[:100]
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        return _from_match(match)
    for pattern in (_MDY, _DMY):
        match = pattern.search(text)
        if match:
            return _from_match(match)
    return _parse_other_formats(text)


def _parse_other_formats(text: str) -> str | None:
    """A full date in another language or format ("7 avril 2016", "2016年4月7日", "Jueves 7 de abril de 2016"),
    read by dateparser: absolute dates only (never "yesterday", which would depend on the day of the run),
    with day, month and year all given, so nothing is invented."""
    if not any(c.isdigit() for c in text):
        return None
    import dateparser  # imported here: slow to load, and needed only for metadata our patterns do not read

    try:
        found = dateparser.parse(text, settings={
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
            "STRICT_PARSING": True,
        })
    except Exception:  # noqa: BLE001 - whatever a third-party parser trips on, the value is simply not a date
        return None
    return found.date().isoformat() if found else None


def _epoch(value: float) -> str | None:
    """A Unix time in seconds or milliseconds (scrapers emit both), as a UTC date; None when implausible."""
    seconds = value / 1000 if value >= 1e11 else value
    if not 1e8 <= seconds <= 4.1e9:  # 1973 .. 2099: anything else is not a timestamp of a news article
        return None
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat()


def parse_iso_option(value: str) -> str | None:
    """A strict `YYYY-MM-DD` (the form the options take)."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    return make_date(int(match[1]), int(match[2]), int(match[3])) if match else None


def path_date(path: str) -> str | None:
    """The first `YYYY-MM-DD` in the file name, else in the nearest parent folder that has one."""
    parts = PurePath(path).parts
    for part in reversed(parts):
        for match in _ISO.finditer(part):
            if match.group("sep") == "-":
                date = _from_match(match)
                if date:
                    return date
    return None


def _is_stamp_line(line: str, span: tuple[int, int]) -> bool:
    """True when the rest of a short line around a date is only stamp words, weekdays, times and zones."""
    if len(line) > _STAMP_LINE_CHARS:
        return False
    rest = line[: span[0]] + " " + line[span[1] :]
    for token in _TOKEN.findall(rest):
        low = token.lower()
        if token.isdigit() or low in _STAMP_WORDS or low in _MONTH_NUMBERS:
            continue
        if token.isupper() and len(token) <= 5:  # time zones: EDT, GMT, UTC, CEST
            continue
        return False
    return True


@cache
def _update_words() -> frozenset[str]:
    """rules.yaml's update words (lower case), read when a dateline is first looked for: reading TimeML never does."""
    return frozenset(w.lower() for w in load_yaml("timeline.read", "rules.yaml")["update_words"])


def _is_update(line: str, start: int) -> bool:
    return any(token.lower() in _update_words() for token in _TOKEN.findall(line[:start]))


def find_datelines(text: str) -> list[Dateline]:
    """Date stamps in the first lines of a text, in order of appearance."""
    found: list[Dateline] = []
    lines = text.split("\n", _HEADER_LINES * 4)[: _HEADER_LINES * 4]
    seen = 0
    line_start = 0
    for index, full_line in enumerate(lines):
        at, line_start = line_start, line_start + len(full_line) + 1
        if not full_line.strip():
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        line = full_line[:_HEADER_LINE_CHARS]
        agency = _AGENCY_DATELINE.match(line)
        kind = "agency"
        if not agency and seen <= _PLACE_LINES:
            agency, kind = _PLACE_DATELINE.match(line), "place"
        if agency:
            month = _MONTH_NUMBERS.get(agency.group("month").lower().rstrip("."), 0)
            day = int(agency.group("day"))
            year = agency.group("year")
            date = (make_date(int(year), month, day) or "") if year else ""
            if month and (date or make_date(2000, month, day)):
                found.append(Dateline(date, month, day, index, kind, False, at + agency.start("date"),
                                      at + agency.end("date"), agency.group("place") is not None))
            continue
        if not _YEAR_SHAPE.search(line):
            continue  # each stamp pattern holds a year: most lines have none, and are not scanned three times
        for pattern in (_MDY, _DMY, _ISO):
            for match in pattern.finditer(line):
                date = _from_match(match)
                if not date:
                    continue
                if _is_stamp_line(line, match.span()):
                    kind = "stamp"
                elif _CLOCK.match(line, match.end()):
                    kind = "timestamp"
                else:
                    continue
                found.append(Dateline(date, int(date[5:7]), int(date[8:10]), index, kind, _is_update(line, match.start()),
                                      at + match.start(), at + match.end()))
    return found


def dateline_date(text: str, year_from: str | None) -> tuple[str, Dateline] | None:
    """The publication date a text's datelines give: the earliest dated stamp that is not an update
    (a repost or an edit is later than the publication), else a year-less agency dateline completed with
    the year of `year_from` (the latest such day not after it). None when there is none."""
    lines = [d for d in find_datelines(text) if not d.update]
    dated = [d for d in lines if d.date]
    if dated:
        best = min(dated, key=lambda d: (d.date, d.line))
        return best.date, best
    if year_from:
        for d in lines:
            year = int(year_from[:4])
            for candidate_year in (year, year - 1):
                date = make_date(candidate_year, d.month, d.day)
                if date and date <= year_from:
                    return date, d
    return None



def body_dateline(body: str) -> tuple[int, int] | None:
    """Where the date of the dateline that opens a report stands in its (cleaned) body: "INNSBRUCK, March 10 —
    Prosecutors ...", kept in the body because the place belongs to the first paragraph. Its date is the report's,
    no event's; a date line without a place ("Feb. 12 — Whitcombe is reinstated") is a chronology item."""
    for line in find_datelines(body):
        if line.kind in ("agency", "place") and line.placed:
            return line.start, line.end
    return None
