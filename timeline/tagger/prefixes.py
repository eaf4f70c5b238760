"""The first characters a rule's matches can begin with, read from the rule's own pattern text.

At every start the engine tries only the rules that can begin with its first two characters ("ma": 5 rules
instead of 58; rules.candidates). Which rules those are is read here from the pattern as written in
rules/patterns.yaml (after sub-patterns are expanded): a small reader of the regular-expression syntax the
rules use (literals, escapes, classes, groups, alternation, quantifiers, look-arounds), with no private
`re` internals. Anything it does not read (a back-reference, inline flags, `.`, `\\w`, a wide or negated
class where a prefix is needed) makes the answer None: the rule is then tried everywhere, which is only
slower, never wrong. tests/tagger/test_tagger_properties.py and test_tagger_dispatch.py check that the narrow
buckets lose no rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE = frozenset(" \t\n\r\f\v")
_DIGIT = frozenset("0123456789")
_CLASS_ESCAPES = {"s": _SPACE, "d": _DIGIT}
_OPAQUE_ESCAPES = frozenset("wWSD")  # classes too wide to list: the prefix is unknown
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_WIDEST_RANGE = 64  # a class range wider than this ([\x00-\uffff]) is not listed
_MANY = 1 << 30  # the upper bound of *, + and {m,}
_LIMIT = 4000  # more distinct prefixes than this: give up (None)
_COUNT = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


class Unreadable(ValueError):
    """A construct this reader does not follow."""


@dataclass(frozen=True, slots=True)
class _Chars:
    """One character out of a set (None: a set too wide to list)."""

    chars: frozenset[str] | None


@dataclass(frozen=True, slots=True)
class _Group:
    """Alternatives, each a sequence of items; zero-width (a look-around, \\b, ^, $) when `zero`."""

    alternatives: tuple[tuple[object, ...], ...]
    zero: bool = False


@dataclass(frozen=True, slots=True)
class _Repeat:
    item: object
    least: int
    most: int


# a token of a pattern for pairing its parentheses: an escape, a character class (maybe negated, maybe opening with
# "]"), or a parenthesis
_PAREN_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()]", re.DOTALL)
# each group read, by its text: the rules repeat the same expanded sub-patterns (month names, number words, units),
# so a process that reads every rule's prefixes (the engine's first start: rules.candidates) reads each once
_GROUPS: dict[str, object] = {}


class _Reader:
    """Recursive descent over a pattern's text; positions advance through `self.i`."""

    def __init__(self, source: str) -> None:
        self.s, self.i = source, 0
        self.closes: dict[int, int] = {}  # where each "(" is closed
        opened: list[int] = []
        for token in _PAREN_TOKEN.finditer(source):
            if token.group() == "(":
                opened.append(token.start())
            elif token.group() == ")" and opened:
                self.closes[opened.pop()] = token.start()

    def alternatives(self) -> tuple[tuple[object, ...], ...]:
        alts = [self.sequence()]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            alts.append(self.sequence())
        return tuple(alts)

    def sequence(self) -> tuple[object, ...]:
        items: list[object] = []
        while self.i < len(self.s) and self.s[self.i] not in "|)":
            items.append(self.quantified(self.atom()))
        return tuple(items)

    def quantified(self, item: object) -> object:
        s = self.s
        if self.i >= len(s):
            return item
        ch = s[self.i]
        if ch in "?*+":
            least, most = {"?": (0, 1), "*": (0, _MANY), "+": (1, _MANY)}[ch]
            self.i += 1
        else:
            count = _COUNT.match(s, self.i) if ch == "{" else None
            if count is None:
                return item
            least = int(count.group(1) or 0)
            most = int(count.group(3) or _MANY) if count.group(2) else least
            self.i = count.end()
        if self.i < len(s) and s[self.i] in "?+":  # lazy or possessive: the same strings
            self.i += 1
        return _Repeat(item, least, most)

    def atom(self) -> object:
        s, i = self.s, self.i
        ch = s[i]
        self.i += 1
        if ch == "(":
            return self.group()
        if ch == "[":
            return _Chars(self.char_class())
        if ch == "\\":
            return self.escape(in_class=False)
        if ch in "^$":
            return _Group(((),), zero=True)
        if ch == ".":
            return _Chars(None)
        return _Chars(frozenset(ch))

    def group(self) -> object:
        """The group whose "(" was just read; one read before with the same text is taken as it was read."""
        opening = self.i - 1
        closing = self.closes.get(opening)
        if closing is None:
            return self._group()
        text = self.s[opening : closing + 1]
        found = _GROUPS.get(text)
        if found is not None:
            self.i = closing + 1
            return found
        found = self._group()
        if self.i == closing + 1:  # the reader ended it where the pairing did: its text alone made it
            _GROUPS[text] = found
        return found

    def _group(self) -> object:
        s = self.s
        zero = False
        if s.startswith("?:", self.i) or s.startswith("?>", self.i):
            self.i += 2
        elif s.startswith("?P<", self.i):
            self.i = s.index(">", self.i) + 1
        elif s.startswith(("?=", "?!"), self.i):
            self.i, zero = self.i + 2, True
        elif s.startswith(("?<=", "?<!"), self.i):
            self.i, zero = self.i + 3, True
        elif s.startswith("?", self.i):
            raise Unreadable(f"group at {self.i}: {s[self.i - 1 : self.i + 4]!r}")
        alts = self.alternatives()
        if self.i >= len(s) or s[self.i] != ")":
            raise Unreadable("unclosed group")
        self.i += 1
        return _Group(alts, zero=zero)

    def escape(self, in_class: bool) -> object:
        ch = self.s[self.i]
        self.i += 1
        if ch in _CLASS_ESCAPES:
            return _Chars(_CLASS_ESCAPES[ch])
        if ch in _OPAQUE_ESCAPES:
            return _Chars(None)
        if ch in _ZERO_WIDTH_ESCAPES and not in_class:
            return _Group(((),), zero=True)
        if ch.isalnum() and ch not in _CHAR_ESCAPES:
            raise Unreadable(f"escape \\{ch}")
        return _Chars(frozenset(_CHAR_ESCAPES.get(ch, ch)))

    def char_class(self) -> frozenset[str] | None:
        s = self.s
        if s.startswith("^", self.i):
            self._skip_class()
            return None  # a negated class: everything but a few characters
        chars: set[str] = set()
        known = True
        first = True
        while self.i < len(s) and (s[self.i] != "]" or first):
            first = False
            lo = self._class_member()
            ranged = s.startswith("-", self.i) and s[self.i + 1 : self.i + 2] not in ("]", "")
            if lo is not None and len(lo) == 1 and ranged:
                self.i += 1
                hi = self._class_member()
                if hi is None or len(hi) != 1:
                    raise Unreadable("a class range ending in a class")
                low, high = ord(min(lo)), ord(min(hi))
                if high - low >= _WIDEST_RANGE:
                    known = False
                else:
                    chars |= {chr(c) for c in range(low, high + 1)}
            elif lo is None:
                known = False
            else:
                chars |= lo
        if self.i >= len(s):
            raise Unreadable("unclosed class")
        self.i += 1
        return frozenset(chars) if known else None

    def _class_member(self) -> frozenset[str] | None:
        """One character of a class, or a class escape (\\s, \\d) inside it; None: too wide to list."""
        ch = self.s[self.i]
        self.i += 1
        if ch != "\\":
            return frozenset(ch)
        escaped = self.escape(in_class=True)
        return escaped.chars if isinstance(escaped, _Chars) else None

    def _skip_class(self) -> None:
        s = self.s
        self.i += 2 if s.startswith("^]", self.i) else 1
        while self.i < len(s) and s[self.i] != "]":
            self.i += 2 if s[self.i] == "\\" else 1
        self.i += 1


_Prefixes = set[tuple[str, bool]]  # (prefix, open): open = anything may follow before k characters


def prefixes(source: str, k: int) -> frozenset[str] | None:
    """The strings of k characters a match of `source` can begin with (shorter ones: the match may go on
    with anything, or end, there), or None when the pattern holds something this reader does not follow."""
    reader = _Reader(source)
    try:
        alts = reader.alternatives()
        if reader.i != len(source):
            raise Unreadable(f"unbalanced ) at {reader.i}")
        found = _of_group(_Group(alts), k)
    except (Unreadable, IndexError, ValueError):
        return None
    return None if found is None else frozenset(s for s, _open in found)


def _of_sequence(items: tuple[object, ...], k: int) -> _Prefixes | None:
    acc: _Prefixes = {("", False)}
    for item in items:
        if all(len(s) >= k or is_open for s, is_open in acc):
            break
        part = _of_item(item, k)
        if part is None:
            return None
        joined: _Prefixes = set()
        for s, is_open in acc:
            if len(s) >= k or is_open:
                joined.add((s, is_open))
                continue
            for t, t_open in part:
                whole = s + t
                joined.add((whole[:k], False) if len(whole) >= k else (whole, t_open))
        if len(joined) > _LIMIT:
            return None
        acc = joined
    return acc


def _of_group(group: _Group, k: int) -> _Prefixes | None:
    if group.zero:
        return {("", False)}  # zero-width: the next item decides
    out: _Prefixes = set()
    for alt in group.alternatives:
        part = _of_sequence(alt, k)
        if part is None:
            return None
        out |= part
    return out


def _of_item(item: object, k: int) -> _Prefixes | None:
    if isinstance(item, _Chars):
        return None if item.chars is None else {(ch, False) for ch in item.chars}
    if isinstance(item, _Group):
        return _of_group(item, k)
    assert isinstance(item, _Repeat)
    part = _of_item(item.item, k)
    if part is None:
        return None
    out = {(s, is_open or (len(s) < k and item.most > 1)) for s, is_open in part}  # a repeat may go on: open
    if item.least == 0:
        out.add(("", False))
    return out
