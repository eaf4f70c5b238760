"""Which event a date phrase dates, and the mod it gives it: the rules of dating.yaml (beside this module).

A date belongs to the event of its own clause. A date that qualifies a noun after the clause's verb ("ruled ...
about Jackson's 2005 trial"), a relative clause before the main verb ("A nurse who treated Jackson in 2009 will
also be allowed"), a finished past under a present perfect ("has pleaded not guilty ... in June 2009"), the start
of a lasting state ("had sought information since December 2009") or the period a report is about ("results for
the third quarter") dates no event of the main clause. A clock time on the day of an event named by a noun ("at
1.30 am on the morning of his death") places nothing on the publication day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline.dates import span
from timeline.events.lexicon import WORD, finite_words, is_adverb, is_past, lexicon, words_of
from timeline.events.lexicon import rules as events_rules
from timeline.events.offset_conjuncts import table as offset_table, tells_offset
from timeline.model import Sentence, Timex
from timeline.text.lexicon import months
from timeline.rules import load_yaml


@dataclass(frozen=True, slots=True)
class DatingRules:
    bounded_units: frozenset[str]
    before_leads: tuple[tuple[str, ...], ...]
    after_leads: tuple[tuple[str, ...], ...]
    perfect_span_leads: tuple[tuple[str, ...], ...]
    perfect_past_days: int
    period_nouns: frozenset[str]
    period_links: frozenset[str]
    event_day_parts: frozenset[str]
    main_verb_openers: frozenset[str]
    state_subordinators: frozenset[str]
    state_verbs: frozenset[str]
    habitual_leads: tuple[tuple[str, ...], ...]
    offset_anchor_sentences: int
    clock_words: frozenset[str]
    clock_hour_words: frozenset[str]
    subordinate_openers: frozenset[str]
    subordinate_subject_words: int
    subordinate_clause_words: int
    fronted_verb_words: int
    week_offset_units: frozenset[str]
    reduced_relative_words: int
    single_week_counts: frozenset[str]
    past_report_verbs: frozenset[str]
    complement_modals: frozenset[str]
    subject_present_verbs: frozenset[str]
    subject_noun_words: int
    subject_period_heads: frozenset[str]
    noun_date_links: frozenset[str]
    noun_object_links: frozenset[str]
    free_after_passive_links: frozenset[str]
    passive_be_words: frozenset[str]
    noun_modifier_words: int
    noun_time_heads: frozenset[str]
    perfect_subject_words: int
    participle_report_verbs: frozenset[str]
    relative_pronouns: frozenset[str]
    relative_head_words: int
    telling_relative_verbs: frozenset[str]
    coordinate_report_joiners: frozenset[str]
    coordinate_subject_words: int
    relative_not_after: frozenset[str]
    day_pair_joiners: frozenset[str]
    relative_time_heads: frozenset[str]
    relative_main_present: frozenset[str]
    relative_onset_verbs: frozenset[str]
    later_event_leads: tuple[tuple[str, ...], ...]
    anniversary_heads: frozenset[str]
    anniversary_object_words: int
    arranging_verbs: frozenset[str]
    arranged_nouns: frozenset[str]
    arranged_date_links: frozenset[str]
    arranged_noun_words: int
    sequence_leads: tuple[tuple[str, ...], ...]
    later_act_verbs: tuple[tuple[str, ...], ...]
    later_act_reach: int
    other_event_adjectives: int


def _phrases(words: Sequence[object]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(w).lower().split()) for w in words)


@cache
def table() -> dict[str, object]:
    return dict(load_yaml(__package__, "dating.yaml"))


@cache
def dating_rules() -> DatingRules:
    t = table()
    return DatingRules(
        bounded_units=frozenset(str(w) for w in t["bounded_offset_units"]),  # type: ignore[union-attr]
        before_leads=_phrases(t["bounded_offset_before_leads"]),  # type: ignore[arg-type]
        after_leads=_phrases(t["bounded_offset_after_leads"]),  # type: ignore[arg-type]
        perfect_span_leads=_phrases(t["perfect_span_leads"]),  # type: ignore[arg-type]
        perfect_past_days=int(t["perfect_past_days"]),  # type: ignore[arg-type]
        period_nouns=frozenset(str(w) for w in t["period_nouns"]),  # type: ignore[union-attr]
        period_links=frozenset(str(w) for w in t["period_links"]),  # type: ignore[union-attr]
        event_day_parts=frozenset(str(w) for w in t["event_day_parts"]),  # type: ignore[union-attr]
        main_verb_openers=frozenset(str(w) for w in t["main_verb_openers"]),  # type: ignore[union-attr]
        state_subordinators=frozenset(str(w) for w in t["state_subordinators"]),  # type: ignore[union-attr]
        state_verbs=frozenset(str(w) for w in t["state_verbs"]),  # type: ignore[union-attr]
        habitual_leads=_phrases(t["habitual_leads"]),  # type: ignore[arg-type]
        offset_anchor_sentences=int(t["offset_anchor_sentences"]),  # type: ignore[arg-type]
        clock_words=frozenset(str(w) for w in t["clock_words"]),  # type: ignore[union-attr]
        clock_hour_words=frozenset(str(w) for w in t["clock_hour_words"]),  # type: ignore[union-attr]
        subordinate_openers=frozenset(str(w) for w in t["subordinate_openers"]),  # type: ignore[union-attr]
        subordinate_subject_words=int(t["subordinate_subject_words"]),  # type: ignore[arg-type]
        subordinate_clause_words=int(t["subordinate_clause_words"]),  # type: ignore[arg-type]
        fronted_verb_words=int(t["fronted_verb_words"]),  # type: ignore[arg-type]
        week_offset_units=frozenset(str(w) for w in t["week_offset_units"]),  # type: ignore[union-attr]
        reduced_relative_words=int(t["reduced_relative_words"]),  # type: ignore[arg-type]
        single_week_counts=frozenset(str(w) for w in t["single_week_counts"]),  # type: ignore[union-attr]
        past_report_verbs=frozenset(str(w) for w in t["past_report_verbs"]),  # type: ignore[union-attr]
        complement_modals=frozenset(str(w) for w in t["complement_modals"]),  # type: ignore[union-attr]
        subject_present_verbs=frozenset(str(w) for w in t["subject_present_verbs"]),  # type: ignore[union-attr]
        subject_noun_words=int(t["subject_noun_words"]),  # type: ignore[arg-type]
        subject_period_heads=frozenset(str(w) for w in t["subject_period_heads"]),  # type: ignore[union-attr]
        noun_date_links=frozenset(str(w) for w in t["noun_date_links"]),  # type: ignore[union-attr]
        noun_object_links=frozenset(str(w) for w in t["noun_object_links"]),  # type: ignore[union-attr]
        free_after_passive_links=frozenset(str(w) for w in t["free_after_passive_links"]),  # type: ignore[union-attr]
        passive_be_words=frozenset(str(w) for w in t["passive_be_words"]),  # type: ignore[union-attr]
        noun_modifier_words=int(t["noun_modifier_words"]),  # type: ignore[arg-type]
        noun_time_heads=frozenset(str(w) for w in t["noun_time_heads"]),  # type: ignore[union-attr]
        perfect_subject_words=int(t["perfect_subject_words"]),  # type: ignore[arg-type]
        participle_report_verbs=frozenset(str(w) for w in t["participle_report_verbs"]),  # type: ignore[union-attr]
        relative_pronouns=frozenset(str(w) for w in t["relative_pronouns"]),  # type: ignore[union-attr]
        relative_head_words=int(t["relative_head_words"]),  # type: ignore[call-overload]
        telling_relative_verbs=frozenset(str(w) for w in t["telling_relative_verbs"]),  # type: ignore[union-attr]
        coordinate_report_joiners=frozenset(str(w) for w in t["coordinate_report_joiners"]),  # type: ignore[union-attr]
        coordinate_subject_words=int(t["coordinate_subject_words"]),  # type: ignore[call-overload]
        relative_not_after=frozenset(str(w) for w in t["relative_not_after"]),  # type: ignore[union-attr]
        day_pair_joiners=frozenset(str(w) for w in t["day_pair_joiners"]),  # type: ignore[union-attr]
        relative_time_heads=frozenset(str(w) for w in t["relative_time_heads"]),  # type: ignore[union-attr]
        relative_main_present=frozenset(str(w) for w in t["relative_main_present"]),  # type: ignore[union-attr]
        relative_onset_verbs=frozenset(str(w) for w in t["relative_onset_verbs"]),  # type: ignore[union-attr]
        later_event_leads=_phrases(t["later_event_leads"]),  # type: ignore[arg-type]
        anniversary_heads=frozenset(str(w) for w in t["anniversary_heads"]),  # type: ignore[union-attr]
        anniversary_object_words=int(t["anniversary_object_words"]),  # type: ignore[arg-type]
        arranging_verbs=frozenset(str(w) for w in t["arranging_verbs"]),  # type: ignore[union-attr]
        arranged_nouns=frozenset(str(w) for w in t["arranged_nouns"]),  # type: ignore[union-attr]
        arranged_date_links=frozenset(str(w) for w in t["arranged_date_links"]),  # type: ignore[union-attr]
        arranged_noun_words=int(t["arranged_noun_words"]),  # type: ignore[arg-type]
        sequence_leads=_phrases(t["sequence_leads"]),  # type: ignore[arg-type]
        later_act_verbs=_phrases(t["later_act_verbs"]),  # type: ignore[arg-type]
        later_act_reach=int(t["later_act_reach"]),  # type: ignore[arg-type]
        other_event_adjectives=int(t["other_event_adjectives"]),  # type: ignore[arg-type]
    )


def _ends_with(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    return any(len(p) <= len(words) and tuple(words[len(words) - len(p):]) == p for p in phrases)


def bounded_offset_mod(timex: Timex) -> str:
    """The mod of an event dated by an offset counted back after a bound: it lies on one side of the day counted
    ("more than a week ago" BEFORE, "less than a month ago" AFTER, not around it as the tagger's APPROX says); ""
    for any other phrase."""
    words = words_of(timex.text)
    rules = dating_rules()
    if len(words) < 3 or words[-1] != "ago" or words[-2] not in rules.bounded_units:
        return ""
    lead = words[:-3]  # the words before the count ("more than" of "more than a week ago")
    if _ends_with(lead, rules.before_leads):
        return "BEFORE"
    if _ends_with(lead, rules.after_leads):
        return "AFTER"
    return ""  # "20 years ago" is as rough as its value's precision (a year) says; "two weeks ago" is that day


def week_of_offset(timex: Timex, day: str) -> str:
    """ "two weeks ago" (value 2011-07-17) -> "2011-W28": a count of weeks back from the publication (not one week),
    with no bound
    (bounded_offset_mod reads "more than a week ago"), names the week of the day counted, not the day; "" for any
    other phrase, or a value that is no day."""
    words = words_of(timex.text)
    if len(words) < 3 or words[-1] != "ago" or words[-2] not in dating_rules().week_offset_units \
            or bounded_offset_mod(timex) or not _DAY.fullmatch(day) \
            or words[-2] == "week" and words[-3] in dating_rules().single_week_counts:
        return ""  # "a week ago" is read as the day
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _word_before(words: Sequence[str], trigger: str) -> str:
    """The word before the trigger's first occurrence, past any adverbs ("has also ruled" -> "has")."""
    if trigger not in words:
        return ""
    j = words.index(trigger) - 1
    while j >= 0 and is_adverb(words[j]):
        j -= 1
    return words[j] if j >= 0 else ""


def _perfect_passive(words: Sequence[str], trigger: str) -> bool:
    """ "who has been charged in the killing of 13 people at the base in 2009": whether the trigger follows "been"
    right after "has" or "have" (adverbs between): a present perfect passive, which takes no date of a finished past
    either (dates37)."""
    if _word_before(words, trigger) != "been":
        return False
    j = words.index(trigger) - 1
    while j >= 0 and words[j] != "been":
        j -= 1
    return _word_before(words[:j + 1], "been") in ("has", "have")


def _is_possessive_date(sentence: Sentence, timex: Timex) -> bool:
    """ "last April's blow-out", "Jackson's June 2009 death": the date phrase is a noun's possessive, or stands
    between a possessive and its noun."""
    b = timex.end - sentence.start
    after = sentence.text[b: b + 3]
    if after[:2] in ("'s", "’s") and after[2:3] in (" ", ""):
        return True
    before = sentence.text[max(0, timex.start - sentence.start - 4): timex.start - sentence.start]
    return before.endswith(("'s ", "’s ")) and not is_past((words_of(sentence.text[b:b + 30]) or [""])[0])


def qualifies_a_noun_after_verb(sentence: Sentence, timex: Timex, trigger: str, clause_start: int,
                                published: int | None) -> bool:
    """ "Judge Pastor has also ruled ... about Jackson's 2005 trial", "complained ... since last April's blow-out",
    "tickets have been sold ahead of Saturday's concert": a possessive date after its clause's verb qualifies a noun
    of the object, not the verb, when it lies in the finished past or ahead ("Last April's blow-out killed 11
    workers": the noun is the subject, and the verb is its; "responded to last night's vote": a reaction follows
    what it reacts to within days, and the date stays)."""
    if not is_past(trigger) or not _is_possessive_date(sentence, timex):
        return False
    days = span(timex.value.split("T", 1)[0])
    recent = published is None or days is None or published - dating_rules().perfect_past_days <= days[1] <= published
    before = words_of(sentence.text[clause_start: timex.start - sentence.start])
    if _owns_a_telling(sentence, timex):  # any past verb before it reacts to the telling ("Tuesday's reports said": its own)
        if _tells_after_its_telling(sentence, timex, trigger):
            return True  # "As Karon's July 20 post noted, officials came away from recent meetings": the post's day
        # a reply to a telling of the publication day ("accused BP ... in today's report") is of that day too
        return any(is_past(w) for w in before) and not (published is not None and days is not None
                                                       and days[0] == published)
    return not recent and trigger in before


def _owns_a_telling(sentence: Sentence, timex: Timex) -> bool:
    """ "Al-Taghdi said Tuesday's reports were incorrect": the date is the possessive of one of dating.yaml
    `telling_nouns`; what the clause's verb does about that telling (a denial, a reply) came after it, on a day
    the date does not tell."""
    after = words_of(sentence.text[timex.end - sentence.start: timex.end - sentence.start + 40])
    before = words_of(sentence.text[max(0, timex.start - sentence.start - 12): timex.start - sentence.start])
    nouns = frozenset(str(w) for w in table()["telling_nouns"])  # type: ignore[union-attr]
    if before[-1:] and before[-1] in table()["telling_own_links"]:  # type: ignore[operator]
        return False  # "said in Tuesday's statement": the saying is the telling
    if sentence.text[max(0, timex.start - sentence.start - 3): timex.start - sentence.start] in ("'s ", "’s "):
        return bool(after) and after[0] in nouns  # "Tony Karon's July 20 post": the date between owner and noun
    return sentence.text[timex.end - sentence.start:].startswith(("'s ", "’s ")) and len(after) > 1 \
        and after[1] in nouns


def _tells_after_its_telling(sentence: Sentence, timex: Timex, trigger: str) -> bool:
    """ "As Tony Karon's July 20 post noted, U.S. officials came away from recent meetings": a date that dates a
    telling (_owns_a_telling) in a clause of its own dates what the telling tells no day (it happened on or before
    it): the trigger stands past a comma after the telling's own verb (the first verb after the noun). "Tuesday's
    reports said rebels took the town" (no comma: the telling is the title's own report) keeps the date."""
    rest = sentence.text[timex.end - sentence.start:]
    verb = next((m for m in WORD.finditer(rest) if _is_verb(m.group(0).lower())), None)
    if verb is None:
        return False
    comma = rest.find(",", verb.end())
    return comma >= 0 and trigger in words_of(rest[comma:])


def event_noun_phrase_after_verb(sentence: Sentence, timex: Timex, trigger: str, clause_start: int,
                                 published: int | None) -> tuple[int, int] | None:
    """ "completing a questionnaire about ... the coverage of his death in June 2009", "delivered to the judge in
    advance of a 29 November hearing": a date right after an event noun and a link ("death in"), or between a
    determiner and the noun ("a 29 November hearing"), where the noun phrase is the object of a preposition
    (dating.yaml noun_object_links) after its clause's past verb, dates the noun's event, not the clause's, when it
    lies in the finished past or ahead ("arrested two men over the shooting on Monday": an act of days after keeps
    it). The trigger found is the clause's verb or the noun itself; either way no event of the clause takes the
    date, and the noun phrase is the event it dates: where it stands in the sentence's text, from its determiner or
    owner to the noun ("the star's death" of "charged ... over the star's death in June 2009"; "a 29 November
    hearing" with its date), or None when the rule does not hold."""
    rules = dating_rules()
    piece = sentence.text[clause_start: timex.start - sentence.start]
    before = words_of(piece)
    following = words_of(sentence.text[timex.end - sentence.start:])[:1]
    nouns = lexicon().event_nouns
    if len(before) >= 2 and before[-1] in rules.noun_date_links and before[-2] in nouns:
        noun, noun_at = before[-2], len(before) - 2  # "his death in June 2009"
    elif following and following[0] in nouns and before and before[-1] in _BEFORE_ADJECTIVE:
        noun, noun_at = following[0], len(before)  # "a 29 November hearing": between the determiner and the noun
    else:
        return None
    reach = max(0, noun_at - rules.noun_modifier_words - 1)
    link = next((k for k in range(noun_at - 1, reach - 1, -1) if before[k] in rules.noun_object_links), -1)
    if link < 0 or any(is_past(w) or w.endswith("ing") and w not in nouns for w in before[link + 1:noun_at]) \
            or link > 0 and (is_past(before[link - 1]) and not _is_passive_about(before, link)
                             or before[link - 1] in rules.noun_time_heads):
        return None  # a verb's own object ("signed the agreement on 3 May", "accused of causing the death on ..."),
        # the link after a verb ("died of a heart attack in June": the dying is the attack's; "took over the
        # operation"; not a passive's "was compromised over the explosion in 2005", a later act about it) or after a time point
        # of the noun's event ("at the beginning of the uprising in February": the verb's time too)
    determiner = before[link + 1] if link + 1 < len(before) else ""
    known = determiner not in ("a", "an") or noun_at == len(before)  # "a 29 November hearing": the date is its
    if determiner not in _BEFORE_ADJECTIVE and not determiner.endswith(("'s", "’s")) or not known:
        return None  # "took over command of air strikes on March 31": a kind of event, not one told with its date;
        # "received a report of a stall-related crash in June 2022": a new event's date may be the verb's as well
    verb_words = before[:link]
    if trigger != noun and trigger not in verb_words and trigger in before \
            or not any(is_past(w) or w in rules.passive_be_words for w in verb_words):
        return None  # no past verb of the clause before the noun phrase, nor a form of "be" ("is investigating the
        # cause of the disaster on 20 April": a progressive's time is not the noun's); a trigger after the date ("...
        # on 20 April, which killed 11") tells the noun's event too, not another time of the clause's verb
    days = span(timex.value.split("T", 1)[0])
    if published is None or days is None or published - rules.perfect_past_days <= days[1] <= published:
        return None
    at = clause_start + [m.start() for m in WORD.finditer(piece)][link + 1]  # the words_of words are WORD's
    if noun_at == len(before):  # the noun follows the date
        noun_end = _NEXT_WORD_END.match(sentence.text, timex.end - sentence.start)
        return (at, noun_end.end()) if noun_end else None
    return at, clause_start + [m.end() for m in WORD.finditer(piece)][noun_at]


def _is_passive_about(before: Sequence[str], link: int) -> bool:
    """ "was compromised over the Buncefield explosion", "were questioned about the crash": a link that a passive
    verb (dating.yaml passive_be_words, then a past participle) leaves free to tell what its later act is about
    (dating.yaml free_after_passive_links); "took over the operation", "died of a heart attack" bind the link."""
    rules = dating_rules()
    if before[link] not in rules.free_after_passive_links or link < 2:
        return False
    j = link - 2
    while j >= 0 and is_adverb(before[j]):
        j -= 1
    return j >= 0 and before[j] in rules.passive_be_words


_NEXT_WORD_END = re.compile(r"\s*+[A-Za-z0-9][\w'’.-]*+")  # the word right after the date (timeline.words WORD)


def noun_event_title_words() -> int:
    """How many words the title of an event noun phrase (event_noun_phrase_after_verb) told with no verb needs
    (dating.yaml noun_event_title_words)."""
    return int(table()["noun_event_title_words"])  # type: ignore[call-overload]


def is_relative_clause_date(sentence: Sentence, timex: Timex, trigger: str, clause_start: int) -> bool:
    """ "A nurse who treated Jackson in 2009 will also be allowed to testify": a date in a relative clause that the
    main clause's verb follows right after it dates the relative clause, never the main clause's verb. When the
    event found is the relative clause's own ("treated"), the date is its date (the title says "A nurse treated
    Jackson")."""
    piece = sentence.text[clause_start: timex.start - sentence.start]
    opening = words_of(piece)
    if not opening or opening[0] not in ("who", "which", "that") or "," in piece or trigger in opening[1:]:
        return False
    if not any(is_past(w) for w in opening[1:]):
        return False  # "BP's brand value, which last year was calculated at $3.7bn": the verb after is the clause's
    following = _NEXT_WORD.match(sentence.text, timex.end - sentence.start)  # a word right after it, no comma
    return following is not None and following.group(1).lower() in dating_rules().main_verb_openers


_NEXT_WORD = re.compile(r" ([a-z]++)")


def is_inner_relative_date(sentence: Sentence, timex: Timex, trigger: str, clause_start: int) -> bool:
    """ "The commission will be similar to those that looked into the explosion of the Challenger in 1986", "BP
    killed its well that ruptured in April", "The culture ... that persisted 10 years ago was addressed": a date
    inside a relative clause (a pronoun after its head noun, a past verb of the clause's own, no break before the
    date) dates that clause's event, not a trigger outside it: one before the pronoun, or one after the date when
    the main clause's verb opens right after it (dating.yaml relative_pronouns, relative_not_after). The relative
    clause's own verb as the trigger keeps the date."""
    piece = sentence.text[clause_start: timex.start - sentence.start]
    words = words_of(piece)
    rules = dating_rules()
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k] in rules.relative_pronouns), -1)
    if at < 1 or _opens_no_relative(words[at - 1]) or words[at - 1] in rules.relative_time_heads:
        return False  # "said that rebels took the town on Monday": a reported clause, not a relative one; "in a
        # two-hour span that began late Monday": the clause tells when the main clause's event was
    head_end = _pronoun_end(piece, at - 1)
    if piece[head_end: head_end + 2].startswith(","):
        return False  # "the Darfur conflict, which began in 2003": an aside, whose own title the aside rules make
    inner = words[at + 1:]
    if any(w in rules.relative_onset_verbs for w in inner):
        return False  # "the airstrikes that started Saturday": the head's own happening, which the date dates
    if not any(is_past(w) for w in inner) or any(m in piece[_pronoun_end(piece, at):] for m in ",;:"):
        return False
    if trigger in lexicon().event_nouns and trigger in words[max(0, at - rules.relative_head_words):at] \
            or trigger == words[at - 1]:
        return False  # "a campaign that began in March", "The protests, which began February 15": the noun's event
        # (an event noun further back heads no relative clause: "a report that found ... for its well that exploded")
    if trigger not in inner and trigger in words[:at]:
        return _is_main_verb(words, trigger, at)  # the verb before the pronoun is the main clause's
    following = _NEXT_WORD.match(sentence.text, timex.end - sentence.start)
    main_after = following is not None and (following.group(1).lower() in rules.main_verb_openers
                                            or is_past(following.group(1).lower()))
    if trigger not in inner:
        return main_after
    # the relative clause's own verb found ("a campaign that began in March"): its date stays unless a main clause
    # around it tells a present or a future that no past date is the time of ("The commission will be similar to
    # those that looked into ... in 1986": dating.yaml relative_main_present)
    own = words_of(piece[piece.rfind(",", 0, head_end) + 1: head_end])  # the main clause's words since its last comma
    return main_after or any(w in rules.relative_main_present for w in own)


def _is_main_verb(words: Sequence[str], trigger: str, at: int) -> bool:
    """Whether the trigger before the relative pronoun at `at` is the main clause's verb: not a participle after its
    noun ("the rig operated by BP that exploded on 20 April"), nor the verb of an earlier relative clause ("the
    companies that owned the rig that exploded on 20 April") or one with no subject before it in its clause (",
    installed and owned the rig that exploded"): those tell no time of their own."""
    k = words.index(trigger)
    if k == 0 or k + 1 < len(words) and words[k + 1] == "by":
        return False  # no subject before it in its clause ("..., installed and owned the rig that exploded")
    if trigger in dating_rules().telling_relative_verbs and words[k - 1] in dating_rules().relative_pronouns:
        return True  # "a report that found BP received exemptions for its well that exploded in April": a finding
        # tells of the later relative clause's event, at a time of its own
    return not any(w in dating_rules().relative_pronouns for w in words[:k])


def _opens_no_relative(head: str) -> bool:
    """The word before "that"/"which" shows the pronoun opens no relative clause: a verb ("said that"), a
    conjunction or a noun of report or belief ("so that", "the claim that": dating.yaml relative_not_after)."""
    lex = lexicon()
    return is_past(head) or head in lex.reporting_verbs or head in lex.speech_verbs or head in lex.auxiliaries \
        or head in lex.modals or head in dating_rules().relative_not_after or head.endswith("ing")


def _pronoun_end(piece: str, at: int) -> int:
    """Where the `at`-th word of `piece` (words_of's count) ends."""
    found = list(WORD.finditer(piece))
    return found[at].end() if at < len(found) else len(piece)
_BEFORE_ADJECTIVE = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these",
                               "those"})


def is_past_under_perfect(sentence: Sentence, timex: Timex, trigger: str, clause_start: int,
                          published: int | None) -> bool:
    """ "Dr Murray has pleaded not guilty ... in June 2009" (told in 2011): the present perfect takes no date of a
    finished past, so the date qualifies a noun of the clause, not the verb. A date of the perfect's own span ("has
    ruled since 1969", "have spread this week"), one near the publication ("has died on Monday") or one after
    another past verb ("It has emerged that the regulator had criticised Transocean in 2005") keeps it; a date
    ahead never is the perfect's ("has pleaded not guilty and is expected to stand trial next year"). A perfect
    passive ("who has been charged in the killing of 13 people at the base in 2009", dates37) gives up only a date of
    the finished past: "have been closed until at least Thursday", "has been summoned for talks on Wednesday" keep
    the rules after."""
    before = words_of(sentence.text[clause_start: timex.start - sentence.start])
    passive = trigger in before and _perfect_passive(before, trigger)
    if trigger not in before or _word_before(before, trigger) not in ("has", "have") and not passive:
        return False
    at = before.index(trigger)
    if any(w in lexicon().modals or w == "to" for w in before[max(0, at - 3):at]):
        return False  # "may have culminated with the April 20 explosion", "to have met in 2009": no present perfect
    rules = dating_rules()
    if names_a_coming_day(timex, published) and not passive:  # "has been summoned for talks on Wednesday": as before
        return True  # "has recommended measures ... at Mass this Sunday": the Mass's day, not the recommending's
    if _ends_with(before, rules.perfect_span_leads) or _ends_with(words_of(timex.text)[:2], rules.perfect_span_leads):
        return False
    days = span(timex.value.split("T", 1)[0])
    if published is None or days is None:
        return False
    if days[0] > published and not passive:
        return True  # "has pleaded not guilty ... and is expected to stand trial next year": no perfect is ahead
    if any(is_past(w) and before[k - 1] not in _BEFORE_ADJECTIVE for k, w in enumerate(before) if k > at):
        return False  # another verb between ("his rented mansion": an adjective, no verb)
    return days[1] < published - rules.perfect_past_days


def names_a_coming_day(timex: Timex, published: int | None) -> bool:
    """ "this Sunday" told on that Sunday or before it: one of dating.yaml perfect_coming_day_leads before a day's
    name (perfect_coming_day_names) names a day still to come or the page's own day, the time of a plan; a present
    perfect ("has recommended measures to avoid contagion at Mass this Sunday") is never told on such a day. "this
    week", "this morning" (spans the perfect may fill) are not day names."""
    t = table()
    words = words_of(timex.text)
    days = span(timex.value.split("T", 1)[0])
    return len(words) >= 2 and words[0] in {str(w) for w in t["perfect_coming_day_leads"]} \
        and words[1] in {str(w) for w in t["perfect_coming_day_names"]} \
        and published is not None and days is not None and days[0] >= published  # type: ignore[union-attr]


def is_perfect_after_finished_past(sentence: Sentence, timex: Timex, title: str, published: int | None) -> bool:
    """ "... died while rehearsing for his This Is It tour in 2009 Three of Michael Jackson's brothers have defended
    the decision" (a caption glued to the lead, told in 2011): a title whose main verb is a present perfect that
    stands after the date in the sentence, with no past verb between, takes no date of a finished past (the perfect
    tells no past day; the date is another clause's). A date of the perfect's own span ("Since 2009 the company has
    grown": dating.yaml perfect_span_leads; "Since NATO took over ... on March 31, the US has conducted") or one near
    the publication keeps it."""
    rules = dating_rules()
    words = words_of(title)
    at = next((k for k, w in enumerate(words[: rules.perfect_subject_words + 1]) if w in ("has", "have")), -1)
    lex = lexicon()
    if at < 1 or any(is_past(w) or w in lex.auxiliaries or w in lex.modals for w in words[:at]):
        return False
    k = at + 1
    while k < len(words) and is_adverb(words[k]):
        k += 1
    if k >= len(words) or not is_past(words[k]):
        return False
    b = timex.end - sentence.start
    found = re.search(rf"\b{words[at]}\s+(?:\w+\s+)*?{re.escape(words[k])}\b", sentence.text[b:], re.IGNORECASE)
    if found is None or any(is_past(w) for w in words_of(sentence.text[b: b + found.start()])):
        return False
    before = words_of(sentence.text[: timex.start - sentence.start])
    if _ends_with(before, rules.perfect_span_leads) or _ends_with(words_of(timex.text)[:2], rules.perfect_span_leads) \
            or "since" in before[-rules.subordinate_clause_words:]:
        return False  # "Since NATO took over the operation on March 31, the US has conducted ...": the span's start
    days = span(timex.value.split("T", 1)[0])
    return published is not None and days is not None and days[1] < published - rules.perfect_past_days


def is_coordinate_report_date(sentence: Sentence, timex: Timex, trigger: str, clause_start: int) -> bool:
    """ "China made its first contact with Libyan rebels, and France said on Friday it was working ...": a date right
    after the reporting verb of a clause joined by a comma and a coordinator (dating.yaml coordinate_report_joiners),
    with a subject of its own of at most coordinate_subject_words words, dates France's saying, never a verb of the
    clause before the comma, which France does not report. "Rebels took the town, officials and residents said on
    Friday" (no coordinator right after the comma) is the report of what comes before: it keeps the date."""
    piece = sentence.text[clause_start: timex.start - sentence.start]
    rules = dating_rules()
    comma = piece.rfind(",")
    if comma < 0:
        return False
    after = words_of(piece[comma + 1:])
    told = [w for w in after[1:] if w != "on"]
    if not after or after[0] not in rules.coordinate_report_joiners \
            or not 2 <= len(told) <= rules.coordinate_subject_words + 1:
        return False  # not "..., and France said": no coordinator, or no subject of its own between
    return told[-1] in lexicon().reporting_verbs and trigger in words_of(piece[:comma])


def is_modal_complement_date(sentence: Sentence, timex: Timex, trigger: str, clause_start: int) -> bool:
    """ "A judge ordered Dr Murray should stand trial in March": a date after a modal that follows its clause's verb
    dates the modal's clause (the trial to come), not that verb (the order), when the verb is past and no comma
    stands between the modal and the date. The modals: dating.yaml complement_modals. A date before the modal
    ("ordered in January that he should stand trial") keeps the verb, and so does a date that a past verb of its
    own follows ("... a machine that will separate oil Kevin Costner yesterday unveiled it": a headline glued to
    the lead, the date between the lead's subject and its verb)."""
    piece = sentence.text[clause_start: timex.start - sentence.start]
    before = words_of(piece)
    if trigger not in before or not is_past(trigger) or _past_verb_follows(sentence, timex):
        return False
    verb_at = before.index(trigger)
    if verb_at == 0:
        return False  # "Renewed bombing could be heard Thursday": a participle before the subject, not its verb
    modals = dating_rules().complement_modals
    at = next((k for k in range(verb_at + 1, len(before)) if before[k] in modals), None)
    if at is None or _tells_perception(before[at + 1:at + 3]):
        return False  # "... could be heard on Sunday": what was perceived, on that day
    # the modal's clause runs on to the date: no comma between ("... will cost $40m a month, a lawmaker said on
    # Wednesday" dates the telling)
    return "," not in piece[_word_end(piece, before[at]):]


def present_subject_verb_at(sentence: Sentence, timex: Timex) -> int:
    """ "The killing on Thursday of the commander shows that ...": the date sits in the noun phrase that opens the
    sentence, and the first verb after it is a present-tense form (dating.yaml subject_present_verbs): the date is of
    the noun's event, not of the main clause, which tells what that event means now. Where that verb starts in the
    sentence (the noun phrase ends there), or -1."""
    rules = dating_rules()
    lex = lexicon()
    before = words_of(sentence.text[: timex.start - sentence.start])
    at = timex.end - sentence.start
    after = sentence.text[at:]
    if before and before[0] not in lex.noun_determiners or not before and not after.startswith(("'s", "’s")) \
            or len(before) > rules.subject_noun_words or "," in sentence.text[: timex.start - sentence.start] \
            or any(_is_verb(w) or w in rules.subject_present_verbs or w in rules.subject_period_heads
                   for w in before):
        return -1  # not a noun phrase opening the sentence, or its head is the period itself ("The month of")
    found_words = list(_WORD_AT.finditer(after.split(",", 1)[0]))  # the main verb comes before any comma
    for k, found in enumerate(found_words):
        word = found.group(0).lower()
        following = found_words[k + 1].group(0).lower() if k + 1 < len(found_words) else ""
        if word in rules.subject_present_verbs and not _is_verb(following) \
                and following not in rules.subject_present_verbs:
            return at + found.start()  # not a noun before a verb ("the awards show has been turned")
        if _is_verb(word) or word in lex.relative_pronouns:
            return -1  # a past verb keeps the date; a clause of the noun ("that the US is ...") is not the main one
    return -1


def subject_date_before_dated_verb(sentence: Sentence, timex: Timex, dated: Sequence[Timex]) -> int:
    """ "The death of the rebel commander, Gen. Younis, on July 28 played a role in board members' ouster Monday":
    the date sits in the event noun phrase that opens the sentence (a determiner first, an event noun and no verb
    before the date, at most dating.yaml dated_subject_words words), the main verb follows the date right away (past
    adverbs), and it has a date of its own after it: the verb's event is on that date, so the first dates only the noun's event. Where the verb starts in
    the sentence (the noun phrase ends there), or -1. "The attack on Thursday killed 12 soldiers" (no other date)
    keeps the date for the verb."""
    lex = lexicon()
    before = words_of(sentence.text[: timex.start - sentence.start])
    at = timex.end - sentence.start
    if not before:  # "Sunday's attack was condemned on Tuesday": a possessive date before the subject's head noun
        at = possessive_subject_end(sentence, timex)
        if at < 0:
            return -1
    elif before[0] not in lex.noun_determiners or len(before) > int(table()["dated_subject_words"]) \
            or not any(w in lex.event_nouns for w in before) or any(_is_verb(w) for w in before):  # type: ignore[call-overload]
        return -1
    verb = next((m for m in _WORD_AT.finditer(sentence.text, at) if not is_adverb(m.group(0).lower())), None)
    if verb is None or not _is_verb(verb.group(0).lower()) or "," in sentence.text[at: verb.start()]:
        return -1  # the verb right after the date (past adverbs): the phrase is its subject
    later = [t for t in dated if t is not timex and t.start - sentence.start > verb.end() and not is_clock_only(t)]
    if not before:  # "Friday's killings brought to 50 the number killed since Tuesday": a bound dates no verb
        bounds = {str(w) for w in table()["reported_day_not_after"]}  # type: ignore[union-attr]
        later = [t for t in later if words_of(sentence.text[: t.start - sentence.start])[-1:] != []
                 and words_of(sentence.text[: t.start - sentence.start])[-1] not in bounds]
    return verb.start() if later and "," not in sentence.text[verb.end(): later[0].start - sentence.start] else -1


_WORD_AT = re.compile(r"[A-Za-z][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s\b")


def possessive_subject_end(sentence: Sentence, timex: Timex) -> int:
    """ "Sunday's attack was condemned on Tuesday", "Friday's deadly strikes were condemned ...": a date that opens the
    sentence as the possessive of its subject (dating.yaml possessive_subject_words words at most, an event noun
    among them, no verb, no comma) dates that noun; where the subject ends in the sentence (its main verb starts), or
    -1. The caller keeps the date for the verb unless the verb has a date of its own."""
    at = timex.end - sentence.start
    mark = _POSSESSIVE.match(sentence.text, at)
    if mark is None:
        return -1
    lex = lexicon()
    for k, found in enumerate(_WORD_AT.finditer(sentence.text, mark.end())):
        word = found.group(0).lower()
        if k > int(table()["possessive_subject_words"]) or "," in sentence.text[mark.end(): found.start()]:  # type: ignore[call-overload]
            return -1
        if _is_verb(word) or word in dating_rules().subject_present_verbs:
            head = words_of(sentence.text[mark.end(): found.start()])
            return found.start() if any(w in lex.event_nouns for w in head) else -1
    return -1


def _is_verb(word: str) -> bool:
    """A past form, an auxiliary or a modal: the words that show a clause's verb has come."""
    lex = lexicon()
    return is_past(word) or word in lex.auxiliaries or word in lex.modals or word in lex.speech_verbs


def _tells_perception(after_modal: Sequence[str]) -> bool:
    """The words after a modal tell what was perceived ("could be heard", "could see"): events.yaml
    perceived_after_modal."""
    after = " ".join(after_modal)
    return any(after == p or after.startswith(p + " ") for p in lexicon().perceived_after_modal)


def _past_verb_follows(sentence: Sentence, timex: Timex) -> bool:
    """The word right after the date is a past verb ("Costner yesterday unveiled"): the date is that verb's."""
    after = words_of(sentence.text[timex.end - sentence.start:][:40])
    return bool(after) and is_past(after[0])


def _word_end(text: str, word: str) -> int:
    """Where the last occurrence of `word` (lower-case) ends in `text`."""
    return text.lower().rfind(word) + len(word)


def is_state_start(sentence: Sentence, timex: Timex, trigger: str) -> bool:
    """ "It also claimed it had sought information ... since December 2009": a date after "since" under a perfect
    verb that a report governs starts the lasting state reported, not the report ("Fighting has raged in the north
    since late 2015", told by the article itself, dates the fighting's start)."""
    before = words_of(sentence.text[: timex.start - sentence.start])
    if before[-1:] != ["since"] or trigger not in before:
        return False
    perfect = _word_before(before, trigger) in ("has", "have", "had") or trigger == "been"
    reported = any(w in lexicon().reporting_verbs for w in before[: before.index(trigger)])
    return perfect and reported


def is_reported_period(sentence: Sentence, timex: Timex) -> bool:
    """ "its financial results for the third quarter of the year", "third quarter profits": a quarter or half-year
    that names the period reported on is not the day of the report."""
    if _FISCAL.match(timex.text):
        return True  # "requested $60 million for FY2003": a budget's year, not the day of the request
    if not _PERIOD.fullmatch(timex.value):
        return False
    rules = dating_rules()
    before = [w for w in words_of(sentence.text[: timex.start - sentence.start]) if w != "the"][-3:]
    after = words_of(sentence.text[timex.end - sentence.start:])[:2]
    noun_before = len(before) >= 2 and before[-1] in rules.period_links and before[-2] in rules.period_nouns
    return noun_before or any(w in rules.period_nouns for w in after) or _measured_period(sentence, timex)


def _measured_period(sentence: Sentence, timex: Timex) -> bool:
    """ "a record loss of $17bn for the second quarter of 2010": a quarter after "for" whose noun phrase holds one of
    dating.yaml period_nouns and its figure (period_amount_words words back at most, no verb between) is the period
    measured, not the day of the act the clause tells ("set aside $32.2bn in late July")."""
    rules = table()
    piece = sentence.text[: timex.start - sentence.start]
    words = [w for w in words_of(piece) if w != "the"]
    if not words or words[-1] != "for":
        return False
    nouns = {str(w) for w in rules["period_nouns"]}  # type: ignore[union-attr]
    for word in reversed(words[-1 - int(rules["period_amount_words"]):-1]):  # type: ignore[call-overload]
        if word in nouns:
            return True
        if is_past(word) or _is_verb(word):
            return False  # "paid $17bn for the second quarter": the verb's
    return False


_PERIOD = re.compile(r"\d{4}-(?:Q[1-4]|H[12])")
_FISCAL = re.compile(r"(?:the\s)?(?:FY|[Ff]iscal\b)")
_CLOCK = re.compile(r"T\d\d:\d\d")


def is_habitual_time(sentence: Sentence, timex: Timex) -> bool:
    """ "She left her textile job every day at 4 p.m.": a clock time after "every day" tells a habit, no day."""
    if not _CLOCK.search(timex.value):
        return False
    before = words_of(sentence.text[max(0, timex.start - sentence.start - 30): timex.start - sentence.start])
    return _ends_with([w for w in before if w != "at"], dating_rules().habitual_leads)


def counts_from_an_event_day(sentence: Sentence, timex: Timex) -> bool:
    """ "at 1.30 am on the morning of his death": a clock time on the day of an event the sentence names by a noun;
    the tagger could only put it on the publication day, so it places nothing."""
    if not _CLOCK.search(timex.value):
        return False
    following = words_of(sentence.text[timex.end - sentence.start:])[:5]
    return len(following) >= 5 and following[:2] == ["on", "the"] and following[2] in dating_rules().event_day_parts \
        and following[3] == "of" and following[4] in lexicon().possessive_pronouns | {"the", "a", "an", "that"}


def is_state_clause_date(sentence: Sentence, timex: Timex, trigger: str, breaks: Sequence[tuple[int, int]]) -> bool:
    """ "Jackson complained that he needed to sleep, as he had rehearsals ... early the next morning": a date in a
    clause that a subordinator opens and that has a verb of state of its own ("had", "was") belongs to that clause;
    an event verb from the rest of the sentence is not its."""
    a = timex.start - sentence.start
    start = max((e for _, e in breaks if e <= a), default=0)
    end = min((b for b, _ in breaks if b >= timex.end - sentence.start), default=len(sentence.text))
    words = words_of(sentence.text[start:a] + " " + sentence.text[timex.end - sentence.start:end])
    rules = dating_rules()
    if len(words) < 3 or words[0] not in rules.state_subordinators or trigger in words:
        return False
    # "as he had", "because the bank was": a subject and its verb open the clause ("as early as 2016" is a phrase)
    if words[1] in lexicon().subject_pronouns:
        at = 2 if words[2] in rules.state_verbs else -1
    else:
        at = next((i for i in range(2, min(5, len(words))) if words[i] in rules.state_verbs), -1) \
            if words[1] in _BEFORE_ADJECTIVE else -1
    # "as the councillor was leaving a mosque on 3 May": a progressive is the background of the main clause's event,
    # which the date dates (timeline.events.titles.background_title), not a state
    return at > 0 and not (at + 1 < len(words) and words[at + 1].endswith("ing"))


_CLOCK_FIGURE = re.compile(r"\d{1,2}(?:[.:]\d\d)?+(?:am|pm|a\.m|p\.m)?+|\d{4}")


def is_clock_only(timex: Timex) -> bool:
    """ "11am", "at 9.45 pm", "1040", "noon", "four o'clock": a clock time with no day of its own (the tagger put it on a day it read, or on
    the publication day, for want of one)."""
    if not _CLOCK.search(timex.value):
        return False
    words = words_of(timex.text)
    clock = dating_rules().clock_words
    hours = dating_rules().clock_hour_words
    return bool(words) and all(w in clock or w in hours or _CLOCK_FIGURE.fullmatch(w) for w in words) \
        and any(_CLOCK_FIGURE.fullmatch(w) or w in hours or w in _CLOCK_NAMES for w in words)


_CLOCK_HOUR = re.compile(r"T(\d\d):(\d\d)")


def rounds_only_the_hour(timex: Timex, value: str) -> bool:
    """ "at approximately 5am" (TIME 2010-05-20T05:00 APPROX), the event dated 2010-05-20: the approximation is the
    hour's, not the day's (dating.yaml clock_round_mods); false near midnight (clock_round_edge_hours), where the
    hour rounded may fall on the day before or after, and for a phrase with no clock time ("about a week ago")."""
    t = table()
    clock = _CLOCK_HOUR.search(timex.value)
    if len(value) != 10 or clock is None or timex.mod not in t["clock_round_mods"]:  # type: ignore[operator]
        return False
    minutes = int(clock.group(1)) * 60 + int(clock.group(2))
    edge = int(t["clock_round_edge_hours"]) * 60  # type: ignore[call-overload]
    return edge <= minutes <= 24 * 60 - edge


_CLOCK_NAMES = frozenset({"noon", "midnight"})  # a clock time by name ("a little after noon")


def anchor_window_start(sentence_starts: Sequence[int], index: int) -> int:
    """Where the text begins whose days an offset or a clock time of sentence `index` may count from: the start of
    the sentence `offset_anchor_sentences` before it (dating.yaml)."""
    return sentence_starts[max(0, index - dating_rules().offset_anchor_sentences)]


_WORD_AT = re.compile(r"[A-Za-z0-9][\w'’.-]*+")


def subordinate_clause_start(sentence: Sentence, timex: Timex) -> int:
    """ "... was withdrawing from it when he died in June 2009": where the clause opens (after its subordinator,
    dating.yaml subordinate_openers) that a date ends when that clause follows the main clause's verb, so the date
    is that clause's event's and not the main clause's; -1 when it is not so. The clause holds a subject and a verb
    of its own before the date, and no clause break."""
    rules = dating_rules()
    before = sentence.text[: timex.start - sentence.start]
    tokens = list(_WORD_AT.finditer(before))[-rules.subordinate_clause_words - 1:]
    opener = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].group().lower() in rules.subordinate_openers),
                  -1)
    if opener < 0 or opener + 2 >= len(tokens) + 1:
        return -1
    clause = [words_of(t.group())[0] if words_of(t.group()) else "" for t in tokens[opener + 1:]]
    if any(c in before[tokens[opener].end():] for c in ",;:()–—") or " - " in before[tokens[opener].end():]:
        return -1  # a break inside: the date is not at the end of the subordinate clause
    verb = next((k for k, w in enumerate(clause) if is_past(w) or w in ("was", "were")), -1)
    if verb < 1 or verb > rules.subordinate_subject_words or {"that", "which", "who"} & set(clause[:verb]):
        return -1  # no subject of its own ("when asked", "after meeting")
    main = words_of(before[: tokens[opener].start()])
    if not any(is_past(w) or w in lexicon().reporting_verbs or w in dating_rules().state_verbs for w in main):
        return -1  # "When Jackson died in 2009, ...": the clause opens the sentence; the main clause follows
    return tokens[opener + 1].start()


def fronted_complement(sentence: Sentence, timex: Timex, breaks: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """ "he testified that over three days in April 2009, Jackson received 775mg of Demerol": the span (offsets in
    the sentence) of the clause after the comma that a date in the opening adverbial of a report's "that" clause
    dates; (-1, -1) when the date is not in such an adverbial."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    comma = next(((s, e) for s, e in breaks if s >= b), None)
    if comma is None or sentence.text[b:comma[0]].strip() or "," not in sentence.text[comma[0]:comma[1]]:
        return -1, -1  # the date does not close its piece right before a comma
    start = max((e for _, e in breaks if e <= a), default=0)
    before = words_of(sentence.text[start:a])
    if "that" not in before:
        return -1, -1
    at = len(before) - 1 - before[::-1].index("that")
    lex = lexicon()
    if at == 0 or before[at - 1] not in lex.reporting_verbs and not is_past(before[at - 1]) \
            or any(is_past(w) or w in lex.auxiliaries | lex.modals | lex.state_verbs for w in before[at + 1:]):
        return -1, -1  # "the claim that ...", or a verb of the "that" clause before the date: the date is its
    end = next((s for s, _ in breaks if s > comma[1]), len(sentence.text))
    following = words_of(sentence.text[comma[1]:end])[: dating_rules().fronted_verb_words + 1]
    if not any(k > 0 and is_past(w) for k, w in enumerate(following)):
        return -1, -1  # no subject and verb of its own after the comma
    return comma[1], end


def is_reduced_relative_date(sentence: Sentence, timex: Timex, trigger: str) -> bool:
    """ "a study submitted by BP to the ministry in 1994 was inadequate": a date that ends a participle phrase after
    its noun, with the main clause's verb right after the date, dates the participle; it dates no other verb of the
    sentence (the trigger found), though it may date the participle's own event (trigger == the participle)."""
    following = _NEXT_WORD.match(sentence.text, timex.end - sentence.start)
    rules = dating_rules()
    if following is None or following.group(1).lower() not in rules.main_verb_openers:
        return False
    piece = sentence.text[: timex.start - sentence.start]
    if any(mark in piece[-120:] for mark in ",;:"):
        piece = piece[max(piece.rfind(m) for m in ",;:") + 1:]
    full = words_of(piece)
    words = full[-rules.reduced_relative_words - 2:]
    lex = lexicon()
    at = next((k for k in range(len(words) - 1, 0, -1) if is_past(words[k])), -1)
    if at < 1:
        return False
    noun = words[at - 1]
    opener = full[len(full) - len(words) + at - 2] if len(full) - len(words) + at >= 2 else ""
    # "the 10 people regarded as ...": a noun the stop list holds ("people"), an article or a number before it
    counted = noun in lex.stopwords and noun.isalpha() and noun not in lex.noun_determiners \
        and noun not in lex.relative_pronouns and (opener in _DETERMINERS or opener.isdigit())
    if noun in lex.stopwords and not counted or noun in lex.auxiliaries or noun in lex.subject_pronouns \
            or is_adverb(noun) or is_past(noun):
        return False  # "BP had submitted ...", "it was submitted ...", "BP then submitted ...": a finite verb
    if words[at] == trigger:  # the participle's own event, unless the title would tell the main verb's act
        # "a memo dated March 3 was found": a date the participle takes as its object stays in the title, named
        # "decisions taken on the rig before the fatal blow-out on 20 April were taken": after a sequence lead the
        # date is that noun's (noun_of_another_event), not the participle's
        return trigger not in set(events_rules()["title_date_object_verbs"]) and _main_verb_acts(sentence, timex) \
            and not any(_ends_with(words[at + 1:k], rules.sequence_leads) for k in range(at + 2, len(words) + 1))
    return trigger not in words[at:]


def _main_verb_acts(sentence: Sentence, timex: Timex) -> bool:
    """ "the 10 people regarded as close contacts of the man on flight BE7096 on 30 April had been traced": the main
    verb right after the date is a passive or perfect act (an opener, "been", a participle), which the participle's
    title would tell as the date's; "a study submitted in 1994 was inadequate" (a state) keeps the date."""
    after = words_of(sentence.text[timex.end - sentence.start:])[:4]
    rest = [w for w in after[1:] if w not in ("been", "being", "be") and not is_adverb(w)]
    return bool(rest) and is_past(rest[0])


def is_object_participle_date(sentence: Sentence, timex: Timex, trigger: str, clause_start: int,
                              published: int | None) -> bool:
    """ "BP had ignored rules put in place in 2003": a date that ends a participle phrase (the participle, then one
    of dating.yaml object_participle_links) after the object of the clause's past verb (at most object_noun_words
    words: a determiner, an owner, nouns and adjectives; no verb, preposition or joiner between: "was shuttered and
    American personnel evacuated by sea in late February" is one act) dates the participle (the rules' making), not the clause's verb (the
    ignoring). The phrase must end at the date (a mark or the sentence's end after it). A verb that takes a clause
    ("confirmed rebels captured the town on Monday": object_participle_clause_verbs, the reporting verbs) or sees or
    causes the act ("saw the men killed on Sunday") keeps the date, and so does a date of the last
    perfect_past_days ("arrested protesters gathered in the square on Monday": one scene, told days later)."""
    rest = sentence.text[timex.end - sentence.start:]
    if not _PHRASE_ENDS.match(rest):
        return False
    words = words_of(sentence.text[clause_start: timex.start - sentence.start])
    if trigger not in words:
        return False
    # a present perfect takes no bare past date of its own ("has lifted all restrictions imposed last month"):
    # however recent, a date right after the participle is the participle's
    finished = _finished(timex, published)
    perfect = _word_before(words, trigger) in ("has", "have")
    if not perfect and not finished:
        return False
    t = table()
    lex = lexicon()
    clause_verbs = {str(w) for w in t["object_participle_clause_verbs"]} | set(lex.reporting_verbs)  # type: ignore[union-attr]
    if trigger in clause_verbs or not is_past(trigger):
        return False  # "since the revolt against Gadhafi erupted in February": an event noun found is no verb
    at = len(words) - 1 - words[::-1].index(trigger)
    if at > 0 and (words[at - 1] in lex.noun_determiners or words[at - 1] in lex.relative_pronouns
                   or words[at - 1] in lex.possessive_pronouns or words[at - 1] == "whose"):
        return False  # "whose armed wing tried ...": a past form before a noun is its adjective, not the verb
    most = int(t["object_noun_words"])  # type: ignore[call-overload]
    part = next((k for k in range(at + 1, min(len(words), at + most + 2)) if is_past(words[k])), -1)
    if part < at + 2:
        return False  # no object between the verb and the participle ("was killed in 2003")
    noun = words[part - 1]
    between = words[at + 1: part]
    quantifiers = {str(w) for w in t["object_quantifiers"]}  # type: ignore[union-attr]
    if any(w in lex.stopwords and w not in lex.noun_determiners and w not in lex.possessive_pronouns
           and w not in quantifiers or is_past(w) for w in between) \
            or any(w in lex.relative_pronouns or w == "that" or w in lex.auxiliaries or w in lex.modals for w in between) \
            or noun in lex.stopwords or noun in lex.subject_pronouns or is_adverb(noun) or noun in lex.auxiliaries:
        return False  # "BP had submitted", "that it was set": a finite verb, not a participle after a noun
    after = words[part + 1:]
    if not after:  # "has lifted all restrictions imposed last month": the date right after the participle
        return perfect
    links = {str(w) for w in t["object_participle_links"]}  # type: ignore[union-attr]
    return finished and after[0] in links and len(after) <= dating_rules().reduced_relative_words \
        and not any(is_past(w) for w in after)


def is_noun_participle_date(sentence: Sentence, timex: Timex, trigger: str) -> bool:
    """ "remained at the hospital recovering from wounds suffered Sunday in fighting", "is drawing up a blacklist ...,
    under a resolution adopted last December", "detained relatives of those killed in an alleged 1996 massacre": a
    date right after a past participle (or after one of dating.yaml object_participle_links and at most
    other_event_adjectives words) that follows a noun inside a prepositional phrase (one of noun_participle_links,
    a determiner and at most other_event_adjectives words before the noun) dates the participle, not the clause's
    verb before that phrase (the trigger; the participle found as the trigger gives no event either: its title tells
    that clause). A noun with no link before it ("arrested protesters gathered on Monday", "after the rebels
    retreated Sunday") or a phrase inside a subject (_follows_a_verb) keeps the rules above."""
    piece = sentence.text[: timex.start - sentence.start]
    words = words_of(piece)
    # the phrase lies after the last mark before the date ("the town of Brega, a spokesman said Monday": two clauses)
    phrase_from = len(words) - len(words_of(piece[max(piece.rfind(m) for m in _PHRASE_MARKS) + 1:]))
    t = table()
    lex = lexicon()
    reach = dating_rules().other_event_adjectives
    links = {str(w) for w in t["object_participle_links"]}  # type: ignore[union-attr]
    part = len(words) - 1
    at = next((k for k in range(part, max(-1, part - reach - 2), -1) if words[k] in links), -1)
    if at > 0 and is_past(words[at - 1]) \
            and not any(w in lex.stopwords and w not in lex.noun_determiners for w in words[at + 1:]) \
            and (at == part or words[at + 1] in lex.noun_determiners and _noun_follows(sentence, timex)):
        part = at - 1  # "killed in an alleged| 1996": the link, then a few words
    if part < 2 or not is_past(words[part]) or words[part] in lex.reporting_verbs:
        return False
    noun = words[part - 1]
    heads = {str(w) for w in t["noun_participle_heads"]}  # type: ignore[union-attr]
    if noun not in heads and (noun in lex.stopwords or is_past(noun) or is_adverb(noun)) \
            or noun in lex.subject_pronouns or noun in lex.auxiliaries:
        return False  # "BP had submitted", "it was adopted": a finite verb, not a participle after a noun
    opening = {str(w) for w in t["noun_participle_links"]}  # type: ignore[union-attr]
    for k in range(part - 2, max(phrase_from - 1, part - reach - 3), -1):
        word = words[k]
        if word in opening:  # the clause's verb before the phrase, which the title tells: the date is not its
            return _follows_a_verb(words, phrase_from, k) and (trigger == words[part] or trigger in words[:k])
        if word in lex.stopwords and word not in lex.noun_determiners or is_past(word):
            return False
    return False


def _noun_follows(sentence: Sentence, timex: Timex) -> bool:
    """ "an alleged 1996 massacre": a word that is no function word right after the date (the noun it qualifies);
    "fired at a military vehicle Saturday." has none."""
    after = words_of(sentence.text[timex.end - sentence.start:])[:1]
    return bool(after) and after[0] not in lexicon().stopwords and not is_past(after[0])


def _follows_a_verb(words: Sequence[str], phrase_from: int, link: int) -> bool:
    """Whether the prepositional phrase at `link` stands after a verb of its own clause ("remained at the hospital
    recovering from wounds suffered", "police detained relatives of those killed") or opens the piece after a mark
    (", under a resolution adopted"); not inside a subject ("but questions about his whereabouts swirled on Monday":
    "swirled" is the clause's verb)."""
    if link == phrase_from:
        return phrase_from > 0  # "About 50 rebel fighters spent Thursday": no phrase after a mark
    lex = lexicon()
    stops = {str(w) for w in table()["fronted_clause_stops"]} | {"and", "or"}  # type: ignore[union-attr]
    start = next((c + 1 for c in range(link - 1, phrase_from - 1, -1) if words[c] in stops), phrase_from)
    # a past act, no copula ("were among 13 civilians killed in Misrata fighting Tuesday", "has become for the West
    # emerged on Wednesday": the subject's own event)
    return any(is_past(w) and w not in lex.copulas for w in words[start:link])


_PHRASE_MARKS = (",", ";", ":", "(", ")", " - ", " – ", " — ")
_PHRASE_ENDS = re.compile(r"\s*+(?:[,.;:)!?]|[-–—]|$)")


def reported_event_title(title: str, value: str, published: int | None, told_before: str = "") -> str:
    """ "Dr Thao Nguyen said Conrad Murray sounded desperate" dated June 2009 (told in 2011) -> "Conrad Murray
    sounded desperate": the reported clause, when the date ends well before the telling, stands after the report's
    verb (`told_before`: the sentence before the date; "Last month, Hackett said ..." dates the saying), and the clause
    names its subject before a past verb ("the last time he saw the report was in March" is the speaker's own account: no
    pronoun in the subject); "Abassi said he left the office on February 20" -> "Abassi left the office": a "he",
    "she", "it" or "they" that opens the clause is the speaker, when a name of at most `reported_speaker_words`
    capitalised words tells the report. "" when the title is not so."""
    at = _finished_past_report_at(title, value, published, told_before)
    if at < 0:
        return ""
    words = title.split(" ")
    told = _told_clause(words, at)
    rest, _ = _named_clause(told)
    return _as_title(rest) or _as_title(_speaker_clause(words[:at], told))


def _told_clause(words: list[str], at: int) -> list[str]:
    """The clause reported after the reporting verb words[at]: the words after it, past the hearer of a verb that
    takes one (dating.yaml hearer_report_verbs: "told police he was away" -> "he was away"), which ends before
    "that" or a subject pronoun within hearer_words words; [] when no such end is found ("told reporters Gaddafi
    had fled": where the hearer ends is not told)."""
    rest = words[at + 1:]
    t = table()
    if words[at].lower() not in {str(w) for w in t["hearer_report_verbs"]}:  # type: ignore[union-attr]
        return rest
    for k, word in enumerate(rest[1: int(t["hearer_words"]) + 2], start=1):  # type: ignore[call-overload]
        if word.lower() == "that" or word.lower() in _SPEAKER_PRONOUNS:
            return rest[k:]
    return []


def is_untold_reported_past(title: str, value: str, published: int | None, told_before: str = "") -> bool:
    """ "The prosecution alleged that Dr Murray's gross negligence ... caused the star's death in June 2009" (told in
    2011): a report in the simple past whose reported clause holds a date of a finished past (long before the
    telling) is not dated by it, and when no title of the reported clause can be made (reported_event_title: its
    subject is long, or no past verb follows it) the date gives no event: neither the report (dated years before it
    was made) nor the clause (no title). A clause whose subject holds a pronoun may tell the speaker's own account
    and keeps its date."""
    at = _finished_past_report_at(title, value, published, told_before)
    if at < 0 or reported_event_title(title, value, published, told_before):
        return False
    clause = [w.lower() for w in _told_clause(title.split(" "), at)]
    if not clause:
        return False  # "told reporters Gaddafi had fled": whose clause it is cannot be told apart; the title stays
    verb = next((k for k, w in enumerate(clause) if _is_verb(w)), len(clause))
    # "A spokesman said it had never been involved in talks and its presence at the air show in 2009 was part of
    # ...": the date stands in a later conjunct with a subject of its own, which is the one to read
    before = [w.lower() for w in words_of(told_before)]
    joined = [k for k, w in enumerate(before) if w == "and" and k + 1 < len(before) and not _is_verb(before[k + 1])]
    if joined and verb < len(clause) and before[joined[-1] + 1:][:1] and before[joined[-1] + 1] in clause[verb + 1:]:
        later = before[joined[-1] + 1:]
        clause, verb = later, next((k for k, w in enumerate(later) if _is_verb(w)), len(later))
    # "The minister said the last time he saw the report was in early March": a pronoun in the clause's subject may
    # be the speaker, whose own account the date dates
    return not any(w in lexicon().subject_pronouns for w in clause[:verb])


def _finished_past_report_at(title: str, value: str, published: int | None, told_before: str) -> int:
    """Where the reporting verb (dating.yaml past_report_verbs) stands in the title when the date ends more than
    `perfect_past_days` before the publication and stands well after that verb in the sentence (not "said in
    November 2006 that ..."); -1 when it does not."""
    days = span(value.split("T", 1)[0])
    rules = dating_rules()
    if published is None or days is None or days[1] >= published - rules.perfect_past_days:
        return -1
    words = title.split(" ")
    verbs = rules.past_report_verbs | {str(w) for w in table()["hearer_report_verbs"]}  # type: ignore[union-attr]
    at = next((k for k, w in enumerate(words[:MAX_REPORT_AT]) if w.lower() in verbs), -1)
    before = words_of(told_before)
    verb_at = len(before) - 1 - before[::-1].index(words[at].lower()) if words[at].lower() in before else -1
    if at < 1 or verb_at < 0 or len(before) - verb_at <= 2:
        return -1  # "said in November 2006 that ...": the date right after the verb dates the saying
    if words[at].lower() in table()["hearer_report_verbs"] \
            and not _SPEAKER_PRONOUNS.union({"that"}).intersection(before[verb_at + 1:]):  # type: ignore[operator]
        return -1  # "told police in 2009 that ...": the date right after the hearer dates the telling
    occasion = before[verb_at + 1:]
    if occasion[0] in table()["report_occasion_prepositions"] and "that" not in occasion \
            and not any(_is_verb(w) for w in occasion[1:]):  # type: ignore[operator]
        return -1  # "said after talks with Lavrov on February 28 that ...": the date dates the saying's occasion
    if not any(_is_verb(w.lower()) for w in words[at + 1:]):
        return -1  # "..., Eva Rowe testified before Congress in 2007": no clause reported after the verb
    return at


def told_clause_date(title: str, sentence: Sentence, timex: Timex, value: str, published: int | None) -> str | None:
    """ "A spokesman ... said it had never been involved in talks ... and its presence at the Lavex air show in 2009
    was part of an Italian delegation" (told in 2011): a title that tells a report (dating.yaml
    told_clause_report_verbs within its first MAX_REPORT_AT words) takes no date of a finished past (`value` ending
    more than perfect_past_days before the publication) that stands in the told clause past a verb of that clause:
    the date is the told event's, and the telling's day is not given. The told clause's title when it opens with
    "he" or "she" (after "that" or the hearer) and a past verb, told of a speaker who is no pronoun ("The minister said
    he met Gaddafi in 2009" -> "The minister met Gaddafi"); "" (no event) when it does not; None when the rule does
    not hold: a date before the told clause's verb ("told CNN in February that he switched sides", "said last month it
    had bombed") dates the telling and stays."""
    days = span(value)
    if published is None or days is None or days[1] >= published - dating_rules().perfect_past_days:
        return None
    verbs = frozenset(str(w) for w in table()["told_clause_report_verbs"])  # type: ignore[union-attr]
    words = title.split(" ")
    at = next((k for k, w in enumerate(words[:MAX_REPORT_AT]) if k > 0 and w.lower() in verbs), -1)
    before = words_of(sentence.text[: timex.start - sentence.start])
    if at < 0 or words[at].lower() not in before or before[-1] in lexicon().noun_determiners:
        return None  # (after a determiner, "ordered the 1988 bombing": the noun's date, which its own rules read)
    told_after = before[len(before) - before[::-1].index(words[at].lower()):]  # between the last such verb and the date
    if not any(_is_verb(w) for w in told_after):
        return None
    rest = words[at + 1:]
    if not rest or not rest[0][:1].isalnum() or timex.text in title:
        return None  # "argued - he was briefed": no told clause; "... was in early March": the title tells its date
    that = next((k for k, w in enumerate(rest[:MAX_REPORT_AT]) if w.lower() == "that"), -1)
    told = rest[that + 1:]  # "revealed in a recent autobiography that he took ...": the told clause
    lex = lexicon()
    joined = [k for k, w in enumerate(told_after[:-1]) if w == "and" and any(_is_verb(v) for v in told_after[:k])
              and (told_after[k + 1] in lex.noun_determiners or told_after[k + 1] in lex.possessive_pronouns)]
    if joined:
        return ""  # "said it had never been involved ... and its presence at the air show in 2009 was ...": a
        # later conjunct with a subject of its own, which the title does not tell
    if told[:1] and told[0].lower() in _SPEAKER_PRONOUNS and told[1:2] \
            and (is_past(told[1].lower()) or told[1].lower() in _PAST_BE):  # "he left", "he was captured"
        if told[0].lower() not in _PERSON_PRONOUNS:
            return None  # "The company says it made a loss last year": "it" may be the speaker or another; as before
        if words[0].lower() in lexicon().subject_pronouns:
            return ""  # "He says he allowed the election in 1864": who is told of is not named
        return _as_title(words[:at] + told[1:])  # "The minister said he met Gaddafi" -> "The minister met Gaddafi"
    return ""


_PERSON_PRONOUNS = frozenset({"he", "she"})  # a person's clause told of the person who speaks


_PAST_BE = frozenset({"was", "were"})  # "he was away from the bed on 25 June 2009": a past state told of that day
_SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they"})  # the one who speaks ("I", "we" tell the speaker's words)


def _speaker_clause(speaker: list[str], rest: list[str]) -> list[str]:
    """ "Abassi" + "he left the office" -> "Abassi left the office": the clause with its opening "he", "she", "it" or
    "they" told as the speaker, when the speaker is a name (capitalised words, at most dating.yaml
    reported_speaker_words, no determiner first) and a past verb follows the pronoun; [] when not."""
    if rest[:1] == ["that"]:
        rest = rest[1:]
    if rest[:1] == [] or rest[0].lower() not in _SPEAKER_PRONOUNS \
            or not any(is_past(w.lower()) or w.lower() in _PAST_BE for w in rest[1:3]):  # "he left", "he was away"
        return []
    if not 0 < len(speaker) <= int(table()["reported_speaker_words"]) \
            or not all(w[:1].isupper() for w in speaker) or speaker[0].lower() in _BEFORE_ADJECTIVE:  # type: ignore[call-overload]
        return []  # "The BBC said he ...": a determiner opens no name
    return speaker + rest[1:]


MAX_REPORT_AT = 10  # how far into a title its reporting verb may stand ("Dr Murray's lawyer Edward Chernoff said")


def participle_report_title(title: str, sentence: Sentence, timex: Timex) -> str:
    """ "Van Uhm defended the organization's efforts, saying warplanes under NATO command flew 58 strike missions
    Monday" -> "Warplanes under NATO command flew 58 strike missions": a date after the past verb of the clause a
    reporting participle (dating.yaml participle_report_verbs) governs dates that clause, not the verb before the
    participle; the title is the clause when it names its subject (no pronoun) before its past verb, within
    `fronted_verb_words` words. "" when the title is not so."""
    rules = dating_rules()
    words = title.split(" ")
    at = next((k for k, w in enumerate(words) if w.lower() in rules.participle_report_verbs), -1)
    if at < 1:
        return ""
    rest, verb = _named_clause(words[at + 1:])
    if not rest:
        return ""
    before = sentence.text[: timex.start - sentence.start].lower()
    said_at = max(before.rfind(" " + words[at].lower() + " "), -1)
    if said_at < 0 or not re.search(rf"\b{re.escape(rest[verb].lower())}\b", before[said_at:]):
        return ""  # the date is not after the reported clause's verb ("saying on Monday that ...")
    return _as_title(rest)


def _named_clause(rest: list[str]) -> tuple[list[str], int]:
    """The words a reporting verb governs (a leading "that" dropped) and the place of their past verb, when they
    name their subject (no pronoun, possessive pronoun or second reporting verb) before a past verb within
    `fronted_verb_words` words; ([], -1) when they do not."""
    if rest[:1] == ["that"]:
        rest = rest[1:]
    low = [w.lower() for w in rest]
    verb = next((k for k, w in enumerate(low[: dating_rules().fronted_verb_words + 1]) if is_past(w)), -1)
    lex = lexicon()
    if verb < 1 or low[0] in lex.possessive_pronouns \
            or any(w in lex.reporting_verbs or w in lex.subject_pronouns for w in low[:verb]):
        return [], -1
    return rest, verb


def _as_title(words: list[str]) -> str:
    """The words as a title: the first capitalised; "" for none."""
    if not words:
        return ""
    return words[0][:1].upper() + words[0][1:] + (" " + " ".join(words[1:]) if len(words) > 1 else "")


def day_pairs(sentence: Sentence, dated: Sequence[Timex]) -> dict[int, Timex]:
    """ "12 rebels were killed on Saturday and Sunday": two days in a row joined by one of dating.yaml
    day_pair_joiners tell one happening over both; the index of the first -> the second (like a range's ends, they
    date no event)."""
    pairs: dict[int, Timex] = {}
    for i in range(len(dated) - 1):
        first, last = dated[i], dated[i + 1]
        joint = sentence.text[first.end - sentence.start: last.start - sentence.start].strip().lower()
        if joint not in dating_rules().day_pair_joiners:
            continue
        days = span(first.value.split("T", 1)[0]), span(last.value.split("T", 1)[0])
        if days[0] is not None and days[1] is not None and _DAY.fullmatch(first.value[:10]) \
                and _DAY.fullmatch(last.value[:10]) and days[1][0] == days[0][0] + 1:
            pairs[i] = last
    return pairs


def dates_a_later_event(sentence: Sentence, timex: Timex, trigger: str, clause_start: int) -> bool:
    """ "In a memorandum delivered to the judge in advance of Tuesday's hearing", "The WHO has called a meeting of
    experts for Wednesday", "The Council scheduled a Tuesday morning meeting": a date of an event that the clause's
    verb prepares or comes before (the hearing, the meeting) is that event's, never the verb's, which lies before it:
    the date qualifies a noun after one of dating.yaml later_event_leads (its possessive, or between a determiner and
    the noun), or an arranged noun that the verb (arranging_verbs) takes as its object (the date after one of
    arranged_date_links, or before the noun). A day after "on the eve of" is the day after the verb's (eve_day)."""
    if eve_day(sentence, timex):
        return False
    before = words_of(sentence.text[clause_start: timex.start - sentence.start])
    rules = dating_rules()
    following = words_of(sentence.text[timex.end - sentence.start:])[:1]
    attributive = _is_possessive_date(sentence, timex) \
        or bool(following) and following[0] in lexicon().event_nouns | rules.arranged_nouns
    lead = before[:-1] if before[-1:] and before[-1] in _BEFORE_ADJECTIVE else before
    if attributive and _ends_with(lead[before.index(trigger) + 1:] if trigger in before else lead,
                                  rules.later_event_leads):
        return True  # "delivered ... in advance of Tuesday's hearing", "Ahead of Sunday's meeting, activists urged"
    verb_at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in rules.arranging_verbs), -1)
    if verb_at < 0 or trigger not in (before[verb_at], *following):
        return False  # the event found is neither the arranging nor the arranged ("scheduled a Tuesday meeting")
    after_verb = before[verb_at + 1:]
    noun_at = next((k for k, w in enumerate(after_verb[: rules.arranged_noun_words + 1]) if w in rules.arranged_nouns),
                   -1)
    if noun_at < 0:  # "scheduled a Tuesday morning meeting": the noun follows the date
        return bool(following) and following[0] in rules.arranged_nouns and len(after_verb) <= 2
    words_between = after_verb[noun_at + 1:]
    return bool(words_between) and words_between[-1] in rules.arranged_date_links \
        and len(words_between) <= rules.arranged_noun_words and not any(is_past(w) for w in words_between)


# ", leading to their conviction", ", begun on 2 May,": a participle after a comma opens a clause or aside of its own
_AFTER_COMMA = re.compile(r",\s*+([a-z]++)\b")


def follows_a_fronted_date(sentence: Sentence, timex: Timex, dated: Sequence[Timex]) -> bool:
    """ "Earlier this week, Russia, India and Brazil voiced concerns about NATO strikes on Libyan state television last
    month": a date that opens the sentence (at most fronted_lead_words words before it, a comma after it) dates the
    main clause's verb; a later date of the same clause (one past verb between, none of fronted_clause_stops, no
    joiner right before it) that does not overlap the fronted one dates a noun of the clause, not the verb.
    "On Monday, rebels took the town in the morning" (a part of the fronted day) keeps the date."""
    t = table()
    stops = {str(w) for w in t["fronted_clause_stops"]} | set(lexicon().reporting_verbs)  # type: ignore[union-attr]
    mine = span(timex.value.split("T", 1)[0])
    offsets = {str(w) for w in t["fronted_offset_words"]}  # type: ignore[union-attr]
    if mine is None or offsets & set(words_of(timex.text)):
        return False  # "two years later": counts from the fronted date, its own event
    for other in dated:
        if other is timex or other.end > timex.start \
                or len(words_of(sentence.text[: other.start - sentence.start])) > int(t["fronted_lead_words"]):  # type: ignore[call-overload]
            continue
        rest = sentence.text[other.end - sentence.start: timex.start - sentence.start]
        between = words_of(rest)
        if not rest.lstrip().startswith(",") or any(w in stops for w in between) \
                or any(m.group(1).endswith("ing") or is_past(m.group(1)) for m in _AFTER_COMMA.finditer(rest)) \
                or sum(1 for w in between if is_past(w)) != 1:
            continue
        joiners = {str(w) for w in t["fronted_joiners"]}  # type: ignore[union-attr]
        if between and (between[-1] in joiners or len(between) > 1 and between[-1] in lexicon().date_prepositions
                        and between[-2] in joiners):
            continue  # "... took the town and on Sunday ...": another clause's date
        fronted = span(other.value.split("T", 1)[0])
        if fronted is not None and (mine[1] < fronted[0] or fronted[1] < mine[0]):
            return True
    return False


def is_anniversary_object_date(sentence: Sentence, timex: Timex, trigger: str, clause_start: int,
                               published: int | None) -> bool:
    """ "ordered the military into action on the eighth anniversary of the 2003 invasion of Iraq": a date in the
    object of an anniversary (dating.yaml anniversary_heads, then "of", at most anniversary_object_words words before
    the date, no past verb between) dates the event remembered, which lies years before the clause's verb; a date
    within perfect_past_days of the publication is the anniversary's own day ("gathered on the first anniversary of
    his death on June 25") and stays, and so does one whose event is told after it ("the anniversary of clashes in
    2006 when security forces killed protesters": the trigger is not before the anniversary)."""
    rules = dating_rules()
    before = words_of(sentence.text[clause_start: timex.start - sentence.start])
    reach = before[-rules.anniversary_object_words - 2:]
    head_at = next((k for k in range(len(reach) - 2, -1, -1)
                    if reach[k] in rules.anniversary_heads and reach[k + 1] == "of"), -1)
    if head_at < 0 or any(is_past(w) for w in reach[head_at + 2:]) \
            or trigger not in before[: len(before) - len(reach) + head_at]:
        return False
    days = span(timex.value.split("T", 1)[0])
    return published is not None and days is not None and days[1] < published - rules.perfect_past_days


def noun_of_another_event(sentence: Sentence, timex: Timex, trigger: str, clause_start: int,
                          published: int | None) -> tuple[int, int] | None:
    """ "A poll taken a few months after the 2003 invasion found ...", "Megrahi was convicted in connection with the
    1988 bombing", "calls to reverse his decision last March": a date that modifies a noun of another event than the
    clause's dates that noun, not the clause's verb (dating.yaml sequence_leads, later_act_verbs). Where the noun
    phrase stands in the sentence's text, from its determiner or owner to the noun and its complement (the date
    inside it); an empty span where a possessive pronoun owns the noun ("his decision last March", "recalls her 2007
    visit": no title a reader could place, so no event); None when the rule does not hold. The noun's own event found ("after the 2005
    explosion") is titled by that noun phrase as well."""
    rules = dating_rules()
    piece = sentence.text[clause_start: timex.start - sentence.start]
    tokens = list(WORD.finditer(piece))
    before = words_of(piece)
    if len(tokens) != len(before):
        return None  # a token words_of drops (a lone possessive mark): the positions would not line up
    qualified = _attributive_noun(sentence, timex, tokens)
    counted = counts_from_the_date(sentence, timex)  # the clause may open after the lead ("before" opens one)
    if qualified is None and counted and timex.text.split(" ", 1)[0].lower() in _DETERMINERS:
        # "in the hours before the 20 April explosion": the tagger read the determiner into the date
        head = _head_noun(sentence.text, timex.end - sentence.start)
        qualified = None if head is None else (len(tokens), *head)
    if qualified is not None:
        owner_at, noun_end, noun = qualified
        lead = before[:owner_at]
        undated = False  # dates37: only another present tells the date apart from the clause (no event noun: none)
        if not counted and not _ends_with(lead, _reaction_leads()) and (
                not _finished(timex, published)
                or not _ends_with(lead, rules.sequence_leads) and _later_act_at(lead) < 0
                and not tells_a_present_act(sentence, clause_start)
                and not (undated := _stands_before_noun(sentence, timex)
                         and tells_an_undated_present(sentence, clause_start))):
            return None  # "blamed Tuesday's failed attempt", "after Saturday's vote", told days later: one story
        start = clause_start + tokens[owner_at].start() if owner_at < len(tokens) else timex.start - sentence.start
        if owner_at < len(tokens) and before[owner_at] in lexicon().possessive_pronouns:
            return start, start  # "recalls her 2007 visit": whose visit the phrase does not name; no event at all
        if undated:  # "the 1991 Gulf war spill": the compound's last event noun heads it, not "war"
            bare = table()["post_noun_bare_date_nouns"]
            nouns = lexicon().event_nouns | frozenset(str(w) for w in bare)  # type: ignore[union-attr]
            while (found := _EVENT_NOUN_NEXT.match(sentence.text, noun_end)) and found.group(1).lower() in nouns:
                noun_end = found.end()
        end = _complement_end(sentence.text, noun_end)
        relative = _RELATIVE_NEXT.match(sentence.text, end) if undated else None
        if relative is not None and relative.group(1) is None:
            return None  # "a comrade of Gaddafi in the 1969 coup that brought him to power, is believed to ...": the
            # relative, closed by a comma, tells the noun's own event, which the rules before title
        if undated and (noun not in lexicon().event_nouns or relative is not None):
            # "a 2008 friendship treaty that prohibited ... has been officially suspended": the noun phrase and its
            # relative, no comma closing it, would be read through the main verb; no event (dates37)
            return start, start
        return start, end
    bare = _bare_post_noun_date(timex)  # "after the Piper Alpha disaster 22 years ago": no link before the date
    after_noun = _noun_before_date(tokens, before, bare)
    if after_noun is not None and _finished(timex, published) \
            and _ends_with(before[:after_noun], _phrases(table()["post_noun_date_leads"])):  # type: ignore[arg-type]
        # "following Gaddafi's decision in late 2003 to abandon ...": the date follows the noun it qualifies
        start = clause_start + tokens[after_noun].start()
        end = _infinitive_end(sentence.text, timex.end - sentence.start)
        told = len(before) - after_noun - (0 if bare else 1) \
            + len(words_of(sentence.text[timex.end - sentence.start: end]))
        if before[after_noun] in lexicon().possessive_pronouns:
            return start, start  # "after his arrest in 2005": whose arrest the phrase does not name
        if told >= noun_event_title_words():  # "after a referendum in January agreed under ...": too few words to
            return start, end  # title the noun's event; the clause keeps the date, as before
    owner_at = len(before) - 2  # "to reverse his decision last March": an event noun and its owner before the date
    if owner_at < 1 or before[-1] not in lexicon().event_nouns or not _is_owner(tokens[owner_at].group()):
        return None
    verb_at = _later_act_at(before[:owner_at])
    if verb_at < 1 or before[verb_at - 1] != "to" or not _finished(timex, published):
        return None  # only an act still to come (an infinitive) cannot be the past date's
    # "his decision" alone names no one a reader can place (the owner's name lies elsewhere): no event at all
    at = clause_start + tokens[owner_at].start()
    return at, at


def tells_a_present_act(sentence: Sentence, clause_start: int) -> bool:
    """ "the only surviving gunman from the 2008 terrorist attacks in Mumbai is challenging his death sentence":
    whether the clause's first finite verb is a present progressive (dating.yaml noun_date_under_present
    progressive_copulas, adverbs, then an -ing form), no past form or one of `stops` (was, has, will, ...) before it.
    Such a verb tells the article's day; a date of the finished past that qualifies a noun in its clause
    (noun_of_another_event) is the noun's, not the verb's (dates35). A past ("The 2009 vote was rigged"), a perfect, a
    modal or a simple present ("emerges", too like a plural noun to tell apart) is left alone."""
    rules = _noun_date_rules()
    words = words_of(sentence.text[clause_start:])
    for at, word in enumerate(words):
        if word in rules["stops"] or is_past(word):
            return False
        if word in rules["progressive_copulas"]:
            rest = [w for w in words[at + 1:at + 4] if not is_adverb(w)]
            return bool(rest) and rest[0].endswith("ing") and len(rest[0]) > 4
    return False


_RELATIVE_NEXT = re.compile(r"[”\"’']?+,?+\s++(?:that|which|who)\b([^,;:]*+$)?+")  # group: none closes it
_EVENT_NOUN_NEXT = re.compile(r" ([a-z]++)\b")
_NOUN_NEXT = re.compile(r"(?:'s|’s)?+ [“\"‘']?+[A-Za-z]")


def _stands_before_noun(sentence: Sentence, timex: Timex) -> bool:
    """Whether the date stands right before a word, or is a possessive ("the 1991 Gulf war spill", "Iran's 1979
    revolution", "Tuesday's vote"), not a span counted back ("dropped the name more than a decade ago, insisted": the
    date follows its noun phrase, no attributive date)."""
    return not _bare_post_noun_date(timex) and _NOUN_NEXT.match(sentence.text, timex.end - sentence.start) is not None


def tells_an_undated_present(sentence: Sentence, clause_start: int) -> bool:
    """ "Now, a 2008 friendship treaty that prohibited Italian bases from being used ... has been officially suspended",
    "An even worse prognosis emerges from the 1991 Gulf war spill": whether the clause's first finite verb is a
    present other than dates35's progressive (dating.yaml present_noun_dates): a present perfect or "has", a present
    copula or passive, a modal, or one of its present_verbs (not after a determiner, an owner, a number, a preposition
    or "to"). A verb right after a relative pronoun that is not the clause's first word is the relative clause's and
    is passed over. A past form or one of `stops` first ("killed", "had led", "was", "would") is no present: False.
    A clause with no verb after a comma ("Those figures hold a mix of historical legitimacy, | for participating in
    the 1969 coup") is read by the verb of the sentence's words before it.
    Such a present tells the article's day; a date of the finished past that qualifies a noun in its clause
    (noun_of_another_event) is the noun's, not the verb's (dates37)."""
    found = _undated_present_in(sentence.text[clause_start:])
    if found is None and clause_start > 0 and sentence.text[:clause_start].rstrip().endswith(","):
        found = _undated_present_in(sentence.text[:clause_start])
    return bool(found)


def _undated_present_in(text: str) -> bool | None:
    """tells_an_undated_present of the words of `text`: None when they hold no verb it reads."""
    rules = _present_noun_date_rules()
    lex = lexicon()
    not_after = _noun_date_rules()["not_after"]
    tokens = WORD.findall(text)
    words = words_of(text)
    if len(tokens) != len(words):
        tokens = words
    relative = 0  # 1: a relative pronoun seen, its verb to come; 2: past its verb, in the relative clause still
    for at, word in enumerate(words):
        if at and word in rules["relative_openers"] and not relative:
            relative = 1
            continue
        k = at - 1
        while k > 0 and is_adverb(words[k]):
            k -= 1  # "still faces": the word before the adverbs
        previous = words[k] if k >= 0 else ""
        auxiliary = word in rules["stops"] or word in rules["perfect_auxiliaries"] \
            or word in rules["present_copulas"] or word in rules["modals"]
        present = auxiliary and word not in rules["stops"] or word in rules["present_verbs"] and k >= 0 \
            and previous not in not_after and previous not in lex.noun_determiners \
            and not _is_owner(tokens[k]) and not previous[:1].isdigit()
        if relative == 1 and (auxiliary or present or is_past(word)):
            relative = 2  # "a 2008 treaty that prohibited ...": the relative clause's verb
            continue
        if relative == 2 and not auxiliary:
            continue  # "... from being used in any military action": still the relative clause's
        if word in rules["stops"] or is_past(word):
            return False
        if present:
            if word in rules["present_copulas"]:  # "is challenging": the progressive is tells_a_present_act's
                rest = [w for w in words[at + 1:at + 4] if not is_adverb(w)]
                return not (rest and rest[0].endswith("ing") and len(rest[0]) > 4)
            return True
    return None


@cache
def _present_noun_date_rules() -> dict[str, Any]:
    """dating.yaml present_noun_dates, its lists as sets."""
    rules = dict(table()["present_noun_dates"])  # type: ignore[call-overload]
    return {k: frozenset(str(w) for w in v) for k, v in rules.items() if k != "examples"}


def _bare_post_noun_date(timex: Timex) -> bool:
    """Whether the date phrase ends with one of dating.yaml post_noun_bare_date_ends ("22 years ago"): it follows the
    noun it qualifies with no link ("the Piper Alpha disaster 22 years ago")."""
    last = timex.text.rsplit(" ", 1)[-1].lower()
    return last in frozenset(str(w) for w in table()["post_noun_bare_date_ends"])  # type: ignore[union-attr]


def _noun_before_date(tokens: Sequence[re.Match[str]], before: Sequence[str], bare: bool = False) -> int | None:
    """ "following Gaddafi's decision in| late 2003": the index in `tokens` of the determiner or owner of an event
    noun that one of dating.yaml post_noun_date_links joins to the date right after it (at most
    other_event_adjectives words between the determiner and the noun); None when the words before the date do not
    end so. A noun's possessive owns the noun itself ("Gaddafi's decision"), and a name before it is the owner's:
    the index is the name's first word."""
    links = frozenset(str(w) for w in table()["post_noun_date_links"])  # type: ignore[union-attr]
    nouns = lexicon().event_nouns
    if bare:  # "the Piper Alpha disaster| 22 years ago": the noun right before the date, no link
        before = [*before, ""]
        nouns = nouns | frozenset(str(w) for w in table()["post_noun_bare_date_nouns"])  # type: ignore[union-attr]
    elif len(before) < 3 or before[-1] not in links:
        return None
    if len(before) < 3 or before[-2] not in nouns:
        return None
    lex = lexicon()
    for k in range(len(before) - 3, max(-1, len(before) - 4 - dating_rules().other_event_adjectives), -1):
        word = before[k]
        if word in lex.noun_determiners or _is_owner(tokens[k].group()):
            while k > 0 and _is_owner(tokens[k].group()) and tokens[k - 1].group()[:1].isupper() \
                    and before[k - 1] not in lex.stopwords:
                k -= 1  # "Muammar Gaddafi's": the owner's whole name
            return k
        if is_past(word) or word in lex.stopwords or word in lex.event_nouns:
            return None  # "after it [was] seized in 2003": a verb or a function word, no noun phrase
    return None


def _infinitive_end(text: str, end: int) -> int:
    """ "decision in late 2003| to abandon his nuclear weapons program": where an infinitive complement right after
    the date ends (the next mark, or dating.yaml parenthetical_complement_words words); `end` when none follows."""
    found = _INFINITIVE_AFTER.match(text, end)
    if found is None:
        return end
    most = int(table()["parenthetical_complement_words"])  # type: ignore[call-overload]
    last = found.end()
    for k, word in enumerate(_COMPLEMENT_WORD.finditer(text, found.end())):
        if k >= most or word.group(0)[:1] not in (" ", ""):
            break
        last = word.end()
    return last


_INFINITIVE_AFTER = re.compile(r"\s++to\b")


def parenthetical_noun_date(sentence: Sentence, timex: Timex, trigger: str,
                            clause_start: int) -> tuple[int, int] | None:
    """ "Some conservatives pointed out that the Assembly's decision, on Saturday evening, to sustain a call to a gay
    minister, left open two legal challenges": a date set off by commas right after an event noun with its
    determiner or owner, an infinitive (dating.yaml parenthetical_complements) after the closing comma, the noun
    phrase standing after the clause's verb, dates the noun's event, not that verb. Where the noun phrase stands,
    from its determiner or owner to the complement's end (the next mark, or parenthetical_complement_words words); None
    when the rule does not hold. "The attack, on Monday, killed five" (no verb before it) keeps the rules above."""
    a = timex.start - sentence.start
    before = sentence.text[clause_start:a]
    found = _PARENTHETICAL_NOUN.search(before)
    if found is None or found.group("noun").lower() not in lexicon().event_nouns:
        return None
    if trigger not in words_of(before[: found.start()]):
        return None  # the noun phrase opens the clause: its verb is the noun's event told
    t = table()
    after = _PARENTHETICAL_CLOSE.match(sentence.text, timex.end - sentence.start)
    if after is None or after.group(1).lower() not in {str(w) for w in t["parenthetical_complements"]}:  # type: ignore[union-attr]
        return None
    most = int(t["parenthetical_complement_words"])  # type: ignore[call-overload]
    end = after.start(1)
    for k, word in enumerate(_COMPLEMENT_WORD.finditer(sentence.text, after.start(1))):
        if k >= most or word.group(0)[:1] not in (" ", "") and k > 0:
            break
        end = word.end()
    return clause_start + found.start(), end


_PARENTHETICAL_NOUN = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our)|\b[A-Z][\w.-]*+(?:'s|’s))\s++(?:[\w'’-]++\s++){0,2}?"
    r"(?P<noun>[a-z][\w-]*+),\s*+(?:on|in|at)?\s*+$")
_PARENTHETICAL_CLOSE = re.compile(r"\s*+,\s*+([a-z]++)\b")


@cache
def _reaction_leads() -> tuple[tuple[str, ...], ...]:
    return _phrases(table()["reaction_leads"])  # type: ignore[arg-type]


def _finished(timex: Timex, published: int | None) -> bool:
    """Whether the date ends more than dating.yaml perfect_past_days before the publication (a finished past)."""
    days = span(timex.value.split("T", 1)[0])
    return published is not None and days is not None and days[1] < published - dating_rules().perfect_past_days


def _complement_end(text: str, end: int) -> int:
    """ "the 1988 bombing| of Pan Am Flight 103 over Lockerbie, ...": where the noun's complement ends, when a link
    of dating.yaml noun_complement_links opens it after the noun at `end`: before a clause break, a verb, a relative
    pronoun or after noun_complement_words words; `end` itself when no complement follows."""
    rules = table()
    links = frozenset(str(w) for w in rules["noun_complement_links"])  # type: ignore[union-attr]
    most = int(rules["noun_complement_words"])  # type: ignore[call-overload]
    lex = lexicon()
    last = end
    for k, found in enumerate(_COMPLEMENT_WORD.finditer(text, end)):
        word = found.group(1).rstrip(".")
        if found.group(0)[:1] not in (" ", "") or k == 0 and word not in links or k >= most or word.islower() and (
                _is_verb(word) or word in lex.relative_pronouns or word in lex.state_verbs or word in ("and", "or")):
            break  # a mark before the word ends the phrase ("over Lockerbie, Scotland")
        last = found.end()
    return last


_COMPLEMENT_WORD = re.compile(r"[^\w'’]*+([A-Za-z0-9][\w'’.-]*+)")


def _attributive_noun(sentence: Sentence, timex: Timex, tokens: Sequence[re.Match[str]]) -> tuple[int, int, str] | None:
    """ "the 2003 invasion", "an April announcement", "the US-led 2003 invasion", "Tuesday's failed attempt": (the
    index in `tokens` of the noun's determiner or owner, or len(tokens) when the date is the owner, where the noun
    ends in the sentence, the noun), when the date stands between the two (at most dating.yaml other_event_adjectives
    words after the determiner) or is the noun's possessive; None when not. The noun is the first event noun within
    other_event_adjectives words after the date ("failed attempt"), else the word right after it."""
    b = timex.end - sentence.start
    text = sentence.text
    possessive = text[b: b + 2] in ("'s", "’s")
    following = _head_noun(text, b + 2 if possessive else b)
    if following is None:
        return None
    if possessive:
        return (len(tokens), *following) if tokens and not _is_owner(tokens[-1].group()) else None
    if timex.start - sentence.start > 0 and not text[timex.start - sentence.start - 1].isspace():
        return None
    lex = lexicon()
    reach = dating_rules().other_event_adjectives
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 2 - reach), -1):
        word = tokens[k].group().lower()
        if word in lex.noun_determiners or _is_owner(tokens[k].group()):
            return (k, *following)
        if is_past(word) and k > 0 and _is_participle_adjective(tokens[k - 1].group()):
            continue  # "the botched September 2010 Times Square bombing plot": an adjective, no verb (dates38)
        if is_past(word) or word in lex.stopwords:
            return None  # "after [it] invaded in 2003": a verb or a function word before the date
    return None


def _is_participle_adjective(previous: str) -> bool:
    """Whether a past form right after `previous` is an adjective of a noun phrase, not a verb: `previous` is a
    determiner or an owner ("the botched September 2010 ... plot", "his failed 2008 bid", "a leaked 2009 cable"),
    never a noun or a pronoun ("the company reported 2009 profits", "they invaded 2003": a verb)."""
    return previous.lower() in lexicon().noun_determiners or _is_owner(previous)


def _head_noun(text: str, at: int) -> tuple[int, str] | None:
    """(where it ends, the noun) of the noun a date qualifies from `at` on: the first event noun within dating.yaml
    noun_head_words words ("Texas City refinery explosion"), else the last word of the phrase there ("failed
    attempt"); None when that word is no noun
    ("after March 2003 invaded", "in 2003 and")."""
    lex = lexicon()
    words = list(_COMPLEMENT_WORD.finditer(text, at))[: int(table()["noun_head_words"])]  # type: ignore[call-overload]
    if not words or words[0].group(0)[:1] not in (" ",) and words[0].start() != at:
        return None
    first = words[0].group(1).lower()
    if not first[:1].isalpha() or is_past(first) and len(words) < 2 or first in lex.date_prepositions \
            or first in lex.stopwords or first in lex.state_verbs or first in lex.future_auxiliaries:
        return None
    last = words[0]
    for found in words:
        word = found.group(1).lower()
        if found is not words[0] and (found.group(0)[:1] != " " or word in lex.stopwords or is_past(word)
                                      or word in lex.date_prepositions):
            break  # the noun phrase ends: "failed attempt| on the tide", "the 2003 invasion| found"
        if word in lex.event_nouns:
            return found.end(), word
        last = found
    return last.end(), last.group(1).lower()


def _is_owner(token: str) -> bool:
    """A possessive pronoun or a noun's possessive ("his", "Obama's"): a noun phrase's owner."""
    return token.lower() in lexicon().possessive_pronouns or token.endswith(("'s", "’s"))


def _later_act_at(words: Sequence[str]) -> int:
    """Where the last of dating.yaml later_act_verbs starts in the words, when it stands within later_act_reach
    words of their end with no past verb after it; -1 when none does."""
    rules = dating_rules()
    for k in range(len(words) - 1, max(-1, len(words) - 1 - rules.later_act_reach), -1):
        for verb in rules.later_act_verbs:
            start = k - len(verb) + 1
            if start >= 0 and tuple(words[start:k + 1]) == verb:
                return start
        if is_past(words[k]):
            return -1  # another verb between the act and the noun ("blamed the crew that caused the 2005 ...")
    return -1


def coming_date_after_past_clause(sentence: Sentence, timex: Timex, title: str, published: int | None) -> bool:
    """ "Steiner suggested that the White House had been too eager to put the spill behind it, with Democrats in
    Congress facing tough election fights in November" (told in August): a date wholly after the publication, in a
    phrase after a clause break (from the break to the date), while the title tells a past verb from outside that
    phrase, dates nothing the title tells (a past verb tells nothing ahead of its telling); and with none of
    dating.yaml coming_phrase_words nor a past verb in that phrase ("..., and will march on Tripoli on Monday") it tells
    no plan either: the date gives no event."""
    days = span(timex.value.split("T", 1)[0])
    if published is None or days is None or days[1] <= published or days[0] <= published and not _tells_rest_of(timex):
        return False
    before = sentence.text[: timex.start - sentence.start]
    cut = max(before.rfind(mark) for mark in ",;:")
    own = words_of(before[cut + 1:])
    if cut < 0 or not any(is_past(w) and w not in own for w in words_of(title)):
        return False
    coming = frozenset(str(w) for w in table()["coming_phrase_words"])  # type: ignore[union-attr]
    if "and" in own:  # "..., with X calling for the NOC to be dismantled and Agoco tendering cargoes later this month"
        own = own[len(own) - own[::-1].index("and"):]  # the date's own piece of the phrase
    return not any(w in coming or is_past(w) for w in own)


def _tells_rest_of(timex: Timex) -> bool:
    """ "later this month", "later this year": a phrase opening with one of dating.yaml coming_part_leads tells the part
    of its period after the publication, which the period's value holds."""
    first = words_of(timex.text)[:1]
    return bool(first) and first[0] in frozenset(str(w) for w in table()["coming_part_leads"])  # type: ignore[union-attr]


def is_span_end(sentence: Sentence, timex: Timex, published: int | None) -> bool:
    """ "the cost of operations through June 3 was about $800 million", "allowed him to live in Manchester until May
    of 2000", "decided to delay action until Monday": a date after one of dating.yaml span_end_leads ends a span (a
    stay, a delay, a count), and no event of its clause happened on it; unless a clause of its own follows it
    ("served as minister until February, when he defected": the "when" clause's event is the date's) or the date
    lies ahead ("The trial has been postponed until next year": the planned event's time)."""
    before = words_of(sentence.text[max(0, timex.start - sentence.start - 30): timex.start - sentence.start])
    if is_bound_past(before, timex):
        return True
    days = span(timex.value.split("T", 1)[0])
    leads = _phrases(table()["span_end_leads"])  # type: ignore[arg-type]
    if not _ends_with(before, leads) or published is None or days is None or days[0] > published:
        return False  # "The trial has been postponed until next year": the planned event's time
    return _CLAUSE_AFTER.match(sentence.text, timex.end - sentence.start) is None


def is_bound_past(before: Sequence[str], timex: Timex) -> bool:
    """ "extend its mission for another 90 days past the end of June", "keep troops there beyond 2014": a date right
    after one of dating.yaml span_bound_leads is a bound a span runs over, whether it lies behind or ahead, never the
    time of an act (`before`: the words just before the date); a clock time keeps its date ("shortly past midnight,
    rebels entered the town": the time they entered)."""
    if timex.type != "DATE" or "T" in timex.value or not before:
        return False  # "over the past two weeks": a duration the lead is part of
    return before[-1] in {str(w) for w in table()["span_bound_leads"]}  # type: ignore[union-attr]


_CLAUSE_AFTER = re.compile(r"[\s,]*+(?:when|as|after|before|and|but|then)\b", re.IGNORECASE)


_DETERMINERS = frozenset({"the", "a", "an"})


def _counts_from(words: Sequence[str]) -> bool:
    """Whether the words before a date end with an offset and one of dating.yaml offset_leads ("five days before",
    "in the hours before the", "one day after"): the date is the day counted from, not the event's."""
    t = table()
    leads = _phrases(t["offset_leads"])  # type: ignore[arg-type]
    units = frozenset(str(w) for w in t["offset_units"])  # type: ignore[union-attr]
    words = list(words[:-1]) if words and words[-1] in _DETERMINERS else list(words)
    for lead in leads:
        if len(words) > len(lead) and tuple(words[len(words) - len(lead):]) == lead:
            return words[len(words) - len(lead) - 1] in units
    return False


def counts_from_the_date(sentence: Sentence, timex: Timex) -> bool:
    """ "Two days after 19 March, the rebels retook the town": a date after an offset and one of dating.yaml
    offset_leads is the day the clause's event is counted from; it dates no event of the clause (the noun it
    qualifies is dated by noun_of_another_event)."""
    return _counts_from(words_of(sentence.text[max(0, timex.start - sentence.start - 40): timex.start - sentence.start]))


def since_phrase_start(sentence: Sentence, timex: Timex) -> int:
    """ "A 40% fall in the company's value since the Deepwater Explorer blew up on 20 April leaves BP vulnerable": where
    the phrase opens (after one of dating.yaml since_leads, at most since_phrase_words words before the date, no
    clause break) that the date ends or whose noun it owns ("since last month's uprising"): its own event is the
    date's, not the main clause's, which tells what came after; -1 when the date is not in such a phrase, or stands
    right after the lead ("since 13 April": the start of the main clause's state)."""
    t = table()
    leads = frozenset(str(w) for w in t["since_leads"])  # type: ignore[union-attr]
    before = sentence.text[: timex.start - sentence.start]
    tokens = list(_WORD_AT.finditer(before))[-int(t["since_phrase_words"]) - 1:]  # type: ignore[call-overload]
    lead = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].group().lower() in leads), -1)
    if lead < 0 or any(c in before[tokens[lead].end():] for c in ",;:()–—") or " - " in before[tokens[lead].end():]:
        return -1
    if lead == len(tokens) - 1:  # "since Tuesday's vote" owns a noun; "since 13 April" is the state's start
        owns = sentence.text[timex.end - sentence.start: timex.end - sentence.start + 2] in ("'s", "’s")
        return timex.start - sentence.start if owns else -1
    return tokens[lead + 1].start()


def since_clause_verb(phrase: str) -> bool:
    """Whether a "since" phrase (the text from its first word to the date) is a clause: a subject of at most
    dating.yaml subordinate_subject_words words, then a past verb of its own ("the rig exploded", "Gaddafi was
    swept"), not a relative clause's."""
    words = words_of(phrase)
    if words and words[0] in frozenset(str(w) for w in table()["since_participles"]):  # type: ignore[union-attr]
        return False  # "since becoming detached": the main clause's subject is the participle's
    verb = next((k for k, w in enumerate(words) if is_past(w) or w in ("was", "were")), -1)
    return 1 <= verb <= dating_rules().subordinate_subject_words and not {"that", "which", "who"} & set(words[:verb])


def since_phrase_end(sentence: Sentence, timex: Timex, since_at: int) -> int:
    """Where a "since" phrase that a date ends (or qualifies a noun of) stops: after the noun the date qualifies and
    its complement ("since the April 20 accident| involving the rig", "since its 1998 merger with Amoco|"), after the
    complement a link opens right after the date ("on Saturday| on a house in Tripoli"), else at the date."""
    date_end = timex.end - sentence.start
    possessive = sentence.text[date_end: date_end + 2] in ("'s", "’s")
    previous = sentence.text[since_at: timex.start - sentence.start].split()[-1:]
    attributive = bool(previous) and opens_noun_phrase(previous[0])  # "since the April 20 accident"
    if possessive or attributive or timex.text.split(" ", 1)[0].lower() in _DETERMINERS:
        head = _head_noun(sentence.text, date_end + 2 if possessive else date_end)
        if head is not None:
            return _complement_end(sentence.text, head[0])
    return _complement_end(sentence.text, date_end)


def tells_outside_since_phrase(title: str, sentence: Sentence, since_at: int, since_end: int) -> bool:
    """Whether a title tells the main clause rather than the event of the "since" phrase
    (sentence.text[since_at:since_end]) that its date ends: from its first past verb on (its subject may be the main
    clause's: "Western powers ... since launching air strikes" -> "Western powers launched air strikes"), it holds a
    lower-case word that is no stopword, found in the sentence outside the phrase and not inside it ("A 40% fall in
    the company's value", "Gadhafi blamed the U.N. for failing to prevent 65 wars")."""
    lex = lexicon()
    said = set(words_of(sentence.text.lower()))
    words = [w for w in title.split() if w[:1].islower() or w.lower() in said and w not in sentence.text]  # no names
    verb = next((k for k, w in enumerate(words) if is_past(w.lower()) and not (  # "a broken cable": an adjective
        k > 0 and words[k - 1].lower() in lex.noun_determiners)), 0)
    told = {w for w in words_of(" ".join(words[verb:])) if w not in lex.stopwords}
    inside = set(words_of(sentence.text[since_at:since_end]))
    outside = set(words_of(sentence.text[:since_at])) | set(words_of(sentence.text[since_end:]))
    return bool(told & (outside - inside))


def is_future_bound(sentence: Sentence, timex: Timex) -> bool:
    """ "All shipments received after 21 April will be subject to the ban": a date after one of dating.yaml
    future_bound_leads with one of future_bound_modals right after it bounds what a rule to come applies to; no event
    happened on it."""
    t = table()
    leads = frozenset(str(w) for w in t["future_bound_leads"])  # type: ignore[union-attr]
    modals = frozenset(str(w) for w in t["future_bound_modals"])  # type: ignore[union-attr]
    before = words_of(sentence.text[max(0, timex.start - sentence.start - 12): timex.start - sentence.start])
    following = _NEXT_WORD.match(sentence.text, timex.end - sentence.start)
    return bool(before) and before[-1] in leads and following is not None and following.group(1) in modals


_DEADLINE = re.compile(r"\s*+by\s*+$", re.IGNORECASE)


def is_deadline_date(sentence: Sentence, timex: Timex) -> bool:
    """ "By Wednesday, Ogrydziak said they should have a machine on the beach": a date after a sentence-opening "By"
    with one of dating.yaml deadline_modals within deadline_words words after it is a deadline of what is expected;
    nothing happened on it. "By Saturday evening, fighters had reached Brega" (no modal) keeps its date."""
    a = timex.start - sentence.start
    if not _DEADLINE.match(sentence.text[:a]):
        return False
    t = table()
    modals = frozenset(str(w) for w in t["deadline_modals"])  # type: ignore[union-attr]
    after = re.findall(r"[a-z]++|['’]ll\b", sentence.text[timex.end - sentence.start:].lower().replace("’", "'"))
    return bool(modals & set(after[: int(t["deadline_words"])]))  # type: ignore[call-overload]


_ATTRIBUTIVE_NEXT = re.compile(r"\s++([a-z][a-z'’-]*+)")


def is_attributive_bound(sentence: Sentence, timex: Timex) -> bool:
    """ "Israel's pre-1967 borders": a year joined by a hyphen to one of dating.yaml attributive_bound_prefixes,
    right before a lower-case word (its noun), describes that noun and dates no event; an event noun after it
    (attributive_bound_event_nouns: "the post-1967 occupation") keeps its date."""
    t = table()
    prefix, dash, _ = timex.text.partition("-")
    if not dash or prefix.lower() not in {str(w) for w in t["attributive_bound_prefixes"]}:  # type: ignore[union-attr]
        return False
    noun = _ATTRIBUTIVE_NEXT.match(sentence.text, timex.end - sentence.start)
    return noun is not None and noun.group(1) not in {str(w) for w in t["attributive_bound_event_nouns"]} \
        and noun.group(1) not in lexicon().stopwords  # type: ignore[union-attr]


def opens_noun_phrase(phrase: str) -> bool:
    """Whether a phrase opens with a determiner or an owner ("a NATO missile attack", "its founding", "Obama's
    visit"): a noun phrase, whose event is the date's."""
    first = _WORD_AT.match(phrase)
    return first is not None and (first.group().lower() in lexicon().noun_determiners or _is_owner(first.group()))


def dates_report_of_earlier_act(sentence: Sentence, timex: Timex, title_words: Sequence[str], trigger: str) -> bool:
    """ "Gaddafi replaced two ministers who had defected, state television said on Wednesday": a date that modifies a
    reporting verb (dating.yaml report_of_earlier_act: "said on Wednesday", "Yesterday, it was announced that") dates
    the report, so a title that tells another clause (no reporting verb in it) whose verb is told as earlier than the
    report (a perfect, "had defected"; or a clause "after" opens, "five months after the explosion spewed") gets no date from it. "X said rebels took the town on Monday" (the date after the reported verb) and
    "Rebels took the town, a spokesman said on Monday" (a simple past) keep it."""
    rules: dict[str, Any] = table()["report_of_earlier_act"]  # type: ignore[assignment]
    verbs = set(rules["report_verbs"])
    closing = _CLOSING.fullmatch(sentence.text, timex.end - sentence.start) is not None
    told = [w.lower() for w in title_words]
    if trigger and closing and not any(w in verbs for w in title_words) and _tells_own_time(told, _own_time_phrases()) \
            and _closes_report(sentence, timex, verbs, int(rules["own_time_report_words"])):
        return True  # "8,000 people fled into Tunisia over the weekend, the UNHCR said Tuesday": the weekend's flight
    sources = {str(p).split(" ", 1)[0] for p in rules["source_phrase_leads"]}  # "according": the title names a source
    if not trigger or any(w in verbs for w in title_words) or sources.intersection(told) or not (
            _modifies_report(sentence, timex, rules, verbs) or closing and _after_report(sentence, timex, rules)
            or _in_source_phrase(sentence, timex, rules)):
        return False  # "said on Wednesday", "..., the ministry told CNN Monday": the report's day
    verb = next((k for k, w in enumerate(told) if is_past(w)), -1)
    if verb >= 0 and told[verb] in rules["intention_verbs"] and told[verb + 1: verb + 2] == ["to"]:
        return True  # "The gunner planned to carry out more attacks, his lawyer said Friday": a plan held before
    words = words_of(sentence.text)
    if trigger not in words:
        return False
    back = words[max(0, words.index(trigger) - int(rules["back_words"])): words.index(trigger)][::-1]
    skipped = [w for w in back if w not in rules["perfect_skip"]]
    if skipped[:1] and skipped[0] in rules["perfect_auxiliaries"]:
        return True  # "who had also defected", "have destroyed"
    if any(w in rules["earlier_openers"] for w in back):
        return True  # "five months after the explosion spewed"
    # "12 U.N. staffers left Tripoli and are in Tunisia, the world body said Sunday": the state the act left holds on
    # the report's day; the act itself is told as before it
    if not is_past(trigger):
        return False  # "NATO risks sliding into a ground war and is trying to ...": a present told as the day's
    told = words_of(sentence.text[: timex.start - sentence.start])[words.index(trigger) + 1:]
    return any(w == "and" and told[k + 1: k + 2] and told[k + 1] in rules["present_states"]
               for k, w in enumerate(told))


def _in_source_phrase(sentence: Sentence, timex: Timex, rules: dict[str, Any]) -> bool:
    """ "..., according to a recorded conversation played on Libyan state television Thursday": whether the date
    stands in a source phrase that one of report_of_earlier_act source_phrase_leads opens within
    source_phrase_words words before it, no clause break between: it dates the source, as "said Thursday" does."""
    before = sentence.text[: timex.start - sentence.start]
    lead = max((before.lower().rfind(w + " ") for w in rules["source_phrase_leads"]), default=-1)
    return lead >= 0 and not _SOURCE_BREAK.search(before, lead) \
        and len(words_of(before[lead:])) <= int(rules["source_phrase_words"])


_SOURCE_BREAK = re.compile(r"[,;:()\u2014]")


def tells_own_time_before_report(sentence: Sentence, timex: Timex, told: Sequence[str]) -> bool:
    """ "A-10 and AC-130 ground attack aircraft were used over the weekend in Libya, Vice Adm. Bill Gortney said at a
    press briefing on Monday": what was told (`told`: the title's words before the speaker it keeps) has a time of its
    own (report_of_earlier_act own_time_phrases) before the report's day that closes the sentence: the report's day
    dates neither it nor, with its speaker kept, the saying's title (titles.kept_report `said_dated`)."""
    rules: dict[str, Any] = table()["report_of_earlier_act"]  # type: ignore[assignment]
    low = [w.lower() for w in told]
    return _CLOSING.fullmatch(sentence.text, timex.end - sentence.start) is not None \
        and _tells_own_time(low, _own_time_phrases()) \
        and _closes_report(sentence, timex, set(rules["report_verbs"]), int(rules["own_time_report_words"]))


@cache
def _own_time_phrases() -> tuple[tuple[str, ...], ...]:
    return _phrases(table()["report_of_earlier_act"]["own_time_phrases"])  # type: ignore[index]


def _closes_report(sentence: Sentence, timex: Timex, verbs: set[str], reach: int) -> bool:
    """Whether a reporting verb stands within `reach` words before the date that closes the sentence, with no other
    verb between ("..., Vice Adm. Bill Gortney said at a press briefing on Monday")."""
    before = [w.lower() for w in words_of(sentence.text[: timex.start - sentence.start])][-reach - 1:]
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in verbs), -1)
    return at >= 0 and not any(_is_verb(w) for w in before[at + 1:])


def _tells_own_time(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    """Whether the words hold one of the phrases (lower-case words) that give a reported act a time of its own
    before the report's day ("over the weekend", "in recent days")."""
    return any(tuple(words[k: k + len(p)]) == p for p in phrases for k in range(len(words) - len(p) + 1))


def is_report_dated_before(title: str, sentence: Sentence, timex: Timex, others: Sequence[tuple[int, int]]) -> bool:
    """ "August 30 - The NTC says they are almost certain that Khamis ... were killed on August 27", "On Monday, the
    army said rebels took the town on Sunday": a title that tells the report (one of report_of_earlier_act
    report_verbs within its first MAX_REPORT_AT words), dated by a date in what was reported (after the reporting
    verb and a verb of the reported clause), when another date of the sentence (`others`: offsets in the sentence)
    opens the sentence (after one of report_of_earlier_act fronted_report_date_leads at most) before that verb and
    dates the report: the date is the reported act's, never the report's. "The army said rebels took the town on Sunday"
    (no other date) keeps the rules above."""
    rules: dict[str, Any] = table()["report_of_earlier_act"]  # type: ignore[assignment]
    verbs = set(rules["report_verbs"])
    words = [w.lower() for w in title.split(" ")]
    at = next((k for k, w in enumerate(words[1:MAX_REPORT_AT], start=1) if w in verbs), -1)
    told = words[at + 1:][1:] if words[at + 1: at + 2] == ["that"] else words[at + 1:]
    if at < 0 or not told or _is_verb(told[0]) or told[0] == "by":
        return False  # "a man they said was shot down", "confirmed by their attacks": no clause of its own reported
    before = sentence.text[: timex.start - sentence.start]
    said = [m for m in WORD.finditer(before) if m.group(0).lower() in verbs]
    # "said late Thursday they believe ...": a date right after the verb (no verb of the reported clause before it)
    # is the report's own
    leads = set(rules["fronted_report_date_leads"])
    # the report's date opens the sentence ("August 30 - The NTC says", "On Monday, the army said"); a date further
    # on may be another clause's ("missing since Tuesday, ... but Keller said in his e-mail that ...")
    return bool(said) and any(_is_verb(w) for w in words_of(before[said[-1].end():])) \
        and any(end <= said[-1].start() and set(words_of(sentence.text[:start])) <= leads for start, end in others)


def _modifies_report(sentence: Sentence, timex: Timex, rules: dict[str, Any], verbs: set[str]) -> bool:
    """Whether the date stands right after a reporting verb ("said Monday", "said on Sunday") or right before an
    impersonal report ("Yesterday, it was announced")."""
    before = words_of(sentence.text[: timex.start - sentence.start])
    after = words_of(sentence.text[timex.end - sentence.start:])
    if before[-1:] and before[-1] in set(rules["date_prepositions"]):
        before = before[:-1]
    return bool(before[-1:] and before[-1] in verbs) \
        or (after[:2] == ["it", "was"] and after[2:3] != [] and after[2] in verbs)


def in_untitled_relative_aside(sentence: Sentence, timex: Timex, title: str) -> bool:
    """ "Donilon's announcement came as officials are debating whether to aid rebel forces, who have been battling to
    topple Gadhafi since mid-February": a date inside a relative clause set off by a comma (", who", ", which": one
    of dating.yaml relative_pronouns, no other break between it and the date) that closes the sentence (the main
    clause's verb before it) dates that clause only; a title that
    tells none of its verbs (the main clause's, cut before the comma) gets no date from it. "the Darfur conflict,
    which began in 2003" titled by its own clause ("The Darfur conflict began") keeps it."""
    before = sentence.text[: timex.start - sentence.start]
    comma = before.rfind(",")
    if comma < 0 or _ASIDE_BREAK.search(before, comma + 1):
        return False
    words = words_of(before[comma + 1:])
    if not words or words[0] not in dating_rules().relative_pronouns or words[0] == "that":
        return False
    told = set(words_of(title))
    after = sentence.text[timex.end - sentence.start:]
    end = _ASIDE_END.search(after)
    if end is not None and _CLOSING.fullmatch(after, end.start()) is None:
        return False  # "Hayward, who was in Houston today ..., hosted a call": the main verb after the aside shares it
    words += words_of(after)
    verbs = [w for w in words[1:] if is_past(w) or len(w) > 4 and w.endswith("ing")]  # no auxiliary: "was", "have"
    # only a title of the main clause itself (every word of it before the comma): "the movie, which was released
    # four months after the singer's death in 2009" titled "Jackson died" tells the noun's event, no main clause
    return bool(verbs) and not told.intersection(verbs) and told <= set(words_of(before[:comma]))


_ASIDE_BREAK = re.compile(r"[;:()]| [-–—] ")
_ASIDE_END = re.compile(r"[,;:()]| [-–—] ")


def when_clause_after(sentence: Sentence, timex: Timex) -> tuple[int, int] | None:
    """ "footage of the president giving Gaddafi a welcome in Paris in 2007, when Libya's leader planted his tent in
    the grounds of the Hotel de Marigny": a clause that one of dating.yaml `date_when_openers` opens right after the
    date and a comma tells what happened on that date; where its words stand in the sentence (past the opener, up to
    a break or the sentence's end), or None."""
    rest = sentence.text[timex.end - sentence.start:]
    opened = _WHEN_OPENER.match(rest)
    if opened is None or opened.group(1).lower() not in table()["date_when_openers"]:  # type: ignore[operator]
        return None
    start = timex.end - sentence.start + opened.end()
    stop = _ASIDE_BREAK.search(sentence.text, start)
    return start, stop.start() if stop else len(sentence.text.rstrip(" .!?\"'”’"))


_WHEN_OPENER = re.compile(r"\s*+,\s*+([A-Za-z]++)\s++")


def reported_act_day(sentence: Sentence, timex: Timex, dated: Sequence[Timex]) -> Timex | None:
    """ "A U.S. defense official confirmed Monday that Libyan forces fired a Scud missile on Sunday": the later,
    earlier-dated day of the sentence that dates the act a report tells, when `timex` is a day right after the
    reporting verb (or its hearer: "told CNN Wednesday that he resigned Monday") and the reported clause opens with
    its subject and a past verb before that day (dating.yaml reported_day_*); None otherwise. The report's day then
    gives no event and the act's day gives the reported clause."""
    t = table()
    rules: dict[str, Any] = t["report_of_earlier_act"]  # type: ignore[assignment]
    value = timex.value.split("T", 1)[0]
    if not _DAY.fullmatch(value) or not _after_report(sentence, timex, rules):
        return None
    act = next((o for o in dated if o.start >= timex.end), None)
    if act is None or not _DAY.fullmatch(act_value := act.value.split("T", 1)[0]) or act_value >= value:
        return None  # "announced Monday that it will open a consulate Tuesday": a plan, told as news that day
    between = sentence.text[timex.end - sentence.start: act.start - sentence.start]
    rest = sentence.text[act.end - sentence.start:]
    words = words_of(between)
    if _REPORTED_DAY_BREAK.search(between) or not words or words[-1] in t["reported_day_not_after"] \
            or rest[:2] in ("'s", "’s") or not (is_past(words[-1]) or words[-1] in t["reported_day_leads"]):  # type: ignore[operator]
        return None  # "since Wednesday afternoon", "Friday's vote", "welcomed a call Friday by ...": a noun's day
    # "told CNN Wednesday in a telephone interview that he had resigned Monday": the clause after a near "that"
    that = words.index("that") + 1 if "that" in words[:_REPORTED_THAT_REACH] else 0
    clause = words[that:]
    verb = next((k for k, w in enumerate(clause[:_REPORTED_VERB_REACH]) if is_past(w)), -1)
    stops = set(t["reported_day_modals"]) | set(t["relative_pronouns"]) | set(rules["subordinators"]) \
        | set(rules["report_verbs"]) | set(t["reported_day_breaks"])  # type: ignore[arg-type]
    if verb < 1 or stops.intersection(clause[:verb]) or stops.intersection(clause[verb:]) - {"that"}:
        return None  # "said Monday they remain in control of a town they seized Saturday": no past verb first
    return act


_REPORTED_THAT_REACH = 6  # how far after the report's day its "that" may stand (past a hearer or a manner phrase)
_REPORTED_VERB_REACH = 8  # how far into the reported clause its past verb may stand ("a residential building west
# of Tripoli was targeted"): a verb further on belongs to a relative or a later clause
_REPORTED_DAY_BREAK = re.compile(r"[;:()\[\]]| [-–—] ")


def _after_report(sentence: Sentence, timex: Timex, rules: dict[str, Any]) -> bool:
    """Whether the date stands right after a reporting verb ("said Monday", "said on Sunday") or after the hearer of
    one that takes one ("told CNN Wednesday", "told reporters on Saturday")."""
    if _modifies_report(sentence, timex, rules, set(rules["report_verbs"])):
        return True
    t = table()
    before = words_of(sentence.text[: timex.start - sentence.start])
    if before[-1:] and before[-1] in set(rules["date_prepositions"]):
        before = before[:-1]
    hearers = set(t["hearer_report_verbs"])  # type: ignore[call-overload]
    reach = int(t["reported_day_hearer_words"])  # type: ignore[call-overload]
    return any(len(before) > k and before[-k - 1] in hearers and not any(is_past(w) for w in before[-k:])
               for k in range(1, reach + 1))


def reported_clause_title(title: str) -> str:
    """ "A U.S. defense official confirmed that Libyan forces fired a Scud missile" -> "Libyan forces fired a Scud
    missile": the clause a report's title tells, when it names its subject before its past verb (or opens with "he",
    "she", "it", "they" and the speaker is a name: "Abassi said he resigned" -> "Abassi resigned"); "" otherwise."""
    words = title.split(" ")
    rules: dict[str, Any] = table()["report_of_earlier_act"]  # type: ignore[assignment]
    verbs = set(rules["report_verbs"])
    at = next((k for k, w in enumerate(words[:MAX_REPORT_AT]) if w.lower() in verbs), -1)
    if at < 1:
        return ""
    told = _told_clause(words, at)
    rest, _ = _named_clause(told)
    return _as_title(rest) or _as_title(_speaker_clause(words[:at], told))


_CLOSING = re.compile(r"[\s.,;:!?\"'“”‘’)\]]*+")  # what may follow a date that closes its sentence


def reported_main_clause_end(sentence: Sentence, timex: Timex, clause_start: int) -> int:
    """ "Three people died when they tried to get off a ship, the ministry said Sunday": where the reported main
    clause ends (the offset in the sentence of the subordinator that opens the date's clause), when the date modifies
    the report that closes the sentence and that clause opens with one of dating.yaml report_of_earlier_act
    `subordinators`; -1 otherwise. The report's day is the main clause's, not the subordinate clause's."""
    rules: dict[str, Any] = table()["report_of_earlier_act"]  # type: ignore[assignment]
    if clause_start <= 0 or _CLOSING.fullmatch(sentence.text, timex.end - sentence.start) is None \
            or not _modifies_report(sentence, timex, rules, set(rules["report_verbs"])):
        return -1
    first = words_of(sentence.text[clause_start: clause_start + 20])[:1]
    comma = sentence.text.rfind(",", 0, timex.start - sentence.start)
    if not first or first[0] not in rules["subordinators"] or comma < clause_start:
        return -1  # "controversy since details were announced last month": the date is the clause's own verb's
    # "A woman who was dragged away after telling journalists ... will be seen, a spokesman said Thursday": the main
    # clause's verb comes after the subordinate clause (a relative pronoun before the first verb): not the rule's
    t = table()
    openers, pronouns = set(t["main_verb_openers"]), set(t["relative_pronouns"])  # type: ignore[call-overload]
    main = words_of(sentence.text[:clause_start])
    verb = next((k for k, w in enumerate(main) if is_past(w) or w in openers), len(main))
    return -1 if any(w in pronouns for w in main[:verb]) else clause_start


def eve_day(sentence: Sentence, timex: Timex) -> str:
    """ "Diplomatic activity accelerated on the eve of a 35-nation meeting in London on Tuesday": the day before a
    day that stands within dating.yaml `eve_object_words` words after one of `eve_leads` (no clause break or past
    verb between: the day is the noun's event's), which is the clause's event's day; "" otherwise. "made their last
    rounds on Saturday on the eve of an election" (the date before the lead) is the verb's own."""
    t = table()
    value = timex.value.split("T", 1)[0]
    if timex.type not in ("DATE", "TIME") or not _DAY.fullmatch(value):
        return ""
    before = sentence.text[: timex.start - sentence.start]
    for lead in (str(p) for p in t["eve_leads"]):  # type: ignore[union-attr]
        at = before.lower().rfind(lead + " ")
        rest = before[at + len(lead):]
        words = words_of(rest)
        if at >= 0 and len(words) <= int(t["eve_object_words"]) and _EVE_BREAK.search(rest) is None \
                and not any(is_past(w) for w in words):  # type: ignore[call-overload]
            return (dt.date.fromisoformat(value) - dt.timedelta(days=1)).isoformat()
    return ""


_EVE_BREAK = re.compile(r"[,;:()]")


_WHEN_AFTER = re.compile(r"\s*+,?\s*+(?:when|after)\b", re.IGNORECASE)  # "since Tuesday, when they took it"


def since_start_mod(sentence: Sentence, timex: Timex, title: str = "") -> str:
    """ "NATO warplanes have been pounding Gadhafi's forces since March 31": a date right after one of dating.yaml
    `since_leads` that the main clause keeps is where its state or activity starts, and it goes on after it: the
    event takes `since_start_mod`. Not "since Tuesday's vote" (the noun's day) nor "since Tuesday, when they
    captured it" (the "when" clause's event is on the day), nor a title that tells the start itself ("had been
    foreign minister since 2004" -> "became foreign minister": onset_title_words the sentence does not have)."""
    t = table()
    told = set(words_of(sentence.text))
    if any(w in t["onset_title_words"] and w not in told for w in words_of(title)):  # type: ignore[operator]
        return ""
    words = words_of(sentence.text[max(0, timex.start - sentence.start - 12): timex.start - sentence.start])
    rest = sentence.text[timex.end - sentence.start:]
    if not words or words[-1] not in t["since_leads"] or rest[:2] in ("'s", "’s") \
            or _WHEN_AFTER.match(rest):  # type: ignore[operator]
        return ""
    return str(t["since_start_mod"])


def is_participle_since_date(sentence: Sentence, timex: Timex, trigger: str) -> bool:
    """ "Libyan rebels released four French nationals detained in Benghazi since May 11": a date right after one of
    dating.yaml `since_leads` that ends a participle phrase after the clause's verb (a past form after the verb's
    object, with no auxiliary before it and no reporting verb) starts the participle's state (the detention), not
    the verb's event: it dates no event of the clause. "Rebels have held the town since 13 April" (no participle
    between) and "rebels have sought to oust him since February" (an auxiliary first) keep it."""
    t = table()
    before = words_of(sentence.text[: timex.start - sentence.start])
    if not before or before[-1] not in t["since_leads"] or trigger not in before[:-1]:  # type: ignore[operator]
        return False
    at = len(before) - 2 - before[-2::-1].index(trigger)  # the verb's last place before the lead
    between = before[at + 1:-1]
    auxiliaries = set(t["passive_be_words"]) | {"has", "have", "had"}  # type: ignore[call-overload]
    attributive = set(events_rules()["attributive_participle_leads"])  # "a United Nations resolution": no participle
    return any(is_past(w) and k > 0 and between[k - 1] not in auxiliaries | attributive
               and w not in lexicon().reporting_verbs and not auxiliaries & set(between[k + 1:])
               for k, w in enumerate(between))  # "..., had been searching the harbor since Monday": a verb after it


@cache
def _occasion_rules() -> tuple[frozenset[str], frozenset[str]]:
    t = table()["occasion_names"]  # type: ignore[index]
    return frozenset(str(r) for r in t["occasion_rules"]), frozenset(str(r) for r in t["relative_rules"])  # type: ignore[index]


def names_an_occasion(timex: Timex, dated: Sequence[Timex]) -> bool:
    """ "held its annual Easter Sunrise Service ceremony yesterday": a holiday (dating.yaml occasion_names) in a
    sentence that also tells its day relative to the page ("yesterday", "last night") names the occasion; the relative
    word dates the event, whether or not the holiday's own day agrees with it (a page dated a day off its place's)."""
    occasions, relatives = _occasion_rules()
    return timex.rule in occasions and any(t.rule in relatives for t in dated if t is not timex)


_JOINER_AT = re.compile(r"\b(?:and|but)\b", re.IGNORECASE)
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "its", "their", "his", "there"})
_SIMPLE_PAST_BE = frozenset({"was", "were"})
_CONJUNCT_NOT_OPENING = frozenset({"that", "this", "then", "so", "yet", "if", "unless", "whether", "how", "what"})


def _verb_group_at(words: Sequence[str]) -> int:
    """Where the first verb of the words stands (a past form, an auxiliary or a modal), or -1."""
    lex = lexicon()
    return next((k for k, w in enumerate(words) if is_past(w) or w in lex.auxiliaries or w in lex.modals), -1)


def _tells_no_simple_past(words: Sequence[str]) -> bool:
    """Whether the clause's verb group is a perfect, a present or a modal ("have been pounding", "had targeted",
    "are deeply divided", "could be heard"): a clause the day of a simple past beside it does not date."""
    at = _verb_group_at(words)
    reports = set(table()["report_of_earlier_act"]["report_verbs"])  # type: ignore[index]
    if at >= 0 and words[at] in reports:  # "said five airstrikes had targeted the port": the reported clause's verb
        rest = _verb_group_at(words[at + 1:])
        at = at + 1 + rest if rest >= 0 else -1
    if at < 0:
        return False
    conjunct = table()["conjunct_perfects"]
    return words[at] in conjunct or words[at] in lexicon().modals  # type: ignore[operator]


def dated_conjunct_title(title: str, sentence: Sentence, timex: Timex,
                         others: Sequence[tuple[int, int]] = ()) -> str:
    """ "The strongman's tanks have been pounding the city and bombs fell Thursday near the hospital" -> "Bombs fell
    near the hospital": a title of two clauses joined by one of dating.yaml `conjunct_joiners`, the second with a
    subject of its own (a determiner, a name, a number or a noun first; no pronoun) and its verb within
    `conjunct_subject_words` words (no comma, joiner, relative or subordinator between), is cut to the clause the
    date stands in when the other clause tells no simple past of its own (a perfect, a present or a modal:
    `conjunct_perfects`) or a time of its own (report_of_earlier_act own_time_phrases: "Rebels fled over the
    weekend and troops entered the town on Monday") or another date of the sentence (`others`: spans in the
    sentence), which the date does not reach; "" when the title is not so. Two simple pasts ("Ten rebels
    were killed and 172 wounded on Saturday", "X took the town and Y fled on Monday") share the date and keep the
    title, as do "Obama and Cameron met on Monday" (no verb before the joiner) and "... and he resigned" (a
    pronoun)."""
    t = table()
    joiners = {str(w) for w in t["conjunct_joiners"]}  # type: ignore[union-attr]
    reach = int(t["conjunct_subject_words"])  # type: ignore[call-overload]
    lex = lexicon()
    words = title.split(" ")
    low = [w.lower().strip(",;:\"“”") for w in words]
    relatives = {str(w) for w in t["relative_pronouns"]}  # type: ignore[union-attr]
    stops = joiners | relatives | {str(w) for w in t["report_of_earlier_act"]["subordinators"]}  # type: ignore[index]
    for k in range(len(words) - 2, 0, -1):
        if low[k] not in joiners or _verb_group_at(low[:k]) < 0 or any(w in relatives for w in low[:k]):
            continue
        first, head = words[k + 1], low[k + 1].split("'")[0].split("’")[0]
        if head in lex.subject_pronouns or head in stops or head in _CONJUNCT_NOT_OPENING \
                or _verb_group_at([low[k + 1]]) == 0 or is_adverb(low[k + 1]) or not (
                    head in lex.noun_determiners or head in lex.number_words or first[:1].isupper()
                    or first[:1].isdigit() or head != low[k + 1] or head.endswith("s")):
            continue  # not a subject: "and reach full output" (a second verb), "free and fair elections"
        verb = _verb_group_at(low[k + 2: k + 2 + reach])
        if verb < 0:
            continue
        verb += k + 2
        bare = not (head in lex.noun_determiners or head in lex.number_words or first[:1].isupper()
                    or first[:1].isdigit() or head != low[k + 1])
        if bare and verb != k + 2:
            continue  # "every oil and gas well drilled": a bare noun is a subject only right before its verb
        if (head[:1].isdigit() or head in lex.number_words) and low[verb] not in lex.auxiliaries:
            return ""  # "one fighter had been killed and four wounded": the count shares the first clause's verb
        if any(w.endswith(",") for w in words[k + 1: verb]) or any(w in stops for w in low[k + 2: verb]):
            continue
        if any(w in _OBJECT_PRONOUNS for w in low[verb + 1:]):
            return ""  # "but government forces retook it on Monday": "it" is named only in the other clause
        found = [m for m in re.finditer(rf"\b{re.escape(low[verb])}\b", sentence.text, re.IGNORECASE)]
        if len(found) != 1:
            return ""  # which clause of the sentence the verb is in cannot be told
        joins = [m for m in _JOINER_AT.finditer(sentence.text, 0, found[0].start()) if m.group(0).lower() == low[k]]
        if not joins:
            return ""
        at = joins[-1].start()
        # the tense as the sentence tells it (a title's "have seized" is made "seized")
        left = [w.lower() for w in words_of(sentence.text[:at])]
        right = [w.lower() for w in words_of(sentence.text[joins[-1].end():])]
        own = _own_time_phrases()  # "Rebels fled over the weekend and troops entered the town on Monday"
        dated_left = any(end <= at for _, end in others)  # "Troops entered the town on Monday and ... the day before"
        dated_right = any(start >= joins[-1].end() for start, _ in others)
        if timex.start - sentence.start > at \
                and (_tells_no_simple_past(left) or _tells_own_time(left, own) or dated_left) \
                and (is_past(low[verb]) and low[verb] not in lex.auxiliaries or low[verb] in _SIMPLE_PAST_BE):
            return first[:1].upper() + first[1:] + (" " + " ".join(words[k + 2:]) if k + 2 < len(words) else "")
        if timex.end - sentence.start <= at \
                and (_tells_no_simple_past(right) or _tells_own_time(right, own) or dated_right):
            return " ".join(words[:k]).rstrip(",;: ")
        return ""
    return ""



def offset_conjunct_title(title: str, sentence: Sentence, timex: Timex) -> str:
    """ "She went to the hospital on 8 April but died five days later" -> "She went to the hospital", "He was arrested
    in 2003 ..., but was found not guilty following a five-month trial" -> "He was arrested ...": a title of two verbs
    joined by one of dating.yaml `conjunct_joiners`, the second verb within offset_conjuncts.yaml `verb_words` words
    after the joiner (one subject for both, or one of its own; no comma or relative between), is cut before the
    joiner when the date stands before that joiner in the sentence and the sentence's second conjunct (up to its next
    comma) tells a time counted from the first (offset_conjuncts.tells_offset): that act is not the date's. "" when
    the title is not so: "was shot and killed on Monday", "took the town on Monday and held it" (no time of its own),
    "Obama and Cameron met on Monday" (no verb before the joiner)."""
    t = table()
    joiners = {str(w) for w in t["conjunct_joiners"]}  # type: ignore[union-attr]
    relatives = {str(w) for w in t["relative_pronouns"]}  # type: ignore[union-attr]
    words = title.split(" ")
    low = [w.lower().strip(",;:\"“”") for w in words]
    date_end = timex.end - sentence.start
    for k in range(1, len(words) - 1):
        if low[k] not in joiners or _verb_group_at(low[:k]) < 0:
            continue
        ahead = low[k + 1: k + 1 + offset_table().verb_words]
        verb = _verb_group_at(ahead)
        if verb < 0 or any(w.endswith(",") for w in words[k: k + 1 + verb]) \
                or any(w in relatives or w in joiners for w in ahead[:verb]):
            continue  # "with his brother and sister after a raid": no verb of its own
        opening = re.compile(rf"\b{re.escape(low[k])}\s+{re.escape(words[k + 1])}\b", re.IGNORECASE)
        found = opening.search(sentence.text, date_end)
        if found is None:
            return ""  # the joiner is not after the date in the sentence: the date may be the second verb's
        rest = sentence.text[found.end():]
        stop = re.search(r"[,;:()\u2013\u2014]|\s-\s", rest)
        conjunct = [w.lower() for w in words_of(rest[: stop.start() if stop else len(rest)])]
        if not tells_offset([words[k + 1]] + conjunct):
            return ""
        return " ".join(words[:k]).rstrip(",;: ")
    return ""


@cache
def _noun_date_rules() -> dict[str, Any]:
    """dating.yaml noun_date_under_present, its lists as sets."""
    rules = dict(table()["noun_date_under_present"])  # type: ignore[call-overload]
    return {k: (frozenset(str(w) for w in v) if isinstance(v, list) else v) for k, v in rules.items()}


def present_title_verb(title: str) -> str:
    """The title's first verb when it is a present (dating.yaml noun_date_under_present): an -s form of a verb (its
    -ed form a past) before one of `object_openers` and not right after a determiner ("replaces a previous cap",
    "alleges that"), or a progressive ("are reacting"); "" when a past, a perfect, a modal or none comes first."""
    rules = _noun_date_rules()
    lex = lexicon()
    words = words_of(title)[: int(rules["title_verb_words"])]
    for i, word in enumerate(words):
        if word in rules["stops"] or is_past(word):
            return ""
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in rules["progressive_copulas"]:
            rest = [w for w in words[i + 1:] if not is_adverb(w)]
            return rest[0] if rest and rest[0].endswith("ing") and len(rest[0]) > 4 else ""
        if i and len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
                and words[i - 1] not in lex.noun_determiners and words[i - 1] not in rules["not_after"] \
                and not words[i - 1].endswith("ing") and word not in lex.event_nouns \
                and following in rules["object_openers"] \
                and (is_past(word[:-1] + "d") or is_past(word[:-1] + "ed") or is_past(word[:-2] + "ed")):
            return word
    return ""


def dates_a_noun_under_present(title: str, sentence: Sentence, timex: Timex, date_end: int,
                               published: int | None) -> bool:
    """ "The sealing system replaces a previous cap, fitted last month", "Libyans are reacting to Saif Gadhafi's public
    address Sunday night": the title's main verb is a present (present_title_verb), the date ended before the
    article's day and sits after that verb inside a noun phrase (a possessive, right after a noun or after a past
    participle that qualifies one; dating.yaml noun_date_under_present): the date is the noun's, and the present is
    the article's day's, which the quote does not give: the title has no event on that date. A preposition before the
    date, a date before the verb, or a past verb between them and the date (no `leads` after it) leave it alone."""
    if published is None or date_end >= published:
        return False
    verb = present_title_verb(title)
    if not verb:
        return False
    rules = _noun_date_rules()
    start, end = timex.start - sentence.start, timex.end - sentence.start
    before = words_of(sentence.text[:start])
    if verb not in before:
        return False  # the date comes before the verb, or the title is not told by this sentence's words
    at = before.index(verb)
    found = re.search(rf"\b{re.escape(verb)}\b", sentence.text, re.IGNORECASE)
    if found is None or _calendar_word().search(sentence.text, 0, found.start()):
        return False  # "August 24 - Gaddafi issues a ... message overnight": a chronology's historic present
    between = before[at + 1:]
    possessive = _POSSESSIVE.match(sentence.text, end) is not None
    if not between:
        return possessive  # "is meeting Sunday": the date right after the verb dates it; "protesting Sunday's killings"
    last = between[-1]
    lex = lexicon()
    following = words_of(sentence.text[end:end + 120])
    if not possessive and last in lex.noun_determiners and following \
            and words_of(timex.text)[:1] and words_of(timex.text)[0] in rules["attributive_date_words"] \
            and re.match(r"\s*[A-Za-z]", sentence.text[end:]) and following[0] not in rules["not_after"] \
            and following[0] not in rules["stops"] and not is_past(following[0]):
        possessive = True  # "in the last Friday mass rallies": the date qualifies the noun after it, as a possessive
    if not possessive and (last in rules["not_after"] or is_adverb(last) or last.endswith("ing")):
        return False  # "are holding talks on Sunday": a preposition's date may be the verb's
    if not possessive and (last in lex.reporting_verbs or last in lex.speech_verbs):
        return False  # "..., an official said Sunday night": the report's day, a finite verb's
    if not possessive and is_past(last) and len(between) > 1 and between[-2] in rules["not_after"] \
            and not sentence.text[:start].rstrip().endswith(","):
        return False  # "that has been fitted last month": a verb of its own, not a participle after a noun
    if not possessive and last in lex.event_nouns \
            and any(w in rules["leads"] for w in between[-int(rules["lead_noun_words"]) - 1:-1]):
        return False  # "is facing a charge following the singer's death last June": the title names the dated event
    joiners = {str(w) for w in table()["conjunct_joiners"]}  # type: ignore[union-attr]
    if joiners & set(between) and any(is_past(w) for w in following[:int(rules["conjunct_verb_words"])]):
        return False  # "... and at one of many hearings yesterday, the US interior secretary said": a new clause's
    if any(w in rules["stops"] for w in between):
        return False  # "using robots ... was successfully completed last night": another finite verb has come
    told = [i for i, w in enumerate(between[:-1]) if is_past(w)
            and not (i and between[i - 1] in rules["nonfinite_before"])]  # "to stand up and be counted": no act
    # "says it made a loss last year": a past verb between tells the date's own act, unless a lead after it
    # ("lost money ... after a pipeline leak ... four years ago") opens the noun phrase the date is in
    return not told or any(w in rules["leads"] for w in between[told[-1] + 1:])


@cache
def _calendar_word() -> re.Pattern[str]:
    """A month's name (as written, capitalised) or a four-digit year: a date told before the present verb."""
    names = sorted({n for names in months() for n in names}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(names)}|\d{{4}})\b")


def _name_dates() -> dict[str, Any]:
    return table()["name_dates"]  # type: ignore[return-value]


def _appositions() -> dict[str, Any]:
    return table()["appositions"]  # type: ignore[return-value]


_NAME_OWNER = re.compile(r"(?:[A-Za-z]++['’]s?+|[A-Za-z]++)\s++$")  # the word right before the date


def is_named_date(sentence: Sentence, timex: Timex) -> bool:
    """ "The assistant commander of the rebel's 17th of February Martyrs Brigade said ...", "members of the February
    17 Martyrs' Brigade had collected Younes": a date between a determiner or an owner (dating.yaml name_dates
    name_openers, or a word with "'s") and an organisation's head (name_heads), maybe after a few capitalised words
    of the name, is part of the name: it dates nothing. A head in lower case ("the February 17 brigade") must follow
    the date right away. "the 1956 Hungarian Revolution", "the September 11 attacks" (an event's name) and "On
    Saturday Coalition aircraft struck" (a preposition before the date) keep their dates."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    text = sentence.text
    before = _NAME_OWNER.search(text[max(0, a - 40):a])
    if before is None:
        return False
    owner = before.group(0).strip()
    rules = _name_dates()
    if owner.lower() not in {str(w) for w in rules["name_openers"]} and not owner.endswith(("'s", "’s", "s'", "s’")):
        return False
    heads = {str(w) for w in rules["name_heads"]}
    most = int(rules["name_words_before_head"])
    end = b
    for k, word in enumerate(_WORD_AT.finditer(text, b, min(len(text), b + 120))):
        token = word.group(0)
        bare = token.rstrip("'’").lower()
        if text[end:word.start()].strip():
            return False  # a mark between the words: the name ended
        end = word.end()
        if bare in heads and (token[:1].isupper() or k == 0):
            # the head ends the noun phrase: "the February 17 brigade which ..."; "a March 17 Security Council
            # resolution", "the March 3 youth rally" go on to the noun the date qualifies
            following = _WORD_AT.match(text, word.end() + 1) if text[word.end():word.end() + 1] == " " else None
            return following is None or _ends_name(following.group(0))
        if k >= most or not token[:1].isupper():
            return False
    return False


_LAW_NAME_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w'’-]*+) ([A-Z][a-z]++) of\s++$")  # "Development Act of |"


def is_law_name_date(sentence: Sentence, timex: Timex) -> bool:
    """ "authorized by the Methane Hydrate Research and Development Act of 1999", "under the Oil Pollution Act of
    1990": a bare year right after a capitalised law's or pact's head (dating.yaml law_name_dates heads) and "of", a
    capitalised word of the name before the head, is part of the law's name: it dates nothing (dates38). A clause
    that makes the law (law_name_dates makers anywhere before the name: "Congress passed the Oil Pollution Act of
    1990") keeps the year, and so do "the act of 1990" and "a law of 1990"."""
    a = timex.start - sentence.start
    if not timex.text.isdigit():
        return False
    found = _LAW_NAME_BEFORE.search(sentence.text, max(0, a - 60), a)
    rules = _law_name_dates()
    if found is None or found.group(2) not in rules["heads"]:
        return False
    return not any(w in rules["makers"] for w in words_of(sentence.text[:found.start()]))


@cache
def _law_name_dates() -> dict[str, frozenset[str]]:
    """dating.yaml law_name_dates, its lists as sets."""
    return {k: frozenset(str(w) for w in v) for k, v in table()["law_name_dates"].items()}  # type: ignore[union-attr]


def _main_verb_word(word: str) -> bool:
    lex = lexicon()
    return is_past(word) or word in finite_words() or word in lex.reporting_verbs


def is_apposition_date(sentence: Sentence, timex: Timex) -> bool:
    """ "Sen. John McCain of Arizona, the unsuccessful Republican presidential nominee in 2008, warned that ...": a
    date inside an apposition set off by commas between the sentence's subject and its main verb, the apposition a
    noun phrase (one of dating.yaml appositions apposition_openers first) with no verb of its own, describes the
    subject: it dates nothing, and the main verb takes another date of its clause or none. "Katrina, a storm that in
    2005 killed ..." (a verb inside), "In 2008, McCain ran" (the date opens the clause) and "Arriving in Ghat, a
    remote desert city ... on 15 January, they were involved" (a fronted phrase, no subject) keep their dates."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    text = sentence.text
    opening = text.rfind(",", 0, a)
    closing = text.find(",", b)
    if opening <= 0 or closing < 0 or _POSSESSIVE.match(text, b):
        return False  # "..., a co-chair of Wednesday's meeting, said": the meeting told may be the saying's occasion
    rules = _appositions()
    subject = words_of(text[:opening])
    if not subject or len(subject) > int(rules["apposition_subject_words"]) or not text.lstrip()[:1].isupper():
        return False
    if subject[0] in {str(w) for w in rules["apposition_not_subject"]} or subject[0].endswith("ing") \
            or any(_clause_word(w) for w in subject) or any(m in text[:opening] for m in "()\"“”;:"):
        return False
    inside = words_of(text[opening + 1:a]) + words_of(text[b:closing])
    if not inside or inside[0] not in {str(w) for w in rules["apposition_openers"]} \
            or len(inside) + 1 > int(rules["apposition_words"]) \
            or any(_clause_word(w) and not _in_noun_list(inside, k, rules) for k, w in enumerate(inside)) \
            or any(m in text[opening:closing] for m in "()\"“”;:"):
        return False
    after = words_of(text[closing + 1:closing + 80])
    k = 0
    while k < len(after) - 1 and is_adverb(after[k]):
        k += 1
    return bool(after) and _main_verb_word(after[k])


def _in_noun_list(inside: Sequence[str], k: int, rules: dict[str, Any]) -> bool:
    """Whether the apposition's k-th word, a verb or clause word by _clause_word, is a noun phrase's part (dates38):
    "and" or "or" right before one of apposition_openers joins two noun phrases ("the GOP's 2008 presidential
    nominee and a decorated veteran of the Vietnam War"), and a past form right after a determiner or an owner is an
    adjective ("a decorated veteran"). "a storm that in 2005 killed", "a veteran who served" keep their verbs."""
    word = inside[k]
    if word in ("and", "or"):
        return k + 1 < len(inside) and inside[k + 1] in {str(w) for w in rules["apposition_openers"]}
    return is_past(word) and k > 0 and _is_participle_adjective(inside[k - 1])


def _clause_word(word: str) -> bool:
    """A verb or a word that opens a clause: what no bare noun phrase holds."""
    lex = lexicon()
    return is_past(word) or word in finite_words() or word in lex.relative_pronouns or word in lex.reporting_verbs \
        or word in {"and", "or", "but"}


def _ends_name(word: str) -> bool:
    """Whether the word after a name head ends its noun phrase: a relative pronoun, a verb, a
    preposition or a conjunction (dating.yaml name_dates name_followers); "the March 3 youth rally" goes on."""
    low = word.lower()
    return word[:1].isupper() or low in lexicon().relative_pronouns or is_past(low) or low in finite_words() \
        or low in {str(w) for w in _name_dates()["name_followers"]}


_TARGET_CUT = re.compile(r"[,;:]")


def is_target_date(sentence: Sentence, timex: Timex, published: int | None) -> bool:
    """ "Saras said it hoped to restart crude shipment operations with Libya before the end of the year" (told on 26
    September): a date right after one of dating.yaml target_leads that ends after the publication, with one of
    target_verbs and "to" after it earlier in its clause (no comma, semicolon or colon between), is the day by which
    the hoped or planned act is to be done: no event happened on it, and the hoping is not dated by it. A bound
    already passed ("hoped to finish by Friday", told on Saturday) or one with no such verb ("had reached the town by
    Monday") keeps its date."""
    days = span(timex.value.split("T", 1)[0])
    if published is None or days is None or days[1] <= published:
        return False
    t = table()
    before = sentence.text[: timex.start - sentence.start]
    cut = max((m.end() for m in _TARGET_CUT.finditer(before)), default=0)
    words = words_of(before[cut:])
    lead = next((p for p in _phrases(t["target_leads"]) if _ends_with(words, (p,))), None)  # type: ignore[arg-type]
    if lead is None:
        return False
    words = words[: len(words) - len(lead)]
    verbs = _phrases(t["target_verbs"])  # type: ignore[arg-type]
    futures = _phrases(t["target_futures"])  # type: ignore[arg-type]
    if any(tuple(words[at:at + len(f)]) == f for f in futures for at in range(len(words))):
        return True  # "will have eaten the oil by the end of the year": a forecast's bound
    for at in range(len(words)):
        for verb in verbs:
            end = at + len(verb)
            if tuple(words[at:end]) == verb and end < len(words) and words[end] == "to":
                return True
    return False


_PAIR_UNITS = {"year": re.compile(r"\d{4}"), "month": re.compile(r"\d{4}-\d\d")}


def period_pairs(sentence: Sentence, dated: Sequence[Timex]) -> dict[int, Timex]:
    """ "lobbied ... for Libya in 2008 and 2009", "during June and July visited ...": two years or two months in a row
    joined by one of dating.yaml period_pairs joiners after one of its leads tell one happening over both; the index of
    the first -> the second (like a range's ends and a pair of days in a row, they date no event). Two periods apart
    ("in 1999 and 2005") are two occasions and keep their readings."""
    rules = table()["period_pairs"]
    joiners = {str(w) for w in rules["joiners"]}  # type: ignore[index]
    leads = {str(w) for w in rules["leads"]}  # type: ignore[index]
    units = [_PAIR_UNITS[str(u)] for u in rules["units"]]  # type: ignore[index]
    pairs: dict[int, Timex] = {}
    for i in range(len(dated) - 1):
        first, last = dated[i], dated[i + 1]
        joint = sentence.text[first.end - sentence.start: last.start - sentence.start].strip().lower()
        if joint not in joiners or first.mod or last.mod:
            continue
        before = words_of(sentence.text[: first.start - sentence.start])[-1:]
        if not before or before[0].lower() not in leads:
            continue
        unit = next((u for u in units if u.fullmatch(first.value) and u.fullmatch(last.value)), None)
        if unit is not None and _next_period(first.value) == last.value:
            pairs[i] = last
    return pairs


def _next_period(value: str) -> str:
    """The year or month after `value` ("2008" -> "2009", "2010-12" -> "2011-01")."""
    if len(value) == 4:
        return f"{int(value) + 1:04d}"
    year, month = int(value[:4]), int(value[5:7])
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"


def by_bound_mod(sentence: Sentence, timex: Timex, published: str = "") -> str:
    """ "By 1972, Gadhafi urged Muslims to fight ...", "had arrived in theater by March 30": a date right after one of
    dating.yaml by_bound leads is a bound, what the clause tells was done by then: the event takes by_bound mod (on or
    before it), as a "since" date's takes since_start_mod. Not a possessive date ("surprised by Wednesday's
    disclosure": the noun's day), a date before its noun ("by 2008 standards") nor a bound ahead of the publication (a target; `published`: its YYYY-MM-DD)."""
    rules = table()["by_bound"]
    words = words_of(sentence.text[max(0, timex.start - sentence.start - 12): timex.start - sentence.start])
    rest = sentence.text[timex.end - sentence.start:]
    if not words or words[-1].lower() not in rules["leads"] or rest[:2] in ("'s", "’s"):  # type: ignore[index]
        return ""
    noun = _ATTRIBUTIVE_NEXT.match(rest)
    if noun is not None and noun.group(1) not in lexicon().stopwords:
        return ""  # "hit by 2005 hurricanes", "by 2008 standards": the date describes a noun, "by" names a doer
    days, told = span(timex.value.split("T", 1)[0]), span(published[:10])
    if days is None or told is not None and days[0] > told[1]:
        return ""
    return str(rules["mod"])  # type: ignore[index]
