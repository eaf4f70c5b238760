"""Temporal tagger: find TIMEX3 expressions in English news text and normalise them.

    from timeline.tagger import tag
    tag("The deal was signed on Monday.", "2016-05-25")  # -> [Timex(..., value="2016-05-23", rule="weekday")]

Built the way Duckling and HeidelTime are: recognise -> filter -> value -> resolve.

- recognise: `engine` scans for head words and tries the rules of rules/patterns.yaml (compiled by `rules`;
  `prefixes` reads which rules can begin with which letters); `ranges` finds the second end of a range;
- filter: `filters` runs the "not a date" rules of rules/filters.yaml ("Flight 1988", "$5 a year");
- value: `values` (one module a family) turns a rule's named groups into a TIMEX3 value, reading the
  words with `words` and counting days with `calendar`;
- resolve: `anchor` places what the text leaves open against the publication date and the dates told
  before (the document's focus); `resolve` picks among readings by tense.

`context.Context` is what a value builder sees. The rule tables are read and compiled on the first call;
only the stages that tag import this package (`timeline --help` does not).
"""

from __future__ import annotations

from timeline.tagger.engine import tag

__all__ = ["tag"]
