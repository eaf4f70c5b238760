"""What a value builder sees of a hit: the text, the hit, the reference date and the document's running focus.

The engine (timeline.tagger.engine) fills a Context as it scans; the value builders (timeline.tagger.values)
read it. It lives apart from both so that neither imports the other's internals.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Mapping

from timeline.tagger.rules import Tables
from timeline.text import TextAnalysis, analyse
from timeline.text.chronology import opens_item
from timeline.text.tense import tense_cue

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
    # the text's sentences and words (timeline.text); None until the first tense reading needs it, as most
    # expressions carry their own year and a text whose dates need no tense is never cut into sentences
    analysis: TextAnalysis | None
    last_date: str = ""  # last specific calendar value mentioned (anaphora)
    last_date_end: int = -1  # where its expression ended
    last_point_end: int = -1  # where the last calendar point of any grain ended ("at the weekend", "a month later")
    stated_date: str = ""  # the last full date written with its year ("on 17 January 2023")
    stated_end: int = -1  # where it ended
    stated_month: str = ""  # the last month written with its year ("in April 2009": "2009-04"), or a full date's
    stated_month_end: int = -1  # where it ended
    last_quarter: str = ""  # last YYYY-Qn mentioned (financial "the year-ago quarter")
    rule: str = ""  # name of the rule being normalised
    last_end: int = -1  # end offset of the previous expression found
    last_value: str = ""  # and its value
    page_dct: dt.date | None = None  # the page's own DCT while an item's stamp stands in for it (anchor.restamp)
    restamp_until: int = -1  # where the stamped item's text ends: its stamp's line and the line after it
    _tense: str | None = field(default=None)
    _cue_after: bool = field(default=False)
    _calls: int = field(default=0)

    def tense(self) -> str:
        """'future', 'past', 'said', 'present' or '': the nearest tense cue in the hit's sentence; none
        for the date that opens an item of a chronology ("June 6 – Legislature approves $310 million"),
        whose present tense is a headline's."""
        if self._tense is None:
            analysis = self.text_analysis()
            sentence = analysis.sentence_at(self.start)
            if sentence is not None and opens_item(sentence.text, self.text[self.start:self.end]):
                self._tense, self._cue_after = "", False
            else:
                self._calls += 1  # a document that asks often reads its windows from its words, cut once
                words = analysis.words() if self._calls >= _TOKENISE_AFTER else None
                self._tense, self._cue_after = tense_cue(analysis, self.start, self.end, words)
        return self._tense

    def text_analysis(self) -> TextAnalysis:
        """The text's analysis, made the first time it is asked for when the caller gave none."""
        if self.analysis is None:
            self.analysis = analyse(self.text)
        return self.analysis

    def cue_after(self) -> bool:
        """True if the cue tense() read comes after the expression."""
        self.tense()
        return self._cue_after

    def before(self, n: int = 30) -> str:
        return self.text[max(0, self.start - n) : self.start]

    def after(self, n: int = 30) -> str:
        return self.text[self.end : self.end + n]


# the tense reading scans each window itself until a document has asked this often; then it reads the windows
# from the analysis' words of the whole text (the same words either way)
_TOKENISE_AFTER = 16


SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)  # "the deadliest since 2007"
