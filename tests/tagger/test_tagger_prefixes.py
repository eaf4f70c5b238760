"""timeline.tagger.prefixes: the first characters a rule's matches can begin with, read from its pattern."""

from __future__ import annotations

import pathlib

import pytest
import yaml

from timeline.tagger.prefixes import prefixes
from timeline.tagger.rules import grammar

_EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "timeline" / "tagger" / "examples"


@pytest.mark.parametrize(("pattern", "expected"), [
    ("(?:the )?week of", {"th", "we"}),
    (r"(?P<m>may|march)\.? \d", {"ma"}),
    (r"(?:(?P<q>[qh][1-4]))", {"q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"}),
    (r"(?<=\bon\s)the \d", {"th"}),  # a look-behind is zero-width: the next item decides
    (r"a?b", {"ab", "b"}),  # "b" alone: the match may end after one character
    (r"x(?:y|z)*", {"xy", "xz", "x"}),
    (r"\s++now", {" ", "\t", "\n", "\r", "\f", "\v"}),  # a repeat may go on: its prefix is open
    (r"[^s]ago", None),  # a negated class: unknown
    (r"\w+ ago", None),
    (r"(?i)may", None),  # inline flags: unknown
    (r"(a)\1", None),  # a back-reference: unknown
])
def test_prefixes_of_a_pattern(pattern: str, expected: set[str] | None) -> None:
    assert prefixes(pattern, 2) == (None if expected is None else frozenset(expected))


def _example_texts() -> list[str]:
    texts = []
    for path in sorted(_EXAMPLES.glob("*.yaml")):
        texts += [ex["text"] for ex in yaml.safe_load(path.read_text(encoding="utf-8"))["examples"]]
    return texts


@pytest.mark.slow
def test_every_match_in_the_examples_begins_with_a_prefix_of_its_rule() -> None:
    """Soundness on real matches: wherever a rule matches an example text, the match's first two characters
    are among (or extend) the prefixes read from the rule's pattern."""
    texts = [t.lower() for t in _example_texts()]
    checked = 0
    for rule in grammar().rules:
        starts = prefixes(rule.regex.pattern, 2)
        assert starts is not None, f"{rule.name}: its pattern should be readable"
        for text in texts:
            for i in range(len(text)):
                m = rule.regex.match(text, i)
                if m is None or m.end() == i:
                    continue
                head = text[i : i + 2]
                assert any(head.startswith(p) if len(p) < 2 else p == head for p in starts), (rule.name, text, i)
                checked += 1
    assert checked > 500
