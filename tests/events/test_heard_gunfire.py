"""nonevents28: small-arms fire heard, as a title's only act, is reporting colour (events.yaml not_news heard_fire_*)."""
import pytest

from timeline.events import extract
from timeline.events.lexicon import rules
from timeline.events.triggers import hears_only_gunfire, not_news_kind
from timeline.model import Article

EXAMPLES = rules()["not_news"]["heard_fire_examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["title"][:40] for e in EXAMPLES])
def test_heard_fire_examples(example):
    assert hears_only_gunfire(example["title"]) is example["colour"]


def test_examples_hold_both_sides():
    assert {e["colour"] for e in EXAMPLES} == {True, False}


def test_not_news_kind_calls_it_a_scene():
    assert not_news_kind("Gunshots could be heard outside the Rixos hotel") == "scene"
    assert not_news_kind("At least two loud explosions were heard in Tripoli") != "scene"


def test_heard_gunfire_drops_its_entry_and_keeps_the_explosions():
    text = ("In the capital Tripoli, Reuters reporters heard intermittent gunfire on Friday evening. "
            "At least two loud explosions were heard in Tripoli on Friday night.")
    titles = [event.title for event in extract(Article(id="x", body=text, published="2011-04-16"))]
    assert not any("gunfire" in title for title in titles)
    assert any("explosions" in title for title in titles)
