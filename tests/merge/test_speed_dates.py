"""entries.choose_date memoised by the very members (speed7): every join pass dates every cluster again
(joins.dated_clusters), so a cluster's date is computed once per member tuple. The memo must give what dating
afresh gives: a cluster that gains or loses a member (the same list, changed in place) is dated again, and equal
but distinct Items are another key."""

from __future__ import annotations

from timeline.merge.entries import _choose_date, _held_date, choose_date
from timeline.merge.similarity import item_of
from timeline.model import Event, Source


def _item(article: str, date: str):
    title = "The rig exploded in the Gulf"
    return item_of(Event(article=article, date=date, mod="", title=title,
                         source=Source(article, title + ".", "on the day", published="2010-04-21"),
                         keys=("rig", "exploded", "gulf"), trigger="exploded"))


def test_a_cluster_changed_in_place_is_dated_again():
    # the explosion on the 20th told by three articles, the sinking on the 22nd by two: split, the month both agree
    # with; when the 22nd's tellings leave the (same) list, the day is the date
    members = [_item(f"a{n}", "2010-04-20") for n in range(3)] + [_item(f"b{n}", "2010-04-22") for n in range(2)]
    assert choose_date(members) == _choose_date(members)  # what dating afresh gives
    members.append(_item("c", "2010-04"))
    assert choose_date(members) == _choose_date(members) == ("2010-04", "")
    del members[3:]
    assert choose_date(members) == _choose_date(members) == ("2010-04-20", "")


def test_the_same_members_are_dated_once():
    members = [_item(f"a{n}", "2010-04-20") for n in range(3)]
    choose_date(members)
    before = _held_date.cache_info()
    assert choose_date(list(members)) == ("2010-04-20", "")  # a new list of the same Items: a hit
    after = _held_date.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
    # equal Items that are other objects are another key (identity, not equality: hashing an Item hashes its event)
    assert choose_date([_item(f"a{n}", "2010-04-20") for n in range(3)]) == ("2010-04-20", "")
    assert _held_date.cache_info().misses == after.misses + 1


def test_no_dated_member_gives_no_date():
    assert choose_date([_item("u", "")]) == ("", "")
    assert choose_date([]) == ("", "")
