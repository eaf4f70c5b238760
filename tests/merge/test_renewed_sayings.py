"""A saying renewed ("Ibrahim renewed the government's accusations") is a plain line of the speaker's day,
as "repeated" is (merge.joins._renewed_saying, derivations.yaml appearances ``renewals``): one article's renewal and
another line of the same speaker's day are one appearance. A renewed deed, two articles or two speakers stay apart."""

from __future__ import annotations

import pytest

from test_merge_derivations import _check_join_of_finished_entries  # a sibling module: pytest puts tests/merge on the path
from timeline.merge.joins import _renewed_saying, join_appearances
from timeline.merge.similarity import title_words

COMMON = "libya gaddafi forces"

RENEWED = ["a", "2011-08-13", "Ibrahim renewed the government's accusations, saying NATO is aiding the rebels", "renewed",
           "ibrahim renewed government accusations saying nato aiding rebels", "",
           "Ibrahim renewed the government's accusations Saturday, saying NATO is aiding the rebels, whom he described as "
           "“armed gangs.”"]
REPEATED = ["a", "2011-08-13", "Ibrahim repeated his own calls for an end to the conflict", "repeated",
            "ibrahim repeated own calls end conflict", "",
            "Ibrahim repeated Saturday his own calls for an end to the conflict, telling NATO: “Stop this aggression and "
            "let's talk peace.”"]


def _naming(article: str) -> list[str]:
    """The article's undated line that writes the spokesman's name mid-sentence, so the article knows it as a name."""
    return [article, "", "Government spokesman Musa Ibrahim said fewer than 100 rebels moved in on al-Zawiya", "said",
            "government spokesman musa ibrahim said fewer rebels moved al-zawiya", "",
            "His brush Government spokesman Musa Ibrahim said fewer than 100 rebels moved in on al-Zawiya."]


CASES = [
    {"name": "a spokesman's renewed accusations and repeated calls of one day in one article are one appearance",
     "events": [RENEWED, REPEATED, _naming("a")],
     "one": [RENEWED[2], REPEATED[2]]},
    # near misses
    {"name": "the same two lines told by two articles stay apart",
     "events": [RENEWED, ["b", *REPEATED[1:]], _naming("a"), _naming("b")],
     "apart": [RENEWED[2], REPEATED[2]]},
    {"name": "a renewed deed is no saying",
     "events": [
         ["a", "2011-08-13", "Ibrahim renewed the offensive on Zawiya", "renewed", "ibrahim renewed offensive zawiya", "",
          "Ibrahim renewed the offensive on Zawiya on Saturday."],
         REPEATED, _naming("a")],
     "apart": ["Ibrahim renewed the offensive on Zawiya", REPEATED[2]]},
    {"name": "two speakers' renewed and repeated sayings stay apart",
     "events": [
         ["a", "2011-08-13", "Lavoie renewed the alliance's accusations against Gadhafi's forces", "renewed",
          "lavoie renewed alliance accusations against gadhafi forces", "",
          "Col. Lavoie renewed the alliance's accusations against Gadhafi's forces on Saturday."],
         REPEATED, _naming("a")],
     "apart": ["Lavoie renewed the alliance's accusations against Gadhafi's forces", REPEATED[2]]},
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_renewed_sayings(case):
    _check_join_of_finished_entries(lambda clusters, items, sim: join_appearances(clusters, items, sim),
                                    {**case, "common": COMMON})


@pytest.mark.parametrize("title, renewed", [
    ("Ibrahim renewed the government's accusations, saying NATO is aiding the rebels", True),
    ("Gaddafi renewed a ceasefire call in talks with Zuma", True),
    ("Ham renewed that cautious line", True),
    ("NATO renewed its strikes on Tripoli", False),  # a deed
    ("The council renewed the mission's mandate", False),  # a deed
    ("The alliance reaffirmed its support for the rebels", False),  # support: no saying of its own
])
def test_renewed_saying_forms(title, renewed):
    words = title_words(title)
    at = next(i for i, w in enumerate(words) if w.lower() in {"renewed", "reaffirmed"})
    assert (_renewed_saying(words, at) == "repeated") is renewed
