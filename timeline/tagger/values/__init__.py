"""Value builders, one module a family: the named groups of a rule's match -> (TIMEX3 type, value, mod), or
None to reject the match.

Values keep the granularity the text gave ("in February" -> 2016-02, never 2016-02-01). Relative
expressions resolve against the DCT, anaphoric ones against the last date mentioned (see
`timeline.tagger.anchor`). Without a DCT the unknown parts stay X ("XXXX-03-27"): nothing is invented.
Each rule of rules/patterns.yaml names its builder (`norm`) by a key of NORMALISERS.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Callable, Mapping

from timeline.tagger.context import Context, Groups, Result
from timeline.tagger.values import days, durations, holidays, months, offsets, quarters, refs, sets, times, years

NORMALISERS: Mapping[str, Callable[[Groups, Context], Result]] = MappingProxyType({
    "absolute": days.absolute, "week_of": days.week_of, "month_day": days.month_day,
    "day_of_month": days.day_of_month, "day_in_focus": days.day_in_focus, "deixis": days.deixis,
    "this_pod": days.this_pod, "weekday": days.weekday,
    "month_year": months.month_year, "month": months.month,
    "holiday": holidays.holiday,
    "clock": times.clock,
    "year": years.year, "decade": years.decade, "century": years.century, "season": years.season,
    "year_end": years.year_end, "the_year": years.the_year,
    "quarter": quarters.quarter, "quarter_short": quarters.quarter_short, "quarter_ref": quarters.quarter_ref,
    "months_period": quarters.months_period, "two_quarters": quarters.two_quarters,
    "rel_unit": offsets.rel_unit, "unit_before": offsets.unit_before, "anaphoric": offsets.anaphoric,
    "offset": offsets.offset,
    "duration": durations.duration, "vague_duration": durations.vague_duration,
    "set_every": sets.set_every, "set_adverb": sets.set_adverb,
    "ref": refs.ref,
})
