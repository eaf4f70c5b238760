"""The same-day joins kept between builds (timeline.merge.kept_days): a rebuild replays a day whose clusters, answers
about the corpus statistics and names read are the same, works any other day again, and writes the bytes of a build
from scratch."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

import timeline.merge.acts as acts
import timeline.merge.battles as battles
import timeline.merge.happenings as happenings
import timeline.merge.joins as joins
import timeline.merge.overviews as overviews
import timeline.merge.voices as voices
from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path
from test_merge_derivations import _event  # the events the act_wordings examples are made of
from timeline.merge.clustering import Cluster
from timeline.merge.joins import article_names
from timeline.merge.kept_days import KeyTest, by_day, day_key, days_of, kept_days
from timeline.merge.similarity import Similarity, derivations, item_of

OPENINGS = derivations()["day_openings"]["examples"]
ACTS = derivations()["act_wordings"]["examples"]
VOICES = voices.rules()["examples"]
HAPPENINGS = derivations()["day_happenings"]["examples"]
FIGURES = derivations()["day_figures"]["examples"]
BATTLES = derivations()["town_battles"]["examples"]
JOURNEYS = derivations()["examples"]["journeys"]
FILLER = [(f"z{i}", "2010-01-01", f"Filler event number {i} happened.") for i in range(30)]


# --- the mechanism, on a join of its own ----------------------------------------------------------------------


def _two_days() -> list[Cluster]:
    rows = [("a", "2011-03-19", "First of the day."), ("b", "2011-03-19", "Second of the day."),
            ("c", "2011-03-20", "First of the next day."), ("d", "2011-03-20", "Second of the next day.")]
    return singleton_clusters(rows)[0]


def _dated(clusters: list[Cluster]):
    return [(ci, c, c.members[0].when) for ci, c in enumerate(clusters) if c.members]


def _run(clusters: list[Cluster], rare: set[str], names: object, worked: list[str]) -> list[list[str]]:
    """A same-day join of its own: the day's second cluster joins its first when the key "x" is rare and the first
    cluster's article names "y"."""
    test = KeyTest(lambda k: k in rare)

    def work(day, move, read) -> None:
        worked.append(day[0][1][0])
        if test("x") and "y" in read.proper.get(day[0][0].members[0].event.article, frozenset()):
            move(1, 0)

    by_day("own", days_of(_dated(clusters)), work, (test,), names)
    return [[m.event.article for m in c.members] for c in clusters]


NAMES = SimpleNamespace(proper={"a": frozenset({"y"}), "c": frozenset({"y"})}, main={})


def test_a_recorded_day_is_replayed_without_working_it():
    with kept_days({}) as made:
        worked: list[str] = []
        first = _run(_two_days(), {"x"}, NAMES, worked)
        kept = dict(made)
    assert first == [["a", "b"], [], ["c", "d"], []] and worked == ["2011-03-19", "2011-03-20"]
    with kept_days(json.loads(json.dumps(kept))) as made:  # read back as the cache stores it
        worked = []
        assert _run(_two_days(), {"x"}, NAMES, worked) == first
        assert worked == [] and made.keys() == kept.keys()


def test_an_answer_that_changed_works_the_day_again():
    with kept_days({}) as made:
        _run(_two_days(), {"x"}, NAMES, [])
        kept = dict(made)
    with kept_days(kept):
        worked: list[str] = []
        # "x" is no longer rare (an added article's events hold it): neither day joins
        assert _run(_two_days(), set(), NAMES, worked) == [["a"], ["b"], ["c"], ["d"]]
        assert worked == ["2011-03-19", "2011-03-20"]


def test_names_that_changed_work_that_day_again_only():
    with kept_days({}) as made:
        _run(_two_days(), {"x"}, NAMES, [])
        kept = dict(made)
    with kept_days(kept):
        worked: list[str] = []
        names = SimpleNamespace(proper={"a": frozenset({"y"}), "c": frozenset({"z"})}, main={})
        assert _run(_two_days(), {"x"}, names, worked) == [["a", "b"], [], ["c"], ["d"]]
        assert worked == ["2011-03-20"]


def test_a_day_whose_clusters_changed_is_worked_again_the_others_replayed():
    with kept_days({}) as made:
        _run(_two_days(), {"x"}, NAMES, [])
        kept = dict(made)
    clusters = _two_days()
    clusters[3].add(singleton_clusters([("e", "2011-03-20", "Added to the next day.")])[1][0])
    with kept_days(kept):
        worked: list[str] = []
        assert _run(clusters, {"x"}, NAMES, worked) == [["a", "b"], [], ["c", "d", "e"], []]
        assert worked == ["2011-03-20"]


@pytest.mark.parametrize("damage", ["x", [], [[[0, 9]], [[["x"], []]], [], ""], [[[0]], [[["x"], []]], [], ""],
                                    [[], [["x"]], [], ""], [[], [[["x"], []]], [["other", "a"]], "d"], None])
def test_a_damaged_record_is_worked_again(damage):
    clusters = _two_days()
    keys = [day_key("own", day, listed) for day, listed in days_of(_dated(clusters)).items()]
    with kept_days({key: damage for key in keys}):
        worked: list[str] = []
        assert _run(clusters, {"x"}, NAMES, worked) == [["a", "b"], [], ["c", "d"], []]
        assert worked == ["2011-03-19", "2011-03-20"]


def test_without_kept_days_nothing_is_recorded():
    with kept_days(None) as made:
        worked: list[str] = []
        assert _run(_two_days(), {"x"}, NAMES, worked) == [["a", "b"], [], ["c", "d"], []]
        assert worked == ["2011-03-19", "2011-03-20"] and made == {}


def test_a_key_test_answers_as_a_set_and_logs_each_question():
    test = KeyTest(lambda k: k.startswith("r"))
    test.log = {}
    assert frozenset({"rare", "common"}) & test == frozenset({"rare"})
    assert "rock" in test and "stone" not in test and test("red")
    assert test.log == {"rare": True, "common": False, "rock": True, "stone": False, "red": True}
    assert test.same_answers([["rare"], ["stone"]]) and not test.same_answers([["stone"], []])


# --- the joins themselves: recorded and replayed, they move what they move from scratch ----------------------------


def _openings_case(row: list[str]):
    rows = [(f"a{i}", "2011-03-19", s) for i, s in enumerate(row)] + FILLER
    clusters, items = singleton_clusters(rows)
    return clusters, lambda: happenings.join_day_openings(clusters, Similarity(items))


def finished_clusters(case: dict) -> tuple[list[Cluster], list]:
    """One cluster per event of a test_merge_derivations case, and the items of those events among a feed of 100
    other events (so that the case's words are rare)."""
    items = [item_of(_event(*fields)) for fields in case["events"]]
    others = [item_of(_event(f"other{n}", f"2000-01-{n % 28 + 1:02d}", f"Other event {n}", "said",
                             f"{case.get('common', '')} other{n}")) for n in range(100)]
    clusters = []
    for item in items:
        clusters.append(Cluster())
        clusters[-1].add(item)
    return clusters, [*items, *others]


def _acts_case(case: dict):
    clusters, items = finished_clusters(case)
    return clusters, lambda: acts.join_act_wordings(clusters, Similarity(items), article_names(items))


def _voices_case(pair: list[str]):
    rows = [("a0", "2011-03-19", pair[0]), ("a1", "2011-03-19", pair[1])] + FILLER
    clusters, items = singleton_clusters(rows)
    return clusters, lambda: voices.join_day_voices(clusters, Similarity(items), article_names(items))


def _happenings_case(row: list[str]):
    rows = [("a", "2010-05-08", s) for s in row] + [(f"b{i}", "2010-05-08", s) for i, s in enumerate(row)] + FILLER
    clusters, items = singleton_clusters(rows)
    return clusters, lambda: happenings.join_day_happenings(clusters, Similarity(items), article_names(items))


def _figures_case(row: list[str]):
    title_a, quote_a, title_b, quote_b = row
    clusters, items = singleton_clusters([("a1", "2011-04-24", title_a, quote_a), ("a2", "2011-04-24", title_b, quote_b),
                                          ("a3", "2010-08", title_a, quote_a), ("a4", "2010-08", title_b, quote_b)]
                                         + FILLER)
    return clusters, lambda: happenings.join_day_figures(clusters, Similarity(items), article_names(items))


def _battles_case(pair: list[str]):
    rows = [("a", "2011-03-18", pair[0]), ("b", "2011-03-18", pair[1]), ("c", "2011-03-19", pair[1]),
            ("d", "2011-03-19", pair[0])]
    clusters = singleton_clusters(rows)[0]
    return clusters, lambda: (battles.join_town_battles(clusters), overviews.join_day_overviews(clusters))


def _journeys_case(case: dict):
    clusters, run = _acts_case(case)
    items = [m for c in clusters for m in c.members]
    return clusters, lambda: joins.join_journeys(clusters, items, Similarity(items), article_names(items))


CASES = ([("openings", _openings_case, row) for row in OPENINGS["one"] + OPENINGS["apart"]]
         + [("acts", _acts_case, case) for case in ACTS]
         + [("voices", _voices_case, pair) for pair in VOICES["one"] + VOICES["apart"]]
         + [("happenings", _happenings_case, row) for row in HAPPENINGS["one"] + HAPPENINGS["apart"]]
         + [("figures", _figures_case, row) for row in FIGURES["one"] + FIGURES["apart"]]
         + [("battles", _battles_case, pair) for pair in BATTLES["one"] + BATTLES["apart"]]
         + [("journeys", _journeys_case, case) for case in JOURNEYS])
# what each join works a day with: counted, so that a replay is seen to work nothing
WORKERS = {"openings": (happenings, "openings_of"), "acts": (acts, "_act"), "voices": (voices, "told"),
           "happenings": (happenings, "happenings_of"), "figures": (happenings, "figures_of"),
           "battles": (battles, "title_battle"), "journeys": (joins, "_journey")}


def _grouping(clusters: list[Cluster]) -> list[list[str]]:
    return [[m.event.article for m in c.members] for c in clusters]


@pytest.mark.parametrize(("join", "make", "case"), CASES, ids=[f"{j}-{n}" for n, (j, _, _) in enumerate(CASES)])
def test_a_join_recorded_then_replayed_moves_what_it_moves_from_scratch(join, make, case, monkeypatch):
    clusters, run = make(case)
    run()
    scratch = _grouping(clusters)
    with kept_days({}) as made:
        clusters, run = make(case)
        run()
        assert _grouping(clusters) == scratch
        kept = json.loads(json.dumps(made))
    assert kept
    module, name = WORKERS[join]
    calls: list[object] = []
    original = getattr(module, name)
    monkeypatch.setattr(module, name, lambda *a, **k: calls.append(a) or original(*a, **k))
    with kept_days(kept):
        clusters, run = make(case)
        run()
        assert _grouping(clusters) == scratch
    assert calls == []


def test_the_examples_move_clusters():
    # the cases above would prove little if no join moved anything in them
    moved = 0
    for join, make, case in CASES:
        clusters, run = make(case)
        run()
        moved += sum(1 for c in clusters if not c.members)
    assert moved >= 10
