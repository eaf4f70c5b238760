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
        body, value = _from_whole_tree(data, where)
    else:
        body, value = head
    own = ""
    if value is not None:
        own = parse_date(value[:10]) or ""
        if not own:
            raise ArticleError(f"DCT value {value[:40]!r} is not a date", path=where)
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


def _from_whole_tree(data: bytes, where: str) -> tuple[str, str | None]:
    """(TEXT's character content, DCT/TIMEX3's value or None) from the document's tree."""
    root = _whole_tree(data, where)
    text_el = root.find("TEXT") if root.tag != "TEXT" else root
    if text_el is None:
        raise ArticleError("TimeML without a TEXT element", path=where)
    dct = root.find("DCT/TIMEX3")
    return "".join(text_el.itertext()), (dct.get("value", "") if dct is not None else None)


# One reading of a well-formed file: expat alone (no tree; namespaces on and an entity it cannot expand an error, as
# ElementTree's parser reads it) hands over the character data inside the root's first TEXT child and the attributes
# of the first TIMEX3 child of a DCT child of the root, which is what `root.find("TEXT")`, its itertext and
# `root.find("DCT/TIMEX3")` give on the whole tree. Once both are read the handlers are dropped, so the annotations
# after TEXT (two thirds of a TimeML file's bytes: TLINKs, MAKEINSTANCEs) are only checked, at C speed. A file this
# does not suit (not well-formed, TEXT the root, no TEXT) is read whole by _from_whole_tree, which words any error.


class _HeadReader:
    """expat handlers that keep TEXT's character data and DCT/TIMEX3's value (see above). `one_text`: the bytes hold
    `<TEXT` once, so no element inside TEXT is called TEXT and the first end of a TEXT inside it is its own end: the
    elements inside it (a fifth of a TimeML file's, EVENT, TIMEX3, SIGNAL) are not followed one by one."""

    def __init__(self, parser: expat.XMLParserType, one_text: bool = False) -> None:
        self.parser = parser
        self.one_text = one_text
        self.depth = 0
        self.root_is_text = False
        self.in_dct = False
        self.text: list[str] | None = None  # TEXT's character data, once TEXT has started
        self.text_done = False
        self.dct_value: str | None = None
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        if self.depth == 1:
            self.root_is_text = name == "TEXT"
        elif self.depth == 2:
            self.in_dct = name == "DCT"
            if name == "TEXT" and self.text is None:
                self.text = []
                self.parser.CharacterDataHandler = self.text.append
                if self.one_text:  # the depth inside TEXT is not needed: only where it ends (`text_end`)
                    self.parser.StartElementHandler = None
                    self.parser.EndElementHandler = self.text_end
        elif self.depth == 3 and self.in_dct and name == "TIMEX3" and self.dct_value is None:
            self.dct_value = attributes.get("value", "")
            self._drop_when_done()

    def end(self, name: str) -> None:
        if self.depth == 2 and self.text is not None and not self.text_done:
            self.text_done = True
            self.parser.CharacterDataHandler = None
            self._drop_when_done()
        self.depth -= 1

    def text_end(self, name: str) -> None:
        """The end handler inside TEXT when `one_text`: at TEXT's end, what `end` does there, and the handlers back."""
        if name == "TEXT":
            self.parser.StartElementHandler = self.start
            self.parser.EndElementHandler = self.end
            self.end(name)

    def _drop_when_done(self) -> None:
        if self.text_done and self.dct_value is not None:
            self.parser.StartElementHandler = None
            self.parser.EndElementHandler = None


def _text_and_dct(data: bytes) -> tuple[str, str | None] | None:
    """(TEXT's character content, DCT/TIMEX3's value or None) as the whole tree gives them, or None when this
    reading cannot tell."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.SkippedEntityHandler = _refuse_entity
    reader = _HeadReader(parser, data.count(b"<TEXT") == 1)
    try:
        parser.Parse(data, True)
    except Exception:  # noqa: BLE001 - any failure: the whole tree is built and words it
        return None
    if reader.root_is_text or reader.text is None:
        return None
    return "".join(reader.text), reader.dct_value


def _refuse_entity(name: str, is_parameter: bool) -> None:
    raise ValueError(f"undefined entity {name}")
