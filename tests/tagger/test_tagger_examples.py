"""Every example of the tagger's corpora (timeline/tagger/examples/*.yaml) and of its "not a date" filters
(timeline/tagger/rules/filters.yaml) as its own test case, and the filter table's own consistency."""

from __future__ import annotations

import pathlib
from importlib import resources
from typing import Any

import pytest
import yaml

from timeline.tagger import filters, tag
from timeline.tagger.ranges import TAIL_RULE
from timeline.tagger.rules import grammar

_TAGGER = resources.files("timeline.tagger")
_EXAMPLES = _TAGGER.joinpath("examples")
_FILTERS = yaml.safe_load(_TAGGER.joinpath("rules", "filters.yaml").read_text(encoding="utf-8"))


def _cases(family: str, data: dict[str, Any]) -> list[Any]:
    """One test case per example of a file (or of a filter), with the DCT it runs against."""
    cases = []
    for i, ex in enumerate(data.get("examples", [])):
        dct = ex["dct"] if "dct" in ex else data.get("dct")
        cases.append(pytest.param(ex, dct, id=f"{family}-{i}-{ex['text'][:40]}"))
    return cases


def _load() -> list[Any]:
    cases = []
    for entry in sorted(_EXAMPLES.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            cases += _cases(entry.name.removesuffix(".yaml"), yaml.safe_load(entry.read_text(encoding="utf-8")))
    for rule in _FILTERS["filters"]:
        cases += _cases(f"filter:{rule['name']}", {"dct": _FILTERS["dct"], **rule})
    return cases


EXAMPLES = _load()


def _expected(spec: dict[str, Any]) -> dict[str, str]:
    want = {"type": spec.get("type", "DATE"), "value": str(spec["value"]), "mod": spec.get("mod", "")}
    for optional in ("span", "rule"):
        if optional in spec:
            want[optional] = spec[optional]
    return want


def _got(timex: Any, want: dict[str, str]) -> dict[str, str]:
    got = {"type": timex.type, "value": timex.value, "mod": timex.mod, "span": timex.text, "rule": timex.rule}
    return {k: got[k] for k in want}


def test_every_example_file_is_loaded() -> None:
    files = {e.name.removesuffix(".yaml") for e in _EXAMPLES.iterdir() if e.name.endswith(".yaml")}
    families = {case.id.split("-")[0] for case in EXAMPLES}
    assert families == files | {f"filter:{rule['name']}" for rule in _FILTERS["filters"]}
    assert any(case.values[0].get("expect") == [] for case in EXAMPLES if case.id.startswith("negative-"))


@pytest.mark.parametrize(("example", "dct"), EXAMPLES)
def test_example(example: dict[str, Any], dct: str | None) -> None:
    found = tag(example["text"], dct)
    if "expect" in example:
        wants = [_expected(s) for s in example["expect"]]
        assert [_got(t, w) for t, w in zip(found, wants)] == wants and len(found) == len(wants), found
    else:
        want = _expected(example)
        assert len(found) == 1, found
        assert _got(found[0], want) == want, found[0]


def test_examples_name_rules_that_exist() -> None:
    names = {rule.name for rule in grammar().rules} | {TAIL_RULE}
    named = [spec["rule"] for case in EXAMPLES for spec in [case.values[0], *case.values[0].get("expect", [])]
             if "rule" in spec]
    assert named and set(named) <= names, set(named) - names


@pytest.mark.parametrize("rule", _FILTERS["filters"], ids=lambda rule: rule["name"])
def test_filter_has_what_it_blocks_and_a_near_miss_it_keeps(rule: dict[str, Any]) -> None:
    examples = rule["examples"]
    assert any(ex.get("expect") == [] for ex in examples), "no text it blocks"
    assert any("value" in ex or ex.get("expect") for ex in examples), "no near miss it keeps"
    if "code" in rule:
        assert callable(getattr(filters, rule["code"], None)), f"no function filters.{rule['code']}"


@pytest.mark.parametrize("rule", [r for r in _FILTERS["filters"] if "code" not in r], ids=lambda rule: rule["name"])
def test_pattern_filter_fires_in_every_text_it_blocks(rule: dict[str, Any]) -> None:
    compiled = filters.table()[rule["name"]]
    assert compiled.regex is not None
    for ex in rule["examples"]:
        if ex.get("expect") != []:
            continue
        text = ex["text"]
        if compiled.looks == "before":
            hit = any(compiled.regex.search(text[max(0, i - compiled.chars) : i]) for i in range(1, len(text)))
        else:
            hit = any(compiled.regex.match(text[i : i + compiled.chars]) for i in range(1, len(text)))
        assert hit, f"{rule['name']} never fires in {text!r}"


def test_every_filter_is_asked_for_by_the_code() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in pathlib.Path(str(_TAGGER)).rglob("*.py"))
    for rule in _FILTERS["filters"]:
        asked = f'fires("{rule["name"]}"' in source or f'code_words()["{rule["name"]}"]' in source
        assert asked or ("code" in rule and not rule.get("words")), f"no code asks for filter {rule['name']}"
