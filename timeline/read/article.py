"""Turn a body and whatever metadata a format gave into an Article: the publication date by the rules in
order (own metadata, the --published option, a dateline, a date in the path), detokenised, chrome removed.
The detokeniser and the chrome remover (timeline.read.ptb, timeline.read.boilerplate) are imported when prose is
first built: TimeML keeps its body as given, so a run that reads TimeML only never loads them."""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from timeline.errors import ArticleError
from timeline.model import Article
from timeline.read.pubdate import body_dateline, dateline_date, path_date


@dataclass(frozen=True, slots=True)
class Options:
    published: str | None  # the --published option, validated
    today: str
    input_format: str | None
    # whether to find where the body's dateline stands (Article.dateline): the build's event stage reads it; a caller
    # that never does (`timeline dates` lists the tagger's dates only) skips the search
    datelines: bool = True


@dataclass(frozen=True, slots=True)
class Found:
    """What a format reader found for one article."""

    id: str
    path: str
    body: str
    own_date: str = ""  # a date the article's own metadata gave, already validated
    own_origin: str = ""  # "front matter", "metadata", "tml"
    title: str = ""
    source: str = ""
    url: str = ""
    line: int | None = None  # where errors point (front matter, a JSONL record)
    # how the user can date this article, for the "no publication date" message
    hint: str = "add 'published: YYYY-MM-DD' front matter, a YYYY-MM-DD folder or file name, or pass --published"


def latest_allowed(today: str) -> str:
    """Today plus one day: a page stamped in a time zone ahead of ours may carry tomorrow's date."""
    return (dt.date.fromisoformat(today) + dt.timedelta(days=1)).isoformat()


def check_not_future(date: str, options: Options, where: str, line: int | None = None) -> None:
    if date > latest_allowed(options.today):
        raise ArticleError(f"publication date {date} is in the future (today is {options.today})", path=where, line=line)


@cache
def _prose_readers() -> tuple[ModuleType, ModuleType]:
    """timeline.read.ptb and timeline.read.boilerplate, imported on first use (see the module docstring)."""
    return importlib.import_module("timeline.read.ptb"), importlib.import_module("timeline.read.boilerplate")


def build(found: Found, options: Options, *, prose: bool = True) -> Article:
    """An Article from a reader's findings. `prose=False` keeps the body exactly as given (TimeML)."""
    body = found.body
    if prose:
        ptb, boilerplate = _prose_readers()
    if prose and ptb.is_tokenised(body):
        body = ptb.detokenise(body)
    if found.own_date:
        date, origin = found.own_date, found.own_origin
    elif options.published:
        date, origin = options.published, "option"
    else:
        from_path = path_date(found.path) if found.path else None
        from_line = dateline_date(body, from_path)
        if from_line:
            date, origin = from_line[0], "dateline"
        elif from_path:
            date, origin = from_path, "path"
        else:
            raise ArticleError(f"no publication date: {found.hint}", path=found.path or found.id, line=found.line)
    check_not_future(date, options, found.path or found.id, found.line)
    if prose:
        body = boilerplate.clean(body)
    if not body.strip():
        raise ArticleError("no article text", path=found.path or found.id, line=found.line)
    return Article(
        id=found.id,
        body=body,
        published=date,
        path=found.path,
        title=found.title,
        source=found.source,
        url=found.url,
        date_origin=origin,
        dateline=body_dateline(body) if options.datelines else None,
    )
