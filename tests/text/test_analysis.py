"""The text analysis, run over the examples beside it (timeline/text/analysis.yaml)."""

import pytest

from timeline.model import Article
from timeline.events import extract
from timeline.read.pubdate import body_dateline
from timeline.rules import load_yaml
from timeline.tagger import tag
from timeline.text import analyse
from timeline.text.chronology import opens_item
from timeline.text.clauses import tense_clause_break
from timeline.text.quotes import closes_earlier_quotation, closing_quote, is_open_at, opens_before, quote_marks
from timeline.text.tense import tense_cue

EXAMPLES = load_yaml("timeline.text", "analysis.yaml")


@pytest.mark.parametrize("example", EXAMPLES["analyses"], ids=[e["text"][:40] for e in EXAMPLES["analyses"]])
def test_analysis_examples(example):
    text = example["text"]
    analysis = analyse(text)
    assert " | ".join(s.text for s in analysis.sentences) == example["sentences"]
    assert list(analysis.chronology) == example["chronology"]
    clauses = []
    for index, sentence in enumerate(analysis.sentences):
        breaks = analysis.clause_breaks(index)
        cuts = [0] + [offset for span in breaks for offset in span] + [len(sentence.text)]
        clauses.append(" / ".join(sentence.text[a:b] for a, b in zip(cuts[::2], cuts[1::2])))
    assert clauses == example["clauses"]
    assert ["".join(s.text[i] for i in marks) for s, marks in zip(analysis.sentences, analysis.quote_marks)] \
        == example["quote_marks"]


def test_offsets_point_into_the_text():
    text = "Rebels seized the airport on Monday.\n\nTalks began on Tuesday, officials said."
    analysis = analyse(text)
    for sentence in analysis.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert analysis.sentence_at(sentence.start) == sentence
        assert analysis.sentence_at(sentence.end - 1) == sentence
    assert analysis.sentence_at(text.index("\n\n")) is None  # between two sentences
    words = [text[a:b] for a, b in zip(analysis.words().starts, analysis.words().ends)]
    assert words[:6] == ["Rebels", "seized", "the", "airport", "on", "Monday"]
    assert len(words) == 12


@pytest.mark.parametrize("example", EXAMPLES["items"], ids=[e["sentence"][:30] for e in EXAMPLES["items"]])
def test_chronology_items(example):
    assert opens_item(example["sentence"], example["expression"]) is example["item"]


@pytest.mark.parametrize("example", EXAMPLES["closing_quotes"], ids=[e["text"] for e in EXAMPLES["closing_quotes"]])
def test_closing_quotes(example):
    assert (closing_quote().search(example["text"]) is not None) is example["closes"]


@pytest.mark.parametrize("example", EXAMPLES["tense_breaks"], ids=[e["text"] for e in EXAMPLES["tense_breaks"]])
def test_tense_clause_breaks(example):
    assert (tense_clause_break().search(example["text"]) is not None) is example["breaks"]


def test_the_tagger_reads_no_tense_for_a_chronology_items_date():
    # "Feb 24 - militias take control" in an August story: a headline's present tense is no future cue
    body = "Feb 24 - Militias take control of the city.\nThe talks will resume soon."
    assert [t.value for t in tag(body, "2011-08-20")][:1] == ["2011-02-24"]


@pytest.mark.parametrize("body,dateline", [
    ("INNSBRUCK, March 10 — Prosecutors in Innsbruck on Wednesday charged the head of piste safety.", "March 10"),
    ("DURHAM, England, March 3, 2022 – Tidewater Energy said on Thursday that it bought the site.", "March 3, 2022"),
    ("Feb. 12 — Whitcombe is reinstated.", None),  # no place: an item of a chronology
    ("Prosecutors said on March 10 — a Thursday — that they charged him.", None),
])
def test_the_reader_finds_the_dateline_in_the_body(body, dateline):
    span = body_dateline(body)
    assert (body[span[0]:span[1]] if span else None) == dateline


def test_the_event_stage_takes_the_dateline_from_the_article():
    body = "INNSBRUCK, March 10 — Prosecutors charged the head of piste safety."
    with_dateline = Article(id="a", body=body, published="2022-03-10", dateline=body_dateline(body))
    without = Article(id="a", body=body, published="2022-03-10")
    assert [e.date for e in extract(with_dateline)] == []  # the dateline's date is the report's
    assert [e.date for e in extract(without)] == ["2022-03-10"]  # as an article without a dateline would read


@pytest.mark.parametrize("text,phrase,tense", [
    ("Talks will resume in March.", "March", ("future", False)),
    ("The ceasefire collapsed in March.", "March", ("past", False)),
    ("In March, police said, the talks failed.", "March", ("past", True)),  # "said" after: the quote's verb
    ("The leaders met in May. Talks resume in March.", "March", ("future", False)),  # the cue of another sentence
    ("The summit will be held in March.", "March", ("future", False)),  # "be held": a participle
    ("In March the NATO-led and Western-backed alliance.", "March", ("", False)),  # adjectives in -ed
    ("It had been due to expire in March.", "March", ("past", False)),  # the future in the past
])
def test_the_tense_cue_of_a_date(text, phrase, tense):
    start = text.index(phrase)
    assert tense_cue(analyse(text), start, start + len(phrase)) == tense


@pytest.mark.parametrize("sentence,at,open_,opened", [
    ('He said: "Tonight we act', "Tonight", True, True),
    ('"We act," he said tonight', "tonight", False, True),
    ("“Tonight we act”", "Tonight", True, True),
    ("He spoke tonight", "tonight", False, False),
])
def test_quotation_open_at_a_point(sentence, at, open_, opened):
    offset = sentence.index(at)
    assert is_open_at(sentence, quote_marks(sentence), offset) is open_
    assert opens_before(sentence, quote_marks(sentence), offset) is opened


def test_a_reporting_clause_closes_an_earlier_quotation():
    sentence = 'Last night I held him again," said his wife.'
    assert closes_earlier_quotation(sentence, len("Last night"))
    assert not closes_earlier_quotation("Last night I held him again, said his wife.", len("Last night"))


def _fronted_by_rescan(text: str, start: int, end: int) -> bool:
    """The fronted test by its definition: every word from the sentence's start to the date is a lead, a comma
    follows the date (the reference the memoised reading must equal)."""
    import re

    from timeline.text.analysis import WORD
    from timeline.text.lexicon import table

    sentence = analyse(text).sentence_at(start)
    if sentence is None or not re.compile(r"\s*,").match(text, end):
        return False
    leads = {str(w) for w in table()["fronted_date_leads"]}
    return all(w.lower() in leads for w in WORD.findall(text, sentence.start, start))


@pytest.mark.parametrize("text", [
    "Also on Monday, officials said the talks would resume.",
    "Officials said on Monday, the talks would resume.",
    "And then on Monday, and later on Tuesday, they met.",
    "Alsoon Monday, they met.",  # a word that is no lead, though made of two
    "On May 5, a, b, the army, On May 5, a, b, the army, " * 3,
    "Also on also on also on, Monday, Friday, later",
])
def test_fronted_reads_as_its_definition_at_every_offset(text):
    # every offset, also inside words (a word across the date's start counts as its part before it)
    from timeline.text.tense import _fronted

    analysis = analyse(text)
    for start in range(len(text)):
        for end in (start + 1, min(len(text), start + 6)):
            assert _fronted(analysis, start, end) is _fronted_by_rescan(text, start, end), (start, end)
