"""Merging, similarity: what merging compares of an event, and how alike two events are.

Each event becomes an `Item`: its keys (content words normalised by their family in derivations.yaml, so
"exploded", "explosion" and "blast" share the key "explode"), its title's keys (the event's own clause), what
its title says happened and its event classes. Two items are compared by the IDF-weighted Dice overlap of
their keys (at least MIN_SHARED shared); the thresholds below say how much overlap links them: the more
precisely their dates agree, the less text needs to.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from timeline.dates import compatible, date_sort_key, gap, precision, same_date, span
from timeline.events.lexicon import event_classes, lexicon
from timeline.events.titles import told_before_speaker
from timeline.model import Event, SharedValues
from timeline.rules import load_yaml
from timeline.text.lexicon import months, weekdays

# Thresholds on the weighted Dice similarity of two events' keys (0..1): the more precisely two
# dates agree, the less textual evidence is needed (values measured on Timeline17, see benchmarks/).
SAME_DAY = 0.25  # the same day, different articles
SAME_EVENT = 0.40  # compatible but coarser dates ("February" / "February 27"), different articles
COARSER_MENTION = 0.22  # a coarser date inside another article's finer one ("in July" / "July 25")
SAME_ARTICLE = 0.55  # repeated mention of one event in one article (same date and trigger)
SAME_ARTICLE_DAY = 0.08  # one article's sentences on one day sharing participants: one story
SAME_HAPPENING = 0.12  # the same date, the same happening in both titles and a shared participant: one event
COMMON_KEY = 0.20  # a key in more than this share of all events is too common to name a participant
# a coarse mention joins a finer entry at the low COARSER_MENTION bar: the word they share besides names must be rare,
# a figure or a name of a thing ("$32.2bn"), not a word of the corpus' subject ("the virus" in a flu corpus: 14%)
RARE_KEY = 0.02
UNDATED = 0.50  # an undated mention joining a dated event
CONFLICT = 0.60  # incompatible but near dates: the same event dated differently
CONFLICT_GAP_DAYS = 7  # how far apart two conflicting dates may lie
MIN_SHARED = 2  # shared keys needed for any link
HEAD_SHARED = 2  # shared title keys needed to link events of different articles
# marks an event class (Event.classes) among the keys a score counts, so that a class never meets a word
CLASS_MARK = "="

_KEY_STRIP = re.compile(r"[-.'\u2019]")
_TITLE_WORD = re.compile(r"[^\W_][\w'\u2019.-]*+")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_NO_KEYS: frozenset[str] = frozenset()  # one empty set for every item that has none
_UNDATED = ("", "")  # the `when` of every undated mention: one tuple (an item is held for every event)


# --------------------------------------------------------------------------------------------- keys


def derivations() -> dict[str, Any]:
    """The word families of derivations.yaml (beside this module)."""
    return load_yaml(__package__, "derivations.yaml")


def _norm_key(key: str) -> str:
    return _KEY_STRIP.sub("", key.strip().lower())


STEM_CACHE_WORDS = 1 << 17  # distinct words whose stems are kept (a large corpus' vocabulary)


class _Stems:
    """The Snowball stemmer memoised on the word, up to STEM_CACHE_WORDS words (then the rest are stemmed each time):
    the memo is what the extraction cache keeps between builds (known_stems), so that a rebuild, which extracts one
    article and so starts with the memo cold, does not stem the corpus' vocabulary again (~3 % of a rebuild)."""

    def __init__(self, stem: Callable[[str], str]) -> None:
        self._stem = stem
        self.known: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        found = self.known.get(word)
        if found is None:
            found = self._stem(word)
            if len(self.known) < STEM_CACHE_WORDS:
                self.known[word] = found
        return found


@cache
def _stemmer() -> _Stems:
    """The Snowball (Porter2) English stemmer: inflections and regular derivations share a stem ("protesters",
    "protest"; "declared", "declaration"; "televised", "television"). Memoised on the word: the pure-Python
    stemmer was the build's largest cost, and a build stems the same few thousand words again and again."""
    import snowballstemmer

    return _Stems(snowballstemmer.stemmer("english").stemWord)


def known_stems() -> dict[str, str]:
    """The words stemmed so far and their stems (a pure function of the word and the stemmer's version: the cache
    keeps them under the tool's digest, which names that version)."""
    return dict(_stemmer().known)


def add_known_stems(stems: object) -> None:
    """Remember stems known_stems gave (read back from the cache); a value of another shape is left out."""
    if not isinstance(stems, dict):
        return
    known = _stemmer().known
    for word, stem in stems.items():
        if len(known) >= STEM_CACHE_WORDS:
            break
        if isinstance(word, str) and isinstance(stem, str):
            known.setdefault(word, stem)


@cache
def families() -> dict[str, str]:
    """Each word of derivations.yaml (as written and stemmed) -> the head of its family."""
    rules = derivations()
    stem = _stemmer()
    table: dict[str, str] = {}
    for group in ("families", "numbers"):
        for head, words in sorted(rules[group].items()):
            for word in [head, *words]:
                form = _norm_key(str(word))
                table.setdefault(form, str(head))
                table.setdefault(stem(form), str(head))
    return table


@cache
def family_heads() -> frozenset[str]:
    return frozenset(derivations()["families"])


@lru_cache(maxsize=1 << 16)
def key_form(word: str) -> str:
    """The merge key of a word: the head of its family, found as written or by its stem ("explosion",
    "blasts", "exploded" -> "explode"; "eleven" -> "11"), so that wordings of one happening share a key. Other
    words stay as written: stemming them all ("rebels", "rebel") makes unrelated sentences of one live page
    alike."""
    form = _norm_key(word)
    table = families()
    found = table.get(form)
    if found is None:
        found = table.get(_stemmer()(form), form)
    return found


def _event_keys(event: Event) -> frozenset[str]:
    keys = {key_form(k) for k in event.keys}
    if event.trigger:
        keys.add(key_form(event.trigger))
    # a happening named in several words ("switched sides") gives its family's key, as its one-word wording does;
    # in the title only, the event's own clause (the rest of a sentence tells other things: "he resigned, calling
    # for Gaddafi to step down")
    keys |= phrase_keys(event.title)
    keys.discard("")
    return frozenset(keys)


PHRASE_ANY = "*"  # a word of a phrase in derivations.yaml that matches any one word ("search of * home")


@cache
def _phrases() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """derivations.yaml ``phrases``, by the stem of each phrase's first word: (the stems of its words, the keys its
    first words become), longest phrase first, then the one with fewer "*" (the more specific: "found * not guilty"
    before "found * * guilty", "found not guilty" before "found * guilty"), then by their stems, so a match never
    depends on the table's order."""
    stem = _stemmer()
    found: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for head, phrases in sorted(derivations()["phrases"].items()):
        keys = tuple(str(head).split())
        for phrase in phrases:
            stems = tuple(w if w == PHRASE_ANY else stem(_norm_key(w)) for w in str(phrase).split())
            found.setdefault(stems[0], []).append((stems, keys))
    return {first: tuple(sorted(entries, key=lambda e: (-len(e[0]), e[0].count(PHRASE_ANY), e)))
            for first, entries in found.items()}


def word_stems(words: Sequence[str]) -> list[str]:
    """The Snowball stems of a title's words, without a possessive ending or closing stop: what the phrases of
    derivations.yaml are matched on."""
    stem = _stemmer()
    return [stem(_POSSESSIVE.sub("", w.lower()).rstrip(".")) for w in words]


def phrase_stems(phrase: str) -> tuple[str, ...]:
    """The stems a phrase of derivations.yaml is matched on ("*" matches any one word)."""
    stem = _stemmer()
    return tuple(w if w == PHRASE_ANY else stem(_norm_key(w)) for w in phrase.split())


def phrase_at(phrase: tuple[str, ...], stems: Sequence[str], at: int) -> bool:
    """Whether a phrase (phrase_stems) stands in a title (word_stems) at word `at`."""
    return _phrase_at(phrase, stems, at)


def phrase_forms(words: Sequence[str]) -> list[str]:
    """The keys of words in order (title_word_key), where a phrase of derivations.yaml ``phrases`` gives its first
    words its family's keys ("switched sides" -> "defect side"; "air raid" -> "air airstrike"), so a
    happening told in several words shares the keys of its one-word wordings (_phrase_matches)."""
    forms = [title_word_key(w) for w in words]
    for at, _, keys in _phrase_matches(_joined(words)):
        forms[at:at + len(keys)] = keys
    return forms


def phrase_tails(words: Sequence[str]) -> frozenset[int]:
    """The positions of a title's words that end a phrase of derivations.yaml ``phrases`` past its family's keys (the
    "was dead" of "the well was dead", a well sealed): words that tell the phrase's happening, not one of their own
    family (no death), though phrase_forms leaves them their own keys."""
    return frozenset(i for at, length, keys in _phrase_matches(_joined(words))
                     for i in range(at + len(keys), at + length))


def _joined(words: Sequence[str]) -> str:
    """A title's words (title_words: none holds a space) as one string, the key of the memos read by words: a memo
    of 16,384 titles keyed by tuples of their words held ~300,000 word strings (~20 MiB); one string a title is ~100
    bytes (memory). `_split` gives the words back."""
    return " ".join(words)


def _split(joined: str) -> list[str]:
    return joined.split(" ") if joined else []


@lru_cache(maxsize=1 << 14)
def _phrase_matches(joined: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """The phrases of derivations.yaml ``phrases`` in a title's words (`_joined`): (first word, length, the family's
    keys). One pass, left to right: a word starts at most one phrase, and a phrase's words start none; a phrase just
    after an irrealis word is none ("calls for Gaddafi to step down": a wish, not a stepping down)."""
    words = _split(joined)
    stems = [_stemmer()(_POSSESSIVE.sub("", w.lower()).rstrip(".")) for w in words]
    irrealis = _irrealis_words()
    found: list[tuple[int, int, tuple[str, ...]]] = []
    at = 0
    while at < len(words):
        matched = next((p for p in _phrases().get(stems[at], ()) if _phrase_at(p[0], stems, at)), None)
        if matched is not None and any(w.lower() in irrealis for w in words[max(0, at - IRREALIS_WORDS):at]):
            matched = None
        if matched is None:
            at += 1
            continue
        phrase, keys = matched
        found.append((at, len(phrase), keys))
        at += len(phrase)
    return tuple(found)


@lru_cache(maxsize=1 << 14)
def phrase_told_keys(title: str) -> frozenset[str]:
    """The own keys of the words of a title's phrases (derivations.yaml ``phrases``) that it does not also write
    outside them ("slashed", "rating" in "Moody's slashed the rating of Greece": a downgrade; "seized", "power" in
    "Gaddafi seized power": a coup): there they tell the phrase's happening, none of their own, and a title writing
    the word alone ("A man slashed the tires", "Rebels seized Brega") tells another happening by it."""
    words = title_words(title)
    matches = _phrase_matches(_joined(words))
    if not matches:
        return _NO_KEYS
    in_phrase = {i for at, length, _ in matches for i in range(at, at + length)}
    inside = {title_word_key(w) for i, w in enumerate(words) if i in in_phrase}
    outside = {title_word_key(w) for i, w in enumerate(words) if i not in in_phrase}
    # a key the phrase gives is what it tells ("erupted" in "the conflict erupted" is its beginning: uprising begin)
    given = {k for _, _, keys in matches for k in keys}
    return frozenset(inside - outside - given) or _NO_KEYS


IRREALIS_WORDS = 3  # words before a phrase that can make it a wish or a condition ("if his father stepped down")


@cache
def _irrealis_words() -> frozenset[str]:
    return frozenset(str(w) for w in derivations()["irrealis"])


def _phrase_at(phrase: tuple[str, ...], stems: Sequence[str], at: int) -> bool:
    return at + len(phrase) <= len(stems) and all(p in (PHRASE_ANY, s) for p, s in zip(phrase, stems[at:]))


@lru_cache(maxsize=1 << 14)
def phrase_keys(text: str) -> frozenset[str]:
    """The keys a text's phrases give (phrase_forms), beside the keys of its words."""
    words = title_words(text)
    return frozenset(phrase_forms(words)) - {title_word_key(w) for w in words} or _NO_KEYS


def title_words(title: str) -> list[str]:
    """The words of a title as written."""
    return _TITLE_WORD.findall(title)


@lru_cache(maxsize=STEM_CACHE_WORDS)
def title_word_key(word: str) -> str:
    """The key of one word of a title, without its possessive ending or closing stop ("Jackson's" -> "jackson")."""
    return key_form(_POSSESSIVE.sub("", word.lower()).rstrip("."))


@lru_cache(maxsize=1 << 14)  # a pure function of the title, read for each day cluster at each pass
def told_title(title: str) -> str:
    """What a title tells, as the day's tellings of violence read it (overviews.join_day_overviews): the title without
    a speaker that closes it after a comma (titles.told_before_speaker): "Rebels appeared to be in control of most of
    Tripoli, the Pentagon said" leads with its act, as "Rebels appeared to be in control of most of Tripoli" does, so
    a statement and the act it reports join when what they tell matches, while the printed title keeps its speaker.
    A title no speaker closes is itself, and so is a forecast or a view (a modal, a future, told_titles.yaml
    ``forecasts``: "Libya may become a peaceful democracy ..., Secretary of State Hillary Clinton said"), where the
    saying is the event and its speaker the doer."""
    told = told_before_speaker(title)
    if told != title and any(w.lower() in _forecast_words() for w in title_words(told)):
        return title
    return told


@cache
def _forecast_words() -> frozenset[str]:
    return frozenset(lexicon().modals | lexicon().future_auxiliaries
                     | {str(w) for w in load_yaml(__package__, "told_titles.yaml")["forecasts"]})


def title_forms(title: str) -> list[str]:
    """The keys of a title's words, in order."""
    return phrase_forms(title_words(title))


def _happening(trigger: str, head: frozenset[str]) -> frozenset[str]:
    """What the event says happened: the words of its trigger and title that belong to a family of
    derivations.yaml ("exploded", "explosion", "blast" -> "explode"); other words name no kind of happening."""
    heads = family_heads()
    found = [k for k in (*head, trigger) if k in heads]
    return frozenset(found) if found else _NO_KEYS


# -------------------------------------------------------------------------------------------- items


# key sets kept built (key_set): on 1,000 distinct articles the merge reads 3.1 M sets of 18,000 tuples, and a memo of
# 4,096 misses 3.7 % of them (16,384: 0.7 %, 1,024: 21 %): ~0.1 s of building sets for ~3 MiB held
KEY_SET_MEMO = 1 << 12


@lru_cache(maxsize=KEY_SET_MEMO)
def key_set(words: tuple[str, ...]) -> frozenset[str]:
    """The set of a sorted tuple of keys, as merging compares it. An item holds its keys as a tuple (a frozenset of
    5-15 words is 456-712 bytes, a tuple of them 80-160) because every event is held until the merge ends; the sets
    are built when scored, and a bounded memo keeps those of the items being merged (a memo, not a record: the
    set it gives is equal either way)."""
    # through a set: a frozenset made from a set is sized for it (5-7 keys: 472 bytes; from the tuple itself 728)
    return frozenset(set(words)) if words else _NO_KEYS


@dataclass(frozen=True, slots=True)
class Item:
    """An event with what merging needs precomputed. Key sets are held as sorted tuples (`*_words`: memory) and
    read as sets (`keys`, `head`, `evidence`: key_set)."""

    event: Event
    key_words: tuple[str, ...]  # the keys, sorted
    when: tuple[str, str]
    trigger: str
    day: bool  # the date is one day
    head_words: tuple[str, ...]  # keys of the title (the event's own clause), sorted
    classes: frozenset[str] = frozenset()  # event classes, marked ("=conquest"): evidence for undated mentions only
    happening: frozenset[str] = frozenset()  # words of a family in the trigger and title: what happened
    title_form: tuple[str, ...] = ()  # the title's keys in order: one wording, whatever its case or inflection
    # keys | classes, sorted: every key a score may count, so sharing fewer than MIN_SHARED of these scores 0
    evidence_words: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        # most events have no class: their evidence is their keys, the same tuple (an item is held for every event)
        object.__setattr__(self, "evidence_words",
                           tuple(sorted(self.classes.union(self.key_words))) if self.classes else self.key_words)

    @property
    def keys(self) -> frozenset[str]:
        return key_set(self.key_words)

    @property
    def head(self) -> frozenset[str]:
        return key_set(self.head_words)

    @property
    def evidence(self) -> frozenset[str]:
        return key_set(self.evidence_words)


def items_of(events: Iterable[Event | Item]) -> list[Item]:
    """The items of distinct events in canonical order (event_order), equal sets and tuples shared among them
    (SharedValues: the table is dropped once the items exist, so it costs nothing at the merge's peak of memory).
    An item given (read back from the extraction cache, item_stored) is taken as it is: item_of of its event."""
    shared = SharedValues()
    given: dict[Event, Item | None] = {}
    for e in events:
        if isinstance(e, Item):
            given.setdefault(e.event, e)
        else:
            given.setdefault(e, None)
    return [item or item_of(e, shared) for e, item in sorted(given.items(), key=lambda pair: event_order(pair[0]))]


def item_of(event: Event, shared: SharedValues | None = None) -> Item:
    """The event as merging compares it. Every event of a build is held as an item until the merge ends, so
    equal sets are one object where that is cheap to see (a title naming every key, no class, no happening), and
    across items when a `shared` table is given (items_of)."""
    shared = shared or SharedValues()
    keys = _event_keys(event)
    key_words = shared.one(tuple(sorted(keys)))
    # a value that is no calendar date (PRESENT_REF, XXXX-03) cannot place an entry: an undated mention
    when = shared.one((event.date, event.mod)) if event.date and span(event.date) is not None else _UNDATED
    classes = _marked(event.classes)
    trigger = key_form(event.trigger)
    # the keys that occur in the title: the clause of the event itself, where the sentence's keys also describe
    # the other things the sentence says
    words = title_words(event.title)
    forms = phrase_forms(words)
    # a phrase's words keep their own keys too ("the trial opened": trial, begin and opened), so a wording the
    # phrase does not match ("the trial of Ferrer opened") still shares them; equal tuples are shared (memory)
    in_title = (set(forms) | {title_word_key(w) for w in words}) & keys
    head_words = key_words if len(in_title) == len(keys) else shared.one(tuple(sorted(in_title)))
    title_form = shared.one(tuple(k for k in forms if k in keys))
    # a family word the title writes only as part of a name ("U.N. Secretary-General Ban Ki-moon") tells no happening;
    # a few hundred happenings in a corpus, one set each (the difference is a new set, even an empty one)
    head = frozenset(in_title)
    # and a family word a phrase tells as part of another happening ("seized" in "seized power": a coup, no capture)
    happening = _happening(trigger, head) - _name_only_families(_joined(words)) \
        - phrase_told_keys(event.title) or _NO_KEYS
    item = Item(event, key_words, when, trigger, precision(event.date) == 1, head_words, classes,
                shared.one(happening), title_form)
    if item.evidence_words is not key_words:
        object.__setattr__(item, "evidence_words", shared.one(item.evidence_words))  # as equal items have
    return item


def item_dated(item: Item, told: Event) -> Item:
    """The item with its event told as `told` tells it: its date, and the day its source was written (a sentence
    copied into a later article, timeline.merge.copies). What the item reads of the date is computed as item_of does."""
    date, mod = told.date, told.mod
    source = replace(item.event.source, published=told.source.published)
    event = replace(item.event, date=date, mod=mod, source=source)
    when = (date, mod) if date and span(date) is not None else _UNDATED
    return replace(item, event=event, when=when, day=precision(date) == 1)


# An item is a pure function of its event and the tool's files, which key the extraction cache (timeline.cache): it is
# stored there with its event, so a rebuild does not compute the items of unchanged articles again (on a rebuild the
# stem memo starts cold, and item_of stemmed every word of every event: ~17 % of an incremental rebuild). Stored
# compactly: its keys are mostly the event's own keys as written, each written as its index among those, and every
# other key it holds (trigger, title keys, happening, title form) is one of its keys, written as its index among them
# (a string only where a key is none of those): 1.26x the events' bytes as full strings, ~1.1x so.


def item_stored(item: Item) -> list[object]:
    """What of an item the extraction cache keeps with its event (JSON values; item_restored reads it back): its
    keys as indices into the event's keys, then its trigger, title keys (None: its keys), happening and title form as
    indices into its keys. The date, day and classes are not stored: read from the event at once."""
    written = {k: i for i, k in enumerate(item.event.keys)}
    at = {k: i for i, k in enumerate(item.key_words)}
    head = None if item.head_words == item.key_words else [at.get(k, k) for k in item.head_words]
    return [[written.get(k, k) for k in item.key_words], at.get(item.trigger, item.trigger), head,
            [at.get(k, k) for k in sorted(item.happening)], [at.get(k, k) for k in item.title_form]]


def item_restored(event: Event, stored: Sequence[object], shared: SharedValues) -> Item:
    """The item item_stored kept, of `event` (equal to item_of(event)): equal tuples and sets one object (`shared`).
    A value of the wrong shape raises TypeError, ValueError or IndexError (a damaged entry: the merge computes the
    item)."""
    raw_keys, raw_trigger, raw_head, raw_happening, raw_form = stored

    def keys(values: object, among: Sequence[str]) -> tuple[str, ...]:
        if not isinstance(values, list):
            raise TypeError("keys")
        return tuple(_key(v, among) for v in values)

    key_words = shared.one(keys(raw_keys, event.keys))

    def key(value: object) -> str:
        return _key(value, key_words)

    head_words = key_words if raw_head is None else shared.one(keys(raw_head, key_words))
    happening = frozenset(keys(raw_happening, key_words)) or _NO_KEYS
    when = shared.one((event.date, event.mod)) if event.date and span(event.date) is not None else _UNDATED
    item = Item(event, key_words, when, key(raw_trigger), precision(event.date) == 1, head_words,
                _marked(event.classes), shared.one(happening), shared.one(keys(raw_form, key_words)))
    if item.evidence_words is not key_words:
        object.__setattr__(item, "evidence_words", shared.one(item.evidence_words))
    return item


def _key(value: object, among: Sequence[str]) -> str:
    """A stored key (item_stored): an index into `among`, else the key itself."""
    if type(value) is int and value >= 0:
        return among[value]
    if isinstance(value, str):
        return value
    raise TypeError("key")


@lru_cache(maxsize=1 << 14)
def _name_only_families(joined: str) -> frozenset[str]:
    """The family heads a title's words (`_joined`) give only where it writes them as names: capitalised inside the
    title, or where a sentence opens before another capitalised word ("Ban Ki-moon said"; "Ban" is no ban there; "the
    Marine Board of Investigation"; "Shell")."""
    words = _split(joined)
    forms = phrase_forms(words)
    heads = family_heads()
    as_name: set[str] = set()
    as_word: set[str] = set()
    for i, (word, form) in enumerate(zip(words, forms)):
        if form not in heads:
            continue
        # after a stamp or a word in capitals ("Thu 20:20:00 Airstrikes killed", "ALGERIA -- Protests began") a
        # capital opens a sentence
        opens = i == 0 or words[i - 1].isupper() or not words[i - 1][:1].isalpha()
        name = word[:1].isupper() and (not opens or i + 1 < len(words) and words[i + 1][:1].isupper())
        (as_name if name else as_word).add(form)
    return frozenset(as_name - as_word) if as_name else _NO_KEYS


@lru_cache(maxsize=1 << 12)
def _marked(classes: tuple[str, ...]) -> frozenset[str]:
    """An event's classes as keys ("=conquest"): a few combinations, one set each."""
    return frozenset(CLASS_MARK + c for c in classes) if classes else _NO_KEYS


def event_order(event: Event) -> tuple[object, ...]:
    """The canonical order of events (finest date first, then date, article, quote, ...): merging sees the same
    sequence whatever order the caller used."""
    return (
        precision(event.date) if event.date else 10**10,
        date_sort_key(event.date, event.mod),
        event.article,
        event.source.quote,
        event.source.expression,
        event.title,
        event.trigger,
        tuple(sorted(event.keys)),
        event.classes,
    )


# ------------------------------------------------------------------------------------------ overlap


# key sets whose mass Similarity keeps (a bounded memo, emptied when full). Its keys are sets key_set built, which the
# memo keeps alive after key_set lets them go (a set per entry): on 1,000 distinct articles 8,192 miss 2.6 % of the
# reads (4,096: 8.3 %), ~0.1 s of sums, for ~4 MiB held
MASS_MEMO_SETS = 1 << 13


class Similarity:
    """Weighted Dice overlap of key sets; a key shared by many events weighs little (IDF)."""

    def __init__(self, items: Sequence[Item]) -> None:
        df: Counter[str] = Counter()
        for item in items:
            df.update(item.evidence_words)  # keys | classes
        n = len(items) or 1
        self.df = df
        self.n = n
        self.weight = {k: math.log(1.0 + n / c) for k, c in df.items()}
        self._mass: dict[frozenset[str], float] = {}
        # what the events with these keys tell happened ("explode"): a word common in the corpus, yet the one
        # that finds the other wordings of the event ("Rig exploded" for "Explosion on the rig")
        self._happening: dict[tuple[str, ...], frozenset[str]] = {}
        for item in items:
            if item.happening:
                known = self._happening.get(item.key_words)
                # the item's own set while it says all that is known (one set per item otherwise: memory)
                if known is None or not item.happening <= known:
                    self._happening[item.key_words] = item.happening if known is None else known | item.happening

    def happening_of(self, keys: tuple[str, ...]) -> frozenset[str]:
        """What the events with exactly these keys (Item.key_words: sorted) tell happened."""
        return self._happening.get(keys, frozenset())

    def mass(self, keys: Iterable[str]) -> float:
        return sum(self.weight.get(k, 0.0) for k in sorted(keys))

    def score(self, a: Item, b: Item) -> float:
        if a.when[0] and b.when[0]:
            return self.overlap(a.keys, b.keys)
        # an undated mention has no date to agree on; that both tell the same kind of event
        # ("liberated Palmyra" / "routing ... in Palmyra") is the evidence that stands in for it
        return self.overlap(a.evidence, b.evidence)  # keys | classes

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        shared = a & b
        if len(shared) < MIN_SHARED:
            return 0.0
        return self.shared_overlap(shared, self._cached_mass(a), self._cached_mass(b))

    def shared_overlap(self, shared: Iterable[str], mass_a: float, mass_b: float) -> float:
        """overlap() of two sets from what they share (at least MIN_SHARED keys) and their masses (set_mass): one
        reading for every caller, so a score read this way is the very float overlap() gives."""
        total = mass_a + mass_b
        return 2.0 * self.mass(shared) / total if total else 0.0

    def set_mass(self, keys: frozenset[str]) -> float:
        """mass() of a key set an item holds, kept in a bounded memo (the one overlap() reads)."""
        return self._cached_mass(keys)

    def _cached_mass(self, keys: frozenset[str]) -> float:
        found = self._mass.get(keys)
        if found is None:
            if len(self._mass) >= MASS_MEMO_SETS:
                # a memo, not a record: emptied when full, it stays bounded in a large build (one entry per key set
                # scored, ~70 bytes an event, held until the merge ends); the mass it gives is the same either way
                self._mass.clear()
            found = self._mass[keys] = self.mass(keys)
        return found

    def distinctive(self, keys: Iterable[str]) -> int:
        """How many of the keys are not common words of the corpus."""
        return sum(1 for k in keys if self.df.get(k, 0) <= COMMON_KEY * self.n)

    def names(self, keys: Iterable[str]) -> int:
        """How many of the keys can name a participant: not common words of the corpus, where a word that only
        two events share is never common (a corpus of a few articles has no common words to learn)."""
        return sum(1 for k in keys if self.df.get(k, 0) <= max(COMMON_KEY * self.n, 2))


# --------------------------------------------------------------------------------------- thresholds


def links(sim: Similarity, item: Item, member: Item, score: float) -> bool:
    """Whether `item` is close enough to `member` (their similarity `score`) to tell the same event, judged on
    the two alone: titles of different articles must share HEAD_SHARED keys; an undated item needs UNDATED; a
    compatible date needs less the more precisely the dates agree, or nothing more when the titles tell one
    happening and agree closely; an incompatible date within CONFLICT_GAP_DAYS needs CONFLICT. Titles of different
    articles never link on a phrase alone (tells_more_than_a_phrase: "admitted to hospital", a boy's and a woman's)
    nor as reports of different counts in different places (different_places: Jersey's two cases, the UK's nine)."""
    if member.event.article != item.event.article and len(item.head & member.head) < HEAD_SHARED:
        return False  # the sentences are alike but the events' own clauses are not
    if item.trigger == member.trigger and _other_doers(item, member, frozenset({item.trigger})):
        return False  # one verb of two named doers: "Obama condemned the attack" / "Cameron condemned the attack"
    if member.event.article != item.event.article and different_places(item, member):
        return False  # one kind of report of two places: "Two cases were confirmed in Jersey" / "... in the UK"
    if different_change_targets(item, member):
        return False  # one change told with two end figures: "raised its alert to four" / "... to five"
    if not item.when[0]:
        return score >= UNDATED and tells_more_than_a_phrase(sim, item, member)
    if not member.when[0]:
        return False
    if not compatible(item.when, member.when):
        days_apart = gap(item.when, member.when)
        return score >= CONFLICT and days_apart is not None and days_apart <= CONFLICT_GAP_DAYS
    one_happening = one_happening_told(sim, item, member)
    if member.event.article != item.event.article and not one_happening \
            and not tells_more_than_a_phrase(sim, item, member):
        return False  # one generic phrase of two happenings: "The boy was admitted to hospital" / "She was admitted"
    if member.event.article == item.event.article:
        # same_story checks the rest
        need = 0.0 if one_happening else SAME_ARTICLE_DAY if item.day else SAME_ARTICLE
    elif one_happening:
        need = SAME_HAPPENING
        # the titles tell one happening: two sentences that say different things around it ("Jackson's death"
        # in a lawsuit's story, "Michael Jackson died" alone) may share few keys, while their titles agree closely
        if sim.overlap(item.head, member.head) >= SAME_EVENT:
            need = 0.0
    else:
        need = SAME_DAY if same_date(item.when, member.when) and item.day else SAME_EVENT
    return score >= need


def same_story(sim: Similarity, a: Item, b: Item) -> bool:
    """Whether two events of one article may share an entry: one day's story told in several
    sentences that share participants, or a repeated mention (same date and trigger, close keys). A date and its
    bound ("Saturday" / "by Saturday evening": dates.same_date) are one story only when they tell one happening: what
    was reached by then is another moment of the day ("the retreat ... reinvigorated the opposition" / "by Saturday
    evening, advancing opposition fighters had reached the outskirts of Brega")."""
    if not same_date(a.when, b.when):
        return False
    if one_happening_told(sim, a, b):
        return True
    if a.when != b.when:
        return False
    score = sim.score(a, b)
    if a.trigger == b.trigger and score >= SAME_ARTICLE:
        return True
    if not (a.day and score >= SAME_ARTICLE_DAY):
        return False
    shared = a.keys & b.keys
    if not a.happening or not b.happening or a.happening & b.happening:
        # one title tells no happening, or both one of a family: the story's sentences ("Prior to the clashes,
        # security forces had removed barricades" / "Clashes in the capital continued between security forces ..."),
        # with a participant among the words they share: "security forces" alone are every country's ("security
        # forces flooded the Syrian city of Daraa" / "Gadhafi's security forces battled over Nawfaliya")
        return sim.distinctive(shared) >= MIN_SHARED and sim.distinctive(participants(shared)) >= 1
    # two happenings of no one family are one story only by the participants they share, not by words that name
    # nobody (participants.yaml: "civilians", "dozens") unless both write a group's or place's word as a name ("the
    # White House"): "NATO air strikes were killing civilians in Sirte" / "there was little fighting, and dozens of
    # civilians poured out of Sirte" share a town and a kind of people, two happenings of one day
    named = participants(shared) | shared & _capitalised(a) & _capitalised(b) & _kinds_named()
    return sim.distinctive(named) >= MIN_SHARED


def one_happening_told(sim: Similarity, a: Item, b: Item) -> bool:
    """Two events on the same date whose titles tell one happening: the same title once normalised ("Uprising
    began" / "uprising began"), or a happening of one family ("Rig exploded" / "Explosion destroyed the rig")
    and either a participant both titles name (not a word common to the corpus: "rig", not "said") or a title
    whose keys are all in the other's, unless the two name different doers of it (_other_doers); or one verb no
    family names, of one named doer (_shared_verb: "Jackson hired the physician" / "Dr Murray had been hired by
    Jackson")."""
    if not same_date(a.when, b.when):
        return False
    if len(a.title_form) >= 2 and a.title_form == b.title_form:
        return True
    happening = a.happening & b.happening
    if not happening:
        # one verb no family names, of one named doer ("Jackson hired the physician" / "Dr Murray had been hired by
        # Jackson"): the doer is the participant they share, however common its name in the corpus
        return bool(_shared_verb(sim, a, b))
    if _other_doers(a, b, happening) or _report_other_things(a, b, happening):
        return False
    # a participant both titles name (participants: no count, office or word that names nobody); or a title that
    # says no more than the other ("Unrest began" / "Rebels began a revolt against Gaddafi"; "Jackson's death" /
    # "Michael Jackson died aged 50")
    return sim.names(participants(a.head & b.head - happening)) >= 1 \
        or min(len(a.head), len(b.head)) >= 2 and (a.head <= b.head or b.head <= a.head)


def _report_other_things(a: Item, b: Item, happening: frozenset[str]) -> bool:
    """Whether the happening both titles tell only reports another (derivations.yaml ``reports``: "confirmed") and
    what they report differs: one names a happening the other does not ("three more deaths had been confirmed" / "a
    man was confirmed to have contracted the virus": a death toll and a case)."""
    reports = _report_families()
    if not happening <= reports:
        return False
    told_a, told_b = a.happening - reports, b.happening - reports
    return told_a != told_b and not told_a & told_b


@cache
def _report_families() -> frozenset[str]:
    return frozenset(str(w) for w in derivations()["reports"])


def participants(keys: Iterable[str]) -> frozenset[str]:
    """The keys that may name a participant of a happening: not a count under ten (one digit: "three people were
    killed"; "11 people", "aged 50" may tell the event), an office ("regime", "president") nor a word of
    participants.yaml that names nobody in particular ("cases", "civilians", "capital", "former"), however rare in
    the corpus: "Mubarak's regime was toppled" / "Protests against the Libyan regime" share no participant."""
    excluded = _no_participants()
    return frozenset(k for k in keys if not (len(k) == 1 and k.isdigit()) and k not in excluded)


def tells_more_than_a_phrase(sim: Similarity, a: Item, b: Item) -> bool:
    """Whether two titles of different articles share more than a phrase any report may hold: a happening of one family
    (what they tell: "Protests began in Benghazi" / "Libya's civil war began", judged further by their score), or a
    participant (shares_participant). "The boy was admitted to a private hospital" / "The woman was admitted to
    hospital" share neither: "admitted" names no family, "hospital" no one."""
    return bool(a.happening & b.happening) or shares_participant(sim, a, b)


def shares_participant(sim: Similarity, a: Item, b: Item, *, common: float = COMMON_KEY) -> bool:
    """Whether two titles share more than a generic phrase: a key both hold besides their triggers and happening
    words that may name a participant (participants): a name both write with a capital, however common in the
    corpus ("Jackson"), or a word in at most the `common` share of its events (two events' word is never common).
    "The boy was admitted to a private hospital" / "The woman was admitted to hospital" share only "admitted to
    hospital", two patients; "Undoubtedly more people have died from regular flu" / "three more deaths from swine
    flu" only "died" and the corpus' common "flu" (participants.yaml ``examples.generic``)."""
    shared = participants(a.head & b.head - {a.trigger, b.trigger} - a.happening - b.happening)
    if shared & _capitalised(a) & _capitalised(b):
        return True
    return any(sim.df.get(k, 0) <= max(common * sim.n, 2) for k in shared)


def shares_coarse_participant(sim: Similarity, mention: Item, member: Item) -> bool:
    """Whether a coarsely dated mention and a finer event share a participant strong enough for the mention's low bar
    (clustering.absorb_coarse_mentions): a key both titles hold besides their triggers and happening words
    (participants) that is a name not common in the corpus, or a word in at most RARE_KEY of its events. A place
    either title says its happening took place at (participants.yaml ``places.settings``: "The council in Benghazi
    declared ...", against "telephoned Sarkozy from Benghazi") is where many things happen in a month, no
    participant; nor is the corpus' subject, however named ("The trial of the doctor of Michael Jackson has been
    postponed" / "Ms Jackson attended the trial"), unless both titles tell it by one verb ("Gaddafi was swept from the capital" / "Rebel
    fighters swept into the city aiming to topple Gaddafi")."""
    shared = participants(mention.head & member.head - {mention.trigger, member.trigger} - mention.happening
                          - member.happening) - _settings(mention.event.title) - _settings(member.event.title)
    named = shared & _capitalised(mention) & _capitalised(member)
    if named and (mention.trigger == member.trigger or sim.names(named)):
        return True
    return any(sim.df.get(k, 0) <= max(RARE_KEY * sim.n, 2) for k in shared)


@lru_cache(maxsize=1 << 14)
def _settings(title: str) -> frozenset[str]:
    """The keys of the names a title gives after a preposition of setting (participants.yaml ``places.settings``:
    "in Benghazi", "at the White House"), past the skipped words; a month or weekday is a date."""
    return _named_after(title, _place_words("settings"))


def _capitalised(item: Item) -> frozenset[str]:
    """The keys of the words the event's title writes with a capital (its first too: "Jackson died at his home")
    or its sentence inside it."""
    return _named_words(item) | _names(item)


def different_places(a: Item, b: Item) -> bool:
    """Whether two titles are reports of different counts in different places: each gives a count (a figure), the
    counts differ, and each says where ("confirmed in Jersey", "in the UK": a name after a preposition of
    participants.yaml ``places``) and the places differ: they share no word and neither title writes the other's
    place anywhere ("Two new cases were confirmed in Jersey" / "Nine further cases were confirmed in the UK" are two
    reports). One count told of a town and of its country may be one report ("Three civilians were killed in
    Misrata" / "NATO strikes killed three civilians in Libya"), and a place knows no other inside it."""
    counts_a, counts_b = _counts(a.event.title), _counts(b.event.title)
    if not counts_a or not counts_b or counts_a & counts_b:
        return False
    place_a, place_b = _places(a.event.title), _places(b.event.title)
    if not place_a or not place_b or place_a & place_b:
        return False
    return _neither_writes_the_other(place_a, place_b, a, b)


YEAR_FIGURE = re.compile(r"1[89]\d\d|20\d\d")  # a four-digit figure of these centuries is a year, no count


def different_change_targets(a: Item, b: Item) -> bool:
    """Whether two sentences tell a change that came to different figures (derivations.yaml ``change_targets``: "The
    WHO raised its alert level from three to four" / "The WHO has raised its pandemic alert to five"; "bringing the
    toll to 15" / "the toll had risen by one, to 16"): two changes, however alike their words. A sentence that gives
    no such figure, or one figure both give, says nothing here."""
    targets_a, targets_b = change_targets(a.event.source.quote), change_targets(b.event.source.quote)
    return bool(targets_a) and bool(targets_b) and not targets_a & targets_b


_FIGURE_MARKS = "$\u00a3\u20ac#"  # currency signs a figure may start with ("to $10bn")
# a sentence's words, a figure with its thousands separators and currency sign as one ("to $1,000")
_SENTENCE_WORD = re.compile(r"[$\u00a3\u20ac#]?\d[\d,.]*+\w*+|[^\W_][\w'\u2019.-]*+")


@lru_cache(maxsize=1 << 14)
def change_targets(sentence: str) -> frozenset[str]:
    """The figures a sentence says a change came to: the figure after "to" within ``window`` words after a verb of
    derivations.yaml ``change_targets`` (past its ``skipped`` words: "to level five", "to nearly 1,000"), number
    words as figures ("five" -> "5")."""
    rules = derivations()["change_targets"]
    verbs, skipped, window = _change_verbs(), _change_skipped(), int(rules["window"])
    words = [w.lower() for w in _SENTENCE_WORD.findall(sentence)]
    stem = _stemmer()
    found: set[str] = set()
    for i, word in enumerate(words):
        if stem(word) not in verbs:
            continue
        for j in range(i + 1, min(len(words), i + 1 + window)):
            if words[j] != "to":
                continue
            k = j + 1
            while k < len(words) and words[k] in skipped:
                k += 1
            figure = _figure(words[k]) if k < len(words) else ""
            if figure:
                found.add(figure)
                break
    return frozenset(found)


def _figure(word: str) -> str:
    """A word as a figure ("1,000" -> "1000", "five" -> "5", "10bn" -> "10bn"), or "" when it gives none."""
    word = word.lstrip(_FIGURE_MARKS).replace(",", "").rstrip(".")
    if word[:1].isdigit():
        return word
    head = families().get(word, "")
    return head if head.isdigit() else ""


@cache
def _change_verbs() -> frozenset[str]:
    stem = _stemmer()
    return frozenset(stem(str(w).lower()) for w in derivations()["change_targets"]["verbs"])


@cache
def _change_skipped() -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["change_targets"]["skipped"])


@lru_cache(maxsize=1 << 14)
def _counts(title: str) -> frozenset[str]:
    """The figures a title gives, number words as figures (derivations.yaml ``numbers``: "Two new cases" -> "2");
    not a year ("in 2009": YEAR_FIGURE)."""
    return frozenset(f for f in title_forms(title) if f.replace(",", "").isdigit() and not YEAR_FIGURE.fullmatch(f))


@lru_cache(maxsize=1 << 14)
def _places(title: str) -> frozenset[str]:
    """The keys of the names a title gives after a preposition of place (participants.yaml ``places``): the
    capitalised words that follow it, past a determiner ("in the UK" -> "uk"; "in Hong Kong" -> "hong", "kong");
    a month or weekday is a date, no place ("in June")."""
    return _named_after(title, _place_words("prepositions"))


def _named_after(title: str, prepositions: frozenset[str]) -> frozenset[str]:
    """The keys of the capitalised words a title writes after one of the `prepositions`, past the skipped words
    (participants.yaml ``places.skipped``), up to a word in lower case or a month or weekday name."""
    skipped = _place_words("skipped")
    words = title_words(title)
    found: set[str] = set()
    for i, word in enumerate(words[:-1]):
        if word.lower() not in prepositions:
            continue
        at = i + 1
        while at < len(words) and words[at].lower() in skipped:
            at += 1
        while at < len(words) and words[at][:1].isupper() and words[at].lower() not in _calendar_words():
            found.add(title_word_key(words[at]))
            at += 1
    return frozenset(found)


@cache
def _place_words(table: str) -> frozenset[str]:
    """A word list of participants.yaml ``places``, lower-cased."""
    return frozenset(str(w).lower() for w in participant_rules()["places"][table])


@cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names, lower-cased: "in June" dates a happening, it does not place it."""
    return frozenset(n.lower() for names in months() + weekdays() for n in names)


def participant_rules() -> dict[str, Any]:
    """The words that name no participant (participants.yaml beside this module)."""
    return load_yaml(__package__, "participants.yaml")


@cache
def _kinds_named() -> frozenset[str]:
    """The words of participants.yaml that name a group, a place or a quantity by its kind: written with a capital in
    both sentences they are part of one name ("the White House", "the Security Council")."""
    groups = participant_rules()["no_participants"]
    return frozenset(key_form(str(w)) for table in ("groups", "places", "quantities") for w in groups[table])


@cache
def _no_participants() -> frozenset[str]:
    listed = (str(w) for group in participant_rules()["no_participants"].values() for w in group)
    return frozenset(key_form(w) for w in listed) | _offices()


def one_kind_told(a: Item, b: Item) -> bool:
    """Whether two titles tell one kind of happening, whatever their dates (the evidence an undated mention needs
    besides its words, membership.yaml ``undated``): a happening of one family in both ("The singer was pronounced
    dead" / "He was pronounced dead two hours later"), unless they name different doers of it; or HEAD_SHARED words
    of what happened besides names, offices and roles (_told_words); or the verb that one title tells its event by
    written in the other, a verb of saying or being only of one named doer ("Chernoff said the defense's position
    ..." / "Chernoff has already said ..."). Not two verbs of one participant: "Murray's lawyer said he would be
    punished" tells no airing of "The Man Who Killed Michael Jackson", though both titles hold a word of the event
    class "attack" ("killed"); an event class counts only as the class of both triggers ("Army routing ... Palmyra"
    / "Army liberated ... Palmyra": conquest), a word of a class elsewhere in a title being too coarse a kind."""
    # a happening word that qualifies a noun ("confirmed the death toll", "the death toll could be as high as 800")
    # tells of the noun, not of the happening: two reports of a toll share no death
    # and one told in passing ("has denied a charge over the singer's death", "raped since the start of the civil war",
    # "the bloodiest clashes since protests began") is no happening the title tells
    qualifiers = _qualifier_keys(a.event.title) | _qualifier_keys(b.event.title)
    happening = (a.happening - _passing_keys(a.event.title)) & (b.happening - _passing_keys(b.event.title)) - qualifiers
    if happening:
        return not _other_doers(a, b, happening)
    # a word one title tells as part of a phrase's happening and the other alone tells two happenings by one word
    # ("Moody's slashed the rating of Greece" / "A man slashed the tires of the bus"): it is no evidence
    told_apart = phrase_told_keys(a.event.title) ^ phrase_told_keys(b.event.title)
    if not {a.trigger, b.trigger} & told_apart and _trigger_classes(a.event.trigger) & _trigger_classes(b.event.trigger) \
            or len(_told_words(a) & _told_words(b) - told_apart) >= HEAD_SHARED:
        return True
    # a verb one title tells its event by and the other writes ("Jermaine Jackson criticised the concert's timing" /
    # "Michael's death was a nightmare, Jermaine Jackson criticised the timing of the concert")
    passing = _passing_keys(a.event.title) | _passing_keys(b.event.title)
    verbs = {v for v in ({a.trigger} | {b.trigger}) & a.head & b.head - told_apart - qualifiers - passing
             if _particle_after(a.event.title, v) == _particle_after(b.event.title, v)}
    if verbs - _plain_verbs():
        return True
    return bool(verbs) and bool(participants(doers(a) & doers(b) & _named_words(a) & _named_words(b)))


def _particle_after(title: str, verb: str) -> str:
    """The particle (membership.yaml ``verb_particles``) written just after the first word of `title` keyed `verb`,
    or "": a verb with a particle tells another act than the verb alone ("Sarkozy called for sanctions", a demand /
    "Obama called Sarkozy", a telephone call), so the verb shared is no evidence of one kind of happening."""
    words = title_words(title)
    for i, word in enumerate(words[:-1]):
        if title_word_key(word) == verb:
            follower = words[i + 1].lower()
            return follower if follower in _verb_particles() else ""
    return ""


@cache
def _verb_particles() -> frozenset[str]:
    return frozenset(str(w) for w in membership_rules()["verb_particles"])


@lru_cache(maxsize=1 << 14)
def _trigger_classes(trigger: str) -> frozenset[str]:
    """The event classes of an event's own verb (events.yaml event_classes)."""
    return frozenset(event_classes([trigger.lower()]))


def _told_words(item: Item) -> frozenset[str]:
    """The keys of a title that tell what happened, not who: not a word it writes with a capital (a name), an office
    or a role ("chief", "executive", "singer"), or a verb of saying or being. "BP's credit rating has been slashed by
    Fitch to two notches above junk" and "Fitch downgraded BP's debt to two levels above junk status" share "credit",
    "rating", "junk"; "Tony Hayward has said" and "BP's chief executive Tony Hayward was grilled" share none."""
    return _told_keys(item.head_words, item.event.title)


@lru_cache(maxsize=1 << 12)
def _told_keys(head_words: tuple[str, ...], title: str) -> frozenset[str]:
    """_told_words of a title and its head keys: an undated mention is weighed against every representative of its
    candidates (one_kind_told), so the same title's told words are asked for many times."""
    return key_set(head_words) - _title_names(title) - _offices() - _roles() - _plain_verbs() - _qualifier_keys(title) \
        - _passing_keys(title)


@lru_cache(maxsize=1 << 14)
def _qualifier_keys(title: str) -> frozenset[str]:
    """The keys of a title's words that qualify the noun after them (derivations.yaml ``modified``: "death" in "the
    death toll"): the noun is what the title tells of, the qualifier no happening and no further word of it ("Other
    people confirmed the death toll" / "Dabbashi said the death toll could be as high as 800" share one toll, not a
    death and a toll)."""
    words = title_words(title)
    nouns = _modified_nouns()
    return frozenset(title_word_key(w) for w, after in zip(words, words[1:]) if after.lower() in nouns)


PASSING_WORDS = 3  # words before a happening that can make it a mention in passing ("since his death")


@lru_cache(maxsize=1 << 14)
def _passing_keys(title: str) -> frozenset[str]:
    """The keys of a title's happening words told in passing: within PASSING_WORDS words after a word of
    derivations.yaml ``passing`` ("since the start of the war", "over the singer's death"), where the title tells
    something else of that time. A key the title also writes outside such a mention stays its own."""
    words = title_words(title)
    passing = _passing_words()
    heads = family_heads()
    inside: set[str] = set()
    outside: set[str] = set()
    for at, (word, form) in enumerate(zip(words, phrase_forms(words))):
        if form not in heads:
            continue
        told = any(w.lower() in passing for w in words[max(0, at - PASSING_WORDS):at])
        (inside if told else outside).add(form)
    return frozenset(inside - outside)


@cache
def _passing_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["passing"])


@cache
def _modified_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["modified"])


@cache
def _roles() -> frozenset[str]:
    return frozenset(key_form(str(w)) for w in derivations()["roles"])


def _shared_verb(sim: Similarity, a: Item, b: Item) -> frozenset[str]:
    """A happening no family of derivations.yaml names, told by one verb in both titles ("Jackson hired the
    physician on a salary ..." / "Dr Murray had been hired by Jackson"): the trigger both titles share, when it is
    no verb of saying or being (the event stage's reporting and state verbs: "X said ..." tells what X said), not
    common in the corpus, and both titles name one doer of it (doers: "Obama condemned the attack" / "Cameron
    condemned the attack" stay apart)."""
    verb = a.trigger
    if a.happening or b.happening or verb != b.trigger or verb not in a.head or verb not in b.head \
            or verb in _plain_verbs() or not sim.names((verb,)):
        return _NO_KEYS
    # a doer both titles name, and a name: without one, a shared verb is weak evidence ("An exploration plan ...
    # produced by the company" / "BP produced more oil than any other company")
    named = _named_words(a)
    # or, two passives, the one who underwent it ("Dr Murray had been hired by Jackson" / "Dr Murray had been hired
    # to be Jackson's physician")
    # ("Government forces shelled ..." / "Government troops shelled ...": a capitalised office names nobody)
    shared = participants(doers(a) & doers(b) & named) or participants(_patients(a) & _patients(b) & named)
    return frozenset({verb}) if shared else _NO_KEYS


def plain_verbs() -> frozenset[str]:
    """The keys of verbs that tell no happening of their own (_plain_verbs)."""
    return _plain_verbs()


@cache
def _plain_verbs() -> frozenset[str]:
    """Verbs that tell no happening of their own: saying and being (events.yaml of the event stage)."""
    lex = lexicon()
    return frozenset(key_form(w) for w in lex.reporting_verbs | lex.speech_verbs | lex.state_verbs)


def _other_doers(a: Item, b: Item, happening: frozenset[str]) -> bool:
    """Whether two titles whose triggers tell one happening name different doers of it ("Obama condemned the
    attack" / "Cameron condemned the attack"; "Rebels captured Brega" / "Gaddafi's forces captured Brega"): both
    name one (doers) and neither title names the other's anywhere ("Amoco merged with BP" / "BP merged with
    Amoco" are one merger; "The court issued warrants" / "A panel at the court issued warrants" one ruling). A
    title that does not say who ("He condemned it", "Brega was captured") differs from none."""
    if a.trigger not in happening or b.trigger not in happening or a.trigger in _lexical_words("aspect"):
        return False  # "Unrest began" / "Rebels began a revolt": what begins is the happening, not a doer
    # a doer described ("The country agreed", "An address on Libyan television urged") may be the other's name:
    # only two doers whose head word is a name differ; a happening named as the subject is no doer ("The
    # protests erupted"); a title that names the other's doer anywhere may tell one event ("BP merged with Amoco")
    phrase_a = _doers_of(a.event.title, a.trigger, a.key_words)
    phrase_b = _doers_of(b.event.title, b.trigger, b.key_words)
    if not phrase_a or not phrase_b or phrase_a[0] not in _names(a) - family_heads() \
            or phrase_b[0] not in _names(b) - family_heads():
        return False
    return _neither_writes_the_other(phrase_a, phrase_b, a, b)


def _neither_writes_the_other(doer_a: Iterable[str], doer_b: Iterable[str], a: Item, b: Item) -> bool:
    """Whether neither title writes any word of the other's doer: a title that names the other's doer anywhere may
    tell the same event ("BP merged with Amoco" / "Amoco merged with BP"), so the doers do not keep them apart."""
    return set(doer_a).isdisjoint(title_forms(b.event.title)) and set(doer_b).isdisjoint(title_forms(a.event.title))


DOER_WORDS = 6  # words of the noun phrase that names a trigger's doer ("U.S. President Barack Obama")


def doers(item: Item) -> frozenset[str]:
    """The doer of the title's trigger (_doers_of)."""
    return frozenset(_doers_of(item.event.title, item.trigger, item.key_words))


@lru_cache(maxsize=1 << 16)
def _doers_of(title: str, trigger: str, key_words: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of the noun phrase that names who did what the title's trigger tells: the words just before it
    ("Jackson" in "They remained friendly and Jackson hired the physician"; "Libyan rebels captured Brega"), or
    for a passive its agent after "by" ("Dr Murray had been hired by Jackson" -> "jackson"; derivations.yaml
    ``doer``). Empty when the title does not say (a pronoun, "He hired him"; a passive with no agent, "Dr Murray
    was hired"; a trigger the title does not hold). Keyed by the item's key tuple (Item.key_words), not its set: the
    memo's 65,536 entries would otherwise keep as many sets alive (~500 bytes each) that key_set's memo let go."""
    keys = key_set(key_words)
    words = title_words(title)
    forms = phrase_forms(words)
    at = next((i for i, f in enumerate(forms) if f == trigger), None)
    if at is None:
        return ()
    if at > 0 and words[at - 1].lower() in _lexical_words("doer.passive_auxiliaries"):
        markers = _lexical_words("doer.agent_markers")
        after = next((i for i in range(at + 1, min(len(words), at + 1 + DOER_WORDS)) if words[i].lower() in markers),
                     None)
        return _noun_phrase(keys, words, forms, range(after + 1, len(words)), frozenset()) if after is not None else ()
    start = at
    while start > 0 and (words[start - 1].lower() in lexicon().auxiliaries
                         or words[start - 1].lower() in _lexical_words("doer.between")):
        start -= 1  # "Jackson had hired", "Jackson reportedly hired"
    # read back from the verb, a noun phrase's prepositional phrases are part of it ("Forces loyal to Gadhafi")
    return _noun_phrase(keys, words, forms, range(start - 1, -1, -1), _lexical_words("doer.within"))


def _patients(item: Item) -> frozenset[str]:
    """For a passive title, the keys of the noun phrase before its verb: who underwent it ("Dr Murray" in "Dr Murray
    had been hired"); empty for an active title or one whose verb the title does not hold."""
    return frozenset(_patients_of(item.event.title, item.trigger, item.key_words))


@lru_cache(maxsize=1 << 14)
def _patients_of(title: str, trigger: str, key_words: tuple[str, ...]) -> tuple[str, ...]:
    keys = key_set(key_words)  # keyed by the tuple, as _doers_of (memory)
    words = title_words(title)
    forms = phrase_forms(words)
    at = next((i for i, f in enumerate(forms) if f == trigger), None)
    if at is None or at == 0 or words[at - 1].lower() not in _lexical_words("doer.passive_auxiliaries"):
        return ()
    start = at
    while start > 0 and (words[start - 1].lower() in lexicon().auxiliaries
                         or words[start - 1].lower() in _lexical_words("doer.passive_auxiliaries")
                         or words[start - 1].lower() in _lexical_words("doer.between")):
        start -= 1
    return _noun_phrase(keys, words, forms, range(start - 1, -1, -1), _lexical_words("doer.within"))


def _noun_phrase(keys: frozenset[str], words: Sequence[str], forms: Sequence[str], order: range,
                 within: frozenset[str]) -> tuple[str, ...]:
    """The keys of the words of a noun phrase read in `order` from the verb: names and content words of the event,
    at most DOER_WORDS, up to a function word, or a determiner unless a word of `within` (a preposition) comes
    next ("a panel at the court in the Hague"); empty when a pronoun or nothing names the doer."""
    lex = lexicon()
    pronouns = lex.person_pronouns | lex.thing_pronouns | lex.group_pronouns
    determiners = _lexical_words("determiners")
    found: list[str] = []  # from the word next to the verb (the phrase's head, read back) outwards
    for i in order:
        word = words[i].lower()
        if word in within and found:
            continue
        if word in determiners:
            if not found or i > 0 and words[i - 1].lower() in within:
                continue  # "by the company": the phrase starts after its determiner; "in the Hague"
            break
        if word in pronouns:
            return tuple(found)
        if not (words[i][:1].isupper() or forms[i] in keys) or len(found) == DOER_WORDS:
            break
        found.append(forms[i])
    return tuple(found)


_INNER_CAPITAL = re.compile(r"(?<=[\w,;)] )[A-Z][\w'\u2019.-]*+")  # a capitalised word inside a sentence


def _names(item: Item) -> frozenset[str]:
    """The keys of the names the event's sentence writes: words capitalised inside it ("Obama" in "U.S. President
    Barack Obama condemned"), not its first word ("Rebels captured Brega")."""
    return _names_of(item.event.source.quote)


@lru_cache(maxsize=1 << 14)
def _names_of(quote: str) -> frozenset[str]:
    return frozenset(title_word_key(w) for w in _INNER_CAPITAL.findall(quote))


def _named_words(item: Item) -> frozenset[str]:
    """The keys of the words a title writes with a capital (names, and its first word)."""
    return _title_names(item.event.title)


@lru_cache(maxsize=1 << 12)
def _title_names(title: str) -> frozenset[str]:
    """_named_words of a title (asked for once for each pair of items compared: kept while in use; 4,096 titles:
    16,384 held ~6 MiB more at the peak of a build of 1,000 articles for no CPU less)."""
    return frozenset(title_word_key(w) for w in title_words(title) if w[:1].isupper())


@cache
def _lexical_words(table: str) -> frozenset[str]:
    """A list of words of derivations.yaml (``doer`` lists as "doer.NAME"), lower-cased as written."""
    found: Any = derivations()
    for part in table.split("."):
        found = found[part]
    return frozenset(str(w).lower() for w in found)


def different_doers(a: Item, b: Item) -> bool:
    """Whether two titles say who did what they tell, and say different named doers: both name one with a name in
    it (doers; a word capitalised after the title's first or inside its sentence), they share no word, and neither
    title names the other's anywhere ("Libyan rebels captured Brega" / "Gaddafi's forces shelled Misrata"; "The
    Gadhafi forces launched rockets" / "Forces loyal to Gadhafi attacked the crossing" share theirs; "More
    explosions rocked Tripoli" / "Fresh airstrikes were under way" name no one; "Begun, was about 190ft" no doer)."""
    doer_a, doer_b = doers(a), doers(b)
    if not doer_a & _doer_names(a) or not doer_b & _doer_names(b) or doer_a & doer_b:
        return False
    return _neither_writes_the_other(doer_a, doer_b, a, b)


def different_named_doers(a: Item, b: Item) -> bool:
    """Whether two titles name their doers by different names, whatever common words the doers share ("NATO forces
    bombed Al-Hayrah" / "Gaddafi's forces bombed Al-Hayrah"): each doer (doers) holds a word the title capitalises,
    its first too (a doer opens most titles; a common word there only keeps two titles apart), these words differ,
    and neither title names the other doer's anywhere."""
    named_a, named_b = doers(a) & _named_words(a), doers(b) & _named_words(b)
    if not named_a or not named_b or named_a & named_b:
        return False
    return _neither_writes_the_other(named_a, named_b, a, b)


def _doer_names(item: Item) -> frozenset[str]:
    """The keys of the words that may name a doer: capitalised after the title's first word, or inside the sentence
    (a title's first word is capitalised whatever it is: "More explosions")."""
    later = frozenset(title_word_key(w) for w in title_words(item.event.title)[1:] if w[:1].isupper())
    return later | _names(item)


def membership_rules() -> dict[str, Any]:
    """The rules of who may join a cluster (membership.yaml beside this module)."""
    return load_yaml(__package__, "membership.yaml")


@cache
def _offices() -> frozenset[str]:
    return frozenset(key_form(str(w)) for w in membership_rules()["offices"])


@cache
def _acronym() -> re.Pattern[str]:
    """A word written in capitals (an acronym: "AQIM", "NATO"), membership.yaml ``acronym_letters`` letters or more."""
    return re.compile(r"[A-Z][A-Z.&-]{%d,}" % (int(membership_rules()["acronym_letters"]) - 1))


def distinct_doers(a: Item, b: Item) -> bool:
    """Whether two titles name different doers by name (membership.yaml): the head words of their doers (the word
    next to the verb: "Erdogan" in "Prime Minister Tayyip Erdogan likened") are names, not offices, and differ, the
    doers share no word but an office's, and neither title writes the other's head ("Erdogan likened ..." /
    "Davutoglu called ..."; "AQIM released ..." / "The State Department recommended ..."). Looser than
    different_doers, which wants the doers to share no word at all ("Prime Minister" / "Foreign Minister" share
    one): it guards an event joining a cluster (clustering._can_join), where alike sentences of one day link."""
    head_a, head_b = _doer_head(a), _doer_head(b)
    if not head_a or not head_b or head_a == head_b:
        return False
    # one doer spelled two ways shares the rest of its name ("The World Health Organisation" / "The UN's World Health
    # Organization"); words of an office are shared by different holders ("Prime Minister" / "Foreign Minister")
    if (set(doers(a)) & set(doers(b))) - _offices():
        return False
    return _neither_writes_the_other((head_a,), (head_b,), a, b)


def _doer_head(item: Item) -> str:
    """The key of the word that heads a title's doer when it is a name and no office nor happening; else ""."""
    phrase = _doers_of(item.event.title, item.trigger, item.key_words)
    if not phrase:
        return ""
    head = phrase[0]
    if head in _offices() or head in family_heads():
        return ""
    return head if head in _doer_names(item) or head in _acronyms(item.event.title) else ""


@lru_cache(maxsize=1 << 14)
def _acronyms(title: str) -> frozenset[str]:
    """The keys of a title's words written in capitals ("AQIM"), names wherever they stand."""
    pattern = _acronym()
    return frozenset(title_word_key(w) for w in title_words(title) if pattern.fullmatch(w))
