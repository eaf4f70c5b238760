"""A link heading or photo caption glued to a report that opens with "The" and a name ("Joe Jackson attends award
ceremony The Los Angeles County Coroner's office has ruled ..."): the `the-name subject after a caption` rule of
sentences.yaml `glued`, run over its own examples and over the cases an over-eager version would cut."""

import pytest

from timeline.text.sentences import glued_rules, split_sentences

RULE = "the-name subject after a caption"


def _pieces(text: str) -> str:
    return " | ".join(s.text for s in split_sentences(text))


def _rule():
    return next(rule for rule in glued_rules().rules if rule.name == RULE)


def test_rule_is_in_the_table_with_examples_both_ways():
    rule = _rule()
    assert len(rule.split) >= 3 and len(rule.keep) >= 5


@pytest.mark.parametrize(("text", "pieces"), _rule().split)
def test_heading_before_the_name_is_its_own_piece(text, pieces):
    assert _pieces(text) == pieces


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # from the pages: a caption or link heading, then the report's subject and its finite verb
        ("Swine flu cases confirmed after pupils there tested positive The World Health Organization says 1,490 people"
         " are infected.",
         "Swine flu cases confirmed after pupils there tested positive | The World Health Organization says 1,490"
         " people are infected."),
        ("Gadhafi urged not to step down The British Foreign Office calls for Gadhafi to go.",
         "Gadhafi urged not to step down | The British Foreign Office calls for Gadhafi to go."),
    ],
)
def test_caption_split_from_report(text, pieces):
    assert _pieces(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        # a verb before "The" takes the name as its object
        "The mercurial leader hired The Monitor Group, a consulting firm.",
        "Rebels captured The Green Square area and raised their flag.",
        "The paper joining The New York Times in the suit was named.",
        # a work's or group's kind, or a possessive, names the title after it
        "Jackson's album The Dude includes the song Razzamatazz.",
        "The jazz trio The Bad Plus whose head is shaved played on Monday.",
        "Gustav Holst's The Planets was a remarkably original composition.",
        # a time word opening the sentence
        "Last year The XX released their eponymous debut album.",
        # a name with no finite verb after it
        "Officials met The Hague-based court's prosecutor on Monday.",
        # "The" before a lower-case word is the older rule's, and stays one piece after a verb of saying
        "He said The Times has the story.",
    ],
)
def test_running_text_stays_one_sentence(text):
    assert [s.text for s in split_sentences(text)] == [text]
