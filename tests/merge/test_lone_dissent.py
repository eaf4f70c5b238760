"""twins66: one member of a coarser entry dated otherwise (a misreading: "12 April" among "last month" and "April"
that tell the rig's explosion of 20 April) does not keep it apart from the larger finer entry of the same happening
(timeline.merge.joins._dates_agree, _lone_dissent). Two dissenters, one of three members, a finer entry no larger
than the coarser one, or dates that do not agree keep them apart."""

from __future__ import annotations

import pytest

from timeline.merge.clustering import Cluster
from timeline.merge.entries import choose_date
from timeline.merge.joins import _dates_agree, join_one_happening
from timeline.merge.similarity import item_of, title_word_key, title_words
from timeline.model import Event, Source

RIG = "The Deepwater Horizon rig exploded"


def _event(article: str, date: str, title: str = RIG, expression: str = "") -> Event:
    words = title_words(title)
    return Event(article=article, date=date, mod="", title=title,
                 source=Source(article, f"{title} {expression or date}.", expression or date),
                 keys=tuple(sorted({title_word_key(w) for w in words})), trigger="exploded")


def _cluster(name: str, dates: list[str]) -> Cluster:
    cluster = Cluster()
    for n, date in enumerate(dates):
        cluster.add(item_of(_event(f"{name}{n}", date)))
    return cluster


# the month entry of the rig (bpoil_guardian, 2010-04): "last month", "April", "last April" ..., one "10pm" read as the
# 20th and one "12 April"; its members disagree on the day, so it is dated April (entries.choose_date)
APRIL = ["2010-04"] * 6 + ["2010-04-20"]


@pytest.mark.parametrize("coarse, finer, agree", [
    # one "12 April" among eight members of April: a misreading the rest outvote
    (APRIL + ["2010-04-12"], ["2010-04-20"] * 20, True),
    # one of four: still at most a quarter
    (["2010-04"] * 2 + ["2010-04-20", "2010-04-12"], ["2010-04-20"] * 5, True),
    # no dissenter: as before
    (["2010-04"] * 3, ["2010-04-20"] * 2, True),
    # two dissenters: the other day may be the happening's
    (APRIL + ["2010-04-12", "2010-04-13"], ["2010-04-20"] * 20, False),
    # one of three: too large a share
    (["2010-04", "2010-04-20", "2010-04-12"], ["2010-04-20"] * 20, False),
    # the finer entry is no larger than the coarser one: the lone day may be the only right one
    (APRIL + ["2010-04-12"], ["2010-04-20"] * 8, False),
    # the entries' own dates do not agree
    (["2010-05"] * 7 + ["2010-04-12"], ["2010-04-20"] * 20, False),
])
def test_a_lone_dissenter_of_the_coarser_entry(coarse, finer, agree):
    a, b = _cluster("coarse", coarse), _cluster("day", finer)
    assert choose_date(a.members)[0] == coarse[0]  # the coarser entry keeps its coarse date
    assert _dates_agree(a, b) is agree
    assert _dates_agree(b, a) is agree


def _joined(coarse: list[str], finer: list[str]) -> list[str]:
    """The dates of the entries left after join_one_happening of a coarser and a finer entry of the rig's explosion."""
    clusters = [_cluster("day", finer), _cluster("coarse", coarse)]
    join_one_happening(clusters, [m for c in clusters for m in c.members])
    return sorted(choose_date(c.members)[0] for c in clusters if c.members)


def test_the_month_entry_joins_the_day_entry_despite_one_misread_day():
    assert _joined(APRIL + ["2010-04-12"], ["2010-04-20"] * 20) == ["2010-04-20"]


def test_two_misread_days_keep_the_month_apart():
    assert _joined(APRIL + ["2010-04-12", "2010-04-13"], ["2010-04-20"] * 20) == ["2010-04", "2010-04-20"]
