"""Two more same-day joins kept between builds (timeline.merge.kept_days): one article's retellings of its day
(joins.join_article_retellings: its uncommon-word and feed-name tests are KeyTests) and the day stories
(joins.join_day_stories: its nameable-word test a KeyTest, the venues of a gathering read through ReadNames). Recorded,
a day is replayed without being worked and moves what a build from scratch moves; a changed answer about the corpus
statistics, a changed venue, a day that gained a member or a damaged record is worked again, with the result of a
build from scratch."""

from __future__ import annotations

import pytest

import timeline.merge.joins as joins
from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path
from kept_day_replays import counted, recorded as _recorded, replayed, scratch as _scratch  # a sibling module
from test_kept_days import finished_clusters  # a sibling module: one cluster per event among 100 others
from timeline.merge.clustering import Cluster
from timeline.merge.joins import article_names, join_article_retellings, join_day_stories
from timeline.merge.similarity import Similarity, derivations

RETELLINGS = [case for case in derivations()["examples"]["retellings"] if case.get("one")]
FILLER = [(f"z{i}", "2010-01-01", f"Filler event number {i} happened", f"Filler event number {i} happened.")
          for i in range(30)]
# a cap told in two wordings (derivations.yaml ``once``) one day; a beginning of bombing the next
CAP = [("a", "2010-07-15", "BP fitted a cap to the blow-out preventer",
        "BP fitted a cap to the blow-out preventer on Thursday."),
       ("b", "2010-07-15", "A containment dome was lowered over the leak",
        "A containment dome was lowered over the leak on Thursday."),
       ("c", "2010-07-16", "NATO began bombing Libya", "NATO began bombing Libya on Friday."),
       ("d", "2010-07-16", "The airstrikes started", "The airstrikes started on Friday.")]
# gatherings of one day, known by their venues: London's twice, Qatar's once
MEETINGS = [("m1", "2011-03-29", "Delegates met at a conference in London",
             "Delegates met at a conference in London on Tuesday."),
            ("m2", "2011-03-29", "The London conference agreed to set up a contact group",
             "A London conference of 40 governments agrees to set up a contact group."),
            ("m3", "2011-03-29", "Ministers met at a summit in Qatar", "Ministers met at a summit in Qatar on Tuesday.")]
# Libya named by most events: no longer a name that can tell a participant
LIBYA_COMMON = [(f"h{i}", "2010-01-02", f"They spoke of Libya {i}", f"They spoke of Libya {i}.") for i in range(40)]


def _retellings_case(case: dict):
    clusters, items = finished_clusters(case)
    return clusters, lambda: join_article_retellings(clusters, items, Similarity(items), article_names(items))


def _stories_case(rows: list[tuple[str, ...]]):
    clusters, items = singleton_clusters(rows)
    return clusters, lambda: join_day_stories(clusters, items, Similarity(items), article_names(items))


CASES = ([("article_retellings", _retellings_case, case) for case in RETELLINGS]
         + [("day_stories", _stories_case, CAP + FILLER), ("day_stories", _stories_case, MEETINGS + FILLER)])
# what each join works a day with: counted, so that a replay is seen to work nothing
WORKERS = {"article_retellings": (joins, "_retold"), "day_stories": (joins, "_day_story")}


def _counted(join: str, monkeypatch) -> list[object]:
    return counted(WORKERS[join], monkeypatch)


@pytest.mark.parametrize(("join", "make", "case"), CASES, ids=[f"{j}-{n}" for n, (j, _, _) in enumerate(CASES)])
def test_a_join_recorded_then_replayed_moves_what_it_moves_from_scratch(join, make, case, monkeypatch):
    scratch = _scratch(make, case)
    kept = _recorded(make, case)
    assert kept
    calls = _counted(join, monkeypatch)
    grouping, made = replayed(kept, make, case)
    assert grouping == scratch
    assert made == set(kept)
    assert calls == []


def test_the_examples_move_clusters():
    # the cases above would prove little if neither join moved anything in them
    for join in WORKERS:
        moved = sum(1 for j, make, case in CASES if j == join for c in _scratch_clusters(make, case) if not c.members)
        assert moved >= 2, join


def _scratch_clusters(make, case) -> list[Cluster]:
    clusters, run = make(case)
    run()
    return clusters


def test_a_retelling_whose_rare_word_became_common_works_the_day_again(monkeypatch):
    # recorded where "building" is rare; rebuilt where the feed's other events carry it: the day's clusters are the
    # same, its answers are not, so it is worked again, and the two tellings stay apart as from scratch
    case = RETELLINGS[0]
    kept = _recorded(_retellings_case, case)
    changed = {**case, "common": case["common"] + " building"}
    scratch = _scratch(_retellings_case, changed)
    assert scratch != _scratch(_retellings_case, case)  # replaying the recorded move would write another grouping
    calls = _counted("article_retellings", monkeypatch)
    assert replayed(kept, _retellings_case, changed)[0] == scratch
    assert calls


def test_a_story_whose_name_became_common_works_the_day_again(monkeypatch):
    # recorded where "Libya" can name a participant; rebuilt where most events carry it: the bombing's day asks
    # again, gets another answer and is worked (a replay would be right here by chance, not by construction)
    kept = _recorded(_stories_case, CAP + FILLER)
    assert any(v[1] == [[["libya"], []]] for v in kept.values())
    changed = CAP + FILLER + LIBYA_COMMON
    scratch = _scratch(_stories_case, changed)
    calls = _counted("day_stories", monkeypatch)
    assert replayed(kept, _stories_case, changed)[0] == scratch
    assert any(c[1][0] == "2010-07-16" for c in calls)  # the bombing's day worked


def test_a_gathering_whose_venue_changed_works_the_day_again(monkeypatch):
    # an undated sentence of the first article adds Paris to the venues its day's meeting is known by: the day's
    # clusters are the same (an undated mention is no day's cluster), the venues read are not, so it is worked again
    kept = _recorded(_stories_case, MEETINGS + FILLER)
    assert any(["venues", "m1\t2011-03-29"] in v[2] for v in kept.values())
    changed = MEETINGS + [("m1", "", "The delegates then met at a summit in Qatar",
                           "The delegates then met at a summit in Qatar.")] + FILLER
    scratch = _scratch(_stories_case, changed)
    calls = _counted("day_stories", monkeypatch)
    assert replayed(kept, _stories_case, changed)[0] == scratch
    assert any(c[1][0] == "2011-03-29" for c in calls)


def test_a_day_that_gained_a_member_is_worked_again_the_others_replayed(monkeypatch):
    kept = _recorded(_stories_case, CAP + FILLER)
    rows = CAP + [("e", "2010-07-16", "The bombing began", "The bombing began on Friday.")] + FILLER
    scratch = _scratch(_stories_case, rows)
    calls = _counted("day_stories", monkeypatch)
    assert replayed(kept, _stories_case, rows)[0] == scratch
    days = {c[1][0] for c in calls}
    assert "2010-07-16" in days and "2010-07-15" not in days  # the bombing's day worked, the cap's replayed


@pytest.mark.parametrize("damage", ["x", [], None, [[[0, 99]], [[[], []]], [], ""], [[[0]], [], [], ""],
                                    [[], [[[], []]], [["venues", 5]], "0"]])
@pytest.mark.parametrize(("join", "make", "case"), [CASES[0], CASES[-1]], ids=["article_retellings", "day_stories"])
def test_a_damaged_record_is_worked_again(join, make, case, damage, monkeypatch):
    scratch = _scratch(make, case)
    kept = {key: damage for key in _recorded(make, case)}
    calls = _counted(join, monkeypatch)
    assert replayed(kept, make, case)[0] == scratch
    assert calls
