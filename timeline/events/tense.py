"""A dated line tells its event in the simple past: "The journalists had traveled by boat" -> "The journalists
traveled by boat" (events.yaml title_past_perfect). The past perfect of a report ("Hider said the journalists had
traveled ...") places the event before the telling; on a line of its own date that order says nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.events.lexicon import is_past, lexicon, rules as events_rules
from timeline.events.subjects import MAX_SUBJECT_WORDS, is_verb_word


@cache
def _participles() -> dict[str, str]:
    """Irregular past participles with their simple past ("written" -> "wrote"); regular ones end in "-ed"."""
    return {str(k).lower(): str(v) for k, v in events_rules()["title_past_perfect"]["irregular"].items()}


@cache
def _kept_after() -> frozenset[str]:
    """Words after "had" that keep it: "had been" (was or were, by the subject), "had to", "had a" (a possession)."""
    return frozenset(str(w).lower() for w in events_rules()["title_past_perfect"]["keep_before"])


@cache
def _been_rules() -> dict[str, frozenset[str]]:
    """Word lists that give a passive subject's number (events.yaml title_past_perfect.been_passive)."""
    table = events_rules()["title_past_perfect"]["been_passive"]
    return {str(k): frozenset(str(w).lower() for w in v) for k, v in table.items()}


def _bare_word(word: str) -> str:
    return word.lower().strip(",.;:!?\"“”'‘’()")


def passive_number(subject: Sequence[str]) -> str:
    """ "was" or "were" for a passive after `subject` ("Dr Murray" -> was; "Three people", "A man and his son" ->
    were), or "" when its number is unsure: the head is the last word before the first comma of the noun phrase that
    ends before a preposition or relative word ("Eight of the 10 people", "Another school, Dolphin School in ...")."""
    rules = _been_rules()
    bare = [_bare_word(w) for w in subject]
    if len(bare) == 1 and bare[0] in rules["singular_pronouns"] | rules["plural_pronouns"]:
        return "were" if bare[0] in rules["plural_pronouns"] else "was"
    end = next((k for k, w in enumerate(bare) if k and w in rules["head_ends_before"]), len(bare))
    phrase, words = bare[:end], list(subject[:end])
    if any(w in rules["unsure_words"] for w in bare) or not phrase:
        return ""
    if "and" in phrase or "&" in phrase:  # "A man and his son"; "Obama and Cameron" may be one name's pair: unsure
        joined = words[max(phrase.index("and") if "and" in phrase else phrase.index("&"), 0) + 1:]
        return "were" if joined and not joined[0][:1].isupper() else ""
    first_comma = next((k for k, w in enumerate(words) if w.endswith(",")), len(words) - 1)
    head_word = words[first_comma].rstrip(",")
    head = bare[first_comma]
    if bare[0] in rules["plural_words"] or bare[0].isdigit() and bare[0] != "1" or head in rules["plural_words"]:
        return "were"
    if head in rules["singular_s_words"] or head.endswith(("'s", "’s", "s'")):
        return "was" if head in rules["singular_s_words"] else ""
    if not head.isalpha():
        return ""
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if head_word[:1].isupper():  # a name ("Dr Murray", "BP") is one; "Jones", "Rebels", "Americans" may be either
        return "" if plural else "was"
    return "were" if plural else "was"


def passive_simple_past(words: list[str], at: int) -> list[str]:
    """ "Dr Murray had been hired" -> "Dr Murray was hired": "had been" before a past participle, by the subject's
    number; else the words unchanged."""
    if at + 2 >= len(words) or not _is_participle(words[at + 2]):
        return words
    number = passive_number(words[:at])
    return [*words[:at], number, *words[at + 2:]] if number else words


def auxiliary_at(words: Sequence[str], *auxiliaries: str) -> int:
    """Where one of `auxiliaries` follows the title's subject (no verb before it, at most MAX_SUBJECT_WORDS words,
    no hypothetical or leading word first: "If Obama had thought ..." tells no event), or -1."""
    at = next((k for k, w in enumerate(words[:MAX_SUBJECT_WORDS + 1]) if w.lower() in auxiliaries), -1)
    lex = lexicon()
    if at < 1 or at + 1 >= len(words) or any(is_verb_word(w) for w in words[:at]) \
            or words[0].lower() in lex.hypotheticals | lex.leading_words:
        return -1
    return at


_RELATIVES = frozenset({"who", "which", "that", "whose"})  # "Those who have been freed": not the main verb
_PRESENT_PERFECT_PAST = {"has": "was", "have": "were"}  # the auxiliary gives the number: "has been" -> "was"


def _is_participle(word: str) -> bool:
    return word.isalpha() and word.islower() and (is_past(word) or word in _participles())


def _present_perfect_passive(words: list[str], at: int) -> list[str]:
    """ "The show has been turned into a tribute" -> "The show was turned into a tribute": a dated line's present
    perfect passive after its subject (not "I have been": "I" takes "was"); else the words unchanged."""
    if at + 2 >= len(words) or words[at + 1] != "been" or not _is_participle(words[at + 2]) \
            or words[at - 1].lower() == "i" or any(w.lower() in _RELATIVES for w in words[:at]):
        return words
    return [*words[:at], _PRESENT_PERFECT_PAST[words[at].lower()], *words[at + 2:]]


def present_perfect_past(title: str, sentence: str = "", date_at: int = -1) -> str:
    """ "The show has been turned into a tribute" -> "The show was turned into a tribute": a dated line's present
    perfect passive after its subject, unless its date phrase (at `date_at` in `sentence`) follows "since" ("has
    been closed since Monday" is a state). Run after the event filters, which read the present perfect ("have been
    killed so far in 2011" is a running total, no event)."""
    words = title.split(" ")
    at = auxiliary_at(words, "has", "have")
    if at < 0 or _since_date(sentence, date_at):
        return title
    passive = _present_perfect_passive(words, at)
    if passive is words:
        passive = _present_perfect_active(words, at)
    return title if passive is words else " ".join(passive)


def _present_perfect_active(words: list[str], at: int) -> list[str]:
    """ "NATO has begun surveillance flights" -> "NATO began surveillance flights": a dated line's present perfect
    after its subject, with a participle whose simple past is known (simple_past_of); not "I have", not after a
    relative ("Those who have left"), not "has been" (_present_perfect_passive's) nor "has to"; not a state that
    lasts up to now ("has surged since his death"), nor an auxiliary that does not agree with its subject ("CNN's
    Ben Wedeman have displayed": the clause's own subject was cut, and the simple past would hide it); else the
    words."""
    following = words[at + 1]
    if following == "been" or not _is_participle(following) or words[at - 1].lower() == "i" \
            or any(w.lower() in _RELATIVES for w in words[:at]) or "since" in (w.lower() for w in words[at:]):
        return words
    number = passive_number(words[:at])
    if number and number != _PRESENT_PERFECT_PAST[words[at].lower()]:
        return words
    past = simple_past_of(following)
    return [*words[:at], past, *words[at + 2:]] if past else words


def _since_date(sentence: str, date_at: int) -> bool:
    """Whether the date phrase (at `date_at` in `sentence`) follows "since": a state that lasts from then."""
    return 0 < date_at <= len(sentence) and sentence[:date_at].rstrip().lower().endswith("since")


def simple_past(title: str, sentence: str = "", date_at: int = -1) -> str:
    """The title with its main verb's past perfect as the simple past, when "had" follows its subject (no verb
    before it) and a regular past participle or one of the table follows ("had been" + participle: "was" or "were"
    by the subject), and the date phrase (at `date_at` in `sentence`, if given) stands after that verb: "had
    traveled Saturday" is dated by its own phrase; in "She told reporters on Sunday that the convoy had reached the
    border" Sunday is the telling's, and the reaching came before it. Else the title unchanged."""
    words = title.split(" ")
    at = auxiliary_at(words, "had")
    lex = lexicon()
    if at < 0:
        return title
    following = words[at + 1]
    low = following.lower()
    if following == "been":
        passive = passive_simple_past(words, at)
        if passive is words or (sentence and not 0 <= _verb_in_sentence(sentence, "had", "been") <= date_at):
            return title
        return " ".join(passive)
    if low in _kept_after() or low in lex.negations or not following.isalpha():
        return title
    past = simple_past_of(following)
    if not past:
        return title
    if sentence:
        verb = _verb_in_sentence(sentence, "had", following)
        if verb < 0 or verb > date_at:
            return title
    return " ".join([*words[:at], past, *words[at + 2:]])


def simple_past_of(participle: str) -> str:
    """The simple past of a past participle: the table's irregular one ("begun" -> "began"), a regular "-ed" form
    itself, else "" (a participle the table does not know keeps its auxiliary)."""
    low = participle.lower()
    return _participles().get(low) or (participle if low.endswith("ed") and is_past(low) else "")


# "had also been closed", "had already died": the adverbs a title drops (events.yaml title_context_adverbs) may stand
# between the auxiliary and its verb in the sentence
AUXILIARY_ADVERB_WORDS = 2


def _verb_in_sentence(sentence: str, auxiliary: str, verb: str) -> int:
    """Where `auxiliary` opens the verb phrase that ends in `verb` in the sentence, with at most
    AUXILIARY_ADVERB_WORDS lower-case words between them ("had also been"), or -1."""
    found = re.search(rf"\b{re.escape(auxiliary)}(?: [a-z]++){{0,{AUXILIARY_ADVERB_WORDS}}}? {re.escape(verb)}\b",
                      sentence)
    return found.start() if found else -1
