"""nonevents27: a date in a clause of speculation, a "today" of nowadays closing a present state, and a present
verdict of "the latest in a series" place no event (events.yaml, not_news, hedged_date_examples)."""
import pytest

from timeline.events import extract
from timeline.events.lexicon import rules
from timeline.events.triggers import hedged_date_kind
from timeline.model import Article

EXAMPLES = rules()["not_news"]["hedged_date_examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["sentence"][:50] for e in EXAMPLES])
def test_hedged_date_examples(example):
    sentence = example["sentence"]
    before = sentence[: sentence.index(example["date"])]
    assert hedged_date_kind(sentence, example["date"], before) == example["kind"]


def test_both_sides_are_in_the_examples():
    kinds = {example["kind"] for example in EXAMPLES}
    assert {"hypothetical", "background", "judgement", ""} <= kinds


def test_a_hedge_drops_its_entry_and_keeps_the_arrest():
    text = ("Police are hunting the gunman, who is thought to have fled to the coast on Monday. "
            "Police arrested his brother in Leeds on Tuesday.")
    titles = [event.title for event in extract(Article(id="x", body=text, published="2011-08-05"))]
    assert not any("fled" in title for title in titles)
    assert any("arrested" in title for title in titles)


def test_a_closing_today_of_nowadays_drops_its_entry():
    text = ("Blowout preventers are used on every oil and gas well drilled in the world today. "
            "Two activists scaled the BP building in London today.")
    titles = [event.title for event in extract(Article(id="x", body=text, published="2010-06-05"))]
    assert not any("preventers" in title for title in titles)
    assert any("scaled" in title for title in titles)


COPULA_EXAMPLES = rules()["not_news"]["copula_of_past_examples"]


@pytest.mark.parametrize("example", COPULA_EXAMPLES,
                         ids=[f'{e["title"][:40]}-{e["date_end"]}' for e in COPULA_EXAMPLES])
def test_copula_of_past_examples(example):
    from timeline.events.triggers import tells_copula_of_past
    assert tells_copula_of_past(example["title"], example["date_end"], example["published"]) is example["background"]


def test_a_present_copula_of_a_past_date_drops_its_entry_but_a_chronology_line_stays():
    text = ("Libya -- ruled by Moammar Gadhafi since 1969 -- is not Egypt. "
            "March 16 - Forces loyal to Gaddafi are near rebel-held Benghazi.")
    titles = [event.title for event in extract(Article(id="x", body=text, published="2011-08-22"))]
    assert not any("Egypt" in title for title in titles)
    assert any("Benghazi" in title for title in titles)
