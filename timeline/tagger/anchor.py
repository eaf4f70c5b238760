"""Resolving against the publication date and the dates told before it.

A value builder knows what the words say ("Friday", "March 27", "the following year"); this module
decides which Friday: counted from the DCT, from the date in focus, or steered by tense and by
deadline words ("until", "set for"). `update_focus` moves the document's focus after each expression."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from timeline.model import Timex
from timeline.tagger.calendar import (add_months, quarter_of, safe_date, shift_unit, weekday_after, weekday_before,
                                      weekday_on_or_after, weekday_on_or_before, ymd)
from timeline.tagger.context import SINCE_BEFORE, Context, Result
from timeline.tagger.rules import Tables
from timeline.tagger.resolve import pick
from timeline.tagger.words import low
from timeline.text.tense import cues


def rel_year(phrase: str, ctx: Context) -> int | None:
    if ctx.dct is None:
        return None
    p = low(phrase)
    # "that year", "the following year": the year the text last named ("in 2019 ... in June of that year")
    focus = int(ctx.last_date[:4]) if ctx.last_date[:4].isdigit() else ctx.dct.year
    if p in ("that year", "the same year"):
        return focus
    if p == "the previous year":
        return focus - 1
    if p == "the following year":
        return focus + 1
    if p in ("last year", "a year ago"):
        return ctx.dct.year - 1
    if p == "next year":
        return ctx.dct.year + 1
    return ctx.dct.year


def weekday_date(wd: int, rel: str, ctx: Context) -> dt.date | None:
    """The date of a weekday near the DCT: direction from the rule's word, else from tense."""
    if ctx.dct is None:
        return None
    if rel == "that" and ctx.last_date and _demonstrative_that(ctx):
        return _told_weekday(wd, ctx)
    anchor = anchor_date(ctx)
    if rel in ("the previous", "the following") and anchor is not None and anchor != ctx.dct:
        # anaphoric: "shares closed Friday, down from the previous Friday" counts from the date in focus
        return weekday_before(anchor, wd) if rel == "the previous" else weekday_after(anchor, wd)
    if rel == "last":
        # a writer calls the day before the page "yesterday" or by its bare name, so "last Thursday" on a Friday page
        # is the Thursday of the week before ("Resolution 1973, which was hurriedly passed last Thursday", eight days
        # earlier), as "last Friday" on a Friday is a week back
        day = weekday_before(ctx.dct, wd)
        return day - dt.timedelta(weeks=1) if (ctx.dct - day).days == 1 else day
    if rel in ("this past", "the previous"):
        return weekday_before(ctx.dct, wd)
    if rel in ("next", "this coming", "the following", "the next"):
        return weekday_after(ctx.dct, wd)
    if rel in ctx.tables.own_week_weekday_rels:
        # "at Mass this Sunday" (told on a Tuesday): the week's own Sunday, not the last one; the coming one when
        # a future tense says so ("will meet this Monday", told on a Thursday)
        if ctx.tense() == "future":
            return weekday_on_or_after(ctx.dct, wd)
        return ctx.dct + dt.timedelta(days=wd - ctx.dct.isoweekday())
    if _after_stamp_lead(ctx, ctx.start):
        # "(Updated : 1:38 a.m. Monday, Libya; 6:38 p.m. Sunday ET)" on a Sunday page: a stamp is written within a
        # day of its page, in either direction (time zones), whatever the tense around it
        return _nearest_weekday(ctx.dct, wd)
    lead = _NEAREST_LEAD.search(ctx.before(24))
    if not rel and lead is not None and lead.group(1).lower() in ctx.tables.nearest_weekday_leads:
        return _nearest_weekday(ctx.dct, wd)  # "shook Tripoli into early Tuesday": still going on, told by then
    if not rel and _in_small_hours(ctx) and (ctx.dct + dt.timedelta(days=1)).isoweekday() == wd:
        return ctx.dct + dt.timedelta(days=1)  # "early Sunday" on a Saturday page: past the reported place's midnight
    paired = _paired_weekday(wd, ctx)
    if paired is not None:
        return paired
    # "Wednesday's ruling" names an event already known: the past unless the rule said otherwise;
    # "until Tuesday", "as soon as Tuesday" is a deadline ahead
    if ctx.after(2) in ("'s", "’s"):
        tense = _possessive_direction(ctx)
    elif _DEADLINE_BEFORE.search(ctx.before(24)) and not _HAD_BEFORE.search(ctx.before(60) + " " + ctx.after(40)):
        tense = "future"  # but "Until Thursday, they had not called him a suspect" is past
    elif _SCHEDULED_FOR_BEFORE.search(ctx.before(40)) or _upcoming_lead_before(ctx) or _deadline_by(ctx) \
            or _arranged_meeting(ctx) or _planned_act(ctx):
        tense = "future"  # "a hearing set for Friday", "on the eve of a meeting in London on Tuesday"
    else:
        tense = ctx.tense()
    if tense == "future":
        return weekday_on_or_after(ctx.dct, wd)
    return weekday_on_or_before(ctx.dct, wd)


_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?]['\"’”)]*+|\n|--|—)\s*+\Z")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+\Z")


def _demonstrative_that(ctx: Context) -> bool:
    """Whether the "that" of "that Saturday" points back (opening a sentence, or after a word of vocab.yaml
    anaphoric_weekday_leads: "That Saturday, she was dragged off", "on that Sunday") rather than opening a clause
    after a verb ("told CNN that Friday will be his last chance")."""
    before = ctx.before(24)
    if _OPENS_SENTENCE.search(before):
        return True
    last = _LAST_WORD.search(before)
    return last is not None and last.group(1).lower() in ctx.tables.anaphoric_weekday_leads


def _told_weekday(wd: int, ctx: Context) -> dt.date | None:
    """The weekday a demonstrative "that Saturday" points back to: the day told in reach when it is that weekday, else
    the first such weekday after it, if not after the page; no day when the text told none in reach."""
    anchor = day_in_reach(ctx, "anaphoric")
    if anchor is None:
        return None
    day = weekday_on_or_after(anchor, wd)
    return None if ctx.dct is not None and day > ctx.dct else day


def _in_small_hours(ctx: Context) -> bool:
    """ "early Sunday", "before dawn on Sunday": the weekday follows one of vocab.yaml small_hours_leads."""
    return follows_small_hours_lead(ctx.before(SMALL_HOURS_WINDOW), ctx.tables)


SMALL_HOURS_WINDOW = 24  # characters before a weekday that may hold its small-hours lead ("before dawn on ")


def follows_small_hours_lead(before: str, tables: Tables) -> bool:
    """Whether the text right before a date ends with one of vocab.yaml small_hours_leads ("early", "before dawn
    on"): the event stage asks it too, as a date the tagger put on the page's next day by that rule is told as
    done by then (salience.happened)."""
    text = " " + " ".join(before[-SMALL_HOURS_WINDOW:].lower().split())
    return any(text.endswith(" " + lead) for lead in tables.small_hours_leads)


def _paired_weekday(wd: int, ctx: Context) -> dt.date | None:
    """ "on Monday and Tuesday", "on Thursday or Friday": the second weekday of a pair follows the first, whichever
    way the first was read (the words that join them: vocab.yaml weekday_pair_words)."""
    if ctx.last_end < 0 or not _DAY.match(ctx.last_value) or not _weekday_ends_at(ctx.text, ctx.last_end):
        return None
    between = ctx.text[ctx.last_end:ctx.start].split()
    if not between or between[0].lower() not in ctx.tables.weekday_pair_words or len(between) > 2 \
            or (len(between) == 2 and between[1].lower() != "on"):
        return None
    return weekday_after(dt.date.fromisoformat(ctx.last_value[:10]), wd)


def _upcoming_lead_before(ctx: Context) -> bool:
    """ "on the eve of a 35-nation meeting in London on Tuesday", "ahead of the vote on Monday": a weekday that ends
    the noun phrase after an upcoming lead (vocab.yaml upcoming_leads) is the coming one. The phrase has at least
    two words ("ahead of schedule on Monday" is no event to come) and no punctuation."""
    before = ctx.before(_LEAD_REACH).lower()
    for lead in ctx.tables.upcoming_leads:
        at = before.rfind(lead + " ")
        if at >= 0 and (at == 0 or not before[at - 1].isalnum()):
            words = _PHRASE_WORDS.fullmatch(before, at + len(lead))
            if words and len(words.group(0).split()) - (1 if words.group(0).rstrip().endswith(" on") else 0) >= 2:
                return True
    return False


def _deadline_by(ctx: Context) -> bool:
    """ "hoped to put it to a vote by Friday", "NATO to take over by Monday": "by" a weekday is a deadline ahead, unless
    a past verb governs it with no infinitive between ("rebels controlled the town by Saturday", "had left by
    Monday")."""
    if not _BY_BEFORE.search(ctx.before(4)) or _HAD_BEFORE.search(ctx.before(60) + " " + ctx.after(40)):
        return False
    return ctx.tense() not in ("past", "said") or _INFINITIVE_BEFORE.search(ctx.before(40)) is not None


def _arranged_meeting(ctx: Context) -> bool:
    """ "has been summoned to the White House for talks with Obama on Wednesday", "convened an emergency meeting of
    health ministers on Thursday to discuss the outbreak": a weekday that ends the phrase of a meeting arranged before
    it is the meeting's time, ahead of the arranging (vocab.yaml arranged_meetings). A present perfect or present
    arranging verb says so alone, as "for" the weekday does; a simple past one "on" it only with the meeting's aim
    after the weekday and no outcome told ("convened a meeting on Thursday" may tell of the meeting held)."""
    table = ctx.tables.arranged_meetings
    clause = _CLAUSE_BREAK.split(ctx.before(_ARRANGED_REACH).lower())[-1]
    words = _CLAUSE_WORDS.findall(clause)
    verb_at = max((i for i, w in enumerate(words) if w in table["verbs"]), default=-1)
    if verb_at < 0 or (verb_at + 1 < len(words) and words[verb_at + 1] in table["verb_particles"]):
        return False  # no arranging verb, or another verb ("called for talks": asked for them)
    nouns = [j for j in range(verb_at + 1, len(words)) if words[j] in table["nouns"]]
    if not nouns or any(w in table["breaks"] or _PAST_FORM.fullmatch(w) for w in words[nouns[0] + 1:]):
        return False  # nothing arranged, or another clause or verb between the meeting and the weekday
    if _auxiliary_before(words, verb_at) in table["present_auxiliaries"] or words[-1] == "for":
        return True  # "has been summoned to talks on Wednesday", "called a meeting for Wednesday"
    rest = _SENTENCE_END.split(ctx.after(_ARRANGED_REACH))[0]
    return _AIM_AFTER.match(rest) is not None and not any(_PAST_FORM.fullmatch(w) for w in _CLAUSE_WORDS.findall(rest))


def _planned_act(ctx: Context) -> bool:
    """ "a vote could come on Thursday", "We hope to run into you right back here on Monday", "has asked Sen. John
    McCain ... to brief Senate Republicans ... Tuesday": a weekday that ends the phrase of an act still planned (vocab.yaml
    planned_weekday) is the coming one, whatever past verb stands earlier in the sentence. The act is governed by a
    modal of possibility, by a non-past word of hope or purpose right before its "to", by a present perfect of request
    before its "to", or is an infinitive set off by a comma ("The report, to be released in full on Tuesday, ..."); no
    other verb stands between the act and the weekday, and the weekday follows no "since"."""
    table = ctx.tables.planned_weekday
    lo = max(0, ctx.start - _PLAN_REACH)
    sentence = ctx.text_analysis().sentence_at(ctx.start)
    if sentence is not None:
        lo = max(lo, min(sentence.start, ctx.start))
    part = _PLAN_CUT.split(ctx.text[lo:ctx.start])[-1]  # the sentence up to the weekday, periods kept ("Sen.")
    clause_text = _CLAUSE_BREAK.split(part)[-1]
    clause = _PLAN_WORDS.findall(clause_text)
    low_clause = [w.lower() for w in clause]
    if not clause or low_clause[-1] in table["not_after"] or low_clause[-2:] == ["since", "on"]:
        return False
    modal_at = max((i for i, w in enumerate(clause) if w in table["modals"]), default=-1)  # "May" is a month
    if modal_at >= 0 and modal_at + 1 < len(clause) and low_clause[modal_at + 1] not in table["modal_not_plan"]:
        passive = low_clause[modal_at + 1] == "be"
        verb_at = modal_at + 2 if passive else modal_at + 1
        verb = low_clause[verb_at] if verb_at < len(clause) else ""
        past_ability = passive and low_clause[modal_at] in table["past_modals"] and _PARTICIPLE.fullmatch(verb)
        if verb not in table["perception_verbs"] and not past_ability and _no_verb_between(clause[modal_at + 1:], table):
            return True  # "a vote could come on Thursday", "may be raised during the debate on Tuesday"
    to_at = max((i for i in range(len(clause) - 1) if low_clause[i] == "to" and low_clause[i + 1] not in
                 table["not_verbs_after_to"] and clause[i + 1].isalpha()), default=-1)
    if to_at < 0 or not _no_verb_between(clause[to_at + 1:], table):
        return False
    if to_at == 0 and low_clause[1] == "be" and part[:len(part) - len(clause_text)].rstrip().endswith(","):
        return True  # "The report, to be released in full on Tuesday, is ...": a plan set off by commas
    lead = low_clause[:to_at]
    if any(" ".join(lead[len(lead) - n:]) in table["infinitive_leads"] for n in (1, 2) if len(lead) >= n):
        return True  # "hope to run into you ... on Monday", "with a view to putting it to a vote on Thursday"
    words = _PLAN_WORDS.findall(part)
    low_words = [w.lower() for w in words]
    to_in_part = len(words) - (len(clause) - to_at)  # the act's "to" among the words of the whole part
    for k in range(to_in_part - 1, 0, -1):
        if low_words[k] not in table["perfect_requests"] and " ".join(low_words[k - 1:k + 1]) not in \
                table["perfect_requests"]:
            continue
        verb_at = k - 1 if low_words[k] not in table["perfect_requests"] else k  # "called on": the verb's first word
        return verb_at >= 1 and low_words[verb_at - 1] in table["perfect_auxiliaries"] \
            and _no_verb_between(words[k + 1:to_in_part], table)  # "has asked ... to", not "had asked", "urged"
    return False


def _no_verb_between(words: list[str], table: Mapping[str, frozenset[str]]) -> bool:
    """Whether no other verb stands among `words`: no word of planned_weekday finite_words nor a past or reporting
    word of the lexicon's tense cues ("took", "found", "said"), no lower-case form in -ed but after be/been/being ("to
    be released" is the act's own passive; "the Armed Services Committee" is a name)."""
    past = _past_words()
    for i, w in enumerate(words):
        if w.lower() in table["finite_words"] or w.lower() in past or (
                w.islower() and _PAST_FORM.fullmatch(w) and (i == 0 or words[i - 1].lower() not in _PASSIVE_BE)):
            return False
    return True


@functools.cache
def _past_words() -> frozenset[str]:
    """The one-word past and reporting cues of the lexicon ("took", "found", "said"), read once."""
    return frozenset(key[0] for key, kind in cues().items() if len(key) == 1 and kind in ("past", "said"))


_PLAN_REACH = 240  # how far before a weekday the verb of its planned act may stand (one sentence)
_PLAN_CUT = re.compile(r"[;:!?()\[\]\"“”]")  # what parts a sentence before a planned act (not a comma: "McCain, R-Arizona,")
_PLAN_WORDS = re.compile(r"[A-Za-z0-9'’-]+")
_PASSIVE_BE = frozenset({"be", "been", "being"})
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en|wn)")  # "located", "seen", "shown": a passive's participle


def _auxiliary_before(words: list[str], verb_at: int) -> str:
    """The auxiliary of the verb at words[verb_at]: the word before it, past "been" and an adverb in -ly ("has
    urgently been summoned"), or "" when it opens the clause."""
    k = verb_at - 1
    while k >= 0 and (words[k] == "been" or (words[k].endswith("ly") and len(words[k]) > 4)):
        k -= 1
    return words[k] if k >= 0 else ""


_ARRANGED_REACH = 200  # how far before a weekday its arranging verb may stand (one clause)
_CLAUSE_BREAK = re.compile(r"[,.;:!?()\[\]\"“”]")
_SENTENCE_END = re.compile(r"[.;:!?]")
_CLAUSE_WORDS = re.compile(r"[a-z0-9'’-]+")
_PAST_FORM = re.compile(r"[a-z]{3,}ed")  # a past verb or participle: another event between or after
_AIM_AFTER = re.compile(r"\s*(?:(?:morning|afternoon|evening|night)\s+)?to\s+[a-z]")  # "... on Thursday to discuss"
_LEAD_REACH = 70  # how far before a weekday its upcoming lead may stand
_PHRASE_WORDS = re.compile(r"(?:\s+[\w'’-]+){1,8}\s+")  # words, and nothing that ends a phrase
_WEEKDAY_END = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$",
                          re.IGNORECASE)
# the longest tail _WEEKDAY_END reads without its spaces: a weekday (9 letters) and the character before it, or a time
# of day (9) with one space before it and a final newline after it ($ matches before one)
_WEEKDAY_REACH = 10
_TIME_OF_DAY_REACH = 11


def _weekday_ends_at(text: str, end: int) -> bool:
    """Whether text[:end] ends with a weekday, maybe with its time of day ("Monday", "Friday night"), exactly as
    _WEEKDAY_END searched over all of text[:end] says, searching only the tail a match can span: the spaces between
    the weekday and its time of day, then the weekday. A search from the text's start for every weekday read grew
    with the square of the text's length."""
    run = max(0, end - _TIME_OF_DAY_REACH)
    while run > 0 and text[run - 1].isspace():
        run -= 1  # a long run of spaces before a time of day: the weekday ends where it starts
    return _WEEKDAY_END.search(text, max(0, run - _WEEKDAY_REACH), end) is not None


_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b")


def _possessive_direction(ctx: Context) -> str:
    """ "Saturday's concert": "future" after a word that looks forward ("ahead of Saturday's concert", "preparations
    for Saturday's show" unless a past verb governs it), else "" (an event already known: the last one)."""
    before = " ".join(_LEAD_WORDS.findall(ctx.before(40).lower()))
    if any(before.endswith(lead) for lead in ctx.tables.upcoming_leads):
        return "future"
    if any(before.endswith(lead) for lead in ctx.tables.upcoming_leads_unless_past) \
            and (ctx.tense() not in ("past", "said") or _perfect_for_scheduled(ctx)):
        return "future"
    if _RELATIVE_FUTURE_AFTER.match(ctx.text, ctx.end) or (ctx.tense() == "future" and not ctx.cue_after()):
        return "future"  # "will attend Thursday's meeting", "Saturday's concert, which will be broadcast"
    return ""


def _perfect_for_scheduled(ctx: Context) -> bool:
    """ "The stadium has been set a capacity of 60,000 for Saturday's show": a present perfect tells a state now, not a
    past verb governing the weekday, when the possessive's noun is an event held on a schedule (vocab.yaml
    scheduled_event_nouns, one of the first `scheduled_noun_words` words after the possessive): the coming one.
    A simple past in the clause ("was arrested for Sunday's match", "had sold tickets for ...") keeps the last one,
    and so does a noun of no schedule ("has been charged for Sunday's attack")."""
    clause = _CLAUSE_WORDS.findall(_CLAUSE_CUT.split(ctx.before(_ARRANGED_REACH).lower())[-1])
    if not any(w in _PERFECT_AUXILIARIES for w in clause) or any(w in _PAST_AUXILIARIES for w in clause):
        return False
    noun_words = _CLAUSE_WORDS.findall(_CLAUSE_BREAK.split(ctx.after(60).lower())[0])[1:]
    return any(w in ctx.tables.scheduled_event_nouns for w in noun_words[:ctx.tables.scheduled_noun_words])


_PERFECT_AUXILIARIES = frozenset({"has", "have"})
_CLAUSE_CUT = re.compile(r"[.;:!?()\[\]\"“”]|,(?!\d)")  # as _CLAUSE_BREAK, but "60,000" is one number


# "Saturday's tribute concert, which will ...": the clause after the possessive's noun tells of that event
_RELATIVE_FUTURE_AFTER = re.compile(r"['’]s(?:\s+[\w'’-]+){1,4},?\s+(?:which|that)\s+(?:will|is\s+due|is\s+set)\b")


_LEAD_WORDS = re.compile(r"[a-z'’-]++")


_NEAREST_LEAD = re.compile(r"\b([a-z]+)\s+(?:early\s+|late\s+)?$", re.IGNORECASE)  # vocab.yaml nearest_weekday_leads
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|as soon as|as early as|no later than)\s+(?:\S+\s+){0,3}$",
                              re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_HAD_BEFORE = re.compile(r"\bhad\b", re.IGNORECASE)


def deadline_or_tense(ctx: Context) -> tuple[str, bool]:
    """(tense, weak): "to conclude by May": a deadline is ahead, unless a past verb governs it
    ("had left by May"). "until March 6", "through January": the end of a span that a past verb
    may have started ("extended the loans through January", "proposed to cover a shortfall through
    June 30" in February), so a past cue counts as the present: the end ahead within half a year,
    else the nearer past one ("held the town until December" in April). `weak`: the future cue comes after the expression, so it reaches less far."""
    if _BY_BEFORE.search(ctx.before(4)) and not _HAD_BEFORE.search(ctx.before(60) + " " + ctx.after(40)):
        return "future", False
    if _SCHEDULED_FOR_BEFORE.search(ctx.before(40)):
        return "future", False  # "the judge set sentencing for March 28": a date fixed ahead
    if SINCE_BEFORE.search(ctx.before(7)):
        return "since", False  # "the most since April": always the last one gone
    tense = ctx.tense()
    if tense in ("past", "said") and _UNTIL_BEFORE.search(ctx.before(10)) \
            and not _HAD_BEFORE.search(ctx.before(60) + " " + ctx.after(40)):
        return "present", False
    return tense, tense == "future" and ctx.cue_after()


_SCHEDULED_FOR_BEFORE = re.compile(r"\b(?:set|scheduled|slated|planned|due|rescheduled|postponed|adjourned|"
                                   r"deferred)\s+(?:[\w'-]+\s+){0,3}(?:for|until|to)\s+$", re.IGNORECASE)


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|effective)\s+$", re.IGNORECASE)


def month_day_value(month: int, day: int, ctx: Context, year: int | None = None) -> str | None:
    if year is not None:
        d = safe_date(year, month, day)
        return ymd(d) if d else None
    if safe_date(2000, month, day) is None:
        return None
    if ctx.dct is None:
        return f"XXXX-{month:02d}-{day:02d}"
    cands = []
    for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        d = safe_date(y, month, day)
        if d:
            cands.append(((d.year, d.month, d.day), ymd(d)))
    told = year_told_after(ctx)
    if told is not None:
        d = safe_date(told, month, day)
        return ymd(d) if d else None
    ref = (ctx.dct.year, ctx.dct.month, ctx.dct.day)
    picked = pick(cands, ref, *deadline_or_tense(ctx)) or None
    return _in_told_year(month, day, ctx, picked)


_SECOND_DAY = re.compile(r"\s*+(?:,|and|or)\s++\d{1,2}(?:st|nd|rd|th)?+\s++[A-Za-z]++\.?+|\s*+(?:,|and|or)\s++[A-Za-z]++\s++\d{1,2}\b",
                         re.IGNORECASE)  # "and 9 November", "and November 9": a second day told with the first


def year_told_after(ctx: Context) -> int | None:
    """ "on 15 October and 9 November that year": the year the text last named, when one of vocab.yaml
    year_told_after follows the date (after a second day told with it); None otherwise."""
    if not ctx.last_date[:4].isdigit():
        return None
    after = ctx.after(40)
    second = _SECOND_DAY.match(after)
    rest = after[second.end():] if second else after
    words = " ".join(rest.lower().split()[:4])
    if any(words == p or words.startswith(p + " ") or words.startswith(p + ".") or words.startswith(p + ",")
           for p in ctx.tables.year_told_after):
        return int(ctx.last_date[:4])
    return None


_TOLD_YEAR_CHARS = 300  # how far a date written with its year sets the year of the dates after it
_TOLD_YEAR_DAYS = 183  # how far after that date a day without a year may lie


def _in_told_year(month: int, day: int, ctx: Context, picked: str | None) -> str | None:
    """ "the attackers got in on 17 January 2023 ... Loopwell detected them on 2 February": a day without a
    year, told right after a date written with its year, follows that date, not the publication's year."""
    if not ctx.stated_date or not 0 <= ctx.start - ctx.stated_end <= _TOLD_YEAR_CHARS:
        return picked
    told = dt.date.fromisoformat(ctx.stated_date)
    if picked and picked[:4] == str(told.year):
        return picked
    for y in (told.year, told.year + 1):
        d = safe_date(y, month, day)
        if d and told <= d and (d - told).days <= _TOLD_YEAR_DAYS:
            return ymd(d)
    return picked


def month_value(month: int, rel: str, ctx: Context) -> str:
    if ctx.dct is None:
        return f"XXXX-{month:02d}"
    y, cur = ctx.dct.year, ctx.dct.month
    if rel in ("last", "this past"):
        return f"{y if month < cur else y - 1}-{month:02d}"
    if rel in ("next", "this coming"):
        return f"{y if month > cur else y + 1}-{month:02d}"
    if rel == "this" or month == cur:
        return f"{y}-{month:02d}"
    if not rel and _coming_event_month(ctx):
        return f"{y if month > cur else y + 1}-{month:02d}"  # "facing tough election fights in November"
    cands = [((yy, month), f"{yy}-{month:02d}") for yy in (y - 1, y, y + 1)]
    return _month_in_told_year(month, ctx, pick(cands, (y, cur), *deadline_or_tense(ctx)))


def _coming_event_month(ctx: Context) -> bool:
    """ "with Democrats in Congress facing tough election fights in November": a month after "in" that ends the phrase
    of an event that lies ahead (vocab.yaml coming_event_nouns, at most coming_event_reach words before the month)
    governed by a participle in -ing, with no past form in its clause: the coming month, whatever the tense around."""
    clause = _CLAUSE_BREAK.split(ctx.before(_ARRANGED_REACH).lower())[-1]
    words = _CLAUSE_WORDS.findall(clause)
    reach = ctx.tables.coming_event_reach
    if words[-1:] != ["in"] or any(_PAST_FORM.fullmatch(w) or w in _PAST_AUXILIARIES for w in words):
        return False
    noun_at = next((k for k in range(len(words) - 2, max(-1, len(words) - 3 - reach), -1)
                    if words[k] in ctx.tables.coming_event_nouns), -1)
    return noun_at > 0 and any(w.endswith("ing") and len(w) > 5 and w not in ctx.tables.coming_event_nouns
                               for w in words[max(0, noun_at - reach - 1):noun_at])


_PAST_AUXILIARIES = frozenset({"had", "was", "were", "did"})  # a past clause: its month is the tense's


# how far a month or day written with its year sets the year of a bare month after it: the next clause or short
# sentence ("in April 2009 she refused ... In May, he hired"); further on, a dated background ("charged in the Dec.
# 21, 1988, bombing ... The two were removed after Gadhafi agreed in April", told in 1999) is more often left behind
_TOLD_MONTH_CHARS = 120


def _month_in_told_year(month: int, ctx: Context, picked: str) -> str:
    """ "in April 2009 she refused to supply the drug ... In May, he hired Dr Murray": a month without a year, told
    in the past right after a month or day written with its year, and later in the year than it (at most
    _TOLD_YEAR_DAYS on), goes on from that date, not from the publication's year. A month ahead in the tense ("will
    gather in June") or not after the told one ("died in June 2009 ... in June" an anniversary) keeps the pick."""
    if not ctx.stated_month or not 0 <= ctx.start - ctx.stated_month_end <= _TOLD_MONTH_CHARS \
            or picked[:4] == ctx.stated_month[:4] or deadline_or_tense(ctx)[0] == "future":
        return picked
    told = dt.date.fromisoformat(ctx.stated_month + "-01")
    for y in (told.year, told.year + 1):
        first = dt.date(y, month, 1)
        if told < first and (first - told).days <= _TOLD_YEAR_DAYS:
            return f"{y}-{month:02d}"
    return picked


def anchor_date(ctx: Context) -> dt.date | None:
    """The day an anaphoric expression counts from: the last full date mentioned, else the DCT."""
    if len(ctx.last_date) == 10:
        try:
            return dt.date.fromisoformat(ctx.last_date)
        except ValueError:
            pass
    return ctx.dct


def day_in_reach(ctx: Context, kind: str) -> dt.date | None:
    """The day a step of days of `kind` counts from ("a day later": offsets, "the next day": anaphoric, "overnight"):
    the last day the text told, when at most vocab.yaml day_anchor_sentences[kind] sentence breaks stand between it
    and the step and no point of another grain was told since ("surged forward at the weekend. ... A day later":
    the weekend is the anchor, and a day from it is no day); None when there is no such day (a day further back is
    another moment of the story). A text that told no date before the step counts from the publication day (the
    DCT), as before: it names no other."""
    if not ctx.last_date:
        return ctx.dct
    if len(ctx.last_date) != 10 or not 0 <= ctx.last_date_end <= ctx.start or ctx.last_point_end > ctx.last_date_end:
        return None
    if not _breaks_within(ctx.text, ctx.last_date_end, ctx.start, ctx.tables.day_anchor_sentences[kind]):
        return None
    try:
        return dt.date.fromisoformat(ctx.last_date)
    except ValueError:
        return None


def month_in_reach(ctx: Context) -> bool:
    """ "A month later", "six months earlier": whether a step of months has a month or day to count from, told at most
    vocab.yaml day_anchor_sentences["month_steps"] sentence breaks before it with no point of another grain since; a
    text that told no date counts from the publication day (as a step of days does)."""
    if not ctx.last_date:
        return True
    if len(ctx.last_date) not in (7, 10) or not 0 <= ctx.last_date_end <= ctx.start \
            or ctx.last_point_end > ctx.last_date_end:
        return False
    return _breaks_within(ctx.text, ctx.last_date_end, ctx.start, ctx.tables.day_anchor_sentences["month_steps"])


def _breaks_within(text: str, start: int, end: int, reach: int) -> bool:
    """Whether at most `reach` sentence breaks stand in text[start:end]; stops at the first break out of reach."""
    for count, _ in enumerate(_SENTENCE_BREAK.finditer(text, start, end), start=1):
        if count > reach:
            return False
    return True


def overnight_before_report_day(text: str, found: list[Timex], tables: Tables) -> list[Timex]:
    """ "The jet crashed overnight ..., a spokesman said on Tuesday" in a story of Wednesday: an `overnight` with no
    expression told before it in its sentence counts from the publication day as it is tagged; when the first
    expression after it in the same sentence is a day that dates the report (vocab.yaml overnight_report_day), the
    night is the one before that day. Run once over the tagged expressions: the day is told after the night."""
    out = [_night_of_next_day(text, found, i, tables) for i in range(len(found))]
    for i, timex in enumerate(out):
        if timex.rule != "overnight" or i + 1 >= len(out) or timex is not found[i]:
            continue
        if i > 0 and _breaks_within(text, out[i - 1].end, timex.start, 0):
            continue  # a day told before it in its sentence anchors it already (day_in_reach)
        day = out[i + 1]
        if len(day.value) != 10 or not _breaks_within(text, timex.end, day.start, 0) \
                or not _dates_report(text, day, tables):
            continue
        try:
            night = dt.date.fromisoformat(day.value) - dt.timedelta(days=1)
        except ValueError:
            continue
        out[i] = replace(timex, value=f"{ymd(night)}TNI")
    return out


def _night_of_next_day(text: str, found: list[Timex], i: int, tables: Tables) -> Timex:
    """ "Explosions were heard overnight Sunday", "fighting overnight into Monday": an `overnight` right before a
    day-precision weekday (nothing between but one of vocab.yaml overnight_day_joiners) is the night that weekday
    names, counted from the weekday (by the joiner's days), not the night before the publication day; else as it was."""
    timex = found[i]
    if timex.rule != "overnight" or i + 1 >= len(found) or found[i + 1].rule != "weekday" \
            or len(found[i + 1].value) != 10:
        return timex
    between = " ".join(text[timex.end:found[i + 1].start].split()).lower()
    shift = tables.overnight_day_joiners.get(between)
    if shift is None:
        return timex
    try:
        night = dt.date.fromisoformat(found[i + 1].value) + dt.timedelta(days=shift)
    except ValueError:
        return timex
    return replace(timex, value=f"{ymd(night)}TNI")


_WORDS_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:(on)\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+([A-Za-z]+)")
_REPORT_LOOKBACK = 30  # characters before the day that hold "said on"


def _dates_report(text: str, day: Timex, tables: Tables) -> bool:
    """Whether the day dates a report: "said on Tuesday", "said Tuesday", "Tuesday's statement"."""
    before = _WORDS_BEFORE.search(text, max(0, day.start - _REPORT_LOOKBACK), day.start)
    if before and before.group(1).lower() in tables.overnight_report_day["verbs"]:
        return True
    after = _POSSESSIVE_AFTER.match(text, day.end)
    return bool(after and after.group(1).lower() in tables.overnight_report_day["nouns"])


# a sentence ends: its mark and closing quotes before a space or a line break, or a line break of its own (a heading)
_SENTENCE_BREAK = re.compile(r"[.!?]['\"’”)]*+\s|\n")


def focus_day(day: int, ctx: Context) -> dt.date | None:
    focus = ctx.last_date if re.match(r"\d{4}-\d\d", ctx.last_date) else ""
    if focus:
        return safe_date(int(focus[:4]), int(focus[5:7]), day)
    if ctx.dct is None:
        return None
    y, m = (ctx.dct.year, ctx.dct.month) if day <= ctx.dct.day else add_months(ctx.dct.year, ctx.dct.month, -1)
    return safe_date(y, m, day)


def deixis_date(word: str, ctx: Context) -> dt.date | None:
    if ctx.dct is None:
        return None
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    return ctx.dct + dt.timedelta(days=shift)


def focus_quarter(ctx: Context) -> tuple[int, int] | None:
    """The quarter a financial story is about: the last one it named, else the one before the DCT's."""
    if ctx.last_quarter:
        return int(ctx.last_quarter[:4]), int(ctx.last_quarter[-1])
    if ctx.dct is None:
        return None
    q = quarter_of(ctx.dct) - 1
    return (ctx.dct.year, q) if q else (ctx.dct.year - 1, 4)


ANAPHORIC_STEP = MappingProxyType({"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0, "that": 0})


def anaphoric_unit(unit: str, step: int, ctx: Context, mod: str = "") -> Result:
    anchor = anchor_date(ctx)
    if unit == "day" and len(ctx.last_date) != 7:
        # "the next day", "that day": the day told in reach (vocab.yaml day_anchor_sentences), or none
        anchor = day_in_reach(ctx, "anaphoric")
        if anchor is None:
            return ("DATE", "XXXX-XX-XX", mod)
    if unit == "year" and ctx.last_date[:4].isdigit():
        return ("DATE", str(int(ctx.last_date[:4]) + step), mod)
    if unit == "month" and len(ctx.last_date) >= 7:
        y, m = add_months(int(ctx.last_date[:4]), int(ctx.last_date[5:7]), step)
        return ("DATE", f"{y}-{m:02d}", mod)
    if unit == "day" and len(ctx.last_date) == 7 and ctx.last_date[:4].isdigit():
        return ("DATE", f"{ctx.last_date}-XX", mod)  # "last October ... that same day": a day of that month
    if anchor is None:
        return None
    if unit in ("morning", "afternoon", "evening", "night"):
        d = anchor
        return ("TIME", f"{ymd(d)}T{ctx.tables.parts_of_day[unit]}", mod)
    return ("DATE", shift_unit(anchor, unit, step), mod)


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
_MONTH = re.compile(r"\d{4}-\d\d")
_CALENDAR_POINT = re.compile(r"\d{4}")  # a value on the calendar (a day, week, month, season, year), not a reference
_QUARTER = re.compile(r"\d{4}-Q\d")
_YEAR_OR_MONTH = re.compile(r"\d{4}(-\d\d)?")


def update_focus(ctx: Context, timex: Timex) -> None:
    ctx.last_end, ctx.last_value = timex.end, timex.value
    if timex.type not in ("DATE", "TIME"):
        return
    if SINCE_BEFORE.search(ctx.text, max(0, timex.start - 8), timex.start):
        return  # "the deadliest since 2007. Nine hours later ...": a point of comparison, not the story's day
    if _CALENDAR_POINT.match(timex.value):
        ctx.last_point_end = timex.end  # the story's moment, whatever its grain: a step of days counts from it
    if ctx.rule not in _FOCUS_RULES and not (ctx.rule in _NARRATIVE_RULES and _DAY.match(timex.value)):
        return
    value = timex.value
    if _QUARTER.fullmatch(value) and ctx.rule == "quarter" and _completed(value, ctx) \
            and value > ctx.last_quarter:
        ctx.last_quarter = value  # a reported quarter: what "the year-ago quarter" compares with
    if _DAY.match(value) or _YEAR_OR_MONTH.fullmatch(value):
        ctx.last_date = value[:10]
        ctx.last_date_end = timex.end
        if _DAY.match(value) and _STATED_YEAR.search(timex.text):
            ctx.stated_date, ctx.stated_end = value[:10], timex.end
        if (_DAY.match(value) or _MONTH.fullmatch(value)) and _STATED_YEAR.search(timex.text):
            ctx.stated_month, ctx.stated_month_end = value[:7], timex.end


def _completed(quarter: str, ctx: Context) -> bool:
    """True if the quarter ended before the DCT's quarter began (or there is no DCT)."""
    if ctx.dct is None:
        return True
    return (int(quarter[:4]), int(quarter[-1])) < (ctx.dct.year, quarter_of(ctx.dct))


_RESTAMP_WINDOW = 60  # how far before a date its stamp lead may stand
_RESTAMP_DAYS = 366  # how far before the page's day an item's stamp may be
_STAMP_TOKEN = re.compile(r"[^\s,]+")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?")


def restamp(ctx: Context, timex: Timex) -> None:
    """After an item's stamp ("updated : Sat Jul 30 2011 01:14:00"), count the relative dates that follow from the
    stamp's day: a page gathering earlier items (vocab.yaml restamp_leads) wrote each on its own day."""
    day = _stamp_day(ctx, timex)
    if day is None:
        return  # no stamp's day (most dates): nothing to restamp, whatever line the date stands in
    body_at = _line_stamp_body(ctx, timex.start)
    if body_at >= 0 and ctx.text[body_at:timex.start].strip():
        return  # "(11 p.m. Monday ET, 5 a.m. Tuesday in Libya)": the first clock is the writer's, the item's day
    if day is not None:
        if ctx.page_dct is None:
            ctx.page_dct = ctx.dct
        ctx.dct = day
        line_end = ctx.text.find("\n", timex.end)
        next_end = ctx.text.find("\n", line_end + 1) if line_end >= 0 else -1
        ctx.restamp_until = len(ctx.text) if line_end < 0 or next_end < 0 else next_end
        if body_at >= 0:
            # a live report's item runs on to the next item's stamp: every item there has its own
            ctx.restamp_until = max(ctx.restamp_until, _next_line_stamp(ctx, timex.end))


def end_restamp(ctx: Context, start: int) -> None:
    """Past the stamped item (its stamp's line and the line after it: a teaser and its sentence), the page's own
    day anchors again: the page's next lines may be other items with no stamp of their own."""
    if ctx.page_dct is not None and start > ctx.restamp_until:
        ctx.dct, ctx.page_dct = ctx.page_dct, None


def _stamp_day(ctx: Context, timex: Timex) -> dt.date | None:
    """The day of a date that an item's stamp lead stands just before (a full date with its year, or a weekday read
    as the nearest one), if it is on or before the page's day (or the day after: time zones)."""
    if ctx.dct is None or timex.type not in ("DATE", "TIME") or not _DAY_VALUE.match(timex.value):
        return None
    if not re.search(r"\d{4}", timex.text) and not any(_is_weekday_name(w, ctx) for w in _STAMP_TOKEN.findall(
            timex.text.lower())):
        return None
    try:
        day = dt.date.fromisoformat(timex.value[:10])
        if (day - ctx.dct).days > 1 or (ctx.dct - day).days > _RESTAMP_DAYS:
            return None
    except ValueError:
        return None
    return day if _after_stamp_lead(ctx, timex.start) else None


def _after_stamp_lead(ctx: Context, start: int) -> bool:
    """A stamp lead ("updated :") stands just before `start`, with at most clock times, weekday names and
    vocab.yaml restamp_fillers between."""
    before = ctx.text[max(0, start - _RESTAMP_WINDOW): start].lower()
    lead_end = max((before.rfind(lead) + len(lead) if before.rfind(lead) >= 0 else -1
                    for lead in ctx.tables.restamp_leads), default=-1)
    if lead_end < 0:
        return _after_line_stamp_opener(ctx, start)
    between = _STAMP_TOKEN.findall(before[lead_end:].replace("-", " "))
    fillers = ctx.tables.restamp_fillers
    return all(w in fillers or _CLOCK.fullmatch(w) or _is_weekday_name(w, ctx) for w in between)


_LINE_STAMP_CLOCK = re.compile(r"[ \t]*(?:\d{1,2}(?:[:.]\d{2})?[ \t]?[ap]\.?m\b|noon\b|midnight\b)", re.IGNORECASE)
_STAMP_NUMBER = re.compile(r"\d{1,2}")


def live_stamp_starts(text: str, tables: Tables) -> tuple[int, ...]:
    """Where the lines a live report's item stamps open begin (a bracket, vocab.yaml line_stamp_openers, then a clock
    time): the event stage reads an item under one as told on its stamp's day (events.__init__._told_done)."""
    starts = []
    at = 0
    while at <= len(text):
        opened = text[at: at + _RESTAMP_WINDOW].lstrip()
        opener = next((o for o in tables.line_stamp_openers if opened.startswith(o)), None)
        if opener is not None and _LINE_STAMP_CLOCK.match(opened, len(opener)):
            starts.append(at)
        nl = text.find("\n", at)
        if nl < 0:
            break
        at = nl + 1
    return tuple(starts)


def _next_line_stamp(ctx: Context, start: int) -> int:
    """Where the next line opened by a bracketed clock-time stamp begins after `start` (the text's end if none)."""
    at = ctx.text.find("\n", start)
    while at >= 0:
        opened = ctx.text[at + 1: at + 1 + _RESTAMP_WINDOW].lstrip()
        opener = next((o for o in ctx.tables.line_stamp_openers if opened.startswith(o)), None)
        if opener is not None and _LINE_STAMP_CLOCK.match(opened, len(opener)):
            return at
        at = ctx.text.find("\n", at + 1)
    return len(ctx.text)


def _after_line_stamp_opener(ctx: Context, start: int) -> bool:
    """A live report's item stamp: its line opens with a bracket (vocab.yaml line_stamp_openers) and a clock time
    ("(8:59 p.m. Monday ET, 2:59 a.m. Tuesday in Libya)"), and only the stamp's own words stand between that bracket
    and `start` (clock times, weekdays, vocab.yaml line_stamp_words and restamp_fillers)."""
    return _line_stamp_body(ctx, start) >= 0


def _line_stamp_body(ctx: Context, start: int) -> int:
    """Where the stamp's words begin after its line's opening bracket, if `start` stands in such a stamp; else -1."""
    reach = max(0, start - _RESTAMP_WINDOW)
    line_start = ctx.text.rfind("\n", reach, start) + 1
    if line_start == 0 and reach > 0:
        return -1  # no line opens within reach: no stamp (and no scan back over a long line)
    line = ctx.text[line_start:start]
    opened = line.lstrip()
    opener = next((o for o in ctx.tables.line_stamp_openers if opened.startswith(o)), None)
    if opener is None:
        return -1
    body_at = line_start + len(line) - len(opened) + len(opener)
    if not _LINE_STAMP_CLOCK.match(ctx.text, body_at):
        return -1
    words = ctx.tables.line_stamp_words
    fillers = ctx.tables.restamp_fillers
    if all(w in words or w in fillers or _CLOCK.fullmatch(w) or _STAMP_NUMBER.fullmatch(w)
           or _is_weekday_name(w, ctx) for w in _STAMP_TOKEN.findall(ctx.text[body_at:start].lower())):
        return body_at
    return -1


def _nearest_weekday(day: dt.date, wd: int) -> dt.date:
    """The weekday `wd` nearest to `day` (the day itself if it is one; ties go back)."""
    try:
        back = weekday_on_or_before(day, wd)
    except OverflowError:  # the calendar's first days
        return weekday_on_or_after(day, wd)
    try:
        ahead = weekday_on_or_after(day, wd)
    except OverflowError:  # its last days
        return back
    return back if day - back <= ahead - day else ahead


def _is_weekday_name(word: str, ctx: Context) -> bool:
    """A weekday's name or its three-letter abbreviation ("Sat")."""
    return word.rstrip(".") in ctx.tables.weekday_words
