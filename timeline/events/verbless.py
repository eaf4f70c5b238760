"""The last guard of title making (fragments9): a title with no finite verb ("More limited ban", "A large convoy of
Libyan armored vehicles", "Such as the video footage released", "One of four released by the commission") tells no
event as a sentence. It falls back to the main clause its date times, else to its whole sentence when that is short
and has a finite verb; else the sentence gives no event. The word lists are in verbless.yaml beside this module."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.events.lexicon import finite_words, is_adverb, is_past, lexicon, opening_words, verb_form_words
from timeline.events.main_clauses import main_clause_title
from timeline.events.subjects import fits, opening_subject, pronoun_class
from timeline.events.titles import (_in_name, _noun_event_links, _noun_events, _noun_happenings, make_title,
                                    noun_event_happened, reads_as_present_verb)
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
    # (verbless2) an adverb in -ly between a determiner or an owner and the participle ("Iran's democratically elected
    # government", "the hastily assembled force"); "The army quickly seized towns" has its subject there instead
    if k >= 2 and words[k - 1].islower() and before.endswith("ly") and is_adverb(before) \
            and (words[k - 2].endswith(("'s", "’s")) or _clean(words[k - 2]) in _words("attributive_before")):
        return True
    named = words[k - 1][:1].isupper() and before.endswith(tuple(_words("adjective_name_endings")))
    return named and k >= 2 and (_clean(words[k - 2]) in lexicon().stopwords)


def _finite_at(words: Sequence[str], k: int, by_participle: bool, guess: bool = True) -> bool:
    """Whether words[k] is a finite verb of the title's own clause. `by_participle`: a past form before "by" is a
    participle ("released by the commission"); `guess`: a word the lexicon does not know may be read as a present
    verb from where it stands (off: only the words the lexicon knows as verbs count)."""
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
    if not guess:
        return False
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


def is_verbless(title: str, guess: bool = True) -> bool:
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
        finite = _finite_at(words, k, bool(opener), guess)
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


# (fragments10) A noun phrase with the participle of a reduced relative: verbless.yaml reduced_relative.
PARTICIPLE_PHRASE_WORDS = 8  # how far the participle's own phrase may run before the date it holds ("posted on the
# internet Wednesday", "cited Friday by Ban")


@cache
def _relative_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()["reduced_relative"][name])


def _is_participle(word: str) -> bool:
    return word.endswith("ed") and is_past(word) or word in _relative_words("irregular_participles")


def _participle_at(words: Sequence[str], low: Sequence[str]) -> int:
    """The index of a title's participle when the title is a noun phrase of no verb, the participle, and nothing or a
    phrase a preposition opens with no verb ("An audio tape released", "Estimates cited by Ban"); else -1."""
    k = next((i for i in range(1, len(words)) if words[i].isalpha() and words[i].islower() and _is_participle(low[i])),
             -1)
    if k < 1 or words[k - 1].endswith((",", ";", ":")) or low[k - 1] in lexicon().subject_pronouns | finite_words() \
            | _words("relative_words") | _words("not_main_before") | _words("non_finite_auxiliaries") \
            or any(w in _relative_words("clause_openers") for w in low[:k]) or not is_verbless(" ".join(words[:k])):
        return -1
    rest = words[k + 1:]
    if _told_verb(words, low, k):
        return k
    if rest and (low[k + 1] not in _relative_words("phrase_prepositions") or not is_verbless(" ".join(rest))):
        return -1
    return k


def _told_verb(words: Sequence[str], low: Sequence[str], k: int) -> bool:
    """Whether the participle at k is followed by one last word, a past or reporting verb whose object the title
    lost: the noun phrase's own verb ("A poll published showed")."""
    return k + 2 == len(words) and words[-1].isalpha() and words[-1].islower() \
        and (low[-1] in lexicon().reporting_verbs or is_past(low[-1]))


def _goes_on_with_verb(after: Sequence[str]) -> bool:
    """Whether the words after a sentence-opening noun phrase and its participle go on with the phrase's own finite
    verb (an auxiliary or a modal, or a past form right after a word that is no comma's or conjunction's: "The
    statement posted on the internet Wednesday, and translated by X, was authored"), before any word that opens
    another clause. A comma ends the search unless an auxiliary follows it (an aside closed) or another participle,
    maybe after "and" or "or" (an aside opened): "Saif Gadhafi alluded to this claim in his speech early Monday,
    claiming ..." goes on with no verb of its own."""
    for j, word in enumerate(after):
        low = _clean(word)
        if low in _relative_words("clause_openers"):
            return False
        if j and after[j - 1].endswith((",", ";", ":")) and low not in finite_words() \
                and not _is_participle(low) and not (low in ("and", "or") and j + 1 < len(after)
                                                    and _is_participle(_clean(after[j + 1]))):
            return False
        before = _clean(after[j - 1]) if j else ""
        if before in ("and", "or", "but"):
            continue
        if low in finite_words() | _words("finite_stopwords") and word.islower():
            return True
        if j and word.isalpha() and word.islower() and is_past(low) and not after[j - 1].endswith((",", ";", ":")) \
                and low not in lexicon().reporting_verbs and not _is_participle(low):
            return True
    return False


def reduced_relative_title(title: str, sentence: str, expression: str) -> str:
    """A title that is a noun phrase with the participle of a reduced relative ("An audio tape released", "A
    statement posted on the internet") when its sentence shows the phrase is one: a preposition before it ("In an
    audio tape released on March 12, he said ...") or the phrase opens the sentence and goes on with its own verb
    ("The statement posted on the internet Wednesday, ..., was authored ..."). It takes the passive with its
    auxiliary when the date stands in the participle's own phrase ("An audio tape was released"; a phrase whose own
    verb ends the sentence gives the clause it tells with its teller: "..., a poll showed"; the title stays
    when the sentence tells a future), else the main clause the date times (or the whole sentence when it is short)
    when that makes a title with a verb; else it stays. A past
    with an object ("The EPA issued a report"), an intransitive past in a clause ("until the conflict erupted in
    Libya") and a relative's verb ("A man who died ...") stay."""
    words = title.split()
    low = [_clean(w) for w in words]
    k = _participle_at(words, low)
    if k < 0:
        return title
    table = _relative_words
    d = 1 if k > 1 and low[0] in table("determiners") else 0
    found = re.search(r"(?<![\w$])" + r"\s+".join(re.escape(w) for w in words[d:k + 1]) + r"(?!\w)", sentence,
                      re.IGNORECASE)
    if not found:
        return title
    before = sentence[:found.start()].split()
    article = ""  # the sentence's article before a noun phrase the title gives bare ("a report published" ->
    # "Report published"): the passive takes it back ("A report was published"; the polish reads it after)
    while before and _clean(before[-1]) in table("determiners") and not before[-1].endswith(","):
        article = article or (_clean(before[-1]) if d == 0 and _clean(before[-1]) in ("a", "an", "the") else "")
        before.pop()
    after = sentence[found.end():].split()
    if before and before[-1].endswith((",", ";", ":")) and not _told_verb(words, low, k):
        return title
    opens = not before or all(_clean(w) in opening_words() or w[:1].isdigit() for w in before)
    told = _told_verb(words, low, k)
    if not (before and _clean(before[-1]) in table("object_prepositions")) \
            and not (opens and _goes_on_with_verb(after)) and not told:
        return title
    if told:
        # the sentence ends on the phrase's own verb, after the clause it tells ("Only one in three Britons agree ...,
        # a poll published on Monday showed."): that clause with its teller, the participle's phrase cut
        verb = re.compile(r"(?<!\w)" + re.escape(words[-1]) + r"(?=[\s.!?\"”’']*$)").search(sentence, found.end())
        if verb:
            claim = sentence[:found.end() - len(words[k])].rstrip() + " " + sentence[verb.start():]
            made = make_title(claim, None)
            if made and len(made.split()) <= lexicon().title_max_words and not is_verbless(made):
                return made
    at = sentence.find(expression, found.end()) if expression else -1
    between = sentence[found.end():at].split() if at >= 0 else []
    own = at >= 0 and len(between) <= PARTICIPLE_PHRASE_WORDS and not any(
        w.endswith((",", ";", ":")) or _clean(w) in finite_words() | table("clause_openers") for w in between)
    if own and any(_clean(w) in lexicon().future_auxiliaries for w in sentence.split()):
        return title  # the date times the participle, but the sentence tells no past
    if own:
        noun = next((words[:j] for j in range(1, k) if low[j] in table("phrase_prepositions") | {"of"}), words[:k])
        head = _clean(noun[-1])
        be = "were" if head.endswith("s") and not head.endswith("ss") and head.isalpha() else "was"
        noun = [article.capitalize(), words[0][:1].lower() + words[0][1:] if words[0][1:2].islower() else words[0],
                *words[1:k]] if article else words[:k]
        return " ".join([*noun, be, *words[k:len(words) - 1 if told else len(words)]])
    start = sentence.find(expression) if expression else -1
    if start < 0:
        return title
    cut = (start, start + len(expression))
    main = main_clause_title(sentence, *cut)
    made = make_title(main, None) if main else ""
    if not made and len(sentence.split()) - len(expression.split()) <= lexicon().title_max_words:
        made = make_title(sentence, cut, whole=True)
    return made if made and not is_verbless(made) and _participle_at(made.split(), [_clean(w) for w in made.split()]) < 0 \
        else title


# A noun phrase and its relative clause with no verb of the title's own: verbless.yaml relative_fragment.
RELATIVE_DATE_WORDS = 15  # how far past the pronoun, in the sentence, the date may stand and still be the clause's


@cache
def _fragment_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()["relative_fragment"][name])


def _relative_at(words: Sequence[str], low: Sequence[str], guess: bool = True) -> int:
    """The index of the pronoun opening the title's first relative clause after a noun ("a storm | that killed",
    "the test | which was delayed"), when the words before it have no finite verb; else -1."""
    stop = lexicon().stopwords
    for k in range(1, len(words) - 1):
        if not (words[k].islower() and low[k] in _fragment_words("pronouns")):
            continue
        before = low[k - 1]
        if not before or before in stop or not words[k - 1].rstrip(",").replace("-", "").replace("’", "").isalnum():
            return -1
        if low[k] == "that" and words[k - 1].endswith(","):
            return -1
        return k if is_verbless(" ".join(words[:k]), guess) else -1
    return -1


def _clause_noun(head: Sequence[str]) -> list[str]:
    """The noun phrase a relative clause after `head` tells of: the words after the head's last linking preposition
    ("the intentions of | the mob"), unless a counting or parting word stands before it ("One of the protesters"),
    then the whole head."""
    low = [_clean(w) for w in head]
    link = max((k for k in range(1, len(head) - 1) if head[k].islower() and low[k] in _fragment_words("links")),
               default=-1)
    if link < 0 or low[link - 1] in _fragment_words("partitives") or low[link - 1][:1].isdigit():
        return list(head)
    return list(head[link + 1:])


def _counted(head: Sequence[str]) -> bool:
    """Whether a noun phrase opens with a counting or parting word before a link ("One of the protesters"): its verb
    agrees with the count, not with the last noun."""
    low = [_clean(w) for w in head]
    return len(low) > 2 and (low[0] in _fragment_words("partitives") or low[0][:1].isdigit()) \
        and low[1] in _fragment_words("links")


def _date_in_clause(sentence: str, words: Sequence[str], k: int, expression: str) -> bool:
    """Whether the sentence's date stands in the relative clause: after the noun's last word and the pronoun, within
    RELATIVE_DATE_WORDS words and no full stop or semicolon."""
    if not expression:
        return False
    found = re.search(r"(?<![\w'’])" + re.escape(words[k - 1].rstrip(",")) + r",?\s+" + re.escape(words[k]) + r"\s",
                      sentence, re.IGNORECASE)
    if not found:
        return False
    at = sentence.find(expression, found.end() - 1)
    between = sentence[found.end() - 1:at] if at >= 0 else ""
    return at >= 0 and len(between.split()) <= RELATIVE_DATE_WORDS and not re.search(r"[;.!?](?:\s|$)", between)


def _date_modifies_noun(sentence: str, words: Sequence[str], k: int, expression: str) -> bool:
    """(verbless2) Whether the sentence's date is a year that modifies the title's noun phrase right before the
    relative pronoun ("the 1953 U.S.-backed coup that overthrew ...": verbless.yaml relative_fragment
    dated_noun_pattern), the phrase's head an event noun (events.yaml title_noun_happenings): the clause then tells
    what that dated event did, on its date."""
    rule = _table()["relative_fragment"]
    if not expression or not re.fullmatch(str(rule["dated_noun_pattern"]), expression) \
            or _clean(words[k - 1]) not in _noun_happenings():
        return False
    noun = list(words[1:k]) if _clean(words[0]) in _fragment_words("dated_noun_determiners") else list(words[:k])
    if not noun:
        return False
    found = re.search(r"(?<![\w'’-])" + re.escape(expression) + r"\s+" + r"\s+".join(re.escape(w) for w in noun)
                      + r"\s+" + re.escape(words[k]) + r"\s", sentence, re.IGNORECASE)
    return found is not None


_DASHES = frozenset({"--", "-", "—", "–"})
NAME_WORDS = 4  # how many capitalised words a name set before its apposition may run to ("Ras Lanuf")


def _apposed_name(sentence: str, noun: Sequence[str], pronoun: str) -> list[str]:
    """The name an indefinite noun phrase renames in the sentence ("the monster Katrina, a storm that ...", "to Ras
    Lanuf, a critical eastern oil town that ..."): the capitalised words right before the comma that opens the
    apposition, when the noun phrase opens with "a" or "an" (not one word that opens the sentence: "Yesterday, a
    storm that ..."); else []."""
    if _clean(noun[0]) not in ("a", "an"):
        return []
    found = re.search(r"([^\s,;:]+(?:\s+[^\s,;:]+){0,%d}),\s+" % (NAME_WORDS - 1)
                      + r"\s+".join(re.escape(w) for w in [noun[0].lower(), *noun[1:]]) + r"\s+" + re.escape(pronoun)
                      + r"\s", sentence)
    if not found:
        return []
    before = found.group(1).split()
    name: list[str] = []
    for word in reversed(before):
        if not word[:1].isupper() or _clean(word) in lexicon().stopwords:
            break
        name.insert(0, word)
    at = found.start(1) + len(" ".join(before[:len(before) - len(name)])) if name else -1
    opening = at >= 0 and not sentence[:at].strip()  # one capital that opens the sentence may be no name's
    return [] if not name or opening and len(name) == 1 else name


def _capital(words: Sequence[str]) -> list[str]:
    return [words[0][:1].upper() + words[0][1:], *words[1:]] if words else []


def _lower_determiner(words: Sequence[str]) -> list[str]:
    first = words[0]
    return [first[:1].lower() + first[1:] if (len(first) == 1 or first[1:].islower())
            and _clean(first) in lexicon().stopwords else first,
            *words[1:]]


def relative_fragment_title(title: str, sentence: str, expression: str) -> str:
    """A title that is a noun phrase and its relative clause, with no verb of its own after the clause ("A storm that
    killed more than 1,800 people", "Preparations for the test which was delayed"), told as the clause when the date
    stands in it: the noun the clause tells of as the subject of a past verb group right after the pronoun ("A storm
    killed ...", "The test was delayed"), or, where the clause has its own subject and a past verb, as that verb's
    object ("The opposition seized a critical eastern oil town"; a pronoun subject named by the sentence's opening
    subject when that fits); a noun phrase with "a" renaming a name gives the name ("Katrina killed ..."). Else the
    title as it was."""
    words = title.split()
    low = [_clean(w) for w in words]
    k = _relative_at(words, low)
    # (verbless2) or the date is a year on the noun's own event ("the 1953 coup that overthrew ..."): told only when
    # the noun is the clause's subject (the noun's words read with no guessed verb: "U.S.-backed coup")
    dated_noun = False
    if k < 0 or not _date_in_clause(sentence, words, k, expression):
        k = k if k >= 0 else _relative_at(words, low, guess=False)
        dated_noun = k >= 0 and _date_modifies_noun(sentence, words, k, expression)
        if not dated_noun:
            return title
    noun = _clause_noun(words[:k])
    if not noun or _clean(noun[-1]) in lexicon().stopwords:
        return title
    noun[-1] = noun[-1].rstrip(",")
    named = _apposed_name(sentence, noun, words[k])
    if named:
        noun = named
    rest = list(words[k + 1:])
    dash = next((j for j, w in enumerate(rest) if w in _DASHES), len(rest))
    rest = rest[:dash]  # an aside the dash opens is not the clause's ("against Libya -- eight years to the day")
    if not rest:
        return title
    rest[-1] = rest[-1].rstrip(",;:")
    lowrest = low[k + 1:k + 1 + len(rest)]
    j = 0
    while j < len(rest) - 1 and is_adverb(lowrest[j]) and lowrest[j] not in lexicon().stopwords:
        j += 1
    lex = lexicon()
    if rest[j].islower() and (lowrest[j] in _fragment_words("past_auxiliaries") or is_past(lowrest[j])
                              and lowrest[j] not in lex.auxiliaries):
        if not is_verbless(" ".join([*words[:k], "which", *rest]), guess=False):
            return title  # a verb of the title's own after the clause ("The agency that oversees drilling resigned")
        head = _clean(noun[-1])
        plural = head.endswith("s") and not head.endswith("ss")
        if not _counted(noun) and (lowrest[j] == "was" and plural or lowrest[j] == "were" and not plural):
            return title
        made = " ".join([*_capital(noun), *rest])
        return made if not is_verbless(made) else title
    if dated_noun:
        return title  # (the noun is the clause's object: the year on it does not time the clause's own subject)
    # an object clause: its own subject, then its past verb; a pronoun subject named by the sentence's opening subject
    # ("Rebel forces regrouped in Ras Lanuf, a key oil town that they said they seized" -> "Rebel forces said they
    # seized Ras Lanuf"); a verb of saying with the clause it tells ("said they seized")
    subject, verb = _object_clause(rest, lowrest, 0)
    if verb < 0:
        return title
    told = [rest[verb]]
    if lowrest[verb] in lex.reporting_verbs:
        _, inner = _object_clause(rest, lowrest, verb + 1)
        if inner < 0:
            return title
        told, verb = list(rest[verb:inner + 1]), inner
    if verb + 1 < len(rest) and not is_verbless(" ".join(rest[verb + 1:]), guess=False):
        return title  # a verb of the title's own after the clause
    if len(subject) == 1 and _clean(subject[0]) in lex.subject_pronouns:
        opener = opening_subject(sentence, through_reports=False)
        kind = pronoun_class(_clean(subject[0]))
        if not opener or not kind or not fits(opener, kind) or _clean(opener.split()[0]) == _clean(noun[0]):
            return title
        subject = opener.split()
    elif any(_clean(w) in lex.subject_pronouns for w in subject):
        return title
    made = " ".join([*_capital(subject), *told, *_lower_determiner(noun), *rest[verb + 1:]])
    return made if not is_verbless(made) else title


def _object_clause(rest: Sequence[str], low: Sequence[str], start: int) -> tuple[list[str], int]:
    """The subject (at most relative_fragment subject_words words, no relative pronoun, no verb) and the index of the
    past verb of a clause that opens at rest[start] and lacks its object ("the opposition seized", "they seized"),
    or ([], -1); a verb followed by another verb is none ("said hit": what was said)."""
    lex = lexicon()
    limit = int(_table()["relative_fragment"]["subject_words"])
    verb = next((v for v in range(start + 1, min(len(rest), start + limit + 1)) if rest[v].isalpha()
                 and rest[v].islower() and is_past(low[v]) and low[v] not in lex.auxiliaries), -1)
    if start >= len(rest) or rest[start][:1].islower() and low[start] not in lex.stopwords:
        return [], -1  # a subject opens on a determiner, a pronoun, a capital or a number ("oversees drilling": none)
    if verb < 0 or any(w in _fragment_words("pronouns") for w in low[start:verb]) \
            or not is_verbless(" ".join(rest[start:verb])) \
            or verb + 1 < len(rest) and (is_past(low[verb + 1]) or low[verb + 1] in finite_words()):
        return [], -1
    return list(rest[start:verb]), verb


# (verbless3) An event noun in the sentence's opening phrase told with the main clause's subject: verbless.yaml
# opening_noun_event.
_OPENING_PHRASE = re.compile(r"\s*([A-Za-z]+)\s+([^,;:]+),\s+(\S.*)", re.DOTALL)


@cache
def _opening_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()["opening_noun_event"][name])


def _main_subject_words(main: str) -> list[str]:
    """The words of a clause before its first verb (an auxiliary or a modal, a past form in lower case): its subject,
    when that is at most opening_noun_event subject_words words with no comma and is no pronoun; else []."""
    words = main.split()
    limit = int(_table()["opening_noun_event"]["subject_words"])
    lex = lexicon()
    for k, word in enumerate(words[:limit + 1]):
        low = _clean(word)
        if k and word.islower() and (low in finite_words() or is_past(low) and low not in lex.stopwords):
            subject = words[:k]
            if any(w.endswith((",", ";", ":")) or w in _DASHES for w in subject) \
                    or _clean(subject[0]) in lex.subject_pronouns | lex.possessive_pronouns:
                return []
            return subject
    return []


def _plural(subject: Sequence[str]) -> bool:
    low = [_clean(w) for w in subject]
    return "and" in low or low[-1].endswith("s") and not low[-1].endswith("ss") and subject[-1].islower()


def opening_noun_event_title(title: str, sentence: str, expression: str) -> str:
    """A title with no finite verb that is an event noun of the sentence's opening phrase (after, until, following, ...,
    the date in that phrase) with a possessive pronoun or an indefinite article ("Their release", "A visit to
    Benghazi"), told as a clause: the main clause's subject as the doer and the noun's verb (events.yaml
    title_noun_events): "Until their release Monday, television producer Ayat Basma and cameraman Ezzat Baltaji were
    last heard from ..." -> "Television producer Ayat Basma and cameraman Ezzat Baltaji were released". A possessive
    pronoun must agree with the subject ("their": a plural or a list; "his", "her": a name); "its", a definite
    noun ("After the Soviet withdrawal, the West ..."), a doer the phrase names ("a visit by X") and a pronoun subject
    leave the title as it was."""
    words = title.split()
    if len(words) < 2 or not expression or not is_verbless(title):
        return title
    low = [_clean(w) for w in words]
    verb = _noun_events().get(low[1])
    table = _opening_words
    owner = low[0]
    if not verb or owner not in lexicon().possessive_pronouns | table("indefinite") \
            or any(w in table("doer_words") for w in low[2:]):
        return title
    found = _OPENING_PHRASE.match(sentence)
    if not found or found.group(1).lower() not in table("openers") or expression not in found.group(2):
        return title
    phrase = [_clean(w) for w in found.group(2).split()]
    # the sentence's own determiner decides, not the title's ("another ... visit" printed as "A visit")
    if phrase[0] not in lexicon().possessive_pronouns | table("indefinite"):
        return title
    if low[1] not in phrase or any(w in table("doer_words") for w in phrase[phrase.index(low[1]) + 1:]):
        return title
    subject = _main_subject_words(found.group(3))
    if not subject:
        return title
    plural = _plural(subject)
    if owner == "their" and not plural or owner in ("his", "her") and (plural or not subject[-1][:1].isupper()) \
            or owner in lexicon().possessive_pronouns and owner not in ("their", "his", "her"):
        return title
    told = verb.split()
    if told[0] == "was" and plural:
        told[0] = "were"
    rest = list(words[2:])
    if rest and _clean(rest[0]) == _noun_event_links().get(low[1]):
        rest = rest[1:]  # "visit to Benghazi" -> "visited Benghazi"
    made = " ".join([*_capital(subject), *told, *rest])
    return title if is_verbless(made) else made
