"""The reading `timeline dates` asks for (datescli3): no dateline search (Article.dateline, read by the build's event
stage only), and a TimeML file whose bytes hold `<TEXT` once read without following the elements inside TEXT
(timeml._HeadReader's `one_text`). Both give what the full reading gives for everything the command prints."""

from __future__ import annotations

import pytest

from test_read_timeml import FILES, HEAD, OPTIONS, TAIL, TEXT, _outcome, _whole_tree_only
from timeline.read import _memo_key, read_articles, timeml
from timeline.read.article import Options

# shapes the one-TEXT shortcut must leave to the handlers that follow every element (`<TEXT` more than once), or
# read as they do (once)
ONE_TEXT_FILES = {
    "TEXT inside TEXT": HEAD + b"<TEXT>a <TEXT>b</TEXT> c</TEXT>" + TAIL + b"</TimeML>",
    "TEXT named in a comment inside TEXT": HEAD + b"<TEXT>a <!-- <TEXT> --> b</TEXT>" + TAIL + b"</TimeML>",
    "TEXT named in CDATA": HEAD + b"<TEXT>a <![CDATA[</TEXT> x]]> b</TEXT>" + TAIL + b"</TimeML>",
    "a TEXTUAL element after TEXT": HEAD + TEXT + b"<TEXTUAL>x</TEXTUAL>" + TAIL + b"</TimeML>",
    "DCT after TEXT, elements inside": b"<TimeML>" + TEXT + b'<DCT><TIMEX3 value="1999-01-02"/></DCT></TimeML>',
    "namespaced TEXT inside TEXT": HEAD + b'<TEXT>a <t:TEXT xmlns:t="urn:x">b</t:TEXT> c</TEXT></TimeML>',
    "default namespace on TEXT":
        b'<TimeML><DCT><TIMEX3 value="1998-02-06"/></DCT><TEXT xmlns="urn:x">a</TEXT></TimeML>',
    "TEXT nested in another element only": b"<TimeML><META><TEXT>meta <b>x</b></TEXT></META></TimeML>",
    "TEXT cut inside an element": HEAD + b'<TEXT>a <EVENT eid="e1">b</TEXT></TimeML>',
}


@pytest.mark.parametrize("name", sorted(ONE_TEXT_FILES | FILES))
def test_the_one_text_reading_gives_what_the_whole_tree_gives(name, monkeypatch):
    data = (ONE_TEXT_FILES | FILES)[name]
    shortcut = _outcome(timeml.read_tml(data, id="a", where="a.tml", options=OPTIONS))
    assert shortcut == _whole_tree_only(monkeypatch, data)


def _starts_followed(data: bytes, monkeypatch) -> list[str]:
    """The elements whose start the head reader was called for, reading `data`."""
    seen: list[str] = []
    original = timeml._HeadReader.start

    def start(self, name, attributes):
        seen.append(name)
        original(self, name, attributes)

    monkeypatch.setattr(timeml._HeadReader, "start", start)
    timeml._text_and_dct(data)
    return seen


def test_the_elements_inside_the_one_text_are_not_followed(monkeypatch):
    # the usual file: TimeML, DOCID, DCT, TIMEX3, TEXT; not the EVENT and TIMEX3 inside TEXT
    assert _starts_followed(FILES["usual"], monkeypatch) == ["TimeML", "DOCID", "DCT", "TIMEX3", "TEXT"]
    assert timeml._text_and_dct(FILES["usual"]) == ("\nThe port closed on Wednesday & more.\n", "1998-02-06")
    # a DCT after TEXT is still found: the handlers come back at TEXT's end
    after = ONE_TEXT_FILES["DCT after TEXT, elements inside"]
    assert _starts_followed(after, monkeypatch) == ["TimeML", "TEXT", "DCT", "TIMEX3"]
    assert timeml._text_and_dct(after) == ("\nThe port closed on Wednesday & more.\n", "1999-01-02")


def test_a_second_text_tag_keeps_every_element_followed(monkeypatch):
    nested = ONE_TEXT_FILES["TEXT inside TEXT"]
    assert "TEXT" in _starts_followed(nested, monkeypatch)[5:]  # the inner TEXT's start is seen
    assert timeml._text_and_dct(nested) == ("a b c", "1998-02-06")
    assert timeml._text_and_dct(ONE_TEXT_FILES["TEXT named in a comment inside TEXT"]) == ("a  b", "1998-02-06")


def _article(tmp_path, datelines: bool):
    path = tmp_path / "report.tml"  # TimeML keeps its body as written: the dateline stays in it
    path.write_bytes(b'<TimeML><DCT><TIMEX3 value="2011-03-10"/></DCT>'
                     b"<TEXT>INNSBRUCK, March 10 (Reuters) - Talks resumed on Monday.</TEXT></TimeML>")
    (article,) = read_articles([str(path)], today="2026-01-01", datelines=datelines)
    return article


def test_dates_reads_without_the_dateline_search(tmp_path):
    found = _article(tmp_path, datelines=True)
    listed = _article(tmp_path, datelines=False)
    assert found.dateline is not None  # the build's reading: where the dateline's date stands
    assert listed.dateline is None  # `timeline dates`: not looked for
    assert (listed.body, listed.published, listed.date_origin) == (found.body, found.published, found.date_origin)


def test_a_reading_without_datelines_is_remembered_apart():
    with_lines = Options(published=None, today="2026-01-01", input_format=None)
    without = Options(published=None, today="2026-01-01", input_format=None, datelines=False)
    key = _memo_key("text", b"x", "a", "a.txt", with_lines)
    assert key == _memo_key("text", b"x", "a", "a.txt", Options(published=None, today="2026-01-01", input_format=None))
    assert key != _memo_key("text", b"x", "a", "a.txt", without)
