"""A plan told only as a plan (events.yaml future_only_plan, triggers.told_future_only): a speakerless future
title whose every source tells it in the future is a schedule with no outcome; a joined outcome, a saying, a past
before the future and a refusal stay."""
import pytest

from timeline.events.lexicon import rules
from timeline.events.triggers import told_future_only
from timeline.model import Entry, Source

EXAMPLES = rules()["future_only_plan"]["examples"]


def entry(title: str, quotes: list[str], **kw: object) -> Entry:
    return Entry(id="x", date="2011-07-29", mod="", title=title,
                 sources=[Source(article=f"a{i}.htm", quote=q, expression="Friday", published="2011-07-29")
                          for i, q in enumerate(quotes)], **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["title"][:40] for e in EXAMPLES])
def test_table_examples(example: dict) -> None:
    assert told_future_only(entry(example["title"], example["quotes"])) is example["plan"]


def test_the_table_has_both_kinds() -> None:
    assert {e["plan"] for e in EXAMPLES} == {True, False}


def test_a_plan_on_the_pages_day_goes() -> None:
    assert told_future_only(entry("The U.N. Security Council will impose sanctions on the Pakistani Taliban",
                                  ["The U.N. Security Council on Friday will impose sanctions on the Pakistani "
                                   "Taliban, an extremist Islamic organization."]))


def test_an_outcome_joined_keeps_it() -> None:
    assert not told_future_only(entry(
        "The U.N. Security Council will impose sanctions on the Pakistani Taliban",
        ["The U.N. Security Council on Friday will impose sanctions on the Pakistani Taliban.",
         "The Security Council imposed sanctions on the Pakistani Taliban on Friday."]))


def test_a_persons_entry_stays() -> None:
    quotes = ["The group will be added Friday to a U.N. blacklist."]
    title = "The Pakistani Taliban will be added to a U.N. blacklist"
    assert not told_future_only(entry(title, quotes, rejected=True))
    assert not told_future_only(entry(title, quotes, curated=("title",)))


def test_a_past_title_is_not_a_plan() -> None:
    assert not told_future_only(entry("Rebels captured Brega", ["Rebels captured Brega on Friday and will march on."]))
