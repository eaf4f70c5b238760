#!/usr/bin/env python3
"""Glued sentences in events' sources: a headline, caption, video title, byline or second sentence run into one.

Usage: python3 benchmarks/bench_glued.py [--show N] [--kind KIND] TIMELINE.yaml ...

Build the timelines first, e.g. for the five development topics:
    for T in LibyaWar_reuters LibyaWar_cnn H1N1_bbc MJ_bbc bpoil_guardian; do
        .venv/bin/timeline build ../shared/data/timeline17/$T/InputDocs -o /tmp/ev-$T.yaml -q; done
    python3 benchmarks/bench_glued.py /tmp/ev-*.yaml

The check is independent of timeline/text/sentences.yaml and timeline/read/rules.yaml on purpose: plain,
hand-written signs that one quote holds two pieces of text, read from the quotes alone. Each distinct quote counts
once per file. Kinds (a quote counts under the first kind it shows):
- opener: a word that in running text is lower case ("If", "When", "Another", "Nearly", "It", "The") capitalised
  right after a lower-case word or a weekday, with a lower-case word after it: a new sentence starts there
  ("... seek medical advice If you suspect ...", "... said Tuesday Nearly 40,000 Libyans ...");
- common word: a capitalised word that this file's quotes write in lower case at least twice as often as
  capitalised inside a quote, right after a lower-case word and before one ("... death photos Lawyers
  for Dr Murray ...", "... flu pandemic Current treatments ...");
- two sentences: a full stop, "?" or "!" inside the quote before a capitalised word ("... he said. The crowd");
- headline run: five or more capitalised words in a row, four of them common words as above ("Swine Flu Cases
  Close Schools In Wales");
- caption: a picture's caption cue ("(pictured)", "shown in 2010", "(left)", "Watch:", "Video:");
- byline: a byline or agency dateline ("By Name", "BBC News, Place", "(Reuters) -");
- name start: a name's possessive opening a clause after a year or a weekday inside the quote ("... on Thursday
  Michael Jackson's sister ...", "... in 2002 Afghanistan's only known pig ..."), or an honorific after a
  capitalised word ("... in Cardiff Ms Jackson attended ..."). No rule of the tool splits these: it measures what
  is left (a name after a lower-case word, "... cardiac arrest Jackson's mother filed ...", is not counted: without
  parts of speech it cannot be told from a verb's object, "... kills Gaddafi's youngest son").
It prints, per file and in total: entries, entries with a glued source, distinct quotes, glued quotes by kind,
titles that hold the glued junction themselves, and with --show N the first N glued quotes of each kind.

It also counts titles that are pieces of their sentence, by signs of its own (not the tool's lexicon or rules):
- no verb: no word reads as a finite verb: an auxiliary or modal, a past form from a short hand-written list, or a
  word in "-ed" not after an article or a possessive ("Libya's third city", "Part of sanctions imposed" counts as
  having one; "The years following the U.S. invasion" has none);
- mid start: the title opens inside a phrase of its sentence: its first two words stand in the first source's quote
  right after an article, a possessive determiner or a preposition ("... against [his 41-year-rule]"), or it opens
  with a relative word ("Whose denunciation ...", "Which ...");
- participle: it opens with a capitalised "-ing" word and a lower-case word, its subject lost ("Saying the
  government ...", "Having resumed work ...").
With --show-titles N it prints the first N titles of each of these (stderr).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

TITLE_KINDS = ("no verb", "mid start", "participle")
# words that are finite verbs (or carry one) wherever they stand
AUXILIARIES = frozenset("""is are was were am has have had will would can could may might must shall should do does
    did won't can't didn't wasn't weren't hasn't haven't hadn't isn't aren't""".split())
PAST_FORMS = frozenset("""began begun broke came died fell fled flew found gave got went held hit kept knew led left lost made
    met paid put ran rose said sank sent set shot sold spoke stood struck swept took told threw won wrote became brought
    bought built caught chose drew drove fought froze grew hung heard hid laid lay lent meant overtook quit rode rang saw
    sought shook shut slid spent spread stole stuck swore taught tore thought understood woke wore withdrew upheld
    overthrew undertook forbade sat bore beat bit blew bled bred burnt dealt dug fed felt fit forgave forgot hurt let
    lit read rid shed shone slept slit sped spun split sprang stank stung strove swung wept wound
    says tells kills sparks meets files calls emerges becomes begins dies wins takes faces announces resigns launches
    agrees arrives opens starts ends returns plans call prepare become begin""".split())
# words after which an "-ed" word is an adjective or a noun's modifier, not a verb ("the injured", "his stolen")
BEFORE_ADJECTIVE = frozenset("a an the this that these those his her its their our my your".split())
# words a phrase goes on after: a title that starts right after one of them starts inside the phrase
INSIDE_PHRASE = frozenset("""a an the of its his her their our my your this these those by for with from into onto than
    between against about under over to in on at""".split())
RELATIVE_OPENERS = frozenset("whose which whom".split())
# what a participle's lost subject leaves after it: its object, a preposition or a clause ("Saying the", "Having closed")
AFTER_PARTICIPLE = frozenset("""the a an that he she it they we his her its their him them up over on at to for with in
    into from by out off about closed resumed been""".split())
# a noun lifted out of its sentence with its relative clause ("... from the tanker Exxon Valdez, which hit ...")
RELATIVE_AFTER = re.compile(r"[^.;:]{0,60}?,\s(?:which|who|whose)\b")
TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*+")

KINDS = ("opener", "common word", "two sentences", "headline run", "caption", "byline", "name start")

# words running text writes in lower case, whose capital marks the start of a sentence
OPENERS = frozenset("""
    if when while as after before since until unless although though because despite during under among over
    about around almost nearly more most some many several few both each every all no none another other others
    last earlier later meanwhile however instead separately now yet still already once only even just also so
    but and or then there it he she they we you this these those his her its their our my your the an
    in at on for from by with without into according officials police
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds thousands
""".split())
# words after which a capitalised word goes on the sentence (a name after a preposition, article or verb of saying)
GOES_ON = frozenset("""
    a an the of to in on at by for with and or nor but from as into onto than since until till before after
    during between is are was were be been being has have had that which who whom whose said says say told tells
    called named titled entitled dubbed read reads wrote writes sang sings dated via like against about over under
    near across toward towards outside inside within without upon per versus vs its his her their our my your
""".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# a name opening a clause after a year or a weekday that ends a phrase: its possessive and a lower-case word
# ("... in Los Angeles on Thursday Michael Jackson's sister ...", "... by China in 2002 Afghanistan's only pig"),
# or an honorific after a capitalised word ("... in Cardiff Ms Jackson attended ...")
NAME_START = re.compile(r"(?<![\w'’.-])(\d{4}|[A-Z][a-z]+day) ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+['’]s [a-z])|"
                        r"(?<![\w'’.-])([A-Z][a-z]{2,}) ((?:Mr|Ms|Mrs|Dr) [A-Z][a-z]+ [a-z])")
# nouns of a role before a name in apposition ("the singer Michael Jackson's ...")
ROLES = frozenset("""singer star leader president spokesman spokeswoman minister secretary chief doctor physician lawyer
    father mother brother sister son daughter wife husband friend colonel general judge prosecutor envoy
    correspondent editor executive chairman commander reporter""".split())
LOWER_WORD = re.compile(r"\b[a-z]{2,}")
SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|confirmed)(?: on| late| early)? \S+ $")
TITLES = frozenset("general director secretary minister president chief professor officer commissioner deputy".split())
WORD = re.compile(r"[A-Za-z][\w'’-]*+")
# a lower-case word (or a weekday), optional closing quote or bracket, a space, a capitalised word, a space, and a
# lower-case word or a number
JUNCTION = re.compile(r"(?<![\w'’.-])([a-z][\w'’-]*+|[A-Z][a-z]+day)[”’\")]?+ ([A-Z][a-z][\w'’-]*+|[A-Z]) ([a-z][\w'’-]*+|\d)")
STOP_INSIDE = re.compile(r"([\w'’-]*+)[.!?][”’\")]?+ (?=[“\"]?[A-Z][a-z])")
# words a full stop follows without ending the sentence
ABBREVIATIONS = frozenset("""mr ms mrs dr st gen col lt sgt no jr sr vs co inc ltd rep sen gov capt maj prof rev adm cmdr
    brig cpl pvt mt ft jan feb mar apr jun jul aug sep sept oct nov dec corp""".split())
CAPS_RUN = re.compile(r"(?:\b[A-Z][a-z'’-]*+ ){3,}[A-Z][a-z'’-]*+\b")
CAPTION = re.compile(
    r"\((?:pictured|left|right|centre|center|above|below|top|bottom|file photo)\)|\bshown (?:in|here|on|at) |"
    r"\bseen here\b|\b(?:Watch|Video|VIDEO|Photos?|Gallery|Audio|Listen)\s?:|\bClick here\b|\(\d{1,2}:\d\d\)"
)
BYLINE = re.compile(r"^By (?!(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|BP|the)\b)[A-Z][a-z]+ [A-Z]|\bBBC News, [A-Z]|\((?:Reuters|AP|AFP|CNN)\)\s?(?:--|[-–—])|\bCNN Wire Staff\b")


@dataclass(frozen=True)
class Vocabulary:
    """How often a file's quotes write each word in lower case, and capitalised inside a quote (not first)."""

    lower: Counter[str]
    capital_inside: Counter[str]

    def common(self, word: str) -> bool:
        key = word.lower()
        return self.lower[key] >= 2 and self.lower[key] >= 2 * self.capital_inside[key]


def vocabulary(quotes: Iterable[str]) -> Vocabulary:
    lower: Counter[str] = Counter()
    capital_inside: Counter[str] = Counter()
    for quote in quotes:
        words = WORD.findall(quote)
        for word in words[1:]:
            if word[0].islower():
                lower[word] += 1
            else:
                capital_inside[word.lower()] += 1
        if words and words[0][0].islower():
            lower[words[0]] += 1
    return Vocabulary(lower, capital_inside)


def junctions(quote: str, words: Vocabulary) -> Iterable[tuple[str, int]]:
    """(kind, offset) of each place a new piece seems to start inside the quote."""
    for match in JUNCTION.finditer(quote):
        before, word = match.group(1), match.group(2)
        weekday = before.lower() in WEEKDAYS
        if before.lower() in GOES_ON or (weekday and before[0].isupper() and word.lower() not in OPENERS):
            continue
        if word == "I" or (word == "A" and match.group(3) in ("and", "or")):
            continue
        if word.lower() in OPENERS or word == "A":
            yield "opener", match.start(2)
        elif not weekday and words.common(word):
            yield "common word", match.start(2)
    for match in STOP_INSIDE.finditer(quote):
        before = match.group(1)
        if len(before) <= 1 or before.lower() in ABBREVIATIONS or before.isupper():
            continue  # an initial, a title or an acronym ("John F. Kennedy", "Dr. Murray", "U.S. forces")
        if match.end() < len(quote) - 1:
            yield "two sentences", match.end()
    for match in CAPS_RUN.finditer(quote):
        run = match.group().split()
        if len(run) >= 5 and sum(words.common(w) for w in run) >= 4:
            yield "headline run", match.start()
    for match in NAME_START.finditer(quote):
        before = match.group(1) or match.group(3)
        if before.lower() in GOES_ON or before.lower() in ROLES or before.lower() in OPENERS:
            continue
        if match.group(1) and before.endswith(("ed", "ing")):
            continue  # a verb's object ("joined Jackson's entourage")
        if match.group(3) and before.lower() in TITLES:
            continue  # a title before the honorific ("Director General Dr Keiji Fukuda")
        if match.group(1) and SAID_BEFORE.search(quote, 0, match.start()):
            continue  # reported speech without "that" ("Libya said Sunday Muammar Gaddafi's son ...")
        if not LOWER_WORD.search(quote, 0, match.start()):
            continue  # a chronology's date heading before its item ("25 June 2010 Michael Jackson's father ...")
        yield "name start", match.start(2) if match.group(1) else match.start(4)
    for match in CAPTION.finditer(quote):
        yield "caption", match.start()
    for match in BYLINE.finditer(quote):
        yield "byline", match.start()


def glued_kind(quote: str, words: Vocabulary) -> str | None:
    found = {kind for kind, _ in junctions(quote, words)}
    return next((kind for kind in KINDS if kind in found), None)


def title_glued(title: str, words: Vocabulary) -> bool:
    """Whether the title itself holds a junction (two pieces made one title)."""
    return any(kind in ("opener", "common word", "two sentences", "caption", "byline") for kind, _ in
               junctions(title, words))


def has_finite_verb(title: str) -> bool:
    words = [w.lower() for w in TITLE_WORD.findall(title)]
    for i, word in enumerate(words):
        if word in AUXILIARIES or word in PAST_FORMS:
            return True
        if len(word) > 4 and word.endswith("ed") and (i == 0 or words[i - 1] not in BEFORE_ADJECTIVE):
            return True
    return False


def opens_mid_phrase(title: str, quote: str) -> bool:
    words = TITLE_WORD.findall(title)
    if not words:
        return False
    if words[0].lower() in RELATIVE_OPENERS:
        return True
    if len(words) < 2:
        return False
    head = re.compile(r"(?i)(?<![\w'’-])" + re.escape(words[0]) + r"\W++" + re.escape(words[1]) + r"(?![\w'’-])")
    found = head.search(quote)
    if found is None or found.start() == 0:
        return False
    before = quote[max(0, found.start() - 40):found.start()].split()
    if not before or before[-1].lower() not in INSIDE_PHRASE:
        return False  # after a date ("In 2003 Tony Blair"), a comma or the quote's start: a clause may start there
    return RELATIVE_AFTER.match(quote, found.end()) is None


def opens_with_participle(title: str) -> bool:
    words = TITLE_WORD.findall(title)
    return (len(words) >= 2 and words[0][0].isupper() and words[0].endswith("ing")
            and words[1].lower() in AFTER_PARTICIPLE)


def title_kinds(event: dict) -> list[str]:
    """The TITLE_KINDS the entry's title shows (read against its first source's quote)."""
    title = str(event.get("title", ""))
    quote = str(((event.get("sources") or [{}])[0]).get("quote", ""))
    found = []
    if title.split() and not has_finite_verb(title):
        found.append("no verb")
    if opens_mid_phrase(title, quote):
        found.append("mid start")
    if opens_with_participle(title):
        found.append("participle")
    return found


@dataclass
class Counts:
    entries: int = 0
    glued_entries: int = 0
    quotes: int = 0
    glued_titles: int = 0
    kinds: Counter[str] | None = None
    shapes: Counter[str] | None = None


def count(events: list[dict], show: int, only: str | None, label: str, show_titles: int = 0) -> Counts:
    quotes = {str(s.get("quote", "")) for e in events for s in e.get("sources", [])}
    words = vocabulary(quotes)
    kinds: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for quote in sorted(quotes):
        kind = glued_kind(quote, words)
        if kind is None:
            continue
        kinds[kind] += 1
        if shown[kind] < show and (only is None or only == kind):
            shown[kind] += 1
            print(f"  {label} [{kind}] {quote[:220]}", file=sys.stderr)
    result = Counts(entries=len(events), quotes=len(quotes), kinds=kinds, shapes=Counter())
    for event in events:
        for shape in title_kinds(event):
            result.shapes[shape] += 1
            if result.shapes[shape] <= show_titles:
                print(f"  {label} [{shape}] {event.get('title', '')}", file=sys.stderr)
        if any(glued_kind(str(s.get("quote", "")), words) for s in event.get("sources", [])):
            result.glued_entries += 1
        if title_glued(str(event.get("title", "")), words):
            result.glued_titles += 1
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("timelines", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print N glued quotes of each kind per file (stderr)")
    parser.add_argument("--kind", choices=KINDS, help="show only this kind")
    parser.add_argument("--show-titles", type=int, default=0, help="print N titles of each title kind per file")
    args = parser.parse_args()
    header = ["file", "entries", "glued entries", "quotes", "glued quotes", *KINDS, "glued titles", *TITLE_KINDS]
    rows = []
    for path in args.timelines:
        try:
            events = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("events", [])
        except (OSError, yaml.YAMLError) as error:
            sys.exit(f"bench_glued: cannot read {path}: {error}")
        c = count(events, args.show, args.kind, path.stem, args.show_titles)
        assert c.kinds is not None and c.shapes is not None
        rows.append([path.stem, c.entries, c.glued_entries, c.quotes, sum(c.kinds.values()),
                     *(c.kinds[k] for k in KINDS), c.glued_titles, *(c.shapes[k] for k in TITLE_KINDS)])
    if len(rows) > 1:
        rows.append(["total", *(sum(r[i] for r in rows) for i in range(1, len(header)))])
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths))))


if __name__ == "__main__":
    main()
