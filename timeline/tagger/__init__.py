"""Temporal tagger: find TIMEX3 expressions in English news text and normalise them.

    from timeline.tagger import tag
    tag("The deal was signed on Monday.", "2016-05-25")  # -> [Timex(..., value="2016-05-23")]

Importing this package is cheap: the rule tables are read and compiled on the first call.
"""

from __future__ import annotations

from timeline.tagger.engine import tag

__all__ = ["tag"]
