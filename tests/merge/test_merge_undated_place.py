"""Where an undated mention may stay (clustering._tells_what_dates, drop_unplaced_mentions): only in an entry whose
finest-dated members it tells one kind of happening with, the members that give the entry its date. A coarser member
may hold the entry's happening only in passing ("Dr Murray is facing a manslaughter charge following the singer's
death", a month's telling of the death), and what else it tells (the charge) dates nothing of the entry's day."""

from __future__ import annotations

from timeline.merge.clustering import Cluster, _tells_what_dates, drop_unplaced_mentions
from timeline.merge.similarity import item_of
from timeline.model import Event, Source


def _item(article: str, date: str, title: str, trigger: str, quote: str):
    keys = tuple(sorted({w.strip(".,'\u2019").lower() for w in title.split()} - {"the", "a", "of", "his", "at"}))
    return item_of(Event(article=article, date=date, mod="", title=title,
                         source=Source(article, quote, date and "on the day", published="2011-01-10"),
                         keys=keys, trigger=trigger))


DAY = _item("a", "2009-06-25", "The singer died at his Los Angeles home", "died",
            "The singer died at his Los Angeles home on 25 June.")
MONTH = _item("b", "2009-06", "Dr Murray is facing a manslaughter charge following the singer's death", "facing",
              "Dr Murray is facing a manslaughter charge following the singer's death in June.")
CHARGE = _item("c", "", "Dr Murray has denied a charge of involuntary manslaughter", "denied",
               "Dr Murray has denied a charge of involuntary manslaughter.")
DEATH = _item("d", "", "The singer died at his home in Los Angeles aged 50", "died",
              "The singer died at his home in Los Angeles aged 50.")


def _cluster(*members) -> Cluster:
    c = Cluster()
    for m in members:
        c.add(m)
    return c


def test_an_undated_mention_tells_what_the_finest_members_tell_or_joins_not():
    # the month member tells the charge, the day member the death: the entry's date is the death's
    assert not _tells_what_dates(CHARGE, _cluster(DAY, MONTH))
    assert _tells_what_dates(DEATH, _cluster(DAY, MONTH))
    # alone, the month member is the finest: a charge may join a charge's month
    assert _tells_what_dates(CHARGE, _cluster(MONTH))


def test_mentions_that_came_with_a_coarse_entry_leave_the_day_it_joined():
    c = _cluster(MONTH, CHARGE)
    c.move_to(target := _cluster(DAY))  # the month's telling of the death joins the day of the death
    target.add(DEATH)
    drop_unplaced_mentions([target, c])
    assert [m.event.article for m in target.members] == ["a", "b", "d"]
    assert target.dated == 2 and len(target.representatives) == 2


def test_an_entry_a_person_touched_keeps_its_mentions():
    c = _cluster(DAY, MONTH, CHARGE)
    c.previous = object()  # type: ignore[assignment]  # any previous entry: a person's
    drop_unplaced_mentions([c])
    assert len(c.members) == 3
