"""Short headline-style titles ("who did what") and the keys that identify an event for merging."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.events.lexicon import is_past, lexicon, rules as events_rules, words_of

QUOTES = re.compile(r"[\"“”«»]|(?<!\w)['‘’]|['‘’](?!\w)")
SPACES = re.compile(r"\s++")
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s++([,;:.!?)])")
REPEATED_COMMAS = re.compile(r",(?:\s*+,)++")  # where a cut date stood between two commas


def headline_words(words: list[str]) -> list[str]:
    """Headline style: no opening subordinator or article, and nothing from an attribution on ("according to ...").
    The verb keeps its auxiliaries: "he was kidnapped" is not "he kidnapped", "may have culminated" not "may
    culminated"."""
    lex = lexicon()
    start = 0
    while start < len(words) and words[start].lower().strip(",") in lex.leading_words | lex.date_prepositions \
            and " ".join(words[start:start + 2]).lower() not in lex.quantity_phrases:  # "At least seven people"
        start += 1
    opened = _after_opening_phrase(words, start)
    if opened > start:  # past the opening phrase, and a subordinator after it ("on a smaller scale, when ...")
        start = opened
        while start < len(words) and words[start].lower().strip(",") in lex.leading_words:
            start += 1
    kept: list[str] = []
    skip_to = start
    for i in range(start, len(words)):
        if i < skip_to:
            continue
        word = words[i].lower()
        if word in ("who", "which") and kept and kept[-1].endswith(","):
            if _first_verb(kept) >= 0:
                break  # "Hayward promised to fix the disaster, which is on course to ...": another clause
            kept[-1] = kept[-1].rstrip(",")  # "The war, which began" -> "The war began"
            continue
        following = words[i + 1].lower().strip(",.;:") if i + 1 < len(words) else ""
        if word == "according" and following == "to":
            if kept:
                break
            # the date's own clause is the attribution: "according to a report released on Tuesday" tells of the report
            skip_to = i + 2
            while skip_to < len(words) and words[skip_to].lower() in ("a", "an", "the"):
                skip_to += 1
            continue
        if kept and len(kept) <= 4 and kept[-1].endswith(",") and is_past(word.strip(",.;:")):
            kept[-1] = kept[-1].rstrip(",")  # "Jalalabad, fell" -> "Jalalabad fell": a subject and its verb
        kept.append(words[i])
    return kept


OPENING_PHRASE_WORDS = 6  # how long a phrase before its comma may be to count as an opening adverbial


def _after_opening_phrase(words: list[str], start: int) -> int:
    """Where the title starts when its opening preposition was dropped but not its phrase ("[In] Tripoli, the U.S.
    ambassador returned" -> "the U.S. ambassador returned"): after a short capitalised or lower-case phrase that
    ends with a comma and is followed by a clause with its own verb."""
    if start == 0 or words[start - 1].lower().strip(",") not in lexicon().opening_prepositions:
        return start
    for j in range(start, min(len(words), start + OPENING_PHRASE_WORDS)):
        if _first_verb(words[j:j + 1]) >= 0 or (_clean(words[j]).endswith("ing") and len(_clean(words[j])) > 5):
            return start  # "[After] routing the rebels, ...": a verb inside, not a place or a time
        if words[j].endswith(","):
            return j + 1 if _first_verb(words[j + 1:]) >= 0 else start
    return start


def relative_clause(words: Sequence[str]) -> list[str]:
    """ "... a partial cease-fire they brokered [in February]" -> ["partial", "cease-fire", "brokered"]: when the
    date closes a relative clause, the noun phrase it qualifies and its verb make the title."""
    lex = lexicon()
    if len(words) < 4 or not is_past(words[-1].lower()) or words[-2].lower() not in lex.relative_pronouns:
        return []
    phrase: list[str] = []
    for word in reversed(words[:-2]):
        low = word.lower()
        if low in ("a", "an", "the") or low.endswith(","):
            break
        if low in lex.stopwords or is_past(low) or len(phrase) == 4:
            return []
        phrase.insert(0, word)
    return phrase + [words[-1]] if phrase else []


def without_date(text: str, start: int, end: int) -> tuple[list[str], str]:
    """The words before a date phrase (without the prepositions that introduce it) and the text after it."""
    head_words = text[:start].rstrip().split(" ")
    while head_words and head_words[-1].lower() in lexicon().date_prepositions:
        head_words.pop()
    return head_words, _POSSESSIVE_AFTER_DATE.sub("", text[end:], count=1)


_POSSESSIVE_AFTER_DATE = re.compile(r"\A['’]s\b")  # "Tuesday's failed attempt" -> "failed attempt"


_RELATIVE = re.compile(r",\s(?:which|who)\s")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def _own_relative_clause(text: str, cut: tuple[int, int]) -> tuple[str, int] | None:
    """ "The rebels never retook the town, which fell on Monday": when the date stands in a relative clause after a
    main clause with its own verb, the title is the noun it qualifies and the relative clause ("the town fell"); the
    new text and how far the date moved, or None."""
    found = list(_RELATIVE.finditer(text, 0, cut[0]))
    if not found:
        return None
    m = found[-1]
    before = text[: m.start()].split()
    verb = _first_verb(before)
    if verb < 0:
        return None
    phrase: list[str] = []
    for word in reversed(before[verb + 1:]):
        phrase.insert(0, word)
        if word.lower() in _DETERMINERS or len(phrase) == 5 or not word[:1].isalnum():
            break
    if not phrase or phrase[0].lower() not in _DETERMINERS and not phrase[0][:1].isupper():
        return None
    head = " ".join(phrase) + " "
    return head + text[m.end():], len(head) - m.end()


def make_title(text: str, cut: tuple[int, int] | None, other_dates: Sequence[tuple[int, int]] = ()) -> str:
    """A short readable title from a clause, with the date phrases (the event's own `cut` and any
    `other_dates` inside the clause) and the prepositions that introduce them cut out."""
    lex = lexicon()
    if cut is not None:
        head_words, _ = without_date(text, *cut)
        relative = relative_clause(head_words)
        if relative:
            return make_title(" ".join(relative), None)
        own = _own_relative_clause(text, cut)
        if own:
            text, shift = own
            cut = (cut[0] + shift, cut[1] + shift)
            other_dates = [(a + shift, b + shift) for a, b in other_dates if a + shift >= 0]
    for start, end in sorted([c for c in [cut, *other_dates] if c is not None], reverse=True):
        head_words, tail = without_date(text, start, end)
        text = " ".join(head_words) + " " + tail
    text = after_chrome(SPACES.sub(" ", QUOTES.sub("", text)))
    if len(text.split()) > lex.title_words:  # a long title drops its glosses; a short one may keep "(CPA)"
        text = PARENTHESIS.sub("", text)
    text = SPACES.sub(" ", text).strip(" ,;:.-—–")
    text = LEADING_JUNK.sub("", PHOTO_CREDIT.sub("", text, count=1), count=1)
    words = without_leading_report(without_expletive(text.split(" ")))
    words = headline_words(words)
    words = shorten(words)
    while words and (words[-1].lower().strip(",.;:") in lex.dangling_words | lex.date_prepositions | CREDIT_WORDS):
        words.pop()
    title = REPEATED_COMMAS.sub(",", SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(words))).strip(TITLE_EDGES)
    return title[:1].upper() + title[1:]


# a photographer's credit run into the text ("Andrew Yates/AP The government moved ..."): never part of a title
PHOTO_CREDIT = re.compile(r"\A(?:Photograph: )?+[A-Z][\w.'’-]{0,30}+(?: [A-Z][\w.'’-]{0,30}+){0,3}+"
                          r"(?:/[A-Z][\w-]{0,20}+){1,3}+(?: Features| Images| Pictures)?+ (?=[A-Z])")
# the tail of a dateline or a stamp that a clause began inside: "Reuters) - ", "Libya (CNN) -- ", "ET): "
LEADING_JUNK = re.compile(r"\A(?:[^()\n]{0,60}+\((?:Reuters|CNN|AP|AFP|BBC)\)|[A-Z][\w.]{0,20}+\))\s?+(?:[-–—]{1,2}+|:)\s*+")
TITLE_EDGES = " ,;:.-—–*•·|"
CREDIT_WORDS = frozenset({"photograph", "photo", "picture"})  # a caption's credit that begins where a title ends
# page chrome a clause ran into: a page's time stamp ("10.27 BST", "(Updated: ... Sunday ET):"), an agency's dateline mark ("(CNN) --"), a
# page's "Last updated [at 04:16 GMT] Help", a byline "| By Reema Khrais, CNN": what follows the last one is the text
CHROME = re.compile(r"\b\d{1,2}[.:]\d{2} ?+(?:BST|GMT|UTC|CET|EDT|EST|ET)\b|\b(?:BST|GMT|UTC|EDT|EST|ET)\) ?+:|\((?:CNN|Reuters|AP|AFP|BBC)\) ?+[-–—:]{1,2}+"
                    r"|\bLast updated(?: at)?+(?: \d{1,2}[.:]\d{2}(?: GMT| BST)?+)?+ Help\b"
                    r"|\| By [A-Z][\w.'’-]{0,30}+(?: [A-Z][\w.'’-]{0,30}+){0,3}+, (?:CNN|Reuters|AP|AFP)\b")
MIN_AFTER_CHROME_WORDS = 3  # what follows a chrome mark must be a clause, not a stray word
# a short parenthesis (a conversion, an acronym, a gloss) inside a title: "between $1 billion (605.7 million pounds)"
PARENTHESIS = re.compile(r" ?+\([^()]{1,60}+\)(?= |[,;:.]|\Z)")


def after_chrome(text: str) -> str:
    """The text after the last page-chrome mark in it ("... two more days 10.27 BST This still image shows ..." ->
    "This still image shows ..."), or the text as it stands when none is followed by a clause."""
    marks = list(CHROME.finditer(text))
    for mark in reversed(marks):
        rest = text[mark.end():].strip(" -–—:|")
        if len(rest.split()) >= MIN_AFTER_CHROME_WORDS:
            return rest
    return text


@cache
def _expletive_openers() -> tuple[tuple[str, ...], ...]:
    phrases = (tuple(phrase.split()) for phrase in events_rules()["title_expletive_openers"])
    return tuple(sorted(phrases, key=len, reverse=True))  # "it emerged that" before "it emerged"


def without_expletive(words: list[str]) -> list[str]:
    """ "It has emerged that the regulator had criticised X" -> "the regulator had criticised X": an opener that
    only introduces what is told (events.yaml title_expletive_openers)."""
    low = [w.lower() for w in words[:6]]
    for phrase in _expletive_openers():
        if tuple(low[: len(phrase)]) == phrase and len(words) > len(phrase) + 2:
            return words[len(phrase):]
    return words


LEADING_REPORT_WORDS = 5  # "The cable said,", "A senior U.S. official said,": how long a set-off attribution may be


def without_leading_report(words: list[str]) -> list[str]:
    """ "The cable said, Mutassim had assaulted ..." -> "Mutassim had assaulted ...": an attribution set off by a
    comma before what was said, when what follows has its own subject and verb."""
    lex = lexicon()
    for k in range(1, min(len(words), LEADING_REPORT_WORDS + 1)):
        if _first_verb(words[:k]) >= 0 and not (_clean(words[k]) in lex.reporting_verbs and k == _first_verb(words[:k + 1])):
            return words
        if _clean(words[k]) in lex.reporting_verbs and words[k].endswith(","):
            rest = words[k + 1:]
            verb = _first_verb(rest)
            if 0 < verb <= LEADING_REPORT_WORDS and rest[0][:1].isupper() | (rest[0].lower() in lex.subject_pronouns) \
                    and not words[0][:1].islower():
                return rest
            return words
    return words  # punctuation and bullets that never open or close a title


def _clean(word: str) -> str:
    return word.lower().strip(",.;:!?\"“”'‘’()")


def _first_verb(words: Sequence[str]) -> int:
    """The index of the clause's first verb form (past, auxiliary, modal or future), or -1."""
    lex = lexicon()
    for i, word in enumerate(words):
        low = _clean(word)
        if is_past(low) or low in lex.auxiliaries or low in lex.modals or low in lex.future_auxiliaries \
                or low in lex.state_verbs:
            return i
    return -1


def _opens_tail(words: Sequence[str], i: int, verb: int) -> bool:
    """Whether a title may end before words[i]: a trailing attribution ("..., officials said", "and said there
    was"), a relative or subordinate clause after a comma (", which", ", when"), or a new coordinated clause
    ("and the halt pushed back ..."). Never before the verb has its first complement."""
    lex = lexicon()
    if i <= verb + 1 or i >= len(words):
        return False
    low = _clean(words[i])
    after = [_clean(w) for w in words[i + 1:i + 5]]
    comma = words[i - 1].endswith((",", ";", ":")) or words[i - 1] in ("--", "—", "–")
    if low in lex.tail_openers and (comma or low in lex.tail_openers_without_comma):
        return True
    if low in lex.reporting_verbs and comma:
        return True  # "..., said the minister"
    if comma and low in lex.subject_pronouns and after[:1] and after[0] in lex.reporting_verbs \
            and not words[i + 1].endswith(","):
        return True  # "..., she said", not the aside in "It was, he said, that ..."
    if comma and any(w in lex.reporting_verbs for w in after[:4]) and not any(is_past(w) for w in after[:1]):
        return True  # "..., the ministry said"
    if low in ("and", "but") and after[:1] and (after[0] in lex.reporting_verbs or
                                               (len(after) > 1 and after[0] in lex.subject_pronouns and
                                                (is_past(after[1]) or after[1] in lex.auxiliaries))):
        return True  # "and said ...", "and he was ..."
    return False


def is_bare_report(title: str) -> bool:
    """ "It said in a note to clients, received by Reuters", "A senior official said": a title whose verb reports
    and which tells nothing that was said (no verb after the reporting one) is no event."""
    words = title.split()
    verb = _first_verb(words)
    if verb < 0 or _clean(words[verb]) not in lexicon().speech_verbs:
        return False
    rest = words[verb + 1:]
    # a participle right after a comma qualifies a noun (", received by Reuters"): it tells nothing that was said
    # and so does a passive participle with its agent ("an e-mail obtained by CNN")
    return not any(_first_verb([w]) == 0 and not (k and rest[k - 1].endswith(","))
                   and not (k + 1 < len(rest) and _clean(rest[k + 1]) == "by") for k, w in enumerate(rest))


DASHES = frozenset({"--", "—", "–", "-"})
CLAUSE_VERB_WINDOW = 4  # "and $1.5 billion of assets" joins nouns; "and the halt pushed back" opens a clause


# prepositions that open a phrase a too-long title may end before (not "of": "the side | of the vessel" is cut)
PHRASE_OPENERS = frozenset({"in", "at", "on", "near", "off", "during", "over", "for", "with", "from", "by", "amid",
                            "under", "across", "into", "through", "after", "before", "since", "until", "unless", "if"})
_NOUN_PHRASE_WORDS = frozenset({"of", "a", "an", "the", "to", "with", "by", "for", "in", "on", "at", "from"})


def _opens_clause(words: Sequence[str], i: int) -> bool:
    """Whether words[i:] open a clause with its own verb within CLAUSE_VERB_WINDOW words ("the halt pushed back",
    "said"), not a noun phrase with a participle in it ("$1.5 billion of frozen assets")."""
    for k in range(i, min(len(words), i + CLAUSE_VERB_WINDOW)):
        if _first_verb(words[k:k + 1]) == 0:
            return k == i or _clean(words[k - 1]) not in _NOUN_PHRASE_WORDS
    return False


TRAILING_REPORT_WORDS = 12  # "..., the head of Saudi state oil company Saudi Aramco said": how long a speaker may be


def _tells_what_happened(words: Sequence[str], verb: int) -> bool:
    """Whether a clause's first verb tells what happened ("were killed", "has dismissed", "seized"), not a view, a
    state or a forecast ("appears to be", "will be brought", "should be ready"): only then may it stand without
    the one who said it."""
    low = _clean(words[verb])
    return (is_past(low) or low in ("was", "were", "had", "has", "have")) and not any(
        _clean(w) in lexicon().modals | lexicon().future_auxiliaries for w in words[: verb + 1])


def _without_trailing_report(words: list[str]) -> list[str]:
    """ "All demands have been met, the head of Saudi Aramco said" -> "All demands have been met": a title that ends
    with its speaker and a reporting verb after a comma, when what stands before the comma tells what happened (a
    view or a forecast keeps its speaker: "Those responsible will be brought to justice, Obama said")."""
    if len(words) < 4 or _clean(words[-1]) not in lexicon().reporting_verbs:
        return words
    for k in range(len(words) - 2, max(0, len(words) - 2 - TRAILING_REPORT_WORDS), -1):
        if words[k - 1].endswith(","):
            speaker, told = words[k:-1], words[: k - 1]
            verb = _first_verb(told)
            if _first_verb(speaker) < 0 and verb >= 0 and _tells_what_happened(told, verb):
                return words[:k]
            return words
    return words


def shorten(words: list[str]) -> list[str]:
    """The title's words without a trailing attribution or subordinate clause, and no longer than
    `title_words` when a clause boundary allows; a clause that cannot be cut at a boundary is kept whole (up to
    `title_max_words`) rather than cut mid-phrase."""
    lex = lexicon()
    verb = _first_verb(words)
    for i in range(len(words)):
        if _opens_tail(words, i, verb):
            words = words[:i]
            break
    words = _without_trailing_report(words)
    if len(words) <= lex.title_words:
        return words
    bounds = [i for i in range(max(verb, 0) + 3, len(words)) if words[i - 1].endswith((",", ";", ":"))
              or _clean(words[i]) in lex.tail_openers_without_comma
              or _clean(words[i]) in lex.tail_openers and _opens_clause(words, i + 1)]
    fitting = [i for i in bounds if i <= lex.title_words]
    # a comma or subordinator ends a clause; a relative pronoun only ends its noun ("after two babies | who")
    strong = [i for i in fitting if _clean(words[i]) not in lex.relative_pronouns]
    if strong or fitting:
        return words[: (strong or fitting)[-1]]
    if len(words) <= lex.title_max_words:
        return words
    if bounds and bounds[0] <= lex.title_max_words:
        return words[: bounds[0]]
    # an aside after a dash ("... her children -- a move denounced by ..."); not earlier: what precedes a dash may
    # be only the subordinate clause ("Two weeks after the plant opened -- two military cars broke in")
    dashes = [i for i in range(max(verb, 0) + 3, lex.title_max_words + 1) if words[i] in DASHES]
    if dashes:
        return words[: dashes[-1]]
    # no clause boundary in reach: end before the last phrase of place, time or manner that fits ("struggles against
    # the side of the vessel | at the site of the spill"), never mid-phrase ("at the site of the")
    phrases = [i for i in range(max(verb, 0) + 3, lex.title_max_words + 1) if _clean(words[i]) in PHRASE_OPENERS
               and _clean(words[i - 1]) not in lex.dangling_words | lex.date_prepositions]
    return words[: phrases[-1]] if phrases else words[: lex.title_max_words]


def event_keys(text: str) -> tuple[str, ...]:
    """Content words that identify what a sentence is about, for recognising the same event."""
    lex = lexicon()
    words = words_of(text)
    keys = {w for w in words if len(w) > 2 and w not in lex.stopwords and not w.isdigit() or (w.isdigit() and len(w) < 4)}
    keys = {k for k in keys if k not in lex.stopwords and len(k) > 1}
    return tuple(sorted(keys))
