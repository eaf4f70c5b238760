"""The last step of a title: the one-word edits an editor would make to a title the earlier steps built, read
against the sentence it came from (polish.yaml beside this module): an opening phrase's dropped preposition put
back, or the phrase dropped when it only tells where a report was made; a leading word a cut date left alone
("Just, hundreds died"); "Another" at the opening told without
pointing back; an opening "A" agreeing with a vowel sound ("An incident"); words a source said twice in a row said once; a report's colon before a clause read as indirect speech; marks a cut left unpaired; an
abbreviation's last dot; and first, a frame whose subject names nothing ("It emerged that X") dropped before the
clause X. Each edit leaves the title unchanged where
its rule does not clearly apply."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from timeline.events.lexicon import lexicon
from timeline.events.subjects import is_verb_word
from timeline.rules import load_yaml


@cache
def rules() -> dict[str, Any]:
    """The table polish.yaml beside this module (read once per process; treat it as read-only)."""
    return load_yaml(__package__, "polish.yaml")


@cache
def _words(section: str, name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules()[section][name])


def polished(title: str, sentence: str) -> str:
    """The title after the edits of polish.yaml, in order; "" stays ""."""
    if not title:
        return title
    title = without_stray_opener(with_opening_preposition(without_frame(title), sentence))
    title = with_agreeing_article(without_another(title))
    return with_paired_marks(without_report_colon(without_repeated_words(title)))


def _bare(word: str) -> str:
    return word.lower().strip(",.;:!?\"“”'‘’()")


_SUBJECT_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "we", "it", "his", "her", "its", "their", "this",
                              "these", "those", "some", "many", "several", "most", "all", "both", "each", "another",
                              "every", "one"})


def _opens_clause(rest: Sequence[str]) -> bool:
    """Whether the words after an opening phrase's comma open a clause: a subject (a capitalised word, a number, a
    determiner, a subject pronoun or a common noun: "safety backstops failed") and a verb within reach, with no comma between them (not a list, not an
    aside); a present form after a name counts ("Gaddafi calls")."""
    first = _bare(rest[0])
    noun = rest[0][:1].islower() and first.isalpha() and first not in lexicon().stopwords \
        and first not in _words("opening_preposition", "prepositions") and not is_verb_word(first)
    if len(rest) < 2 or not (rest[0][:1].isupper() or rest[0][:1].isdigit() or first in _SUBJECT_OPENERS
                             or first in _words("another", "numbers") or noun):
        return False
    reach = int(rules()["opening_preposition"]["verb_reach"])
    for k in range(1, min(len(rest), reach + 1)):
        word = _bare(rest[k])
        present = word.endswith("s") and not word.endswith("ss") and rest[k][:1].islower() and len(word) > 3 \
            and rest[k - 1][:1].isupper() and word not in lexicon().stopwords
        if is_verb_word(rest[k]) or present:
            return True
        if rest[k].endswith((",", ";", ":")) or rest[k] in ("--", "-", "—", "–"):
            return False
    return False


def _preposition_before(title_words: Sequence[str], sentence: str) -> tuple[str, str]:
    """The preposition that stands right before the title's first three words in the sentence, where a clause
    opens there (polish.yaml opening_preposition), and the title's first word as the sentence spells it; ("", "")
    when there is none."""
    at = -1
    for length in (3, 2):  # a date cut from the phrase ("In an e-mail [Monday] to ...") leaves two words to match
        at = sentence.lower().find(" ".join(title_words[:length]).lower().rstrip(",;:"))
        if at >= 0:
            break
    if at <= 0:
        return "", ""
    before = sentence[:at].split()
    if not before or _bare(before[-1]) not in _words("opening_preposition", "prepositions") \
            or before[-1] != before[-1].strip(",;:"):
        return "", ""
    opener = before[-2] if len(before) > 1 else ""
    if opener and not opener.endswith((",", ":", ";")) and _bare(opener) not in _words("opening_preposition",
                                                                                        "clause_openers") \
            and opener not in _words("opening_preposition", "clause_openers"):
        return "", ""
    return before[-1], sentence[at: at + len(title_words[0])]


def with_opening_preposition(title: str, sentence: str) -> str:
    """ "The 126 crew on board the rig, seven worked for BP" (from "Of the 126 crew on board the rig on 20 April,
    seven worked ...") -> "Of the 126 crew on board the rig, seven worked for BP"; "An e-mail to CNN correspondent
    Ivan Watson, Addario called ..." -> "Addario called ...": an opening phrase whose preposition an earlier step
    dropped gets it back, or goes when it only tells where a report was made (polish.yaml opening_preposition)."""
    words = title.split(" ")
    table = rules()["opening_preposition"]
    comma = next((k for k, w in enumerate(words[: int(table["phrase_words"])]) if w.endswith(",")), -1)
    if comma < 1 or not _opens_clause(words[comma + 1:]):
        return title
    preposition, first = _preposition_before(words, sentence)
    if not preposition:
        return title
    if any(_bare(w) in _words("opening_preposition", "venue_nouns") for w in words[: comma + 1]):
        rest = words[comma + 1:]
        return " ".join([rest[0][:1].upper() + rest[0][1:], *rest[1:]])
    return " ".join([preposition[:1].upper() + preposition[1:].lower(), first, *words[1:]])


@cache
def _frames() -> tuple[tuple[str, ...], ...]:
    """The frames of polish.yaml, longest first ("it has been reported" before "it has emerged")."""
    phrases = (tuple(str(w).lower() for w in phrase) for phrase in rules()["frames"]["phrases"])
    return tuple(sorted(phrases, key=len, reverse=True))


def _frame_end(words: Sequence[str]) -> int:
    """How many of the title's first words a frame of polish.yaml holds, with the adverbs between its words and the
    "that" after it ("It has also emerged that" -> 5); 0 when the title opens with none."""
    adverbs = _words("frames", "adverbs")
    low = [_bare(w) if not w.endswith(",") else "" for w in words]  # "It emerged, ...": an aside, no frame
    for phrase in _frames():
        at, matched = 0, True
        for k, word in enumerate(phrase):
            while k and at < len(low) and low[at] in adverbs:
                at += 1
            if at >= len(low) or low[at] != word:
                matched = False
                break
            at += 1
        if matched:
            return at + 1 if at < len(low) and low[at] == "that" else at
    return 0


def without_frame(title: str) -> str:
    """ "It also emerged that Donald Vidrine will not testify" -> "Donald Vidrine will not testify", "There were reports
    that hundreds of people were killed" -> "Hundreds of people were killed": a frame whose subject names nothing
    (polish.yaml frames) goes when what follows it opens a clause of its own; "It emerged from the wreckage" stays."""
    words = title.split(" ")
    end = _frame_end(words)
    if not end or end >= len(words):
        return title
    clause = [words[end][:1].upper() + words[end][1:], *words[end + 1:]]
    # a subject word the general test reads as a function word ("people", "there") opens X as a capital would
    subject = _bare(words[end]) in _words("frames", "subject_words")
    return " ".join(clause) if _opens_clause(clause if subject else words[end:]) else title


def without_stray_opener(title: str) -> str:
    """ "Just, hundreds died" -> "Hundreds died": a leading word a cut date left alone before its comma
    (polish.yaml stray_openers), when a clause follows it."""
    words = title.split(" ")
    if not words[0].endswith(",") or _bare(words[0]) not in _words("stray_openers", "words") \
            or not _opens_clause(words[1:]):
        return title
    return " ".join([words[1][:1].upper() + words[1][1:], *words[2:]])


def _article_for(word: str) -> str:
    """ "A" or "An" before `word`, by its sound (polish.yaml another: an acronym by its first letter's name, a
    vowel letter's and a consonant letter's exceptions)."""
    table = rules()["another"]
    letters = word.replace(".", "")
    if len(letters) > 1 and letters.isupper() or "." in word.rstrip("."):  # "NTC", "U.S.": read letter by letter
        return "An" if letters[:1] in set(str(x) for x in table["vowel_sound_letters"]) else "A"
    low = word.lower()
    if low[:1] in "aeiou":
        return "A" if any(low.startswith(str(p)) for p in table["a_before_vowel_letter"]) else "An"
    return "An" if any(low.startswith(str(p)) for p in table["an_before_consonant_letter"]) else "A"


def without_another(title: str) -> str:
    """ "Another fifteen cases were confirmed" -> "Fifteen more cases were confirmed", "Another of his sons" -> "One
    of his sons", "Another attack" -> "An attack": a title's opening "Another" points back to a line the timeline's
    reader does not have (polish.yaml another)."""
    words = title.split(" ")
    if words[0] != "Another" or len(words) < 3 or not words[1][:1].isalnum():
        return title
    following = _bare(words[1])
    if following in _words("another", "numbers") or following.replace(",", "").isdigit():
        return " ".join([words[1][:1].upper() + words[1][1:], "more", *words[2:]])
    if following == "of":
        return " ".join(["One", *words[1:]])
    return " ".join([_article_for(words[1]), *words[1:]])


def with_agreeing_article(title: str) -> str:
    """ "A incident was reported" -> "An incident was reported": an opening "A" before a lower-case word that starts
    with a sure vowel sound (a, e, i, o; polish.yaml another: its exceptions), which a cut left there by dropping the
    adjective between them."""
    words = title.split(" ")
    if len(words) < 2 or words[0] != "A" or not words[1][:1] or words[1][0] not in "aeio" \
            or _article_for(words[1]) != "An":
        return title
    return " ".join(["An", *words[1:]])


def without_report_colon(title: str) -> str:
    """ "Hayward said: The best minds ... are being brought to bear" -> "Hayward said the best minds ...": a verb of
    saying before a colon, and a clause after it that opens with a determiner, read as indirect speech (polish.yaml
    report_colon)."""
    table = rules()["report_colon"]
    words = title.split(" ")
    colon = next((k for k, w in enumerate(words[: int(table["reach"])]) if w.endswith(":")), -1)
    if colon < 1 or colon + 2 >= len(words) or words[colon][:-1].lower() not in lexicon().reporting_verbs \
            or _bare(words[colon + 1]) not in _words("report_colon", "determiners") or not words[colon + 1][:1].isupper():
        return title
    return " ".join([*words[:colon], words[colon][:-1], words[colon + 1].lower(), *words[colon + 2:]])


def without_repeated_words(title: str) -> str:
    """ "39 people were injured were injured" -> "39 people were injured": a run of words a source said twice in a
    row said once (polish.yaml repeated_words: two words or more, or one function word; "that that", "had had"
    stay)."""
    words = title.split(" ")
    longest = int(rules()["repeated_words"]["longest_run"])
    kept: list[str] = []
    for word in words:
        kept.append(word)
        for n in range(longest, 0, -1):
            if len(kept) < 2 * n:
                continue
            run, before = [_bare(w) for w in kept[-n:]], [_bare(w) for w in kept[-2 * n:-n]]
            single = n == 1 and run[0] in _words("repeated_words", "function_words")
            if run == before and (n > 1 or single) and not kept[-n - 1].endswith((",", ";", ":")):
                del kept[-n:]
                break
    return " ".join(kept)


_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)++[A-Z]\Z")  # "U.S", "U.N", "D.C": the last dot was cut
_DOUBLE_QUOTES = re.compile(r"[\"“”]")
_COMMA_BEFORE_CLOSE = re.compile(r",\)")
_EMPTY_BRACKETS = re.compile(r" ?\(\s*+\)")


def with_paired_marks(title: str) -> str:
    """The title without the marks a cut left unpaired (polish.yaml marks): an opening bracket at the end with at
    most open_tail_words after it, a closing bracket with none opened, a comma before a closing bracket, empty
    brackets, a lone double quotation mark; and with the last dot of an abbreviation at its end ("the U.S")."""
    title = _EMPTY_BRACKETS.sub("", _COMMA_BEFORE_CLOSE.sub(")", title))
    title = _without_unopened_brackets(title)
    opened = title.rfind("(")
    if opened >= 0 and ")" not in title[opened:] \
            and len(title[opened + 1:].split()) <= int(rules()["marks"]["open_tail_words"]):
        title = title[:opened].rstrip(" ,;:")
    if len(_DOUBLE_QUOTES.findall(title)) % 2:
        title = re.sub(r"\s{2,}", " ", _DOUBLE_QUOTES.sub("", title)).strip()
    if _ABBREVIATION_END.search(title):
        title += "."
    return title[:1].upper() + title[1:] if title else title


def _without_unopened_brackets(title: str) -> str:
    """The title without each closing bracket that no opening one before it pairs."""
    depth, kept = 0, []
    for char in title:
        if char == "(":
            depth += 1
        elif char == ")":
            if not depth:
                continue
            depth -= 1
        kept.append(char)
    return "".join(kept).strip()
