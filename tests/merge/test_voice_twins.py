"""One act of one date told in the active and in the passive (merge.voice_twins.join_voice_twins, voice_twins.yaml):
"NTC fighters took Tripoli" / "Tripoli was captured by the NTC" are one entry; two sides, two places, another act of
the pair, a passive with no doer, a denial, another date stay apart."""

from __future__ import annotations

import pytest

from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path
from timeline.merge.voice_twins import _table, join_voice_twins, twins, voiced

EXAMPLES = _table()["examples"]


def _joined(titles, dates=("2011-08", "2011-08")) -> bool:
    clusters, _ = singleton_clusters([(f"a{i}.htm", d, t, t + ".") for i, (t, d) in enumerate(zip(titles, dates))])
    join_voice_twins(clusters)
    return sum(1 for c in clusters if c.members) == 1


@pytest.mark.parametrize("case", EXAMPLES, ids=lambda c: c["name"])
def test_the_table_examples(case):
    titles = case.get("one") or case["apart"]
    assert _joined(titles) == ("one" in case)
    assert _joined(list(reversed(titles))) == ("one" in case)  # indifferent to which comes first


def test_one_act_on_two_dates_stays_apart():
    assert not _joined(["NTC fighters took Tripoli", "Tripoli was captured by the NTC"], ("2011-08", "2011-09"))
    assert not _joined(["NTC fighters took Tripoli", "Tripoli was captured by the NTC"], ("2011-08-21", "2011-08-22"))


def test_a_day_and_its_month_stay_apart():
    # a month's telling and its day are another join's work
    assert not _joined(["NTC fighters took Tripoli", "Tripoli was captured by the NTC"], ("2011-08-21", "2011-08"))


@pytest.mark.parametrize(("title", "passive"), [
    ("Tripoli was captured by the NTC in August", True),
    ("Al-Araby was elected by Arab League representatives", True),
    ("National Transitional Council (NTC) fighters took Tripoli", False),
    ("NTC fighters had seized Sirte", False),
])
def test_what_reads_as_a_voiced_act(title, passive):
    told = voiced(title)
    assert told is not None and told.passive == passive


@pytest.mark.parametrize("title", [
    "Russia and China took a softer line toward Libyan leader Gaddafi",  # a thing described, not named
    "NTC forces captured the other main Gaddafi stronghold, Bani Walid",
    "Al Qaeda records seized by the U.S. Army in Sinjar showed 52 men",  # a participle with its doer
    "Tripoli was captured in August",  # no doer
    "NATO denied that its troops had captured Tripoli",
    "Rebels attacked Tripoli",  # no verb of a class
    "Two workers were taken to the hospital",
])
def test_what_tells_no_voiced_act(title):
    assert voiced(title) is None


def test_two_actives_are_no_twins():
    a, b = voiced("NTC fighters took Tripoli"), voiced("The NTC captured Tripoli")
    assert a is not None and b is not None and not twins(a, b)
