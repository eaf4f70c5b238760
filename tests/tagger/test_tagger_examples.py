"""Every example of the tagger's corpora (timeline/tagger/examples/*.yaml) as its own test case."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml

from timeline.tagger import tag

_EXAMPLES = resources.files("timeline.tagger").joinpath("examples")
_FIELDS = ("span", "type", "value", "mod")


def _load() -> tuple[list[Any], list[Any]]:
    positive, negative = [], []
    for entry in sorted(_EXAMPLES.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        data = yaml.safe_load(entry.read_text(encoding="utf-8"))
        family = entry.name.removesuffix(".yaml")
        for i, text in enumerate(data.get("texts", [])):
            negative.append(pytest.param(text, id=f"{family}-{i}"))
        for i, ex in enumerate(data.get("examples", [])):
            dct = ex["dct"] if "dct" in ex else data.get("dct")
            positive.append(pytest.param(ex, dct, id=f"{family}-{i}-{ex['text'][:40]}"))
    return positive, negative


POSITIVE, NEGATIVE = _load()


def _expected(spec: dict[str, Any]) -> dict[str, str]:
    want = {"type": spec.get("type", "DATE"), "value": str(spec["value"]), "mod": spec.get("mod", "")}
    if "span" in spec:
        want["span"] = spec["span"]
    return want


def _got(timex: Any, want: dict[str, str]) -> dict[str, str]:
    got = {"type": timex.type, "value": timex.value, "mod": timex.mod, "span": timex.text}
    return {k: got[k] for k in want}


def test_every_example_file_is_loaded() -> None:
    files = {e.name.removesuffix(".yaml") for e in _EXAMPLES.iterdir() if e.name.endswith(".yaml")}
    families = {case.id.split("-")[0] for case in POSITIVE + NEGATIVE}
    assert families == files
    assert "negative" in {case.id.split("-")[0] for case in NEGATIVE}


@pytest.mark.parametrize(("example", "dct"), POSITIVE)
def test_example(example: dict[str, Any], dct: str | None) -> None:
    found = tag(example["text"], dct)
    if "expect" in example:
        wants = [_expected(s) for s in example["expect"]]
        assert [_got(t, w) for t, w in zip(found, wants)] == wants and len(found) == len(wants), found
    else:
        want = _expected(example)
        assert len(found) == 1, found
        assert _got(found[0], want) == want


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text: str) -> None:
    assert tag(text, "2016-04-06") == []
