"""A day that dates the saying, not the act (dates29): the title keeps the speaker that closes the sentence when the
date stands after its verb (events.yaml title_said_dated_examples and near misses; titles.kept_report `said_dated`,
dating.tells_own_time_before_report)."""
import pytest

from timeline.events import extract
from timeline.events.lexicon import rules
from timeline.events.titles import kept_report, shorten, told_before_speaker
from timeline.model import Article

ROWS = rules()["title_said_dated_examples"] + rules()["title_said_dated_near_misses"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["sentence"][:40])
def test_the_saying_s_day_keeps_its_speaker(row):
    events = extract(Article(id="a", body=row["sentence"], published=row["published"]))
    assert [e.title for e in events if e.source.expression == row["date"]] == row["titles"]


def test_the_date_after_the_speaker_s_verb_keeps_it_and_one_before_does_not():
    words = "Gadhafi's regime planted several dozen land mines, Human Rights Watch said in a statement".split()
    assert " ".join(shorten(words, dated_at=len(words))) == " ".join(words)
    # the date stood in what was told (before the comma): the speaker of what happened goes, as before
    assert " ".join(shorten(words, dated_at=4)).rstrip(",") == "Gadhafi's regime planted several dozen land mines"


def test_what_was_told_that_is_itself_a_report_keeps_no_second_speaker():
    words = "The envoy told the Council that troops were engaging in sexual violence, diplomats said".split()
    assert kept_report(words, said_dated=True) is None


def test_a_pronoun_speaker_is_never_kept():
    words = "Rebels took the town, he said".split()
    assert kept_report(words, said_dated=True) is None


def test_told_before_speaker():
    assert told_before_speaker("Rebels took the town, a rebel spokesman said in a statement") == "Rebels took the town"
    assert told_before_speaker("Rebels took the town") == "Rebels took the town"
