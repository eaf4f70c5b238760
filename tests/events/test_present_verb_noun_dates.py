"""dates37: a year or month of the finished past that qualifies a noun ("the 1991 Gulf war spill", "a 2008 friendship
treaty") in a clause whose first finite verb is a present other than a progressive (dates35's) -- a present perfect
or "has", a present copula or passive, a modal, a listed simple present -- dates the noun's event, not the verb's,
which tells the article's day (dating.tells_an_undated_present, dating.noun_of_another_event). A past main verb ("The
2005 explosion killed 15 people"), a past perfect ("had led"), "would"/"could", a verb that is a relative clause's,
and a date within perfect_past_days of the telling keep what they had."""

from __future__ import annotations

import pytest

from timeline.events.dating import table, tells_an_undated_present
from timeline.model import Sentence

from dated_titles import dated_titles  # one article's titles for one date phrase


@pytest.mark.parametrize("text,phrase,published,titles", [
    # a present perfect after a relative clause of the subject: the treaty's 2008, not the suspension's
    ("Now, a 2008 friendship treaty that prohibited Italian bases from being used in any military action against Libya"
     " has been officially suspended.", "2008", "2011-03-22", []),
    # a simple present before the noun phrase: the spill's (the war's) 1991, titled by the noun phrase
    ("An even worse prognosis emerges from the 1991 Gulf war spill, when an estimated 11m barrels of oil were dumped"
     " into the Persian Gulf.", "1991", "2010-06-10", ["The Gulf war spill"]),
    # a simple present with an adverb before it; a modal
    ("The company still faces lawsuits over the 2005 explosion.", "2005", "2010-06-10", []),
    ("The survivor of the 2005 explosion will sue the company.", "2005", "2010-06-10", []),
    ("Those figures hold a mix of legitimacy from the 1969 coup.", "1969", "2011-08-25", []),
    # a verbless clause after a comma: read by the verb before it
    ("Those figures hold a mix of historical legitimacy, for participating in the 1969 coup, and current legitimacy.",
     "1969", "2011-08-25", []),
])
def test_the_noun_takes_the_date(text: str, phrase: str, published: str, titles: list[str]) -> None:
    assert dated_titles(text, phrase, published) == titles


@pytest.mark.parametrize("text,phrase,published,titles", [
    # the noun is the subject and a past verb tells its event: the date is the verb's too
    ("The 2005 explosion killed 15 people.", "2005", "2010-06-10", ["The 2005 explosion killed 15 people"]),
    ("The 2009 vote was rigged.", "2009", "2011-03-01", ["The 2009 vote was rigged"]),
    ("Those figures earned a mix of historical legitimacy, for participating in the 1969 coup, and current"
     " legitimacy.", "1969", "2011-08-25",
     ["Those figures earned a mix of historical legitimacy, for participating in the 1969 coup"]),
    # a past perfect, "would": no present act, left to the rules before
    # ("had led the investigation into the 1988 ... disaster": an inquiry, a later act since dates38)
    ("Bartlit had attended the 1988 summit in Brussels.", "1988", "2010-11-09",
     ["Bartlit attended the summit in Brussels"]),
    # a span counted back after a noun phrase is no attributive date: the relative's present perfect leaves it
    ("Obama, who has been criticised for calling BP British Petroleum despite the fact the company dropped the name"
     " more than a decade ago, insisted his anger had nothing to do with national identity.", "more than a decade ago", "2010-06-13",
     ["Obama was criticised for calling BP British Petroleum"]),
    # a recent date: the act and the noun's event are one story, as before
    ("The survivor of Sunday's explosion will sue the company.", "Sunday", "2010-06-10",
     ["The survivor of the explosion will sue the company"]),
])
def test_the_verb_keeps_what_it_had(text: str, phrase: str, published: str, titles: list[str]) -> None:
    assert dated_titles(text, phrase, published) == titles


@pytest.mark.parametrize("text,present", [
    ("The gunman has been charged.", True),
    ("A worse prognosis emerges from the spill.", True),
    ("Officials still blame the group.", True),
    ("The treaty that prohibited bases from being used against Libya has been suspended.", True),
    ("The deal will be signed.", True),
    ("The vote is disputed.", True),
    ("The gunman is challenging his death sentence.", False),  # the progressive: tells_a_present_act's
    ("The gunman had been charged.", False),
    ("The explosion killed 15 people.", False),
    ("The spill would continue to influence the country.", False),
    ("They took the blame for the spill.", False),  # a noun after a determiner, after a past verb
    ("Officials put the blame on the group.", False),  # "put": listed as a past form
    ("Relatives of those killed in the bombing are demanding answers.", False),
])
def test_tells_an_undated_present(text: str, present: bool) -> None:
    assert tells_an_undated_present(Sentence(0, len(text), text), 0) is present


def test_table_examples() -> None:
    for example in table()["present_noun_dates"]["examples"]:  # type: ignore[index]
        text = str(example["text"])
        assert tells_an_undated_present(Sentence(0, len(text), text), 0) is example["present"], text


@pytest.mark.parametrize("text,phrase,published,titles", [
    # a present perfect passive takes no date of a finished past, as the active does (is_past_under_perfect)
    ("A soldier said he was acting in support of Maj. Nidal M. Hasan, the Army psychiatrist who has been charged in"
     " the killing of 13 people at the base in 2009.", "2009", "2011-07-29", []),
    ("The man has been charged with murder over the death of his wife in 2009.", "2009", "2011-03-01", []),
    # near misses: a past verb after the trigger ("assassinated in 2003": that act's), a span's lead, a recent day
    ("Gadhafi has been accused of trying to have then-Saudi Crown Prince Abdullah assassinated in 2003.", "2003",
     "2011-03-01", ["Gadhafi was accused of trying to have then-Saudi Crown Prince Abdullah assassinated"]),
    ("Three soldiers have been killed on Monday.", "Monday", "2011-03-02", ["Three soldiers were killed"]),
    ("The man had been charged with murder over the death of his wife in 2009.", "2009", "2011-03-01",
     ["The man was charged with murder over the death of his wife"]),
])
def test_perfect_passive(text: str, phrase: str, published: str, titles: list[str]) -> None:
    assert dated_titles(text, phrase, published) == titles
