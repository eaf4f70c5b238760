"""An empty "it" before a verb of seeming (pronouns11, polish.yaml appearance_frames): "It appeared the rebels had
taken control of all of Zawiya" -> "The rebels had apparently taken control of all of Zawiya"; the "it" is never
named by an earlier subject ("Thursday appeared that ...")."""
import pytest

from timeline.events.polish import polished, rules, without_appearance_frame
from timeline.events.subjects import _nearest_antecedent, _without_non_rivals, resolve_pronoun

TABLE = rules()


@pytest.mark.parametrize("example", TABLE["appearance_frames_examples"], ids=lambda e: e["title"][:40])
def test_the_clause_after_the_frame_is_the_title_with_its_hedge(example):
    assert without_appearance_frame(example["title"]) == example["polished"]
    assert polished(example["title"], example["title"]) == example["polished"]


@pytest.mark.parametrize("title", TABLE["appearance_frames_near_misses"])
def test_a_frame_with_no_past_clause_after_it_stays(title):
    assert without_appearance_frame(title) == title


def test_the_empty_it_takes_no_earlier_subject():
    title = "It appeared that Gadhafi's forces were still in control of the central city"
    assert resolve_pronoun(title, ["Thursday"], ["Thursday"]) == title


def test_an_it_that_is_a_thing_is_still_named():
    assert resolve_pronoun("It appeared to falter", ["The ship"], ["The ship"]) == "The ship appeared to falter"


def test_other_frames_are_not_this_rule():
    # "It emerged that X" is polish.yaml frames' (no hedge: what emerged is told as fact)
    assert without_appearance_frame("It emerged that BP had sent a bill") == "It emerged that BP had sent a bill"


# A capitalised run an owner's pronoun determines before a lower-case noun ("his This Is It tour") names the owner's
# thing, no rival person between a pronoun and its name (subjects._without_non_rivals, pronouns11)
JACKSON = ["The singer died in June 2009 while rehearsing for his This Is It tour.",
           "Michael Jackson died aged 50 in June, 2009 while rehearsing for his This Is It tour.",
           "The tribute concert in Cardiff will raise money for three charities including the Los Angeles-based Aids "
           "Project."]
JACKSON_NAMES = ["This Is It", "Michael Jackson", "Los Angeles-based Aids Project"]
SUBJECTS = ["The singer", "Michael Jackson", "The tribute concert in Cardiff"]


def nearest(texts, names, pronoun):
    """The name the subject walk gives "His brothers ..." after the three sentences."""
    return _nearest_antecedent("person", SUBJECTS, names, texts, SUBJECTS, pronoun, "brothers")


def test_an_owned_things_name_is_no_rival_person():
    assert nearest(JACKSON, JACKSON_NAMES, "his") == "Michael Jackson"


def test_a_name_after_an_owner_and_a_noun_is_still_a_rival():
    # "his manager Frank DiLeo": a person named after the noun; the pronoun may be either man
    texts = [JACKSON[0], "Michael Jackson died aged 50 in June, 2009 while rehearsing with his manager Frank DiLeo.",
             JACKSON[2]]
    assert nearest(texts, [*JACKSON_NAMES, "Frank DiLeo"], "his") == ""


def test_the_owned_name_is_blanked_only_before_a_lower_case_word():
    assert _without_non_rivals("rehearsing for his This Is It tour", "his", JACKSON, False) == \
        "rehearsing for his x x x tour"
    assert _without_non_rivals("he thanked his Frank DiLeo.", "his", JACKSON, False) == "he thanked his Frank DiLeo."


def test_a_believed_it_before_a_clause_takes_no_earlier_subject():
    # events.yaml antecedents frame_hedges: "It is believed the man had fled" names nothing either
    title = "It is believed the man had fled"
    assert resolve_pronoun(title, ["The ship"], ["The ship"]) == title
