"""Load the rule tables (YAML) and compile them into patterns, once, on first use.

Rules are data (rules/vocab.yaml, rules/patterns.yaml); this module only expands the named
sub-patterns and compiles. Everything here is cached, so importing the package costs nothing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Callable, Mapping

from timeline.rules import cached, kept_regex, load_yaml
from timeline.tagger import prefixes as prefixes_module
from timeline.tagger.prefixes import prefixes
from timeline.text import lexicon

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z_0-9]*)\}")
# groups holding names that only count when capitalised in the original text
_CAPITALISED = frozenset({"m", "wd", "hol", "tz"})


@dataclass(frozen=True, slots=True)
class Rule:
    """One recognition rule: its name, the normaliser it feeds, and its pattern (expanded)."""

    name: str
    norm: str
    source: str

    @property
    def regex(self) -> re.Pattern[str]:
        """The rule's own compiled pattern, compiled anew (the engine compiles each rule once, in `rule_slot`)."""
        return re.compile(self.source)


@dataclass(frozen=True, slots=True)
class Bucket:
    """The rules that can start with one character, tried together in one pattern.

    `slots[k]` = (rule index, index of the group spanning its match, its named groups as
    (name, group index), indexes of its capitalised-name groups), all relative to `every`.
    """

    every: re.Pattern[str]
    slots: tuple[tuple[int, int, tuple[tuple[str, int], ...], tuple[int, ...]], ...]
    tops: tuple[int, ...]  # slots[k][1] for every k: the group spanning each rule's match


@dataclass(frozen=True, slots=True)
class Tables:
    """Lookup tables read from vocab.yaml (lower-cased keys)."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    weekday_words: frozenset[str]  # the weekdays' names and the three first letters of each ("Sat"), for stamps
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    numbers: Mapping[str, float]
    vague_numbers: frozenset[str]
    ordinals: Mapping[str, int]
    units: Mapping[str, tuple[str, int]]
    point_mods: Mapping[str, str]
    approx_mods: Mapping[str, str]  # "around 2004": words before a date that make it approximate (APPROX)
    duration_mods: Mapping[str, str]
    round_offsets: Mapping[str, int]  # "eighteen months ago": from this count of the unit an offset is APPROX
    holidays: Mapping[str, str]
    lead_words: frozenset[str]
    glue_words: frozenset[str]
    count_nouns: frozenset[str]  # "2000 people": a count, not a year
    count_leads: tuple[str, ...]  # "up to 2000": a count, not a year
    range_words: tuple[str, ...]  # "to", "-", "and": join the two ends of a range
    generic_today_nouns: frozenset[str]  # "today's world": the present era, not the day
    year_title_words: frozenset[str]  # "Fiscal 1990": a capitalised word that may lead a year
    contract_words: frozenset[str]  # "Brent futures for April": a contract month, always ahead
    upcoming_leads: tuple[str, ...]  # "ahead of Saturday's concert": the coming weekday
    upcoming_leads_unless_past: tuple[str, ...]  # "for Saturday's show": the coming one unless a past verb governs
    coming_event_nouns: frozenset[str]  # "facing tough election fights in November": the coming month
    scheduled_event_nouns: frozenset[str]  # "has been set ... for Saturday's show": the coming weekday
    scheduled_noun_words: int
    coming_event_reach: int
    span_from_now_leads: frozenset[str]  # "within the next month": a span from the DCT, not the story's month
    weekday_pair_words: frozenset[str]  # "Monday and Tuesday": the second weekday follows the first
    year_told_after: tuple[str, ...]  # "on 15 October that year": the year the text last named
    own_week_weekday_rels: frozenset[str]  # "this Sunday": the weekday of the week the text is written in
    arranged_meetings: Mapping[str, frozenset[str]]  # "has been summoned to talks on Wednesday": the coming weekday
    planned_weekday: Mapping[str, frozenset[str]]  # "a vote could come on Thursday": the coming weekday (dates34)
    restamp_leads: tuple[str, ...]  # "updated :": a dated item's stamp on a page that gathers items
    nearest_weekday_leads: frozenset[str]  # "into early Tuesday": the nearest Tuesday, either way
    anaphoric_weekday_leads: frozenset[str]  # "on that Sunday": the day the text told, not the page's week
    small_hours_leads: tuple[str, ...]  # "early Sunday" on a Saturday page: the next day's small hours
    small_hours_end: int  # "12:45 a.m. Tuesday" on a Monday page: a clock time before this hour on the next day
    clock_weekday_words: int  # "noon prayers Saturday": words that may stand between a time of day and its weekday
    clock_weekday_blockers: frozenset[str]  # "at noon and again on Sunday": words that part them
    restamp_fillers: frozenset[str]  # "at", "GMT": words that may stand between such a lead and its date
    line_stamp_openers: tuple[str, ...]  # "(": a bracket opening a line before a live item's clock-and-weekday stamp
    line_stamp_words: frozenset[str]  # "p.m.": words of such a stamp besides clock times, weekdays and fillers
    day_anchor_sentences: Mapping[str, int]  # "a day later": how many sentences back the day it counts from may be
    overnight_report_day: Mapping[str, frozenset[str]]  # "overnight, ... said on Tuesday": the report's day anchors
    overnight_day_joiners: Mapping[str, int]  # "overnight Sunday", "overnight into Monday": the weekday's night


@dataclass(frozen=True, slots=True)
class Grammar:
    """All rules in priority order, with what the engine needs to try them fast."""

    rules: tuple[Rule, ...]
    tagged: tuple[str, ...]  # each rule as an optional capturing lookahead, groups renamed r<i>_<name>
    head_words: frozenset[str]  # lower-case words of which every expression contains one ...
    name_heads: frozenset[str]  # ... those that count only when capitalised (month, weekday names)
    head_digits: re.Pattern[str]  # ... or a digit shape (year, clock time, numeric date, '80s)
    tables: Tables


def _load_yaml(name: str) -> Any:
    return load_yaml("timeline.tagger", "rules", name)


@functools.cache
def _vocab() -> dict[str, Any]:
    """vocab.yaml with the month and weekday names the language's lexicon holds (timeline/text/lexicon.yaml)."""
    return {**_load_yaml("vocab.yaml"), "months": lexicon.calendar_table(lexicon.months()),
            "weekdays": lexicon.calendar_table(lexicon.weekdays())}


def _alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so a prefix never shadows a longer word."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in ordered) + ")"


def _not_after(words: list[str]) -> str:
    """One fixed-width negative look-behind per word ("feel about 1989"): none of the words and a whitespace
    character end the text before the match. Written with \\s, not a literal space, which _finalise would widen."""
    return "".join(rf"(?<!\b{re.escape(str(w).lower())}\s)" for w in sorted(set(words)))


def _names(table: Mapping[str, list[Any]], *, abbreviations: bool) -> str:
    """Calendar names in lower case (the engine checks their capital in the original text)."""
    forms: list[str] = []
    for _key, (_num, names) in table.items():
        full, *abbrs = names
        forms.append(full.lower())
        if abbreviations:
            forms += [a.lower() for a in abbrs]
    return _alternation(forms)


def _numword(numbers: Mapping[str, float]) -> str:
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    compound = f"(?:{'|'.join(tens)})(?:[- ](?:{'|'.join(ones)}))?+"
    simple = _alternation([w for w in numbers if w not in tens])
    return f"(?:{compound}|{simple})"


def weekday_words(weekdays: Mapping[str, int]) -> frozenset[str]:
    """The words read as a weekday's name: the table's names and the first three letters of each name of three or
    more ("sat"), made once with the tables (anchor reads them around every date)."""
    return frozenset(weekdays) | {name[:3] for name in weekdays if len(name) >= 3}


@functools.cache
def tables() -> Tables:
    """The word tables, lower-cased for lookup."""
    vocab = _vocab()
    weekdays = _name_lookup(vocab["weekdays"])
    return Tables(
        months=MappingProxyType(_name_lookup(vocab["months"])),
        weekdays=MappingProxyType(weekdays),
        weekday_words=weekday_words(weekdays),
        seasons=MappingProxyType(dict(vocab["seasons"])),
        parts_of_day=MappingProxyType(dict(vocab["parts_of_day"])),
        numbers=MappingProxyType({str(k): float(v) for k, v in vocab["numbers"].items()}),
        vague_numbers=frozenset(vocab["vague_numbers"]),
        ordinals=MappingProxyType({str(k): int(v) for k, v in vocab["ordinals"].items()}),
        units=MappingProxyType({k: (v[0], int(v[1])) for k, v in vocab["units"].items()}),
        point_mods=MappingProxyType(dict(vocab["point_mods"])),
        approx_mods=MappingProxyType(dict(vocab["approx_mods"])),
        duration_mods=MappingProxyType(dict(vocab["duration_mods"])),
        round_offsets=MappingProxyType({str(k): int(v) for k, v in vocab["round_offsets"].items()}),
        holidays=MappingProxyType({k.lower(): str(v) for k, v in vocab["holidays"].items()}),
        lead_words=frozenset(_lead_words(vocab)),
        glue_words=frozenset(str(w) for w in vocab["glue_words"]),
        count_nouns=frozenset(str(w).lower() for w in vocab["count_nouns"]),
        count_leads=tuple(" ".join(str(w).lower().split()) for w in vocab["count_leads"]),
        range_words=tuple(str(w).lower() for w in vocab["range_words"]),
        generic_today_nouns=frozenset(str(w).lower() for w in vocab["generic_today_nouns"]),
        year_title_words=frozenset(str(w).lower() for w in vocab["year_title_words"]),
        contract_words=frozenset(str(w).lower() for w in vocab["contract_words"]),
        upcoming_leads=tuple(" ".join(str(w).lower().split()) for w in vocab["upcoming_leads"]),
        upcoming_leads_unless_past=tuple(" ".join(str(w).lower().split()) for w in vocab["upcoming_leads_unless_past"]),
        coming_event_nouns=frozenset(str(w).lower() for w in vocab["coming_event_nouns"]),
        scheduled_event_nouns=frozenset(str(w).lower() for w in vocab["scheduled_event_nouns"]),
        scheduled_noun_words=int(vocab["scheduled_noun_words"]),
        coming_event_reach=int(vocab["coming_event_reach"]),
        span_from_now_leads=frozenset(str(w).lower() for w in vocab["span_from_now_leads"]),
        weekday_pair_words=frozenset(str(w).lower() for w in vocab["weekday_pair_words"]),
        year_told_after=tuple(str(w).lower() for w in vocab["year_told_after"]),
        own_week_weekday_rels=frozenset(str(w).lower() for w in vocab["own_week_weekday_rels"]),
        arranged_meetings=MappingProxyType({k: frozenset(str(w).lower() for w in v)
                                            for k, v in vocab["arranged_meetings"].items()}),
        planned_weekday=MappingProxyType({k: frozenset(" ".join(str(w).lower().split()) for w in v)
                                          for k, v in vocab["planned_weekday"].items()}),
        restamp_leads=tuple(str(w).lower() for w in vocab["restamp_leads"]),
        nearest_weekday_leads=frozenset(str(w).lower() for w in vocab["nearest_weekday_leads"]),
        anaphoric_weekday_leads=frozenset(str(w).lower() for w in vocab["anaphoric_weekday_leads"]),
        small_hours_leads=tuple(str(w).lower() for w in vocab["small_hours_leads"]),
        small_hours_end=int(vocab["small_hours_end"]),
        clock_weekday_words=int(vocab["clock_weekday_words"]),
        clock_weekday_blockers=frozenset(str(w).lower() for w in vocab["clock_weekday_blockers"]),
        restamp_fillers=frozenset(str(w).lower() for w in vocab["restamp_fillers"]),
        line_stamp_openers=tuple(str(w) for w in vocab["line_stamp_openers"]),
        line_stamp_words=frozenset(str(w).lower() for w in vocab["line_stamp_words"]),
        day_anchor_sentences=MappingProxyType({str(k): int(v) for k, v in vocab["day_anchor_sentences"].items()}),
        overnight_day_joiners=MappingProxyType({str(k).lower(): int(v) for k, v in vocab["overnight_day_joiners"].items()}),
        overnight_report_day=MappingProxyType({str(k): frozenset(str(w).lower() for w in v)
                                               for k, v in vocab["overnight_report_day"].items()}),
    )


def _lead_words(vocab: Any) -> set[str]:
    words = {str(w).lower() for w in vocab["lead_words"]}
    words |= {str(w).split()[-1] for w in vocab["numbers"]}
    words |= {part for phrase in vocab["approx_mods"] for part in str(phrase).lower().split()}  # "circa 1990"
    words |= {str(w) for w in vocab["ordinals"]}
    words |= {part.lower().removesuffix("'s") for name in vocab["holidays"] for part in str(name).split()}
    # month and weekday names are heads themselves: an expression starting with one is found there
    return words


def _name_lookup(table: Mapping[str, list[Any]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for _key, (num, names) in table.items():
        for name in names:
            out[name.lower()] = int(num)
    return out


def _subpatterns(vocab: Any) -> dict[str, str]:
    months, weekdays = vocab["months"], vocab["weekdays"]
    abbr_only = [a for _k, (_n, names) in months.items() for a in names[1:]]
    return {
        "month": _names(months, abbreviations=False),
        "mon": _names(months, abbreviations=True),
        "monabbr": _alternation([a.lower() for a in abbr_only]),
        "weekday": _names(weekdays, abbreviations=False),
        "season": _alternation(list(vocab["seasons"])),
        "pod": _alternation(list(vocab["parts_of_day"])),
        "numword": _numword(vocab["numbers"]),
        "ordinal": _alternation([str(k) for k in vocab["ordinals"]]),
        "unit": _alternation(list(vocab["units"])),
        "dmod_word": _alternation(list(vocab["duration_mods"])),
        "amod_word": _alternation(list(vocab["approx_mods"])),
        "amod_not_after": _not_after(vocab["approx_topic_words"]),
        "vague": _alternation(list(vocab["vague_numbers"])),
        "holiday": _alternation([str(h).lower() for h in vocab["holidays"]]),
    }


def _expand(pattern: str, defs: Mapping[str, str], depth: int = 0) -> str:
    if depth > 8:
        raise ValueError(f"sub-pattern nesting too deep in {pattern!r}")

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in defs:
            raise ValueError(f"unknown sub-pattern {{{name}}}")
        return _expand(defs[name], defs, depth + 1)

    return _PLACEHOLDER.sub(sub, pattern)


def _finalise(pattern: str) -> str:
    """A literal space in a rule means any run of whitespace (news text wraps lines anywhere).

    Outside a character class " " becomes \\s++ (" ?" becomes \\s*+); inside one it becomes \\s.
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(r"\s" if ch == " " else ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == " ":
            optional = pattern[i + 1 : i + 2] == "?"
            out.append(r"\s*+" if optional else r"\s++")
            i += 1 if optional else 0
        else:
            out.append(ch)
        i += 1
    return "".join(out)


@functools.cache
def grammar() -> Grammar:
    """Read and compile every rule once (on first use, never at import)."""
    vocab = _vocab()
    spec = _load_yaml("patterns.yaml")
    defs = _subpatterns(vocab) | {k: str(v) for k, v in spec["define"].items()}
    rules: list[Rule] = []
    tagged: list[str] = []
    for i, entry in enumerate(spec["rules"]):
        source = _finalise(_expand(str(entry["pattern"]), defs))
        rules.append(Rule(name=str(entry["name"]), norm=str(entry["norm"]), source=source))
        tagged.append(f"(?:(?=(?P<r{i}>" + source.replace("(?P<", f"(?P<r{i}_") + "))|)")
    return Grammar(rules=tuple(rules), tagged=tuple(tagged),
                   head_words=_head_words(vocab), name_heads=_name_heads(vocab),
                   head_digits=_HEAD_DIGITS, tables=tables())


def _name_heads(vocab: Any) -> frozenset[str]:
    words: set[str] = set()
    for table in ("months", "weekdays"):
        for _key, (_num, names) in vocab[table].items():
            words |= {n.lower() for n in names} | {names[0].lower() + "s"}
    return frozenset(words)


def _head_words(vocab: Any) -> frozenset[str]:
    """Words of which every expression contains at least one (the engine scans for these first)."""
    words = {str(w).lower() for w in vocab["heads"]}
    for table in ("months", "weekdays"):
        for _key, (_num, names) in vocab[table].items():
            words |= {n.lower() for n in names} | {names[0].lower() + "s"}
    words |= {str(w).lower() for w in vocab["seasons"]} | {str(w).lower() for w in vocab["parts_of_day"]}
    bad = sorted(w for w in words if not w.isascii() or not w.isalpha())
    if bad:
        raise ValueError(f"head words must be plain a-z words: {bad}")
    return frozenset(words)


# Each branch starts with a digit, a quote or q/h; the leading lookahead says so once, so the scan rejects any
# other character with one test instead of trying every branch there (three times faster on news; the branches
# give the regex engine no first-character set: they open with classes, groups and a lookbehind). A year's left context
# (not after a digit, comma or point) is checked by the engine.
_HEAD_DIGITS = re.compile(
    r"(?=[\d'qh])(?:"
    r"(?:1[6-9]|20)\d\d(?!\d)"  # a year
    r"|\d\d?(?:[:.]\d\d)? ?[ap]\.?m\b|\d\d?:\d\d"  # a clock time
    r"|\d\d?/\d"  # a numeric date
    r"|'\d0s"  # a decade
    r"|\d\d?\.\d\d?\.\d"  # a dotted date (27.03.2016)
    r"|[qh][1-4](?![a-z0-9])"  # a quarter or half (Q3 2016)
    r"|(?<=on the )\d\d?(?:st|nd|rd|th)(?![a-z0-9])"  # a day of the month in focus ("on the 13th")
    r")"
)

# The scan the engine runs (speed11): the same starts as _HEAD_DIGITS, found about twice as fast. A pattern that
# opens with a plain character class lets the regex engine skip, in C, every character outside it; _HEAD_DIGITS opens
# with a lookahead, so it is tried at every character (~50 ns each). Each branch here consumes its first character
# and checks it with a look-behind; the quarter branch ("q3") is found at its digit, as a match of one character
# (every other branch consumes two or more), and starts one character earlier: so no match starts at a "q" or "h",
# the commonest of the old class's characters in English. On ASCII text [0-9] is \d; other text keeps \d.
# tests/tagger/test_head_digits_scan.py compares the starts with _HEAD_DIGITS' on every text at hand and on random ones.
_HEAD_DIGITS_BODY = (
    r"(?:(?<=[qh][1-4])(?![a-z0-9])"  # a quarter or half, found at its digit (one character)
    r"|(?<=1)[6-9]\d\d(?!\d)|(?<=2)0\d\d(?!\d)"  # a year
    r"|(?<=\d)\d?(?:[:.]\d\d)? ?[ap]\.?m\b|(?<=\d)\d?:\d\d"  # a clock time
    r"|(?<=\d)\d?/\d"  # a numeric date
    r"|(?<=')\d0s"  # a decade
    r"|(?<=\d)\d?\.\d\d?\.\d"  # a dotted date
    r"|(?<=on the \d)\d?(?:st|nd|rd|th)(?![a-z0-9])"  # a day of the month in focus
    r")"
)
_HEAD_DIGITS_ASCII = re.compile(r"[0-9']" + _HEAD_DIGITS_BODY)
_HEAD_DIGITS_ANY = re.compile(r"[\d']" + _HEAD_DIGITS_BODY)


def head_digit_starts(lowered: str) -> list[int]:
    """The start of every match of _HEAD_DIGITS in `lowered` (finditer's, in order), by the faster scan above."""
    scan = _HEAD_DIGITS_ASCII if lowered.isascii() else _HEAD_DIGITS_ANY
    return [m.start() - 1 if m.end() - m.start() == 1 else m.start() for m in scan.finditer(lowered)]


@functools.cache
def bucket(char: str) -> Bucket:
    """The rules to try at a position starting with `char` (a lower-case character, or two), compiled on
    first use, in one pattern. The engine no longer uses these (it tries `candidates`, each rule alone): they are
    the reference the tests compare it with (tests/tagger/test_tagger_dispatch.py, test_tagger_properties.py).

    Each rule sits in an optional capturing lookahead, so one C-level match tries them all at a
    position and reports every rule's span; for a two-letter key (a capitalised month or weekday
    name) only the rules that can begin with both letters are included.
    """
    gram = grammar()
    if len(char) == 1:
        # one regex of every rule serves all single characters: a rule that cannot begin with the character
        # fails at once, and compiling one pattern instead of ~40 overlapping ones saves 0.4 s of CPU in every
        # process (a third of `timeline dates` on TimeBank + AQUAINT) for ~9 % of matching speed
        return _every_rule()
    chosen = [i for i in range(len(gram.rules)) if _may_begin(i, char)]  # rules that can begin with both letters
    return _compiled(tuple(chosen))


@functools.cache
def _every_rule() -> Bucket:
    rules = grammar().rules
    found = _compiled(tuple(range(len(rules))))
    _check(found, rules)
    return found


def _check(every: Bucket, rules: tuple[Rule, ...]) -> None:
    """Refuse a rule that matches the empty string or has an unnamed capturing group, read from the one pattern of
    every rule (a rule's lookahead group spans (0, 0) on "" exactly when the rule alone matches ""; an unnamed
    group stays unnamed there), so that no rule is compiled alone."""
    on_empty = every.every.match("")
    for i, _top, _named, _capitals in every.slots:
        if on_empty is not None and on_empty.span(f"r{i}") == (0, 0):
            raise ValueError(f"rule {rules[i].name} matches the empty string")
    if every.every.groups != len(every.every.groupindex):
        unnamed = next(rule.name for rule in rules if rule.regex.groups != len(rule.regex.groupindex))
        raise ValueError(f"rule {unnamed} has an unnamed capturing group; use (?:...)")


def _compiled(chosen: tuple[int, ...]) -> Bucket:
    gram = grammar()
    every = re.compile("".join(gram.tagged[i] for i in chosen))
    index = every.groupindex
    slots = []
    for i in chosen:
        prefix = f"r{i}_"
        groups = tuple((name.removeprefix(prefix), idx) for name, idx in index.items() if name.startswith(prefix))
        capitals = tuple(idx for name, idx in groups if name in _CAPITALISED)
        slots.append((i, index[f"r{i}"], groups, capitals))
    return Bucket(every=every, slots=tuple(slots), tops=tuple(slot[1] for slot in slots))


# The engine tries at a start only the rules that can begin with its first three characters, each with its own pattern
# (`candidates`). The one pattern of every rule (`bucket`, `_every_rule`) gave the same spans in one C-level match,
# but every rule sits there in a capturing lookahead inside an alternation, and the regex engine saves and restores
# the marks of all its groups (~270) at each of them: ~55 us a start on TimeBank + AQUAINT against ~10 us for the
# ~10 rules a start's three characters leave, tried one by one. It stays as the reference the tests compare with.
Slot = tuple[int, Callable[..., "re.Match[str] | None"], tuple[tuple[str, int], ...], tuple[int, ...]]


@functools.cache
def rule_slot(i: int) -> Slot:
    """Rule i compiled alone, on first use, as (rule index, its pattern's match, its named groups as (name, group
    index), the indexes of its capitalised-name groups). Refused as `_check` refuses it: a rule that matches the
    empty string or has an unnamed capturing group."""
    rules = grammar().rules
    rule = rules[i]
    pattern = kept_regex("timeline.tagger", "rule-patterns", _rule_sources(rules), i)  # re.compile(rule.source)
    if pattern.match("") is not None:
        raise ValueError(f"rule {rule.name} matches the empty string")
    if pattern.groups != len(pattern.groupindex):
        raise ValueError(f"rule {rule.name} has an unnamed capturing group; use (?:...)")
    groups = tuple(pattern.groupindex.items())
    return i, pattern.match, groups, tuple(idx for name, idx in groups if name in _CAPITALISED)


@functools.cache
def _rule_sources(rules: tuple[Rule, ...]) -> tuple[tuple[str, int], ...]:
    """Every rule's pattern as kept_regex takes a family of patterns."""
    return tuple((rule.source, 0) for rule in rules)


_CANDIDATES: dict[str, tuple[Slot, ...]] = {}
KEY_CHARS = 3  # a start's key: its first three characters ("the": 34 rules of 58, "thu": 3)


def candidates(key: str) -> tuple[Slot, ...]:
    """The rules that can match at a position whose lower-cased text starts with `key` (its first KEY_CHARS
    characters, fewer at the end of the text), in rule order, each compiled alone (`rule_slot`); found once per key."""
    found = _CANDIDATES.get(key)
    if found is None:
        found = _CANDIDATES[key] = tuple(rule_slot(i) for i in range(len(grammar().rules)) if _may_start(i, key))
    return found


def _may_start(i: int, key: str) -> bool:
    """Whether rule i can match a text that is `key` or starts with it when `key` has KEY_CHARS characters (a
    shorter key is the end of the text): one of its prefixes (`_start_prefixes`) is the key or begins it."""
    starts = _start_prefixes(i)
    return starts is None or any(key[:j] in starts for j in range(len(key) + 1))


def _start_prefixes(i: int) -> frozenset[str] | None:
    """The first KEY_CHARS characters a match of rule i can begin with (shorter strings: the match may go on with
    anything, or end, there), or None when that is not known (the rule is then tried everywhere)."""
    return _every_start_prefixes()[i]


@functools.cache
def _every_start_prefixes() -> tuple[frozenset[str] | None, ...]:
    """`_start_prefixes` of every rule, read from the patterns at once (the engine's first start asks for them all),
    and kept between runs beside the bytecode while the rules' patterns are the same (timeline.rules.cached)."""
    sources = tuple(rule.source for rule in grammar().rules)
    with open(prefixes_module.__file__, "rb") as handle:  # the reader's own code: a change to it reads them anew
        reader = handle.read()
    return cached("timeline.tagger", "start-prefixes", (KEY_CHARS, sources, reader),
                  lambda: tuple(prefixes(source, KEY_CHARS) for source in sources))


# The two-letter buckets of `bucket` (the tests' reference): at capitalised month and weekday names, the rules
# that can begin with both letters.
NAME_KEYS = frozenset({"ja", "fe", "ma", "ap", "ju", "au", "se", "oc", "no", "de",
                       "mo", "tu", "we", "th", "fr", "sa", "su"})


def _may_begin(i: int, key: str) -> bool:
    starts = _rule_prefixes(i)
    if starts is None:
        return True
    return any(key.startswith(p) if len(p) < len(key) else p == key for p in starts)


@functools.cache
def _rule_prefixes(i: int) -> frozenset[str] | None:
    """The first two characters a match of rule i can begin with (shorter strings: the match may
    go on with anything, or end there), or None when that is not known (the rule is then kept)."""
    return prefixes(grammar().rules[i].source, 2)
