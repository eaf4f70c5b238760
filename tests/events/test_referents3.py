"""A bare "the <noun>" of a title named by the article's one fuller mention of the same noun, written before
or after the title's sentence: a name's possessive, "of <Name>", or a name before the noun (timeline.events.subjects
name_by_fuller_mention, fuller_mentions; referents.yaml)."""

import pytest

from timeline.events.subjects import fuller_mentions, name_by_fuller_mention
from timeline.rules import load_yaml

from dated_titles import dated_titles  # one article's titles for one date phrase

TABLE = load_yaml("timeline.events", "referents.yaml")


@pytest.mark.parametrize("title,sentence,texts,named", [
    # a name's possessive, after the title's sentence
    ("Searches at the clinic were carried out", "Searches at the clinic were carried out last Wednesday.",
     ["Searches at the clinic were carried out last Wednesday.", "Police had searched Dr Murray's clinic in July."],
     "Searches at Dr Murray's clinic were carried out"),
    # a title opening with it: the possessor's name opens the title
    ("The clinic was searched", "The clinic was searched on Wednesday.",
     ["Dr Murray's clinic opened in 2006.", "The clinic was searched on Wednesday."],
     "Dr Murray's clinic was searched"),
    # "of <Name>", its mark kept
    ("Two boats reached the island, the agency said", "Two boats reached the island, the agency said.",
     ["The island of Lampedusa is small.", "Two boats reached the island, the agency said."],
     "Two boats reached the island of Lampedusa, the agency said"),
    # a name before the noun, after a determiner, a lower-case possessive, or "its"
    ("BP finished a pressure test that showed the well was dead",
     "BP finished a pressure test that showed the well was dead.",
     ["The Macondo well was capped in July."], "BP finished a pressure test that showed the Macondo well was dead"),
    ("The deal was first agreed", "The deal was first agreed upon in late April, a spokesman said.",
     ["U.S. refiner Tesoro has bought the first oil cargo sold by rebels.",
      "The Tesoro deal lays to rest a mystery that has surrounded its buyer."], "The Tesoro deal was first agreed"),
    ("Kennedy said employees were withdrawn from the embassy", "Kennedy said employees were withdrawn from the embassy.",
     ["The shutdown of the U.S. embassy followed."], "Kennedy said employees were withdrawn from the U.S. embassy"),
    # one name written twice, fuller and shorter, is one mention; the first is taken
    ("The talks stalled over the dance", "The talks stalled over the dance.",
     ["He taught them the Thriller dance.", "The Thriller dance was filmed."], "The talks stalled over the Thriller dance"),
    ("Loyalists were blamed for the death", "Loyalists were blamed for the death.",
     ["The death of Abdul Fattah Younis shocked the rebels.", "Abdul Fattah Younis's death was mourned."],
     "Loyalists were blamed for the death of Abdul Fattah Younis"),
])
def test_named_by_the_one_fuller_mention(title, sentence, texts, named):
    assert name_by_fuller_mention(title, sentence, texts) == named


@pytest.mark.parametrize("title,sentence,texts", [
    # two different fuller mentions
    ("Searches at the clinic were carried out", "Searches at the clinic were carried out.",
     ["Dr Murray's clinic in Houston was closed.", "The Las Vegas clinic stayed open."]),
    # a plural of the noun, or another one of it: several
    ("BP said the well was dead", "BP said the well was dead.", ["The Macondo well was capped.", "Relief wells were drilled."]),
    ("BP said the well was dead", "BP said the well was dead.", ["The Macondo well was capped.", "Another well leaked."]),
    # the noun the title already modifies, or qualifies, or names beside it
    ("A NATO airstrike hit the Tripoli compound", "A NATO airstrike hit the Tripoli compound.", ["Gaddafi's compound was hit."]),
    ("Searches at the clinic in Houston were carried out", "Searches at the clinic in Houston were carried out.",
     ["Dr Murray's clinic was closed."]),
    ("The agency quoted the envoy, Abdel Elah al-Khatib, as saying so",
     "The agency quoted the envoy, Abdel Elah al-Khatib, as saying so.", ["The U.N. envoy arrived."]),
    # the noun describes another in the title ("the war powers")
    ("The Senate declined to reassert the war powers of Congress", "The Senate declined to reassert the war powers of Congress.",
     ["Obama's war was questioned."]),
    # the title's sentence writes a fuller mention itself, or not the bare noun (the title's own words)
    ("Searches at the clinic were carried out", "Searches at the clinic and Dr Murray's clinic were carried out.",
     ["The Houston clinic was closed."]),
    ("Countries praised Libya during the session", "Countries praised Libya during the November session.",
     ["The Geneva session was long."]),
    # a people's adjective, a name that is part of a longer one, a noun that describes another in the mention
    ("Searches at the clinic were carried out", "Searches at the clinic were carried out.", ["The Libyan clinic was closed."]),
    ("Searches at the clinic were carried out", "Searches at the clinic were carried out.",
     ["The head of the Gulf of Mexico's clinic resigned."]),
    ("Forces will keep the peace", "Forces will keep the peace.", ["The African Union's peace mission arrived."]),
    # a mention in a quotation: a speaker's words
    ("Searches at the clinic were carried out", "Searches at the clinic were carried out.",
     ["“We saw Dr Murray's clinic,” he said."]),
    # the title's noun inside a quotation of its sentence: a speaker's words are never renamed
    ("The warrant “complicates the efforts aimed at a solution,” a statement said",
     "The warrant “complicates the efforts aimed at a solution,” a statement said.", ["Gadhafi's efforts failed."]),
    # the name in the title already
    ("Ibrahim denied the claim", "Ibrahim denied the claim.", ["Ibrahim's claim was false."]),
    ("Searches at the clinic rented by Dr Murray were carried out", "Searches at the clinic rented by Dr Murray were carried out.",
     ["Dr Murray's clinic was closed."]),
    # heads no name stands for or other rules name: places, offices, amounts, parts
    ("Rebels took the town", "Rebels took the town.", ["The town of Misrata fell."]),
    ("The president spoke", "The president spoke.", ["The Democratic president was there."]),
    ("A protester was shot in the head", "A protester was shot in the head.", ["The head of NATO spoke."]),
    # in/at tells where an act happened, not which one
    ("Police seized the drug", "Police seized the drug.", ["He bought the drug in Las Vegas."]),
    # a title that tells only its subject's onset: the merge joins it by its generic noun
    ("The well ruptured", "The well ruptured on 20 April.", ["The Macondo well was capped."]),
    # no fuller mention
    ("Qatar set up the fund", "Qatar set up the fund.", ["The fund was set up in a Qatari account."]),
])
def test_left_alone(title, sentence, texts):
    assert name_by_fuller_mention(title, sentence, texts) == title


def test_fuller_mentions_read_each_form():
    assert fuller_mentions("clinic", "On Tuesday Dr Murray's clinic closed.") == [("poss", ["Dr", "Murray"])]
    assert fuller_mentions("island", "The island of Lampedusa, near Sicily.") == [("of", ["Lampedusa"])]
    assert fuller_mentions("well", "BP capped its Macondo well.") == [("mod", ["Macondo"])]
    assert fuller_mentions("clinic", "Sunday's clinic was busy.") == []
    assert fuller_mentions("rebels", "The Libyan rebels advanced.") == []


EXAMPLES = TABLE["fuller_mention_examples"]
NEAR_MISSES = TABLE["fuller_mention_near_misses"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["body"][:40] for e in EXAMPLES])
def test_fuller_mention_examples(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]


@pytest.mark.parametrize("example", NEAR_MISSES, ids=[e["body"][:40] for e in NEAR_MISSES])
def test_fuller_mention_near_misses(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]
