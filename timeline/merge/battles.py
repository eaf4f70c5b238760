"""Merging, town battles: one attack, battle or strike wave on one town told by several entries of one day.

A title whose happening is violence of a class (derivations.yaml ``town_battles``: ``ground`` fighting, shelling,
an assault or a capture; ``air`` air strikes) and that names the town it happened in ("Witnesses in the
western city of Misrata said that a pro-government assault is persisting" / "Fighting raged in the cities of Misrata,
Ajdabiya and Zintan"), or a fighting side's move on a town (``side_moves`` in a title naming one of ``sides``:
"Rebels entered Tripoli"), tells one happening with every other title of its day, class and town. A title of
``generic`` violence (a casualty count) joins the one ground group of its day and town it may belong to ("A resident of
Misrata said that six people were killed in the morning" joins the day's Misrata assault), none when there are
several. A title of ground fighting ending on a place noun takes the town its sentence names beside it ("fighting in
and around the Libyan capital" / "... the Libyan capital, Tripoli."). A title naming no town, only a country or
region, telling the violence in passing, as a plan or as a running tally, or telling a bombing or a gunman's attack
(which recur many times a day in one city), tells no battle (join_town_battles). A town told from the target's
side ("Misrata came under heavy shelling", "Tripoli was hit by air strikes") or as an air doer's object ("NATO struck
Tripoli") is the town its violence befell (struck_towns).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from timeline.dates import precision
from timeline.events.lexicon import rules as events_rules
from timeline.merge.clustering import Cluster
from timeline.merge.entries import wording_title
from timeline.merge.joins import dated_clusters
from timeline.merge.kept_days import Day, by_day, days_of
from timeline.merge.similarity import derivations, title_word_key
from timeline.rules import load_yaml
from timeline.text import lexicon as language

AIR, GROUND, GENERIC = "air", "ground", "generic"
SOUND = "sound"  # explosions heard over a town: one air raid's sound (title_raid)
# a title's words as similarity.title_words reads them, and its commas, which end a name of a list
_LIST_WORD = re.compile(r"[^\W_][\w'\u2019.-]*+|,")


class Battle(NamedTuple):
    """What a title tells of a day's violence on a town."""

    kind: str  # AIR, GROUND or GENERIC
    towns: frozenset[str]  # the keys of the towns it names ("ras lanuf", "misrata")


@cache
def _table() -> dict:
    return derivations()["town_battles"]


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()[name])


@cache
def _not_towns() -> frozenset[str]:
    """Keys of names that are no town: countries and their adjectives (events.yaml country_references), regions, the
    calendar."""
    found = {title_word_key(str(w)) for w in _table()["not_towns"]}
    for entry in events_rules()["country_references"]["countries"]:
        for name in (*entry["names"], *entry["adjectives"]):
            found.add(" ".join(title_word_key(w) for w in str(name).removeprefix("the ").split()))
    found |= {n.lower() for names in (*language.months(), *language.weekdays()) for n in names}
    return frozenset(found)


def _plain(word: str) -> str:
    return word.lower().rstrip(".,;:")


def _name_word(word: str) -> bool:
    """A capitalised word without a possessive ending ("Misrata", "al-Brega"; not "Gadhafi's")."""
    bare = _unprefixed(word)
    return bare[:1].isupper() and not bare.endswith(("'s", "\u2019s"))


def _unprefixed(word: str) -> str:
    """A name without its article prefix ("al-Brega" -> "Brega")."""
    for prefix in _table()["name_prefixes"]:
        if word.startswith(str(prefix)) and len(word) > len(str(prefix)):
            return word[len(str(prefix)):]
    return word


def _run(words: Sequence[str], k: int) -> tuple[str | None, int]:
    """The name of capitalised words starting at `k` (a run: "Ras Lanuf", "B'ir al Ghanam": a lower-case article of
    ``name_particles`` between two of them goes on) and where it ends; None when the run ends on a possessive
    ("Moammar Gadhafi's") or is no town. The key leaves the articles out, so that one town spelt two ways is one."""
    j = k
    kept: list[str] = []
    while j < len(words):
        if _name_word(words[j]):
            kept.append(words[j])
        elif not (kept and j + 1 < len(words) and _plain(words[j]) in _words("name_particles")
                  and _name_word(words[j + 1])):
            break
        j += 1
    if j == k or (j < len(words) and _unprefixed(words[j])[:1].isupper()):
        return None, max(j, k + 1)  # the run goes on into a possessive: a person's or a thing's name
    if j < len(words) and _plain(words[j]) in _words("side_nouns"):
        return None, j  # "Gaddafi positions": the side hit, no town
    key = " ".join(title_word_key(_unprefixed(w)) for w in kept)
    return (None if key in _not_towns() or any(title_word_key(w) in _not_towns() for w in kept) else key), j


class Places(NamedTuple):
    """The places a title names: its towns, and whether it names any other place (a country, a region)."""

    towns: frozenset[str]
    other: bool


def title_places(words: Sequence[str]) -> Places:
    """The keys of the towns a title names: a name after a preposition of ``prepositions``, after a place noun and
    "of" ("the western city of Misrata") or as what a verb of ``captures`` took or of ``hits`` hit ("captured Brega",
    "pounded Ras Lanuf") or reached (``arrivals``: "reached the Bir al-Ghanam area"), with the words of
    ``skipped`` and ``place_nouns`` between, and each name of a list after it ("the cities of Misrata, Ajdabiya and
    Zintan"); and whether it names another place there ("on Libya")."""
    found: set[str] = set()
    other = False
    preps, nouns, skipped = _words("prepositions"), _words("place_nouns"), _words("skipped")
    for i, word in enumerate(words[:-1]):
        plain = _plain(word)
        if plain in nouns and i > 0 and _plain(words[i - 1]) in _words("apposed_after"):
            # a town in apposition to its place noun: "the capital Tripoli", "the town Zawiyah"
            name, _ = _run(words, i + 1)
            if name is not None:
                found.add(name)
                continue
        if plain in _words("apposed_nouns"):
            # places2: a town in apposition to a noun of a town's role: "the leader's hometown Sirte", "the rebel
            # stronghold of Benghazi", "the other main Gaddafi stronghold, Bani Walid"
            k = i + 1 + (words[i + 1] == "," or _plain(words[i + 1]) == "of")
            name, end = _run(words, k) if k < len(words) else (None, k)
            if name is not None and (words[i + 1] != "," or end >= len(words) or words[end] == ","):
                found.add(name)
            continue
        if plain not in preps and plain not in _words("captures") and plain not in _words("hits") \
                and plain not in _words("arrivals") \
                and not (plain == "of" and i > 0 and _plain(words[i - 1]) in nouns | _words("held_nouns")):
            continue
        k = i + 1
        while k < len(words) and (_plain(words[k]) in skipped or _plain(words[k]) in nouns or _plain(words[k]) == "of"
                                  or _portion_of(words, k)
                                  or _country_before_noun(words, k) or _apposing_comma(words, k)):
            other = other or _country_before_noun(words, k)
            k += 1
        while k < len(words):
            start = k
            name, k = _run(words, k)
            if name is None:
                other = other or _unprefixed(words[start])[:1].isupper()
                break
            found.add(name)
            # a list: "Misrata, Ajdabiya and Zintan"
            if k < len(words) and (words[k] == "," or _plain(words[k]) in _words("list_words")):
                k += 1
                if k < len(words) and _plain(words[k]) in _words("list_words"):
                    k += 1  # "Misrata, Ajdabiya, and Zintan"
                continue
            break
    return Places(frozenset(found), other)


def _portion_of(words: Sequence[str], k: int) -> bool:
    """places2: whether the word at `k` is a word of ``portions`` before "of" ("control of all of Zawiya", "captured
    most of Sabha"), read past like ``skipped`` so that the town after it is found."""
    return k + 1 < len(words) and _plain(words[k]) in _words("portions") and _plain(words[k + 1]) == "of"


def _country_before_noun(words: Sequence[str], k: int) -> bool:
    """twins65: whether the word at `k` is a country's name or adjective before a place noun ("the Libyan capital"),
    read past like ``skipped`` so that the town in apposition after it is found ("in and around the Libyan capital,
    Tripoli, reports said"); the title still names another place (a country) when no town follows."""
    if k + 1 >= len(words) or not _name_word(words[k]) or _plain(words[k + 1]) not in _words("place_nouns"):
        return False
    return title_word_key(_unprefixed(words[k])) in _not_towns()


def _apposing_comma(words: Sequence[str], k: int) -> bool:
    """twins65: whether the word at `k` is the comma between a place noun and the town in apposition to it, a name
    that ends the title or a clause of it ("the Libyan capital, Tripoli", "the Libyan capital, Tripoli, reports said");
    not a name that goes on into the next clause ("in the eastern town, Reuters reported")."""
    if words[k] != "," or k == 0 or _plain(words[k - 1]) not in _words("place_nouns") or k + 1 >= len(words):
        return False
    name, end = _run(words, k + 1)
    return name is not None and (end >= len(words) or words[end] == ",")


def title_towns(words: Sequence[str]) -> frozenset[str]:
    """The keys of the towns a title names (title_places)."""
    return title_places(words).towns


def title_battle(title: str, quote: str = "", sentences: Sequence[str] = (), bare_town: str = "") -> Battle | None:
    """The day's violence on a town a title tells (see the module's doc), None when it tells none; a title naming no
    place takes the towns its sentence `quote` names just after the title's words (``quote_window``), or else, for
    ground fighting or an air strike, the towns its entry's `sentences` name in the clause of its violence word
    (clause_towns); and when none of those names one, the town `bare_town` its article resolved a bare place noun of
    the title to ("the city", "there": merge.bare_towns; set only for a title holding one, Event.bare_town)."""
    words = _LIST_WORD.findall(title)
    plain = [_plain(w) for w in words if w != ","]
    if any(_plain(w) in _words("incidents") and not _side_weapon(words, k) for k, w in enumerate(words)):
        return None
    told = violence_kinds(plain)
    if told is None:
        return None
    fallen = _fallen_town(words)
    if fallen is not None:
        told.add(GROUND)
    if not told:
        return None
    places = title_places(words)
    towns = places.towns | ({fallen} if fallen else frozenset()) | struck_towns(words)
    if not towns and not places.other and quote:
        towns = _quote_towns(plain, quote)
    if not towns and quote and GROUND in told and plain[-1] in _words("place_nouns"):
        towns = _apposed_town(plain, quote)  # (a casualty alone may be a shipwreck's: "died ... off Libya's capital")
    if not towns and quote and AIR in told and plain[-1] in _words("capital_nouns"):
        towns = _apposed_town(plain, quote) or _capital_town(plain, quote)
    if not towns and not places.other and sentences and told & {GROUND, AIR}:
        towns = clause_towns(plain, sentences)
    if not towns and bare_town:
        towns = frozenset({bare_town})  # twins70: "fought troops for control of a main thoroughfare there"
    if not towns:
        return None
    kind = AIR if AIR in told else GROUND if GROUND in told else GENERIC
    return Battle(kind, towns)


def _side_weapon(words: Sequence[str], k: int) -> bool:
    """twins71: whether the incident word `words[k]` is a sniper (``side_weapons``) listed beside a fighting side or a
    ground weapon ("government tanks and snipers", "rockets, snipers and artillery", "sniper and artillery fire"):
    that side's weapon in its battle, no incident of its own."""
    if _plain(words[k]) not in _words("side_weapons"):
        return False
    kin = _words("sides") | _words("ground")
    for link, other in ((k - 1, k - 2), (k + 1, k + 2)):
        if 0 <= other < len(words) and (words[link] == "," or _plain(words[link]) in _words("list_words")):
            if _plain(words[other]) in kin:
                return True
    return False


def violence_kinds(plain: Sequence[str]) -> set[str] | None:
    """The classes of violence (AIR, GROUND, GENERIC) a title's lower-cased words tell as what happened: none after a
    word of ``passing`` or as a plan; None when a word of ``blockers`` makes the title a plan, a tally or a reaction."""
    if any(w in _words("blockers") for w in plain) or _forecast(plain):
        return None
    told: set[str] = set()
    sided = any(w in _words("sides") for w in plain)  # a fighting side's move is a battle ("Rebels entered Tripoli")
    for i, word in enumerate(plain):
        if word in _words("passing"):
            break  # what follows is told in passing
        ground = word in _words("ground") or _ground_phrase(plain, i) or (sided and word in _words("side_moves"))
        air = word in _words("air") or (word in _words("air_hits") and _air_doer(plain, i))
        kind = AIR if air else GROUND if ground else GENERIC if word in _words("generic") else None
        if kind is None or _planned(plain, i):
            continue
        told.add(kind)
    return told


@cache
def _forecast_cues() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml(__package__, "told_titles.yaml")["forecasts"])


def _forecast(plain: Sequence[str]) -> bool:
    """places3: whether a title's lower-cased words tell a forecast, a word of told_titles.yaml ``forecasts`` right
    before "to" ("Attacks on Tripoli are likely to slow in the coming days", "Rebels are expected to attack Sirte"):
    no day's violence (a modal is a word of ``blockers``); the word without "to" tells none ("a plane, most likely
    belonging to the allies", "set several others ablaze")."""
    return any(w in _forecast_cues() and plain[i + 1] == "to" for i, w in enumerate(plain[:-1]))


def _fallen_town(words: Sequence[str]) -> str | None:
    """The town a title says fell, its subject right before a verb of ``falls`` ("Tripoli fell", "The capital Tripoli
    fell to the NTC"): a name that opens the title, or follows "the" and a place noun; None otherwise ("Prices fell")."""
    at = next((i for i, w in enumerate(words) if _plain(w) in _words("falls")), None)
    if at is None or at == 0:
        return None
    start = 0
    if len(words) > 2 and _plain(words[0]) == "the" and _plain(words[1]) in _words("place_nouns"):
        start = 2
    name, end = _run(words, start)
    return name if name is not None and end == at else None


def struck_towns(words: Sequence[str]) -> frozenset[str]:
    """The towns a title tells its violence befell as the subject of a passive or "came under" ("Misrata came under
    heavy shelling", "Tripoli was hit by air strikes": ``undergone_links``, at least one of ``undergone_marks``, then a
    word of ``undergone_acts``, or of ``undergone_sided`` in a title naming a side or an air doer), or as the object of an air doer's strike verb ("NATO struck Tripoli": ``air_object_hits``): one act
    told from its target's side and from its doer's, one town's battle of the day (twins48)."""
    plain = [_plain(w) for w in words]
    violence = _words("undergone_acts")
    if any(w in _words("sides") for w in plain) or any(w in _words("air_doers") for w in plain):
        violence |= _words("undergone_sided")
    links, marks = _words("undergone_links"), _words("undergone_marks")
    found: set[str] = set()
    for k, word in enumerate(words):
        if not _name_word(word) or (k > 0 and _name_word(words[k - 1])):
            continue  # a town's name starts here only
        name, end = _run(words, k)
        if name is None:
            continue
        j = end
        while j < len(plain) and plain[j] in links:
            j += 1
        if j < len(plain) and plain[j] in violence and any(w in marks for w in plain[end:j]):
            found.add(name)
    for i, word in enumerate(plain[:-1]):
        munition = i > 0 and plain[i - 1] in _words("munition_doers")  # places2: "18 rockets struck Tripoli"
        if word in _words("air_object_hits") and (_air_doer(plain, i) or munition):
            k = i + 1
            while k < len(words) and plain[k] in _words("skipped") | _words("place_nouns"):
                k += 1
            name, _ = _run(words, k) if k < len(words) else (None, k)
            if name is not None:
                found.add(name)
    return frozenset(found)


def _air_doer(plain: Sequence[str], i: int) -> bool:
    """Whether a word of ``air_doers`` stands before the strike verb at `i` ("NATO forces hit ..."): the strike is from
    the air."""
    return any(w in _words("air_doers") for w in plain[:i])


def _planned(plain: Sequence[str], i: int) -> bool:
    """Whether the word at `i` follows an infinitive's "to" that tells a plan ("vowed to attack"), not what happened
    (``raising``: "Zawiyah appeared to change hands")."""
    return i > 0 and plain[i - 1] in _words("infinitive") and (i < 2 or plain[i - 2] not in _words("raising"))


def _ground_phrase(plain: Sequence[str], i: int) -> bool:
    """Whether the words at `i` open a phrase of ``ground_phrases`` ("change hands")."""
    word = plain[i] if 0 <= i < len(plain) else None  # (the first word tested before a tuple is built)
    return any((not p or p[0] == word) and tuple(plain[i:i + len(p)]) == p for p in _ground_phrases())


@cache
def _ground_phrases() -> tuple[tuple[str, ...], ...]:
    """``ground_phrases`` as word tuples, read once (_ground_phrase runs at every word of every sentence)."""
    return tuple(tuple(str(w) for w in p) for p in _table()["ground_phrases"])


def _title_end_in(plain: Sequence[str], said: Sequence[str]) -> int | None:
    """Where in the sentence's words the title's last word stands: the first place it is written at or after the first
    place the title's first word is; None when the sentence does not write them."""
    lowered = [_plain(w) for w in said]
    if not plain or plain[0] not in lowered:
        return None
    start = lowered.index(plain[0])
    return next((j for j in range(start, len(lowered)) if lowered[j] == plain[-1]), None)


def _quote_towns(plain: Sequence[str], quote: str) -> frozenset[str]:
    """The towns a title's sentence names within ``quote_window`` words after the title's last word, read from the
    first place the sentence writes that word after the title's first; none when the sentence does not write them."""
    said = _LIST_WORD.findall(quote)
    end = _title_end_in(plain, said)
    if end is None:
        return frozenset()
    return title_towns(said[end + 1:end + 1 + int(_table()["quote_window"])])


def _apposed_town(plain: Sequence[str], quote: str) -> frozenset[str]:
    """The town a title's sentence names in apposition to the place noun the title ends on ("fighting in and around the
    Libyan capital" / "... the Libyan capital, Tripoli."): the name right after that noun and a comma."""
    said = _LIST_WORD.findall(quote)
    end = _title_end_in(plain, said)
    if end is None or end + 2 >= len(said) or said[end + 1] != ",":
        return frozenset()
    name, _ = _run(said, end + 2)
    return frozenset() if name is None else frozenset({name})


def _capital_town(plain: Sequence[str], quote: str) -> frozenset[str]:
    """places3: the one town an air title's own sentence names after the title, for a title ending on a noun of
    ``capital_nouns`` ("NATO aircraft launched more than a dozen strikes on the Libyan capital" / "... early Tuesday,
    and smoke could be seen rising from the area near ... Gadhafi's Bab-al-Azizia compound in Tripoli."): the capital
    struck is the town its sentence goes on to tell of; none when the rest names none or two towns."""
    said = _LIST_WORD.findall(quote)
    end = _title_end_in(plain, said)
    if end is None:
        return frozenset()
    towns = title_places(said[end + 1:]).towns
    return towns if len(towns) == 1 else frozenset()


# twins67: a sentence's words and the marks that end a clause (derivations.yaml clause_towns ``breaks``)
_CLAUSE_WORD = re.compile(r"[^\W_][\w'\u2019.-]*+|[,;:()]|--|[\u2013\u2014]")


@cache
def _clause_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["clause_towns"][name])


def clause_towns(plain: Sequence[str], sentences: Sequence[str]) -> frozenset[str]:
    """twins67: the towns an entry's sentences name in the clause of the title's violence word, for a title naming no
    place ("A carefully orchestrated uprising was launched to coincide with the advance of rebel troops on three
    fronts" / "... the nascent uprising reported in Tripoli on Saturday night ..."): in each sentence, the words after
    a ground or air word the title tells (not in passing nor planned) up to a clause break (derivations.yaml
    clause_towns ``breaks``) and at most town_battles ``quote_window`` words, read as a title (title_places), or, when
    they name none, the clause a "with" phrase holding the word hangs on ("the fall of Tripoli came quickly, with a
    carefully orchestrated uprising launched ...": _absolute_host_towns); a word after a word of town_battles
    ``passing`` in its clause ("since the uprising in Benghazi") names none. The sentences naming a town must all
    name the same ones, and be at least half of those telling the word; none when they differ, are fewer ("Western-led
    air strikes began", told by 27 sentences of which one names Benghazi) or none names one."""
    end = next((i for i, w in enumerate(plain) if w in _words("passing")), len(plain))
    violence = _words("ground") | _words("air")
    told = {w for i, w in enumerate(plain[:end]) if w in violence and not _planned(plain, i)}
    if not told:
        return frozenset()
    window = int(_table()["quote_window"])
    found: list[frozenset[str]] = []
    tellers = 0  # the sentences that tell one of the title's violence words
    for sentence in sentences:
        said = _CLAUSE_WORD.findall(sentence)
        towns: set[str] = set()
        telling = False
        for j, word in enumerate(said):
            if _plain(word) not in told or _passed(said, j):
                continue
            telling = True
            k = j + 1
            while k < len(said) and k <= j + window and not _clause_break(said[k]):
                k += 1
            named = title_places(said[j + 1:k]).towns
            towns |= named or _absolute_host_towns(said, j)
        tellers += telling
        if towns:
            found.append(frozenset(towns))
    if len(set(found)) != 1 or 2 * len(found) < tellers:
        return frozenset()  # two towns, or a town few of the sentences telling the word name (a campaign's)
    return found[0]


def _absolute_host_towns(said: Sequence[str], j: int) -> frozenset[str]:
    """The towns named by the clause that a "with" phrase holding the violence word at `j` hangs on, the clause just
    before its comma (clause_towns ``absolutes``): "the fall of Tripoli came quickly, with a carefully orchestrated
    uprising launched on Saturday night" (a town after a word of ``of_nouns`` and "of" or "for", or as a title names
    one); none when the word's own clause opens otherwise ("In the Nafusa mountains, rebels launched an offensive")."""
    start = j
    while start > 0 and not _clause_break(said[start - 1]):
        start -= 1
    if start < 2 or said[start - 1] != "," or _plain(said[start]) not in _clause_words("absolutes"):
        return frozenset()
    host = start - 1
    while host > 0 and not _clause_break(said[host - 1]):
        host -= 1
    words = said[host:start - 1]
    found = set(title_places(words).towns)
    for i in range(len(words) - 2):
        if _plain(words[i]) in _clause_words("of_nouns") and _plain(words[i + 1]) in _clause_words("of_links"):
            name, _ = _run(words, i + 2)
            if name is not None:
                found.add(name)
    return frozenset(found)


def _clause_break(word: str) -> bool:
    """Whether a sentence's word ends a clause (clause_towns ``breaks``: a comma, "and", "which", "when" ...)."""
    return word.lower() in _clause_words("breaks") or _plain(word) in _clause_words("breaks")


def _passed(said: Sequence[str], j: int) -> bool:
    """Whether the violence word at `j` is told in passing: a word of town_battles ``passing`` within clause_towns
    ``look_back`` words before it in its clause ("since the uprising", "after the fighting")."""
    for k in range(j - 1, max(-1, j - 1 - int(derivations()["clause_towns"]["look_back"])), -1):
        if _plain(said[k]) in _words("passing"):
            return True
        if _clause_break(said[k]):
            return False
    return False


@cache
def _raid_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["raid_sounds"][name])


def title_raid(title: str, quote: str = "") -> Battle | None:
    """twins47: the air raid on a town a title tells by its sound (SOUND: "Explosions rocked Tripoli", explosions of
    ``raid_sounds.sounds`` and no word of a bomb planted, a gunman or a ground fight in its sentence) or as a bombing
    by an air doer (AIR: "Tripoli was being bombed by NATO warplanes"); None otherwise, or when it names no town but
    a country ("NATO began bombing Libya"), or tells a plan or a reaction (town_battles ``blockers``), or the raid in
    passing."""
    words = _LIST_WORD.findall(title)
    plain = [_plain(w) for w in words if w != ","]
    if not plain or any(w in _words("blockers") for w in plain):
        return None
    told = plain[:next((i for i, w in enumerate(plain) if w in _words("passing")), len(plain))]
    if any(w in _raid_words("not_raids") for w in plain):
        return None
    if any(w in _raid_words("bombings") for w in told) and any(w in _words("air_doers") for w in plain):
        kind = AIR
    elif any(w in _raid_words("sounds") for w in told) \
            and not {_plain(w) for w in _LIST_WORD.findall(quote)} & _raid_words("not_raids"):
        kind = SOUND
    else:
        return None
    places = title_places(words)
    towns = set(places.towns) | _raid_towns(words)
    if not towns and not places.other and quote:
        towns = _quote_towns(plain, quote) or (_apposed_name(plain, quote) if plain[-1] in _words("place_nouns")
                                               else frozenset())
    return Battle(kind, frozenset(towns)) if towns else None


def _apposed_name(plain: Sequence[str], quote: str) -> frozenset[str]:
    """_apposed_town when the name stands alone between commas or ends the sentence ("rocked the Libyan capital,
    Tripoli, early Sunday"); none when words go on after it ("the Libyan capital, CNN journalists reported")."""
    said = _LIST_WORD.findall(quote)
    end = _title_end_in(plain, said)
    if end is None or end + 2 >= len(said) or said[end + 1] != ",":
        return frozenset()
    name, j = _run(said, end + 2)
    return frozenset({name}) if name is not None and (j >= len(said) or said[j] == ",") else frozenset()


def _raid_towns(words: Sequence[str]) -> set[str]:
    """The towns a raid's title names after a verb or a preposition of ``raid_sounds`` ("rocked Tripoli", "in the skies
    above Tripoli"), and the town opening it before such a verb or a passive ("Tripoli shook", "Tripoli was bombed")."""
    found: set[str] = set()
    after = _raid_words("verbs") | _raid_words("places") | _raid_words("bombings")
    skipped = _words("skipped") | _words("place_nouns")
    for i, word in enumerate(words[:-1]):
        if _plain(word) not in after:
            continue
        k = i + 1
        while k < len(words) and _plain(words[k]) in skipped:
            k += 1
        name, _ = _run(words, k)
        if name is not None:
            found.add(name)
    name, end = _run(words, 0)
    if name is not None and end < len(words) and not {_plain(w) for w in words[:end]} & _raid_words("sounds") \
            and _plain(words[end]) in _raid_words("verbs") | {"was", "were", "is"}:
        found.add(name)
    return found


@cache
def _gun_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["ground_sounds"][name])


def title_gunfire(title: str) -> Battle | None:
    """twins65: the ground battle of a town a title tells by its sound, gunfire heard over it (derivations.yaml
    ``ground_sounds``: "Explosions and gunfire rattled Tripoli", "Heavy sustained gunfire rang out in the Libyan
    capital of Tripoli"): a word of ``guns`` as the subject of a verb of ``verbs`` after it, and a town named after
    that verb; None when the title tells gunfire of a celebration, at a crowd or into the air (``not_fights``), a
    gunman's or a bomb's (town_battles ``incidents`` other than raid_sounds ``sounds``), a plan or a reaction
    (``blockers``), or the gunfire in passing."""
    words = _LIST_WORD.findall(title)
    plain = [_plain(w) for w in words]
    if any(w in _words("blockers") or w in _gun_words("not_fights") for w in plain):
        return None
    if any(w in _words("incidents") and w not in _raid_words("sounds") for w in plain):
        return None
    told = plain[:next((i for i, w in enumerate(plain) if w in _words("passing")), len(plain))]
    gun = next((i for i, w in enumerate(told) if w in _gun_words("guns")), None)
    if gun is None:
        return None
    verb = next((i for i in range(gun + 1, len(told)) if told[i] in _gun_words("verbs")), None)
    if verb is None:
        return None
    after = words[verb:]
    towns = title_places(after).towns | _raid_towns(after)
    return Battle(GROUND, frozenset(towns)) if towns else None


def _agree(a: Battle, b: Battle) -> bool:
    return bool(a.towns & b.towns) and (a.kind == b.kind or GENERIC in (a.kind, b.kind))


def battle_groups(told: Sequence[tuple[int, Battle]]) -> list[list[int]]:
    """The clusters of one day that tell one battle: titles of a class join the first group of that class whose every
    member shares a town with them; then a generic title joins the one group it agrees with (none when several).
    Groups of more than one, each in cluster order."""
    groups: list[list[tuple[int, Battle]]] = []
    for ci, battle in told:
        if battle.kind in (GENERIC, SOUND):
            continue
        group = next((g for g in groups if all(_agree(battle, other) for _, other in g)), None)
        (groups.append([(ci, battle)]) if group is None else group.append((ci, battle)))
    for ci, battle in told:
        if battle.kind != GENERIC:
            continue
        fits = [g for g in groups if any(_agree(battle, other) for _, other in g)]
        if any(other.kind not in _words("generic_joins") for g in fits for _, other in g):
            continue  # an air raid's casualties and a ground assault's are not told apart
        if len(fits) == 1 and all(battle.towns & other.towns for _, other in fits[0]):
            fits[0].append((ci, battle))
    for ci, battle in told:
        if battle.kind != SOUND:
            continue  # a raid's sound joins the one air raid of its day and town (title_raid), none beside a ground fight
        fits = [g for g in groups if any(battle.towns & other.towns for _, other in g)]
        if len(fits) == 1 and all(other.kind == AIR and battle.towns & other.towns for _, other in fits[0]):
            fits[0].append((ci, battle))
    return [sorted(ci for ci, _ in g) for g in groups if len(g) > 1]


def join_town_battles(clusters: Sequence[Cluster]) -> None:
    """Join the finished day clusters whose titles tell one battle of one day and town (battle_groups); the later
    clusters move into the first."""
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters are the same)
    listed = days_of((ci, c, when) for ci, c, when in dated_clusters(clusters) if precision(when[0]) == 1)
    by_day("town_battles", {day: listed[day] for day in sorted(listed)}, _join_battle_day)


def _join_battle_day(day: Day, move: Callable[[int, int], None], _read: object) -> None:
    """join_town_battles on one day's clusters (`move(i, j)`: the day's cluster i into its cluster j). A month's or a
    year's entry sums up several days' fighting: only day entries are given."""
    found: list[tuple[int, Battle]] = []
    for ci, (c, when) in enumerate(day):
        title = wording_title(c.members, when)
        quote = next((m.event.source.quote for m in c.members if m.event.title == title), "")
        sentences = sorted({m.event.source.quote for m in c.members})  # (twins67: clause_towns)
        bare = next((m.event.bare_town for m in c.members if m.event.title == title), "")  # (twins70: bare_towns)
        battle = title_battle(title, quote, sentences, bare) or title_raid(title, quote) or title_gunfire(title)
        if battle is not None:
            found.append((ci, battle))
    for group in battle_groups(found):
        for cj in group[1:]:
            if day[cj][0].members and day[group[0]][0].members:
                move(cj, group[0])
