"""Event extraction, run over the examples beside its lexicons (events/events.yaml)."""

import pytest

from timeline.events import calendar_date, extract, is_prose
from timeline.model import Article, Timex
from timeline.events.lexicon import rules
from timeline.read.pubdate import body_dateline
from timeline.text.chronology import reads_as_chronology_line

EXAMPLES = rules()["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_event_examples(example):
    # the article as the reader makes it: its dateline found in its body
    article = Article(id="a", body=example["text"], published=example["dct"], dateline=body_dateline(example["text"]))
    events = [e for e in extract(article) if e.date]
    expected = example["events"]
    assert [(e.date, e.mod) for e in events] == [(x["date"], x.get("mod", "")) for x in expected]
    for event, want in zip(events, expected):
        assert want["title_has"].lower() in event.title.lower()
        assert event.source.quote.strip() and event.source.expression in event.source.quote


def test_extract_is_pure_and_deterministic():
    article = Article(id="x", body="Rebels seized the airport on Monday. Talks began on Tuesday.", published="2016-05-25")
    assert extract(article) == extract(article)


def test_undated_mention_is_kept_without_a_date():
    article = Article(id="x", body="After the army, backed by Russian jets, liberated the city of Palmyra, talks resumed.",
                      published="2016-04-07")
    events = extract(article)
    assert [e.date for e in events] == [""]
    assert "palmyra" in events[0].keys


@pytest.mark.parametrize("value,expected", [
    ("2016-03-27", "2016-03-27"), ("2016-04-06T19:00", "2016-04-06"), ("2015-Q4", "2015-Q4"),
    ("2015-SU", "2015-SU"), ("PRESENT_REF", ""), ("XXXX-03-27", ""), ("199", ""), ("199X", ""), ("P5Y", ""),
])
def test_calendar_date(value, expected):
    kind = "DURATION" if value.startswith("P") and value != "PRESENT_REF" else "DATE"
    assert calendar_date(Timex(0, 1, "x", kind, value)) == expected


@pytest.mark.parametrize("text,prose", [
    ("The army retook the city after a long siege.", True),
    ("Home News World Politics Business Sport Latest Video", False),
    ("http://www.example.com/news/2016-04-06/story", False),
    ("more...", False),
    ("5 March - Interim report published", True),  # a chronology item: a headline without a stop
])
def test_is_prose(text, prose):
    assert is_prose(text, chronology_line=reads_as_chronology_line(text)) is prose


@pytest.mark.parametrize("body", [
    "1234 5678 " * 10_000,
    "May " * 25_000,
    pytest.param("On May 5, a, b, c, d, the army, " * 20_000, marks=pytest.mark.slow),  # 660 KB: a second or more
    "x" * 1_000_000,
])
def test_hostile_text_returns(body):
    events = extract(Article(id="h", body=body, published="2016-05-25"))
    assert all(e.source.quote in body for e in events)


NOT_NEWS_EXAMPLES = rules()["not_news"]["examples"]


@pytest.mark.parametrize("example", NOT_NEWS_EXAMPLES, ids=[e["text"][:40] for e in NOT_NEWS_EXAMPLES])
def test_not_news_examples(example):
    test_event_examples(example)


@pytest.mark.parametrize("title,kind", [
    ("The Observer met him", "own reporting"), ("CNN saw", "own reporting"),
    ("CNN conducted a third phone interview", "own reporting"),
    ("A CNN employee saw three Grad-type rockets strike the center of the city", ""),
    ("This letter suggests concerns about the safety of BP operations persisted", "inference"),
    ("Submerged oil plumes suggest the spill is worse than BP claims", ""),
    ("This meant there were 13 travel-related cases outstanding", ""),
    ("Even the language choice is a slap at Gadhafi's regime", "judgement"),
    ("He said the vote was a sign of progress", ""),
    ("Rebels took the town of Brega", ""),
    ("The Hawk T1 aircraft is the Royal Air Force's advanced trainer", "description"),
    ("That's a big debate", "description"),
    ("BP said the cap is a success", ""), ("Jackson's doctor was charged", ""),
    # an estimate of what is to come stays: the journalists' timelines list them ("Analysts put the cost of the
    # spill for BP at £15bn")
    ("The disaster is likely to cost BP $23bn", ""),
    ("He believes the attack was meant to frighten the rebels", "belief"),
    ("Many analysts think that the regime will fall", "belief"),
    # a belief told by a reporting verb, and a past one, stay (the first is a journalists' timeline entry)
    ("Steve Wereley, a researcher at Purdue University, tells the press he believes the well is leaking 70,000 bpd",
     ""),
    ("Police believed the man had fled", ""), ("Officials said they believe he was killed by government forces", ""),
    ("I don't think that would be right", ""),
    ("The same appeals court is expected to hear arguments on the merits of the moratorium case", ""),
])
def test_not_news_kind(title, kind):
    from timeline.events.triggers import not_news_kind
    assert not_news_kind(title) == kind


@pytest.mark.parametrize("title,sentence,kind", [
    ("Margaret Evison talks about her son Mark", "Today Margaret Evison talks about her son Mark, who died in 2009.",
     "teaser"),
    ("Mark died in Afghanistan", "Today Margaret Evison talks about her son Mark, who died in Afghanistan in 2009.", ""),
    ("Flood levels peak", "Thousands of houses are expected to be under water when flood levels peak this evening.",
     "forecast"),
    ("The court is expected to hear arguments", "The court is expected to hear arguments in late August.", ""),
])
def test_not_news_kind_in_its_sentence(title, sentence, kind):
    from timeline.events.triggers import not_news_kind
    assert not_news_kind(title, sentence) == kind


NOT_NEWS_KIND_EXAMPLES = rules()["not_news"]["kind_examples"]


@pytest.mark.parametrize("example", NOT_NEWS_KIND_EXAMPLES, ids=[e["title"][:40] for e in NOT_NEWS_KIND_EXAMPLES])
def test_not_news_kind_examples(example):
    """The figures, plans, states, empty lines and background of events.yaml (not_news, kind_examples): what each
    rule removes and the near misses it keeps."""
    from timeline.events.triggers import not_news_kind
    assert not_news_kind(example["title"], example.get("sentence", "")) == example["kind"]
