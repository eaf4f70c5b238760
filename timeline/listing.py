"""`timeline dates`: list the temporal expressions of articles; and the reading every command shares (the articles
that can be read, each one that cannot reported and skipped).

It lives apart from timeline.pipeline so that listing dates loads the readers, the tagger and the tables only,
not the event, merge and store stages a build needs (they were a twentieth of `timeline dates`' CPU on TimeBank
+ AQUAINT, in importing alone).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from timeline.dates import span
from timeline.errors import ArticleError, TimelineError, UsageError
from timeline.model import Article
from timeline.read import ReadMemo, read_articles
from timeline.render import DEFAULT_FORMAT, render, timex_rows
from timeline.tagger import tag

log = logging.getLogger("timeline")

TIMEX_COLUMNS = ("file", "start", "end", "text", "type", "value", "mod")


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_day(option: str, value: str | None) -> None:
    if value is not None and (not _DAY.fullmatch(value) or span(value) is None or value >= "9000"):
        raise UsageError(f"{option} {value!r} is not a date of the form YYYY-MM-DD")


def readable_articles(paths: Sequence[str], published: str | None, input_format: str | None,
         skipped: list[ArticleError], today: str | None = None, memo: ReadMemo | None = None,
         datelines: bool = True) -> Iterator[Article]:
    """The articles that can be read; each one that cannot is added to `skipped` (see `report_skipped`). `memo`:
    what the readers found in unchanged files before (timeline.cache.ReadingCache); `datelines`: read_articles'."""
    admission = Admission(skipped)
    for item in read_articles(paths, published=published, input_format=input_format, today=today, memo=memo,
                              datelines=datelines):
        if admission.admits(item):
            yield item  # type: ignore[misc]


@dataclass
class Admission:
    """Which of the articles read, in the order they were read, a command takes: not one that could not be read, nor
    one whose id an earlier article has (each added to `skipped`). Kept apart from the reading, which may run
    elsewhere (a build reads on its extraction workers: timeline.pipeline)."""

    skipped: list[ArticleError]
    seen: set[str] = field(default_factory=set)

    def admits(self, item: Article | ArticleError) -> bool:
        if isinstance(item, ArticleError):
            self.skipped.append(item)
            return False
        if item.id in self.seen:
            self.skipped.append(ArticleError(f"another article already has the id {item.id!r}; rename one of them",
                                             path=item.path))
            return False
        self.seen.add(item.id)
        log.info("%s: published %s (from %s)", item.path or item.id, item.published, item.date_origin or "?")
        return True


def report_skipped(skipped: Sequence[ArticleError], read: int, outcome: str = "; nothing written") -> None:
    """One line per skipped article; when nothing at all could be read, one line saying so and why."""
    if not read:
        if len(skipped) == 1:
            raise TimelineError(f"{skipped[0]}{outcome}")
        for error in skipped:
            log.error("skipped %s", error)
        raise TimelineError(f"none of the {len(skipped)} inputs could be read{outcome}")
    for error in skipped:
        log.error("skipped %s", error)


def list_dates(paths: Sequence[str], *, dct: str | None, fmt: str) -> int:
    """Print the temporal expressions of each article; returns the exit code."""
    check_day("--dct", dct)
    skipped: list[ArticleError] = []
    rows: list[dict[str, object]] = []
    count = 0
    # the reference date is only what relative dates resolve against: one after today is no error here
    # the tagger alone reads the articles here: where a dateline stands (for the event stage) is not looked for
    for article in readable_articles(paths, dct, None, skipped, today=dct, datelines=False):
        count += 1
        found = timex_rows(article.path or article.id, tag(article.body, article.published or None))
        if fmt == "jsonl":
            sys.stdout.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in found))
        else:
            rows.extend(found)
    report_skipped(skipped, count, outcome="")
    if fmt != "jsonl":
        sys.stdout.write(render(rows, TIMEX_COLUMNS, DEFAULT_FORMAT if fmt == "table" else fmt))
    return 1 if skipped else 0
