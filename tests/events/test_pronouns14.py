"""pronouns14: a title cut from its sentence whose "her"/"him"/"his" is named by a name set between commas right
after a sexed person noun in the words the title left out ("Gadhafi's daughter, Ayesha, ... said the United States
tried to kill her"), and a capitalised run that "The" opens before the pronoun ("The United States") is no person
who could own it (subjects._apposed_to_sexed_noun, _without_the_names; events.yaml cut_antecedents)."""
import re

import pytest

from timeline.events import extract
from timeline.events.subjects import _apposed_to_sexed_noun, _without_the_names, name_cut_antecedent
from timeline.model import Article

AYESHA = ("Gadhafi's daughter, Ayesha, speaking to a cheering crowd in Tripoli, said the United States tried to kill "
          "her and other children in 1986.")
SAIF = ("Gaddafi's son, Saif, speaking to a cheering crowd in Tripoli, said the United States tried to kill "
        "his brother in 1986.")
GADDAFI = [("Muammar Gaddafi", "")]


def test_apposed_name_names_the_object_pronoun_in_a_build():
    events = extract(Article(id="a", body=AYESHA, published="2011-04-30"))
    assert [e.title for e in events if e.source.expression == "1986"] == [
        "The United States tried to kill Gadhafi's daughter Ayesha and other children"]


@pytest.mark.parametrize("title,sentence,mentions,named", [
    ("The United States tried to kill her and other children", AYESHA, [],
     "The United States tried to kill Gadhafi's daughter Ayesha and other children"),
    # the owner of the noun is a man: not a candidate for "her" (his sex), the apposed woman is
    ("The United States tried to kill her and other children", AYESHA, GADDAFI,
     "The United States tried to kill Gadhafi's daughter Ayesha and other children"),
    # a husband apposed for "his"
    ("The army had beaten his brother", "Her husband, Ahmed, speaking at the hotel, said the army had beaten his "
                                        "brother.", [], "The army had beaten Ahmed's brother"),
])
def test_names_by_the_apposed_name(title, sentence, mentions, named):
    assert name_cut_antecedent(title, sentence, [sentence], mentions) == named


@pytest.mark.parametrize("title,sentence,mentions", [
    # the noun's sex is not the pronoun's ("daughter" for "him")
    ("The United States tried to kill him", "Gadhafi's daughter, Ayesha, speaking in Tripoli, said the United States "
                                            "tried to kill him.", []),
    # two men: the owner (a person the article names) and the apposed son
    ("The United States tried to kill his brother", SAIF, GADDAFI),
    # no comma after the run: no apposition ("his wife, Tripoli residents said")
    ("The army had beaten her", "Gaddafi's daughter, Tripoli residents said, saw the army had beaten her.", []),
    # a person the title names before the pronoun still owns it ("President Obama"), as before
    ("President Obama tried to kill her", "Gadhafi's daughter, Ayesha, speaking in Tripoli, said President Obama "
                                          "tried to kill her.", []),
])
def test_leaves_the_pronoun(title, sentence, mentions):
    assert name_cut_antecedent(title, sentence, [sentence], mentions) == title


def test_apposition_needs_the_sexed_noun_and_the_comma():
    run = re.compile(r"[A-Z]\w+")
    cut = "Gadhafi's daughter, Ayesha, speaking"
    assert _apposed_to_sexed_noun(cut, run.search(cut, 10))
    cut = "Gadhafi's aide, Ayesha, speaking"  # not a sexed noun
    assert not _apposed_to_sexed_noun(cut, run.search(cut, 10))
    cut = "Gadhafi's daughter, Ayesha said"
    assert not _apposed_to_sexed_noun(cut, run.search(cut, 10))


def test_the_opened_runs_are_blanked():
    assert _without_the_names("The United States tried to kill ").strip() == "tried to kill"
    assert _without_the_names("Barack Obama tried to kill ") == "Barack Obama tried to kill "


def test_a_lone_apposed_name_keeps_its_owner_and_noun():
    # "Her husband, Ahmed,": no owner's name to print, the lone name alone
    assert name_cut_antecedent("The army had beaten his brother", "Her husband, Ahmed, speaking at the hotel, said "
                               "the army had beaten his brother.", [], []) == "The army had beaten Ahmed's brother"
