"""The sentence splitter, run over the examples that sit beside its abbreviation table."""

import pytest

from timeline.rules import load_yaml
from timeline.text.sentences import glued_rules, split_sentences

EXAMPLES = load_yaml("timeline.text", "sentences.yaml")["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_sentence_examples(example):
    got = " | ".join(s.text for s in split_sentences(example["text"]))
    assert got == example["sentences"]


def test_offsets_point_into_the_text():
    text = "  First one here. Second one, with Gen. Smith.\n\nThird."
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text


def test_hostile_input_returns():
    titles = split_sentences("Mr. " * 50_000)  # an abbreviation never ends a sentence
    assert [(s.start, s.end) for s in titles] == [(0, 199_999)]
    dots = split_sentences("." * 100_000 + " A")
    assert [(s.start, s.end) for s in dots] == [(0, 100_000), (100_001, 100_002)]


GLUED = [(rule.name, text, pieces) for rule in glued_rules().rules for text, pieces in rule.split]
KEPT = [(rule.name, text) for rule in glued_rules().rules for text in rule.keep]


@pytest.mark.parametrize(("name", "text", "pieces"), GLUED, ids=[f"{n}: {t[:30]}" for n, t, _ in GLUED])
def test_glued_pieces_split(name, text, pieces):
    assert " | ".join(s.text for s in split_sentences(text)) == pieces, name


@pytest.mark.parametrize(("name", "text"), KEPT, ids=[f"{n}: {t[:30]}" for n, t in KEPT])
def test_glued_rules_keep_running_text(name, text):
    assert [s.text for s in split_sentences(text)] == [text], name


def test_every_glued_rule_has_examples_both_ways():
    for rule in glued_rules().rules:
        assert rule.split and rule.keep, rule.name


def test_not_after_words_are_read_as_words():
    # YAML reads a bare `on` as true: the table quotes it, so "on 25 June 2009 Dr Murray" keeps its sentence
    not_after = glued_rules().not_after
    assert "on" in not_after and "true" not in not_after
    assert [s.text for s in split_sentences("The Committee on Energy and Commerce heard the energy secretary.")] == [
        "The Committee on Energy and Commerce heard the energy secretary."]


def test_caption_name_rule_reads_pieces_other_rules_start():
    # "Last" starts a piece (a clause opener after a caption): "Last night" is then no caption run of four words,
    # so the name after it stays in its sentence, where a caption's run before the repeated name ends
    text = "Piers Morgan is back for a fourth stint as guest host Last night Piers Morgan hosted a live show."
    assert [s.text for s in split_sentences(text)] == [
        "Piers Morgan is back for a fourth stint as guest host", "Last night Piers Morgan hosted a live show."]
    text = "Piers Morgan is back for a fourth stint on the programme Piers Morgan hosted a live show."
    assert [s.text for s in split_sentences(text)] == [
        "Piers Morgan is back for a fourth stint on the programme", "Piers Morgan hosted a live show."]
