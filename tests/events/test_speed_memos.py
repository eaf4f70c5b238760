"""Work the event stage now does once (speed6): each memo and each cheaper first test gives what the plain reading
gave, on the tables' own examples and on titles made up of their words."""
import random

import pytest

from timeline.events.lexicon import rules
from timeline.events.polish import _without_joined_hedge
from timeline.events.subjects import _fits, _fits_alone, fits
from timeline.events.surnames import (_UNKNOWN, _only_quoted, _person_of, _person_of_in, _role_before,
                                      _role_before_in, article_names, name_bare_surname)

BARE = rules()["person_forms"]["bare_surname"]["examples"]
NAMES = ["Abdel Fattah Younes", "Merkel", "The company", "NATO", "Rebels", "The rebel fighters", "pro-rebel fighters",
         "He", "the woman", "The woman", "ADELA GUTIERREZ", "Jermaine and Randy Jackson", "Dr Conrad Murray", "BP",
         "Libya", "Tony Hayward's", "al-Obeidy", "Eman al-Obeidy", "Britain, France and Italy", "The former prime minister"]


@pytest.mark.parametrize("kind", ["person", "thing", "group"])
def test_fits_read_once_gives_the_plain_reading(kind):
    _fits_alone.cache_clear()
    for bare_plural in (False, True):
        for name in NAMES:
            assert fits(name, kind, (), bare_plural) == _fits(name, kind, (), bare_plural), name
            assert fits(name, kind, [], bare_plural) == _fits(name, kind, [], bare_plural), name  # a list, as callers pass
    assert _fits_alone.cache_info().hits > 0  # asked again, it is not worked out again


def test_fits_with_earlier_subjects_is_not_read_from_the_memo():
    # "Merkel" alone is no person; after "Angela Merkel" it is: the memo of the phrase alone must not answer for it
    assert not fits("Merkel", "person")
    assert fits("Merkel", "person", ["Angela Merkel"])
    assert not fits("Merkel", "person")


@pytest.mark.parametrize("example", BARE, ids=[e["title"][:40] for e in BARE])
def test_an_articles_names_answer_once_as_they_did(example):
    article = article_names(example["article"])
    fresh = article_names(example["article"])  # no memo yet: each question worked out as before
    words = {w.strip(",.'’s") for t in [example["title"], *example["article"]] for w in t.split() if w[:1].isupper()}
    for word in sorted(words):
        assert _person_of(word, article) == _person_of_in(word, fresh), word
        assert _person_of(word, article) == _person_of_in(word, fresh), word  # asked again: from the memo
    for name in {" ".join(n.words) for n in fresh.full()}:
        assert _role_before(name, article) == _role_before_in(name, fresh), name
    assert article.known.get(("person_of", sorted(words)[0]), _UNKNOWN) is not _UNKNOWN
    assert article.full() == [n for n in fresh.names if len(n.words) >= 2]
    assert name_bare_surname(example["title"], article, example.get("sentence", "")) == example["named"]
    assert article == fresh and hash(article) == hash(fresh)  # the memo is no part of the value


def test_a_sentence_without_quotations_writes_no_word_only_inside_one():
    assert not _only_quoted("Cheney", "Cheney thought it was going to be France, Thomas says", [])
    sentence = "“Cheney thought it was going to be France,” Thomas says"
    assert _only_quoted("Cheney", sentence, [(0, sentence.index("”") + 1)])
    assert not _only_quoted("Thomas", sentence, [(0, sentence.index("”") + 1)])


def test_a_joined_hedge_needs_an_and():
    joined = "Dr Murray encountered financial difficulties and reports suggest he filed for bankruptcy".split()
    assert _without_joined_hedge(joined, [w.lower() for w in joined]) \
        == "Dr Murray encountered financial difficulties and reportedly filed for bankruptcy"
    rng = random.Random(6)
    vocabulary = ["Dr", "Murray", "encountered", "difficulties", "reports", "suggest", "he", "filed", "for", "it",
                  "said", "that", "bankruptcy", "was", "killed"]
    for _ in range(2000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 12))]
        assert _without_joined_hedge(words, [w.lower() for w in words]) == " ".join(words)
