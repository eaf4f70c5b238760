"""One analysis of an article's text, made once and handed on to the tagger and the event stage.

It holds what both need to know of the text before any date is read: its sentences (with offsets), its words
(with offsets), the clause breaks and quotation marks of each sentence, which sentences have the shape of a
chronology item, and where the dateline the reader found stands. Nothing downstream recognises these again. The
words and the clause breaks are found the first time they are asked for, once: most texts need them for a few
sentences only; the chronology shapes and quotation marks too (the tagger alone, as in `timeline dates`, never
asks for them).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from timeline.model import Sentence
from timeline.text.chronology import reads_as_chronology_line
from timeline.text.clauses import event_clause_break
from timeline.text.quotes import quote_marks
from timeline.text.sentences import split_sentences

Span = tuple[int, int]

# a word as the tense reading counts it: letters, maybe with a contraction ("they'll", "didn't")
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a text: parallel tuples of start and end offsets (no object per word, so a huge text does not
    load the garbage collector)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """What is known of one text before its dates are read. Offsets are into `text` (the article body); a
    sentence's clause breaks and quotation marks are offsets into that sentence's text."""

    text: str
    sentences: tuple[Sentence, ...]
    sentence_starts: tuple[int, ...]  # for finding the sentence at an offset
    dateline: Span | None = None  # the dateline's date, as the reader found it
    # each sentence's clause breaks, found the first time they are asked for (most sentences hold no date and are
    # never cut into clauses): a memo, not a change of what the analysis says
    _clause_breaks: dict[int, tuple[Span, ...]] = field(default_factory=dict, compare=False, repr=False)
    _words: list[Words] = field(default_factory=list, compare=False, repr=False)  # the same for the words
    # the same for the chronology shapes and quotation marks (the event stage reads them; the tagger alone never)
    _per_sentence: list[tuple[tuple[bool, ...], tuple[tuple[int, ...], ...]]] = field(
        default_factory=list, compare=False, repr=False)
    # each sentence's opening run of words from a given set, found once per sentence: asked again for every date
    # of a long sentence, a scan from the sentence's start each time would grow with the square of its length
    _lead_runs: dict[tuple[int, frozenset[str]], LeadRun] = field(default_factory=dict, compare=False, repr=False)

    @property
    def chronology(self) -> tuple[bool, ...]:
        """Per sentence: whether it is shaped as a chronology item ("5 March - Report published")."""
        return self._shapes()[0]

    @property
    def quote_marks(self) -> tuple[tuple[int, ...], ...]:
        """Per sentence: where its quotation marks stand (offsets into it)."""
        return self._shapes()[1]

    def _shapes(self) -> tuple[tuple[bool, ...], tuple[tuple[int, ...], ...]]:
        if not self._per_sentence:
            self._per_sentence.append((tuple(reads_as_chronology_line(s.text) for s in self.sentences),
                                       tuple(quote_marks(s.text) for s in self.sentences)))
        return self._per_sentence[0]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds the character at `offset`, or None between sentences."""
        i = self.sentence_index_at(offset)
        return None if i is None else self.sentences[i]

    def sentence_index_at(self, offset: int) -> int | None:
        """The index of the sentence that holds the character at `offset`, or None between sentences."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def lead_run(self, index: int, leads: frozenset[str]) -> LeadRun:
        """The words (WORD) that open sentence `index` while their lower-case form is in `leads`, and the first word
        after them that is not (found the first time they are asked for, by one scan that stops at that word)."""
        key = (index, leads)
        found = self._lead_runs.get(key)
        if found is None:
            found = self._lead_runs[key] = lead_run_of(self.text, self.sentences[index], leads)
        return found

    def words(self) -> Words:
        """The words of the text with their offsets (found the first time they are asked for: a text whose dates
        need no tense reading is never cut into words)."""
        if not self._words:
            self._words.append(words_of(self.text))
        return self._words[0]

    def clause_breaks(self, index: int) -> tuple[Span, ...]:
        """Where the clauses of sentence `index` meet: spans of its text (timeline.text.clauses)."""
        found = self._clause_breaks.get(index)
        if found is None:
            found = self._clause_breaks[index] = clause_breaks(self.sentences[index].text)
        return found


@dataclass(frozen=True, slots=True)
class LeadRun:
    """A sentence's opening words from a set (TextAnalysis.lead_run): their spans, and the span of the first word
    not in the set (None when every word of the sentence is in it)."""

    spans: tuple[Span, ...]
    stop: Span | None


def lead_run_of(text: str, sentence: Sentence, leads: frozenset[str]) -> LeadRun:
    spans: list[Span] = []
    for m in WORD.finditer(text, sentence.start, sentence.end):
        if m.group().lower() not in leads:
            return LeadRun(tuple(spans), m.span())
        spans.append(m.span())
    return LeadRun(tuple(spans), None)


def words_of(text: str) -> Words:
    starts: list[int] = []
    ends: list[int] = []
    for m in WORD.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return Words(tuple(starts), tuple(ends))


def clause_breaks(sentence: str) -> tuple[Span, ...]:
    return tuple(m.span() for m in event_clause_break().finditer(sentence))


def analyse(text: str, dateline: Span | None = None) -> TextAnalysis:
    """The analysis of `text`; `dateline` is where the reader found the dateline's date in it (Article.dateline)."""
    sentences = tuple(split_sentences(text))
    return TextAnalysis(
        text=text,
        sentences=sentences,
        sentence_starts=tuple(s.start for s in sentences),
        dateline=dateline,
    )
