"""Short headline-style titles ("who did what") and the keys that identify an event for merging."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from timeline.events.lexicon import (finite_words, is_adverb, is_past, lexicon, opening_words, rules as events_rules,
                                     verb_form_words, words_of)
from timeline.events.offset_conjuncts import tells_offset
from timeline.events.polish import frame_adverbs, frame_phrases, rules as polish_rules, title_stage_frames
from timeline.events.subjects import (fits, head_noun_start, is_verb_word, opening_subject, past_of_gerund,
                                     pronoun_class, resolve_pronoun, role_nouns)
from timeline.rules import load_yaml
from timeline.text import lexicon as language
from timeline.text.lexicon import abbreviations
from timeline.words import last_piece

DOUBLE_QUOTES = re.compile(r"[\"“”«»`]")
SINGLE_QUOTES = re.compile(r"['‘’]")
# tokenised text's clitic set apart ("nation 's"), or one whose apostrophe was lost ("the BBC s former chief"):
# both are the possessive or "is" of the word before
DETACHED_S = re.compile(r"(?<=\w) ['’]s\b|\b([A-Za-z]{2,}+) s (?=[A-Za-z]{2})")
SPACES = re.compile(r"\s++")
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s++([,;:.!?)])")
REPEATED_COMMAS = re.compile(r",(?:\s*+,)++")  # where a cut date stood between two commas


def without_quotation_marks(text: str) -> str:
    """A title's text without its quotation marks but with its apostrophes: one inside a word ("nation's",
    "gov't") stays; a detached "'s" or a bare " s " is joined to its word ("nation 's" -> "nation's"); a bare one
    after a word's final s before a word that can follow a possessive ("Younis' supporters", "the rebels'
    Transitional Council") is the plural's possessive and stays, unless a single quotation opened before it, which
    it closes ("called them 'rebels' and left"). Examples: title_apostrophe_examples in events.yaml."""
    text = DETACHED_S.sub(_joined_s, DOUBLE_QUOTES.sub("", text))
    kept: list[str] = []
    start, quoting = 0, False
    for mark in SINGLE_QUOTES.finditer(text):
        at = mark.start()
        before, after = text[at - 1:at], text[at + 1:at + 2]
        kept.append(text[start:at])
        start = at + 1
        if before.isalnum() and after.isalnum():
            kept.append(mark.group())  # "nation's", "gov't"
        elif before.isalnum() and not quoting and _is_plural_possessive(text, at):
            kept.append(mark.group())  # "Younis' supporters"
        elif after.isalnum() and not before.isalnum():
            quoting = True  # an opening quotation mark ("'rebels"), dropped
        elif before.isalnum():
            quoting = False  # a closing one ("rebels'"), dropped
    kept.append(text[start:])
    return "".join(kept)


def _joined_s(match: re.Match[str]) -> str:
    return f"{match.group(1)}'s " if match.group(1) else "'s"


def _is_plural_possessive(text: str, at: int) -> bool:
    """Whether the bare apostrophe at `at` follows a word's final s (of two letters or more) and stands before a
    word that a possessive can stand before: not a function word ("and", "he", "said") or the text's end."""
    if at < 2 or text[at - 1] not in "sS" or not text[at - 2].isalpha() or text[at + 1:at + 2] != " ":
        return False
    following = text[at + 2:].split(" ", 1)[0]
    return following[:1].isalnum() and following.lower().strip(",.;:!?") not in _title_rules("title_not_possessed")


def _acronym(word: str) -> bool:
    """A word in capitals of two letters or more: an acronym ("WHO chief Margaret Chan"), not the opening word it
    spells in lower case ("who")."""
    bare = word.strip(",")
    return len(bare) > 1 and bare.isalpha() and bare.isupper()


QUESTION_WORDS = frozenset({"who", "whom", "what"})


def asks_who(sentence: str, clause_start: int, clause: str) -> bool:
    """Whether `clause` (at sentence[clause_start:]) is an indirect question: it opens with "who" or "what" right
    after a word of knowing, telling or asking (events.yaml indirect_question_heads; one of indirect_question_adverbs
    may stand between: "it was not immediately clear | who commanded control"). It names no doer, and a title from it
    would make one up ("It fired the shots", "Officials set the fire") and lose the "not clear"."""
    opening = words_of(clause[:12])[:1]
    if not opening or opening[0] not in QUESTION_WORDS:
        return False
    before = words_of(sentence[max(0, clause_start - 80):clause_start])
    adverbs = _title_rules("indirect_question_adverbs")
    while before and before[-1] in adverbs:
        before.pop()
    return bool(before) and before[-1] in _title_rules("indirect_question_heads")


QUANTITY_PHRASE_WORDS = 3  # "as many as": the longest phrase of events.yaml quantity_phrases


def _opens_quantity_phrase(words: Sequence[str], start: int) -> bool:
    """Whether words[start:] open a quantity phrase (events.yaml quantity_phrases: "at least", "as many as"): its
    first word is the count's hedge, not a subordinator to drop ("As many as 15 people were killed" keeps "As many
    as", never "Fifteen people were killed")."""
    low = [w.lower().strip(",") for w in words[start:start + QUANTITY_PHRASE_WORDS]]
    return any(" ".join(low[:n]) in lexicon().quantity_phrases for n in range(2, QUANTITY_PHRASE_WORDS + 1))


def headline_words(words: list[str]) -> list[str]:
    """Headline style: no opening subordinator or article, and nothing from an attribution on ("according to ...").
    The verb keeps its auxiliaries: "he was kidnapped" is not "he kidnapped", "may have culminated" not "may
    culminated"."""
    lex = lexicon()
    start = 0
    low = [w.lower().strip(",") for w in words]
    while phrase := next((p for p in _phrases_by_first("title_leading_phrases").get(low[start] if start < len(low)
                                                                                      else "", ())
                          if len(p) < len(words) - start and tuple(low[start:start + len(p)]) == p), ()):
        start += len(phrase)  # "Of course in retrospect these events presaged ...", "At one point they fired ..."
    # (and a lone comma a cut date left: "Also [Monday] , as ...")
    while start < len(words) and (words[start].lower().strip(",") in opening_words() or not words[start].strip(",")) \
            and not _acronym(words[start]) \
            and not _opens_quantity_phrase(words, start) \
            and not _estimates(words, start) and not _demonstrative_subject(words, start):
        start += 1  # (not "At least seven people", "About 250 protesters", "That is nearly 10 times as much")
    if _runs_into_main_clause(words, start):
        start -= 1  # "As dusk fell the shelling abated": not "Dusk fell the shelling abated"
    if start + 1 < len(words) and is_adverb(_clean(words[start])) and _clean(words[start + 1]) in lex.leading_words:
        start += 2  # "Shortly after the court was asked to investigate": an adverb of the subordinator goes with it
    if start + 2 < len(words) and _clean(words[start]) in _title_rules("title_comparison_openers") \
            and _first_verb(words[start:]) < 0:
        start += 1  # "like the [2001] terror attacks" -> "The terror attacks": the phrase's noun is the event
    opened = _after_opening_phrase(words, start)
    if opened == start and _subject_after_bare_phrase(words, start):
        start = opened = start - 1  # "During the SARS outbreak more than 8000 people contracted": it keeps it
    told_of = _opening_phrase_relative(words, start, opened)
    if told_of:  # "[by] Moammar Gadhafi, who seized power": the relative tells of the phrase's noun, not the subject
        words, opened = words[:start] + told_of + words[opened + 1:], start
    if opened > start:  # past the opening phrase, and a subordinator after it ("on a smaller scale, when ...")
        start = opened
        while start < len(words) and words[start].lower().strip(",") in lex.leading_words:
            start += 1
    words, start = words[:start] + _attribution_as_report(words[start:]), start
    kept: list[str] = []
    skip_to = start
    for i in range(start, len(words)):
        if i < skip_to:
            continue
        word = words[i].lower()
        if word in ("who", "which") and kept and kept[-1].endswith(","):
            if _first_verb(kept) >= 0:
                break  # "Hayward promised to fix the disaster, which is on course to ...": another clause
            main = _unclosed_relative_end(words, i)
            if main > i:  # "Sanofi Pasteur, which has vaccine plants in France and the US announced that ..."
                kept[-1] = kept[-1].rstrip(",")
                skip_to = main
                continue
            kept[-1] = kept[-1].rstrip(",")  # "The war, which began" -> "The war began"
            continue
        if word == "according" and i + 1 < len(words) and words[i + 1].lower().strip(",.;:") == "to":
            if kept:
                break
            # the date's own clause is the attribution: "according to a report released on Tuesday" tells of the report
            skip_to = i + 2
            while skip_to < len(words) and words[skip_to].lower() in ("a", "an", "the"):
                skip_to += 1
            continue
        if kept and len(kept) <= 4 and kept[-1].endswith(",") and is_past(word.strip(",.;:")) \
                and not kept[-1].rstrip(",").isdigit():  # "Jacqueline Fleming, 38, died": an age keeps its commas
            kept[-1] = kept[-1].rstrip(",")  # "Jalalabad, fell" -> "Jalalabad fell": a subject and its verb
        if len(kept) >= 2 and kept[-1].isdigit() and len(kept[-1]) <= 3 and kept[-2].endswith(",") \
                and is_past(word.strip(",.;:")):
            kept[-1] += ","  # "Jacqueline Fleming, 38 died": an age after a name closes with a comma
        kept.append(words[i])
    return kept


def _demonstrative_subject(words: Sequence[str], i: int) -> bool:
    """Whether words[i] is a capitalised demonstrative that opens the sentence as its subject, right before a finite
    verb ("That is nearly 10 times as much as ...", "This was the first sign"; events.yaml
    title_demonstrative_subjects): the subject, which the title keeps, not a subordinator to drop ("that was
    destroyed" of a relative clause)."""
    return i == 0 and words[i][:1].isupper() and _clean(words[i]) in _title_rules("title_demonstrative_subjects") \
        and i + 1 < len(words) and _clean(words[i + 1]) in finite_words()


ATTRIBUTION_WORDS = 10  # "according to an eyewitness report broadcast on 60 Minutes,": how long the source may be


def _attribution_as_report(words: list[str]) -> list[str]:
    """ "according to an eyewitness report broadcast on 60 Minutes, BP managers made the decision" -> "an eyewitness
    report broadcast on 60 Minutes said BP managers made the decision": an opening attribution followed by its
    clause tells that the source said it (two pieces would otherwise run together with a comma); else the words."""
    if len(words) < 4 or [w.lower() for w in words[:2]] != ["according", "to"]:
        return words
    comma = next((k for k in range(2, min(len(words), ATTRIBUTION_WORDS + 2)) if words[k].endswith(",")), -1)
    rest = words[comma + 1:]
    if comma < 0 or _first_verb(rest[: OWN_SUBJECT_WORDS + 1]) <= 0:
        return words
    return words[2:comma] + [words[comma].rstrip(","), "said"] + rest


def _estimates(words: Sequence[str], i: int) -> bool:
    """Whether words[i] qualifies the number after it ("About 250", "nearly three thousand", "some 40")."""
    if i + 1 >= len(words) or words[i].lower() not in _title_rules("title_quantity_words"):
        return False
    following = _clean(words[i + 1])
    return following[:1].isdigit() or following in lexicon().number_words - {"a", "an"}


@cache
def _title_rules(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()[name])


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that"})


def ends_phrasal_verb(words: Sequence[str]) -> bool:
    """Whether the particle that ends a title completes its verb: after a past form ("took over"), a verb after a
    modal or "to" ("will come out"), or a verb and its pronoun object ("closed it off")."""
    lex = lexicon()
    before = [_clean(w) for w in words[-4:-1]]
    if not before:
        return False
    if is_past(before[-1]) or len(before) > 1 and before[-2] in lex.modals | lex.future_auxiliaries | {"to"}:
        return True
    if len(before) > 2 and is_past(before[-3]) and before[-2] in _DETERMINERS:
        return True  # "he wanted his life back", "took the town back": a verb, its object, then the particle
    return len(before) > 1 and before[-1] in _OBJECT_PRONOUNS and (is_past(before[-2]) or len(before) > 2 and
                                                                 before[-3] in lex.modals | {"to"})


def ends_open_gerund(words: Sequence[str]) -> bool:
    """Whether the title ends on a gerund that tells nothing without what follows it, after a preposition ("He was
    forced to apologise for saying": what was said went with a colon and its quotation; events.yaml
    title_object_gerunds): no title an editor prints, though no fuller one may be made (title choice weighs it)."""
    low = [_clean(w) for w in words[-2:]]
    return len(words) > 2 and low[-1] in _title_rules("title_object_gerunds") \
        and low[-2] in lexicon().opening_prepositions | PHRASE_OPENERS | {"for", "of", "about", "without"}


def ends_name(words: Sequence[str]) -> bool:
    """Whether the title ends with a name of two or more capitalised words after its first word ("near St Just",
    "in Port Said"): its last word is the name's, never a dangling word of a cut."""
    return len(words) > 2 and words[-1][:1].isupper() and words[-2][:1].isupper()


def _without_open_ends(words: list[str]) -> list[str]:
    """The title without the words a cut left open at its end: dangling prepositions, articles and auxiliaries
    ("... east of", "birds up [to 14 Sep]"), a sentence adverb that linked it to the one before ("has struck back
    however", events.yaml title_trailing_connectives), and a time phrase whose head was cut ("in the hours [before ...]"); a
    phrasal verb's particle stays ("took over"); an adverb whose clause opener was cut ("pay raise even [as ...]",
    events.yaml title_open_modifiers) goes too."""
    lex = lexicon()
    ends = lex.dangling_words | lex.date_prepositions | CREDIT_WORDS | _title_rules("title_trailing_connectives")
    particles = _title_rules("title_particles")
    while words:
        last = words[-1].lower().strip(",.;:")
        tail = " ".join(w.lower() for w in words[-3:]).strip(",.;:")
        if ends_name(words) and last not in CREDIT_WORDS:
            return words  # "near St Just": the last word of a name, not an adverb ("just") a cut left open
        if last == "her" and len(words) > 1 and _ends_verb(words[:-1]):
            return words  # "of gang-raping her", "accused her": the object, no determiner left open
        if last in particles and (last not in ends or ends_phrasal_verb(words)):
            return words  # "took over", "will come out", "closed it off", "stepping down"
        if _ends_demonstrative_object(words):
            return words  # "(it was) a very big part of that": the pronoun is the object, nothing left open
        if _closing_bare_gerund(words):
            words = words[:-1]  # "sent to north Africa, | arriving [on August 16]": the gerund's date was its all
            continue
        phrase = next((p for p in _title_rules("title_open_time_phrases") if tail == p or tail.endswith(" " + p)), "")
        if phrase:
            words = words[: -len(phrase.split())]
            continue
        if last not in ends and last not in _title_rules("title_open_modifiers") or _closes_wh_clause(words):
            return words
        words = words[:-1]
    return words


def _ends_demonstrative_object(words: Sequence[str]) -> bool:
    """Whether the title ends on "that"/"this" standing alone as a preposition's object ("a very big part of that",
    "apologised for this"; events.yaml title_demonstrative_objects): a pronoun, not a determiner or a "that" a cut
    left open ("the fact that", "said that")."""
    rule = events_rules()["title_demonstrative_objects"]
    return len(words) > 2 and _clean(words[-1]) in rule["pronouns"] and _clean(words[-2]) in rule["after"]


def _closing_bare_gerund(words: Sequence[str]) -> bool:
    """Whether the title ends on a lone lower-case gerund after a comma (", arriving", ", returning"), the cut having
    taken its date or phrase: it tells nothing. Not the last item of a list ("tourism, farming, fishing"), nor a
    gerund with anything after it (", killing two")."""
    last = _clean(words[-1]) if words else ""
    return len(words) > 3 and words[-2].endswith(",") and not words[-3].endswith(",") and words[-1][:1].islower() \
        and len(last) > 5 and last.endswith("ing") and last not in lexicon().stopwords \
        and _clean(words[-2]) not in lexicon().stopwords


def _ends_verb(words: Sequence[str]) -> bool:
    """Whether the words end with a gerund or a past form, whose object may follow ("gang-raping", "accused")."""
    last = _clean(words[-1])
    return last not in lexicon().stopwords and (len(last) > 4 and last.endswith("ing") or is_past(last))


WH_CLAUSE_WORDS = 7  # "how plausible such a restructuring would be": how far back the wh-word may stand


def _closes_wh_clause(words: Sequence[str]) -> bool:
    """Whether the copula that ends the title closes a wh-clause, whose complement the wh-word stood for ("how
    plausible such a restructuring would be", "asked what the cause was"; events.yaml title_wh_clause_words): the
    clause is whole; not "said the town was" (a copula a cut left open)."""
    if not words or _clean(words[-1]) not in _title_rules("title_wh_clause_copulas"):
        return False
    return any(_clean(w) in _title_rules("title_wh_clause_words") for w in words[-WH_CLAUSE_WORDS - 1:-1])


OPENING_PHRASE_WORDS = 6  # how long a phrase before its comma may be to count as an opening adverbial


def _adjective_past(words: Sequence[str], i: int) -> bool:
    """Whether the past form words[i] stands right after a determiner (events.yaml
    title_phrase_adjective_determiners: "a televised address", "the injured"): its noun's adjective, not a verb."""
    return i > 0 and is_past(_clean(words[i])) \
        and _clean(words[i - 1]) in _title_rules("title_phrase_adjective_determiners")


UNCLOSED_RELATIVE_WORDS = 15  # "which has vaccine plants in France and the US": how long a relative left open may be


def _unclosed_relative_end(words: Sequence[str], at: int) -> int:
    """Where the main clause's verb stands after a subject's relative clause (its pronoun at `at`) that a writer left
    without its closing comma: "Sanofi Pasteur, | which has vaccine plants in France and the US | announced that it
    had received ..." -> the index of "announced", a past form that reports (a reporting verb, or one "that"
    follows) after the relative's own verb, with no other verb form, comma or conjunction right before it; -1 when
    there is none (a closed relative, or one whose own verb reports: "who told reporters the rebels said that")."""
    lex = lexicon()
    own = _first_verb(words[at + 1: at + 1 + RELATIVE_OWN_VERB_REACH])
    if own < 0:
        return -1
    own += at + 1
    if _clean(words[own]) in lex.reporting_verbs or own + 1 < len(words) and _clean(words[own + 1]) == "that":
        return -1
    for k in range(own + 1, min(len(words), own + 1 + UNCLOSED_RELATIVE_WORDS)):
        if words[k - 1].endswith((",", ";", ":")) or _clean(words[k - 1]) in ("and", "or", "but") \
                and not words[k][:1].isupper() and _first_verb(words[k:k + 1]) == 0:
            return -1  # closed by a comma, or the relative's second verb ("which has plants and makes vaccines")
        if words[k][:1].islower() and _first_verb(words[k:k + 1]) == 0:
            following = _clean(words[k + 1]) if k + 1 < len(words) else ""
            reports = is_past(_clean(words[k])) and (_clean(words[k]) in lex.reporting_verbs or following == "that")
            return k if reports and _clean(words[k - 1]) not in lex.noun_determiners | lex.auxiliaries else -1
    return -1


RELATIVE_OWN_VERB_REACH = 3  # "which has", "who earlier Sunday labeled": how far after the pronoun its verb may stand


def _after_opening_phrase(words: list[str], start: int) -> int:
    """Where the title starts when its opening preposition was dropped but not its phrase ("[In] Tripoli, the U.S.
    ambassador returned" -> "the U.S. ambassador returned"): after a short capitalised or lower-case phrase that
    ends with a comma and is followed by a clause with its own verb."""
    if start == 0 or words[start - 1].lower().strip(",") not in lexicon().opening_prepositions:
        return start
    for j in range(start, min(len(words), start + OPENING_PHRASE_WORDS)):
        if _first_verb(words[j:j + 1]) >= 0 and not _adjective_past(words, j) \
                or _clean(words[j]).endswith("ing") and len(_clean(words[j])) > 5 \
                and (j == start or _modifies_verb(_clean(words[j - 1]))):
            # "[After] routing the rebels, ...", "[By] not immediately calling ...": a verb inside, not a place or
            # a time (a past form after a determiner is the noun's adjective: "[In] a televised address,"); an
            # "-ing" word after a determiner or an adjective is the phrase's noun ("[At] a Pentagon
            # briefing,", "[On] a March evening,", "[During] the two-hour recording,")
            return start
        if words[j].endswith(","):
            return _after_apposition(words, j + 1) if _first_verb(words[j + 1:]) >= 0 \
                or _reports_with_object(words[j + 1:]) else start
    return start


def _subject_after_bare_phrase(words: Sequence[str], start: int) -> bool:
    """Whether the opening phrase after a dropped preposition runs with no comma into a subject that a quantity opens
    and a verb follows ("During the SARS outbreak | more than 8000 people contracted the disease"; events.yaml
    title_examples): without its preposition the phrase would read as the subject ("The SARS outbreak more than
    8000 people contracted"), so the preposition stays. Not a phrase closed by its comma (_after_opening_phrase)."""
    if start == 0 or _clean(words[start - 1]) not in lexicon().opening_prepositions:
        return False
    if _bare_noun_then_subject(words, start):
        return True
    quantities = lexicon().quantity_phrases
    for j in range(start + 1, min(len(words) - 2, start + OPENING_PHRASE_WORDS)):
        if words[j - 1].endswith((",", ";", ":")) or _first_verb(words[j:j + 1]) >= 0:
            return False
        if " ".join(_clean(w) for w in words[j:j + 2]) in quantities:
            return _first_verb(words[j + 2:j + 6]) >= 0
    return False


def _bare_noun(word: str) -> bool:
    low = _clean(word)
    return word.isalpha() and word.islower() and low not in lexicon().stopwords and _first_verb([low]) < 0 \
        and not is_adverb(low)


def _bare_noun_then_subject(words: Sequence[str], start: int) -> bool:
    """Whether a dropped preposition's object is one bare plural noun run with no comma into a bare noun that a verb
    follows ("[in] interviews | residents of Misrata told Reuters": not "Interviews residents of Misrata told"):
    or a counted noun run into a subject its article opens ("[in] one instance | a Canadian frigate stopped"): the
    preposition stays (garble3; not "[In] Misrata rebels took", a name, nor "[in] talks, officials said")."""
    if start + 3 >= len(words) or words[start].endswith((",", ";", ":")):
        return False
    first, second = words[start], words[start + 1]
    if first.endswith("s") and _bare_noun(first) and _bare_noun(second.rstrip(",")) \
            and _first_verb(words[start + 2:start + 6]) >= 0:
        return True
    # "[in] one instance | a Canadian frigate stopped": a counted noun, then a subject its article opens
    return _clean(first) in _title_rules("title_bare_phrase_counts") and _bare_noun(second) \
        and _clean(words[start + 2]) in ("a", "an", "the") and _first_verb(words[start + 3:start + 7]) >= 0


SUBJECT_BEFORE_VERB = 3  # "dusk fell", "the sun rose": how far a dropped subordinator's own verb may stand


def _runs_into_main_clause(words: Sequence[str], start: int) -> bool:
    """Whether the clause after a dropped subordinator runs with no comma into the main clause ("[As] dusk fell the
    shelling visible earlier ... abated": without "As" two clauses would read as one, "Dusk fell the shelling ...
    abated"): its verb within SUBJECT_BEFORE_VERB words, a determiner right after it, and a later past verb before
    any comma or joining word. The subordinator then stays (events.yaml title_runon_subordinators; not "After the
    rebels took the town and shelled the port": joined by "and")."""
    if start == 0 or _clean(words[start - 1]) not in _title_rules("title_runon_subordinators"):
        return False
    verb = _first_verb(words[start:start + SUBJECT_BEFORE_VERB + 1])
    if verb < 1 or words[start + verb].endswith((",", ";", ":")):
        return False
    at = start + verb + 1
    if at >= len(words) or _clean(words[at]) not in ("the", "a", "an"):
        return False  # (not "when she discovered | that ...": the verb's own clause)
    joins = _title_rules("title_runon_joins")
    for k in range(at + 1, len(words)):
        low = _clean(words[k])
        if low in joins or words[k - 1].endswith((",", ";", ":")):
            return False
        if is_past(low) and words[k].islower() and _clean(words[k - 1]) not in _DETERMINERS \
                and low not in lexicon().auxiliaries and low not in lexicon().copulas \
                and _clean(words[k - 1]) not in lexicon().auxiliaries:
            return True
    return False


def _reports_with_object(words: Sequence[str]) -> bool:
    """Whether a clause is a subject, its verb of reporting and what was reported ("[In] the besieged city, | residents
    reported new shelling"): the verb within REPORT_SUBJECT_WORDS words of its start, after a subject, and a word
    after it that is no closing punctuation. The verb forms leave reporting verbs out, so _first_verb misses it."""
    lex = lexicon()
    at = next((k for k in range(1, min(len(words), REPORT_SUBJECT_WORDS + 1))
               if words[k].islower() and _clean(words[k]) in lex.reporting_verbs), -1)
    return at > 0 and not words[at - 1].endswith(",") and at + 1 < len(words) and not words[at].endswith((",", "."))


REPORT_SUBJECT_WORDS = 4  # "residents reported", "the city's health officials reported"


def _opening_phrase_relative(words: Sequence[str], start: int, opened: int) -> list[str]:
    """The noun phrase that ends an opening phrase (its preposition dropped) when a subject relative ("who", "which"
    and its verb) follows the phrase's comma: "[since 1969 by] Moammar Gadhafi, | who seized power in a coup" ->
    ["Moammar", "Gadhafi"], the subject of the relative, which is what the title tells; the main clause's subject
    (given later from the sentence's opening) did not do it. [] when no relative follows, its pronoun is its object
    ("[in] Brega, which rebels took"), or the phrase does not end with a noun phrase the pronoun can tell of
    (title_opening_phrase_relatives)."""
    if not start < opened < len(words) - 1 or not words[opened - 1].endswith(","):
        return []
    pronoun = _clean(words[opened])
    if pronoun not in _title_rules("title_opening_phrase_relatives") or _first_verb(words[opened + 1: opened + 2]) < 0:
        return []
    phrase = [*words[start:opened - 1], words[opened - 1].rstrip(",")]
    return qualified_noun(phrase, person=pronoun == "who")


OPENING_PARTICIPLE_WORDS = 9  # "[By] trying to contain the current strain,": how long a participle's phrase may be


def _after_opening_participle(words: list[str], start: int) -> int:
    """Where the title starts when it opens with a participle's phrase before the main clause ("[But] speaking in
    Moscow, French Foreign Minister Alain Juppe said ..." -> "French Foreign Minister Alain Juppe said ...",
    "[By] trying to contain the strain, governments are storing up ..."): past the comma that closes the phrase,
    when a subject and its verb follow it with no comma between them; else `start`. Not a gerund that is the
    subject itself ("Fighting in Misrata, the worst in weeks, killed 20": a comma before the verb; "Arming rebels in
    Afghanistan, Central America and Africa has proved": a list), nor a word that opens a phrase of its own
    (events.yaml title_non_participles: "Following talks in Paris, ...")."""
    first = _clean(words[start]) if start < len(words) else ""
    if not first.endswith("ing") or len(first) <= 5 or first in _title_rules("title_non_participles") \
            or first in lexicon().stopwords or not words[start][:1].isalpha():
        return start
    for j in range(start, min(len(words) - 1, start + OPENING_PARTICIPLE_WORDS)):
        if words[j].endswith((";", ":")):
            return start
        if words[j].endswith(","):
            rest = words[j + 1:]
            verb = _first_verb(rest)
            if verb < 1 or not _opens_subject(rest[0]) or any(w.endswith(",") for w in rest[:verb]) \
                    or any(_clean(w) in ("and", "or") for w in rest[:verb]):
                return start  # a list ("Arming rebels in Afghanistan, Central America and Africa has proved")
            return j + 1
    return start


def _without_subject_participle_aside(words: list[str]) -> list[str]:
    """The title without the rest of a participle aside that stood between a subject and its verb, the subject and
    the aside's first half being cut with another date ("The statement posted on the internet [Wednesday], and |
    translated by the SITE Institute, | was authored [on February 16]" -> "Was authored", whose subject
    subjects.subject_for puts back): a past participle opens the title, a comma closes its phrase within
    OPENING_PARTICIPLE_WORDS words and a tensed auxiliary follows it. Not a participle clause before its own
    subject ("Shot in the head, the man died")."""
    first = _clean(words[0]) if words else ""
    if not is_past(first) or first in lexicon().auxiliaries or not words[0][:1].isalpha():
        return words
    for j in range(1, min(len(words) - 1, OPENING_PARTICIPLE_WORDS)):
        if words[j].endswith((";", ":")):
            return words
        if words[j].endswith(","):
            following = _clean(words[j + 1])
            if following in lexicon().auxiliaries and following in finite_words() and j + 2 < len(words) \
                    and is_past(_clean(words[j + 2])):
                return words[j + 1:]
            return words
    return words


_TIME_SUBORDINATORS = frozenset({"after", "before", "since", "until", "upon", "on"})


def _without_opening_participle(words: list[str], raw: Sequence[str], dated_at: int) -> list[str]:
    """The title without a participle's phrase before its main clause (_after_opening_participle): "[But] speaking
    in Moscow [Friday], French Foreign Minister Alain Juppe said ..." -> "French Foreign Minister Alain Juppe said
    ..."; kept where the date stood inside a phrase a time subordinator opened ("After refusing to supply him with
    the drug [in April], she never saw him again": the date is the refusal's, not the main clause's). `raw`: the
    words before headline_words dropped the leading ones; `dated_at`: where the date stood in `raw` (-1: none)."""
    skip = _after_opening_participle(words, 0)
    if not skip:
        return words
    dropped = len(raw) - len(words)  # the leading words headline_words dropped ("But", "After", "By")
    timed = any(_clean(w) in _TIME_SUBORDINATORS for w in raw[:max(dropped, 0)])
    if timed and 0 <= dated_at < dropped + skip:
        return words
    return words[skip:]


BACKGROUND_CLAUSE_WORDS = 25  # "[As] protests and political unrest in Libya chip away at government stability,"


def _after_background_clause(words: Sequence[str]) -> int:
    """Where the main clause starts after a subordinate clause that opened the title (its subordinator dropped):
    past the comma that closes the clause, when a subject and its verb follow the comma with no comma or conjunction
    between them ("Protests chip away at government stability, Libyans are reacting to ..." -> 11; "[As] president,
    Obama ordered ..." -> 1: a phrase of background goes as well); 0 when there is no such clause (a list after the
    comma: "[Although] the talks failed, Britain, France and Italy sent envoys")."""
    for j in range(min(len(words) - 1, BACKGROUND_CLAUSE_WORDS)):
        if words[j].endswith((";", ":")):
            return 0
        if words[j].endswith(","):
            rest = words[j + 1:]
            verb = _first_verb(rest)
            if verb < 1 or not (_opens_subject(rest[0]) or _opens_time_clause_subject(rest[0])) \
                    or any(w.endswith(",") for w in rest[:verb]) or any(_clean(w) in ("and", "or") for w in rest[:verb]) \
                    or _only_attribution(rest, verb):
                return 0
            return j + 1
    return 0


ATTRIBUTION_TAIL_WORDS = 3  # "the coast guard official told TAP [Monday]": what may follow a closing attribution's verb


def _only_attribution(clause: Sequence[str], verb: int) -> bool:
    """Whether a clause is only an attribution of what came before it ("[, while 577 people were rescued,] the coast
    guard official told TAP", "[As part of the inquiry,] Moreno-Ocampo said, the ICC is ..."): its verb reports, and
    a comma or the sentence's end comes within a few words of it."""
    if _clean(clause[verb]) not in lexicon().reporting_verbs:
        return False
    return clause[verb].endswith(",") or clause[verb + 1: verb + 2] == [","] \
        or len(clause) - verb - 1 <= ATTRIBUTION_TAIL_WORDS  # ("said [Monday] ,": a cut date leaves its comma)


def _without_background_clause(words: list[str], raw: Sequence[str], dated_at: int, dated: bool) -> list[str]:
    """The title without a subordinate clause of background or concession that opened the sentence before its main
    clause (events.yaml title_background_subordinators; headline_words dropped the subordinator): "[As] protests
    and political unrest chip away at government stability, Libyans are reacting to Saif Gadhafi's address" ->
    "Libyans are reacting to Saif Gadhafi's address". Two clauses joined by a comma are no title, and the main
    clause tells the event. Where the event's date stood inside the subordinate clause, that clause is the dated
    event and the title ("As fighting raged in Misrata [on Monday], the hospital filled" -> "Fighting raged in
    Misrata"), when it has a verb of its own; else the words stay. `raw`: the words before headline_words;
    `dated_at`: where the date stood in `raw` (-1: none left, as for a fronted date that went before); `dated`:
    whether the clause had a date at all (an undated mention keeps its words: it joins an event by the clause it
    was read by)."""
    dropped = len(raw) - len(words)
    if dated and not dropped and len(words) > 2 and _clean(words[0]) in _title_rules("title_runon_subordinators"):
        rest = words[1:]  # headline_words kept a run-on subordinator ("As dusk fell [Friday] the shelling abated"):
        main = _main_clause_after_date(rest, dated_at - 1)  # the cut date still ends its clause
        return words if main is rest else main
    if not dated or dropped < 1 or _clean(raw[dropped - 1]) not in _title_rules("title_background_subordinators"):
        return words  # (an undated mention, which only joins an event, keeps the clause it was read by)
    skip = _after_background_clause(words)
    if not skip:
        return _main_clause_after_date(words, dated_at - dropped)
    if dropped <= dated_at < dropped + skip:  # (a date before the subordinator dates the whole sentence)
        clause = words[:skip]
        return [*clause[:-1], clause[-1].rstrip(",")] if _first_verb(clause) >= 0 else words
    return words[skip:]


def without_setting_phrase(words: list[str]) -> list[str]:
    """ "With a final shot of cement, BP permanently killed its well" -> "BP permanently killed its well": a phrase that
    sets the scene (one of events.yaml title_main_clause setting_openers: an absolute "with" phrase, "amid", "despite")
    yields to the main clause after its comma, when that clause opens with a subject and has its verb
    (_after_background_clause); else the words stay ("Despite continuous drone attacks": is_incomplete's)."""
    if not words or _clean(words[0]) not in _main_clause_rules()["setting_openers"]:
        return words
    skip = _after_background_clause(words)
    if not skip:
        return words
    rest = words[skip:]
    return [rest[0][:1].upper() + rest[0][1:], *rest[1:]]


_WHEN_AFTER_DATE = re.compile(r"\s*+when\s++([^,;:()]++)")
ONSET_TITLE_WORDS = 3  # "A process began": a noun, its determiner maybe, and the verb


def onset_when_span(title: str, sentence: str, date_end: int) -> tuple[int, int] | None:
    """ "... the end of a process which began [in February] when Obama declared that Gaddafi had lost his
    legitimacy" -> the span of "Obama declared ...": a title that tells only that its noun began (at most
    ONSET_TITLE_WORDS words, its last one of events.yaml title_main_clause onset_verbs: "Process began"), its date
    right before a "when" clause (no comma: dating.when_clause_after takes those) with a subject and a verb of its
    own: that clause is the act that began it, and its title. None else (not "The revolt began in Benghazi")."""
    words = title.split()
    if not 2 <= len(words) <= ONSET_TITLE_WORDS or _clean(words[-1]) not in events_rules()["title_main_clause"]["onset_verbs"]:
        return None
    found = _WHEN_AFTER_DATE.match(sentence, date_end)
    if found is None:
        return None
    clause = found.group(1).split()
    if _first_verb(clause) < 1 or not (_opens_subject(clause[0]) or clause[0][:1].isupper()):
        return None
    return found.start(1), found.end(1)


def _main_clause_after_date(words: list[str], split: int) -> list[str]:
    """ "[As] dusk fell [Friday] the shelling ... abated" -> "The shelling ... abated": a subordinate clause with no
    comma to close it, whose end the cut date marked (its subordinator dropped by headline_words): the main clause
    after the date, when the clause before has a verb and no comma and what follows opens a subject and has a verb
    of its own; else the words stay (two clauses run together are no title)."""
    if not 1 <= split < len(words) - 1 or _first_verb(words[:split]) < 0 or any(w.endswith(",") for w in words[:split]):
        return words
    rest = words[split:]
    if not (_opens_subject(rest[0]) or rest[0][:1].isupper()) or _first_verb(rest) < 1:
        return words  # (not "documents revealed at a hearing [earlier today] | suggest that ...": no subject)
    return [rest[0][:1].upper() + rest[0][1:], *rest[1:]]


_SUBJECT_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "we", "it", "his", "her", "its", "their", "this",
                              "these", "those", "some", "many", "several", "most", "all", "no"})


def _opens_subject(word: str) -> bool:
    """Whether a word may open a main clause's subject after an opening phrase: a capitalised word, a number, a
    determiner or a subject pronoun; not a gerund of a list ("By not calling ..., taking ...") nor a preposition
    ("Protesting for, against Gadhafi ...")."""
    return word[:1].isupper() or word[:1].isdigit() or _clean(word) in _SUBJECT_OPENERS


def _modifies_verb(word: str) -> bool:
    """Whether a word before an "-ing" word makes it a verb: a negation or an adverb ("not calling", "quickly
    routing"), not a determiner or an adjective ("the showcasing", "a Pentagon briefing")."""
    return word in lexicon().negations or is_adverb(word) or word.endswith("ly") and len(word) > 4


APPOSITION_NAME_WORDS = 4  # "[In talks with the council's chairman,] Mustafa Abdul Jalil, British Prime Minister ..."


def _after_apposition(words: list[str], at: int) -> int:
    """Where the main clause starts after an opening phrase that ends at `at`: past a name set off by commas that
    names the phrase's last noun ("with the council's chairman, | Mustafa Abdul Jalil, | British Prime Minister
    David Cameron invited"), when a clause with its own verb follows it; else `at`."""
    for k in range(at, min(len(words), at + APPOSITION_NAME_WORDS)):
        if not words[k][:1].isupper():
            return at
        if words[k].endswith(","):
            rest = words[k + 1:]
            return k + 1 if 0 < _first_verb(rest) and not words[k + 1: k + 1 + _first_verb(rest)][-1].endswith(",") \
                else at
    return at


@cache
def _contact_rules() -> dict[str, frozenset[str]]:
    """The word lists of events.yaml title_contact_relatives, lower-case."""
    table = events_rules()["title_contact_relatives"]
    return {k: frozenset(str(w).lower() for w in table[k])
            for k in ("particles", "simple_pasts", "adverbial_heads", "telling_hosts", "clause_openers")}


def contact_relative(words: Sequence[str], after: str = "") -> list[str]:
    """ "In a presentation he gave [in 2008]" -> ["He", "gave", "a", "presentation"]: when the date closes a contact
    relative clause (no relative pronoun: a noun phrase, then its own subject and past verb), the relative's act is
    the event and the noun before it is its object: subject, verb (with a perfect's "had", a particle) and that noun
    phrase (events.yaml title_contact_relatives); [] when the words end otherwise or a near miss holds. A name or a
    noun as the subject needs a clause around the noun phrase: a verb before it, or one right after the date
    (`after`: "The bill Congress passed [in 2010] | was signed"), or an indefinite noun (", a position Lapan
    reaffirmed"); else the name is the noun's apposition ("workers on the rig Deepwater Horizon died")."""
    table = events_rules()["title_contact_relatives"]
    rule = _contact_rules()
    words = [w for w in words if w]
    end = len(words)
    if end and _clean(words[-1]) in rule["particles"] and not words[-1].endswith(","):
        end -= 1  # "set up"
    last = _clean(words[end - 1]) if end else ""
    if end < 3 or not is_past(last) or words[end - 1].endswith(",") or last in lexicon().auxiliaries \
            or last in lexicon().reporting_verbs or last in language.reporting_verbs("closes_title"):
        return []  # ("the statement Obama said": a reporting verb's object is what was said, not a noun before it)
    verb = end - 1
    if _clean(words[verb - 1]) in ("had", "has", "have"):
        verb -= 1
    subject = _contact_subject(words, verb, int(table["name_words"]))
    if subject < 1:
        return []
    pronoun = verb - subject == 1 and _clean(words[subject]) in lexicon().subject_pronouns
    if pronoun and verb == end - 1 and _clean(words[verb]) not in rule["simple_pasts"]:
        return []  # "a partial truce they agreed": the headline passive (relative_clause) leaves no pronoun unnamed
    determiners = _title_rules("title_phrase_adjective_determiners")
    det = next((k for k in range(subject - 1, max(-1, subject - 1 - int(table["noun_words"])), -1)
                if _clean(words[k]) in determiners), -1)
    noun = words[det:subject] if det >= 0 else []
    if len(noun) < 2 or any(w.endswith(",") or _first_verb([w]) == 0 or _clean(w) in _NOT_IN_NOUN_PHRASE
                            or _clean(w) in lexicon().subject_pronouns for w in noun[1:]) or not noun[-1][:1].islower():
        return []
    if _clean(noun[-1]) in rule["adverbial_heads"] or not pronoun and _clean(noun[-1]) in role_nouns():
        return []  # "the day he died"; "the Libyan leader Muammar Gaddafi": apposition
    if not pronoun and _first_verb(words[:det]) < 0 and _first_verb(after.split()[:1]) != 0 \
            and _clean(words[det]) not in ("a", "an"):
        return []  # "workers on the rig Deepwater Horizon died": no clause holds the noun, the name is its apposition
    host = _clean(words[det - 1]) if det > 0 else ""
    if host in rule["telling_hosts"] or host in rule["clause_openers"] and not words[det - 1].endswith(","):
        return []
    told = words[subject:]
    told[0] = told[0][:1].upper() + told[0][1:]
    return [*told, noun[0].lower(), *noun[1:]]


_NOT_IN_NOUN_PHRASE = frozenset({"of", "to", "and", "or", "but", "as", "that", "which", "who", "than", "in", "at",
                                 "on", "near", "off", "during", "over", "for", "with", "from", "by", "amid", "into"})


def contact_complement(after: str) -> list[str]:
    """ "the estimate BP made [in July] | of $32.2 bn for its total liabilities from the spill officially ...": the
    "of" phrase right after the date completes the relative's noun, up to a comma, a verb or an adverb, within
    events.yaml title_contact_relatives complement_words words; [] when none follows."""
    words = after.split()
    if not words or words[0] != "of":
        return []
    kept: list[str] = []
    for word in words[: int(events_rules()["title_contact_relatives"]["complement_words"]) + 1]:
        low = _clean(word)
        if kept and (_first_verb([word]) == 0 or is_adverb(low) or low.endswith("ly") and len(low) > 4):
            break
        kept.append(word.rstrip(",;:.") if word.endswith((",", ";", ":", ".")) else word)
        if word.endswith((",", ";", ":", ".")):
            break
    else:
        return []  # (no end within reach: the phrase runs on)
    return kept if len(kept) > 1 else []


_SUBJECT_DETERMINERS = frozenset({"the", "its", "his", "her", "their"})  # "the ombudsman | the company | set up"


def _contact_subject(words: Sequence[str], verb: int, name_words: int) -> int:
    """Where the subject of a contact relative starts before its verb at `verb`: a subject pronoun, a name of up to
    `name_words` capitalised words after a lower-case noun, or a determiner and one noun ("the company"); -1."""
    if verb < 2:
        return -1
    before = _clean(words[verb - 1])
    if before in lexicon().subject_pronouns and not words[verb - 2].endswith(","):
        return verb - 1
    start = verb
    while start > 0 and verb - start < name_words and words[start - 1][:1].isupper() \
            and not words[start - 1].endswith(","):
        start -= 1
    if start < verb:
        return start if start > 0 and words[start - 1][:1].islower() and not words[start - 1].endswith(",") else -1
    if verb >= 3 and words[verb - 1][:1].islower() and _clean(words[verb - 2]) in _SUBJECT_DETERMINERS \
            and _clean(words[verb - 1]) not in lexicon().stopwords and _first_verb([words[verb - 1]]) < 0:
        return verb - 2
    return -1


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
    if phrase and _clean(phrase[-1]) in _title_rules("title_relative_no_nouns"):
        return []  # "This is the first we came": an ordinal heads no noun to title ("First came")
    return phrase + [words[-1]] if phrase else []


@cache
def _time_noun_after() -> re.Pattern[str]:
    """A time noun right after a date its preposition introduced (events.yaml title_date_time_nouns: "during
    [summer] months", "over [the Christmas] holidays"), with no word of its own after it but punctuation, a
    conjunction or a preposition."""
    nouns = "|".join(map(re.escape, _title_rules("title_date_time_nouns")))
    return re.compile(rf" (?:{nouns})(?=[,;:.]| (?:and|or|but|in|on|at|for|to|when|as)\b|\Z)")


@cache
def _time_zone_after() -> re.Pattern[str]:
    """A time zone right after a date phrase ("[around midnight] local time", "[at 1700] GMT"; events.yaml
    title_time_zones): it belongs to the time and goes with it, not left dangling at the title's end."""
    zones = sorted((str(z) for z in events_rules()["title_time_zones"]), key=len, reverse=True)
    # not one that closes a parenthesis ("(11 p.m. Tuesday ET)"): the whole converted time is an aside that goes
    return re.compile(r"\s++(?:" + "|".join(re.escape(z) for z in zones) + r")\b(?!\s*+\))")


def _without_dangling_determiner(head: list[str]) -> list[str]:
    """The words before a date without the determiner and day adjectives of the noun phrase the date headed ("what
    went wrong that fateful [early morning]" -> "what went wrong"): cut, the date would leave "that fateful" with no
    noun (events.yaml title_day_determiners, title_day_adjectives), and the preposition that introduced the phrase goes
    too ("met on the same [Tuesday evening]"); a bare determiner ("said that [Tuesday]") stays."""
    kept = [k for k, w in enumerate(head) if w]  # (the empty words of double spaces stay: later offsets count them)
    adjectives = 0
    while adjectives < NOUN_PHRASE_ADJECTIVES and adjectives + 2 < len(kept) \
            and _clean(head[kept[-adjectives - 1]]) in _title_rules("title_day_adjectives") \
            and not head[kept[-adjectives - 1]].endswith(","):
        adjectives += 1
    if not adjectives or head[kept[-adjectives - 1]].lower() not in _title_rules("title_day_determiners"):
        return head
    determiner = kept[-adjectives - 1]
    head = head[:determiner]
    while head and head[-1].lower() in lexicon().date_prepositions:
        head = head[:-1]  # "met on the same [Tuesday evening]": the preposition introduced the date's phrase
    return head


def _popped_date_prepositions(head_words: list[str]) -> list[str]:
    """Pops from `head_words` the prepositions that introduce the date after them, and the lead-in words of the
    phrase they end ("as far back as", "as recently as", "since as long ago as"; events.yaml title_date_lead_ins),
    which mean nothing without the date: the popped words, the one nearest the date first."""
    popped: list[str] = []
    while True:
        while head_words and head_words[-1].lower() in lexicon().date_prepositions:
            popped.append(head_words.pop().lower())
        lead_in = _date_lead_in(head_words, popped)
        if not lead_in:
            return popped
        while lead_in and head_words:
            lead_in -= bool(head_words[-1])  # (an empty word of a double space counts for nothing)
            popped.append(head_words.pop().lower())


def _date_lead_in(head_words: Sequence[str], popped: Sequence[str]) -> int:
    """How many of the last words of `head_words` begin a date's lead-in phrase that `popped` (the prepositions
    already popped, the one nearest the date first) ends: 0 when none does."""
    if not popped:
        return 0
    ending = [_clean(w) for w in head_words[-LEAD_IN_WORDS:] if w] + popped[::-1]
    for phrase in _date_lead_ins():
        if len(phrase) > len(popped) and ending[-len(phrase):] == list(phrase):
            return len(phrase) - len(popped)
    return 0


LEAD_IN_WORDS = 4  # "since as long ago": how many words before the popped prepositions a lead-in may reach


@cache
def _date_lead_ins() -> tuple[tuple[str, ...], ...]:
    phrases = {tuple(str(p).lower().split()) for p in events_rules()["title_date_lead_ins"]}
    return tuple(sorted(phrases, key=len, reverse=True))


def _particle_completes_verb(head_words: Sequence[str], popped: Sequence[str]) -> bool:
    """Whether the last popped word is a phrasal verb's particle after its past form, not the date's preposition:
    "struck back [this afternoon]", "fought back [on Tuesday]" (events.yaml title_particle_date_prepositions may
    follow it), "fell through [in April]" (one of title_particles_before_prepositions, with a preposition of its
    own after it); not "was proposed back [in May]" nor "continued through [April]"."""
    if not popped or popped[-1] not in _title_rules("title_particles") \
            or not is_past(_clean(head_words[-1] if head_words else "")):
        return False
    if popped[-1] in _title_rules("title_particles_before_prepositions"):
        return len(popped) > 1
    return all(p in _title_rules("title_particle_date_prepositions") for p in popped[:-1])


def _particle_before_bare_date(head_words: Sequence[str], popped: Sequence[str], date: str) -> bool:
    """Whether the one popped word is a phrasal verb's particle after its past form, since the date is one that takes
    no preposition (events.yaml title_bare_date_openers: "sworn in [last March]", "moved in [next week]"); not "was
    proposed in [May]"."""
    first = date.split(" ", 1)[0].lower()
    # a weekday takes "on", never "in": "weighed in [Saturday]" keeps its particle
    bare = first in _title_rules("title_bare_date_openers") or popped == ["in"] and first in _weekday_names()
    return len(popped) == 1 and popped[0] in _title_rules("title_bare_date_particles") \
        and bare and bool(head_words) \
        and is_past(_clean(head_words[-1])) and _clean(head_words[-1]) not in lexicon().auxiliaries


@cache
def _calendar_names() -> frozenset[str]:
    """Weekday and month names, lower-case: a complement that holds one holds a date of its own."""
    return _weekday_names() | frozenset(name.lower() for names in language.months() for name in names)


@cache
def _weekday_names() -> frozenset[str]:
    return frozenset(name.lower() for names in language.weekdays() for name in names)


_DATE_FOCUS_AFTER = re.compile(r"\s++([a-z]++)(?=[\s,.;:!?]|\Z)")  # the lower-case word right after a date


_APPOSITIVE_AFTER_DATE = re.compile(r"\s*+,\s++([^,;:.()]{1,80}+),(?=\s)")  # ", the ninth day of protests,"
DATE_APPOSITIVE_WORDS = 8  # "the first day of the trial", "the 42nd anniversary of the coup": how long it may be


def _without_date_appositive(text: str, end: int) -> str:
    """The text without the phrase set off by commas right after a date that only renames it ("On Wednesday, | the
    ninth day of protests, | Gadhafi faced ..."): an article, a time noun (title_date_appositive_nouns) and no verb;
    left behind, it would open the title as a stray appositive. Not a subject ("On Monday, the army, which ...")."""
    m = _APPOSITIVE_AFTER_DATE.match(text, end)
    if m is None:
        return text
    words = m.group(1).split()
    if not words or len(words) > DATE_APPOSITIVE_WORDS or words[0].lower() not in ("the", "a", "an") \
            or not any(_clean(w) in _title_rules("title_date_appositive_nouns") for w in words[1:]) \
            or _first_verb(words) >= 0:
        return text
    return text[:end] + "," + text[m.end():]


def without_date(text: str, start: int, end: int) -> tuple[list[str], str]:
    """The words before a date phrase (without the prepositions that introduce it) and the text after it, which
    loses a time zone that only qualified the date's time."""
    zone = _time_zone_after().match(text, end)
    if zone:
        text = text[:end] + text[zone.end():]
    focus = _DATE_FOCUS_AFTER.match(text, end)
    if focus and focus.group(1).lower() in _title_rules("title_date_focus_words"):
        # "500 to 700 persons had been killed in February | alone": the word only narrowed the date and goes with it
        text = text[:end] + text[focus.end():]
    text = _without_date_appositive(text, end)
    head_words = text[:start].rstrip().split(" ")
    # "over the winter period", "The 8 October gig": the date qualified a noun and leaves its article
    if _year_as_modifier(head_words, text, start, end):
        # "the 2007 report found", "The 2010 floods left": a bare year tells which report or floods the phrase
        # means (the article's one of that year) and stays; "the 8 October gig" loses its day
        return [w for w in head_words if w] + text[start:end].split(), text[end:]
    if _DATE_AS_MODIFIER.match(text, start) and _modifies_noun(text[end:]):
        return [w for w in head_words if w] + [text[start:start + 3]], text[end:]
    if _POSSESSIVE_AFTER_DATE.match(text[end:]):  # "responded to last night's decision" -> "responded to the decision"
        return [w for w in head_words if w] + ["the"], _POSSESSIVE_AFTER_DATE.sub("", text[end:], count=1)
    # "spent a gray Saturday at the beach": the date is the phrase's noun and stays
    if text[start:start + 1].isupper() and _heads_noun_phrase(head_words, text[end:]):
        return [w for w in head_words if w] + text[start:end].split(), text[end:]
    if _date_is_argument([w for w in head_words if w], text[end:]):
        # "Tony Hayward spent today on a charm offensive", "that today would be the last day": the date is the
        # verb's object or the clause's subject; without it the clause would lose a part it cannot do without
        return [w for w in head_words if w] + text[start:end].split(), text[end:]
    if _date_completes_occurrence([w for w in head_words if w]):
        # "doubts a vote will occur [Wednesday]": the date is what is forecast; without it, any vote at all
        return [w for w in head_words if w] + text[start:end].split(), text[end:]
    if _date_named_as([w for w in head_words if w], text[end:]):
        # "Activists designate [February 17] as a day of rage": the verb's object is the day it names (seams2)
        return [w for w in head_words if w] + text[start:end].split(), text[end:]
    popped = _popped_date_prepositions(head_words)
    noun = _time_noun_after().match(text, end) if popped else None
    if noun:  # "stockpiling during [summer] months and ...": the date qualified a time noun, which goes with it
        text = text[:end] + text[noun.end():]
    if _particle_completes_verb(head_words, popped):
        # "Transocean has struck back [this afternoon]", "fought back [on Tuesday]", "fell through [in April]": the
        # particle completes its verb (not "was proposed back [in May]", where "back in" introduces the date)
        head_words.append(popped.pop())
    if _particle_before_bare_date(head_words, popped, text[start:end]):
        # "ministers sworn in [last March] by": "last March" takes no preposition, so the "in" is the verb's own
        head_words.append(popped.pop())
    if not popped:  # (empty words kept: a later date's offsets count the text's spaces)
        head_words = _without_dangling_determiner(_without_date_modifier(head_words, text[end:]))
    if popped and head_words and head_words[-1].lower() in _title_rules("title_date_complement_verbs") \
            and _COMPLEMENT_END.match(text, end):
        # "the only knowledge he had of the well was in mid-April, when ...": the date completes the verb; without
        # it the clause would stop on "was"
        return [w for w in head_words if w] + popped[::-1] + text[start:end].split(), text[end:]
    if not popped and head_words and _clean(head_words[-1]) in _title_rules("title_date_anchor_prepositions") \
            and len(head_words) > 2 and _measure_before(head_words[:-1]):
        # "extend its mission for another 90 days past [the end of June]": the date anchors the measure, which says
        # nothing without it ("90 days past"); the phrase stays
        return [w for w in head_words if w] + text[start:end].split(), text[end:]
    if popped == ["of"] and _modifies_noun(text[end:]) and not any(c.isdigit() for c in text[start:end]):
        head_words.append(popped.pop())  # "at the end of [Friday] prayers": the date qualified the noun "of" takes
    elif date_qualifies_object(popped, text[start:end], text[end:]):
        head_words.append(popped.pop())  # "marched after [Friday] prayers to demand": the preposition's noun stays
    elif _date_qualifies_closing_noun(popped, head_words, text[start:end], text[end:]):
        head_words.append(popped.pop())  # "wounded in [overnight] skirmishing, though": "in" keeps its noun (seams2)
    if popped == ["of"]:  # "arrived on the afternoon [of 16 May] aboard a flight": the time phrase goes with its date
        tail = " ".join(w.lower() for w in head_words[-3:] if w)
        phrase = next((p for p in _title_rules("title_open_time_phrases") if tail == p or tail.endswith(" " + p)), "")
        left = len(phrase.split())
        while left and head_words:
            left -= bool(head_words.pop())  # (an empty word of a double space counts for nothing)
    if popped[-1:] == ["to"] and head_words and head_words[-1].lower() == "up":
        head_words.pop()  # "listed 4,676 birds up to 14 September": "up to" introduces the date
    if _CLAUSE_END.match(text, end) and len(head_words) > 2 and head_words[-2].endswith(",") \
            and is_past(head_words[-1].lower()) and _ends_with_place_phrase(head_words[:-1]):
        # "during the raid, launched about 1 a.m. Sunday.": the participle told only the date and goes with it
        head_words = head_words[:-2] + [head_words[-2].rstrip(",")]
    elif _CLAUSE_END.match(text, end) and len(head_words) > 3 and is_past(head_words[-1].lower()) \
            and _clean(head_words[-1]) not in language.reporting_verbs("closes_quote") \
            and head_words[-2][:1].islower() and not head_words[-2].endswith(",") \
            and _clean(head_words[-2]) not in lexicon().stopwords and _first_verb([head_words[-2]]) < 0 \
            and _first_verb(_last_segment(head_words[:-1])[:-2]) >= 0 and _ends_with_place_phrase(head_words[:-1]):
        # "are being used in the clean-up in a new scheme launched on Saturday.": a participle after the noun of a
        # phrase, that the date alone completed, goes with it (the clause's own verb stands before the phrase); not
        # a speaker's verb ("a report released by the commission said [yesterday]": the sentence's report)
        head_words = head_words[:-1]
    if _participle_told_only_date(head_words, text[end:]) or _participle_before_saying(head_words, text[end:]):
        # "The report by BP's team published [today] takes this job further": the participle, bare of its date,
        # would stand before the main verb ("published takes"); it told only the date and goes with it
        head_words = head_words[:-1]
    return _without_aside_commas(head_words, text[end:])


def date_qualifies_object(popped: Sequence[str], date: str, tail: str) -> bool:
    """ "after [Friday] prayers to demand ...": a bare day or month name (no digits) between a preposition of
    events.yaml title_date_noun_prepositions and a lower-case noun that opens no clause of its own (the word after it
    is no verb) qualified that noun, the preposition's object."""
    if len(popped) != 1 or popped[0].lower() not in _title_rules("title_date_noun_prepositions") \
            or any(c.isdigit() for c in date) or not tail.startswith(" "):
        return False
    words = tail.split()
    noun = words[0].rstrip(",.;:") if words else ""
    if not noun.isalpha() or not noun.islower() or noun in lexicon().stopwords or _first_verb([noun]) >= 0:
        return False
    return len(words) < 2 or words[0] != noun or _first_verb(words[1:2]) < 0 and not is_verb_word(words[1])


@cache
def _date_seam_words(name: str) -> frozenset[str]:
    """A word list of seams.yaml (seams2): the dates a title keeps, or keeps the preposition of."""
    return frozenset(str(w).lower() for w in load_yaml(__package__, "seams.yaml")[name])


def _date_qualifies_closing_noun(popped: Sequence[str], head_words: Sequence[str], date: str, tail: str) -> bool:
    """ "took control of the House in [November] elections, have called": a bare date name (no digits) between "in"
    and a lower-case noun that ends its phrase (a mark, the end or a preposition or conjunction after it; seams.yaml
    dated_noun_followers) qualified that noun, the preposition's object, which keeps its "in" ("... of the House in
    elections"; "wounded in [overnight] skirmishing, though" -> "wounded in skirmishing"). Not a date that opens its
    clause ("In June oil prices rose"), nor one whose noun runs on ("in [May] police said")."""
    words = [w for w in head_words if w]
    if len(popped) != 1 or popped[0] not in _date_seam_words("dated_noun_prepositions") or not words \
            or words[-1].endswith((",", ";", ":")) or any(c.isdigit() for c in date) or not tail.startswith(" "):
        return False
    after = tail.split()
    noun = after[0].rstrip(",.;:") if after else ""
    if not noun.isalpha() or not noun.islower() or noun in lexicon().stopwords or noun in lexicon().auxiliaries \
            or is_adverb(noun) or _first_verb([noun]) >= 0 and not noun.endswith("ing"):
        return False
    if after[0] != noun or len(after) == 1:
        return True  # the noun ends its phrase with a mark or the sentence
    # a gerund before a word may be a participle's verb ("in [Monday] saying that"): only a mark ends it
    return not noun.endswith("ing") and _clean(after[1]) in _date_seam_words("dated_noun_followers")


def _date_named_as(head: Sequence[str], tail: str) -> bool:
    """Whether the date is the object of a verb that names a day as something, "as" right after it (seams.yaml
    date_naming_verbs: "Activists designate [February 17] as a day of rage"): cut, the verb would lose its object."""
    return bool(head) and _clean(head[-1]) in _date_seam_words("date_naming_verbs") and not head[-1].endswith(",") \
        and tail.startswith(" as ")


def _date_completes_occurrence(head: Sequence[str]) -> bool:
    """Whether the words before a date end on a verb of occurrence after a modal or "will" ("a vote will occur
    [Wednesday]", "could take place on [Friday]"; events.yaml title_forecast_occurrences), its date preposition aside:
    the date is what is forecast or doubted and stays."""
    low = [_clean(w) for w in head]
    if low and low[-1] in lexicon().date_prepositions:
        low = low[:-1]
    lex = lexicon()
    for verb in _title_rules("title_forecast_occurrences"):
        size = len(verb.split())
        if len(low) > size and " ".join(low[-size:]) == verb and low[-size - 1] in lex.modals | lex.future_auxiliaries:
            return True
    return False


MEASURE_WORDS = 3  # "90 days", "another six weeks": how far back the measure's number may stand


def _measure_before(words: Sequence[str]) -> bool:
    """Whether the words end with a span of time after its number ("another 90 days", "six weeks")."""
    low = [_clean(w) for w in words if w]
    return bool(low) and low[-1] in _title_rules("title_measure_units") \
        and any(w[:1].isdigit() or w in lexicon().number_words for w in low[-MEASURE_WORDS:-1])


_PRESENT_FORM = re.compile(r"\s++([a-z]{3,}+(?<=s))\s++([\w'’]++)")  # "takes this": a present form and its object's opener


def _participle_told_only_date(head_words: Sequence[str], tail: str) -> bool:
    """Whether the date closed a reduced participle ("the report published [today]") right before the main clause's
    present verb ("takes"), which tells of the same day: the participle follows a content word (a noun, not "who",
    "they" nor an auxiliary: "who arrived [yesterday] took") with no comma, the tail opens with a present form before
    its object's opener (events.yaml title_present_object_openers, or a name), and an article opens the noun phrase within
    REDUCED_NOUN_WORDS words. Not before a past verb ("a man arrested [on Monday] was charged", "a campaign launched
    [in March] hailed"): that verb's event may be of another day, and the date is the participle's.
    Examples: events.yaml title_reduced_participle_examples."""
    words = [w for w in head_words if w]
    if len(words) < 3 or words[-2].endswith((",", ";", ":")) or not words[-1].islower() \
            or not is_past(_clean(words[-1])) or _clean(words[-2]) in lexicon().stopwords | lexicon().auxiliaries:
        return False
    article = next((k for k in range(len(words) - 2, max(-1, len(words) - 3 - REDUCED_NOUN_WORDS), -1)
                    if _clean(words[k]) in _ARTICLES), -1)
    if article < 0 or _first_verb(words[article:-1]) >= 0:
        return False  # "NATO said key targets hit [on Monday] included", "The alliance said targets hit": no
        # article opens the participle's noun phrase, and a bare plural's participle may be the event itself
    present = _PRESENT_FORM.match(tail)
    # (a name may open the object too: "The complaint filed [yesterday] accuses BP ...")
    return present is not None and present.group(1) not in lexicon().stopwords \
        and not present.group(1).endswith("ss") and (_clean(present.group(2)) in _title_rules("title_present_object_openers")
                                                     or present.group(2)[:1].isupper())


def _participle_before_saying(head_words: Sequence[str], tail: str) -> bool:
    """Whether the date closed a reduced participle of the medium a report was told in ("told the BBC in a
    documentary screened [on Tuesday night] that he would have needed ..."), right before what was told ("that"): the
    participle told only the date and goes with it, else the title reads "a documentary screened that ...". The
    participle follows a content word of a noun phrase an article opens, after a reporting verb (events.yaml
    title_reduced_participle_examples)."""
    words = [w for w in head_words if w]
    if len(words) < 4 or not tail.lstrip().startswith("that ") or words[-2].endswith((",", ";", ":")) \
            or not words[-1].islower() or not is_past(_clean(words[-1])) \
            or _clean(words[-2]) in lexicon().stopwords | lexicon().auxiliaries:
        return False
    article = next((k for k in range(len(words) - 2, max(-1, len(words) - 3 - REDUCED_NOUN_WORDS), -1)
                    if _clean(words[k]) in _ARTICLES), -1)
    return article > 0 and _first_verb(words[article:-1]) < 0 \
        and any(_clean(w) in lexicon().reporting_verbs for w in words[:article])


def _present_before_object(tail: str) -> bool:
    """Whether `tail` opens with a present form the verb lexicon may not list and its object's opener ("includes a
    freeze", "takes this job"; events.yaml title_present_object_openers): the main clause's verb after an aside."""
    present = _PRESENT_FORM.match(tail)
    return present is not None and present.group(1) not in lexicon().stopwords \
        and not present.group(1).endswith(("ss", "us", "is")) \
        and _clean(present.group(2)) in _title_rules("title_present_object_openers")


_COMMA_THEN_WORD = re.compile(r"\s*+,\s++([\w'’]++)(?:\s++([\w'’]++))?+")  # the comma that closed a set-off date


def continues_after_comma(tail: str) -> bool:
    """Whether the text after a set-off date's closing comma goes on with its clause: the clause's verb, an
    infinitive, "that", or the subject and verb of what was said (", seized the airport", ", to make it easier", ",
    they had taken the town"); not a subordinate or coordinated clause (", when the rebels walked out", ", and")
    nor an opening adverbial's clause (", rebels seized")."""
    after = _COMMA_THEN_WORD.match(tail)
    if after is None:
        return False
    first, second = after.group(1).lower(), (after.group(2) or "").lower()
    return _first_verb([first]) == 0 or first in ("to", "that") \
        or first in lexicon().subject_pronouns and _first_verb([second]) == 0


TIME_NOUN_OPENING_WORDS = 3  # "That day,", "On that day,", "The next morning,"


def _time_noun_opening(head: Sequence[str]) -> bool:
    """Whether the words before a date are only a time noun phrase set off by its comma, that the date renames
    ("That day, [March 17,]", "On that day, [Monday,]"): a determiner, a time noun (title_date_appositive_nouns)."""
    if not head or len(head) > TIME_NOUN_OPENING_WORDS or not head[-1].endswith(","):
        return False
    low = [_clean(w) for w in head]
    if low[0] in lexicon().opening_prepositions and len(low) > 1:
        low = low[1:]
    return low[0] in ("that", "the", "this") and low[-1] in _title_rules("title_date_appositive_nouns")


_LEADING_COMMA = re.compile(r"\A\s*+,")  # the comma that closed a date set off after a subordinator


def _without_aside_commas(head_words: list[str], tail: str) -> tuple[list[str], str]:
    """ "The rebels, [on Monday,] seized the airport" -> "The rebels seized": a date set off by commas between a
    clause's parts takes both its commas along, when what follows is the clause's verb, an infinitive or the
    subject and verb of what was said ("ministers tried, [in 2007,] to make", "said, [on Sunday,] they had taken");
    an opening adverbial keeps its comma ("In Tripoli, [on Monday,] rebels seized"). Examples:
    title_date_cut_examples."""
    kept = [k for k, w in enumerate(head_words) if w]
    if kept and _time_noun_opening([head_words[k] for k in kept]):
        # "That day, [March 17,] Clinton had just come out": the time noun the date renamed goes with it
        return [], _LEADING_COMMA.sub("", tail, count=1)
    if kept and not head_words[kept[-1]].endswith(",") and _clean(head_words[kept[-1]]) in _title_rules(
            "title_comma_subordinators") and len(kept) > 1 and _LEADING_COMMA.match(tail):
        # "announced that [as of midnight Sunday], four Tornado warplanes": the comma closed the date after the
        # subordinator; it goes with it
        return head_words, _LEADING_COMMA.sub("", tail, count=1)
    if kept and head_words[kept[-1]].endswith(",") and _clean(head_words[kept[-1]]) in _title_rules(
            "title_comma_subordinators") and len(kept) > 1:
        # "army when, [on September 1, 1969,] he and others launched": a subordinator's comma only set the date off;
        # both commas go ("when he and others launched"), whatever follows
        last = kept[-1]
        return [*head_words[:last], head_words[last][:-1], *head_words[last + 1:]], _LEADING_COMMA.sub("", tail, count=1)
    if not kept or not head_words[kept[-1]].endswith(",") or not continues_after_comma(tail):
        return head_words, tail
    last = kept[-1]
    return [*head_words[:last], head_words[last][:-1], *head_words[last + 1:]], tail.replace(",", "", 1)


_CLAUSE_END = re.compile(r"\s*+(?:[.;!?]|\Z)")  # the date ended its clause
_SEGMENT_JOINERS = frozenset({"and", "but", "or"})


def _last_segment(words: Sequence[str]) -> list[str]:
    """The words after the last comma or coordinating conjunction before a lower-case word: the clause piece a phrase
    at the end belongs to ("..., an official source at the foreign ministry", "and the prospect of a turning point
    in the conflict")."""
    cut = max((k + 1 for k, w in enumerate(words) if w.endswith(";") or k + 1 < len(words)
               and (w.endswith(",") or _clean(w) in _SEGMENT_JOINERS) and words[k + 1][:1].islower()),
              default=0)  # not a list of names ("in Alabama, Mississippi and Florida")
    return list(words[cut:])
_PHRASE_END = re.compile(r"\s*+(?:[,.;:!?)]|[-–—]|\Z)")  # the date ended its phrase
_FINITE_AFTER = re.compile(r"\s++([a-z][\w'’]*+)")  # the lower-case word right after the date


def _verb_after(tail: str) -> bool:
    """Whether the text after a date opens with a finite verb form ("[Friday] was another day", "[dated January
    25] was found"), not a name, a noun or punctuation."""
    m = _FINITE_AFTER.match(tail)
    return m is not None and _first_verb([m.group(1)]) == 0 and not m.group(1).endswith("ing")


def _date_is_argument(head: Sequence[str], tail: str) -> bool:
    """Whether a date with no preposition before it is a part of its clause the clause cannot lose: the object or
    complement of a verb of time (events.yaml title_date_object_verbs: "spent today on", "had just gone 11am",
    "dated March 5"), or the subject of the verb right after it when nothing but a conjunction or "that" stands
    before it in its clause, or a conjunction after a comma (title_date_subject_openers: "Friday was another day
    of fighting", "and that today would be the last day", "closed, and that Friday was"), not an adverbial between a subject and its verb ("and 40 minutes later gave")."""
    openers = _title_rules("title_date_subject_openers")
    if head and _clean(head[-1]) in lexicon().date_prepositions - openers:  # ("and" joins a range's dates)
        return False
    if head and _clean(head[-1]) in _title_rules("title_date_object_verbs") and not head[-1].endswith(","):
        return True
    if not _verb_after(tail) or _FINITE_AFTER.match(tail).group(1).lower() not in _date_subject_verbs():
        return False
    return not head or _clean(head[-1]) == "that" or all(_clean(w) in openers for w in head) \
        or _clean(head[-1]) in openers and len(head) > 1 and head[-2].endswith(",")  # "closed, and [that Friday]"


@cache
def _date_subject_verbs() -> frozenset[str]:
    """The verbs a date may be the subject of: auxiliaries, modals and copulas ("Friday was", "that day will be"),
    and the verbs of time of events.yaml title_date_subject_verbs ("Sunday marked", "Saturday brought"); not a
    verb of doing ("[Mullen] today said", "[Dudley] today became": a subject the clause left before the date)."""
    return finite_words() | _title_rules("title_date_subject_verbs")


def _without_date_modifier(head: list[str], tail: str) -> list[str]:
    """The words before a date without a post-nominal modifier the date alone completed: a participle after a
    noun with the main verb right after the date ("The report by BP's team [published today] takes", "A letter
    [dated ...] was found"), or a passive infinitive after a noun that the date ends ("in a documentary [to be
    broadcast tonight]:"), not one after a predicate (title_infinitive_predicates: "is due to be sentenced
    Monday"); else `head` unchanged."""
    lex = lexicon()
    if "" in head[-4:]:
        return head
    if len(head) >= 3 and head[-3].lower() == "to" and head[-2].lower() == "be":
        infinitive = 3  # "to be broadcast"
    else:
        infinitive = 0
    if infinitive and len(head) > infinitive and _PHRASE_END.match(tail):
        noun = _clean(head[-infinitive - 1])
        if noun.isalpha() and _first_verb([noun]) < 0 and noun not in lex.stopwords \
                and noun not in _title_rules("title_infinitive_predicates") and not head[-infinitive - 1].endswith(","):
            return head[:-infinitive]
        return head
    if len(head) < 2 or not _verb_after(tail):
        return head
    participle, noun = _clean(head[-1]), _clean(head[-2])
    if not is_past(participle) or participle in lex.auxiliaries or head[-2].endswith(",") or not noun.isalpha() \
            or _first_verb([noun]) == 0 or noun in lex.stopwords or noun in lex.negations or is_adverb(noun):
        return head
    return head[:-1]
_COMPLEMENT_END = re.compile(r"\s*+(?:[,.;!?]|\Z)")  # the date ended the complement of "was"
PLACE_PHRASE_WORDS = 5  # "during the raid,", "over the stricken well,": how long the phrase before the comma may be


def _ends_with_place_phrase(words: Sequence[str]) -> bool:
    """Whether the words end with a phrase of place or time and its comma ("... for more than an hour during the
    raid,"), so that a participle after them qualifies the phrase's noun, not opens the clause's verb ("McCain,
    R-Arizona, asserted"; "The procedure likened to threading a needle, failed")."""
    phrase = [_clean(w) for w in words[-PLACE_PHRASE_WORDS:]]
    opener = max((k for k, w in enumerate(phrase) if w in PHRASE_OPENERS and w != "to"), default=-1)
    rest = words[len(words) - len(phrase) + opener + 1:-1]
    return opener >= 0 and not any(w.endswith(",") for w in rest) and _first_verb(phrase[opener + 1:]) < 0


NOUN_PHRASE_ADJECTIVES = 2  # "a gray Saturday", "a cold, wet Monday": how many adjectives may stand before the date


def _heads_noun_phrase(head_words: Sequence[str], tail: str) -> bool:
    """Whether the date (a name: a weekday or a month) is the noun of a phrase its determiner opened ("spent a gray
    Saturday", "an ordinary Tuesday"; events.yaml title_date_noun_determiners, title_day_adjectives), so that
    cutting it would leave "a gray" with no noun; not a date a preposition introduces ("on a Saturday" keeps the
    cut), nor one that qualifies a noun after it."""
    words = [w for w in head_words if w][-(NOUN_PHRASE_ADJECTIVES + 1):]
    determiners = _title_rules("title_date_noun_determiners")
    at = max((i for i, w in enumerate(words) if w.lower() in determiners), default=-1)
    if at < 0 or at > 0 and words[at - 1].lower() in lexicon().date_prepositions:
        return False
    after = tail.split(" ", 2)[1:2] if tail.startswith(" ") else [tail[:1]]
    if after and after[0] and after[0].lower() not in lexicon().stopwords and after[0][:1] not in ",;.":
        return False  # "A 5pm (or thereabouts) summary": the date qualifies a noun after it, not heads the phrase
    return all(_clean(w) in _title_rules("title_day_adjectives") for w in words[at + 1:])


# "Tuesday's failed attempt" -> "the failed attempt"; also when the source lost the apostrophe ("yesterday s meeting")
_POSSESSIVE_AFTER_DATE = re.compile(r"\A(?:['’]s\b| s(?= [A-Za-z]{2}))")
_DATE_AS_MODIFIER = re.compile(r"[Tt]he ")  # a date phrase with its article before a noun: "the winter period"
_YEAR_AS_MODIFIER = re.compile(r"(?:[Tt]he )?(?:1[89]|20)\d\d")  # "the 2007 report": a bare year that classifies a noun


def _year_as_modifier(head_words: list[str], text: str, start: int, end: int) -> bool:
    """Whether the date is a bare year between "the" (in the date phrase or right before it) and the noun it
    classifies ("the 2007 report", "The 2010 floods")."""
    if not _YEAR_AS_MODIFIER.fullmatch(text, start, end) or not _modifies_noun(text[end:]):
        return False
    before = [w for w in head_words if w]
    if not (text[start] in "Tt" or bool(before) and before[-1] in ("the", "The")):
        return False
    # "the 1988 bombing", "the 2008 terrorist attacks": an event noun's phrase is the event's own title, which the
    # entry's date already tells (and title choice and joins read it without the year)
    nouns = [_clean(w) for w in text[end:].split()[:2]]
    return not any(n in lexicon().event_nouns or n.removesuffix("s") in lexicon().event_nouns for n in nouns)


def _modifies_noun(tail: str) -> bool:
    """Whether the text after a date opens with a lower-case noun the date qualified ("[the winter] period",
    "[The 8 October] gig at the stadium"), not a verb, a preposition or punctuation."""
    first = tail.split(" ", 2)[1:2] if tail.startswith(" ") else []
    return bool(first) and first[0].isalpha() and first[0].islower() and first[0] not in lexicon().stopwords \
        and _first_verb(first) < 0


_RELATIVE = re.compile(r",\s(?:which|who)\s")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def _own_relative_clause(text: str, cut: tuple[int, int]) -> tuple[str, int] | None:
    """ "The rebels never retook the town, which fell on Monday": when the date stands in a relative clause after a
    main clause with its own verb, the title is the noun it qualifies and the relative clause ("the town fell"); the
    new text and how far the date moved, or None. A restrictive one too, when its pronoun is its verb's subject
    (_restrictive_relative: "Sarkozy saw the revolt that began in Libya on February 15 as ..." -> "The revolt began
    in Libya")."""
    found = list(_RELATIVE.finditer(text, 0, cut[0]))
    m = found[-1] if found else _restrictive_relative(text, cut)
    if m is None:
        return None
    before = text[: m.start()].split()
    if _main_verb(before) < 0:
        return None
    phrase = qualified_noun(before, person=m.group().strip(", ").startswith("who"))
    if phrase and not found:
        phrase = _restrictive_head(phrase, before, text[m.end():].split()[:1])
    if not phrase:
        return None
    head = " ".join(phrase) + " "
    return head + text[m.end():], len(head) - m.end()


@cache
def _restrictive_pattern() -> re.Pattern[str]:
    pronouns = "|".join(sorted(_title_rules("title_restrictive_relatives")))
    return re.compile(rf"(?<=[\w'’)])\s({pronouns})\s(?=[a-z])")


RESTRICTIVE_VERB_REACH = 3  # "that first began", "which had been placed": how far past the pronoun its past verb may stand


def _restrictive_head(phrase: list[str], before: Sequence[str], verb: Sequence[str]) -> list[str]:
    """The noun a restrictive relative clause tells of, from the phrase qualified_noun read before its pronoun; []
    when it is not plain: a span's noun ("in a three-hour span that began late Monday" only times the main clause); a
    noun after a preposition is the head ("their backing for | the protests that erupted", "killed during | clashes
    that occurred"), if "was" or "were" agrees with it ("the markers for virulence that were seen" tells of the
    markers); else an article, a demonstrative or a number opens it (not a name: "the rig operated by | BP that
    exploded"; not a possessive named by the main clause: "for its well that exploded")."""
    lex = lexicon()
    if _clean(phrase[-1]) in _title_rules("title_span_nouns"):
        return []
    link = max((k for k, w in enumerate(phrase) if _clean(w) in PHRASE_OPENERS | _PARTICIPANT_LINKS), default=-1)
    if 0 <= link < len(phrase) - 1:
        phrase = phrase[link + 1:]
        if phrase[0][:1].isupper():
            return []
    elif not (phrase[0][:1].isdigit() or _clean(phrase[0]) in _DETERMINERS - lex.possessive_pronouns
              or _clean(phrase[0]) in lex.number_words) or before[-len(phrase)][:1].isupper():
        return []
    head = _clean(phrase[-1])
    plural = head.endswith("s") and not head.endswith("ss")
    if verb and (_clean(verb[0]) == "were" and not plural or _clean(verb[0]) == "was" and plural):
        return []
    return phrase


def _restrictive_relative(text: str, cut: tuple[int, int]) -> re.Match[str] | None:
    """The restrictive relative clause (events.yaml title_restrictive_relatives, no comma before its pronoun) that
    holds the date, when its pronoun is its verb's subject: a past form follows it, after an adverb or a past
    auxiliary at most ("the revolt that began [on February 15]", "the device that was placed [today]"), and no clause
    mark stands between it and the date; not "reported that 13 drivers were killed", "so that", "hopes that will"."""
    found = list(_restrictive_pattern().finditer(text, 0, cut[0]))
    following = text[cut[1]:].split()[:1]
    if not found or CLAUSE_MARK_IN.search(text, found[-1].end(), cut[0]) \
            or following and _modifies_noun(" " + following[0].rstrip(",.;:!?")):
        return None  # ("the deterioration that led to [the 2006] spill": the date is the spill's)
    m = found[-1]
    lex = lexicon()
    before = [_clean(w) for w in text[: m.start()].split()]
    told = max((k for k, w in enumerate(before) if w in lex.reporting_verbs), default=-1)
    if told >= 0 and _first_verb(text[: m.start()].split()[told + 1:]) < 0:
        return None  # "said in a telephone interview that armed men ...": "that" opens what was said
    for word in text[m.end(): cut[0]].split()[:RESTRICTIVE_VERB_REACH]:
        low = _clean(word)
        if is_past(low) and low not in lex.auxiliaries:
            return m
        if not (is_adverb(low) or low in lex.auxiliaries & {"was", "were", "had", "been"}):
            return None
    return None


REDUCED_PARTICIPLE_REACH = 8  # "released by BP [today]": how many words may stand between the participle and its date
REDUCED_NOUN_WORDS = 5  # "the minute-by-minute report": how long the participle's noun phrase may be
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _reduced_participle(text: str, cut: tuple[int, int]) -> tuple[str, int] | None:
    """ "The timeline in the report released by BP [today] paints ..." -> "The report was released by BP": when the
    date closes a past participle's phrase with its agent ("by BP": a passive, not a main verb in the past, "with a
    tower failed on Saturday") that follows a noun after a preposition (events.yaml
    title_reduced_participle_prepositions: that noun is no subject, so the form is no main verb), the participle is a
    passive and the title is the noun with "was" or "were" and the participle's phrase, when no verb stands before it
    or after the date (the title would have none: "Inhabitants of the capital interviewed by Reuters on Sunday spoke
    of ..." has its own); the new text and how far the date moved, or None. The noun opens with an article or a number (not "its report": no owner to name); not a date
    that qualifies a noun ("[the 2006] spill"); not after a subordinator ("after the war ended in 2003")."""
    lex = lexicon()
    following = text[cut[1]:].split()[:1]
    if following and _modifies_noun(" " + following[0].rstrip(",.;:!?")):
        return None
    tokens = list(_TOKEN.finditer(text, 0, cut[0]))
    at = next((k for k in range(len(tokens) - 1, max(-1, len(tokens) - 1 - REDUCED_PARTICIPLE_REACH), -1)
               if tokens[k].group()[:1].islower() and is_past(_clean(tokens[k].group()))), -1)
    if at < 3 or at + 1 >= len(tokens) or _clean(tokens[at + 1].group()) != "by" and not _after_source(tokens, at) \
            or _clean(tokens[at].group()) in lex.auxiliaries \
            or any(CLAUSE_MARK_IN.search(t.group()) or _clean(t.group()) in lex.relative_pronouns for t in tokens[at - 1:]):
        return None
    opener = next((k for k in range(at - 1, max(-1, at - 1 - REDUCED_NOUN_WORDS), -1)
                   if _clean(tokens[k].group()) in _ARTICLES or _clean(tokens[k].group()) in lex.number_words
                   or tokens[k].group()[:1].isdigit()), -1)
    noun = [_clean(t.group()) for t in tokens[opener + 1: at]]
    if opener < 1 or not noun or any(w in lex.stopwords or is_past(w) or is_adverb(w) for w in noun) \
            or _clean(tokens[opener - 1].group()) not in _title_rules("title_reduced_participle_prepositions") \
            or _main_verb([t.group() for t in tokens[:opener]]) >= 0 or _main_verb(text[cut[1]:].split()) >= 0:
        return None  # ("Obama spoke at a rally attended by thousands on Monday": the speaking's date, maybe)
    plural = noun[-1].endswith("s") and not noun[-1].endswith(("ss", "is", "us")) \
        and not tokens[at - 1].group()[:1].isupper()
    head = text[tokens[opener].start(): tokens[at - 1].end()] + (" were " if plural else " was ")
    return head + text[tokens[at].start():], len(head) - tokens[at].start()


def _dated_subject_participle(text: str, cut: tuple[int, int]) -> tuple[str, int] | None:
    """ "The $370m in fines imposed by the US department of justice [in October 2007] were for the Texas City
    disaster" -> "The $370m in fines were imposed by the US department of justice": when the date closes the
    agent phrase of a participle in the subject that opens the clause and the clause's own verb after it is a
    copula (events.yaml title_state_copulas: what the subject was, a state), the dated act is the participle's;
    told as a passive with the copula's number. The new text and how far the date moved, or None."""
    after = text[cut[1]:].split()[:1]
    if not after or _clean(after[0]) not in _title_rules("title_state_copulas"):
        return None
    tokens = list(_TOKEN.finditer(text, 0, cut[0]))
    at = next((k for k in range(1, min(len(tokens), REDUCED_NOUN_WORDS + 2)) if tokens[k].group()[:1].islower()
               and is_past(_clean(tokens[k].group())) and _clean(tokens[k].group()) not in lexicon().auxiliaries), -1)
    # the subject opens the clause, or follows a conjunction that opens it ("Not to nitpick but | the fines ...")
    start = next((k + 1 for k in range(at - 1, -1, -1) if _clean(tokens[k].group()) in ("but", "and", "yet")), 0)
    if at < 2 or at + 2 >= len(tokens) or _clean(tokens[at + 1].group()) != "by" or at - start < 2 \
            or _clean(tokens[start].group()) not in _ARTICLES or len(tokens) - at > REDUCED_PARTICIPLE_REACH \
            or any(CLAUSE_MARK_IN.search(t.group()) for t in tokens[start:]) \
            or _main_verb([t.group() for t in tokens[start:at]]) >= 0:
        return None
    copula = "were" if _clean(after[0]) in ("were", "are") else "was"
    head = text[: tokens[at].start()] + copula + " "
    return head + text[tokens[at].start(): cut[1]], len(copula) + 1


def _after_source(tokens: Sequence[re.Match[str]], at: int) -> bool:
    """Whether the participle at `at` follows a source's noun phrase that a phrase of attribution opens, the clause's
    first words (events.yaml title_reduced_participle_sources: "according to | an affidavit made public [on Monday]",
    the clause a comma set apart): that noun is no subject, so the participle is its passive even without an agent
    ("An affidavit was made public"). Not inside a longer clause ("the country's third largest city according to a
    report issued on Tuesday": the clause before tells what was reported, and a fuller title takes it)."""
    low = [_clean(t.group()) for t in tokens[:at]]
    skip = next((k for k, w in enumerate(low) if w), len(low))  # (a closing quotation mark before: '” referring to')
    return any(" ".join(low[skip:skip + len(p.split())]) == p and skip + len(p.split()) + REDUCED_NOUN_WORDS >= at
               for p in _title_rules("title_reduced_participle_sources"))


# a name of up to four capitalised words, and the comma that sets the appositive after it apart ("said Nasrdin
# Mohammed, | an army sergeant detained on March 15"), at the end of the text before the appositive
_NAME_BEFORE_APPOSITIVE = re.compile(r"((?:[A-Z][\w'’.-]*+ ){0,3}[A-Z][\w'’.-]*+),\s*+\Z")
APPOSITIVE_NAME_REACH = 80  # how many characters before the appositive the name may take


@cache
def _irregular_participles() -> frozenset[str]:
    """The irregular past participles of events.yaml title_past_perfect ("taken", "shot"); regular ones end in -ed."""
    return frozenset(str(k).lower() for k in events_rules()["title_past_perfect"]["irregular"])


def _clean_words(text: str) -> str:
    """The text's words cleaned as titles' words are (_clean), joined by single spaces."""
    return " ".join(_clean(w) for w in text.split())


def restored_passive(title: str, sentence: str = "") -> str:
    """A title that is a noun phrase and the past participle after it, its passive's "was" or "were" dropped (a
    reduced relative or an absolute phrase), made a statement with it (events.yaml title_restored_passive_examples):
    "With 13 rebels reported dead by evening" -> "13 rebels were reported dead by evening"; "An army sergeant
    detained", an appositive after "Nasrdin Mohammed, " in its `sentence` ->
    "Nasrdin Mohammed, an army sergeant, was detained". The participle is the title's only verb and the noun phrase
    short (REDUCED_NOUN_WORDS); an indefinite noun with no name before it is no appositive, and may be a subject
    with its past verb ("A rebel fighter wounded a soldier"): "" then, and for any other title."""
    words = title.split()
    low = [_clean(w) for w in words]
    lex = lexicon()
    opener = _title_rules("title_absolute_openers")
    absolute = bool(low) and low[0] in opener
    first = 1 if absolute else 0
    at = next((k for k in range(first, min(len(low), first + REDUCED_NOUN_WORDS + 1))
               if words[k][:1].islower() and (is_past(low[k]) or low[k].endswith("ed") and low[k] in lex.reporting_verbs)),
              -1)
    if at > first and not (low[at].endswith("ed") or low[at] in _irregular_participles()):
        return ""  # a past that is no participle ("A city came under attack"): an active verb
    noun = low[first:at]
    following = words[at + 1] if at + 1 < len(words) else ""
    # an object after it makes the form an active past ("An actress met Dr Murray"), no passive
    takes_object = following[:1].isupper() or following[:1].isdigit() or _clean(following) in \
        _ARTICLES | lex.possessive_pronouns | lex.number_words | _title_rules("title_object_pronouns")
    if at <= first or takes_object or low[at] in lex.auxiliaries or _first_verb(words[at + 1:]) >= 0 \
            or any(w in lex.auxiliaries | lex.modals | lex.relative_pronouns or CLAUSE_MARK_IN.search(x)
                   for w, x in zip(noun, words[first:at])):
        return ""
    head = noun[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "is", "us")) or noun[0] in lex.number_words - {"one"} \
        or noun[0][:1].isdigit() and noun[0] != "1"
    verb = " were " if plural else " was "
    phrase = " ".join(words[first:at])
    if absolute:
        if noun[0] not in _ARTICLES | lex.number_words and not noun[0][:1].isdigit():
            return ""  # ("With help requested by Libya": no noun phrase of its own to be the subject)
        return (phrase[:1].upper() + phrase[1:] + verb + " ".join(words[at:])).strip()
    if noun[0] not in _title_rules("title_appositive_articles") \
            or " ".join(low[:at + 1]) not in _clean_words(sentence):
        return ""  # ("a biochemist at the hospital who fled": a relative's own past, made the title's verb)
    opened = sentence.lower().find(" ".join(low[:2]))
    name = _NAME_BEFORE_APPOSITIVE.search(sentence[max(0, opened - APPOSITIVE_NAME_REACH):opened]) if opened > 0 else None
    calendar = {n.lower() for names in language.months() + language.weekdays() for n in names}
    if name is None or any(_clean(w) in lex.stopwords | calendar for w in name.group(1).split()):
        return ""  # ("On Monday, a man arrested ...": a date, not a name, before the comma)
    return f"{name.group(1)}, {phrase[:1].lower() + phrase[1:]}, was {' '.join(words[at:])}"


_RELATIVE_AFTER_DATE = re.compile(r"\s++(?:which|that)\s++(?=[a-z])")


def noun_relative_predicate(sentence: str, date_end: int) -> str:
    """The predicate of a restrictive relative clause that opens right after an event noun's date ("the Buncefield
    explosion in 2005 | which caused hundreds of homes to be evacuated and triggered ..." -> "caused hundreds ..."),
    when its verb is a past form right after the pronoun (the pronoun is its subject: "which the inquiry studied"
    tells nothing the noun did), up to the sentence's end; "" else."""
    m = _RELATIVE_AFTER_DATE.match(sentence, date_end)
    if m is None:
        return ""
    rest = sentence[m.end():].strip()
    first = _clean(rest.split(" ", 1)[0])
    if not is_past(first) or first in lexicon().auxiliaries:
        return ""
    return rest.rstrip(".!?")


def _main_verb(words: Sequence[str]) -> int:
    """The first verb form of a clause, or its negation when the verb is one the lexicon does not list ("Dr Murray
    did not give evidence"); -1 when there is none."""
    verb = next((k for k, w in enumerate(words) if w[:1].islower() and _first_verb([w]) == 0), -1)  # not "United"
    return verb if verb >= 0 else next((k for k, w in enumerate(words) if _clean(w) in lexicon().negations), -1)


QUALIFIED_NOUN_WORDS = 7  # "the Convention on Cluster Munitions": how far back the noun a relative qualifies reaches


def qualified_noun(before: Sequence[str], person: bool = False) -> list[str]:
    """The noun phrase that ends `before` and that a relative clause after it qualifies ("Most nations have banned
    their use through | the Convention on Cluster Munitions", "the modifications to the preventer", "lamps for |
    three other migrants"), after the main clause's verb, with a possessive pronoun named by that clause's subject
    ("his trial" -> "Dr Murray's trial"); with `person` (the relative is "who") a name that ends it is the phrase
    ("the rule of | Muammar Gaddafi, who"); [] when it does not read as one (no determiner, number nor capital opens
    it, or a preposition ends `before`: "the extent to [which]")."""
    lex = lexicon()
    verb = _main_verb(before)
    if not before or _clean(before[-1]) in lex.stopwords:
        return []
    phrase: list[str] = []
    for word in reversed(before[verb + 1:]):
        low = _clean(word)
        name = bool(phrase) and all(w[:1].isupper() or _clean(w) in lex.name_particles for w in phrase)
        if person and name and not word[:1].isupper() and (len(phrase) > 1 or low != "of"):
            break  # "the rule of | Muammar Gaddafi", "the idea from | Lieberman"; not "the Times of London"
        if name and low in _PARTICIPANT_LINKS:
            break  # "began in 1979 with | Amoco Corp"; not "a long stalemate at Brega"
        if phrase and low in lex.stopwords - _DETERMINERS - _NOUN_LINKS \
                and (_clean(phrase[0]) in lex.number_words or phrase[0][:1].isdigit()):
            break  # "later Friday for | three other migrants"
        if phrase and (low == "to" or low in ("and", "or") and phrase[-1][:1].isupper()) and _opens_verb_phrase(phrase):
            # "expect BP to | resume paying dividends"; "for many years and | windstorm Xynthia": a name its common
            # noun describes ends the phrase (not "the fluid and | confused conflict": one noun's two modifiers)
            break
        phrase.insert(0, word)
        if low in _DETERMINERS or len(phrase) == QUALIFIED_NOUN_WORDS or not word[:1].isalnum():
            break
    widen = not person or phrase[-1:] and phrase[-1][:1].isupper()  # "a reporter for | the Times of London, who"
    if phrase and phrase[0].lower() in _DETERMINERS and widen:  # "the modifications to | the preventer, which"
        phrase = list(before[head_noun_start(before, len(before) - len(phrase), floor=verb + 1):])
    if len(phrase) < len(before) and _clean(before[-len(phrase) - 1]) in ("and", "or"):
        return []  # "held by the department and | the coastguard, which began": which of the two is not told
    first = _clean(phrase[0]) if phrase else ""
    if person and phrase and _not_a_person(phrase):
        return []  # "a reputation for speaking | his mind who sparked a row": "who" tells of no mind
    if not phrase or first not in _DETERMINERS and not phrase[0][:1].isupper() and not phrase[0][:1].isdigit() \
            and first not in lex.number_words - {"a", "an"}:
        return []
    return _owner_named(phrase, before[:verb]) if verb > 0 else phrase


def _opens_verb_phrase(phrase: Sequence[str]) -> bool:
    """Whether the words a noun phrase's walk back has taken open with a lower-case word that no noun phrase opens
    with (no determiner, number or capital: "resume paying dividends" after "to"): the word before ("to") is an
    infinitive's marker, not a noun's link ("the modifications to | the preventer"), and the walk stops there."""
    first = _clean(phrase[0])
    return phrase[0][:1].islower() and first not in _DETERMINERS and first not in lexicon().number_words \
        and not first[:1].isdigit()


def _not_a_person(phrase: Sequence[str]) -> bool:
    """Whether a noun phrase a possessive pronoun opens has a head that "who" cannot qualify: a thing, not a
    person noun (events.yaml person_nouns: "his son") nor a plural ("his supporters"); "his mind", "their work"."""
    head = _clean(phrase[-1])
    return _clean(phrase[0]) in lexicon().possessive_pronouns and len(phrase) > 1 and head.isalpha() \
        and phrase[-1][:1].islower() and head not in _person_heads() and not (head.endswith("s") and not head.endswith("ss"))


@cache
def _person_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in events_rules()["person_nouns"])


_NOUN_LINKS = frozenset({"of", "on", "to"})
# prepositions before a name that is a participant of the main clause, not a part of the noun before it ("with Amoco
# Corp, which merged", "from Lieberman, who made"); a place's ("a stalemate at Brega, which ended") stays in it
_PARTICIPANT_LINKS = frozenset({"with", "from", "by", "against", "between", "for"})  # "the Convention on Cluster Munitions": a noun's own phrase


OPENING_ADVERBIAL_WORDS = 9  # "At the start of the latest round of fighting": how long an opening adverbial may be


def _after_opening_adverbial(text: str, cut: tuple[int, int]) -> int:
    """Where the date's own clause starts when the text before the date is only an opening adverbial, a phrase of
    place or a participle's with no verb of its own ("At a hearing in Louisiana [yesterday], members of Congress
    held up ...", "Speaking on TV [late on Monday] President X praised ..."), and the date is followed by a clause
    with its own subject and verb: at the date (the phrase is dropped with it); else 0."""
    head = text[: cut[0]].split()
    while head and _clean(head[-1]) in lexicon().date_prepositions:
        head = head[:-1]  # "At the start of the latest round of fighting [on] Thursday": the date's own preposition
    if not head or len(head) > OPENING_ADVERBIAL_WORDS or _first_verb(head) >= 0:
        return 0
    if len(head) > 1 and _clean(head[-1]) in _title_rules("title_phrase_adjective_determiners"):
        return 0  # "During the [2003] SARS outbreak": the date qualifies the phrase's noun (_after_dated_opening_phrase)
    first = _clean(head[0])
    if first in lexicon().adverbial_subordinators and text[cut[1]:].lstrip()[:1] in (",", ""):
        return 0  # "After talks in Moscow [late last month], ...": the talks' date
    # (with no comma the phrase runs into the clause, "after a cabinet meeting [on Thursday] the carrier had been
    # withdrawn", and left in it the title would read "A cabinet meeting the carrier had been withdrawn")
    if first not in lexicon().opening_prepositions | lexicon().adverbial_subordinators \
            and not (_is_gerund(first) and head[0][:1].isupper()):
        return 0
    told = text[cut[1]:].lstrip(" ,").split()
    # ("the aircraft carrier Garibaldi with three aircraft on board | had been withdrawn": a subject may be long)
    verb = _first_verb(told[: OPENING_SUBJECT_WORDS + 1])
    opens = bool(told) and (told[0][:1].isupper() or _clean(told[0]) in _DETERMINERS
                            or text[cut[1]:].lstrip().startswith(","))  # "..., members of Congress held"
    if told and _clean(told[0]) == "that" and not text[cut[1]:].lstrip().startswith(","):
        return 0  # "said after talks [on Tuesday] that the sides remained apart": what was said, not a main clause
    return cut[0] if verb > 0 and opens and _first_verb(told[:1]) < 0 else 0


OPENING_SUBJECT_WORDS = 10  # how far after an opening adverbial's date the main clause's verb may stand


PLACE_PART_WORDS = 3  # "North Carolina", "Scotland": the second part of a place set off by commas


def _is_place_part(piece: str) -> bool:
    """Whether a piece between two commas is only capitalised words, a place's second part ("Wilmington, | North
    Carolina,"), with no verb."""
    words = piece.split()
    return 0 < len(words) <= PLACE_PART_WORDS and all(w[:1].isupper() for w in words) and _first_verb(words) < 0


def _after_dated_opening_phrase(text: str, cut: tuple[int, int]) -> int:
    """Where the main clause starts when the date qualifies the noun of an opening phrase with no verb, set off by a
    comma ("In a [Sept. 29, 2008] incident according to the congressional memo, a gas line blew apart", "During the
    [2003] raid, police found propofol"; events.yaml title_dated_opening_phrase_examples): the phrase only names the
    occasion the main clause tells, and without the date it would be all the title keeps ("An incident"); 0 when the
    date is not a noun's modifier in such a phrase ("In a 2008 interview he said": no comma; "In 2008, X": no noun)."""
    head = text[: cut[0]].split()
    if len(head) < 2 or len(head) > OPENING_ADVERBIAL_WORDS or _first_verb(head) >= 0 \
            or _clean(head[0]) not in lexicon().opening_prepositions \
            or _clean(head[-1]) not in _title_rules("title_phrase_adjective_determiners") \
            or any(" ".join(_clean(w) for w in head).startswith(p + " ")
                   for p in _title_rules("title_reduced_participle_sources")):
        return 0  # ("According to a [2007] memo ..., X": the memo is the source, which the title keeps as a report)
    comma = text.find(",", cut[1])
    while comma > 0 and _is_place_part(text[comma + 1: text.find(",", comma + 1)]):
        comma = text.find(",", comma + 1)  # "an interview with the StarNews of Wilmington, | North Carolina, | Hicks"
    rest = text[cut[1]: comma].split() if comma > 0 else []
    if not rest or len(rest) > OPENING_ADVERBIAL_WORDS or not rest[0].isalpha() \
            or _clean(rest[0]) in lexicon().stopwords or _first_verb(rest) >= 0:
        return 0
    told = text[comma + 1:].split()
    verb = _first_verb(told[: OWN_SUBJECT_WORDS + 1])
    opens = bool(told) and (told[0][:1].isupper() or _clean(told[0]) in _DETERMINERS)
    return comma + 1 + (len(text[comma + 1:]) - len(text[comma + 1:].lstrip())) if verb > 0 and opens else 0


_DO_FORMS = frozenset({"do", "does", "did"})  # the auxiliary of a negated verb, which the verb lexicon leaves out
OWNER_WORDS = 5  # "Dr Murray", "Libyan leader Moammar Gadhafi": how long the main clause's subject may be


def _owner_named(phrase: list[str], subject: Sequence[str]) -> list[str]:
    """ "his six-week trial" -> "Dr Murray's six-week trial": a possessive pronoun that opens the noun phrase a
    relative clause qualifies stands for the main clause's subject when that subject is a name it fits ("Dr Murray
    did not give evidence during his six-week trial, which ended ..."); else the phrase as it stands."""
    kind = pronoun_class(phrase[0]) if _clean(phrase[0]) in lexicon().possessive_pronouns else ""
    while subject and _clean(subject[-1]) in _DO_FORMS:
        subject = subject[:-1]  # "Dr Murray did [not give]"
    owner = " ".join(w.rstrip(",") for w in subject)
    if not kind or not subject or len(subject) > OWNER_WORDS or not subject[0][:1].isupper() or not fits(owner, kind):
        return phrase
    return [owner + "'s", *phrase[1:]]


@cache
def _glued_sentence() -> re.Pattern[str]:
    """A sentence start run into the text before it with no stop, as a caption or a headline runs into the story
    ("... denies any wrongdoing On 8 February, 2010, Dr Murray appeared"): a capitalised opener (events.yaml
    title_sentence_openers) right after a lower-case word or a number; an article only before a lower-case word."""
    openers = sorted(events_rules()["title_sentence_openers"], key=len, reverse=True)
    words = "|".join(re.escape(str(w)) for w in openers if str(w) not in ("The", "A", "An"))
    return re.compile(rf"(?<=[a-z0-9])\s++(?=[\"“‘]?+(?:(?:{words})\s|(?:The|A|An)\s[a-z]|The\s[A-Z]))")


def _glued_starts(text: str) -> list[re.Match[str]]:
    """The sentence starts of _glued_sentence(), but not "The" + a name after a word that takes an object or a
    place ("in The Times", "told The Guardian", "hired The Monitor Group"): a newspaper's or a firm's name."""
    lex = lexicon()
    found = []
    for m in _glued_sentence().finditer(text):
        name = text[m.end():m.end() + 4] == "The " and text[m.end() + 4: m.end() + 5].isupper()
        before = text[:m.start()].rsplit(" ", 1)[-1].lower()
        after = text[m.end():].split(" ", 2)[1:2]  # the word after the opener
        if text[:m.start()].rsplit(" ", 1)[-1][:1].isupper() and before in lex.stopwords \
                or after and after[0][:1].isupper() and _first_verb([after[0].lower()]) == 0:
            continue  # "his This Is | It tour", "his | This Is It" (a capitalised verb form after the opener): a
            # title-case name, not a caption's end (not "products | On Thursday European ministers met")
            # (events.yaml title_glued_examples)
        if name and (before in lex.stopwords or before in lex.reporting_verbs or before in lex.opening_prepositions
                     or is_past(before) or before.endswith("ing")):  # "hired The Monitor Group"
            continue
        found.append(m)
    found += [m for m in _GLUED_OWNER.finditer(text) if _glued_owner(text, m)]
    found += [m for m in _GLUED_AFTER_ACRONYM.finditer(text) if _ACRONYM_END.search(text, 0, m.start())]
    return sorted(found, key=lambda m: m.start())


# a name's possessive after a lower-case word ("... after suffering a cardiac arrest | Jackson's mother filed the
# lawsuit"), and "The" + a lower-case word after an acronym ("Tony Hayward not resigning says BP | The total figure"):
# a caption's, a headline's or a lead-in's end run into the next sentence; _glued_owner tells which
_GLUED_OWNER = re.compile(r"(?<=[a-z])\s++(?=[A-Z][\w.-]*+['’]s\s)")
_GLUED_AFTER_ACRONYM = re.compile(r"(?<=[A-Z]{2})\s++(?=The\s[a-z])")
_ACRONYM_END = re.compile(r"(?:\A|\s)[A-Z]{2,}+\Z")
GLUED_OWNER_VERB_WORDS = 4  # "Russia's defense minister [yesterday] called": how far the new sentence's verb may be


def _glued_owner(text: str, m: re.Match[str]) -> bool:
    """Whether a possessive name after a lower-case word opens a sentence run into the one before (events.yaml
    title_glued_examples): the word before is a noun that takes no object (no stopword, preposition, reporting verb,
    past form, gerund or other verb form: "praised | Mexico's precautions", "with | Russia's minister"), and after
    the name's noun, within GLUED_OWNER_VERB_WORDS words, a lower-case past form stands that no "by" follows (the
    new sentence's verb, not a participle: "Gadhafi's forces backed by tanks")."""
    lex = lexicon()
    before = text[:m.start()].rsplit(" ", 1)[-1]
    low = before.lower()
    reports = {low[:-1], low[:-1] + "ed", low[:-2] + "ed", low[:-1] + "d"} & lex.reporting_verbs if low.endswith("s") \
        else set()  # "confirms | Gaddafi's son Khamis died": a report's present
    if not before.isalpha() or not before.islower() or low in lex.stopwords or low in lex.reporting_verbs or reports \
            or low in lex.opening_prepositions or is_past(low) or low.endswith("ing") or _first_verb([low]) == 0 \
            or low in _title_rules("title_glued_owner_links"):
        return False
    if _clean(text[:m.start()].rsplit(" ", 2)[-2:-1][0] if len(text[:m.start()].split()) > 1 else "") == "to":
        return False  # "to steal | Libya's oil": an infinitive's object
    after = text[m.end():].split()[1: GLUED_OWNER_VERB_WORDS + 2]
    verb = next((k for k, w in enumerate(after) if w.islower() and is_past(_clean(w)) and _clean(w) == w), -1)
    if verb < 1 or verb + 1 < len(after) and _clean(after[verb + 1]) == "by":
        return False
    between = [_clean(w) for w in after[:verb]]
    # a plain past right after the noun ("mother filed"), not an infinitive's, an auxiliary's (a complement clause
    # "evidence | Gaddafi's government had developed") nor one past "and" or a comma (an object's complement:
    # "leave | Gaddafi's government and troops besieged")
    return not any(w in ("to", "and", "or") or w in finite_words() for w in between) \
        and not any(w.endswith(",") for w in after[:verb])


PARENTHESIS_CLAUSE_WORDS = 3  # "(about 420 pigs were imported in 2008)": a clause of its own, not a gloss


def _piece_with_date(text: str, cut: tuple[int, int], other_dates: Sequence[tuple[int, int]]
                     ) -> tuple[str, tuple[int, int], list[tuple[int, int]]]:
    """The piece of a clause that holds its date, with the offsets moved: the sentence of a caption or headline run
    into another ("Dr Murray denies any wrongdoing | On 8 February, 2010, Dr Murray appeared in court"), or the
    clause in brackets that holds the date ("Officials are inspecting all imported pigs (about 420 pigs were
    imported in 2008)"); the text before a bracket left open after the date."""
    glued = _glued_starts(text)
    starts = [0] + [m.end() for m in glued if m.end() <= cut[0]]
    ends = [m.start() for m in glued if m.start() >= cut[1]] + [len(text)]
    lo, hi = starts[-1], ends[0]
    if len((text[lo:cut[0]] + " " + text[cut[1]:hi]).split()) < PARENTHESIS_CLAUSE_WORDS and len(ends) > 1:
        hi = ends[1]  # "3 March 2011 | The trial is delayed": a date that heads the sentence after it
    opened = text.rfind("(", lo, cut[0])
    closed = text.find(")", cut[1], hi)
    if opened >= 0 and ")" not in text[opened:cut[0]]:
        inside = text[opened + 1: cut[0]] + text[cut[1]: closed if closed >= 0 else hi]
        if len(inside.split()) >= PARENTHESIS_CLAUSE_WORDS and _first_verb(inside.split()) >= 0:
            lo, hi = opened + 1, closed if closed >= 0 else hi
    elif text.find("(", cut[1], hi) >= 0 and text.find(")", text.find("(", cut[1], hi), hi) < 0:
        hi = text.find("(", cut[1], hi)  # "... was reported on Monday (see" : a bracket the clause leaves open
    lo, hi = _dash_clause(text, cut, *_semicolon_clause(text, cut, lo, hi))
    if (lo, hi) == (0, len(text)):
        return text, cut, list(other_dates)
    moved = [(a - lo, b - lo) for a, b in other_dates if lo <= a and b <= hi]
    return text[lo:hi], (cut[0] - lo, cut[1] - lo), moved


def _semicolon_clause(text: str, cut: tuple[int, int], lo: int, hi: int) -> tuple[int, int]:
    """The bounds `lo`, `hi` narrowed to the clause between semicolons that holds the date, when the clauses a semicolon
    joins each have a verb ("Libyan oil money was moving freely; | in 2009, Gaddafi was presented ..." -> "Gaddafi was
    presented ...", not "... freely;, Gaddafi was presented"); not a list's items ("eight in Misrata; 20 in Zawiya")."""
    semi = text.rfind("; ", lo, cut[0])
    if semi >= 0 and _first_verb(text[lo:semi].split()) >= 0 \
            and _first_verb((text[semi + 2:cut[0]] + " " + text[cut[1]:hi]).split()) >= 0:
        lo = semi + 2
    semi = text.find("; ", cut[1], hi)
    if semi >= 0 and _first_verb(text[semi + 2:hi].split()) >= 0 \
            and _first_verb((text[lo:cut[0]] + " " + text[cut[1]:semi]).split()) >= 0:
        hi = semi
    return lo, hi


_CLAUSE_DASH = re.compile(r"\s(?:--?+|[—–])\s")


def _dash_clause(text: str, cut: tuple[int, int], lo: int, hi: int) -> tuple[int, int]:
    """The bounds `lo`, `hi` narrowed to the piece between dashes that holds the date, where the dash joins two
    clauses (events.yaml title_dash_clause_examples): after the date, a dash before a piece that opens with a finite
    verb or a subject and its verb ("arms firms returned [last November] | - was attacked by western bombs", "...
    continues to create uproar [this morning] | - it's been condemned") ends the date's piece when that piece has a
    verb; before the date, a dash after which a subject and its verb open the date's piece ("... of unrest -- |
    protests began [February 15]") starts it. A dash aside with no verb of its own stays ("raised its alert level to
    five - two steps short of a pandemic", "Two members -- Clinton and Gates -- appeared [Sunday]")."""
    dateline = _DATELINE.match(text[lo:])  # ("ALGERIA -- Protests began": the title keeps its place)
    before = [m for m in _CLAUSE_DASH.finditer(text, lo + (dateline.end() if dateline else 0), cut[0])]
    after = _CLAUSE_DASH.search(text, cut[1], hi)
    if before and any(c.islower() for c in text[lo: before[-1].start()]) \
            and _opens_own_subject_clause(text[before[-1].end(): cut[0]] + " "
                                          + text[cut[1]: after.start() if after else hi], pronoun=False):
        # (not after a heading in capitals: "* MARKET NEWS - China's refinery throughput grew" is a digest's item)
        lo = before[-1].end()  # (not a pronoun's clause: "Hayward and Barton argued - | he was briefed")
    start = before[-1].end() if before else lo  # the date's own piece: its verb is no participle that opens it
    opens = text[start:].split()[:2]  # (a subject relative's antecedent stands before the dash: "ships - which began")
    if after and _opens_clause_or_predicate(text[after.end(): hi]) and not _opens_lead_in(text[start:].split()) \
            and not (len(opens) == 2 and _clean(opens[0]) in ("who", "which", "that") and _first_verb(opens[1:]) == 0) \
            and _has_verb(_undated_words(text[start: after.start()], (cut[0] - start, cut[1] - start))) >= 1:
        hi = after.start()
    return lo, hi


def _undated_words(piece: str, cut: tuple[int, int]) -> list[str]:
    head, tail = without_date(piece, *cut)
    return [w for w in [*head, *tail.split()] if w]


def _has_verb(words: Sequence[str]) -> int:
    """Where a piece's first verb stands: a verb form (_first_verb), or a present form in "-s" after a name or a
    subject pronoun ("He touches on", "Joe Barton continues to"), which the lexicon does not list; -1 when none."""
    verb = _first_verb(words)
    present = next((k for k in range(1, len(words)) if words[k].isalpha() and words[k].islower()
                    and words[k].endswith("s") and not words[k].endswith(("ss", "us", "is"))
                    and words[k] not in lexicon().stopwords and not is_adverb(words[k])
                    and (words[k - 1][:1].isupper() or _clean(words[k - 1]) in lexicon().subject_pronouns)), -1)
    return min((k for k in (verb, present) if k >= 0), default=-1)


def _opens_own_subject_clause(piece: str, pronoun: bool = True) -> bool:
    """Whether a piece opens with a subject of its own (a capital, a determiner or, with `pronoun`, a subject pronoun;
    at most OWN_SUBJECT_WORDS words, no comma) and its verb: "protests began", "Gadhafi's aerial forces targeted"."""
    words = piece.split()
    lex = lexicon()
    if words and _clean(words[0]).split("'")[0] in lex.subject_pronouns and not pronoun:
        return False
    if not words or not (words[0][:1].isupper() or _clean(words[0]) in _DETERMINERS | lex.subject_pronouns
                         or words[0].isalpha() and words[0].endswith("s") and not words[0].endswith(("ss", "us"))
                         and words[0] not in lex.stopwords | lex.opening_prepositions and _first_verb(words[:1]) < 0
                         and not is_adverb(words[0])):  # "protests began"
        return False
    verb = _main_verb(words[: OWN_SUBJECT_WORDS + 1])
    elliptic = lex.ordinals | lex.superlatives | _title_rules("title_elliptic_subject_words")
    # (not a noun the subject leaves unsaid: "the last [pandemic] in 1968 killed")
    # (an adverb before a participle is no clause's verb: "a balance of opinion virtually unchanged")
    return verb >= 1 and not any(w.endswith((",", ";", ":")) for w in words[:verb]) \
        and not is_adverb(_clean(words[verb - 1])) \
        and _clean(words[0]) not in lex.leading_words | PHRASE_OPENERS \
        and not any(_clean(w) in elliptic for w in words[1:verb])


def _opens_clause_or_predicate(piece: str) -> bool:
    """Whether a piece after a dash opens a clause ("it's been condemned", "Gadhafi's regime planted") or a
    predicate whose subject stands before the dash's aside ("was attacked by western bombs"): its first word a
    finite verb, or a subject and its verb."""
    words = piece.split()
    if not words:
        return False
    first = _clean(words[0]).replace("’", "'")
    if words[0].islower() and (first in finite_words() or first.split("'")[0] in lexicon().subject_pronouns
                               and "'" in first):
        return True  # "was attacked", "it's been condemned"
    return _opens_own_subject_clause(piece)


NOUN_EVENT_OWNER_WORDS = 5  # "Former Prime Minister Tony Blair's visit": how long the owner may be
_POSSESSIVE_END = re.compile(r"['’]s?\Z")


@cache
def _noun_events() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in events_rules()["title_noun_events"].items()}


@cache
def _of_noun_events() -> dict[str, str]:
    """The event nouns told as a verb only with "of" (events.yaml title_of_noun_events) and all the rest."""
    return {**_noun_events(), **{str(k).lower(): str(v) for k, v in events_rules()["title_of_noun_events"].items()}}


@cache
def _noun_event_links() -> dict[str, str]:
    return {str(k).lower(): str(v).lower() for k, v in events_rules()["title_noun_event_links"].items()}


def _noun_event_told(words: list[str]) -> list[str]:
    """ "Jackson's death" -> "Jackson died", "The minister's resignation over X" -> "The minister resigned over X":
    a title with no verb that is an owner's event noun (events.yaml title_noun_events) tells it as a clause."""
    # the noun may be of two words ("The opening day of X's trial" -> "X's trial opened")
    size = next((k for k in (1, 2) if len(words) > k + 2 and _clean(words[k + 1]) == "of"
                 and " ".join(_clean(w) for w in words[1:k + 1]) in _of_noun_events()), 0)
    if size and _clean(words[0]) in ("the", "an", "a") and _first_verb([w for w in words if w[:1].islower()]) < 0:
        return _of_noun_event_told(words, size)  # (a name is no verb: "General Ahmed Saleh")
    if _first_verb(words) >= 0:
        return words
    for k in range(min(len(words) - 1, NOUN_EVENT_OWNER_WORDS)):
        verb = _noun_events().get(_clean(words[k + 1]))
        if verb and _POSSESSIVE_END.search(words[k]):
            owner = words[:k] + [_POSSESSIVE_END.sub("", words[k])]
            rest = words[k + 2:]
            if rest and _clean(rest[0]) == _noun_event_links().get(_clean(words[k + 1])):
                rest = rest[1:]  # "Blair's visit to Libya" -> "Blair visited Libya": the verb takes no "to"
            return owner + verb.split() + rest
        if words[k].endswith((",", ";", ":")):
            return words
    return words


def _of_noun_event_told(words: list[str], size: int = 1) -> list[str]:
    """ "The fall of the Tunisian regime" -> "The Tunisian regime fell", "The killing of General X" -> "General X was
    killed": an event noun whose "of" names what it happened to, told with the noun's verb after that noun phrase
    (up to its first preposition; "were" for a plural common noun); words[1:1 + size] is in title_noun_events."""
    phrase = words[size + 2:]
    if not phrase:
        return words
    end = next((k for k, w in enumerate(phrase) if k and _clean(w) in PHRASE_OPENERS | {"of"}), len(phrase))
    if any(w.endswith((",", ";", ":")) for w in phrase[:end - 1]) or pronoun_class(phrase[0]) \
            or _clean(phrase[0]) in _OBJECT_PRONOUNS or not _reads_as_noun_phrase(phrase) \
            or any(w[:1].islower() and is_adverb(_clean(w)) for w in phrase):
        # "The release of them", a list or an aside, a verb the lexicon does not know ("The arrest of X sparks a
        # riot"), an adverb a cut left ("General X just"): left as it stands
        return words
    phrase = phrase[:end - 1] + [phrase[end - 1].rstrip(",;:")] + phrase[end:]  # "the civil war,"
    head = phrase[end - 1]
    verb = _of_noun_events()[" ".join(_clean(w) for w in words[1:1 + size])].split()
    if verb[0] == "was" and head[:1].islower() and head.endswith("s") and not head.endswith("ss"):
        verb = ["were", *verb[1:]]  # "The release of the hostages" -> "The hostages were released"
    return [phrase[0][:1].upper() + phrase[0][1:], *phrase[1:end], *verb, *phrase[end:]]


@cache
def _conjunct_date() -> re.Pattern[str]:
    """ "... oil | and on | [Tuesday] said": "and" and the date's own prepositions (events.yaml
    title_conjunct_date_words) right before a date, after a word."""
    words = "|".join(re.escape(str(w)) for w in _title_rules("title_conjunct_date_words"))
    return re.compile(rf"(?<=[^\W\d_]{{2}})\s++and\s++(?:(?:{words})\s++){{0,2}}+\Z", re.IGNORECASE)


def _dated_conjunct(text: str, cut: tuple[int, int]) -> tuple[str, int] | None:
    """ "The former soldier has accused Western powers of X and [on Tuesday] said they were waging a war" -> "The
    former soldier [on Tuesday] said they were waging a war": when the date opens the second of two predicates
    joined by "and" with no comma (the comma's case is a clause break of its own), the date is that predicate's, and
    dropping the date with its "and" would run the two together ("... of X said they"); the title is the first
    predicate's subject with the second predicate, or the second clause alone when it has a subject of its own
    ("... and on Friday the rebels hit the town"). The new text and how far the date moved, or None."""
    lead = _conjunct_date().search(text, 0, cut[0])
    if lead is None:
        return None
    before = text[: lead.start()].split()
    verb = _main_verb(before)
    if verb < 1:
        verb = _plural_present_verb(before)
    after = text[cut[1]:].split()
    if not before or _clean(before[-1]) in _calendar_words() | lexicon().number_words or before[-1][-1:].isdigit():
        return None  # "during June and [July]": one span of two dates
    if verb < 1 or not after or any(w.endswith((",", ";", ":")) for w in before[:verb]) \
            or _clean(before[0]) in lexicon().leading_words:
        return None  # ("When X arrived and on Monday ...": a subordinate clause; "X, Y and on Monday": a list)
    opens = _conjunct_opens(after)
    if opens == "predicate":  # "... and on Tuesday | said": the first one's subject
        subject = list(before[:verb])
        while len(subject) > 1 and subject[-1][:1].islower() and is_adverb(_clean(subject[-1])):
            subject.pop()  # "The company also | said": an adverb of the first predicate
        head = " ".join(subject) + " "
    elif opens == "clause":
        head = ""  # "... and on Friday | the rebels hit the town": a clause of its own
    else:
        return None
    return head + text[cut[0]:], len(head) - cut[0]


def _plural_present_verb(before: Sequence[str]) -> int:
    """Where a plain present verb stands after a short plural subject the lexicon cannot tell from it ("The rebels |
    deny any links"): "The" and a lower-case plural noun, then a lower-case word that is no stopword, adverb or "-s"
    form; -1 otherwise (the first predicate's verb is found by _main_verb when it is a past or auxiliary)."""
    if len(before) < 4 or _clean(before[0]) != "the":
        return -1
    noun, verb = before[1], _clean(before[2])
    plural = noun.islower() and noun.isalpha() and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
    plain = before[2].isalpha() and before[2].islower() and not verb.endswith("s") and not is_adverb(verb) \
        and verb not in lexicon().stopwords and not verb.endswith(("ing", "ed"))
    return 2 if plural and plain else -1


_COMMA_AND = re.compile(r",\s++and\s++(?=[a-z])")
SECOND_PREDICATE_WORDS = 12  # "and only resumed contacts in": how far before its date the second predicate may open


def _dated_second_predicate(text: str, cut: tuple[int, int]) -> tuple[str, int] | None:
    """ "The United States and Libya have been estranged for decades, and only resumed contacts [in 2003]" -> "The
    United States and Libya resumed contacts [in 2003]": when the date stands in the second of two predicates that
    ", and" joins, the first one a state or another time's act, the second its own past form after adverbs at most
    (they tie it to the first: "only", "then", "later"), the title is the first predicate's subject with the
    second predicate. The subject is the words before the first verb, with no comma among them; not after "was" or
    "were" ("The town was shelled, and destroyed [on Friday]": a passive's participle, whose "was" is the first's).
    The new text and how far the date moved, or None."""
    found = [m for m in _COMMA_AND.finditer(text, 0, cut[0])]
    state = False  # no comma: only after a state's "was" ("was on board Deepwater and told the Guardian [in May]")
    if not found:
        found = [m for m in _BARE_AND.finditer(text, 0, cut[0])]
        state = True
    if not found:
        return None
    m = found[-1]
    after = text[m.end(): cut[0]].split()
    if not after or len(after) > SECOND_PREDICATE_WORDS:
        return None
    verb = 0
    while verb < len(after) - 1 and is_adverb(_clean(after[verb])):
        verb += 1
    low = _clean(after[verb])
    if not is_past(low) or low in lexicon().auxiliaries or after[verb] != low \
            or any(w.endswith((",", ";", ":")) for w in after):
        return None
    before = text[: m.start()].split()
    first = _main_verb(before)
    if state and not _was_state(before, first):
        return None
    if first < 1 or first > OWNER_WORDS + 3 or any(w.endswith((",", ";", ":")) for w in before[:first]) \
            or _clean(before[first]) in {"was", "were"} and not state \
            or _clean(before[0]) in lexicon().leading_words | lexicon().subject_pronouns - {"it"} \
            or not (before[0][:1].isupper() or _clean(before[0]) in _DETERMINERS):
        return None
    subject = before[:first]
    while len(subject) > 1 and subject[-1][:1].islower() and is_adverb(_clean(subject[-1])):
        subject.pop()  # "The company also | had": an adverb of the first predicate
    head = " ".join(subject) + " "
    start = m.end() + text[m.end():].find(after[verb])
    return head + text[start:], len(head) - start


_BARE_AND = re.compile(r"(?<=[^\W\d_]{2})\s++and\s++(?=[a-z])")
_CLAUSE_AND = re.compile(r"(?<=[^\W\d_]{2}),?+\s++and\s++(?=[A-Za-z])")


def _dated_clause_after_state(text: str, cut: tuple[int, int]) -> tuple[str, int] | None:
    """ "opposition forces are on the run and the defiant government suffered the defection of its foreign minister
    [Wednesday]" -> "The defiant government suffered the defection ...": when the date stands in the second of two
    clauses "and" joins, that one a past act with a subject of its own (a determiner or a capital opens it, its past
    verb within OWN_SUBJECT_WORDS words) and the first a present state (its first verb one of events.yaml
    title_present_state_verbs: "are", "is", "has"), the state is the writer's now and no event of the date; the
    two joined read as one act of that day. The new text and how far the date moved, or None. Near misses: a past
    first clause ("Rebels took Brega and troops shelled Ajdabiya [on Monday]": one day's two acts stay), a second
    predicate with no subject of its own."""
    found = list(_CLAUSE_AND.finditer(text, 0, cut[0]))
    if not found:
        return None
    m = found[-1]
    after = text[m.end(): cut[0]].split()
    if not after or any(w.endswith((",", ";", ":")) for w in after) \
            or not (after[0][:1].isupper() or _clean(after[0]) in _DETERMINERS) or pronoun_class(after[0]):
        return None
    verb = _main_verb(after[1: OWN_SUBJECT_WORDS + 1]) + 1
    if verb < 1 or not is_past(_clean(after[verb])) or _clean(after[verb]) in lexicon().auxiliaries \
            or after[verb] != _clean(after[verb]):
        return None
    before = text[: m.start()].split()
    first = _main_verb(before)
    if first < 1 or _clean(before[first]) not in _title_rules("title_present_state_verbs"):
        return None
    start = m.end()
    return text[start:], -start


def _was_state(before: Sequence[str], first: int) -> bool:
    """Whether the first predicate is a past state told with "was"/"were" and a place or role, not a passive or a
    progressive ("was on board Deepwater", "was in Tripoli"; not "was arrested", "was flying", "was to", "was
    not"): a second predicate after a bare "and" is an act of its own, which its own date dates."""
    if first < 1 or first + 1 >= len(before) or _clean(before[first]) not in {"was", "were"}:
        return False
    following = _clean(before[first + 1])
    return following in _title_rules("title_state_after_was") and "and" not in {_clean(w) for w in before[first + 1:]}


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(name.lower() for names in (*language.weekdays(), *language.months()) for name in names)


def _conjunct_opens(after: Sequence[str]) -> str:
    """What the words after a date that follows "and" open: "predicate" (a past form: "and on Tuesday | said"),
    "clause" (a subject of its own and its verb: "and on Friday | the rebels hit"), or ""."""
    if not after:
        return ""
    if after[0][:1].islower() and _first_verb(after[:1]) == 0 \
            and (is_past(_clean(after[0])) or _clean(after[0]) in lexicon().auxiliaries & {"was", "were", "had"}):
        return "predicate"  # (not "and this year | will be implementing": a plan the date times, not a second act)
    if (after[0][:1].isupper() or _clean(after[0]) in _DETERMINERS) and _main_verb(after[1:OWN_SUBJECT_WORDS + 1]) >= 0:
        return "clause"
    return ""


# "and" between two predicates (a comma before it or not), after a word
_PREDICATE_AND = re.compile(r"(?<=[^\W\d_]{2}),?+\s++and\s++(?=[a-z])")


def _later_predicate(text: str, start: int, date: int) -> re.Match[str] | None:
    """The "and" that opens the second of two predicates holding the date at `date` ("arrived [on 4 April] | and
    developed flu symptoms [four days later]"): the last "and" between `start` and the date whose next word is a
    past form (or "was", "were", "had"), with no comma or other "and" after it before the date, at most
    SECOND_PREDICATE_WORDS words from it; None when there is none."""
    found = list(_PREDICATE_AND.finditer(text, start, date))
    if not found:
        return None
    lead = found[-1]
    after = text[lead.end(): date].split()
    if not after or len(after) > SECOND_PREDICATE_WORDS or any(w.endswith((",", ";", ":")) for w in after) \
            or _conjunct_opens(after) != "predicate":
        return None
    return lead


def _dated_later_predicate(text: str, cut: tuple[int, int],
                           other_dates: Sequence[tuple[int, int]]) -> tuple[tuple[str, int], int] | None:
    """ "The boy arrived in Brownsville [on 4 April] and developed flu symptoms [four days later]" -> "The boy
    developed flu symptoms [four days later]": when the event's date stands in the second of two predicates joined
    by "and" and another date stands in the first, each predicate is its own date's event; the title is the first
    predicate's subject with the second predicate. The new text and how far the date moved, and where the kept
    text started in the old one; or None."""
    earlier = [end for start, end in other_dates if end <= cut[0]]
    if not earlier:
        return None
    lead = _later_predicate(text, max(earlier), cut[0])
    if lead is None:
        return None
    before = text[: lead.start()].split()
    verb = _main_verb(before)
    barriers = _title_rules("title_later_predicate_barriers")
    if verb < 1 or any(w.endswith((",", ";", ":")) for w in before[:verb]) \
            or _clean(before[0]) in lexicon().leading_words or any(_clean(w) in barriers for w in before[verb:]):
        return None  # a subordinate clause, a list before the verb; a clause or report whose own subject acts
    subject = list(before[:verb])
    while len(subject) > 1 and subject[-1][:1].islower() and is_adverb(_clean(subject[-1])):
        subject.pop()  # "The company also | had": an adverb of the first predicate
    head = " ".join(subject) + " "
    return (head + text[lead.end():], len(head) - lead.end()), lead.end()


def _without_later_conjunct(text: str, cut: tuple[int, int] | None, other: tuple[int, int]) -> str:
    """The text without the predicate or clause that another date after the event's own opens after "and" ("The
    rebels took the port [on Thursday] | and on Friday hit the town"), or stands in after "and" ("The boy arrived [on
    4 April] | and developed flu symptoms [four days later]"): it is that date's event, and dropping the date
    with its "and" would run it into this one's ("took the port hit the town")."""
    if cut is None or other[0] < cut[1]:
        return text
    lead = _conjunct_date().search(text, cut[1], other[0])
    if lead is None:
        later = _later_predicate(text, cut[1], other[0])
        return text[: later.start()] if later is not None else text
    if not _conjunct_opens(text[other[1]:].split()) \
            or lead.group().split() == ["and"] and not text[cut[1]: lead.start()].strip(" ,"):
        return text  # ("during June and July visited": one span of two dates, not a second predicate)
    return text[: lead.start()]


def _unless_in_name(match: re.Match[str]) -> str:
    """A bracket dropped from a long title, unless it stands inside a name ("BP Exploration Company (Colombia) Ltd",
    whose cut would leave "Company Ltd", and shorten may then cut the name short)."""
    return match.group() if _bracket_in_name(match) else ""


def _bracket_in_name(match: re.Match[str]) -> bool:
    """Whether the bracket stands between two capitalised words and opens with a capital: one unit of a name."""
    text, start, end = match.string, match.start(), match.end()
    before = text[:start].rstrip().rsplit(" ", 1)[-1]
    after = text[end:].lstrip().split(" ", 1)[0]
    inside = text[start:end].strip()
    return before[:1].isupper() and after[:1].isupper() and inside[1:2].isupper()


_AND_AFTER_DATE = re.compile(r"[^,;:]*?\band\s++(\w++)")


def _without_present_conjunct(text: str, cut: tuple[int, int]) -> str:
    """The text without a second predicate in the writer's present after a past act's date ("led a delegation to
    Libya [in 2004] | and is visiting Tripoli"; events.yaml title_present_conjunct_openers): it is not that date's;
    the first "and" after the date, before any comma, opens it, and the clause's first verb before the date is a past
    form ("led"), not "is" or "has" (a present state the date only times)."""
    found = _AND_AFTER_DATE.match(text, cut[1])
    if found is None or found.group(1).lower() not in _title_rules("title_present_conjunct_openers"):
        return text
    between = text[cut[1]: found.start(1)].split()[:-1]
    if _first_verb(between) >= 0 or any(_clean(w) in ("that", "who", "which") for w in between):
        return text  # "told reporters [Monday] that Gadhafi has declared war ... and is committing": the "and" is
        # the reported clause's, whose own verb is no past act
    before = text[: cut[0]].split()
    verb = _first_verb(before)
    past = _clean(before[verb]) if verb >= 0 else ""
    if not (is_past(past) and past not in lexicon().auxiliaries or past in ("had", "was", "were")):
        return text  # ("led", "had resigned", "was elected"; not "is", "has been")
    return text[: found.start(1)].rstrip()[: -len("and")].rstrip()


def make_title(text: str, cut: tuple[int, int] | None, other_dates: Sequence[tuple[int, int]] = (),
               whole: bool = False) -> str:
    """A short readable title from a clause, with the date phrases (the event's own `cut` and any
    `other_dates` inside the clause) and the prepositions that introduce them cut out; `whole` keeps the clause
    cleaned but not shortened (a fragment's last fallback: fuller_title)."""
    lex = lexicon()
    dated = cut is not None
    if cut is not None:
        text, cut, other_dates = _piece_with_date(text, cut, other_dates)
        conjunct = _dated_conjunct(text, cut) or _dated_second_predicate(text, cut) or _dated_clause_after_state(text, cut)
        if conjunct:
            text, shift = conjunct
            cut = (cut[0] + shift, cut[1] + shift)
            other_dates = [(a + shift, b + shift) for a, b in other_dates if a + shift >= 0]
        elif later := _dated_later_predicate(text, cut, other_dates):
            (text, shift), kept_from = later
            cut = (cut[0] + shift, cut[1] + shift)
            other_dates = [(a + shift, b + shift) for a, b in other_dates if a >= kept_from]  # (the first's go)
        head_words, _ = without_date(text, *cut)
        contact = contact_relative(head_words, text[cut[1]:])
        if contact:
            return make_title(" ".join(contact + contact_complement(text[cut[1]:])), None)
        relative = relative_clause(head_words)
        if relative and _clean(relative[-2]) in _title_rules("title_span_nouns"):
            # "explosions echoed across the capital | in a three-hour span that began [late Monday]": the span only
            # times the main clause, which is the event
            opener = max((k for k in range(len(head_words) - len(relative))
                          if _clean(head_words[k]) in PHRASE_OPENERS), default=0)
            return make_title(" ".join(head_words[:opener]), None) if opener else ""
        if relative:
            return make_title(" ".join(relative), None)
        main = _after_dated_opening_phrase(text, cut)
        if main:  # "In a [2008] incident ..., a gas line blew apart": the main clause, undated in its own words
            other_dates = [(a - main, b - main) for a, b in other_dates if a >= main]
            return make_title(text[main:], None, other_dates)
        opened = _after_opening_adverbial(text, cut)
        if opened:
            other_dates = [(a - opened, b - opened) for a, b in other_dates if a >= opened]
            text, cut = text[opened:], (cut[0] - opened, cut[1] - opened)
        own = _own_relative_clause(text, cut) or _reduced_participle(text, cut) or _dated_subject_participle(text, cut)
        if own:
            text, shift = own
            cut = (cut[0] + shift, cut[1] + shift)
            other_dates = [(a + shift, b + shift) for a, b in other_dates if a + shift >= 0]
    if cut is not None:
        text = _without_present_conjunct(text, cut)
    text, cut, other_dates = without_that_adverbials(text, cut, other_dates)
    text, cut, other_dates = without_subject_asides(text, cut, other_dates)
    # "had been foreign minister since 2004" (not "every virus circulated since 1918 has been"): the state's verb
    # stands before its date
    since = cut is not None and _SINCE_STATE_BEFORE.search(text[: cut[0]]) is not None
    after_date = 0  # how many words follow the event's own date: where it stood, counted from the end
    for start, end in sorted([c for c in [cut, *other_dates] if c is not None], reverse=True):
        shorter = _without_later_conjunct(text, cut, (start, end)) if (start, end) != cut else text
        if shorter is not text:
            text = shorter
            continue
        head_words, tail = without_date(text, start, end)
        text = " ".join(head_words) + " " + tail
        if (start, end) == cut:
            after_date = len(tail.split())
    text = without_asides(after_chrome(SPACES.sub(" ", without_quotation_marks(PARTY_TAG.sub(_without_party_tag, text)))))
    if len(text.split()) > lex.title_words:  # a long title drops its glosses; a short one may keep "(CPA)"
        text = PARENTHESIS.sub(_unless_in_name, text)
    text = SPACES.sub(" ", text).strip(" ,;:.-—–")
    text = LEADING_JUNK.sub("", PHOTO_CREDIT.sub("", text, count=1), count=1)
    dateline = _DATELINE.match(text)
    text = _DASH_CLOCK_TAIL.sub("", text[dateline.end():] if dateline else text, count=1)
    words = without_time_opener(without_leading_report(without_expletive(without_subject_cleft(
        without_label(text.split(" "))))))
    words = without_dash_lead_in(words)
    dated_at = len(words) - after_date if cut is not None else -1
    headline = headline_words(words)
    background = _without_background_clause(headline, words, dated_at, dated)  # ("As fighting raged": no participle's)
    words = background if background is not headline else _without_opening_participle(headline, words, dated_at)
    words = without_setting_phrase(words)  # "With the oil being pushed ..., Louisiana declared": the main clause
    words = act_not_reaction(_without_subject_participle_aside(notice_event(words)))
    if since:  # "had been foreign minister since 2004": the state began then
        words = _state_begun(words)
    if not whole:
        words = shorten(words, dated_at=max(0, len(words) - after_date) if cut is not None else 0)
    words = _without_speaker_comma(_without_open_ends(_noun_event_told(_without_context_adverbs(words))))

    # (a step may leave an emptied word: "One MP, [in 2006,] tried" keeps no double space)
    title = REPEATED_COMMAS.sub(",", SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(w for w in words if w)))
    title = _first_bullet_item(title.strip(TITLE_EDGES))
    if dateline:
        title = with_dateline_place(title, dateline.group(1))
    return title[:1].upper() + title[1:]


# "... included: -- One military vehicle storage facility near Al Khums; -- One military facility ...": a list set
# out in dashed items after a colon
_BULLET_LIST = re.compile(r":\s++(?:--|[—–*•])\s++([^;:]++)(?:;.*+)?+\Z")


def _first_bullet_item(title: str) -> str:
    """The title with a list set out in dashed items after its colon cut to the first item, run into the clause
    ("NATO said key targets hit included: -- One military vehicle storage facility; -- ..." -> "... included one
    military vehicle storage facility"; events.yaml title_bullet_list_examples): the items are a factbox's lines."""
    found = _BULLET_LIST.search(title)
    if found is None:
        return title
    item = found.group(1).strip(TITLE_EDGES)
    first = item.split(" ", 1)[0]
    if _clean(first) in lexicon().number_words | _ARTICLES:
        item = first.lower() + item[len(first):]  # "One military vehicle" -> "one military vehicle"
    return title[: found.start()] + " " + item


@cache
def _notice_frame() -> re.Pattern[str]:
    """A predicate of notice or trouble ("made headlines", "grabbed the world's attention", "hit problems", "BP's
    woes ... increased") and the "when" or "by" that opens the clause telling what happened (events.yaml
    title_notice_frames, title_notice_openers)."""
    frames = "|".join(f"(?:{f})" for f in events_rules()["title_notice_frames"])
    openers = "|".join(re.escape(str(w)) for w in events_rules()["title_notice_openers"])
    # up to three words (a date's leftover, "this spring") may stand between the frame and its opener
    return re.compile(rf"(?:\A|(?<= ))(?:{frames})((?: [\w'’-]++){{0,3}}?),? ({openers}) (?=\S)")


@cache
def _notice_frame_end() -> re.Pattern[str]:
    """A clause that ends with a predicate of notice or trouble and at most its date ("made headlines in
    February")."""
    frames = "|".join(f"(?:{f})" for f in events_rules()["title_notice_frames"])
    return re.compile(rf"(?:\A|(?<= ))(?:{frames})(?: [\w'’-]++){{0,3}}?[\s,]*+\Z")


@cache
def _notice_then_event() -> re.Pattern[str]:
    """A predicate of notice and, within a date's few words, the "when" or "by" that opens what happened."""
    frames = "|".join(f"(?:{f})" for f in events_rules()["title_notice_frames"])
    # ("by" opens the event only before a gerund: "by accusing", not "by Tuesday")
    openers = "|".join(re.escape(str(w)) + (r"(?=\s++[a-z-]*ing\b)" if w == "by" else "")
                       for w in events_rules()["title_notice_openers"])
    return re.compile(rf"(?:{frames})(?:[\s,]++[\w'’-]++){{0,4}}?[\s,]++(?:{openers})\s", re.IGNORECASE)


def drops_notice_event(title: str, quote: str) -> bool:
    """Whether the title ends on a predicate of notice ("Dabbashi made headlines") whose sentence goes on with
    the "when" or "by" clause that tells what happened: the title keeps the frame and loses the event."""
    return _notice_frame_end().search(title.lower().rstrip(" .")) is not None \
        and _notice_then_event().search(quote) is not None


def notice_event(words: list[str]) -> list[str]:
    """ "The senator made headlines by accusing the regime ..." -> "The senator accused the regime ...": a predicate
    of notice only tells that something happened; its "by" clause is the event, done by the frame's subject.
    Words unchanged where no such frame is followed by a gerund's clause (a "when" clause: dated_when_clause)."""
    low = " ".join(w.lower() for w in words)
    match = _notice_frame().search(low)
    if match is None:
        return words
    start = low[: match.start()].count(" ") if match.start() else 0
    subject = words[:start]
    opener = low[: match.start(2)].count(" ")
    clause = [w.rstrip(",") if i == 0 else w for i, w in enumerate(words[opener + 1:])]
    if len(clause) < 2:
        return words
    if match.group(2) != "by":  # a "when" clause is the title of the date's event (dated_when_clause); not here,
        return words  # where no date tells that the frame and its clause are one event
    past = past_of_gerund(_clean(clause[0]))  # "... attention by accusing the regime": the subject did it
    return [*subject, past, *clause[1:]] if subject and past and _clean(subject[0]) not in _SUBJECT_PRONOUNS else words


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that"})


REACTION_ACT_WORDS = 8  # how far after a reaction's verb the "when" clause that tells the act may open
REACTION_AGENT_WORDS = 6  # how long the agent of the act a reaction followed may be ("a call by | EU leaders |")


def act_not_reaction(words: list[str]) -> list[str]:
    """The act a title's clause reacts to, told in its place (events.yaml title_reaction_act_examples): "Obama angered
    many Democrats when he announced a plan" -> "Obama announced a plan" (a reaction verb, title_reaction_verbs, and
    a "when" clause whose pronoun is the subject); "His comments followed a call by EU leaders for Gadhafi to go" ->
    "EU leaders called for Gadhafi to go" (a reaction noun's subject that followed an event noun with its agent,
    title_followed_event_nouns). Other titles as they are."""
    verb = _first_verb(words)
    if verb < 1:
        return words
    rules = events_rules()
    low = [_clean(w) for w in words]
    if low[verb] in rules["title_reaction_verbs"]:
        for k in range(verb + 1, min(len(words) - 2, verb + 1 + REACTION_ACT_WORDS)):
            if words[k - 1].endswith((",", ";", ":")) or low[k] in ("but", "after", "before"):
                break
            if low[k] == "when" and _pronoun_of(low[k + 1], words[:verb]) and _first_verb(words[k + 2:k + 3]) == 0:
                return [*words[:verb], *words[k + 2:]]
            if low[k] == "when":
                break
        return words
    follows = next((n for n in (1, 2) if " ".join(low[verb:verb + n]) in rules["title_reaction_follows"]), 0)
    if not follows or low[verb - 1] not in rules["title_reaction_nouns"] or verb + follows + 3 >= len(words):
        return words
    at = verb + follows + (1 if low[verb + follows] in ("a", "an", "the") else 0)
    event = rules["title_followed_event_nouns"].get(low[at])
    if not event or low[at + 1] not in ("by", "from"):
        return words
    end = next((k for k in range(at + 2, min(len(words), at + 3 + REACTION_AGENT_WORDS))
                if low[k] in ("for", "to", "that", "of", "on", "against") or words[k - 1].endswith((",", ";"))), 0)
    if end <= at + 2 or words[end - 1].endswith((",", ";")) or _first_verb(words[at + 2:end]) >= 0:
        return words
    agent = words[at + 2:end]
    return [agent[0][:1].upper() + agent[0][1:], *agent[1:], *str(event).split(), *words[end:]]


def _pronoun_of(pronoun: str, subject: Sequence[str]) -> bool:
    """Whether a subject pronoun may stand for `subject`: "he"/"she" for a name or a person's noun, "they" for a
    plural, "it" for a thing ("The strike angered residents when they learned": "they" is not the strike)."""
    head = _clean(subject[-1])
    person = any(w[:1].isupper() for w in subject[1:]) or subject[0][:1].isupper() and len(subject) == 1 \
        or head in _person_heads()
    plural = head.endswith("s") and not head.endswith("ss") or "and" in [_clean(w) for w in subject]
    if pronoun in ("he", "she"):
        return person and not plural
    if pronoun == "they":
        return plural
    return pronoun == "it" and not person and not plural


def _without_speaker_comma(words: list[str]) -> list[str]:
    """ "The company director Khaled Kaim, said the deal was off" -> "... Khaled Kaim said ...": the comma that closed
    an apposition whose opening comma went (the title keeps the name, not the aside's marks) does not stand between
    the speaker and the reporting verb; only a name's last word, the title's one comma, before its first verb."""
    verb = _first_verb(words)
    if verb < 2 or _clean(words[verb]) not in lexicon().reporting_verbs or not words[verb - 1].endswith(",") \
            or not words[verb - 1][:1].isupper() or any(w.endswith(",") for w in words[:verb - 1]):
        return words
    return [*words[:verb - 1], words[verb - 1][:-1], *words[verb:]]


LABEL_WORDS = 6  # "A 5pm (or thereabouts) summary:", "Latest update:": how long a live blog's label may be
MIN_AFTER_LABEL_WORDS = 4  # what follows the label must be a clause of its own


# a dateline in capitals before a dash ("ALGERIA -- Protests began", "TUNISIA - An uprising"): the article's
# heading, no part of the clause (a name in capitals before a dash is no subject in running news text)
_DATELINE = re.compile(r"\A([A-Z]{3,}+(?:\s[A-Z]{3,}+){0,2}+)\s++(?:--?+|[—–])\s++(?=[A-Z])")


def with_dateline_place(title: str, dateline: str) -> str:
    """The title with its dropped dateline's place after its first verb ("ALGERIA -- Protests began over food prices"
    -> "Protests began in Algeria over food prices"), where a preposition or nothing follows the verb (not between a
    verb and its object) and the title does not name the place already; else the title as it is."""
    place = " ".join(w.capitalize() for w in dateline.split())
    words = title.split()
    verb = _first_verb(words)
    if place.lower() in title.lower() or verb < 0:
        return title
    if verb + 1 < len(words) and _clean(words[verb + 1]) not in lexicon().opening_prepositions | {"over", "after"}:
        return title
    return " ".join([*words[: verb + 1], "in", place, *words[verb + 1:]])
# a clock time left alone after a dash once its date went ("11 crew members died - at around 21:49 [on April 20]"):
# the dash set it off as another piece's time (the explosion's), no time of the clause before it
_DASH_CLOCK_TAIL = re.compile(r"\s++(?:--?+|[—–])\s++(?:(?:at|around|about|shortly|just|before|after|by)\s++){0,3}+"
                              r"\d{1,2}(?:[:.]\d{2})?+(?:\s*+(?:[ap]\.?m\.?|GMT|BST|ET|local time))?+\s*+\Z", re.IGNORECASE)
DASH_LEAD_IN_WORDS = 6  # "That's what happened -": how long a lead-in before a dash may be
MIN_AFTER_DASH_WORDS = 3


def without_dash_lead_in(words: list[str]) -> list[str]:
    """The title without a quote's lead-in before a dash ("That's what happened - a hybrid formed of the 1918 virus"
    -> "A hybrid formed of the 1918 virus"): at most DASH_LEAD_IN_WORDS words that open with a pointing pronoun and
    its copula (events.yaml title_dash_lead_ins: "That's", "This is", "Here's"), then a dash and a piece of
    MIN_AFTER_DASH_WORDS words or more: the lead-in points at the piece, which tells the event. Near misses: a
    subject before a dash aside ("Libya -- ruled by Gadhafi -- is not Egypt"), a longer clause."""
    dash = next((i for i, w in enumerate(words[: DASH_LEAD_IN_WORDS + 1]) if w in ("-", "--", "—", "–")), -1)
    if dash < 1 or len(words) - dash - 1 < MIN_AFTER_DASH_WORDS:
        return words
    if not _opens_lead_in(words):
        return words
    rest = words[dash + 1:]
    return [rest[0][:1].upper() + rest[0][1:], *rest[1:]]


def _opens_lead_in(words: Sequence[str]) -> bool:
    """Whether the words open with a pointing pronoun and its copula (events.yaml title_dash_lead_ins): "That's",
    "This is"."""
    if not words:
        return False
    rules = _lead_in_rules()
    first = _clean(words[0]).replace("’", "'")
    opener = first.split("'", 1)[0]
    copula = first[len(opener):] if "'" in first else (_clean(words[1]) if len(words) > 1 else "")
    return opener in rules["pronouns"] and copula in rules["copulas"]


@cache
def _lead_in_rules() -> dict[str, frozenset[str]]:
    table = events_rules()["title_dash_lead_ins"]
    return {key: frozenset(str(w) for w in table[key]) for key in ("pronouns", "copulas")}


def without_label(words: list[str]) -> list[str]:
    """The title without a live blog's label before a colon ("A 5pm summary: BP's report lists eight findings" ->
    "BP's report lists eight findings"): two to six words with no verb, no name and no number, then a clause."""
    colon = next((i for i, w in enumerate(words[:LABEL_WORDS]) if w.endswith(":")), -1)
    rest = words[colon + 1:]
    label = words[1: colon + 1]  # past its capitalised first word: no name ("Tony Hayward:" is a speaker)
    if colon < 1 or len(rest) < MIN_AFTER_LABEL_WORDS or _first_verb(words[: colon + 1]) >= 0 \
            or any(w.strip("(")[:1].isupper() or w[:1].isdigit() for w in label):
        return words
    return rest


def _without_context_adverbs(words: list[str]) -> list[str]:
    """ "A nurse will also be allowed to testify" -> "A nurse will be allowed to testify": an adverb that ties the
    clause to the article around it (events.yaml title_context_adverbs) is dropped beside its verb, where a line
    of a timeline has nothing to add to; "but also" keeps it."""
    adverbs = _title_rules("title_context_adverbs")
    kept: list[str] = []
    for i, word in enumerate(words):
        if _clean(word) not in adverbs or word != word.lower() or not kept:
            kept.append(word)  # no context adverb here: most words (the tests below read no further)
            continue
        following = words[i + 1: i + 2]
        beside_verb = _clean(kept[-1]) in finite_words() or bool(following) and _first_verb(following) == 0
        if beside_verb and _clean(kept[-1]) not in ("but", "and"):
            if word.endswith(","):
                kept[-1] += ","
            continue
        kept.append(word)
    return kept


_SINCE_STATE_BEFORE = re.compile(r"\b(?:has|have|had) been(?: (?!since\b)[\w'’-]++){1,6}+ since\s*+\Z", re.IGNORECASE)


def _state_begun(words: list[str]) -> list[str]:
    """ "Ahmed Aboul Gheit had been foreign minister [since 2004]" -> "Ahmed Aboul Gheit became foreign minister": a
    state held since the date tells, for that date, that it began; only a role or a thing the subject became (a
    noun phrase after "been"), not a passive ("had been closed") nor a place ("had been in power")."""
    lex = lexicon()
    for k in range(1, len(words) - 1):
        if _clean(words[k]) == "been" and _clean(words[k - 1]) in ("has", "have", "had"):
            after = _clean(words[k + 1])
            noun = after in ("a", "an", "the") or not (is_past(after) or _is_gerund(after) or after in lex.stopwords
                                                       or is_adverb(after) or after.endswith("ly"))
            return words[: k - 1] + ["became"] + words[k + 1:] if noun and k - 1 > 0 else words
    return words


# a photographer's credit run into the text ("Andrew Yates/AP The government moved ..."): never part of a title
PHOTO_CREDIT = re.compile(r"\A(?:Photograph: )?+[A-Z][\w.'’-]{0,30}+(?: [A-Z][\w.'’-]{0,30}+){0,3}+"
                          r"(?:/[A-Z][\w-]{0,20}+){1,3}+(?: Features| Images| Pictures)?+ (?=[A-Z])")
# the tail of a dateline or a stamp that a clause began inside: "Reuters) - ", "Libya (CNN) -- ", "ET): ", or of a
# clock time's conversion cut with its date: "around noon (6 a.m. ET), shortly after ..." -> "ET), shortly after ..."
LEADING_JUNK = re.compile(r"\A(?:[^()\n]{0,60}+\((?:Reuters|CNN|AP|AFP|BBC)\)|[A-Z][\w.]{0,20}+\))\s?+(?:[-–—]{1,2}+|:)\s*+"
                          r"|\A(?:BST|GMT|UTC|CET|EDT|EST|ET|local(?: time)?+)\)\s?+,\s*+")
TITLE_EDGES = " ,;:.-—–*•·|"
CREDIT_WORDS = frozenset({"photograph", "photo", "picture"})  # a caption's credit that begins where a title ends
# page chrome a clause ran into: a page's time stamp ("10.27 BST", "(Updated: ... Sunday ET):"), an agency's dateline mark ("(CNN) --"), a
# page's "Last updated [at 04:16 GMT] Help", a byline "| By Reema Khrais, CNN": what follows the last one is the text
CHROME = re.compile(r"\b\d{1,2}[.:]\d{2} ?+(?:BST|GMT|UTC|CET|EDT|EST|ET)\b|\b(?:BST|GMT|UTC|EDT|EST|ET)\) ?+:|\((?:CNN|Reuters|AP|AFP|BBC)\) ?+[-–—:]{1,2}+"
                    r"|\bLast updated(?: at)?+(?: \d{1,2}[.:]\d{2}(?: GMT| BST)?+)?+ Help\b"
                    r"|\| By [A-Z][\w.'’-]{0,30}+(?: [A-Z][\w.'’-]{0,30}+){0,3}+, (?:CNN|Reuters|AP|AFP)\b")
MIN_AFTER_CHROME_WORDS = 3  # what follows a chrome mark must be a clause, not a stray word
# a U.S. politician's party and state set off by commas after the name ("Boehner, R-Ohio, said", "Rep. Dennis
# Kucinich, D-Ohio, filed"): the title keeps the name and drops the tag, so that no cut leaves the tag as its subject
PARTY_TAG = re.compile(r",\s(?:[DRI]|Dem|Rep|Ind)-[A-Z][A-Za-z.]{1,15}+(?:\s[A-Z][a-z.]{1,15}+)?+,\s(?=(\S+))")
_APPOSITION_OPENERS = frozenset({"the", "a", "an"})  # "McCain, R-Arizona, the top Republican": an apposition follows


def _without_party_tag(tag: re.Match[str]) -> str:
    """What a party tag leaves: the comma of an apposition after it ("McCain, the top Republican"), else a space
    ("McCain asserted", "Graham and a member")."""
    following = tag.group(1)
    return ", " if following[:1].isupper() or following.lower() in _APPOSITION_OPENERS else " "
# a short parenthesis (a conversion, an acronym, a gloss) inside a title: "between $1 billion (605.7 million pounds)"
PARENTHESIS = re.compile(r" ?+\([^()]{1,60}+\)(?= |[,;:.]|\Z)")


# an aside that interrupts a clause and is closed again: a relative clause between dashes ("Dr Murray - who was
# employed as X - posted a video"), or a clause set off by commas right after a "that" ("told the court that, as
# they tried to revive him, Dr Murray failed to ..."): the title reads on past it
DASH_ASIDE = re.compile(r"\s[-–—]{1,2}+\s(?:who|which|whose|whom)\s(?:[^-–—]|(?<=\w)-(?=\w)){1,200}+(?<=\s)[-–—]{1,2}+\s")
THAT_ASIDE = re.compile(r"\b(that),\s[^,]{1,120}+,\s")
# the opening of a relative clause between dashes that a clause break cut before its closing dash
OPEN_DASH_ASIDE = re.compile(r"\s[-–—]{1,2}+\s(?:who|which|whose|whom)\s[^-–—]*+\Z")


@cache
def _that_adverbial() -> re.Pattern[str]:
    """ "that | over three days in April 2009, |": an adverbial opened right after "that" (events.yaml
    title_that_adverbial_openers) and closed by a comma; group 1 is the adverbial with its comma."""
    openers = "|".join(re.escape(str(w)) for w in events_rules()["title_that_adverbial_openers"])
    quantities = "|".join(re.escape(str(w)) for w in events_rules()["title_that_quantity_openers"])
    return re.compile(rf"\bthat\s++(?!(?:{quantities})\s)((?:{openers})\s[^,;:()\[\]—–]{{1,120}}+,\s++)",
                      re.IGNORECASE)


def that_adverbials(text: str) -> list[tuple[int, int]]:
    """The spans of the adverbials put between a "that" and the clause it introduces ("testified that | over three
    days in April 2009, | Jackson received 775mg of Demerol"), each followed by a clause with its own subject and
    verb: the comma that closes one does not end the clause "that" opened."""
    found = []
    for m in _that_adverbial().finditer(text):
        told = text[m.end():].split()[: OWN_SUBJECT_WORDS + 1]
        if _first_verb(told) > 0 and _first_verb(told[:1]) < 0 and not told[0].endswith((",", ";", ":")):
            found.append(m.span(1))
    return found


SUBJECT_ASIDE_SUBJECT_WORDS = 6  # "Libya's opposition movement": how long the reported clause's subject may be
SUBJECT_ASIDE_WORDS = 25  # "who was arrested in Tripoli last year": how long the aside between the commas may be
_TOKEN = re.compile(r"\S++")


def subject_asides(text: str, opening: bool = False) -> list[tuple[int, int]]:
    """_subject_asides as a list of its own (callers may change it)."""
    return list(_subject_asides(text, opening))


# a title's text is read both ways by without_subject_asides, and a clause's again by clauses.clause_span: each once
@lru_cache(maxsize=1 << 12)
def _subject_asides(text: str, opening: bool) -> tuple[tuple[int, int], ...]:
    """The spans of the asides put between a reported clause's subject and its verb ("expressed hope that Libya's
    opposition movement | , given new protection by a U.S.-led military mission, | can organize itself"): after a
    word of events.yaml title_subject_aside_leads, a subject of a few words with no verb ends at a comma, and a
    later comma is followed by a finite verb (an auxiliary, a modal or a past form). The aside is a phrase with no
    auxiliary or modal of its own, or a relative clause; it holds no stop, colon or semicolon. Each span runs from
    the comma after the subject to the verb: its commas do not end the clause, and the title drops it. With `opening`
    (a title's text, not the clause choice: which clause a date's event is and what keys it takes stay as they are),
    also the relative clause after the text's opening subject (_opening_subject_aside)."""
    if text.count(",") < 2:
        return ()  # the subject ends with a comma and so does the aside: most texts have no two commas
    finite = finite_words()
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    leads, relatives = _title_rules("title_subject_aside_leads"), _title_rules("title_subject_aside_relatives")
    found: list[tuple[int, int]] = []
    for i, (_, _, lead) in enumerate(tokens):
        if _clean(lead) not in leads or lead.endswith((",", ";", ":", ".")) \
                or i + 1 < len(tokens) and _clean(tokens[i + 1][2]) == "that":
            continue  # "said that ...": the subject follows "that", its own lead
        subject = _subject_before_comma(tokens, i + 1)
        if subject < 0:
            continue
        aside = _aside_before_verb(tokens, subject + 1, finite)
        if aside < 0:
            continue
        words = [_clean(t[2]) for t in tokens[subject + 1: aside + 1]]
        if words[0] not in relatives and any(w in finite or w in ("and", "or") for w in words):
            continue  # "that the army, officials were told, had ...", "that the doctor, his aide and a nurse were"
        found.append((tokens[subject][1] - 1, tokens[aside + 1][0]))
    aside = _opening_subject_aside(tokens, relatives, finite, _title_rules("title_subject_aside_verb_adverbs")) \
        if opening else None
    return tuple(sorted(set(found + ([aside] if aside else []))))


OPENING_SUBJECT_WORDS = 12  # "On Tuesday his brothers Marlon, Tito and Jackie Jackson": the subject and a fronted date


def opening_subject_aside(text: str) -> tuple[int, int] | None:
    """The span of the relative clause between the text's opening subject and its main verb (_opening_subject_aside:
    "An official working for the company, which has been operating the fields, | said ..."), or None."""
    lex = lexicon()
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    return _opening_subject_aside(tokens, _title_rules("title_subject_aside_relatives"),
                                  lex.auxiliaries | lex.modals | lex.future_auxiliaries)


def _opening_subject_aside(tokens: Sequence[tuple[int, int, str]], relatives: frozenset[str],
                           finite: frozenset[str], adverbs: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The span of a relative clause between the main clause's own subject, at the text's start, and its verb ("On
    Tuesday his brothers | , who will be taking part in the concert, | defended the decision"): the opening words up to
    the relative pronoun have no verb form and no stop, and a comma and a finite verb close the aside; None when
    there is none. Its commas end no clause, and the title is the main clause's ("His brothers defended ..."). One
    of `adverbs` may stand between the comma and the verb ("Moreno-Ocampo, who said ..., | also announced")."""
    at = next((k for k, t in enumerate(tokens[:OPENING_SUBJECT_WORDS + 1])
               if k and _clean(t[2]) in relatives and tokens[k - 1][2].endswith(",")), -1)
    if at < 0 or any(_ends_sentence(t[2]) or "\"" in t[2] for t in tokens[:at]) \
            or _first_verb([t[2].strip(",") for t in tokens[:at] if t[2][:1].islower()]) >= 0:
        return None
    aside = _aside_before_verb(tokens, at, finite, adverbs)
    return None if aside < 0 else (tokens[at - 1][1] - 1, tokens[aside + 1][0])


def _ends_sentence(word: str) -> bool:
    """Whether a token ends with a stop that ends a sentence, not an abbreviation's ("U.N.", "Dr."), or a colon or
    semicolon: an aside or a subject ends there."""
    if word.endswith((";", ":", "?", "!")):
        return True
    return word.endswith(".") and word[:-1].lstrip("(\"“‘'") not in abbreviations()


def _subject_before_comma(tokens: Sequence[tuple[int, int, str]], first: int) -> int:
    """The index of the token that ends a short subject with a comma ("Libya's opposition movement,"), counted from
    `first`; -1 when a verb, a preposition or other punctuation comes first (an adverbial: that_adverbials)."""
    opening = " ".join(_clean(t[2]) for t in tokens[first: first + 2])
    quantity = any(opening == str(q) for q in events_rules()["title_that_quantity_openers"])
    if first >= len(tokens) or _clean(tokens[first][2]) in lexicon().subject_pronouns \
            or _clean(tokens[first][2]) in _title_rules("title_that_adverbial_openers") and not quantity:
        return -1  # "that on Monday, ...": an adverbial (that_adverbials); "that at least 10 people, ...": a subject
    for j in range(first, min(len(tokens), first + SUBJECT_ASIDE_SUBJECT_WORDS)):
        word = tokens[j][2]
        if _first_verb([word]) == 0 or _ends_sentence(word) or "\"" in word:
            return -1  # ("Gadhafi's pick for U.N. ambassador,": an abbreviation's stop ends nothing)
        if word.endswith(","):
            return j
    return -1


def _aside_before_verb(tokens: Sequence[tuple[int, int, str]], first: int, finite: frozenset[str],
                       adverbs: frozenset[str] = frozenset()) -> int:
    """The index of the token whose comma closes the aside that starts at `first`: the next token is a finite verb
    ("..., had also been closed"); -1 when none within SUBJECT_ASIDE_WORDS or a stop, colon or semicolon ends it."""
    for k in range(first, min(len(tokens) - 1, first + SUBJECT_ASIDE_WORDS)):
        word = tokens[k][2]
        if _ends_sentence(word) or "\"" in word:
            return -1
        following = _clean(tokens[k + 1][2])
        if following in adverbs and k + 2 < len(tokens) and not tokens[k + 1][2].endswith(","):
            following = _clean(tokens[k + 2][2])  # "..., also announced": an adverb before the verb (asides3)
        if word.endswith(",") and (following in finite or is_past(following)):
            return k
    return -1


def _names_the_subject(aside: str) -> bool:
    """Whether an aside is an apposition that names or counts the subject before it ("another school, Dolphin School
    in Battersea, London,", "the man, 45,"): it opens with a capital, an article or a digit and has no verb form; the
    title keeps it (an editor would not print "Another school had been closed")."""
    words = aside.strip(" ,").split()
    return bool(words) and (words[0][:1].isupper() or words[0][:1].isdigit() or _clean(words[0]) in ("the", "a", "an")) \
        and _first_verb(words) < 0


def without_subject_asides(text: str, cut: tuple[int, int] | None, other_dates: Sequence[tuple[int, int]]
                           ) -> tuple[str, tuple[int, int] | None, list[tuple[int, int]]]:
    """ "expressed hope that Libya's opposition movement, given new protection by a U.S.-led military mission, can
    organize itself" -> "expressed hope that Libya's opposition movement can organize itself": the text without the
    asides of subject_asides (not one whose own verb the event's date dates), with the date offsets moved (a date
    inside a dropped aside is dropped with it: `cut` None). The relative clause after the text's opening subject
    goes only when the date stands before it ("On Tuesday his brothers, who will be taking part ..., defended"): with
    no date, or a date after it, the relative clause may tell the event ("Hondros, who won the medal in 2005, ...")."""
    others = list(other_dates)
    plain = set(subject_asides(text))
    for a, b in reversed(subject_asides(text, opening=True)):
        inside = cut is not None and a <= cut[0] < b
        if inside and has_own_verb(text[a:b]) or _names_the_subject(text[a:b]) \
                or (a, b) not in plain and (cut is None or cut[1] > a) and not _dates_main_predicate(text, a, b, cut):
            continue
        shift = 1 - (b - a)
        text = text[:a] + " " + text[b:]
        cut = None if inside else cut if cut is None or cut[1] <= a else (cut[0] + shift, cut[1] + shift)
        others = [d if d[1] <= a else (d[0] + shift, d[1] + shift) for d in others if not (a <= d[0] < b)]
    return text, cut, others


def _dates_main_predicate(text: str, a: int, b: int, cut: tuple[int, int] | None) -> bool:
    """Whether the event's date (`cut`) stands after the opening subject's relative aside at (a, b), in the main
    predicate that aside kept apart from its subject ("The Organization ..., which represents 56 member states, said
    [Tuesday] that ...", "Moreno-Ocampo, who said he plans ..., also announced the probe [Thursday]"): the date is the
    main verb's, so the aside tells nothing of the event and goes (asides3), rather than being printed as a first
    predicate. A "who"/"which" aside only (events.yaml title_subject_aside_relatives, the pronoun right after the
    comma), not a dated aside ("Hondros, who won the medal in 2005, ...": the date is inside), nor one in a list or
    after an apposition ("Two ships, the USS Kearsarge, which can carry 2,000 Marines, and the USS Ponce, are ...":
    one comma before the aside and one after it, none in the subject)."""
    if cut is None or cut[0] < b or ", " in text[:a] or text[a:b].count(", ") != 2:
        return False
    opening = text[a:b].lstrip(" ,").split()[:1]
    return bool(opening) and _clean(opening[0]) in _title_rules("title_subject_aside_relatives")


def has_own_verb(adverbial: str) -> bool:
    """Whether an adverbial is a clause with a verb of its own ("when Dr Murray realized ..."), not a phrase ("over
    three days in April 2009"): a date inside such a clause dates that clause's event."""
    return _first_verb(adverbial.split()[1:]) >= 0


def without_that_adverbials(text: str, cut: tuple[int, int] | None, other_dates: Sequence[tuple[int, int]]
                            ) -> tuple[str, tuple[int, int] | None, list[tuple[int, int]]]:
    """ "he testified that over three days in April 2009, Jackson received 775mg of Demerol" -> "he testified that
    Jackson received 775mg of Demerol": the text without the adverbials of that_adverbials (not one whose own verb
    the event's date dates), a subject pronoun after a dropped subordinate clause named by the name that opens it
    ("that when Dr Murray realized ..., he ordered" -> "that Dr Murray ordered"), with the date offsets moved (a date
    inside a dropped phrase is dropped with it: `cut` None)."""
    others = list(other_dates)
    for a, b in reversed(that_adverbials(text)):
        inside = cut is not None and a <= cut[0] < b
        if inside and has_own_verb(text[a:b]):
            continue
        replacement = _pronoun_named_by(text[a:b], text[b:])
        shift = len(replacement) - (b - a)
        tail = text[b:]
        if replacement:
            tail = tail.split(" ", 1)[1] if " " in tail else ""
        text = text[:a] + replacement + tail
        cut = None if inside else cut if cut is None or cut[1] <= a else (cut[0] + shift, cut[1] + shift)
        others = [d if d[1] <= a else (d[0] + shift, d[1] + shift) for d in others if not (a <= d[0] < b)]
    return text, cut, others


NAME_WORDS = 4  # "Dr Conrad Murray": how long the name that opens a subordinate clause may be


def _pronoun_named_by(adverbial: str, told: str) -> str:
    """The name (and a space) that stands for the subject pronoun opening `told`, taken from the subordinate clause
    `adverbial` ("when Dr Murray realized the singer had died, | he ordered"): its subject when that is a name the
    pronoun fits; else ""."""
    pronoun = told.split(" ", 1)[0]
    kind = pronoun_class(pronoun) if _clean(pronoun) in lexicon().subject_pronouns else ""
    words = adverbial.split()[1:]
    name = []
    for word in words[:NAME_WORDS]:
        if not word[:1].isupper() or word.endswith(","):
            break
        name.append(word)
    if not kind or not name or len(name) == len(words) or _first_verb(words[len(name): len(name) + 1]) != 0:
        return ""
    owner = " ".join(name)
    return owner + " " if fits(owner, kind) else ""


def without_asides(text: str) -> str:
    """The text without the closed asides that interrupt its clause (DASH_ASIDE, THAT_ASIDE, a work's name)."""
    return _without_work_name(THAT_ASIDE.sub(r"\1 ", DASH_ASIDE.sub(" ", text)))


_WORK_NAME = re.compile(r",\s++(\w++)\s")  # ", titled Real Hope, Real Change: ..., won't be released"
WORK_NAME_WORDS = 16  # how long the name of a book or report set off by commas may be
_NEGATED_MODALS = frozenset({"won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "hasn't", "hadn't", "didn't",
                             "doesn't", "aren't", "weren't", "haven't", "shouldn't"})


def _without_work_name(text: str) -> str:
    """ "the governor's upcoming memoir, | titled Real Hope, Real Change: ... America, | won't be released in July" ->
    "the governor's upcoming memoir won't be released in July": the name of a work set off by commas after its noun
    (title_work_name_participles) goes when the clause's verb follows it; a long title would otherwise be cut inside
    the name and lose the verb. The name may hold commas of its own: it ends at the first comma a verb follows."""
    for m in _WORK_NAME.finditer(text):
        if m.group(1).lower() not in _title_rules("title_work_name_participles"):
            continue
        rest = text[m.end():].split(" ")
        for k, w in enumerate(rest[: WORK_NAME_WORDS + 1]):
            after = rest[k + 1].lower().strip("“”\"'") if k + 1 < len(rest) else ""
            if w.endswith(",") and after and (_first_verb([after]) == 0 or after in _NEGATED_MODALS):
                return text[: m.start()] + " " + " ".join(rest[k + 1:])
        return text
    return text


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
    frames = title_stage_frames()  # polish.yaml frames: with "that" after them or without
    phrases = [*(tuple(phrase.split()) for phrase in events_rules()["title_expletive_openers"]),
               *(frame + ("that",) for frame in frames), *frames]
    return tuple(sorted(phrases, key=len, reverse=True))  # "it emerged that" before "it emerged"


def without_expletive(words: list[str]) -> list[str]:
    """ "It has emerged that the regulator had criticised X" -> "the regulator had criticised X": an opener that
    only introduces what is told (events.yaml title_expletive_openers)."""
    low = [w.lower() for w in words[:6]]
    for phrase in _expletive_openers():
        if tuple(low[: len(phrase)]) == phrase and len(words) > len(phrase) + 2 \
                and (phrase[-1] == "that" or _opens_clause_subject(words[len(phrase) - 1], low[len(phrase)])):
            return words[len(phrase):]
    return words


def garbled_join(title: str, sentence: str) -> bool:
    """Whether a step that drops or swaps words left a join no clause has (events.yaml title_garbled_joins; examples
    in tests/events/test_dropped_words.py), a cheap last check after which the step's input stands instead:
    - a copula right before a past form that takes an object ("This was abandoned his program"), the past form
      after no copula in the sentence (a passive put back, "X was wounded in", has no object after it; "is ruled
      a homicide" told in the past stays);
    - an expletive "There"/"Here" opening the title before anything but a verb ("There confirmed by ...");
    - a name put for the "It" of a cleft ("Misrata was the volunteers from this region who took Zawiya")."""
    rules = events_rules()["title_garbled_joins"]
    words = title.split()
    low = [_clean(w) for w in words]
    said = " ".join(_clean(w) for w in sentence.split())
    objects = set(rules["objects"])
    for k in range(len(low) - 2):
        if low[k] in rules["copulas"] and is_past(low[k + 1]) and low[k + 2] in objects \
                and not any(f"{copula} {low[k + 1]}" in said for copula in rules["copulas"]):
            return True
    if len(low) > 1 and low[0] in rules["expletives"] and low[1] not in rules["expletive_verbs"]:
        return True
    if len(low) > 3 and low[0] != "it" and low[1] in rules["copulas"] \
            and f"it {low[1]} {low[2]} {low[3]}" in said and " who " in f" {' '.join(low)} ":
        return True
    return False


CLEFT_NOUN_WORDS = 8  # "the revolutionary volunteers from this region": how long a subject a cleft puts first may be


def without_subject_cleft(words: list[str]) -> list[str]:
    """ "It was the revolutionary volunteers from this region who eventually took Zawiya" -> "The revolutionary
    volunteers from this region eventually took Zawiya": a cleft that puts the doer first (events.yaml
    title_subject_cleft) is undone, so that no later step reads "It" as a pronoun to name ("Misrata was the
    volunteers who ..."). The noun phrase opens with a determiner or a name and holds no comma or verb; the word
    after "who"/"that" is a past form, or an adverb before one (not "It was the first time that the rebels took",
    "It was clear that ...")."""
    rules = events_rules()["title_subject_cleft"]
    low = [_clean(w) for w in words[: CLEFT_NOUN_WORDS + 5]]
    if len(low) < 5 or low[0] != "it" or low[1] not in rules["copulas"]:
        return words
    first = words[2]
    if not (low[2] in rules["determiners"] or first[:1].isupper()):
        return words
    for k in range(3, min(len(low) - 1, CLEFT_NOUN_WORDS + 3)):
        if words[k - 1].endswith((",", ";", ":")) or is_verb_word(low[k - 1]) and k - 1 > 2:
            return words
        if low[k] in rules["relatives"]:
            verb = k + 2 if is_adverb(low[k + 1]) and k + 2 < len(low) else k + 1
            if verb < len(low) and is_past(low[verb]):
                return words[2:k] + words[k + 1:]
            return words
    return words


def _opens_clause_subject(opener_end: str, following: str) -> bool:
    """Whether the word after an opener without "that" may start what was told ("It was confirmed a child had ..."),
    not a phrase of the opener's own ("It was confirmed by officials", "It was announced, in a statement, ...")."""
    lex = lexicon()
    return not opener_end.endswith(",") and following not in lex.opening_prepositions \
        and following not in lex.date_prepositions


TIME_CLAUSE_SUBJECT_WORDS = 4  # "the time | the first police officers arrived": how far the past form may stand


def _opens_time_clause_subject(word: str) -> bool:
    """Whether a word may open the subject of the clause after a time noun: a name, a subject pronoun, or a word
    that is no verb form and no other stopword ("police", "the"; not "has", "is", "to")."""
    low = _clean(word)
    lex = lexicon()
    return word[:1].isupper() or low in lex.subject_pronouns or low in _ARTICLES or (
        low not in lex.stopwords and _first_verb([word]) < 0)


def without_time_opener(words: list[str]) -> list[str]:
    """ "(By) the time Jackson returned to the mansion" -> "Jackson returned to the mansion": a time noun that only
    introduces the clause that tells the event (events.yaml title_time_clause_openers), when a subject follows it
    (_opens_time_clause_subject) and a past form follows that; not "The time has come to act"."""
    low = [_clean(w) for w in words[:4]]
    for phrase in events_rules()["title_time_clause_openers"]:
        size = len(str(phrase).split())
        rest = words[size:]
        if low[:size] == str(phrase).split() and len(rest) >= 2 and _opens_time_clause_subject(rest[0]) \
                and any(is_past(_clean(w)) and w[:1].islower() for w in rest[1: 1 + TIME_CLAUSE_SUBJECT_WORDS]):
            return [rest[0][:1].upper() + rest[0][1:], *rest[1:]]
    return words


LEADING_REPORT_WORDS = 5  # "The cable said,", "A senior U.S. official said,": how long a set-off attribution may be


def without_leading_report(words: list[str]) -> list[str]:
    """ "The cable said, Mutassim had assaulted ..." -> "Mutassim had assaulted ...": an attribution set off by a
    comma before what was said, when what follows has its own subject and verb."""
    lex = lexicon()
    for k in range(1, min(len(words), LEADING_REPORT_WORDS + 1)):
        if _first_verb(words[:k]) >= 0 and not (_clean(words[k]) in lex.reporting_verbs and k == _first_verb(words[:k + 1])):
            return words
        if _clean(words[k]) in lex.reporting_verbs and words[k].endswith(",") and words[k][:1].islower():
            rest = words[k + 1:]  # (not "The United States, France and Britain urged": a name's word)
            verb = _first_verb(rest)
            if 0 < verb <= LEADING_REPORT_WORDS and rest[0][:1].isupper() | (rest[0].lower() in lex.subject_pronouns) \
                    and not words[0][:1].islower():
                return rest
            return words
    return words  # punctuation and bullets that never open or close a title


@lru_cache(maxsize=1 << 16)  # a title's words are cleaned again by each check (over a million calls a topic)
def _clean(word: str) -> str:
    return word.lower().strip(",.;:!?\"“”'‘’()")


def _first_verb(words: Sequence[str]) -> int:
    """The index of the clause's first verb form (past, auxiliary, modal or future), or -1; not a given name
    (_in_name: "Ahmed Al-Taghdi")."""
    forms = verb_form_words()
    for i, word in enumerate(words):
        low = _clean(word)
        if low in forms or is_past(low) and not _in_name(words, i):
            return i
    return -1


def _in_name(words: Sequence[str], i: int) -> bool:
    """Whether a capitalised word that reads as a past form is a given name (events.yaml title_names_in_ed: "NOC's
    director, Ahmed Al-Taghdi, told", "spokesman Mohammed said"), not a verb; not "United" of "the United Nations",
    which the rest of the rules read as they always have."""
    word = words[i].lstrip("\"“‘'(")
    return word[:1].isupper() and _POSSESSIVE_END.sub("", _clean(word)) in _title_rules("title_names_in_ed")


def _but_reverses(words: Sequence[str], i: int) -> bool:
    """Whether the "but" at words[i] opens a predicate of the same subject that takes back what the title tells
    ("Rebels first took Bin Jawad, but later withdrew", "was arrested but released", "said the NTC had offered ...
    but that this offer had now expired"): cutting there would make the title say the opposite. Not a clause with a
    subject of its own ("but the rebels held the port"), which tells a second event. Examples:
    title_shorten_examples."""
    if i + 1 >= len(words):
        return False
    rest = words[i + 1:]
    end = next((k for k, w in enumerate(rest) if w.endswith((",", ";", ":"))), len(rest) - 1)
    if tells_offset(rest[:end + 1]):
        return False  # "but died five days later": another event with a time of its own (offset_conjuncts.yaml)
    after = _clean(words[i + 1])
    if after in _title_rules("title_but_reversals") or after not in lexicon().stopwords and is_past(after) \
            and not words[i + 1][:1].isupper():
        return True
    # "said X but that Y": a second thing said, by the same speaker
    return after == "that" and any(_clean(w) in lexicon().reporting_verbs for w in words[:i])


OPEN_PHRASE_WORDS = 6  # "including what he called French": how long the piece after an opener may be before "and"


@cache
def _open_phrase_openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(o).lower().split()) for o in events_rules()["open_phrase_and"]["openers"])


def inside_open_phrase(piece: Sequence[str]) -> bool:
    """Whether the words of a clause piece end inside a range or list an opener of events.yaml open_phrase_and began
    ("release between $1 billion", "17 mercenaries including what he called French", "as well as Kuwait"), so an
    "and" right after them goes on with it: at most OPEN_PHRASE_WORDS words after the opener, no "and" among them."""
    low = [_clean(w) for w in piece]
    for opener in _open_phrase_openers():
        at = next((i for i in range(len(low) - len(opener), -1, -1) if tuple(low[i:i + len(opener)]) == opener), -1)
        rest = low[at + len(opener):] if at >= 0 else []
        if at >= 0 and 0 < len(rest) <= OPEN_PHRASE_WORDS and "and" not in rest \
                and not any(w.endswith((",", ";", ":")) or w in DASHES for w in piece[at + len(opener):-1]):
            return True
    return False


_NOMINATIVE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})  # no clause ends on one ("it" may be an object)


def _opens_tail(words: Sequence[str], i: int, verb: int) -> bool:
    """Whether a title may end before words[i]: a trailing attribution ("..., officials said", "and said there
    was"), a relative or subordinate clause after a comma (", which", ", when"), or a new coordinated clause
    ("and the halt pushed back ..."). Never before the verb has its first complement."""
    lex = lexicon()
    if i <= verb + 1 or i >= len(words):
        return False
    low = _clean(words[i])
    comma = words[i - 1].endswith((",", ";", ":")) or words[i - 1] in ("--", "—", "–")
    if low == "but" and _but_reverses(words, i):
        return False  # "took Bin Jawad, | but later withdrew": the title would tell the opposite of what happened
    if low in lex.tail_openers and (comma or low in lex.tail_openers_without_comma) and not _opens_report(words, i):
        return True
    if low in lex.reporting_verbs and comma:
        return True  # "..., said the minister"
    if not comma and low not in ("and", "but"):
        return False  # what follows needs a comma or a conjunction before it (most words of a title: read no further)
    after = [_clean(w) for w in words[i + 1:i + 5]]
    if comma and low in lex.subject_pronouns and after[:1] and after[0] in lex.reporting_verbs \
            and not words[i + 1].endswith(","):
        return True  # "..., she said", not the aside in "It was, he said, that ..."
    if comma and any(w in lex.reporting_verbs for w in after[:4]) and not any(is_past(w) for w in after[:1]):
        return True  # "..., the ministry said"
    if low == "and" and (_clean(words[i - 1]) in _NOMINATIVE_PRONOUNS or _closes_list_of_names(words, i)):
        return False  # "when he | and others launched the coup": the pronoun opens a subject the "and" goes on with
    if low == "and" and not comma and inside_open_phrase(words[max(0, i - OPEN_PHRASE_WORDS - 2):i]):
        return False  # "including what he called French | and British experts had been captured": the list goes on
    if low in ("and", "but") and _opens_own_clause(words, i + 1):
        return True  # "fled the country and an interim government took over": a second event with its own subject
    if low in ("and", "but") and after[:1] and (after[0] in lex.reporting_verbs or
                                               (len(after) > 1 and after[0] in lex.subject_pronouns and
                                                (is_past(after[1]) or after[1] in lex.auxiliaries))):
        return True  # "and said ...", "and he was ..."
    return False


def _opens_report(words: Sequence[str], i: int) -> bool:
    """Whether words[i] opens or goes on with an "as" that opens what was quoted ("quoted a military source | as |
    saying ..."; events.yaml title_as_not_tail): the verb's complement, where no title ends."""
    if _clean(words[i]) == "as":
        return i + 1 < len(words) and _clean(words[i + 1]) in _title_rules("title_as_not_tail")
    return i > 0 and _clean(words[i - 1]) == "as" and _clean(words[i]) in _title_rules("title_as_not_tail")


OWN_SUBJECT_WORDS = 5  # "an interim government", "EU leaders", "coalition leaders": how long a new subject may be
_PARTICIPLE_LINKS = frozenset({"by", "of", "with", "to", "in", "at", "from", "for", "as"})  # "his son accused of"


def _opens_own_clause(words: Sequence[str], i: int) -> bool:
    """Whether words[i:] open a clause with a subject of its own and a finite verb ("an interim government took
    over", "EU leaders are due to meet"), not a second object ("and a civilian"), a second verb of the same subject
    ("and have spread") or a noun with a participle ("and his son accused of ...")."""
    lex = lexicon()
    if i >= len(words) or _first_verb(words[i:i + 1]) == 0 or _clean(words[i]) in lex.subject_pronouns:
        return False  # a pronoun subject is _opens_tail's own case
    if _clean(words[i])[:1].isdigit() or _clean(words[i]) in lex.number_words - {"a", "an"}:
        return False  # "killed and 104 were injured", "and six wounded": a second count of the same event
    if i < 2 or _first_verb(words[1:i - 1]) < 0:
        return False  # no verb of its own before ("Endangered sea turtles and ...")
    verbs = [k for k in range(1, i - 1) if _first_verb(words[k:k + 1]) == 0]
    if _clean(words[verbs[-1]]) in lex.reporting_verbs | lex.speech_verbs | {"noted", "that"}:
        return False  # "said Gadhafi and some of his advisers are": the subject of what was said, not a new clause
    if _clause_awaits_verb(words, verbs[-1], i - 1):
        return False  # "unfair that ordinary fishermen | and shopkeepers were seeing": one subject of two nouns
    # "given BP and Halliburton knew": two names before one verb are its subject together
    paired_names = words[i - 2][:1].isupper() and words[i][:1].isupper()
    for k in range(i + 1, min(len(words), i + OWN_SUBJECT_WORDS + 1)):
        low = _clean(words[k])
        if words[k - 1].endswith((",", ";", ":")) or low in _NOUN_PHRASE_WORDS and low not in ("the", "a", "an") \
                or low in ("and", "or") or low in lex.subject_pronouns:
            return False  # a list, a phrase of place or a third conjunct ("fine and stable and he was"): no subject
        if low in _title_rules("title_own_clause_subordinators"):
            return False  # "promised free | and fair elections if Gaddafi is": the verb is the "if" clause's
        if low in finite_words():
            return not (paired_names and k == i + 1)
        if (is_past(low) or low in lex.reporting_verbs) and not words[k][:1].isupper():  # "the United Kingdom"
            following = _clean(words[k + 1]) if k + 1 < len(words) else ""
            return following not in _PARTICIPLE_LINKS and not (paired_names and k == i + 1)
    return False


@cache
def _awaiting_clause() -> dict[str, frozenset[str]]:
    """events.yaml title_awaiting_clause: its word lists, lower-cased."""
    table = events_rules()["title_awaiting_clause"]
    return {str(key): frozenset(str(w).lower() for w in words) for key, words in table.items()}


def _clause_awaits_verb(words: Sequence[str], verb: int, joiner: int) -> bool:
    """Whether the words between the clause's last verb (words[verb]) and the "and" at words[joiner] are the subject
    of a clause whose verb is still to come (events.yaml title_awaiting_clause): after "that" following a verb of
    `that_verbs`, a noun or an adjective ("unfair that ordinary fishermen", "a report in Le Figaro that rocket
    launchers"), or right after a verb of `bare_clause_verbs` ("thought two-thirds of Libyan oil"). The "and" then
    joins two nouns of that subject, not two clauses."""
    table = _awaiting_clause()
    low = [_clean(w) for w in words[verb:joiner]]
    if len(low) < 2 or any(w.endswith((",", ";", ":")) or w in ("--", "-", "—", "–") for w in words[verb:joiner]):
        return False
    if low[0] in table["bare_clause_verbs"]:
        return True
    that = max((k for k in range(1, len(low) - 1) if low[k] in table["that_words"]), default=-1)
    if that < 0:
        return False
    before = low[that - 1]
    if that == 1:
        return before in table["that_verbs"]  # "seized that town": a demonstrative after an act
    return before.isalpha() and before not in lexicon().stopwords and _first_verb(words[verb + that - 1:verb + that]) < 0


def joins_awaiting_subject(words: Sequence[str], i: int) -> bool:
    """Whether words[i] is an "and"/"or" inside a subject still waiting for its verb (_clause_awaits_verb, from the
    last verb before it): "said they believed the two British tourists | and their guide had been taken" is no
    boundary where a long title may be cut."""
    if _clean(words[i]) not in ("and", "or"):
        return False
    verb = next((k for k in range(i - 1, 0, -1) if _first_verb(words[k:k + 1]) == 0), -1)
    return verb > 0 and _clause_awaits_verb(words, verb, i)


def _report_verb(words: Sequence[str], reporting: bool = False) -> int:
    """The index of the clause's first verb, past a participle with its agent in the speaker's noun phrase ("A report
    released by the commission | said") and on to "told" after "was"/"were" ("A congressional hearing was | told"):
    the verb of a speaker that closes a sentence; -1 when there is none."""
    verbs = lexicon().reporting_verbs if reporting else frozenset()  # (and "reported", which _first_verb skips)
    verb = next((k for k, w in enumerate(words) if _first_verb([w]) == 0 or _clean(w) in verbs), -1)
    while 0 < verb < len(words) - 1 and _clean(words[verb + 1]) == "by" and is_past(_clean(words[verb])):
        later = _report_verb(words[verb + 2:], reporting)  # "released | by the commission": a participle
        verb = verb + 2 + later if later >= 0 else -1
    if 0 < verb < len(words) - 1 and _clean(words[verb]) in ("was", "were") and _clean(words[verb + 1]) == "told":
        return verb + 1
    return verb


def is_bare_frame(title: str, sentence: str) -> bool:
    """ "It emerged" from "Twelve months ago BP dismissed the risk, it emerged yesterday": a title that is only an
    expletive frame (polish.yaml frames) which closes its sentence after a comma tells no event of the frame's
    date: what emerged stands before it, with a date of its own or none; "It was announced" from "since it was
    announced in July" (a pronoun's event) is not one."""
    low = tuple(_clean(w) for w in title.split() if _clean(w) not in frame_adverbs())
    if not low or low not in frame_phrases():
        return False
    words = sentence.split()
    for k in range(1, len(words)):
        if words[k - 1].endswith(","):  # the frame's words after the comma, adverbs maybe between them
            after = tuple(w for w in (_clean(x) for x in words[k: k + 2 * len(low)]) if w not in frame_adverbs())
            if after[: len(low)] == low:
                return True
    return False


_OPENING_QUOTES = frozenset({"“", '"', "‘"})


def is_bare_report(title: str) -> bool:
    """ "It said in a note to clients, received by Reuters", "A senior official said", "A report released by the
    commission said": a title whose verb reports and which tells nothing that was said (no verb after the reporting
    one) is no event."""
    words = title.split()
    verb = _report_verb(words)
    if verb < 0 or _clean(words[verb]) not in lexicon().speech_verbs:
        return False
    if any(w[:1] in _OPENING_QUOTES for w in words[1:verb]):
        return False  # "The warrant “complicates the efforts said a statement": what was said, quoted before its verb
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


def _told_verb(told: Sequence[str]) -> int:
    """The first verb of what a closing speaker told, past a past form that opens it as its subject's adjective
    ("Prolonged exposure to crude oil | is a public health danger", "Armed rebels | seized the airport"; events.yaml
    title_kept_report_examples): read as the verb, it made a view or a warning read as what happened, and the title
    dropped its teller. Not a past form before a function word ("Killed in the attack were ...")."""
    verb = _first_verb(told)
    if verb == 0 and len(told) > 2 and is_past(_clean(told[0])) and not told[0].endswith(",") \
            and told[1][:1].islower() and _clean(told[1]) not in lexicon().stopwords and _first_verb([told[1]]) < 0:
        later = _first_verb(told[1:])
        return later + 1 if later >= 0 else verb
    return verb


def _without_trailing_report(words: list[str]) -> list[str]:
    """ "All demands have been met, the head of Saudi Aramco said" -> "All demands have been met": a title that ends
    with its speaker and a reporting verb after a comma, when what stands before the comma tells what happened (a
    view or a forecast keeps its speaker: "Those responsible will be brought to justice, Obama said")."""
    closing = lexicon().reporting_verbs | language.reporting_verbs("closes_title")
    frame = _trailing_frame(words)
    if frame:  # "BP dismissed the risk, it emerged": the frame only says it became known
        return words[:frame]
    if len(words) < 4 or _clean(words[-1]) not in closing:
        return words
    for k in range(len(words) - 2, max(0, len(words) - 2 - TRAILING_REPORT_WORDS), -1):
        if words[k - 1].endswith(","):
            told = words[: k - 1]
            verb = _told_verb(told)
            # the speaker's own verb is the last word ("a report released by the commission | said")
            if _report_verb(words[k:]) == len(words) - 1 - k and verb >= 0 and _tells_what_happened(told, verb):
                return words[:k]
            return words
    return words


def _trailing_report(words: Sequence[str]) -> tuple[int, int]:
    """Where a speaker that closes the title starts (past the comma before it) and where its reporting verb stands
    ("..., | a report released by the commission | said | in an interview"), or (0, 0): a comma, up to
    TRAILING_REPORT_WORDS words with no verb of their own, a closing reporting verb, and up to REPORT_VENUE_WORDS
    words after it with no verb ("without further details", "in an interview published")."""
    closing = language.reporting_verbs("closes_title")
    for k in range(len(words) - 1, max(0, len(words) - 2 - TRAILING_REPORT_WORDS - REPORT_VENUE_WORDS), -1):
        if not words[k - 1].endswith(","):
            continue
        verb = _report_verb(words[k:], reporting=True)
        if verb < 1 or verb > TRAILING_REPORT_WORDS or _clean(words[k + verb]) not in closing:
            return 0, 0
        venue = words[k + verb + 1:]
        venue_verb = _first_verb(venue)
        if len(venue) > REPORT_VENUE_WORDS or venue_verb >= 0 and not (
                venue_verb and is_past(_clean(venue[venue_verb])) and _clean(venue[venue_verb - 1]) not in ("was", "were")):
            return 0, 0  # (a participle after the venue's noun, "an interview published", is no verb of its own)
        return k, k + verb
    return 0, 0


@lru_cache(maxsize=1 << 14)  # a pure function of the title: a cluster's titles are weighed again at each join pass
def without_closing_speaker(title: str) -> str:
    """The title without a speaker that closes it after a comma and that the title keeps for its name (kept_report:
    "Ministers defected, Libyan state television said" -> "Ministers defected"): what was told, for the rules that
    read the told act; a title that tells a report of its own ("X had agreed ..., his government said") stays."""
    kept = kept_report(title.split())
    return " ".join(kept[0]) if kept is not None else title


def _kept_source(speaker: Sequence[str]) -> bool:
    """Whether a speaker is a document, a hearing or a finding, or a party's own media (events.yaml
    title_kept_sources, title_kept_source_phrases)."""
    low = [_clean(w) for w in speaker]
    text = " " + " ".join(low) + " "
    return any(w in _title_rules("title_kept_sources") for w in low) \
        or any(f" {p} " in text for p in _title_rules("title_kept_source_phrases"))


def kept_report(words: Sequence[str], said_dated: bool = False) -> tuple[list[str], list[str]] | None:
    """What was told and the speaker (up to its verb) a title keeps together (events.yaml title_kept_sources): a
    speaker that closes the title after a comma and is a document, a hearing, a party's own media, or the speaker of
    what did not happen but is held now (a view, an expectation: "Eni expects ..."); None for the other speakers,
    whose titles end before them as they did. `said_dated`: the event's date stood after the speaker's verb ("...,
    Human Rights Watch said in a statement Wednesday"): the date is the saying's, so the speaker is kept whatever
    was told (events.yaml title_said_dated_examples), unless what was told is itself a report."""
    start, verb = _trailing_report(words)
    if not start:
        return None
    source = _kept_source(words[start:verb])  # the speaker's own words ("at his confirmation hearing" is a venue)
    venue = list(words[verb + 1:])
    participle = next((k for k, w in enumerate(venue) if _first_verb([w]) == 0), len(venue))
    if venue and _clean(venue[0]) not in _title_rules("title_report_venue_drops"):
        # "warned in a radio interview", "told members of parliament" stay; "reported without further details" and
        # the participle of "said in an interview | published" go
        verb += participle
    if _clean(words[start]) in lexicon().subject_pronouns:
        return None  # "..., he said": a pronoun names no one
    told, speaker = list(words[: start - 1]) + [words[start - 1].rstrip(",")], list(words[start: verb + 1])
    told_verb = _told_verb(told)
    present = any(reads_as_present_verb(told, k) for k in range(1, len(told) - 1))  # "Eni SpA expects the ..."
    if told_verb < 0 and not present or not _opens_clause_subject_word(told[0]):
        return None
    if told_verb < 0:
        return told, speaker  # a present view ("Eni expects ...") keeps who holds it
    # a modal's or a future's speaker is the older steps' (a forecast with its speaker may stand: _speculates)
    forecast = any(_clean(w) in lexicon().modals | lexicon().future_auxiliaries for w in told)
    if said_dated and not forecast and not _bare_definite(speaker) \
            and not any(_clean(w) in lexicon().reporting_verbs for w in told):
        # the date is the saying's: what was told is dated only as told that day (not by a bare definite that names
        # no one: "..., the doctor said Sunday")
        return told, speaker
    view = not _tells_what_happened(told, told_verb) and not forecast
    return (told, speaker) if source or view or _contested_claim(told, told_verb, speaker) else None


def _contested_claim(told: Sequence[str], verb: int, speaker: Sequence[str]) -> bool:
    """Whether what was told is a claim that needs its teller, lest it read as the writer's fact (events.yaml
    title_kept_tellers): a side's or an unnamed source's word about someone else ("Gaddafi forces halted production,
    a rebel spokesman said"; not "Rebels took the town, a rebel spokesman said": a side telling its own act), or an
    act with no agent, whose teller is the only one who names who did it ("A command centre was hit, NATO said")."""
    rules = events_rules()
    said = _report_verb(speaker, reporting=True)
    speaker = speaker[: said + 1] if said > 0 else speaker  # (not the venue: "said | in Brussels")
    low_speaker = [_clean(w) for w in speaker[:-1]]
    if any(_clean(w) in lexicon().reporting_verbs for w in told) or len(low_speaker) == 2 and low_speaker[0] == "the" \
            and low_speaker[1] not in rules["title_kept_teller_definites"]:
        # what was told is itself a report ("The envoy told the Council that ..., diplomats said"), or the teller is
        # a bare definite that names no one ("..., the spokesman said")
        return False
    if any(w in rules["title_kept_teller_heads"] for w in low_speaker):
        subject = {_clean(w).rstrip("s") for w in told[:verb]}
        return not subject & {w.rstrip("s") for w in low_speaker if w not in lexicon().stopwords}
    # a body's word ("NATO said", "the coast guard official told TAP"), not a named person's, who tells what was
    # done to someone ("The group was let go, William Hague said")
    named = any(w[:1].isupper() and not w.isupper() for w in speaker[1:-1]) or speaker[0][:1].isupper() \
        and not speaker[0].isupper() and _clean(speaker[0]) not in lexicon().stopwords
    return not named and _agentless_passive(told, verb)


def _agentless_passive(words: Sequence[str], verb: int) -> bool:
    """ "A command-and-control center was hit near Tripoli": a passive whose clause names no agent ("by ...")."""
    low = [_clean(w) for w in words]
    if low[verb] not in ("was", "were") or verb + 1 >= len(low):
        return False
    participle = verb + 1 + (1 if verb + 2 < len(low) and is_adverb(low[verb + 1]) else 0)
    return is_past(low[participle]) and low[participle] not in events_rules()["title_kept_teller_not_passive"] \
        and "by" not in low[participle + 1:]


def _opens_clause_subject_word(word: str) -> bool:
    """Whether a title's first word may open the subject of what was told (not a verb: "Said the town fell")."""
    return _first_verb([word]) < 0


def _with_comma(words: list[str]) -> list[str]:
    return [*words[:-1], words[-1].rstrip(",;:") + ","] if words else words


def _trailing_frame(words: Sequence[str]) -> int:
    """Where the comma ends what was told before an expletive frame that closes the title ("BP dismissed the risk, |
    it emerged", "..., it has since been revealed": polish.yaml frames), when what was told has a verb; 0 if none."""
    low = [_clean(w) for w in words]
    for k in range(len(words) - 1, 1, -1):
        if words[k - 1].endswith(","):
            rest = tuple(w for w in low[k:] if w not in frame_adverbs())
            return k if rest in frame_phrases() and _first_verb(words[: k - 1]) >= 0 else 0
    return 0


LIST_NAME_WORDS = 3  # "France, Italy and the United Kingdom": how long a name in a list may be


def lists_words(before: str, item: str, joiner: str) -> bool:
    """Whether a comma between `before` and `item`, with `joiner` after `item`, parts the words of a list of
    modifiers or nouns ("a land, | sea and air attack", "oil, | gas and water"): one lower-case word on each side that
    is no stopword and no verb form, and "and" or "or" after the item, not a clause ("the rebels retreated, |
    regrouped and ...")."""
    lex = lexicon()
    pair = (before.rstrip(","), item)
    return before.endswith(",") and joiner in ("and", "or") and all(
        w.isalpha() and w.islower() and w not in lex.stopwords and _first_verb([w]) < 0 and not _is_gerund(w)
        for w in pair)


TALKS_TOPIC_WORDS = 12  # how far a talks noun's partners ("with the interim government, the NTC,") may run


def _before_talks_topic(words: Sequence[str], i: int) -> bool:
    """Whether a cut before words[i] falls between a talks noun and its topic phrase, which a comma after the
    partners' apposition sets off ("preliminary discussions with the interim government, | the National Transitional
    Council, | on restarting output at the Waha field"; events.yaml title_talks_topic): without the topic the talks
    say nothing. Not a phrase that only places them ("talks with Lavrov, | on the sidelines of the summit"), nor a
    topic after a verb of its own ("talks with the council, which agreed on ...")."""
    rules = events_rules()["title_talks_topic"]
    low = [_clean(w) for w in words]
    noun = next((n for n in range(i - 1, max(-1, i - 1 - TALKS_TOPIC_WORDS), -1) if low[n] in rules["nouns"]), -1)
    if noun < 0:
        return False
    for t in range(noun + 1, min(len(words) - 1, noun + 1 + TALKS_TOPIC_WORDS)):
        if words[t - 1].endswith((";", ":")) or _first_verb(words[t:t + 1]) == 0 or low[t] in ("and", "but", "or"):
            return False
        if t >= i and words[t - 1].endswith(",") and low[t] in rules["prepositions"]:
            return low[t + 1] not in rules["not_topics"] and low[min(t + 2, len(low) - 1)] not in rules["not_topics"]
    return False


def _in_list_of_names(words: Sequence[str], i: int) -> bool:
    """Whether the comma before words[i] parts names in a list ("the leaders of France, | Italy and the United
    Kingdom"), or words (lists_words: "a land, | sea and air attack"): a name before it, and names after it up to an
    "and" or "or"."""
    if i + 1 < len(words) and lists_words(words[i - 1], words[i], words[i + 1]):
        return True
    if not words[i - 1][:1].isupper() or not words[i - 1].endswith(","):
        return False
    for k in range(i, min(len(words), i + LIST_NAME_WORDS + 1)):
        if _clean(words[k]) in ("and", "or"):
            return k > i
        if not words[k][:1].isupper():
            return False
    return False


def _closes_list_of_names(words: Sequence[str], i: int) -> bool:
    """Whether the "and"/"or" at words[i] brings in the last item of a list of names set off by commas ("locations in
    Misrata, Tripoli, Zaltin, Mazda | and al-Watiya are being bombed"): two names before it, the first with its comma.
    What follows is the list's last name (whatever its case: "al-Watiya"), not a clause of its own."""
    return _clean(words[i]) in ("and", "or") and i >= 2 and words[i - 1][:1].isupper() \
        and not words[i - 1].endswith((",", ";", ":")) and words[i - 2][:1].isupper() and words[i - 2].endswith(",")


def shorten(words: list[str], dated_at: int = 0) -> list[str]:
    """The title's words without a trailing attribution or subordinate clause, and no longer than
    `title_words` when a clause boundary allows; a clause that cannot be cut at a boundary is kept whole (up to
    `title_max_words`) rather than cut mid-phrase. `dated_at` is where the event's date stood: the title never
    ends at a coordination or a boundary before it ("The man caught the virus in Mexico and was admitted to
    hospital [on Wednesday]" tells the admission)."""
    lex = lexicon()
    verb = _first_verb(words)
    if verb == 0 and len(words) > 2 and words[1][:1].islower() and _first_verb(words[1:2]) < 0 \
            and _clean(words[1]) not in lex.stopwords:  # "Endangered sea turtles ... are": an adjective opens it
        verb = 1 + _first_verb(words[1:]) if _first_verb(words[1:]) >= 0 else 0
    with_speaker = _told_with_speaker(words, dated_at) or _told_with_speaker_before_tail(words, dated_at)
    if with_speaker:
        return with_speaker
    for i in range(len(words)):
        if _opens_tail(words, i, verb) and not (i < dated_at and _clean(words[i]) in ("and", "but")):
            if _restrictive_relative_end(words, i):
                continue  # "killed from the drugs | which Dr Murray said he had given": which drugs (cuts6)
            if _explains_empty_predicate(words, i):
                continue  # "Rebels claimed advances, | saying they captured a town": the clause is the news
            words = words[:_opener_start(words, i)]
            break
    words = _without_trailing_report(words)
    if len(words) <= lex.title_words:
        return words
    if len(words) > lex.title_max_words:
        ends = [i for i in range(max(verb + 3, dated_at, 1), lex.title_max_words + 1)
                if words[i - 1].endswith((",", ";", ":")) and not _in_list_of_names(words, i)]
        if dated_at > verb + 1 and ends:
            # "X is not asking to be recognized as ..., Lavrov said [Tuesday] | , a day after meeting ...": the date's
            # clause ends within reach; cut there, not before the date, which would drop what the date tells (here
            # the speaker: the view would read as fact)
            return words[: ends[0]]
        dated_at = 0  # too long to keep whole up to its date: cut it where a clause ends, as any long title
    bounds = [i for i in range(max(verb, 0) + 3, len(words)) if i >= dated_at and words[i - 1].endswith((",", ";", ":"))
              and not _in_list_of_names(words, i) and not _subject_awaits_verb(words, i)
              and _clean(words[i - 1]) not in _title_rules("title_speech_introducers")
              or _clean(words[i]) in lex.tail_openers_without_comma
              or i >= dated_at and _clean(words[i]) in lex.tail_openers and _opens_clause(words, i + 1)
              and not _ends_superlative(words, i) and not _opens_report(words, i) and not _short_conjunct(words, i)
              and not (_clean(words[i]) == "but" and _but_reverses(words, i)) and not _closes_list_of_names(words, i)]
    bounds = [i for i in bounds if not _explains_empty_predicate(words, i)  # ("claimed advances, | saying ...")
              and not (_clean(words[i]) == "and" and inside_open_phrase(words[max(0, i - OPEN_PHRASE_WORDS - 2):i]))
              and not _list_before_verb(words, i) and not _before_talks_topic(words, i)
              and not _inside_dash_pair(words, i) and not _restrictive_relative_end(words, i)]
    fitting = [i for i in bounds if i <= lex.title_words]
    # a comma or subordinator ends a clause; a relative pronoun only ends its noun ("after two babies | who")
    strong = [i for i in fitting if _clean(words[i]) not in lex.relative_pronouns]
    if (strong or fitting) and len(words) <= lex.title_max_words \
            and joins_awaiting_subject(words, (strong or fitting)[-1]):
        return words  # (objects1) "he thought most of the oil | and gas output ... was halted": kept whole
    if strong or fitting:
        cut = (strong or fitting)[-1]
        return words[: _condition_end(words, cut, verb) or _opener_start(words, cut)]
    if len(words) <= lex.title_max_words:
        return words
    if bounds and bounds[0] <= lex.title_max_words:
        return words[: _condition_end(words, bounds[0], verb) or bounds[0]]
    # an aside after a dash ("... her children -- a move denounced by ..."); not earlier: what precedes a dash may
    # be only the subordinate clause ("Two weeks after the plant opened -- two military cars broke in")
    dashes = [i for i in range(max(verb, 0) + 3, lex.title_max_words + 1) if words[i] in DASHES]
    if dashes:
        return words[: dashes[-1]]
    # no clause boundary in reach: end before the last phrase of place, time or manner that fits ("struggles against
    # the side of the vessel | at the site of the spill"), never mid-phrase ("at the site of the")
    # (nor right after a participle, which the phrase completes: "the catastrophe caused | by the destruction")
    phrases = [i for i in range(max(verb, 0) + 3, lex.title_max_words + 1) if _clean(words[i]) in PHRASE_OPENERS
               and _clean(words[i - 1]) not in lex.dangling_words | lex.date_prepositions
               and not is_past(_clean(words[i - 1]))]
    if phrases:
        return words[: _before_cut_subject(words, phrases[-1], verb)]
    # no phrase either: a longer title rather than one cut mid-phrase ("began to reach the US Gulf | coast")
    return words[: int(events_rules()["title_fallback_max_words"])]


def _restrictive_relative_end(words: Sequence[str], i: int) -> int:
    """Where the restrictive relative that words[i] opens ends, when the title keeps it (cuts6, events.yaml
    title_restrictive_relative_openers): a "which" with no comma before it, right after a bare definite noun ("the"
    and one lower-case word that is no verb), whose clause (to the next comma, semicolon, colon or dash, or the
    title's end) fits title_max_words: "killed from the drugs | which Dr Murray said he had given to the singer"
    tells which drugs. 0 otherwise: ", which" (an aside), "a base which", "the five-month-old conflict which", "the
    Guardian which", a relative too long to fit."""
    if not 2 <= i < len(words) - 1 or _clean(words[i]) not in _title_rules("title_restrictive_relative_openers"):
        return 0
    noun, article = words[i - 1], words[i - 2]
    if _clean(article) != "the" or article.endswith((",", ";", ":")) or not noun.isalpha() or not noun.islower() \
            or _first_verb([noun]) >= 0 or _clean(noun) in lexicon().stopwords:
        return 0
    end = next((k for k in range(i + 1, len(words))
                if words[k - 1].endswith((",", ";", ":")) or words[k] in DASHES), len(words))
    return end if end - i >= 3 and end <= lexicon().title_max_words else 0


def _condition_end(words: Sequence[str], cut: int, verb: int) -> int:
    """Where a long title ends instead of before the condition a bare "if" opens right after its clause (cuts5,
    events.yaml title_condition_openers): "dispatched a team to Benghazi to check | if the port was safe ..." asks
    what was checked, "would have needed to study drama ... | if he had wanted to perform better ..." overstates what
    was said. The title keeps the condition whole when it fits title_max_words, else runs to the last phrase of place,
    time or manner after the condition's first words that fits (as shorten's phrase cut); 0 when the cut stays: no
    such opener, one after a comma (", if necessary,": an aside), or no phrase in reach."""
    if not 0 < cut < len(words) or _clean(words[cut]) not in _title_rules("title_condition_openers") \
            or words[cut - 1].endswith((",", ";", ":")) or words[cut - 1] in DASHES:
        return 0
    lex = lexicon()
    if len(words) <= lex.title_max_words:
        return len(words)
    phrases = [i for i in range(cut + 4, min(len(words), lex.title_max_words + 1))
               if _clean(words[i]) in PHRASE_OPENERS - _title_rules("title_condition_openers")
               and _clean(words[i - 1]) not in lex.dangling_words | lex.date_prepositions
               and not is_past(_clean(words[i - 1]))]
    return _before_cut_subject(words, phrases[-1], verb) if phrases else 0


def _inside_dash_pair(words: Sequence[str], i: int) -> bool:
    """Whether words[i] stands inside an aside a pair of dashes sets off ("put six ports -- Tripoli, Zuara, | Zawiyah
    ... and Brega -- on the sanctions list"; events.yaml title_shorten_examples): a cut there would end the title
    inside the aside, with its list or modifiers half told; the aside's own commas end no clause."""
    before = sum(1 for w in words[:i] if w in DASHES)
    return before % 2 == 1 and any(w in DASHES for w in words[i:])


@cache
def _empty_predicate_end() -> re.Pattern[str]:
    """A predicate that says nothing by itself of what happened, closing the words before a clause opener
    (events.yaml title_empty_predicates: "claimed advances", "reached a significant milestone")."""
    frames = "|".join(f"(?:{f})" for f in events_rules()["title_empty_predicates"])
    return re.compile(rf"(?:\A|(?<= ))(?:{frames})\Z")


def _explains_empty_predicate(words: Sequence[str], i: int) -> bool:
    """Whether words[i] opens the "saying"/"when"/"as" clause that tells what an empty predicate before it only
    announces ("Rebels claimed advances, | saying they captured a town"; events.yaml title_empty_predicates) and
    that clause, up to its next comma, fits within title_max_words: a cut there would drop the news."""
    if i < 2 or i >= len(words) - 1 or _clean(words[i]) not in _title_rules("title_empty_predicate_openers"):
        return False
    # (a date's cut may leave a lone ","; a dash aside's marks are no words: "showed a graphic -- in both Arabic and
    # English -- | saying that ...")
    head = " ".join(c for c in (_clean(w) for w in words[:i]) if c.strip("-—–"))
    if _empty_predicate_end().search(head) is None:
        return False
    end = next((k for k in range(i + 1, len(words)) if words[k - 1].endswith((",", ";", ":"))), len(words))
    return end - i > 2 and end <= lexicon().title_max_words


def explained_by_next(clause: str, following: str) -> bool:
    """Whether a clause (its date taken out) ends on an empty predicate and the clause after it opens with the
    "saying"/"when"/"as" that tells what happened ("Ibrahim renewed the government's accusations [Saturday], |
    saying NATO is aiding the rebels"; events.yaml title_empty_predicates): the date's clause runs on into it."""
    words = clause.split()
    while words and (not _clean(words[-1]) or _clean(words[-1]) in lexicon().date_prepositions):
        words.pop()  # "claimed advances on [Wednesday]": the date's preposition went with it
    rest = following.lstrip(" ,;:").split()
    return bool(words) and bool(rest) and _explains_empty_predicate([*words[:-1], words[-1].rstrip(",") + ",", *rest],
                                                                    len(words))


def _before_cut_subject(words: Sequence[str], at: int, verb: int) -> int:
    """Where a title cut before the phrase at words[at] ends: before an "and"/"but" whose noun phrase is the subject of
    a verb beyond the cut ("... to sell the aircraft to Libya | and its presence | at the air show ... was part of"),
    which would end the title on a subject with no verb; else at `at`."""
    joiner = max((k for k in range(max(verb, 0) + 2, at) if _clean(words[k]) in ("and", "but")), default=-1)
    if joiner < 0 or joiner + 1 >= at or _clean(words[joiner + 1]) not in _DETERMINERS \
            or _first_verb(words[joiner + 1:at]) >= 0:
        return at
    later = _first_verb(words[at:])
    # the subject's own verb, finite (not "in populated areas"), with no comma, conjunction or infinitive before it
    # ("weather and the regime's decision | to hide equipment ... and to use ..." is an object, and stays)
    if later < 0 or _clean(words[at + later]) not in finite_words() and (
            _clean(words[at + later - 1]) in lexicon().stopwords) or any(w.endswith((",", ";", ":")) or _clean(w) in ("and", "but", "or", "to")
                        for w in words[at:at + later]):
        return at
    return joiner


def _told_with_speaker(words: list[str], dated_at: int) -> list[str]:
    """ "..., a report by the commission said": what was told, shortened, and the speaker the title keeps
    (kept_report), or [] when the title keeps none or the two would be too long."""
    said = _dates_the_saying(words, dated_at)
    kept = kept_report(words, said_dated=said)
    if kept is None:
        return []
    told, speaker = kept
    whole = told
    told = shorten(told, min(dated_at, len(told)))
    # a document's name may take a title to its fallback length; a view's holder only to the longest title
    longest = int(events_rules()["title_fallback_max_words"] if _kept_source(speaker) else lexicon().title_max_words)
    if said and len(told) + len(speaker) > longest:
        # the saying's date stands in no word of what was told: too long with its speaker, it is cut at a clause's
        # end as any long title ("... stormed the Libyan embassy in Sofia, | smashing statues ..., BTV reported"),
        # after a comma only ("The crowds sounded as if more | and more people ...": no clause's end)
        cut = shorten(whole)
        told = cut if 0 < len(cut) < len(whole) and whole[len(cut) - 1].endswith(",") else told
    return [*_with_comma(told), *speaker] if len(told) + len(speaker) <= longest else []


def _bare_definite(speaker: Sequence[str]) -> bool:
    """Whether a speaker (up to its verb) is "the" and one common noun ("the doctor said"), which names no one; "the
    company" (events.yaml title_kept_teller_definites) names a side, "the Pentagon" an office."""
    said = _report_verb(speaker, reporting=True)
    named = speaker[:said] if said > 0 else speaker
    low = [_clean(w) for w in named]
    return len(low) == 2 and low[0] == "the" and named[1].islower() \
        and low[1] not in events_rules()["title_kept_teller_definites"]  # ("the Pentagon", "the AU": names)


def told_before_speaker(title: str) -> str:
    """The title without any speaker that closes it after a comma ("Rebels took the town, | a spokesman said"): what
    was told; the title as it is when no speaker closes it."""
    words = title.split()
    start, verb = _trailing_report(words)
    return " ".join(words[: start]).rstrip(",") if verb > 0 else title


def _dates_the_saying(words: Sequence[str], dated_at: int) -> bool:
    """Whether the event's date stood after the reporting verb of a speaker that closes the title ("..., Human Rights
    Watch said in a statement | Wednesday", "..., the Italian Foreign Ministry told CNN | Monday"): it dates the
    saying, not what was told. `dated_at`: where the date stood among the words (0: not told), counted from the end
    (a closing mark may count as a word): any place past the speaker's first word is the speaker's."""
    start, verb = _trailing_report(words)
    return verb > 0 and dated_at > start


def _told_with_speaker_before_tail(words: list[str], dated_at: int) -> list[str]:
    """ "..., the company said | as it emerged that ...": what was told and its kept speaker when a subordinate clause
    (title_report_venue_drops: "as", "when", "adding") follows the speaker's verb; [] when there is none."""
    closing = language.reporting_verbs("closes_title")
    drops = _title_rules("title_report_venue_drops")
    for j in range(3, len(words)):
        if _clean(words[j]) in drops and _clean(words[j - 1]) in closing and not words[j - 1].endswith((";", ":")):
            return _told_with_speaker([*words[: j - 1], words[j - 1].rstrip(",")], dated_at)
    return []


def _subject_awaits_verb(words: Sequence[str], i: int) -> bool:
    """Whether the comma before words[i] follows a clause's subject pronoun, alone or with an aside set off by
    commas ("announced that it, | too, | would send planes"): its verb is still to come, and a cut there ends the
    title on "that it"."""
    low = [_clean(w) for w in words[max(0, i - 4):i]]
    pronouns, openers = lexicon().subject_pronouns, _title_rules("title_pronoun_openers")
    # (after a clause opener only: "had to go along with it, | an admission" ends on an object)
    return len(low) > 1 and low[-1] in pronouns and low[-2] in openers \
        or len(low) > 2 and words[i - 2].endswith(",") and low[-2] in pronouns and low[-3] in openers


LIST_SUBJECT_WORDS = 5  # "that 17 mercenaries": how long a reported subject before its list may be


def _list_before_verb(words: Sequence[str], i: int) -> bool:
    """Whether the comma before words[i] opens a list (an opener of events.yaml open_phrase_and: "including", "such
    as") inside the subject of a reported clause whose verb is still to come ("told Arrai TV that 17 mercenaries, |
    including what he called French and British experts had been captured"): a cut there ends the title on "that
    17 mercenaries", which lost its verb. Not a list after an object ("took several towns, | including Brega")."""
    if not words[i - 1].endswith(",") or not any(tuple(_clean(w) for w in words[i:i + len(o)]) == o
                                                 for o in _open_phrase_openers()):
        return False
    low = [_clean(w) for w in words[max(0, i - LIST_SUBJECT_WORDS - 1):i]]
    that = len(low) - 1 - low[::-1].index("that") if "that" in low else -1
    return 0 <= that < len(low) - 1 and _first_verb(words[i - len(low) + that + 1:i]) < 0


SHORT_CONJUNCT_WORDS = 3  # "the fluid | and confused conflict", "all mobile | and land services cut"


def _short_conjunct(words: Sequence[str], i: int) -> bool:
    """Whether words[i] is a conjunction that may join two modifiers of one noun, not two verb phrases: at most
    SHORT_CONJUNCT_WORDS words follow it, and the first is followed by a content word ("typical of the fluid and
    confused conflict": "confused" reads as a verb but qualifies "conflict"). Cutting there would split the noun
    phrase; the title is kept whole instead (events.yaml title_shorten_examples). Not "and fled to Tunisia": a verb
    and its phrase."""
    if _clean(words[i]) not in _SEGMENT_JOINERS or len(words) - i - 1 > SHORT_CONJUNCT_WORDS or i + 2 >= len(words):
        return False
    return _clean(words[i + 2]) not in lexicon().stopwords and not is_adverb(_clean(words[i + 2]))


def _opener_start(words: Sequence[str], i: int) -> int:
    """Where the clause opened by words[i] starts: before the adverbs that modify its opener ("pay raise | even as
    profits dropped", "| shortly after"; events.yaml title_opener_modifiers), which a cut must not leave behind."""
    modifiers = _title_rules("title_opener_modifiers")
    while i > 1 and _clean(words[i - 1]) in modifiers and not words[i - 1].endswith((",", ";", ":")):
        i -= 1
    return i


SUPERLATIVE_REACH = 4  # "for the first time | since", "the highest level in years | since"


def _ends_superlative(words: Sequence[str], i: int) -> bool:
    """Whether words[i] is a "since" that completes a superlative ("for the first time since the rig exploded",
    "the worst crisis since the war"): the phrase's measure, not a new clause; cutting there changes the meaning."""
    return _clean(words[i]) == "since" and any(_clean(w) in lexicon().superlatives
                                               for w in words[max(0, i - SUPERLATIVE_REACH): i])


def before_reversal(title: str) -> str:
    """The title up to a "but" that takes back what it tells (_but_reverses: "ruled out foul play | but deferred
    giving a cause of death", "said X was killed | but that his father escaped"): the happening the title is about.
    The reversal stays in the title (cutting it would say the opposite) but names no participant of the happening;
    read into an undated mention's keys it dilutes the overlap that finds the entry it tells (events.yaml
    reversal_key_examples). A "but" opening a clause of its own subject is no reversal and stays; nor does a reversal
    that is a later statement of the subject's ("but later said that ..."), whose report the mention tells too."""
    words = title.split()
    reporting = lexicon().reporting_verbs
    for i in range(1, len(words)):
        if _clean(words[i]) == "but" and _but_reverses(words, i):
            if any(_clean(w) in reporting for w in words[i + 1:i + 1 + REVERSAL_REPORT_WORDS]):
                return title  # "but later said that minefields slowed their advance": a later statement, told too
            return " ".join(words[:i]).rstrip(",;")
    return title


REVERSAL_REPORT_WORDS = 3  # "but later said", "but then announced": a reversal that is a statement of its own


def event_keys(text: str) -> tuple[str, ...]:
    """Content words that identify what a sentence is about, for recognising the same event."""
    lex = lexicon()
    words = words_of(text)
    keys = {w for w in words if len(w) > 2 and w not in lex.stopwords and not w.isdigit() or (w.isdigit() and len(w) < 4)}
    keys = {k for k in keys if k not in lex.stopwords and len(k) > 1}
    return tuple(sorted(keys))


REPORT_VENUE_WORDS = 5  # "... warned in a BBC interview", "... said in a statement"


def is_closing_report(title: str) -> bool:
    """ "The Obama administration confirmed", "A senior member of the ruling party announced", "The former minister
    warned in a BBC interview": a speaker and the verb that closed the sentence (and where it was said), with what
    was said left before them."""
    words = title.split()
    verb = _report_verb(words)
    if verb < 1 or _clean(words[verb]) not in language.reporting_verbs("closes_title"):
        return False
    venue = words[verb + 1:]
    return not venue or len(venue) <= REPORT_VENUE_WORDS and _clean(venue[0]) in ("in", "on", "at", "to") \
        and _first_verb(venue) < 0


_WHEN_AFTER = re.compile(r",?+\s++when\s++", re.IGNORECASE)
_RELATIVE_WORDS = frozenset({"who", "which", "whom", "whose"})
# after a predicate of notice the "when" clause is the event: its subject may be long ("the company's latest
# attempt to contain the spill foundered")
NOTICE_SUBJECT_WORDS = 10
MAIN_CLAUSE_WORDS = 12  # how far back before its date the clause a "when" follows is read


def _in_relative(sentence: str, date_start: int) -> bool:
    """Whether the date stands in a relative clause opened after a comma (", who caught ... in March")."""
    head = last_piece(sentence[:date_start]).split()[-MAIN_CLAUSE_WORDS:]
    return any(_clean(w) in _RELATIVE_WORDS and (k == 0 or head[k - 1].endswith(",")) for k, w in enumerate(head))


def dated_when_clause(sentence: str, date_start: int, date_end: int) -> int:
    """Where the clause starts that tells the event of a date followed by "when" + a clause with its own subject
    and verb, when the clause the date closes tells no event of its own: a state ("Jalil was in Gadhafi's
    government through February 21, when he quit"), a denial ("No damage was reported Wednesday, when fighters
    attacked Brega") or a span the date ends ("No new oil has entered the Gulf since July 15 when a crew fitted
    a new cap"); else -1."""
    clock = _when_after_clock(sentence, date_start, date_end)
    found = _WHEN_AFTER.match(sentence, date_end) or clock
    if not found:
        return -1
    head = last_piece(sentence[:date_start]).split()[-MAIN_CLAUSE_WORDS:]
    # "made headlines in [February] when he joined": a predicate of notice only tells that something happened
    notice = _notice_frame_end().search(" ".join(head).lower()) is not None
    told = sentence[found.end():].split()
    verb = _first_verb(told[:(NOTICE_SUBJECT_WORDS if notice else OWN_SUBJECT_WORDS) + 1])
    if notice and verb < 0 and len(told) > 2 and _clean(told[0]) in lexicon().subject_pronouns:
        verb = 1  # "when she burst into ...": a pronoun's next word is its verb, listed or not
    if verb < 1 or _clean(told[0]) in lexicon().leading_words:
        return -1  # "when asked about ...": no subject of its own
    low = [_clean(w) for w in head]
    if clock or notice or _compared(low) or low[-1:] and low[-1] in _title_rules("title_span_edges") \
            or set(low) & lexicon().negations:
        return found.end()
    return found.end() if _tells_state(low) else -1


WHEN_PLACE_CHARS = 120  # "It had just gone 11am | on the ninth floor of the courthouse | when ...": how far the "when" may be


def _when_after_clock(sentence: str, date_start: int, date_end: int) -> re.Match[str] | None:
    """The "when" after a clause that only tells the time ("It had just gone 11am on the ninth floor of the
    courthouse when the three buzzes were heard", "It was 2 a.m. when the shelling began"): the expletive "it" and
    a verb of time (events.yaml title_clock_clause_words) before the date, and only a phrase of place with no verb
    between the date and "when"; the event is the "when" clause. None otherwise."""
    head = [_clean(w) for w in last_piece(sentence[:date_start]).split()]
    if len(head) < 2 or head[0] != "it" or not all(w in _title_rules("title_clock_clause_words") for w in head[1:]):
        return None
    found = _WHEN_AFTER.search(sentence, date_end, date_end + WHEN_PLACE_CHARS)
    between = sentence[date_end: found.start()] if found else ""
    if not found or any(mark in between for mark in ".;:!?") or _first_verb(between.split()) >= 0:
        return None
    return found


def _compared(head: Sequence[str]) -> bool:
    """Whether the (lower-case) words before a date end on a comparison that measures against it ("a tenth less than
    [in] 2009": events.yaml title_compared_date_links)."""
    links = _title_rules("title_compared_date_links")
    return bool(head) and (head[-1] in links or len(head) > 1 and head[-1] == "in" and head[-2] in links)


def _tells_state(words: Sequence[str]) -> bool:
    """Whether a clause's first verb is a copula that is no passive's auxiliary ("Jalil was in the government")."""
    lex = lexicon()
    for k, word in enumerate(words):
        if word in lex.copulas or word in ("was", "were", "been"):
            return not (k + 1 < len(words) and is_past(words[k + 1]))
        if _first_verb([word]) == 0:
            return False
    return False


def when_title(sentence: str, date_start: int, date_end: int, history: Sequence[str] = (),
               names: Sequence[str] = ()) -> str:
    """The title of the "when" clause that tells a date's event (dated_when_clause), its pronoun subject named by
    the sentence's own subject or the article's; "" when there is none or the pronoun stays unnamed."""
    at = dated_when_clause(sentence, date_start, date_end)
    if at < 0:
        return ""
    end = len(sentence)
    if _in_relative(sentence, date_start):
        # "Eman al-Obeidy, who caught the world's attention in March when she accused ..., has relocated": the
        # relative clause, and with it the "when" clause, ends at the next comma, before the main predicate
        end = sentence.find(",", at)
        if end < 0:
            return ""
    title = make_title(sentence[at:end], None)
    kind = pronoun_class(title.split(" ", 1)[0])
    if kind:
        subject = opening_subject(sentence, through_reports=False)
        named = subject and fits(subject, kind, [*names, *history])
        if not named and _compared([_clean(w) for w in sentence[:date_start].split()[-2:]]):
            # "Analysts expect that BP will pump ... less than in 2009, when it overtook Exxon": the compared
            # clause's own subject, past the frame that reports it
            subject = opening_subject(sentence, through_reports=True)
            named = subject and fits(subject, kind, [*names, *history])
        resolved = resolve_pronoun(title, [subject]) if named else ""
        if subject and not (resolved and not pronoun_class(resolved.split(" ", 1)[0])) and _one_name(subject, kind) \
                and _clean(title.split(" ", 1)[0]) in lexicon().subject_pronouns and " " in title:
            # "Jalil ..., when he quit" -> "Jalil quit" (also where an earlier full name did not name the pronoun)
            return subject + " " + title.split(" ", 1)[1]
        title = resolved if named else resolve_pronoun(title, history, names)
    return "" if not title or pronoun_class(title.split(" ", 1)[0]) else title


_PLACE_RELATIVE = re.compile(r",\s*+(\w++)\s++")
WHERE_PLACE_WORDS = 6  # "in a hospital in Houston": how far back before ", where" the place's preposition may stand


def place_relative_title(sentence: str, date_start: int, date_end: int) -> str:
    """ "He was transferred to a hospital in Houston, where he died on Monday night": a date inside a relative
    clause of place (events.yaml title_place_relatives) with its own subject and past verb dates that clause's
    event, not the main clause's: its title is the clause with the place it tells of put back from the phrase
    before the comma ("He died in Houston"); "" otherwise (examples in title_sentence_examples)."""
    before = sentence[:date_start]
    opener = None
    for found in _PLACE_RELATIVE.finditer(before):
        opener = found
    if opener is None or opener.group(1).lower() not in _title_rules("title_place_relatives") \
            or any(mark in before[opener.end():] for mark in ",;:()"):
        return ""
    told = before[opener.end():].split()
    verb = _first_verb(told[:OWN_SUBJECT_WORDS + 1])
    if verb < 1 or not is_past(_clean(told[verb])) and _clean(told[verb]) not in {"was", "were"}:
        return ""  # ("where the talks are held on Monday": no past event of its own)
    more = told[verb + 2:] if verb + 1 < len(told) and is_past(_clean(told[verb + 1])) else told[verb + 1:]
    if any(is_past(_clean(w)) or _clean(w) in lexicon().adverbial_subordinators for w in more):
        return ""  # ("where soldiers were killed after Blair backed the decision to invade in March 2003": the
        # date is the later clause's)
    rest = re.split(r"[,;:()]", sentence[date_end:], maxsplit=1)[0]
    head = sentence[:opener.start()].split()[-WHERE_PLACE_WORDS:]
    # the first place preposition: "near Brega in the east", "in a hospital in Houston"
    at = min((k for k, w in enumerate(head) if w.lower() in _title_rules("title_place_prepositions")), default=-1)
    shown = " " + " ".join([head[at].lower(), *head[at + 1:]]) if at >= 0 else ""
    institution = _institution_before(sentence[:opener.start()].split(), len(head) - at) if at >= 0 else ""
    shown = f" at {institution}{shown}" if institution else shown
    text = before[opener.end():] + sentence[date_start:date_end] + rest.rstrip(" .") + shown
    cut = (date_start - opener.end(), date_end - opener.end())
    return make_title(text, cut)


INSTITUTION_NAME_WORDS = 5  # "Cedars-Sinai Medical Center": how long the name before the place's preposition may be


def _institution_before(words: Sequence[str], from_end: int) -> str:
    """The name of a school, hospital or the like (events.yaml title_place_institutions) that stands whole right
    before the place's preposition `from_end` words from the end of `words` ("is Alleyn's School in Dulwich,
    London, where ..."): the place a "where" tells of is that, not the town around it; "" when none."""
    end = len(words) - from_end
    start = end
    while start > 0 and end - start < INSTITUTION_NAME_WORDS and words[start - 1][:1].isupper() \
            and words[start - 1][-1:].isalnum():
        start -= 1
    if start == end or start == 0 and end - start >= INSTITUTION_NAME_WORDS or start > 0 and words[start - 1][:1].isupper():
        return ""
    if _clean(words[end - 1]) not in _title_rules("title_place_institutions"):
        return ""
    return " ".join(words[start:end])


@cache
def _placeless_rules() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], frozenset[str], frozenset[str]]:
    """events.yaml title_placeless_events: the title patterns of a toll or unrest, the place pattern, the
    prepositions of where a thing happened, the non-places."""
    table = events_rules()["title_placeless_events"]
    return ((re.compile(table["casualty"]), re.compile(table["unrest"]), re.compile(table["strike"])), re.compile(table["place"]),
            frozenset(str(w).lower() for w in table["where"]), frozenset(str(w).lower() for w in table["not_places"]))


def _opening_place(sentence: str) -> str:
    """The place a sentence opens on ("In Misrata, ...", "Meanwhile, in Misrata, east of Tripoli, ...";
    title_placeless_events.opening), or ""."""
    found = _opening_pattern().match(sentence)
    places = places_in(found.group(0)) if found else []
    return places[0][0] if places and places[0][1] else ""


@cache
def _opening_pattern() -> re.Pattern[str]:
    return re.compile(events_rules()["title_placeless_events"]["opening"])


BACKGROUND_REACH = 6  # how many words before the title's verb a background clause's subordinator may stand


def _told_in_background(title: str, sentence: str) -> bool:
    """Whether the title's verb stands in a background clause of its sentence ("since the violence erupted in
    February", "when the protests began"; title_placeless_events.verbs, background), looked for in the few words
    before its first use, back to a comma."""
    verbs, background = _background_rules()
    verb = next((w for w in title.lower().split() if w in verbs), "")
    found = _whole_word(verb).search(sentence) if verb else None
    if found is None:
        return False
    before = sentence[: found.start()].rsplit(",", 1)[-1].lower().split()[-BACKGROUND_REACH:]
    return any(w in background for w in before)


@cache
def _background_rules() -> tuple[frozenset[str], frozenset[str]]:
    table = events_rules()["title_placeless_events"]
    return frozenset(str(w) for w in table["verbs"]), frozenset(str(w) for w in table["background"])


@lru_cache(maxsize=64)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)


def places_in(sentence: str) -> list[tuple[str, bool]]:
    """The places a sentence names after a preposition or "the city of" (title_placeless_events.place), in order,
    each once, with whether it tells where a thing happened ("in", "the city of"; not "to", "from"); months, days
    and the like are no place."""
    _, place, where, not_places = _placeless_rules()
    found: dict[str, bool] = {}
    for match in place.finditer(sentence):
        name = match.group(2)
        if name.split()[0].lower() not in not_places:
            found[name] = found.get(name, False) or match.group(1) is None or match.group(1).lower() in where
    return list(found.items())


def placed_title(title: str, sentence: str, before: str) -> str:
    """ "Seven people were killed" -> "Seven people were killed in Misrata": a toll or unrest title that names no
    place (events.yaml title_placeless_events), from a sentence that names none, takes the one place the sentence
    right `before` it names; a closing "there" gives way to the one place its own sentence names, else to that one.
    Any other title comes back as it is."""
    words = title.split()
    if not before or any(w[:1].isupper() for w in words[1:]) or not any(p.search(title) for p in _placeless_rules()[0]):
        return title
    if _told_in_background(title, sentence):
        return title
    opening = _opening_place(sentence)
    if opening:
        kept = words[:-1] if words[-1].lower() == "there" else words
        return f"{' '.join(kept)} in {opening}"
    own = places_in(sentence)
    if own and words[-1].lower() != "there":
        return title  # the sentence's own place: what it qualifies is for the title's rules to keep or drop
    # a closing "there" points to the place its own sentence names ("in the port city of Misrata, ... killed there"),
    # else to the one before
    places = own or places_in(before)
    if len(places) != 1 or not places[0][1]:
        return title
    kept = words[:-1] if words[-1].lower() == "there" else words
    return f"{' '.join(kept)} in {places[0][0]}"


@cache
def _where_antecedent() -> re.Pattern[str]:
    """events.yaml title_where_antecedents: the place a ", where" clause tells of, the name right before its comma
    after a preposition of place, a verb of reaching a place or a place noun's "of" ("strife in Libya, where",
    "the eastern city of Bin Jawad, where", "has reached Washington, where", "In the Western Mountains, where")."""
    table = events_rules()["title_where_antecedents"]
    leads = "|".join(re.escape(str(w)) for w in [*table["prepositions"], *table["verbs"]])
    nouns = "|".join(re.escape(str(w)) for w in table["place_nouns"])
    name = r"(?:(?:al|el)-)?[A-Z][a-z][\w'’-]*+(?<![’']s)"
    return re.compile(rf"(?<![\w'’-])(?:(?i:{leads})\s++(?P<the>the\s++)?|(?:{nouns})\s++of\s++)"
                      rf"(?P<place>{name}(?:\s++{name}){{0,3}}+),\s++(?i:where)\s++(?P<clause>[^,;:]*+)")


WHERE_LEAD_WORDS = 4  # "where earlier on Saturday rebels said": the date words a title cut before its clause's start
WHERE_TAIL_WORDS = 3  # how many of a title's last words show it ends inside the where clause


def where_placed_title(title: str, sentence: str) -> str:
    """ "The government ousted rebels" (from "took journalists to the eastern city of Bin Jawad, where the government
    ousted rebels about a week ago") -> "The government ousted rebels in Bin Jawad": a title told by a ", where"
    clause (it opens within the clause's first words, past the date its cut left out, or ends inside it) keeps the
    place the clause tells of, the name right before its comma (_where_antecedent), as "in <place>". A title that
    already names a place after a preposition, or the place itself, a month or a day, or a title that is the main
    clause after the where clause ("In the Western Mountains, where insurgents are trying ..., heavy fighting
    erupted"): unchanged (events.yaml title_where_antecedents)."""
    words = title.split()
    if len(words) < 2 or any(p for p, _ in places_in(title)):
        return title
    not_places = _placeless_rules()[3]
    for found in _where_antecedent().finditer(sentence):
        place = found.group("place")
        if place.split()[0].lower() in not_places or place.split()[-1].lower() in not_places \
                or _bare_word(place.split()[0]) in {_bare_word(w) for w in words}:
            continue
        clause = [_bare_word(w) for w in found.group("clause").split()]
        low = [_bare_word(w) for w in words]
        opens = any(clause[k:k + 2] == low[:2] for k in range(min(WHERE_LEAD_WORDS, len(clause)) + 1))
        tail = " ".join(low[-WHERE_TAIL_WORDS:])
        ends = len(low) > WHERE_TAIL_WORDS and f" {tail} " in f" {' '.join(clause)} "
        if not opens and not ends:
            continue
        the = "the " if found.group("the") else ""
        return f"{title} in {the}{place}"
    return title


def _bare_word(word: str) -> str:
    return word.strip(".,;:!?\"“”()'’").lower()


_ASIDE_DASH = re.compile(r"\s(?:-|--|–|—)\s++")
DASH_NOUN_WORDS = 5  # "Russian flu", "the Hong Kong flu": how long the noun before a dash aside may be


def dash_aside_relative_title(sentence: str, date_start: int, date_end: int) -> str:
    """ "The first of the four pandemics was Russian flu - each takes its name from the country where the first case
    was reported - which emerged in 1889": a relative clause (events.yaml title_relative_subject_openers) after a
    dash aside tells of the noun before the aside, and a date inside it dates that clause: "Russian flu emerged",
    never the aside's clause; "" otherwise (examples in title_sentence_examples)."""
    before = sentence[:date_start]
    dashes = list(_ASIDE_DASH.finditer(before))
    if len(dashes) < 2:
        return ""
    opening, found = dashes[-2], dashes[-1]
    told = before[found.end():].split()
    if not told or told[0].lower() not in _title_rules("title_relative_subject_openers") \
            or any(mark in before[found.end():] for mark in ",;:()"):
        return ""
    head = sentence[:opening.start()].split()
    verb = max((k for k, w in enumerate(head) if _first_verb([w]) == 0), default=-1)
    noun = head[verb + 1:]
    if not noun or len(noun) > DASH_NOUN_WORDS or any(w.endswith(",") for w in noun):
        return ""
    rest = re.split(r"[,;:()]", sentence[date_end:], maxsplit=1)[0]
    clause = before[found.end():].split(None, 1)[1] if len(told) > 1 else ""
    text = " ".join(noun) + " " + clause + sentence[date_start:date_end] + rest.rstrip(" .")
    at = len(" ".join(noun)) + 1 + len(clause)
    return make_title(text, (at, at + date_end - date_start))


OBJECT_RELATIVE_SUBJECT_WORDS = 4  # "the Council", "the UN Security Council": the relative clause's own subject
OBJECT_HEAD_WORDS = 5  # "an arms embargo", "a new no-fly zone": how far back before "that" the head's determiner may be


def object_relative_title(sentence: str, date_start: int, date_end: int) -> str:
    """ "The resolution follows an arms embargo that the Council imposed last month": a date right after the past
    verb of an object relative clause (events.yaml title_dated_object_relatives, with its own subject) whose main clause
    tells no past, dates the relative's event: "The Council imposed an arms embargo", not the present clause; ""
    otherwise (examples and near misses in title_sentence_examples)."""
    words = last_piece(sentence[:date_start]).split()
    at = max((k for k, w in enumerate(words) if w.lower() in _title_rules("title_dated_object_relatives")), default=-1)
    told = words[at + 1:]
    if at < 2 or not 2 <= len(told) <= OBJECT_RELATIVE_SUBJECT_WORDS + 1 or not is_past(_clean(told[-1])) \
            or _first_verb(told) != len(told) - 1 or any(w.endswith(",") for w in words[at - 1:]) \
            or _clean(told[0]) not in _title_rules("title_phrase_adjective_determiners") and not told[0][:1].isupper():
        return ""  # ("says that the Council imposed": no noun before "that"; "that protesters were": no object gap)
    head = words[max(0, at - OBJECT_HEAD_WORDS):at]
    det = max((k for k, w in enumerate(head) if _clean(w) in _title_rules("title_phrase_adjective_determiners")),
              default=-1)
    if det < 0 or _first_verb(head[det:]) >= 0:
        return ""
    main = words[:len(words) - len(told) - 1 - (len(head) - det)]
    if any(is_past(_clean(w)) or _clean(w) in finite_words() - {"is", "are"} for w in main):
        return ""  # ("The rebels seized a town that the army held in March": the main clause's past is the event)
    if main and any(_clean(w) in lexicon().subject_pronouns for w in told[:1]):
        return ""
    noun = " ".join(head[det:])
    return make_title(" ".join(told) + " " + noun[:1].lower() + noun[1:], None)


FRONTED_PHRASE_WORDS = 6  # "Under an agreement reached": how long the opening phrase before its date may be


def fronted_participle_title(sentence: str, date_start: int, date_end: int) -> str:
    """ "Under an agreement reached Thursday, NATO forces will be able to close Libyan air space": a sentence that
    opens with a preposition of events.yaml title_fronted_participle_prepositions, a noun and its past participle
    dated, then a comma and a main clause told as coming (a modal or future in its first words) titles the dated
    noun's event, with the coming clause after it: "An agreement was reached under which NATO forces will be able
    to close ..."; "" otherwise (examples and near misses in title_sentence_examples)."""
    words = sentence[:date_start].split()
    after = sentence[date_end:]
    if not 3 <= len(words) <= FRONTED_PHRASE_WORDS or words[0].lower() not in _title_rules(
            "title_fronted_participle_prepositions") or not after.startswith(",") or not is_past(_clean(words[-1])) \
            or _clean(words[1]) not in _title_rules("title_phrase_adjective_determiners"):
        return ""
    main = re.split(r"[,;:]", after[1:], maxsplit=1)[0].split()
    modal = _first_verb(main[:OWN_SUBJECT_WORDS + 1])
    if modal < 1 or _clean(main[modal]) not in lexicon().modals | lexicon().future_auxiliaries:
        return ""  # ("Under a deal reached Thursday, NATO took over": the main clause's past is the event)
    joined = next((k for k in range(modal + 2, len(main)) if main[k] == "and"), len(main))
    main = main[:joined]  # "... except humanitarian ones | and will be able to use force": the first coming act
    noun = words[1:-1]
    be = "were" if noun[-1].endswith("s") and not noun[-1].endswith("ss") else "was"
    text = " ".join([noun[0][:1].upper() + noun[0][1:], *noun[1:], be, words[-1], words[0].lower(), "which",
                     *main])
    return make_title(text.rstrip("."), None, whole=True)


def _one_name(subject: str, kind: str) -> bool:
    """Whether a sentence's subject is one capitalised name that the person pronoun of its own "when" clause can
    only stand for ("Jalil was in the government through February 21, when he quit"): no article, no plural."""
    words = subject.split()
    return kind == "person" and len(words) == 1 and _ONE_NAME.fullmatch(words[0]) is not None \
        and not words[0].lower().endswith("s")


_ONE_NAME = re.compile(r"[A-Z][a-z]++(?:-[A-Z][a-z]++)?+")  # "Jalil", "Al-Obeidy"


def aside_title(sentence: str, start: int, end: int) -> str:
    """ "The EU's Foreign Affairs Council, meeting Monday in Luxembourg, stepped up sanctions": when a date stands in
    a participle aside between a subject and its verb, the title is that subject and its own clause ("The EU's
    Foreign Affairs Council stepped up sanctions"); else ""."""
    aside = sentence[start:end].split()
    rest = sentence[end:].lstrip()
    if not aside or not aside[0].endswith("ing") or not aside[0][:1].islower() or not rest.startswith(","):
        return ""
    told = rest[1:].split()
    subject = opening_subject(sentence, through_reports=False)
    if not told or _first_verb(told[:1]) != 0 or not subject or pronoun_class(subject.split()[0]) \
            or sentence[:start].rstrip().rstrip(",").strip() != subject:
        return ""
    return make_title(subject + " " + " ".join(told), None)


_WHOSE_AFTER_COMMA = re.compile(r",\s*+\Z")
_BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,}+\)")


def whose_title(sentence: str, start: int, end: int, date: tuple[int, int]) -> str:
    """ "Jack Lynch, whose firefighter son Michael was killed on September 11, spoke": when the date's clause is a
    relative clause opened by "whose", the title names its owner ("Jack Lynch's firefighter son Michael was
    killed"), the noun phrase the relative qualifies (qualified_noun), without the `date` (offsets in the
    sentence); else "" (a title never opens with "Whose")."""
    words = sentence[start:end].split()
    if not words or _clean(words[0]) != "whose" or not _WHOSE_AFTER_COMMA.search(sentence, 0, start):
        return ""
    before = sentence[:start].rstrip().rstrip(",").split()
    if before and _BRACKETED_ACRONYM.fullmatch(before[-1]):  # "the Islamic Salvation Front (FIS), whose ..."
        before.pop()
    owner = qualified_noun(before, person=True) if before else []
    if not owner or pronoun_class(owner[0]) or _clean(owner[0]) in _DETERMINERS - {"the"} or owner[-1].endswith("s"):
        return ""  # (a plural owner would take a bare apostrophe, "the rebels' leaders": not written here)
    if owner[0][:1].isupper() and len(before) > len(owner) and before[-len(owner) - 1].lower() == "the":
        owner = ["the", *owner]  # a proper name keeps its article ("the Islamic Salvation Front's")
    possessive = owner[-1] + "'s"
    owner = [owner[0][:1].upper() + owner[0][1:], *owner[1:-1], possessive] if len(owner) > 1 \
        else [possessive[:1].upper() + possessive[1:]]
    told = sentence.index(words[0], start) + len(words[0])
    if not told <= date[0] < date[1] <= end:
        return ""
    head = " ".join(owner)
    shift = len(head) - told
    title = make_title(head + sentence[told:end], (date[0] + shift, date[1] + shift))
    return title if title and not is_incomplete(title) else ""


def background_title(sentence: str, start: int, end: int, other_dates: Sequence[tuple[int, int]]) -> str:
    """ "An unknown gunman killed X, as the journalist was streaming live audio on March 19": when the date's clause
    is a background in the progressive opened by "as" or "while" (events.yaml title_background_openers) after a main
    clause with no date of its own, the title is that main clause, the event the background frames; else ""."""
    words = sentence[start:end].split()
    if start == 0 or not words or _clean(words[0]) not in _title_rules("title_background_openers") \
            or any(a < start for a, _ in other_dates):
        return ""
    verb = _first_verb(words[1:OWN_SUBJECT_WORDS + 2])
    progressive = verb > 0 and _clean(words[verb + 1]) in ("was", "were") and verb + 2 < len(words) \
        and _is_gerund(_clean(words[verb + 2]))
    if not progressive:
        return ""
    main = make_title(sentence[:start].rstrip(" ,;"), None)
    return main if main and not is_incomplete(main) else ""


def opening_phrase_title(sentence: str, start: int, end: int, cut: tuple[int, int],
                         other_dates: Sequence[tuple[int, int]] = ()) -> str:
    """ "Under an agreement reached [Thursday], NATO forces will be able to close Libyan air space", "In lawsuits filed
    [yesterday], three workers say ...", "[24 October 2011] After a short break in the trial, Dr Murray's lawyers call
    their first witnesses": when the date's clause `start`:`end` opens the sentence and is only a phrase opened by a
    preposition (no verb but a participle that the date directly qualifies, "an agreement reached"), or the date is a
    label before such a phrase, and a main clause with its own subject and verb follows the comma, the title is that
    main clause (the phrase alone is a fragment: "Under an agreement reached"); else "". Not after a word that puts
    the main clause before the phrase's time ("Ahead of Sunday's meeting": events.yaml title_phrase_before_openers),
    nor after a word that opens a clause ("As the leak began [in April]": title_clause_openers), nor over another date of the sentence (`other_dates`), which dates that clause."""
    if start != 0 or not sentence[end:].startswith(",") or any(a >= end for a, _ in other_dates):
        return ""
    label = cut[0] == 0 and sentence[cut[1]:end].strip()[:1].isupper()  # "24 October 2011 After a short break"
    phrase = (sentence[cut[1]:end] if label else sentence[:cut[0]]).split()
    while phrase and _clean(phrase[-1]) in lexicon().date_prepositions:
        phrase = phrase[:-1]  # "Under an agreement reached [on] Thursday": the date's own preposition
    if len(phrase) > 2 and not label and _clean(phrase[0]) in _title_rules("title_phrase_joiners"):
        phrase = phrase[1:]  # "But in a fresh offensive [Friday], ...": the joiner links the sentence to the last
    if len(phrase) < 2 or len(phrase) > OPENING_ADVERBIAL_WORDS or not label and sentence[cut[1]:end].strip():
        return ""  # the date must close the phrase ("In lawsuits filed yesterday"), or be a label before it
    first = _clean(phrase[0])
    if first not in lexicon().opening_prepositions or first in _title_rules("title_phrase_before_openers") \
            or first in _title_rules("title_clause_openers") or not label and first in lexicon().adverbial_subordinators:
        return ""  # "After talks in Moscow [late last month], ...": the date is the talks', not the main clause's
    verb = _phrase_verb(phrase)
    reduced = verb == len(phrase) - 1 and not label and is_past(_clean(phrase[verb])) \
        and _clean(phrase[verb - 1]) not in lexicon().stopwords  # "an agreement reached", "lawsuits filed"
    if verb > 0 and not reduced:
        return ""  # "In 2003, after the rebels took Brega": a clause of its own
    told = sentence[end + 1:].split()
    opens = bool(told) and _clean(told[0]) not in lexicon().relative_pronouns | lexicon().adverbial_subordinators \
        | _title_rules("title_phrase_before_openers") | {"and", "but", "or", "as"}  # "three workers", "NATO forces"
    if not opens or _first_verb(told[:1]) == 0:
        return ""  # a present verb the lexicon does not know may be its verb ("Dr Murray's lawyers call"): is_incomplete
    main = make_title(sentence[end + 1:].strip(), None)
    return main if main and not is_incomplete(main) else ""


def _phrase_verb(phrase: Sequence[str]) -> int:
    """The index of the first verb form of an opening phrase after its preposition, or 0; a past form that is its
    noun's adjective ("In a televised address": _adjective_past) is none, so the phrase stays one."""
    return next((i for i in range(1, len(phrase))
                 if _first_verb(phrase[i:i + 1]) == 0 and not _adjective_past(phrase, i)), 0)


_PARTY_TAG_OPENING = re.compile(r"\A((?:[DRI]|Dem|Rep|Ind)-[A-Z][A-Za-z.]{1,15}+)(?=\s[a-z])")
_NAME_BEFORE_TAG = r"((?:[A-Z][\w.'’-]{0,20}+\s){0,3}+[A-Z][\w'’-]{1,20}+),\s"


def named_before_party_tag(title: str, sentence: str) -> str:
    """ "R-Ohio said in a letter ..." -> "Boehner said in a letter ...": a title a clause cut left opening with a
    politician's party and state (PARTY_TAG) takes the name the sentence sets that tag after ("Boehner, R-Ohio,
    said"); the title as it is where the sentence names no one before the tag."""
    tag = _PARTY_TAG_OPENING.match(title)
    if tag is None:
        return title
    named = re.search(_NAME_BEFORE_TAG + re.escape(tag.group(1)) + ",", sentence)
    return named.group(1) + title[tag.end():] if named else title


PAGE_CRUMB_WORDS = 2  # "cents", "co. uk": how many words a page's crumb glued before a sentence may have


def without_page_crumb(title: str, sentence: str) -> str:
    """ "co. uk Engineers will begin testing ..." -> "Engineers will begin testing ...": a sentence of a news story
    opens with a capital, so one that opens with a word or two in lower case before a capitalised word holds the
    tail of page text (a price, a web address) glued on; the title that opens with them drops them. Not a
    determiner or another stopword ("the Libyan army", a sentence split too early), a name's particle ("de
    Gaulle", "al-Qaeda") or a word with a capital inside ("iPhone")."""
    words = sentence.split()
    crumb = next((k for k in range(1, PAGE_CRUMB_WORDS + 1) if k < len(words) and words[k][:1].isupper()), 0)
    lex = lexicon()
    if not crumb or not all(w.isalpha() or w.rstrip(".").isalpha() for w in words[:crumb]) \
            or any(not w.islower() or _clean(w) in lex.stopwords | lex.name_particles or "-" in w
                   for w in words[:crumb]):
        return title
    opening = " ".join(words[:crumb])
    if not title.lower().startswith(opening.lower() + " "):
        return title
    rest = title[len(opening) + 1:]
    return rest[:1].upper() + rest[1:]


PARTICIPLE_NOUN_WORDS = 8  # "The original wording of the executive summary, sent to ...": how long its noun may be


def _finding_after_aside(rest: str, other_dates: Sequence[tuple[int, int]], end: int) -> str:
    """The main clause after a participle aside when its verb tells what the dated thing found or showed (events.yaml
    title_participle_finding_verbs: "A fourth test, performed in April, | did indicate the cement would hold" ->
    "indicated the cement would hold"): a test, a report or a study tells its finding when it is done, so the
    finding is the event of the aside's date; "did" and the base form read as the past. "" when the verb is another
    ("The new cap, fitted on Monday, | holds the oil": the passive of the aside tells the event) or another date
    stands after the aside (its main clause has a day of its own)."""
    if any(a > end for a, _ in other_dates):
        return ""
    words = rest.split()
    findings = _title_rules_map("title_participle_finding_verbs")
    if len(words) < 3:
        return ""
    first, second = _clean(words[0]), _clean(words[1])
    if first in _DO_FORMS - {"do"} and second in findings:
        return " ".join([findings[second], *words[2:]]).rstrip(".")
    if first in findings.values():
        return " ".join(words).rstrip(".")
    return ""


@cache
def _title_rules_map(name: str) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in events_rules()[name].items()}


def _verb_after_participle_aside(going_on: Sequence[str]) -> bool:
    """ "A fourth test, performed in April, | did indicate", "The first cap, installed on 3 June, | takes oil", "The
    action, filed yesterday, | accuses them": the main clause's verb after a participle aside that closes the
    subject, where the verb lexicon lists none: a form of "do" or a negation, or a present form in "-s" (not "-ss",
    "-us", "-is", no stopword) before a lower-case word (the aside sits between the subject and its verb, so a plural
    noun cannot stand there: "news" or "reports" would open a phrase of its own, which a capital or a number tells)."""
    if not going_on:
        return False
    first = going_on[0]
    low = _clean(first)
    if first != low or not first.isalpha():
        return False
    if low in _DO_FORMS or low in lexicon().negations:
        return True
    return len(going_on) > 1 and low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3 \
        and low not in lexicon().stopwords | _title_rules("title_aside_nouns_in_s") and going_on[1][:1].islower() \
        and not is_adverb(low)


def participle_title(sentence: str, start: int, end: int, cut: tuple[int, int],
                     other_dates: Sequence[tuple[int, int]] = ()) -> str:
    """ "Thriller, released in 1982, is the biggest-selling album": when the date's clause is a past participle set
    off by commas after a noun phrase, and the sentence goes on after it with its own verb, the participle is a
    passive and the title is the noun phrase with "was" or "were" ("Thriller was released"); else "". `cut`: the
    date's offsets in the sentence; `other_dates`: those of the sentence's other dates (cut out of the title)."""
    clause = sentence[start:end]
    comma = clause.find(", ")
    if comma < 0 and sentence[:start].rstrip().endswith(","):
        # the clause opens with the participle ("Hurricane Alex, | upgraded from tropical storm status late last
        # night, | is expected to ..."): its noun is the piece before it, from the sentence's start
        noun_piece = sentence[:start].rstrip()[:-1]
        if CLAUSE_MARK_IN.search(noun_piece):
            return ""
        opening = noun_piece.split(" ", 1)
        if len(opening) > 1 and _clean(opening[0]) in PHRASE_OPENERS | NOUN_PHRASE_PREPOSITIONS:
            # "Under | a friendship treaty, signed three years ago by X and Y": the noun of the opening phrase
            sentence, cut, end, noun_piece = (sentence[len(opening[0]) + 1:], (cut[0] - len(opening[0]) - 1,
                                              cut[1] - len(opening[0]) - 1), end - len(opening[0]) - 1, opening[1])
            other_dates = [(a - len(opening[0]) - 1, b - len(opening[0]) - 1) for a, b in other_dates]
            start -= len(opening[0]) + 1
        if not _reads_as_noun_phrase(noun_piece.split()):
            return ""
        clause, start, comma = noun_piece + ", " + clause, start - len(noun_piece) - 2, len(noun_piece)
        if start != 0:
            return ""
    if comma < 0 or start + comma > cut[0] or not sentence[end:].startswith(","):
        return ""
    participle, _, rest = clause[comma + 2:].partition(" ")
    going_on = sentence[end + 1:].split()[:2]
    if not is_past(_clean(participle)) or not participle[:1].islower() \
            or _first_verb(going_on) < 0 and not _present_before_object(sentence[end + 1:]) \
            and not _verb_after_participle_aside(going_on):
        return ""
    if rest.split(" ", 1)[0].lower() in _title_rules("title_participle_state_words"):
        return ""  # "Ivory Coast, divided since 2002, is ...": a state that holds since then, no happening
    before = clause[:comma].split()
    noun = qualified_noun(before) if _main_verb(before) >= 0 else before
    if not noun or len(noun) > PARTICIPLE_NOUN_WORDS or _first_verb(noun) >= 0 or pronoun_class(noun[0]):
        return ""
    # (only where the noun is all the sentence's subject: "Documents found in the unit's compound, overrun [last
    # month], showed" is the documents' showing, not the compound's)
    finding = _finding_after_aside(sentence[end + 1:], other_dates, end) if noun is before else ""
    if finding:  # "A fourth test, performed in April, did indicate the cement would hold": what it found
        return make_title(" ".join(noun) + " " + finding, None)
    head = _clean(noun[-1])
    be = "were" if head.endswith("s") and not head.endswith("ss") and not noun[-1][:1].isupper() else "was"
    text = " ".join(noun) + f" {be} "
    lo, hi = _own_participle(sentence, start + comma + 2, end, cut, other_dates)
    shift = len(text) - lo
    inside = [(a + shift, b + shift) for a, b in other_dates if lo <= a and b <= hi]
    return make_title(text + sentence[lo:hi], (cut[0] + shift, cut[1] + shift), inside)


# prepositions that may open a phrase whose noun a participle aside qualifies ("Under | a friendship treaty, signed")
NOUN_PHRASE_PREPOSITIONS = frozenset({"under", "despite", "like", "unlike", "among", "within", "without"})


def _reads_as_noun_phrase(words: Sequence[str]) -> bool:
    """Whether the words that open a sentence read as its subject noun phrase ("The original wording of the executive
    summary"), not an opening adverbial ("Under a friendship treaty") nor a clause whose present verb the lexicon
    does not know ("Western governments hope the raids"): no preposition opens it, and an article inside it follows a
    preposition or a stopword ("wording of the"), never a content word ("hope the")."""
    lex = lexicon()
    low = [_clean(w) for w in words if any(c.isalnum() for c in w)]  # not a bullet ("* A third cargo")
    if not low or low[0] in lex.opening_prepositions - {"this"} | lex.date_prepositions | PHRASE_OPENERS:
        return False
    return not any(w in ("the", "a", "an") and low[k - 1] not in lex.stopwords for k, w in enumerate(low) if k)


_AND_PARTICIPLE = re.compile(r"\s++and\s++(?=[a-z])")


def _own_participle(sentence: str, start: int, end: int, cut: tuple[int, int],
                    other_dates: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The span of the participle that holds the date among coordinated ones that each tell a date of their own
    ("upgraded from tropical storm status late last night | and expected to hit the coasts later today"); the
    whole span when the other participle has no date ("recorded and released in 1982")."""
    lo, hi = start, end
    for m in _AND_PARTICIPLE.finditer(sentence, start, end):
        if not is_past(_clean(sentence[m.end():].split(" ", 1)[0])):
            continue
        if m.start() < cut[0] and any(lo <= a < m.start() for a, _ in other_dates):
            lo = m.end()
        elif m.start() >= cut[1] and any(m.end() <= a < hi for a, _ in other_dates):
            hi = m.start()
    return lo, hi


CLAUSE_MARK_IN = re.compile(r"[,;:()]")  # a noun phrase that opens a sentence holds none of these


# ---- completeness: a finished title that a cut left without its object, subject or verb -----------------------------

_DETERMINER_OR_OF = frozenset({"of", "the", "a", "an"})


@cache
def _object_verbs() -> frozenset[str]:
    """Verbs that tell nothing without what follows them: the reporting verbs and events.yaml title_object_verbs."""
    return lexicon().reporting_verbs | language.reporting_verbs("closes_title") | _title_rules("title_object_verbs")


def cut_mid_phrase(title: str, that_clause: bool = True) -> bool:
    """Whether a title starts or ends inside a phrase a cut split (events.yaml title_mid_phrase_examples): it opens
    on a figure and a conjunction ("1999 and agreed") or on the rest of "as well as" ("Well as Kuwait and Jordan --
    agreed"); it ends on "between" and a figure with no "and" after it ("release between $1 billion"); "such" stands
    right before a verb ("Business figures such criticised": "as Lord Jones" went); or it ends on a "that" and a
    short noun phrase with no verb ("said they are almost certain that Gaddafi's son Khamis"); or on a light verb and a
    bare span of time ("A strike came a day"). Such a title lost
    its point; what the cut split must come back, else the date has no title. `that_clause`: count the last kind
    (a later step may still complete a reported clause whose aside a cut took: "confirmed that the governor's
    memoir[, titled ...,] won't be released")."""
    words = title.split()
    low = [_clean(w) for w in words]
    if len(low) < 2:
        return False
    if low[0][:1].isdigit() and low[1] in ("and", "or") or low[:2] == ["well", "as"] or low[:3] == ["as", "well", "as"]:
        return True
    between = len(low) - 1 - low[::-1].index("between") if "between" in low else -1
    if 0 <= between < len(low) - 1 and "and" not in low[between + 1:] and len(low) - between <= OPEN_PHRASE_WORDS \
            and any(c.isdigit() for w in low[between + 1:] for c in w):
        return True
    if any(w == "such" and (is_past(n) or n in finite_words()) for w, n in zip(low, low[1:])):
        return True
    return that_clause and _ends_in_verbless_that(words, low) or _ends_on_bare_measure(low)


def _ends_on_bare_measure(low: Sequence[str]) -> bool:
    """Whether the title ends on a light verb and a span of time whose relation was cut ("A strike came a day [after
    ...]", polish.yaml complement: light_verbs, measure_quantities, measure_units): it says nothing of when or what;
    not "The siege lasted a month" (no light verb)."""
    complement = polish_rules()["complement"]
    units, quantities = complement["measure_units"], {str(q) for q in complement["measure_quantities"]}
    return len(low) >= 3 and low[-1] in units and (low[-2] in quantities or low[-2][:1].isdigit()) \
        and low[-3] in complement["light_verbs"]


def _ends_in_verbless_that(words: Sequence[str], low: Sequence[str]) -> bool:
    """Whether the title ends on "that" (not its first word nor a demonstrative) and at most CUT_PHRASE_WORDS words
    that open with an article, a possessive, a number or a name and hold no verb: a clause's subject, its verb cut
    ("... almost certain that Gaddafi's son Khamis"); not "that cautious line", "in that country"."""
    that = len(low) - 1 - low[::-1].index("that") if "that" in low else -1
    rest = words[that + 1:]
    if that < 1 or not 0 < len(rest) <= CUT_PHRASE_WORDS or _first_verb(words[:that]) < 0:
        return False
    opens = _clean(rest[0]) in _ARTICLES | lexicon().possessive_pronouns | lexicon().number_words \
        or rest[0][:1].isupper() or rest[0][:1].isdigit()
    # (a word after a possessive is its noun: "Gaddafi's son", never a present verb)
    return opens and _verb_outside_names(rest) < 0 and not any(
        reads_as_present_verb(rest, k) and not rest[k - 1].endswith(("'s", "’s")) for k in range(1, len(rest) - 1))


def is_incomplete(title: str, told_before: bool = False) -> bool:
    """Whether a finished title is a fragment a cut left (events.yaml title_fragment_examples): it ends on a modal or
    an auxiliary ("the death toll could"), on a determiner or a preposition, or on a verb of saying or recording that
    is its first verb ("One cable recorded"); a determiner or "of" stands right before its verb ("Snippets of were
    released"); its subject is the tail of a phrase cut after a comma ("Texas, were carried out"); it opens with a
    participle and has no verb after it ("Interviewed on US television"); or it has no verb and names no event.
    `told_before`: a speaker and who was told may close a title whose told part stands before them ("The forces
    outnumber rebels by 10-to-1, Mullen told the committee": fuller_title's longer clause)."""
    words = title.split()
    if not words:
        return False
    lex = lexicon()
    low = [_clean(w) for w in words]
    verb = _verb_outside_names(words)
    if low[-1] in lex.modals | lex.future_auxiliaries | lex.auxiliaries | lex.dangling_words \
            and not ends_phrasal_verb(words) and not ends_name(words) \
            and not (low[-1] == "her" and len(words) > 1 and _ends_verb(words[:-1])) \
            and not _ends_demonstrative_object(words):  # ("of gang-raping her", "a very big part of that")
        return True
    if low[-1] in _object_verbs() and verb == len(words) - 1:
        return True
    if len(low) > 2 and low[-1] in lex.subject_pronouns - {"her"} and low[-2] in _title_rules("title_pronoun_openers"):
        return True  # "an announcement by the UAE that it": the clause's subject, its verb cut
    if low[-1] in _title_rules("title_list_verbs") and len(words) > 2:
        return True  # "NATO said key targets hit included": what was included went with a colon's list
    if OPEN_DASH_ASIDE.search(title):
        return True  # "Dr Murray - who was employed": the main clause's verb stands past the aside
    if cut_mid_phrase(title):
        return True  # "1999 and agreed", "release between $1 billion", "almost certain that Gaddafi's son Khamis"
    if _opens_side_clause(low) or _subject_cut_before_verb(low, verb):
        return True  # "Saying the exclusions ...", "A company when it replaced ...", "The cameras and took questions"
    if verb >= 0 and low[verb] in _title_rules("title_listener_verbs") and _verb_outside_names(words[verb + 1:]) < 0 \
            and _listener_length(words[verb + 1:]) <= LISTENER_WORDS and not (told_before and _told_before(words, verb)):
        return True  # "Paramedics tell the court": who was told, and not what
    if verb >= 0 and low[verb] in _title_rules("title_listener_verbs") and _only_listener_and_setting(low, verb):
        return True  # "McCain told CNN in an interview taped and broadcast": where it was told, and not what
    if verb == 0 and low[0] in finite_words():
        return True  # "Was", "Had collected the samples": the subject was cut
    if _demonstrative_subject(words, 0):
        return True  # "That was the grim assessment": it tells of what the sentence before told
    if verb < 0 and low[0] in _title_rules("title_verbless_phrase_openers") \
            and not any(reads_as_present_verb(words, k) for k in range(1, len(words) - 1)):
        return True  # "Despite continuous drone attacks", "With 13 rebels reported dead": a phrase that sets an event
    if verb < 0 and _appositive_only(words):
        return True  # "Begich, a member of the Senate's Armed Services Committee": who, and not what they did
    if verb >= 0 and _states_no_main_clause(words, low, verb):
        return True  # "It announced that its wholesale banking arm", "The top of the range it estimated"
    if verb >= 0 and lacks_main_clause(words):
        return True  # "One of four released by the commission", "Leaving one dead and 15 injured", "NATO used when"
    if verb < 0:  # a long one may hold a present or irregular verb the lexicon does not know ("The focus continues")
        gerund = next((k for k, w in enumerate(low) if _is_gerund(w)), -1)
        if gerund > 0:
            return False  # "The rebel army retaking the airport": a subject and its gerund (after "after ...ing")
        if gerund < 0 and any(reads_as_present_verb(words, k) for k in range(1, len(words) - 1)):
            return False  # "Dr Murray's lawyers call their first witnesses": a present verb and its object
        return gerund == 0 or len(words) <= int(events_rules()["title_fragment_max_words"]) \
            and not set(low) & (lex.event_nouns | _noun_events().keys())
    if verb > 0 and low[verb - 1] in _DETERMINER_OR_OF and low[verb] in lex.auxiliaries | lex.modals:
        return True  # "Snippets of were released" (not "The wounded were taken": a participle as a noun)
    if _quantity_relative_before(low, verb):
        return True  # "20 years of which is being celebrated": the pronoun's antecedent is outside the title
    if verb > 0 and words[verb - 1].endswith(",") and sum(w.endswith(",") for w in words[:verb]) == 1 \
            and not low[verb - 1][:1].isdigit() \
            and (low[verb] in lex.auxiliaries | lex.modals or verb == len(words) - 1):
        return True  # "Texas, were carried out", "It replaces a previous cap, fitted"; not an aside's participle
    return _opens_with_participle(words, verb)


def _appositive_only(words: Sequence[str]) -> bool:
    """Whether a title with no verb is a name and the appositive a comma sets after it, and nothing else ("Begich, a
    member of the Senate's Armed Services Committee", "Abdel Fattah Younes, Gaddafi's former interior minister"):
    the sentence's verb, after the appositive, was cut (events.yaml title_appositive_examples). Not a list of names
    ("Tripoli, Misrata and Brega") nor a place after its town ("Zawiya, the town west of Tripoli" has a determiner
    too, and is as much a fragment)."""
    # (a cut may leave "and" where the party tag and its comma stood: "Senator Lindsey Graham and a member of ...")
    comma = next((k for k, w in enumerate(words[:-1]) if w.endswith(",")
                  or k and _clean(w) == "and" and words[k - 1][:1].isupper()), -1)
    name = words[: comma + (_clean(words[comma]) != "and")]
    # the name is the whole of what stands before: not a clause whose verb the lexicon does not know ("The clock
    # strikes at the end of Fat, a group of police march ...")
    if comma < 0 or not all(w[:1].isupper() or _clean(w) in _title_rules("title_name_particles") for w in name):
        return False
    after = _clean(words[comma + 1])
    lex = lexicon()
    return after in _title_rules("title_appositive_determiners") | lex.possessive_pronouns \
        or after.endswith("'s") and words[comma + 1][:1].isupper()


def _states_no_main_clause(words: Sequence[str], low: Sequence[str], verb: int) -> bool:
    """Whether a title's verb forms all stand in a clause that hangs on a noun or a saying, and none states it
    (events.yaml title_no_main_clause_examples): a saying cut in its "that" clause before that clause's verb ("It
    announced that its wholesale banking arm"), or a noun phrase whose only verb, its last word, is that of a relative
    clause with a pronoun subject ("The top of the range it estimated") or a participle after a phrase's noun
    ("Within the three months envisaged"); the "that" clause's words are at most CUT_PHRASE_WORDS."""
    lex = lexicon()
    rest = words[verb + 2:]
    # (a longer rest may hold a verb the lexicon does not know: "that its arm saw a 20% jump in income")
    # the clause's subject opens with a determiner or a name: not "denied that report" (a demonstrative's noun)
    if low[verb] in _object_verbs() | _title_rules("title_that_clause_verbs") and verb + 1 < len(low) \
            and low[verb + 1] == "that" and 0 < len(rest) <= CUT_PHRASE_WORDS \
            and (_clean(rest[0]) in _ARTICLES | lex.possessive_pronouns | lex.number_words or rest[0][:1].isupper()) \
            and _verb_outside_names(rest) < 0 and not any(reads_as_present_verb(rest, k) for k in range(1, len(rest) - 1)):
        return True
    if verb != len(words) - 1 or verb < 2 or any(w.endswith(",") for w in words):
        return False
    opener = low[0] in _ARTICLES | lex.possessive_pronouns or low[0] in _title_rules("title_verbless_phrase_openers") \
        and low[1] in _ARTICLES | lex.number_words | lex.possessive_pronouns
    return opener and (low[verb - 1] in lex.subject_pronouns or low[0] in _title_rules("title_verbless_phrase_openers")
                       and (low[verb].endswith("ed") or low[verb] in _irregular_participles()))


@cache
def _main_clause_rules() -> dict[str, frozenset[str] | tuple[tuple[str, ...], ...]]:
    """events.yaml title_main_clause, its word lists as sets and its leads as word tuples (longest first)."""
    table = events_rules()["title_main_clause"]
    rules: dict[str, frozenset[str] | tuple[tuple[str, ...], ...]] = {
        key: frozenset(str(w).lower() for w in table[key])
        for key in ("non_finite", "setting_openers", "object_verbs", "gap_openers", "measure_words")}
    rules["participle_leads"] = tuple(sorted((tuple(str(p).lower().split()) for p in table["participle_leads"]),
                                             key=len, reverse=True))
    return rules


def _verb_forms(words: Sequence[str], low: Sequence[str]) -> list[int]:
    """Where the title's verb forms stand (past forms, auxiliaries, modals), outside names (_verb_outside_names)."""
    forms = verb_form_words()
    return [k for k, w in enumerate(low)
            if (w in forms or is_past(w)) and not _in_name(words, k) and not (k and words[k][:1].isupper())]


def _is_participle(word: str) -> bool:
    """A form that can be a past participle: a regular -ed form or an irregular participle ("taken")."""
    return word.endswith("ed") or word in _irregular_participles()


def _before_agent(low: Sequence[str], at: int) -> bool:
    """Whether the verb form at `at` is a participle right before its agent's "by" (not a subject pronoun's past: "He
    passed by the house"; not a measure after "by": "plummeted by 13%", "fell by a third")."""
    if not (0 < at < len(low) - 2 and _is_participle(low[at]) and low[at + 1] == "by") \
            or low[at - 1] in lexicon().subject_pronouns | _main_clause_rules()["non_finite"] | {"be", "to", "get", "got"}:
        return False  # (not "called for the operations to be seized by the government": the passive's own verb)
    agent, measures = low[at + 2], _main_clause_rules()["measure_words"]
    if agent[:1].isdigit() or agent in lexicon().number_words - {"a", "an"} or agent in measures:
        return False
    return not (agent in ("a", "an") and at + 3 < len(low) and low[at + 3] in measures)


def lacks_main_clause(words: Sequence[str]) -> bool:
    """Whether a title is a side piece of its sentence with no finite main clause of its own (events.yaml
    title_main_clause, examples in title_fragment_examples): a reduced passive whose only verb is a participle before
    its agent's "by" ("One of four released by the commission"); a participle after a lead of time ("This time addressed to Egyptians", "First
    submitted to the committee"); a gerund's absolute phrase, its only other verbs after a number ("Leaving one dead
    and 15 injured"); a setting phrase ("With the oil being pushed into marshland ...") with no comma before a main
    clause; or a verb that always takes an object right before a subordinator ("NATO used when it was trying ...":
    the object was the relative's antecedent, outside the title). Near misses: "Rebels backed by NATO seized
    Tripoli" (a main verb after the agent), "Fighting erupted in Brega", "With the talks over, the rebels left"."""
    rules = _main_clause_rules()
    low = [_clean(w) for w in words]
    forms = _verb_forms(words, low)
    if not forms:
        return False
    finite = [k for k in forms if low[k] in finite_words() and low[k] not in rules["non_finite"]]
    comma = any(w.endswith((",", ";", ":")) for w in words[:-1]) or any(w in ("-", "--", "—", "–") for w in words)
    if len(forms) == 1 and _before_agent(low, forms[0]):
        return True  # "One of four released by the commission", "A report, one of four released by the commission"
    if not finite and not comma:
        lead = next((p for p in rules["participle_leads"] if tuple(low[: len(p)]) == p), ())
        if lead and forms[0] == len(lead) and all(_is_participle(low[k]) for k in forms):
            return True  # "This time addressed to Egyptians", "First submitted to the committee"
        if _is_gerund(low[0]) and len(low) > 1 and (low[1] in _ARTICLES | lexicon().number_words
                                                     or low[1][:1].isdigit()) \
                and all(k > 1 and (low[k - 1][:1].isdigit() or low[k - 1] in lexicon().number_words) for k in forms):
            return True  # "Leaving one dead and 15 injured"
        if low[0] in rules["setting_openers"]:
            return True  # "With the oil being pushed into fragile marshland around Venice by strong winds"
    first = forms[0]
    if low[first] not in rules["object_verbs"] or first and low[first - 1] in finite_words():
        return False  # ("The talks were held": a passive needs no object)
    return first == len(low) - 1 or low[first + 1] in rules["gap_openers"]  # "Bush secured", "NATO used when"


def _quantity_relative_before(low: Sequence[str], verb: int) -> bool:
    """Whether a relative pronoun that is the object of "of" stands right before the title's first verb ("some of
    which were seized", "most of whom had worked"; events.yaml quantity_relative_pronouns); not an interrogative
    with a subject of its own ("The question of which party would govern was settled")."""
    links, pronouns = _title_rules("quantity_relative_links"), _title_rules("quantity_relative_pronouns")
    between = 1 if verb > 1 and low[verb - 1] in lexicon().adverbs else 0  # "both of which also were hit"
    at = verb - 1 - between
    return at >= 1 and low[at] in pronouns and low[at - 1] in links


def _verb_outside_names(words: Sequence[str]) -> int:
    """The first verb form of a title (_first_verb) that is no word of a name: not a capitalised form inside the
    title ("Rehearsing for his This Is It tour": "Is" names the tour; "The U.S. and United Nations began": "began");
    -1 when there is none."""
    verb = _first_verb(words)
    while verb > 0 and words[verb][:1].isupper():
        rest = _first_verb(words[verb + 1:])
        verb = verb + 1 + rest if rest >= 0 else -1
    return verb


@cache
def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of an events.yaml list, as word tuples (longest first, so "in order to" is tried before "to")."""
    return tuple(sorted((tuple(str(p).lower().split()) for p in events_rules()[name]), key=len, reverse=True))


@cache
def _phrases_by_first(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """_phrases(name) by their first word, each word's in the same order (longest first): a title's opening word
    looks up its phrases instead of reading the whole list."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases(name):
        if phrase:
            found.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in found.items()}


def _opens_side_clause(low: Sequence[str]) -> bool:
    """Whether a title opens with a subordinator or a purpose "to" (events.yaml title_side_openers): it is the
    sentence's side clause ("Saying the exclusions ... were written", "To reduce any possible spread"), not its
    event; a purpose opener only before a word that is no stopword ("To reduce", not "To the surprise of many")."""
    low = [w for w in low if w]  # (") to reduce": a bracket the date's aside left)
    opener = next((p for p in _phrases("title_side_openers") if tuple(low[: len(p)]) == p), ())
    if not opener or len(low) <= len(opener):
        return False
    return opener not in _phrases("title_purpose_openers") or low[len(opener)] not in lexicon().stopwords


CUT_PHRASE_WORDS = 5  # "An environmentally aware company | when", "The cameras | and took": a longer phrase may hold
# a verb the lexicon does not know ("Many of his colleagues slept outside the courthouse and planned")


def _subject_cut_before_verb(low: Sequence[str], verb: int) -> bool:
    """Whether no verb stands before a subordinator or a joiner that opens the first verb's clause (events.yaml
    title_clause_subordinators, title_predicate_joiners): a noun phrase and its side clause ("An environmentally aware
    company when it replaced ..."), or a predicate whose subject a cut dropped ("The cameras and took questions").
    "when" after a noun of time opens a relative clause ("The day when the wall fell was ..."). The phrase before
    is at most CUT_PHRASE_WORDS words."""
    if verb < 2:
        return False
    if low[verb - 1] in _title_rules("title_predicate_joiners"):  # (not "Taking office and has returned": the
        return verb - 1 <= CUT_PHRASE_WORDS and not _is_gerund(low[0])  # gerund's own clause, another event)
    subordinator = next((k for k in range(1, min(verb, CUT_PHRASE_WORDS + 1))
                         if low[k] in _title_rules("title_clause_subordinators")), -1)
    return subordinator > 0 and not (low[subordinator] == "when"
                                     and low[subordinator - 1] in _title_rules("title_time_nouns_before_when"))


def states_nothing(title: str) -> bool:
    """Whether a title is a noun phrase with no verb at all ("The participants in talks", "A press conference", "The
    Assembly's decision to sustain a call"): a determiner opens it, no verb form outside names and no present verb the lexicon does not
    know (reads_as_present_verb). Its sentence's clause that holds it may state the event (fuller_title)."""
    words = title.split()
    # a determiner opens it: a noun phrase, not a clause with a present verb the lexicon does not know ("Flood
    # levels peak")
    lex = lexicon()
    # (a verb of saying is one too, though the verb forms leave it out: "A rebel spokesman reported the death")
    return bool(words) and _clean(words[0]) in _ARTICLES | lex.possessive_pronouns \
        and _verb_outside_names(words) < 0 and not any(w.islower() and _clean(w) in lex.reporting_verbs for w in words) \
        and not any(reads_as_present_verb(words, k) for k in range(1, len(words) - 1))


GAPPED_COMPLEMENT_WORDS = 8  # "from Libya to Tunisia": how long the complement a gapped verb shares may be


def gapped_complement(title: str, before: str) -> str:
    """ "About 3,000 crossed" -> "About 3,000 crossed from Libya to Tunisia": a title that ends on its past verb
    right after its subject, in a clause after an earlier clause of its sentence (`before`, the text up to the
    title's clause) with the same verb and a complement that a preposition opens ("about 1,800 people crossed from
    Libya to Tunisia, and about 3,000 crossed on Saturday"): the clauses are parallel and the second leaves the
    complement unsaid; the title takes it (at most GAPPED_COMPLEMENT_WORDS words, to the earlier clause's next
    comma). "" when there is none: not a verb with something after it, nor a complement that holds a date or no
    preposition opens ("crossed the border": an object may not be the second clause's)."""
    words = title.split()
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower() or not is_past(words[-1]) \
            or _verb_outside_names(words) != len(words) - 1:
        return ""
    found = re.search(rf"\b{re.escape(words[-1])}\s++((?:in|into|from|to|at|on|across|over|out of|through)\s[^,;:.]*+)",
                      before)
    if not found:
        return ""
    complement = found.group(1).split()
    if len(complement) > GAPPED_COMPLEMENT_WORDS or any(c.isdigit() for w in complement for c in w) \
            or any(w[:1].isupper() and _clean(w) in _calendar_names() for w in complement):
        return ""
    return " ".join([*words, *complement])


_ORDER_MODIFIERS = frozenset({"last", "new", "first", "next"})  # stopwords that may qualify an event noun


@cache
def _noun_happenings() -> dict[str, str]:
    """Each event noun of events.yaml title_noun_happenings and the verb that tells it happened."""
    return {str(noun).lower(): str(verb) for verb, nouns in events_rules()["title_noun_happenings"].items()
            for noun in nouns}


def noun_event_happened(title: str) -> str:
    """ "The U.S.-led invasion of Iraq" -> "The U.S.-led invasion of Iraq began": a title that is only a noun phrase
    headed by an event noun (events.yaml title_noun_happenings), with no verb, told with the verb that noun takes, at
    its end; "" when the title has a verb, sets another event ("Despite ...", "Ahead of ...") or its head names no
    event ("Her ground-breaking book"). The head is the word (or two) before the phrase's first preposition, else its
    last; the words before it are an opener and modifiers, none a stopword."""
    words = title.split()
    lex = lexicon()
    if not words or any(w.endswith((",", ";", ":")) or w in ("-", "--", "—", "–") or '"' in w or "“" in w
                        for w in words):
        return ""
    told = _noun_event_told(words)  # "The killing of General X" (its cut adverb gone) -> "General X was killed"
    if told != words and _verb_outside_names(told) >= 0:
        return " ".join(told)
    if _verb_outside_names(words) >= 0 or any(w.islower() and _clean(w) in lex.reporting_verbs for w in words) \
            or any(reads_as_present_verb(words, k) for k in range(1, len(words) - 1)):
        return ""
    low = [_clean(w) for w in words]
    end = next((k for k, w in enumerate(low) if k and w in PHRASE_OPENERS | _NOUN_PHRASE_WORDS - _ARTICLES), len(low))
    size = next((n for n in (2, 1) if end >= n and " ".join(low[end - n:end]) in _noun_happenings()), 0)
    if not size:
        return ""
    opener = 1 if low[0] in _ARTICLES | lex.possessive_pronouns or _POSSESSIVE_END.search(words[0]) else 0
    if any(w in lex.stopwords - _ORDER_MODIFIERS or is_adverb(w) for w in low[opener:end - size]) \
            or low[0] in lex.opening_prepositions | _title_rules("title_verbless_phrase_openers"):
        return ""  # ("The city under siege": no event heads it; "Despite continuous drone attacks": a setting)
    head = low[end - 1]
    if not opener and end - size > 0 and head.endswith("s") and words[end - size - 1][:1].isupper():
        return ""  # "BP clashes with scientists": a name and a present verb, a headline's clause
    verb = _noun_happenings()[" ".join(low[end - size:end])].split()
    if verb[0] == "was" and head.endswith("s") and not head.endswith("ss"):
        verb = ["were", *verb[1:]]  # "Talks with the AU delegation were held"
    return " ".join([*words, *verb])


def opens_bare_infinitive(title: str, sentence: str) -> bool:
    """Whether a title with no verb form is an infinitive clause whose "to" a cut dropped ("Protect civilians during
    the civil war" of "... since late March to protect civilians ..."): its first two words follow "to" in its
    sentence, the first lower-case there. It has no subject and states no event; the clause it hangs on may
    (fuller_title). Near miss: a title whose first word opens the sentence or follows no "to"."""
    words = title.split()
    if len(words) < 2 or _verb_outside_names(words) >= 0:
        return False
    first, second = words[0].lower(), words[1]
    return re.search(rf"\bto {re.escape(first)} {re.escape(second)}", sentence) is not None


def reads_as_present_verb(words: Sequence[str], k: int) -> bool:
    """Whether words[k] reads as a present-tense verb the lexicon does not know ("Dr Murray's lawyers call their
    first witnesses", "Dr Murray meets Michael Jackson"): a lower-case word that is no stopword or adverb, after a
    subject's last word (a name, a possessive's noun or a plural) and before its object's opener (events.yaml
    title_present_object_openers) or a name."""
    word, before, after = words[k], words[k - 1], words[k + 1]
    low = _clean(word)
    if not word.isalpha() or not word.islower() or low in lexicon().stopwords or is_adverb(low) \
            or before.endswith((",", ";", ":")) or _clean(before) in lexicon().stopwords:
        return False
    subject_end = before[:1].isupper() or _clean(before).endswith("s")
    return subject_end and (_clean(after) in _title_rules("title_present_object_openers") or after[:1].isupper())


def _only_listener_and_setting(low: Sequence[str], verb: int) -> bool:
    """Whether what follows a verb of telling is only who was told and a phrase of where or how ("told CNN in an
    interview taped and broadcast", "told reporters at a news conference"): a preposition within LISTENER_WORDS
    words, and after it no "that", no subject pronoun, auxiliary or modal (no clause of what was said)."""
    lex = lexicon()
    rest = list(low[verb + 1:])
    opener = next((k for k, w in enumerate(rest[: LISTENER_WORDS + 1]) if w in lex.opening_prepositions), -1)
    clause_words = {"that"} | lex.subject_pronouns | finite_words()
    return opener >= 1 and not any(w in clause_words for w in rest[opener:])


LISTENER_WORDS = 3  # "tell the court", "told reporters", "informed the US Congress"


TOLD_BEFORE_WORDS = 6  # "The dictator's forces still outnumber rebels, | Mullen told the committee": what was told


def _told_before(words: Sequence[str], verb: int) -> bool:
    """Whether what was told stands before the speaker, set off by a comma after at least TOLD_BEFORE_WORDS words
    ("The forces outnumber rebels by 10-to-1 in armor, Mullen told the committee"); not an apposition ("Dr Murray,
    58, told the court")."""
    comma = next((k for k, w in enumerate(words[:verb]) if w.endswith(",")), -1)
    return comma + 1 >= TOLD_BEFORE_WORDS


def _listener_length(words: Sequence[str]) -> int:
    """How many words the listener's phrase holds, a name of capitalised words counted as one ("the House Armed
    Services Committee": 2), so a long name is no more than "the court"."""
    return sum(1 for k, w in enumerate(words) if not (k and w[:1].isupper() and words[k - 1][:1].isupper()))


def _is_gerund(word: str) -> bool:
    return len(word) > 5 and word.endswith("ing") and word not in lexicon().stopwords


def _opens_with_participle(words: Sequence[str], verb: int) -> bool:
    """ "Interviewed on US television", "Previously declared dividends": a past participle opens the title (after an
    adverb at most) and no verb follows it: no subject and no finite verb. A comma after it may close the
    participle's phrase before a clause whose verb the lexicon does not know ("Adopted, the law sends ...")."""
    low = [_clean(w) for w in words]
    if verb > 1 or verb == 1 and not is_adverb(low[0]) or not is_past(low[verb]):
        return False
    return _first_verb(low[verb + 1:]) < 0 and not any(w.endswith(",") for w in words)


def fuller_title(fragment: str, sentence: str, cut: tuple[int, int], other_dates: Sequence[tuple[int, int]],
                 clause: tuple[int, int], stating: bool = False) -> str:
    """The title of more of the sentence, for a `fragment` that is_incomplete, made from the date's `clause` (its
    offsets in the sentence): from the sentence's start to the end of the clause, else the whole sentence shortened,
    else the whole sentence cleaned of its dates but not shortened (up to events.yaml title_fallback_max_words);
    each only when it is complete and holds the fragment's words (it is the longer clause the fragment was cut from,
    not another clause: "It was also not clear" is no fallback for "One cable recorded"), and never over another
    date of the sentence (that clause tells that date's event); with `stating`, only one with a verb (states_nothing
    is false: the fallback of a noun phrase with none); "" when there is none."""
    # (a name the fragment took for its pronoun is not in the sentence: "It announced" -> "Standard Chartered
    # announced"; the fuller title is named again after)
    kept = {_clean(w) for w in OPEN_DASH_ASIDE.sub("", fragment).split()} - lexicon().stopwords
    kept &= {_clean(w) for w in sentence.split()}
    # a setting phrase ("With the oil being pushed ..."): its main clause, which holds none of its words, is the title
    setting = bool(fragment) and _clean(fragment.split()[0]) in _main_clause_rules()["setting_openers"]
    asides = [m.span() for m in (*DASH_ASIDE.finditer(sentence), *THAT_ASIDE.finditer(sentence))]
    other_dates = [(a, b) for a, b in other_dates if not any(x <= a and b <= y for x, y in asides)]  # dropped with it
    candidates = []
    if not any(b <= clause[0] for _, b in other_dates):
        candidates.append(lambda: make_title(sentence[:clause[1]], cut, [d for d in other_dates if d[1] <= clause[1]]))
    if not any(b <= clause[0] or a >= clause[1] for a, b in other_dates):
        candidates.append(lambda: make_title(sentence, cut, other_dates))
        candidates.append(lambda: make_title(sentence, cut, other_dates, whole=True))
    for candidate in candidates:
        title = candidate()
        if title and not is_incomplete(title, told_before=True) \
                and (kept <= {_clean(w) for w in title.split()} or setting) \
                and len(title.split()) <= int(events_rules()["title_fallback_max_words"]) \
                and not (stating and states_nothing(title)) and (": " not in title or ": " in fragment):
            # (not back past a colon: what stands before it is another statement, "... his biography: A Jindal
            # spokesman confirmed that ...")
            return title
    return ""
