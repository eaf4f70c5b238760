"""Merging, sessions: one hearing, briefing, owner's report or finding of one day told by several entries, each by a
piece of what was said or found there.

A sentence that names a session word (derivations.yaml ``sessions.words``: "hearing", "committee", "testimony",
"briefing") tells the day's session, unless it counts sessions ("one of many hearings", "15 committees") or plans one
("will hold a hearing"). Two such entries of one day tell one session when their sentences share a witness or a member,
a rare name that is no body's generic name (``generic``: Congress, Senate) ("Hayward told a Congressional committee
the reservoir still held 50m barrels" / "The much-awaited inquisition of the BP chief executive saw Tony Hayward
resort to ..."), or the words naming the body ("The energy and commerce committee attacked BP" / "Tony Hayward was
served notice by the committee on energy and commerce"), and name no two bodies apart. A session a sentence dates by
its day ("today's hearing", "yesterday's briefing") is the day's one session when the day has one
("An associate professor ... was also at yesterday's briefing" / "Four independent scientists told Markey's
committee ...").

A day's one owner's report (joins.report_owner: "A report was released by BP") is also told by an entry whose title
is the report itself ("Today's report will examine why it failed", "The Bly report follows a template") or whose
sentence has the owner release its report or its owner's title speak of its own investigation ("BP released its
report into the oil spill", "BP admitted ... but an internal investigation put much of the blame on others"); another
doer's reaction to it ("Transocean accused BP of ... in today's report") stays apart (join_session_contents).

Entries of one day or month whose sentences give one share of one thing tell one finding ("NOAA released a report
suggesting that about 75% of the oil was gone" / "Government scientists reported that about 75% of the oil had been
captured"; join_reported_shares).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import NamedTuple

from timeline.events.lexicon import lexicon
from timeline.merge.clustering import Cluster
from timeline.merge.kept_days import Day, KeyTest, by_day, days_of
from timeline.merge.entries import wording_title
from timeline.dates import precision
from timeline.merge.joins import MONTH_DAYS, ArticleNames, _day_clusters, _title_member, dated_clusters, report_owner
from timeline.merge.similarity import Similarity, derivations, title_word_key, title_words

BODY_WORDS = 4  # words before a session word that may name its body ("the house energy and commerce committee")
QUANTIFIER_GAP = 2  # words before a session word where a count makes it several ("one of many hearings")
PLAN_GAP = 3  # words before a session word where a plan makes it not held yet ("will hold a hearing")
# a session dated by its day ("today's hearing", "Thursday's testimony")
_DEICTIC = re.compile(r"^(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                      r"['\u2019]s$", re.IGNORECASE)


_END = ".,;:!?\"'\u201d\u2019)"  # what a sentence's word may end with besides its letters ("hearing.")


def _plain(word: str) -> str:
    """A word lower-cased without the punctuation that ends it ("hearing." -> "hearing"; "today's" stays)."""
    return word.lower().rstrip(_END) if not word.lower().endswith(("'s", "\u2019s")) else word.lower()


class Session(NamedTuple):
    """What a day entry's sentence tells of a session of its day."""

    kinds: frozenset[str]  # the kinds of session its words tell (a hearing, a briefing)
    names: frozenset[str]  # the rare names its sentence gives (witnesses, members)
    body: frozenset[str]  # the words naming the session's body ("energy", "commerce")
    deictic: bool  # the sentence dates the session by its day ("today's hearing")


@cache
def _kinds() -> tuple[str, ...]:
    return tuple(str(k) for k in derivations()["sessions"]["kinds"])


@cache
def _table() -> dict[str, frozenset[str]]:
    rules = derivations()["sessions"]
    table = {kind: frozenset(str(w).lower() for w in words) for kind, words in rules["kinds"].items()}
    twins = derivations()["day_twins"]
    for kind, words in twins["session_words"].items():  # a member's remark on the questioning (day_twins)
        table[kind] = table[kind] | frozenset(str(w).lower() for w in words)
    table["words"] = frozenset().union(*table.values())
    table["questioning"] = frozenset(str(w).lower() for words in twins["session_words"].values() for w in words)
    table["question_plans"] = frozenset(str(w).lower() for w in twins["question_plans"])
    return table | {key: frozenset(str(w).lower() for w in rules[key])
            for key in ( "generic", "quantifiers", "plans", "futures", "joiners", "bodies", "report_nouns", "self")}


def session_of(quote: str, proper: frozenset[str]) -> Session | None:
    """The session a sentence tells (Session), None when it names no session word or counts or plans sessions.
    `proper`: the names its article writes that may tell a session apart (the feed's main names left out)."""
    table = _table()
    words = title_words(quote)
    lows = [_plain(w) for w in words]
    at = [i for i, w in enumerate(lows) if w in table["words"]]
    if not at:
        return None
    body: set[str] = set()
    deictic = False
    for i in at:
        before = lows[max(0, i - QUANTIFIER_GAP):i]
        if any(w in table["quantifiers"] or w[:1].isdigit() for w in before):
            return None  # "one of many hearings", "15 Congressional committees": several sessions
        plans = table["question_plans"] if lows[i] in table["questioning"] else table["plans"]
        if any(w in plans for w in lows[max(0, i - PLAN_GAP):i]) \
                or any(w in table["futures"] for w in lows[:i]):
            return None  # "will hold a hearing", "X will be grilled ... before a Senate hearing": a plan
        deictic |= i > 0 and bool(_DEICTIC.match(lows[i - 1]))
        if lows[i] not in table["bodies"]:
            continue
        # "the energy and commerce committee", "Markey's committee", "the committee on energy and commerce"
        body |= _body(reversed(lows[max(0, i - BODY_WORDS):i]))
        if i + 1 < len(lows) and lows[i + 1] == "on":
            body |= _body(lows[i + 2:i + 2 + BODY_WORDS])
    kinds = frozenset(k for k in _kinds() if any(lows[i] in table[k] for i in at))
    return Session(kinds, _names(words, proper), frozenset(body), deictic)


def _names(words: Sequence[str], proper: frozenset[str]) -> frozenset[str]:
    """The names of `proper` the words give, bodies' generic names and calendar names aside."""
    generic = _table()["generic"]
    return frozenset(k for k in (title_word_key(w.removesuffix("'s").removesuffix("\u2019s")) for w in words
                                 if w[:1].isupper()) if k in proper and k not in generic
                     and k not in lexicon().stopwords)


def _body(words: Iterable[str]) -> set[str]:
    """The words naming a session's body, read from the session word outward up to a word that ends the name (a
    determiner, a preposition, a verb of the lexicon's stopwords, a day's possessive)."""
    table = _table()
    stops = lexicon().stopwords - table["joiners"]
    found: set[str] = set()
    for w in words:
        base = w.removesuffix("'s").removesuffix("\u2019s")
        if not base.isalpha() or w in stops or _DEICTIC.match(w) or w in table["words"]:
            break
        if w not in table["joiners"] and base not in table["generic"]:
            found.add(base)
    return found


def _agree(a: Session, b: Session) -> bool:
    """Whether two sentences of one day tell one session: a rare name or a body word in common, no two bodies apart."""
    if a.body and b.body and not a.body & b.body or a.kinds != b.kinds:
        return False
    return bool(a.names & b.names or a.body & b.body)


def join_session_contents(clusters: Sequence[Cluster], sim: Similarity, names: ArticleNames) -> None:
    """Join day entries that tell one session (hearing, briefing) or one owner's report by pieces of its contents
    (see the module's doc; derivations.yaml ``sessions``, examples.sessions)."""
    limit = float(derivations()["sessions"]["main_name_share"]) * sim.n
    # the feed's main names (BP) and names no key gives tell no session apart
    rare = frozenset(k for k, n in sim.df.items() if n <= limit)
    _join_reports(clusters)
    join_reported_shares(clusters)
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters and answers are the same)
    test = KeyTest(rare.__contains__)

    def work(day: Day, move: Callable[[int, int], None], read: object) -> None:
        groups: list[tuple[int, list[Session]]] = []
        deictic: list[tuple[int, Session]] = []
        for ci, (c, when) in enumerate(day):
            member = _title_member(c, when)
            proper = read.proper.get(member.event.article, frozenset()) & test  # type: ignore[attr-defined]
            told = session_of(member.event.source.quote, proper)
            if told is not None:
                # the title's names too: it names whom its sentence's pronoun stands for ("saw him resort" -> Hayward)
                told = told._replace(names=told.names | _names(title_words(member.event.title), proper))
            if told is None:
                continue
            target = next((g for g in groups if any(_agree(told, other) for other in g[1])
                           and not any(o.body and told.body and not o.body & told.body for o in g[1])), None)
            if target is None:
                if told.deictic:
                    deictic.append((ci, told))
                else:
                    groups.append((ci, [told]))
                continue
            move(ci, target[0])
            target[1].append(told)
        for ci, told in deictic:
            # "today's hearing": the day's one session, when it has one
            if len(groups) == 1 and day[ci][0].members:
                move(ci, groups[0][0])

    by_day("session_contents", days_of(_day_clusters(clusters)), work, (test,), names)


# a share a finding gives of a thing ("about 75% of the oil", "75 per cent of the oil"): the figure and the thing
_SHARE = re.compile(r"\b(\d+(?:\.\d+)?) ?(?:%|per ?cent) of (?:the |its |their )?([a-z]+)", re.IGNORECASE)


def finding_share(quote: str) -> tuple[str, str] | None:
    """The one share of one thing a sentence gives ("about 75% of the oil was gone" -> ("75", "oil")), None when it
    gives none or several."""
    found = {(figure, thing.lower()) for figure, thing in _SHARE.findall(quote)}
    return next(iter(found)) if len(found) == 1 else None


def join_reported_shares(clusters: Sequence[Cluster]) -> None:
    """Join entries of one day or month whose sentences give one share of one thing ("NOAA released a report
    suggesting that about 75% of the oil was gone" / "Government scientists reported that about 75% of the oil had
    been captured"): one finding, however the articles tell who found it. A year's entries may give one share of
    different findings; two shares or two things stay apart."""
    first: dict[tuple[str, str, str], int] = {}
    for ci, c, when in dated_clusters(clusters):
        if precision(when[0]) > MONTH_DAYS:
            continue
        member = _title_member(c, when)
        share = finding_share(member.event.source.quote)
        if share is None or any(w in _table()["futures"] for w in (_plain(x) for x in title_words(member.event.title))):
            continue
        target = first.setdefault((when[0], *share), ci)
        if target != ci and clusters[target].members:
            c.move_to(clusters[target])


def _join_reports(clusters: Sequence[Cluster]) -> None:
    """Join into a day's one owner's report (report_owner) the entries that tell it by their title's subject or by the
    owner's release or own investigation in their sentence (see the module's doc)."""
    owned: dict[str, list[tuple[int, str]]] = defaultdict(list)
    day: list[tuple[int, Cluster, str]] = []
    for ci, c, when in _day_clusters(clusters):
        owner = report_owner(wording_title(c.members, when))
        if owner is not None:
            owned[when[0]].append((ci, owner))
        else:
            day.append((ci, c, when[0]))
    for ci, c, date in day:
        if len(owned[date]) != 1 or not c.members:
            continue
        target, owner = owned[date][0]
        member = _title_member(c, (date, ""))
        if report_told(member.event.title, member.event.source.quote, owner) and clusters[target].members:
            c.move_to(clusters[target])


def report_told(title: str, quote: str, owner: str) -> bool:
    """Whether a title and its sentence tell the owner's report: the title's subject is a report ("Today's report
    will examine ...", "The Bly report follows ..."), or the sentence has the owner release its report ("BP released
    its report into ...") or the owner's title speak of its own investigation ("BP admitted ..., but an internal
    investigation put ...")."""
    table = _table()
    nouns = table["report_nouns"]
    words = title_words(title)
    lows = [_plain(w) for w in words]
    # the subject: a determiner or a day's possessive, names or modifiers, then the report noun
    i = 1 if lows and (lows[0] in ("a", "an", "the", "this") or _DEICTIC.match(lows[0])) else 0
    while i < len(words) and i < BODY_WORDS and words[i][:1].isupper() and lows[i] not in nouns:
        i += 1
    if 0 < i < len(lows) and lows[i] in nouns:
        by = frozenset(str(w).lower() for w in derivations()["owned_reports"]["by"])
        if i + 2 < len(lows) and lows[i + 1] in by and lows[i + 2].removesuffix("'s") != owner:
            return False  # "The report by the commission": another's report
        # a named report ("The Bly report") is the owner's when its sentence names the owner
        return i == 1 or owner in {w.lower().removesuffix("'s") for w in title_words(quote)}
    qwords = [_plain(w) for w in title_words(quote)]
    releases = frozenset(str(w).lower() for w in derivations()["owned_reports"]["releases"])
    for j, w in enumerate(qwords[:-2]):
        # "BP released its report"
        if w.removesuffix("'s") == owner and qwords[j + 1] in releases \
                and any(x in nouns for x in qwords[j + 2:j + 2 + PLAN_GAP]):
            return True
    if lows and lows[0].removesuffix("'s") == owner:
        return any(w in table["self"] and x in nouns for w, x in zip(qwords, qwords[1:]))
    return owner_head_says(lows, owner)


def owner_head_says(lows: Sequence[str], owner: str) -> bool:
    """Whether a title has the owner's head say something ("Outgoing BP chief exec Tony Hayward said: 'To put it
    simply, there was a bad cement job'"): on the day of the owner's one report, its head presents it (day_twins
    ``body_heads``, ``head_sayings``); "BP received good news from Fitch" names no head."""
    twins = derivations()["day_twins"]
    heads = frozenset(str(w).lower() for w in twins["body_heads"])
    sayings = frozenset(str(w).lower() for w in twins["head_sayings"])
    headed = any(w.removesuffix("'s") == owner and x in heads for w, x in zip(lows[:BODY_WORDS], lows[1:BODY_WORDS + 1]))
    return headed and any(w in sayings for w in lows)
