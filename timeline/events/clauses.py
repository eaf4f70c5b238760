"""The clause that holds a date, who its subject is, and date ranges within a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.events.lexicon import (POSSESSIVE, WORD, finite_words, is_adverb, is_past, lexicon,
                                     rules as events_rules, stock_ticker, verb_form_words, words_of)
from timeline.events.subjects import holds_verb_or_expletive, name_saying_pronoun, opening_subject, pronoun_class
from timeline.events.titles import (continues_after_comma, explained_by_next, has_own_verb, inside_open_phrase,
                                    is_incomplete, lists_words,
                                    make_title, opening_subject_aside, qualified_noun, reads_as_present_verb, subject_asides,
                                    that_adverbials)
from timeline.events.subjects import past_of_gerund
from timeline.events.triggers import first_trigger
from timeline.model import Sentence, Timex
from timeline.text import lexicon as language
from timeline.text.clauses import event_clause_break
from timeline.words import last_piece

# content words (besides the date) that make a clause tell an event on its own ("who took office in 2019"),
# and that make it identify the event among others (its keys for merging come from this wider clause)
MIN_CLAUSE_WORDS = 2
MIN_KEY_CLAUSE_WORDS = 4
# "recognized the rebels as Libya's government", "such as", "as well as", "regarded as close contacts": an "as"
# after one of these words opens a phrase, not a clause (events.yaml as_phrase_words)
# ", Italy and the United Kingdom": a comma in a list of names (not of days or months: "Sunday, Monday and
# Tuesday" lists dates, each with its own clause)
@cache
def _list_after_comma() -> re.Pattern[str]:
    calendar = "|".join(names[0] for names in (*language.weekdays(), *language.months()))
    item = rf"(?!(?:{calendar})\b)[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){{0,2}}+"
    # ("from China, | Malta, Turkey and Germany": any comma of the list, not only its last; the last may be Oxford's)
    return re.compile(rf"(?:{item}, ){{0,{LIST_NAMES}}}{item},? (?:and|or) ")


LIST_NAMES = 8  # how many more names ", " parts a list of names may hold before its "and"


LIST_ITEM_REACH = 40  # characters read on either side of a comma for the words of a list ("a land, sea and air attack")
SUPERLATIVE_REACH_CHARS = 40  # "for the first time | since": how far back the superlative is read
AS_VERB_WORDS = 7  # how far before "as" a verb of naming may stand
AS_VERB_REACH = 80  # characters read back for it


GLOSS_LETTERS = 8  # how long a name's initials may be
_GLOSS = re.compile(rf"\(([A-Z][A-Za-z]{{1,{GLOSS_LETTERS - 1}}})\)")  # a name's initials, maybe: "(Sars)", "(OIC)"
GLOSS_NAME_REACH = 120  # characters read back for the words the initials stand for


def _glosses_initials(text: str, start: int, end: int) -> bool:
    """Whether the bracket at the break text[start:end] opens or closes the initials of the capitalised words right
    before it ("the Severe Acute Respiratory Syndrome (Sars) epidemic", "the Organization of the Islamic Conference
    (OIC)"): a gloss inside the noun phrase, which goes on after it; not "(Reuters)", "(BBC)" after other words."""
    opened = text.find("(", start, end)
    if opened < 0:  # the closing bracket's break: its gloss ends inside it
        closed = text.find(")", start, end)
        opened = text.rfind("(", max(0, closed - GLOSS_LETTERS - 1), closed) if closed >= 0 else -1
    found = _GLOSS.match(text, opened) if opened >= 0 else None
    if found is None or not (start <= found.start() < end or start <= found.end() - 1 < end):
        return False
    capitals = [w for w in text[max(0, opened - GLOSS_NAME_REACH):opened].split() if w[:1].isupper()]
    initials = found.group(1).lower()
    return len(capitals) >= len(initials) and "".join(w[0] for w in capitals[-len(initials):]).lower() == initials


TICKER_REACH = 16  # characters read on either side of a bracket break for the stock ticker it opens or closes


def _brackets_ticker(text: str, start: int, end: int) -> bool:
    """Whether the bracket at the break text[start:end] opens or closes a stock ticker ("Shell (RDSa.L) declared")."""
    return any(m.start() <= start < m.end() or m.start() < end <= m.end()
               for m in stock_ticker().finditer(text, max(0, start - TICKER_REACH), end + TICKER_REACH))


def joins_a_phrase(text: str, start: int, end: int) -> bool:
    """Whether the clause break text[start:end] (timeline.text.clauses) only joins a phrase: an "as" that opens a
    noun's role after a verb of naming or a fixed phrase ("recognized X as Libya's rightful government", "so much as"), a comma in a
    list of names ("the leaders of France, Italy and the United Kingdom")."""
    following, found = text[end: end + 3], text[start:end]
    if text.startswith("since ", end) and found.strip() == "" \
            and set(words_of(text[max(0, start - SUPERLATIVE_REACH_CHARS): start])[-4:]) & lexicon().superlatives:
        return True  # "for the first time since the rig exploded": the superlative's measure, not a new clause
    if text.startswith("since ", end) and found.strip() == "" and _since_date_after_count(text, start, end):
        return True  # "the number of people killed | since Tuesday": the span the count covers, not a new clause
    if found.strip() == "" and _relative_after_empty_head(text, start, end):
        return True  # "in a place | where you can not kill me", "at a time | when many are questioning ..."
    if following == "as " and found.strip() == "" and _as_without_subject(text, end):
        return True  # "merger talks as happened between BP and Shell": a comparison, no clause with a subject
    if following == "as " and found.strip() == "":
        # the verb of naming may stand before its object ("recognized the rebel movement based in Benghazi as")
        before = words_of(last_piece(text[max(0, start - AS_VERB_REACH): start]))
        return bool(before) and (before[-1] in _rules_words("as_phrase_words") or any(
            w in _rules_words("as_phrase_words") and is_past(w) for w in before[-AS_VERB_WORDS:])
            or _as_role_of_object(before, text, end))
    if found.strip() == "" and text.startswith("but ", end) and _joins_modifiers(text, start, end):
        return True  # "issues a rambling | but defiant audio message": two modifiers of one noun, not two clauses
    if found.strip() in ("(", ")") and _glosses_initials(text, start, end):
        return True  # "the Severe Acute Respiratory Syndrome | (Sars) | epidemic": a name's initials, not a clause
    if found.strip() in ("(", ")") and _brackets_ticker(text, start, end):
        return True  # "Royal Dutch Shell | (RDSa.L) | declared": the company's stock ticker, not a clause
    if _inside_short_quotation(text, start, end):
        return True  # "popularized the Republican “drill, baby, drill” slogan": the quoted words are one name
    if found.strip() in ("", ",") and text.startswith("and ", end) and _joins_subjects(text, start, end):
        return True  # "that Gaddafi's son Khamis, | and intelligence chief were killed": one plural subject
    if found.strip() == "" and text.startswith("and ", end) and _continues_open_phrase(text, start, end):
        return True  # "release between $1 billion | and $1.5 billion", "including French | and British experts"
    if found.strip() in ("(", ")") and _glosses_measure(text, start, end):
        return True  # "between $1 billion | (605.7 million pounds) | and $1.5 billion": a conversion, not a clause
    if found.strip() == ",":
        item = text[end:end + LIST_ITEM_REACH].split(" ", 2)
        return _list_after_comma().match(text, end) is not None or len(item) > 1 and lists_words(
            text[max(0, start - LIST_ITEM_REACH):start + 1].rsplit(" ", 1)[-1], item[0], item[1])
    return False


QUOTED_NAME_WORDS = 6  # "“drill, baby, drill”": how long a quotation may be that the clause goes on through


def _inside_short_quotation(text: str, start: int, end: int) -> bool:
    """Whether the break text[start:end] stands inside a short quotation in curly marks (“drill, baby, drill”, at
    most QUOTED_NAME_WORDS words) that goes on in its clause after it closes ("... slogan in the 2008 election"):
    the quotation is a name or a phrase of its clause, and its commas end no clause. Not a quotation that closes
    its clause or sentence (“We will fight,” he said), which holds a clause of its own."""
    opened = text.rfind("“", 0, start + 1)
    if opened < 0 or "”" in text[opened:start]:
        return False
    closed = text.find("”", end)
    if closed < 0 or len(text[opened:closed].split()) > QUOTED_NAME_WORDS:
        return False
    after = text[closed + 1: closed + 3]
    return after[:1] == " " and after[1:2].isalpha() and text[closed - 1:closed] not in ",.!?"


SUBJECT_PART_WORDS = 5  # "Gaddafi's son Khamis", "intelligence chief": how long each half of a joined subject may be


def _joins_subjects(text: str, start: int, end: int) -> bool:
    """Whether the "and" at text[end:] joins the two halves of one subject ("that Gaddafi's son Khamis, and
    intelligence chief were killed"; events.yaml joined_subject_examples): the piece before it (from the last clause
    break, after a "that") has no verb, and after "and" a short noun phrase with no verb comes right before a plural
    verb (events.yaml joined_subject_verbs). Not two clauses ("the army retreated, and civilians were killed": the
    piece before has its verb) nor a predicate ("and were killed")."""
    breaks = [m.end() for m in event_clause_break().finditer(text, 0, start)]
    before = words_of(text[breaks[-1] if breaks else 0:start])
    if "that" in before:  # (a reported clause's subject: "says that X, and Y were killed")
        before = before[len(before) - before[::-1].index("that"):]
    after = words_of(text[end:end + LIST_ITEM_REACH * 2])[1:SUBJECT_PART_WORDS + 2]

    def verbal(word: str) -> bool:
        return is_past(word) or word in finite_words() or word in verb_form_words()

    if not before or len(before) > SUBJECT_PART_WORDS or any(verbal(w) for w in before) \
            or before[-1] in lexicon().stopwords or before[0] in lexicon().opening_prepositions:
        return False  # (not an opening phrase: "In Misrata, and rebels were ...")
    verb = next((k for k, w in enumerate(after) if verbal(w)), -1)
    return verb >= 1 and after[verb] in _rules_words("joined_subject_verbs") \
        and after[0] not in lexicon().subject_pronouns


_PUNCTUATION_BREAK = re.compile(r"[,;:()]|\s[-–—]{1,2}\s")  # the breaks a list or range does not go on past
_CLOCK_GLOSS = re.compile(r"\d:\d|[ap]\.m\.|\b[A-Z]{2,3}T\b")  # "9 p.m. (3 p.m. EDT)", "(1330 GMT)"
_BRACKET_GLOSS = re.compile(r"\s*\([^()]{0,40}\)")  # a short aside in brackets ("(605.7 million pounds)")


def _continues_open_phrase(text: str, start: int, end: int) -> bool:
    """Whether the "and" at text[end:] goes on with a range or list an opener of events.yaml open_phrase_and began in
    the piece before it ("between $1 billion | and $1.5 billion", "including what he called French | and British
    experts had been captured", "-- as well as Kuwait | and Jordan --"): a break there ends the title inside the
    phrase, which loses its point. The piece after the opener is short (titles.inside_open_phrase), and no verb or subject pronoun follows
    "and" (not "including the capital, | and rebels fled": a clause of its own); "between" wants its "and" once."""
    before = _BRACKET_GLOSS.sub("", text[:start])
    breaks = [m.end() for m in _PUNCTUATION_BREAK.finditer(before)]  # (not a word's: "-- | as well | as Kuwait")
    piece = words_of(before[breaks[-1] if breaks else 0:])
    following = words_of(text[end:end + LIST_ITEM_REACH])[1:2]
    if not following or following[0] in lexicon().subject_pronouns or is_past(following[0]) \
            or following[0] in finite_words() or following[0] in verb_form_words():
        return False
    return inside_open_phrase(piece)


def _glosses_measure(text: str, start: int, end: int) -> bool:
    """Whether the bracket at the break text[start:end] opens or closes a short gloss of a figure inside a range
    ("between $1 billion (605.7 million pounds) and $1.5 billion"): a number in brackets with no verb, right after a
    number, and "and" after it; not a clock time's conversion. (Not any gloss: "the area of Al-Hira, 50 km (30
    miles) southwest of the capital on Sunday" is a phrase of place whose bracket ends the clause piece.)"""
    opened = text.rfind("(", 0, end)
    closed = text.find(")", opened) if opened >= 0 else -1
    if opened < 0 or closed < 0 or not (start <= opened < end or start <= closed < end) or closed - opened > 40:
        return False
    inside = words_of(text[opened + 1:closed])
    before = text[:opened].split()[-2:]  # ("$1 billion": the figure may stand before its unit)
    if _CLOCK_GLOSS.search(text[max(0, opened - 12):closed]) or not text.startswith(" and ", closed + 1):
        return False  # "at 9 p.m. (3 p.m. EDT)": a clock time's conversion (_brackets_date); only a range goes on
    breaks = [m.end() for m in _PUNCTUATION_BREAK.finditer(text, 0, opened)]
    if not inside_open_phrase(words_of(text[breaks[-1] if breaks else 0:opened])):
        return False  # "cost BP $23bn (£15bn) | and its shares can be expected to lag": no range, a clause of its own
    return bool(inside) and any(c.isdigit() for c in text[opened:closed]) \
        and any(c.isdigit() for w in before for c in w) and not any(is_past(w) or w in finite_words() for w in inside)


MODIFIER_REACH = 40  # characters read on either side of a "but" for the modifiers it may join


def _joins_modifiers(text: str, start: int, end: int) -> bool:
    """Whether the "but" at text[end:] joins two modifiers of one noun ("a rambling but defiant audio message", "a
    small but significant rise"; events.yaml modifier_but_examples): a determiner and one lower-case word before it,
    and after it a lower-case word and the noun it qualifies, neither a stopword nor a verb form; not a clause ("a
    draw but the team went on", "a loss but profits rose": a determiner or a verb after it)."""
    before = text[max(0, start - MODIFIER_REACH): start].split()[-2:]
    if len(before) == 2 and before[0] in ("--", "—", "–"):
        return _joins_dash_modifiers(before[1], text, end)
    after = text[end: end + MODIFIER_REACH].split()[1:3]
    if len(before) < 2 or len(after) < 2 or not all(w.isalpha() and w.islower() for w in (before[1], *after)):
        return False
    stop = lexicon().stopwords
    return before[0].lower() in _rules_words("modifier_determiners") and before[1] not in stop \
        and all(w not in stop and not is_past(w) and w not in finite_words() for w in after)


AS_ROLE_VERB_WORDS = 10  # "introduced former Jordanian Foreign Minister Abdul Ilah Khatib | as": a named object is long
AS_ROLE_WORDS = 3  # how many words after a role's "as" are read for a verb that would make it a clause


def _as_role_of_object(before: Sequence[str], text: str, end: int) -> bool:
    """Whether the "as" at text[end:] gives the role a verb of calling or judging gives its object, in any form of
    the verb ("referring to the Muslim Brotherhood as a secular organization", "what many view as adequate
    compensation"; events.yaml as_role_verbs, as_role_examples): the verb says nothing without it. Not an "as" that
    opens a clause of its own, a verb in its first words ("describing the talks as the rebels advanced")."""
    if not set(before[-AS_ROLE_VERB_WORDS:]) & _rules_words("as_role_verbs"):
        return False
    after = words_of(text[end: end + AS_VERB_REACH])[1:1 + AS_ROLE_WORDS]
    return bool(after) and not any(is_past(w) or w in finite_words() for w in after)


_ASIDE_END = re.compile(r"\s(?:--|—|–)\s|[,;:.!?]")  # where a dash aside ends: its closing dash or a stop


def _joins_dash_modifiers(first: str, text: str, end: int) -> bool:
    """Whether the "but" at text[end:] goes on with a dash aside that one modifier opened ("killed by snipers -- unseen
    | but too often precise"; events.yaml modifier_but_examples): the modifier is a lower-case word, neither a
    stopword nor a verb form, and the aside after "but" up to its end has neither a determiner nor a verb; else the
    title would end on the aside's first word ("-- unseen")."""
    stop = lexicon().stopwords
    if not (first.isalpha() and first.islower()) or first in stop or first in finite_words():
        return False
    rest = _ASIDE_END.split(text[end: end + MODIFIER_REACH])[0].split()[1:]
    return bool(rest) and all(w.isalpha() and w.islower() and w not in _rules_words("modifier_determiners")
                              and not is_past(w) and w not in finite_words() for w in rest)


@cache
def _since_date() -> re.Pattern[str]:
    """ "since Tuesday", "since mid-February", "since 2009", "since April 20" closing its phrase (a comma, a stop or a
    dash after it): a span's start, no clause."""
    names = "|".join(n for names in (*language.weekdays(), *language.months()) for n in names)
    return re.compile(rf"since (?:(?:early|mid|late|mid-)\s?)?(?:(?:{names})\b\.?(?: \d{{1,2}}\b)?|(?:1[89]|20)\d\d\b)"
                      rf"(?=\s*(?:[,;:.!?]|--|—|–|$))", re.IGNORECASE)


def _since_date_after_count(text: str, start: int, end: int) -> bool:
    """Whether the "since" at text[end:] opens a bare date that closes its phrase right after a count's participle
    or noun ("the number of people killed | since Tuesday, when the protests began"; events.yaml
    since_span_examples): the span scopes the count (without it a day's toll reads as the whole toll)."""
    if _since_date().match(text, end) is None:
        return False
    before = words_of(text[max(0, start - AS_VERB_REACH): start])[-AS_VERB_WORDS:]
    return bool(set(before) & _rules_words("since_span_counts"))


def _as_without_subject(text: str, end: int) -> bool:
    """Whether the "as" at text[end:] opens a comparison with no subject of its own, its verb right after it ("talks
    as happened between BP and Shell", "as expected", "as planned"; events.yaml as_comparison_examples): no clause
    the date could title, which would borrow another clause's subject."""
    following = words_of(text[end: end + 40])[1:2]
    return bool(following) and (is_past(following[0]) or following[0] in finite_words())


def _relative_after_empty_head(text: str, start: int, end: int) -> bool:
    """Whether the clause break before text[end:] opens a relative clause (events.yaml relative_empty_heads) whose
    noun says nothing without it ("in a place where ...", "at a time when ...", "one of many people who ..."): the
    relative clause belongs to the phrase, and the clause goes on through it."""
    rules = events_rules()["relative_empty_heads"]
    following = words_of(text[end: end + 12])[:1]
    before = words_of(text[max(0, start - 30): start])[-1:]
    return bool(following and before) and following[0] in {str(w) for w in rules["relatives"]} \
        and before[0] in {str(w) for w in rules["nouns"]}


@cache
def _rules_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()[name])


DATE_ASIDE_PREPOSITIONS = 2  # ", in early 2007,", ", as early as 2001,": how many words may introduce the set-off date


def closes_date_aside(text: str, a: int, b: int, start: int, end: int) -> bool:
    """Whether the clause break text[start:end] is the comma that closes the date text[a:b] set off by commas inside
    its clause ("when ministers tried, in 2007, to make it easier ..."), when what follows goes on with that clause
    (titles.continues_after_comma); not a comma before a clause of its own ("The talks collapsed, in April, when the
    rebels walked out"). Examples: events.yaml title_sentence_examples."""
    if start < b or text[start:end].strip() != "," or text[b:start].strip():
        return False
    before = text[:a].rstrip()
    comma = before.rfind(",")
    if comma < 0 or not continues_after_comma(text[start:]):
        return False
    lead = before[comma + 1:].split()
    return len(lead) <= DATE_ASIDE_PREPOSITIONS and all(w.lower() in lexicon().date_prepositions for w in lead)


def clause_span(sentence: Sentence, timex: Timex, other_dates: Sequence[tuple[int, int]] = (),
            min_words: int = MIN_CLAUSE_WORDS, prefer_left: bool = False,
            breaks: Sequence[tuple[int, int]] | None = None) -> tuple[int, int]:
    """Offsets (into the sentence) of the clause that holds the date: its segment between clause breaks,
    widened while it is too thin to tell an event, but never into a segment that holds another date. With
    `prefer_left` (the date dates an attribution: "..., the agency said on Wednesday, a move aimed at ...") it
    widens towards what was said before it. `breaks`: the sentence's clause breaks, as the text analysis found them
    (found here when not given)."""
    text = sentence.text
    cuts = [0]
    a, b = timex.start - sentence.start, timex.end - sentence.start
    # "testified that over three days in April 2009, | Jackson received ...": an adverbial after "that" is no clause
    # of its own unless it has a verb that the date dates ("said that when the rebels took Brega on Monday, ...")
    joined = [(x, y) for x, y in that_adverbials(text) if not (x <= a < y and has_own_verb(text[x:y]))]
    # "expressed hope that Libya's opposition movement, given new protection ..., can organize itself": an aside
    # between a reported subject and its verb ends no clause, unless the date dates its own verb
    asides = [(x, y) for x, y in subject_asides(text) if not (x <= a < y and has_own_verb(text[x:y]))]
    kept = [(start, end) for start, end in (breaks if breaks is not None
                                            else [m.span() for m in event_clause_break().finditer(text)])
            if not joins_a_phrase(text, start, end) and not any(x < start < y for x, y in joined)
            and not any(x <= start < y for x, y in asides) and not a < start < b  # ("Jan. 14, 2010": one date)
            and not _brackets_date(text, a, b, start, end)]
    if any(closes_date_aside(text, a, b, x, y) for x, y in kept):  # neither comma of a set-off date ends its clause
        opening = text.rfind(",", 0, a)
        kept = [(x, y) for x, y in kept if not closes_date_aside(text, a, b, x, y) and not x <= opening < y]
    for start, end in kept:
        cuts += [start, end]
    cuts.append(len(text))
    segments = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i + 1] > cuts[i]]
    index = next((i for i, (s, e) in enumerate(segments) if s <= a < e or s < b <= e), 0)
    dated = {i for i, (s, e) in enumerate(segments) for x, _ in other_dates if s <= x < e} - {index}
    lo = hi = index
    # "Bob Dudley, | who took over from Hayward | as chief executive on 1 October, | also agreed ...": a verbless
    # piece that closes a relative aside widens into the aside's verb, not past its closing comma to the main verb
    prefer_left = prefer_left or closes_relative_aside(text, segments, index)
    # "..., | but later Thursday, | Feinstein ... called ...": a date a conjunction opens, alone in its segment, opens
    # the clause after it; widening left would date the clause before ("Levin gave lukewarm acceptance, but later")
    opens_next = index + 1 < len(segments) and _opens_next_clause(text, segments[index], a, b) \
        and not _opens_side_clause(words_of(text[segments[index + 1][0]:segments[index + 1][1]]))
    while True:
        start, end = segments[lo][0], segments[hi][1]
        rest = text[start:a] + " " + text[b:end]
        words = [w for w in words_of(rest) if w not in lexicon().stopwords]
        if len(words) >= min_words and first_trigger(words_of(text[start:end])) \
                and not (start == 0 and hi + 1 < len(segments) and hi + 1 not in dated
                         and _verbless_opening(words_of(text[start:end]))) \
                and not (hi + 1 < len(segments) and hi + 1 not in dated
                         and _background_after_date(text, segments, index, hi)) \
                and not (hi + 1 < len(segments) and hi + 1 not in dated
                         and explained_by_next(rest, text[slice(*segments[hi + 1])])):
            # ("Rebels claimed advances [on Wednesday], | saying they captured a town": the next clause is the news)
            return start, end
        can_left = lo > 0 and lo - 1 not in dated
        can_right = hi < len(segments) - 1 and hi + 1 not in dated
        if can_left and (len(words) < min_words or not can_right or prefer_left) and not (opens_next and can_right):
            lo -= 1
        elif can_right:
            hi += 1
        else:
            return start, end


def closes_relative_aside(text: str, segments: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether the date's segment has no verb and closes, with a comma, a relative aside whose pronoun (events.yaml
    clause_aside_relatives) opens the segment before it right after a comma, and whose verb that segment holds:
    "Bob Dudley, | who took over from Hayward | as chief executive on 1 October, | also agreed ..." (the date is the
    taking over's, not the agreeing's). Not a restrictive "that" clause, nor a segment with a verb of its own ("...,
    who took over from Hayward, | on Monday agreed"), nor one that no comma closes."""
    if index < 2 or index + 1 >= len(segments):
        return False
    aside, own, nxt = segments[index - 1], segments[index], segments[index + 1]
    opening = words_of(text[aside[0]:aside[1]])
    piece = words_of(text[own[0]:own[1]])
    forms = verb_form_words()  # no verb of any kind ("said they expect ... around 10:30 p.m.,": the main clause's)
    return bool(opening) and opening[0] in _rules_words("clause_aside_relatives") \
        and "," in text[segments[index - 2][1]:aside[0]] and "," in text[own[1]:nxt[0]] \
        and not first_trigger(piece) and not any(w in forms or is_past(w) for w in piece) \
        and bool(first_trigger(opening[1:]))


def _opens_next_clause(text: str, segment: tuple[int, int], a: int, b: int) -> bool:
    """Whether the date's segment is only a conjunction ("but", "and"), opening words and the date ("but later
    Thursday,"): it opens the clause that follows."""
    before = words_of(text[segment[0]:a])
    lex = lexicon()
    return bool(before) and before[0] in ("but", "and") and not words_of(text[b:segment[1]]) \
        and all(w in lex.connectives or w in lex.opening_prepositions or w in lex.leading_words for w in before)


def _opens_side_clause(words: Sequence[str]) -> bool:
    """Whether a segment opens with a subordinator or a leading word ("when Americans are weary of war"): not the
    clause a date before it opens ("but today, | when ...": the day's clause is still to come, or none)."""
    return not words or words[0] in lexicon().leading_words or words[0] in ("if", "perhaps", "whether", "unless")


def _brackets_date(text: str, a: int, b: int, start: int, end: int) -> bool:
    """Whether the break at text[start:end] is the opening bracket of a day alone in brackets that splits a clause
    ("were issued to year seven students this afternoon | (Friday) | to reduce ..."): a gloss of the time before
    it, no clause of its own."""
    if "(" not in text[start:end] or text[end:a].strip() or not text[b:].lstrip().startswith(")") \
            or any(c.isdigit() for c in text[a:b]):
        return False  # ("at 9 p.m. (3 p.m. EDT)": a clock time's conversion, no day of its own)
    # the bracket split the clause it glosses ("... (Friday) | to reduce ..."): a verb follows it; "(Thursday)
    # local time." ends with the clause it glosses and splits nothing
    after = text[b:].lstrip()[1:]
    return first_trigger(words_of(after)) != "" or any(is_past(w) for w in words_of(after))


def _background_after_date(text: str, segments: Sequence[tuple[int, int]], index: int, hi: int) -> bool:
    """Whether the span grew from the date's verbless segment into a subordinate clause of background (events.yaml
    title_background_subordinators) that opens the sentence before its main clause: "Also Monday, | as several
    families in Ras Lanuf fled for cover, | Gadhafi's forces made headway": a date before the subordinator dates the
    main clause, which the span must reach (titles._without_background_clause then drops the background)."""
    opening = words_of(text[slice(*segments[index])])
    if hi <= index or segments[index][0] != 0 or any(is_past(w) or w in verb_form_words() for w in opening):
        return False  # ("The White House added to the pressure today | as it gave ...": a main clause of its own)
    opener = words_of(text[slice(*segments[hi])])[:1]
    main = text[slice(*segments[hi + 1])]
    return bool(opener) and opener[0] in _rules_words("title_background_subordinators") \
        and all(not first_trigger(words_of(text[slice(*segments[k])])) for k in range(index, hi)) \
        and bool(first_trigger(words_of(main))) and not _CLOSING_DASH.search(main)  # (not "Yusuf al Qaradawi -- an
    # Egyptian preacher widely viewed [as]": an aside the segment ends inside)


def _verbless_opening(words: Sequence[str]) -> bool:
    """Whether a sentence's first clause segment is only an opening adverbial ("At a congressional hearing in
    Louisiana yesterday", "During the talks on Monday"): a preposition opens it and it has no verb form; the event
    is the clause that follows it."""
    lex = lexicon()
    # not "After talks in Moscow late last month": a time relator's noun is the date's own event
    return bool(words) and words[0] in lex.opening_prepositions - lex.adverbial_subordinators and not any(
        is_past(w) or w in verb_form_words() for w in words)


def _phrase_pieces(text: str) -> list[str]:
    """The pieces of text between its clause breaks, save an "as" that only joins a phrase (joins_a_phrase:
    "Business figures such | as Lord Jones" is one piece, never "Business figures such")."""
    cuts = [m.span() for m in event_clause_break().finditer(text)
            if not (text.startswith("as ", m.end()) and joins_a_phrase(text, *m.span()))]
    bounds = [0] + [x for span in cuts for x in span] + [len(text)]
    return [text[bounds[k]:bounds[k + 1]].strip() for k in range(0, len(bounds), 2)
            if text[bounds[k]:bounds[k + 1]].strip()]


def _ends_list_item(text: str) -> bool:
    """Whether the last piece of text (up to its closing break) is an item of a list its comma joined ("as well as
    Arab allies Qatar, | Kuwait and Jordan,": joins_a_phrase), not an apposition that names a doer."""
    breaks = [m.span() for m in event_clause_break().finditer(text.rstrip(" ,;-–—"))]
    return bool(breaks) and text[breaks[-1][0]:breaks[-1][1]].strip() == "," and joins_a_phrase(text, *breaks[-1])


_CALENDAR = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Christmas|Easter)")
_SUBORDINATE_NAME = re.compile(r"(?P<opener>\w++) (?P<name>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,3})")


def _subordinate_name(pieces: Sequence[str]) -> str:
    """The name a subordinator opens a piece with, when the pieces after it are asides and the clause's verb comes
    after them ("This was | after Gaddafi, | widely ostracized abroad ..., | because the West accused him ..., |
    abandoned his program": Gaddafi abandoned it; events.yaml title_runon_subordinators); not the first piece."""
    for k in range(len(pieces) - 1, 0, -1):
        found = _SUBORDINATE_NAME.fullmatch(pieces[k])
        if found and found.group("opener").lower() in _subordinators() and not _CALENDAR.search(found.group("name")):
            return found.group("name")  # (not "after Tuesday": a date)
        if pieces[k][:1].isupper():
            return ""  # (a piece of its own subject after it: no aside)
    return ""


@cache
def _subordinators() -> frozenset[str]:
    return frozenset(events_rules()["title_runon_subordinators"])


def _base_past_after_comma(sentence: str, clause_start: int, first: str) -> bool:
    """ "Ramtane Lamara, the African Union's commissioner ..., | read the agreement": a verb whose past is its base
    (events.yaml title_base_pasts), lower-case, right after a comma, is the clause's past verb."""
    return first in _rules_words("title_base_pasts") and sentence[:clause_start].rstrip().endswith(",")


def find_subject(sentence: str, clause_start: int, clause: str) -> tuple[str, int]:
    """Who did it, when the clause does not say: returns a noun phrase to put before the clause and how many
    characters of the clause's opening to drop.

    - "Rogozin, NATO envoy, warned on Monday ...": the clause opens with its verb; the subject is the apposition
      right before it ("the last stronghold, Jalalabad, fell") or the sentence's opening phrase.
    - "After routing X on March 27, the Syrian army's next objective ...": a preposed "after/before + gerund"
      clause takes its subject from the main clause that follows.
    """
    first = WORD.match(clause)
    if not first:
        return "", 0
    if clause_start and (is_past(first.group().lower())
                         or _base_past_after_comma(sentence, clause_start, first.group())):
        noun = _noun_before_participle(sentence, clause_start, clause)
        if noun:  # "X was charged with causing the star's death, attributed to an overdose": the death was
            return noun, 0
        aside = opening_subject_aside(sentence)
        subject = _subject_before_aside(sentence[:aside[0]]) if aside and aside[1] == clause_start else ""
        if subject:
            # "An official working for X, which has been operating the fields, | said on Friday ...": the subject
            # before the relative clause
            return subject + " ", 0
        pieces = _phrase_pieces(sentence[:clause_start])
        holder = _place_apposition_holder(pieces)
        if holder:
            return holder + ", ", 0
        # an apposition right before the verb names the doer ("the last stronghold, Jalalabad, fell"),
        # else the sentence's opening phrase does ("Rogozin, NATO envoy, warned")
        # (not the last item of a list: "..., as well as Arab allies Qatar, | Kuwait and Jordan, | agreed": the
        # list's head opens the sentence)
        named = _subordinate_name(pieces)
        if named:  # "This was | after Gaddafi, | widely ostracized ..., | abandoned": the name the subordinator opened
            return named + " ", 0
        last = [] if _ends_list_item(sentence[:clause_start]) else pieces[-1:]
        for phrase in dict.fromkeys(last + pieces[:1]):
            words = phrase.split()
            if words and len(words) <= 6 and words[0][:1].isupper() and not any(is_past(w.lower()) for w in words) \
                    and not holds_verb_or_expletive(words):
                return phrase + " ", 0  # (not "This was | after X, ... | abandoned": a piece with its own verb)
        return "", 0
    if clause_start and _present_after_apposition(sentence[:clause_start], first.group()):
        # "Hogarth's House in Chiswick, the country home of ..., | reopens today": the name before the apposition
        return sentence[:clause_start].split(",", 1)[0].strip() + " ", 0
    if clause_start and _venue_before_report(sentence[:clause_start], clause):
        # "Admiral Mike Mullen, outgoing chairman of ..., | at a round table event in Cairo said ...": the venue stands
        # between the apposed speaker and his verb; never "A round table event ... said"
        return sentence[:clause_start].split(",", 1)[0].strip() + " ", 0
    words = words_of(clause[:40])
    quantity = _quantity_relative(sentence, clause_start, clause) if clause_start else None
    if quantity is not None:  # ", 20 years of which is being celebrated": never "20 years of is being celebrated"
        return quantity
    told = _object_relative(sentence, clause_start, clause) if clause_start else None
    if told is not None:  # "the numbers which FWS handed over on Wednesday" -> "FWS handed over the numbers ..."
        return told
    if clause_start and words and words[0] in ("who", "which", "that"):
        # ", who took office in 2019,": the relative clause tells of the noun phrase before it
        before = [piece for piece in event_clause_break().split(sentence[:clause_start]) if piece.strip()]
        if before and len(before[-1].split()) <= 6 and not _opens_clause_of_its_own(before[-1].split()):
            return before[-1].strip(" -–—") + " ", first.end()  # "the mayor - who was elected": the dash opened it
        own_verb = _relative_is_subject(clause.split()[1:RELATIVE_VERB_REACH + 1])
        restrictive = words[0] == "who" and sentence[:clause_start].rstrip()[-1:] not in (",", "-", "–", "—", "(")
        noun = restrictive_antecedent(before[-1].split()) if before and own_verb and restrictive else []
        if noun:  # "It involves a woman from Fife | who traveled", "Aid workers from the ICRC | who brought"
            return " ".join(noun) + " ", first.end()
        noun = qualified_noun(before[-1].split(), person=words[0] == "who") if before and own_verb else []
        if noun:  # "Most nations have banned their use through the Convention on X, which became law in August"
            return " ".join(noun) + " ", first.end()
    if clause_start and words and words[0].endswith("ing") and len(words[0]) > 5:
        # a participial clause (", killing 177 people on Monday"): what did the killing precedes it
        before = [piece for piece in event_clause_break().split(sentence[:clause_start]) if piece.strip()]
        if before and len(before[-1].split()) <= 6:
            return before[-1].strip() + " ", 0
    if len(words) > 1 and words[0] in lexicon().adverbial_subordinators and words[1].endswith("ing"):
        after = sentence[clause_start:]
        for boundary in event_clause_break().finditer(after):
            if "," in boundary.group() or ";" in boundary.group():
                rest = after[boundary.end():]
                subject = main_clause_subject(rest)
                told = words_of(rest[len(subject) + 1:])[:1] if subject else []
                if told and told[0] in lexicon().reporting_verbs:
                    break  # "... after enacting sanctions on Friday, | a Treasury official said": the speaker
                gerund = WORD.match(clause, first.end() + 1) if subject else None
                past = gerund_past(gerund.group()) if gerund else ""
                if past:  # "Since becoming severed from the rig on 30 April, a broken pipe ..." -> "... became severed"
                    return f"{subject} {past} ", gerund.end()
                if subject:
                    return subject + " ", first.end()
                break
    return "", 0


RELATIVE_MAIN_VERB_WORDS = 25  # how long the relative clause before the main verb may be


def relative_main_verb(clause: str, opened: int, date: int) -> int:
    """Where the main clause's verb stands after a restrictive relative clause that opens `clause` ("who have
    launched an assault on the last holdout towns | were still meeting resistance [on Sunday]"), when the date at
    `date` stands after it: the date is the main predicate's, and the relative's act (of another time) joined to it
    reads as one garbled clause ("Libyan forces launched an assault ... were still meeting resistance"). `opened`:
    where the clause's words start after the relative pronoun. The verb is a finite one of events.yaml
    relative_main_verbs `verbs`, after the relative's own verb and a word that is no stopword; none of `barriers`
    (a saying or a belief whose clause may hold that verb: "who said the town was taken"), no comma and no
    subordinator may stand before it. -1 when there is none."""
    table = events_rules()["relative_main_verbs"]
    verbs = {str(w) for w in table["verbs"]}
    barriers = {str(w) for w in table["barriers"]} | lexicon().reporting_verbs | lexicon().adverbial_subordinators
    at = opened
    words = list(re.finditer(r"\S++", clause[opened:date]))[:RELATIVE_MAIN_VERB_WORDS]
    for k, word in enumerate(words):
        raw = word.group()
        low = raw.lower().strip("\"“”‘’()")
        if k >= 2 and raw in verbs and words[k - 1].group().lower() not in lexicon().stopwords:
            return at + word.start()
        if raw.endswith((",", ";", ":")) or low in barriers or low in ("that", "who", "which", "whom", "whose", "and"):
            return -1
    return -1


VENUE_PREPOSITIONS = frozenset({"at", "in", "during", "from"})  # ", at a round table event in Cairo said"
VENUE_WORDS = 10  # how long the venue phrase between the apposition and the reporting verb may be


def _venue_before_report(before: str, clause: str) -> bool:
    """Whether the clause is a venue phrase (VENUE_PREPOSITIONS, up to VENUE_WORDS words, no comma) run into a
    reporting verb, after a name (up to APPOSITION_SUBJECT_WORDS capitalised-first words, no verb) and one apposition
    ("Admiral Mike Mullen, outgoing chairman of the Joint Chiefs, | at a round table event for journalists in Cairo
    said"): the name said it. Near misses: a venue after a sentence's opening phrase alone ("In Benghazi, at the
    court rebels said": no apposition), a venue run into a past verb that is no report."""
    pieces = before.rstrip().split(",")
    if len(pieces) != 3 or pieces[2].strip():
        return False
    name = pieces[0].split()
    if not name or len(name) > APPOSITION_SUBJECT_WORDS or not name[0][:1].isupper() \
            or name[0].lower() in lexicon().opening_prepositions | lexicon().date_prepositions \
            or any(is_past(w.lower()) for w in name):
        return False
    words = words_of(clause.split(",", 1)[0])
    if not words or words[0] not in VENUE_PREPOSITIONS:
        return False
    verb_at = next((k for k, w in enumerate(words) if is_past(w) or w in lexicon().reporting_verbs), -1)
    return 1 < verb_at <= VENUE_WORDS and words[verb_at] in lexicon().reporting_verbs


PLACE_HOLDER_WORDS = 10  # "people in the oil-affected hamlet of Grand Isle": how long the phrase before the place may be


def _place_apposition_holder(pieces: Sequence[str]) -> str:
    """ "A rebel spokesman in another western town, Zintan, | said": where the apposition right before the verb names
    a place a preposition's place noun stands for (events.yaml apposition_place_holders: "in another western town",
    "in the hamlet of Grand Isle, | Louisiana"), the place did nothing: the doer is the phrase that holds it, with
    the place ("A rebel spokesman in another western town, Zintan"); "" otherwise."""
    if len(pieces) < 2:
        return ""
    holder, name = pieces[-2].split(), pieces[-1].split()
    table = events_rules()["apposition_place_holders"]
    if not name or not all(w[:1].isupper() for w in name) or not 2 < len(holder) <= PLACE_HOLDER_WORDS \
            or any(is_past(w.lower()) for w in holder):
        return ""
    end = len(holder)
    while end > 0 and holder[end - 1][:1].isupper():
        end -= 1  # "of Grand Isle": the place's own name
    if end < len(holder) and end > 0 and holder[end - 1] == "of":
        end -= 1
    nouns, prepositions = (frozenset(str(w) for w in table[k]) for k in ("nouns", "prepositions"))
    if end < 3 or holder[end - 1].lower() not in nouns \
            or not any(w in prepositions for w in holder[1:end - 1]):
        return ""
    return f"{pieces[-2]}, {pieces[-1]}"


APPOSITION_SUBJECT_WORDS = 6  # "Hogarth's House in Chiswick": how long the name before the apposition may be


def _present_after_apposition(before: str, first: str) -> bool:
    """Whether a clause that opens with `first` is the predicate of a sentence that opens with a name and its
    apposition ("Hogarth's House in Chiswick, the country home of one of Britain's most famous 18th century artists,
    | reopens today"): `first` reads as a present verb (lower-case, in "-s", no stopword, not "-ss", "-us", "-is"),
    and `before` is a capitalised name of at most APPOSITION_SUBJECT_WORDS words with no verb form, then one phrase
    set off by commas that opens with a determiner (the apposition; not "In Paris, rebels | ...": a clause)."""
    low = first.lower()
    if first != low or not low.endswith("s") or low.endswith(("ss", "us", "is")) or len(low) < 4 \
            or low in lexicon().stopwords or is_adverb(low):
        return False
    pieces = before.rstrip().split(",")
    if len(pieces) != 3 or pieces[2].strip():
        return False
    name, apposition = pieces[0].split(), pieces[1].split()
    return 0 < len(name) <= APPOSITION_SUBJECT_WORDS and name[0][:1].isupper() \
        and not any(is_past(w.lower()) or w.lower() in verb_form_words() for w in name) \
        and name[0].lower() not in lexicon().opening_prepositions | lexicon().date_prepositions \
        and bool(apposition) and apposition[0] in _rules_words("apposition_openers")


_CLOSING_DASH = re.compile(r"\s[-–—]{1,2}+\s")
DATE_NOUN_WORDS = 1  # "the Easter holidays": a noun the date qualifies before the main clause's verb
_WORD_AFTER = re.compile(r"(?:['’]s)?+\s++([\w'’]++)")  # a word, not "'s" of "yesterday's briefing"


OBJECT_RELATIVE_SUBJECT_WORDS = 4  # "which the U.S. Fish and Wildlife": how long the relative's own subject may be


def _object_relative(sentence: str, clause_start: int, clause: str) -> tuple[str, int] | None:
    """find_subject for a relative clause whose pronoun is its verb's object (events.yaml title_object_relatives):
    "the numbers | which FWS handed over on Wednesday" -> ("FWS handed over the numbers ", the offset of "on"): the
    relative's own subject and verb (with its particles), then the noun phrase the pronoun stands for in object
    position, in the sentence's words. None when the pronoun is the subject ("which fell"), its subject is not a
    short noun phrase, the verb has an object of its own ("which he gave them"), or no noun phrase stands before it."""
    lex = lexicon()
    tokens = clause.split(" ")
    if not tokens or tokens[0].lower() not in _rules_words("title_object_relatives"):
        return None
    first = tokens[1] if len(tokens) > 1 else ""
    low = first.lower().strip(",.;:")
    if not (first[:1].isupper() or low in lex.noun_determiners | lex.subject_pronouns
            or low.isalpha() and low not in lex.stopwords and not is_adverb(low) and not is_past(low)
            and low not in finite_words() and not low.endswith("ing")):  # "which rebels took", not "which also took"
        return None
    verb = next((k for k, w in enumerate(tokens[1:OBJECT_RELATIVE_SUBJECT_WORDS + 2], 1)
                 if w[:1].islower() and (is_past(w.lower().strip(",.;:")) or w.lower().strip(",.;:") in finite_words())),
                -1)
    if verb < 2 or any(w.endswith((",", ";", ":")) for w in tokens[1:verb]):
        return None
    end = verb + 1
    while end < len(tokens) and tokens[end - 1][-1:].isalpha() and tokens[end].lower().strip(",.;:") \
            in _rules_words("title_particles"):
        end += 1  # "handed over"
    following = tokens[end].lower().strip(",.;:") if end < len(tokens) and tokens[end - 1][-1:].isalpha() else ""
    if following and following not in lex.date_prepositions | lex.opening_prepositions:
        return None  # "which he gave them", "which rebels took back Tuesday": an object or a date of its own follows
    if tokens[verb].lower().strip(",.;:") in lex.reporting_verbs or _finite_before_comma(tokens[end:]):
        return None  # "the virus which the WHO warned today has the potential": the pronoun is the report's subject
    before = sentence[:clause_start].rstrip()
    pieces = [piece for piece in event_clause_break().split(before) if piece.strip()]
    if not pieces:
        return None
    ahead = pieces[-1].split()
    if not ahead or ahead[-1].lower().strip(",") in lex.stopwords:
        return None  # "the extent to | which the well leaked": the pronoun is the preposition's object
    noun = qualified_noun(ahead) if before.endswith(",") else restrictive_antecedent(ahead)
    if not noun or len(noun) > ANTECEDENT_WORDS:
        return None
    if len(noun) < len(ahead) and ahead[-len(noun) - 1].lower() in lex.opening_prepositions | lex.date_prepositions:
        # "between Ajdabiyah in | the east, which Gaddafi forces shelled": a name the phrase places is the antecedent
        # with its place ("Gaddafi forces shelled Ajdabiyah in the east"); another noun's phrase is ambiguous
        placed = _placed_name(ahead[:-len(noun) - 1], ahead[-len(noun) - 1], noun)
        if not placed:
            return None
        noun = placed
    if noun[0].lower() in lex.noun_determiners:
        noun = [noun[0].lower(), *noun[1:]]  # "The documents, which FWS handed over" -> "... handed over the documents"
    group = " ".join(tokens[1:end]).rstrip(",.;:")
    drop = len(" ".join(tokens[:end]))
    return f"{group} {' '.join(noun).rstrip(',')} ", drop + (1 if drop < len(clause) else 0)


def _placed_name(ahead: Sequence[str], preposition: str, noun: Sequence[str]) -> list[str]:
    """The name right before a place preposition (events.yaml relative_place_prepositions) and the place phrase
    after it ("Ajdabiyah", "in", "the east"), as a relative's antecedent; [] when a common noun stands before it
    ("the talks in | Geneva": which of the two the relative means is not clear) or the phrase is long."""
    name = []
    for word in reversed(ahead):
        if not word[:1].isupper() or word.endswith((",", ";", ":")):
            break
        name.insert(0, word)
    if not name or preposition.lower() not in _rules_words("relative_place_prepositions") \
            or len(name) + 1 + len(noun) > ANTECEDENT_WORDS or len(name) == len(ahead):
        return []  # (a capital that opens the piece may be the sentence's: "Fighting in the east, which ...")
    return [*name, preposition, *noun]


def _finite_before_comma(tokens: Sequence[str]) -> bool:
    """Whether a finite verb or an auxiliary stands in `tokens` before the first comma: the words after a relative's
    verb then hold a clause of their own ("warned [today] | has the potential")."""
    aux = lexicon().auxiliaries
    for token in tokens:
        word = token.lower().strip(",.;:")
        if word in aux or word in finite_words():
            return True
        if token.endswith((",", ";", ":")):
            return False
    return False


QUANTITY_PART_WORDS = 5  # "20 years of", "the vast majority of": how long the part before "of which" may be
QUANTITY_ANTECEDENT_WORDS = 6  # "BP's sponsorship of the Tate Britain": how long the noun it is a part of may be


def _quantity_relative(sentence: str, clause_start: int, clause: str) -> tuple[str, int] | None:
    """find_subject for a clause that is (or opens with the part of) a relative clause whose pronoun is the object of
    "of" (", 20 years of | which is", ", | most of whom had"): the part and the antecedent as its subject, dropping
    the clause's words up to the pronoun; when the antecedent is not a short noun phrase, the pronoun stays (the
    title is then incomplete, and a fuller one is made: titles.is_incomplete); None for any other clause."""
    pronouns = _rules_words("quantity_relative_pronouns")
    links = _rules_words("quantity_relative_links")
    opening = list(WORD.finditer(clause))[:QUANTITY_PART_WORDS + 2]
    at = next((k for k, word in enumerate(opening) if word.group().lower() in pronouns), -1)
    if at < 0 or at > 0 and opening[at - 1].group().lower() not in links:
        return None
    pronoun = opening[at]
    if not _relative_is_subject(clause[pronoun.end():].split()[:RELATIVE_VERB_REACH]):
        return None  # "the question of which party would govern": an interrogative, its own subject follows
    subject = _quantity_relative_subject(sentence[:clause_start] + clause[:pronoun.start()],
                                         person=pronoun.group().lower() == "whom")
    if subject is None:
        return None
    if subject:
        return subject + " ", pronoun.end()
    return (sentence[:clause_start].rpartition(",")[2].strip() + " ", 0) if at == 0 else ("", 0)


def _quantity_relative_subject(before: str, person: bool) -> str | None:
    """The subject of a relative clause whose pronoun is the object of "of" ("the tankers, | some of which were
    seized", "the nurses, most of whom"): the part with the pronoun replaced by its antecedent, the short noun phrase
    right before the comma ("some of the tankers"); "" when that noun is not one (the title is then left to the
    fuller reading of the sentence); None when the relative is not of this kind (events.yaml
    quantity_relative_links)."""
    head, comma, part = before.rpartition(",")
    part_words = part.split()
    links = _rules_words("quantity_relative_links")
    if not part_words or part_words[-1].lower() not in links:
        return None
    if not comma or len(part_words) > QUANTITY_PART_WORDS or _opens_clause_of_its_own(part_words[:-1]):
        return None  # "they debated the question of which": no part of a noun before a comma
    pieces = [piece for piece in event_clause_break().split(head) if piece.strip()]
    before_noun = pieces[-1].split() if pieces else []
    noun = qualified_noun(before_noun, person=person)
    ahead = before_noun[:len(before_noun) - len(noun)]
    if noun and ahead and ahead[-1].lower() in links:  # "BP's sponsorship of | the Tate Britain, 20 years of which"
        noun = qualified_noun(ahead[:-1]) + ahead[-1:] + noun  # the phrase that "of" completes, as a whole
    if not noun or len(noun) > QUANTITY_ANTECEDENT_WORDS or noun[0].lower() in links \
            or len(noun) < len(before_noun) and before_noun[-len(noun) - 1].lower().strip(",.;:") in lexicon().stopwords:
        # "tankers near | the port, some of which": the tankers or the port? Only a verb's object is sure
        return ""
    if noun[0][:1].isdigit() or noun[0].lower() in lexicon().number_words - {"a", "an"}:
        noun = ["the", *noun]  # "most of whom" after "300 nurses": "Most of the 300 nurses"
    elif noun[0].lower() in lexicon().noun_determiners:
        noun = [noun[0].lower(), *noun[1:]]  # "The interview, snippets of which": "Snippets of the interview"
    return " ".join([part_words[0][:1].upper() + part_words[0][1:], *part_words[1:], *noun])


def _subject_before_aside(opening: str) -> str:
    """The subject in the words before an opening subject's relative clause (titles.opening_subject_aside): all of
    them, or what follows an opening adverbial's comma ("In another development, | the family of X"); "" for a lone
    word (it may be a piece of a name) or an apposition ("One man, a student,": the rule after it reads those)."""
    head, comma, tail = opening.rpartition(",")
    if comma:
        opener = words_of(head)[:1]
        if "," in head or not opener or opener[0] not in lexicon().opening_prepositions:
            return ""
        opening = tail
    opening = opening.strip()
    return opening[:1].upper() + opening[1:] if len(opening.split()) > 1 else ""


ANTECEDENT_WORDS = 12  # "Aid workers from the International Committee of the Red Cross (ICRC)": how long it may be


def restrictive_antecedent(before: Sequence[str]) -> list[str]:
    """The noun phrase that ends `before` and that a restrictive "who" right after it (no comma) tells of, with the
    phrases of place or kind that qualify it ("It involves | a woman from Fife | who traveled", "| Aid workers from
    the International Committee of the Red Cross (ICRC) | who brought"): back to the article, number or
    demonstrative that opens it after no preposition, or to the start of the piece; a name is not the head
    ("from Fife who": a name takes a comma before "who"). [] when a verb form or a comma stands inside it, when it
    opens with a preposition, or when it is longer than ANTECEDENT_WORDS."""
    lex = lexicon()
    links = set(lex.opening_prepositions) | {"of"}
    calendar = {name.lower() for names in (*language.weekdays(), *language.months()) for name in names}
    start, opened = 0, True
    for j in range(len(before) - 1, -1, -1):
        word = before[j]
        low = word.lower().strip(",.;:()")
        if j < len(before) - 1 and word.endswith((",", ";", ":")) or low in calendar or word[:1].islower() \
                and (is_past(low) and low not in lex.stopwords or low in finite_words() or is_adverb(low)):
            start, opened = j + 1, word.endswith((",", ";", ":"))  # "It involves | a woman": a verb form, an
            break  # adverb, a date's day or month or a comma ends the phrase's reach
        if (low in lex.noun_determiners or low in lex.number_words or low[:1].isdigit()) \
                and (j == 0 or before[j - 1].lower() not in links):
            start = j  # "a woman": an article after no preposition opens the phrase
            if j > 0 and low not in lex.noun_determiners and before[j - 1].lower() in lex.noun_determiners:
                start = j - 1  # "a | 14-year-old child": the number's own article
            break
    phrase = list(before[start:])
    first = phrase[0].lower() if phrase else ""
    if not phrase or len(phrase) > ANTECEDENT_WORDS or first in lex.possessive_pronouns \
            or not (first in lex.noun_determiners or first in lex.number_words or first[:1].isdigit()
                    or phrase[0][:1].isupper()) \
            or not opened and any(w.lower() in links for w in phrase[1:]) \
            or all(w[:1].isupper() for w in phrase) and start > 0:
        # not "immediately | clear who", "later Friday for three migrants who" (a verb's or an adverb's phrase
        # with a preposition: whose noun "who" tells of is not sure), "his brother who" (no owner named), "Minister
        # Musa Kusa who" (a name in the middle of a clause takes a comma before "who")
        return []
    return phrase


def _opens_clause_of_its_own(words: Sequence[str]) -> bool:
    """Whether a short piece before a relative is a clause, not a noun phrase: it opens with a subordinator or holds a
    verb ("while traveling to Russia", "He made the comments"); the relative then tells of the noun that ends it."""
    lex = lexicon()
    low = [w.lower().strip(",.;:") for w in words]
    verbs = [w.lower().strip(",.;:") for w in words if w[:1].islower()]  # not "the United Nations"
    finite = finite_words()
    # (a pronoun subject opens a clause too: "It involves a woman from Fife", a present verb the lexicon may not list)
    return bool(low) and (low[0] in lex.leading_words or any(is_past(w) or w in finite for w in verbs)
                          or low[0].endswith("ing") or low[0] in lex.subject_pronouns and len(low) > 1)


RELATIVE_VERB_REACH = 3  # "who earlier Sunday labeled": how far after the relative pronoun its verb may stand


def _relative_is_subject(told: Sequence[str]) -> bool:
    """Whether the relative pronoun before `told` is its clause's subject: its verb follows it, after adverbs and
    the date at most ("which became", "who earlier Sunday labeled"), not another subject ("which Gaddafi forces
    shelled")."""
    lex = lexicon()
    calendar = {name.lower() for names in (*language.weekdays(), *language.months()) for name in names}
    for word in (w.lower().strip(",.;:") for w in told):
        if is_past(word) or word in finite_words():
            return True
        if word not in lex.adverbs | lex.date_prepositions | calendar | _rules_words("title_date_modifiers"):
            return False
    return False


def preposed_clause_end(clause: str, date_end: int) -> int:
    """Where a preposed "after + gerund" clause or a relative clause that borrowed its subject ends: at the first
    comma or semicolon after the date, or right after the date when the main clause's finite verb follows it ("A
    nurse who treated Jackson in 2009 | will also be allowed to testify": the relative clause ended with its date),
    or a reporting verb right after the date, where a writer left out the closing comma ("Reverend Al Sharpton, who
    presided over Jackson's memorial service last year | said: ...")."""
    lex = lexicon()
    dash = _CLOSING_DASH.search(clause, date_end)
    if dash:  # "the mayor - who was elected in 2008 - resigned": the relative ends with its aside
        clause = clause[: dash.start()]
    finite = finite_words()
    at = date_end
    for _ in range(DATE_NOUN_WORDS + 1):  # "during the Easter holidays | had already been diagnosed"
        following = _WORD_AFTER.match(clause, at)
        if not following:
            break
        word = following.group(1).lower()
        if word in finite or word in lex.reporting_verbs and at == date_end:
            return at  # "Reverend Al Sharpton, who presided over the service last year | said:": the speaker's verb
        if word in lex.stopwords or is_past(word) or not word.isalpha():
            break
        at = following.end()
    for boundary in event_clause_break().finditer(clause, date_end):
        if "," in boundary.group() or ";" in boundary.group():
            return boundary.start()
    return len(clause)


_DETERMINERS = frozenset({"the", "a", "an"})
PARTICIPLE_NOUN_WORDS = 6  # "the pop star's death": a longer phrase may hold a clause of its own


def _noun_before_participle(sentence: str, clause_start: int, clause: str) -> str:
    """ "Dr Murray was charged with causing the pop star's death, | attributed to a fatal overdose ... in June
    2009": a past participle after a comma that ends the object of a verb already told, followed by its agent or a
    preposition it takes (events.yaml title_passive_participles), is that object's passive, not a second verb of the
    sentence's subject: returns "the pop star's death was " (or "were"), else ""."""
    words = clause.split()
    before = sentence[:clause_start].rstrip()
    if len(words) < 3 or not before.endswith(","):
        return ""
    table = _rules_words_map("title_passive_participles")
    participle, preposition = words[0].lower(), words[1].lower()
    regular = participle.endswith("ed") and preposition in _rules_words("title_passive_participle_prepositions")
    if preposition != "by" and table.get(participle) != preposition and not regular:
        return ""
    tokens = before[:-1].split()
    start = next((i for i in range(len(tokens) - 1, max(-1, len(tokens) - 1 - PARTICIPLE_NOUN_WORDS), -1)
                  if tokens[i].lower() in _DETERMINERS), -1)
    lex = lexicon()
    if start < 1 or any(t.endswith((",", ";", ":")) for t in tokens[start:]) \
            or any(t.lower() in lex.opening_prepositions and t.lower() != "of" for t in tokens[start + 1:]):
        return ""  # "visited the hospital on Monday, talked": a noun and its date, no noun phrase alone
    if tokens[start - 1].lower() in lex.opening_prepositions and tokens[start - 1].lower() != "of":
        return ""  # "a program in collaboration with the oil industry, authorized by": the participle may be the program's
    told = [t.lower().strip(",.;:") for t in tokens[:start]]
    verb = next((i for i, t in enumerate(told) if is_past(t) or t in finite_words()), -1)
    if verb < 1 or tokens[verb - 1].endswith(",") or told[verb - 1] in ("who", "which", "that"):
        # no verb told before the noun, or only an aside's ("Jackson, who had a history of health problems,
        # collapsed", "One report, compiled by WWF, calculated"): the participle is the subject's own verb
        return ""
    noun = tokens[-1].lower()
    plural = noun.endswith("s") and not noun.endswith(("ss", "'s", "’s"))
    return " ".join(tokens[start:]) + (" were " if plural else " was ")


def gerund_past(gerund: str) -> str:
    """The past form of a gerund (timeline.events.subjects.past_of_gerund), read through a prefix of its verb
    (events.yaml title_gerund_prefixes) to an irregular stem: "retaking" -> "retook", "becoming" -> "became"."""
    low = gerund.lower()
    for prefix in _rules_words("title_gerund_prefixes"):
        stem = past_of_gerund(low[len(prefix):]) if low.startswith(prefix) else ""
        if stem and _rules_words_map("title_irregular_gerunds").get(low[len(prefix):]) == stem:
            return prefix + stem
    return past_of_gerund(low)


@cache
def _rules_words_map(name: str) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in events_rules()[name].items()}


def main_clause_subject(rest: str) -> str:
    """The noun phrase that opens the main clause after a preposed clause: ", the Syrian army's next ..." ->
    "the Syrian army"; "" when it does not read as one."""
    lex = lexicon()
    phrase: list[str] = []
    for token in rest.lstrip(" ,;:—–").split()[:6]:
        low = token.lower().strip(",.;:")
        possessive = POSSESSIVE.search(low) is not None
        if not phrase and low not in ("the", "a", "an") and not token[:1].isupper():
            return ""
        if len(phrase) == 1 and phrase[0].lower() in ("the", "a", "an") and is_past(low):
            phrase.append(token)  # "a broken drilling pipe": a participle after the article qualifies the noun
            continue
        if is_past(low) or low in lex.state_verbs or low in lex.auxiliaries or low in lex.future_auxiliaries:
            break
        phrase.append(POSSESSIVE.sub("", token.rstrip(",.;:")) if possessive else token.rstrip(",.;:"))
        if possessive or token.endswith((",", ";", ":")):
            break
    return " ".join(phrase) if len(phrase) >= 2 or (phrase and phrase[0][:1].isupper()) else ""


_QUOTE_MARKS = str.maketrans("", "", "\"“”‘’")


def _joins_range(between: str) -> bool:
    """Whether the words between two dates join a range: a joiner ("to", "through"), with quotation marks and a
    bound on the last end (events.yaml range_end_bounds) around it (“from February 15 through “at least” February
    28”)."""
    words = between.translate(_QUOTE_MARKS).split()
    lex = lexicon()
    return bool(words) and words[0] in lex.range_joiners \
        and (len(words) == 1 or " ".join(words[1:]) in lex.range_end_bounds)


def find_ranges(sentence: Sentence, dated: Sequence[Timex]) -> dict[int, Timex]:
    """Date ranges ("from May to July", "between August 10 and August 22", "April 4 - April 6"): the index of
    each range's first date -> its last date. A range is one event, dated by its start."""
    ends: dict[int, Timex] = {}
    for i in range(len(dated) - 1):
        first, last = dated[i], dated[i + 1]
        between = sentence.text[first.end - sentence.start: last.start - sentence.start].strip().lower()
        before = words_of(sentence.text[: first.start - sentence.start])[-1:]
        if between in ("-", "–", "—") or (_joins_range(between) and before in (["from"], ["between"])):
            ends[i] = last
    return ends


def trailing_participle_title(sentence: str, start: int, end: int, date: tuple[int, int]) -> str:
    """ "Dr Murray, a cardiologist, continues to operate his practice in Houston, having resumed work there in
    November" -> "Dr Murray resumed work there": when the date's clause is a participle after a comma (the main
    clause's subject is its subject), the title is that subject, named at the sentence's start, with the
    participle's past ("saying" -> "said", "having resumed" -> "resumed") and the rest of the clause, without the
    `date` (offsets in the sentence); "" when it is not so (a title never opens with "Having ..." or "Saying ...").
    Not a word that opens a phrase of its own (events.yaml title_non_participles: "..., including three children")."""
    words = sentence[start:end].split()
    if len(words) < 3 or not sentence[:start].rstrip().endswith(",") or not words[0][:1].islower():
        return ""
    gerund = words[0].lower()
    if not gerund.endswith("ing") or gerund in _rules_words("title_non_participles"):
        return ""
    perfect = gerund == "having" and is_past(words[1].lower())
    past = words[1] if perfect else gerund_past(gerund)
    if not past or past == gerund:
        return ""
    subject = opening_subject(sentence, through_reports=False)
    if not subject or pronoun_class(subject.split()[0]) or not sentence.startswith(subject) \
            or not _acts_before(sentence[len(subject):start]) or _verb_after_aside(sentence[end:]):
        return ""
    told = start + len(sentence[start:]) - len(sentence[start:].lstrip())
    for word in words[: 2 if perfect else 1]:
        told = sentence.index(word, told) + len(word)
    if not told <= date[0] < date[1] <= end or "," in sentence[told:date[0]]:
        return ""  # ("..., dealing a blow to the city, rebels said on Saturday": the date is the report's)
    head = f"{subject} {past}"
    shift = len(head) - told
    title = make_title(head + sentence[told:end], (date[0] + shift, date[1] + shift))
    # "The White House ..., saying he had briefed": the "he" is the one person the main clause names, not the body
    title = name_saying_pronoun(title, subject, sentence[len(subject):start]) if title else title
    return title if title and not is_incomplete(title) else ""


_INNER_GERUND = re.compile(r",\s++([a-z]++)\b")  # ", expanding": a participle clause inside the date's clause


def other_date_participle(title: str, sentence: str, clause_start: int, date: tuple[int, int],
                          other_dates: Sequence[tuple[int, int]]) -> str:
    """ "In 2000, he opened his practice in Las Vegas, expanding with a second clinic in Houston in 2006": when the
    date stands in a participle clause after a comma and another date of the sentence stands before that comma, the
    main clause is that other date's event; this date's title is the participle's, told with the main clause's
    subject ("Dr Murray expanded with a second clinic in Houston"); "" when it is not so (offsets in the sentence;
    `title` is the clause's title, its subject named)."""
    found = None
    for match in _INNER_GERUND.finditer(sentence, clause_start, date[0]):
        found = match if match.group(1).endswith("ing") and len(match.group(1)) > 5 else found
    if found is None or "," in sentence[found.end():date[0]] \
            or found.group(1) in _rules_words("title_non_participles") \
            or found.group(1) in _rules_words("title_result_participles") \
            or not any(b <= found.start() for _, b in other_dates):
        return ""
    past = gerund_past(found.group(1))
    at = title.find(found.group(0))
    subject = opening_subject(title, through_reports=False)
    if not past or past == found.group(1) or at < 0 or not subject or not title.startswith(subject) \
            or pronoun_class(subject.split()[0].lower()):
        return ""
    rest = title[at + len(found.group(0)):]
    return f"{subject} {past}{rest}"


_APPOSITION = re.compile(r"\A,[^,]{1,60}+,")  # ", a cardiologist," after the subject


def _acts_before(main: str) -> bool:
    """Whether the main clause between the subject and a trailing participle has the subject act: its first word (past
    an apposition) is a verb that is no copula ("Hospitals are targeted ..., depriving": the participle tells of
    the targeting; "Below is a video of X, reporting": of X) and it reports no clause whose subject the participle
    would take ("A doctor told CNN that forces shelled a clinic, leaving one dead"), nor any clause "that" opens."""
    main = _APPOSITION.sub("", main.strip(), count=1)
    words = [w.lower().strip(",.;:") for w in main.split()]
    if not words or words[0] in lexicon().copulas or words[0] in lexicon().auxiliaries - {"has", "have", "had"}:
        return False
    if not (is_past(words[0]) or words[0].endswith("s") and not words[0].endswith("ss")):
        return False  # no verb right after the subject: the subject was not found ("Ill-trained insurgents thrust")
    return not (set(words) & (language.reporting_verbs("no_event") | {"that"}))  # ("concluded that barrels gushed")


def _verb_after_aside(rest: str) -> bool:
    """Whether the participle's clause is an aside between a subject and its verb ("Simon Jenkins, writing today in
    the Guardian, has said ..."): a comma and a verb follow it."""
    after = rest.lstrip()
    if not after.startswith(","):
        return False
    following = after[1:].split()[:1]
    return bool(following) and (is_past(following[0].lower()) or following[0].lower() in lexicon().auxiliaries)


OPENING_PASSIVE_WORDS = 9  # "Taken at an air show in October 2009,": how long the opening participle's phrase may be
OPENING_SUBJECT_WORDS = 5  # "the law", "the Arab League": how far the main clause's subject may reach


def opening_passive_title(sentence: str, date: tuple[int, int]) -> str:
    """ "Founded in 1945, the Arab League has 22 member states" -> "The Arab League was founded": when the sentence
    opens with a past participle's phrase that holds the date (examples: events.yaml title_sentence_examples), and the
    main clause after its comma tells a state in the present ("has", "is", "sends"), the date is the participle's
    and the title is the main clause's subject with "was" or "were" and the phrase, without the date. Not a main
    clause in the past: "Interviewed on US television yesterday, Obama suggested ..." tells what was said then; not a
    word that opens a phrase of its own (events.yaml title_non_participles); "" when it is not so."""
    comma = sentence.find(", ")
    words = sentence[:max(comma, 0)].split()
    if comma < 0 or not date[1] <= comma or not 2 <= len(words) <= OPENING_PASSIVE_WORDS:
        return ""
    participle = words[0].lower()
    if not words[0][:1].isupper() or not is_past(participle) or participle in _rules_words("title_non_participles") \
            or participle in lexicon().stopwords or CLAUSE_MARK.search(sentence[:comma]):
        return ""
    rest = sentence[comma + 2:]
    told = rest.split()
    subject = _present_subject(told)
    if not subject:
        return ""
    head = " ".join(told[:subject])
    noun = told[subject - 1].lower()
    plural = noun.endswith("s") and not noun.endswith("ss") and not told[subject - 1][:1].isupper()
    text = f"{head[:1].upper()}{head[1:]} {'were' if plural else 'was'} {participle} "
    shift = len(text) - len(words[0]) - 1
    title = make_title(text + sentence[len(words[0]) + 1: comma], (date[0] + shift, date[1] + shift))
    return title if title and not is_incomplete(title) else ""


def with_absolute_title(sentence: str, start: int, end: int, date: tuple[int, int]) -> str:
    """ "..., the fall of Tripoli came quickly, with a carefully orchestrated uprising launched on Saturday night to
    coincide with ...": a "with" phrase after a comma whose noun phrase (a determiner, up to
    WITH_ABSOLUTE_NOUN_WORDS words, no preposition) a past participle follows before the date tells the dated event
    ("A carefully orchestrated uprising was launched to coincide with ..."); the main clause before it is
    commentary. "" when the clause is not so ("with the help of troops trained in May": a preposition in the noun
    phrase, the participle is its noun's; examples: events.yaml title_sentence_examples)."""
    if not sentence[:start].rstrip().endswith(","):
        return ""
    tokens = list(WORD.finditer(sentence, start, date[0]))
    if len(tokens) < 4 or tokens[0].group().lower() != "with" \
            or tokens[1].group().lower() not in _rules_words("title_with_absolute_determiners"):
        return ""
    lex = lexicon()
    for i in range(2, min(len(tokens), WITH_ABSOLUTE_NOUN_WORDS + 3)):
        word = tokens[i].group().lower()
        if is_past(word) and i >= 3 and not tokens[i - 1].group().lower().endswith("ly"):
            break
        if word in lex.stopwords or word in lex.opening_prepositions or word in finite_words():
            return ""
    else:
        return ""
    if "," in sentence[tokens[1].start():date[0]]:
        return ""
    noun = tokens[i - 1].group()
    plural = noun.endswith("s") and not noun.endswith("ss") and tokens[1].group().lower() not in ("a", "an")
    head = sentence[tokens[1].start():tokens[i - 1].end()]
    text = f"{head[:1].upper()}{head[1:]} {'were' if plural else 'was'} "
    shift = len(text) - tokens[i].start()
    title = make_title(text + sentence[tokens[i].start():end], (date[0] + shift, date[1] + shift))
    return title if title and not is_incomplete(title) else ""


WITH_ABSOLUTE_NOUN_WORDS = 4  # "a carefully orchestrated uprising": a longer phrase may hold a clause of its own


CLAUSE_MARK = re.compile(r"[;:()\"“”]")


def _present_subject(told: Sequence[str]) -> int:
    """How many words of `told` make the subject of a main clause whose verb is in the present ("the law | sends",
    "the Arab League | has", "the picture | is"): a determiner or a capital opens it, and a present form of "be" or
    "have" or a present verb (titles: a lower-case word after the subject's noun) follows within
    OPENING_SUBJECT_WORDS; 0 when none does, or a past form comes first."""
    lex = lexicon()
    if not told or not (told[0][:1].isupper() or told[0].lower() in ("the", "a", "an")):
        return 0
    present = {"is", "are", "has", "have", "remains", "remain"}
    for k in range(1, min(len(told), OPENING_SUBJECT_WORDS + 1)):
        word = told[k].lower().strip(",.;:")
        if word in present:
            return k
        if is_past(word) or word in lex.auxiliaries | lex.modals | lex.future_auxiliaries or told[k - 1].endswith(","):
            return 0
        if reads_as_present_verb(told, k) or k > 1 and _singular_noun_then_verb(told[k - 1], word):
            return k
    return 0


def _singular_noun_then_verb(noun: str, word: str) -> bool:
    """ "the law | sends": a lower-case word in "-s" after a singular lower-case noun is its present verb."""
    lex = lexicon()
    return noun[:1].islower() and noun.isalpha() and not noun.endswith("s") and noun not in lex.stopwords \
        and word.isalpha() and word.endswith("s") and not word.endswith("ss") and word not in lex.stopwords


def opening_participle_title(sentence: str, date: tuple[int, int],
                             other_dates: Sequence[tuple[int, int]] = ()) -> str:
    """ "When asked about the reports on Tuesday, Adm. James Stavridis, the NATO commander, said he would respond in
    closed session" -> "Adm. James Stavridis said he would respond in closed session": when the sentence opens with a
    participle phrase (events.yaml title_opening_participles) that holds the date, the phrase tells how the main
    clause's subject did what the main clause tells, at that date; the title is the main clause (its subject named,
    an apposition after it dropped, and a verb in the past right after). "" when it is not so: the phrase does not
    open with a participle ("Following talks on Monday": title_non_participles), its time lies before the main
    clause's ("Having lost Brega on Monday"), the main clause holds a date of its own, or its subject is a pronoun."""
    rules = events_rules()["title_opening_participles"]
    comma = sentence.find(", ")
    if comma < 0 or not date[1] <= comma or any(a >= comma for a, _ in other_dates):
        return ""
    words = [w.lower() for w in words_of(sentence[:comma])]
    if words[:1] and words[0] in {str(w) for w in rules["leading"]}:
        words = words[1:]
    if words[:1] and words[0] in {str(w) for w in rules["subordinators"]}:
        words = words[1:]
    if not words or not _opens_participle(words[0], rules):
        return ""
    inner = {str(w) for w in rules["inner_clause_words"]}
    before_date = [w.lower() for w in words_of(sentence[:date[0]])]
    before_date = before_date[before_date.index(words[0]) + 1:] if words[0] in before_date else before_date
    if any(w in inner or is_past(w) or _opens_participle(w, rules) for w in before_date):
        return ""  # ("When asked about X since violence erupted in February": the date is the eruption's)
    rest = sentence[comma + 2:]
    found = main_clause_subject(rest).split()
    tokens = rest.split(" ")
    # the subject as written ("Adm. James Stavridis", which main_clause_subject reads without its dots)
    subject = " ".join(tokens[:len(found)]).rstrip(",")
    if not found or len(subject.split()) != len(found):
        return ""
    after = _APPOSITION.sub("", rest[len(subject):], count=1).lstrip()
    if after.startswith(","):  # "General Carter Ham, the head of U.S. Africa Command affirmed that": never closed
        after = _without_open_apposition(after)
    verb = after.split(" ", 1)[0].lower().strip(",.;:")
    if not is_past(verb):
        return ""  # ("Speaking on Monday, the minister will ...": no event told at that date)
    title = make_title(f"{subject} {after}", None)
    return title if title and not is_incomplete(title) else ""


OPEN_APPOSITION_WORDS = 8  # ", the head of U.S. Africa Command": how long an apposition left unclosed may be


def _without_open_apposition(after: str) -> str:
    """The text after a subject whose apposition a writer left without its closing comma (", the head of U.S. Africa
    Command affirmed that ...") from the verb on, when a determiner opens the apposition and a past form that reports
    (a reporting verb, or one that "that" follows) ends it; else `after` as it is (", the man accused of X said":
    "accused" reports nothing)."""
    tokens = after.lstrip(", ").split(" ")
    lex = lexicon()
    if not tokens or tokens[0].lower() not in lex.noun_determiners:
        return after
    for k in range(1, min(len(tokens), OPEN_APPOSITION_WORDS + 1)):
        word = tokens[k].lower().strip(",.;:")
        if tokens[k - 1].endswith((",", ";", ":")):
            return after
        if tokens[k][:1].islower() and is_past(word):
            following = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
            reports = word in lex.reporting_verbs or following == "that"
            return " ".join(tokens[k:]) if reports and tokens[k - 1].lower() not in lex.noun_determiners else after
    return after


def _opens_participle(word: str, rules: dict) -> bool:
    """Whether an opening phrase's first word (past a leading conjunction and subordinator) is a participle that the
    main clause's subject is the subject of ("speaking", "asked"), not a preposition in "-ing" ("following") or a
    perfect ("having")."""
    if word in {str(w) for w in rules["anterior"]} or word in _rules_words("title_non_participles"):
        return False
    return word in {str(w) for w in rules["past_participles"]} or word.endswith("ing") and len(word) > 5 \
        and word not in lexicon().stopwords
