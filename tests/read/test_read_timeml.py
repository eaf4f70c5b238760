"""TimeML is read in one expat pass when the file is well-formed (timeml._text_and_dct): the same body,
date and errors as building the whole tree, for every shape of file the shortcut must leave to the whole tree."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from timeline.errors import ArticleError
from timeline.read import timeml
from timeline.read.article import Options

OPTIONS = Options(published=None, today="2026-01-01", input_format=None)
TAIL = b'<MAKEINSTANCE eventID="e1" eiid="ei1"/><TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1"/>'
HEAD = b'<?xml version="1.0"?>\n<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06"/></DCT>'
TEXT = b'<TEXT>\nThe port <EVENT eid="e1">closed</EVENT> on <TIMEX3 tid="t1">Wednesday</TIMEX3> &amp; more.\n</TEXT>'

DOCTYPE = b'<!DOCTYPE TimeML SYSTEM "TimeML.dtd">'
DCT_1999 = b'<DCT><TIMEX3 value="1999-01-02"/></DCT>'

FILES = {
    "usual": HEAD + TEXT + TAIL + b"</TimeML>",
    "truncated in its annotations": HEAD + TEXT + TAIL[:30],
    "tail not well-formed": HEAD + TEXT + b"<TLINK></MAKEINSTANCE></TimeML>",
    "undefined entity in the tail": DOCTYPE + HEAD[22:] + TEXT + b"<X>&nbsp;</X></TimeML>",
    "undefined entity in the TEXT": DOCTYPE + HEAD[22:] + b"<TEXT>a&nbsp;b</TEXT></TimeML>",
    "DCT after TEXT": b"<TimeML>" + TEXT + DCT_1999 + b"</TimeML>",
    "two DCTs, the first without TIMEX3": b"<TimeML><DCT/>" + TEXT + DCT_1999 + b"</TimeML>",
    "TEXT is the root": b"<TEXT>On Monday <b>it</b> rained.</TEXT>",
    "TEXT nested before the root's own": b"<TimeML><META><TEXT>meta</TEXT></META>" + TEXT + b"</TimeML>",
    "only a nested TEXT": b"<TimeML><META><TEXT>meta</TEXT></META></TimeML>",
    "comment before the root": b"<!-- <Other> --><TimeML>" + HEAD[30:] + TEXT + TAIL + b"</TimeML>",
    "namespaced root": b'<t:TimeML xmlns:t="urn:x"><DCT><TIMEX3 value="1998-02-06"/></DCT>' + TEXT + b"</t:TimeML>",
    "unbound prefix in the tail": HEAD + TEXT + b"<u:X/></TimeML>",
    "end tag with a space": HEAD + TEXT[:-7] + b"</TEXT >" + TAIL + b"</TimeML>",
    "latin-1 declared": b'<?xml version="1.0" encoding="ISO-8859-1"?><TimeML>' + TEXT[:-7] + b"caf\xe9</TEXT></TimeML>",
    "DCT value bad": b'<TimeML><DCT><TIMEX3 value="soon"/></DCT>' + TEXT + b"</TimeML>",
    "no TEXT": b"<TimeML><DCT/></TimeML>",
}


def _outcome(items) -> tuple:
    try:
        (item,) = list(items)
    except ArticleError as error:
        return ("error", str(error))
    return (item.body, item.published, item.date_origin)


def _whole_tree_only(monkeypatch, data: bytes) -> tuple:
    monkeypatch.setattr(timeml, "_text_and_dct", lambda _data: None)
    return _outcome(timeml.read_tml(data, id="a", where="a.tml", options=OPTIONS))


@pytest.mark.parametrize("name", sorted(FILES))
def test_reading_the_head_gives_what_the_whole_tree_gives(name, monkeypatch):
    data = FILES[name]
    shortcut = _outcome(timeml.read_tml(data, id="a", where="a.tml", options=OPTIONS))
    assert shortcut == _whole_tree_only(monkeypatch, data)


def test_the_one_pass_reads_usual_files_and_leaves_the_others_to_the_whole_tree():
    assert timeml._text_and_dct(FILES["usual"]) == ("\nThe port closed on Wednesday & more.\n", "1998-02-06")
    assert timeml._text_and_dct(FILES["namespaced root"]) is not None
    # the whole document is read, so a DCT after TEXT or a comment before the root are read in the one pass
    assert timeml._text_and_dct(FILES["DCT after TEXT"]) == ("\nThe port closed on Wednesday & more.\n", "1999-01-02")
    assert timeml._text_and_dct(FILES["two DCTs, the first without TIMEX3"])[1] == "1999-01-02"
    assert timeml._text_and_dct(FILES["TEXT nested before the root's own"])[0].startswith("\nThe port")
    assert timeml._text_and_dct(FILES["comment before the root"]) is not None
    for name in ("truncated in its annotations", "tail not well-formed", "undefined entity in the tail",
                 "TEXT is the root", "unbound prefix in the tail", "only a nested TEXT", "no TEXT"):
        assert timeml._text_and_dct(FILES[name]) is None, name
    with pytest.raises(ET.ParseError):
        ET.fromstring(FILES["undefined entity in the tail"])  # what the whole tree says, so the file is refused


def test_a_file_cut_in_its_annotations_is_still_refused():
    with pytest.raises(ArticleError, match="not well-formed TimeML"):
        list(timeml.read_tml(FILES["truncated in its annotations"], id="a", where="a.tml", options=OPTIONS))
