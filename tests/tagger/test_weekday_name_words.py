"""`anchor._is_weekday_name` reads a word against a set made once with the tables (speed11): the same answer as the reading
it replaces (a name of the table, or a three-letter word that begins one), on every word of the kind it is asked of."""

from __future__ import annotations

from types import MappingProxyType

from timeline.tagger.anchor import _is_weekday_name
from timeline.tagger.rules import tables, weekday_words


class _Ctx:
    def __init__(self, weekdays):
        self.tables = type("T", (), {"weekdays": weekdays, "weekday_words": weekday_words(weekdays)})()


def _before(word, weekdays):
    word = word.rstrip(".")
    return word in weekdays or any(name.startswith(word) and len(word) == 3 for name in weekdays)


def test_same_answers_as_the_reading_it_replaces():
    weekdays = tables().weekdays
    ctx = _Ctx(weekdays)
    words = set(weekdays) | {w + "." for w in weekdays} | {w.upper() for w in weekdays}
    words |= {a + b + c for a in "mtwfsux" for b in "aoehru" for c in "nedurit"}  # "thu", "tue", "sun", "wen", ...
    words |= {"", ".", "s", "mo", "th", "thur", "thurs", "thursdays", "mondays", "1:38", "a.m.", "et", "sat."}
    for word in words:
        assert _is_weekday_name(word, ctx) == _before(word, weekdays), word
    assert _is_weekday_name("Sat.".lower(), ctx) and _is_weekday_name("wed", ctx)
    assert not _is_weekday_name("th", ctx) and not _is_weekday_name("mondays", ctx)


def test_a_table_of_other_names_gets_its_own_set():
    other = MappingProxyType({"lundi": 1, "mardi": 2})
    assert weekday_words(other) == {"lundi", "mardi", "lun", "mar"}
    assert _is_weekday_name("mar", _Ctx(other)) and not _is_weekday_name("mon", _Ctx(other))
    assert _is_weekday_name("mon", _Ctx(tables().weekdays))
