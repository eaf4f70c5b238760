"""Reports and frames that close a sentence, and a speaker a title keeps (events.yaml report_frame_sentences,
title_kept_report_examples and near misses)."""
import pytest

from timeline.events import extract
from timeline.events.lexicon import rules
from timeline.events.titles import shorten
from timeline.model import Article

SENTENCES = rules()["report_frame_sentences"]


@pytest.mark.parametrize("row", SENTENCES, ids=[f"{r['date']}-{r['sentence'][:40]}" for r in SENTENCES])
def test_a_closing_frame_gives_its_content_or_no_event(row):
    events = extract(Article(id="a", body=row["sentence"], published=row["published"]))
    assert [e.title for e in events if e.source.expression == row["date"]] == row["titles"]


@pytest.mark.parametrize("row", rules()["title_kept_report_examples"], ids=lambda r: r["title"][:40])
def test_a_kept_speaker_stays_after_what_was_told(row):
    assert " ".join(shorten(row["title"].split())) == row["kept"]


@pytest.mark.parametrize("title", rules()["title_kept_report_near_misses"], ids=lambda t: t[:40])
def test_a_messenger_of_what_happened_goes(title):
    kept = " ".join(shorten(title.split())).rstrip(",")
    assert kept == title or "said" not in kept.split()[-1:]
