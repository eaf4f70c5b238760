"""Same-day twins (derivations.yaml ``day_twins``, run by merge.happenings.join_day_happenings): one act of one day
told by two articles in near-synonym nouns and verbs ("posted the first clip" / "The video was first posted") is one
entry; two bodies' videos, a cap and a video of it, stay apart; a plan, a negation, a limit tell none."""

from __future__ import annotations

import pytest

from timeline.merge.happenings import happenings_of, join_day_happenings
from timeline.merge.joins import article_names
from timeline.merge.sessions import _agree as sessions_agree, report_told, session_of
from timeline.merge.similarity import Similarity, derivations

from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path

EXAMPLES = derivations()["day_twins"]["examples"]
FILLER = [(f"z{i}", "2010-01-01", f"BP filler event number {i} happened.")
          for i in range(30)]  # a corpus in which a place's or a body's name is rare


def _joined(rows: list[tuple[str, str, str]]) -> list[list[str]]:
    clusters, items = singleton_clusters(rows)
    join_day_happenings(clusters, Similarity(items), article_names(items))
    return sorted(sorted(m.event.article for m in c.members) for c in clusters if c.members)


def _day(sentences: list[str]) -> list[tuple[str, str, str]]:
    return [(f"a{i}", "2010-05-08", s) for i, s in enumerate(sentences)]


@pytest.mark.parametrize("row", EXAMPLES["one"])
def test_one_act_told_by_two_articles_in_near_synonyms_joins(row):
    joined = _joined(_day(row) + FILLER)
    assert len([g for g in joined if not g[0].startswith("z")]) == 1


@pytest.mark.parametrize("row", EXAMPLES["apart"])
def test_two_acts_of_one_day_stay_apart(row):
    joined = _joined(_day(row) + FILLER)
    assert len([g for g in joined if not g[0].startswith("z")]) == len(row)


@pytest.mark.parametrize("sentence", EXAMPLES["none"])
def test_a_plan_a_negation_or_a_limit_tells_no_twin(sentence):
    assert happenings_of(sentence) == []


def test_a_body_s_head_stands_for_the_body_at_a_gathering():
    # WHO is the feed's main name (no rare party): the head's gathering is the body's
    main = [(f"w{i}", "2010-01-02", f"Officials of the WHO said case number {i} was found.") for i in range(8)]
    row = ["WHO chief Margaret Chan talked to officials from eight countries with large flu outbreaks on Wednesday.",
           "The WHO held a conference call with governments on Wednesday."]
    joined = _joined(_day(row) + main + FILLER)
    assert len([g for g in joined if g[0].startswith("a")]) == 1


def test_two_gatherings_of_one_body_with_other_parties_stay_apart():
    main = [(f"w{i}", "2010-01-02", f"Officials of the WHO said case number {i} was found.") for i in range(8)]
    row = ["WHO chief Margaret Chan talked to officials from Mexico on Wednesday.",
           "The WHO held a conference call with governments on Wednesday."]
    joined = _joined(_day(row) + main + FILLER)
    assert len([g for g in joined if g[0].startswith("a")]) == 2


def _session(quote: str):
    return session_of(quote, frozenset({"hayward", "salazar", "welch", "vermont"}))


@pytest.mark.parametrize("row", EXAMPLES["sessions_one"])
def test_a_member_s_remark_on_the_questioning_tells_the_hearing(row):
    a, b = (_session(q) for q in row)
    assert a is not None and b is not None and sessions_agree(a, b)


@pytest.mark.parametrize("row", EXAMPLES["sessions_apart"])
def test_another_witness_questioned_is_another_session(row):
    a, b = (_session(q) for q in row)
    assert a is None or b is None or not sessions_agree(a, b)


@pytest.mark.parametrize("quote", EXAMPLES["sessions_none"])
def test_a_questioning_to_come_tells_no_session(quote):
    assert _session(quote) is None


@pytest.mark.parametrize("row", EXAMPLES["head_report"])
def test_the_owner_s_head_speaking_tells_its_report(row):
    title, owner = row
    assert report_told(title, title, owner)


@pytest.mark.parametrize("row", EXAMPLES["head_apart"])
def test_another_s_head_or_no_head_tells_no_report(row):
    title, owner = row
    assert not report_told(title, title, owner)
