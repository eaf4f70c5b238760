"""dates38: a long-past date inside a noun phrase that the clause's verb does not tell (dating.noun_of_another_event).
- A past participle right after the noun phrase's determiner or owner is an adjective, no verb: "the botched September
  2010 Times Square bombing plot" qualifies the plot as "the 2010 plot" does (dating._attributive_noun), so a later
  act about it ("blame for masterminding") is not dated by it. A past form after a noun ("reported 2009 profits") is
  still a verb.
- Breaking a law or a pact, and an inquiry into an event, come after it (dating.yaml later_act_verbs): "violated the
  1973 War Powers Resolution", "had led the investigation into the 1988 Piper Alpha disaster" are no 1973 violation,
  no 1988 inquiry. A verb that takes part in the noun's event ("signed the 2003 ceasefire agreement"), a date of the
  inquiry itself ("led the 1989 inquiry into"), and a recent date keep what they had."""

from __future__ import annotations

import pytest

from timeline.events.dating import _is_participle_adjective

from dated_titles import dated_titles  # one article's titles for one date phrase


@pytest.mark.parametrize("text,phrase,published,titles", [
    # the participle adjective between the determiner and the date: the noun's event, titled by its phrase
    ("The U.N. Security Council on Friday will impose sanctions on the Pakistani Taliban, an extremist Islamic "
     "organization which American officials blame for masterminding the botched September 2010 Times Square bombing "
     "plot.", "September 2010", "2011-07-29", ["The botched Times Square bombing"]),
    ("He was convicted over the botched 2009 bombing of a jet.", "2009", "2011-03-01",
     ["The botched bombing of a jet"]),
    ("Investigators are still examining the failed 2009 coup attempt in the capital.", "2009", "2011-03-01",
     ["The failed coup"]),
    # breaking a law: the year is the law's (no event noun: no event at all)
    ("Republicans and Democrats argued that President Obama violated the U.S. Constitution and the 1973 War Powers "
     "Resolution by failing to secure congressional authorization for U.S. military operations in the north African "
     "country.", "1973", "2011-07-07", []),
    ("The group violated the 2003 ceasefire agreement in the north.", "2003", "2011-03-01", []),
    # an inquiry into an event: the year is the disaster's
    ("Bartlit, appointed by Barak Obama, had led the investigation into the 1988 Piper Alpha disaster in the North "
     "Sea, when 167 workers died.", "1988", "2010-07-20", []),
    ("Fred Bartlit led the inquiry into the 1988 Piper Alpha disaster.", "1988", "2010-07-20", []),
])
def test_the_noun_takes_the_date(text: str, phrase: str, published: str, titles: list[str]) -> None:
    assert dated_titles(text, phrase, published) == titles


@pytest.mark.parametrize("text,phrase,published,titles", [
    # a verb that takes part in the noun's event keeps the date
    ("Leaders attended the delayed 2009 summit in Sirte.", "2009", "2011-03-01",
     ["Leaders attended the delayed summit in Sirte"]),
    ("The group signed the 2003 ceasefire agreement in the north.", "2003", "2011-03-01",
     ["The group signed the 2003 ceasefire agreement in the north"]),
    # the date is the inquiry's own
    ("Fred Bartlit led the 1989 inquiry into the Piper Alpha disaster.", "1989", "2010-07-20",
     ["Fred Bartlit led the 1989 inquiry into the Piper Alpha disaster"]),
    # told days later: the act and the noun's event are one story
    ("The rebels violated the March 2011 ceasefire.", "March 2011", "2011-03-25", ["The rebels violated the ceasefire"]),
    # a document's date dates what it said
    ("In a leaked 2009 memo, the ambassador warned of unrest.", "2009", "2011-03-01",
     ["The ambassador warned of unrest"]),
])
def test_the_verb_keeps_the_date(text: str, phrase: str, published: str, titles: list[str]) -> None:
    assert dated_titles(text, phrase, published) == titles


@pytest.mark.parametrize("previous,adjective", [
    ("the", True), ("a", True), ("his", True), ("Obama's", True),
    ("company", False), ("they", False), ("in", False),
])
def test_is_participle_adjective(previous: str, adjective: bool) -> None:
    assert _is_participle_adjective(previous) is adjective


@pytest.mark.parametrize("text,phrase,published,titles", [
    # an apposition of two noun phrases, a participle adjective in the second: it describes the subject, dates nothing
    ("McCain, the GOP's 2008 presidential nominee and a decorated veteran of the Vietnam War, said he believes Obama "
     "did the right thing by intervening.", "2008", "2011-02-21", []),
    # near misses: a verb inside the apposition keeps the date (a relative's, or "and" before no noun phrase)
    ("Hondros, the 2005 winner and a veteran who served in Iraq, said he was proud.", "2005", "2011-02-21",
     ["Hondros, the 2005 winner and a veteran who served in Iraq, said he was proud"]),
    ("Katrina, a storm that in 2005 killed more than 1,800 people, returned to the news.", "2005", "2010-06-01",
     ["A storm killed more than 1,800 people"]),
])
def test_apposition_of_noun_phrases(text: str, phrase: str, published: str, titles: list[str]) -> None:
    assert dated_titles(text, phrase, published) == titles


@pytest.mark.parametrize("text,phrase,published,titles", [
    # a year in a law's name dates nothing
    ("The U.S. has a research program underway in collaboration with the oil industry, authorized by the Methane "
     "Hydrate Research and Development Act of 1999.", "1999", "2010-05-20", []),
    # near misses: the clause makes the law; a lower-case "law of 1990"; a year after "in"
    ("Congress passed the Oil Pollution Act of 1990 after the Exxon Valdez spill.", "1990", "2010-05-20",
     ["Congress passed the Oil Pollution Act"]),
    ("The town adopted a law of 1990 banning the dumping.", "1990", "2010-05-20",
     ["The town adopted a law banning the dumping"]),
    ("The Senate voted on the Act in 1990.", "1990", "2010-05-20", ["The Senate voted on the Act"]),
])
def test_law_name_dates(text: str, phrase: str, published: str, titles: list[str]) -> None:
    assert dated_titles(text, phrase, published) == titles
