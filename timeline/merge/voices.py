"""Merging, one government's voices (twins46): one statement of one day told under several names of its speaker.

"The White House is 'analyzing' the speech of Saif al-Islam Gadhafi, a senior U.S. administration official said" and
"Washington was taking a close look at a speech delivered by Saif al-Islam Gadhafi" tell one government's one
statement: their speakers are voices of one government (voices.yaml beside this module: its seats, bodies and
offices, and the country the speaker or its article names) and what they say shares rare words. Two statements of one
speaker on different matters share too few, or give different figures, and stay apart (join_day_voices).
"""

from __future__ import annotations

import re
from functools import cache
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from timeline.events.lexicon import finite_words, is_past, lexicon, rules as events_rules
from timeline.merge.clustering import Cluster
from timeline.merge.joins import ArticleNames, _day_clusters, _title_member
from timeline.merge.kept_days import Day, KeyTest, by_day, days_of
from timeline.merge.similarity import Similarity, derivations, family_heads, key_form, title_word_key, title_words
from timeline.rules import load_yaml

_DIGITS = re.compile(r"\d[\d,.]*")


class Voice(NamedTuple):
    """What a day cluster's title tells of a government's statement."""

    countries: frozenset[str]  # the countries its speaker names, or, naming none, those its article writes
    named: bool  # the speaker names its country
    persons: frozenset[str]  # keys of the speaker's other capitalised words (a person's name: "Gates")
    said: frozenset[str]  # keys of the title's words besides the speaker's, rare in the corpus
    heard: frozenset[str]  # keys of its sentences' words, rare in the corpus (function words and figures aside)
    figures: frozenset[str]  # the figures the title gives besides the speaker's words


@cache
def rules() -> dict[str, Any]:
    """The table of voices.yaml."""
    return load_yaml(__package__, "voices.yaml")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules()[key])


@cache
def _seats() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each seat's words (lower case) and its country's first name (country_references), longest first."""
    first = {name: country for names, country in _countries() for name in [" ".join(names)]}
    found = ((tuple(str(s).lower().split()), first[" ".join(_plain(w) for w in str(c).split())])
             for s, c in rules()["seats"].items())
    return tuple(sorted(found, key=lambda f: len(f[0]), reverse=True))


@cache
def _countries() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each country's names and adjectives as lower-case word tuples, with the country's first name: the event stage's
    country_references; longest first ("the united states" before "states")."""
    found = []
    for entry in events_rules()["country_references"]["countries"]:
        country = str(entry["names"][0]).lower()
        for name in (*entry["names"], *entry.get("adjectives", ())):
            found.append((tuple(_plain(w) for w in str(name).split()), country))
    return tuple(sorted(found, key=lambda f: len(f[0]), reverse=True))


@cache
def _adjectives() -> frozenset[tuple[str, ...]]:
    """The countries' adjectives ("french"): a country's adjective alone is no voice ("French jets fired")."""
    return frozenset(tuple(_plain(w) for w in str(a).split())
                     for entry in events_rules()["country_references"]["countries"] for a in entry.get("adjectives", ()))


def _plain(word: str) -> str:
    return word.lower().strip(".,;:!?\"'\u201c\u201d\u2018\u2019()")


def _phrase_at(lows: list[str], at: int, phrase: tuple[str, ...]) -> bool:
    return tuple(lows[at:at + len(phrase)]) == phrase


def speaker(title: str) -> tuple[list[str], list[str]]:
    """The speaker's words of a title and the rest: an attribution after its last comma (", a senior U.S. official
    said"), else its subject (the capitalised words, determiners, ``qualifiers`` and government words before its
    verb, "of" between two capitalised words: "Secretary of State Hillary Clinton"). ([], words) when it has none."""
    head, comma, tail = title.rpartition(",")
    if comma:
        words = title_words(tail)
        lows = [_plain(w) for w in words]
        verb = next((i for i, w in enumerate(lows) if w in _words("attributions")), None)
        if verb and len(words) - verb - 1 <= int(rules()["attribution_tail"]) and _speaker_words(words[:verb]):
            return words[:verb], title_words(head)
    words = title_words(title)
    end = 0
    while end < len(words) and (_speaker_word(words[end]) or _plain(words[end]) == "of" and 0 < end < len(words) - 1
                                and words[end - 1][:1].isupper() and words[end + 1][:1].isupper()):
        end += 1
    verb = end
    while verb < len(words) - 1 and _plain(words[verb]) in _between():
        verb += 1  # "The White House also said"
    if end == 0 or verb >= len(words) - 1 or not _finite(_plain(words[verb])):
        return [], words  # "Government forces fired ...": a subject whose next word is no verb is no speaker
    if key_form(_plain(words[verb])) in _deeds():
        return [], words  # "Libyan officials attacked the embassy": a deed, no statement
    return words[:end], words[end:]


def _finite(word: str) -> bool:
    """Whether a word opens a subject's verb phrase: a past form, an auxiliary or modal, a saying ("says")."""
    lex = lexicon()
    return is_past(word) or word in finite_words() or word in lex.reporting_verbs or word in lex.speech_verbs


@cache
def _deeds() -> frozenset[str]:
    return frozenset(key_form(str(w)) for w in rules()["deeds"])


@cache
def _between() -> frozenset[str]:
    """Adverbs between a subject and its verb (derivations.yaml ``doer.between``: "also", "reportedly")."""
    return frozenset(str(w).lower() for w in derivations()["doer"]["between"])


def _speaker_word(word: str) -> bool:
    low = _plain(word)
    return word[:1].isupper() or low in _words("qualifiers") or low in _words("bodies") or low in _words("offices")


def _speaker_words(words: list[str]) -> bool:
    return bool(words) and all(_speaker_word(w) for w in words)


def voice_of(title: str, context: frozenset[str]) -> tuple[frozenset[str], bool, frozenset[str]] | None:
    """The countries, whether the speaker names them, and the persons of a title's speaker when it is a government's
    voice (voices.yaml); None otherwise. `context`: the keys of the words its sentences and article write."""
    words, _ = speaker(title)
    if not words:
        return None
    lows = [_plain(w) for w in words]
    if any(w in _words("sides") for w in lows):
        return None
    used: set[int] = set()
    countries: set[str] = set()
    seated = named = False
    for i in range(len(lows)):
        if i in used:
            continue
        seat = next(((s, c) for s, c in _seats() if _phrase_at(lows, i, s)), None)
        if seat:
            seated = True
            countries.add(seat[1])
            used.update(range(i, i + len(seat[0])))
            continue
        found = next(((n, c) for n, c in _countries() if _phrase_at(lows, i, n)), None)
        if found:
            countries.add(found[1])
            named |= found[0] not in _adjectives()
            used.update(range(i, i + len(found[0])))
    kept = [i for i in range(len(lows)) if i not in used]
    governed = seated or any(lows[i] in _words("bodies") or lows[i] in _words("offices") for i in kept)
    rest = [i for i in kept if lows[i] not in _words("qualifiers") and lows[i] != "of"]
    if not governed and not (named and not rest):
        return None  # "The United States condemned ..." is a country's voice; "Rebels said", "French jets fired" none
    persons = frozenset(title_word_key(words[i]) for i in rest if words[i][:1].isupper()
                        and lows[i] not in _words("bodies") and lows[i] not in _words("offices"))
    if countries:
        return frozenset(countries), True, persons
    # its one-word names and adjectives the article writes: "U.S.", "Britain", "French"
    written = frozenset(c for names, c in _countries() if len(names) == 1 and title_word_key(names[0]) in context)
    return written, False, persons


@cache
def _figure_words() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in rules()["figures"].items()}


def _figures(words: list[str]) -> frozenset[str]:
    table = _figure_words()
    return frozenset(table.get(_plain(w), _plain(w).replace(",", "")) for w in words
                     if _plain(w) in table or _DIGITS.fullmatch(_plain(w)))


def join_day_voices(clusters: list[Cluster] | tuple[Cluster, ...], sim: Similarity, names: ArticleNames) -> None:
    """Join the day entries whose titles tell one government's one statement (see the module's doc): greedy in
    canonical order, an entry joins the first group of its day whose every member agrees (_voices_agree)."""
    limit = max(float(rules()["rare_share"]) * sim.n, 2)  # a word only two events share is never common
    rare = frozenset(k for k, n in sim.df.items() if n <= limit)  # a key no event holds is a function word
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters and answers are the same)
    test = KeyTest(rare.__contains__)

    def work(day: Day, move: Callable[[int, int], None], read: object) -> None:
        groups: list[list[tuple[int, Voice]]] = []  # the day's groups, as _join_day_groups makes them
        for ci, (cluster, when) in enumerate(day):
            member = _title_member(cluster, when)
            quotes = [m.event.source.quote for m in cluster.members]
            context = read.proper.get(member.event.article, frozenset()).union(  # type: ignore[attr-defined]
                *(frozenset(title_word_key(w) for w in title_words(q)) for q in quotes))
            voice = told(member.event.title, context, test, quotes)  # type: ignore[arg-type]
            if voice is None:
                continue
            target = next((g for g in groups if all(voices_agree(voice, other) for _, other in g)), None)
            if target is None:
                groups.append([(ci, voice)])
                continue
            move(ci, target[0][0])
            target.append((target[0][0], voice))

    by_day("day_voices", days_of(_day_clusters(clusters)), work, (test,), names)


def told(title: str, context: frozenset[str], rare: frozenset[str], quotes: Sequence[str] = ()) -> Voice | None:
    """The Voice of a title whose speaker is a government's (voice_of); `context`, the keys its sentences and article
    write; `rare`, the keys few events of the corpus carry (a key no event holds, a function word, is none);
    `quotes`, its sentences."""
    found = voice_of(title, context)
    if found is None:
        return None
    spoken, said = speaker(title)
    # what it says: no function word ("were"), figure (compared apart), happening word or the speaker's own word
    keys = _content_keys(said) - {title_word_key(w) for w in spoken} - family_heads()
    heard = frozenset().union(*(_content_keys(title_words(q)) for q in quotes))
    return Voice(found[0], found[1], found[2], said=keys & rare, heard=heard & rare, figures=_figures(said))


def _content_keys(words: Sequence[str]) -> frozenset[str]:
    """The keys of the words that may tell what was said: no function word, figure or number word."""
    stop = lexicon().stopwords
    return frozenset(title_word_key(w) for w in words if (low := _plain(w)) not in stop and not low[:1].isdigit()
                     and low not in _figure_words())


def voices_agree(a: Voice, b: Voice) -> bool:
    """Whether two voices of one day tell one statement of one government: their countries meet, they name no two
    persons, give no two figures, and what they say shares ``shared_words`` rare keys, or one and their sentences
    ``heard_words``."""
    if not a.countries & b.countries:
        return False
    if a.persons and b.persons and not a.persons & b.persons:
        return False  # "Gates said ..." / "Clinton said ...": two voices of one government
    if a.figures and b.figures and a.figures != b.figures:
        return False  # "three more deaths" / "risen by one": two statements
    shared = len(a.said & b.said)
    # or one such key, when their sentences share more ("humanitarian" / "humanitarian", with "planes", "supplies")
    return shared >= int(rules()["shared_words"]) or shared >= 1 and len(a.heard & b.heard) >= int(rules()["heard_words"])
