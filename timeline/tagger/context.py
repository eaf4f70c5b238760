"""What a value builder sees of a hit: the text, the hit, the reference date and the document's running focus.

The engine (timeline.tagger.engine) fills a Context as it scans; the value builders (timeline.tagger.values)
read it. It lives apart from both so that neither imports the other's internals.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Mapping

from timeline.tagger import resolve as rv
from timeline.tagger.rules import Tables

Groups = Mapping[str, str | None]  # the named groups of a rule's match, cut from the original text
# A value builder returns (type, value, mod) or None to reject the match.
Result = tuple[str, str, str] | None


@dataclass(slots=True)
class Context:
    """What a normaliser may look at: the text, the hit, the DCT and the document's running focus."""

    text: str
    start: int
    end: int
    dct: dt.date | None
    tables: Tables
    last_date: str = ""  # last specific calendar value mentioned (anaphora)
    last_date_end: int = -1  # where its expression ended
    stated_date: str = ""  # the last full date written with its year ("on 17 January 2023")
    stated_end: int = -1  # where it ended
    last_quarter: str = ""  # last YYYY-Qn mentioned (financial "the year-ago quarter")
    rule: str = ""  # name of the rule being normalised
    last_end: int = -1  # end offset of the previous expression found
    last_value: str = ""  # and its value
    _tense: str | None = field(default=None)
    _tokens: rv.Words | None = field(default=None)  # the text's words, for tense_near
    _cue_after: bool = field(default=False)
    _calls: int = field(default=0)

    def tense(self) -> str:
        """'future', 'past', 'said', 'present' or '': the nearest tense cue in the hit's sentence; none
        for the date that opens an item of a chronology ("June 6 – Legislature approves $310 million"),
        whose present tense is a headline's."""
        if self._tense is None and _CHRONOLOGY_ITEM.match(self.text, self.end) \
                and _LINE_START.search(self.text, max(0, self.start - 8), self.start):
            self._tense, self._cue_after = "", False
        if self._tense is None:
            self._calls += 1
            if self._tokens is None and self._calls == _TOKENISE_AFTER:
                self._tokens = rv.tokens(self.text)  # once per document, when it has many dates
            self._tense, self._cue_after = rv.tense_cue(self.text, self.start, self.end, self.tables, self._tokens)
        return self._tense

    def cue_after(self) -> bool:
        """True if the cue tense() read comes after the expression."""
        self.tense()
        return self._cue_after

    def before(self, n: int = 30) -> str:
        return self.text[max(0, self.start - n) : self.start]

    def after(self, n: int = 30) -> str:
        return self.text[self.end : self.end + n]


# tense_near scans each window itself until a document has asked this often; then the whole text
# is tokenised once and the windows are read from that (same words either way)
_TOKENISE_AFTER = 16


SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)  # "the deadliest since 2007"
_CHRONOLOGY_ITEM = re.compile(r"[ \t]*[-\u2013\u2014:][ \t]")
_LINE_START = re.compile(r"(?:\A|\n)[ \t*\u2022\u00b7-]*$")
