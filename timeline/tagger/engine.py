"""Find temporal expressions with the compiled rules and normalise each hit to a TIMEX3 value.

The scan (HeidelTime's trick, made cheaper): find the "head" words every expression contains
(month and weekday names, units, today, now, years, clock times ...); at each head try the
rules from the start of the run of lead words before it ("the start of last" year), leftmost
first; at a start, every rule that can begin with that character runs in one C-level match and
the longest match that normalises wins. Matching runs on the lower-cased text; names must be
capitalised in the original. Normalisation runs only on hits. State carried through a document
(last date mentioned, last quarter) is local to one call: the function is pure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Mapping

from timeline.model import Timex
from timeline.tagger import ranges
from timeline.tagger import resolve as rv
from timeline.tagger.rules import NAME_KEYS, Grammar, Tables, bucket, grammar
from timeline.text import TextAnalysis, analyse
from timeline.text.chronology import opens_item
from timeline.text.tense import tense_cue

# A normaliser returns (type, value, mod) or None to reject the match.
Result = tuple[str, str, str] | None


@dataclass(slots=True)
class Context:
    """What a normaliser may look at: the text, the hit, the DCT and the document's running focus."""

    text: str
    start: int
    end: int
    dct: dt.date | None
    tables: Tables
    analysis: TextAnalysis  # the text's sentences and words
    last_date: str = ""  # last specific calendar value mentioned (anaphora)
    last_date_end: int = -1  # where its expression ended
    stated_date: str = ""  # the last full date written with its year ("on 17 January 2023")
    stated_end: int = -1  # where it ended
    last_quarter: str = ""  # last YYYY-Qn mentioned (financial "the year-ago quarter")
    rule: str = ""  # name of the rule being normalised
    last_end: int = -1  # end offset of the previous expression found
    last_value: str = ""  # and its value
    _tense: str | None = field(default=None)
    _cue_after: bool = field(default=False)
    _calls: int = field(default=0)

    def tense(self) -> str:
        """'future', 'past', 'said', 'present' or '': the nearest tense cue in the hit's sentence; none
        for the date that opens an item of a chronology ("June 6 – Legislature approves $310 million"),
        whose present tense is a headline's."""
        if self._tense is None:
            sentence = self.analysis.sentence_at(self.start)
            if sentence is not None and opens_item(sentence.text, self.text[self.start:self.end]):
                self._tense, self._cue_after = "", False
            else:
                self._calls += 1  # a document that asks often reads its windows from its words, cut once
                words = self.analysis.words() if self._calls >= _TOKENISE_AFTER else None
                self._tense, self._cue_after = tense_cue(self.analysis, self.start, self.end, words)
        return self._tense

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


def tag(text: str, dct: str | None, analysis: TextAnalysis | None = None) -> list[Timex]:
    """Temporal expressions of `text`, sorted and non-overlapping, normalised against `dct`. `analysis`: the
    text's analysis (timeline.text), when the caller has made it already."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    if analysis is not None and analysis.text is not text and analysis.text != text:
        raise ValueError("the analysis is of another text")
    ref = rv.parse_dct(dct)
    gram = grammar()
    norms = normalisers()
    found: list[Timex] = []
    ctx = Context(text=text, start=0, end=0, dct=ref, tables=gram.tables,
                  analysis=analysis if analysis is not None else analyse(text))
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
            timex = _best_at(gram, norms, ctx, lowered, start)
            if timex is not None:
                rule = ctx.rule
                if found:  # "from May to July": the ends of a range agree on the year
                    found[-1], timex = ranges.align(text, found[-1], prev_rule, timex, rule, gram.tables)
                ends = ranges.tail(text, timex, rule, gram.tables)  # "April 4-6", "1998-99"
                if ends is not None:
                    timex = ends[0]
                found.append(timex)
                _update_focus(ctx, timex)
                pos, prev_rule = timex.end, rule
                if ends is not None:
                    found.append(ends[1])
                    pos, prev_rule = ends[1].end, "range_tail"
                break
    return found


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
    for m in gram.head_digits.finditer(lowered):
        i = m.start()
        if i == 0 or lowered[i - 1] not in "0123456789,.":
            found.append(i)
    found.sort()
    return found


_TOKEN = re.compile(r"[\w'.]+|[-,]")
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
    window = lowered[lo:head]
    base = lo
    tokens = list(_TOKEN.finditer(window))
    starts = [head]
    for tok in reversed(tokens[-_MAX_LEAD:]):
        word = tok.group(0).strip(".'")
        if word in (",", "-"):
            continue
        if word.replace(",", "").replace(".", "").isdigit() or word in lead_words \
                or _ORDINAL_NUMBER.fullmatch(word):
            if word not in glue_words:
                starts.append(base + tok.start() + (len(tok.group(0)) - len(tok.group(0).lstrip(".'"))))
        else:
            break
    starts.reverse()
    return starts


def _best_at(gram: Grammar, norms: Mapping[str, Callable[..., Result]], ctx: Context,
             lowered: str, start: int) -> Timex | None:
    """Try every rule at `start`; the longest match that normalises wins (earlier rule on ties).

    Rules match the lower-cased text (case-sensitive matching is faster); the groups handed to
    the normaliser are cut from the original text, and names must be capitalised there.
    """
    text = ctx.text
    key = lowered[start : start + 2]
    chosen = bucket(key if key in NAME_KEYS else key[:1])  # "ma": the 5 rules that can begin "ma"
    spans = chosen.every.match(lowered, start)
    if spans is None or spans.lastindex is None:
        return None  # no rule matched here (the common case)
    regs = spans.regs
    # slots are in rule order, so (length, slot) orders the candidates longest first, earlier rule on ties
    candidates = sorted([(start - regs[top][1], k) for k, top in enumerate(chosen.tops) if regs[top][1] > start])
    for neg, k in candidates:
        i, _top, named, capitals = chosen.slots[k]
        if any(spans.start(idx) >= 0 and not text[spans.start(idx)].isupper() for idx in capitals):
            continue
        rule = gram.rules[i]
        norm, name = rule.norm, rule.name
        groups = {key: (text[spans.start(idx) : spans.end(idx)] if spans.start(idx) >= 0 else None)
                  for key, idx in named}
        end = start - neg
        ctx.start, ctx.end, ctx._tense, ctx.rule = start, end, None, name
        try:
            result = norms[norm](groups, ctx)
        except (OverflowError, ValueError):
            result = None  # a date beyond the calendar (DCT 9999-12-31, "tomorrow"): no value to give
        if result is None:
            continue
        typ, value, mod = result
        return Timex(start=start, end=end, text=text[start:end], type=typ, value=value, mod=mod)
    return None


# Rules whose values are dates the text states outright: only these move the anaphoric focus,
# so a chain of relative expressions ("a year earlier" ... "a year earlier") never drifts.
_FOCUS_RULES = frozenset({"iso_date", "slash_date", "month_day", "day_month", "day_of_month", "month_year", "month",
                          "clock_time", "noon", "ordinal_day_of_month", "day_in_focus",
                          "weekday", "deixis", "holiday", "year", "fiscal_year", "quarter"})


# A story told day by day ("on 14 July ... Two days later ... That evening ... The following day") moves on
# with each day-level step; coarser steps ("a year earlier") compare with the date named, so they do not.
_NARRATIVE_RULES = frozenset({"anaphoric", "offset", "offset_plain"})
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_STATED_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)  # "the deadliest since 2007"


def _update_focus(ctx: Context, timex: Timex) -> None:
    ctx.last_end, ctx.last_value = timex.end, timex.value
    if timex.type not in ("DATE", "TIME"):
        return
    if ctx.rule not in _FOCUS_RULES and not (ctx.rule in _NARRATIVE_RULES and _DAY.match(timex.value)):
        return
    if SINCE_BEFORE.search(ctx.text, max(0, timex.start - 8), timex.start):
        return  # "the deadliest since 2007. Nine hours later ...": a point of comparison, not the story's day
    value = timex.value
    if re.fullmatch(r"\d{4}-Q\d", value) and ctx.rule == "quarter" and _completed(value, ctx) \
            and value > ctx.last_quarter:
        ctx.last_quarter = value  # a reported quarter: what "the year-ago quarter" compares with
    if re.match(r"\d{4}-\d\d-\d\d", value) or re.fullmatch(r"\d{4}(-\d\d)?", value):
        ctx.last_date = value[:10]
        ctx.last_date_end = timex.end
        if _DAY.match(value) and _STATED_YEAR.search(timex.text):
            ctx.stated_date, ctx.stated_end = value[:10], timex.end


def _completed(quarter: str, ctx: Context) -> bool:
    """True if the quarter ended before the DCT's quarter began (or there is no DCT)."""
    if ctx.dct is None:
        return True
    return (int(quarter[:4]), int(quarter[-1])) < (ctx.dct.year, (ctx.dct.month - 1) // 3 + 1)


def normalisers() -> Mapping[str, Callable[..., Result]]:
    from timeline.tagger import normalise

    return normalise.NORMALISERS
