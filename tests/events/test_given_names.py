"""A lone given name as a person (subjects._given_name: "Edgar" after "Edgar Hernandez"), a capitalised count or
determiner opening a sentence as no name (subjects._names_a_person), and the main person counted by given name
(subjects._main_person): pronouns inside a title named where the article makes its person certain."""

import pytest

from timeline.events import extract
from timeline.events.subjects import _names_a_person, fits
from timeline.model import Article


@pytest.mark.parametrize("word,earlier,person", [
    ("Edgar", ["Five-year-old Edgar Hernandez"], True),
    ("Edgar", ["Edgar Hernandez"], True),
    ("Hernandez", ["Edgar Hernandez"], True),  # a surname, as before
    # near misses: a title or honorific opens the full name; no full name opens with it
    ("President", ["President Barack Obama"], False),
    ("Dr", ["Dr Conrad Murray"], False),
    ("Edgar", ["Tony Hayward"], False),
])
def test_a_given_name_fits_a_person(word, earlier, person):
    assert fits(word, "person", earlier) is person


@pytest.mark.parametrize("text,person", [
    ("Several hundred people in ", False),
    ("Thousands of fans came together in ", False),
    ("Many of the residents in ", False),
    # near misses: a capitalised word that may be a name, a person noun
    ("Kinzi and hundreds of people in ", True),
    ("Several soldiers and a doctor in ", True),
])
def test_an_opening_count_is_no_name(text, person):
    assert _names_a_person(text) is person


def _titles(body: str, date: str) -> list[str]:
    return [e.title for e in extract(Article(id="a", body=body, published="2009-06-27"))
            if e.source.expression == date]


@pytest.mark.parametrize("body,date,title", [
    # "his" named by the one person the article's subjects give, by the full name a given name opens
    ("Five-year-old Edgar Hernandez started feeling unwell in late March. Edgar was not alone. Several hundred people"
     " in his home village of La Gloria had also been sick, some falling ill back in December.", "December",
     "Several hundred people in Edgar Hernandez's home village of La Gloria had been sick, some falling ill"),
    # near miss: someone else in the sentence just before
    ("Five-year-old Edgar Hernandez started feeling unwell in late March. Edgar met a doctor. Several hundred people"
     " in his home village of La Gloria had also been sick, some falling ill back in December.", "December",
     "Several hundred people in his home village of La Gloria had been sick, some falling ill"),
])
def test_an_inner_possessive_takes_a_given_name(body, date, title):
    assert _titles(body, date) == [title]


_STORY = ("Medical experts are not treating the death of pop star Michael Jackson as suspicious. Working out the reason"
          " for Michael's death could take weeks. Police have spoken to Michael's personal doctor, Dr Conrad Murray."
          " People around the world continue to pay tribute to the star. ")


@pytest.mark.parametrize("body,date,title", [
    # the given name counts the person's sentences (main_person min_sentences): "the star" is Michael Jackson
    (_STORY + "On Friday night thousands of fans came together in London to light candles and sing some of his biggest"
     " hits.", "Friday night",
     "Thousands of fans came together in London to light candles and sing some of Michael Jackson's biggest hits"),
    # near miss: the person named in too few sentences
    ("Medical experts are not treating the death of pop star Michael Jackson as suspicious. People around the world"
     " continue to pay tribute to the star. On Friday night thousands of fans came together in London to light"
     " candles and sing some of his biggest hits.", "Friday night",
     "Thousands of fans came together in London to light candles and sing some of his biggest hits"),
])
def test_the_main_person_is_counted_by_given_name(body, date, title):
    assert _titles(body, date) == [title]
