"""An entry's date (entries.choose_date): a day that nine in ten of the articles allow is the date; a day that at
least three articles give themselves needs four in five; a day one article gives among coarser dates does not win."""

from __future__ import annotations

from timeline.merge.entries import MOST_SHARE, NEAR_ALL_SHARE, TOLD_BY_ARTICLES, _choose_date
from timeline.merge.similarity import item_of
from timeline.model import Event, Source


def _item(article: str, date: str):
    title = "A NATO missile attack on a house in Tripoli killed Gaddafi's youngest son"
    return item_of(Event(article=article, date=date, mod="", title=title,
                         source=Source(article, title + ".", "April 30", published="2011-05-01"),
                         keys=("nato", "attack", "tripoli", "son"), trigger="killed"))


def test_the_shares_are_ordered():
    assert 0.5 < MOST_SHARE < NEAR_ALL_SHARE < 1 and TOLD_BY_ARTICLES >= 2


def test_a_day_several_articles_give_beats_the_year_of_one_dissent():
    # "April 30" in three chronologies, "Saturday" in a fourth, "Libya said Sunday" (the next day) in one, and a year
    members = [_item(f"c{n}", "2011-04-30") for n in range(4)] + [_item("s", "2011-05-01"), _item("y", "2011")]
    assert _choose_date(members) == ("2011-04-30", "")


def test_a_day_one_article_gives_among_months_stays_the_month():
    # "12 April" (misread) with months and a year: 6 of 7 articles allow it, but only one gives it
    members = [_item("d", "2010-04-12"), _item("t", "2010-04-20")] + [_item(f"m{n}", "2010-04") for n in range(5)]
    assert _choose_date(members) == ("2010-04", "")


def test_two_days_told_apart_stay_the_month():
    # the explosion on the 20th told by three articles, the sinking on the 22nd by two, and one month: 4 of 6 allow
    # the 20th, less than four in five
    members = [_item(f"a{n}", "2010-04-20") for n in range(3)] + [_item(f"b{n}", "2010-04-22") for n in range(2)]
    members.append(_item("c", "2010-04"))
    assert _choose_date(members) == ("2010-04", "")
