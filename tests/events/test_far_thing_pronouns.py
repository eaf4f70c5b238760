"""pronouns13: a title's opening "It"/"Its" that every other naming rule left stands for the subject of a sentence
two or three back when the sentences between have no thing for their subject and name none (events.yaml
far_thing_antecedents; timeline.events.subjects.far_thing_antecedent)."""
import pytest

from timeline.events import extract
from timeline.events.lexicon import rules as events_rules
from timeline.events.subjects import (_identified_name, _names_definite_thing, far_thing_antecedent,
                                      name_far_thing_pronoun)
from timeline.model import Article

EXAMPLES = events_rules()["far_thing_antecedent_examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["body"][:50] for e in EXAMPLES])
def test_far_thing_antecedent_examples(example):
    body = (example["names"] + " " if example["names"] else "") + example["body"]
    events = extract(Article(id="a", body=body, published="2011-09-07"))
    assert [e.title for e in events if e.source.expression == example["date"]] == [example["title"]]


NIGER = "Niger has also tried to distance itself."
OFFICIALS = "Officials have confirmed that Mansour Dhao had been let in but insisted it was a humanitarian gesture."
THIS = "This was well before the science of virology had even been conceived."


@pytest.mark.parametrize("history,speakers,texts,name", [
    (["Niger", "Officials"], ["Niger", "Officials"], [NIGER, OFFICIALS], "Niger"),
    # three back, past a person and a group
    (["Niger", "Mansour Dhao", "Officials"], ["Niger", "Mansour Dhao", "Officials"],
     [NIGER, "Mansour Dhao fled south.", OFFICIALS], "Niger"),
    # a demonstrative's comment on the sentence before is no thing
    (["The pandemic", "This"], ["The pandemic", "This"], ["The pandemic emerged in 1889.", THIS], "The pandemic"),
    # the sentence right before is the one-sentence rules' own
    (["Niger"], ["Niger"], [NIGER], ""),
    # a thing's subject between; a thing named between; an "it" of its own between
    (["Niger", "Chad"], ["Niger", "Chad"], [NIGER, "Chad closed its border."], ""),
    (["Niger", "Officials"], ["Niger", "Officials"], [NIGER, "Officials said the convoy reached Agadez."], ""),
    (["Niger", "Officials"], ["Niger", "Officials"], [NIGER, "Officials said it let him in."], ""),
    # "This" that is no comment ("This move angered"); a reported subject far back; beyond reach
    (["The pandemic", "This"], ["The pandemic", "This"], ["The pandemic emerged in 1889.", "This spread fast."], ""),
    (["the virus", "Officials"], ["Doctors", "Officials"], ["Doctors said the virus emerged.", OFFICIALS], ""),
    (["Niger", "Officials", "Officials", "Officials"], ["Niger", "Officials", "Officials", "Officials"],
     [NIGER, OFFICIALS, OFFICIALS, OFFICIALS], ""),
    # a singular definite thing between, as a reported subject or an object; a plural one is no thing
    (["Niger", "Officials"], ["Niger", "Officials"], [NIGER, "Officials confirmed that the convoy had been let in."],
     ""),
    (["Niger", "Officials"], ["Niger", "Officials"], [NIGER, "Officials were worried about the plan."], ""),
    (["Niger", "Officials"], ["Niger", "Officials"], [NIGER, "Officials confirmed that the rebels had been let in."],
     "Niger"),
    # an indefinite far subject; a quotation between
    (["A refinery", "The workers"], ["A refinery", "The workers"],
     ["A refinery was built in 1970.", "The workers were told to leave."], ""),
    (["Niger", "officials"], ["Niger", "officials"], [NIGER, "“We let in no one,” officials said."], ""),
])
def test_far_thing_antecedent(history, speakers, texts, name):
    assert far_thing_antecedent(history, speakers, texts, history) == name


def test_only_an_opening_it_or_its_and_no_expletive():
    history, texts = ["Niger", "Officials"], [NIGER, OFFICIALS]
    assert name_far_thing_pronoun("Its army moved", history, history, texts, []) == "Niger's army moved"
    assert name_far_thing_pronoun("It closed the border", history, history, texts, []) == "Niger closed the border"
    assert name_far_thing_pronoun("It was hard to say", history, history, texts, []) == "It was hard to say"
    assert name_far_thing_pronoun("Their army moved", history, history, texts, []) == "Their army moved"


@pytest.mark.parametrize("subject,text,name", [
    ("The first of the four pandemics",
     "The first of the four pandemics was Russian flu - each takes its name from the country - which emerged in 1889.",
     "Russian flu"),
    ("The largest field", "The largest field was Waha, in the Sirte basin.", "Waha"),
    ("The largest field", "Oil flowed and the largest field was Waha, in the Sirte basin.", ""),  # not the opening
    # two capitalised words may be a person's name (the rule cannot tell "Al Jurf" from "Edgar Hernandez")
    ("The largest field", "The largest field was Al Jurf, off the coast.", ""),
    # a person's name; no name after the copula; an indefinite subject; a name that runs on into its sentence
    ("The first patient", "The first patient was Edgar Hernandez, a boy from Veracruz.", ""),
    ("The refinery", "The refinery was built in 1970.", ""),
    ("A field", "A field was Al Jurf, off the coast.", ""),
    ("The largest field", "The largest field was Waha operated by Total.", ""),
])
def test_identified_name(subject, text, name):
    assert _identified_name(subject, text, []) == name


@pytest.mark.parametrize("text,holds", [
    ("Officials were worried about the plan.", True),
    ("Officials said the convoy had not crossed.", True),
    ("This film clip of an experiment shows how quickly hydrates form.", True),
    ("The workers were told to leave the site on the same day.", True),
    # plural heads; no definite phrase; a capitalised name after "the" is the capitalised-word test's
    ("The workers were told to leave.", False),
    ("Officials said that the new rules were wrong.", False),
    ("Officials confirmed that Mansour Dhao had been let in but insisted it was a humanitarian gesture.", False),
    ("Officials met the Red Crescent.", False),
])
def test_names_definite_thing(text, holds):
    assert _names_definite_thing(text) is holds
