"""The streamed writer (timeline.yaml_writer) writes exactly the bytes yaml.dump writes for every timeline:
generated ones with every field the file can hold, and strings chosen to hit each rule of the emitter."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline import store, yaml_writer
from timeline.model import Entry, Source

# strings that each decide a style differently in PyYAML's emitter
TRICKY = [
    "", " ", "  ", "a", "-", "- a", "-a", "a-", "?", "? a", "?a", ":", ": a", ":a", "a:", "a: b", "a:b", "a :b",
    "#", "# a", "a #b", "a#b", "a# b", "---", "--- a", "...", "... a", "..", "'", "\"", "'a'", "\"a\"", "a'b",
    "a\"b", "a\\b", "[a]", "{a}", "a, b", ",", "&a", "*a", "!a", "|", ">", "%", "@a", "`a", "a ", " a", "a  b",
    "yes", "No", "TRUE", "off", "On", "null", "~", "Null", "y", "n", "1", "0", "-1", "+1", "1.5", "1e3", "1_000",
    "0x1F", "0o17", "017", "1:30", "190:20:30", ".inf", "-.Inf", ".nan", "NaN", "2016", "2016-03-27",
    "2016-03-27T10:00:00Z", "2016-3-7 1:02:03", "<<", "=", "a\nb", "a\rb", "a\tb", "\n", "a\x85b", "a\u2028b",
    "a\u2029b", "\x00", "\x07", "\x1b", "\x7f", "\x80", "\x9f", "\xa0", "a\xa0b", "\ufeff", "a\ufeffb", "\ufffe",
    "\uffff", "\ud7ff", "\ue000", "\U0001F600", "caf\u00e9", "\u201cquoted\u201d", "\u2019s", "\u4e2d\u6587",
    "a\n\tb", " \n", "\\n", "\"\n", "'\n", "\U0001F600\n", "\x85", "\u2028",
    "x" * 130, "#" + "y" * 140, "k" * 121, "k" * 122, "k" * 123, "2" * 122, "2" * 123, ": " * 61,
    "key: value # comment", "- [x]", "http://example.com/a?b=c#d", "It's \"fine\": yes", "% done", "!important",
]

text = st.one_of(st.sampled_from(TRICKY), st.text(max_size=30),
                 st.text(alphabet=st.sampled_from(list(" -?:#'\"\\,[]{}&*!|>%@`.~\n\t\x85\xa0\ufeff\U0001F600ab01")),
                         max_size=12))
dates = st.one_of(st.sampled_from(["2016", "2016-03", "2016-03-27", "2015-Q4", "2016-W05"]), text)
sources = st.builds(Source, article=text, quote=text, expression=text)
conflicts = st.fixed_dictionaries({"date": dates, "mod": st.sampled_from(["", "START", "APPROX"]),
                                   "articles": st.lists(text, max_size=3)})
layouts = st.one_of(st.just(()), st.permutations(store._EVENT_FIELDS).map(tuple),
                    st.lists(st.sampled_from(store._EVENT_FIELDS), unique=True, max_size=5).map(tuple))
entries = st.builds(
    Entry, id=st.one_of(st.just(""), text), date=dates, mod=st.sampled_from(["", "START", "END", "APPROX"]),
    title=text, sources=st.lists(sources, max_size=3), note=st.one_of(st.just(""), text), rejected=st.booleans(),
    conflicts=st.lists(conflicts, max_size=2), curated=st.just(()), generated=st.one_of(st.just(""), text),
    layout=layouts, orphaned=st.booleans())
article_values = st.one_of(
    dates, st.fixed_dictionaries({"published": dates},
                                 optional={"title": text, "source": text, "url": text}))
articles = st.one_of(st.none(), st.dictionaries(text, article_values, max_size=4))
inputs = st.lists(text, max_size=3)


def _both(entries_: list[Entry], articles_: dict | None, inputs_: list[str]) -> tuple[str, str]:
    doc = store.timeline_document(entries_, articles=articles_, inputs=inputs_)
    return store.HEADER + store.yaml_text(doc), store.dump_timeline(entries_, articles=articles_, inputs=inputs_)


@pytest.mark.parametrize("value", TRICKY)
def test_each_tricky_string_is_written_as_yaml_writes_it(value):
    entry = Entry(id=value, date=value, mod="", title=value, sources=[Source(value, value, value)], note=value,
                  conflicts=[{"date": value, "mod": value, "articles": [value]}], generated=value)
    reference, streamed = _both([entry], {value: value, "x" + value: {"published": value, "title": value}}, [value])
    assert streamed == reference


def test_scalar_styles():
    assert yaml_writer.scalar("Gaddafi killed") == "Gaddafi killed"
    assert yaml_writer.scalar("2014") == "'2014'"
    assert yaml_writer.scalar("Syria: talks") == "'Syria: talks'"
    assert yaml_writer.scalar("\u201cquoted\u201d: yes") == "'\u201cquoted\u201d: yes'"
    assert yaml_writer.scalar("it's") == "it's"
    assert yaml_writer.scalar("'it'") == "'''it'''"
    assert yaml_writer.scalar("a\nb") == '"a\\nb"'
    assert yaml_writer.scalar("\x07\U0001F600\n") == '"\\a\\U0001F600\\n"'


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries_=st.lists(entries, max_size=4), articles_=articles, inputs_=inputs)
@example(entries_=[], articles_=None, inputs_=[])
@example(entries_=[], articles_={}, inputs_=[])
@example(entries_=[Entry(id="", date="2016", mod="", title="by hand", layout=("date", "title", "sources"))],
         articles_={"": "2016-01-01", "k" * 200: {"published": "2016", "url": "u"}}, inputs_=["a", ""])
def test_streamed_file_is_yaml_dump_byte_for_byte(entries_, articles_, inputs_):
    reference, streamed = _both(entries_, articles_, inputs_)
    assert streamed == reference


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries_=st.lists(entries, max_size=6), articles_=articles, inputs_=inputs)
def test_streamed_file_is_yaml_dump_byte_for_byte_many(entries_, articles_, inputs_):
    reference, streamed = _both(entries_, articles_, inputs_)
    assert streamed == reference


# every code point, surrogates and unassigned ones included, and runs of the characters the rules turn on
any_text = st.one_of(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, categories=None)),
                     st.text(alphabet=st.sampled_from(list(" -?:#'\".,!|>%@`\n\r\t\x85\u2028\ufeffy1")), max_size=8))


@settings(max_examples=2000, deadline=None)
@given(value=any_text)
def test_any_string_value_and_key_is_written_as_yaml_writes_it(value):
    assert store.yaml_text({"k": value}) == f"k: {yaml_writer.scalar(value)}\n"
    if yaml_writer.simple_key(value):
        assert store.yaml_text({value: 0}) == f"{yaml_writer.scalar(value)}: 0\n"
    else:
        assert store.yaml_text({value: 0}).startswith("? ")  # a complex key: left to yaml (_yaml_article)
