"""EXPERIMENT: background weights of keys from wordfreq (English), fixed per tool version."""
from __future__ import annotations
import math
from functools import cache

EVENT_WORDS = 100  # scale: a word of frequency f per token is taken to be in f * EVENT_WORDS of events
FLOOR = 1e-7  # frequency of a word wordfreq does not know (a name, a figure)
CLASS_SHARE = 0.05
import math as _m
# weight caps of the corpus bands (share <= 0.5 %, <= 2 %, <= 20 %, more): a key common in the corpus weighs what such a share would
BAND_CAPS = (99.0, _m.log(1 + 1 / 0.01), _m.log(1 + 1 / 0.063), _m.log(1 + 1 / 0.3))  # an event class mark's share of events


@cache
def _family_freq() -> dict[str, float]:
    from wordfreq import word_frequency
    from timeline.merge.similarity import derivations, _norm_key
    rules = derivations()
    out: dict[str, float] = {}
    for group in ("families", "numbers"):
        for head, words in sorted(rules[group].items()):
            forms = {_norm_key(str(w)) for w in [head, *words]}
            out[str(head)] = sum(word_frequency(f, "en") for f in forms)
    return out


@cache
def share(key: str) -> float:
    if key.startswith("="):
        return CLASS_SHARE
    from wordfreq import word_frequency
    f = _family_freq().get(key)
    if f is None:
        f = word_frequency(key, "en")
    return min(1.0, max(f, FLOOR) * EVENT_WORDS)


def weight(key: str) -> float:
    return math.log(1.0 + 1.0 / share(key))

# corpus IDF at the band edges (shares 0.5 %, 2 %, 20 %, 60 %): a key's weight stays within its band's
BAND_FLOORS = (_m.log(1 + 1 / 0.005), _m.log(1 + 1 / 0.02), _m.log(1 + 1 / 0.2), _m.log(1 + 1 / 0.6))
BAND_CEILS = (99.0,) + BAND_FLOORS[:3]
