"""The rest of the English irregular verbs' past forms (timeline/text/lexicon.yaml irregular_past_rest): read as
past verbs by every stage, the same-form ones that are seldom nouns ("hurt", "read") like "put" and "set"; the forms
left out (irregular_past_left_out: "bid", "ground", "fed", "broadcast", "cost") read as none."""

import pytest

from timeline.events.lexicon import lexicon as events_lexicon
from timeline.events.subjects import opening_subject
from timeline.merge.title_choice import _slips_agreement, _words, title_faults
from timeline.text import lexicon

REST = lexicon.table()["irregular_past_rest"]
LEFT_OUT = lexicon.table()["irregular_past_left_out"]
# the same-form verbs of the table: their base is their past, as "put", "set", "cut"
SAME_FORM = ["hurt", "read"]


@pytest.mark.parametrize("word", REST)
def test_every_form_of_the_table_is_past(word):
    assert lexicon.is_past(word)
    assert word in events_lexicon().irregular_past


@pytest.mark.parametrize("word", LEFT_OUT)
def test_a_form_left_out_is_no_past(word):
    assert not lexicon.is_past(word)


def test_the_two_tables_hold_each_form_once():
    first = set(lexicon.table()["irregular_past"])
    assert not first & set(REST)
    assert len(set(REST)) == len(REST)
    assert not (first | set(REST)) & set(LEFT_OUT)


def test_a_same_form_verb_after_did_or_will_is_its_base():
    """ "did not hurt", "will read": the base form, no agreement slip (title_choice.yaml unchanged_pasts)."""
    assert set(SAME_FORM) <= set(REST)
    assert set(SAME_FORM) <= _words("unchanged_pasts")
    assert not _slips_agreement("the fall did not hurt anyone".split())
    assert not _slips_agreement("the minister will read the agreement".split())
    # a form that is no base form still slips ("did not slept")
    assert _slips_agreement("they did not slept".split())


@pytest.mark.parametrize("title, fault", [
    # a same-form past was read as no verb
    ("Ramtane Lamara read the agreement with Gadhafi", "no_verb"),
    ("Many of his colleagues slept outside Benghazi's courthouse", "fragment"),
    ("Rebels dug trenches around the town", "fragment"),
    ("The storm hurt BP's profits", "fragment"),
    ("The supertanker Cadiz spilt crude oil off Brittany", "fragment"),
])
def test_a_title_told_by_an_irregular_past_has_a_verb(title, fault):
    assert fault not in title_faults(title, title)


@pytest.mark.parametrize("title, fault", [
    # a noun after "the" is no verb ("the cost"), and a left-out form is no verb ("a bid")
    ("The cost of the clean-up operation", "no_verb"),
    ("A new bid to halt the fighting", "no_verb"),
    ("A burst of gunfire in the square", "fragment"),
])
def test_a_noun_of_the_same_form_stays_no_verb(title, fault):
    assert fault in title_faults(title, title)


@pytest.mark.parametrize("title", [
    # a same-form past left out of the lexicon, read by title choice from its neighbours: the main clause's verb
    "Libyan state television broadcast video that it said showed Gadhafi meeting with tribal elders in a Tripoli hotel",
    "Al Arabiya broadcast footage taken from Libyan Jamahiriyah TV",
])
def test_title_choice_reads_a_same_form_verb_between_subject_and_object(title):
    assert not title_faults(title, title) & {"no_verb", "no_main_clause", "fragment"}


@pytest.mark.parametrize("title, fault", [
    # a participle's phrase, a noun after a determiner, a noun that ends the title: no verb still
    ("An address broadcast on Libyan state television", "fragment"),
    ("The cost of the clean-up operation", "no_verb"),
    ("A Syria-based television station that has been broadcasting audio speeches", "no_main_clause"),
])
def test_title_choice_leaves_a_same_form_noun_or_participle(title, fault):
    assert fault in title_faults(title, title)


@pytest.mark.parametrize("sentence, subject", [
    # a name, then a listed adverb before a verb the lexicon now knows ("dreamt"): the name is the subject
    ("Gareth Carins always dreamt of joining the French Foreign Legion.", "Gareth Carins"),
    ("Gareth Carins never joined the army.", "Gareth Carins"),
    # left alone: no adverb, and the -ly adverb the reading already knew
    ("Tripoli residents fled the city.", "Tripoli residents"),
    ("Farrell routinely reports from Pakistan.", "Farrell"),
])
def test_a_name_then_an_adverb_before_its_verb(sentence, subject):
    assert opening_subject(sentence) == subject
