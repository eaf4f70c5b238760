"""dates28: a date inside a name ("the 17th of February Martyrs Brigade") or inside an apposition that describes the
subject ("McCain, the unsuccessful Republican presidential nominee in 2008, warned") dates nothing
(timeline/events/dating.py is_named_date, is_apposition_date; dating.yaml name_dates, appositions)."""

from __future__ import annotations

import pytest

from timeline.events import extract
from timeline.events.dating import is_apposition_date, is_named_date
from timeline.model import Article, Sentence, Timex


def _at(text: str, phrase: str) -> tuple[Sentence, Timex]:
    start = text.index(phrase)
    return Sentence(0, len(text), text), Timex(start, start + len(phrase), phrase, "DATE", "XXXX")


NAMED = [
    ("The assistant commander of the rebel's 17th of February Martyrs Brigade said the local people used to be "
     "terrified of this camp.", "17th of February"),
    ("Rebel fighters said members of the February 17 Martyrs' Brigade had collected Younes on Thursday.",
     "February 17"),
    ("Salabi leads the February 17 brigade which many Libyans credit with the defense of Benghazi.", "February 17"),
    ("Protesters gathered with the April 6 Youth Movement in Cairo.", "April 6"),
]
NOT_NAMED = [
    ("It happened in the 1956 Hungarian Revolution.", "1956"),  # an event's name
    ("Officials marked the September 11 attacks on Sunday.", "September 11"),  # an event noun, no organisation
    ("The Feb. 17 uprising began in Benghazi.", "Feb. 17"),  # the name is the event
    ("On Saturday Coalition aircraft struck Tripoli.", "Saturday"),  # a preposition before the date
    ("The rebels met on February 17 in Benghazi.", "February 17"),
    ("In Libya, a March 17 Security Council resolution authorized all necessary measures.", "March 17"),
    ("Russia, which abstained in the March U.N. Security Council vote, has accused the coalition.", "March"),
    ("Rebels entered the June 4 Martyrs Square market.", "June 4"),  # the head goes on to a noun
    ("The March 3 youth rally was cancelled.", "March 3"),  # a lower-case head that does not end the phrase
]


@pytest.mark.parametrize("text,phrase", NAMED)
def test_a_date_in_an_organisation_name_is_no_date(text: str, phrase: str) -> None:
    assert is_named_date(*_at(text, phrase))


@pytest.mark.parametrize("text,phrase", NOT_NAMED)
def test_a_date_outside_a_name_is_left_alone(text: str, phrase: str) -> None:
    assert not is_named_date(*_at(text, phrase))


APPOSITIONS = [
    ("Sen. John McCain of Arizona, the unsuccessful Republican presidential nominee in 2008, warned that pulling "
     "U.S. forces back undermined the military mission.", "2008"),
    ("Jones, the party's candidate in 2004, says the vote was fair.", "2004"),
    ("Smith, a veteran of the 1991 war, said the plan would fail.", "1991"),
]
NOT_APPOSITIONS = [
    ("This disaster rides on the back of Katrina, a storm that in 2005 killed more than 1,800 people.", "2005"),
    ("In 2008, McCain ran against Obama.", "2008"),  # the date opens the clause
    ("Arriving in Ghat, a remote desert city in Libya's extreme south-west on 15 January, they were involved in a "
     "shootout.", "15 January"),  # a fronted phrase: no subject before the comma
    ("Jackson, who died on 25 June 2009 aged 50, had spent four months rehearsing.", "25 June 2009"),  # a relative
    ("The senator, who ran against Obama in 2008, contends a resolution would have passed.", "2008"),
    ("Alex, the first named storm of the 2010 Atlantic hurricane season, had sustained winds.", "2010"),  # "named"
    ("Qatari Prime Minister Al Thani, a co-chair of Wednesday's meeting, said the allies will consider the needs.",
     "Wednesday"),  # a possessive date: the meeting may be the saying's occasion
    ("McCain, the nominee, warned on Monday that the mission was failing.", "Monday"),  # the date is the verb's
]


@pytest.mark.parametrize("text,phrase", APPOSITIONS)
def test_a_date_in_a_subjects_apposition_is_no_date(text: str, phrase: str) -> None:
    assert is_apposition_date(*_at(text, phrase))


@pytest.mark.parametrize("text,phrase", NOT_APPOSITIONS)
def test_a_date_outside_an_apposition_is_left_alone(text: str, phrase: str) -> None:
    assert not is_apposition_date(*_at(text, phrase))


def _events(text: str, published: str, phrase: str) -> list[str]:
    events = extract(Article(id="example", body=text, published=published))
    return [e.title for e in events if e.source.expression.rstrip(".").lower() == phrase.lower()]


def test_the_apposition_year_dates_no_warning() -> None:
    text = ("Sen. John McCain of Arizona, the unsuccessful Republican presidential nominee in 2008, warned that "
            "pulling U.S. forces back to a supporting role under NATO control undermined the military mission.")
    assert not any("warned" in t for t in _events(text, "2011-06-24", "2008"))


def test_the_name_date_dates_no_saying() -> None:
    text = ("The assistant commander of the rebel's 17th of February Martyrs Brigade said the local people used "
            "to be terrified of this camp.")
    assert _events(text, "2011-05-06", "17th of February") == []


def test_a_date_of_the_verb_after_a_name_still_dates_it() -> None:
    text = "Members of the February 17 Martyrs' Brigade collected Younes from the frontline near Brega on Thursday."
    assert any("collected" in t for t in _events(text, "2011-07-31", "Thursday"))
    assert _events(text, "2011-07-31", "February 17") == []
