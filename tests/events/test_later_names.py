"""A person the article describes before it names them ("The former boss of BP admitted last night ...")
named by the one speaker the next sentence quotes ("..., said Tony Hayward."), in apposition; two speakers, no
quotation, a speaker named before, another office's holder, a subject that names no person or names one already:
unchanged (timeline.events.later_names, read at the end of timeline.events.extract)."""

import pytest

from timeline.events import extract
from timeline.events.later_names import described_subject, name_by_next_speaker, quoted_speaker
from timeline.model import Article


def _titles(body, published="2010-11-11"):
    return [e.title for e in extract(Article(id="a", body=body, published=published))]


# --- the described subject ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title,subject", [
    ("The former boss of BP admitted that the oil giant had been unprepared", "The former boss of BP"),
    ("The most prominent Libyan defector said his country could become a new Somalia",
     "The most prominent Libyan defector"),
    ("The head of the interim government in eastern Libya pleaded for a no-fly zone",
     "The head of the interim government in eastern Libya"),
    ("The president of South Africa lashed out at NATO", "The president of South Africa"),
])
def test_a_person_described_by_role_or_description(title, subject):
    assert described_subject(title) == subject


@pytest.mark.parametrize("title", [
    "The alliance reaffirmed its commitment to the arms embargo",  # no person
    "The report was issued",
    "The organiser of the Michael Jackson tribute concert Chris Hunt defended the event",  # named already
    "The chief prosecutor for the court, Luis Moreno-Ocampo, said there were grounds",
    "He said he allowed the election to take place",  # not "The ..."
    "The man accused by police said he was innocent",  # a participle, not the verb
])
def test_no_described_person(title):
    assert described_subject(title) == ""


# --- the next sentence's one speaker ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,speaker", [
    ("When the crisis hit, BP was forced to improvise, something that made it look “fumbling” in the eyes of the "
     "public, said Tony Hayward.", "Tony Hayward"),
    ("“It has to be immediate action,” Mustafa Abdul-Jalil told CNN in an exclusive interview.", "Mustafa Abdul-Jalil"),
    ("Speaking about the Arab nation, Youssef bin Alawi bin Abdullah said “nobody should interfere in her affairs.”",
     "Youssef bin Alawi bin Abdullah"),
])
def test_the_one_quoted_speaker(sentence, speaker):
    assert quoted_speaker(sentence) == speaker


@pytest.mark.parametrize("sentence", [
    "Tony Hayward said the company had been unprepared.",  # no quotation: a report may turn to anyone
    "“Yes,” said Tony Blair, and Gordon Brown told reporters “no”.",  # two speakers
    "“No comment,” said Obama's spokesman Jay Carney.",  # someone else's aide
    "“We are ready,” the spokesman for Tony Hayward said.",  # the name is no speaker here
])
def test_no_one_speaker(sentence):
    assert quoted_speaker(sentence) == ""


# --- the naming ---------------------------------------------------------------------------------------------------

HAYWARD = ("When the crisis hit, BP was forced to make up its response as it went along, something that made it look "
           "“fumbling” and “incompetent”, said Tony Hayward.")


def test_the_described_person_is_named_by_the_next_speaker():
    assert name_by_next_speaker("The former boss of BP admitted that the oil giant had been unprepared", HAYWARD, []) \
        == "The former boss of BP, Tony Hayward, admitted that the oil giant had been unprepared"
    assert name_by_next_speaker(
        "The president of South Africa lashed out at NATO",
        "“We strongly believe that the resolution is being abused,” said Jacob Zuma at a budget vote debate.", []) \
        == "The president of South Africa, Jacob Zuma, lashed out at NATO"


def test_a_speaker_named_before_is_left_to_the_earlier_sentences():
    told = ["Tony Hayward spoke to the BBC.", "The former boss of BP admitted that the oil giant had been unprepared."]
    title = "The former boss of BP admitted that the oil giant had been unprepared"
    assert name_by_next_speaker(title, HAYWARD, told) == title


def test_another_office_holder_is_not_the_described_one():
    # the commander's sentence is followed by the president's words: two people
    title = "The commander of U.S. Naval forces in Europe and Africa said air strikes would continue"
    following = "Americans “are going to be satisfied that lives were saved”, President Barack Obama said."
    assert name_by_next_speaker(title, following, []) == title
    # a description that is no office takes the speaker whatever office the sentence gives him
    assert name_by_next_speaker(
        "The most prominent Libyan defector said his country could become a new Somalia",
        "“The unity of Libya is essential,” former foreign minister Moussa Koussa said in a statement.", []) \
        == "The most prominent Libyan defector, Moussa Koussa, said his country could become a new Somalia"


def test_extract_names_the_article_opening_description():
    body = ("The former boss of BP admitted last night that the oil giant had been completely unprepared for the "
            "Gulf of Mexico accident.\n\n" + HAYWARD + "\n\nHe spoke to the BBC.")
    assert "The former boss of BP, Tony Hayward, admitted that the oil giant had been completely unprepared for " \
           "the Gulf of Mexico accident" in _titles(body)


def test_extract_leaves_a_description_whose_next_sentence_quotes_no_one():
    body = ("The former boss of BP admitted last night that the oil giant had been completely unprepared for the "
            "Gulf of Mexico accident.\n\nTony Hayward spoke to the BBC about the spill.")
    assert "The former boss of BP admitted that the oil giant had been completely unprepared for the Gulf of " \
           "Mexico accident" in _titles(body)


def test_a_name_with_a_word_written_twice_is_written_once():
    assert quoted_speaker("“The unity of Libya is essential,” former foreign minister Moussa Koussa Koussa said.") \
        == "Moussa Koussa"
