"""The tagger tries at a start only the rules that can begin with its first three characters, each with its own pattern
(rules.candidates), instead of the one pattern of every rule (rules._every_rule, kept as the reference): at every
position of the example texts both find the same rules with the same spans and groups, so both tag the same."""

from __future__ import annotations

import dataclasses
from importlib import resources

import pytest
import yaml

from timeline.tagger import prefixes as prefix_reader
from timeline.tagger import rules, tag
from timeline.tagger.prefixes import prefixes

_EXAMPLES = resources.files("timeline.tagger").joinpath("examples")


def _texts() -> list[str]:
    texts = []
    for path in sorted(_EXAMPLES.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".yaml"):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            texts += [ex["text"] for ex in data.get("examples", [])]
    return texts


def _reference(lowered: str, at: int) -> dict[int, tuple[tuple[int, int], dict[str, tuple[int, int]]]]:
    """Each rule that matches at `at` (and not empty) by the one pattern of every rule: its span and groups' spans."""
    every = rules._every_rule()
    m = every.every.match(lowered, at)
    found = {}
    for i, top, named, _capitals in every.slots:
        if m is not None and m.end(top) > at:
            found[i] = (m.span(top), {name: m.span(idx) for name, idx in named})
    return found


def _dispatched(lowered: str, at: int) -> dict[int, tuple[tuple[int, int], dict[str, tuple[int, int]]]]:
    found = {}
    for i, match, named, _capitals in rules.candidates(lowered[at : at + rules.KEY_CHARS]):
        m = match(lowered, at)
        if m is not None and m.end() > at:
            found[i] = (m.span(), {name: m.span(idx) for name, idx in named})
    return found


def test_the_rules_of_a_start_s_key_match_there_as_the_pattern_of_every_rule_does():
    texts = _texts()
    assert len(texts) > 300
    hits = 0
    for text in texts:
        lowered = text.lower()
        for at in range(len(lowered)):
            reference = _reference(lowered, at)
            assert _dispatched(lowered, at) == reference, (text, at)
            hits += len(reference)
    assert hits > 1000  # the examples do reach the rules


def test_a_key_leaves_out_the_rules_that_cannot_begin_with_it():
    names = {key: {rules.grammar().rules[slot[0]].name for slot in rules.candidates(key)}
             for key in ("mon", "may", "199", "zzz", "'90", "ma")}
    assert "weekday" in names["mon"] and "month" not in names["mon"] and "year" not in names["mon"]
    assert "month" in names["may"] and "weekday" not in names["may"]
    assert "year" in names["199"] and "weekday" not in names["199"]
    assert names["zzz"] == set()
    assert names["'90"] == {"decade"}
    assert names["ma"] == set()  # the text ends there: no month is that short


def test_a_text_that_repeats_a_name_is_tagged_every_time():
    found = tag("It fell in May. " * 80, "2016-04-06")
    assert [t.value for t in found] == ["2016-05"] * 80


def test_a_name_in_lower_case_is_no_month():
    assert tag("They may come.", "2016-04-06") == []


def test_the_shipped_rules_compile_alone():
    for i in range(len(rules.grammar().rules)):
        assert rules.rule_slot(i)[0] == i


def _with_last_rule(monkeypatch: pytest.MonkeyPatch, source: str) -> tuple[int, str]:
    gram = rules.grammar()
    last = len(gram.rules) - 1
    rule = dataclasses.replace(gram.rules[last], source=source)
    changed = dataclasses.replace(gram, rules=(*gram.rules[:last], rule))
    monkeypatch.setattr(rules, "grammar", lambda: changed)
    return last, gram.rules[last].name


def test_a_rule_that_matches_the_empty_string_is_refused(monkeypatch):
    last, name = _with_last_rule(monkeypatch, r"(?:the\s++)?(?P<d>\d*)")
    with pytest.raises(ValueError, match=f"rule {name} matches the empty string"):
        rules.rule_slot.__wrapped__(last)


def test_a_rule_with_an_unnamed_group_is_refused(monkeypatch):
    last, name = _with_last_rule(monkeypatch, r"(\d+) days")
    with pytest.raises(ValueError, match=f"rule {name} has an unnamed capturing group"):
        rules.rule_slot.__wrapped__(last)


# The prefix reader reads a group once by its text (prefixes._GROUPS): the rules repeat the same expanded sub-patterns.
@pytest.mark.parametrize(("first", "then", "expected"), [
    (r"(?:ab|cd)x", r"(?:ab|cd)?x", {"abx", "cdx", "x"}),  # the quantifier after a group read before still applies
    (r"(?:ab|cd)x", r"q(?:ab|cd)", {"qab", "qcd"}),  # and the group inside another sequence
    (r"(?:a\)b|c)", r"(?:a\)b|c)d", {"a)b", "cd"}),  # an escaped parenthesis does not close the group
    (r"(?:[)(]|e)", r"(?:[)(]|e)f", {")f", "(f", "ef"}),  # nor one inside a class
    (r"(?=ab)", r"(?=ab)ac", {"ac"}),  # a look-ahead stays zero-width when read again
])
def test_a_group_read_before_reads_as_it_did(first: str, then: str, expected: set[str]) -> None:
    prefixes(first, 3)
    assert prefixes(then, 3) == frozenset(expected)
    assert prefixes(then, 3) == _fresh_prefixes(then, 3)


def _fresh_prefixes(pattern: str, k: int) -> frozenset[str] | None:
    saved = dict(prefix_reader._GROUPS)
    prefix_reader._GROUPS.clear()
    try:
        return prefixes(pattern, k)
    finally:
        prefix_reader._GROUPS.clear()
        prefix_reader._GROUPS.update(saved)


def test_every_rule_reads_the_same_prefixes_with_and_without_the_groups_read_before() -> None:
    for rule in rules.grammar().rules:
        for k in (1, 2, rules.KEY_CHARS):
            assert prefixes(rule.source, k) == _fresh_prefixes(rule.source, k), rule.name
