"""tickers1: a stock ticker in brackets after a company's name ("Royal Dutch Shell (RDSa.L)") is one token: the
Treebank's line split inside it is rejoined (timeline.read.ptb), it breaks no clause and titles drop it
(events.yaml stock_ticker_exchanges, stock_ticker_examples / near misses)."""

from __future__ import annotations

import pytest

from timeline.events import extract
from timeline.events.lexicon import rules as events_rules, stock_ticker
from timeline.events.polish import with_paired_marks
from timeline.model import Article
from timeline.read import ptb


@pytest.mark.parametrize("example", events_rules()["stock_ticker_examples"])
def test_ticker_dropped(example: dict[str, str]) -> None:
    assert stock_ticker().sub("", example["text"]) == example["dropped"]


@pytest.mark.parametrize("text", events_rules()["stock_ticker_near_misses"])
def test_ticker_near_misses_kept(text: str) -> None:
    assert stock_ticker().search(text) is None


def test_polished_title_drops_ticker() -> None:
    assert with_paired_marks("Profits fell at Total (TOTF.PA) and Eni SpA (ENI.MI)") == "Profits fell at Total and Eni SpA"


@pytest.mark.parametrize(("tokenised", "prose"), [
    ("In Nigeria , Royal Dutch Shell -LRB- RDSa . \nL -RRB- declared a force majeure .",
     "In Nigeria, Royal Dutch Shell (RDSa.L) declared a force majeure."),
    ("But Alcoa Inc -LRB- AA . \nN -RRB- , the first Dow component , reported .",
     "But Alcoa Inc (AA.N), the first Dow component, reported."),
    ("Except for a few countries -LRB- ex . \nGermany , Italy -RRB- Libya is small .",
     "Except for a few countries (ex. Germany, Italy) Libya is small."),
    # near misses: two words in the bracket before the stop; a stop after the bracket closed; no bracket
    ("Prices rose -LRB- see below . \nThe -RRB- x .", "Prices rose (see below.\nThe) x."),
    ("Shell -LRB- RDSa -RRB- . \nIt rose .", "Shell (RDSa).\nIt rose."),
    ("Prices fell in the U.S. . \nL -RRB- x", "Prices fell in the U.S.\nL) x"),
])
def test_split_ticker_rejoined(tokenised: str, prose: str) -> None:
    assert ptb.detokenise(tokenised) == prose


def test_ticker_title_names_the_company() -> None:
    body = "In top African oil producer Nigeria, Royal Dutch Shell (RDSa.L) declared a force majeure on Tuesday " \
           "for exports of Bonny Light crude through October."
    titles = [e.title for e in extract(Article(id="a", body=body, published="2011-08-23")) if e.date]
    assert titles == ["Royal Dutch Shell declared a force majeure for exports of Bonny Light crude"]
