"""The sequence of tenses in a report told in the past (timeline.events.polish.in_backshifted_report, polish.yaml
backshift): "Obama said the United States is examining" -> "was examining", "The spill has so far cost BP $3.12 bn,
the company said" -> "had so far cost"; and what stays (a lexical present first, a quotation, a wh- clause, a
telling in the present, a first person, a relative "that")."""
import pytest

from timeline.events.polish import in_backshifted_report, in_past_relative, polished, rules, with_quotation_marks

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["backshift_examples"], ids=lambda e: e["title"][:40])
def test_a_past_report_takes_the_sequence_of_tenses(example):
    assert in_backshifted_report(example["title"]) == example["polished"]
    assert polished(example["title"], example["title"]) == example["polished"]


@pytest.mark.parametrize("title", TABLE["backshift_near_misses"])
def test_a_backshift_near_miss_stays(title):
    assert in_backshifted_report(title) == title


def test_each_later_present_of_the_same_report_moves():
    assert in_backshifted_report("Officials said rebels are in Brega and have taken the port") == \
        "Officials said rebels were in Brega and had taken the port"
    assert in_backshifted_report("The commander said his men are hopeful they will capture the port") == \
        "The commander said his men were hopeful they would capture the port"


def test_a_present_after_a_lexical_present_stays():
    # "he doubts" keeps the speaker's present: moving only "will" would mix the tenses
    assert in_backshifted_report("The ambassador said he doubts a vote will occur") == \
        "The ambassador said he doubts a vote will occur"
    assert in_backshifted_report("Safety concerns mean U.S. experts have been unable to enter Libya, officials said") == \
        "Safety concerns mean U.S. experts have been unable to enter Libya, officials said"


def test_a_participle_in_the_reported_subject_is_no_finite_verb():
    assert in_backshifted_report("The agency said the number of civilians fleeing Libya has dropped") == \
        "The agency said the number of civilians fleeing Libya had dropped"


def test_that_opens_the_report_right_after_the_telling_or_its_person():
    assert in_backshifted_report("The minister told reporters that NATO has the assets") == \
        "The minister told reporters that NATO had the assets"
    assert in_backshifted_report("The minister said that NATO has the assets") == \
        "The minister said that NATO had the assets"
    # "that" after a noun the verb does not take as a person: a relative clause, no report's opening
    assert in_backshifted_report("The minister announced a plan that is under way") == \
        "The minister announced a plan that is under way"
    # after the report's first verb moved, a "that" clause goes on telling the same report
    assert in_backshifted_report("An official told CNN that the military has information that Gadhafi has tasked aides") \
        == "An official told CNN that the military had information that Gadhafi had tasked aides"


def test_a_quotation_stays():
    sentence = "The minister said NATO “has the assets to continue”."
    assert in_backshifted_report("The minister said NATO has the assets to continue", sentence) == \
        "The minister said NATO has the assets to continue"
    assert in_backshifted_report("The minister said NATO has the assets to continue") == \
        "The minister said NATO had the assets to continue"
    assert in_backshifted_report("“We have the assets,” the minister said") == "“We have the assets,” the minister said"


def test_a_closing_telling_in_the_past_moves_the_claim():
    assert in_backshifted_report("Her case is being investigated, government spokesman Moussa Ibrahim said") == \
        "Her case was being investigated, government spokesman Moussa Ibrahim said"
    assert in_backshifted_report("Oil demands have been met, the head of the company said") == \
        "Oil demands had been met, the head of the company said"
    # a telling in the present, and a claim whose verb is lexical, stay
    assert in_backshifted_report("Oil demands have been met, the head of the company says") == \
        "Oil demands have been met, the head of the company says"
    assert in_backshifted_report("The killing shows the forces are in disarray, a spokesman said") == \
        "The killing shows the forces are in disarray, a spokesman said"


def test_to_have_and_a_modal_stay():
    assert in_backshifted_report("Rebels claimed to have gained control of the port") == \
        "Rebels claimed to have gained control of the port"
    assert in_backshifted_report("The minister said rebels may have left the town") == \
        "The minister said rebels may have left the town"


def test_a_telling_that_is_no_main_verb_stays():
    assert in_backshifted_report("Rebels who said they are tired took Brega") == "Rebels who said they are tired took Brega"
    assert in_backshifted_report("The said agreement is in force") == "The said agreement is in force"


def test_that_after_a_phrase_of_the_telling_opens_the_report():
    assert in_backshifted_report("Gadhafi said on state-run television that he is not in Venezuela") == \
        "Gadhafi said on state-run television that he was not in Venezuela"
    assert in_backshifted_report("Gadhafi said the news that is spreading was false") == \
        "Gadhafi said the news that is spreading was false"


@pytest.mark.parametrize("example", TABLE["relative_backshift_examples"], ids=lambda e: e["title"][:40])
def test_a_relative_after_a_past_main_verb_takes_the_past(example):
    assert in_past_relative(example["title"]) == example["polished"]
    assert polished(example["title"], example["title"]) == example["polished"]


@pytest.mark.parametrize("title", TABLE["relative_backshift_near_misses"])
def test_a_relative_near_miss_stays(title):
    assert in_past_relative(title) == title


def test_a_quoted_relative_stays():
    sentence = "Forces tried to retake a town that “is under opposition control”, he said."
    title = "Forces tried to retake a town that is under opposition control"
    assert in_past_relative(title, sentence) == title
    assert in_past_relative(title) == "Forces tried to retake a town that was under opposition control"


def test_a_quotation_after_the_moved_verb_keeps_its_marks():
    sentence = "Mark Toner said Thursday that the department is “very concerned” about her safety."
    title = polished("Mark Toner said that the department is very concerned about her safety", sentence)
    assert title == "Mark Toner said that the department was very concerned about her safety"
    assert with_quotation_marks(title, sentence) == \
        "Mark Toner said that the department was “very concerned” about her safety"


def test_a_quoted_ing_form_keeps_its_is():
    # "was analyzing" would be told in the simple past ("analyzed") by the past progressive's rule: the speaker's
    # word and its marks lost
    sentence = "The White House is “analyzing” the speech, a senior U.S. administration official said."
    title = "The White House is analyzing the speech, a senior U.S. administration official said"
    assert in_backshifted_report(title, sentence) == title
    assert in_backshifted_report(title) == \
        "The White House was analyzing the speech, a senior U.S. administration official said"
