"""pronouns9: a "they" that opens a fronted subordinate clause is named by the plural subject of the main clause
after it (events.yaml fronted_group_antecedents; timeline.events.subjects.name_fronted_group_pronoun)."""
import pytest

from timeline.events.lexicon import rules as events_rules
from timeline.events.subjects import name_fronted_group_pronoun

from dated_titles import dated_titles  # one article's titles for one date phrase

EXAMPLES = events_rules()["fronted_group_antecedent_examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["body"][:50] for e in EXAMPLES])
def test_fronted_group_examples(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]


@pytest.mark.parametrize("title,sentence,previous,named", [
    ("They were driven from the border", "Since they were driven from the border by rebels, Gadhafi's troops have "
     "been shelling the town.", "", "Gadhafi's troops were driven from the border"),
    ("They reached the port", "After they reached the port, foreign workers boarded a ship.", "",
     "Foreign workers reached the port"),
    # a sentence before with a group subject of its own: two candidates
    ("They reached the port", "After they reached the port, foreign workers boarded a ship.",
     "The rebels took the road.", "They reached the port"),
    # a "they" that reports: people in general
    ("They say the war is over", "As they say the war is over, the rebels are tired.", "", "They say the war is over"),
    # a singular, a partitive or a person's name after the comma
    ("They reached the port", "After they reached the port, the captain left.", "", "They reached the port"),
    ("They reached the port", "After they reached the port, some left.", "", "They reached the port"),
    ("They reached the port", "After they reached the port, Tony Hayward said.", "", "They reached the port"),
    ("They reached the port", "After they reached the port, we left.", "", "They reached the port"),
    # a pronoun in the main subject ("he and fellow fighters"), a quotation, no subordinator first
    ("They tried to advance", "When they tried to advance, he and fellow fighters came under fire.", "",
     "They tried to advance"),
    ("They reached the port", "“After they reached the port, the workers left,” he said.", "", "They reached the port"),
    ("They reached the port", "Officials said they reached the port, the workers left.", "", "They reached the port"),
    # another "they" in the fronted clause
    ("They reached the port", "After they reached the port they had left, the workers rested.", "",
     "They reached the port"),
])
def test_name_fronted_group_pronoun(title, sentence, previous, named):
    assert name_fronted_group_pronoun(title, sentence, previous) == named
