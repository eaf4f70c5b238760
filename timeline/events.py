"""Turn one article into the events it reports: a pure function of the article.

For each sentence that reads as prose, every temporal expression with a calendar value
(2016-03-27, 2016-02, 2015 mod END, 2015-Q4, ...) is an event candidate. The clause around the
date must describe something that happened or will happen (a past-tense or future verb, a
gerund after "after"/"before", or an event noun such as "ceasefire" or "talks"); durations, sets,
states of affairs ("isn't difficult today") and stamps ("Updated on April 7, 2016") are left out.
A prose sentence that reports an action but carries no date becomes an undated mention
(`Event.date == ""`), which the merge stage may attach to the same event dated elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from timeline.dates import span
from timeline.model import Article, Event, Sentence, Source, Timex
from timeline.rules import load_rules
from timeline.sentences import split_sentences
from timeline.tagger import tag

# content words (besides the date) that make a clause tell an event on its own ("who took office in 2019"),
# and that make it identify the event among others (its keys for merging come from this wider clause)
MIN_CLAUSE_WORDS = 2
MIN_KEY_CLAUSE_WORDS = 4
# a longer "sentence" is a run of text without stops (a table, a dump): never an event's quote
MAX_SENTENCE_CHARS = 2000

_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*+")
_CLAUSE_BREAK = re.compile(r"\s*+(?:,(?!\d{3})|[;:(){}\[\]]|—|–|\s--\s)\s*+|\s++(?=(?:since|after|when|while|because|as|which|who|whereas|although|though|but|where|before|until)\s)")
_QUOTES = re.compile(r"[\"“”«»]|(?<!\w)['‘’]|['‘’](?!\w)")
_SPACES = re.compile(r"\s++")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s++([,;:.!?)])")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    stamp_words: frozenset[str]
    date_prepositions: frozenset[str]
    leading_words: frozenset[str]
    state_verbs: frozenset[str]
    irregular_past: frozenset[str]
    future_auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    reporting_verbs: frozenset[str]
    event_nouns: frozenset[str]
    stopwords: frozenset[str]
    superlatives: frozenset[str]
    auxiliaries: frozenset[str]
    relative_pronouns: frozenset[str]
    dangling_words: frozenset[str]
    copulas: frozenset[str]
    negations: frozenset[str]
    ordinals: frozenset[str]
    range_joiners: frozenset[str]
    adverbial_subordinators: frozenset[str]
    title_words: int
    context_window: int


_SUFFIXES = ("ing", "ed", "es", "s", "e")


def _stem(word: str) -> str:
    """A crude stem for lexicon lookups: "liberated", "liberating", "liberate" -> "liberat"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@cache
def _event_classes() -> dict[str, tuple[str, ...]]:
    """Each word (as written and as stemmed) -> the event classes it tells, sorted."""
    found: dict[str, set[str]] = {}
    for name, words in sorted(load_rules("events")["event_classes"].items()):
        for word in _word_list({"words": words}, "words"):
            for form in (word, _stem(word)):
                found.setdefault(form, set()).add(name)
    return {form: tuple(sorted(names)) for form, names in found.items()}


def event_classes(words: Iterable[str]) -> set[str]:
    """The event classes the words tell ("=conquest", "=attack", ...), as keys that never collide with words."""
    table = _event_classes()
    return {f"={name}" for word in words for name in table.get(word, table.get(_stem(word), ()))}


@cache
def _lexicon() -> _Lexicon:
    rules = load_rules("events")
    numbers = ("title_words", "context_window")
    sets = {name: frozenset(_word_list(rules, name)) for name in _Lexicon.__slots__ if name not in numbers}
    return _Lexicon(**sets, **{name: int(rules[name]) for name in numbers})


def _word_list(rules: dict[str, object], name: str) -> list[str]:
    """A lexicon as lower-cased strings; YAML 1.1 reads a bare `on`/`no` as a boolean, so insist on strings."""
    words = rules[name]
    bad = [w for w in words if not isinstance(w, str)]  # type: ignore[union-attr]
    if bad:
        raise ValueError(f"rules/events.yaml: {name} has non-string entries {bad!r}: quote them")
    return [w.lower() for w in words]  # type: ignore[union-attr]


def calendar_date(timex: Timex) -> str:
    """The calendar part of a DATE/TIME value ("2016-04-06T19:00" -> "2016-04-06"), or "" if it has none.

    Decades and centuries ("199", "19") are calendar values too, but too coarse to place an event."""
    if timex.type not in ("DATE", "TIME"):
        return ""
    value = timex.value.split("T", 1)[0]
    if len(value) < 4 or not value[:4].isdigit() or span(value) is None:
        return ""
    return value


def _words(text: str) -> list[str]:
    """Lower-cased words without possessive endings ("group’s", "Damascus’") or a closing stop."""
    return [_POSSESSIVE.sub("", w.lower().rstrip(".")) for w in _WORD.findall(text)]


def is_prose(sentence: str) -> bool:
    """Whether a sentence reads as running text rather than navigation, a link list or a stamp."""
    if len(sentence) > MAX_SENTENCE_CHARS:
        return False
    if "http://" in sentence or "https://" in sentence or "www." in sentence:
        return False
    tokens = _WORD.findall(sentence)
    if len(tokens) < 4:
        return False
    capitalised = sum(1 for t in tokens if t[0].isupper())
    lower = sum(1 for t in tokens if t[0].islower())
    # navigation bars are runs of capitalised labels with hardly any function words; a short sentence full of
    # names ("Rebels seized Palmyra on March 27.") still reads as prose when it has a verb and a full stop
    if lower >= 3 and capitalised <= 2 * lower + 2:
        return True
    return sentence.rstrip().endswith((".", "!", "?")) and any(_is_past(t.lower()) for t in tokens)


def _is_stamp(sentence: Sentence, timexes: Sequence[Timex]) -> bool:
    """A dateline or "Updated on ..." stamp: nothing but dates and stamp words."""
    text = sentence.text
    for t in sorted(timexes, key=lambda t: t.start, reverse=True):
        a, b = t.start - sentence.start, t.end - sentence.start
        text = text[:a] + " " + text[b:]
    rest = [w for w in _words(text) if not w.isdigit() and w not in _lexicon().stamp_words]
    return len(rest) < 2


_VERB_PREFIXES = ("re", "over", "under", "out", "with", "up", "mis", "fore", "un")


def _is_context_date(sentence: Sentence, timex: Timex) -> bool:
    """A date that only measures something else: "the highest price since September 2008", "for the third
    time this year"."""
    before = _words(sentence.text[: timex.start - sentence.start])
    if len(before) > 1 and before[-1] == "time" and before[-2] in _lexicon().ordinals:
        return True  # "for the third time this year" counts occurrences; it dates nothing
    if not before or before[-1] != "since":
        return False
    window = before[-1 - _lexicon().context_window:-1]
    return any(w in _lexicon().superlatives or (w.endswith("iest") and len(w) > 5) for w in window)


def _is_past(word: str) -> bool:
    """A past-tense form or past participle: regular (-ed) or irregular, also with a prefix ("retook")."""
    lex = _lexicon()
    if word in lex.irregular_past:
        return word not in ("was", "were", "had")
    if len(word) > 4 and word.endswith("ed") and word not in lex.stopwords:
        return True
    return any(word.startswith(p) and word[len(p):] in lex.irregular_past and len(word) - len(p) > 2
               for p in _VERB_PREFIXES)


def _triggers(words: Sequence[str], *, finite_only: bool = False) -> Iterable[str]:
    """Words that make a clause an event: past-tense and future verbs; unless `finite_only`, also event
    nouns and gerunds after a subordinator ("after routing ..."). Reporting verbs ("said") do not count:
    that someone spoke on Monday is not itself an event of the timeline."""
    lex = _lexicon()
    for i, word in enumerate(words):
        if word in lex.reporting_verbs:
            continue
        before = words[i - 1] if i else ""
        if lex.negations & set(words[max(0, i - 3):i]):
            continue  # "did not rule out", "has never signed": what did not happen is no event
        if _is_past(word):
            if before not in lex.copulas:  # "remain closed", "is expected": a state, not an event
                yield word
        elif _after_future_auxiliary(words, i) and word not in lex.state_verbs and word not in ("be", "not"):
            yield word
        elif finite_only:
            continue
        elif word in lex.event_nouns:
            yield word
        elif word.endswith("ing") and len(word) > 5 and before in lex.adverbial_subordinators:
            yield word


def _after_future_auxiliary(words: Sequence[str], i: int) -> bool:
    """Whether words[i] is the verb of "will (soon) VERB"."""
    if _is_adverb(words[i]):
        return False
    j = i - 1
    while j >= 0 and _is_adverb(words[j]):
        j -= 1
    return j >= 0 and words[j] in _lexicon().future_auxiliaries


def _is_adverb(word: str) -> bool:
    # -ly adverbs ("quickly"); "apply", "supply", "rally" are verbs
    return word in _lexicon().adverbs or (len(word) >= 6 and word.endswith("ly") and not word.endswith("ply"))


def _trigger(words: Sequence[str], *, finite_only: bool = False) -> str:
    """The first word that makes `words` an event, or "" for a state of affairs or a bare report."""
    return next(iter(_triggers(words, finite_only=finite_only)), "")


def _clause(sentence: Sentence, timex: Timex, other_dates: Sequence[tuple[int, int]] = (),
            min_words: int = MIN_CLAUSE_WORDS) -> tuple[int, int]:
    """Offsets (into the sentence) of the clause that holds the date: its segment between clause breaks,
    widened while it is too thin to tell an event, but never into a segment that holds another date."""
    text = sentence.text
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(text):
        cuts += [m.start(), m.end()]
    cuts.append(len(text))
    segments = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i + 1] > cuts[i]]
    a, b = timex.start - sentence.start, timex.end - sentence.start
    index = next((i for i, (s, e) in enumerate(segments) if s <= a < e or s < b <= e), 0)
    dated = {i for i, (s, e) in enumerate(segments) for x, _ in other_dates if s <= x < e} - {index}
    lo = hi = index
    while True:
        start, end = segments[lo][0], segments[hi][1]
        rest = text[start:a] + " " + text[b:end]
        words = [w for w in _words(rest) if w not in _lexicon().stopwords]
        if len(words) >= min_words and _trigger(_words(text[start:end])):
            return start, end
        can_left = lo > 0 and lo - 1 not in dated
        can_right = hi < len(segments) - 1 and hi + 1 not in dated
        if can_left and (len(words) < min_words or not can_right):
            lo -= 1
        elif can_right:
            hi += 1
        else:
            return start, end


def _subject(sentence: str, clause_start: int, clause: str) -> tuple[str, int]:
    """Who did it, when the clause does not say: returns a noun phrase to put before the clause and how many
    characters of the clause's opening to drop.

    - "Rogozin, NATO envoy, warned on Monday ...": the clause opens with its verb; the subject opens the sentence.
    - "After routing X on March 27, the Syrian army's next objective ...": a preposed "after/before + gerund"
      clause takes its subject from the main clause that follows.
    """
    first = _WORD.match(clause)
    if not first:
        return "", 0
    if clause_start and _is_past(first.group().lower()):
        opening = _CLAUSE_BREAK.split(sentence[:clause_start], maxsplit=1)[0].strip()
        words = opening.split()
        if not words or len(words) > 6 or not words[0][:1].isupper() or any(_is_past(w.lower()) for w in words):
            return "", 0
        return opening + " ", 0
    words = _words(clause[:40])
    if clause_start and words and words[0] in ("who", "which", "that"):
        # ", who took office in 2019,": the relative clause tells of the noun phrase before it
        before = [piece for piece in _CLAUSE_BREAK.split(sentence[:clause_start]) if piece.strip()]
        if before and len(before[-1].split()) <= 6:
            return before[-1].strip() + " ", first.end()
    if clause_start and words and words[0].endswith("ing") and len(words[0]) > 5:
        # a participial clause (", killing 177 people on Monday"): what did the killing precedes it
        before = [piece for piece in _CLAUSE_BREAK.split(sentence[:clause_start]) if piece.strip()]
        if before and len(before[-1].split()) <= 6:
            return before[-1].strip() + " ", 0
    if len(words) > 1 and words[0] in _lexicon().adverbial_subordinators and words[1].endswith("ing"):
        after = sentence[clause_start:]
        for boundary in _CLAUSE_BREAK.finditer(after):
            if "," in boundary.group() or ";" in boundary.group():
                subject = _main_clause_subject(after[boundary.end():])
                if subject:
                    return subject + " ", first.end()
                break
    return "", 0


def _preposed_clause_end(clause: str, date_end: int) -> int:
    """Where a preposed "after + gerund" clause ends: at the first comma or semicolon after the date."""
    for boundary in _CLAUSE_BREAK.finditer(clause, date_end):
        if "," in boundary.group() or ";" in boundary.group():
            return boundary.start()
    return len(clause)


def _main_clause_subject(rest: str) -> str:
    """The noun phrase that opens the main clause after a preposed clause: ", the Syrian army's next ..." ->
    "the Syrian army"; "" when it does not read as one."""
    lex = _lexicon()
    phrase: list[str] = []
    for token in rest.lstrip(" ,;:—–").split()[:6]:
        low = token.lower().strip(",.;:")
        possessive = _POSSESSIVE.search(low) is not None
        if not phrase and low not in ("the", "a", "an") and not token[:1].isupper():
            return ""
        if _is_past(low) or low in lex.state_verbs or low in lex.auxiliaries or low in lex.future_auxiliaries:
            break
        phrase.append(_POSSESSIVE.sub("", token.rstrip(",.;:")) if possessive else token.rstrip(",.;:"))
        if possessive or token.endswith((",", ";", ":")):
            break
    return " ".join(phrase) if len(phrase) >= 2 or (phrase and phrase[0][:1].isupper()) else ""


def _headline_words(words: list[str]) -> list[str]:
    """Headline style: no opening subordinator or article, passive auxiliaries dropped ("was announced" ->
    "announced"), and nothing from an attribution on ("according to ...")."""
    lex = _lexicon()
    start = 0
    while start < len(words) and words[start].lower().strip(",") in lex.leading_words | lex.date_prepositions:
        start += 1
    kept: list[str] = []
    for i in range(start, len(words)):
        word = words[i].lower()
        if word in ("who", "which") and kept and kept[-1].endswith(","):
            kept[-1] = kept[-1].rstrip(",")  # "The war, which began" -> "The war began"
            continue
        following = words[i + 1].lower().strip(",.;:") if i + 1 < len(words) else ""
        if word == "according" and following == "to":
            break
        if word in lex.auxiliaries and (_is_past(following) or following == "been") and kept:
            continue
        kept.append(words[i])
    return kept


def _relative_clause(words: Sequence[str]) -> list[str]:
    """ "... a partial cease-fire they brokered [in February]" -> ["partial", "cease-fire", "brokered"]: when the
    date closes a relative clause, the noun phrase it qualifies and its verb make the title."""
    lex = _lexicon()
    if len(words) < 4 or not _is_past(words[-1].lower()) or words[-2].lower() not in lex.relative_pronouns:
        return []
    phrase: list[str] = []
    for word in reversed(words[:-2]):
        low = word.lower()
        if low in ("a", "an", "the") or low.endswith(","):
            break
        if low in lex.stopwords or _is_past(low) or len(phrase) == 4:
            return []
        phrase.insert(0, word)
    return phrase + [words[-1]] if phrase else []


def _without_date(text: str, start: int, end: int) -> tuple[list[str], str]:
    """The words before a date phrase (without the prepositions that introduce it) and the text after it."""
    head_words = text[:start].rstrip().split(" ")
    while head_words and head_words[-1].lower() in _lexicon().date_prepositions:
        head_words.pop()
    return head_words, text[end:]


def _title(text: str, cut: tuple[int, int] | None, other_dates: Sequence[tuple[int, int]] = ()) -> str:
    """A short readable title from a clause, with the date phrases (the event's own `cut` and any
    `other_dates` inside the clause) and the prepositions that introduce them cut out."""
    lex = _lexicon()
    if cut is not None:
        head_words, _ = _without_date(text, *cut)
        relative = _relative_clause(head_words)
        if relative:
            return _title(" ".join(relative), None)
    for start, end in sorted([c for c in [cut, *other_dates] if c is not None], reverse=True):
        head_words, tail = _without_date(text, start, end)
        text = " ".join(head_words) + " " + tail
    text = _SPACES.sub(" ", _QUOTES.sub("", text)).strip(" ,;:.-—–")
    words = _headline_words(text.split(" "))
    words = words[: lex.title_words]
    while words and (words[-1].lower().strip(",.;:") in lex.dangling_words | lex.date_prepositions):
        words.pop()
    title = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(words)).strip(" ,;:.-—–")
    return title[:1].upper() + title[1:]


def _keys(text: str) -> tuple[str, ...]:
    """Content words that identify what a sentence is about, for recognising the same event."""
    lex = _lexicon()
    words = _words(text)
    keys = {w for w in words if len(w) > 2 and w not in lex.stopwords and not w.isdigit() or (w.isdigit() and len(w) < 4)}
    keys = {k for k in keys if k not in lex.stopwords and len(k) > 1}
    return tuple(sorted(keys | event_classes(words)))


def _range_ends(sentence: Sentence, dated: Sequence[Timex]) -> dict[int, Timex]:
    """Date ranges ("from May to July", "between August 10 and August 22", "April 4 - April 6"): the index of
    each range's first date -> its last date. A range is one event, dated by its start."""
    ends: dict[int, Timex] = {}
    for i in range(len(dated) - 1):
        first, last = dated[i], dated[i + 1]
        between = sentence.text[first.end - sentence.start: last.start - sentence.start].strip().lower()
        before = _words(sentence.text[: first.start - sentence.start])[-1:]
        if between in ("-", "–", "—") or (between in _lexicon().range_joiners and before in (["from"], ["between"])):
            ends[i] = last
    return ends


def _sentence_events(article: Article, sentence: Sentence, timexes: Sequence[Timex]) -> Iterable[Event]:
    dated = [t for t in timexes if calendar_date(t)]
    if dated and _is_stamp(sentence, timexes):
        return
    range_ends = _range_ends(sentence, dated)
    closing = {id(t) for t in range_ends.values()}
    spans = [(t.start - sentence.start, t.end - sentence.start) for t in dated if not _is_context_date(sentence, t)]
    for i, timex in enumerate(dated):
        if id(timex) in closing or _is_context_date(sentence, timex):
            continue
        last = range_ends.get(i, timex)
        whole = Timex(timex.start, last.end, sentence.text[timex.start - sentence.start: last.end - sentence.start],
                      timex.type, timex.value, timex.mod)
        others = [span for span in spans if span[0] >= whole.end - sentence.start or span[1] <= timex.start - sentence.start]
        start, end = _clause(sentence, whole, others)
        clause = sentence.text[start:end]
        cut = (whole.start - sentence.start - start, whole.end - sentence.start - start)
        inside = [(a - start, b - start) for a, b in others if start <= a and b <= end]
        words_without_date = _words(clause[: cut[0]] + " " + clause[cut[1]:])
        trigger = _trigger(words_without_date) or _trigger(_words(sentence.text), finite_only=True)
        if not trigger:
            continue
        subject, drop = _subject(sentence.text, start, clause)
        if drop:
            clause = clause[: _preposed_clause_end(clause, cut[1])]
            inside = [(a, b) for a, b in inside if b <= len(clause)]
        shift = len(subject) - drop
        title = _title(subject + clause[drop:], (cut[0] + shift, cut[1] + shift),
                       [(a + shift, b + shift) for a, b in inside if a >= drop])
        if not title:
            continue
        # keys from the event's own clause, widened until it names enough to tell events apart: the rest of the
        # sentence may tell of other things
        key_start, key_end = _clause(sentence, whole, others, MIN_KEY_CLAUSE_WORDS)
        a, b = whole.start - sentence.start, whole.end - sentence.start
        keys = _keys(subject + sentence.text[key_start:a] + " " + sentence.text[b:key_end])
        yield Event(article=article.id, date=calendar_date(timex), mod=timex.mod, title=title,
                    source=Source(article.id, sentence.text, whole.text), keys=keys, trigger=trigger)
    if not dated:
        trigger = _trigger(_words(sentence.text))
        has_name = any(w[0].isupper() for w in _WORD.findall(sentence.text)[1:])
        if trigger and has_name and _is_past(trigger):
            title = _title(sentence.text, None)
            if title:
                yield Event(article=article.id, date="", mod="", title=title,
                            source=Source(article.id, sentence.text, ""), keys=_keys(title), trigger=trigger)


def extract(article: Article) -> list[Event]:
    """The events one article reports, in the order they appear in it."""
    sentences = split_sentences(article.body)
    timexes = tag(article.body, article.published or None)
    events: list[Event] = []
    position = 0
    for sentence in sentences:
        if not is_prose(sentence.text):
            continue
        inside = []
        while position < len(timexes) and timexes[position].start < sentence.start:
            position += 1
        scan = position
        while scan < len(timexes) and timexes[scan].start < sentence.end:
            inside.append(timexes[scan])
            scan += 1
        events.extend(_sentence_events(article, sentence, inside))
    return events
