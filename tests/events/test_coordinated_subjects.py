"""A title is not cut at an "and" that joins two nouns of a subject still waiting for its verb (objects1,
titles._clause_awaits_verb; events.yaml title_awaiting_clause): "said it was brutally unfair that ordinary fishermen
| and shopkeepers were seeing ...", "thought two-thirds of Libyan oil | and gas output had been halted" keep their
predicate. The table's examples and near misses, one test each, and the reading of the words before the "and"."""
import pytest

from timeline.events import extract
from timeline.events.lexicon import rules as events_rules
from timeline.events.titles import _clause_awaits_verb
from timeline.model import Article

EXAMPLES = events_rules()["title_awaiting_clause_examples"]
NEAR_MISSES = events_rules()["title_awaiting_clause_near_misses"]


def _titles(row: dict) -> list[str]:
    events = extract(Article(id="a", body=row["sentence"], published=row["published"]))
    return [e.title for e in events if e.source.expression == row["date"]]


@pytest.mark.parametrize("row", EXAMPLES, ids=[r["sentence"][:40] for r in EXAMPLES])
def test_a_subject_of_two_nouns_keeps_its_predicate(row):
    assert _titles(row) == [row["title"]]
    assert " and " in row["title"]  # the "and" the cut would have ended on stays


@pytest.mark.parametrize("row", NEAR_MISSES, ids=[r["sentence"][:40] for r in NEAR_MISSES])
def test_a_second_clause_after_a_complete_one_is_still_cut(row):
    assert _titles(row) == [row["title"]]


@pytest.mark.parametrize("text,awaits", [
    ("said it was brutally unfair that ordinary fishermen and", True),  # an adjective before "that"
    ("confirmed a report in Le Figaro that rocket launchers and", True),  # a name closing a noun phrase
    ("complained that the bombing by the U.S. military and", True),  # a verb of that_verbs
    ("thought two-thirds of Libyan oil and", True),  # a bare clause verb
    ("seized that town and", False),  # a demonstrative after an act
    ("took the town in that region and", False),  # after a preposition
    ("feared the worst and", False),  # a verb of belief with its object: not bare
    ("said that rebels, and", False),  # a comma: a list or an aside, not one subject
])
def test_the_words_before_the_and_await_a_verb(text, awaits):
    words = ["Officials", *text.split()]
    assert _clause_awaits_verb(words, 1, len(words) - 1) is awaits


def test_each_path_that_cut_at_the_and_is_guarded():
    # the long title (shorten's boundaries) and the dated conjunct (dating.dated_conjunct_title) each cut at the
    # "and" on their own: without the guard, the examples lose their predicate
    import timeline.events as events_module
    import timeline.events.titles as titles_module
    long_row, conjunct_row = EXAMPLES[-2], EXAMPLES[-1]
    guard = titles_module.joins_awaiting_subject
    try:
        titles_module.joins_awaiting_subject = lambda words, i: False
        assert _titles(long_row) != [long_row["title"]]
        titles_module.joins_awaiting_subject = guard
        events_module.joins_awaiting_subject = lambda words, i: False
        assert _titles(conjunct_row) != [conjunct_row["title"]]
    finally:
        titles_module.joins_awaiting_subject = guard
        events_module.joins_awaiting_subject = guard
