"""twins50: one article's two plain sayings of one speaker's day are one appearance (merge.joins.join_appearances,
derivations.yaml appearances ``one_article_shared`` and ``line_verbs``), though their sentences share no rare word.
Two articles, a deed among the verbs ("announced sanctions"), two speakers, two media or two counts stay apart."""

from __future__ import annotations

import pytest

from test_merge_derivations import _check_join_of_finished_entries  # a sibling module: pytest puts tests/merge on the path
from timeline.merge.joins import join_appearances
from timeline.merge.similarity import derivations

COMMON = "libya gaddafi forces"

CASES = [
    # examples from the articles: a leader's two lines of one Saturday in one article
    {"name": "a leader's two lines of one day in one article are one appearance",
     "events": [
         ["a", "2011-05-28", "Jalil said he had offered amnesty to Gadhafi loyalists who defect", "said",
          "jalil said offered amnesty gadhafi loyalists defect", "",
          "Jalil said Saturday he has offered amnesty to Gadhafi loyalists who defect before the demise of the regime."],
         ["a", "2011-05-28", "Mustafa Abdul Jalil told CNN that his opposition movement is running out of money", "told",
          "mustafa abdul jalil told cnn opposition movement running money", "",
          "Its leader, Mustafa Abdul Jalil, told CNN on Saturday that his opposition movement is running out of money."]],
     "one": ["Jalil said he had offered amnesty to Gadhafi loyalists who defect",
             "Mustafa Abdul Jalil told CNN that his opposition movement is running out of money"]},
    {"name": "an alliance's admission and denial of one day in one article are one statement",
     "events": [
         ["a", "2011-06-18", "NATO admitted its forces hit vehicles that were part of an opposition patrol", "admitted",
          "nato admitted forces hit vehicles part opposition patrol", "",
          "But in a statement Saturday, NATO admitted its forces hit vehicles that were part of an opposition patrol."],
         ["a", "2011-06-18", "NATO denied earlier Libyan claims it was killing civilians", "denied",
          "nato denied earlier libyan claims killing civilians", "",
          "On Saturday, the alliance denied earlier Libyan claims it was killing civilians."]],
     "one": ["NATO admitted its forces hit vehicles that were part of an opposition patrol",
             "NATO denied earlier Libyan claims it was killing civilians"]},
    # near misses: the same pairs told by two articles; a deed; two speakers; two media; two counts
    {"name": "two articles' sayings of one speaker with no word in common stay apart",
     "events": [
         ["a", "2011-05-28", "Jalil said he had offered amnesty to Gadhafi loyalists who defect", "said",
          "jalil said offered amnesty gadhafi loyalists defect", "",
          "Jalil said Saturday he has offered amnesty to Gadhafi loyalists who defect before the demise of the regime."],
         ["b", "2011-05-28", "Mustafa Abdul Jalil told CNN that his opposition movement is running out of money", "told",
          "mustafa abdul jalil told cnn opposition movement running money", "",
          "Its leader, Mustafa Abdul Jalil, told CNN on Saturday that his opposition movement is running out of money."]],
     "apart": ["Jalil said he had offered amnesty to Gadhafi loyalists who defect",
               "Mustafa Abdul Jalil told CNN that his opposition movement is running out of money"]},
    {"name": "a saying and sanctions announced in one article are a statement and a deed",
     "events": [
         ["a", "2011-04-05", "Hillary Clinton said the rebels deserve recognition", "said",
          "hillary clinton said rebels deserve recognition", "", "Hillary Clinton said on Tuesday that the rebels deserve recognition."],
         ["a", "2011-04-05", "Clinton announced sanctions against the central bank", "announced",
          "clinton announced sanctions central bank", "", "Clinton announced sanctions against the central bank on Tuesday."]],
     "apart": ["Hillary Clinton said the rebels deserve recognition",
               "Clinton announced sanctions against the central bank"]},
    {"name": "two speakers of one article and day stay apart",
     "events": [
         ["a", "2011-03-27", "Robert Gates said he was unaware of coalition attacks causing civilian casualties", "said",
          "robert gates said unaware coalition attacks causing civilian casualties", "",
          "On Sunday, Robert Gates said he was unaware of coalition attacks causing civilian casualties."],
         ["a", "2011-03-27", "Hillary Clinton said the coalition would keep up the pressure", "said",
          "hillary clinton said coalition keep pressure", "", "On Sunday, Hillary Clinton said the coalition would keep up the pressure."]],
     "apart": ["Robert Gates said he was unaware of coalition attacks causing civilian casualties",
               "Hillary Clinton said the coalition would keep up the pressure"]},
    {"name": "an interview and a news conference told by one article stay two appearances",
     "events": [
         ["a", "2011-04-05", "Hillary Clinton said the rebels deserve weapons", "said",
          "hillary clinton said rebels deserve weapons", "", "Hillary Clinton said in an interview on Tuesday that the rebels deserve weapons."],
         ["a", "2011-04-05", "Clinton said the council had made progress", "said",
          "clinton said council made progress", "", "At a news conference on Tuesday, Clinton said the council had made progress."]],
     "apart": ["Hillary Clinton said the rebels deserve weapons", "Clinton said the council had made progress"]},
    {"name": "one article's two counts of a day stay two announcements",
     "events": [
         ["a", "2009-05-01", "Jose Angel Cordova said that three more deaths had been confirmed", "said",
          "jose angel cordova said three deaths confirmed", "",
          "Jose Angel Cordova said on Friday that three more deaths had been confirmed, bringing the toll to 15."],
         ["a", "2009-05-01", "Jose Angel Cordova said the toll had risen", "said",
          "jose angel cordova said toll risen", "", "Late on Friday, Jose Angel Cordova said the toll had risen by one, to 16."]],
     "apart": ["Jose Angel Cordova said that three more deaths had been confirmed", "Jose Angel Cordova said the toll had risen"]},
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_one_articles_sayings_of_one_speakers_day(case):
    _check_join_of_finished_entries(lambda clusters, items, sim: join_appearances(clusters, items, sim),
                                    {**case, "common": COMMON})


def test_line_verbs_only_say():
    # a deed or another appearance among the line verbs would let one article's statement and deed join
    verbs = {str(w) for w in derivations()["appearances"]["line_verbs"]}
    assert {"said", "told", "denied", "admitted"} <= verbs
    assert not verbs & {"announced", "addressed", "appeared", "imposed", "vowed", "urged"}
    assert int(derivations()["appearances"]["one_article_shared"]) < int(derivations()["appearances"]["shared"])


def test_an_entry_told_by_several_articles_shares_any_of_them():
    # the Sunday of one article: its undated line "Gates said that Gadhafi is placing the bodies" is a member of the
    # entry another article's dated line titles, so the entry and the article's dated "Gates said he was unaware" are
    # one (any member's article counts, not only the day's)
    from test_merge_derivations import _event
    from timeline.merge.clustering import Cluster
    from timeline.merge.similarity import Similarity, item_of

    def run(first_articles: tuple[str, str]) -> int:
        told = [
            _event(first_articles[0], "2011-03-27", "Robert Gates said America had intelligence reporting about bodies",
                   "said", "robert gates said america intelligence reporting bodies", "",
                   "Robert Gates on Sunday said America had intelligence reporting about bodies at the sites."),
            _event(first_articles[1], "", "Robert Gates said Gadhafi is placing the bodies at the sites",
                   "said", "robert gates said gadhafi placing bodies sites", "",
                   "Meanwhile, Robert Gates said that Gadhafi is placing the bodies at the sites."),
            _event("a", "2011-03-27", "Robert Gates said he was unaware of coalition attacks causing civilian casualties",
                   "said", "robert gates said unaware coalition attacks causing civilian casualties", "",
                   "In an interview broadcast Sunday, Gates said he was unaware of coalition attacks causing civilian casualties."),
        ]
        items = [item_of(e) for e in told]
        others = [item_of(_event(f"other{n}", f"2000-01-{n % 28 + 1:02d}", f"Other event {n}", "said",
                                 f"{COMMON} other{n}")) for n in range(100)]
        clusters = [Cluster(), Cluster()]
        clusters[0].add(items[0])
        clusters[0].add(items[1])
        clusters[1].add(items[2])
        join_appearances(clusters, [*items, *others], Similarity([*items, *others]))
        return sum(1 for c in clusters if c.members)

    assert run(("b", "a")) == 1  # the entry holds a line of article a
    assert run(("b", "c")) == 2  # no line of article a: two articles, no word in common
