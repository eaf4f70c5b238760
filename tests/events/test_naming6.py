"""naming6: a title's "the same <noun>" named by the one name the words before it give the noun (its own sentence
before the phrase, then the sentences just before), or "a <noun>" for a person noun the article introduced once
(timeline.events.subjects name_same_referent; referents.yaml same_referents)."""

import pytest

from timeline.events.subjects import name_same_referent
from timeline.rules import load_yaml

from dated_titles import dated_titles  # one article's titles for one date phrase

TABLE = load_yaml("timeline.events", "referents.yaml")

HOSPITAL = "Jacqueline Fleming, 38, died on Sunday at the Royal Alexandra Hospital in Paisley."
JACK = "Her son Jack died on Monday in a special care baby unit at the same hospital."


@pytest.mark.parametrize("title,sentence,texts,named", [
    # the sentence right before: a name before the noun, the noun capitalised in the name
    ("Her son Jack died in a special care baby unit at the same hospital", JACK, [HOSPITAL, JACK],
     "Her son Jack died in a special care baby unit at the Royal Alexandra Hospital"),
    # two sentences back, past a described mention with no name; an "al-" word inside the name
    ("The government said an attack on the same compound had killed three people",
     "On May 1, the government said another attack on the same compound had killed three people.",
     ["Four rockets struck the compound belonging to Moammar Gadhafi.",
      "Vehicles sped toward the Bab al-Aziziya compound.", "It was not clear whether anyone was hurt.",
      "On May 1, the government said another attack on the same compound had killed three people."],
     "The government said an attack on the Bab al-Aziziya compound had killed three people"),
    # a name's possessive opening the title
    ("The same compound was hit again", "The same compound was hit again on Friday.",
     ["NATO struck Gadhafi's compound on Thursday.", "The same compound was hit again on Friday."],
     "Gadhafi's compound was hit again"),
    # the title's own sentence before the phrase
    ("His wife died at the same hospital",
     "He died at the Royal Free Hospital on Monday and his wife died at the same hospital on Tuesday.",
     ["He died at the Royal Free Hospital on Monday and his wife died at the same hospital on Tuesday."],
     "His wife died at the Royal Free Hospital"),
    # a person noun no name is given, introduced once with "one"
    ("The same woman said soldiers broke into her family's farm",
     "The same woman said soldiers broke into her family's farm on Saturday.",
     ["One woman said she had waited three days for fuel.", "The woman said an officer shot a man.",
      "Life outside the capital is precarious.", "The same woman said soldiers broke into her family's farm on Saturday."],
     "A woman said soldiers broke into her family's farm"),
])
def test_named(title, sentence, texts, named):
    assert name_same_referent(title, sentence, texts) == named


@pytest.mark.parametrize("title,sentence,texts", [
    # no name of the noun before it (a place, an amount, a time)
    ("Thirteen were killed in an air strike not far from the same spot",
     "Thirteen were killed in an air strike not far from the same spot on Saturday.",
     ["Rebels were hit near Brega.", "Thirteen were killed in an air strike not far from the same spot on Saturday."]),
    ("Fewer than 2,000 made it across and about the same number did so",
     "Fewer than 2,000 made it across on Monday and about the same number did so on Tuesday.",
     ["The Libyan border was crowded.", "Fewer than 2,000 made it across on Monday and about the same number did so on Tuesday."]),
    # two different names
    ("Her son Jack died at the same hospital", JACK,
     [HOSPITAL, "Her sister was at the Western Hospital.", JACK]),
    # a plural of the noun there: several of them
    ("Her son Jack died at the same hospital", JACK, [HOSPITAL, "Other hospitals were full.", JACK]),
    # a name only after the title's sentence: "same" points back
    ("Her son Jack died at the same hospital", JACK, [JACK, HOSPITAL]),
    # the phrase goes on past the noun
    ("He used the same fatality figure", "He used the same fatality figure on Monday.",
     ["The Fatality Figure was cited.", "He used the same fatality figure on Monday."]),
    ("He used the same hospital as his wife", "He used the same hospital as his wife on Monday.",
     [HOSPITAL, "He used the same hospital as his wife on Monday."]),
    # a name too far back
    ("Her son Jack died at the same hospital", JACK, [HOSPITAL, "A.", "B.", "C.", JACK]),
    # a mention in a quotation, and a people's adjective as the "name"
    ("Her son Jack died at the same hospital", JACK, ["“We went to the Royal Alexandra Hospital,” he said.", JACK]),
    ("An attack hit the same compound", "An attack hit the same compound on Monday.",
     ["Rockets struck the Libyan compound.", "An attack hit the same compound on Monday."]),
    # the title names it already
    ("The Royal Alexandra Hospital said Jack died at the same hospital",
     "The Royal Alexandra Hospital said Jack died at the same hospital on Monday.",
     [HOSPITAL, "The Royal Alexandra Hospital said Jack died at the same hospital on Monday."]),
    # a person noun introduced twice, or not at all, or with a name for it neither
    ("The same woman said soldiers came", "The same woman said soldiers came on Saturday.",
     ["One woman said fuel was short.", "A woman said prices rose.", "The same woman said soldiers came on Saturday."]),
    ("The same woman said soldiers came", "The same woman said soldiers came on Saturday.",
     ["The woman said fuel was short.", "The same woman said soldiers came on Saturday."]),
    # a noun that is no person takes no "a"
    ("The same convoy was hit", "The same convoy was hit on Saturday.",
     ["A convoy left Tripoli.", "The same convoy was hit on Saturday."]),
])
def test_left_alone(title, sentence, texts):
    assert name_same_referent(title, sentence, texts) == title


@pytest.mark.parametrize("example", TABLE["same_referent_examples"],
                         ids=[e["body"][:40] for e in TABLE["same_referent_examples"]])
def test_same_referent_examples(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]


@pytest.mark.parametrize("example", TABLE["same_referent_near_misses"],
                         ids=[e["body"][:40] for e in TABLE["same_referent_near_misses"]])
def test_same_referent_near_misses(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]
