"""Titles of relative clauses: the noun the pronoun tells of, in subject or object position, and the main act."""

import pytest

# events.yaml title_relative_examples (whole sentences and their titles) are read with title_sentence_examples by
# tests/events/test_event_titles.py::test_title_sentence_examples; here, the steps one at a time.


@pytest.mark.parametrize("after,expected", [
    (", the head of U.S. Africa Command affirmed that the war stalls", "affirmed that the war stalls"),
    (", the council's envoy said the talks failed", "said the talks failed"),
    # near misses: a past form that reports nothing, an apposition closed, no determiner opening it
    (", the man accused of the bombing said nothing", ", the man accused of the bombing said nothing"),
    (", the envoy, said the talks failed", ", the envoy, said the talks failed"),
    (", Libya's envoy said the talks failed", ", Libya's envoy said the talks failed"),
])
def test_an_apposition_left_open_ends_at_its_reporting_verb(after, expected):
    from timeline.events.clauses import _without_open_apposition
    assert _without_open_apposition(after) == expected


@pytest.mark.parametrize("sentence,relative,expected", [
    ("But the numbers which FWS handed over on Wednesday, 10 days late, were low.", "which FWS handed over on Wednesday",
     "FWS handed over the numbers "),
    ("The town, which rebels took back on Tuesday, was quiet.", "which rebels took back on Tuesday",
     "Rebels took back the town "),
    # near misses: the pronoun is a reported clause's subject, the verb's own object follows, a preposition's object
    ("Experts fear the virus which the WHO warned today has the potential to spread.",
     "which the WHO warned today has the potential to spread", None),
    ("The report, which he gave them on Monday, was long.", "which he gave them on Monday", None),
    ("It was about the extent to which the well leaked in May.", "which the well leaked in May", None),
    ("The documents, which reached Congress on Monday, were long.", "which reached Congress on Monday", None),
])
def test_an_object_relative_puts_its_noun_after_its_verb(sentence, relative, expected):
    from timeline.events.clauses import _object_relative
    at = sentence.index(relative)
    told = _object_relative(sentence, at, relative)
    assert (told[0][:1].upper() + told[0][1:] if told else None) == expected
