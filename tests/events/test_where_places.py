"""places5: a title told by a ", where" clause keeps the place the clause tells of (events.yaml
title_where_antecedents, titles.where_placed_title), and an opening phrase of place comes back past a where aside
(polish.yaml opening_place place_relatives, polish.with_opening_place)."""
import pytest

from timeline.events import extract
from timeline.events.lexicon import rules as events_rules
from timeline.events.polish import with_opening_place
from timeline.events.titles import where_placed_title
from timeline.model import Article

WHERE_EXAMPLES = events_rules()["title_where_examples"]


@pytest.mark.parametrize("example", WHERE_EXAMPLES, ids=[e["placed"] for e in WHERE_EXAMPLES])
def test_title_where_examples(example):
    assert where_placed_title(example["title"], example["sentence"]) == example["placed"]


def test_the_examples_change_some_titles_and_leave_others():
    changed = [e for e in WHERE_EXAMPLES if e["placed"] != e["title"]]
    assert 3 <= len(changed) < len(WHERE_EXAMPLES)


@pytest.mark.parametrize("title, sentence, placed", [
    # a title ending inside the clause (its pronoun named by an earlier step)
    ("Pro-rebel fighters were trained for the uprising",
     "Fighters made their way to the city of Misrata, where they were trained for the uprising, rebels said.",
     "Pro-rebel fighters were trained for the uprising in Misrata"),
    # the clause's start past a date the cut left out
    ("At least five civilians were killed in mortar attacks",
     "Juppe mentioned the attacks on Misrata, where on Monday at least five civilians were killed in mortar attacks.",
     "At least five civilians were killed in mortar attacks in Misrata"),
    # "the" before the name comes with it
    ("Rebels held the pass", "Fighting went on in the Western Mountains, where rebels held the pass on Sunday.",
     "Rebels held the pass in the Western Mountains"),
])
def test_a_where_clause_title_takes_its_place(title, sentence, placed):
    assert where_placed_title(title, sentence) == placed


@pytest.mark.parametrize("title, sentence", [
    # the title already names a place after a preposition
    ("Rebels held the pass in Nalut", "Fighting went on in the Western Mountains, where rebels held the pass in Nalut."),
    # a title of another clause: the main clause before the where clause
    ("Gadhafi forces shelled the town", "Gadhafi forces shelled the town near Brega, where rebels had dug in."),
    # too many words between "where" and the title's start: another clause
    ("The minister resigned", "The crisis spread to Cairo, where protesters marched for days until the minister resigned."),
    # no preposition of place before the name: a person or a thing
    ("The talks went on", "The delegation met Mahmoud Jibril, where the talks went on."),
    # a day is no place
    ("The envoys agreed a truce", "The talks were held in Rome on Monday, where the envoys agreed a truce."),
])
def test_a_where_clause_title_is_left_alone(title, sentence):
    assert where_placed_title(title, sentence) == title


def test_an_opening_place_comes_back_past_a_where_aside():
    sentence = ("In Misrata, where rebel fighters have said they have been under siege for weeks, CNN's Nic Robertson "
                "saw evidence of heavy fighting Monday.")
    assert with_opening_place("CNN's Nic Robertson saw evidence of heavy fighting", sentence) \
        == "In Misrata, CNN's Nic Robertson saw evidence of heavy fighting"


def test_an_aside_of_another_kind_still_blocks_the_opening_place():
    sentence = "In Misrata, which rebels have held for weeks, CNN's Nic Robertson saw heavy fighting Monday."
    assert with_opening_place("CNN's Nic Robertson saw heavy fighting", sentence) \
        == "CNN's Nic Robertson saw heavy fighting"


def test_the_where_clause_itself_gets_no_opening_place():
    sentence = "In Benghazi, where rebels said they had beaten back an advance, residents welcomed the intervention."
    assert with_opening_place("Rebels said they had beaten back an advance", sentence) \
        == "Rebels said they had beaten back an advance"


def test_an_article_title_keeps_its_where_place():
    body = ("Meanwhile, the Libyan government on Saturday took journalists to the eastern city of Bin Jawad, where "
            "the government ousted rebels about a week ago.")
    titles = [e.title for e in extract(Article(id="a", body=body, published="2011-03-12"))]
    assert "The Libyan government ousted rebels in Bin Jawad" in titles


def _titles(body: str) -> list[str]:
    return [e.title for e in extract(Article(id="a", body=body, published="2011-04-25"))]


def test_there_names_the_place_the_sentence_before_opens_with():
    body = ("A doctor at a hospital in Misrata put the number of dead at 16 on Saturday. Misrata has been the scene of "
            "some of the deadliest battles of the war. At least 36 people were killed there Sunday.")
    assert "At least 36 people were killed in Misrata" in _titles(body)


@pytest.mark.parametrize("body", [
    # the article never writes the name as a place ("in Misrata"): it may be a person or a body
    "Misrata has been the scene of some of the deadliest battles of the war. At least 36 people were killed there "
    "Sunday.",
    # a country is too wide for a "there"
    "Many were killed in Libya on Saturday. Libya has been the scene of heavy battles. At least 36 people were killed "
    "there Sunday.",
    # the sentence before names another place too
    "A doctor in Misrata and one in Zlitan spoke on Saturday. Misrata has been the scene of battles with Zlitan. At "
    "least 36 people were killed there Sunday.",
])
def test_there_stays_without_one_written_place(body):
    assert "At least 36 people were killed there" in _titles(body)
