"""twins62: a month's or a year's entry joins the one day entry inside its date whose title tells the same doing by
one verb and a shared rare participant (timeline.merge.coarse_twins, coarse_twins.yaml)."""

from __future__ import annotations

import pytest

from timeline.merge.clustering import Cluster
from timeline.merge.coarse_twins import _table, coarse_twins, join_coarse_twins, shared_participants, told_verbs
from timeline.merge.similarity import Similarity, item_of, title_word_key, title_words
from timeline.model import Event, Source

# words every report of the feed writes: common in the corpus, so they name no participant
COMMON = "oil gulf well bp libya gaddafi rebels council trial murray dr conrad jackson"


def _item(article: str, date: str, title: str, trigger: str = "", keys: str = ""):
    words = title_words(title)
    verb = trigger or next((w for w in words[1:] if w.lower().endswith("ed")), words[0])
    event = Event(article=article, date=date, mod="", title=title, source=Source(article, title + ".", date),
                  keys=tuple(sorted({title_word_key(w) for w in words} | set(keys.split()))), trigger=verb)
    return item_of(event)


def _joined(coarse: tuple[str, str], days: list[tuple[str, str]]) -> list[list[str]]:
    """The titles of each entry left after the join, for a coarse entry and day entries among 100 other reports."""
    items = [_item("coarse", *coarse)] + [_item(f"day{n}", *day) for n, day in enumerate(days)]
    others = [_item(f"other{n}", f"2000-01-{n % 28 + 1:02d}", f"Other report {n} said", "said", COMMON)
              for n in range(100)]
    clusters = []
    for item in items:
        cluster = Cluster()
        cluster.add(item)
        clusters.append(cluster)
    join_coarse_twins(clusters, Similarity([*items, *others]))
    return [[m.event.title for m in c.members] for c in clusters if c.members]


@pytest.mark.parametrize("case", _table()["examples"], ids=lambda c: c["name"])
def test_the_examples_of_the_table(case):
    entries = _joined(tuple(case["coarse"]), [tuple(d) for d in case["days"]])
    coarse_title = case["coarse"][1]
    if "joins" in case:
        assert sorted([coarse_title, case["joins"]]) in [sorted(e) for e in entries], entries
        assert len(entries) == len(case["days"])
    else:
        assert len(entries) == 1 + len(case["days"]), entries


@pytest.mark.parametrize("title, trigger, verbs", [
    ("The oil stopped flowing into the Gulf", "gone", {"stop"}),  # the title's verb, not the sentence's trigger
    ("The ICC issues arrest warrants for Gaddafi", "issues", {"issu"}),  # a present after a name: the trigger
    ("Dr Murray goes on trial for involuntary manslaughter", "trial", set()),  # a noun trigger tells no verb
    ("The trial of Dr Conrad Murray is due to start", "start", set()),  # a plan
    ("Gaddafi would not resign", "resign", set()),  # a condition, a denial
    ("Parliament approved British participation", "approved", {"=vote"}),  # a verb of a class is its class
    ("The British parliament voted overwhelmingly", "voted", {"=vote"}),
    ("McCain said the rebels were trustworthy", "said", set()),  # a saying, and a verb of being
])
def test_the_verbs_a_title_tells(title, trigger, verbs):
    assert told_verbs(_item("a", "2011-03", title, trigger)) == verbs


def test_a_shared_participant_is_a_rare_word_or_a_rare_name_not_the_verb():
    coarse = _item("a", "2011-03", "Parliament approved British participation in the no-fly zone")
    day = _item("b", "2011-03-21", "The British parliament voted to support the no-fly zone")
    others = [_item(f"o{n}", "2000-01-01", f"Other {n} said", "said", COMMON + " zone") for n in range(100)]
    sim = Similarity([coarse, day, *others])
    shared = shared_participants(sim, coarse, day)
    assert "parliament" in shared  # a rare word
    assert "zone" not in shared  # a common word of the feed
    assert not shared & {"approved", "voted"}  # the verbs are what is told, not who


def test_a_verb_of_a_class_both_titles_write_is_no_participant():
    # "abstained" is what both tell (the vote), not who: with nothing else shared they stay apart
    coarse = _item("a", "2011-03", "Germany abstained from the resolution")
    day = _item("b", "2011-03-18", "Angela Merkel's government abstained")
    others = [_item(f"o{n}", "2000-01-01", f"Other {n} said", "said", COMMON) for n in range(100)]
    assert shared_participants(Similarity([coarse, day, *others]), coarse, day) == frozenset()


def test_two_titles_of_one_doer_need_one_verb():
    # one president's two doings of a month: a name shared is not enough ("declared" / "signed")
    coarse = _item("a", "2011-02", "Barack Obama declared that Gaddafi had lost his legitimacy")
    day = _item("b", "2011-02-25", "Barack Obama signed an executive order freezing the assets of Gaddafi")
    others = [_item(f"o{n}", "2000-01-01", f"Other {n} said", "said", COMMON) for n in range(100)]
    sim = Similarity([coarse, day, *others])
    assert shared_participants(sim, coarse, day) >= {"barack", "obama"}
    assert not coarse_twins(sim, coarse, day)
