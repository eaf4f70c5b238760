"""Split an article body into sentences, keeping character offsets into the body.

A sentence ends at `.`, `!` or `?` (plus closing quotes/brackets) followed by whitespace and a
capital, digit or opening quote, unless the word before the stop is a known abbreviation
(lexicon.yaml) or a single initial. A blank line always ends a sentence; a single line
break ends one unless the next line starts in lower case (text wrapped by an editor). A page saved as text may
glue a headline, a caption or a date heading to the report's sentence with no stop between them: the `glued`
rules of sentences.yaml start a new piece there, so a caption never becomes part of an event's sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline.model import Sentence
from timeline.rules import kept_regex, load_yaml
from timeline.text.lexicon import abbreviations, months, weekdays

# a candidate end: the stop run, closing punctuation, then whitespace (possessive: linear time)
_STOP = re.compile(r"[.!?]++[\"'”’)\]]*+(?=\s)")
_LINE_BREAK = re.compile(r"\n[ \t]*+(?:\n[ \t\n]*+)?")
_OPENS_SENTENCE = re.compile(r"[A-Z0-9\"'“‘(\[]")


def _ends_with_abbreviation(text: str, stop: int) -> bool:
    """Whether the `.` at `stop` belongs to an abbreviation or an initial."""
    if text[stop] != ".":
        return False
    start = stop
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"'“‘":
        start -= 1
    word = text[start:stop]
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "John F. Kennedy"
    return word in abbreviations()


@dataclass(frozen=True, slots=True)
class GluedRule:
    """Where a page glued two pieces into one line: the pattern matches at the start of the second piece (the
    space before it); `split` pairs (text, its pieces joined by " | ") and `keep` texts are run by the tests."""

    name: str
    pattern: re.Pattern[str]  # a group named `at`, where it has one, marks the start instead (a piece after a run)
    split: tuple[tuple[str, str], ...]
    keep: tuple[str, ...]
    after_any_word: bool = False  # the pattern names the word before it itself: `not_after` does not apply
    also_not_after: frozenset[str] = frozenset()  # this rule's own words after which a sentence goes on
    # the word the pattern captures must be a common word of this text: written in lower case elsewhere in it,
    # capitalised inside a sentence only here, and not one capitalised by convention (`conventional`)
    common_word: bool = False
    conventional: frozenset[str] = frozenset()
    after_capitalised: bool = False  # the word before must be capitalised (a name or a headline's last word)
    # the word before must be in lower case, a number or a weekday ("... school Another", "... 2009 Three", "...
    # Wednesday Nearly"), not a name's word ("the Jackson Five being", "Hope for Haiti Now telethon")
    after_lower_case: bool = False
    # the name the pattern captures must stand among the first this many words of the piece it is in (from the
    # last sentence end or line break): a caption named it, and the report's first sentence opens with it again
    names_the_opening: int = 0
    # the piece before the match must not open with one of these words (lower case): a sentence's fronted
    # adverbial ("At a concert in 2003 Jackson's brother was ...") runs on to its subject with no comma
    not_opened_by: frozenset[str] = frozenset()
    # the capitalised word before the match must stand alone: the word before it is in lower case and not one of
    # these (a determiner or possessive: "the Birmingham Six were", "his Jackson Five days"); a caption that ends
    # in a place or a people ("... fighters to Mogadishu Heavy fighting ...") is glued to the report
    lone_name_not_after: frozenset[str] | None = None
    # the acronym the pattern captures (group `acronym`) must stand after a lower-case word elsewhere in the text
    # ("led by NATO"): a subject in capitals, not a shouted heading's last word ("... ALREADY DIED in")
    acronym_in_text: bool = False
    # the piece before the match (from its line's or sentence's start) must be a heading: at most this many words,
    # no digit and no month or weekday name (a chronology's "March 19 - The first air strikes ..." keeps its date),
    # not all in capitals (a dateline, "SYRIA -- As protests heated up ...")
    heading_words: int = 0
    # what a text must contain for the pattern to match anywhere in it: one of these strings (`needs`), or a match of
    # this pattern (`needs_match`); a text without it is not scanned (read once a text, shared by the rules that
    # name the same need)
    needs: tuple[str, ...] = ()
    needs_match: re.Pattern[str] | None = None
    # the capitalised word the pattern opens its piece with is one of these, written right after a lower-case word
    # or a number (`_CAPITAL_AFTER_LOWER`): a text with none of them there is not scanned (the words read once a text)
    needs_words: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class GluedRules:
    rules: tuple[GluedRule, ...]
    not_after: frozenset[str]  # lower-cased words after which a sentence goes on


_MONTH = "<<month>>"


@cache
def glued_rules() -> GluedRules:
    """The `glued` table of sentences.yaml, compiled once (month names from the lexicon)."""
    table = load_yaml(__package__, "sentences.yaml")["glued"]
    month = "|".join(sorted((name for names in months() for name in names[:1]), key=len, reverse=True))
    needs_patterns: dict[str, re.Pattern[str]] = {}  # one compiled pattern for the rules that share a need
    # every rule's pattern, compiled from code kept between runs where Python keeps bytecode (timeline.rules.kept_regex)
    sources = tuple((str(item["pattern"]).replace(_MONTH, f"(?:{month})"), 0) for item in table["rules"])
    rules = tuple(
        GluedRule(
            item["name"],
            kept_regex(__package__, "glued-patterns", sources, k),
            tuple((text, pieces) for text, pieces in item["split"]),
            tuple(item["keep"]),
            bool(item.get("after_any_word", False)),
            frozenset(str(word).lower() for word in item.get("also_not_after", ())),
            bool(item.get("common_word", False)),
            frozenset(str(word).lower() for word in item.get("conventional", ()))
            | (_calendar_words() if item.get("common_word") else frozenset()),
            bool(item.get("after_capitalised", False)),
            bool(item.get("after_lower_case", False)),
            int(item.get("names_the_opening", 0)),
            frozenset(str(word).lower() for word in item.get("not_opened_by", ())),
            frozenset(str(word).lower() for word in item["lone_name_not_after"])
            if "lone_name_not_after" in item
            else None,
            bool(item.get("acronym_in_text", False)),
            int(item.get("heading_words", 0)),
            tuple(str(need) for need in item.get("needs", ())),
            needs_patterns.setdefault(item["needs_match"], re.compile(item["needs_match"]))
            if "needs_match" in item
            else None,
            frozenset(str(word) for word in item.get("needs_words", ())),
        )
        for k, item in enumerate(table["rules"])
    )
    return GluedRules(rules, frozenset(str(word).lower() for word in table["not_after"]))


@cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names (lower case): capitalised by convention, never a sign of a new sentence."""
    return frozenset(name.lower() for names in (*months(), *weekdays()) for name in names)


# the word before a match, without a closing quotation mark or bracket after it ("described that as” The ...")
_LAST_WORD = re.compile(r"([\w'’-]{1,40}+)[”\")]?+$")
# what `_LAST_WORD` reads: a word's characters (`\w` is `str.isalnum` or "_") and a closing mark after it
_WORD_MARKS = "_'’-"
_CLOSERS = '”")'


def _last_word(text: str, end: int) -> re.Match[str] | None:
    """`_LAST_WORD.search(text, max(0, end - 41), end)`, found without trying every start of the window: the word
    ends at `end` or before one closing mark there, so the search's leftmost match starts where the run of word
    characters before that end does (at most 40 of them, not before the window)."""
    window = max(0, end - 41)
    stop = end - 1 if end > window and text[end - 1] in _CLOSERS else end
    start = stop
    first = max(window, stop - 40)
    while start > first and ((char := text[start - 1]).isalnum() or char in _WORD_MARKS):
        start -= 1
    if start < stop and (found := _LAST_WORD.match(text, start, end)) is not None:
        return found
    return _LAST_WORD.search(text, window, end)  # no word there: the search finds none, or one before a newline
# a possessive or a name's particle ("party's", "al-Jala"): the word after it may be a name's
_NAME_BEFORE = re.compile(r"[’']s$|^(?:al|el|ad|as|ash|ar|bin|ibn|abu)-")
# what may follow a word in running text besides a space: a comma, a stop (how the text's tokens end)
_WORD_ENDS = ",.;:"


def _common_words(text: str, rule: GluedRule) -> Callable[[str], bool]:
    """Whether a word the rule captured is a common word of `text` (GluedRule.common_word): the text writes it in
    lower case, and capitalised only once inside a sentence (the match itself; a sentence's first word does not
    count)."""

    def is_common(word: str) -> bool:
        lower = word.lower()
        if lower in rule.conventional or not _written_as_token(text, lower):
            return False
        inside = text.count(f" {word} ") - sum(text.count(f"{stop} {word} ") for stop in ".?!:")
        return inside <= 1

    return is_common


def _written_as_token(text: str, word: str) -> bool:
    """Whether `word` is one of `text.split()`'s tokens, alone or with one of `_WORD_ENDS` after it, found by its
    occurrences (a few a text) rather than a set of all the text's tokens, which would cost more to build."""
    size = len(text)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or text[at - 1].isspace()) and (
            end == size
            or text[end].isspace()
            or (text[end] in _WORD_ENDS and (end + 1 == size or text[end + 1].isspace()))
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _lower_case_or_number(word: str) -> bool:
    """A word in lower case, a number or a weekday: what ends a caption's phrase, not a name's word."""
    return word[0].islower() or word[0].isdigit() or word.lower() in _weekday_words()


@cache
def _weekday_words() -> frozenset[str]:
    return frozenset(name.lower() for names in weekdays() for name in names)


@cache
def _date_before_year() -> re.Pattern[str]:
    """A month (with or without its day) right before a year: "3 March ", "May 2, ", "June "."""
    month = "|".join(sorted((name for names in months() for name in names), key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{month})\.?(?: \d{{1,2}}(?:st|nd|rd|th)?)?,? )$")


def _ends_date(text: str, number: int) -> bool:
    """Whether the number at `number` is the year of a date ("3 March 2011 The trial is delayed", "May 2, 2011"): a
    chronology's heading, which opens its item; a piece never starts after it."""
    return _date_before_year().search(text, max(0, number - 30), number) is not None


def _word_before_allows(rule: GluedRule, not_after: frozenset[str], text: str, word: re.Match[str] | None) -> bool:
    """Whether the word before a rule's match lets a new piece start there (`word`: _LAST_WORD's match, or None)."""
    before = "" if word is None else word.group(1)
    lower = before.lower()
    if lower in not_after or lower in rule.also_not_after:
        return False  # a sentence goes on after a preposition, an article, a verb of saying
    if rule.names_the_opening and lower.rpartition("-")[2] in rule.also_not_after:
        return False  # a compound role noun before a name ("band-leader Benny Goodman")
    if word is not None and lower.isdigit() and _ends_date(text, word.start()):
        return False  # a chronology's date heading opens its item
    if rule.after_capitalised and not (before[:1].isupper() and not _NAME_BEFORE.search(before)):
        return False  # not after a possessive ("Jackson's Dr Murray")
    if rule.after_lower_case and not (before and _lower_case_or_number(before)):
        return False  # not a name's word ("the Jackson Five being")
    if rule.lone_name_not_after is not None and not (word is not None and _lone_name(text, word, rule)):
        return False  # a name of two words or more ("World War Two"), or one after a determiner
    if rule.common_word and not (before[:1].islower() and not _NAME_BEFORE.search(before)):
        return False  # "pandemic Current", not "United Nations", "the party's Director", "al-Jala Hospital"
    return True


# the word before a name: in lower case, after a space
_WORD_BEFORE_NAME = re.compile(r"(?:^|\s)([a-z][\w'’-]{0,40}+) $")


def _lone_name(text: str, word: re.Match[str], rule: GluedRule) -> bool:
    """Whether the word before a match (`word`) is one capitalised word after a lower-case word that is not one of
    the rule's determiners (GluedRule.lone_name_not_after): "to Mogadishu", not "the Birmingham", "Number Two"."""
    if not word.group(1)[:1].isupper() or _NAME_BEFORE.search(word.group(1)):
        return False
    before = _WORD_BEFORE_NAME.search(text, max(0, word.start() - 42), word.start())
    assert rule.lone_name_not_after is not None
    return before is not None and before.group(1).lower() not in rule.lone_name_not_after


# how far back a caption's opening may stand: a caption or headline is short
_OPENING_REACH = 400
# the fewest words a caption holds before the name that opens the report: a sentence-like run, not a sentence's
# opening adverbial ("Last night Piers Morgan hosted ...")
_CAPTION_WORDS = 4


def _piece_start(text: str, at: int, glued_before: int) -> int | None:
    """Where the piece holding offset `at` starts: after the last sentence stop, line break or glued start
    (`glued_before`, -1 for none) before it, or None when that is further back than a caption reaches."""
    reach = max(0, at - _OPENING_REACH)
    start = max(text.rfind("\n", reach, at) + 1, reach, glued_before + 1)
    for stop in _STOP.finditer(text, start, at):
        start = stop.end()
    if start == reach and reach > 0:
        return None
    return start


def _names_the_opening(text: str, match: re.Match[str], words: int, glued_before: int) -> bool:
    """Whether the name the match captured stands among the first `words` words of its piece (before the match),
    and a caption's run of words comes before it: the caption named it, so the name opens the report's first
    sentence ("Randy Jackson is the second youngest of the Jackson clan Randy Jackson, brother of ...")."""
    name = match.group("name")
    if text.find(name[: name.index(" ")], max(0, match.start() - _OPENING_REACH), match.start()) < 0:
        return False  # the name's first word is not in the piece's reach: no need to find the piece
    start = _piece_start(text, match.start(), glued_before)
    if start is None:
        return False
    before = text[start : match.start()].split()
    return len(before) >= _CAPTION_WORDS and match.group("name") in " ".join(before[:words])


def _opened_by(text: str, at: int, words: frozenset[str]) -> bool:
    """Whether the piece holding offset `at` opens with one of `words` (a sentence's fronted adverbial)."""
    start = _piece_start(text, at, -1)
    if start is None:
        return False
    first = text[start : start + 20].split(maxsplit=1)
    return bool(first) and first[0].lower() in words


def _heading_before(text: str, at: int, words: int) -> bool:
    """Whether the piece before offset `at` is a short heading (GluedRule.heading_words): at most `words` words from
    its line's or sentence's start, none of them a number, a month or a weekday, and not all in capitals."""
    start = _piece_start(text, at, -1)
    if start is None:
        return False
    before = text[start:at].split()
    if not before or len(before) > words:
        return False
    if not any(char.islower() for word in before for char in word):
        return False  # a dateline in capitals ("SYRIA -- As protests heated up ..."): the title code reads its place
    calendar = _calendar_words()
    return not any(any(char.isdigit() for char in word) or word.lower().strip(".,") in calendar for word in before)


def _acronym_in_text(text: str, acronym: str) -> bool:
    """Whether `acronym` stands right after a lower-case word or a comma somewhere in `text` ("led by NATO"): the
    article uses it as a name in running text (GluedRule.acronym_in_text)."""
    return re.search(rf"(?<=[a-z,] ){re.escape(acronym)}(?![\w'’-])", text) is not None


# a capitalised word right after a lower-case word or a number, or after one and a closing mark ("said It", "by 95
# The", "world” There"): where every rule with `needs_words` opens its piece (each reads one of these in its
# lookbehind)
_CAPITAL_AFTER_LOWER = re.compile(r" (?=[A-Z])(?:(?<=[a-z\d] )|(?<=[a-z][’'”)] ))([A-Z][a-z]*+)")


def _capitals_after_lower(text: str) -> frozenset[str]:
    """The words `_CAPITAL_AFTER_LOWER` finds in `text` (for GluedRule.needs_words)."""
    return frozenset(_CAPITAL_AFTER_LOWER.findall(text))


def _has_need(text: str, rule: GluedRule, present: dict[object, Any]) -> bool:
    """Whether `text` holds what `rule` needs (GluedRule.needs, needs_match, needs_words), read once a text for every
    rule that names the same need: a substring test, one search of the shared pattern, or the text's capitalised
    words after a lower-case word (one scan for all the rules that name words)."""
    if rule.needs_words:
        words = present.get(_CAPITAL_AFTER_LOWER)
        if words is None:
            words = present[_CAPITAL_AFTER_LOWER] = _capitals_after_lower(text)
        if words.isdisjoint(rule.needs_words):
            return False
        if not (rule.needs or rule.needs_match):
            return True
    key = (rule.needs, rule.needs_match)
    found = present.get(key)
    if found is None:
        if rule.needs_match is not None:
            found = rule.needs_match.search(text) is not None and (not rule.needs or any(n in text for n in rule.needs))
        else:
            found = any(need in text for need in rule.needs)
        present[key] = found
    return found


def _glued_starts(text: str) -> Iterator[int]:
    """Offsets where a glued piece starts (the space before it): a caption or headline ends there. A rule that
    reads its piece's opening (`names_the_opening`) sees the starts the rules before it found."""
    glued = glued_rules()
    found: list[int] = []
    present: dict[object, Any] = {}  # each rule's need, read once a text
    for rule in glued.rules:
        if (rule.needs or rule.needs_match or rule.needs_words) and not _has_need(text, rule, present):
            continue  # the pattern cannot match without it: no scan
        is_common: Callable[[str], bool] | None = None
        earlier = sorted(found) if rule.names_the_opening else []
        for match in rule.pattern.finditer(text):
            if rule.after_any_word:
                at = match.start("at") if "at" in rule.pattern.groupindex else match.start()
                if rule.acronym_in_text and not _acronym_in_text(text, match.group("acronym")):
                    continue  # a shouted heading's last word, not a subject in capitals
                if rule.heading_words and not _heading_before(text, match.start(), rule.heading_words):
                    continue  # a sentence's own dash, or a chronology's date before its item
                if not (rule.not_opened_by and _opened_by(text, at, rule.not_opened_by)):
                    found.append(at)
                continue
            word = _last_word(text, match.start())
            if not _word_before_allows(rule, glued.not_after, text, word):
                continue
            if rule.not_opened_by and _opened_by(text, match.start(), rule.not_opened_by):
                continue  # a fronted adverbial with no comma runs on to its subject
            if rule.names_the_opening:
                glued_before = earlier[index - 1] if (index := bisect_left(earlier, match.start())) else -1
                if not _names_the_opening(text, match, rule.names_the_opening, glued_before):
                    continue
            if rule.common_word:
                is_common = is_common or _common_words(text, rule)  # the text's vocabulary, read once
                if not is_common(match.group(1)):
                    continue
            found.append(match.start())
    yield from found


def _boundaries(text: str) -> Iterator[int]:
    """Offsets where a sentence ends (exclusive), in increasing order."""
    for match in _STOP.finditer(text):
        end = match.end()
        rest = end
        while rest < len(text) and text[rest] in " \t":
            rest += 1
        if rest < len(text) and text[rest] == "\n":
            yield end  # a stop at the end of a line ends the sentence
            continue
        if rest >= len(text) or not _OPENS_SENTENCE.match(text, rest):
            continue
        if _ends_with_abbreviation(text, match.start()):
            continue
        yield end
    for match in _LINE_BREAK.finditer(text):
        after = match.end()
        blank_line = match.group().count("\n") > 1
        if blank_line or (after < len(text) and not text[after].islower()):
            yield match.start()
    yield from _glued_starts(text)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, stripped of surrounding whitespace, in order."""
    sentences: list[Sentence] = []
    start = 0
    for end in sorted(set(_boundaries(text))) + [len(text)]:
        if end <= start:
            continue
        chunk = text[start:end]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        if right > left:
            sentences.append(Sentence(start + left, start + right, chunk[left:right]))
        start = end
    return sentences
