"""dates36: an entry no source dates finer than a week or a month takes the day of the first report that tells its
act in the present perfect with no date phrase (timeline.merge.perfect_days, perfect_days.yaml)."""

from __future__ import annotations

from timeline.merge.entries import generated_entry
from timeline.merge.perfect_days import perfect_day, told_in_perfect
from timeline.merge.similarity import item_of, title_word_key, title_words
from timeline.model import Event, Source

TITLE = "Dr Conrad Murray was convicted of the involuntary manslaughter of Michael Jackson"


def _item(article: str, published: str, quote: str, trigger: str, date: str = "", expression: str = ""):
    words = title_words(TITLE)
    event = Event(article=article, date=date, mod="", title=TITLE,
                  source=Source(article, quote, expression, published=published),
                  keys=tuple(sorted({title_word_key(w) for w in words})), trigger=trigger)
    return item_of(event)


MONTH = _item("2011-11-16/823", "2011-11-16", "Earlier this month Jackson's doctor, Conrad Murray, was found guilty of "
              "the involuntary manslaughter of the singer.", "found", "2011-11", "Earlier this month")
WEEK = _item("2011-11-11/979", "2011-11-11", "Dr Conrad Murray, who was convicted of the involuntary manslaughter of "
             "Michael Jackson this week, gave an interview.", "convicted", "2011-W45", "this week")
FIRST = _item("2011-11-07/86", "2011-11-07", "Michael Jackson's former personal doctor has been found guilty of "
              "involuntary manslaughter by a jury in Los Angeles.", "found")
SECOND = _item("2011-11-08/1183", "2011-11-08", "A jury has found Michael Jackson's personal doctor Conrad Murray "
               "guilty of the singer's involuntary manslaughter.", "found")


def test_a_month_told_in_the_present_perfect_takes_the_first_reports_day():
    assert perfect_day([MONTH, WEEK, FIRST, SECOND], ("2011-11", "")) == ("2011-11-07", "")
    assert generated_entry([MONTH, WEEK, FIRST, SECOND]).date == "2011-11-07"


def test_the_present_perfect_of_the_events_own_verb_only():
    assert told_in_perfect(FIRST) and told_in_perfect(SECOND)
    # "has defended" is another act than the trigger "found"; a simple past tells no day of the report
    assert not told_in_perfect(_item("a", "2011-11-11", "Murray, who was found guilty, has defended his actions.",
                                     "found"))
    assert not told_in_perfect(_item("b", "2011-11-08", "Murray was found guilty of manslaughter.", "found"))


def test_one_report_alone_keeps_the_month():
    # one report may sum up an older act ("has been found guilty" in a profile weeks later)
    assert perfect_day([MONTH, FIRST], ("2011-11", "")) == ("2011-11", "")
    assert generated_entry([MONTH, FIRST]).date == "2011-11"


def test_a_lasting_state_keeps_the_month():
    held = [_item(f"2011-03-1{n}/{n}", f"2011-03-1{n}", "The journalists have been detained by Gaddafi's forces.",
                  "detained") for n in range(3)]
    month = _item("2011-03-20/9", "2011-03-20", "Four journalists were detained in March.", "detained", "2011-03",
                  "in March")
    assert perfect_day([month, *held], ("2011-03", "")) == ("2011-03", "")


def test_a_day_outside_a_dated_members_date_keeps_it():
    # the reports of the 7th and 8th fall outside a week (W46) another member gives: the date stays
    later = _item("2011-11-18/5", "2011-11-18", "Murray was convicted this week.", "convicted", "2011-W46", "this week")
    assert perfect_day([MONTH, later, FIRST, SECOND], ("2011-11", "")) == ("2011-11", "")


def test_a_member_with_a_day_or_a_day_entry_is_left_alone():
    day = _item("2011-11-09/3", "2011-11-09", "Murray was found guilty on Monday.", "found", "2011-11-07", "Monday")
    assert perfect_day([MONTH, day, FIRST, SECOND], ("2011-11", "")) == ("2011-11", "")
    assert perfect_day([day, FIRST, SECOND], ("2011-11-07", "")) == ("2011-11-07", "")


def test_reports_outside_the_month_keep_it():
    # the present perfect told in December is no day of November
    late = [_item(f"2011-12-0{n}/{n}", f"2011-12-0{n}", "Murray has been found guilty.", "found") for n in (1, 2)]
    assert perfect_day([MONTH, *late], ("2011-11", "")) == ("2011-11", "")
