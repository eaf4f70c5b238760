"""The "not a date" filters: contexts in which a rule's match is a quantity, a name, a title or an idiom.

The filters are data: rules/filters.yaml names each one, gives its words or pattern and its examples (texts it
blocks, near misses it keeps). A value builder asks `fires(name, ctx)`; the few filters that need more than a
pattern (`code:` in the table) are the functions below, and read their words from the table too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Mapping

from timeline.rules import kept_regex, load_yaml
from timeline.tagger.context import Context, Groups

_WORDS = "{words}"


@dataclass(frozen=True, slots=True)
class Filter:
    """A pattern filter of filters.yaml, compiled: it looks `before` or `after` the match."""

    name: str
    looks: str  # "before" or "after"
    chars: int  # how much text before or after the match the pattern reads
    regex: re.Pattern[str]


def _words(entry: Mapping[str, Any]) -> frozenset[str]:
    words = entry.get("words", [])
    if any(not isinstance(w, str) for w in words):
        raise ValueError(f"filter {entry['name']}: quote words YAML reads as booleans or numbers ({words})")
    return frozenset(words)


def _source(entry: Mapping[str, Any]) -> tuple[str, int]:
    """The filter's pattern, its words written in, and its flags (the table's entry checked)."""
    name, words = str(entry["name"]), _words(entry)
    looks = str(entry["looks"])
    if looks not in ("before", "after"):
        raise ValueError(f"filter {name}: looks must be before or after, not {looks!r}")
    pattern = str(entry["pattern"])
    if (_WORDS in pattern) != bool(words):
        raise ValueError(f"filter {name}: a pattern uses {_WORDS} exactly when the filter has words")
    alternation = "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(words, key=lambda w: (-len(w), w)))
    flags = re.IGNORECASE if entry.get("case") == "any" else 0
    return pattern.replace(_WORDS, alternation), int(flags)


@functools.cache
def _entries() -> tuple[Mapping[str, Any], ...]:
    entries = tuple(load_yaml("timeline.tagger", "rules", "filters.yaml")["filters"])
    if len({str(entry["name"]) for entry in entries}) != len(entries):
        raise ValueError("filters.yaml: two filters share a name")
    return entries


@functools.cache
def table() -> Mapping[str, Filter]:
    """The pattern filters of rules/filters.yaml by name, compiled on first use."""
    entries = [e for e in _entries() if "code" not in e]
    sources = tuple(_source(e) for e in entries)
    # compiled from code kept between runs where Python keeps bytecode (timeline.rules.kept_regex)
    return MappingProxyType({str(e["name"]): Filter(name=str(e["name"]), looks=str(e["looks"]), chars=int(e["chars"]),
                                                    regex=kept_regex("timeline.tagger", "filter-patterns", sources, k))
                             for k, e in enumerate(entries)})


@functools.cache
def code_words() -> Mapping[str, frozenset[str]]:
    """The words of the filters decided by code (`code:` in the table), by filter name."""
    return MappingProxyType({str(e["name"]): _words(e) for e in _entries() if "code" in e})


def fires(name: str, ctx: Context) -> bool:
    """True if the pattern filter `name` finds its context around the current match (the text is sliced
    here rather than through ctx.before/after: this runs for every bare year and month name)."""
    rule = table()[name]
    if rule.looks == "before":
        return rule.regex.search(ctx.text[max(0, ctx.start - rule.chars) : ctx.start]) is not None
    return rule.regex.match(ctx.text[ctx.end : ctx.end + rule.chars]) is not None


def prep_before(before: str) -> bool:
    """True if a preposition-like word (filters.yaml month_preposition) and whitespace, or a hyphen, end
    `before` ("in May", "mid-May"). Plain string work, not a regex search from every position: this is the
    hot path of hostile "May May May ...". Same answer as a regex search for one of the words and
    whitespace, or a hyphen, at the end (also before a final newline)."""
    if before.endswith(("-", "-\n")):  # ("$" matches before a final newline too)
        return True
    t = before.rstrip()
    if len(t) == len(before):
        return False
    i = len(t)
    while i > 0 and t[i - 1].isalpha():
        i -= 1
    if i > 0 and (t[i - 1].isalnum() or t[i - 1] == "_"):
        return False
    return t[i:].lower() in code_words()["month_preposition"]


def is_title(ctx: Context) -> bool:
    """A capitalised phrase inside a sentence is a name: ABC's "This Week", "VOA Today"."""
    words = ctx.text[ctx.start : ctx.end].split()
    if not words[0][:1].isupper() or ctx.start == 0:
        return False
    quote = _OPEN_QUOTE.search(ctx.before(4))
    if quote:
        # a quotation opened mid-sentence on a capitalised phrase is a title: ABC News' "This Week,"
        outside = ctx.before(12)[: -len(quote.group())]
        if len(words) < 2 or not outside.strip() or SENTENCE_START.search(outside):
            return False
    elif SENTENCE_START.search(ctx.before(4)):
        return False
    return all(w[:1].isupper() for w in words) and (len(words) > 1 or bool(_CAPITAL_BEFORE.search(ctx.before(20)))
                                                    or bool(_NAME_ARTICLE_BEFORE.search(ctx.before(6))))


SENTENCE_START = re.compile(r"(?:[.!?:]['\"’”]?\s+|\n\s*|^\s*|[\"“‘`]+)$")
_OPEN_QUOTE = re.compile(r"[\"“‘`]+$")
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s+$")
_NAME_ARTICLE_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$")  # "the Today show", "Radio 4's Today programme"



_WEEKDAY_AFTER = re.compile(r",?\s(?:on\s)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b")
_STAMP = re.compile(r"(?<![\d,.])([01]\d|2[0-3])([0-5]\d):\s")
_STAMP_WINDOW = 1500  # how far apart the stamps of one live report stand
_STAMP_RUN = 3  # a run of this many 24-hour stamps minutes apart is a live report's clock, not a chronology


def is_clock_stamp(g: Groups, ctx: Context) -> bool:
    """A four-digit 24-hour time read as a year: one followed by its day ("repeated 1700, Sunday 14 June"), or
    one of a live report's stamps ("1633: Danny Shaw ... 1642: Chris Boatman ... 1649: ..."): at least
    _STAMP_RUN "HHMM: " stamps near each other, in order, each within an hour of the one before."""
    if len(g.get("y") or "") != 4 or not re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", g["y"]):
        return False
    if _WEEKDAY_AFTER.match(ctx.after(12)):
        return True
    if not ctx.after(2).startswith(": "):
        return False
    lo = max(0, ctx.start - _STAMP_WINDOW)
    stamps = [(m.start(), int(m.group(1)) * 60 + int(m.group(2)))
              for m in _STAMP.finditer(ctx.text, lo, ctx.start + _STAMP_WINDOW)]
    runs, run = [], stamps[:1]
    for prev, cur in zip(stamps, stamps[1:]):
        if 0 < cur[1] - prev[1] <= 60:
            run.append(cur)
        else:
            runs.append(run)
            run = [cur]
    runs.append(run)
    return any(len(r) >= _STAMP_RUN and any(at == ctx.start for at, _ in r) for r in runs)




_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_YEAR_PREP_BEFORE = re.compile(r"\b(?:in|since|of|by|until|from|during|for|before|after)\s+$", re.IGNORECASE)
# "between 1000 and 2000", "from 1,500 to 2000": a range that starts with a number that is no year
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+([\d,.]+)\s+(?:and|to)\s+$", re.IGNORECASE)
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")


def named_year(before: str, ctx: Context) -> bool:
    """A year right after a capitalised word inside a sentence is part of a name ("Orion 1980"),
    unless that word is a month, weekday, season, holiday or a year_title_words entry."""
    m = _TITLE_WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1).lower()
    t = ctx.tables
    if word in t.months or word in t.weekdays or word in t.seasons or word in t.year_title_words \
            or any(h.split()[-1] == word for h in t.holidays):
        return False
    head = ctx.text[max(0, ctx.start - len(before) - 4) : ctx.start - len(before) + m.start()]
    return not SENTENCE_START.search(head) and ctx.start - len(before) + m.start() > 0


def is_count(ctx: Context) -> bool:
    """A bare four-digit number that counts things: "2000 people", "up to 2000 rebels",
    "between 1000 and 2000" (the count-noun and lead-word tables are in vocab.yaml)."""
    before = ctx.before(40)
    word = _NEXT_WORD.match(ctx.after(20))
    if word and word.group(1).lower() in ctx.tables.count_nouns and not _YEAR_PREP_BEFORE.search(before[-12:]):
        return True
    lead = " ".join(before.lower().split()[-2:])
    if any(lead == w or lead.endswith(" " + w) for w in ctx.tables.count_leads):
        return True
    rng = _RANGE_BEFORE.search(before)
    if rng:
        first = rng.group(1).rstrip(".,")
        return not (len(first) == 4 and first.isdigit() and 1600 <= int(first) <= 2099)
    return False

