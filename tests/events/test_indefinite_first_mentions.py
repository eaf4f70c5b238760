"""A title's "the <words> <noun>" that the article met only as "a/an ..." before, or first in the title's own
sentence, and never named: printed with "a"/"an" (timeline.events.indefinites, indefinites.yaml; indefinite1)."""

import pytest

from timeline.events.indefinites import with_indefinite_first_mention
from timeline.rules import load_yaml

from dated_titles import dated_titles  # one article's titles for one date phrase

TABLE = load_yaml("timeline.events", "indefinites.yaml")
WITNESS = ["Gadhafi's troops shelled the city, a witness told CNN.",
           "The forces were evicting thousands of people from their homes, the witness told CNN."]
BOAT = ["At least 150 people drowned when a boat leaving Libya capsized off the Tunisian coast this week."]


@pytest.mark.parametrize("example", TABLE["examples"])
def test_table_examples(example):
    assert with_indefinite_first_mention(example["title"], example["title"] + ".", [example["before"]]) \
        == example["printed"]


@pytest.mark.parametrize("near_miss", TABLE["near_misses"])
def test_table_near_misses(near_miss):
    title = near_miss["title"]
    assert with_indefinite_first_mention(title, title + ".", [near_miss["before"]]) == title


@pytest.mark.parametrize("title,sentence,before,printed", [
    # the readers' cases: a person met with "a" before (named nowhere), a boat the sentence describes
    ("The witness in Misrata pleaded for coalition forces to strike",
     "The witness in Misrata on Tuesday pleaded for coalition forces to strike.", WITNESS,
     "A witness in Misrata pleaded for coalition forces to strike"),
    ("The overcrowded boat set sail from Tripoli",
     "The overcrowded boat, which set sail May 28 from Tripoli, was headed for Lampedusa.", BOAT,
     "An overcrowded boat set sail from Tripoli"),
    ("The doctor said that at least 10 people were killed",
     "The doctor said that at least 10 people were killed Friday.",
     ["In the contested western city of Misrata, a doctor said rebels held the airport."],  # a place before, no name
     "A doctor said that at least 10 people were killed"),
    # a reported clause's subject, four describing words
    ("Abubakr said the open blue wooden fishing boat departed from Tripoli",
     "Abubakr said the boat departed from Tripoli on Thursday.",
     ["Shortly after dawn, an open blue wooden fishing boat from Libya limped into the port."],
     "Abubakr said an open blue wooden fishing boat departed from Tripoli"),
    # a thing this sentence meets first
    ("The charter plane taking Mexicans out of China landed in Shanghai",
     "The charter plane taking Mexicans out of China landed in Shanghai on Tuesday.", ["Mexico protested."],
     "A charter plane taking Mexicans out of China landed in Shanghai"),
    # the object of the title's own act
    ("Jackson's mother filed the lawsuit on behalf of herself",
     "Jackson's mother filed the lawsuit in September 2010 on behalf of herself.",
     ["The family filed a wrongful death lawsuit against AEG Live."],
     "Jackson's mother filed a lawsuit on behalf of herself"),
    # "a" or "an" by the sound of the next word
    ("The 18-year-old driver was arrested", "The 18-year-old driver was arrested on Monday.",
     ["An 18-year-old driver hit a bus."], "An 18-year-old driver was arrested"),
    ("The used car was found", "The used car was found on Monday.", [], "A used car was found"),
    ("The hour-long petition was read", "The hour-long petition was read on Monday.", [],
     "An hour-long petition was read"),
    ("The unmarked car was found", "The unmarked car was found on Monday.", [], "An unmarked car was found"),
])
def test_first_mention_printed_indefinite(title, sentence, before, printed):
    assert with_indefinite_first_mention(title, sentence, before) == printed


@pytest.mark.parametrize("title,sentence,before", [
    # a name beside a mention: the naming rules' work
    ("The witness said civilians fled", "The witness said civilians fled on Monday.",
     ["Ali Ahmed, a witness in Misrata, told CNN of shelling."]),
    ("The witness said civilians fled", "The witness said civilians fled on Monday.",
     ["A witness told CNN of shelling, said the witness, Ali Ahmed."]),
    # the article's first mention is definite: one it writes as known
    ("The boat sank", "The boat sank on Monday.", ["Rebels fired at the boat.", "A boat was seen later."]),
    # a person first met in this sentence may be one named before by another noun
    ("The doctor said he gave Jackson propofol", "The doctor said on Monday he gave Jackson propofol.",
     ["Dr Conrad Murray was questioned by police."]),
    # a name after the noun, "of", a relative, a possessive, a participle with its own verb after
    ("The tanker Exxon Valdez hit a reef", "The tanker Exxon Valdez hit a reef in 1989.", []),
    ("The boat of the smugglers sank", "The boat of the smugglers sank on Monday.", []),
    ("The boat that carried 850 people sank", "The boat that carried 850 people sank on Monday.", []),
    ("The boat's captain was arrested", "The boat's captain was arrested on Monday.", []),
    ("The man convicted of the bombing was released", "The man convicted of the bombing was released in 2009.",
     ["A man was convicted."]),
    # words that make it a known one; a verb taken for describing words
    ("The same boat sank", "The same boat sank on Monday.", []),
    ("The first plane was sent to Benghazi", "The first plane was sent to Benghazi on Friday.", []),
    ("Clinton welcomed the fact that the coalition includes aircraft",
     "Clinton welcomed the fact that the coalition includes aircraft from Qatar.", []),
    # no noun of the table: a unique role or institution, a place whose owner is understood
    ("The government said the ban would stay", "The government said on Monday the ban would stay.", []),
    ("Blount testified that Dr Murray cleaned up vials from the bedroom",
     "Blount testified on Monday that Dr Murray cleaned up vials from the bedroom.", []),
    # an article the print edits give anyway (polish.yaml first_mention things): left to them
    ("The fighter jet crashed in Libya", "The fighter jet crashed in Libya on Monday.",
     ["People look at a U.S. Air Force F-15E fighter jet."]),
    # inside a quotation of the sentence
    ("He said the boat sank", "He said “the boat sank” on Monday.", []),
    # a noun the title met before; a "the" after a verb not of the table
    ("Rebels boarded a boat and seized the boat", "Rebels boarded a boat and seized the boat on Monday.", []),
    ("Rebels fired at the boat", "Rebels fired at the boat on Monday.", []),
])
def test_left_alone(title, sentence, before):
    assert with_indefinite_first_mention(title, sentence, before) == title


def test_in_extraction():
    """The step runs on the extracted titles, read against the article's sentences before each."""
    body = ("At least 150 people drowned when a boat leaving Libya capsized off the Tunisian coast this week. "
            "The overcrowded boat set sail from Tripoli on Monday.")
    assert dated_titles(body, "Monday", published="2011-06-03") == ["An overcrowded boat set sail from Tripoli"]
