"""The glued rules' speed contract (datescli2): what each pattern opens with, and the Python shortcuts that read the
word before a match and the text's lower-case words give what the slower forms they replace gave."""

import random
import re

import pytest

from timeline.text.sentences import _LAST_WORD, _last_word, _written_as_token, glued_rules, split_sentences

RULES = glued_rules().rules


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_glued_pattern_opens_with_a_character_it_consumes(rule):
    # a literal or a class the regex engine skips to at C speed; a look-around or `\b` first is tried at every
    # character of every text (the "name after a caption's date" rule opened with `\b`: 10 ms a copy of TimeBank)
    first = rule.pattern.pattern[:2]
    assert not first.startswith(("(?", "\\b", "\\B", "^")), rule.pattern.pattern[:40]


def test_the_date_rule_opens_at_the_n_of_in_and_on_and_splits_at_the_space_after_the_date():
    text = "Number Ones last topped the UK album chart in 2003 Michael Jackson has topped the chart again."
    assert [s.text for s in split_sentences(text)] == [
        "Number Ones last topped the UK album chart in 2003", "Michael Jackson has topped the chart again."]
    # the word boundary the old opening read: "within 2003" and "Caen Monday" are no "in"/"on" before a date
    for keep in ("Sales rose within 2003 Michael Jackson has topped the chart again.",
                 "The talks said on Monday Gaddafi's son was killed."):
        assert len(split_sentences(keep)) == 1


WINDOWS = [
    "the quarantined Mexicans", "was a ` nightmare'", "described that as”", "al-Jala", "Jackson's", "95",
    "x" * 45, "a " + "y" * 39, "a " + "y" * 40, "word\n", "word)\n", "(pictured)", "“been through a lot”", "",
    " ", "end.", "O’Neill", "under_score", "émigré", "٣٤", "a-b-c-", "said\"", "—", "x”)",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_last_word_is_the_search_it_replaces(window):
    text = "Some words before " + window
    for end in range(len(text) + 1):
        expected = _LAST_WORD.search(text, max(0, end - 41), end)
        got = _last_word(text, end)
        assert (got and (got.span(), got.group(1))) == (expected and (expected.span(), expected.group(1)))


def test_last_word_on_random_text():
    rng = random.Random(2)
    alphabet = "ab9_'’-”\")( \n.é"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for end in range(len(text) + 1):
            expected = _LAST_WORD.search(text, max(0, end - 41), end)
            got = _last_word(text, end)
            assert (got and got.span()) == (expected and expected.span()), (text, end)


def _tokens_way(text: str, word: str) -> bool:
    tokens = frozenset(text.split())
    return any(word + end in tokens for end in ("", ",", ".", ";", ":"))


@pytest.mark.parametrize("text, word, expected", [
    ("Current treatments do work. the current vaccine is costly.", "current", True),
    ("a current, then", "current", True),
    ("a current: then", "current", True),
    ("a current.", "current", True),
    ("concurrent currents", "current", False),  # inside other words only
    ("current,, here", "current", False),  # two marks: another token
    ("the current\u00a0vaccine", "current", True),  # a no-break space separates tokens as str.split does
    ("", "current", False),
])
def test_written_as_token(text, word, expected):
    assert _written_as_token(text, word) is expected
    assert _tokens_way(text, word) is expected


def test_written_as_token_on_random_text():
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice("ab ,.;:\n\t\u00a0x") for _ in range(rng.randint(0, 14)))
        word = "".join(rng.choice("abx") for _ in range(rng.randint(1, 3)))
        assert _written_as_token(text, word) == _tokens_way(text, word), (text, word)


def test_a_possessive_quote_still_blocks_the_quotation_rule():
    # the quotation rule now checks the mark first: the look-behinds after it still apply
    assert len(split_sentences("The chief executive's “I want my life back” comment was a slip.")) == 1
    assert re.search(r"\(\?=\[“\"\]\)", next(r for r in RULES if r.name == "quotation after a caption").pattern.pattern)
