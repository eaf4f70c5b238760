"""The tagger tries the rules at a capitalised name through the pattern of every rule until a text has tried that
name's two letters often (engine._NAME_BUCKET_AFTER), then through the two-letter bucket: both give the same tags."""

from __future__ import annotations

from importlib import resources

import yaml

from timeline.tagger import engine, tag

_EXAMPLES = resources.files("timeline.tagger").joinpath("examples")


def _texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted(_EXAMPLES.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".yaml"):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            texts += [(ex["text"], ex.get("dct", data.get("dct", "2016-04-06"))) for ex in data.get("examples", [])]
    return texts


def test_two_letter_buckets_and_the_pattern_of_every_rule_tag_the_same(monkeypatch):
    texts = _texts()
    assert len(texts) > 300
    # the examples one after another: one text with every month and weekday name, and each example alone
    whole = ("\n".join(text for text, _ in texts), "2016-04-06")
    monkeypatch.setattr(engine, "_NAME_BUCKET_AFTER", 10**9)
    every_rule = [tag(text, dct) for text, dct in [whole, *texts]]
    monkeypatch.setattr(engine, "_NAME_BUCKET_AFTER", 0)
    buckets = [tag(text, dct) for text, dct in [whole, *texts]]
    assert buckets == every_rule
    assert sum(map(len, buckets)) > 300


def test_a_text_that_repeats_a_name_is_tagged_the_same_before_and_after_its_bucket_is_used():
    text = "It fell in May. " * (engine._NAME_BUCKET_AFTER + 5)
    found = tag(text, "2016-04-06")
    assert [t.value for t in found] == ["2016-05"] * (engine._NAME_BUCKET_AFTER + 5)
