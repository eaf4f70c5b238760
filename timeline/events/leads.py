"""An offset of hours or days dated by the sentence(s) just before it, which the event's quote then carries.

"Two days earlier, he met an envoy of Gaddafi" gives no day by itself, and an event dated from a day told sentences
before is one the reader of its quote cannot check (events.yaml sentence_anchor_units). When the sentence just before
tells that day ("Late on Wednesday, the foreign minister met officials from the rebels' council."), the two sentences
together give it: the event keeps the tagger's date and its source carries that sentence as its `lead` (shown before
the quote). The rules (dating.yaml `lead_anchor`) are as strict as the three-sentence window they replace, or
stricter: the sentence right before (or the two before, for an offset of days), in the same paragraph, read as prose;
the last date told before the offset is in them, a day written as a day (no holiday, no offset counted from another);
the offset opens its sentence or the sentence's subject continues the lead's; no topic break ("Meanwhile, ...")
opens the sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from timeline.events.dating import is_clock_only, table
from timeline.events.lexicon import words_of
from timeline.events.subjects import opening_subject
from timeline.events.titles import event_keys
from timeline.events.triggers import is_sub_day_offset, tells_a_day
from timeline.model import Sentence, Timex


@dataclass(frozen=True, slots=True)
class LeadRules:
    anchor_rules: frozenset[str]  # the tagger rules whose dates write a day out
    openers: frozenset[str]  # words that may stand before a fronted offset ("But two days later")
    opener_words: int
    subject_pronouns: frozenset[str]
    head_ends: frozenset[str]  # words that close a subject's head ("Senior managers | from Transocean")
    topic_breaks: tuple[tuple[str, ...], ...]
    max_days: int
    sentences: int  # how many sentences back the day may be told (an offset of hours: the one just before)


@cache
def lead_rules() -> LeadRules:
    t = table()["lead_anchor"]  # type: ignore[index]
    return LeadRules(
        anchor_rules=frozenset(str(w) for w in t["anchor_rules"]),
        openers=frozenset(str(w) for w in t["openers"]),
        opener_words=int(t["opener_words"]),
        subject_pronouns=frozenset(str(w) for w in t["subject_pronouns"]),
        head_ends=frozenset(str(w) for w in t["head_ends"]),
        topic_breaks=tuple(tuple(str(p).lower().split()) for p in t["topic_breaks"]),
        max_days=int(t["max_days"]),
        sentences=int(t["sentences"]),
    )


# a paragraph break: a line break, then an empty line
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*+\n")


def lead_sentences(body: str, sentences: Sequence[Sentence], read: Sequence[bool], index: int) -> list[Sentence]:
    """The sentences just before sentences[index] (at most `sentences` of them, in order) that may lead it: read as
    prose and in its paragraph (no empty line between, no page chrome the reader skipped)."""
    found: list[Sentence] = []
    at = index
    while at > 0 and len(found) < lead_rules().sentences and read[at - 1] \
            and not _PARAGRAPH_BREAK.search(body, sentences[at - 1].end, sentences[at].start):
        at -= 1
        found.insert(0, sentences[at])
    return found


def anchored_by_lead(sentence: Sentence, timex: Timex, leads: Sequence[Sentence], earlier: Sequence[Timex],
                     day: str) -> str:
    """The lead of the offset `timex` (an offset of hours or days with no date before it in its sentence, dated
    `day`): the sentences before it (of `leads`, lead_sentences) from the one that tells the day it counts from, or
    "" when none does. The last calendar date told before the sentence (`earlier`) must stand in them (for an offset of
    hours, in the sentence just before: hours count from a moment, which a sentence between may have moved), write a
    day out and lie within `max_days` of the offset's day, and be the one day the lead tells ("told CNN Wednesday
    that he resigned Monday. ... But the same day": which day?); the sentence must go on with the lead's story
    (fronted_offset, continues_subject)."""
    told = [t for t in earlier if _calendar_day(t)]
    if not leads or not told or len(day) != 10 or opens_topic(sentence.text):
        return ""
    anchor = told[-1]
    clock = is_clock_only(timex)
    reach = leads[-1:] if is_sub_day_offset(timex) else leads
    first = next((i for i, s in enumerate(reach) if s.start <= anchor.start < s.end), None)
    if first is None or not writes_a_day(anchor):
        return ""
    start, end = reach[first].start, reach[-1].end
    if len({_calendar_day(t) for t in told if start <= t.start < end and len(_calendar_day(t)) == 10
            and not is_clock_only(t)}) > 1:  # a clock alone tells no day ("at 3 o'clock ... on the 20th")
        return ""  # two days told: the offset may count from either
    if abs((_as_date(day) - _as_date(_calendar_day(anchor))).days) > lead_rules().max_days:
        return ""
    lead = " ".join(s.text for s in reach[first:])
    # a clock time counts from no other moment, only its day: the lead's one day is its day, whoever acts
    return lead if clock or fronted_offset(sentence, timex) or continues_subject(sentence.text, lead) else ""


def writes_a_day(timex: Timex) -> bool:
    """ "Wednesday", "20 April", "3am on 5 May", "today": a date that writes its day out (dating.yaml lead_anchor
    anchor_rules); not "Good Friday" (a holiday's day is the year's, which the quote may not give), not a clock alone,
    not an offset counted from yet another day."""
    return timex.rule in lead_rules().anchor_rules and tells_a_day(timex, _calendar_day(timex)) \
        and not is_clock_only(timex)


def fronted_offset(sentence: Sentence, timex: Timex) -> bool:
    """ "Two days earlier, he met ...", "But a day later, NTC fighters ...": the offset opens the sentence (after at
    most `opener_words` of `openers`) and so dates its main clause, told as the next step of the story before."""
    before = words_of(sentence.text[: max(0, timex.start - sentence.start)])
    rules = lead_rules()
    return len(before) <= rules.opener_words and all(w in rules.openers for w in before)


def continues_subject(text: str, lead: str) -> bool:
    """ "Paramedics were called to Jackson's home on 25 June 2009. He was pronounced dead two hours later": the
    sentence's subject is a pronoun (`subject_pronouns`) or its head (up to a comma or one of `head_ends`) names what
    the lead sentence names ("Ahead of Sunday's meeting ... The meeting followed claims a day earlier"), so the offset
    counts within the lead's story."""
    rules = lead_rules()
    words = words_of(opening_subject(text, through_reports=False).split(",", 1)[0])
    if not words:
        return False
    if words[0] in rules.subject_pronouns:
        return True
    head = words[: next((i for i, w in enumerate(words) if w in rules.head_ends), len(words))]
    return bool(set(event_keys(" ".join(head))) & set(event_keys(lead)))


def opens_topic(text: str) -> bool:
    """ "Meanwhile, ...", "In the east, ...": the sentence opens another thread of the report (`topic_breaks`)."""
    words = words_of(text)
    return any(tuple(words[: len(p)]) == p for p in lead_rules().topic_breaks)


def _calendar_day(timex: Timex) -> str:
    """The calendar part of a DATE or TIME value ("2016-04-06T19:00" -> "2016-04-06"); "" for other values."""
    if timex.type not in ("DATE", "TIME"):
        return ""
    value = timex.value.split("T", 1)[0]
    return value if len(value) >= 4 and value[:4].isdigit() else ""


def _as_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return dt.date.min
