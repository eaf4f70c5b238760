"""TimeML (.tml): the body is the character content of the TEXT element (markup removed, entities decoded,
exactly as ElementTree's itertext gives it, so offsets match the TimeML gold); the date is the DCT."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from xml.parsers import expat
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
    head = _text_and_dct(data)
    if head is None:
        root = _whole_tree(data, where)
        text_el = root.find("TEXT") if root.tag != "TEXT" else root
        dct = root.find("DCT/TIMEX3")
    else:
        text_el, dct = head
    if text_el is None:
        raise ArticleError("TimeML without a TEXT element", path=where)
    own = ""
    if dct is not None:
        value = dct.get("value", "")
        own = parse_date(value[:10]) or ""
        if not own:
            raise ArticleError(f"DCT value {value[:40]!r} is not a date", path=where)
    body = "".join(text_el.itertext())
    found = Found(id=id, path=where, body=body, own_date=own, own_origin="tml")
    yield build(found, options, prose=False)


def _whole_tree(data: bytes, where: str) -> ET.Element:
    """The document's tree; an ArticleError naming the first flaw of a file that is not well-formed."""
    try:
        return ET.fromstring(data)
    except ET.ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else None
        raise ArticleError(f"not well-formed TimeML: {error}", path=where, line=line) from None
    except (ValueError, RecursionError) as error:
        raise ArticleError(f"not well-formed TimeML: {error}", path=where) from None


# Two thirds of a TimeML file's bytes are the annotations after its TEXT (TLINKs, MAKEINSTANCEs), which
# ElementTree would build into a tree for nothing. A well-formed file (checked by expat alone, no tree, as
# ElementTree's parser checks it: namespaces on, an entity it cannot expand an error) is built only up to the end
# of its TEXT, with the root closed there; a file this does not suit (not well-formed, more than the root open at
# that point, TEXT the root or later, a DCT after it) is read whole by _whole_tree, which also words any error.
# The TEXT and DCT found are the same either way.
_TEXT_END = re.compile(rb"</TEXT\s*>")
_FIRST_TAG = re.compile(rb"<([^?!/\s>][^\s/>]*)")  # the root's name (a wrong guess only fails the head's parse)


def _text_and_dct(data: bytes) -> tuple[ET.Element, ET.Element | None] | None:
    """(TEXT, DCT/TIMEX3) as `root.find` gives them on the whole tree, or None when the head cannot tell."""
    cut = _TEXT_END.search(data)
    root_name = _FIRST_TAG.search(data)
    if cut is None or root_name is None or b"<DCT" in data[cut.end():] or not _well_formed(data):
        return None
    try:
        # closing the root right after the first </TEXT> parses only if nothing but the root is open there
        root = ET.fromstring(data[: cut.end()] + b"</" + root_name.group(1) + b">")
    except (ET.ParseError, ValueError, RecursionError):
        return None
    text_el = root.find("TEXT") if root.tag != "TEXT" else None
    if text_el is None:
        return None  # TEXT the root, or its first TEXT child comes later: the whole tree decides
    return text_el, root.find("DCT/TIMEX3")


def _well_formed(data: bytes) -> bool:
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SkippedEntityHandler = _refuse_entity
    try:
        parser.Parse(data, True)
    except Exception:  # noqa: BLE001 - any failure: the whole tree is built and words it
        return False
    return True


def _refuse_entity(name: str, is_parameter: bool) -> None:
    raise ValueError(f"undefined entity {name}")
