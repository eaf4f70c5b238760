"""A bare surname the article uses for several people, printed as the full name of the one meant.

"Randy Jackson, brother of the late pop star Michael Jackson, has been admitted to hospital. Jackson, 48, was taken
to Huntington Memorial Hospital": a title "Jackson was taken to hospital" reads as Michael in a Michael Jackson
timeline. When two or more people the article names in full share the surname a title prints alone, the title
prints the full name of the one meant (events.yaml shared_surnames), and stays as it is when no reading tells who.
Likewise a numeral "One" standing alone as a title's subject counts the noun its sentence counted before.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Sequence

from timeline.events.lexicon import lexicon, rules
from timeline.events.subjects import is_verb_word, names_in, opening_subject

_SUBJECT = re.compile(r"^(?P<word>[A-Z][a-z]++(?:-[A-Z][a-z]++)?+)(?P<tail>,?)$")


@cache
def _table() -> dict[str, Any]:
    return rules()["shared_surnames"]


@cache
def _not_first_names() -> frozenset[str]:
    """Words a run of capitalised words may open with that are no one's first name ("In", "Singer", "Dr")."""
    table = _table()
    return lexicon().stopwords | frozenset(w.lower() for w in table["not_first_names"]) \
        | frozenset(w.lower() for w in rules()["person_nouns"]) \
        | frozenset(w.lower() for w in rules()["antecedents"]["honorifics"])


def _full_names(surname: str, text: str) -> dict[str, str]:
    """The people `text` names in full with `surname` last, by first name: "Joe" -> "Joe Jackson"."""
    found: dict[str, str] = {}
    skip = _not_first_names()
    for run in names_in(text):
        words = [re.sub(r"['’]s?$", "", w) for w in run.split()]
        for end in range(1, len(words)):
            if words[end] != surname:
                continue
            start = end - 1
            while start > 0 and words[start - 1].lower() not in skip and words[start - 1][:1].isupper() \
                    and end - start < 2:
                start -= 1  # "La Toya Jackson": two first-name words at most
            first = words[end - 1]
            if first.lower() in skip or first == surname:
                continue
            found.setdefault(first, " ".join(words[start:end + 1]))
    return found


def _bare_in(surname: str, sentence: str) -> bool:
    """Whether `sentence` uses the surname alone, not as the end of a full name ("Jackson, 48, was taken")."""
    for match in re.finditer(rf"\b{re.escape(surname)}\b", sentence):
        before = sentence[:match.start()].split()
        if not before or not before[-1][:1].isupper() or not before[-1].isalpha() \
                or before[-1].lower() in _not_first_names():
            return True
    return False


def _subject_named(surname: str, sentence: str) -> str:
    """The person of that surname a sentence opens its subject with ("Randy Jackson, brother of ..."; "The official
    said Abdelkahar Belhadj, son of ..., was killed"), or ""."""
    for reported in (False, True):  # the main clause's subject, else what it reports ("The official said X ...")
        subject = opening_subject(sentence, through_reports=reported)
        named = _full_names(surname, subject)
        if len(named) == 1 and subject.startswith(name := next(iter(named.values()))):
            return name  # "Randy Jackson, brother of ...", not "The lawyer for X"
    return ""


def meant_by_surname(surname: str, sentence: str, earlier: Sequence[str]) -> str:
    """The full name a bare surname stands for: the one person of that surname the sentence itself names (when it
    uses the surname only in full), else the one the nearest earlier sentence that names any in full tells of
    (at most shared_surnames.look_back_sentences back); "" when no reading tells."""
    own = _full_names(surname, sentence)
    if own and not _bare_in(surname, sentence):
        return next(iter(own.values())) if len(own) == 1 else ""
    for text in list(earlier)[::-1][:int(_table()["look_back_sentences"])]:
        if _full_names(surname, text):
            return _subject_named(surname, text)
    return ""


def name_shared_surname(title: str, sentence: str, earlier: Sequence[str]) -> str:
    """The title with each surname it prints alone put as the full name of the one meant, when the article names
    two or more people of that surname in full (`earlier`: its sentences before `sentence`); else unchanged."""
    words = title.split()
    # only the title's subject: a surname elsewhere ("with Jackson's personal doctor") is most often the article's
    # own person, whoever the sentences before named last
    match = _SUBJECT.match(words[0]) if len(words) > 1 else None
    if not match or words[1][:1].isupper():
        return title  # "Jackson's mother", "Jackson Five"
    surname = match.group("word")
    if surname.lower() in _not_first_names() or len(_full_names(surname, " ".join([*earlier, sentence]))) < 2:
        return title
    meant = meant_by_surname(surname, sentence, earlier)
    return " ".join([meant + match.group("tail"), *words[1:]]) if meant else title


MAX_ONE_PHRASE_WORDS = 5  # "One 2004 order marked": the noun the first "one" counts, before its verb


def name_numeral_one(title: str, sentence: str) -> str:
    """ "One 2004 order marked ..., and one from 2009 showed a delivery": a title that opens with a numeral "One"
    standing alone before its verb ("One showed ...") counts the noun an earlier "one" of its sentence counted
    ("One order showed ..."); else unchanged (events.yaml numeral_one)."""
    words = title.split()
    if len(words) < 3 or words[0] != "One" or not is_verb_word(words[1]):
        return title
    ones = [m.end() for m in re.finditer(r"\b[Oo]ne\b", sentence)]
    if len(ones) < 2:
        return title
    after = sentence[ones[0]:].split()[:MAX_ONE_PHRASE_WORDS + 1]
    verb = next((k for k, w in enumerate(after) if k and is_verb_word(w)), 0)
    head = after[verb - 1] if verb else ""
    if not head.isalpha() or not head.islower() or head in lexicon().stopwords:
        return title
    return " ".join(["One", head, *words[1:]])
