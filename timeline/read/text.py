"""Plain text and Markdown articles, with optional YAML front matter."""

from __future__ import annotations

from collections.abc import Iterator

from timeline.errors import ArticleError
from timeline.model import Article
from timeline.read import frontmatter, markdown
from timeline.read.article import Found, Options, build
from timeline.read.encoding import decode
from timeline.read.pubdate import parse_date

_DATE_KEYS = ("published", "date")
_TEXT_KEYS = ("title", "source", "url")
_MARKDOWN_EXTENSIONS = (".md", ".markdown")


def _scalar(value: object) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def read_text(data: bytes, *, id: str, where: str, options: Options) -> Iterator[Article | ArticleError]:
    text = decode(data, where)
    if not text.strip():
        raise ArticleError("empty file", path=where)
    fm = frontmatter.split(text, where)
    own_date = ""
    for key in _DATE_KEYS:
        if key in fm.fields and fm.fields[key] not in (None, ""):
            value = fm.fields[key]
            own_date = parse_date(value) or ""
            if not own_date:
                raise ArticleError(
                    f"{key}: {str(value)[:60]!r} is not a date (write YYYY-MM-DD)", path=where, line=fm.key_lines.get(key)
                )
            break
    extra = {key: _scalar(fm.fields.get(key)) for key in _TEXT_KEYS}
    is_markdown = where.lower().endswith(_MARKDOWN_EXTENSIONS)
    found = Found(
        id=id,
        path=where,
        body=markdown.to_text(fm.body) if is_markdown else fm.body,
        own_date=own_date,
        own_origin="front matter",
        title=extra["title"],
        source=extra["source"],
        url=extra["url"],
    )
    yield build(found, options)
