"""Streamed writing of timeline.yaml's fixed layout: the bytes `yaml.dump` writes with timeline.store's settings
(block style, indent 2, no line folding, unicode as is, no anchors), without building yaml's node and event graph.

The layout is fixed (store.py says which fields, in which order); what varies is how each string is written.
PyYAML's emitter chooses a string's style by analysing it (Emitter.analyze_scalar and choose_scalar_style);
`scalar` applies the same rules to any string, in this order:

* a string with a line break or a tab is written double-quoted on one line (store._represent_str asks for it);
* so is a string with characters YAML cannot show as they are (control characters, a byte order mark,
  surrogates), with PyYAML's escapes;
* a string the resolver would read as something else (`2016`, `yes`, `null`, `1e3`, the empty string) is
  single-quoted;
* a string that starts with an indicator (`- `, `"`, `#`, `[` ...), holds `: ` or ` #`, or starts or ends
  with a space is single-quoted (its `'` doubled);
* any other string is written plain.

An article id that yaml would not write as a simple key (empty, with a line break, or 123 characters and more:
yaml counts the tag it prepares) is left to yaml itself (`_yaml_article`), which is always right and rarely needed.
tests/test_yaml_writer.py compares this writer with `yaml.dump` on generated timelines and on strings of every
code point, so a PyYAML release that changed its emitter's rules would fail there, not in a user's file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import yaml

# what makes a string double-quoted: a line break or tab (store._represent_str asks for double quotes, to keep
# it on one line), or a "special character" of the emitter (control characters, a byte order mark,
# surrogates, U+FFFE/U+FFFF, U+10FFFF), which single quotes and plain style cannot hold. Its complement is every
# character the emitter writes as it is with allow_unicode=True, less the line breaks U+2028, U+2029.
_DOUBLE_NEEDED = re.compile("[^\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\U00010000-\U0010FFFE]")
# what the emitter escapes inside double quotes (allow_unicode=True; characters beyond the BMP are escaped too)
_DOUBLE_ESCAPED = re.compile("[^\x20-\x7E\xA0-\uD7FF\uE000-\uFFFD]|[\"\\\\\x85\u2028\u2029\uFEFF]")
_ESCAPES = {"\0": "0", "\x07": "a", "\x08": "b", "\x09": "t", "\x0A": "n", "\x0B": "v", "\x0C": "f", "\x0D": "r",
            "\x1B": "e", '"': '"', "\\": "\\", "\x85": "N", "\xA0": "_", "\u2028": "L", "\u2029": "P"}
# what keeps a one-line string without special characters from being written plain in block context
# (Emitter.analyze_scalar: document markers, indicators at the start, `: ` and ` #` inside, a space at either end)
_NOT_PLAIN = re.compile(r"\A(?:---|\.\.\.)|\A[#,\[\]{}&*!|>'\"%@`]|\A[?:-](?: |\Z)|:(?: |\Z)| #|\A | \Z")
# the line breaks that make the emitter's analysis call a scalar multi-line (never a simple key)
_KEY_BREAK = re.compile("[\n\x85\u2028\u2029]")
# a simple key is shorter than 128 characters counting the tag the emitter prepares ("!!str", 5)
_SIMPLE_KEY_MAX = 122
_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _ESCAPES:
        return "\\" + _ESCAPES[ch]
    code = ord(ch)
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


def double_quoted(text: str) -> str:
    """`text` as the emitter writes it in double quotes (with a width nothing reaches: never folded)."""
    return '"' + _DOUBLE_ESCAPED.sub(_escape, text) + '"'


def _single_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _reads_as_string(text: str) -> bool:
    """Whether `text` written plain would load as this string (not a number, boolean, null or date)."""
    return _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR_TAG


def scalar(text: str) -> str:
    """A string value as timeline.store's dumper writes it (no leading space, no line end)."""
    if _DOUBLE_NEEDED.search(text):
        return double_quoted(text)
    if text and _reads_as_string(text) and not _NOT_PLAIN.search(text):
        return text
    return _single_quoted(text)


def simple_key(text: str) -> bool:
    """Whether yaml writes `text` as a simple key (`text: value` on one line): not empty, not long, and no
    line break in the string (escaped or not, the emitter counts it as multi-line)."""
    return bool(text) and len(text) <= _SIMPLE_KEY_MAX and not _KEY_BREAK.search(text)


# the longest string _Scalars remembers: article ids, dates and date phrases repeat across sources; titles and quotes,
# longer, seldom do, and remembering each would hold the text of a whole timeline while it is written (memory)
_MEMO_CHARS = 64


class _Scalars:
    """scalar() memoised for one file, for the short strings that repeat (article ids, date phrases)."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        written = self.seen.get(text)
        if written is None:
            written = scalar(text)
            if len(text) <= _MEMO_CHARS:
                self.seen[text] = written
        return written


def _value(value: Any, scalars: _Scalars) -> str:
    """A scalar value: str, bool or int."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    return scalars(value)


def _block(name: str, value: Any, indent: str, scalars: _Scalars, quoted: type) -> Iterator[str]:
    """The lines of `name: value` in a block mapping at `indent` (value: scalar, list of scalars or of mappings)."""
    if isinstance(value, list):
        if not value:
            yield f"{indent}{name}: []\n"
            return
        yield f"{indent}{name}:\n"
        for item in value:
            if isinstance(item, dict):
                yield from _mapping(item, indent, "- ", scalars, quoted)
            else:
                yield f"{indent}- {_scalar_of(item, scalars, quoted)}\n"
        return
    if isinstance(value, dict):
        if not value:
            yield f"{indent}{name}: {{}}\n"
            return
        yield f"{indent}{name}:\n"
        yield from _mapping(value, indent + "  ", "", scalars, quoted)
        return
    yield f"{indent}{name}: {_scalar_of(value, scalars, quoted)}\n"


def _scalar_of(value: Any, scalars: _Scalars, quoted: type) -> str:
    return double_quoted(value) if isinstance(value, quoted) else _value(value, scalars)


def _mapping(data: Mapping[str, Any], indent: str, first: str, scalars: _Scalars, quoted: type) -> Iterator[str]:
    """A block mapping whose keys are field names (plain); `first` ("- ") opens it as a sequence item."""
    lead = indent + first
    inner = indent + " " * len(first)
    for n, (name, value) in enumerate(data.items()):
        lines = _block(name, value, inner, scalars, quoted)
        if n == 0 and first:
            head = next(lines)
            yield lead + head[len(inner):]
        yield from lines


def timeline_lines(doc: Mapping[str, Any], quoted: type, by_yaml: Callable[[Any], str]) -> Iterator[str]:
    """The lines of `by_yaml(doc)` (yaml.dump with the store's settings) for a timeline document: `inputs`
    (list of str), `articles` (id -> a `quoted` date or a mapping of str) and `events` (list of mappings of
    scalars, lists of scalars and lists of mappings). `quoted` is the str subclass always written
    double-quoted; `by_yaml` writes what this module leaves to yaml (_yaml_article)."""
    scalars = _Scalars()
    for name, value in doc.items():
        if name == "articles" and value:
            yield "articles:\n"
            for article_id, article in value.items():
                if not simple_key(article_id):
                    yield from _yaml_article(article_id, article, by_yaml)
                elif isinstance(article, dict):
                    yield f"  {scalars(article_id)}:\n"
                    yield from _mapping(article, "    ", "", scalars, quoted)
                else:
                    yield f"  {scalars(article_id)}: {_scalar_of(article, scalars, quoted)}\n"
        else:
            yield from _block(name, value, "", scalars, quoted)


def sequence_lines(name: str, mappings: Iterable[Mapping[str, Any]], quoted: type) -> Iterator[str]:
    """The lines of `name:` holding a block sequence of `mappings` at the top level, as `timeline_lines` writes a
    list of mappings, each mapping made only when its turn comes: a timeline's events are written one at a time,
    so neither the document nor the text of a large timeline is ever held whole (memory)."""
    scalars = _Scalars()
    empty = True
    for mapping in mappings:
        if empty:
            yield f"{name}:\n"
            empty = False
        yield from _mapping(mapping, "", "- ", scalars, quoted)
    if empty:
        yield f"{name}: []\n"


def _yaml_article(article_id: str, article: Any, by_yaml: Callable[[Any], str]) -> Iterator[str]:
    """An article whose id yaml would not write as a simple key (empty, with a line break, or long: a `? `
    complex key): the lines yaml itself writes for it under `articles:`."""
    yield by_yaml({"articles": {article_id: article}})[len("articles:\n"):]
