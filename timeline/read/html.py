"""HTML articles: the article's own text (no navigation, comments, share bars or forum chrome) and its
publication date from the page's metadata, with the standard library's HTMLParser.

Why not trafilatura/htmldate: they would add lxml (a C extension), justext, courlan and charset-normalizer to
the install; news pages put the article in <article>/articleBody and the date in `article:published_time` or
JSON-LD, which a small event parser reads, deterministically and with the standard library only."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from types import MappingProxyType
from typing import Any

from timeline.errors import ArticleError
from timeline.model import Article
from timeline.read.article import Found, Options, build
from timeline.read.encoding import decode
from timeline.read.pubdate import parse_date
from timeline.read.rules import RULES

_SKIP_TAGS = frozenset(RULES["html"]["skip_tags"])
_SKIP_WORDS = frozenset(RULES["html"]["skip_words"])
_SKIP_ROLES = frozenset(RULES["html"]["skip_roles"])
_DATE_META = MappingProxyType({name: rank for rank, name in enumerate(RULES["html"]["date_meta"])})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr keygen".split())
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dd dt blockquote pre section article main header footer table tr td th "
    "br hr figure figcaption address aside nav form center".split()
)
_RAW_TEXT = frozenset({"script", "style"})
_CONTAINERS = frozenset({"html", "body", "main", "article"})
_WORD_SPLIT = re.compile(r"[\s_-]++")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s{0,3}=\s{0,3}["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!][”\"')]?+(?:\s|$)")
_LINK_SHARE = 0.5
_MIN_SCOPE_TEXT = 200


@dataclass(slots=True)
class _Block:
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    scope: int = 0  # which <article>/articleBody/<main> it sits in (0: none)
    kind: int = 0  # 3 articleBody, 2 <article>, 1 <main>, 0 page


@dataclass(slots=True)
class _Open:
    tag: str
    skip: bool
    scope: int
    kind: int
    link: bool


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.blocks: list[_Block] = []
        self.current = _Block()
        self.scopes = 0
        self.meta: dict[str, str] = {}
        self.dates: list[tuple[int, str]] = []  # (rank, value): lower rank is better
        self.jsonld: list[str] = []
        self.raw: list[str] | None = None  # text of a <script type=ld+json> or <title> being read
        self.raw_kind = ""
        self.title_tag = ""
        self.h1 = ""
        self.h1_in_article = False
        self.h1_scored = False  # the h1 kept came from inside an article
        self.canonical = ""

    # -- state of the innermost open element
    def _top(self) -> _Open | None:
        return self.stack[-1] if self.stack else None

    def _skipping(self) -> bool:
        top = self._top()
        return top.skip if top else False

    def _flush(self) -> None:
        if self.current.parts:
            self.blocks.append(self.current)
        top = self._top()
        self.current = _Block(scope=top.scope if top else 0, kind=top.kind if top else 0)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(a)
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href", "")
            return
        if tag in _RAW_TEXT:
            if tag == "script" and "ld+json" in a.get("type", "").lower():
                self.raw, self.raw_kind = [], "jsonld"
            self.stack.append(_Open(tag, True, *self._scope_of(), False))
            return
        if tag == "title" and not self.title_tag:
            self.raw, self.raw_kind = [], "title"
        if tag == "time":
            self._time(a)
        if tag in _BLOCKS:
            self._flush()
        if tag in _VOID:
            return
        if tag == "p":  # an open <p> is closed by the next block
            while self.stack and self.stack[-1].tag == "p":
                self.stack.pop()
        parent = self._top()
        skip = (parent.skip if parent else False) or self._is_chrome(tag, a)
        scope, kind = self._scope_of()
        itemprop = a.get("itemprop", "").lower()
        new_kind = 3 if itemprop == "articlebody" else 2 if tag == "article" else 1 if tag == "main" or a.get("role") == "main" else 0
        if new_kind > kind:
            self.scopes += 1
            scope, kind = self.scopes, new_kind
        link = tag == "a" or (parent.link if parent else False)
        self.stack.append(_Open(tag, skip, scope, kind, link))
        if tag in _BLOCKS:
            self._flush()
        if tag == "h1":  # read even inside a skipped <header>: the article's own h1 is the title
            self.raw, self.raw_kind = [], "h1"
            self.h1_in_article = kind > 0

    def _scope_of(self) -> tuple[int, int]:
        top = self._top()
        return (top.scope, top.kind) if top else (0, 0)

    def _is_chrome(self, tag: str, a: dict[str, str]) -> bool:
        if tag in _SKIP_TAGS:
            return True
        if "hidden" in a or a.get("aria-hidden", "").lower() == "true":
            return True
        if a.get("role", "").lower() in _SKIP_ROLES:
            return True
        if tag in _CONTAINERS or a.get("itemprop", "").lower() == "articlebody":
            return False  # their class words describe the article ("tag-floods"), not chrome
        style = a.get("style", "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        words = _WORD_SPLIT.split((a.get("class", "") + " " + a.get("id", "")).lower())
        return any(word in _SKIP_WORDS for word in words)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.raw is not None and (
            (self.raw_kind == "jsonld" and tag == "script")
            or (self.raw_kind == "title" and tag == "title")
            or (self.raw_kind == "h1" and tag == "h1")
        ):
            text = "".join(self.raw)
            if self.raw_kind == "jsonld":
                self.jsonld.append(text)
            elif self.raw_kind == "title":
                self.title_tag = " ".join(text.split())
            elif text.strip() and (not self.h1 or (self.h1_in_article and not self.h1_scored)):
                # the first h1 inside the article wins over a site-title h1 before it
                self.h1 = " ".join(text.split())
                self.h1_scored = self.h1_in_article
            self.raw = None
        if not any(o.tag == tag for o in self.stack):
            return  # a stray end tag
        if tag in _BLOCKS:
            self._flush()
        while self.stack:
            if self.stack.pop().tag == tag:
                break
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.raw is not None:
            self.raw.append(data)
        top = self._top()
        if top is not None and (top.skip or top.tag in _RAW_TEXT):
            return
        if not self.current.parts:
            scope, kind = self._scope_of()
            self.current.scope, self.current.kind = scope, kind
        self.current.parts.append(data)
        if top is not None and top.link:
            self.current.link_chars += len(data.strip())

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower().strip()
        content = a.get("content", "").strip()
        if not key or not content:
            return
        self.meta.setdefault(key, content)
        if key in _DATE_META:
            self.dates.append((_DATE_META[key], content))

    def _time(self, a: dict[str, str]) -> None:
        value = a.get("datetime", "").strip()
        if not value:
            return
        marked = "pubdate" in a or a.get("itemprop", "").lower() == "datepublished" or "publish" in a.get("class", "")
        top = self._top()
        in_article = top is not None and top.kind > 0
        rank = 100 if marked else 110 if in_article else 120
        self.dates.append((rank, value))


def _walk_jsonld(value: Any, out: dict[str, str], depth: int = 0) -> None:
    if depth > 20:
        return
    if isinstance(value, list):
        for item in value:
            _walk_jsonld(item, out, depth + 1)
        return
    if not isinstance(value, dict):
        return
    for key, name in (("datePublished", "date"), ("dateCreated", "created"), ("headline", "title"), ("url", "url")):
        item = value.get(key)
        if isinstance(item, str) and item.strip() and name not in out:
            out[name] = item.strip()
    publisher = value.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and "source" not in out:
        out["source"] = publisher["name"].strip()
    for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
        if key in value:
            _walk_jsonld(value[key], out, depth + 1)


def _jsonld(texts: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for text in texts:
        try:
            _walk_jsonld(json.loads(text), out)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common: the other metadata still counts
    return out


def _body(blocks: list[_Block]) -> str:
    """The paragraphs of the main article scope, without link lists."""
    texts: dict[int, int] = {}
    for block in blocks:
        if block.kind:
            texts[block.scope] = texts.get(block.scope, 0) + sum(len(p) for p in block.parts)
    best_kind = max((b.kind for b in blocks if b.scope in texts), default=0)
    chosen = blocks
    if best_kind:
        candidates = {b.scope for b in blocks if b.kind == best_kind}
        scope = max(candidates, key=lambda s: (texts.get(s, 0), -s))
        total = sum(len(p) for b in blocks for p in b.parts)
        # an <article> that holds only a teaser or a header while the text sits outside it is no scope
        if texts.get(scope, 0) >= _MIN_SCOPE_TEXT or texts.get(scope, 0) * 3 >= total:
            chosen = [b for b in blocks if b.scope == scope]
    paragraphs = []
    for block in chosen:
        text = " ".join("".join(block.parts).split())
        if not text:
            continue
        if block.link_chars > len(text) * _LINK_SHARE and len(_SENTENCE_END.findall(text)) < 2:
            continue  # a link list or a menu
        paragraphs.append(text)
    return "\n\n".join(paragraphs)


def read_html(data: bytes, *, id: str, where: str, options: Options) -> Iterator[Article | ArticleError]:
    if not data.strip():
        raise ArticleError("empty file", path=where)
    declared = _CHARSET.search(data[:4096])
    text = decode(data, where, declared.group(1).decode("ascii") if declared else None)
    parser = _Extractor()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError, RecursionError) as error:
        raise ArticleError(f"cannot parse HTML: {error}", path=where) from None
    parser._flush()
    ld = _jsonld(parser.jsonld)
    candidates = ([(-1, ld["date"])] if "date" in ld else []) + sorted(parser.dates, key=lambda d: d[0])
    own = ""
    for _, value in candidates:
        own = parse_date(value) or ""
        if own:
            break
    meta = parser.meta
    title = meta.get("og:title") or ld.get("title") or parser.h1 or parser.title_tag
    found = Found(
        id=id,
        path=where,
        body=_body(parser.blocks),
        own_date=own,
        own_origin="metadata",
        hint="the page has no article:published_time, datePublished or <time> date; pass --published",
        title=" ".join(title.split()),
        source=meta.get("og:site_name") or ld.get("source", ""),
        url=meta.get("og:url") or parser.canonical or ld.get("url", ""),
    )
    if not found.body.strip():
        raise ArticleError("no article text found in this page", path=where)
    yield build(found, options)
