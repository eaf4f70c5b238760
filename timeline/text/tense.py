"""The tense reading: which tense cue governs a date phrase, from the words of its sentence.

A date without a year ("in March") or a bare weekday ("on Monday") is read against the publication date in the
tense of its clause: the nearest cue of its sentence (the text analysis' sentence, at most WINDOW characters either
side) wins. Cues are the lexicon's tense cues (will, would, ago, ...), its reporting verbs of use tense_cue (a weak
past), and past forms in -ed (not after "be"/"been": "will be held" is future).
"""

from __future__ import annotations

import bisect
import functools
import re

from timeline.text.analysis import WORD, TextAnalysis, Words
from timeline.text.clauses import tense_clause_break
from timeline.text.lexicon import reporting_verbs, table

WINDOW = 200  # how far around a date its tense cue may stand, within its sentence
_JUST_BEFORE_VERB = re.compile(r"\s+")  # "a NATO statement on Tuesday said"
# "In September, it announced plans to ...": a fronted date, then its clause's pronoun and verb
_FRONTED_BEFORE_VERB = re.compile(r",\s+(?:it|he|she|they|we)\s+")
# a relative clause opened before the date and still open at it ("Clinton, who will travel ... on Tuesday, gave")
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose)\s[^,.;:]*$")
# an -ed form before these is a participle ("nations aligned against", "backed by", "prepared to"), when the date
# is not their object
_PARTICIPLE_LINK = re.compile(r"\s+(?:against|by|with|to|as|from)\s+[\w'’-]+")
_COMMA_AFTER = re.compile(r"\s*,")  # "Also Tuesday, the commander said ...": a date set off before its clause
_OBJECT_AFTER = re.compile(r"\s+(?!on\b|in\b|at\b|to\b|that\b)[a-z]")
# a cue after the expression governs it less often than one before ("will meet Monday and were ...")
_AFTER_WEIGHT = 2
_ENDINGS = ("'ll", "ed")  # "they'll", and past forms in -ed
_MIN_PAST_IN_ED = 4  # a shorter word in -ed ("red", "bed") is no past form

Token = tuple[int, int, str, str]  # start, end, word, lower-cased word


@functools.cache
def _words(name: str) -> frozenset[str]:
    return frozenset(str(w) for w in table()[name])


@functools.cache
def cues() -> dict[tuple[str, ...], str]:
    """Cue phrases as word tuples -> 'future', 'past', 'said' (weak past) or 'present' (weak future); a phrase in
    two lists takes the later kind of present, said, past, future."""
    listed = table()["tense_cues"]
    found: dict[tuple[str, ...], str] = {}
    for kind, words in (("present", listed["present"]), ("said", sorted(reporting_verbs("tense_cue"))),
                        ("past", listed["past"]), ("future", listed["future"])):
        for phrase in words:
            found[tuple(str(phrase).lower().split())] = kind
    return found


@functools.cache
def _first_words() -> frozenset[str]:
    """First words of the cue phrases of two or three words: only these start a longer lookup."""
    return frozenset(key[0] for key in cues() if len(key) > 1)


@functools.cache
def _single_words() -> frozenset[str]:
    return frozenset(key[0] for key in cues() if len(key) == 1)


def _scan(text: str, lo: int, hi: int) -> list[Token]:
    return [(a, b, w, w.lower()) for m in WORD.finditer(text, lo, hi) for (a, b), w in ((m.span(), m.group()),)]


def _window(text: str, lo: int, hi: int, cached: Words | None) -> list[Token]:
    """The words of text[lo:hi], exactly as a scan of that slice alone finds them: the text analysis' words
    wholly inside it, and the cut pieces of the words across its two edges scanned anew (or the slice scanned
    alone, without `cached` words)."""
    if cached is None:
        return _scan(text, lo, hi)
    starts, ends = cached.starts, cached.ends
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi, i)
    while j > i and ends[j - 1] > hi:
        j -= 1
    if i >= j:
        return _scan(text, lo, hi)
    inner = [(a, b, text[a:b]) for a, b in zip(starts[i:j], ends[i:j])]
    return _scan(text, lo, starts[i]) + [(a, b, w, w.lower()) for a, b, w in inner] + _scan(text, ends[j - 1], hi)


def _bounds(analysis: TextAnalysis, start: int, end: int) -> tuple[int, int]:
    """Where the cues of the date at text[start:end] may stand: its sentence, at most WINDOW either side."""
    lo, hi = max(0, start - WINDOW), min(len(analysis.text), end + WINDOW)
    sentence = analysis.sentence_at(start)
    if sentence is None:
        return lo, hi
    return max(lo, min(sentence.start, start)), min(hi, max(sentence.end, end))


def _cue_at(text: str, words: list[Token], k: int, prev: str) -> tuple[str, int]:
    """(kind, end offset) of the cue that word k starts ("" when it starts none); `prev` is the word before it."""
    ws, we, w, low = words[k]
    table_ = cues()
    firsts, n = _first_words(), len(words)
    kind, cue_end = "", we
    if low in firsts and k + 2 < n and (low, words[k + 1][3], words[k + 2][3]) in table_:
        kind, cue_end = table_[(low, words[k + 1][3], words[k + 2][3])], words[k + 2][1]
    elif low in firsts and k + 1 < n and (low, words[k + 1][3]) in table_:
        kind, cue_end = table_[(low, words[k + 1][3])], words[k + 1][1]
    elif (low,) in table_:
        kind = table_[(low,)]
        if low == "next" and k + 1 < n and words[k + 1][3] == "to":
            kind = ""  # "next to the embassy" is a place
        elif kind in ("past", "said") and prev in _words("before_passive"):
            kind = ""  # "will be held", "would be paid": a participle, not a past verb
    elif low.endswith("'ll"):
        kind = "future"
    elif (len(w) >= _MIN_PAST_IN_ED and w.endswith("ed") and w.islower() and low not in _words("not_past_in_ed")
          and prev not in _words("before_participle") and not _after_infinitive_verb(words, k)):
        kind = "past"
    if kind == "past" and ws > 0 and text[ws - 1] == "-":
        kind = ""  # "the NATO-led alliance", "Western-backed rebels": an adjective
    if kind == "future" and prev in _words("past_auxiliaries"):
        kind = "past"  # the future in the past: "had been due to expire Friday"
    if kind == "present" and k + 1 < n and _cue_at(text, words, k + 1, low)[0] == "future":
        kind = ""  # "is scheduled to", "are going to": the auxiliary of a future phrase, read from the phrase
    return kind, cue_end


def _after_infinitive_verb(words: list[Token], k: int) -> bool:
    """Whether word k follows a verb in the infinitive that a modal or a future cue ending in "to" governs ("set to
    meet embattled leader Gadhafi", "will free detained journalists"): a form in -ed there is its object's
    adjective, no past verb; a perfect infinitive ("to have killed") is past."""
    if k < 2 or words[k - 1][3] in _words("infinitive_perfect_auxiliaries") | _words("before_passive"):
        return False
    if words[k - 2][3] in _words("infinitive_modals"):
        return True
    lead = tuple(w[3] for w in words[max(0, k - 4):k - 1])  # up to two words and the "to" before the verb
    return lead[-1:] == ("to",) and any(cues().get(lead[j:]) == "future" for j in range(len(lead) - 1))


@functools.cache
def _passive_auxiliaries() -> frozenset[str]:
    """ "be", "been", "being": after these an adverb ("officially") leaves the participle a participle."""
    return _words("before_passive") | {"been"}


def _is_adverb(word: str) -> bool:
    """A lower-case word in -ly ("officially", "formally"): an adverb, which may stand between an auxiliary and its
    participle without changing what the participle is."""
    return len(word) > _MIN_PAST_IN_ED and word.endswith("ly") and word.islower()


def _fronted(analysis: TextAnalysis, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is set before its sentence's main clause: it opens the sentence (after
    at most words of fronted_date_leads: "Also Tuesday, the commander said ...", "On Monday, officials said ...")
    and a comma follows it. The main clause's verb, a reporting verb too, tells of the date."""
    index = analysis.sentence_index_at(start)
    if index is None or not _COMMA_AFTER.match(analysis.text, end):
        return False
    return _only_leads_before(analysis, index, start)


def _only_leads_before(analysis: TextAnalysis, index: int, start: int) -> bool:
    """Whether every word of sentence `index` before `start` is one of fronted_date_leads, the words as a scan of
    the sentence's text up to `start` finds them (a word across `start` counts as its part before it). Read from
    the sentence's opening run of leads, found once: a long sentence with a date every few words costs no scan
    from its start per date (which grew with the square of its length)."""
    leads = _words("fronted_date_leads")
    run = analysis.lead_run(index, leads)
    if run.stop is not None and run.stop[1] <= start:
        return False  # a whole word before the date is no lead
    spans = run.spans + ((run.stop,) if run.stop is not None else ())
    k = bisect.bisect_left(spans, (start,)) - 1  # the last word that starts before the date
    if k < 0 or spans[k][1] <= start:
        return True  # no word runs across the date's start: every word before it is a lead
    cut = WORD.match(analysis.text, spans[k][0], start)
    return cut is not None and cut.group().lower() in leads


def _governs(text: str, start: int, end: int, kind: str, cue_start: int, cue_end: int, fronted: bool = False) -> bool:
    """Whether a cue found in the window bears on the date at text[start:end] (`fronted`: _fronted)."""
    if cue_start >= start and cue_end <= end:
        return False  # a cue inside the expression itself ("next") is read by the rule
    if kind == "said" and cue_start >= end and not fronted and not _JUST_BEFORE_VERB.fullmatch(text, end, cue_start) \
            and not (_FRONTED_BEFORE_VERB.fullmatch(text, end, cue_start) and _OBJECT_AFTER.match(text, cue_end)):
        return False  # "... on Monday, police said": the verb after governs the quote, not the date
        # (but "a statement on Tuesday said": the verb right after the date governs it)
    if cue_start >= end and "," in text[end:cue_start] and _RELATIVE_OPEN.search(text, max(0, start - WINDOW), start):
        return False  # "Clinton, who will travel to a meeting on Tuesday, gave ...": the verb after the relative clause
    if cue_end <= start and tense_clause_break().search(text, cue_end, start):
        return False  # "are not likely to extend sympathy, despite the commitment on Wednesday": another clause's verb
    # "... on Monday, although it was not on the agenda": another clause's verb
    return not (cue_start >= end and tense_clause_break().search(text, end, cue_start))


def tense_cue(analysis: TextAnalysis, start: int, end: int, words: Words | None = None) -> tuple[str, bool]:
    """(kind, after): 'future', 'past', 'said', 'present' or '', the tense cue nearest to the date phrase at
    text[start:end] in its sentence, and whether that cue comes after the phrase (a weaker hold on it). `words`:
    the analysis' words of the whole text, for a caller that asks often (the same words as a scan of the window)."""
    text = analysis.text
    firsts, singles = _first_words(), _single_words()
    best: tuple[int, str, bool, int] | None = None  # distance, kind, after, end of a cue read from its -ed (or -1)
    future_before: int | None = None  # distance of the nearest future cue before the date
    tokens = _window(text, *_bounds(analysis, start, end), words)
    prev = ""
    fronted = _fronted(analysis, start, end)
    passive = _passive_auxiliaries()
    for k, (ws, we, w, low) in enumerate(tokens):
        if low not in firsts and low not in singles and not low.endswith(_ENDINGS):
            if not (prev in passive and _is_adverb(w)):
                prev = low  # not a cue (most words): nothing more to look at
            continue  # an adverb after "be" keeps it: "will be officially released" is passive
        kind, cue_end = _cue_at(text, tokens, k, prev)
        prev = low
        if not kind or not _governs(text, start, end, kind, ws, cue_end, fronted):
            continue
        dist = start - cue_end if cue_end <= start else (ws - end) * _AFTER_WEIGHT
        if kind == "future" and cue_end <= start and (future_before is None or dist < future_before):
            future_before = dist
        if best is None or dist < best[0]:
            best = (dist, kind, ws >= end, we if low.endswith("ed") and (low,) not in cues() else -1)
    if best is None:
        return "", False
    if best[1] == "past" and best[3] >= 0 and future_before is not None \
            and (best[2] or _PARTICIPLE_LINK.match(text, best[3])) \
            and "," not in text[start - future_before:start] \
            and not tense_clause_break().search(text, start - future_before, start):
        # "will meet Obama on Wednesday prepared to offer", "will go ahead on Saturday as planned", "is expected to
        # come up at a meeting of nations aligned against Gaddafi on Thursday": a form in -ed after the date, or one
        # before it that a preposition follows, is as often a participle as a verb; the future in its clause governs
        return "future", False
    return best[1], best[2]
