"""dates27: a date inside a noun phrase after a present main verb dates no event of that verb
(dating.yaml noun_date_under_present, dating.py dates_a_noun_under_present)."""

from __future__ import annotations

import pytest

from timeline.events import extract
from timeline.events.dating import present_title_verb
from timeline.model import Article


def _dated(text: str, published: str, phrase: str) -> list[tuple[str, str]]:
    events = extract(Article(id="t", body=text, published=published))
    return [(e.date, e.title) for e in events if e.source.expression.rstrip(".").lower() == phrase.lower()]


@pytest.mark.parametrize("title, verb", [
    ("The sealing system replaces a previous cap, fitted", "replaces"),
    ("A UK pension fund alleges that it lost money", "alleges"),
    ("Libyans are reacting to Saif Gadhafi's public address", "reacting"),
    ("The admission marks a reversal for the rosy assertions", "marks"),
    # a past, a perfect or a noun in -s first: no present main verb
    ("The previous cap was fitted", ""),
    ("BP has replaced the cap", ""),
    ("The tests show that the virus spread", ""),
    ("Work on installing the cap using robots a mile below the sea was completed", ""),
    ("Swine flu cases rise", ""),
])
def test_present_title_verb(title: str, verb: str) -> None:
    assert present_title_verb(title) == verb


@pytest.mark.parametrize("text, published, phrase", [
    # a past participle that qualifies a noun
    ("It replaces a previous cap, fitted last month, which managed to contain only about half the escaping oil.",
     "2010-07-12", "last month"),
    # a bare date right after a noun
    ("As protests chip away at government stability, Libyans are reacting to Saif Gadhafi's public address Sunday "
     "night.", "2011-02-21", "Sunday night"),
    ("The admission marks a reversal for the rosy assertions by the administration last month that nearly 75% of the "
     "oil had been broken down.", "2010-08-20", "last month"),
    # "ago" after a noun, past a lead after the reported verb
    ("A UK pension fund alleges that it lost money because of falls in the BP share price after a pipeline leak in "
     "the Prudhoe Bay field four years ago.", "2010-06-30", "four years ago"),
    # a date possessive in the object
    ("Activists are protesting Sunday's killings.", "2011-03-01", "Sunday"),
    # a date between a determiner and its noun
    ("Activists and opposition groups are calling on the “silent majority” to stand up and be counted in the last "
     "Friday mass rallies across Syria before Ramadan.", "2011-07-29", "last Friday"),
])
def test_noun_date_dates_no_present_verb(text: str, published: str, phrase: str) -> None:
    assert _dated(text, published, phrase) == []


@pytest.mark.parametrize("text, published, phrase, date", [
    # the participle's own clause keeps its date
    ("The previous cap was fitted last month.", "2010-07-12", "last month", "2010-06"),
    # the date ends the verb phrase of a past main verb
    ("A soldier was killed in the attack on Sunday.", "2011-03-01", "Sunday", "2011-02-27"),
    # a subject's possessive dates its act (dates24)
    ("Sunday's attack killed 12 soldiers.", "2011-03-01", "Sunday", "2011-02-27"),
    # a past verb between the present and the date: the reported act's date
    ("The company says it made a loss last year.", "2011-03-01", "last year", "2010"),
    # another finite verb after an -s noun: the past verb's date
    ("Work on installing the cap using robots a mile below the surface of the sea was successfully completed last "
     "night as efforts intensified.", "2010-07-12", "last night", "2010-07-11"),
    # an event noun after a lead right before the date: the title names the dated event, which joins its entry
    ("Jackson's former doctor is facing a manslaughter charge following the singer's death last June.", "2010-02-11",
     "last June", "2009-06"),
    # a closing report's verb right before the date: the report's day, kept as before
    ("The White House is “analyzing” the speech of Saif al-Islam Gadhafi to see “what possibilities it contains for "
     "meaningful reform,” a senior U.S. administration official said Sunday night after the Libyan leader's son took "
     "to the airwaves.", "2011-02-21", "Sunday night", "2011-02-20"),
    # a chronology's historic present after a date that opens the item
    ("August 24 - Gaddafi issues a rambling but defiant audio message overnight vowing to fight on to death or "
     "victory.", "2011-08-28", "overnight", "2011-08-23"),
    # a calendar date between a determiner and its noun: often a name, left alone by this rule (an organisation's
    # name, "the February 17 brigade", dates nothing: dates28, test_name_dates)
    ("Salabi leads the February 17 march which many Libyans credit with the defense of Benghazi, where the "
     "uprising began on that date.", "2011-08-25", "February 17", "2011-02-17"),
    # a date after "and" with a past verb after it: another clause's
    ("As many as 15 Congressional committees are investigating the oil spill and at one of many hearings yesterday, "
     "the US interior secretary, Ken Salazar, said he would ask BP to repay the salaries of workers laid off by the "
     "moratorium on drilling.", "2010-06-10", "yesterday", "2010-06-09"),
    # the article's own day is no finished past
    ("As protests chip away at government stability, Libyans are reacting to Saif Gadhafi's public address Sunday "
     "night.", "2011-02-20", "Sunday night", "2011-02-20"),
    ("Libyans are celebrating the fall of the town tonight.", "2011-02-20", "tonight", "2011-02-20"),
])
def test_kept_dates(text: str, published: str, phrase: str, date: str) -> None:
    found = _dated(text, published, phrase)
    assert found and all(d == date for d, _ in found), found
