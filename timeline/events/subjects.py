"""Who a title is about: the subject that opens a sentence, a subject for a title that opens with its verb, and
the name a pronoun subject stands for ("He was kidnapped" -> "Smith was kidnapped")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from functools import cache, lru_cache

from timeline.events.lexicon import (finite_words, is_adverb, is_past, lexicon, opening_words, rules as events_rules, stem,
                                      word_list)
from timeline.text import lexicon as language
from timeline.text.quotes import is_open_at, quote_marks
from timeline.tagger.rules import tables as tagger_tables
from timeline.rules import load_yaml
from timeline.words import POSSESSIVE

_TOKEN = re.compile(r"\S++")
_EDGE = ",.;:!?\"“”'‘’`()*•·|-—–"
_OPENING_MARKS = "\"“‘`(['"  # a quotation or parenthesis the subject stands at the start of is not the subject's
_CLOSING_MARKS = "\"”)]"
MAX_SUBJECT_WORDS = 8  # a longer opening is no noun phrase a title can borrow
MAX_OPENING_WORDS = 10  # how far an opening adverbial ("On another front, in the hills,") may reach
MAX_GERUND_OPENING_WORDS = 14  # "Just a few years before becoming embroiled in fighting a rebellion,"
MAX_AGENT_REACH = 200  # how far before a pronoun the passive agent it stands for may be named
ANTECEDENT_SENTENCES = 4  # how many sentences back a pronoun's name may stand (through a chain of the pronoun)


def _bare(token: str) -> str:
    return token.strip(_EDGE).lower()


def _is_verb(word: str) -> bool:
    lex = lexicon()
    return is_past(word) or word in lex.auxiliaries or word in lex.modals or word in lex.future_auxiliaries \
        or word in lex.state_verbs or word in lex.reporting_verbs or word in lex.copulas


CLEFT_SUBJECT_WORDS = 8  # "the revolutionary volunteers from this region": how long a cleft's doer may be


def _cleft_subject(tokens: Sequence[str], j: int) -> list[str]:
    """The doer a cleft puts first after "It" and its copula at tokens[j] ("It was | the volunteers from this region |
    who took Zawiya": events.yaml title_subject_cleft), or []: no comma inside, a determiner or a name first."""
    table = events_rules()["title_subject_cleft"]
    if j + 2 >= len(tokens) or _bare(tokens[j]) not in table["copulas"]:
        return []
    if not (_bare(tokens[j + 1]) in table["determiners"] or tokens[j + 1][:1].isupper()):
        return []
    for k in range(j + 2, min(len(tokens), j + CLEFT_SUBJECT_WORDS + 2)):
        if tokens[k - 1].endswith((",", ";", ":")):
            return []
        if _bare(tokens[k]) == "who":  # ("that" may close a noun's own clause: "It was the first time that")
            return list(tokens[j + 1:k])
    return []


def holds_verb_or_expletive(words: Sequence[str]) -> bool:
    """Whether a phrase taken for a subject is none: it ends with a verb of its own ("This was | after Gaddafi ... |
    abandoned" -> not "This was abandoned") or is an expletive alone ("There | were ... Lines, ..., confirmed by" ->
    not "There confirmed"; events.yaml expletive_subjects)."""
    bare = [_bare(w) for w in words]
    if len(bare) == 1 and bare[0] in _expletive_subjects():
        return True
    # a piece that stops at its own verb ("This was |"), not one a contraction opens ("It's the diamond")
    return len(bare) > 1 and bool(bare[-1]) and _is_verb(bare[-1])


@cache
def _expletive_subjects() -> frozenset[str]:
    return frozenset(word_list(events_rules(), "expletive_subjects"))


@lru_cache(maxsize=1 << 15)  # a pure function of the word: asked ~70 times a title, of few distinct words
def is_verb_word(token: str) -> bool:
    """Whether a word of a title reads as a verb (a past form, an auxiliary, a modal, a verb of saying, ...)."""
    return _is_verb(_bare(token))


def _skip_opening(tokens: Sequence[str]) -> int:
    """Where the main clause starts: after bullets, connectives ("However,", "But") and an opening adverbial
    that ends with a comma ("On Monday,", "In the west, near Brega,")."""
    lex = lexicon()
    i = 0
    while i < len(tokens) and (not _bare(tokens[i]) or _bare(tokens[i]) in lex.connectives):
        i += 1
    i = _item_date_end(tokens, i)
    while i < len(tokens):
        if i and tokens[i - 1].endswith(",") and _bare(tokens[i]) in lex.connectives and i + 1 < len(tokens) \
                and _bare(tokens[i + 1]) in lex.opening_prepositions:
            i += 1  # "A month later, and with the hole still unplugged, Obama": a second adverbial joined by "and"
        if _opens_time_before_gerund(tokens, i):
            reach = MAX_GERUND_OPENING_WORDS
        elif _bare(tokens[i]) in lex.opening_prepositions or _opens_aside(tokens, i) or _opens_time_span(tokens, i):
            reach = MAX_OPENING_WORDS
        else:
            break
        comma = next((j for j in range(i, min(len(tokens), i + reach)) if tokens[j].endswith(",")), -1)
        if comma < 0:
            return i
        i = comma + 1
    return i


def _opens_time_span(tokens: Sequence[str], i: int) -> bool:
    """ "A month later,", "Two days after the blast,", "Three weeks ago,": a count (the lexicon's number words or
    digits), a time unit and a word of events.yaml fronted_time_spans tails open an adverbial, not the subject
    ("A month of protests has ended" has no tail: a subject)."""
    table = events_rules()["fronted_time_spans"]
    if i + 2 >= len(tokens):
        return False
    count, unit, tail = (_bare(t) for t in tokens[i:i + 3])
    return (count in lexicon().number_words or count.isdigit()) and unit in table["units"] \
        and tail in table["tails"]


def _item_date_end(tokens: Sequence[str], i: int) -> int:
    """Where a chronology item's date ends ("8 October 2011 Dr Murray reveals", "March 3, 2011 The trial is
    delayed"): a day and a month name, or a month name and a day, maybe a year, then a capitalised word; else i."""
    j = i
    if j + 1 < len(tokens) and _is_day(tokens[j]) and _bare(tokens[j + 1]) in _month_names():
        j += 2
    elif j + 1 < len(tokens) and _bare(tokens[j]) in _month_names() and _is_day(tokens[j + 1]):
        j += 2
    else:
        return i
    if j < len(tokens) and re.fullmatch(r"\d{4},?", tokens[j]):
        j += 1
    return j if j < len(tokens) and tokens[j][:1].isupper() and not tokens[j - 1].endswith(",") else i


def _is_day(token: str) -> bool:
    digits = token.rstrip(",")
    return digits.isdigit() and 1 <= int(digits) <= 31 and len(digits) <= 2


@cache
def _month_names() -> frozenset[str]:
    return frozenset(n.lower() for names in language.months() for n in names if len(n) > 2)


def _opens_aside(tokens: Sequence[str], i: int) -> bool:
    """ "Originally from Grenada, Dr Murray moved", "Describing the night, Dr Murray said": an -ly adverb or a
    gerund before a lower-case word that is no verb opens an adverbial, not the subject ("Sterling Bank" is a name,
    "Fighting continued" a subject)."""
    word = _bare(tokens[i])
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return not tokens[i].endswith(",") and following[:1].islower() and not _is_verb(_bare(following)) \
        and (is_adverb(word) or bool(past_of_gerund(word))  # "Fighting continued": a gerund subject
             or i == 0 and is_past(word) and tokens[i][:1].isupper())  # "Raised by his grandparents, Dr Murray"


def _opens_time_before_gerund(tokens: Sequence[str], i: int) -> bool:
    """ "Just a few years before becoming embroiled in fighting a rebellion, Moammar Gadhafi was spending": a phrase
    up to a comma in which "before", "after", "since" or the like is followed by a gerund, with no verb before it,
    is an adverbial, not the subject."""
    for j in range(i, min(len(tokens) - 1, i + MAX_OPENING_WORDS)):
        word = _bare(tokens[j])
        if tokens[j].endswith(",") or _is_verb(word):
            return False
        if word in _GERUND_SUBORDINATORS and past_of_gerund(tokens[j + 1]):
            return any(t.endswith(",") for t in tokens[j + 1:i + MAX_GERUND_OPENING_WORDS])
    return False


def _in_name(tokens: Sequence[str], j: int) -> bool:
    """ "Ahmed Bani", "United Nations": a capitalised word before another capitalised one is part of a name, though
    it reads as a past form; an auxiliary ("Was Gaddafi ...") is not."""
    word = _bare(tokens[j])
    return tokens[j][:1].isupper() and not tokens[j].endswith((",", ";", ":")) and j + 1 < len(tokens) \
        and tokens[j + 1][:1].isupper() and word not in finite_words()


def _relative_head(sentence: str, clause_start: int) -> str:
    """ "... little credence by coalition forces, which launched airstrikes": the noun phrase a relative pronoun
    opening the title's clause stands for ("coalition forces"), up to a determiner, a preposition or a verb; else "".
    """
    lex = lexicon()
    before = _TOKEN.findall(sentence[:clause_start])
    after = _TOKEN.findall(sentence[clause_start:clause_start + 12])
    if after and _bare(after[0]) in ("which", "who"):
        before.append(after[0])
    if len(before) < 2 or _bare(before[-1]) not in ("which", "who"):
        return ""
    # "forces who overthrew Gaddafi": a "who" with no comma restricts the noun right before it
    restrictive = not before[-2].endswith(",")
    if restrictive and _bare(before[-1]) == "which" and _bare_plural_noun(before[-2]) and len(before) > 2 \
            and not _bare(before[-3]) in _DETERMINER_WORDS | {"of"} and not before[-3][:1].isupper():
        return before[-2]  # "expect BP to resume paying | dividends which were suspended": the plural noun alone
    if restrictive and (_bare(before[-1]) != "who" or not before[-2][:1].isalpha()):
        return ""
    phrase: list[str] = []
    for token in reversed(before[:-1]):
        word = _bare(token)
        if phrase and word in lex.opening_prepositions and _bare(before[-1]) == "who" and not restrictive:
            return ""  # "born in Llanfihangel, who died": after a preposition, a place more often than a person
        if phrase and (token.endswith((",", ";", ":")) or word in lex.opening_prepositions or _is_verb(word)
                       or word in lex.stopwords and word not in _DETERMINER_WORDS):
            break
        phrase.insert(0, token.rstrip(",;:"))
        if word in _DETERMINER_WORDS or len(phrase) > 5:
            break
    if not phrase or len(phrase) > 5 or not (_bare(phrase[0]) in _DETERMINER_WORDS or phrase[0][:1].isupper()
                                             or len(phrase) > 1) or _is_contraction(phrase[0]):
        return ""  # "It's Renee, who": no noun phrase ("BP's brand value, which" is one)
    if _bare(phrase[0]) in _DETERMINER_WORDS:  # "the modifications to | the blowout preventer (BOP), which were"
        phrase = [t.rstrip(",;:") for t in before[head_noun_start(before, len(before) - 1 - len(phrase)):-1]]
    preceding = before[-2 - len(phrase)] if len(before) >= 2 + len(phrase) else ""
    if _bare(before[-1]) == "who" and not restrictive and _bare(preceding) in lex.opening_prepositions | {"of"}:
        return ""  # "a pupil from the school, who", "born in Llanfihangel, who": the person stands further back
    return " ".join(phrase)


def _bare_plural_noun(token: str) -> bool:
    """Whether a word reads as a plural noun with no determiner ("dividends"): lower case, in "-s", no verb, adverb
    or stopword ("says", "has", "is", "as" are not)."""
    word = _bare(token)
    return token == word and word.isalpha() and len(word) > 3 and word.endswith("s") \
        and not word.endswith(("ss", "us", "is")) and not _is_verb(word) and not is_adverb(word) \
        and word not in lexicon().stopwords


NOUN_LINKS = frozenset({"of", "to", "for", "on"})  # "the modifications to the preventer": a phrase hung on a noun
MAX_HEAD_NOUN_WORDS = 4  # how far back the noun such a phrase hangs on may stand ("the significant modifications")


def head_noun_start(tokens: Sequence[str], at: int, floor: int = 0) -> int:
    """Where a noun phrase that opens with a determiner at tokens[at] starts once the noun it hangs on by "of", "to",
    "for" or "on" is taken in ("the significant modifications to | the blowout preventer"): that noun's determiner,
    not before `floor`; else `at`. A relative clause after the phrase tells of that noun."""
    if at - 2 < floor or _bare(tokens[at - 1]) not in NOUN_LINKS:
        return at
    for j in range(at - 2, max(floor - 1, at - 2 - MAX_HEAD_NOUN_WORDS), -1):
        word = _bare(tokens[j])
        if word in _DETERMINER_WORDS:
            return j
        if not word or _is_verb(word) or word in lexicon().stopwords or tokens[j].endswith((",", ";", ":")):
            return at
    return at


_CONTRACTIONS = frozenset({"it's", "that's", "there's", "here's", "what's", "who's", "let's"})  # no name opens so


def _is_contraction(token: str) -> bool:
    """ "It's", "he's", "they're": a pronoun run into its verb; "BP's" and "Gaddafi's" are possessives."""
    word = _bare(token).replace("’", "'")
    return word in _CONTRACTIONS or "'" in word and word.split("'")[0] in lexicon().subject_pronouns | {"you", "we"}
_DETERMINER_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def opening_subject(sentence: str, through_reports: bool = True) -> str:
    """The noun phrase that is the subject of a sentence's main clause, or "": "On Monday, NTC forces captured
    ..." -> "NTC forces"; "Rebel fighters said members of the brigade had collected ..." -> "members of the
    brigade" (the subject of what was said, unless `through_reports` is false); a pronoun is returned as it stands."""
    main, reported = _opening_subjects(sentence)
    return reported if through_reports else main


OPENING_SUBJECT_MEMO = 1 << 8  # the event stage asks for both readings of a sentence, one right after the other


@lru_cache(maxsize=OPENING_SUBJECT_MEMO)
def _opening_subjects(sentence: str) -> tuple[str, str]:
    """(the subject of the main clause, the subject read through up to three reports: "X said (that) Y ..."), both
    from one reading of the sentence's words (opening_subject)."""
    tokens = _TOKEN.findall(sentence)
    lex = lexicon()
    i = _skip_opening(tokens)
    main = ""
    for report in range(3):  # "X said (that) Y ...": look through up to three reports
        phrase: list[str] = []
        j = i
        present_report = -1
        longest = MAX_SUBJECT_WORDS  # a list of names the subject goes on through may take it further
        while j < len(tokens) and len(phrase) <= longest:
            word = _bare(tokens[j])
            # "The injured woman": a past form after a determiner is an adjective
            after_determiner = bool(phrase) and _bare(phrase[-1]) in _DETERMINER_WORDS and is_past(word)
            if not word or _is_verb(word) and not _in_name(tokens, j) and not after_determiner \
                    or word in lex.relative_pronouns - lex.subject_pronouns:
                break
            if _reports_in_present(tokens, j, phrase):  # "Court documents reveal he injected Jackson"
                present_report = j
                break
            if _name_then_present_verb(tokens, j, phrase):  # "Hayward admits to being detached": "Hayward"
                break
            if phrase and phrase[-1][:1].isupper() and not POSSESSIVE.search(phrase[-1]) \
                    and word.endswith("ly") and is_adverb(word) \
                    and j + 1 < len(tokens) and tokens[j + 1][:1].islower():
                break  # "Farrell routinely reports from Pakistan": a name, then an adverb before its verb (not
                # "BP's costly spill": an adjective after a possessive)
            if phrase and phrase[-1][:1].isupper() and not POSSESSIVE.search(phrase[-1]) \
                    and word in _subject_adverbs() and tokens[j] == word \
                    and j + 1 < len(tokens) and _is_verb(_bare(tokens[j + 1])):
                break  # "Gareth Carins always dreamt of ...": a name, then a listed adverb before its verb
            listed = tokens[j].endswith(",") and _names_list_after(tokens, j + 1)
            phrase.append(tokens[j].strip(_EDGE) if j == len(tokens) - 1 else tokens[j] if listed or (
                longest > MAX_SUBJECT_WORDS and tokens[j].endswith(",")) else tokens[j].rstrip(",;:"))
            if listed:
                longest = MAX_SUBJECT_WORDS + LIST_SUBJECT_WORDS
            elif tokens[j].endswith((",", ";", ":")) and longest == MAX_SUBJECT_WORDS:
                break  # an apposition follows ("Rogozin, NATO envoy, ..."): the phrase before it is the subject
            j += 1
        if not phrase or len(phrase) > longest:
            return main, ""
        cleft = _cleft_subject(tokens, j) if len(phrase) == 1 and _bare(phrase[0]) == "it" else []
        subject = " ".join(cleft) if cleft else _subject_phrase(phrase)
        if len(phrase) == 1 and (_bare(phrase[0]) in _expletive_subjects() or is_adverb(_bare(phrase[0]))):
            # "There were ...": an expletive names no subject, nor does an adverb alone ("..., widely ostracized")
            return ("", "") if report == 0 else (main, "")
        if report == 0:
            main = subject  # the main clause's subject is the first phrase, whatever follows it
        verb_at = present_report if present_report >= 0 else \
            next((k for k in range(j, min(len(tokens), j + MAX_OPENING_WORDS)) if _is_verb(_bare(tokens[k]))), -1)
        if verb_at >= 0 and (_bare(tokens[verb_at]) in lex.reporting_verbs or verb_at == present_report) \
                and not tokens[verb_at].endswith(","):
            i = verb_at + 1
            if verb_at == present_report and i < len(tokens) and _bare(tokens[i]) in lex.opening_prepositions:
                i = _after_aside_that(tokens, i)  # "reveals in a recorded interview with police that, ..., he"
            while i < len(tokens) and _bare(tokens[i]) in lex.report_fillers \
                    and not _determines_subject(tokens, i):
                i += 1
            continue
        return main, subject
    return main, ""


LIST_SUBJECT_WORDS = 12  # how many more words a subject's list of names may add to MAX_SUBJECT_WORDS
LIST_NAME_TOKENS = 5  # "the International Monetary Fund": how long one name of a listed subject may be


def _names_list_after(tokens: Sequence[str], k: int) -> bool:
    """Whether the tokens from k go on with a list of names a comma began, up to its "and"/"or" and last name
    ("Inspectors from the European Commission, | the European Central Bank and the International Monetary Fund
    will be back"; events.yaml subject_name_list_examples): the subject goes on through the list, not an apposition
    that would drop its other members. Each item is an optional "the" and capitalised words; an apposition is no
    such list ("Gerard Araud, France's ambassador, said", "Clinton, the Secretary of State and a former senator")."""
    items = 0
    while k < len(tokens):
        size = 1 if tokens[k] == "the" else 0
        while k + size < len(tokens) and tokens[k + size][:1].isupper() and size <= LIST_NAME_TOKENS \
                and _bare(tokens[k + size]) not in lexicon().stopwords:
            if tokens[k + size].endswith((",", ";", ":", ".")):
                size += 1
                break
            size += 1
        name = tokens[k:k + size]
        if not name or not name[-1][:1].isupper():
            return False
        items += 1
        k += size
        if name[-1].endswith(","):
            continue
        if k < len(tokens) and tokens[k] in ("and", "or") and items < LIST_NAME_TOKENS:
            return _last_listed_name(tokens, k + 1)
        return False
    return False


def _last_listed_name(tokens: Sequence[str], k: int) -> bool:
    """Whether a list's last name stands at tokens[k] ("[and] the International Monetary Fund will"), followed by no
    comma of an apposition and with a verb after it within reach."""
    size = 1 if k < len(tokens) and tokens[k] == "the" else 0
    while k + size < len(tokens) and tokens[k + size][:1].isupper() and not tokens[k + size].endswith((",", ";", ":")):
        size += 1
    return size > 0 and tokens[k + size - 1][:1].isupper() and k + size < len(tokens) \
        and _is_verb(_bare(tokens[k + size]))


def _subject_phrase(phrase: Sequence[str]) -> str:
    """The subject a phrase that opens a clause makes, or "" when it opens with a leading word or a date preposition
    rather than a subject ("At least 18 people" and "About 50 rebel fighters" are subjects)."""
    lex = lexicon()
    if _bare(phrase[0]) in opening_words() \
            and " ".join(phrase[:2]).lower() not in lex.quantity_phrases \
            and not _counted_group(phrase):
        return ""
    return " ".join(phrase).lstrip(_OPENING_MARKS).rstrip(_CLOSING_MARKS)


def _determines_subject(tokens: Sequence[str], i: int) -> bool:
    """ "said that the device could collect": a "the" after a verb of saying that no time word of events.yaml
    report_fillers follows ("said on the weekend") opens what was said's subject, and stays in it."""
    following = _bare(tokens[i + 1]) if i + 1 < len(tokens) else ""
    return _bare(tokens[i]) == "the" and bool(following) and following not in lexicon().report_fillers


@cache
def _count_words() -> dict[str, frozenset[str]]:
    """events.yaml: the words of an estimate (title_quantity_words), numbers in words (number_words) and nouns of a
    stretch of time (title_span_nouns)."""
    rules = events_rules()
    return {key: frozenset(str(w).lower() for w in rules[key])
            for key in ("title_quantity_words", "number_words", "title_span_nouns")}


_FIGURE = re.compile(r"\d[\d,.]*+")


def _counted_group(phrase: Sequence[str]) -> bool:
    """ "About 50 rebel fighters", "Nearly 3,000 people": an estimate's word, a number, then a plural noun phrase is a
    subject, though its first word reads as a date preposition; "About two weeks later", "Over 10 days" are times."""
    words = [_bare(w) for w in phrase]
    table = _count_words()
    if len(words) < 3 or words[0] not in table["title_quantity_words"] \
            or not (_FIGURE.fullmatch(words[1]) or words[1] in table["number_words"]):
        return False
    last = words[-1]
    return last.endswith("s") and not last.endswith("ss") and not any(w in table["title_span_nouns"] for w in words)


@cache
def _subject_adverbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()["subject_adverbs_before_verbs"])


@cache
def _present_report_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()["present_report_verbs"])


def _reports_in_present(tokens: Sequence[str], j: int, phrase: Sequence[str]) -> bool:
    """ "Court documents reveal he injected", "Hiscox estimates its retail arm lost": a present-tense verb of saying
    or showing (events.yaml present_report_verbs) after a subject phrase, not after a determiner or a possessive
    ("the estimates", "BP's claims": nouns), followed by the opening of a clause: a pronoun, a determiner, a
    capitalised word or "that" ("estimates rose": a noun before its verb), or after a name a preposition."""
    if not phrase or _bare(tokens[j]) not in _present_report_verbs() or tokens[j].endswith((",", ";", ":")) \
            or j + 1 >= len(tokens) or not tokens[j][:1].islower():  # "Secretary of State Hillary Clinton": a name
        return False
    before = phrase[-1]
    if _bare(before) in _DETERMINER_WORDS | lexicon().stopwords or before.endswith(("'s", "’s", "'", "’")) \
            or not before[:1].isalnum():
        return False
    following = tokens[j + 1]
    word = _bare(following)
    # "Dr Murray reveals in a recorded interview that ...": after a name, a preposition may open an aside first
    named = all(w[:1].isupper() for w in phrase)
    return word == "that" or word in lexicon().subject_pronouns or word in _DETERMINER_WORDS \
        or following[:1].isupper() and word not in lexicon().stopwords \
        or named and word in lexicon().opening_prepositions


def _name_then_present_verb(tokens: Sequence[str], j: int, phrase: Sequence[str]) -> bool:
    """ "Hayward admits to being detached": a present verb of saying or showing (events.yaml present_report_verbs) in
    lower case right after a name (every word capitalised, no possessive) ends the subject though no clause follows
    it ("admits to", "denies any"); not when a verb follows ("BP estimates rose": a noun) or after a possessive
    ("BP's claims")."""
    if not phrase or not all(w[:1].isupper() for w in phrase) or POSSESSIVE.search(phrase[-1]) \
            or phrase[-1].endswith(("'", "’")) or j + 1 >= len(tokens) or not tokens[j][:1].islower() \
            or tokens[j].endswith((",", ";", ":")) or _bare(tokens[j]) not in _present_report_verbs():
        return False
    following = _bare(tokens[j + 1])
    return bool(following) and not _is_verb(following)


def _after_aside_that(tokens: Sequence[str], i: int) -> int:
    """Where what was said starts after a report's aside ("reveals | in a recorded interview with police that, on the
    night of 25 June, | he injected"): past the "that" within MAX_OPENING_WORDS and an opening adverbial after it;
    the sentence's end (no subject) when no "that" stands there."""
    that = next((k for k in range(i, min(len(tokens), i + MAX_OPENING_WORDS)) if _bare(tokens[k]) == "that"), -1)
    if that < 0:
        return len(tokens)
    rest = tokens[that + 1:]
    if tokens[that].endswith(","):  # "that, on the night of 25 June, he": the aside closes with its own comma
        close = next((k for k in range(min(len(rest), MAX_OPENING_WORDS)) if rest[k].endswith(",")), -1)
        return that + 2 + close if close >= 0 else len(tokens)
    return that + 1 + _skip_opening(rest)


def subject_for(title: str, sentence: str, clause_start: int, names: Sequence[str] = ()) -> str:
    """A title that opens with its verb ("Overthrew Gaddafi", "Had collected Younes") gets the subject of the
    sentence's main clause when that subject stands before the clause (a pronoun too: resolve_pronoun may name
    it); else the title stays as it is. `names`: the full names the article used before, for a surname alone."""
    own = _own_sentence_antecedent(title, sentence, names)
    if own:
        return own
    words = title.split()
    if len(words) > 2 and _bare(words[0]) in _perfect_gerunds() and is_past(_bare(words[1])):
        # "..., said the doctor was making arrangements ..., having closed his own premises": a perfect participle's
        # doer is the subject of the clause it hangs on ("The doctor had closed his own premises"); with none found
        # the title stays as it was
        bare = (_simple_past_of(words[1]) or "had " + words[1]) + " " + " ".join(words[2:])
        titled = subject_for(bare[:1].upper() + bare[1:], sentence, clause_start, names)
        return title if titled.lower() == bare.lower() else titled
    lead = 1 if len(words) > 1 and is_adverb(_bare(words[0])) else 0  # "Again appeared on television"
    past = past_of_gerund(words[0]) if words and not any(_is_verb(_bare(w)) for w in words) else ""
    if past and (_follows_subordinator(sentence, clause_start, words[0])
                 or _trailing_participle(sentence, clause_start, words[0])):
        # "General Younis was Libya's minister before switching sides in February": the gerund's subject is the
        # main clause's ("General Younis switched sides")
        # "Libya's economy depends on oil and the rebels have struggled ... since taking control": the gerund's doer
        # is the subject of the clause it hangs on, a coordinated clause's when one stands between
        subject = _coordinated_subject(sentence[:clause_start]) or opening_subject(sentence)
        # "It is understood the two travellers were admitted ... after returning": a frame's "it" is no one; the
        # subject is the framed clause's ("The two travellers returned")
        subject = _subject_past_frame(sentence) or subject if subject.lower() == "it" else subject
        relative_at = _later_relative(sentence, subject, clause_start) if subject else -1
        if relative_at >= 0:  # "a council that Gaddafi set up after seizing": Gaddafi seized, not the officials
            subject = _relative_subject(sentence, relative_at, title) or subject
        if subject and sentence.lower().find(subject.lower()) < clause_start \
                and not _bare(subject.split()[0]).endswith("ing"):
            titled = subject[:1].upper() + subject[1:] + " " + " ".join([past, *words[1:]])
            # "BP also reported that it had collected ... since fitting a container": "it" is the speaker's
            return _own_sentence_antecedent(titled, sentence, names, alone=True) or titled \
                if pronoun_class(_bare(subject.split()[0])) else titled
        return title
    if not words or not _is_verb(_bare(words[lead])) or _written_as_name(words[lead], sentence):
        return title
    relative = _relative_head(sentence, clause_start)
    if relative and relative.lower() not in title.lower():  # "coalition forces, which launched airstrikes"
        return relative[:1].upper() + relative[1:] + " " + title[:1].lower() + title[1:]
    # "Said troops fired on ...": the speaker, not the subject of what was said
    subject = opening_subject(sentence, through_reports=_bare(words[lead]) not in lexicon().reporting_verbs)
    relative_at = _later_relative(sentence, subject, clause_start) if subject else -1
    if relative_at >= 0:  # "operatives who tried, but failed, to ...": the operatives failed, not the focus
        subject = _relative_subject(sentence, relative_at, title) or subject
    if not subject or _bare(subject.split()[0]).endswith("ing") or sentence.find(subject) >= clause_start \
            or sentence.find(subject) < 0:
        return title
    subject = _beyond_speaker_aside(sentence, subject, clause_start) or subject
    titled = subject[:1].upper() + subject[1:] + " " + title[:1].lower() + title[1:]
    # "NATO says it has no contacts with the NTC, but confirmed its aircraft ...": the pronoun subject of what was
    # said stands for its speaker when that fits ("NATO confirmed its aircraft ...")
    return _own_sentence_antecedent(titled, sentence, names, alone=True) or titled if pronoun_class(subject) \
        else titled


def _simple_past_of(participle: str) -> str:
    """The simple past of a past participle, as tense.simple_past_of reads it (events.yaml title_past_perfect: that
    module reads this one's verb words, so it cannot be imported here)."""
    low = participle.lower()
    irregular = {str(k).lower(): str(v) for k, v in events_rules()["title_past_perfect"]["irregular"].items()}
    return irregular.get(low) or (participle if low.endswith("ed") and is_past(low) else "")


@cache
def _perfect_gerunds() -> frozenset[str]:
    """events.yaml subject_perfect_gerunds: the gerund of a perfect participle clause ("having closed")."""
    return frozenset(str(w) for w in events_rules()["subject_perfect_gerunds"])


def _beyond_speaker_aside(sentence: str, subject: str, clause_start: int) -> str:
    """ "After doing it twice, Suttles said, the company stopped ..., and spent Thursday assessing": a subject set
    off as a speaker ("Suttles said,") only tells who reported; the doer is the subject of the clause after the
    aside ("the company"), when one stands before the clause; else ""."""
    at = sentence.find(subject)
    after = sentence[at + len(subject):]
    said = after.split(None, 1)
    if len(said) < 2 or not said[0].endswith(",") or _bare(said[0]) not in lexicon().reporting_verbs:
        return ""
    rest_at = len(sentence) - len(said[1])
    doer = opening_subject(said[1], through_reports=False)
    if not doer or rest_at + said[1].find(doer) >= clause_start or pronoun_class(_bare(doer.split()[0])):
        return ""
    return doer


@cache
def _opening_frame() -> re.Pattern[str]:
    """ "It is understood (that)", "It has also emerged that": a sentence's opening "It", maybe an adverb, a verb of
    events.yaml antecedents extraposed_verbs that is no hedge (frame_hedges), maybe a time word or two and "that"."""
    table = _antecedent_table()
    verbs = sorted(set(table["extraposed_verbs"]) - set(table["frame_hedges"]), key=len, reverse=True)
    alternatives = "|".join(re.escape(v) for v in verbs)
    return re.compile(rf"It\s(?:has\s|had\s)?(?:\w++ly\s|also\s)?(?i:{alternatives})"
                      rf"(?:\s(?:today|yesterday|tonight|now|last\s\w++)){{0,2}},?(?:\sthat)?\s(?=[A-Za-z])")


def _subject_past_frame(sentence: str) -> str:
    """The subject of the clause an expletive frame introduces ("It is understood the two travellers were admitted"
    -> "the two travellers"), or "" when the sentence opens with no frame or a hedge ("It is believed")."""
    found = _opening_frame().match(sentence)
    subject = opening_subject(sentence[found.end():]) if found else ""
    return "" if not subject or pronoun_class(_bare(subject.split()[0])) else subject


_COORDINATOR = re.compile(r"(?:,\s*+)?\b(?:and|but)\s++(?=(?:the|a|an)\b|[A-Z])")


def _coordinated_subject(before: str) -> str:
    """The subject of the last clause coordinated by "and" or "but" in `before` ("... on oil and the rebels have
    struggled to revive exports" -> "the rebels") when it opens with a determiner or a name and has a verb of its
    own; else "" (a pronoun too: the caller's rules name those)."""
    found = None
    for match in _COORDINATOR.finditer(before):
        found = match
    if found is None:
        return ""
    main = opening_subject(before, through_reports=False)
    if main and before.find(main) + len(main) > found.start():
        return ""  # "Smith and the rebels met": two subjects of one clause, no clause before the "and"
    item = before[:found.start()].rpartition(",")
    if item[1] and not any(_is_verb(_bare(t)) or _bare(t) in finite_words() for t in _TOKEN.findall(item[2])):
        return ""  # "Inspectors from X, Y and the IMF will be back": the last item of a list, not a clause's subject
    rest = before[found.end():]
    subject = opening_subject(rest)  # "but a spokeswoman said the warplanes had flown ... since taking": the warplanes
    if not subject or rest.find(subject) < 0 or pronoun_class(_bare(subject.split()[0])):
        return ""
    following = [_bare(t) for t in _TOKEN.findall(rest[rest.find(subject) + len(subject):])[:2]]
    return subject if any(_is_verb(w) or w in finite_words() for w in following) else ""


def _later_relative(sentence: str, subject: str, clause_start: int) -> int:
    """Where the relative pronoun stands when the title's clause lies inside a relative clause opened after the main
    clause's verb ("Much of the focus has been on missiles used by operatives who tried, | but failed, to shoot down
    ...", "... seemed enough for Gadhafi, who in 2008 | gathered ..."), else -1: the clause's doer is then the
    relative's, never the main clause's subject (events.yaml title_relative_subject_openers). A relative right after
    the subject ("Rogozin, who spoke, | warned") is no bar."""
    at = sentence.lower().find(subject.lower())
    if at < 0:
        return -1
    relatives = _relative_openers()
    verb_seen = False
    found = -1  # the last relative after the main verb, before the clause: the nearest clause it may belong to
    previous_verb = False
    depth = 0  # "(set up by the board to report on the blast which caused the leak) posted": an aside, no bar
    for token in _TOKEN.finditer(sentence, at + len(subject)):
        text = token.group()
        word = _bare(text)
        depth += text.count("(") - text.count(")") if depth or "(" in text else 0
        if depth > 0 or ")" in text:
            continue
        if token.start() > clause_start:
            break
        if word in relatives and verb_seen and not (word == "that" and previous_verb):
            found = token.start()  # (a "that" after a verb opens what was said, no relative)
        # a capitalised word is a name's ("Mohamed"), not a verb
        previous_verb = not text[:1].isupper() and (_is_verb(word) or word in finite_words())
        verb_seen = verb_seen or previous_verb
    return found


def _relative_subject(sentence: str, relative_at: int, title: str) -> str:
    """The doer of a relative clause's verbs: its own subject when it has one ("the council that Gaddafi set up"
    -> "Gaddafi"), else the noun the pronoun stands for ("operatives who tried, but failed" -> "operatives");
    "" when neither is found or the title names it already ("Says X came": the speaker's verb before it)."""
    found = _relative_doer(sentence, relative_at)
    return "" if found and found.lower() in title.lower() else found


def _relative_doer(sentence: str, relative_at: int) -> str:
    rest = sentence[relative_at:].split(None, 1)
    following = _TOKEN.findall(rest[1])[:1] if len(rest) > 1 else []
    if following and following[0][:1].isupper() and not _is_verb(_bare(following[0])):
        own = opening_subject(rest[1], through_reports=False)
        if own and not pronoun_class(_bare(own.split()[0])):
            return own
    head = _relative_head(sentence, relative_at)
    before = _TOKEN.findall(sentence[:relative_at])[-1:]
    if not head and before and _bare(rest[0]) == "who" and before[0].isalpha() and before[0].islower() \
            and before[0].endswith("s") and before[0] not in lexicon().stopwords:
        head = before[0]  # "troops fired on demonstrators who tried to march": a bare plural
    return head or _name_after_person_preposition(sentence[:relative_at])


def _name_after_person_preposition(before: str) -> str:
    """ "... seemed enough for Gadhafi, | who": a name after a preposition that takes a person (events.yaml
    title_relative_person_prepositions: "for", "with"; not "in" or "from", after which a name is more often a
    place: "born in Llanfihangel, who died"), the comma closing it; else ""."""
    tokens = _TOKEN.findall(before)
    if not tokens or not tokens[-1].endswith(","):
        return ""
    name: list[str] = []
    for token in reversed(tokens):
        word = token.rstrip(",")
        if word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() and len(name) < 3:
            name.insert(0, word)
            continue
        return " ".join(name) if name and _bare(token) in _person_prepositions() else ""
    return ""


@cache
def _person_prepositions() -> frozenset[str]:
    return frozenset(events_rules()["title_relative_person_prepositions"])


@cache
def _relative_openers() -> frozenset[str]:
    return frozenset(events_rules()["title_relative_subject_openers"])


def _written_as_name(word: str, sentence: str) -> bool:
    """ "Mohammed Hassan Al Barghathi said": a word that reads as a past form but stands capitalised inside its
    sentence is a name ("..., the ambassador to Jordan, Mohammed Hassan ..."); "Directed BP" is written "directed"."""
    return word[:1].isupper() and re.search(rf"(?<=\s){re.escape(word.strip(_EDGE))}\b", sentence) is not None


_GERUND_SUBORDINATORS = frozenset({"after", "before", "since", "upon", "while", "when"})


def _follows_subordinator(sentence: str, clause_start: int, gerund: str) -> bool:
    """Whether the gerund that opens a title follows "after", "before" or the like in its sentence."""
    found = re.search(rf"\b(\w+)\s++{re.escape(gerund.lower())}\b", sentence.lower())
    return found is not None and found.group(1) in _GERUND_SUBORDINATORS


def _trailing_participle(sentence: str, clause_start: int, gerund: str) -> bool:
    """Whether the gerund that opens a title opens a participle clause a comma sets after the main clause ("Obama is
    to impose new controls tomorrow, | following up the announcement with a visit on Friday"): its doer is the main
    clause's subject. Not a gerund that opens the sentence (no main clause before it) nor one after "and"."""
    at = sentence.lower().find(", " + gerund.lower() + " ", 0, clause_start + len(gerund) + 2)
    return at > 0 and at + 2 >= clause_start - 1


@cache
def _irregular_gerunds() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in events_rules()["title_irregular_gerunds"].items()}


@cache
def _short_gerunds() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in events_rules()["title_short_gerunds"].items()}


def past_of_gerund(word: str) -> str:
    """The past form a gerund stands for ("switching" -> "switched", "moving" -> "moved", "seeking" -> "sought",
    events.yaml title_irregular_gerunds), or "" for a word that is no gerund."""
    low = _bare(word)
    if low in _short_gerunds():
        return _short_gerunds()[low]  # "using" -> "used" (events.yaml title_short_gerunds)
    if len(low) < 6 or not low.endswith("ing") or not low.isalpha() or low in lexicon().stopwords:
        return ""  # "during", "according": no gerund
    if low in _irregular_gerunds():
        return _irregular_gerunds()[low]
    stem = low[:-3]
    return stem + ("d" if stem.endswith("e") else "ed")


def _own_sentence_antecedent(title: str, sentence: str, names: Sequence[str] = (), alone: bool = False) -> str:
    """ "The woman fell ill and she was taken to hospital": a title from a later clause that opens with a pronoun
    takes the subject of its own sentence's main clause when that stands before it and is of the pronoun's kind
    ("The woman was taken to hospital"; "Hayward ..., such as when he was seen" after "Tony Hayward"); else "".
    `alone`: only when no other person is named between them (a speaker and the pronoun of what was said: "Clinton
    told Lavrov he ...")."""
    words = title.split(" ", 1)
    kind = pronoun_class(_bare(words[0]))
    if not kind or len(words) < 2:
        return ""
    at = re.search(rf"(?<=\s){re.escape(words[0].lower())}\b", sentence.lower())
    subject = _without_trailing_adverbs(opening_subject(sentence, through_reports=False))
    if at and kind == "person" and subject and not fits(subject, kind, [*names, *names_in(sentence)]):
        agent = _passive_agent(sentence, at.start(), _bare(words[0]))
        return resolve_pronoun(title, [agent]) if agent else ""
    if not at or not subject or sentence.find(subject) < 0 or sentence.find(subject) >= at.start() \
            or not fits(subject, kind, [*names, *names_in(sentence)], bare_plural=True):
        return ""
    between = sentence[sentence.find(subject) + len(subject):at.start()]
    possessive = _bare(words[0]) not in lexicon().subject_pronouns
    if (alone or possessive) and kind == "person" \
            and any(not _same_referent(other, subject) for other in _person_names_in(between)):
        # "Clinton told Lavrov he ...": the pronoun may stand for the other person; a possessive always may ("Mr
        # Alvarez ... reach Jackson's bedroom after his doctor called": Jackson's doctor)
        return ""
    if kind == "group" and not fits(subject, kind, [*names, *names_in(sentence)]):
        return _with_name(title, subject)  # a bare plural ("pro-rebel fighters"), which fits here only
    return resolve_pronoun(title, [subject], [*names, *names_in(sentence)])


def _without_trailing_adverbs(subject: str) -> str:
    """ "BP also" -> "BP": the adverbs a subject phrase ran into before its verb ("BP also reported") are no part
    of the name a pronoun takes."""
    words = subject.split()
    while len(words) > 1 and words[-1][:1].islower() and is_adverb(_bare(words[-1])):
        words.pop()
    return " ".join(words)


def own_sentence_pronoun(title: str, sentence: str, names: Sequence[str] = ()) -> str:
    """A title cut from inside its sentence that opens with a pronoun ("Dr Murray says that on the night of 25 June
    2009, he injected Jackson" -> "Dr Murray injected Jackson") named by its own sentence's subject
    (_own_sentence_antecedent); else the title unchanged."""
    return _own_sentence_antecedent(title, sentence, names) or title


@cache
def _clause_antecedent_table() -> dict[str, Any]:
    """events.yaml clause_antecedents, its word lists as lower-case sets."""
    table = events_rules()["clause_antecedents"]
    return {"subordinators": frozenset(str(w).lower() for w in table["subordinators"]),
            "subject_openers": frozenset(str(w).lower() for w in table["subject_openers"]),
            "person": frozenset(str(w).lower() for w in table["person_blockers"]),
            "thing": frozenset(str(w).lower() for w in table["thing_blockers"]),
            "verb_reach": int(table["verb_reach"])}


def _pronoun_after_subordinator(tokens: Sequence[str], pronoun: str, verb: str) -> int:
    """The index of the first token that is `pronoun` right after a subordinator of events.yaml clause_antecedents
    with the title's `verb` within its verb_reach words after it ("as it had suffered" for "It suffered"), or -1."""
    table = _clause_antecedent_table()
    for i in range(1, len(tokens) - 1):
        if _bare(tokens[i]) == pronoun and _bare(tokens[i - 1]) in table["subordinators"] \
                and not tokens[i - 1].endswith((",", ";", ":")) \
                and verb in (_bare(t) for t in tokens[i + 1:i + 1 + table["verb_reach"]]):
            return i
    return -1


def _clause_subject_name(tokens: Sequence[str]) -> tuple[str, int]:
    """The last name in `tokens` (the words before a subordinator) that stands right before a lower-case verb, after
    the start, a comma, a colon or a subject opener ("argued that BP should", ", Dink was"), with the index of its
    verb; ("", -1) when there is none."""
    openers = _clause_antecedent_table()["subject_openers"]
    for verb_at in range(len(tokens) - 1, 0, -1):
        if not tokens[verb_at][:1].islower() or not _is_verb(_bare(tokens[verb_at])):
            continue
        start = verb_at
        # the name's words, a comma only after its last ("Ibrahim al-Dabashi, appealed")
        while start > 0 and _name_word(tokens[start - 1].rstrip(",")) \
                and not (start < verb_at and tokens[start - 1].endswith(",")):
            start -= 1
        if start == verb_at or not tokens[start][:1].isupper():
            continue
        if start == 0 or tokens[start - 1].endswith((",", ":")) or _bare(tokens[start - 1]) in openers:
            return " ".join(tokens[start:verb_at]).rstrip(","), verb_at
        return "", -1  # the nearest name before a verb opens no clause ("the elder Gadhafi made"): no subject
    return "", -1


def _blocks_clause_antecedent(between: Sequence[str], kind: str) -> bool:
    """Whether the words between a clause subject's verb and the subordinator hold something else the pronoun of
    `kind` may stand for (events.yaml clause_antecedents)."""
    blockers = _clause_antecedent_table()[kind]
    places = _antecedent_table()["place_prepositions"]
    for k, token in enumerate(between):
        word = _bare(token)
        if word in blockers:
            return True
        if kind == "thing" and (token[:1].isupper() or any(c.isdigit() for c in token)):
            return True
        before = _bare(between[k - 1]) if k else ""
        if kind == "person" and (word in _person_nouns() or token[:1].isupper() and before not in ("the", *places)
                                 and not (k and between[k - 1][:1].isupper())):
            return True
    return False


def name_clause_pronoun(title: str, sentence: str, names: Sequence[str] = ()) -> str:
    """ "It suffered ..." of "BP should have known better, as it had suffered ..." -> "BP suffered ...": a title
    that opens with "he", "she" or "it" of a clause hung by a subordinator on the clause before, named by that
    clause's named subject when nothing between could be the pronoun's instead (events.yaml clause_antecedents);
    else the title unchanged."""
    words = title.split()
    kind = pronoun_class(_bare(words[0])) if len(words) > 1 else ""
    if kind not in ("person", "thing") or _bare(words[0]) not in lexicon().subject_pronouns:
        return title
    tokens = _TOKEN.findall(sentence)
    at = _pronoun_after_subordinator(tokens, _bare(words[0]), _bare(words[1]))
    if at < 0:
        return title
    name, verb_at = _clause_subject_name(tokens[:at - 1])
    if not name or not fits(name, kind, [*names, *names_in(sentence)]) \
            or _blocks_clause_antecedent(tokens[verb_at:at - 1], kind):
        return title
    return _with_name(title, name)


@cache
def _agent_clause() -> re.Pattern[str]:
    """ "stressed by Jane Lubchenco, head of NOAA, after she": a word, "by", a person's full name, maybe an
    apposition between commas, one of events.yaml antecedents agent_clause_openers, the pronoun (ending the match)."""
    openers = "|".join(re.escape(w) for w in _antecedent_table()["agent_clause_openers"])
    return re.compile(rf"(?<![\w'’])(?P<verb>[a-z]++)\sby\s(?P<name>{_PERSON_NAME})(?:,[^,;:.]{{1,120}}+,)?\s"
                      rf"(?:{openers})\s(?:he|she)\Z")


def _passive_agent(sentence: str, at: int, pronoun: str) -> str:
    """The person agent of a passive whose clause the "he"/"she" at `at` opens (_agent_clause, the word before "by" a
    past form): "Similar fears were also stressed by Jane Lubchenco, ..., after she took part" -> "Jane Lubchenco";
    else ""."""
    match = _agent_clause().search(sentence, max(0, at - MAX_AGENT_REACH), at + len(pronoun))
    if not match or not is_past(match.group("verb")):
        return ""
    return match.group("name") if fits(match.group("name"), "person") else ""


def pronoun_class(word: str) -> str:
    """ "person", "thing" or "group" for a subject or possessive pronoun, else ""."""
    lex = lexicon()
    word = word.lower()
    return "person" if word in lex.person_pronouns else "thing" if word in lex.thing_pronouns \
        else "group" if word in lex.group_pronouns else ""


def fits(name: str, kind: str, earlier: Sequence[str] = (), bare_plural: bool = False) -> bool:
    """Whether a subject phrase can be what a pronoun of `kind` stands for (_fits); with no `earlier` subjects, a pure
    function of the phrase, read once while in use (a build asks tens of thousands of times of a few thousand)."""
    if not earlier:
        return _fits_alone(name, kind, bare_plural)
    return _fits(name, kind, earlier, bare_plural)


@lru_cache(maxsize=1 << 14)
def _fits_alone(name: str, kind: str, bare_plural: bool) -> bool:
    return _fits(name, kind, (), bare_plural)


def _fits(name: str, kind: str, earlier: Sequence[str] = (), bare_plural: bool = False) -> bool:
    """Whether a subject phrase can be what a pronoun of `kind` stands for: a person is a proper name of two or
    more capitalised words ("Abdel Fattah Younes"), or one that ends an earlier subject of that kind ("Merkel"
    after "Angela Merkel"); a thing a single name, an acronym or "the" + a singular
    noun ("Libya", "NATO", "The company"); a group a plural noun phrase ("Rebels", "The rebel fighters"), with
    `bare_plural` one with no determiner in lower case too ("pro-rebel fighters": the subject of the pronoun's own
    sentence; a sentence before with such a subject is too often a quotation's or an aside's)."""
    words = name.split()
    lex = lexicon()
    if not words or len(words) > MAX_SUBJECT_WORDS or pronoun_class(words[0]) or words[0].lower() in lex.first_person \
            or name.count("(") != name.count(")") or _bare(words[0]).replace("’", "'") in _CONTRACTIONS \
            or words[0].lower() in lex.subject_pronouns:
        return False
    head = words[-1].lower()
    capitalised = [w for w in words if w[:1].isupper()]
    article = words[0].lower() in ("the", "a", "an")
    if kind == "person" and len(words) == 1 and (words[0][:1].isupper() or "-" in words[0] and _name_word(words[0])):
        # "Hayward" after "Tony Hayward's responses", "al-Obeidy" after "Eman al-Obeidy": the full name's owner
        return any(len(e.split()) >= 2 and _same_surname(POSSESSIVE.sub("", e.split()[-1]), words[0])
                   and fits(POSSESSIVE.sub("", e), kind) for e in earlier) or _given_name(words[0], earlier)
    if kind == "person" and article:  # "The woman", "the former prime minister"
        return words[0].lower() == "the" and len(words) <= 4 and (head in _person_nouns() or
                                                                   " ".join(words[-2:]).lower() in _person_nouns())
    if kind == "person" and len(words) >= 2 and all(w.isupper() and w.isalpha() and len(w) > 2 for w in words):
        return True  # a name set in capitals ("ADELA GUTIERREZ"), as a caption or a dateline gives it
    if kind == "person" and (_described_name(words) or _office_name(words)):
        return True
    if kind == "person":  # every word a capitalised name or a particle of one ("Abd al-Rahman bin Ali")
        return not article and 2 <= len(words) <= 5 and not words[0].isupper() and all(_name_word(w) for w in words)
    if kind == "thing" and len(words) == 1 and _person_surname(words[0], earlier):
        return False  # "Walker" after "Gov. Scott Walker": a person, not what "it" stands for
    if kind == "thing":
        return (len(words) == 1 and words[0][:1].isupper() and not head.endswith("s")) or words[0].isupper() and \
            len(words) == 1 or (article and not head.endswith("s") and len(words) <= 4) or _organisation_name(words)
    if _coordinated_names(words):  # "Jermaine and Randy Jackson", "Britain, France and Italy"
        return True
    # "Rebels from the city of Misrata": the head of a group is the noun before a prepositional phrase hung on it
    tail = next((k for k, w in enumerate(words) if k > 0 and w.lower() in _group_tail_prepositions()), len(words))
    head = words[tail - 1].lower()
    return head.endswith("s") and not head.endswith("ss") and (article or words[0][:1].isupper()
                                                                or bare_plural and _bare_plural(words[:tail])) \
        and (len(words) <= 5 or tail < len(words))


MAX_ORGANISATION_NAME_WORDS = 6  # "Al Qaeda in the Islamic Maghreb"


def _organisation_name(words: Sequence[str]) -> bool:
    """ "Al Qaeda in the Islamic Maghreb", "Brent Coon & Associates", "Assa Abloy Group": capitalised words that a
    link of events.yaml antecedents organisation_name_links joins or an organisation word ends, no person's name nor
    a person noun in it ("Secretary of State Hillary Clinton"), can be what "it" stands for."""
    links = _organisation_name_links()
    if not 2 <= len(words) <= MAX_ORGANISATION_NAME_WORDS or not words[0][:1].isupper() \
            or not words[-1][:1].isupper() or any(not w[:1].isupper() and w.lower() not in links for w in words):
        return False
    name = " ".join(words)
    ending = _organisation_ending(name)
    if not ending and (not any(w.lower() in links for w in words) or words[-1].lower().endswith("s")):
        return False
    return (ending or not fits(name, "person")) and not any(_bare(w) in _person_nouns() for w in words)


@cache
def _organisation_name_links() -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()["antecedents"]["organisation_name_links"])


def _coordinated_names(words: Sequence[str]) -> bool:
    """ "Jermaine and Randy Jackson", "Britain, France and Italy": two or more names (capitalised words, at most
    events.yaml antecedents coordinated_name_words each, no person noun) joined by commas and one "and"."""
    if words.count("and") != 1:
        return False
    at = words.index("and")
    parts: list[list[str]] = [[]]
    for word in words[:at]:
        parts[-1].append(word.rstrip(","))
        if word.endswith(","):
            parts.append([])
    parts.append(list(words[at + 1:]))
    most = int(events_rules()["antecedents"]["coordinated_name_words"])
    return len(parts) >= 2 and all(
        0 < len(part) <= most and all(w[:1].isupper() and _name_word(w) for w in part)
        and not any(_bare(w) in _person_nouns() or _bare(w) in _calendar_names() for w in part) for part in parts)


@cache
def _speech_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()["antecedents"]["speech_nouns"])


def _speaker_of_speech(title: str, speakers: Sequence[str], texts: Sequence[str], names: Sequence[str]) -> str:
    """ "His comments followed ..." after "Obama told reporters ...": the speaker of the sentence before (its main
    subject followed by a reporting verb), when the title opens with a possessive pronoun and a speech noun of
    events.yaml antecedents speech_nouns and the speaker fits the pronoun; else ""."""
    words = title.split()
    if len(words) < 2 or not speakers or not texts or _bare(words[0]) not in lexicon().possessive_pronouns \
            or _bare(words[1]) not in _speech_nouns():
        return ""
    speaker = _without_trailing_adverbs(speakers[-1])
    kind = pronoun_class(_bare(words[0]))
    if not speaker or not fits(speaker, kind, [*names, *names_in(texts[-1])]):
        return ""
    genders = _possessive_pronoun_genders()
    if _bare(words[0]) in genders and any(  # "Obama said he would resign. Her comments": not his
            _bare(t) in other for name, other in genders.items() if name != _bare(words[0])
            for t in _TOKEN.findall(texts[-1])):
        return ""
    at = texts[-1].find(speaker)
    following = _TOKEN.findall(texts[-1][at + len(speaker):])[:2] if at >= 0 else []
    if following and is_adverb(_bare(following[0])):
        following = following[1:]
    return speaker if following and _bare(following[0]) in lexicon().reporting_verbs else ""


@cache
def _partitives() -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()["antecedents"]["partitives"])


def _partitive(subject: str) -> bool:
    """ "Some", "Most of them": a subject that takes part of a group told before (events.yaml antecedents
    partitives)."""
    words = [_bare(w) for w in subject.split()]
    return bool(words) and words[0] in _partitives() and (len(words) == 1 or words[1:] == ["of", "them"])


MAX_BARE_PLURAL_WORDS = 3  # "pro-rebel fighters", "foreign oil workers"


def _bare_plural(words: Sequence[str]) -> bool:
    """ "pro-rebel fighters", "rebels": a lower-case noun phrase of a few plain words with no determiner, its head no
    noun of time ("days", "years": events.yaml title_span_nouns), can be what "they" stands for."""
    return 0 < len(words) <= MAX_BARE_PLURAL_WORDS and all(_plain_noun_word(w) or "-" in w and w.islower()
                                                           for w in words) \
        and words[-1].lower() not in _count_words()["title_span_nouns"]


@cache
def _group_tail_prepositions() -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()["antecedents"]["group_tail_prepositions"])


def _person_surname(word: str, earlier: Sequence[str]) -> bool:
    """Whether a single word ends a person's full name the article used before ("Walker" of "Scott Walker")."""
    return any(len(e.split()) >= 2 and _same_surname(e.split()[-1], word) and fits(e, "person") for e in earlier)


def _given_name(word: str, earlier: Sequence[str]) -> bool:
    """"Edgar" after "Five-year-old Edgar Hernandez": a lone word that opens a plain full name of two or three name
    words the article used before (no honorific, role title or person noun before the surname: "Dr", "President"),
    as a story about one person calls that person by the given name."""
    if word.lower() in _role_titles() or word in _antecedent_settings()["honorifics"] \
            or word.lower() in _person_nouns() | lexicon().stopwords:
        return False
    return any(parts[0] == word for parts in map(_plain_full_name, earlier) if parts)


def _plain_full_name(name: str) -> list[str]:
    """The words of a plain full name of two or three name words ("Five-year-old Edgar Hernandez" -> "Edgar",
    "Hernandez": an age before it dropped); [] for anything else."""
    parts = POSSESSIVE.sub("", name).split()
    while parts and not parts[0][:1].isupper():
        parts = parts[1:]  # ("five-year-old Edgar Hernandez" written in lower case after a comma)
    if parts and (_AGE.fullmatch(parts[0]) or parts[0].lower().endswith("-year-old")):
        parts = parts[1:]
    if 2 <= len(parts) <= 3 and all(p[:1].isupper() and p.isalpha() for p in parts) and fits(" ".join(parts), "person"):
        return parts
    return []


def _same_surname(last: str, word: str) -> bool:
    """ "Murray" ends "Conrad Murray"; "Al-Obeidy", opening a sentence, ends "Eman al-Obeidy"."""
    return last == word or last[:1].islower() and "-" in last and last[:1].upper() + last[1:] == word


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised, a particle (events.yaml name_particles: "bin"), or a particle joined
    to a capitalised word ("al-Obeidy")."""
    particle, hyphen, rest = word.partition("-")
    particles = lexicon().name_particles
    return word[:1].isupper() or word.lower() in particles or bool(hyphen) and particle in particles \
        and rest[:1].isupper()


DESCRIBED_NAME_WORDS = 6  # "Michael Jackson's doctor Conrad Murray", "Libyan leader Moammar Gadhafi"
_NOT_IN_DESCRIBED_NAME = frozenset({"and", "or", "of", "in", "at", "for", "from", "with", "by", "to"})


def _described_name(words: Sequence[str]) -> bool:
    """A person's full name after the words that describe them ("Libyan leader Moammar Gadhafi", "Michael
    Jackson's doctor Conrad Murray"): a lower-case describing word, then two or more capitalised words that end
    the phrase; no second person or place joined in ("and", "of", "in")."""
    if not 3 <= len(words) <= DESCRIBED_NAME_WORDS or any(w.lower() in _NOT_IN_DESCRIBED_NAME for w in words):
        return False
    last_lower = max((k for k, w in enumerate(words) if not w[:1].isupper()), default=-1)
    name = words[last_lower + 1:]
    return last_lower >= 0 and len(name) >= 2 and all(w.isalpha() and w[:1].isupper() and not w.isupper()
                                                      for w in name)


def _office_name(words: Sequence[str]) -> bool:
    """A person's full name after a capitalised office ("Secretary of State Hillary Clinton", "British Defense
    Secretary Liam Fox", "Arab League Secretary-General Amre Moussa"): capitalised words up to the last that is (or
    whose hyphened part is) a person noun of events.yaml person_nouns, maybe "of" and one capitalised word ("of
    State"), then two or three name words that end the phrase (none of them a person noun: "President Barack Obama"
    but not "Chief Executive Officer")."""
    if not 3 <= len(words) <= DESCRIBED_NAME_WORDS or not all(w[:1].isupper() or w == "of" for w in words):
        return False
    nouns = _person_nouns()
    office = max((k for k, w in enumerate(words) if any(p.lower() in nouns for p in _bare(w).split("-"))), default=-1)
    if office < 0:
        return False
    start = office + 1
    if start + 1 < len(words) and words[start] == "of":
        start += 2  # "Secretary of State Hillary Clinton"
    name = words[start:]
    return 2 <= len(name) <= 3 and all(w.isalpha() and not w.isupper() and _bare(w) not in nouns for w in name) \
        and "of" not in words[:office]


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in events_rules()["person_nouns"])


def _as_name(name: str) -> str:
    """A name set in capitals as a name is printed ("ADELA GUTIERREZ" -> "Adela Gutierrez"); others unchanged."""
    words = name.split()
    if len(words) >= 2 and all(w.isupper() and w.isalpha() for w in words):
        return " ".join(w.capitalize() for w in words)
    return name


# "Eman al-Obeidy", "Luis Moreno-Ocampo" (a capital after a hyphen goes on the word) too
_NAME = re.compile(r"\b[A-Z][a-z'’-]++(?:(?<=-)[A-Z][a-z'’-]++)?+(?:\s(?:[a-z]{1,3}-)?[A-Z][a-z'’-]++(?:(?<=-)[A-Z][a-z'’-]++)?+){1,3}+")


def names_in(text: str) -> list[str]:
    """Runs of two to four capitalised words ("Muammar Gaddafi", "Abdel Fattah Younes"): the full names a later
    surname alone ("Gaddafi") may stand for."""
    return _NAME.findall(text)


def antecedent(kind: str, history: Sequence[str], names: Sequence[str] = (), texts: Sequence[str] = (),
               speakers: Sequence[str] = (), pronoun: str = "", verb: str = "") -> str:
    """The name a pronoun of `kind` stands for (_nearest_antecedent), unless the article tells of that person with
    the other sex's pronouns than the pronoun's ("Obama told reporters he would ... . Her comments"): "" then."""
    name = _nearest_antecedent(kind, history, names, texts, speakers, pronoun, verb)
    found = _pronoun_set(pronoun) if name and kind == "person" else frozenset()
    other = "female" if "he" in found else "male" if "she" in found else ""
    if other and _told_sex(name, texts) == other:
        return ""
    return _particle_full_name(name, names)


def _told_sex(name: str, texts: Sequence[str]) -> str:
    """The sex the article tells of a person with (_sex_told_of), read from the given name of a full name
    ("Aisha Gaddafi": her sentences, not her father's, who shares the surname) or from a lone surname."""
    words = [POSSESSIVE.sub("", w) for w in _without_title(name)]
    return _sex_told_of(words[0] if len(words) >= 2 else words[-1], texts) if words else ""


def _particle_full_name(name: str, names: Sequence[str]) -> str:
    """ "al-Obeidy" -> "Eman al-Obeidy": a lone surname with a lower-case particle, which cannot open a title as
    written, put as the one full name the article gave it; any other name as it is."""
    if " " in name or not name[:1].islower():
        return name
    full = {POSSESSIVE.sub("", n) for n in names if len(n.split()) >= 2 and POSSESSIVE.sub("", n.split()[-1]) == name}
    return full.pop() if len(full) == 1 else name


def _nearest_antecedent(kind: str, history: Sequence[str], names: Sequence[str] = (), texts: Sequence[str] = (),
                        speakers: Sequence[str] = (), pronoun: str = "", verb: str = "") -> str:
    """The name a pronoun of `kind` stands for: the subject of the nearest earlier sentence (at most
    ANTECEDENT_SENTENCES back) that is not a pronoun of the same kind, nor opens with one ("He ... His lawyers
    said ... He"), if it fits; "" when that is ambiguous. A thing is never named by an indefinite phrase of
    another sentence ("The insurer said a required medical examination was never carried out. It also claimed"):
    that phrase brings in something new, seldom what the next sentence tells of. With the sentences' `texts` and
    the subjects of their main clauses (`speakers`), a person's pronoun also looks past a sentence whose main
    subject is the same pronoun ("He said the seepage ...") and past one that names no person at all ("Oil and gas
    are known to ooze from the seabed"): the name before them is the only candidate; with the `pronoun` itself,
    a sentence whose named speaker said something that opens with the same person's pronoun ("Feinberg said he
    would ...") gives that speaker (_speaker_of_own_pronoun); a thing's "it" told by `verb` after a named thing
    that said "it ..." is that thing (_names_itself)."""
    aligned = kind == "person" and len(texts) == len(history) == len(speakers)
    earlier = [*names, *history]

    def rival(text: str, own: bool = False) -> bool:
        """Whether `text` names a person the pronoun may stand for (_without_non_rivals: not one of another
        sex or number; with `own`, its own pronouns are the same person's)."""
        return _names_a_person(_without_non_rivals(text, pronoun, texts, own), texts, earlier)
    passed = False  # whether a sentence that names no person was looked past
    # a speaker's words between ("She said ... “We fight on. They will lose.” She ..."), once their quotation has
    # closed: the pronoun's sentence is the article's own, not the same speaker's words ("“Obama moved. He didn't")
    skip_quoted = aligned and bool(texts) and not _leaves_quote_open(texts[-1])
    # whether a quotation closed by a pronoun speaker was looked past ("“...,” he said."): the name before must be
    # its sentence's only person, as the speaker may be one that sentence reports ("Gadhafi has ruled, X said")
    quoted_speaker = False
    quoted_own = False  # and whether that speaker's pronoun was of the pronoun's own sex ("he said" before a "He")
    for k in range(len(history) - 1, max(-1, len(history) - 1 - ANTECEDENT_SENTENCES), -1):
        if skip_quoted and quoted_throughout(texts[k]):
            continue
        if aligned and texts[k].rstrip().endswith("?"):
            return ""  # "What about sanctions against the Gadhafi regime?": a question of the article's turns the topic
        subject = history[k]
        topic, rest = _opener_topic(texts[k]) if len(texts) == len(history) and not passed else ("", "")
        if topic and not fits(subject, kind, earlier) and fits(topic, kind, earlier) \
                and (kind != "person" or not rival(rest, _same_sex(topic, pronoun, texts))):
            return topic  # "For BP, seeing is believing, it seems. Last month, it flew": BP
        if subject and pronoun_class(_bare(subject.split()[0])) == kind:
            if kind == "thing" and len(speakers) == len(history) and _names_itself(subject, speakers[k], verb):
                return speakers[k]  # "The NTC says it will not declare ... . It had given": the NTC
            if aligned and _speaker_of_own_pronoun(pronoun, subject, speakers[k], texts[max(0, k - 2):k + 1], texts,
                                                   earlier):
                return speakers[k]  # "Feinberg said he would ... . Before he took over": Feinberg
            attribution = _pronoun_attribution().search(texts[k]) if aligned and _subject_quoted(texts[k]) else None
            quoted_own = quoted_own if quoted_speaker else bool(attribution) and _same_set(attribution.group(1), pronoun)
            quoted_speaker = quoted_speaker or bool(attribution)
            continue  # "He ... He ...", "He ... His lawyers ...": the name stands further back
        if aligned and speakers[k] and pronoun_class(_bare(speakers[k].split()[0])) == kind \
                and not rival(_without(texts[k], speakers[k]), _same_set(speakers[k], pronoun)):
            passed = True
            continue  # "He said the seepage of gas ...", "She told reporters she had been taken": the pronoun's chain
        attributed = _pronoun_attribution().search(texts[k]) if aligned else None
        if attributed and _same_set(attributed.group(1), pronoun) and not quoted_throughout(texts[k]) \
                and not rival(texts[k][:attributed.start()], True):
            passed = True
            continue  # "And a food shortage is getting worse, she said.": the chain of the pronoun, told by her
        if kind == "thing" and subject and subject.split()[0].lower() in ("a", "an"):
            return ""
        if kind == "group" and _partitive(subject):
            continue  # "Seventeen players defected. Some were members of the team. They arrived": the group before
        if fits(subject, kind, [*names, *history]) or aligned and _shown_as_person(subject, texts):
            # further back, the name must be the sentence's only person ("Thad Allen said Tony Hayward would leave")
            named = _named_attribution().search(texts[k]) if quoted_speaker else None
            if named and not quoted_own:
                return ""  # "..., Vandewalle said. “...,” she said. He": another speaker's quotation between
            if named:  # "Gadhafi has limited institutions, Vandewalle said. “...,” he said. He": Vandewalle
                return _attributed_speaker(named.group("before") or named.group("after"), pronoun, texts, earlier)
            if quoted_speaker and speakers[k] != subject and fits(speakers[k], "person", earlier):
                return ""
            if not passed:
                return subject
            rest = _said(texts[k], subject) if subject == speakers[k] else texts[k]  # not its own apposition
            return "" if rival(_without(rest, subject), _same_sex(subject, pronoun, texts)) else subject
        possessor = _possessor(subject, kind, [*names, *history])
        if possessor or not aligned:
            return possessor
        if fits(speakers[k], kind, [*names, *history]) \
                and not rival(_said(texts[k], speakers[k]), _same_sex(speakers[k], pronoun, texts)):
            return speakers[k]  # "Thad Allen, ..., said leaks did not threaten the well. He": the speaker
        if rival(texts[k], True):
            return ""
        passed = True
    return ""


def _attributed_speaker(name: str, pronoun: str, texts: Sequence[str], earlier: Sequence[str]) -> str:
    """The named speaker of a sentence's closing attribution (", Vandewalle said.") when the quotation after it,
    closed by "he said", and the pronoun after that are the same speaker's: the name fits a person and the article
    tells of it with no other sex than the pronoun's; else "" (the sentence's subject, "Gadhafi", is never meant)."""
    found = _pronoun_set(pronoun)
    other = "female" if "he" in found else "male" if "she" in found else ""
    if not other or not fits(name, "person", earlier) or _told_sex(name, texts) == other:
        return ""
    return name


def _pronoun_set(pronoun: str) -> frozenset[str]:
    """The pronouns of one person's sex that `pronoun` belongs to (_same_person_pronouns), or none."""
    word = _bare(pronoun).lower()
    return next((group for group in _same_person_pronouns() if word in group), frozenset())


def _same_set(word: str, pronoun: str) -> bool:
    """Whether `word` (a lone pronoun) is of the same person's sex as `pronoun` ("she" and "her")."""
    found = _pronoun_set(pronoun)
    return bool(found) and len(word.split()) == 1 and _bare(word).lower() in found


def _same_sex(name: str, pronoun: str, texts: Sequence[str]) -> bool:
    """Whether the article tells of `name` with the pronoun's sex (_sex_told_of): then that sex's pronouns in the
    name's own sentence stand for the name ("Al-Obeidy received attention when she burst in"), no other person."""
    found = _pronoun_set(pronoun)
    sex = "male" if "he" in found else "female" if "she" in found else ""
    return bool(sex) and _told_sex(name, texts) == sex


def _without_non_rivals(text: str, pronoun: str, texts: Sequence[str], own: bool) -> str:
    """The text with what cannot be a person pronoun's antecedent blanked out: the other sex's pronouns ("She
    ... when she accused him"), names the article tells of with the other sex's pronouns (_sex_told_of:
    "Gadhafi" for a "she"), and with `own` the pronoun's own sex's pronouns too (its chain); unchanged for any
    other pronoun than a person's."""
    found = _pronoun_set(pronoun)
    if not found or not texts:
        return text
    others = set().union(*(group for group in _same_person_pronouns() if group != found))
    sex = "male" if "he" in found else "female"
    other_sex = "female" if sex == "male" else "male"

    def blank(match: re.Match[str]) -> str:
        words = match.group(0)
        if words.lower() in others or own and words.lower() in found:
            return "x"
        if words[:1].isupper() and words.lower() not in found and _told_sex(words, texts) == other_sex:
            return " ".join("x" for _ in words.split())  # "Moammar Gadhafi's" of a "she": no rival
        return words
    # "rehearsing for his This Is It tour": a capitalised run an owner's pronoun determines before a lower-case noun
    # names that owner's thing (a tour, an album, a rig), never another person the pronoun may stand for
    text = _owned_thing_name().sub(lambda m: m.group("owner") + " ".join("x" for _ in m.group("run").split()), text)
    return _NAME_OR_WORD.sub(blank, text)


@cache
def _owned_thing_name() -> re.Pattern[str]:
    """A possessive pronoun of the lexicon ("his"), then a run of capitalised words, then a lower-case word."""
    owners = "|".join(re.escape(w) for w in sorted(lexicon().possessive_pronouns))
    return re.compile(rf"(?<![\w'’-])(?P<owner>(?i:{owners})\s)(?P<run>[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+)*+)"
                      r"(?=\s[a-z])")


# a run of capitalised words (a name, maybe possessive) or one word
_NAME_OR_WORD = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+)*+|[a-z][\w'’-]*+)")


def _names_itself(said_subject: str, speaker: str, verb: str) -> bool:
    """Whether a sentence's speaker is what the "it" opening what it said stands for, and so what a later "it"
    told by `verb` stands for ("The NTC says it will not declare ... . It had given"): the said subject is a lone
    "it", the speaker a named thing (its last word capitalised: "The NTC", not "The report"), and the verb no
    copula (the lexicon's, or events.yaml antecedents itself_not_before: "It became clear", "It was clear" have an
    expletive "it")."""
    copular = verb in lexicon().copulas or verb in _antecedent_table()["itself_not_before"]
    return bool(verb) and not copular and _bare(said_subject) == "it" and speaker != said_subject \
        and fits(speaker, "thing") and speaker.split()[-1][:1].isupper()


@cache
def _opener_topic_pattern() -> re.Pattern[str]:
    """events.yaml antecedents topic_openers at a sentence's start (after a quotation mark or "And"/"But"), then a
    name up to a comma: a capitalised word, maybe after "the", and up to four words more ("As for the Obama
    administration,")."""
    openers = "|".join(re.escape(w) for w in sorted(_antecedent_table()["topic_openers"], key=len, reverse=True))
    return re.compile(rf"[\"“‘']?(?:(?:And|But)\s)?(?i:{openers})\s"
                      rf"(?P<topic>(?:the\s)?[A-Z][\w'’.&-]*+(?:\s[\w'’.&-]++){{0,4}}),")


def _opener_topic(text: str) -> tuple[str, str]:
    """The name a sentence's topic opener sets and the rest of the sentence ("For BP, seeing is believing" -> ("BP",
    "seeing is believing")), or ("", "")."""
    found = _opener_topic_pattern().match(text.lstrip())
    if not found:
        return "", ""
    topic = found.group("topic")
    # a name is capitalised words ("Standard Chartered"); lower-case ones only after "the" ("the Obama
    # administration"): "For BP the loss was huge," holds a clause, no name
    if not topic.startswith("the ") and any(w[:1].islower() and w not in ("of", "and") for w in topic.split()):
        return "", ""
    return topic, text.lstrip()[found.end():]


@cache
def _same_person_pronouns() -> tuple[frozenset[str], ...]:
    """The pronouns of one person's gender, a set each (events.yaml possessive_by_previous pronouns)."""
    return tuple(frozenset(str(w).lower() for w in group)
                 for group in events_rules()["possessive_by_previous"]["pronouns"].values())


def _speaker_of_own_pronoun(pronoun: str, subject: str, speaker: str, window: Sequence[str], texts: Sequence[str],
                            earlier: Sequence[str]) -> bool:
    """Whether a sentence's named speaker is who its reported subject, a pronoun, stands for, and so who `pronoun`
    after it stands for ("Feinberg said he would pay"; _same_person_pronouns): both pronouns
    of one set, the speaker a person's name, and no other person named that the pronoun might stand for: none in
    what was said, none in the sentences of `window` before the speaker's (its last), as "Hillary Clinton met them.
    Obama said she would return" names."""
    first = _bare(subject.split()[0]).lower()
    same = any(pronoun.lower() in group and first in group for group in _same_person_pronouns())
    return same and len(subject.split()) == 1 and fits(speaker, "person", earlier) \
        and not _names_a_person(_without(_said(window[-1], speaker), subject), texts, earlier) \
        and not any(_names_a_person(text, texts, earlier) for text in window[:-1])


def _without(text: str, phrase: str) -> str:
    """The text without the first whole-word occurrence of a phrase ("he" of "Speaking there, he said", not of
    "the")."""
    tokens = _TOKEN.findall(text)
    size = len(phrase.split())
    for k in range(len(tokens) - size + 1):
        if [_bare(t) for t in tokens[k:k + size]] == [_bare(t) for t in phrase.split()]:
            return " ".join([*tokens[:k], *tokens[k + size:]])
    return text


def _lower_case_words(texts: Sequence[str]) -> frozenset[str]:
    """The words the sentences write in lower case ("oil", "gas"): common words, not names."""
    return frozenset().union(*(_lower_case_words_of(text) for text in texts))


@lru_cache(maxsize=4096)  # a title's checks read the article's earlier sentences again: each read once while in use
def _lower_case_words_of(text: str) -> frozenset[str]:
    """The words one sentence writes in lower case (_lower_case_words)."""
    return frozenset(word for word in (t.strip(_EDGE) for t in _TOKEN.findall(text)) if word[:1].islower())


def _said(sentence: str, speaker: str) -> str:
    """What a speaker's sentence says: the text after the first verb of saying that follows the speaker ("Thad
    Allen, the official appointed by Barack Obama, said | leaks did not threaten the well"); the whole sentence when
    none follows it."""
    at = sentence.find(speaker)
    tokens = _TOKEN.findall(sentence[at + len(speaker):]) if at >= 0 else []
    verb = next((k for k, t in enumerate(tokens) if _bare(t) in lexicon().reporting_verbs), -1)
    return " ".join(tokens[verb + 1:]) if verb >= 0 else sentence


def _names_a_body(tokens: Sequence[str], words: Sequence[str], k: int) -> bool:
    """Whether the capitalised token k is a body's name or modifier: right after or right before a body noun of
    events.yaml epithets body_nouns ("Rock band Kiss"), with no possessive of its own ("Jackson's company": a
    person's)."""
    bodies = _epithet_table()["body_nouns"]
    if POSSESSIVE.search(tokens[k].strip(_EDGE)):
        return False
    return k > 0 and words[k - 1] in bodies or k + 1 < len(words) and words[k + 1] in bodies \
        and not tokens[k].endswith((",", ";", ":"))


def _names_a_person(text: str, texts: Sequence[str] = (), earlier: Sequence[str] = ()) -> bool:
    """Whether a sentence may tell of a person: a person noun (events.yaml person_nouns: "a captain") or a person's
    pronoun anywhere in it, or a capitalised word that may be a name: any but an acronym, a day or a month, one after
    a word that tells a place or a body (events.yaml epithets not_person_after, or "of": "the Gulf of Mexico") and a
    lone one the article writes in lower case elsewhere ("Oil and gas are known ...", a quotation's "The") or an opening
    gerund before a preposition or a determiner ("Speaking at a news conference"), unless a
    full name of the article ends with it ("Brown" of "Gordon Brown"); "Svanberg's appointment" is a name."""
    tokens = _TOKEN.findall(text)
    words = [_bare(w) for w in tokens]
    people = _person_nouns() | lexicon().person_pronouns | {"him", "himself", "herself"}
    if any(w in people for w in words) or any(" ".join(pair) in people for pair in zip(words, words[1:])):
        return True
    capitalised = [POSSESSIVE.sub("", t.strip(_EDGE))[:1].isupper() for t in tokens]
    common = _lower_case_words(texts)
    places = _written_as_places(texts)
    placed = False  # whether the run of capitalised words this token continues opened after "in", "the", "of"
    for k, token in enumerate(tokens):
        word = POSSESSIVE.sub("", token.strip(_EDGE))
        continued = k > 0 and capitalised[k - 1] and not tokens[k - 1].endswith((",", ";", ":"))
        placed = placed and continued and capitalised[k]
        if not capitalised[k] or word.isupper() or word.lower() in _calendar_names():
            continue
        if k > 0 and words[k - 1] in _epithet_table()["not_person_after"] | {"of"} or placed:
            placed = True  # "in Los Angeles": "Angeles" too is part of the place
            continue
        if _names_a_body(tokens, words, k):
            continue  # "Rock band Kiss": the band's name and its modifier
        lone = not (k > 0 and capitalised[k - 1] or k + 1 < len(tokens) and capitalised[k + 1])
        opening_gerund = k == 0 and bool(past_of_gerund(word)) and k + 1 < len(words) \
            and words[1] in lexicon().opening_prepositions | _DETERMINER_WORDS  # "Speaking at a news conference"
        if k == 0 and lone and word.lower() in _report_source_words():
            continue  # "Reports have circulated that ...": a report, capitalised as the sentence opens
        if k == 0 and lone and word.lower() in _opening_function_words():
            continue  # "Several hundred people in his village": a count or determiner capitalised as the text opens
        if lone and (word in places or word in _country_words()) and not _person_surname(word, earlier):
            continue  # "ruled Libya", which the article writes "in Libya" or the country table holds: a place
        if not lone or word.lower() not in common and not opening_gerund or _person_surname(word, earlier):
            return True
    return False


@cache
def _opening_function_words() -> frozenset[str]:
    """Words that are never a person's name though a sentence opens with them capitalised: the lexicon's stopwords,
    determiners and counts ("Several", "Thousands", "Many")."""
    lex = lexicon()
    return frozenset(lex.stopwords | lex.number_words | lex.noun_determiners)


@cache
def _place_word_pattern() -> re.Pattern[str]:
    """ "in Libya", "near Brega": a preposition of events.yaml antecedents place_prepositions, then one capitalised
    word that no other capitalised word nor a possessive follows."""
    words = "|".join(re.escape(w) for w in _antecedent_table()["place_prepositions"])
    # places5: a sentence's opening phrase of place ("In Ajdabiya, parts of the city fell") writes it capitalised
    opening = "|".join(re.escape(w.capitalize()) for w in _antecedent_table()["place_prepositions"])
    return re.compile(rf"(?:(?<![\w'’-])(?:{words})|\A(?:{opening}))\s(?P<word>[A-Z][a-z]++)(?![\w'’-])(?!\s?['’]s?\b)"
                      rf"(?!\s[A-Z])")


@cache
def _report_source_words() -> frozenset[str]:
    """The one-word report sources of events.yaml framed_pronouns ("reports", "documents"): common nouns."""
    return frozenset(str(w).lower() for w in events_rules()["framed_pronouns"]["sources"] if " " not in str(w))


@cache
def _country_words() -> frozenset[str]:
    """The one-word names and adjectives of events.yaml country_references countries ("Libya", "Libyan", and the
    plural "Libyans"): a place or its people, no person's name."""
    words = {str(w) for entry in events_rules()["country_references"]["countries"]
             for w in [*entry["names"], *entry["adjectives"]] if " " not in str(w) and not str(w).isupper()}
    return frozenset(words | {w + "s" for w in words if w.endswith("an")})


def _written_as_places(texts: Sequence[str]) -> frozenset[str]:
    """The single capitalised words the sentences write after a preposition of place ("in Libya", "from Benghazi"):
    places, which a sentence between a pronoun and its name may name without bringing in another person."""
    return frozenset(m.group("word") for text in texts for m in _place_word_pattern().finditer(text))


PERSON_SIGNS_MEMO = 1 << 10  # one pattern a single name; a feed tells of a few hundred


@lru_cache(maxsize=PERSON_SIGNS_MEMO)
def _person_signs(word: str) -> re.Pattern[str]:
    """ "Gadhafi, who has ruled", "Gaddafi, a proven survivor who", "leader Gaddafi": a single name followed by a
    person's relative pronoun (straight after its comma or after a short apposition), or after a person noun of
    events.yaml person_nouns."""
    nouns = "|".join(re.escape(n) for n in sorted(_person_nouns(), key=len, reverse=True))
    name = re.escape(word)
    return re.compile(rf"(?<![\w'’-]){name},\s(?:(?:an?|the)\s(?:[a-z-]++\s){{0,3}}?)?who\s"
                      rf"|(?<![\w'’-])(?:{nouns})\s{name}(?![\w'’-])")


def _shown_as_person(subject: str, texts: Sequence[str]) -> bool:
    """Whether a single capitalised name the article never wrote in full is a person's for all that: a sentence shows
    it so (_person_signs) and none writes it as a place ("in Gaddafi")."""
    word = subject.strip()
    if " " in word or not word[:1].isupper() or word.isupper() or not word.isalpha() \
            or word.lower() in _calendar_names() or word in _written_as_places(texts):
        return False
    return any(_person_signs(word).search(text) for text in texts)


def _possessor(subject: str, kind: str, earlier: Sequence[str]) -> str:
    """ "Hayward's handling of the crisis ... His position": a person's pronoun after a subject that is no person
    but a person's possession stands for the possessor ("Hayward"), when the possessor fits a person, the head is
    no person noun and no other name follows ("Gaddafi's son Saif": the son); else "". An "it" after a thing's
    plural possession ("The company's own greenhouse gas emissions ... It closed") stands for the thing."""
    head, mark, rest = subject.partition("'s ") if "'s " in subject else subject.partition("’s ")
    if kind == "thing" and mark and rest:
        return head if _plural_head(rest.split()) and fits(head, "thing", earlier) else ""
    if kind != "person" or not mark or not rest or any(w[:1].isupper() for w in rest.split()) \
            or _bare(rest.split()[0]) in _person_nouns() or _bare(rest.split()[-1]) in _person_nouns() \
            or " ".join(rest.split()[:2]).lower() in _person_nouns():
        return ""
    return head if fits(head, "person", earlier) else ""


def _plural_head(words: Sequence[str]) -> bool:
    """ "own greenhouse gas emissions at": a lower-case noun phrase whose head (the word before a preposition of
    events.yaml antecedents group_tail_prepositions, else the last) is plural, so no "it" stands for it."""
    tail = next((k for k, w in enumerate(words) if k > 0 and w.lower() in _group_tail_prepositions()), len(words))
    head = words[tail - 1] if tail else ""
    return all(w[:1].islower() for w in words[:tail]) and head.endswith("s") and not head.endswith("ss") \
        and not head.endswith(("'s", "’s"))


def _opens_with_report(title: str) -> bool:
    """ "It also claimed ...", "He said ...": a pronoun, maybe an adverb, then a reporting verb."""
    words = [_bare(w) for w in title.split()[1:3]]
    if words and is_adverb(words[0]) and len(words) > 1:
        words = words[1:]
    return bool(words) and words[0] in lexicon().reporting_verbs


def chain_subject(sentence: str) -> str:
    """What a later pronoun may look back to in a sentence: its subject (opening_subject); a quotation with no
    subject of the article's own, closed by a pronoun speaker ("“We'll fight like hell,” he said."), stands for that
    pronoun, so "He" in the next sentence looks past it to the name before."""
    subject = opening_subject(sentence)
    first = _bare(subject.split()[0]).replace("’", "'") if subject else ""
    extraposed = _extraposed_report().match(sentence, sentence.find(subject) + len(subject)) if first == "it" else None
    if extraposed:  # "It also emerged today that Donald Vidrine, who ..., will not testify": Donald Vidrine
        said = opening_subject(sentence[extraposed.end():])
        return apposed_name(said, sentence) or said or subject
    closing = _pronoun_attribution().search(sentence)
    if closing and _subject_quoted(sentence):  # "“All civil society ... ,” he said.": the words are his, not theirs
        return closing.group(1)
    if subject and first not in lexicon().first_person and not _is_contraction(first):
        return apposed_name(subject, sentence) or subject
    return closing.group(1) if closing else subject or _opening_name(sentence) or _name_after_opening(sentence)


def _subject_quoted(sentence: str) -> bool:
    """Whether a sentence's opening words are a quotation's: it opens with an opening mark, or it closes a mark it
    never opened ("And yet, women are the targets,” she told the forum.": the tail of a quotation begun before)."""
    text = sentence.lstrip()
    if text[:1] in _QUOTE_OPENERS:
        return True
    close = next((k for k, c in enumerate(text) if c in _QUOTE_CLOSERS), -1)
    return close > 0 and not any(c in _QUOTE_OPENERS for c in text[:close])


_QUOTE_OPENERS = "“"  # a straight mark opens and closes alike: only the curly ones tell which a sentence holds
_QUOTE_CLOSERS = "”"


def _leaves_quote_open(sentence: str) -> bool:
    """Whether a sentence opens more quotations than it closes ("“President Obama moved forward without Congress."):
    the next sentence goes on with the same speaker's words."""
    return sum(c in _QUOTE_OPENERS for c in sentence) > sum(c in _QUOTE_CLOSERS for c in sentence)


def quoted_throughout(sentence: str) -> bool:
    """ "“A massacre in Benghazi was prevented.", "Gadhafi's air force has been rendered ineffective.”", "“We are
    watching that unfold.”": a sentence that is all a quotation's, with no words of the article's own outside its
    marks (no attribution), is a speaker's words, which tell the reader nothing of whom a later pronoun is."""
    text = sentence.strip()
    opens = text[:1] in _QUOTE_OPENERS
    closes = text.rstrip(".").endswith(_QUOTE_CLOSERS)
    inner = text.rstrip(".")[1 if opens else 0: -1 if closes else None]
    return (opens or closes) and not any(c in _QUOTE_OPENERS + _QUOTE_CLOSERS for c in inner)


@cache
def _opening_name_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?P<name>{_PERSON_NAME})\s(?P<next>[a-z][\w'’-]*+)")


def _opening_name(sentence: str) -> str:
    """ "Gareth Carins always dreamt of joining the French Foreign Legion": a sentence whose subject phrase no reading
    found still tells of the person's full name it opens with, followed by a lower-case word that joins no other name
    to it ("of", "and"); else ""."""
    match = _opening_name_pattern().match(sentence)
    if not match or match.group("next") in _NOT_IN_DESCRIBED_NAME or not fits(match.group("name"), "person"):
        return ""
    return match.group("name")


MAX_OPENING_PHRASE_WORDS = 20  # "Editor of bilingual Turkish-Armenian weekly Agos and Turkey's best known ... abroad,"
MAX_NAME_WORDS = 4


def _name_after_opening(sentence: str) -> str:
    """ "A judge on the International Court of Justice between 2001 and 2006, Al-Araby joined the movement": a sentence
    whose subject phrase no reading found, opened by a phrase of at most MAX_OPENING_PHRASE_WORDS words that a comma
    closes, tells of the name right after that comma when a lower-case verb follows it; else "" (later readings test
    that the name fits the pronoun: subjects.fits)."""
    tokens = _TOKEN.findall(sentence)
    comma = next((k for k, t in enumerate(tokens[:MAX_OPENING_PHRASE_WORDS]) if t.endswith(",")), -1)
    if comma < 0:
        return ""
    end = comma + 1
    while end < len(tokens) and end - comma <= MAX_NAME_WORDS and tokens[end][:1].isupper() \
            and _name_word(tokens[end]) and not tokens[end].endswith((",", ";", ":")):
        end += 1
    if end == comma + 1 or end >= len(tokens) or not tokens[end][:1].islower() or not _is_verb(_bare(tokens[end])):
        return ""
    return " ".join(tokens[comma + 1:end])


@cache
def _antecedent_table() -> dict[str, tuple[str, ...]]:
    table = events_rules()["antecedents"]
    return {key: tuple(str(w).lower() for w in table[key])
            for key in ("agent_clause_openers", "extraposed_verbs", "place_prepositions", "topic_openers",
                        "frame_hedges", "itself_not_before")}


@cache
def _extraposed_report() -> re.Pattern[str]:
    """ "It also emerged today that": after the subject "It", an adverb or two, a verb of events.yaml antecedents
    extraposed_verbs, a time word or two, then "that" (the match ends after it)."""
    verbs = "|".join(re.escape(v) for v in sorted(_antecedent_table()["extraposed_verbs"], key=len, reverse=True))
    return re.compile(rf"(?i:\s(?:\w++ly\s)?(?:{verbs})(?:\s(?:today|yesterday|tonight|now|last\s\w++)){{0,2}}"
                      rf",?\sthat\s)")


@cache
def _apposed_name_pattern() -> re.Pattern[str]:
    """ ", Conrad Murray,", ", Dr Conrad Murray,": a person's name between commas, maybe after an honorific of
    events.yaml antecedents honorifics; not one joined to another ("Libya's leader, Moammar Gadhafi, and his son")."""
    honorifics = "|".join(re.escape(h) for h in events_rules()["antecedents"]["honorifics"])
    return re.compile(rf",\s(?P<name>(?:(?:{honorifics})\.?\s)?{_PERSON_NAME}),(?!\s(?:and|or)\s)")


def apposed_name(subject: str, sentence: str) -> str:
    """ "Michael Jackson's former doctor, Conrad Murray, has been sentenced": a subject that describes a person (its
    last word a person noun of events.yaml person_nouns) and is followed by a person's name between commas stands
    for that name, which a later pronoun then takes; "" for any other subject ("Tripoli, the capital," or "Rebels,
    Gaddafi's foes,": no person noun before a name)."""
    at = sentence.find(subject)
    words = subject.split()
    if at < 0 or len(words) < 2 or _bare(words[-1]) not in _person_nouns() or pronoun_class(_bare(words[0])):
        return ""
    match = _apposed_name_pattern().match(sentence, at + len(subject))
    name = match.group("name") if match else ""
    return name if name and fits(name, "person") else ""


@cache
def _pronoun_attribution() -> re.Pattern[str]:
    verbs = "|".join(sorted(lexicon().speech_verbs))
    tail = int(_antecedent_settings()["attribution_tail_words"])
    # "“...,” she told reporters.", "he said on Monday.": a few words without a quotation mark may follow the verb
    return re.compile(rf"[,”\"]\s*+(he|she)\s(?:{verbs})(?:\s[^\s“”\"]++){{0,{tail}}}\.?\s*+\Z", re.IGNORECASE)


@cache
def _named_attribution() -> re.Pattern[str]:
    """ ", Vandewalle said.", ", said Diederik Vandewalle.": a sentence closed by a named speaker's attribution."""
    verbs = "|".join(sorted(lexicon().speech_verbs))
    tail = int(_antecedent_settings()["attribution_tail_words"])
    name = r"[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,3}"
    return re.compile(rf"[,”\"]\s*+(?:(?P<before>{name})\s(?:{verbs})|(?:{verbs})\s(?P<after>{name}))"
                      rf"(?:\s[^\s“”\"]++){{0,{tail}}}\.?\s*+\Z")


@cache
def _antecedent_settings() -> dict[str, Any]:
    return dict(events_rules()["antecedents"])


def resolve_pronoun(title: str, history: Sequence[str], names: Sequence[str] = (),
                    speakers: Sequence[str] = (), texts: Sequence[str] = ()) -> str:
    """ "He was kidnapped in May" -> "Smith was kidnapped in May" and "Its crew released" -> "The ship's crew
    released" when the article's previous subjects name the pronoun unambiguously; else the title unchanged.
    `speakers`: the subjects of the earlier sentences' main clauses ("The insurer" of "The insurer said ..."),
    which a pronoun that reports ("It also claimed") stands for, rather than the subject of what was said; `texts`
    the earlier sentences themselves (antecedent)."""
    words = title.split(" ", 1)
    kind = pronoun_class(_bare(words[0]))
    if not kind or len(words) < 2 or _appearance_frame_it(title):
        return title
    name = antecedent(kind, speakers, names) if speakers and _opens_with_report(title) \
        else _speaker_of_speech(title, speakers, texts, names) \
        or antecedent(kind, history, names, texts, speakers, _bare(words[0]), _bare(words[1].split(" ", 1)[0]))
    if not name and kind == "thing" and texts and _bare(words[0]) == "it":
        name = _opening_owner(texts[-1], _bare(words[1].split(" ", 1)[0]), [*names, *history]) \
            or _described_agent(texts[-1], _bare(words[1].split(" ", 1)[0]))
    if not name or _named_in_own_clause(words, name):
        return without_unnamed_speaker(title)
    return _with_name(title, name)


# --- pronouns10: the name opening the sentence right before, which the subject reader missed --------------------------

@cache
def _opening_name_table() -> dict[str, Any]:
    """events.yaml opening_name_antecedents, its word lists as lower-case sets."""
    table = events_rules()["opening_name_antecedents"]
    return {"verbs": frozenset(str(w).lower() for w in table["verbs"]),
            "not_before": frozenset(str(w).lower() for w in table["not_before"]),
            "name_words": int(table["name_words"]),
            "numbers": frozenset(str(w).lower() for w in [*events_rules()["number_words"], *tagger_tables().numbers])}


def _describing_compound(token: str) -> bool:
    """ "Bermuda-based", "London-listed", "US-led": a capitalised word joined by a hyphen to a lower-case one, which
    describes the name after it and is no part of it."""
    head, hyphen, tail = token.rpartition("-")
    return bool(hyphen) and head[:1].isupper() and tail.isalpha() and tail.islower()


def _name_opening_clause(text: str) -> tuple[str, int]:
    """The capitalised name that opens a sentence's main clause (after its connectives and opening adverbial, and a
    describing compound: "Bermuda-based Hiscox") right before its verb, with the index of the verb's token: a verb the
    lexicon knows, one of events.yaml opening_name_antecedents verbs ("doesn't", "has"), or a lower-case word in -s
    that no verb follows ("Salabi commands at least 3,000 fighters": a present the lexicon does not list; "Hiscox
    shares fell" is a noun); ("", -1) when the sentence opens otherwise."""
    table = _opening_name_table()
    tokens = _TOKEN.findall(text)
    i = _skip_opening(tokens)
    if i < len(tokens) and _describing_compound(tokens[i]):
        i += 1
    j = i
    while j < len(tokens) and j - i < table["name_words"] and tokens[j][:1].isupper() and tokens[j].isalpha() \
            and tokens[j].lower() not in lexicon().stopwords and tokens[j].lower() not in table["numbers"]:
        j += 1
    if j == i or j + 1 >= len(tokens) or not tokens[j][:1].islower() or tokens[j] != _bare(tokens[j]) and \
            tokens[j].lower() not in table["verbs"]:
        return "", -1
    verb, after = tokens[j].lower(), _bare(tokens[j + 1])
    if verb in table["verbs"] or _is_verb(verb):
        return " ".join(tokens[i:j]), j
    if len(verb) > 3 and verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and not _is_verb(after) \
            and after not in table["verbs"]:
        return " ".join(tokens[i:j]), j
    return "", -1


def _full_name_of(word: str, earlier: Sequence[str]) -> str:
    """ "Salabi" -> "Ismail al-Salabi": the one full person's name of the article whose surname is the word, or the
    word with a lower-case particle before it (events.yaml name_particles: "al-Salabi"), the shortest of those that
    end one another; "" for none or two people."""
    found = set()
    for name in earlier:
        parts = POSSESSIVE.sub("", name).split()
        last = parts[-1] if len(parts) >= 2 else ""
        particle, hyphen, rest = last.partition("-")
        if last == word or hyphen and particle in lexicon().name_particles and rest == word:
            if fits(" ".join(parts), "person"):
                found.add(" ".join(parts))
    shortest = min(found, key=len, default="")  # "Islamist Ismail al-Salabi" is "Ismail al-Salabi" described
    return shortest if all(f == shortest or f.endswith(" " + shortest) for f in found) else ""


@cache
def _reported_pronoun_pattern() -> re.Pattern[str]:
    """ "though France said on Monday it hoped": a name (a capitalised run after the start, a comma or a conjunction
    of events.yaml opening_name_antecedents sayer_openers), a verb of saying of `sayer_verbs` (no "told": whom it was
    told may be meant), at most `sayer_gap_words` words of a day or "that", then "he"/"she"/"it" and its verb."""
    table = events_rules()["opening_name_antecedents"]
    verbs = "|".join(re.escape(str(w)) for w in table["sayer_verbs"])
    openers = "|".join(re.escape(str(w)) for w in table["sayer_openers"])
    gap = "|".join(re.escape(str(w)) for w in table["sayer_gap"])
    return re.compile(rf"(?:\A|,\s|\b(?:{openers})\s)(?P<name>[A-Z][\w.&'’-]*+(?:\s[A-Z][\w.&'’-]*+){{0,3}}+)"
                      rf"\s(?:{verbs})(?:\s(?:{gap})){{0,{int(table['sayer_gap_words'])}}}\s(?P<pronoun>he|she|it)"
                      rf"\s(?P<verb>[a-z][\w'’-]*+)")


def name_reported_pronoun(title: str, sentence: str, names: Sequence[str]) -> str:
    """ "It hoped the Libyan government would collapse" of "..., though France said on Monday it hoped the Libyan
    government would collapse" -> "France hoped ...": a title that opens with the "he"/"she"/"it" of a clause reported
    with no "that" or a day between (_reported_pronoun_pattern) takes the name that said it, when the name fits the
    pronoun (a person's name for "he"/"she", a thing's for "it") and the sentence reports that pronoun once; else the
    title unchanged."""
    words = title.split(" ", 2)
    kind = pronoun_class(_bare(words[0])) if len(words) > 1 else ""
    if kind not in ("person", "thing") or _bare(words[0]) not in ("he", "she", "it"):
        return title
    found = [m for m in _reported_pronoun_pattern().finditer(sentence)
             if m.group("pronoun") == _bare(words[0]) and m.group("verb") == _bare(words[1])]
    if len(found) != 1:
        return title
    name = found[0].group("name")
    if name.split()[0] in ("The", "A", "An") or not fits(name, kind, [*names, *names_in(sentence)]):
        return title
    return _with_name(title, name)


def name_by_opening_before(title: str, history: Sequence[str], speakers: Sequence[str], texts: Sequence[str],
                           names: Sequence[str]) -> str:
    """The title with the pronoun it opens with named by opening_name_before ("He accompanied" -> "Ismail al-Salabi
    accompanied"), after every other rule of naming left it; else the title unchanged."""
    words = title.split(" ", 2)
    if len(words) < 2 or not pronoun_class(_bare(words[0])):
        return title
    name = opening_name_before(_bare(words[0]), _bare(words[1]), history, speakers, texts, [*names, *history])
    return _with_name(title, name) if name else title


def opening_name_before(pronoun: str, verb: str, history: Sequence[str], speakers: Sequence[str],
                        texts: Sequence[str], earlier: Sequence[str]) -> str:
    """ "Salabi commands at least 3,000 fighters ... . He accompanied NTC chairman ..." -> "Ismail al-Salabi";
    "Bermuda-based Hiscox estimates its bill ... . Its retail arm" -> "Hiscox": a "he"/"she"/"it" or its possessive
    that nothing else names stands for the name that opens the sentence right before (_name_opening_clause), where the
    subject reader found no such subject (that sentence's subject, read or reported, is not that name), when the
    name fits the pronoun (a person's full name, or a surname the article gave in full; a thing's single name) and is
    that sentence's only candidate: for a person, no other person of the pronoun's sex named after it ("McGinty
    doesn't think Lincoln became a dictator. He says" stays); for a thing, no other capitalised word before the
    sentence's own "it"/"its". Not for an "it" before a verb of events.yaml opening_name_antecedents not_before ("It
    appeared", "It was": an expletive, or a thing the sentence's object may be), a quotation or a question before,
    nor "they" (a group is seldom a name). Else ""."""
    kind = pronoun_class(pronoun)
    if kind not in ("person", "thing") or not texts or kind == "thing" and verb in _opening_name_table()["not_before"]:
        return ""
    text = texts[-1]
    if text.rstrip().endswith("?") or any(c in text for c in _QUOTE_OPENERS + _QUOTE_CLOSERS + '"'):
        return ""
    name, verb_at = _name_opening_clause(text)
    if not name or " " not in name and name.lower() in _lower_case_words(texts):
        return ""  # "Government troops surround the town", "Flu hits": a common word the article writes in lower case
    k = len(texts) - 1
    read = [history[k - len(texts) + len(history)] if len(history) >= len(texts) else "",
            speakers[k - len(texts) + len(speakers)] if len(speakers) >= len(texts) else ""]
    if name in read:
        return ""  # the reader found it: the antecedent rules had their say (two candidates, another sex)
    rest = " ".join(_TOKEN.findall(text)[verb_at:])
    source = rest.find(", according to ")
    rest = rest[:source] if source > 0 else rest  # "..., according to an NTC spokesman": the source, no candidate
    if kind == "person":
        full = name if fits(name, "person", earlier) and " " in name else _full_name_of(name, earlier) \
            if " " not in name else ""
        found = _pronoun_set(pronoun)
        other = "female" if "he" in found else "male" if "she" in found else ""
        if not full or not other or other in (_told_sex(full, texts), _told_sex(name, texts)) \
                or _names_a_person(_without_non_rivals(rest, pronoun, texts, True), texts, earlier):
            return ""
        return full
    # "Bermuda-based Hiscox" read as a person's full name before would make "Hiscox" a surname; a name the article
    # binds to a business's role is a thing even where a person shares it ("Robert Hiscox, chairman of the eponymous
    # insurer" beside "Insurers Amlin and Hiscox": companies1)
    if not fits(name, "thing", [e for e in earlier if e.split() and not _describing_compound(e.split()[0])]) \
            and not (" " not in name and name in business_names([role_mentions(t) for t in texts])):
        return ""
    for token in _TOKEN.findall(rest)[1:]:
        if _bare(token) in ("it", "its", "itself"):
            break
        if token[:1].isupper():
            return ""  # "Hiscox bought Beazley": two things the "it" may be
    return name


def _appearance_frame_it(title: str) -> bool:
    """Whether the title's "It" names nothing: "It appeared (that) the rebels had taken control" (a hedge of events.yaml
    antecedents frame_hedges, then "that" or what opens a clause's subject: a capital, a number, a determiner, a
    subject pronoun), so no earlier subject ("Thursday") takes its place (polish.without_appearance_frame tells the
    clause); "It appeared to falter", "It seemed like ..." are a thing's and may be named."""
    words = title.split(" ")
    if _bare(words[0]) != "it":
        return False
    for hedge in sorted(_antecedent_table()["frame_hedges"], key=len, reverse=True):
        after = 1 + len(hedge.split())
        if [_bare(w) for w in words[1:after]] != hedge.split() or after >= len(words) \
                or words[after - 1].endswith(","):
            continue
        first = words[after]
        return _bare(first) == "that" or first[:1].isupper() or first[:1].isdigit() \
            or _bare(first) in _DETERMINER_WORDS | lexicon().subject_pronouns
    return False


@cache
def _owner_pattern() -> re.Pattern[str]:
    """A sentence's opening (maybe after a short phrase and a comma) of a name's possessive and a lower-case word:
    the owner and the possession's first word (events.yaml antecedents owner_opener_words)."""
    opener = int(_antecedent_settings()["owner_opener_words"])
    return re.compile(rf"(?:(?:[^\s,“”\"]++\s){{0,{opener - 1}}}[^\s,“”\"]++,\s)?+"
                      r"(?P<owner>[A-Z][\w&.-]*+(?:\s[A-Z][\w&.-]*+){0,3}+)['’]s\s(?P<rest>[a-z][^,;:]*+)")


def _opening_owner(text: str, verb: str, earlier: Sequence[str]) -> str:
    """ "Suncor's share of its exploration agreements averaged 35,000 bpd." + "It picked up the fields" -> "Suncor":
    the thing whose possession opens the sentence right before is what an "it" that does one of events.yaml
    antecedents owner_acts stands for, when that possession is not one of owner_acting_heads (which may act itself:
    "BP's board"); else ""."""
    settings = _antecedent_settings()
    match = _owner_pattern().match(text.strip())
    if verb not in settings["owner_acts"] or not match:
        return ""
    owner, rest = match.group("owner"), match.group("rest").split()
    tail = next((k for k, w in enumerate(rest) if k > 0 and w.lower() in _group_tail_prepositions()), len(rest))
    heads = {_bare(w) for w in rest[:tail]}
    if heads & set(settings["owner_acting_heads"]) or owner.split()[0] in ("The", "A", "An") \
            or owner.split()[0] in settings["honorifics"] or is_verb_word(rest[0]):
        return ""  # "Lloyd's said a lawyer ...": a name that ends in "'s", then its verb, no possession
    # a lone word may be a person's surname ("Walker's plan"); a run of names ("Standard Chartered") is read as a
    # thing's, as what an "it" that acts stands for, a person's name being no such thing
    lone = len(owner.split()) == 1
    return owner if not lone or fits(owner, "thing", earlier) else ""


@cache
def _described_agent_pattern() -> re.Pattern[str]:
    """ "The scale of the legal backlash facing BP was outlined by Brent Coon & Associates, an American law firm":
    a sentence that opens with "The"/"A" and a lower-case head, a passive "was/were <participle> by", a capitalised
    name, and an apposition "a"/"an" + at most three words + an organisation noun (events.yaml organisation_nouns)."""
    nouns = "|".join(re.escape(str(w).lower()) for w in events_rules()["organisation_nouns"])
    return re.compile(r"(?:The|A|An)\s(?P<head>[a-z][\w-]*+)[^,;:]*?\s(?:was|were)\s[a-z]++(?<=ed)\sby\s"
                      r"(?P<agent>[A-Z][\w&.'’-]*+(?:\s(?:&|[A-Z][\w&.'’-]*+)){0,5}+),\san?\s(?:[\w-]++\s){0,3}?"
                      rf"(?:{nouns})(?![\w'’-])")


def _described_agent(text: str, verb: str) -> str:
    """ "... was outlined by Brent Coon & Associates, an American law firm that ... . Today it filed a lawsuit" ->
    "Brent Coon & Associates": an "it" that does an act of events.yaml antecedents owner_acts stands for the business
    the sentence right before names as the doer of its passive and describes as a company or firm, when that
    sentence's own subject is a common noun that cannot do such an act (not one of owner_acting_heads nor an
    organisation noun: "The company was sued by X, a law firm" leaves two businesses); else ""."""
    settings = _antecedent_settings()
    match = _described_agent_pattern().match(text.strip())
    if verb not in settings["owner_acts"] or not match:
        return ""
    head = match.group("head")
    organisations = {str(w).lower() for w in events_rules()["organisation_nouns"]}
    if head in set(settings["owner_acting_heads"]) | organisations:
        return ""
    return match.group("agent")


@cache
def _framed_pronoun_pattern() -> re.Pattern[str]:
    """events.yaml framed_pronouns: a title opened by a report frame whose subject is no person ("Reports suggest",
    "Court documents show that"), then "he"/"she" and the rest."""
    table = events_rules()["framed_pronouns"]
    sources = "|".join(re.escape(str(w)) for w in table["sources"])
    verbs = "|".join(re.escape(str(w)) for w in table["verbs"])
    return re.compile(rf"(?P<frame>(?:[A-Z][a-z]++\s)?(?i:{sources})\s(?:{verbs})(?:\sthat)?)\s"
                      rf"(?P<pronoun>he|she)\s(?P<rest>[a-z].*+)")


def _own_sentence_person(frame: str, sentence: str, names: Sequence[str]) -> tuple[bool, str]:
    """(whether a sentence names or points to anyone before a title's frame, the one person it names there as the
    article names that person in full: "There have been two reports of Khamis's death: Arab media reported ..." ->
    "Khamis Gaddafi" after "Khamis Gaddafi" before); (True, "") for a person noun or pronoun there, two names, or a
    name no full name of the article holds."""
    at = sentence.find(frame)
    before = sentence[:at] if at > 0 else ""
    people = _person_nouns() | lexicon().person_pronouns
    found = [n for n in _person_names_in(before) if n.lower() not in lexicon().stopwords]
    if any(_bare(POSSESSIVE.sub("", t)) in people for t in _TOKEN.findall(before)) or len(found) > 1:
        return True, ""
    if not found:
        return False, ""
    if fits(found[0], "person", names):
        return True, _full_given_name(found[0], names)  # ("Khamis" -> "Khamis Gaddafi")
    full = {POSSESSIVE.sub("", n) for n in names if len(n.split()) > 1
            and found[0] in (POSSESSIVE.sub("", w) for w in n.split())}  # "Khamis Gaddafi's brigade"
    return True, full.pop() if len(full) == 1 else ""


def resolve_framed_pronoun(title: str, sentence: str, history: Sequence[str], names: Sequence[str] = (),
                           speakers: Sequence[str] = (), texts: Sequence[str] = ()) -> str:
    """ "Reports suggest he filed for bankruptcy" -> "Reports suggest Dr Murray filed for bankruptcy": the "he"/"she"
    after a report frame whose subject is no person (events.yaml framed_pronouns) is named by the one person its
    own sentence names before the frame (_own_sentence_person), else, when that sentence names or points to no one
    there, as a title opening with it would be (resolve_pronoun); else the title unchanged."""
    match = _framed_pronoun_pattern().fullmatch(title)
    if not match:
        return title
    inner = match.group("pronoun").capitalize() + " " + match.group("rest")
    told, own = _own_sentence_person(match.group("frame").split(" that")[0], sentence, names)
    if told and not own:
        return title  # "Khamis's lawyer said ...: Arab media reported he": whose is unclear
    named = _with_name(inner, own) if own else resolve_pronoun(inner, history, names, speakers, texts)
    if named == inner or _bare(named.split()[0]) in lexicon().person_pronouns:
        return title
    return match.group("frame") + " " + named


def name_saying_pronoun(title: str, subject: str, between: str) -> str:
    """ "The White House rejected criticism of President Barack Obama's decision ..., saying he had briefed Congress"
    titled "The White House said he had briefed Congress" -> "... said President Barack Obama had briefed Congress":
    the "he"/"she" right after a saying subject that is no person (a body, an office: it would be "it") is the one
    person the main clause names between that subject and the participle (`between`); with no name there, two, or a
    person noun or pronoun there ("criticism of his aides"), or a person subject ("Obama ..., saying he"), the
    title unchanged."""
    head = subject.split()
    words = title.split(" ")
    at = len(head) + 1  # subject, "said", then the pronoun
    if len(words) <= at + 1 or words[at] not in ("he", "she") or words[:len(head)] != head \
            or fits(subject, "person", names_in(between)):
        return title
    people = _person_nouns() | lexicon().person_pronouns
    if any(t[:1].islower() and _bare(POSSESSIVE.sub("", t)) in people for t in _TOKEN.findall(between)):
        return title  # (a capitalised "President" is part of a name)
    found: list[str] = []
    for name in _person_names_in(between):
        name = POSSESSIVE.sub("", name)
        if name.lower() in lexicon().stopwords or name in _country_words() or any(_same_referent(name, f) for f in found):
            continue  # ("decision to attack Libya": a country is no one the pronoun may be)
        if not fits(name, "person", names_in(between)) and " " in name:
            continue  # "the Security Council": a body's name of many words
        found.append(name)  # a person, or a lone word that may be one's surname ("Lavrov"): then two, unclear
    if len(found) != 1 or not fits(found[0], "person", names_in(between)):
        return title
    named = resolve_pronoun(words[at].capitalize() + " " + " ".join(words[at + 1:]), [found[0]], names_in(between))
    if pronoun_class(_bare(named.split()[0])):
        return title
    return " ".join(words[:at]) + " " + named


def _named_in_own_clause(words: Sequence[str], name: str) -> bool:
    """ "He predicted more bloodshed if Gadhafi steps aside": a person's subject pronoun is never the person its own
    title names after it (the name would have been written, not the pronoun), so a candidate whose last word the
    title holds is no referent; a possessive may be ("His son Saif Gadhafi")."""
    if pronoun_class(_bare(words[0])) != "person" or _bare(words[0]) not in lexicon().subject_pronouns \
            or len(words) < 2:
        return False  # "They arrived in Zintan in western Libya" may be "players in Libya": a group's head is no name
    last = POSSESSIVE.sub("", _bare(name.split()[-1]))
    return any(POSSESSIVE.sub("", _bare(w)) == last for w in words[1].split())


def _with_name(title: str, name: str) -> str:
    """The title with the name in place of the pronoun it opens with ("Its crew" -> "The ship's crew")."""
    words = title.split(" ", 1)
    name = _as_name(_without_trailing_adverbs(name))  # "The Brotherhood still": the adverb is no part of the name
    if _bare(words[0]) in lexicon().possessive_pronouns:
        name = name + ("'" if name.endswith("s") else "'s")
    return name[:1].upper() + name[1:] + " " + words[1]


SPEAKER_CLAUSE_WORDS = 6  # how far into what was said its verb may stand ("23 people were killed")


def without_unnamed_speaker(title: str) -> str:
    """ "He said 23 people were killed in Misrata" -> "23 people were killed in Misrata": when a pronoun speaker has
    no name in the article, what was said, with a subject and verb of its own, is the event; a speaker named in
    the title, or words said with a pronoun subject ("He said he had resigned"), stay as they are."""
    words = title.split()
    lex = lexicon()
    if len(words) < 4 or _bare(words[0]) not in lex.subject_pronouns or _bare(words[1]) not in lex.speech_verbs:
        return title
    # "He said that X", "She told CNN that X": what was said follows the "that" after the verb and whom it was told
    that = next((k for k in range(2, min(len(words), 6)) if _bare(words[k]) == "that"), -1)
    rest = words[that + 1:] if that >= 0 and (that == 2 or _bare(words[1]) in ("told", "tells")) else words[2:]
    told = next((k for k, w in enumerate(rest[:SPEAKER_CLAUSE_WORDS + 1]) if _is_verb(_bare(w))), -1)
    if told < 1 or any(_bare(w) == "that" for w in rest[:told]) or pronoun_class(_bare(rest[0])) \
            or _bare(rest[0]) in lex.first_person | lex.subject_pronouns \
            or _bare(rest[0]) in lex.leading_words or words[1].endswith(","):
        return title
    return rest[0][:1].upper() + rest[0][1:] + (" " + " ".join(rest[1:]) if rest[1:] else "")


# --- "The judge was criticised" -> "Martin Feldman was criticised": a role noun subject named ----------------------

_PERSON_NAME = r"[A-Z][a-z]++(?:-[A-Z]?[a-z]++)?+(?:\s[A-Z][a-z]++(?:-[A-Z]?[a-z]++)?+){1,3}+(?![\w'’])"
_NAME_END = r"(?![\w'’])"
_ORGANISATION_NAME = r"[A-Z][A-Za-z&]*+(?:\s[A-Z][A-Za-z&]*+){0,3}+" + _NAME_END
ROLE_KINDS = ("person", "organisation", "place", "alliance", "owned")
MIN_ORGANISATION_MENTIONS = 2  # an organisation named once ("oil company Pictures") may be a misreading


@cache
def role_nouns() -> dict[str, str]:
    """Each role noun (events.yaml person_nouns, organisation_nouns, place_nouns, alliance_nouns, owned_nouns) with
    the kind of name it stands for ("owned": the name of whom it belongs to, "the trial of Dr Conrad Murray")."""
    table = events_rules()
    kinds: dict[str, str] = {}
    for kind, key in zip(ROLE_KINDS, ("person_nouns", "organisation_nouns", "place_nouns", "alliance_nouns",
                                      "owned_nouns")):
        kinds.update({str(word).lower(): kind for word in table[key]})
    return kinds


@cache
def _role_synonyms() -> dict[str, frozenset[str]]:
    """Each role noun with the roles that name the same kind of person or body (events.yaml role_synonyms: "the
    singer" is who the article called "pop star"); a role with no group stands alone."""
    groups: dict[str, frozenset[str]] = {}
    for group in events_rules()["role_synonyms"]:
        members = frozenset(str(r).lower() for r in group)
        groups.update({r: members for r in members})
    return groups


def _same_role(role: str) -> frozenset[str]:
    return _role_synonyms().get(role, frozenset({role}))


@cache
def _role_modifiers() -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()["role_modifiers"])


@cache
def _role_titles() -> dict[str, tuple[str, ...]]:
    return {str(k).lower(): tuple(str(r) for r in v) for k, v in events_rules()["role_titles"].items()}


@cache
def _organisation_endings() -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()["organisation_name_endings"])


@cache
def _role_patterns() -> tuple[_RolePattern, ...]:
    """A role bound to a name in one sentence: before it ("Judge Martin Feldman", "the judge, Martin Feldman,", "oil
    company BP"), after it ("Martin Feldman, a judge") or with "of" for a place (events.yaml place_nouns_with_of:
    "the city of Misrata", not "the capital of Libya"), or right after it for the roles of events.yaml
    roles_after_name ("the NATO alliance", "the NATO-led alliance"). Roles of two words come first so "prime
    minister" wins."""
    roles = _by_first_letter(sorted(role_nouns(), key=lambda r: (-len(r), r)))
    name = f"(?:{_PERSON_NAME}|{_ORGANISATION_NAME})"
    before = re.compile(rf"(?<![\w'’-])(?i:(?P<role>{roles}))(?:,\s|\s)(?P<name>{name})")
    after = re.compile(rf"(?P<name>{name}),\s(?i:the|a|an)\s(?:[a-z-]++\s){{0,2}}?(?i:(?P<role>{roles}))(?![\w'’-])")
    of_roles = "|".join(re.escape(str(r).lower()) for r in events_rules()["place_nouns_with_of"])
    of_name = re.compile(rf"(?<![\w'’-])(?i:(?P<role>{of_roles}))\sof\s(?P<name>{_ORGANISATION_NAME})")
    after_roles = "|".join(re.escape(str(r).lower()) for r in events_rules()["roles_after_name"])
    bare_name = _ORGANISATION_NAME[:-len(_NAME_END)]  # "NATO-led": a hyphen may follow the name here
    name_first = re.compile(rf"(?<![\w'’-])(?:(?i:the)\s)?(?P<name>{bare_name})(?:-led)?+\s(?P<role>{after_roles})"
                            rf"(?![\w'’-])")
    owned = "|".join(re.escape(str(r).lower()) for r in events_rules()["owned_nouns"])
    owner = re.compile(rf"(?<![\w'’-])(?i:(?P<role>{owned}))\sof\s(?P<name>{_PERSON_NAME})")
    # what every match of a pattern writes as it stands ("of", a role after a name): a sentence without it is skipped
    after_name = tuple(str(r).lower() for r in events_rules()["roles_after_name"])
    return (_RolePattern(before), _RolePattern(after), _RolePattern(of_name, ("of",)),
            _RolePattern(name_first, after_name), _RolePattern(owner, ("of",)))


@dataclass(frozen=True, slots=True)
class _RolePattern:
    """A pattern of _role_patterns, with the words one of which its every match writes case for case (`needles`,
    none: no such word): most sentences hold none, and a substring test costs far less than the pattern's scan."""

    pattern: re.Pattern[str]
    needles: tuple[str, ...] = ()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.needles and not any(needle in text for needle in self.needles):
            return iter(())
        return self.pattern.finditer(text)


def _by_first_letter(words: Sequence[str]) -> str:
    """An alternation of literal words for a case-insensitive pattern, in the given order, grouped by first letter
    ("c(?:hief executive|ardiologist)|p(?:rime minister|resident)"): the same matches as the flat alternation, since
    at one place of a text only the words of one first letter can match, and they are tried in the given order; but
    the engine tries one branch a letter instead of one a word at every place it scans. Words that do not all start
    with a lower-case ASCII letter (two first letters one character could match without case) stay flat."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word)
    if not all(first.isascii() and first.islower() for first in groups):
        return "|".join(re.escape(w) for w in words)
    return "|".join(re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")"
                    for first, group in groups.items())


@cache
def _organisation_evidence() -> re.Pattern[str]:
    """What follows a business's name, and no other's (events.yaml organisation_evidence: "BP's shares", "BP chief
    executive")."""
    words = "|".join(re.escape(str(w)) for w in sorted(events_rules()["organisation_evidence"], key=len, reverse=True))
    return re.compile(rf"(?:\s['’]s)?\s(?:{words})(?![\w'’-])")  # "BP 's shares": a text split into tokens


@cache
def _more_organisation_evidence() -> re.Pattern[str]:
    """(companies1) What follows a business's name as events.yaml organisation_evidence_more tells it: a describing
    word of its `modifiers` before a word of organisation_evidence ("BP's incoming chief executive"), a word of its
    `words` ("BP's market capitalisation"), either maybe a possessive itself ("the BP chief executive's absence")."""
    table = events_rules()["organisation_evidence_more"]
    words = "|".join(re.escape(str(w)) for w in sorted([*events_rules()["organisation_evidence"], *table["words"]],
                                                       key=len, reverse=True))
    modifiers = "|".join(re.escape(str(w)) for w in table["modifiers"])
    return re.compile(rf"(?:\s['’]s)?(?:\s(?:{modifiers}))?\s(?:{words})(?:\s?['’]s)?(?![\w'’-])")


@cache
def _organisation_evidence_before() -> re.Pattern[str]:
    """A business's name after what only a business has (events.yaml organisation_evidence_before: "the chief
    executive of BP", "chief communications officer for AECOM"); no possessive name ("the chief executive of Libya 's
    national oil company")."""
    words = "|".join(re.escape(str(w)) for w in sorted(events_rules()["organisation_evidence_before"], key=len,
                                                        reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{words})\s(?:of|for|at|in)\s(?P<name>{_ORGANISATION_NAME})(?!\s?['’]s)")


def _evidenced_businesses(text: str) -> Iterator[tuple[int, str]]:
    """Each name a sentence tells is a business's by the words before it (_organisation_evidence_before), with where
    it starts; no country's acronym ("the chief executive of US operations"), weekday or month. A sentence without
    any of the words is skipped: most hold none, and a substring test costs far less than the pattern's scan."""
    if not any(word in text for word in events_rules()["organisation_evidence_before"]):
        return
    for match in _organisation_evidence_before().finditer(text):
        name = match.group("name")
        if name not in _place_acronyms() and name.lower() not in _calendar_names() and _fits_kind(name, "company"):
            yield match.start("name"), name


@cache
def _coordinated_business_pattern() -> re.Pattern[str]:
    """(companies1) events.yaml coordinated_business_roles: "Insurers Amlin and Hiscox", "oil firms Gazprom Neft and
    Tatneft": a plural of a business's role, then two names joined by "and"."""
    roles = "|".join(re.escape(str(r)) for r in events_rules()["coordinated_business_roles"])
    return re.compile(rf"(?<![\w'’-])(?i:{roles})\s(?P<first>{_ORGANISATION_NAME})\sand\s"
                      rf"(?P<second>{_ORGANISATION_NAME})")


@cache
def _coordinated_business_roles() -> tuple[str, ...]:
    return tuple(str(r).lower() for r in events_rules()["coordinated_business_roles"])


def _coordinated_businesses(text: str) -> Iterator[tuple[int, str]]:
    """(companies1) Each name a sentence binds to a business's role by a plural role before two names joined by
    "and" (_coordinated_business_pattern), with where it starts; no country's acronym, weekday or month."""
    if " and " not in text or not any(role in text.lower() for role in _coordinated_business_roles()):
        return  # most sentences: no match possible, and a substring test costs far less than the pattern's scan
    for match in _coordinated_business_pattern().finditer(text):
        for group in ("first", "second"):
            name = match.group(group)
            if name not in _place_acronyms() and name.lower() not in _calendar_names() \
                    and _fits_kind(name, "company"):
                yield match.start(group), name


def _fits_kind(name: str, kind: str) -> bool:
    """A person bound to a role is a full name of two or more words; an organisation or place a single capitalised
    word or more ("BP", "Transocean"); no weekday or month ("oil firm Friday")."""
    words = name.split()
    if not words or any(w.lower() in lexicon().stopwords for w in words):
        return False
    return len(words) >= 2 if kind == "person" else True


_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]*+(?:\s[A-Z][\w&'’-]*+){0,3}+")


def role_mentions(text: str) -> list[tuple[str, str]]:
    """The names a sentence uses, in order, each with a role it is bound to there or "" (a name with two roles comes
    twice): "The judge, Martin Feldman, heard Tony Hayward" -> [("Martin Feldman", "judge"), ("Tony Hayward", "")];
    "Dr Murray" -> [("Dr Murray", "doctor"), ("Dr Murray", "physician")]. Every other run of capitalised words is a
    name too ("BP", "Benghazi"), without a leading function word ("In Tripoli") or a possessive ("Jackson's")."""
    found: dict[int, list[tuple[str, str]]] = {}
    for pattern in _role_patterns():
        for match in pattern.finditer(text):
            role = match.group("role").lower()
            if _fits_kind(match.group("name"), role_nouns()[role]):
                found[match.start("name")] = [(match.group("name"), role)]
    for start, name in _evidenced_businesses(text):
        found.setdefault(start, [(name, "company")])  # "the chief executive of BP"
    for start, name in _coordinated_businesses(text):
        found.setdefault(start, [(name, "company")])  # companies1: "Insurers Amlin and Hiscox"
    stopwords = lexicon().stopwords
    for match in _CAPITALISED_RUN.finditer(text):
        if any(start < match.end() and match.start() < start + len(bound[0][0]) for start, bound in found.items()):
            continue  # "President Barack Obama": bound already
        words = [POSSESSIVE.sub("", w) for w in match.group(0).split()]
        while words and words[0].lower() in stopwords:
            words.pop(0)
        if not words:
            continue
        start = match.start()
        operator = _operator_of(words[0]) if "-" in words[0] else ""
        if operator:  # "the BP-operated Lisburne oil field": BP is a business, Lisburne a name
            start += max(0, match.group(0).find(words[0]))  # after "The" of "The BP-operated field"
            found[start] = [(operator, "company")]
            start += len(words[0]) + 1
            words = words[1:]
            if not words:
                continue
        name = " ".join(words)
        roles = _role_titles().get(words[0].lower(), ("",)) if len(words) > 1 else ("",)
        if roles == ("",) and (_organisation_evidence().match(text, match.end())
                               or _more_organisation_evidence().match(text, match.end())):
            roles = ("company",)  # "BP's shares", "BP chief executive Tony Hayward": a business
        found[start] = [(name, role) for role in roles]
    return [mention for k in sorted(found) for mention in found[k]]


@cache
def _operated_pattern() -> re.Pattern[str]:
    table = events_rules()["organisation_references"]
    marks = "|".join(re.escape(str(m)) for m in table["operated_marks"])
    return re.compile(rf"(?P<name>[A-Z][\w&]*+)-(?:{marks})")


def _operator_of(word: str) -> str:
    """The business a hyphenated word names by events.yaml organisation_references operated_marks
    ("BP-operated" -> "BP"); "" for any other word, a country's or a people's ("European-operated")."""
    match = _operated_pattern().fullmatch(word)
    if not match:
        return ""
    name = match.group("name")
    endings = tuple(str(e) for e in events_rules()["organisation_references"]["not_operator_endings"])
    if name in _country_words() or name.lower().endswith(endings):
        return ""
    return name


def business_names(found: Sequence[Sequence[tuple[str, str]]]) -> frozenset[str]:
    """The names an article binds to a business's role anywhere in it (role_mentions of each sentence: "oil company
    BP", "BP's shares", "the chief executive of BP"), no country's acronym: whether a name is a business's does not
    depend on where the article tells it."""
    return frozenset(name for mentions in found for name, role in mentions
                     if role and role_nouns().get(role) == "organisation" and name not in _place_acronyms())


def as_businesses(mentions: Sequence[tuple[str, str]], businesses: frozenset[str]) -> list[tuple[str, str]]:
    """A sentence's mentions with every name bound to no role that the article shows elsewhere is a business
    (business_names) bound to "company": "the firm's shares plummeted" before "BP's chief executive Tony Hayward"
    stands for BP as much as after it."""
    return [(name, "company") if not role and name in businesses else (name, role) for name, role in mentions]


def _role_opening(title: str) -> tuple[str, str, str]:
    """The role noun a title opens with after "The" ("The judge was ..." -> "judge"), with the words it spans and
    the rest of the title; ("", "", "") for any other title."""
    words = title.split(" ")
    if len(words) < 3 or words[0] != "The":
        return "", "", ""
    for size, skip in ((2, 0), (1, 0), (1, 1)):
        if skip and _bare(words[1]) not in _role_modifiers():  # "The oil giant", "the small city": no other word
            continue
        role = " ".join(words[1 + skip:1 + skip + size])
        bare = role.lower().removesuffix("'s").removesuffix("’s")
        end = 1 + skip + size
        following = _bare(words[end]) if len(words) > end else ""
        # "The judge was", "The company also spent", "The singer's casket": the role noun is the subject; in "The
        # giant steel box" or "The chairman of the joint chiefs" it is not the whole subject
        if bare in role_nouns() and following and (_is_verb(following) or is_adverb(following) or bare != role.lower()):
            return bare, " ".join(words[:end]), " ".join(words[end:])
    return "", "", ""


def _without_title(name: str) -> list[str]:
    words = name.split()
    return words[1:] if len(words) > 1 and words[0].lower() in _role_titles() else words


def _same_referent(a: str, b: str) -> bool:
    """ "Dr Murray", "Conrad Murray" and "Dr Conrad Murray" are one person: the shorter name, without its title,
    ends the longer one."""
    x, y = sorted((_without_title(a), _without_title(b)), key=len)
    return bool(x) and y[len(y) - len(x):] == x


def _bound(name: str, roles: Sequence[str], mentions: Sequence[tuple[str, str]]) -> bool:
    return any(r in roles and _same_referent(name, n) for n, r in mentions)


def _is_person(name: str, mentions: Sequence[tuple[str, str]]) -> bool:
    """A person's full name, or a surname or titled name of one the article named in full ("Murray", "Dr Murray");
    never a single acronym ("BP" though a run of capitals "Vice President BP" ends with it)."""
    if name.isupper() and " " not in name:
        return False
    return fits(name, "person") and not _organisation_ending(name) \
        or any(fits(n, "person") and _same_referent(name, n) for n, _ in mentions if n != name)


def _organisation_ending(name: str) -> bool:
    return name.split()[-1].lower() in _organisation_endings()


def _is_candidate(name: str, kind: str, mentions: Sequence[tuple[str, str]]) -> bool:
    """Whether a name can be what a role noun of `kind` stands for: for a person, a person's name; for an
    organisation or a place, any name not a person's nor a day's or a month's (no gazetteer tells a company from a
    town, so each one counts against the other)."""
    if kind == "person":
        return _is_person(name, mentions)
    return _organisation_ending(name) or not _is_person(name, mentions) and name.lower() not in _calendar_names()


@cache
def _calendar_names() -> frozenset[str]:
    return frozenset(n.lower() for names in (*language.months(), *language.weekdays()) for n in names)


def _full_name(name: str, mentions: Sequence[tuple[str, str]]) -> str:
    """A surname alone stands for the one full name the article gave it ("Murray" -> "Conrad Murray"); "" when
    two full names end so ("Michael Jackson", "La Toya Jackson")."""
    if len(_without_title(name)) > 1:
        return name
    full = {n for n, _ in mentions if len(_without_title(n)) > 1 and _same_referent(name, n)}
    return full.pop() if len(full) == 1 else ""


def role_referent(role: str, sentence: str, mentions: Sequence[tuple[str, str]], lead: str = "") -> str:
    """The name "the <role>" stands for: the one name the sentence binds to that role; else the nearest earlier
    name of the role's kind, if the article bound it to that role (an organisation: to any role of its kind, and
    named more than once); else the one name the article bound to the role (only_bound); else the name that opens
    the article's first sentence `lead` (lead_referent); "" when unsure (another name of the kind in the sentence,
    or two names bound to the role)."""
    kind = role_nouns()[role]
    roles = _kind_roles(role)
    own = role_mentions(sentence)
    bound_here = {name for name, r in own if r in roles}
    if len(bound_here) == 1:
        return bound_here.pop()
    known = [*mentions, *own]
    at = sentence.lower().find(role)
    if bound_here or any(_is_candidate(name, kind, known) and not _told_of_by_role(name, kind, sentence, at)
                         for name, _ in own):
        return only_bound(role, sentence, mentions) or lead_referent(role, sentence, mentions, lead) \
            if not bound_here else ""
    nearest = next((name for name, _ in reversed(mentions) if _is_candidate(name, kind, mentions)), "")
    nearest = _full_name(nearest, mentions) if nearest and kind == "person" else nearest
    if nearest and (kind != "organisation" or sum(_same_referent(nearest, n) for n, _ in mentions)
                    >= MIN_ORGANISATION_MENTIONS) and _bound(nearest, roles, mentions):
        return nearest
    return only_bound(role, sentence, mentions) or lead_referent(role, sentence, mentions, lead)


def _told_of_by_role(name: str, kind: str, sentence: str, at: int) -> bool:
    """Whether a person's name in the role's own sentence stands only after "the <role>" (`at`): "The doctor told
    police he was away from Jackson's bed" tells of Jackson, whom the doctor cannot be; the role names someone the
    article named before, when the nearest person it named was bound to the role (role_referent). A name before the
    role ("Jackson said the doctor ...") may be its referent; for the one name bound to the role further back
    (only_bound) any other name in the sentence still leaves the role unnamed."""
    first = sentence.find(name)
    return kind == "person" and at >= 0 and first > at


def _kind_roles(role: str) -> frozenset[str]:
    """The roles that name what "the <role>" may stand for: a person's role and its synonyms (events.yaml
    role_synonyms: "the singer" is who the article called "pop star"), any role of an organisation's kind."""
    kind = role_nouns()[role]
    if kind == "organisation":
        return frozenset(r for r, k in role_nouns().items() if k == kind)
    return _same_role(role)


def only_bound(role: str, sentence: str, mentions: Sequence[tuple[str, str]]) -> str:
    """ "Pop star Michael Jackson died ... (a doctor, a nurse, a lawyer named) ... the singer's casket": the one
    name the article bound to the role (a person's role of events.yaml role_synonyms, or a synonym; an organisation
    to any role of its kind, named more than once and no other business named since), when the sentence names no
    other that the role may stand for (_names_another); else "". A place or an office ("the president") is only
    named by the nearest name (role_referent)."""
    kind = role_nouns()[role]
    if kind == "place" or kind == "person" and role not in _role_synonyms():
        return ""  # "the city" after the town it was taken from; "the president" of another country than the one named
    own = role_mentions(sentence)
    roles = _kind_roles(role)
    bound: list[str] = []
    for name, r in mentions:
        if r in roles and _is_candidate(name, kind, mentions) and not any(_same_referent(name, b) for b in bound):
            bound.append(name)
    if len(bound) != 1:
        return ""
    name = bound[0]
    if kind == "organisation" and sum(_same_referent(name, n) for n, _ in mentions) < MIN_ORGANISATION_MENTIONS:
        return ""
    at = sentence.lower().find(role)
    if any(_names_another(other, name, kind, sentence.find(other) < at, mentions) for other, _ in own):
        return ""
    last = max(k for k, (n, _) in enumerate(mentions) if _same_referent(n, name))
    if kind == "organisation" and any(_names_another(other, name, kind, False, mentions) for other, _ in mentions[last:]):
        return ""  # "BP ... Transocean shares ... the company": another business named since
    return _full_name(name, mentions) if kind == "person" else name


@cache
def _place_acronyms() -> frozenset[str]:
    """events.yaml place_acronyms: a country's acronym ("UK") is no business "the company" may stand for."""
    return frozenset(str(w) for w in events_rules()["place_acronyms"])


@cache
def _lead_table() -> dict[str, int]:
    table = events_rules()["lead_roles"]
    return {"label_words": int(table["label_words"]), "min_mentions": int(table["min_mentions"])}


def lead_name(lead: str) -> str:
    """The name that opens an article's first sentence, after a section label a colon closes ("Gulf oil spill : BP
    could face ban" -> "BP"), when no possessive follows it ("Jackson's brothers ..." -> ""); else ""."""
    tokens = lead.split()
    colon = next((k for k, t in enumerate(tokens[:_lead_table()["label_words"] + 1]) if t.endswith(":")), -1)
    text = " ".join(tokens[colon + 1:])
    found = role_mentions(text)
    name = found[0][0] if found else ""
    after = text[len(name):len(name) + 3] if name else ""
    if not name or not text.startswith(name) or after.lstrip()[:2] in ("'s", "’s") or after[:1] in ("'", "’") \
            or name.lower() in _calendar_names():
        return ""
    return name


def lead_referent(role: str, sentence: str, mentions: Sequence[tuple[str, str]], lead: str) -> str:
    """ "BP could face ban ... The firm's shares plummeted": the name that opens the article's first sentence
    (lead_name) for a body's role or a person's role of events.yaml role_synonyms (events.yaml lead_roles): a body's
    name mentioned min_mentions times, no other body named in the title's sentence nor in the article since its last
    mention, none other bound to a body's role; a person's full name bound to no role of another kind, no other person
    named in the title's sentence nor bound to the role. "" otherwise."""
    kind = role_nouns()[role]
    if kind == "person" and role not in _role_synonyms() or kind not in ("person", "organisation"):
        return ""
    name = lead_name(lead)
    if not name or not _is_candidate(name, kind, mentions):
        return ""
    name = _full_name(name, mentions) if kind == "person" else name
    roles = _kind_roles(role)
    if not name or any(r in roles and _is_candidate(n, kind, mentions) and not _same_referent(n, name)
                       for n, r in mentions):
        return ""  # another name bound to the role
    if kind == "person":
        if not fits(name, "person") or any(r and role_nouns().get(r) == "person" and r not in roles
                                           and _same_referent(n, name) for n, r in mentions):
            return ""  # "Dr Conrad Murray" (a doctor) is no singer
        return "" if any(_is_person(o, mentions) and not _same_referent(o, name) for o, _ in role_mentions(sentence)) \
            else name
    seen = [k for k, (n, _) in enumerate(mentions) if _same_referent(n, name)]
    if len(seen) < _lead_table()["min_mentions"]:
        return ""
    at = sentence.lower().find(role)
    if any(_names_another(o, name, kind, sentence.find(o) < at, mentions) for o, _ in role_mentions(sentence)) \
            or any(_names_another(o, name, kind, False, mentions) for o, _ in mentions[seen[-1]:]):
        return ""
    return name


def _names_another(other: str, name: str, kind: str, before: bool, known: Sequence[tuple[str, str]]) -> bool:
    """Whether a name in the role's sentence may be what the role stands for instead of `name`: another person; for
    an organisation or a place, another name the article used before that stands before the role ("Transocean
    said the company ...", not "Seven hours later, the company"), or after it one that is a body's for sure: bound
    to a role of the kind, with a business's last word, or an acronym ("NATO"); not a place after it ("the company
    gave up its licence in Greenland")."""
    if _same_referent(other, name) or not _is_candidate(other, kind, known):
        return False
    if kind == "person":
        return True
    if before:
        return any(_same_referent(other, n) for n, _ in known)
    kinds = {r for r, k in role_nouns().items() if k == kind}
    return other.isupper() and other not in _place_acronyms() or _organisation_ending(other) \
        or any(r in kinds and _same_referent(other, n) for n, r in known)


def name_role(title: str, sentence: str, mentions: Sequence[tuple[str, str]] = (), lead: str = "",
              texts: Sequence[str] = ()) -> str:
    """ "The judge was criticised" -> "Martin Feldman was criticised" and "The singer's casket was entombed" ->
    "Michael Jackson's casket was entombed" when role_referent names the role (`lead`: the article's first
    sentence; `texts`: the article's sentences before), unless the sentence's subject pronouns are all of the other
    sex than the article's for that person (_sex_mismatch); else the title unchanged."""
    role, opening, rest = _role_opening(title)
    if role and role_nouns()[role] == "owned":
        return name_owner(role, opening, rest, sentence, mentions) or title
    name = role_referent(role, sentence, mentions, lead) if role else ""
    if not name or name in rest:
        return title
    if role_nouns()[role] == "person" and _sex_mismatch(name, sentence, texts):
        return title  # "the singer demanded what she called the truth" in a story of Michael Jackson: his sister
    possessive = opening.endswith(("'s", "’s"))
    return name + (opening[-2:] if possessive else "") + " " + rest


_SUBJECT_MALE = re.compile(r"(?<![\w'’-])(?:he|himself)(?![\w'’-])", re.IGNORECASE)
_SUBJECT_FEMALE = re.compile(r"(?<![\w'’-])(?:she|herself)(?![\w'’-])", re.IGNORECASE)


def _sex_told_of(name: str, texts: Sequence[str]) -> str:
    """ "male" or "female": the sex whose pronouns (he/him/his, she/her) the article's sentences that write the
    name's last word use more (they tell of that person; a shared surname counts for all who bear it, the first told
    of most); "" when none or as many of each."""
    last = _without_title(name)[-1] if _without_title(name) else ""
    if not last:
        return ""
    written = re.compile(rf"(?<![\w-]){re.escape(last)}(?![\w-])")
    males = females = 0
    for text in texts:
        if written.search(text):
            males += len(_MALE.findall(text))
            females += len(_FEMALE.findall(text))
    return "male" if males > females else "female" if females > males else ""


def _sex_mismatch(name: str, sentence: str, texts: Sequence[str]) -> bool:
    """Whether the sentence's subject pronouns (he, she) are all of one sex and the article tells of `name` with the
    other's (_sex_told_of): "the singer demanded what she called" is no man's act; "The singer asked her to leave"
    (an object, maybe someone else) and "The nurse said she ..." of a woman keep the name."""
    male, female = bool(_SUBJECT_MALE.search(sentence)), bool(_SUBJECT_FEMALE.search(sentence))
    if male == female:
        return False
    told = _sex_told_of(name, texts)
    return told == ("male" if female else "female")


def name_owner(role: str, opening: str, rest: str, sentence: str, mentions: Sequence[tuple[str, str]]) -> str:
    """ "The trial is delayed again" -> "Dr Conrad Murray's trial is delayed again" when the article named the one
    person it belongs to ("the trial of Dr Conrad Murray", events.yaml owned_nouns) and the title's sentence names
    no other owner; "" when unsure (two owners, "The trial's ...", the owner named in the title already)."""
    if opening.endswith(("'s", "’s")):
        return ""
    owners: list[str] = []
    for name, bound in [*mentions, *role_mentions(sentence)]:
        if bound == role and _is_person(name, mentions) and not any(_same_referent(name, o) for o in owners):
            owners.append(name)
    if len(owners) != 1 or any(word in rest for word in _without_title(owners[0])):
        return ""
    return owners[0] + "'s " + role + " " + rest


# --- "Police searched the singer's home" -> "Police searched Michael Jackson's home": a role inside a title -------

@cache
def _inner_role_pattern() -> re.Pattern[str]:
    """ "the <role>" after a title's first word, for the roles of events.yaml roles_named_inside_titles (a modifier
    of role_modifiers may stand between: "the oil giant"), with its possessive and the word that follows."""
    roles = "|".join(re.escape(str(r).lower()) for r in sorted(events_rules()["roles_named_inside_titles"],
                                                               key=lambda r: (-len(str(r)), str(r))))
    modifiers = "|".join(re.escape(m) for m in sorted(_role_modifiers()))
    return re.compile(rf"(?<=\s)the\s(?:(?:{modifiers})\s)?(?P<role>{roles})(?P<possessive>['’]s)?"
                      rf"(?![\w'’-])(?:\s(?P<following>[\w'’-]++))?")


def _role_ends_phrase(following: str, possessive: bool) -> bool:
    """Whether the role noun is the whole noun phrase: possessive ("the singer's home"), last in the title, or
    followed by a verb, an adverb or a function word other than "of" ("the physician was hired"); not "the
    company town" nor "the chairman of the board"."""
    if possessive or not following:
        return True
    bare = following.lower()
    if bare == "of" or following[:1].isupper():
        return False
    return _is_verb(bare) or is_adverb(bare) or bare in lexicon().stopwords


def _indirect_object(before: str) -> bool:
    """Whether the words before a role end in a verb that takes two objects (events.yaml main_person_epithets
    two_object_verbs: "offer the deposed leader refuge", "gave the singer propofol"): the role is a whole noun
    phrase though a noun follows it (definites7)."""
    words = before.split()
    verbs = frozenset(str(v) for v in events_rules()["main_person_epithets"]["two_object_verbs"])
    return bool(words) and words[-1].lower() in verbs


def inner_role_referent(role: str, sentence: str, mentions: Sequence[tuple[str, str]]) -> str:
    """The one name the article bound to the role (only_bound: never the nearest of two doctors), for a person's role
    only when the sentence names no one else at all: a single name ("Beyonce") may be a person no table knows, and
    a person inside a title is less often the clause's subject than one at its opening. Any name bound to a role of
    an organisation or a place, a day or a month does not count."""
    name = only_bound(role, sentence, mentions)
    if not name or role_nouns()[role] != "person":
        return name
    not_people = {n for n, r in mentions if r and role_nouns().get(r) in ("organisation", "place")}
    for other, _ in role_mentions(sentence):
        if _same_referent(other, name) or other.lower() in _calendar_names():
            continue
        if not any(_same_referent(other, n) for n in not_people):
            return ""
    return name


def name_inner_roles(title: str, sentence: str, mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "Jackson's family criticised the singer's doctor" stays (a name of the role's referent is in the title
    already); "Police raided the physician's office" -> "Police raided Conrad Murray's office" when role_referent
    names the role from the sentence and the article; else the title unchanged."""
    return _name_first_role(title, _inner_role_pattern().finditer(title),
                            lambda match: inner_role_referent(match.group("role"), sentence, mentions))


def _name_first_role(title: str, matches: Iterable[re.Match[str]], referent: Callable[[re.Match[str]], str]) -> str:
    """The title with its first role match that is a whole noun phrase (_role_ends_phrase) replaced by the name
    `referent` gives it (its possessive kept), unless the title names that person already; else the title."""
    for match in matches:
        possessive = bool(match.group("possessive"))
        if not _role_ends_phrase(match.group("following") or "", possessive) \
                and not _indirect_object(title[:match.start()]):
            continue
        name = referent(match)
        if not name or any(word in title for word in _without_title(name)):
            continue
        end = match.end("possessive") if possessive else match.end("role")
        return title[:match.start()] + name + (match.group("possessive") or "") + title[end:]
    return title


# --- "wants the Libyan leader to step down" -> "wants Moammar Gadhafi to step down": a role with a capitalised ------
# --- adjective the article wrote before one name ("Libyan leader Moammar Gadhafi") ---------------------------------

@cache
def _qualified_role_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """events.yaml qualified_roles: "the <Capitalised word(s)> <role>" in a title (its possessive and the word after
    it), and the two ways the article binds them to a name: "<Capitalised word(s)> <role> <Name>" ("Libyan leader
    Moammar Gadhafi", "Thriller star Michael Jackson") and "<Name>, the <Capitalised word(s)> <role>" ("Russell
    Crowe, the Gladiator actor")."""
    roles = "|".join(re.escape(str(r).lower()) for r in sorted(events_rules()["qualified_roles"]["roles"],
                                                               key=lambda r: (-len(str(r)), str(r))))
    adjective = r"[A-Z][a-z]++(?:\s[A-Z][a-z]++)?"
    name = r"[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+){0,3}+"
    in_title = re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he)\s(?P<adjective>{adjective})\s(?P<role>{roles})"
                          rf"(?P<possessive>['’]s)?(?![\w'’-])(?:\s(?P<following>[\w'’-]++))?")
    before_name = re.compile(rf"(?<![\w'’-])(?P<adjective>{adjective})\s(?P<role>{roles})\s(?P<name>{name})")
    apposed = re.compile(rf"(?<![\w'’-])(?P<name>{name}),\sthe\s(?P<adjective>{adjective})\s(?P<role>{roles})"
                         rf"(?![\w'’-])")
    return in_title, before_name, apposed


def _apposed_name(words: Sequence[str]) -> str:
    """The name of "<Name>, the <...> <role>" without the capitalised words the sentence opened with before it
    ("When Russell Crowe" -> "Russell Crowe"): the words after the last stopword, day or month name."""
    lex = lexicon()
    start = 0
    for i, word in enumerate(words):
        if word.lower() in lex.stopwords or word.lower() in _calendar_names():
            start = i + 1
    return " ".join(words[start:])


def qualified_role_referent(adjective: str, role: str, texts: Sequence[str]) -> str:
    """The one person the article so far introduced as "<adjective> <role> <Name>" ("Libyan leader Moammar
    Gadhafi") or as "<Name>, the <adjective> <role>" ("Russell Crowe, the Gladiator actor"), by his full name of two
    words or more; "" when none, or two different people ("Libyan leader Moammar Gadhafi", "Libyan leader Mustafa
    Abdel Jalil")."""
    found: list[str] = []
    _, before_name, apposed = _qualified_role_patterns()
    for text in texts:
        matches = [*before_name.finditer(text), *apposed.finditer(text)]
        for match in matches:
            if match.group("adjective") != adjective or match.group("role") != role:
                continue
            name = POSSESSIVE.sub("", match.group("name"))
            if match.re is apposed:
                name = _apposed_name(name.split())
            elif any(w.lower() in lexicon().stopwords for w in name.split()):
                return ""  # "Libyan leader In ...": no name after the role
            if not name:
                continue
            same = [f for f in found if _same_referent(f, name)]
            if not same:
                found.append(name)
            elif len(name.split()) > len(same[0].split()):
                found[found.index(same[0])] = name
    return found[0] if len(found) == 1 and len(found[0].split()) >= 2 else ""


def name_qualified_roles(title: str, texts: Sequence[str]) -> str:
    """ "Obama wants the Libyan leader to step down" -> "Obama wants Moammar Gadhafi to step down" when the role is
    the whole noun phrase (_role_ends_phrase) and qualified_role_referent names it, the title naming him nowhere
    already; else the title unchanged."""
    return _name_first_role(title, _qualified_role_patterns()[0].finditer(title),
                            lambda match: qualified_role_referent(match.group("adjective"), match.group("role"), texts))


# --- "the toppled leader's wife" -> "Muammar Gaddafi's wife": an epithet of the article's main person -----------------

@cache
def _main_epithet_table() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """events.yaml main_person_epithets: "the (<modifier>|<Capitalised>){0,2} <role>" in a title (its possessive and
    the word after it), and each role's group (the roles a main person may be called by together)."""
    table = events_rules()["main_person_epithets"]
    groups = {str(role).lower(): frozenset(str(r).lower() for r in group) for group in table["roles"] for role in group}
    roles = "|".join(re.escape(r) for r in sorted(groups, key=lambda r: (-len(r), r)))
    modifiers = "|".join(re.escape(str(m).lower()) for m in sorted(table["modifiers"], key=lambda m: (-len(str(m)), str(m))))
    pattern = re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he)\s(?P<modifiers>(?:(?:{modifiers}|[A-Z][a-z]++)\s){{0,2}}+)"
                         rf"(?P<role>{roles})(?P<possessive>['’]s)?(?![\w'’-])(?:\s(?P<following>[\w'’-]++))?")
    return pattern, groups


def _only_person_named(text: str, main: str) -> bool:
    """Whether `text` names the main person (by full name or surname) and no other person's full name."""
    surname = _without_title(main)[-1]
    named = [n for n in names_in(text) if fits(n, "person") and not _organisation_ending(n)]
    if any(not _same_referent(n, main) and surname not in n.split() for n in named):
        return False
    return bool(named) or bool(re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text))


def _main_epithet_referent(match: re.Match[str], sentence: str, previous: str, texts: Sequence[str],
                           names: Sequence[str], mentions: Sequence[tuple[str, str]]) -> str:
    """The article's main person so far for the role's group (_main_person), when the epithet has a capitalised
    adjective only if the sentence's words before it (else the sentence before) name that person alone."""
    _, groups = _main_epithet_table()
    main = _main_person([*texts, sentence], names, mentions, groups[match.group("role").lower()], no_places=True)
    if not main:  # an article's first sentences: the one person its own words before the epithet name (definites7)
        return _epithet_named_before(match, sentence, mentions, groups[match.group("role").lower()])
    if _other_sex_told(sentence, texts):
        return ""  # "the singer demanded what she called ..." in a story told of a man: his sister, not him
    main = _first_of_family(main, texts)
    if not main:
        return ""
    adjectives = [w for w in match.group("modifiers").split() if w[:1].isupper()]
    if adjectives:
        phrase = f"{match.group('modifiers')}{match.group('role')}"
        at = sentence.lower().find(phrase.lower())
        before = sentence[:at] if at > 0 else ""
        if any(_adjective_of_other(adjective, main, text) for adjective in adjectives for text in [*texts, before]):
            return ""  # "Venezuelan President Hugo Chavez": the adjective is another person's
        surname = _without_title(main)[-1]
        if not re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", before) \
                and not _only_person_named(previous, main):
            return ""
    return main


def _epithet_named_before(match: re.Match[str], sentence: str, mentions: Sequence[tuple[str, str]],
                          roles: frozenset[str]) -> str:
    """ "Muammar Gaddafi was last tracked heading south, though Burkina Faso denied any plan to offer the deposed
    leader refuge": an epithet with a describing word of main_person_epithets modifiers (no capitalised one, no bare
    "the leader") names the person's full name that opens its own sentence, when a comma parts that name's clause
    from the epithet's and no verb of saying (main_person_epithets sentence_opener_not_before) follows the name
    ("Barack Obama said, ..., that the ousted leader": someone else); the name bound to no other role. Else ""."""
    modifiers = match.group("modifiers").split()
    if not modifiers or any(w[:1].isupper() for w in modifiers):
        return ""
    at = sentence.lower().find(f"the {match.group('modifiers')}{match.group('role')}".lower())
    opening = _NAME.match(sentence)
    if at <= 0 or not opening or "," not in sentence[opening.end():at]:
        return ""
    person = POSSESSIVE.sub("", opening.group())
    after = sentence[opening.end():].split(maxsplit=1)
    sayings = frozenset(str(w) for w in events_rules()["main_person_epithets"]["sentence_opener_not_before"])
    if not fits(person, "person") or _organisation_ending(person) or _opens_sentence_word(person.split()[0]) \
            or set(person.split()) & _country_words() or after and after[0].strip(",;:").lower() in sayings:
        return ""
    return "" if _bound_elsewhere(person, roles, mentions) else person


def _first_of_family(main: str, texts: Sequence[str]) -> str:
    """Of the people the article names by the main person's surname ("Moammar Gadhafi", "Saif al-Islam Gadhafi";
    "Michael Jackson", "La Toya Jackson"), the one it named first in full: a story introduces the figure it is about
    before the family; `main` when no other; "" when the first is no name of two words."""
    surname = _without_title(main)[-1]
    for text in texts:
        for found in _NAME.finditer(text):
            name = POSSESSIVE.sub("", found.group())
            words = name.split()
            if words[-1] == surname and len(_without_title(name)) > 1 and fits(name, "person") \
                    and not _opens_sentence_word(words[0]):
                return main if _same_referent(name, main) else name
    return main


_MALE = re.compile(r"(?<![\w'’-])(?:he|him|his|himself)(?![\w'’-])", re.IGNORECASE)
_FEMALE = re.compile(r"(?<![\w'’-])(?:she|her|hers|herself)(?![\w'’-])", re.IGNORECASE)


def _other_sex_told(sentence: str, texts: Sequence[str]) -> bool:
    """Whether the sentence's person pronouns are all of one sex and the sentences before use the other's more: the
    epithet there is of someone else than the main person the article tells of."""
    male, female = bool(_MALE.search(sentence)), bool(_FEMALE.search(sentence))
    if male == female:
        return False
    before = " ".join(texts)
    males, females = len(_MALE.findall(before)), len(_FEMALE.findall(before))
    return males > females if female else females > males


def _adjective_of_other(adjective: str, main: str, text: str) -> bool:
    """Whether `text` writes the adjective and a head's role (main_person_epithets heads) right before another
    person's name ("Venezuelan President Hugo Chavez", "Venezuelan leader Hugo Chavez"; not "Libyan Deputy Foreign
    Minister Khaled Kaim")."""
    heads = "|".join(re.escape(str(h)) for h in events_rules()["main_person_epithets"]["heads"])
    for found in re.finditer(rf"(?<![\w-]){re.escape(adjective)}\s(?:(?i:{heads}))\s(?P<name>{_NAME.pattern})", text):
        name = POSSESSIVE.sub("", found.group("name"))
        if fits(name, "person") and not _same_referent(name, main) and _without_title(main)[-1] not in name.split():
            return True
    return False


def name_main_person_epithet(title: str, sentence: str, previous: str, texts: Sequence[str],
                             names: Sequence[str] = (), mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "the toppled leader's wife" -> "Muammar Gaddafi's wife", "the singer's death" -> "Michael Jackson's death":
    an epithet of main_person_epithets that is the whole noun phrase, named by the article's main person so far
    (_main_epithet_referent) unless the title names that person already; else the title unchanged."""
    pattern, _ = _main_epithet_table()
    return _name_first_role(title, pattern.finditer(title),
                            lambda match: _main_epithet_referent(match, sentence, previous, texts, names, mentions))


# --- "a child at the school's nursery" -> "a child at Grappenhall Heys Primary School's nursery" ----------------------

@cache
def _institution_table() -> tuple[re.Pattern[str], int]:
    """events.yaml institutions: "the <noun>" for a place the article names by a name ending in that noun, or a
    general noun for a built place ("the building"; the noun, maybe possessive, and the word after it), "a/an" only
    before one of `role_heads` ("a hospital spokesman"), and how many sentences back a name ending in the noun may
    stand."""
    table = events_rules()["institutions"]
    words = [*table["nouns"], *table["buildings"], *table["compound_nouns"], *table["occasions"]]
    nouns = "|".join(re.escape(str(n).lower()) for n in sorted(words, key=len, reverse=True))
    return (re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he|[Aa]n?)\s(?P<noun>{nouns})(?P<possessive>['’]s)?(?![\w'’-])"
                       rf"(?:\s(?P<following>[\w'’-]++))?"), int(table["sentences"]))


@cache
def _institution_extras() -> dict[str, Any]:
    """events.yaml institutions: the roles a noun may stand before as a compound ("spokesman"), the nouns named only
    in such a compound ("court"), and how many sentences back a chain of sentences that speak of the noun may go."""
    table = events_rules()["institutions"]
    return {"role_heads": frozenset(str(w).lower() for w in table["role_heads"]),
            "compound_nouns": frozenset(str(w).lower() for w in table["compound_nouns"]),
            "occasions": frozenset(str(w).lower() for w in table["occasions"]),
            "describing_words": int(table["describing_words"]),
            "chain_sentences": int(table["chain_sentences"])}


def _institution_reach(noun: str, sentence: str, texts: Sequence[str]) -> str:
    """The title's sentence and the institutions `sentences` before it, where a sentence that speaks of the noun
    again ("lives at the zoo", "The director of the zoo") goes on telling of the same place and counts towards no
    budget, up to chain_sentences back in all (places2's chain look-back, for institutions)."""
    _, budget = _institution_table()
    chain = _institution_extras()["chain_sentences"]
    told = _noun_told_pattern(noun)
    kept = [sentence]
    for text in reversed(texts[max(0, len(texts) - chain):]):
        if budget <= 0:
            break
        kept.append(text)
        if not told.search(text):
            budget -= 1
    return " ".join(reversed(kept))


@lru_cache(maxsize=64)
def _noun_told_pattern(noun: str) -> re.Pattern[str]:
    """The noun or its plural, in any case: a sentence that speaks of the institution ("the zoo", "Kabul Zoo")."""
    return re.compile(rf"(?<![\w'’-]){re.escape(noun)}s?(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=64)
def _written_name_pattern(noun: str) -> re.Pattern[str]:
    """ "(the) <capitalised words> (<describing words>) <noun or Noun>": a name the article writes ending in the noun."""
    return re.compile(rf"(?<![\w'’.-])(?P<the>[Tt]he\s)?(?P<run>(?:[A-Z][\w'’-]*+\s){{1,4}}?)"
                      rf"(?P<describing>(?:[a-z]++\s){{0,{_institution_extras()['describing_words']}}}?)"
                      rf"(?P<noun>{re.escape(noun[:1].upper() + noun[1:])}|{re.escape(noun)})(?![\w'’-])")


def _written_institution_names(noun: str, text: str) -> dict[str, tuple[str, bool]]:
    """The names a text writes ending in the noun, by their lower-case form: capitalised words and the noun, itself
    capitalised ("Kabul Zoo", "the International Criminal Court") or not when two or more words name no place
    ("Royal Free hospital"; not "New York hospital", "Libyan hospital"), each with whether "the" opens it (anywhere)."""
    places = _places_written(text) | _country_words()
    opening = len(text) - len(text.lstrip())  # where the text's first word stands
    found: dict[str, tuple[str, bool]] = {}
    for match in _written_name_pattern(noun).finditer(text):
        words = match.group("run").split()
        while words and (words[0].lower() in lexicon().stopwords or POSSESSIVE.search(words[0])):
            words.pop(0)  # "A hospital", "At Royal Free hospital"
        describing = match.group("describing").split()
        if not words or any(w.lower() in lexicon().stopwords or POSSESSIVE.search(w) for w in words) \
                or describing and (match.group("noun") != noun or any(
                    w in lexicon().stopwords or _is_verb(w) or is_adverb(w) for w in describing)):
            continue
        run = " ".join(words)
        if text[max(0, match.start() - 4):match.start()] == " of ":
            continue  # "the Organisation of the Islamic Conference": part of a longer name
        if match.group("noun") == noun and (len(words) < 2 or run in places or any(w in places for w in words)
                                            or match.start("run") <= opening):
            continue  # a place's or a nationality's hospital is no name; an opening capital may be any word
        name = " ".join([run, *describing, match.group("noun")])  # "the Michael Jackson tribute concert"
        opened = bool(match.group("the")) and words == match.group("run").split()
        first, opened_before = found.get(name.lower(), (name, False))
        found[name.lower()] = (first, opened or opened_before)
    return found


_NEXT_LOWER_WORD = re.compile(r"\s([a-z]++)")


def _places_written(text: str) -> set[str]:
    """The places a text writes after a preposition of place (_place_run_pattern: "in New York"), save a run that a
    noun follows ("at the Royal Free hospital", "from Royal Free hospital"): that names the noun, no place."""
    found = set()
    for match in _place_run_pattern().finditer(text):
        after = _NEXT_LOWER_WORD.match(text, match.end())
        if not after or after.group(1) in lexicon().stopwords or _is_verb(after.group(1)) or is_adverb(after.group(1)):
            found.add(match.group("place"))
    return found


def _near_institution_name(noun: str, sentence: str, texts: Sequence[str]) -> tuple[str, bool]:
    """The one name ending in the noun the title's sentence and the chain of sentences before write
    (_institution_reach, _written_institution_names), with whether "the" opened it; ("", False) when none or two."""
    # an occasion is what its article tells of: its one name anywhere before
    reach = " ".join([*texts, sentence]) if noun in _institution_extras()["occasions"] \
        else _institution_reach(noun, sentence, texts)
    found = _written_institution_names(noun, reach)
    return next(iter(found.values())) if len(found) == 1 else ("", False)


@cache
def _institution_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """events.yaml institutions: the nouns a name ends in ("School"), and the general nouns for a built place."""
    table = events_rules()["institutions"]
    return (frozenset(str(n).lower() for n in table["nouns"]), frozenset(str(n).lower() for n in table["buildings"]))


def _building_name(noun: str, mentions: Sequence[tuple[str, str]], sentence: str) -> str:
    """ "the building" of a sentence that names one place by a name ending in an institution noun before it ("checked
    into the Metropark Hotel ... confined to the building"): that name; "" when it names none or two. Only the
    sentence itself: a building told of in another sentence may be another building."""
    at = re.search(rf"(?<![\w'’-])[Tt]he\s{re.escape(noun)}(?![\w'’-])", sentence)
    before = sentence[:at.start()] if at else ""
    endings = {n[:1].upper() + n[1:] for n in _institution_nouns()[0]}
    found = {n for n, _ in mentions if len(n.split()) >= 2 and n.split()[-1] in endings and n in before}
    return found.pop() if len(found) == 1 else ""


def _institution_name(noun: str, mentions: Sequence[tuple[str, str]], reach: str) -> str:
    """The one name the article used so far that ends in the capitalised noun ("Grappenhall Heys Primary School" for
    "school"), of two words or more, when it stands in `reach` (the title's sentence and the few before); "" when
    none or two different ones ("Grappenhall Heys Primary School", "Oakwood School")."""
    ending = noun[:1].upper() + noun[1:]
    found = {n for n, _ in mentions if len(n.split()) >= 2 and n.split()[-1] == ending}
    if len(found) != 1:
        return ""
    name = found.pop()
    return name if name in reach else ""


_INSTITUTION_LINKS = frozenset({"and", "or", "where", "which", "that", "who", "of", "to"})  # "the school, where"


def name_institutions(title: str, sentence: str, texts: Sequence[str], mentions: Sequence[tuple[str, str]]) -> str:
    """ "A four-year-old child at the school's nursery had tested positive" -> "... at Grappenhall Heys Primary
    School's nursery ...": "the <noun>" of events.yaml institutions, the whole noun phrase (possessive, last, or
    before a verb or a function word), becomes the one name ending in that noun the article wrote in its sentence or
    the few before (_institution_name), with the article's "the" when it wrote "the <name>"; else unchanged."""
    pattern, sentences = _institution_table()
    extras = _institution_extras()
    recent = [*texts[max(0, len(texts) - sentences):], sentence]
    reach = " ".join(recent)
    for match in pattern.finditer(title):
        possessive = bool(match.group("possessive"))
        following = (match.group("following") or "").lower()
        noun, compound = match.group("noun"), following in extras["role_heads"]  # "a hospital spokesman"
        if match.group("the").lower() != "the" and not compound \
                or noun in extras["compound_nouns"] and not compound:
            continue  # "a hospital", "the court": no one place of a name
        if not (possessive or compound or not following or _is_verb(following) or is_adverb(following)
                or following in lexicon().opening_prepositions | _INSTITUTION_LINKS):
            continue  # "the school year", "the hospital ward": the noun is no whole noun phrase
        known = [*mentions, *role_mentions(sentence)]
        name = (_building_name(noun, known, sentence) if noun in _institution_nouns()[1]
                else "" if noun in extras["occasions"] else _institution_name(noun, known, reach))
        the = ""
        if name:
            written = re.search(rf"(?<![\w'’.-])(?P<the>(?i:the)\s)?(?P<abbreviation>[A-Z][a-z]{{0,2}}\.\s)?"
                                rf"{re.escape(name)}", reach)
            the = match.group("the") + " " if written and written.group("the") else ""
            name = (written.group("abbreviation") or "") + name if written else name  # "St. Augustine High School"
        elif noun not in _institution_nouns()[1]:  # "Royal Free hospital", "Kabul Zoo" up a chain of "the zoo"
            name, opened = _near_institution_name(noun, sentence, texts)
            # "the Royal Free hospital", "the Michael Jackson tribute concert": a common noun keeps its "the"
            the = match.group("the") + " " if opened or name.endswith(noun) else ""
        if not name or name in title or name.lower() in title.lower():
            continue
        if compound or match.group("the").lower() != "the":  # "An International Criminal Court spokeswoman"
            the = ("an " if name[:1].lower() in "aeiou" else "a ") if match.group("the").lower() != "the" else "the "
        end = match.end("possessive") if possessive else match.end("noun")
        named = title[:match.start()] + the + name + (match.group("possessive") or "") + title[end:]
        return named[:1].upper() + named[1:]
    return name_indefinite_institution(title, sentence, texts)


@cache
def _indefinite_institution_pattern() -> re.Pattern[str]:
    """ "the New York theater": "the", a place of one to three capitalised words and a noun of events.yaml
    institutions, no name or "of" after it."""
    nouns = "|".join(re.escape(str(n).lower()) for n in events_rules()["institutions"]["nouns"])
    return re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he)\s(?P<place>[A-Z][a-z]++(?:\s[A-Z][a-z]++){{0,2}}+)\s"
                      rf"(?P<noun>{nouns})(?![\w'’-])(?!\s(?:of\s|[A-Z]))")


def name_indefinite_institution(title: str, sentence: str, texts: Sequence[str]) -> str:
    """ "won a talent show at the New York theater" -> "... at a New York theater": "the <place> <noun>" of an
    institution the article never names (no name ending in the noun anywhere up to and with the title's sentence)
    nor spoke of before (the noun in no sentence before), where the article writes the place as one ("in New York")
    or it is a country: the writer's "the" points to nothing a reader of the title knows. A name before the noun
    that is no place ("the Royal Free hospital"), a theatre told of before: unchanged."""
    match = _indefinite_institution_pattern().search(title)
    if not match:
        return title
    noun, place = match.group("noun"), match.group("place")
    article = [*texts, sentence]
    places = _places_written(" ".join(article))
    if place not in places | _country_words() | _capital_names():
        return title
    told = _noun_told_pattern(noun)
    if any(told.search(text) for text in texts) or _written_institution_names(noun, " ".join(article)).keys() - {
            f"{place} {noun}".lower()}:
        return title
    the = "an" if place[:1].lower() in "aeiou" else "a"
    if match.start() == 0:
        the = the.capitalize()
    return title[:match.start()] + the + title[match.end("the"):]


# --- "made from his home" -> "made from Jackson's home"; "resumed work there" -> "resumed work in Houston" --------

@cache
def _inner_reference_table() -> dict[str, Any]:
    """events.yaml inner_references: the verbs of motion "there" takes "to" after, the words after which "there" opens
    a clause ("there were"), and how far back a place may stand."""
    table = events_rules()["inner_references"]
    return {"motion_verbs": frozenset(str(w).lower() for w in table["motion_verbs"]),
            "existential_followers": frozenset(str(w).lower() for w in table["existential_followers"])}


_INNER_HIS = re.compile(r"(?<=\s)his(?=\s[a-z])")
_INNER_THERE = re.compile(r"(?<=\s)there(?![\w'’-])(?:\s(?P<following>[\w'’-]++))?")


def name_inner_possessive(title: str, sentence: str, history: Sequence[str], names: Sequence[str],
                          texts: Sequence[str], speakers: Sequence[str],
                          mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "A recording of the call made to emergency services from his home was released" -> "... from Jackson's home
    ...": the first "his" inside a title that names no person before it, in a sentence that names none before it
    either (no name, person noun or pronoun: "Dr Murray ... his practice" stays), takes the name the article's
    earlier sentences give a person's pronoun (antecedent), when it fits a person and the title does not name it
    already; else the title unchanged."""
    first = title.split(" ", 1)[0]
    match = _INNER_HIS.search(title)
    if not match or pronoun_class(_bare(first)):
        return title
    at = re.search(r"(?<![\w'’-])his\s", sentence)
    if not at or _names_a_person(title[:match.start()], texts, names) \
            or _names_a_person(sentence[:at.start()], texts, names):
        return title
    name = antecedent("person", history, names, texts, speakers)
    lone = ""
    if not name and texts:  # "... free from Saddam Hussein but allowed him to remain. Force ended his rule in 2003"
        name = lone = _only_person_of(texts[-1], sentence[:at.start()], "his", mentions)
    if not name or not fits(name, "person", [*names, *history]) or any(w in title for w in _without_title(name)):
        return title
    # "Moammar Gadhafi met a soldier. Eight generals from his army": someone else just before ("Jackson ...
    # collapsed at his home": his own pronouns are no one else)
    own = _possessive_pronoun_genders()["his"]
    rest = " ".join(t for t in _TOKEN.findall(_without_names(texts[-1], [name, *name.split()])) if _bare(t) not in own) \
        if texts else ""
    if rest and not lone and _names_a_person(rest, texts, names):
        return title  # (only_person has made sure of the one person the sentence before names)
    name = _as_name(_full_given_name(_without_trailing_adverbs(name), names))
    return title[:match.start()] + name + ("'" if name.endswith("s") else "'s") + title[match.end():]


def _only_person_of(previous: str, before: str, pronoun: str, mentions: Sequence[tuple[str, str]]) -> str:
    """The one person the sentence before names in full as the article wrote it (only_person), whom all its person
    pronouns and nouns may stand for (_person_words_fit: "him" for a "his"; no "she", no "the doctor"), when the
    pronoun's own sentence names no one before it; else "" (two people, or a subject the antecedent step took)."""
    name = only_person(previous, before, mentions)
    return name if name and _person_words_fit(previous, name, pronoun, mentions) else ""


def _full_given_name(name: str, names: Sequence[str]) -> str:
    """"Edgar" -> "Edgar Hernandez": a lone given name put as the one plain full name of the article it opens
    (_given_name), which tells the reader who that is; any other name, or two such full names, unchanged."""
    if " " in name or not _given_name(name, names):
        return name
    found = {" ".join(p) for p in map(_plain_full_name, names) if p and p[0] == name}
    return found.pop() if len(found) == 1 else name


@cache
def _place_run_pattern() -> re.Pattern[str]:
    """ "in Houston", "at the Rixos Hotel", "in New Orleans": a preposition of events.yaml antecedents
    place_prepositions, maybe "the", then capitalised words (no possessive after them)."""
    words = "|".join(re.escape(w) for w in _antecedent_table()["place_prepositions"])
    opening = "|".join(re.escape(w.capitalize()) for w in _antecedent_table()["place_prepositions"])
    return re.compile(rf"(?:(?<![\w'’-])(?:{words})|\A(?:{opening}))\s(?P<the>the\s)?"
                      rf"(?P<place>[A-Z][a-z]++(?:\s[A-Z][a-z]++){{0,3}}+)(?![\w'’-])(?!\s?['’]s?\b)")


def _one_place(text: str, mentions: Sequence[tuple[str, str]]) -> str:
    """The one place a text names after a preposition of place ("in Houston"), no day, month or person; "" when it
    names none or two."""
    found: dict[str, str] = {}
    for match in _place_run_pattern().finditer(text):
        place = match.group("place")
        if place.lower() in _calendar_names() or _is_person(place, mentions) and len(place.split()) > 1:
            continue
        found.setdefault(place, (match.group("the") or "") + place)
    return next(iter(found.values())) if len(found) == 1 else ""


def name_there(title: str, sentence: str, previous: str, mentions: Sequence[tuple[str, str]],
               texts: Sequence[str] = ()) -> str:
    """ "Dr Murray resumed work there" -> "Dr Murray resumed work in Houston": a "there" inside a title that opens no
    clause ("there were"), named by the one place its sentence names before it ("his other practice in Houston"),
    or one the article describes as a city or town ("the new advance on Sirte ... came under heavy fire there",
    after "the town of Sirte"), or if that names none, the one place (either way) the sentence before names
    ("Misrata's Hekma hospital ... the fighting began there"; a described one only when the sentence names before
    "there" no name that may be a place: "assaulted Misrata ... to quash the uprising there"); "to" after a verb of motion ("went there" -> "went
    to Houston"). Two places, or none: unchanged."""
    match = _INNER_THERE.search(title)
    table = _inner_reference_table()
    if not match or (match.group("following") or "").lower() in table["existential_followers"]:
        return title
    at = re.search(r"(?<![\w'’-])there(?![\w'’-])", sentence)
    before = sentence[:at.start()] if at else sentence
    place = _one_place(before, mentions) or _one_described_place(before, [*texts, sentence], mentions) \
        or (_one_place(previous, mentions) or (_one_described_place(previous, [*texts, sentence], mentions)
                                               or _opening_written_place(previous, [*texts, sentence], mentions)
                                               if not _standalone_name(before) else "")  # "assaulted Misrata ... there"
            if not _place_run_pattern().search(before) else "")
    if not place or place in title:
        return title
    words = title[:match.start()].split()
    preposition = "to" if words and words[-1].lower() in table["motion_verbs"] else "in"
    return title[:match.start()] + preposition + " " + place + title[match.start() + len("there"):]


def _opening_written_place(text: str, texts: Sequence[str], mentions: Sequence[tuple[str, str]]) -> str:
    """places5: "Misrata has been the scene of some of the deadliest battles. At least 36 people were killed there":
    the one-word subject a text opens with, before a lower-case word, when the article writes that word after a
    preposition of place ("in Misrata", _written_as_places) and the text names no other place; no country (a
    country is too wide for a "there"), no person; "" otherwise."""
    words = text.split()
    if len(words) < 3 or not re.fullmatch(r"[A-Z][a-z]++", words[0]) or not words[1][:1].islower():
        return ""
    place = words[0]
    if place not in _written_as_places(texts) or place in _country_words() or _is_person(place, mentions) \
            or place.lower() in _calendar_names() or place.lower() in lexicon().stopwords:
        return ""
    written = _written_as_places(texts)
    others = _places_named(" ".join(words[1:]), set(), mentions) \
        | {w for w in (t.strip(_EDGE) for t in words[1:]) if w in written}
    return "" if others - {place} else place


def _one_described_place(text: str, texts: Sequence[str], mentions: Sequence[tuple[str, str]]) -> str:
    """The one place a text names (after a preposition of place or anywhere) when that place is one the article
    describes as a city, town or village ("the besieged town of Sirte", definite_places), and the text names no
    other place of either kind ("advance on Sirte", not "from Misrata to Sirte"); a country is no candidate: ""
    otherwise."""
    if not texts:
        return ""
    # a national capital the article places things in is a city ("In Tripoli on Sunday, ... The CNN team there")
    described = _described_places_of_kind(texts) | (_capital_names() & _written_as_places(texts))
    places = _places_named(text, described, mentions) - _country_words()
    if len(places) != 1 or not places <= described:
        return ""
    return next(iter(places))


@cache
def _demonstrative_place_pattern() -> re.Pattern[str]:
    """events.yaml demonstrative_places: "this", up to `modifiers` words, then one of the place nouns ("this small
    Mediterranean island"); name_demonstrative_place turns down function words among them."""
    table = events_rules()["demonstrative_places"]
    nouns = "|".join(re.escape(str(n).lower()) for n in table["nouns"])
    return re.compile(rf"(?<![\w'’-])this\s(?P<modifiers>(?:[A-Za-z-]++\s){{0,{int(table['modifiers'])}}})"
                      rf"(?P<noun>{nouns})(?![\w'’-])")


def name_demonstrative_place(title: str, sentence: str, mentions: Sequence[tuple[str, str]]) -> str:
    """ "washed up on the shore of this small Mediterranean island" -> "... of Lampedusa": "this <place noun>" inside
    a title, named by the one place its own sentence names before the phrase after a preposition of place
    (_one_place: "a service in Lampedusa ... this small Mediterranean island"); a function word among the
    describing words ("this week in the city"), two places, none, or the place in the title already: unchanged."""
    match = _demonstrative_place_pattern().search(title)
    if not match or any(w.lower() in lexicon().stopwords for w in match.group("modifiers").split()):
        return title
    at = sentence.find(match.group(0))
    place = _one_place(sentence[:at], mentions) if at > 0 else ""
    if not place or place.removeprefix("the ") in title:
        return title
    return title[:match.start()] + place + title[match.end():]


@cache
def _definite_place_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """events.yaml definite_places: "the", up to `modifiers` describing words and a place noun in a title ("the
    besieged city"), with what may follow it; and the article's descriptions of a named place as one of those nouns,
    "the (western) city of Misrata" and "Benghazi, the North African nation's second-largest city"."""
    table = events_rules()["definite_places"]
    nouns = "|".join(re.escape(str(n).lower()) for n in table["nouns"])
    mods = int(table["modifiers"])
    plurals = "|".join(re.escape(str(n).lower()) for n in [*table["nouns"], *table["plurals"]])
    # "the coastal city of al-Zawiya": an Arabic article may open the name
    name = r"(?P<place>(?:(?<![\w'’-])(?:al|el)-)?[A-Z][a-z]++(?:[\s-](?:al-)?[A-Z][a-z]++){0,2}+)(?![\w'’-])"
    phrase = re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he)\s(?P<modifiers>(?:[a-z-]++\s){{0,{mods}}}?)"
                        rf"(?P<noun>{nouns})(?P<possessive>['’]s)?+(?![\w'’-])(?:\s(?P<following>[\w'’-]++))?")
    described_of = re.compile(rf"(?<![\w'’-])(?:{nouns})\sof\s{name}")
    apposed = re.compile(rf"{name},\s(?:the|a|an)\s(?:[\w'’-]++\s){{0,{mods + 2}}}?(?:{nouns})(?![\w'’-])"
                         rf"|(?<![\w'’-])(?:{plurals}),\s{name.replace('place', 'listed')}(?=[,.;])")
    return phrase, described_of, apposed


@cache
def _capital_names() -> frozenset[str]:
    """The national capitals of events.yaml kind_references (the kind whose heads hold "capital"): cities."""
    return frozenset(str(names[0]) for kind in events_rules()["kind_references"]["kinds"]
                     if "capital" in kind["heads"] for names in kind.get("names", ()))


@cache
def _listed_of_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "the cities of Misrata and Ajdabiya": a plural of definite_places and "of" before a list of names, each a
    place of the plural's kind; and one name of such a list."""
    table = events_rules()["definite_places"]
    plurals = "|".join(re.escape(str(n).lower()) for n in table["plurals"])
    name = r"(?:(?<![\w'’-])(?:al|el)-)?[A-Z][a-z]++(?:[\s-](?:al-)?[A-Z][a-z]++){0,2}+(?![\w'’-])"
    listed = re.compile(rf"(?<![\w'’-])(?P<plural>{plurals})\sof\s(?P<names>{name}(?:,\s{name})*+,?\s(?:and|or)\s{name})")
    return listed, re.compile(name)


def _described_places_of_kind(texts: Sequence[str]) -> set[str]:
    """The places the texts describe as any noun of definite_places: a writer calls one place a city in one sentence
    and a town in the next ("In the besieged western city of Misrata, ... shelled the rebel town again")."""
    return set().union(*(_described_places(str(n), texts) for n in events_rules()["definite_places"]["nouns"]))


def _described_places(noun: str, texts: Iterable[str]) -> set[str]:
    """The places the texts describe as a `noun` ("the city of Misrata", "Benghazi, the ... city", "the cities of
    Misrata and Ajdabiya")."""
    _, described_of, apposed = _definite_place_patterns()
    listed_of, listed_name = _listed_of_patterns()
    found: set[str] = set()
    plurals = events_rules()["definite_places"]["plurals"]
    for text in texts:
        for match in listed_of.finditer(text):
            if plurals.get(match.group("plural").lower()) == noun:
                found.update(_without_calendar_tail(m.group(0)) for m in listed_name.finditer(match.group("names")))
        for pattern in (described_of, apposed):
            for match in pattern.finditer(text):
                words = [plurals.get(w, w) for w in re.split(r"[\s,]+", match.group(0).lower())]
                if noun in words:  # "one of those towns, Zawiyah,": a town
                    found.add(_without_calendar_tail(match.group("place") or match.group("listed")))
    return found - {""}


def _without_calendar_tail(name: str) -> str:
    """ "Ras Lanuf Monday" -> "Ras Lanuf": a day or month the capitalised run ran into is no part of the name."""
    words = name.split()
    while words and words[-1].lower() in _calendar_names():
        words.pop()
    return " ".join(words)


def _places_named(text: str, described: set[str], mentions: Sequence[tuple[str, str]]) -> set[str]:
    """The places a text names: after a preposition of place ("in Misrata", _one_place's reading), or anywhere when
    the article described them as the noun's kind ("fled Zawiya"); no day, month or person."""
    found = {_without_calendar_tail(m.group("place")) for m in _place_run_pattern().finditer(text)
             if m.group("place").split()[0].lower() not in _calendar_names()
             and not (_is_person(m.group("place"), mentions) and len(m.group("place").split()) > 1)}
    tokens = [_bare(t).removesuffix("'s").removesuffix("’s") for t in _TOKEN.findall(text)]
    locators = frozenset(str(w) for w in events_rules()["definite_places"]["locators"])
    # "Zawiyah, west of Tripoli": a place a direction locates another by is no candidate
    kept = [t if not (k > 1 and tokens[k - 1] == "of" and tokens[k - 2] in locators) else "" for k, t in
            enumerate(tokens)]
    words = " " + " ".join(kept) + " "
    found.update(p for p in described if f" {p.lower()} " in words)
    return found


def _standalone_name(text: str) -> bool:
    """Whether a text holds, after its first word, a capitalised word (no day or month) that no determiner opens and
    no lower-case noun follows: a name that may be a place ("fled Benghazi after"), not a modifier ("A Reuters
    reporter", "Russian-made Grad rockets", "Gaddafi's forces")."""
    tokens = text.split()
    for k in range(1, len(tokens)):
        word = tokens[k]
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not word[:1].isupper() or _bare(word) in _calendar_names() or POSSESSIVE.search(word.rstrip(_EDGE)):
            continue
        modifier = _bare(tokens[k - 1]) in ("a", "an") or following[:1].isupper() \
            or following[:1].islower() and _plain_noun_word(following) and not word.endswith(_EDGE)
        if not modifier:
            return True
    return False


@cache
def _same_place_pattern(noun: str) -> re.Pattern[str]:
    """ "the (Mediterranean coastal) town('s)", "the city center", not "the town of ...": a sentence that speaks of
    the one place of `noun` it is telling of (definite_places)."""
    table = events_rules()["definite_places"]
    return re.compile(rf"(?<![\w'’-])the\s(?:[A-Za-z-]++\s){{0,{int(table['modifiers'])}}}?{re.escape(noun)}"
                      rf"(?:['’]s)?+(?![\w'’-])(?!\sof(?![\w'’-]))")


def _place_looked_back(noun: str, previous: str, texts: Sequence[str], known: set[str],
                       mentions: Sequence[tuple[str, str]]) -> set[str]:
    """The places the nearest sentence before the title's names (definite_places look_back of them, past sentences
    that name none and no name that may be one), where a sentence that speaks of "the (describing words) <noun>"
    itself ("stormed into the town", "the Mediterranean coastal town") goes on telling of the same place: it is
    passed over whatever other names it holds and counts towards no look_back, up to chain_look_back sentences in
    all ("into Bani Walid. ... stormed into the town. NATO planes circled above the town")."""
    table = events_rules()["definite_places"]
    same = _same_place_pattern(noun)
    chain = int(table["chain_look_back"])
    earlier = [previous, *reversed(texts[max(0, len(texts) - chain):len(texts) - 1])]
    budget = int(table["look_back"])
    for text in earlier:
        places = _places_named(text, known, mentions) - _country_words()
        if places:
            return places
        told = bool(same.search(text))  # the same place told of again: its other names are no places
        if not told:
            budget -= 1
        if budget <= 0 or not told and _standalone_name(text):
            break
    return set()


@cache
def _place_verb_pattern() -> re.Pattern[str]:
    """places3: "fled Benghazi": a verb of definite_places place_verbs, then one capitalised word."""
    verbs = "|".join(re.escape(str(v)) for v in events_rules()["definite_places"]["place_verbs"])
    return re.compile(rf"(?<![\w'’-])(?:{verbs})\s(?P<place>[A-Z][a-z]++)(?![\w'’-])"
                      rf"(?!\s[A-Z]|\s(?:and|or)\s[A-Z]|,\s[A-Z])")  # one place, no list


def _own_places(before: str, known: set[str], mentions: Sequence[tuple[str, str]]) -> set[str]:
    """The places a title's own sentence names before "the city": _places_named's, names after a verb of
    place_verbs ("fled Benghazi") and person-shaped names no one was called ("in Las Vegas"), but no capitalised
    describing word of a noun ("toward the Egyptian border"), nor a country."""
    found = _places_named(before, known, mentions) | _unmentioned_places(before, mentions)
    found |= {m.group("place") for m in _place_verb_pattern().finditer(before)
              if not _is_person(m.group("place"), mentions) and m.group("place").lower() not in _calendar_names()}
    words = before.split()
    modifiers = {w for k, w in enumerate(words[1:-1], 1)
                 if words[k - 1].lower() == "the" and words[k + 1][:1].islower() and _plain_noun_word(words[k + 1])}
    return found - modifiers - _country_words()


def _unmentioned_places(text: str, mentions: Sequence[tuple[str, str]]) -> set[str]:
    """places3: names after a preposition of place that look like a person's ("in Las Vegas") but are no name the
    article gave before: places; "in Michael Jackson" after the article named him stays a person."""
    named = {n for n, _ in mentions}
    return {m.group("place") for m in _place_run_pattern().finditer(text)
            if len(m.group("place").split()) > 1 and m.group("place") not in named
            and not any(_same_referent(m.group("place"), n) for n in named)
            and m.group("place").split()[0].lower() not in _calendar_names()}


def name_definite_place(title: str, sentence: str, previous: str, texts: Sequence[str],
                        mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "A second witness said the city came under sustained attack" -> "... said Misrata came under ...": "the
    (besieged) city/town" in a title, named by the one place its own sentence names before the phrase, or, when that
    names none (nor any name that may be a place: _standalone_name), the one place the nearest sentence before names
    (at most definite_places look_back back, past sentences that name none and no name that may be one), where
    the article has described that place as a city/town ("the western city of Misrata", "Benghazi, the ...
    second-largest city", "one of those towns, Zawiyah,"); a word the article writes after a preposition of place
    anywhere ("in Benghazi") counts as a place wherever it stands. A second place (a country too), a place
    the article never described so, a compound ("the city center") or the place in the title already: unchanged
    (events.yaml definite_places)."""
    phrase, _, _ = _definite_place_patterns()
    match = phrase.search(title)
    # "the center of the town": describing words with a function word hold the phrase ("the town") further on
    while match and any(w in lexicon().stopwords for w in match.group("modifiers").split()):
        match = phrase.search(title, match.start() + 1)
    table = events_rules()["definite_places"]
    following = match.group("following") or "" if match else ""
    # places3: "the city center" -> "central Misrata": the center of the one place, no describing words
    central = following in table["central_following"] and not match.group("modifiers") \
        and not match.group("possessive") if match else False
    if not match or following in table["not_following"] and not central:
        return title
    noun = match.group("noun").lower()
    at = sentence.find(match.group(0)[:len(match.group("the")) + 1 + len(match.group("modifiers")) + len(noun)])
    before = sentence[:at] if at >= 0 else sentence
    described = _described_places_of_kind([*texts, sentence])  # "the city of Misrata ... the rebel town"
    written = _written_as_places([*texts, sentence])
    known = described | written  # "fled Benghazi" after "in Benghazi" elsewhere
    if noun in table["capital_nouns"]:  # a national capital the article places things in is a city
        described |= _capital_names() & written
    places = _own_places(before, known, mentions)  # a country is never "the city"
    own = bool(places)
    if not places and not _standalone_name(before):  # "fled Benghazi after the city": no look back
        places = _place_looked_back(noun, previous, texts, known, mentions)
    if len(places) != 1:
        return title
    place = next(iter(places))
    # places3: the one place the title's own sentence names before the phrase is the one meant, described as a
    # city or not ("an office in Las Vegas, having closed his premises in the city")
    if place not in described and not own or place in title:  # "in Misrata and ... advances in the city": told
        return title
    if central:
        return title[:match.start()] + "central " + place + title[match.end("following"):]
    end = match.end("possessive") if match.group("possessive") else match.end("noun")
    return title[:match.start()] + place + title[match.end("noun"):end] + title[end:]


@cache
def _place_noun_pattern() -> re.Pattern[str]:
    """places4: events.yaml place_noun_references: "the", up to `modifiers` lower-case describing words and a place
    noun in a title ("the contested port", "the area"), with the word after it."""
    table = events_rules()["place_noun_references"]
    nouns = "|".join(re.escape(str(n)) for n in [*table["area_nouns"], *table["owned_nouns"]])
    return re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he)\s(?P<modifiers>(?:[a-z-]++\s){{0,{int(table['modifiers'])}}}?)"
                      rf"(?P<noun>{nouns})(?P<possessive>['’]s)?+(?![\w'’-])(?:\s(?P<following>[\w'’-]++))?")


@cache
def _place_noun_descriptions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """places4: the article's descriptions of a named place as one of place_noun_references described_nouns: "the
    (oil) port of Brega", "the island of Lampedusa"; and "Lampedusa, (this|the|a) tiny Italian island"."""
    table = events_rules()["place_noun_references"]
    nouns = "|".join(re.escape(str(n)) for n in table["described_nouns"])
    name = r"(?P<place>(?:(?<![\w'’-])(?:al|el)-)?[A-Z][a-z]++(?:[\s-](?:(?:al|el)-)?[A-Z][a-z]++){0,2}+)(?![\w'’-])"
    described_of = re.compile(rf"(?<![\w'’-])(?:{nouns})\sof\s{name}")
    apposed = re.compile(rf"{name},\s(?:the|a|an|this)\s(?:[\w'’-]++\s){{0,3}}?(?:{nouns})(?![\w'’-])")
    return described_of, apposed


def _described_as_place_nouns(texts: Iterable[str]) -> set[str]:
    """places4: the places the texts describe as a port or an island ("the oil port of Brega")."""
    return {_without_calendar_tail(m.group("place")) for text in texts for pattern in _place_noun_descriptions()
            for m in pattern.finditer(text)} - {""}


def name_place_noun(title: str, sentence: str, previous: str, texts: Sequence[str],
                    mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "Pro-Gaddafi forces retreated from the area" -> "... from the Ras Lanuf area", "thrust westwards to the
    contested port" -> "... to Brega", "targeted the port" -> "targeted Misrata's port": "the (describing words)
    <place noun>" of events.yaml place_noun_references in a title, named by the one place (no country) its own
    sentence names before the phrase, or, when that names none (nor any name that may be a place), the one place
    the nearest sentence before names (name_definite_place's look back). A place the article describes as the noun
    itself ("the oil port of Brega") takes the phrase's place; "the area/region" becomes "the <place> area"; any
    other: "<place>'s (describing words) <noun>". Two places, none, a compound ("the port city", "the area of"), a
    function word among the describing words, or the place in the title already: unchanged."""
    table = events_rules()["place_noun_references"]
    match = _place_noun_pattern().search(title)
    if not match or any(w in lexicon().stopwords for w in match.group("modifiers").split()):
        return title
    following = match.group("following") or ""
    if following in table["not_following"] or following[:1].isupper() or following in table["owned_nouns"] \
            or following in table["area_nouns"] or _plain_noun_word(following) and not _is_verb(_bare(following)) \
            and not match.group("possessive"):
        return title  # "the port city of", "the area command", "the coast guard"
    noun = match.group("noun")
    at = sentence.find(match.group(0)[:match.end("noun") - match.start()])
    if at < 0 or is_open_at(sentence, quote_marks(sentence), at):
        return title
    before = sentence[:at]
    ports = _described_as_place_nouns([*texts, sentence])
    known = _described_places_of_kind([*texts, sentence]) | _written_as_places([*texts, sentence]) | ports
    places = _own_places(before, known, mentions)
    if not places and not _standalone_name(before):
        places = _place_looked_back(noun, previous, texts, known, mentions)
    if len(places) != 1:
        return title
    place = next(iter(places))
    listed = re.compile(rf"(?<![\w'’-]){re.escape(place)}(?:,\s|\s(?:and|or)\s)(?:the\s)?[A-Z]")
    if place in title or listed.search(before) or listed.search(previous):
        return title  # "in Misrata and Zlitan": a list of places, one of them meant
    modifiers = match.group("modifiers")
    if place in ports and noun in table["described_nouns"]:
        named = place + (match.group("possessive") or "")
    elif noun in table["area_nouns"] and not match.group("possessive"):
        named = f"{match.group('the')} {modifiers}{place} {noun}" if not modifiers else f"{place}'s {modifiers}{noun}"
    else:
        named = f"{place}'s {modifiers}{noun}{match.group('possessive') or ''}"
    if match.start() == 0:
        named = named[:1].upper() + named[1:]
    end = match.end("possessive") if match.group("possessive") else match.end("noun")
    return title[:match.start()] + named + title[end:]


@cache
def _definite_event_patterns() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """events.yaml definite_events: "the", up to `modifiers` describing words and an event noun in a title ("the
    televised trial"); and the article's ways of giving such an event its one person (`owner_phrases`, each with
    PERSON and NOUN): "the (criminal) trial of Dr Conrad Murray", "Conrad Murray's trial", "Dr Murray is ordered to
    stand trial"."""
    table = events_rules()["definite_events"]
    nouns = "|".join(re.escape(str(n).lower()) for n in table["nouns"])
    mods = int(table["modifiers"])
    honorifics = "|".join(re.escape(str(h)) for h in events_rules()["antecedents"]["honorifics"])
    person = (rf"(?P<owner>(?:(?:{honorifics})\.?\s)?[A-Z][a-z]++(?:-[A-Z]?[a-z]++)?+"
              rf"(?:\s[A-Z][a-z]++(?:-[A-Z]?[a-z]++)?+){{0,2}}+)")
    phrase = re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he)\s(?P<modifiers>(?:[a-z-]++\s){{0,{mods}}}?)"
                        rf"(?P<noun>{nouns})(?![\w'’-])(?!\s(?:of|in|at)\s[A-Z])")
    owners = tuple(re.compile(r"(?<![\w'’-])" + str(o).replace("NOUN", f"(?:{nouns})").replace("PERSON", person)
                              .replace(" ", r"\s") + r"(?![\w'’-])") for o in table["owner_phrases"])
    return phrase, owners


def _event_owner(noun: str, texts: Iterable[str]) -> str:
    """The one person the texts give a `noun` event ("the trial of Dr Conrad Murray", "Dr Murray is ordered to stand
    trial"), the fullest way they write that person; "" when none or two people ("the trial of Michael Jackson's
    doctor" gives none: a possessive after the name is no owner)."""
    _, owners = _definite_event_patterns()
    found: list[str] = []
    for text in texts:
        for match in (m for pattern in owners for m in pattern.finditer(text)):
            owner = match.group("owner")
            if noun not in match.group(0).lower().split() or text[match.end():match.end() + 2] in ("'s", "’s"):
                continue
            if len(owner.split()) < 2 or any(w.lower() in _calendar_names() for w in owner.split()):
                continue  # "Murray": one word may be anyone's; "On Monday"
            if found and not _same_referent(owner, found[0]):
                return ""
            found.append(owner)
    return max(found, key=lambda name: len(name.split())) if found else ""


def name_definite_event(title: str, sentence: str, texts: Sequence[str]) -> str:
    """ "The trial was delayed again" -> "Dr Murray's trial was delayed again": "the (televised) trial" in a title
    that names no other trial's owner, named by the one person the article (up to and with the title's sentence)
    gives a trial ("Dr Murray is ordered to stand trial", "the trial of Dr Conrad Murray"); two people, none, or
    "the trial of ..." in the title already: unchanged (events.yaml definite_events)."""
    phrase, _ = _definite_event_patterns()
    match = phrase.search(title)
    if not match or any(w in lexicon().stopwords for w in match.group("modifiers").split()):
        return title
    owner = _event_owner(match.group("noun").lower(), [*texts, sentence])
    if not owner or any(_same_referent(owner, POSSESSIVE.sub("", name)) for name in _CAPITALISED_RUN.findall(title)):
        return title  # "Dr Murray's lawyers said the trial": the title names him already
    possessive = owner + ("'" if owner.endswith("s") else "'s")
    if match.start() == 0:
        possessive = possessive[:1].upper() + possessive[1:]
    return title[:match.start()] + possessive + " " + match.group("modifiers") + title[match.start("noun"):]


@cache
def _demonstrative_event_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """events.yaml demonstrative_events: "this/that", up to `modifiers` describing words and an event noun in a title
    ("that action"); and a description in the sentence before: "a"/"an" or a name's possessive, describing words and
    one of the heads ("a wrongful death lawsuit", "Ms Jackson's civil lawsuit")."""
    table = events_rules()["demonstrative_events"]
    mods = int(table["modifiers"])
    nouns = "|".join(re.escape(str(n).lower()) for n in table["nouns"])
    heads = "|".join(sorted({re.escape(str(h).lower()) for hs in table["nouns"].values() for h in hs}))
    title = re.compile(rf"(?<![\w'’-])(?:[Tt]his|[Tt]hat)\s(?P<modifiers>(?:[a-z-]++\s){{0,{mods}}}?)"
                       rf"(?P<noun>{nouns})(?![\w'’-])")
    owner = r"[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+){0,3}+['’]s"
    description = re.compile(rf"(?<![\w'’-])(?P<det>an?|{owner})\s(?P<modifiers>(?:[a-z-]++\s){{0,{mods}}}?)"
                             rf"(?P<head>{heads})(?![\w'’-])")
    return title, description


def _described_tail(rest: str) -> str:
    """The words after a description's head that name its object or owner ("against Dr Murray, accusing him" ->
    "against Dr Murray"): opened by a tail preposition, cut at a comma or a clause word, and ending on the last
    capitalised word within `tail_words`; "" when they name no one."""
    table = events_rules()["demonstrative_events"]
    words = re.split(r"[,.;:()\"“”!?]| -", rest, maxsplit=1)[0].split()[:int(table["tail_words"])]
    if not words or words[0].lower() not in table["tail_prepositions"]:
        return ""
    stops = set(table["tail_stops"])
    end = next((i for i, w in enumerate(words[1:], 1) if w.lower() in stops and not w[:1].isupper()), len(words))
    named = [i for i, w in enumerate(words[:end]) if w[:1].isupper() and w.lower() not in _calendar_names()]
    return " ".join(words[:named[-1] + 1]) if named else ""


def _previous_description(noun: str, modifiers: Sequence[str], previous: str) -> str:
    """The one description of a `noun` event in the sentence before, with its owner or object named ("the wrongful
    death lawsuit against Dr Murray", "Ms Jackson's civil lawsuit"); "" when none, two, or one naming no one."""
    table = events_rules()["demonstrative_events"]
    _, pattern = _demonstrative_event_patterns()
    heads = {str(h).lower() for h in table["nouns"][noun]}
    found = [m for m in pattern.finditer(previous) if m.group("head").lower() in heads]
    if len(found) != 1:
        return ""
    match = found[0]
    described = match.group("modifiers").split()
    dropped = set(table["dropped_modifiers"])  # ("later" is a stopword that describes no event)
    if any(w in lexicon().stopwords and w not in dropped for w in described) or not set(modifiers) <= set(described):
        return ""  # "a lawsuit the family filed": no describing words; "This legalistic position" needs its own
    owner = match.group("det") if match.group("det")[:1].isupper() else ""
    tail = _described_tail(previous[match.end():])
    if not owner and not tail:
        return ""  # "a lawsuit": the demonstrative tells as much
    kept = [w for w in described if w not in dropped]
    return " ".join([owner or "the", *kept, match.group("head"), *([tail] if tail else [])])


def name_demonstrative_event(title: str, sentence: str, previous: str) -> str:
    """ "... a dismissal of that action" -> "... a dismissal of the wrongful death lawsuit against Dr Murray": "this"
    or "that" and an event noun in a title, named by the one description of that event the sentence before gives
    with its owner or object (_previous_description); none, two, or a description naming no one: unchanged
    (events.yaml demonstrative_events; `sentence`, the title's own, is where the phrase must stand)."""
    pattern, _ = _demonstrative_event_patterns()
    match = pattern.search(title)
    if not match or not previous or match.group(0) not in sentence and match.group(0).lower() not in sentence.lower():
        return title
    modifiers = match.group("modifiers").split()
    if any(w in lexicon().stopwords for w in modifiers):
        return title
    description = _previous_description(match.group("noun").lower(), modifiers, previous)
    if not description:
        return title
    if match.start() == 0:
        description = description[:1].upper() + description[1:]
    return title[:match.start()] + description + title[match.end():]




# --- definites6: "this fear", "The first changes", "those sanctions", "the visit": named by the clause saying it ---

_WORD_CHARS = r"[\w'’.-]"


@cache
def _definite_clause_table() -> dict[str, Any]:
    """events.yaml definite_clauses, read once."""
    return events_rules()["definite_clauses"]


@cache
def _definite_clause_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns of events.yaml definite_clauses: a said noun after this/that in a title; a vague subject opening a
    title; a ", with <subject> <gerund> <rest>" clause; a title ending on "those/these <noun>"; the gap and ", <gerund>
    <rest>" after it in the sentence; "the visit/trip" in a title; "<travel verb> to <Name>" in the sentence before."""
    table = _definite_clause_table()
    said = "|".join(re.escape(str(n)) for n in table["said_nouns"])
    vague = "|".join(re.escape(str(n)) for n in table["vague_subjects"])
    mods = "|".join(re.escape(str(n)) for n in table["vague_modifiers"])
    journeys = "|".join(re.escape(str(n)) for n in table["journey_nouns"])
    travel = "|".join(re.escape(str(n)) for n in table["travel_verbs"])
    subject = int(table["subject_words"])
    gap = int(table["gap"])
    return {
        "said": re.compile(rf"(?<![\w'’-])(?:[Tt]his|[Tt]hat)\s(?P<noun>{said})(?![\w'’-])"),
        "vague": re.compile(rf"The\s(?:(?:{mods})\s)?(?:{vague})\s"),
        "with": re.compile(rf",\swith\s(?P<subject>(?:the\s|[A-Z])(?:{_WORD_CHARS}++\s){{0,{subject}}}?)"
                           rf"(?P<gerund>[a-z]+ing)\s(?P<rest>[^,;:()]+)"),
        "ending": re.compile(r"(?<![\w'’-])(?:[Tt]hose|[Tt]hese)\s(?P<noun>[a-z-]++)$"),
        "gerund": re.compile(rf"^(?:\s{_WORD_CHARS}++){{0,{gap}}}?,\s(?P<gerund>[a-z]+ing)\s(?P<rest>[^,;:()]+)"),
        "journey": re.compile(rf"(?<![\w'’-])the\s(?P<noun>{journeys})(?!\s(?:to|of|by)\s)(?![\w'’-])"),
        "travel": re.compile(rf"(?<![\w'’-])(?:{travel})\sto\s(?P<place>[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+){{0,3}})"),
    }


def _clause_words(text: str, limit: int) -> str:
    """The words of a clause up to a `stops` word (events.yaml definite_clauses) and at most `limit` of them, without
    the closing stop; "" when more than `limit` words would be needed (a cut clause names nothing well)."""
    stops = {str(w) for w in _definite_clause_table()["stops"]}
    words = text.strip().rstrip(".!?\"”").split()
    kept = []
    for word in words:
        if word.lower() in stops:
            break
        kept.append(word)
    return " ".join(kept) if kept and len(kept) <= limit else ""


def name_said_noun(title: str, sentence: str, previous: str) -> str:
    """ "... expressed this fear" -> "... expressed the fear that it is only a matter of time before ...": "this/that"
    and a noun of what is said (fear, hope, warning; events.yaml definite_clauses said_nouns) named by the one "that"
    clause the sentence right before gives it with the noun or one of its verbs ("rebels fear that ..."); none, two,
    no "that", or a clause longer than clause_words: unchanged."""
    match = _definite_clause_patterns()["said"].search(title)
    if not match or not previous or match.group(0).lower() not in sentence.lower():
        return title
    noun = match.group("noun").lower()
    forms = "|".join(re.escape(str(f)) for f in _definite_clause_table()["said_nouns"][noun])
    found = re.findall(rf"(?<![\w'’-])(?:{forms})\sthat\s(?=([^;:()]+))", previous, flags=re.IGNORECASE)
    if len(found) != 1 or len(found[0].split()) > int(_definite_clause_table()["clause_words"]):
        return title
    clause = found[0].strip().rstrip(".!?\"”")
    named = f"the {noun} that {clause}"
    if match.start() == 0:
        named = named[:1].upper() + named[1:]
    return title[:match.start()] + named + title[match.end():]


@cache
def _final_apposition() -> tuple[int, re.Pattern[str]]:
    """events.yaml definite_clauses final_apposition_words and the apposition after a title's last noun phrase in its
    sentence: ", <Name>" or ", the/a <up to 3 words> of <Name>", then a comma, a stop or a relative."""
    words = int(events_rules()["definite_clauses"]["final_apposition_words"])
    name = r"[A-Z][\w'’-]*+(?:\s(?:[a-z]{1,3}-)?[A-Z][\w'’-]*+){0,3}+"
    return words, re.compile(rf",\s(?:(?:the|an?)\s(?:[a-z][\w-]*+\s){{0,3}}?of\s)?(?P<name>{name})"
                             r"(?!,\s(?:[A-Z]|and\s|or\s))(?=[,.;]|\s(?:where|which|who|whose)\b|$)")


def name_final_apposition(title: str, sentence: str) -> str:
    """ "NTC forces captured the other main Gaddafi stronghold" -> "..., Bani Walid" when its sentence goes on
    ", the desert town of Bani Walid, where ...": a title that ends in "the ... <noun>" (at most
    final_apposition_words long) whose sentence sets a name in apposition right after it takes that name; not a
    name followed by a verb ("the town, Reuters reported"), the first of a list ("the star's three children, Prince
    Michael, Michael Junior and Paris"), a day or month, or one the title has (definites7)."""
    most, pattern = _final_apposition()
    words = title.split()
    opens = [i for i, w in enumerate(words) if w.lower() == "the" and 0 < i and len(words) - i <= most]
    if not opens or not words[-1].isalpha() or not words[-1].islower():
        return title
    tail = " ".join(words[opens[0]:])
    at = sentence.find(tail)
    match = pattern.match(sentence, at + len(tail)) if at >= 0 else None
    if not match:
        return title
    name = match.group("name")
    if name.split()[0].lower() in lexicon().stopwords or name.lower() in _calendar_names() \
            or any(w in title.split() for w in name.split()):
        return title
    return f"{title}, {name}"


def name_with_clause(title: str, sentence: str) -> str:
    """ "The first changes were set in motion" -> "The Obama administration proposed reform in the policing of
    offshore drilling": a title opened by a vague subject (events.yaml definite_clauses vague_subjects) takes the
    ", with <subject> <gerund> <rest>" clause of its sentence that says what the changes were, cut at a stop word;
    any other subject, no such clause, or a gerund that is none: unchanged."""
    patterns = _definite_clause_patterns()
    if not patterns["vague"].match(title):
        return title
    found = list(patterns["with"].finditer(sentence))
    if len(found) != 1:
        return title
    match = found[0]
    past = past_of_gerund(match.group("gerund"))
    rest = _clause_words(match.group("rest"), int(_definite_clause_table()["rest_words"]))
    if not past or not rest or match.group("gerund") in {str(w) for w in _definite_clause_table()["not_acts"]}:
        return title
    subject = match.group("subject").strip()
    return subject[:1].upper() + subject[1:] + " " + past + " " + rest


def name_elaborated_demonstrative(title: str, sentence: str) -> str:
    """ "... beefed up those sanctions" -> "... beefed up sanctions, freezing the assets of nine more individuals": a
    title ending on "those/these <noun>" whose sentence goes on, after at most `gap` words (a date), with a gerund
    clause of what was done keeps that clause and drops the demonstrative that points at nothing; a gerund that is
    no act (including, according: not_acts) or a clause past rest_words: unchanged."""
    patterns = _definite_clause_patterns()
    match = patterns["ending"].search(title)
    if not match:
        return title
    at = sentence.find(match.group(0))
    if at < 0 or sentence.find(match.group(0), at + 1) >= 0:
        return title
    tail = patterns["gerund"].match(sentence[at + len(match.group(0)):])
    if not tail or tail.group("gerund") in {str(w) for w in _definite_clause_table()["not_acts"]}:
        return title
    rest = _clause_words(tail.group("rest"), int(_definite_clause_table()["rest_words"]))
    if not past_of_gerund(tail.group("gerund")) or not rest:
        return title
    return title[:match.start()] + match.group("noun") + ", " + tail.group("gerund") + " " + rest


def name_introduced_demonstrative(title: str, sentence: str, previous: str) -> str:
    """ "the funerals of that soldier" -> "the funerals of the soldier who was reportedly shot": "this/that <noun>"
    named by the one "a/an <noun> who/that/which <clause>" of the sentence right before, the clause cut at a `stops`
    word and at most relative_words long (events.yaml definite_clauses); none, two, or a longer clause: unchanged."""
    match = re.search(r"(?<![\w'’-])(?:[Tt]his|[Tt]hat)\s(?P<noun>[a-z-]++)(?![\w'’-])", title)
    if not match or not previous or match.group(0).lower() not in sentence.lower():
        return title
    noun = match.group("noun")
    found = [m for m in re.finditer(rf"(?<![\w'’-])[Aa]n?\s{re.escape(noun)}\s(?=((?:who|that|which)\s[^,;:()]+))",
                                    previous)]
    if len(found) != 1 or not _object_position(previous[:found[0].start()]):
        return title  # two told before; "A soldier who deserted was jailed": the relative runs into the main verb
    found = [found[0].group(1)]
    limit = int(_definite_clause_table()["relative_words"])
    opener, _, rest = found[0].partition(" ")
    clause = _clause_words(rest, limit)
    if not clause or len(clause.split()) < 2:
        return title
    named = f"the {noun} {opener} {clause}"
    if match.start() == 0:
        named = named[:1].upper() + named[1:]
    return title[:match.start()] + named + title[match.end():]


def _object_position(before: str) -> bool:
    """Whether a noun phrase after `before` stands as an object (after a lowercase verb or preposition: "includes a
    soldier who ..."), so that a relative clause after it runs to the sentence end and not into a main verb; not at
    a sentence's or a coordinated clause's start ("A soldier who ... was shot", "and a soldier who ...")."""
    words = before.split()
    clause_openers = {"and", "but", "or", "while", "whereas"}
    return bool(words) and words[-1].isalpha() and words[-1].islower() and words[-1] not in clause_openers

def _apposed_person(previous: str, noun: str) -> str:
    """The one name "<Name>, a/an ... <noun>" apposes to a person noun in `previous` ("Khaled al-Sayeh, a spokesman
    for ..." -> "Khaled al-Sayeh"): capitalised words and name particles (al-, bin) before the comma; "" when none or
    two."""
    particles = {str(w) for w in _definite_clause_table()["name_particles"]}
    found = set()
    for match in re.finditer(rf",\san?\s(?:[\w'’-]++\s){{0,4}}?{re.escape(noun)}(?![\w'’-])", previous):
        words = previous[:match.start()].split()[-4:]
        name: list[str] = []
        for word in reversed(words):
            if not (word[:1].isupper() or word.split("-")[0].lower() in particles) or word.lower() in lexicon().stopwords:
                break
            name.insert(0, word)
        while name and not name[0][:1].isupper():
            name.pop(0)
        if len(name) >= 2:
            found.add(" ".join(name))
    return found.pop() if len(found) == 1 else ""


def name_apposed_role(title: str, previous: str) -> str:
    """ "The spokesman said ..." -> "Khaled al-Sayeh said ...": a title opened by "The <person noun>" (events.yaml
    definite_clauses apposed_nouns) named by the one person the sentence right before apposes that noun to
    (_apposed_person); none or two: unchanged."""
    words = title.split(" ", 2)
    nouns = {str(w) for w in _definite_clause_table()["apposed_nouns"]}
    if len(words) < 3 or words[0] != "The" or words[1] not in nouns or not previous:
        return title
    name = _apposed_person(previous, words[1])
    return f"{name} {words[2]}" if name else title


def name_counted_head(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """ "FWS handed over the numbers" -> "FWS handed over the numbers for birds killed or injured in the spill": "the
    <counted noun>" (numbers, figures; events.yaml definite_clauses counted_nouns) with nothing after it in the
    title, named by the one "<noun> for/of <lowercase words>" the last counted_sentences sentences give (cut at a
    complement_stops word); none, two kinds, or a complement in the title's own sentence: unchanged."""
    table = _definite_clause_table()
    nouns = "|".join(re.escape(str(n)) for n in table["counted_nouns"])
    match = re.search(rf"(?<![\w'’-])the\s(?P<noun>{nouns})$", title)
    if not match or not texts:
        return title
    noun = match.group("noun")
    complement = re.compile(rf"(?<![\w'’-]){re.escape(noun)}\s(?P<prep>for|of)\s(?=(?P<rest>[a-z][^,;:()\"“”]*))")
    if complement.search(sentence):
        return title
    stops = {str(w) for w in table["complement_stops"]}
    found = set()
    for text in texts[-int(table["counted_sentences"]):]:
        for m in complement.finditer(text):
            words = []
            for word in m.group("rest").rstrip(".!?").split():
                if word.lower() in stops or not word[:1].islower():
                    break
                words.append(word)
            if words and len(words) <= int(table["complement_words"]):
                found.add(m.group("prep") + " " + " ".join(words))
    if len(found) != 1:
        return title
    return title + " " + found.pop()


def name_general_noun(title: str, sentence: str, previous: str) -> str:
    """ "... to hold the event" -> "... to hold the tribute concert in Cardiff": "the event" / "the incident" (events.yaml
    definite_clauses general_nouns) named by the one kind of event the sentence right before tells, with its
    describing words and a place after in/at; two kinds, none, a stopword among the describing words, or a kind
    the title itself names ("the organiser of the tribute concert defended the event"): unchanged."""
    table = _definite_clause_table()["general_nouns"]
    match = re.search(rf"(?<![\w'’-])the\s(?P<noun>{'|'.join(map(re.escape, table))})(?!\s(?:of|in|at|that)\s)"
                      r"(?![\w'’-])", title)
    if not match or not previous or match.group(0) not in sentence:
        return title
    kinds = "|".join(re.escape(str(k)) for k in table[match.group("noun")])
    if re.search(rf"(?<![\w'’-])(?:{kinds})(?![\w'’-])", title):
        return title  # "the organiser of the tribute concert defended the event": the title names it already
    found = {}
    pattern = (rf"(?<![\w'’-])(?:[Tt]he|[Aa]n?)\s(?P<mods>(?:[\w'’-]++\s){{0,3}}?)(?P<kind>{kinds})"
               r"(?P<place>\s(?:in|at)\s[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+){0,2})?(?![\w'’-])")
    for m in re.finditer(pattern, previous):
        mods = m.group("mods").split()
        if any(w.lower() in lexicon().stopwords for w in mods):
            continue
        found.setdefault(m.group("kind"), set()).add(" ".join(["the", *mods, m.group("kind")]) + (m.group("place") or ""))
    kinds_found = {k for k in found}
    if len(kinds_found) != 1 or len(next(iter(found.values()))) != 1:
        return title
    named = next(iter(found.values())).pop()
    return title[:match.start()] + named + title[match.end():]


def name_journey(title: str, sentence: str, previous: str) -> str:
    """ "BP called off the visit" -> "BP called off the visit to Houston": "the visit/trip" with no destination,
    named by the one "<travel verb> to <Name>" of the sentence right before ("He was set to fly to Houston"); none,
    two places, or the title's own sentence giving one: unchanged (events.yaml definite_clauses journey_nouns)."""
    patterns = _definite_clause_patterns()
    match = patterns["journey"].search(title)
    if not match or not previous or patterns["travel"].search(sentence):
        return title
    places = {m.group("place") for m in patterns["travel"].finditer(previous)}
    if len(places) != 1:
        return title
    return title[:match.end()] + " to " + places.pop() + title[match.end():]

# --- "The mercurial leader hired ..." -> "Moammar Gadhafi hired ...": an epithet named like a pronoun ---------------

_AGE = re.compile(r"\d{1,3}-year-old")


@cache
def _epithet_table() -> dict[str, frozenset[str]]:
    """events.yaml epithets: the role nouns an epithet may be, the describing words that may stand before them, and
    the words before a capitalised name that tell it is no person ("in Tripoli", "the Monitor Group")."""
    table = events_rules()["epithets"]
    return {key: frozenset(str(w).lower() for w in table[key])
            for key in ("roles", "modifiers", "not_person_after", "group_numbers", "demonyms", "body_nouns")}


@cache
def group_number_sentences() -> int:
    """events.yaml epithets group_number_sentences: how many sentences before "The four" may tell its noun phrase."""
    return int(events_rules()["epithets"]["group_number_sentences"])


def _epithet_opening(title: str) -> tuple[str, int]:
    """The role noun of a title that opens with an epithet ("The mercurial leader hired" -> ("leader", 3), "The
    singer's casket" -> ("singer", 2)), with the number of words it spans; ("", 0) for any other title. Only the
    describing words of the table may stand before the role: "the former president", "the rebel leader" name
    someone else."""
    words = title.split(" ")
    table = _epithet_table()
    if len(words) < 3 or words[0] != "The":
        return "", 0
    k = 1
    while k < 3 and k < len(words) - 1 and (_bare(words[k]) in table["modifiers"] or _AGE.fullmatch(_bare(words[k]))):
        k += 1
    for size in (2, 1):
        role = " ".join(words[k:k + size])
        bare = role.lower().removesuffix("'s").removesuffix("’s")
        end = k + size
        following = _bare(words[end]) if end < len(words) else ""
        if bare in table["roles"] | table["demonyms"] and following and (_is_verb(following) or is_adverb(following)
                                                                         or bare != role.lower()):
            return bare, end
    return "", 0


def _name_of_name(before: Sequence[str]) -> bool:
    """Whether the words before a capitalised run end with a capitalised word and "of": the run ends a longer name
    ("the Apollo Legends Hall of Fame", "the Gulf of Mexico"), no person's."""
    return len(before) >= 2 and before[-1] == "of" and before[-2][:1].isupper()


def _person_names_in(text: str) -> list[str]:
    """The capitalised names of a piece of text that may be a person's: not a day or a month, not an acronym, not
    after a word that tells a place or a body ("in Tripoli", "the Apollo theater": events.yaml epithets
    not_person_after)."""
    found = []
    for match in _CAPITALISED_RUN.finditer(text):
        before = text[:match.start()].split()
        if before and before[-1].lower() in _epithet_table()["not_person_after"] or _name_of_name(before):
            continue
        words = [POSSESSIVE.sub("", w) for w in match.group(0).split()]
        while words and words[0].lower() in lexicon().stopwords:
            words.pop(0)
        name = " ".join(words)
        if name and name.lower() not in _calendar_names() and not (name.isupper() and " " not in name):
            found.append(name)
    return found


def epithet_referent(role: str, previous: str, before: str, history: Sequence[str], names: Sequence[str],
                     mentions: Sequence[tuple[str, str]]) -> str:
    """The person "the <epithet>" stands for: the subject of the sentence right before (`previous`, whose subject
    is history[-1]) when it is a person's name, no other person's name stands between (in the rest of `previous`
    and `before`, the epithet's own sentence up to it), the article never bound that person to a role of another
    kind ("Dr Murray" is no singer) nor bound the epithet's role to someone else; else ""."""
    subject = history[-1] if history else ""
    if not subject or not subject[:1].isupper() or _bare(subject.split()[0]) in _DETERMINER_WORDS \
            or not fits(subject, "person", [*names, *history]) or _organisation_ending(subject):
        return ""
    at = previous.find(subject)
    between = (previous[at + len(subject):] if at >= 0 else previous) + " " + before
    if any(not _same_referent(other, subject) for other in _person_names_in(between)):
        return ""
    roles = _same_role(role)
    for name, bound in mentions:
        person_role = bound and role_nouns().get(bound) == "person"
        if person_role and _same_referent(name, subject) != (bound in roles):
            return ""  # bound to another role, or the epithet's role bound to another person
    return _full_name(subject, mentions) or subject


def only_person(previous: str, before: str, mentions: Sequence[tuple[str, str]]) -> str:
    """ "... if Alan Joyce, the newly installed chief executive of Qantas Airways, is to be believed. The Irishman took
    the helm": the one person the sentence before names (by a full name, or a surname of one the article named in
    full, written as its full name), when the epithet's own sentence names no one before it; else ""."""
    found: list[str] = []
    for name in _person_names_in(previous):
        if _is_person(name, mentions) and not _organisation_ending(name) \
                and not any(_same_referent(name, other) for other in found):
            found.append(name)
    if len(found) != 1 or any(_is_person(n, mentions) for n in _person_names_in(before)):
        return ""
    return _full_name(found[0], mentions)


@cache
def _possessive_pronoun_genders() -> dict[str, frozenset[str]]:
    """events.yaml possessive_by_previous pronouns: each possessive pronoun with the person pronouns of its gender."""
    table = events_rules()["possessive_by_previous"]["pronouns"]
    return {str(k): frozenset(str(w) for w in v) for k, v in table.items()}


def _person_words_fit(previous: str, name: str, pronoun: str, mentions: Sequence[tuple[str, str]]) -> bool:
    """Whether the person pronouns and nouns of the sentence before may all stand for `name`: each pronoun of the
    title pronoun's gender; each person noun definite ("the star") and of a role the article bound `name` to."""
    words = [_bare(t) for t in _TOKEN.findall(previous)]
    gender = _possessive_pronoun_genders()[pronoun]
    others = lexicon().person_pronouns | {"him", "himself", "herself", "hers"}
    nouns = _person_nouns()
    for k, word in enumerate(words):
        pair = " ".join(words[k:k + 2])
        noun = pair if pair in nouns else word if word in nouns else ""
        if word in others and word not in gender:
            return False
        if noun and not (k > 0 and words[k - 1] == "the" and _bound(name, _same_role(noun), mentions)):
            return False
    return True


def name_possessive_by_previous(title: str, sentence: str, previous: str,
                                mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "His songs topped the charts" -> "Michael Jackson's songs topped the charts" when the sentence before names
    one person (only_person), whom its person words may all stand for (_person_words_fit), and the title's own
    sentence names no one before it (events.yaml possessive_by_previous); else the title unchanged."""
    words = title.split(" ", 1)
    pronoun = words[0].lower()
    if pronoun not in _possessive_pronoun_genders() or words[0] != words[0].capitalize() or len(words) < 2 \
            or not words[1][:1].islower() or not previous:
        return title
    before = _text_before(title, 2, sentence)
    people = _person_nouns() | lexicon().person_pronouns
    if any(_bare(t) in people for t in _TOKEN.findall(before)):
        return title  # "The nurse said his lawyers ...": whose is unclear (a name before it: only_person)
    name = only_person(previous, before, mentions)
    if not name or not _person_words_fit(previous, name, pronoun, mentions):
        return title
    return _with_name(title, name)


def _text_before(title: str, words: int, sentence: str) -> str:
    """The title's sentence up to where the title's first `words` words stand in it (the whole sentence when they
    do not)."""
    opening = " ".join(title.split(" ")[:words]).lower()
    at = sentence.lower().find(opening)
    return sentence[:at] if at >= 0 else sentence


def name_epithet(title: str, previous: str, sentence: str, history: Sequence[str], names: Sequence[str],
                 mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "The mercurial leader hired The Monitor Group" -> "Moammar Gadhafi hired The Monitor Group" when the
    sentence before has Moammar Gadhafi for its subject and names no one else (epithet_referent); else the title
    unchanged. `sentence`: the title's own."""
    role, end = _epithet_opening(title)
    before = _text_before(title, end, sentence) if role else ""
    name = epithet_referent(role, previous, before, history, names, mentions) if role else ""
    if not name and role in _epithet_table()["demonyms"]:
        name = only_person(previous, before, mentions)
    if not name:
        return title
    words = title.split(" ")
    possessive = words[end - 1].endswith(("'s", "’s"))
    return name + (words[end - 1][-2:] if possessive else "") + " " + " ".join(words[end:])


MAX_GROUP_NOUN_WORDS = 3  # "four French nationals": the words a number's noun phrase may hold after it


def _numbered_group(number: str, text: str) -> str:
    """The noun phrase the one "<number> ..." of a text opens ("four French nationals" of "rebels released four
    French nationals detained in Benghazi"): up to MAX_GROUP_NOUN_WORDS words, no verb nor function word, a plural
    last; "" when the number stands there twice or never, or heads no such phrase."""
    tokens = _TOKEN.findall(text)
    at = [k for k, t in enumerate(tokens) if _bare(t) == number]
    if len(at) != 1:
        return ""
    phrase: list[str] = []
    for token in tokens[at[0] + 1:at[0] + 1 + MAX_GROUP_NOUN_WORDS]:
        word = _bare(token)
        if not word or not word.replace("-", "").isalpha() or _is_verb(word) or past_of_gerund(word) \
                or word in lexicon().stopwords and not token[:1].isupper():  # "Two Reuters journalists missing in"
            break
        phrase.append(token.strip(_EDGE))
        if token[-1:] in _EDGE:
            break
    last = _bare(phrase[-1]) if phrase else ""
    if not last.endswith("s") or last.endswith("ss"):
        return ""
    return " ".join(phrase)


def name_number_group(title: str, previous: str, sentence: str) -> str:
    """ "The four traveled to Egypt" -> "The four French nationals traveled to Egypt" when the sentence before (or
    the title's own, up to it) tells of "four French nationals" and of no other four (_numbered_group); else the
    title unchanged."""
    words = title.split(" ")
    if len(words) < 3 or words[0] != "The" or _bare(words[1]) not in _epithet_table()["group_numbers"] \
            or not _is_verb(_bare(words[2])):
        return title
    group = _numbered_group(_bare(words[1]), previous + " " + _text_before(title, 2, sentence))
    if not group or _bare(group.split()[-1]) in {_bare(w) for w in words[2:3 + MAX_GROUP_NOUN_WORDS]}:
        return title  # "The four freed journalists": the title names its noun already
    return " ".join([words[0], words[1], group, *words[2:]])


# --- "The woman burst into ...", "The 18-year-old was arrested": a definite description the article named ---------

@cache
def _definite_table() -> dict[str, Any]:
    """events.yaml definite_antecedents: the relative pronouns after an apposition, how long a description may be."""
    table = events_rules()["definite_antecedents"]
    return {"relatives": frozenset(str(w).lower() for w in table["relative_pronouns"]),
            "max_words": int(table["max_description_words"]),
            "head_prepositions": frozenset(str(w).lower() for w in table["head_prepositions"]),
            "head_sentences": int(table["head_sentences"])}


_APPOSED_NAME = r"(?P<name>(?:the\s)?[A-Z][\w'’-]*+(?:\s(?:(?:al|el|bin|de|van|von)-?\s?)?[A-Z][\w'’-]*+){0,3}+)"


@cache
def _relative_apposition() -> re.Pattern[str]:
    """ "Eman al-Obaidi, the woman who burst", "the Free Officers, the group of young army officers who overthrew",
    "Nicole Alvarez, an actress who met": a capitalised name, a comma, "the" or "a"/"an", a lower-case description
    with no punctuation, then a relative pronoun."""
    relatives = "|".join(sorted(_definite_table()["relatives"]))
    return re.compile(rf"(?<![\w'’]){_APPOSED_NAME},\s(?P<description>(?:the|an?)(?:\s(?!(?:{relatives})\s)[a-z][\w-]*+)++)"
                      rf"\s(?:{relatives})\s")


def _apposed_description(title: str, sentence: str) -> tuple[str, int]:
    """The name a title's opening description stands in apposition to in its sentence ("Eman al-Obaidi, the woman who
    burst ..." for "The woman burst ..."), with the number of words the description spans: only when the sentence
    writes that description once, the title does not keep the relative pronoun ("A key oil town that they seized":
    its object, not its subject), after a name that opens no adverbial ("In Tripoli, the man who": a place) and is
    no day; else ("", 0)."""
    low = title.lower()
    found = [m for m in _relative_apposition().finditer(sentence)
             if low.startswith(m.group("description").lower() + " ")
             and _bare(low[len(m.group("description")):].split(" ", 2)[1]) not in _definite_table()["relatives"]
             and len(m.group("description").split()) <= _definite_table()["max_words"] + 1]
    if len(found) != 1 or sentence.lower().count(found[0].group("description").lower() + " ") != 1:
        return "", 0
    match = found[0]
    name = match.group("name")
    before = sentence[:match.start()].split()
    lex = lexicon()
    words = [_bare(w) for w in name.removeprefix("the ").split()]
    if any(w in _calendar_names() or w in lex.opening_prepositions | lex.connectives for w in words) \
            or before and _bare(before[-1]) in lex.opening_prepositions and len(before) <= 2:
        return "", 0  # "On Monday, the man who", "In Tripoli, the man who": an adverbial, no apposition
    return name[:1].upper() + name[1:], len(match.group("description").split())


def _age_opening(title: str) -> tuple[str, int]:
    """ "The 23-year-old man arrived ..." -> ("23", 3): the age of a title that opens with "The <N>-year-old", and the
    words up to its first verb (at most definite_antecedents max_description_words, all lower case); ("", 0)
    otherwise."""
    words = title.split(" ")
    age = _AGE.fullmatch(words[1]) if len(words) > 2 and words[0] == "The" else None
    if not age:
        return "", 0
    verb = next((k for k in range(2, len(words)) if words[k][:1].islower() and _is_verb(_bare(words[k]))), -1)
    if verb < 0 or verb - 1 > _definite_table()["max_words"] \
            or any(not w[:1].islower() or w[-1:] in _EDGE for w in words[2:verb]):
        return "", 0
    return age.group(0).split("-")[0], verb


@cache
def _age_apposition(age: str) -> re.Pattern[str]:
    """ "Mohammed Bouazizi, 26,", "Mohammed Bouazizi, a 26-year-old", "26-year-old Mohammed Bouazizi": a person's name
    given the age."""
    return re.compile(rf"(?P<name>{_PERSON_NAME}),\s(?:{age},|an?\s{age}-year-old\b)"
                      rf"|(?<![\w-]){age}-year-old\s(?P<after>{_PERSON_NAME})")


def _aged_person(age: str, texts: Sequence[str]) -> str:
    """The one person the article gave `age` in apposition ("Mohammed Bouazizi, 26,") in `texts`; "" when none or
    two different people were given it."""
    found: list[str] = []
    for text in texts:
        for match in _age_apposition(age).finditer(text):
            name = match.group("name") or match.group("after")
            if fits(name, "person") and not any(_same_referent(name, other) for other in found):
                found.append(name)
    return found[0] if len(found) == 1 else ""


def name_definite(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """A title that opens with a definite description named where the article names it (events.yaml
    definite_antecedents): "The woman burst into a hotel" -> "Eman al-Obaidi burst into a hotel" when its sentence
    reads "Eman al-Obaidi, the woman who burst"; "The 26-year-old set himself on fire" -> "Mohammed Bouazizi set
    himself on fire" when the article (`texts`, the sentences before, and this one) gave that age to one person
    only. Else the title unchanged."""
    name, size = _apposed_description(title, sentence)
    if not name:
        age, size = _age_opening(title)
        name = _aged_person(age, [*texts, sentence]) if age else ""
    return " ".join([name, *title.split(" ")[size:]]) if name else title


# --- "The letter was made public" -> "The letter to the U.N. General Assembly was made public" ---------------------

@cache
def _same_head_pattern(head: str) -> re.Pattern[str]:
    """ "a letter to the U.N. General Assembly", "a group of British special forces": an indefinite article, the head
    noun, a preposition of events.yaml definite_antecedents head_prepositions, then a phrase that opens with a
    capitalised word (maybe after "the") and runs on in words of no punctuation (capitalised ones or the lower-case
    words of a noun phrase, up to max_description_words)."""
    prepositions = "|".join(sorted(_definite_table()["head_prepositions"]))
    size = _definite_table()["max_words"]
    return re.compile(rf"(?<![\w'’-])(?i:an?)\s{re.escape(head)}\s(?P<complement>(?:{prepositions})\s(?:the\s)?"
                      rf"[A-Z][\w.'’&-]*+(?:\s[\w.'’&-]++){{0,{size}}}+)")


def _complement_of(head: str, texts: Sequence[str]) -> str:
    """The one phrase the article hung on "a <head>" in `texts` ("to the U.N. General Assembly" of "In a letter to the
    U.N. General Assembly, the council asked"; "of British special forces"): the preposition, the capitalised words,
    and lower-case words after them only when they end on a plural noun ("British special forces", not "Obama last
    week"); "" when `texts` introduce no such "a <head>" or two different ones."""
    found: set[str] = set()
    for text in texts:
        for match in _same_head_pattern(head).finditer(text):
            words = match.group("complement").split()
            name_end = 2 if _bare(words[1]) == "the" else 1  # the first capitalised word
            while name_end + 1 < len(words) and words[name_end + 1][:1].isupper():
                name_end += 1
            end = name_end
            while end + 1 < len(words) and _plain_noun_word(words[end + 1]):
                end += 1
            last = _bare(words[end])
            if end > name_end and not (last.endswith("s") and not last.endswith("ss")):
                end = name_end
            phrase = " ".join(words[:end + 1])
            found.add(phrase[:-1] if phrase.endswith(".") and "." not in phrase.split()[-1][:-1] else phrase)
    return found.pop() if len(found) == 1 else ""


@cache
def _head_apposition_pattern(head: str) -> re.Pattern[str]:
    """ "a more traditional lobbying firm, The Livingston Group,": an indefinite article, up to three lower-case
    words, the head noun, a comma, then a name (capitalised words, maybe after "The") that a comma or a full stop
    closes."""
    return re.compile(rf"(?<![\w'’-])(?i:an?)\s(?:[a-z][\w-]*+\s){{0,3}}?{re.escape(head)},\s"
                      rf"(?P<name>(?:The\s)?[A-Z][\w&'’-]*+(?:\s[A-Z][\w&'’-]*+){{0,3}}+)(?=[,.;])")


def _apposed_to_head(head: str, texts: Sequence[str]) -> str:
    """The one name the article set in apposition to "a ... <head>" in `texts` ("The Livingston Group" of "Libya
    retained a more traditional lobbying firm, The Livingston Group, led by ..."); "" when none, two different ones
    or a day or a month."""
    found = {m.group("name") for text in texts for m in _head_apposition_pattern(head).finditer(text)}
    if len(found) != 1:
        return ""
    name = found.pop()
    return "" if any(_bare(w) in _calendar_names() for w in name.split()) else name


def _plain_noun_word(token: str) -> bool:
    """A lower-case word that may stand in a noun phrase: no verb, gerund, adverb or stopword."""
    word = _bare(token)
    return token[:1].islower() and word.isalpha() and not _is_verb(word) and not past_of_gerund(word) \
        and not is_adverb(word) and word not in lexicon().stopwords


def name_by_same_head(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """ "The letter was made public" -> "The letter to the U.N. General Assembly was made public" when the
    sentences just before (definite_antecedents head_sentences of `texts`) or this one before the title introduced
    one "a letter" with a phrase that names it (_complement_of); "The group was let go" -> "The group of British
    special forces was let go"; "The firm lobbied" -> "The Livingston Group lobbied" after "a lobbying firm, The
    Livingston Group," (_apposed_to_head). The title must open with "The", the head and a verb or a comma; else
    unchanged."""
    words = title.split(" ")
    if len(words) < 3 or words[0] != "The" or not words[1].isalpha() or not words[1].islower() \
            or not (_is_verb(_bare(words[2])) or words[1].endswith(",")):
        return title
    window = [*texts[max(0, len(texts) - _definite_table()["head_sentences"]):], _text_before(title, 2, sentence)]
    name = _apposed_to_head(words[1], window)
    if name:
        return " ".join([name, *words[2:]])
    complement = _complement_of(words[1], window)
    return " ".join([words[0], words[1], complement, *words[2:]]) if complement else title




# --- "One of his sons, the London-educated Saif al-Islam, appeared" -> "Saif al-Islam appeared" --------------------

@cache
def _subject_apposition_table() -> dict[str, Any]:
    table = events_rules()["subject_appositions"]
    return {"determiners": tuple(str(w).lower() for w in table["determiners"]),
            "max_description_words": int(table["max_description_words"]),
            "max_subject_words": int(table["max_subject_words"])}


@cache
def _subject_apposition() -> re.Pattern[str]:
    """ ", the London-educated Saif al-Islam, " / ", Thomas Mesereau, ": a comma, maybe a determiner of events.yaml
    subject_appositions and a few lower-case words ("London-educated" too), a name of two to four capitalised words
    (a particle such as "al-" inside), and a comma that no "and" / "or" follows (a name joined to another is no
    apposition of one)."""
    table = _subject_apposition_table()
    determiners = "|".join(re.escape(d) for d in table["determiners"])
    description = rf"(?:(?:[a-z][\w-]*+|[A-Z]\w*+-[a-z][\w-]*+)\s){{0,{table['max_description_words']}}}+"
    return re.compile(rf",\s(?:(?:{determiners})\s{description})?"
                      rf"(?P<name>[A-Z][a-z'’-]++(?:\s(?:[a-z]{{1,3}}-)?[A-Z][a-z'’-]++){{1,3}}+),\s"
                      rf"(?!(?:and|or)\s)")


def _describes_person(subject: Sequence[str]) -> bool:
    """Whether a subject's last word is a person noun of events.yaml person_nouns, maybe plural ("sons")."""
    last = _bare(subject[-1]).lower()
    nouns = _person_nouns()
    return last in nouns or last.endswith("s") and last[:-1] in nouns \
        or len(subject) > 1 and f"{_bare(subject[-2]).lower()} {last}" in nouns


def name_apposed_subject(title: str, sentence: str) -> str:
    """ "One of his sons again appeared" -> "Saif al-Islam again appeared" when its sentence reads "One of his sons,
    the London-educated Saif al-Islam, again appeared": a subject that describes a person (_describes_person), then
    in the sentence a person's name in apposition (_subject_apposition) and the title's next word. Else the title
    unchanged."""
    words = title.split(" ")
    for size in range(1, min(len(words) - 1, _subject_apposition_table()["max_subject_words"]) + 1):
        if words[size - 1][-1:] in _EDGE or not _describes_person(words[:size]):
            continue
        subject = " ".join(words[:size])
        for written in (subject, subject[:1].lower() + subject[1:]):
            at = sentence.find(written + ",")
            match = _subject_apposition().match(sentence, at + len(written)) if at >= 0 else None
            if match and sentence.startswith(words[size] + " ", match.end()) and fits(match.group("name"), "person"):
                return " ".join([match.group("name"), *words[size:]])
    return _name_by_colon_apposition(title, sentence)


_COLON_NAME = re.compile(r":\s(?P<name>[A-Z][a-z'’-]++(?:\s(?:[a-z]{1,3}-)?[A-Z][a-z'’-]++){1,3}+)(?:,\s(?!(?:and|or)\s)|\.?$)")


def _name_by_colon_apposition(title: str, sentence: str) -> str:
    """ "One man stepped forward" -> "John Shimkus stepped forward" when its sentence reads "one man has stepped
    forward: John Shimkus, Republican of Illinois.": a singular subject that describes a person, the title's clause
    ending right at the sentence's one colon, and after it a person's name closed by a comma (no "and"/"or" after
    it) or the sentence's end. A plural subject, a name that goes on with a verb ("...: Shimkus said"), or words of
    the title's clause missing before the colon: unchanged."""
    words = title.split(" ")
    if sentence.count(":") != 1 or len(words) < 3:
        return title
    before, _, _ = sentence.partition(":")
    match = _COLON_NAME.search(sentence)
    last = words[-1]
    if not match or not before.rstrip().endswith(" " + last) or not fits(match.group("name"), "person"):
        return title
    for size in range(1, min(len(words) - 1, _subject_apposition_table()["max_subject_words"]) + 1):
        subject = words[:size]
        noun = _bare(subject[-1]).lower()
        if subject[-1][-1:] in _EDGE or not _describes_person(subject) or noun not in _person_nouns():
            continue  # "Two men": one name cannot stand for them
        written = " ".join(subject)
        at = max(before.find(written), before.find(written[:1].lower() + written[1:]))
        if at < 0 or "," in before[at:] or '"' in before[at:] or "“" in before[at:]:
            return title  # another clause or a quotation between the subject and the colon
        return " ".join([match.group("name"), *words[size:]])
    return title


@cache
def _object_table() -> dict[str, frozenset[str]]:
    """events.yaml object_by_previous: each object pronoun named with the possessive of its gender, and the words
    after which an object pronoun may stand for the title's own subject."""
    table = events_rules()["object_by_previous"]
    return {"pronouns": frozenset(str(k) for k in table["pronouns"]),
            "clause_openers": frozenset(str(w).lower() for w in table["clause_openers"])}


def name_object_pronoun(title: str, sentence: str, previous: str, mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "Dr Murray found him in bed" -> "Dr Murray found Jackson in bed" when the main clause's object pronoun
    (events.yaml object_by_previous) can only be the one person the sentence right before names (only_person), whom
    that sentence's person words may all stand for (_person_words_fit), the title names no one of that name (it is
    not its own subject) and holds no other person pronoun; else the title unchanged."""
    words = title.split(" ")
    table = _object_table()
    at = -1
    for k, token in enumerate(words[1:], 1):
        word = _bare(token)
        if word in table["clause_openers"]:
            return title  # "warned Jackson about using propofol to help him sleep": maybe the title's own name
        if word in table["pronouns"] and token == word + token[len(word):] and not token[len(word):].strip(",.;:"):
            at = k
            break
    person_words = lexicon().person_pronouns | {"him", "himself", "herself", "hers"}
    if at < 0 or sum(_bare(w) in person_words for w in words) != 1 or not previous:
        return title
    gender = next(iter(g for g, group in _possessive_pronoun_genders().items() if _bare(words[at]) in group), "")
    name = only_person(previous, _text_before(title, 2, sentence), mentions)
    if not name or not gender or not _person_words_fit(previous, name, gender, mentions):
        return title
    if any(POSSESSIVE.sub("", _bare(w)) in {_bare(n) for n in name.split()} for w in words):
        return title  # "Dr Murray found him": never Dr Murray
    words[at] = name + words[at][len(_bare(words[at])):]
    return " ".join(words)


# --- "The woman was admitted" -> "A 20-year-old Moroccan woman was admitted": the article's own first description --

@cache
def _introduction_table() -> dict[str, Any]:
    """events.yaml introduced_descriptions: the head nouns, how many describing words, the prepositions of a
    complement, the words that tell a second entity of the head, and the words after which a title's clause opens."""
    table = events_rules()["introduced_descriptions"]
    return {"heads": frozenset(str(w).lower() for w in [*table["heads"], *table["thing_heads"]]),
            "thing_heads": frozenset(str(w).lower() for w in table["thing_heads"]),
            "thing_words": frozenset(str(w).lower() for w in table["thing_describing_words"]),
            "max_words": int(table["max_describing_words"]),
            "prepositions": tuple(str(w).lower() for w in table["complement_prepositions"]),
            "others": frozenset(str(w).lower() for w in table["other_entity_words"]),
            "openers": frozenset(str(w).lower() for w in table["clause_openers"]),
            "named_heads": frozenset(str(w).lower() for w in table["named_heads"]),
            "subject_links": frozenset(str(w).lower() for w in table["subject_links"])}


@cache
def _introduction_pattern(head: str) -> re.Pattern[str]:
    """ "a 20-year-old Moroccan woman", "A 23-year-old woman from Paisley", "a 12-year-old boy": "a"/"an", up to
    max_describing_words describing words (lower-case, ages, or capitalised adjectives), the head noun (no plural),
    then maybe a complement preposition and a capitalised name."""
    table = _introduction_table()
    prepositions = "|".join(table["prepositions"])
    return re.compile(rf"(?<![\w'’-])(?P<det>[Aa]n?)\s(?P<words>(?:[\w-]++\s){{0,{table['max_words']}}}?){head}"
                      rf"(?![\w'’-])(?P<complement>\s(?:{prepositions})\s[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+){{0,2}}+)?")


def _describing_word(token: str, thing: bool = False) -> bool:
    """A word that may describe the head of an introduction: an age ("20-year-old"), a number, a lower-case word of
    a noun phrase or a capitalised adjective of nationality ("Moroccan"), or for a `thing` any capitalised word ("a
    new California law": whose or where it is); no verb, stopword or punctuation."""
    if _AGE.fullmatch(token) or token.isdigit():
        return True
    if token[:1].isupper():
        if thing:
            return bool(re.fullmatch(r"[A-Z][\w.'’-]*", token)) and token.lower() not in lexicon().stopwords
        return token.isalpha() and token.endswith(("an", "ese", "ish", "i"))  # "Moroccan", "Chinese", "British"
    if thing and token in _introduction_table()["thing_words"]:
        return True
    return _plain_noun_word(token) or bool(re.fullmatch(r"[a-z]+-[a-z]+", token))


@cache
def _other_of_head_pattern(head: str) -> re.Pattern[str]:
    """ "a second girl", "another woman": one more of `head` than the one a title could mean."""
    others = "|".join(sorted(_introduction_table()["others"]))
    return re.compile(rf"(?<![\w-])(?:{others})\s(?:[\w-]+\s){{0,2}}?{head}\b", re.IGNORECASE)


def _introductions(head: str, describing: Sequence[str], texts: Sequence[str]) -> set[str] | None:
    """The different indefinite descriptions of `head` in `texts` that hold the title's `describing` words
    ("a 20-year-old Moroccan woman"), without their article; None when one tells of a second entity ("a second
    girl", "another woman") or a plural of the head stands there."""
    table = _introduction_table()
    found: set[str] = set()
    for text in texts:
        if _other_of_head_pattern(head).search(text):
            return None  # "A second girl on the same trip", "another woman": two of the head in the article
        for match in _introduction_pattern(head).finditer(text):
            words = match.group("words").split()
            thing = head in table["thing_heads"]
            if not all(_describing_word(w, thing) for w in words) or not words and not match.group("complement"):
                found.add("")  # "a man", "a patient who": one more of the head, that the title could mean
                continue
            before = text[:match.start()].split()
            if before and before[-1][-1:] not in "-–—:;," and _bare(before[-1]) not in table["subject_links"]:
                continue  # "obtained from a single patient in Denmark": an aside, not the one the article tells of
            if any(w.lower() in table["others"] for w in words) \
                    or not all(d in (w.lower() for w in words) for d in describing):
                continue
            complement = match.group("complement") or ""
            after = text[match.end():].split(" ", 2)
            if complement and len(after) > 1 and not after[0] and _plain_noun_word(after[1]) \
                    and after[1][-1:] not in _EDGE:
                complement += " " + after[1]  # "from Royal Free hospital": the noun the name qualifies
            found.add(" ".join([*words, head]) + complement)
    return found


def _verb_word(token: str, following: str = "") -> bool:
    """A lower-case verb; a present "-s" form ("follows", "passes") only before "a"/"an"/"the" ("follows an arms
    embargo"), since "council members" ends in "-s" too."""
    word = _bare(token)
    if not token[:1].islower():
        return False
    return _is_verb(word) or word.endswith("s") and following.lower() in ("a", "an", "the") \
        and (is_past(word[:-1] + "ed") or is_past(word[:-2] + "ed"))


def _indefinite_article(phrase: str) -> str:
    """"an" before a vowel or a number said with one ("an 18-year-old", "an 8-year-old"), else "a"."""
    first = phrase.split(" ")[0].split("-")[0]
    if first.isdigit():
        return "an" if first.startswith("8") or first in ("11", "18") else "a"
    return "an" if first[:1].lower() in "aeio" else "a"


def name_by_introduction(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """ "The woman was admitted to hospital" -> "A 20-year-old Moroccan woman was admitted to hospital" when the
    sentences before (`texts`) or this one before the title introduced one woman so ("A 20-year-old Moroccan woman
    infected with swine flu has died"; events.yaml introduced_descriptions). The description opens the title or a
    reported clause ("said the female worker fell ill"), is "the", lower-case describing words and a head of the
    table, then a lower-case verb; two different introductions, a second entity of the head, or none: unchanged."""
    words = title.split(" ")
    table = _introduction_table()
    for start in range(len(words) - 2):
        if start and _bare(words[start - 1]) not in table["openers"] or words[start].lower() != "the":
            continue
        end = start + 1
        while end < len(words) and end - start <= table["max_words"] + 1 \
                and _bare(words[end]) not in table["heads"] and _describing_word(words[end]):
            end += 1
        if end + 1 >= len(words) or words[end] not in table["heads"] or not _verb_word(words[end + 1], words[end + 2] if end + 2 < len(words) else ""):
            continue
        description = " ".join(words[start:end + 1]).lower()
        at = sentence.lower().find(description)
        found = _introductions(words[end], [w.lower() for w in words[start + 1:end]],
                               [*texts, sentence[:at] if at >= 0 else sentence])
        if found is None or len(found) != 1 or "" in found:
            return title
        phrase = found.pop()
        article = _indefinite_article(phrase)
        if not start:
            article = article.capitalize()
        return " ".join([*words[:start], article, phrase, *words[end + 1:]])
    return title


@cache
def _named_head_pattern(head: str) -> re.Pattern[str]:
    """ "the National Transitional Council", "U.N. Security Council Resolution 1973": one to four capitalised words
    before the capitalised head, maybe a number after it."""
    cap = head.capitalize()
    return re.compile(rf"(?<![\w'’.-])(?P<name>(?:[A-Z][\w.'’-]*+\s){{0,4}}{cap}(?:\s\d++)?)(?![\w'’-])")


@cache
def _unnamed_head_pattern(head: str) -> re.Pattern[str]:
    """ "a military council": the head introduced in lower case, one that has no name."""
    return re.compile(rf"(?<![\w-])[Aa]n?\s(?:[\w-]+\s){{0,3}}?{head}\b")


def _named_heads(head: str, texts: Sequence[str]) -> set[str] | None:
    """The different names of `head` in `texts` told apart by their last two words ("Resolution 1973" of "U.N.
    Security Council Resolution 1973"), each kept as first written; None when the texts also introduce "a ... <head>"
    in lower case ("a military council": one that has no name) or write the head alone, capitalised, with no name."""
    first: dict[str, str] = {}
    for text in texts:
        if _unnamed_head_pattern(head).search(text):
            return None
        for match in _named_head_pattern(head).finditer(text):
            name = match.group("name")
            words = name.split()
            while len(words) > 1 and (words[0].lower() in lexicon().stopwords or _bare(words[0]) in _calendar_names()):
                words = words[1:]  # "The National ..." opening a sentence, "Friday Security Council": not the name
            if len(words) < 2:
                continue  # "Council" alone names none
            first.setdefault(" ".join(words[-2:]), " ".join(words))
    return set(first.values())


def name_by_named_head(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """ "The council held its first meeting" -> "The National Transitional Council held its first meeting" when the
    sentences before (`texts`) named one council only ("the National Transitional Council"; events.yaml
    introduced_descriptions named_heads); "The resolution follows" -> "Resolution 1973 follows". Two different
    names, a lower-case "a ... council", or a title that goes on without a verb: unchanged."""
    words = title.split(" ")
    # (definites10) the head capitalised too: "The Council imposed" is the article's short form of its one named
    # council ("the U.N. Security Council")
    if len(words) < 3 or words[0] != "The" or words[1].lower() not in _introduction_table()["named_heads"] \
            or not _verb_word(words[2], words[3] if len(words) > 3 else ""):
        return title
    description = " ".join(words[:2]).lower()
    at = sentence.lower().find(description)
    found = _named_heads(words[1].lower(), [*texts, sentence[:at] if at >= 0 else ""])
    if not found or len(found) != 1:
        return title
    name = found.pop()
    if not name.split()[-1].isdigit():
        name = "The " + name  # "the National Transitional Council" takes "the"; "Resolution 1973" none
    return " ".join([name, *words[2:]])


# --- "A sixth pupil from the independent school" -> "A sixth pupil from Alleyn's School": a description the ---------
# --- article attached to one name before ---------------------------------------------------------------------------

@cache
def _described_head_table() -> dict[str, Any]:
    """events.yaml named_descriptions: how many describing words, the heads a name may end in, the words that may
    follow "<head> <Name>", and the heads other rules name (people, places, trials)."""
    table = events_rules()["named_descriptions"]
    others = {str(w).lower() for key in ("person_nouns", "organisation_nouns", "place_nouns", "owned_nouns", "alliance_nouns") for w in events_rules()[key]}
    others |= {str(w).lower() for w in events_rules()["definite_places"]["nouns"]}
    others |= {str(w).lower() for w in events_rules()["definite_events"]["nouns"]} | lexicon().event_nouns
    return {"modifiers": int(table["modifiers"]),
            "name_heads": frozenset(str(w).lower() for w in table["name_heads"]),
            "after_name": frozenset(str(w).lower() for w in table["after_name"]),
            "prepositions": frozenset(str(w).lower() for w in table["prepositions"]),
            "name_window": int(table["name_window"]),
            "compound_tails": frozenset(str(w).lower() for w in table["compound_tails"]),
            "institutions": frozenset(str(w).lower() for w in events_rules()["institutions"]["nouns"]),
            "names_with_the": frozenset(str(w).lower() for w in table["names_with_the"]),
            "not_heads": frozenset(str(w).lower() for w in table["not_heads"]) | others}


_DESCRIBED_NAME = r"(?:[A-Z][\w'’&-]*+|[A-Z]\.(?:[A-Z]\.)++)(?:\s(?:(?:of|al|el|bin|de)-?\s?)?[A-Z][\w'’&-]*+){0,3}+"


_LOWER_WORD = re.compile(r"[a-z]{3,}+")
_DESCRIBING_WORD = re.compile(r"[A-Z][a-z]++|[a-z]+s['’]")  # "Berkshire", "boys'"


def _descriptions_in_title(title: str) -> Iterator[tuple[int, int, str]]:
    """ "the independent school", "The Berkshire boys' school's": each "the", up to `modifiers` describing words
    (lower case, a capitalised place word, a plural possessive) and the head, the last word of the noun phrase (no
    plain noun after it), as (first word, head word, head) indices into title.split(" ")."""
    words = title.split(" ")
    mods = _described_head_table()["modifiers"]
    for k, token in enumerate(words):
        if token not in ("the", "The"):
            continue
        for j in range(k + 1, min(len(words), k + mods + 2)):
            head = words[j].rstrip(",.;:").removesuffix("'s").removesuffix("’s")
            if not _LOWER_WORD.fullmatch(head):
                after = words[j + 1] if j + 1 < len(words) else ""
                if _DESCRIBING_WORD.fullmatch(words[j]) and after[:1].islower():
                    continue  # "Berkshire", "boys'": a describing word (not "the Security Council")
                break
            if head in _described_head_table()["prepositions"]:
                break
            following = words[j + 1] if j + 1 < len(words) and words[j] == words[j].rstrip(",.;:") else ""
            if following and words[j] == head and (_bare(following) in _described_head_table()["compound_tails"]
                                                   or _plain_noun_word(following)
                                                   and _bare(following) not in _described_head_table()["prepositions"]):
                continue  # "the school spokesman": the head comes later
            yield k, j, head
            break


@lru_cache(maxsize=4096)  # one entry a title head: bounded, as a large corpus has many
def _attached_name_patterns(head: str) -> tuple[re.Pattern[str], ...]:
    """The ways an article attaches a name to a `head`: "Alleyn's School, an independent school", "the lobbying firm,
    The Livingston Group,", "Public school Eton will", "Eton is a boys' school", and (for the heads of name_heads)
    a name that ends in the capitalised head, "Alleyn's School"."""
    mods = _described_head_table()["modifiers"]
    words = rf"(?P<words>(?:(?:[\w-]++|[a-z]+s['’])\s){{0,{mods + 1}}}?)"
    name = rf"(?P<name>(?:the\s|The\s)?{_DESCRIBED_NAME})"
    h = re.escape(head)
    after = "|".join(sorted(_described_head_table()["after_name"]))
    close = r"(?=[,.;]|\s(?:in|near|which|that|who|whose|based|founded)\s)"  # the apposition ends there
    patterns = [
        rf"(?<![\w'’-]){name},\s(?:the|an?)\s{words}{h}{close}",  # "Alleyn's School, an independent school in"
        rf"(?<![\w'’-])(?i:an?)\s{words}{h},\s{name},",  # "a lobbying firm, The Livingston Group,"
        rf"(?:^|(?<=[a-z]\s))[A-Z][a-z]++\s{h}\s{name}(?=[,.;]|\s(?:{after})\s)",  # "Public school Eton will close"
        rf"(?<![\w'’-])(?:[Tt]he|[Aa]n?)\s(?:[a-z][\w-]*+\s)?{h}\s{name}(?=[,.;])",  # "the capital, Tripoli."
        rf"^{name}\s(?:is|was)\s(?:the|an?)\s{words}{h}{close}",  # "Eton is a boys' school in Berkshire"
    ]
    if head in _described_head_table()["name_heads"]:
        cap = re.escape(head.capitalize())
        patterns.append(rf"(?<![\w'’.-])(?P<name>(?:the\s)?(?:[A-Z][\w'’.-]*+\s){{1,4}}{cap})(?![\w'’-])")
    return tuple(re.compile(p) for p in patterns)


@lru_cache(maxsize=4096)  # one entry a title head: bounded, as a large corpus has many
def _unnamed_head(head: str) -> re.Pattern[str]:
    """ "a primary school", "an independent school in Leeds": the head introduced with no name; a lower-case word
    right after it makes a compound ("a school spokesman"), no introduction."""
    mods = _described_head_table()["modifiers"]
    return re.compile(rf"(?<![\w'’-])(?i:an?)\s(?:[a-z][\w-]*+\s){{0,{mods}}}?{re.escape(head)}(?![\w'’-])"
                      rf"(?:\s(?P<following>[\w'’-]++))?")


def _attached_names(head: str, texts: Sequence[str], modifiers: Sequence[str]) -> dict[str, int] | None:
    """The different names the texts attach to `head` (_attached_name_patterns), each as first written, with the
    index of the last text that attached it by an apposition (-1: only by a name that ends in the head, the index
    of the last text that wrote it, minus len(texts)); None when they also introduce one with no name (_unnamed_head)
    or describe one with a capitalised word the title's `modifiers` lack ("Tunis, the Tunisian capital" for "the
    capital")."""
    found: dict[str, int] = {}
    if not any(head in text or head.capitalize() in text for text in texts):
        return found  # every way of attaching a name, or of introducing the head, writes it: no need to build them
    patterns = _attached_name_patterns(head)
    capitalised = head.capitalize()
    for index, text in enumerate(texts):
        if head not in text and capitalised not in text:
            continue  # (every pattern, and _unnamed_head, writes the head or its capitalised form: none can match)
        spans: list[tuple[int, int]] = []
        for number, pattern in enumerate(patterns):
            for match in pattern.finditer(text):
                name = match.group("name")
                between = (match.groupdict().get("words") or "").split()
                if any(_bare(w) in lexicon().stopwords or _is_verb(_bare(w)) for w in between):
                    continue  # "Gulf, a rig drilling the relief tunnel": a clause, no description
                if any(w[:1].isupper() and _bare(w) not in modifiers for w in between):
                    return None  # "Tunis, the Tunisian capital": one of several, which the title does not say
                words = name.split()
                while words and (_bare(words[0]) in lexicon().stopwords | lexicon().opening_prepositions
                                 | lexicon().connectives or _bare(words[0]) in _calendar_names()
                                 or is_adverb(_bare(words[0]))):
                    words = words[1:]
                if not words or any(_bare(w) in _calendar_names() for w in words):
                    continue
                spans.append(match.span())
                bare = " ".join(words)
                key = next((f for f in found if _same_referent(bare.removeprefix("The "),
                                                               f.removeprefix("the ").removeprefix("The "))), "")
                if not key:
                    key = name if name.lower().startswith("the ") and len(words) > 1 else bare
                    found[key] = -len(texts) - 1
                ends_in_head = number == len(patterns) - 1 and head in _described_head_table()["name_heads"]
                found[key] = max(found[key], index - len(texts) if ends_in_head else index)
        for match in _unnamed_head(head).finditer(text):
            if _plain_noun_word(match.group("following") or "") and not _is_verb(match.group("following")):
                continue  # "a school spokesman": a compound, no school introduced
            if not any(a <= match.start() < b for a, b in spans):
                return None  # "a primary school" with no name: the title may mean that one
    return found


def name_described_head(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """ "A sixth pupil from the independent school visited the US" -> "A sixth pupil from Alleyn's School visited
    the US" when the article before (`texts`, and the title's sentence up to the phrase) attached one name to the
    head ("Alleyn's School in Dulwich", "Public school Eton will close", "X, the Senate committee,"; events.yaml
    named_descriptions) and introduced none with no name; a name that only ends in the head ("the U.N. Security
    Council") counts for a described head ("the ruling military council") when written in the last name_window
    sentences. The head is no person, place, business, event
    or trial noun that other rules name; two names, none, a name in the title already, or a phrase that goes on
    with "of" or a name ("the school of medicine", "the committee Chairman"): unchanged."""
    table = _described_head_table()
    words = title.split(" ")
    for k, j, head in _descriptions_in_title(title):
        token = words[j]
        following = _bare(words[j + 1]) if j + 1 < len(words) else ""
        possessive = token.rstrip(",.;:").endswith(("'s", "’s"))
        modifiers = [w.lower() for w in words[k + 1:j]]
        if head in table["not_heads"] or head in lexicon().stopwords or _is_verb(head) or is_adverb(head) \
                or head.endswith("ly") or following == "of" \
                or j + 1 < len(words) and words[j + 1][:1].isupper() and not possessive and token[-1:] not in ",.;:" \
                or any(w in lexicon().stopwords or _is_verb(w) for w in modifiers):
            continue
        phrase = " ".join(words[k:j] + [head])
        at = sentence.lower().find(phrase.lower())
        article = [*texts, sentence[:at] if at >= 0 else sentence]
        found = _attached_names(head, article, [_bare(w) for w in words[k + 1:j]])
        if not found or len(found) != 1:
            continue
        name, last = found.popitem()
        near_only = modifiers or head in table["institutions"]  # places: name_institutions' reach
        if last < 0 and near_only and last + len(article) < len(article) - table["name_window"]:
            continue  # "the ruling military council" far after "the U.N. Security Council": maybe another
        if last < 0 and head in table["names_with_the"] and not name.lower().startswith("the "):
            name = "the " + name  # "the U.N. Security Council"
        bare = name.removeprefix("the ").removeprefix("The ")
        if bare in title or any(_same_referent(bare, n) for n in _CAPITALISED_RUN.findall(title)):
            continue
        if k == 0:
            name = name[:1].upper() + name[1:]
        elif name.startswith("The "):
            name = "the " + name[4:]
        rest = token[token.index(head) + len(head):]
        return " ".join([*words[:k], name + rest, *words[j + 1:]])
    return title


# --- "Feinberg took over the process" -> "... the claims process": the one compound the article first made of the --
# --- head it later writes bare ------------------------------------------------------------------------------------

@cache
def _compound_head_table() -> dict[str, Any]:
    """events.yaml compound_heads: the describing words (and word endings) that make no compound ("the new process",
    "the massive leak"), the words after a head that make it part of a longer phrase."""
    table = events_rules()["compound_heads"]
    return {"describing": frozenset(str(w).lower() for w in table["describing"]),
            "describing_endings": tuple(str(w).lower() for w in table["describing_endings"]),
            "capitalised_describing_endings": tuple(str(w) for w in table["capitalised_describing_endings"]),
            "numbers": frozenset(str(w).lower() for w in table["numbers"]),
            "not_heads": frozenset(str(w).lower() for w in table["not_heads"]),
            "determiners": frozenset(str(w).lower() for w in table["determiners"]),
            "phrase_followers": frozenset(str(w).lower() for w in table["phrase_followers"]),
            "describing_skip": int(table["describing_skip"]), "run_length": int(table["run_length"]),
            "run_prepositions": frozenset(str(w).lower() for w in table["run_prepositions"]),
            "complement_prepositions": frozenset(str(w).lower() for w in table["complement_prepositions"]),
            "complement_not_heads": frozenset(str(w).lower() for w in table["complement_not_heads"]),
            "introduction_breaks": frozenset(str(w).lower() for w in table["introduction_breaks"]),
            "participle_words": int(table["participle_words"]),
            "participle_stops": frozenset(str(w).lower() for w in table["participle_stops"])}


@lru_cache(maxsize=4096)  # one entry a title head: bounded, as a large corpus has many
def _compound_head_patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """ "claims process" / "Houston clinic": one word and the head, as whole words, and the word after; "a process",
    "a federal law" (up to three words between: an introduction); "the process" bare."""
    h = re.escape(head)
    compound = re.compile(rf"(?<![\w'’.-])(?P<modifier>[A-Za-z][a-z-]*+)\s{h}(?![\w'’-])(?:\s(?P<following>[\w'’-]++))?")
    unnamed = re.compile(rf"(?<![\w'’-])(?i:an?)\s(?:[\w-]++\s){{0,3}}?{h}(?![\w'’-])")
    bare = re.compile(rf"(?<![\w'’-])(?i:the)\s{h}(?![\w'’-])")
    return compound, unnamed, bare


def _compound_modifier(match: re.Match[str], text: str) -> str:
    """The word a compound match puts before the head when it makes one ("claims", "Houston"; "swine flu" with the
    one before it of the same case), after a determiner or a possessive: no stopword, verb, adverb, describing word,
    sentence-opening capital, calendar name or possessive; the head must end the noun phrase (no plain noun after it); "-" for a word of describing_endings ("federal", "British": it may tell
    another one); "" otherwise."""
    table = _compound_head_table()
    word = match.group("modifier")
    low = word.lower()
    following = match.group("following") or ""
    if low in lexicon().stopwords or _is_verb(low) or is_adverb(low) or past_of_gerund(low) \
            or low in table["describing"] or low in _calendar_names() or low.isdigit():
        return ""
    if low.endswith(table["describing_endings"]) \
            or word[:1].isupper() and low.endswith(table["capitalised_describing_endings"]):
        return "-"  # "the federal law", "the British government": no compound, but maybe another one
    if following and _plain_noun_word(following) and _bare(following) not in _described_head_table()["prepositions"]:
        return ""  # "claims process manager": the head is no head there
    if word[:1].isupper():
        before = text[:match.start()].rstrip()
        if not before or before[-1] in ".!?:\"“" and not _ABBREVIATION.fullmatch(_word_before(text, match.start())[0]) \
                or len(word) < 3:
            return ""  # "Process ..." opening a sentence: no name ("U.S. Predator": an abbreviation's dot)
        run, start = _capitalised_run(word, match.start(), text)  # "the U.N. Security Council resolution"
        if not run:
            return ""
    else:
        # "the swine flu virus": the compound's word before, when it is one too (a plain noun of the same kind)
        run, start = word, match.start()
        previous = text[:start].rstrip().rsplit(" ", 1)[-1]
        low_previous = previous.lower()
        verb_like = low.endswith("s") and not low.endswith("ss")  # "the measure jeopardizes efforts": maybe a verb
        if not verb_like and previous.isalpha() and previous[:1].islower() \
                and _plain_noun_word(low_previous) and low_previous not in lexicon().stopwords \
                and low_previous not in table["describing"] and not low_previous.endswith(table["describing_endings"]):
            run, start = f"{previous} {word}", text.rfind(previous, 0, start)
    determiner, start = _word_before(text, start)
    for _ in range(table["describing_skip"]):  # "the fortified Tripoli compound": describing words between
        low_determiner = determiner.lower()
        if not (determiner.isalpha() and determiner.islower()) or low_determiner in table["determiners"] \
                or not (low_determiner in table["describing"] or low_determiner.endswith(table["describing_endings"])):
            break
        determiner, start = _word_before(text, start)
    if _bare(determiner) in table["determiners"] or determiner.endswith(("'s", "’s", "s'", "s’")):
        return run
    # "the use of armed U.S. Predator drones": a name's compound after a preposition that no name holds ("Gulf of
    # Mexico disaster": "of" inside a name makes no compound of its last word)
    if run[:1].isupper() and determiner.lower() in table["run_prepositions"]:
        owner, _ = _word_before(text, start)
        if owner[:1].islower():
            return run
    return ""  # "the video shows oil", "Gulf of Mexico disaster": no compound


def _word_before(text: str, start: int) -> tuple[str, int]:
    """The whitespace-separated word that ends before `start` (and where it starts); "" at the text's start."""
    head = text[:start].rstrip()
    at = max(head.rfind(" "), head.rfind("\n")) + 1
    return head[at:], at


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}")  # "U.N.", "U.S.": a name's part, not a sentence's end


def _capitalised_run(word: str, start: int, text: str) -> tuple[str, int]:
    """The run of capitalised words (dotted abbreviations too) that ends in `word` at `start`: "U.N. Security Council"
    for "Council", "U.S. Predator" for "Predator" (up to compound_heads run_length words); "" when a calendar name
    or a people's adjective ("the Libyan rebels") is in it, or the run opens a sentence."""
    table = _compound_head_table()
    words = [word]
    while len(words) < table["run_length"]:
        previous, at = _word_before(text, start)
        if not previous or not (previous[:1].isupper() and (previous.isalpha() or _ABBREVIATION.fullmatch(previous))):
            break
        if previous.lower() in lexicon().stopwords or previous.lower() in table["determiners"]:
            break
        words.insert(0, previous)
        start = at
    if any(w.lower() in _calendar_names() for w in words):
        return "", start
    if any(w.isalpha() and w.endswith(table["capitalised_describing_endings"]) for w in words[:-1]):
        return "", start  # "the Libyan oil ministry"
    before = text[:start].rstrip()
    if not before or before[-1] in "!?:\"“" or before[-1] == "." and not _ABBREVIATION.fullmatch(_word_before(text, start)[0]):
        return "", start  # the run opens a sentence: its first word may be no name
    return " ".join(words), start


def name_compound_head(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """ "Feinberg took over the process from BP" -> "Feinberg took over the claims process from BP" when the article
    before (`texts`; not the title's own sentence) made one compound of the head ("to run the claims
    process", "the doctor's Houston clinic") before it ever wrote it bare ("the process") and introduced none with
    another word or none ("a process", "a federal law"; events.yaml compound_heads). Two compounds ("the peace process", "the claims
    process"), the bare head first ("the well" before "the relief well": the bare one is its own), a head other
    rules name (people, places, events; named_descriptions not_heads), a phrase that goes on ("the process of"), or
    the compound's word in the title already: unchanged."""
    table = _compound_head_table()
    words = title.split(" ")
    for k, token in enumerate(words[:-1]):
        if token not in ("the", "The"):
            continue
        head = words[k + 1].rstrip(",.;:")
        following = _bare(words[k + 2]) if k + 2 < len(words) else ""
        if not _LOWER_WORD.fullmatch(head) or head in _described_head_table()["not_heads"] \
                or head in lexicon().stopwords or _is_verb(head) or is_adverb(head) or past_of_gerund(head) \
                or head in table["describing"] or head in table["numbers"] or head in table["not_heads"] \
                or head in lexicon().event_nouns:
            continue
        if words[k + 1] == head and following and (following in table["phrase_followers"]
                                                   or words[k + 2][:1].isupper()
                                                   or _plain_noun_word(words[k + 2])
                                                   and following not in _described_head_table()["prepositions"]):
            continue  # "the process of", "the process Feinberg ran", "the clinic staff"
        compound, unnamed, bare = _compound_head_patterns(head)
        modifiers: dict[str, str] = {}
        introduced: list[str] = []  # the word before the head of each "a ... process" (the article's own)
        named_first = True
        # the sentences before only: the title's own sentence may write the compound where the title cut it ("Over
        # the winter period" titled "Over the period"), and later steps find the title's words in it again
        for text in texts:
            # (definites10) "a program to fund": a word between "a" and the head that opens another phrase
            # (compound_heads introduction_breaks) ends the one "a" opened, so the head there is no noun "a"
            # introduced (a verb after "to", or the noun of another phrase)
            introduced.extend(m.group(0).split()[-2].lower() for m in unnamed.finditer(text)
                              if not any(w.lower() in table["introduction_breaks"] for w in m.group(0).split()[1:-1]))
            found = [(m.start(), _compound_modifier(m, text)) for m in compound.finditer(text)]
            found = [(at_, word) for at_, word in found if word]
            first_bare = next((m.start() for m in bare.finditer(text)), -1)
            if first_bare >= 0 and not modifiers and not any(at_ < first_bare for at_, _ in found):
                named_first = False  # "the well" before any "relief well": the bare one is its own
            for _, word in found:
                modifiers.setdefault(word.lower(), word)  # "-": a describing word that may tell another one
            if not named_first:
                break
        if not named_first or len(modifiers) != 1 or "-" in modifiers:
            continue
        word = next(iter(modifiers.values()))
        if any(w != word.lower() for w in introduced):
            return title  # "a process", "a federal law": one introduced with another word, maybe the one meant
        if any(_bare(w) == part.lower() for w in words for part in word.split()):
            continue  # "in Houston, Texas": the title says which already
        return " ".join([*words[:k + 1], word, *words[k + 1:]])
    return title


# --- "Russia did not veto the resolution" -> "... the resolution on Libya": the one name the article put after the ---
# --- head with "of"/"on" -------------------------------------------------------------------------------------------

@lru_cache(maxsize=4096)  # one entry a title head: bounded, as a large corpus has many
def _complement_patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "resolution on Libya", "port of the Libyan capital": the head, "of"/"on" (compound_heads
    complement_prepositions) and the words after it up to a punctuation mark; "a ... resolution": an introduction
    (up to three words between) and the word after it."""
    h = re.escape(head)
    prepositions = "|".join(sorted(_compound_head_table()["complement_prepositions"]))
    complement = re.compile(rf"(?<![\w'’-]){h}\s(?P<preposition>{prepositions})\s(?P<rest>[^.,;:!?“”\"()]{{1,80}}+)")
    unnamed = re.compile(rf"(?<![\w'’-])(?i:an?)\s(?:[\w-]++\s){{0,3}}?{h}(?![\w'’-])(?P<after>\s\w++)?")
    return complement, unnamed


_NAME_WORD = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z][\w-]*+")  # "U.N.", "Libya", "Al-Jala"


def _head_complement(match: re.Match[str]) -> str | None:
    """ "on Libya", "of Michael Jackson", "of the Libyan capital" for a complement match: a name (capitalised words,
    "the" maybe before them, and after "the" one plain noun that ends the phrase) whose phrase ends there; "" for
    another complement ("of Michael Jackson's concert", "of Libya oil"); None for a lower-case one ("of call")."""
    words = match.group("rest").split()
    start = 1 if words[0] == "the" else 0
    end = start
    while end < len(words) and end - start < 4 and _NAME_WORD.fullmatch(words[end]):
        end += 1
    if end == start:
        return None if not words[start:start + 1] or not words[start][:1].isupper() else ""
    if any(_bare(w) in _calendar_names() for w in words[start:end]):
        return ""
    if end < len(words) and (words[end][:1] in ("'", "’") or words[end].endswith(("'s", "’s", "s'", "s’"))):
        return ""  # "of Michael Jackson's concert"
    if end < len(words) and _LOWER_WORD.fullmatch(words[end]) and words[end].endswith("ing") \
            and past_of_gerund(words[end]):
        return _participle_complement(match, words, end)  # "of Michael Jackson rehearsing before his death"

    def noun(at: int) -> bool:
        return at < len(words) and _LOWER_WORD.fullmatch(words[at]) is not None and _plain_noun_word(words[at]) \
            and not _is_verb(words[at]) and words[at] not in lexicon().stopwords

    if start and noun(end):
        end += 1  # "of the Libyan capital"
    if noun(end):
        return ""  # "of Libya oil", "of the Libyan oil ministry": the name is no name of the whole
    return f"{match.group('preposition')} {' '.join(words[:end])}"


def _participle_complement(match: re.Match[str], words: list[str], gerund: int) -> str:
    """ "of Michael Jackson rehearsing before his death" for "a film of Michael Jackson rehearsing before his death can
    not be used": the name with the participle phrase after it, which says which film, up to the clause's
    verb or a word of events.yaml compound_heads participle_stops, at most participle_words words from the
    gerund; "" (another complement, the title stays) when the phrase runs longer or the match ends before it does."""
    table = _compound_head_table()
    stop = next((k for k in range(gerund + 1, len(words))
                 if words[k] in finite_words() or words[k] in table["participle_stops"]
                 or _LOWER_WORD.fullmatch(words[k]) and is_past(words[k])), len(words))
    closed = stop < len(words) or match.end() == len(match.string) \
        or match.string[match.end():match.end() + 1] in ".,;:!?“”\"()"
    if not closed or stop - gerund > table["participle_words"]:
        return ""
    return f"{match.group('preposition')} {' '.join(words[:stop]).rstrip(',')}"


def name_head_by_complement(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """ "Russia did not veto the resolution" -> "... the resolution on Libya" when the article before (`texts`)
    wrote the head with one name after "of"/"on" ("a U.N. resolution on Libya", "a film of Michael Jackson
    rehearsing"), only one such name, and introduced no other ("a ... resolution" with no name after it; events.yaml
    compound_heads). A head other rules name (people, places, events, amounts), a phrase that goes on in the title
    ("the resolution of", "the film crew"), a word before the head the article did not write before it, or the
    name in the title already: unchanged."""
    table = _compound_head_table()
    words = title.split(" ")
    for k, token in enumerate(words[:-1]):
        if token not in ("the", "The"):
            continue
        # the head: the word after "the", or the one after a word the article also put before it ("the U.N.
        # resolution": "U.N." must stand before the article's "resolution on Libya" too)
        for j in (k + 1, k + 2):
            named = _complemented(words, k, j, table, texts)
            if named:
                return named
    return title


def _complemented(words: list[str], k: int, j: int, table: dict[str, Any], texts: Sequence[str] = ()) -> str:
    """name_head_by_complement for the head at words[j] after "the" at words[k]; "" when unchanged."""
    if j >= len(words):
        return ""
    head = words[j].rstrip(",.;:")
    before_head = " ".join(words[k + 1:j])
    following = _bare(words[j + 1]) if j + 1 < len(words) else ""
    if not _LOWER_WORD.fullmatch(head) or head in _described_head_table()["not_heads"] \
            or head in lexicon().stopwords or _is_verb(head) or is_adverb(head) or past_of_gerund(head) \
            or head in table["describing"] or head in table["numbers"] or head in table["not_heads"] \
            or head in lexicon().event_nouns or head in table["complement_not_heads"] or head in _person_nouns():
        return ""  # people are other rules' (roles, epithets)
    if words[j] == head and following and (following in table["phrase_followers"]
                                           or following in table["complement_prepositions"]
                                           or words[j + 1][:1].isupper()
                                           or _plain_noun_word(words[j + 1])
                                           and following not in _described_head_table()["prepositions"]):
        return ""  # "the resolution of", "the film Sony released", "the film crew"
    complement, unnamed = _complement_patterns(head)
    found: dict[str, str] = {}
    other_introduction = False
    for text in texts:
        for m in complement.finditer(text):
            named = _head_complement(m)
            if named and (not before_head or text[:m.start()].rstrip().endswith(" " + before_head)):
                found.setdefault(named.lower(), named)
            elif named == "":
                found.setdefault("-", "")  # "the film of Michael Jackson's concert": another, maybe the one meant
        other_introduction = other_introduction or any(
            not (m.group("after") or "").strip() in table["complement_prepositions"] for m in unnamed.finditer(text))
    if len(found) != 1 or "-" in found or other_introduction:
        return ""
    named = next(iter(found.values()))
    name = named.split(" ", 1)[1].removeprefix("the ")
    last = name.split()[-1].lower().strip(".")
    if name in " ".join(words) or any(_bare(w) == last for w in words):
        return ""  # "the resolution in Libya": the title says which already
    rest = words[j][len(head):]
    return " ".join([*words[:j], head + " " + named + rest, *words[j + 1:]])


# --- "summoned him to the singer's bedroom" -> "... to Michael Jackson's bedroom": the person the article's first ---
# --- "the singer" stood for ----------------------------------------------------------------------------------------

@cache
def _first_use_pattern() -> re.Pattern[str]:
    """ "the <role>" for the roles of events.yaml first_use_roles (a modifier of role_modifiers may stand between),
    with its possessive and the word that follows."""
    roles = "|".join(re.escape(str(r).lower()) for r in sorted(events_rules()["first_use_roles"],
                                                               key=lambda r: (-len(str(r)), str(r))))
    modifiers = "|".join(re.escape(m) for m in sorted(_role_modifiers()))
    return re.compile(rf"(?<![\w'’-])[Tt]he\s(?:(?:{modifiers})\s)?(?P<role>{roles})(?P<possessive>['’]s)?"
                      rf"(?![\w'’-])(?:\s(?P<following>[\w'’-]++))?")


def _bound_elsewhere(name: str, roles: frozenset[str], mentions: Sequence[tuple[str, str]]) -> bool:
    """Whether the article gave a person another person's role than `roles`: a title before the name ("Dr Murray":
    a doctor, events.yaml role_titles) or a binding of mentions ("Dr Murray" bound to "physician")."""
    title = _bare(name.split()[0])
    if title in _role_titles() and not set(_role_titles()[title]) & roles:
        return True
    return any(bound and role_nouns().get(bound) == "person" and bound not in roles and _same_referent(other, name)
               for other, bound in mentions)


_DESCRIBED_AS = re.compile(r"(?:,|\s(?:is|was))\s(?:the|an?)\s(?:(?P<modifier>[\w-]++)\s)?(?P<role>[\w-]++)")


def _described_as_other(name: str, text: str, roles: frozenset[str]) -> bool:
    """Whether the text describes the person, right after the name, as a person of another role ("Conrad Murray is
    the doctor charged", "Alberto Alvarez, a bodyguard")."""
    at = text.find(name)
    nouns = _person_nouns()
    while at >= 0:
        match = _DESCRIBED_AS.match(text, at + len(name))
        if match and any(r in nouns and r not in roles for r in (match.group("role"), match.group("modifier"))):
            return True
        at = text.find(name, at + 1)
    return False


def _written_not_as_owner(name: str, text: str) -> bool:
    """Whether the text writes the name once at least with no possessive after it ("hired by Jackson", not only
    "Jackson's death")."""
    at = text.find(name)
    while at >= 0:
        after = text[at + len(name):at + len(name) + 2]
        if not after.startswith(("'", "’")) and not after[:1].isalnum():
            return True
        at = text.find(name, at + 1)
    return False


_APPOSED_AFTER_NAME = re.compile(r"^,(?:\s[\w'’-]++){1,3},")  # "Alberto Alvarez, left, testified"


def _reports_role(name: str, before: str) -> bool:
    """Whether the name is the subject of a verb of saying (maybe after "has"/"had" or a short apposition;
    events.yaml first_use_speaker_verbs beside the lexicon's) whose clause, with no name before it, holds the role: "Alberto Alvarez testified that Dr Murray had said the singer": the speaker is no
    singer."""
    at = before.rfind(name)
    rest = _APPOSED_AFTER_NAME.sub("", before[at + len(name):]).split()
    while rest and _bare(rest[0]) in lexicon().auxiliaries:
        rest = rest[1:]
    verbs = lexicon().reporting_verbs | frozenset(str(w) for w in events_rules()["first_use_speaker_verbs"])
    # "Janet Jackson told Michael Jackson the singer": a name after the verb may be the one meant; no speaker rule
    return len(rest) > 1 and _bare(rest[0]) in verbs and not rest[1][:1].isupper()


def _first_use_person(role: str, texts: Sequence[str], mentions: Sequence[tuple[str, str]]) -> str:
    """The person the article's first "the <role>" (or a synonym: "the star" for "the singer") stands for: the one
    person its own sentence names before it whom the article gave no other person's role (_bound_elsewhere), named
    there not only as an owner ("A bodyguard to Michael Jackson has testified the singer ...", "Dr Murray, hired by
    Jackson, ... the star"; not "Michael Jackson's doctor said the singer"), when no one else was bound to the role;
    when the first use names several, the next use that names one of them only settles it (a headline "after Michael
    Jackson drug death Alberto Alvarez testified the singer ...", then "A bodyguard to Michael Jackson testified the
    singer"); "" when that sentence names none such, two, or only an owner."""
    roles = _same_role(role)
    bound_to_role = [name for name, bound in mentions if bound in roles]
    candidates: list[str] = []  # the people a first use that named several left open
    for text in texts:
        match = next((m for m in _first_use_pattern().finditer(text) if m.group("role").lower() in roles), None)
        if not match:
            continue
        before = text[:match.start()]
        known = [*mentions, *role_mentions(text)]  # "Conrad Murray is the doctor charged over the star's death"
        people: list[str] = []
        for name in _person_names_in(before):
            if _is_person(name, mentions) and not _bound_elsewhere(name, roles, known) \
                    and not _described_as_other(name, text, roles) and not _reports_role(name, before) \
                    and not any(_same_referent(name, p) for p in people):
                people.append(name)
        if len(people) > 1 and not candidates:
            candidates = people  # "after Michael Jackson drug death Alberto Alvarez testified the singer": one of them
            continue
        if len(people) != 1:
            return ""
        name = people[0]
        if candidates and not any(_same_referent(name, c) for c in candidates):
            return ""  # the next use names one the first did not: the first meant another
        if not _written_not_as_owner(name, before):
            return ""  # "Michael Jackson's doctor said the singer": an owner, maybe not the one meant
        if any(not _same_referent(other, name) for other in bound_to_role):
            return ""  # the article bound the role to someone else
        return _full_name(name, mentions) or name
    return ""


def name_role_by_first_use(title: str, sentence: str, texts: Sequence[str],
                           mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "Bodyguard Alberto Alvarez testified that Dr Murray had summoned him to the singer's bedroom" -> "... to
    Michael Jackson's bedroom": "the singer" (events.yaml first_use_roles) named by the person the article's first
    "the singer" stood for (_first_use_person), its possessive kept, unless the title names that person already or
    the role goes on a compound ("the singer songwriter"); else the title unchanged."""
    article = [*texts, sentence]
    return _name_first_role(title, _first_use_pattern().finditer(title),
                            lambda match: _first_use_person(match.group("role").lower(), article, mentions))


# --- "Police arrested John Smith. He was charged" -> "John Smith was charged": the one person the text names ------

@cache
def _lone_person_table() -> dict[str, Any]:
    """events.yaml lone_person_pronouns: each pronoun with the possessive that keys its gender
    (possessive_by_previous pronouns), the possessive ones, and the words after which "her" is an object."""
    table = events_rules()["lone_person_pronouns"]
    return {"openers": {str(k).lower(): str(v) for k, v in table["openers"].items()},
            "inner": {str(k).lower(): str(v) for k, v in table["inner"].items()},
            "possessives": frozenset(str(w).lower() for w in table["possessives"]),
            "objects": frozenset(str(w).lower() for w in table["objects"]),
            "naming_verbs": tuple(str(w) for w in table["naming_verbs"]),
            "same_head_nouns": frozenset(str(w) for w in table["same_head_nouns"]),
            "bare_role_words": int(table["bare_role_words"]),
            "bare_role_followers": frozenset(str(w) for w in table["bare_role_followers"]),
            "naming_adverbs": tuple(str(w) for w in table["naming_adverbs"]),
            "object_followers": frozenset(str(w).lower() for w in table["object_followers"]),
            "giving_verbs": frozenset(str(w).lower() for w in table["giving_verbs"]),
            "recipient_relatives": frozenset(str(w).lower() for w in table["recipient_relatives"])}


def lone_person_openers() -> frozenset[str]:
    """The person pronouns a title may open with that name_lone_person_pronoun names (lone_person_pronouns openers)."""
    return frozenset(_lone_person_table()["openers"])


@cache
def _pronoun_pattern(pronoun: str) -> re.Pattern[str]:
    """The pronoun as a whole word, in any case (one pattern a pronoun of lone_person_pronouns)."""
    return re.compile(rf"(?<![\w'’-]){re.escape(pronoun)}(?![\w'’-])", re.IGNORECASE)


def _pronoun_spot(sentence: str, pronoun: str, following: str) -> int:
    """Where the title's pronoun stands in its sentence: the one occurrence the title's next word follows, else the
    only occurrence; -1 when that is unclear."""
    found = list(_pronoun_pattern(pronoun).finditer(sentence))
    if following:
        followed = [m for m in found if _bare(next(iter(sentence[m.end():].split(None, 1)), "")) == following]
        if len(followed) == 1:
            return followed[0].start()
    return found[0].start() if len(found) == 1 else -1


def _people_in(text: str, mentions: Sequence[tuple[str, str]]) -> list[str]:
    """The persons a piece of text names (_person_names_in read by _is_person), one name each."""
    found: list[str] = []
    particled = [m.group("name") for m in _honorific_particle_name().finditer(text)]  # "Ms. al-Obeidy"
    for name in [*_full_names_in(text), *_person_names_in(text), *particled]:
        if _thing_apposition().search(text[:max(0, text.find(name))]):
            continue  # "The capital, Tripoli Central,": a thing's name
        titled = _titled(name, text)
        if not _is_person(name, mentions) and titled:
            name = f"{titled} {name}"  # "Mr Bao": as the article names one it never names in full
        if (titled or _is_person(name, mentions)) and not _organisation_ending(name) \
                and not any(_same_referent(name, other) or name in other for other in found):
            found.append(name)
    return found


@cache
def _honorifics() -> str:
    """The honorifics of events.yaml antecedents honorifics and person_forms plain_honorifics ("Miss"), as one
    alternation."""
    table = events_rules()
    words = {str(h) for h in table["antecedents"]["honorifics"]} | {str(h) for h in table["person_forms"]["plain_honorifics"]}
    return "|".join(re.escape(w) for w in sorted(words))


@cache
def _honorific_particle_name() -> re.Pattern[str]:
    """A surname with a lower-case particle after an honorific ("Ms. al-Obeidy"): no capitalised run finds it."""
    return re.compile(rf"(?<![\w'’-])(?:{_honorifics()})\.?\s(?P<name>[a-z]{{1,3}}-[A-Z][a-z'’-]++)")


@cache
def _honorific_pattern() -> re.Pattern[str]:
    """An honorific right before a word (_honorifics)."""
    return re.compile(rf"(?<![\w'’-])(?:{_honorifics()})\.?\s$")


def _titled(name: str, text: str) -> str:
    """The honorific the text writes the name after ("named only as Mr Bao"): a person's name, though the article
    never gives it in full; "" when none."""
    at = text.find(name)
    found = _honorific_pattern().search(text[:at]) if at > 0 else None
    return found.group().strip().rstrip(".") if found else ""


def _full_names_in(text: str) -> list[str]:
    """The runs of names_in ("Saif al-Islam Gadhafi", with its particle) without a leading function word or day ("On
    Monday Beyonce" -> "Beyonce") nor a possessive; runs after a word of a place or body (not_person_after) left out."""
    found = []
    for run in names_in(text):
        words = [POSSESSIVE.sub("", w) for w in run.split()]
        while words and (words[0].lower() in lexicon().stopwords or words[0].lower() in _calendar_names()):
            words.pop(0)
        before = text[:text.find(run)].split()
        if words and not (before and before[-1].lower() in _epithet_table()["not_person_after"]):
            found.append(" ".join(words))
    return found


@lru_cache(maxsize=PERSON_SIGNS_MEMO)
def _apposed_nouns(name: str) -> re.Pattern[str]:
    """A person noun of events.yaml person_nouns bound to the name: right before it ("their rebel military
    commander, Abdul Fattah Younes", "colonel Buhagiar"), in apposition after it ("Younes, the rebel commander,"), or
    given it by a naming verb (lone_person_pronouns naming_verbs: "The student, who has been named only as Mr Bao,",
    "a man identified as John Smith")."""
    nouns = "|".join(re.escape(n) for n in sorted(_person_nouns(), key=len, reverse=True))
    named = re.escape(name)
    table = _lone_person_table()
    naming = "|".join(re.escape(w) for w in table["naming_verbs"])
    only = "|".join(re.escape(w) for w in table["naming_adverbs"])
    return re.compile(rf"(?i:\b(?:{nouns})(?:\s(?:{nouns})){{0,2}})(?:,)?\s(?={named}(?![\w'’-]))"
                      rf"|(?<={named}),\s(?i:an?|the)\s(?:[\w'’-]++\s){{0,3}}?(?i:{nouns})(?=[,.;])"
                      rf"|(?i:\b(?:{nouns}))(?:,\swho\s(?:(?:has|had|have|is|was)\s)?(?:been\s)?|,\s|\s)"
                      rf"(?:{naming})\s(?:(?:{only})\s)?as\s(?:(?:{_honorifics()})\.?\s)?(?={named}(?![\w'’-]))")


def _without_apposed_nouns(text: str, name: str) -> str:
    """The text without the person nouns bound to the name (_apposed_nouns, _bare_apposed_role): they tell of that
    person, no other."""
    return _bare_apposed_role(_apposed_nouns(name).sub(" ", text), name)


def _bare_apposed_role(text: str, name: str) -> str:
    """The text without a role set after the name with no article ("Peter Jennings (pictured), press secretary to
    the new archbishop," -> "Peter Jennings (pictured), press to the new archbishop,"): after a comma (a parenthesis
    between), up to lone_person_pronouns bare_role_words words, none a function word nor a verb, ending with a person
    noun before a comma, a stop or a preposition of lone_person_pronouns bare_role_followers."""
    at = text.find(name)
    if at < 0:
        return text
    end = at + len(name)
    rest = text[end:]
    if rest.startswith(" ("):
        close = rest.find(")")
        if close < 0 or close > 40:
            return text
        end += close + 1
        rest = text[end:]
    if not rest.startswith(", "):
        return text
    table = _lone_person_table()
    tokens = rest[2:].split(" ", table["bare_role_words"] + 1)
    nouns = _person_nouns()
    lex = lexicon()
    for k, token in enumerate(tokens[:table["bare_role_words"]]):
        word = token.rstrip(",.;")
        if not word or not word[:1].islower() or word in lex.stopwords or is_verb_word(word):
            return text
        ends = token != word or k + 1 < len(tokens) and tokens[k + 1] in table["bare_role_followers"]
        if word in nouns and ends:
            start = end + 2 + sum(len(t) + 1 for t in tokens[:k])
            return text[:start] + text[start + len(word):]
        if token != word:
            return text
    return text


@cache
def _thing_apposition() -> re.Pattern[str]:
    """A noun phrase that opens with "the"/"a" and ends with a comma right before a name ("The capital, ") when its
    last word is no person noun: the name is in apposition to a thing."""
    nouns = "|".join(re.escape(n) for n in sorted(_person_nouns(), key=len, reverse=True))
    return re.compile(rf"(?i:\bthe|\ban?)\s(?:[\w'’-]++\s){{0,2}}?(?!(?:{nouns}),)[a-z][\w'’-]*+,\s$")


def _person_word_in(text: str) -> bool:
    """Whether a text holds a person noun ("a demonstrator", "the star") or a person's pronoun: a person of its
    own, whom a later pronoun may stand for."""
    words = [_bare(t) for t in _TOKEN.findall(text)]
    people = _person_nouns() | lexicon().person_pronouns | {"him", "himself", "herself", "hers"}
    return any(w in people for w in words) or any(" ".join(p) in people for p in zip(words, words[1:]))


def _without_names(text: str, names: Sequence[str]) -> str:
    """The text without the words of the names (possessive or not): what else it names; an opening function word,
    adverb, connective or number ("Late on Monday,", "But", "Eight") in lower case, as it is no name."""
    drop = {w for name in names for w in name.split() if w[:1].isupper() or "-" in w}  # "al-Obeidy" too
    tokens = [t for t in _TOKEN.findall(text) if POSSESSIVE.sub("", t.strip(_EDGE)) not in drop]
    lex = lexicon()
    if tokens and (_bare(tokens[0]) in lex.stopwords | lex.opening_prepositions | lex.connectives
                   | _epithet_table()["group_numbers"] or is_adverb(_bare(tokens[0]))):
        tokens[0] = tokens[0].lower()
    return " ".join(tokens)


def _lone_candidate(text: str, excluded: Sequence[str], mentions: Sequence[tuple[str, str]], texts: Sequence[str],
                    names: Sequence[str]) -> tuple[int, str]:
    """How many persons a text names besides the `excluded` ones and, when it is one, that person; a person word
    (noun or pronoun) or any other word that may be a person's name (_names_a_person) makes it ambiguous (2)."""
    found = _people_in(text, mentions)
    people = [p for p in found if not any(_same_referent(p, x) for x in excluded)]
    if len(people) > 1 or _person_word_in(_without_apposed_nouns(text, people[0]) if people else text):
        return 2, ""
    rest = _without_names(_without_apposed_nouns(text, people[0]) if people else text, [*found, *excluded])
    if _names_a_person(rest, texts, [*names, *(n for n, _ in mentions)]):
        return 2, ""
    return len(people), people[0] if people else ""


def name_lone_person_pronoun(title: str, sentence: str, previous: str, mentions: Sequence[tuple[str, str]] = (),
                             texts: Sequence[str] = (), names: Sequence[str] = ()) -> str:
    """ "He turned up at the Rixos" -> "Saif al-Islam turned up at the Rixos" (after "... had captured Saif
    al-Islam."), "Eight generals from his army defected" -> "Eight generals from Gadhafi's army defected": a person
    pronoun of events.yaml lone_person_pronouns that opens the title, or stands inside it with no person before it
    (an object pronoun: no clause opener before it, and never the persons the title names), takes the one person its
    own sentence names before it, or, when that names no person at all, the one person the sentence before names
    in any slot (subject, object, possessor), whom that sentence's person words may all stand for
    (_person_words_fit). Any other person, person noun or pronoun, or capitalised word that may be a person's name
    in that text leaves the title as it is."""
    table = _lone_person_table()
    words = title.split(" ")
    at = 0 if words[0][:1].isupper() and _bare(words[0]) in table["openers"] else next(
        (k for k, t in enumerate(words[1:], 1) if _bare(t) in table["inner"] and t.startswith(_bare(t))
         and not t[len(_bare(t)):].strip(",.;:")), -1)
    if at < 0:
        return title
    pronoun = _bare(words[at])
    gender = table["openers"].get(pronoun, "") if at == 0 else table["inner"][pronoun]
    following = _bare(words[at + 1]) if at + 1 < len(words) else ""
    # "her well-being" is a possessive, "kill her and other children" an object
    possessive = pronoun in table["possessives"] and (pronoun not in table["objects"] or at + 1 < len(words)
                                                      and words[at + 1][:1].isalpha() and words[at + 1][:1].islower()
                                                      and following not in table["object_followers"])
    other_gender = {w for g, group in _possessive_pronoun_genders().items() if g != gender for w in group}
    if any(_bare(w) in other_gender for w in words):
        return title  # "She said his ...": two persons at least
    in_title = _people_in(title, mentions)
    if at > 0:
        before = " ".join(words[:at])
        if possessive and (_person_word_in(before) or _names_a_person(_without_names(before, []), [*texts, sentence],
                                                                        names)):
            return title  # "Dr Murray opened his own practice": the title's own person
        if not possessive and any(_bare(w) in _object_table()["clause_openers"] for w in words[1:at]):
            return title  # "warned Jackson about using propofol to help him sleep": maybe the title's own person
    spot = _pronoun_spot(sentence, pronoun, following)
    if spot < 0:
        return title
    earlier = [*texts[:-1], previous] if texts and previous else [previous] if previous else list(texts)
    earlier = [_epithets_named(text, earlier, names, mentions) for text in earlier[-_chain_reach() - 1:]]
    stretch = _epithets_named(sentence[:spot], texts, names, mentions)  # "the pop star" before it: someone named
    # a receiver's role may stand for the one person the article has named at all (_main_person sole): read only
    # for a relative clause on what was given ("giving the pop star a dose of Propofol, which killed him")
    sole_stretch = _epithets_named(sentence[:spot], texts, names, mentions, sole=True)
    texts = [*texts, sentence]  # the words it writes in lower case are no names
    count, name = _lone_candidate(stretch, in_title, mentions, texts, names)
    opening = sentence.lower().find(" ".join(words[:2]).lower())
    if count == 1 and not 0 <= sentence.find(name.split()[0]) < opening:
        return title  # "BP's chief executive, Tony Hayward, scaled up his ..." as "BP's scaled up his": the name the
        # title left out of its own stretch may be its subject, whose the possessive is
    if count > 1 and stretch.strip():  # "He warned when he opened the probe": only its own pronoun before it
        own = _possessive_pronoun_genders()[gender]
        rest = " ".join(t for t in _TOKEN.findall(stretch) if _bare(t) not in own and _bare(t).split("'")[0] not in own)
        lone = _lone_candidate(rest, in_title, mentions, texts, names)
        if lone == (0, ""):
            count = 0
        elif lone[0] == 1 and not possessive and at > 0 and _speaker_frame_only(stretch, own):
            count, name = lone  # "He said the star was warm when Dr Murray found him": the speaker is not "him"
    if count > 1 and not possessive and at > 0:  # "had given Jackson a dose ... after giving him sedatives"
        name = _parallel_object(stretch, in_title, mentions) or _recipient_object(stretch, in_title, mentions) \
            or _recipient_object(sole_stretch, in_title, mentions)
        count = 1 if name else count
    if count == 0 and previous:
        count, name = _lone_candidate_before(_chain_start(earlier, gender, mentions, texts, names), in_title, gender,
                                             mentions, texts, names)
    if count != 1 and possessive and at + 1 < len(words):  # "his doctor" after "Michael Jackson's doctor, Conrad Murray"
        name = _same_head_possessor(words[at + 1], [previous, sentence[:spot]], in_title, mentions)
        count = 1 if name else count
    if count != 1 or not name or _of_other_gender(name, gender, texts):
        return title
    name = _as_name(_untitled_full_name(name, names) or _full_name(name, mentions) or name)
    if at == 0:
        return _with_name(title, name)
    words[at] = (name + ("'" if name.endswith("s") else "'s") if possessive else name) + words[at][len(pronoun):]
    return " ".join(words)


def _speaker_frame_only(stretch: str, own: frozenset[str]) -> bool:
    """Whether the stretch's only pronoun of the title pronoun's gender is the subject of a frame of report opening
    it ("He said ..."): the reporter, whom the reported clause's own object pronoun seldom stands for when that
    clause names a person of its own ("He said the star was warm when Dr Murray found him"); not "He said police
    held him" (no one named) nor "He said he ..." (the pronoun again)."""
    tokens = [_bare(t) for t in _TOKEN.findall(stretch)]
    return len(tokens) > 2 and tokens[0] in own and tokens[1] in lexicon().reporting_verbs \
        and not any(t in own or t.split("'")[0] in own for t in tokens[1:])


@lru_cache(maxsize=PERSON_SIGNS_MEMO)
def _possessed_head(noun: str) -> re.Pattern[str]:
    """A capitalised name's possessive before the noun, a word maybe between ("Michael Jackson's doctor", "Jackson's
    personal doctor")."""
    return re.compile(rf"(?P<name>(?:[A-Z][\w'’.-]*+\s){{0,3}}[A-Z][\w.-]*+)['’]s\s(?:[a-z][\w-]*+\s)?"
                      rf"{re.escape(noun)}(?![\w'’-])")


def _same_head_possessor(noun: str, texts: Sequence[str], excluded: Sequence[str],
                         mentions: Sequence[tuple[str, str]]) -> str:
    """ "his doctor called for help" after "Michael Jackson's doctor, Conrad Murray, ..." -> "Michael Jackson": the
    one person the sentence before or the pronoun's own sentence before it writes as the owner of the same noun
    (lone_person_pronouns same_head_nouns: kin and staff, whom one person has); "" when none or several."""
    noun = _bare(noun)
    if noun not in _lone_person_table()["same_head_nouns"]:
        return ""
    owners: list[str] = []
    for text in texts:
        for found in _possessed_head(noun).finditer(text):
            people = _people_in(found.group("name"), mentions)
            if len(people) != 1:
                return ""
            if not any(_same_referent(people[0], o) for o in owners):
                owners.append(people[0])
    if len(owners) != 1 or any(_same_referent(owners[0], x) for x in excluded):
        return ""
    return owners[0]


def _untitled_full_name(name: str, names: Sequence[str]) -> str:
    """ "Ms al-Obeidy" -> "Eman al-Obeidy": a titled surname as the one full name the article gave with it; ""
    when it gave none or several."""
    honorific, _, surname = name.partition(" ")
    if not surname or not _honorific_pattern().search(honorific + " "):
        return ""
    full = {POSSESSIVE.sub("", n) for n in names if POSSESSIVE.sub("", n).endswith(" " + surname)
            and not _honorific_pattern().search(n.split()[0] + " ")}
    return full.pop() if len(full) == 1 else ""


def _verb_stem(word: str) -> str:
    """The word's crude stem, a participle's "-en" off too ("given", "giving", "gives" -> "giv")."""
    word = word[:-2] if word.endswith("en") and len(word) >= 5 else word
    return stem(word)


def _parallel_object(stretch: str, excluded: Sequence[str], mentions: Sequence[tuple[str, str]]) -> str:
    """ "Dr Murray had given Jackson a dose ..., after giving him various sedatives" -> "Jackson": an object pronoun
    right after a verb stands for the person the same verb (another form of it) took as its object earlier in the
    sentence, when that is the last person the sentence names before the pronoun and no person of the title's own;
    "" when there is none."""
    tokens = [_bare(t) for t in _TOKEN.findall(stretch)]
    verb = tokens[-1] if tokens and stretch.endswith(" ") else ""  # the word right before the pronoun
    if not verb or verb in lexicon().stopwords or not (is_verb_word(verb) or verb.endswith("ing")):
        return ""
    people = _people_in(stretch, mentions)
    for k in range(len(tokens) - 2, -1, -1):
        if _verb_stem(tokens[k]) != _verb_stem(verb):
            continue
        after = " ".join(_TOKEN.findall(stretch)[k + 1:k + 5])
        name = next((p for p in people if after.startswith(p) or after.startswith(p.split()[-1])), "")
        later = [p for p in _people_in(" ".join(_TOKEN.findall(stretch)[k + 1:]), mentions)
                 if not _same_referent(p, name)]
        if not name or later or any(_same_referent(name, x) for x in excluded):
            return ""
        return name
    return ""


def _recipient_object(stretch: str, excluded: Sequence[str], mentions: Sequence[tuple[str, str]]) -> str:
    """ "... for giving Michael Jackson a dose of the anesthetic, Propofol, which killed him" -> "Michael Jackson":
    an object pronoun of a relative clause on a thing (", which killed him") is the person a verb of giving
    (lone_person_pronouns giving_verbs) took as receiver before it, when the sentence names no person after that
    receiver and it is no person of the title's own; "" when there is none."""
    table = _lone_person_table()
    tokens = _TOKEN.findall(stretch)
    if len(tokens) < 3 or not stretch.endswith(" ") or _bare(tokens[-2]) not in table["recipient_relatives"] \
            or not tokens[-3].endswith(","):
        return ""  # the pronoun's clause is no relative one on the thing before it
    people = _people_in(stretch, mentions)
    for k in range(len(tokens) - 3, -1, -1):
        if _bare(tokens[k]) not in table["giving_verbs"]:
            continue
        after = " ".join(tokens[k + 1:k + 5])
        name = next((p for p in people if after.startswith(p) or after.startswith(p.split()[-1])), "")
        later = [p for p in _people_in(" ".join(tokens[k + 1:]), mentions) if not _same_referent(p, name)]
        if not name or later or any(_same_referent(name, x) for x in excluded):
            return ""
        return name
    return ""


@cache
def _chain_reach() -> int:
    return int(events_rules()["lone_person_pronouns"]["chain_sentences"])


def _main_person(texts: Sequence[str], names: Sequence[str], mentions: Sequence[tuple[str, str]],
                 roles: frozenset[str], sole: bool = False, no_places: bool = False) -> str:
    """The person the article is about so far that a role of `roles` ("the star") may stand for: of the full names
    it gave, bound to no other person's role ("Dr Murray": a doctor), the surname its sentences write in at least
    events.yaml lone_person_pronouns main_person min_sentences, and at least `lead` times as many as any other such
    surname, as its full name (the one it gave most often); "" when none leads so. `sole`: one sentence will do when
    the earlier sentences name no other such person at all."""
    table = events_rules()["lone_person_pronouns"]["main_person"]
    given = [POSSESSIVE.sub("", n) for n in [*names, *(m for m, _ in mentions)]]
    full = [n for n in set(given) if len(_without_title(n)) > 1 and fits(n, "person") and not _organisation_ending(n)
            and not _bound_elsewhere(n, roles, mentions)]
    if no_places:  # "Bani Walid" written "in Bani Walid", "Full Article Libyan", "Libya Rebels", "Advancin NTC": a place, its people or a body
        full = [n for n in full if not n.split()[-1].isupper() and not set(n.split()) & _country_words()
                and not _opens_sentence_word(n.split()[0]) and n.split()[-1].lower() not in _calendar_names()
                and not any(_after_place_preposition(n).search(text) for text in texts)]
    counts: dict[str, int] = {}
    for surname in {n.split()[-1] for n in full}:
        # "Michael's death" counts for "Michael Jackson": a story about one person may call that person by the
        # given name (_given_name)
        first_names = sorted({n.split()[0] for n in full if n.split()[-1] == surname and _given_name(n.split()[0], [n])})
        words = "|".join(re.escape(w) for w in [surname, *first_names])
        pattern = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")
        counts[surname] = sum(1 for text in texts if pattern.search(text))
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    # `sole`: the one person the earlier sentences name at all needs one sentence
    least = 1 if sole and ranked and not any(count for _, count in ranked[1:]) else int(table["min_sentences"])
    if not ranked or ranked[0][1] < least \
            or len(ranked) > 1 and ranked[0][1] < float(table["lead"]) * ranked[1][1]:
        return ""
    own = [n for n in given if n in full and n.split()[-1] == ranked[0][0]]
    return max(sorted(set(own)), key=own.count) if own else ""


def _opens_sentence_word(word: str) -> bool:
    """ "But Abdel Jalil", "Taking Sirte", "Has Volkswagen": a function word or a verb capitalised by the sentence's
    opening, no given name."""
    bare = word.lower()
    return bare in lexicon().stopwords or _is_verb(bare) or bare.endswith("ing")


@lru_cache(maxsize=256)
def _after_place_preposition(name: str) -> re.Pattern[str]:
    """The name right after a preposition of place (events.yaml antecedents place_prepositions: "in Bani Walid")."""
    words = "|".join(re.escape(w) for w in _antecedent_table()["place_prepositions"])
    return re.compile(rf"(?<![\w'’-])(?:{words})\s{re.escape(name)}(?![\w'’-])")


def _epithets_named(text: str, texts: Sequence[str], names: Sequence[str],
                    mentions: Sequence[tuple[str, str]], sole: bool = False) -> str:
    """The text with each "the <role>" of events.yaml first_use_roles ("the star", "the singer's") put as the name
    of the article's main person for that role (_main_person, read from the earlier `texts`): a celebrity's article
    calls its subject so, and the role then counts as that person, not as someone unnamed."""
    for match in reversed(list(_first_use_pattern().finditer(text))):
        main = _main_person(texts, names, mentions, _same_role(match.group("role").lower()), sole)
        if not main:
            continue
        end = match.end("possessive") if match.group("possessive") else match.end("role")
        text = text[:match.start()] + main + (match.group("possessive") or "") + text[end:]
    return text


def _chain_start(earlier: Sequence[str], gender: str, mentions: Sequence[tuple[str, str]], texts: Sequence[str],
                 names: Sequence[str]) -> str:
    """The sentence a pronoun's person is sought in: the last of `earlier`, or, looking back past those that tell
    of no person but by a pronoun of the same gender (events.yaml lone_person_pronouns chain_sentences at most:
    "Tony Hayward flew out. He promises to stay. The Observer met him on Wednesday. His first meeting ..."), the
    one before them; a sentence that names or points to anyone else ends the look."""
    reach = _chain_reach()
    own = _possessive_pronoun_genders()[gender]
    known = [*names, *(n for n, _ in mentions)]
    for k in range(len(earlier) - 1, max(-1, len(earlier) - 1 - reach), -1):
        text = earlier[k]
        rest = " ".join(t for t in _TOKEN.findall(text) if _bare(t) not in own and _bare(t).split("'")[0] not in own)
        if _people_in(text, mentions) or _names_a_person(_without_names(rest, []), texts, known) \
                or text.rstrip().endswith("?") or quoted_throughout(text):
            return text
    return earlier[-1] if earlier else ""


def _lone_candidate_before(previous: str, excluded: Sequence[str], gender: str, mentions: Sequence[tuple[str, str]],
                           texts: Sequence[str], names: Sequence[str]) -> tuple[int, str]:
    """The one person the sentence before names (_lone_candidate, its person pronouns allowed when all are of the
    pronoun's gender and come after the name: _person_words_fit)."""
    found = _people_in(previous, mentions)
    people = [p for p in found if not any(_same_referent(p, x) for x in excluded)]
    if len(people) != 1:
        return 2, ""
    previous = _without_apposed_nouns(previous, people[0])  # "commander, Abdul Fattah Younes,": no other person
    if not _person_words_fit(previous, people[0], gender, mentions):
        return 2, ""
    first = min((at for w in people[0].split() if (at := previous.find(w)) >= 0), default=0)
    if _person_word_in(previous[:first]):
        return 2, ""  # "He said Smith ...": the pronoun before the name may be someone else
    rest = _without_names(previous, [*found, *excluded])
    rest = " ".join(t for t in _TOKEN.findall(rest) if _bare(t) not in _possessive_pronoun_genders()[gender])
    if _names_a_person(rest, texts, [*names, *(n for n, _ in mentions)]):
        return 2, ""
    return 1, people[0]


def _of_other_gender(name: str, gender: str, texts: Sequence[str]) -> bool:
    """Whether the article shows the person is of the other gender than the pronoun's: in more of its sentences
    that name them, the first person pronoun after the name is of the other gender ("Smith said she ...") than of
    the pronoun's own."""
    last = name.split()[-1]
    own = _possessive_pronoun_genders()[gender]
    people = lexicon().person_pronouns | {"him", "himself", "herself", "hers"}
    same = other = 0
    for text in texts:
        at = text.find(last)
        if at < 0:
            continue
        first = next((w for w in (_bare(t) for t in _TOKEN.findall(text[at + len(last):])) if w in people), "")
        same += bool(first) and first in own
        other += bool(first) and first not in own
    return other > same


# --- "the company's oil spill crisis" -> "BP's oil spill crisis", "the administration" -> "the Obama administration" --

@cache
def _organisation_reference_pattern() -> re.Pattern[str]:
    """events.yaml organisation_references: "the company", "the firm's", "the administration" in a title; the word
    after it is captured (a name or "of" after the head makes it another phrase: "the company Transocean")."""
    table = events_rules()["organisation_references"]
    heads = "|".join(re.escape(str(h)) for h in [*table["company_heads"], *table["government_heads"]])
    company = "|".join(re.escape(str(h)) for h in table["company_heads"])
    # "the British firm": a country's adjective before a company head only (not "the Libyan government")
    nations = "|".join(re.escape(a) for a in sorted(_country_adjectives(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he)\s(?:(?P<nation>{nations})\s(?=(?:{company})(?![\w-])))?"
                      rf"(?P<head>{heads})(?P<possessive>['’]s)?(?![\w'’-])(?:\s(?P<following>[\w'’-]++))?")


@cache
def _country_adjectives() -> frozenset[str]:
    """The one-word adjectives of events.yaml country_references countries ("British", "Libyan")."""
    return frozenset(str(a) for entry in events_rules()["country_references"]["countries"]
                     for a in entry["adjectives"] if " " not in str(a))


def _introduces_national_business(nation: str, head: str, texts: Sequence[str]) -> bool:
    """Whether the texts introduce an unnamed business by the adjective: "a British firm", "an Italian
    company", "another British firm" (then "the British firm" is that one, not the article's named business)."""
    pattern = re.compile(rf"(?<![\w'’-])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s(?:[a-z-]++\s){{0,2}}?{re.escape(nation)}"
                         rf"\s(?:[a-z-]++\s){{0,2}}?{re.escape(head)}(?![\w-])")
    return any(pattern.search(text) for text in texts)


def _word_count(name: str, texts: Sequence[str]) -> int:
    """How many times the texts write `name` as a whole word."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return sum(len(pattern.findall(text)) for text in texts)


@cache
def _staff_of_business() -> re.Pattern[str]:
    """ "an American BP executive": a single capitalised word right before a word of events.yaml
    organisation_references staff_after_name names a business."""
    words = "|".join(re.escape(str(w)) for w in events_rules()["organisation_references"]["staff_after_name"])
    return re.compile(rf"(?<![\w'’-])(?P<name>[A-Z][\w&-]*+)\s(?:{words})(?![\w'’-])")


def _named_businesses(mentions: Sequence[tuple[str, str]], sentence: str) -> frozenset[str]:
    """The names the article (its earlier sentences' mentions and the title's sentence) binds to a business's role
    or writes before a word of its staff ("a BP executive"), no country's acronym, weekday or month."""
    bound = {name for name, role in [*mentions, *role_mentions(sentence)]
             if role and role_nouns().get(role) == "organisation"}
    staff = {m.group("name") for m in _staff_of_business().finditer(sentence)}
    return frozenset(name for name in bound | staff
                     if name not in _place_acronyms() and name.lower() not in _calendar_names())


@cache
def _company_said_pattern() -> re.Pattern[str]:
    """events.yaml organisation_references said_by_company: ", the company said" closing a clause."""
    words = "|".join(re.escape(str(w)) for w in events_rules()["organisation_references"]["said_by_company"])
    return re.compile(rf",\s(?:{words})(?![\w'’-])")


def _after_place_word(name: str, text: str) -> bool:
    """Whether every use of `name` in `text` comes right after a word of events.yaml organisation_references
    said_place_words (or after it and "the"): "in the Gulf of Mexico", not "BP could face ... an inquiry into BP"."""
    words = "|".join(re.escape(str(w)) for w in events_rules()["organisation_references"]["said_place_words"])
    uses = len(re.findall(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text))
    placed = len(re.findall(rf"(?<![\w'’-])(?:{words})\s(?:the\s)?{re.escape(name)}(?![\w'’-])", text))
    return uses > 0 and placed == uses


def _said_businesses(texts: Sequence[str]) -> frozenset[str]:
    """(definites11) The names the article tells are a business's by ", the company said" after them: "The spill
    has so far cost BP $3.12bn, the company said" -> BP; the one name before the phrase in its clause that is no
    person, place, weekday or month ("Obama said Transocean must pay, the company said": two names, none)."""
    found: set[str] = set()
    places: frozenset[str] = frozenset()
    lower: frozenset[str] | None = None
    for text in texts:
        if ", the " not in text:
            continue
        match = _company_said_pattern().search(text)
        if not match:
            continue
        clause = text[:match.start()]
        places = places or _written_as_places(texts) | _place_acronyms()
        names = [name for name, role in role_mentions(clause)
                 if not (role and role_nouns().get(role) == "person" or name in places
                         or name.lower() in _calendar_names()
                         or len(name.split()) > 1 and fits(name, "person") and not _organisation_ending(name))]
        names = [name for name in names if not _after_place_word(name, clause)]  # "in the Gulf of Mexico"
        if names and " " not in names[0] and clause.startswith(names[0]):
            lower = lower if lower is not None else _lower_case_words(texts)
            if names[0].lower() in lower:
                names = names[1:]  # "Profits at Tesoro rose": a common word opening the sentence
        if len(set(names)) == 1 and _fits_kind(names[0], "company"):
            found.add(names[0])
    return frozenset(found)


def _article_businesses(mentions: Sequence[tuple[str, str]], sentence: str, texts: Sequence[str]) -> frozenset[str]:
    """_named_businesses and the names the article tells are a business's by ", the company said" (definites11)."""
    return _named_businesses(mentions, sentence) | _said_businesses([*texts, sentence])


def _company_of_reference(before: str, texts: Sequence[str], businesses: frozenset[str],
                          mentions: Sequence[tuple[str, str]]) -> str:
    """The business "the company" stands for: the one the article names most, when it is the only name that is no
    person, place, weekday or month in the title's sentence before the phrase and the `window` sentences before,
    or the nearest name before the phrase in that sentence that is no person, with no other business in it; ""
    otherwise (a tie for the most named, another business or a name that may be one nearer, none)."""
    window = int(events_rules()["organisation_references"]["window"])
    article = [*texts, before]
    counts = {name: _word_count(name, article) for name in businesses}
    counts = {name: count for name, count in counts.items() if count}
    if not counts:
        return ""
    most = max(counts.values())
    best = [name for name, count in counts.items() if count == most]
    if len(best) != 1:
        return ""
    places = _written_as_places(article) | _place_acronyms()
    lower = _lower_case_words(article)
    others: set[str] = set()
    for text in [before, *texts[max(0, len(texts) - window):]]:
        for name, role in role_mentions(text):
            words = name.split()
            if name not in businesses and " " not in name and (name in places or name.lower() in lower or name.lower() in _calendar_names()
                                    or text.startswith(name) and _common_plural(name, text, article)) \
                    or role and role_nouns().get(role) == "person" \
                    or len(words) > 1 and fits(name, "person") and not _organisation_ending(name) \
                    or any(len(n.split()) > 1 and fits(n, "person") and not _organisation_ending(n) and _same_referent(name, n)
                           for n, _ in mentions):
                continue  # "Tony Hayward", "Hayward", "in Houston", "Engineers said": no business
            others.add(best[0] if _word_count(best[0], [name]) else name)
    # "Transocean, which owned the rig, said the company": another name that may be a business's is near
    if others == {best[0]}:
        return best[0]
    # "Photograph: Getty Images Bob Dudley, an American BP executive, today took over the company's": the nearest
    # name before the phrase in its own sentence that is no person is the business, and no other business is there
    for name, role in reversed(role_mentions(before)):
        if _word_count(best[0], [name]):
            return best[0] if not any(b != best[0] and _word_count(b, [before]) for b in businesses) else ""
        if not (role and role_nouns().get(role) == "person" or len(name.split()) > 1 and fits(name, "person")
                and not _organisation_ending(name) or name.lower() in _calendar_names()):
            break
    return _dominant_business(before, texts, businesses, mentions)


def _dominant_business(before: str, texts: Sequence[str], businesses: frozenset[str],
                       mentions: Sequence[tuple[str, str]]) -> str:
    """(definites10) The business an article is about, for a "the company" no nearer name decides: the business it
    names most, at least organisation_references dominant min_count times before the phrase and `ratio` times as
    often as any other business, when no other business is named in the title's sentence or the `window` sentences
    before, and the title's sentence names nothing before the phrase that may be one (a name that is no person,
    place, weekday or month, nor a name's use before a noun: "the Macondo well"). "Hayward admitted last month that
    the company did not have a proper plan" in an article on BP -> "... that BP did not ..."; "" otherwise."""
    table = events_rules()["organisation_references"]["dominant"]
    article = [*texts, before]
    adjectives = _compound_head_table()["capitalised_describing_endings"]
    counts = {name: _word_count(name, article) for name in businesses
              if not (" " not in name and name.endswith(adjectives))}  # "British", "American": a people, no business
    counts = {name: count for name, count in counts.items() if count}
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    best, most = ranked[0]
    # one business in the article so far: one mention before is enough ("BP's worst day ... The firm's shares")
    # (and no name with an organisation's ending: "a lobbying firm, The Livingston Group, and ... Monitor")
    lone = len(ranked) == 1 and not any(_organisation_ending(name) and not _word_count(best, [name])
                                        for name, _ in [*mentions, *role_mentions(before)])
    if lone and most < int(table["min_count"]):
        lone = not _other_actor_near(best, article, article, mentions)  # "Transocean ... said": maybe the one meant
    least = int(table["lone_min_count"]) if lone else int(table["min_count"])
    if most < least or len(ranked) > 1 and most < int(table["ratio"]) * ranked[1][1]:
        return ""
    near = [before, *texts[max(0, len(texts) - int(table["window"])):]]
    if any(name != best and _word_count(name, near) for name in businesses):
        return ""  # another business near: maybe the one meant
    places = _written_as_places(article) | _place_acronyms()
    for name, role in role_mentions(before):
        words = name.split()
        if _word_count(best, [name]) or role and role_nouns().get(role) == "person" \
                or name in places or name.lower() in _calendar_names() \
                or len(words) > 1 and fits(name, "person") and not _organisation_ending(name) \
                or any(len(n.split()) > 1 and fits(n, "person") and not _organisation_ending(n)
                       and _same_referent(name, n) for n, _ in mentions):
            continue  # "Tony Hayward", "Hayward", "in Houston": no business
        after = before[before.find(name) + len(name):].split(" ", 2)
        if len(after) > 1 and _LOWER_WORD.fullmatch(after[1]) and _plain_noun_word(after[1]) \
                and not _is_verb(after[1]):
            continue  # "the Macondo well": a name's use before a noun, no actor
        return ""  # "Transocean, which owned the rig, said that the company": another name that may be a business
    return best


def _other_actor_near(best: str, near: Sequence[str], article: Sequence[str],
                      mentions: Sequence[tuple[str, str]]) -> bool:
    """(definites11) Whether the sentences (the article before a "the company") name someone other than `best` that
    may be a business: a name that is no person, place (written as one, or after a word of organisation_references said_place_words:
    "into the Gulf of Mexico"), weekday or month, common word opening the sentence, nor a name's use before a noun
    ("the Deepwater Horizon rig")."""
    places = _written_as_places(article) | _place_acronyms()
    lower = _lower_case_words(article)
    for text in near:
        for name, role in role_mentions(text):
            if _word_count(best, [name]) or role and role_nouns().get(role) == "person" \
                    or name in places or name.lower() in _calendar_names() \
                    or " " not in name and text.startswith(name) and name.lower() in lower \
                    or _after_place_word(name, text) \
                    or len(name.split()) > 1 and fits(name, "person") and not _organisation_ending(name) \
                    or any(len(n.split()) > 1 and fits(n, "person") and not _organisation_ending(n)
                           and _same_referent(name, n) for n, _ in mentions):
                continue
            after = text[text.find(name) + len(name):].split(" ", 2)
            if len(after) > 1 and _LOWER_WORD.fullmatch(after[1]) and _plain_noun_word(after[1]) \
                    and not _is_verb(after[1]):
                continue  # "the Deepwater Horizon rig": a name's use before a noun
            return True
    return False


def _common_plural(word: str, text: str, texts: Sequence[str]) -> bool:
    """Whether a capitalised word that opens `text` is a plural common noun ("Engineers said", "Residents were"):
    it ends in "s", a lower-case word follows it, and the texts never write it capitalised inside a sentence."""
    follows = re.match(rf"{re.escape(word)}\s[a-z]", text)
    inside = re.compile(rf"(?<=\S\s){re.escape(word)}(?![\w-])")
    return word.endswith("s") and not word.isupper() and bool(follows) and not any(inside.search(t) for t in texts)


@cache
def _government_modifier_pattern() -> re.Pattern[str]:
    """ "the Obama administration", "the Libyan government", "the U.S. administration": capitalised words (at most
    two) between "the" and a head of events.yaml organisation_references government_heads."""
    heads = "|".join(re.escape(str(h)) for h in events_rules()["organisation_references"]["government_heads"])
    return re.compile(rf"(?<![\w'’-])(?:[Tt]he|an?)\s(?P<modifier>[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+)?)\s"
                      rf"(?P<head>{heads})(?:['’]s)?(?![\w'’-])")


def _government_modifier(head: str, texts: Sequence[str]) -> str:
    """The one capitalised modifier the texts give `head` ("Obama" of "the Obama administration"); "" for none or
    two (a title word such as "Libyan" and "Gaddafi" for one government counts as two: no table tells them one)."""
    found: set[str] = set()
    not_modifiers = {str(w) for w in events_rules()["organisation_references"]["not_modifiers"]}
    for text in texts:
        for match in _government_modifier_pattern().finditer(text):
            if match.group("head") == head and match.group("modifier").split()[0] not in not_modifiers:
                found.add(match.group("modifier"))
    return next(iter(found)) if len(found) == 1 else ""


def name_organisation_reference(title: str, sentence: str, texts: Sequence[str] = (),
                                mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "Bob Dudley took charge of the company's oil spill crisis" -> "... of BP's oil spill crisis": "the
    company/firm" named by the business the article names most, written in the title's sentence or the two before
    with no other business there; "the administration/government" -> "the Obama administration" by the one
    capitalised modifier the article gives that head (events.yaml organisation_references). A phrase inside a
    quotation, one that goes on with "of" or a name, or a title that names the business already: unchanged."""
    match = _organisation_reference_pattern().search(title)
    if not match:
        return title
    following = match.group("following") or ""
    table = events_rules()["organisation_references"]
    if not match.group("possessive") and (following == "of" or following[:1].isupper()
                                          or _plain_noun_word(following) and not _is_verb(_bare(following))):
        return title  # "the company of", "the firm Transocean", "the company town": another phrase
    head = match.group("head")
    at = sentence.lower().find(match.group(0)[:match.end("head") - match.start()].lower())
    if at < 0 and match.start() == 0 and head in table["company_heads"]:
        at = _named_pronoun_at(sentence, bool(match.group("possessive")))  # "In June 2009, it closed": at the "it"
    if at < 0 or quoted_throughout(sentence) or is_open_at(sentence, quote_marks(sentence), at):
        return title  # never rename what a speaker said
    before = sentence[:at]
    if head in table["company_heads"]:
        nation = match.group("nation") or ""
        if nation and _introduces_national_business(nation, head, [*texts, sentence]):
            return title  # "a British firm ... the British firm": the unnamed one introduced
        name = _company_of_reference(before, texts, _article_businesses(mentions, sentence, texts), mentions)
        if not name or _names_business(name, title):
            return title
        words = name + ("'" if name.endswith("s") else "'s") if match.group("possessive") else name
    else:
        # (companies1) the one modifier the title's own sentence gives the head before it decides ("the Libyan
        # government took journalists to Bin Jawad, where the government ousted rebels"), else the article's one
        modifier = _government_modifier(head, [before]) or _government_modifier(head, [*texts, before])
        window = int(table["window"])
        if not modifier or _word_count(modifier, [title]) or head in table["near_heads"] \
                and not _word_count(modifier, [before, *texts[max(0, len(texts) - window):]]):
            return title  # "the government" far from "the Japanese government": maybe another country's
        words = f"{match.group('the')} {modifier} {head}" + (match.group("possessive") or "")
    return title[:match.start()] + words + title[match.end("possessive") if match.group("possessive")
                                                 else match.end("head"):]


def _named_pronoun_at(sentence: str, possessive: bool) -> int:
    """(companies1) Where the first "it" (or "its", for "The company's") of a sentence stands, for a title that
    opens with "The company" its sentence does not write: a pronoun the naming before gave the article's "the
    company" ("The company's own emissions ... In June 2009, it closed the London HQ of BP Alternative Energy" ->
    "The company closed ..."), so that the business is looked for where the pronoun stood; -1 with none."""
    word = "[Ii]ts" if possessive else "[Ii]t"
    found = re.search(rf"(?<![\w'’-]){word}(?![\w'’-])", sentence)
    return found.start() if found else -1


def _names_business(name: str, title: str) -> bool:
    """(companies1) Whether the title names the business already: a use of its name that is no part of a longer
    capitalised name ("The company closed the London HQ of BP Alternative Energy" does not name BP itself: that is
    another name, so "the company" still takes "BP")."""
    return any(not re.match(r"\s[A-Z]", title[m.end():])
               for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title))


@cache
def _company_pronoun_pattern() -> re.Pattern[str]:
    """events.yaml company_pronouns: "It became the first company", "It was an oil firm": a title's opening "It", a
    verb of the table, "the"/"a(n)", at most three describing words and a company head, no possessive or noun after."""
    heads = "|".join(re.escape(str(h)) for h in events_rules()["organisation_references"]["company_heads"])
    verbs = "|".join(re.escape(str(v)) for v in events_rules()["company_pronouns"]["verbs"])
    return re.compile(rf"^It\s(?:{verbs})\s(?:the|an?)\s(?:[a-z-]++\s){{0,3}}?(?:{heads})(?![\w'’-])"
                      rf"(?:\s(?P<following>[\w'’-]++))?")


def name_company_pronoun(title: str, sentence: str, texts: Sequence[str] = (),
                         mentions: Sequence[tuple[str, str]] = ()) -> str:
    """(companies1) "It became the first company to strike oil in the North Sea" -> "BP became ...": an opening "It"
    its own clause calls a company (_company_pronoun_pattern) is named as "the company" would be where the sentence's
    first "it" stands (_company_of_reference: the business the article names most, with no other one near); a
    sentence with no "it" or a quoted one, a noun after the head ("a company town"): unchanged."""
    match = _company_pronoun_pattern().match(title)
    if not match:
        return title
    following = match.group("following") or ""
    if _plain_noun_word(following) and not _is_verb(_bare(following)) and following not in ("to", "that", "which"):
        return title  # "It was a company town": the head describes another noun
    at = _named_pronoun_at(sentence, False)
    if at < 0 or quoted_throughout(sentence) or is_open_at(sentence, quote_marks(sentence), at):
        return title
    name = _company_of_reference(sentence[:at], texts, _article_businesses(mentions, sentence, texts), mentions)
    if not name or _names_business(name, title):
        return title
    return name + title[len("It"):]


@cache
def _company_epithet_pattern() -> re.Pattern[str]:
    """events.yaml organisation_references epithet_ranks: "Britain's biggest oil company", "America's largest
    firm's": a country's possessive, a rank, up to two lower-case words, then a company head (maybe possessive)."""
    table = events_rules()["organisation_references"]
    heads = "|".join(re.escape(str(h)) for h in table["company_heads"])
    ranks = "|".join(re.escape(str(r)) for r in table["epithet_ranks"])
    return re.compile(rf"(?<![\w'’-])(?:[Tt]he\s)?[A-Z][a-z]++['’]s\s(?:{ranks})(?:\s[a-z-]++){{0,2}}?"
                      rf"\s(?P<head>{heads})(?P<possessive>['’]s)?(?![\w'’-])")


def name_company_epithet(title: str, sentence: str, texts: Sequence[str] = (),
                         mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "Britain's biggest oil company was facing an environmental disaster" -> "BP was facing ...": a country's
    ranked company (_company_epithet_pattern) named by the business "the company" would stand for there
    (_company_of_reference: the one the article names most, near, no other business near); inside a quotation, or
    a title that names the business already: unchanged."""
    match = _company_epithet_pattern().search(title)
    if not match:
        return title
    at = sentence.find(match.group(0)[:match.end("head") - match.start()])
    if at < 0 or quoted_throughout(sentence) or is_open_at(sentence, quote_marks(sentence), at):
        return title  # never rename what a speaker said
    name = _company_of_reference(sentence[:at], texts, _article_businesses(mentions, sentence, texts), mentions)
    if not name or _word_count(name, [title]):
        return title
    words = name + ("'" if name.endswith("s") else "'s") if match.group("possessive") else name
    return title[:match.start()] + words + title[match.end():]


@cache
def _company_staff_pattern() -> re.Pattern[str]:
    """ "Company officials briefed": a title that opens with a bare company head and a word of events.yaml
    organisation_references staff_nouns."""
    table = events_rules()["organisation_references"]
    heads = "|".join(re.escape(str(h).capitalize()) for h in table["company_heads"])
    staff = "|".join(re.escape(str(w)) for w in table["staff_nouns"])
    return re.compile(rf"^(?P<head>{heads})\s(?=(?:{staff})(?![\w'’-]))")


def name_company_staff(title: str, sentence: str, texts: Sequence[str] = (),
                       mentions: Sequence[tuple[str, str]] = ()) -> str:
    """ "Company officials briefed members of Congress" -> "BP officials briefed ...": a title that opens with
    "Company" before a word for its staff takes the business "the company" would stand for there
    (_company_of_reference: the one the article names most, near, with no other business near); else unchanged."""
    match = _company_staff_pattern().match(title)
    if not match or quoted_throughout(sentence):
        return title
    at = sentence.find(match.group("head") + " ")
    if at < 0 or is_open_at(sentence, quote_marks(sentence), at):
        return title
    name = _company_of_reference(sentence[:at], texts, _article_businesses(mentions, sentence, texts), mentions)
    if not name or _word_count(name, [title]):
        return title
    return name + title[match.end("head"):]


# --- "praised the country's precautions" -> "praised Mexico's precautions": the one country near -------------------

@cache
def _country_table() -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """events.yaml country_references: "the country('s)" in a title, with the word after it; and each country as
    the way a title writes it with one pattern for every way an article writes it or its adjectives."""
    table = events_rules()["country_references"]
    heads = "|".join(re.escape(str(h)) for h in table["heads"])
    phrase = re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he)\s(?P<head>{heads})(?P<possessive>['’]s)?(?![\w'’-])"
                        rf"(?:\s(?P<following>[\w'’-]++))?")
    countries = []
    for entry in table["countries"]:
        forms = [str(n).removeprefix("the ") for n in entry["names"]] + [str(a) for a in entry["adjectives"]]
        alternatives = "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))
        countries.append((str(entry["names"][0]), re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])")))
    return phrase, tuple(countries)


@cache
def _region_table() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """events.yaml country_references regions: "the <region> <head>('s)" ("the North African nation"), with the
    word after it; and the countries of each region as the country table writes them."""
    table = events_rules()["country_references"]
    regions = {str(r): tuple(str(c) for c in cs) for r, cs in table["regions"].items()}
    names = "|".join(re.escape(r) for r in sorted(regions, key=lambda r: (-len(r), r)))
    heads = "|".join(re.escape(str(h)) for h in table["region_heads"])
    phrase = re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he)\s(?P<region>{names})\s(?P<head>{heads})(?P<possessive>['’]s)?"
                        rf"(?![\w'’-])(?:\s(?P<following>[\w'’-]++))?")
    return phrase, regions


def _country_phrase_at(match: re.Match[str], sentence: str) -> int:
    """Where a title's "the country" / "the North African nation" stands in its sentence; -1 when the phrase goes on
    as another ("the country of", "the country music", "the Gulf state media") or stands in a quotation (never rename
    what a speaker said)."""
    following = match.group("following") or ""
    if not match.group("possessive") and (following == "of" or following[:1].isupper()
                                          or _plain_noun_word(following) and not _is_verb(_bare(following))):
        return -1
    at = sentence.lower().find(match.group(0)[:match.end("head") - match.start()].lower())
    if at < 0 or quoted_throughout(sentence) or is_open_at(sentence, quote_marks(sentence), at):
        return -1
    return at


def _with_country(title: str, match: re.Match[str], name: str) -> str:
    """The title with the matched "the country('s)" phrase replaced by the country's name (its possessive kept,
    capitalised at the title's start)."""
    if match.group("possessive"):
        name += "'" if name.endswith("s") else "'s"
    if match.start() == 0:
        name = name[:1].upper() + name[1:]
    end = match.end("possessive") if match.group("possessive") else match.end("head")
    return title[:match.start()] + name + title[end:]


def _name_region_country(title: str, sentence: str, texts: Sequence[str]) -> str:
    """ "deployed in the North African nation" -> "deployed in Libya": the one country of the region the article
    names before (or, of several, the article's most named country when it is of the region); else unchanged."""
    phrase, regions = _region_table()
    match = phrase.search(title)
    if not match:
        return title
    at = _country_phrase_at(match, sentence)
    if at < 0:
        return title
    region = regions[match.group("region")]
    earlier = [*texts, sentence[:at]]
    found = [c for c in _countries_in(" ".join(earlier)) if c in region]
    if len(found) > 1:
        most = _most_named_country(earlier)
        found = [most] if most in region else []
    if len(found) != 1 or found[0] in title:
        return title
    return _with_country(title, match, found[0])


def _countries_in(text: str) -> list[str]:
    """The countries a text names or gives by an adjective, each as a title writes it."""
    _, countries = _country_table()
    return [name for name, pattern in countries if pattern.search(text)]


def _most_named_country(texts: Sequence[str]) -> str:
    """The one country the texts name (or give by an adjective) most often; "" for a tie or none."""
    _, countries = _country_table()
    counts = {name: sum(len(pattern.findall(text)) for text in texts) for name, pattern in countries}
    most = max(counts.values(), default=0)
    best = [name for name, count in counts.items() if count == most]
    return best[0] if most and len(best) == 1 else ""


def name_country_reference(title: str, sentence: str, previous: str = "", texts: Sequence[str] = ()) -> str:
    """ "President Felipe Calderon praised the country's precautions" -> "... praised Mexico's precautions": "the
    country('s)" named by the one country the title's sentence names or gives by its adjective before the phrase
    ("Speaking on Mexican TV"), or, when that sentence names none and no other name in it may be a place, by the
    one country the sentence before names when that is the country the article (`texts`) names most (events.yaml
    country_references). Two countries, a country in the title
    already, a quotation, or a phrase that goes on with "of" or a noun ("the country music"): unchanged."""
    regional = _name_region_country(title, sentence, texts)
    if regional != title:
        return regional
    phrase, _ = _country_table()
    match = phrase.search(title)
    acting = _acting_country(title)  # places4: "The United States said it was moving ships closer to the country"
    # "Nearly 40,000 Libyans fled the country's western region": a people named by its country's adjective names it
    if not match or [c for c in _countries_in(_peoples_as_countries(title)) if c != acting]:
        return title
    at = _country_phrase_at(match, sentence)
    if at < 0:
        return title
    before = sentence[:at]
    found = [c for c in _countries_in(before) if c != acting]
    if not found:
        others = [n for n, _ in role_mentions(before) if n.lower() not in _calendar_names()
                  and not (len(n.split()) > 1 and fits(n, "person"))
                  and not (before.startswith(n) and (n.lower() in lexicon().stopwords or is_adverb(n.lower())
                                                     or _common_plural(n, before, [before])))]
        found = [c for c in _countries_in(previous) if c != acting] if not others else []
        most = _most_named_country(texts)
        if found and most not in found:
            return title  # "fled the country" after a sentence on U.S. aid: only the article's own country
        if found != [most]:  # places4: none near, or the article's own with another: the article's one country
            found = _article_country(sentence, previous, texts, acting)
    if len(found) != 1:
        return title
    return _with_country(title, match, found[0])


def _peoples_as_countries(text: str) -> str:
    """places4: the text with a people's plural ("Libyans", "Egyptians") as its adjective, which names the country."""
    return re.sub(r"(?<=[a-z]an)s(?![\w'’-])", "", text)


def _acting_country(title: str) -> str:
    """places4: the country a title opens with as the subject of its verb ("The United States said it was moving
    ships closer to the country", "France recognized ..."): a government acting, never "the country" the title
    speaks of; "" for none ("The US president", "Libya's oil")."""
    _, countries = _country_table()
    for name, pattern in countries:
        match = pattern.match(title.removeprefix("The ").removeprefix("the "))
        rest = title.removeprefix("The ").removeprefix("the ")[match.end():].split()[:1] if match else []
        if rest and _is_verb(_bare(rest[0])) and not rest[0][:1].isupper() and name in _countries_in(match.group(0)) \
                and not any(match.group(0) == a for a in _country_adjectives()):
            return name
    return ""


@cache
def _country_adjectives() -> frozenset[str]:
    """The adjectives of events.yaml country_references countries ("Libyan"): no country acts by one."""
    return frozenset(str(a) for entry in events_rules()["country_references"]["countries"] for a in entry["adjectives"])


def _article_country(sentence: str, previous: str, texts: Sequence[str], acting: str) -> list[str]:
    """places4: "the country" where neither the title's sentence before the phrase nor the sentence before names
    one: the one country the article (up to and with the title's sentence) names or gives by its adjective at least
    `article_country_least` times and `article_country_ratio` times as often as any other, or as often as any
    other when it is the one country the article's first sentence (headline, dateline, lead) names, when the title's sentence
    names no other country, nor the sentence before unless it names this one too (the subject country acting
    excepted: "The United States said ... closer to the country" -> Libya); [] otherwise."""
    table = events_rules()["country_references"]
    _, countries = _country_table()
    counts = {name: sum(len(p.findall(t)) for t in [*texts, sentence]) for name, p in countries}
    ranked = sorted(((n, name) for name, n in counts.items()), key=lambda c: -c[0])
    (most, country), (second, _) = ranked[0], ranked[1]
    # the one country the article's first sentence (headline, dateline, lead) names, when none is named more
    lead = _countries_in(_peoples_as_countries(texts[0])) if texts else []
    if len(lead) == 1 and counts[lead[0]] == most:
        country = lead[0]
    elif most < float(table["article_country_ratio"]) * second:
        return []
    if country == acting or most < int(table["article_country_least"]):
        return []
    near = _countries_in(previous)
    if any(c not in (country, acting) for c in _countries_in(sentence)) or country not in near \
            and any(c != acting for c in near):
        return []  # "Ben Ali fled to Saudi Arabia ... the country": another country near
    return [country]


# --- "the alliance" -> "NATO", "the sprawling capital" -> "Mexico City": the one name of the head's kind near -------

@dataclass(frozen=True, slots=True)
class _Kind:
    """One kind of events.yaml kind_references: each name as a title writes it with one pattern for all its
    spellings; or a pattern for a capitalised name that ends in one of `endings`."""

    names: tuple[tuple[str, re.Pattern[str]], ...]
    ending: re.Pattern[str] | None
    named_by_adjective: bool
    not_modifiers: frozenset[str]
    not_before: frozenset[str]


@cache
def _kind_reference_table() -> tuple[re.Pattern[str], dict[str, _Kind]]:
    """events.yaml kind_references: "the (describing words) <head>('s)" in a title, with the word after it; and
    the kind of each head."""
    table = events_rules()["kind_references"]
    kinds: dict[str, _Kind] = {}
    for entry in table["kinds"]:
        names = []
        for spellings in entry.get("names", ()):
            forms = sorted({str(s).removeprefix("the ") for s in spellings}, key=lambda f: (-len(f), f))
            alternatives = "|".join(re.escape(f) for f in forms)
            # a name's possessive is the name too ("On NATO's first day of command, the alliance reaffirmed")
            names.append((str(spellings[0]), re.compile(rf"(?<![\w.'’-])(?:{alternatives})(?:['’]s)?(?![\w'’-])")))
        endings = "|".join(re.escape(str(e)) for e in entry.get("endings", ()))
        ending = re.compile(rf"(?<![\w'’-])(?:[A-Z][\w&'’-]*+\s){{1,3}}?(?:{endings})(?![\w'’-])") if endings else None
        kind = _Kind(tuple(names), ending, bool(entry.get("named_by_adjective", False)),
                     frozenset(str(w).lower() for w in entry.get("not_modifiers", ())),
                     frozenset(str(w).lower() for w in entry.get("not_before", ())))
        kinds.update({str(head).lower(): kind for head in entry["heads"]})
    heads = "|".join(re.escape(h) for h in sorted(kinds, key=lambda h: (-len(h), h)))
    modifiers = int(table["modifiers"])
    phrase = re.compile(rf"(?<![\w'’-])(?P<the>[Tt]he)\s(?P<modifiers>(?:[\w'’-]++\s){{0,{modifiers}}}?)"
                        rf"(?P<head>{heads})(?P<possessive>['’]s)?(?![\w'’-])(?:\s(?P<following>[\w'’-]++)"
                        rf"(?:\s(?P<next>[\w'’-]++))?)?")
    return phrase, kinds


def _kind_names_in(kind: _Kind, texts: Sequence[str]) -> set[str]:
    """The names of the kind the texts write, each as a title writes it."""
    found = {name for name, pattern in kind.names if any(pattern.search(text) for text in texts)}
    if kind.ending is not None:
        found |= {m.group(0) for text in texts for m in kind.ending.finditer(text)}
    return found


def _kind_modifiers_fit(modifiers: Sequence[str], kind: _Kind) -> bool:
    """Whether the words between "the" and the head only describe it ("sprawling", "western", "Australian"): no
    function word, verb or word of the kind's not_modifiers, and no capitalised word where an adjective names the
    thing itself ("the Libyan capital")."""
    for word in modifiers:
        bare = _bare(word).lower()
        if not bare or bare in lexicon().stopwords or bare in kind.not_modifiers or _is_verb(bare) \
                or word[:1].isupper() and kind.named_by_adjective:
            return False
    return True


def name_kind_reference(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """ "Authorities in the sprawling capital lowered the alert" -> "Authorities in Mexico City lowered the alert":
    "the (describing words) <head>" of events.yaml kind_references named by the one name of the head's kind that
    the article writes before it, or, of several, the one the title's sentence writes before the phrase or the
    `window` sentences before write ("the alliance" -> "NATO", "the Australian airline" -> "Qantas Airways"). Two
    such names near, none, the name in the title already, a quotation, a describing word that makes it another
    thing, or a phrase that goes on with "of" (but for a gerund: "accused the alliance of acting"), a name or a
    noun: unchanged."""
    phrase, kinds = _kind_reference_table()
    window = int(events_rules()["kind_references"]["window"])
    for match in phrase.finditer(title):
        kind = kinds[match.group("head").lower()]
        following = match.group("following") or ""
        gerund = following == "of" and (match.group("next") or "").endswith("ing")  # "accused the alliance of acting"
        if not match.group("possessive") and not gerund and (
                following == "of" or following[:1].isupper()
                or _plain_noun_word(following) and not _is_verb(_bare(following))):
            continue  # "the capital of", "the capital Tripoli", "the alliance members": another phrase
        before = title[:match.start()].split()
        if not _kind_modifiers_fit(match.group("modifiers").split(), kind) \
                or before and _bare(before[-1]).lower() in kind.not_before:
            continue  # "the rebel capital", "raise the capital": another thing
        at = sentence.lower().find(match.group(0)[:match.end("head") - match.start()].lower())
        if at < 0 or quoted_throughout(sentence) or is_open_at(sentence, quote_marks(sentence), at):
            continue  # never rename what a speaker said
        # the one name of the kind the article writes before; of several, the one written near
        found = _kind_names_in(kind, [*texts, sentence[:at]])
        if len(found) > 1:
            found = _kind_names_in(kind, [sentence[:at], *texts[max(0, len(texts) - window):]])
        if len(found) != 1 or _kind_names_in(kind, [title]):
            continue
        name = found.pop()
        if match.group("possessive"):
            name += "'" if name.endswith("s") else "'s"
        name = name[:1].upper() + name[1:] if match.start() == 0 else name
        end = match.end("possessive") if match.group("possessive") else match.end("head")
        start = match.start()
        if [w.lower() for w in before[-2:]] == ["much", "of"] and not name[:1].isupper():
            start = len(title[:start].rstrip()) - 2  # "too much of the drug" -> "too much propofol"
        return title[:start] + name + title[end:]
    return title


# --- definites8: "The man arrived" -> "The 21-year-old Canadian arrived", "the operation" -> "the Libyan operation": --
# --- a definite noun phrase the sentence right before names ------------------------------------------------------

@cache
def _definite_referent_table() -> dict[str, Any]:
    """events.yaml definite_referents, read once, words lower-cased."""
    table = events_rules()["definite_referents"]
    return {"person_heads": frozenset(str(w).lower() for w in table["person_heads"]),
            "aged_words": int(table["aged_words"]),
            "female": frozenset(str(w).lower() for w in table["female_words"]),
            "male": frozenset(str(w).lower() for w in table["male_words"]),
            "run_words": int(table["run_words"]),
            "compound_sentences": int(table["compound_sentences"]),
            "determiners": tuple(str(w).lower() for w in table["determiners"]),
            "phrase_followers": frozenset(str(w).lower() for w in table["phrase_followers"])}


_AGED_PERSON = re.compile(r"(?<![\w'’-])[Aa]n?\s(?P<age>\d{1,3}-year-old)(?![\w'’-])")


def _aged_descriptions(text: str) -> list[str]:
    """Each "a/an <N>-year-old ..." of `text` as its age and the describing words after it (events.yaml
    definite_referents aged_words), up to a stopword, verb or punctuation: "a 21-year-old Canadian has tested" ->
    "21-year-old Canadian"; "a 38-year-old mother who" -> "38-year-old mother"."""
    table = _definite_referent_table()
    found: list[str] = []
    for match in _AGED_PERSON.finditer(text):
        words = [match.group("age")]
        for token in text[match.end():].split(" ", table["aged_words"] + 2)[1:table["aged_words"] + 2]:
            word = token.lower()
            if not re.fullmatch(r"[A-Za-z][\w-]*+", token):
                if re.fullmatch(r"[A-Za-z][\w-]*+[,.;:]", token) and len(words) <= table["aged_words"] \
                        and token[:-1].lower() not in lexicon().stopwords and not _is_verb(token[:-1].lower()):
                    words.append(token[:-1])  # "a 21-year-old Canadian, who": the last describing word
                break
            if len(words) > table["aged_words"] or word in lexicon().stopwords or _is_verb(word) \
                    or word.endswith("ing") or is_adverb(word):
                break
            words.append(token)
        found.append(" ".join(words))
    return found


def name_aged_person(title: str, sentence: str, previous: str) -> str:
    """ "The man arrived in Beijing" -> "The 21-year-old Canadian arrived in Beijing" when the sentence right before
    (`previous`) introduces one person by age ("A 21-year-old Canadian has tested positive"; events.yaml
    definite_referents person_heads). Two ages there, none, a description of the other sex than the title's head
    ("a 38-year-old mother" for "The man"), a title that goes on with no verb, or a title whose own sentence gives
    an age: unchanged."""
    table = _definite_referent_table()
    words = title.split(" ")
    if len(words) < 3 or words[0] != "The" or words[1].lower() not in table["person_heads"] \
            or not _verb_word(words[2], words[3] if len(words) > 3 else "") or not previous \
            or _AGED_PERSON.search(sentence):
        return title
    found = set(_aged_descriptions(previous))
    if len(found) != 1:
        return title
    description = found.pop()
    said = {w.lower() for w in description.split()[1:]}
    head = words[1].lower()
    if head in table["female"] and said & table["male"] or head in table["male"] and said & table["female"]:
        return title
    return _within_title_words(title, " ".join(["The", description, *words[2:]]))


def _within_title_words(title: str, named: str) -> str:
    """`named` unless its added words take a title that fit events.yaml title_words past it (the cut that follows
    would drop the title's tail: "... was killed [as he was heading for the capital]"): then `title`."""
    limit = lexicon().title_words
    return title if len(named.split()) > limit >= len(title.split()) else named


@lru_cache(maxsize=256)  # one entry an event noun: bounded by the table
def _event_compound_pattern(head: str) -> re.Pattern[str]:
    """ "the Libyan operation", "a NATO strike": a determiner (events.yaml definite_referents determiners), one to
    run_words capitalised words, the head."""
    table = _definite_referent_table()
    determiners = "|".join(re.escape(d) for d in table["determiners"])
    return re.compile(rf"(?<![\w'’-])(?i:{determiners})\s(?P<run>(?:[A-Z][\w.’'-]*+\s){{1,{table['run_words']}}})"
                      rf"{re.escape(head)}(?![\w'’-])")


def _event_compound_runs(head: str, texts: Iterable[str]) -> set[str]:
    """The capitalised runs of "the/a <run> <head>" compounds in `texts` (_event_compound_pattern), without a day,
    month or possessive in the run ("Wednesday's meeting", "Gadhafi's operation": a day, an owner)."""
    runs: set[str] = set()
    for text in texts:
        for match in _event_compound_pattern(head).finditer(text):
            run = match.group("run").split()
            if not any(_bare(w) in _calendar_names() or POSSESSIVE.search(w) for w in run):
                runs.add(" ".join(run))
    return runs


def _event_place_runs(head: str, texts: Iterable[str]) -> set[str]:
    """The places of "<head> in <Capitalised words>" in `texts` ("the first meeting in Doha comes"), the run ended by
    a lower-case word or a mark, at most run_words words, no day or month name ("the meeting in May")."""
    pattern = _event_place_pattern(head)
    places: set[str] = set()
    for text in texts:
        for match in pattern.finditer(text):
            run = match.group("run").split()
            if not any(_bare(w) in _calendar_names() or POSSESSIVE.search(w) for w in run):
                places.add(" ".join(run))
    return places


@lru_cache(maxsize=256)  # one entry an event noun: bounded by the table
def _event_place_pattern(head: str) -> re.Pattern[str]:
    words = _definite_referent_table()["run_words"]
    return re.compile(rf"(?<![\w'’-]){re.escape(head)}\sin\s(?P<run>[A-Z][\w.’'-]*+(?:\s[A-Z][\w.’'-]*+){{0,{words - 1}}})"
                      rf"(?![\w'’-]|\s[A-Z])")


_LAST_WORD = re.compile(r"(\S++)\s*+\Z")


def _day_possessive_before(text: str) -> bool:
    """Whether `text` ends with a day or month name's possessive ("a co-chair of Wednesday's", "Friday 's")."""
    found = _LAST_WORD.search(text)
    word = found.group(1) if found else ""
    if word in ("'s", "’s", "s"):  # a source that split the possessive off ("Wednesday 's meeting")
        found = _LAST_WORD.search(text[:found.start()])
        word = (found.group(1) if found else "") + "'s"
    return bool(POSSESSIVE.search(word)) and POSSESSIVE.sub("", word).lower() in _calendar_names()


def name_event_by_compound(title: str, sentence: str, previous: str, texts: Sequence[str] = ()) -> str:
    """ "The operation began" -> "The Libyan operation began" when the sentence right before (`previous`), the last
    sentences of `texts` (events.yaml definite_referents compound_sentences) or the title's own sentence before the
    noun write one compound of that event noun ("transfers control of the Libyan operation to NATO"; events.yaml
    event_nouns, definite_referents). Two compounds, a day or month name or a
    possessive in the run ("Wednesday's meeting"), a head followed by a phrase that says which ("the meeting in
    Doha"), or a compound word already in the title: unchanged. Where the sentence wrote a day's possessive before
    the noun ("a co-chair of Wednesday's meeting") and no compound stands near, the one name the article gave it
    before, as a compound ("the Doha meeting") or a place after "in" ("the first meeting in Doha" -> "a co-chair
    of the meeting in Doha"), names it; two names name none."""
    table = _definite_referent_table()
    words = title.split(" ")
    for k, token in enumerate(words[:-1]):
        head = POSSESSIVE.sub("", words[k + 1].rstrip(",;:"))  # "the strike's target", "of the meeting, said"
        if token not in ("the", "The") or head not in lexicon().event_nouns:
            continue
        following = words[k + 2] if k + 2 < len(words) and words[k + 1][-1:] not in ",;:" else ""
        if _bare(following) in table["phrase_followers"] or following[:1].isupper():
            continue  # "the meeting in Doha", "the meeting Tuesday": the title says which
        at = re.search(rf"(?<![\w'’-]){re.escape(head)}(?![\w-])", sentence)
        near = texts[max(0, len(texts) - table["compound_sentences"]):] if texts else (previous,)
        runs = _event_compound_runs(head, (*near, sentence[:at.start()] if at else ""))
        if not runs and at and texts and _day_possessive_before(sentence[:at.start()]):
            # "a co-chair of Wednesday's meeting": the day tells the one meeting the article is about, which its
            # article named before, as a compound or with its place ("The first meeting in Doha comes")
            runs = _event_compound_runs(head, texts)
            places = _event_place_runs(head, texts)
            if len(runs | places) > 1:
                continue  # two names ("the Cairo meeting", "a meeting in Doha"): which one is not known
            if places and not runs:
                place = places.pop()
                if any(_bare(w) == part.lower().strip(".") for w in words for part in place.split()):
                    continue
                at_head = words[k + 1]
                cut = len(at_head.rstrip(",;:"))
                named_head = f"{at_head[:cut]} in {place}{at_head[cut:]}"
                return _within_title_words(title, " ".join([*words[:k + 1], named_head, *words[k + 2:]]))
        if len(runs) != 1:
            continue
        run = runs.pop()
        if any(_bare(w) == part.lower().strip(".") for w in words for part in run.split()):
            continue
        return _within_title_words(title, " ".join([*words[:k + 1], run, *words[k + 1:]]))
    return title


def name_apposed_speaker(title: str, sentence: str) -> str:
    """ "The diplomat said “...”" -> "Ibrahim Dabbashi said “...”" when its sentence sets a person's name in apposition
    to the speaker before the verb of saying ("“...,” the diplomat, Ibrahim Dabbashi, told CNN"): what
    name_apposed_subject does where the title's "said" stands for another verb of saying ("told", "added") than the
    sentence's. A subject that is no person noun, a name that is no person, or no verb of saying after it:
    unchanged."""
    words = title.split(" ")
    if len(words) < 3 or words[0] != "The" or _bare(words[2]) not in ("said", "says"):
        return title
    subject = " ".join(words[:2])
    if words[1][-1:] in _EDGE or not _describes_person(words[:2]) \
            and _bare(words[1]) not in events_rules()["definite_clauses"]["apposed_nouns"]:
        return title  # "The diplomat", "The spokesman" (definite_clauses apposed_nouns) are persons too
    for written in (subject, subject[:1].lower() + subject[1:]):
        at = sentence.find(written + ",")
        match = _subject_apposition().match(sentence, at + len(written)) if at >= 0 else None
        after = sentence[match.end():].split(" ", 1)[0] if match else ""
        if match and _bare(after) in lexicon().reporting_verbs and fits(match.group("name"), "person"):
            return " ".join([match.group("name"), *words[2:]])
    return title


def name_introduced_compound(title: str, sentence: str, previous: str) -> str:
    """ "The well finally reached the main shaft" -> "The relief well finally reached ..." when the sentence right
    before (`previous`) introduces one "a/an <word> <noun>" of the title's opening noun ("while a relief well was
    completed"), the word a lower-case noun or name of a kind (no stopword, no describing word of events.yaml
    compound_heads: "a new well" tells no kind); a person noun (other rules name people), two such words or the
    noun written there with another word before it ("the Macondo well"), or a phrase after the noun in the title:
    unchanged."""
    words = title.split(" ")
    table = _compound_head_table()
    if len(words) > 1 and words[0] not in ("The", "That", "This") and _LOWER_WORD.fullmatch(words[0].lower()) \
            and words[0][:1].isupper():
        words = ["The", words[0].lower(), *words[1:]]  # "Well finally reached": "That well" a title step left bare
    verb = 3 if len(words) > 3 and is_adverb(_bare(words[2])) else 2  # "The well finally reached"
    if len(words) <= verb or words[0] not in ("The", "That", "This") or not _LOWER_WORD.fullmatch(words[1]) \
            or not _verb_word(words[verb], words[verb + 1] if len(words) > verb + 1 else "") or not previous:
        return title
    head = words[1]
    if head in _definite_referent_table()["person_heads"] or head in _introduction_table()["heads"] \
            or head in lexicon().stopwords or _describes_person([head]) \
            or head in events_rules()["definite_clauses"]["apposed_nouns"]:
        return title  # "a government official": a role names no one more than "the official" does
    before = {m.group(1).lower() for m in re.finditer(rf"([\w’'-]+)\s{re.escape(head)}(?![\w’'-])", previous)}
    introduced = {m.group(1) for m in re.finditer(rf"(?<![\w’'-])[Aa]n?\s([a-z][a-z-]*+)\s{re.escape(head)}(?![\w’'-])",
                                                  previous)}
    if len(introduced) != 1 or re.search(rf"(?<![\w’'-]){re.escape(head.capitalize())}(?![\w-])", previous):
        return title  # "a military council in the Security Council's shadow": a named one the title may mean
    word = introduced.pop()
    if before - {word} or word in lexicon().stopwords or word in table["describing"] or _is_verb(word) \
            or is_adverb(word) or word.endswith("ing") or word in table["numbers"]:
        return title  # "the Macondo well ... a relief well": two of the noun; "a new well": no kind
    if not re.search(rf"(?<![\w’'-])(?i:the|that|this)\s{re.escape(head)}(?![\w’'-])", sentence):
        return title  # the sentence's own "the/that <noun>", no longer phrase the title shortened
    return _within_title_words(title, " ".join(["The", word, *words[1:]]))


@cache
def _fronted_group_table() -> dict[str, Any]:
    """events.yaml fronted_group_antecedents, its word lists as lower-case sets."""
    table = events_rules()["fronted_group_antecedents"]
    return {"subordinators": frozenset(str(w).lower() for w in table["subordinators"]),
            "subject_words": int(table["subject_words"]), "verb_reach": int(table["verb_reach"])}


def _fronted_main_subject(tokens: Sequence[str], start: int) -> str:
    """The plural subject that opens the main clause at tokens[start] ("Gadhafi's troops have been"): at most
    subject_words words, none a pronoun nor ending in a comma, before a lower-case verb word; "" when there is none
    or it is no group (fits, bare plurals too), a partitive ("Some") or a reported speaker's ("they said")."""
    most = _fronted_group_table()["subject_words"]
    for end in range(start + 1, min(len(tokens), start + most + 1)):
        token = tokens[end]
        if token[:1].islower() and _is_verb(_bare(token)):
            words = [t for t in tokens[start:end]]
            subject = " ".join(words)
            if any(pronoun_class(_bare(w)) or _bare(w) in lexicon().subject_pronouns
                   or _bare(w) in lexicon().first_person or any(c in w for c in ",;:“”\"()") for w in words):
                return ""
            if _partitive(subject) or not fits(subject, "group", bare_plural=True):
                return ""
            return subject
    return ""


def name_fronted_group_pronoun(title: str, sentence: str, previous: str = "") -> str:
    """ "They were driven from the border" of "Since they were driven from the border checkposts by rebels, Gadhafi's
    troops have been shelling ..." -> "Gadhafi's troops were driven from the border": a title that opens with "they"
    of a clause that a subordinator of events.yaml fronted_group_antecedents puts first in its sentence, named by the
    plural subject that opens the main clause after that clause's comma. Left alone: a sentence before whose own
    subject is a group (two candidates: "The rebels advanced. When they reached the town, residents fled"), a "they"
    that reports ("As they say, ..."), a sentence in quotation marks, a main subject that is a pronoun, a person's
    name or no plural; else the title unchanged."""
    words = title.split()
    if len(words) < 2 or _bare(words[0]) != "they" or _bare(words[1]) in lexicon().reporting_verbs:
        return title
    table = _fronted_group_table()
    tokens = _TOKEN.findall(sentence)
    if len(tokens) < 5 or _bare(tokens[0]) not in table["subordinators"] or tokens[0] != tokens[0].strip(_EDGE) \
            or _bare(tokens[1]) != "they" or any(c in tokens[1] for c in ",;:") \
            or _bare(words[1]) not in (_bare(t) for t in tokens[2:2 + table["verb_reach"]]):
        return title
    comma = next((k for k in range(2, len(tokens) - 1) if tokens[k].endswith(",")), -1)
    if comma < 0 or any(c in t for t in tokens[:comma + 1] for c in "“”\"") \
            or any(_bare(t) in ("they", "them", "their") for t in tokens[2:comma + 1]):
        return title
    subject = _fronted_main_subject(tokens, comma + 1)
    if not subject:
        return title
    before = _without_trailing_adverbs(opening_subject(previous, through_reports=False)) if previous else ""
    if before and before != subject and fits(before, "group", bare_plural=True):
        return title  # "The rebels advanced. When they reached the town, residents fled": the rebels may be meant
    return _with_name(title, subject)


@cache
def _described_subject_table() -> dict[str, Any]:
    """events.yaml described_subjects, its word lists as lower-case sets and its relatives as one pattern."""
    table = events_rules()["described_subjects"]
    return {**{k: int(table[k]) for k in ("min_words", "max_words", "kept_words", "max_dropped_words", "name_words")},
            **{k: frozenset(str(w).lower() for w in table[k])
               for k in ("name_particles", "subject_openers", "not_name_words", "function_words",
                         "side_story_openers")},
            "relatives": "|".join(re.escape(str(w)) for w in table["relatives"])}


def _name_before_comma(before: str) -> tuple[str, str]:
    """The capitalised run that ends `before` (the text up to an apposition's opening comma: "... Sen. John McCain of
    Arizona") and the word before it ("" at the sentence's start); ("", "") when no name ends it (a lower-case word,
    a fronted time "On Thursday", a run too long, a particle at either end)."""
    table = _described_subject_table()
    words = before.split()
    k = len(words)
    while k > 0 and len(words) - k < table["name_words"] + 1:
        word = words[k - 1]
        if word[-1:] in ",;:—–-\"“”(" or word[:1] in "\"“(":
            break
        if not (word[:1].isupper() or word.lower() in table["name_particles"]):
            break
        k -= 1
    while k < len(words) and words[k].lower() in table["name_particles"]:
        k += 1  # "in support of Maj. Nidal M. Hasan": a particle opens no name
    run = words[k:]
    if not run or len(run) > table["name_words"] or not run[0][:1].isupper() or not run[-1][:1].isupper() \
            or any(_bare(w) in table["not_name_words"] or _bare(w) in _calendar_names() for w in run):
        return "", ""
    return " ".join(run), words[k - 1] if k else ""


def name_described_subject(title: str, sentence: str) -> str:
    """ "Libya's third city rose up with other towns" -> "Misrata, Libya's third city, rose up with other towns" when
    its sentence reads "Misrata, Libya's third city, rose up ...", "Russia's Africa envoy traveled to Benghazi" ->
    "Mikhail Margelov, Russia's Africa envoy, traveled ..." ("Mikhail Margelov, Russia's Africa envoy, who traveled
    ..."): a title that opens with the description a sentence set in apposition after a name (events.yaml
    described_subjects) opens with the name; the description stays, between commas, only when it is short and the
    sentence has it word for word ("Sen. John McCain of Arizona, the unsuccessful Republican presidential nominee
    in 2008, warned" -> "Sen. John McCain of Arizona warned"). The apposition must close where the title's verb
    follows (", rose") or open a relative ("who", "which") with a verb after it; a name after a preposition ("In
    Misrata, Libya's third city, rebels ..."), in an open quotation, a description of names only ("Britain, France
    and the U.S.") or with a verb, an indefinite one a relative follows (a passer-by's side story): unchanged."""
    words = title.split(" ")
    table = _described_subject_table()
    if len(words) < table["min_words"] + 1 or not words[0][:1].isupper():
        return title
    for size in range(min(table["max_words"], len(words) - 1), table["min_words"] - 1, -1):
        if any(w[-1:] in _EDGE for w in words[:size - 1]) or words[size - 1][-1:] in _EDGE.replace(",", ""):
            continue  # the description is one phrase: no inner punctuation
        written = " ".join(words[:size]).rstrip(",")
        if not any(w.islower() and w not in table["function_words"] for w in written.split()) \
                or any(w.islower() and _is_verb(_bare(w)) for w in written.split()):
            continue  # "France and the U.S.": names only; "four explosions were heard": a clause, no description
        following = _bare(words[size])
        forms = {written, written[:1].lower() + written[1:]}
        for form in forms:
            if f", {form}" not in sentence:
                continue
            pattern = re.compile(rf"(?<=,\s){re.escape(form)}(?P<dropped>(?:\s[^\s,]++){{0,{table['max_dropped_words']}}}?)"
                                 rf"(?:(?P<relative>,?\s(?:{table['relatives']})\s)|,\s(?P<next>[^\s,]++))")
            for match in pattern.finditer(sentence):
                if match.group("next") is not None and _bare(match.group("next")) != following:
                    continue  # the apposition closes on another verb than the title's
                if match.group("relative") and _bare(form.split()[0]) in table["side_story_openers"]:
                    continue  # "Milad Abu Aisha, a 60-year-old pensioner who joined friends": a passer-by's story
                after = sentence[match.end():].split(" ", 1)[0] if match.group("relative") else following
                if not (_is_verb(_bare(after)) or is_adverb(_bare(after))) \
                        or any(w.islower() and _is_verb(_bare(w)) for w in match.group("dropped").split()):
                    continue  # "which American officials blame": the relative's doer is another; a verb dropped
                name, opener = _name_before_comma(sentence[:match.start() - 2])
                if not name or name.lower() in title.lower() or is_open_at(sentence, quote_marks(sentence),
                                                                           match.start()):
                    continue
                if match.group("relative") is None and opener and opener[-1:] not in ",—–-:" \
                        and _bare(opener) not in table["subject_openers"]:
                    continue  # "In Misrata, Libya's third city, rebels": a place phrase, no subject
                kept = not match.group("dropped") and size <= table["kept_words"]
                description = sentence[match.start():match.start() + len(form)]
                head = f"{name}, {description}," if kept else name
                return " ".join([head, *words[size:]])
    return title


# --- pronouns12: a pronoun named through a chain of sentences that open with it -------------------------------------

@cache
def _chain_table() -> dict[str, Any]:
    """events.yaml pronoun_chains, its word lists as lower-case sets."""
    table = events_rules()["pronoun_chains"]
    return {"reach": int(table["chain_sentences"]),
            "families": tuple(frozenset(str(w).lower() for w in words) for words in table["families"].values()),
            "subordinators": frozenset(str(w).lower() for w in table["subordinators"])}


def _chain_family(pronoun: str) -> frozenset[str]:
    """The pronouns of the same number and kind as `pronoun` ("their" -> they, their, them, themselves), or none."""
    return next((family for family in _chain_table()["families"] if pronoun.lower() in family), frozenset())


def opens_with_pronoun_of(text: str, family: frozenset[str]) -> bool:
    """Whether a sentence's main clause opens with a subject or possessive pronoun of `family`, after its connectives
    and opening adverbial and at most one subordinator ("But when they join forces ...", "He had spent ...", "Her
    town came under attack"); an "It" before a verb of events.yaml opening_name_antecedents not_before ("It is hard
    to ...") is an expletive, no link."""
    tokens = _TOKEN.findall(text)
    i = _skip_opening(tokens)
    if i < len(tokens) and _bare(tokens[i]) in _chain_table()["subordinators"]:
        i += 1
    if i + 1 >= len(tokens):
        return False
    word, lex = _bare(tokens[i]), lexicon()
    if word not in family or word not in lex.subject_pronouns | lex.possessive_pronouns:
        return False
    return not (word == "it" and _bare(tokens[i + 1]) in _opening_name_table()["not_before"])


def _chain_group(subject: str, text: str, texts: Sequence[str]) -> str:
    """The group a "they" chain starts from, as a title prints it: a plural subject phrase the reader found ("The
    eastern rebels"), up to a preposition hung on its head; else a sentence that opens with a capitalised plural the
    article writes in lower case elsewhere ("Rebels in the western mountains do not operate" -> "the rebels");
    else ""."""
    words = subject.split()
    if words and fits(subject, "group") and not _coordinated_names(words):
        tail = next((k for k, w in enumerate(words) if k > 0 and w.lower() in _group_tail_prepositions()), len(words))
        words = words[:tail]
        if words[0].lower() in ("the", "a", "an") and len(words) <= 4 and all(w[:1].islower() for w in words[1:]):
            return " ".join(words)
    tokens = _TOKEN.findall(text)
    first = tokens[0] if tokens else ""
    if len(tokens) > 2 and first.isalpha() and first[:1].isupper() and first.endswith("s") \
            and not first.endswith("ss") and tokens[1][:1].islower() and first.lower() in _lower_case_words(texts):
        return "the " + first.lower()
    return ""


def _chain_person(subject: str, speaker: str, text: str, pronoun: str, texts: Sequence[str],
                  earlier: Sequence[str]) -> str:
    """The person a "he"/"she" chain starts from: the sentence's main subject or the subject it reports, a person's
    full name (or a surname the article gave in full) of whom the article tells with no other sex's pronouns, when the
    sentence names no other person the pronoun may stand for; else ""."""
    for name in dict.fromkeys((speaker, subject)):
        if not name or not fits(name, "person", earlier):
            continue
        full = name if " " in name else _full_name_of(name, earlier)
        found = _pronoun_set(pronoun)
        other = "female" if "he" in found else "male" if "she" in found else ""
        if not full or not other or other in (_told_sex(full, texts), _told_sex(name, texts)) \
                or _names_a_person(_without_non_rivals(_without(text, name), pronoun, texts, True), texts, earlier):
            return ""
        return full
    return ""


def _chain_thing(subject: str, text: str, earlier: Sequence[str]) -> str:
    """The thing an "it" chain starts from: the sentence's subject, a thing's name ("BP", "The Kremlin"), when no other
    capitalised word stands after it before the sentence's own "it"/"its"; else ""."""
    if not subject or not fits(subject, "thing", earlier) or subject.split()[0].lower() in ("a", "an"):
        return ""
    at = text.find(subject)
    for token in _TOKEN.findall(text[at + len(subject):] if at >= 0 else text)[1:]:
        if _bare(token) in ("it", "its", "itself"):
            break
        if token[:1].isupper():
            return ""
    return subject


def pronoun_chain_start(pronoun: str, history: Sequence[str], speakers: Sequence[str], texts: Sequence[str],
                        earlier: Sequence[str]) -> str:
    """ "Rebels in the western mountains do not operate as a single force. But when they join forces they can muster
    a few thousand men. Their force" -> "the rebels": the name a pronoun stands for where the sentences right before
    it open, one to events.yaml pronoun_chains chain_sentences in a row, with a pronoun of its own family
    (opens_with_pronoun_of), and the sentence before them names it as its subject (_chain_group, _chain_person,
    _chain_thing). A quotation or a question ends the chain; no link, or no start within reach, gives ""."""
    family = _chain_family(pronoun)
    kind = pronoun_class(pronoun)
    if not family or not kind or len(history) < len(texts) or len(speakers) < len(texts):
        return ""
    links = 0
    for k in range(len(texts) - 1, max(-1, len(texts) - 2 - _chain_table()["reach"]), -1):
        text = texts[k]
        if text.rstrip().endswith("?") or any(c in text for c in _QUOTE_OPENERS + _QUOTE_CLOSERS + '"'):
            return ""
        if opens_with_pronoun_of(text, family):
            links += 1
            if links > _chain_table()["reach"]:
                return ""
            continue
        if not links:
            return ""  # the sentence right before: the one-sentence rules had their say
        subject = history[k - len(texts) + len(history)]
        speaker = speakers[k - len(texts) + len(speakers)]
        if kind == "group":
            return _chain_group(subject, text, texts)
        if kind == "person":
            return _chain_person(subject, speaker, text, pronoun, texts, earlier)
        return _chain_thing(subject, text, earlier)
    return ""


def name_by_pronoun_chain(title: str, history: Sequence[str], speakers: Sequence[str], texts: Sequence[str],
                          names: Sequence[str]) -> str:
    """The title with the pronoun it opens with named by pronoun_chain_start ("Their force" -> "The rebels' force"),
    after every other rule of naming left it; not an expletive "It was"/"It is"; else the title unchanged."""
    words = title.split(" ", 2)
    if len(words) < 2 or not pronoun_class(_bare(words[0])) \
            or _bare(words[0]) == "it" and _bare(words[1]) in _opening_name_table()["not_before"]:
        return title
    name = pronoun_chain_start(_bare(words[0]), history, speakers, texts, [*names, *history])
    return _with_name(title, name) if name else title


# --- kinds1: "The gig was announced" -> "The planned tribute concert was announced": a bare noun named by the one ---
# --- fuller mention of its kind (another word for the same kind of thing) in the sentences right before ----------

@cache
def _kind_referent_table() -> dict[str, Any]:
    """kinds.yaml kind_referents, read once: each noun's kind, the word lists as lower-case sets, and the mention
    pattern of each kind (compiled once)."""
    table = load_yaml(__package__, "kinds.yaml")["kind_referents"]
    kind_of = {str(n).lower(): str(kind["name"]) for kind in table["kinds"] for n in kind["nouns"]}
    determiners = "|".join(re.escape(str(d)) for d in table["mention_determiners"])
    mentions = {}
    for kind in table["kinds"]:
        nouns = "|".join(sorted((re.escape(str(n)) for n in kind["nouns"]), key=len, reverse=True))
        mentions[str(kind["name"])] = (
            re.compile(rf"(?<![\w'’-])(?:(?i:{determiners})|(?P<when>[A-Za-z]++)['’]s)\s(?P<mods>(?:[“\x22‘]?+[\w'’.-]++[”\x22]?+\s){{0,{int(table['mention_words'])}}}?)"
                       rf"(?P<noun>{nouns})(?!\s(?:{nouns})(?![\w'’-]))(?P<name>\s(?:of|in|at)\s(?:the\s)?[A-Z][\w'’.-]*+(?:\s[A-Z0-9][\w'’.-]*+){{0,3}})?"
                       r"(?![\w'’-])"),
            re.compile(rf"(?<![\w'’-])(?:{nouns})(?:s|es)(?![\w'’-])", re.IGNORECASE))
    # "Operation Odyssey Dawn": a capitalised name_words word of the kind and one to three capitalised words
    name_words = {str(w).lower(): str(w) for w in table.get("name_words", [])}
    names = {}
    for kind in table["kinds"]:
        heads = sorted((name_words[str(n).lower()] for n in kind["nouns"] if str(n).lower() in name_words),
                       key=len, reverse=True)
        if heads:
            names[str(kind["name"])] = re.compile(
                rf"(?<![\w'’-])(?:{'|'.join(re.escape(h) for h in heads)})(?:\s[A-Z][\w'’.-]*+){{1,3}}(?![\w'’-])")
    return {"reaches": tuple((int(a), int(b)) for a, b in table["reaches"]), "kind_of": kind_of, "mentions": mentions,
            "names": names,
            "qualified_by": frozenset(str(w).lower() for w in table["qualified_by"]),
            "time_possessives": frozenset(str(w).lower() for w in table["time_possessives"]),
            "title_determiners": frozenset(str(w).lower() for w in table["title_determiners"]),
            "phrase_openers": frozenset(str(w).lower() for w in table["phrase_openers"]),
            "phrase_words": int(table["phrase_words"]),
            "phrase_stops": frozenset(str(w).lower() for w in table["phrase_stops"]),
            "pointing_words": frozenset(str(w).lower() for w in table["pointing_words"]),
            "phrase_not_last": frozenset(str(w).lower() for w in [*table["phrase_not_last"],
                                                                   *table["mention_determiners"]])}


def _kind_phrase(after: str) -> str:
    """kinds2: the phrase that says which one a bare mention's noun is (" with the capacity to seat 1,200 people",
    " carrying migrants"): a kinds.yaml phrase_openers word and up to phrase_words words after it, ending at a
    punctuation mark, the text's end, a verb or a phrase_stops word; a phrase that runs on past them, holds a
    quotation mark or a word in "-ed" after its first (a verb or a describing word: which, the rule cannot tell), or
    has no word after its opener gives ""."""
    table = _kind_referent_table()
    words = after.split()
    if not after[:1].isspace() or len(words) < 2 or words[0].lower() not in table["phrase_openers"]:
        return ""
    kept: list[str] = []
    for word in words[1:]:
        bare = _bare(word)
        if any(c in word for c in "“”\"‘()[]") or not bare:
            return ""
        if kept and bare.endswith("ed") and _is_verb(bare):
            return ""  # "carrying migrants capsized" or "hungry and frightened migrants": a verb or a describing word
        if bare in table["phrase_stops"] or kept and _is_verb(bare):
            break  # "a ferry with 1,200 people that sank", "a boat carrying migrants was seen"
        if len(kept) == table["phrase_words"]:
            return ""  # runs on: no phrase cut mid-way
        kept.append(word.rstrip(",.;:!?"))
        if word[-1:] in ",.;:!?":
            break
    if not kept or _bare(kept[-1]) in table["phrase_not_last"]:
        return ""  # "a boat with the": a phrase that ends on a function word
    return " " + words[0] + " " + " ".join(kept)


def _kind_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of a kind's mention pattern, each noun's once, by its nearest determiner: "The NTC
    declared a two-day truce" is read from "a two-day truce", not from "The" with "NTC declared a" as describing
    words: where a verb stands among a match's describing words, a nearer determiner before the same noun is looked
    for from the word after the match's start (an owner's "doctor's" is no determiner). A match with no verb in its
    words stays as it is ("that the stricken ship": "that" may be the conjunction or the determiner; the describing
    words hold a stopword and the mention is left, as before)."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        if any(_is_verb(_bare(w)) for w in match.group("mods").split()):  # a clause runs through its words
            nearer = pattern.search(text, match.start() + 1, match.end())
            while nearer is not None and nearer.end() == match.end() and not nearer.group("when"):
                match, nearer = nearer, pattern.search(text, nearer.start() + 1, match.end())
        yield match
        position = match.end()


def _kind_mentions(kind: str, text: str) -> tuple[set[str], bool]:
    """The fuller mentions of `kind` in `text` ("a planned tribute concert", "the trial of Conrad Murray") as
    "<describing words> <noun>[ of/in/at <Name>]", outside quotations, and whether `text` writes a plural of the kind
    (several of them: "other ships")."""
    table = _kind_referent_table()
    pattern, plural = table["mentions"][kind]
    marks = quote_marks(text)
    found: set[str] = set()
    for match in _kind_matches(pattern, text):
        mods = [w.strip("“”\"‘’") for w in match.group("mods").split()]  # "its high-risk “top kill” operation"
        name = re.sub(r"(?<=[a-z])\.$", "", match.group("name") or "")  # "in London." ends its sentence
        if is_open_at(text, marks, match.start()):
            continue  # a mention inside a quotation: a speaker's words
        when = (match.group("when") or "").lower()
        if when and when not in table["time_possessives"] and when not in _calendar_names():
            continue  # "BP's board meeting": an owner, no determiner the rule reads
        if any(w.lower() in lexicon().stopwords or _bare(w) in _calendar_names() or POSSESSIVE.sub("", _bare(w))
               in _calendar_names() or (_is_verb(_bare(w)) and not _bare(w).endswith("ed")) or w[-1:] in _EDGE
               for w in mods):
            continue  # "a boat that", "Sunday's meeting", "a boat was": no describing words
        if any(w.lower() in table["pointing_words"] for w in mods):
            continue  # kinds2: "the following video": it points within the page, it describes none
        if not mods and not name:
            name = _kind_phrase(text[match.end():])  # kinds2: "a ferry with the capacity to seat 1,200 people"
            if not name:
                continue  # "a boat": nothing to name it by
        found.add(match.group("mods") + match.group("noun") + name)
    if kind in table["names"]:  # "started Operation Odyssey Dawn": a name of the kind
        for match in table["names"][kind].finditer(text):
            if not is_open_at(text, marks, match.start()) and text[:match.start()].strip()[-1:].isalnum():
                found.add(match.group(0))  # (a name not at the text's start, nor after a mark that may open one)
    return found, bool(plural.search(text))


def _one_kind_name(found: set[str]) -> set[str]:
    """Of several fuller mentions, the one name of the kind ("Operation Odyssey Dawn") where every other is a
    description with no capitalised describing word ("coalition military operation in Libya"): the name meant;
    else `found` as it is."""
    table = _kind_referent_table()
    named = [m for m in found if m.split()[0].lower() in table["kind_of"] and m[:1].isupper()]
    if len(found) < 2 or len(named) != 1:
        return found
    for mention in found - set(named):
        words = mention.split()
        noun = next((k for k, w in enumerate(words) if w.lower() in table["kind_of"]), len(words))
        if any(w[:1].isupper() for w in words[:noun]):
            return found  # "the NATO operation": another name-like description, which the rule cannot tell apart
    return set(named)


def described_kind_noun(words: Sequence[str]) -> bool:
    """kinds2: whether a title's subject (its words after the determiner, before its verb) says which thing of a
    kinds.yaml kind it is as name_by_kind reads it: a describing word before the noun ("The overcrowded boat", "the
    fishing boat") or a qualified_by word after it ("The meeting between ...", "the vessel carrying ..."). A bare
    noun ("The boat", "The 8 October gig"), a noun of no kind ("The judge"), a stopword before it: no."""
    table = _kind_referent_table()
    low = [_bare(w) for w in words]
    for k, word in enumerate(low):
        if word not in table["kind_of"]:
            continue
        before = [w for w in low[:k] if not (w.isdigit() or w in _calendar_names())]
        if before and before[-1] not in lexicon().stopwords and before[-1] not in table["title_determiners"]:
            return True
        return k + 1 < len(low) and low[k + 1] in table["qualified_by"]
    return False


def name_by_kind(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """ "The gig at the Millennium Stadium was announced" -> "A planned tribute concert at the Millennium Stadium
    was announced" when the sentences just before (of `texts`: the two right before, else the two before those;
    kinds.yaml kind_referents reaches) write one fuller mention of the noun's kind (kinds.yaml: clip/recording/audio;
    gig/concert/show; vessel/ship/boat; ...) with its describing words or its name ("a planned tribute concert to the
    pop superstar in Cardiff"); a title that opens with it and no capitalised word takes "a". The title's first bare
    "the/this/that <noun>" of a kind is the one looked back for; a noun the title qualifies ("the
    meeting of ...", "the vessel carrying ..."), one its own sentence writes with "a" or with describing words, two
    fuller mentions, a plural of the kind there ("other ships"), a mention in a quotation, or a mention whose words
    the title already has: unchanged."""
    table = _kind_referent_table()
    if not texts:
        return title
    words = title.split(" ")
    for k, token in enumerate(words[:-1]):
        noun = words[k + 1]
        if token.lower() not in table["title_determiners"] or noun.lower() not in table["kind_of"]:
            continue
        following = _bare(words[k + 2]) if k + 2 < len(words) else ""
        if following in table["qualified_by"] or words[k + 2:k + 3] and words[k + 2][:1].isupper():
            return title  # "the meeting of ...", "the tanker Exxon Valdez": the title says which
        if following.isalpha() and words[k + 2][:1].islower() and not following.endswith(("s", "ly")) \
                and following not in lexicon().stopwords and not _is_verb(following):
            return title  # "the draft executive summary": the noun describes another
        written = re.search(rf"(?<![\w'’-])(?P<before>(?:[\w'’-]++\s){{1,3}}){re.escape(noun)}(?![\w'’-])", sentence)
        before = [_bare(w) for w in written.group("before").split()] if written else []
        while before and (before[-1].isdigit() or before[-1] in _calendar_names()):
            before.pop()  # "The 8 October gig": a date before the noun tells no kind
        if not before or before[-1] not in table["title_determiners"]:
            return title  # "a boat carrying" (an introduction) or "the fishing boat" (its own describing words)
        kind = table["kind_of"][noun.lower()]
        found: set[str] = set()
        for nearest, farthest in table["reaches"]:  # the two sentences right before; else the two before those
            for text in texts[max(0, len(texts) - farthest):max(0, len(texts) - nearest + 1)]:
                mentions, several = _kind_mentions(kind, text)
                if several and not noun.lower().endswith("s"):
                    return title  # "captains of other ships": which one is meant is not told
                found |= mentions
            if found:
                break
        found = _one_kind_name(found)
        if len(found) != 1:
            return title
        named = found.pop()
        title_words = {_bare(w) for w in words}
        describing = [w for w in named.split()[:-1] if _bare(w) != noun.lower()]  # "draft resolution"
        if all(_bare(w) in title_words for w in describing if w[:1].isupper() or len(w) > 3) and describing:
            return title  # the title names it already
        if named.split()[0].lower() in table["kind_of"] and named[:1].isupper():  # "Operation Odyssey Dawn",
            return _within_title_words(title, " ".join([*words[:k], named, *words[k + 2:]]))  # a name: no article
        if following in ("in", "at"):  # "the gig at the Millennium Stadium": the title's place, not the mention's
            if not named.split()[0][:1].isalpha() or named.split()[0].lower() in table["kind_of"] \
                    and named.split()[1:2] and named.split()[1].lower() in table["phrase_openers"] - {"of"}:
                return title  # kinds2: "a ferry with ..." and the title's own place: too long a subject
            named = re.sub(r"\s(?:of|in|at)\s.*$", "", named)
            if " " not in named:
                return title  # "a meeting at the Elysee Palace" names it by a place only: the title's own stands
        article = token[:1].upper() + "he" if token[:1].isupper() else "the"
        if k == 0 and not any(w[:1].isupper() for w in named.split()):
            article = "An" if named[:1].lower() in "aeiou" else "A"  # "An overcrowded boat ran aground", as a title
            # opening with a thing first told takes "a" (polish.yaml first_mention things)
        return _within_title_words(title, " ".join([*words[:k], article, named, *words[k + 2:]]))
    return title


# --- "The BP boss was pilloried" -> "BP boss Tony Hayward was pilloried": an office named by its one holder -

_OFFICE_NAME_WORD = r"(?:[A-Z][a-z]++(?:-[A-Z]?[a-z]++)*+|[A-Z]\.)"  # "Moreno-Ocampo", "E." of "Michael E. Leiter"
_OFFICE_OWNER = r"[A-Z][\w.&-]*+(?:\s[A-Z][\w.&-]*+)?"  # "BP", "South African", "U.S.", "ICC"
_OWNED_BEFORE = re.compile(r"['’]s\s(?:[a-z-]++\s){0,2}+$")  # "BP's outgoing " before "Azerbaijan president"
_TITLE_OWNER = r"[A-Z][\w.&-]*+(?:\s[A-Z][\w.&-]*+){0,2}"  # "International Criminal Court" too


@dataclass(frozen=True, slots=True)
class _OfficeTable:
    """offices.yaml office_holders, compiled once: each role word's office, the pattern of a title's role, the two
    ways an article gives an office to a name, and the word lists."""

    office_of: dict[str, str]
    in_title: re.Pattern[str]
    given_before: re.Pattern[str]
    given_after: re.Pattern[str]
    time_words: frozenset[str]
    owner_links: frozenset[str]
    describing: frozenset[str]
    owner_after_links: frozenset[str] = frozenset()


@cache
def _office_table() -> _OfficeTable:
    table = load_yaml(__package__, "offices.yaml")["office_holders"]
    office_of = {str(word).lower(): str(group[0]).lower() for group in table["offices"] for word in group}
    roles = _by_first_letter(sorted(office_of, key=lambda r: (-len(r), r)))
    name = (rf"{_OFFICE_NAME_WORD}(?:\s(?:(?:al|el|bin|ibn|de|van|von)[-\s])?{_OFFICE_NAME_WORD})"
            rf"{{1,{int(table['most_name_words']) + 2}}}+(?![\w-])")  # a sentence's opening words are cut later
    # "beleaguered", "former", "newly appointed"; no article ("the Boston Globe the president": no owner's words)
    before = r"(?P<before>(?:(?!(?:the|an?)\s)[a-z][\w-]*+\s){0,2}?)"
    in_title = re.compile(rf"(?<![\w'’-])(?:(?P<the>[Tt]he)\s(?:(?P<owner>{_TITLE_OWNER})\s)?|(?P<powner>"
                          rf"{_OFFICE_OWNER})['’]s\s){before}(?P<role>(?i:{roles}))(?P<possessive>['’]s)?"
                          r"(?![\w'’-])(?P<comma>,)?(?:\s(?P<following>[\w'’-]++))?")
    given_before = re.compile(rf"(?<![\w'’-])(?:(?P<owner>{_OFFICE_OWNER})(?:['’]s)?\s)?(?:(?:the|its|his|her|their)"
                              rf"\s)?{before}(?P<role>(?i:{roles})),?\s(?P<name>{name})")
    given_after = re.compile(rf"(?P<name>{name}),\s(?:(?:the|its|his|her|their)\s)?(?:(?P<owner>{_OFFICE_OWNER})"
                             rf"(?:['’]s)?\s)?{before}(?P<role>(?i:{roles}))(?:\s(?:of|for|at)\s(?:the\s)?"
                             rf"(?P<of>{_OFFICE_OWNER}))?(?=[,.;:)]|\s[a-z]|$)")  # the apposition ends there:
    # not "By Catherine E. Shoichet, CNN Venezuelan President Hugo Chavez" (a byline run into the next name)
    return _OfficeTable(office_of, in_title, given_before, given_after,
                        frozenset(str(w).lower() for w in table["time_words"]),
                        frozenset(str(w).lower() for w in table["owner_links"]),
                        frozenset(str(w).lower() for w in table["describing"]),
                        frozenset(str(w).lower() for w in table["owner_after_links"]))


def _time_worded(before: str) -> bool:
    """Whether the words before a role hold a time word of offices.yaml ("former", "newly appointed")."""
    words = before.lower().split()
    times = _office_table().time_words
    return any(w in times for w in words) or any(f"{a} {b}" in times for a, b in zip(words, words[1:]))


def _owner_key(owner: str) -> str:
    return re.sub(r"['’]s$", "", owner.strip()).lower().removeprefix("the ")


def _same_owner(a: str, b: str) -> bool:
    """Whether two owners of an office may be one: either unsaid, the same words, a one-word owner and the last word
    of a longer one ("Venezuelan", "CNN Venezuelan"; not "South African" and "Central African"), or a country and its
    people's word ("Libya", "Libyan")."""
    a, b = _owner_key(a), _owner_key(b)
    if not a or not b or a == b:
        return True
    if _initials(a) == b or _initials(b) == a:
        return True  # "ICC" and "International Criminal Court"
    if " " in a and " " not in b:
        a = a.rsplit(" ", 1)[1]  # "CNN Venezuelan" (a headline run on) for "Venezuela's": its last word
    elif " " in b and " " not in a:
        b = b.rsplit(" ", 1)[1]
    return a == b or a + "n" == b or b + "n" == a


def _initials(owner: str) -> str:
    """The initials of an owner of three words or more ("international criminal court" -> "icc"; "of"
    left out), else "": a shorter owner's initials are too often another's ("South Africa", "SA")."""
    words = [w for w in owner.split() if w not in ("of", "the", "and")]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


def _writes_owner(owner: str, text: str) -> bool:
    """Whether a sentence writes an office's owner ("BP"), or its country for a people's word or back ("Libya",
    "Libyan")."""
    key = re.escape(re.sub(r"['’]s$", "", owner.strip()))
    return bool(re.search(rf"(?<![\w'’-])(?:{key}|{key}n|{key[:-1] if key.endswith('n') else key})(?![\w-])", text))


def _holder_name(words: Sequence[str]) -> str:
    """A holder's name without the sentence's opening words before it ("In December Barack Obama" -> "Barack
    Obama"), when two words or more are left and they can be a person's."""
    name = _apposed_name(words)
    most = int(load_yaml(__package__, "offices.yaml")["office_holders"]["most_name_words"])
    return name if 2 <= len(name.split()) <= most and fits(name, "person") else ""


def _office_holders(office: str, owner: str, texts: Sequence[str]) -> dict[str, list[str]]:
    """Each person the texts give the office (offices.yaml: "British Prime Minister David Cameron", "Tony Hayward,
    BP's chief executive") whose owner may be `owner`, with the forms the texts wrote before the name ("Prosecutor",
    "ICC Prosecutor"; none for a name given first); a name that ends or opens another's is that person ("Hayward",
    "Tony Hayward Greenpeace" of a headline run on: the shortest full form stands)."""
    table = _office_table()
    found: dict[str, list[str]] = {}
    for text in texts:
        if not any(word in text.lower() for word in table.office_of):
            continue  # most sentences hold no role word: a substring test costs less than the patterns' scans
        for pattern in (table.given_before, table.given_after):
            for match in pattern.finditer(text):
                if table.office_of.get(match.group("role").lower()) != office:
                    continue
                if pattern is table.given_before and match.group("owner") \
                        and _OWNED_BEFORE.search(text, 0, match.start()):
                    continue  # "BP's outgoing Azerbaijan president, David Woodward": BP's office
                given = match.group("owner") or match.groupdict().get("of") or ""
                if not _same_owner(given, owner):
                    continue  # "Transocean's chief executive" for "the BP boss"
                name = _holder_name(match.group("name").split())
                if not name:
                    continue
                form = ""
                if pattern is table.given_before and not _time_worded(match.group("before")):
                    opens = match.start() == 0 or text[:match.start()].rstrip().endswith((".", ":", "-", "—"))
                    owner_words = "" if opens or not match.group("owner") else match.group(0)[:match.start("role")
                                                                                               - match.start()]
                    owner_words = owner_words if not match.group("before") else ""
                    form = (owner_words + match.group("role")).strip()
                if _time_worded(match.group("before")):
                    name = "\x00" + name  # a former or new holder: another than the one the office now names
                # a holder given with no owner is the title owner's only where the sentence writes that owner
                # ("BP speech ... the oil giant's chief executive, Tony Hayward"; not "Defense Secretary Robert
                # Gates" for "Russia's defense minister"): else he only counts against another
                owned = not owner or bool(given) or _writes_owner(owner, text)
                found.setdefault(name, []).append(form if owned else "\x00")
    merged: dict[str, list[str]] = {}
    for name in sorted(found, key=lambda n: len(n.split())):
        same = next((m for m in merged if not m.startswith("\x00") and not name.startswith("\x00") and (
            _same_referent(m, name) or name.split()[:len(m.split())] == m.split())), None)
        if same:
            merged[same] += found[name]
        else:
            merged[name] = list(found[name])
    return merged


@cache
def _owner_after_pattern() -> re.Pattern[str]:
    """The owner written after a title's role: a link of offices.yaml owner_after_links, maybe "the", up
    to four capitalised words (an "of" between: "Bank of England"), then a lower-case word (a verb) and no comma."""
    return re.compile(rf"\s(?:the\s)?(?P<owner>{_OFFICE_NAME_WORD}(?:\s(?:of\s)?[A-Z][\w.&-]*+){{0,3}}+)"
                      r"(?=\s[a-z])")


def _owner_after_role(title: str, match: re.Match[str]) -> re.Match[str] | None:
    """The owner after a role with no owner of its own before it ("the chief prosecutor for the
    International Criminal Court said"), or None: a role with an owner before ("the U.S. envoy to ..."), a possessive
    or comma after it, or no capitalised owner right after the link ("the chairman of the joint chiefs")."""
    if match.group("owner") or match.group("powner") or match.group("possessive") or match.group("comma") \
            or match.group("before").strip():
        return None
    return _owner_after_pattern().match(title, match.end("following"))


def name_office_holder(title: str, sentence: str, texts: Sequence[str] = ()) -> str:
    """"The BP boss was pilloried" -> "BP boss Tony Hayward was pilloried", "The prosecutor said" ->
    "Prosecutor Luis Moreno-Ocampo said": a role of an office (offices.yaml) the title names by "the" or an owner's
    possessive and nothing after it, named by the one person the article (its sentences before and the title's own)
    gives that office of that owner, written with the title's own owner and role ("South African president Jacob
    Zuma") or, with none, with the form the article wrote before the name ("Prosecutor"). Left alone: a time word
    before the role ("the former prime minister"), an owner after it ("the envoy to the United Nations") or a name
    ("the envoy, Abdel Elah al-Khatib"), a quoted role, two holders (a former or new one counts), a holder the title
    names already."""
    lower = title.lower()
    table = _office_table()
    if not any(word in lower for word in table.office_of):
        return title
    for match in table.in_title.finditer(title):
        following = match.group("following") or ""
        if any(w not in table.describing for w in match.group("before").split()):
            continue  # "the former prime minister": which holder depends on when; "the oil chief": no office
        # "The chief prosecutor for the International Criminal Court said": an owner after the role
        after = _owner_after_role(title, match) if following.lower() in table.owner_after_links else None
        if match.group("comma") and following[:1].isupper() or following.lower() in table.owner_links and not after:
            continue  # "the envoy, Abdel Elah al-Khatib": named; "the envoy to the United Nations": owned after
        if not after and not match.group("possessive") and not match.group("comma") \
                and not _role_ends_phrase(following, False):
            continue  # "the chairman role": the role describes another noun
        role = match.group("role")
        phrase = match.group(0)[:match.end("possessive" if match.group("possessive") else "role") - match.start()]
        at = sentence.lower().find(phrase.lower().removeprefix("the ") if match.group("the") else phrase.lower())
        if at < 0 or quoted_throughout(sentence) or is_open_at(sentence, quote_marks(sentence), at):
            continue  # never rename what a speaker said
        owner = after.group("owner") if after else match.group("owner") or match.group("powner") or ""
        holders = _office_holders(table.office_of[role.lower()], owner, [*texts, sentence])
        if len(holders) != 1 or next(iter(holders)).startswith("\x00"):
            continue  # none, two, or a former holder only
        name, forms = next(iter(holders.items()))
        forms = [f for f in forms if f != "\x00"]
        if not forms:
            continue  # given only with no owner where the title's owner is not written: maybe another's
        if any(_bare(w) in {_bare(t) for t in title.split()} for w in name.split() if len(w) > 2):
            continue  # the title names the holder already
        if after:  # the holder set in apposition after the owner: "... for the International Criminal Court, Luis
            return title[:after.end()] + f", {name}," + title[after.end():]  # Moreno-Ocampo, said"
        if owner:
            words = f"{owner}{'' if match.group('owner') else match.group(0)[len(owner):len(owner) + 2]} {role}"
        else:
            words = max((f for f in forms if f), key=lambda f: (forms.count(f), -len(f)), default=role)
        named = f"{words} {name}" + (match.group("possessive") or "")
        start = match.start()
        named = named[:1].upper() + named[1:] if start == 0 else named
        end = match.end("possessive") if match.group("possessive") else match.end("role")
        return title[:start] + named + title[end:]
    return title


# --- a pronoun whose owner the title cut off: "Another former Tawergha resident, a -----
# --- 38-year-old mother of four named Rabha Mouftah, said ... the mob that stormed into her town" ------------------

@cache
def _cut_antecedent_table() -> dict[str, Any]:
    """events.yaml cut_antecedents, read once: each pronoun with its kind, the sexed person nouns as lower-case sets
    and the words that end a name's run as a person's ("Pan Am 103": a number after it)."""
    table = events_rules()["cut_antecedents"]
    return {"pronouns": {str(k).lower(): str(v) for k, v in table["pronouns"].items()},
            "opening_only": frozenset(str(w).lower() for w in table["opening_only"]),
            "male_nouns": frozenset(str(w).lower() for w in table["male_nouns"]),
            "female_nouns": frozenset(str(w).lower() for w in table["female_nouns"]),
            "object_followers": frozenset(str(w).lower() for w in table["object_followers"])}


_QUOTE_MARKS = "\"“”"
_NUMBER_AFTER = re.compile(r"\s*+\d")
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he\s++\Z")


def _cut_point(title: str, sentence: str, at: int) -> tuple[int, int]:
    """Where the title's words start in its sentence and where the pronoun at title offset `at` stands there: the
    title's first three words, or its first two (a relative's "that" the title took out: "the mob that stormed"),
    found last before the pronoun and the word after it; (-1, -1) when the sentence does not write them so (a title
    rewritten at its start)."""
    head = _TOKEN.findall(title[:at])[:3]
    tail = _TOKEN.findall(title[at:])[:2]
    if not tail:
        return -1, -1
    pronoun = re.escape(tail[0].strip(_EDGE))
    after = re.escape(tail[1].strip(_EDGE)) if len(tail) > 1 else ""
    found_pronoun = re.search(rf"(?<![\w'’-])(?i:{pronoun})\s++{after}(?![\w'’-])" if after else
                              rf"(?<![\w'’-])(?i:{pronoun})(?![\w'’-])", sentence)
    if not found_pronoun:
        return -1, -1
    if not head:
        return found_pronoun.start(), found_pronoun.start()
    for size in sorted({len(head), min(len(head), 2)}, reverse=True):
        words = [re.escape(w.strip(_EDGE)) for w in head[:size]]
        opening = re.compile(r"(?<![\w'’-])(?i:" + r")\W++(?i:".join(words) + r")(?![\w'’-])")
        found = None
        for match in opening.finditer(sentence, 0, found_pronoun.start()):
            found = match
        if found:
            return found.start(), found_pronoun.start()
    return -1, -1


def _quoted_at(sentence: str, at: int) -> bool:
    """Whether offset `at` stands inside a quotation of its sentence (timeline.text.quotes.is_open_at)."""
    return is_open_at(sentence, quote_marks(sentence), at)


def _cut_persons(cut: str, mentions: Sequence[tuple[str, str]]) -> list[tuple[str, int]]:
    """The persons the cut-off words name (_person_names_in, _is_person), each once with where it ends; a run with
    a number right after it ("Pan Am 103") or "the" before it ("the United States") is a thing's name, and a
    possessive ends a name ("CNN's Nic Robertson")."""
    found: list[tuple[str, int]] = []
    for match in _CAPITALISED_RUN.finditer(cut):
        if _NUMBER_AFTER.match(cut, match.end()) or _THE_BEFORE.search(cut, 0, match.start()) \
                or match.group(0).startswith("The "):
            continue  # "Pan Am 103", "the United States": a thing's name
        # "CNN's Nic Robertson": an owner's possessive ends its own name, not the person's
        parts = re.split(r"(?<=['’]s)\s", match.group(0))
        apposed = _apposed_to_sexed_noun(cut, match)
        for name in (n for part in parts for n in _person_names_in(part)):
            if (_is_person(name, mentions) or apposed and name == match.group(0)) and not _organisation_ending(name):
                if not any(_same_referent(name, other) for other, _ in found):
                    found.append((name, match.end()))
    return found


@cache
def _sexed_apposition() -> re.Pattern[str]:
    """A sexed person noun of events.yaml cut_antecedents (male_nouns, female_nouns) right before a comma, compiled
    once: what a name apposed after it stands beside ("Gadhafi's daughter, Ayesha,")."""
    table = _cut_antecedent_table()
    nouns = "|".join(sorted((re.escape(w) for w in table["male_nouns"] | table["female_nouns"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?i:{nouns}),\s++\Z")


def _apposed_to_sexed_noun(cut: str, match: re.Match[str]) -> bool:
    """Whether the capitalised run `match` of `cut` is a name set between commas right after a sexed person noun
    ("Gadhafi's daughter, Ayesha, speaking ...": Ayesha is a person, the daughter, though the article never gives
    her a surname); not a run followed by anything but a comma ("his wife, Tripoli said")."""
    return bool(_sexed_apposition().search(cut, 0, match.start())) and cut[match.end():match.end() + 1] == ","


def _owned_apposition(cut: str, name: str) -> str:
    """A lone name set between commas after an owner's sexed person noun, printed with them: "Gadhafi's daughter,
    Ayesha," -> "Gadhafi's daughter Ayesha" (the article gives her no surname); "" for any other name."""
    if " " in name:
        return ""
    for owned in _OWNED_NOUN.finditer(cut):
        if cut.startswith(name + ",", owned.end()) and _sexed_apposition().fullmatch(owned.group("noun") + ", "):
            return f"{owned.group('owner')} {owned.group('noun')} {name}"
    return ""


_OWNED_NOUN = re.compile(r"(?<![\w'’-])(?P<owner>[A-Z][\w-]*+['’]s)\s(?P<noun>[a-z]++),\s++")


def _cut_person(cut: str, kind: str, texts: Sequence[str], mentions: Sequence[tuple[str, str]]) -> str:
    """The one person of the pronoun's sex (`kind`: "male" or "female") the cut-off words name: persons the
    article tells of with the other sex's pronouns do not count; a person noun of the other sex in the cut-off
    words ("A widow ..., Natalie Roshto, told the hearing that he"), a person noun after the name ("told a
    doctor that he") or two persons leave it unnamed ("")."""
    table = _cut_antecedent_table()
    other = table["female_nouns"] if kind == "male" else table["male_nouns"]
    words = [_bare(t) for t in _TOKEN.findall(cut)]
    if any(w in other for w in words):
        return ""
    persons = [(n, end) for n, end in _cut_persons(cut, mentions) if _told_sex(n, texts) in ("", kind)]
    if len(persons) != 1:
        return ""
    name, end = persons[0]
    nouns = _person_nouns()
    if any(_bare(t) in nouns for t in _TOKEN.findall(cut[end:])):
        return ""
    return _full_name(name, mentions) or _owned_apposition(cut, name) or name


_LONG_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]*+(?:\s[A-Z][\w&'’-]*+)*+")


def _cut_thing(cut: str, texts: Sequence[str], mentions: Sequence[tuple[str, str]]) -> str:
    """The one thing's name (a capitalised word or run, days and months left off it, no person's nor one with a
    person noun: "Russian Foreign Minister Sergei Lavrov"; no lone word the article writes in lower case) the
    cut-off words name, with no determiner after it (a noun that may own the thing: "the hospital after its own
    stocks"); else ""."""
    common = _lower_case_words(texts)
    found: list[tuple[str, int]] = []
    for match in _LONG_CAPITALISED_RUN.finditer(cut):
        words = [POSSESSIVE.sub("", w).strip(_EDGE) for w in match.group(0).split()]
        while words and (words[0].lower() in lexicon().stopwords or words[0].lower() in _calendar_names()):
            words.pop(0)
        while words and words[-1].lower() in _calendar_names():
            words.pop()
        name = " ".join(words)
        if not name or " " not in name and name.lower() in common or _quoted_at(cut, match.start()):
            continue
        if any(w.lower() in _person_nouns() for w in words) or _is_person(name, mentions) \
                or any(_is_person(n, mentions) for n in _person_names_in(name)):
            continue
        if " " in name and not fits(name, "thing"):
            return ""  # a run of many names: what "its" stands for is not sure (a lone name, "Paris", is a name)
        found.append((name, match.end()))
    if len(found) != 1:
        return ""
    name, end = found[0]
    if any(_bare(t) in _DETERMINER_WORDS for t in _TOKEN.findall(cut[end:])):
        return ""
    return name


def _without_the_names(text: str) -> str:
    """`text` with each capitalised run that "the" opens or stands before blanked out: "The United States tried to
    kill her" names no person before "her" (a thing's name, as _cut_persons reads it)."""
    return _THE_RUN.sub(lambda m: " " * len(m.group(0)), text)


_THE_RUN = re.compile(r"(?<![\w'’-])[Tt]he\s++[A-Z][\w&'’-]*+(?:\s[A-Z][\w&'’-]*+){0,3}+")


def name_cut_antecedent(title: str, sentence: str, texts: Sequence[str],
                        mentions: Sequence[tuple[str, str]]) -> str:
    """A title cut from a later part of its sentence whose first third-person pronoun has no owner in the title
    takes the one name of its kind that the words the title left out name (events.yaml cut_antecedents): "Spanish
    media reported that he talked by phone to his parents" after "... about Varela's situation, ..., but" -> "...
    that Varela talked ..."; "Its parachuting-in of arms" after "... demanded an explanation from Paris Thursday
    over" -> "Paris' parachuting-in of arms". A person must be of the pronoun's sex and alone in the cut-off words
    (no person noun after the name), a thing's "its" must open the title and have no noun with a determiner between;
    a title naming a person (or a person noun, or another pronoun) before the pronoun, a quotation, a title the
    sentence does not write as it is, or "it", "they" and their kin leave it as it was."""
    table = _cut_antecedent_table()
    tokens = list(_TOKEN.finditer(title))
    first = next((t for t in tokens if pronoun_class(_bare(t.group())) or _bare(t.group()) in table["pronouns"]), None)
    if first is None:
        return title
    word = _bare(first.group())
    kind = table["pronouns"].get(word, "")
    at = first.start()
    if not kind or word in table["opening_only"] and at > 0 or not first.group().strip(_EDGE).isalpha() \
            or any(m in title[:at + len(first.group())] for m in _QUOTE_MARKS):
        return title
    start, place = _cut_point(title, sentence, at)
    if start <= 0 or _quoted_at(sentence, place):
        return title
    before = title[:at]
    if kind != "thing" and (any(_is_person(n, mentions) for n in _person_names_in(_without_the_names(before)))
                            or any(fits(n, "person") for n in names_in(before))  # "Eman al-Obaidi burst into"
                            or any(_bare(t) in _person_nouns() | lexicon().person_pronouns
                                   for t in _TOKEN.findall(before))):
        return title
    cut = sentence[:start]
    name = _cut_thing(cut, texts, mentions) if kind == "thing" else _cut_person(cut, kind, texts, mentions)
    if not name or name.lower() in title.lower():
        return title
    name = _as_name(name)
    following = tokens[tokens.index(first) + 1].group() if first is not tokens[-1] else ""
    possessive = word in lexicon().possessive_pronouns and not (
        word == "her" and (not following or _bare(following) in table["object_followers"]
                           or first.group().endswith((",", ";", ":", "."))))
    if possessive:
        name += "'" if name.endswith("s") else "'s"
    if at == 0:
        name = name[:1].upper() + name[1:]
    end = at + len(first.group().rstrip(_EDGE))
    return title[:at] + name + title[end:]


# --- "Searches at the clinic" -> "Searches at Dr Murray's clinic": a bare "the <noun>" of a title named --
# --- by the article's one fuller mention of the same noun (a name's possessive, "of <Name>", a name before it) ------

@cache
def _fuller_mention_table() -> dict[str, Any]:
    """referents.yaml fuller_mentions, read once, with the heads no name stands for or other rules name (its own
    not_heads and events.yaml compound_heads not_heads and complement_not_heads, named_descriptions not_heads,
    kind_references heads, less its named_heads) and a people's adjective endings (compound_heads
    capitalised_describing_endings)."""
    table = load_yaml(__package__, "referents.yaml")["fuller_mentions"]
    compound = _compound_head_table()
    described = events_rules()["named_descriptions"]
    return {"name_words": int(table["name_words"]),
            "prepositions": tuple(str(w).lower() for w in table["prepositions"]),
            "qualified_by": frozenset(str(w).lower() for w in table["qualified_by"]),
            "others": tuple(str(w).lower() for w in table["others"]),
            "determiners": tuple(str(w).lower() for w in table["determiners"]),
            "not_names": frozenset(str(w).lower() for w in table["not_names"]),
            # the merge's onset verbs ("The well ruptured": joined by its generic noun into the day's main happening)
            "onset_verbs": frozenset(str(v).lower()
                                     for v in load_yaml("timeline.merge", "derivations.yaml")["onsets"]["verbs"]),
            "adjective_endings": compound["capitalised_describing_endings"],
            "not_heads": (frozenset(str(w).lower() for w in table["not_heads"]) | compound["not_heads"]
                          | compound["complement_not_heads"]
                          | frozenset(str(w).lower() for w in described["not_heads"])
                          | frozenset(str(h).lower() for kind in events_rules()["kind_references"]["kinds"]
                                      for h in kind["heads"]))
            - frozenset(str(w).lower() for w in table["named_heads"])}


@cache
def _fuller_mention_pattern() -> re.Pattern[str]:
    """A fuller mention of a noun, compiled once ("Dr Murray's clinic", "the island of Lampedusa", "the Macondo well":
    a run of capitalised words before "'s" or before the noun after a determiner, or after "the <noun> of"), its
    noun in the group n1, n2 or n3."""
    table = _fuller_mention_table()
    run = rf"[A-Z][\w.-]*+(?:\s[A-Z][\w.-]*+){{0,{table['name_words'] - 1}}}"  # (no "'s" inside a word)
    noun = r"[a-z]++(?:-[a-z]++)*+"
    prepositions = "|".join(re.escape(p) for p in table["prepositions"])
    determiners = "|".join(re.escape(d) for d in table["determiners"])
    return re.compile(
        rf"(?<![\w'’.-])(?:(?P<poss>{run})['’]s\s(?P<n1>{noun})"
        rf"|(?i:the)\s(?P<n2>{noun})\s(?:{prepositions})\s(?P<of>(?:the\s)?{run})"
        rf"|(?:(?i:{determiners})|[a-z]++['’]s)\s(?P<mod>{run})\s(?P<n3>{noun}))(?![\w'’-])")


@lru_cache(maxsize=4096)  # one entry a sentence read: bounded
def _text_words(text: str) -> tuple[str, ...]:
    return tuple(_bare(w) for w in text.split())


def _tells_several(noun: str, text: str) -> bool:
    """Whether `text` tells several of `noun`: its plural ("wells", for a singular noun) or an others word before it,
    one word between at most ("another clinic", "a second new clinic")."""
    words = _text_words(text)
    plurals = () if noun.endswith("s") else (noun + "s", noun + "es")
    others = _fuller_mention_table()["others"]
    return any(w in plurals or w == noun and (k and words[k - 1] in others or k > 1 and words[k - 2] in others)
               for k, w in enumerate(words))


def _mention_name(words: Sequence[str], after: bool = False) -> list[str]:
    """The name of a mention's capitalised run: the run's last words that are no stopword, calendar name, people's
    adjective or not_names word ("On Tuesday BP" -> "BP"; `after` an "of": the run's first such words, "the"
    kept before them); [] when none."""
    table = _fuller_mention_table()

    def is_name(word: str) -> bool:
        bare = POSSESSIVE.sub("", _bare(word))
        return bool(bare) and bare not in lexicon().stopwords and bare not in _calendar_names() \
            and bare not in table["not_names"] and not word.endswith(table["adjective_endings"])
    if after:
        lead = list(words[:1]) if words[:1] == ["the"] else []
        kept: list[str] = []
        for word in words[len(lead):]:
            if not is_name(word):
                break
            kept.append(word)
        return [*lead, *kept] if kept else []
    kept = []
    for word in reversed(words):
        if not is_name(word):
            break
        kept.insert(0, word)
    return kept


def fuller_mentions(noun: str, text: str) -> list[tuple[str, list[str]]]:
    """The fuller mentions of `noun` in `text`, outside quotations, each as its kind ("poss", "of", "mod") and its
    name's words: "Dr Murray's clinic" -> ("poss", ["Dr", "Murray"]), "the island of Lampedusa" -> ("of",
    ["Lampedusa"]), "the Macondo well" -> ("mod", ["Macondo"]). A name after "of" that goes on ("the report of the
    U.N. Human Rights Council's ...") or a name's possessive after "of" ("the Gulf of Mexico's"): none."""
    mention = _fuller_mention_pattern()
    marks = quote_marks(text)
    found: list[tuple[str, list[str]]] = []
    at = 0
    while (match := mention.search(text, at)) is not None:
        at = match.start() + 1  # (a mention of another noun may overlap one of this noun's)
        if (match.group("n1") or match.group("n2") or match.group("n3")) != noun:
            continue
        at = match.end()
        if is_open_at(text, marks, match.start()):
            continue  # a speaker's words
        kind = next(k for k in ("poss", "mod", "of") if match.group(k))
        words = match.group(kind).split()
        if kind == "of":
            if text[match.end():match.end() + 2] in ("'s", "’s"):
                continue
            name = _mention_name(words, after=True)
            if len(name) != len(words):
                continue  # "the report of the ... Council's": the name runs on into another phrase
        else:
            name = _mention_name(words)
            if name and len(name) < len(words) and _bare(words[-len(name) - 1]) not in lexicon().stopwords \
                    and _bare(words[-len(name) - 1]) not in _calendar_names():
                continue  # "the African Union's": a describing word is part of the name
            if kind == "poss" and len(name) == len(words) and text[:match.start()].rstrip().endswith(" of"):
                continue  # "the Gulf of Mexico's": the end of a longer name
            if kind == "mod" and len(name) != len(words):
                continue  # "the Libyan rebels": a people's adjective describes them
        if name and _ends_noun_phrase(text[match.end():]):
            found.append((kind, name))
    return found


def _ends_noun_phrase(after: str) -> bool:
    """Whether the noun a mention ends on heads its noun phrase, by the text after it: its end, a mark, a stopword,
    a verb or an adverb; a plain word after it makes the noun a describing word of another ("the African Union's
    peace mission")."""
    if not after[:1].isspace():
        return True  # "the island of Lampedusa,": a mark or the text's end
    word = after.split(None, 1)[0]
    bare = _bare(word)
    return not bare or word[:1] in _EDGE or bare in lexicon().stopwords or _is_verb(bare) or is_adverb(bare) \
        or word[-1:] in _EDGE and word[:1].isupper() \
        or word == bare and bare.endswith("s") and not bare.endswith(("ss", "us", "is"))  # "the Tesoro deal lays"


def _names_same(one: Sequence[str], other: Sequence[str]) -> bool:
    """Whether two mentions' names are one name ("Abdul Fattah Younis" and "Younis"): the words of one among the
    other's ("the" aside)."""
    a = {POSSESSIVE.sub("", w.lower()) for w in one if w.lower() != "the"}
    b = {POSSESSIVE.sub("", w.lower()) for w in other if w.lower() != "the"}
    return a <= b or b <= a


def _the_one_new_name(found: Sequence[tuple[str, Sequence[str]]],
                      title_words: Collection[str]) -> tuple[str, Sequence[str]] | None:
    """The one (kind, name) the article's fuller mentions `found` give, when all name the same thing and the title
    does not name it already; None for none, two different ones, or a name the title holds."""
    if not found or any(not _names_same(found[0][1], name) for _, name in found[1:]):
        return None  # none, or two different ones
    kind, name = found[0]
    if any(POSSESSIVE.sub("", _bare(w)) in title_words for w in name if w.lower() != "the"):
        return None  # the title names it already
    return kind, name


def _bare_heads(words: Sequence[str]) -> Iterator[tuple[int, str]]:
    """Each place `k` of a title's words where a bare "the <noun>" stands, with its noun (`_title_head`)."""
    for k in range(len(words) - 1):
        noun = _title_head(words, k)
        if noun:
            yield k, noun


def _title_head(words: Sequence[str], k: int) -> str:
    """The noun a title's "the" at `k` stands before when it ends the noun phrase bare ("the clinic", "the island,"):
    a lower-case word of letters (a hyphen inside), no stopword, calendar name, verb or head the table leaves, its
    next word none, a stopword or a verb, no qualified_by word nor a capitalised word ("the island Queen Bess")
    nor a plain noun ("the war powers"); "" else."""
    table = _fuller_mention_table()
    if words[k] not in ("the", "The") or k + 1 >= len(words):
        return ""
    token = words[k + 1]
    noun = token.rstrip(",;:")
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", noun) or noun in lexicon().stopwords or noun in _calendar_names() \
            or noun in table["not_heads"] or _is_verb(noun) or is_adverb(noun) or len(noun) < 3:
        return ""
    if noun != token:  # "the island, ...": the phrase ends at the mark, unless a name is set beside it
        return "" if token.endswith(",") and words[k + 2:k + 3] and words[k + 2][:1].isupper() else noun
    if k + 2 >= len(words):
        return noun
    following = words[k + 2]
    bare = _bare(following)
    if following[:1].isupper() or bare in table["qualified_by"] or following[:1] in "“\"(—–-":
        return ""
    return noun if bare in lexicon().stopwords or _is_verb(bare) or is_adverb(bare) else ""


def name_by_fuller_mention(title: str, sentence: str, texts: Sequence[str]) -> str:
    """ "Searches at the clinic were carried out" -> "Searches at Dr Murray's clinic were carried out", "Two more boats
    reached the island" -> "... reached the island of Lampedusa", "showed the well was dead" -> "showed the Macondo
    well was dead": the first bare "the <noun>" of the title that the rule can name, named by the one fuller mention
    of the noun the article's sentences `texts` write (before or after the title's `sentence`; referents.yaml
    fuller_mentions): a name's possessive, "of <Name>" or "the <Name> <noun>". Left alone: two mentions with
    different names, a sentence that writes a fuller mention itself or not the bare "the <noun>", a name the title
    holds already, a plural or "another <noun>" anywhere (several of them), a head of the tables' not_heads, a noun
    inside a quotation of the sentence (a speaker's words), a title that tells only its subject's onset ("The well
    ruptured": the merge joins it into the day's happening by its generic noun)."""
    words = title.split(" ")
    title_words = {POSSESSIVE.sub("", _bare(w)) for w in words}
    for k, noun in _bare_heads(words):
        if k == 0 and " ".join(words[2:]).lower() in _fuller_mention_table()["onset_verbs"]:
            continue  # "The well ruptured": an onset the merge joins by its generic noun (derivations.yaml onsets)
        marks = quote_marks(sentence)
        written = [m.start() for m in re.finditer(rf"(?<![\w'’-])(?i:the)\s{re.escape(noun)}(?![\w'’-])", sentence)]
        if not written or fuller_mentions(noun, sentence):
            continue  # the title's own words, or its sentence says which one itself
        if any(is_open_at(sentence, marks, at) for at in written):
            continue  # a speaker's words: never renamed
        # (only the sentences that write the noun, in either case of its first letter, are read)
        others = [text for text in texts if noun[1:] in text and text.strip() != sentence.strip()]
        if any(_tells_several(noun, text) for text in others):
            continue  # "relief wells", "another clinic": which one is meant is not told
        found = [mention for text in others for mention in fuller_mentions(noun, text)]
        one = _the_one_new_name(found, title_words)
        if one is None:
            continue
        kind, name = one
        token, rest = words[k + 1], words[k + 2:]
        mark = token[len(noun):]
        if kind == "poss":
            phrase = " ".join(name) + "'s " + noun  # "Dr Murray's clinic"
            if k == 0:
                phrase = phrase[:1].upper() + phrase[1:]
        elif kind == "mod":
            phrase = f"{words[k]} {' '.join(name)} {noun}"
        else:
            phrase = f"{words[k]} {noun} of {' '.join(name)}"
        return _within_title_words(title, " ".join([*words[:k], phrase + mark, *rest]))
    return title


# --- naming6: "at the same hospital" -> "at the Royal Alexandra Hospital": a title's "the same <noun>" named by --
# --- the one name the words before it give the noun (its sentence before the phrase, the sentences just before) ----

@cache
def _same_referent_table() -> dict[str, Any]:
    """referents.yaml same_referents, read once."""
    table = load_yaml(__package__, "referents.yaml")["same_referents"]
    return {"reach": int(table["reach"]), "person_reach": int(table["person_reach"]),
            "person_nouns": frozenset(str(w).lower() for w in table["person_nouns"]),
            "introducers": frozenset(str(w).lower() for w in table["introducers"]),
            "going_on": frozenset(str(w).lower() for w in table["going_on"])}


_SAME_PHRASE = re.compile(r"(?<![\w'’-])(?P<the>[Tt]he)\ssame\s(?P<noun>[a-z]++(?:-[a-z]++)*+)(?![\w'’-])")


@lru_cache(maxsize=256)  # one entry a noun: bounded by the titles' "the same" nouns
def _titled_mention_pattern(noun: str) -> re.Pattern[str]:
    """ "the Royal Alexandra Hospital", "the Bab al-Aziziya compound": "the", one to fuller_mentions name_words
    capitalised words (an "al-"/"el-" one among them), the noun in either case of its first letter."""
    words = _fuller_mention_table()["name_words"]
    word = r"(?:[a-z]{2}-)?[A-Z][\w.-]*+"
    head = f"[{noun[0]}{noun[0].upper()}]{re.escape(noun[1:])}"
    return re.compile(rf"(?<![\w'’-])(?i:the)\s(?P<run>{word}(?:\s{word}){{0,{words - 1}}})\s(?P<noun>{head})"
                      rf"(?![\w'’-])")


def _same_mentions(noun: str, text: str) -> list[tuple[str, list[str], str]]:
    """The named mentions of `noun` in `text` outside quotations, as (kind, name words, noun as written): the
    fuller_mentions ones and "the <Name> <Noun>" with the noun capitalised or its name holding an "al-" word."""
    found = [(kind, name, noun) for kind, name in fuller_mentions(noun, text)]
    marks = quote_marks(text)
    for match in _titled_mention_pattern(noun).finditer(text):
        words = match.group("run").split()
        name = _mention_name(words)
        if match.group("noun")[:1].isupper() and not any(  # "the Royal Alexandra Hospital": one proper name whole
                _bare(w) in lexicon().stopwords or _bare(w) in _calendar_names() for w in words):
            name = words
        if len(name) != len(words) or is_open_at(text, marks, match.start()) \
                or not _ends_noun_phrase(text[match.end():]):
            continue  # "the Libyan compound", "the Thursday meeting": describing words; a speaker's words
        if not any(kind == "mod" and _names_same(name, other) for kind, other, _ in found):
            found.append(("mod", name, match.group("noun")))
    return found


def _before_in(sentence: str, texts: Sequence[str], reach: int) -> list[str]:
    """The `reach` sentences of `texts` right before `sentence`, nearest first ([] when it is not among them)."""
    at = next((k for k, text in enumerate(texts) if text.strip() == sentence.strip()), None)
    if at is None:
        at = next((k for k, text in enumerate(texts) if sentence.strip() and sentence.strip() in text), None)
    return [] if at is None else [texts[k] for k in range(at - 1, max(-1, at - 1 - reach), -1)]


def name_same_referent(title: str, sentence: str, texts: Sequence[str]) -> str:
    """ "died at the same hospital" -> "died at the Royal Alexandra Hospital", "an attack on the same compound" ->
    "an attack on the Bab al-Aziziya compound": a title's "the same <noun>" named by the one name the words before
    it give the noun, its own sentence before the phrase first, then the sentences of `texts` right before it,
    nearest first (referents.yaml same_referents reach); "The same woman said" -> "A woman said" for a person noun
    no name is given that those sentences introduce once with "a/an/one". Left alone: two different names, a
    plural or "another <noun>" there, a phrase going on past the noun ("the same fatality figure"), a noun no name
    is given ("the same spot"), a phrase in a quotation, a name the title holds."""
    match = _SAME_PHRASE.search(title)
    if match is None:
        return title
    noun, after = match.group("noun"), title[match.end():]
    following = _bare(after.split(None, 1)[0]) if after[:1].isspace() else ""
    table = _same_referent_table()
    if noun in lexicon().stopwords or _is_verb(noun) or not _ends_noun_phrase(after) \
            or following in _fuller_mention_table()["qualified_by"] or following in table["going_on"]:
        return title  # "the same fatality figure", "the same kind of", "the same hospital as his wife"
    written = re.search(rf"(?<![\w'’-])(?i:the)\ssame\s{re.escape(noun)}(?![\w'’-])", sentence)
    if written is None or is_open_at(sentence, quote_marks(sentence), written.start()):
        return title  # not the sentence's own words, or a speaker's
    person = noun in table["person_nouns"]
    reach = _before_in(sentence, texts, table["person_reach"] if person else table["reach"])
    read = [sentence[:written.start()], *reach[:table["reach"]]]
    if any(_tells_several(noun, text) for text in [*read, *reach]):
        return title  # "other hospitals", "another woman": which one is meant is not told
    title_words = {POSSESSIVE.sub("", _bare(w)) for w in title.split()}
    found = [mention for text in read for mention in _same_mentions(noun, text)]
    start, end = match.span()
    if found:
        if any(not _names_same(found[0][1], name) for _, name, _ in found[1:]):
            return title  # two different names
        kind, name, spelt = found[0]
        if any(POSSESSIVE.sub("", _bare(w)) in title_words for w in name if w.lower() != "the"):
            return title  # the title names it already
        if kind == "poss":
            phrase = " ".join(name) + "'s " + noun
            phrase = phrase[:1].upper() + phrase[1:] if start == 0 else phrase
        elif kind == "mod":
            phrase = f"{match.group('the')} {' '.join(name)} {spelt}"
        else:
            phrase = f"{match.group('the')} {noun} of {' '.join(name)}"
        return _within_title_words(title, title[:start] + phrase + title[end:])
    if not person:
        return title
    introduced = [k for text in reach for k, w in enumerate(_text_words(text))
                  if w == noun and k and _text_words(text)[k - 1] in table["introducers"]]
    if len(introduced) != 1:
        return title  # never introduced, or two of them
    return title[:start] + ("A " if start == 0 else "a ") + noun + title[end:]


# --- definites12: a described "the <words> <noun>" named by the article's one mention of the same words after a name --

@cache
def _described_mention_table() -> dict[str, Any]:
    """referents.yaml described_mentions, read once, lower-cased."""
    table = load_yaml(__package__, "referents.yaml")["described_mentions"]
    return {"describing_words": int(table["describing_words"]),
            "determiners": tuple(str(w).lower() for w in table["determiners"]),
            "not_describing": frozenset(str(w).lower() for w in table["not_describing"])}


@lru_cache(maxsize=1024)  # one entry a described noun a title writes: bounded by the titles
def _described_mention_pattern(phrase: str) -> re.Pattern[str]:
    """ "the U.N. refugee agency", "the council's Libya sanctions committee", "Libya's interim rulers": a name's
    possessive, or a name after a determiner (or a lower-case word's possessive), then the words of `phrase`."""
    run = rf"[A-Z][\w.-]*+(?:\s[A-Z][\w.-]*+){{0,{_fuller_mention_table()['name_words'] - 1}}}"
    determiners = "|".join(re.escape(d) for d in _described_mention_table()["determiners"])
    words = r"\s".join(re.escape(w) for w in phrase.split())
    return re.compile(rf"(?<![\w'’.-])(?:(?P<poss>{run})['’]s\s|(?:(?i:{determiners})|[a-z]++['’]s)\s(?P<mod>{run})\s)"
                      rf"{words}(?![\w'’-])")


def _described_mentions(phrase: str, text: str) -> list[tuple[str, list[str]]]:
    """The mentions of `phrase` ("refugee agency") after a name in `text`, outside quotations, each as its kind
    ("poss", "mod") and its name's words, as fuller_mentions reads them."""
    marks = quote_marks(text)
    found = []
    for match in _described_mention_pattern(phrase).finditer(text):
        if is_open_at(text, marks, match.start()):
            continue
        kind = "poss" if match.group("poss") else "mod"
        words = match.group(kind).split()
        name = _mention_name(words)
        if not name or len(name) != len(words) and kind == "mod":
            continue  # "the Libyan rebel movement": a people's adjective describes it
        if len(name) < len(words) and _bare(words[-len(name) - 1]) not in lexicon().stopwords:
            continue  # "the African Union's": a describing word is part of the name
        if kind == "poss" and text[:match.start()].rstrip().endswith(" of"):
            continue  # "the Gulf of Mexico's": the end of a longer name
        if kind == "poss" and len(name) == len(words) and text[max(0, match.start() - 4):match.start()] in ("the ", "The "):
            name = ["the", *name]  # "the ICC's arrest warrant": the name's own "the" kept
        if _ends_noun_phrase(text[match.end():]):
            found.append((kind, name))
    return found


@lru_cache(maxsize=1024)  # one entry a noun a title writes bare: bounded by the titles
def _bare_described_pattern(noun: str) -> re.Pattern[str]:
    """ "the Deepwater Horizon oil rig", "the council's Libya sanctions committee": a name after a determiner (or a
    lower-case word's possessive), one or two lower-case describing words, `noun`."""
    run = rf"[A-Z][\w.-]*+(?:\s[A-Z][\w.-]*+){{0,{_fuller_mention_table()['name_words'] - 1}}}"
    determiners = "|".join(re.escape(d) for d in _described_mention_table()["determiners"])
    return re.compile(rf"(?<![\w'’.-])(?:(?i:{determiners})|[a-z]++['’]s)\s(?P<mod>{run})\s"
                      rf"(?P<describing>[a-z][a-z-]*+(?:\s[a-z][a-z-]*+)?)\s{re.escape(noun)}(?![\w'’-])")


def _bare_described_mentions(noun: str, text: str) -> list[tuple[list[str], str]]:
    """The mentions of a bare title noun in `text` as a name and describing words before it ("the Deepwater Horizon
    oil rig" -> (["Deepwater", "Horizon"], "oil")), outside quotations; describing words as described_mentions
    reads them."""
    marks = quote_marks(text)
    found = []
    for match in _bare_described_pattern(noun).finditer(text):
        words = match.group("mod").split()
        name = _mention_name(words)
        if is_open_at(text, marks, match.start()) or not name or len(name) != len(words) \
                or not _describing_fit(match.group("describing").split()) or not _ends_noun_phrase(text[match.end():]):
            continue
        found.append((name, match.group("describing")))
    return found


def _describing_fit(describing: Sequence[str]) -> bool:
    """Whether lower-case words before a noun only describe it: no stopword, verb, adverb, calendar name or word
    of described_mentions not_describing ("the new", "the second")."""
    table = _described_mention_table()
    return all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) and w not in lexicon().stopwords and not _is_verb(w)
               and not is_adverb(w) and w not in table["not_describing"] and w not in _calendar_names()
               for w in describing)


def _name_bare_by_described(title: str, sentence: str, texts: Sequence[str]) -> str:
    """ "first submitted to the committee" -> "first submitted to the Libya sanctions committee": a bare "the <noun>"
    (as name_by_fuller_mention reads one) named by the one mention of the noun the article's other sentences write
    with a name and describing words before it ("the council's Libya sanctions committee"), when they write it no
    other way with a name (name_by_fuller_mention's own mentions) and tell no several of it."""
    words = title.split(" ")
    title_words = {POSSESSIVE.sub("", _bare(w)) for w in words}
    for k, noun in _bare_heads(words):
        written = [m.start() for m in re.finditer(rf"(?<![\w'’-])(?i:the)\s{re.escape(noun)}(?![\w'’-])", sentence)]
        if not written or _bare_described_mentions(noun, sentence) or fuller_mentions(noun, sentence) \
                or any(is_open_at(sentence, quote_marks(sentence), at) for at in written):
            continue
        others = [text for text in texts if noun[1:] in text and text.strip() != sentence.strip()]
        if any(_tells_several(noun, text) for text in others) \
                or any(fuller_mentions(noun, text) for text in others):
            continue
        found = [mention for text in others for mention in _bare_described_mentions(noun, text)]
        if not found or any(not _names_same(found[0][0], name) or describing != found[0][1]
                            for name, describing in found[1:]):
            continue  # none, or two different ones
        name, describing = found[0]
        if any(POSSESSIVE.sub("", _bare(w)) in title_words for w in name if w.lower() != "the"):
            continue
        token = words[k + 1]
        named = f"{words[k]} {' '.join(name)} {describing} {noun}{token[len(noun):]}"
        return _within_title_words(title, " ".join([*words[:k], named, *words[k + 2:]]))
    return title


def _tells_several_described(phrase: str, text: str) -> bool:
    """Whether `text` tells several of a described noun: the phrase's plural ("refugee agencies", "sanctions
    committees") or an others word right before it ("another refugee agency")."""
    *describing, noun = phrase.split()
    plural = " ".join([*describing, noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")])
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy", "uy")):
        plural = " ".join([*describing, noun[:-1] + "ies"])
    others = "|".join(re.escape(w) for w in _fuller_mention_table()["others"])
    return re.search(rf"(?<![\w'’-])(?i:{re.escape(plural)})(?![\w'’-])", text) is not None \
        or re.search(rf"(?<![\w'’-])(?i:{others})\s{re.escape(phrase)}(?![\w'’-])", text) is not None


def name_described_by_fuller_mention(title: str, sentence: str, texts: Sequence[str]) -> str:
    """ "according to a statement from the refugee agency" -> "... from the U.N. refugee agency", "prevented the
    sanctions committee from approving" -> "prevented the Libya sanctions committee from approving": a "the" with
    one or two lower-case describing words before its noun (referents.yaml described_mentions), named by the one
    name the article's other sentences `texts` write before the same words ("the U.N. refugee agency", "the
    council's Libya sanctions committee", "Libya's interim rulers"), as name_by_fuller_mention names a bare "the
    <noun>". Left alone: two different names, a describing word that makes it another one ("the new", "the second";
    not_describing), a sentence that writes the name itself, a name the title holds already, a plural of the phrase or
    "another <phrase>" (several of them), a head of the fuller-mention tables' not_heads, a phrase that goes on ("the
    refugee agency staff", "the refugee agency's chief"), a people's adjective as the name ("the Libyan rebel
    movement") and a speaker's words."""
    named = _name_bare_by_described(title, sentence, texts)
    if named != title:
        return named
    table = _described_mention_table()
    words = title.split(" ")
    title_words = {POSSESSIVE.sub("", _bare(w)) for w in words}
    for k in range(len(words) - 2):
        if words[k] not in ("the", "The"):
            continue
        for size in range(1, table["describing_words"] + 1):
            describing = words[k + 1:k + 1 + size]
            if len(describing) < size or k + 1 + size >= len(words) or not _describing_fit(describing):
                break
            # the noun after the describing words, read as name_by_fuller_mention reads a bare one ("the <noun>")
            noun = _title_head([words[k], *words[k + 1 + size:]], 0)
            if not noun:
                continue
            phrase = " ".join([*describing, noun])
            written = [m.start() for m in re.finditer(rf"(?<![\w'’-])(?i:the)\s{re.escape(phrase)}(?![\w'’-])",
                                                       sentence)]
            if not written or _described_mentions(phrase, sentence):
                continue  # the title's own words, or its sentence says which one itself
            if any(is_open_at(sentence, quote_marks(sentence), at) for at in written):
                continue  # a speaker's words: never renamed
            others = [text for text in texts if phrase in text and text.strip() != sentence.strip()]
            if any(_tells_several_described(phrase, text) for text in [sentence, *texts] if describing[0] in text):
                continue  # "two refugee agencies", "another refugee agency": which one is meant is not told
            found = [mention for text in others for mention in _described_mentions(phrase, text)]
            one = _the_one_new_name(found, title_words)
            if one is None:
                continue
            kind, name = one
            token = words[k + size + 1]
            mark = token[len(noun):]
            if kind == "poss":
                named = " ".join(name) + "'s " + phrase  # "Libya's interim rulers"
                if k == 0:
                    named = named[:1].upper() + named[1:]
            else:
                named = f"{words[k]} {' '.join(name)} {phrase}"  # "the U.N. refugee agency"
            return _within_title_words(title, " ".join([*words[:k], named + mark, *words[k + size + 2:]]))
    return title


# --- pronouns13: an opening "It"/"Its" named by the subject two or three sentences back, past sentences of no thing --

@cache
def _far_thing_table() -> dict[str, Any]:
    """events.yaml far_thing_antecedents, its word lists as lower-case sets."""
    table = events_rules()["far_thing_antecedents"]
    return {"reach": int(table["reach_sentences"]),
            "comment_subjects": frozenset(str(w).lower() for w in table["comment_subjects"]),
            "comment_verbs": frozenset(str(w).lower() for w in table["comment_verbs"]),
            "identity_verbs": tuple(str(w) for w in table["identity_verbs"])}


def _no_thing_subject(subject: str, text: str, earlier: Sequence[str]) -> bool:
    """Whether a sentence's subject is nothing an "it" may stand for: a person ("Abdel Fattah Younes", "The
    minister"), a plural group ("Officials", "The rebels"), or a demonstrative that comments on the sentence before
    it ("This was well before ...": far_thing_antecedents comment_subjects before a comment_verbs word)."""
    words = subject.split()
    if not words or pronoun_class(_bare(words[0])):
        return False
    if len(words) == 1 and words[0].lower() in _far_thing_table()["comment_subjects"]:
        return _comments(subject, text)
    return (fits(subject, "person", earlier) or fits(subject, "group", earlier)) and not fits(subject, "thing", earlier)


def _comments(subject: str, text: str) -> bool:
    """Whether a sentence is a demonstrative's comment on the one before it: its subject, one of far_thing_antecedents
    comment_subjects, opens it before one of comment_verbs ("This was well before ...")."""
    if subject.lower() not in _far_thing_table()["comment_subjects"]:
        return False
    tokens = _TOKEN.findall(text)
    i = _skip_opening(tokens)
    return i + 1 < len(tokens) and _bare(tokens[i]) == subject.lower() \
        and _bare(tokens[i + 1]) in _far_thing_table()["comment_verbs"]


def _names_no_thing(text: str, earlier: Sequence[str]) -> bool:
    """Whether a sentence names nothing an "it" may stand for past its first word: each capitalised run in it is a
    person's name ("Mansour Dhao", "Gaddafi's" after "Muammar Gaddafi") or a month or a day, and each "it"/"its" in
    it is an expletive's ("insisted it was a humanitarian gesture")."""
    tokens = _TOKEN.findall(text)
    lex_not_before = _opening_name_table()["not_before"]
    calendar = _calendar_names()
    run: list[str] = []
    for k, token in enumerate([*tokens, "."]):
        bare = _bare(token)
        if k and token[:1].isupper() and bare:
            run.append(POSSESSIVE.sub("", token.strip(_EDGE)))
            if token[-1:] not in _EDGE:
                continue
        if run:
            name = " ".join(run)
            if not (fits(name, "person", earlier) or len(run) == 1 and (
                    run[0].lower() in calendar or _person_surname(run[0], earlier))):
                return False
            run = []
        if bare in ("it", "its", "itself") and not (
                bare == "it" and k + 1 < len(tokens) and _bare(tokens[k + 1]) in lex_not_before):
            return False
    return True


def _names_definite_thing(text: str) -> bool:
    """Whether a sentence holds a singular definite noun phrase ("the convoy", "about the plan", "this film clip"):
    "the" or "this", its next word and the lower-case words after it up to a function word (lexicon stopwords), a
    verb or a mark, the last of them no plural ("the new rules" is none)."""
    tokens = _TOKEN.findall(text)
    stop = lexicon().stopwords
    for k, token in enumerate(tokens[:-1]):
        if _bare(token) not in ("the", "this") or token[-1:] in _EDGE:
            continue
        head = ""
        for word in tokens[k + 1:k + 5]:
            bare = _bare(word)
            if not word[:1].islower() or not bare or head and (bare in stop or is_verb_word(bare)):
                break
            head = bare
            if word[-1:] in _EDGE:
                break
        if head and not (head.endswith("s") and not head.endswith("ss")):
            return True
    return False


@cache
def _identity_pattern() -> re.Pattern[str]:
    """A copula and the name it identifies a subject with, up to a dash, a comma or the sentence's end ("was Russian
    flu - ..."): far_thing_antecedents identity_verbs, one to three capitalised words and maybe one lower-case noun."""
    verbs = "|".join(re.escape(v) for v in _far_thing_table()["identity_verbs"])
    return re.compile(rf"\s(?:{verbs})\s(?P<name>[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+){{0,2}}+(?:\s[a-z]++)?+)"
                      r"(?=\s?[-–—,;:.]|$)")


def _identified_name(subject: str, text: str, earlier: Sequence[str]) -> str:
    """ "The first of the four pandemics was Russian flu - ..." -> "Russian flu": the name a definite subject that
    opens its sentence is identified with by a copula right after it, when that name is no person's; else ""."""
    words = subject.split()
    if len(words) < 2 or words[0].lower() != "the":
        return ""
    tokens = _TOKEN.findall(text)
    opening = " ".join(tokens[_skip_opening(tokens):])
    if not opening.startswith(subject):
        return ""
    match = _identity_pattern().match(opening, len(subject))
    if not match or fits(match.group("name"), "person", earlier):
        return ""
    return match.group("name")


def far_thing_antecedent(history: Sequence[str], speakers: Sequence[str], texts: Sequence[str],
                         earlier: Sequence[str]) -> str:
    """ "Niger has also tried to distance itself. Officials have confirmed that ... Its interior minister" -> "Niger":
    the thing an opening "it"/"its" stands for when the sentence right before (and any other up to events.yaml
    far_thing_antecedents reach_sentences back) has no thing for its subject nor names one (_no_thing_subject,
    _names_no_thing; no singular "the" noun phrase either, but in a "This was ..." comment: _names_definite_thing),
    and the sentence before those has a thing's name as its main subject (fits "thing", no "a"/"an", no other
    capitalised word after it before its own "it": _chain_thing), or a definite subject a copula identifies with a
    name ("The first of the four pandemics was Russian flu": _identified_name). A quotation or a question between,
    or no such subject within reach, gives ""."""
    n = len(texts)
    if not n or len(history) < n or len(speakers) < n:
        return ""
    for k in range(n - 1, max(-1, n - 1 - _far_thing_table()["reach"]), -1):
        text = texts[k]
        if text.rstrip().endswith("?") or any(c in text for c in _QUOTE_OPENERS + _QUOTE_CLOSERS + '"'):
            return ""
        subject = history[k - n + len(history)]
        speaker = speakers[k - n + len(speakers)]
        if k < n - 1 and subject == speaker:
            found = _identified_name(subject, text, earlier) or _chain_thing(subject, text, earlier)
            if found:
                return found
        if not (_no_thing_subject(subject, text, earlier) and _no_thing_subject(speaker, text, earlier)
                and _names_no_thing(text, earlier)) \
                or not _comments(subject, text) and _names_definite_thing(text):
            return ""
    return ""


def name_far_thing_pronoun(title: str, history: Sequence[str], speakers: Sequence[str], texts: Sequence[str],
                           names: Sequence[str]) -> str:
    """The title with the "It"/"Its" it opens with named by far_thing_antecedent ("Its interior minister denied" ->
    "Niger's interior minister denied"), after every other rule of naming left it; not an expletive "It was"/"It
    is"; else the title unchanged."""
    words = title.split(" ", 2)
    if len(words) < 2 or pronoun_class(_bare(words[0])) != "thing" \
            or _bare(words[0]) == "it" and _bare(words[1]) in _opening_name_table()["not_before"]:
        return title
    name = far_thing_antecedent(history, speakers, texts, [*names, *history])
    return _with_name(title, name) if name else title
