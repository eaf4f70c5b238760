"""Market and trade lines that are no events (nonevents31, events.yaml not_news `market_trades`, `market_views`,
`period_rankings`): a trade desk's priced lots, an analyst's present-tense market view and a ranking of a year's
output; with the deals, results and acts they must leave alone."""
import pytest

from timeline.events.lexicon import rules
from timeline.events.triggers import is_market_trade, is_market_view, is_period_figure, not_news_kind
from dated_titles import titles_with_dates  # a sibling module

TRADES = rules()["not_news"]["market_trades"]["examples"]
VIEWS = rules()["not_news"]["market_views"]["examples"]


@pytest.mark.parametrize("example", TRADES, ids=[e["title"][:40] for e in TRADES])
def test_market_trade_examples(example):
    assert is_market_trade(example["title"], example["sentence"]) is example["trade"]
    assert (not_news_kind(example["title"], example["sentence"]) == "figure") is example["trade"]


def test_a_trade_needs_its_unit_price():
    # the same count of lots with no unit price in its sentence is a shipment told, not a price
    assert not is_market_trade("There were two cargoes sold", "On Friday there were two cargoes sold to Italy.")
    assert not is_market_trade("There were two cargoes sold", "On Friday there were two cargoes sold, one for $5m.")
    assert is_market_trade("There were two cargoes sold", "There were two cargoes sold, one at $939 a tonne.")


@pytest.mark.parametrize("example", VIEWS, ids=[e["title"][:40] for e in VIEWS])
def test_market_view_examples(example):
    assert is_market_view(example["title"]) is example["view"]
    assert (not_news_kind(example["title"]) == "judgement") is example["view"]


@pytest.mark.parametrize("title,date,figure", [
    ("BP produced more oil than any other non-state controlled company", "2009", True),
    ("Libya pumped more crude than any other African producer", "2010", True),
    ("BP produced more oil than any other non-state controlled company", "2009-06-01", False),
    ("The strike killed more people than any other attack", "2011", False),
    ("BP overtook US group Exxon Mobil as the largest oil producer", "2009", False),
])
def test_period_rankings(title, date, figure):
    assert is_period_figure(title, date) is figure


def test_a_trade_desk_line_is_no_entry():
    body = ("* On Friday there were two cargoes sold, one at $939 a tonne cif NWE and one at $940 a tonne cif New "
            "trades at $939.")
    assert not any("cargoes" in title for title in titles_with_dates(body, "2011-08-22"))


def test_a_named_buyers_cargo_stays():
    body = ("U.S. oil refiner Tesoro has bought a cargo of crude oil from Libya's eastern rebel movement to run in its "
            "Hawaii refinery, the company told Reuters on Wednesday.")
    assert any("Tesoro bought a cargo" in title for title in titles_with_dates(body, "2011-05-25"))


def test_an_analysts_market_view_is_no_entry():
    body = ("Rapid stockpiling during summer months and diminished demand across Europe makes the region more "
            "susceptible to a downside shock, he added.")
    assert not any("susceptible" in title for title in titles_with_dates(body, "2011-10-13"))


def test_a_years_output_ranking_is_no_entry():
    body = ("The hour-long BBC2 documentary at 9pm tonight also delves into the history of BP, which last year "
            "produced more oil than any other non-state controlled company.")
    assert not any("produced more oil" in title for title in titles_with_dates(body, "2010-11-09"))
