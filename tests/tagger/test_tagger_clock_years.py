"""A four-digit 24-hour clock time is never read as a year."""

from timeline.tagger import tag


def values(text: str) -> list[str]:
    return [t.value for t in tag(text, "2009-06-16")]


def test_a_time_followed_by_its_day_is_no_year():
    assert values("Listen to File on 4, BBC Radio 4, repeated 1700, Sunday 14 June.") == ["2009-06-14"]


def test_the_stamps_of_a_live_report_are_no_years():
    text = "1633: Danny Shaw, home affairs correspondent. 1642: Chris Boatman writes in. 1649: The crowd grows."
    assert values(text) == []


def test_a_chronology_of_years_keeps_its_years():
    text = "1918: Spanish flu kills millions. 1957: Asian flu spreads. 1968: Hong Kong flu arrives."
    assert values(text) == ["1918", "1957", "1968"]


def test_a_year_before_a_weekday_in_another_sentence_stays_a_year():
    assert values("The bridge opened in 1932. Sunday was quiet.")[:1] == ["1932"]
