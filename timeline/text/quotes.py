"""Quotations: the quotation marks of a sentence, whether a quotation is open at a point of it, a quoted span, and
the reporting clause that closes a quotation opened in an earlier sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.text.lexicon import alternation, reporting_verbs

QUOTED = re.compile(r"\"[^\"]*+\"|“[^“”]*+”|``[^`']*+''")
_MARK = re.compile(r"[\"“”]")
_OPENING = "\"“"


@cache
def closing_quote() -> re.Pattern[str]:
    """ ', said his wife', '." he added': a quotation closing, then (within three words) its reporting verb."""
    verbs = alternation(reporting_verbs("closes_quote"))
    return re.compile(rf"[,.!?][\"\u201d]\s+(?:\w+\s+){{0,3}}?(?:{verbs})\b")


def quote_marks(text: str) -> tuple[int, ...]:
    """Offsets of the quotation marks (straight and curly double quotes) in `text`."""
    return tuple(m.start() for m in _MARK.finditer(text))


def is_open_at(text: str, marks: Sequence[int], offset: int) -> bool:
    """Whether a quotation opened in `text` before `offset` is still open there: an odd number of straight quotes
    before it, or more opening than closing curly ones."""
    before = [text[i] for i in marks if i < offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def opens_before(text: str, marks: Sequence[int], offset: int) -> bool:
    """Whether a quotation mark that can open a quotation stands in `text` before `offset`."""
    return any(text[i] in _OPENING for i in marks if i < offset)


def closes_earlier_quotation(text: str, offset: int) -> bool:
    """Whether `text` after `offset` closes a quotation with its reporting clause ('... again," said his wife.')."""
    return closing_quote().search(text, offset) is not None
