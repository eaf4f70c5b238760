"""A bound date ("by 1999": ON_OR_BEFORE, "since April": ON_OR_AFTER) and a plain telling of the same value are
one date for joining (mods1): dates.same_date, join_year_incidents, one_happening_told and choose_date."""

from __future__ import annotations

import dataclasses

from timeline.dates import same_date
from timeline.merge.entries import choose_date
from timeline.merge.similarity import Item, Similarity, item_of, one_happening_told, same_story
from timeline.model import Event

from test_merge_year_incidents import _event, year_incident_clusters as _clusters  # built as for twins23


SPILL = _event("c", "2006", "A 4,800-barrel oil spill temporarily shut down the Prudhoe Bay drilling field pipeline",
               "shut", "4800-barrel oil spill temporarily shut prudhoe bay drilling field pipeline alaskan",
               "2010-05-05")
TOLD = _event("b", "2006", "There was the Alaskan pipeline spill", "occurred",
              "alaskan pipeline spill prudhoe bay occurred", "2010-05-05")
HAPPENINGS = [frozenset({"shut"}), frozenset({"spill"})]


def _told(mod: str, date: str = "2006") -> Event:
    return dataclasses.replace(TOLD, date=date, mod=mod, source=dataclasses.replace(TOLD.source, expression=date))


def test_a_plain_date_and_its_bounds_are_one_date():
    assert same_date(("1999", ""), ("1999", "ON_OR_BEFORE"))  # "In 1999, ..." / "By 1999, ..."
    assert same_date(("2011-04", "ON_OR_AFTER"), ("2011-04", ""))  # "since April" / "in April"
    assert same_date(("1999", "ON_OR_BEFORE"), ("1999", "ON_OR_BEFORE"))


def test_near_misses_stay_other_dates():
    assert not same_date(("1999", ""), ("1999", "BEFORE"))  # "before 1999" excludes 1999
    assert not same_date(("1999", ""), ("1999", "AFTER"))
    assert not same_date(("1999", "ON_OR_BEFORE"), ("1999", "ON_OR_AFTER"))  # "by 1999" / "since 1999"
    assert not same_date(("1999", ""), ("1999", "END"))
    assert not same_date(("1999", ""), ("2000", "ON_OR_BEFORE"))
    assert not same_date(("1999", ""), ("1999-06", "ON_OR_BEFORE"))


def test_a_years_incident_told_by_its_bound_joins_the_plain_telling_and_keeps_the_plain_date():
    for mod in ("ON_OR_BEFORE", "ON_OR_AFTER"):
        joined = _clusters(HAPPENINGS, [SPILL, _told(mod)])
        assert len(joined) == 1, mod
        assert choose_date(joined[0].members) == ("2006", "")


def test_the_bound_telling_joins_whichever_comes_first():
    joined = _clusters(HAPPENINGS[::-1], [_told("ON_OR_BEFORE"), SPILL])
    assert len(joined) == 1
    assert choose_date(joined[0].members) == ("2006", "")


def test_a_strict_bound_another_year_or_two_bounds_stay_apart():
    assert len(_clusters(HAPPENINGS, [SPILL, _told("BEFORE")])) == 2  # "before 2006"
    assert len(_clusters(HAPPENINGS, [SPILL, _told("ON_OR_BEFORE", "2007")])) == 2
    bound = dataclasses.replace(SPILL, mod="ON_OR_AFTER")
    assert len(_clusters(HAPPENINGS, [bound, _told("ON_OR_BEFORE")])) == 2  # "since 2006" / "by 2006"


def test_two_plain_tellings_still_join():
    assert len(_clusters(HAPPENINGS, [SPILL, TOLD])) == 1


def test_one_happening_told_plainly_and_by_its_bound():
    a = item_of(_event("a", "2011-03-19", "Coalition forces began air strikes on Libya", "began",
                       "coalition forces began air strikes libya", "2011-04-02"))
    b = item_of(_event("b", "2011-03-19", "Coalition forces began air strikes on Libya", "began",
                       "coalition forces began air strikes libya", "2011-04-05", mod="ON_OR_AFTER"))
    other = item_of(_event("b", "2011-03-19", "Coalition forces began air strikes on Libya", "began",
                           "coalition forces began air strikes libya", "2011-04-05", mod="BEFORE"))
    sim = Similarity([a, b, other])
    assert one_happening_told(sim, a, b)
    assert not one_happening_told(sim, a, other)


def test_choose_date_keeps_the_bound_when_no_member_gives_the_value_plainly():
    only = item_of(_told("ON_OR_BEFORE"))
    assert choose_date([only]) == ("2006", "ON_OR_BEFORE")


def test_one_articles_story_keeps_a_days_bound_apart_unless_it_tells_the_same_happening():
    # "By Saturday evening, advancing opposition fighters had reached the outskirts of Brega" is another moment of
    # Saturday's story than "The retreat of Gadhafi's forces ... Saturday reinvigorated the opposition"
    def told(title: str, keys: str, trigger: str, mod: str = "") -> Item:
        return item_of(_event("a", "2011-03-26", title, trigger, keys, "2011-03-26", mod=mod))
    retreat = told("The retreat of Gadhafi's forces from Ajdabiya reinvigorated the opposition fighters",
                   "retreat gadhafi forces ajdabiya reinvigorated opposition fighters", "reinvigorated")
    plain = told("Advancing opposition fighters reached the outskirts of Brega near Ajdabiya",
                 "advancing opposition fighters reached outskirts brega ajdabiya", "reached")
    bound = told("Advancing opposition fighters reached the outskirts of Brega near Ajdabiya",
                 "advancing opposition fighters reached outskirts brega ajdabiya", "reached", mod="ON_OR_BEFORE")
    others = [item_of(_event(f"o{n}", "2000-01-01", f"Other event {n}", "said", f"bp oil gulf other{n}", ""))
              for n in range(100)]
    sim = Similarity([retreat, plain, bound, *others])
    assert same_story(sim, retreat, plain)
    assert not same_story(sim, retreat, bound)
    assert same_story(sim, plain, bound)  # one happening, told plainly and by its bound
