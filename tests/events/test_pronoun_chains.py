"""pronouns12: a title's opening pronoun that every other naming rule left, after sentences in a row that open with a
pronoun of its own family, stands for the subject of the sentence where that chain starts (events.yaml
pronoun_chains; timeline.events.subjects.pronoun_chain_start)."""
import pytest

from timeline.events.lexicon import rules as events_rules
from timeline.events.subjects import _chain_family, name_by_pronoun_chain, opens_with_pronoun_of, pronoun_chain_start

from dated_titles import dated_titles  # one article's titles for one date phrase

EXAMPLES = events_rules()["pronoun_chain_examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["body"][:50] for e in EXAMPLES])
def test_pronoun_chain_examples(example):
    body = (example["names"] + " " if example["names"] else "") + example["body"]
    assert dated_titles(body, example["date"]) == [example["title"]]


@pytest.mark.parametrize("sentence,pronoun,opens", [
    ("But when they join forces for major operations they can muster a few thousand men.", "their", True),
    ("He had spent his career in Swedish industry.", "his", True),
    ("But he had zero experience of the oil industry.", "he", True),
    ("Her town came under attack on Thursday.", "she", True),
    ("It searched in Alaska with little success.", "its", True),
    ("It looked for oil in Malta.", "it", False),  # "It looked": a verb of seeming may be an expletive's
    # another family; an expletive "It is"; a pronoun that is no opening subject; a name
    ("They met in Paris.", "he", False),
    ("It is hard to reconcile the two.", "it", False),
    ("The army sent them to the front.", "they", False),
    ("Rebels hold the town.", "they", False),
])
def test_opens_with_pronoun_of(sentence, pronoun, opens):
    assert opens_with_pronoun_of(sentence, _chain_family(pronoun)) is opens


REBELS = "Rebels in the western mountains do not operate as a single force."
JOIN = "But when they join forces they can muster a few thousand men."
LOWER = "The rebels hold the mountains."


@pytest.mark.parametrize("pronoun,history,speakers,texts,earlier,name", [
    ("their", ["The rebels", "", ""], ["The rebels", "", ""], [LOWER, REBELS, JOIN], [], "the rebels"),
    ("they", ["", "The eastern rebels", "they"], ["", "The eastern rebels", "they"],
     ["Gaddafi spoke.", "The eastern rebels took the flag.", "They rode east."], [], "The eastern rebels"),
    ("it", ["BP", "It", "It"], ["BP", "It", "It"],
     ["BP grew fast.", "It drilled for oil in Malta.", "It searched in Alaska."], [], "BP"),
    ("she", ["she", "She"], ["Siham Sergewa", "She"],
     ["Siham Sergewa says she has evidence of cases.", "She began her investigation."], [], "Siham Sergewa"),
    # no link: the sentence right before is the one-sentence rules' own
    ("their", ["The rebels", ""], ["The rebels", ""], [LOWER, REBELS], [], ""),
    # a quotation inside the chain; a question
    ("their", ["The rebels", "", "They"], ["The rebels", "", "They"],
     [LOWER, REBELS, "“They can muster a few thousand men,” a commander said."], [], ""),
    ("their", ["The rebels", "", ""], ["The rebels", "", ""], [LOWER, REBELS, "But can they muster a force?"], [], ""),
    # a chain longer than chain_sentences
    ("it", ["BP", "It", "It", "It", "It"], ["BP", "It", "It", "It", "It"],
     ["BP grew fast.", "It drilled in Malta.", "It drilled in Peru.", "It drilled in Chad.", "It searched in Alaska."],
     [], ""),
    # a capitalised common word the article never writes in lower case; another thing beside the start
    ("their", ["", ""], ["", ""], ["Jenkins do not operate as a single force.", JOIN], [], ""),
    ("it", ["BP", "It"], ["BP", "It"], ["BP bought Amoco in 1998.", "It drilled for oil in Malta."], [], ""),
    # another woman beside the start; a "he" for a woman; a chain of another family
    ("she", ["she", "She"], ["Siham Sergewa", "She"],
     ["Siham Sergewa says Eman al-Obeidy has evidence.", "She began her investigation."], [], ""),
    ("he", ["she", "He"], ["Siham Sergewa", "He"],
     ["Siham Sergewa says she has evidence of cases.", "He began his investigation."], [], ""),
    ("she", ["she", "He"], ["Siham Sergewa", "He"],
     ["Siham Sergewa says she has evidence of cases.", "He began his investigation."], [], ""),
])
def test_pronoun_chain_start(pronoun, history, speakers, texts, earlier, name):
    assert pronoun_chain_start(pronoun, history, speakers, texts, [*earlier, *history]) == name


def test_expletive_it_is_left():
    texts = ["BP grew fast.", "It drilled for oil in Malta."]
    assert name_by_pronoun_chain("It was hard to say", ["BP", "It"], ["BP", "It"], texts, []) == "It was hard to say"
    assert name_by_pronoun_chain("Its profits rose", ["BP", "It"], ["BP", "It"], texts, []) == "BP's profits rose"
