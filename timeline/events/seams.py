"""The seams a removal leaves (seams1): a step that takes words out of the middle of a sentence (a date phrase, an
adverbial, a clause) joins the words on either side. Where that join is broken, the sentence's words come back:
- an open determiner or an object preposition directly before a preposition, a clause's "that" or a comma ("on a in
  Plaquemines Parish" -> "on a Tuesday night in Plaquemines Parish"; "declared on the that" -> "declared on the
  Thursday before last that");
- a reporting verb of an inverted report joined to the quotation's first words ("Paul's proposal declared Senator
  Dianne Feinstein" -> "Paul's proposal was too cute by half, declared ...");
a participle left alone at the end after a comma goes ("The sealing system replaces a previous cap, fitted" -> "... a
previous cap"), and so do the outer words of an "of"/"like" phrase round a name a dropped relative pronoun ran into
its verb ("The views of the US Geological Survey said" -> "The US Geological Survey said"). A join the sentence has is no seam; a title word the sentence does not hold anchors nothing.
The word lists are in seams.yaml beside this module; a last check after the polish (events/__init__.py)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from timeline.events.lexicon import is_past, lexicon
from timeline.events.subjects import is_verb_word
from timeline.events.verbless import is_verbless
from timeline.rules import load_yaml

WORD_MARKS = ",.;:!?\"“”'‘’()"
_QUOTES = "\"“”"


@cache
def _table() -> dict:
    return load_yaml(__package__, "seams.yaml")


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()[name])


@lru_cache(maxsize=1 << 16)  # every sentence's words are keyed again for each of its titles (seams, garbled)
def word_key(word: str) -> str:
    """A word as the seam and garble repairs compare it: lower case, straight apostrophe, no marks around it."""
    return word.lower().replace("’", "'").strip(WORD_MARKS)


@lru_cache(maxsize=256)  # a sentence's titles and the three steps below read the same keys: made once a sentence
def _sentence_keys(sentence: str) -> tuple[str, ...]:
    """The `word_key` of each of the sentence's space-separated words."""
    return tuple(word_key(w) for w in sentence.split())


def _find_pair(keys: Sequence[str], first: str, second: str, start: int = 0) -> int:
    """The first k >= start with keys[k] == first and keys[k + 1] == second (second "" matches any word); -1 if none."""
    for k in range(start, len(keys) - 1 if second else len(keys)):
        if keys[k] == first and (not second or keys[k + 1] == second):
            return k
    return -1


def _gap(title: Sequence[str], tkeys: Sequence[str], skeys: Sequence[str], i: int) -> tuple[int, int] | None:
    """Where the sentence holds title words i and i + 1 with words between them: (p, q), the sentence positions of
    the two, each anchored by its neighbour in the title (title words i - 1 and i + 2 beside them in the sentence
    too); None when the sentence has the two side by side or the title's words are not found so."""
    if any(skeys[k] == tkeys[i] and skeys[k + 1] == tkeys[i + 1] for k in range(len(skeys) - 1)):
        return None
    if i > 0:
        p = _find_pair(skeys, tkeys[i - 1], tkeys[i])
        p = p + 1 if p >= 0 else -1
    else:
        p = skeys.index(tkeys[0]) if tkeys[0] in skeys else -1
    if p < 0:
        return None
    q = _find_pair(skeys, tkeys[i + 1], tkeys[i + 2] if i + 2 < len(tkeys) else "", p + 2)
    if q < 0:
        return None
    return p, q


def _broken_join(title: Sequence[str], tkeys: Sequence[str], i: int) -> str:
    """The kind of seam title words i and i + 1 would make, "" for none: "closed" (an open determiner or object
    preposition before a preposition, "that" or a comma), "speaker" (a reporting verb after the quotation's words)."""
    left = title[i]
    if tkeys[i] in _words("open_determiners") and left.endswith((",", ";", ":")):
        return "closed"
    if left[-1:].isalpha() and (tkeys[i] in _words("open_determiners") or tkeys[i] in _words("object_prepositions")) \
            and tkeys[i + 1] in _words("seam_followers"):
        return "closed"
    if tkeys[i + 1] in _words("inverted_reporting_verbs") and title[i + 1] == tkeys[i + 1]:
        return "speaker"
    return ""


def _restorable(words: Sequence[str]) -> bool:
    ends = tuple(str(m) for m in _table()["sentence_ends"])
    return 0 < len(words) <= int(_table()["max_restored_words"]) \
        and not any(w.rstrip(_QUOTES + ")").endswith(ends) for w in words)


def with_mended_seams(title: str, sentence: str) -> str:
    """The title with each broken seam mended from its sentence (module docstring); unchanged when none is found."""
    if not title or not sentence:
        return title
    words = title.split()
    said = sentence.split()
    skeys: tuple[str, ...] = ()  # read only when a broken join asks for them (most titles have none)
    for _ in range(3):  # a title holds one or two seams at most; each mend is checked again
        tkeys = [word_key(w) for w in words]
        for i in range(len(words) - 1):
            if not tkeys[i] or not tkeys[i + 1]:
                continue
            kind = _broken_join(words, tkeys, i)
            if not kind:
                continue
            skeys = skeys or _sentence_keys(sentence)
            found = _gap(words, tkeys, skeys, i)
            if found is None:
                continue
            p, q = found
            if kind == "speaker" and not said[q - 1].rstrip(",").endswith(("”", '"')):
                continue  # a verb that follows its speaker in the sentence too ("Three workers [say] said")
            gap = said[p + 1:q]
            if not _restorable(gap):
                continue
            if not any(m in title for m in "“\""):
                gap = [w.strip(_QUOTES) or w for w in gap]  # the quotation's opening mark is not in the title
                gap = [w for w in gap if w.strip(_QUOTES)]
            left = said[p].rstrip(_QUOTES) if kind == "speaker" else words[i]
            if said[p][-1:].isalnum():
                left = left.rstrip(",;:")  # the comma was the removal's: "entered the, then" -> "the capital, then"
            words = [*words[:i], left, *gap, *words[i + 1:]]
            break
        else:
            break
    return without_outer_noun(without_stranded_participle(" ".join(words), sentence), sentence)


def without_stranded_participle(title: str, sentence: str) -> str:
    """ "The sealing system replaces a previous cap, fitted" -> "The sealing system replaces a previous cap": a past
    participle alone at the end after a comma, whose phrase ("fitted last month, which ...") went on in the sentence,
    goes with its comma when the title before it has a verb of its own and no other comma. "The procedure, likened to
    threading a needle, failed" (a comma closing an aside: the main verb), "A documentary, aired" (the title's only
    verb) and a participle that ends its sentence stay."""
    words = title.split()
    if len(words) < 4 or not words[-2].endswith(",") or not words[-1].isalpha() or not words[-1].islower() \
            or not is_past(words[-1]) or any(w.endswith(",") for w in words[:-2]):
        return title
    said = sentence.split()
    skeys = _sentence_keys(sentence)
    at = _find_pair(skeys, word_key(words[-2]), words[-1])
    if at < 0 or at + 2 >= len(said) or said[at + 1].endswith((".", "!", "?")):
        return title
    kept = " ".join([*words[:-2], words[-2].rstrip(",")])
    return title if is_verbless(kept) else kept


def without_outer_noun(title: str, sentence: str) -> str:
    """ "The views of the US Geological Survey said" -> "The US Geological Survey said": the title runs a name into the
    verb of a relative clause that qualified it in the sentence ("the US Geological Survey, which said") and the name
    stood inside an "of" or "like" phrase the title opens with; the words up to the last such preposition go
    (seams.yaml antecedent_prepositions). After "like", or in a title that opens with a verb ("Denies involuntary
    manslaughter of Jackson died"), any noun counts, not only a name. A counting, measuring or naming head ("Some of
    the fighters", "an overdose of", "the city of Zawiyah"), a happening's head, whose the relative may be ("A long
    siege of Zawiya, which ended"; events.yaml event nouns and seams.yaml event_heads), a pointing word after it ("of those"), an "of" inside
    another phrase ("An NTC commander on the outskirts of Sirte, who gave his name"), a common noun
    after "of" ("the son of a herdsman who seized power": the son did), and a join the sentence has stay."""
    words = title.split()
    if len(words) < 3:
        return title
    tkeys = [word_key(w) for w in words]
    skeys = _sentence_keys(sentence)
    relatives = _words("antecedent_relatives")
    for i in range(1, len(words) - 1):
        if words[i - 1].endswith((",", ";", ":")) or i > 1 and is_verb_word(words[i - 1]) and words[i - 1].islower():
            return title  # the title's first verb is no relative's
        if not words[i + 1].islower() or not is_verb_word(words[i + 1]):
            continue
        if any(skeys[k] == tkeys[i] and skeys[k + 1] == tkeys[i + 1] for k in range(len(skeys) - 1)) \
                or not any(skeys[k] == tkeys[i] and skeys[k + 1] in relatives and skeys[k + 2] == tkeys[i + 1]
                           for k in range(len(skeys) - 2)):
            return title
        outer = max((j for j in range(i) if tkeys[j] in _words("antecedent_prepositions")), default=-1)
        if outer < 0 or outer + 1 > i or tkeys[outer + 1] in _words("pointing_words") \
                or any(k in _words("seam_followers") for k in tkeys[:outer]):
            return title  # an "of" inside another phrase ("An NTC commander on the outskirts of Sirte, who gave")
        if outer and (tkeys[outer - 1] in _words("counting_heads") or tkeys[outer - 1] in lexicon().event_nouns
                      or tkeys[outer - 1] in _words("event_heads") or words[outer - 1][:1].isupper() and (
                outer > 1 or _capital_in_sentence(words[0], tkeys[outer], sentence)
                or i > outer + 1 and all(w[:1].isupper() for w in words[outer + 1:i + 1]))):
            return title  # "The Organization of the Islamic Conference", "Secretary of State": a name's "of"
        loose = tkeys[outer] == "like" or is_verb_word(words[0])
        if not loose and not words[i][:1].isupper():
            return title  # a common noun: the relative may be the outer head's ("the son of a herdsman who")
        rest = words[outer + 1:]
        return " ".join([rest[0][:1].upper() + rest[0][1:], *rest[1:]])
    return title


def _capital_in_sentence(word: str, after: str, sentence: str) -> bool:
    """Whether the sentence writes `word`, followed by `after`, with a capital where no sentence starts ("Now Bank of
    America"): a name's first word, not the title's capital."""
    said = sentence.split()
    return any(k and said[k] == word and word_key(said[k + 1]) == after and said[k][:1].isupper()
               and not said[k - 1].endswith((".", "!", "?", ":")) for k in range(len(said) - 1))
