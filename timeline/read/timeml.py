"""TimeML (.tml): the body is the character content of the TEXT element (markup removed, entities decoded,
exactly as ElementTree's itertext gives it, so offsets match the TimeML gold); the date is the DCT."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from timeline.errors import ArticleError
from timeline.model import Article
from timeline.read.article import Found, Options, build
from timeline.read.encoding import is_binary
from timeline.read.pubdate import parse_date


def read_tml(data: bytes, *, id: str, where: str, options: Options) -> Iterator[Article | ArticleError]:
    if not data.strip():
        raise ArticleError("empty file", path=where)
    if is_binary(data):
        raise ArticleError("binary file, not text", path=where)
    if b"<!ENTITY" in data or b"<!entity" in data:
        # entity declarations are how XML bombs work; TimeML never needs them
        raise ArticleError("TimeML with entity declarations is not read", path=where)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else None
        raise ArticleError(f"not well-formed TimeML: {error}", path=where, line=line) from None
    except (ValueError, RecursionError) as error:
        raise ArticleError(f"not well-formed TimeML: {error}", path=where) from None
    text_el = root.find("TEXT") if root.tag != "TEXT" else root
    if text_el is None:
        raise ArticleError("TimeML without a TEXT element", path=where)
    dct = root.find("DCT/TIMEX3")
    own = ""
    if dct is not None:
        value = dct.get("value", "")
        own = parse_date(value[:10]) or ""
        if not own:
            raise ArticleError(f"DCT value {value[:40]!r} is not a date", path=where)
    body = "".join(text_el.itertext())
    found = Found(id=id, path=where, body=body, own_date=own, own_origin="tml")
    yield build(found, options, prose=False)
