"""Merging, day happenings: one happening of one day told with different nouns by several entries.

A sentence tells a happening of a class (derivations.yaml ``day_happenings``) when it names one of the class's words
and, within the class's window, a thing of one of its object kinds: a failed attempt ("BP crews were forced to abandon
their efforts to put a box over the leak" / "Hopes of a quick fix were dashed ... the huge metal containment tower" /
"The first attempt to stem the flow with a huge containment tower failed"), a suit filed ("The action, filed in a New
Orleans court" / "The 27-page complaint filed yesterday accuses BP"), a person's pulling out of an appearance, a body
formed or meeting first ("formed an Interim National Council" / "announced an alternative government" / "The National
Transitional Council held its first meeting"), a building hit ("A compound belonging to Gadhafi was hit by
explosions" / "... including blasts at a compound belonging to Gadhafi"). Entries of one day that tell one class of
one kind join, when the class needs it only if their sentences share a rare name (or come from one article), and when
the class conflicts on names not if both give rare names and share none; a gathering is known by its parties: one
telling's rare names are all the other's, even in one article (a live blog tells a day's several meetings). A plan, a negation or a conditional just
before the word tells nothing ("was set to file a lawsuit"); a sentence naming two kinds of a class is too vague
(join_day_happenings).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from typing import NamedTuple

from timeline.merge.clustering import Cluster
from timeline.merge.joins import ArticleNames, _day_clusters, _past_year, _title_member, dated_clusters
from timeline.merge.kept_days import Day, KeyTest, by_day, days_of
from timeline.merge.similarity import _TITLE_WORD, Similarity, derivations, key_form, title_word_key, title_words
from timeline.tagger.rules import tables as tagger_tables
from timeline.text import lexicon as language

_END = ".,;:!?\"'\u201d\u2019)("


class _Class(NamedTuple):
    """One class of happening as the table gives it."""

    group: str  # the classes of one group tell one happening ("founding" and its first meeting)
    words: tuple[tuple[str, ...], ...]  # the words (phrases) telling it
    kinds: dict[str, tuple[tuple[str, ...], ...]]  # object kind -> its phrases
    window: int
    after: bool  # the object follows the word
    names: bool  # two tellings need a rare name in common (or one article)
    conflicts: bool  # two tellings giving rare names that share none stay apart
    past: bool  # only a day of a year before every source's publication: a recalled day, not the feed's news
    parties: bool  # two tellings need one's rare names, titles aside, all the other's, whatever their articles
    lower: bool = False  # objects only in lower case ("the White House" is no house; day_aftermaths)
    placed: bool = False  # one place named after both objects stands for a shared rare name (day_aftermaths)
    title: bool = False  # the title tells it, not only its sentence ("A riser pipe was cut" of "... cut and then a cap placed")
    doers: bool = False  # two tellings need a name in common among their doers' (day_twins: the body that posted a video)


class Told(NamedTuple):
    """What a sentence tells of a class's happening."""

    group: str
    kind: str
    names: bool
    conflicts: bool
    near: frozenset[str] = frozenset()  # keys of the capitalised words just after its object ("a compound in Zlitan")
    past: bool = False  # the class joins only recalled days (_Class.past)
    parties: bool = False  # one telling's rare names are all the other's (_Class.parties)
    placed: bool = False  # one place after both objects is a name in common (_Class.placed)
    doer: tuple[str, ...] | None = None  # the capitalised words of its doer, when the class needs them (_Class.doers)
    bodies: frozenset[str] = frozenset()  # its parties' names, the feed's main ones too, a body's head as the body


@cache
def _rules() -> dict:
    return derivations()["day_happenings"]


def _phrase(text: object) -> tuple[str, ...]:
    return tuple(str(text).lower().split())


@cache
def _aftermaths() -> dict:
    """twins41: one act of a day told by its aftermath (derivations.yaml ``day_aftermaths``)."""
    return derivations()["day_aftermaths"]


@cache
def _twin_classes() -> dict:
    """The same-day twins' classes (derivations.yaml ``day_twins``): run by this engine, kept in their own table."""
    return derivations()["day_twins"]["classes"]


@cache
def _classes() -> tuple[_Class, ...]:
    found = []
    for name, spec in (*_rules()["classes"].items(), *_aftermaths()["classes"].items(), *_twin_classes().items()):
        kinds = {kind: tuple(_phrase(w) for w in words) for kind, words in spec["objects"].items()}
        found.append(_Class(str(spec.get("of", name)), tuple(_phrase(w) for w in spec["words"]), kinds,
                            int(spec["window"]), bool(spec.get("after")), bool(spec.get("names")),
                            bool(spec.get("conflicts")), bool(spec.get("past")), bool(spec.get("parties")),
                            bool(spec.get("lower")), bool(spec.get("placed")), bool(spec.get("title")),
                            bool(spec.get("doers"))))
    return tuple(found)


@cache
def _calendar() -> frozenset[str]:
    """Months and weekdays: capitalised, but no participant."""
    return frozenset(n.lower() for names in (*language.months(), *language.weekdays()) for n in names)


@cache
def _places() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _rules()["place_words"])


@cache
def _blocks() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _rules()["blocks"])


def _plain(word: str) -> str:
    return word.lower().strip(_END)


def _at(lows: Sequence[str], phrase: tuple[str, ...]) -> list[int]:
    """Where the phrase starts in the words."""
    n = len(phrase)
    if not n:
        return list(range(len(lows) + 1))
    first = phrase[0]  # (a cheap test of the first word before the tuple: most positions fail it)
    return [i for i in range(len(lows) - n + 1) if lows[i] == first and tuple(lows[i:i + n]) == phrase]


def happenings_of(sentence: str, title: str | None = None) -> list[Told]:
    """The happenings of the classes a sentence tells (Told), one per class at most; a class that needs its title
    (_Class.title) reads the title when one is given."""
    told = _happenings_in(sentence, lambda cls: not (cls.title and title is not None))
    if title is not None:
        told += _happenings_in(title, lambda cls: cls.title)
    return told


def _happenings_in(sentence: str, read: Callable[[_Class], bool]) -> list[Told]:
    """The happenings of the classes `read` takes that a text tells."""
    words = title_words(sentence)
    lows = [_plain(w) for w in words]
    gap = int(_rules()["block_gap"])
    ends = _clause_ends(sentence)
    told: list[Told] = []
    for cls in _classes():
        if not read(cls):
            continue
        starts = [(i, len(p)) for p in cls.words for i in _at(lows, p)
                  if not any(lows[k] in _blocks() and k not in ends for k in range(max(0, i - gap), i))]
        if not starts:
            continue
        kinds = set()
        near: set[str] = set()
        for kind, phrases in cls.kinds.items():
            for p in phrases:
                for j in _at(lows, p):
                    if cls.lower and not words[j][:1].islower():
                        continue  # "the White House", "The House struck down": no dwelling
                    if any(_near(i, n, j, len(p), cls) for i, n in starts):
                        kinds.add(kind)
                        near |= _placed_names(words[j + len(p):j + len(p) + cls.window])
        if len(kinds) == 1:  # two kinds: too vague to tell which happening
            doer = _doer_words(words, lows, *starts[0]) if cls.doers else None
            told.append(Told(cls.group, kinds.pop(), cls.names, cls.conflicts, frozenset(near), cls.past,
                             cls.parties, cls.placed, doer))
    return told


def _clause_ends(sentence: str) -> frozenset[int]:
    """The indexes of the words (title_words) a comma, semicolon or colon follows: a block word closing a clause
    belongs to the clause before ("returning to attack again, striking close to a storage bunker": twins41)."""
    return frozenset(k for k, m in enumerate(_TITLE_WORD.finditer(sentence)) if sentence[m.end():m.end() + 1] in ",;:")


def _doer_words(words: Sequence[str], lows: Sequence[str], i: int, n: int) -> tuple[str, ...]:
    """The capitalised words that may name the doer of a word at i (n words): those before it ("The Deepwater Horizon
    Unified Command posted the first clip") and those of an agent after it ("The video was first posted on YouTube by
    the Deepwater Horizon Incident Joint Information Centre"), up to the agent's clause end. The join keeps those
    its article writes as names mid-sentence, so "The" or "After" opening the sentence is none."""
    found = [w for w in words[:i] if w[:1].isupper()]
    by = next((j for j in range(i + n, len(lows)) if lows[j] == "by"), None)
    if by is not None:
        for w in words[by + 1:]:
            if w[:1].isupper():
                found.append(w)
            if w[-1:] in ".,;:!?" or w.lower() in _clause_breaks():
                break
    return tuple(found)


@cache
def _clause_breaks() -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["day_twins"]["clause_breaks"])


def _placed_names(words: Sequence[str]) -> set[str]:
    """Keys of the capitalised words after a place preposition ("a compound in Zlitan", "a council based in
    Benghazi"), months and weekdays aside: where the object is ("as the United States helped" places nothing)."""
    found: set[str] = set()
    placed = False
    for w in words:
        low = _plain(w)
        placed |= low in _places()
        if placed and w[:1].isupper() and low not in _calendar():
            found.add(title_word_key(w))
    return found


def _near(i: int, n: int, j: int, m: int, cls: _Class) -> bool:
    """Whether an object at j (m words) lies within the class's window of a word at i (n words)."""
    if j == i and m == n:
        return True  # the word is its own object ("non-appearance")
    if j >= i + n:
        return j - (i + n) < cls.window
    return not cls.after and i - (j + m) < cls.window and j + m <= i


def _names(sentence: str, proper: frozenset[str]) -> frozenset[str]:
    """The rare names a sentence gives, months and weekdays aside: one day's two funerals both say "Friday"."""
    return frozenset(k for k in (title_word_key(w) for w in title_words(sentence)
                                 if w[:1].isupper() and _plain(w) not in _calendar()) if k in proper)


def _agree(a: Told, b: Told, a_names: frozenset[str], b_names: frozenset[str], one_article: bool,
           rare: frozenset[str]) -> bool:
    """Whether two tellings of one day are one happening (see the module's doc): `a_names`, `b_names` the rare names
    their sentences give."""
    if a.group != b.group or a.kind != b.kind:
        return False
    if a.doer is not None and b.doer is not None and not (set(a.doer) & set(b.doer)):
        return False  # two bodies' acts ("BP released a brief video" / "Unified Command posted the video")
    if a.parties and not _same_parties(a_names - _titles(), b_names - _titles()) and not (
            a.bodies and a.bodies == b.bodies):
        return False  # neither the rare parties alike nor the same bodies ("WHO chief Margaret Chan" / "The WHO")
    if a.names and not (one_article or a_names & b_names or a.placed and a.near & b.near):
        return False  # "a civilian house in the capital Tripoli" / "destroyed a house in Tripoli": one place
    a_near, b_near = a.near & rare, b.near & rare
    return not (a.conflicts and a_near and b_near and not a_near & b_near)


def _same_parties(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two tellings of a gathering name its parties alike: they share a rare name and one names no rare name
    the other does not ("Obeidi ... with African Union officials" / "Obeidi ... with AU officials in the Ethiopian
    capital"); "House Democrats held a conference call" and "Obama arrived in Brasilia for a meeting with Rousseff"
    share only "U.S." and name other parties beside it: two gatherings."""
    return bool(a & b) and (a <= b or b <= a)


def body_parties(text: str, proper: frozenset[str]) -> frozenset[str]:
    """The parties a gathering's sentence names (`proper`: any article writes them), the feed's main names too, a
    body's head standing for the body ("WHO chief Margaret Chan talked to officials" / "The WHO held a conference call
    with governments": both {WHO}; derivations.yaml ``day_twins.body_heads``); titles, months and weekdays aside."""
    words = title_words(text)
    lows = [_plain(w) for w in words]
    heads = _body_heads()
    headed: set[int] = set()
    for i in range(1, len(words)):
        if lows[i] in heads and words[i - 1][:1].isupper():
            j = i + 1
            while j < len(words) and words[j][:1].isupper():
                headed.add(j)  # the head's own name: the body speaks or meets through its head
                j += 1
    keys = (title_word_key(w) for i, w in enumerate(words)
            if i not in headed and w[:1].isupper() and lows[i] not in _calendar() and lows[i] not in _determiners())
    return frozenset(k for k in keys if k in proper and k not in _titles())


@cache
def _determiners() -> frozenset[str]:
    """"The" opening a sentence: some article writes it capitalised mid-sentence ("..., The Guardian"), no party."""
    return frozenset(str(w).lower() for w in derivations()["determiners"])


@cache
def _body_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["day_twins"]["body_heads"])


@cache
def _titles() -> frozenset[str]:
    """Keys of the capitalised titles before a name ("Prime Minister", "President"): no party of their own."""
    return frozenset(title_word_key(str(w)) for w in _rules()["titles"])


def join_day_happenings(clusters: Sequence[Cluster], sim: Similarity, names: ArticleNames) -> None:
    """Join day entries whose sentences tell one happening of one class and kind (see the module's doc;
    derivations.yaml ``day_happenings``). Greedy in canonical order: an entry joins the first group of its day, class
    and kind whose every member agrees with it."""
    limit = float(_rules()["main_name_share"]) * sim.n
    rare = frozenset(k for k, n in sim.df.items() if n <= limit)
    # a party named only at its sentences' start ("France said it had sent arms") is a name some article writes
    every_name = names.proper.every_name()
    every = every_name & rare
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters and answers are the same)
    tests = (KeyTest(rare.__contains__), KeyTest(every.__contains__), KeyTest(every_name.__contains__))

    def work(day: Day, move: Callable[[int, int], None], read: object) -> None:
        _join_happening_day(day, move, read, *tests)  # type: ignore[arg-type]

    by_day("day_happenings", days_of(_day_clusters(clusters)), work, tests, names)


def _join_happening_day(day: Day, move: Callable[[int, int], None], names: ArticleNames, rare: KeyTest,
                        every: KeyTest, every_name: KeyTest) -> None:
    """join_day_happenings on one day's clusters (`move(i, j)`: the day's cluster i into its cluster j); `rare`, `every`,
    `every_name`: the keys few events carry, the names some article writes among them, and every such name."""
    clusters = [c for c, _ in day]
    groups: dict[tuple[str, str, str], list[tuple[int, list[tuple[Told, frozenset[str], str]]]]] = defaultdict(list)
    unnamed: set[int] = set()  # the groups a nameless telling opened (join_nameless_tellings)
    for ci, (c, when) in enumerate(day):
        member = _title_member(c, when)
        article = member.event.article
        proper = names.proper.get(article, frozenset()) & rare
        sentence = member.event.source.quote or member.event.title
        text = f"{sentence} {member.event.title}"
        written = _names(text, proper)
        bare = _nameless(sentence)
        for told in happenings_of(sentence, member.event.title):
            if told.doer is not None:  # the doer's words its article writes as names, the feed's main ones too
                told = told._replace(doer=tuple(sorted(k for k in map(title_word_key, told.doer)
                                                       if k in names.proper.get(article, frozenset()))))
            if told.past and not _past_year(c, when[0][:4]):
                continue  # "Gadhafi, who seized power in a 1969 coup, said on Tuesday": the day's news is no coup
            if told.parties:
                told = told._replace(bodies=body_parties(text, every_name))  # type: ignore[arg-type]
            found = _names(text, every) if told.parties else written  # type: ignore[arg-type]
            key = (when[0], told.group, told.kind)
            target = next((g for g in groups[key] if g[0] != ci and clusters[g[0]].members and all(
                _agree(told, o, found, on, article == oa, rare) for o, on, oa in g[1])), None)  # type: ignore[arg-type]
            if target is None:
                groups[key].append((ci, [(told, found, article)]))
                if bare:
                    unnamed.add(ci)
                continue
            move(ci, target[0])
            target[1].append((told, found, article))
            break
    join_placed_tellings(clusters, groups, rare, move)  # type: ignore[arg-type]
    join_nameless_tellings(clusters, groups, unnamed, move)


class Opening(NamedTuple):
    """What a sentence tells of a class of ``day_openings`` (twins43)."""

    onset: bool  # it tells the opening itself ("the first bombs", "an uprising launched"), not only an act of it
    places: frozenset[str]  # keys of the capitalised words after its place words ("erupted in Benghazi")


class _Opener(NamedTuple):
    """One class of ``day_openings`` as the table gives it."""

    objects: tuple[tuple[str, ...], ...]
    onsets: tuple[tuple[str, ...], ...]
    acts: tuple[tuple[str, ...], ...]
    window: int
    articles: int  # how many articles must tell the day's opening
    bare: bool  # the object alone tells the class


@cache
def _openings() -> dict:
    """twins43: the opening of a campaign or an uprising (derivations.yaml ``day_openings``)."""
    return derivations()["day_openings"]


@cache
def _openers() -> dict[str, _Opener]:
    return {name: _Opener(tuple(_phrase(w) for w in spec["objects"]), tuple(_phrase(w) for w in spec["onsets"]),
                          tuple(_phrase(w) for w in spec.get("acts") or ()), int(spec["window"]),
                          int(spec["articles"]), bool(spec.get("bare")))
            for name, spec in _openings()["classes"].items()}


@cache
def _opening_words() -> tuple[frozenset[str], frozenset[str], int]:
    table = _openings()
    return (frozenset(str(w).lower() for w in table["blocks"]), frozenset(str(w).lower() for w in table["place_words"]),
            int(table["block_gap"]))


def openings_of(sentence: str) -> dict[str, Opening]:
    """The classes of ``day_openings`` a sentence tells, with whether it tells the opening (Opening): an object of the
    class with an onset or an act within the window, no block word just before either ("announced the start of
    military intervention" tells the announcement; "Parliament approved the first air strikes" the vote)."""
    words = title_words(sentence)
    lows = [_plain(w) for w in words]
    blocks, place_words, gap = _opening_words()
    ends = _clause_ends(sentence)

    def free(k: int) -> bool:
        return not any(lows[b] in blocks and b not in ends for b in range(max(0, k - gap), k))

    told: dict[str, Opening] = {}
    for name, cls in _openers().items():
        onset = act = False
        for p in cls.objects:
            for j in _at(lows, p):
                if j and not words[j][:1].islower() or not free(j):
                    continue  # "the Revolution Square"; "the rebels hope the uprising ..."
                onset |= _opening_near(lows, cls.onsets, j, len(p), cls.window, free)
                act |= cls.bare or _opening_near(lows, cls.acts, j, len(p), cls.window, free)
        if onset or act:
            told[name] = Opening(onset, frozenset(_opening_places(words, place_words)))
    return told


def _opening_near(lows: Sequence[str], phrases: Sequence[tuple[str, ...]], j: int, m: int, window: int,
                  free: Callable[[int], bool]) -> bool:
    """Whether one of the phrases, free of block words, lies within `window` words of an object at j (m words),
    before or after it, or inside it."""
    for p in phrases:
        for i in _at(lows, p):
            before = i + len(p) <= j and j - (i + len(p)) < window
            after = i >= j + m and i - (j + m) < window
            inside = j <= i and i + len(p) <= j + m  # "the signal to attack": the object names its opening
            if (before or after or inside) and free(i):
                return True
    return False


def _opening_places(words: Sequence[str], place_words: frozenset[str]) -> set[str]:
    """Keys of the capitalised words right after a place word, months and weekdays aside ("erupted in Benghazi")."""
    return {title_word_key(words[k + 1]) for k in range(len(words) - 1)
            if _plain(words[k]) in place_words and words[k + 1][:1].isupper()
            and _plain(words[k + 1]) not in _calendar()}


def join_day_openings(clusters: Sequence[Cluster], sim: Similarity) -> None:
    """twins43: on a day at least ``articles`` articles tell as the opening of a class (the first bombs of a
    campaign, an uprising launched), every entry of the day whose title's sentence tells the class joins the entry
    holding most of those articles (derivations.yaml ``day_openings``): "France dropped the first bombs of the
    campaign" / "more than 110 Tomahawk missiles fired on Saturday" / "Western forces hit targets along the Libyan
    coast". Two that name rare places and share none stay apart ("erupted in Egypt" / "erupted in Benghazi")."""
    limit = float(_rules()["main_name_share"]) * sim.n
    rare = frozenset(k for k, n in sim.df.items() if n <= limit)
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters and answers are the same)
    test = KeyTest(rare.__contains__)

    def work(day: Day, move: Callable[[int, int], None], _read: object) -> None:
        for name, cls in _openers().items():
            _join_opening_day(day, move, name, cls.articles, test)

    by_day("day_openings", days_of(_day_clusters(clusters)), work, (test,))


def _join_opening_day(day: Day, move: Callable[[int, int], None], name: str, articles: int,
                      rare: KeyTest | frozenset[str]) -> None:
    """One day and class of join_day_openings (`move(i, j)`: the day's cluster i into its cluster j)."""
    opened: dict[int, set[str]] = {}  # cluster -> the articles whose sentences of that day tell the opening
    told: dict[int, Opening] = {}  # cluster -> what its title's sentence tells
    for ci, (c, when) in enumerate(day):
        if not c.members:
            continue  # joined away by another class's opening
        arts = {m.event.article for m in c.members if m.event.date == when[0]
                and (o := openings_of(m.event.source.quote or m.event.title).get(name)) and o.onset}
        if arts:
            opened[ci] = arts
        member = _title_member(c, when)
        own = openings_of(member.event.source.quote or member.event.title).get(name)
        if own:
            told[ci] = own
    if len(set().union(*opened.values()) if opened else ()) < articles:
        return
    target = max(opened, key=lambda ci: (len(opened[ci]), -ci))
    places = set(told[target].places & rare) if target in told else set()
    for ci, (c, _) in enumerate(day):
        if ci == target or not c.members or ci not in told:
            continue  # an entry whose title tells another thing keeps it ("leaders announced the start of ...")
        own = told[ci].places & rare if ci in told else frozenset()
        if places and own and not places & own:
            continue  # "erupted in Egypt" / "erupted in Benghazi": two openings
        move(ci, target)
        places |= own


@cache
def _toll_words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    table = _openings()["tolls"]
    numbers = frozenset(str(w).lower() for words in derivations()["numbers"].values() for w in words)
    return tuple(_phrase(w) for w in table["parts"]), frozenset(str(w).lower() for w in table["counts"]), numbers


def day_toll_part(sentence: str, day: str) -> bool:
    """Whether a sentence's subject is the casualties of its own day's weekday ("Friday's killings brought to 50 the
    number killed since Tuesday"; ``day_openings.tolls.parts``): a running toll whose part is the day's dead."""
    words = title_words(sentence)
    if len(words) < 2 or not day[:10].count("-") == 2:
        return False
    first = _plain(words[0])
    if not first.endswith(("'s", "\u2019s")) or first[:-2] not in _calendar():
        return False
    try:
        weekday = date.fromisoformat(day[:10]).strftime("%A").lower()
    except ValueError:
        return False
    lows = [_plain(w) for w in words]
    return first[:-2] == weekday and any(tuple(lows[1:1 + len(p)]) == p for p in _toll_words()[0])


def _day_count(sentence: str) -> bool:
    """Whether a sentence counts casualties: a number and a count word ("At least 20 people were killed")."""
    _, counts, numbers = _toll_words()
    lows = [_plain(w) for w in title_words(sentence)]
    return any(w.isdigit() or w in numbers for w in lows) and any(w in counts for w in lows)


def join_day_toll_parts(clusters: Sequence[Cluster]) -> None:
    """twins43: an entry of a day whose title's sentence tells the day's casualties as a running toll's part
    (day_toll_part) joins the one other entry of that day holding a count of casualties by its article, that day
    (``day_openings.tolls``): "Friday's killings brought to 50 the number of people killed since Tuesday" / "At least
    20 people were killed and 200 more were injured Friday in ... Benghazi"."""
    days: dict[str, list[tuple[int, Cluster, tuple[str, str]]]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        days[when[0]].append((ci, c, when))
    for day in days.values():
        for ci, c, when in day:
            member = _title_member(c, when)
            if not day_toll_part(member.event.source.quote or member.event.title, when[0]):
                continue
            article = member.event.article
            counted = [cj for cj, d, _ in day if cj != ci and d.members and any(
                m.event.article == article and m.event.date == when[0] and _day_count(m.event.source.quote)
                for m in d.members)]
            if len(counted) == 1 and c.members:
                c.move_to(clusters[counted[0]])


class Backref(NamedTuple):
    """A sentence's pointer back to its day's act by the act's bare noun (twins44, ``day_backrefs``)."""

    forms: frozenset[str]  # the words of the act's telling ("interviewed" for "the interview")
    owned: bool  # the day owns the noun as a reaction's object or the subject ("surprised by Wednesday's disclosure")
    # twins61: an act of ``day_owned_acts`` ("Thursday's deal"), which joins only an entry giving one of its forms
    told_only: bool = False


@cache
def _backrefs() -> dict:
    """twins44: a sentence pointing back to its day's act (derivations.yaml ``day_backrefs``)."""
    return derivations()["day_backrefs"]


@cache
def _owned_acts() -> dict[str, frozenset[str]]:
    """twins61: the acts that point back only when their day owns them, and the words of their telling
    (derivations.yaml ``day_owned_acts``)."""
    return {str(n).lower(): frozenset(str(w).lower() for w in forms)
            for n, forms in derivations()["day_owned_acts"]["acts"].items()}


@cache
def _backref_words() -> tuple[dict[str, frozenset[str]], frozenset[str], tuple[tuple[str, ...], ...], int]:
    table = _backrefs()
    nouns = {str(n).lower(): frozenset(str(w).lower() for w in forms) for n, forms in table["nouns"].items()}
    owners = frozenset(str(w).lower() for w in table["day_owners"]) | frozenset(
        f"{n.lower()}'s" for names in language.weekdays() for n in names)
    return nouns, owners, tuple(_phrase(w) for w in table["reactions"]), int(table["reaction_gap"])


def backref_of(sentence: str) -> Backref | None:
    """The act a sentence points back to by its bare noun: "The interview, snippets of which were released" (the
    subject, "The" its first word), "appeared surprised by Wednesday's disclosure" (a reaction's day-owned object),
    "Yesterday's testimony and the Science article put ..." (the day-owned subject). "in today's report" tells its
    own news, "The report said" its own content (no noun of the table). An act of ``day_owned_acts`` points back only
    when its day owns it ("Thursday's deal", not "The deal": twins61)."""
    nouns, owners, reactions, gap = _backref_words()
    acts = _owned_acts()
    lows = [_plain(w).replace("\u2019", "'") for w in title_words(sentence)]
    for i, low in enumerate(lows):
        if (low not in nouns and low not in acts) or i == 0:
            continue
        before = lows[i - 1]
        if i == 1 and before == "the" and low in nouns:
            return Backref(nouns[low], False)
        if before not in owners:
            continue
        if i == 1 or any(tuple(lows[j:j + len(r)]) == r for r in reactions
                         for j in range(max(0, i - 1 - gap - len(r) + 1), i - 1)):
            return Backref(nouns[low], True) if low in nouns else Backref(acts[low], True, True)
    return None


def join_day_backrefs(clusters: Sequence[Cluster]) -> None:
    """twins44: an entry of a day whose title's sentence points back to the day's act by its bare noun (backref_of)
    joins the one other entry of that day holding a sentence of its article, that day, that gives one of the noun's
    forms; a day-owned noun with no such entry joins its article's one other entry of the day ("Both the prosecution
    and Superior Court Judge Michael Pastor appeared surprised by Wednesday's disclosure" / "Lawyers for Dr Conrad
    Murray have stepped back from claims that Michael Jackson swallowed a fatal dose"). Two candidates stay apart.
    twins61: a day-owned act of ``day_owned_acts`` ("Thursday's deal was reached") joins only an entry giving a form
    ("NATO members agreed Thursday ...")."""
    days: dict[str, list[tuple[int, Cluster, tuple[str, str]]]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        days[when[0]].append((ci, c, when))
    for day in days.values():
        for ci, c, when in day:
            if not c.members:
                continue
            member = _title_member(c, when)
            back = backref_of(member.event.source.quote or member.event.title)
            if back is None:
                continue
            article = member.event.article
            # its article's sentences of the day, an undated mention joined into the day's entry too ("Lawyers for
            # Dr Conrad Murray have stepped back from claims ...", dated by the entry's other article)
            told = {cj: [m.event.source.quote for m in d.members
                         if m.event.article == article and m.when[0] in ("", when[0])]
                    for cj, d, _ in day if cj != ci and d.members}
            told = {cj: quotes for cj, quotes in told.items() if quotes}
            giving = [cj for cj, quotes in told.items() if any(
                back.forms & {_plain(w).replace("\u2019", "'") for w in title_words(q)} for q in quotes)]
            target = giving if giving else list(told) if back.owned and not back.told_only else []
            if len(target) == 1:
                c.move_to(clusters[target[0]])


def join_placed_tellings(clusters: Sequence[Cluster],
                         groups: dict[tuple[str, str, str], list[tuple[int, list[tuple[Told, frozenset[str], str]]]]],
                         rare: frozenset[str], move: Callable[[int, int], None] | None = None) -> None:
    """twins41: two groups of a day, class and kind of a ``placed`` class join when a telling of one agrees with a
    telling of the other and no two of their tellings place it in two towns: "Reporters ... in Tripoli's Souq al-Juma
    district saw several bodies being pulled out of the rubble of a destroyed building" joined "NATO ... destroyed a
    house in Tripoli" by a rare name, and "a NATO strike had hit a civilian house in the capital Tripoli" agrees with
    that second telling by the town, not with the first (greedy joining asks every member)."""
    for key, found in groups.items():
        live = [g for g in found if clusters[g[0]].members and g[1][0][0].placed]
        for i, g in enumerate(live):
            for h in live[i + 1:]:
                if g is h or not clusters[h[0]].members or not clusters[g[0]].members:
                    continue
                pairs = [(a, b) for a in g[1] for b in h[1]]
                if any(_agree(a[0], b[0], a[1], b[1], a[2] == b[2], rare) for a, b in pairs) and not any(
                        _two_places(a[0], b[0], rare) for a, b in pairs):
                    (move or _mover(clusters))(h[0], g[0])
                    g[1].extend(h[1])


def _mover(clusters: Sequence[Cluster]) -> Callable[[int, int], None]:
    """`move(i, j)`: cluster i into cluster j."""
    return lambda i, j: clusters[i].move_to(clusters[j])


def _two_places(a: Told, b: Told, rare: frozenset[str]) -> bool:
    """Whether two tellings place their object in two towns ("a house in Tripoli" / "a house in Zlitan")."""
    a_near, b_near = a.near & rare, b.near & rare
    return bool(a.conflicts and a_near and b_near and not a_near & b_near)


def _nameless(sentence: str) -> bool:
    """Whether a sentence names no one: no capitalised word but a weekday, a month, or a plain opener as its first
    word (``day_aftermaths.openers``: "A mother and her two boys were buried Thursday"; not "Sameerah's coffin")."""
    openers = frozenset(str(w) for w in _aftermaths()["openers"])
    for i, w in enumerate(title_words(sentence)):
        low = _plain(w)
        if not w[:1].isupper() or low in _calendar() or low.endswith(("'s", "\u2019s")) and low[:-2] in _calendar():
            continue
        if i == 0 and low in openers:
            continue
        return False
    return True


def join_nameless_tellings(clusters: Sequence[Cluster],
                           groups: dict[tuple[str, str, str], list[tuple[int, list[tuple[Told, frozenset[str], str]]]]],
                           unnamed_groups: set[int], move: Callable[[int, int], None] | None = None) -> None:
    """twins41: a day's group of a ``day_aftermaths.nameless`` class whose tellings give no rare name ("A mother and
    her two boys were buried Thursday"; "At the scene of the destroyed building") joins the one other group of its day,
    class and kind, whatever the article ("At Thursday's funeral, Abubakr Ali watched volunteers carefully bury the
    bodies of his sister and two nephews"): the nameless telling cannot tell another. With two other groups it stays."""
    nameless = frozenset(str(n) for n in _aftermaths()["nameless"])
    for (_, group, _), found in groups.items():
        if group not in nameless:
            continue
        live = [g for g in found if clusters[g[0]].members]
        unnamed = [g for g in live if g[0] in unnamed_groups and not any(names for _, names, _ in g[1])]
        named = [g for g in live if g not in unnamed]
        if len(named) == 1:
            for g in unnamed:
                (move or _mover(clusters))(g[0], named[0][0])


class Figure(NamedTuple):
    """One quantity a text gives (twins45, ``day_figures``): its value and unit, "share" for a percentage or a
    fraction, the currency for a sum, else the key of the noun after it ("barrels"), "" when none follows."""

    value: float
    unit: str


_FIGURE_TOKEN = re.compile(r"[$\u00a3\u20ac%]|\d+(?:,\d{3})*(?:\.\d+)?|[a-z]+(?:-[a-z]+)*|[^\sa-z\d]")


@cache
def _figure_table() -> dict:
    """twins45: one figure of a day told twice (derivations.yaml ``day_figures``)."""
    return derivations()["day_figures"]


def number_words() -> dict[str, float]:
    """The numbers in words the temporal tagger reads ("twelve", "ninety"): one table for dates and figures."""
    return dict(tagger_tables().numbers)


@cache
def _figure_words() -> tuple[dict[str, float], dict[str, float], dict[tuple[str, ...], float], frozenset[str],
                             frozenset[str], frozenset[str], frozenset[str]]:
    table = _figure_table()
    mults = {str(k).lower(): float(v) for k, v in table["multipliers"].items()}
    articles = frozenset(str(w).lower() for w in table["not_figures"])
    words = {k: v for k, v in number_words().items() if " " not in k and k not in mults and k not in articles}
    fractions = {tuple(_FIGURE_TOKEN.findall(str(k).lower())): float(v) for k, v in table["fractions"].items()}
    percents = frozenset(str(w).lower() for w in table["percents"])
    currencies = frozenset(str(w) for w in table["currencies"])
    return (words, mults, fractions, percents, currencies, frozenset(str(w).lower() for w in table["skip"]),
            frozenset(str(w).lower() for w in table["no_unit"]))


def figures_of(text: str) -> frozenset[Figure]:
    """The quantities a text gives (Figure): "10,000 barrels" = "ten thousand barrels"; "75% of the oil" = "nearly
    three-quarters of it" (a share); "$480m" a sum in dollars. A year ("in 2010") and a day of a month ("June 16",
    "16 June") and a time ("10:30") give none."""
    words, mults, fractions, percents, currencies, skip, no_unit = _figure_words()
    toks = _FIGURE_TOKEN.findall(text.lower().replace("\u2019", "'"))
    months = _calendar()
    low_years, high_years = (int(y) for y in _figure_table()["years"])
    found: set[Figure] = set()
    i = 0
    while i < len(toks):
        tok = toks[i]
        share = next(((n, v) for p, v in fractions.items() if (n := len(p)) and tuple(toks[i:i + n]) == p), None)
        if share is not None:
            if i + share[0] < len(toks) and toks[i + share[0]] in _fraction_after():
                found.add(Figure(share[1], "share"))  # "three-quarters of it"; not "for a third night"
            i += share[0]
            continue
        money = tok if tok in currencies else ""
        start = i + 1 if money else i
        if start >= len(toks):
            break
        num = toks[start]
        if num[:1].isdigit():
            try:
                value = float(num.replace(",", ""))
            except ValueError:
                i += 1
                continue
        elif num in words:
            value = words[num]
        else:
            i += 1
            continue
        j = start + 1
        scaled = False
        while j < len(toks) and toks[j] in mults:
            value *= mults[toks[j]]
            scaled = True
            j += 1
        before = toks[start - 1] if start else ""
        after = toks[j] if j < len(toks) else ""
        if after == ":" or before in (":", "-") or before in months or after in months:
            i = j
            continue  # a time of day, a day of a month
        if (num[:1].isdigit() and "," not in num and not money and not scaled and after not in percents
                and low_years <= value <= high_years):
            i = j
            continue  # a year
        if after in percents or (after, toks[j + 1] if j + 1 < len(toks) else "") == ("per", "cent"):
            found.add(Figure(round(value / 100, 4), "share"))
            i = j + (2 if after == "per" else 1)
            continue
        if money:
            found.add(Figure(value, money))
            i = j
            continue
        k = j
        while k < len(toks) and (toks[k] in skip or toks[k] == "-"):
            k += 1
        unit = toks[k] if k < len(toks) and toks[k][:1].isalpha() and toks[k] not in no_unit else ""
        found.add(Figure(value, _unit_key(unit) if unit else ""))
        i = j
    return frozenset(found)


@cache
def _fraction_after() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _figure_table()["fraction_after"])


def _unit_key(word: str) -> str:
    """A unit noun's key, one for its singular and plural ("5,000-barrel estimate" / "5,000 barrels"), one for a kin
    of units (``unit_kin``: "11 crew" / "11 people")."""
    key = key_form(word)
    key = key[:-1] if len(key) > 3 and key.endswith("s") and not key.endswith("ss") else key
    return _unit_kin().get(key, key)


@cache
def _unit_kin() -> dict[str, str]:
    return {str(w).lower(): str(kin[0]).lower() for kin in _figure_table()["unit_kin"] for w in kin}


def _counts(f: Figure) -> bool:
    """Whether a figure tells a quantity alone: a share, a sum, or a count of at least ``least``."""
    return f.unit == "share" or f.unit in _figure_words()[4] or f.value >= float(_figure_table()["least"])


def same_figure(a: frozenset[Figure], b: frozenset[Figure]) -> bool:
    """Whether two titles give one figure: one value, units alike (or one unknown, not both), and a figure that
    counts alone (_counts)."""
    return any(_counts(f) and abs(f.value - g.value) <= 1e-3 * max(abs(f.value), 1e-9)
               and (f.unit == g.unit or bool(f.unit) != bool(g.unit)) and (f.unit or g.unit)
               for f in a for g in b)


def figures_apart(a: frozenset[Figure], b: frozenset[Figure]) -> bool:
    """Whether two sentences give figures of one unit that share no value ("16 killed" / "20 killed")."""
    units = {f.unit for f in a if f.unit} & {g.unit for g in b if g.unit}
    return any(not ({round(f.value, 4) for f in a if f.unit == u} & {round(g.value, 4) for g in b if g.unit == u})
               for u in units)


_DAY_OR_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def join_day_figures(clusters: Sequence[Cluster], sim: Similarity, names: ArticleNames) -> None:
    """twins45: entries of one date (a day or a month) whose titles give one figure in other words join
    (derivations.yaml ``day_figures``): "put the number of dead at 16" / "At least 16 people were killed"; "about 75%
    of the oil was gone" / "nearly three-quarters of it had evaporated". Their sentences' figures of one unit must
    share a value (figures_apart), and their rare names, when both give some, one name. Greedy in canonical order: an
    entry joins the first group of its date whose every member agrees with it."""
    limit = float(_figure_table()["main_name_share"]) * sim.n
    rare = frozenset(k for k, n in sim.df.items() if n <= limit)
    # a doer named only at its sentence's start ("Mitsui said ...") is a name some article writes
    every = KeyTest((names.proper.every_name() & rare).__contains__)
    # each date alone (timeline.merge.kept_days: a rebuild replays the dates whose clusters and answers are the same)
    dates = days_of((ci, c, when) for ci, c, when in dated_clusters(clusters) if _DAY_OR_MONTH.fullmatch(when[0]))

    def work(day: Day, move: Callable[[int, int], None], _read: object) -> None:
        groups: list[tuple[int, list[tuple[frozenset[Figure], frozenset[Figure], frozenset[str]]]]] = []
        for ci, (c, when) in enumerate(day):
            member = _title_member(c, when)
            titled = figures_of(member.event.title)
            if not any(_counts(f) for f in titled):
                continue
            sentence = member.event.source.quote or member.event.title
            told = (titled, figures_of(sentence) | titled,
                    _names(f"{sentence} {member.event.title}", every))  # type: ignore[arg-type]
            target = next((g for g in groups if g[0] != ci and day[g[0]][0].members
                           and all(_figures_agree(told, o) for o in g[1])), None)
            if target is None:
                groups.append((ci, [told]))
                continue
            move(ci, target[0])
            target[1].append(told)

    by_day("day_figures", dates, work, (every,))


def _figures_agree(a: tuple[frozenset[Figure], frozenset[Figure], frozenset[str]],
                   b: tuple[frozenset[Figure], frozenset[Figure], frozenset[str]]) -> bool:
    return (same_figure(a[0], b[0]) and not figures_apart(a[1], b[1])
            and not (a[2] and b[2] and not a[2] & b[2]))
