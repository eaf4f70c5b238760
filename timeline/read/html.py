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
from timeline.read.pubdate import find_datelines, parse_date
from timeline.read.rules import RULES

_SKIP_TAGS = frozenset(RULES["html"]["skip_tags"])
_SKIP_WORDS = frozenset(RULES["html"]["skip_words"])
_SKIP_ROLES = frozenset(RULES["html"]["skip_roles"])
_SKIP_PREFIXES = tuple(RULES["html"]["skip_prefixes"])
_BODY_CLASSES = frozenset(RULES["html"]["body_classes"])
_NEVER_RESCUED = frozenset(RULES["html"]["never_rescued"])
# attributes whose words name a component like a class does (React/Next pages hash their classes)
_CLASS_ATTRS = ("class", "id", "data-component", "data-testid", "data-module")
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
_HEADINGS = frozenset("h2 h3 h4 h5 h6".split())
_NO_SPACE = frozenset({"sup", "sub", "wbr"})  # "<span>10</span><sup>th</sup>" is one word
_LINK_SHARE = 0.5
_MIN_SCOPE_TEXT = 200
_MAX_PATH = 200  # deeper elements share their ancestor's path: keeps the work linear on hostile nesting
_PROSE_MIN = 60  # a paragraph of prose: at least this long, ends a sentence, not a link list
_MAIN_SHARE = 0.8  # the element that holds this share of the page's prose is where the article sits
_CAPTION_MAX = 200


@dataclass(slots=True)
class _Block:
    parts: list[str] = field(default_factory=list)
    marks: list[tuple[tuple[int, ...], bool]] = field(default_factory=list)  # each part's chrome and link
    scope: int = 0  # which <article>/articleBody/<main> it sits in (0: none)
    kind: int = 0  # 3 articleBody, 2 <article>, 1 <main>, 0 page
    path: tuple[int, ...] = ()  # the block-level elements it sits in, outermost first
    heading: bool = False  # an h2..h6
    headline: bool = False  # an h1
    image: bool = False  # an <img> came before its text (a caption's place)


@dataclass(slots=True)
class _Open:
    tag: str
    skip: bool
    scope: int
    kind: int
    link: bool
    chrome: tuple[int, ...] = ()
    path: tuple[int, ...] = ()


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.open_count: dict[str, int] = {}
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
        self.elements = 0
        self.rescued: set[int] = set()  # class-word chrome that holds the article body: not chrome after all
        self.strong: set[int] = set()  # class-word chrome that stays chrome whatever it holds (comments)
        self.after_end = False  # the last event closed an element (two inline elements need a space between)

    # -- the open elements (open_count makes a stray end tag's check constant-time on deep nesting)
    def _push(self, element: _Open) -> None:
        self.stack.append(element)
        self.open_count[element.tag] = self.open_count.get(element.tag, 0) + 1

    def _pop(self) -> _Open:
        element = self.stack.pop()
        self.open_count[element.tag] -= 1
        return element

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
        self.after_end = False

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
            self._push(_Open(tag, True, *self._scope_of(), False))
            return
        if tag == "title" and not self.title_tag:
            self.raw, self.raw_kind = [], "title"
        if tag == "time":
            self._time(a)
        if tag == "abbr" and "published" in a.get("class", "").lower().split() and a.get("title"):
            self.dates.append((100, a["title"]))  # hAtom (Blogger): <abbr class="published" title="ISO">
        if tag in _BLOCKS:
            self._flush()
        elif tag not in _NO_SPACE and self.after_end and self.current.parts and not self.current.parts[-1][-1:].isspace():
            self.current.parts[-1] += " "  # "<span>Jonah Ellis</span><span>Transport correspondent</span>"
        if tag == "img" and not self.current.parts:
            self.current.image = True
        if tag in _VOID:
            return
        if tag == "p":  # an open <p> is closed by the next block
            while self.stack and self.stack[-1].tag == "p":
                self._pop()
        parent = self._top()
        chrome = self._is_chrome(tag, a)
        skip = (parent.skip if parent else False) or chrome == "hard"
        scope, kind = self._scope_of()
        itemprop = a.get("itemprop", "").lower().split()
        new_kind = 3 if "articlebody" in itemprop else 2 if tag == "article" else 1 if tag == "main" or a.get("role") == "main" else 0
        if new_kind > kind:
            self.scopes += 1
            scope, kind = self.scopes, new_kind
        link = tag == "a" or (parent.link if parent else False)
        self.elements += 1
        soft = parent.chrome if parent else ()
        if new_kind == 3 or _BODY_CLASSES.intersection(a.get("class", "").lower().split()):
            # a Blogger "widget Blog" holds the post: what holds the body is no chrome (but comments stay comments)
            self.rescued.update(c for c in soft if c not in self.strong)
        if chrome and len(soft) < _MAX_PATH:
            soft = soft + (self.elements,)
            if chrome == "strong":
                self.strong.add(self.elements)
        path = parent.path if parent else ()
        if tag in _BLOCKS and len(path) < _MAX_PATH:
            path = path + (self.elements,)
        self._push(_Open(tag, skip, scope, kind, link, soft, path))
        if tag in _BLOCKS:
            self._flush()
        if tag == "h1":  # read even inside a skipped <header>: the article's own h1 is the title
            self.raw, self.raw_kind = [], "h1"
            self.h1_in_article = kind > 0

    def _scope_of(self) -> tuple[int, int]:
        top = self._top()
        return (top.scope, top.kind) if top else (0, 0)

    @staticmethod
    def _words(a: dict[str, str]) -> list[str]:
        return _WORD_SPLIT.split(" ".join(a.get(name, "") for name in _CLASS_ATTRS).lower())

    def _is_chrome(self, tag: str, a: dict[str, str]) -> str:
        """"hard" (a tag, a role, hidden), "soft" (class or id words: undone when it holds the article body),
        "strong" (class or id words of comments, related links, sidebars: never undone) or "" (not chrome)."""
        if tag in _SKIP_TAGS:
            return "hard"
        if "hidden" in a or a.get("aria-hidden", "").lower() == "true":
            return "hard"
        if a.get("role", "").lower() in _SKIP_ROLES:
            return "hard"
        if tag in _CONTAINERS or "articlebody" in a.get("itemprop", "").lower().split():
            return ""  # their class words describe the article ("tag-floods"), not chrome
        style = a.get("style", "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return "hard"
        found = ""
        for word in self._words(a):
            if word in _NEVER_RESCUED or (word not in _SKIP_WORDS and word.startswith(_SKIP_PREFIXES)):
                return "strong"
            if word in _SKIP_WORDS:
                found = "soft"
        return found

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack and self.stack[-1].tag == tag:
            self._pop()

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
        if not self.open_count.get(tag):
            return  # a stray end tag
        if tag in _BLOCKS:
            self._flush()
        while self.stack:
            if self._pop().tag == tag:
                break
        if tag in _BLOCKS:
            self._flush()
        else:
            self.after_end = True

    def handle_data(self, data: str) -> None:
        if self.raw is not None:
            self.raw.append(data)
        top = self._top()
        if top is not None and (top.skip or top.tag in _RAW_TEXT):
            return
        if not self.current.parts:
            scope, kind = self._scope_of()
            self.current.scope, self.current.kind = scope, kind
            if top is not None:
                self.current.path = top.path
                self.current.heading = any(o.tag in _HEADINGS for o in self.stack[-3:])
                self.current.headline = any(o.tag == "h1" for o in self.stack[-3:])
        self.current.parts.append(data)
        self.current.marks.append((top.chrome, top.link) if top is not None else ((), False))
        self.after_end = False

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


@dataclass(slots=True)
class _Para:
    text: str
    links: int
    block: _Block
    prose: bool


def _resolve(blocks: list[_Block], rescued: set[int]) -> list[_Para]:
    """Each block's text without the parts that sit in class-word chrome (unless it was rescued)."""
    paras = []
    for block in blocks:
        kept, links = [], 0
        for part, (chrome, link) in zip(block.parts, block.marks):
            if all(c in rescued for c in chrome):
                kept.append(part)
                if link:
                    links += len(part.strip())
        text = " ".join("".join(kept).split())
        if text:
            paras.append(_Para(text, links, block, _is_prose(text, links)))
    return paras


def _is_prose(text: str, links: int) -> bool:
    return len(text) >= _PROSE_MIN and links <= len(text) * _LINK_SHARE and _SENTENCE_END.search(text) is not None


def _rescue_holder(blocks: list[_Block], rescued: set[int], strong: set[int]) -> set[int]:
    """When nothing but chrome holds prose, the outermost class-word chrome element that holds most of the
    page's prose is where the article sits (a "widget" or "header" word on its wrapper; never comments)."""
    held: dict[int, int] = {}
    total = 0
    for block in blocks:
        text = " ".join("".join(block.parts).split())
        if not _is_prose(text, sum(len(p.strip()) for p, (_, link) in zip(block.parts, block.marks) if link)):
            continue
        total += len(text)
        outer = next((c for chrome, _ in block.marks for c in chrome if c not in rescued), None)
        if outer is not None and outer not in strong:
            held[outer] = held.get(outer, 0) + len(text)
    return {c for c, n in held.items() if n * 2 >= total} if total else set()


def _main_column(paras: list[_Para]) -> list[_Para]:
    """On a page without <article>/<main>: the deepest element that holds most of the prose is the article's;
    a column or a bar two or more levels above it that holds no prose at all (a sidebar of labels, a footer) goes.
    A paragraph of prose is never dropped, nor an h1 or a date stamp ("12 November 2020, 09:15": the dateline a
    page without metadata is dated by), nor anything beside the article's own element (its headline, its byline)."""
    prose = [p for p in paras if p.prose]
    total = sum(len(p.text) for p in prose)
    if not total:
        return paras
    held: dict[int, int] = {}
    count: dict[int, int] = {}
    for para in paras:
        for element in para.block.path:
            count[element] = count.get(element, 0) + 1
    for para in prose:
        for element in para.block.path:
            held[element] = held.get(element, 0) + len(para.text)
    best: tuple[int, ...] = ()
    for para in prose:
        path = para.block.path
        for depth in range(len(path), len(best), -1):
            element = path[depth - 1]
            if held[element] >= total * _MAIN_SHARE and count[element] >= 2:
                best = path[:depth]
                break
    if len(best) < 2:
        return paras
    kept = []
    for para in paras:
        path = para.block.path
        split = next((i for i, (a, b) in enumerate(zip(path, best)) if a != b), min(len(path), len(best)))
        if split >= len(best) - 1 or para.prose or (split < len(path) and held.get(path[split], 0) > 0):
            kept.append(para)
        elif para.block.headline or (len(para.text) <= _CAPTION_MAX and find_datelines(para.text)):
            kept.append(para)
    return kept


def _body(blocks: list[_Block], rescued: set[int], strong: set[int]) -> str:
    """The paragraphs of the main article scope, without link lists, captions and chrome columns."""
    paras = _resolve(blocks, rescued)
    if not any(p.prose for p in paras):
        extra = _rescue_holder(blocks, rescued, strong)
        if extra:
            paras = _resolve(blocks, rescued | extra)
    texts: dict[int, int] = {}
    for para in paras:
        if para.block.kind:
            texts[para.block.scope] = texts.get(para.block.scope, 0) + len(para.text)
    best_kind = max((p.block.kind for p in paras if p.block.scope in texts), default=0)
    chosen = paras
    if best_kind:
        candidates = {p.block.scope for p in paras if p.block.kind == best_kind}
        scope = max(candidates, key=lambda s: (texts.get(s, 0), -s))
        total = sum(len(p.text) for p in paras)
        # an <article> that holds only a teaser or a header while the text sits outside it is no scope
        if texts.get(scope, 0) >= _MIN_SCOPE_TEXT or texts.get(scope, 0) * 3 >= total:
            chosen = [p for p in paras if p.block.scope == scope]
    if chosen is paras:
        chosen = _main_column(paras)
    paragraphs: list[str] = []
    heading_at = -1  # the index of a heading just kept, which a link list right after it takes along
    for para in chosen:
        text = para.text
        if para.links > len(text) * _LINK_SHARE and len(_SENTENCE_END.findall(text)) < 2:
            if heading_at >= 0:
                del paragraphs[heading_at]  # "More on this story" over the list of links it heads
            heading_at = -1
            continue  # a link list or a menu
        if para.block.image and len(text) <= _CAPTION_MAX and not _SENTENCE_END.search(text):
            heading_at = -1
            continue  # the caption beside an image
        heading_at = len(paragraphs) if para.block.heading else -1
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
        body=_body(parser.blocks, parser.rescued, parser.strong),
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
