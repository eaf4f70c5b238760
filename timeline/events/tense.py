"""A dated line tells its event in the simple past: "The journalists had traveled by boat" -> "The journalists
traveled by boat" (events.yaml title_past_perfect). The past perfect of a report ("Hider said the journalists had
traveled ...") places the event before the telling; on a line of its own date that order says nothing."""

from __future__ import annotations

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


def simple_past(title: str, sentence: str = "", date_at: int = -1) -> str:
    """The title with its main verb's past perfect as the simple past, when "had" follows its subject (no verb
    before it) and a regular past participle or one of the table follows, and the date phrase (at `date_at` in
    `sentence`, if given) stands after that verb: "had traveled Saturday" is dated by its own phrase; in "She told
    reporters on Sunday that the convoy had reached the border" Sunday is the telling's, and the reaching came
    before it. Else the title unchanged."""
    words = title.split(" ")
    at = next((k for k, w in enumerate(words[:MAX_SUBJECT_WORDS + 1]) if w.lower() == "had"), -1)
    lex = lexicon()
    if at < 1 or at + 1 >= len(words) or any(is_verb_word(w) for w in words[:at]) \
            or words[0].lower() in lex.hypotheticals | lex.leading_words:  # "If Obama had thought ...": no event
        return title
    following = words[at + 1]
    low = following.lower()
    if low in _kept_after() or low in lex.negations or not following.isalpha():
        return title
    past = _participles().get(low) or (following if low.endswith("ed") and is_past(low) else "")
    if not past:
        return title
    if sentence:
        verb = sentence.find(f"had {following}")
        if verb < 0 or verb > date_at:
            return title
    return " ".join([*words[:at], past, *words[at + 2:]])
