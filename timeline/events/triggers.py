"""What makes a clause an event: trigger words, and the sentences and dates that are never events."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.events.dating import is_clock_only, rounds_only_the_hour
from timeline.events.lexicon import URL, WORD, event_classes, is_adverb, is_past, lexicon, rules, words_of
from timeline.events.polish import is_present_form
from timeline.model import Sentence, Timex
from timeline.model import Entry
from timeline.text import lexicon as language
from timeline.text.quotes import QUOTED, closes_earlier_quotation, is_open_at, opens_before

# a longer "sentence" is a run of text without stops (a table, a dump): never an event's quote
MAX_SENTENCE_CHARS = 2000


def all_triggers(words: Sequence[str], *, finite_only: bool = False) -> Iterable[str]:
    """Words that make a clause an event: past-tense and future verbs; unless `finite_only`, also event
    nouns and gerunds after a subordinator ("after routing ..."). Reporting verbs ("said") do not count:
    that someone spoke on Monday is not itself an event of the timeline."""
    lex = lexicon()
    negated_subject = bool(words) and words[0] in _NEGATED_SUBJECTS
    # where the last negation and the last hypothetical word before words[i] stand, kept as the loop goes: one test
    # a word instead of a scan of the words before it
    negation = hypothetical = -NEGATION_WORDS - HYPOTHETICAL_WORDS
    future = False  # whether a future auxiliary came before words[i]: without one, no word is a future's verb
    for i, word in enumerate(words):
        if i:
            before = words[i - 1]
            if before in lex.negations:
                negation = i - 1
            if before in lex.hypotheticals:
                hypothetical = i - 1
            future = future or before in lex.future_auxiliaries
        else:
            before = ""
        if word in lex.reporting_verbs or word in lex.planning_participles:
            continue
        if i + 1 < len(words) and words[i + 1] == "to" and word in lex.plan_words:
            continue  # "was set to file a lawsuit", "hoped to trap": a plan, not what happened
        if before == "be" and i > 1 and words[i - 2] == "to":
            continue  # "the report, to be released on Tuesday": a plan
        if negation >= i - NEGATION_WORDS:
            continue  # "did not rule out", "has never signed": what did not happen is no event
        if negated_subject and i <= 6:
            continue  # "No deaths had been confirmed by Tuesday": the subject denies it
        if hypothetical >= i - HYPOTHETICAL_WORDS:
            continue  # "whether the test had been carried out": asked or supposed, not told
        if is_past(word):
            # "remain closed", "is expected": a state; "the damaged unit", "because of fallen trees": an adjective
            if before not in lex.copulas and before not in _BEFORE_ADJECTIVE:
                yield word
        elif future and word not in lex.state_verbs and word not in ("be", "not") and after_future_auxiliary(words, i):
            yield word
        elif finite_only:
            continue
        elif word in lex.event_nouns and before not in lex.modals and not (before == "be" and word.endswith("ing")):
            yield word  # "rain could fall", "will be meeting the king": verbs, not nouns
        elif word.endswith("ing") and len(word) > 5 and before in lex.adverbial_subordinators:
            yield word


NEGATION_WORDS = 3  # how far before a verb a negation denies it ("did not rule out", "has never signed")
HYPOTHETICAL_WORDS = 6  # how far before a verb a hypothetical word makes it supposed ("whether the test had been")
_BEFORE_ADJECTIVE = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "of",
                               "with", "from"})
# words after which a past form is an adjective, not an act ("for invited members", "with armed men")
_BEFORE_PARTICIPLE_ADJECTIVE = _BEFORE_ADJECTIVE | frozenset({"for", "with", "by", "from", "in", "on", "at", "to",
                                                              "into"})
_NEGATED_SUBJECTS = frozenset({"no", "none", "nobody", "nothing", "neither"})


def after_future_auxiliary(words: Sequence[str], i: int) -> bool:
    """Whether words[i] is the verb of "will (soon) VERB"."""
    if is_adverb(words[i]):
        return False
    j = i - 1
    while j >= 0 and is_adverb(words[j]):
        j -= 1
    return j >= 0 and words[j] in lexicon().future_auxiliaries


def is_denied(words: Sequence[str]) -> bool:
    """Whether a clause negates or questions what it tells ("was not clear whether ... carried out")."""
    lex = lexicon()
    return bool((lex.negations | lex.hypotheticals) & set(words))


def first_trigger(words: Sequence[str], *, finite_only: bool = False) -> str:
    """The first word that makes `words` an event, or "" for a state of affairs or a bare report."""
    return _first_trigger(tuple(words), finite_only)


# each date of a sentence asks again for the first finite verb of the whole sentence, and a clause is widened one
# segment at a time: the same words are read once while they are in use (a third of the calls, on LibyaWar_cnn)
@lru_cache(maxsize=4096)
def _first_trigger(words: tuple[str, ...], finite_only: bool) -> str:
    return next(iter(all_triggers(words, finite_only=finite_only)), "")


def is_prose(sentence: str, *, chronology_line: bool) -> bool:
    """Whether a sentence reads as running text rather than navigation, a link list or a stamp; `chronology_line`:
    the text analysis found the sentence shaped as a chronology item."""
    if len(sentence) > MAX_SENTENCE_CHARS:
        return False
    tokens = WORD.findall(URL.sub(" ", sentence))  # a link inside a sentence is not part of its prose
    if len(tokens) < 4:
        return False
    initials = [t[0] for t in tokens]
    capitalised = sum(map(str.isupper, initials))
    lower = sum(map(str.islower, initials))
    # navigation bars are runs of capitalised labels with hardly any function words; a short sentence full of
    # names ("Rebels seized Palmyra on March 27.") still reads as prose when it has a verb and a full stop
    if lower >= 3 and capitalised <= 2 * lower + 2:
        return True
    if chronology_line:
        return True  # "5 March - Interim report published": an item of a chronology, a headline without a stop
    return sentence.rstrip().endswith((".", "!", "?")) and any(is_past(t.lower().rstrip(".,;:!?")) for t in tokens)


def is_quoted_speech_date(sentence: Sentence, timex: Timex, marks: Sequence[int]) -> bool:
    """ "Tonight Valdoria chose change," she told supporters: a date that counts from the moment of
    speaking, inside a direct quotation, dates nothing the article can place (it was not said on the DCT).
    `marks`: the sentence's quotation marks, as the text analysis found them."""
    if " ".join(words_of(timex.text)) not in lexicon().speech_deixis:
        return False
    at = timex.start - sentence.start
    if is_open_at(sentence.text, marks, at):
        return True
    # a quotation opened in an earlier sentence: "... Last night I held him again," said his wife.
    return not opens_before(sentence.text, marks, at) and \
        closes_earlier_quotation(sentence.text, timex.end - sentence.start)


# the zones a time is converted to in an aside: "(0015 GMT on Wednesday)", "(11 p.m. Tuesday ET)" (US pages)
_CONVERSION_ASIDE = re.compile(r"\([^()]{0,40}\b(?:GMT|UTC|ET|EDT|EST|CT|CDT|CST|PT|PDT|PST|BST|CET)\b[^()]{0,40}\)")


def is_in_conversion_aside(sentence: Sentence, timex: Timex) -> bool:
    """ "at 7:15 p.m. local time (0015 GMT on Wednesday)", "attacked around 6 a.m. (11 p.m. Tuesday ET)": the aside
    converts the time; its day is no event's."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    return any(m.start() < a and b < m.end() for m in _CONVERSION_ASIDE.finditer(sentence.text))


def _present_perfect(words: Sequence[str], trigger: str) -> bool:
    """Whether the trigger is the participle of "has/have (nearly) VERB"."""
    if trigger not in words:
        return False
    i = words.index(trigger)
    j = i - 1
    while j >= 0 and is_adverb(words[j]):
        j -= 1
    return j >= 0 and words[j] in ("has", "have")


def dates_only_the_report(sentence: Sentence, timex: Timex, trigger: str) -> bool:
    """ "A man has died, officials said Tuesday": a date right after a reporting verb dates the saying; what was
    said in the present perfect happened before, on a day the sentence does not give, and what was said in the
    future ("Russia will lose $4 billion in arms deals, agencies quoted him as saying on Thursday") has no day yet."""
    before = words_of(sentence.text[: timex.start - sentence.start])
    if not follows_report(before):
        return False
    # the trigger may come from a clause after the report (", a day after the drones began"); what was said is
    # the clause before it
    said = first_trigger(before)
    return _present_perfect(before, trigger) or bool(said) and _present_perfect(before, said) \
        or said == trigger and _is_future(before, trigger) or _opens_with_perfect(_closing_report_content(sentence, timex))


def _closing_report_content(sentence: Sentence, timex: Timex) -> list[str]:
    """The words of what a closing report tells ("X have destroyed vehicles, an engineer said on Sunday" -> "X have
    destroyed vehicles"): the sentence up to the last comma before the date, when only the reporter and its verb
    stand between that comma and the date; [] otherwise ("controversy since details were announced last month")."""
    before = sentence.text[: timex.start - sentence.start]
    comma = before.rfind(",")
    report = words_of(before[comma + 1:]) if comma > 0 else []
    if not report or len(report) > REPORTER_WORDS or any(is_past(w) for w in report[:-2]):
        return []
    return words_of(before[:comma])


def _opens_with_perfect(words: Sequence[str]) -> bool:
    """Whether the first finite verb of `words` is a present perfect's "has/have": "Forces loyal to deposed leader
    Gaddafi have destroyed vehicles, an engineer said on Sunday" (a past form after one of events.yaml
    `attributive_participle_leads`, "to deposed", "the ousted", qualifies a noun and is no verb of the clause)."""
    leads = rules()["attributive_participle_leads"]
    for i, word in enumerate(words):
        if word in ("has", "have"):
            j = i + 1
            while j < len(words) and is_adverb(words[j]):
                j += 1
            return j < len(words) and is_past(words[j])
        if is_past(word) and (i == 0 or words[i - 1] not in leads):
            return False  # a finite past verb first ("Rebels captured the town and have advanced")
    return False


def _is_future(words: Sequence[str], trigger: str) -> bool:
    """Whether the trigger is the verb of "will (soon) VERB": "Gaddafi will fight to the last man, his son said on
    Monday" tells a plan or a threat, dated only by the saying."""
    return trigger in words and after_future_auxiliary(words, words.index(trigger))


def follows_report(words_before: Sequence[str]) -> bool:
    """Whether a date comes right after a reporting verb ("officials said Tuesday", "said on Monday")."""
    words = [w for w in words_before if w != "on"]
    return bool(words) and words[-1] in lexicon().reporting_verbs or after_report_aside(words_before)


REPORTER_WORDS = 10  # at most this many words from a closing report's comma to its date ("an engineer with the company said on")
COMPARISON_WORDS = 12  # how far before a date a comparative "than" may stand
_ORDER_WORDS = frozenset({"first", "last", "only"})  # "their last stand came this week": an order, not a record


def _compared_with(words: Sequence[str]) -> bool:
    """ "quicker than the operation in 2010", "worse than in 1998", "a much better position than they were 10 years
    ago" (the comparative may stand up to events.yaml `comparison_head_words` before "than", when no past verb follows
    "than": "fewer people than expected turned out on Tuesday" tells a turnout); but not "more than 300 died": a
    number."""
    for i, word in enumerate(words):
        if word != "than" or i == 0 or i + 1 >= len(words):
            continue
        if words[i + 1][:1].isdigit() or words[i + 1] in lexicon().number_words:
            continue
        if _is_comparative(words[i - 1]):
            return True
        heads = words[max(0, i - 1 - _comparison_head_words()):i - 1]
        if any(_is_comparative(head) for head in heads) and not any(is_past(w) for w in words[i + 1:]):
            return True
    return False


def _is_comparative(word: str) -> bool:
    """ "worse", "better", "quicker": a comparative adjective or adverb ("other", "rather", "number" are not)."""
    return word in ("worse", "better", "earlier", "later") or \
        (word.endswith("er") and len(word) > 4 and word not in ("other", "rather", "number"))


@cache
def _comparison_head_words() -> int:
    """events.yaml `comparison_head_words`: how many words (a noun and its modifier) may stand between a comparative
    and its "than"."""
    return int(rules()["comparison_head_words"])


def is_market_move(words: Sequence[str], trigger: str) -> bool:
    """ "Brightfield shares fell 11 percent", "Shares in the company have fallen 9%": a price moving, the
    market's reaction to an event. The subject stands at most MARKET_SUBJECT_WORDS before the verb."""
    lex = lexicon()
    if trigger in lex.market_verbs and trigger in words:
        i = words.index(trigger)
        return bool(lex.market_subjects & set(words[max(0, i - MARKET_SUBJECT_WORDS):i]))
    # the sentence's main clause is the move, whatever clause gave the trigger ("Shares in BP nose-dived by 9%
    # today as investors took fright")
    first = next((i for i, w in enumerate(words[:MARKET_SUBJECT_WORDS + 2]) if w in lex.market_verbs), -1)
    return first > 0 and bool(lex.market_subjects & set(words[max(0, first - MARKET_SUBJECT_WORDS):first]))


MARKET_SUBJECT_WORDS = 8


def is_measure(words: Sequence[str], trigger: str) -> bool:
    """ "The fire had grown to about 43,000 acres", "60 mm of rain fell": a quantity moving, not an event; and
    "imported 1.9 percent more crude", "the discount was 24 cents narrower": a figure, not an event."""
    lex = lexicon()
    if trigger not in words:
        return False
    i = words.index(trigger)
    near = words[i + 1:i + lex.measure_window] + words[max(0, i - lex.measure_window):i]
    if trigger in lex.measure_verbs and any(w[:1].isdigit() or w in lex.number_words - {"a", "an"} for w in near):
        return True
    # a figure's unit may stand further on ("saw its biggest daily increase with 535 new cases"), or be glued to
    # its number ("spent $450m", "10bn")
    after = words[i + 1:i + 3 * lex.measure_window]
    units = {_GLUED_UNIT.sub(r"\1", w) for w in near + after}
    return trigger in lex.figure_verbs and bool(lex.figure_units & units)


_GLUED_UNIT = re.compile(r"^\d[\d.,]*+(m|bn|k|%)$")


def is_question(sentence: str) -> bool:
    """ "Did anybody inform Hayward about the memo back in April?": a question asks, it tells no event."""
    return sentence.rstrip(" \"”'’)").endswith("?")


def speaks_in_first_person(title: str) -> bool:
    """ "I was born in Canada", "We asked our allies", "when I caught a flu": a speaker's own words (a quotation,
    a reader's comment); a timeline line names who acted."""
    words = [w.strip(",.;:!?\"“”‘’()") for w in title.split()]
    first_person = lexicon().first_person
    return bool(words) and words[0].lower() in first_person or any(w in first_person for w in words[1:]) \
        or "I" in words[1:]  # lower-case forms only after the first word: "US" is a country


def is_stamp(sentence: Sentence, timexes: Sequence[Timex]) -> bool:
    """A dateline or "Updated on ..." stamp: nothing but dates and stamp words."""
    text = sentence.text
    for t in sorted(timexes, key=lambda t: t.start, reverse=True):
        a, b = t.start - sentence.start, t.end - sentence.start
        text = text[:a] + " " + text[b:]
    rest = [w for w in words_of(text) if not w.isdigit() and w not in lexicon().stamp_words]
    return len(rest) < 2


def is_context_date(sentence: Sentence, timex: Timex) -> bool:
    """A date that only measures something else: "the highest price since September 2008", "for the third
    time this year"."""
    before = words_of(sentence.text[: timex.start - sentence.start])
    if len(before) > 1 and before[-1] == "time" and before[-2] in lexicon().ordinals:
        return True  # "for the third time this year" counts occurrences; it dates nothing
    lex = lexicon()
    after = words_of(sentence.text[timex.end - sentence.start:])[:4]
    if after[:1] and after[0] in lex.range_joiners and after[1:2] and after[1].isdigit():
        after = after[2:]  # "the 2019 through 2022 model years": the range's first year
    if after[:1] and after[0] in lex.product_words:
        return True  # "2022 model years", "the 2023 model-year SUVs": a product's vintage, not a day
    if before[-1:] and before[-1] in lex.product_words:
        return True  # "model year 2021"
    if _compared_with(before[-COMPARISON_WORDS:]):
        return True  # "far quicker than the 69-day operation at the San José mine in 2010": a comparison
    if before[-2:] in (["rest", "of"], ["remainder", "of"]):
        return True  # "for the rest of the year": a span ahead, no event's day
    if _is_reference_point(sentence, timex, before, after):
        return True
    if words_of(timex.text)[:1] in (["this"], ["so"]) and \
            any(w in lex.superlatives - _ORDER_WORDS or (w.endswith("est") and len(w) > 5) for w in before[-3:]):
        return True  # "activity hit the lowest this year", "the biggest rise so far this year": a record's frame
    # "the worst since 2007", and "the worst result since it was founded in 1992": the date in a short
    # since-clause after a superlative is the point of comparison
    tail = before[-1 - lex.since_clause_words:]
    if "since" not in tail:
        return False
    at = len(before) - len(tail) + max(i for i, w in enumerate(tail) if w == "since")
    window = before[max(0, at - lex.context_window):at]
    if any(w in lex.superlatives or (w.endswith("iest") and len(w) > 5) for w in window):
        return True
    if any(w == "than" and not _is_count(nxt, lex.quantity_counts) for w, nxt in zip(window, window[1:] + [""])):
        return True  # "closer to a pandemic than at any point since 1968"
    phrase_verb = any(is_past(w) for w in before[at + 1:])
    return not phrase_verb and any(part in lex.superlatives for w in window if "-" in w for part in w.split("-")[:1])


def _is_reference_point(sentence: Sentence, timex: Timex, before: Sequence[str], after: Sequence[str]) -> bool:
    """A baseline ("over 2005 levels"), a data cut-off ("using data to the end of April") or a running total's start
    ("a total of 1,324 people had been admitted since 13 April"): events.yaml, `baseline_nouns`, `cutoff_nouns`,
    `running_total_words`. The date measures from or up to a point; no event happened then."""
    lex = lexicon()
    if after[:1] and after[0] in lex.baseline_nouns:
        return True  # "a 17% cut in emissions over 2005 levels": the target's baseline
    for link in lex.cutoff_links:
        size = len(link.split())
        if before[-size:] == link.split() and before[-size - 1:-size] and before[-size - 1] in lex.cutoff_nouns:
            return True  # "data to the end of April", "figures up to 30 June": where the data stop
    if _is_tally_date(sentence, timex, before) or _opens_snapshot(sentence, timex) \
            or _is_running_count_date(sentence, timex, before):
        return True
    if before[-1:] != ["since"]:
        return False
    a = timex.start - sentence.start
    preceding = sentence.text[max(0, a - 200):a]
    marks = list(_CLAUSE_BREAK.finditer(preceding))
    clause = words_of(preceding[marks[-1].end():] if marks else preceding)
    return bool(lex.running_total_words & set(clause))  # "a total of 1,324 ... since 13 April": the count's start


def _is_tally_date(sentence: Sentence, timex: Timex, before: Sequence[str]) -> bool:
    """ "have hijacked 20 ships since January", "As of 1700 BST, there were 40 cases", "storage at 87% by the end
    of October": a date right after one of events.yaml `tally.links` in a clause that counts (after one of
    `tally.percent_links`, in one that holds a percentage) is where the count starts or stops, no event's day."""
    links, percent_links = _tally_links()
    link = next((words for words in links + percent_links if list(before[-len(words):]) == list(words)), None)
    if link is None:
        return False
    text = _counting_text(sentence, timex, len(link))
    counts = _tally_count() if link in links else _tally_percentage()
    return any(not _names_the_figure(text[:m.start()]) for m in counts.finditer(text))


def _is_running_count_date(sentence: Sentence, timex: Timex, before: Sequence[str]) -> bool:
    """ "so far pouring about 140,000 gallons (637,000 litres) of the cocktail into the Gulf as of today": a sentence
    with one of events.yaml `tally.running_markers` and a count, its date right after one of `tally.links` or one of
    `tally.running_dates`: a running count up to the telling, no event's day."""
    if _running_marker().search(sentence.text) is None:
        return False
    links, _ = _tally_links()
    phrase = " ".join(words_of(timex.text))
    if phrase not in _running_dates() and not any(list(before[-len(w):]) == list(w) for w in links):
        return False
    a, b = timex.start - sentence.start, timex.end - sentence.start
    rest = sentence.text[:a] + " " + sentence.text[b:]
    return any(not _names_the_figure(rest[:m.start()]) for m in _tally_count().finditer(rest))


@cache
def _running_marker() -> re.Pattern[str]:
    """events.yaml `tally.running_markers` as one pattern: "so far", "to date"."""
    return re.compile(rf"\b(?:{_words_pattern(rules()['tally']['running_markers'])})\b", re.IGNORECASE)


@cache
def _running_dates() -> frozenset[str]:
    """events.yaml `tally.running_dates` as lower-case word strings."""
    return frozenset(" ".join(words_of(str(d))) for d in rules()["tally"]["running_dates"])


@cache
def _snapshot_opening() -> re.Pattern[str]:
    """events.yaml `tally.snapshot_openers` opening a sentence (maybe after a conjunction and marks), then at most
    four words (a clock time and "on") before the date: one bounded lazy run, anchored at both ends."""
    openers = "|".join(r"\s++".join(map(re.escape, str(o).split())) for o in rules()["tally"]["snapshot_openers"])
    return re.compile(rf"^[\W_]*+(?:(?:but|and|yet|so)\s++)?(?:{openers})\s++(?:[\w:.]++\s++){{0,4}}?$", re.IGNORECASE)


SNAPSHOT_OPENING_CHARS = 80  # how much of the sentence before its date a snapshot's phrase may take


def _opens_snapshot(sentence: Sentence, timex: Timex) -> bool:
    """ "As of Friday night, the drones had made no strikes", "As of 1700 BST on 15 June 2009, 76 countries have
    reported ...": a phrase of `tally.snapshot_openers` opening the sentence, the date its last words before a comma:
    the time a state is told at, no event's day."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    return a <= SNAPSHOT_OPENING_CHARS and sentence.text[b:b + 2].lstrip().startswith(",") \
        and _snapshot_opening().search(sentence.text[:a]) is not None


def _names_the_figure(text_before: str) -> bool:
    """ "the Pan Am 103 suspects", "Resolution 1973 powers": a figure right after a capitalised word (not the
    clause's first) is part of a name, no count."""
    words = text_before.split()
    return len(words) > 1 and words[-1][:1].isupper()


def _counting_text(sentence: Sentence, timex: Timex, link_size: int) -> str:
    """The clause around the date, the date left out; a preposed phrase ("Since March 19, NATO has flown ...", its
    clause no more than the link and the date) takes the rest of the sentence, where its count is told."""
    text = sentence.text
    a, b = timex.start - sentence.start, timex.end - sentence.start
    marks = list(_CLAUSE_BREAK.finditer(text, 0, a))
    start = marks[-1].end() if marks else 0
    preposed = len(words_of(text[start:a])) <= link_size
    after = _CLAUSE_BREAK.search(text, b)
    end = len(text) if preposed or after is None else after.start()
    return text[start:a] + " " + text[b:end]


@cache
def _tally_links() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """events.yaml `tally.links` and `tally.percent_links` as word tuples, longest first ("as of" before "of")."""
    table = rules()["tally"]

    def as_words(name: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted((tuple(str(link).lower().split()) for link in table[name]), key=len, reverse=True))
    return as_words("links"), as_words("percent_links")


_FIGURE = r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*+(?:\s++(?:million|billion|thousand|hundred))?"  # not a year


@cache
def _tally_count() -> re.Pattern[str]:
    """A count in a clause (events.yaml `tally`): a figure (or a number word and one of `word_scales`: "twelve
    million"), maybe "million" and one modifier, then a plural noun
    that is not a unit of time or distance; or a percentage or a counting phrase. No nesting: linear time."""
    table = rules()["tally"]
    plain = _words_pattern(table["plain_plurals"])
    units = _words_pattern(table["measure_units"])
    noun = rf"(?!(?:{units})\b)(?:{plain}|[a-z-]*[a-z]s)\b"
    in_words = rf"\b(?:{_words_pattern(rules()['number_words'])})\s++(?:{_words_pattern(table['word_scales'])})"
    shapes = (rf"{_FIGURE}\s*+%", rf"(?:{_FIGURE}|{in_words})\s++(?:[a-z-]++\s++)?{noun}",
              rf"\b(?:{_words_pattern(table['count_phrases'])})\b")
    return re.compile("|".join(shapes), re.IGNORECASE)


@cache
def _tally_percentage() -> re.Pattern[str]:
    """A percentage: "87%", "14 per cent"."""
    return re.compile(rf"{_FIGURE}\s*+(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)


def _is_count(word: str, counts: frozenset[str]) -> bool:
    """ "more than a quarter", "more than 500": "than" before a count compares amounts, not times."""
    return word in counts or word[:1].isdigit()


_DAY_PARTS = frozenset({"day", "night", "morning", "afternoon", "evening"})
_OFFSET_UNIT = re.compile(r"\b(?:second|minute|hour|day|night|morning|afternoon|evening|week|month|year|decade)s?\b",
                          re.IGNORECASE)


def counts_from_another_event(sentence: Sentence, timex: Timex, dated: Sequence[Timex], day_told: bool) -> bool:
    """ "Ten seconds later the rig exploded", "The ministry released its statement the next day": an offset of
    seconds, minutes, hours or days from another moment (events.yaml sentence_anchor_units) dates an event only from
    a date told before it in the same sentence ("went to hospital on 8 April but died five days later"): the entry's
    quote is that sentence, and a day counted from one told sentences before is a day the quote does not give (the
    sentence just before may still date it, its quote then carrying that sentence: events.leads). A
    count of weeks or years keeps its date ("the slope had failed five years earlier": from the story's present).
    A day named only as another event's ("on the same day": events.yaml same_day_openers) is such an offset.
    (`day_told`, whether the sentences before told a day, no longer decides: kept for the callers.)"""
    del day_told
    phrase = " ".join(words_of(timex.text))
    unit = _OFFSET_UNIT.search(timex.text)
    same_day = any(phrase.startswith(opener + " ") for opener in lexicon().same_day_openers) \
        and bool(unit) and unit.group().lower() in _DAY_PARTS  # "on the same day": another event's day
    if not same_day and not is_sub_day_offset(timex) and not is_day_offset(timex):
        return False
    return not any(t.end <= timex.start and t.start >= sentence.start for t in dated
                   if t is not timex and not is_clock_only(t))  # a clock is no day


def is_day_offset(timex: Timex) -> bool:
    """ "the next day", "two days later", "the night before", "later that night": an offset of days or parts of a
    day (events.yaml sentence_anchor_units) from another moment (anchored_offset_ends, anchored_offset_openers,
    sentence_anchor_openers), with no day of its own in the phrase ("the day before Tuesday's hearing" has one)."""
    words = words_of(timex.text)
    lex = lexicon()
    table = rules()
    units = frozenset(str(w) for w in table["sentence_anchor_units"])
    if not words or not any(w.rstrip("s") in units for w in words) or _OWN_DAY.search(timex.text):
        return False
    openers = lex.anchored_offset_openers | frozenset(str(w) for w in table["sentence_anchor_openers"])
    padded = " " + " ".join(words) + " "
    return words[-1] in lex.anchored_offset_ends and len(words) > 1 \
        or any(f" {opener} " in padded for opener in openers)


# a day of the phrase's own: a weekday, a month, a figure, the day of writing ("the day before Tuesday's hearing", "the
# next day, 12 May", "the day before yesterday")
_OWN_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                      r"[a-z]*+\b|\d|\b(?:today|yesterday|tomorrow|tonight)\b", re.IGNORECASE)


def is_sub_day_offset(timex: Timex) -> bool:
    """ "Ten seconds later", "40 minutes earlier", "the next hour": an offset of seconds, minutes or hours from another
    moment (events.yaml anchored_offset_ends, anchored_offset_openers)."""
    words = words_of(timex.text)
    lex = lexicon()
    phrase = " ".join(words)
    offset = bool(words) and words[-1] in lex.anchored_offset_ends and len(words) > 1 \
        or any(phrase.startswith(opener + " ") for opener in lex.anchored_offset_openers)
    unit = _OFFSET_UNIT.search(timex.text)
    return offset and unit is not None and unit.group().lower().rstrip("s") in ("second", "minute", "hour")


# "March 9, 2011 at 2:01 pm | Reply": the stamp of a reader's comment under an article
COMMENT_STAMP = re.compile(r"\b[A-Z][a-z]{2,8}\.? {0,2}\d{1,2} {0,2}, {0,2}\d{4} {1,2}at {1,2}\d{1,2}:\d\d {0,2}[ap]\.?m\.? {0,2}\|")


def comments_start(body: str) -> int:
    """Where the readers' comments under an article begin (the first comment stamp), or len(body)."""
    found = COMMENT_STAMP.search(body)
    return found.start() if found else len(body)


_CLOCK_ZONE = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d {0,2}(?:BST|GMT|CET|UTC)\b")


def is_broadcast_listing(sentence: str) -> bool:
    """ "Listen to File on 4, BBC Radio 4 2000 BST, Tuesday 9 June 2009": when a programme airs is no event."""
    low = sentence.lower()
    for clock in _CLOCK_ZONE.finditer(sentence):
        before = words_of(low[max(0, clock.start() - 30): clock.start()])
        if any(" ".join(before[-n:]) in lexicon().broadcasters for n in (1, 2, 3, 4) if len(before) >= n):
            return True
    return False


def is_listing_page(body: str) -> bool:
    """A broadcaster's programme information page ("Presenters/Liza Tarbuck, Producer/Fiona Day"): no events."""
    low = body.lower().replace("\\/", "/")
    lex = lexicon()
    return sum(low.count(mark) for mark in lex.listing_page_marks) >= lex.listing_page_min_marks


_OPENING_QUOTE_INSIDE = re.compile(r"^[^“”]*+”")  # a quotation opened in an earlier sentence closes in this one
_OPEN_TO_END = re.compile(r"[“\"][^“”\"]*+$")  # and one opened here runs past the sentence's end


def tells_own_story(sentence: str) -> bool:
    """ "My great-grandfather was born in 1856", "We changed our mind after ...": the writer's own words outside
    any quotation (a reader's letter or post), no event of the news. "'I saw the blast,' he said" is quoted."""
    text = QUOTED.sub(" ", sentence)
    text = _OPENING_QUOTE_INSIDE.sub(" ", text)
    text = _OPEN_TO_END.sub(" ", text)
    own = lexicon().own_story_words
    return any(token.rstrip(".,;:!?") in own for token in text.split())


@cache
def _family_record() -> re.Pattern[str]:
    verbs = "|".join(sorted(re.escape(v) for v in lexicon().family_record_verbs))
    return re.compile(rf"\b(?:{verbs})\b(?: [\w.]{{1,12}}){{0,2}}? (?:1[5-9]|20)\d\d\b", re.IGNORECASE)


def is_family_history_page(body: str) -> bool:
    """A genealogy board's page ("looking for William Davies born 1825 ... married 1856"): ancestry, not news."""
    return sum(1 for _ in _family_record().finditer(body)) >= lexicon().family_record_min


_STAMP_AFTER = re.compile(r"\s{0,3}+(?:[-–—|,]\s{0,3}+)?(?:Page\s)?(?:[Ll]ast\s[Uu]pdated|Updated)\b"  # not "on Monday updated its"
                          r"|\s{1,3}+(?:[01]\d|2[0-3])[.:][0-5]\d\s(?:BST|GMT|CET|UTC|EDT|EST)\s++[A-Z]")  # "16 August 2010 22.20 BST Site"
# "Last updated: ", "Page last updated at 13:13 GMT, Wednesday, ", "updated: Sat ": the stamp's words, then maybe its
# clock time and weekday, right before the date
_STAMP_BEFORE = re.compile(r"\b(?:[Ll]ast\s[Uu]pdated|[Uu]pdated:)(?:\s?:|\s+at|\s+on)?+"
                           r"(?:\s{0,3}+\d{1,2}[:.]\d\d(?:\s?[AaPp]\.?[Mm]\.?)?+(?:\s[A-Z]{2,4})?+,?+)?+"
                           r"(?:\s{0,3}+[A-Z][a-z]{2,8},?+)?+\s{0,3}+$")


def is_page_stamp_date(sentence: Sentence, timex: Timex) -> bool:
    """ "29 September 2011 Last updated at 17:57 GMT Help One of ...", "Last updated: 1 May, 2009 - 17:54 GMT Mexico
    shuts down ...", "... decades-old data Monday 16 August 2010 22.20 BST Site of the spill": a page's stamp glued
    to its headline or standfirst; its date is the page's, not an event's."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    return _STAMP_AFTER.match(sentence.text, b) is not None or _STAMP_BEFORE.search(sentence.text[max(0, a - 60):a]) is not None


# --- where a date belongs: names, captions, plans, reports, noun qualifiers (events.yaml, "Where a date
# belongs"), each found in an editor's reading of real news

_NEXT_CAPITALISED = re.compile(r" ([A-Z][a-z]{1,20}+)\b")
_NOT_NAME_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                             "saturday", "sunday", "morning", "afternoon", "evening", "night"})


def is_name_date(sentence: Sentence, timex: Timex) -> bool:
    """ "He always mixed so much of it," she said in remarks reported by the Sunday Times: a one-word date after
    "the" and before a capitalised word is part of a name (a newspaper, a club), no date."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    phrase = sentence.text[a:b]
    if not phrase[:1].isupper() or len(words_of(phrase)) != 1:
        return False
    before = sentence.text[max(0, a - 12):a]
    if not before.endswith(" ") and a > 0 and before:
        return False
    opener = words_of(before)[-1:]
    after = _NEXT_CAPITALISED.match(sentence.text, b)
    return opener != [] and opener[0] in lexicon().name_date_openers and after is not None \
        and after.group(1).lower() not in _NOT_NAME_WORDS


@cache
def _caption_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    verbs = "|".join(sorted(re.escape(v) for v in lex.caption_verbs))
    credits = "|".join(sorted(re.escape(c) for c in lex.caption_credits))
    # ", shown in", ", pictured here on": the caption's verb, then at most two words, right before the date
    shown = re.compile(rf",\s{{0,2}}(?:{verbs})(?:\s{{1,2}}[\w'’-]{{1,20}}){{0,2}}?\s{{1,2}}$", re.IGNORECASE)
    # "Photograph: Win McNamee/Getty": a credit after the date, with no sentence stop between
    credit = re.compile(rf"^[^.!?]{{0,200}}?\b(?:{credits})\s?:", re.IGNORECASE)
    # "Gaddafi (2nd R) talks with ...": where a person stands in a wire photograph, maybe after an ordinal
    positions = "|".join(sorted(re.escape(p) for p in lex.caption_positions))
    position = re.compile(rf"\((?:\d(?:st|nd|rd|th)\s)?(?:{positions})\)", re.IGNORECASE)
    return shown, credit, position


@cache
def _full_date() -> re.Pattern[str]:
    """ "March 7, 2011": a wire caption's full date, a month's full name (timeline.text.lexicon) with day and year."""
    months = "|".join(re.escape(names[0]) for names in language.months())
    # "February, 27, 2011": a wire's comma after the month too
    return re.compile(rf"(?:{months})\.?,?\s\d{{1,2}},\s\d{{4}}", re.IGNORECASE)


# what may follow a wire caption's date: a stop, a bracket, a "/Photographer" credit
_CAPTION_DATE_END = re.compile(r"\s*+(?:/[^.!?/]{0,60}+)?+[.)\s]*+$")
# a wire photograph's credit glued to its caption's last word and closing its bracket ("... Muslim majority/Cynthia
# Karam)", "... June 10, 2011/Murad Sezer)", "REUTERS/Goran Tomasevic)"): a lower-case word, a year or an agency in
# capitals, a slash and a name of two words; "(Noel Fleming, England/Northern Ireland)" (a capitalised place before
# the slash) is no credit
_SLASH_CREDIT = re.compile(r"(?:^|\s)(?:[a-z][\w'’-]*+|(?:19|20)\d\d|[A-Z]{2,}+)/[A-Z][a-z'’-]++\s[A-Z][\w'’-]++\s?+\)")


def is_wire_caption_date(sentence: Sentence, timex: Timex) -> bool:
    """ "Anti-Gaddafi rebels shoot ... near the oil facility of Ras Lanuf March 7, 2011.", "Picture taken March 16,
    2011.", "... southwest of Benghazi February, 27, 2011.": a full date that closes the sentence right after a place,
    with no preposition before it, is how a wire photograph's caption dates the picture; prose says "on March 7, 2011"
    or goes on after the date."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    # the tagger may read only the month of "February, 27, 2011" (the wire's comma after it): the full date from it
    full = _full_date().match(sentence.text, a)
    # a caption set in a bracket the sentence opens and does not close ("(Rally organized by Hezbollah ... in Beirut
    # March 16, 2011, in support of Bahraini protesters."): the picture's text may go on after its date
    in_bracket = sentence.text.startswith("(") and ")" not in sentence.text
    if full is None or full.end() < b or not (in_bracket or _CAPTION_DATE_END.match(sentence.text, full.end())):
        return False
    before = words_of(sentence.text[:a])[-1:]
    return bool(before) and before[0] not in lexicon().date_prepositions


def is_caption_date(sentence: Sentence, timex: Timex) -> bool:
    """ "Lawyers for Dr Murray, shown in 2010, have suggested ...", "Members of the National Guard install dams ...
    May 27, 2010 on Grand Isle Photograph: Win McNamee/Getty": a picture's caption dates the picture."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    shown, credit, position = _caption_patterns()
    return shown.search(sentence.text[max(0, a - 60):a]) is not None or credit.match(sentence.text, b) is not None \
        or position.search(sentence.text, 0, a) is not None or is_wire_caption_date(sentence, timex) \
        or _credited_after(sentence.text, b)


def _credited_after(text: str, at: int) -> bool:
    """Whether a wire photograph's slash credit closes the bracket the date at `at` stands in (no ")" between)."""
    credit = _SLASH_CREDIT.search(text, at)
    return credit is not None and ")" not in text[at:credit.start()]


PLAN_WORDS_BEFORE = 8  # how far before its date a plan's word may stand ("expected to take place in Vienna in")
_CLAUSE_MARK = re.compile(r"[,;:()\u2014\u2013]|\s--\s")
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()\u2014\u2013]|\s--\s")  # as _CLAUSE_MARK, but "1,324" is one number


def is_plan_date(sentence: Sentence, timex: Timex) -> bool:
    """ "his planned July 2009 comeback concerts", "a concert, expected to take place in Vienna in September 2009,
    was cancelled": the date is what was planned, in the date's own stretch of the clause (no comma between)."""
    a = timex.start - sentence.start
    before = sentence.text[max(0, a - 200):a]
    marks = list(_CLAUSE_MARK.finditer(before))
    stretch = words_of(before[marks[-1].end():] if marks else before)[-PLAN_WORDS_BEFORE:]
    plans = lexicon().plan_modifiers
    if stretch[-1:] and stretch[-1] in plans:
        return True  # "his planned July 2009 concerts"
    # "expected to take place in", "scheduled for": the plan's verb governs the date; "its proposed agreement in
    # April" may date the proposing
    return any(w in plans and stretch[k + 1:k + 2] in (["to"], ["for"]) for k, w in enumerate(stretch))


def is_unfulfilled_plan(words: Sequence[str], trigger: str, date_start: int, published: int | None,
                        words_before: Sequence[str] = ()) -> bool:
    """A plan told in the future tense ("BP will begin its legal offensive this month", "It is hoped this will happen
    this morning"), dated no later than the day it was told (days as ordinals): no outcome is told, so no event.
    One dated after publication stays a planned event (timeline.salience.happened shows it once a later report tells it)."""
    if published is None or date_start > published or not _is_future(words, trigger):
        return False
    # "Chavez said on Tuesday he will only recognize ... and accused the United States of ...", "Quintero was sworn in
    # as president this evening and will serve the rest of the term": a past verb in the clause, or in the
    # sentence before it (`words_before`), tells what was done that day
    told = _without_participles([*words_before, *words])
    return not any(is_past(t) for t in all_triggers(told, finite_only=True))


def _without_participles(words: Sequence[str]) -> list[str]:
    """`words` with each participle that is no finite verb made a comma (events.yaml naming_participles,
    participle_auxiliaries): a naming one ("a hearing called ...") or one with its agent ("Accompanied by top
    staffers"), no auxiliary before either."""
    table = rules()
    naming, auxiliaries = table["naming_participles"], table["participle_auxiliaries"]
    return ["," if is_past(word) and (i == 0 or words[i - 1] not in auxiliaries)
            and (word in naming or words[i + 1:i + 2] == ["by"]) else word
            for i, word in enumerate(words)]


def words_outside_names(text: str) -> list[str]:
    """The words of `text` (words_of), each capitalised past form after the first word made a comma: a name's word
    ("a hearing called Liability ... and Related Statutes", "the United Nations"), no verb of the clause."""
    words = words_of(text)
    tokens = WORD.findall(text)
    if len(tokens) != len(words):
        return words  # the two cuts disagree: leave the words as they are
    return ["," if i and token[:1].isupper() and is_past(word) else word
            for i, (token, word) in enumerate(zip(tokens, words))]


PLAN_VERB_WORDS = 3  # how far before a verb a future auxiliary, modal or "to" makes it a plan ("will be grilled")


def is_told_as_plan(words: Sequence[str], trigger: str) -> bool:
    """Whether a future auxiliary, modal or "to" stands in the PLAN_VERB_WORDS words before the trigger ("will be
    questioned early Monday", "is to be freed", "could be charged"): the clause tells a plan, not what was done."""
    if trigger not in words:
        return False
    at = words.index(trigger)
    lex = lexicon()
    return any(w in lex.future_auxiliaries or w in lex.modals or w == "to"
               for w in words[max(0, at - PLAN_VERB_WORDS):at])


def after_report_aside(words_before: Sequence[str]) -> bool:
    """ "it said in a statement Thursday", "he told reporters on Monday": a reporting verb and an aside, then the
    date: the date is the saying's."""
    words = [w for w in words_before if w != "on"]
    for aside in lexicon().report_asides:
        n = len(aside.split())
        if len(words) > n and " ".join(words[-n:]) == aside and words[-n - 1] in lexicon().reporting_verbs:
            return True
    return False


_NEXT_WORD = re.compile(r"\s{1,2}([A-Za-z][\w-]{0,30}+)")


def is_attributive(sentence: Sentence, timex: Timex) -> bool:
    """ "the 1984 Bhopal disaster", "the King of Pop's 1993 concert tour": a date between a determiner (or a
    possessive) and the noun it qualifies."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    raw_before = sentence.text[max(0, a - 40):a]
    before = words_of(raw_before) or [""]
    if a and not raw_before.endswith(" "):
        return False
    possessive = raw_before.rstrip().endswith(("'s", "’s"))
    opens_with_determiner = words_of(timex.text)[:1] and words_of(timex.text)[0] in lexicon().noun_determiners
    if before[-1] not in lexicon().noun_determiners and not possessive and not opens_with_determiner:
        return False  # "The 8 October gig": the tagger may take the determiner into the date phrase
    following = _NEXT_WORD.match(sentence.text, b)
    if following is None:
        return False
    word = following.group(1).lower()
    lex = lexicon()
    return not (is_past(word) or word in lex.date_prepositions or word in lex.stopwords
                or word in lex.state_verbs or word in lex.future_auxiliaries)


def qualifies_by_from(sentence: Sentence, timex: Timex) -> bool:
    """ "she brought up some previous testimony of McKay from last year": a date after "from" that follows a noun
    qualifies the noun; "volumes rebounded from late March" follows a verb and dates it."""
    before = words_of(sentence.text[max(0, timex.start - sentence.start - 60): timex.start - sentence.start])
    if len(before) < 2 or before[-1] != "from":
        return False
    if words_of(sentence.text[timex.end - sentence.start:])[:1] in [[w] for w in lexicon().range_joiners]:
        return False  # "a civil war from 1992 to the early 2000s": a span's start dates what spans it
    word = before[-2]
    lex = lexicon()
    return not (is_past(word) or word.endswith("ing") or word in lex.state_verbs or word in lex.copulas
                or word in lex.stopwords or word in lex.date_prepositions or word[:1].isdigit())


_CLOCK_ONLY = re.compile(r"(?:at|by|around|about|from|until|\s)*+\d{1,2}[.:]\d\d(?:\s?[ap]\.?m\.?)?+(?:\s[A-Z]{2,4})?+",
                         re.IGNORECASE)


def tells_a_day(timex: Timex, value: str) -> bool:
    """Whether a date phrase names a day ("20 April", "on Tuesday", "today"), not a bare clock time ("By 21.49"), an
    offset of seconds, minutes or hours ("10 seconds later") nor a phrase that points back ("that night"), which the
    tagger places on the last day it read, or the publication day, for want of one."""
    phrase = " ".join(words_of(timex.text))
    points_back = any(phrase.startswith(opener + " ") for opener in lexicon().anaphoric_date_openers)
    # "A huge explosion hit the rig followed by another one 10 seconds later. ... 40 minutes earlier": an offset of
    # seconds, minutes or hours counts from a moment, and names no day for the next one to count from
    return len(value) == 10 and _CLOCK_ONLY.fullmatch(timex.text.strip()) is None and not points_back \
        and not is_sub_day_offset(timex)


@cache
def _notice() -> re.Pattern[str]:
    lex = lexicon()
    nouns = "|".join(sorted(re.escape(n) for n in lex.notice_nouns))
    verbs = "|".join(sorted(re.escape(v) for v in lex.notice_verbs))
    return re.compile(rf"\b(?:this|the)\s(?:{nouns})\s(?:was|has\sbeen)\s(?:{verbs})\b", re.IGNORECASE)


def is_page_notice(sentence: str) -> bool:
    """ "cents This article was amended on 8 May 2010 to correct the figure ...": a correction notice is page
    furniture, no event of the story."""
    return _notice().search(sentence) is not None


def is_reader_call(sentence: str) -> bool:
    """ "Watch Fareed Zakaria GPS Sundays at 10am and 1pm ET": a call to the reader tells no event."""
    opening = words_of(sentence)[:2]
    calls = lexicon().reader_calls
    # the call is the opening two words, or its first word alone when a word follows it
    return " ".join(opening) in calls or len(opening) == 2 and opening[0] in calls


def day_mod(timex: Timex, value: str) -> str:
    """The mod an event of this date phrase carries: "BP was given the go-ahead earlier today" is on that day, not at
    its start (the tagger reads "earlier" as START)."""
    if len(value) == 10 and timex.mod in ("START", "END") and \
            lexicon().relative_order_words & set(words_of(timex.text)):
        return ""
    if rounds_only_the_hour(timex, value):
        return ""  # "at approximately 5am": the hour is rounded, the day is not
    return timex.mod


POSSIBILITY_WORDS = 2  # how far after an event noun its modal may stand ("a vote could come", "the talks might")


def is_possible_event(words: Sequence[str], trigger: str) -> bool:
    """ "diplomats said a vote could come on Thursday": an event noun that is the subject of a modal, before the date
    (`words` are those before it), tells what may happen, not what did ("The summit will be held on Tuesday" is a
    plan, kept; "X said on Sunday the plan was unacceptable and that sanctions would stay" dates the saying)."""
    if trigger not in lexicon().event_nouns:
        return False
    modals = lexicon().modals
    return any(w == trigger and modals & set(words[i + 1:i + 1 + POSSIBILITY_WORDS]) for i, w in enumerate(words))


_SHARE = re.compile(r"^(?:[^,;:]{0,40}+,\s)?+(?:about |some |nearly |almost |around |more than |over |at least )?+"
                    r"\d[\d.,]*+\s?(?:%|percent\b|per cent\b)\s(?:of\s)?+", re.IGNORECASE)


def is_share_statistic(sentence: str) -> bool:
    """ "Last year, 40% of journalists who died in the line of duty were killed in crossfire": a clause whose
    subject is a share of a total is a statistic."""
    return _SHARE.match(sentence.lstrip()) is not None


# a book's or a paper's citation: a publisher's or a journal's name (up to four capitalised words) and a comma before
# the year, maybe after another citation and ";" ("(Fortress, 2009)", "(Continuum, 1996; Trinity, 2002)")
_CITATION_BEFORE = re.compile(r"^(?:[^();]{0,60}+;\s*+)?(?:[A-Z][\w&.'’-]*+\s++){0,3}+[A-Z][\w&.'’-]*+,\s*+$")
_CITATION_AFTER = re.compile(r"^\s*+(?:;[^();]{0,60}+)?$")
_CITATION_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")  # a year alone: "(Brega, Monday)" is a place and a day


def is_aside_date(sentence: Sentence, timex: Timex) -> bool:
    """ "came up with this analogy: Apollo 13 (the unsuccessful third mission to the moon in 1970) did not stop the
    space race": a date inside a parenthesis that tells no event of its own qualifies the aside's noun; it does not
    date a verb outside it. A parenthesis that is only the date ("took the town (on Monday)") dates the verb, and one
    that cites a book ("Five Ways to a Sustainable Future (Fortress, 2009)", a bibliography line) dates its
    printing, no event."""
    a, b = timex.start - sentence.start, timex.end - sentence.start
    text = sentence.text
    opening = text.rfind("(", 0, a)
    closing = text.find(")", b)
    if opening < 0 or closing < 0 or text.find(")", opening, a) >= 0 or text.find("(", b, closing) >= 0:
        return False
    if _CITATION_YEAR.match(text[a:b]) and _CITATION_BEFORE.match(text[opening + 1:a]) \
            and _CITATION_AFTER.match(text[b:closing]):
        return True
    rest = words_of(text[opening + 1:a] + " " + text[b:closing])
    lex = lexicon()
    content = [w for w in rest if w not in lex.stopwords and w not in lex.date_prepositions]
    return len(content) >= 2 and not first_trigger(rest)


def _after_being(words: Sequence[str], i: int) -> bool:
    """Whether words[i] follows "being", adverbs maybe between ("being routinely switched"): a passive gerund's
    participle, inside a noun phrase, never the clause's verb."""
    j = i - 1
    while j >= 0 and is_adverb(words[j]):
        j -= 1
    return j >= 0 and words[j] == "being"


def speculates(title: str) -> bool:
    """ "The oil company may find itself having to answer further questions", "Setting up a no-fly zone would require
    an attack": a title whose main verb is a modal tells what may be, not what happened. "Britain said it would
    supply ..." (reported first) and "Explosions could be heard" (perceived) tell events."""
    words = words_of(title)
    lex = lexicon()
    for i, word in enumerate(words):
        if i and words[i - 1] in _BEFORE_ADJECTIVE and word not in lex.reporting_verbs:
            continue  # "The limited resistance ... may herald": a past form after a determiner is an adjective
        if is_past(word) and _after_being(words, i):
            continue  # "testimony about alarms being routinely switched off could be": a gerund's, in the subject
        if word in lex.reporting_verbs or is_past(word) and word not in lex.planning_participles:
            return False
        if word in lex.modals:
            if i and words[i - 1] in lex.relative_pronouns:
                continue  # "backing a proposal that would put oil companies on the hook": a relative clause's modal
            after = " ".join(words[i + 1:i + 3])
            return not any(after == p or after.startswith(p + " ") for p in lex.perceived_after_modal)
    return False


# --- not the news (events.yaml, "not_news"): titles and dates the editors struck though their clause has a verb


@dataclass(frozen=True, slots=True)
class NotNews:
    own_reporting: re.Pattern[str]  # "The Observer met him", "CNN saw"
    own_trip: re.Pattern[str]  # "Reuters reporters drove through the area": the reporter's own way
    inference: re.Pattern[str]  # "this letter suggests ..."
    judgement: re.Pattern[str]  # "... is a slap at ..."
    description: re.Pattern[str]  # "... is the Royal Air Force's advanced trainer"
    belief: re.Pattern[str]  # "He believes the attack was meant to ..."
    teaser: re.Pattern[str]  # "Today Margaret Evison talks about her son"
    forecast: re.Pattern[str]  # "... are expected to be under water when flood levels peak"
    figure: tuple[re.Pattern[str], ...]  # "saw that number more than double to 9,600", "was valued at $4.15m"
    plan: re.Pattern[str]  # "Engineers are actually going to take a bunch of debris"
    state: re.Pattern[str]  # "The concert has been surrounded with controversy since ..."
    empty: re.Pattern[str]  # "The picture shifted once"
    question: re.Pattern[str]  # "Why he would be holding a protest ...": an indirect question
    commentary: re.Pattern[str]  # "It's worth comparing that with figures a week ago ...": the writer's aside
    obligation: re.Pattern[str]  # "Further details have to be worked out": what must still be done
    expectation: re.Pattern[str]  # "Congressional sources are expecting a written report": what is awaited
    scene: re.Pattern[str]  # "The streets were almost empty", "The heating was on": how a place was
    absence: re.Pattern[str]  # "There was no sign of Dr Murray": what was not there
    idle: re.Pattern[str]  # "Many on his plane dozed": an unnamed crowd's idle moment
    guess: re.Pattern[str]  # "It is possible that ...", "... will likely continue": what may be so
    name_joiners: frozenset[str]  # the lower-case words a title of names only may hold ("The Act and the Act")
    scene_turns: frozenset[str]  # words after a scene that go on to an event ("... was empty when the tanks attacked")
    relatives: tuple[str, ...]  # the relative pronouns of an identifying clause ("A nurse who treated Jackson")
    indefinites: frozenset[str]  # the determiners of its unnamed subject ("a", "another")
    told: frozenset[str]  # verbs of telling or seeing: a title that goes on to one tells what was told or seen
    hypothetical: re.Pattern[str]  # "A step that could have prevented the deterioration": what could have been
    counterfactual_if: re.Pattern[str]  # "If Barack Obama had thought that ...": a condition contrary to fact
    generic_opinion: re.Pattern[str]  # "Some scientists are saying that ...": nobody named, a view
    impression: re.Pattern[str]  # "Conrad Murray sounded desperate": how someone seemed
    mood: tuple[re.Pattern[str], ...]  # "Barely, there was optimism ...", "Pressure is mounting on the company"
    untold: tuple[re.Pattern[str], ...]  # "described what happened", "has more details", "Calls ... were not answered"
    clip: tuple[re.Pattern[str], ...]  # "Gadhafi on ending nuclear program", "... Malnourished Aired": a link's title
    link_item: re.Pattern[str]  # "2010: " opening an item of a list of links or of a chronology (its year: group 1)
    deadline: re.Pattern[str]  # "has until 15 December to produce ...": the task of a deadline (sentence)
    sortie: re.Pattern[str]  # "The alliance conducted 142 sorties": a count of missions flown
    column: re.Pattern[str]  # "Simon Jenkins, writing in the Guardian, has said ...": a columnist's piece
    predicted: re.Pattern[str]  # "The longest forecast for a full recovery ...", "a survey of analysts": a forecast
    caption: re.Pattern[str]  # "Nabil Al-Araby pictured at a meeting": a photograph's caption
    link_teaser: re.Pattern[str]  # "Full Article U.S. warns of civil war ...": a wire page's link to a story
    future: re.Pattern[str]  # "will", "is expected to": a future, the group "before" what comes before it
    picture: re.Pattern[str]  # "The images of Hayward ... show a man": what pictures show
    appearance: re.Pattern[str]  # "appeared to have control": a state seen, the groups "subject" and "next"
    appearance_acts: frozenset[str]  # "appears to have been made": a word after the state verb that tells an act
    document: re.Pattern[str]  # "An order showed rifles came ...": what a paper showed, groups "opening", "between"
    document_gap_blockers: frozenset[str]  # "The documents were released and show": the paper acts, no showing alone
    document_verb: re.Pattern[str]  # "showed": a paper's showing verb, found in the sentence
    past_forecast: re.Pattern[str]  # "Hurricane Alex was expected to hit": a forecast told in the past
    unknown: re.Pattern[str]  # "We don't know where", "it is not clear when": a question of a knowing denied
    document_date: re.Pattern[str]  # "The letter was dated March 5": when a paper was written
    assessment: re.Pattern[str]  # "was seen as further evidence": how something was judged
    condition: re.Pattern[str]  # "If this flu is like the 1918 flu, ...": what would follow if
    no_comment: re.Pattern[str]  # "BP declined to comment": nothing said
    habit: re.Pattern[str]  # "BP used to publish": what was done again and again, the group "before" the word before
    nothing: re.Pattern[str]  # "Not much was found": nothing happened
    market_report: re.Pattern[str]  # "in intraday trade", "trading volumes": a market report's words
    comparison: re.Pattern[str]  # "was reminiscent of", "10 times as much as": one thing set against another
    to_plan: re.Pattern[str]  # "were to mark", "is slated to be": a plan, the group "before" what comes before it
    intent: re.Pattern[str]  # "The group plans to start", "is facing a crucial vote": a plan, the group "before"
    plan_word: re.Pattern[str]  # a copula's plan, in a sentence ("were to", "is due to")
    retrospect: re.Pattern[str]  # "that day will be remembered for", "may be seen as the day": the writer's verdict
    emphasis: re.Pattern[str]  # "was underscored by events", "underlined it would be a long slog": a meaning read in
    nightfall: re.Pattern[str]  # "Night fell over Benghazi": the time of day
    distance: re.Pattern[str]  # "The building is only 100 yards or so from a statue": where a thing lies
    newsgathering: "Newsgathering"  # the outlet's staff as doer or recipient, a source's phoning
    update: re.Pattern[str]  # "The coastguard gave an update on moves to stem the flow": an update, nothing in it told
    speculation: re.Pattern[str]  # "Professor X speculated that there could be 20,000 infected": a guess aloud
    schedule: re.Pattern[str]  # "Obama is due in the region": where someone is to be, the group "before"
    camera: re.Pattern[str]  # "The camera panned from a program to the men": how footage was filmed
    status: re.Pattern[str]  # "Saif al-Islam is believed to be still at large": where someone is now
    never: re.Pattern[str]  # "There never were any recognized borders": a claim of what never was
    opening: re.Pattern[str]  # "A 1922 New York Times story began this way": how a text read
    list_heading: re.Pattern[str]  # "terminals, listed with loading volumes for January": a table's heading
    toll_level: re.Pattern[str]  # "The death toll for Tuesday had reached one": a count by then
    shared_view: re.Pattern[str]  # "Seasoned BP-watchers mainly agreed that": observers' view
    market_state: re.Pattern[str]  # "BP's share price had been weakened by": how the market stood by then


@dataclass(frozen=True, slots=True)
class Newsgathering:
    """The outlet's own work as a title's act (events.yaml, not_news: witnessed_happenings, guided_*, telling_*,
    contact_*)."""
    sighting: re.Pattern[str]  # "A Reuters reporter saw": the caller checks what was seen
    happenings: frozenset[str]  # "gunfire", "strike": a sighting of these tells what happened
    guided: re.Pattern[str]  # "showed a team of Reuters reporters", "Reporters were taken"
    told: re.Pattern[str]  # "A rebel spokesman told Reuters" closing the title
    contact: re.Pattern[str]  # "got through to"
    contact_clause: re.Pattern[str]  # "who got through to", ", reached by telephone,": in the sentence
    promo: re.Pattern[str]  # "Next -- there's to be a trial": a broadcast's promotion of its next item


def _words_pattern(words: Iterable[str]) -> str:
    """An alternation of word sequences, longest first, each word separated by one or more spaces."""
    return "|".join(r"\s++".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@cache
def not_news() -> NotNews:
    """The `not_news` table of events.yaml, compiled once."""
    table = rules()["not_news"]
    outlets, staff = _words_pattern(table["outlets"]), _words_pattern(table["outlet_staff"])
    meeting, witness = _words_pattern(table["meeting_verbs"]), _words_pattern(table["witness_verbs"])
    # "CNN's Nic Robertson": up to three capitalised words after the outlet's possessive stand for a staff noun
    staff = rf"{staff}|['’]s\s++(?-i:[A-Z][\w.'’-]*+)(?:\s++(?-i:[A-Z0-9][\w.'’-]*+)){{0,2}}"
    # optional parts are not possessive: "the" may open the outlet's name ("The Observer"), a word the noun
    own = (rf"^(?:(?:the|a|an)\s++)?(?:{outlets})(?:\s*+(?:{staff})(?:\s++[\w'’-]++){{0,3}}?)?"
           rf"\s++(?:(?:{meeting})\b|(?:{witness})\W*+$)")
    # "He drove with a team of Reuters journalists to the site": the subject goes along with the outlet's staff
    escort = (rf"^(?:[\w'’-]++\s++){{1,4}}?(?:{_words_pattern(table['escort_verbs'])})\s++with\s++"
              rf"(?:(?:a|an|the)\s++(?:{staff}|group|party)\s++of\s++)?(?:{outlets})\s++(?:{staff})\b")
    own = rf"{own}|{escort}"
    # "Reuters reporters drove through the area": the outlet's staff on their own way (the caller checks that nothing
    # seen or told follows)
    trip = rf"^(?:(?:the|a|an)\s++)?(?:{outlets})\s++(?:{staff})(?:\s++[\w'’-]++){{0,3}}?\s++" \
           rf"(?:{_words_pattern(table['escort_verbs'])})\b"
    inference = rf"^(?:(?:but|and|yet|so)\s++)?+(?:{_words_pattern(table['inference_subjects'])})" \
                rf"(?:\s++[\w'’-]++){{0,3}}?\s++(?:{_words_pattern(table['inference_verbs'])})\b"
    judgement = rf"\b(?:is|are|was|were)\s++(?:a|an|the)\s++(?:[\w'’-]++\s++)?" \
                rf"(?:{_words_pattern(table['judgement_nouns'])})\b"
    description = rf"(?:\b|(?=['’]))(?:{_words_pattern(table['description_copulas'])})\s++" \
                  rf"(?:(?:{_words_pattern(table['description_determiners'])})\s" \
                  r"|(?P<state>(?:(?:fully|entirely|largely|broadly|not)\s++)?" \
                  rf"(?:{_words_pattern(table['description_predicates'])})\b" \
                  r"|not\s++(?-i:[a-z][a-z-]*+)(?<=ing)\b))"
    # the subject: up to four words before the belief verb, from the title's start (so no verb can come before it)
    belief = rf"^(?:(?:but|and|yet|so)\s++)?+(?!(?:{_words_pattern(table['belief_first_person'])})\b)(?:[\w'’-]++\s++){{1,4}}?(?:{_words_pattern(table['belief_verbs'])})\b"
    teaser = rf"^today,?\s++(?:[\w'’-]++\s++){{1,3}}?(?P<verb>{_words_pattern(table['teaser_verbs'])})\b"
    # `[^.;]*?` stays in one clause: one lazy run, no nesting
    forecast = rf"\b(?:{_words_pattern(table['forecast_openers'])})\b[^.;]*?\b(?:{_words_pattern(table['forecast_conditions'])})\b"
    patterns = (own, trip, inference, judgement, description, belief, teaser, forecast)
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    # "going to take", "is preparing to update", "prepares to update"; "going to the hospital" is a place
    plan = rf"\b(?:(?:{_words_pattern(table['plan_copulas'])})\s++(?:[\w-]++\s++)?" \
           rf"(?:{_words_pattern(table['plan_progressives'])})|(?<!\bto\s)(?:{_words_pattern(table['plan_presents'])}))\s++to\s++" \
           r"(?!(?:the|a|an|his|her|their|its)\b)(?-i:[a-z])"
    state = rf"\b(?:{_words_pattern(table['state_perfects'])})\b[^.;]*?\bsince\b"
    fillers = _words_pattern(table["vague_fillers"])
    empty = rf"^(?:the\s++)?(?:{_words_pattern(table['vague_subjects'])})\s++" \
            rf"(?:{_words_pattern(table['change_verbs'])})(?:\s++(?:{fillers}))*+\W*+$"
    return NotNews(*compiled, figure=_figure_patterns(table), plan=re.compile(plan, re.IGNORECASE),
                   state=re.compile(state, re.IGNORECASE), empty=re.compile(empty, re.IGNORECASE),
                   **_aside_patterns(table), **_scene_patterns(table),
                   name_joiners=frozenset(table["name_joiners"]), scene_turns=frozenset(table["scene_turns"]),
                   relatives=tuple(table["identifying_relatives"]),
                   indefinites=frozenset(table["identifying_determiners"]),
                   told=lexicon().reporting_verbs | frozenset(table["witness_verbs"]),
                   sortie=_sortie_pattern(table), **_opinion_patterns(table), **_untold_patterns(table),
                   **_column_and_forecast_patterns(table), **_caption_and_future_patterns(table),
                   **_gap_patterns(table), **_comparison_and_plan_patterns(table), **_rhetoric_patterns(table),
                   **_update_and_schedule_patterns(table), **_claim_and_list_patterns(table),
                   newsgathering=_newsgathering(table, outlets, staff, witness))


def _update_and_schedule_patterns(table: dict) -> dict[str, re.Pattern[str]]:
    """An empty update, a speculation, a schedule and a camera's move (events.yaml, not_news), compiled: runs of
    listed words at fixed places, bounded runs of words, one possessive run for the update's topic (no backtracking)."""
    update = rf"\b(?:{_words_pattern(table['update_verbs'])})\s++(?:a|an|the|its|their|his|her)\s++" \
             rf"(?:[\w'’-]++\s++){{0,2}}?(?:{_words_pattern(table['update_nouns'])})" \
             rf"(?:\s++(?:{_words_pattern(table['update_topic_links'])})\b[^,;:]*+)?\W*+$"
    speculation = rf"^(?P<before>(?:[\w'’.-]++\s++){{1,8}}?)(?:{_words_pattern(table['speculation_verbs'])})\s++" \
                  rf"(?:{_words_pattern(table['speculation_links'])})\b"
    schedule = rf"^(?P<before>(?:\S++\s++){{1,8}}?)(?:{_words_pattern(table['schedule_copulas'])})\s++" \
               rf"(?:{_words_pattern(table['schedule_words'])})\s++(?:{_words_pattern(table['schedule_links'])})\b"
    camera = rf"^(?:(?:the|a|an|one|his|her|its|their)\s++)?(?:[\w'’-]++\s++)?" \
             rf"(?:{_words_pattern(table['camera_nouns'])})\s++(?:{_words_pattern(table['camera_moves'])})\b"
    status = rf"\b(?:{_words_pattern(table['status_copulas'])})\s++" \
             rf"(?:(?:{_words_pattern(table['status_hedges'])})\s++to\s++be\s++)?" \
             rf"(?:(?:{_words_pattern(table['status_adverbs'])})\s++)?(?:{_words_pattern(table['status_states'])})\b"
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in
            (("update", update), ("speculation", speculation), ("schedule", schedule), ("camera", camera),
             ("status", status))}


def _claim_and_list_patterns(table: dict) -> dict[str, re.Pattern[str]]:
    """A claim of what never was, a text's opening quoted, a list's heading, a toll by then, observers' shared view
    and a share price's state by then (events.yaml, not_news: never_openers, opening_*, list_*, toll_*, view_*,
    market_state_*), compiled: runs of listed words at fixed
    places, at most a bounded run of words between (no backtracking across them)."""
    never = rf"^(?:{_words_pattern(table['never_openers'])})\b"
    opening = rf"\b(?:{_words_pattern(table['opening_texts'])})\s++(?:{_words_pattern(table['opening_verbs'])})\s++" \
              rf"(?:{_words_pattern(table['opening_ends'])})\W*+$"
    list_heading = rf"\b(?:{_words_pattern(table['list_participles'])})\s++(?:{_words_pattern(table['list_links'])})\b"
    toll_level = rf"\b(?:{_words_pattern(table['toll_subjects'])})\s++(?:[\w'’-]++\s++){{0,3}}?" \
                 rf"(?:{_words_pattern(table['toll_levels'])})\b"
    groups = _words_pattern(table["generic_groups"] + table["view_groups"])
    shared_view = rf"^(?:[\w'’]++\s++)?(?:[\w'’]++-)?(?:{groups})\s++(?:(?:{_words_pattern(table['view_adverbs'])})\s++)?" \
                  rf"(?:{_words_pattern(table['view_agreements'])})\b"
    market_state = rf"^(?:[\w'’-]++\s++){{0,2}}?(?:{_words_pattern(table['market_state_subjects'])})\s++had\s++been\s++" \
                   rf"(?:{_words_pattern(table['market_state_verbs'])})\b"
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in (
        ("never", never), ("opening", opening), ("list_heading", list_heading), ("toll_level", toll_level),
        ("shared_view", shared_view), ("market_state", market_state))}


def _newsgathering(table: dict, outlets: str, staff: str, witness: str) -> Newsgathering:
    """The outlet's staff as doer or recipient and a source's contacting (events.yaml, not_news), compiled: runs of
    listed words and bounded runs of words, nothing that can backtrack. `staff` holds the possessive ("CNN's X")."""
    staffed = rf"(?:{outlets})\s*+(?:{staff})"
    sighting = rf"^(?:(?:the|a|an)\s++)?(?:{outlets})(?:\s*+(?:{staff}))?(?:\s++[\w'’-]++){{0,3}}?\s++(?:{witness})\b"
    guided = (rf"\b(?:{_words_pattern(table['guided_verbs'])})\s++(?:(?:a|an|the)\s++(?:team|group|party|crew)\s++of\s++)?"
              rf"(?:(?:a|an|the)\s++)?{staffed}\b"
              rf"|^(?:(?:the|a|an|some|several|\d++)\s++)?(?:(?:{outlets})\s++)?"
              rf"(?:{_words_pattern(table['guided_subjects'])})\s++(?:were|was|are|had\s++been|have\s++been)\s++"
              rf"(?:{_words_pattern(table['guided_passives'])})\b")
    # from the title's start, words only: "..., a U.S. official told CNN" closes a told event (its comma) and stays
    told = rf"^(?:[\w'’.-]++\s++){{1,10}}?(?P<verb>{_words_pattern(table['telling_verbs'])})\s++(?:{outlets})(?:\s*+(?:{staff}))?" \
           rf"(?:\s++(?:{_words_pattern(table['telling_manners'])}))?" \
           rf"(?:\s++(?:{_words_pattern(table['telling_places'])})\s++(?:[\w'’.-]++\s++){{0,6}}?[\w'’.-]++)?\W*+$"
    contacts = _words_pattern(table["contact_phrases"])
    markers = _words_pattern(m for m in table["contact_markers"] if m != ",")
    comma = "|," if "," in table["contact_markers"] else ""
    return Newsgathering(
        sighting=re.compile(sighting, re.IGNORECASE), happenings=frozenset(table["witnessed_happenings"]),
        guided=re.compile(guided, re.IGNORECASE), told=re.compile(told, re.IGNORECASE),
        contact=re.compile(rf"\b(?:{contacts})\b", re.IGNORECASE),
        promo=re.compile(rf"^(?:{_words_pattern(table['promo_openers'])})\s*+(?:--|—|–|:)", re.IGNORECASE),
        contact_clause=re.compile(rf"(?:\b(?:{markers})\b{comma})\s*+(?:[\w'’-]++\s++)?(?:{contacts})\b", re.IGNORECASE))


def _newsgathering_kind(found: NotNews, title: str, sentence: str) -> bool:
    """Whether the title's act is the outlet's own work (its staff saw a thing, were shown or taken somewhere, were
    told and nothing of it follows) or a source's contacting someone in a sentence whose news is what was said."""
    work = found.newsgathering
    sighting = work.sighting.search(title)
    if sighting and not work.happenings & {w.lower() for w in words_of(title[sighting.end():])}:
        return True  # "A Reuters reporter saw equipment in boxes"; "saw rockets strike the city" stays
    told = work.told.search(title)
    # the telling verb itself ("spoke to", no reporting verb) is no act before it
    if work.guided.search(title) or told and not _acts_before(title[: told.start("verb")] + " " + title[told.end("verb"):]):
        return True  # "showed a team of Reuters reporters a mosque", "Reporters were taken to", "told Reuters"
    contact = work.contact.search(title)
    if not contact or not sentence or _reports_after(found, title[contact.end():].split()):
        return False
    clause = work.contact_clause.search(sentence)
    return bool(clause) and _reports_after(found, sentence[clause.end():].split())


def _rhetoric_patterns(table: dict) -> dict[str, re.Pattern[str]]:
    """The writer's verdicts, nightfall and distances (events.yaml, not_news: retrospect_phrases, emphasis_verbs,
    nightfall_phrases, distance_*), compiled: runs of listed words, the emphasis's subject one bounded lazy run from
    the title's start (group "before"), no repetition that can backtrack."""
    emphasis = _words_pattern(table["emphasis_verbs"])
    hedges, units = _words_pattern(table["distance_hedges"]), _words_pattern(table["distance_units"])
    shapes = {
        "retrospect": rf"\b(?:{_words_pattern(table['retrospect_phrases'])})\b",
        "emphasis": rf"^(?P<before>(?:\S++\s++){{0,12}}?)(?:(?:is|are|was|were|been)\s++(?:{emphasis})\s++by\b"
                    rf"|(?:{emphasis})\s++(?:{_words_pattern(table['emphasis_clause_openers'])})\b)",
        "nightfall": rf"^(?:{_words_pattern(table['nightfall_phrases'])})\b",
        "distance": rf"\b(?:{_words_pattern(table['distance_verbs'])})\s++(?:(?:{hedges})\s++)?"
                    rf"(?:\d[\d.,]*+|a\s++few|a\s++couple\s++of)\s++(?:{units})\b",
    }
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}


def _comparison_and_plan_patterns(table: dict) -> dict[str, re.Pattern[str]]:
    """A comparison, a plan told with "to" after a copula and an intention or a pending event (events.yaml,
    not_news), compiled: runs of listed words, the plan's subject one bounded lazy run from the title's start (group
    "before"), no repetition that can backtrack. A plan's verb is a lower-case word that is no determiner ("was to
    the east" is a place)."""
    numbers = "|".join(["twice", r"(?:\d[\d.,]*+|" + _words_pattern(rules()["number_words"]) + r")\s++times"])
    comparison = rf"\b(?:{_words_pattern(table['comparison_phrases'])})\b" \
                 rf"|\b(?:{numbers})\s++(?:{_words_pattern(table['comparison_multiples'])})\b"
    to_plan = rf"^(?P<before>(?:\S++\s++){{1,10}}?)(?:{_words_pattern(table['to_plan_copulas'])})\s++" \
              rf"(?:(?:{_words_pattern(table['to_plan_words'])})\s++)?to\s++" \
              rf"(?!(?:{_words_pattern(table['to_plan_not_plans'])}" \
              r"|the|a|an|his|her|their|its|this|that|these|those)\b)" \
              r"(?-i:[a-z])"
    adverbs = _words_pattern(table["intent_adverbs"])
    intent = rf"^(?P<before>(?:\S++\s++){{1,6}}?)(?:(?:{adverbs})\s++){{0,2}}" \
             rf"(?:(?:{_words_pattern(table['intent_verbs'])})\s++(?-i:[a-z])" \
             rf"|(?:{_words_pattern(table['pending_verbs'])})\s++(?:(?:a|an|the|another)\s++)?" \
             r"(?:[\w'’-]++\s++){0,2}?" \
             rf"(?:{_words_pattern(table['pending_nouns'])})\b)"
    plan_word = rf"\b(?:{_words_pattern(table['to_plan_copulas'])})\s++" \
                rf"(?:(?:{_words_pattern(table['to_plan_words'])})\s++)?to\b"
    return {"comparison": re.compile(comparison, re.IGNORECASE), "to_plan": re.compile(to_plan, re.IGNORECASE),
            "intent": re.compile(intent, re.IGNORECASE), "plan_word": re.compile(plan_word, re.IGNORECASE)}


def _gap_patterns(table: dict) -> dict[str, re.Pattern[str]]:
    """What is not known, a document's date, an assessment, a condition and a refusal to comment (events.yaml,
    not_news), compiled: runs of listed words, at most two free words between, no repetition that can backtrack."""
    shapes = {
        "unknown": rf"\b(?:{_words_pattern(table['unknown_phrases'])})\s++(?:[\w'’-]++\s++){{0,2}}?"
                   rf"(?:{_words_pattern(table['unknown_questions'])})\b",
        "document_date": rf"\b(?:{_words_pattern(table['document_dates'])})\b(?!\s++(?:to|back|from)\b)"
                         rf"|^(?:(?:the|a|an|that|this)\s++)?(?:{_words_pattern(table['dated_paper_nouns'])})\s++dated\b"
                         r"(?![^.;]*?\b(?-i:[a-z]++ed)\b)",
        "assessment": rf"\b(?:is|are|was|were|being|been)\s++(?:(?:{_words_pattern(table['assessment_adverbs'])})\s++)?"
                      rf"(?:{_words_pattern(table['assessment_verbs'])})\s++as\b",
        "condition": rf"^(?:{_words_pattern(table['condition_openers'])})\b",
        "no_comment": rf"\b(?:{_words_pattern(table['no_comment_phrases'])})\b",
        "market_report": rf"\b(?:{_words_pattern(table['market_jargon'])})\b",
        # the word before the phrase, so a passive or an accustoming ("was used to", "got used to") can be told apart
        "habit": rf"(?P<before>[\w'’]*+)\s++(?:{_words_pattern(table['habit_phrases'])})\s++[a-z]",
        "nothing": rf"^(?:{_words_pattern(table['nothing_subjects'])})\s++"
                   rf"(?:{_words_pattern(table['nothing_auxiliaries'])})\b",
    }
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}


def _caption_and_future_patterns(table: dict) -> dict[str, re.Pattern[str]]:
    """A photograph's caption, a wire page's teaser and a future tense (events.yaml, not_news), compiled: a bounded
    lazy run of words from the title's start, then listed words; the future's verb is a lower-case word that is no
    determiner or preposition ("will be", not "good will of")."""
    caption = rf"^(?P<subject>(?:\S++\s++){{1,5}}?)(?:{_words_pattern(table['caption_titles'])})" \
              rf"(?:\s++(?:{_words_pattern(table['caption_links'])})\b|\W*+$)"
    future = rf"^(?P<before>(?:\S++\s++){{0,12}}?)(?:{_words_pattern(table['future_markers'])})\s++" \
             r"(?!(?:of|the|a|an|that|to|and|or|his|her|their|its|be\s++done)\b)(?-i:[a-z])"
    past_forecast = rf"^(?P<before>(?:\S++\s++){{0,12}}?)(?:{_words_pattern(table['past_forecast_openers'])})\b"
    picture = rf"^(?:the\s++)?(?:[\w'’-]++\s++){{0,2}}?(?:{_words_pattern(table['picture_nouns'])})\b" \
              rf"(?P<between>[^.;]*?)\b(?:{_words_pattern(table['picture_verbs'])})\b"
    # a paper's showing: up to three words, the paper, at most eight words (each one possessive run) and the verb
    document = rf"^(?P<opening>(?:[\w'’-]++\s++){{0,3}}?)(?:{_words_pattern(table['document_nouns'])})\b" \
               rf"(?P<between>(?:,?\s++[\w'’.-]++){{0,8}}?)\s++(?:{_words_pattern(table['document_verbs'])})\b"
    return {"past_forecast": re.compile(past_forecast, re.IGNORECASE), "caption": re.compile(caption, re.IGNORECASE),
            "picture": re.compile(picture, re.IGNORECASE), "document": re.compile(document, re.IGNORECASE),
            "document_gap_blockers": frozenset(table["document_gap_blockers"]),
            "document_verb": re.compile(rf"\b(?:{_words_pattern(table['document_verbs'])})\b", re.IGNORECASE),
            "link_teaser": re.compile(rf"\b(?:{_words_pattern(table['teaser_marks'])})\b"),
            "future": re.compile(future, re.IGNORECASE)}


def _column_and_forecast_patterns(table: dict) -> dict[str, re.Pattern[str]]:
    """A columnist's piece and a forecast or poll of analysts (events.yaml, not_news), compiled: runs of listed words
    at fixed places, at most one free word, no repetition that can backtrack. The column's outlet is told by its
    capital, so that letter is matched case-sensitively."""
    column = rf",\s*+(?:{_words_pattern(table['column_verbs'])})\s++(?:[\w'’-]++\s++)?" \
             rf"(?:{_words_pattern(table['column_links'])})\s++(?:the\s++)?(?-i:[A-Z])"
    predicted = rf"\b(?:{_words_pattern(table['forecast_nouns'])})\s++for\b" \
                rf"|\b(?:{_words_pattern(table['poll_nouns'])})\s++of\s++(?:[\w'’-]++\s++)?" \
                rf"(?:{_words_pattern(table['poll_subjects'])})\b"
    return {"column": re.compile(column, re.IGNORECASE), "predicted": re.compile(predicted, re.IGNORECASE)}


def _opinion_patterns(table: dict) -> dict:
    """Hypotheticals, generic opinion, impressions and moods (events.yaml, not_news), compiled: runs of listed words
    and bounded runs of words, no repetition that can backtrack."""
    turns = _words_pattern(table["impression_turns"])
    there = r"there\s++(?:was|were|is|are|has\s++been|have\s++been)\s++"
    moods, quantifiers = _words_pattern(table["mood_nouns"]), _words_pattern(table["mood_quantifiers"])
    shapes = {
        # "have" then a verb, not "have to" (an obligation): "could have prevented", "would have been"
        "hypothetical": rf"\b(?:{_words_pattern(table['counterfactual_modals'])})\s++(?!to\b)(?-i:[a-z])",
        "counterfactual_if": rf"^if\s++(?:[\w'’-]++\s++){{0,4}}?(?:{_words_pattern(table['counterfactual_conditions'])})"
                             r"(?![\w'’])",
        "generic_opinion": rf"^(?:(?:{_words_pattern(table['generic_subjects'])})\s++(?:[\w'’-]++\s++){{1,2}}?"
                           rf"|(?:(?:{_words_pattern(table['generic_subjects'])})\s++)?"
                           rf"(?:{_words_pattern(table['generic_groups'])})\s++)"
                           rf"(?:{_words_pattern(table['generic_verbs'])})\b",
        "impression": rf"^(?P<subject>(?:\S++\s++){{1,5}}?)(?:{_words_pattern(table['impression_verbs'])})\b"
                      rf"(?!\s++(?:{turns})\b)",
        # the word after the state verb is group "next": the caller keeps an act ("to have abandoned")
        "appearance": rf"^(?P<subject>(?:\S++\s++){{1,5}}?)(?:{_words_pattern(table['appearance_verbs'])})\s++to\s++"
                      rf"(?:{_words_pattern(table['appearance_states'])})\s++(?P<next>[\w'’-]++)",
    }
    compiled: dict = {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}
    compiled["appearance_acts"] = frozenset(table["appearance_acts"])
    compiled["mood"] = tuple(re.compile(shape, re.IGNORECASE) for shape in (
        rf"^(?:[\w'’-]++,?\s++)?{there}(?:(?:{quantifiers})\s++)?(?:{moods})\b",
        rf"^(?:the\s++)?(?:[\w'’-]++\s++)?(?:{moods}|{_words_pattern(table['mood_question_nouns'])})\s++"
        rf"(?:{_words_pattern(table['mood_moves'])})\b"))
    return compiled


def _untold_patterns(table: dict) -> dict:
    """Reporting notes, links' titles, lists of links and deadlines (events.yaml, not_news), compiled. A clip's title
    is told by its capitals, so those shapes are case-sensitive."""
    contacts = _words_pattern(table["untold_contacts"])
    untold = (
        rf"\b(?:{_words_pattern(table['untold_verbs'])})\s++(?:[\w'’-]++\s++){{0,4}}?what\s++(?:had\s++)?happened\b",
        r"\b(?:has|have|had|offered|gave|provided)\s++(?:[\w'’-]++\s++){0,2}?(?:more|further|additional)\s++details?\b",
        rf"\b(?:{contacts})\b[^.;]*?\bnot\s++(?:been\s++)?(?:answered|returned)\b",
        rf"\b(?:{_words_pattern(table['untold_wordings'])})\W*+$",
        rf"\b(?:{_words_pattern(table['interview_verbs'])})\s++(?:to|with)\s++(?:{_words_pattern(table['outlets'])})"
        r"(?:['’]s\s++(?-i:[A-Z][\w.'’-]*+)(?:\s++(?-i:[A-Z0-9][\w.'’-]*+)){0,2})?\W*+$",  # "CNN's Nic Robertson"
        rf"\bdid\s++not\s++(?:immediately\s++)?(?:respond|reply)\s++to\s++(?:(?:a|an|our|his|her)\s++)?"
        rf"(?:[\w'’-]++\s++)?(?:{contacts})\b",  # "a CNN inquiry": one word may name who asked
    )
    # a gerund: one run of letters that ends in "ing" (not possessive, so "ing" can close it)
    clip = (r"^(?:[A-Z][\w'’.-]*+\s++){1,4}?on\s++[a-z][a-z'’-]*ing\b", r"\bAired\W*+$",
            r"^By\s++(?:[A-Z][\w'’.-]*+\s++){1,4}?[A-Z][\w'’.-]*+,\s++Special\s++to\b")
    return {
        "untold": tuple(re.compile(shape, re.IGNORECASE) for shape in untold),
        "clip": tuple(re.compile(shape) for shape in clip),
        "link_item": re.compile(r"(?:^|(?<=\s))((?:19|20)\d\d):\s"),
        "deadline": re.compile(rf"\b(?:{_words_pattern(table['deadline_holders'])})\s[^.;]*?\bto\s++(?P<task>[a-z][\w'’-]*+)",
                               re.IGNORECASE),
    }


def _aside_patterns(table: dict) -> dict[str, re.Pattern[str]]:
    """The openers and verbs of not_news's questions, asides, obligations and expectations (events.yaml), compiled:
    each a run of listed words at a fixed place, no repetition that can backtrack."""
    shapes = {
        "question": rf"^(?:{_words_pattern(table['question_openers'])})\b",
        "commentary": rf"^(?:{_words_pattern(table['commentary_openers'] + table['reader_asides'])})\b",
        "obligation": rf"\b(?:{_words_pattern(table['obligation_verbs'])})\s++to\s++(?-i:[a-z])",
        "expectation": rf"\b(?:is|are|am)\s++(?:{_words_pattern(table['expectation_verbs'])})\b",
    }
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}


def _scene_patterns(table: dict) -> dict[str, re.Pattern[str]]:
    """Scenes, absences and guesses (events.yaml, not_news), compiled. The scene's subject (group "subject": the
    caller checks no verb is in it) is one bounded lazy run of up to six words or marks from the title's start ("A
    href = The Libyan capital": page residue stays in it); the others are runs of listed words."""
    degrees = _words_pattern(table["scene_degrees"])
    shapes = {
        "scene": rf"^(?P<subject>(?:\S++\s++){{1,6}}?)(?:{_words_pattern(table['scene_copulas'])})\s++"
                 rf"(?:(?:{degrees})\s++)?(?:(?:{_words_pattern(table['scene_states'])})\b"
                 rf"|(?:{_words_pattern(table['scene_ends'])})\W*+$)(?P<rest>.*+)",
        "absence": rf"^(?:{_words_pattern(table['absence_openers'])})\s++"
                   rf"(?:{_words_pattern(table['absence_nouns'])})\b",
        "guess": rf"^(?:{_words_pattern(table['guess_openers'])})\b|\b(?:{_words_pattern(table['guess_hedges'])})\b",
        "idle": rf"^(?:{_words_pattern(table['idle_subjects'])})\s++(?:[\w'’-]++\s++){{0,4}}?"
                rf"(?:{_words_pattern(table['idle_verbs'])})\b",
    }
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}


def _figure_patterns(table: dict) -> tuple[re.Pattern[str], ...]:
    """The shapes of a figure told as if it were an event (events.yaml, not_news: a count moving to a new level, a
    price level, a valuation, a rate with a count for its subject, a period's output). Each `[^.;]*?` is one lazy run
    within a clause: no nesting, linear time."""
    nouns, moves = _words_pattern(table["figure_nouns"]), _words_pattern(table["figure_moves"])
    rates = _words_pattern(table["rate_phrases"])
    offsets = _words_pattern(rules()["anchored_offset_ends"])
    # "At least 8,360 Turkish citizens have been evacuated so far": a bound before the count is the count's
    quantity = r"(?:(?:about|some|nearly|almost|around|roughly|over|more\s++than|up\s++to|at\s++least)\s++)?"
    amount = r"(?:\d[\d.,]*+|one|two|three|four|five|six|seven|eight|nine|ten|a|half\s++a)"
    counts = "two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands"
    outputs = _words_pattern(table["output_verbs"])
    shapes = (
        rf"\b(?:{nouns})(?:\s++[\w'’-]++){{0,5}}?\s++(?:{moves})\b[^.;]*?\d",
        rf"\b(?:{_words_pattern(table['price_nouns'])})\b[^.;]*?\b(?:at|up|down)\s++(?:about\s++)?[$£€\d]",
        rf"\b(?:is|are|was|were|been)\s++(?:{_words_pattern(table['valuation_verbs'])})\s++at\b",
        rf"\b(?:is|are|was|were)\s++(?:roughly\s++|about\s++|almost\s++|nearly\s++)?"
        rf"(?:{_words_pattern(table['comparison_adjectives'])})\s++to\b",
        rf"\b(?:{_words_pattern(table['level_verbs'])})\s++at\s++(?:about\s++)?[$£€\d]",
        rf"^(?:(?:the|that|this)\s++)?{quantity}(?:\d|(?:{nouns})\b)[^.;]*?\b(?:{rates})\b(?!\s++(?:{offsets})\b)",
        rf"^{quantity}{amount}(?:\s++(?:million|billion|thousand|hundred))?\s++(?:{_words_pattern(table['mass_units'])})"
        rf"\s++of\b[^.;]*?\b(?:{outputs})\b",
        rf"^{quantity}\d[\d.,]*+(?:\s++(?:million|billion|thousand|hundred))?\s++(?:[\w'’-]++\s++){{1,3}}?"
        rf"(?:was|were|has|have|had)\s++(?:been\s++)?(?:{outputs})\b",
        rf"\b(?:{outputs})\s++{quantity}\d[\d.,]*+[^.;]*?\b(?:{rates})\b(?!\s++(?:{offsets})\b)",
        rf"\b(?:has|have)\s++(?!been\b)[\w'’-]++\s++{quantity}(?:\d[\d.,]*+|{counts})\b[^.;]*?\bso\s++far\b",
        rf"^{quantity}(?:\d[\d.,]*+|{counts})\s++(?:[\w'’-]++\s++){{1,3}}?(?:has|have)\s++been\s[^.;]*?\bso\s++far\b",
        r",\s++up\s++from\s++(?:about\s++|nearly\s++|almost\s++|around\s++)?\d",
        # "This represents a rise of 4,638 cases and 18 deaths since the last report": a count set against the last
        rf"\b(?:{_words_pattern(table['comparison_links'])})\s++an?\s++(?:[\w-]++\s++)?"
        rf"(?:{_words_pattern(table['comparison_moves'])})\s++of\s++{quantity}\d",
        # "The latest global figures issued by the WHO gave the number of recorded swine flu cases": a release of figures
        rf"^(?:the\s++)?(?:(?:{_words_pattern(table['release_modifiers'])})\s++){{0,3}}"
        rf"(?:{_words_pattern(table['release_nouns'])})\b[^.;]*?\b(?:{_words_pattern(table['release_verbs'])})\b",
        *_poll_market_and_total_shapes(table, quantity, counts),
    )
    return tuple(re.compile(shape, re.IGNORECASE) for shape in shapes)


def _poll_market_and_total_shapes(table: dict, quantity: str, counts: str) -> tuple[str, ...]:
    """More figure shapes (events.yaml, not_news): a poll's share ("37% say it was the wrong decision"), a
    market moved by an event ("pushed Brent to almost $120", "sent BP's shares tumbling"), a total reported to date
    ("41 countries had reported 11,034 cases", total_*), "knocked billions off the BP share price", a running total
    ("At least 24 people have already died") and a headcount ("it employs 80,300
    people"). Runs of listed words and bounded runs of words; each `[^.;]{0,40}?` is one lazy run: linear time."""
    bounds = _words_pattern(table["figure_bounds"])
    markets = _words_pattern(rules()["market_subjects"])
    level = rf"to\s++(?:(?:{bounds})\s++)?(?:[$£€\d]|(?:a|an|its|their|the)\s++(?:[\w-]++\s++){{0,2}}?" \
            rf"(?:{_words_pattern(table['market_levels'])})\b)"
    return (
        rf"^(?:(?:{bounds})\s++)?\d[\d.,]*+\s*+(?:%|percent\b|per\s++cent\b)\s*+(?:of\s++(?:[\w'’-]++\s++){{1,2}}?)?"
        rf"(?:{_words_pattern(table['poll_verbs'])})\b",
        rf"\b(?:{_words_pattern(table['market_push_verbs'])})\s++(?:[\w'’.-]++\s++){{0,3}}?(?:{markets})\s++"
        rf"(?:{level}|(?:{_words_pattern(table['market_push_moves'])})\b)",
        # "41 countries had reported 11,034 cases": a count to date (an increment, "three more deaths", stays)
        rf"\b(?:has|have|had)\s++(?:(?:{_words_pattern(table['total_adverbs'])})\s++)?"
        rf"(?:{_words_pattern(table['total_verbs'])})\s++{quantity}\d[\d.,]*+\s++"
        rf"(?!(?:{_words_pattern(table['total_increments'])})\b)(?:[\w'’-]++\s++){{0,2}}?"
        rf"(?:{_words_pattern(table['total_nouns'])})\b",
        rf"\b(?:knocked|wiped)\s[^.;]{{0,40}}?\boff\s++(?:the\s++)?(?:[\w'’.-]++\s++){{0,2}}?(?:{markets})\b",
        rf"^{quantity}(?:\d[\d.,]*+|{counts})\s++(?:[\w'’-]++\s++){{1,3}}?(?:has|have)\s++already\b",
        rf"\b(?:{_words_pattern(table['headcount_verbs'])})\s++{quantity}\d",
        *_market_level_and_estimate_shapes(table),
    )


def _market_level_and_estimate_shapes(table: dict) -> tuple[str, ...]:
    """Two figure shapes (events.yaml, not_news): a market reaching an amount of money ("Brent's premium to U.S. crude
    reached a record $26.69": `market_subjects`, `market_reach_verbs`, up to four words, a currency sign) and an
    estimate told in the present ("The Obama administration estimates U.S. military operations ... have cost": up to
    five words from the title's start, none of `estimate_not_subjects`, one of `estimate_verbs`, and later in its clause
    one of `estimate_costs`). Bounded runs of words and a bounded lazy run ("U.S." holds stops): linear time."""
    markets = _words_pattern(rules()["market_subjects"])
    not_subjects = _words_pattern(table["estimate_not_subjects"])
    return (
        rf"\b(?:{markets})\s++(?:{_words_pattern(table['market_reach_verbs'])})\s++(?:[\w-]++\s++){{0,4}}?[$£€]\s?+\d",
        rf"^(?:(?!(?:{not_subjects})\b)[\w'’.-]++\s++){{1,5}}?(?:{_words_pattern(table['estimate_verbs'])})\s++"
        rf"(?!(?:of|for|by|from|to|at|on|in|were|was|are|is|have|has|had|put|show|suggest)\b)[^;]{{0,120}}?"
        rf"\b(?:{_words_pattern(table['estimate_costs'])})\b",
    )


def _sortie_pattern(table: dict) -> re.Pattern[str]:
    """A count of missions flown ("The alliance conducted 142 sorties"): events.yaml, not_news, `sortie_verbs` and
    `sortie_nouns`; a number, maybe one word, the noun."""
    quantity = r"(?:(?:about|some|nearly|almost|around|roughly|over|more\s++than|up\s++to)\s++)?"
    return re.compile(rf"\b(?:{_words_pattern(table['sortie_verbs'])})\s++{quantity}\d[\d,]*+\s++(?:[\w-]++\s++)?"
                      rf"(?:{_words_pattern(table['sortie_nouns'])})\b", re.IGNORECASE)


@cache
def _own_programme() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """events.yaml not_news `programme_*`, compiled once: a programme made ("did a phone-in"), a show named and a show
    made from somewhere ("was presented from")."""
    table = rules()["not_news"]
    made = re.compile(rf"\b(?:{_words_pattern(table['programme_verbs'])})\s++(?:a|an|the|its|their)\s++"
                      rf"(?:[\w'-]++\s++)?(?:{_words_pattern(table['programme_nouns'])})(?![\w-])", re.IGNORECASE)
    show = re.compile(rf"\b(?:{_words_pattern(table['programme_shows'])})\b", re.IGNORECASE)
    made_from = re.compile(rf"\b(?:{_words_pattern(table['programme_passives'])})\b", re.IGNORECASE)
    return made, show, made_from


def _makes_own_programme(title: str) -> bool:
    """A broadcaster's own programme (events.yaml not_news, programme_*): "BBC Radio 5 Live did a phone-in", "World
    Have Your Say - the World Service discussion program - was presented from a rooftop"."""
    made, show, made_from = _own_programme()
    if made.search(title):
        return True
    passive = made_from.search(title)
    return passive is not None and show.search(title[: passive.start()]) is not None


def not_news_kind(title: str, sentence: str = "") -> str:
    """Why a title tells no news of the story ("own reporting", "inference", "judgement"), or "" for news; `sentence`
    (the title's sentence) shows what the title drops ("Today ...", an "expected to ... when" clause)."""
    found = not_news()
    if found.own_reporting.search(title):
        return "own reporting"  # "The Observer met him": the paper's work, not the story's
    trip = found.own_trip.search(title)
    if trip and not _reports_after(found, title[trip.end():].split()):
        return "own reporting"  # "Reuters reporters drove through the area"; "traveled to Ajdabiyah, saw smoke" stays
    if _newsgathering_kind(found, title, sentence):
        return "own reporting"  # "A Reuters reporter saw equipment in boxes", "Reporters were taken to ..."
    if _makes_own_programme(title):
        return "own reporting"  # "BBC Radio 5 Live did a phone-in": the broadcaster's programme, not the story
    if found.inference.search(title):
        return "inference"  # "This letter suggests ...": the writer's analysis
    judgement = found.judgement.search(title)
    if judgement and not lexicon().reporting_verbs & set(words_of(title[: judgement.start()])):
        return "judgement"  # "... is a slap at the regime": an opinion; "He said the vote was a sign" tells the saying
    belief = found.belief.search(title)
    if belief and not lexicon().reporting_verbs & set(words_of(belief.group())):
        return "belief"  # "He believes the attack was meant to ...": an opinion; "said they believe he was killed" tells
    if found.newsgathering.promo.search(title):
        return "teaser"  # "Next -- there's to be a trial over the death of ...": the broadcast's next item
    teaser = found.teaser.search(sentence)
    if teaser and teaser.group("verb").lower() in title.lower():
        return "teaser"  # "Today Margaret Evison talks about her son": a programme's listing ("Mark died in 2009" stays)
    if found.forecast.search(sentence) and not any(is_past(word) for word in words_of(title)):
        return "forecast"  # "... expected to be under water when flood levels peak": what may come
    description = found.description.search(title)
    if description and not _tells_before(title[: description.start()]) \
            and not (description.group("state") and _attributed(title, sentence)):
        return "description"  # "The aircraft is the RAF's trainer": a state of things
    kind = _figure_or_state(found, title, sentence)
    if not kind and writes_analysis(title):
        return "judgement"  # "Gadhafi faced new international pressure": the writer's analysis, not an event
    return kind


@cache
def _standing() -> dict[str, re.Pattern[str]]:
    """events.yaml not_news `standing` (nonevents24), compiled: runs of listed words and bounded runs of words (each
    `{m,n}?` run holds words, no nesting): linear time."""
    table, not_news_table = rules()["not_news"]["standing"], rules()["not_news"]
    quantity = r"(?:(?:about|some|nearly|almost|around|roughly|only|over|more\s++than|less\s++than|up\s++to)\s++)?"
    amount = rf"{quantity}\d[\d.,]*+\s*+(?:(?:m|million|k|thousand|bn|billion)\b\s*+)?"
    outlets = _words_pattern(not_news_table["outlets"] + table["sourcing_sites"])
    shapes = {
        "audience": rf"\b(?:{_words_pattern(table['audience_verbs'])})\s++{amount}(?:[\w-]++\s++)?"
                    rf"(?:{_words_pattern(table['audience_nouns'])})\b",
        "reading": rf"^(?:[\w'’.,-]++\s++){{1,8}}?(?:{_words_pattern(table['reading_verbs'])})\s++"
                   rf"(?:{_words_pattern(table['reading_nouns'])})\s++of\b",
        "level": rf"\b(?:{_words_pattern(not_news_table['figure_nouns'])})\s*+"
                 rf"(?:{_words_pattern(table['level_copulas'])})\s++(?:now\s++)?(?:up|down)\s++(?:from|by|to|[$£€\d])",
        "ongoing": rf"\b(?:is|are)\s++(?:(?:still|now|only)\s++)?(?:being\s++(?:{_words_pattern(table['ongoing_outputs'])})"
                   rf"\b|(?:{_words_pattern(table['ongoing_progressives'])})\s++{quantity}\d)",
        "comparison": rf"\b(?:{_words_pattern(table['comparison_prompts'])})\s++(?:[\w'’-]++\s++){{0,2}}?"
                      rf"(?:{_words_pattern(table['comparison_nouns'])})\s++(?:to|with|between)\b"
                      rf"|^(?:the\s++)?(?:{_words_pattern(table['comparison_nouns'])})\s++(?:to|with|between)\b",
        "worry": rf"^(?P<subject>(?:[\w'’.-]++\s++){{1,4}}?)(?:also\s++)?"
                 rf"(?:{_words_pattern(table['worry_verbs'])})\s++that\b",
        "statistic": rf"\b(?:{_words_pattern(table['statistic_phrases'])})(?![\w-])",
        "anniversary": rf"^(?:the|a|an)\s++(?:[\w-]++\s++)?(?:{_words_pattern(table['anniversary_nouns'])})\s++of\b",
        "stance": rf"\b(?:{_words_pattern(table['stance_phrases'])})\W*+$",
        "weather": rf"^(?:a|an|the|thick|heavy|dense)\s++(?:[\w-]++\s++)?(?:{_words_pattern(table['weather_nouns'])})\s++"
                   rf"(?:{_words_pattern(table['veil_verbs'])})\b",
        "sourcing": rf"^(?:[\w'’.-]++\s++){{1,4}}?(?:{_words_pattern(table['sourcing_verbs'])})\s++(?:for|to)\s++"
                    rf"(?:{outlets})\W*+$",
    }
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}


def _standing_kind(title: str) -> str:
    """A standing figure, a comparison drawn by no one, a worry and a sourcing line (events.yaml, not_news,
    standing): "attracted 2.5 million viewers", "Alex had sustained winds of about 50 mph", "The total figure is up
    from ...", "only a minimal amount is being exported", "evoked comparisons to ...", "Washington worries that ...",
    "Abdallah recounted for CNN.com"; or "" for news."""
    shapes, table = _standing(), rules()["not_news"]["standing"]
    if any(shapes[name].search(title) for name in ("audience", "reading", "level", "ongoing", "statistic")):
        return "figure"
    if shapes["comparison"].search(title):
        return "comparison"
    worry = shapes["worry"].search(title)
    if worry and not _tells_before(worry.group("subject")) \
            and words_of(worry.group("subject"))[-1:] != [] \
            and words_of(worry.group("subject"))[-1] not in table["worry_not_last"]:
        return "belief"
    if shapes["sourcing"].search(title):
        return "own reporting"
    if shapes["stance"].search(title):
        return "state"
    if shapes["weather"].search(title):
        return "scene"
    if shapes["anniversary"].match(title) and _verbs_only_in_relatives(title, table["anniversary_relatives"]):
        return "background"
    return ""


@cache
def _sidelines() -> dict[str, re.Pattern[str]]:
    """events.yaml not_news `sidelines` (nonevents25), compiled: runs of listed words and bounded runs of words (each
    `{m,n}?` run holds words, no nesting): linear time."""
    table, not_news_table = rules()["not_news"]["sidelines"], rules()["not_news"]
    numbers = rf"(?:\d[\d.,]*+|{_words_pattern(rules()['number_words'])})"
    word = r"[\w'’.,-]++"
    shapes = {
        "anonymity": rf"\b(?:{_words_pattern(table['anonymity_phrases'])})\W*+$",
        "record": rf"(?:^|[“\"‘'])the\s++last\s++(?:{word}\s++){{0,2}}?(?:{_words_pattern(table['record_degrees'])})"
                  rf"\s++(?-i:[a-z])",
        "wiped": rf"\b(?:{_words_pattern(table['wipe_verbs'])})\s++(?:{word}\s++){{0,3}}?off\s++(?:{word}\s++){{0,4}}?"
                 rf"(?:{_words_pattern(table['value_nouns'])})\b",
        "lone_voice": rf"^(?:{_words_pattern(table['lone_voice_openers'])})\s++(?:[\w-]++\s++)?"
                      rf"(?:{_words_pattern(table['lone_voices'])})\s++(?:{_words_pattern(table['lone_voice_verbs'])})\b",
        "forecast_hedge": rf"\b(?:{_words_pattern(table['forecast_hedges'])})\b",
        "forecasters_close": rf",\s*+(?:(?:some|many|most|several|the)\s++)?(?:{_words_pattern(table['forecasters'])})\s++"
                             rf"(?:{_words_pattern(table['forecast_verbs'])})(?:\s++(?:today|yesterday))?\W*+$",
        "ward": rf"^(?:(?:one|a|an|the|another|this|that)\s++)?(?:[\w-]++\s++)?(?:{_words_pattern(table['ward_nouns'])})"
                rf"\s++(?:(?:has|had|have)\s++)?(?:{_words_pattern(table['ward_verbs'])})\s++(?:(?:about|some|at\s++least|"
                rf"more\s++than|nearly|around)\s++)?{numbers}\b",
        "trend": rf"^(?:the\s++)?(?:{_words_pattern(not_news_table['figure_nouns'] + table['flow_nouns'])})\s++of\s++"
                 rf"(?:{word}\s++){{1,8}}?(?:(?:has|have|had|is|are|was|were)\s++)?(?:been\s++)?"
                 rf"(?:{_words_pattern(table['trend_verbs'])})(?:\s++(?:{_words_pattern(table['trend_fillers'])}))?\W*+$",
        "series": rf"^(?:(?:the|that|this|their|its|his|her)\s++)?[\w-]++\s++(?:was|is|were|are)\s++one\s++of\s++"
                  rf"(?:{numbers}|{_words_pattern(table['series_counts'])})\b",
        "staff_move": rf"^(?:a|an|the|one)\s++(?:{_words_pattern(not_news_table['outlet_staff'])})\s++(?:for|of|with|from)"
                      rf"\s++(?:{_words_pattern(not_news_table['outlets'])})(?:\s++{word}){{0,2}}?\s++"
                      rf"(?:{_words_pattern(table['staff_moves'])})\b",
        "inverted_condition": rf"^had\s++(?:{word}\s++){{1,6}}?(?-i:[a-z]++)(?<=ed|en|wn|ne|ht)\b.{{0,160}}?\b"
                              rf"(?:{_words_pattern(table['counterfactual_results'])})\b",
        "unmet_plan": rf"\bhad\s++(?:{_words_pattern(table['unmet_plan_verbs'])})\s++(?:for\s++(?:{word}\s++){{1,12}}?)?"
                      r"to\s++(?-i:[a-z])",
        "running_order": rf"(?-i:\b[A-Z][A-Z'’-]{{2,}}):\s*+(?:{_words_pattern(table['running_order'])})\b",
        # "NATO continued its three-month campaign of air strikes": the object closes the title (an act told after it
        # keeps it: "continued its campaign, hitting ...")
        "continuation": rf"^(?:{word}\s++){{1,6}}?(?:{_words_pattern(table['continuation_verbs'])})\s++(?:with\s++)?"
                        rf"(?:its|their|his|her|the)\s++(?:[\w'’-]++\s++){{0,3}}?(?:{_words_pattern(table['campaign_nouns'])})"
                        r"(?:\s++of(?:\s++[\w'’-]++){1,3})?\W*+$",
    }
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}


_SIDELINE_KINDS = {"anonymity": "own reporting", "record": "figure", "wiped": "figure", "lone_voice": "belief",
                   "ward": "figure", "trend": "figure", "series": "background",
                   "staff_move": "own reporting", "inverted_condition": "hypothetical", "unmet_plan": "plan",
                   "running_order": "teaser", "continuation": "state"}


def _inside_condition(before: str) -> bool:
    """Whether the words before a past perfect end inside a condition a bare "if" opened within its subject's reach
    (cuts5, events.yaml title_condition_openers): "... needed to study drama if he had wanted to perform better"
    tells a condition of what was said, not a plan that went otherwise."""
    words = before.split()[-5:]
    openers = {str(w).lower() for w in rules()["title_condition_openers"]}
    at = max((i for i, w in enumerate(words) if w.lower() in openers), default=-1)
    return at >= 0 and not any(w.endswith((",", ";", ":")) for w in words[at:])


def _sideline_kind(title: str, sentence: str = "") -> str:
    """A sourcing note, a record's yardstick, a market's loss, one unnamed voice, analysts' forecast, a ward's tally,
    a count's trend, one of a series, a reporter's going, an inverted condition and a transcript's running order
    (events.yaml, not_news, sidelines): "The man was not identified for safety reasons", "Another £2.4bn was wiped off
    the value of BP", "Had the rebels marched into Tripoli the situation would have been very different"; or ""."""
    shapes = _sidelines()
    if shapes["forecast_hedge"].search(title) and (shapes["forecasters_close"].search(title)
                                                   or shapes["forecasters_close"].search(sentence)):
        return "forecast"  # "... is likely to cost BP $23bn, analysts warned today": the sentence may hold the close
    for name, kind in _SIDELINE_KINDS.items():
        found = shapes[name].search(title)
        if found and not (name == "staff_move" and lexicon().reporting_verbs & set(words_of(title[found.end():]))
                          or name == "unmet_plan" and (_acts_after(title[found.end():], after_gerund=False)
                                                       or _inside_condition(title[: found.start()]))
                          or name == "series" and any(is_past(word) or word.endswith("ing")
                                                      for word in words_of(title[found.end():])[:2])):
            # "A reporter for the Times left the city and said ...", "He was one of six ministers sworn in": stays
            return kind
    return ""


@cache
def _speakerless_plan() -> re.Pattern[str]:
    """events.yaml not_news `speakerless_plan`, compiled: one bounded lazy run of words from the title's
    start (group "before"), a listed future, maybe a listed adverb and "not", a lower-case verb: linear time."""
    table = rules()["not_news"]["speakerless_plan"]
    adverb = rf"(?:(?:{_words_pattern(table['adverbs'])})\s++)?"
    future = rf"(?:{_words_pattern(table['modals'])}|(?:{_words_pattern(table['copulas'])})\s++{adverb}" \
             rf"(?:(?:{_words_pattern(table['plan_words'])})\s++)?to)"
    return re.compile(rf"^(?P<before>(?:[\w'’.,-]++\s++){{1,10}}?){future}\s++{adverb}(?:not\s++)?"
                      rf"(?!(?:{_words_pattern(table['not_plans'])})\b)(?-i:[a-z])", re.IGNORECASE)


def is_speakerless_plan(title: str, before_date: str) -> bool:
    """A plan told in the future as the finished title's verb, dated by its saying ("reported on Tuesday", "told CBS
    News yesterday": a reporting verb among the last words of `before_date`, the sentence before the title's date),
    its speaker not in the title (events.yaml, not_news, speakerless_plan): "Algeria is to close
    the southern part of its border" of "..., a local newspaper reported on Tuesday, the day after ...". A plan of its
    own date ("will hold an urgent summit Tuesday, MENA reported Monday") is timeline.salience.happened's, as is a
    future nobody tells; "BP said it would pay $20bn" and "..., the company said" (the title tells the saying) stay."""
    table = rules()["not_news"]["speakerless_plan"]
    found = _speakerless_plan().search(title)
    if not found or _tells_before(found.group("before")):
        return False
    reporting = lexicon().reporting_verbs
    if reporting & set(words_of(title)):
        return False  # "BP is to hive off its spill operation, the company said": the saying is the news
    # the date is the saying's ("reported on Tuesday"), not the plan's own ("will hold an urgent summit Tuesday");
    # nobody telling it, it is timeline.salience.happened's
    return bool(reporting & set(words_of(before_date)[-int(table["saying_date_words"]):]))


def told_plan_only(entry: Entry) -> bool:
    """Whether the entry's finished title is a plan whose speaker it lost and every dated source dates it by the
    saying (is_speakerless_plan; timeline.pipeline leaves such an entry out with the plans `salience.happened` leaves
    out): "Algeria is to close the southern part of its border with Libya" of "..., a local newspaper reported on
    Tuesday, the day after ...". One source that dates it as its own day keeps it, and so does a person's entry."""
    if entry.rejected or entry.curated or not entry.sources:
        return False
    dated = [s for s in entry.sources if s.expression and s.expression in s.quote]
    return bool(dated) and all(is_speakerless_plan(entry.title, s.quote[: s.quote.index(s.expression)])
                               for s in dated)


@cache
def _future_told() -> re.Pattern[str]:
    """events.yaml `future_only_plan` futures and not_news speakerless_plan's and past_plan's copula futures, compiled:
    a future anywhere in a sentence ("will be added Friday", "is to close", "was due on Tuesday to travel"): "to" right
    after the copula, or at most two words (an adverb) before its plan word, a bounded run: linear time."""
    plan = rules()["not_news"]["speakerless_plan"]
    futures = _words_pattern(rules()["future_only_plan"]["futures"])
    past = rules()["not_news"]["past_plan"]  # "was due on Tuesday to travel": the same plan told a day later
    copulas = _words_pattern({*plan["copulas"], *past["copulas"]})
    words = _words_pattern({*plan["plan_words"], *past["plan_words"]})
    return re.compile(rf"(?<![\w'’])(?:{futures})\b|\b(?:{copulas})\s++(?:to|(?:[\w'’-]++\s++){{0,2}}?(?:{words}))\b",
                      re.IGNORECASE)


def told_future_only(entry: Entry) -> bool:
    """Whether the entry's finished title is a plan in the future with no saying before or in it and no "not" after
    its future (the speakerless_plan shape), and every source's sentence tells it in the future (events.yaml
    future_only_plan): "The Pakistani Taliban will be added to a U.N. blacklist" of "... will be added Friday ...",
    told on the Friday, is a schedule with no outcome. A source telling it done (joined by the merge), "BP said it
    would pay", "Rebels took Brega and will march on Sirte", "Donald Vidrine will not testify" and a person's entry
    stay. timeline.pipeline leaves such an entry out unless --planned."""
    if entry.rejected or entry.curated or not entry.sources:
        return False
    found = _speakerless_plan().search(entry.title)
    words = words_of(entry.title)
    reporting = lexicon().reporting_verbs  # not a passive's participle: "will be added to a U.N. blacklist"
    if not found or _tells_before(found.group("before")) \
            or any(w in reporting and (i == 0 or words[i - 1] not in {"be", "been", "being"}) for i, w in enumerate(words)):
        return False
    if "not" in words_of(found.group(0)[len(found.group("before")):]):
        return False  # "Donald Vidrine will not testify": a refusal, the decision is the news
    told = _future_told()
    return all(told.search(s.quote) for s in entry.sources)


@cache
def _past_plan() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """events.yaml not_news `past_plan`, compiled: the past future alone (searched in a sentence), and
    one bounded lazy run of words from the start (group "before") then the past future: linear time."""
    table = rules()["not_news"]["past_plan"]
    adverb = rf"(?:(?:{_words_pattern(table['adverbs'])})\s++)?"
    future = rf"\b(?:{_words_pattern(table['copulas'])})\s++{adverb}(?:(?:{_words_pattern(table['plan_words'])})\s++)?" \
             rf"to\s++(?!(?:{_words_pattern(table['not_plans'])})\b)(?-i:[a-z])"
    return (re.compile(future, re.IGNORECASE),
            re.compile(rf"^(?P<before>(?:[\w'’.,-]++\s++){{0,{int(table['gap_words']) + 2}}}?){future}", re.IGNORECASE))


def _plans_from(text: str, *, subject: bool) -> bool:
    """Whether `text` opens with a past future as its verb (`subject`: its first words are the subject; else the
    words before it are a gap after a subject that went before): nothing before it breaks the clause or tells a
    saying, no purpose noun is its subject, and no outcome follows it."""
    table = rules()["not_news"]["past_plan"]
    found = _past_plan()[1].search(text)
    if not found:
        return False
    before = found.group("before")
    words = words_of(before)
    if not subject and ("," in before or len(words) > int(table["gap_words"])) or subject and not words:
        return False
    if {*table["breaks"], *table["purpose_nouns"]} & set(words) or lexicon().reporting_verbs & set(words):
        return False  # "Netto was released and was to leave", "The main effect of the report was to bolster ..."
    after = words_of(text[found.end() - 1:])
    outcomes = set(table["outcomes"])
    return not any(word in outcomes and _acts_after(" ".join(after[i + 1:])) for i, word in enumerate(after))


def is_past_plan(title: str, sentence: str) -> bool:
    """A plan told in the past with no outcome (events.yaml, not_news, past_plan): the finished title's verb is a
    past future ("Four freed journalists were to spend the night at the Rixos Hotel") or the title is the subject its
    `sentence` gives one ("The first locally based television station to operate in Libya" of "... since the start
    of the revolution was to begin broadcasting ..."), and the sentence holds it. "Netto was released and was to
    leave", "He said Younis was to have been questioned", "The main effect of the report was to bolster the regime",
    "She was to become the first woman to lead the party" and "was due to speak but pulled out" stay."""
    if not _past_plan()[0].search(sentence):
        return False
    if _plans_from(title, subject=True):
        return True
    at = sentence.lower().find(title.lower())
    return at >= 0 and _plans_from(sentence[at + len(title):].lstrip(), subject=False)


def told_past_plan_only(entry: Entry) -> bool:
    """Whether the entry's finished title is a plan told in the past with no outcome in every source (is_past_plan;
    timeline.pipeline leaves such an entry out with the plans `salience.happened` leaves out): "Four freed
    journalists were to spend the night at the Rixos Hotel". A person's entry stays."""
    if entry.rejected or entry.curated or not entry.sources:
        return False
    return all(is_past_plan(entry.title, s.quote) for s in entry.sources)


def _verbs_only_in_relatives(title: str, relatives: list[str]) -> bool:
    """Whether every past verb of `title` follows one of `relatives` and no auxiliary stands in it: the title's own
    clause has no verb ("The 42nd anniversary of the coup which brought him to power")."""
    words = words_of(title)
    auxiliaries = lexicon().auxiliaries
    return not any(word in auxiliaries or is_past(word) and (i == 0 or words[i - 1] not in relatives)
                   for i, word in enumerate(words))


@cache
def _any_shape(shapes: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern that matches where any of `shapes` does (one search a title, not one per shape): the shapes share
    their flags and hold no groups, so no alternative's group or flag reaches another."""
    assert len({shape.flags for shape in shapes}) == 1 and not any(shape.groups for shape in shapes)
    return re.compile("|".join(f"(?:{shape.pattern})" for shape in shapes), shapes[0].flags)


@cache
def _market_trade() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """events.yaml not_news `market_trades` (nonevents31), compiled: the title's count of lots and its trade verb
    (group "verb"; bounded runs of words from the title's start), and a unit price after a trade verb in the sentence
    (one bounded lazy run within a clause): linear time."""
    table = rules()["not_news"]["market_trades"]
    verbs = _words_pattern(table["trade_verbs"])
    count = rf"(?:\d[\d.,]*+|{_words_pattern(rules()['number_words'])})"
    lots = re.compile(rf"^(?:there\s++(?:were|was)\s++)?(?:(?:about|some|nearly|almost|around|over|only|just)\s++)?"
                      rf"{count}\s++(?:[\w'’-]++\s++){{0,3}}?(?:{_words_pattern(table['trade_lots'])})\b"
                      rf"(?:\s++[\w'’-]++){{0,4}}?\s++(?P<verb>{verbs})(?![\w-])", re.IGNORECASE)
    price = re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])[^.;]{{0,60}}?\bat\s++[$£€]\s?+\d[\d.,]*+\s++(?:a|an|per)\s++"
                       rf"(?:{_words_pattern(table['trade_units'])})\b", re.IGNORECASE)
    return lots, price


def is_market_trade(title: str, sentence: str = "") -> bool:
    """A trade desk's line (events.yaml not_news `market_trades`): the title opens with a count of lots and trades
    them with no party named after its verb, and the title or its sentence prices the trade per unit ("There were two
    cargoes sold" of "... two cargoes sold, one at $939 a tonne cif NWE"). "A third cargo of condensate was sold to
    Austrian oil and gas company OMV" (a name after the verb) and a trade with no unit price stay."""
    lots, price = _market_trade()
    found = lots.search(title)
    if not found or re.search(r"[A-Z]", title[found.end():]):
        return False
    return bool(price.search(title) or price.search(sentence))


@cache
def _market_view() -> re.Pattern[str]:
    """events.yaml not_news `market_views` (nonevents31), compiled: a listed verb, a bounded run of words, "more" or
    "less" and a listed state: linear time."""
    table = rules()["not_news"]["market_views"]
    return re.compile(rf"\b(?:{_words_pattern(table['view_verbs'])})\s++(?:[\w'’-]++\s++){{1,4}}?(?:more|less)\s++"
                      rf"(?:{_words_pattern(table['view_states'])})\b", re.IGNORECASE)


def is_market_view(title: str) -> bool:
    """An analyst's market view in the present (events.yaml not_news `market_views`): "Rapid stockpiling ... makes the
    region more susceptible to a downside shock". A past act ("made the city more vulnerable") and a view told by a
    reporting verb before it ("Analysts said the glut makes ...") stay."""
    found = _market_view().search(title)
    return bool(found) and not lexicon().reporting_verbs & set(words_of(title[: found.start()]))


@cache
def _reckonings() -> dict[str, re.Pattern[str]]:
    """events.yaml not_news `reckonings` (nonevents32), compiled: listed words, bounded runs of words and one bounded
    lazy run within a clause (no nesting): linear time."""
    table = rules()["not_news"]["reckonings"]
    words = _words_pattern
    numbers = [w for w in rules()["number_words"] if w not in ("a", "an")]
    amount = rf"(?:\d[\d.,]*+|(?:{words(numbers)})\b)"
    return {
        "reckoning": re.compile(rf"\b(?:{words(table['reckoning_verbs'])})\s++(?:in\s++\d{{4}}\s++)?that\s"
                                rf"[^;]{{0,160}}?\d", re.IGNORECASE),
        "take": re.compile(rf"\b(?:{words(table['take_modals'])})\s++take\s++"
                           rf"(?:(?:{words(table['take_bounds'])})\s++)?[\"“]?{amount}\s*+"
                           rf"(?:(?:to|or|and)\s++{amount}\s*+)?(?:more\s++)?"
                           rf"(?:{words(table['take_units'])})\b", re.IGNORECASE),
        "breakdown": re.compile(rf"^of\s++(?:{words(table['breakdown_determiners'])})\s++\d[\d.,]*+\s[^,;]{{0,120}}?,"
                                rf"\s*+(?:(?:{words(table['breakdown_bounds'])})\s++)?{amount}\s++"
                                rf"(?:[\w'’-]++\s++){{0,2}}?"
                                rf"(?:{words(table['breakdown_states'])})\b", re.IGNORECASE),
        "poll": re.compile(rf"\b(?:{words(table['poll_links'])})\s++(?:(?:a|an|the|its|their)\s++)?"
                           rf"(?:[\w'’-]++\s++){{0,2}}?(?:{words(table['poll_nouns'])})\b", re.IGNORECASE),
        "teller": re.compile(rf"\b(?:{words(table['take_tellers'])})\b", re.IGNORECASE),
        "doubt": re.compile(rf"\b(?:{words(table['doubt_verbs'])})\s++(?:that\s++|whether\s++)?"
                            rf"(?:[\w'’.-]++\s++){{1,8}}?(?:{words(table['doubt_modals'])})\b", re.IGNORECASE),
    }


def reckoning_kind(title: str, sentence: str = "") -> str:
    """A figure reckoned or a forecast told as the title's act (events.yaml not_news `reckonings`): "A researcher
    calculated that 500,000 barrels of oil naturally get into the Gulf each year", "Of the 126 crew on board the rig,
    seven worked for BP", "Obama's statement followed a poll by CBS News" ("figure"), "it could take around 36
    months", "he doubts a vote will occur Wednesday" ("forecast"); "" for anything else. The forecast must be the
    title's own clause: its subject opens the title or a teller comes first with no "and"/"but"/comma before it ("BP
    began to drill two relief wells, but warned they would take two to three months" stays)."""
    shapes, table = _reckonings(), rules()["not_news"]["reckonings"]
    if shapes["reckoning"].search(title) or shapes["poll"].search(title) \
            or _breaks_down(shapes["breakdown"], title, sentence):
        return "figure"  # "A researcher calculated that 500,000 barrels ...", "Of the 126 crew on board, seven ..."
    take = shapes["take"].search(title)
    if take:
        before = title[: take.start()]
        if len(before.split()) <= table["take_subject_words"] and not re.search(r"[,;]", before):
            return "forecast"  # "Production would take as long as 18 months ...": the forecast opens the title
        tellers = list(shapes["teller"].finditer(before))
        if tellers and not _joins_clauses(title[: tellers[-1].start()]):
            return "forecast"  # "Wood Mackenzie estimated that ... it could take around 36 months"
    doubt = shapes["doubt"].search(title)
    if doubt and not _joins_clauses(title[: doubt.start()]):
        return "forecast"  # "Gerard Araud said he doubts a vote will occur Wednesday"
    return ""


@cache
def _reported_tallies() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """events.yaml not_news `reported_tallies` (nonevents33), compiled: the reporting opener, the shapes that open a
    clause and the shapes found anywhere. Listed words, bounded runs of words and one lazy run within a clause (no
    nesting): linear time."""
    table = rules()["not_news"]["reported_tallies"]
    words = _words_pattern
    quantity = r"(?:(?:about|some|nearly|almost|around|roughly|over|more\s++than|up\s++to|at\s++least|fewer\s++than|" \
               r"less\s++than|just|only)\s++)?"
    number = r"\d[\d.,]*+(?:\s*+(?:m|bn|million|billion|thousand|hundred)\b)?"
    money = r"[$£€]\s?+\d[\d.,]*+(?:\s*+(?:m|bn|million|billion)\b)?"
    units, verbs = words(rules()["not_news"]["mass_units"]), words(table["tally_verbs"])
    opener = re.compile(rf"^(?:[\w'’.,-]++\s++){{1,{table['opener_words']}}}?(?:{words(table['opener_verbs'])})"
                        rf"\s++(?:that\s++)?", re.IGNORECASE)
    opening = (
        rf"^{quantity}{number}\s++(?:{units})\s++of\b[^.;]*?\b(?:{verbs})\b",
        rf"^{quantity}{number}\s++(?:[\w'’-]++\s++){{1,3}}?(?:was|were|has|have|had)\s++(?:been\s++)?(?:{verbs})\b",
        rf"^{quantity}{number}\s++(?:(?:{words(table['crossing_nouns'])})\s++)?(?:{words(table['crossing_verbs'])})\b",
    )
    anywhere = (
        rf"\b(?:{verbs})\s++{quantity}{number}\s++(?:{units})\b",
        rf"\b(?:paid|pays|paying)\s++(?:out\s++)?{quantity}{money}\s++in\s++(?:[\w'’-]++\s++){{0,3}}?"
        rf"(?:{words(table['levy_nouns'])})\b",
        rf"\b(?:had|has|have)\s++{quantity}{money}\s++left\b",
    )
    return opener, tuple(re.compile(s, re.IGNORECASE) for s in opening), \
        tuple(re.compile(s, re.IGNORECASE) for s in anywhere)


def reported_tally_kind(title: str) -> str:
    """A daily operational tally (events.yaml not_news `reported_tallies`): "figure" for "The latest post states nearly
    8000 barrels of oil were collected", "BP said that almost 95,000 claims for compensation had been submitted", "it
    paid $6.3 bn in global corporate income tax", "Fewer than 2,000 made it across"; "" for anything else ("A doctor
    said that at least 30 people died", "Rebels seized 3 tankers", "About 3,000 troops crossed into Libya")."""
    opener, opening, anywhere = _reported_tallies()
    found = opener.match(title)
    clauses = (title, title[found.end():]) if found else (title,)
    if any(shape.search(clause) for shape in opening for clause in clauses) \
            or any(shape.search(title) for shape in anywhere):
        return "figure"
    return ""


def _breaks_down(shape: re.Pattern[str], title: str, sentence: str) -> bool:
    """Whether the title, or its sentence with the title as its opening less "Of" ("Of the 126 crew on board ..."
    titled "The 126 crew on board ..."), breaks a count down."""
    if shape.search(title):
        return True
    opening = sentence.split()[1:4]
    return bool(opening) and shape.search(sentence) is not None and title.split()[:3] == [
        opening[0].capitalize(), *opening[1:]]


def _joins_clauses(text: str) -> bool:
    """Whether `text` holds a comma, a semicolon, "and" or "but": another clause (an act) may come before."""
    return bool(re.search(r"[,;]|\b(?:and|but)\b", text, re.IGNORECASE))


def _figure_or_state(found: NotNews, title: str, sentence: str) -> str:
    """The kinds of not_news_kind the editors struck as statistics, plans, states, empty lines and background."""
    if _any_shape(found.figure).search(title) or found.market_report.search(title) or is_market_trade(title, sentence):
        return "figure"  # "saw that number more than double to 9,600": a count; "in intraday trade": a market's move
    if is_market_view(title):
        return "judgement"  # "... makes the region more susceptible to a downside shock": an analyst's reasoning
    standing = _standing_kind(title) or _sideline_kind(title, sentence)
    if standing:
        return standing
    toll = found.toll_level.search(title)
    if found.list_heading.search(title) or toll and not _tells_before(title[: toll.start()]) \
            or found.market_state.search(title):
        return "figure"  # "listed with loading volumes for January": a table; "the death toll had reached one"
    if found.opening.search(title):
        return "quotation"  # "A 1922 New York Times story began this way": how a text read, not what happened
    if found.shared_view.search(title):
        return "belief"  # "Seasoned BP-watchers mainly agreed that the extract was not as bad": observers' view
    sortie = found.sortie.search(title)
    if sortie and not _acts_before(title[: sortie.start()]):
        return "figure"  # "NATO said it conducted 149 air sorties"; "Van Uhm defended the efforts saying ..." stays
    plan = found.plan.search(title)
    if plan and not lexicon().reporting_verbs & set(words_of(title[: plan.start()])) \
            and not _attributed(title, sentence):
        return "plan"  # "Engineers are going to take a bunch of debris": what someone meant to do
    state = found.state.search(title)
    if state and not _tells_before(title[: state.start()]) and not _names_an_event(title[state.end():]):
        return "state"  # "The concert has been surrounded with controversy since ...": lasting, not happening
    if found.empty.search(title):
        return "empty"  # "The picture shifted once": nothing told
    aside = _aside_kind(found, title, sentence) or _scene_kind(found, title, sentence) or _rhetoric_kind(found, title)
    aside = aside or _comparison_or_intent_kind(found, title, sentence)
    if aside:
        return aside
    if sentence and _identifies_by_relative(found, title, sentence):
        return "background"  # "A nurse who treated Jackson in 2009 will testify": which nurse, not an event
    backdrop = _backdrop_kind(title, sentence)
    if backdrop:
        return backdrop
    # last, so that an older rule's kind stands: "A researcher calculated that 500,000 barrels ...", "it could take
    # around 36 months" (nonevents32)
    return _opinion_kind(found, title, sentence) or _untold_kind(found, title, sentence) \
        or _habit_or_absence_kind(found, title) or reckoning_kind(title, sentence) or reported_tally_kind(title)


@dataclass(frozen=True, slots=True)
class Backdrop:
    """The shapes of events.yaml's not_news `backdrop` table: a market's session, an atmosphere, a wait, a likeness,
    an event's context, a place's former use, a free relative, a toll told as a participle, a definition, a
    reckoning with its subject cut, a show's rundown, a bare report frame and a lasting state."""
    session: re.Pattern[str]  # "closed down 1.25%", "Already up on hopes", "SOX shed 3.1 percent": a market's move
    atmosphere: re.Pattern[str]  # "The atmosphere in the control room is tense": the subject and a copula
    wait: re.Pattern[str]  # "Hundreds of refugees waited for flights out": the group "subject" before the verb
    likeness: re.Pattern[str]  # "The rally looked like a victory celebration": the group "subject" before the verb
    context: re.Pattern[str]  # "The speech follows calls from all quarters": the group "subject" before the verb
    former_use: re.Pattern[str]  # "the site was used as a military station" (or the title cut after "used")
    free_relative: re.Pattern[str]  # "What is now a full-scale civil war ...": no subject, nothing happens
    toll: re.Pattern[str]  # "Eventually killing an estimated one million people": a count told as a participle
    definition: re.Pattern[str]  # "A powerful surgical anesthetic typically administered in a clinical setting"
    inference: re.Pattern[str]  # "Means nearly 400m litres have spilled": the writer's reckoning, its "that" cut
    rundown: re.Pattern[str]  # "For March 18, 2011 -- U.N. imposes ...": a show's list of the day's stories
    frame: re.Pattern[str]  # "It emerged": a report's frame and nothing reported
    lasting: re.Pattern[str]  # "Delays persisted": the group "subject" before the verb
    lasting_perfect: re.Pattern[str]  # "have persisted into September": in the sentence
    participle_opener: re.Pattern[str]  # "Caused by a form of the H1N1 strain, it ...": the sentence's opener
    copula_verdict: re.Pattern[str]  # "It is new, but it is familiar": the whole title
    bare_pronouns: re.Pattern[str]  # "First thing, they saw it again": the whole title
    alleged_habit: re.Pattern[str]  # "It's alleged that he's been hurling ...": a hedge and a perfect progressive
    unnamed_fix: re.Pattern[str]  # "Officials said those issues were resolved": a demonstrative's problems fixed
    voicing: re.Pattern[str]  # "They were expressing serious concern": an unnamed group's mood
    tone: re.Pattern[str]  # "The interviews continued the determined tone of Obama's speech": a talk's tone
    membership: re.Pattern[str]  # "The fighters in the attack were part of ...": the group "subject" before "part of"
    source_note: re.Pattern[str]  # "U.S. diplomatic cable obtained by WikiLeaks": a source, nothing told
    share: re.Pattern[str]  # "The pipeline carries about 12% of America's domestic production": a standing share
    freeze: re.Pattern[str]  # "Libyan oil trade has virtually been paralyzed": a market's state
    absent: re.Pattern[str]  # "The elder Gadhafi made no public appearances": the group "subject" before "made no"
    ongoing: re.Pattern[str]  # "The apology continues to create uproar": the group "subject" before the verb


@cache
def _pronoun_participle_by() -> re.Pattern[str]:
    """A title's opening pronoun (not_news backdrop opener_pronouns), a word and "by": "It caused by ..."."""
    pronouns = _words_pattern(rules()["not_news"]["backdrop"]["opener_pronouns"])
    return re.compile(rf"(?:{pronouns})\s++(\S++)\s++by\b", re.IGNORECASE)


def _titles_opener_with_pronoun(title: str, participle: str) -> bool:
    """ "It caused by a form of the H1N1 strain": the title puts a pronoun before the sentence's opening participle."""
    match = _pronoun_participle_by().match(title)
    return match is not None and match.group(1).lower() == participle.lower()


@cache
def _backdrop() -> Backdrop:
    """events.yaml not_news `backdrop`, compiled: runs of listed words and bounded runs of words (each `{m,n}?` run
    holds words, no nesting): linear time."""
    table = rules()["not_news"]["backdrop"]
    markets = _words_pattern(rules()["market_subjects"])
    bound = r"(?:(?:about|almost|nearly|some|around|roughly|more\s++than)\s++)?"
    percent = r"\d[\d.,]*+\s*+(?:%|percent\b|per\s++cent\b)"
    session = (rf"\b(?:{_words_pattern(table['session_moves'])})\s++(?:{_words_pattern(table['session_directions'])})"
               rf"\s++(?:by\s++)?{bound}[$£€\d]"
               rf"|^(?:{_words_pattern(table['session_openers'])})\s++(?:{_words_pattern(table['session_directions'])})"
               rf"\s++(?:on|by|at|to|\d)\b"
               # a company's shares shedding are the journalists' lines ("BP's shares fall 2%"): an index's stays out
               rf"|^(?!(?:[\w'’.&-]++\s++){{0,3}}?(?:{_words_pattern(table['session_kept_subjects'])})\b)"
               rf"(?:[\w'’.&-]++\s++){{1,4}}?(?:{_words_pattern(table['session_shedding'])})\s++{bound}{percent}"
               rf"|{percent}\s++(?:{_words_pattern(table['session_changes'])})\s++in\s++(?:[\w'’-]++\s++){{0,2}}?"
               rf"(?:{markets})\b"
               rf"|\b(?:{_words_pattern(rules()['not_news']['price_nouns'])})\b[^;]{{0,60}}?\b(?:below|above)\s++"
               rf"(?:the|its|a)\s++(?:{_words_pattern(table['session_records'])})\b"
               rf"|\b(?:{markets})\s++(?:{_words_pattern(table['session_support_verbs'])})\s++support\b")
    subject = r"^(?P<subject>(?:\S++\s++){1,6}?)"
    subject_long = r"^(?P<subject>(?:\S++\s++){1,8}?)"
    pronouns = _words_pattern(table["opener_pronouns"])
    # "it is (also) new": a pronoun, a copula, maybe an adverb, one word that is no participle (not "It was announced");
    # the verdict needs two such clauses joined ("It is new, but it is familiar"): "They were shot" is one
    copula_clause = (rf"(?:{pronouns})(?:\s++|(?=['’]))(?:{_words_pattern(table['copulas'])})\s++"
                     rf"(?:(?:{_words_pattern(table['copula_adverbs'])})\s++)?+(?![\w'’-]*+(?<=ed|en)\b)[\w'’-]++")
    shapes = {
        "session": session,
        "atmosphere": rf"^(?:the\s++)?(?:{_words_pattern(table['atmosphere_nouns'])})\b(?:\s++\S++){{0,14}}?\s++"
                      rf"(?:{_words_pattern(table['atmosphere_copulas'])})\b",
        "wait": rf"{subject}(?:{_words_pattern(table['wait_verbs'])})\b",
        "likeness": rf"{subject}(?:{_words_pattern(table['likeness_verbs'])})\s++like\s++(?:a|an)\b",
        "context": rf"{subject}(?:{_words_pattern(table['context_verbs'])})\s++(?:[\w'’-]++\s++){{0,3}}?"
                   rf"(?:{_words_pattern(table['context_nouns'])})\b",
        "former_use": rf"^(?:the|this|that|its|their)\s++(?:[\w'’-]++\s++){{0,2}}?"
                      rf"(?:{_words_pattern(table['former_use_places'])})\s++(?:was|were|had\s++been)\s++used"
                      r"(?:\s++as\b|\W*+$)",
        "free_relative": rf"^(?:{_words_pattern(table['free_relative_openers'])})\b",
        "toll": rf"^(?:{_words_pattern(table['toll_openers'])})\b",
        "definition": rf"^(?:a|an)\s++(?:[\w'’-]++\s++){{0,4}}?(?:{_words_pattern(table['definition_adverbs'])})\s++"
                      r"(?-i:[a-z]++)(?<=ed)\b",
        "inference": rf"^(?:{_words_pattern(table['inference_openers'])})(?![\w'’-])",  # not "Means-tested"
        "frame": rf"^(?:{_words_pattern(table['frame_titles'])})\W*+$",
        "lasting": rf"{subject}(?:{_words_pattern(table['lasting_verbs'])})\b",
        "lasting_perfect": rf"\b(?:has|have|had)\s++(?:{_words_pattern(table['lasting_verbs'])})\s++"
                           rf"(?:{_words_pattern(table['lasting_links'])})\b",
        "participle_opener": r"^(?P<participle>(?-i:[A-Z])[a-z]++)(?<=ed|en)\s++by\b",
        "copula_verdict": rf"^{copula_clause}(?:,?+\s++(?:{_words_pattern(table['copula_joins'])})\s++{copula_clause})++"
                          r"\W*+$",
        "bare_pronouns": rf"^(?:(?:[\w'’-]++\s++){{0,2}}?[\w'’-]++,\s++)?(?:{pronouns})\s++(?-i:[a-z])[\w'’-]*+\s++"
                         rf"(?:{_words_pattern(table['object_pronouns'])})"
                         rf"(?:\s++(?:{_words_pattern(table['pronoun_adverbs'])}))?+\W*+$",
        "alleged_habit": rf"^(?:{_words_pattern(table['hedge_frames'])})\s++(?:[\w'’-]++\s++){{0,3}}?[\w-]*+"
                         r"(?:['’]s|\s++has|\s++have|['’]ve)\s++been\s++(?-i:[a-z])[a-z]*+(?<=ing)\b",
        "unnamed_fix": rf"\b(?:those|these)\s++(?:{_words_pattern(table['problem_nouns'])})\s++(?:were|was|have\s++been"
                       rf"|has\s++been|had\s++been)\s++(?:{_words_pattern(table['fix_verbs'])})\W*+$",
        "voicing": rf"^(?:[\w'’-]++,?\s++)?(?:{_words_pattern(table['voicing_subjects'])})\s++"
                   rf"(?:{_words_pattern(table['voicing_verbs'])})\s++(?:[\w'’-]++\s++){{0,2}}?"
                   rf"(?:{_words_pattern(rules()['not_news']['mood_nouns'] + table['voicing_moods'])})\b",
        "tone": rf"^(?:the|his|her|its|their|these|those|this|that)\s++(?:[\w'’-]++\s++){{0,3}}?"
                rf"(?:{_words_pattern(table['tone_speakers'])})\s++(?:{_words_pattern(table['tone_verbs'])})\s++"
                rf"(?:the|a|an|his|her|its|their)\s++(?:[\w'’-]++\s++){{0,2}}?(?:{_words_pattern(table['tone_nouns'])})\b",
        "membership": rf"{subject_long}(?:{_words_pattern(table['membership_copulas'])})\s++"
                      rf"(?:(?:{_words_pattern(table['copula_adverbs'] + ['all'])})\s++)?part\s++of\b",
        "source_note": rf"^(?:(?:a|an|the)\s++)?(?:[\w'’.-]++\s++){{0,3}}?"
                       rf"(?:{_words_pattern(rules()['not_news']['document_nouns'])}),?+\s++"
                       rf"(?:{_words_pattern(table['source_participles'])})\s++by\b",
        "share": rf"^(?:\S++\s++){{1,5}}?(?:{_words_pattern(table['share_verbs'])})\s++"
                 rf"(?:(?:{_words_pattern(rules()['not_news']['figure_bounds'])})\s++)?"
                 rf"(?:{percent}|(?:{_words_pattern(table['share_fractions'])})\b)\s++of\b",
        "freeze": rf"^(?:[\w'’-]++\s++){{0,2}}?(?:{_words_pattern(table['freeze_subjects'])})\s++(?:has|have)\s++"
                  rf"(?:(?:{_words_pattern(table['freeze_adverbs'])})\s++)?been\s++"
                  rf"(?:(?:{_words_pattern(table['freeze_adverbs'])})\s++)?(?:{_words_pattern(table['freeze_states'])})\b",
        "ongoing": rf"{subject_long}(?:{_words_pattern(table['ongoing_verbs'])})\s++to\b",
        "absent": rf"{subject}(?:{_words_pattern(table['absent_verbs'])})\s++(?:public\s++)?"
                  rf"(?:{_words_pattern(table['absent_acts'])})\b",
        # the date: a month's full name (timeline.text.lexicon), day and year
        "rundown": rf"^(?:{_words_pattern(table['rundown_openers'])})\s++(?:{_full_date().pattern})\s*+(?:--|—|–)",
    }
    return Backdrop(**{name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()})


def _backdrop_kind(title: str, sentence: str = "") -> str:
    """What the editors struck as a market's session, a scene, a context or a toll (events.yaml, not_news, backdrop):
    "BP shares ... closed down 1.25%", "The atmosphere in the control room is tense", "Hundreds of refugees waited
    for flights out", "The rally looked like a victory celebration", "The speech follows calls from all quarters",
    "the site was used as a military station", "What is now a full-scale civil war", "Eventually killing an estimated
    one million people", and any title of a show's rundown ("For March 18, 2011 -- U.N. imposes a no-fly zone on
    Libya, The crisis at the Japanese nuclear plant gets worse, ...": `sentence` opens with it). A subject that tells
    an act or a saying before the verb, and a title that goes on to an act after a wait ("Rebels waited for the
    strikes and then advanced"), stay."""
    shapes = _backdrop()
    if shapes.rundown.search(sentence):
        return "teaser"
    if shapes.session.search(title) or shapes.toll.search(title):
        return "figure"
    if shapes.definition.search(title) or shapes.free_relative.search(title):
        return "description"
    if shapes.inference.search(title):
        return "inference"
    if shapes.frame.search(title):
        return "own reporting"  # "Twelve months ago BP dismissed ..., it emerged yesterday": the dismissal is its own
    opener = shapes.participle_opener.match(sentence)
    if opener and _titles_opener_with_pronoun(title, opener.group("participle")):
        return "description"  # "Caused by a form of the H1N1 strain, it is estimated ..." titled "It caused by ..."
    if shapes.copula_verdict.search(title):
        return "judgement"  # "It is new, but it is familiar"
    if shapes.bare_pronouns.search(title):
        return "description"  # "First thing, they saw it again": nothing a reader can place
    if shapes.alleged_habit.search(title):
        return "belief"  # "It's alleged that he's been hurling ...": hedged conduct going on
    if shapes.unnamed_fix.search(title):
        return "description"  # "Officials said those issues were resolved": which issues, the title does not say
    kind = _more_backdrop_kind(shapes, title, sentence)
    if kind:
        return kind
    lasting = shapes.lasting.search(title)
    if lasting and not _tells_before(lasting.group("subject")) and shapes.lasting_perfect.search(sentence):
        return "state"  # "Delays have persisted into September": how long a state lasted; "she persisted" acts
    if shapes.atmosphere.search(title):
        return "scene"
    wait = shapes.wait.search(title)
    if wait and not _tells_before(wait.group("subject")) and not _acts_after(title[wait.end():]):
        return "scene"
    # a likeness before an act is an aside of that act ("A Grad rocket, which looks like an overgrown bullet, slammed
    # into her bedroom wall"); a context's nouns are told with their own clauses
    likeness = shapes.likeness.search(title)
    if likeness and not _tells_before(likeness.group("subject")) and not _acts_after(title[likeness.end():]):
        return "description"
    context = shapes.context.search(title)
    if context and not _tells_before(context.group("subject")):  # "calls ... for Obama to clarify why he sent"
        return "background"
    former = shapes.former_use.search(title)
    if former and not _reports_after(not_news(), title[former.end():].split()):
        return "description"
    return ""


def _more_backdrop_kind(shapes: Backdrop, title: str, sentence: str = "") -> str:
    """The backdrops the 86d8bcb reading struck (events.yaml, not_news, backdrop): a vox pop's mood, a talk's tone, a
    membership, a source's note, a standing share, a market's freeze, an absence. A subject that acts or tells before
    the verb keeps a membership and an absence ("Rebels who took the town were part of ..."), and a source that goes
    on to act keeps its note ("A cable obtained by WikiLeaks showed ...")."""
    if shapes.voicing.search(title):
        return "mood"
    if shapes.tone.search(title):
        return "judgement"
    membership = shapes.membership.search(title)
    if membership and not _subject_tells(membership.group("subject")) \
            and not _relative_acts(title[membership.end():]):
        return "description"
    if _cut_from_membership(shapes, title, sentence):
        return "description"  # "The fighters in an attack", cut from "The fighters in Saturday's attack are part of"
    source = shapes.source_note.search(title)
    if source and not _acts_after(_source_participle_run().sub(" ", title[source.end():])):
        return "description"
    if shapes.share.search(title) or shapes.freeze.search(title):
        return "figure"
    absent = shapes.absent.search(title)
    if absent and not _subject_tells(absent.group("subject")):
        return "absence"
    ongoing = shapes.ongoing.search(title)
    if ongoing and not _subject_tells(ongoing.group("subject")) and not _acts_after(title[ongoing.end():]):
        return "state"  # "... continues to create uproar - it's been condemned by the White House": that is told
    return _statistic_kind(title, sentence)


@cache
def _statistics() -> dict[str, re.Pattern[str]]:
    """events.yaml not_news backdrop, the (nonevents20) shapes, compiled: listed words and bounded runs of words,
    linear time."""
    table = rules()["not_news"]["backdrop"]
    words = _words_pattern
    percent = r"\d[\d.,]*+\s*+(?:%|percent\b|per\s++cent\b)"
    bounds = words(rules()["not_news"]["figure_bounds"] + table["trade_share_bounds"])
    numbers = words([word for word in rules()["number_words"] if word not in ("a", "an", "half")])
    shapes = {
        "marker": r"^(?:[\w'’-]++\s++){0,3}?marks\s++(?:a|an|one|the|\d++|[a-z]++)\s++(?:[\w-]++\s++)?"
                  rf"(?:{words(table['marker_spans'])})\s++(?:since|of)\b",
        "so_far": rf"\b(?:has|have)\s++(?:so\s++far|thus\s++far|yet)\s++(?:{words(table['so_far_states'])})\s++to\b",
        "preview": rf"^(?P<subject>(?:\S++\s++){{1,8}}?)(?:{words(table['preview_verbs'])})\s++for\s++"
                   r"(?:a|an|the|this|next|their|its|his|her)\s++(?:[\w'’-]++\s++){0,2}?"
                   rf"(?:{words(table['preview_nouns'])})\b",
        "agenda": rf"\bwill\s++be\s++(?:the\s++)?(?:{words(table['agenda_nouns'])})\s++(?:of|at)\b"
                  rf"|\b(?:is|are)\s++expected\s++to\s++(?:{words(table['agenda_verbs'])})\b",
        "size": rf"\b(?:is|are|was|were)\s++(?:(?:{words(table['size_adverbs'])})\s++){{0,2}}"
                rf"(?:{words(table['size_ratios'])})\s++(?:of\s++)?the\s++size\s++of\b",
        "trade_share": rf"^(?P<subject>(?:\S++\s++){{1,5}}?)(?:{words(table['trade_share_verbs'])})\s++"
                       rf"(?:(?:{bounds})\s++){{0,2}}(?:{percent}|(?:{words(table['share_fractions'])})\b)\s++of\s++"
                       r"(?:its|their|his|her|[\w.-]++['’]s)\s++(?:[\w'’-]++\s++){0,2}?"
                       rf"(?:{words(table['trade_nouns'])})\b",
        "instances": rf"^(?:{words(table['instance_openers'])})\s++(?:[\w'’-]++\s++){{0,5}}?(?:has|have)\s++"
                     rf"(?:{words(table['instance_verbs'])})\b",
        "routine": rf"^(?:\d[\d,]*+|{numbers})\s++(?:[\w-]++\s++)?(?:{words(table['routine_nouns'])})\s++"
                   rf"(?:were|have\s++been)\s++(?:{words(table['routine_verbs'])})\b",
        "period": rf"^(?:{words(table['period_openers'])})\s++the\s++(?:{words(table['period_parts'])})\s++of\b",
        "period_toll": rf"^(?:\d[\d,]*+|{numbers})\s++(?:[\w'’-]++\s++){{0,3}}?(?:were|have\s++been|had\s++been)?+"
                       rf"\s*+(?:{words(table['period_toll_verbs'])})\b",
        "combined": rf"^(?:[\w'’-]++\s++){{1,3}}?(?:{words(table['combined_links'])})\s++(?:1[5-9]|20)\d\d\s++and\s++"
                    rf"(?:1[5-9]|20)\d\d\s++(?:killed|claimed)\b",
        "count_killed": r"\b(?:killed|claimed)\s++(?:[\w,.-]++\s++){0,3}?(?:\d|million|thousand|hundred)",
    }
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}


def _statistic_kind(title: str, sentence: str = "") -> str:
    """The statistics, previews and markers the a055f5b reading struck (events.yaml, not_news, backdrop, nonevents20):
    an anniversary marker, a state so far, a meeting's preview, a size comparison, a trade share, earlier instances'
    pattern, a routine operational count and a toll over part of a year. A preview's subject that acts or tells keeps
    it ("Rebels who took Brega prepared for talks")."""
    shapes = _statistics()
    if shapes["marker"].search(title):
        return "marker"
    if shapes["so_far"].search(title):
        return "state"
    preview = shapes["preview"].search(title)
    if preview and not _subject_tells(preview.group("subject")):
        return "plan"
    if shapes["agenda"].search(title):
        return "plan"  # "Financing will be the focus of Libya talks in Rome": the talks' agenda told ahead
    if any(shapes[name].search(title) for name in ("size", "instances", "routine")):
        return "figure"
    if sentence and shapes["combined"].search(sentence) and shapes["count_killed"].search(title):
        return "figure"  # "The pandemics of 1957 and 1968 killed one to two million": one toll of two events
    share = shapes["trade_share"].search(title)
    if share and not _subject_tells(share.group("subject")):
        return "figure"  # "China took 3 percent of its imported crude"; "Eni said it bought 10% of its oil ..." is told
    if sentence and shapes["period"].search(sentence) and shapes["period_toll"].search(title):
        return "figure"  # "During the first half of last year, 1,271 Afghan civilians were killed"
    return _commentary_kind(title, sentence)


@cache
def _commentary() -> dict[str, re.Pattern[str]]:
    """events.yaml not_news backdrop, the (nonevents21) shapes, compiled: listed words and bounded runs of words,
    linear time."""
    table = rules()["not_news"]["backdrop"]
    words = _words_pattern
    reporting = words(table["cut_sayings"])
    bounds = words(rules()["not_news"]["figure_bounds"])
    determiner = r"(?:the|these|those|this|that|its|their|his|her|our)"
    shapes = {
        "yield": rf"^(?:[\w'’-]++\s++){{0,2}}?(?:{words(table['yield_groups'])})\s++(?:{words(table['yield_verbs'])})"
                 rf"\s++(?:(?:{bounds})\s++){{0,2}}\d[\d.,]*+\s*+(?:m|bn|k|million|billion|thousand)?\s*+"
                 rf"(?:{words(table['yield_units'])})\b",
        "record": rf"^(?=[^,]*+$)(?:{words(table['record_participles'])})\s++(?:[\w'’-]++\s++){{0,3}}?records?\b",
        "device": rf"^(?:{words(table['device_openers'])})\b",
        "perfect": r"\b(?:has|have|had)\s++(?:\w++\s++)?been\b",
        "same": rf"^(?P<subject>(?:\S++\s++){{1,10}}?)(?:{words(table['likeness_verbs'])})\s++"
                rf"(?:{words(table['likeness_sames'])})\s*+(?:$|to\b|as\b)",
        "cut_forecast": rf"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:[\w()'’.-]++\s++)"
                        rf"(?:{reporting})\s++[\"“‘']?\s*+(?:{words(table['forecast_modals'])})\s++\w",
        "stance": r"\b(?:has|have)\s++been\s++(?:[a-z]++(?<=ly)\s++)?(?P<word>[\w-]++)\s++"
                  rf"(?:{words(table['stance_spans'])})\b",
        "signs": r"^(?:but\s++|and\s++)?there\s++(?:is|are|was|were|have\s++been|has\s++been)\s++"
                 rf"(?:(?:{words(table['sign_adjectives'])})\s++)?(?:{words(table['sign_nouns'])})\s++(?:of|that)\b",
        "contrast": rf"^(?P<opener>(?:{words(table['contrast_openers'])})\s++(?:[^,\s]++\s++){{0,6}}[^,\s]++),",
        "career": rf"^(?:{words(table['career_openers'])})\b[^,]*+,\s*+(?:he|she|they|i|we)\s++"
                  rf"(?:{words(table['career_verbs'])})\b",
        "standstill": rf"^(?P<subject>(?:\S++\s++){{1,10}}?)(?:{words(table['likeness_verbs'])})\s++"
                      rf"(?:{words(table['standstill_phrases'])})\b",
        "career_clause": rf"(?:^|,\s*+)(?:he|she|they|i|we)\s++(?:{words(table['career_verbs'])})\b",
        "absolute": r"^with\s++(?:[\w'’-]++\s++){1,5}?(?:[a-z]++(?<=ly)\s++){1,3}[a-z]++(?<=ed)\s*+$",
        "observer": rf"^(?:{words(table['observer_openers'])})\s++(?:[\w-]++\s++)?(?:{words(table['observer_nouns'])})\b",
        "belief_that": rf"\b(?:is|are|was|were)\s++(?:{words(table['belief_passives'])})\s++that\b",
        "for_what": rf"^{determiner}\s++(?:[\w'’-]++\s++){{0,3}}?(?:is|are)\s++for\b",
        "gist": r"^(?:(?:that|this|it|which)\s++)?(?:seemed|seems|appeared|appears)\s++to\s++be\s++"
                rf"(?:the|its|his|her|their)\s++(?:[\w'’-]++\s++)?(?:{words(table['gist_nouns'])})\b",
        "lead": rf"^(?:{words(table['opinion_leads'])})\s*+,",
        "ever": r"\bthan\s++(?:[\w'’-]++\s++){0,8}?(?:will|would|could|can|have|has|had)\s++ever\b",
        "routine": rf"\b(?:an|a)\s++(?:{words(table['routine_periods'])})\s++(?:{words(table['routine_outputs'])})\b",
    }
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}


_COMMENTARY_KINDS = {"yield": "figure", "record": "figure", "signs": "judgement",
                     "career": "background", "absolute": "description", "observer": "judgement",
                     "belief_that": "belief", "for_what": "description", "gist": "judgement", "lead": "judgement",
                     "ever": "judgement", "routine": "habit", "cut_forecast": "forecast"}


def _commentary_kind(title: str, sentence: str = "") -> str:
    """The commentary, scenes, background and statistics the 9e1db26 and a055f5b readings struck (events.yaml,
    not_news, backdrop, nonevents21): a sector's yield, a record as a participle, signs seen, a
    career step, an absolute phrase, an observer's view, a belief with "that", what a thing is for, a gist, an
    opinion's lead, a comparison to all time, a routine publication, a forecast with its subject cut; and, with a
    check each, a likeness to another time, a standstill, a writer's device before a perfect, a career step kept to
    its main clause, a standing stance and a contrast's phrase."""
    shapes = _commentary()
    for name, kind in _COMMENTARY_KINDS.items():
        if shapes[name].search(title):
            return kind
    for name, kind in (("same", "description"), ("standstill", "judgement")):
        match = shapes[name].search(title)
        if match and not _tells_before(match.group("subject")):
            return kind  # "The site looked similar"; "Officials said the site looked similar" is told
    if shapes["device"].search(title) and shapes["perfect"].search(sentence or title):
        return "description"  # "Fast forward to 2010, and BP's solar arm has been left to wither": a state by then
    if sentence and shapes["career"].search(sentence) and shapes["career_clause"].search(title):
        return "background"  # "He worked for the Times of London", of "Before joining The New York Times, he ..."
    stance = shapes["stance"].search(title)
    if stance and not is_past(stance.group("word").lower()) and stance.group("word").lower() not in _PREPOSITIONS:
        return "state"  # "The FT has been reliably pro-BP throughout"; "He has been detained since March" stays
    if sentence and _cut_from_contrast(shapes, title, sentence):
        return "description"  # "The deserted seas", of "Instead of today's deserted seas, his photos show ..."
    return _release_kind(title) or _colour_kind(title, sentence)


@cache
def _releases() -> dict[str, re.Pattern[str]]:
    """events.yaml not_news backdrop, the (nonevents22) shapes, compiled: listed words and bounded runs of words,
    linear time."""
    table = rules()["not_news"]["backdrop"]
    words = _words_pattern
    bounds = words(rules()["not_news"]["figure_bounds"])
    amount = rf"(?:(?:{bounds})\s++)?(?:[$£€]\s?+\d|\d)"
    papers = words(table["release_papers"])
    subject = r"^(?P<subject>(?:\S++\s++){1,12}?)"
    shapes = {
        "paper_put": rf"^(?:\S++\s++){{0,6}}?(?:{papers})\s++put\s++(?:\S++\s++){{1,20}}?at\s++{amount}",
        "change": rf"\b(?:{papers})\s++(?:\S++\s++){{0,3}}?(?:{words(table['release_showings'])})\s++"
                  rf"(?:an?|the)\s++(?:\S++\s++){{0,2}}?(?:{words(table['release_changes'])})\s++of\s++{amount}",
        "measure": rf"^(?:\S++\s++){{0,4}}?(?:{words(table['measure_subjects'])})\s++(?:\S++\s++){{0,3}}?"
                   rf"(?:{words(table['measure_verbs'])})\b[^\d]*+\d",
        "targets": rf"\b(?:{words(table['list_targets'])})\s++(?:{words(table['list_hits'])})\s++"
                   r"(?:\S++\s++){0,3}?(?:included|include|includes)\b",
        "range": rf"^the\s++(?:{words(table['range_parts'])})\s++of\s++(?:the|its|their|a|his|her)\s++"
                 rf"(?:\S++\s++)?(?:{words(table['range_nouns'])})\b",
        "vox": rf"^(?:\S++\s++){{0,3}}?(?:{words(table['crowd_subjects'])})\b[^,]{{0,100}}?\b"
               rf"(?:{words(table['crowd_reactions'])})\s++(?:their|his|her|its)\b",
        "market": rf"^(?:\S++\s++){{0,5}}?(?:{words(table['market_measures'])})\b"
                  rf"|^(?:\S++\s++){{0,4}}?(?:{words(table['market_players'])})\s++(?:{words(table['market_moods'])})\b",
        "refusal": rf"\b(?:{words(table['refusal_verbs'])})\s++(?:{words(table['refusal_tellings'])})\b",
        "dead": rf"^(?P<subject>(?:\S++\s++){{0,8}}?(?:{words(table['dead_subjects'])})(?:\s++[^\s,]++){{0,6}}?)\s++"
                rf"(?:{words(table['lying_verbs'])})\s++(?!(?:{words(table['lying_not_places'])})\b)"
                rf"(?:{words(table['lying_places'])})\b",
        "based": rf"{subject}(?:was|is|were|are)\s++(?:[a-z]++(?<=ly)\s++)?based\s++"
                 rf"(?:{words(table['base_links'])})\b",
        "looks_set": rf"{subject}(?:{words(table['set_lookers'])})\s++(?:{words(table['set_words'])})\s++to\b"
                     r"(?![^.;]*?\bbut\b)",
    }
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}


_RELEASE_KINDS = {"paper_put": "figure", "change": "figure", "measure": "figure", "targets": "figure",
                  "range": "figure", "market": "figure", "vox": "reaction", "refusal": "own reporting"}


def _release_kind(title: str) -> str:
    """The figures, scenes, forecasts and reactions the 01fc943, 9e1db26 and a055f5b readings still struck
    (events.yaml, not_news, backdrop, nonevents22): a paper's figure, a release's change as a noun, a measurement in
    the present, a routine list of targets, a part of a range, a market's colour, a vox pop, a refusal to tell; and,
    with the subject checked for a past or reporting verb, the dead lying, a standing base and a forecast by looks."""
    shapes = _releases()
    for name, kind in _RELEASE_KINDS.items():
        if shapes[name].search(title):
            return kind
    for name, kind in (("dead", "description"), ("based", "description"), ("looks_set", "forecast")):
        match = shapes[name].search(title)
        if match and not _tells_before(match.group("subject")):
            return kind  # "Some of the youngest victims lay in simple coffins"; "A source said bodies lay ..." is told
    return ""


_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"


@cache
def _colours() -> dict[str, re.Pattern[str]]:
    """events.yaml not_news backdrop, the (nonevents23) shapes, compiled: listed words and bounded runs of words,
    linear time. The shapes with a group "subject" start at the title's start; the caller checks that run."""
    table = rules()["not_news"]["backdrop"]
    words = _words_pattern
    subject = r"^(?P<subject>(?:\S++\s++){0,12}?)"
    outlets, staff = words(rules()["not_news"]["outlets"]), words(rules()["not_news"]["outlet_staff"])
    days = rf"(?:{_WEEKDAYS}|day|morning|afternoon|evening|night|weekend)"
    shapes = {
        "absence": rf"{subject}there\s++(?:was|were|is|are)\s++no\s++(?!(?:{words(table['absence_turns'])})\b)"
                   r"(?![^.;]*?\bbut\b)",
        "possibility": rf"{subject}(?:was|is|were|are)\s++(?:the|a)\s++(?:\S++\s++)?"
                       rf"(?:{words(table['possibility_nouns'])})\s++that\b",
        "unheld": r"^(?P<subject>(?:\S++\s++){1,12}?)(?:was|were)\s++"
                  rf"(?:(?:{words(table['plan_revisions'])})\s++(?:{words(table['unheld_plans'] + table['revised_plans'])})"
                  rf"|(?:{words(table['unheld_plans'])}))\s++to\b",
        "span": rf"\bit\s++took\s++(?:\S++\s++){{0,2}}?(?:{words(table['span_units'])})\b(?!\s++(?:to|for)\b)",
        "glimpse": rf"\b(?:{words(table['showing_verbs'])})\s++(?:a|an|some)\s++(?:\S++\s++)?"
                   rf"(?:{words(table['glimpse_nouns'])})\s++of\b",
        "day_spent": rf"\b(?:spent|spend)\s++(?:a|an)\s++(?:{words(rules()['title_day_adjectives'])})\s++{days}\b",
        "parked": rf"{subject}(?:was|were|sat|lay|stood)\s++(?:\S++\s++)?(?:{words(table['standing_still'])})\b",
        "just": rf"{subject}had\s++just\s++(?!(?:{words(table['just_acts'])})\b)(?-i:[a-z])",
        "proof": rf"\b(?:has|have|had)\s++(?:\S++\s++)?(?:{words(table['showing_proofs'])})\s++that\b[^.;]*?"
                 rf"\b(?:{words(table['present_copulas'])})\b",
        "doubt": rf"^(?:\S++\s++){{0,2}}?(?:{words(table['doubting_observers'])})\s++"
                 r"(?:(?:were|are|have\s++been)\s++)?"
                 rf"(?:(?:[a-z]++(?<=ly)|{words(table['doubt_adverbs'])})\s++)?(?:{words(table['doubting_verbs'])})\b",
        "count": rf"^(?:(?:{words(table['count_hedges'])})\s++)?\d[\d,.]*+\s++"
                 rf"(?!(?:{words(table['count_casualties'])})\b)(?-i:[a-z]++)(?<=ed)\W*+$",
        "term": rf"^(?P<subject>[^,;]{{0,120}}?)\b(?:{words(table['term_nouns'])})\b[^,;]{{0,60}}?\b"
                rf"(?:{words(table['term_runs'])})(?:\s++only)?(?:\s++(?:to|until|till|through)\b|\W*+$)",
        "fragment": rf"^(?-i:[A-Z][a-z]++)(?<=ing)\s++(?:{words(table['fragment_particles'])})\b(?P<rest>.*+)$",
        "signs": rf"^(?:(?:the|a|an)\s++)?(?:[\w'’-]++\s++){{0,2}}?(?:{outlets})\s*+(?:{staff})\b"
                 rf"(?:\s++[^\s,]++){{0,8}}?\s++(?:{words(rules()['not_news']['witness_verbs'])})\b(?P<rest>.*+)$",
        "overhead": rf"\b(?:{words(table['seen_signs'])})(?:\s++\S++){{0,3}}?\s++overhead\b",
        "feed": rf"\bas\s++seen\s++(?:on|in|from)\s++(?:(?:the|a)\s++)?(?:\S++\s++){{0,2}}?"
                rf"(?:{words(table['feed_nouns'])})\b",
        "citation": r"\((?P<head>[^()]{3,160}?),\s*+\d{1,2}\s++(?-i:[A-Z][a-z]++)\)",
    }
    return {name: re.compile(shape, re.IGNORECASE) for name, shape in shapes.items()}


_COLOUR_KINDS = {"span": "comparison", "glimpse": "description", "day_spent": "description", "proof": "inference",
                 "doubt": "belief", "count": "figure"}
_SUBJECT_KINDS = {"unheld": "plan", "just": "background", "term": "description"}
# an absence, a possibility or things parked told after a past in a relative or a participle ("barges used to ...") ("One they came across was the possibility that"):
# only a reporting verb before it tells it ("Gortney said there were no warplanes"), or quotation marks around it
_TOLD_KINDS = {"absence": "description", "possibility": "forecast", "parked": "description"}


def _colour_kind(title: str, sentence: str = "") -> str:
    """The colour, scenes, opinion, spans and fragments the 9ba1db0 and 4501b89 readings still struck (events.yaml,
    not_news, backdrop, nonevents23): a span in an analysis, a mood shown, a day spent, a judgement by proof,
    observers' doubts, a count cut from its noun; with the subject checked for a past or reporting verb, an absence,
    a possibility, a plan that did not hold, things parked, a scene set with "had just", a term's end;
    and a participle fragment, the staff's sighting of signs, a live feed watched and a headline cited."""
    shapes = _colours()
    for name, kind in _COLOUR_KINDS.items():
        if shapes[name].search(title):
            return kind
    for name, kind in _SUBJECT_KINDS.items():
        match = shapes[name].search(title)
        if match and not _tells_before(match.group("subject")) \
                and not (name == "just" and _happens_when(sentence)):
            return kind  # "Operation Dawn Mermaid was initially meant to begin"; "said it was meant to" is told
    for name, kind in _TOLD_KINDS.items():
        match = shapes[name].search(title)
        if match and not lexicon().reporting_verbs & set(words_of(match.group("subject"))) \
                and not _spoken_in_quotes(title, sentence):
            return kind  # "There were no U.S. warplanes over Libya"; "Gortney said there were no ..." is told
    fragment = shapes["fragment"].search(title)
    if fragment and not _tells_before(fragment.group("rest")):
        return "description"  # "Disembarking from a boat onto Lampedusa": a caption's participle, no subject
    sighting = shapes["signs"].search(title)
    if sighting and _only_signs(sighting.group("rest")):
        return "own reporting"  # "A Reuters reporter saw large plumes of black smoke": colour; "heard gunfire" stays
    overhead = shapes["overhead"].search(title)
    if overhead and _only_signs(title) and _observed_before(title[: overhead.start()]):
        return "description"  # "A witness said NATO planes were flying overhead": no outcome seen
    if sentence and shapes["feed"].search(sentence):
        return "own reporting"  # "The color of the fluid, as seen on the live feed, has lightened"
    citation = shapes["citation"].search(sentence) if sentence else None
    if citation and " ".join(words_of(title)).lower() in " ".join(words_of(citation.group("head"))).lower():
        return "quotation"  # "(BP clashes with scientists, 1 June)": a letter citing an article's headline
    return ""


def _spoken_in_quotes(title: str, sentence: str) -> bool:
    """Whether the title's opening words stand inside a quotation of its sentence: someone's statement ("“There is no
    information of killed civilians,” the spokesman said"), news of its own day."""
    head = " ".join(words_of(title)[:4]).lower()
    return bool(head) and any(head in " ".join(words_of(quoted.group())).lower() for quoted in QUOTED.finditer(sentence))


_JUST_WHEN = re.compile(r"\bhad\s++just\b[^.;]*?\bwhen\b", re.IGNORECASE)


def _happens_when(sentence: str) -> bool:
    """Whether a "had just" scene goes on to "when" in its sentence ("Clinton had just come out of a television studio
    when she spoke to Lavrov"): the event is the when-clause's, so the scene's entry, dated right, stays."""
    return bool(_JUST_WHEN.search(sentence))


def _observed_before(text: str) -> bool:
    """Whether someone's saying or seeing comes in `text` (a reporting verb or not_news `witness_verbs`): an
    observer's report ("A witness said planes were flying overhead"); "Planes circled overhead" alone stays."""
    seen = set(words_of(text))
    return bool(seen & lexicon().reporting_verbs or seen & frozenset(rules()["not_news"]["witness_verbs"]))


def _only_signs(seen_text: str) -> bool:
    """Whether what was seen or heard names signs (smoke, jets: events.yaml seen_signs) and no happening (the other
    witnessed_happenings: a strike, gunfire)."""
    table = rules()["not_news"]
    signs = frozenset(table["backdrop"]["seen_signs"])
    seen = {word.lower() for word in words_of(seen_text)}
    return bool(seen & signs) and not seen & (frozenset(table["witnessed_happenings"]) - signs)


_PREPOSITIONS = frozenset({"in", "at", "on", "with", "under", "for", "to", "from", "by", "into", "out", "behind"})


def _cut_from_contrast(shapes: dict[str, re.Pattern[str]], title: str, sentence: str) -> bool:
    """Whether every word of the title but a determiner stands in its sentence's contrast opener ("Instead of today's
    deserted seas, ..."): the title is the phrase compared, not the sentence's act."""
    opener = shapes["contrast"].search(sentence)
    if not opener:
        return False
    words = set(words_of(title)) - {"a", "an", "the"}
    return bool(words) and words <= set(words_of(opener.group("opener")))


def _cut_from_membership(shapes: Backdrop, title: str, sentence: str) -> bool:
    """Whether the title is only the subject of its sentence's membership ("The fighters in an attack" of "The
    fighters in Saturday's attack are part of what some have dubbed a Mad Max army"): every word of the title but a
    determiner stands in that subject, so the title keeps the group and drops what it is."""
    membership = shapes.membership.search(sentence) if sentence else None
    if not membership or _subject_tells(membership.group("subject")) \
            or _relative_acts(sentence[membership.end():]):
        return False
    words = set(words_of(title)) - {"a", "an", "the"}
    return bool(words) and words <= set(words_of(membership.group("subject")))


def _subject_tells(subject: str) -> bool:
    """_tells_before on a subject's lower-case words: a capitalised "-ed" word names ("Standard Chartered's focus"),
    it tells no act."""
    return _tells_before(" ".join(word for word in subject.split() if not word[:1].isupper()))


def _relative_acts(text: str) -> bool:
    """Whether a relative pronoun with a past verb right after it comes in `text` ("part of a Texas A&M team that made
    a tour around the well": the team's act, told of the date); "what some have dubbed" is a name, no act."""
    words = words_of(text)
    return any(word in _RELATIVE_OPENERS and is_past(following) and following not in lexicon().reporting_verbs
               for word, following in zip(words, words[1:]))


@cache
def _source_participle_run() -> re.Pattern[str]:
    """ "and reviewed by": another participle of the same source (events.yaml, not_news, backdrop source_participles)."""
    participles = _words_pattern(rules()["not_news"]["backdrop"]["source_participles"])
    return re.compile(rf"\band\s++(?:{participles})\s++by\b", re.IGNORECASE)


def _rhetoric_kind(found: NotNews, title: str) -> str:
    """The writer's verdicts, nightfall, distances and bare counts (events.yaml, not_news): "that day will be
    remembered for ...", "was underscored by events in Washington", "Night fell over Benghazi", "The building is only
    100 yards from a statue", "17,855 cases and 45 deaths": no happening told. A verdict told or an act before it
    stays ("Obama said the day would be remembered")."""
    for kind, pattern in (("judgement", found.retrospect), ("description", found.distance)):
        hit = pattern.search(title)
        if hit and not _tells_before(title[: hit.start()]):
            return kind
    emphasis = found.emphasis.search(title)
    if emphasis and not _tells_before(emphasis.group("before")):
        return "judgement"
    nightfall = found.nightfall.search(title)
    if nightfall and not _acts_after(title[nightfall.end():]):
        return "scene"  # "Dusk fell the shelling ... abated" goes on to what happened
    return "figure" if is_bare_count(title) else ""


def is_bare_count(title: str) -> bool:
    """Whether the title is a tally or a headcount (events.yaml, not_news, bare_count_copulas): it opens with a number
    (maybe after one of `figure_bounds`), and has no verb, or its first verb is a copula with no past participle after
    it ("17,855 cases and 45 deaths", "1,658 were strike sorties"). "At least 18 people were killed" and "About 3,000
    crossed" tell what happened."""
    words = words_of(title)
    table = rules()["not_news"]
    bounds = sorted((tuple(str(b).split()) for b in table["figure_bounds"]), key=len, reverse=True)
    start = next((len(b) for b in bounds if tuple(words[:len(b)]) == b), 0)
    if start >= len(words) or not words[start][:1].isdigit():
        return False
    lex = lexicon()
    copulas = frozenset(table["bare_count_copulas"])
    for i, word in enumerate(words[start + 1:], start + 1):
        if word in copulas:
            following = words[i + 1] if i + 1 < len(words) else ""
            # "were killed", "are investigating", "is being": an act told in the passive or the progressive
            return not (is_past(following) or following.endswith("ing") or following in ("expected", "set", "due", "to"))
        if is_past(word) and words[i - 1] not in _BEFORE_ADJECTIVE or word in lex.reporting_verbs \
                or word in lex.future_auxiliaries or word in lex.modals or word in ("has", "have", "had") \
                or word.endswith("ing") and len(word) > 5:
            return False
    return True


QUOTED_TITLE_SHARE = 0.6  # how much of a title's opening up to its first verb must be a quotation's words


def quotes_a_view(title: str, sentence: str, date_at: int) -> bool:
    """Whether the title is a direct quotation's opinion, dated by its saying (events.yaml, not_news,
    quoted_view_*): "“Gadhafi's air defense systems are certainly old ...,” Sen. John McCain asserted Friday". The
    title's opening up to its first verb is mostly the words of the sentence's quotations, the verb is one of them,
    the date (`date_at`, an offset in `sentence`) stands outside every quotation, and the verb is a copula with no
    participle or verb in -ing after it, or a modal: what someone thinks is so, not what happened. A quoted act
    ("“We shelled the port on Monday”") and one in progress ("are shooting at them") stay."""
    spans = [(m.start(), m.end()) for m in QUOTED.finditer(sentence)]
    if not spans or any(a <= date_at < b for a, b in spans):
        return False
    quoted = set(words_of(" ".join(sentence[a:b] for a, b in spans)))
    words = words_of(title)
    if words[:1] == ["there"]:
        return False  # "“There was a massive demonstration in Fashloum,” he said": something happened
    table = rules()["not_news"]
    copulas = frozenset(table["quoted_view_copulas"])
    modals = {tuple(str(m).split()) for m in table["quoted_view_modals"]}
    lex = lexicon()
    for i, word in enumerate(words):
        modal = any(tuple(words[i:i + len(m)]) == m for m in modals)
        if word in copulas or modal or is_past(word) or word in lex.reporting_verbs or word in lex.future_auxiliaries:
            opening = words[: i + 1]
            if word not in quoted or sum(w in quoted for w in opening) < QUOTED_TITLE_SHARE * len(opening):
                return False
            if modal:
                return True
            following = words[i + 1] if i + 1 < len(words) else ""
            # "were driven out", "are shooting", "is to": an act told, in progress or planned
            return word in copulas and not (is_past(following) or following.endswith("ing") or following == "to")
    return False


def _comparison_or_intent_kind(found: NotNews, title: str, sentence: str) -> str:
    """A comparison and an intention or a pending event (events.yaml, not_news, comparison_phrases, intent_verbs,
    pending_verbs): one thing set against another ("The current phase was reminiscent of the NATO bombing of Serbia":
    the date is the other's), what someone wants or faces ("Scottish prosecutors want to question him", "Berlusconi is
    facing a crucial vote"): no happening told. A told one stays, and so does an act before it (or, for a comparison,
    after it: "in contrast to Sunday's fighting when rebels repelled a government assault")."""
    comparison = found.comparison.search(title)
    if comparison and not _tells_before(title[: comparison.start()]) and not _acts_after(title[comparison.end():]):
        return "comparison"
    intent = found.intent.search(title)
    if intent and words_of(title[intent.end("before"):])[:1] in (["plans"], ["plan"], ["aims"], ["aim"]) \
            and _acts_after(title[intent.end():], after_gerund=False):
        return ""  # "Government plans to limit numbers ... suffered a surprise defeat": "plans" is the subject
    if intent and not _tells_before(intent.group("before")) and not _attributed(title, sentence):
        return "plan"
    schedule = found.schedule.search(title)
    if schedule and not _tells_before(schedule.group("before")) and not _attributed(title, sentence):
        return "plan"  # "President Barack Obama is due in the region": where he is to be, not where he went
    return ""


def tells_plan_of_past(title: str, sentence: str, date_end: int, published: int | None, before_date: str) -> bool:
    """Whether the title tells a plan (events.yaml, not_news: a copula and "to", maybe one of `to_plan_words`) whose
    date, its own (a plan word before it in the sentence and no act between), ended
    `plan_date_margin_days` or more before publication (days as ordinals): "Prisoners were to mark the anniversary ...
    on Saturday", "Catherine Ashton was to detail on Monday meetings with rebel leaders", told after the day: what
    was meant, no outcome. A plan of a day told on or before it stays (the wire's "NATO ministers were to weigh up
    options at talks in Brussels on Thursday", published that Thursday; timeline.salience.happened keeps it only if a
    later article reports the day), so does a told one, one with an act before it, and one whose date another act
    owns ("Jackson was due to play 50 UK dates Michael Jackson died from an overdose on 25 June, 2009")."""
    if published is None or date_end > published - rules()["not_news"]["plan_date_margin_days"]:
        return False
    found = not_news()
    plan = found.to_plan.search(title)
    if plan is None or _tells_before(plan.group("before")) or _attributed(title, sentence):
        return False
    window = before_date[-FUTURE_WINDOW_CHARS:]
    markers = list(found.plan_word.finditer(window))
    return bool(markers) and not _acts_between(window[markers[-1].end():])


def tells_plan_of_page_day(title: str, date_phrase: str, days: tuple[int, int], published: int | None) -> bool:
    """Whether a title dated the page's own day by `date_phrase` tells a plan for later that day (events.yaml,
    not_news, page_day_plan): "David Cameron travels to Washington later today", "Engineers will today begin
    testing". salience.happened reads a date no later than its page as done, so such a plan stays with no outcome.
    A title with a past or reporting verb stays: an act told later the same day ("Later today BP announced ..."), a
    told plan ("BP is to hive off its operation, the company said")."""
    if published is None or days != (published, published):
        return False
    found = _page_day_plan()
    phrase = " ".join(words_of(date_phrase))
    words = words_of(found.past_plan.sub(" ", title))  # "was set to file": the plan's own past is no act
    # a past verb anywhere tells an act of the day ("BP is to hive off its operation, the company said")
    if any(is_past(word) for word in words) or lexicon().reporting_verbs & set(words):
        return False
    return phrase in found.later or (phrase in found.phrases and found.plan.search(title) is not None)


@dataclass(frozen=True)
class PageDayPlan:
    """events.yaml not_news `page_day_plan`, compiled: the date phrases and the plan words."""
    later: frozenset[str]
    phrases: frozenset[str]
    plan: re.Pattern[str]
    past_plan: re.Pattern[str]  # "was set to": a plan told in the past of its copula


@cache
def _page_day_plan() -> PageDayPlan:
    """events.yaml not_news `page_day_plan`, compiled once."""
    table = rules()["not_news"]["page_day_plan"]

    def phrases(name: str) -> frozenset[str]:
        return frozenset(" ".join(words_of(str(p))) for p in table[name])
    plan = re.compile(rf"(?<![\w'])(?:{_words_pattern(table['plan_words'])})\b", re.IGNORECASE)
    past_plan = re.compile(rf"\b(?:{_words_pattern(table['past_plan_copulas'])})\s++"
                           rf"(?:{_words_pattern(rules()['not_news']['to_plan_words'])})\s++to\b", re.IGNORECASE)
    return PageDayPlan(phrases("later_phrases"), phrases("phrases"), plan, past_plan)


def _acts_between(text: str) -> bool:
    """Whether a past verb that is no adjective (not after a determiner, "of" or a preposition: "for invited members of
    the public", "with armed men") comes in `text`: another act, which may own the date after it."""
    words = words_of(text)
    reporting = lexicon().reporting_verbs
    return any(is_past(word) and word not in reporting and (not i or words[i - 1] not in _BEFORE_PARTICIPLE_ADJECTIVE)
               for i, word in enumerate(words))


def _habit_or_absence_kind(found: NotNews, title: str) -> str:
    """Habits and non-happenings (events.yaml, not_news, habit_phrases, nothing_subjects): what was done again and
    again ("BP used to publish its results in November") and what did not happen ("Not much was found"): no happening
    of the day they are dated to. A passive ("A vaccine was used to protect") and a habit that ends in a told change
    stay; a name ("Little Rock police arrested two men") has no auxiliary after it."""
    habit = found.habit.search(title)
    if habit and habit.group("before").lower() not in _habit_blockers() and not _acts_before(title[: habit.start()]) \
            and not _acts_after(title[habit.end():]):
        return "habit"
    return "absence" if found.nothing.search(title) or found.never.search(title) else ""


@cache
def _habit_blockers() -> frozenset[str]:
    """events.yaml `not_news.habit_blockers`: a word before "used to" that makes "used" a passive or an accustoming."""
    return frozenset(str(word).lower() for word in rules()["not_news"]["habit_blockers"])


def _opinion_kind(found: NotNews, title: str, sentence: str = "") -> str:
    """Hypotheticals, generic opinion, impressions and moods (events.yaml, not_news): what could have been, what
    somebody unnamed thinks, how someone seemed, a feeling in the air. A told hypothetical stays ("Obama says he
    would have sacked BP's chief executive", a journalists' timeline entry)."""
    hypothetical = found.hypothetical.search(title)
    if hypothetical and not _tells_before(title[: hypothetical.start()]) \
            and not lexicon().reporting_verbs & set(words_of(title)):
        return "hypothetical"  # "A step that could have prevented the deterioration"
    if found.counterfactual_if.search(title):
        return "hypothetical"  # "If Barack Obama had thought that he would be where he is now"
    if found.condition.search(title) and not (lexicon().modals | lexicon().future_auxiliaries) & set(words_of(title)):
        return "hypothetical"  # "If this flu is like the 1918 flu, it was those ... that died": no consequence told
    assessment = found.assessment.search(title)
    if assessment and not _tells_before(title[: assessment.start()]) and not _acts_after(title[assessment.end():]):
        return "judgement"  # "The escalation in costs was seen as further evidence that ...": how it was judged
    if found.generic_opinion.search(title):
        return "belief"  # "Some scientists are saying that a pandemic starts with a mild outbreak"
    impression = found.impression.search(title)
    if impression and not _tells_before(impression.group("subject")):
        return "description"  # "Conrad Murray sounded desperate and looked devastated"
    if _appears_in_a_state(found, title) and not _attributed(title, sentence):
        return "description"  # "The city center appeared to remain firmly in loyalist hands"
    if _any_shape(found.mood).search(title):
        return "mood"  # "Pressure is mounting on the company to clarify ..."
    return ""


def _appears_in_a_state(found: NotNews, title: str) -> bool:
    """Whether the title tells how its subject appeared to stand (events.yaml, not_news, appearance_verbs): "The Libyan
    army appeared to have control", "Barack Obama appeared to be losing his patience": a state seen, no happening. An
    act seen (a past participle or one of `appearance_acts` after the state verb: "appeared to have abandoned their
    positions"), one told before the verb, a told appearance (a reporting verb in the title) and an event for subject
    ("Saturday night's attack appeared to be the second NATO strike") stay."""
    appearance = found.appearance.search(title)
    if appearance is None or _tells_before(appearance.group("subject")) \
            or lexicon().reporting_verbs & set(words_of(title)) \
            or lexicon().event_nouns & set(words_of(appearance.group("subject"))):
        return False  # "Saturday night's attack appeared to be the second NATO strike": the attack is the subject
    following = appearance.group("next").lower()
    return following not in found.appearance_acts and not is_past(following)


def _untold_kind(found: NotNews, title: str, sentence: str) -> str:
    """Reporting notes, links' titles, lists of links and deadlines (events.yaml, not_news): a telling with nothing
    told, a clip's heading, a deadline's task."""
    if _any_shape(found.untold).search(title) or found.no_comment.search(title):
        return "own reporting"  # "described what happened", "Calls placed to his phone were not answered"
    if found.update.search(title) and not _attributed(title, sentence):
        return "own reporting"  # "The coastguard gave an update on moves to stem the flow": what it said is not told
    if _asks_what_is_unknown(found, title, sentence):
        return "unknown"  # "We don't know where the 1918 virus came from" -> "The virus came"
    document = found.document_date.search(title)
    if document and not _tells_before(title[: document.start()]) and not _acts_after(title[document.end():]):
        return "background"  # "The letter was dated March 5": when a paper was written, not what it did
    if _any_shape(found.clip[1:]).search(title) \
            or found.link_item.match(sentence) and found.clip[0].search(title) \
            or _newest_first([int(year) for year in found.link_item.findall(sentence)]):
        return "link"  # "2005: Gadhafi on ending nuclear program", "2010: ... 2009: Images of Liberia's civil war"
    deadline = found.deadline.search(sentence)
    if deadline and title.split(" ", 1)[0].lower() == deadline.group("task").lower():
        return "plan"  # "The commission has until 15 December to produce ..." -> "Produce ...": a task still due
    return ""


UNKNOWN_QUESTION_WORDS = 4  # how far after its question word a title's first words may stand ("where the 1918 virus")


def _asks_what_is_unknown(found: NotNews, title: str, sentence: str) -> bool:
    """Whether the title tells a knowing denied ("Abdulmolah did not know what kind of helicopters ...", no reporting
    verb before it) or is the question of one in its sentence: its first two words among the first
    UNKNOWN_QUESTION_WORDS after the question word ("We don't know where the 1918 virus came from" -> "The virus
    came"). The question's answer is not told, so nothing happened that the title can say."""
    held = found.unknown.search(title)
    if held and not lexicon().reporting_verbs & set(words_of(title[: held.start()])):
        return True
    opening = words_of(title)[:2]
    if len(opening) < 2 or not sentence:
        return False
    for question in found.unknown.finditer(sentence):
        after = iter(words_of(sentence[question.end():])[:UNKNOWN_QUESTION_WORDS])
        if all(word in after for word in opening):  # in order: the iterator is consumed as it is searched
            return True
    return False


def _aside_kind(found: NotNews, title: str, sentence: str) -> str:
    """Questions, the writer's asides, obligations and expectations (events.yaml, not_news): what is asked, weighed,
    owed or awaited, not what happened. An obligation or expectation someone reported stays ("BP says more mud may
    still have to be pumped", a journalists' timeline entry)."""
    if found.question.search(title):
        return "question"  # "Why he would be holding a protest": an indirect question, its answer not told
    if found.commentary.search(title) or found.column.search(title):
        return "commentary"  # "It's worth comparing that with figures a week ago": the writer's aside; a column
    if found.predicted.search(title):
        return "forecast"  # "The longest forecast for a full recovery came from ...": what is predicted
    past_forecast = found.past_forecast.search(title)
    if past_forecast and not _tells_before(past_forecast.group("before")):
        return "forecast"  # "Hurricane Alex was expected to hit the coasts": what was predicted then
    for kind, pattern in (("plan", found.obligation), ("forecast", found.expectation)):
        hit = pattern.search(title)
        if hit and not _tells_before(title[: hit.start()]) and not _attributed(title, sentence):
            return kind  # "Further details have to be worked out", "Sources are expecting a report"
    return ""


def _scene_kind(found: NotNews, title: str, sentence: str) -> str:
    """Scenes, absences, guesses and titles of names only (events.yaml, not_news): how a place was, what was not
    there, what may be so, a name with nothing told of it. A guess someone told stays ("It is likely Jackson was
    addicted ..., Dr Waldman tells the trial", a journalists' timeline entry)."""
    if hears_only_gunfire(title):
        return "scene"  # "Gunshots could be heard outside the hotel": reporting colour, not an event (nonevents28)
    scene = found.scene.search(title)
    if scene and not _tells_before(scene.group("subject")) \
            and not set(words_of(scene.group("rest"))) & found.scene_turns:
        return "scene"  # "The streets were almost empty": a description of conditions
    if found.absence.search(title):
        return "scene"  # "There was no sign of Dr Murray": nothing happened
    if found.idle.search(title) and not _attributed(title, sentence):
        return "scene"  # "Many on his plane dozed or ate their meatloaf": how a crowd passed the time
    status = found.status.search(title)
    if status and not _tells_before(title[: status.start()]) and not _acts_after(title[status.end():]):
        return "state"  # "Saif al-Islam is believed to be still at large in Libya's desert": a status, no happening
    if found.camera.search(title):
        return "caption"  # "The camera panned from a television program to the men": the footage, not the news
    speculation = found.speculation.search(title)
    if speculation and not _tells_before(speculation.group("before")):
        return "guess"  # "Professor X speculated that there could be 20,000 infected people": a guess aloud
    if found.guess.search(title) and not lexicon().reporting_verbs & set(words_of(title)) \
            and not _attributed(title, sentence):
        return "guess"  # "It is possible that ...": a guess, not a happening
    if _names_only(found, title):
        return "name"  # "The Migratory Bird Treaty Act and the Oil Pollution Act": nothing told
    caption = found.caption.search(title)
    if caption and not _tells_before(caption.group("subject")) \
            and not {"was", "were", "is", "are", "be", "been"} & set(words_of(caption.group("subject"))):
        return "caption"  # "Nabil Al-Araby pictured at a meeting in Cairo": what a photograph shows
    if found.link_teaser.search(title):
        return "caption"  # "Full Article U.S. warns of civil war ...": a wire page's teaser
    picture = found.picture.search(title)
    if picture and not _tells_before(picture.group("between")):
        return "caption"  # "The images of Hayward ... show a man looking anything but happy": what pictures show
    if _picture_taken().search(title):
        return "caption"  # "The picture was taken at an air show": the caption's note on a photograph
    if _described_day().search(title):
        return "scene"  # "Friday was another day of claim and counter-claim": the day summed up, nothing told
    return ""


@cache
def _picture_taken() -> re.Pattern[str]:
    """When or where a picture was taken (events.yaml, not_news, picture_nouns, picture_taken_verbs,
    picture_taken_links): a determiner, the picture, a past copula, the verb and a place or time. Runs of listed
    words: linear time."""
    table = rules()["not_news"]
    return re.compile(rf"^(?:the|this|that|a)\s++(?:{_words_pattern(table['picture_nouns'])})\s++(?:was|were)\s++"
                      rf"(?:{_words_pattern(table['picture_taken_verbs'])})\s++"
                      rf"(?:{_words_pattern(table['picture_taken_links'])})\b", re.IGNORECASE)


@cache
def _described_day() -> re.Pattern[str]:
    """A day described (events.yaml, not_news, described_days, described_day_copulas): the day, a copula, "another"
    or "a" and up to two words, "day of". A bounded run of words: linear time."""
    table = rules()["not_news"]
    return re.compile(rf"^(?:(?:{_words_pattern(table['described_days'])})\s++)"
                      rf"(?:{_words_pattern(table['described_day_copulas'])})\s++(?:another|an?)\s++"
                      r"(?:[\w'’-]++\s++){0,2}?day\s++of\b", re.IGNORECASE)


def shows_a_document(title: str, sentence: str, date_end: int) -> bool:
    """Whether the title tells what a paper showed (events.yaml, not_news, document_nouns) and its date, ending at
    `date_end` in the sentence, stands before the showing verb (the paper's date): "Another 2009 order showed rifles
    came from Belgium's FN Herstal", "In 2006, al Qaeda documents found by U.S. forces in Iraq showed that ...": the
    paper's content, dated by the paper, no happening of that date. A date inside what was shown owns its own event
    ("Records showed the last test was logged in March"); a reporting verb before the verb ("Officials said records
    showed ...") or an auxiliary or a second clause between ("The documents were released and showed ...") keeps it:
    then something was told or done."""
    found = not_news()
    document = found.document.search(title)
    if document is None:
        return False
    words = set(words_of(document.group("opening") + " " + document.group("between")))
    if words & (found.document_gap_blockers | lexicon().reporting_verbs):
        return False
    verb = found.document_verb.search(sentence, date_end)
    return verb is not None and not found.document_verb.search(sentence, 0, date_end)


_PERIOD = re.compile(r"\d{4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?+")


@cache
def _period_figure_patterns() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    table = rules()["not_news"]
    return (re.compile(table["period_figure_amount"], re.IGNORECASE), frozenset(table["period_figure_verbs"]),
            re.compile(table["period_toll"], re.IGNORECASE))


def is_period_figure(title: str, date: str) -> bool:
    """Whether an entry dated to a year, quarter, half or season (`date`, a calendar value) tells a figure of that
    period: an amount in the title and one of events.yaml's not_news `period_figure_verbs` ("Exxon made a profit of
    $40bn" in 2007, "China took 3 percent of its imported crude from Libya" last year): accounts, no happening; or a
    count of the dead of that period (`period_toll`: "34,000 people in the US died of common influenza viruses" last
    year, "Undoubtedly more people died from regular flu" this year): a statistic."""
    if not _PERIOD.fullmatch(date):
        return False
    amount, verbs, toll = _period_figure_patterns()
    return amount.search(title) is not None and bool(verbs & set(words_of(title))) or toll.search(title) is not None \
        or _period_tally().search(title) is not None


@cache
def _period_tally() -> re.Pattern[str]:
    """events.yaml not_news `period_counts`, `period_sales`, `period_effects` (nonevents24), one pattern: a number of
    times, goods sold, a weight on accounts, told of a year or a quarter ("attacked more than 110 times" in 2010)."""
    table = rules()["not_news"]
    keys = ("period_counts", "period_sales", "period_rankings", "period_effects")  # period_rankings: nonevents31
    return re.compile("|".join(f"(?:{table[key]})" for key in keys), re.IGNORECASE)


def tells_future_of_past(title: str, date_end: int, published: int | None, before_date: str) -> bool:
    """Whether the title's first verb is a future ("will", "is expected to": events.yaml, not_news, future_markers)
    while its date, after that future in the sentence, ended `future_date_margin_days` or more before publication
    (days as ordinals): "The commission will be similar to those that looked into ... Challenger in 1986" dates a
    comparison, "the disaster will within weeks exceed even the 1989 Exxon Valdez catastrophe" another event; no
    outcome is told. A told future stays ("Salazar said BP will be
    held accountable"), and so does one dated on or after its telling, and one whose date comes before the future in
    its sentence (`before_date`, the sentence up to the date: "Under a deal signed Friday, the two companies will share
    the pipeline" dates the signing)."""
    if published is None or date_end > published - rules()["not_news"]["future_date_margin_days"]:
        return False
    future = not_news().future.search(title)
    # the future before the date, in the stretch of the sentence the title can come from (a bounded window: a hostile
    # sentence of thousands of dates must not be scanned once per date)
    if future is None or not _future_word().search(before_date[-FUTURE_WINDOW_CHARS:]):
        return False
    return _future_is_own(future.group("before"))


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
FUTURE_AFTER_DATE_WORDS = 2  # "this year will be implementing": the future may follow its preposed date this closely


# where a sentence turns from its opening clause to another: a comma and a conjunction, or a semicolon
_CLAUSE_TURN = re.compile(r",\s*+(?:but|and|while|yet|whereas|though|although)\b|;")


@cache
def _span_ago() -> re.Pattern[str]:
    """events.yaml not_news `span_ago_units`: a sentence that opens with up to four words, one of them and "ago" ("A
    half century ago,", "Forty years ago"), the group "span"."""
    units = _words_pattern(rules()["not_news"]["span_ago_units"])
    return re.compile(rf"^\W*+(?P<span>(?:[\w'’-]++\s++){{0,4}}?(?:{units})\s++ago)\b", re.IGNORECASE)


def tells_span_before_day(title: str, before_date: str, days: tuple[int, int], published: int | None) -> bool:
    """Whether the title, dated to the publication day, tells the clause of a sentence that opens years back ("A half
    century ago, Americans rallied to JFK's call, but today, when Americans are weary of war, ..." -> "Americans
    rallied to JFK's call" on the page's day): all its words stand in the span's clause (up to a comma and a
    conjunction, or a semicolon), so the act is the span's, not the day's (events.yaml not_news `span_ago_units`). A
    title with words of another clause ("Two decades ago, Gadhafi was a pariah, but rebels took Tripoli today" ->
    "Rebels took Tripoli") stays."""
    if published is None or days != (published, published):
        return False
    span = _span_ago().match(before_date)
    if span is None:
        return False
    rest = before_date[span.end():]
    turn = _CLAUSE_TURN.search(rest)
    told = set(words_of(rest[: turn.start() if turn else len(rest)]))
    words = words_of(title)
    return bool(first_trigger(words)) and all(word in told for word in words)


def tells_future_in_period(title: str, date: str, days: tuple[int, int], published: int | None, before_date: str,
                           after_date: str) -> bool:
    """Whether the title's first verb is a future (events.yaml, not_news, future_markers; not told, as in
    tells_future_of_past) while its date is a period, not a day (a year, month, season or week, `days` its first and
    last day as ordinals), that holds the article's publication day: "Lawyers for Dr Murray, who will appear in court
    later this year" (2011, told in 2011), "Canada this year will be implementing its strategy". The plan is still to
    come inside its period, and no outcome is told; a timeline.salience.happened check cannot see it, as the period
    began before the telling. A plan dated to a day is that check's ("Barack Obama will fly to Louisiana today", a
    journalists' line, stays), and so is one dated after publication; a told future stays ("The administration
    announced it will spend $29m this year"), and so does a past or reporting verb before the future."""
    if published is None or _DAY_VALUE.match(date) or not days[0] <= published <= days[1]:
        return False
    future = not_news().future.search(title) or _period_plan().search(title)
    if future is None:
        return False
    if _opens_coordinated_future(before_date, after_date):
        return True  # "Canada has completed its review and this year will be implementing the strategy"
    after = words_of(after_date)[:FUTURE_AFTER_DATE_WORDS]
    if not _future_word().search(before_date[-FUTURE_WINDOW_CHARS:]) and not _period_plan_word(before_date) \
            and not _future_word().search(" ".join(after)) and not _in_future_condition(before_date):
        return False  # the date is another clause's ("Under a deal signed this month, the companies will share")
    return _future_is_own(future.group("before"))


def _opens_coordinated_future(before_date: str, after_date: str) -> bool:
    """Whether the date stands between one of events.yaml's not_news `future_coordinators` and a future auxiliary
    ("... has completed its review and this year will be implementing"), with no reporting verb or present telling
    before it in its sentence: the date is the coordinated future's, not the done act's."""
    before = words_of(before_date[-FUTURE_WINDOW_CHARS:])
    after = words_of(after_date)[:1]
    if not before or before[-1] not in rules()["not_news"]["future_coordinators"] \
            or not after or after[0] not in lexicon().future_auxiliaries:
        return False
    told = set(words_of(before_date))
    return not lexicon().reporting_verbs & told and not _future_tellers() & told


def _in_future_condition(before_date: str) -> bool:
    """Whether the date ends a sentence-opening clause of time (events.yaml not_news `future_condition_openers`)
    with no clause mark, past or reporting verb before it: "When Feinberg takes over this month, claimants will be
    offered": the date is the condition's, and so the future's; "After BP capped the well this month" dates the
    capping."""
    if len(before_date) > FUTURE_WINDOW_CHARS or _CLAUSE_MARK.search(before_date):
        return False
    opening = " ".join(words_of(before_date)[:3]) + " "
    return any(opening.startswith(f"{opener} ") for opener in rules()["not_news"]["future_condition_openers"]) \
        and not _tells_before(before_date)


@cache
def _period_plan() -> re.Pattern[str]:
    """events.yaml not_news `period_plan_markers` as the title's verb, the group "before" what comes before it (as
    the future pattern: a bounded lazy run of words from the title's start)."""
    markers = _words_pattern(rules()["not_news"]["period_plan_markers"])
    return re.compile(rf"^(?P<before>(?:\S++\s++){{0,12}}?)(?:{markers})\s++(?-i:[a-z])", re.IGNORECASE)


def _period_plan_word(before_date: str) -> bool:
    """Whether one of `period_plan_markers` stands in the window before a date ("plans to resume marketing within")."""
    window = " ".join(words_of(before_date[-FUTURE_WINDOW_CHARS:]))
    return any(f" {marker} " in f" {window} " for marker in rules()["not_news"]["period_plan_markers"])


def _future_is_own(before: str) -> bool:
    """Whether nothing before a title's future tells it or acts (tells_future_of_past, tells_future_in_period): no
    past or reporting verb, and no present telling ("The coast guard announces it will ..."). A past verb right after
    a relative pronoun is its clause's ("All shipments that arrived after April 21 will be subject to the ban"): the
    title's own verb is still the future."""
    words = words_of(before)
    own = [word for i, word in enumerate(words) if not (i and words[i - 1] in _RELATIVE_OPENERS and is_past(word)
                                                        and word not in lexicon().reporting_verbs)]
    return not _tells_before(" ".join(own)) and not _future_tellers() & set(own)


@cache
def _present_state() -> re.Pattern[str]:
    """The present progressive or state verb of tells_present_of_past (events.yaml, not_news), the group "before" what
    comes before it: a bounded lazy run of words from the title's start, then listed words."""
    table = rules()["not_news"]
    copulas, adverbs = _words_pattern(table["present_copulas"]), _words_pattern(table["present_adverbs"])
    return re.compile(rf"^(?P<before>(?:\S++\s++){{0,16}}?)(?:(?:{copulas})\s++(?:(?:{adverbs})\s++)?"
                      rf"(?-i:[a-z])[a-z]*+(?<=ing)\b|(?:{_words_pattern(table['present_state_verbs'])})\b)", re.IGNORECASE)


@cache
def _present_verdict() -> re.Pattern[str]:
    """A verdict told in the present (events.yaml, not_news, present_verdict_verbs), the group "before" what comes
    before it: a bounded lazy run of words from the title's start, then a listed word."""
    verbs = _words_pattern(rules()["not_news"]["present_verdict_verbs"])
    return re.compile(rf"^(?P<before>(?:\S++\s++){{1,12}}?)(?:{verbs})\b", re.IGNORECASE)


def tells_present_of_past(title: str, date_end: int, published: int | None) -> bool:
    """Whether the title's first verb tells a present state ("are still infecting", "remains") while its date ended
    `present_date_margin_days` or more before publication (days as ordinals): "Descendants of the 1918 pandemic are
    still infecting human beings" tells how things are now; the date is the reference's. An event noun after the verb
    keeps it ("Jackson's former doctor is facing a manslaughter charge following the singer's death" of last June)."""
    if published is None or date_end > published - rules()["not_news"]["present_date_margin_days"]:
        return False
    verdict = _present_verdict().search(title)
    # "to proceed" is no act (an infinitive, which `_acts_after` skips)
    if verdict and not _acts_after(verdict.group("before")) and not lexicon().reporting_verbs & set(words_of(title)):
        return True  # "The decision to proceed with this concert disrespects opinions ... expressed ... in April"
    present = _present_state().search(title)
    # an event noun or a past verb after it may own the date ("is facing a manslaughter charge following the singer's
    # death" of "last June", "are asking what went wrong before it exploded on 20 April"): that event is the
    # article's, and the merge joins it to its entry
    # a past verb right after a relative pronoun is its clause's ("Several figures from the free officers, the group
    # that plotted the 1969 coup, are leading the INC": the date is the coup's, the title's verb the present's)
    # and a present right after a relative pronoun is the clause's too ("was giving evidence to the panel that is
    # investigating the disaster"), as a past progressive before it tells the title's own verb
    before = words_of(present.group("before")) if present else []
    if before and (before[-1] in _RELATIVE_OPENERS or {"was", "were"} & set(before)):
        return False
    return present is not None and _future_is_own(present.group("before")) \
        and not any(word in lexicon().event_nouns or is_past(word) for word in words_of(title[present.end():]))


def tells_nowadays(sentence: str, date_phrase: str, before_date: str) -> bool:
    """Whether the sentence opens with a "today" of nowadays (events.yaml, not_news, nowadays_*): "Today," first (maybe
    after a conjunction) and the clause's first finite verb a present state or habit ("Today, the country is split into
    territories", "Today, the rebel-held town of Jadu ... has become the center for ...", "Today, their descendants use
    the same ridgeline"): how things are now against a past told before, no event of the page's day. A past, a
    perfect of an act, a future or a present telling stays ("Today, she received over 3,000 orders", "Today one man has
    stepped forward", "Today BP says it will ...")."""
    table = rules()["not_news"]
    if date_phrase.lower() not in table["nowadays_dates"] \
            or not set(words_of(before_date)) <= set(table["nowadays_openers"]):
        return False
    start = sentence.find(date_phrase, len(before_date)) + len(date_phrase)
    if start < len(date_phrase) or sentence[start:start + 1] in ("'", "’"):
        return False  # "Today's agreement ...": a noun's owner, not the clause's time
    # a bare adverb is no verb and would hide the subject from the verb ("Today Egypt still lacks ...")
    words = [w for w in sentence[start:].lstrip(" ,").split() if w.strip(",") and not is_adverb(w.lower())]
    return _first_verb_is_present(words, table)


def _first_verb_is_present(words: Sequence[str], table: dict) -> bool:
    """Whether the clause's first finite verb (outside comma asides, within `nowadays_reach` words) is a present state
    or habit: one of `nowadays_copulas`, one of `nowadays_perfects` after "has"/"have", or a present form that is no
    reporting verb."""
    lex = lexicon()
    stops = lex.modals | lex.future_auxiliaries | _RELATIVE_OPENERS
    commas = 0
    for k in range(1, min(len(words), int(table["nowadays_reach"]))):
        commas += words[k - 1].endswith(",")
        low = words[k].lower().strip(",;:.\"“”")
        if commas % 2:
            continue  # inside an aside: "the town of Jadu, normally home to 20,000 people, has become"
        if low in table["nowadays_copulas"]:
            return True
        if low in ("has", "have"):
            return k + 1 < len(words) and words[k + 1].lower().strip(",.") in table["nowadays_perfects"]
        if is_past(low) or low in stops or low in lex.reporting_verbs or low in lex.auxiliaries:
            return False
        if is_present_form(words, k):
            return True
    return False


@cache
def _hedged_date_shapes() -> dict[str, re.Pattern[str]]:
    """events.yaml not_news hedge_*, nowadays_close_*, latest_nouns (nonevents27), compiled: runs of listed words and
    bounded runs of plain words (no nesting): linear time."""
    table = rules()["not_news"]
    plain = rf"(?!(?:{_words_pattern(table['hedge_breaks'])})\b)[\w'’]++"
    hedge = rf"(?:(?:{_words_pattern(table['hedge_modals'])})\s++(?:not\s++)?have\s++(?:been\s++)?" \
            rf"|(?:{_words_pattern(table['hedge_frames'])})\s++(?:been\s++)?)"
    return {
        # the hedge's participle and at most hedge_reach plain words close the text before the date
        "hedge": re.compile(rf"\b{hedge}(?!to\b)[a-z]++(?:\s++{plain}){{0,{int(table['hedge_reach'])}}}\s*+$", re.IGNORECASE),
        "latest": re.compile(rf"^(?:[^.;:]{{0,200}}?)\s(?:is|are)\s++the\s++(?:latest|newest|most\s++recent)\s++in\s++"
                             rf"(?:a|the)\s++(?:long\s++|growing\s++)?(?:{_words_pattern(table['latest_nouns'])})\s++of\b",
                             re.IGNORECASE),
        "closing": re.compile(r"^[\s.!\"”’']*+$"),
        "phrase_close": re.compile(rf"\b(?:{_words_pattern(table['nowadays_close_phrases'])})\s*+$", re.IGNORECASE),
    }


def hedged_date_kind(sentence: str, date_phrase: str, before_date: str) -> str:
    """Why a date places no event (events.yaml, not_news, hedge_*, nowadays_close_*, latest_nouns): "hypothetical"
    when the date sits in a clause of speculation ("trousers they may have donned last summer", "the gunman, who is
    thought to have fled on Monday"), "background" when a "today" of nowadays closes a present state ("Blowout
    preventers are used on every oil and gas well drilled in the world today"), "judgement" for a present verdict of
    "the latest in a series of" ("Svanberg's insistence on Wednesday ... is the latest in a series of gaffes"); or ""."""
    shapes, table = _hedged_date_shapes(), rules()["not_news"]
    start = sentence.find(date_phrase, len(before_date))
    after = sentence[start + len(date_phrase):] if start >= 0 else ""
    reporting = lexicon().reporting_verbs
    hedge = shapes["hedge"].search(before_date) if " have " in before_date.lower() else None  # every hedge has it
    if hedge:
        clause = re.split(r"[,;:(—–]|\s-+\s", before_date[: hedge.start()])[-1]
        if not reporting & set(words_of(clause)):
            return "hypothetical"  # "NATO acknowledged an errant airstrike may have caused ...": the telling stays
    if date_phrase.lower() in table["nowadays_close_dates"] and _closes_sentence(after, reporting) \
            and _closes_a_present_state(before_date, table, shapes):
        return "background"
    lowered = after.lower()
    latest = shapes["latest"].match(after) if "latest" in lowered or "newest" in lowered or "recent" in lowered \
        else None
    if latest and not reporting & set(words_of(before_date + " " + latest.group())):
        return "judgement"
    return ""


def _closes_sentence(after: str, reporting: frozenset[str] | set[str]) -> bool:
    """Whether `after` (the sentence after a date) is only closing marks, or a comma and a short attribution that
    ends it (", said Vandewalle.")."""
    if _hedged_date_shapes()["closing"].match(after):
        return True
    words = words_of(after)
    return after.lstrip().startswith(",") and len(words) <= 6 and bool(reporting & set(words)) \
        and _hedged_date_shapes()["closing"].match(after[after.lower().rfind(words[-1]) + len(words[-1]):]) is not None


def _closes_a_present_state(before_date: str, table: dict, shapes: dict[str, re.Pattern[str]]) -> bool:
    """Whether the clause a closing "today" ends (after the last comma, dash or relative word) holds "still" or "even"
    or ends "in the world", and its first verb is a present copula (no progressive after it) or a present form
    after "still"."""
    clause = re.split(r"[,;:(—–]|\s-+\s", before_date)[-1]
    words = [w.strip("\"“”'.") for w in clause.lower().replace("’", "'").split()]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in table["nowadays_close_relatives"]:
            words = words[k + 1:]
            break
    markers = set(table["nowadays_close_markers"])
    if not (markers & set(words) or shapes["phrase_close"].search(clause)):
        return False
    copulas = set(table["nowadays_close_copulas"])
    contracted = tuple(c for c in copulas if c.startswith("'"))
    for k, word in enumerate(words):
        if word in copulas or contracted and word.endswith(contracted):
            rest = [w for w in words[k + 1:] if w not in markers and not is_adverb(w)]
            return not (rest and rest[0].endswith("ing"))  # "they're still going without": an activity goes on
        if is_past(word) or word in lexicon().modals or word in lexicon().future_auxiliaries:
            return False
        if k and words[k - 1] == "still" and word.endswith("s") and not word.endswith("ss"):
            return True  # "that he still draws on today"
    return False


@cache
def _heard_fire_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """events.yaml not_news heard_fire_verbs, _nouns, _keeps and _hearsay (nonevents28), as word sets."""
    table = rules()["not_news"]
    return frozenset(table["heard_fire_verbs"]), frozenset(table["heard_fire_nouns"]), \
        frozenset(table["heard_fire_keeps"]), frozenset(table["heard_fire_hearsay"])


def hears_only_gunfire(title: str) -> bool:
    """Whether the title's only act is small-arms fire heard (events.yaml, not_news, heard_fire_*): "Gunshots could be
    heard outside the hotel", "Reuters reporters heard intermittent gunfire": reporting colour. A heavy weapon, a
    strike, harm, a target or a clause of what happened ("Explosions were heard", "heard gunfire as troops stormed
    the square") stays."""
    verbs, nouns, keeps, hearsay = _heard_fire_words()
    words = words_of(title)
    heard = [k for k, word in enumerate(words) if word in verbs]
    return bool(heard) and not set(words) & keeps and bool(set(words) & nouns) \
        and not any(words[k + 1:k + 2] and words[k + 1] in hearsay for k in heard)


@cache
def _analysis_shapes() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """events.yaml not_news analysis_*, compiled: runs of listed words, each run bounded and followed by
    a listed word of another class, and one bounded lazy run of words before a comparison's link: linear time. Each
    shape with whether it is the comparison (which checks the words it spans and what follows)."""
    table, words = rules()["not_news"], _words_pattern

    def run(verbs: str, modifiers: str, heads: str, most: int) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{words(table[verbs])})\s++(?:(?:{words(table[modifiers])})\s++){{0,{most}}}"
                          rf"(?:{words(table[heads])})\b", re.IGNORECASE)

    comparison = re.compile(
        rf"\b(?:{words(table['analysis_comparison_copulas'])})\s++"
        rf"(?P<between>(?:[\w'’.-]++\s++){{0,{table['analysis_comparison_reach']}}}?)"
        rf"(?P<link>{words(table['analysis_comparison_links'])}|from)\b", re.IGNORECASE)
    return ((run("analysis_turn_verbs", "analysis_turn_modifiers", "analysis_turn_nouns", 3), False),
            (run("analysis_pressure_verbs", "analysis_pressure_modifiers", "analysis_pressure_nouns", 3), False),
            (run("analysis_evidence_verbs", "analysis_evidence_adverbs", "analysis_evidence_words", 2), False),
            (comparison, True))


def writes_analysis(title: str) -> bool:
    """Whether the title's only predicate is the writer's analysis (events.yaml, not_news, analysis_*): a
    turn named ("Tuesday's fighting marked a reversal of the momentum"), pressure faced ("Gadhafi faced new
    international pressure"), a thing made evident ("divisions ... became more evident") or a comparison drawn ("The
    disaster is several times worse than BP"). A told one, a conditional one, an act before it outside the subject's
    relative clause ("Gadhafi faced more defections ... and new pressure" names no pressure first), a count ("was more
    than 100"), a passive act ("were hit harder than") and a comparison that goes on to an act stay."""
    for shape, compares in _analysis_shapes():
        match = shape.search(title)
        if match is None or not _analysis_subject_is_bare(title[: match.start()]):
            continue
        if not compares:
            return True
        between, link = words_of(match.group("between")), match.group("link").lower()
        after = words_of(title[match.end():])
        if any(is_past(word) or word.endswith("ing") and len(word) > 4 or word[:1].isdigit() for word in between) \
                or link == "from" and not set(between) & frozenset(rules()["not_news"]["analysis_comparison_froms"]) \
                or after[:1] and (after[0][:1].isdigit() or after[0] in lexicon().number_words) \
                or any(word == "and" and is_past(later) for word, later in zip(after, after[1:])):
            continue  # "was bigger than expected and forced BP ...": an act after; "than BP and the government had
            # previously estimated" is the comparison's own standard
        return True
    return False


@cache
def _analysis_frame() -> re.Pattern[str]:
    """events.yaml not_news analysis_frames, compiled: one listed phrase at the text's start."""
    return re.compile(rf"^\s*+(?:{_words_pattern(rules()['not_news']['analysis_frames'])})\b", re.IGNORECASE)


def _analysis_subject_is_bare(before: str) -> bool:
    """Whether the words before an analysis shape (after a dash aside's opening, " -- ", and a writer's frame, "It
    became clear that") hold no reporting verb, no blocker (what, whether, if: a told or conditional clause) and no
    past verb outside a relative clause or after a determiner ("The intervention that Obama authorized ...", "the
    implicated oil companies" are the subject's; "BP said ...", "Rebels took the town and ..." tell)."""
    blockers, reporting = frozenset(rules()["not_news"]["analysis_blockers"]), lexicon().reporting_verbs
    relative, previous = False, ""
    before = _analysis_frame().sub("", before.rsplit(" -- ", 1)[-1], count=1)  # "It became clear that ..."
    for word in words_of(before):
        if word in reporting or word in blockers \
                or is_past(word) and not relative and previous not in _BEFORE_PARTICIPLE_ADJECTIVE:
            return False  # "the implicated oil companies", "with armed men": an adjective, no act
        relative, previous = relative or word in _RELATIVE_OPENERS, word
    return True


def tells_copula_of_past(title: str, date_end: int, published: int | None) -> bool:
    """Whether the title's first verb, outside dash and comma asides, is a present copula before a noun or adjective
    while its date ended `present_date_margin_days` or more before publication (events.yaml, not_news,
    copula_of_past_*): "Libya -- ruled by Moammar Gadhafi -- is not Egypt" of 1969, "Their force is poorly trained and
    short of heavy weapons" of earlier this year: how things are now, the date another clause's. A past, modal,
    reporting verb or relative word before it, a progressive and a passive of an act stay."""
    table, lex = rules()["not_news"], lexicon()
    if published is None or date_end > published - table["present_date_margin_days"]:
        return False
    # drop the asides: "Libya -- ruled by Moammar Gadhafi -- is", "The town, seized in March, is"
    main = re.sub(r"\s-{2,}\s[^-]{0,120}?\s-{2,}\s|,[^,]{0,120}?,", " ", title)
    words = words_of(main)
    copulas, skips = set(table["copula_of_past_copulas"]), set(table["copula_of_past_skips"])
    adverbs = {word for phrase in table["copula_of_past_adverbs"] for word in phrase.split()}
    for k, word in enumerate(words):
        if word in copulas:
            rest = [w for w in words[k + 1:] if w not in adverbs]
            # an event noun after it may own the date ("Memories are raw of BP's refinery blast" of 2005): the merge
            # joins the mention to its event, as for tells_present_of_past
            return bool(k and rest) and rest[0] not in skips and not rest[0].endswith("ing") \
                and not (is_past(rest[0]) and words[k + 1] not in adverbs) \
                and not any(w in lex.event_nouns for w in rest)
        if is_past(word) or word in lex.reporting_verbs or word in lex.modals or word in lex.future_auxiliaries \
                or word in _RELATIVE_OPENERS or word in ("who", "whom", "whose", "are", "was", "were", "has", "have"):
            return False
    return False


def tells_state_since(title: str, before_date: str, date_end: int, published: int | None) -> bool:
    """Whether the title tells a state that has lasted since its date (events.yaml, not_news, since_state_*): the date
    follows "since" (`before_date`: the sentence before the date phrase), the title's first verb is a perfect of
    state ("has been involved", "has lived": `since_state_participles`) and the date ended `present_date_margin_days`
    or more before publication (days as ordinals): "AECOM has been involved in a multibillion-dollar initiative with
    Libya since 2008" tells how long, not what happened in 2008. A past act first ("Gaddafi seized power in 1969"), a
    change measured since ("has shrunk by a quarter"), an event noun after the perfect (the date may be the noun's)
    and a recent start stay."""
    table = rules()["not_news"]
    if published is None or date_end > published - table["present_date_margin_days"] \
            or words_of(before_date)[-1:] != ["since"]:
        return False
    lex = lexicon()
    auxiliaries = frozenset(table["since_state_auxiliaries"])
    clause = words_of(before_date)[:-1]
    last = max((i for i, word in enumerate(clause) if word in auxiliaries), default=-1)
    if last >= 0 and lex.event_nouns & set(clause[last:]):
        return False  # "have been squeezed because of airstrikes on its oil facilities since late 2015": the strikes'
    if _perfect_of_state_before(clause, auxiliaries, frozenset(table["since_state_participles"])):
        said, heard = words_of(title), set(clause)
        # "Rebels have controlled the town since February 20, when they drove out troops": the title tells the "when"
        return not any(is_past(word) and word not in heard and not (i and said[i - 1] in _BEFORE_PARTICIPLE_ADJECTIVE)
                       for i, word in enumerate(said))
    words = words_of(title)
    for i, word in enumerate(words):
        if word in auxiliaries:
            return _tells_state(words[i + 1:], frozenset(table["since_state_participles"]))
        if is_past(word) or word in lex.reporting_verbs or word in lex.future_auxiliaries or word in lex.modals:
            return False
    return False


def _tells_state(after_auxiliary: Sequence[str], participles: frozenset[str]) -> bool:
    """Whether the words after a perfect's auxiliary tell a state: a participle of state, but not "been" before an
    -ing verb, an activity kept up since its start ("NATO warplanes have been pounding Gadhafi's forces since March
    31": the pounding began then, dated ON_OR_AFTER; "has been involved", "has lived": states)."""
    verbs = [w for w in after_auxiliary if not is_adverb(w)]
    if not verbs or verbs[0] not in participles:
        return False
    progressive = len(verbs) > 1 and verbs[1].endswith("ing") and len(verbs[1]) > 4 and not verbs[1].endswith("thing")
    return not (verbs[0] == "been" and progressive)  # "has been nothing since" is no activity


def _perfect_of_state_before(clause: Sequence[str], auxiliaries: frozenset[str], participles: frozenset[str]) -> bool:
    """Whether the words before a "since" end in a perfect of state and what it governs ("The Western alliance has been
    bombarding Libya since late March ...": the state holds whatever the title took), no other verb between."""
    lex = lexicon()
    for i in range(len(clause) - 1, -1, -1):
        word = clause[i]
        if word in auxiliaries:
            return _tells_state(clause[i + 1:], participles)
        if word in lex.reporting_verbs or word in lex.future_auxiliaries or word in lex.modals \
                or is_past(word) and not (i and clause[i - 1] in auxiliaries | {"been"}):
            return False
    return False


FUTURE_WINDOW_CHARS = 400  # how far before its date a future marker may stand (a title is at most ~40 words)


@cache
def _future_word() -> re.Pattern[str]:
    """Any of events.yaml's not_news `future_markers` as words."""
    return re.compile(rf"\b(?:{_words_pattern(rules()['not_news']['future_markers'])})\b", re.IGNORECASE)


@cache
def _future_tellers() -> frozenset[str]:
    """Present verbs of telling that make a future told (events.yaml: present_report_verbs, not_news future_tellers)."""
    return frozenset(rules()["present_report_verbs"]) | frozenset(rules()["not_news"]["future_tellers"])


_RELATIVE_OPENERS = frozenset({"that", "which", "who"})


def _names_only(found: NotNews, title: str) -> bool:
    """Whether every word of the title is capitalised, a number or a joining word, and none a past verb: names with
    nothing told of them ("The United States": a past form before another capitalised word is part of a name);
    "Gaddafi Killed" is a headline, and "Talks in Moscow" names an event (an event noun heads a name: the word
    before a joining word or the end)."""
    words = re.findall(r"[\w'’&-]++", title)
    heads = [word for i, word in enumerate(words) if i + 1 == len(words) or words[i + 1] in found.name_joiners]
    if any(head.lower() in lexicon().event_nouns for head in heads):
        return False  # "Talks in Moscow", "The Gulf War": an event's name ("Treaty Act" names a law: "Act" heads it)
    return bool(words) and all(word[0].isupper() or word[0].isdigit() or word in found.name_joiners
                               for word in words) \
        and not any(is_past(word.lower()) and (i + 1 == len(words) or not words[i + 1][0].isupper())
                    for i, word in enumerate(words))


def _attributed(title: str, sentence: str) -> bool:
    """Whether the sentence names who told the title's words (a reporting verb outside the title: "'They are going
    to take a bunch of debris ...,' Admiral Thad Allen told CBS News"): a plan announced by someone is news (the
    journalists list "BP says it might try to plug the leak" on its day); only the title lost the speaker."""
    told = set(words_of(sentence)) - set(words_of(title))
    return bool(lexicon().reporting_verbs & told)


def _newest_first(years: Sequence[int]) -> bool:
    """Whether a sentence's year items ("2010: ... 2009: ...") run newest first, as related stories and videos are
    listed; a chronology runs oldest first ("1918: The Spanish flu ... 1957: Asian flu killed two million people")."""
    return len(years) >= 2 and all(later > earlier for later, earlier in zip(years, years[1:]))


def _names_an_event(text: str) -> bool:
    """Whether the words after a "since" name an event ("since the collapse on Oct. 4", "since the fall of Tripoli"):
    then the date is that event's, which the article tells."""
    return any(word in lexicon().event_nouns for word in words_of(text)[:2])


def _identifies_by_relative(found: NotNews, title: str, sentence: str) -> bool:
    """Whether the title is a restrictive relative clause of its sentence that tells which unnamed person it speaks
    of: "A nurse treated Jackson" of "A nurse who treated Jackson in 2009 will ..." (an indefinite subject, no comma
    before the pronoun, the word after it a past verb of no event class: "A man who died" tells what befell him)."""
    words = title.split()
    if not words or words[0].lower() not in found.indefinites:
        return False
    text = " " + " ".join(sentence.split()).lower() + " "
    for cut in range(1, min(len(words), 5)):
        verb = words[cut].lower()
        if not is_past(verb) or event_classes([verb]):
            continue
        subject = " ".join(words[:cut]).lower()
        if any(f" {subject} {pronoun} {verb} " in text for pronoun in found.relatives):
            return not _reports_after(found, words[cut + 1:])
    return False


def _reports_after(found: NotNews, words: Sequence[str]) -> bool:
    """Whether the title goes on past its relative clause to what its subject told or saw ("A resident of Misrata who
    asked to be identified only as Mohammed said that six people were killed"): then it tells that, no background."""
    return any(word.strip(",.;:").lower() in found.told for word in words)


def _acts_before(text: str) -> bool:
    """Whether a past verb other than a reporting one comes in `text`: the title tells an act before its figure ("Van
    Uhm defended the organization's efforts saying warplanes flew 58 strike missions")."""
    reporting = lexicon().reporting_verbs
    return any(is_past(word) and word not in reporting for word in words_of(text))


def _acts_after(text: str, after_gerund: bool = True) -> bool:
    """Whether a past verb other than a reporting one, not after "to" (an infinitive: "continues to exceed") nor after
    a determiner or "of" (an adjective: "out of left field"), comes in `text` (the title after its copula): the title
    goes on to what happened ("... is seen as the best chance of stopping the spill arrived"). Without
    `after_gerund`, a past form right after an -ing word is an adjective too: inside a plan's infinitive ("plans to
    start running chartered flights") no gerund stands as a subject (nonevents25)."""
    words = words_of(text)
    reporting = lexicon().reporting_verbs
    return any(is_past(word) and word not in reporting and (not i or words[i - 1] != "to"
                                                            and words[i - 1] not in _BEFORE_ADJECTIVE
                                                            and (after_gerund or not words[i - 1].endswith("ing")))
               for i, word in enumerate(words))


def _tells_before(text: str) -> bool:
    """Whether a past or reporting verb comes in `text` (the title before its copula): then it tells what happened or
    was said ("BP said the cap is a success")."""
    reporting = lexicon().reporting_verbs
    return any(is_past(word) or word in reporting for word in words_of(text))

