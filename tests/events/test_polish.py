"""The last step of a title (timeline.events.polish): every example and near miss of polish.yaml."""
from collections.abc import Callable

import pytest

from timeline.events import extract
from timeline.events.polish import (in_past_report, in_past_tense, in_simple_past, in_reported_pluperfect, lies_inside_quotation, open_end,
                                    polished, printed, rules, with_attribution, with_complement, with_context,
                                    with_account_teller, with_appositive_name, with_described_name, with_subject_modifier, with_bare_possessive,
                                    with_first_mention, with_inner_articles, with_introduced_person,
                                    with_opening_demonstrative_article, without_pronoun_clause_lead,
                                    with_relative_antecedent, with_restored_relative, with_admission_place,
                                    in_past_whereabouts, with_kept_source,
                                    with_amount_article, with_clock_time, with_opening_number_spelled, with_opening_place, with_opening_preposition,
                                    with_paired_comma, with_paired_marks, with_quotation_marks,
                                    with_restored_determiner, with_result_comma, with_speaker, without_another,
                                    without_commentary_tail, without_frame, without_group_article,
                                    without_hedge_opener, without_repeated_words, without_report_colon,
                                    without_speaker_aside, without_stray_opener, without_more_opener, without_relative_day, without_report_in_report, without_relative_time,
                                    without_perfect_coordinate, with_plural_possessive,
                                    with_coordinate_past_perfect, in_past_of_first_act, without_repeated_name,
                                    with_existential_article,
                                    with_times_plural, with_state_comma, without_dangling_took_place, with_message_article,
                                    in_past_of_own_date, with_closing_aside_comma, in_past_of_today,
                                    without_context_adverbs, in_past_of_necessity, with_change_article,
                                    with_opening_dash_comma, with_year_modifier, with_elliptic_passive,
                                    without_pointing_opener, without_possessive_before_honorific,
                                    with_present_claim_teller)
from timeline.events.tense import simple_past
from timeline.model import Article

TABLE = rules()

# Each edit of the polish step with its polish.yaml table (`<table>_examples` become `polished`, `<table>_near_misses`
# stay as they are): edits that read the title's sentence, edits of the title alone; `whole` when polished() as a
# whole must give the example's output too.
SENTENCE_EDITS: dict[str, tuple[Callable[[str, str], str], bool]] = {
    "opening_preposition": (with_opening_preposition, False),  # "Of the 126 crew ..." gets its "Of" back
    "chronology_present": (in_past_tense, True),  # a chronology line's "defects and flies" -> "defected and flew"
    "restored_determiner": (with_restored_determiner, True),  # "That announcement" cut to "announcement" -> "The"
    "paired_comma": (with_paired_comma, True),  # an aside's dropped comma comes back
    "appositive_name": (with_appositive_name, True),  # "... the singer's physician" gets ", Dr Conrad Murray"
    "described_name": (with_described_name, True),  # "The Man Who ... aired" -> "A Channel 4 documentary, The Man ..."
    "subject_modifier": (with_subject_modifier, True),  # "Diplomats took over" -> "Diplomats named by ... took over"
    "quotation_marks": (with_quotation_marks, False),  # a quotation the title holds whole keeps its marks
    "speaker": (with_speaker, False),  # a quotation's words alone get their named speaker back
    "inner_article": (with_inner_articles, True),  # "in a [July 23] audio address" -> "in an audio address"
    "first_mention": (with_first_mention, False),  # "said in the statement" -> "said in a statement"
    "opening_place": (with_opening_place, False),  # "In the capital Tripoli, ..." comes back before the title
    "kept_source": (with_kept_source, True),  # ", Libyan state TV reported" comes back after the claim
    "account_teller": (with_account_teller, True),  # "<name> told police he was away ..." for an account as fact
    "introduced_person": (with_introduced_person, False),  # "The 23-year-old man" -> "A 23-year-old man"
    "restored_relative": (with_restored_relative, True),  # "A correspondent traveled ... saw" gets its "who"
    "admitted_place": (with_admission_place, True),  # "was admitted" -> "was admitted to hospital"
    "present_whereabouts": (in_past_whereabouts, True),  # "is in Moscow" (today) -> "was in Moscow"
    "attribution": (with_attribution, True),
    "present_claim": (with_present_claim_teller, True),  # "X are dying" -> "X are dying, medical workers said"
    "elliptic_passive": (with_elliptic_passive, True),  # "Swine flu detected in" (since detected) -> "... was detected"
    "year_modifier": (with_year_modifier, True),  # "The floods left" (from "The 2010 floods") -> "The 2010 floods"  # a claim, a source's finding or a condition keeps its frame
}
TITLE_EDITS: dict[str, tuple[Callable[[str], str], bool]] = {
    "another": (without_another, False),  # "Another attack" -> "An attack"
    "marks": (with_paired_marks, False),  # marks a cut left unpaired go
    "report_colon": (without_report_colon, False),  # "X said: The ..." -> "X said the ..."
    "stray_openers": (without_stray_opener, False),  # "Just, hundreds died" -> "Hundreds died"
    "repeated_words": (without_repeated_words, False),  # words said twice by mistake said once
    "frames": (without_frame, False),  # "It also emerged that X" -> X
    "opening_number": (with_opening_number_spelled, True),  # "12 vessels" -> "Twelve vessels"
    "group_article": (without_group_article, False),  # "The officers and other witnesses" -> "Officers and ..."
    "opening_demonstrative": (with_opening_demonstrative_article, False),  # "This global crisis" -> "The global ..."
    "bare_possessive": (with_bare_possessive, True),  # "of al-Mrabet family's villa" -> "of the al-Mrabet ..."
    "result_comma": (with_result_comma, True),  # "Seas calmed allowing" -> "Seas calmed, allowing"
    "hedge_openers": (without_hedge_opener, True),  # "Reports suggest he filed" -> "He reportedly filed"
    "speaker_asides": (without_speaker_aside, False),  # "..., she continued, she never saw" -> "..., she never saw"
    "commentary_tails": (without_commentary_tail, True),  # "... -- testament to ..." -> "..."
    "reported_perfect": (in_reported_pluperfect, True),  # "suggested the spill has linked" -> "... had linked"
    "present_perfect": (in_simple_past, True),  # "has reportedly hit" -> "reportedly hit"
    "reported_present": (in_past_report, True),
    "report_in_report": (without_report_in_report, True),  # "X says he will ..., Y announced" -> "X said he would"  # "A woman says she was awoken" -> "A woman said ..."
    "more_opener": (without_more_opener, True),  # "More explosions rocked Tripoli" -> "Explosions rocked Tripoli"
    "times_count": (with_times_plural, True),  # "shot five time by" -> "shot five times by"
    "state_comma": (with_state_comma, True),  # "Grand Isle Louisiana in" -> "Grand Isle, Louisiana, in"
    "dangling_took_place": (without_dangling_took_place, True),
    "closing_aside_comma": (with_closing_aside_comma, True),  # "X, a cardiologist said" -> "X, a cardiologist, said"
    "relative_day": (without_relative_day, True),  # "will travel to Russia this weekend" -> "... to Russia"
    "relative_time": (without_relative_time, True),  # "Six years ago came X" -> "X came"; "was later" -> "was"
    "perfect_coordinate": (without_perfect_coordinate, True),  # "toppled X and have spread" -> "toppled X"
    "plural_possessive": (with_plural_possessive, True),  # "Authorities ... lowered its" -> "... their"
    "coordinate_perfect": (with_coordinate_past_perfect, True),  # "was confirmed ... and 701 have been" -> "had been"
    "first_act_progressive": (in_past_of_first_act, True),  # "was making his first appearance" -> "made ..."
    "existential_article": (with_existential_article, True),  # "There was the X spill" -> "There was an X spill"
    "repeated_name": (without_repeated_name, True),  # "Dr Murray's attorneys ... against Dr Murray" -> "..."
    "context_adverbs": (without_context_adverbs, True),  # "BP actually suspended" -> "BP suspended"
    "necessity_past": (in_past_of_necessity, True),  # "BP had to reinstall" -> "BP reinstalled"
    "change_article": (with_change_article, True),
    "amount_article": (with_amount_article, True),
    "clock_time": (with_clock_time, True),  # "propofol was 1040" -> "propofol was at 10:40"  # "approved $31.4 billion budget" -> "approved a $31.4 ..."  # "reported the rise in" -> "reported a rise in"
    "pointing_openers": (without_pointing_opener, True),  # "One man stepped forward" -> "A man stepped forward"
    "possessive_honorific": (without_possessive_before_honorific, True),  # "Jackson's Dr Murray" -> "Dr Murray"
    "opening_dash": (with_opening_dash_comma, True),  # "Two weeks after X -- Y broke in" -> "..., Y broke in"
    "pronoun_clause_lead": (without_pronoun_clause_lead, True),  # "This failed, BP began" -> "BP began"
    "bare_message": (with_message_article, True),  # "in audio speech" -> "in an audio speech"  # "after a press conference ... took place" -> "..."
}


def _cases(edits: dict, near_misses: bool) -> list:
    suffix = "_near_misses" if near_misses else "_examples"
    return [pytest.param(name, example, id=f"{name}-{str(example)[:40]}")
            for name in edits for example in TABLE[name + suffix]]


@pytest.mark.parametrize(("name", "example"), _cases(SENTENCE_EDITS, near_misses=False))
def test_a_sentence_reading_edit_gives_its_examples(name, example):
    edit, whole = SENTENCE_EDITS[name]
    assert edit(example["title"], example["sentence"]) == example["polished"]
    if whole:  # `whole`: what a later edit of polished() makes of the example's output (the tense edits)
        assert polished(example["title"], example["sentence"]) == example.get("whole", example["polished"])


@pytest.mark.parametrize(("name", "example"), _cases(SENTENCE_EDITS, near_misses=True))
def test_a_sentence_reading_edit_leaves_its_near_misses(name, example):
    edit, _ = SENTENCE_EDITS[name]
    assert edit(example["title"], example["sentence"]) == example["title"]


@pytest.mark.parametrize(("name", "example"), _cases(TITLE_EDITS, near_misses=False))
def test_a_title_edit_gives_its_examples(name, example):
    edit, whole = TITLE_EDITS[name]
    assert edit(example["title"]) == example["polished"]
    if whole:  # `whole`: what a later edit of polished() makes of the example's output (the tense edits)
        assert polished(example["title"], example["title"]) == example.get("whole", example["polished"])


@pytest.mark.parametrize(("name", "title"), _cases(TITLE_EDITS, near_misses=True))
def test_a_title_edit_leaves_its_near_misses(name, title):
    edit, _ = TITLE_EDITS[name]
    assert edit(title) == title


@pytest.mark.parametrize("example", TABLE["indefinite_article_examples"], ids=lambda e: e["title"][:40])
def test_an_opening_a_agrees_with_a_vowel_sound(example):
    assert polished(example["title"], example["title"]) == example["polished"]


@pytest.mark.parametrize("title", TABLE["indefinite_article_near_misses"])
def test_an_opening_article_that_agrees_or_is_unsure_stays(title):
    assert polished(title, title) == title


def test_polished_runs_every_edit_and_keeps_an_empty_title():
    sentence = "In an e-mail Monday to the paper, another rebel spokesman said the town had fallen (in part."
    title = "An e-mail to the paper, another rebel spokesman said the town had fallen (in part"
    assert polished(title, sentence) == "A rebel spokesman said the town had fallen"
    assert polished("", sentence) == ""


def test_extract_polishes_every_title():
    # (nonevents32: "..., seven worked for BP and 79 for Transocean" is a crew's breakdown, no entry; an act of a part
    # keeps the same opening "Of" to restore)
    body = "Of the 126 crew on board the rig on 20 April, seven were flown to hospital in Mobile."
    titles = [e.title for e in extract(Article(id="a", body=body, published="2010-05-01"))]
    assert titles == ["Of the 126 crew on board the rig, seven were flown to hospital in Mobile"]


def test_the_past_perfect_is_found_past_an_adverb_the_title_dropped():
    # "had also been closed": the title lost "also"; the verb still stands before its date
    sentence = "Another school had also been closed on Monday as a precaution."
    assert simple_past("Another school had been closed", sentence, sentence.index("Monday")) == "Another school was closed"
    told = "On Monday it emerged that another school had also been closed."  # the date is the telling's
    assert simple_past("Another school had been closed", told, told.index("Monday")) == "Another school had been closed"


def test_polished_drops_a_frame_before_the_other_edits():
    sentence = "It emerged on Monday that another school, Dolphin School in Battersea, had been closed."
    assert polished("It emerged that another school had been closed", sentence) == "A school had been closed"


def test_regular_past_forms():
    from timeline.events.polish import _regular_past
    assert [_regular_past(w) for w in ("votes", "halt", "pushes", "carries", "bans", "stop", "admits", "opens",
                                       "designate", "eases", "focuses", "plays")] == \
        ["voted", "halted", "pushed", "carried", "banned", "stopped", "admitted", "opened", "designated", "eased",
         "focused", "played"]


def test_the_marks_pair_and_survive_the_unpaired_mark_edit():
    sentence = "Two Republican senators called for Obama to denounce what they called “egregious violations” by Gadhafi."
    title = with_quotation_marks("Two Republican senators called for Obama to denounce what they called egregious "
                                 "violations by Gadhafi", sentence)
    assert title.count("“") == title.count("”") == 1 and with_paired_marks(title) == title


def test_a_title_inside_a_quotation_has_its_speaker_dropped():
    sentence = "“NATO continued its strikes overnight, including a command building,” NATO said."
    assert lies_inside_quotation("NATO continued its strikes", sentence)
    assert not lies_inside_quotation("NATO said NATO continued its strikes", sentence)
    assert not lies_inside_quotation("NATO continued its strikes", "NATO continued its strikes overnight.")


@pytest.mark.parametrize(("name", "example"), [pytest.param(n, e, id=f"{n}-{e['title'][:30]}") for n in (
    "first_mention", "group_article", "opening_place", "introduced_person", "opening_demonstrative") for e in TABLE[n + "_examples"]])
def test_the_print_edits_give_their_examples_and_polished_leaves_them(name, example):
    """The article and place edits are made to the printed title only (polish.printed): the title choice weighs the
    members' titles as the earlier steps left them."""
    sentence = example.get("sentence", example["title"])
    assert printed(example["title"], sentence) == example["polished"]
    assert polished(example["title"], sentence) == example["title"]


# polish.yaml complement: a title whose last word wants what its sentence goes on with keeps it (or, a measure
# phrase, loses it); each example read with its date phrase, which the kept words leave out
@pytest.mark.parametrize("example", TABLE["complement_examples"], ids=lambda e: e["title"][:40])
def test_an_open_end_keeps_its_complement(example):
    assert with_complement(example["title"], example["sentence"], example["expression"]) == example["polished"]
    assert polished(example["title"], example["sentence"], example["expression"]) == \
        example.get("whole", example["polished"])  # `whole`: a later edit's output


@pytest.mark.parametrize("example", TABLE["complement_near_misses"], ids=lambda e: e["title"][:40])
def test_a_closed_end_or_a_complement_too_long_stays(example):
    assert with_complement(example["title"], example["sentence"], example["expression"]) == example["title"]


# polish.yaml complement short (with_context): a title too short to say what for, of what or where keeps the phrase
# its sentence goes on with, on the printed title only (the title choice and the merge weigh the members' own titles)
@pytest.mark.parametrize("example", TABLE["context_examples"], ids=lambda e: e["title"][:40])
def test_a_short_title_keeps_its_context_when_printed(example):
    assert with_context(example["title"], example["sentence"], example["expression"]) == example["printed"]
    assert printed(example["title"], example["sentence"], example["expression"]) == example["printed"]
    assert polished(example["title"], example["sentence"], example["expression"]) == example["title"]


@pytest.mark.parametrize("example", TABLE["context_near_misses"], ids=lambda e: e["title"][:40])
def test_a_date_a_long_or_an_empty_context_stays_out(example):
    assert with_context(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_an_open_end_is_a_cut_the_title_choice_weighs():
    # a title that could not keep its complement ("testified [that as ...: “...”]") is one kind; a closed one none
    assert open_end("Williams testified", "Williams testified on Monday that as the body lay in bed, the manager "
                    "told the children: “Daddy died.”", "Monday")[0] == "clause"
    assert open_end("Rebels took Brega", "Rebels took Brega, their spokesman said on Monday.", "Monday")[0] == ""


def test_quoted_words_keep_their_tense():
    # the printed title puts the marks back (quotation_marks) only on the quotation's own words
    sentence = "“Algeria has systematically honored all its obligations,” Foreign Minister Mourad Medelci said."
    title = "Algeria has systematically honored all its obligations, Foreign Minister Mourad Medelci said"
    assert in_simple_past(title, sentence) == title
    assert in_simple_past(title) == "Algeria systematically honored all its obligations, Foreign Minister Mourad Medelci said"
    sentence = "Jumma Ibrahim said \"The revolution from inside Tripoli has officially started.\""
    assert polished("The revolution from inside Tripoli has officially started", sentence) == \
        "The revolution from inside Tripoli has officially started"
    sentence = "\"The rebels say they were attacked,\" the minister added."
    assert in_past_report("The rebels say they were attacked", sentence) == "The rebels say they were attacked"


# polish.yaml pluperfect_own_date: a main verb's pluperfect dated by its own clause's date phrase, read with that
# phrase (the entry's expression), takes the simple past; a report's or a telling's date keeps it
@pytest.mark.parametrize("example", TABLE["pluperfect_own_date_examples"], ids=lambda e: e["title"][:40])
def test_a_pluperfect_dated_by_its_own_clause_takes_the_simple_past(example):
    assert in_past_of_own_date(example["title"], example["sentence"], example["expression"]) == example["polished"]
    assert polished(example["title"], example["sentence"], example["expression"]) == example["polished"]


@pytest.mark.parametrize("example", TABLE["pluperfect_own_date_near_misses"], ids=lambda e: e["title"][:40])
def test_a_pluperfect_dated_by_a_report_or_kept_by_its_adverb_stays(example):
    assert in_past_of_own_date(example["title"], example["sentence"], example["expression"]) == example["title"]


# polish.yaml present_of_today: an -s present the day's date phrase follows right away takes the past
@pytest.mark.parametrize("example", TABLE["present_of_today_examples"], ids=lambda e: e["title"][:40])
def test_a_present_of_the_days_news_takes_the_past(example):
    assert in_past_of_today(example["title"], example["sentence"], example["expression"]) == example["polished"]
    assert polished(example["title"], example["sentence"], example["expression"]) == example["polished"]


@pytest.mark.parametrize("example", TABLE["present_of_today_near_misses"], ids=lambda e: e["title"][:40])
def test_a_state_a_later_phrase_or_a_report_keeps_its_present(example):
    assert in_past_of_today(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_a_context_phrase_the_print_keeps_loses_its_context_adverb():
    # with_context brings the sentence's own words back ("after it also quarantined"): "also" goes there too
    sentence = ("Canada asked China for an explanation on Monday after it also quarantined a group of at least 20 "
                "Canadian students, none of whom had shown any flu symptoms, in the north-eastern town of Changchun.")
    assert printed("Canada asked China for an explanation", sentence, "Monday") == (
        "Canada asked China for an explanation after it quarantined a group of at least 20 Canadian students")


def test_a_figure_takes_the_article_of_its_spoken_sound():
    """ "an 18-year-old", "an 8-year-old", "an 11-year-old", but "a 23-year-old", "a 180-page report"."""
    from timeline.events.polish import _article_for
    assert [_article_for(w) for w in ("18-year-old", "8-year-old", "11-year-old", "80", "11,000")] == ["An"] * 5
    assert [_article_for(w) for w in ("23-year-old", "180-page", "1", "118")] == ["A"] * 4


# polish.yaml relative_antecedent: a title made from a relative a preposition opened keeps the preposition and noun
@pytest.mark.parametrize("example", TABLE["relative_antecedent_examples"], ids=lambda e: e["title"][:40])
def test_a_relative_title_keeps_what_its_preposition_took(example):
    assert with_relative_antecedent(example["title"], example["sentence"]) == example["polished"]


@pytest.mark.parametrize("example", TABLE["relative_antecedent_near_misses"], ids=lambda e: e["title"][:40])
def test_no_relative_or_a_time_keeps_the_title(example):
    assert with_relative_antecedent(example["title"], example["sentence"]) == example["title"]


def test_commentary_tail_cuts_only_at_a_dash_or_an_and_and_reads_no_further_without_one():
    """speed2: a title with neither a dash nor an "and" is returned before the verb search (most titles)."""
    from timeline.events.polish import _bare, _dash_openers
    assert _bare.cache_info().maxsize  # memoised, bounded: asked ~1M times a large topic
    assert _dash_openers()  # the table's phrases, read once
    cut = "Doctors said four fighters had been killed -- testament to the often-chaotic conduct of the forces"
    assert without_commentary_tail(cut) == "Doctors said four fighters had been killed"
    title = "Rebels took Brega, a key oil port, on Friday"
    assert without_commentary_tail(title) is title


@pytest.mark.parametrize("example", TABLE["relative_event_noun_examples"], ids=lambda e: e["title"][:40])
def test_a_bare_event_noun_takes_its_relative_s_noun_phrase(example):
    from timeline.events.polish import with_relative_event_noun
    assert with_relative_event_noun(example["title"], example["sentence"], example["expression"]) == example["polished"]


@pytest.mark.parametrize("example", TABLE["relative_event_noun_near_misses"], ids=lambda e: e["title"][:40])
def test_no_relative_event_noun_keeps_the_title(example):
    from timeline.events.polish import with_relative_event_noun
    assert with_relative_event_noun(example["title"], example["sentence"], example["expression"]) == example["title"]


@pytest.mark.parametrize("example", TABLE["forward_pronoun_examples"] + TABLE["forward_pronoun_near_misses"],
                         ids=lambda e: e["sentence"][:40])
def test_an_opening_clause_s_it_takes_the_noun_it_points_to(example):
    from timeline.events.polish import with_forward_pronoun
    assert with_forward_pronoun(example["title"], example["sentence"]) == example["polished"]
