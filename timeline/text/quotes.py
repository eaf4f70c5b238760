"""Quotations: the spans of direct speech, and the reporting clause that closes a quotation opened earlier."""

from __future__ import annotations

import re
from functools import cache

from timeline.text.lexicon import alternation, reporting_verbs

QUOTED = re.compile(r"\"[^\"]*+\"|“[^“”]*+”|``[^`']*+''")


@cache
def closing_quote() -> re.Pattern[str]:
    """ ', said his wife', '." he added': a quotation closing, then (within three words) its reporting verb."""
    verbs = alternation(reporting_verbs("closes_quote"))
    return re.compile(rf"[,.!?][\"\u201d]\s+(?:\w+\s+){{0,3}}?(?:{verbs})\b")
