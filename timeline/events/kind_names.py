"""A bare "the <kind noun>" of a title named by the one name of that kind the article gives near it (kind_names.yaml).

A report names a group or a person once and then calls it by the kind of thing it is: "the Pakistani Taliban, an
extremist Islamic organization ..." then "The group will be added to a U.N. blacklist"; "McCain has expressed anger
..." then "The senator contends". The naming rules of events/subjects.py take a description by its own words (a
fuller mention of the same noun, an office's holder, a main person's epithet); this step, the last of the naming,
takes what is left by its kind: the one name set in apposition to a noun of the kind in reach, else the subject of
the sentence right before when it is the one name of the kind there. Anything less certain is left as written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from timeline.events.lexicon import lexicon, rules as events_rules
from timeline.events.subjects import (_AGE, _CAPITALISED_RUN, _bare, _calendar_names, _country_words, _full_name,
                                      _is_person, _is_verb, _people_in, _plain_noun_word, _same_referent, role_nouns,
                                      _written_as_places, opening_subject, quoted_throughout)
from timeline.rules import load_yaml
from timeline.text.quotes import is_open_at, quote_marks
from timeline.words import POSSESSIVE

# a name as an apposition or a subject writes it: maybe "the", then one to five capitalised words (a lower-case
# particle of a name between them: "Abd al Rahman", "Tehrik-e-Taliban")
_NAME = r"(?:the\s)?[A-Z][\w.&'’-]*+(?:\s(?:(?:al|el|bin|de|van|von)\s)?[A-Z][\w.&'’-]*+){0,4}+"


@dataclass(frozen=True)
class _Table:
    reach: int
    kinds: dict[str, str]  # head noun -> kind
    family: dict[str, frozenset[str]]  # kind -> the nouns an apposition may give
    not_modifiers: frozenset[str]
    phrase: re.Pattern[str]


@cache
def _table() -> _Table:
    table = load_yaml(__package__, "kind_names.yaml")
    kinds = {str(h).lower(): kind for kind, entry in table["kinds"].items() for h in entry["heads"]}
    family = {kind: frozenset(str(w).lower() for w in entry["family"]) for kind, entry in table["kinds"].items()}
    heads = "|".join(sorted(kinds, key=lambda h: (-len(h), h)))
    phrase = re.compile(rf"(?<![\w'’-])[Tt]he\s(?P<modifiers>(?:[\w'’-]++\s){{0,{int(table['modifiers'])}}}?)"
                        rf"(?P<head>{heads})(?P<possessive>['’]s)?(?![\w'’-])(?P<rest>.{{0,3}})")
    return _Table(int(table["reach"]), kinds, family,
                  frozenset(str(w).lower() for w in table["not_modifiers"]), phrase)


@cache
def _apposition_patterns(kind: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "<Name>, a/an/the <words> <noun>" and "<Name> is/was a/an <words> <noun>" for the nouns of the kind's
    family."""
    nouns = "|".join(sorted(_table().family[kind]))
    describing = r"(?:[\w'’-]++\s){0,4}?"
    return (re.compile(rf"(?<![\w'’-])(?P<name>{_NAME}),\s(?:an?|the)\s(?P<describing>{describing})(?:{nouns})"
                       rf"(?![\w'’-])"),
            re.compile(rf"(?<![\w'’-])(?P<name>{_NAME})\s(?:is|was)\s(?:an?)\s(?P<describing>{describing})(?:{nouns})"
                       rf"(?![\w'’-])"))


def _clean(name: str) -> str:
    """A name as found, without a possessive or a closing full stop."""
    name = POSSESSIVE.sub("", name)
    return name[:-1] if name.endswith(".") and "." not in name[:-1].split()[-1:][0] else name


def _of_kind(name: str, kind: str, mentions: Sequence[tuple[str, str]], texts: Sequence[str],
             apposed: bool = False) -> bool:
    """Whether a name can be what a description of `kind` stands for: a person's name for a person; for an
    organisation no person (unless `apposed` to a noun of its family, which tells it is none: "Ansar Dine is a
    militant movement"), day, month, country or place the article writes after a preposition of place."""
    bare = name.removeprefix("the ").removeprefix("The ")
    if not bare or bare.lower() in _calendar_names():
        return False
    if kind == "person":
        return not name.lower().startswith("the ") and _is_person(bare, mentions)
    words = bare.split()
    # "the Pakistani Taliban": a name after "the" is no person's
    return (apposed or name.lower().startswith("the ") or not _is_person(bare, mentions)) and not (len(words) == 1 and (words[0] in _country_words()
                                                                         or words[0] in _written_as_places(texts)))


def _names_of_kind(text: str, kind: str, mentions: Sequence[tuple[str, str]], texts: Sequence[str]) -> list[str]:
    """The names of `kind` a piece of text writes: persons as events/subjects reads them; for organisations every
    other capitalised run (no gazetteer tells a body from a person's name: "Human Rights Watch" counts) but for a day,
    a country, a place the article writes after a preposition of place, a people's adjective ("Libyan"), and a
    person the article shows as one: a surname of a full name it gave ("Gadhafi's") or a name it binds to a person's
    role ("Senator John McCain")."""
    if kind == "person":
        return _people_in(text, mentions)
    found = []
    stopwords = lexicon().stopwords
    for match in _CAPITALISED_RUN.finditer(text):
        words = [POSSESSIVE.sub("", w) for w in match.group(0).split()]
        while words and words[0].lower() in stopwords:
            words.pop(0)
        name = _clean(" ".join(words)) if words else ""
        if not name or name.lower() in _calendar_names() or len(words) == 1 and (
                name in _country_words() or name in _written_as_places(texts)):
            continue
        if _after_the(text, match.start()):
            found.append(name)  # "the Brotherhood": no person's name
            continue
        if len(words) == 1 and _is_person(name, mentions) \
                or any(_same_referent(name, n) and role_nouns().get(r) == "person" for n, r in mentions):
            continue
        found.append(name)
    return found


def _after_the(text: str, start: int) -> bool:
    """Whether a capitalised run at `start` opens with "the" or stands right after it."""
    return text[start:start + 4] == "The " or text[max(0, start - 4):start] in ("the ", "The ")


def _apposed(kind: str, window: Sequence[str], mentions: Sequence[tuple[str, str]], texts: Sequence[str]) -> set[str]:
    """The names the window's texts set in apposition to a noun of the kind's family, outside quotations."""
    found: set[str] = set()
    for text in window:
        marks = quote_marks(text)
        for pattern in _apposition_patterns(kind):
            for match in pattern.finditer(text):
                name = _clean(match.group("name"))
                if any(_bare(w).lower() in lexicon().stopwords for w in match.group("describing").split()):
                    continue  # "John Smith, a member of the group": the noun of another phrase
                if is_open_at(text, marks, match.start("name")) or not _of_kind(name, kind, mentions, texts, True):
                    continue
                if not any(_same_referent(name.removeprefix("the "), f.removeprefix("the ")) for f in found):
                    found.add(name)
    return found


def _modifiers_fit(modifiers: Sequence[str]) -> bool:
    """Whether the words between "the" and the noun only describe it: lower-case words that are no function word,
    verb or word of another one ("former", "rebel"), or an age ("68-year-old")."""
    table = _table()
    for word in modifiers:
        bare = _bare(word).lower()
        if _AGE.fullmatch(bare):
            continue
        if not word[:1].islower() or not bare.replace("-", "").isalpha() or bare in lexicon().stopwords \
                or bare in table.not_modifiers or _is_verb(bare):
            return False
    return True


def _goes_on(title: str, match: re.Match[str]) -> bool:
    """Whether the noun phrase goes on after the noun: "of", a name ("the group Hamas", "the group, Hamas,"), or a
    noun ("the group members")."""
    rest = title[match.end("possessive") if match.group("possessive") else match.end("head"):]
    if match.group("possessive"):
        return False
    if re.match(r",\s[A-Z]", rest):
        return True
    following = rest.split(" ", 2)[1] if rest.startswith(" ") and len(rest.split(" ", 2)) > 1 else ""
    return following == "of" or following[:1].isupper() or (_plain_noun_word(following)
                                                            and not _is_verb(_bare(following))
                                                            and _bare(following) not in _present_verbs())


@cache
def _present_verbs() -> frozenset[str]:
    """events.yaml present_report_verbs ("contends", "warns"): a verb after the noun, not a noun going on."""
    return frozenset(str(w).lower() for w in events_rules()["present_report_verbs"])


def name_kind_description(title: str, sentence: str, previous: str, texts: Sequence[str],
                          mentions: Sequence[tuple[str, str]] = ()) -> str:
    """The title with a bare "the <kind noun>" named by the one name of that kind near it (kind_names.yaml): "The
    group will be added to a U.N. blacklist" -> "The Pakistani Taliban will be added ..." after "the Pakistani
    Taliban, an extremist Islamic organization"; "The senator contends" -> "John McCain contends" after "McCain has
    expressed anger ...". `texts`: the article's sentences before the title's; `previous`: the one right before."""
    table = _table()
    for match in table.phrase.finditer(title):
        kind = table.kinds[match.group("head").lower()]
        if kind == "person" and match.start() != 0:
            continue  # a person's description is named only as the title's subject
        if _goes_on(title, match) or not _modifiers_fit(match.group("modifiers").split()):
            continue
        described = title[match.start():match.end("head")]
        at = sentence.lower().find(described.lower())
        if quoted_throughout(sentence) or at >= 0 and is_open_at(sentence, quote_marks(sentence), at):
            continue  # never rename what a speaker said
        before = sentence[:at] if at >= 0 else sentence
        name = _referent(kind, before, previous, texts, mentions, bool(match.group("modifiers").strip()))
        if not name or _names_already(title, name):
            continue
        if kind == "person":
            name = _full_name(name, mentions) or name
        if match.group("possessive"):
            name += "'" if name.endswith("s") else "'s"
        name = name[:1].upper() + name[1:] if match.start() == 0 else name
        end = match.end("possessive") if match.group("possessive") else match.end("head")
        return title[:match.start()] + name + title[end:]
    return title


def _referent(kind: str, before: str, previous: str, texts: Sequence[str],
              mentions: Sequence[tuple[str, str]], described: bool = False) -> str:
    """The one name of `kind` the description stands for, or "": an apposition in reach first, then the subject of
    the sentence right before (for an organisation only a bare "the group": "the rights group" says a kind of group
    the subject before may not be, "CNN has been in contact ... The rights group said")."""
    reach = _table().reach
    near = [*texts[max(0, len(texts) - reach):], before]
    apposed = {n for n in _apposed(kind, [*texts, before], mentions, texts)
               if any(_written(n, text) for text in near)}
    if len(apposed) > 1:
        return ""
    if apposed:
        return apposed.pop()
    if kind != "person" and described:
        return ""
    subject = _clean(opening_subject(previous, through_reports=False)) if previous else ""
    if not subject or _unread_opening(subject):
        subject = _only_name(kind, previous, mentions, texts)
    if not subject or not subject[:1].isupper() and not subject.startswith("the ") \
            or any(not w[:1].isupper() for w in subject.removeprefix("the ").split()) \
            or not _of_kind(subject, kind, mentions, texts):
        return ""
    bare = subject.removeprefix("the ").removeprefix("The ")
    others = [n for n in [*_names_of_kind(previous, kind, mentions, texts), *_names_of_kind(before, kind, mentions, texts)]
              if not _same_referent(n.removeprefix("the ").removeprefix("The "), bare)]
    if others:
        return ""
    return subject if subject.startswith("the ") or kind == "person" or subject[:4] != "The " else "the " + bare


def _unread_opening(subject: str) -> bool:
    """Whether the subject reader gave an opening it could not read as a noun phrase: a participle clause's
    ("Blaming the unrest on ...") or a subordinate clause's words."""
    first = _bare(subject.split(" ", 1)[0])
    return first.endswith("ing") or first in lexicon().adverbial_subordinators


def _only_name(kind: str, previous: str, mentions: Sequence[tuple[str, str]], texts: Sequence[str]) -> str:
    """The one name of `kind` a sentence whose subject the subject reader could not read writes outside a quotation
    ("Blaming the unrest on ..., Gadhafi said" -> "Gadhafi"), an organisation's after "the" ("While jihadists
    launched a campaign against Gadhafi in the 1990s, the Brotherhood focused ..." -> "the Brotherhood"); "" for
    none or two."""
    found = _names_of_kind(previous, kind, mentions, texts)
    if not found or any(not _same_referent(found[0], n) for n in found):
        return ""
    name = found[0]
    at = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", previous)
    if at is None or is_open_at(previous, quote_marks(previous), at.start()):
        return ""
    if kind == "person":
        return name
    return "the " + name if previous[:at.start()].endswith(("the ", "The ")) else ""


def _written(name: str, text: str) -> bool:
    """Whether a text writes the name, or its last word (a surname, "Taliban")."""
    bare = name.removeprefix("the ")
    last = bare.split()[-1]
    return re.search(rf"(?<![\w'’-]){re.escape(last)}(?![\w-])", text) is not None


def _names_already(title: str, name: str) -> bool:
    """Whether the title writes the name, or its last word, already."""
    return _written(name, title)
