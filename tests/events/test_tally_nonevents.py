"""Daily operational tallies behind a reporting opener that are no events (nonevents33, events.yaml not_news
`reported_tallies`): barrels collected or flared, claims submitted, tax paid, cash left and border crossings counted;
with the official death tolls, acts on things counted and payments into a fund they must leave alone."""
import pytest

from timeline.events.lexicon import rules
from timeline.events.triggers import not_news_kind, reported_tally_kind
from dated_titles import titles_with_dates  # a sibling module

EXAMPLES = rules()["not_news"]["reported_tallies"]["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["title"][:40] for e in EXAMPLES])
def test_tally_examples(example):
    assert reported_tally_kind(example["title"]) == example["kind"]
    assert not_news_kind(example["title"]) == example["kind"]


def test_the_clause_after_a_reporting_opener_is_read_as_a_title():
    assert reported_tally_kind("The coast guard said 12,000 barrels of oil were skimmed") == "figure"
    assert reported_tally_kind("12,000 barrels of oil were skimmed") == "figure"
    # the opener is bounded: a long run of words before "said" is no opener
    assert reported_tally_kind("Rebels seized the port and marched on and on and on and then said 300 claims were "
                               "filed") == ""
    # a count that is the subject of an act, not of a tally verb
    assert reported_tally_kind("BP said that 11 workers were killed") == ""
    assert reported_tally_kind("The agency said 2,000 refugees were evacuated") == ""


def test_money_needs_a_levy_or_left():
    assert reported_tally_kind("The company paid out $147m in taxes") == "figure"
    assert reported_tally_kind("The company paid out $147m to fishermen") == ""
    assert reported_tally_kind("The rebels have $2 billion left in frozen assets") == "figure"
    assert reported_tally_kind("The rebels left $2 billion behind") == ""


def test_a_crossing_count_needs_made_it_across_and_a_bare_count_or_people():
    assert reported_tally_kind("The agency said fewer than 2,000 people made it across") == "figure"
    assert reported_tally_kind("Fewer than 2,000 refugees made it across") == "figure"
    assert reported_tally_kind("Some 300 rebels made it across the front line") == ""
    # "crossed" alone is left to not_news `count_*`, which keeps a count with a place after
    assert reported_tally_kind("About 1,800 people crossed from Libya to Tunisia") == ""
    assert reported_tally_kind("Rebel fighters crossed into Brega") == ""


def test_a_posted_tally_is_no_entry():
    body = ("The latest post states from midnight to noon on 27 June nearly 8000 barrels of oil were collected and "
            "over 4,000 barrels of oil and 27.4 million cubic feet of natural gas were flared.")
    assert not any("collected" in title for title in titles_with_dates(body, "2010-06-28"))
    body = ("BP said on Monday that almost 95,000 claims for compensation have been submitted and more than 47,000 "
            "payments have been made, totalling almost $147m.")
    assert not any("claims" in title for title in titles_with_dates(body, "2010-07-05"))


def test_a_reported_toll_and_act_stay():
    body = "A doctor at the hospital said on Friday that at least 30 people died in the shelling."
    assert any("30 people" in title for title in titles_with_dates(body, "2011-02-19"))
    body = "Tunisian police said on Wednesday they had seized five container trucks full of contraband fuel."
    assert any("seized five container trucks" in title for title in titles_with_dates(body, "2011-08-10"))
