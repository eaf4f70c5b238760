"""Work the event stage now does once (buildcpu3): each faster reading gives what the plain one gave."""
import random

from timeline.events.lexicon import _event_class_table, event_classes, stem
from timeline.events.polish import _bare, _words, rules, without_repeated_words
from timeline.events.titles import subject_asides
from timeline.events.triggers import _any_shape, not_news
from timeline.events.triggers import rules as event_rules

KIND_TITLES = [example["title"] for example in event_rules()["not_news"]["kind_examples"]]


def _repeated_words_plain(title: str) -> str:
    """without_repeated_words as it read before: every run's words bared again at each word."""
    longest = int(rules()["repeated_words"]["longest_run"])
    kept: list[str] = []
    for word in title.split(" "):
        kept.append(word)
        for n in range(longest, 0, -1):
            if len(kept) < 2 * n:
                continue
            run, before = [_bare(w) for w in kept[-n:]], [_bare(w) for w in kept[-2 * n:-n]]
            single = n == 1 and run[0] in _words("repeated_words", "function_words")
            if run == before and (n > 1 or single) and not kept[-n - 1].endswith((",", ";", ":")):
                del kept[-n:]
                break
    return " ".join(kept)


def test_repeated_words_read_once_give_the_plain_reading():
    vocabulary = ["the", "The", "were", "injured", "injured,", "had", "that", "39", "people", "of", "of,", "BP", "said"]
    rng = random.Random(11)
    titles = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    titles += [example["title"] for example in rules()["repeated_words_examples"]]
    titles += list(rules()["repeated_words_near_misses"]) + KIND_TITLES
    assert any(without_repeated_words(t) != t for t in titles)  # the sample holds repeats
    for title in titles:
        assert without_repeated_words(title) == _repeated_words_plain(title), title


def test_one_pattern_for_a_kinds_shapes_matches_where_any_shape_does():
    found = not_news()
    rng = random.Random(3)
    words = " ".join(KIND_TITLES).split()
    titles = KIND_TITLES + [" ".join(rng.choice(words) for _ in range(rng.randint(2, 20))) for _ in range(2000)]
    for shapes in (found.figure, found.mood, found.untold, tuple(found.clip[1:])):
        assert _any_shape(shapes) is _any_shape(shapes)  # compiled once
        hits = 0
        for title in titles:
            plain = any(shape.search(title) for shape in shapes)
            hits += plain
            assert (_any_shape(shapes).search(title) is not None) == plain, title
        assert hits  # the sample reaches every kind


def test_subject_asides_read_once_are_a_fresh_list_each_call():
    text = "expressed hope that Libya's opposition movement, given new protection by a U.S.-led military mission, " \
           "can organize itself"
    first = subject_asides(text)
    assert first
    first.clear()
    assert subject_asides(text) == subject_asides(text, opening=False) != []
    assert set(subject_asides(text)) <= set(subject_asides(text, opening=True))


def test_event_classes_by_word_are_the_table_lookup():
    table = _event_class_table()
    for word in [*list(table)[:500], "attacked", "attacking", "bombings", "said", "the", "xyzzy"]:
        assert event_classes([word]) == set(table.get(word, table.get(stem(word), ())))
