"""The titles one article's extraction gives for one date phrase: the shared check of the rule tables' examples
("body" extracted as an article published 2011-09-15, the titles of the events its "date" phrase dates)."""

from __future__ import annotations

from timeline.events import extract
from timeline.model import Article


def dated_titles(body: str, expression: str, published: str = "2011-09-15") -> list[str]:
    events = extract(Article(id="a", body=body, published=published))
    return [e.title for e in events if e.source.expression == expression]


def titles_with_dates(body: str, published: str) -> list[str]:
    """The titles of every dated event one article's extraction gives."""
    return [e.title for e in extract(Article(id="a", body=body, published=published)) if e.date]
