"""A restrictive relative (no comma) after a bare definite noun is not cut from a title (cuts6,
titles._restrictive_relative_end; events.yaml title_restrictive_relative_openers): "killed from the drugs [which Dr
Murray said he had given to the singer]" without it asks "which drugs?". Kept up to its clause's end when that fits
title_max_words; ", which" asides, indefinite or fuller noun phrases, names and relatives too long to fit are cut as
before."""
import pytest

from timeline.events.lexicon import rules as events_rules
from timeline.events.titles import shorten

RULES = events_rules()


@pytest.mark.parametrize("example", RULES["title_restrictive_relative_examples"], ids=lambda e: e["words"][:40])
def test_a_bare_definite_noun_keeps_its_restrictive_relative(example):
    assert " ".join(shorten(example["words"].split())) == example["title"]


@pytest.mark.parametrize("example", RULES["title_restrictive_relative_near_misses"], ids=lambda e: e["words"][:40])
def test_asides_fuller_nouns_names_and_long_relatives_are_cut_as_before(example):
    assert " ".join(shorten(example["words"].split())) == example["title"]


def test_other_openers_after_a_bare_definite_noun_are_cut_as_before():
    words = "Crews corked the tunnel because the pressure rose in the afternoon"
    assert " ".join(shorten(words.split())) == "Crews corked the tunnel"
