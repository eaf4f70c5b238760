"""HTML articles (placeholder until the extractor lands)."""

from __future__ import annotations

from collections.abc import Iterator

from timeline.errors import ArticleError
from timeline.model import Article
from timeline.read.article import Options


def read_html(data: bytes, *, id: str, where: str, options: Options) -> Iterator[Article | ArticleError]:
    raise ArticleError("HTML reading is not implemented yet", path=where)
    yield  # pragma: no cover
