"""The last guard of title making (fragments9): a title with no finite verb ("More limited ban", "A large convoy of
Libyan armored vehicles", "Such as the video footage released", "One of four released by the commission") tells no
event as a sentence. It falls back to the main clause its date times, else to its whole sentence when that is short
and has a finite verb; else the sentence gives no event. The word lists are in verbless.yaml beside this module."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from timeline.events.lexicon import finite_words, is_adverb, is_past, lexicon, verb_form_words
from timeline.events.main_clauses import main_clause_title
from timeline.events.titles import _in_name, _noun_happenings, make_title, noun_event_happened, reads_as_present_verb
from timeline.rules import load_yaml


@cache
def _table() -> dict:
    return load_yaml(__package__, "verbless.yaml")


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()[name])


@cache
def _openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(row["phrase"]).lower().split()) for row in _table()["fragment_openers"])


def _clean(word: str) -> str:
    return word.lower().strip(",.;:!?\"“”'‘’()")


def _attributive(words: Sequence[str], k: int) -> bool:
    """Whether the participle at words[k] modifies the noun after it ("more limited ban", "of Libyan armored
    vehicles"): a lower-case word that is no stopword follows, and before it stands a determiner, a degree word or
    a common adjective (verbless.yaml attributive_before), or a nationality after a preposition or an article."""
    if k == 0 or k + 1 >= len(words) or words[k].endswith(","):
        return False
    after = words[k + 1]
    if not after[:1].islower() or _clean(after) in lexicon().stopwords or is_past(_clean(after)):
        return False
    before = _clean(words[k - 1])
    if before in _words("attributive_before"):
        return True
    named = words[k - 1][:1].isupper() and before.endswith(tuple(_words("adjective_name_endings")))
    return named and k >= 2 and (_clean(words[k - 2]) in lexicon().stopwords)


def _finite_at(words: Sequence[str], k: int, by_participle: bool) -> bool:
    """Whether words[k] is a finite verb of the title's own clause. `by_participle`: a past form before "by" is a
    participle ("released by the commission")."""
    low = _clean(words[k])
    before = _clean(words[k - 1]) if k else ""
    if k and words[k - 1].islower() and before in _words("not_main_before") or low in _words("non_finite_auxiliaries"):
        return False
    if low in finite_words() | _words("finite_stopwords") | lexicon().reporting_verbs:
        return True
    if 0 < k < len(words) - 1 and reads_as_present_verb(words, k):
        return True
    if low in verb_form_words() or is_past(low) and not _in_name(words, k):
        if k and words[k][:1].isupper():
            return False  # a name's word ("the United Nations")
        if _attributive(words, k):
            return False
        return not (by_participle and k + 1 < len(words) and _clean(words[k + 1]) == "by")
    # a lower-case plural-looking word before more words may be a present verb the lexicon does not know ("The
    # newly elected president takes office"): read as one, so that the guard stays away
    if 0 < k < len(words) - 1 and words[k].islower() and low.endswith("s") and not low.endswith("ss") \
        and low not in lexicon().stopwords and before not in lexicon().stopwords:
        return True
    # and a word after a subject pronoun or an adverb that stands before verbs ("It switches the spotlight",
    # "Forces who fought ... now control most of the country")
    if k and words[k].isalpha() and words[k].islower() and low not in lexicon().stopwords \
            and (before in lexicon().subject_pronouns or before in _words("adverbs_before_verbs")):
        return True
    # and a word the lexicon does not know right after a plural or a name, the subject's last word ("his colleagues
    # slept outside", "Tripoli residents fled")
    subject_end = k and not words[k - 1].endswith(("'s", "’s", ",")) and before not in lexicon().stopwords \
        and (before.endswith("s") and not before.endswith("ss") or words[k - 1][:1].isupper())
    return bool(subject_end) and words[k].isalpha() and words[k].islower() and low not in lexicon().stopwords \
        and not is_adverb(low) and not low.endswith("ing")


def is_verbless(title: str) -> bool:
    """Whether a finished title has no finite verb of its own: it opens with a phrase that opens a noun phrase's
    piece ("Such as ...", "One of ..." with no verb but a participle), or none of its words is a finite verb (an
    auxiliary or a modal outside a relative clause, a past form that does not modify a noun, a present verb).
    A headline's participle ("Ceasefire announced") counts as a verb."""
    words = title.split()
    if not words:
        return False
    low = [_clean(w) for w in words]
    opener = next((p for p in _openers() if tuple(low[: len(p)]) == p), ())
    if opener == ("such", "as"):
        return True
    # inside a relative clause ("the test which was delayed") its verb group is not the title's; a comma closes
    # it, and so does a later verb apart from that group ("A source who fled Zawiya said ...": "said")
    relative, relative_verb = False, -1
    for k in range(len(opener), len(words)):
        if relative and 0 <= relative_verb == k - 1 and (low[k] in _words("non_finite_auxiliaries") or is_adverb(low[k])):
            relative_verb = k  # the group goes on ("which is being celebrated", "who was later freed")
            continue
        finite = _finite_at(words, k, bool(opener))
        if finite and (not relative or 0 <= relative_verb < k - 1):
            return False
        if finite and relative:
            relative_verb = k
        if words[k].islower() and low[k] in _words("relative_words"):
            relative, relative_verb = True, -1
        elif words[k].endswith((",", ";", ":")):
            relative = False
    return True


def _headed_by_event_noun(title: str) -> bool:
    """Whether the title's head noun phrase (its words before the first stopword after its first word) holds an
    event noun (events.yaml title_noun_happenings: "The explosion aboard the oil rig", "A meeting with BP's
    chairman"): the merge and the writing tell those events and read their members together; kept as they are."""
    words = [_clean(w) for w in title.split()]
    if tuple(words[:2]) in _openers():
        return False
    stop = lexicon().stopwords
    end = next((k for k, w in enumerate(words) if k and w in stop), len(words))
    return any(w in _noun_happenings() for w in words[:end])


def verbless_fallback(title: str, sentence: str, expression: str) -> str | None:
    """The title itself when it has a finite verb; else the title of the main clause its date times when that has
    one, else of its whole sentence when the sentence is short (events.yaml title_max_words) and has one; when neither
    does, None for a title that opens a noun phrase's piece ("Such as ...": the sentence gives no event), else the
    title as it was (dropping those lost events the merge tells from their members)."""
    if not is_verbless(title) or noun_event_happened(title) or _headed_by_event_noun(title):
        return title  # (an event noun's phrase is told by a later step: "The killing of X" -> "X was killed")
    at = sentence.find(expression) if expression else -1
    cut = (at, at + len(expression)) if at >= 0 else None
    if cut is not None:
        main = main_clause_title(sentence, *cut)
        made = make_title(main, None) if main else ""
        if made and not is_verbless(made):
            return made
    if len(sentence.split()) - len(expression.split()) <= lexicon().title_max_words:
        made = make_title(sentence, cut, whole=True)
        if made and not is_verbless(made):
            return made
    # a piece of a noun phrase ("Such as ...", "One of ...") never becomes an event; another verbless title stays for
    # the merge, which weighs it as a fragment against its members' titles and may tell it from its sentence
    words = [_clean(w) for w in title.split()]
    return None if tuple(words[:2]) in _openers() else title
