"""The merge partitioned by calendar year: the same entries whatever the job count, and events at partition
boundaries (New Year, a year, a decade, a cross-year range, undated) placed by the combine."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.merge import merge, partitions
from timeline.merge.clustering import Cluster, cluster
from timeline.merge.partitions import ACROSS, partition_of
from timeline.merge.similarity import Similarity, item_of
from timeline.merge.workers import InProcess
from timeline.model import Event, Source
from timeline.store import dump_timeline, parse_timeline

WORDS = ["rebels", "army", "took", "city", "oil", "port", "talks", "ceasefire", "bombing", "killed", "vote",
         "council", "sanctions", "strike", "capital"]
# both sides of New Year, a year, a decade, a range across years (a winter), undated
DATES = ["", "2015-12-31", "2016-01-01", "2016-01-02", "2015-12", "2016-01", "2015", "2016", "201", "2015-WI",
         "2015-W53", "2016-W01"]
ARTICLES = {"a": "2016-04-01", "b": "2016-04-02", "c": "2016-04-03"}


def event(article: str, date: str, words: str, n: int = 0) -> Event:
    keys = tuple(sorted(set(words.split())))
    return Event(article, date, "", words.capitalize(), Source(article, f"{words.capitalize()} ({n}).",
                                                               date and f"on {date}"), keys, keys[0])


def text_of(entries) -> str:
    return dump_timeline(entries, articles=ARTICLES)


@pytest.mark.parametrize(("date", "year"), [("2015-12-31", 2015), ("2016-01-01", 2016), ("2016", 2016),
                                            ("2016-Q4", 2016), ("2015-W53", ACROSS), ("201", ACROSS),
                                            ("2015-WI", ACROSS), ("", ACROSS), ("PRESENT_REF", ACROSS)])
def test_an_event_belongs_to_the_year_its_date_lies_within(date, year):
    assert partition_of(item_of(event("a", date, "rebels took the port"))) == year


@st.composite
def corpora(draw) -> list[Event]:
    out = []
    for n in range(draw(st.integers(0, 16))):
        words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=5)))
        out.append(event(draw(st.sampled_from(sorted(ARTICLES))), draw(st.sampled_from(DATES)), words, n))
    return out


@settings(max_examples=40, deadline=None)
@given(corpora())
def test_every_job_count_gives_the_same_entries(evs):
    serial = text_of(merge(evs))
    assert text_of(merge(evs, jobs=2)) == serial
    assert text_of(merge(evs, jobs=3)) == serial
    assert text_of(merge(evs, parse_timeline(serial), jobs=2)) == serial  # a rebuild


def test_each_year_is_clustered_on_its_own(monkeypatch):
    evs = [event("a", "2015-12-31", "rebels took the port"), event("b", "2015-12-31", "rebels took the port city"),
           event("a", "2016-01-01", "ceasefire talks council vote"), event("c", "2016", "council vote sanctions"),
           event("b", "201", "rebels port oil"), event("c", "", "rebels took the port")]
    clustered: list[list[str]] = []
    real = partitions.partition_groups

    def recording(items, sim):
        clustered.append(sorted({i.event.date for i in items}))
        return real(items, sim)

    monkeypatch.setattr(partitions, "partition_groups", recording)
    merge(evs)
    # largest first; the decade and the undated mention are left to the combine
    assert clustered == [["2015-12-31"], ["2016", "2016-01-01"]]


def test_events_either_side_of_new_year_stay_apart_and_the_combine_joins_what_spans_years():
    evs = [event("a", "2015-12-31", "rebels took the port city"), event("b", "2016-01-01", "rebels took the port city"),
           event("c", "2015-WI", "rebels took the port city")]
    entries = merge(evs)
    dated = {e.date: sorted(s.article for s in e.sources) for e in entries}
    # one report dated each side of New Year: two years, two entries (a conflict across years is not looked for)
    assert "b" not in dated["2015-12-31"] and "a" not in dated["2016-01-01"]
    # the winter spans both years: placed by the combine, where it joins the first cluster it matches
    assert dated == {"2015-12-31": ["a", "c"], "2016-01-01": ["b"]}


def test_an_undated_mention_joins_an_event_of_any_year_in_the_combine():
    evs = [event("a", "2015-06-01", "rebels seized the oil port of brega"),
           event("b", "", "rebels seized the oil port of brega")]
    (entry,) = merge(evs)
    assert entry.date == "2015-06-01" and sorted(s.article for s in entry.sources) == ["a", "b"]


def test_undated_mentions_split_by_article_join_as_in_one_run():
    evs = [event("a", "2015-06-01", "rebels seized the oil port of brega"),
           event("b", "2015-06-02", "council vote on sanctions against the regime"),
           # two mentions of one article: the second may not join the cluster the first joined
           event("c", "", "rebels seized the oil port of brega", 1), event("c", "", "rebels seized the oil port", 2),
           event("d", "", "council vote on sanctions against the regime"),
           event("e", "", "rebels seized the oil port of brega")]
    runs = partitions._article_runs([item_of(e) for e in evs if not e.date], 2)
    assert [sorted({i.event.article for i in items}) for items, _ in runs] == [["c"], ["d", "e"]]
    serial = merge(evs)
    assert text_of(merge(evs, jobs=2)) == text_of(serial)
    sources = {e.date: sorted(s.article for s in e.sources) for e in serial}
    assert sources == {"2015-06-01": ["a", "c", "e"], "2015-06-02": ["b", "d"]}


def test_years_go_to_the_workers_largest_first_and_come_back_in_order_of_year():
    evs = [event("a", "2014-03-01", "rebels took the port"),
           event("a", "2015-03-01", "council vote sanctions"), event("b", "2015-03-02", "ceasefire talks began"),
           event("c", "2016-03-01", "oil field fire")]
    seen: list[list[int]] = []

    class Recording(InProcess):
        def run(self, task, shared, pieces):
            seen.append([len(shared[0][p]) if task is partitions._year_groups else -1 for p in pieces])
            return super().run(task, shared, pieces)

    entries = merge(evs, workers=Recording())
    assert seen[0] == [2, 1, 1]  # 2015 first (two events), then 2014 and 2016
    assert [e.date for e in entries] == ["2014-03-01", "2015-03-01", "2015-03-02", "2016-03-01"]


def test_a_cluster_of_one_event_holds_that_events_evidence_and_a_larger_one_the_union():
    first = item_of(event("a", "2016-01-02", "rebels took the port"))
    second = item_of(event("b", "2016-01-02", "rebels bombing the capital"))
    c = Cluster()
    c.add(first)
    assert c.evidence is first.evidence_words  # shared, not a copy, nor a set (memory)
    c.add(second)
    assert c.evidence == first.evidence | second.evidence
    assert first.evidence == frozenset(first.keys)  # the event's own set is left as it was
    held = c.evidence
    c.add(item_of(event("c", "2016-01-02", "rebels took the port")))  # no key the cluster lacks: the same set
    assert c.evidence is held and isinstance(held, frozenset)


def test_undated_joins_onto_stand_ins_leave_the_clusters_as_they_were():
    dated = [item_of(event(a, "2016-01-02", "rebels took the port city")) for a in "ab"]
    clusters: list[Cluster] = []
    cluster(dated, clusters, Similarity(dated))
    undated = [item_of(event("c", "", "rebels took the port city", n=1))]
    sim = Similarity(dated + undated)
    before = [(list(c.members), list(c.representatives), c.evidence, dict(c.by_article)) for c in clusters]
    joins = partitions.undated_joins(undated, [0], [partitions._stand_in(c) for c in clusters], sim)
    assert joins == [(0, 0)]
    assert [(list(c.members), list(c.representatives), c.evidence, dict(c.by_article)) for c in clusters] == before
