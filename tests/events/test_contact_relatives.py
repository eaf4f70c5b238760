"""Contact relatives closed by their date (objects2): "a presentation he gave [in 2008]" titles the relative's act
with its object, "He gave a presentation", not "Presentation gave"; the examples and near misses of events.yaml
title_contact_relatives, and whole sentences through extraction."""

import pytest

from timeline.events import extract
from timeline.events.lexicon import rules as events_rules
from timeline.events.titles import contact_relative, relative_clause
from timeline.model import Article

TABLE = events_rules()["title_contact_relatives"]


def _titles(body: str, published: str = "2011-08-24") -> list[str]:
    return [e.title for e in extract(Article(id="a", body=body, published=published))]


@pytest.mark.parametrize("example", TABLE["examples"], ids=[e["words"][:40] for e in TABLE["examples"]])
def test_a_contact_relative_titles_its_subject_verb_and_object(example):
    assert " ".join(contact_relative(example["words"].split())) == example["title"]


@pytest.mark.parametrize("words", TABLE["near_misses"])
def test_a_near_miss_is_no_contact_relative(words):
    assert contact_relative(words.split()) == []


def test_a_pronoun_with_a_participle_keeps_the_headline_passive():
    assert contact_relative("the partial truce they agreed".split()) == []
    assert relative_clause("the partial truce they agreed".split()) == ["partial", "truce", "agreed"]


@pytest.mark.parametrize("sentence,expected", [
    ("The Pentagon said on Monday that it believed Gaddafi had not left the country, a position Lapan reaffirmed on "
     "Tuesday, saying: “Nothing's changed.”", "Lapan reaffirmed a position"),
    ("BP has been the subject of concerns raised by the ombudsman the company set up in 2006.",
     "The company set up the ombudsman"),
    ("In a presentation he gave in 2008, and acquired by Greenpeace, he revealed that the company put 93% of its "
     "investment into fossil fuels.", "He gave a presentation"),
    ("Crowds chanted in the square Gaddafi built in 1980.", "Gaddafi built the square"),
])
def test_the_dated_relative_is_the_title(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize("sentence,expected", [
    # near misses: a time noun, an apposition of a role and a name, a verb of telling before its clause, the headline
    # passive of a pronoun and a participle
    ("He was in Benghazi the day he died in 2009.", "He was in Benghazi the day he died"),
    ("Forces loyal to the Libyan leader Muammar Gaddafi attacked on Monday.",
     "Forces loyal to the Libyan leader Muammar Gaddafi attacked"),
    ("Murray told the court he had given the drug on Monday.", "Murray told the court he had given the drug"),
    ("Both sides want a peace deal to follow the partial truce they agreed in March.", "Partial truce agreed"),
])
def test_a_near_miss_keeps_its_title(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize("after,expected", [
    (" of $32.2 bn for its total liabilities from the spill officially the biggest in US history remained reasonable.",
     "of $32.2 bn for its total liabilities from the spill"),
    (" of marble and stone.", "of marble and stone"),
    # near misses: no "of", a phrase that runs on past the reach, an "of" alone
    (", and acquired by Greenpeace, he revealed", ""),
    (" of marble and stone and glass and steel and wood and brick and sand and clay and iron.", ""),
    (" of, say, marble", ""),
])
def test_an_of_phrase_after_the_date_completes_the_noun(after, expected):
    from timeline.events.titles import contact_complement
    assert " ".join(contact_complement(after)) == expected


def test_the_noun_keeps_its_of_phrase_across_the_date():
    sentence = ("Dudley also told analysts the estimate BP made in July of $32.2 bn for its total liabilities from the "
                "spill officially the biggest in US history remained reasonable.")
    assert "BP made the estimate of $32.2 bn for its total liabilities from the spill" in _titles(sentence, "2010-10-20")


def test_a_named_subject_needs_a_clause_around_its_noun():
    words = "The bill Congress passed".split()
    assert contact_relative(words, " was signed by the president.") == ["Congress", "passed", "the", "bill"]
    # near miss: nothing around the noun phrase, the name is its apposition
    assert contact_relative(words, ".") == []
    assert contact_relative("Workers on the rig Deepwater Horizon died".split(), ", killing 11.") == []


def test_an_indefinite_noun_before_a_name_is_no_apposition():
    assert contact_relative("a position Lapan reaffirmed".split(), ", saying: “Nothing's changed.”") == [
        "Lapan", "reaffirmed", "a", "position"]
    # near miss: a definite noun with nothing around it
    assert contact_relative("The rig Deepwater Horizon sank".split(), ".") == []
