"""The last step of a title: the one-word edits an editor would make to a title the earlier steps built, read
against the sentence it came from (polish.yaml beside this module): an opening phrase's dropped preposition put
back, or the phrase dropped when it only tells where a report was made; a leading word a cut date left alone
("Just, hundreds died"); "Another" at the opening told without
pointing back; an opening "A" agreeing with a vowel sound ("An incident"); words a source said twice in a row said once; a report's colon before a clause read as indirect speech; marks a cut left unpaired; an
abbreviation's last dot; an article agreeing with the word a cut left after it ("in an audio address"); "the" before
a common noun's bare possessive; a result clause's comma; a relative "who" a cut dropped before the main verb; "to
hospital" after a person's bare "was admitted"; "was in" for "is in" a place "today"; a main verb's present
perfect, or a report's present before a past, told in the past; an opening "More" dropped; "five times"; "Grand Isle,
Louisiana"; a dangling "took place" dropped; "in an audio speech"; a pluperfect its own clause's date phrase
dates, or an -s present "today" follows, told in the past; an aside's closing comma ("X, a cardiologist, said"); a frame whose
subject names nothing ("It emerged that X") dropped before the clause X; a word tying the line to its article
dropped ("also", "actually", "had since", "last declared"); "had to reinstall" told as "reinstalled"; "a rise in"
for "the rise in"; a time phrase's closing dash a comma; a year a cut took from its noun put back ("The 2010
floods"); a reduced clause's passive given its "was" ("since detected" -> "was detected"); and first, the words a cut title's last word
wants kept from its sentence ("investigate how Gaddafi [and his son were killed]"; with_complement). The title an entry prints (printed) also
keeps, when too short to say what for or where, the phrase its sentence goes on with (with_context), takes "a"
for a noun nothing introduced or a person described by age or origin, loses "The" before a group of
people, and gets back its sentence's opening place. Each edit leaves the title unchanged where its rule does not
clearly apply."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from timeline.events.lexicon import finite_words, is_adverb, is_past, lexicon, rules as events_rules, stock_ticker
from timeline.events.offset_conjuncts import tells_offset
from timeline.events.subjects import MAX_SUBJECT_WORDS, is_verb_word, past_of_gerund
from timeline.events.tense import auxiliary_at, passive_number, passive_simple_past, simple_past_of
from timeline.rules import load_yaml
from timeline.text.lexicon import alternation, months, reporting_verbs, weekdays
from timeline.text.quotes import QUOTED


@cache
def rules() -> dict[str, Any]:
    """The table polish.yaml beside this module (read once per process; treat it as read-only)."""
    return load_yaml(__package__, "polish.yaml")


@cache
def _words(section: str, name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules()[section][name])


def polished(title: str, sentence: str, expression: str = "") -> str:
    """The title after the edits of polish.yaml, in order; "" stays "". `expression`: the date phrase the title was
    dated by, which a kept complement leaves out."""
    if not title:
        return title
    title = with_complement(title, sentence, expression)
    title = without_commentary_tail(without_speaker_aside(without_hedge_opener(without_frame(title))))
    title = without_appearance_frame(title)  # "It appeared the rebels had taken" -> "The rebels had apparently taken"
    title = with_relative_antecedent(with_restored_relative(in_past_whereabouts(title, sentence), sentence), sentence)
    title = with_forward_pronoun(with_relative_event_noun(title, sentence, expression), sentence)
    title = without_stray_opener(with_opening_preposition(title, sentence))
    title = with_paired_comma(with_restored_determiner(in_past_tense(title, sentence), sentence), sentence)
    title = with_account_teller(with_kept_source(with_appositive_name(title, sentence), sentence), sentence)
    title = with_present_claim_teller(title, sentence)
    title = with_subject_modifier(with_described_name(title, sentence), sentence)
    title = with_attribution(title, sentence)
    title = with_opening_number_spelled(with_agreeing_article(without_pointing_opener(without_another(title))))
    title = without_possessive_before_honorific(title)
    title = without_stray_words(title, sentence)  # "In one instance X", "for example", "Three other migrants", "another rig"
    title = with_result_comma(with_inner_articles(with_bare_possessive(title), sentence))
    title = with_admission_place(title, sentence)
    title = in_reported_future_past(title, sentence)  # "announced it will open" -> "would open"
    title = without_report_in_report(in_simple_past(in_reported_pluperfect(title, sentence), sentence))
    title = in_simple_past_of_progressive(title, sentence)  # "was giving evidence" -> "gave evidence"
    title = with_state_comma(with_times_plural(without_more_opener(in_past_report(title, sentence))))
    title = in_backshifted_report(title, sentence)  # "said the allies are moving" -> "were moving"
    title = in_past_conjunct(title, sentence)  # "had quit ... and is supporting" -> "and was supporting"
    title = in_past_relative(title, sentence)  # "retook a town that is under opposition control" -> "that was"
    title = with_message_article(without_dangling_took_place(in_past_of_own_date(title, sentence, expression)))
    title = with_closing_aside_comma(in_past_of_today(title, sentence, expression))
    title = in_past_of_work_content(title, sentence, expression)  # "The documentary delves into" -> "delved"
    title = with_agreement(without_perfect_coordinate(without_relative_day(without_relative_time(title))))
    title = in_backshifted_claim(title, sentence)  # "NATO risks ..., an ambassador said" -> "risked" (its date cut)
    title = with_opening_dash_comma(with_change_article(in_past_of_necessity(without_context_adverbs(title))))
    title = with_clock_time(with_amount_article(title))
    title = with_elliptic_passive(with_year_modifier(title, sentence), sentence)
    title = without_dangling_count(without_pronoun_clause_lead(title))
    return with_report_hedge_last(with_paired_marks(without_report_colon(without_repeated_words(title))))


def with_report_hedge_last(title: str) -> str:
    """ "There were reports that Colonel Gadhafi was negotiating with rebel leaders" -> "Colonel Gadhafi was
    negotiating with rebel leaders, reports said": an opening hedge of unnamed reports (polish.yaml report_hedge
    `openers`) before a clause moves behind it as the attribution, so the line opens on the event and still tells it
    was reported (strays3); "There were reports of gunfire" (no clause) and "There were unconfirmed reports that X"
    (not in the table) stay."""
    if not title.startswith("There "):
        return title  # (most titles: nothing to read)
    words = title.split(" ")
    table = rules()["report_hedge"]
    for opener in table["openers"]:
        n = len(opener)
        rest = words[n:]
        if [_bare(w) for w in words[:n]] == [str(w).lower() for w in opener] and all(w.isalpha() for w in words[:n]) \
                and len(rest) > 2 and _opens_clause(rest) and rest[-1][-1:] not in ",;:":
            return " ".join([rest[0][:1].upper() + rest[0][1:], *rest[1:]]) + ", " + str(table["attribution"])
    return title


def without_dangling_count(title: str) -> str:
    """ "Fifteen of the rebels were killed and three" -> "Fifteen of the rebels were killed": a bare count after
    "and" that shares the verb before it (its own words and date were cut) goes with its "and" (polish.yaml
    dangling_count); "... killed and three wounded" and "The score was two and three" stay."""
    words = title.split(" ")
    if len(words) < 4:
        return title
    table = rules()["dangling_count"]
    last = _bare(words[-1])
    if _bare(words[-2]) not in table["joiners"] or not (last in table["numbers"] or last.replace(",", "").isdigit()):
        return title
    before = _bare(words[-3])
    if not before.isalpha() or not (is_past(before) or is_verb_word(before)):
        return title
    return " ".join([*words[:-3], words[-3].rstrip(",;")])


def with_result_comma(title: str) -> str:
    """ "Seas calmed allowing more conventional methods ... to get back on track" -> "Seas calmed, allowing ...": a
    clause of result run on after a past verb gets its comma (polish.yaml result_comma)."""
    words = title.split(" ")
    participles = _words("result_comma", "participles")
    for k in range(1, len(words)):
        if words[k] not in participles:
            continue  # (most titles hold none: the checks below read only the word before one)
        before = words[k - 1]
        low = before.lower()
        if before.isalpha() and before.islower() and is_past(low) and low not in lexicon().auxiliaries \
                and low not in _words("result_comma", "takes_gerund"):
            words[k - 1] = before + ","
    return " ".join(words)


def printed(title: str, sentence: str, expression: str = "") -> str:
    """The edits made to the title an entry prints only (timeline.merge.entries.printed_title), after its members'
    titles were compared and one chosen: an article for a noun nothing introduced ("in a statement", "Officers and
    other witnesses reported"), and the sentence's opening place. Made earlier, they would hide from the title
    choice what it weighs ("The journalists ...", a group the reader cannot tell, is no better as "Journalists
    ...") and change which member's wording an entry prints."""
    # the context phrase comes with the sentence's words: a context adverb in it goes as in the title (polished)
    title = with_verb_particle(title, sentence, expression)  # "The deal was first agreed [upon]"
    title = with_participle_content(title, sentence, expression)  # "An affidavit [saying ...] was made public"
    title = without_context_adverbs(with_verb_complement(with_context(title, sentence, expression), sentence, expression))
    title = with_placeholder_content(title, sentence, expression)  # "issued a report [saying ...]"
    title = with_second_conjunct(with_object_list(title, sentence, expression), sentence, expression)
    title = with_opening_demonstrative_article(title)
    title = with_introduced_person(with_first_mention(title, sentence), sentence)
    return with_opening_place(without_group_article(title), sentence)


@lru_cache(maxsize=1 << 15)  # a pure function of the word, asked ~1M times a large topic by the rules below
def _bare(word: str) -> str:
    return word.lower().strip(",.;:!?\"“”'‘’()")


_SUBJECT_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "we", "it", "his", "her", "its", "their", "this",
                              "these", "those", "some", "many", "several", "most", "all", "both", "each", "another",
                              "every", "one"})


def _opens_clause(rest: Sequence[str]) -> bool:
    """Whether the words after an opening phrase's comma open a clause: a subject (a capitalised word, a number, a
    determiner, a subject pronoun or a common noun: "safety backstops failed") and a verb within reach, with no comma between them (not a list, not an
    aside); a present form after a name counts ("Gaddafi calls"). A word of approximation before a count opens it
    too ("about a thousand people showed up": polish.yaml opening_preposition_approximators)."""
    first = _bare(rest[0])
    approximators = rules()["opening_preposition_approximators"]
    if len(rest) > 2 and first in approximators["words"] and rest[0][:1].islower() \
            and (_bare(rest[1]) in approximators["counted"] or rest[1][:1].isdigit()):
        return _opens_clause(rest[1:])
    noun = rest[0][:1].islower() and first.isalpha() and first not in lexicon().stopwords \
        and first not in _words("opening_preposition", "prepositions") and not is_verb_word(first)
    if len(rest) < 2 or not (rest[0][:1].isupper() or rest[0][:1].isdigit() or first in _SUBJECT_OPENERS
                             or first in _words("another", "numbers") or noun):
        return False
    reach = int(rules()["opening_preposition"]["verb_reach"])
    for k in range(1, min(len(rest), reach + 1)):
        word = _bare(rest[k])
        present = word.endswith("s") and not word.endswith("ss") and rest[k][:1].islower() and len(word) > 3 \
            and rest[k - 1][:1].isupper() and word not in lexicon().stopwords
        if is_verb_word(rest[k]) or present:
            return True
        if rest[k].endswith((",", ";", ":")) or rest[k] in ("--", "-", "—", "–"):
            return False
    return False


def _preposition_before(title_words: Sequence[str], sentence: str) -> tuple[str, str]:
    """The preposition that stands right before the title's first three words in the sentence, where a clause
    opens there (polish.yaml opening_preposition), and the title's first word as the sentence spells it; ("", "")
    when there is none."""
    at = -1
    for length in (3, 2):  # a date cut from the phrase ("In an e-mail [Monday] to ...") leaves two words to match
        at = sentence.lower().find(" ".join(title_words[:length]).lower().rstrip(",;:"))
        if at >= 0:
            break
    if at <= 0:
        return "", ""
    before = sentence[:at].split()
    if not before or _bare(before[-1]) not in _words("opening_preposition", "prepositions") \
            or before[-1] != before[-1].strip(",;:"):
        return "", ""
    opener = before[-2] if len(before) > 1 else ""
    if opener and not opener.endswith((",", ":", ";")) and _bare(opener) not in _words("opening_preposition",
                                                                                        "clause_openers") \
            and opener not in _words("opening_preposition", "clause_openers"):
        return "", ""
    return before[-1], sentence[at: at + len(title_words[0])]


def with_opening_preposition(title: str, sentence: str) -> str:
    """ "The 126 crew on board the rig, seven worked for BP" (from "Of the 126 crew on board the rig on 20 April,
    seven worked ...") -> "Of the 126 crew on board the rig, seven worked for BP"; "An e-mail to CNN correspondent
    Ivan Watson, Addario called ..." -> "Addario called ...": an opening phrase whose preposition an earlier step
    dropped gets it back, or goes when it only tells where a report was made (polish.yaml opening_preposition)."""
    words = title.split(" ")
    table = rules()["opening_preposition"]
    comma = next((k for k, w in enumerate(words[: int(table["phrase_words"])]) if w.endswith(",")), -1)
    if comma < 1 or not _opens_clause(words[comma + 1:]):
        return title
    preposition, first = _preposition_before(words, sentence)
    if not preposition:
        return title
    if any(_bare(w) in _words("opening_preposition", "venue_nouns") for w in words[: comma + 1]):
        rest = words[comma + 1:]
        return " ".join([rest[0][:1].upper() + rest[0][1:], *rest[1:]])
    return " ".join([preposition[:1].upper() + preposition[1:].lower(), first, *words[1:]])


@cache
def _frames() -> tuple[tuple[str, ...], ...]:
    """The frames of polish.yaml, longest first ("it has been reported" before "it has emerged")."""
    phrases = (tuple(str(w).lower() for w in phrase) for phrase in rules()["frames"]["phrases"])
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def frame_phrases() -> frozenset[tuple[str, ...]]:
    """The frames of polish.yaml, each a tuple of lower-case words."""
    return frozenset(_frames())


def frame_adverbs() -> frozenset[str]:
    """The adverbs that may stand between a frame's words ("It has also emerged")."""
    return _words("frames", "adverbs")


@cache
def title_stage_frames() -> tuple[tuple[str, ...], ...]:
    """The frames the title stage drops too (titles.without_expletive): all but polish.yaml frames polish_only,
    longest first."""
    polish_only = {tuple(str(w).lower() for w in phrase) for phrase in rules()["frames"]["polish_only"]}
    return tuple(phrase for phrase in _frames() if phrase not in polish_only)


@cache
def _frame_openers() -> frozenset[str]:
    """The first words of the frames of polish.yaml."""
    return frozenset(phrase[0] for phrase in _frames() if phrase)


def _frame_end(words: Sequence[str]) -> int:
    """How many of the title's first words a frame of polish.yaml holds, with the adverbs between its words and the
    "that" after it ("It has also emerged that" -> 5); 0 when the title opens with none."""
    if not words or words[0].endswith(",") or _bare(words[0]) not in _frame_openers():
        return 0  # every frame's first word opens the title (no adverb before it): most titles open no frame
    adverbs = _words("frames", "adverbs")
    low = [_bare(w) if not w.endswith(",") else "" for w in words]  # "It emerged, ...": an aside, no frame
    for phrase in _frames():
        at, matched = 0, True
        for k, word in enumerate(phrase):
            while k and at < len(low) and low[at] in adverbs:
                at += 1
            if at >= len(low) or low[at] != word:
                matched = False
                break
            at += 1
        if matched:
            return at + 1 if at < len(low) and low[at] == "that" else at
    return 0


def without_frame(title: str) -> str:
    """ "It also emerged that Donald Vidrine will not testify" -> "Donald Vidrine will not testify", "There were reports
    that hundreds of people were killed" -> "Hundreds of people were killed": a frame whose subject names nothing
    (polish.yaml frames) goes when what follows it opens a clause of its own; "It emerged from the wreckage" stays."""
    words = title.split(" ")
    end = _frame_end(words)
    if not end or end >= len(words):
        return title
    clause = [words[end][:1].upper() + words[end][1:], *words[end + 1:]]
    # a subject word the general test reads as a function word ("people", "there") opens X as a capital would
    subject = _bare(words[end]) in _words("frames", "subject_words")
    return " ".join(clause) if _opens_clause(clause if subject else words[end:]) else title


@cache
def _hedge_openers() -> tuple[tuple[str, ...], ...]:
    """polish.yaml hedge_openers phrases, longest first ("the authorities say" before "authorities say")."""
    phrases = (tuple(str(w).lower() for w in phrase) for phrase in rules()["hedge_openers"]["phrases"])
    return tuple(sorted(phrases, key=len, reverse=True))


def without_hedge_opener(title: str) -> str:
    """ "Reports suggest he filed for bankruptcy" -> "He reportedly filed for bankruptcy", "The authorities say he
    traveled to Chengdu" -> "He traveled to Chengdu": a present-tense opener whose subject names no one (polish.yaml
    hedge_openers) goes when what follows is a clause that tells what happened (a past verb first), reports' and
    sources' leaving "reportedly" before the verb (what they tell is no fact); "Officials say they will reopen the
    school" (a plan) and "A woman in Tripoli says she was awoken" (a named witness) stay."""
    words = title.split(" ")
    low = [_bare(w) for w in words]
    for phrase in _hedge_openers():
        end = len(phrase)
        if tuple(low[:end]) != phrase or words[end - 1].endswith(","):
            continue
        end += low[end: end + 1] == ["that"]
        rest = words[end:]
        if len(rest) < 2 or not _opens_clause(rest if rest[0][:1].isupper() else
                                              [rest[0][:1].upper() + rest[0][1:], *rest[1:]]):
            return title
        verb = next((k for k, w in enumerate(rest) if is_verb_word(w)), -1)
        if verb < 1 or not (is_past(_bare(rest[verb])) or _bare(rest[verb]) in _words("hedge_openers", "past_auxiliaries")):
            return title  # "Officials say they will ...", "Reports suggest a deal is near": no act told
        if phrase[-2] in _words("hedge_openers", "reported_heads"):
            rest = _with_hedge_adverb(rest, verb)  # what reports suggest is no fact: "He reportedly filed"
        return " ".join([rest[0][:1].upper() + rest[0][1:], *rest[1:]])
    return _without_joined_hedge(words, low)


@cache
def _appearance_frames() -> tuple[tuple[str, ...], ...]:
    """polish.yaml appearance_frames phrases, longest first."""
    phrases = (tuple(str(w).lower() for w in phrase) for phrase in rules()["appearance_frames"]["phrases"])
    return tuple(sorted(phrases, key=len, reverse=True))


def without_appearance_frame(title: str) -> str:
    """ "It appeared the rebels had taken control of all of Zawiya" -> "The rebels had apparently taken control of
    all of Zawiya": an "it" that names nothing before a verb of seeming (polish.yaml appearance_frames) goes when a
    clause with a subject and a past verb follows it, the clause keeping the frame's hedge ("apparently") after its
    past auxiliary or before its past verb; "It appeared to falter", "It seems unlikely that ...", "It seemed like
    ..." and a present clause ("It seems US oil makers stand to gain") stay."""
    words = title.split(" ")
    low = [_bare(w) for w in words]
    for phrase in _appearance_frames():
        end = len(phrase)
        if tuple(low[:end]) != phrase or any(w.endswith(",") for w in words[:end]):
            continue
        end += low[end: end + 1] == ["that"]
        rest = words[end:]
        if len(rest) < 2 or not (rest[0][:1].isupper() or rest[0][:1].isdigit() or low[end] in _SUBJECT_OPENERS) \
                or not _opens_clause(rest):
            return title  # "It appeared to falter", "It seems unlikely that", "It seemed like"
        verb = next((k for k, w in enumerate(rest) if is_verb_word(w)), -1)
        auxiliaries = _words("appearance_frames", "past_auxiliaries")
        if verb < 1 or not (is_past(_bare(rest[verb])) or _bare(rest[verb]) in auxiliaries):
            return title  # "It seems that a new H has been the major factor": no act told
        at = verb + 1 if _bare(rest[verb]) in auxiliaries else verb  # "had apparently taken", "apparently made"
        rest = [*rest[:at], str(rules()["appearance_frames"]["adverb"]), *rest[at:]]
        return " ".join([rest[0][:1].upper() + rest[0][1:], *rest[1:]])
    return title


def _with_hedge_adverb(words: list[str], verb: int) -> list[str]:
    """ "he filed" -> "he reportedly filed", "he was arrested" -> "he was reportedly arrested": polish.yaml
    hedge_openers adverb before the clause's first verb, or after it when it is an auxiliary another verb follows."""
    adverb = str(rules()["hedge_openers"]["adverb"])
    at = verb
    if _bare(words[verb]) in _words("hedge_openers", "past_auxiliaries") and verb + 1 < len(words) \
            and is_verb_word(words[verb + 1]):
        at = verb + 1
    return [*words[:at], adverb, *words[at:]]


def _without_joined_hedge(words: list[str], low: list[str]) -> str:
    """ "Dr Murray encountered financial difficulties and reports suggest he filed for bankruptcy" -> "... difficulties
    and reportedly filed for bankruptcy": the same opener after "and", before a subject pronoun and a past verb: the
    pronoun is the first clause's subject, and the second verb joins the first (reports leave "reportedly")."""
    if "and" not in low:
        return " ".join(words)  # (every joined hedge follows an "and")
    pronouns = _words("hedge_openers", "joined_pronouns")
    for phrase in _hedge_openers():
        for k in range(2, len(words) - len(phrase) - 2):
            end = k + 1 + len(phrase)
            if low[k] != "and" or tuple(low[k + 1: end]) != phrase or any(w.endswith(",") for w in words[k: end]):
                continue
            end += low[end] == "that"
            if end + 1 < len(words) and low[end] in pronouns and is_past(low[end + 1]) \
                    and any(is_verb_word(w) for w in words[1:k]):
                rest = words[end + 1:]
                if phrase[-2] in _words("hedge_openers", "reported_heads"):
                    rest = _with_hedge_adverb(rest, 0)
                return " ".join([*words[: k + 1], *rest])
    return " ".join(words)


def without_speaker_aside(title: str) -> str:
    """ "After refusing to supply him with the drug, she continued, she never saw Jackson again" -> "After refusing
    ..., she never saw Jackson again": a speaker set off by commas inside the title (a subject pronoun and one of
    polish.yaml speaker_asides verbs) is the telling's, not the event's; a speaker at the end or before what was said
    ("She said, the deal was off") stays for the other steps."""
    words = title.split(" ")
    pronouns, verbs = _words("speaker_asides", "pronouns"), _words("speaker_asides", "verbs")
    for k in range(1, len(words) - 3):  # two words at least told after the aside
        if words[k - 1].endswith(",") and _bare(words[k]) in pronouns and words[k + 1].endswith(",") \
                and words[k + 1][:-1].lower() in verbs:
            following = words[k + 2]
            # the comma before the aside stays where it closes an opening phrase ("After refusing ..., | she never
            # saw"); before a verb or "that" it was only the aside's ("The rebels, | took", "in August, | that")
            joined = is_verb_word(following) or _bare(following) == "that"
            return " ".join([*words[:k - 1], words[k - 1][:-1] if joined else words[k - 1], *words[k + 2:]])
    return title


_COMMENT_MARKS = frozenset({"--", "—", "–"})  # the dashes without_commentary_tail cuts at


@cache
def _dash_openers() -> tuple[tuple[str, ...], ...]:
    """polish.yaml commentary_tails dash_openers, each phrase's words in lower case (read once)."""
    return tuple(tuple(str(w).lower() for w in phrase) for phrase in rules()["commentary_tails"]["dash_openers"])


def without_commentary_tail(title: str) -> str:
    """ "Doctors said four fighters had been killed -- testament to the often-chaotic conduct of the forces" ->
    "Doctors said four fighters had been killed", "BP assured the MMS that ... and apparently MMS officials believed
    the implausible claim" -> "BP assured the MMS that ...": the writer's comment after a dash (polish.yaml
    commentary_tails dash_openers) or an "and" with one of `and_adverbs` before a clause goes, when what stands
    before it has a verb of its own; "Rebels took Brega -- a key oil port" (an apposition) stays."""
    words = title.split(" ")
    low = [_bare(w) for w in words]
    if not _COMMENT_MARKS.intersection(words) and "and" not in low:
        return title  # (most titles: a cut below needs a dash or an "and")
    table = rules()["commentary_tails"]
    openers = _dash_openers()
    # where the first verb stands: what stands before a cut at k has a verb of its own when k is past it
    first_verb = next((k for k, w in enumerate(words) if is_verb_word(w)), len(words))
    for k in range(max(2, first_verb + 1), len(words) - 1):
        before = words[:k]
        if words[k] in _COMMENT_MARKS and any(tuple(low[k + 1: k + 1 + len(p)]) == p for p in openers):
            return " ".join(before).rstrip(",")
        if low[k] == "and" and low[k + 1] in _words("commentary_tails", "and_adverbs") \
                and any(is_verb_word(w) for w in words[k + 2: k + 2 + int(table["verb_reach"])]):
            return " ".join(before).rstrip(",")
    return title


def without_stray_opener(title: str) -> str:
    """ "Just, hundreds died" -> "Hundreds died": a leading word a cut date left alone before its comma
    (polish.yaml stray_openers), when a clause follows it."""
    words = title.split(" ")
    if not words[0].endswith(",") or _bare(words[0]) not in _words("stray_openers", "words") \
            or not _opens_clause(words[1:]):
        return title
    return " ".join([words[1][:1].upper() + words[1][1:], *words[2:]])


def _article_for(word: str) -> str:
    """ "A" or "An" before `word`, by its sound (polish.yaml another: an acronym by its first letter's name, a
    vowel letter's and a consonant letter's exceptions)."""
    table = rules()["another"]
    letters = word.replace(".", "")
    if len(letters) > 1 and letters.isupper() or "." in word.rstrip("."):  # "NTC", "U.S.": read letter by letter
        return "An" if letters[:1] in set(str(x) for x in table["vowel_sound_letters"]) else "A"
    digits = re.match(r"\d+", word)
    if digits:  # a figure by its spoken sound: "an 8-", "an 18-", "an 11-year-old", "an 80", "a 1", "a 23"
        run = digits.group()
        return "An" if run[0] == "8" or len(run) % 3 == 2 and run[:2] in ("11", "18") else "A"
    low = word.lower()
    if low[:1] in "aeiou":
        return "A" if any(low.startswith(str(p)) for p in table["a_before_vowel_letter"]) else "An"
    return "An" if any(low.startswith(str(p)) for p in table["an_before_consonant_letter"]) else "A"


def without_another(title: str) -> str:
    """ "Another fifteen cases were confirmed" -> "Fifteen more cases were confirmed", "Another of his sons" -> "One
    of his sons", "Another attack" -> "An attack": a title's opening "Another" points back to a line the timeline's
    reader does not have (polish.yaml another)."""
    words = title.split(" ")
    if words[0] != "Another" or len(words) < 3 or not words[1][:1].isalnum():
        return title
    named = _without_named_noun(words)
    if named:
        return named
    following = _bare(words[1])
    if following in _words("another", "numbers") or following.replace(",", "").isdigit():
        return " ".join([words[1][:1].upper() + words[1][1:], "more", *words[2:]])
    if following == "of":
        return " ".join(["One", *words[1:]])
    return " ".join([_article_for(words[1]), *words[1:]])


def without_pointing_opener(title: str) -> str:
    """ "One man stepped forward" -> "A man stepped forward", "Other commission members said" -> "Commission members
    said", "The tens of thousands of refugees poured in" -> "Tens of thousands of refugees poured in": an opening word
    that sets the line against others of the article the timeline's reader does not have (polish.yaml
    pointing_openers)."""
    words = title.split(" ")
    if len(words) < 3:
        return title
    table = rules()["pointing_openers"]
    first, following = words[0], _bare(words[1])
    people = _words("pointing_openers", "people")
    if first == "One" and words[1].replace("-", "").isalpha() and following not in _words("pointing_openers", "one_kept") \
            and (following in people or _bare(words[2]) in people) \
            and any(is_verb_word(w) for w in words[2: 2 + int(table["verb_reach"])]) \
            and not _counted_against(words):
        return " ".join([_article_for(words[1]), *words[1:]])
    if first == "Other" and words[1].isalpha() and following not in _words("pointing_openers", "other_kept") \
            and any(is_verb_word(w) for w in words[2: 2 + int(table["verb_reach"])]):
        return " ".join([words[1][:1].upper() + words[1][1:], *words[2:]])
    if first == "The" and following in _words("pointing_openers", "multitudes") and _bare(words[2]) == "of":
        return " ".join([words[1][:1].upper() + words[1][1:], *words[2:]])
    return title


def _counted_against(words: Sequence[str]) -> bool:
    """Whether a later count stands against the opening "One" ("... and two were wounded", "killed another fighter"):
    a word of `others` anywhere, or a number of `counted` right after a joiner or a comma (not "more than three
    days", a measure)."""
    others, counted = _words("pointing_openers", "others"), _words("pointing_openers", "counted")
    joiners = _words("pointing_openers", "joiners")
    return any(_bare(w) in others or _bare(w) in counted and (_bare(words[k - 1]) in joiners or words[k - 1].endswith(","))
               for k, w in enumerate(words[2:], start=2))


def without_possessive_before_honorific(title: str) -> str:
    """ "it was more likely Jackson's Dr Murray mistakenly gave" -> "it was more likely Dr Murray mistakenly gave": a
    possessive name right before an honorific and a name reads as garbled; the honorific and name say who it is
    (polish.yaml pointing_openers honorifics)."""
    words = title.split(" ")
    honorifics = _words("pointing_openers", "honorifics")
    for k in range(len(words) - 2, 0, -1):
        before = words[k - 1]
        if before.endswith(("'s", "’s")) and before[:1].isupper() and words[k].rstrip(".").lower() in honorifics \
                and words[k + 1][:1].isupper():
            del words[k - 1]
    return " ".join(words)


def _without_named_noun(words: Sequence[str]) -> str:
    """ "Another school, Dolphin School in Battersea, London, was closed" -> "Dolphin School in Battersea, London, was
    closed", "Another man, Ali Hassan, was killed" -> "Ali Hassan was killed": the name in apposition after the
    opening noun names it, and becomes the subject; "" when no name and verb follow (the aside closes at the comma a
    verb follows; its own comma goes unless a place's comma pairs it: "Battersea, London,")."""
    if len(words) < 5 or not words[1].endswith(",") or not words[1][:1].islower() or not words[2][:1].isupper():
        return ""
    close = next((k for k in range(3, len(words) - 1) if words[k].endswith(",") and is_verb_word(words[k + 1])), -1)
    if close < 0 or not all(w[:1].isupper() or w in ("in", "of", "at") for w in words[2: close + 1]):
        return ""
    name = list(words[2: close + 1])
    if sum(w.endswith(",") for w in name) == 1:
        name[-1] = name[-1][:-1]
    return " ".join([*name, *words[close + 1:]])


def with_agreeing_article(title: str) -> str:
    """ "A incident was reported" -> "An incident was reported": an opening "A" before a lower-case word that starts
    with a sure vowel sound (a, e, i, o; polish.yaml another: its exceptions), which a cut left there by dropping the
    adjective between them."""
    words = title.split(" ")
    if len(words) < 2 or words[0] != "A" or not words[1][:1] or words[1][0] not in "aeio" \
            or _article_for(words[1]) != "An":
        return title
    return " ".join(["An", *words[1:]])


def without_report_colon(title: str) -> str:
    """ "Hayward said: The best minds ... are being brought to bear" -> "Hayward said the best minds ...": a verb of
    saying before a colon, and a clause after it that opens with a determiner, read as indirect speech (polish.yaml
    report_colon)."""
    table = rules()["report_colon"]
    words = title.split(" ")
    colon = next((k for k, w in enumerate(words[: int(table["reach"])]) if w.endswith(":")), -1)
    if colon < 1 or colon + 2 >= len(words) or words[colon][:-1].lower() not in lexicon().reporting_verbs \
            or _bare(words[colon + 1]) not in _words("report_colon", "determiners") or not words[colon + 1][:1].isupper():
        return title
    return " ".join([*words[:colon], words[colon][:-1], words[colon + 1].lower(), *words[colon + 2:]])


def without_repeated_words(title: str) -> str:
    """ "39 people were injured were injured" -> "39 people were injured": a run of words a source said twice in a
    row said once (polish.yaml repeated_words: two words or more, or one function word; "that that", "had had"
    stay)."""
    words = title.split(" ")
    longest = int(rules()["repeated_words"]["longest_run"])
    function_words = _words("repeated_words", "function_words")
    kept: list[str] = []
    bare: list[str] = []  # kept's words bared, each once (the runs compared below read them many times)
    for word in words:
        kept.append(word)
        bare.append(_bare(word))
        for n in range(longest, 0, -1):
            # a run repeats only if its last word does: most words end no run (the slices below read no further)
            if len(kept) < 2 * n or bare[-1] != bare[-n - 1]:
                continue
            single = n == 1 and bare[-1] in function_words
            if bare[-n:] == bare[-2 * n:-n] and (n > 1 or single) and not kept[-n - 1].endswith((",", ";", ":")):
                del kept[-n:]
                del bare[-n:]
                break
    return " ".join(kept)


_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)++[A-Z]\Z")  # "U.S", "U.N", "D.C": the last dot was cut
_DOUBLE_QUOTES = re.compile(r"[\"“”]")
_COMMA_BEFORE_CLOSE = re.compile(r",\)")
_EMPTY_BRACKETS = re.compile(r" ?\(\s*+\)")


def with_paired_marks(title: str) -> str:
    """The title without the marks a cut left unpaired (polish.yaml marks): an opening bracket at the end with at
    most open_tail_words after it, a closing bracket with none opened, a comma before a closing bracket, empty
    brackets, a lone double quotation mark; and with the last dot of an abbreviation at its end ("the U.S").
    A stock ticker in brackets goes too ("Eni SpA (ENI.MI)": events.yaml stock_ticker_exchanges)."""
    title = stock_ticker().sub("", title)
    title = _EMPTY_BRACKETS.sub("", _COMMA_BEFORE_CLOSE.sub(")", title))
    title = _without_unopened_brackets(title)
    opened = title.rfind("(")
    if opened >= 0 and ")" not in title[opened:] \
            and len(title[opened + 1:].split()) <= int(rules()["marks"]["open_tail_words"]):
        title = title[:opened].rstrip(" ,;:")
    if len(_DOUBLE_QUOTES.findall(title)) % 2:
        title = re.sub(r"\s{2,}", " ", _DOUBLE_QUOTES.sub("", title)).strip()
    if _ABBREVIATION_END.search(title):
        title += "."
    return title[:1].upper() + title[1:] if title else title


def _without_unopened_brackets(title: str) -> str:
    """The title without each closing bracket that no opening one before it pairs."""
    if ")" not in title:
        return title.strip()  # no closing bracket to drop: most titles (the loop below would keep every character)
    depth, kept = 0, []
    for char in title:
        if char == "(":
            depth += 1
        elif char == ")":
            if not depth:
                continue
            depth -= 1
        kept.append(char)
    return "".join(kept).strip()


@cache
def _chronology_item() -> re.Pattern[str]:
    """A sentence that opens with a chronology item's date ("3 March 2011 ", "Aug. 21 - ", "September 27, 2011: ")
    and then a capitalised word."""
    names = alternation(frozenset(name for forms in months() for name in forms))
    return re.compile(rf"\A[*•]?\s*+(?:\d{{1,2}} (?:{names})\.?|(?:{names})\.? \d{{1,2}})(?:,? \d{{4}})?"
                      rf"\s*+(?:[-–—:]\s*+)?(?=[A-Z])")


def _is_name_end(word: str) -> bool:
    """A capitalised word that is no possessive ("Gaddafi", "Council"; not "Murray's": a noun follows it)."""
    return word[:1].isupper() and not word.endswith(("'s", "’s"))


def _regular_past(present: str) -> str:
    """ "votes" -> "voted", "halt" -> "halted", "pushes" -> "pushed", "carries" -> "carried", "bans" -> "banned",
    "scrap" -> "scrapped"."""
    if present.endswith("ies") and len(present) > 4:
        return present[:-3] + "ied"
    if present.endswith(("ches", "shes", "sses", "xes", "zes")):
        base = present[:-2]
    elif present.endswith("s") and not present.endswith(("ss", "us", "is")):
        base = present[:-1]
    else:
        base = present
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    vowels = [c in "aeiou" for c in base]
    # one syllable ("stop", "ban", "scrap", "strip"): its last consonant doubles after one vowel
    short = sum(1 for k, v in enumerate(vowels) if v and (not k or not vowels[k - 1])) == 1
    if (short or base in _words("chronology_present", "doubled")) and len(base) > 2 and vowels[-2] \
            and not vowels[-1] and not vowels[-3] and base[-1] not in "wxy":
        return base + base[-1] + "ed"
    return base + "ed"


def _present_form(words: Sequence[str], k: int) -> bool:
    """Whether words[k] reads as the present of the title's main verb (polish.yaml chronology_present): lower-case,
    no stopword, adverb or word of not_verb_endings, after the subject's last word (a name; or a noun, then before
    a determiner or particle); a plain form only after a plural, or a name in a subject joined by "and"."""
    word, before = words[k], words[k - 1]
    low = word.lower()
    table = rules()["chronology_present"]
    known = low in table["irregular"]
    if not word.isalpha() or not word.islower() or is_adverb(low) or is_past(low) and not known \
            or not known and (low in lexicon().stopwords or low.endswith(tuple(table["not_verb_endings"]))):
        return False
    name = _is_name_end(before) or before.endswith(",")  # a comma here closes an aside after the subject
    bare_before = _bare(before)
    if not name and (not bare_before.isalpha() or bare_before in lexicon().stopwords or not before[:1].islower()):
        return False
    plain = not low.endswith("s") or low.endswith(("ss", "us", "is"))
    # a subject joined by "and" is plural: names ("Sarkozy and Britain's David Cameron land") or a plural noun before
    # "and" ("Explosions and gunfire rattle"; not "Nutritionist and holistic nurse X tells": one person's roles)
    joined = "and" in words[1:k] and (name or words[words.index("and", 1) - 1].endswith("s"))
    if plain and not (bare_before.endswith("s") or joined):
        return False
    if known and plain and k + 1 < len(words) and words[k + 1].isalpha() and words[k + 1].islower() \
            and not is_past(words[k + 1].lower()):  # "rulers meet world leaders", "militias take control"
        return True
    if not plain and _is_name_end(before) and k + 1 < len(words) and words[k + 1].isalpha() \
            and words[k + 1].islower() and words[k + 1].endswith("s") and not words[k + 1].endswith("ss"):
        return True  # "the Council eases sanctions": a plural noun's subject would not take an -s verb
    if not plain and _named_subject(words, k) and _compound_plural_at(words, k + 1):
        return True  # "The ICC issues arrest warrants": a noun that modifies a plural noun, the -s word's object
    return _takes_object(words, k + 1, name)


def _named_subject(words: Sequence[str], k: int) -> bool:
    """Whether words[:k] is one of chronology_present `name_determiners` and a name ("The ICC", "The U.N. Security
    Council"; not "Gaddafi", "Libyan rebels"): the -s word after it is the verb, not the plural of a compound."""
    return k >= 2 and _bare(words[0]).lower() in _words("chronology_present", "name_determiners") \
        and all(_is_name_end(word) for word in words[1:k])


def _compound_plural_at(words: Sequence[str], k: int) -> bool:
    """Whether words[k:k + 2] is a noun before a plural noun ("arrest warrants", "travel bans"): two lower-case
    words, no stopword, adverb or past, the first plain, the second an -s plural."""
    if k + 1 >= len(words):
        return False
    first, second = words[k], _bare(words[k + 1])
    if not (first.isalpha() and first.islower() and second.isalpha() and second.islower()):
        return False
    stops = lexicon().stopwords
    if first in stops or second in stops or is_adverb(first) or is_past(first) or is_past(second):
        return False
    return not first.endswith("s") and second.endswith("s") and not second.endswith(("ss", "us", "is"))


def is_present_form(words: Sequence[str], k: int) -> bool:
    """Whether words[k] reads as the present of a clause's main verb after its subject (_present_form): for
    triggers.tells_nowadays."""
    return 0 < k < len(words) and _present_form(words, k)


def _takes_object(words: Sequence[str], k: int, after_name: bool) -> bool:
    """Whether words[k] may open what a verb takes (polish.yaml chronology_present object_openers; after a name,
    name_openers too), a name or a number; the end of the title only after a name."""
    if k >= len(words):
        return after_name
    after = _bare(words[k])
    return after in _words("chronology_present", "object_openers") or words[k][:1].isupper() \
        or words[k][:1] in "$£€0123456789" or after_name and after in _words("chronology_present", "name_openers")


def _past_of(word: str) -> str:
    table = rules()["chronology_present"]
    low = word.lower()
    return str(table["copulas"].get(low) or table["irregular"].get(low) or _regular_past(low))


def _main_present_verb(words: Sequence[str]) -> int:
    """Where the title's main verb stands in the present (_present_form, or a copula after the subject), within
    chronology_present.reach words and outside an aside a comma opened and none closed; -1 when a past or modal
    finite verb comes first or there is none."""
    table = rules()["chronology_present"]
    commas = 0
    for k in range(1, min(len(words), int(table["reach"]) + 1)):
        commas += words[k - 1].endswith(",")
        low = words[k].lower()
        if commas % 2 or words[k] != words[k].strip(",;:.()\"“”"):
            continue
        if low in lexicon().auxiliaries - set(table["copulas"]) or low in lexicon().modals \
                | lexicon().future_auxiliaries | _words("chronology_present", "clause_openers"):
            return -1
        if low in table["copulas"] and not words[k - 1].endswith((";", ":")):
            return k
        if _present_form(words, k):
            return k
    return -1


def _joined_verb(words: Sequence[str], k: int, plain: bool) -> bool:
    """Whether words[k], after the first "and" that follows the main verb, is a verb of the same form ("defects and
    flies to", "take the town and free the prisoners"): lower-case, no stopword, before what a verb takes."""
    low = words[k].lower()
    table = rules()["chronology_present"]
    same_form = plain != (low.endswith("s") and not low.endswith(("ss", "us", "is")))
    if not words[k].isalpha() or not words[k].islower() or not same_form or is_past(low) or is_adverb(low):
        return False
    if low not in table["irregular"] and (low in lexicon().stopwords or low.endswith(tuple(table["not_verb_endings"]))):
        return False
    return _takes_object(words, k + 1, False) or k + 1 < len(words) and _bare(words[k + 1]) in _words(
        "chronology_present", "name_openers")


def in_past_tense(title: str, sentence: str) -> str:
    """ "The trial is delayed" (from "3 March 2011 The trial is delayed.") -> "The trial was delayed", "Rebels
    enter Tripoli" -> "Rebels entered Tripoli": a chronology item's present, its main verb (and one of the same form
    "and" joins to it) in the simple past, where the sentence opens with an item's date (polish.yaml
    chronology_present)."""
    if not _chronology_item().match(sentence):
        return title
    words = title.split(" ")
    verb = _main_present_verb(words)
    if verb < 0:
        return title
    plain = not words[verb].endswith("s")
    words[verb] = _past_of(words[verb])
    joiner = next((k for k in range(verb + 1, len(words) - 1) if words[k] == "and"), -1)
    if joiner > 0 and _joined_verb(words, joiner + 1, plain):
        words[joiner + 1] = _past_of(words[joiner + 1])
    _side_clause_in_past(words, verb)
    return " ".join(words)


def _side_clause_in_past(words: list[str], verb: int) -> None:
    """ "rattled Tripoli after days of defeats leave Gaddafi's government besieged" -> "... left ...": the present of
    a side clause one of chronology_present `side_openers` opens after the main verb is the item's historic present
    too; its verb (_present_form, within `side_reach` words, before any mark or other verb) takes the past."""
    table = rules()["chronology_present"]
    opener = next((k for k in range(verb + 1, len(words) - 2) if words[k] in table["side_openers"]), -1)
    if opener < 0 or words[opener - 1].endswith((",", ";", ":")):
        return
    for k in range(opener + 2, min(len(words), opener + 2 + int(table["side_reach"]))):
        if words[k - 1] != words[k - 1].rstrip(",;:()\"“”") or is_past(words[k].lower()) \
                or words[k].lower() in lexicon().auxiliaries | lexicon().modals:
            return
        if _present_form(words, k):
            words[k] = _past_of(words[k])
            return


def _number_words(number: int) -> str:
    """ "Twelve", "Twenty-three": a number below 100 in words (polish.yaml opening_number), capitalised."""
    table = rules()["opening_number"]
    if number < 20:
        spelled = str(table["units"][number])
    else:
        spelled = str(table["tens"][number // 10 - 2]) + (f"-{table['units'][number % 10]}" if number % 10 else "")
    return spelled[:1].upper() + spelled[1:]


def _counted_modifier(words: Sequence[str]) -> bool:
    """Whether words[1] is a capitalised modifier of the counted noun, not a name the number belongs to: an
    abbreviation ("U.N.", "NATO") or a capitalised word that is no month before a lower-case word ("Democratic
    senators"); not "10 Downing Street", "12 March" (polish.yaml opening_number)."""
    word = words[1]
    letters = word.replace(".", "")
    if len(letters) > 1 and letters.isalpha() and letters.isupper():
        return True
    month_names = frozenset(name.lower() for forms in months() for name in forms)
    return len(words) > 2 and word.isalpha() and word[:1].isupper() and word.lower() not in month_names \
        and words[2][:1].islower() and words[2].isalpha() and words[2] not in lexicon().stopwords \
        and not is_verb_word(words[2])  # "2 Commando was deployed": a name and its verb


def with_opening_number_spelled(title: str) -> str:
    """ "12 vessels were hailed" -> "Twelve vessels were hailed", "12 U.N. staffers left" -> "Twelve U.N. staffers
    left": a number of one or two digits opening the title, before a lower-case word or a capitalised modifier of
    the counted noun, in words (polish.yaml opening_number)."""
    words = title.split(" ")
    if len(words) < 2 or not words[0].isdigit() or len(words[0]) > 2 \
            or not (words[1][:1].islower() or _counted_modifier(words)):
        return title
    return " ".join([_number_words(int(words[0])), *words[1:]])


@cache
def _demonstrative_before() -> re.Pattern[str]:
    """A demonstrative of polish.yaml restored_determiner, the word before it (if any) and the word after it."""
    demonstratives = alternation(_words("restored_determiner", "demonstratives"))
    return re.compile(rf"(?:\A|(?<=\s)|(?<=,))(\S++\s++)?(?i:{demonstratives})\s++(\S++)")


@cache
def _determiner_function_words() -> frozenset[str]:
    """The words with_restored_determiner puts no "The" before: pronouns, connectives, prepositions, negations, modals,
    auxiliaries and polish.yaml restored_determiner not_nouns (joined once, not once a title)."""
    lex = lexicon()
    return frozenset(lex.subject_pronouns | lex.relative_pronouns | lex.connectives | lex.opening_prepositions
                     | lex.negations | lex.modals | lex.auxiliaries | _words("restored_determiner", "not_nouns"))


def with_restored_determiner(title: str, sentence: str) -> str:
    """ "Announcement came" (from "That announcement came yesterday") -> "The announcement came": a demonstrative an
    earlier step dropped, at the sentence's start or after an opener, before a common noun (polish.yaml
    restored_determiner), leaves "The" in its place."""
    words = title.split(" ")
    first = words[0]
    if len(words) < 2 or not first[:1].isupper() and not first[:1].isdigit():
        return title
    low = first[:1].lower() + first[1:]
    table = rules()["restored_determiner"]
    bare = _bare(low)
    if bare in _determiner_function_words() or is_verb_word(bare) or is_past(bare) or is_adverb(bare) \
            or bare.endswith("s") and not bare.endswith("ss"):  # "that means", "this involves"
        return title
    found = next((m for m in _demonstrative_before().finditer(sentence) if m.group(2) == low), None)
    if not found:
        return title
    opener = _bare(found.group(1).strip()) if found.group(1) else ""
    at_start = found.start() == 0 and not found.group(1)
    after_opener = found.group(1) is not None and (opener in table["openers"] or found.group(1).rstrip().endswith(","))
    if not (at_start or after_opener):
        return title
    return " ".join(["The", low, *words[1:]])


def with_opening_demonstrative_article(title: str) -> str:
    """ "This global health crisis was triggered" -> "The global health crisis was triggered": a demonstrative kept
    at the title's opening, before a word that reads as a noun phrase's (no verb, pronoun, time noun nor function
    word), points back into an article the reader does not have (polish.yaml opening_demonstrative)."""
    words = title.split(" ")
    if len(words) < 3 or words[0].lower() not in _words("opening_demonstrative", "demonstratives") \
            or not words[0][:1].isupper():
        return title
    after = words[1]
    bare = _bare(after)
    lex = lexicon()
    if after.rstrip(",;:") != after or "'" in after or "’" in after or bare in _words("opening_demonstrative", "not_nouns") \
            or bare in lex.subject_pronouns | lex.relative_pronouns | lex.auxiliaries | lex.modals | lex.negations \
            or after[:1].islower() and (is_verb_word(bare) or is_past(bare) or is_adverb(bare)):
        return title
    if words[0].lower() in {"this", "that"} and after[:1].islower() and bare.endswith("s") and not bare.endswith("ss"):
        return title  # a singular pronoun before its verb ("This involves", "That means")
    return " ".join(["The", *words[1:]])


def without_pronoun_clause_lead(title: str) -> str:
    """ "This failed, BP began to drill two relief wells" -> "BP began to drill two relief wells": a short clause
    whose subject is a pronoun that names nothing ("When this failed in late April, the company began ..." lost its
    "When") run into the clause after its comma, which has a subject of its own, is dropped: the main clause tells the
    event, dated by the same date, without pointing back into the article (polish.yaml pronoun_clause_lead)."""
    words = title.split(" ")
    if len(words) < 5 or _bare(words[0]) not in _words("pronoun_clause_lead", "pronouns") \
            or not words[0][:1].isupper():
        return title
    lead = int(rules()["pronoun_clause_lead"]["lead_words"])
    comma = next((k for k, w in enumerate(words[:lead]) if w[-1:] in ",;:-—–" or w in ("-", "--")), -1)
    if comma < 1 or not words[comma].endswith(","):
        return title
    verb = _bare(words[1])
    lex = lexicon()
    if not (is_past(verb) or verb in finite_words() or verb in lex.auxiliaries | lex.modals):
        return title  # "This year's protests, which ...": no pronoun subject of a verb
    rest = words[comma + 1:]
    if rest and _bare(rest[0]) in _words("pronoun_clause_lead", "joiners"):
        rest = rest[1:]
    if len(rest) < 3 or not (rest[0][:1].isupper() or rest[0] in ("the", "a", "an")) or _bare(rest[0]) in _words("pronoun_clause_lead", "pronouns") \
            or _bare(rest[0]) in lex.subject_pronouns:
        return title  # "It rained, he said": no subject of its own that names something
    reach = rest[1:1 + MAX_SUBJECT_WORDS]
    if not any(is_past(_bare(w)) or _bare(w) in finite_words() for w in reach):
        return title  # "This failed, Deepwater Horizon rig": no clause after the comma
    return " ".join([rest[0][:1].upper() + rest[0][1:], *rest[1:]])


def with_paired_comma(title: str, sentence: str) -> str:
    """ "The video taken on a cell phone, was posted" (from "The video, taken on a cell phone, was posted ...") ->
    "The video, taken on a cell phone, was posted": an aside's comma a cut dropped, where the title has an odd
    number of commas and exactly one pair of its adjacent words has a comma between them in the sentence, and
    nowhere stands there without one (polish.yaml paired_comma)."""
    if title.count(",") % 2 == 0:
        return title
    words = title.split(" ")
    padded = f" {sentence} "
    found = [k for k in range(len(words) - 1) if words[k][-1:].isalnum()
             and f" {words[k]}, {words[k + 1]} " in padded and f" {words[k]} {words[k + 1]} " not in padded]
    if len(found) != 1:
        return title
    words[found[0]] += ","
    return " ".join(words)


@cache
def _appositive_name() -> re.Pattern[str]:
    """A name after a comma (polish.yaml appositive_name): a title word maybe, two to four capitalised words, and
    what follows it (the end, a stop, or a comma and the next word)."""
    titles = alternation(frozenset(str(t) for t in rules()["appositive_name"]["titles"]))
    word = r"(?:(?:al|el|bin|ibn|de|van|von)[- ])?[A-Z][\w'’-]*+"
    return re.compile(rf"\A,\s++((?:(?:{titles})\s++)?{word}(?:\s++{word}){{1,3}})(\s*+(?:\.\s*+\Z|\Z|,\s*+(\S++)))")


@cache
def _participle_followers() -> frozenset[str]:
    """polish.yaml appositive_name participle_followers: "led by", "based in": a reduced clause about the name."""
    return frozenset(str(w).lower() for w in rules()["appositive_name"]["participle_followers"])


def with_appositive_name(title: str, sentence: str) -> str:
    """ "... trial of the singer's physician" (from "... the singer's physician, Dr Conrad Murray.") -> "... the
    singer's physician, Dr Conrad Murray": a title that ends on a role gets the name that follows the role in the
    sentence as its aside (polish.yaml appositive_name)."""
    table = rules()["appositive_name"]
    words = title.split(" ")
    role = [_bare(w) for w in words[-int(table["role_words"]):]]
    if len(words) < 3 or not any(w in table["determiners"] for w in role) or not title[-1:].isalnum():
        return title
    tail = " ".join(words[-3:])
    at = sentence.find(tail)
    if at < 0:
        return title
    found = _appositive_name().match(sentence[at + len(tail):])
    if not found or found.group(1) in title:
        return title
    following = found.group(3)
    then = sentence[at + len(tail) + found.end():].split()[:1]
    led = following is not None and f"{_bare(following)} {_bare(then[0]) if then else ''}" in _participle_followers()
    if following is not None and not led and (following[:1].isupper() or _bare(following) not in table["followers"]):
        return title  # a list of names, or a clause the name is the subject of
    return f"{title}, {found.group(1)}"


@cache
def _described_name() -> tuple[re.Pattern[str], int]:
    """polish.yaml described_name: a description that a determiner opens and a kind noun closes, right before a
    comma; and how many words may stand between the name's closing comma and the title's next word."""
    table = rules()["described_name"]
    kinds = alternation(frozenset(str(k).lower() for k in table["kinds"]))
    determiners = alternation(frozenset(str(d).lower() for d in table["determiners"]))
    words = int(table["description_words"])
    # the nearest determiner opens it: no determiner, preposition or conjunction inside ("a dose of the ...")
    inside = alternation(frozenset(str(w).lower() for w in [*table["determiners"], *table["not_inside"]]))
    word = rf"(?!(?i:{inside})\s)[\w'’-]++\s"
    return (re.compile(rf"(?<![\w'’-])(?i:{determiners})\s(?:{word}){{0,{words}}}+(?:{kinds}),\s\Z"),
            int(table["reach"]))


_NAME_WORD = re.compile(r"[A-Z0-9][\w'’-]*+\Z")


def with_described_name(title: str, sentence: str) -> str:
    """ "The Man Who Killed Michael Jackson aired" (from "... for a Channel 4 documentary, The Man Who Killed Michael
    Jackson, which aired on Thursday night") -> "A Channel 4 documentary, The Man Who Killed Michael Jackson, aired":
    a title that opens on the name of a work, a drug or a vessel says what the name stands for when the sentence
    set it in apposition to a description with a kind noun (polish.yaml described_name); a person's name needs
    none, so person nouns are no kinds."""
    words = title.split(" ")
    size = 0
    while size < len(words) and _NAME_WORD.match(words[size]):
        size += 1
    if size == 0 or size >= len(words) or words[size][:1].isupper():
        return title
    name = " ".join(words[:size])
    at = sentence.find(f", {name}, ")
    if at < 0:
        return title
    pattern, reach = _described_name()
    start = max(0, at - 200)
    found = pattern.search(sentence[start:at + 2])
    after = sentence[at + len(name) + 4:].split()[:reach + 1]
    if not found or words[size] not in after \
            or sentence[:start + found.start()].split()[-1:] in (["of"], ["Of"]):
        return title  # ("the commander of the NATO operation, <name>,": the name is the commander's, no kind's)
    description = found.group(0)[:-2]
    return f"{description[:1].upper()}{description[1:]}, {name}, {' '.join(words[size:])}"


@cache
def _subject_modifier() -> tuple[frozenset[str], frozenset[str], int, int]:
    table = rules()["subject_modifier"]
    return (frozenset(str(w).lower() for w in table["participles"]),
            frozenset(str(w).lower() for w in table["prepositions"]), int(table["phrase_words"]), int(table["aside_words"]))


def with_subject_modifier(title: str, sentence: str) -> str:
    """ "Diplomats took over the London embassy" (from "Diplomats named by Libya's rebel administration, the
    National Transitional Council (NTC), took over ...") -> "Diplomats named by Libya's rebel administration took
    over the London embassy": a bare plural subject (no determiner, no name) that says nothing of whose or which
    keeps the participle phrase that said it in its sentence (polish.yaml subject_modifier); an aside after the
    phrase stays out."""
    participles, prepositions, phrase_words, aside_words = _subject_modifier()
    words = title.split(" ")
    head = words[0]
    if len(words) < 3 or not (head[:1].isupper() and head[1:].isalpha() and head[1:].islower() and head.endswith("s")) \
            or head.endswith("ss") or head.lower() in lexicon().stopwords:
        return title
    told = sentence.split()
    for k in range(len(told) - 2):
        if told[k] not in (head, head.lower()) or _bare(told[k + 1]) not in participles \
                or _bare(told[k + 2]) not in prepositions:
            continue
        end = k + 3
        while end < len(told) and end - k <= phrase_words + 1 and told[end - 1][-1:].isalnum() \
                and told[end] != words[1]:
            end += 1
        phrase = told[k + 1:end]
        if not phrase[-1][-1:].isalnum() and phrase[-1][-1:] != ",":
            return title
        rest = told[end:]
        if phrase[-1].endswith(","):
            # an aside closed by its comma may stand between the phrase and the verb
            close = next((j for j, w in enumerate(rest[:aside_words]) if w.endswith(",")), -1)
            rest = rest[close + 1:] if close >= 0 else rest
        if rest[:1] != [words[1]] or any(not w[-1:].isalnum() for w in phrase[:-1]) \
                or any(is_past(_bare(w)) or _bare(w) in {"and", "or"} for w in phrase[2:]):
            return title  # (a verb or a conjunction inside: the phrase ran into a clause of its own)
        modifier = " ".join(phrase).rstrip(",")
        return " ".join([head, modifier, *words[1:]])
    return title


def _sure_article(word: str) -> str:
    """ "a" or "an" before `word` where its sound is sure (polish.yaml inner_article); "" where it is not (a word
    opening with "u" or "h", a number, a capitalised word that is no short acronym, a function word)."""
    letters = word.replace(".", "").rstrip(",;:")
    if letters.isupper() and letters.isalpha() and 1 < len(letters) <= int(rules()["inner_article"]["acronym_letters"]):
        return _article_for(letters).lower()
    low = _bare(word)
    if not word[:1].islower() or not low[:1].isalpha() or low[:1] in "uh" or low in lexicon().stopwords:
        return ""
    return _article_for(low).lower()


def with_inner_articles(title: str, sentence: str) -> str:
    """ "Gaddafi said in a audio address" (from "in a July 23 audio address") -> "in an audio address": an article a cut
    left before a word of another sound agrees with it, where the sentence has no such pair (polish.yaml
    inner_article)."""
    words = title.split(" ")
    if not any(_bare(w) in ("a", "an") for w in words):
        return title  # most titles
    pairs = {(a.lower(), _bare(b)) for a, b in zip(sentence.split(), sentence.split()[1:])}
    for k, word in enumerate(words[:-1]):
        if word.lower() not in ("a", "an") or (word.lower(), _bare(words[k + 1])) in pairs:
            continue
        wanted = _sure_article(words[k + 1])
        if wanted and wanted != word.lower():
            words[k] = wanted[:1].upper() + wanted[1:] if word[:1].isupper() else wanted
    return " ".join(words)


@cache
def _dated_possessive() -> re.Pattern[str]:
    """A date's possessive before a noun ("Tuesday's statement", "last week's blast", "Saturday evening's attacks"):
    the noun (polish.yaml first_mention date_words, month and weekday names, a year)."""
    names = {n.lower() for forms in (*months(), *weekdays()) for n in forms} | _words("first_mention", "date_words")
    return re.compile(rf"(?i:\b(?:{alternation(frozenset(names))}|\d{{4}}))['’]s\s++([a-z][\w-]*+)")


@cache
def _dated_by_phrase() -> re.Pattern[str]:
    """A noun after "the" a date phrase stands right beside ("the hearing on Thursday", "The leak in 2009", "the
    hearing today", "the 8 October gig"): the noun (polish.yaml first_mention `date_after`). Month and weekday names
    are read capitalised only ("the spill may ...": a verb)."""
    names = alternation(frozenset(n for forms in (*months(), *weekdays()) for n in forms if len(n) > 3 or n == "May"))
    after = alternation(_words("first_mention", "date_after_prepositions"))
    days = alternation(_words("first_mention", "date_after_words"))
    date = rf"(?:(?:{after})\s++)?(?:(?:{names})\b|\d{{4}}\b|(?i:{days})\b)(?!,?\s++of\b)"
    before = rf"(?:\d{{1,2}}\s++(?:{names})|(?:{names})\s++\d{{1,2}})"  # not a year alone: "the 2008 election"
    return re.compile(rf"\b[Tt]he\s++(?:([a-z][\w-]*+)\s++{date}|{before}\s++([a-z][\w-]*+))")


def _first_mention_article(words: Sequence[str], k: int, dated: set[str], dated_beside: frozenset[str] = frozenset()
                           ) -> str | None:
    """The article that replaces the "the" at words[k] (polish.yaml first_mention): "a" or "an" before a venue noun
    (one of `modifiers` maybe between) or a singular `dated_nouns` word a date's possessive had; "" (no article)
    before a plural a date's possessive had; None where "the" stays."""
    table = rules()["first_mention"]
    modifiers = _words("first_mention", "modifiers") | (_words("first_mention", "thing_modifiers") if k == 0 else set())
    at = k + 1 + (words[k + 1].lower() in modifiers and k + 2 < len(words))
    noun = words[at]
    bare = _bare(noun)
    if noun.rstrip(",;:") != bare or not words[k + 1][:1].islower() or at + 1 < len(words) and words[at + 1] == "of" \
            or any(_bare(w) == bare for w in words[:k]):
        return None  # (lower-case, no possessive; "the announcement of Younis' death": its content makes it definite)
    named = at + 1 < len(words) and words[at + 1][:1].isupper()  # "The tanker Exxon Valdez"
    thing = k == 0 and bare in _words("first_mention", "things") and not named
    venue = thing or bare in _words("first_mention", "nouns") and not (at == k + 1 and bare in table["needs_modifier"])
    # a singular event as the title's subject, or at its end after "in" ("killed in [Monday's] incident"); elsewhere
    # "the" may read as the event the clause is about ("said the meeting was the first of ...") and stays
    placed = k == 0 or words[k - 1] == "in" and at == len(words) - 1 \
        or words[k - 1] in _words("first_mention", "audience_verbs") and at == k + 1  # "told a hearing that"
    if venue or at == k + 1 and placed and bare in dated | dated_beside and bare in _words("first_mention", "dated_nouns"):
        return _article_for(_bare(words[k + 1])).lower()
    singular = {bare[:-1], bare[:-2]} if bare.endswith("es") else {bare[:-1]}  # "attacks", "clashes"
    plural = bare.endswith("s") and not bare.endswith(("ss", "us", "is")) \
        and bool(singular & _words("first_mention", "dated_nouns"))
    return "" if at == k + 1 and bare in dated and plural else None


def with_first_mention(title: str, sentence: str) -> str:
    """ "Mr Chernoff said in the statement that ..." -> "in a statement that ...", "The statement by Al Qaeda ... was
    posted" -> "A statement by ...", "The deal was reached" (from "Thursday's deal was reached") -> "A deal was
    reached": a noun nothing in the title introduced, a report's venue or an event a date's possessive qualified in the
    sentence, takes the indefinite article (polish.yaml first_mention); not where the sentence points back to it with
    a demonstrative ("That announcement came": restored_determiner gives "The")."""
    words = title.split(" ")
    if not any(w.lower() == "the" for w in words[:-1]):
        return title
    pointed = {_bare(b) for a, b in zip(sentence.split(), sentence.split()[1:])
               if _bare(a) in _words("restored_determiner", "demonstratives")}
    dated = {m.group(1).lower() for m in _dated_possessive().finditer(sentence)}
    # a date phrase beside the noun ("the hearing on Thursday"): singular, placed only; a plural keeps its "the"
    # ("streamed to the polls Saturday")
    beside = frozenset((m.group(1) or m.group(2)).lower() for m in _dated_by_phrase().finditer(sentence))
    k = 0
    while k < len(words) - 1:
        article = _first_mention_article(words, k, dated, beside) if words[k].lower() == "the" \
            and _bare(words[k + 1]) not in pointed else None
        if article is not None and article:
            words[k] = article[:1].upper() + article[1:] if words[k][:1].isupper() else article
        elif article is not None:
            capital = words[k][:1].isupper()
            del words[k]
            words[k] = words[k][:1].upper() + words[k][1:] if capital else words[k]
        k += 1
    return " ".join(words)


def without_group_article(title: str) -> str:
    """ "The officers and other witnesses reported ..." -> "Officers and other witnesses reported ...": a group of
    people the title opens with "The" though nothing introduced them (polish.yaml group_article); so is a number of
    them ("The two travellers returned" -> "Two travellers returned")."""
    words = title.split(" ")
    if len(words) < 3 or words[0] != "The":
        return title
    if _counted_group(words):
        return with_opening_number_spelled(" ".join([words[1][:1].upper() + words[1][1:], *words[2:]]))
    if words[1].lower() not in _words("group_article", "nouns") or words[2] == "of":
        return title
    return " ".join([words[1][:1].upper() + words[1][1:], *words[2:]])


def _counted_group(words: Sequence[str]) -> bool:
    """Whether words (after an opening "The") tell a number of people: a number word or a figure of one or two
    digits, at most group_article counted_reach words, and a plural of the group_article tables, not before "of"."""
    number = words[1].lower()
    if number not in _words("group_article", "counted_numbers") and not (number.isdigit() and len(number) <= 2):
        return False
    people = _words("group_article", "nouns") | _words("group_article", "counted_nouns")
    reach = int(rules()["group_article"]["counted_reach"])
    for at in range(2, min(len(words) - 1, 3 + reach)):
        word = words[at]
        if word == "of" or word.rstrip(",;:") != word:
            return False
        if word.lower() in people:
            return words[at + 1] != "of"
    return False


def with_bare_possessive(title: str) -> str:
    """ "the ruins of al-Mrabet family's villa" -> "the ruins of the al-Mrabet family's villa": a common noun's
    possessive after a preposition with no determiner gets "the" (polish.yaml bare_possessive)."""
    if "'s" not in title and "’s" not in title:
        return title
    table = rules()["bare_possessive"]
    words = title.split(" ")
    prepositions, not_nouns = _words("bare_possessive", "prepositions"), _words("bare_possessive", "not_nouns")
    stop = _words("report_colon", "determiners") | lexicon().possessive_pronouns | not_nouns
    for k in range(len(words) - 1, 0, -1):
        head = words[k]
        if not head.endswith(("'s", "’s")) or not head[:-2].isalpha() or not head[:-2].islower() \
                or head[:-2].endswith("s") or head[:-2] in stop or head[:-2] in lexicon().stopwords:
            continue
        for j in range(k - 1, max(-1, k - 2 - int(table["reach"])), -1):
            low = words[j].lower()
            if low in prepositions:
                if j < k - 1 and any(w.endswith(("'s", "’s")) for w in words[j + 1: k]):
                    break
                words = [*words[: j + 1], "the", *words[j + 1:]]
                return " ".join(words)
            if low in stop or not words[j].strip("-").replace("-", "").isalnum() or words[j].endswith(("'s", "’s")):
                break
    return title


@cache
def _opening_place() -> re.Pattern[str]:
    """A sentence's opening phrase of place (polish.yaml opening_place): its lead, the phrase (a preposition, "the"
    maybe, at most three lower-case words, a name of one to four capitalised words), and what stands before its
    comma."""
    table = rules()["opening_place"]
    leads = alternation(frozenset(str(w) for w in table["leads"]))
    prepositions = alternation(frozenset(str(w) for w in table["prepositions"]))
    capital = r"[A-Z][\w.-]*+(?<!['’]s)"
    return re.compile(rf"\A(?:(?:{leads}),?\s++)?(?P<phrase>(?:{prepositions})\s++(?:the\s++)?"
                      rf"(?:[a-z][\w-]*+\s++){{0,3}}?{capital}(?:\s++(?:of\s++)?{capital}){{0,3}})"
                      rf"(?P<tail>[^,;:]{{0,40}}?),\s++")


def with_opening_place(title: str, sentence: str) -> str:
    """ "Reuters reporters heard intermittent gunfire" (from "In the capital Tripoli, Reuters reporters heard ...")
    -> "In the capital Tripoli, Reuters reporters heard intermittent gunfire": the sentence's opening phrase of place,
    which the title dropped, comes back (polish.yaml opening_place)."""
    found = _opening_place().match(sentence)
    if not found:
        return title
    table = rules()["opening_place"]
    phrase, tail = found.group("phrase"), found.group("tail").split()
    calendar = {n.lower() for forms in months() for n in forms} | {n.lower() for forms in weekdays() for n in forms}
    names = [w for w in phrase.split()[1:] if w[:1].isupper()]
    date_words = _words("opening_place", "date_words") | calendar
    if any(w.lower().rstrip(".") in calendar for w in names) \
            or any(w.lower().strip(".") not in date_words for w in tail):
        return title
    lower = {w for w in phrase.lower().split()[1:] if w != "the"}
    if lower & (_words("report_colon", "determiners") | _words("opening_preposition", "venue_nouns")):
        return title  # "In an interview with Reuters": where a report was made, no place (opening_preposition drops it)
    said = phrase.lower().split()
    if any(w in _words("stray_words", "telling_rooms") and said[k - 1] == "the" for k, w in enumerate(said[1:], 1)):
        return title  # "In the courtroom in Los Angeles": "the" points back at the room of a telling (stray_words)
    words = title.split(" ")
    named = [_bare(n) for n in names if len(_bare(n)) > 3]  # "Libya" is named by "Libyan" too
    if len(words) < 3 or any(_bare(w).startswith(n) for w in words for n in named) \
            or _bare(words[0]) in lexicon().opening_prepositions or not _opens_clause(words):
        return title
    rest = sentence[found.end():]
    start = " ".join(words[:3]).lower()
    if not rest.lower().startswith(start):
        aside = rest.split(", ", 1)
        # places5: a relative of place between the phrase and its clause ("In the Western Mountains, where insurgents
        # are trying to push toward Tripoli, heavy fighting erupted") tells of the place; the clause after it keeps it
        relative = len(aside) == 2 and _bare(aside[0].split()[0]) in _words("opening_place", "place_relatives")
        if len(aside) < 2 or len(aside[0].split()) > int(table["aside_words"]) \
                or not relative and _bare(aside[0].split()[0]) in _words("opening_place", "aside_breakers") \
                or not relative and any(is_verb_word(w) for w in aside[0].split()) \
                or not aside[1].lower().startswith(start):
            return title
        rest = aside[1]
    first = rest.split(" ", 1)[0]
    if _told_by_named_teller([first, *words[1:]]):
        return title  # "In Washington, President Barack Obama authorized": where the teller was, not the event (strays3)
    return " ".join([f"{phrase},", first, *words[1:]])


def _told_by_named_teller(words: list[str]) -> bool:
    """ "President Barack Obama authorized ...", "Major General John Lorimer said ...": the title's clause is a name
    (its last word capitalised, no pronoun) and one of opening_place `teller_verbs` within `teller_reach` words, and
    tells nothing the teller perceived (`perception_verbs`): the sentence's opening place is where the teller was
    found, which does not come back (polish.yaml opening_place, strays3). `words`: the title's, its first as the
    sentence has it after the place ("residents said", a common noun, is no name)."""
    table = rules()["opening_place"]
    verbs = _words("opening_place", "teller_verbs")
    for k in range(1, min(len(words) - 1, int(table["teller_reach"]) + 1)):
        if _bare(words[k]) not in verbs:
            continue
        before = words[k - 1]
        named = before[:1].isupper() and _bare(before).replace("-", "").isalpha() \
            and _bare(before) not in _words("opening_place", "teller_pronouns")
        return named and not any(_bare(w) in _words("opening_place", "perception_verbs") for w in words[k + 1:])
    return False


# ------------------------------------------------------------------------------------------- quotation marks

_QUOTE_KEY_EDGES = ",.;:!?()[]\"“”'‘’`"
_CLOSING_PUNCTUATION = ",.;:!?"


def _quote_key(word: str) -> str:
    return word.strip(_QUOTE_KEY_EDGES).lower()


def _keyed(words: Sequence[str]) -> list[tuple[int, str]]:
    """(index, key) of each word that has letters or digits to compare ("--" and "..." have none)."""
    return [(i, k) for i, k in ((i, _quote_key(w)) for i, w in enumerate(words)) if k]


def _inner(span: str) -> str:
    """A quoted span's text without its marks ("“terrorists,”" -> "terrorists,"; ``x'' -> x)."""
    width = 2 if span.startswith("``") else 1
    return span[width:-width]


def quoted_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of each paired quotation of `sentence` (straight, curly or ``...'')."""
    return [(m.start(), m.end(), _inner(m.group())) for m in QUOTED.finditer(sentence)]


# the last curly opening mark of a sentence with no closing mark after it: a quotation that runs on past the
# sentence's end (its closing mark went with the next sentence's split: 'tweeted that “Our top priority is the Gulf.')
_UNCLOSED = re.compile(r"“([^“”]++)\Z")


def _unclosed_quotation(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of a quotation `sentence` opens with a curly mark and never closes, its closing
    punctuation left out: a title that ends with all its words ends inside it and takes the closing mark there
    (polish.yaml quotation_marks_examples)."""
    found = _UNCLOSED.search(sentence.rstrip())
    if found is None:
        return []
    inner = found.group(1).rstrip(" .!?")
    return [(found.start(), found.start() + 1 + len(inner), inner)] if inner else []


def _find_run(keys: Sequence[str], run: Sequence[str], start: int = 0) -> int:
    """Where the run of keys `run` first stands in `keys` from `start`; -1 when nowhere."""
    n = len(run)
    return next((i for i in range(start, len(keys) - n + 1) if list(keys[i:i + n]) == list(run)), -1)


def _span_place(keyed: Sequence[tuple[int, str]], sentence: str, start: int, end: int, inner: str) -> tuple[int, int] | None:
    """The title's word indexes (first, last) where the quoted span's words stand, at the span's place: each
    neighbour the title gives them is one of the `reach` words the sentence has on that side; None when nowhere."""
    run = [k for k in (_quote_key(w) for w in inner.split()) if k]
    keys = [k for _, k in keyed]
    if not run or len(run) >= len(keys):
        return None  # (a title of the quotation's words alone is no quotation inside the title: a cut)
    reach = int(rules()["quotation_marks"]["reach"])
    before = {k for _, k in _keyed(sentence[:start].split()[-reach:])}
    after = {k for _, k in _keyed(sentence[end:].split()[:reach])}
    after |= {str(rules()["work_content"]["verbs"][k]) for k in after & rules()["work_content"]["verbs"].keys()}
    # (a work's content verb in_past_of_work_content put in the past still stands where the sentence has it)
    shifted = rules()["backshift"]["map"]
    before |= {str(shifted[k]) for k in before & shifted.keys()}
    after |= {str(shifted[k]) for k in after & shifted.keys()}
    # (so does a report's "is" in_backshifted_report put in the past: 'said the department was “very concerned”')
    at = _find_run(keys, run)
    while at >= 0:
        stop = at + len(run)
        if (at == 0 or keys[at - 1] in before) and (stop == len(keys) or keys[stop] in after):
            return keyed[at][0], keyed[stop - 1][0]
        at = _find_run(keys, run, at + 1)
    return None


def with_quotation_marks(title: str, sentence: str) -> str:
    """The title with the marks of each quotation of `sentence` whose words all stand unchanged at its place in the
    title (polish.yaml quotation_marks): curly, with the sentence's punctuation inside the closing mark kept there."""
    if not title or not any(m in sentence for m in "\"“`"):
        return title
    table = rules()["quotation_marks"]
    words = title.split(" ")
    keyed = _keyed(words)
    taken: set[int] = set()
    for start, end, inner in quoted_spans(sentence) + _unclosed_quotation(sentence):
        place = _span_place(keyed, sentence, start, end, inner)
        if place is None or taken & set(range(place[0], place[1] + 1)):
            continue
        first, last = place
        taken.update(range(first, last + 1))
        word = words[first]
        lead = len(word) - len(word.lstrip("(["))
        words[first] = word[:lead] + table["open"] + word[lead:]
        word = words[last]
        core = word.rstrip(_CLOSING_PUNCTUATION + ")]")
        trail = word[len(core):]
        inside = inner.rstrip()[-1:]
        if trail[:1] and trail[:1] == inside and inside in _CLOSING_PUNCTUATION:
            core, trail = core + trail[:1], trail[1:]  # "“Time is pressing,” he said": the comma is the quotation's
        words[last] = core + table["close"] + trail
    return " ".join(words)


def lies_inside_quotation(title: str, sentence: str) -> bool:
    """Whether the title's words (two or more, a verb among them) are all words of one quotation of `sentence`, in
    order: the title
    gives someone's words with the speaker dropped ("NATO continued its strikes" from "“NATO continued its strikes
    overnight,” NATO said")."""
    keys = [k for _, k in _keyed(title.split())]
    if len(keys) < 2 or not any(is_verb_word(w) for w in title.split()):
        return False  # (a noun phrase, "the killing of General Younes", names the event, not a claim)
    return any(_find_run([k for k in (_quote_key(w) for w in inner.split()) if k], keys) >= 0
               for _, _, inner in quoted_spans(sentence))


@cache
def _speaker_after() -> re.Pattern[str]:
    """ '“...,” NATO said', '“...,” the diplomat, Ibrahim Dabbashi, told CNN', '“...,” said Raza Agha, ...': who
    said the quotation that closed just before the text this reads (a comma and an aside after the speaker may stand
    before the verb)."""
    verbs = alternation(reporting_verbs("closes_quote"))
    most = int(rules()["speaker"]["speaker_words"])
    name = rf"[\w'’.-]++(?: [\w'’.-]++){{0,{most - 1}}}"
    return re.compile(rf"[,.!?]?[\"”']*+ (?:(?P<speaker>{name}?)(?:, [^,;:“”\"]{{1,120}}?,)? (?:{verbs})\b"
                      rf"|(?:{verbs}) (?P<named>[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){{0,{most - 1}}})(?=[,.;]| (?:of|with|at|from)\b|\Z))")


def _opens_quoted_clause(words: Sequence[str], at: int) -> bool:
    """Whether the quotation's word at `at` opens a clause of it: its first word, or one after a comma, colon,
    semicolon or dash, or after one of polish.yaml speaker `clause_openers` ("It became clear that | people ...")."""
    if at == 0:
        return True
    before = words[at - 1]
    return before[-1:] in ",;:—–-" or before in ("--",) or _bare(before) in _words("speaker", "clause_openers")


SPEAKER_ABBREVIATION_CHARS = 3  # "Jr.", "Sr.": a name's last word this short may end in its own stop


def with_speaker(title: str, sentence: str) -> str:
    """A title made of a quotation's words only, the speaker dropped (lies_inside_quotation), told as the speaker's
    words: 'NATO said “NATO continued its strikes”' (polish.yaml speaker), when the reporting clause right after the
    quotation names the speaker; a pronoun names nobody, and the title stays (title choice weighs it as faulty)."""
    if not lies_inside_quotation(title, sentence):
        return title
    keys = [k for _, k in _keyed(title.split())]
    table = rules()["speaker"]
    for _, end, inner in quoted_spans(sentence):
        inner_words = [w for w in inner.split() if _quote_key(w)]
        at = _find_run([_quote_key(w) for w in inner_words], keys)
        if at < 0:
            continue
        if not _opens_quoted_clause(inner_words, at):
            return title  # ("the (pro-Gaddafi) | brigades positioned ...": a noun phrase's tail, no clause said)
        found = _speaker_after().match(sentence, end - 1)
        if found is None:
            return title
        speaker = (found.group("speaker") or found.group("named")).strip()
        if speaker.endswith(".") and len(speaker.rsplit(" ", 1)[-1]) > SPEAKER_ABBREVIATION_CHARS:
            speaker = speaker[:-1]  # '..., says Dr Morens.': the sentence's stop, not an abbreviation's ("Jr.")
        if _bare(speaker) in _words("speaker", "pronouns") or not speaker[:1].isalnum():
            return title
        words = title.split()
        first = inner_words[at].strip(_QUOTE_KEY_EDGES)
        words[0] = words[0].replace(words[0].strip(_QUOTE_KEY_EDGES), first, 1)  # the quotation's own case
        quoted = " ".join(words).rstrip(_CLOSING_PUNCTUATION)
        marks = rules()["quotation_marks"]
        return f"{speaker[:1].upper()}{speaker[1:]} {table['verb']} {marks['open']}{quoted}{marks['close']}"
    return title


@cache
def _closing_source() -> re.Pattern[str]:
    """', Libyan state TV reported without further details.': a speaker (up to polish.yaml kept_source speaker_words
    words, no comma) and a closing reporting verb ("was told" too) that end the sentence after a comma, a venue of up
    to venue_words words maybe after it."""
    table = rules()["kept_source"]
    verbs = alternation(reporting_verbs("closes_title"))
    speaker = rf"[\w'’.-]++(?: [\w'’.-]++){{0,{int(table['speaker_words']) - 1}}}?"
    venue = rf"(?: [\w'’.-]++){{0,{int(table['venue_words'])}}}"
    return re.compile(rf", (?P<speaker>{speaker}) (?P<verb>(?:(?:was|were) )?(?:{verbs})){venue}[.!\"”’']*+\s*+\Z")


def _is_kept_source(speaker: str) -> bool:
    """Whether a speaker is a document, a hearing, a finding or a party's own media (events.yaml title_kept_sources,
    title_kept_source_phrases): its name is part of the news."""
    low = f" {speaker.lower()} "
    return any(f" {w} " in low for w in events_rules()["title_kept_sources"]) \
        or any(f" {p} " in low for p in events_rules()["title_kept_source_phrases"])


def with_kept_source(title: str, sentence: str) -> str:
    """ "NATO struck civilian locations in Tripoli" from "NATO struck civilian locations in Tripoli on Tuesday, Libyan
    state TV reported without further details" -> "NATO struck civilian locations in Tripoli, Libyan state TV
    reported": the speaker that closes the sentence comes back after the title, when it is a document, a hearing or a
    party's own media (events.yaml title_kept_sources), the title ends where what was told ends (its last word within
    polish.yaml kept_source gap_words words of the comma, a date phrase between) and holds no reporting verb."""
    found = _closing_source().search(sentence)
    words = title.split()
    if found is None or len(words) < 3 or not _is_kept_source(found.group("speaker")) \
            or any(_bare(w) in reporting_verbs("closes_title") for w in words):
        return title
    last = words[-1].rstrip(",;:")
    before = sentence[: found.start()]
    at = before.rfind(" " + last)
    if at < 0 or before[at + 1:].split()[0].rstrip(",;:") != last:
        return title
    gap = before[at + 1 + len(last):].split()
    if len(gap) > int(rules()["kept_source"]["gap_words"]) or any(is_verb_word(w) for w in gap):
        return title
    return f"{title.rstrip(',;:')}, {found.group('speaker')} {found.group('verb')}"


def with_present_claim_teller(title: str, sentence: str) -> str:
    """ "People wounded in Sirte are dying on the operating table" from "... are dying on the operating table because
    fuel has run out, medical workers fleeing the city said Sunday." -> "..., medical workers fleeing the city said": a
    present state or progressive (polish.yaml present_claim verbs) is what its teller says is so on the line's day,
    not a dated fact, so the sentence's closing teller (the kept_source frame, not a pronoun) comes back after the
    title when the title opens the told clause and holds no reporting verb or hedge of its own. A past event or a
    present perfect told by a messenger stays as it is (a newspaper's report of a done thing needs no teller)."""
    words = title.split()
    found = _closing_source().search(sentence)
    if found is None or len(words) < 3 or _attributed(words) or _has_present_belief(words):
        return title
    speaker = found.group("speaker")
    if _bare(speaker) in _words("attribution", "pronouns") or not _is_claimant(speaker.split()):
        return title
    if not _present_first_verb(words):
        return title
    told = _keys(sentence[: found.start()].split())
    if not 0 <= _find_run(told, _keys(words[:3])) <= int(rules()["attribution"]["opening_words"]):
        return title
    return f"{title.rstrip(',;:')}, {speaker} {found.group('verb')}"


def _present_first_verb(words: Sequence[str]) -> bool:
    """Whether the title's first verb is a present state or progressive (polish.yaml present_claim verbs); a past
    participle before a preposition ("people wounded in fighting") or after a determiner ("Libya's besieged city")
    modifies a noun and is passed over."""
    table = rules()["present_claim"]
    for k, word in enumerate(words):
        if not is_verb_word(word):
            continue
        if _bare(word) in _words("present_claim", "verbs"):
            return True
        if not word.endswith("ed"):
            return False
        before_preposition = k + 1 < len(words) and _bare(words[k + 1]) in _words("participle_subjects", "prepositions")
        after_determiner = k > 0 and (_bare(words[k - 1]) in table["determiners"] or words[k - 1].endswith(("'s", "’s")))
        if not (before_preposition or after_determiner):
            return False
    return False


def _has_present_belief(words: Sequence[str]) -> bool:
    """Whether a title holds a hedged present belief ("is believed"): attribution present_beliefs tells it."""
    beliefs = rules()["attribution"]["present_beliefs"]
    return any(f"{words[k].lower()} {_bare(words[k + 1])}" in beliefs for k in range(len(words) - 1))


@cache
def _account_told() -> re.Pattern[str]:
    """ "The doctor told police, in an interview heard in court last week, that he ...": a teller (up to polish.yaml
    account_teller teller_words words), "told" and a listener of `listeners`, an aside maybe, "that" maybe, and the
    subject pronoun (one of `pronouns`) that opens the account."""
    table = rules()["account_teller"]
    listeners = alternation(str(w) for w in table["listeners"])
    pronouns = alternation(str(w) for w in table["pronouns"])
    teller = rf"[\w'’.-]++(?: [\w'’.-]++){{0,{int(table['teller_words']) - 1}}}?"
    return re.compile(rf"\b(?:{teller}) told (?P<listener>{listeners})(?:, [^,]{{1,80}},)?(?: that)? (?P<pronoun>{pronouns}) ")


def with_account_teller(title: str, sentence: str) -> str:
    """ "Conrad Murray was away from Jackson's bed for only two minutes" from "The doctor told police, in an interview
    ..., that he was away from Jackson's bed for only two minutes on 25 June 2009" -> "Conrad Murray was away from
    Jackson's bed for only two minutes, he told police": a teller's own account to police or investigators
    (polish.yaml account_teller) is his claim, not a fact: when the title is that account with its pronoun named (the
    title's words after its name are the account's words after the pronoun), the telling closes it; the account
    leads, as the date is the account's (25 June 2009), not the telling's (an interview weeks later)."""
    found = _account_told().search(sentence)
    if found is None:
        return title
    account = sentence[found.end():].split()
    words = title.split()
    for k in range(1, min(len(words), int(rules()["account_teller"]["name_words"]) + 1)):
        rest = words[k:]
        if rest and words[0][:1].isupper() and [_bare(w) for w in rest[:3]] == [_bare(w) for w in account[:3]]:
            # the account first, the telling after it: the entry's date is the account's day, not the telling's
            return " ".join([*words, ""]).rstrip() + f", {found.group('pronoun')} told {found.group('listener')}"
    return title


@cache
def _age() -> re.Pattern[str]:
    return re.compile(rf"(?i:{rules()['introduced_person']['age']})")


def _introduced_person_article(words: Sequence[str], k: int) -> str | None:
    """The article for the "the" at words[k] before a person described as a stranger is (polish.yaml
    introduced_person), or None where "the" stays."""
    at, described = k + 1, False
    while at < len(words) - 1 and (words[at].lower() in _words("introduced_person", "modifiers")
                                   or _age().fullmatch(words[at])):
        at, described = at + 1, True
    if described and _age().fullmatch(words[at - 1]) and words[at] == "from" and words[at + 1:at + 2] \
            and words[at + 1][:1].isupper():
        return _article_for(_bare(words[k + 1])).lower()  # an age as the noun, placed: "the 18-year-old from Brighton"
    noun = words[at]
    bare = _bare(noun)
    # a capitalised word is a work's title ("The Man from Snowy River"), unless an origin of the table ("The Mexican
    # boy")
    if words[k + 1][:1].isupper() and words[k + 1].lower() not in _words("introduced_person", "modifiers") \
            or noun.rstrip(",;:") != bare or bare not in _words("introduced_person", "nouns") \
            or noun.endswith(("'s", "’s")) or any(_bare(w) == bare for w in words[:k]):
        return None
    after = words[at + 1: at + 3]
    if after and after[0] == "of":
        return None  # "the young woman of the year": defined
    placed = len(after) == 2 and after[0] == "from" and after[1][:1].isupper()
    return _article_for(_bare(words[k + 1])).lower() if described or placed else None


def with_introduced_person(title: str, sentence: str) -> str:
    """ "The 23-year-old man was isolated" -> "A 23-year-old man was isolated", "contacts of the man from Ayrshire"
    -> "of a man from Ayrshire": a person nothing introduced, described by age or origin, takes "a" (polish.yaml
    introduced_person); not where the sentence points back to them with a demonstrative."""
    words = title.split(" ")
    if not any(w.lower() == "the" for w in words[:-1]):
        return title
    pointed = {_bare(b) for a, b in zip(sentence.split(), sentence.split()[1:])
               if _bare(a) in _words("restored_determiner", "demonstratives")}
    for k in range(len(words) - 1):
        if words[k].lower() != "the" or _bare(words[k + 1]) in pointed:
            continue
        article = _introduced_person_article(words, k)
        if article:
            words[k] = article[:1].upper() + article[1:] if words[k][:1].isupper() else article
    return " ".join(words)


def _finite_later(words: Sequence[str], start: int) -> bool:
    """Whether a word from words[start] on reads as a main clause's verb: a verb form that no lower-case verb form,
    comma nor word of polish.yaml restored_relative not_before stands right before, and before any of its
    clause_openers."""
    stop = _words("restored_relative", "not_before") | lexicon().auxiliaries
    for k in range(max(start, 1), len(words)):
        before = words[k - 1]
        if _bare(before) in _words("restored_relative", "clause_openers"):
            return False  # a verb past these is another clause's ("the city that has now changed hands")
        if not words[k][:1].islower() or not is_verb_word(words[k]) or before.endswith((",", ";", ":")) \
                or before.lower() in stop or before[:1].islower() and is_verb_word(before):
            continue
        return True
    return False


def _past_adverbs(words: Sequence[str], k: int) -> int:
    """Where the verb stands after any adverbs from words[k] ("who | eventually | took Zawiya"): the relative's own
    verb, which is no main verb after it (garble3: not "The volunteers from this region who eventually took X")."""
    while k + 1 < len(words) and words[k][:1].islower() and is_adverb(_bare(words[k])):
        k += 1
    return k


def with_restored_relative(title: str, sentence: str) -> str:
    """ "A Reuters correspondent traveled close to Ajdabiyah during the day saw ..." -> "A Reuters correspondent who
    traveled ...": a relative "who" the sentence has, left out before a title that goes on to its main verb
    (polish.yaml restored_relative)."""
    if " who " not in sentence:
        return title
    words = title.split(" ")
    said = sentence.split()
    for j in range(1, len(said) - 1):
        if said[j] != "who" or said[j - 1][-1:] in ",;:-–—(":
            continue  # ", who": an aside, which a cut drops whole
        for k in range(len(words) - 1):
            if words[k].lower() == said[j - 1].lower() and words[k + 1] == said[j + 1] \
                    and _finite_later(words, _past_adverbs(words, k + 1) + 1):
                return " ".join([*words[: k + 1], "who", *words[k + 1:]])
    return title


_DASHES = frozenset({"-", "--", "—", "–"})


def with_relative_antecedent(title: str, sentence: str) -> str:
    """ "Her own government abstained" -> "... abstained on the U.N. resolution": a title made from a relative clause
    a preposition opened ("the U.N. resolution on which her own government had abstained") keeps the preposition
    with the noun the relative pronoun stands for (polish.yaml relative_antecedent), the title's verb wants it."""
    table = rules()["relative_antecedent"]
    words = title.split(" ")
    if len(words) < 2 or not any(f" {p} " in sentence for p in table["pronouns"]) or any(w in _DASHES for w in words):
        return title  # (a title run across a dash aside holds no clause to complete: "returned - was attacked")
    said = sentence.split()
    determiners = _words("relative_antecedent", "determiners")
    for j in range(2, len(said) - len(words)):
        if said[j] not in table["pronouns"] or _bare(said[j - 1]) not in _words("relative_antecedent", "prepositions") \
                or said[j - 2].endswith(_BOUNDARY_PUNCTUATION) or _bare(said[j + 1]) != _bare(words[0]):
            continue
        if _bare(said[j + 2]) != _bare(words[1]):
            continue  # the title opens with the relative's own subject
        start = next((k for k in range(j - 2, max(-1, j - 2 - int(table["reach"])), -1)
                      if _bare(said[k]) in determiners), -1)
        noun = said[start:j - 1] if start >= 0 else []
        if not noun or any(w.endswith(_BOUNDARY_PUNCTUATION) or w in _DASHES for w in noun) \
                or _bare(words[-1]) == _bare(said[j - 1]) \
                or _bare(noun[-1]) in _words("relative_antecedent", "time_nouns"):
            return title
        return " ".join([*words, said[j - 1].lower(), *noun])
    return title


def with_relative_event_noun(title: str, sentence: str, expression: str = "") -> str:
    """ "Leak started" -> "The leak started after an offshore drilling rig exploded", "Government began" -> "Protests
    against the government began": a bare event noun and a verb of beginning made from a relative clause ("the leak
    that started ...") take the sentence's whole noun phrase and the clause the relative goes on with after its date
    (polish.yaml relative_event_noun)."""
    words = title.split(" ")
    table = rules()["relative_event_noun"]
    verbs, particles = _words("relative_event_noun", "verbs"), _words("relative_event_noun", "particles")
    k = next((i for i, w in enumerate(words) if w.lower() in verbs), -1)
    if k < 1 or len(words) - k - 1 > (1 if words[-1].lower() in particles else 0):
        return title
    noun = [w for w in words[:k] if w.lower() not in _words("relative_event_noun", "determiners")]
    if not noun or len(noun) > int(table["noun_words"]):
        return title
    said = sentence.split()
    verb = words[k:]
    for j in range(1, len(said) - 1 - len(verb)):
        if _bare(said[j]) != noun[-1].lower() or said[j].endswith(_BOUNDARY_PUNCTUATION) \
                or said[j + 1].lower() not in _words("relative_event_noun", "pronouns") \
                or [_bare(w) for w in said[j + 2:j + 2 + len(verb)]] != [w.lower() for w in verb]:
            continue
        start = _event_noun_phrase_start(said, j)
        if start < 0 or j + 1 - start > int(table["max_words"]):
            return title
        phrase = [w.strip("“”\"'‘’()") for w in said[start:j + 1]]
        if not phrase[0] or not phrase[0][:1].isalpha():
            return title
        phrase[0] = phrase[0][:1].upper() + phrase[0][1:]
        clause = _relative_clause_after(said[j + 2 + len(verb):], expression)
        determiners = _words("relative_event_noun", "determiners")
        if not clause and [_bare(w) for w in phrase if _bare(w) not in determiners] == [w.lower() for w in noun]:
            return title  # an article alone ("Attack began" -> "The attack began") says no more, and moves the merge
        return " ".join([*phrase, *said[j + 2:j + 2 + len(verb) - 1], verb[-1], *clause])
    return title


def with_forward_pronoun(title: str, sentence: str) -> str:
    """ "It first appeared" -> "The H1N1 virus first appeared": an "it" of an opening subordinate clause ("Since it
    first appeared in March, 717 people have been infected with the H1N1 virus") stands for the noun phrase the main
    clause names after it (polish.yaml forward_pronoun)."""
    words = title.split(" ")
    table = rules()["forward_pronoun"]
    if len(words) < 2 or words[0] != "It":
        return title
    said = sentence.split()
    at = 1 if said and _bare(said[0]) in _words("forward_pronoun", "connectives") else 0
    verb_at = next((k for k in range(at + 2, min(len(said), at + 5)) if _bare(said[k]) == _bare(words[1])), -1)
    if len(said) < at + 4 or _bare(said[at]) not in _words("forward_pronoun", "subordinators") \
            or _bare(said[at + 1]) != "it" or verb_at < 0 \
            or not any(_bare(w) in _words("forward_pronoun", "verbs") for w in words[1:3]):
        return title
    comma = next((k for k in range(verb_at, min(len(said), at + int(table["clause_words"]))) if said[k].endswith(",")),
                 -1)
    if comma < 0 or comma + 1 >= len(said) or _bare(said[comma + 1]) in lexicon().subject_pronouns:
        return title  # "Since it appeared, it has infected ...": the main clause's "it" names nothing either
    people = _words("pointing_openers", "people")
    for k in range(comma + 1, len(said) - 1):
        if said[k - 1].endswith((";", ":")):
            return title
        if _bare(said[k]) not in _words("forward_pronoun", "determiners"):
            continue
        noun: list[str] = []
        for word in said[k + 1:k + 1 + int(table["noun_words"])]:
            low = _bare(word)
            if low in _words("forward_pronoun", "noun_stops") or is_verb_word(low) or word[:1] in "\"“‘'(":
                break
            noun.append(word.rstrip(",;:."))
            if word.endswith(_BOUNDARY_PUNCTUATION + (".",)):
                break
        if not noun:
            continue
        head = _bare(noun[-1])
        if not head.isalpha() or not noun[-1].islower() or head.endswith("s") and not head.endswith(("ss", "us", "is")) \
                or head in people or _bare(said[k + 1 + len(noun)] if k + 1 + len(noun) < len(said) else "") == "of":
            return title  # the first such phrase is the one: a plural, a person, a name or "the rest of" is no "it"
        return " ".join([said[k].capitalize(), *noun, *words[1:]])
    return title


def _event_noun_phrase_start(said: Sequence[str], j: int) -> int:
    """Where the noun phrase that ends at said[j] opens: its determiner; through a link word to the noun it
    qualifies when said[j] names no event ("the siege of | the town"); a bare plural opening the sentence or
    following a verb ("Protests against the government"); -1 when none is found."""
    determiners = _words("relative_event_noun", "determiners")
    events = _words("relative_event_noun", "event_nouns") | frozenset(str(w).lower() for w in events_rules()["event_nouns"]) \
        | frozenset(str(w).lower() for w in events_rules()["main_clause_frames"]["happening_nouns"])
    links = _words("relative_event_noun", "links")
    event = _bare(said[j]) in events
    i = j
    while i > 0:
        before = said[i - 1]
        low = _bare(before)
        if before.endswith(_BOUNDARY_PUNCTUATION) or before in _DASHES:
            return i if _bare(said[i]).endswith("s") and i < j else -1
        if low in determiners:
            if event or i - 1 < 2 or _bare(said[i - 2]) not in links or _bare(said[i - 3]) not in events:
                return i - 1
            # "the siege of | the town": the event noun before the link is the one the relative tells of (not
            # "the latest leg in | a harrowing odyssey")
            event, i = True, i - 2
            continue
        if low in lexicon().stopwords or is_verb_word(low) or not before[:1].isalpha():
            # a bare plural after a verb or at the sentence's opening: "Protests against the government"
            return i if i < j and _bare(said[i]).endswith("s") and said[i][:1].isalpha() else -1
        i -= 1
    return 0 if _bare(said[0]).endswith("s") or said[0][:1].isupper() else -1


def _relative_clause_after(rest: Sequence[str], expression: str) -> list[str]:
    """The clause of polish.yaml relative_event_noun clause_openers that follows a relative's verb and its date
    ("[more than a month ago] after an offshore drilling rig exploded"), when it ends the sentence or a comma within
    clause_words words; else []."""
    table = rules()["relative_event_noun"]
    dated = expression.split()
    i = 0
    if dated:
        if rest and _bare(rest[0]) in lexicon().opening_prepositions and [_bare(w) for w in rest[1:1 + len(dated)]] \
                == [_bare(w) for w in dated]:
            i = 1 + len(dated)
        elif [_bare(w) for w in rest[:len(dated)]] == [_bare(w) for w in dated]:
            i = len(dated)
        else:
            return []
    if i and rest[i - 1].endswith(_BOUNDARY_PUNCTUATION):
        return []  # ("on Monday, when ...": an aside of its own)
    if i >= len(rest) or _bare(rest[i]) not in _words("relative_event_noun", "clause_openers"):
        return []
    for n in range(i + 1, min(len(rest), i + int(table["clause_words"]) + 1)):
        if rest[n].endswith((",", ";", ":", ".")) or rest[n] in _DASHES:
            last = rest[n] if rest[n] not in _DASHES else ""
            clause = [*rest[i:n], last.rstrip(",;:.")] if last else list(rest[i:n])
            ended = rest[n].endswith(".") and n == len(rest) - 1
            return clause if ended or rest[n].endswith(",") else []
    return []


def with_admission_place(title: str, sentence: str) -> str:
    """ "A 23-year-old woman from Paisley was admitted" -> "... was admitted to hospital": a person admitted with
    nowhere said (polish.yaml admitted_place)."""
    words = title.split(" ")
    if len(words) < 3 or words[-1] != "admitted" or words[-2] not in ("was", "were"):
        return title
    people = _words("introduced_person", "nouns") | _words("admitted_place", "people")
    if not any(_bare(w) in people for w in words[:-2]):
        return title
    said = sentence.split()
    for j, word in enumerate(said[:-1]):
        if _bare(word) == "admitted" and said[j + 1].lower() in _words("admitted_place", "says_where"):
            return title
    return f"{title} {rules()['admitted_place']['place']}"


@cache
def _whereabouts() -> re.Pattern[str]:
    days = alternation(_words("present_whereabouts", "day_words"))
    return re.compile(rf"\b(is|are) in ([A-Z][\w-]*+) (?i:{days})\b")


def in_past_whereabouts(title: str, sentence: str) -> str:
    """ "Hayward is in Moscow on a visit" (from "Hayward is in Moscow today on a visit") -> "Hayward was in Moscow
    on a visit": where someone was on the day, told in the past on a dated line (polish.yaml present_whereabouts)."""
    for match in _whereabouts().finditer(sentence):
        verb, place = match.groups()
        said = f" {verb} in {place}"
        if said in f" {title}":
            past = "was" if verb == "is" else "were"
            return f" {title}".replace(said, f" {past} in {place}", 1)[1:]
    return title


_OPEN_MARKS = ("\"", "“", "”", "‘", "'", "(", "[")
_BOUNDARY_PUNCTUATION = (",", ";", ":")
_COMPLEMENT_SUBORDINATORS = frozenset({"as", "when", "after", "before", "if", "while", "because", "although", "though",
                                       "since", "once", "until", "whenever"})


def _complement_words(name: str) -> frozenset[str]:
    return _words("complement", name)


def _without_date(sentence: str, expression: str) -> list[str]:
    """The sentence's words without its date phrase and the prepositions that introduced it ("promised [on Monday]
    to investigate"): the title dropped them, so the words on either side meet as in the title."""
    words = sentence.split()
    if not expression:
        return words
    at = sentence.find(expression)
    if at < 0:
        return words
    before = sentence[:at].split()
    after = sentence[at + len(expression):].split()
    while before and before[-1].lower() in lexicon().date_prepositions:
        before.pop()
    if after and after[0][:1] in ("'", "’") and before == []:  # "Thursday's deal": the possessive goes with the date
        after[0] = after[0][2:]
        after = [w for w in after if w]
    elif after and after[0][:2] in ("'s", "’s"):
        after[0] = after[0][2:]
        after = [w for w in after if w]
    if before and after and after[0][:1] in ",;:" and before[-1][-1:] not in ",;:":
        after[0] = after[0][1:]  # "on Thursday, ..." with the date gone: the comma stays with the word before
        after = [w for w in after if w]
        before[-1] += ","
    return before + after


def _rest_after(title_words: Sequence[str], said: Sequence[str]) -> tuple[str, list[str]] | None:
    """The sentence's word that ends the title, as written (with its punctuation), and the words after it; None when
    the title's last two words do not stand together in the sentence."""
    last, second = _bare(title_words[-1]), _bare(title_words[-2])
    for j in range(1, len(said)):
        if _bare(said[j]) == last and _bare(said[j - 1]) == second and not said[j - 1].endswith(_BOUNDARY_PUNCTUATION):
            rest = list(said[j + 1:])
            if rest:
                rest[-1] = rest[-1].rstrip(".!?")
                rest = [w for w in rest if w]
            return said[j], rest
    return _rest_after_named_end(title_words, said)


NAMED_PHRASE_WORDS = 3  # "the city", "the rebel town": how long a phrase the naming step put a name for may be


def _rest_after_named_end(title_words: Sequence[str], said: Sequence[str]) -> tuple[str, list[str]] | None:
    """The sentence's word that ends the title and the words after it, when the naming step put a name for the
    definite phrase the title ended on ("had entered Ajdabiya" for "had entered the city [but were repelled]"; a name
    the sentence does not hold, after a word that stands once in it right before "the"); else None."""
    last, second = _bare(title_words[-1]), _bare(title_words[-2])
    if not title_words[-1][:1].isupper() or any(_bare(w) == last for w in said):
        return None
    spots = [j for j in range(len(said) - 1) if _bare(said[j]) == second and _bare(said[j + 1]) in ("the", "this", "that")]
    if len(spots) != 1 or said[spots[0]].endswith(_BOUNDARY_PUNCTUATION):
        return None
    j = spots[0] + 1
    for end in range(j + 1, min(len(said), j + NAMED_PHRASE_WORDS)):
        if not said[end][:1].islower():
            return None
        if end + 1 == len(said) or said[end].endswith(_BOUNDARY_PUNCTUATION) or _bare(said[end + 1]) in ("but", "and"):
            rest = [w for w in (*said[end + 1:-1], said[-1].rstrip(".!?")) if w] if end + 1 < len(said) else []
            return said[end], rest
    return None


def _name_list_goes_on(word: str, rest: Sequence[str], k: int) -> bool:
    """Whether the comma after `word` (rest[k]) lists names ("from Britain, France and Turkey"): a capitalised word
    before and after it, and an "and"/"or" before the next comma."""
    if not word[:1].isupper() or k + 1 >= len(rest) or not rest[k + 1][:1].isupper():
        return False
    for nxt in rest[k + 1:]:
        if _bare(nxt) in ("and", "or"):
            return True
        if nxt.endswith(_BOUNDARY_PUNCTUATION) and not nxt[:1].isupper():
            return False
    return False


@cache
def _date_words() -> frozenset[str]:
    """Month and weekday names (full and short, lower-cased) and complement date_words ("today", "yesterday")."""
    names = {name.lower().rstrip(".") for forms in months() + weekdays() for name in forms}
    return frozenset(names | _complement_words("date_words"))


def _tells_date(word: str) -> bool:
    """Whether a word tells a date or time ("Tuesday", "today's", "2003", "8pm"): a complement holding one would bring
    back a date the title left to its entry's date, or one of another event."""
    low = _bare(word).removesuffix("'s").removesuffix("’s")
    if low in _words("illness_complement", "illnesses"):
        return False  # (cuts7) "H1N1": an illness's name, no time
    return low in _date_words() or any(c.isdigit() for c in low) and not low.replace(",", "").isdigit() \
        or low.isdigit() and len(low) == 4


def _kept_complement(rest: Sequence[str], need_verb: bool, limit: int = 0,
                     quotation: bool = False) -> list[str] | None:
    """The words of `rest` up to its first boundary (a comma, a clause opener once the verb is kept, the end), None
    when they hold a quotation or bracket, run past `limit` words (complement max_words unless given), end on a
    dangling word, or, `need_verb`, keep no verb. `quotation`: a colon before a short quotation that ends the
    sentence keeps it ("told his children: “Daddy had a heart attack and died”": what was told)."""
    stops = _complement_words("stops")
    limit = limit or int(rules()["complement"]["max_words"])
    kept: list[str] = []
    verb = False
    for k, word in enumerate(rest):
        low = _bare(word)
        if word.startswith(_OPEN_MARKS) or word.rstrip(",.;:").endswith(_OPEN_MARKS + (")", "]")) \
                or word in ("--", "-", "—", "–") or _tells_date(word):
            return None
        if k > 0 and low in stops and (verb or not need_verb):
            # "and"/"but" between two nouns ("Clinton and her counterparts") goes on; before a verb it opens a clause
            if low not in ("and", "but") or verb or any(is_verb_word(w) for w in rest[k + 1:k + 3]):
                break
        if word.endswith(":"):
            quoted = _kept_quotation(rest[k + 1:]) if quotation and len(kept) < limit else None
            if quoted and (verb or is_verb_word(low)):
                return [*kept, word, *quoted]
            return None  # a quotation or a list follows: what was said is not kept whole
        if word.endswith((",", ";")):
            if _name_list_goes_on(word, rest, k):
                kept.append(word)
                continue
            kept.append(word.rstrip(",;"))
            verb = verb or is_verb_word(low)
            break
        kept.append(word)
        verb = verb or is_verb_word(low) and word[:1].islower()
        if len(kept) > limit:
            return None
    while kept and _bare(kept[-1]) in lexicon().dangling_words - lexicon().adverbs:
        kept.pop()  # (an adverb may end it: "come too soon")
    if not kept or len(kept) > limit or need_verb and not verb:
        return None
    return kept


def _opens_restrictive(rest: Sequence[str]) -> bool:
    """Whether `rest` opens a relative clause on the title's last noun: "who" and a lower-case word; "that"/"which"
    only before a verb form ("that had been bombed"), not a clause's subject ("that the talks ...")."""
    nxt = _bare(rest[1])
    if not rest[1][:1].islower() or nxt in lexicon().stopwords - finite_words():
        return False
    return _bare(rest[0]) in ("who", "whom") or nxt in finite_words() or is_past(nxt)


def _after_adverbial(rest: Sequence[str]) -> int:
    """Where the clause after an opening adverbial clause starts ("as the body lay in bed, | the manager told"): after
    the adverbial's comma within complement adverbial_reach words, when the adverbial holds no quotation; 0 else."""
    for k, word in enumerate(rest[: int(rules()["complement"]["adverbial_reach"])]):
        if word.startswith(_OPEN_MARKS) or word.rstrip(",").endswith(_OPEN_MARKS):
            return 0
        if word.endswith(","):
            return k + 1 if k + 1 < len(rest) else 0
        if word.endswith((";", ":")):
            return 0
    return 0


def _that_subject_start(words: Sequence[str]) -> int:
    """Where the subject of a clause the title ends with starts ("concluded that | the best technology in the world",
    "with news that | an official who was picked"): after the last "that" a clause verb or a noun of news
    (complement clause_verbs, that_nouns) takes, within complement predicate_reach words of the end; -1 else."""
    reach = int(rules()["complement"]["predicate_reach"])
    takers = _complement_words("clause_verbs") | _complement_words("that_nouns")
    for k in range(len(words) - 2, max(0, len(words) - reach) - 1, -1):
        if _bare(words[k]) == "that" and k > 0 and _bare(words[k - 1]) in takers \
                and not words[k - 1].endswith(_BOUNDARY_PUNCTUATION):
            return k + 1
    return -1


def _lacks_predicate(subject: Sequence[str]) -> bool:
    """Whether a clause's words are only its subject: no verb, or verbs only inside a relative clause on it ("several
    facilities in Tripoli [that had already been bombed]", "an official [who was picked]")."""
    relatives = {"who", "that", "which", "whose", "whom"}
    for k, word in enumerate(subject):
        low = _bare(word)
        if low in relatives and k > 0:
            return True  # (the relative's own verbs follow; the main verb is still to come)
        if is_verb_word(low) and word[:1].islower():
            return False
    return True


def _cut_predicate(words: Sequence[str], written: str, rest: Sequence[str]) -> list[str] | None:
    """ "concluded that the best technology in the world" -> "... [exists in the oil industry]": a title that ends on
    the subject of a clause a verb of saying or a noun of news took, its verb cut off, keeps the predicate the
    sentence goes on with (up to its boundary); an aside set off by commas before it goes ("world, [with respect to
    that,] exists"), a phrase that completes the subject stays ("picked [as ambassador to the UN] has defected").
    None when the title is no such subject or no predicate follows within complement predicate_reach words."""
    start = _that_subject_start(words)
    if start < 0 or len(words) - start < 2 or not _lacks_predicate(words[start:]):
        return None
    reach = int(rules()["complement"]["predicate_reach"])
    named = _after_work_name(rest) if written.endswith(",") else -1
    if named > 0:  # "the governor's memoir, [titled Real Hope, Real Change: ...,] won't be released": the name goes
        written, rest = written.rstrip(","), rest[named:]
    aside = written.endswith(",")  # what follows up to the next comma is set off: no verb of its own counts
    for k, word in enumerate(rest[:reach]):
        low = _bare(word).strip("“”\"")
        if word.endswith((";", ":")) or word.startswith(("(", "[")) or k > 0 and word.startswith(_OPEN_MARKS):
            return None
        if (k == 0 or not aside) and (low in finite_words() or low in _complement_words("present_verbs")
                                      or low in _NEGATED_FINITE):
            break  # (first after the comma: "bombed, | were again attacked", the source's comma before its verb)
        if aside:
            aside = not word.endswith(",")
            continue
        if is_verb_word(low) and word[:1].islower() or word.endswith(","):
            return None  # a verb of its own: the subject goes on with a clause, not the predicate
    else:
        return None
    between = [] if written.endswith(",") else list(rest[:k])  # ", with respect to that,": an aside goes
    bare = [w.replace("“", "").replace("”", "").replace('"', "") for w in rest[k:]]
    bare = [w for w in bare if w]
    kept = _kept_complement(bare, need_verb=False)  # (its verb found above)
    dated = next((k for k, w in enumerate(bare) if _tells_date(w)), -1)
    if not kept and dated > 1 and _bare(bare[dated - 1]) in lexicon().date_prepositions:
        # "won't be released [in July as planned]": a date of the predicate's own goes with what follows it
        kept = _kept_complement(bare[:dated - 1], need_verb=False)
    if not kept:
        return None
    return [w.replace("“", "").replace("”", "").replace('"', "") for w in between] + kept


def _takes_back(words: Sequence[str], rest: Sequence[str]) -> bool:
    """Whether the "but" that rest opens brings a predicate of the title's own subject that takes back what the title
    tells (polish.yaml complement reversal_words: "but later withdrew", "but then released"; a bare past verb: "but
    withdrew"; after a verb of saying, a second thing said: "said X but that this offer had now expired"). Not a
    clause with a subject of its own ("but the rebels held the port"): a second event."""
    if len(rest) < 2:
        return False
    if tells_offset(_to_boundary(rest[1:])):
        return False  # "but died five days later": another event with a time of its own (offset_conjuncts.yaml)
    after = _bare(rest[1])
    if after in _complement_words("reversal_words"):
        return True
    if after == "that":
        return any(_bare(w) in _complement_words("clause_verbs") for w in words)
    return rest[1][:1].islower() and after not in lexicon().stopwords and is_past(after) and is_verb_word(after)


def _to_boundary(words: Sequence[str]) -> list[str]:
    """The words up to the first that ends on a comma, semicolon or colon (that one included)."""
    end = next((k for k, w in enumerate(words) if w.endswith(_BOUNDARY_PUNCTUATION)), len(words) - 1)
    return list(words[:end + 1])


def _kept_reversal(rest: Sequence[str]) -> list[str] | None:
    """ "but" and the predicate after it, up to its boundary (the sentence's end, a comma, a clause opener)."""
    # (the adverbs of reversal_words, "later", "now", would each read as a date to _kept_complement: set aside)
    adverbs = _complement_words("reversal_words") | {"now"}
    inner = [w for w in rest[1:] if _bare(w) not in adverbs or w.endswith(_BOUNDARY_PUNCTUATION)]
    kept = _kept_complement(inner, need_verb=True, limit=int(rules()["complement"]["reversal_words_max"]))
    if not kept:
        return None
    words, k = ["but"], 1
    for word in kept:  # the kept words again, with the adverbs where the sentence has them
        while k < len(rest) and rest[k] != word and _bare(rest[k]) in adverbs:
            words.append(rest[k])
            k += 1
        words.append(word)
        k += 1
    if k < len(rest) and _bare(rest[k]) in adverbs and not words[-1].endswith(_BOUNDARY_PUNCTUATION):
        words.append(rest[k].rstrip(",;:"))  # "but died five days [later]": the measure's own adverb
    return words


def _bracketed_name_rest(rest: Sequence[str]) -> list[str] | None:
    """ "(Colombia) Ltd but ...": a capitalised bracket and the capitalised words after it, which go on with the name
    the title ends on; None when the bracket is a gloss ("(CPA) said", "($177 million) to")."""
    close = next((k for k, w in enumerate(rest[:4]) if w.rstrip(",.;:").endswith(")")), -1)
    if close < 0 or not rest[0][1:2].isupper() or close + 1 >= len(rest) or not rest[close + 1][:1].isupper() \
            or rest[close].endswith(_BOUNDARY_PUNCTUATION):
        return None
    kept = list(rest[: close + 1])
    for word in rest[close + 1: close + 4]:
        if not word[:1].isupper():
            break
        kept.append(word.rstrip(",.;:"))
        if word.endswith(_BOUNDARY_PUNCTUATION):
            break
    return kept


WORK_NAME_WORDS = 16  # how long the name of a book or report set off by commas may be
_NEGATED_FINITE = frozenset({"won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "hasn't", "hadn't", "didn't",
                             "doesn't", "aren't", "weren't", "haven't", "shouldn't"})


def _after_work_name(rest: Sequence[str]) -> int:
    """Where the clause goes on after a work's name set off by commas that rest opens with (events.yaml
    title_work_name_participles: ", titled Real Hope, Real Change: ..., | won't be released"): after the first comma
    a finite verb follows; -1 when rest opens no such name."""
    if not rest or _bare(rest[0]) not in events_rules()["title_work_name_participles"]:
        return -1
    for k, word in enumerate(rest[: WORK_NAME_WORDS + 1]):
        after = _bare(rest[k + 1]) if k + 1 < len(rest) else ""
        if word.endswith(",") and after and (after in finite_words() or after in _NEGATED_FINITE):
            return k + 1
    return -1


def said_words(sentence: str, expression: str) -> list[str]:
    return _without_date(sentence, expression)


def _quotation_goes_on(words: Sequence[str], said: Sequence[str], rest: Sequence[str]) -> bool:
    """Whether the title ends inside a quotation a verb of saying opened after its colon ("Hayward said: To put it
    simply, | there was a bad cement job"), and the quotation ends the sentence: its rest completes it."""
    colon = next((k for k, w in enumerate(words) if w.endswith(":") and _bare(w) in _complement_words("clause_verbs")),
                 -1)
    if colon < 1 or not rest or not rest[-1].rstrip(".!?").endswith(("\"", "”")):
        return False
    at = next((j for j in range(1, len(said) - 1) if _bare(said[j - 1]) == _bare(words[colon])
               and _bare(said[j]) == _bare(words[colon + 1])), -1)
    return at > 0 and said[at].startswith(("\"", "“")) and not any(m in w for w in rest[:-1] for m in "\"“”")


def _kept_quotation_rest(words: Sequence[str], rest: Sequence[str]) -> list[str] | None:
    """The rest of a quotation a title ends inside, its closing mark and full stop gone, when the whole quotation
    holds at most complement quotation_words words."""
    colon = next(k for k, w in enumerate(words) if w.endswith(":"))
    if len(words) - colon - 1 + len(rest) > int(rules()["complement"]["quotation_words"]):
        return None
    kept = [w.replace("”", "").replace('"', "") for w in rest]
    kept[-1] = kept[-1].rstrip(".!?,")
    return [w for w in kept if w]


def _measure_start(words: Sequence[str]) -> int:
    """Where the measure phrase that ends the title starts ("[just a few] days"), or -1: a unit of complement
    measure_units after a quantity (a number or a word of measure_quantities)."""
    if len(words) < 3 or _bare(words[-1]) not in _complement_words("measure_units"):
        return -1
    quantity = _bare(words[-2])
    if not (quantity.isdigit() or quantity in _complement_words("measure_quantities")):
        return -1
    start = len(words) - 2
    while start > 0 and _bare(words[start - 1]) in _complement_words("measure_modifiers") | {"few", "couple", "of"} \
            and not words[start - 1].endswith(_BOUNDARY_PUNCTUATION):
        start -= 1
    return start


def _light(words: Sequence[str]) -> bool:
    """Whether the title tells nothing beyond a light verb ("A deal was reached", "The rupture came"): it ends with
    one of complement light_verbs and holds at most light_content other content words."""
    light = _complement_words("light_verbs")
    if _bare(words[-1]) not in light:
        return False
    lex = lexicon()
    bare = [_bare(w).removesuffix("'s").removesuffix("’s").replace("-", "") for w in words]
    content = [w for w in bare if w not in lex.stopwords | lex.auxiliaries | light and w.isalpha()]
    return len(content) <= int(rules()["complement"]["light_content"])


def open_end(title: str, sentence: str, expression: str = "") -> tuple[str, list[str] | None]:
    """The kind of open end the title has (polish.yaml complement: "wh", "clause", "list", "relative", "measure",
    "light"; "" for none the sentence goes on to complete) and the words of the sentence that complete it (None when
    they cannot be kept: too long, a quotation, no verb)."""
    words = title.split()
    if len(words) < 2:
        return "", None
    found = _rest_after(words, _without_date(sentence, expression))
    if found is None:
        return "", None
    written, rest = found
    if not rest:
        return "", None
    last, first = _bare(words[-1]), _bare(rest[0])
    closed = written.endswith(_BOUNDARY_PUNCTUATION)
    start = _measure_start(words)
    if start > 0 and _bare(words[start - 1]) in lexicon().date_prepositions | _complement_words("durations"):
        start = -1  # "spilled ... over seven days [before the leak was stopped]": a duration, whole
    if start >= 0 and not closed and first in _complement_words("measure_relations"):
        if first in ("ago", "earlier", "later"):
            return "measure", [rest[0].rstrip(",;:")]
        return "measure", _kept_complement(rest, need_verb=False)
    if closed and _bare(written).endswith(("ed", "en")) and rest[0][:1].islower() and first not in lexicon().stopwords \
            and not is_verb_word(first) and is_past(last):
        before = _bare(words[-2])
        if before in _complement_words("particles") or is_past(before) and before not in lexicon().auxiliaries:
            kept = _kept_complement(rest, need_verb=False)
            if kept and not any(is_verb_word(w) for w in kept):
                return "list", kept
            return "list", None
    if written.endswith(":") and (last in _complement_words("clause_verbs") or last in _complement_words("gerunds")):
        return "quotation", _kept_quotation(rest)
    if written.endswith(",") and last in _complement_words("gerunds") and rest[0].startswith(_OPEN_MARKS):
        return "quotation", _kept_quotation(rest)  # "by saying, “...”": the comma opens it as a colon would
    predicate = _cut_predicate(words, written, rest)
    if predicate is not None:
        return "predicate", predicate
    if first == "but" and _takes_back(words, rest):
        # "Rebels first took Bin Jawad[, but later withdrew]": without it the title tells the opposite
        kept = _kept_reversal(rest)
        return "reversal", ["," + kept[0], *kept[1:]] if kept and written.endswith(",") else kept
    if rest[0].startswith("(") and not closed and words[-1][:1].isupper():
        name = _bracketed_name_rest(rest)
        if name:  # "along with BP Exploration Company [(Colombia) Ltd]": one name, not a gloss
            return "name", name
    if closed and written.endswith(",") and _quotation_goes_on(words, said_words(sentence, expression), rest):
        return "quoted_rest", _kept_quotation_rest(words, rest)
    if closed:
        return "", None
    if last in _complement_words("degree_words") and first not in _complement_words("stops") \
            and not is_verb_word(first):
        return "degree", _kept_complement(rest, need_verb=False)
    if last in _complement_words("clause_verbs") and first == "that":
        if len(rest) < 2:
            return "clause", None
        if _bare(rest[1]) in _COMPLEMENT_SUBORDINATORS:
            # "that [as the body lay in bed,] the manager told ...": the adverbial goes, the clause told stays
            main = _after_adverbial(rest[1:])
            kept = _kept_complement(rest[1 + main:], need_verb=True, quotation=True) if main else None
            return "clause", [rest[0], *kept] if kept else None
        return "clause", _kept_complement(rest, need_verb=True, quotation=True)
    if last in _complement_words("wh_verbs") \
            and _bare(rest[0]).strip("“”\"") in _complement_words("wh_words") - {"that"}:
        # "to decide [“who will remain” in government]": the marks go (the printed title puts them back)
        bare = [w.replace("“", "").replace("”", "").replace('"', "") for w in rest]
        return "wh_object", _kept_complement([w for w in bare if w], need_verb=True)
    if first in _complement_words("restrictive_pronouns") and len(rest) > 1 and not is_verb_word(last) \
            and last not in lexicon().stopwords and _opens_restrictive(rest):
        # "an amnesty to Gaddafi supporters [who defect]": a relative with no comma picks out whom the title means
        return "restrictive", _kept_complement(rest, need_verb=False,
                                               limit=int(rules()["complement"]["restrictive_words"]))
    if rest[0].startswith("(") and not is_verb_word(last):
        # "50 million Kuwaiti dinar [($177 million)] to Libya's rebel council": the gloss goes, the phrase after stays
        close = next((k for k, w in enumerate(rest[:6]) if w.rstrip(",.;:").endswith(")")), -1)
        after = rest[close + 1:] if close >= 0 and not rest[close].endswith(_BOUNDARY_PUNCTUATION) else []
        if after and _bare(after[0]) in _complement_words("gloss_prepositions"):
            return "gloss", _kept_complement(after, need_verb=False)
    wh = [k for k in range(max(0, len(words) - int(rules()["complement"]["wh_reach"])), len(words))
          if _bare(words[k]) in _complement_words("wh_words")]
    if wh and _no_verb_from(words, wh[-1] + 1) and (wh[-1] > 0 and is_verb_word(_bare(words[wh[-1] - 1]))
                                                 or _bare(words[wh[-1]]) != "that"):
        return "wh", _kept_complement(rest, need_verb=True)
    if len(words) > 2 and _bare(words[-2]) == "the" and not is_verb_word(last) and len(rest) > 2 \
            and first in lexicon().opening_prepositions and _bare(rest[1]) in _complement_words("relation_pronouns"):
        return "relative", _kept_complement(rest, need_verb=True)
    if _light(words) and (first in lexicon().opening_prepositions or first in _COMPLEMENT_SUBORDINATORS) \
            and first != "according":
        return "light", _kept_complement(rest, need_verb=False)
    return "", None


def with_object_list(title: str, sentence: str, expression: str = "") -> str:
    """ "The White House defended to Congress the legality" -> "..., the costs and accomplishments of the U.S.
    military mission in Libya": a title cut at the first comma of a list its object opened keeps the list's other
    items up to its "and"/"or" item when they fit the title's length (_opens_object_list, _kept_object_list). A print
    edit (printed): made earlier, the longer title would weigh in which members an entry joins."""
    words = title.split()
    if len(words) < 2:
        return title
    found = _rest_after(words, _without_date(sentence, expression))
    if found is None or not found[1] or not found[0].endswith(",") or not _opens_object_list(words, found[1]):
        return title
    kept = _kept_object_list(found[1])
    if not kept or len(words) + len(kept) > lexicon().title_words:
        kept = _closed_object_list(len(words), found[1])  # cuts3: a list whose last item runs on
        if not kept:
            return title
    return " ".join([*words[:-1], words[-1].rstrip(",") + ",", *kept])


def _opens_object_list(words: Sequence[str], rest: Sequence[str]) -> bool:
    """Whether the comma after the title's last word goes on with the rest of a list the title's object opened
    ("defended to Congress the legality[, the costs and accomplishments of the mission]", "issued indictments
    against Gaddafi[, his son and intelligence chief Abdullah al-Senussi]"; polish.yaml complement object_list):
    the last word a noun or a name, the next a noun phrase's first word (after a name: a name or an owner word,
    "his", "its": not an apposition, "Ras Jidr, the main gateway"), not a preposition, a clause's word or a gerund
    ("including", "killing")."""
    last, first = _bare(words[-1]), _bare(rest[0])
    if not first or not last or is_verb_word(last) or last in lexicon().stopwords or is_verb_word(first) \
            or first in lexicon().stopwords - _complement_words("list_openers") \
            or first in lexicon().opening_prepositions or first.endswith("ing") and rest[0][:1].islower():
        return False
    if words[-1][:1].isupper() and not (rest[0][:1].isupper() or first in _complement_words("list_owners")):
        return False  # ("to Ras Jidr, the main gateway between Libya and Tunisia": an apposition)
    return True


def _kept_object_list(rest: Sequence[str]) -> list[str] | None:
    """The list's further items up to its end (the sentence's end or the next comma after its "and"/"or" item), None
    when no "and"/"or" joins its last item within reach, or a verb, a date, a quotation or a bracket comes first."""
    reach = int(rules()["complement"]["object_list_words"])
    kept: list[str] = []
    joined = False
    for k, word in enumerate(rest[:reach + 1]):
        low = _bare(word)
        if word.startswith(_OPEN_MARKS) or word.rstrip(",.;:").endswith(_OPEN_MARKS + (")", "]")) \
                or word in ("--", "-", "—", "–") or _tells_date(word) or is_verb_word(low) and word[:1].islower() \
                or low in _complement_words("clause_openers"):
            return None
        joined = joined or low in ("and", "or") and k > 0
        kept.append(word)
        if word.endswith((",", ";", ":")) and (joined or k + 1 == len(rest)):
            kept[-1] = word.rstrip(",;:")
            break
    else:
        if len(rest) > reach + 1:
            return None
    while kept and _bare(kept[-1]) in lexicon().dangling_words:
        kept.pop()
    return kept if joined and kept and _bare(kept[-1]) not in ("and", "or") else None


def _closed_object_list(size: int, rest: Sequence[str]) -> list[str] | None:
    """(cuts3) The list's further items when its "and"/"or" item runs on past where _kept_object_list looks ("had
    dropped food[, medical products and light weaponry by parachute to Libyans in Djebel Nefoussa]", "investigate
    Gaddafi[, his sons and members of their inner circle for crimes committed by their security forces]"): the items
    before the joiner are short noun phrases (no verb, date, quotation, bracket, clause opener, nor a preposition but
    `item_prepositions`), the joiner within `before_words`, and the last item a noun phrase (_second_member). The list
    up to the last item's first preposition must stay within `list_words`; the last item is kept whole when the title
    (of `size` words) stays within `title_words`, else up to that preposition ("his son Saif al-Islam and the
    country's spy chief[ on charges of crimes against humanity]"). None else (polish.yaml object_list_close)."""
    table = rules()["object_list_close"]
    allowed = frozenset(table["item_prepositions"])
    joiner = next((k for k, w in enumerate(rest[: int(table["before_words"]) + 1]) if k > 0 and w in ("and", "or")), -1)
    if joiner < 0 or rest[joiner - 1].endswith((";", ":")):
        return None
    items = list(rest[:joiner])
    for k, word in enumerate(items):
        low = _bare(word)
        if not low or word.startswith(_OPEN_MARKS) or any(m in word for m in "\"“”()[]") \
                or word in ("--", "-", "—", "–") or _tells_date(word) or low in _complement_words("clause_openers") \
                or (k > 0 and low in _complement_words("stops")) \
                or (low in lexicon().opening_prepositions and low not in allowed) \
                or low in finite_words() or low in _NEGATED_FINITE \
                or word[:1].islower() and is_verb_word(low) and (k == 0 or _reads_as_clause_verb(items, k)):
            return None
        if word.endswith(",") and k + 1 < len(items) and _bare(items[k + 1]) in _complement_words("stops"):
            return None
    after = rest[joiner + 1:]
    if len(after) > 1 and after[0][:1].islower() and _bare(after[0]).endswith("ing") \
            and (after[1][:1].isupper() or _bare(after[1]) in lexicon().stopwords):
        return None  # "a cease-fire and [identifying Gadhafi as ...]": a gerund's clause, not an item
    member = _second_member(after)
    if not member:
        return None
    head = next((k for k, w in enumerate(member) if k > 0 and _bare(w) in lexicon().opening_prepositions
                 and _bare(w) not in allowed), len(member))
    short = list(member[:head])
    while short and _bare(short[-1]) in lexicon().dangling_words | lexicon().stopwords:
        short.pop()
    if not short or len(items) + 1 + len(short) > int(table["list_words"]):
        return None
    for kept in ([*items, rest[joiner], *member], [*items, rest[joiner], *short]):
        if size + len(kept) <= int(table["title_words"]):
            return kept
    return None


def with_context(title: str, sentence: str, expression: str = "") -> str:
    """ "NATO expressed regret" -> "NATO expressed regret after its aircraft mistakenly struck vehicles aligned with
    the Libyan opposition": a title too short to say what for, of what or where keeps the phrase or clause its
    sentence goes on with (polish.yaml complement short_openers), when it names something the title does not and
    ends at a boundary, no date in it. A print edit (printed): made before the title choice, the longer titles of
    members would change which member's title an entry prints and which members join."""
    words = title.split()
    if len(words) < 2 or not _short(words):
        return title
    found = _rest_after(words, _without_date(sentence, expression))
    if found is None or not found[1] or found[0].endswith(_BOUNDARY_PUNCTUATION) \
            or _told_from_relative(words, sentence):
        return title
    first = _bare(found[1][0])
    if first not in _complement_words("short_openers") or first in _complement_words("gerund_openers") \
            and (len(found[1]) < 2 or not _bare(found[1][1]).endswith("ing")):
        return title  # "captured Brega [while Gaddafi's forces shelled Misrata]": a second doer, a second event
    kept = _kept_context(words, found[1], first)
    return " ".join([*words, *kept]) if kept else title


def _told_from_relative(words: Sequence[str], sentence: str) -> bool:
    """Whether the title's subject and its verb stand in the sentence with a restrictive relative pronoun between them,
    the noun a preposition's ("Preparations for the test which was delayed" told as "The test was delayed",
    polish.yaml relative_told): what follows the relative's verb may run into the main clause ("because
    of a small leak ... [come]"), as with a title that keeps its "which" (_kept_context)."""
    return any(_relative_told_pattern(words[k - 1], words[k]).search(sentence) for k in range(1, min(len(words), 4)))


@lru_cache(maxsize=1 << 12)
def _relative_told_pattern(noun: str, verb: str) -> re.Pattern[str]:
    """The preposition, the noun phrase (no gerund in it: "for speaking his mind who ..."), the pronoun and the verb."""
    pronouns = "|".join(sorted(_words("relative_told", "pronouns")))
    links = "|".join(sorted(_words("relative_told", "links")))
    phrase = r"(?:(?![^\s,;:]*ing\s)[^\s,;:]+\s+){0,4}?"  # at most four words before the noun, no gerund
    return re.compile(r"(?<![\w'’])(?:" + links + r")\s+" + phrase + re.escape(noun) + r"\s+(?:" + pronouns + r")\s+"
                      + re.escape(verb) + r"(?!\w)", re.IGNORECASE)


def _content_words(words: Sequence[str]) -> list[str]:
    """The title's words that tell something: not a stopword or an auxiliary ("Jurors were selected": jurors,
    selected), a possessive's and hyphen's marks aside."""
    lex = lexicon()
    bare = [_bare(w).removesuffix("'s").removesuffix("’s").replace("-", "") for w in words]
    return [w for w in bare if w.isalpha() and w not in lex.stopwords | lex.auxiliaries]


def _short(words: Sequence[str]) -> bool:
    """Whether the title is too short to say what happened, for what or where ("Jurors were selected", "NATO
    expressed regret"): at most complement short_content content words, and a verb or noun last (not a word a cut
    left dangling)."""
    last = _bare(words[-1])
    spelled = {str(w) for w in rules()["opening_number"]["units"]} | {str(w) for w in rules()["opening_number"]["tens"]}
    # an opening number counts as its figure does (none): "Twelve staffers left" is as short as "12 staffers left"
    counted = words[1:] if _bare(words[0]).split("-")[0] in spelled else words
    return len(_content_words(counted)) <= int(rules()["complement"]["short_content"]) \
        and last.isalpha() and last not in lexicon().stopwords | lexicon().dangling_words


def _kept_context(words: Sequence[str], rest: Sequence[str], first: str) -> list[str] | None:
    """The phrase or clause a short title keeps from its sentence (polish.yaml complement short_openers): up to its
    boundary (a dash is one), no date, within short_max_words and the title's length, a name or noun the title lacks
    in it; after a preposition (not a subordinator) a noun phrase, a verb only in a clause of its own ("amid
    accusations [that it had ignored] ..."; "because of a small leak [...] come": the sentence's own verb)."""
    if any(_bare(w) in _complement_words("relation_pronouns") | {"who", "whose"} for w in words):
        return None  # "the test which was delayed [because of ...]": the verb is a relative's, the title a noun's
    dash = next((k for k, w in enumerate(rest) if w in ("--", "-", "—", "–")), len(rest))
    room = min(int(rules()["complement"]["short_max_words"]), lexicon().title_words - len(words))
    kept = _kept_complement(rest[:dash], need_verb=False, limit=room) if room > 0 else None
    prepositions = _complement_words("short_openers") | lexicon().opening_prepositions
    while kept and _bare(kept[-1]) in prepositions:
        kept.pop()  # "making an address in [which ...]": the relative went at its stop, its preposition goes too
    if kept and 1 < len(kept) < len(rest) - 1 and _bare(rest[len(kept)]) in ("and", "or") \
            and _bare(kept[-2]) in ("the", "a", "an") and not rest[len(kept) - 1].endswith(_BOUNDARY_PUNCTUATION) \
            and not is_verb_word(_bare(rest[len(kept) + 1])):
        # "in the key [and hotly contested ... city]": a stop between two modifiers; the phrase goes from its
        # preposition
        cut = max((k for k in range(1, len(kept)) if _bare(kept[k]) in prepositions), default=0)
        kept = kept[:cut]
    if not kept:
        return None
    if first not in _COMPLEMENT_SUBORDINATORS or len(rest) > 1 and _bare(rest[1]) == "of":
        for word in kept[1:]:
            low = _bare(word)
            if low in _complement_words("clause_openers"):
                break
            if is_verb_word(low) and not low.endswith("ing"):
                return None
    told = set(_content_words(words))
    return kept if any(w not in told for w in _content_words(kept[1:])) else None


def _kept_quotation(rest: Sequence[str]) -> list[str] | None:
    """The quotation that ends the sentence after a colon ("for saying: “I want my life back”"), its marks paired, if
    it is its last words and holds at most complement quotation_words words; None otherwise."""
    if not rest or rest[0][:1] not in ("\"", "“") or len(rest) > int(rules()["complement"]["quotation_words"]):
        return None
    text = " ".join(rest).rstrip(".!?")
    if not text.endswith(("\"", "”")) or sum(text.count(m) for m in ("\"", "“", "”")) != 2:
        return None
    # the words alone, their marks and full stop gone: the printed title puts back the marks of a quotation it holds
    # whole (with_quotation_marks)
    return text.strip("\"“”").rstrip(".!?,").split()


def _wh_phrase_start(words: Sequence[str]) -> int:
    """Where a wh-clause left open goes from, with the preposition that took it ("signs of a split ... [about how]"),
    when what stays before it is a noun's phrase, not a verb that wants the clause ("agreed [that the extract]");
    else -1."""
    wh = max(k for k in range(len(words)) if _bare(words[k]) in _complement_words("wh_words"))
    start = wh - 1 if wh > 0 and _bare(words[wh - 1]) in lexicon().opening_prepositions | {"of", "about"} else wh
    if start < 3 or is_verb_word(_bare(words[start - 1])) or _bare(words[start - 1]) in lexicon().stopwords \
            or _bare(words[start - 2]) in lexicon().modals | {"to"}:
        return -1  # "to obtain [what many view]": a verb's base form, which the lexicon may not know
    return start


def _no_verb_from(words: Sequence[str], start: int) -> bool:
    """Whether no word from words[start] on is a verb form (a wh-clause still waiting for its verb)."""
    return not any(is_verb_word(_bare(w)) for w in words[start:])


def with_complement(title: str, sentence: str, expression: str = "") -> str:
    """ "The NTC promised to investigate how Gaddafi" -> "... how Gaddafi and his son were killed": a title whose
    last word wants what its sentence goes on with keeps it, when it fits (polish.yaml complement); a measure phrase
    whose relation does not fit is dropped ("sidelined ... [just a few days]")."""
    kind, kept = open_end(title, sentence, expression)
    if not kind:
        return title
    words = title.split()
    # what a verb of saying or a clause's subject wants may take the title to its longest ("a longer title rather
    # than one cut before what was said")
    longest = lexicon().title_max_words if kind in _complement_words("long_kinds") else lexicon().title_words
    if kind in _complement_words("longest_kinds"):  # a title that tells the opposite is worse than a long one
        longest = int(events_rules()["title_fallback_max_words"])
    if kept and len(words) + len(kept) <= longest:
        if kind == "reversal" and kept[0].startswith(","):  # (the comma the sentence has before its "but")
            words[-1], kept = words[-1].rstrip(",") + ",", [kept[0][1:], *kept[1:]]
        if kind == "quotation":
            words[-1] = words[-1].rstrip(":")
        if kind == "list" or kind == "quoted_rest":
            words[-1] = words[-1].rstrip(",") + ","
        return " ".join([*words, *kept])
    if kind == "quotation" and len(words) > 3 and _bare(words[-2]) == "by":
        return " ".join(words[:-2])  # "described the U.S. role [by saying, “...”]": the manner goes
    start = _measure_start(words) if kind == "measure" else -1
    if kind == "wh":
        start = _wh_phrase_start(words)
    while start > 0 and words[start - 1] in ("--", "-", "—", "–"):
        start -= 1  # "turned over control to NATO -- [12 days]": the dash that opened the measure goes too
    if start >= 3 and _bare(words[start - 1]) not in lexicon().dangling_words | lexicon().date_prepositions \
            and not _light(words[:start]):
        return " ".join(words[:start])
    return title


def _attributed(words: Sequence[str]) -> bool:
    """Whether a title already tells who said it or hedges it (a reporting verb, polish.yaml attribution
    `attributed_words`): such a title is never framed again."""
    said = reporting_verbs("closes_title") | reporting_verbs("speech_only") | _words("attribution", "attributed_words")
    return any(_bare(w) in said for w in words)


def _keys(words: Sequence[str]) -> list[str]:
    return [k for k in (_quote_key(w) for w in words) if k]


def _opens_with(clause: str, title_words: Sequence[str]) -> bool:
    """Whether the clause's first words are the title's first (polish.yaml attribution match_words of them)."""
    most = int(rules()["attribution"]["match_words"])
    title_keys, clause_keys = _keys(title_words[:most]), _keys(clause.split()[: most + 2])
    return len(title_keys) >= min(most, len(title_words)) and clause_keys[: len(title_keys)] == title_keys


def _clause_form(title_words: Sequence[str], clause: str) -> list[str]:
    """The title's words with its first word as the clause has it ("Nearly" -> "nearly" after a frame)."""
    first = clause.split()[0].strip(_QUOTE_KEY_EDGES)
    words = list(title_words)
    if first.lower() == words[0].strip(_QUOTE_KEY_EDGES).lower():
        words[0] = words[0].replace(words[0].strip(_QUOTE_KEY_EDGES), first, 1)
    return words


@cache
def _claim_frame() -> re.Pattern[str]:
    """ "His military claimed nearly 50 people ... were killed": a claimant (up to polish.yaml attribution
    claimant_words words, after the sentence's opening or a clause mark) and a claim verb (`claim_verbs`), "that"
    maybe, then the claim."""
    table = rules()["attribution"]
    verbs = alternation(str(w) for w in table["claim_verbs"])
    most = int(table["claimant_words"])
    return re.compile(rf"(?:\A|[,;:]\s)(?P<claimant>[\w'’.-]++(?: [\w'’.-]++){{0,{most - 1}}}?) "
                      rf"(?P<verb>{verbs})(?: that)? (?P<claim>\S)")


def _is_claimant(words: Sequence[str]) -> bool:
    """Whether the words before a claim verb are a noun phrase: no verb, no clause joiner (polish.yaml attribution
    not_in_claimant) among them ("rebels regained ground and | claimed ..." is a clause, "BP says they'll pay for all
    legitimate | claims" a noun)."""
    joiners = _words("attribution", "not_in_claimant")
    return not any(is_verb_word(w) or _bare(w) in joiners for w in words)


def with_claimant(title: str, sentence: str) -> str:
    """ "Nearly 50 people were killed in attacks" from "His military claimed nearly 50 people ... were killed in
    Saturday evening's attacks" -> "His military claimed nearly 50 people were killed in attacks": a claim (polish.yaml
    attribution claim_verbs: one side's word, not a messenger's "said") is printed with its claimant, when the title
    is the claim's clause (it opens with the claim's words) and names no speaker of its own. A claimant that is only a
    subject pronoun names no one, and the title stays."""
    words = title.split()
    if len(words) < 3 or _attributed(words):
        return title
    for found in _claim_frame().finditer(sentence):
        claimant = found.group("claimant")
        opener, _, rest = claimant.partition(" ")
        if rest and _bare(opener) in _words("attribution", "claimant_openers"):
            claimant = rest  # ", but Libya's government claimed": the joiner is the sentence's, not the claimant's
        if _bare(claimant) in _words("attribution", "pronouns") or not _is_claimant(claimant.split()) \
                or not _opens_with(sentence[found.start("claim"):], words):
            continue
        claimant = claimant[:1].upper() + claimant[1:]
        return " ".join([claimant, found.group("verb"), *_clause_form(words, sentence[found.start("claim"):])])
    return title


@cache
def _according_to() -> re.Pattern[str]:
    """ "..., according to a report issued on Tuesday by a rights group." (closing) or "According to the letter, ..."
    (opening): the source, up to polish.yaml attribution source_words words."""
    most = int(rules()["attribution"]["source_words"])
    source = rf"[\w'’().-]++(?: [\w'’().-]++){{0,{most - 1}}}?"
    return re.compile(rf"(?:, according to (?P<closing>{source})[.!\"”’']*+\s*+\Z"
                      rf"|\A[\"“]?According to (?P<opening>{source}), (?P<clause>\S))")


@cache
def _source_date() -> re.Pattern[str]:
    """A date phrase inside a source ("a report issued [on Tuesday] by ..."): the line is dated already."""
    table = rules()["attribution"]
    days = alternation([*(day[0] for day in weekdays()), *(str(w) for w in table["day_words"])])
    periods = alternation(str(w) for w in table["period_words"])
    return re.compile(rf" (?:(?:on )?(?:{days})|(?:last|this) (?:{periods}))\b", re.IGNORECASE)


def _kept_according_source(source: str) -> bool:
    """Whether an "according to" source is a document or a party's media (events.yaml title_kept_sources), a record
    or one side of a conflict (polish.yaml attribution records, sides): what it says is its claim."""
    low = f" {source.lower()} "
    if any(_bare(w) in _words("attribution", "not_in_source") for w in source.split()):
        return False  # "a witness who said pro-government forces ...": a clause of its own, not a name
    return _is_kept_source(source) or any(f" {w} " in low for w in _words("attribution", "sides")) \
        or any(f" {w} " in low for w in _words("attribution", "records"))


def with_according_source(title: str, sentence: str) -> str:
    """ "Forces loyal to Gaddafi committed a vast array of possible war crimes in Misrata" from "..., according to a
    report issued on Tuesday by a U.S.-based human rights group" -> "..., according to a report issued by a U.S.-based
    human rights group": a claim told "according to" a document, a party's media or one side (the sentence's opening
    or closing source) keeps its source after the title, its date phrase cut, when the title is what the source says
    (it opens the clause, or ends where the clause's last words before the source end) and names no speaker."""
    words = title.split()
    found = _according_to().search(sentence)
    if found is None or len(words) < 3 or _attributed(words):
        return title
    source = (found.group("closing") or found.group("opening")).rstrip(".!\"”’'")
    if not _kept_according_source(source):
        return title
    if found.group("opening"):
        clause = sentence[found.start("clause"):]
        if not _opens_with(clause, words):
            return title
        words = _clause_form(words, clause)
    else:
        if not _ends_near(_keys(sentence[: found.start()].split()), _keys(words)):
            return title
    source = _source_date().sub("", source).strip()
    return f"{' '.join(words).rstrip(',;:')}, according to {source}"


def _ends_near(told: Sequence[str], title_keys: Sequence[str]) -> bool:
    """Whether the title's last word is one of the told clause's last (polish.yaml kept_source gap_words) words and
    its first words open that clause (within polish.yaml attribution opening_words words: an opening "Overnight,"):
    the title is the whole clause the source tells, not a subordinate clause inside it ("after the revolt began")."""
    gap = int(rules()["kept_source"]["gap_words"])
    if not title_keys or title_keys[-1] not in told[-gap - 1:]:
        return False
    return 0 <= _find_run(list(told), list(title_keys[:3])) <= int(rules()["attribution"]["opening_words"])


@cache
def _condition() -> re.Pattern[str]:
    """ '“If laws were broken, those responsible will be brought to justice,”': an opening "if" (or another of
    polish.yaml attribution conditions) clause of up to condition_words words, its comma, then the consequent."""
    table = rules()["attribution"]
    openers = alternation(str(w) for w in table["conditions"])
    most = int(table["condition_words"])
    clause = rf"[^,;:.!?\"“”]{{1,{most * 12}}}?"  # (12 characters a word at most: the word count is checked after)
    return re.compile(rf"(?:\A|[.;:]\s|[\"“]|\bthat )(?P<condition>(?i:{openers}) {clause}), (?P<consequent>\S)")


def with_condition(title: str, sentence: str) -> str:
    """ "Those responsible will be brought to justice, Obama said" from '“If laws were broken, those responsible will
    be brought to justice,” Obama said' -> "If laws were broken, those responsible will be brought to justice, Obama
    said": a consequent printed without its condition says what was not said; the condition (polish.yaml attribution
    conditions) comes back before it when the title opens with the consequent's words."""
    words = title.split()
    if len(words) < 3:
        return title
    most = int(rules()["attribution"]["condition_words"])
    for found in _condition().finditer(sentence):
        condition = found.group("condition")
        if len(condition.split()) > most or _bare(words[0]) in _words("attribution", "conditions"):
            continue
        if _opens_with(sentence[found.start("consequent"):], words):
            words = _clause_form(words, sentence[found.start("consequent"):])
            return f"{condition[:1].upper()}{condition[1:]}, {' '.join(words)}"
    return title


def with_attribution(title: str, sentence: str) -> str:
    """A claim, a source's finding or a condition keeps its frame (polish.yaml attribution): the claimant, the
    "according to" source, the "if" clause."""
    title = with_condition(with_according_source(with_claimant(title, sentence), sentence), sentence)
    return in_past_belief(title)


def in_past_belief(title: str) -> str:
    """ "Saif al-Islam is believed to be still at large" -> "Saif al-Islam was believed to be still at large": a
    hedged status told in the present (polish.yaml attribution present_beliefs) is the belief of the line's day, so it
    takes the past and keeps its hedge; a title with a reporting verb of its own ("X says Y is believed ...") stays."""
    words = title.split(" ")
    own = reporting_verbs("closes_title") | reporting_verbs("speech_only")  # (joined once, not once a word)
    if any(_bare(w) in own for w in words):
        return title
    past = rules()["attribution"]["present_beliefs"]
    for k in range(1, len(words) - 2):
        pair = f"{words[k].lower()} {_bare(words[k + 1])}"
        if pair in past and words[k + 2].lower() == "to":
            return " ".join([*words[:k], str(past[pair]), *words[k + 2:]])
    return title


QUOTE_MARKS = ('"', "“", "”")


def _subject_ends_at(words: Sequence[str], k: int, openers: frozenset[str]) -> bool:
    """Whether words[:k] read as a subject alone: at least one word, none a verb word, a clause opener (a pronoun
    only after the first word) or a mark that ends a clause (";", ":"); and no quotation mark up to the verb (a quotation's words are the speaker's own)."""
    return k >= 1 and not any(is_verb_word(w) and not _name_word(words, i, k) and not _participle_modifier(words, i, k)
                              or _bare(w) in openers and (i or _bare(w) not in _SUBJECT_OPENERS)
                              or w.endswith((";", ":")) for i, w in enumerate(words[:k])) \
        and not any(mark in w for w in words[:k + 1] for mark in QUOTE_MARKS)


def _participle_modifier(words: Sequence[str], i: int, k: int) -> bool:
    """Whether words[i], a past participle inside the subject words[:k], modifies its noun rather than being the
    verb (polish.yaml participle_subjects): the title's first word before a content word ("Unemployed people are
    being used", "Prolonged exposure ... is"), a word after a determiner or a possessive ("Libya's besieged city"),
    or a word after a noun before a preposition of the table ("People wounded in fighting ... are dying", "The men
    accused of raping ... have filed"). "Rebels wounded two soldiers"
    (an object after it) and "Called the crackdown ..." (a function word after it) keep their verb."""
    if not i + 1 < k or not words[i].isalpha() or not is_past(words[i].lower()) \
            or not words[i].lower().endswith(tuple(str(e) for e in rules()["participle_subjects"]["endings"])):
        return False
    after = _bare(words[i + 1])
    if i == 0:
        return words[i + 1].isalpha() and words[i + 1].islower() and after not in _SUBJECT_OPENERS \
            and after not in _words("participle_subjects", "not_nouns") | _words("participle_subjects", "prepositions")
    if _bare(words[i - 1]) in _SUBJECT_OPENERS or words[i - 1].endswith(("'s", "’s", "s'", "s’")):
        return True  # "Libya's besieged city", "the ruptured well": after a determiner no verb stands
    return words[i - 1].isalpha() and not is_verb_word(words[i - 1]) \
        and after in _words("participle_subjects", "prepositions")


def _name_word(words: Sequence[str], i: int, k: int) -> bool:
    """Whether words[i] is a word of a name inside the subject words[:k]: capitalised, next to another capitalised
    word of it ("United States", "United Nations": "United" and "States" there are no verbs; an opening "The" is
    none of the name)."""
    if not (i < k and words[i][:1].isupper() and words[i].isalpha()):
        return False
    before = i > 1 or i == 1 and _bare(words[0]) not in lexicon().stopwords
    return i + 1 < k and words[i + 1][:1].isupper() or before and words[i - 1][:1].isupper()


@cache
def _spans() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_words('present_perfect', 'spans'))})\b", re.IGNORECASE)


def _quoted_in(sentence: str, words: Sequence[str], k: int) -> bool:
    """Whether the title's words[k] and the word after it stand inside a quotation of `sentence` (a quotation's
    words are its speaker's own; the marks come back only on the printed title)."""
    run = " ".join(_bare(w) for w in words[k: k + 2])
    return any(run in " ".join(_bare(w) for w in inner.split()) for _, _, inner in quoted_spans(sentence))


def in_simple_past(title: str, sentence: str = "") -> str:
    """ "The spill has reportedly hit the US shoreline" -> "The spill reportedly hit the US shoreline", "Two men
    have been arrested" -> "Two men were arrested": the title's main verb in the present perfect told in the simple
    past where the participle is the past form, or an irregular one tense's table gives the past of ("has risen" ->
    "rose"), and nothing measures a span up to now (polish.yaml present_perfect)."""
    table = rules()["present_perfect"]
    words = title.split(" ")
    k = next((i for i, w in enumerate(words) if w.lower() in ("has", "have")), -1)
    if k >= 0 and k + 2 < len(words) and words[k + 1] in _words("present_perfect", "day_words") \
            and not _quoted_in(sentence, words, k):  # "has already completed", "has now broken": the article's day
        words = [*words[:k + 1], *words[k + 2:]]
    if not _subject_ends_at(words, k, _words("present_perfect", "clause_openers")) \
            or _spans().search(" ".join(words[k + 1:])) or _quoted_in(sentence, words, k):
        return title
    j = k + 1
    while j < len(words) and j - k - 1 < int(table["adverbs"]) and is_adverb(words[j].lower()):
        j += 1
    if j >= len(words):
        return title
    verb = words[j].lower()
    if verb == "been":
        if j + 1 < len(words) and j == k + 1 and words[j + 1].isalpha() and is_past(words[j + 1].lower()) \
                and not _joined_participle(words, j + 1):
            return " ".join([*words[:k], "was" if words[k].lower() == "has" else "were", *words[j + 1:]])
        if j + 1 < len(words) and j == k + 1 and _is_progressive(words[j + 1]):  # "have been pounding" -> "were pounding"
            return " ".join([*words[:k], "was" if words[k].lower() == "has" else "were", *words[j + 1:]])
        return title
    same = verb.endswith("ed") or verb in _words("present_perfect", "same_form")
    past = verb if same else simple_past_of(verb)  # an irregular participle by tense's table: "risen" -> "rose"
    if not words[j].isalpha() or not is_past(verb) or verb in _words("present_perfect", "states") \
            or not past or _joined_participle(words, j):
        return title
    return " ".join([*words[:k], *words[k + 1: j], past, *words[j + 1:]])


def in_past_progressive(title: str, sentence: str = "") -> str:
    """ "Libyans are reacting to Saif Gadhafi's public address" -> "Libyans were reacting ...", "Unemployed people are
    being used in the clean-up" -> "... were being used ...": a line dated before its article's day (the caller
    knows) whose main verb, right after its subject, is "is"/"are" + an -ing form (or "being" + a participle) tells
    that day's act in the past progressive (polish.yaml present_progressive). A plan ("are going to take", "is
    preparing to"), a report in the title (", an official said"), a span up to now ("since"), a quotation, a first
    person and a present state ("is due to", "is designed to": no -ing form) stay."""
    words = title.split(" ")
    table = rules()["present_progressive"]
    k = _progressive_auxiliary_at(words, ("is", "are"), sentence)
    if k < 0:
        return title
    verb = words[k + 1].lower()
    if verb == "being":
        if k + 2 >= len(words) or not words[k + 2].isalpha() or not is_past(words[k + 2].lower()):
            return title
    elif not words[k + 1].isalpha() or not verb.endswith("ing") or len(verb) < 5 \
            or verb in _words("present_perfect", "not_progressive") | _words("present_progressive", "not_progressive") \
            or verb in _words("present_progressive", "stances") \
            or verb in _words("present_progressive", "plans") and k + 2 < len(words) and words[k + 2].lower() == "to":
        return title  # "are going to take", "is preparing to leave": a plan, no act of the day
    rest = words[k + 1:]
    own = reporting_verbs("closes_title") | reporting_verbs("speech_only")
    if _spans().search(" ".join(rest)) or any(_bare(w) in own for w in rest):
        return title
    return " ".join([*words[:k], str(table["past"][words[k].lower()]), *rest])


def _progressive_auxiliary_at(words: list[str], auxiliaries: tuple[str, str], sentence: str) -> int:
    """Where the title's auxiliary of a progressive ("is"/"are", "was"/"were") stands right after its subject, with a
    word after it; -1 when there is none, the title opens with a first person or its sentence quotes those words."""
    k = next((i for i, w in enumerate(words[: MAX_SUBJECT_WORDS + 1]) if w.lower() in auxiliaries), -1)
    openers = _words("present_perfect", "clause_openers") - _words("present_progressive", "subject_joiners")
    if k < 1 or k + 1 >= len(words) or not _subject_ends_at(words, k, openers) \
            or _bare(words[0]) in lexicon().first_person or _quoted_in(sentence, words, k):
        return -1
    return k


def in_simple_past_of_progressive(title: str, sentence: str = "") -> str:
    """ "Mike Williams was giving evidence to the federal panel" -> "Mike Williams gave evidence to the federal panel",
    "European Union foreign ministers were meeting in Brussels" -> "... met in Brussels": a dated line whose main
    verb, right after its subject, is "was"/"were" + an -ing form tells the act of its day in the simple past
    (polish.yaml past_progressive; the editors: "'was giving' should be 'gave'"). An -ing form that tells what was
    only under way or held (`kept`: "was trying", "was awaiting", "was dying"), a plan before "to" ("was going to"),
    a background to a "when"/"while" clause, a span up to a moment ("since"), a present or perfect joined after
    "and", a quotation and a first person stay."""
    words = title.split(" ")
    table = rules()["past_progressive"]
    k = _progressive_auxiliary_at(words, ("was", "were"), sentence)
    if k < 0:
        return title
    gerund = words[k + 1]
    verb = gerund.lower()
    if not gerund.isalpha() or not verb.endswith("ing") or len(verb) < 5 \
            or verb in _words("present_perfect", "not_progressive") | _words("present_progressive", "not_progressive") \
            or verb in _words("past_progressive", "kept") \
            or verb in _words("present_progressive", "plans") and k + 2 < len(words) and words[k + 2].lower() == "to":
        return title
    rest = [_bare(w) for w in words[k + 2:]]
    if _spans().search(" ".join(words[k + 1:])) or any(w in _words("past_progressive", "backgrounds") for w in rest) \
            or any(a == "and" and b in _words("past_progressive", "present_finites") for a, b in zip(rest, rest[1:])):
        return title
    past = _past_of_gerund(verb)
    return " ".join([*words[:k], past, *words[k + 2:]]) if past else title


def _past_of_gerund(gerund: str) -> str:
    """The simple past of an -ing form (subjects.past_of_gerund, with the irregular table of events.yaml), a final
    consonant's "y" taking "ied" ("carrying" -> "carried"; "staying" -> "stayed"); "" for no verb's -ing form."""
    past = past_of_gerund(gerund)
    if past.endswith("yed") and len(past) > 3 and past[-4] not in "aeiou":
        return past[:-3] + "ied"
    return past


def in_past_present_act(title: str, sentence: str = "") -> str:
    """ "The sealing system replaces a previous cap" -> "The sealing system replaced a previous cap", "The 27-page
    complaint accuses BP ..." -> "... accused BP ...": a line dated before its article's day (the caller knows)
    whose main verb, right after its subject, is an -s present that takes an object (chronology_present's reading)
    tells that day's act in the simple past (polish.yaml present_act). A report's verb (in_past_report's, and a
    teller in the title: "..., a spokesman said"), a state (`states`, the lexicon's), a span up to now, a
    quotation and a plural's plain form ("Officials meet") stay."""
    words = title.split(" ")
    openers = _words("present_perfect", "clause_openers") - _words("present_progressive", "subject_joiners")
    for k in range(1, min(len(words), MAX_SUBJECT_WORDS + 1)):
        if not _subject_ends_at(words, k, openers):
            return title
        low = words[k].lower()
        if words[k].isalpha() and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
                and _present_form(words, k):
            break
    else:
        return title
    if k == 1 or _bare(words[k - 1]) in lexicon().stopwords or _past_verb_in_clause(words, k + 1) \
            or any(_bare(w) in _words("present_progressive", "subject_joiners") for w in words[:k]) \
            or k + 2 < len(words) and _bare(words[k + 1]) in _RELATIVE_OPENERS and is_verb_word(words[k + 2]):
        return title  # "Aid workers brought", "His brothers Marlon ...", "clinics that were shut": a noun's plural;
        # "U.S.-led and Russian airstrikes on ...": a subject "and" joins takes no -s verb
    own = reporting_verbs("closes_title") | reporting_verbs("speech_only")
    states = _words("present_act", "states") | lexicon().state_verbs | lexicon().copulas
    if low in own or low in states or low in rules()["reported_present"]["verbs"] \
            or _quoted_in(sentence, words, k) or _spans().search(" ".join(words[k + 1:])) \
            or any(_bare(w) in own for w in words[k + 1:]):
        return title
    return " ".join([*words[:k], _past_of(words[k]), *words[k + 1:]])


_RELATIVE_OPENERS = frozenset({"that", "who", "which"})  # "clinics that were shut": a relative's verb right after


def _past_verb_in_clause(words: Sequence[str], k: int) -> bool:
    """Whether a verb word stands in words[k:] before a clause opener (chronology_present `clause_openers`) or a
    comma: the clause has its verb there, so the -s word before it was a noun ("initiatives the country had been
    advancing")."""
    for word in words[k:]:
        if _bare(word) in _words("chronology_present", "clause_openers"):
            return False
        if is_verb_word(word):
            return True
        if word.endswith((",", ";", ":")):
            return False
    return False


def in_reported_future_past(title: str, sentence: str = "") -> str:
    """ "A Jindal spokesman confirmed that the governor's memoir won't be released" -> "... would not be released",
    "The Pentagon announced that Gates will travel to Russia" -> "... would travel ...", "UK experts outlined the work
    they are due to start" -> "... were due to start": a clause a main verb in the past reports (or, for a plan's "is
    due to", any past main verb governs) tells its future from that past day, which the line's reader has behind
    them: the sequence of tenses moves "will"/"won't"/"can" to "would"/"would not"/"could" after a verb of telling
    (reported_perfect `verbs`), and "is"/"are" + a plan word + "to" (`plans`: due, set, scheduled, expected) to
    "was"/"were". The first finite verb after the main verb within reported_perfect `reach` decides: a present
    ("said it is", "said he doubts": a state that still holds, `stops`), a perfect (in_reported_pluperfect's), a
    relative or a quotation leave the title (polish.yaml reported_future)."""
    table = rules()["reported_future"]
    words = title.split(" ")
    k = next((i for i, w in enumerate(words) if w.isalpha() and w.islower()
              and (w in _words("reported_perfect", "verbs") or is_past(w) and w not in lexicon().auxiliaries)), -1)
    if not _subject_ends_at(words, k, _words("present_perfect", "clause_openers")) \
            or _bare(words[k - 1]) in _words("reported_future", "determiners"):
        return title  # "The injured workers are due to ...": a past form after a determiner is an adjective
    telling = words[k] in _words("reported_perfect", "verbs")
    modals = {str(m).lower(): str(p) for m, p in table["modals"].items()}
    for j in range(k + 1, min(len(words), k + 1 + int(rules()["reported_perfect"]["reach"]))):
        word, low = words[j], _bare(words[j]).replace("’", "'")
        if any(mark in word for mark in QUOTE_MARKS) or low in _words("reported_future", "stops"):
            return title
        if low in modals:
            after = words[j + 1] if j + 1 < len(words) else ""
            if not telling or not after.isalpha() or not after.islower() or _quoted_in(sentence, words, j):
                return title
            return " ".join([*words[:j], modals[low], *words[j + 1:]])
        if low in ("is", "are", "am"):
            if j + 2 < len(words) and _bare(words[j + 1]) in _words("reported_future", "plans") \
                    and words[j + 2] == "to" and not _quoted_in(sentence, words, j):
                return " ".join([*words[:j], "were" if low == "are" else "was", *words[j + 1:]])
            return title
        if low in ("has", "have"):
            return title
    return title


def in_reported_pluperfect(title: str, sentence: str = "") -> str:
    """ "A poll suggested the oil spill has linked the fortunes of the government and BP" -> "... had linked ...":
    what a main verb of telling or finding in the past (`verbs`, right after the subject) reports in the present
    perfect moves back to the pluperfect, its first finite verb after the report, within `reach` words; a present or a
    modal on the way (`stops`: "said there are grounds ... have been committed"), "to have", a quotation, or a
    "has" that is no auxiliary ("has information") leave it (polish.yaml reported_perfect)."""
    table = rules()["reported_perfect"]
    words = title.split(" ")
    k = next((i for i, w in enumerate(words) if w.lower() in _words("reported_perfect", "verbs")), -1)
    if not _subject_ends_at(words, k, _words("present_perfect", "clause_openers")):
        return title
    stops = _words("reported_perfect", "stops")
    for j in range(k + 1, min(len(words), k + 1 + int(table["reach"]))):
        low = _bare(words[j])
        if any(mark in words[j] for mark in QUOTE_MARKS) or low in stops:
            return title
        if low not in ("has", "have"):
            continue
        if words[j - 1].lower() == "to" or j + 1 >= len(words) or _quoted_in(sentence, words, j):
            return title
        n = j + 1
        while n < len(words) and n - j - 1 < int(rules()["present_perfect"]["adverbs"]) and is_adverb(words[n].lower()):
            n += 1
        if n >= len(words) or not words[n].isalpha() or not (words[n].lower() == "been" or is_past(words[n].lower())):
            return title
        return " ".join([*words[:j], "had", *words[j + 1:]])
    return title


def _is_progressive(word: str) -> bool:
    """Whether `word` after "been" reads as an -ing form of a verb ("pounding"), not a noun ("something", "morning")."""
    low = word.lower()
    return word.isalpha() and low.endswith("ing") and len(low) > 5 \
        and low not in _words("present_perfect", "not_progressive")


def _joined_participle(words: Sequence[str], j: int) -> bool:
    """Whether "and" follows the participle words[j] ("had promised and then broken"): a second participle may
    follow that has no past form of the same spelling."""
    return j + 1 < len(words) and words[j + 1].lower() in ("and", "or")


def in_past_report(title: str, sentence: str = "") -> str:
    """ "A woman in Tripoli says she was awoken" -> "A woman in Tripoli said she was awoken": a report's verb after
    the subject in the present, what it tells in the past (polish.yaml reported_present)."""
    table = rules()["reported_present"]
    words = title.split(" ")
    k = next((i for i, w in enumerate(words) if w in table["verbs"]), -1)
    if not _subject_ends_at(words, k, _words("reported_present", "clause_openers")) \
            or words[k - 1].lower() in _words("reported_present", "not_after") or _quoted_in(sentence, words, k):
        return title
    pasts = _words("reported_present", "past_finites")
    for word in words[k + 1: k + 1 + int(table["reach"])]:
        low = _bare(word)
        if is_verb_word(word) or low in pasts:
            if low in pasts or is_past(low) and low not in lexicon().auxiliaries:
                return " ".join([*words[:k], str(table["verbs"][words[k]]), *words[k + 1:]])
            return title
    return title


def _closing_telling_at(words: Sequence[str]) -> int:
    """Where a closing telling in the past opens (the word after its comma: ", a senior member ... announced"), or
    -1: at most report_in_report tail_words words, no verb word but the telling's (polish.yaml report_in_report)."""
    table = rules()["report_in_report"]
    for verb in (str(v).split() for v in table["tail_verbs"]):
        if [_bare(w) for w in words[-len(verb):]] != [v.lower() for v in verb]:
            continue
        end = len(words) - len(verb)
        comma = next((i for i in range(end - 1, max(0, end - int(table["tail_words"])) - 1, -1)
                      if words[i].endswith(",")), -1)
        if comma < 1 or any(is_verb_word(w) or _bare(w) in lexicon().auxiliaries for w in words[comma + 1:end]):
            return -1
        return comma + 1
    return -1


def without_report_in_report(title: str) -> str:
    """ "Bashir says he will not run for re-election, a senior member ... announced" -> "Bashir said he would not run
    for re-election": a present report inside a past telling; the telling goes, the report and its first finite
    verb take the past (polish.yaml report_in_report)."""
    present = rules()["reported_present"]
    words = title.split(" ")
    k = next((i for i, w in enumerate(words) if w in present["verbs"]), -1)
    if not _subject_ends_at(words, k, _words("reported_present", "clause_openers")) \
            or words[k - 1].lower() in _words("reported_present", "not_after") or "," in words[k - 1]:
        return title
    tail = _closing_telling_at(words)
    if tail <= k + 1:
        return title
    kept = [*words[:k], str(present["verbs"][words[k]]), *words[k + 1: tail]]
    kept[-1] = kept[-1].rstrip(",")
    backshift = rules()["report_in_report"]["backshift"]
    for i in range(k + 1, min(len(kept), k + 1 + int(present["reach"]))):
        if kept[i] in backshift:
            kept[i] = str(backshift[kept[i]])
            break
        if is_verb_word(kept[i]) or _bare(kept[i]) in lexicon().auxiliaries:
            break  # a past or other finite verb first: it stays
    return " ".join(kept)


def without_more_opener(title: str) -> str:
    """ "More explosions rocked Tripoli" -> "Explosions rocked Tripoli": "More" points back to a line the reader of a
    timeline does not have (polish.yaml more_opener)."""
    words = title.split(" ")
    if len(words) < 3 or words[0] != "More" or not words[1].isalpha() or not words[1].islower() \
            or words[1] in _words("more_opener", "kept_after") or not any(is_past(_bare(w)) for w in words[2:]):
        return title
    return " ".join([words[1][:1].upper() + words[1][1:], *words[2:]])


def without_context_adverbs(title: str) -> str:
    """ "BP actually suspended pumping" -> "BP suspended pumping", "Dr Murray had since received" -> "Dr Murray had
    received", "The WHO last declared" -> "The WHO declared": a word that ties the line to the article around it
    goes between two words (polish.yaml context_adverbs)."""
    words = title.split(" ")
    if not any(word in _context_adverbs() for word in words[1:-1]):
        return title  # (every row of _context_adverb_at asks for a word of its lists: none, nothing goes)
    kept = [words[0]]
    for k in range(1, len(words)):
        if not (k + 1 < len(words) and _context_adverb_at(words, k)):
            kept.append(words[k])
    return " ".join(kept)


@cache
def _context_adverbs() -> frozenset[str]:
    """Every word of polish.yaml context_adverbs' three rows (anywhere, before_past, after_auxiliary)."""
    return _words("context_adverbs", "anywhere") | _words("context_adverbs", "before_past") \
        | _words("context_adverbs", "after_auxiliary")


def _context_adverb_at(words: Sequence[str], k: int) -> bool:
    """Whether words[k] (neither first nor last) is a context adverb to drop: lower-case with no mark, and by its
    row: anywhere but paired ("but also", "also known"), before a simple past after no determiner or auxiliary, or
    between "has"/"have"/"had" and a participle."""
    word = words[k]
    if not word.isalpha() or not word.islower():
        return False
    before, after = words[k - 1].lower(), words[k + 1]
    if word in _words("context_adverbs", "anywhere"):
        return _bare(before) not in _words("context_adverbs", "kept_after") and after[:1].isalpha() \
            and _bare(after).lower() not in _words("context_adverbs", "kept_before")
    verb = after.isalpha() and after.islower() and is_past(after)
    if word in _words("context_adverbs", "before_past"):
        return verb and before.isalpha() and before not in _words("context_adverbs", "not_after") \
            and not is_adverb(before)
    return word in _words("context_adverbs", "after_auxiliary") and verb \
        and before in _words("context_adverbs", "auxiliaries")


def in_past_of_necessity(title: str) -> str:
    """ "BP had to reinstall a cap" -> "BP reinstalled a cap", "Hundreds of people had to be evacuated" -> "Hundreds
    of people were evacuated": the main verb's "had to" told as the act it led to (polish.yaml necessity_past)."""
    words = title.split(" ")
    at = auxiliary_at(words, "had")
    if at < 0 or at + 2 >= len(words) or words[at + 1] != "to" \
            or words[at - 1].lower() in _words("necessity_past", "not_after"):
        return title
    verb = words[at + 2]
    if verb == "be":
        if at + 3 >= len(words) or not _is_plain_participle(words[at + 3]):
            return title
        number = passive_number(words[:at])
        return " ".join([*words[:at], number, *words[at + 3:]]) if number else title
    if not verb.isalpha() or not verb.islower() or is_past(verb) or is_adverb(verb) \
            or verb in lexicon().stopwords or _joined_plain_verb(words, at + 3):
        return title
    past = str(rules()["necessity_past"]["irregular"].get(verb) or _past_of(verb))
    return " ".join([*words[:at], past, *words[at + 3:]])


def _is_plain_participle(word: str) -> bool:
    return word.isalpha() and word.islower() and is_past(word)


def _joined_plain_verb(words: Sequence[str], start: int) -> bool:
    """Whether "and"/"or" after words[start] joins a second plain verb ("had to halt and reverse"): a lower-case
    word after it that is no past form, stopword nor plural noun; the past of the first alone would not agree."""
    for k in range(start, len(words) - 1):
        if words[k] in ("and", "or"):
            following = words[k + 1]
            if following.isalpha() and following.islower() and not is_past(following) \
                    and following not in lexicon().stopwords and not following.endswith("s"):
                return True
    return False


@cache
def _change_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])([Tt]he) ({alternation(_words('change_article', 'nouns'))}) in (?=\S)")


@cache
def _content_nouns() -> re.Pattern[str]:
    nouns = alternation(_words('change_article', 'content_nouns'))
    return re.compile(rf"(?<![\w'’-])([Tt]he) ({nouns})(s?) that (?=\S)")


def with_change_article(title: str) -> str:
    """ "reported the rise in the death toll" -> "reported a rise in the death toll": a change "in" something the
    title meets first takes "a"/"an"; so does a report told by its content ("denied the report that ..." -> "denied
    a report that ...", a plural none) (polish.yaml change_article)."""
    def article(found: re.Match[str]) -> str:
        chosen = _article_for(found.group(2))
        return f"{chosen if found.group(1) == 'The' else chosen.lower()} {found.group(2)} in "

    def content(found: re.Match[str]) -> str:
        noun = found.group(2) + found.group(3)
        if found.group(3):  # "the reports that" -> "reports that"
            return f"{noun.capitalize() if found.group(1) == 'The' else noun} that "
        chosen = _article_for(noun)
        return f"{chosen if found.group(1) == 'The' else chosen.lower()} {noun} that "
    return _content_nouns().sub(content, _change_nouns().sub(article, title))


def _amount_end(words: Sequence[str], k: int) -> int:
    """Where a sum that opens at words[k] ends (exclusive: "$31.4 billion", "$20bn", "€800m"), or -1."""
    table = rules()["amount_article"]
    word = words[k]
    if word[:1] not in table["currency"] or not word[1:2].isdigit():
        return -1
    figure = word[1:].rstrip(",")
    digits = figure.rstrip("".join(str(u) for u in table["units"] if len(str(u)) < 3))
    if not digits.replace(",", "").replace(".", "").isdigit():
        return -1
    return k + 2 if k + 1 < len(words) and words[k + 1] in table["units"] else k + 1


def with_amount_article(title: str) -> str:
    """ "approved $31.4 billion budget for" -> "approved a $31.4 billion budget for": a headline's bare sum before
    a singular counted noun, right after a past verb, takes "a" (polish.yaml amount_article)."""
    words = title.split(" ")
    nouns = _words("amount_article", "nouns")
    for k in range(1, len(words) - 1):
        end = _amount_end(words, k)
        if end < 0 or end >= len(words) or not is_past(words[k - 1].lower()) or not words[k - 1].islower():
            continue
        noun = words[end]
        if noun.rstrip(",;:.") not in nouns:
            continue
        after = _bare(words[end + 1]) if end + 1 < len(words) and noun.isalpha() else ""
        if after and after not in lexicon().stopwords and not is_verb_word(after):
            continue  # "$20bn fund managers": the noun modifies another
        return " ".join([*words[:k], "a", *words[k:]])
    return title


def _clock_figure(word: str) -> str:
    """ "1040" -> "10:40": four figures that read as a 24-hour time, else ""."""
    if len(word) != 4 or not word.isdigit() or int(word[:2]) > 23 or int(word[2:]) > 59:
        return ""
    return f"{word[:2]}:{word[2:]}"


def with_clock_time(title: str) -> str:
    """ "propofol was 1040" -> "propofol was at 10:40", "at about 1300 local time" -> "at about 13:00 local time": a
    four-figure clock time after a word that marks a time or before a zone takes its colon (polish.yaml
    clock_time)."""
    table = rules()["clock_time"]
    words = title.split(" ")
    for k in range(1, len(words)):
        time = _clock_figure(words[k])
        if not time:
            continue
        marked_after = k + 1 < len(words) and _bare(words[k + 1]).upper() in {str(w).upper() for w in table["after"]}
        copula = words[k - 1].lower() in _words("clock_time", "copulas")
        # after a copula only a time's subject ("The last time X was 1040"; not "The toll was 1250": a count)
        marked_before = words[k - 1].lower() in _words("clock_time", "before") and not copula \
            or copula and any(_bare(w) in _words("clock_time", "time_subjects") for w in words[:k - 1])
        year_like = int(table["year_from"]) <= int(words[k]) <= int(table["year_to"])
        if not (marked_after or marked_before and not year_like):
            continue
        words[k] = time
        if copula:
            words.insert(k, "at")
        return " ".join(words)
    return title


def with_elliptic_passive(title: str, sentence: str) -> str:
    """ "Swine flu detected in Mexico" (from "... since detected in Mexico in April") -> "Swine flu was detected in
    Mexico": a reduced clause's participle after the title's subject gets its passive's "was"/"were"
    (polish.yaml elliptic_passive)."""
    words = title.split(" ")
    conjunctions = _words("elliptic_passive", "conjunctions")
    for k in range(1, min(len(words), MAX_SUBJECT_WORDS + 1)):
        word = words[k]
        if is_verb_word(word) or _bare(word) in lexicon().auxiliaries:
            if not (_is_plain_participle(word) and any(
                    _bare(before) in conjunctions for before in _words_before(sentence, word))):
                return title
            number = passive_number(words[:k])
            return " ".join([*words[:k], number, *words[k:]]) if number else title
    return title


def _words_before(sentence: str, word: str) -> list[str]:
    """The word right before each time `word` stands in `sentence`."""
    found = sentence.split()
    return [found[k - 1] for k in range(1, len(found)) if _bare(found[k]) == word]


_YEAR_BEFORE_NOUN = re.compile(r"\b[Tt]he ((?:1[89]|20)\d\d) ([a-z][a-z-]*+)\b")


def with_year_modifier(title: str, sentence: str) -> str:
    """ "The floods left one-fifth of Pakistan under water" (from "The 2010 floods left ...") -> "The 2010 floods
    left ...": a year a cut took from before its noun goes back where the title has that noun once after "the" and
    nothing names it after (polish.yaml year_modifier)."""
    named_after = _words("year_modifier", "named_after")
    words = title.split(" ")
    for found in _YEAR_BEFORE_NOUN.finditer(sentence):
        year, noun = found.groups()
        at = [k for k, w in enumerate(words) if _bare(w) == noun and k and words[k - 1] in ("the", "The")]
        if year in title or len(at) != 1 or len(re.findall(rf"\b{re.escape(noun)}\b", title)) != 1:
            continue
        k = at[0]
        if k + 2 < len(words) and words[k + 1] in named_after and words[k + 2][:1].isupper():
            continue
        return " ".join([*words[:k], year, *words[k:]])
    return title


def with_opening_dash_comma(title: str) -> str:
    """ "Two weeks after the plant opened -- two military cars broke into it" -> "Two weeks after the plant opened,
    two military cars broke into it": a time phrase opening the title closed by its one dash (polish.yaml
    opening_dash)."""
    words = title.split(" ")
    if words.count("--") != 1:
        return title
    dash = words.index("--")
    openers = _words("opening_dash", "openers")
    reach = int(rules()["opening_dash"]["reach"])
    if dash < 2 or not any(_bare(w) in openers for w in words[:min(reach, dash)]) \
            or any(w.endswith((",", ";", ":")) for w in words[:dash]) or "—" in title \
            or not any(is_verb_word(w) for w in words[dash + 1:]):
        return title
    return " ".join([*words[:dash - 1], words[dash - 1] + ",", *words[dash + 1:]])


def with_times_plural(title: str) -> str:
    """ "was shot five time by troops" -> "was shot five times by troops" (polish.yaml times_count)."""
    words = title.split(" ")
    numbers = _words("times_count", "numbers")
    for k in range(1, len(words)):
        if _bare(words[k]) != "time" or not words[k].startswith("time"):
            continue
        before = words[k - 1].lower()
        if not (before in numbers or before.isdigit() and int(before) > 1):
            continue
        if k + 1 == len(words) or words[k].endswith(",") or words[k + 1].lower() in _words("times_count", "followers"):
            words[k] = "times" + words[k][4:]
    return " ".join(words)


def with_state_comma(title: str) -> str:
    """ "the beaches of Grand Isle Louisiana in photographs" -> "... of Grand Isle, Louisiana, in photographs": a
    place and its US state get the comma between them (polish.yaml state_comma)."""
    words = title.split(" ")
    states = frozenset(rules()["state_comma"]["states"])
    for k in range(1, len(words)):
        before = words[k - 1]
        if words[k] not in states or not before.isalpha() or not before[:1].isupper() \
                or before.lower() in _words("state_comma", "not_before") or before.lower() in lexicon().stopwords:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        if after and not (after.isalpha() and after.islower()):
            continue
        words[k - 1] = before + ","
        if after and after not in ("and", "or"):
            words[k] = words[k] + ","
    return " ".join(words)


def without_dangling_took_place(title: str) -> str:
    """ "There was gunfire after a press conference announcing his death took place" -> "There was gunfire after a
    press conference announcing his death" (polish.yaml dangling_took_place)."""
    words = title.split(" ")
    if len(words) < 5 or words[-2:] != ["took", "place"]:
        return title
    conjunctions = _words("dangling_took_place", "conjunctions")
    at = max((i for i, w in enumerate(words[:-2]) if w in conjunctions), default=-1)
    if at < 1 or at + 1 >= len(words) - 2 or any(is_verb_word(w) for w in words[at + 1:-2]):
        return title
    return " ".join(words[:-2])


def with_message_article(title: str) -> str:
    """ "Gaddafi, in audio speech broadcast on TV, called ..." -> "Gaddafi, in an audio speech broadcast ...": a
    message's article after its preposition (polish.yaml bare_message)."""
    words = title.split(" ")
    for k in range(len(words) - 2, 0, -1):
        if words[k - 1].lower() in _words("bare_message", "prepositions") and words[k] in _words("bare_message", "media") \
                and _bare(words[k + 1]) in _words("bare_message", "messages") and words[k + 1][:1].islower():
            words.insert(k, _article_for(words[k]).lower())
    return " ".join(words)


def _clause_start(before: str) -> bool:
    """Whether `before` (the sentence up to a date phrase, its prepositions dropped) ends where a clause opens: the
    sentence's start, a stop, a comma, or one of pluperfect_own_date `clause_starts` ("He said that [late on Sunday
    night] ...")."""
    words = before.split()
    while words and words[-1].lower() in _words("pluperfect_own_date", "date_prepositions"):
        words.pop()
    if not words:
        return True
    last = words[-1]
    return last.endswith((".", ",", ";", ":", "--", "-")) or _bare(last) in _words("pluperfect_own_date", "clause_starts")


def _news_frame_dates(before: str, expression: str) -> bool:
    """Whether the words before the clause's subject are the date phrase and a frame that tells the clause as that
    day's news ("On Monday night, it emerged (that)": polish.yaml pluperfect_own_date news_frames), or the date and
    a "when" that sets the clause at it ("some normalcy was visible Tuesday, when": same_time_links)."""
    low = " ".join(before.lower().replace(",", " ").split())
    date = expression.lower()
    if not date or date not in low:
        return False
    rest = low[low.rindex(date) + len(date):].split()
    frames = [str(f).split() for f in rules()["pluperfect_own_date"]["news_frames"]]
    if any(rest[: len(f)] == f and len(rest) <= len(f) + 2 and not any(is_verb_word(w) for w in rest[len(f):])
           for f in frames):
        return True  # the frame and at most an aside's noun ("another school"), no verb of its own
    return rest in ([str(w)] for w in rules()["pluperfect_own_date"]["same_time_links"])


def _own_date_at(sentence: str, subject: str, participle: str, expression: str) -> bool:
    """Whether the sentence's date phrase `expression` dates the clause of `subject` + "had" ... `participle` itself:
    it opens that clause right before the subject ("By Saturday evening, advancing opposition fighters had reached
    ...") or stands between "had" and the participle ("officials had on Saturday denied ...")."""
    found = re.search(rf"(?i:{re.escape(subject)})\s++had\s++(.{{0,60}}?)\b{re.escape(participle)}\b", sentence)
    if not found or not expression:
        return False
    inner = found.group(1).strip().rstrip(",").strip()
    if _news_frame_dates(sentence[: found.start()], expression) \
            and all(w.lower() in _words("pluperfect_own_date", "frame_adverbs") for w in inner.split()):
        return True  # "On Monday night, it emerged another school, X, had also been closed": news of that day
    if inner:
        words = inner.split()
        while words and words[0].lower() in _words("pluperfect_own_date", "date_prepositions"):
            words.pop(0)
        return " ".join(words).rstrip(",") == expression
    before = sentence[: found.start()].rstrip().rstrip(",").rstrip()
    if not before.lower().endswith(expression.lower()):
        return False
    return _clause_start(before[: len(before) - len(expression)])


def in_past_of_own_date(title: str, sentence: str, expression: str = "") -> str:
    """ "Advancing opposition fighters had reached the outskirts of Brega" (from "By Saturday evening, advancing
    opposition fighters had reached ...") -> "Advancing opposition fighters reached ...": a main verb's pluperfect
    whose date phrase is its own clause's (it opens that clause, or stands inside the verb) told in the simple past
    (polish.yaml pluperfect_own_date). Where the date is a report's ("it emerged on Monday night that X had been
    closed") the pluperfect stays (timeline.events.tense)."""
    words = title.split(" ")
    at = auxiliary_at(words, "had")
    if at < 0 or not expression or at + 1 >= len(words) \
            or any(_bare(w) in _words("pluperfect_own_date", "relatives") for w in words[:at]):
        return title  # "The legions of workers who had been contracted": a relative clause, no main verb
    following = words[at + 1]
    if following == "been":
        if at + 2 >= len(words):
            return title
        changed = passive_simple_past(words, at)
        participle = f"been {words[at + 2]}"
    else:
        low = following.lower()
        past = simple_past_of(following) or (following if low in _words("present_perfect", "same_form") else "")
        if not past or not following.isalpha() or low in _words("pluperfect_own_date", "kept_after") \
                or _joined_participle(words, at + 1):
            return title
        changed = [*words[:at], past, *words[at + 2:]]
        participle = following
    if changed is words or not _own_date_at(sentence, " ".join(words[:at]), participle, expression):
        return title
    return " ".join(changed)


def with_closing_aside_comma(title: str) -> str:
    """ "Dr Thao Nguyen, an emergency room cardiologist said she ..." -> "Dr Thao Nguyen, an emergency room
    cardiologist, said she ...": a name's aside of role (after its one comma, opened by an article) gets its closing
    comma before the main verb (polish.yaml closing_aside_comma)."""
    if title.count(",") != 1:
        return title
    words = title.split(" ")
    table = rules()["closing_aside_comma"]
    comma = next((k for k, w in enumerate(words) if w.endswith(",")), -1)
    name = words[: comma + 1]
    if comma < 0 or not 1 <= len(name) <= int(table["name_words"]) \
            or not all(w[:1].isupper() and _bare(w) not in lexicon().stopwords for w in name) \
            or comma + 2 >= len(words) or words[comma + 1] not in _words("closing_aside_comma", "articles"):
        return title
    for k in range(comma + 2, min(len(words), comma + 2 + int(table["role_words"]) + 1)):
        word = words[k]
        if _bare(word) in _words("closing_aside_comma", "verbs") and word.isalpha() and word.islower():
            role = words[comma + 2: k]
            return " ".join([*words[:k - 1], words[k - 1] + ",", *words[k:]]) if role else title
        if is_verb_word(word) or not word.isalpha() and "-" not in word or _bare(word) in lexicon().stopwords \
                and _bare(word) not in _words("closing_aside_comma", "role_joiners"):
            return title
    return title


def in_past_of_today(title: str, sentence: str, expression: str = "") -> str:
    """ "Hogarth's House in Chiswick reopens three years after it closed" (from "... reopens today three years
    after ...") -> "Hogarth's House in Chiswick reopened ...": a main verb's -s present the date phrase of the day
    the article tells follows right away in the sentence is a dated act told as news; a line of a timeline tells
    it in the past (polish.yaml present_of_today)."""
    if expression.lower() not in _words("present_of_today", "phrases"):
        return title
    words = title.split(" ")
    verb = _main_present_verb(words)
    if verb < 1:
        return title
    word = words[verb]
    low = word.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is")) or low in rules()["chronology_present"]["copulas"] \
            or low in _words("present_of_today", "states") or word in rules()["reported_present"]["verbs"] \
            or not re.search(rf"\b{re.escape(word)}\s++{re.escape(expression)}\b", sentence):
        return title
    words[verb] = _past_of(word)
    return " ".join(words)


def without_relative_time(title: str) -> str:
    """ "Six years ago came the epidemic" -> "The epidemic came", "was later transferred" -> "was transferred", "The
    latest case was confirmed" -> "A new case was confirmed": words that place an event only against another
    moment the timeline's reader does not have (polish.yaml relative_time)."""
    words = title.split(" ")
    table = rules()["relative_time"]
    if len(words) > 4 and words[0].lower() in _words("relative_time", "numbers") \
            and words[1].lower() in _words("relative_time", "units") and _bare(words[2]) == "ago":
        rest = words[3:]
        if rest[0].lower() in frozenset(str(w) for w in table["inverted"]) and len(rest) > 2 \
                and rest[1].lower() in ("the", "a", "an"):
            rest = [*rest[1:], rest[0].lower()]  # "came the epidemic" -> "the epidemic came"
        elif not words[2].endswith(","):
            return title
        words = [rest[0][:1].upper() + rest[0][1:], *rest[1:]]
    adverbs = _words("relative_time", "adverbs")
    for k in range(len(words) - 2, 0, -1):
        after = _bare(words[k + 1])
        # ("two days later": a span after its unit stays)
        # (", later contradicted by": a participle aside's time stays)
        if words[k] in adverbs and is_past(after) and words[k - 1].lower() not in _words("relative_time", "units") \
                and not words[k - 1].endswith(",") and _bare(words[k - 1]) not in ("but", "and"):
            # ("took the town, but later withdrew": the time is the title's own first event's; it stays)
            del words[k]
    if len(words) > 4 and words[0] == "The" and words[1] == "latest" and words[2].islower() and words[3] == "of" \
            and any(is_past(_bare(w)) for w in words[4:]):  # "The latest case of swine flu was confirmed"
        words = ["A", "new", *words[2:]]
    return " ".join(words)


@cache
def _relative_day_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """polish.yaml relative_day read once (_relative_day_end runs at every word of every title): the weekdays' full
    names, the prepositions as word tuples, longest first, and the words they open with."""
    days = frozenset(name for forms in weekdays() for name in forms[:1])
    prepositions = tuple(sorted((tuple(str(p).split()) for p in rules()["relative_day"]["prepositions"]),
                                key=len, reverse=True))
    return days, prepositions, frozenset(p[0] for p in prepositions if p)


def _relative_day_end(words: Sequence[str], k: int) -> int:
    """Where the day phrase that opens at words[k] ends (exclusive), or -1: a preposition + a weekday (+ a part of
    the day), or a deictic + a span (polish.yaml relative_day). A name's weekday ("Sunday Times": a capitalised word
    after it), a possessive ("this week's") or a deictic after an article ("the last week") is none."""
    table = rules()["relative_day"]
    days, prepositions, firsts = _relative_day_words()
    for preposition in prepositions if words[k].lower() in firsts else ():  # (no phrase opens with another word)
        end = k + len(preposition)
        if tuple(w.lower() for w in words[k:end]) == preposition and words[k:end][0].islower() \
                and end < len(words) and words[end].rstrip(",") in days:
            end += 1
            if end < len(words) and words[end - 1][-1:] != "," and words[end].rstrip(",") in table["parts"]:
                end += 1
            return end if end >= len(words) or words[end - 1].endswith(",") or not words[end][:1].isupper() else -1
    if words[k] in table["deictics"] and k + 1 < len(words) and words[k + 1].rstrip(",") in table["spans"] \
            and words[k - 1].lower() not in _words("relative_day", "determiners") \
            and (k + 2 >= len(words) or words[k + 2] != "of"):
        return k + 2
    return -1


def without_relative_day(title: str) -> str:
    """ "Gates will travel to Russia this weekend" -> "Gates will travel to Russia", "The killing on Thursday of the
    commander" -> "The killing of the commander": a day phrase inside the title that counts from the article's day
    (polish.yaml relative_day); not at the title's start, nor a name's weekday."""
    words = title.split(" ")
    k = 1
    while k < len(words):
        end = _relative_day_end(words, k)
        if end < 0:
            k += 1
            continue
        closing = words[end - 1].endswith(",")
        if closing and words[k - 1].endswith(","):
            words[k - 1] = words[k - 1][:-1]  # ", on Sunday," an aside: both commas go
        elif closing and end < len(words):
            words[k - 1] += ","  # "struck Tripoli on Sunday, a spokesman said": the comma stays
        del words[k:end]
    return " ".join(words).rstrip(",")


def without_perfect_coordinate(title: str) -> str:
    """ "Similar protests toppled Mubarak and have spread across the region" -> "Similar protests toppled Mubarak":
    an ongoing present perfect joined to the dated past (polish.yaml perfect_coordinate)."""
    words = title.split(" ")
    auxiliaries = _words("perfect_coordinate", "auxiliaries")
    for k in range(2, len(words) - 2):
        if words[k] == "and" and words[k + 1] in auxiliaries and is_past(_bare(words[k + 2])):
            before = [_bare(w) for w in words[:k]]
            if any(is_past(w) for w in before) and not set(before) & (auxiliaries | lexicon().auxiliaries):
                return " ".join(words[:k]).rstrip(",")
            return title
    return title


def _agreement() -> dict[str, Any]:
    return rules()["agreement"]


def with_plural_possessive(title: str) -> str:
    """ "Authorities in Mexico City lowered its alert system" -> "... lowered their ...": an opening plural subject's
    own "its" right after its simple past verb (polish.yaml agreement, plural_possessive)."""
    words = title.split(" ")
    start = 1 if words and words[0] == "The" else 0
    if len(words) < start + 3 or _bare(words[start]) not in _words("agreement", "plural_subjects"):
        return title
    for k in range(start + 1, min(len(words) - 1, start + 1 + MAX_SUBJECT_WORDS)):
        word = _bare(words[k])
        if word == "of" or word in lexicon().auxiliaries \
                or word in reporting_verbs("closes_title") | reporting_verbs("speech_only"):
            return title  # "Officials of the company": "its" may be the company's; "said its": the told clause's
        if words[k][:1].islower() and is_past(word):
            if words[k + 1] == "its":
                words[k + 1] = "their"
                return " ".join(words)
            return title
    return title


def with_coordinate_past_perfect(title: str) -> str:
    """ "Swine flu was confirmed as the cause ... and 701 people have been infected" -> "... had been infected": a
    new subject's present perfect joined to a simple past (polish.yaml agreement, coordinate_perfect)."""
    words = title.split(" ")
    reach = int(_agreement()["subject_reach"])
    participles = _words("agreement", "participles")
    for k in range(1, len(words) - 3):
        if words[k] != "and":
            continue
        before = [_bare(w) for w in words[:k]]
        # a lower-case past: "The United States and ..." opens with a name, no verb
        if {"have", "has"} & set(before) or not any(w[:1].islower() and is_past(_bare(w)) for w in words[:k]):
            continue
        for j in range(k + 2, min(len(words) - 1, k + 2 + reach)):
            low = _bare(words[j])
            if low in ("have", "has"):
                following = _bare(words[j + 1])
                if following in participles or is_past(following):
                    words[j] = "had"
                    return " ".join(words)
                return title
            if is_verb_word(low) or low in lexicon().auxiliaries or low in {"and", "or"} or words[j].endswith(","):
                return title  # the first "and" after the past is the coordinate read; a longer subject is unsure
    return title


def in_past_of_first_act(title: str) -> str:
    """ "Jibril was making his first appearance" -> "Jibril made his first appearance": a first act happens once,
    its progressive is narrative (polish.yaml agreement, first_act_progressive)."""
    words = title.split(" ")
    acts = _agreement()["acts"]
    determiners = _words("agreement", "determiners")
    for k in range(1, len(words) - 3):
        if words[k] in ("was", "were") and words[k + 1] in acts and words[k + 2] in determiners \
                and words[k + 3] == "first":
            return " ".join(words[:k] + [str(acts[words[k + 1]])] + words[k + 2:])
    return title


def without_repeated_name(title: str) -> str:
    """ "Dr Murray's attorneys filed a motion ... against Dr Murray" -> "... filed a motion ...": a title that opens
    with a name's possessive and ends on that name said again (polish.yaml agreement, repeated_name)."""
    words = title.split(" ")
    for n in range(1, 4):
        if len(words) < n + 3 or not words[n - 1].endswith("'s"):
            continue
        name = words[:n - 1] + [words[n - 1][:-2]]
        if not all(w[:1].isupper() for w in name):
            return title
        if words[-n:] == name and words[-n - 1] in _words("agreement", "name_prepositions"):
            return " ".join(words[:-n - 1])
    return title


def with_existential_article(title: str) -> str:
    """ "There was the Alaskan pipeline spill" -> "There was an Alaskan pipeline spill": a list's "there was the"
    points at a thing its article named; alone, a line introduces it (polish.yaml agreement, existential_article)."""
    words = title.split(" ")
    if len(words) < 5 or [w.lower() for w in words[:3]] != ["there", "was", "the"]:
        return title
    first, rest = words[3], [_bare(w) for w in words[3:]]
    if first[:1].isupper() and not first.endswith(tuple(str(e) for e in _agreement()["adjective_endings"])):
        return title  # "the Gulf War": a name's own article
    if first.lower() in _words("agreement", "existential_kept") or first.lower().endswith("est") \
            or any(w in _words("agreement", "existential_stops") or w in lexicon().auxiliaries or is_past(w)
                   or is_verb_word(w) for w in rest):
        return title  # "the same", "the biggest", "the spill that ...": the article is the phrase's own
    return " ".join(words[:2] + [_article_for(first).lower()] + words[3:])


def with_agreement(title: str) -> str:
    """The one-word agreements of polish.yaml agreement, in turn."""
    title = in_past_of_first_act(with_coordinate_past_perfect(with_plural_possessive(title)))
    return with_existential_article(without_repeated_name(title))


@cache
def _governed() -> dict[str, frozenset[str]]:
    """polish.yaml verb_complement governed: a preposition -> the verb forms whose phrase it opens."""
    table = rules()["verb_complement"]["governed"]
    return {str(p).lower(): frozenset(str(w).lower() for w in forms) for p, forms in table.items()}


def _governing_verb(words: Sequence[str], preposition: str) -> bool:
    """Whether one of the title's last verb_complement reach words is a verb whose phrase `preposition` opens, with
    only its object after it (no other verb, no comma, not the preposition already)."""
    return _head_in_reach(words, _governed().get(preposition, frozenset()), frozenset({preposition}))


def _head_in_reach(words: Sequence[str], heads: frozenset[str], stops: frozenset[str] = frozenset()) -> bool:
    """Whether one of the title's last verb_complement reach words is a lower-case word of `heads` with no boundary
    punctuation, no word of `stops` and no other verb after it (another verb's phrase ends the title)."""
    reach = int(rules()["verb_complement"]["reach"])
    for k in range(len(words) - 1, max(-1, len(words) - 1 - reach), -1):
        low = _bare(words[k])
        if k < len(words) - 1 and (words[k].endswith(_BOUNDARY_PUNCTUATION) or low in stops):
            return False
        if low in heads and words[k][:1].islower():
            return True
        if k < len(words) - 1 and is_verb_word(low) and words[k][:1].islower():
            return False
    return False


def _while_gerund(rest: Sequence[str]) -> bool:
    """Whether the sentence goes on with "while" and a gerund ("while handling a rocket-propelled grenade"): how the
    title's act happened, not a clause of its own subject."""
    return len(rest) > 1 and _bare(rest[0]) in _words("verb_complement", "while_gerund") \
        and rest[1][:1].islower() and _bare(rest[1]).endswith("ing") and len(_bare(rest[1])) > 4


def _illness_complement(words: Sequence[str], rest: Sequence[str]) -> bool:
    """(cuts7) Whether `rest` opens with the illness a word of illness, death or care among the title's last
    verb_complement reach words is about ("were diagnosed [with swine flu]", "died [after contracting the virus]",
    "the death toll [from swine flu]"; polish.yaml illness_complement): a preposition of `prepositions`, or "after"
    and a gerund of `after_gerunds`, then a word of `illnesses` within `illness_reach` words, no comma before it. Not
    when the title names an illness already, nor when another verb or a comma stands between that word and the
    title's end."""
    table = rules()["illness_complement"]
    illnesses = _words("illness_complement", "illnesses")
    if any(_bare(w) in illnesses for w in words):
        return False
    first = _bare(rest[0])
    if first in _words("illness_complement", "prepositions"):
        start = 1
    elif first == "after" and len(rest) > 1 and _bare(rest[1]) in _words("illness_complement", "after_gerunds"):
        start = 2
    else:
        return False
    named = False
    for word in rest[start:start + int(table["illness_reach"])]:
        if _bare(word) in illnesses:
            named = True
            break
        if word.endswith(_BOUNDARY_PUNCTUATION):
            return False
    if not named:
        return False
    return _head_in_reach(words, _words("illness_complement", "verbs"))


def with_verb_complement(title: str, sentence: str, expression: str = "") -> str:
    """ "... not trying to blame Britain" -> "... blame Britain for the catastrophe", "killed another fighter" ->
    "... while handling a rocket-propelled grenade": a title cut where its sentence goes on with the phrase its last
    verb governs (polish.yaml verb_complement governed), or with a "while" gerund telling how its act happened,
    keeps that phrase up to its boundary, when the title stays within verb_complement title_words. A print edit
    (printed): the members' titles the merge compares stay as they were cut."""
    words = title.split()
    if len(words) < 2:
        return title
    found = _rest_after(words, _without_date(sentence, expression))
    if found is None or not found[1]:
        return title
    rest = found[1]
    if found[0].endswith(",") and _bare(rest[0]) in _words("verb_complement", "aside_openers"):
        return _with_phrase_after_aside(words, rest)
    if found[0].endswith(_BOUNDARY_PUNCTUATION):
        return title
    first = _bare(rest[0])
    if rest[0].startswith("(") and _bare(words[-1]) in _words("verb_complement", "distance_units"):
        return _with_distance_relation(words, rest)
    last = _bare(words[-1])
    relative = first in _words("verb_complement", "relative_pronouns") and len(rest) > 1 \
        and not is_verb_word(last) and last not in lexicon().stopwords and _opens_restrictive(rest)
    freed: list[int] = []
    if _spends_time(words, rest):
        return _with_spent_time_gerund(words, rest)
    governed = first in _governed() and _governing_verb(words, first) or _illness_complement(words, rest)
    if first == "of" and last in _words("verb_complement", "part_nouns") and words[-1][:1].islower():
        rest, freed = _without_inserted_brackets(rest)  # "members of (Libyan leader Moammar) Gadhafi's family"
    elif not (relative or _while_gerund(rest) or governed):
        return title
    kept = _kept_verb_complement(rest)
    # the phrase a verb governs is what it needs, and may take a long title further (objects1: governed_title_words)
    bound = rules()["verb_complement"]["governed_title_words" if governed else "title_words"]
    if not kept or len(words) + len(kept) > int(bound):
        return title
    if freed and freed[-1] >= len(kept):
        return title
    for k in freed[::2]:  # the editor's bracket is printed as written: the words stand as the quotation has them
        kept[k] = "(" + kept[k]
    for k in freed[1::2]:
        kept[k] = kept[k] + ")"
    return " ".join([*words, *kept])


_OBJECT_PRONOUNS = frozenset({"her", "him", "them", "it", "us", "me", "you"})


def _kept_verb_complement(rest: Sequence[str]) -> list[str] | None:
    """The governed phrase or "while" clause that rest opens, up to a boundary that ends it: the sentence's end, a
    comma, a clause opener of complement stops ("and"/"but" only before a verb); a participle goes on with its "as"
    ("bodies to be posed [as civilian casualties]"). None when it would stop mid-phrase, hold a date, a quotation or
    a bracket, or run past verb_complement max_words."""
    limit = int(rules()["verb_complement"]["max_words"])
    if len(rest) >= 2 and _bare(rest[1]) in _OBJECT_PRONOUNS and (len(rest) == 2 or rest[1].endswith((",", ";"))):
        return [rest[0], rest[1].rstrip(",;")]  # "communicated [with her]": a pronoun is no dangling word here
    kept = _kept_complement(rest, need_verb=False, limit=limit)
    while kept and len(kept) < len(rest) and _bare(rest[len(kept)]) == "as" and is_past(_bare(kept[-1])) \
            and not rest[len(kept) - 1].endswith(_BOUNDARY_PUNCTUATION):
        more = _kept_complement(rest[len(kept) + 1:], need_verb=False, limit=limit - len(kept) - 1)
        kept = [*kept, rest[len(kept)], *more] if more else None
    if not kept or len(kept) < 2:
        return None
    end = len(kept)
    if end < len(rest) and not rest[end - 1].endswith(_BOUNDARY_PUNCTUATION):
        nxt = _bare(rest[end])
        clause = nxt in _complement_words("stops") - {"and", "but"} \
            or nxt in ("and", "but") and end + 1 < len(rest) and is_verb_word(_bare(rest[end + 1]))
        if not clause:
            return None  # cut inside its phrase ("for the attack on the convoy that left twelve soldiers [and ...]")
    return kept


def _with_distance_relation(words: list[str], rest: Sequence[str]) -> str:
    """ "from 40-50 kilometers" + "(25-31 miles) away, ..." -> "from 40-50 kilometers away": the bracket that
    converts the distance goes, the word after it that says where it is measured from stays, with the phrase it
    opens up to its boundary ("back [from the border]"); the title unchanged when no such word follows."""
    close = next((k for k, w in enumerate(rest[:5]) if w.rstrip(",.;:").endswith(")")), -1)
    if close < 0 or close + 1 >= len(rest) or rest[close].endswith(_BOUNDARY_PUNCTUATION) \
            or _bare(rest[close + 1]) not in _words("verb_complement", "distance_relations"):
        return " ".join(words)
    after = rest[close + 1:]
    if after[0].endswith(_BOUNDARY_PUNCTUATION) or len(after) == 1:
        kept = [after[0].rstrip(",;:")]
    else:
        kept = _kept_verb_complement(after) or []
    if not kept or len(words) + len(kept) > int(rules()["verb_complement"]["title_words"]):
        return " ".join(words)
    return " ".join([*words, *kept])


def _with_phrase_after_aside(words: list[str], rest: Sequence[str]) -> str:
    """ "flew a group of journalists" + "including the Guardian, in a helicopter over the Gulf of Mexico" -> "... in a
    helicopter over the Gulf of Mexico": after an aside of verb_complement aside_openers closed by its comma within
    aside_words, a phrase a preposition of aside_continuations or a gerund opens is the verb's own and stays, the
    aside gone; the title unchanged otherwise (an attribution, a clause, a date follows)."""
    table = rules()["verb_complement"]
    if is_verb_word(_bare(words[-1])):
        return " ".join(words)
    close = next((k for k, w in enumerate(rest[: int(table["aside_words"]) + 1]) if w.endswith(_BOUNDARY_PUNCTUATION)),
                 -1)
    after = rest[close + 1:] if close > 0 and rest[close].endswith(",") else []
    if len(after) < 2 or not after[0][:1].islower():
        return " ".join(words)
    first = _bare(after[0])
    if first not in _words("verb_complement", "aside_continuations") \
            and not (first.endswith("ing") and len(first) > 4 and first not in lexicon().stopwords):
        return " ".join(words)
    kept = _kept_verb_complement(after)
    if not kept or len(words) + len(kept) > int(table["title_words"]):
        return " ".join(words)
    return " ".join([*words[:-1], words[-1].rstrip(","), *kept])


@cache
def _spent_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules()["verb_complement"]["spent_time"][name])


def _spends_time(words: Sequence[str], rest: Sequence[str]) -> bool:
    """Whether the title ends on a span of time after a verb of spending it ("spent the first weekend") and its
    sentence goes on, within verb_complement spent_time reach words and no comma, with the gerund that tells what the
    time went on ("[after his testimony to Congress] watching a yacht race"): cuts4, polish.yaml spent_time."""
    table = rules()["verb_complement"]["spent_time"]
    lows = [_bare(w) for w in words[-int(table["span_words"]) - 1:]]
    if not lows or lows[-1] not in _spent_words("spans") or not words[-1][:1].islower():
        return False
    verb = max((k for k, w in enumerate(lows[:-1]) if w in _spent_words("verbs")), default=-1)
    if verb < 0 or any(w.endswith(_BOUNDARY_PUNCTUATION) for w in words[len(words) - len(lows) + verb:]):
        return False
    for word in rest[: int(table["reach"])]:
        low = _bare(word)
        if word[:1].islower() and low.endswith("ing") and len(low) > 4 and low not in lexicon().stopwords \
                and low not in _spent_words("not_gerunds"):
            return True
        if word.endswith(_BOUNDARY_PUNCTUATION) or not word[:1].isalnum():
            return False
    return False


def _with_spent_time_gerund(words: list[str], rest: Sequence[str]) -> str:
    """The title with the words after its span of time kept up to the gerund phrase's boundary (the complement
    boundary), when they stay within spent_time max_words and the title within governed_title_words."""
    table = rules()["verb_complement"]
    kept = _kept_complement(rest, need_verb=False, limit=int(table["spent_time"]["max_words"]))
    if not kept or not any(_bare(w).endswith("ing") for w in kept) \
            or len(words) + len(kept) > int(table["governed_title_words"]):
        return " ".join(words)
    return " ".join([*words, *kept])


def _without_inserted_brackets(rest: Sequence[str]) -> tuple[list[str], list[int]]:
    """The words with an editor's bracket inside a name set free ("of (Libyan leader Moammar) Gadhafi's family" ->
    "of Libyan leader Moammar Gadhafi's family": capitalised words in brackets before a capitalised word), a
    quotation's closing mark after a comma gone ("family,”": the comma still ends the phrase), and where each freed
    bracket opened and closed (pairs of word places), to be printed back."""
    words = [w.replace(",”", ",").replace(',"', ",") for w in rest]
    freed: list[int] = []
    k = 0
    while k < len(words):
        if words[k].startswith("(") and words[k][1:2].isupper():
            close = next((j for j in range(k, min(len(words), k + 5)) if words[j].endswith(")")), -1)
            if close >= 0 and close + 1 < len(words) and words[close + 1][:1].isupper():
                words[k], words[close] = words[k][1:], words[close][:-1]
                freed += [k, close]
                k = close
        k += 1
    return words, freed


def _participle_content_table() -> dict[str, Any]:
    return rules()["participle_content"]


def _title_participle(words: Sequence[str]) -> int:
    """Where a title "<A/An/The> <noun phrase> was <participle> ..." has its "was", or -1: a short subject of plain
    words, a participle after the "was" ("An affidavit was made public")."""
    table = _participle_content_table()
    if len(words) < 4 or words[0] not in ("A", "An", "The"):
        return -1
    aux = next((k for k in range(2, min(len(words) - 1, int(table["subject_words"]) + 1))
                if words[k] in ("was", "were")), -1)
    if aux < 0 or any(not w.replace("-", "").replace("'", "").replace("’", "").isalnum() for w in words[1:aux]) \
            or any(_bare(w) in lexicon().auxiliaries | lexicon().modals for w in words[1:aux]):
        return -1
    participle = _bare(words[aux + 1])
    if not words[aux + 1][:1].islower() or not is_past(participle) or participle in lexicon().auxiliaries:
        return -1
    return aux


def _content_stop(tokens: Sequence[str], start: int) -> int:
    """Where the content that opens at tokens[start] stops: at a comma, semicolon, colon or dash after its word, or
    before a word that opens a clause or phrase of its own (participle_content stops), or at the sentence's end."""
    stops = frozenset(str(w) for w in _participle_content_table()["stops"])
    for k in range(start, len(tokens)):
        if k > start and (_bare(tokens[k]) in stops or tokens[k] in ("--", "-", "—", "–")):
            return k
        if tokens[k].endswith((",", ";", ":")):
            return k + 1
    return len(tokens)


def _participle_content_words(tokens: Sequence[str], start: int) -> list[str] | None:
    """The content's words from tokens[start] to its stop, its last mark taken off; None when it names nobody (an
    opening pronoun), is cut inside a quotation, tells a date, runs past content_words or ends on a function word."""
    table = _participle_content_table()
    end = _content_stop(tokens, start)
    kept = [*tokens[start:end]]
    if kept:
        kept[-1] = kept[-1].rstrip(",;:.!?")
    kept = [w for w in kept if w]
    if len(kept) < 2 or len(kept) > int(table["content_words"]) or _bare(kept[0]) in table["pronouns"]:
        return None
    text = " ".join(kept)
    if sum(text.count(m) for m in ('"', "“", "”")) % 2 or "(" in text or ")" in text:
        return None
    if any(_participle_calendar_word(w) or (_bare(w).isdigit() and len(_bare(w)) == 4) for w in kept):
        return None
    last = _bare(kept[-1])
    if not last.isalnum() or last in lexicon().stopwords | lexicon().dangling_words:
        return None
    return kept


@cache
def _participle_calendar() -> frozenset[str]:
    """The names of months and weekdays as written ("May", not the modal "may"), and the words of a relative time
    (participle_content date_words)."""
    names = {n for forms in (*months(), *weekdays()) for n in forms}
    return frozenset(names | {str(w) for w in _participle_content_table()["date_words"]})


def _participle_calendar_word(word: str) -> bool:
    return word.strip(",.;:!?\"“”'‘’()") in _participle_calendar()


def _lowered_opening(words: list[str]) -> list[str]:
    """The content's words with its opening determiner or number word in lower case ("The journalists'" -> "the
    journalists'", "Ten people" -> "ten people")."""
    if words and _bare(words[0]) in _SUBJECT_OPENERS | lexicon().number_words and words[0][:1].isupper():
        return [words[0][:1].lower() + words[0][1:], *words[1:]]
    return words


def _participle_spot(tokens: Sequence[str], head: str, participle: str) -> tuple[int, int, str] | None:
    """Where the sentence sets the participle after the title's noun, as a reduced relative: (the noun phrase's
    first token, the token after the aside the participle opens, the kind) with kind "closing" (", according to
    <the noun> <participle> ..." at the sentence's end), "aside" (the noun phrase opens the sentence, its participle
    between commas) or "fronted" ("Adopted in October, the law ..."); None when it does not."""
    table = _participle_content_table()
    lex = lexicon()
    if tokens and _bare(tokens[0]) == participle and tokens[0][:1].isupper():
        comma = next((k for k in range(1, len(tokens)) if tokens[k].endswith(",")), -1)
        if comma > 0 and comma + 2 < len(tokens) and _bare(tokens[comma + 1]) in _ARTICLE_WORDS:
            noun = next((k for k in range(comma + 2, min(len(tokens), comma + 6)) if _bare(tokens[k]) == head), -1)
            if noun > 0 and not any(t.endswith(",") for t in tokens[comma + 1:noun]):
                return comma + 1, noun + 1, "fronted"
        return None
    for h in range(len(tokens) - 1):
        if _bare(tokens[h]) != head or _bare(tokens[h + 1]) != participle:
            continue
        start = next((k for k in range(h, max(-1, h - int(table["subject_words"]) - 2), -1)
                      if _bare(tokens[k]) in _ARTICLE_WORDS), -1)
        if start < 0 or any(t.endswith(",") for t in tokens[start:h]):
            return None
        lead = " ".join(_bare(t) for t in tokens[max(0, start - 2):start])
        if start >= 3 and tokens[start - 3].endswith(",") and lead in table["attributions"]:
            if any(t.endswith((",", ";", ":")) for t in tokens[h + 1:-1]) or any(
                    _bare(t) in lex.relative_pronouns for t in tokens[h + 1:]):
                return None  # the source's phrase must close the sentence
            return start, start - 3, "closing"
        if start == 0 and tokens[h].endswith(","):
            comma = next((k for k in range(h + 1, len(tokens)) if tokens[k].endswith(",")), -1)
            return (0, comma + 1, "aside") if comma > 0 else None
        return None
    return None


_ARTICLE_WORDS = frozenset({"a", "an", "the", "this", "that"})


def with_participle_content(title: str, sentence: str, expression: str = "") -> str:
    """ "An affidavit was made public" -> "An affidavit saying Dr Murray told police he had been giving Jackson
    propofol was made public": a title that tells only the making of a thing its sentence sets a participle after
    (a reduced relative: "..., according to an affidavit made public on Monday", "The first cap, installed on 3
    June, takes ...", "Adopted in October, the law sends ...") keeps what that sentence says the thing says or is
    (polish.yaml participle_content): the clause an "according to" closes, or the main verb of saying's content, as
    "saying ..."; a present act as ", which ...,"; "was in <place>" as ", in <place>,". A print edit (printed): the
    members' titles the merge compares stay short."""
    del expression  # (the content stops before any date: a dated content tells an event of its own)
    words = title.split()
    aux = _title_participle(words)
    if aux < 0:
        return title
    table = _participle_content_table()
    tokens = sentence.split()
    found = _participle_spot(tokens, _bare(words[aux - 1]), _bare(words[aux + 1]))
    if found is None:
        return title
    start, after, kind = found
    lex = lexicon()
    phrase = {_bare(t) for t in tokens[start:start + int(table["subject_words"]) + 2]}
    added = frozenset(str(w) for w in table["added_modifiers"])
    if any(w[:1].islower() and _bare(w) not in phrase | added for w in words[1:aux]):
        return title  # "The second cap" is not "The first cap, installed on 3 June, ..."
    subject, predicate = words[:aux], words[aux:]
    if kind == "closing":
        content = _participle_content_words(tokens, 0)
        if content is None or _content_stop(tokens, 0) > after + 1 or not _opens_clause(content):
            return title
        if content[0][:1].isupper() and _bare(content[0]) not in _SUBJECT_OPENERS | lex.number_words \
                and not content[1][:1].isupper():
            return title  # "Rebels shelled ..." opening the sentence: a name or a common noun, no telling which
        made = [*subject, "saying", *_lowered_opening(content), *predicate]
    else:
        if after >= len(tokens) - 1:
            return title
        verb = _bare(tokens[after])
        saying = table["saying_verbs"].get(verb)
        if saying is not None:
            begin = after + 2 if _bare(tokens[after + 1]) == "that" else after + 1
            content = _participle_content_words(tokens, begin)
            if content is None or not (_opens_clause(content) or verb in table["object_verbs"]):
                return title
            made = [*subject, str(saying), *_lowered_opening(content), *predicate]
        elif verb in table["place_copulas"] and _bare(tokens[after + 1]) in table["place_prepositions"]:
            content = _participle_content_words(tokens, after + 1)
            if content is None:
                return title
            made = [*subject[:-1], subject[-1] + ",", *content[:-1], content[-1] + ",", *predicate]
        elif tokens[after][:1].islower() and verb.endswith("s") and not verb.endswith("ss") and verb.isalpha() \
                and verb not in lex.auxiliaries | lex.modals | lex.stopwords | lex.copulas \
                and not is_verb_word(tokens[after + 1]) and _bare(tokens[after + 1]) not in lex.reporting_verbs:
            content = _participle_content_words(tokens, after)
            if content is None:
                return title
            made = [*subject[:-1], subject[-1] + ",", "which", *content[:-1], content[-1] + ",", *predicate]
        else:
            return title
    return " ".join(made) if len(made) <= int(table["title_words"]) else title


def _placeholder_table() -> dict[str, Any]:
    return rules()["placeholder_content"]


def _apposition_end(rest: Sequence[str], start: int) -> int:
    """Where a short apposition that opens at rest[start] ends (the place after its closing comma), or -1: a
    determiner of placeholder_content apposition_openers, at most apposition_words words, no verb, closed by a comma
    ("Abu Yahya al-Libi[, an al Qaeda leader,] calls on Libyans")."""
    table = _placeholder_table()
    if start >= len(rest) or _bare(rest[start]) not in _words("placeholder_content", "apposition_openers"):
        return -1
    for k in range(start, min(len(rest), start + int(table["apposition_words"]))):
        low = _bare(rest[k])
        if is_verb_word(low) or rest[k].endswith((";", ":")) or rest[k].startswith(_OPEN_MARKS):
            return -1
        if rest[k].endswith(","):
            return k + 1
    return -1


def _placeholder_content_words(rest: Sequence[str]) -> list[str] | None:
    """The content rest opens (a participle of saying or an "in which" clause) up to its boundary, a short apposition
    stepped over; None when it holds a quotation, bracket or date, keeps no verb after its opener, runs past
    content_words, or ends on a function word."""
    table = _placeholder_table()
    stops = _words("placeholder_content", "stops")
    kept: list[str] = []
    verb_after = -1
    k = 0
    while k < len(rest):
        word = rest[k]
        low = _bare(word)
        if word.startswith(_OPEN_MARKS) or word.rstrip(",.;:").endswith(_OPEN_MARKS + (")", "]")) \
                or word in ("--", "-", "—", "–") or _tells_date(word):
            if word in ("--", "-", "—", "–") and kept:
                break  # a dash closes the content
            return None
        if k > 1 and (low in stops or low in ("and", "but") and any(is_verb_word(_bare(w)) for w in rest[k + 1:k + 3])):
            break
        if word.endswith((";", ":")):
            kept.append(word.rstrip(";:"))
            break
        if word.endswith(","):
            end = _apposition_end(rest, k + 1)
            if end < 0:
                kept.append(word.rstrip(","))
                break
            if end >= len(rest) or not rest[end][:1].islower():
                return None  # an apposition goes on with its clause's verb ("al-Libi, an al Qaeda leader, calls")
            kept.extend(rest[k:end])
            verb_after = len(kept)  # (a present "calls" the verb lexicon does not know)
            k = end
            continue
        kept.append(word)
        k += 1
    if len(kept) > int(table["content_words"]) or len(kept) < 3:
        return None
    verbs = [_bare(w) for j, w in enumerate(kept)
             if j and w[:1].islower() and (is_verb_word(_bare(w)) or j == verb_after)]
    if not verbs and _bare(kept[0]) not in _words("placeholder_content", "participles") \
            or verbs and verbs[-1] in lexicon().reporting_verbs:
        return None  # "in which it says Abu Yahya al-Libi": the clause stopped before its verb
    ends = lexicon().dangling_words | _words("placeholder_content", "tail_prepositions") \
        | _words("placeholder_content", "apposition_openers") | {"that", "and", "or", "but", "which", "who"}
    if _bare(kept[-1]) in ends or not kept[-1][-1:].isalnum():
        return None
    return kept


def _placeholder_end(words: Sequence[str]) -> str:
    """How the title ends on a placeholder (polish.yaml placeholder_content): "end" on one of its nouns or verbs
    ("issued a report"), "tail" on one of its nouns and a phrase of tail_prepositions with no verb or comma ("delivered
    a strong warning [to Libyan leader Moammar Gadhafi]"), "stance" on a stance word after a verb of seeming within
    stance_reach words ("Gaddafi appeared defiant") or on a medium after a verb of appearing ("went on the radio"); ""
    otherwise."""
    table = _placeholder_table()
    low = [_bare(w) for w in words]
    nouns = _words("placeholder_content", "nouns")
    if low[-1] in nouns | _words("placeholder_content", "verbs"):
        return "end"
    if low[-1] in _words("placeholder_content", "stance_words") and any(
            w in _words("placeholder_content", "seeming_verbs") for w in low[-1 - int(table["stance_reach"]):-1]):
        return "stance"
    reach = int(table["stance_reach"])
    if low[-1] in _words("placeholder_content", "appearance_nouns") and any(
            w in _words("placeholder_content", "appearance_verbs") for w in low[-2 - reach:-1]):
        return "stance"  # "Colonel Gadhafi went on the radio": an appearance, not what was said
    for p in range(len(low) - 2, max(0, len(low) - 2 - int(table["tail_words"])), -1):
        if low[p] in nouns and words[p][:1].islower() \
                and low[p + 1] in _words("placeholder_content", "tail_prepositions"):
            tail = words[p + 1:]
            if not any(w.endswith((",", ";", ":")) or is_verb_word(_bare(w)) and w[:1].islower() for w in tail):
                return "tail"
            return ""
    return ""


def with_placeholder_content(title: str, sentence: str, expression: str = "") -> str:
    """ "Amnesty International issued a report" -> "... issued a report saying Libya's new rulers were in danger of
    repeating human rights abuses", "released a video" -> "released a video in which it says ...", "delivered a
    strong warning to Gadhafi" -> "..., saying he must stop attacking his own people": a title that ends on a
    placeholder (polish.yaml placeholder_content; _placeholder_end) keeps the content its sentence goes on with
    right after it, a participle of saying or an "in which" clause, up to its boundary; after a phrase or a stance
    only a participle set off by a comma. Left alone: a title that already tells what was said (a verb of saying or a
    comma in it), a second clause, a quotation, bracket or date in the content. A print edit (printed): the members'
    titles the merge compares stay as they were cut."""
    words = title.split()
    if len(words) < 3 or not words[-1][-1:].isalnum():
        return title
    kind = _placeholder_end(words)
    if not kind:
        return title
    if any(w.endswith((",", ";", ":")) or _bare(w) in lexicon().reporting_verbs
           or _bare(w) in _words("placeholder_content", "clause_words") for w in words[:-1]):
        return title  # "..., Valerie Amos said in a statement", "suggest that BP ...": what was said is told, or the
        # placeholder stands in a clause of its own ("when the Libyan leader was making an address")
    found = _rest_after(words, _without_date(sentence, expression))
    if found is None or len(found[1]) < 3 or found[0].endswith((";", ":")):
        return title
    written, rest = found
    first = _bare(rest[0])
    relative = kind == "end" and any(tuple(_bare(w) for w in rest[:len(r.split())]) == tuple(r.split())
                                     for r in _placeholder_table()["relatives"])
    participle = first in _words("placeholder_content", "participles") and (kind == "end" or written.endswith(","))
    if not (participle or relative):
        return title
    kept = _placeholder_content_words(rest)
    if kept is None or len(words) + len(kept) > int(_placeholder_table()["title_words"]):
        return title
    end = words[-1] + "," if written.endswith(",") else words[-1]
    return " ".join([*words[:-1], end, *kept])


def _second_conjunct_words(name: str) -> frozenset[str]:
    return _words("second_conjunct", name)


def with_second_conjunct(title: str, sentence: str, expression: str = "") -> str:
    """ "... to see what officials said were some food warehouses" -> "... warehouses and a medical facility that were
    hit by NATO forces", "the mud was stopping some oil" -> "... some oil and gas": a title cut after the first member
    of a coordination its sentence goes on with ("and"/"or" and a noun phrase, not a clause of its own) keeps the
    second member, up to its boundary, when the title stays within second_conjunct title_words (polish.yaml
    second_conjunct). Not a second predicate ("and fled to Tunisia"), a clause of its own subject ("and the halt
    pushed back efforts", "and a third one was sent"), a date ("and 2009"), a quotation. A print edit (printed): the
    members' titles the merge compares stay as they were cut."""
    words = title.split()
    if len(words) < 3:
        return title
    said = _without_date(sentence, expression)
    found = _rest_after(words, said) or _rest_after_listed(words, said)
    if found is None or len(found[1]) < 2:
        return title
    written, rest = found
    if written.rstrip("”\"’'").endswith(_BOUNDARY_PUNCTUATION) or rest[0] not in _second_conjunct_words("joiners"):
        return title
    shared = _ends_first_member(words, rest[1:])
    if not shared:
        return title
    kept = _second_member(rest[1:], modifier=shared == "modifier")
    limit = int(rules()["second_conjunct"]["title_words"])
    if (not kept or len(words) + 1 + len(kept) > limit) and any(w.endswith(",") for w in words[-4:-1]):
        head = _list_close_head(rest[1:])  # cuts3: "lack of freedom, democracy [and other concerns]"
        kept = _second_member(head) if head else None
    if not kept or len(words) + 1 + len(kept) > limit:
        return title
    return " ".join([*words, rest[0], *kept])


def _rest_after_listed(title_words: Sequence[str], said: Sequence[str]) -> tuple[str, list[str]] | None:
    """(cuts3) _rest_after for a title ending on a list's item after its comma ("lack of freedom, democracy"), which
    _rest_after does not match across the comma: the sentence's words after the title's last two, both as written."""
    if not title_words[-2].endswith(","):
        return None
    last, second = _bare(title_words[-1]), _bare(title_words[-2])
    for j in range(1, len(said) - 1):
        if _bare(said[j]) == last and _bare(said[j - 1]) == second and said[j - 1].endswith(","):
            rest = [*said[j + 1:-1], said[-1].rstrip(".!?")]
            return said[j], [w for w in rest if w]
    return None


def _list_close_head(member: Sequence[str]) -> list[str]:
    """(cuts3) A list's last item cut before the phrase after its noun (a preposition but object_list_close
    item_prepositions, or a participle of second_conjunct participle_adjectives or before "by"): "and other
    concerns[ related to Gadhafi's 42-year rule]"; [] when no such phrase ends it within object_list_close
    list_words (a clause's verb: "and the army withdrew")."""
    allowed = frozenset(rules()["object_list_close"]["item_prepositions"])
    reach = int(rules()["object_list_close"]["list_words"])
    end = next((k for k, w in enumerate(member[:reach + 1]) if k > 0 and (
        _bare(w) in lexicon().opening_prepositions and _bare(w) not in allowed
        or w[:1].islower() and (_bare(w) in _second_conjunct_words("participle_adjectives")
                                or k + 1 < len(member) and _bare(member[k + 1]) == "by"))), -1)
    if end < 1 or any(w.endswith((",", ";", ":")) for w in member[:end]):
        return []
    head = list(member[:end])
    while head and _bare(head[-1]) in lexicon().dangling_words | lexicon().stopwords:
        head.pop()
    return head


def _ends_first_member(words: Sequence[str], member: Sequence[str]) -> str:
    """Whether the title's last word may end the first member of a noun phrase's coordination: "noun" for a noun, a
    name, a number or an adjective (not a function word, an adverb, a verb form); "modifier" for a past form set
    before a noun the second member shares, with the same kind of word before that noun ("putting burned [and mangled
    bodies]": after a verb's -ing form or a determiner, not after a noun or an auxiliary: "the embassy closed [and
    kicked ...]", "he's defected [and said ...]" tell a predicate); "" else."""
    last = _bare(words[-1])
    lex = lexicon()
    if not last or last in lex.stopwords | lex.dangling_words | lex.auxiliaries or is_adverb(last) \
            or words[-1].endswith(_OPEN_MARKS):
        return ""
    if words[-1][:1].islower() and (is_verb_word(last) or last in finite_words()):
        before, first = _bare(words[-2]), _bare(member[0])
        prenominal = before.endswith("ing") and before not in lex.stopwords \
            or before in _second_conjunct_words("determiners")
        shared = len(member) > 1 and member[0][:1].islower() and is_past(first) and is_verb_word(first) \
            and member[1][:1].islower() and not is_verb_word(_bare(member[1])) \
            and _bare(member[1]) not in lex.stopwords
        return "modifier" if prenominal and shared else ""
    return "noun"


def _reads_as_clause_verb(member: Sequence[str], k: int) -> bool:
    """Whether member[k], a verb form, is a clause's verb rather than a participle modifying a noun: after a noun (a
    content word) and followed by an object, an adverb or nothing ("fire [pierced] the night sky", "jets [rumbled]
    overhead"); a participle before its preposition stays a noun's ("memos [related] to the work", "tanks [hit] by
    NATO"), and one after a function word is a modifier ("by [blackened] vehicles")."""
    before = _bare(member[k - 1]) if k > 0 else ""
    if not before or before in lexicon().stopwords or member[k - 1].endswith(_BOUNDARY_PUNCTUATION):
        return False
    after = _bare(member[k + 1]) if k + 1 < len(member) else ""
    if after == "by" or after in _second_conjunct_words("participle_links") \
            and _bare(member[k]) in _second_conjunct_words("participle_adjectives"):
        return False
    return True


def _second_member(member: Sequence[str], modifier: bool = False) -> list[str] | None:
    """The second member of the coordination, up to its boundary (a comma, a clause opener of complement stops, an
    infinitive of purpose, the sentence's end), with a restrictive relative on its noun ("a medical facility [that
    were hit by NATO forces]"); None when it opens or holds a clause of its own, a date, a quotation or a bracket, or
    runs past second_conjunct max_words. `modifier`: the member opens with a past form the title's own last word
    pairs with ("[burned and] mangled bodies")."""
    table = rules()["second_conjunct"]
    limit = int(table["max_words"])
    first = _bare(member[0])
    if not first or first in _second_conjunct_words("clause_openers") or first in finite_words() \
            or first in _complement_words("stops") or first in lexicon().opening_prepositions:
        return None  # ("alive [and in a place where ...]": a second predicate's phrase)
    if member[0][:1].islower() and is_verb_word(first) and not modifier:
        return None  # a second predicate ("and fled to Tunisia"); a shared modifier ("and mangled bodies") stays
    if len(member) > 2 and first.endswith("s") and member[0][:1].islower() and _bare(member[1]) == "to" \
            and _bare(member[2]) not in _second_conjunct_words("noun_infinitives"):
        return None  # "and pledges [to help]": a verb and its infinitive ("and services [to be made]": a noun's)
    stops = _complement_words("stops")
    relative = False  # inside a relative clause on the member's noun ("that were hit ...")
    relative_verb = False
    kept: list[str] = []
    for k, word in enumerate(member):
        low = _bare(word)
        if word.startswith(_OPEN_MARKS) or any(m in word for m in "\"“”()[]") or word in ("--", "-", "—", "–") \
                or _tells_date(word):
            return None
        if k > 0 and low in stops and (not relative or relative_verb):
            break
        if k > 0 and low == "to" and k + 1 < len(member) and _bare(member[k + 1]) in _second_conjunct_words("infinitives"):
            break  # "and services [to be made available ...]": a purpose of its own
        if k > 0 and not relative and low in _second_conjunct_words("relative_pronouns") \
                and _bare(member[k - 1]) not in lexicon().stopwords:
            relative = True
        elif low in finite_words() or low in _NEGATED_FINITE:
            if not relative or relative_verb:
                return None  # a clause of its own: "and a third one [was] sent"
            relative_verb = True
        elif word[:1].islower() and is_verb_word(low) and k > 0:
            if relative and not relative_verb:
                relative_verb = True
            elif _reads_as_clause_verb(member, k) and not (relative and _bare(member[k - 1]) in lexicon().auxiliaries):
                return None  # "and anti-aircraft fire [pierced] the night sky"; "that forced X from power [remain]"
        if word.endswith((",", ";", ":")):
            kept.append(word.rstrip(",;:"))
            nxt = _bare(member[k + 1]) if k + 1 < len(member) else ""
            if nxt in finite_words() or nxt in _NEGATED_FINITE:
                return None  # "and Y, [were] ...": the members were a subject
            break
        kept.append(word)
        if len(kept) > limit:
            return None
    else:
        kept = [*kept[:-1], kept[-1].rstrip(".!?")] if kept else kept
    while kept and _bare(kept[-1]) in lexicon().dangling_words | lexicon().stopwords:
        kept.pop()
    if not kept or len(kept) > limit:
        return None
    if len(kept) < len(member) and not member[len(kept) - 1].endswith(_BOUNDARY_PUNCTUATION):
        nxt = _bare(member[len(kept)])
        if nxt in finite_words() or nxt in _NEGATED_FINITE:
            return None
    return kept


def with_verb_particle(title: str, sentence: str, expression: str = "") -> str:
    """ "The deal was first agreed" -> "... agreed upon", "the military should step" -> "... step in", "Obama also
    weighed" -> "... weighed in": a title cut before the particle that completes its last verb keeps it, when the
    sentence has the particle right after the verb and nothing the particle would govern after it (a comma, the
    sentence's end, a subordinator of verb_particle `after`; or a date that takes no such preposition: "in
    [Saturday]", "in [last March]"). polish.yaml verb_particle. A print edit (printed)."""
    words = title.split()
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower():
        return title
    last, before = _bare(words[-1]), _bare(words[-2])
    lex = lexicon()
    if not (is_verb_word(last) or before in lex.modals | lex.future_auxiliaries | {"to"}) \
            or last in lex.stopwords | lex.auxiliaries:
        return title
    table = rules()["verb_particle"]
    particles = _words("verb_particle", "particles")
    said = _without_date(sentence, expression)
    found = _rest_after(words, said)
    if found is not None and found[1] and not found[0].endswith(_BOUNDARY_PUNCTUATION):
        rest = found[1]
        particle = _bare(rest[0])
        if particle in particles and rest[0][:1].islower() and (
                len(rest) == 1 or rest[0].endswith((",", ";")) or _bare(rest[1]) in _words("verb_particle", "after")):
            return f"{title} {particle}"
        return title
    if not expression:
        return title
    # the particle popped with the date after it ("weighed in [Saturday]"): a date that takes no such preposition
    at = sentence.find(expression)
    before_date = sentence[:at].split() if at > 0 else []
    after_date = sentence[at + len(expression):]
    # "sworn in [on the 25th of September, 1981]": the date's own preposition after the particle shows it the verb's
    own = len(before_date) > 2 and before_date[-1] in table["date_own_prepositions"]
    if own:
        before_date = before_date[:-1]
    if len(before_date) < 2 or _bare(before_date[-2]) != last or not after_date[:1] in ("", ",", ".", ";"):
        return title
    particle, first = before_date[-1], _bare(expression.split()[0])
    bare_date = first in _words("verb_particle", "bare_date_openers") or first in _weekday_words()
    if particle in table["date_particles"] and (bare_date or own) and is_past(last):
        return f"{title} {particle}"
    return title


@cache
def _weekday_words() -> frozenset[str]:
    return frozenset(name.lower().rstrip(".") for forms in weekdays() for name in forms)


def without_stray_words(title: str, sentence: str = "") -> str:
    """ "In one instance a Canadian frigate stopped" -> "A Canadian frigate stopped", "The US Government for example
    announced" -> "The US Government announced", "on another Transocean rig" -> "on a Transocean rig", "Three other
    migrants" -> "Three migrants", "A Reuters reporter nearby said" -> "A Reuters reporter said": words of the
    article's flow that point at sentences the timeline's reader does not have go (polish.yaml stray_words). The
    sentence, where given, keeps an "other" its title set against a word a cut left out ("in other cities as well")."""
    words = title.split(" ")
    if len(words) < 3 or not any(_bare(w) in _stray_triggers() for w in words):
        return title  # (most titles hold no word of the table: nothing to read)
    opened = _without_discourse_phrases(words)
    title = " ".join(_without_stray_nearby(_without_stray_other(_without_inner_another(opened), sentence)))
    return without_another(title) if opened is not words and opened[0] == "Another" else title


@cache
def _stray_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(w).lower() for w in phrase) for phrase in rules()["stray_words"]["discourse_phrases"])


@cache
def _stray_triggers() -> frozenset[str]:
    """The last word of every discourse phrase ("example", "instance", "however"), and "another", "other", "nearby": a
    title with none is left as is."""
    return frozenset(phrase[-1] for phrase in (*_stray_phrases(), *_sequence_openers())) | {"another", "other", "nearby"}


@cache
def _sequence_openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(w).lower() for w in phrase) for phrase in rules()["stray_words"]["sequence_openers"])


def _sequence_opener_at(words: Sequence[str], k: int) -> int:
    """How many words a sequence opener of the table (stray_words sequence_openers: "Most recently,", "In the latest
    incident,") takes at words[k] (0: none): its last word carries the comma, no other word a mark (strays3)."""
    for phrase in _sequence_openers():
        n = len(phrase)
        span = words[k:k + n]
        if len(span) == n and span[-1].endswith(",") and span[-1][:-1].isalpha() \
                and all(w.rstrip(",").lower() == p for w, p in zip(span, phrase)) \
                and all(w.isalpha() for w in span[:-1]):
            return n
    return 0


def _phrase_at(words: Sequence[str], k: int) -> int:
    """How many words a discourse phrase of the table takes at words[k] (0: none); only its last word may carry a
    comma, and none may carry another mark."""
    for phrase in _phrases_by_first().get(words[k].rstrip(",").lower(), ()):
        n = len(phrase)
        if k + n > len(words):
            continue
        span = words[k:k + n]
        if all(w.rstrip(",").lower() == p and w.rstrip(",").isalpha() for w, p in zip(span, phrase)) \
                and not any(w.endswith(",") for w in span[:-1]):
            return n
    return 0


@cache
def _phrases_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The discourse phrases by their first word (most words of a title open none: one look-up each)."""
    firsts = {phrase[0] for phrase in _stray_phrases()}
    return {w: tuple(p for p in _stray_phrases() if p[0] == w) for w in firsts}


def _without_discourse_phrases(words: list[str]) -> list[str]:
    """An opening discourse phrase (after "But", "And") before a clause goes, its comma with it; an inner one goes
    where it is set off by commas or stands right before a lower-case verb; not before `kept_before` ("in addition
    to", "instead of")."""
    kept_before = _words("stray_words", "kept_before")
    start = 0
    while start < len(words) - 1 and _bare(words[start]) in _words("stray_words", "leading") \
            and words[start].isalpha():
        start += 1
    n = _phrase_at(words, start) or _sequence_opener_at(words, start)
    if n and start + n < len(words):
        rest = words[start + n:]
        if _bare(rest[0]) not in kept_before and _opens_clause(rest):
            return [rest[0][:1].upper() + rest[0][1:], *rest[1:]]
    for k in range(1, len(words) - 1):
        if not words[k][:1].islower():
            continue
        n = _phrase_at(words, k)
        if not n or k + n >= len(words):
            continue
        after = words[k + n]
        if _bare(after) in kept_before:
            continue
        last = words[k + n - 1]
        if words[k - 1].endswith(",") and last.endswith(","):  # "Officials, for example, alleged"
            return [*words[:k - 1], words[k - 1][:-1], *words[k + n:]]
        if not last.endswith(",") and words[k - 1][-1:].isalnum() and after.isalpha() and after.islower() \
                and is_verb_word(after):  # "The US Government for example announced"
            return [*words[:k], *words[k + n:]]
    return words


def _earlier(words: Sequence[str], k: int) -> frozenset[str]:
    return frozenset(_bare(w) for w in words[:k])


def _without_inner_another(words: list[str]) -> list[str]:
    """An inner "another" before a noun nothing in the title stood for takes "a"/"an" ("on another Transocean rig"),
    before a count "more" after the count, before "of" "one"; not after a joiner or "one", nor before a span of time,
    a comparison or no noun."""
    for k in range(1, len(words) - 1):
        if words[k] != "another":
            continue
        following, nxt = words[k + 1], _bare(words[k + 1])
        before = _earlier(words, k)
        if _bare(words[k - 1]) in _words("stray_words", "joiners") or "one" in before or not following[:1].isalnum() or nxt in _words("stray_words", "spans") \
                or nxt.endswith(tuple(str(e) for e in rules()["stray_words"]["comparison_endings"])):
            continue
        if nxt in _words("stray_words", "another_counts") or nxt.replace(",", "").isdigit():
            if k + 2 < len(words) and _bare(words[k + 2]) not in _words("stray_words", "spans") \
                    and words[k + 2][:1].isalpha():
                return [*words[:k], following, "more", *words[k + 2:]]
            continue
        if nxt == "of":
            return [*words[:k], "one", *words[k + 1:]]
        if following.islower() and nxt in lexicon().stopwords or is_verb_word(following) or not nxt.replace("-", "").replace(".", "").isalnum():
            continue
        if any(_bare(w) in before for w in words[k + 1:k + 4] if len(_bare(w)) > 3 and _bare(w) not in lexicon().stopwords):
            continue  # the noun was named before: "another" sets it beside that one
        return [*words[:k], _article_for(following).lower(), *words[k + 1:]]
    return words


def _plural_within(words: Sequence[str], start: int, reach: int) -> int:
    """Where a lower-case plural noun stands within `reach` modifiers from words[start] (-1: none): no mark
    between."""
    for j in range(start, min(len(words), start + reach + 1)):
        word = words[j]
        bare = word.rstrip(",.;:")
        if not bare.replace("-", "").isalpha():
            return -1
        low = bare.lower()
        if bare.islower() and low.endswith("s") and not low.endswith("ss") and len(low) > 3 \
                and low not in lexicon().stopwords and not is_verb_word(low):
            return j
        if bare != word or is_verb_word(low) or low in lexicon().stopwords:
            return -1
    return -1


def _without_stray_other(words: list[str], sentence: str = "") -> list[str]:
    """ "other" after a count goes ("Three other migrants"), and a bare "other" before a plural noun after a verb, a
    preposition or a name ("gave Michael Jackson other drugs"); not where the title sets something beside it (a
    joiner before it, the noun named before, "as well" at its end or after the noun in the sentence), nor "the other",
    "each other", "other than"."""
    kept_with = _words("stray_words", "other_kept_with")
    if _bare(words[-1]) in kept_with:
        return words
    for k in range(1, len(words) - 1):
        if words[k] != "other":
            continue
        before, prev = _earlier(words, k), _bare(words[k - 1])
        if prev in _words("stray_words", "other_kept_after") or _bare(words[k + 1]) in _words("stray_words", "other_kept_before") \
                or before & (_words("stray_words", "joiners") | _words("stray_words", "comparisons")):
            continue
        noun = _plural_within(words, k + 1, int(rules()["stray_words"]["other_reach"]))
        if noun < 0 or _bare(words[noun]) in before or _told_beside(sentence, words[noun], kept_with):
            continue
        counted = prev in _words("stray_words", "counts") or prev.replace(",", "").isdigit()
        after = prev in _words("stray_words", "other_after") or is_verb_word(words[k - 1]) \
            or k > 1 and (words[k - 1][:1].isupper() or words[k - 2] == "to")  # a name; "to retake other areas"
        if counted or after:
            return [*words[:k], *words[k + 1:]]
    return words


def _told_beside(sentence: str, noun: str, kept_with: frozenset[str]) -> bool:
    """Whether the sentence goes on after `noun` with a word that tells the comparison ("other cities as well")."""
    said = [_bare(w) for w in sentence.split()]
    low = _bare(noun)
    return any(w == low and kept_with & set(said[j + 1:j + 3]) for j, w in enumerate(said))


def _without_stray_nearby(words: list[str]) -> list[str]:
    """ "A Reuters reporter nearby said" -> "A Reuters reporter said": "nearby" right after a noun and before a
    verb, with nothing to be near."""
    for k in range(1, len(words) - 1):
        if words[k] != "nearby":
            continue
        prev, nxt = words[k - 1], words[k + 1]
        if prev.isalpha() and _bare(prev) not in _words("stray_words", "nearby_kept_after") and not is_verb_word(prev) \
                and nxt.isalpha() and nxt.islower() and is_verb_word(nxt):
            return [*words[:k], *words[k + 1:]]
    return words


_PARTICIPLE_FOLLOWERS = frozenset({"in", "at", "by", "on", "from", "to", "for", "with", "under", "during", "before",
                                   "after", "into", "last", "this", "earlier"})


def _work_content_verb(words: Sequence[str]) -> int:
    """Where a work's content verb stands (polish.yaml work_content): a `verbs` word after a subject whose head is one
    of `nouns` (the title's first noun of the table, after no verb), with between them only a reduced relative (a
    past participle before a preposition, a name or a quotation: "filed in Nevada", "called “BP ...”") or an aside
    between commas, no word of `not_between`, no auxiliary and no other verb; -1 for none."""
    table = rules()["work_content"]
    reach = min(len(words), int(table["reach"]) + 1)
    head = -1
    for h in range(min(reach, 6)):
        low = _bare(words[h])
        if low in _words("work_content", "nouns"):
            head = h
            break
        if h and is_verb_word(words[h]) or low in _words("work_content", "not_between"):
            return -1
    if head < 0:
        return -1
    commas = words[head].endswith(",")
    for k in range(head + 1, reach):
        word, low = words[k], _bare(words[k])
        if not commas and low in table["verbs"] and word.isalpha() and word.islower():
            plain = not low.endswith("s")
            return k if not plain or _bare(words[head]).endswith("s") else -1
        if low in _words("work_content", "not_between") or low in lexicon().auxiliaries | lexicon().modals:
            return -1
        if not commas and is_verb_word(word):
            following = words[k + 1] if k + 1 < len(words) else ""
            if not (is_past(low) and (_bare(following) in _PARTICIPLE_FOLLOWERS or following[:1] in "“\"‘'"
                                      or following[:1].isupper())):
                return -1
        commas ^= word.endswith(",")
    return -1


def in_past_of_work_content(title: str, sentence: str, expression: str = "") -> str:
    """ "The hour-long BBC2 documentary ... delves into the history of BP" -> "... delved into ...", "Court documents
    filed in Nevada show that Dr Murray is heavily in debt" -> "... showed that Dr Murray was heavily in debt": a
    work's content verb in the present (_work_content_verb), dated by a phrase that stands before that verb in the
    sentence (the release, broadcast or chronology date, not a date inside what the work tells), takes the simple
    past, and the first finite verb of its "that" clause the sequence of tenses (polish.yaml work_content). A
    closing teller (", a spokesman said") leaves the title."""
    if not expression:
        return title
    words = title.split(" ")
    k = _work_content_verb(words)
    if k < 0 or any(w.endswith(",") and k < i + 1 < len(words) and any(
            _bare(v) in reporting_verbs("closes_title") | reporting_verbs("speech_only") for v in words[i + 1:])
            for i, w in enumerate(words)):
        return title
    date = sentence.lower().find(expression.lower())
    verb = re.search(rf"\b{re.escape(words[k])}\b", sentence)
    if date < 0 or verb is None or date > verb.start():
        return title
    changed = [*words[:k], str(rules()["work_content"]["verbs"][_bare(words[k])]), *words[k + 1:]]
    if k + 1 < len(changed) and changed[k + 1] == "that":
        backshift = rules()["report_in_report"]["backshift"]
        for i in range(k + 2, min(len(changed), k + 2 + int(rules()["reported_present"]["reach"]))):
            if changed[i] in backshift:
                changed[i] = str(backshift[changed[i]])
                break
            if is_verb_word(changed[i]) or _bare(changed[i]) in lexicon().auxiliaries:
                break
    return " ".join(changed)


def _backshift_at(words: list[str], start: int, end: int, sentence: str) -> bool:
    """Move back (polish.yaml backshift `map`) the first finite "be"/"have"/"will"/"can" in words[start:end] when no
    other verb, stop word, quotation or mark ending the report comes first, and each later one of the same report;
    whether anything moved."""
    table = rules()["backshift"]
    shifted = {str(k).lower(): str(v) for k, v in table["map"].items()}
    stops, ends = _words("backshift", "stops"), tuple(str(e) for e in table["ends"])
    moved = False
    for j in range(start, end):
        word = words[j]
        low = _bare(word).replace("’", "'")
        if any(mark in word for mark in QUOTE_MARKS) or word in ends or low in stops or low == "that" and not moved:
            return moved  # a "that" before the report's verb opens a relative clause ("a plan that is under way")
        if low in shifted and word[:1].islower() and word.rstrip(",;:").replace("'", "").replace("’", "").isalpha():
            if j and _bare(words[j - 1]) == "to" or _quoted_in(sentence, words, j) \
                    or j + 1 < len(words) and _quoted_gerund(sentence, words[j + 1]):
                return moved
            words[j] = shifted[low] + word[len(word.rstrip(",;:")):]
            moved = True
        elif not moved and _lexical_present(words, j):
            return False  # a lexical verb in the present first ("he doubts"): moving what follows would mix tenses
        if word.endswith((";", ":")):
            return moved
    return moved


def _quoted_gerund(sentence: str, word: str) -> bool:
    """Whether `word` is an -ing form the sentence quotes ('is “analyzing” the speech'): its "is" stays, since "was
    analyzing" would be read as a progressive to tell in the simple past, the speaker's word lost."""
    low = _bare(word)
    return low.endswith("ing") and any(low in {_bare(w) for w in inner.split()} for _, _, inner in quoted_spans(sentence))


def _lexical_present(words: Sequence[str], j: int) -> bool:
    """Whether words[j] reads as a verb in the present other than backshift's `map`: a verb word that is no past form,
    participle or -ing form ("says", "must"), the present of a clause after its subject (_present_form: "Safety
    concerns mean"), or a lower-case word after a subject pronoun ("he doubts", "they want")."""
    word, low = words[j], _bare(words[j])
    if not word[:1].islower() or is_adverb(low) or low in ("not", "also", "still", "now", "already"):
        return False
    if is_past(low) or low.endswith("ing"):
        return False  # "the people shown on TV are", "civilians fleeing the violence have": no finite verb yet
    if j >= 1 and _bare(words[j - 1]) in lexicon().stopwords and _bare(words[j - 1]) not in _words("backshift", "pronouns"):
        return False  # "All demands for extra oil", "the claims": a noun after a determiner
    return is_verb_word(word) or low in lexicon().auxiliaries or _present_form(words, j) \
        or j >= 1 and _bare(words[j - 1]) in _words("backshift", "pronouns")


def _s_verb_before_object(words: Sequence[str], i: int) -> bool:
    """Whether words[i] may be an -s verb with what it takes after it ("NATO risks sliding into a ground war and is
    trying"): a lower-case -s word followed by a lower-case word that is no stopword; "workers and", "demands for"
    read as nouns."""
    word = words[i]
    if i + 1 >= len(words) or not word.isalpha() or not word.islower() or not word.endswith("s") \
            or word.endswith(("ss", "us", "is")):
        return False
    after = words[i + 1]
    return after.isalpha() and after.islower() and after not in lexicon().stopwords


def _closing_teller_at(words: Sequence[str]) -> int:
    """Where a closing telling in the past opens (the word after its comma), for a telling report_in_report's tail
    does not read: one of backshift `verbs` among the title's last `tail_after` + 1 words, only words with no verb
    (a name, "in a statement", "Al-Arabiya television in comments") after it, and before it, after the comma, at
    most `tail_words` words with no verb but an -ing form ("medical workers fleeing the city said") and no relative
    word; -1 if none."""
    table = rules()["backshift"]
    verbs, relatives = _words("backshift", "verbs"), _words("backshift", "tail_stops")
    v = next((i for i in range(len(words) - 1, max(0, len(words) - 2 - int(table["tail_after"])), -1)
              if words[i] in verbs), -1)
    if v < 2 or any(is_verb_word(w) and w[:1].islower() or _bare(w) in relatives or w.endswith((",", ";", ":"))
                    for w in words[v + 1:]):
        return -1
    comma = next((i for i in range(v - 1, max(0, v - 1 - int(table["tail_words"])), -1) if words[i].endswith(",")), -1)
    if comma < 1 or comma == v - 1 or any(is_verb_word(w) and not _bare(w).endswith("ing") or _bare(w) in relatives
                                          for w in words[comma + 1: v]):
        return -1
    return comma + 1


def in_backshifted_report(title: str, sentence: str = "") -> str:
    """ "Obama said the United States is examining a full range of options" -> "... was examining ...", "The oil
    spill has so far cost BP $3.12 bn, the company said" -> "... had so far cost ...": what a telling in the past
    reports takes the sequence of tenses, its present "be"/"have"/"will"/"can" moved back one step (polish.yaml
    backshift). The report is the clause after the title's main verb of telling (right after its subject) or the
    claim before a closing telling in the past; a lexical verb or a past first, a quotation, a relative or wh-
    clause, a modal, "to have" and a first person leave the title."""
    table = rules()["backshift"]
    words = title.split(" ")
    if len(words) < 4 or _bare(words[0]) in lexicon().first_person \
            or not any(_bare(w).replace("’", "'") in table["map"] for w in words):
        return title  # (most titles hold no "is", "has", "will": nothing to move)
    openers = _words("present_perfect", "clause_openers")
    k = next((i for i, w in enumerate(words) if w in _words("backshift", "verbs")), -1)
    if k >= 1 and _subject_ends_at(words, k, openers) and not _bare(words[k - 1]) in _words("reported_future", "determiners"):
        start = k + 1
        after = [_bare(w) for w in words[k + 1: k + 2 + int(table["object_words"])]]
        if "that" in after:
            at = after.index("that")
            between = words[k + 1: k + 1 + at]
            if at == 0 or (words[k] in _words("backshift", "object_verbs") or _bare(between[0]) in
                           _words("backshift", "phrase_openers")) \
                    and not any(is_verb_word(w) and w[:1].islower() for w in between):  # "at the United Nations"
                start = k + 2 + at
        if _backshift_at(words, start, min(len(words), k + 1 + int(table["reach"])), sentence):
            return " ".join(words)
        return title
    tail = _closing_telling_at(words)
    tail = tail if tail >= 0 else _closing_teller_at(words)
    if tail >= 3:
        verb = next((i for i, w in enumerate(words[:tail]) if _bare(w) in table["map"]), -1)
        joined = openers - _words("present_progressive", "subject_joiners")  # "Exposure to oil and dispersants is"
        stops = _words("backshift", "stops")
        if verb >= 1 and _subject_ends_at(words, verb, joined) \
                and not any(_lexical_present(words, i) or _s_verb_before_object(words, i) for i in range(1, verb)) \
                and not any(_bare(w).replace("’", "'") in stops for w in words[:verb]) \
                and _backshift_at(words, verb, tail - 1, sentence):
            words[tail - 1] = words[tail - 1] if words[tail - 1].endswith(",") else words[tail - 1] + ","
            return " ".join(words)
    return title


def in_past_relative(title: str, sentence: str = "") -> str:
    """ "Forces tried to retake a town near the capital that is under opposition control" -> "... that was under
    opposition control", "Russia criticized a grouping that has pledged aid" -> "... that had pledged aid": a
    restrictive relative clause ("that"/"who", no comma before it) after the title's main verb in the past tells
    its state or its earlier act from that past day (polish.yaml relative_backshift). A relative before the main
    verb ("Hayward, who has resigned, was forced": the resignation may come later), a span up to now ("who has
    since been charged"), a telling or a lexical present as the main verb, a quotation and a non-restrictive
    ", which is" (a lasting description) stay."""
    words = title.split(" ")
    if not any(_bare(w) in _words("relative_backshift", "relatives") for w in words):
        return title
    openers = _words("present_perfect", "clause_openers")
    main = next((i for i, w in enumerate(words[: MAX_SUBJECT_WORDS + 1]) if is_verb_word(w)), -1)
    if main < 1 or not words[main].isalpha() or not words[main].islower() or not is_past(words[main]) \
            or words[main] in lexicon().auxiliaries or not _subject_ends_at(words, main, openers) \
            or _bare(words[main - 1]) in _words("reported_future", "determiners") \
            or words[main] in _words("backshift", "verbs") or words[main] in reporting_verbs("speech_only"):
        return title
    for r in range(main + 2, len(words) - 2):
        low = _bare(words[r])
        if any(mark in words[r] for mark in QUOTE_MARKS) or words[r - 1].endswith((",", ";", ":")) and low in \
                _words("relative_backshift", "relatives"):
            return title
        if low not in _words("relative_backshift", "relatives"):
            if is_verb_word(words[r]) and words[r][:1].islower() and r > main + 1 and not is_past(low):
                return title  # a present of another clause first
            continue
        verb, after = words[r + 1], words[r + 2]
        if _quoted_in(sentence, words, r + 1) or not after.isalpha() or not after.islower():
            return title
        if verb in ("is", "are") and after not in _words("relative_backshift", "kept_after"):
            return " ".join([*words[:r + 1], "was" if verb == "is" else "were", *words[r + 2:]])
        if verb in ("has", "have") and (after == "been" or is_past(after)) and not _joined_participle(words, r + 2) \
                and not _spans().search(" ".join(words[r + 1:])):
            return " ".join([*words[:r + 1], "had", *words[r + 2:]])
        return title
    return title


def in_backshifted_claim(title: str, sentence: str = "") -> str:
    """ "Libya's rebel leadership expects foreign powers to lend it $2 billion ..., a rebel finance official said" ->
    "... expected foreign powers ...", "NATO risks sliding into a ground war in Libya and is trying to kill its
    leader, ..., Russia's ambassador to the alliance said" -> "NATO risked sliding ... and was trying ...": a claim
    whose telling in the past closes the title (in_backshifted_report's tail) and whose main verb, right after its
    subject, is an -s present (chronology_present's reading) is told from the telling's day too (tense4; polish.yaml
    backshifted_claim): that verb takes its simple past (chronology_present `irregular`, else "-ed") and each later
    "is"/"are"/"has"/"have"/"will"/"can" of the claim (backshift `map`) one step back, outside quotation marks, up to
    a relative or wh- word (backshift `stops`). A plural's plain form ("Safety concerns mean": no -s, and a plural
    noun may look like one), a telling in the present ("says"), a quotation of the verb, a span up to now, a first
    person and a title with no closing telling stay."""
    words = title.split(" ")
    table = rules()["backshifted_claim"]
    if len(words) < int(table["min_words"]) or _bare(words[0]) in lexicon().first_person \
            or not any(w in _words("backshift", "verbs") for w in words[-int(rules()["backshift"]["tail_after"]) - 2:]):
        return title  # (most titles close with no telling in the past: nothing to read)
    tail = _closing_telling_at(words)
    tail = tail if tail >= 0 else _closing_teller_at(words)
    if tail < 3:
        return title
    k = _claim_present_verb(words, tail)
    if k < 0 or _quoted_in(sentence, words, k) or _spans().search(" ".join(words[k + 1: tail])):
        return title
    shifted = {str(key).lower(): str(value) for key, value in rules()["backshift"]["map"].items()}
    stops = _words("backshift", "stops") | _words("backshifted_claim", "stops")
    changed = [*words[:k], _past_of(words[k]), *words[k + 1:]]
    quoted = False
    for j in range(k + 1, tail):
        word = changed[j]
        opens = sum(word.count(mark) for mark in ("“", '"'))
        closes = word.count("”")
        if not quoted and not opens:
            low = _bare(word).replace("’", "'")
            if low in stops or word in ("--", "—", "–"):
                break
            if low in shifted and word[:1].islower() and _bare(changed[j - 1]) != "to":
                changed[j] = shifted[low] + word[len(word.rstrip(",;:")):]
        quoted = (quoted or opens > closes) and not (closes and closes >= opens)
        if word.endswith((";", ":")):
            break
    return " ".join(changed)


def _claim_present_verb(words: Sequence[str], tail: int) -> int:
    """Where the claim's main verb stands (in_backshifted_claim): the first lower-case -s word, after a subject
    alone (_subject_ends_at), when it reads as a present (_present_form, or an -s word before what it takes:
    "NATO risks sliding") other than a telling's or one of backshifted_claim `not_verbs`, before the closing telling
    at `tail`; a one-word subject only when it is no plural ("NATO risks", not "Rebels ..."); -1 when there is none
    or a plural noun may stand there ("Aid workers brought", "Safety concerns mean": a past, a finite verb or a
    plain present right after it)."""
    openers = _words("present_perfect", "clause_openers") - _words("present_progressive", "subject_joiners")
    for k in range(1, min(tail - 1, MAX_SUBJECT_WORDS + 1)):
        if not _subject_ends_at(words, k, openers):
            return -1
        low = words[k].lower()
        if not (words[k].isalpha() and words[k].islower() and low.endswith("s")):
            continue  # the first lower-case -s word decides: "powers" in "expects foreign powers" is no verb
        after = _bare(words[k + 1])
        first = words[0]
        before = _bare(words[k - 1])
        if low.endswith(("ss", "us", "is")) or is_past(low) or low in finite_words() \
                or before in _words("another", "numbers") or before.replace(",", "").isdigit() \
                or not (_present_form(words, k) or _s_verb_before_object(words, k)) \
                or is_past(after) or after in finite_words() or _present_form(words, k + 1) \
                or k == 1 and first.endswith("s") and not first.isupper() or _bare(words[k - 1]) in lexicon().stopwords \
                or low in _words("backshifted_claim", "not_verbs") or low in rules()["reported_present"]["verbs"] \
                or low in reporting_verbs("closes_title") | reporting_verbs("speech_only") \
                or any(_bare(w) in _words("present_progressive", "subject_joiners") for w in words[:k]):
            return -1
        return k
    return -1


def in_past_conjunct(title: str, sentence: str = "") -> str:
    """ "Libya's interior minister said he had quit the government and is supporting the protesters" -> "... and was
    supporting ...", "Irish regulators closed airspace, but say they “hope to have positive news”" -> "... but said
    ...", "Obama called for the last of Gaddafi's forces to surrender as he announces the return of the ambassador"
    -> "... as he announced ...": a verb in the present that shares its clause's past (tense4; polish.yaml
    past_conjunct) takes the past too, the earlier steps having told the first verb in the past ("has quit" -> "had
    quit", "have closed" -> "closed", a chronology item's "calls" -> "called"): the first finite verb right after
    "and"/"but" (`joined`: is, are, has, have, say, says), or an -s present right after "as"/"when"/"while" and "he",
    "she" or "it" (`side_openers`, `side_subjects`), where the nearest finite verb before it in the title is a past
    (no "has"/"is"/"will" before its participle) with no clause mark, relative or wh- word between. A quotation of
    the verb, a span up to now ("and has since been charged"), a present before it ("has frozen assets and is"), a
    perfect after "and" (without_perfect_coordinate's: "toppled Mubarak and have spread") and a first person stay."""
    words = title.split(" ")
    table = rules()["past_conjunct"]
    if len(words) < 5 or _bare(words[0]) in lexicon().first_person \
            or not any(w in table["joined"] or w in _words("past_conjunct", "side_subjects") for w in words[2:]):
        return title  # (most titles hold no joined "is"/"say" nor a side clause's "he": nothing to read)
    changed = list(words)
    for c in range(2, len(words) - 1):
        joiner, verb = _bare(words[c]), words[c + 1]
        low = verb.lower()
        if joiner in _words("past_conjunct", "joiners") and low in table["joined"] and verb.isalpha():
            if low in _words("perfect_coordinate", "auxiliaries") and c + 2 < len(words) and is_past(_bare(words[c + 2])):
                continue  # "toppled Mubarak and have spread": a perfect joined to a past (without_perfect_coordinate)
            at = c + 1
        elif joiner in _words("past_conjunct", "side_openers") and not words[c - 1].endswith((",", ";", ":")) \
                and c + 2 < len(words) and _bare(words[c + 1]) in _words("past_conjunct", "side_subjects") \
                and words[c + 2].isalpha() and words[c + 2].islower() and words[c + 2].endswith("s") \
                and not words[c + 2].endswith(("ss", "us", "is")) and not is_past(words[c + 2]) \
                and words[c + 2] not in finite_words() and not is_adverb(words[c + 2]) \
                and _bare(words[c + 3] if c + 3 < len(words) else "") not in lexicon().auxiliaries:
            at = c + 2
        else:
            continue
        if _quoted_in(sentence, words, at) or _spans().search(" ".join(words[at:])) or not _past_before(words, c):
            continue
        low = words[at].lower()
        changed[at] = str(table["joined"].get(low) or _past_of(low))
    return " ".join(changed)


def _past_before(words: Sequence[str], c: int) -> bool:
    """Whether the nearest finite verb before words[c] (in_past_conjunct) is a past: a past form not after "has",
    "have", "is", "are", "will" or a modal (a participle there is the present's), with no clause mark, quotation,
    relative or wh- word (backshift `stops`) between, and no present telling or "is"/"has" before it ("Officials say
    the rebels took Brega and are advancing": the report is told in the present)."""
    for i in range(c - 1, 0, -1):
        word = words[i]
        low = _bare(word)
        if word.endswith((";", ":")) or any(mark in word for mark in QUOTE_MARKS) or low in _words("backshift", "stops") \
                or low in ("--", "—", "–"):
            return False
        if not word.isalpha() or not word.islower():
            continue
        if low in finite_words():
            return low in _words("past_conjunct", "past_finites")
        if is_past(low) and (is_verb_word(low) or low in rules()["chronology_present"]["irregular"].values()):
            before = [_bare(w) for w in words[max(0, i - 2): i]]
            return not any(b in finite_words() and b not in _words("past_conjunct", "past_finites") for b in before) \
                and not any(_bare(w) in _words("past_conjunct", "joined") or _bare(w) in rules()["reported_present"][
                    "verbs"] for w in words[:i])  # "Officials say the rebels took Brega and are": a present telling
    return False
