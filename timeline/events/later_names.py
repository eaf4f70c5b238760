"""A person the article describes before it names them, named by the next sentence's one speaker (later_names.yaml).

News reports often open with a description and give the name a sentence later, as the speaker of a quotation:
"The former boss of BP admitted last night that ..." then "..., said Tony Hayward." The naming rules of
events/subjects.py read the sentences before a title; this step reads the one sentence after it, once per title,
and names the described subject there ("The former boss of BP, Tony Hayward, admitted that ...") when that sentence
quotes exactly one speaker the article has not named before. Everything else is left as it came."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from timeline.events.lexicon import rules as events_rules
from timeline.events.subjects import _is_verb
from timeline.model import Event
from timeline.rules import load_yaml

# "Tony Hayward", "Mustafa Abdul-Jalil", "Youssef bin Alawi bin Abdullah": two to five capitalised words, a lower-case
# particle of a name allowed between them
_NAME = re.compile(r"(?<![\w'’])[A-Z][a-z][\w'’-]*+(?:[ ]++(?:(?:bin|bint|ibn|al|el|abu|de|van|von|der|la|le|du)[ ]++)?+"
                   r"[A-Z][a-z][\w'’-]*+){1,4}+")
_QUOTES = ("“", "”", '"')
_POSSESSIVE = re.compile(r"\w['’]s\b")
_LOOK_BEFORE = 4  # words before a name read for a possessive ("Obama's spokesman Jay Carney")


@dataclass(frozen=True)
class _Table:
    offices: frozenset[str]  # events.yaml person_nouns: a person's role or office
    heads: frozenset[str]  # those and the descriptions of later_names.yaml extra_heads
    enders: frozenset[str]
    speaker_verbs: frozenset[str]


@cache
def _table() -> _Table:
    table = load_yaml(__package__, "later_names.yaml")
    offices = frozenset(str(w).lower() for w in events_rules()["person_nouns"])
    return _Table(offices, offices | {str(w).lower() for w in table["extra_heads"]},
                  frozenset(str(w) for w in table["head_enders"]), frozenset(str(w) for w in table["speaker_verbs"]))


def described_subject(title: str) -> str:
    """The title's subject when it describes a person without naming one: "The" + describing words + a person head
    (later_names.yaml) before its owner or place, then the verb ("The former boss of BP admitted ..." -> "The former
    boss of BP"); else ""."""
    return _described(title)[0]


def _described(title: str) -> tuple[str, str]:
    """(the described subject, its head) as described_subject reads them, or ("", "")."""
    words = title.split(" ")
    if len(words) < 3 or words[0] != "The":
        return "", ""
    table = _table()
    verb = next((i for i in range(2, len(words)) if words[i].isalpha() and words[i].islower()
                 and _is_verb(words[i]) and words[i] not in table.enders), 0)
    if not verb or verb + 1 < len(words) and words[verb + 1] == "by":  # "The man accused by ...": a participle
        return "", ""
    subject = words[:verb]
    if any(w.endswith((",", ";", ":")) for w in subject):  # "The chief prosecutor ..., Luis Moreno-Ocampo,": named
        return "", ""
    end = next((i for i in range(1, len(subject)) if subject[i] in table.enders), len(subject))
    describing = subject[1:end]
    head = " ".join(describing[-2:]).lower()
    if head not in table.heads:
        head = describing[-1].lower() if describing else ""
    if head not in table.heads or any(not w.isalpha() and not w.replace("-", "").isalpha() for w in describing):
        return "", ""
    # a name in the describing words, or one set after a noun at the end ("the tribute concert Chris Hunt")
    tail = subject[end:]
    if _NAME.search(" ".join(describing)) or len(tail) >= 3 and tail[-1][:1].isupper() and tail[-2][:1].isupper() \
            and tail[-3].islower() and tail[-3] not in table.enders and tail[-3] not in ("the", "a", "an"):
        return "", ""
    return " ".join(subject), head


def quoted_speaker(sentence: str) -> str:
    """The one person a sentence with a quotation names as its speaker ("“...,” said Jacob Zuma at a debate" ->
    "Jacob Zuma"; "“...,” Mustafa Abdul-Jalil told CNN" -> "Mustafa Abdul-Jalil"), or "" for none, two, a
    sentence with no quotation mark, or a speaker written as another's ("Obama's spokesman Jay Carney")."""
    return _speaker(sentence)[0]


def _speaker(sentence: str) -> tuple[str, str]:
    """(the one speaker quoted_speaker finds, the office written right before the name: "President Barack Obama" ->
    "president"), or ("", "")."""
    if not any(mark in sentence for mark in _QUOTES):
        return "", ""
    table = _table()
    found: dict[str, str] = {}
    for match in _NAME.finditer(sentence):
        before = sentence[:match.start()].split()
        after = sentence[match.end():].split()
        name = match.group(0)
        first = name.split(" ", 1)[0].lower()
        if first in table.offices:  # "President Barack Obama": the office opens the match
            name, office = name.split(" ", 1)[1], first
        else:
            office = before[-1].lower() if before and before[-1].lower() in table.offices else ""
        speaks = before and before[-1].strip(",") in table.speaker_verbs \
            or after and after[0].strip(",.") in table.speaker_verbs and not sentence[match.end():][:1] == ","
        # "the spokesman for Tony Hayward said": a name after a preposition is an owner, not the speaker
        if not speaks or before and before[-1] in table.enders:
            continue
        if _POSSESSIVE.search(" ".join(before[-_LOOK_BEFORE:])):
            return "", ""
        # "Moussa Koussa Koussa": a word the page wrote twice over is written once
        found[" ".join(w for k, w in enumerate(name.split(" ")) if not k or w != name.split(" ")[k - 1])] = office
    return next(iter(found.items())) if len(found) == 1 else ("", "")


def name_by_next_speaker(title: str, following: str, told: Sequence[str]) -> str:
    """The title with its described subject named by the one speaker `following` (the article's next sentence)
    quotes, the name set in apposition ("The former boss of BP, Tony Hayward, admitted ..."), unless the article's
    sentences up to the title's (`told`) name that speaker already (its surname counts) or the title does; else the
    title unchanged."""
    subject, head = _described(title)
    if not subject:
        return title
    name, office = _speaker(following)
    table = _table()
    # "The commander of U.S. Naval forces ... said" and "..., President Barack Obama said": another office's holder
    if not name or office and head in table.offices and office != head and office not in subject.lower().split():
        return title
    surname = name.rsplit(" ", 1)[-1]
    if re.search(rf"(?<![\w'’]){re.escape(surname)}(?![\w])", title) or \
            any(re.search(rf"(?<![\w'’]){re.escape(surname)}(?![\w])", text) for text in told):
        return title
    return f"{subject}, {name},{title[len(subject):]}"


def named_by_next_speakers(events: list[Event], read: Sequence[str]) -> list[Event]:
    """The events of one article (`read`: its prose sentences in order) with each described subject named by the next
    sentence's one speaker (name_by_next_speaker)."""
    at: dict[str, int] = {}
    for index, text in enumerate(read):
        at.setdefault(text, index)
    out: list[Event] = []
    for event in events:
        index = at.get(event.source.quote, -1)
        if 0 <= index < len(read) - 1:
            title = name_by_next_speaker(event.title, read[index + 1], read[:index + 1])
            if title != event.title:
                event = replace(event, title=title)
        out.append(event)
    return out
