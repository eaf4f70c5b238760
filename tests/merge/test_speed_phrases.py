"""The merge's phrase lookups with a cheap first-word test (speed6) find what the plain comparison of every window
found."""
import random

from timeline.merge.acts import _classes as act_classes
from timeline.merge.acts import _into_words, _phrase_at
from timeline.merge.battles import _ground_phrase, _ground_phrases
from timeline.merge.happenings import _at
from timeline.merge.happenings import _classes as happening_classes


def _at_plain(lows, phrase):
    n = len(phrase)
    return [i for i in range(len(lows) - n + 1) if tuple(lows[i:i + n]) == phrase]


def _phrase_at_plain(lower, at, act):
    for phrase in act.words:
        end = at + len(phrase)
        if tuple(lower[at:end]) != phrase:
            continue
        after = end + 1 if end < len(lower) and lower[end] in _into_words() else end
        if after < len(lower) and lower[after] in act.not_after:
            continue
        return len(phrase)
    return 0


def _sentences(phrases, seed, count=1500):
    """Word lists made of the phrases' own words and a few others, so that phrases start, stop short and overlap."""
    vocabulary = sorted({w for p in phrases for w in p} | {"the", "rebels", "into", "flames", "on", "monday"})
    rng = random.Random(seed)
    made = [[rng.choice(vocabulary) for _ in range(rng.randint(0, 12))] for _ in range(count)]
    return made + [list(p) for p in phrases] + [["the", *p, "into", "flames"] for p in phrases]


def test_happening_phrases_are_found_where_the_plain_scan_finds_them():
    phrases = [p for cls in happening_classes() for p in cls.words]
    found = 0
    for lows in _sentences(phrases, 3):
        for phrase in phrases + [()]:
            assert _at(lows, phrase) == _at_plain(lows, phrase), (lows, phrase)
            found += bool(_at(lows, phrase))
    assert found


def test_act_phrases_are_found_where_the_plain_scan_finds_them():
    acts = act_classes()
    found = 0
    for lower in _sentences([p for act in acts for p in act.words], 4, 600):
        for act in acts:
            for at in range(len(lower) + 2):
                assert _phrase_at(lower, at, act) == _phrase_at_plain(lower, at, act), (lower, at, act.name)
                found += _phrase_at(lower, at, act) > 0
    assert found


def test_ground_phrases_are_found_where_the_plain_scan_finds_them():
    phrases = list(_ground_phrases())
    found = 0
    for plain in _sentences(phrases, 5):
        for i in range(len(plain)):
            expected = any(tuple(plain[i:i + len(p)]) == p for p in phrases)
            assert _ground_phrase(plain, i) == expected, (plain, i)
            found += expected
    assert found
