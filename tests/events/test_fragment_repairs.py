"""Title fragments repaired (issue 13, fragments8): an opening phrase kept whole before a count, short gerunds, past forms
that are their base, a date that qualified a preposition's noun, a relative clause's list before the main verb, a
dangling count after "and". Each rule with its examples and what it must leave alone."""

import pytest

from timeline.events import extract
from timeline.events.clauses import _base_past_after_comma
from timeline.events.lexicon import rules as events_rules
from timeline.events.polish import rules as polish_rules, with_opening_preposition, without_dangling_count
from timeline.events.subjects import past_of_gerund
from timeline.events.titles import without_date
from timeline.model import Article


def titles(body: str, published: str = "2011-08-18") -> list[str]:
    return [e.title for e in extract(Article(id="a", body=body, published=published)) if e.date]


# 1. "In neighboring Egypt, about a thousand people ...": the opening phrase keeps its preposition
APPROXIMATED = polish_rules()["opening_preposition_approximator_examples"]


@pytest.mark.parametrize("example", APPROXIMATED, ids=[e["title"] for e in APPROXIMATED])
def test_an_opening_phrase_before_an_approximate_count_keeps_its_preposition(example):
    assert with_opening_preposition(example["title"], example["sentence"]) == example["polished"]


@pytest.mark.parametrize("example", polish_rules()["opening_preposition_approximator_near_misses"])
def test_an_approximator_before_no_count_opens_no_clause(example):
    assert with_opening_preposition(example["title"], example["sentence"]) == example["title"]


def test_the_whole_sentence_keeps_its_opening_phrase():
    assert titles("In neighboring Egypt, about a thousand people showed up for a pro-women demonstration on "
                  "Tuesday.") == ["In neighboring Egypt, about a thousand people showed up for a pro-women "
                                  "demonstration"]


# 2. short gerunds
@pytest.mark.parametrize("word,past", [*events_rules()["title_short_gerunds"].items(),
                                       ("king", ""), ("thing", ""), ("bring", ""), ("sing", ""), ("wing", "")])
def test_short_gerunds_have_their_past(word, past):
    assert past_of_gerund(word) == past


def test_a_long_gerund_is_still_read_by_its_stem():
    assert past_of_gerund("switching") == "switched" and past_of_gerund("during") == ""


# 3. a past form that is its base, after a name and its apposition
@pytest.mark.parametrize("verb", ["read", "cast"])
def test_a_base_past_after_an_apposition_keeps_its_subject(verb):
    assert titles(f"Ramtane Lamara, the African Union's commissioner for peace and security, {verb} the agreement "
                  "with Gadhafi early Monday, flanked by spokesman Musa Ibrahim.") \
        == [f"Ramtane Lamara {verb} the agreement with Gadhafi"]


@pytest.mark.parametrize("sentence,word,past", [
    ("Ramtane Lamara, the commissioner, read the agreement", "read", True),
    ("The spill, the worst in U.S. history, cost BP dearly", "cost", True),
    # not after a comma: a bare word of the clause ("They will read the text": a present or an infinitive)
    ("They will read the text", "read", False),
    # not a verb whose past is its base
    ("Ramtane Lamara, the commissioner, sign the agreement", "sign", False),
])
def test_a_base_past_reads_as_past_right_after_a_comma(sentence, word, past):
    assert _base_past_after_comma(sentence, sentence.index(" " + word + " ") + 1, word) is past


# 4. a date that qualified a preposition's noun
def test_the_preposition_of_a_dated_noun_stays():
    text = "Protesters marched after Friday prayers to demand the fall of the regime."
    at = text.index("Friday")
    head, tail = without_date(text, at, at + len("Friday"))
    assert [w for w in head if w] == ["Protesters", "marched", "after"] and tail.startswith(" prayers")
    assert titles(text) == ["Protesters marched after prayers to demand the fall of the regime"]
    assert titles("Rebels attacked the town during Sunday prayers.") == ["Rebels attacked the town during prayers"]


def test_a_subordinate_clause_opened_by_a_dated_noun_phrase_keeps_its_verb():
    title, = titles("The forces fired at protesters when they marched after Friday prayers to demand the fall of the "
                    "regime, Mohamed said.")
    assert "marched after prayers to demand" in title and not title.startswith("Prayers")


@pytest.mark.parametrize("text,head", [
    # the noun after the date is a clause's subject: its verb follows
    ("Protests grew after Monday protesters marched to the square.", ["Protests", "grew"]),
    # a preposition that only introduces the date
    ("He said on Tuesday rebels had taken the town.", ["He", "said"]),
    # a date with digits is no noun's modifier
    ("Rebels attacked the town after 3 March meetings.", ["Rebels", "attacked", "the", "town"]),
])
def test_a_preposition_that_introduced_the_date_goes(text, head):
    at = text.index("Monday") if "Monday" in text else text.index("Tuesday") if "Tuesday" in text \
        else text.index("3 March")
    end = at + (len("3 March") if text[at] == "3" else len(text[at:].split()[0]))
    assert [w for w in without_date(text, at, end)[0] if w] == head


# 5. a relative clause's list before the main verb
def test_a_relative_clause_with_a_list_leaves_the_main_verb():
    assert titles("In March, the legions of foreign workers who had been contracted to build railroads, airports, "
                  "apartment buildings and telecommunications networks began fleeing the rapidly escalating "
                  "conflict by the tens of thousands.") \
        == ["The legions of foreign workers began fleeing the rapidly escalating conflict by the tens of thousands"]
    assert titles("In March, the workers who had built railroads, airports and roads left the country.") \
        == ["The workers left the country"]


def test_a_list_that_is_the_object_stays_whole():
    assert titles("On Monday, the rebels took Brega, Ras Lanuf and Bin Jawad.") \
        == ["The rebels took Brega, Ras Lanuf and Bin Jawad"]


# 6. a dangling count after "and"
COUNTS = polish_rules()["dangling_count_examples"]


@pytest.mark.parametrize("example", COUNTS, ids=[e["title"] for e in COUNTS])
def test_a_dangling_count_goes(example):
    assert without_dangling_count(example["title"]) == example["polished"]


@pytest.mark.parametrize("title", polish_rules()["dangling_count_near_misses"])
def test_a_count_with_its_own_words_stays(title):
    assert without_dangling_count(title) == title


def test_the_dated_sentence_loses_its_dangling_count():
    assert titles("Fifteen of the rebels were killed Tuesday and three on Wednesday, said spokesman Mohammad "
                  "Zawawi.")[0] == "Fifteen of the rebels were killed"


@pytest.mark.parametrize("text,title", [
    # "that" opens a reported clause as often as a relative one: the clause ends at its comma as before
    ("A senior technician working on the measure said on Thursday that the vast amount of data collected so far was "
     "positive, and that there was general optimism that it was succeeding.",
     "A senior technician working on the measure said that the vast amount of data collected so far was positive"),
    ("He criticized the younger Gadhafi's assertion during a speech early Monday that Tunisians and Egyptians were to "
     "blame for Libya's revolt, saying demands for reform, development and change were the rights of the people.",
     "He criticized the younger Gadhafi's assertion during a speech that Tunisians and Egyptians were to blame for "
     "Libya's revolt"),
])
def test_a_reported_clause_after_that_keeps_its_end(text, title):
    assert titles(text) == [title]
