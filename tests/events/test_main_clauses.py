"""The main clause a frame around the date times (issue 13): events.yaml main_clause_frames examples, keep and near
misses, read one step at a time (main_clause_title) and whole (the event's title)."""

import pytest

from timeline.events import extract
from timeline.events.lexicon import rules as events_rules
from timeline.events.main_clauses import main_clause_title
from timeline.events.titles import make_title
from timeline.model import Article

EXAMPLES = events_rules()["main_clause_frames"]["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["sentence"][:40] for e in EXAMPLES])
def test_main_clause_title(example):
    sentence, date = example["sentence"], example["date"]
    start = sentence.index(date)
    found = main_clause_title(sentence, start, start + len(date))
    assert (make_title(found, None) if found else "") == example["title"]


WHOLE = [e for e in EXAMPLES if e["title"] and not e.get("step_only")]


@pytest.mark.parametrize("example", WHOLE, ids=[e["sentence"][:40] for e in WHOLE])
def test_the_event_takes_the_main_clause(example):
    events = extract(Article(id="a", body=example["sentence"], published="2011-08-01"))
    assert [e.title for e in events if e.source.expression == example["date"]] == [example["title"]]


def test_a_venue_between_an_apposed_speaker_and_his_verb_leaves_the_speaker_the_subject():
    from timeline.events.clauses import find_subject
    sentence = ("Admiral Mike Mullen, outgoing chairman of the U.S. Joint Chiefs of Staff, at a round table event for "
                "journalists in Cairo said on Wednesday that Gaddafi must quit.")
    start = sentence.index("at a round")
    assert find_subject(sentence, start, sentence[start:]) == ("Admiral Mike Mullen ", 0)
    # near misses: an opening phrase, not a name, before the apposition; a venue run into a past verb, no report
    sentence = "In Benghazi, the rebel capital, at the court rebels said on Monday that they won."
    start = sentence.index("at the")
    assert find_subject(sentence, start, sentence[start:]) != ("In Benghazi ", 0)
    sentence = "Admiral Mike Mullen, the chairman, at a base in Qatar met troops on Wednesday."
    start = sentence.index("at a base")
    assert find_subject(sentence, start, sentence[start:]) != ("Admiral Mike Mullen ", 0)
