"""JSON and JSON-lines articles: one article per record, with the field names common news scrapers emit
(news-please `maintext`/`date_publish`, newspaper `text`/`publish_date`, schema.org `articleBody`/`datePublished`)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from timeline.errors import ArticleError
from timeline.model import Article
from timeline.read.article import Found, Options, build
from timeline.read.encoding import decode, is_binary
from timeline.read.pubdate import parse_date

TEXT_FIELDS = ("text", "maintext", "content", "body", "article", "articleBody", "article_text", "full_text")
DATE_FIELDS = ("date", "date_publish", "published", "publish_date", "datePublished", "published_at", "pubdate",
               "publication_date", "date_published")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "source_url")
SOURCE_FIELDS = ("source", "source_domain", "site", "publisher", "outlet")
LIST_FIELDS = ("articles", "records", "items", "data", "results", "documents")
_LOG = logging.getLogger("timeline")


def _first(record: dict[str, Any], names: Iterable[str]) -> tuple[str, Any]:
    for name in names:
        value = record.get(name)
        if value not in (None, "", [], {}):
            return name, value
    return "", None


def _text_of(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)  # paragraphs
    if isinstance(value, dict):
        name = value.get("name") or value.get("@id") or ""
        return name if isinstance(name, str) else ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _record_article(record: Any, *, id: str, where: str, line: int | None, options: Options) -> Article:
    if not isinstance(record, dict):
        raise ArticleError("record is not a JSON object", path=where, line=line)
    _, text = _first(record, TEXT_FIELDS)
    body = _text_of(text)
    if not body.strip():
        raise ArticleError(f"record has no text (fields: {', '.join(TEXT_FIELDS[:5])}, ...)", path=where, line=line)
    date_name, date_value = _first(record, DATE_FIELDS)
    own = ""
    if date_name:
        own = parse_date(date_value) if isinstance(date_value, (str, int, float)) else ""
        own = own or ""
        if not own:
            raise ArticleError(f"{date_name}: {str(date_value)[:60]!r} is not a date", path=where, line=line)
    _, own_id = _first(record, ("id", "_id", "doc_id", "uuid"))
    article_id = _text_of(own_id).strip() or id
    found = Found(
        id=article_id,
        path=where,
        body=body,
        own_date=own,
        own_origin="metadata",
        title=_text_of(_first(record, TITLE_FIELDS)[1]).strip(),
        source=_text_of(_first(record, SOURCE_FIELDS)[1]).strip(),
        url=_text_of(_first(record, URL_FIELDS)[1]).strip(),
        line=line,
        hint=f"give the record a date field ({', '.join(DATE_FIELDS[:4])}, ...) or pass --published",
    )
    return build(found, options)


def _decode_line(raw: bytes, where: str, warned: list[bool]) -> str:
    """One JSON line: UTF-8, else cp1252 with one warning per file (not one per line)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not warned:
            warned.append(True)
            _LOG.warning("%s: not UTF-8; lines decoded as cp1252 (Windows Latin-1)", where)
        return raw.decode("cp1252", errors="replace")


def _parse_line(text: str, where: str, line: int) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleError(f"not valid JSON: {error.msg} (column {error.colno})", path=where, line=line) from None
    except RecursionError:
        raise ArticleError("not valid JSON: nested too deeply", path=where, line=line) from None


def _read_lines(lines: Iterable[bytes], *, id: str, where: str, options: Options) -> Iterator[Article | ArticleError]:
    count = 0
    warned: list[bool] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        count += 1
        try:
            record = _parse_line(_decode_line(raw, where, warned), where, number)
            yield _record_article(record, id=f"{id}-{number}", where=where, line=number, options=options)
        except ArticleError as error:
            if error.path is None:
                error = ArticleError(error.bare_message, path=where, line=number)
            elif error.line is None and error.path.startswith(where):
                error = ArticleError(error.bare_message, path=where, line=number)
            yield error
    if count == 0:
        raise ArticleError("empty file", path=where)


def read_jsonl_file(path: str, *, id: str, where: str, options: Options) -> Iterator[Article | ArticleError]:
    """Stream a JSON-lines file: one record in memory at a time."""
    with open(path, "rb") as handle:
        head = handle.read(8192)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            # UTF-16/32 cannot be split at newline bytes: such a file is decoded whole
            text = decode(head + handle.read(), where)
            yield from _read_lines((line.encode("utf-8") for line in text.split("\n")), id=id, where=where,
                                   options=options)
            return
        if is_binary(head):
            raise ArticleError("binary file, not text", path=where)
        handle.seek(0)
        yield from _read_lines(handle, id=id, where=where, options=options)


def read_jsonl_bytes(data: bytes, *, id: str, where: str, options: Options) -> Iterator[Article | ArticleError]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = decode(data, where).encode("utf-8")
    elif is_binary(data):
        raise ArticleError("binary file, not text", path=where)
    yield from _read_lines(data.split(b"\n"), id=id, where=where, options=options)


def read_jsonl(data: bytes, *, id: str, where: str, options: Options) -> Iterator[Article | ArticleError]:
    yield from read_jsonl_bytes(data, id=id, where=where, options=options)


def read_json(data: bytes, *, id: str, where: str, options: Options) -> Iterator[Article | ArticleError]:
    """A JSON file: one record, a list of records, or an object holding a list of records."""
    text = decode(data, where)
    if not text.strip():
        raise ArticleError("empty file", path=where)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleError(f"not valid JSON: {error.msg} (column {error.colno})", path=where, line=error.lineno) from None
    except RecursionError:
        raise ArticleError("not valid JSON: nested too deeply", path=where) from None
    if isinstance(value, dict):
        _, inner = _first(value, LIST_FIELDS)
        if isinstance(inner, list) and not _first(value, TEXT_FIELDS)[0]:
            value = inner
    if isinstance(value, dict):
        try:
            yield _record_article(value, id=id, where=where, line=1, options=options)
        except ArticleError as error:
            yield ArticleError(error.bare_message, path=where)
        return
    if not isinstance(value, list):
        raise ArticleError("expected a JSON object or a list of objects", path=where)
    if not value:
        raise ArticleError("no records in this file", path=where)
    for index, record in enumerate(value, start=1):
        try:
            yield _record_article(record, id=f"{id}-{index}", where=where, line=None, options=options)
        except ArticleError as error:
            yield ArticleError(f"record {index}: {error.bare_message}", path=where)
