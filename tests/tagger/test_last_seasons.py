"""dates31: "last <season>" names the season just passed once that season of the page's year is over (spring from
July, summer from October: years.py _SEASON_PASSED_MONTHS); before that, and for autumn and winter, the one of the
year before."""

import pytest

from timeline.tagger import tag


def _value(text, dct):
    found = [t for t in tag(text, dct) if "last" in t.text.lower() or "previous" in t.text]
    assert len(found) == 1, found
    return found[0].value


@pytest.mark.parametrize("text,dct,value", [
    # the season of the page's year is over: the one just passed
    ("the mob that stormed into her town last summer", "2011-10-17", "2011-SU"),
    ("The group's eastward flight began last summer, when anti-Gaddafi forces overran Tawergha.", "2011-10-17",
     "2011-SU"),
    ("a strike that began last spring", "1989-10-26", "1989-SP"),
    ("The talks collapsed last spring.", "2011-07-02", "2011-SP"),
    # near misses: the season not yet over (or only just), autumn and winter, "the previous summer"
    ("Analysts expect BP to resume paying dividends which were suspended last summer.", "2011-01-06", "2010-SU"),
    ("Dr Murray had been hired to be Jackson's personal physician last spring.", "2010-02-09", "2009-SP"),
    ("The rebels fought there last summer.", "2011-09-12", "2010-SU"),
    ("The talks collapsed last spring.", "2011-06-20", "2010-SP"),
    ("Last autumn, a GSPCA officer filmed a pigeon struggling in the oil.", "2010-06-24", "2009-FA"),
    ("Last autumn, a GSPCA officer filmed a pigeon struggling in the oil.", "2010-12-20", "2009-FA"),
    ("Zawiyah was the scene of intense fighting last winter.", "2011-07-18", "2010-WI"),
    ("He had left the previous summer.", "2011-10-17", "2010-SU"),
])
def test_last_season(text, dct, value):
    assert _value(text, dct) == value
