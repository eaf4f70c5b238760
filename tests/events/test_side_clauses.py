"""The title is the clause the date belongs to, not a side clause of its sentence (issue 13): a relative of place,
a relative after a dash aside, an object relative under a present main clause, a fronted participle phrase before a
coming main clause. Whole sentences are in events.yaml title_sentence_examples; here, the steps and near misses."""

import pytest

from timeline.events.titles import (dash_aside_relative_title, fronted_participle_title, object_relative_title,
                                    place_relative_title)


def _at(sentence: str, date: str) -> tuple[int, int]:
    start = sentence.index(date)
    return start, start + len(date)


@pytest.mark.parametrize("sentence,date,expected", [
    ("He was later transferred to a hospital in Houston, where he died on Monday night.", "Monday night",
     "He died in Houston"),
    ("Near Brega in the east, where intense fighting raged for a sixth day on Tuesday, NATO struck.", "Tuesday",
     "Intense fighting raged for a sixth day near Brega in the east"),
    # near misses: a present verb, a later clause the date belongs to, no "where"
    ("Leaders will meet in Paris, where the talks are held on Monday.", "Monday", ""),
    ("It was Iraq, where soldiers were killed after Blair backed the decision to invade in March 2003.",
     "March 2003", ""),
    ("He was transferred to a hospital in Houston and died on Monday night.", "Monday night", ""),
])
def test_a_place_relative_titles_its_own_event(sentence, date, expected):
    assert place_relative_title(sentence, *_at(sentence, date)) == expected


@pytest.mark.parametrize("sentence,date,expected", [
    ("The first of the four pandemics was Russian flu - each takes its name from the country where the first case "
     "was reported - which emerged in 1889.", "1889", "Russian flu emerged"),
    # near misses: a relative inside the aside, one dash only
    ("The rebels - who had held the town for weeks - left it on Monday.", "Monday", ""),
    ("The rebels took Brega - which fell on Monday.", "Monday", ""),
])
def test_a_relative_after_a_dash_aside_tells_of_the_noun_before_it(sentence, date, expected):
    assert dash_aside_relative_title(sentence, *_at(sentence, date)) == expected


@pytest.mark.parametrize("sentence,date,expected", [
    ("The resolution follows an arms embargo that the Council imposed last month.", "last month",
     "The Council imposed an arms embargo"),
    # near misses: a past main clause, a report's "that", a verb with its own object
    ("The rebels seized a town that the army held in March.", "March", ""),
    ("Officials say that the Council imposed last month a ban.", "last month", ""),
    ("The resolution follows a ban that the Council imposed on imports last month.", "last month", ""),
])
def test_an_object_relative_under_a_present_clause_titles_its_event(sentence, date, expected):
    assert object_relative_title(sentence, *_at(sentence, date)) == expected


@pytest.mark.parametrize("sentence,date,expected", [
    ("Under an agreement reached Thursday, NATO forces will be able to close air space and will be able to use "
     "force.", "Thursday", "An agreement was reached under which NATO forces will be able to close air space"),
    # near misses: a past main clause, no participle
    ("Under a deal reached Thursday, NATO took over command.", "Thursday", ""),
    ("Under the rules on Thursday, NATO will take over command.", "Thursday", ""),
])
def test_a_fronted_participle_before_a_coming_clause_titles_the_noun(sentence, date, expected):
    assert fronted_participle_title(sentence, *_at(sentence, date)) == expected


@pytest.mark.parametrize("sentence,subject,expected", [
    ("After doing it twice, Suttles said, the company stopped at midnight, and spent Thursday assessing.", "Suttles",
     "the company"),
    # near misses: no comma after the verb, a pronoun after the aside, no reporting verb
    ("Suttles said the company stopped at midnight, and spent Thursday assessing.", "Suttles", ""),
    ("After doing it twice, Suttles said, it stopped at midnight, and spent Thursday assessing.", "Suttles", ""),
    ("After doing it twice, Suttles left, the company stopped at midnight, and spent Thursday assessing.", "Suttles",
     ""),
])
def test_a_speaker_aside_is_not_the_doer(sentence, subject, expected):
    from timeline.events.subjects import _beyond_speaker_aside
    assert _beyond_speaker_aside(sentence, subject, sentence.index("spent")) == expected


def test_a_date_a_conjunction_opens_dates_the_clause_after_it():
    # ", but later Thursday, | Feinstein ... called": the date opens the next clause, not the one before the comma
    from timeline.events import extract
    from timeline.model import Article
    body = ("Clapper went on to clarify his answer, to which Levin gave lukewarm acceptance, but later Thursday, "
            "Senate Intelligence Chairman Dianne Feinstein called the director's response a problem.")
    found = [e.title for e in extract(Article(id="a", body=body, published="2011-03-11")) if e.date]
    assert any(t.startswith("Senate Intelligence Chairman Dianne Feinstein called") for t in found), found
    assert not any(t.endswith("but later") for t in found), found
