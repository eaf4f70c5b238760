"""dates35: a date of the finished past that qualifies a noun ("the 2008 terrorist attacks") in a clause whose verb is
a present progressive ("is challenging") dates the noun's event, not the verb's, which tells the article's day
(dating.tells_a_present_act, dating.noun_of_another_event): "The only surviving gunman from the 2008 terrorist attacks
in Mumbai is challenging his death sentence" is no 2008 challenge. A past, a perfect or a simple present verb, the
noun's own event told by the verb, and a recent date keep what they had."""

from __future__ import annotations

import pytest

from timeline.events.dating import tells_a_present_act
from timeline.model import Sentence

from dated_titles import dated_titles  # one article's titles for one date phrase


@pytest.mark.parametrize("text,phrase,published,titles", [
    # the date in the subject's noun phrase, the progressive after it: the noun's event, titled by the phrase
    ("And the only surviving gunman from the 2008 terrorist attacks in Mumbai is challenging his death sentence.",
     "2008", "2011-07-29", ["The 2008 terrorist attacks in Mumbai"]),
    # the date in the object's noun phrase after the progressive
    ("Investigators are still examining the 2010 explosion on the rig.", "2010", "2011-07-29",
     ["The 2010 explosion on the rig"]),
])
def test_the_noun_takes_the_date(text: str, phrase: str, published: str, titles: list[str]) -> None:
    assert dated_titles(text, phrase, published) == titles


@pytest.mark.parametrize("text,phrase,published,titles", [
    # the noun is the subject and the verb tells its event: the date is the verb's too
    ("The 2009 vote was rigged.", "2009", "2011-03-01", ["The 2009 vote was rigged"]),
    ("The 2009 election was held amid protests.", "2009", "2011-03-01", ["The 2009 election was held amid protests"]),
    # a past, a past progressive or a perfect is no present act: left to the rules before
    ("The only surviving gunman from the 2008 terrorist attacks in Mumbai was challenging his death sentence.",
     "2008", "2011-07-29",
     ["The only surviving gunman from the 2008 terrorist attacks in Mumbai was challenging his death sentence"]),
    # a past verb before the progressive tells the date's own act ("killed in the 1988 bombing"): left alone
    ("Relatives of those killed in the 1988 bombing of Pan Am Flight 103 are demanding answers.", "1988",
     "2011-03-01", ["Relatives of those killed in the bombing of Pan Am Flight 103 are demanding answers"]),
    # a date within perfect_past_days of the telling: the act and the noun's event are one story, as before
    ("The survivors of Sunday's attacks are demanding answers.", "Sunday", "2011-03-01",
     ["The survivors of the attacks are demanding answers"]),
])
def test_the_verb_keeps_what_it_had(text: str, phrase: str, published: str, titles: list[str]) -> None:
    assert dated_titles(text, phrase, published) == titles


@pytest.mark.parametrize("text,present", [
    ("The gunman is challenging his death sentence.", True),
    ("Investigators are still examining the explosion.", True),
    ("The gunman was challenging his death sentence.", False),
    ("The gunman has been challenging his death sentence.", False),
    ("Those killed in the bombing are remembered.", False),
    ("A worse prognosis emerges from the spill.", False),  # a simple present: too like a plural noun to tell apart
    ("The 2009 vote was rigged.", False),
])
def test_tells_a_present_act(text: str, present: bool) -> None:
    assert tells_a_present_act(Sentence(0, len(text), text), 0) is present
