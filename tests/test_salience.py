"""Selection: what happened (planned-only events left out) and the top N, salience from every mention."""

from timeline.model import Entry, Source
from timeline.salience import happened, top

PUBLISHED = {"early": "2016-05-20", "late": "2016-06-02", "other": "2016-05-26"}


def entry(id_: str, date: str, *articles: str, rejected: bool = False) -> Entry:
    return Entry(id=id_, date=date, mod="", title=id_, rejected=rejected,
                 sources=[Source(a, f"{id_} in {a}.", date) for a in articles])


def test_an_event_only_announced_is_left_out():
    vote = entry("vote", "2016-05-30", "early")
    assert happened([vote], PUBLISHED) == []


def test_an_announced_event_that_was_then_reported_stays_with_both_sources():
    vote = entry("vote", "2016-05-30", "early", "late")
    assert happened([vote], PUBLISHED) == [vote]


def test_a_later_undated_mention_does_not_make_an_announced_date_happen():
    set_for = Entry(id="sentencing", date="2016-05-30", mod="", title="sentencing",
                    sources=[Source("early", "The judge set sentencing for May 30.", "May 30"),
                             Source("late", "The judge sentenced him to 12 years.", "")])
    assert happened([set_for], PUBLISHED) == []


def test_past_events_rejected_and_hand_written_entries_stay():
    past = entry("past", "2016-05-01", "early")
    rejected = entry("rejected", "2016-07-01", "early", rejected=True)
    by_hand = entry("by-hand", "2016-08-01")
    assert happened([past, rejected, by_hand], PUBLISHED) == [past, rejected, by_hand]


def test_a_coarse_date_that_began_before_publication_happened():
    assert happened([entry("month", "2016-05", "early")], PUBLISHED) != []


def test_announcements_make_a_date_salient_without_being_shown():
    quiet = entry("quiet", "2016-05-10", "early")
    busy = entry("busy", "2016-05-12", "other")
    announced = [entry(f"announced-{i}", "2016-05-12", a) for i, a in enumerate(["early", "late"])]
    assert [e.id for e in top([quiet, busy], 1)] == ["quiet"]  # a tie goes to the earlier date
    assert [e.id for e in top([quiet, busy], 1, announced)] == ["busy"]
    assert [e.id for e in top([busy, quiet], 1, [entry("x", "2016-05-10", "late"), entry("y", "2016-05-10", "other")])] == ["quiet"]
