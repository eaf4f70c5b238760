"""verbless3: an event noun of the sentence's opening phrase ("Until their release Monday, X and Y were ...") told
with the main clause's subject as its doer (events/verbless.py opening_noun_event_title, verbless.yaml
opening_noun_event)."""
import pytest

from timeline.events import extract
from timeline.events.verbless import _table, opening_noun_event_title
from timeline.model import Article

RULE = _table()["opening_noun_event"]


@pytest.mark.parametrize("example", RULE["examples"], ids=[e["title"] for e in RULE["examples"]])
def test_the_opening_phrase_noun_is_told_with_the_subject(example):
    assert opening_noun_event_title(example["title"], example["sentence"], example["expression"]) == example["told"]


@pytest.mark.parametrize("example", RULE["near_misses"], ids=[e["sentence"][:40] for e in RULE["near_misses"]])
def test_a_definite_noun_a_named_doer_or_a_pronoun_subject_leave_the_title(example):
    # "the Soviet withdrawal": the West did not withdraw; "a visit ... by Clinton": Clinton visited; "they": no name;
    # "his" does not agree with "the two journalists"
    assert opening_noun_event_title(example["title"], example["sentence"], example["expression"]) == example["title"]


def test_a_title_with_its_own_verb_is_left_alone():
    sentence = "After his release Monday, the journalist said he had been well treated."
    assert opening_noun_event_title("The journalist said he had been well treated", sentence, "Monday") \
        == "The journalist said he had been well treated"


def test_the_date_must_stand_in_the_opening_phrase():
    # the date times the main clause, not the phrase's noun: no doer is read for it
    sentence = "After their release, the two journalists, Ayat Basma and Ezzat Baltaji, flew home on Monday."
    assert opening_noun_event_title("Their release", sentence, "Monday") == "Their release"


def test_a_phrase_that_does_not_open_the_sentence_gives_no_doer():
    sentence = "Ayat Basma and Ezzat Baltaji were last heard from on Saturday, before their release Monday."
    assert opening_noun_event_title("Their release", sentence, "Monday") == "Their release"


def test_a_plural_verb_for_a_list_subject_and_a_singular_for_a_name():
    assert opening_noun_event_title(
        "His arrest", "Until his arrest on Friday, Saif al-Islam Gaddafi had evaded the rebels.", "on Friday") \
        == "Saif al-Islam Gaddafi was arrested"
    assert opening_noun_event_title(
        "Their arrest", "Until their arrest on Friday, the two smugglers had evaded the police.", "on Friday") \
        == "The two smugglers were arrested"


def test_extraction_prints_the_told_noun():
    body = ("Until their release Monday, television producer Ayat Basma and cameraman Ezzat Baltaji were last heard "
            "from on Saturday, when they sent a message to a colleague saying they were about to leave Syria for "
            "Lebanon, the news agency said.")
    titles = {e.title for e in extract(Article(id="a", body=body, published="2011-03-28"))}
    assert "Television producer Ayat Basma and cameraman Ezzat Baltaji were released" in titles
    assert "Their release" not in titles
