"""Three more same-day joins kept between builds (timeline.merge.kept_days): the statements' contents
(joins.join_statement_contents), the sessions' contents (sessions.join_session_contents) and the when-clauses
(joins.join_when_clauses). Recorded, a day is
replayed without being worked and moves what a build from scratch moves; a changed answer about the corpus statistics,
a day that gained a member or a damaged record is worked again, with the result of a build from scratch."""

from __future__ import annotations

import pytest

import timeline.merge.joins as joins
import timeline.merge.sessions as sessions
from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path
from kept_day_replays import counted, recorded as _recorded, replayed, scratch as _scratch  # a sibling module
from test_kept_days import finished_clusters  # a sibling module: one cluster per event among 100 others
from timeline.merge.joins import article_names, join_statement_contents, join_when_clauses
from timeline.merge.sessions import join_session_contents
from timeline.merge.similarity import Similarity, derivations

STATEMENTS = derivations()["examples"]["statements"]
# each row's sixth field is its sentence (the quote), after no publication date
WHEN_CLAUSES = [{**case, "events": [[*row[:5], "", *row[5:]] for row in case["events"]]}
                for case in derivations()["examples"]["when_clauses"]]
FILLER = [(f"z{i}", "2010-01-01", f"Filler event number {i} happened", f"Filler event number {i} happened.")
          for i in range(30)]  # a corpus in which a witness's name is rare
HEARING = [("a", "2010-06-17", "Hayward told a Congressional committee the reservoir still held 50m barrels",
            "BP's Tony Hayward told a Congressional committee on Thursday the reservoir still held 50m barrels."),
           ("b", "2010-06-17", "The inquisition of the BP chief executive saw Tony Hayward resort to a defense",
            "The inquisition of the BP chief executive saw him resort yesterday to a defense."),
           ("c", "2010-06-17", "BP stressed the role of the blowout preventer in a hearing",
            "BP has repeatedly stressed the role of the blowout preventer in today's hearing."),
           ("d", "2010-06-18", "Salazar told a Senate committee the moratorium would stay",
            "Interior secretary Ken Salazar told a Senate committee the moratorium would stay.")]
REPORT = [("r1", "2010-09-08", "A report was released by BP", "A report was released by BP today."),
          ("r2", "2010-09-08", "A report will examine why it failed", "Today's report will examine why it failed."),
          ("r3", "2010-09-08", "Transocean accused BP of attempting to conceal its own failings in a report",
           "Transocean has accused BP of attempting to conceal its own failings in today's report.")]
# Hayward named by most events: no longer a rare name, so the witness tells no session
HAYWARD_COMMON = [(f"h{i}", "2010-01-02", f"Tony Hayward spoke {i}", f"BP's Tony Hayward spoke {i}.") for i in range(30)]


def _statements_case(case: dict):
    clusters, items = finished_clusters(case)
    return clusters, lambda: join_statement_contents(clusters, items)


def _when_case(case: dict):
    clusters, items = finished_clusters(case)
    return clusters, lambda: join_when_clauses(clusters, items, Similarity(items), article_names(items))


def _sessions_case(rows: list[tuple[str, ...]]):
    clusters, items = singleton_clusters(rows)
    return clusters, lambda: join_session_contents(clusters, Similarity(items), article_names(items))


CASES = ([("statements", _statements_case, case) for case in STATEMENTS]
         + [("when_clauses", _when_case, case) for case in WHEN_CLAUSES]
         + [("sessions", _sessions_case, HEARING + FILLER), ("sessions", _sessions_case, REPORT + FILLER),
            ("sessions", _sessions_case, HEARING + REPORT + FILLER)])
# what each join works a day with: counted, so that a replay is seen to work nothing
WORKERS = {"statements": (joins, "_bare_statement"), "sessions": (sessions, "session_of"),
           "when_clauses": (joins, "_retold")}


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
        moved = 0
        for j, make, case in CASES:
            if j == join:
                clusters, run = make(case)
                run()
                moved += sum(1 for c in clusters if not c.members)
        assert moved >= 2, join


def test_an_answer_that_changed_works_the_day_again(monkeypatch):
    # recorded on a corpus where "Hayward" is rare; rebuilt where most events name him: the hearing's day asks again
    # whether his name is rare, gets another answer, and is worked (the witness no longer ties the tellings)
    kept = _recorded(_sessions_case, HEARING + FILLER)
    changed = HEARING + FILLER + HAYWARD_COMMON
    scratch = _scratch(_sessions_case, changed)
    # the changed answer matters: replaying the recorded moves would write another grouping
    assert scratch[:4] != _scratch(_sessions_case, HEARING + FILLER)[:4]
    calls = _counted("sessions", monkeypatch)
    assert replayed(kept, _sessions_case, changed)[0] == scratch
    assert calls  # the day was worked, not replayed


def test_a_day_that_gained_a_member_is_worked_again_the_others_replayed(monkeypatch):
    kept = _recorded(_sessions_case, HEARING + REPORT + FILLER)
    added = [("e", "2010-06-17", "Hayward told the committee he was not involved",
              "Tony Hayward told the committee on Thursday he was not involved.")]
    rows = HEARING + REPORT + added + FILLER
    scratch = _scratch(_sessions_case, rows)
    calls = _counted("sessions", monkeypatch)
    assert replayed(kept, _sessions_case, rows)[0] == scratch
    quotes = {a[0] for a in calls}
    # the hearing's day is worked again (its five tellings read), the report's day is replayed (none of it read)
    assert any("Hayward" in q for q in quotes) and not any("report" in q.lower() for q in quotes)


@pytest.mark.parametrize("damage", ["x", [], None, [[[0, 99]], [[[], []]], [], ""], [[[0]], [], [], ""]])
@pytest.mark.parametrize(("join", "make", "case"), [CASES[0], CASES[len(STATEMENTS)], CASES[-1]],
                         ids=["statements", "when_clauses", "sessions"])
def test_a_damaged_record_is_worked_again(join, make, case, damage, monkeypatch):
    scratch = _scratch(make, case)
    kept = {key: damage for key in _recorded(make, case)}
    calls = _counted(join, monkeypatch)
    assert replayed(kept, make, case)[0] == scratch
    assert calls


def test_a_when_clause_whose_rare_words_became_common_works_the_day_again(monkeypatch):
    # recorded where "son", "Mutassim" and "government" are rare; rebuilt where the feed's other events carry them: the day's clusters
    # are the same, its answers are not, so it is worked again, and the capture's two entries stay apart
    case = WHEN_CLAUSES[0]
    kept = _recorded(_when_case, case)
    changed = {**case, "common": case["common"] + " son mutassim government"}
    scratch = _scratch(_when_case, changed)
    assert scratch != _scratch(_when_case, case)  # replaying the recorded move would write another grouping
    calls = _counted("when_clauses", monkeypatch)
    assert replayed(kept, _when_case, changed)[0] == scratch
    assert calls
