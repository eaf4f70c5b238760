"""definites12: a described "the <words> <noun>" of a title, or a bare "the <noun>", named by the one name the
article's other sentences write before the same words (timeline.events.subjects name_described_by_fuller_mention;
referents.yaml described_mentions): "the interim rulers" -> "Libya's interim rulers", "the refugee agency" -> "the
U.N. refugee agency", "the rig" -> "the Deepwater Horizon oil rig"."""

import pytest

from timeline.events.subjects import name_described_by_fuller_mention
from timeline.rules import load_yaml

from dated_titles import dated_titles  # one article's titles for one date phrase

TABLE = load_yaml("timeline.events", "referents.yaml")


@pytest.mark.parametrize("title,sentence,texts,named", [
    # a described noun: a name after a determiner, before the same words
    ("Survivors were moved, according to a statement from the refugee agency",
     "On Thursday, survivors were moved, according to a statement from the refugee agency.",
     ["At least 150 people drowned, the U.N. refugee agency said."],
     "Survivors were moved, according to a statement from the U.N. refugee agency"),
    # a name's possessive, opening the title
    ("The interim rulers said they had captured most of Sabha",
     "Sept. 21 - The interim rulers say they have captured most of Sabha.",
     ["Libya's interim rulers were tested in the south.", "Sept. 21 - The interim rulers say they have captured most of Sabha."],
     "Libya's interim rulers said they had captured most of Sabha"),
    ("Rasmussen made clear the weapons airlift was a French initiative",
     "Rasmussen made clear on Thursday the weapons airlift was a French initiative.",
     ["France's weapons airlift to rebels in the Western Mountains was revealed."],
     "Rasmussen made clear France's weapons airlift was a French initiative"),
    # a bare noun: the one name and describing words the article gives it
    ("Of the 126 crew on board the rig, seven worked for BP",
     "Of the 126 crew on board the rig on 20 April, seven worked for BP.",
     ["The explosion on the Deepwater Horizon oil rig killed 11 people."],
     "Of the 126 crew on board the Deepwater Horizon oil rig, seven worked for BP"),
    ("The request was first submitted to the committee",
     "The request was first submitted to the committee on August 8.",
     ["It would normally be handled by the council's Libya sanctions committee."],
     "The request was first submitted to the Libya sanctions committee"),
])
def test_named_by_the_one_described_mention(title, sentence, texts, named):
    assert name_described_by_fuller_mention(title, sentence, texts) == named


@pytest.mark.parametrize("title,sentence,texts", [
    # two different names
    ("Survivors were moved, according to the refugee agency", "Survivors were moved, according to the refugee agency.",
     ["The U.N. refugee agency spoke.", "The EU refugee agency spoke."]),
    # the name in the title already
    ("U.N. staff said survivors were moved, according to the refugee agency",
     "U.N. staff said survivors were moved, according to the refugee agency.", ["The U.N. refugee agency spoke."]),
    # a people's adjective describes, it names no one
    ("The U.S. recognized the rebel movement", "The U.S. recognized the rebel movement.",
     ["The Libyan rebel movement grew."]),
    # a describing word of another one, in the title or in the mention
    ("Rebels fired on the new interim government", "Rebels fired on the new interim government.",
     ["Libya's new interim government met."]),
    ("Officials said the rig sank", "Officials said the rig sank.", ["The Deepwater Horizon second rig sank."]),
    # several of it: a plural or "another"
    ("Survivors were moved, according to the refugee agency", "Survivors were moved, according to the refugee agency.",
     ["The U.N. refugee agency spoke.", "Two refugee agencies helped."]),
    ("Officials said the rig sank", "Officials said the rig sank.",
     ["The Deepwater Horizon oil rig burned.", "Another rig stood by."]),
    # an indefinite mention, or one in a quotation, names no one thing
    ("The fighter jet crashed in Libya", "The fighter jet crashed in Libya on Monday.",
     ["People look at a U.S. Air Force F-15E fighter jet."]),
    ("Survivors were moved, according to the refugee agency", "Survivors were moved, according to the refugee agency.",
     ["“The U.N. refugee agency is here,” he said."]),
    # the sentence says which one itself; a phrase that goes on with a noun
    ("Survivors were moved by the refugee agency", "Survivors were moved by the refugee agency, the U.N. refugee agency.",
     ["The U.N. refugee agency spoke."]),
    ("The refugee agency staff left", "The refugee agency staff left.", ["The U.N. refugee agency spoke."]),
    # a bare noun the article also names another way (name_by_fuller_mention's reading): left to that rule
    ("BP said the well was dead", "BP said the well was dead.", ["The Macondo well was capped.", "BP's Macondo relief well was drilled."]),
])
def test_left_alone(title, sentence, texts):
    assert name_described_by_fuller_mention(title, sentence, texts) == title


EXAMPLES = TABLE["described_mention_examples"]
NEAR_MISSES = TABLE["described_mention_near_misses"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["body"][:40] for e in EXAMPLES])
def test_described_mention_examples(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]


@pytest.mark.parametrize("example", NEAR_MISSES, ids=[e["body"][:40] for e in NEAR_MISSES])
def test_described_mention_near_misses(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]


def test_a_possessive_name_keeps_its_the():
    # "the ICC's arrest warrant": the article's "the" before the name stays in the title
    assert name_described_by_fuller_mention(
        "The arrest warrant seriously complicates the efforts, said a statement",
        "The arrest warrant “seriously complicates the efforts,” said a statement.",
        ["The African Union said its members will not cooperate with the ICC's arrest warrant for Gadhafi."]) \
        == "The ICC's arrest warrant seriously complicates the efforts, said a statement"
