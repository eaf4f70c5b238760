"""Plain data passed between the pipeline stages. Frozen dataclasses: stages never mutate their input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from timeline.dates import date_sort_key


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its body text and its publication date (the DCT, `YYYY-MM-DD`)."""

    id: str
    body: str
    published: str
    path: str = ""
    title: str = ""
    source: str = ""
    url: str = ""
    # which rule gave the publication date: "front matter", "option", "dateline", "metadata", "path", "tml"
    date_origin: str = ""
    # where the dateline's date stands in the body ("INNSBRUCK, March 10 — ..."), as the reader found it: the
    # report's date, no event's (start, end offsets; None when the body opens with no dateline)
    dateline: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article body; `start`/`end` are character offsets into the body."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 temporal expression: offsets into the text it was found in (end exclusive)."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value: 2016-03-27, 2016-02, 2015-Q4, P5Y, PRESENT_REF, XXXX-WXX-1, ...
    mod: str = ""  # START, MID, END, APPROX, BEFORE, AFTER, ... or ""
    # the tagger rule that made it (a name in timeline/tagger/rules/patterns.yaml, or "range_tail" for the
    # second end of "April 4-6"): examples name the rule they test, a failure says which one fired
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Where an event was read: the article, the sentence as written, the date phrase as written.

    The article, sentence and date phrase name a source; what the event stage found of them travels along
    without being part of that name (a source read back from timeline.yaml, whose article this build did not
    read, has them empty)."""

    article: str
    quote: str
    expression: str = ""
    # the article's publication date (Article.published): what `salience.happened` compares the event's date with
    published: str = field(default="", compare=False)
    # the sentence is an item of a chronology journalists wrote ("Aug. 23 - Rebels overrun Gaddafi's compound")
    chronology: bool = field(default=False, compare=False)
    # the sentence just before, when it tells the day an offset of the quote counts from ("Late on Wednesday, the
    # minister met the rebels." before "Two days earlier, he met an envoy"): shown before the quote (`shown`) so that
    # the reader sees the day; everything that compares events reads `quote`, the event's own sentence
    lead: str = field(default="", compare=False)
    # the sentence tells the event as done ("early Monday promised reforms": a past verb, or a date the tagger put in
    # the small hours of the page's next day): a page is dated hours behind the places it reports, so an event it
    # tells as done up to a day after its publication date had happened by then (dates.told_by_then)
    told_done: bool = field(default=False, compare=False)

    @property
    def shown(self) -> str:
        """The quote as a reader sees it (timeline.yaml, views): the lead sentence, then the event's own sentence. A
        source read back from timeline.yaml holds the two as its quote, so it compares by this text too."""
        return f"{self.lead} {self.quote}" if self.lead else self.quote

    @property
    def named(self) -> tuple[str, str, str]:
        """The source as timeline.yaml names it: article, quote as shown, date phrase (a source read back from the
        file and the event it was written from name it alike)."""
        return self.article, self.shown, self.expression


@dataclass(frozen=True, slots=True)
class Event:
    """An event one article reports. `date` is "" for a mention that carries no date of its own."""

    article: str
    date: str
    mod: str
    title: str
    source: Source
    # lower-cased content words (trigger lemma, participants, places) used to recognise the same event
    keys: tuple[str, ...] = ()
    trigger: str = ""
    # the coarse kinds of event its words tell ("attack", "conquest"; events.yaml `event_classes`), sorted
    classes: tuple[str, ...] = ()
    # each surname the title prints alone as its article's familiar figure, with the article's full form of that
    # person ("al-Obeidy", "Eman al-Obeidy"), sorted: the merge prints the full form where the collection does not
    # know the person by the surname (timeline.merge.surname_titles)
    surnames: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    # the key of the town a bare place noun of the title names ("the city", "there"), the one town its article named
    # before it (timeline.merge.bare_towns): the merge's place key for a title naming no town, never printed
    bare_town: str = field(default="", compare=False)

    @property
    def chronology(self) -> bool:
        """Whether the event is told by an item of a journalists' chronology (its source sentence's flag)."""
        return self.source.chronology


@dataclass(slots=True)
class Entry:
    """One line of the timeline: an event with every source that reports it."""

    id: str
    date: str
    mod: str
    title: str
    sources: list[Source] = field(default_factory=list)
    keys: tuple[str, ...] = ()
    note: str = ""
    rejected: bool = False
    # competing dates: [{"date": ..., "mod": ..., "articles": [...]}, ...]
    conflicts: list[dict[str, object]] = field(default_factory=list)
    # fields a person set by hand in timeline.yaml, kept through rebuilds
    curated: tuple[str, ...] = ()
    # digest of the date, title and sources the build generated ("<date>.<title>.<sources>"): a value in the
    # file that no longer matches it was edited by a person, whatever a newer version of the tool generates
    generated: str = ""
    # the entry's fields in the order the file gave them: a field a person moved or added stays where they wrote it
    layout: tuple[str, ...] = ()
    # a curated entry kept although none of its articles was read by the last build (see timeline.merge)
    orphaned: bool = False

    @property
    def reports(self) -> int:
        return len({s.article for s in self.sources})


def entry_sort_key(entry: Entry) -> tuple[object, ...]:
    """Chronological order of entries, ties broken by title, then id."""
    return (date_sort_key(entry.date, entry.mod), entry.title, entry.id)


_Shared = TypeVar("_Shared", str, frozenset[str], tuple[str, ...])


class SharedValues:
    """One object for each value of the strings, sets and tuples events and their items hold (a table of one stage):
    every event of a build is held until the merge ends, and a corpus repeats its sentences (wire copies, a story
    retold), whose events then have equal titles, quotes, key sets and happenings; held once, not once per event.
    Values are immutable, so which of two equal objects is held changes nothing but memory."""

    def __init__(self) -> None:
        self._known: dict[object, object] = {}

    def one(self, value: _Shared) -> _Shared:
        """The first value equal to `value` this table saw (`value` itself the first time)."""
        return self._known.setdefault(value, value)  # type: ignore[return-value]
