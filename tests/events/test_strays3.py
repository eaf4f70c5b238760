"""Stray leading words (strays3): a named teller's place does not come back at print (polish.yaml opening_place
teller_verbs, polish.with_opening_place), a sequence opener goes (stray_words sequence_openers,
polish.without_stray_words), an opening hedge of unnamed reports moves behind its clause (report_hedge,
polish.with_report_hedge_last). Each with the counter-examples an over-eager version would hurt."""
import pytest

from timeline.events.polish import polished, printed, rules, with_opening_place, with_report_hedge_last, without_stray_words

TABLE = rules()


# --- a named teller's place ------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, sentence", [
    ("President Barack Obama authorized up to $25 million in nonlethal commodities and services",
     "In Washington, President Barack Obama on Wednesday authorized up to $25 million in nonlethal commodities and services."),
    ("State Department deputy spokesman Mark Toner said that the department is “very concerned” about al-Obeidy's safety",
     "In Washington, State Department deputy spokesman Mark Toner said Thursday that the department is “very concerned” about al-Obeidy's safety."),
    ("Major General John Lorimer said British warplanes destroyed two tanks in Yafran",
     "In London, Major General John Lorimer said British warplanes destroyed two tanks on Thursday in Yafran."),
    ("Paramedic Martin Blount testified that Dr Murray cleaned up vials",
     "In Los Angeles on Thursday, paramedic Martin Blount testified that Dr Murray cleaned up vials."),
    ("Rebel spokesman Jalal al Gallal called announcements by France and Italy “positive”",
     "In Libya, rebel spokesman Jalal al Gallal called Wednesday's announcements by France and Italy “positive.”"),
    ("Gaddafi said he would fight on", "In Tripoli, Gaddafi said on Monday he would fight on."),
], ids=lambda v: v[:30])
def test_a_named_tellers_place_does_not_come_back(title, sentence):
    assert with_opening_place(title, sentence) == title
    assert printed(title, sentence) == title


@pytest.mark.parametrize("title, sentence, kept", [
    # a common noun: the place is where the residents are, and where the attack was
    ("Residents said they had again come under attack",
     "In Misrata, the only major rebel-held city in the west, residents said they had again come under attack on Monday.",
     "In Misrata, residents said they had again come under attack"),
    # what the teller perceived there
    ("CNN's Nic Robertson reported he heard six loud explosions",
     "In Tripoli on Sunday, CNN's Nic Robertson reported he heard six loud explosions.",
     "In Tripoli, CNN's Nic Robertson reported he heard six loud explosions"),
    ("Rebel spokesman Ahmed Bani said he saw tanks shelling the port",
     "In Misrata, rebel spokesman Ahmed Bani said on Sunday he saw tanks shelling the port.",
     "In Misrata, rebel spokesman Ahmed Bani said he saw tanks shelling the port"),
    # a deed of another verb
    ("U.S. ambassador Gene Cretz returned to work after a hiatus",
     "In Tripoli on Thursday, U.S. ambassador Gene Cretz returned to work after a hiatus.",
     "In Tripoli, U.S. ambassador Gene Cretz returned to work after a hiatus"),
    ("Reuters reporters heard intermittent gunfire",
     "In the capital Tripoli, Reuters reporters heard intermittent gunfire on Friday evening.",
     "In the capital Tripoli, Reuters reporters heard intermittent gunfire"),
])
def test_an_event_place_still_comes_back(title, sentence, kept):
    assert with_opening_place(title, sentence) == kept


# --- sequence openers ------------------------------------------------------------------------------------------

def test_every_sequence_opener_has_an_example():
    openers = {" ".join(p) for p in TABLE["stray_words"]["sequence_openers"]}
    assert {"most recently", "in a separate incident", "more recently"} <= openers


@pytest.mark.parametrize("title, expected", [
    ("Most recently, A 17-year-old boy died and 39 people were injured", "A 17-year-old boy died and 39 people were injured"),
    ("In a separate incident, gunmen shot dead two police officers", "Gunmen shot dead two police officers"),
    ("But more recently, the company cut its forecast", "The company cut its forecast"),
    ("In the latest incident, a tanker was hit", "A tanker was hit"),
])
def test_a_sequence_opener_goes(title, expected):
    assert without_stray_words(title) == expected
    assert polished(title, title) == expected


@pytest.mark.parametrize("title", [
    "The most recently elected president took office",  # inside the title
    "Most recently the firm hired a new chief",  # no comma: not set off
    "Most recently, the",  # no clause after the comma
    "In the latest incident",  # no comma, no clause
])
def test_a_sequence_word_the_title_needs_stays(title):
    assert without_stray_words(title) == title


# --- an opening hedge of unnamed reports -------------------------------------------------------------------------

@pytest.mark.parametrize("example", TABLE["report_hedge_examples"], ids=lambda e: e["title"][:40])
def test_an_opening_report_hedge_moves_behind_its_clause(example):
    assert with_report_hedge_last(example["title"]) == example["polished"]
    assert polished(example["title"], example["title"]) == example["polished"]


@pytest.mark.parametrize("title", TABLE["report_hedge_near_misses"], ids=lambda t: t[:40])
def test_a_hedge_that_is_no_opener_before_a_clause_stays(title):
    assert with_report_hedge_last(title) == title
    assert polished(title, title) == title


def test_the_moved_hedge_is_said_once():
    once = with_report_hedge_last("There were reports that Colonel Gadhafi was negotiating with rebel leaders")
    assert with_report_hedge_last(once) == once
