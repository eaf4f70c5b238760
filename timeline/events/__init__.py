"""Turn one article into the events it reports: a pure function of the article.

For each sentence that reads as prose, every temporal expression with a calendar value
(2016-03-27, 2016-02, 2015 mod END, 2015-Q4, ...) is an event candidate. The clause around the
date must describe something that happened or will happen (a past-tense or future verb, a
gerund after "after"/"before", or an event noun such as "ceasefire" or "talks"); durations, sets,
states of affairs ("isn't difficult today") and stamps ("Updated on April 7, 2016") are left out.
A prose sentence that reports an action but carries no date becomes an undated mention
(`Event.date == ""`), which the merge stage may attach to the same event dated elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from timeline.dates import span
from timeline.events.clauses import MIN_KEY_CLAUSE_WORDS, clause_span, find_ranges, find_subject, relative_main_verb, \
    opening_participle_title, opening_passive_title, other_date_participle, with_absolute_title, preposed_clause_end, trailing_participle_title
from timeline.events.dating import is_apposition_date, is_named_date  # dates28: a date in a name or a description
from timeline.events.dating import is_law_name_date  # dates38: "the ... Development Act of 1999"
from timeline.events.dating import (dates_a_noun_under_present, follows_a_fronted_date, is_object_participle_date, parenthetical_noun_date, anchor_window_start, bounded_offset_mod, day_pairs, period_pairs, counts_from_an_event_day, present_subject_verb_at,
                                    names_an_occasion,
                                    subject_date_before_dated_verb,
                                    fronted_complement, is_clock_only, is_habitual_time, is_modal_complement_date,
                                    is_past_under_perfect, is_perfect_after_finished_past, participle_report_title,
                                    is_coordinate_report_date,
                                    is_inner_relative_date, is_reduced_relative_date, is_relative_clause_date, is_reported_period,
                                    is_noun_participle_date,
                                    event_noun_phrase_after_verb, is_state_clause_date, is_state_start,
                                    noun_event_title_words, noun_of_another_event, coming_date_after_past_clause,
                                    is_span_end, counts_from_the_date, is_future_bound, since_clause_verb,
                                    is_attributive_bound, is_deadline_date, is_target_date,
                                    since_phrase_end, since_phrase_start, opens_noun_phrase,
                                    tells_outside_since_phrase,
                                    qualifies_a_noun_after_verb, is_anniversary_object_date,
                                    dates_a_later_event, is_untold_reported_past, reported_event_title, subordinate_clause_start,
                                    told_clause_date,
                                    week_of_offset, dates_report_of_earlier_act, dated_conjunct_title, is_report_dated_before, reported_main_clause_end, reported_act_day,
                                    in_untitled_relative_aside, when_clause_after,
                                    reported_clause_title, tells_own_time_before_report,
                                    eve_day, since_start_mod, is_participle_since_date, by_bound_mod)
from timeline.events.dating import offset_conjunct_title
from timeline.events.leads import anchored_by_lead, lead_sentences
from timeline.events.later_names import named_by_next_speakers
from timeline.events.indefinites import with_indefinite_first_mention
from timeline.events.kind_names import name_kind_description
from timeline.events.lexicon import URL, WORD, event_classes, finite_words, is_past, lexicon, rules as events_rules, words_of
from timeline.events.polish import in_past_present_act, in_past_progressive, in_simple_past_of_progressive, polished, printed
from timeline.events.verbless import (opening_noun_event_title, reduced_relative_title, relative_fragment_title,
                                      verbless_fallback)
from timeline.events.seams import with_mended_seams
from timeline.events.garbled import ungarbled
from timeline.events.readings import SentenceReadings
from timeline.merge.bare_towns import article_towns, bare_town, wants_town
from timeline.events.surnames import (ArticleNames, article_names, name_numeral_one, name_person_role, name_shared_surname,
                                      person_forms, name_bare_surname, familiar_surname_forms, named_surname_forms)
from timeline.events.subjects import (as_businesses, business_names, chain_subject, group_number_sentences,
                                      name_apposed_subject, name_by_introduction, name_by_named_head, name_by_same_head, name_clause_pronoun, name_definite, name_epithet,
                                      name_compound_head, name_head_by_complement, name_definite_event, name_definite_place, name_place_noun, name_demonstrative_event, name_demonstrative_place, name_said_noun, name_journey, name_introduced_demonstrative, name_apposed_role, name_counted_head, name_general_noun, name_elaborated_demonstrative, name_with_clause, name_final_apposition,
                                      name_described_head, name_organisation_reference, name_country_reference,
                                      name_kind_reference, name_company_staff,
                                      name_role_by_first_use, name_inner_possessive, name_company_epithet, name_inner_roles,
                                      name_institutions, name_qualified_roles, name_main_person_epithet,
                                      lone_person_openers, name_lone_person_pronoun, name_number_group, name_object_pronoun,
                                      name_possessive_by_previous, name_role,
                                      name_there,
                                      names_in, opening_subject, own_sentence_pronoun, pronoun_class,
                                      resolve_framed_pronoun, resolve_pronoun, role_mentions, subject_for)
from timeline.events.subjects import name_fronted_group_pronoun  # pronouns9
from timeline.events.subjects import name_company_pronoun  # companies1
from timeline.events.subjects import name_office_holder
from timeline.events.subjects import name_by_opening_before, name_reported_pronoun  # pronouns10
from timeline.events.subjects import name_by_pronoun_chain
from timeline.events.subjects import name_cut_antecedent
from timeline.events.subjects import name_far_thing_pronoun  # pronouns13
from timeline.events.subjects import (name_aged_person, name_apposed_speaker, name_described_subject, name_event_by_compound,  # definites8
                                      name_introduced_compound)
from timeline.events.subjects import name_by_kind  # kinds1
from timeline.events.subjects import name_by_fuller_mention, name_described_by_fuller_mention, name_same_referent
from timeline.events.tense import present_perfect_past, simple_past
from timeline.events.main_clauses import gerund_clause_main, gerund_under_future, harm_main_clause_start, main_clause_title, present_report_title, predicate_after_relative, verbless_opening_main
from timeline.events.titles import joins_awaiting_subject  # objects1
from timeline.events.titles import (asks_who, aside_title, background_title, before_reversal, cut_mid_phrase, event_keys, fuller_title, is_bare_frame,
                                    onset_when_span, date_qualifies_object,
                                    garbled_join, is_bare_report, is_closing_report, is_incomplete, make_title, named_before_party_tag,
                                    restored_passive, states_nothing, opens_bare_infinitive, gapped_complement,
                                    noun_relative_predicate, opening_phrase_title, participle_title, when_title, place_relative_title,
                                    placed_title, where_placed_title,
                                    dash_aside_relative_title, object_relative_title, fronted_participle_title,
                                    whose_title, without_closing_speaker, without_page_crumb, act_not_reaction,
                                    told_before_speaker)
from timeline.events.triggers import (comments_start, counts_from_another_event, dates_only_the_report, day_mod,
                                      first_trigger, follows_report, is_aside_date, is_attributive,
                                      is_broadcast_listing, is_caption_date, is_context_date, is_denied,
                                      is_family_history_page, is_in_conversion_aside, is_listing_page,
                                      is_market_move, is_measure, is_name_date, is_page_notice, is_page_stamp_date,
                                      is_period_figure, is_plan_date, is_possible_event, is_prose, is_question,
                                      is_quoted_speech_date, is_reader_call, is_share_statistic, is_stamp,
                                      is_unfulfilled_plan, not_news_kind, qualifies_by_from, quotes_a_view,
                                      shows_a_document, speaks_in_first_person,
                                      speculates, tells_a_day, tells_future_in_period, tells_future_of_past,
                                      tells_own_story, tells_plan_of_page_day, tells_plan_of_past, tells_present_of_past,
                                      is_told_as_plan, tells_nowadays, tells_span_before_day, tells_state_since,
                                      words_outside_names)
from timeline.events.triggers import hedged_date_kind, tells_copula_of_past  # nonevents27
from timeline.model import Article, Event, Sentence, Source, Timex
from timeline.tagger import tag
from timeline.tagger.anchor import follows_small_hours_lead, live_stamp_starts
from timeline.tagger.rules import tables as tagger_tables
from timeline.text import analyse
from timeline.text.chronology import opens_item
from timeline.text.clauses import event_clause_break
from timeline.text.quotes import is_open_at

__all__ = ["calendar_date", "event_classes", "extract", "is_prose"]


def calendar_date(timex: Timex) -> str:
    """The calendar part of a DATE/TIME value ("2016-04-06T19:00" -> "2016-04-06"), or "" if it has none.

    Decades and centuries ("199", "19") are calendar values too, but too coarse to place an event."""
    if timex.type not in ("DATE", "TIME"):
        return ""
    value = timex.value.split("T", 1)[0]
    if len(value) < 4 or not value[:4].isdigit() or span(value) is None:
        return ""
    return value


@dataclass(frozen=True, eq=False)
class _Readings:
    """What the article's earlier sentences tell a title that looks back (the arguments of _sentence_events)."""
    history: Sequence[str] = ()
    names: Sequence[str] = ()
    mentions: Sequence[tuple[str, str]] = ()
    speakers: Sequence[str] = ()
    previous: str = ""
    texts: Sequence[str] = ()
    adjacent: str = ""  # the prose sentence right before, read or not (name_demonstrative_event)

    def resolved(self, title: str) -> str:
        """The title with the pronoun it opens with put as the article names its owner (subjects.resolve_pronoun)."""
        return resolve_pronoun(title, self.history, self.names, self.speakers, self.texts)

    def named(self, title: str, sentence: str) -> str:
        """The title with its roles, epithets and descriptions named where the article names them (_named)."""
        return _named(title, sentence, self.history, self.names, self.mentions, self.previous, self.texts,
                      self.speakers, self.adjacent)

    def owner_namer(self, sentence: str) -> Callable[[str], str]:
        """How an event noun's owner is named: a pronoun, role or epithet named where the article names it."""
        return lambda title: self.named(self.resolved(title), sentence)


@dataclass(frozen=True, eq=False)
class _SentenceDates:
    """The calendar dates of one sentence and what each does there; the sets hold the dates' ids."""
    dated: list[Timex]  # the dates with a day to count from, in order
    range_ends: dict[int, Timex]  # a range's or day pair's first date (by index) -> its last
    closing: set[int]  # the last dates of ranges (cut out with their first), dates of a dated verb's subject noun
    noun_phrase_ends: dict[int, int]  # a date in the noun phrase a present-tense clause opens with -> the phrase's end
    context: set[int]  # dates that are part of their clause, not dates of its event
    spans: list[tuple[int, int]]  # the other dates' stretches (within the sentence), a clause stops at
    placing_nothing: set[int]  # dates that place no event
    owners: set[int]  # dates whose own clause holds a trigger
    published: int | None  # the publication day
    led: dict[int, str]  # offsets dated from the day a sentence just before tells -> those sentences (leads)

    def is_set_aside(self, timex: Timex) -> bool:
        """Whether the date dates no clause of its own: a range's end, a context date or one placing nothing."""
        return id(timex) in self.closing or id(timex) in self.context or id(timex) in self.placing_nothing


@dataclass(frozen=True, eq=False)
class _DateClause:
    """The clause a date dates: sentence.text[start:end]; offsets within the sentence unless told otherwise."""
    whole: Timex  # the date, a range whole
    at: tuple[int, int]  # where the whole date stands in the sentence
    others: list[tuple[int, int]]  # the sentence's other dates, outside this one
    start: int
    end: int
    text: str
    cut: tuple[int, int]  # where the date stands within the clause
    inside: list[tuple[int, int]]  # the other dates within the clause, as offsets within it


@dataclass(frozen=True)
class _Draft:
    """A date's title as it is being made, with the trigger it tells and what its keys are read from."""
    title: str
    trigger: str
    subject: str = ""  # the subject found before the clause, read into the keys
    main_end: int = 0  # > 0: the end of the reported main clause the title tells (and the keys are read from)
    framed: bool = False  # the main clause a frame around the date times (main_clauses): no side clause's title


def _sentence_events(article: Article, sentence: Sentence, timexes: Sequence[Timex],
                     history: Sequence[str] = (), names: Sequence[str] = (),
                     earlier: Sequence[Timex] = (), *, breaks: Sequence[tuple[int, int]],
                     marks: Sequence[int], mentions: Sequence[tuple[str, str]] = (),
                     speakers: Sequence[str] = (), previous: str = "", texts: Sequence[str] = (),
                     leads: Sequence[Sentence] = (), adjacent: str = "") -> Iterable[Event]:
    """The events of one sentence; `history` holds the subjects of the article's earlier sentences and `names` the
    full names it has used, for a title that opens with a pronoun; `earlier` the dates told in the sentences just before it (dating.yaml offset_anchor_sentences);
    `breaks` its clause breaks and `marks` its quotation marks (from the text analysis); `mentions` the names the
    article used so far with the roles it bound them to, for a title that opens with "The <role>"; `speakers` the
    subjects of the earlier sentences' main clauses, for a pronoun that reports ("It also claimed"); `previous` the
    article's sentence before, for an epithet ("The mercurial leader") or a number ("The four") it names; `texts` the
    earlier sentences whose subjects `history` holds, for a name further back (subjects.antecedent); `leads` the sentences
    just before that may tell the day an offset counts from (leads.lead_sentences); `adjacent` the prose sentence right
    before, read or not (a reporter's own "I recalled a later speech by ..."), for "this speech" to point back to."""
    if _tells_no_events(sentence, timexes):
        return
    readings = _Readings(history, names, mentions, speakers, previous, texts, adjacent or previous)
    dates = _sentence_dates(article, sentence, timexes, earlier, breaks, marks, leads)
    for i in range(len(dates.dated)):
        found = _date_events(article, sentence, dates, i, readings, breaks)
        lead = dates.led.get(id(dates.dated[i]), "")
        if lead:  # the quote shows the day the offset counts from
            found = (replace(e, source=replace(e.source, lead=lead)) for e in found)
        yield from found
    if not dates.dated:
        yield from _undated_event(article, sentence, readings)


def _tells_no_events(sentence: Sentence, timexes: Sequence[Timex]) -> bool:
    """A sentence with no event at all: a dated stamp, a question, a broadcast listing, a page notice, a call to
    readers."""
    stamped = any(calendar_date(t) for t in timexes) and is_stamp(sentence, timexes)
    return stamped or is_question(sentence.text) or is_broadcast_listing(sentence.text) \
        or is_page_notice(sentence.text) or is_reader_call(sentence.text)


def _sentence_dates(article: Article, sentence: Sentence, timexes: Sequence[Timex], earlier: Sequence[Timex],
                    breaks: Sequence[tuple[int, int]], marks: Sequence[int],
                    leads: Sequence[Sentence] = ()) -> _SentenceDates:
    """The sentence's calendar dates with a day to count from, and what each does in it."""
    calendar = [t for t in timexes if calendar_date(t)]
    # an offset with no day in its sentence, dated by the sentence just before (which its quote then carries)
    led = {id(t): lead for t in calendar if (counts_from_another_event(sentence, t, calendar, False)
                                            or _clock_alone(t, calendar))
           and (lead := anchored_by_lead(sentence, t, leads, earlier, calendar_date(t)))}
    dated = _dates_with_a_day(article, sentence, calendar, earlier, marks, set(led))
    range_ends = find_ranges(sentence, dated) | day_pairs(sentence, dated) | period_pairs(sentence, dated)
    closing = {id(t) for t in range_ends.values()}
    # a date in the noun phrase a present-tense clause opens with dates that noun's event only (the noun phrase is its
    # title): for the rest of the sentence it is part of the clause, like a context date
    noun_phrase_ends = {id(t): at for t in dated if (at := present_subject_verb_at(sentence, t)) > 0}
    context = {id(t) for t in dated if is_context_date(sentence, t) or id(t) in noun_phrase_ends
               or names_an_occasion(t, dated)}
    spans = [(t.start - sentence.start, range_ends.get(i, t).end - sentence.start) for i, t in enumerate(dated)
             if id(t) not in context and id(t) not in closing]  # a range ("1991-1995") is cut out whole
    # "The death of the commander on July 28 played a role in the ouster Monday": the noun's date, cut out of the
    # clause the verb's own date dates
    subject_ends = {id(t): at for t in dated if (at := subject_date_before_dated_verb(sentence, t, dated)) > 0}
    noun_phrase_ends |= subject_ends
    closing |= set(subject_ends)
    told_on = span((article.published or "")[:10])  # the publication day, for plans told by then
    published = told_on[0] if told_on else None
    placing_nothing = _dates_placing_nothing(article, sentence, dated, range_ends, marks, published)
    owners = _dates_with_own_trigger(sentence, dated, closing | context | placing_nothing, spans, breaks)
    return _SentenceDates(dated, range_ends, closing, noun_phrase_ends, context, spans, placing_nothing, owners,
                          published, led)


def _dates_with_a_day(article: Article, sentence: Sentence, dated: list[Timex], earlier: Sequence[Timex],
                      marks: Sequence[int], led: set[int] = frozenset()) -> list[Timex]:  # type: ignore[assignment]
    """The calendar dates that have a day to count from: not an offset from an untold day (unless the sentence
    just before tells it: `led`), not a clock time whose day is one that does not stay ("a little after noon on the
    same day")."""
    day_told = _day_told_before(article, earlier)
    dated = [t for t in dated if id(t) in led
             or not counts_from_another_event(sentence, t, dated, day_told)]  # from an untold day
    return [t for t in dated if (id(t) in led or not _clock_without_day(sentence, t, dated, day_told))
            and not _quoted_clock_without_day(sentence, t, dated, marks, article.published or "")]


def _day_told_before(article: Article, earlier: Sequence[Timex]) -> bool:
    """Whether the sentences just before told a day: an offset counts from the last date told before it, and one
    from a bare clock time ("By 21.49 ...") that the tagger put on the publication day has no day of its own."""
    told = [t for t in earlier if calendar_date(t)]
    return bool(told) and (tells_a_day(told[-1], calendar_date(told[-1]))
                           or calendar_date(told[-1])[:10] != (article.published or "")[:10])


def _dates_placing_nothing(article: Article, sentence: Sentence, dated: Sequence[Timex],
                           range_ends: dict[int, Timex], marks: Sequence[int], published: int | None) -> set[int]:
    """The ids of the dates that place no event: a dateline's date, a name's weekday, a caption's date, ...; a span
    ("between 2004 and 2008", "on Saturday and Sunday") has no one date."""
    return {id(t) for i, t in enumerate(dated)
            if _dates_nothing(article, sentence, t, marks, published) or is_reported_period(sentence, t)
            or counts_from_an_event_day(sentence, t) or is_habitual_time(sentence, t)
            or i in range_ends
            or qualifies_by_from(sentence, t)}


def _date_events(article: Article, sentence: Sentence, dates: _SentenceDates, i: int, readings: _Readings,
                 breaks: Sequence[tuple[int, int]]) -> Iterable[Event]:
    """The events the sentence's i-th date dates: the noun phrase it stands in, then its clause's event."""
    timex = dates.dated[i]
    if id(timex) in dates.noun_phrase_ends and id(timex) not in dates.placing_nothing:
        yield from _noun_phrase_event(article, sentence, timex, dates.noun_phrase_ends[id(timex)])
    if dates.is_set_aside(timex) or _verb_belongs_to_another_date(sentence, timex, dates.dated, dates.owners) \
            or follows_a_fronted_date(sentence, timex, dates.dated) \
            or reported_act_day(sentence, timex, dates.dated) is not None:  # "confirmed Monday that ... fired on Sunday"
        return
    # "... confirmed Monday that Libyan forces fired a Scud missile on Sunday": Sunday is the reported act's day
    reported = i > 0 and reported_act_day(sentence, dates.dated[i - 1], dates.dated) is timex
    clause = _date_clause(sentence, dates, i, breaks)
    trigger = _clause_trigger(sentence, clause.text, clause.cut, clause.whole, borrow=not dates.owners - {id(timex)})
    if not trigger or _tells_no_event(sentence, timex, trigger) \
            or not reported and _qualifies_a_noun(sentence, dates.dated, i, dates.owners):
        return
    # an event told done in the small hours of the page's next day ("early Monday promised") is no plan ahead of it
    told_on = _told_on(dates.published, sentence, timex, clause.text, trigger, _under_live_stamp(article, sentence))
    noun_phrase = _dated_noun_phrase(sentence, timex, trigger, clause.start, told_on)
    if noun_phrase is not None:  # "charged ... over the star's death in June 2009": the death's, not the charge's
        if noun_phrase[0] != noun_phrase[1]:  # "to reverse his decision last March": no title to give the decision
            yield from _event_noun_event(article, sentence, timex, clause.whole, noun_phrase,
                                         readings.owner_namer(sentence.text))
        return
    days = span(calendar_date(timex))
    # the reported act's day (reported_act_day): its clause opens with a past verb, which the day dates; the report's
    # own day before it is no relative clause's nor a state's
    if not reported and _clause_dates_no_event(sentence, timex, trigger, clause, days, told_on, breaks):
        return
    draft = _draft_title(sentence, clause, trigger, readings)
    if draft is not None:  # "At least five people died when forces shelled the town on Monday": the deaths lead
        draft = _harm_main_draft(draft, sentence, clause, readings)
    if draft is not None:
        draft = _subordinate_clause_draft(draft, sentence, timex, clause, breaks)
    if draft is None:
        return
    since = _since_phrase(sentence, clause.whole)
    if since is not None:
        found = _since_noun_events(article, sentence, timex, clause, since, readings)
        if found:  # "since a NATO missile attack on Saturday on a house": the attack's
            yield from found
            return
        draft = _since_phrase_draft(draft, sentence, clause, since, readings)
    if draft is None:
        return
    draft = _when_clause_draft(draft, sentence, clause, readings)
    if draft is None:
        return
    draft = _finished_draft(_fronted_complement_draft(draft, sentence, clause, breaks, readings), sentence, timex,
                            clause, days, told_on, readings)
    if draft is not None and reported:  # the act's day: the reported clause, not the report
        draft = replace(draft, title=reported_clause_title(draft.title) or draft.title)
    if draft is not None:  # "Rebels took the town and troops shelled the port on Monday": the shelling's day only
        draft = _dated_conjunct_draft(draft, sentence, timex, clause.others)
    if draft is not None:  # "She went to hospital on 8 April but died five days later": the going only
        draft = _offset_conjunct_draft(draft, sentence, timex)
    if draft is not None:
        yield _clause_event(article, sentence, timex, clause, draft, breaks)


def _dated_conjunct_draft(draft: _Draft, sentence: Sentence, timex: Timex, others: Sequence[tuple[int, int]]) -> _Draft:
    """The draft cut to the one of its two joined clauses that the date stands in (dating.dated_conjunct_title)."""
    title = dated_conjunct_title(draft.title, sentence, timex, others)
    if not title or not first_trigger(words_of(title)):
        return draft
    whole = draft.title.split(" ")
    if draft.title.startswith(title) and joins_awaiting_subject(whole, len(title.split(" "))):
        return draft  # "believed the two British tourists | and their guide had been taken": one subject (objects1)
    return replace(draft, title=title, trigger=first_trigger(words_of(title)))


def _offset_conjunct_draft(draft: _Draft, sentence: Sentence, timex: Timex) -> _Draft:
    """The draft cut before a second verb that tells a time of its own counted from the first
    (dating.offset_conjunct_title)."""
    title = offset_conjunct_title(draft.title, sentence, timex)
    if not title or not first_trigger(words_of(title)):
        return draft
    if joins_awaiting_subject(draft.title.split(" "), len(title.split(" "))):
        return draft  # "the two British tourists | and their guide were freed days later": one subject
    return replace(draft, title=title, trigger=first_trigger(words_of(title)))


def _date_clause(sentence: Sentence, dates: _SentenceDates, i: int, breaks: Sequence[tuple[int, int]]) -> _DateClause:
    """The clause the sentence's i-th date (a range whole) dates, bounded by the other dates and clause breaks;
    after a report it reaches left ("officials said on Sunday the rebels ...")."""
    timex = dates.dated[i]
    last = dates.range_ends.get(i, timex)
    whole = Timex(timex.start, last.end, sentence.text[timex.start - sentence.start: last.end - sentence.start],
                  timex.type, timex.value, timex.mod)
    at = (whole.start - sentence.start, whole.end - sentence.start)
    others = [span for span in dates.spans if span[0] >= at[1] or span[1] <= timex.start - sentence.start]
    reported = follows_report(words_of(sentence.text[: timex.start - sentence.start]))
    start, end = clause_span(sentence, whole, others, prefer_left=reported, breaks=breaks)
    end = _through_relative_list(sentence.text, start, end, at, others)
    cut = (at[0] - start, at[1] - start)
    inside = [(a - start, b - start) for a, b in others if start <= a and b <= end]
    return _DateClause(whole, at, others, start, end, sentence.text[start:end], cut, inside)


LIST_ITEM_WORDS = 5  # "apartment buildings and telecommunications networks": how long one item of the list may be
_RELATIVE_PRONOUN = re.compile(r"\s(?:who|which)\s")  # (not "that": as often a reported clause's "said that")


def _relative_list(text: str, date_end: int, end: int) -> tuple[int, int, int] | None:
    """ "[In March], the legions of foreign workers who had been contracted to build railroads, | airports, apartment
    buildings and telecommunications networks began fleeing ...": a clause that a comma ended (at `end`) inside a
    list of nouns its relative clause (who, which, after the date at `date_end`) holds, with the main verb
    after the list: (where the relative pronoun stands, where the main verb stands, where the main verb's phrase
    ends: the next comma or the sentence's end); None when it is not so. Every item is a few words with no verb, the
    last comes after "and", and a past or finite verb follows it."""
    if text[end:end + 1] != ",":
        return None
    relative = _RELATIVE_PRONOUN.search(text, date_end, end)
    if relative is None or "," in text[relative.end():end]:
        return None
    words = list(re.finditer(r"\S++", text[end + 1:]))
    item, joined = 0, False
    for match in words:
        raw = match.group()
        word = raw.lower().strip(",;:.\"“”()")
        if not word:
            return None
        if joined and item > 0 and (is_past(word) or word in finite_words()):
            verb = end + 1 + match.start()
            stop = text.find(",", verb)
            return relative.start(), verb, len(text.rstrip(" .")) if stop < 0 else stop
        if is_past(word) or word in finite_words() or raw.endswith((";", ":", ".")) or item >= LIST_ITEM_WORDS \
                or raw.endswith(",") and joined:
            return None
        if word == "and" and not joined:
            joined, item = True, 0
            continue
        item = 0 if raw.endswith(",") else item + 1
    return None


def _through_relative_list(text: str, start: int, end: int, at: tuple[int, int],
                           others: Sequence[tuple[int, int]]) -> int:
    """The date's clause end, through a list its relative clause holds to the main verb after it (_relative_list),
    which the clause would else lose ("The legions of foreign workers who had been contracted to build railroads");
    `end` unchanged when it is not so or another date stands past it."""
    found = _relative_list(text, at[1], end) if start <= at[0] else None
    if found is None or any(a >= end for a, _ in others):
        return end
    return found[2]


def _without_relative_list(text: str, cut: tuple[int, int]) -> str:
    """The clause without the relative clause and its list that _through_relative_list ran through: "the legions of
    foreign workers | began fleeing the rapidly escalating conflict" (the relative told what they had done before);
    the text unchanged when there is none."""
    relative = _RELATIVE_PRONOUN.search(text, cut[1])
    comma = text.find(",", relative.end()) if relative else -1
    found = _relative_list(text, cut[1], comma) if comma > 0 else None
    if found is None or found[2] != len(text.rstrip(" .")):
        return text
    return text[:found[0]] + " " + text[found[1]:]


def _dated_noun_phrase(sentence: Sentence, timex: Timex, trigger: str, clause_start: int,
                       published: int | None) -> tuple[int, int] | None:
    """The event noun phrase the date dates instead of its clause's verb (dating.event_noun_phrase_after_verb,
    dating.noun_of_another_event), or None."""
    return event_noun_phrase_after_verb(sentence, timex, trigger, clause_start, published) \
        or noun_of_another_event(sentence, timex, trigger, clause_start, published) \
        or parenthetical_noun_date(sentence, timex, trigger, clause_start)


def _clause_dates_no_event(sentence: Sentence, timex: Timex, trigger: str, clause: _DateClause,
                           days: tuple[int, int] | None, published: int | None,
                           breaks: Sequence[tuple[int, int]]) -> bool:
    """Whether the date belongs to another clause or a state, or dates a plan that did not come to be."""
    if _dates_another_clause(sentence, timex, trigger, clause.start, published) \
            or is_state_clause_date(sentence, timex, trigger, breaks):
        return True
    told_before = words_of(sentence.text[:clause.start])  # "was sworn in as president this evening and will serve"
    return days is not None and is_unfulfilled_plan(words_outside_names(clause.text), trigger, days[0], published,
                                                    told_before)


def _draft_title(sentence: Sentence, clause: _DateClause, trigger: str, readings: _Readings) -> _Draft | None:
    """The first title of a date's event: the reported main clause's, or the date's clause's with its subject; None
    when the main clause tells no event or denies it."""
    main_end = reported_main_clause_end(sentence, clause.whole, clause.start)
    if main_end > 0:  # "Three died when they tried to ..., the ministry said Sunday": the main clause's day
        title = readings.resolved(make_title(sentence.text[:main_end], None))
        trigger = first_trigger(words_of(title)) if title else ""
        if not trigger or is_denied(words_of(title)):
            return None
        return _Draft(title, trigger, "", main_end)
    framed = _framed_main_title(sentence, clause, readings)
    if framed:
        return _Draft(framed, first_trigger(words_of(framed)) or trigger, "", main_end, framed=True)
    subject, title = _subject_clause_title(sentence, clause)
    title = _shaped_title(sentence, clause, readings.history, readings.names) \
        or readings.resolved(subject_for(title, sentence.text, clause.start, readings.names))
    if gerund_under_future(sentence.text, title):
        return None  # "He is expected to impose controls, following up the announcement with a visit": a plan
    # "In her ground-breaking 1980 book ..., Merchant reminded readers ...": not the phrase's noun but its main clause
    main = verbless_opening_main(sentence.text, *clause.at, title, tuple(clause.others)) \
        or predicate_after_relative(sentence.text, title, tuple(clause.others)) \
        or gerund_clause_main(sentence.text, title, tuple(clause.others), clause.at)
    made = readings.resolved(make_title(main, None)) if main else ""
    if made:
        return _Draft(made, first_trigger(words_of(made)) or trigger, "", main_end)
    # "In 2000, he opened a practice, expanding with a clinic in 2006": 2006 is the expanding's, not the opening's
    inner = other_date_participle(title, sentence.text, clause.start, clause.at, clause.others)
    if inner:
        return _Draft(inner, first_trigger(words_of(inner)) or trigger, subject, main_end)
    return _Draft(title, trigger, subject, main_end)


def _framed_main_title(sentence: Sentence, clause: _DateClause, readings: _Readings) -> str:
    """ "On February 27, a few days after X, Sarkozy fired ...": the title of the main clause a frame around the date
    times (main_clauses.main_clause_title), its pronoun named; "" when there is none or its pronoun stays unnamed."""
    main = main_clause_title(sentence.text, *clause.at)
    made = make_title(main, None) if main else ""
    title = resolve_pronoun(made, readings.history, readings.names) if made else ""
    # the pronoun named, the rest as it was (not "He said that X" -> "X": what was said told as fact)
    kept = title and not pronoun_class(title.split(" ", 1)[0]) and title.endswith(made.split(" ", 1)[-1])
    return title if kept else ""


KEPT_RELATIVE_WORDS = 8  # "who attacked the embassy": a relative short enough to keep before its main predicate


def _subject_clause_title(sentence: Sentence, clause: _DateClause) -> tuple[str, str]:
    """The subject found for the date's clause and the title of the two; a clause that is a piece of a longer one
    without a subject of its own is titled from the sentence's start."""
    start, cut, text, inside = clause.start, clause.cut, clause.text, clause.inside
    if asks_who(sentence.text, start, text):  # "it was not clear | who fired the shots [on Saturday]": no doer told
        return "", ""
    second = _predicate_after_noun(text, cut) if start > 0 else -1
    if second > 0:  # "emerged | after [today's] meeting and | said that ...": the second predicate, its subject put back
        return "", make_title(text[second:], None)
    subject, drop = find_subject(sentence.text, start, text)
    main = relative_main_verb(text, drop, cut[0]) if subject and drop and words_of(text[:drop]) == ["who"] else -1
    if main > 0:  # "Libyan forces | who have launched an assault ... | were still meeting resistance [on Sunday]": a
        # long relative goes, a short one stays whole ("The men who attacked the embassy were arrested")
        drop = main if len(text[:main].split()) > KEPT_RELATIVE_WORDS else 0
    if drop:
        text = text[: preposed_clause_end(text, cut[1])]
        inside = [(a, b) for a, b in inside if b <= len(text)]
    shift = len(subject) - drop
    if not any(a >= cut[1] for a, _ in inside):  # (after the date, no other date after it: the offsets stay)
        text = _without_relative_list(text, cut)
    title = make_title(subject + text[drop:], (cut[0] + shift, cut[1] + shift),
                       [(a + shift, b + shift) for a, b in inside if a >= drop])
    closing = not subject and start > 0 and is_closing_report(title)  # "X, the administration confirmed today"
    if closing and any(b <= start and _dates_opening(sentence.text[:a]) for a, b in clause.others):
        # "Last year BP dismissed the risk, a report released by the commission said yesterday": what was said has a
        # date of its own (its own entry); the report's date dates no event of it
        return subject, ""
    if not subject and (_opens_mid_clause(sentence.text, start, cut, clause.others) or closing):
        # "..., southwest of the capital on Sunday and also hit Sirte": the clause is a piece of a longer one;
        # the title runs from the sentence's start (shorten() then drops what trails the event)
        title = make_title(sentence.text[:clause.end], clause.at,
                           [(a, b) for a, b in clause.others if b <= clause.end]) or title
    elif title:
        def titled(tail: str) -> str:
            return make_title(subject + text[drop:] + tail, (cut[0] + shift, cut[1] + shift),
                              [(a + shift, b + shift) for a, b in inside if a >= drop])
        title = _with_reacted_act(sentence.text[clause.end:], title, titled) \
            or _flourish_occasion(sentence.text[clause.end:], title) \
            or _with_closing_teller(sentence.text[clause.end:], title, titled)
    return subject, title


_AS_CLAUSE = re.compile(r"\A,?+\s*+as\s++(?=\S)", re.IGNORECASE)


def _flourish_occasion(tail: str, title: str) -> str:
    """The "as" clause that tells the event a flourish only greets ("Celebrities came rushing to the rescue | as the
    Larry King Live Show turned itself over to two hours of fundraising": events.yaml title_flourish_predicates, a
    predicate that says nothing of what was done); "" for any other title or tail."""
    low = " " + " ".join(words_of(title.lower())) + " "
    opened = _AS_CLAUSE.match(tail)
    if opened is None or not any(low.endswith(f" {p} ") for p in events_rules()["title_flourish_predicates"]):
        return ""
    told = make_title(tail[opened.end():], None)
    return told if _first_verb_at(told) > 0 else ""


def _first_verb_at(title: str) -> int:
    """Where the first past or finite verb of a title stands (-1: none; 0: the title opens with it, no subject)."""
    return next((k for k, w in enumerate(words_of(title.lower())) if is_past(w) or w in finite_words()), -1)


_WHEN_PRONOUN = re.compile(r"\A,?+\s*+when\s++(?:he|she|they|it)\b", re.IGNORECASE)


def _with_reacted_act(tail: str, title: str, titled: Callable[[str], str]) -> str:
    """The act the date's clause reacts to, when the sentence goes on with its "when" clause ("Obama angered many
    Democrats in March | when he announced a plan" -> "Obama announced a plan": titles.act_not_reaction); "" when
    the clause is no reaction or its act is not told."""
    if not _WHEN_PRONOUN.match(tail) or act_not_reaction(title.split()) != title.split():
        return ""
    probe = title.split()
    verb = next((k for k, w in enumerate(probe) if w.lower() in events_rules()["title_reaction_verbs"]), -1)
    if verb < 1:
        return ""
    fuller = titled(tail.rstrip())
    return fuller if fuller.split()[:verb] == probe[:verb] and fuller.split()[verb:verb + 1] != probe[verb:verb + 1] \
        else ""


def _with_closing_teller(tail: str, title: str, titled: Callable[[str], str]) -> str:
    """The title with the speaker that closes the sentence after the date's clause, when the title keeps that speaker
    for a claim (titles.kept_report: "A command-and-control center was hit near Tripoli, NATO said in a news
    release": the clause ends before ", NATO said", yet without it the strike reads as the writer's fact); `titled`
    titles the clause run on with `tail`. The title as it was when the speaker would add more than itself."""
    speaker = tail.strip(" ,.")
    if not tail.startswith(",") or not speaker or not is_closing_report(speaker[:1].upper() + speaker[1:]) \
            or pronoun_class(title.split(" ", 1)[0]):  # (a pronoun is named from the title as it was)
        return title
    fuller = titled(tail.rstrip())
    return fuller if fuller != title and without_closing_speaker(fuller) == title else title


def _dates_opening(before: str) -> bool:
    """Whether a date stands before the first verb of what a closing report told ("Twelve months ago BP dismissed",
    "Last year, BP dismissed"): it dates that clause; one after its verb may date an object or a clause of its own
    ("its well that ruptured in April", "will not run for re-election four years from now")."""
    return not any(is_past(w) or w in finite_words() for w in words_of(before))


def _shaped_title(sentence: Sentence, clause: _DateClause, history: Sequence[str], names: Sequence[str]) -> str:
    """The title the sentence's shape gives the date's event (timeline.events.titles, clauses): a "when" clause, an
    aside, a "whose" clause, a participle clause, a passive or phrase that opens the sentence, a background clause;
    "" when none does."""
    text, start, end, at, others = sentence.text, clause.start, clause.end, clause.at, clause.others
    return resolve_pronoun(place_relative_title(text, at[0], at[1]), history, names) \
        or dash_aside_relative_title(text, at[0], at[1]) \
        or object_relative_title(text, at[0], at[1]) \
        or fronted_participle_title(text, at[0], at[1]) \
        or when_title(text, at[0], at[1], history, names) \
        or aside_title(text, start, end) \
        or whose_title(text, start, end, at) \
        or trailing_participle_title(text, start, end, at) \
        or with_absolute_title(text, start, end, at) \
        or opening_participle_title(text, at, others) \
        or opening_passive_title(text, at) \
        or opening_phrase_title(text, start, end, at, others) \
        or background_title(text, start, end, [d for d in others if d[1] <= start]) \
        or participle_title(text, start, end, at, others)


def _harm_main_draft(draft: _Draft, sentence: Sentence, clause: _DateClause, readings: _Readings) -> _Draft:
    """ "At least five people died when Gaddafi forces shelled a residential area of Misrata late on Monday": a date
    in a "when"/"as" clause after a main clause telling a harm to its named subject dates the harm too, and the title
    leads with it, the clause kept as its circumstance (main_clauses.harm_main_clause_start)."""
    if draft.main_end > 0 or draft.framed:
        return draft
    start = harm_main_clause_start(sentence.text, clause.start)
    if start < 0:
        return draft
    made = make_title(sentence.text[start:clause.end], (clause.at[0] - start, clause.at[1] - start))
    title = readings.resolved(made) if made else ""
    trigger = first_trigger(words_of(title)) if title else ""
    if not trigger or pronoun_class(title.split(" ", 1)[0]):
        return draft
    return replace(draft, title=title, trigger=trigger, framed=True)


def _subordinate_clause_draft(draft: _Draft, sentence: Sentence, timex: Timex, clause: _DateClause,
                              breaks: Sequence[tuple[int, int]]) -> _Draft | None:
    """ "... said ... when he died in June 2009": a date that ends a subordinate clause is the death's, not the
    statement's: the clause's own title when it names its subject; None when the title tells another event."""
    own = subordinate_clause_start(sentence, timex)
    if own < 0 or draft.framed:  # ("... when trading began today": the clause it only times is no event of its own)
        return draft
    clause_end = _clause_end(sentence, clause.whole, breaks)
    named = _subordinate_title(sentence, clause.whole, own, clause_end)
    if not named and _tells_another_event(draft.title, sentence.text, own, clause_end):
        return None  # a pronoun's clause, and the title tells the report or runs past the clause: no event
    title = named or draft.title  # "Dr Murray traveled in the ambulance after he collapsed": kept
    return replace(draft, title=title, trigger=first_trigger(words_of(title)) or draft.trigger)


def _since_phrase(sentence: Sentence, whole: Timex) -> tuple[int, int] | None:
    """Where the "since" phrase the date stands in starts and ends in the sentence, or None."""
    since_at = since_phrase_start(sentence, whole)
    return (since_at, since_phrase_end(sentence, whole, since_at)) if since_at >= 0 else None


def _since_noun_events(article: Article, sentence: Sentence, timex: Timex, clause: _DateClause,
                       since: tuple[int, int], readings: _Readings) -> list[Event]:
    """The event of the noun phrase a verbless "since" phrase opens with its date or a noun ("since a NATO missile
    attack on Saturday on a house": the attack), if it names one."""
    since_at, since_end = since
    if since_clause_verb(sentence.text[since_at: clause.at[0]]):
        return []
    if clause.at[0] != since_at and not opens_noun_phrase(sentence.text[since_at:since_end]):
        return []
    return list(_event_noun_event(article, sentence, timex, clause.whole, since, readings.owner_namer(sentence.text)))


def _since_phrase_draft(draft: _Draft, sentence: Sentence, clause: _DateClause, since: tuple[int, int],
                        readings: _Readings) -> _Draft | None:
    """ "A 40% fall ... since the rig blew up on 20 April leaves BP ...": the date is the blow-up's, titled by the
    phrase's clause; None when the phrase has no title or the title tells the main clause, not the phrase's event."""
    since_at, since_end = since
    if not since_clause_verb(sentence.text[since_at: clause.at[0]]):
        if tells_outside_since_phrase(draft.title, sentence, since_at, since_end):
            return None  # the title tells the main clause, not the event the date is the phrase's
        return draft
    date_at = (clause.at[0] - since_at, clause.at[1] - since_at)
    title = readings.resolved(make_title(sentence.text[since_at:since_end], date_at))
    if not title:
        return None
    return replace(draft, title=title, trigger=first_trigger(words_of(title)) or draft.trigger)


def _when_clause_draft(draft: _Draft, sentence: Sentence, clause: _DateClause, readings: _Readings) -> _Draft | None:
    """ "... a red-carpet welcome in Paris in 2007, when Libya's leader planted his tent ...": when the date's trigger
    stands only in the "when" clause right after the date (dating.when_clause_after), that clause is the date's
    event and its title; None when it makes none."""
    when = when_clause_after(sentence, clause.whole)
    # "a process which began [in February] when Obama declared ...": a title that tells only that its noun began
    # gives way to the "when" clause that tells what began it (titles.onset_when_span)
    onset = onset_when_span(draft.title, sentence.text, clause.whole.end - sentence.start) if when is None else None
    if onset is not None:
        when = onset
    elif when is None or draft.trigger in words_of(draft.title) \
            or draft.trigger not in words_of(sentence.text[when[0]:when[1]]):
        return draft
    # "The BP boss says ... was in mid-April, when he was informed ...": "he" named by its own sentence's subject
    title = make_title(sentence.text[when[0]:when[1]], None)
    opener = title.split(" ", 1)[0]
    if pronoun_class(opener) and opener not in _PERSON_OPENERS:
        return None  # "Bartlit said BP did not have ... before 19 April, when it ordered": "it" is no one the
        # sentence's subject names (a firm, not the speaker): no title a reader can place
    title = readings.resolved(own_sentence_pronoun(title, sentence.text, readings.names))
    if title and pronoun_class(title.split(" ", 1)[0]):
        return None  # a pronoun nothing names: no title a reader can place
    return replace(draft, title=title) if title else None


_PERSON_OPENERS = frozenset({"He", "She"})


def _fronted_complement_draft(draft: _Draft, sentence: Sentence, clause: _DateClause,
                              breaks: Sequence[tuple[int, int]], readings: _Readings) -> _Draft:
    """ "he testified that over three days in April 2009, Jackson received ...": the fronted complement's event,
    not the testimony."""
    fronted = fronted_complement(sentence, clause.whole, breaks)
    if fronted[0] < 0:
        return draft
    fronted_title = own_sentence_pronoun(make_title(sentence.text[fronted[0]:fronted[1]], None), sentence.text,
                                         readings.names)
    title = readings.resolved(fronted_title)
    return replace(draft, title=title, trigger=first_trigger(words_of(title)) or draft.trigger)


def _finished_draft(draft: _Draft, sentence: Sentence, timex: Timex, clause: _DateClause,
                    days: tuple[int, int] | None, published: int | None, readings: _Readings) -> _Draft | None:
    """The title completed, named and put in the tense and report of its date; None when it then tells no event of
    that date."""
    title = _completed_title(draft.title, sentence, clause, readings, day=len(calendar_date(timex)) == len("2011-03-03"))
    # "X said Y sounded desperate in June 2009" (told in 2011): the date is what was reported, not the telling
    told_first = sentence.text[: clause.at[0]]
    if is_untold_reported_past(title, calendar_date(timex), published, told_first):
        return None  # "The prosecution alleged that ... caused the star's death in June 2009": no report of 2009
    title = reported_event_title(title, calendar_date(timex), published, told_first) or title
    title = present_report_title(title, told_first) or title  # "X says Y happened on Monday": Y's day, not the saying's
    title = participle_report_title(title, sentence, timex) or title  # "..., saying warplanes flew ... Monday"
    if is_report_dated_before(title, sentence, timex, clause.others):
        title = reported_clause_title(title)  # "August 30 - The NTC says ... were killed on August 27": the killing
        if not title:
            return None  # "they are almost certain that ...": no clause of the act to title
    told = words_of(without_closing_speaker(title))  # "..., Libyan state television said": what it told
    if dates_report_of_earlier_act(sentence, timex, told, first_trigger(told)):
        return None  # "ministers who had defected ..., state television said on Wednesday": the report's day
    if tells_own_time_before_report(sentence, timex, words_of(told_before_speaker(title))):
        return None  # "... were used over the weekend, Gortney said on Monday": the saying's day is not the act's
    told_title = told_clause_date(title, sentence, timex, calendar_date(timex), published)
    if told_title == "":
        return None  # "A spokesman said ... its presence at the air show in 2009 was ...": 2009 is not the saying's
    title = told_title or title  # "The minister said he met Gaddafi in 2009" -> "The minister met Gaddafi"
    if not title or _title_tells_no_event(title, sentence, timex, days, published) \
            or in_untitled_relative_aside(sentence, timex, title):  # ", who have been battling since mid-February"
        return None
    title = present_perfect_past(title, sentence.text, clause.at[0])  # "has been turned" -> "was"
    return replace(draft, title=title)


def _completed_title(title: str, sentence: Sentence, clause: _DateClause, readings: _Readings, day: bool = False) -> str:
    """The title with what a cut lost put back, page crumbs dropped, its people named and a dated line's tense
    made simple. `day`: the date names a day, so a noun phrase with no verb that it dates ("the participants in
    Thursday's talks") is part of the clause that tells that day's event ("... urged Libya to allow access"); a
    year's noun ("the 1991 Gulf War") is often only the background of a later clause, and stays."""
    # "An army sergeant detained", "With 13 rebels reported dead": the passive's dropped "was" put back
    title = restored_passive(title, sentence.text) or title
    if title and is_incomplete(title):  # "One cable recorded": a cut lost the object; keep more of the sentence
        fuller = fuller_title(title, sentence.text, clause.at, clause.others, (clause.start, clause.end))
        if not fuller and cut_mid_phrase(title, that_clause=False):
            return ""  # "1999 and agreed", "release between $1 billion": a fragment that lost its point titles nothing
        title = readings.resolved(fuller) if fuller else title
    elif title and opens_bare_infinitive(title, sentence.text):
        # "Protect civilians during the civil war": the purpose's "to" cut; the clause it hangs on states the event
        fuller = fuller_title(title, sentence.text, clause.at, clause.others, (clause.start, clause.end), stating=True)
        title = readings.resolved(fuller) if fuller else title
    elif day and title and states_nothing(title) and not _follows_sequence_word(sentence.text, clause.start):
        # "The participants in talks": the clause's verb states it
        fuller = fuller_title(title, sentence.text, clause.at, clause.others, (clause.start, clause.end), stating=True)
        title = readings.resolved(fuller) if fuller else title
    # "About 3,000 crossed" (", and about 3,000 crossed on Saturday" after "1,800 people crossed from Libya to
    # Tunisia"): the parallel clause's complement
    title = gapped_complement(title, sentence.text[:clause.start]) or title
    title = without_page_crumb(title, sentence.text)  # "co. uk Engineers will begin ..."
    title = named_before_party_tag(title, sentence.text)  # "R-Ohio said" -> "Boehner said"
    # a dated line, dated by its own clause: "had traveled Saturday" -> "traveled"
    return simple_past(readings.named(title, sentence.text), sentence.text, clause.at[0])


def _follows_sequence_word(sentence: str, clause_start: int) -> bool:
    """Whether the date's clause opens with a word that orders its noun phrase against another act (events.yaml
    title_sequence_words: "issued a statement | after Saturday's vote"): the noun's event is not the clause's, so the
    clause is no title for the noun's day."""
    first = sentence[clause_start:].split(None, 1)[:1]
    return bool(first) and first[0].lower().strip(",") in _sequence_words()


@cache
def _sequence_words() -> frozenset[str]:
    return frozenset(str(w) for w in events_rules()["title_sequence_words"])


def _clause_event(article: Article, sentence: Sentence, timex: Timex, clause: _DateClause, draft: _Draft,
                  breaks: Sequence[tuple[int, int]]) -> Event:
    """The event of a date's clause, titled by the draft."""
    key_text = _key_text(sentence, clause, draft, breaks)
    source = Source(article.id, sentence.text, clause.whole.text, published=article.published,
                    chronology=opens_item(sentence.text, clause.whole.text),
                    told_done=_told_done(sentence, timex, draft.title, draft.trigger,
                                         _under_live_stamp(article, sentence)))
    date = calendar_date(timex)
    mod = bounded_offset_mod(timex) or day_mod(timex, date) or since_start_mod(sentence, timex, draft.title) \
        or by_bound_mod(sentence, timex, article.published or "")
    eve = eve_day(sentence, timex)  # "accelerated on the eve of a meeting on Tuesday": Monday
    return Event(article=article.id, date=eve or week_of_offset(timex, date) or date,
                 mod="" if eve else mod, title=draft.title, source=source,
                 keys=event_keys(key_text), trigger=draft.trigger, classes=_classes(key_text))


def _told_done(sentence: Sentence, timex: Timex, title: str, trigger: str, stamped: bool = False) -> bool:
    """Whether the sentence tells its event as done by the small hours of the day after its page's (Source.told_done):
    its date follows a small-hours lead ("early Monday promised reforms", which the tagger puts on the page's next
    day: pages are dated hours behind the places they report) and its verb tells no plan ("will meet early Monday").
    A past verb alone does not: "vowed to hit the streets again Sunday", "prepared to go to court tomorrow" date a
    plan (the five topics: 0 of 7 such next-day dates told an event done by then). An item of a live report under
    its own stamp (`stamped`, _under_live_stamp) is told on the stamp's day, which may be the page's next day: "(4:42
    p.m. Monday ET ...) The Security Council has decided to not take action Monday" on a Sunday page."""
    if is_told_as_plan(words_of(title), trigger):
        return False
    before = sentence.text[: timex.start - sentence.start]
    return stamped or follows_small_hours_lead(before, tagger_tables())


def _under_live_stamp(article: Article, sentence: Sentence) -> bool:
    """Whether the sentence stands below a live report's item stamp (timeline.tagger.anchor.live_stamp_starts)."""
    starts = _live_stamps(article.body)
    return bool(starts) and starts[0] < sentence.start


@lru_cache(maxsize=4)
def _live_stamps(body: str) -> tuple[int, ...]:
    return live_stamp_starts(body, tagger_tables())


def _told_on(published: int | None, sentence: Sentence, timex: Timex, title: str, trigger: str,
             stamped: bool = False) -> int | None:
    """The day an event's telling counts from, for the checks that read a date after it as ahead of the telling (a
    plan, a coming date): the page's day, or the next day for an event told done in its small hours (_told_done)."""
    if published is None or not _told_done(sentence, timex, title, trigger, stamped):
        return published
    return published + 1


def _key_text(sentence: Sentence, clause: _DateClause, draft: _Draft, breaks: Sequence[tuple[int, int]]) -> str:
    """The text an event's keys are read from: the reported main clause the title tells, else the event's own
    clause, widened until it names enough to tell events apart (the rest of the sentence may tell of other
    things)."""
    if draft.main_end > 0:  # the reported main clause, not the subordinate clause the date closes
        return sentence.text[:draft.main_end]
    key_start, key_end = clause_span(sentence, clause.whole, clause.others, MIN_KEY_CLAUSE_WORDS, breaks=breaks)
    a, b = clause.at
    return draft.subject + sentence.text[key_start:a] + " " + sentence.text[b:key_end]


def _undated_event(article: Article, sentence: Sentence, readings: _Readings) -> Iterable[Event]:
    """The undated mention of a sentence with no date that reports a past action of someone named."""
    if not any(w[0].isupper() for w in WORD.findall(sentence.text)[1:]):
        return  # no name: no need to find the trigger
    trigger = first_trigger(words_of(sentence.text))
    if not (trigger and is_past(trigger)):
        return
    title = readings.resolved(make_title(sentence.text, None))
    if title and not (speaks_in_first_person(title) or is_bare_report(title) or not_news_kind(title, sentence.text)):
        told = before_reversal(title)  # a reversal ("but deferred ...") stays in the title, out of the keys
        yield Event(article=article.id, date="", mod="", title=title,
                    source=Source(article.id, sentence.text, "", published=article.published),
                    keys=event_keys(told), trigger=trigger, classes=_classes(told))


def _noun_phrase_event(article: Article, sentence: Sentence, timex: Timex, phrase_end: int) -> Iterable[Event]:
    """The event of a noun phrase that opens the sentence with its date ("The killing on Thursday of the top rebel
    commander"), titled by the phrase, when it names an event."""
    cut = (timex.start - sentence.start, timex.end - sentence.start)
    title = make_title(sentence.text[:phrase_end].rstrip(), cut, [])
    trigger = first_trigger(words_of(title)) if title else ""
    # a phrase whose sentence only says what its subject is ("The fighters in Saturday's attack are part of what some
    # have dubbed a Mad Max army") titles no event: the kinds of triggers.not_news_kind, as for a clause's title
    if not trigger or not_news_kind(title, sentence.text):
        return
    if not is_past(trigger) and len(title.split()) < noun_event_title_words():
        return  # "Sunday's attack was condemned on Tuesday" -> "The attack": nothing a reader can place
    source = Source(article.id, sentence.text, timex.text, published=article.published,
                    told_done=_told_done(sentence, timex, title, trigger, _under_live_stamp(article, sentence)))
    yield Event(article=article.id, date=calendar_date(timex), mod=day_mod(timex, calendar_date(timex)), title=title,
                source=source, keys=event_keys(title), trigger=trigger, classes=_classes(title))


def _named(title: str, sentence: str, history: Sequence[str], names: Sequence[str],
           mentions: Sequence[tuple[str, str]], previous: str, texts: Sequence[str], speakers: Sequence[str],
           adjacent: str = "") -> str:
    """The title with the role, epithet or description it opens with (and the roles inside it) named where the
    article names them (timeline.events.subjects; the arguments as _sentence_events has them)."""
    # "as it had suffered" -> "BP suffered": the named subject of the clause the pronoun's clause hangs on
    title = name_clause_pronoun(title, sentence, names)
    # "Since they were driven ..., Gadhafi's troops have been" -> "Gadhafi's troops were driven": the main subject
    title = name_fronted_group_pronoun(title, sentence, previous)
    # "Reports suggest he filed": the pronoun after a frame whose subject is no person
    title = resolve_framed_pronoun(title, sentence, history, names, speakers, texts)
    named = name_role(title, sentence, mentions, texts[0] if texts else "", texts)
    if named == title:  # "One of his sons, the London-educated Saif al-Islam, appeared": named in apposition
        named = name_apposed_subject(title, sentence)
    if named == title:  # "The mercurial leader", "The four": named by the sentence before
        named = name_number_group(name_epithet(title, previous, sentence, history, names, mentions),
                                  " ".join(texts[max(0, len(texts) - group_number_sentences()):]), sentence)
    if named == title:  # "The woman burst into", "The 26-year-old": named where the article names it
        named = name_by_same_head(name_definite(title, sentence, texts), sentence, texts)
    if named == title:  # "The woman was admitted": the article's own first description of her ("A 20-year-old ...")
        named = name_by_introduction(title, sentence, texts)
    if named == title:  # "The council held": the one council the article named before ("the National ... Council")
        named = name_by_named_head(title, sentence, texts)
    if named == title:  # "His songs topped": named by the one person the sentence before names
        named = name_possessive_by_previous(title, sentence, previous, mentions)
    named = name_object_pronoun(named, sentence, previous, mentions)  # "Dr Murray found him": named by the one before
    # "He turned up" after "... captured Saif al-Islam.", "from his army": the one person named before, in any slot
    named = name_lone_person_pronoun(named, sentence, previous, mentions, texts, names)
    named = name_qualified_roles(name_inner_roles(named, sentence, mentions), texts)  # "the Libyan leader"
    # "the toppled leader's wife", "the singer's death": the article's main person
    named = name_main_person_epithet(named, sentence, previous, texts, names, mentions)
    named = name_demonstrative_place(name_institutions(named, sentence, texts, mentions), sentence, mentions)
    named = name_definite_place(named, sentence, previous, texts, mentions)  # "the city": the one described city
    named = name_place_noun(named, sentence, previous, texts, mentions)  # "the area": the one place near (places4)
    named = name_definite_event(named, sentence, texts)  # "The trial": the one person the article gives a trial
    named = name_demonstrative_event(named, sentence, adjacent or previous)  # "that action": the lawsuit the sentence before tells
    named = name_said_noun(named, sentence, adjacent or previous)  # "this fear": the "fear that ..." said right before
    named = name_journey(named, sentence, adjacent or previous)  # "the visit": the one "fly to <Name>" right before
    named = name_introduced_demonstrative(named, sentence, adjacent or previous)  # "that soldier": "a soldier who ..."
    named = name_apposed_role(named, adjacent or previous)  # "The spokesman": "<Name>, a spokesman for ..." right before
    named = name_elaborated_demonstrative(named, sentence)  # "those sanctions": the ", freezing ..." that tells them
    named = name_with_clause(named, sentence)  # "The first changes were set": the ", with X proposing ..." clause
    named = name_final_apposition(named, sentence)  # "captured the other main stronghold": ", the town of Bani Walid"
    named = name_described_head(named, sentence, texts)  # "the independent school": the one name given a school
    named = name_compound_head(named, sentence, texts)  # "the process": the one compound made of it ("claims process")
    named = name_head_by_complement(named, sentence, texts)  # "the resolution": the one "resolution on <name>" before
    # after the article's own fuller forms of the same head (definites5): "the event" -> "the Cardiff event" first
    named = name_counted_head(named, sentence, texts)  # "the numbers": the one "numbers for <what>" just before
    named = name_general_noun(named, sentence, adjacent or previous)  # "the event": the one concert right before
    named = name_aged_person(named, sentence, adjacent or previous)  # "The man": the "21-year-old Canadian" right before
    named = name_apposed_speaker(named, sentence)  # "The diplomat said": "the diplomat, Ibrahim Dabbashi, told"
    named = name_described_subject(named, sentence)  # "Libya's third city rose up": "Misrata, Libya's third city, rose"
    named = name_introduced_compound(named, sentence, adjacent or previous)  # "That well": "a relief well" right before
    named = name_event_by_compound(named, sentence, adjacent or previous, texts)  # "the operation": "the Libyan operation"
    named = name_by_kind(named, sentence, texts)  # kinds1: "The gig": the one "planned tribute concert" right before
    named = name_organisation_reference(named, sentence, texts, mentions)  # "the company's": the one business near
    named = name_company_epithet(named, sentence, texts, mentions)  # "Britain's biggest oil company": the same
    named = name_company_staff(named, sentence, texts, mentions)  # "Company officials": the one business near
    named = name_company_pronoun(named, sentence, texts, mentions)  # companies1: "It became the first company"
    named = name_country_reference(named, sentence, previous, texts)  # "the country's": the one country near
    named = name_kind_reference(named, sentence, texts)  # "the alliance": the one alliance near (NATO)
    named = name_office_holder(named, sentence, texts)  # "The BP boss": the one chief executive the article names
    named = name_role_by_first_use(named, sentence, texts, mentions)  # "the singer's": whom the first "the singer" named
    # "from his home" -> "from Jackson's home", "resumed work there" -> "resumed work in Houston"
    named = name_there(name_inner_possessive(named, sentence, history, names, texts, speakers, mentions), sentence,
                       previous, mentions, texts)
    named = name_reported_pronoun(named, sentence, names)  # pronouns10: "France said on Monday it hoped" -> France
    named = name_by_opening_before(named, history, speakers, texts, names)  # pronouns10: "Salabi commands ... He"
    named = name_by_pronoun_chain(named, history, speakers, texts, names)  # pronouns12: "Rebels ... they ... Their"
    named = name_far_thing_pronoun(named, history, speakers, texts, names)  # pronouns13: "Niger ... Officials ... Its"
    # referents4: "The group" -> the one group set in apposition near ("the Pakistani Taliban, an ... organization"),
    # "The senator" -> the sentence before's subject when it is the one person there (events/kind_names.py)
    named = name_kind_description(named, sentence, previous, texts, mentions)
    # (a naming that left a join no clause has keeps the title as it came: "Misrata was the volunteers who took")
    return title if garbled_join(named, sentence) and not garbled_join(title, sentence) else named


def _event_noun_event(article: Article, sentence: Sentence, timex: Timex, whole: Timex, phrase: tuple[int, int],
                      name: Callable[[str], str]) -> Iterable[Event]:
    """The event of an event noun phrase that a date after its clause's verb dates instead of the verb
    (dating.event_noun_phrase_after_verb; sentence.text[phrase[0]:phrase[1]]), titled by the phrase as make_title
    tells an owner's event noun ("the star's death" -> "The star died"), its owner named by `name` where the article
    names it ("his death" -> "Jackson's death" -> "Jackson died"), so that the merge can join it to the noun's
    entry; none when the title names no event."""
    a, b = phrase
    at = (whole.start - sentence.start - a, whole.end - sentence.start - a)
    title = make_title(sentence.text[a:b], at if 0 <= at[0] and at[1] <= b - a else None)
    named = name(title) if title else ""
    if named != title:  # told again as the named owner's event
        title = make_title(named, None)
    trigger = first_trigger(words_of(title)) if title else ""
    if not trigger or not is_past(trigger) and (len(title.split()) < noun_event_title_words()
                                                  or pronoun_class(title.split(" ", 1)[0])):
        return  # "The operations", "A hearing", "His death" with no name for "his": nothing a reader can place
    source = Source(article.id, sentence.text, whole.text, published=article.published,
                    told_done=_told_done(sentence, timex, title, trigger, _under_live_stamp(article, sentence)))
    date = calendar_date(timex)
    # "the Buncefield explosion in 2005 | which caused hundreds of homes to be evacuated": what the relative tells of
    # the noun's event after its date makes the printed title a clause ("The Buncefield explosion caused ..."); the
    # keys, trigger and classes stay the noun phrase's (the merge reads the event as the noun tells it, and the
    # effects it caused are no happening of another entry to join)
    told = noun_relative_predicate(sentence.text, whole.end - sentence.start) if b <= whole.end - sentence.start \
        else ""
    printed = (make_title(title + " " + told, None) or title) if told and not pronoun_class(title.split(" ", 1)[0]) \
        else title
    yield Event(article=article.id, date=week_of_offset(timex, date) or date,
                mod=bounded_offset_mod(timex) or day_mod(timex, date), title=printed, source=source,
                keys=event_keys(title), trigger=trigger, classes=_classes(title))


def _dates_another_clause(sentence: Sentence, timex: Timex, trigger: str, clause_start: int,
                          published: int | None) -> bool:
    """A date that belongs to a noun, a relative clause, a lasting state or a finished past under a present perfect,
    not to the verb of its clause, or an event the verb prepares (timeline.events.dating): it dates no event of the
    main clause."""
    return qualifies_a_noun_after_verb(sentence, timex, trigger, clause_start, published) \
        or is_relative_clause_date(sentence, timex, trigger, clause_start) \
        or is_inner_relative_date(sentence, timex, trigger, clause_start) \
        or is_past_under_perfect(sentence, timex, trigger, clause_start, published) or is_state_start(sentence, timex, trigger) \
        or is_reduced_relative_date(sentence, timex, trigger) \
        or is_object_participle_date(sentence, timex, trigger, clause_start, published) \
        or is_noun_participle_date(sentence, timex, trigger) \
        or is_modal_complement_date(sentence, timex, trigger, clause_start) \
        or is_coordinate_report_date(sentence, timex, trigger, clause_start) \
        or dates_a_later_event(sentence, timex, trigger, clause_start) \
        or is_anniversary_object_date(sentence, timex, trigger, clause_start, published) \
        or is_span_end(sentence, timex, published) or counts_from_the_date(sentence, timex) \
        or is_future_bound(sentence, timex) or is_participle_since_date(sentence, timex, trigger)


def _clause_end(sentence: Sentence, whole: Timex, breaks: Sequence[tuple[int, int]]) -> int:
    """Where the clause that holds a date ends: the first clause break after it, or the sentence's end."""
    b = whole.end - sentence.start
    dash = _DASH.search(sentence.text, b)  # "who was with him when he collapsed last Thursday - had provided"
    return min([s for s, _ in breaks if s >= b] + ([dash.start()] if dash else []), default=len(sentence.text))


_DASH = re.compile(r" [-–—] ")


def _tells_another_event(title: str, sentence: str, start: int, end: int) -> bool:
    """Whether a title of a date that ends a subordinate clause (sentence[start:end]) tells another event than that
    clause's: it holds a reporting verb from before the clause ("Chernoff said ... when he died"; not "when he wrote
    in 1623") or words found only past the clause ("Dr Murray collapsed - had provided information"); a name put for
    a pronoun is neither."""
    words = set(words_of(title))
    own = set(words_of(sentence[start:end]))
    before = {w for w in words_of(sentence[:start]) if w in lexicon().reporting_verbs} - own
    past = set(words_of(sentence[end:])) - set(words_of(sentence[:end]))
    return bool(words & before) or bool(words & past)


def _subordinate_title(sentence: Sentence, whole: Timex, start: int, end: int) -> str:
    """The title of the subordinate clause that a date ends (dating.subordinate_clause_start), from `start` to
    `end`: "when Jackson died in June 2009" -> "Jackson died"; "" when its subject is a pronoun ("when he died":
    "he" may be the speaker as well as the one who died)."""
    a, b = whole.start - sentence.start, whole.end - sentence.start
    title = make_title(sentence.text[start:end], (a - start, b - start))
    return "" if not title or pronoun_class(title.split(" ", 1)[0]) else title


def _clock_without_day(sentence: Sentence, timex: Timex, dated: Sequence[Timex], day_told: bool) -> bool:
    """ "It had just gone 11am on the ninth floor of the courthouse": a clock time that no day of its sentence (no
    page stamp) ties to a day dates nothing: a day told sentences before is one the reader of the quote cannot check
    ("The decision, at around 1pm local time, sparked cheering"). The sentence just before may still tell it, the
    quote then carrying that sentence (leads.anchored_by_lead: "The Observer met him on Wednesday evening. His first
    meeting had taken place at 6am"). (`day_told` no longer decides: kept for the callers.)"""
    del day_told
    if not is_clock_only(timex):
        return False
    return not any(t is not timex and not is_clock_only(t) and not is_page_stamp_date(sentence, t) for t in dated)


def _clock_alone(timex: Timex, dated: Sequence[Timex]) -> bool:
    """ "at 6am", "around 1pm": a clock time with no day besides clock times in its sentence, whose day only the
    sentence just before may tell (leads.anchored_by_lead)."""
    return is_clock_only(timex) and all(is_clock_only(t) for t in dated if t is not timex)


def _quoted_clock_without_day(sentence: Sentence, timex: Timex, dated: Sequence[Timex], marks: Sequence[int],
                              published: str) -> bool:
    """ "“And four o'clock came and four o'clock went and he was still awake,” Dr Murray said": a clock time inside a
    direct quotation counts from the speaker's own story, which the quotation ties to no day when the sentence names
    none besides clock times: a day the text told before (a night's next morning) is not the quotation's, and the
    clock time dates nothing (dating.yaml offset_anchor_sentences). "“They shelled the brigades on Sunday at 1:00
    a.m.,” a spokesman said" keeps it, and so does a clock time put on the publication day ("“Police were called at
    approximately 5am,” he said" after "today": the speaker tells the day's news)."""
    if not is_clock_only(timex) or not is_open_at(sentence.text, marks, timex.start - sentence.start) \
            or calendar_date(timex)[:10] == published[:10]:
        return False
    return not any(t is not timex and not is_clock_only(t) and not is_page_stamp_date(sentence, t) for t in dated)


def _title_tells_no_event(title: str, sentence: Sentence, timex: Timex, days: tuple[int, int] | None,
                          published: int | None) -> bool:
    """A dated title that tells no event of its date: a first-person aside, a bare report, speculation, an unnewsy
    kind, a plan or a future or present state of a past date ("The commission will be similar to ... Challenger in
    1986", "Descendants of the 1918 pandemic are still infecting"), a year's figure ("Exxon made a profit of $40bn"
    in 2007)."""
    before = sentence.text[: timex.start - sentence.start]
    after = sentence.text[timex.end - sentence.start:][:60]
    if speaks_in_first_person(title) or is_bare_report(title) or is_bare_frame(title, sentence.text) \
            or _speculates(title) \
            or not_news_kind(title, sentence.text) or is_perfect_after_finished_past(sentence, timex, title, published) \
            or coming_date_after_past_clause(sentence, timex, title, published) \
            or is_period_figure(title, calendar_date(timex)) \
            or shows_a_document(title, sentence.text, timex.end - sentence.start) \
            or quotes_a_view(title, sentence.text, timex.start - sentence.start) \
            or tells_nowadays(sentence.text, timex.text, before) \
            or days is not None and dates_a_noun_under_present(title, sentence, timex, days[1], published) \
            or hedged_date_kind(sentence.text, timex.text, before) \
            or days is not None and not opens_item(sentence.text, timex.text) \
            and tells_copula_of_past(title, days[1], published):
        return True
    return days is not None and (tells_plan_of_past(title, sentence.text, days[1], published, before)
                                 or tells_plan_of_page_day(title, timex.text, days, published)
                                 or tells_future_of_past(title, days[1], published, before)
                                 or tells_present_of_past(title, days[1], published)
                                 or tells_span_before_day(title, before, days, published)
                                 or tells_state_since(title, before, days[1], published)
                                 or tells_future_in_period(title, calendar_date(timex), days, published, before, after))


def _speculates(title: str) -> bool:
    """A title that tells what may be (triggers.speculates), unless a report closes it: "Talks could collapse within
    days, the former foreign minister warned in a radio interview" tells the warning."""
    said = title.rsplit(",", 1)[1].strip() if "," in title else ""
    return speculates(title) and not (said and is_closing_report(said[:1].upper() + said[1:]))


def _classes(text: str) -> tuple[str, ...]:
    """The event classes the words of the text tell, sorted."""
    return tuple(sorted(event_classes(words_of(text))))


def _dates_nothing(article: Article, sentence: Sentence, timex: Timex, marks: Sequence[int],
                   published: int | None = None) -> bool:
    """A date that places no event: "today" inside a quotation (it counts from the speaking), the day of a GMT
    conversion aside, the date of the dateline the reader found ("INNSBRUCK, March 10 — ...") or of a page's "Last
    updated" stamp; a weekday in a name ("the Sunday Times"), a caption's date ("Lawyers for Dr Murray, shown in
    2010"), a date in an aside that tells no event ("Apollo 13 (the unsuccessful mission to the moon in 1970)"), and
    what a plan set for a day no later than its telling ("his planned July 2009 concerts", told in 2011); a year that
    qualifies a noun ("pre-1967 borders") and a deadline ("By Wednesday, they should have a machine on the beach")."""
    return is_quoted_speech_date(sentence, timex, marks) or is_in_conversion_aside(sentence, timex) \
        or _in_dateline(article, timex) or is_page_stamp_date(sentence, timex) \
        or is_name_date(sentence, timex) or is_caption_date(sentence, timex) or is_aside_date(sentence, timex) \
        or _is_past_plan(sentence, timex, published) or is_attributive_bound(sentence, timex) \
        or is_deadline_date(sentence, timex) or is_named_date(sentence, timex) or is_apposition_date(sentence, timex) \
        or is_target_date(sentence, timex, published) or is_law_name_date(sentence, timex)


def _in_dateline(article: Article, timex: Timex) -> bool:
    """Whether the date overlaps the article's dateline (Article.dateline, found by the reader)."""
    return article.dateline is not None and timex.start < article.dateline[1] and article.dateline[0] < timex.end


def _is_past_plan(sentence: Sentence, timex: Timex, published: int | None) -> bool:
    """A planned date no later than the article's day: what the plan's outcome was, the sentence does not tell
    there. A plan for a later day stays a planned event (timeline.salience.happened decides)."""
    days = span(calendar_date(timex))
    return published is not None and days is not None and days[0] <= published and is_plan_date(sentence, timex)


def _verb_belongs_to_another_date(sentence: Sentence, timex: Timex, dated: Sequence[Timex], owners: set[int]) -> bool:
    """ "certain claims from the 1984 Bhopal disaster were only settled this week": a date that qualifies a noun
    (after its determiner) shares its stretch of the clause with another date that has the verb: the verb is that
    date's."""
    if not is_attributive(sentence, timex):
        return False
    for other in dated:
        if other is timex or id(other) not in owners or is_attributive(sentence, other):
            continue
        between = sentence.text[min(timex.end, other.end) - sentence.start: max(timex.start, other.start) - sentence.start]
        if not event_clause_break().search(between):
            return True
    return False


def _opens_mid_clause(text: str, start: int, cut: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """Whether the date's clause (from `start`; the date at `cut` within it) is the tail of a longer clause: it
    opens, lower-case, with a preposition, adverb or participle ("southwest of the capital", "up from 60",
    "following a meeting") and no other date stands before it; not a coordinated clause with a subject of its own
    after its date (_coordinated_with_subject)."""
    date_at = cut[0]
    if start == 0 or any(a < start for a, _ in others) or _coordinated_with_subject(text[start:], cut):
        return False
    words = WORD.findall(text[start:start + date_at] if date_at > 0 else "")
    openers = lexicon().fragment_openers
    if words and _after_participle(text, start, words[0], date_at):
        return True  # "Hafle, testifying | before a panel on Friday ..., rejected": the participle's phrase
    if len(words) == 1 and date_qualifies_object(words, text[start + cut[0]:start + cut[1]], text[start + cut[1]:]):
        return True  # "when they marched | after [Friday] prayers to demand ...": the preposition's noun, no clause
    if words and words[0][:1].isdigit():  # "50 km southwest of the capital": a measure of distance or quantity
        return any(w in openers and w not in ("and", "or", "to") for w in words[1:4])
    return bool(words) and words[0][:1].islower() and words[0].lower() in openers


def _after_participle(text: str, start: int, opener: str, date_at: int) -> bool:
    """Whether a clause word that opens the clause at `start` is a preposition right after a participle in -ing or a
    verb of saying ("testifying | before a panel", "had said | after talks with Lavrov"; events.yaml
    participle_preposition_openers), not a conjunction."""
    before = text[:start].split()[-1:]
    low = before[0].lower() if before else ""
    if opener not in events_rules()["participle_preposition_openers"]:
        return False
    if len(low) > 5 and low.endswith("ing") and low.isalpha():
        # an aside's participle ("Hafle, | testifying before"), whose phrase has no verb of its own up to the date
        # (not "a ban on offshore drilling | after a judge overturned a pause on Tuesday": a clause of its own)
        aside = len(text[:start].split()) < 2 or text[:start].split()[-2].endswith(",")
        return aside and not any(is_past(w) or w in finite_words() for w in words_of(text[start:start + date_at]))
    # a verb of saying: only with a short speaker before it and no quotation set off by a colon after it (the title
    # would be the bare report: "Bouchard said [after Sunday's air attacks]: ...")
    return low in events_rules()["participle_preposition_reports"] and ":" not in text[start:] \
        and len(text[:start].split()) <= int(events_rules()["participle_preposition_speaker_words"]) + 1


PREDICATE_AFTER_NOUN_WORDS = 4  # "[today's] meeting | and said": how many words the dated noun may take


def _predicate_after_noun(clause: str, cut: tuple[int, int]) -> int:
    """Where a second predicate starts in a clause that opens, lower-case, with a preposition whose noun phrase holds
    the date ("after [today's] meeting and | said ..."): within PREDICATE_AFTER_NOUN_WORDS words of the date and no
    comma or verb, "and" and a past form follow; that predicate's subject stands before the clause (titled without
    it, "The meeting and said" runs a noun into a verb). -1 when the clause is not so."""
    opener = WORD.match(clause)
    if opener is None or opener.group() not in lexicon().opening_prepositions \
            or any(is_past(w) or w in finite_words() for w in words_of(clause[: cut[0]])):
        return -1
    at = cut[1]
    for k, found in enumerate(re.finditer(r"\S++", clause[cut[1]:])):
        word, low = found.group(), found.group().lower()
        if k == 0 and low in ("'s", "’s", "'", "’"):
            continue  # ("today | 's meeting": the date's possessive)
        if k > PREDICATE_AFTER_NOUN_WORDS or word.endswith((",", ";", ":")) or is_past(low) or low in finite_words():
            return -1
        if low == "and":
            following = clause[cut[1] + found.end():].split()[:1]
            ok = k > 0 and following and following[0][:1].islower() and is_past(following[0].lower().strip(",.;:"))
            return at + found.end() + 1 if ok else -1
    return -1


COORDINATED_SUBJECT_WORDS = 6  # "and | the last two Predators were": how far a coordinated clause's own verb may be
COORDINATED_DATE_WORDS = 3  # "and early on Friday": how many words the coordinator and the date's preposition take


def _coordinated_with_subject(clause: str, cut: tuple[int, int]) -> bool:
    """Whether a clause opened by a coordinator and its date ("..., and on Friday | another aid ship left Benghazi")
    goes on with a subject of its own (events.yaml coordinated_clause_rules): a clause of its own, not the tail of
    the clause before ("..., and on Friday hit Sirte"); its title does not take that clause in."""
    table = events_rules()["coordinated_clause_rules"]
    before = words_of(clause[: cut[0]])
    after = clause[cut[1]:].lstrip(" ,").split()[:2]
    if before and before[0] in table["coordinators"] and _subject_and_verb_before_date(clause[: cut[0]], table):
        return True  # "..., and | the last two Predators were taken ... arriving [on August 16]": a clause of its own
    if not before or before[0] not in table["coordinators"] or len(before) > COORDINATED_DATE_WORDS or len(after) < 2:
        return False
    first = after[0].strip("\"“‘'")
    opens_subject = first[:1].isupper() or first.lower() in {str(w) for w in table["subject_openers"]}
    return opens_subject and bool(first_trigger(words_of(clause[cut[1]:])))


def _subject_and_verb_before_date(before: str, table: dict) -> bool:
    """Whether the words after a clause's coordinator and before its date open with a subject of its own (a
    capitalised word or one of subject_openers, not a pronoun) and reach its finite verb within COORDINATED_SUBJECT_WORDS
    words, with no comma or second coordinator in the subject ("and | the last two Predators were taken"; not "and
    sent to Benghazi", "and its presence in", "and the cars, the guns and ... were")."""
    words = before.split()[1:]
    if not words:
        return False
    first = words[0].strip("\"“‘'")
    if not (first[:1].isupper() or first.lower() in {str(w) for w in table["subject_openers"]}) \
            or first.lower() in lexicon().subject_pronouns or finite_words() & {first.lower()}:
        return False
    for k, word in enumerate(words[1:COORDINATED_SUBJECT_WORDS + 1], start=1):
        low = word.lower().strip(",;:")
        if low in finite_words():
            return low not in lexicon().modals | lexicon().future_auxiliaries  # ("and two aircraft could be seen")
        if words[k - 1].endswith((",", ";", ":")) or low in ("and", "or", "but"):
            return False
    return False


def _dates_with_own_trigger(sentence: Sentence, dated: Sequence[Timex], skipped: set[int],
                            spans: Sequence[tuple[int, int]], breaks: Sequence[tuple[int, int]]) -> set[int]:
    """The dates of a sentence whose own clause holds a trigger ("indicted Hadzic in July 2004")."""
    owners = set()
    for timex in dated:
        if id(timex) in skipped:
            continue
        a, b = timex.start - sentence.start, timex.end - sentence.start
        others = [span for span in spans if span[0] >= b or span[1] <= a]
        start, end = clause_span(sentence, timex, others, breaks=breaks)
        if first_trigger(words_of(sentence.text[start:start + a - start] + " " + sentence.text[b:end])):
            owners.add(id(timex))
    return owners


def _qualifies_a_noun(sentence: Sentence, dated: Sequence[Timex], i: int, owners: set[int]) -> bool:
    """A second date in the same simple clause as a dated event, with no new verb between them, qualifies a noun of
    that clause ("indicted Hadzic in July 2004 for crimes during the 1991-1995 conflict", "lifted sanctions over the
    bombing of Pan Am 103 in December 1988"): it dates no event of its own. "Protests erupted on January 25 and
    spread to Alexandria two days later" has a new verb after "and"."""
    if i == 0:
        return False
    earlier = dated[i - 1]
    if id(earlier) not in owners or is_attributive(sentence, earlier) and not is_attributive(sentence, dated[i]):
        return False  # "claims from the 1984 Bhopal disaster were settled this week": the noun's date yields
    between = sentence.text[earlier.end - sentence.start: dated[i].start - sentence.start]
    if event_clause_break().search(between) or len(between.strip()) < 3:
        return False
    words = words_of(between)
    return not any(w in ("and", "but", "then") and any(is_past(x) for x in words[k + 1:k + 3])
                   for k, w in enumerate(words))


def _clause_trigger(sentence: Sentence, clause: str, cut: tuple[int, int], whole: Timex, borrow: bool = True) -> str:
    """The word that makes the date's clause an event, or "": its own trigger; the first word of a chronology
    item ("Sept. 15 – Demolition of the remaining spans begins"); else a finite verb elsewhere in the sentence,
    unless the clause denies or questions what it tells, is itself a report ("..., officials said Tuesday"),
    dates a state's start ("the club's home since 1974") or `borrow` is false: another date of the sentence has
    a trigger of its own, so the verb is that date's and this one only qualifies a noun ("indicted Hadzic in
    July 2004 for crimes during the 1991-1995 conflict")."""
    words_without_date = words_of(clause[: cut[0]] + " " + clause[cut[1]:])
    trigger = first_trigger(words_without_date)
    if not trigger and opens_item(sentence.text, whole.text) and words_without_date:
        trigger = words_without_date[0]
    before = words_of(clause[: cut[0]])
    if not trigger and borrow and not is_denied(words_without_date) and not follows_report(before) \
            and before[-1:] != ["since"]:  # "the club's home since 1974": a state's start, not another clause's date
        trigger = first_trigger(words_of(sentence.text), finite_only=True)
    return trigger


def _tells_no_event(sentence: Sentence, timex: Timex, trigger: str) -> bool:
    """A clause with a trigger that still tells no event of a timeline: what was said in the present perfect and
    dated only by the report, a market's move, a measure moving, an event noun that only may happen ("a vote could
    come on Thursday"), a share of a total ("40% of journalists who died were killed in crossfire")."""
    words = words_of(sentence.text)
    return dates_only_the_report(sentence, timex, trigger) or is_market_move(words, trigger) or \
        is_measure(words, trigger) or is_share_statistic(sentence.text) \
        or is_possible_event(words_of(sentence.text[: timex.start - sentence.start]), trigger)


def _outside_links(sentence: Sentence, timexes: list[Timex]) -> list[Timex]:
    """The dates of a sentence that are not part of a link ("example.com/news/2016-04-06/story")."""
    links = [(m.start() + sentence.start, m.end() + sentence.start) for m in URL.finditer(sentence.text)]
    return [t for t in timexes if not any(a <= t.start < b for a, b in links)]


def extract(article: Article) -> list[Event]:
    """The events one article reports, in the order they appear in it, planned ones included (an event
    dated after the article's publication: timeline.salience.happened decides whether the timeline shows it)."""
    text = analyse(article.body, article.dateline)
    timexes = tag(article.body, article.published or None, text)
    events: list[Event] = []
    position = 0
    # what later sentences may look back to, read from each sentence only when one does (events.readings)
    history = SentenceReadings(chain_subject)  # the subjects of the prose sentences read so far (through reports)
    speakers = SentenceReadings(_main_subject)  # and the subjects of their main clauses ("The insurer" of "The insurer said ...")
    texts: list[str] = []  # and the sentences themselves
    names: SentenceReadings[str] = SentenceReadings(names_in, flat=True)  # and the full names they used
    previous = ""  # and the last one's text
    persons: ArticleNames | None = None  # the persons' names of all its prose sentences, read at its first event
    comments = comments_start(article.body)
    starts = [s.start for s in text.sentences]
    timex_starts = [t.start for t in timexes]
    if is_listing_page(article.body) or is_family_history_page(article.body):
        return events
    prose = [is_prose(sentence.text, chronology_line=chronology_line) and sentence.end <= comments
             for sentence, chronology_line in zip(text.sentences, text.chronology)]
    read = [ok and not tells_own_story(sentence.text) for sentence, ok in zip(text.sentences, prose)]
    # and every name with the role it was bound to ("judge", ""); a name the article shows anywhere is a business's
    # is bound to "company" wherever it stands ("The firm's shares" before "BP's chief executive")
    mentions: SentenceReadings[tuple[str, str]] = SentenceReadings(
        _business_mentions([s.text for s, ok in zip(text.sentences, read) if ok]), flat=True)
    for index, (sentence, marks, chronology_line) in enumerate(zip(text.sentences, text.quote_marks,
                                                                    text.chronology)):
        if not read[index]:
            continue
        inside = []
        while position < len(timexes) and timexes[position].start < sentence.start:
            position += 1
        scan = position
        while scan < len(timexes) and timexes[scan].start < sentence.end:
            inside.append(timexes[scan])
            scan += 1
        window = anchor_window_start(starts, index)  # the days an offset or a bare clock time may count from
        # the tagger's dates are sorted and do not overlap: those from the window on are a slice, found by bisection
        near = [t for t in timexes[bisect_left(timex_starts, window, 0, position):position]
                if not is_page_stamp_date(text.sentences[max(0, bisect_right(starts, t.start) - 1)], t)]
        found = _sentence_events(article, sentence, _outside_links(sentence, inside), history, names,
                                 near, breaks=text.clause_breaks(index) if inside else (),
                                 marks=marks, mentions=mentions, speakers=speakers, previous=previous, texts=texts,
                                 leads=lead_sentences(article.body, text.sentences, read, index) if inside else (),
                                 adjacent=text.sentences[index - 1].text if index and prose[index - 1] else "")
        # every title's last step: the one-word edits of events/polish.yaml, read against its sentence
        # a surname printed alone that the article gives several people: the full name of the one meant
        # and a lone numeral "One" the noun its sentence counted before ("One order showed")
        # and a person's name as the article names that person ("Dr Conrad" -> "Dr Murray", "Ms Jackson" -> "La Toya
        # Jackson", "Sameerah" -> "Sameerah Ahmad")
        if found and persons is None:
            persons = article_names([s.text for s, ok in zip(text.sentences, prose) if ok])
        # and the role the sentence writes before a name the title opens with ("spokesman Musa Ibrahim")
        # and a toll or unrest title with no place the one place the sentence before names ("Five were killed in
        # Misrata")
        # and a person pronoun the polish brought to the title's front ("The authorities say he traveled" -> "He
        # traveled", "His military claimed ..." put back before its claim) named as the naming step names one there
        before = text.sentences[index - 1].text if index and prose[index - 1] else ""
        first = len(events)
        events.extend(replace(e, title=_unless_garbled(e.title, where_placed_title(placed_title(_named_after_polish(e.title, name_bare_surname(polished(person_forms(
            name_person_role(name_numeral_one(name_shared_surname(e.title, sentence.text, texts), sentence.text),
                             sentence.text), persons), sentence.text, e.source.expression), persons, sentence.text), sentence.text,
            _Readings(names=names, mentions=mentions, previous=previous, texts=texts)), sentence.text, before), sentence.text),
                                                      sentence.text)) for e in found)
        # and the last guard: a title with no finite verb ("More limited ban") falls back to the main clause its date
        # times or to its short sentence; "Such as ..." with neither gives no event (verbless.verbless_fallback)
        events[first:] = _with_finite_verbs(events[first:], sentence.text)
        # and a seam a removal broke mended from the sentence ("on a in" -> "on a Tuesday night in"; events/seams.py)
        events[first:] = [replace(e, title=with_mended_seams(e.title, sentence.text)) for e in events[first:]]
        # and a feeling frame taken off, a subject taken across a colon or a relative mended (events/garbled.py)
        events[first:] = [replace(e, title=ungarbled(e.title, sentence.text, e.source.expression))
                          for e in events[first:]]
        # and a business or office a late step brought into the title ("it was fined" -> "The company
        # was fined", taken across a colon) named as the naming step names one there
        events[first:] = [_named_late(e, sentence.text, texts, mentions) for e in events[first:]]
        # and a line dated before its article's day told in the past progressive ("are reacting" -> "were reacting")
        events[first:] = [_in_dated_past(e, sentence.text) for e in events[first:]]
        previous = sentence.text
        history.add(sentence.text)
        texts.append(sentence.text)
        speakers.add(sentence.text)
        names.add(sentence.text)
        mentions.add(sentence.text)
    # an office a title names by its role alone whose one holder the article names only later in it
    # ("Venezuela's president has spoken with ..." before "Venezuelan President Hugo Chavez said")
    whole = [s.text for s, ok in zip(text.sentences, read) if ok]
    # and a person described before named ("The former boss of BP admitted ...") by the one speaker the next sentence
    # quotes ("..., said Tony Hayward."): events/later_names.py; and a bare "the <noun>" the article names once more
    # fully anywhere ("the clinic" -> "Dr Murray's clinic")
    named = [_named_by_fuller_mention(_named_by_later_holder(e, whole), whole)
             for e in named_by_next_speakers(events, whole)]
    # and, after every naming, a "the <noun>" the article met only as "a/an <noun>" before, or first in this
    # sentence, and never named: "The witness in Misrata pleaded" -> "A witness ..." (events/indefinites.py)
    named = _with_indefinite_first_mentions(named, whole)
    # and, on each finished title, the full form of a surname it prints alone as its article's familiar figure, for
    # the merge to print where the collection does not know the person by it (merge/surname_titles.py)
    named = named if persons is None else [_with_surname_forms(e, persons) for e in named]
    # and the town a bare place noun of a title names ("the city", "there"), the merge's place key (merge/bare_towns.py)
    return _with_bare_towns(named, whole)


def _with_bare_towns(events: list[Event], whole: Sequence[str]) -> list[Event]:
    """The events with the town a bare place noun of their violence title names, the one town the article named before
    it (timeline.merge.bare_towns.bare_town; the article's towns read only when a title wants one: wants_town)."""
    wanting = [wants_town(e.title) for e in events]
    if not any(wanting):
        return events
    known = article_towns(whole)
    at = {sentence: i for i, sentence in reversed(list(enumerate(whole)))}
    out = []
    for e, wants in zip(events, wanting, strict=True):
        i = at.get(e.source.quote) if wants else None
        town = bare_town(e.title, whole[:i], e.source.quote, known) if i is not None else ""
        out.append(replace(e, bare_town=town) if town else e)
    return out


def _with_indefinite_first_mentions(events: list[Event], whole: Sequence[str]) -> list[Event]:
    """The events with the first mentions of their titles printed with "a"/"an"
    (indefinites.with_indefinite_first_mention), each read against the article's sentences before its own."""
    if not any("the " in e.title.lower() for e in events):
        return events
    at: dict[str, int] = {}
    for index, text in enumerate(whole):
        at.setdefault(text, index)
    out = []
    for e in events:
        index = at.get(e.source.quote)
        title = e.title if index is None or "the " not in e.title.lower() \
            else with_indefinite_first_mention(e.title, e.source.quote, whole[:index])
        out.append(e if title == e.title else replace(e, title=title))
    return out


def _with_surname_forms(event: Event, persons: ArticleNames) -> Event:
    """The event with the full forms of the familiar surnames its title prints alone (surnames.familiar_surname_forms)."""
    forms = familiar_surname_forms(event.title, persons, event.source.quote)
    # and those the article named in full, for the merge to print bare where the collection knows the person by the
    # surname (surnames4: "Libyan leader Moammar Gadhafi's forces" -> "Gadhafi's forces" in a war's timeline)
    forms = tuple(sorted({*forms, *named_surname_forms(event.title, persons, event.source.quote)}))
    return replace(event, surnames=forms) if forms else event


def _named_by_fuller_mention(event: Event, whole: Sequence[str]) -> Event:
    """The event with a bare "the <noun>" of its title named by the one fuller mention of the noun the whole
    article writes, before or after its sentence (subjects.name_by_fuller_mention: "the well" -> "the Macondo
    well")."""
    # naming6: "at the same hospital" -> "at the Royal Alexandra Hospital", the one name the words just before give it
    title = name_same_referent(event.title, event.source.quote, whole)
    title = name_by_fuller_mention(title, event.source.quote, whole)
    # definites12: "the refugee agency" -> "the U.N. refugee agency", the same words after the article's one name
    title = name_described_by_fuller_mention(title, event.source.quote, whole)
    return event if title == event.title else replace(event, title=title)


def _named_late(event: Event, sentence: str, texts: Sequence[str], mentions: Sequence[tuple[str, str]]) -> Event:
    """The event with "the company" (or "the British firm") and an office's role that its title holds
    after the last steps named as the naming step names them (subjects.name_organisation_reference,
    name_office_holder): a title those steps made ("The latest report ... : it was fined" -> "The company was
    fined") is never seen by the naming step."""
    title = name_office_holder(name_organisation_reference(event.title, sentence, texts, mentions), sentence, texts)
    # A pronoun whose owner only the words the title left out name ("..., named Rabha
    # Mouftah, ... the mob that stormed into her town" -> "... into Rabha Mouftah's town")
    title = name_cut_antecedent(title, sentence, texts, mentions)
    return event if title == event.title else replace(event, title=title)


def _named_by_later_holder(event: Event, whole: Sequence[str]) -> Event:
    """The event with an office its title names by its role alone named by the one holder of that
    office and owner the whole article gives (subjects.name_office_holder read over all its sentences, the later
    ones too): "Venezuela's president spoke with ..." -> "Venezuela's president Hugo Chavez spoke with ..."."""
    quote = event.source.quote
    title = name_office_holder(event.title, quote, whole)
    if title == event.title:
        return event
    # the print edits (polish.printed: "In Tripoli, ..." and the verb's complement) read the title against its
    # sentence, which a name the sentence does not write would stop: made first, for this title only
    full = printed(event.title, quote, event.source.expression)
    fuller = name_office_holder(full, quote, whole) if full != event.title else full
    return replace(event, title=fuller if fuller != full else title)


def _with_finite_verbs(found: list[Event], sentence: str) -> list[Event]:
    """The events with a title that has a finite verb: each verbless title replaced by its fallback (polished as
    every title is), the event dropped when it is a noun phrase's piece with none (verbless.verbless_fallback)."""
    kept: list[Event] = []
    for event in found:
        # a noun phrase and its dated relative clause told as the clause ("A storm killed ...")
        title = relative_fragment_title(event.title, sentence, event.source.expression)
        title = verbless_fallback(title, sentence, event.source.expression)
        if title is None:
            continue
        # (verbless3) an event noun of the sentence's opening phrase told with the main clause's subject ("Their
        # release" of "Until their release Monday, X and Y were ..." -> "X and Y were released")
        title = opening_noun_event_title(title, sentence, event.source.expression)
        # (fragments10) a noun phrase with a reduced relative's participle ("An audio tape released")
        title = reduced_relative_title(title, sentence, event.source.expression)
        kept.append(event if title == event.title else replace(event, title=polished(title, sentence,
                                                                                      event.source.expression)))
    return kept


def _in_dated_past(event: Event, sentence: str) -> Event:
    """The event with its title's present progressive or -s present in the past (polish.in_past_progressive,
    in_past_present_act) when its date ends before its article's publication day: the act is past on the line's own
    day, not ongoing as the article tells it."""
    days, told = span(event.date.split("T", 1)[0]), span((event.source.published or "")[:10])
    if days is None or told is None or days[1] >= told[0]:
        return event
    title = in_past_present_act(in_simple_past_of_progressive(in_past_progressive(event.title, sentence), sentence),
                                sentence)
    return event if title == event.title else replace(event, title=title)


def _unless_garbled(before: str, title: str, sentence: str) -> str:
    """The title the last steps made, or the one they were given when theirs has a join no clause has and the given
    one none (titles.garbled_join; garble3)."""
    return before if title != before and garbled_join(title, sentence) and not garbled_join(before, sentence) else title


def _named_after_polish(before: str, title: str, sentence: str, readings: _Readings) -> str:
    """The polished title with a person pronoun it opens with named (subjects.name_lone_person_pronoun) when the
    title before the polish opened otherwise: a cut frame ("The authorities say he traveled" -> "He traveled") or a
    frame put back ("His military claimed ...") brought the pronoun to the front after the naming step had run."""
    first = title.split(" ", 1)[0]
    if not first or first == before.split(" ", 1)[0] or first.lower() not in lone_person_openers():
        return title
    return name_lone_person_pronoun(title, sentence, readings.previous, readings.mentions, readings.texts,
                                    readings.names)


def _business_mentions(read: Sequence[str]) -> Callable[[str], list[tuple[str, str]]]:
    """The reading of a sentence's role mentions (subjects.role_mentions) with the names the article's sentences
    `read` show anywhere are a business's bound to "company" (subjects.as_businesses); the article's businesses and
    each sentence's mentions are found once, the first time a later sentence looks back."""
    found: dict[str, list[tuple[str, str]]] = {}

    def mentions_of(text: str) -> list[tuple[str, str]]:
        if text not in found:
            found[text] = role_mentions(text)
        return found[text]

    businesses: list[frozenset[str]] = []

    def read_one(text: str) -> list[tuple[str, str]]:
        if not businesses:
            businesses.append(business_names([mentions_of(t) for t in read]))
        return as_businesses(mentions_of(text), businesses[0])
    return read_one


def _main_subject(sentence: str) -> str:
    """The subject of a sentence's main clause, not read through its reports (subjects.opening_subject)."""
    return opening_subject(sentence, through_reports=False)
