"""Merging, day overviews: a big day's violence told in general by some entries and at one town by others.

A title telling violence of a class (town_battles' ``air`` strikes or ``ground`` fighting, with the more words of
derivations.yaml ``day_overviews``: "missiles", "raids", "hit targets") but naming no town tells the day's violence in
general ("Western forces hit targets along the Libyan coast", "The irregular armies overran Gaddafi's compound").
Such a general telling joins the one battle of its day and class that the specific tellings (join_town_battles: a
town named) make, when they make only one and it holds no town the general telling's own sentence does not; with no
specific telling of its class that day, the general tellings of one article, or naming one country where it happened,
join each other. A general telling leads with its act (no speaker's report, within a few words of a short title) and
names what ties it to the battle (a party, a side or a country the battle's sentences write: "Gaddafi's compound";
"After a lull, clashes erupted again" names nothing and may be any town's). A general telling naming another country
than the battle's, another party or town, or a strike told of another side ("NATO jets" / "Gadhafi's warplanes"),
stays apart; so does every general telling of a day whose specific tellings are at two towns (a strike in Misrata
and a battle in Brega: the general one may be either). A casualty count and a bombing (which recurs many times a day
in one city) tell no overview (join_day_overviews).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from timeline.dates import precision
from timeline.events.lexicon import rules as events_rules
from timeline.merge.battles import AIR, GROUND, _LIST_WORD, _plain, _words, title_battle, title_places, violence_kinds
from timeline.merge.clustering import Cluster
from timeline.merge.entries import wording_title
from timeline.merge.joins import dated_clusters
from timeline.merge.kept_days import Day, by_day, days_of
from timeline.merge.similarity import derivations, told_title
from timeline.text import lexicon as language


class Told(NamedTuple):
    """What a day's title tells of its violence."""

    kind: str  # AIR or GROUND
    towns: frozenset[str]  # the towns its title names: none for a general telling
    countries: frozenset[str]  # the countries it names after its violence word (where it happened)
    side: str  # the side its title names before its violence word (the doer of a strike), "" when none
    near: frozenset[str]  # the towns its sentence names anywhere (a general telling's other town)
    article: str
    leads: bool = True  # its violence word leads its title (_leads): a general telling only then
    names: frozenset[str] = frozenset()  # the names it gives (_names), which a general telling's partner writes
    text: frozenset[str] = frozenset()  # the words its cluster's titles and sentences write, lower-cased
    articles: frozenset[str] = frozenset()  # its cluster's articles
    links: frozenset[str] = frozenset()  # the names it gives, parties and countries too (_links)


@cache
def _table() -> dict:
    return derivations()["day_overviews"]


@cache
def _more(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()[name])


@cache
def _countries() -> dict[str, str]:
    """A country's names and adjectives (events.yaml country_references), lower-cased -> its first name."""
    found: dict[str, str] = {}
    for entry in events_rules()["country_references"]["countries"]:
        first = str(entry["names"][0]).lower()
        for name in (*entry["names"], *entry["adjectives"]):
            found[str(name).lower().removeprefix("the ")] = first
    return found


@cache
def _sides() -> dict[str, str]:
    return {str(w).lower(): side for side, words in _table()["sides"].items() for w in words}


def _kind(plain: Sequence[str]) -> tuple[str, int] | None:
    """The class of violence a title's words tell, by its first violence word, and where that word stands; None when
    it tells none, tells a casualty count or a bombing, or is a plan, a tally or a reaction (battles.violence_kinds)."""
    if any(w in _words("incidents") or w in _words("generic") for w in plain):
        return None
    told = violence_kinds(plain)
    if told is None:
        return None
    flown = False  # an air doer before the act makes it a strike ("British jets pounded Libyan armored vehicles")
    for i, w in enumerate(plain):
        if w in _words("passing"):
            return None
        if w in _more("not_acts") or w in _words("air_doers"):
            flown = True
            continue
        if w in _more("air") or _hits_targets(plain, i) or (w in _words("air") and AIR in told) \
                or (flown and w in _words("air_hits")):
            return AIR, i
        if (w in _words("ground") or w in _words("side_moves")) and GROUND in told:
            return (AIR if flown else GROUND), i
    return None


def _leads(words: Sequence[str], plain: Sequence[str], at: int) -> bool:
    """Whether a general telling's violence word leads its title: told by no speaker ("Al Arabiya said rebel forces
    had attacked"), within ``lead_words``, and opening it or told of a side ("Western forces hit targets";
    "The Committee to Protect Journalists documented 40 attacks" tells no day's violence), in a short title (a long
    one tells more than the violence: "The rebels seized large swathes of Libya, but are deeply divided and ...")."""
    if at >= int(_table()["lead_words"]) or len(plain) > int(_table()["general_words"]) \
            or any(w in _more("sayings") for w in plain):
        return False
    before = plain[:at]
    return all(w in _more("openers") for w in before) or any(_side_word(w) for w in before)


def _side_word(word: str) -> bool:
    return word in _sides() or word in _words("sides") or word in _words("air_doers") or word in _more("fighters")


def _key(word: str) -> str:
    """A word as two tellings' names are compared: lower-cased, without its possessive ending, a country's name or
    adjective as the country ("Libyan", "Libya's" -> "libya")."""
    low = _plain(word).removesuffix("'s").removesuffix("\u2019s")
    return _countries().get(low, low)


def _links(words: Sequence[str]) -> frozenset[str]:
    """The names a title gives, parties, sides and countries too (_key): what ties a general telling to the battle it
    joins ("The irregular armies overran Gaddafi's compound" / "... Gaddafi's compound in Tripoli"; "After a lull,
    clashes erupted again" names nothing: it may be any town's). A title's first word is no name when it is an
    opener or a violence word ("Clashes erupted again")."""
    found = set()
    for i, w in enumerate(words):
        low = _plain(w)
        if not w[:1].isupper() or low in _calendar() or (i == 0 and (low in _more("openers") or _violence_word(low))):
            continue
        found.add(_key(w))
    return frozenset(found)


def _violence_word(low: str) -> bool:
    return low in _words("ground") or low in _words("air") or low in _more("air")


@cache
def _calendar() -> frozenset[str]:
    return frozenset(n.lower() for names in (*language.months(), *language.weekdays()) for n in names)


def _names(words: Sequence[str]) -> frozenset[str]:
    """The names a title gives past its first word, countries, sides and a person's possessive name aside ("Gaddafi's
    compound"): a general telling's other party or place ("control of all of Zawiya", "Forces loyal to President
    Bashar al-Assad")."""
    found = set()
    for i, w in enumerate(words[1:], 1):
        low = _plain(w)
        if not w[:1].isupper() or low.endswith(("'s", "\u2019s")) or _side_word(low):
            continue
        if low in _countries() or (i + 1 < len(words) and _plain(words[i + 1]).endswith(("'s", "\u2019s"))):
            continue
        found.add(_key(w))
    return frozenset(found)


def _hits_targets(plain: Sequence[str], i: int) -> bool:
    """Whether the word at `i` strikes targets from afar ("hit targets along the coast", "pounding targets")."""
    return plain[i] in _more("target_hits") and i + 1 < len(plain) and plain[i + 1] in _more("targets")


def _countries_of(words: Sequence[str]) -> frozenset[str]:
    """The countries the words name ("Libya", "Libya's", "the Libyan coast")."""
    found = set()
    for w in words:
        low = _plain(w).removesuffix("'s").removesuffix("\u2019s")
        if w[:1].isupper() and low in _countries():
            found.add(_countries()[low])
    return frozenset(found)


def told_overview(title: str, quote: str = "", article: str = "", text: str = "",
                  articles: frozenset[str] = frozenset()) -> Told | None:
    """What a day's title tells of its violence (Told), None when it tells none (see the module's doc); `text`: its
    cluster's titles and sentences, `articles` its cluster's articles."""
    words = [w for w in _LIST_WORD.findall(title) if w != ","]
    plain = [_plain(w) for w in words]
    found = _kind(plain)
    battle = title_battle(title, quote)
    if found is None and battle is not None and battle.kind == GROUND and battle.towns:
        found = GROUND, len(plain)  # a town that fell ("The capital Tripoli fell to the NTC"): specific
    if found is None:
        return None
    kind, at = found
    towns = battle.towns if battle is not None and battle.kind == kind else title_places(words).towns
    side = next((_sides()[w] for w in plain[:at] if w in _sides()), "")
    near = title_places([w for w in _LIST_WORD.findall(quote) if w != ","]).towns if quote else frozenset()
    written = frozenset(_key(w) for w in _LIST_WORD.findall(f"{title} {quote} {text}"))
    return Told(kind, towns, _countries_of(words[at:]), side, near | towns, article, _leads(words, plain, at),
                _names(words), written, articles | {article}, _links(words))


def _agree(a: Told, b: Told) -> bool:
    """Whether two tellings of one day and class may tell one violence: no two countries, no two sides."""
    if a.countries and b.countries and not a.countries & b.countries:
        return False
    return a.kind != AIR or not (a.side and b.side and a.side != b.side)


def _general_agree(a: Told, b: Told) -> bool:
    """Whether two general tellings of a day with no specific one tell one violence: one article, or one country,
    and each one's names written by the other."""
    return _agree(a, b) and (bool(a.articles & b.articles) or bool(a.countries & b.countries)) \
        and a.names <= b.text and b.names <= a.text


def overview_groups(told: Sequence[tuple[int, Told]]) -> list[list[int]]:
    """The clusters of one day that tell one violence (see the module's doc): groups of more than one, in cluster
    order, the first the one the rest join."""
    groups: list[list[int]] = []
    for kind in (AIR, GROUND):
        specific = [(ci, t) for ci, t in told if t.kind == kind and t.towns]
        general = [(ci, t) for ci, t in told if t.kind == kind and not t.towns and t.leads]
        if not general:
            continue
        if specific:
            towns = frozenset().union(*(t.towns for _, t in specific))
            if not _one_town([t.towns for _, t in specific]):
                continue  # two battles of the day: a general telling may be either
            group = list(specific)
            for ci, t in general:
                written = frozenset().union(*(o.text for _, o in specific))
                if t.near <= towns and t.names <= written and t.links & written \
                        and all(_agree(t, o) for _, o in group):
                    group.append((ci, t))
            if len(group) > len(specific):
                groups.append(sorted(ci for ci, _ in group))
            continue
        found: list[list[tuple[int, Told]]] = []
        for ci, t in general:
            if not t.links:
                continue  # naming nothing, it may tell any of the day's fights ("Clashes erupted again")
            g = next((g for g in found if all(_general_agree(t, o) for _, o in g)
                      and all(not (t.near and o.near) or t.near & o.near for _, o in g)), None)
            (found.append([(ci, t)]) if g is None else g.append((ci, t)))
        groups.extend(sorted(ci for ci, _ in g) for g in found if len(g) > 1)
    return groups


def _one_town(towns: Sequence[frozenset[str]]) -> bool:
    """Whether the specific tellings' towns share one town (one battle told of one town, or of a list holding it)."""
    return bool(towns) and bool(frozenset.intersection(*towns))


def join_day_overviews(clusters: Sequence[Cluster]) -> None:
    """Join the finished day clusters whose titles tell one day's violence, in general or at its one town
    (overview_groups); the later clusters move into the first."""
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters are the same)
    listed = days_of((ci, c, when) for ci, c, when in dated_clusters(clusters) if precision(when[0]) == 1)
    by_day("day_overviews", {day: listed[day] for day in sorted(listed)}, _join_overview_day)


def _join_overview_day(day: Day, move: Callable[[int, int], None], _read: object) -> None:
    """join_day_overviews on one day's clusters (`move(i, j)`: the day's cluster i into its cluster j). A month's or
    a year's entry sums up several days' fighting: only day entries are given."""
    found: list[tuple[int, Told]] = []
    for ci, (c, when) in enumerate(day):
        title = wording_title(c.members, when)
        member = next((m for m in c.members if m.event.title == title), c.members[0])
        text = " ".join(f"{m.event.title} {m.event.source.quote}" for m in c.members)
        articles = frozenset(m.event.article for m in c.members)
        # (what the title tells, without a speaker that closes it: "..., the Pentagon said" leads with its act)
        told = told_overview(told_title(title), member.event.source.quote, member.event.article, text, articles)
        if told is not None:
            found.append((ci, told))
    for group in overview_groups(found):
        for cj in group[1:]:
            if day[cj][0].members and day[group[0]][0].members:
                move(cj, group[0])
