"""A second verb that tells a time counted from the first is another event, not the date's (offset_conjuncts.yaml;
dating.offset_conjunct_title, polish._takes_back, titles._but_reverses)."""

from __future__ import annotations

import pytest

from timeline.events import extract
from timeline.events.dating import offset_conjunct_title
from timeline.events.offset_conjuncts import tells_offset
from timeline.model import Article, Sentence, Timex


def _titles(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.source.expression, e.title) for e in extract(Article(id="a", body=text, published=published))]


def _sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text)


def _timex(sentence: Sentence, phrase: str) -> Timex:
    at = sentence.text.index(phrase)
    return Timex(at, at + len(phrase), phrase, "DATE", "2009-04-08")


# --- what the rule cuts: the second verb tells a time of its own, the date is the first verb's

def test_a_death_days_later_is_not_the_admission_s_day() -> None:
    found = _titles("Adela Maria Gutierrez went to the Aurelio Valdivieso Hospital in Oaxaca, the state capital, on "
                    "8 April but died five days later.", "2009-04-28")
    assert found == [("8 April", "Adela Maria Gutierrez went to the Aurelio Valdivieso Hospital in Oaxaca, the state "
                                 "capital"),
                     ("five days later", "Adela Maria Gutierrez died")]  # the death, on its own day


def test_a_verdict_after_a_trial_is_not_the_arrest_s_year() -> None:
    found = _titles("Michael Jackson was arrested in 2003 on charges of molesting a 14-year-old boy, but was found not "
                    "guilty following a five-month trial.", "2009-06-26")
    assert found == [("2003", "Michael Jackson was arrested on charges of molesting a 14-year-old boy")]


def test_a_discharge_after_treatment_is_not_the_admission_s_day() -> None:
    found = _titles("The boy was admitted to a private hospital on Monday morning and discharged after treatment, said "
                    "health ministry spokesman Fidel Hadebe.", "2009-06-16")
    assert [t for _, t in found] == ["The boy was admitted to a private hospital"]


def test_the_title_is_cut_before_the_joiner() -> None:
    s = _sentence("She went to the hospital on 8 April but died five days later.")
    assert offset_conjunct_title("She went to the hospital but died five days later", s, _timex(s, "8 April")) \
        == "She went to the hospital"
    s = _sentence("Police arrested him on Monday and he was charged the next day.")
    assert offset_conjunct_title("Police arrested him and he was charged", s, _timex(s, "Monday")) \
        == "Police arrested him"


# --- what it leaves alone

def test_a_reversal_with_no_measured_time_stays() -> None:
    # "later" alone may be the same day; the reversal keeps the title true (polish.yaml reversal_words)
    assert [t for _, t in _titles("Rebels first took Bin Jawad on Saturday, but later withdrew.", "2011-03-06")] \
        == ["Rebels first took Bin Jawad, but later withdrew"]


def test_two_verbs_of_one_act_and_a_second_verb_with_no_time_stay() -> None:
    assert [t for _, t in _titles("The photographer was shot and killed on Monday in Misrata.", "2011-04-20")] \
        == ["The photographer was shot and killed in Misrata"]
    assert [t for _, t in _titles("Troops attacked and burned the village on Monday.", "2011-04-20")] \
        == ["Troops attacked and burned the village"]
    assert [t for _, t in _titles("Rebels took the town on Monday and held it.", "2011-04-20")] \
        == ["Rebels took the town and held it"]


def test_a_date_after_the_joiner_is_the_second_verb_s() -> None:
    s = _sentence("She fell ill and went to the hospital on 8 April after a week of fever.")
    assert offset_conjunct_title("She fell ill and went to the hospital", s, _timex(s, "8 April")) == ""


def test_a_conjunct_without_a_verb_is_no_second_event() -> None:
    s = _sentence("He was arrested on 8 April with his brother and sister after a raid.")
    assert offset_conjunct_title("He was arrested with his brother and sister after a raid", s,
                                 _timex(s, "8 April")) == ""


@pytest.mark.parametrize("words", [
    "died five days later", "was found not guilty following a five-month trial", "discharged after treatment",
    "was charged the next day", "has been held since", "resigned a week afterwards",
])
def test_a_time_counted_from_another_act(words: str) -> None:
    assert tells_offset(words.split())


@pytest.mark.parametrize("words", [
    "later withdrew", "was named after his father", "hopes to finish within weeks", "stayed for two days",
    "unified Libya again", "then broken a ceasefire", "set a later date", "looked after the children",
    "ended 42 years of one-man rule by Gaddafi after six months of civil war", "fell after weeks of fighting",
])
def test_no_time_counted_from_another_act(words: str) -> None:
    assert not tells_offset(words.split())


def test_a_but_with_a_time_of_its_own_is_no_reversal() -> None:
    # polish._takes_back adds a reversal back to a title; titles._but_reverses keeps a cut from falling before it
    from timeline.events.polish import _takes_back
    from timeline.events.titles import _but_reverses
    title = "He was arrested on charges of molesting a 14-year-old boy,".split()
    assert not _takes_back(title, "but was found not guilty following a five-month trial.".split())
    assert _takes_back(title, "but was released.".split())
    assert _takes_back("Rebels first took Bin Jawad,".split(), "but later withdrew.".split())
    words = "She went to the hospital, but died five days later".split()
    assert not _but_reverses(words, words.index("but"))
    words = "Rebels first took Bin Jawad, but later withdrew".split()
    assert _but_reverses(words, words.index("but"))
