"""The rule tables' checks, read from the one pattern of every rule (rules._check): a rule that matches the empty
string or has an unnamed capturing group is refused, by name; the shipped rules pass."""

from __future__ import annotations

import dataclasses
import re

import pytest

from timeline.tagger import rules


def _every_with(source: str) -> tuple[rules.Bucket, tuple[rules.Rule, ...]]:
    """The shipped rules with the last one's pattern replaced, as one bucket (the way _every_rule builds it)."""
    gram = rules.grammar()
    last = len(gram.rules) - 1
    changed = (*gram.rules[:last], dataclasses.replace(gram.rules[last], source=source))
    tagged = (*gram.tagged[:last], f"(?:(?=(?P<r{last}>" + source.replace("(?P<", f"(?P<r{last}_") + "))|)")
    bucket = rules.Bucket(every=re.compile("".join(tagged)), slots=rules._every_rule().slots[:last] + (
        (last, 0, (), ()),), tops=())
    return bucket, changed


def test_the_shipped_rules_pass():
    rules._check(rules._every_rule(), rules.grammar().rules)


def test_a_rule_that_matches_the_empty_string_is_refused():
    bucket, changed = _every_with(r"(?:the\s++)?(?P<d>\d*)")
    with pytest.raises(ValueError, match=f"rule {changed[-1].name} matches the empty string"):
        rules._check(bucket, changed)


def test_a_rule_with_an_unnamed_group_is_refused():
    bucket, changed = _every_with(r"(\d+) days")
    with pytest.raises(ValueError, match=f"rule {changed[-1].name} has an unnamed capturing group"):
        rules._check(bucket, changed)
