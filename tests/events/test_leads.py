"""The examples of dating.yaml `lead_anchor` (timeline/events/leads.py): an offset of hours or days dated by the
sentence just before it, whose event's quote carries that sentence."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.events import extract
from timeline.events.dating import table
from timeline.events.leads import continues_subject, lead_sentences, opens_topic
from timeline.model import Article, Sentence, Source

EXAMPLES: list[dict[str, Any]] = list(table()["lead_anchor"]["examples"])  # type: ignore[index]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:50] for e in EXAMPLES])
def test_lead_anchor_example(example: dict[str, Any]) -> None:
    events = extract(Article(id="example", body=example["text"], published=example["published"]))
    mine = [e for e in events if e.source.expression.lower() == example["phrase"].lower()]
    if example["lead"] == "none":
        assert not [e for e in mine if e.date], [(e.date, e.title) for e in mine]
        assert not any(e.source.lead for e in events)
        return
    assert mine, "no event from the phrase"
    assert [e.date for e in mine] == [example["date"]] * len(mine)
    assert all(e.source.lead == example["lead"] for e in mine)
    assert any(example["title_has"] in e.title.lower() for e in mine), [e.title for e in mine]
    # the quote stays the event's own sentence; the reader's text shows the lead before it
    for e in mine:
        assert example["phrase"] in e.source.quote and example["phrase"] not in e.source.lead
        assert e.source.shown == f"{example['lead']} {e.source.quote}"


def test_every_rule_has_examples_and_near_misses() -> None:
    assert {e["lead"] == "none" for e in EXAMPLES} == {True, False}


def test_lead_is_no_part_of_a_source_name() -> None:
    # a source names its event by article, sentence and date phrase: the lead travels along
    assert Source("a", "He met an envoy.", "x", lead="On Monday, he left.") == Source("a", "He met an envoy.", "x")
    assert Source("a", "He met an envoy.", "x").shown == "He met an envoy."


def test_lead_sentence_stops_at_a_paragraph_and_at_unread_text() -> None:
    body = "He left on Monday. He flew home. Two days later he came back.\n\nA day later he left."
    parts = ["He left on Monday.", "He flew home.", "Two days later he came back.", "A day later he left."]
    sentences = [Sentence(body.index(p), body.index(p) + len(p), p) for p in parts]
    everything = [True] * 4
    assert lead_sentences(body, sentences, everything, 2) == sentences[:2]
    assert lead_sentences(body, sentences, everything, 1) == sentences[:1]
    assert lead_sentences(body, sentences, everything, 3) == []  # an empty line between
    assert lead_sentences(body, sentences, [True, False, True, True], 2) == []  # page chrome before
    assert lead_sentences(body, sentences, [False, True, True, True], 2) == sentences[1:2]
    assert lead_sentences(body, sentences, everything, 0) == []


@pytest.mark.parametrize("text,lead,continues", [
    ("He was pronounced dead two hours later.", "Paramedics were called on 25 June.", True),
    ("The meeting followed claims a day earlier.", "Ahead of Sunday's meeting, activists met.", True),
    ("Ill-trained insurgents thrust westwards the day before.", "Rebels regained ground on Wednesday.", False),
    ("One man said troops opened fire the previous day.", "A source said ten died there Sunday.", False),
])
def test_continues_subject(text: str, lead: str, continues: bool) -> None:
    assert continues_subject(text, lead) is continues


@pytest.mark.parametrize("text,opens", [
    ("Meanwhile, in New York, a spokesman said so.", True),
    ("In the east, tanks shelled Ajdabiya.", True),
    ("In Tripoli, explosions were heard.", False),
    ("Later that night, hundreds gathered.", False),
])
def test_opens_topic(text: str, opens: bool) -> None:
    assert opens_topic(text) is opens


def test_the_merge_compares_the_events_own_sentence_not_its_lead() -> None:
    from dataclasses import replace

    from timeline.merge.similarity import item_of, item_stored
    text = ("Late on Wednesday, Foreign Minister Taieb Fassi Fihri met officials from the rebels' council. Two days "
            "earlier, he met an envoy of Gaddafi.")
    led = [e for e in extract(Article(id="a", body=text, published="2011-04-22")) if e.source.lead]
    assert led
    for event in led:
        bare = replace(event, source=replace(event.source, lead=""))
        assert item_stored(item_of(event)) == item_stored(item_of(bare))
        assert "council" not in event.keys  # the lead's words are no key of the event
