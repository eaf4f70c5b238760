"""verbless3: in title choice, a title that opens with a preposition and has no finite verb of its own ("Ahead of a
trip to Louisiana and his first televised address", "Despite BP's commitment to set up a $20bn fund") is a fragment,
so a member that tells the event with its verb wins (timeline.merge.title_choice.opens_verbless_phrase)."""
import pytest

from timeline.merge.entries import choose_title
from timeline.merge.similarity import item_of
from timeline.merge.title_choice import _bare_words, opens_verbless_phrase, rules, title_faults
from timeline.model import Event, Source

EXAMPLES = rules()["verbless_phrase_examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["title"][:40] for e in EXAMPLES])
def test_a_verbless_phrase_is_a_fragment(example):
    title = example["title"]
    assert opens_verbless_phrase(title, _bare_words(title)) is example["fragment"]


def test_the_fault_is_counted_once_as_a_fragment():
    title = "Despite BP's commitment to set up a $20bn fund for the clean-up and compensation costs"
    quote = ("With elections five months away, politicians aren't likely to extend much sympathy to BP, despite the "
             "company's commitment on Wednesday to set up a $20bn fund for the clean-up and compensation costs.")
    assert title_faults(title, quote, "on Wednesday") == frozenset({"fragment"})


def test_a_short_verbed_title_and_a_noun_phrase_event_are_left_alone():
    assert not opens_verbless_phrase("BP stopped", _bare_words("BP stopped"))
    assert not opens_verbless_phrase("The ceasefire", _bare_words("The ceasefire"))  # no preposition opens it
    assert not opens_verbless_phrase("Ceasefire announced", _bare_words("Ceasefire announced"))


def _item(n, title, quote, expression):
    return item_of(Event(article=f"a{n}", date="2010-06-15", mod="", title=title,
                         source=Source(f"a{n}", quote, expression, published="2010-06-16")))


def test_a_member_with_its_verb_wins_over_the_phrase():
    phrase = "Ahead of a trip to Louisiana and his first televised address to the nation"
    told = "Barack Obama used his first Oval Office address to try to wrest control over the oil spill catastrophe"
    items = [_item(1, phrase, phrase + " tomorrow, Obama said the spill would continue to influence the country.",
                   "tomorrow"),
             _item(2, told, "Barack Obama used his first Oval Office address last night to try to wrest control over "
                            "the oil spill catastrophe.", "last night")]
    assert choose_title(items, ("2010-06-15", "")) == told


def test_the_wording_the_joins_read_does_not_weigh_the_phrase():
    # the joins read a cluster's own wording (entries.wording_title): the phrase is weighed only for the printed title
    title = "Ahead of a trip to Louisiana and his first televised address to the nation"
    quote = title + " tomorrow, Obama said the spill would continue to influence the country."
    assert "fragment" in title_faults(title, quote, "tomorrow")
    assert "fragment" not in title_faults(title, quote, "tomorrow", phrases=False)
