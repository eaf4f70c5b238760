"""The glued rules' needs (speed10): a rule whose pattern cannot match without a string (`needs`), a run of words in
capitals (`needs_match`) or one of its opening words after a lower-case word (`needs_words`) is not scanned on a text
without it. These tests check that each need is necessary (every match of the rule, on its examples and on random
texts made of them, stands in a text that has it), that `needs_words` names exactly the words the pattern opens with,
and that the splitter gives the same pieces with the needs as without them."""

import dataclasses
import random
import re
from pathlib import Path

import pytest

from timeline.text import sentences
from timeline.text.sentences import (
    _CAPITAL_AFTER_LOWER,
    _capitals_after_lower,
    _glued_starts,
    _has_need,
    glued_rules,
    split_sentences,
)

RULES = glued_rules().rules
NEEDING = [rule for rule in RULES if rule.needs or rule.needs_match or rule.needs_words]
ALL_EXAMPLES = [text for rule in RULES for text in (*(t for t, _ in rule.split), *rule.keep)]


def _texts(seed: int, count: int) -> list[str]:
    """Random texts made of the rules' examples: pieces glued with a space, a newline or nothing, some cut."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randint(1, 4)):
            text = rng.choice(ALL_EXAMPLES)
            if rng.random() < 0.3:
                start = rng.randrange(len(text))
                text = text[start:start + rng.randint(5, 80)]
            pieces.append(text)
        texts.append(rng.choice([" ", "\n", "", " and "]).join(pieces))
    return texts


def test_some_rules_name_a_need_of_each_kind():
    assert any(rule.needs for rule in RULES)
    assert any(rule.needs_match for rule in RULES)
    assert any(rule.needs_words for rule in RULES)
    # the three heading rules share one compiled pattern, so a text is searched for it once
    shared = {id(rule.needs_match) for rule in RULES if rule.needs_match is not None}
    assert len(shared) == 1


@pytest.mark.parametrize("rule", NEEDING, ids=[rule.name for rule in NEEDING])
def test_every_match_stands_in_a_text_with_the_need(rule):
    texts = [t for t, _ in rule.split] + list(rule.keep) + ALL_EXAMPLES + _texts(7, 1500)
    matched = 0
    for text in texts:
        for match in rule.pattern.finditer(text):
            matched += 1
            assert _has_need(text, rule, {}), (rule.name, text, match.group())
            if rule.needs_words:
                at = match.start()
                word = _CAPITAL_AFTER_LOWER.match(text, at)
                assert word is not None and word.group(1) in rule.needs_words, (rule.name, text[at:at + 30])
    assert matched >= len(rule.split)  # the split examples match: the check above ran


def _alternation_words(source: str) -> set[str]:
    """The capitalised words a pattern's alternatives open with: after `(?:`, `(?-i:` or `|`, outside classes."""
    source = re.sub(r"\[[^\]]*\]", "", source)
    return set(re.findall(r"(?:(?<=\(\?:)|(?<=\(\?-i:)|(?<=\|))([A-Z][a-z]*)", source))


@pytest.mark.parametrize("rule", [r for r in RULES if r.needs_words], ids=[r.name for r in RULES if r.needs_words])
def test_needs_words_are_the_words_the_pattern_opens_with(rule):
    assert set(rule.needs_words) == _alternation_words(rule.pattern.pattern)


def test_alternation_words_reads_first_words_only():
    assert _alternation_words(r" (?=[A-Z])(?-i:(?:Prime Minister|King) (?:[A-Z][a-z]++ ))") == {"Prime", "King"}
    assert _alternation_words(r" (?-i:More than|At least)(?= \d)") == {"More", "At"}


@pytest.mark.parametrize("text, words", [
    ("around the world There was no sign", {"There"}),
    ("cases up by 95 The healthcare worker", {"The"}),
    ("described that as” The worst", {"The"}),
    ("He said. The war", set()),  # after a stop: no glued piece
    ("Officials in The Hague", {"The", "Hague"}),
    ("the US said Obama", {"U", "Obama"}),  # a word is its capital and the lower-case letters after it
    ("NATO THE END", set()),
])
def test_capitals_after_lower(text, words):
    assert _capitals_after_lower(text) == words


@pytest.mark.parametrize("text, rule_name, has", [
    ("Thousands of fishermen could join US class actions over oil spill cents More lawsuits.", "bullet read as cents",
     True),
    ("The fare rose by 40 dollars Monday.", "bullet read as cents", False),
    ("Barry Bonds trial -- The jury met.", "heading before a dash", True),
    ("Barry Bonds trial - The jury met.", "heading before a dash", False),
    ("QUICK COLLAPSE EVOKES DEFEAT The end.", "heading in capitals after", True),
    ("NATO and EU officials met.", "heading in capitals after", False),
    ("London swine flu cases up by 95 The healthcare worker fell ill.", "opener after a caption", True),
    ("London swine flu cases rose. The healthcare worker fell ill.", "opener after a caption", False),
])
def test_has_need(text, rule_name, has):
    rule = next(r for r in RULES if r.name == rule_name)
    assert _has_need(text, rule, {}) is has


def _without_needs(monkeypatch):
    plain = dataclasses.replace(glued_rules(), rules=tuple(
        dataclasses.replace(rule, needs=(), needs_match=None, needs_words=frozenset()) for rule in RULES))
    monkeypatch.setattr(sentences, "glued_rules", lambda: plain)


def _corpus() -> list[str]:
    root = Path(__file__).resolve().parents[2]
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted((root / "articles").rglob("*"))
             if path.is_file()]
    return texts + ALL_EXAMPLES + _texts(11, 3000)


def test_the_same_starts_with_and_without_the_needs(monkeypatch):
    texts = _corpus()
    with_needs = [list(_glued_starts(text)) for text in texts]
    assert any(with_needs)
    _without_needs(monkeypatch)
    assert [list(_glued_starts(text)) for text in texts] == with_needs


def test_a_text_without_the_need_is_not_scanned(monkeypatch):
    rule = next(r for r in RULES if r.name == "bullet read as cents")
    scanned = []

    class Spy:
        def __init__(self, pattern):
            self.pattern, self.groupindex = pattern, pattern.groupindex

        def finditer(self, text):
            scanned.append(text)
            return self.pattern.finditer(text)

    spied = dataclasses.replace(glued_rules(), rules=tuple(
        dataclasses.replace(r, pattern=Spy(r.pattern)) if r is rule else r for r in RULES))
    monkeypatch.setattr(sentences, "glued_rules", lambda: spied)
    split_sentences("The price rose by 40 dollars on Monday.")
    assert scanned == []
    split_sentences("Chance of success put at 50-70 % cents Untried deep underwater tactic uses heavy mud.")
    assert len(scanned) == 1
