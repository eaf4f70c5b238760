"""The dated event told by a sentence's main clause when the date stands in a frame around it (issue 13, the
"mainclause" kind): a time-offset aside after an opening date ("On February 27, a few days after the rebels hoisted
the flag, Sarkozy fired his minister"), a clause that only marks the time ("BP lost 5% when trading began today"),
a relative that tells where its subject was ("Hayward, who was in Houston today, hosted a call"), an opening
phrase of the occasion ("In an interview published on Monday, Saif said ..."), a "with" phrase whose noun acts
dated after a comment ("It carries a risk, with the White House yesterday backing a proposal"), and a subject's
dated participle before a predicate that tells what it lacks ("The plan announced Monday did not address ...").
Tables and examples: events.yaml main_clause_frames."""

from __future__ import annotations

import re
from functools import cache

from timeline.events.dating import MAX_REPORT_AT, _as_title, _named_clause, _speaker_clause, _told_clause
from timeline.events.lexicon import finite_words, is_past, rules as events_rules
from timeline.events.subjects import past_of_gerund
from timeline.rules import load_yaml

_DASH = r"(?:--|–|—|\s-\s)"
OFFSET_ASIDE_CHARS = 200  # how long a time-offset aside may run before its closing comma or dash
WITH_NOUN_WORDS = 4  # "the White House", "the US Treasury": the "with" phrase's noun before its date
SUBJECT_WORDS = 6  # "The African Union plan", "Tony Hayward": a subject before its comma or participle
_ASIDE_MARK = re.compile(rf"\s*+(?:,|{_DASH})")
_ASIDE_CLOSE = {",": re.compile(r"\s*+,\s*+"), _DASH: re.compile(rf"\s*+{_DASH}\s*+")}
_WHO_WAS = re.compile(r"([^,;:]{1,80}?),\s++who\s++(?:was|were)\s++(\w++)\b")
_RELATIVE_AFTER = re.compile(r"\s++(?:that|which)\s++(\w++)")


@cache
def _table() -> dict:
    return events_rules()["main_clause_frames"]


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()[name])


@cache
def _offset_aside() -> re.Pattern[str]:
    """An aside that opens with a time offset ("a few days after", "two weeks after", "shortly before"): what it
    tells is dated by the offset from the date, never on it."""
    counts = "|".join(sorted(map(re.escape, _words("offset_counts")), key=len, reverse=True))
    units = "|".join(sorted(map(re.escape, _words("offset_units")), key=len, reverse=True))
    adverbs = "|".join(sorted(map(re.escape, _words("offset_adverbs")), key=len, reverse=True))
    return re.compile(rf"(?i)\s*+(?:(?:just|only|some|about|nearly|almost)\s++)?"
                      rf"(?:(?:{counts})\s++(?:{units})|{adverbs})\s++(?:after|before)\b")


def _clean(word: str) -> str:
    return word.lower().strip(",.;:!?\"“”'‘’()")


def main_clause_title(sentence: str, date_start: int, date_end: int) -> str:
    """The text of the main clause the date times (the title's source, not yet made a title), or "" when the
    sentence has none of the frames above."""
    return _after_offset_aside(sentence, date_start, date_end) \
        or _before_time_marker(sentence, date_start) \
        or _past_state_relative(sentence, date_start, date_end) \
        or _after_occasion_phrase(sentence, date_start) \
        or _with_gerund(sentence, date_start, date_end) \
        or _dated_participle_subject(sentence, date_start, date_end) \
        or _event_noun_relative(sentence, date_start, date_end) \
        or _cleft(sentence, date_start, date_end)


def _after_offset_aside(sentence: str, date_start: int, date_end: int) -> str:
    """ "On February 27, a few days after X, Sarkozy fired ...", "Then, on December 28, 2005 -- two weeks after X --
    two cars broke into ...": the date opens the sentence (only date prepositions and leading words before it), a
    comma or dash follows, then an aside of a time offset closed by the same mark: the main clause after it."""
    if any(_clean(w) not in _words("opening_words") for w in sentence[:date_start].split()):
        return ""
    mark = _ASIDE_MARK.match(sentence, date_end)
    if not mark or not _offset_aside().match(sentence, mark.end()):
        return ""
    closing = "," if "," in mark.group() else _DASH
    found = _ASIDE_CLOSE[closing].search(sentence, mark.end(), mark.end() + OFFSET_ASIDE_CHARS)
    if not found:
        return ""
    main = sentence[found.end():]
    return main if any(is_past(_clean(w)) for w in main.split()[:SUBJECT_WORDS + 2]) else ""


@cache
def _time_marker() -> re.Pattern[str]:
    subjects = "|".join(sorted(map(re.escape, _words("time_marker_subjects")), key=len, reverse=True))
    verbs = "|".join(sorted(map(re.escape, _words("time_marker_verbs")), key=len, reverse=True))
    return re.compile(rf"(?i),?\s++(?:when|as)\s++(?:{subjects})\s++(?:{verbs})\b")


def _before_time_marker(sentence: str, date_start: int) -> str:
    """ "Another £2.4bn was wiped off BP when trading began in London today": a date inside a "when" or "as" clause
    that only marks the time (events.yaml main_clause_frames time_marker_subjects and _verbs) times the clause before
    it, when that has a past verb of its own."""
    marker = None
    for marker in _time_marker().finditer(sentence, 0, date_start):
        pass
    if marker is None or re.search(r"[,;:]", sentence[marker.end():date_start]):
        return ""
    main = sentence[:marker.start()]
    if re.search(r"[;:]", main) or not any(is_past(_clean(w)) for w in main.split()):
        return ""
    return main


def _past_state_relative(sentence: str, date_start: int, date_end: int) -> str:
    """ "Hayward, who was in Houston today overseeing the spill response, hosted a call": a date inside a "who"
    aside between the sentence's subject and its past verb, the aside telling where its subject was (was/were and a
    preposition of place): the subject and its main clause."""
    opening = _WHO_WAS.match(sentence)
    if not opening or opening.end() > date_start or _clean(opening.group(2)) not in _words("state_prepositions") \
            or len(opening.group(1).split()) > SUBJECT_WORDS:
        return ""
    close = sentence.find(",", date_end)
    if close < 0 or re.search(r"[;:()]", sentence[opening.end():close]):
        return ""
    main = sentence[close + 1:].split()
    if not main or not is_past(_clean(main[0])):
        return ""
    return opening.group(1) + " " + " ".join(main)


def _after_occasion_phrase(sentence: str, date_start: int) -> str:
    """ "In an interview published on Monday by El Khabar, Saif al-Islam said ...": an opening phrase of a
    preposition of the occasion (in, at, during), a determiner, a noun and its dated past participle names the
    occasion of the main clause after its comma; that clause is the event, when it has a past verb."""
    words = sentence[:date_start].split()
    if len(words) < 3 or _clean(words[0]) not in _words("occasion_prepositions") \
            or _clean(words[1]) not in _words("determiners") or "," in sentence[:date_start]:
        return ""
    participle = next((k for k in range(2, len(words)) if is_past(_clean(words[k]))), -1)
    if participle < 3 or participle > SUBJECT_WORDS \
            or any(is_past(_clean(w)) or _clean(w) in _words("noun_breaks") for w in words[2:participle]):
        return ""  # ("At the scene of the destroyed building on Sunday": a place, no occasion with its participle)
    close = sentence.find(",", date_start)
    while close >= 0 and sentence[close + 1:].split(None, 1)[:1] in (["and"], ["or"]):
        close = sentence.find(",", close + 1)  # "In a presentation he gave in 2008, and acquired by Greenpeace, he"
    if close < 0 or re.search(r"[;:()]", sentence[date_start:close]):
        return ""
    main = sentence[close + 1:]
    head = main.split()[:SUBJECT_WORDS + 8]
    # the main clause's verb: a past form after its subject, or after an apposition that closes with a comma
    # ("Saif al-Islam, a son of the Libyan leader, said"); not a list's ("clothes, smashed crockery")
    verb = next((k for k, w in enumerate(head) if is_past(_clean(w))), -1)
    if verb < 1:
        return ""
    if head[verb - 1].endswith(","):
        pieces = " ".join(head[:verb]).split(",")
        if len(pieces) < 3 or _clean(pieces[-2].split()[0] if pieces[-2].split() else "") not in _words("determiners"):
            return ""
    return main


def _with_gerund(sentence: str, date_start: int, date_end: int) -> str:
    """ "It also carries the risk of a financial sting, with the White House yesterday backing a proposal": a
    "with" phrase after a comma, a determiner and a short noun, the date, then a gerund: the noun did it ("The
    White House backed a proposal ...")."""
    opening = None
    for opening in re.finditer(r",\s++with\s++", sentence[:date_start]):
        pass
    if opening is None:
        return ""
    noun = sentence[opening.end():date_start].split()
    after = sentence[date_end:].split(None, 1)
    if not 2 <= len(noun) <= WITH_NOUN_WORDS or _clean(noun[0]) not in _words("determiners") \
            or any(_clean(w) in _words("noun_breaks") or is_past(_clean(w)) for w in noun[1:]) \
            or len(after) < 2 or not past_of_gerund(after[0]):
        return ""
    head = " ".join(noun)
    return f"{head[:1].upper()}{head[1:]} {past_of_gerund(after[0])} {after[1]}"


def _dated_participle_subject(sentence: str, date_start: int, date_end: int) -> str:
    """ "The African Union plan announced Monday did not address whether ...": the sentence's subject (a
    determiner and a short noun), its past participle and the date, then a predicate that tells what it lacks (a
    negation after its auxiliary): the subject's own event is the dated one ("The African Union plan was
    announced")."""
    words = sentence[:date_start].split()
    if not 3 <= len(words) <= SUBJECT_WORDS + 1 or _clean(words[0]) not in _words("determiners") \
            or not is_past(_clean(words[-1])) or any(is_past(_clean(w)) or w.endswith(",") for w in words[:-1]):
        return ""
    after = [_clean(w) for w in sentence[date_end:].split()[:3]]
    if len(after) < 2 or after[0] not in _words("lacking_auxiliaries") or after[1] not in _words("negations"):
        return ""
    noun = words[:-1]
    be = "were" if noun[-1].endswith("s") and not noun[-1].endswith("ss") else "was"
    return " ".join([*noun, be, words[-1]])


EVENT_NOUN_WORDS = 4  # "the catastrophic fire", "a deadly car bomb attack": how far back the noun's determiner may be


def _event_noun_relative(sentence: str, date_start: int, date_end: int) -> str:
    """ "It isn't yet clear exactly what happened in the hours leading up the catastrophic fire on April 20 that sent
    the rig under water": a date between an event noun (events.yaml event_nouns and main_clause_frames
    happening_nouns) and a "that" or "which" with a past verb dates the noun's event, which that relative tells
    ("The catastrophic fire sent the rig under water"), when the words before the noun, up to a question word that
    opens a clause of their own, tell no past event of their own (a frame of what is known, a present clause)."""
    before = sentence[:date_start].split()
    if len(before) < 2 or _clean(before[-1]) not in _words("date_prepositions"):
        return ""
    nouns = _words("happening_nouns") | frozenset(str(w).lower() for w in events_rules()["event_nouns"])
    if _clean(before[-2]) not in nouns or before[-2].endswith(","):
        return ""
    phrase = before[-2 - EVENT_NOUN_WORDS:-1]
    det = max((k for k, w in enumerate(phrase) if _clean(w) in _words("determiners")), default=-1)
    if det < 0 or any(w.endswith(",") or is_past(_clean(w)) and not w.endswith("ed") for w in phrase[det:-1]):
        return ""
    relative = _RELATIVE_AFTER.match(sentence, date_end)
    if not relative or not is_past(relative.group(1).lower()):
        return ""
    head = before[:len(before) - 1 - (len(phrase) - det)]
    asked = next((k for k, w in enumerate(head) if _clean(w) in _words("question_words")), len(head))
    if any(is_past(_clean(w)) for w in head[:asked]):
        return ""  # ("Rebels launched an attack on Monday that killed five": the main clause's own past)
    noun = " ".join(phrase[det:])
    return f"{noun[:1].upper()}{noun[1:]} {sentence[relative.start(1):]}"


_CLEFT = re.compile(r"(?i)it\s++(?:was|is)\s++(?P<focus>[^,;:]+?)(?:,\s*+[^,;:]{1,30}?,)?\s++that\s++")
CLEFT_FOCUS_WORDS = 8  # "into this cauldron of brewing anger": how long the phrase a cleft puts first may be


def _cleft(sentence: str, date_start: int, date_end: int) -> str:
    """ "It was into this cauldron of brewing anger that Barack Obama jumped on yesterday", "It was in early August,
    he said, that everything started falling apart": a cleft sentence puts a phrase first (a preposition's, or the
    date itself); the event is the clause after "that", its subject and past verb, with the phrase put back after it
    ("Barack Obama jumped on yesterday into this cauldron of brewing anger"), or without it when the phrase is the
    date's. Not "It was clear that X" (an adjective: an extraposed frame, polish.yaml frames)."""
    found = _CLEFT.match(sentence)
    if not found:
        return ""
    focus = found.group("focus").split()
    dated_focus = found.start("focus") <= date_start < found.end("focus")
    if not focus or len(focus) > CLEFT_FOCUS_WORDS or _clean(focus[0]) not in _words("cleft_prepositions"):
        return ""
    if not dated_focus and date_start < found.end():
        return ""  # (the date in the speaker's aside: "It was in May, he said on Monday, that ...")
    told = sentence[found.end():]
    if told[:1] in "\"“‘'`":
        return ""  # ("It was in August, he said, that “everything started falling apart”": his words, no fact)
    end = re.search(r"[,;:]", told)
    clause = told[:end.start()] if end else told.rstrip(" .")
    at = date_start - found.end()
    if 0 <= at < len(clause):  # the date in the clause goes, with its preposition ("jumped on yesterday")
        before = clause[:at].split()
        if before and _clean(before[-1]) in _words("date_prepositions"):
            before.pop()
        clause = " ".join([*before, *clause[date_end - found.end():].split()])
    words = clause.split()
    if not any(is_past(_clean(w)) for w in words[:SUBJECT_WORDS + 2]):
        return ""
    return clause if dated_focus else clause + " " + " ".join(focus)


# ---- a title left inside an opening noun phrase (fragments7) --------------------------------------------------------

PHRASE_WORDS = 12  # "According to documents lodged in the high court last month": how long the opening phrase may be


@cache
def _phrase_table() -> dict:
    return events_rules()["verbless_opening_phrases"]


@cache
def _phrase_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _phrase_table()[name])


def _content_keys(text: str) -> list[str]:
    """A text's words as compared here: cleaned, without the determiners a title's polish may change."""
    return [w for w in (_clean(w) for w in text.split()) if w and w not in _phrase_words("determiners")]


def verbless_opening_main(sentence: str, date_start: int, date_end: int, title: str,
                          other_dates: tuple[tuple[int, int], ...] = ()) -> str:
    """The main clause after an opening phrase of a preposition and a noun phrase only ("In her ground-breaking 1980
    book The Death of Nature, | Carolyn Merchant reminded readers ...", "According to documents lodged in the high
    court last month, | the investigation has alleged ..."), when the date stands in that phrase and the title made
    of it kept only the phrase's noun ("Her ground-breaking book", "Documents lodged in the high court"): the phrase
    names the occasion or the source of the main clause, which is the event told at its time. "" when the title
    reads beyond the phrase, when the phrase holds a clause of its own (a relative, a subordinator, a finite verb),
    when its preposition tells a time apart from the date ("After", "Until": events.yaml verbless_opening_phrases),
    or when the main clause has a date of its own or no past verb after a short subject."""
    words = sentence[:date_start].split()
    if not words or _clean(words[0]) not in _phrase_words("prepositions") or "," in sentence[:date_start]:
        return ""
    close = sentence.find(",", date_end)
    if close < 0 or re.search(r"[;:()“”\"]", sentence[:close]):
        return ""
    phrase = sentence[:close].split()
    if len(phrase) > PHRASE_WORDS or any(_clean(w) in _phrase_words("clause_words") or _clean(w) in finite_words()
                                         for w in phrase):
        return ""
    keys = _content_keys(sentence[:close])
    told = _content_keys(title)
    if not told or any(w not in keys for w in told):
        return ""  # the title reads beyond the phrase: it was made of another clause
    if any(close < a for a, _ in other_dates):
        return ""  # "In a 2008 speech, he said on Monday ...": the main clause's own date dates it
    return _main_clause_told(sentence[close + 1:])


def _main_clause_told(main: str) -> str:
    """The main clause after an opening phrase's comma when it opens with a short subject (a capital or a
    determiner) and a past verb, or an auxiliary of the past before one ("has alleged", "was opened"); "" else."""
    main = main.strip()
    head = main.split()[:SUBJECT_WORDS + 1]
    if not head or not (head[0][:1].isupper() or _clean(head[0]) in _words("determiners")):
        return ""
    verb = next((k for k, w in enumerate(head) if is_past(_clean(w)) or _clean(w) in finite_words()), -1)
    if verb < 1 or any(w.endswith(",") for w in head[:verb]) or _clean(head[verb - 1]) in _words("determiners"):
        return ""  # ("In the 2008 study, clothes, crockery and ... could be seen": a list, no subject)
    if _clean(head[verb]) in finite_words() and (_clean(head[verb]) not in _phrase_words("past_auxiliaries")
                                                 or not any(is_past(_clean(w)) for w in main.split()[verb + 1:verb + 3])):
        return ""  # ("... the threat is high", "the threat is described as low": a state, no act told done)
    return main


_RELATIVE_THEN_PREDICATE = re.compile(r",?+\s++(?:who|which)\s++[^,;:()“”\"]{1,160}+,\s*+")


def predicate_after_relative(sentence: str, title: str, other_dates: tuple[tuple[int, int], ...] = ()) -> str:
    """The subject a title kept and the predicate it lost behind a relative clause: "July 28 - Abdel Fattah Younes,
    Gaddafi's former interior minister who defected to the rebels on February 22 and became their military chief, is
    killed" gave "Abdel Fattah Younes, Gaddafi's former interior minister" (the relative went with its own date) ->
    "Abdel Fattah Younes, Gaddafi's former interior minister, is killed". Only for a title with no verb, found as
    written in the sentence and followed there by the relative, its closing comma and a finite or past verb; ""
    otherwise, and when the predicate holds a date of its own."""
    if not title or any(is_past(_clean(w)) or _clean(w) in finite_words() for w in title.split()):
        return ""
    at = sentence.lower().find(title.lower())
    if at < 0:
        return ""
    end = at + len(title)
    found = _RELATIVE_THEN_PREDICATE.match(sentence, end)
    if not found:
        return ""
    rest = sentence[found.end():]
    first = _clean(rest.split(" ", 1)[0]) if rest.strip() else ""
    if not first or not (first in finite_words() or is_past(first)) or not rest[:1].islower():
        return ""
    if any(found.end() <= a for a, _ in other_dates):
        return ""  # ("..., was seen on Monday": the predicate's own date dates it)
    # the apposition's closing comma where the relative had none ("Younes, the minister who ..., is killed")
    joint = ", " if "," in title and not found.group().startswith(",") else " "
    return f"{sentence[at:end]}{joint}{rest}"


_CLOSING_GERUND = re.compile(r",\s++([a-z]++)\s++([\w'’-]++)")  # ", following up": a closing participle clause


@cache
def _future_before_gerund() -> re.Pattern[str]:
    """events.yaml verbless_opening_phrases future_before_gerund as whole words, longest first."""
    words = sorted((str(w) for w in _phrase_table()["future_before_gerund"]), key=len, reverse=True)
    alternatives = "|".join(r"\s++".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<![\w'’-])(?i:{alternatives})(?![\w'’-])")


def gerund_under_future(sentence: str, title: str) -> bool:
    """Whether a title that opens with a gerund or tells it in the past ("Following up the announcement with a visit
    to the Gulf", "He followed up the announcement with a visit to the Gulf") is read
    from a participle clause closing a main clause told in the future ("He is expected to impose tighter controls
    tomorrow, following up the announcement with a visit to the Gulf on Friday"; events.yaml
    verbless_opening_phrases future_before_gerund): what the participle tells is planned with the main clause, no
    past act of its subject. A future inside a report ("Britain said it would send officers, worrying critics": the
    saying is the act), an opening participle clause, and a main clause told in the past after the future ("The
    general, who would later defect, took the town, killing ..."): False."""
    keys = [_clean(w) for w in title.split()]
    found = None
    for match in _CLOSING_GERUND.finditer(sentence):
        gerund, following = match.group(1).lower(), _clean(match.group(2))
        told = past_of_gerund(gerund) if gerund.endswith("ing") else ""
        # the title opens with the gerund ("Following up ...") or tells it in the past ("He followed up ...")
        if told and any(key in (gerund, told) and keys[k + 1:k + 2] == [following] for k, key in enumerate(keys)):
            found = match
    if not found:
        return False
    before = sentence[:found.start()]
    future = None
    for future in _future_before_gerund().finditer(before):
        pass  # the last future before the participle's comma: the main clause's own
    if future is None:
        return False
    if any(_clean(w) in _phrase_words("report_verbs") for w in before[:future.start()].split()):
        return False  # ("Britain said it would send officers, worrying critics")
    # ("The general, who would later defect, took the town, killing ...": a past verb after the future is the main
    # clause's own)
    return not any(w[:1].islower() and is_past(_clean(w)) for w in before[future.end():].split())


def gerund_clause_main(sentence: str, title: str, other_dates: tuple[tuple[int, int], ...] = (),
                       date: tuple[int, int] | None = None) -> str:
    """The clause a title that opens with a participle clause's gerund lost: its subject and verb. "Ten days ago,
    having tried to end the violence without using force, the international community offered Gaddafi a final
    chance" gave "Having tried to end the violence without using force" -> the main clause after the participle
    clause ("The international community offered Gaddafi a final chance"); "The United States has deployed drones,
    using the unmanned plane for the first time on Saturday to attack the site" gave "Using the unmanned plane ..."
    -> the main clause's subject with the gerund's past ("The United States used the unmanned plane ..."). "" when
    the gerund opens no participle clause after a comma, when the title reads beyond that clause, when the clause
    before it is a report ("Ban said, using the same figure": what he used dates no act) or a background "having"
    clause closes the sentence, when the main clause has a date of its own, and, after a main clause, when the date
    (`date`) is not the gerund's own: before it, or after a verb or a dash inside its clause ("fearing X despite an
    insistence -- repeated on Saturday --")."""
    words = title.split()
    if len(words) < 3 or not _clean(words[0]).endswith("ing") \
            or not (past_of_gerund(words[0]) or _clean(words[0]) == "having"):
        return ""
    gerund = _clean(words[0])
    found = re.search(rf"(?:\A|,\s++){re.escape(gerund)}\s", sentence)
    if not found:
        return ""
    start = found.end() - len(gerund) - 1
    close = sentence.find(",", found.end())
    clause = sentence[start: close if close > 0 else len(sentence)]
    keys = [_clean(w) for w in clause.split()]
    if any(_clean(w) not in keys for w in words):
        return ""  # the title reads beyond the participle clause
    before = sentence[:found.start() + 1].split()  # (with the comma that closes an opening phrase)
    if any(_clean(w) in _phrase_words("report_verbs") for w in before):
        return ""  # ("Ban said, using the same figure he used Friday")
    if not before or len(before) <= SUBJECT_WORDS and before[-1].endswith(",") \
            and not any(is_past(_clean(w)) or _clean(w) in finite_words() for w in before):
        # an opening participle clause: the main clause after it
        if close < 0 or any(close < a for a, _ in other_dates):
            return ""
        return _main_clause_told(sentence[close + 1:])
    if gerund == "having" or close > 0 and any(close < a for a, _ in other_dates):
        return ""
    between = sentence[found.end():date[0]] if date is not None and date[0] >= found.end() else ""
    if date is None or date[0] < found.end() or re.search(r"--|[—–(;:]", between) \
            or any(is_past(_clean(w)) or _clean(w) in finite_words() for w in between.split()):
        return ""  # the date is not the gerund's own ("fearing X despite an insistence -- repeated on Saturday --")
    # the main clause's subject: the words before its first verb (a lower-case past form or auxiliary: not the
    # "United" of "The United States"), short, opening with a capital or a determiner
    verb = next((k for k, w in enumerate(before) if w[:1].islower() and (is_past(_clean(w)) or _clean(w) in finite_words())), -1)
    subject = before[:verb]
    if verb < 1 or verb > SUBJECT_WORDS or any(w.endswith(",") for w in subject) \
            or not (subject[0][:1].isupper() or _clean(subject[0]) in _words("determiners")):
        return ""
    return f"{' '.join(subject)} {past_of_gerund(words[0])} {' '.join(words[1:])}"


@cache
def _harm_table() -> dict:
    return load_yaml(__package__, "head_clauses.yaml")["harm_main_clauses"]


@cache
def _harm_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _harm_table()[name])


def _harm_at(words: list[str], k: int) -> int:
    """Where the harm that words[k] opens ends (the index after it): "died", "were killed", "was fatally shot"; -1
    when words[k] opens none."""
    if words[k] in _harm_words("harm_verbs"):
        return k + 1
    if words[k] not in _harm_words("passive_auxiliaries"):
        return -1
    at = k + 1
    if at < len(words) and words[at].endswith("ly") and words[at] not in _harm_words("harm_participles"):
        at += 1  # "was fatally shot"
    return at + 1 if at < len(words) and words[at] in _harm_words("harm_participles") else -1


def harm_main_clause_start(sentence: str, clause_start: int) -> int:
    """ "At least five people died | when Gaddafi forces shelled ... late on Monday": where the main clause starts (an
    offset in the sentence) that tells a harm done to its named subject ("died", "were killed", "was shot") right
    before the "when" or "as" clause the date stands in (at `clause_start`), which tells the same moment: the title
    leads with the harm (head_clauses.yaml harm_main_clauses); -1 when it is not so (a state, a relative, a report, a
    pronoun subject, another verb after the harm)."""
    clause = sentence[clause_start:].split(None, 1)
    if not clause or _clean(clause[0]) not in _harm_words("openers"):
        return -1
    before = sentence[:clause_start]
    start = max(before.rfind(mark) + len(mark) if before.rfind(mark) >= 0 else 0
                for mark in _harm_table()["piece_marks"])
    while start < clause_start and not sentence[start].isalnum():
        start += 1
    words = [_clean(w) for w in sentence[start:clause_start].split()]
    if not words or words[0] in _harm_words("non_subject_openers"):
        return -1
    verb = next((k for k, w in enumerate(words[: int(_harm_table()["subject_words"]) + 1]) if _harm_at(words, k) > 0), -1)
    if verb < 1 or any(w in _harm_words("subject_stops") or w in ("and", "or") for w in words[:verb]):
        return -1  # no subject, or a relative, a report or a second clause before the harm
    rest = words[_harm_at(words, verb):]
    if len(rest) > int(_harm_table()["after_words"]):
        return -1
    # "and hundreds were wounded", "in broad daylight": a second harm or a phrase, no verb of another act
    for k, w in enumerate(rest):
        if w in _harm_words("subject_stops") - _harm_words("passive_auxiliaries") or w in _harm_words("openers") \
                or is_past(w) and w not in _harm_words("harm_participles") | _harm_words("harm_verbs"):
            return -1
        if w in _harm_words("passive_auxiliaries") and _harm_at(rest, k) < 0:
            return -1
    return start


@cache
def _present_report_verbs() -> dict[str, str]:
    """head_clauses.yaml present_reports verbs: the present of a saying verb -> its past."""
    verbs = load_yaml(__package__, "head_clauses.yaml")["present_reports"]["verbs"]
    return {str(k).lower(): str(v).lower() for k, v in verbs.items()}


def present_report_title(title: str, told_before: str) -> str:
    """ "Wolf Blitzer said that he tweeted that Obama ..." made of "Wolf Blitzer says that he tweeted this morning
    that ..." (`told_before`: the sentence before the date) -> "Wolf Blitzer tweeted that Obama ...": a date in the
    clause a saying verb in the present governs (head_clauses.yaml present_reports) is what was said, not the saying
    (told as going on now); the said clause when it names its subject before a past verb; "" otherwise."""
    rules = load_yaml(__package__, "head_clauses.yaml")["present_reports"]
    # the words as written: "The United States" holds no verb "states"; "two reports of his death", no "reports"
    before = [w.strip(",.;:!?\"“”'‘’()") for w in told_before.split()]
    verbs = _present_report_verbs()
    said = next((k for k in range(len(before) - 1, -1, -1) if before[k] in verbs), -1)
    if said >= 1 and _clean(before[said - 1]) in _words("determiners"):
        return ""  # "the reports", "its states": a noun
    if said < 1 or len(before) - said <= int(rules["near_words"]) + 1:
        return ""  # "says today that ...": the date right after the verb dates the saying
    if re.search(r"[\"“”]", " ".join(told_before.split()[said + 1:])):
        return ""  # "He says the east of Rayayan “declared their support ... a month ago”": the speaker's own words
    words = title.split(" ")
    at = next((k for k, w in enumerate(words[:MAX_REPORT_AT]) if w == before[said]), -1)
    if at < 1 or at == 1 and _clean(words[0]) in _harm_words("non_subject_openers"):
        return ""  # the title does not tell the saying, or "She says she ...": no one named
    words[at] = verbs[before[said]]  # "tells the conference that she ...": the hearer read as after "told"
    told = _told_clause(words, at)
    rest, _ = _named_clause(told)
    return _as_title(rest) or _as_title(_speaker_clause(words[:at], told))
