"""A long title is not cut before the condition a bare "if" opens (cuts5, titles._condition_end; events.yaml
title_condition_openers): "to check [if the port was safe ...]" asks "check what?", "would have needed to study
drama [if he had wanted to perform better]" says more than was said. The condition is kept whole up to
title_max_words, else up to the last phrase opener in reach; ", if" after a comma, a condition with no phrase in
reach and other openers ("when") are cut as before."""
import pytest

from timeline.events.lexicon import rules as events_rules
from timeline.events.titles import shorten

RULES = events_rules()


@pytest.mark.parametrize("example", RULES["title_condition_examples"], ids=lambda e: e["words"][:40])
def test_a_long_title_keeps_its_condition(example):
    assert " ".join(shorten(example["words"].split())) == example["title"]


@pytest.mark.parametrize("example", RULES["title_condition_near_misses"], ids=lambda e: e["words"][:40])
def test_an_aside_a_condition_out_of_reach_and_other_openers_are_cut_as_before(example):
    assert " ".join(shorten(example["words"].split())) == example["title"]


def test_a_short_title_is_kept_whole_as_before():
    words = "Rebels said they would attack Sirte if talks failed"
    assert " ".join(shorten(words.split())) == words


def test_a_past_perfect_wish_in_the_kept_condition_is_no_unmet_plan():
    from timeline.events.triggers import not_news_kind
    title = ("He told the BBC in a documentary that he would have needed to study drama at RADA rather than geology at "
             "Edinburgh University if he had wanted to perform better")
    assert not_news_kind(title, title + " in front of a hostile US public.") == ""
    # near miss: a plan told in the past perfect outside a condition stays not news
    assert not_news_kind("NTC fighters said they had planned for tanks and pickup trucks to lead the attack") == "plan"
