"""Merging, joins: join finished clusters that tell one happening, which greedy clustering left apart.

Run after clustering has placed every event (undated mentions, weeks and times of day included), by the titles
and dates the clusters now have:

- join_one_happening: clusters that tell one happening of one participant: the same family of happening in the
  clauses their titles come from, on compatible dates, and the same participant named before the happening word
  ("Michael Jackson died" / "Jackson's death"), where a role noun or pronoun ("The singer died", "He was
  pronounced dead") stands for its article's main names. A happening one undergoes once (derivations.yaml
  ``once``: die, explode, uprising, ...) needs no more; others need one title to say no more than the other. A
  coarser date joins the largest finer entry only; a title naming no participant ("An explosion, 50 miles off
  the coast") joins the one cluster of its day that names one.
- join_day_stories: clusters of one day whose titles tell one story, a kind of happening told in words of different
  kinds (``stories``: "X testified" / "X told the court"), a happening one undergoes once or the beginning of one kind
  of happening, naming no one the other does not ("BP put in a temporary cap" / "The cap was fully locked down";
  "NATO began bombing Libya" / "The airstrikes started"), or one gathering told by what was said or done there, at
  one venue (gatherings: "Van Rompuy told the meeting" / "Sarkozy's comments came at the end of the meeting").
- join_coarse_tellings: a month, year or day entry whose sentences date a happening of the once kind ("denies giving
  the singer drugs which led to his death in June 2009", "failing to prevent the 20 April explosion", "began on 20
  April when the rig exploded") joins the day's entry that tells that happening of that participant.
- join_coarse_stories: a month or year entry whose title tells a kind of ``stories`` ("Resolution was adopted",
  February 2011) joins the month's dominant day entry of that kind whose names agree.
- join_same_titles: clusters of one date with the same normalised title.
- join_shared_sentences: clusters of one day told by one sentence ("Work on the first relief well started" / "Begun,
  was about 190ft"), unless their titles name different doers.
- join_owned_reports: clusters of one day whose titles tell one named owner's report ("A report by BP's
  investigation team takes ..." / "A report was released by BP").
- join_definite_instruments: a day entry doing its happening by a thing it names with "the" ("BP began funnelling
  the oil using the tube") joins the one entry of its day and doer that introduces it ("BP inserted a tube").
- join_day_participants: clusters of one day whose titles tell one family of ``participant_happenings`` (a ship's
  transit, a bombing) or one verb no family names, and share a rare participant, a word few events of the corpus
  carry that is neither their verb nor their doer ("Two U.S. warships were passing through the Suez Canal" / "Two
  amphibious assault ships entered the canal"), unless their doers differ.
- join_statement_contents: a day entry telling a statement and nothing of what it said ("Statement posted by the
  Russian Foreign Ministry") joins the one entry of its day telling what its doer said ("The Russian Foreign Ministry
  said that ...").
- join_appearances: day entries whose titles tell one named speaker's saying or appearance and whose sentences
  share rare words, naming no two media ("Muammar Gaddafi said he was still in Libya ..." / "The voice of Muammar
  Gaddafi boomed out from his hiding place").
- join_article_retellings: day entries one article tells on that day whose titles tell one doing by one verb and share
  another rare word ("Coalition missiles heavily damaged a building" / "A building was damaged in a coalition air
  strike"), names agreeing.
- join_when_clauses: a day entry whose sentence tells another entry's doing of its day in a clause of ``when_words``
  (its verb, a rare word and every name of its title: "The speech was recorded earlier Tuesday when Gadhafi
  addressed a youth group" / "Gadhafi addressed a tribal group of youthful supporters"), one such entry only.
- join_year_incidents: clusters of one year whose titles tell one incident (``incidents``: a leak, an explosion, a
  grounding) of one thing, an uncommon word of both titles ("BP suffered a pipeline leak in Alaska" / "There was the
  Alaskan pipeline spill"), with each title's names known to the other's sources; a past year's coup or first
  meeting, or a past month's emergence, by a shared name (``participant_incidents``: "Gadhafi seized control" /
  "Gadhafi took power in a coup", 1969).
- join_onsets: a day entry telling a generic onset and nothing more ("The crisis began", "The well ruptured") joins the
  day's entry most articles tell, when it tells a disaster's happening ("The Deepwater Horizon rig exploded").
- join_past_falls: a past year's fall of a ruler or his capital ("Saddam Hussein was overthrown", "Baghdad fell") joins
  the one entry of its date whose sentences tell the fall of a name it writes (the invasion that "toppled Saddam
  Hussein", 2003; ``past_falls``).
- join_empty_frames: an entry whose title is an empty frame ("It was announced", "A deal was reached", "First
  released") joins the one entry of its date of a kind it fits that shares its article or a rare word of its sentence.

The lexical tables (once, stories, one_a_day, participant_happenings, incidents, aspect, when_words, offset_words,
determiners, modified, roles) live in
derivations.yaml beside this module, with examples of entries joined and kept apart (examples.entries,
examples.participants).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple, TypeVar

from timeline.dates import BOUND_MODS, compatible, precision, same_date
from timeline.events.lexicon import event_classes, lexicon
from timeline.events.lexicon import rules as events_rules
from timeline.merge.clustering import REPRESENTATIVES, Cluster
from timeline.merge.kept_days import Day, KeyTest, by_day, by_day_groups, days_of
from timeline.merge.entries import WRITTEN_YEAR, choose_date, wording_title
from timeline.merge.gatherings import GATHERING, article_venues, first_gathering, member_venues, told_with_parties
from timeline.merge.similarity import (YEAR_FIGURE, Item, Similarity, change_targets, derivations, different_change_targets,
                                       different_doers, different_named_doers, doers, family_heads, key_form, participants, phrase_at, phrase_forms,
                                       phrase_keys, phrase_stems, phrase_tails, plain_verbs, title_forms,
                                       title_word_key, title_words, word_stems)
from timeline.merge.title_choice import statement_doer, statement_phrase_at

T = TypeVar("T")  # what a same-day join reads of a cluster (_join_day_groups)
ONCE_PROBES = 64  # clusters read per (happening, date) when joining one participant's happening
BARE_OPENING = 2  # a title naming no participant tells its happening when one of its first words names it
DOMINANT_SHARE = 0.5  # how large another named happening of the day may be beside the one a bare mention joins
MAIN_NAME_SHARE = 0.5  # a name in at least this share of the top name's events of an article is one of its main names
# a capitalised word inside a sentence: a name; also an acronym given in brackets after one ("the World Health
# Organization (WHO)"), which the article's other titles use for it
_CAPITALISED = re.compile(r"(?:(?<=[\w,;)] )|(?<=[\w,;)] \())[A-Z][\w'\u2019.-]*+")


# name sets kept built (NameSets): the joins read an article's names once per member of each cluster they compare
NAME_SET_MEMO = 1 << 10


class NameSets:
    """A set of names for each article, held as a sorted tuple (a frozenset of an article's ~40 names is ~2 KB, a
    tuple of them ~0.4 KB, and every article's are held through the joins, the merge's peak of memory) and read as
    a set through a bounded memo (a memo, not a record: the set it gives is equal either way)."""

    __slots__ = ("_held", "_every")

    def __init__(self, sets: dict[str, frozenset[str]]) -> None:
        self._held = {article: tuple(sorted(names)) for article, names in sets.items()}
        self._every: frozenset[str] | None = None

    def get(self, article: str, default: frozenset[str]) -> frozenset[str]:
        held = self._held.get(article)
        return default if held is None else _name_set(held)

    def __getitem__(self, article: str) -> frozenset[str]:
        return _name_set(self._held[article])

    def every_name(self) -> frozenset[str]:
        """The names any article writes: made once (the sets never change), as the joins ask for it once per
        cluster they read (year incidents: a pass over every article's names each time grew with the square)."""
        if self._every is None:
            self._every = frozenset(name for names in self._held.values() for name in names)
        return self._every


@lru_cache(maxsize=NAME_SET_MEMO)
def _name_set(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(names)


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """The names each article writes (keys of words it capitalises inside its sentences) and its main names (the
    ones most of its events name: "jackson", "michael"), which a title's role noun or pronoun stands for when the
    title names nobody ("The singer died", "He was pronounced dead")."""

    proper: NameSets
    main: NameSets
    # (article, day) -> the one venue the article gives its gatherings of that day and its undated ones (gatherings)
    venues: Mapping[tuple[str, str], frozenset[str]] = field(default_factory=dict)


def article_names(items: Iterable[Item]) -> ArticleNames:
    """The names of every article of the items (ArticleNames): every event of an article, undated mentions too, tells
    whom it is about. The same for each join of one merge: the merge reads them once and hands them to each."""
    written: dict[str, set[str]] = defaultdict(set)
    by_article: dict[str, list[Item]] = defaultdict(list)
    quotes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in items:
        by_article[item.event.article].append(item)
        # a gathering's venue is its day's: an article may recall last month's conference elsewhere
        quotes[(item.event.article, item.event.date if len(item.event.date) == len("yyyy-mm-dd") else "")].add(
            item.event.source.quote)
        for word in _CAPITALISED.findall(f"{item.event.source.quote} {item.event.title}"):
            written[item.event.article].add(title_word_key(word))
    proper: dict[str, frozenset[str]] = {}
    main: dict[str, frozenset[str]] = {}
    for article, members in by_article.items():
        names = frozenset(written[article]) - family_heads()
        proper[article] = names
        counts = Counter(k for m in members for k in m.keys & names)
        top = max(counts.values(), default=0)
        # one named event tells nothing of what the article is about
        main[article] = frozenset(k for k, c in counts.items() if c >= max(2, MAIN_NAME_SHARE * top))
    days: dict[str, set[str]] = defaultdict(set)
    for article, day in quotes:
        days[article].add(day)
    venues = {(article, day): venue for article, told in days.items() for day in told if day
              if (venue := article_venues(sorted(quotes[(article, day)] | quotes.get((article, ""), set()))))}
    return ArticleNames(NameSets(proper), NameSets(main), venues)


def _main_happening(item: Item) -> frozenset[str]:
    """What the event's own clause says happened: its trigger's family, or for a title of a few words that
    names a happening beside its trigger ("Their father died" in "... spoke of how their father died") that one."""
    if item.trigger in _aspect_families():
        # "The protests began", "The uprising started", "He was pronounced dead": the happening the title names
        return item.happening
    if item.trigger in family_heads():
        return frozenset({item.trigger})
    told = _trigger_phrase_family(item)
    if told:
        return told
    return item.happening if len(item.title_form) <= 3 else frozenset()


def _trigger_phrase_family(item: Item) -> frozenset[str]:
    """The family of a phrase (derivations.yaml ``phrases``) that the event's trigger opens in its title: the
    happening its own clause tells, as a one-word trigger's family is ("Tony Hayward succeeded Lord Browne as chief
    executive": "succeeded" opens a taking of office; "Mubarak stepped down": a resignation), for the families of
    derivations.yaml ``trigger_phrases`` (a person takes office or resigns once; a town "has risen up twice")."""
    words = title_words(item.event.title)
    for word, form in zip(words, title_forms(item.event.title)):
        if form != item.trigger and form in item.happening and form in _lexical_set("trigger_phrases") \
                and title_word_key(word) == item.trigger:
            return frozenset({form})
    return frozenset()


@cache
def _aspect_families() -> frozenset[str]:
    return frozenset(key_form(str(w)) for w in derivations()["aspect"])


_PARTICIPANT_WORDS = 3  # words before a happening ("Michael Jackson died") or after its "of" that name its participant


def _happening_phrase(item: Item) -> list[str] | None:
    """The words of the title that name who or what underwent its happening: the few words just before the first
    word of its happening ("Michael Jackson died", "Jackson's death", "The singer died") and, after a noun, those
    after its "of" ("the death of pop singer Michael Jackson"). None when the title tells no happening of its own.
    """
    words = title_words(item.event.title)
    forms = phrase_forms(words)
    happening = _main_happening(item)
    at = next((i for i, f in enumerate(forms) if f in happening), None)
    if at is None:
        return None
    # "Rebels began a revolt against Muammar Gaddafi": the target follows the happening's last word
    last = max(i for i, f in enumerate(forms) if f in happening)
    if last != at and not (at + 1 < len(words) and words[at + 1].lower() in _modifier_words()):
        target = _target_phrase(words, forms, last)
        if target:
            return target
    return _participant_phrase(words, forms, at, item.keys)


def _participant_phrase(words: Sequence[str], forms: Sequence[str], at: int, keys: frozenset[str]) -> list[str] | None:
    """The words around the happening word words[at] that name who or what underwent it (_happening_phrase); None
    when the happening word qualifies another noun ("the death toll rose")."""
    if at + 1 < len(words) and words[at + 1].lower() in _modifier_words():
        return None  # "the death toll rose": the happening word qualifies another noun, which is what happened
    target = _target_phrase(words, forms, at)
    if target:
        return target
    roles, pointers, determiners = _role_words(), _pronouns(), _lexical_set("determiners")
    heads = family_heads()
    phrase: list[str] = []
    start = at
    # "He was pronounced dead": the participant stands before the stating verb and its auxiliaries, a future's too
    # ("The singer will be buried on Thursday": the singer; a denial, "will not resign", names no one)
    while start > 0 and (forms[start - 1] in _aspect_families() and forms[start - 1] not in heads
                         or words[start - 1].lower() in lexicon().auxiliaries
                         or words[start - 1].lower() in lexicon().future_auxiliaries
                         or words[start - 1].lower() == "be"):
        start -= 1
    for i in range(start - 1, max(-1, start - 1 - _PARTICIPANT_WORDS), -1):
        word = words[i]
        # a name, a role noun, a pronoun or a content word of the event ("rig", "girl"); not another happening
        if word.lower() in determiners or word.endswith((",", ";", ":")) or forms[i] in heads or not (
                word[:1].isupper() or forms[i] in roles or word.lower() in pointers or forms[i] in keys):
            break
        if _qualifies_role(words, i, phrase):
            break  # "The Thriller star died": the name says which star, the role noun stands for the main name
        phrase.insert(0, forms[i] if word.lower() not in pointers else word.lower())
        if word.lower() in pointers:
            break
    if at + 1 < len(words) and words[at + 1].lower() == "of":
        for i in range(at + 2, min(len(words), at + 2 + _PARTICIPANT_WORDS + 1)):
            if words[i].lower() in determiners and i == at + 2:
                continue
            if not (words[i][:1].isupper() or forms[i] in roles or words[i].lower() in pointers):
                break
            phrase.append(forms[i] if words[i].lower() not in pointers else words[i].lower())
    return phrase


def _qualifies_role(words: Sequence[str], i: int, phrase: Sequence[str]) -> bool:
    """Whether the title's word i is a capitalised word that qualifies the role noun just after it, the phrase's
    only word so far, after a determiner ("The Thriller star died", "the Libyan leader"): what the role is known for,
    not another participant, so the role noun still stands for its article's main name. A possessive is someone
    else ("Gaddafi's son died"), and a name after the role is the participant ("the singer Michael Jackson")."""
    return len(phrase) == 1 and phrase[0] in _role_words() and words[i][:1].isupper() \
        and not words[i].lower().endswith(("'s", "\u2019s", "'", "\u2019")) \
        and i > 0 and words[i - 1].lower() in _lexical_set("determiners")


TARGET_GAP = 2  # words of a happening's phrase between it and the word naming its target ("rose up | against")


def _target_phrase(words: Sequence[str], forms: Sequence[str], at: int) -> list[str]:
    """The names after one of derivations.yaml ``target_words`` just after the happening word ("Protests against
    Muammar Gaddafi's rule began", "Rebels began a revolt against Muammar Gaddafi", "Libyans rose up against
    Gaddafi"): whom the happening was against names it, whoever rose; empty when no name follows."""
    targets = _lexical_set("target_words")
    for i in range(at + 1, min(len(words), at + 1 + TARGET_GAP)):
        if words[i].lower() in targets:
            phrase: list[str] = []
            # "against the 68-year-old Gadhafi": a few words may stand before the name, none after it
            for j in range(i + 1, min(len(words), i + 1 + _PARTICIPANT_WORDS)):
                if words[j][:1].isupper():
                    phrase.append(forms[j])
                elif phrase:
                    break
            return phrase
    return []


_NAMED, _RESOLVED, _THING, _BARE = "named", "resolved", "thing", "bare"


class _Who(NamedTuple):
    """Who or what underwent a title's happening (_participants)."""

    words: frozenset[str]  # the keys of the phrase that names it, or the article's main names a role noun stands for
    kind: str  # _NAMED, _RESOLVED, _THING, _BARE, or "" for a title that tells no happening of its own
    names: frozenset[str] = frozenset()  # the names among `words` (_NAMED); those the title gives (_BARE)
    known: frozenset[str] = frozenset()  # for _RESOLVED, the names its article writes ("Tony" beside "Hayward")


def _participants(item: Item, names: ArticleNames) -> _Who:
    """Who or what underwent the title's happening (_happening_phrase), and how the title says it: the names the
    phrase gives (_NAMED); for a role noun or a pronoun ("The singer died", "He died") the article's main names
    (_RESOLVED); the other words of the phrase ("The rig exploded": _THING); nothing before or after the happening
    ("An explosion, 50 miles off the coast": _BARE)."""
    return _participants_of(_happening_phrase(item), item, names)


def _participants_of(phrase: list[str] | None, item: Item, names: ArticleNames) -> _Who:
    """_participants, for the words `phrase` that name who underwent a happening of the event's sentence."""
    if phrase is None:
        return _Who(frozenset(), "")
    proper = names.proper.get(item.event.article, frozenset())
    # a name the title gives is the participant even where the sentence said it by a role the title names ("the
    # singer, who died of a heart attack" titled "Michael Jackson died of a heart attack"): the sentence's keys
    # hold the role, not the name
    named = frozenset(phrase) & proper
    if named:
        # with its other words: "Deepwater Horizon rig"
        return _Who(frozenset(phrase) & (item.keys | named), _NAMED, named)
    if any(w in _role_words() or w in _pronouns() for w in phrase):
        # a name the title gives elsewhere is someone else ("Dr Murray is accused of causing the 50-year-old's death")
        return _Who(names.main.get(item.event.article, frozenset()) - (item.head & proper), _RESOLVED,
                    known=proper)
    things = frozenset(phrase) & item.keys
    if things:
        return _Who(things, _THING)
    # a title that opens with the happening ("An explosion, 50 miles off the coast"); further in, the happening is
    # likely told in passing ("41 countries had reported 85 deaths")
    if not _opens_with_happening(item):
        return _Who(frozenset(), "")
    return _Who(frozenset(), _BARE, item.head & proper)  # the names it gives elsewhere: "off the coast of Louisiana"


def _opens_with_happening(item: Item) -> bool:
    forms = title_forms(item.event.title)
    return any(f in _main_happening(item) for f in forms[:BARE_OPENING])


def _same_participant_happening(a: Item, b: Item, who_a: _Who, who_b: _Who, bare_joins: bool) -> bool:
    """Two events, on compatible dates, whose own clauses tell one happening of one participant: the same family
    of happening, and titles naming the same participant with no other name on both sides ("Michael Jackson died
    aged 50" / "Jackson's death"; a role noun or pronoun counts as its article's main name: "The singer died").
    For a happening one undergoes once ("once" in derivations.yaml) that is enough; for the others one title
    must say no more than the other ("Uprising began" / "Rebels began a revolt"). A title that names no participant
    ("An explosion, 50 miles off the coast") joins only on the same day, a happening of the once kind, and a day
    into the one cluster of the day that names it (`bare_joins`, see _plain_days)."""
    if not compatible(a.when, b.when):
        return False
    shared = _main_happening(a) & _main_happening(b)
    if not shared:
        return False
    if len(a.title_form) >= 2 and a.title_form == b.title_form and shared & _once_families() \
            and not who_a.names and not who_b.names:
        return True  # one wording that names nobody ("The uprising began" in February and on the 15th)
    if _BARE in (who_a.kind, who_b.kind):
        # a bare mention joins the title that names the participant on that day, and only when the other sentence
        # names every name it gives ("An explosion destroyed a warehouse in Hull" is not "A gas main exploded in
        # Leeds"); two bare mentions join on a day no title names a participant of it, when they tell exactly the
        # same happening and give no name ("The protests began" / "The uprising began")
        if who_a.kind == who_b.kind:
            return bare_joins and same_date(a.when, b.when) and a.day and bool(shared & _once_families()) \
                and not who_a.names and not who_b.names and _main_happening(a) == _main_happening(b)
        bare, told = (who_a, b) if who_a.kind == _BARE else (who_b, a)
        return bare_joins and same_date(a.when, b.when) and a.day \
            and bool(shared & _once_families()) and bare.names <= told.keys
    if not _agree(who_a, who_b):
        return False
    if shared & _once_families():
        # a thing ("the rig", "anti-government protesters") is weaker evidence than a name: it joins the title of a
        # name that holds it ("The Deepwater Horizon rig") on the same day only, and another thing as below
        if _THING not in (who_a.kind, who_b.kind) or who_a.kind != who_b.kind and same_date(a.when, b.when):
            return True
    roles = _role_words()
    rest_a, rest_b = a.head - shared - who_a.words - roles, b.head - shared - who_b.words - roles
    return rest_a <= b.head or rest_b <= a.head


def _agree(a: _Who, b: _Who) -> bool:
    """Whether two titles' participants (_participants) can be one: shared, and no one named on both sides that
    the other does not name ("Gaddafi's forces attacked Misrata" / "... Zawiya"); a role noun stands for the
    article's main names, so the other title must name no one else."""
    if (a.kind == _RESOLVED) != (b.kind == _RESOLVED):
        resolved, named = (a, b) if a.kind == _RESOLVED else (b, a)
        # a full name of whom the pronoun's article is about ("Tony Hayward" / "He", in an article about Hayward
        # that writes "Tony" too)
        return bool(named.names) and (named.names <= resolved.words
                                      or bool(named.names & resolved.words) and named.names <= resolved.known)
    if not a.words & b.words:
        return False
    if a.kind == _RESOLVED:
        return True
    if a.kind != b.kind:
        # "The rig exploded" / "The Deepwater Horizon rig exploded": the thing is the named one's
        return a.words <= b.words if a.kind == _THING else b.words <= a.words
    return not (a.words - b.words and b.words - a.words)


@cache
def _once_families() -> frozenset[str]:
    return frozenset(derivations()["once"])


@cache
def _modifier_words() -> frozenset[str]:
    return _lexical_set("modified")


@cache
def _lexical_set(table: str) -> frozenset[str]:
    """A list of words of derivations.yaml, lower-cased as written."""
    return frozenset(str(w).lower() for w in derivations()[table])


@cache
def _pronouns() -> frozenset[str]:
    """The pronouns a title may name its participant by (the event stage's table, events.yaml)."""
    lex = lexicon()
    return lex.person_pronouns | lex.thing_pronouns | lex.group_pronouns


@cache
def _role_words() -> frozenset[str]:
    return frozenset(key_form(str(w)) for w in derivations()["roles"])


def _dates_agree(a: Cluster, b: Cluster) -> bool:
    """Whether the two clusters' dates agree and every dated member of the coarser one agrees with the finer date
    (its own conflicts aside), so that joining them keeps the finer date rather than widening the entry to a year
    ("Jackson died" on 25 June, not "in 2009")."""
    when_a, when_b = choose_date(a.members), choose_date(b.members)
    if when_a == when_b:
        return True
    finer, coarser = (a, b) if precision(when_a[0]) < precision(when_b[0]) else (b, a)
    finer_when = when_a if finer is a else when_b
    if not compatible(when_a, when_b):
        return False
    dated = [m for m in coarser.members if m.when[0]]
    dissent = sum(1 for m in dated if not compatible(finer_when, m.when))
    return not dissent or _lone_dissent(dissent, len(dated), finer)


DISSENT_MEMBERS = 1  # members of the coarser entry that may give another date than the finer entry's, at most
DISSENT_SHARE = 0.25  # and at most this share of its dated members


def _lone_dissent(dissent: int, dated: int, finer: Cluster) -> bool:
    """Whether the members of a coarser entry that date it otherwise than the finer entry (`dissent` of its `dated`
    members) are a lone misreading the rest outvote: one member ("12 April" among "last month", "April" and "last
    April" that tell the rig's explosion of 20 April) of at least 1 / DISSENT_SHARE, and the finer entry told by more
    members than the coarser one. The coarser entry's own date already set that member aside (entries.choose_date);
    joined, it stays a conflict of the finer date. Two dissenters, or one of three, keep the entries apart: the other
    day may be the happening's."""
    return dissent <= DISSENT_MEMBERS and dissent <= DISSENT_SHARE * dated \
        and sum(1 for m in finer.members if m.when[0]) > dated


def _plain_days(probes: dict[int, list[Item]], who: dict[int, _Who],
                clusters: Sequence[Cluster]) -> dict[tuple[str, ...], int]:
    """(day, happening) -> the cluster that a title naming no participant ("An explosion, 50 miles off the coast")
    tells of on that day: the largest cluster whose title names one, when every cluster naming another is at most
    DOMINANT_SHARE of its size (a garbled "Hours explosion" does not make the day ambiguous; two deaths do) and no
    bare cluster is larger ("The protests began" in 23 sources is not "Mass protests planned in Bahrain"). A day
    where no title names a participant of the happening is not listed: bare mentions there may join each other.
    A day listed with -1 is ambiguous: titles name different participants."""
    told: dict[tuple[str, ...], dict[int, _Who]] = defaultdict(dict)
    for ci, members in probes.items():
        for m in members:
            # a cluster dated more coarsely than the day ("exploded and sank" in April) is not the day's happening
            if m.day and who[id(m)].kind != _BARE and choose_date(clusters[ci].members) == m.when:
                told[(m.when[0], *sorted(_main_happening(m)))].setdefault(ci, who[id(m)])
    largest_bare: dict[str, int] = defaultdict(int)  # day -> the size of its largest cluster titled without a name
    for ci, members in probes.items():
        for m in members:
            if who[id(m)].kind == _BARE:
                largest_bare[m.when[0]] = max(largest_bare[m.when[0]], len(clusters[ci].members))
    plain: dict[tuple[str, ...], int] = {}
    for key, said in told.items():
        top = min(said, key=lambda ci: (-len(clusters[ci].members), ci))
        size = len(clusters[top].members)
        # the day's story told without a name may be larger: then a small named cluster may be a side event
        plain[key] = top if largest_bare[key[0]] <= size and all(
            _agree(said[top], said[ci]) or len(clusters[ci].members) <= DOMINANT_SHARE * size
            for ci in said if ci != top) else -1
    return plain


def _is_probe(who: _Who) -> bool:
    """Whether a title tells a happening with a participant, or names none as it opens with the happening."""
    return bool(who.words) or who.kind == _BARE


def _date_and_containers(value: str) -> list[str]:
    """A date value and the coarser values that contain it ("2009-06-25" -> itself, "2009-06", "2009")."""
    parts = value.split("-")
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


def join_one_happening(clusters: Sequence[Cluster], items: Sequence[Item], names: ArticleNames | None = None) -> None:
    """Join finished clusters that tell one happening of one participant on compatible dates
    (_same_participant_happening), which greedy clustering left apart: an event joins one cluster only, and a
    role noun ("The singer died") shares no key with the name it stands for. Run once over the finished clusters
    in canonical order; the later cluster moves into the earlier one (finest date first).

    Candidates come from an index by (happening, date value or a coarser value containing it), at most
    ONCE_PROBES clusters per lookup, so the pass stays linear in the clusters."""
    names = article_names(items) if names is None else names  # `names`: given by the merge, read once
    probes: dict[int, list[Item]] = {}
    who: dict[int, _Who] = {}  # id() of a probe -> its participants
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for ci, c in enumerate(clusters):
        if c.previous is not None:
            continue  # a person's entry keeps its grouping
        # the members the entry is titled and dated by speak for it: a cluster's other sentences may tell its
        # happening only in passing ("Dr Murray, who denies causing Jackson's death")
        when = choose_date(c.members)
        title = wording_title(c.members, when)
        found = [m for m in c.members if m.event.title == title and m.when[0] and compatible(m.when, when)
                 and _main_happening(m) and _is_probe(who.setdefault(id(m), _participants(m, names)))]
        found = found[:REPRESENTATIVES]
        if found:
            probes[ci] = found
            for key in sorted({(h, v) for m in found for h in _main_happening(m)
                               for v in _date_and_containers(m.when[0])}):
                index[key].append(ci)
    plain = _plain_days(probes, who, clusters)
    for ci in sorted(probes):
        if not clusters[ci].members:
            continue
        candidates = sorted({cj for m in probes[ci] for h in _main_happening(m)
                             for cj in index.get((h, m.when[0]), ())[:ONCE_PROBES]} - {ci})
        when = choose_date(clusters[ci].members)
        finer: list[int] = []  # clusters on finer dates that tell it: it joins the largest only
        for cj in candidates:
            first, second = min(ci, cj), max(ci, cj)
            if not clusters[first].members or not clusters[second].members:
                continue
            if not _dates_agree(clusters[first], clusters[second]) or not any(
                    _same_participant_happening(a, b, who[id(a)], who[id(b)],
                                                plain.get((a.when[0], *sorted(_main_happening(a))), ci) in (ci, cj))
                    for a in probes[ci] for b in probes[cj]):
                continue
            if precision(choose_date(clusters[cj].members)[0]) < precision(when[0]):
                # only a happening one undergoes once is one event across a month ("Western air strikes" in March
                # are many)
                if any(_main_happening(a) & _main_happening(b) & _once_families()
                       for a in probes[ci] for b in probes[cj]):
                    finer.append(cj)
                continue
            clusters[second].move_to(clusters[first])
            if not clusters[ci].members:
                break
        if finer and clusters[ci].members:
            # "He died" in 2009 is the death of the entry most sources date on one day, not a coroner's ruling
            clusters[ci].move_to(clusters[min(finer, key=lambda cj: (-len(clusters[cj].members), cj))])


DATED_HAPPENING_GAP = 2  # words of derivations.yaml ``dating_words`` between a happening and the date that dates it
COARSE_TELLING_SHARE = 0.5  # the share of a coarse entry's dated sources that must tell the day entry's happening


def _dated_happening(item: Item, day: bool = False) -> tuple[str, list[str]] | None:
    """The happening of the once kind that the event's date phrase dates in its sentence, and the words naming who
    underwent it: the happening word just before the phrase, with at most DATED_HAPPENING_GAP ``dating_words``
    between ("led to the singer's death in June 2009", "Jackson, who died last June"). None when the phrase
    follows another word ("denied the charge in June 2009"): then it dates what the sentence tells. For a day entry
    (`day`) the happening word and a day's phrase just before it need a ``dating_words`` word between ("the explosion
    on 20 April"; "expressed support for the protesters Thursday" may date the support)."""
    quote, expression = item.event.source.quote, item.event.source.expression
    at = quote.find(expression) if expression else -1
    if at < 0:
        return None
    # the word before the date's own words: "the 20 April explosion" (the phrase may hold its determiner)
    opener, prior = next(iter(title_words(expression)), ""), title_words(quote[:at])
    if opener.lower() not in _lexical_set("determiners"):
        opener, prior = (prior[-1], prior[:-1]) if prior else ("", prior)
    # "hours before the 20 April explosion", "a week after the March 28 collapse": the sentence tells another happening
    offset = bool(prior) and prior[-1].lower() in _lexical_set("offset_words")
    after = None if offset else _happening_after(opener, title_words(quote[at + len(expression):]), item.keys)
    if after is not None:
        return after
    if at == 0:
        return None
    words = title_words(quote[:at])
    forms = phrase_forms(words)
    for i in range(len(words) - 1, max(-1, len(words) - 2 - DATED_HAPPENING_GAP), -1):
        if forms[i] in _once_families() and day and i == len(words) - 1:
            return None
        if forms[i] in _once_families():
            if i > 0 and words[i - 1].lower() in _lexical_set("relatives"):
                return None  # "Farhat Bengdara, who defected in March": whom the clause tells is named before it
            phrase = _participant_phrase(words, forms, i, item.keys)
            return (forms[i], phrase) if phrase is not None else None
        # "since the uprising began last month": the beginning of a happening dates it
        if words[i].lower() not in _lexical_set("dating_words") and forms[i] not in _aspect_families():
            return None
    return None


WHEN_GAP = 6  # words between a clause's ``when_words`` word and the happening word of the once kind it dates


def _happening_after(before: str, after: Sequence[str], keys: frozenset[str]) -> tuple[str, list[str]] | None:
    """The happening of the once kind a date phrase dates by the words after it (_dated_happening): the phrase
    qualifying the happening's noun ("the 20 April explosion", "its April 20 blast": `before`, the word before the
    phrase's own words, a determiner, possessive or pronoun, the happening word just after it), or a clause of derivations.yaml ``when_words`` just after
    it ("It began on 20 April when an explosion destroyed BP's rig", "on 20 April, when the rig exploded"), whose
    first happening word of the once kind, within WHEN_GAP words, is the one the date dates. None otherwise ("on 20
    April BP said the explosion ...": the date dates what the sentence tells)."""
    forms = phrase_forms(list(after))
    if after and forms[0] in _once_families() and not _qualifies(after, 0) and before and (
            before.lower() in _lexical_set("determiners") or _POSSESSOR.search(before) or before.lower() in _pronouns()):
        return forms[0], []
    if not after or after[0].lower() not in _lexical_set("when_words"):
        return None
    for i in range(1, min(len(after), 1 + WHEN_GAP)):
        if forms[i] in _once_families() and not _qualifies(after, i):
            phrase = _participant_phrase(after, forms, i, keys)
            return (forms[i], phrase) if phrase is not None else None
    return None


_POSSESSOR = re.compile(r"['\u2019]s?$")  # "BP's 20 April explosion", "the companies' April 20 blast"


def join_coarse_tellings(clusters: Sequence[Cluster], items: Sequence[Item], names: ArticleNames | None = None) -> None:
    """A month or year entry most of whose dated sources date a happening of the once kind of one participant
    (_dated_happening: "Dr Murray denies giving Jackson drugs which led to the singer's death in June 2009") joins the
    largest entry of a day inside its date whose title tells that happening of that participant ("Michael Jackson
    died aged 50", 25 June 2009): the month entry is the day's event told by its month. An entry of the month telling
    other happenings ("The rebels took Brega" / "The rebels took Ras Lanuf"), or of another participant, stays. So does
    an entry of that day whose sentences date the happening by a noun the date qualifies or a clause after it ("BP
    is under fire for failing to prevent the 20 April explosion", "The disaster began on 20 April when the rig
    exploded"): a mention of the day's known event, not an event of its own.

    Run after join_one_happening, which joins the coarse entries whose own title tells the happening. Candidates
    come from an index by (happening, containing month or year) of the day entries, at most ONCE_PROBES a lookup."""
    names = article_names(items) if names is None else names
    probes: dict[int, list[_Who]] = {}
    # the words of the sentences that tell each day entry's happening (its title's): what a bare telling's names
    # must be among, not those of every source the entry took ("Protests in Libya began" is no telling of "Similar
    # protests toppled Egyptian President Hosni Mubarak", whose sources took mentions of Libya)
    told_words: dict[int, frozenset[str]] = {}
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for ci, c in enumerate(clusters):
        if c.previous is not None or not c.members:
            continue
        when = choose_date(c.members)
        if precision(when[0]) != 1:
            continue
        title = wording_title(c.members, when)
        told = [(m, _participants(m, names)) for m in c.members[:REPRESENTATIVES * 4]
                if m.event.title == title and compatible(m.when, when) and _main_happening(m) & _once_families()]
        said = [(m, who) for m, who in told if who.words]
        if said:
            probes[ci] = [who for _, who in said]
            told_words[ci] = frozenset().union(*(m.keys for m, _ in told))
            for h in sorted({h for m, _ in said for h in _main_happening(m) & _once_families()}):
                # the day itself too: a day entry may be a telling of the day's happening ("the 20 April explosion")
                for value in _date_and_containers(when[0]):
                    index[(h, value)].append(ci)
    for ci, c in enumerate(clusters):
        # an entry whose own title tells the happening with its participant is joined by join_one_happening or not
        if c.previous is not None or not c.members or ci in probes:
            continue
        when = choose_date(c.members)
        if not _date_and_containers(when[0]):
            continue
        target = _coarse_telling_target(ci, clusters, when, probes, told_words, index, names)
        if target is not None:
            c.move_to(clusters[target])


def _coarse_telling_target(ci: int, clusters: Sequence[Cluster], when: tuple[str, str], probes: dict[int, list[_Who]],
                           told_words: dict[int, frozenset[str]], index: dict[tuple[str, str], list[int]],
                           names: ArticleNames) -> int | None:
    """The day entry the coarse cluster `ci` is a telling of (join_coarse_tellings), or None."""
    c = clusters[ci]
    dated = [m for m in c.members if m.when[0]]
    day = precision(when[0]) == 1
    # a day entry whose title's own sentence dates another happening of that day is an event of its own ("Dr Murray
    # says that on the night of 25 June he injected Jackson"), whatever its other sources date
    if day and _dated_happening(_title_member(c, when), day) is None:
        return None
    tellings: list[tuple[str, _Who, str]] = []  # (happening, who underwent it, the article)
    for m in dated:
        found = _dated_happening(m, day)
        if found is not None:
            # "since an uprising began last month": a happening told with no participant
            who = _participants_of(found[1], m, names) if found[1] else _Who(frozenset(), _BARE)
            if who.kind:
                tellings.append((found[0], who, m.event.article))
    need = COARSE_TELLING_SHARE * len(dated)
    counts = Counter(h for h, _, _ in tellings)
    if not counts:
        return None
    happening, told = min(counts.items(), key=lambda hc: (-hc[1], hc[0]))
    if told < need:
        return None
    fits: list[int] = []
    told_by: list[int] = []  # the day entries of the month that tell the happening
    for cj in index.get((happening, when[0]), ())[:ONCE_PROBES]:
        if cj == ci or not clusters[cj].members:
            continue
        told_by.append(cj)
        if not _dates_agree(clusters[cj], c):
            continue
        agreeing = [who for h, who, article in tellings if h == happening
                    and any(_telling_agrees(who, article, b, names) for b in probes[cj])]
        # a name said in the sentences, not only roles and pronouns ("Michael Jackson died in June 2009")
        if len(agreeing) >= need and any(who.kind == _NAMED for who in agreeing):
            fits.append(cj)
    if day:
        # of its own day, only an event many articles tell is known by a mention in passing ("the 20 April explosion");
        # a day's protests in one town are not the protests "when protests struck the capital" that day
        fits = [cj for cj in fits if _articles(clusters[cj]) >= KNOWN_EVENT_ARTICLES]
    if fits:
        return min(fits, key=lambda cj: (-len(clusters[cj].members), cj))
    if not told_by:
        return None
    # told by no one's name ("since the uprising began last month"): the month's one large entry of that happening,
    # when every other of the month is at most DOMINANT_SHARE of it (two deaths in a month make it ambiguous), and
    # the names the other sentences give are words of the sentences telling that entry's happening ("Libya's
    # uprising began in February"; not the words of sources it took, which may tell another country's uprising)
    top = min(told_by, key=lambda cj: (-len(clusters[cj].members), cj))
    # a role noun or pronoun ("Bengdara, who defected in March") stands for someone the sentence named: not bare
    written = told_words[top]
    if any(who.kind != _BARE and (who.kind != _NAMED or not who.words <= written)
           for h, who, _ in tellings if h == happening):
        return None
    size = len(clusters[top].members)
    if all(len(clusters[cj].members) <= DOMINANT_SHARE * size for cj in told_by if cj != top) \
            and _dates_agree(clusters[top], c) and (not day or _articles(clusters[top]) >= KNOWN_EVENT_ARTICLES):
        return top
    return None


KNOWN_EVENT_ARTICLES = 3  # articles that must tell a day's entry before a mention of its day in passing joins it


def _articles(cluster: Cluster) -> int:
    return len({m.event.article for m in cluster.members})


def _telling_agrees(who: _Who, article: str, told: _Who, names: ArticleNames) -> bool:
    """Whether a sentence's participant of a dated happening (_dated_happening) can be the one a day entry's title
    names: as _agree; a role noun or pronoun ("the singer's death in June 2009", "his death") also when its article
    writes every name the title gives (an article on the doctor's trial has the doctor as its main name, yet "the
    singer" is the one whose name it writes beside)."""
    if _agree(who, told):
        return True
    return who.kind in (_RESOLVED, _BARE) and told.kind == _NAMED and bool(told.names) \
        and told.names <= names.proper.get(article, frozenset())


def dated_clusters(clusters: Sequence[Cluster]) -> Iterator[tuple[int, Cluster, tuple[str, str]]]:
    """The finished (not joined away, not emptied) clusters that have a date, with their positions and dates, in
    canonical order: what every join after clustering reads."""
    for ci, c in enumerate(clusters):
        if c.previous is not None or not c.members:
            continue
        when = choose_date(c.members)
        if when[0]:
            yield ci, c, when


def _day_clusters(clusters: Sequence[Cluster]) -> Iterator[tuple[int, Cluster, tuple[str, str]]]:
    """The finished clusters dated to a day: what the same-day joins read (a year's or a month's cluster sums up
    several happenings)."""
    return ((ci, c, when) for ci, c, when in dated_clusters(clusters) if precision(when[0]) == 1)


def _join_day_groups(clusters: Sequence[Cluster], tell: Callable[[Cluster, tuple[str, str]], T | None],
                     agree: Callable[[T, T], bool]) -> None:
    """The same-day joins' common walk: in canonical order, a day's cluster that tells something (``tell``) joins the
    first group of its day whose every member agrees with it (``agree``), or opens a group of its own."""
    groups: dict[str, list[list[tuple[int, T]]]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        told = tell(c, when)
        if told is None:
            continue
        target = next((g for g in groups[when[0]] if all(agree(told, other) for _, other in g)), None)
        if target is None:
            groups[when[0]].append([(ci, told)])
            continue
        c.move_to(clusters[target[0][0]])
        target.append((target[0][0], told))


def join_day_stories(clusters: Sequence[Cluster], items: Sequence[Item], sim: Similarity,
                     names: ArticleNames | None = None) -> None:
    """Join finished clusters of one day whose titles tell one story (_day_story): a happening one undergoes once
    (derivations.yaml ``once``: "BP put in a temporary cap" / "The cap was fully locked down" / "BP engineers sealed
    it with a cap"), or the beginning of one kind of happening (events.yaml ``event_classes``: "NATO began bombing
    Libya" / "The airstrikes started" / "The intervention began"), when the titles' names agree (_stories_agree).

    Greedy in canonical order: a title that names someone joins the first group of its day and story whose every
    member agrees with it, so no chain of agreements joins two titles that disagree; a title naming nobody joins the
    group of its day and story that names someone, and stays alone when there are several (whose story it tells is
    not known; joining the largest one cost the explosion's named wording its place under --per-date); titles naming
    nobody on a day no title names anyone are one group."""
    names = article_names(items) if names is None else names
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters, answers and names read are
    # the same): the days are independent, a story's groups being of one day
    nameable = KeyTest(lambda k: bool(sim.names((k,))))

    def work(day: Day, move: Callable[[int, int], None], read: object) -> None:
        stories: dict[tuple[object, ...], list[tuple[int, _Story]]] = defaultdict(list)
        for ci, (c, when) in enumerate(day):
            story = _day_story(c, when, read, None, nameable)  # type: ignore[arg-type]
            if story is not None:
                # the day, whatever part of it the date names ("Valves on the cap were shut late yesterday", END): a
                # happening of the once kind or a story's kind is one a day
                stories[(when[0], story.happening)].append((ci, story))
        for key in sorted(stories, key=repr):
            for group in _story_groups(stories[key]):
                for cj in group[1:]:
                    move(cj, group[0])

    by_day("day_stories", days_of(_day_clusters(clusters)), work, (nameable,), names)


def join_coarse_stories(clusters: Sequence[Cluster], items: Sequence[Item], sim: Similarity,
                        names: ArticleNames | None = None) -> None:
    """A month or year entry whose title tells a kind of derivations.yaml ``stories`` ("Resolution was adopted",
    February 2011: "That resolution, adopted in February, imposed an arms embargo") joins the day entry inside its
    date that tells that kind and whose names agree
    (_stories_agree), when that entry is the largest of its kind there and every other is at most DOMINANT_SHARE of
    it: the day's resolution, hearing or alert told by its month. With two of like size (two resolutions in the
    month) which one the month means is not known, and it stays."""
    names = article_names(items) if names is None else names
    days: dict[tuple[str, str], list[tuple[int, _Story]]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        story = _day_story(c, when, names, sim)
        if story is not None and story.happening.startswith(STORY_MARK):
            for value in _date_and_containers(when[0])[1:]:
                days[(story.happening, value)].append((ci, story))
    for ci, c in enumerate(clusters):
        if c.previous is not None or not c.members:
            continue
        when = choose_date(c.members)
        if not when[0] or precision(when[0]) == 1:
            continue
        story = _day_story(c, when, names, sim)
        if story is None or not story.happening.startswith(STORY_MARK) or story.happening == STORY_MARK + GATHERING:
            continue  # a month's gathering may be any of the month's
        target = _dominant_story(clusters, days.get((story.happening, when[0]), []))
        if target is not None and _stories_agree(story, target[1]) and _dates_agree(clusters[target[0]], c):
            c.move_to(clusters[target[0]])


def _dominant_story(clusters: Sequence[Cluster], told: list[tuple[int, _Story]]) -> tuple[int, _Story] | None:
    """The largest day entry of a story kind in a month or year, when every other is at most DOMINANT_SHARE of it."""
    told = [(cj, story) for cj, story in told if clusters[cj].members]
    if not told:
        return None
    top = min(told, key=lambda t: (-len(clusters[t[0]].members), t[0]))
    size = len(clusters[top[0]].members)
    if all(len(clusters[cj].members) <= DOMINANT_SHARE * size for cj, _ in told if cj != top[0]):
        return top
    return None


def _story_groups(told: list[tuple[int, _Story]]) -> list[list[int]]:
    """The clusters of one day and story that tell one event (see join_day_stories), each group in cluster order."""
    groups: list[list[tuple[int, _Story]]] = []
    if told and told[0][1].happening == STORY_MARK + GATHERING:
        # a gathering is known by its venue: a title naming no one joins only one that meets where it does
        for ci, story in told:
            group = next((g for g in groups if all(_stories_agree(story, other) for _, other in g)), None)
            (groups.append([(ci, story)]) if group is None else group.append((ci, story)))
        return [sorted(ci for ci, _ in g) for g in groups if len(g) > 1]
    for ci, story in told:
        if not story.names:
            continue
        group = next((g for g in groups if all(_stories_agree(story, other) for _, other in g)), None)
        if group is None:
            groups.append([(ci, story)])
        else:
            group.append((ci, story))
    nameless = [(ci, story) for ci, story in told if not story.names]
    if not groups:
        return [sorted(ci for ci, _ in nameless)] if len(nameless) > 1 else []
    if len(groups) == 1:
        groups[0] += [(ci, story) for ci, story in nameless if all(_stories_agree(story, o) for _, o in groups[0])]
    else:
        groups += _nameless_groups(nameless)
    return [sorted(ci for ci, _ in g) for g in groups if len(g) > 1]


def _nameless_groups(nameless: list[tuple[int, _Story]]) -> list[list[tuple[int, _Story]]]:
    """On a day whose story several named titles tell of different people, titles naming nobody ("The protests began",
    "Throughout the uprising, which began February 15") are one story when their articles are about the same people:
    every two of a group share a main name of their articles (Libya's uprising in a feed that also tells Bahrain's)."""
    groups: list[list[tuple[int, _Story]]] = []
    for ci, story in nameless:
        group = next((g for g in groups if all(story.main & other.main for _, other in g)), None)
        if group is None:
            groups.append([(ci, story)])
        else:
            group.append((ci, story))
    return groups


class _Story(NamedTuple):
    """What a cluster's title tells of its day (join_day_stories)."""

    happening: str  # a family of ``once``, or "begin" and the event classes of what began ("begin attack")
    names: frozenset[str]  # the names its title gives
    context: frozenset[str]  # every key of its sources and every name their articles write
    common: frozenset[str]  # its names that are common words of the corpus: every article's context
    main: frozenset[str] = frozenset()  # the main names of its sources' articles: whom they are about
    targets: frozenset[str] = frozenset()  # the figures its sentences say a change came to (change_targets)
    venues: frozenset[str] = frozenset()  # for a gathering, where its sources say it met (gatherings)
    parties: bool = False  # for a gathering, whether its title tells it by its parties ("met with")


def _day_story(cluster: Cluster, when: tuple[str, str], names: ArticleNames, sim: Similarity | None,
               nameable: Callable[[str], bool] | None = None) -> _Story | None:
    """The story a cluster's title tells of its day: its only happening (beside beginning or end) when of the
    ``once`` kind, or the beginning of a happening of some event classes; None when the title tells it in passing
    ("Demand surged since his death", derivations.yaml ``passing``), as a noun's qualifier ("the blowout preventer",
    ``modified``) or as a count ("45 deaths"), or tells no such story. A name is common (a word of the corpus, not a
    name) when `nameable` says it cannot name a participant, or, without it, `sim.names`."""
    title = wording_title(cluster.members, when)
    words = title_words(title)
    forms = phrase_forms(words)
    member = next(m for m in cluster.members if m.event.title == title)
    proper = names.proper.get(member.event.article, frozenset())
    found = _story_of(words, forms)
    if found is None:
        # a saying framed by a story its sentence opens with ("During Thursday's congressional testimony, Hayward
        # said ..."): that story of the speaker the title names, or none
        kind = _framed_story(member.event.source.quote, words)
        named = story_names(words, forms, 0, 0, proper) if kind is not None else frozenset()
        if not named:
            return None
        happening = kind
    else:
        happening, at, end = found
        framed = reframed_story(member.event.source.quote, words, found)
        if framed is not None:
            # "In Tuesday's opening statement, lead prosecutor David Walgren told the court ...": a saying told at
            # the story its sentence opens with tells that story, not a testimony of its own
            named = story_names(words, forms, 0, 0, proper)
            if not named:
                return None
            happening, found = framed, None
        elif _qualifies(words, at) \
                or any(w.lower() in _lexical_set("passing") for w in words[max(0, at - PASSING_WORDS):at]) \
                or at > 0 and forms[at - 1][:1].isdigit():
            return None
        else:
            named = story_names(words, forms, at, end, proper)
    if happening in _doer_stories() and found is not None:
        named = _doer_names(named, words, forms, at, end)
    if happening in _witness_stories() and found is not None:
        named = _witness_names(named, words, forms, end)
    context = frozenset().union(*(m.keys | names.proper.get(m.event.article, frozenset()) for m in cluster.members))
    common = frozenset(n for n in named if not (nameable(n) if nameable is not None
                                                else sim.names((n,))))  # type: ignore[union-attr]
    main = frozenset().union(*(names.main.get(m.event.article, frozenset()) for m in cluster.members))
    targets = frozenset().union(*(change_targets(m.event.source.quote) for m in cluster.members))
    venues, parties = frozenset(), False
    if happening == STORY_MARK + GATHERING and found is not None:
        venues = frozenset().union(*(member_venues(m.event.source.quote, names.venues.get((m.event.article, when[0]),
                                                                                          frozenset()))
                                     for m in cluster.members))
        parties = told_with_parties(words, at)
    return _Story(happening, named, context | named, common, main, targets, venues, parties)


FRAME_WORDS = 8  # words of a sentence's opening phrase, up to its first comma, that can frame a saying as a story


def _framed_story(quote: str, words: Sequence[str]) -> str | None:
    """The kind of ``stories`` a saying is framed by (derivations.yaml ``story_frames``): the title says (a reporting
    verb of the event stage) and its sentence opens with a frame word and a story's phrase before its first comma
    ("During Thursday's congressional testimony, Hayward said ..." -> "~testify"); None otherwise."""
    saying = lexicon().reporting_verbs | lexicon().speech_verbs
    if not any(w.lower() in saying for w in words):
        return None
    head, comma, _ = quote.partition(",")
    opening = title_words(head)
    if not comma or not opening or len(opening) > FRAME_WORDS or opening[0].lower() not in _lexical_set("story_frames"):
        return None
    kind = _story_kind(opening)
    return None if kind is None or kind[0] == STORY_MARK + GATHERING else kind[0]


def reframed_story(quote: str, words: Sequence[str], found: tuple[str, int, int]) -> str | None:
    """The story a title's sentence frames its saying in, when it outranks the story the title's words tell
    (derivations.yaml ``framed_sayings``: a testimony told by "told the court" in a sentence opening "In Tuesday's
    opening statement," is the trial's opening); None when the title keeps its own story."""
    rules = derivations()["framed_sayings"]
    happening, at, _ = found
    if happening not in {STORY_MARK + str(k) for k in rules["kinds"]} or words[at].lower() not in rules["verbs"]:
        return None
    framed = _framed_story(quote, words)
    return None if framed == happening else framed


def story_names(words: Sequence[str], forms: Sequence[str], at: int, end: int,
                proper: frozenset[str]) -> frozenset[str]:
    """The names a day story's title gives (_day_story; the story told by words[at:end], `proper` the names its article
    writes): not the words that tell the story ("Opening arguments take place", capitalised after a date); for "the
    start of" a happening, none before it, who announced it and where ("Leaders meeting in Paris announced the start
    of military intervention"); none after a word of ``circumstance_words`` past the story, when it happened
    ("Airstrikes began during Obama's visit to Brazil")."""
    if words[at].lower() in _lexical_set("first_words"):
        # "the first air strikes halt the advance of Gaddafi's forces": the names the ordinal's phrase gives, not
        # those of what the strikes did nor of who fired "the first shots of the intervention"
        return frozenset(_name_key(w, f) for w, f in zip(words[at + 1:end], forms[at + 1:end])
                         if _name_key(w, f) in proper and w[:1].isupper()) - family_heads()
    first = at if _begun_of(words, forms, at) else 0
    last = next((i for i in range(end, len(words)) if words[i].lower() in _lexical_set("circumstance_words")),
                len(words))
    return frozenset(_name_key(w, f) for i, (w, f) in enumerate(zip(words, forms))
                     if _name_key(w, f) in proper and (w[:1].isupper() or w.isdigit()) and first <= i < last
                     and not at <= i < end) - family_heads()


def _doer_names(named: frozenset[str], words: Sequence[str], forms: Sequence[str], at: int,
                end: int | None = None) -> frozenset[str]:
    """The names of a story of derivations.yaml ``doer_stories`` that its doer gives, before the words that tell it:
    who recognised or took command, not what was recognised or commanded ("The United States recognized the rebel
    movement based in Benghazi" / "The United States now recognizes the main opposition group in Libya"); not a
    companion's (``companions``: "Britain joined the United States in recognizing"). A story received (``receiving``
    before the words, ``doer_after`` past them, `end` where they end: "Rebels won diplomatic recognition from Britain")
    is named by who gave it."""
    if end is not None and end < len(words) and words[end].lower() in _lexical_set("doer_after") \
            and any(w.lower() in _lexical_set("receiving") for w in words[max(0, at - RECEIVED_GAP):at]):
        giver = []
        for w, f in zip(words[end + 1:], forms[end + 1:]):
            if w.lower() in _lexical_set("determiners"):
                continue
            if _name_key(w, f) not in named:
                break
            giver.append(_name_key(w, f))
        if giver:
            return frozenset(giver)
    first = next((i + 1 for i in range(at - 1, -1, -1) if words[i].lower() in _lexical_set("companions")), 0)
    # the doer before a companion word, none after it ("Britain joined the United States in recognizing")
    doer = range(0, first - 1) if first else range(0, at)
    return named & frozenset(_name_key(words[i], forms[i]) for i in doer)


RECEIVED_GAP = 3  # words between a ``receiving`` verb and the story it received ("won diplomatic recognition")


def _witness_names(named: frozenset[str], words: Sequence[str], forms: Sequence[str], end: int) -> frozenset[str]:
    """The names of a story of derivations.yaml ``witness_stories`` (a testimony) that tell whom it befell: not the
    agent of a passive after the story's words (``agents``), who questioned the witness ("Tony Hayward was grilled about
    the disaster by Congress": Hayward's testimony, whichever body heard it)."""
    # the story's own last word may be the agent's "by" ("grilled by Congress")
    by = next((i for i in range(max(0, end - 1), len(words)) if words[i].lower() in _lexical_set("agents")), None)
    if by is None:
        return named
    agent = []
    for w, f in zip(words[by + 1:], forms[by + 1:]):
        if w.lower() in _lexical_set("determiners"):
            continue
        if not w[:1].isupper():
            break
        agent.append(_name_key(w, f))
    return named - frozenset(agent)


@cache
def _witness_stories() -> frozenset[str]:
    return frozenset(STORY_MARK + str(kind) for kind in derivations()["witness_stories"])


@cache
def _doer_stories() -> frozenset[str]:
    return frozenset(STORY_MARK + str(kind) for kind in derivations()["doer_stories"])


def _name_key(word: str, form: str) -> str:
    """The key of the name a title's word gives: its own, or for a compound of derivations.yaml ``led_words`` the key
    of its first part ("NATO-led" -> "nato"), none when that part names nobody in particular ("Western-led",
    participants.yaml)."""
    first, dash, rest = word.partition("-")
    if dash and rest.lower() in _lexical_set("led_words"):
        # a leader that names nobody in particular ("Western-led") gives no name
        return next(iter(participants((title_word_key(first),))), "")
    return form


def _story_of(words: Sequence[str], forms: Sequence[str]) -> tuple[str, int, int] | None:
    """The story a title's words tell (see _day_story) and where the words that tell it start and end: a kind of
    happening told in words of several kinds (derivations.yaml ``stories``: "X testified" / "X told the court";
    "Opening arguments take place" / "the trial began"), else its one happening of the ``once`` kind, else the
    beginning of a kind of happening."""
    kind = _story_kind(words)
    if kind is not None:
        return kind
    # a happening word qualifying a noun names no happening ("fitted a cap to the blow-out preventer": no explosion)
    # nor does a phrase's last words ("the well was dead": a sealing, no death)
    tails = phrase_tails(words)
    told = {f for i, f in enumerate(forms) if f in family_heads() and not _qualifies(words, i) and i not in tails} \
        - _aspect_families()
    if len(told) == 1 and told <= _once_families():
        happening = next(iter(told))
        return happening, forms.index(happening), forms.index(happening) + 1
    caused = _caused_happening(words, forms, told)
    if caused is not None:
        return caused
    first = _first_of(words, forms)
    if first is not None:
        return first
    if BEGIN not in forms:
        # a meeting, summit or conference, told by whatever was said or done there (gatherings)
        met = first_gathering(words)
        return None if met is None else (STORY_MARK + GATHERING, met, met + 1)
    # a phrase's key tells its class where its words do not ("military operations" -> "intervention": an attack)
    kinds = [(i, _classes_of(words, forms, i)) for i, f in enumerate(forms) if f != BEGIN]
    # "the start of military intervention": a beginning's "of" names what began, whatever the title named before it
    # ("Leaders meeting in Paris announced the start of military intervention" is no meeting's beginning)
    begun = next((i for i, f in enumerate(forms) if f == BEGIN), 0)
    begun_of = _begun_of(words, forms, begun)
    if begun_of:
        kinds = [(i, c) for i, c in kinds if i > begun] + [(i, c) for i, c in kinds if i < begun]
    at = next((i for i, c in kinds if c), None)
    if at is None:
        return None
    if begun_of and at > begun:
        return " ".join([BEGIN, *sorted(next(c for _, c in kinds if c))]), begun, at + 1
    # what began is the first happening the title names; a later one is told beside it ("Airstrikes began during
    # Obama's visit to Brazil" is the beginning of the airstrikes, not of a meeting)
    classes = sorted(next(c for _, c in kinds if c))
    end = at + 1
    if _named_operation(words, forms, at):
        # the code name tells the story, naming no one ("Operation Odyssey Dawn")
        while end < len(words) and words[end][:1].isupper():
            end += 1
    return " ".join([BEGIN, *classes]), at, end


CAUSE_GAP = 4  # words between a casualty word and the happening that caused it ("killed in the 20 April explosion")


def _caused_happening(words: Sequence[str], forms: Sequence[str], told: set[str]) -> tuple[str, int, int] | None:
    """The happening of the ``once`` kind a title tells by the casualties it caused (derivations.yaml ``casualties``:
    "Eleven men were killed in the explosion", "The explosion that killed 11 workers"), and where its word stands;
    None when the title tells another happening beside them, or the two are not linked ("killed before the
    explosion": ``casualty_links``)."""
    casualties = told & _lexical_set("casualties")
    rest = told - casualties
    if not casualties or len(rest) != 1 or not rest <= _once_families():
        return None
    happening = next(iter(rest))
    at = forms.index(happening)
    hurt = [i for i, f in enumerate(forms) if f in casualties]
    # "killed in the explosion": a link opens the happening's phrase after the casualty word
    linked = any(j < k < at and words[k].lower() in _lexical_set("casualty_links")
                 and not any(w.lower() in _clause_words() for w in words[k + 1:at])
                 for j in hurt for k in range(max(j + 1, at - CAUSE_GAP), at))
    # "The explosion that killed 11 workers", "The blast killed eleven"
    linked = linked or any(at < j <= at + CAUSE_GAP - 2 for j in hurt)
    return (happening, at, at + 1) if linked else None


@cache
def _clause_words() -> frozenset[str]:
    """Words that open another phrase or clause between a casualty's link and a happening ("killed in Benghazi when
    the explosion ..."): links, ``when_words``, ``relatives``, ``circumstance_words``, ``passing``."""
    return frozenset().union(*(_lexical_set(t) for t in ("casualty_links", "when_words", "relatives",
                                                        "circumstance_words", "passing")))


def _first_of(words: Sequence[str], forms: Sequence[str]) -> tuple[str, int, int] | None:
    """The beginning a title tells by an ordinal before a noun of derivations.yaml ``first_classes`` ("The first air
    strikes halt the advance", "French planes fired the first shots of the intervention": the campaign's start, as
    "Air strikes began" tells it), and where its words start (the ordinal) and end (the noun); None for another
    class ("the first death") or a noun further on ("the first time rebels attacked")."""
    for at, word in enumerate(words):
        if word.lower() not in _lexical_set("first_words"):
            continue
        counted = 0
        for i in range(at + 1, len(words)):
            classes = _classes_of(words, forms, i)
            if classes:
                if classes <= _lexical_set("first_classes"):
                    return " ".join([BEGIN, *sorted(classes)]), at, i + 1
                break
            # a name qualifies the noun ("the first NATO air strikes"); other words count toward the window
            counted += not words[i][:1].isupper()
            if counted >= FIRST_WINDOW:
                break
    return None


FIRST_WINDOW = 2  # words after an ordinal, names aside, where the noun it counts stands ("first air strikes")


def _begun_of(words: Sequence[str], forms: Sequence[str], at: int) -> bool:
    """Whether the title's word `at` is a beginning whose "of" names what began ("the start of military
    intervention")."""
    return forms[at] == BEGIN and at + 1 < len(words) and words[at + 1].lower() == "of"


def _named_operation(words: Sequence[str], forms: Sequence[str], i: int) -> bool:
    """Whether the title's word `i` opens a military operation's code name (derivations.yaml ``named_operations``)."""
    return words[i][:1].isupper() and forms[i] in _lexical_set("named_operations") and i + 1 < len(words) \
        and words[i + 1][:1].isupper()


def _classes_of(words: Sequence[str], forms: Sequence[str], i: int) -> set[str]:
    """The event classes of the title's word `i`: its own, its phrase key's ("military operations"), and for a
    capitalised word of derivations.yaml ``named_operations`` before a name, an attack's ("Operation Odyssey Dawn
    started": a military operation by its code name; "the clean-up operation" is none)."""
    word, form = words[i], forms[i]
    if _named_operation(words, forms, i):
        return event_classes([NAMED_OPERATION_CLASS])
    return event_classes([word.lower()] if form == title_word_key(word) else [word.lower(), form])


NAMED_OPERATION_CLASS = "offensive"  # the event class word a code-named military operation is told by


def _qualifies(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` qualifies the noun after it (derivations.yaml ``modified``: "death toll", "blowout
    preventer"), so that it names no happening of its own."""
    return at + 1 < len(words) and words[at + 1].lower() in _modifier_words()


@cache
def _story_phrases() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """derivations.yaml ``stories``, by the stem of each phrase's first word: (the phrase's stems, its kind), longest
    phrase first, then by stems and kind, so that a match never depends on the table's order."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for kind, phrases in sorted(derivations()["stories"].items()):
        for phrase in phrases:
            stems = phrase_stems(str(phrase))
            found[stems[0]].append((stems, STORY_MARK + str(kind)))
    return {first: tuple(sorted(entries, key=lambda e: (-len(e[0]), e))) for first, entries in found.items()}


STORY_MARK = "~"  # marks a story kind of derivations.yaml ``stories`` ("~testify"), so it never meets a family


def _story_kind(words: Sequence[str]) -> tuple[str, int, int] | None:
    """The kind of happening (derivations.yaml ``stories``) the first of its phrases in the title tells, and where
    that phrase starts and ends."""
    stems = word_stems(words)
    table = _story_phrases()
    for at, first in enumerate(stems):
        matched = next(((phrase, kind) for phrase, kind in table.get(first, ()) if phrase_at(phrase, stems, at)), None)
        if matched is not None:
            return matched[1], at, at + len(matched[0])
    return None


BEGIN = "begin"  # the family of beginnings (derivations.yaml): the start of a kind of happening is one story a day
PASSING_WORDS = 3  # words before a happening that can make it a mention in passing ("since his death")


def _stories_agree(a: _Story, b: _Story) -> bool:
    """Whether two titles' names agree: one names no one the other does not (a title naming nobody agrees with
    any), and each names no one the other's sources and their articles never name ("Gaddafi died in Sirte" /
    "Mutassim died in custody" stay apart; a name common to the corpus, "BP" in a feed on BP, is in every
    article's context). For a kind of happening that is one a day among the people its articles name
    (derivations.yaml ``one_a_day``: a trial's opening, where the prosecutor and the defence lawyer each speak),
    it is enough that one title's names are all known to the other's sources and articles. A change told as coming
    to other figures is another change ("raised its alert to four" / "to five": similarity.change_targets)."""
    if a.targets and b.targets and not a.targets & b.targets:
        return False
    if a.happening == STORY_MARK + GATHERING:
        return _gatherings_agree(a, b)
    if a.happening in _one_a_day():
        return a.names - a.common <= b.context or b.names - b.common <= a.context
    if a.happening in _speaker_stories():
        # one speaker's address, told beside other names ("Says Daniel J. Weiss President Barack Obama ... plans to give
        # his first-ever Oval Office speech" / "Barack Obama used his first Oval Office address"): a name they share
        return bool((a.names - a.common) & (b.names - b.common)) \
            and (a.names - a.common <= b.context or b.names - b.common <= a.context)
    return (a.names <= b.names or b.names <= a.names) and a.names - a.common <= b.context \
        and b.names - b.common <= a.context


def _gatherings_agree(a: _Story, b: _Story) -> bool:
    """Whether two titles of one day tell one gathering: their sources meet at one venue (gatherings), and one title's
    names are all known to the other's sources and articles (Van Rompuy told the meeting that Sarkozy's comments
    closed); a meeting told by its parties ("Clinton met with a rebel leader") needs one title to name no one the
    other does not. Two gatherings of a day in different places, or one of unknown place, stay apart."""
    if not a.venues & b.venues:
        return False
    if a.parties or b.parties:
        return (a.names <= b.names or b.names <= a.names) and a.names - a.common <= b.context \
            and b.names - b.common <= a.context
    return a.names - a.common <= b.context or b.names - b.common <= a.context


@cache
def _speaker_stories() -> frozenset[str]:
    return frozenset(STORY_MARK + str(kind) for kind in derivations()["speaker_stories"])


@cache
def _one_a_day() -> frozenset[str]:
    return frozenset(STORY_MARK + str(kind) for kind in derivations()["one_a_day"])


SAME_TITLE_WORDS = 3  # words (determiners aside) a title needs before two entries of one date with it are one event


def join_same_titles(clusters: Sequence[Cluster]) -> None:
    """Join finished clusters of one date whose titles are the same once normalised (key_form of all words but the
    determiners: "Attack began" / "The attack began"; of two words only when one names a happening), which
    greedy clustering can leave apart when the title is of one clause and the keys of another ("The rebels have
    seized large swathes of the North African state, but ... Thursday's gains"), in canonical order."""
    first: dict[tuple[object, ...], int] = {}
    for ci, c in enumerate(clusters):
        if c.previous is not None or not c.members:
            continue
        when = choose_date(c.members)
        title = wording_title(c.members, when)
        determiners = _lexical_set("determiners")
        forms = tuple(f for w, f in zip(title_words(title), title_forms(title)) if w.lower() not in determiners)
        # a title of two words ("Attack began" / "The attack began") is a wording when it names a happening;
        # other short titles may be page chrome ("Local time")
        if len(forms) < SAME_TITLE_WORDS and not (len(forms) >= 2 and family_heads() & set(forms)):
            continue
        target = first.setdefault((when, forms), ci)
        if target != ci:
            c.move_to(clusters[target])
    _join_inferred_years(clusters, first)


def _join_inferred_years(clusters: Sequence[Cluster], first: dict[tuple[object, ...], int]) -> None:
    """Join a cluster whose day's year no member wrote ("on the night of 25 June", its year read from the page or a
    chronology line's heading) to the cluster of the same title on that day of the year one of its members wrote
    ("on the night of 25 June 2009"): one happening, whose year the writing member knows (`first`: the clusters
    join_same_titles kept, by (date, title forms))."""
    by_day: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for (when, forms), ci in first.items():
        value = str(when[0])  # type: ignore[index]
        if _DAY_VALUE.fullmatch(value) and clusters[ci].members:
            by_day[(value[4:10], forms)].append(ci)
    for indices in by_day.values():
        written = [ci for ci in indices if _year_written(clusters[ci])]
        if len(written) != 1:
            continue  # no year written, or two written years: two happenings a year apart, not ours to choose
        for ci in indices:
            if ci != written[0] and _year_inferred(clusters[ci]):
                clusters[ci].move_to(clusters[written[0]])


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_VALUE = re.compile(r"\d{4}")
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")
_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _year_written(cluster: Cluster) -> bool:
    """Whether a dated member's own date phrase writes the year of its day ("25 June 2009")."""
    return any(m.when[0] and WRITTEN_YEAR.search(m.event.source.expression) for m in cluster.members)


def _year_inferred(cluster: Cluster) -> bool:
    """Whether every dated member's date phrase names its day by number without a year ("25 June", "June 25"): a
    year read from the page, which a member of another article that writes the year corrects."""
    dated = [m.event.source.expression for m in cluster.members if m.when[0]]
    return bool(dated) and all(_DAY_NUMBER.search(e) and not WRITTEN_YEAR.search(e) for e in dated)


SHARED_SENTENCE_WORDS = 6  # words a sentence needs before two entries told by it are one ("Libya." is no sentence)


def join_shared_sentences(clusters: Sequence[Cluster]) -> None:
    """Join finished clusters of one day told by one sentence (the same words, in one article or copied by
    another, dated there on that day): what one sentence dates by one phrase is one happening as a chronology lists
    it, the second entry a fragment or a clause of the first ("Work on the first relief well started" / "Begun, was
    about 190ft"; "Cameron attended a meeting" / "Cameron revealed that BP had turned down his offer"), unless
    their titles name different doers (similarity.different_doers: "Libyan rebels captured Brega" / "Gaddafi's
    forces shelled Misrata", of one sentence). Only a day: a year's or a month's sentence sums up several
    happenings ("After Nasser died in 1970, Gadhafi urged ..."). In canonical order, the later cluster moves into
    the first one the sentence tells (derivations.yaml examples.sentences)."""
    first: dict[tuple[tuple[str, str], str], int] = {}
    for ci, c, when in _day_clusters(clusters):
        told = _title_member(c, when)
        sentences = sorted({_sentence_key(m.event.source.quote) for m in c.members if m.when == when} - {""})
        target = next((t for t in (first.get((when, s)) for s in sentences) if t is not None
                       and clusters[t].members and not different_doers(told, _title_member(clusters[t], when))), None)
        if target is not None:
            c.move_to(clusters[target])
        for s in sentences:
            first.setdefault((when, s), ci if target is None else target)


def _sentence_key(quote: str) -> str:
    """A sentence as two entries share it: its words, lower-cased; empty for a fragment of a few words."""
    words = title_words(quote.lower())
    return " ".join(words) if len(words) >= SHARED_SENTENCE_WORDS else ""


def _title_member(cluster: Cluster, when: tuple[str, str]) -> Item:
    """The member that gives a cluster its title."""
    title = wording_title(cluster.members, when)
    return next((m for m in cluster.members if m.event.title == title), cluster.members[0])


VERB_MARK = "+"  # marks a title's verb that no family names ("+storm"), so it never meets a family's head
RARE_PARTICIPANT_SHARE = 0.005  # a key in at most this share of the corpus' events names a rare participant
RARE_PARTICIPANT_EVENTS = 3  # ... or in at most this many (a corpus of a few articles has few events)


class _Told(NamedTuple):
    """What a cluster's title tells of its day (join_day_participants)."""

    item: Item  # the member that gives the title
    families: frozenset[str]  # its happenings of derivations.yaml ``participant_happenings``
    rare: frozenset[str]  # the keys of its title few events of the corpus carry: the participants it names
    names: frozenset[str]  # the names its title gives
    context: frozenset[str]  # every key of its sources and every name their articles write


def join_day_participants(clusters: Sequence[Cluster], items: Sequence[Item], sim: Similarity,
                          names: ArticleNames | None = None) -> None:
    """Join finished clusters of one day whose titles tell a happening of one family of derivations.yaml
    ``participant_happenings`` (a ship's transit, a bombing, an air strike), or one verb no family names and that
    tells no saying or being ("expressed", "failed"), and name one rare participant: a key of both titles, neither
    their verb nor their doer, that few events of the corpus carry ("Two U.S. warships were passing through the Suez
    Canal" / "Two amphibious assault ships entered the canal"), with every name each title gives known to the
    other's sources and articles, and no different doers (similarity.different_doers, different_named_doers). A
    war has many bombings a day, but few of them of one rarely named place or thing. In canonical order, a cluster joins the first group of its day and
    family whose every member agrees with it (derivations.yaml examples.participants)."""
    names = article_names(items) if names is None else names
    families = _participant_families()
    rare_limit = max(RARE_PARTICIPANT_EVENTS, RARE_PARTICIPANT_SHARE * sim.n)
    groups: dict[tuple[object, ...], list[list[tuple[int, _Told]]]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        told = _told(c, when, names, families, rare_limit, sim)
        if told is None:
            continue
        target = None
        for family in sorted(told.families):
            target = next((g for g in groups[(when, family)] if all(_told_agree(told, other) for _, other in g)),
                          None)
            if target is not None:
                break
        if target is not None:
            c.move_to(clusters[target[0][0]])
            target.append((target[0][0], told))
            continue
        for family in sorted(told.families):
            groups[(when, family)].append([(ci, told)])


def _told(cluster: Cluster, when: tuple[str, str], names: ArticleNames, families: frozenset[str], rare_limit: float,
          sim: Similarity) -> _Told | None:
    """What the cluster's title tells of its day (_Told), or None when it tells no happening of ``families`` nor a
    verb of its own, or names no rare participant."""
    member = _title_member(cluster, when)
    told = member.happening & families
    if not member.happening and member.trigger in member.head and member.trigger not in plain_verbs():
        # a verb no family names is a happening of its own ("NATO expressed regret" / "NATO expressed regret over the
        # incident"), unless it tells a saying or a state
        told = frozenset({VERB_MARK + member.trigger})
    if not told:
        return None
    heads = family_heads()
    # the title's keys in order (title_form), where a phrase's words are its family's key ("passing" in "passing
    # through" tells the happening), but not its verb nor its doer: what the happening befell or where ("the first
    # Jordanian aid flight landed at Benghazi airport" / "Royal Jordanian Air Force fighter aircraft landed at the
    # base" share only their doers' nationality)
    rare = frozenset(k for k in set(member.title_form) - heads - {member.trigger} - doers(member)
                     if not k.isdigit() and sim.df.get(k, 0) <= rare_limit)
    if not rare:
        return None
    proper = names.proper.get(member.event.article, frozenset())
    named = frozenset(title_word_key(w) for w in title_words(member.event.title)[1:] if w[:1].isupper()) \
        & proper - heads
    context = frozenset().union(*(m.keys | names.proper.get(m.event.article, frozenset()) for m in cluster.members))
    return _Told(member, told, rare, named, context | named)


def _told_agree(a: _Told, b: _Told) -> bool:
    """Whether two titles of one day and family (join_day_participants) tell one happening: they share a rare
    participant, each name one gives is known to the other's sources and articles, and their doers do not differ
    (similarity.different_doers, different_named_doers: "NATO forces bombed Al-Hayrah" / "Gaddafi's forces ..."), nor
    the figures their sentences say a change came to (similarity.different_change_targets)."""
    return bool(a.families & b.families) and bool(a.rare & b.rare) and _told_names_known(a, b) \
        and not different_doers(a.item, b.item) and not different_named_doers(a.item, b.item) \
        and not different_change_targets(a.item, b.item)


def _told_names_known(a: _Told, b: _Told) -> bool:
    """Whether each title's names are known to the other's sources and articles, or the one title gives some names
    and all of them again in the other title, which tells the same more closely ("The irregular armies overran
    Gaddafi's compound" / "The rebels overrun Gaddafi's fortified Bab al-Aziziya compound in Tripoli": an article
    that never wrote "Bab al-Aziziya" still told that compound)."""
    if a.names <= b.context and b.names <= a.context:
        return True
    return bool(a.names) and a.names <= b.names or bool(b.names) and b.names <= a.names


@cache
def _participant_families() -> frozenset[str]:
    return frozenset(str(f) for f in derivations()["participant_happenings"])


def join_described_doers(clusters: Sequence[Cluster], names: ArticleNames) -> None:
    """Join a finished cluster of one day whose title's doer is described by a role noun ("A Libyan woman stormed
    into a Tripoli hotel") into the one cluster of that day and verb whose doer is named ("Al-Obeidy stormed into the
    Rixos Hotel"), when the described cluster's own sources or articles write that name ("Eman al-Obeidy, the woman
    who burst into a Tripoli hotel": the articles tie the description to the name) and the titles share a key beside
    doer and verb (what was done to or where: "hotel"). Different people's acts of one day stay apart: a described
    doer whose day holds two differently named doers of its verb, or whose sources never write the name, joins none
    (derivations.yaml ``described_doers``)."""
    roles = _role_words()
    named: dict[tuple[tuple[str, str], str], list[tuple[int, frozenset[str], frozenset[str]]]] = defaultdict(list)
    described: list[tuple[int, tuple[str, str], str, frozenset[str], frozenset[str]]] = []
    for ci, c, when in _day_clusters(clusters):
        if c.previous is not None:
            continue  # a person's entry keeps its grouping
        m = _title_member(c, when)
        verb = _described_verb(m)
        who = doers(m)
        if not verb or not who:
            continue
        rest = frozenset(m.title_form) - who - {m.trigger} - family_heads()
        if who & roles:
            # what its sources write: their keys and titles ("Eman al-Obeidy burst into a Tripoli hotel" titles a
            # sentence whose clause keys hold only the hotel), and the names their articles write
            context = frozenset().union(*(x.keys | _title_keys(x.event.title) | names.proper.get(x.event.article, frozenset())
                                          for x in c.members))
            described.append((ci, when, verb, rest, context))
        elif who <= _capitalised_keys(m.event.title) and participants(who) == who:
            named[(when, verb)].append((ci, who, rest))
        elif (owner := _possessor_doer(m.event.title, who)):
            # "McCain's resolution introduced with Sen. John Kerry": the possessor named is who did it (twins46)
            named[(when, verb)].append((ci, owner, rest | (who - owner)))
    for ci, when, verb, rest, context in described:
        tied = [(cj, who) for cj, who, other in named.get((when, verb), ())
                if who <= context and rest & other and clusters[cj].members]
        if tied and len({who for _, who in tied}) == 1 and clusters[ci].members:
            clusters[ci].move_to(clusters[tied[0][0]])


def _possessor_doer(title: str, who: frozenset[str]) -> frozenset[str]:
    """The name that owns a title's doer when the doer is a possessed thing ("McCain's resolution introduced ...":
    mccain): a capitalised word with a possessive ending in the doer, the doer's other words lower-case; else empty."""
    owners = frozenset(title_word_key(w) for w in title_words(title)
                       if w[:1].isupper() and w[-2:].lower() in ("'s", "\u2019s") and title_word_key(w) in who)
    if len(owners) != 1 or who - owners & _capitalised_keys(title) or participants(owners) != owners:
        return frozenset()
    return owners


def _title_keys(title: str) -> frozenset[str]:
    """The keys of every word of a title, its subject's too."""
    return frozenset(title_word_key(w) for w in title_words(title))


def _capitalised_keys(title: str) -> frozenset[str]:
    """The keys of the words a title capitalises: a doer all of whose words are capitalised is named ("Al-Obeidy"),
    not described ("A Libyan woman")."""
    return frozenset(title_word_key(w) for w in title_words(title) if w[:1].isupper())


def _described_verb(item: Item) -> str:
    """The verb a title tells that join_described_doers compares: its trigger, when the title holds it and it tells
    a happening, not a saying or a being."""
    if item.trigger not in item.head or item.trigger in plain_verbs() \
            or {item.trigger, key_form(item.trigger)} & _described_skipped():
        return ""
    return item.trigger


@cache
def _described_skipped() -> frozenset[str]:
    # as written and by word family: a trigger is keyed either way ("killed", "kill")
    words = [str(w).lower() for w in derivations()["described_doers"]["skipped_verbs"]]
    return frozenset(words) | frozenset(key_form(w) for w in words)


class _Placed(NamedTuple):
    """What a day title tells of a rare place (join_day_places)."""

    item: Item  # the member that gives the title
    places: frozenset[str]  # the keys of the rare places of several words it names after a preposition
    head: str  # its first key that is no figure: what its subject names ("workers" in "Seven workers ...")
    subject: frozenset[str]  # its keys before its verb (all of them when the title does not hold its trigger)


def join_day_places(clusters: Sequence[Cluster], sim: Similarity) -> None:
    """Join finished clusters of one day whose titles name one rare place of several words after a preposition of
    derivations.yaml ``day_places`` (a place at most ``events`` events of the corpus name: "Breton Sound") and whose
    subjects agree (each title's first key is among the other's keys before its verb), with no different doers:
    "Seven workers on a boat trying to scrub the oil from Breton Sound were taken to hospital" / "Workers became ill
    while cleaning up oil in Breton Sound". The verbs may differ (taken to hospital, became ill): a place named by so
    few events is seldom the scene of two happenings of one day undergone by one subject. In canonical order, a
    cluster joins the first group of its day whose every member agrees with it (examples: ``day_places``)."""
    table = derivations()["day_places"]
    limit = int(table["events"])
    _join_day_groups(clusters, lambda c, when: _placed(_title_member(c, when), sim, limit), _placed_agree)


def _placed(item: Item, sim: Similarity, limit: int) -> _Placed | None:
    """The rare places a title or its sentence names (_Placed): a run of two or more capitalised words right after a
    preposition of ``day_places.prepositions`` one of whose keys at most `limit` events carry; None when it names
    none. The sentence counts: a title is cut to its clause ("The workers became ill" / "... became ill Wednesday while
    cleaning up oil in Breton Sound"), and the printed title gets the place back."""
    words = [*title_words(item.event.title), *title_words(item.event.source.quote)]
    preps = _day_place_words()
    places: set[str] = set()
    for i, word in enumerate(words[:-1]):
        if word.lower() not in preps:
            continue
        run = []
        for w in words[i + 1:]:
            if not w[:1].isupper() or w.endswith(("'s", "\u2019s")):
                break
            run.append(title_word_key(w))
        if len(run) >= 2 and min(sim.df.get(k, 0) for k in run) <= limit:
            places.add(" ".join(run))
    forms = list(item.title_form)
    head = next((k for k in forms if not k.isdigit()), None)
    if not places or head is None:
        return None
    at = forms.index(item.trigger) if item.trigger in forms else len(forms)
    return _Placed(item, frozenset(places), head, frozenset(forms[:at]))


def _placed_agree(a: _Placed, b: _Placed) -> bool:
    """Whether two titles of one day (join_day_places) tell one happening at a rare place: they name it, each one's
    subject head is in the other's subject ("Seven workers on a boat ..." / "Workers became ill"; "A shrimp boat sank"
    heads on "shrimp"), and they do not name different doers (similarity.different_doers, different_named_doers)."""
    return bool(a.places & b.places) and a.head in b.subject and b.head in a.subject \
        and not different_doers(a.item, b.item) and not different_named_doers(a.item, b.item) \
        and not different_change_targets(a.item, b.item)


@cache
def _day_place_words() -> frozenset[str]:
    return frozenset(str(w) for w in derivations()["day_places"]["prepositions"])


class _Journey(NamedTuple):
    """What a day entry's title tells of a traveller's move (join_journeys)."""

    item: Item  # the member that gives the title
    travellers: frozenset[str]  # the names of who or what moved: the title's names before its first move word
    ends: frozenset[str]  # the names of where the move went (``towards`` words after a move word)
    context: frozenset[str]  # every key of its sources and every name their articles write


def join_journeys(clusters: Sequence[Cluster], items: Sequence[Item] = (), sim: Similarity | None = None,
                  names: ArticleNames | None = None) -> None:
    """Join finished clusters of one day whose titles tell one traveller's move by different words (derivations.yaml
    ``journeys``: "Al-Obeidy was deported to Benghazi" / "They learned that al-Obeidy was forced from Doha and arrived
    in Benghazi" / "Al-Obeidy fled Libya ... when she was deported"; "A U.S.-chartered ferry bound for Malta" / "A
    U.S.-chartered ferry carrying 338 passengers arrived in Malta"): the names before their move words share one that
    is no common name of the corpus nor a nationality qualifying a noun, their destinations, when both give one, meet,
    the names before the move words are known to the other's sources and articles (the titles' other names may be
    the people aboard: "Benzegala said ..."), and their doers do not differ. One
    person or one named vessel moves once a day; two travellers, or one going to two places, are two moves. In
    canonical order, a cluster joins the first group of its day whose every member agrees with it (derivations.yaml
    examples.journeys)."""
    names = article_names(items) if names is None else names
    sim = sim if sim is not None else Similarity(items)
    common = JOURNEY_COMMON_SHARE * sim.n
    df = sim.df
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters and answers are the same)
    uncommon = KeyTest(lambda k: df.get(k, 0) <= common)
    by_day_groups("journeys", days_of(_day_clusters(clusters)), lambda c, when, read: _journey(c, when, read, uncommon),
                  _journeys_agree, (uncommon,), names)


def join_since_states(clusters: Sequence[Cluster], items: Sequence[Item] = (), sim: Similarity | None = None,
                      names: ArticleNames | None = None) -> None:
    """Join an entry of a state since a day (dated on or after it: "Large parts of Mexico's economy have been shut down
    since 1 May") to the entry of that day whose title names its happening by the compound noun of the state's verb and
    particle ("The authorities in Mexico hope a nationwide shut-down ordered from Friday ..."), when the titles share a
    name: the state is what that day's happening began. The compound names one happening ("a shutdown", "a lockdown",
    "a crackdown"); the verb alone names many ("Mexico shut its embassy"). (examples.since_states)"""
    days: dict[str, list[tuple[int, frozenset[str], frozenset[str]]]] = defaultdict(list)
    states: list[tuple[int, str, str, frozenset[str]]] = []
    for ci, c, when in _day_clusters(clusters):
        member = _title_member(c, when)
        words = title_words(member.event.title)
        named = frozenset(k for _, k in _name_positions(words, frozenset(), start=0))
        if when[1] == SINCE_MOD:
            compound = _verb_compound(words, member.trigger)
            if compound and named:
                states.append((ci, when[0], compound, named))
        elif not when[1]:
            days[when[0]].append((ci, frozenset(title_word_key(w) for w in words), named))
    for ci, day, compound, named in states:
        target = next((cj for cj, keys, other in days.get(day, ()) if compound in keys and named & other
                       and clusters[cj].members), None)
        if target is not None and clusters[ci].members:
            clusters[ci].move_to(clusters[target])


SINCE_MOD = "ON_OR_AFTER"  # the date modifier of a state since a day


def _verb_compound(words: Sequence[str], trigger: str) -> str:
    """The key of the compound noun of the title's trigger and the particle written just after it ("shut down" ->
    "shutdown"), or "" when no particle follows it."""
    for i, word in enumerate(words[:-1]):
        if title_word_key(word) == trigger or word.lower() == trigger:
            follower = words[i + 1].lower()
            return title_word_key(word.lower() + follower) if follower in _compound_particles() else ""
    return ""


@cache
def _compound_particles() -> frozenset[str]:
    return frozenset(str(w) for w in derivations()["since_states"]["particles"])


JOURNEY_COMMON_SHARE = 0.05  # a name more than this share of the corpus's events carry is no traveller of its own


def _journey(cluster: Cluster, when: tuple[str, str], names: ArticleNames,
             uncommon: Callable[[str], bool]) -> _Journey | None:
    """What a day cluster's title tells of a move (_Journey), or None when it writes no move word or names no
    traveller before it."""
    member = _title_member(cluster, when)
    words = title_words(member.event.title)
    lower = [_POSSESSOR.sub("", w.lower()) for w in words]
    table = _journey_table()
    starts = [i for i in range(len(lower)) for phrase in table.moves if tuple(lower[i:i + len(phrase)]) == phrase]
    if not starts:
        return None
    first = min(starts)
    proper = names.proper.get(member.event.article, frozenset())
    travellers = frozenset(k for i, k in _name_positions(words[:first], proper)
                           if uncommon(k) and not _qualifying_nationality(words, i, table))
    if not travellers:
        return None
    ends: set[str] = set()
    for at in starts:
        for j in range(at + 1, min(len(words), at + 1 + table.window)):
            if lower[j] in table.towards:
                ends.update(k for _, k in _name_positions(words[j + 1:j + 1 + table.window], proper, start=j + 1))
                break
    context = frozenset().union(*(m.keys | names.proper.get(m.event.article, frozenset()) for m in cluster.members))
    return _Journey(member, travellers, frozenset(ends), context | travellers)


def _name_positions(words: Sequence[str], proper: frozenset[str], start: int = 0) -> list[tuple[int, str]]:
    """The capitalised words' positions and keys: a title's first word only when its article writes it as a name."""
    found = []
    for i, w in enumerate(words, start):
        if not _capitalised(w):
            continue
        key = title_word_key(w.strip("()[]"))
        # a title's first word is capitalised whatever it is: a name when an article writes it as one, or it is
        # one by its particle ("Al-Obeidy")
        if key and (i > 0 or key in proper or _particle_name(w)) and key not in lexicon().stopwords:
            found.append((i, key))
    return found


def _capitalised(word: str) -> bool:
    """Whether a word is written as a name: capitalised, or a particle before a capitalised name ("al-Obeidy")."""
    return word[:1].isupper() or _particle_name(word)


def _particle_name(word: str) -> bool:
    """Whether a word is a particle joined to a capitalised name ("al-Obeidy", "Al-Obeidy"; not "U.S.-led")."""
    return "-" in word and word.split("-", 1)[1][:1].isupper()


def _qualifying_nationality(words: Sequence[str], i: int, table: _JourneyTable) -> bool:
    """Whether the capitalised word at i is a nationality qualifying the noun after it ("an Italian ship")."""
    return i + 1 < len(words) and words[i + 1][:1].islower() \
        and (words[i].lower() in _country_adjectives() or words[i].lower().endswith(table.adjective_endings))


def _journeys_agree(a: _Journey, b: _Journey) -> bool:
    """Whether two day titles tell one move (join_journeys)."""
    if not a.travellers & b.travellers:
        return False
    if a.ends and b.ends and not a.ends & b.ends:
        return False  # "arrived in Paris" / "flew to Rome": two legs
    # who moved is known to both; the titles' other names may be the people aboard ("Benzegala said ...")
    return _names_known(a.travellers, b.context) and _names_known(b.travellers, a.context) \
        and not different_doers(a.item, b.item) and not different_named_doers(a.item, b.item)


class _JourneyTable(NamedTuple):
    moves: tuple[tuple[str, ...], ...]  # the move words and phrases, lower-case
    towards: frozenset[str]  # words before where a move went
    window: int  # words after a move word that may hold a ``towards`` word, and after it the place's name
    adjective_endings: tuple[str, ...]  # endings of a nationality's adjective


@cache
def _journey_table() -> _JourneyTable:
    table = derivations()["journeys"]
    return _JourneyTable(tuple(tuple(str(m).lower().split()) for m in table["moves"]),
                         frozenset(str(w).lower() for w in table["towards"]), int(table["window"]),
                         tuple(str(e).lower() for e in table["adjective_endings"]))


class _Incident(NamedTuple):
    """What a year entry's title tells of an incident (join_year_incidents)."""

    item: Item  # the member that gives the title
    families: frozenset[str]  # its happenings of derivations.yaml ``incidents``
    things: frozenset[str]  # the stems of its title's words that name what underwent it: none common in the corpus
    names: frozenset[str]  # the names its title gives
    context: frozenset[str]  # every key of its sources and every name their articles write
    # the names of the phrase a past year's incident heads ("The Spanish flu pandemic"): which incident it is
    head_names: frozenset[str] = frozenset()
    phrases: tuple[frozenset[str], ...] = ()  # a participant incident's names (participant_incidents)
    written: frozenset[str] = frozenset()  # the keys of its title and sentences


def join_statement_contents(clusters: Sequence[Cluster], items: Sequence[Item] = (),
                            names: ArticleNames | None = None) -> None:
    """Join a day entry whose title tells a statement and nothing of what it said (derivations.yaml ``statements``:
    "Statement posted by the Russian Foreign Ministry") into the one other entry of its day whose title tells what its
    doer said ("The Russian Foreign Ministry said that ..."): the subject before the saying verb names the statement's
    doer, no more and no less (names its article writes), or its acronym ("AQIM released a statement in support of the
    uprising" for "The statement by Al Qaeda in the Islamic Maghreb was posted"): a statement that tells what it said is
    a saying. With two such sayings, or none, it stays (examples.statements)."""
    names = article_names(items) if names is None else names

    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters and names read are the same)
    def work(day: Day, move: Callable[[int, int], None], read: object) -> None:
        said: list[tuple[int, frozenset[str]]] = []  # the day's sayings: (position, subject)
        bare: list[tuple[int, frozenset[str], str]] = []
        for ci, (c, when) in enumerate(day):
            member = _title_member(c, when)
            words = title_words(member.event.title)
            proper = read.proper.get(member.event.article, frozenset())  # type: ignore[attr-defined]
            doer = _bare_statement(words, proper)
            if doer:
                bare.append((ci, doer, _initials(statement_doer(words))))
                continue
            subject = _saying_subject(words, proper)
            if subject:
                said.append((ci, subject))
        for ci, doer, acronym in bare:
            sayings = [cj for cj, subject in said if (subject == doer or subject == {acronym}) and day[cj][0].members]
            if len(sayings) == 1 and day[ci][0].members:
                move(ci, sayings[0])

    by_day("statement_contents", days_of(_day_clusters(clusters)), work, (), names)


def _bare_statement(words: Sequence[str], proper: frozenset[str]) -> frozenset[str]:
    """The names of the doer of a statement a title tells with nothing of what it said (``statements``: "Statement
    posted by the Russian Foreign Ministry" -> russian, foreign, ministry, each a name its article writes but the
    title's first word); empty for any other title."""
    doer = statement_doer(words)
    if not doer:
        return frozenset()
    keys = [title_word_key(w) for w in doer]
    first = title_word_key(words[0]) if words else ""
    if not all(k in proper or k == first for k in keys):
        return frozenset()
    return frozenset(k for k in keys if k in proper)


def _initials(doer: Sequence[str]) -> str:
    """The key of the acronym a doer's name makes, one letter for each of its capitalised words ("Al Qaeda in the
    Islamic Maghreb" -> "aqim"); "" for a name of one word, which no acronym shortens."""
    letters = [w[0] for w in doer if w[:1].isupper()]
    return "".join(letters).lower() if len(letters) >= ACRONYM_WORDS else ""


ACRONYM_WORDS = 2  # capitalised words a name needs before its initials make an acronym of it


def _saying_subject(words: Sequence[str], proper: frozenset[str]) -> frozenset[str]:
    """The names of the subject of a title that opens with who said something ("The Russian Foreign Ministry said that
    ...", "AQIM released a statement in support of the uprising"): the capitalised words before its first saying verb
    or statement's phrase, each a name its article writes but the first; empty otherwise."""
    verb = next((i for i, w in enumerate(words) if w.lower() in _saying_verbs()), None)
    told = statement_phrase_at(words)
    if told is not None and (verb is None or told < verb):
        verb = told
    if not verb:
        return frozenset()
    subject = [w for w in words[:verb] if w.lower() not in _lexical_set("determiners")]
    keys = [title_word_key(w) for w in subject]
    if not subject or any(not w[:1].isupper() for w in subject) or not all(k in proper for k in keys[1:]):
        return frozenset()
    # a word written in capitals is a name wherever it stands ("AQIM released a statement")
    return frozenset(k for w, k in zip(subject, keys) if k in proper or len(w) >= ACRONYM_WORDS and w.isupper())


@cache
def _saying_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["statements"]["saying"]) | lexicon().speech_verbs


class _Appearance(NamedTuple):
    """What a day cluster's title tells of one speaker's appearance (join_appearances)."""

    speaker: frozenset[str]  # the names of the title's subject, and its head noun ("+son") when no name heads it
    media: frozenset[str]  # the media of derivations.yaml ``appearances`` its title and sentences name
    stems: frozenset[str]  # the stems of its sentences' content words few events of the corpus carry
    context: frozenset[str]  # every key of its sources and every name their articles write
    figures: frozenset[str] = frozenset()  # the counts its title's sentence gives ("toll to 15"), years aside
    articles: frozenset[str] = frozenset()  # the articles of its members (one article telling both: twins50)
    verb: str = ""  # its title's verb after the speaker, lower-cased ("said", "denied")


def join_appearances(clusters: Sequence[Cluster], items: Sequence[Item] = (), sim: Similarity | None = None,
                     names: ArticleNames | None = None) -> None:
    """Join day entries whose titles tell what one speaker said or how one appeared ("Muammar Gaddafi said he was
    still in Libya to lead the fight against rats and stray dogs" / "The voice of Muammar Gaddafi boomed out from his
    hiding place"; derivations.yaml ``appearances``) when their sentences share at least `shared` words few events of
    the corpus carry (names and sayings aside) and name no two different media (an interview, a televised speech).
    Two speakers ("Gaddafi's son said" / "Gaddafi said"), two contents told by two articles, or an interview and a
    news conference stay apart; one article's two plain sayings of one speaker's day need no word in common. In
    canonical order, a cluster joins the first group of its day whose every member agrees with it
    (examples.appearances)."""
    names = article_names(items) if names is None else names
    sim = Similarity(items) if sim is None else sim
    rules = derivations()["appearances"]
    limit = float(rules["common_share"]) * sim.n
    _join_day_groups(clusters, lambda c, when: _appearance(c, when, names, sim, limit), _appearances_agree)


def _appearance(cluster: Cluster, when: tuple[str, str], names: ArticleNames, sim: Similarity,
                limit: float) -> _Appearance | None:
    """What the cluster's title tells of a speaker's saying or appearance (_Appearance); None when its title opens
    with no named subject followed by a saying verb of ``appearances`` or with no medium in its subject."""
    member = _title_member(cluster, when)
    words = title_words(member.event.title)
    proper = names.proper.get(member.event.article, frozenset())
    media = _appearance_media()
    at = next((i for i, w in enumerate(words) if i > 0 and not _subject_word(w)), None)
    if at is None or at > APPEARANCE_SUBJECT_WORDS:
        return None
    subject = [w for w in words[:at] if not w.lower().endswith("ly")]
    verb = _renewed_saying(words, at) or words[at].lower()
    # "X said", "The voice of X boomed", "X went on the radio": a saying, a medium in its subject or just after its verb
    if verb not in _appearance_verbs() and not any(w.lower() in media for w in subject) \
            and not any(w.lower() in media for w in words[at + 1:at + 1 + MEDIUM_GAP]):
        return None
    # "Gaddafi's son Saif": the possessor is not the speaker
    owned = max((i + 1 for i, w in enumerate(subject[:-1]) if _POSSESSOR.search(w)), default=0)
    speaker = {k for k in (_name_key(w, title_word_key(w)) for w in subject[owned:] if w[:1].isupper())
               if k and k in proper}
    if not speaker:
        return None
    head = subject[-1]
    if not head[:1].isupper():
        speaker.add("+" + title_word_key(head))  # "Gaddafi's son": the son speaks, not Gaddafi
    told = [m for m in cluster.members if m.when == when]
    lex = lexicon()
    # plain sayings ("said", "told") carry no content; a denial or a vow does
    skipped = lex.stopwords | {w.lower() for w in lex.reporting_verbs | lex.speech_verbs} | _saying_verbs()
    stems: set[str] = set()
    found: set[str] = {media[w.lower()] for w in words if w.lower() in media}
    for m in told:
        quote_words = title_words(m.event.source.quote)
        found |= {media[w.lower()] for w in quote_words if w.lower() in media}
        plain = [w for w in quote_words if w[:1].islower() and w.lower() not in skipped and w.lower() not in media]
        stems |= {s for w, s in zip(plain, word_stems(plain))
                  if len(s) > 2 and sim.df.get(title_word_key(w), 0) <= limit}
    context = frozenset().union(*(m.keys | names.proper.get(m.event.article, frozenset()) for m in cluster.members))
    figures = frozenset(f for f in _FIGURE.findall(member.event.source.quote) if not YEAR_FIGURE.fullmatch(f))
    return _Appearance(frozenset(speaker), frozenset(found), frozenset(stems), context, figures,
                       frozenset(m.event.article for m in cluster.members), verb)


def _renewed_saying(words: Sequence[str], at: int) -> str:
    """"repeated" when a title's verb renews a saying ("Ibrahim renewed the government's accusations": a verb of
    derivations.yaml appearances ``renewals``, one of its ``objects`` at most RENEWAL_GAP words after it), so the
    renewal is a plain line of the speaker's day; "" otherwise ("NATO renewed its strikes" is a deed)."""
    if words[at].lower() not in _renewals("verbs"):
        return ""
    return "repeated" if any(w.lower() in _renewals("objects") for w in words[at + 1:at + 1 + RENEWAL_GAP]) else ""


@cache
def _renewals(field: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["appearances"]["renewals"][field])


RENEWAL_GAP = 4  # words between a renewal's verb and its object ("renewed the government's accusations")


_FIGURE = re.compile(r"\d[\d,.]*\d|\d")  # a count a sentence gives ("15", "1,271")


APPEARANCE_SUBJECT_WORDS = 8  # words a speaker's subject may take before its verb ("Embattled Libyan leader ...")
MEDIUM_GAP = 3  # words after a title's verb where a medium tells an appearance ("went on the radio")


def _subject_word(word: str) -> bool:
    """Whether a title's word may stand in its subject before the verb: a name, a determiner, a role noun, a medium,
    "of", an adverb ("flatly", "again")."""
    low = word.lower()
    return word[:1].isupper() or low in _lexical_set("determiners") or key_form(low) in _role_words() \
        or low in _appearance_media() or low == "of" or low in _lexical_set_of("appearances", "adverbs") \
        or low.endswith("ly") and low not in _appearance_verbs()


def _appearances_agree(a: _Appearance, b: _Appearance) -> bool:
    """Whether two day titles tell one appearance of one speaker (join_appearances): one speaker, the names of one
    known to the other's sources, no two media apart, and `shared` rare words of their sentences in common."""
    if not (a.speaker <= b.speaker or b.speaker <= a.speaker) or not _names_known(a.speaker - _heads(a), b.context):
        return False
    if a.media and b.media and not a.media & b.media:
        return False
    if a.figures and b.figures and not a.figures & b.figures:
        return False  # "bringing the toll to 15" / "the toll had risen by one, to 16": two announcements
    rules = derivations()["appearances"]
    # one article's two lines of one speaker's day are one appearance told twice (twins50): "Jalil said he had
    # offered amnesty" / "Mustafa Abdul Jalil told CNN that his movement is running out of money", when both titles'
    # verbs only say (``line_verbs``: no sanctions announced, no address given); no rare word need be shared
    one_article = bool(a.articles & b.articles) and {a.verb, b.verb} <= _lexical_set_of("appearances", "line_verbs")
    shared = int(rules["one_article_shared"]) if one_article else int(rules["shared"])
    return len(a.stems & b.stems) >= shared


def _heads(told: _Appearance) -> frozenset[str]:
    return frozenset(k for k in told.speaker if k.startswith("+"))


@cache
def _lexical_set_of(table: str, key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()[table][key])


@cache
def _appearance_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["appearances"]["verbs"]) | _saying_verbs() \
        | {w.lower() for w in lexicon().reporting_verbs}


@cache
def _appearance_media() -> dict[str, str]:
    return {str(w).lower(): str(kind) for kind, ws in derivations()["appearances"]["media"].items() for w in ws}


FRAGMENT_KEYS = 3  # keys a title of a few words has at most ("The air attacks", "The strike began")


def join_day_fragments(clusters: Sequence[Cluster], items: Sequence[Item] = (), sim: Similarity | None = None,
                       names: ArticleNames | None = None) -> None:
    """Join a day entry whose title is a fragment of a few words naming no one ("The air attacks", "The strike began",
    "The vote") into the one other entry of its day whose title tells the same happenings (derivations.yaml families,
    beginnings and ends aside), when the two share an article: the fragment points back to what its article told
    ("NATO attacks outside Ajdabiyah helped break the assault" / "... said after Sunday's air attacks"). With two or
    more such entries on its day, or none sharing its article, it stays (examples.fragments)."""
    names = article_names(items) if names is None else names
    days: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        member = _title_member(c, when)
        days[when[0]].append((ci, frozenset(title_forms(member.event.title))))
    for ci, c, when in list(_day_clusters(clusters)):
        told = _fragment_happenings(_title_member(c, when), names)
        if not told or not c.members:
            continue
        others = [cj for cj, forms in days[when[0]] if cj != ci and clusters[cj].members and _kin_told(told, forms)]
        if len(others) != 1:
            continue
        target = clusters[others[0]]
        if {m.event.article for m in c.members} & {m.event.article for m in target.members}:
            c.move_to(target)


def _kin_told(told: frozenset[str], forms: frozenset[str]) -> bool:
    """Whether a title's keys `forms` tell each happening of a fragment, in its family's key or a kindred one of
    derivations.yaml ``fragment_kin`` ("the sinking" / "The boat ran aground": one wreck)."""
    kin = _fragment_kin()
    return all(h in forms or kin.get(h, frozenset()) & forms for h in told)


@cache
def _fragment_kin() -> dict[str, frozenset[str]]:
    return {str(k): frozenset(str(w) for w in v) for k, v in derivations()["fragment_kin"].items()}


def _fragment_happenings(item: Item, names: ArticleNames) -> frozenset[str]:
    """The happenings a fragment title tells (join_day_fragments): its family keys beside beginnings and ends, when
    it has at most FRAGMENT_KEYS words, or keys of what it tells ("At least 578 people survived the sinking": 578,
    survived, sinking), and names no one (no capitalised word after its first, and its first word no name its article
    writes); empty otherwise."""
    words = title_words(item.event.title)
    forms = title_forms(item.event.title)
    if not words or min(len(forms), len(item.title_form)) > FRAGMENT_KEYS or any(w[:1].isupper() for w in words[1:]) \
            or title_word_key(words[0]) in names.proper.get(item.event.article, frozenset()):
        return frozenset()
    return frozenset(forms) & family_heads() - _aspect_families()


class _Retold(NamedTuple):
    """What a day cluster's title tells as one article's telling of its day (join_article_retellings)."""

    item: Item  # the member that gives the title
    verb: str  # the stem of its trigger's word, a doing of its own; "" for none
    stems: dict[str, str]  # the stems of its content words -> their keys
    names: frozenset[str]  # the names its title gives
    after: frozenset[str]  # those it gives after its verb
    context: frozenset[str]  # every key of its sources and every name their articles write
    articles: frozenset[str]  # the articles that tell it on its day


def join_article_retellings(clusters: Sequence[Cluster], items: Sequence[Item] = (), sim: Similarity | None = None,
                            names: ArticleNames | None = None) -> None:
    """Join day entries that one article tells on that day, when their titles tell one doing by one verb (either
    title's trigger, written in both: "Coalition missiles heavily damaged a building" / "A building was damaged in a
    coalition air strike"; "BP admitted defeat" / "BP admitted the best hope ... could take two months") and share
    another word few events of the corpus carry (derivations.yaml ``retellings``), one title naming no one the other
    does not and every name known to the other's sources, with no different doers and no different figures. An
    article tells its day's event in its lede and again further on; one article's two doings of one verb and one
    rare thing on one day are rare. In canonical order, a cluster joins the first group of its day whose every
    member agrees with it (examples.retellings)."""
    names = article_names(items) if names is None else names
    sim = Similarity(items) if sim is None else sim
    limit = float(derivations()["retellings"]["common_share"]) * sim.n
    main_limit = _main_name_share() * sim.n
    df = sim.df
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters and answers are the same)
    uncommon = KeyTest(lambda k: df.get(k, 0) <= limit)
    feed_name = KeyTest(lambda k: df.get(k, 0) > main_limit)

    def work(day: Day, move: Callable[[int, int], None], read: object) -> None:
        groups: list[list[tuple[int, _Retold]]] = []
        for ci, (c, when) in enumerate(day):
            told = _retold(c, when, read)  # type: ignore[arg-type]
            if not told.articles:
                continue  # a title with no verb of its own still joins one whose verb it writes
            target = next((g for g in groups if all(_retold_agree(told, other, uncommon, feed_name) for _, other in g)),
                          None)
            if target is None:
                groups.append([(ci, told)])
                continue
            move(ci, target[0][0])
            target.append((target[0][0], told))

    by_day("article_retellings", days_of(_day_clusters(clusters)), work, (uncommon, feed_name), names)


def _retold(cluster: Cluster, when: tuple[str, str], names: ArticleNames) -> _Retold:
    """What the cluster's title tells as one article's telling of its day (_Retold)."""
    member = _title_member(cluster, when)
    words = title_words(member.event.title)
    stems = word_stems(words)
    lex = lexicon()
    skipped = lex.stopwords | {w.lower() for w in lex.reporting_verbs | lex.speech_verbs} | _light_verbs()
    at, verb = next(((i, s) for i, (w, s) in enumerate(zip(words, stems))
                     if title_word_key(w) == member.trigger and w[:1].islower() and w.lower() not in skipped
                     and member.trigger not in plain_verbs() and not _qualifies(words, i)), (len(words), ""))
    content = {s: title_word_key(w) for w, s in zip(words, stems) if w.lower() not in skipped}
    proper = names.proper.get(member.event.article, frozenset())
    named = frozenset(_name_key(w, title_word_key(w)) for w in words[1:] if w[:1].isupper()) & proper - family_heads()
    # names after the doing: what it was done to or what the title goes on to say, not its doer
    after = frozenset(_name_key(w, title_word_key(w)) for w in words[at + 1:] if w[:1].isupper()) & named
    context = frozenset().union(*(m.keys | names.proper.get(m.event.article, frozenset()) for m in cluster.members))
    articles = frozenset(m.event.article for m in cluster.members if m.when == when)
    return _Retold(member, verb, content, named, after, context | named, articles)


def _retold_agree(a: _Retold, b: _Retold, uncommon: Callable[[str], bool], feed_name: Callable[[str], bool]) -> bool:
    """Whether two titles of one day are one article's two tellings of one doing (join_article_retellings): `uncommon`
    tells a key few events of the corpus carry (retellings.common_share), `feed_name` a main name of the feed
    (_told_names)."""
    if not a.articles & b.articles:
        return False
    verbs = {v for v in (a.verb, b.verb) if v and v in a.stems and v in b.stems}
    if not verbs:
        return False
    rare = [s for s in set(a.stems) & set(b.stems) - verbs
            if a.stems[s] not in family_heads() and uncommon(a.stems[s])]
    if not rare:
        return False
    # one title names no one the other does not, but the feed's main name (Gadhafi, BP) given after the verb, in
    # passing, sets none apart (its doer's does) where a rarer name both give stays; and the other's sources know
    # each name it gives
    if not (_told_names(a, feed_name) <= b.names or _told_names(b, feed_name) <= a.names) \
            or not _names_known(a.names, b.context) or not _names_known(b.names, a.context):
        return False
    return not different_doers(a.item, b.item) and not different_named_doers(a.item, b.item) \
        and not different_change_targets(a.item, b.item)


def _told_names(told: _Retold, feed_name: Callable[[str], bool]) -> frozenset[str]:
    """The names a retelling gives that may set it apart: all but a main name of the feed (`feed_name`: more events
    than derivations.yaml retellings.main_name_share carry it) given after its verb, when another name is left."""
    rest = told.names - frozenset(n for n in told.after if feed_name(n))
    return rest or told.names  # with no other name the main one is all it names ("... to discuss Libya's future")


@cache
def _main_name_share() -> float:
    return float(derivations()["retellings"]["main_name_share"])


@cache
def _light_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["retellings"]["light_verbs"])


def join_when_clauses(clusters: Sequence[Cluster], items: Sequence[Item] = (), sim: Similarity | None = None,
                      names: ArticleNames | None = None) -> None:
    """Join a day entry whose sentence tells, in a clause of derivations.yaml ``when_words``, the doing another entry
    of its day tells as its title: that title's verb and another of its words few events of the corpus carry, in the
    clause ("Efforts to extinguish resistance in Sirte received a big boost" from "... when ... government forces
    captured Gaddafi's son Mo`tassim" / "Government fighters captured Gaddafi's son Mo`tassim"), when the clause
    gives every name the title gives and the title's sources know every name the entry's title gives. A sentence
    that tells a happening as the moment of its own tells one event, in two entries. Only a clause of "when": one
    of "after" tells what came of it, another event ("Libya suspended ties after France recognized the council").
    Joins only where one entry of the day is told by the clause (examples.when_clauses)."""
    names = article_names(items) if names is None else names
    sim = Similarity(items) if sim is None else sim
    limit = float(derivations()["retellings"]["common_share"]) * sim.n
    df = sim.df
    # each day alone (timeline.merge.kept_days: a rebuild replays the days whose clusters and answers are the same)
    uncommon = KeyTest(lambda k: df.get(k, 0) <= limit)

    def work(day: Day, move: Callable[[int, int], None], read: object) -> None:
        told = [(ci, _retold(c, when, read)) for ci, (c, when) in enumerate(day)]  # type: ignore[arg-type]
        for ci, framing in told:
            clauses = _when_clauses(day[ci][0], day[ci][1][0])
            if not clauses:
                continue
            targets = [cj for cj, other in told if cj != ci and other.verb
                       and any(_clause_tells(clause, other, uncommon) for clause in clauses)
                       and _names_known(framing.names, other.context)]
            if len(targets) == 1 and day[ci][0].members and day[targets[0]][0].members:
                move(ci, targets[0])

    by_day("when_clauses", days_of(_day_clusters(clusters)), work, (uncommon,), names)


def _when_clauses(cluster: Cluster, day: str) -> list[tuple[list[str], frozenset[str]]]:
    """The clauses of ``when_words`` in the sentences that date the cluster's members on `day`: their words and the
    name keys they write."""
    clauses = []
    for m in cluster.members:
        if m.when[0] != day:
            continue
        words = title_words(m.event.source.quote)
        at = next((i for i, w in enumerate(words) if w.lower() in _lexical_set("when_words")), None)
        if at is None:
            continue
        rest = words[at + 1:]
        # a compound of names ("the Dehiba-Wazin frontier crossing") gives each
        named = [part for w in rest if w[:1].isupper() for part in (w, *w.split("-")) if part[:1].isupper()]
        clauses.append((word_stems(rest), frozenset(title_word_key(w) for w in named)))
    return clauses


def _clause_tells(clause: tuple[list[str], frozenset[str]], told: _Retold, uncommon: Callable[[str], bool]) -> bool:
    """Whether a clause writes the title's verb and another of its words few events carry (`uncommon`: at most the
    share ``retellings.common_share`` of the events), and every name it gives."""
    stems, named = clause
    if told.verb not in stems:
        return False
    rare = [s for s in set(stems) & set(told.stems) - {told.verb}
            if told.stems[s] not in family_heads() and uncommon(told.stems[s])]
    return bool(rare) and _names_known(told.names, named)



def join_past_when_clauses(clusters: Sequence[Cluster], items: Sequence[Item] = (), sim: Similarity | None = None,
                           names: ArticleNames | None = None) -> None:
    """Join the entries of one past year or month (before every article of their sources) of which one's sentence
    tells, in a clause of ``when_words``, what the other's title or when-clause tells: ``past_when_clauses.shared``
    words few events carry, one of them a name ("Gadhafi returned to the international spotlight yet again" from
    "... when Scotland agreed to release convicted Lockerbie bomber Abdel Basset al-Megrahi" / "Libya and Gadhafi
    again became the subject of international ire" from "... when the government granted a hero's welcome to Abdel
    Basset al-Megrahi" / "Saad Djebbar negotiated the release in Scotland of Abdelbaset al-Megrahi", 2009). A past
    year is background many articles recall, each framing its one story its own way (twins37); a day has
    join_when_clauses (examples.past_when_clauses)."""
    sim = Similarity(items) if sim is None else sim
    limit = float(derivations()["retellings"]["common_share"]) * sim.n
    need = int(derivations()["past_when_clauses"]["shared"])
    by_date: dict[str, list[tuple[int, list[tuple[frozenset[str], frozenset[str]]], frozenset[str], frozenset[str]]]] \
        = defaultdict(list)
    for ci, c, when in dated_clusters(clusters):
        if when[1] or _is_day_value(when[0]) or not _past_year(c, when[0]):
            continue
        clauses = _past_clause_words(c, when[0], sim, limit)
        title = _rare_stems(title_words(_title_member(c, when).event.title), sim, limit)
        by_date[when[0]].append((ci, clauses, title[0].union(*(s for s, _ in clauses)),
                                 title[1].union(*(n for _, n in clauses))))
    root: dict[int, int] = {}

    def find(ci: int) -> int:
        while ci in root:
            ci = root[ci]
        return ci

    for told in by_date.values():
        for n, (ci, clauses, _, _) in enumerate(told):
            for cj, _, other, other_capital in told[:n] + told[n + 1:]:
                a, b = find(ci), find(cj)
                # one clause tells it, by a name both write and a word of what happened: a doer's name alone tells
                # many stories ("When BP's chief Tony Hayward said in May ..." / "Chief executive Tony Hayward
                # attempted to shift the blame")
                if a == b or not any(len(clause & other) >= need and clause & other & capital & other_capital
                                     and clause & other - capital - other_capital for clause, capital in clauses):
                    continue
                a, b = min(a, b), max(a, b)  # canonical order: the earlier cluster holds the story
                clusters[b].move_to(clusters[a])
                root[b] = a


def _past_clause_words(cluster: Cluster, when: str, sim: Similarity,
                       limit: float) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The rare stems of each when-clause of a cluster's sentences of that date, with those of them capitalised."""
    found = []
    for m in cluster.members:
        if m.when[0] != when:
            continue
        clause = _when_clause_words(m.event.source.quote)
        if clause:
            found.append(_rare_stems(clause, sim, limit))
    return found


def _when_clause_words(quote: str) -> list[str]:
    """The words of a sentence's clause of ``when_words``: one opening the sentence ends at its first clause break
    ("When Hayward took over in 2007, he promised ..." -> Hayward took over in 2007); one inside it runs to the
    sentence's end, what follows telling of its happening ("... when Scotland agreed to release al-Megrahi, who
    received a hero's welcome")."""
    words = title_words(quote)
    at = next((i for i, w in enumerate(words) if w.lower() in _lexical_set("when_words")), None)
    if at is None:
        return []
    if at == 0:
        return title_words(_CLAUSE_BREAK.split(quote, maxsplit=1)[0])[1:]
    return words[at + 1:]


def _rare_stems(words: Sequence[str], sim: Similarity, limit: float) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of words few events carry (at most `limit`), no function word, and those of them written
    capitalised (names); a happening's word too ("release"), rare as it is."""
    stop = lexicon().stopwords
    rare: set[str] = set()
    names: set[str] = set()
    for w, f, st in zip(words, phrase_forms(words), word_stems(words)):
        if w.lower() in stop or len(st) < 3 or f[:1].isdigit() or not 0 < sim.df.get(f, 0) <= limit:
            continue
        rare.add(st)
        if w[:1].isupper():
            names.add(st)
    return frozenset(rare), frozenset(names)


# -- past falls (twins40): a past year's ruler, his capital and the war that toppled him ------------------------------


@cache
def _falls_table() -> dict:
    return derivations()["past_falls"]


@cache
def _falls_words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _falls_table()[key])


def _fall_name(word: str) -> bool:
    """Whether a word is part of a name (capitalised, no function word, no month or weekday)."""
    low = word.lower()
    return word[:1].isupper() and low not in lexicon().stopwords and low not in _falls_words("not_names")


def _name_run(words: Sequence[str], at: int, step: int) -> list[str]:
    """The name's words from `at` on, walking by `step` (-1: backwards), while they are capitalised."""
    run: list[str] = []
    while 0 <= at < len(words) and _fall_name(words[at]):
        run.append(words[at])
        at += step
    return run


def fallen_names(text: str) -> frozenset[str]:
    """The keys of the names a text tells the fall of (derivations.yaml past_falls): the subject of a passive or
    intransitive fall ("Saddam Hussein was overthrown", "Baghdad fell"), the object of an active one or of its noun
    ("invasion toppled Saddam Hussein", "the fall of Baghdad"); a price's fall ("BP fell 5 percent") tells none."""
    words = title_words(text)
    lows = [w.lower() for w in words]
    window = int(_falls_table()["figure_window"])
    found: set[str] = set()
    for i, low in enumerate(lows):
        if low in _falls_words("subject"):
            before = i - 1
            while before >= 0 and lows[before] in _falls_words("auxiliaries"):
                before -= 1
            figure = any(w[:1].isdigit() for w in words[i + 1:i + 1 + window])
            if (before < i - 1 or low in _falls_words("intransitive")) and not figure:
                found.update(title_word_key(w) for w in _name_run(words, before, -1))
        if low in _falls_words("object"):
            after = i + 1
            while after < len(words) and lows[after] in _falls_words("skip"):
                after += 1
            found.update(title_word_key(w) for w in _name_run(words, after, 1))
    return frozenset(found)


def _written_names(text: str) -> frozenset[str]:
    return frozenset(title_word_key(w) for w in title_words(text) if _fall_name(w))


def join_past_falls(clusters: Sequence[Cluster]) -> None:
    """Join an entry of a past year or month whose title tells a fall ("Saddam Hussein was overthrown", "Baghdad
    fell") into the one other entry of that date whose title or sentences tell the fall of a name its title or
    sentence writes ("The U.S.-led invasion of Iraq began": "... invasion toppled Saddam Hussein"): a capital, its
    ruler and the war that toppled him, which the articles themselves tie (derivations.yaml past_falls). Two entries
    that could each be the one keep it apart; the feed's own years and days are left (examples.past_falls)."""
    by_date: dict[str, list[int]] = defaultdict(list)
    told: dict[int, tuple[bool, frozenset[str], frozenset[str]]] = {}
    qualified: dict[int, bool] = {}
    for ci, c, when in dated_clusters(clusters):
        if when[1].lower() not in ("", *_falls_words("qualifiers")) or _is_day_value(when[0]) \
                or not _past_year(c, when[0][:4]):
            continue  # the feed's own years hold many falls told ("Gaddafi was toppled" in every 2011 entry)
        title = _title_member(c, when).event.title
        quotes = " ".join(m.event.source.quote for m in c.members if m.when[0] == when[0])
        sentence = _title_member(c, when).event.source.quote
        # (its title tells a fall, the names its title and sentence write, the falls all its wordings tell)
        told[ci] = (bool(fallen_names(title)), _written_names(f"{title} {sentence}"),
                    fallen_names(title) | frozenset().union(*(fallen_names(m.event.title) for m in c.members))
                    | fallen_names(quotes))
        qualified[ci] = bool(when[1])
        by_date[when[0]].append(ci)
    root: dict[int, int] = {}

    def find(ci: int) -> int:
        while ci in root:
            ci = root[ci]
        return ci

    for cis in by_date.values():
        changed = True
        while changed:  # a fall joined may leave another fall's only partner (each join removes a candidate)
            changed = False
            for ci in cis:
                falls, names, _ = told[ci]
                if not falls:
                    continue
                # a qualified date ("more than eight years ago": BEFORE 2003) joins a plain one, never a partner
                partners = {find(cj) for cj in cis if find(cj) != find(ci) and told[cj][2] & names
                            and not qualified[find(cj)]}
                if len(partners) != 1:
                    continue
                a, b = sorted((find(ci), next(iter(partners))))
                if qualified[a]:
                    a, b = b, a  # the plain date's cluster holds the story
                clusters[b].move_to(clusters[a])
                root[b] = a
                told[a] = (told[a][0], told[a][1] | told[b][1], told[a][2] | told[b][2])
                changed = True


def join_year_incidents(clusters: Sequence[Cluster], items: Sequence[Item], sim: Similarity,
                        names: ArticleNames | None = None) -> None:
    """Join finished clusters of one year whose titles tell one incident (derivations.yaml ``incidents``: a leak, an
    explosion, a sinking; a phrase's too: "ran aground") of one thing: a word stem of both titles that is neither
    their happening nor a common word of the corpus ("BP suffered a pipeline leak in Alaska" / "A corroded pipeline
    leaked 200,000 gallons of oil on to the tundra" / "There was the Alaskan pipeline spill", 2006), when every name
    each title gives is known to the other's sources and articles and their doers do not differ. A feed recalls a
    past incident by its year again and again; a thing that underwent two incidents of one kind in one year is rare.
    Years, and a past month's emergence or coup (``past_month_incidents``): a month's other incidents and a day have
    their own joins. A past year a sentence writes before an incident's noun names it (dated_incidents: "the 1957
    Asian flu outbreak"); a past "disaster" is any incident of its thing (generic_incidents). In canonical order, a
    cluster joins the first group of its year whose every member agrees with it (derivations.yaml
    examples.incidents)."""
    names = article_names(items) if names is None else names
    families = _incident_words()
    groups: dict[str, list[list[tuple[int, _Incident]]]] = defaultdict(list)
    whens: dict[int, list[tuple[str, str]]] = {}  # id of a group -> the dates of its clusters (_group_dates_agree)
    for ci, c in enumerate(clusters):
        if c.previous is not None or not c.members:
            continue
        when = choose_date(c.members)
        month = bool(_MONTH_VALUE.fullmatch(when[0]))
        if not (_YEAR_VALUE.fullmatch(when[0]) or month) or when[1] and when[1] not in BOUND_MODS:
            continue  # a year or a month, not a season, a quarter or a part of it; "by 1999" joins a plain 1999
        told = _incident(c, when, names, families, sim)
        if told is not None and month:
            # of a month, only a past month's emergence or coup (derivations.yaml past_month_incidents): a month's
            # other incidents have their own joins, and its meetings are many
            kept = told.families & _past_month_incidents() if _past_year(c, when[0]) else frozenset()
            told = told._replace(families=kept) if kept and told.phrases else None
        if told is None:
            continue
        target = next((g for g in groups[when[0]] if _group_dates_agree(whens[id(g)], when)
                       and all(_incidents_agree(told, other) for _, other in g)), None)
        if target is None and told.families & _linked_incidents():
            # a past year's coup of one country, or leak of one pipeline, is one: a telling agreeing with one of
            # the group's tells it (derivations.yaml linked_incidents)
            # ("Gadhafi's first grab at power occurred in Benghazi" / "Gadhafi took power in a coup" / "The Free
            # Officers overthrew Libya's monarchy and brought Gadhafi to power")
            target = next((g for g in groups[when[0]] if _group_dates_agree(whens[id(g)], when)
                           and any(_linked_agree(told, other) for _, other in g)), None)
        if target is None:
            groups[when[0]].append([(ci, told)])
            whens[id(groups[when[0]][-1])] = [when]
        else:
            whens[id(target)].append(when)
            c.move_to(clusters[target[0][0]])
            target.append((target[0][0], told))
            if told.families & _linked_incidents():
                _link_groups(clusters, groups[when[0]], target, told)


def _group_dates_agree(whens: Sequence[tuple[str, str]], when: tuple[str, str]) -> bool:
    """Whether a year's cluster dated `when` may join a group of clusters dated `whens`: each tells the same date,
    plainly or as a bound that includes it (dates.same_date: "In 1999, Gadhafi succumbed to Western demands to turn
    over suspects" / "By 1999, Libya finally agreed to transfer the Pan Am 103 suspects")."""
    return all(same_date(w, when) for w in whens)


def _linked_agree(a: _Incident, b: _Incident) -> bool:
    """Whether two year titles tell one incident of derivations.yaml ``linked_incidents``."""
    return bool(a.families & b.families & _linked_incidents()) and _incidents_agree(a, b)


def _link_groups(clusters: Sequence[Cluster], year: list[list[tuple[int, _Incident]]],
                 target: list[tuple[int, _Incident]], told: _Incident) -> None:
    """A coup's or a leak's telling that joined `target` joins to it the year's other groups of that incident it
    agrees with a member of (told before the telling that links them: "The Free Officers overthrew ..." before
    "Gadhafi seized control"; derivations.yaml linked_incidents)."""
    for g in [g for g in year if g is not target]:
        if any(_linked_agree(told, other) for _, other in g):
            clusters[g[0][0]].move_to(clusters[target[0][0]])
            target.extend((target[0][0], other) for _, other in g)
            year.remove(g)


@cache
def _incident_words() -> dict[str, str]:
    """derivations.yaml ``incidents``: each head, and each stem of a word that tells it there, -> the head."""
    table: dict[str, str] = {}
    for head, words in sorted(derivations()["incidents"].items()):
        table[str(head)] = str(head)
        for stem in phrase_stems(" ".join(str(w) for w in words or ())):
            table.setdefault(stem, str(head))
    return table


def _incident(cluster: Cluster, when: tuple[str, str], names: ArticleNames, families: dict[str, str],
              sim: Similarity) -> _Incident | None:
    """What a year cluster's title tells of an incident (_Incident), or None when it tells none of ``families`` (a
    happening word qualifying a noun tells none: "the blowout preventer") or names no uncommon thing."""
    member = _title_member(cluster, when)
    words = title_words(member.event.title)
    forms = phrase_forms(words)
    stems = word_stems(words)
    # a head the title tells as a happening (a family word the title writes only as a name tells none: "Shell"), or
    # a word of the table; neither qualifying a noun ("the blowout preventer")
    past = _past_year(cluster, when[0])
    # a past year's title may tell its incident as the subject of another verb ("A 4,800-barrel oil spill shut down
    # the pipeline"): its head written in lower case there (no name: "Shell")
    told = frozenset(families[f] if f in families else families[s]
                     for i, (w, f, s) in enumerate(zip(words, forms, stems))
                     if (f in families and (f in member.happening | phrase_keys(member.event.title)
                                            or past and i > 0 and w.islower())
                         or f not in family_heads() and s in families) and not _qualifies(words, i))
    proper = names.proper.get(member.event.article, frozenset())
    # a past year's coup or meeting, told by who did or underwent it (derivations.yaml participant_incidents)
    by_name = _participant_incident(words, forms) if past else frozenset()
    # a title's first word is a name when any article writes it as one ("Gadhafi seized control")
    phrases = _name_phrases(words, names.proper.every_name() - lexicon().stopwords) if by_name else ()
    if by_name & _doer_incidents() and not phrases:
        # a nameless title of a campaign ("Campaign began") is told by the doer its sentences name ("the NATO
        # bombing campaign that began in March"): a coarse date's background telling (twins37)
        phrases = _sentence_doers(cluster, when, by_name & _doer_incidents())
    told |= by_name if phrases else frozenset()
    # a past year's pandemic told as an outbreak ("the Asian flu outbreak", "Hong Kong flu broke out")
    recalled_at = _recalled_wording(words) if past else {}
    told |= frozenset(recalled_at)
    if not past:
        told -= _generic_incidents()  # a feed's own disaster is told by every article (generic_incidents)
    # a past year the sentence writes before an incident's noun names that incident, whatever the title tells of it
    # ("In the case of the 1957 Asian flu outbreak, a human H2N2 virus combined ...": dated_incidents)
    dated = _dated_incident(member.event.source.quote, member.event.source.expression, families) if past else None
    if dated is not None:
        told |= frozenset((dated[0],))
    if not told:
        return None
    heads, stop = family_heads(), lexicon().stopwords
    things = frozenset(s for w, f, s in zip(words, forms, stems)
                       if f not in heads and s not in families and w.lower() not in stop and not f[:1].isdigit()
                       and len(s) > 2 and sim.names((f,)) and sim.df.get(f, 0) > 0)
    if dated is not None:
        # the uncommon words of the sentence's phrase name what underwent it ("the 1989 Exxon Valdez oil spill")
        things |= frozenset(s for f, s in dated[1] if f not in heads and s not in families and len(s) > 2
                            and sim.names((f,)) and sim.df.get(f, 0) > 0)
    recalled = told & _recalled_by_year() if past else frozenset()
    # a past year holds one incident of these: its head alone tells which (derivations.yaml recalled_by_year)
    things |= frozenset(YEAR_INCIDENT_MARK + head for head in recalled)
    if phrases:
        things |= frozenset(NAME_INCIDENT_MARK + k for phrase in phrases for k in phrase)
    if not things:
        return None
    # a name spelt out beside its acronym ("Severe Acute Respiratory Syndrome (Sars)") is known where the acronym is
    named = frozenset(title_word_key(w) for w in words[1:] if w[:1].isupper()) & proper - heads - _spelt_out(words)
    context = frozenset().union(*(m.keys | names.proper.get(m.event.article, frozenset()) for m in cluster.members))
    head_names = frozenset()
    if recalled:
        at = next((i for i, (f, s) in enumerate(zip(forms, stems)) if families.get(f, families.get(s)) in recalled),
                  min(recalled_at.values(), default=-1))
        if at >= 0 or dated is None:
            head_names = frozenset(title_word_key(w) for w in _head_phrase(words, max(at, 0))
                                   if w[:1].isupper()) & proper - heads
        else:  # told by the sentence's phrase only: its names say which ("the 1957 Asian flu outbreak")
            head_names = dated[2] & proper - heads
    written = frozenset().union(*(m.keys for m in cluster.members)) | frozenset(forms)
    return _Incident(member, told, things, named, context | named, head_names, phrases, written)


_CLAUSE_BREAK = re.compile(r"[,;:()\"\u201c\u201d\u2014]| -+ ")  # what ends a noun phrase in a sentence


def _dated_incident(quote: str, expression: str, families: dict[str, str]) -> \
        tuple[str, frozenset[tuple[str, str]], frozenset[str]] | None:
    """The incident a sentence's year names by the noun it qualifies (derivations.yaml ``dated_incidents``): the
    head of ``incidents``, ``recalled_wordings`` or ``participant_incidents`` ending the words just after a written
    year ("the 1957 Asian flu outbreak", "the 2003 U.S.-led invasion of Iraq") or just before "of" and the year ("The
    Exxon Valdez disaster of 1989"), with the keys and stems of the words qualifying it and the keys of the phrase's
    capitalised words; None for a
    year that qualifies no such noun ("in 1957 and 1968", "the 1918 virus"). A year a ``when_words`` clause follows
    names the clause's incident ("in 1989 when the Exxon Valdez rammed the rocky reefs")."""
    year = expression.strip()
    if not _YEAR_VALUE.fullmatch(year):
        return None
    for clause in _CLAUSE_BREAK.split(quote):
        words = title_words(clause)
        if year not in words:
            continue
        at = words.index(year)
        limit = int(derivations()["dated_incidents"]["words"])
        after = []
        for w in words[at + 1:at + 1 + limit]:
            if w.lower() in lexicon().stopwords or w[:1].isdigit():
                break
            after.append(w)
        before = []
        if at >= 2 and words[at - 1].lower() in _lexical_set("dated_incident_links"):
            start = at - 1
            while start > 0 and at - 1 - start < limit and words[start - 1].lower() not in lexicon().stopwords:
                start -= 1
            before = words[start:at - 1]
        for phrase in (after, before):
            head = _phrase_incident(phrase, families)
            if head is not None:
                qualifiers = phrase[:-1]
                return head, frozenset(zip(phrase_forms(qualifiers), word_stems(qualifiers))), \
                    frozenset(title_word_key(w) for w in phrase if w[:1].isupper())
        if at + 1 < len(words) and words[at + 1].lower() in _lexical_set("when_words"):
            # "in 1989 when the Exxon Valdez rammed the rocky reefs": the clause's incident, its words what underwent it
            told = words[at + 2:]
            i = next((i for i, w in enumerate(told) if _phrase_incident([w], families) is not None), None)
            if i is not None:
                others = told[:i] + told[i + 1:]
                return _phrase_incident([told[i]], families) or "", \
                    frozenset(zip(phrase_forms(others), word_stems(others))), \
                    frozenset(title_word_key(w) for w in others if w[:1].isupper())
    return None


def _phrase_incident(phrase: Sequence[str], families: dict[str, str]) -> str | None:
    """The incident head the last word of a noun phrase tells (_dated_incident), if any."""
    if not phrase or phrase[-1][:1].isupper():
        return None
    last = phrase[-1].lower()
    form, stem = phrase_forms([last])[0], word_stems([last])[0]
    if form in families or stem in families:
        return families.get(form, families.get(stem))
    recalled = next((h for h, p in _recalled_phrases() if p == (last,)), None)
    if recalled is not None:
        return recalled
    return next((h for h, listed in _participant_words().items() if last in listed or form == h), None)


def _spelt_out(words: Sequence[str]) -> frozenset[str]:
    """The keys of a run of capitalised words just before the acronym their initials make ("Severe Acute Respiratory
    Syndrome (Sars)" -> severe, acute, respiratory, syndrome): the acronym names it, and a title that writes only the
    acronym names the same."""
    spelt: set[str] = set()
    for at, word in enumerate(words):
        acronym = title_word_key(word)
        if not word[:1].isupper() or len(acronym) < ACRONYM_WORDS or at < len(acronym):
            continue
        run = words[at - len(acronym):at]
        if all(w[:1].isupper() for w in run) and _initials(run) == acronym:
            spelt.update(title_word_key(w) for w in run)
    return frozenset(spelt)


def _recalled_wording(words: Sequence[str]) -> dict[str, int]:
    """The heads of derivations.yaml ``recalled_wordings`` a past year's title tells by one of their phrases, matched
    on its lower-case words and qualifying no noun ("the Asian flu outbreak", "flu broke out"; not "outbreak
    plans"), each with where its phrase starts."""
    lower = [_POSSESSOR.sub("", w.lower()) for w in words]
    found: dict[str, int] = {}
    for head, phrase in _recalled_phrases():
        n = len(phrase)
        at = next((i for i in range(len(lower) - n + 1) if tuple(lower[i:i + n]) == phrase
                   and not _qualifies(words, i + n - 1)), None)
        if at is not None:
            found.setdefault(head, at)
    return found


@cache
def _recalled_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((str(head), tuple(str(p).lower().split())) for head, listed in
                 sorted(derivations()["recalled_wordings"].items()) for p in listed)


NAME_INCIDENT_MARK = "@"  # marks a name of a participant incident's title among its things (participant_incidents)


def _participant_incident(words: Sequence[str], forms: Sequence[str]) -> frozenset[str]:
    """The classes of derivations.yaml ``participant_incidents`` a title tells: a word of the class (or of its
    family: "met"), not qualifying a noun ("coup plotters"), or for a coup a seizure of power (``power_seizures``:
    "seized control", "brought Gadhafi to power"; not "took control of Brega")."""
    table = _participant_words()
    # a class word after an offset word tells another happening the title's dates from ("The Dayton Accords were
    # signed more than a year after NATO started bombing": derivations.yaml offset_words)
    offsets = _lexical_set("offset_words")
    end = next((i for i, w in enumerate(words) if i > 0 and w.lower() in offsets), len(words))
    found = {head for head, listed in table.items() for i, (w, f) in enumerate(zip(words[:end], forms))
             if (w.lower() in listed or f == head) and not _qualifies(words, i)}
    if POWER_SEIZURE in table and _seizes_power(words):
        found.add(POWER_SEIZURE)
    launch = str(derivations()["campaign_launches"]["class"])
    if launch in table and _launches_campaign(words[:end]):
        found.add(launch)  # "launched the U.N.-backed mission" (campaign_launches)
    return frozenset(found)


POWER_SEIZURE = "coup"  # the class of participant_incidents a seizure of power tells (power_seizures)


@cache
def _participant_words() -> dict[str, frozenset[str]]:
    """derivations.yaml ``participant_incidents``: each class -> the lower-case words that tell it."""
    return {str(head): frozenset(str(w).lower() for w in listed or ())
            for head, listed in derivations()["participant_incidents"].items()}


def _seizes_power(words: Sequence[str]) -> bool:
    """Whether a title tells a seizure of power (derivations.yaml ``power_seizures``)."""
    verbs, objects, stop = _power_words("verbs"), _power_words("objects"), _power_words("not_before")
    gap = int(derivations()["power_seizures"]["gap"])
    lower = [_POSSESSOR.sub("", w.lower()) for w in words]
    for i, w in enumerate(lower):
        if w not in verbs:
            continue
        for j in range(i + 1, min(len(lower), i + 1 + gap)):
            if lower[j] in objects and (j + 1 >= len(lower) or lower[j + 1] not in stop
                                        or j + 2 < len(lower) and lower[j + 2] in _country_names()):
                return True  # "seized control of Libya" takes a country; "took control of Brega" a town
    return False


@cache
def _country_names() -> frozenset[str]:
    """The lower-case one-word names of events.yaml country_references countries ("libya")."""
    return frozenset(str(n).lower() for entry in events_rules()["country_references"]["countries"]
                     for n in entry["names"] if " " not in str(n))


@cache
def _country_adjectives() -> frozenset[str]:
    """The lower-case one-word adjectives of events.yaml country_references countries ("italian")."""
    return frozenset(str(n).lower() for entry in events_rules()["country_references"]["countries"]
                     for n in entry["adjectives"] if " " not in str(n))


@cache
def _power_words(key: str) -> frozenset[str]:
    """A word list of derivations.yaml ``power_seizures``, lower-cased."""
    return frozenset(str(w).lower() for w in derivations()["power_seizures"][key])


def _name_phrases(words: Sequence[str], proper: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The names a title gives, each the keys of a run of capitalised words ("Dr Conrad Murray", "Libya's"), no
    honorific: the first word only when it is among `proper` (a title's first word is capitalised whatever it is)."""
    phrases: list[frozenset[str]] = []
    run: list[str] = []
    for i, w in enumerate(list(words) + [""]):
        key = title_word_key(w) if w else ""
        if w[:1].isupper() and (i > 0 or key in proper):
            key = _name_key(w, key)  # "U.S.-led" names the U.S.
            if key and key not in _honorifics():  # "Dr Murray" / "Dr Shafer" share no person
                run.append(key)
            if not _POSSESSOR.search(w):
                continue
        if run:
            phrases.append(frozenset(run))
            run = []
    return tuple(phrases)


def _participants_written(a: _Incident, b: _Incident) -> bool:
    """Whether two past year titles of one participant incident tell one (participant_incidents): they share a name,
    and every name of one is written, by any of its words, in the other's title or sentences (a place by its
    adjective too), their doers not differing."""
    if not frozenset().union(*a.phrases) & frozenset().union(*b.phrases):
        return False
    if a.families & b.families & _paired_incidents() and _both_write(a, b) < PAIRED_NAMES:
        return False  # a meeting is of two: both entries write both ("Gadhafi met Berlusconi" / "Gadhafi met Obama")
    if a.families & b.families & _doer_incidents():
        # a campaign's start is told by who waged it, the first name each title gives ("The French army intervened in
        # Mali" / "The Chadian army intervened in Mali" are two); the rest is its circumstances, which the other
        # telling need not write ("under a U.N. mandate" / "against the leader's compound in Tripoli": doer_incidents)
        # a subject listing several doers names each ("The United States and its NATO allies launched ...":
        # derivations.yaml doer_list_links)
        listed_a, listed_b = a.phrases[0] | _listed_doers(a.item), b.phrases[0] | _listed_doers(b.item)
        return bool(listed_a & listed_b) \
            and not (different_doers(a.item, b.item)
                     and not _led_bases(doers(a.item) | listed_a) & _led_bases(doers(b.item) | listed_b))
    return (_phrases_written(a.phrases, b.written) or _phrases_written(b.phrases, a.written)) \
        and not (different_doers(a.item, b.item) and not _led_bases(doers(a.item)) & _led_bases(doers(b.item)))


def _listed_doers(item: Item) -> frozenset[str]:
    """The keys of the names a title's subject lists, from its start up to its first lower-case word that is no
    derivations.yaml ``doer_list_links`` word ("The United States and its NATO allies launched" -> united, states,
    nato; "NATO countries joined" -> nato); the first word counts when capitalised and no link ("The")."""
    words = title_words(item.event.title)
    links = _lexical_set("doer_list_links")
    keys: set[str] = set()
    for w in words:
        low = w.lower()
        if low in links:
            continue
        if not w[:1].isupper():
            break
        key = _name_key(w, title_word_key(w))
        if key and key not in _honorifics():
            keys.add(key)
    return frozenset(keys)


def _launches_campaign(words: Sequence[str]) -> bool:
    """Whether a title tells a campaign's launch (derivations.yaml ``campaign_launches``: "launched the U.N.-backed
    mission"): a launch verb and, within ``gap`` words after it, an object of the list."""
    table = derivations()["campaign_launches"]
    verbs, objects = _lexical_set_of("campaign_launches", "verbs"), _lexical_set_of("campaign_launches", "objects")
    gap = int(table["gap"])
    lower = [w.lower() for w in words]
    return any(w in verbs and any(lower[j] in objects for j in range(i + 1, min(len(lower), i + 1 + gap)))
               for i, w in enumerate(lower))


def _sentence_doers(cluster: Cluster, when: tuple[str, str], classes: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The doer of a nameless title's campaign (doer_incidents) as its sentences of that date write it: the names
    qualifying a word of the class ("the NATO bombing campaign" -> nato), one phrase of them all; none when no
    sentence names one ("continuing a campaign that began in March") or two sentences name two doers (twins37)."""
    listed = frozenset().union(*(_participant_words()[c] for c in classes))
    found: set[frozenset[str]] = set()
    for m in cluster.members:
        if m.when[0] != when[0]:
            continue
        words = title_words(m.event.source.quote)
        for i, w in enumerate(words):
            if w.lower() not in listed or _qualifies(words, i):
                continue
            keys = frozenset(_name_key(h, title_word_key(h)) for h in _head_phrase(words, i) if h[:1].isupper())
            keys -= _honorifics() | {""}
            if keys:
                found.add(keys)
    return (next(iter(found)),) if len(found) == 1 else ()


def _led_bases(keys: frozenset[str]) -> frozenset[str]:
    """The keys, each without an ending of derivations.yaml ``led_words`` ("usled" -> "us": "The U.S.-led invasion"
    and "The U.S. invasion" have one doer)."""
    ends = _lexical_set("led_words")
    return frozenset(next((k[:-len(e)] for e in ends if k.endswith(e) and len(k) - len(e) >= 2), k) for k in keys)


def _phrases_written(phrases: tuple[frozenset[str], ...], written: frozenset[str]) -> bool:
    """Whether every name is written, by any of its words, among `written` (a place by its adjective too)."""
    return all(any(_names_known(frozenset((k,)), written) for k in phrase) for phrase in phrases)


PAIRED_NAMES = 2  # names both tellings of a meeting write (paired_incidents): who met whom


def _both_write(a: _Incident, b: _Incident) -> int:
    """How many of the names either title gives both entries write, by any of their words, in title or sentences."""
    return sum(1 for phrase in set(a.phrases) | set(b.phrases)
               if _phrases_written((phrase,), a.written) and _phrases_written((phrase,), b.written))


HEAD_PHRASE_WORDS = 3  # words before an incident's head that can qualify it ("the 1918 Spanish flu pandemic")


def _head_phrase(words: Sequence[str], at: int) -> Sequence[str]:
    """The words qualifying the head at ``at``, back to its determiner ("The Spanish flu | pandemic"), not the
    clause's other words ("The H1N1 strain caused the flu | pandemic" names no pandemic by its strain)."""
    stop = _lexical_set("determiners")
    start = at
    while start > 0 and at - start < HEAD_PHRASE_WORDS and words[start - 1].lower() not in stop:
        start -= 1
    return words[start:at]


YEAR_INCIDENT_MARK = "#"  # marks the head of a past year's incident among a title's things, so no word meets it


@cache
def _past_month_incidents() -> frozenset[str]:
    return frozenset(str(h) for h in derivations()["past_month_incidents"])


@cache
def _doer_incidents() -> frozenset[str]:
    return frozenset(str(h) for h in derivations()["doer_incidents"])


@cache
def _paired_incidents() -> frozenset[str]:
    return frozenset(str(h) for h in derivations()["paired_incidents"])


@cache
def _linked_incidents() -> frozenset[str]:
    return frozenset(str(h) for h in derivations()["linked_incidents"])


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["post_changes"]["honorifics"])


@cache
def _participant_classes() -> frozenset[str]:
    return frozenset(str(h) for h in derivations()["participant_incidents"])


@cache
def _generic_incidents() -> frozenset[str]:
    return frozenset(str(h) for h in derivations()["generic_incidents"])


@cache
def _one_way_incidents() -> frozenset[str]:
    return frozenset(str(h) for h in derivations()["one_way_incidents"])


@cache
def _recalled_by_year() -> frozenset[str]:
    return frozenset(str(h) for h in derivations()["recalled_by_year"])


def _past_year(cluster: Cluster, year: str) -> bool:
    """Whether the year is before the publication year of every article of the cluster's sources (a feed's past,
    recalled, not its news); a source without a publication date tells no past."""
    # a month ("2009-04") is read as a year: before the publication month of every article
    published = [m.event.source.published[:len(year)] for m in cluster.members]
    return all(len(p) == len(year) and year < p for p in published)


def _incidents_agree(a: _Incident, b: _Incident) -> bool:
    """Whether two year titles tell one incident of one thing (join_year_incidents)."""
    if a.families & b.families & _participant_classes() and a.phrases and b.phrases:
        return _participants_written(a, b)
    shared = a.things & b.things
    if not shared or not _families_agree(a.families, b.families):
        return False
    if any(t.startswith(YEAR_INCIDENT_MARK) for t in shared):
        # a past year's one incident, told by its head (other words both write say no more: "virus"): its titles
        # tell two only when each names its
        # incident by what the other's sources do not write ("The Asian flu pandemic" / "The Hong Kong flu
        # pandemic"); a title naming it by nothing ("An influenza pandemic started that became a global disaster -
        # eventually killing more people than the Great War": a comparison, no name of the pandemic) tells it. Its
        # doer is the disease itself, named one way or another ("The H1N1 strain caused" / "The Spanish flu pandemic
        # remains"): the names, not the doers, tell two
        return (_names_known(a.head_names, b.context) or _names_known(b.head_names, a.context)) \
            and not different_doers(a.item, b.item)
    if (a.families | b.families) & _one_way_incidents():
        # one title's names known to the other's articles (one_way_incidents: "for a trial in the Netherlands" is
        # the other telling's circumstance); a country and its ruler are one doer ("Libya agreed to transfer" /
        # "Gadhafi succumbed to Western demands to turn over")
        known = _names_known(a.names, b.context) or _names_known(b.names, a.context)
        return known and (_country_and_ruler(a, b) or _country_and_ruler(b, a)
                          or not different_doers(a.item, b.item) and not different_named_doers(a.item, b.item))
    known = _names_known(a.names, b.context) and _names_known(b.names, a.context)
    return known and not different_doers(a.item, b.item) and not different_named_doers(a.item, b.item)


def _country_and_ruler(a: _Incident, b: _Incident) -> bool:
    """Whether `a`'s doer is a country (events.yaml country_references) and `b`'s no country but one of the names
    `b`'s articles write with that country's ("Libya" / "Gadhafi", whose articles write Libya): one doer of one
    past act, the state and the man who ruled it (one_way_incidents)."""
    countries = _country_names()
    country, other = doers(a.item) & countries, doers(b.item)
    return bool(country) and bool(other) and not other & countries and country <= b.context \
        and other <= a.context


def _families_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two year titles tell one kind of incident: a head both tell, or a generic one beside any other
    (generic_incidents, kept for past years only: "The Exxon Valdez disaster" / "The Exxon Valdez hit a reef")."""
    generic = _generic_incidents()
    return bool(a & b) or bool(a and b and (a | b) & generic)


DEMONYM_ENDING = 2  # letters a place's adjective adds to its name ("Alaska" / "Alaskan", "Libya" / "Libyan")
DEMONYM_BASE = 4  # letters a name needs before an ending makes its adjective


def _names_known(names: frozenset[str], context: frozenset[str]) -> bool:
    """Whether every name is written in the context, or its place's adjective or name is ("Alaskan" where the context
    writes "Alaska"): the other sentences know whom or where a title names."""
    return all(n in context or any(_demonym_pair(n, c) for c in context) for n in names)


def _demonym_pair(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= DEMONYM_BASE and 0 < len(long) - len(short) <= DEMONYM_ENDING and long.startswith(short)


class _Frame(NamedTuple):
    """What an empty frame's title tells (join_empty_frames)."""

    families: frozenset[str]  # the families the entry it joins must tell in its title; empty: any of its article
    rare: frozenset[str]  # the keys of its sentences few events carry, the frame's own words and date aside
    articles: frozenset[str]  # the articles that tell it


def join_empty_frames(clusters: Sequence[Cluster], items: Sequence[Item] = (), sim: Similarity | None = None,
                      names: ArticleNames | None = None) -> None:
    """Join an entry whose title is an empty frame (derivations.yaml ``empty_frames``: "It was announced", "Initial
    details were announced", "A deal was reached", "First released") into the one other entry of its date it can be:
    for a frame of a kind of happening (an announcement, an agreement), the date's only entry whose title tells that
    kind, sharing its article or a word of its sentences few events carry ("A deal was reached" / "NATO members agreed
    to take over enforcement of the no-fly zone", one article); for a frame of no kind ("First released"), the date's
    only entry sharing both its article and such a word ("Number Ones last topped the UK album chart"). The title lost
    its subject, so the sentence's rare words and its article are what tell which entry it repeats; with two
    candidates, or none, it stays (examples.empty_frames)."""
    sim = Similarity(items) if sim is None else sim
    limit = float(derivations()["retellings"]["common_share"]) * sim.n
    by_date: dict[str, list[int]] = defaultdict(list)
    whens: dict[int, tuple[str, str]] = {}
    for ci, _, when in dated_clusters(clusters):
        by_date[when[0]].append(ci)
        whens[ci] = when
    for cis in by_date.values():
        for ci in cis:
            c = clusters[ci]
            frame = _empty_frame(c, whens[ci], sim, limit) if c.members else None
            if frame is None:
                continue
            others = [cj for cj in cis if cj != ci and clusters[cj].members]
            target = _frame_target(frame, [(cj, clusters[cj], whens[cj]) for cj in others])
            if target is not None:
                c.move_to(clusters[target])


def _empty_frame(cluster: Cluster, when: tuple[str, str], sim: Similarity, limit: float) -> _Frame | None:
    """The frame a cluster's title is (_Frame), or None for a title that is no empty frame."""
    member = _title_member(cluster, when)
    words = [w.lower() for w in title_words(member.event.title)]
    match = _frame_pattern().fullmatch(" ".join(words))
    if match is None:
        return None
    table = derivations()["empty_frames"]
    subject, verb = match.group("subject"), match.group("verb")
    families = frozenset(str(f) for f in (table["subjects"][subject] if subject else ()))
    families = families or frozenset(str(f) for f in table["verbs"][verb])
    told = [m for m in cluster.members if m.event.title == member.event.title]
    own = {title_word_key(w) for w in words} | {title_word_key(w) for m in told
                                                for w in title_words(m.event.source.expression or "")}
    rare = frozenset(k for m in told for k in m.keys if sim.df.get(k, 0) <= limit) - own
    return _Frame(families, rare, frozenset(m.event.article for m in cluster.members))


def _frame_target(frame: _Frame, others: Sequence[tuple[int, Cluster, tuple[str, str]]]) -> int | None:
    """The one entry of its date an empty frame repeats (join_empty_frames), or None."""
    if frame.families:
        kind = [(cj, c) for cj, c, when in others
                if frame.families & frozenset(title_forms(_title_member(c, when).event.title))]
        # with two entries of its kind on its date the frame could be either
        if len(kind) != 1:
            return None
        cj, c = kind[0]
        articles = {m.event.article for m in c.members}
        keys = frozenset().union(*(m.keys for m in c.members))
        return cj if frame.articles & articles or frame.rare & keys else None
    fits = [cj for cj, c, _ in others if frame.articles & {m.event.article for m in c.members}
            and frame.rare & frozenset().union(*(m.keys for m in c.members))]
    return fits[0] if len(fits) == 1 else None


@cache
def _frame_pattern() -> re.Pattern[str]:
    """A title, lower-cased, that is an empty frame: [subject] [auxiliary] [adverb] verb, from the table's words."""
    table = derivations()["empty_frames"]
    return re.compile(rf"(?:(?P<subject>{_alternation(table['subjects'])}) )?"
                      rf"(?:(?:{_alternation(table['auxiliaries'])}) )?"
                      rf"(?:(?:{_alternation(table['adverbs'])}) )?(?P<verb>{_alternation(table['verbs'])})")


def join_onsets(clusters: Sequence[Cluster], items: Sequence[Item] = (), sim: Similarity | None = None,
                names: ArticleNames | None = None) -> None:
    """Join a day entry whose title tells the onset of a generic description and nothing more (derivations.yaml
    ``onsets``: "The crisis began", "The spill began", "The well ruptured", "The Gulf oil spill began") into the
    entry of its day that most articles tell, when that entry tells a happening of ``onsets.happenings`` ("The
    Deepwater Horizon rig exploded"), at least ``articles`` articles tell it and every other entry of the day at most
    ``share`` of that many: on the day a feed is about, its crisis began with what the feed is about. Words before the
    noun must be words of that entry's sentences ("Gulf", "oil"); "The Alaska spill began" stays, as does a war's
    onset ("The war began": no noun of the table) and any onset on a day no entry dominates (examples.onsets)."""
    table = derivations()["onsets"]
    by_day: dict[str, list[tuple[int, Cluster, tuple[str, str]]]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        by_day[when[0]].append((ci, c, when))
    happenings = frozenset(str(h) for h in table["happenings"])
    for told in by_day.values():
        sizes = sorted(((_articles(c), ci) for ci, c, _ in told), reverse=True)
        top_size, top = sizes[0][0], sizes[0][1]
        if top_size < int(table["articles"]) or (len(sizes) > 1 and sizes[1][0] > float(table["share"]) * top_size):
            continue
        target = clusters[top]
        top_when = next(when for ci, _, when in told if ci == top)
        if not happenings & frozenset(title_forms(_title_member(target, top_when).event.title)):
            continue
        written = frozenset().union(*(m.keys for m in target.members))
        for ci, c, when in told:
            if ci == top or not c.members:
                continue
            modifiers = _onset_modifiers(_title_member(c, when).event.title)
            if modifiers is not None and all(title_word_key(w) in written for w in modifiers):
                c.move_to(target)
    _join_conflict_onsets(clusters, article_names(items) if names is None else names)


def _join_conflict_onsets(clusters: Sequence[Cluster], names: ArticleNames) -> None:
    """Join the titles of one date telling the onset of a people's uprising by its noun (``onsets.conflicts``:
    "Libya's uprising began", "The Libyan uprising erupted", "Public unrest exploded in Libya", "Violence erupted")
    into the one of them most articles tell, when every name they give is one place (Libya / Libyan) and one gives
    it. A title naming no one joins only such a named onset; two places keep every onset of the date apart."""
    by_date: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for ci, c, when in dated_clusters(clusters):
        place = _cluster_onset_names(c, when, names)
        if place is not None:
            by_date[when[0]].append((ci, place))
    for onsets in by_date.values():
        named = frozenset().union(*(place for _, place in onsets))
        if len(onsets) < 2 or not named or not all(_demonym_pair(a, b) or a == b for a in named for b in named):
            continue
        target = min((ci for ci, place in onsets if place), key=lambda ci: (-_articles(clusters[ci]), ci))
        for ci, _ in onsets:
            if ci != target and clusters[ci].members:
                clusters[ci].move_to(clusters[target])


def _cluster_onset_names(cluster: Cluster, when: tuple[str, str], names: ArticleNames) -> frozenset[str] | None:
    """The names of the people's uprising whose onset a cluster tells (_conflict_onset_names), or None. A day's by
    its title; a month's or a year's by any telling's title of that date too, and by ``coarse_onsets`` nouns ("The
    conflict erupted" beside the title "The Libyan conflict was triggered by protests", 2011-02): a coarse date
    holds one onset of one people's uprising, which its many background sentences word differently."""
    member = _title_member(cluster, when)
    coarse = not _is_day_value(when[0])
    place = _conflict_onset_names(member.event.title, names.proper.get(member.event.article, frozenset()), coarse)
    if place is not None or not coarse:
        return place
    found: frozenset[str] | None = None
    for m in cluster.members:
        if m.when[0] != when[0]:
            continue
        told = _conflict_onset_names(m.event.title, names.proper.get(m.event.article, frozenset()), coarse)
        if told is not None:
            found = (found or frozenset()) | told
    return found


def _is_day_value(value: str) -> bool:
    """Whether a TIMEX value is one day (a month's or a year's holds one story per doer far more often)."""
    return bool(_DAY_VALUE.fullmatch(value))



def _conflict_onset_names(title: str, proper: frozenset[str], coarse: bool = False) -> frozenset[str] | None:
    """The keys of the names a title telling a people's uprising's onset gives ("Public unrest exploded in Libya" ->
    libya; "Violence erupted" -> none), or None for a title that tells no such onset, or gives a word before its noun
    that is neither a name nor one of ``onsets.conflicts.modifiers``."""
    words = title_words(title)
    match = _conflict_pattern(coarse).fullmatch(" ".join(words))
    if match is None:
        return None
    allowed = frozenset(str(w) for w in derivations()["onsets"]["conflicts"]["modifiers"])
    found: set[str] = set()
    for i, word in enumerate([*match.group("modifiers").split(), *(match.group("place") or "").split()]):
        key = title_word_key(word)
        # the title's first word is capitalised as its first: a name only where its article writes it as one
        if word[:1].isupper() and (i > 0 or match.start("modifiers") > 0 or key in proper):
            found.add(key)
        elif word.lower() not in allowed:
            return None
    return frozenset(found)


@cache
def _conflict_pattern(coarse: bool = False) -> re.Pattern[str]:
    """A title telling a people's uprising's onset: [determiner] [modifiers] noun verb [in Place]; of a month or a
    year, a noun of ``coarse_onsets`` too."""
    table = derivations()["onsets"]
    conflicts = table["conflicts"]
    nouns = [*conflicts["nouns"], *(derivations()["coarse_onsets"]["nouns"] if coarse else ())]
    modifiers = int(table["modifiers"])
    return re.compile(rf"(?i:(?:{_alternation(table['determiners'])}) )?(?P<modifiers>(?:[\w'.-]+ ){{0,{modifiers}}})"
                      rf"(?i:{_alternation(nouns)}) (?i:{_alternation(conflicts['verbs'])})"
                      r"(?: in (?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)?))?")


def _onset_modifiers(title: str) -> list[str] | None:
    """The words before the noun of a title telling a generic onset ("The Gulf oil spill began" -> Gulf, oil; "The
    crisis began" -> none), or None for a title that tells no such onset."""
    match = _onset_pattern().fullmatch(" ".join(title_words(title)))
    if match is None:
        return None
    return match.group("modifiers").split()


@cache
def _onset_pattern() -> re.Pattern[str]:
    """A title telling a generic onset: [determiner] [modifiers] noun verb, from derivations.yaml ``onsets``."""
    table = derivations()["onsets"]
    modifiers = int(table["modifiers"])
    return re.compile(rf"(?i:(?:{_alternation(table['determiners'])}) )?(?P<modifiers>(?:[\w'.-]+ ){{0,{modifiers}}})"
                      rf"(?i:{_alternation(table['nouns'])}) (?i:{_alternation(table['verbs'])})")


def _alternation(words: Iterable[object]) -> str:
    """A regex alternation of a table's words, longest first (so "broke out" is tried before a word it starts with)."""
    return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: (-len(str(w)), str(w))))


@cache
def _report_words(key: str) -> frozenset[str]:
    """A word list of derivations.yaml ``owned_reports``."""
    return frozenset(str(w).lower() for w in derivations()["owned_reports"][key])


def _named(word: str) -> str | None:
    """The name a capitalised word gives, its possessive dropped ("BP's" -> "bp"); None for a lower-case word."""
    base = word[:-2] if word.endswith(("'s", "’s")) else word
    return base.lower() if base[:1].isupper() and base[:1].isalpha() else None


def _skip(words: Sequence[str], i: int, kinds: frozenset[str]) -> int:
    """The first position from i whose word is not of kinds."""
    while i < len(words) and words[i].lower() in kinds:
        i += 1
    return i


def report_owner(title: str) -> str | None:
    """The owner a title's report is of when the report is the title's own happening (derivations.yaml
    ``owned_reports``): its subject ("A report by BP's team takes ...", "BP's own report zeroed in on ...", "A report
    was released by BP") or what its owner released ("BP published its own findings"); None when the report is
    something another doer reacts to or nobody is named ("Transocean accused BP of ... in a report")."""
    words = title_words(title)
    if not words:
        return None
    nouns, mods = _report_words("nouns"), _report_words("modifiers")
    i = 1 if words[0].lower() in ("a", "an", "the") else 0
    if i == 0 and words[0].endswith(("'s", "’s")):
        # "BP's own investigative report ..."
        j = _skip(words, 1, mods)
        return _named(words[0]) if j < len(words) and words[j].lower() in nouns else None
    if i == 1 and len(words) > 2 and words[1].lower() in nouns:
        j = _skip(words, 2, _report_words("passive") | _report_words("releases"))
        # "A report by BP's ..." / "A report was released by BP"
        if j < len(words) - 1 and words[j].lower() in _report_words("by"):
            return _named(words[j + 1])
        return None
    if i == 0 and _named(words[0]):
        # "BP published its own findings": the owner's name, then the release of its report
        j = 0
        while j < len(words) and _named(words[j]):
            j += 1
        if j < len(words) and words[j].lower() in _report_words("releases"):
            k = _skip(words, _skip(words, j + 1, _report_words("possessives")), mods)
            return _named(words[0]) if k < len(words) and words[k].lower() in nouns else None
    return None


MONTH_DAYS = 31  # the longest month: a date no coarser than this is a day's or a month's


def join_owned_reports(clusters: Sequence[Cluster]) -> None:
    """Join finished clusters of one day whose titles tell one owner's report (report_owner: "A report by BP's
    investigation team takes ..." / "A report was released by BP"): one owner publishes one report a day, however
    the day's articles tell it; of one month, when both titles tell the owner's report on itself (``self``: "BP
    published its own findings" / "BP's own investigative report zeroed in on ..."). In canonical order, the later
    cluster moves into the first (derivations.yaml ``owned_reports``)."""
    first: dict[tuple[str, str], int] = {}
    self_words = _report_words("self")
    for ci, c, when in dated_clusters(clusters):
        title = wording_title(c.members, when)
        owner = report_owner(title)
        if owner is None or precision(when[0]) > MONTH_DAYS:
            continue
        if precision(when[0]) > 1 and not self_words & {w.lower() for w in title_words(title)}:
            continue  # a month's reports of one owner may be several; its report on itself is one
        target = first.setdefault((when[0], owner), ci)
        if target != ci and clusters[target].members:
            c.move_to(clusters[target])


def _introduced(words: Sequence[str], verbs: frozenset[str] | None = None) -> frozenset[str]:
    """The lower-case nouns a title introduces by "a"/"an" ("inserted a tube" -> tube), only as the object of one
    of verbs when given."""
    return frozenset(w.lower() for i, (d, w) in enumerate(zip(words, words[1:]))
                     if d.lower() in ("a", "an") and w.islower()
                     and (verbs is None or (i > 0 and words[i - 1].lower() in verbs)))


def definite_means(words: Sequence[str]) -> str | None:
    """The thing a title does its happening by and names with "the", introduced nowhere in the title ("funnelling
    the oil using the tube" -> tube; derivations.yaml ``definite_instruments.means``)."""
    means = frozenset(str(w) for w in derivations()["definite_instruments"]["means"])
    for i in range(len(words) - 2):
        if words[i].lower() in means and words[i + 1].lower() == "the" and words[i + 2].isalpha() \
                and words[i + 2].islower() and words[i + 2] not in _introduced(words):
            return words[i + 2]
    return None


def join_definite_instruments(clusters: Sequence[Cluster]) -> None:
    """Join a finished day cluster whose title does its happening by a thing it names with "the" ("BP began
    funnelling the leaking oil using the tube") into the one cluster of that day that puts the thing in place ("BP
    successfully inserted a tube into the riser", derivations.yaml ``definite_instruments.installs``), of the same
    doer (the titles' first word): the next step of one happening, told by a later sentence. Two titles introducing
    the thing leave it apart (which one is not known)."""
    installs = frozenset(str(w) for w in derivations()["definite_instruments"]["installs"])
    day: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)
    for ci, c, when in _day_clusters(clusters):
        day[when[0]].append((ci, title_words(wording_title(c.members, when))))
    for told in day.values():
        for ci, words in told:
            thing = definite_means(words)
            if thing is None or _named(words[0]) is None:
                continue
            if any(thing in _introduced(other) and thing not in _introduced(other, installs) for _, other in told):
                continue  # a title of the day introduces it otherwise: which thing is meant is not known
            intros = [(cj, other) for cj, other in told if cj != ci and thing in _introduced(other, installs)]
            if len(intros) == 1 and intros[0][1][0].lower() == words[0].lower() and clusters[intros[0][0]].members:
                clusters[ci].move_to(clusters[intros[0][0]])
