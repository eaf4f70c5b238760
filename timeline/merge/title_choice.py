"""Merging, title choice: which member title an entry prints when its sources give several.

An editor strikes a title that opens with a pronoun or an unnamed role ("It sent tanks", "The company fitted"),
that has no subject ("Had collected the samples"), that strays (a bullet, a headline in capitals run in), that
ends on an open word ("... east of") or stops mid-phrase against its own sentence, that comes from a question,
that is too long to read as a line, or that is a fragment with no verb (timeline.events.titles.is_incomplete); and
one that tells as a plan what had happened by the time a member's article was published ("Tony Hayward will be
grilled") or wraps its content in a speaker's words ("Says Daniel J. Weiss ...", "BP says ...", "According to ...").
Nor one whose only verb stands in a relative clause or an opening subordinate clause ("A comrade of Gaddafi in the
coup that brought him to power", "A month after the revolt erupted"): no_main_clause. Nor one whose main verb is a
present hope or fear ("The authorities in Mexico hope ...": stance). Of titles otherwise alike, one that points back
to a place or happening it never names ("At least 578 people survived the sinking") counts as vaguer.
The entry prints the title of a member whose date agrees with its own (contains it or lies in it; an undated
mention only when no such member gives a title) with the fewest such faults (a pronoun subject counts twice while
another member's title names its subject), then the one most members give (a thin title's members, "Campaign began",
also support a fuller one holding its words, "NATO bombing campaign began"), then one told in the past over a
chronology headline's present ("imposes sanctions"), then the most informative (no bare role where a name may stand,
"against the physician"; at least informative_words content words, not "Attack began"), then one whose own date
phrase dates it, then one of exactly its date, then the least vague, a concrete act over an impression, a bare remark,
a framing opener, an unnamed pronoun or a passive with no doer (vagueness: "Gadhafi flatly denied the existence
of the protests", not "Gadhafi appeared out of touch"), then one that names someone or somewhere (names_nothing), then
one whose doer is no person given by an age alone ("A
nine-year-old girl died"), then one no other member tells again with a name put in ("Airstrikes hit" gives way to
"NATO airstrikes hit": names_inserted), then the one nearest the members' common wording (when at least common_wording_articles
articles tell it), then
the shortest, then the first in alphabetical order: a choice that depends on the members only, not on their order. The word tables and examples are title_choice.yaml beside this module;
benchmarks/bench_titles.py counts the same faults in built timelines.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache, lru_cache
from typing import Any, NamedTuple

from timeline.dates import compatible, told_by_then
from timeline.events.indefinites import made_indefinite  # indefinite1
from timeline.events.lexicon import is_adverb, is_past, lexicon, rules as events_rules
from timeline.events.subjects import described_kind_noun  # kinds2
from timeline.events.polish import lies_inside_quotation, open_end, quoted_spans, rules as polish_rules, with_first_mention
from timeline.events.titles import (drops_notice_event, ends_name, ends_open_gerund, ends_phrasal_verb, is_incomplete,
                                    that_adverbials, without_closing_speaker)
from timeline.events.verbless import is_verbless
from timeline.merge.similarity import PHRASE_ANY, Item, derivations, phrase_at, phrase_stems, title_forms, word_stems
from timeline.rules import load_yaml
from timeline.text import lexicon as language
from timeline.text.chronology import opens_item

FAULTS = ("pronoun", "role", "unnamed", "no_subject", "dangling", "stray", "question", "long", "cut", "fragment",
          "no_verb", "no_main_clause", "agreement", "quote", "future", "wrapper", "speaker", "empty", "fused", "deictic",
          "stance", "placeholder")

_NEXT_WORD = re.compile(r" ([A-Za-z][\w'’-]*)")
# a parenthetical right after a title's last words ("about 50 miles (80 km) east of Sirte"): the sentence's phrase
# goes on after it
_ASIDE = re.compile(r" \([^()]{0,80}\)")
# a dash that opens or closes an aside ("took three landmark buildings -- the main hospital, the university ...")
_DASH = re.compile(r" (?:--|–|—) ")
_LIST_GOES_ON = re.compile(r", [a-z]")
_WORD_EDGES = ",.;:\"“”'‘’()"
_EDGE_PUNCTUATION = ",.;:"


def rules() -> dict[str, Any]:
    """The table title_choice.yaml beside this module (read once per process; treat it as read-only)."""
    return load_yaml(__package__, "title_choice.yaml")


@cache
def _words(table: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules()[table])


@cache
def _roles() -> frozenset[str]:
    return frozenset(str(w).lower() for w in derivations()["roles"])


@cache
def _dangling_ends() -> frozenset[str]:
    lex = lexicon()
    return lex.dangling_words | lex.date_prepositions | _words("dangling_ends")


@cache
def _particles() -> frozenset[str]:
    """The particles that may end a phrasal verb ("took over"): events.yaml title_particles."""
    return frozenset(str(w).lower() for w in events_rules()["title_particles"])


def _opens_without_subject(words: Sequence[str], first: str) -> bool:
    """A verb form opens the title; a past form before a capitalised word reads as a name ("United Nations")."""
    if first in _words("verb_openers"):
        return True
    if len(words) > 1 and _opens_gerund_phrase(first, words[1].lower().strip(_EDGE_PUNCTUATION)) \
            and not _clause_after_comma(words):
        return True
    names_one = len(words) > 1 and words[1][:1].isupper()
    return is_past(first) and not names_one


def _opens_gerund_phrase(first: str, second: str) -> bool:
    """ "Taking his fourth trip to the Gulf", "Using the same figure": a gerund and its object or complement open the
    title (a stopword after it that is no verb form); not a gerund subject before its verb ("Fighting has continued",
    "Fighting continued")."""
    lex = lexicon()
    gerund = len(first) > 5 and first.endswith("ing") and first.isalpha() and first not in lex.stopwords
    return gerund and second in lex.stopwords and second not in lex.auxiliaries | lex.modals \
        | lex.future_auxiliaries and not is_past(second)


def _clause_after_comma(words: Sequence[str]) -> bool:
    """Whether a comma in the title is followed by a verb form: the opening gerund phrase is set off before its main
    clause ("Testifying before Congress, General Carter Ham affirmed that ...")."""
    lex = lexicon()
    finite = lex.auxiliaries | lex.modals | lex.future_auxiliaries
    return any(w.endswith(",") and any(is_past(x.lower().strip(_EDGE_PUNCTUATION)) or x.lower() in finite
                                       for x in words[k + 1:]) for k, w in enumerate(words))


def _shouts(words: Sequence[str]) -> bool:
    """A run of capitalised words ("ALL THOSE WHO VOTED NO ..."): a headline or caption run into the sentence, not
    an acronym or two ("NATO", "BP CEO")."""
    run = 0
    for word in words:
        letters = word.strip(_EDGE_PUNCTUATION + "\"“”'‘’()")
        run = run + 1 if len(letters) > 1 and letters.isalpha() and letters.isupper() else 0
        if run >= int(rules()["shouting_words"]):
            return True
    return False


def _points_back(words: Sequence[str], low: Sequence[str], first: str) -> bool:
    """ "Similar protests toppled ...", "... a dismissal of that action", "into this cauldron": a demonstrative whose
    referent the title never tells (title_choice.yaml deictic_openers, deictic_prepositions, deictic_time_nouns); an
    opening "this"/"these"/"those" is a pronoun fault already and is not counted again."""
    if first in _words("deictic_openers"):
        return True
    if _points_to_place(words, low):
        return True
    times, prepositions = _words("deictic_time_nouns"), _words("deictic_prepositions")
    for i in range(1, len(low) - 1):
        word, following = low[i], low[i + 1]
        before = " ".join(words[:i + 1])  # a quotation's "this country" is the speaker's, the quote names it
        quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
        if quoted or word not in ("this", "these", "those", "that") or not following[:1].isalpha() \
                or following in times or following in lexicon().stopwords or _is_verb(following):
            continue  # "those who backed", "those on show": told by what follows; "said this failed": a pronoun
        if word != "that" or low[i - 1] in prepositions:  # after a verb "that" opens a reported clause
            return True
    return False


def _points_to_place(words: Sequence[str], low: Sequence[str]) -> bool:
    """twins70: "Rebels said they fought troops for control of a main thoroughfare there": a place adverb of
    title_choice.yaml deictic_places after the first word, not a subject before a verb of deictic_place_subjects
    ("said there were clashes"), with no capitalised word before it after the first ("entered Misrata and fought
    there" tells where); a quotation's words are the speaker's."""
    for i in range(1, len(low)):
        if low[i] not in _words("deictic_places") or i + 1 < len(low) and low[i + 1] in _words("deictic_place_subjects"):
            continue
        before = " ".join(words[:i])
        if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
            continue
        if not any(_has_capital(w) for w in words[1:i]):
            return True
    return False


def _points_to_untold(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "At least 578 people survived the sinking", "Rebels reached the city's gates", "Other nations abstained in
    the vote": after its first word the title holds "the" and a noun that points back to a place or a happening its
    article told before (title_choice.yaml untold_nouns; one lower-case word may stand between, "the besieged city"),
    and no name follows within apposition_words to tell which ("the city of Zawiya", "the border with Tunisia"): which
    sinking, which city, the reader cannot tell; a place noun after a name may stand for it (untold_places). A
    quotation's words are the speaker's, not counted."""
    nouns, window = _words("untold_nouns"), int(rules()["apposition_words"])
    for k in range(1, len(low) - 1):
        before = " ".join(words[:k])
        if low[k] != "the" or before.count("“") > before.count("”") or before.count('"') % 2 == 1:
            continue
        at = k + 1
        if at + 1 < len(low) and words[at][:1].islower() and low[at] not in nouns and low[at].isalpha() \
                and low[at] not in lexicon().stopwords:
            at += 1  # "the besieged city", "the eastern town": after "the" a past form is an adjective
        noun = re.sub(r"['’]s$", "", low[at])
        if not words[at][:1].islower() or noun not in nouns \
                or any(_has_capital(w) for w in words[at + 1:at + 1 + window]):
            continue  # "the city of Zawiya", "the town of al-Brega": told which
        # a place noun may stand for a place the title named before it ("Misrata intensified amid more shelling on
        # the city", "Libyan opposition ... of the country"); a happening's noun ("the sinking") may not
        if noun in _words("untold_places") and any(_has_capital(w) for w in words[1:k]):
            continue
        return True
    return False


@lru_cache(maxsize=1 << 14)
def untold_as_printed(title: str, quote: str) -> bool:
    """Whether `title`, as printed from `quote` (polish.with_first_mention: "told Monday's meeting" prints "told a
    meeting"), points back to a place or happening it never names (_points_to_untold: "survived the sinking")."""
    return _points_to_untold(*_words_of(with_first_mention(title, quote)))


def _words_of(title: str) -> tuple[list[str], list[str]]:
    """A title's words and their bare lower-case forms."""
    words = title.split()
    return words, [_bare(w) for w in words]


def _has_capital(word: str) -> bool:
    """A name's word: capitalised, or a name written with a lower-case particle ("al-Brega", "bin")."""
    return any(c.isupper() for c in word)


def _tells_stance(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "The authorities in Mexico hope a nationwide shut-down ordered ...", "Residents fear the worst": the main verb
    is a present stance (title_choice.yaml stance_verbs) right after a noun or a name, with no verb form before it: a
    hope or fear held as the article was written, no dated act, and its clause often lost its verb. Not a noun ("the
    hope of", "expressed hope") nor a past ("Obama hoped to")."""
    stop = lexicon().stopwords
    for k in range(1, len(low)):
        if _is_verb(low[k]):
            return False
        if low[k] in _words("stance_verbs") and words[k][:1].islower() and low[k - 1].isalpha() \
                and low[k - 1] not in stop and low[k - 1] not in _words("adjective_markers"):
            return True
    return False


@lru_cache(maxsize=1 << 14)  # a pure function of the title, weighed again for each cluster holding it at each join pass
def names_nothing(title: str) -> bool:
    """ "At least 578 people survived the sinking", "Wounded people started arriving at the hospital": no capitalised
    word after the first and the first a function word or a number: the title names no one and no place (a name
    stands capitalised: "Rebels took Brega", "Gadhafi spoke"). No fault an editor strikes by itself, but of titles
    otherwise alike one that names its actors or place is preferred (most_printable)."""
    words = title.split()
    if not words:
        return True
    first = _bare(words[0])
    named_first = words[0][:1].isupper() and first not in lexicon().stopwords and not first[:1].isdigit() \
        and first not in _words("time_measures")
    return not named_first and not any(_has_capital(w) for w in words[1:])


def _opens_with_role(words: Sequence[str], first: str) -> bool:
    """ "The company fitted a cap", "The singer died": a role where a name should stand."""
    return len(words) > 2 and first in _words("role_determiners") \
        and words[1].lower().strip(_EDGE_PUNCTUATION) in _roles()


def is_cut(title: str, quote: str, expression: str = "") -> bool:
    """Whether the title ends where its sentence goes on with more of the same phrase (not with punctuation, the
    end, its date phrase `expression` or the words that introduce it, a date word or a word that opens a new
    clause), or inside an adverbial put between a "that" and its clause (titles.that_adverbials)."""
    tail = " ".join(title.split()[-2:])
    if len(tail) < 6:
        return False  # too short to find its place in the sentence
    at = quote.find(tail)
    if at < 0 and len(title.split()) <= 2:
        # a two-word title is its tail, its first word capitalised from the sentence's ("rebels overran")
        at = quote.find(tail[:1].lower() + tail[1:])
    if at < 0:
        return False
    if any(a <= at and at + len(tail) <= b for a, b in that_adverbials(quote)):
        return True  # "testified that over three days [in April 2009, Jackson received ...]": what was said is lost
    end = at + len(tail)
    aside = _ASIDE.match(quote, end)
    if aside:
        end = aside.end()  # "about 50 miles [(80 km)] east of Sirte": the phrase goes on after the parenthetical
    if len(_DASH.findall(title)) % 2 and _LIST_GOES_ON.match(quote, end):
        # "took three buildings -- the main hospital[, the university and ...]": an aside's list cut open (not "--
        # the first calm in a week[, Misrata residents reported]": the speaker's name follows)
        return True
    following = _NEXT_WORD.match(quote, end)
    if not following or expression and quote.startswith(expression, following.start(1)):
        return False  # the end, punctuation, or the date cut from the title ("[more than three months ago]")
    if expression and _introduces_date(quote, following.start(1), expression):
        return False  # "had been restored [by late] Friday": the date and the words that introduced it were cut
    word = following.group(1).lower()
    return word not in _words("clause_openers") and not _opens_date_phrase(word)


def is_relative_remnant(title: str, quote: str) -> bool:
    """Whether the title is a relative clause taken out of its sentence ("... the compound which rebels overran on
    Tuesday" -> "Rebels overran"): its object or subject is the relative pronoun before it, which the title lost."""
    head = " ".join(title.split()[:2])
    if len(head) < 6:
        return False
    at = _head_at(head, quote)
    before = quote[:at].split() if at > 0 else []
    return bool(before) and before[-1].lower() in _words("relative_openers")


def _head_at(head: str, quote: str) -> int:
    """Where the title's first words stand in its quote, capitalised as in the title or not; -1 when nowhere."""
    at = quote.find(head)
    return at if at >= 0 else quote.find(head[:1].lower() + head[1:])


def opens_inside_phrase(title: str, quote: str) -> bool:
    """Whether the title starts inside a phrase of its sentence ("[while in] Texas and was diagnosed", "[according
    to an] affidavit made public", "[In] a sentencing memorandum delivered to ..."): its first words stand together
    in the sentence right after an article or a preposition (phrase_heads), so the title lost the head of its own
    phrase. Not a relative clause told as a main one ("[of] a senior figure, who flew" -> "A senior figure flew"):
    there the sentence goes on with the relative pronoun where the title goes on with its verb."""
    words = title.split()
    head = " ".join(words[:int(rules()["phrase_head_words"])])
    if len(words) < 2:
        return False
    at = _head_at(head, quote)
    before = quote[:at].split() if at > 0 else []
    if not before or _bare(before[-1]) not in _words("phrase_heads"):
        return False
    told = quote[at:].split()
    gap = next((k for k, (a, b) in enumerate(zip(words, told)) if _bare(a) != _bare(b)), None)
    # the first word where the title and its sentence part: a relative pronoun there is a rewritten clause
    return gap is None or _bare(told[gap]) not in _words("relative_pronouns_kept")


@cache
def _date_introducers() -> frozenset[str]:
    lex = lexicon()
    return _words("date_introducers") | lex.date_prepositions | frozenset(
        str(w).lower() for w in events_rules()["title_date_modifiers"])


def _introduces_date(quote: str, at: int, expression: str) -> bool:
    """Whether the words of `quote` from `at` up to its date phrase `expression` only introduce that date ("by late",
    "shortly before", "upon in"): at most date_introducer_words of them, all date_introducers."""
    end = quote.find(expression, at)
    if end < 0:
        return False
    between = quote[at:end].split()
    return len(between) <= int(rules()["date_introducer_words"]) and all(
        w.lower().strip(_EDGE_PUNCTUATION) in _date_introducers() for w in between)


@cache
def _calendar_names() -> frozenset[str]:
    """The full names of the months and weekdays, lower-cased (the text lexicon's)."""
    return frozenset(names[0].lower() for names in language.months() + language.weekdays())


def _opens_date_phrase(word: str) -> bool:
    """A word that goes on a date phrase after a title's last words ("on", "yesterday", "March", "2011"): the
    title stops where its date was cut, not mid-phrase."""
    return word[:1].isdigit() or word in _words("date_lead_words") or word in _calendar_names()


@lru_cache(maxsize=1 << 15)  # a pure function of the word, asked for each word of each title at each join pass
def _bare(word: str) -> str:
    return word.lower().strip(_WORD_EDGES)


@lru_cache(maxsize=1 << 15)  # a pure function of the word, asked for each word of each title at each pass
def _is_verb(word: str) -> bool:
    """A finite verb form or auxiliary the lexicon knows (past, auxiliary, modal, future, state verb). A reporting
    verb's past in -ed is one too, though the lexicon keeps it among the stopwords is_past leaves out ("Libyan state TV
    reported that NATO struck ...": else its "that" reads as a relative pronoun and the title as having no main clause)."""
    lex = lexicon()
    return is_past(word) or word in lex.auxiliaries | lex.modals | lex.future_auxiliaries | lex.state_verbs \
        or (word.endswith("ed") and word in lex.reporting_verbs)


def _names_an_object_pronoun(low: Sequence[str]) -> bool:
    """ "Propofol killed him", "Dr Murray found him in bed": an object pronoun of the main clause stands for someone
    the title does not name (it cannot be its own subject); after an infinitive or a subordinate clause's opener
    ("... warned Jackson about using propofol to help him sleep") it may be a name of the title."""
    for word in low[1:]:
        if word in _words("object_pronouns"):
            return True
        if word in _words("pronoun_clause_openers"):
            return False
    return False


@cache
def _described_age() -> re.Pattern[str]:
    """title_choice.yaml described_age: an age given in digits or words ("nine-year-old", "26-year-old")."""
    return re.compile(str(rules()["described_age"]))


@cache
def _unnamed_age() -> re.Pattern[str]:
    """title_choice.yaml unnamed_age: a person given by an age alone ("The 18-year-old")."""
    return re.compile(str(rules()["unnamed_age"]))


def _unnamed_subject(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "The judge was criticised", "The clip was played in full", "The 18-year-old was arrested": a definite common
    noun phrase stands as the subject (the words before the first verb) and no name stands in it: which judge, which
    clip, who."""
    if len(words) < 3 or low[0] not in _words("role_determiners") \
            or not (words[1][:1].islower() or _unnamed_age().fullmatch(low[1])) \
            or low[1] in _words("known_institutions"):
        return False
    # a capitalised past form is a name's ("United States"), not the verb
    verb = next((i for i, w in enumerate(low) if words[i][:1].islower() and _is_verb(w)), len(low))
    # kinds2: "The overcrowded boat", "The meeting between ...": described as the naming rules read it (kinds.yaml)
    # ("overcrowded", a past form right after "The", describes the noun)
    after = next((i for i, w in enumerate(low) if i > 1 and words[i][:1].islower() and _is_verb(w)), len(low))
    return not any(w[:1].isupper() for w in words[1:verb]) and not described_kind_noun(words[1:after])


def _opens_participle_clause(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "Having closed his own premises", "Releasing some 4.4 m barrels", "Refusing to supply": a gerund opens the title
    and takes its object, with no subject; not a gerund subject ("Fighting resumed"), an adjective ("Opening
    arguments take place") or a participle phrase before its clause's subject after a comma ("Speaking in Caracas,
    Chavez proposed")."""
    auxiliary = low[0] in _words("auxiliary_gerunds")  # "having", a stopword, opens a perfect participle clause
    if len(low) < 2 or len(low[0]) <= 5 or not low[0].endswith("ing") or low[0] in lexicon().stopwords and not auxiliary:
        return False
    after = low[1]
    takes_object = after in _words("object_openers") or after[:1].isdigit() \
        or auxiliary and is_past(after)
    return takes_object and not any(w.endswith(",") for w in words)


def _verb_positions(low: Sequence[str]) -> list[int]:
    """Where the title's verb forms stand; a past form after a determiner or a degree word is an adjective ("More
    limited ban", "the injured"), not a verb (title_choice.yaml adjective_markers)."""
    markers = _words("adjective_markers")
    return [i for i, w in enumerate(low)
            if _is_verb(w) and not (i > 0 and is_past(w) and low[i - 1] in markers) or _same_form_verb_at(low, i)]


def _same_form_verb_at(low: Sequence[str], at: int) -> bool:
    """ "Libyan state television broadcast video": a same-form past the lexicon leaves out (unchanged_pasts that
    is_past does not read) between a word that ends a subject and one that opens no participle's phrase
    (title_choice.yaml same_form_participle_followers); not "An address broadcast on television", "the cost of"."""
    word = low[at]
    if not 0 < at < len(low) - 1 or word not in _words("unchanged_pasts") or is_past(word):
        return False
    before, after = low[at - 1], low[at + 1]
    return bool(before) and before not in _words("adjective_markers") and before not in lexicon().stopwords \
        and bool(after) and after not in _words("same_form_participle_followers")


def _reads_as_present_after_name(words: Sequence[str], low: Sequence[str], at: int) -> bool:
    """ "Libya says", "David Cameron travels": a lower-case word in "-s" after a capitalised one; not after a
    capitalised determiner ("A press conference", "Another crisis") nor a word whose "-s" ends no verb
    (title_choice.yaml name_present_non_names, non_verb_s_endings)."""
    if not (words[at - 1][:1].isupper() and words[at][:1].islower() and low[at].endswith("s")):
        return False
    if low[at - 1] in _words("name_present_non_names"):
        return False
    return not low[at].endswith(tuple(_words("non_verb_s_endings")))


def _has_no_finite_verb(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "The opening day of Michael Jackson's trial in Santa Maria", "BP beginning the top kill attempt": no verb form
    the lexicon knows, and no present-tense verb after a name ("David Cameron travels to Washington", "Libya
    says")."""
    if _verb_positions(low):
        return False
    return not any(_reads_as_present_after_name(words, low, i) for i in range(1, len(words)))


def _verb_groups(low: Sequence[str], positions: Sequence[int]) -> int:
    """How many verb groups the verb forms at `positions` make: a verb form after a non-verb word opens one, and so
    does a main verb after a main verb ("who had fled returned": "had fled", "returned"); an auxiliary and its verb
    ("was arrested") make one."""
    finite = lexicon().auxiliaries | lexicon().modals | lexicon().future_auxiliaries
    groups, last = 0, -2
    for at in positions:
        if at != last + 1 or low[last] not in finite:
            groups += 1
        last = at
    return groups


def _opens_subordinate_clause(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "A month after violent resistance first erupted", "After rebels took the town": a subordinating conjunction
    opens the title (first, or after a measure of time: "a month", "two days") and neither a comma ("After the vote,
    Russia abstained") nor a second verb group sets off a main clause after it."""
    measure = int(rules()["subordinate_measure_words"])
    at = next((k for k, w in enumerate(low[:measure + 1]) if w in _words("subordinate_openers")), None)
    if at is None or at and not all(w in _words("time_measures") or w.isdigit() for w in low[:at]):
        return False
    # a comma, or a second verb group ("After rebels took the town Gaddafi fled"), tells the main clause after it
    return not any(w.endswith(",") for w in words[at:-1]) and _verb_groups(low, _verb_positions(low)) < 2


def _lacks_main_clause(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "A comrade of Gaddafi in the coup that brought him to power", "A month after violent resistance first
    erupted": the title's only verb stands in a relative clause after its head noun or in a subordinate clause that
    opens it, so it states no event (no_verb names a title with no verb at all)."""
    if _opens_subordinate_clause(words, low):
        return True
    # lower-case: "The WHO raised the threat level" names the organisation
    relative = next((k for k, w in enumerate(low) if k and w in _words("relative_clause_pronouns")
                     and words[k][:1].islower()), None)
    positions = _verb_positions(low)
    if relative is None or not positions or positions[0] < relative:
        return False
    # "Libya reopens the embassy that was closed": a present verb after the name that opens the title is the main
    # one; not after a name inside a phrase ("Some of the other Arab countries that have ...")
    if any(_reads_as_present_after_name(words, low, k) and all(w[:1].isupper() for w in words[:k])
           for k in range(1, relative)):
        return False
    # a verb after a subject pronoun is a reported clause's inside the relative one ("a key oil town that they said
    # they seized"), not the main clause's
    after = [k for k in positions if k > relative and low[k - 1] not in _words("subject_pronouns")]
    return _verb_groups(low, after) < 2


def _only_participle_aside(words: Sequence[str], low: Sequence[str], quote: str) -> bool:
    """ "A fourth test performed" (from "A fourth test, performed in April, did indicate ..."): the title's only verb
    is a past participle that the sentence sets off by a comma after the noun before it, an aside, not the main
    clause's verb (which the cut left out)."""
    positions = _verb_positions(low)
    if len(positions) != 1 or positions[0] < 1 or not is_past(low[positions[0]]):
        return False
    at = positions[0]
    # the title dropped the comma the sentence has after a common noun ("Jackson's father, Joe, filed" keeps its own;
    # "Rashid Khalikov, arrived" closes a name's apposition), and a second comma closes the aside in the sentence
    # ("Their father, a Libyan opposition activist, “disappeared” 20 years ago" has none)
    before = words[at - 1].rstrip(_EDGE_PUNCTUATION)
    opened = quote.find(f"{before}, {words[at]} ")
    return not words[at - 1].endswith(",") and before[:1].islower() and opened >= 0 \
        and "," in quote[opened + len(before) + 2:]


@lru_cache(maxsize=1 << 14)
def tells_present(title: str, quote: str, expression: str = "") -> bool:
    """ "The U.N. Security Council imposes sanctions on Gaddafi", "EU governments approve a package of sanctions": a
    chronology headline's present tense, or a present verb after a name ("Libya says"), with no verb form the lexicon
    knows as past, auxiliary or modal. No fault an editor strikes, but of titles equally printable one that tells the
    happening in the past, as the rest of the timeline does, is preferred (most_printable)."""
    words = title.split()
    low = [_bare(w) for w in words]
    lex = lexicon()
    finite = lex.auxiliaries | lex.modals | lex.future_auxiliaries
    if not words or any(is_past(w) or w in finite for w in low):
        return False
    return bool(opens_item(quote, expression)) or any(_reads_as_present_after_name(words, low, k)
                                                      for k in range(1, len(words)))


def _slips_agreement(low: Sequence[str]) -> bool:
    """ "BP did not immediately took", "Rebels could reached": a past form after "did" or a modal (past negations and
    adverbs between), where the base form belongs; verbs whose past is their base ("did not cut") are none."""
    lex = lexicon()
    takes_base = _words("base_form_auxiliaries") | lex.modals
    for i, word in enumerate(low[:-1]):
        if word not in takes_base:
            continue
        j = i + 1
        while j < len(low) - 1 and (low[j] in lex.negations or is_adverb(low[j])):
            j += 1
        verb = low[j]
        if is_past(verb) and verb not in _words("unchanged_pasts") and not verb.endswith("eed"):
            return True
    return False


def _is_gapped(title: str) -> bool:
    """ "Clinton told reporters  changed the ...", "ET), shortly after ...": a double space where words were cut out, or a
    bracket or quotation mark that never opens or closes: pieces of two sentences or an aside cut in two."""
    pairs = (("(", ")"), ("[", "]"), ("“", "”"))
    # ("moving freely;, Gaddafi was presented": a date cut from after a semicolon left its comma)
    return "  " in title or any(title.count(a) != title.count(b) for a, b in pairs) or title.count('"') % 2 == 1 \
        or ";," in title or ":," in title


def _joins_sentences(words: Sequence[str]) -> bool:
    """ "... if convicted A US judge has delayed the trial", "Most recently, A 17-year-old boy died": an article that
    opens a sentence (joined_openers, as capitalised) after a lower-case word: two sentences, or a headline and its
    story, run together."""
    return any(words[k] in _joined_openers() and words[k - 1][:1].islower() for k in range(1, len(words) - 1))


@cache
def _joined_openers() -> frozenset[str]:
    return frozenset(str(w) for w in rules()["joined_openers"])


def _opens_loose(words: Sequence[str], first: str) -> bool:
    """ "even the language choice ...", "Meanwhile rebels ...", "And the ...": a lower-case first word or a connective
    that ties the title to a sentence the reader does not see."""
    return words[0][:1].islower() or first in _words("loose_openers")


@cache
def _phrases(table: str) -> tuple[tuple[str, ...], ...]:
    """A table of phrases as lower-cased word tuples ("is expected to" -> ("is", "expected", "to"))."""
    return tuple(tuple(str(p).lower().split()) for p in rules()[table])


def _phrase_at(low: Sequence[str], at: int, table: str) -> bool:
    return any(tuple(low[at:at + len(p)]) == p for p in _phrases(table))


def _tells_future(low: Sequence[str]) -> bool:
    """ "Tony Hayward will be grilled", "Obama is to visit", "BP plans to cap the well": a future marker
    (future_markers) before any other verb form, so the main clause tells a plan; after a past or auxiliary verb
    ("Hayward told the committee he will stay") it is a reported clause's."""
    for at, word in enumerate(low):
        if _phrase_at(low, at, "future_markers"):
            return True
        if _is_verb(word):
            return False
    return False


def _opens_with_wrapper(low: Sequence[str]) -> bool:
    """ "Says Daniel J. Weiss President Barack Obama has made ...", "According to BP, ...", "BP says it capped the
    well": a reporting wrapper before the content: a reporting verb or "according to" first, or a speaker of at most
    wrapper_speaker_words words and a present reporting verb, no verb form before it, and content after it."""
    if _phrase_at(low, 0, "wrapper_openers"):
        return True
    speaker = int(rules()["wrapper_speaker_words"])
    for at, word in enumerate(low[:speaker + 1]):
        if word in _words("reporting_verbs"):
            return 0 < at < len(low) - 1
        if _is_verb(word):
            return False
    return False


@cache
def _cut_kinds() -> frozenset[str]:
    return frozenset(polish_rules()["complement"]["cut_kinds"])


@cache
def _empty_frame() -> re.Pattern[str]:
    """derivations.yaml empty_frames as one pattern over a lower-cased title: [subject] [auxiliary] [adverb] verb."""
    table = derivations()["empty_frames"]

    def alternation(words: Iterable[object]) -> str:  # longest first, so a phrase is tried before a word it starts with
        return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: (-len(str(w)), str(w))))
    return re.compile(rf"(?:(?:{alternation(table['subjects'])}) )?(?:(?:{alternation(table['auxiliaries'])}) )?"
                      rf"(?:(?:{alternation(table['adverbs'])}) )?(?:{alternation(table['verbs'])})")


def is_empty_frame(low: Sequence[str]) -> bool:
    """ "A deal was reached", "Initial details were announced", "The text was adopted": a frame that tells only that
    something was announced, reached or adopted, its subject an empty word or none (derivations.yaml empty_frames,
    which the joins read too): the reader learns neither who nor what."""
    return bool(low) and _empty_frame().fullmatch(" ".join(low)) is not None


def cut_against(title: str, others: Iterable[str]) -> bool:
    """Whether another member's title holds `title`'s words and goes on with more of the same phrase ("Libyan
    government tanks and snipers put up scattered" against "... put up scattered resistance in Tripoli"): the title
    stopped mid-phrase though its own sentence hid it (a comma, "scattered, last-ditch resistance"). Not when the
    fuller title goes on with a word opening a new clause or phrase or a date ("... moved through the Suez Canal" /
    "... Canal and into the Mediterranean", "Protests began" / "Protests began in Benghazi")."""
    words = _bare_words(title)
    if len(words) < int(rules()["sibling_cut_words"]):
        return False
    stop: frozenset[str] | None = None  # (built only for a title another one holds: most hold none)
    for other in others:
        fuller = _bare_words(other)  # (memoised: as many words as other.split(), which only a holder needs)
        if len(fuller) <= len(words) or fuller[:len(words)] != words:
            continue
        told = other.split()
        stop = stop or lexicon().stopwords | _words("clause_openers") | _words("phrase_heads")
        # the fuller title closed the phrase there ("near Benghazi, Libya, becoming ..."), or goes on with a
        # preposition, a conjunction, an adverb ("again"), a date word or a mark ("-- with the exception of")
        following = _bare(told[len(words)])
        if told[len(words) - 1][-1:].isalnum() and following[:1].isalpha() and following not in stop \
                and not is_adverb(following) and not _opens_date_phrase(following):
            return True
    return False


# a cluster's titles are weighed again at each join pass: held against each other once. Each pass reads every
# cluster in turn, a cycle an LRU smaller than the clusters' title sets never hits (4,096: 2,611 misses at 1,000
# distinct articles, 130,825 at 2,600): sized like the other title memos
@lru_cache(maxsize=1 << 16)
def _cut_titles(given: frozenset[str]) -> frozenset[str]:
    """The titles of `given` (a cluster's) that another of them shows to stop mid-phrase (cut_against)."""
    # only a title opening with the same word can hold a title's words and go on (cut_against): each title is held
    # against those, not against every title of the cluster (pairwise over a large cluster's titles)
    by_first: dict[str, list[str]] = defaultdict(list)
    for t in given:
        words = _bare_words(t)
        if words:
            by_first[words[0]].append(t)
    return frozenset(t for t in given if _bare_words(t) and cut_against(t, by_first[_bare_words(t)[0]]))


@lru_cache(maxsize=1 << 14)  # a cluster's titles are held against each other at each join pass
def _bare_words(title: str) -> tuple[str, ...]:
    """A title's words split at spaces, each lower-cased without its edge marks (_bare)."""
    return tuple(_bare(w) for w in title.split())


def _finite_auxiliaries() -> frozenset[str]:
    """The auxiliaries and modals that carry a tense ("was", "had", "will"), not "been", "being" or a bare "'s"."""
    lex = lexicon()
    return (lex.auxiliaries | lex.modals | lex.future_auxiliaries) - _words("untensed_auxiliaries")


def fuses_clauses(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "Mud is forced against the flow of oil had failed" (from "A top kill procedure when mud is forced against the
    flow of oil had failed"), "Dr Murray is due to stand trial Lawyers from both sides are due in court": two verb groups
    that each open with a tensed auxiliary and nothing before the second that could tie it to the first (fusing_ties, a
    clause opener, a relative or subject pronoun, a verb of saying, a mark; "to" right before it: "are believed to
    have been killed"): the title runs two clauses together, one without its subject or two sentences in one."""
    finite = _finite_auxiliaries()
    lex = lexicon()
    groups: list[int] = []
    last = None
    for at in _verb_positions(low):
        # an auxiliary's group goes on over adverbs, negations and its own participles ("has now been given")
        if last is not None and low[last] in finite and all(
                is_adverb(w) or w in lex.negations or w in _words("group_words") or w in finite for w in low[last + 1:at]):
            last = at
            continue
        groups.append(at)
        last = at
    ties = _words("fusing_ties") | _words("saying_verbs") | _words("clause_openers") \
        | _words("relative_clause_pronouns") | _words("subject_pronouns") | lex.reporting_verbs
    for first, second in zip(groups, groups[1:]):
        if low[first] not in finite or low[second] not in finite:
            continue
        tied = low[second - 1] == "to" or any(w in ties or not w for w in low[:second]) \
            or any(w[-1:] in ",;:" for w in words[:second])
        return not tied
    return False


def repeats_main_verb(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "Senior al Qaeda figure in Algeria killed Algerian security forces killed a top member": the same past form twice
    and nothing between that could tie the second to the first (the ties of fuses_clauses, a comma): a headline run
    into its story, two subjects for one verb. Not "Rebels killed five and NATO killed three" ("and" ties them)."""
    ties = _words("fusing_ties") | _words("clause_openers") | _words("relative_clause_pronouns") \
        | _words("subject_pronouns") | lexicon().reporting_verbs
    for k, word in enumerate(low):
        if not is_past(word):
            continue
        # ("protests planned ... coincide with the planned return": after "the" it is an adjective)
        again = next((j for j in range(k + 1, len(low)) if low[j] == word and low[j - 1] not in _words(
            "adjective_markers")), None)
        if again is not None and not any(w in ties for w in low[k + 1:again]) \
                and not any(w[-1:] in ",;:" for w in words[k:again]):
            return True
    return False


def leaves_reported_clause_empty(low: Sequence[str]) -> bool:
    """ "Algeria announced that Gaddafi's wife" (from "... that Gaddafi's wife, two of his sons and his daughter have
    crossed into its territory"): a verb of saying and "that", and no verb after it: what was said was cut away (no
    word in "-s" after its first either, which may be a present verb: "said that the company needs")."""
    saying = _words("saying_verbs") | lexicon().reporting_verbs
    at = next((k for k in range(1, len(low) - 1) if low[k] == "that" and low[k - 1] in saying), None)
    if at is None:
        return False
    rest = low[at + 1:]
    return not any(_is_verb(w) or k and w.endswith("s") for k, w in enumerate(rest))


def leaves_hope_empty(low: Sequence[str]) -> bool:
    """ "The authorities in Mexico hope a nationwide shut-down ordered, covering two public holidays" (from "... hope
    a shut-down ordered from Friday ... will help curb the spread"): a verb of hoping (title_choice.yaml hope_verbs)
    with no "to", modal or future auxiliary after it: what is hoped for, a thing to come, was cut away."""
    at = next((k for k, w in enumerate(low) if w in _words("hope_verbs")), -1)
    if at < 1 or _is_verb(low[at - 1]) or low[at - 1] in lexicon().noun_determiners:
        return False  # a noun: "expressed hope for", "the hope of"
    lex = lexicon()
    ahead = lex.modals | lex.future_auxiliaries | {"to"}
    return not any(w in ahead for w in low[at + 1:])


def opens_cut_sentence(title: str, quote: str) -> bool:
    """Whether the title opens with its sentence's first word and that sentence opens in lower case ("representatives
    of Muammar Gaddafi's government held negotiations ...", a lead whose first words the page lost): its subject may
    have lost a conjunct ("Libyan rebels and"), so a member whose sentence opens whole is the better title."""
    first = quote.lstrip(" \"“'‘([*-—–")
    if not first[:1].islower() or not title or "-" in first.split()[0]:
        return False  # ("al-Qaeda's ...": a name written in lower case)
    return _bare(title.split()[0]) == _bare(first.split()[0])


@lru_cache(maxsize=1 << 14)  # a cluster's titles are weighed again at each join pass
def title_faults(title: str, quote: str, expression: str = "", happened: bool = True,
                 phrases: bool = True) -> frozenset[str]:
    """The faults (FAULTS) an editor would strike in `title`, read from `quote`, the sentence it was made from,
    and `expression`, the date phrase of the sentence the title was dated by; `happened`: the title's entry
    happened by the time one of its articles was published, so a future tense ("will be grilled") is a fault;
    `phrases`: a verbless phrase a preposition opens is a fragment (opens_verbless_phrase; off for the wording the
    joins read, entries.wording_title, as the informative checks are)."""
    words = title.split()
    if not words:
        return frozenset({"fragment"})
    first, last = words[0].lower().strip(_EDGE_PUNCTUATION), words[-1].lower().strip(_EDGE_PUNCTUATION)
    low = [_bare(w) for w in words]
    role = _opens_with_role(words, first)
    checks = {
        "pronoun": first in _words("pronoun_openers") or _names_an_object_pronoun(low),
        "role": role,
        # as printed: "The boat ran aground [Wednesday]" prints "A boat ran aground" (polish.with_first_mention)
        # (and "A witness pleaded" of "The witness ... pleaded", as events/indefinites.py made it: still unnamed)
        "unnamed": not role and (_unnamed_subject(*_words_of(with_first_mention(title, quote)))
                                 or made_indefinite(title, quote)),
        "no_subject": _opens_without_subject(words, first) or _opens_participle_clause(words, low),
        # "took over" ends with its particle, "contributed to" does not; "... has officially started (" opens an aside
        "dangling": last in _dangling_ends() and not (last in _particles() and ends_phrasal_verb(words))
        and not ends_name(words) or title[-1] in str(rules()["open_marks"]),  # (not "near St Just": a name)
        "stray": not title[:1].isalnum() or _shouts(words) or _is_gapped(title) or _opens_loose(words, first)
        or _joins_sentences(words),
        "question": quote.rstrip(" \"”'’").endswith("?"),
        "long": len(words) > int(rules()["long_words"]),
        "cut": is_cut(title, quote, expression) or is_relative_remnant(title, quote)
        or opens_inside_phrase(title, quote) or ends_open_gerund(words)  # ("... apologise for saying")
        or drops_notice_event(title, quote)  # "X made headlines [when he joined ...]": the event is lost
        # a last word that wants what the sentence goes on with ("investigate how Gaddafi [and his son were killed]",
        # "testified [that ...]"; polish.yaml complement), which the title could not keep
        or open_end(title, quote, expression)[0] in _cut_kinds()
        or leaves_reported_clause_empty(low)  # "Algeria announced that Gaddafi's wife": what was said is lost
        or leaves_hope_empty(low)  # "hope a nationwide shut-down ordered, covering ...": what they hope is lost
        or opens_cut_sentence(title, quote),  # "[Libyan rebels and] representatives ... held": the source's cut
        "agreement": _slips_agreement(low),
        # "Tony Hayward also said: To put it simply", "... a slap at Gadhafi's regime: the government banned": a
        # quotation or a lead-in run into the title, no statement of the event
        "quote": ":" in title,
        "future": happened and _tells_future(low),
        "wrapper": _opens_with_wrapper(low),
        "speaker": lies_inside_quotation(title, quote),
        "empty": is_empty_frame(low),
        "fused": fuses_clauses(words, low) or repeats_main_verb(words, low),
        "deictic": _points_back(words, low, first),
        "stance": _tells_stance(words, low),
        # "An incident occurred", "Obama showed his frustration": a placeholder kept, its news dropped
        "placeholder": tells_placeholder(title),
    }
    # a fragment the checks above do not already name ("Local time"): one fault is counted once; a chronology item's
    # headline ("Aug 21 - Rebels enter Tripoli") tells its event in a present tense the verb lexicon does not know
    item = opens_item(quote, expression)
    checks["fragment"] = not (checks["dangling"] or checks["no_subject"] or item) \
        and (is_incomplete(title) or phrases and opens_verbless_phrase(title, low))
    # (a present stance is the verb the lexicon does not know: "Residents fear a new assault", one fault)
    checks["no_verb"] = not (checks["fragment"] or checks["no_subject"] or checks["stance"] or item) \
        and _has_no_finite_verb(words, low)
    checks["no_main_clause"] = not (checks["fragment"] or checks["no_subject"] or checks["no_verb"]) \
        and (_lacks_main_clause(words, low) or _only_participle_aside(words, low, quote))
    return frozenset(kind for kind, found in checks.items() if found)


@cache
def _phrase_openers() -> tuple[tuple[str, ...], ...]:
    return _phrases("verbless_phrase_openers")


def opens_verbless_phrase(title: str, low: Sequence[str]) -> bool:
    """(verbless3) Whether a title (its bare lower-case words) opens with a preposition of title_choice.yaml
    verbless_phrase_openers ("Ahead of ...", "Despite ...") and has no finite verb of its own as the events' last
    guard reads it (events.verbless.is_verbless: "his first televised address", "commitment to set up" hold none):
    a phrase that sets or times an event and states none."""
    if not low or not any(tuple(low[:len(p)]) == p for p in _phrase_openers()):
        return False
    return is_verbless(title)


def most_printable(items: Sequence[Item], when: tuple[str, str], fullest: bool = True) -> str:
    """The title the entry prints: the first of title_ranks (_title_ranks' docstring tells the order). Memoised by the
    very members, and between builds by their digest when a build keeps them (kept_choices)."""
    if _KNOWN is not None:
        return _held_choice(_Members(items, when, fullest))
    ranks = title_ranks(items, when, fullest)
    return min(ranks, key=ranks.__getitem__) if ranks else ""


def members_digest(members: Sequence[Item]) -> str:
    """A digest of everything a choice can read of a cluster's members, in their order: each item's every field and its
    event's and source's (sets sorted, so the digest is the same in every process). Equal digests, equal choices of
    title (most_printable) and equal generated entries (timeline.merge.entries.EntryMemo)."""
    rows = []
    for m in members:
        e, s = m.event, m.event.source
        rows.append([e.article, e.date, e.mod, e.title, s.article, s.quote, s.expression, s.published, s.chronology,
                     s.lead, s.told_done, e.keys, e.trigger, e.classes, m.key_words, m.when, m.trigger, m.day,
                     m.head_words, sorted(m.classes), sorted(m.happening), m.title_form, m.evidence_words]
                    + ([e.bare_town] if e.bare_town else []))  # twins70: read from the article, not the sentence
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


# the titles the last build chose, by the digest of the members, date and mode (_choice_key), kept by the cache between
# builds (timeline.pipeline): a rebuild after adding one article ranks again only the clusters whose members changed.
# None: no memo between builds (--no-cache). _MADE: this build's choices, what the next build reads
_KNOWN: dict[str, object] | None = None
_MADE: dict[str, str] = {}


@contextmanager
def kept_choices(known: object) -> Iterator[dict[str, str]]:
    """While the block runs, most_printable takes the choices a previous build kept (a value of the wrong shape is
    ranked again; None: keep none between builds) and records this build's, by their digest, in the dict it yields:
    what the next build reads. Afterwards none are held, even when the block raised."""
    global _KNOWN
    _KNOWN = None if known is None else (known if isinstance(known, dict) else {})
    _MADE.clear()
    _held_choice.cache_clear()
    try:
        yield _MADE
    finally:
        _KNOWN = None
        _MADE.clear()
        _held_choice.cache_clear()


def _choice_key(members: _Members) -> str:
    return f"{members_digest(members.items)}|{members.when[0]}|{members.when[1]}|{int(members.fullest)}"


@lru_cache(maxsize=1 << 16)  # sized like _held_ranks (a join pass reads every cluster in turn)
def _held_choice(members: _Members) -> str:
    key = _choice_key(members)
    title = (_KNOWN or {}).get(key)
    if not isinstance(title, str):
        title = _chosen(members)
    _MADE[key] = title
    return title


def _chosen(members: _Members) -> str:
    ranks = _held_ranks(members)
    return min(ranks, key=ranks.__getitem__) if ranks else ""


class _Members:
    """A cluster's members as title_ranks reads them, a memo key: equal when they are the same Item objects in the
    same order (an Item is frozen: the same object ranks the same), so a cluster that gains, loses or reorders a
    member is another key and is ranked again. Hashing by identity costs one pass over the members, where hashing
    the Items would hash every event; the key holds the members, so no id is reused while the memo keeps it."""

    __slots__ = ("items", "when", "fullest", "_key", "_hash")

    def __init__(self, items: Sequence[Item], when: tuple[str, str], fullest: bool) -> None:
        self.items = tuple(items)
        self.when = when
        self.fullest = fullest
        self._key = (when, fullest, *map(id, self.items))
        self._hash = hash(self._key)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Members) and self._key == other._key


# a cluster's titles are ranked at every join pass that reads it (wording_title) and again for its entry: ranked once
# per member set. Each pass reads every cluster in turn: sized like the other title memos (see _cut_titles)
@lru_cache(maxsize=1 << 16)
def _held_ranks(members: _Members) -> dict[str, tuple[Any, ...]]:
    return _title_ranks(members.items, members.when, members.fullest)


def title_ranks(items: Sequence[Item], when: tuple[str, str], fullest: bool = True) -> dict[str, tuple[Any, ...]]:
    """_title_ranks, memoised by the very members (a copy: the memo's own is never handed out)."""
    return dict(_held_ranks(_Members(items, when, fullest)))


def _title_ranks(items: Sequence[Item], when: tuple[str, str], fullest: bool = True) -> dict[str, tuple[Any, ...]]:
    """Each candidate title's rank, the least printed (a key to print and compare the choice by): of the members whose date agrees with the entry's `when` (else the undated
    mentions, else all), the one with the fewest faults (a pronoun twice while another title names its subject), then
    the one most members give (a thin title's members also support a fuller one holding its words), then one told in
    the past, then the most informative (no bare role, not thin), then one whose own date phrase dates it, then one of
    exactly that date, then the least vague (vagueness), then one naming someone or somewhere (names_nothing), then
    one whose doer is not a person given by an age alone, then one no equally ranked member tells again with a name
    put in (_named_out), then the one nearest the members' common wording, then the shortest, then alphabetically first. `fullest` False
    leaves out the thin titles' support, the informative checks and vagueness: the wording the joins read a cluster's
    story from (entries.wording_title)."""
    titled = [i for i in items if i.event.title]
    if not titled:
        return {}
    # a coarser date of the same cluster tells the same happening: "Megrahi was released" (2009) may name the
    # one that the day's sentence calls "He was released" (August 2009); a conflicting date's title may not. Nor
    # may an undated mention's while a dated member gives one: its sentence does not date the entry, and it may tell
    # a neighbouring happening ("Two people died and four were injured in the fighting", told a week later, in an
    # entry of the day "at least eight people died")
    dated = [i for i in titled if i.when[0] and compatible(i.when, when)] \
        or [i for i in titled if not i.when[0]] or titled
    exact = {i.event.title for i in dated if i.when == when}
    # of titles equally printable, one whose own sentence dates it: the reader checks the printed date against it
    own_date = {i.event.title for i in dated if i.when[0] and i.event.source.expression}
    support = _support([i.event.title for i in titled]) if fullest else Counter(i.event.title for i in titled)
    # a title's faults are those of its best sentence: the same words may be cut in one article and whole in another
    past = _happened(items, when)
    found: dict[str, frozenset[str]] = {}
    for i in dated:
        kinds = title_faults(i.event.title, i.event.source.quote, i.event.source.expression, past, fullest)
        if i.event.title not in found or len(kinds) < len(found[i.event.title]):
            found[i.event.title] = kinds
    # a title that another member's (of any date: the words are the evidence) shows to stop mid-phrase is cut,
    # whatever its own sentence hid
    cut = _cut_titles(frozenset(i.event.title for i in titled))
    found = {t: kinds | {"cut"} if t in cut else kinds for t, kinds in found.items()}
    # a pronoun subject ("He seized power") weighs double while another member names who it stands for
    named = any("pronoun" not in kinds for kinds in found.values())
    faults = {t: len(kinds) + (named and "pronoun" in kinds) for t, kinds in found.items()}
    # of titles equally printable and supported, one told in the past beats a chronology headline's present
    # ("imposes sanctions"), and one nearest the members' common wording beats an outlier
    present = {i.event.title for i in dated if tells_present(i.event.title, i.event.source.quote,
                                                               i.event.source.expression)}
    # a common wording needs several articles telling the event: of one or two, the shortest title stays the choice
    several = len({i.event.source.article for i in titled}) >= int(rules()["common_wording_articles"])
    common = dict(_held_common_wording(tuple(faults), tuple(i.event.title for i in titled))) if several \
        else dict.fromkeys(faults, 0.0)
    # of titles equally printable and supported, the most informative: no bare role where a name may stand ("against
    # the physician"), a named doer ("Sameerah Ahmad died", not "A nine-year-old girl died"), and enough words to
    # tell what happened ("Gadhafi's forces attacked on three fronts", not "Attack began")
    # (roles and thinness before the date checks: "Attack began" of the day is no better dated than a fuller title of
    # the day; the unnamed person after them, among titles equally dated)
    told = {t: informative(t) if fullest else Told(0, 0, False) for t in faults}
    # of titles otherwise equal, one stating a concrete act with its doer beats one painting the scene, however short
    # ("Gadhafi flatly denied the existence of the protests" over "Gadhafi appeared out of touch")
    vague = {t: vagueness(t) if fullest else 0 for t in faults}
    # a place or happening the title points back to and never names ("survived the sinking") is one mark more, read
    # as printed ("told Monday's meeting" prints "told a meeting"): its best sentence's
    if fullest:
        vague = {t: vague[t] + all(untold_as_printed(i.event.title, i.event.source.quote)
                                   for i in dated if i.event.title == t) for t in vague}
    # then one that names someone or somewhere ("A boat ran aground near the Kerkennah Islands") over one that names
    # nothing ("At least 578 people survived the sinking"), before the common wording and the shortest
    bare = {t: names_nothing(t) if fullest else False for t in faults}
    # then, before the shortest, one holding the proper names most members' titles hold (_lacks_shared_names)
    # (a title that stops inside a quotation of its sentence is cut there, as a fault: "... putting them at the sites
    # [where we've attacked.]”")
    inside = {i.event.title for i in dated if stops_inside_quotation(i.event.title, i.event.source.quote)}
    lacks = _lacks_shared_names([i.event.title for i in titled],
                                {t: kinds | {"cut"} if t in inside else kinds for t, kinds in found.items()}) \
        if fullest else dict.fromkeys(faults, 0)
    ahead = {t: (faults[t], -support[t], t in present, told[t].roles, told[t].short, t not in own_date,
                 t not in exact, vague[t], bare[t], told[t].unnamed) for t in faults}
    # then, before the common wording, a title another one equally ranked tells word for word with names put in
    # ("Airstrikes hit several rebel vehicles" / "NATO airstrikes hit ..."): the one naming its referents (_named_out)
    named_out = _named_out(ahead, dated) if fullest else dict.fromkeys(faults, False)
    return {t: (*ahead[t], named_out[t], -common[t], lacks[t], _length(t), t) for t in faults}


def _named_out(ahead: dict[str, tuple[Any, ...]], dated: Sequence[Item]) -> dict[str, bool]:
    """For each candidate, whether another candidate of the same rank so far (`ahead`) tells its every word in order
    and puts in up to inserted_name_words more, at least one of them a name (names_inserted): "Airstrikes hit several
    rebel vehicles" / "NATO airstrikes hit ...", "an attack on a tank column in the area" / "... in the Brega area".
    The fuller one names who or where the reader would ask; a pure function of the members, whatever their order."""
    quotes: dict[str, list[str]] = defaultdict(list)
    for i in dated:
        quotes[i.event.title].append(i.event.source.quote)
    by_rank: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for t, rank in ahead.items():
        by_rank[rank].append(t)
    out = dict.fromkeys(ahead, False)
    for tied in by_rank.values():
        if len(tied) < 2:
            continue
        for t in tied:
            out[t] = any(r != t and any(names_inserted(t, r, q) for q in quotes[r]) for r in tied)
    return out


@lru_cache(maxsize=1 << 14)  # a pure function of the titles and the sentence, asked again at each pass over a cluster
def names_inserted(short: str, full: str, quote: str) -> bool:
    """Whether `full` tells every word of `short` in order (as bare lower-case words) and puts in at least one and at
    most inserted_name_words more, at least one of them a name: a capitalised word that is no stopword ("NATO",
    "Ex-Interior", "Brega"). Each word put in stands in `full`'s own sentence `quote`, but for a name after the first
    word, which an earlier step may have put in from the article for a role ("in the area" -> "in the Brega area"):
    a first word its sentence lacks is page text run in ("Top Libyan tanks fired" of "Libyan tanks fired ...")."""
    have, want = full.split(), _bare_words(short)
    extra = len(have) - len(want)
    if not 0 < extra <= int(rules()["inserted_name_words"]):
        return False
    said = {w.strip(_WORD_EDGES) for w in quote.split()}
    said_low = {w.lower() for w in said}
    stop = lexicon().stopwords
    inserted: list[tuple[int, str]] = []
    k = 0
    for at, word in enumerate(have):
        if k < len(want) and _bare(word) == want[k]:
            k += 1
        else:
            inserted.append((at, word.strip(_WORD_EDGES)))
    if k < len(want) or len(inserted) != extra:
        return False

    def name(at: int, word: str) -> bool:
        return word[:1].isupper() and word.lower() not in stop and (word in said or at > 0)
    # a name inside the title may come from the article where its sentence has a role ("the area" -> "the Brega
    # area", polish); a first word, or a common word, must stand in the sentence
    if any(w.lower() not in said_low and not (at > 0 and name(at, w)) for at, w in inserted):
        return False
    return any(name(at, w) for at, w in inserted)


def _proper_names(title: str) -> frozenset[str]:
    """The proper names a title holds, lower-cased: its capitalised words after the first (a possessive "'s" off),
    and an all-capital first word ("BP", "NATO")."""
    out = set()
    for at, word in enumerate(title.split()):
        bare = word.strip(_EDGE_PUNCTUATION + "\"'()\u201c\u201d\u2018\u2019")
        for mark in ("'s", "’s"):
            bare = bare[:-len(mark)] if bare.endswith(mark) else bare
        if len(bare) > 1 and (at and bare[:1].isupper() or not at and bare.isupper()):
            out.add(bare.lower())
    return frozenset(out)


def stops_inside_quotation(title: str, quote: str) -> bool:
    """Whether `title` begins outside a quotation of `quote` and stops inside it, before its last word ("Gates said
    America had intelligence reporting about Gadhafi ... putting them at the sites" of "... had “intelligence
    reporting about Gadhafi ... at the sites where we've attacked.”"): the quotation goes on."""
    words = [_bare(w) for w in title.split()]
    if len(words) < 2:
        return False
    for _, _, inner in quoted_spans(quote):
        said = [_bare(w) for w in inner.split()]
        if words[0] not in said and words[-1] in said[:-1]:
            return True
    return False


def _tells_plan_anywhere(title: str) -> bool:
    low = [_bare(w) for w in title.split()]
    return any(_phrase_at(low, at, "shared_name_plan_words") for at in range(len(low)))


def _lacks_shared_names(titles: Sequence[str], found: dict[str, frozenset[str]]) -> dict[str, int]:
    """For each candidate in `found` (its faults), how many of the shared names it lacks: the proper names that a
    strict majority of the members' `titles` (one per member) hold, of at least shared_name_members members.
    A candidate with a fault or a plan word (shared_name_plan_words) counts as lacking them all, so it never wins
    by this; with no shared name every candidate counts 0 (title_choice.yaml, shared names)."""
    held = Counter(name for t in titles for name in _proper_names(t))
    several = len(titles) >= int(rules()["shared_name_members"])
    shared = frozenset(name for name, n in held.items() if several and 2 * n > len(titles))
    if not shared:
        return dict.fromkeys(found, 0)
    return {t: len(shared) if kinds or _tells_plan_anywhere(t) else len(shared - _proper_names(t))
            for t, kinds in found.items()}


@lru_cache(maxsize=1 << 14)  # a pure function of the title, weighed again for each cluster holding it at each join pass
def _length(title: str) -> int:
    """A title's length for choosing the shorter, without an unnamed teller it keeps ("..., residents said": no
    length against it, for it keeps a claim from reading as fact); a named speaker counts ("..., spokesman Colonel
    Thierry Burkhard said" may hide an act of the same day under a view)."""
    told = without_closing_speaker(title)
    teller = title[len(told):].split()
    return len(told) if told != title and not any(w[:1].isupper() for w in teller) else len(title)


def _support(titles: Sequence[str]) -> Counter[str]:
    """How many members give each title, and, for a title that says more, the members giving a thin title whose every
    content word it holds ("NATO bombing campaign began" has the support of "Campaign began"): a thin title's
    members agree with the fuller wording, and the reader is told more."""
    given = Counter(titles)
    forms = {t: _content_forms(t) for t in given}
    enough = int(rules()["informative_words"])
    # a thin title supports only a title holding its every content word, so one sharing a word with it: the thin
    # titles are found by word, not weighed against every title of the cluster (pairwise over a large cluster)
    thin_by_word: dict[str, list[str]] = defaultdict(list)
    for t in given:
        if 0 < len(forms[t]) < enough:
            for word in forms[t]:
                thin_by_word[word].append(t)
    support: Counter[str] = Counter()
    for title, n in given.items():
        own = forms[title]
        thin = {t for word in own for t in thin_by_word.get(word, ())}
        support[title] = n + sum(given[t] for t in thin if forms[t] < own)
    return support


class Told(NamedTuple):
    """How little a title tells (informative): each the less the better."""

    roles: int  # bare role mentions after the first word ("filed a lawsuit against the physician")
    short: int  # how many content words it lacks to informative_words ("Attack began": 1)
    unnamed: bool  # a person given by an age alone is its doer ("A nine-year-old girl died")


@lru_cache(maxsize=1 << 14)  # a pure function of the title, weighed again for each cluster holding it at each join pass
def informative(title: str) -> Told:
    """How little `title` tells: bare role mentions after its first word ("filed a lawsuit against the physician":
    the name a member gives is lost), how far its content words fall short of informative_words ("Attack began"), and
    whether its doer is a person given by description alone, with no capitalised word after the first before its
    verb ("A nine-year-old girl died")."""
    words = title.split()
    low = [_bare(w) for w in words]
    verbs = _verb_positions(low)
    subject = range(verbs[0] if verbs else len(words))
    # a person given by description alone ("A nine-year-old girl", "The 26-year-old"), with no capitalised word after
    # the first before the verb: unnamed ("Rebels", "Coalition forces" are doers a journalist names so)
    described = len(low) > 1 and low[0] in _words("described_determiners") and _described_age().fullmatch(low[1])
    named = not described or any(k and words[k][:1].isupper() for k in subject)
    enough = int(rules()["informative_words"])
    # a statement told with nothing of what it said tells nothing ("Statement posted by the Russian Foreign Ministry")
    short = enough if statement_doer(words) else max(0, enough - len(_content_forms(title)))
    return Told(_role_mentions(words, low), short, not named)


@lru_cache(maxsize=1 << 14)  # a pure function of the title, weighed again for each cluster holding it at each join pass
def vagueness(title: str) -> int:
    """How much `title` paints the scene where a member may state the act (title_choice.yaml, Vague): one for each of
    an impression verb as its main verb ("Gadhafi appeared out of touch"), a remark that tells nothing of what was said
    ("Sarkozy's comments came at the end of the meeting"), a framing opener ("What they say is ..."), a pronoun with
    nothing before it to stand for ("What they say ..."), a passive main clause with no doer ("The Libyan ships were
    targeted") and a state only reported ("Witnesses said an assault was persisting": _tells_reported_state). No
    fault an editor strikes: of titles otherwise equal, the one with fewer wins over the shorter."""
    words = title.split()
    if not words:
        return 0
    low = [_bare(w) for w in words]
    main = _main_verb_group(low)
    return sum((_tells_impression(low, main), _tells_bare_remark(low, main), low[0] in _words("frame_openers"),
                _unnamed_inner_pronoun(words, low), _has_no_doer(low, main), _tells_reported_state(words, low)))


def _tells_reported_state(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "Witnesses in Misrata said that a pro-government assault was persisting", "The United Nations said the two
    sides remained far apart": the title's first verb form only says (title_choice.yaml reported_state_sayings), and the
    said clause's first verb form is a progressive (reported_state_auxiliaries and a form in "-ing") or a verb of
    lasting (reported_state_verbs): a state going on, as someone put it, where a member may tell the act of the day.
    Not a said act ("Rebels said they had captured Brega") nor a said condition ("Gaddafi said he was still in
    Libya"). A capitalised past form is a name's ("The United Nations said"), not a verb."""
    sayings, lasting = _words("reported_state_sayings"), _words("reported_state_verbs")
    say = next((k for k, w in enumerate(low) if w in sayings or _is_verb(w) and words[k][:1].islower()), None)
    if not say or low[say] not in sayings:
        return False  # no saying, or another verb before it; a saying first has no subject
    verb = next((k for k in range(say + 1, len(low)) if words[k][:1].islower()
                 and (low[k] in lasting or _is_verb(low[k]))), None)
    if verb is None:
        return False
    if low[verb] in lasting:
        return True
    following = low[verb + 1] if verb + 1 < len(low) else ""
    return low[verb] in _words("reported_state_auxiliaries") and len(following) > 4 and following.endswith("ing")


def _main_verb_group(low: Sequence[str]) -> tuple[int, int] | None:
    """The first and last position of the title's first verb group outside a relative clause ("The Tomahawk cruise
    missiles that [were launched] against Libya [are unmanned]"): consecutive verb forms, the first not right after a
    relative pronoun."""
    positions = _verb_positions(low)
    relative = _words("relative_clause_pronouns")
    k = 0
    while k < len(positions):
        end = k
        while end + 1 < len(positions) and positions[end + 1] == positions[end] + 1:
            end += 1
        start = positions[k]
        if not (start and low[start - 1] in relative):
            return start, positions[end]
        k = end + 1
    return None


def _tells_impression(low: Sequence[str], main: tuple[int, int] | None) -> bool:
    """ "Gadhafi appeared out of touch", "Life in Benghazi appeared calm": the main verb tells how it seemed; not
    "appeared on state television" (an appearance) nor "appeared to have slowed the advance" (a hedged act)."""
    if main is None or low[main[1]] not in _words("impression_verbs"):
        return False
    after = main[1] + 1
    return after < len(low) and low[after] not in _words("impression_places")


def _tells_bare_remark(low: Sequence[str], main: tuple[int, int] | None) -> bool:
    """ "Sarkozy's comments came at the end of the meeting", "The voice of Muammar Gaddafi boomed out", "Lieberman
    made his comments on CNN": the subject is someone's words, or the main verb only makes them, and the title tells
    nothing of what was said."""
    if main is None:
        return False
    nouns = _words("remark_nouns")
    if any(w in nouns for w in low[:main[0]]):
        return True
    return low[main[1]] in _words("remark_verbs") and any(w in nouns for w in low[main[1] + 1:main[1] + 4])


def _unnamed_inner_pronoun(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "What they say is ...", "With little notice, their identities came out", "A key oil town that they said they
    seized": a pronoun after the first word with nothing before it that it could stand for: only function words, once
    an opening phrase set off by a comma is left out, and for a plural pronoun no plural noun or name either
    (plural_pronouns; "Gadhafi stood his ground", "Rebels rescued their comrades", "Seven people died in their homes"
    name it first)."""
    at = next((k for k in range(1, len(low)) if low[k] in _words("inner_pronouns")), None)
    if at is None:
        return False
    before = list(range(at))
    opening = next((k for k in before if words[k].endswith(",")), None)
    if opening is not None and low[0] in lexicon().stopwords:
        before = before[opening + 1:]  # "With little notice, their ...": the opening phrase names no one
    stop = lexicon().stopwords | _words("frame_openers")
    if low[at] in _words("plural_pronouns"):
        # "they" stands for a plural noun or a name, not for "a key oil town"
        return not any(_names_a_group(words[k], low[k], k) for k in before
                       if low[k] not in stop or low[k] in _words("plural_nouns"))
    return all(low[k] in stop for k in before)


def _names_a_group(word: str, bare: str, at: int) -> bool:
    """Whether a word may be what a plural pronoun stands for: a plural noun ("rebels", not "press" or "Gaddafi's"), a
    noun plural without "-s" (plural_nouns: "people", "police") or a name: capitalised after the first word, or an
    acronym first ("NATO said they ..."; a capitalised first word may be any noun: "Part of a deal ... they")."""
    plural = bare.endswith("s") and not bare.endswith(("'s", "’s", "ss", "us", "is"))
    name = word[:1].isupper() if at > 0 else len(bare) > 1 and word.strip(_WORD_EDGES).isupper()
    return plural or bare in _words("plural_nouns") or name


def _has_no_doer(low: Sequence[str], main: tuple[int, int] | None) -> bool:
    """ "The Libyan ships were targeted", "An agreement was reached": the main clause is a passive with no "by" after
    it and its subject a common noun phrase (passive_subject_openers), so it names nobody who did it or to whom."""
    if main is None or main[0] == main[1] or low[0] not in _words("passive_subject_openers"):
        return False  # "Saif Gadhafi was appointed", "Fourteen rebel fighters were killed": named or counted
    start, end = main
    passive = any(w in _words("passive_auxiliaries") for w in low[start:end]) and is_past(low[end])
    return passive and "by" not in low[end + 1:]


def statement_doer(words: Sequence[str]) -> tuple[str, ...]:
    """The capitalised words (its doer) of a title telling a statement and nothing of what it said (derivations.yaml
    ``statements``: "Statement posted by the Russian Foreign Ministry"); empty for any other title, and for one that
    says more than the statement and its doer ("NATO released a statement condemning the attack")."""
    stems = word_stems(words)
    for at in range(len(words)):
        phrase = next((p for p in _statement_phrases_from(stems[at]) if phrase_at(p, stems, at)), None)
        if phrase is None:
            continue
        # the words a "*" of the phrase stands for name its doer too ("statement by * * was posted")
        held = [w for w, p in zip(words[at:], phrase) if p == PHRASE_ANY]
        rest = [*words[:at], *held, *words[at + len(phrase):]]
        if any(not w[:1].isupper() and w.lower() not in _statement_words() for w in rest):
            return ()
        return tuple(w for w in rest if w[:1].isupper() and w.lower() not in _statement_words())
    return ()


def statement_phrase_at(words: Sequence[str]) -> int | None:
    """Where the title's first phrase telling a statement (derivations.yaml ``statements`` phrases: "released a
    statement") starts, whatever else the title says; None when it tells none."""
    stems = word_stems(words)
    return next((at for at in range(len(words))
                 if any(phrase_at(p, stems, at) for p in _statement_phrases_from(stems[at]))), None)


@cache
def _statement_words() -> frozenset[str]:
    """derivations.yaml ``statements`` ``bare``: the words besides its doer's a bare statement's title may hold."""
    return frozenset(str(w).lower() for w in derivations()["statements"]["bare"])


@cache
def _statement_phrases() -> tuple[tuple[str, ...], ...]:
    """derivations.yaml ``statements`` phrases as stems, longest first (a match never depends on the table's order)."""
    return tuple(sorted((phrase_stems(str(p)) for p in derivations()["statements"]["phrases"]),
                        key=lambda p: (-len(p), p)))


@lru_cache(maxsize=4096)  # one entry a stem: bounded, as a large corpus has many
def _statement_phrases_from(stem: str) -> tuple[tuple[str, ...], ...]:
    """The statement phrases (_statement_phrases, in its order) that may stand at a word of stem `stem`: those opening
    with it or with "*". The others cannot match there, and each title word would scan the whole table."""
    return tuple(p for p in _statement_phrases() if not p or p[0] in (stem, PHRASE_ANY))


def _role_mentions(words: Sequence[str], low: Sequence[str]) -> int:
    """ "against the physician", "the trial of the singer": a determiner and a role noun (mention_roles) after the
    title's first word, with no name in apposition after it ("the singer's physician, Dr Conrad Murray")."""
    roles = _words("mention_roles") | _roles()
    count = 0
    for k in range(1, len(low) - 1):
        # a possessive role ("the singer's death") points back to a name as often as not: no fault
        if low[k] not in _words("role_determiners") or low[k + 1] not in roles:
            continue
        # "the physician, Dr Conrad Murray", "the star Michael Jackson": the name follows
        count += not any(w[:1].isupper() for w in words[k + 2:k + 2 + int(rules()["apposition_words"])])
    return count


@lru_cache(maxsize=1 << 14)  # a pure function of the title, weighed again for each cluster holding it at each join pass
def _content_forms(title: str) -> frozenset[str]:
    """The keys of a title's words that are no stopwords: what it tells."""
    stop = lexicon().stopwords
    return frozenset(f for f in title_forms(title) if f not in stop)


@lru_cache(maxsize=1 << 12)  # a cluster's titles are weighed again at each join pass: held against each other once
def _held_common_wording(candidates: tuple[str, ...], titles: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    """_common_wording of a cluster's titles, as pairs (immutable, for the memo)."""
    return tuple(_common_wording(candidates, titles).items())


def _common_wording(candidates: Iterable[str], titles: Sequence[str]) -> dict[str, float]:
    """How near each candidate title stands to the members' common wording: the mean, over its content words, of how
    many other members' titles hold the word. A mean, not a sum, so that a long title gathering every member's words
    does not outweigh a short one whose every word the members share; rounded so that the choice is exact."""
    given = Counter(titles)
    forms = {t: _content_forms(t) for t in given}
    # how many members' titles hold each word, counted once over the cluster (not once a candidate): a candidate's
    # other members hold its word that many times less its own copies, which hold every word of it
    holding: Counter[str] = Counter()
    for t, n in given.items():
        for word in forms[t]:
            holding[word] += n
    near: dict[str, float] = {}
    for candidate in candidates:
        own = forms[candidate]
        shared = sum(holding[word] - given[candidate] for word in own)
        near[candidate] = round(shared / len(own), 6) if own else 0.0
    return near


def _happened(items: Sequence[Item], when: tuple[str, str]) -> bool:
    """Whether the entry of date `when` had begun by the day a member's article was published (as salience.happened
    reads it): then a member telling its happening as a plan ("will be grilled") is out of date. An undated mention
    counts for nothing, as there: a later article may name a hearing "set for" the day."""
    return told_by_then(when[0], ((i.event.source.published, i.event.source.told_done) for i in items
                                  if i.event.source.published and i.event.source.expression))


@cache
def _placeholders() -> dict[str, Any]:
    """placeholders.yaml beside this module: the titles that keep a placeholder and drop its news."""
    return load_yaml(__package__, "placeholders.yaml")


@cache
def _placeholder_words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _placeholders()[name])


@cache
def _placeholder_phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """A list of placeholders.yaml as word tuples, longest first."""
    return tuple(sorted((tuple(str(p).lower().split()) for p in _placeholders()[name]), key=lambda p: (-len(p), p)))


def _phrase_ending(low: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> int:
    """How many words of the first phrase of `phrases` that ends `low` it takes; 0 when none does."""
    return next((len(p) for p in phrases if len(p) <= len(low) and tuple(low[len(low) - len(p):]) == p), 0)


def _phrase_starting(low: Sequence[str], at: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """How many words of the first phrase of `phrases` that stands at low[at] it takes; 0 when none does."""
    return next((len(p) for p in phrases if tuple(low[at:at + len(p)]) == p), 0)


def _ends_open(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "Col. Roland Lavoie disputed", "Dr Conrad Murray became friends": the title ends on an active past verb that
    needs its object or partner (placeholders.yaml open_verbs, open_phrases), with its subject before it, no auxiliary,
    comma or object tie (open_verbs' notes) before it."""
    table = _placeholders()
    size = _phrase_ending(low, _placeholder_phrases("open_phrases"))
    if not size and low[-1] in _placeholder_words("open_verbs") and words[-1][-1:].isalpha() \
            and words[-1][:1].islower():
        size = 1
    start = len(low) - size
    # a comma before it, inside a closing quotation mark too ("... the UK,” the Foreign Office announced")
    if not size or start < int(table["subject_words"]) \
            or any(w.rstrip("\"”’'").endswith((",", ";", ":")) for w in words[:start]):
        return False
    before = low[:start]
    lex = lexicon()
    if before[-1] in lex.auxiliaries | lex.modals or before[-1] in ("be", "been", "being", "to"):
        return False  # "were announced", "to be discussed", "to discuss": a passive or an infinitive
    return not any(w in _placeholder_words("object_ties") or w in ("--", "-", "–", "—") for w in before)


def _empty_subject(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "An incident occurred", "A statement was posted on the internet": a placeholder noun is the subject
    (placeholders.yaml placeholder_nouns after a determiner and lower-case modifiers) and the main verb only says it
    came about or was made (bare_acts), with no other verb after it."""
    table = _placeholders()
    if len(low) < 3 or low[0] not in _placeholder_words("determiners"):
        return False
    noun = next((k for k in range(1, min(len(low) - 1, int(table["modifier_words"]) + 2))
                 if low[k] in _placeholder_words("placeholder_nouns")), None)
    if noun is None or any(not words[k][:1].islower() or not words[k].isalpha() or _is_verb(low[k])
                           for k in range(1, noun + 1)):
        return False  # "A NATO statement": whose it is
    at = noun + 1
    at += _phrase_starting(low, at, _placeholder_phrases("auxiliaries"))
    act = _phrase_starting(low, at, _placeholder_phrases("bare_acts"))
    if not act or words[at + act - 1].endswith(",") and at + act < len(low):
        return False
    return not any(_is_verb(w) or w in ("to", "that", "saying") for w in low[at + act:])


def _empty_object(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "Obama showed his frustration", "The EPA issued a report": the title ends on a verb of showing or making, a
    determiner and a noun of feeling or statement (placeholders.yaml showing_verbs, feeling_nouns): not what."""
    return len(low) >= 4 and low[-1] in _placeholder_words("feeling_nouns") and words[-1][-1:].isalpha() \
        and low[-2] in _placeholder_words("determiners") and low[-3] in _placeholder_words("showing_verbs") \
        and words[-3][:1].islower() and low[-4] not in lexicon().auxiliaries | {"be", "been", "being", "to"}


@lru_cache(maxsize=1 << 14)  # a pure function of the title, weighed again for each cluster holding it at each join pass
def tells_placeholder(title: str) -> bool:
    """Whether the title keeps a placeholder and drops the news it stands for (placeholders.yaml): it ends on a verb
    that lost its object ("Col. Roland Lavoie disputed"), its subject is a statement or an incident that only came
    about ("An incident occurred"), or it ends on a feeling or statement only shown ("Obama showed his
    frustration")."""
    words = title.split()
    if len(words) < 2:
        return False
    low = [_bare(w) for w in words]
    return _ends_open(words, low) or _empty_subject(words, low) or _empty_object(words, low)
