"""Selection: which events the timeline shows.

- `happened`: a timeline tells what happened; an event only announced for after the publication of
  every article that mentions it ("elections are scheduled for November 28") is left out, unless asked.
  Its announcements still count as sources once an article reports that it took place.
- `top` (`timeline build --top N [--per-date L]`): an editor keeps the dates journalists themselves list in
  chronologies ("Aug. 23 - Rebels overrun Gaddafi's compound"), then the dates many articles on the
  feed's subject tie to events and the day's news covers (`date_salience`); within a date, the event
  most articles report. An article off the feed's subject (`off_subject_articles`: a parish page among
  flu news) ties no date, and the events only it tells come last on their date; none is deleted.
- `about` (`timeline build --about WORDS`): in a feed that mixes stories, the events about one of them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from timeline.dates import date_sort_key, precision, span, told_by_then
from timeline.model import Article, Entry, entry_sort_key
from timeline.words import words_of


# Weights of the date score (see date_salience): an item of a journalist's own chronology says most.
CHRONOLOGY_WEIGHT = 8.0
NEWS_OF_THE_DAY_WEIGHT = 1.0
REPORTS_WEIGHT = 1.0


def topic_shares(entries: Iterable[Entry]) -> dict[str, float]:
    """For each key word of the entries, the share of the articles whose events name it. The words most
    articles share ("jackson", "murray", "libya") are what the feed is about."""
    cited: dict[str, set[str]] = defaultdict(set)
    articles: set[str] = set()
    for e in entries:
        names = {s.article for s in e.sources}
        articles |= names
        for key in e.keys:
            cited[key] |= names
    return {key: len(names) / len(articles) for key, names in cited.items()} if articles else {}


# An article off the feed's subject (a parish page among flu news): fewer than OFF_SUBJECT_SHARE of its events' key
# words are subject words, words that at least SUBJECT_WORD_SHARE of the articles name. In a feed of ten articles or
# fewer every word is a subject word (one article is a tenth), so only a large feed can have such an article. An
# article with fewer than MIN_JUDGED_WORDS key words is not judged: four words of a short live-blog item ("BP
# successfully inserted a tube into the riser", whose "BP" is too short to be a key word) say too little.
SUBJECT_WORD_SHARE = 0.1
OFF_SUBJECT_SHARE = 0.05
MIN_JUDGED_WORDS = 20


def off_subject_articles(entries: Iterable[Entry], shares: Mapping[str, float]) -> frozenset[str]:
    """The articles whose events share almost none of the feed's subject words (see OFF_SUBJECT_SHARE), judged on
    the set of all their entries' key words, so the answer does not depend on the order of the entries."""
    words: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        for s in e.sources:
            words[s.article].update(e.keys)
    return frozenset(article for article, keys in words.items()
                     if len(keys) >= MIN_JUDGED_WORDS
                     and sum(shares.get(k, 0.0) >= SUBJECT_WORD_SHARE for k in keys) < OFF_SUBJECT_SHARE * len(keys))


def told_only_off_subject(entry: Entry, off_subject: frozenset[str]) -> bool:
    """Whether every article that tells the entry is off the feed's subject: an event another article also tells
    keeps its full weight."""
    return bool(entry.sources) and all(s.article in off_subject for s in entry.sources)


def on_topic(entry: Entry, shares: Mapping[str, float]) -> float:
    """How much an entry is about what the feed is about, 0..1: the share of articles naming its most
    shared key word, squared so that a word of a few side articles (a radio schedule in a feed about a
    trial) weighs little. An entry without key words (written by hand) cannot be judged and counts fully."""
    if not entry.keys:
        return 1.0
    best = max(shares.get(key, 0.0) for key in entry.keys)
    return best * best


def date_salience(entries: Sequence[Entry], publications: Iterable[str] = (),
                  shares: Mapping[str, float] | None = None,
                  off_subject: frozenset[str] = frozenset()) -> dict[str, float]:
    """A score for each date of the entries; the higher, the likelier a journalist lists it.

    Three signals, each counted in distinct articles and damped (log) so that no one of them swamps the
    rest, and so that one live blog that repeats a date all day counts as one article:
    - articles that list the date as an item of their own chronology (weighted most: journalists chose it);
    - articles published on the date or the day after (the news of the day, as DATEWISE counts them;
      `publications`: the publication day of every article of the feed, whether it tells an entry or not);
    - articles that tie the date to an event, each counted by how much that event is about the feed's
      subject (`on_topic`, with `shares` from `topic_shares`), so that dates of side stories in a mixed
      feed weigh little.
    An article off the feed's subject (`off_subject`, from `off_subject_articles`) lists and ties no date.
    """
    shares = topic_shares(entries) if shares is None else shares
    listed: dict[str, set[str]] = defaultdict(set)
    reports: dict[str, dict[str, float]] = defaultdict(dict)
    for e in entries:
        weight = on_topic(e, shares)
        for s in e.sources:
            if s.article in off_subject:
                continue
            best = reports[e.date]
            best[s.article] = max(best.get(s.article, 0.0), weight)
            if s.chronology:
                listed[e.date].add(s.article)
    issued: Counter[str] = Counter(publications)
    scores: dict[str, float] = {}
    for date, best in reports.items():
        news = issued[date] + issued[_next_day(date)] if precision(date) == 1 else 0
        scores[date] = (CHRONOLOGY_WEIGHT * math.log1p(len(listed[date])) + NEWS_OF_THE_DAY_WEIGHT * math.log1p(news)
                        + REPORTS_WEIGHT * math.log1p(sum(best.values())))
    return scores


def _next_day(date: str) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=1)).isoformat()


# A timeline line says who did what: a title of fewer words ("ET", "Local", "Protests began") says too little
# to lead its date when a fuller line is there.
MIN_LINE_WORDS = 3


def entry_salience(entry: Entry, shares: Mapping[str, float],
                   off_subject: frozenset[str] = frozenset()) -> tuple[object, ...]:
    """Sort key of an entry among the entries of its date, most salient first: an entry some article on the
    feed's subject tells (`off_subject`, see `off_subject_articles`), then a title of at least MIN_LINE_WORDS
    words, then the articles that list it in a chronology, then the articles that report it, then how much it
    is about the feed's subject."""
    listed = len({s.article for s in entry.sources if s.chronology})
    return (told_only_off_subject(entry, off_subject), len(words_of(entry.title)) < MIN_LINE_WORDS, -listed,
            -entry.reports, -on_topic(entry, shares), entry_sort_key(entry))


def top(entries: Sequence[Entry], n: int, also_mentioned: Sequence[Entry] = (), *,
        publications: Iterable[str] = (), per_date: int | None = None) -> list[Entry]:
    """The most salient entries, plus every rejected entry (outside the count, so a curated file keeps them).

    Without `per_date`: n entries, one per date first (the dates in `date_salience` order), then the
    remaining slots take the next entries of the best dates. With `per_date` L: the n most salient dates,
    each with its L most salient entries (journalists' chronologies give one to three lines a date).
    Day-precise dates come before coarser ones (timelines are read by day); equal scores go to the earlier
    date. `also_mentioned` are entries that are not candidates but whose articles still make their dates
    salient: events only announced for a date (left out by `happened`) tell that the date mattered.
    `publications`: the publication day of every article of the feed (see `date_salience`).

    The result is chronological; within a date the most salient entry comes first (`entry_salience`).
    """
    live = [e for e in entries if not e.rejected]
    rejected = [e for e in entries if e.rejected]
    candidates = [*live, *(m for m in also_mentioned if not m.rejected)]
    shares = topic_shares(candidates)
    off_subject = off_subject_articles(candidates, shares)
    scores = date_salience(candidates, publications, shares, off_subject)
    by_date: dict[str, list[Entry]] = defaultdict(list)
    for e in live:
        by_date[e.date].append(e)
    for date, group in by_date.items():
        group.sort(key=lambda e: entry_salience(e, shares, off_subject))
    dates = sorted(by_date, key=lambda d: (precision(d) != 1, -scores.get(d, 0.0), date_sort_key(d)))
    if per_date is not None:
        chosen = [e for d in dates[:n] for e in by_date[d][:per_date]]
    else:
        firsts = [by_date[d][0] for d in dates]
        rest = [e for d in dates for e in by_date[d][1:]]
        chosen = (firsts + rest)[:n]
    place = {id(e): i for i, e in enumerate(e for d in dates for e in by_date[d])}
    return sorted(chosen + rejected,
                  key=lambda e: (date_sort_key(e.date, e.mod), id(e) not in place, place.get(id(e), 0),
                                 entry_sort_key(e)))


def happened(entries: Sequence[Entry]) -> list[Entry]:
    """The entries that at least one dated source reports on or after the day they begin (its article's
    publication date, `Source.published`; a day later for a source that tells it as done, `Source.told_done`:
    pages are dated hours behind the places they report), plus every entry a person curated out (rejected) or wrote by hand (no
    sources). An undated mention does not count: a later article naming the sentencing that an earlier one set
    "for March 28" does not date it to March 28. A source whose article this build did not read has no
    publication date and counts for nothing."""
    kept = []
    for entry in entries:
        if (entry.rejected or not entry.sources or span(entry.date) is None
                or told_by_then(entry.date, ((s.published, s.told_done) for s in entry.sources
                                             if s.published and s.expression))):
            kept.append(entry)
    return kept


# Endings a topic word may take and still name the same thing: plurals, verb forms and demonyms
# ("protests", "Libyan", "Syrians" for "protest", "Libya", "Syria"), longest first, each with the
# letters that must remain so that short words stay whole ("bus", "oil", "iran").
TOPIC_ENDINGS = (("ians", 4), ("ian", 4), ("ans", 4), ("ies", 3), ("ing", 4), ("ers", 4), ("an", 4), ("er", 4),
                 ("ed", 4), ("es", 3), ("ia", 4), ("s", 3), ("a", 4), ("e", 4), ("y", 4))


def topic_forms(word: str) -> frozenset[str]:
    """The forms of a word that `mentions` compares: the word lower-cased and without one ending
    ("Libyan" -> libyan, liby; "Libya" -> libya, liby; "Germany" -> germany, german; "wars" -> wars, war).
    Two words name the same thing when their forms meet ("German" and "Germany" share german)."""
    word = word.lower()
    for ending, keep in TOPIC_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= keep:
            return frozenset({word, word[: -len(ending)]})
    return frozenset({word})


def mentions(text: str, topic: Iterable[str]) -> bool:
    """Whether the text names any of the topic's words, whatever the case, possessive, plural or demonym."""
    wanted = {form for phrase in topic for w in words_of(phrase) for form in topic_forms(w)}
    return bool(wanted) and any(topic_forms(w) & wanted for w in words_of(text))


def about(entries: Sequence[Entry], topic: Sequence[str], article_heads: Mapping[str, str]) -> list[Entry]:
    """The entries about the topic (any of its words), for a feed that mixes stories: an entry stays when its
    title or one of its sentences names the topic, or when one of its articles does in its headline or
    lead (`article_heads`: article id -> headline and opening text), since an article about a topic tells
    its events without repeating it ("Rebels entered the city on Sunday"). Rejected entries and entries
    written by hand (no sources) stay, so that a curated file keeps them."""
    kept = []
    for e in entries:
        if (e.rejected or not e.sources or mentions(e.title, topic)
                or any(mentions(s.quote, topic) or mentions(article_heads.get(s.article, ""), topic)
                       for s in e.sources)):
            kept.append(e)
    return kept


HEAD_CHARS = 400


def article_head(article: Article) -> str:
    """What an article says it is about: its headline and the opening of its body (the lead)."""
    return f"{article.title}\n{article.body[:HEAD_CHARS]}"
