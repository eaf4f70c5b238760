"""twins61: an act its day owns as the subject of its sentence ("Thursday's deal was reached after a conference call",
"Wednesday's appearance took place in the Rixos Hotel") joins the one other entry of its day holding a sentence of
its article that tells the act by one of its forms ("NATO members agreed Thursday ...")
(merge.happenings.join_day_backrefs; derivations.yaml ``day_owned_acts``). Unlike ``day_backrefs`` it never joins
without a form, and "The deal" with no day owning it points back to nothing."""

from __future__ import annotations

import pytest

from test_day_backrefs import _cluster, _joined_into  # one day's clusters and the join, built as for day_backrefs

from timeline.merge.happenings import backref_of, join_day_backrefs
from timeline.merge.similarity import derivations

EXAMPLES = derivations()["day_owned_acts"]["examples"]


@pytest.mark.parametrize("row", EXAMPLES["one"], ids=[r[0][:40] for r in EXAMPLES["one"]])
def test_day_owned_act_joins_its_telling(row: list) -> None:
    assert _joined_into(row) == row[2]


@pytest.mark.parametrize("row", EXAMPLES["apart"], ids=[r[0][:40] for r in EXAMPLES["apart"]])
def test_near_miss_stays_apart(row: list) -> None:
    assert _joined_into(row) is None


def test_owned_act_needs_its_day() -> None:
    owned = backref_of("Thursday's deal was reached after a conference call.")
    assert owned is not None and owned.told_only and "agreed" in owned.forms
    assert backref_of("Wednesday\u2019s appearance took place in the Rixos Hotel.").told_only
    assert backref_of("The deal was reached after a conference call.") is None  # no day owns it
    assert backref_of("A deal was reached.") is None
    # a day-owned act inside the sentence, no reaction before it: the speaker's news
    assert backref_of("Government spokesman Moussa Ibrahim called Monday's strike on his house a terrorist act.") is None
    # after a reaction of day_backrefs it points back ("welcomed Thursday's deal")
    assert backref_of("The rebels welcomed Thursday's deal on the no-fly zone.").told_only


def test_table_nouns_keep_their_join_without_a_form() -> None:
    """A noun of day_backrefs ("Wednesday's disclosure") still joins its article's one other entry of the day
    without a form: the new acts do not change the old table's reach."""
    back = backref_of("Both sides appeared surprised by Wednesday's disclosure.")
    assert back is not None and not back.told_only


def test_owned_act_without_a_form_stays() -> None:
    """The one other entry of its article and day, with no form of the act: stays (day_backrefs would join it)."""
    day = [_cluster("a1", "Wednesday's talks in Paris cemented the Franco-British position."),
           _cluster("a1", "Britain said on Wednesday it would supply body armor to the rebels.")]
    join_day_backrefs(day)
    assert all(c.members for c in day)


def test_another_articles_form_is_not_enough() -> None:
    day = [_cluster("a1", "Thursday's deal was reached after a conference call."),
           _cluster("a2", "NATO members agreed Thursday to take over enforcement of the no-fly zone.")]
    join_day_backrefs(day)
    assert all(c.members for c in day)
