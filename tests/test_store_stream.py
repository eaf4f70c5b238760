"""The streamed writer (store.dump_timeline) writes the very bytes of yaml.dump of the same document."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Entry, Source
from timeline.store import _dump_with_yaml, _scalar, _yaml_text, _Quoted, dump_timeline

# text that stresses YAML's plain-scalar rules: indicators, ": ", " #", numbers, booleans, dates, unicode, breaks
_PIECES = st.sampled_from(["-", "?", ":", "#", " ", ": ", " #", "'", '"', "---", "...", "%", "@", "`", "!", "&",
                           "*", "|", ">", "[", "]", "{", "}", ",", "yes", "No", "null", "~", "true", "1", "0x1F",
                           "1e3", ".5", "2016-03-27", "12:30", "<<", "=", "\t", "\n", "\x85", "\u2028", "\ufeff",
                           "\xa0", "\\", "é", "\u201c", "\U0001f600", "\x07", "word", "Word", "a b"])
_TEXT = st.one_of(st.text(max_size=30), st.lists(_PIECES, max_size=6).map("".join))


@settings(max_examples=600, deadline=None)
@given(_TEXT, st.booleans())
def test_a_scalar_is_written_as_yaml_writes_it(text, quoted):
    expected = _yaml_text({"x": _Quoted(text) if quoted else text})[3:-1]
    assert _scalar(text, quoted) == expected


_SOURCE = st.builds(Source, _TEXT, _TEXT, _TEXT)
_CONFLICT = st.fixed_dictionaries({"date": _TEXT, "mod": st.sampled_from(["", "START", "END"]),
                                   "articles": st.lists(_TEXT, max_size=3)})
_ENTRY = st.builds(Entry, id=_TEXT, date=_TEXT, mod=st.sampled_from(["", "START", "APPROX"]), title=_TEXT,
                   sources=st.lists(_SOURCE, max_size=3), note=_TEXT, rejected=st.booleans(),
                   conflicts=st.lists(_CONFLICT, max_size=2), generated=_TEXT)
_ARTICLES = st.one_of(st.none(), st.dictionaries(st.one_of(_TEXT, st.text(min_size=128, max_size=140)), _TEXT,
                                                max_size=4))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ENTRY, max_size=4), _ARTICLES)
def test_a_timeline_is_written_as_yaml_dump_writes_it(entries, articles):
    assert dump_timeline(entries, articles=articles) == _dump_with_yaml(entries, articles=articles)


def test_empty_timelines():
    for articles in (None, {}, {"a": "2016-01-01"}):
        assert dump_timeline([], articles=articles) == _dump_with_yaml([], articles=articles)
    assert dump_timeline([], articles={}).endswith("articles: {}\nevents: []\n")


def test_a_real_entry_layout():
    entry = Entry(id="2011-03-19-strikes", date="2011-03-19", mod="START", title="Strikes: begin #1",
                  sources=[Source("a/1", "Strikes began on Saturday.", "1744")], generated="ab.cd",
                  conflicts=[{"date": "2011-03-20", "mod": "", "articles": ["a/1"]}])
    text = dump_timeline([entry], articles={"a/1": "2011-03-20"})
    assert text.endswith('articles:\n  a/1: "2011-03-20"\nevents:\n- id: 2011-03-19-strikes\n  date: "2011-03-19"\n'
                         "  mod: START\n  title: 'Strikes: begin #1'\n  reports: 1\n  sources:\n  - article: a/1\n"
                         "    quote: Strikes began on Saturday.\n    expression: '1744'\n  conflicts:\n"
                         '  - date: "2011-03-20"\n    articles:\n    - a/1\n  generated: ab.cd\n')
