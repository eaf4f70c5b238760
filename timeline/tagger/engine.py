"""Find temporal expressions with the compiled rules and normalise each hit to a TIMEX3 value.

The scan (HeidelTime's trick, made cheaper): find the "head" words every expression contains
(month and weekday names, units, today, now, years, clock times ...); at each head try the
rules from the start of the run of lead words before it ("the start of last" year), leftmost
first; at a start, the rules that can begin with its first characters run, each its own C-level
match, and the longest match that normalises wins. Matching runs on the lower-cased text; names must be
capitalised in the original. Normalisation runs only on hits. State carried through a document
(last date mentioned, last quarter) is local to one call: the function is pure.
"""

from __future__ import annotations

import re
from typing import Callable, Mapping

from timeline.model import Timex
from timeline.tagger import ranges
from timeline.tagger import resolve as rv
from timeline.tagger.anchor import end_restamp, overnight_before_report_day, restamp, update_focus
from timeline.tagger.context import Context, Result
from timeline.tagger.rules import KEY_CHARS, Grammar, candidates, grammar, head_digit_starts
from timeline.tagger.values import NORMALISERS
from timeline.text import TextAnalysis


def tag(text: str, dct: str | None, analysis: TextAnalysis | None = None) -> list[Timex]:
    """Temporal expressions of `text`, sorted and non-overlapping, normalised against `dct`. `analysis`: the
    text's analysis (timeline.text), when the caller has made it already."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    if analysis is not None and analysis.text is not text and analysis.text != text:
        raise ValueError("the analysis is of another text")
    ref = rv.parse_dct(dct)
    gram = grammar()
    norms = NORMALISERS
    found: list[Timex] = []
    ctx = Context(text=text, start=0, end=0, dct=ref, tables=gram.tables, analysis=analysis)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    pos = 0
    prev_rule = ""
    tried: set[int] = set()  # starts that gave nothing: lead runs of nearby heads overlap
    for head in _head_positions(text, lowered, gram):
        if head < pos:
            continue
        for start in _lead_starts(lowered, head, pos, gram.tables.lead_words, gram.tables.glue_words):
            if start in tried:
                continue
            tried.add(start)
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # rules start at a word boundary
            end_restamp(ctx, start)
            timex = _best_at(gram, norms, ctx, lowered, start)
            if timex is not None:
                rule = ctx.rule
                if found:  # "from May to July": the ends of a range agree on the year
                    found[-1], timex = ranges.align(text, found[-1], prev_rule, timex, rule, gram.tables)
                ends = ranges.tail(text, timex, rule, gram.tables)  # "April 4-6", "1998-99"
                if ends is not None:
                    timex = ends[0]
                found.append(timex)
                update_focus(ctx, timex)
                restamp(ctx, timex)
                pos, prev_rule = timex.end, rule
                if ends is not None:
                    found.append(ends[1])
                    pos, prev_rule = ends[1].end, ranges.TAIL_RULE
                break
    return overnight_before_report_day(text, found, gram.tables)


_WORD = re.compile(r"[a-z]+")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _head_positions(text: str, lowered: str, gram: Grammar) -> list[int]:
    """Start offsets of head words and digit shapes, in order.

    The distinct words of the text come from one C-level findall; only the head words among
    them are then located, with str.find. This scans at tens of millions of characters a second.
    """
    found: list[int] = []
    n = len(lowered)
    for word in gram.head_words.intersection(_WORD.findall(lowered)):
        size = len(word)
        name = word in gram.name_heads  # "may", "march", "sun": only capitalised
        i = lowered.find(word)
        while i != -1:
            j = i + size
            if (i == 0 or lowered[i - 1] not in _LETTERS) and (j == n or lowered[j] not in _LETTERS) \
                    and (not name or text[i].isupper()):
                found.append(i)
            i = lowered.find(word, j)
    for i in head_digit_starts(lowered):  # gram.head_digits' starts
        if i == 0 or lowered[i - 1] not in "0123456789,.":
            found.append(i)
    found.sort()
    return found


_TOKEN = re.compile(r"[\w'.]+|[-,]")  # the tokens before a head that _lead_starts reads (walking back over them)
_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")
_MAX_LEAD = 7
_SKIPPED = frozenset(" \t\n\r\f\v,-")  # between tokens: whitespace, and the tokens "," and "-"


def _lead_starts(lowered: str, head: int, floor: int, lead_words: frozenset[str],
                 glue_words: frozenset[str]) -> list[int]:
    """Where an expression around the head at `head` may start: the head itself, and the start of
    each word of the run of lead words ("the start of last", "at least the past 18") before it,
    leftmost first. Never before `floor`, the end of the previous expression."""
    lo = max(floor, head - 80)
    # fast path (most heads, and every head of "May May May ..."): the token just before the
    # head is no lead word, so the expression can only start at the head
    i = head
    while i > lo and lowered[i - 1] in _SKIPPED:
        i -= 1
    k = i
    while k > lo and (lowered[k - 1].isalnum() or lowered[k - 1] in "_'."):
        k -= 1
    word = lowered[k:i].strip(".'")
    if word and not (word.replace(".", "").isdigit() or word in lead_words or _ORDINAL_NUMBER.fullmatch(word)):
        return [head]
    # the last _MAX_LEAD tokens of lowered[lo:head] as _TOKEN.finditer finds them (runs of word characters, quotes
    # and points; a comma or hyphen alone; anything else between), read back from the head one at a time: the walk
    # stops at the first that is no lead word, so it never cuts the whole window into tokens
    starts = [head]
    j = head
    for _ in range(_MAX_LEAD):
        while j > lo and not (lowered[j - 1].isalnum() or lowered[j - 1] in "_'.,-"):
            j -= 1
        if j <= lo:
            break
        if lowered[j - 1] in ",-":
            j -= 1
            continue
        k = j
        while k > lo and (lowered[k - 1].isalnum() or lowered[k - 1] in "_'."):
            k -= 1
        token = lowered[k:j]
        word = token.strip(".'")
        if word.replace(",", "").replace(".", "").isdigit() or word in lead_words or _ORDINAL_NUMBER.fullmatch(word):
            if word not in glue_words:
                starts.append(k + (len(token) - len(token.lstrip(".'"))))
        else:
            break
        j = k
    starts.reverse()
    return starts


def _best_at(gram: Grammar, norms: Mapping[str, Callable[..., Result]], ctx: Context,
             lowered: str, start: int) -> Timex | None:
    """Try every rule that can begin with the KEY_CHARS characters at `start`; the longest match that normalises wins
    (earlier rule on ties).

    Rules match the lower-cased text (case-sensitive matching is faster); the groups handed to
    the normaliser are cut from the original text, and names must be capitalised there.
    """
    slots = candidates(lowered[start : start + KEY_CHARS])
    matches = [slot[1](lowered, start) for slot in slots]
    if not any(matches):
        return None  # no rule matched here (the common case)
    # (length, rule index) orders the candidates longest first, earlier rule on ties
    hits = sorted([(start - m.end(), slot[0], k) for k, (slot, m) in enumerate(zip(slots, matches))
                   if m is not None and m.end() > start])
    text = ctx.text
    for neg, i, k in hits:
        _i, _match, named, capitals = slots[k]
        regs = matches[k].regs  # type: ignore[union-attr]
        if not _capitalised(text, regs, capitals):
            continue
        rule = gram.rules[i]
        norm, name = rule.norm, rule.name
        groups: dict[str, str | None] = {}
        for key, idx in named:
            a, b = regs[idx]
            groups[key] = text[a:b] if a >= 0 else None
        end = start - neg
        ctx.start, ctx.end, ctx._tense, ctx.rule = start, end, None, name
        try:
            result = norms[norm](groups, ctx)
        except (OverflowError, ValueError):
            result = None  # a date beyond the calendar (DCT 9999-12-31, "tomorrow"): no value to give
        if result is None:
            continue
        typ, value, mod = result
        return Timex(start=start, end=end, text=text[start:end], type=typ, value=value, mod=mod, rule=name)
    return None


def _capitalised(text: str, regs: tuple[tuple[int, int], ...], capitals: tuple[int, ...]) -> bool:
    """Whether every name group that matched (month, weekday, holiday, zone) is capitalised in the original."""
    for idx in capitals:
        a = regs[idx][0]
        if a >= 0 and not text[a].isupper():
            return False
    return True
