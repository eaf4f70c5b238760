"""Garbled titles (garbled1): the title's last repair, read against its sentence (events/__init__.py, after the seams).
- A frame of feeling or certainty that opens the title gives way to the act it frames: "There was no mistaking the
  relief when a 75 tonne containment cap finally stopped the oil flowing" -> "A 75 tonne containment cap finally
  stopped the oil flowing"; "There is no doubt that X" -> "X".
- A subject taken across a clause boundary: the title opens with one clause's subject and goes on with another
  clause's verb, the words between them (the subject's own verb first) dropped. After a colon or semicolon the verb's
  own subject comes first ("The military situation on the ground [was complex: Forces loyal to Gadhafi tried ...
  but] were repelled" -> "Forces loyal to Gadhafi tried ... but were repelled"); when a relative pronoun stood right
  before the verb, the relative's antecedent does it when the date is the relative's ("Sergei Lavrov [demanded an
  explanation ... over] its parachuting-in of arms [-- which] was first revealed ... Wednesday" -> "Its
  parachuting-in of arms to Libyan rebels was first revealed ..."), and the dropped words come back when the date is
  the subject's own verb's.
- A name's possessive left without its noun gets the sentence's words back ("BP's drastically scaled upwards his
  assessment" -> "BP's beleaguered chief executive, Tony Hayward, drastically scaled upwards his assessment").
A join the sentence itself has, a gap that does not open with the subject's own verb, or a title verb that is not
finite is left alone. The word lists are in garbled.yaml beside this module."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from timeline.events.lexicon import is_adverb, is_past
from timeline.events.seams import WORD_MARKS, word_key
from timeline.events.subjects import is_verb_word
from timeline.events.titles import qualified_noun
from timeline.rules import load_yaml

_ENDS = (".", "!", "?")


@cache
def _table() -> dict:
    return load_yaml(__package__, "garbled.yaml")


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()[name])


def _finite(key: str) -> bool:
    return key in _words("finite_auxiliaries") or is_past(key)


def _capitalised(words: Sequence[str]) -> str:
    first = words[0]
    return " ".join([first[:1].upper() + first[1:], *words[1:]])


def without_feeling_frame(title: str) -> str:
    """ "There was no mistaking the relief when X" -> "X" (module docstring; garbled.yaml frame_*): the frame opens
    the title and the clause after its joiner has three words or more; anything else is left alone."""
    words = title.split()
    keys = [word_key(w) for w in words]
    if len(keys) < 6 or keys[0] != "there":
        return title
    for copula in sorted(_words("frame_copulas"), key=len, reverse=True):
        size = len(copula.split())
        if keys[1:1 + size] == copula.split() and keys[1 + size:2 + size] == ["no"] \
                and keys[2 + size:3 + size] and keys[2 + size] in _words("frame_words"):
            start = 3 + size
            reach = int(_table()["frame_reach"])
            for k in range(start, min(len(keys), start + reach + 1)):
                if keys[k] == "that" and (k > start or keys[start - 1] not in _words("frame_that_words")):
                    continue  # "no mistaking that smell when ...": a pointing "that", not the joiner
                if keys[k] in _words("frame_joiners") and len(keys) - k - 1 >= 3:
                    return _capitalised(words[k + 1:])
            return title
    return title


def _ends_sentence(word: str) -> bool:
    """Whether a word ends a sentence inside the sentence text ("afternoon."), not an abbreviation ("U.S.", "Mr.")."""
    bare = word.rstrip("\"”’)")
    return bare.endswith(_ENDS) and "." not in bare[:-1]  # "Mr." counts too: the title is then left alone


def _opening_span(tkeys: Sequence[str], skeys: Sequence[str]) -> tuple[int, int]:
    """(i, k): the sentence position i where the longest run of the title's first k words stands (k = 0: none)."""
    best = (-1, 0)
    for i in (i for i, key in enumerate(skeys) if key == tkeys[0]):
        k = 0
        while k < len(tkeys) and i + k < len(skeys) and skeys[i + k] == tkeys[k]:
            k += 1
        if k > best[1]:
            best = (i, k)
    return best


def _after(tkeys: Sequence[str], skeys: Sequence[str], start: int) -> int:
    """The first sentence position from `start` on where the title's next two words stand side by side; -1."""
    for q in range(start, len(skeys) - len(tkeys) + 1):
        if list(skeys[q:q + len(tkeys)]) == list(tkeys):
            return q
    return -1


def _without_date(words: list[str], expression: str) -> list[str]:
    """The words with the event's date expression (and a preposition right before it) taken out."""
    told = [word_key(w) for w in expression.split()]
    if not told:
        return words
    keys = [word_key(w) for w in words]
    for q in range(len(keys) - len(told) + 1):
        if keys[q:q + len(told)] == told:
            start = q - 1 if q and keys[q - 1] in _words("date_prepositions") else q
            end = q + len(told)
            kept = words[:start] + words[end:]
            if start and words[end - 1][-1:] in ",;:" and not kept[start - 1][-1:] in ",;:":
                kept[start - 1] += words[end - 1][-1]  # "Thursday," keeps its comma
            return kept
    return words


def _subject_after_colon(piece: list[str]) -> list[str]:
    """The clause after a colon as the title's opening: an opening phrase before its last comma goes when a short
    subject follows it ("in addition to costs ..., it" -> "it"); [] when the clause ends in a relative pronoun."""
    if not piece or word_key(piece[-1]) in _words("relative_pronouns"):
        return []
    commas = [m for m, w in enumerate(piece) if w.endswith(",")]
    if commas and len(piece) - commas[-1] - 1 <= int(_table()["subject_words"]):
        piece = piece[commas[-1] + 1:]
    return piece


def _named_it(clause: Sequence[str]) -> list[str]:
    """The thing a lone "it" after a colon tells of, from the clause before the colon (the subject's own verb and
    what follows it): the last name written there ("BP's already had one: ... it" -> "BP"), else a definite noun
    phrase of two words that ends the clause ("will add to pressure on the company: ..., it" -> "the company"); []
    when neither is there (the pronoun stays)."""
    for word in reversed(clause[1:]):
        bare = word.strip(WORD_MARKS)
        for ending in ("'s", "’s"):
            bare = bare.removesuffix(ending)
        if bare[:1].isupper() and bare.isalnum() and bare.lower() not in _words("pointing_words"):
            return [bare]
    last = [w.strip(WORD_MARKS) for w in clause[-2:]]
    if len(last) == 2 and last[0].lower() == "the" and last[1].isalpha() and last[1].islower() \
            and not last[1].endswith("s"):
        return last
    return []


def across_boundary(title: str, sentence: str, expression: str = "") -> str:
    """The title mended where it took its subject across a clause boundary (module docstring); unchanged when the
    sentence does not show such a join. The sentence is read as written, then with the date taken out (a title
    joins the words on either side of the date it took out)."""
    words = title.split()
    if len(words) < 3 or title in sentence:  # the sentence's own words: nothing was dropped
        return title
    said = sentence.split()
    mended = _across_boundary(words, said, expression)
    if mended is None and expression and expression in sentence:
        mended = _across_boundary(words, _without_date(said, expression), expression)
    return title if mended is None else mended


def _across_boundary(words: list[str], said: list[str], expression: str) -> str | None:
    """across_boundary against one reading of the sentence: the mended title, the title itself when the join is
    found but no repair is sure, None when the join is not found."""
    tkeys = [word_key(w) for w in words]
    skeys = [word_key(w) for w in said]
    i, k = _opening_span(tkeys, skeys)
    if k == 0 or k >= len(words) - 1 or not _finite(tkeys[k]):
        return None
    j = i + k
    p = _after(tkeys[k:k + 2], skeys, j + 1)
    if p < 0:
        return None
    title = " ".join(words)
    gap = said[j:p]
    if len(gap) < 2 or not _finite(skeys[j]) or any(_ends_sentence(w) for w in gap):
        return title
    marks = tuple(str(m) for m in _table()["boundary_marks"])
    colon = max((m for m, w in enumerate(gap) if w.rstrip("\"”’)").endswith(marks)), default=-1)
    if colon >= 0:
        piece = _subject_after_colon(_without_date(gap[colon + 1:], expression))
        if [word_key(w) for w in piece] == ["it"]:
            piece = _named_it(gap[:colon + 1]) or piece
        return _capitalised([*piece, *words[k:]]) if piece else title
    if gap[-1].lower() not in _words("relative_pronouns"):
        return title  # "said they believe that, had NATO forces not intervened": no relative before the verb
    restored = _without_date(gap, expression)
    if len(restored) < len(gap):  # the date is the subject's own verb's: the title tells that act
        return " ".join([*words[:k], *restored, *words[k:]]) \
            if len(gap) <= int(_table()["max_restored_words"]) else title
    before = [w for w in said[:p - 1] if w.strip(WORD_MARKS + "-–—")]
    antecedent = qualified_noun(before) if before else []
    if not antecedent or word_key(antecedent[-1]) in _words("pointing_words"):
        return title
    return _capitalised([*antecedent, *words[k:]])


def with_possessor_noun(title: str, sentence: str, expression: str = "") -> str:
    """ "BP's drastically scaled upwards his assessment" -> "BP's beleaguered chief executive, Tony Hayward,
    drastically scaled upwards ...": a name's possessive among the title's first words goes straight on with a verb
    or an adverb, its noun (and the aside after it) taken out with the date; the sentence's words between come back
    (at most max_restored_words, the date left out). A contraction ("It's been led"), a possessive standing alone in
    the sentence too ("this year's, which"), and a join the sentence has are left alone."""
    words = title.split()
    if not any(w.endswith(("'s", "’s", "'s,", "’s,")) for w in words[:POSSESSIVE_REACH]):
        return title
    said = sentence.split()
    skeys = [word_key(w) for w in said]
    for i, word in enumerate(words[:POSSESSIVE_REACH]):
        bare = word.rstrip(",")
        if not bare.endswith(("'s", "’s")) or i + 1 >= len(words) or not bare[:1].isupper() \
                or word_key(bare[:-2]) in _words("pointing_words") | _words("contracted_subjects"):
            continue
        following = words[i + 1]
        if not following.islower() or not (is_verb_word(following) or is_adverb(word_key(following))):
            continue
        starts = [k for k in range(len(said)) if said[k] == bare]
        for k in starts:
            ahead = [q for q in range(k + 2, min(len(said), k + 2 + int(_table()["max_restored_words"])))
                     if skeys[q] == word_key(following)]
            if not ahead or skeys[k + 1] == word_key(following):
                continue
            gap = _without_date(said[k + 1:ahead[0]], expression)
            if not gap or not gap[0][:1].isalpha() or word_key(gap[0]) in _words("relative_pronouns") \
                    or any(_ends_sentence(w) for w in gap):
                continue
            return " ".join([*words[:i + 1], *gap, *words[i + 1:]])
    return title


POSSESSIVE_REACH = 3  # "BP's", "Britain's then": how far into the title a possessive left without its noun may stand


def ungarbled(title: str, sentence: str, expression: str = "") -> str:
    """The title with a feeling frame taken off and a subject taken across a boundary mended (module docstring)."""
    if not title:
        return title
    return with_possessor_noun(across_boundary(without_feeling_frame(title), sentence, expression), sentence, expression)
