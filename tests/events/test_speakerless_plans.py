"""nonevents29: a plan told in the future as the title's verb, dated by its saying and its speaker named only in the
sentence, is no event (events.yaml not_news speakerless_plan); a told plan, a plan of its own date and a figure's real
event stay."""
from dataclasses import replace

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.events.lexicon import rules
from timeline.events.triggers import is_speakerless_plan, not_news_kind, told_plan_only
from timeline.model import Entry, Source

EXAMPLES = rules()["not_news"]["speakerless_plan"]["examples"]


def _before(sentence: str, date: str) -> str:
    return sentence[: sentence.index(date)]


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e['title'][:40]}-{e['plan']}" for e in EXAMPLES])
def test_speakerless_plan_examples(example):
    sentence = example["sentence"]
    assert is_speakerless_plan(example["title"], _before(sentence, example["date"])) is example["plan"]


def test_examples_hold_both_sides():
    assert {e["plan"] for e in EXAMPLES} == {True, False}


ALGERIA = "Algeria is to close the southern part of its border with Libya"


def test_the_date_must_be_the_sayings():
    sentence = f"{ALGERIA}, a local newspaper reported on Tuesday, the day after Algeria angered Libya's new rulers."
    assert is_speakerless_plan(ALGERIA, _before(sentence, "Tuesday"))
    own = "The Arab League will hold an urgent summit Tuesday to discuss Libya, MENA reported Monday, as talks began."
    assert not is_speakerless_plan("The Arab League will hold an urgent summit to discuss Libya",
                                   _before(own, "Tuesday"))


def test_a_future_nobody_tells_is_left_to_salience():
    sentence = "The African Union will try again Sunday to discuss a road map."
    assert not is_speakerless_plan("The African Union will try again to discuss a road map",
                                   _before(sentence, "Sunday"))


def test_the_saying_in_the_title_keeps_it():
    sentence = "Britain said on Tuesday it would send military officers to advise the rebels."
    assert not is_speakerless_plan("Britain said it would send military officers to advise the rebels",
                                   _before(sentence, "Tuesday"))


def test_a_speaker_polish_put_back_keeps_it():
    # the rule reads the finished title: a speaker polish put back after it tells the saying
    sentence = f"{ALGERIA}, a local newspaper reported on Tuesday."
    assert not is_speakerless_plan(f"{ALGERIA}, a local newspaper reported", _before(sentence, "Tuesday"))
    assert is_speakerless_plan(ALGERIA, _before(sentence, "Tuesday"))


def test_real_events_with_figures_stay():
    for title in ("The explosion killed 11 workers", "The well spilled 4.9 million barrels"):
        sentence = f"{title}, the government said on Friday, as the inquiry began."
        assert not is_speakerless_plan(title, _before(sentence, "Friday"))


def test_an_adverb_inside_the_future_is_allowed():
    sentence = ("“They are actually going to take a bunch of debris and shoot it into the preventer,” Admiral Thad "
                "Allen told CBS News yesterday.")
    assert is_speakerless_plan("They are actually going to take a bunch of debris", _before(sentence, "yesterday"))


def test_not_news_kind_is_left_as_it_was():
    # the rule reads the finished title and its sources' dates, at selection (pipeline._select)
    sentence = f"{ALGERIA}, a local newspaper reported on Tuesday, the day after Algeria angered Libya's new rulers."
    assert not_news_kind(ALGERIA, sentence) == ""


ALGERIA_QUOTE = (f"{ALGERIA}, a local newspaper reported on Tuesday, the day after Algeria angered Libya's new rulers "
                 "by giving safe haven to members of Muammar Gaddafi's family.")


def _entry(title: str, *sources: tuple[str, str, str]) -> Entry:
    return Entry(id="e", date="2011-08-30", mod="", title=title,
                 sources=[Source(article, quote, expression, published="2011-08-30")
                          for article, quote, expression in sources])


def test_the_told_plan_is_found_and_the_announcement_is_not():
    plan = _entry(ALGERIA, ("a", ALGERIA_QUOTE, "Tuesday"))
    told = _entry("BP announced that it would pay $20bn into a fund",
                  ("b", "BP announced on Tuesday that it would pay $20bn into a fund.", "Tuesday"))
    assert told_plan_only(plan) and not told_plan_only(told)


def test_a_plan_another_source_dates_as_its_own_day_stays():
    own = "Algeria is to close the southern part of its border with Libya on Tuesday, officials said."
    entry = _entry(ALGERIA, ("a", ALGERIA_QUOTE, "Tuesday"), ("b", own, "Tuesday"))
    assert not told_plan_only(entry)


def test_a_rejected_or_curated_plan_is_the_persons():
    rejected = replace(_entry(ALGERIA, ("a", ALGERIA_QUOTE, "Tuesday")), rejected=True)
    curated = replace(_entry(ALGERIA, ("a", ALGERIA_QUOTE, "Tuesday")), curated=("title",))
    assert not told_plan_only(rejected) and not told_plan_only(curated)


def built_with_and_without_planned(tmp_path, published: str, text: str) -> dict[tuple[str, ...], str]:
    """The file `timeline build` writes from one article (`text`, published on `published`), without and with
    --planned, by its flags."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(f'---\npublished: "{published}"\n---\n{text}', encoding="utf-8")
    outputs = {}
    for flags in ((), ("--planned",)):
        out = tmp_path / f"out{len(flags)}.yaml"
        result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(out), "-q", "--no-cache", *flags],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outputs[flags] = out.read_text(encoding="utf-8")
    return outputs


def test_a_build_leaves_out_the_told_plan_and_keeps_it_with_planned(tmp_path):
    outputs = built_with_and_without_planned(
        tmp_path, "2011-08-30", f"{ALGERIA_QUOTE}\nRebels took the town of Bin Jawad on Tuesday, a rebel spokesman said.\n")
    assert "Bin Jawad" in outputs[()] and "Algeria is to close" not in outputs[()]
    assert "Algeria is to close" in outputs[("--planned",)]
