"""A title that opens with the description a sentence set in apposition after its subject's name gets the name
back (appositions1: events.yaml described_subjects, described_subject_examples and near misses)."""
import pytest

from timeline.events import extract
from timeline.events.lexicon import rules
from timeline.events.subjects import name_described_subject
from timeline.model import Article

EXAMPLES = rules()["described_subject_examples"]
NEAR_MISSES = rules()["described_subject_near_misses"]


@pytest.mark.parametrize("row", EXAMPLES, ids=lambda r: r["title"][:40])
def test_the_name_opens_the_title(row):
    events = extract(Article(id="a", body=row["body"], published="2011-03-22"))
    assert row["title"] in [e.title for e in events if e.source.expression == row["date"]]


@pytest.mark.parametrize("row", NEAR_MISSES, ids=lambda r: r["title"][:40])
def test_no_name_is_put_where_none_is_the_subject(row):
    assert name_described_subject(row["title"], row["sentence"]) == row["title"]


def test_a_short_description_stays_a_long_one_goes():
    sentence = "Misrata, Libya's third city, rose up with other towns against Gaddafi in mid-February."
    assert name_described_subject("Libya's third city rose up with other towns", sentence) \
        == "Misrata, Libya's third city, rose up with other towns"
    sentence = ("Sen. John McCain of Arizona, the unsuccessful Republican presidential nominee in 2008, warned that "
                "pulling U.S. forces back undermined the mission.")
    assert name_described_subject("The unsuccessful Republican presidential nominee, warned that pulling U.S. forces "
                                  "back undermined the mission", sentence) \
        == "Sen. John McCain of Arizona warned that pulling U.S. forces back undermined the mission"


def test_the_doer_of_a_relative_is_the_name():
    sentence = ("July 28 - Abdel Fattah Younes, Gaddafi's former interior minister who defected to the rebels on "
                "February 22, is killed.")
    assert name_described_subject("Gaddafi's former interior minister defected to the rebels", sentence) \
        == "Abdel Fattah Younes, Gaddafi's former interior minister, defected to the rebels"


def test_a_name_after_a_preposition_still_does_a_relatives_deed():
    sentence = ("He was acting in support of Maj. Nidal M. Hasan, the Army psychiatrist who has been charged in the "
                "killing of 13 people at the base in 2009.")
    assert name_described_subject("The Army psychiatrist was charged in the killing of 13 people at the base",
                                  sentence) \
        == "Maj. Nidal M. Hasan, the Army psychiatrist, was charged in the killing of 13 people at the base"
