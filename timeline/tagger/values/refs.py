"""Vague references: "now", "currently" (PRESENT_REF), "recently" (PAST_REF), "the future" (FUTURE_REF)."""

from __future__ import annotations

from types import MappingProxyType

from timeline.tagger.context import Context, Groups, Result
from timeline.tagger.filters import fires
from timeline.tagger.words import low


_REFS = MappingProxyType({"present": ("now", "right now", "currently", "current", "these days", "nowadays", "present",
                     "the present", "the time being", "this moment", "the moment", "so far"),
         "past": ("recently", "more recently", "recent", "lately", "the past", "previously", "formerly")})


def ref(g: Groups, ctx: Context) -> Result:
    w = low(g["ref"])
    if w in ("so far", "the moment"):
        return None
    if w in _REFS["present"]:
        if w == "current" and fires("current_noun", ctx):
            return None
        return ("DATE", "PRESENT_REF", "")
    if w in _REFS["past"]:
        return ("DATE", "PAST_REF", "")
    return ("DATE", "FUTURE_REF", "")
