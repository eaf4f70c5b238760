"""A bare surname the article uses for several people, printed as the full name of the one meant.

"Randy Jackson, brother of the late pop star Michael Jackson, has been admitted to hospital. Jackson, 48, was taken
to Huntington Memorial Hospital": a title "Jackson was taken to hospital" reads as Michael in a Michael Jackson
timeline. When two or more people the article names in full share the surname a title prints alone, the title
prints the full name of the one meant (events.yaml shared_surnames), and stays as it is when no reading tells who.
Likewise a numeral "One" standing alone as a title's subject counts the noun its sentence counted before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Callable, Sequence

from timeline.events.lexicon import lexicon, rules
from timeline.events.subjects import _country_words, is_verb_word, names_in, opening_subject, role_nouns
from timeline.text import lexicon as language

_SUBJECT = re.compile(r"^(?P<word>[A-Z][a-z]++(?:-[A-Z][a-z]++)?+)(?P<tail>,?)$")


@cache
def _table() -> dict[str, Any]:
    return rules()["shared_surnames"]


@cache
def _not_first_names() -> frozenset[str]:
    """Words a run of capitalised words may open with that are no one's first name ("In", "Singer", "Dr")."""
    table = _table()
    return lexicon().stopwords | frozenset(w.lower() for w in table["not_first_names"]) \
        | frozenset(w.lower() for w in rules()["person_nouns"]) \
        | frozenset(w.lower() for w in rules()["antecedents"]["honorifics"])


def _full_names(surname: str, text: str) -> dict[str, str]:
    """The people `text` names in full with `surname` last, by first name: "Joe" -> "Joe Jackson"."""
    found: dict[str, str] = {}
    skip = _not_first_names()
    for run in names_in(text):
        words = [re.sub(r"['’]s?$", "", w) for w in run.split()]
        for end in range(1, len(words)):
            if words[end] != surname:
                continue
            start = end - 1
            while start > 0 and words[start - 1].lower() not in skip and words[start - 1][:1].isupper() \
                    and end - start < 2:
                start -= 1  # "La Toya Jackson": two first-name words at most
            first = words[end - 1]
            if first.lower() in skip or first == surname:
                continue
            found.setdefault(first, " ".join(words[start:end + 1]))
    return found


@lru_cache(maxsize=1024)  # one entry a surname: asked of every sentence of its article
def _bare_surname(surname: str) -> tuple[str, re.Pattern[str]]:
    """The surname without its particle, and the pattern of its uses (_bare_in)."""
    core = _without_particle(surname)
    return core, re.compile(rf"(?<![\w-])(?:(?:[Aa]l|[Ee]l)-)?{re.escape(core)}\b")


def _bare_in(surname: str, sentence: str) -> bool:
    """Whether `sentence` uses the surname alone, not as the end of a full name ("Jackson, 48, was taken")."""
    core, pattern = _bare_surname(surname)
    if core not in sentence:
        return False  # (every use writes the surname itself)
    for match in pattern.finditer(sentence):
        before = sentence[:match.start()].rsplit(None, 1)  # (its last word is the word before the surname)
        if not before or not before[-1][:1].isupper() or not before[-1].isalpha() \
                or before[-1].lower() in _not_first_names():
            return True
    return False


def _subject_named(surname: str, sentence: str) -> str:
    """The person of that surname a sentence opens its subject with ("Randy Jackson, brother of ..."; "The official
    said Abdelkahar Belhadj, son of ..., was killed"), or ""."""
    for reported in (False, True):  # the main clause's subject, else what it reports ("The official said X ...")
        subject = opening_subject(sentence, through_reports=reported)
        named = _full_names(surname, subject)
        if len(named) == 1 and subject.startswith(name := next(iter(named.values()))):
            return name  # "Randy Jackson, brother of ...", not "The lawyer for X"
    return ""


def meant_by_surname(surname: str, sentence: str, earlier: Sequence[str]) -> str:
    """The full name a bare surname stands for: the one person of that surname the sentence itself names (when it
    uses the surname only in full), else the one the nearest earlier sentence that names any in full tells of
    (at most shared_surnames.look_back_sentences back); "" when no reading tells."""
    own = _full_names(surname, sentence)
    if own and not _bare_in(surname, sentence):
        return next(iter(own.values())) if len(own) == 1 else ""
    for text in list(earlier)[::-1][:int(_table()["look_back_sentences"])]:
        if _full_names(surname, text):
            return _subject_named(surname, text)
    return ""


def name_shared_surname(title: str, sentence: str, earlier: Sequence[str]) -> str:
    """The title with each surname it prints alone put as the full name of the one meant, when the article names
    two or more people of that surname in full (`earlier`: its sentences before `sentence`); else unchanged."""
    words = title.split()
    # only the title's subject: a surname elsewhere ("with Jackson's personal doctor") is most often the article's
    # own person, whoever the sentences before named last
    match = _SUBJECT.match(words[0]) if len(words) > 1 else None
    if not match or words[1][:1].isupper():
        return title  # "Jackson's mother", "Jackson Five"
    surname = match.group("word")
    if surname.lower() in _not_first_names() or len(_full_names(surname, " ".join([*earlier, sentence]))) < 2:
        return title
    meant = meant_by_surname(surname, sentence, earlier)
    return " ".join([meant + match.group("tail"), *words[1:]]) if meant else title


# a run of capitalised words, as a person's name is written ("La Toya Jackson", "Saif al-Islam Gadhafi"); a
# possessive ending stays outside it
_RUN = re.compile(r"(?<![\w'’-])[A-Z][a-z]++(?:-[A-Za-z]++)*+(?:\s(?:(?:al|el|bin|ibn)-)?[A-Z][a-z]++(?:-[A-Za-z]++)*+)*+")
_PRONOUN = re.compile(r"[A-Za-z]++")


@cache
def _forms() -> dict[str, Any]:
    return rules()["person_forms"]


@dataclass(frozen=True)
class _Name:
    honorific: str  # the honorific written just before the name ("Dr"), or ""
    words: tuple[str, ...]  # the name's words, leading non-name words ("The", "Singer") dropped
    sentence: int
    start: int  # the offsets of the run in its sentence
    end: int


_UNKNOWN = object()  # (ArticleNames.once: no answer yet)


@dataclass(frozen=True)
class ArticleNames:
    """The persons' names one article writes, read once for every title of it (person_forms)."""
    names: tuple[_Name, ...]
    sentences: tuple[str, ...]
    # what the titles of the article ask of its names again and again (full(), _person_of, _role_before, the bare
    # uses of a surname): pure functions of the names and sentences, worked out once an article
    known: dict[tuple[str, str], Any] = field(default_factory=dict, compare=False, repr=False)

    def full(self) -> list[_Name]:
        found = self.known.get(("full", ""))
        if found is None:
            found = self.known[("full", "")] = tuple(n for n in self.names if len(n.words) >= 2)
        return list(found)

    def once(self, kind: str, key: str, work: Callable[[], Any]) -> Any:
        """What `work` gives for `key`, worked out the first time this article asks (`kind`: which question)."""
        found = self.known.get((kind, key), _UNKNOWN)
        if found is _UNKNOWN:
            found = self.known[(kind, key)] = work()
        return found

    def honorific_uses(self, honorific: str, word: str) -> int:
        return sum(n.honorific == honorific and n.words == (word,) for n in self.names)

    def person(self, name: _Name) -> str:
        """How the article writes the person of a full name: the shortest of its names that end with the same two
        words ("Tony Hayward" of "BP Chief Executive Tony Hayward"; "La Toya Jackson")."""
        return min((" ".join(n.words) for n in self.full() if n.words[-2:] == name.words[-2:]), key=len)

    def surnamed(self, surname: str) -> dict[str, int]:
        """The persons the article names in full with `surname` last, each with how often it does."""
        counts: dict[str, int] = {}
        for n in self.full():
            if n.words[-1] == surname:
                counts[self.person(n)] = counts.get(self.person(n), 0) + 1
        return counts


def article_names(sentences: Sequence[str]) -> ArticleNames:
    """Every run of capitalised words of the article's sentences, leading non-name words apart."""
    skip = _not_first_names()
    honorifics = {h.lower() for h in [*_forms()["plain_honorifics"], *_forms()["rank_honorifics"]]}
    names = []
    for k, text in enumerate(sentences):
        for match in _RUN.finditer(text):
            words = match.group().split()
            start = 0
            while start < len(words) and words[start].lower() in skip:
                start += 1
            if start < len(words):
                honorific = words[start - 1] if start and words[start - 1].lower() in honorifics else ""
                names.append(_Name(honorific, tuple(words[start:]), k, match.start(), match.end()))
    return ArticleNames(tuple(names), tuple(sentences))


def _sex_of(name: _Name, article: ArticleNames) -> str:
    """ "male"/"female" by the first personal pronoun after the name in its sentence, before any other name
    ("La Toya Jackson revealed she had spoken"); "" when none."""
    text = article.sentences[name.sentence]
    following = _RUN.search(text, name.end)
    between = text[name.end:following.start() if following else len(text)]
    male, female = set(_forms()["male_pronouns"]), set(_forms()["female_pronouns"])
    for word in _PRONOUN.findall(between):
        if word.lower() in male:
            return "male"
        if word.lower() in female:
            return "female"
    return ""


def _first_name_taken_as_surname(honorific: str, word: str, article: ArticleNames) -> str:
    """The surname for "Dr Conrad": the one word that follows `word` in the article's full names, when no name
    ends with `word` and the article writes the honorific with that surname or in full; else ""."""
    full = article.full()
    if any(n.words[-1] == word for n in full):
        return ""
    after = {n.words[n.words.index(word) + 1] for n in full if word in n.words[:-1]}
    if len(after) != 1:
        return ""
    surname = after.pop()
    in_full = any(n.honorific == honorific and n.words[-2:] == (word, surname) for n in full)
    return surname if in_full or article.honorific_uses(honorific, surname) else ""


def _rank_of(plain: str, surname: str, article: ArticleNames) -> str:
    """The rank honorific the article writes before `surname` more often than the plain one ("Dr" of "Dr Murray"),
    when it names at most one person of that surname in full; else ""."""
    if len(article.surnamed(surname)) > 1:
        return ""
    uses = {rank: article.honorific_uses(rank, surname) for rank in _forms()["rank_honorifics"]}
    rank = max(uses, key=uses.get)
    return rank if uses[rank] > article.honorific_uses(plain, surname) else ""


def _one_of_sex(sex: str, surname: str, article: ArticleNames) -> str:
    """The full name "Ms Jackson" stands for, when the article names two or more people in full with that surname
    (each written twice or told by a pronoun): the one whose pronouns tell that sex, the most-named of them when
    several; "" when none or a tie."""
    counts = article.surnamed(surname)
    votes: dict[str, list[str]] = {}
    for n in article.full():
        if n.words[-1] == surname and (told := _sex_of(n, article)):
            votes.setdefault(article.person(n), []).append(told)
    # a person is a name written twice or told by a pronoun, not a capitalised opening ("Tousle-haired Hayward")
    if sum(count > 1 or name in votes for name, count in counts.items()) < 2:
        return ""
    fit = [name for name, told in votes.items() if told.count(sex) > len(told) - told.count(sex)]
    ranked = sorted(fit, key=lambda name: -counts[name])
    if not ranked or len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]]:
        return ""
    return ranked[0]


def _full_first_name(word: str, article: ArticleNames) -> str:
    """ "Sameerah Ahmad" for a bare "Sameerah": the one person the article names in full with the word first, never
    as a surname, and a person's: the word alone after a person noun ("his daughter Aisha"), or, where the article
    first writes the word in full, with a personal pronoun after it before any other name ("Sameerah had a condition
    which had weakened her"); else ""."""
    if word.lower() in _not_first_names() or word.lower() in _calendar_words():
        return ""
    full = article.full()
    if any(n.words[-1] == word for n in full):
        return ""
    named = {article.person(n) for n in full if word in n.words[:-1]}
    if len(named) != 1:
        return ""
    name = named.pop()
    if name.split()[0] != word or name.split()[-1] in _forms()["not_surnames"] \
            or name.split()[-1].lower() in _calendar_words():
        return ""
    uses = [n for n in article.names if word in n.words]
    alone = [n for n in uses if n.words == (word,) and not n.honorific]
    if any(_after_person_noun(n, article) for n in alone):
        return name  # "his daughter Aisha", "One of Gaddafi's sons, Saadi,"
    if not uses or len(uses[0].words) < 2:
        return ""  # "Libya ... Libya Libyan": the article wrote the word alone first
    # a person's: a pronoun after the first name alone, or a "who" or a role beside the full name ("photojournalist
    # Anton Hammerl, who has been missing")
    told = any(_told_as_person(n, article) for n in full if article.person(n) == name)
    return name if told or any(_sex_of(n, article) for n in alone) else ""


_LAST_WORD = re.compile(r"([A-Za-z]++)[\s,]*+$")


def _after_person_noun(name: _Name, article: ArticleNames) -> bool:
    """Whether a person noun comes just before the name ("his daughter Aisha", "sons, Saadi")."""
    found = _LAST_WORD.search(article.sentences[name.sentence][max(0, name.start - 40):name.start])
    nouns = {w.lower() for w in rules()["person_nouns"]}
    return bool(found) and (found.group(1).lower() in nouns or found.group(1).lower()[:-1] in nouns)


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(n.lower() for names in (*language.months(), *language.weekdays()) for n in names)


_TITLE_NAME = re.compile(r"(?<![\w'’-])(?:(?P<honorific>[A-Z][a-z]++)\.?\s)?(?P<word>[A-Z][a-z]++)(?=['’]s\b|[^\w'’-]|$)")


def person_forms(title: str, article: ArticleNames) -> str:
    """The title with each person's name put as its article names that person (events.yaml person_forms): "Dr
    Conrad" -> "Dr Murray", "Mr Murray" -> "Dr Murray", "Ms Jackson" -> "La Toya Jackson", "Sameerah" ->
    "Sameerah Ahmad"; unchanged when no reading is sure."""
    plain = _forms()["plain_honorifics"]
    ranks = set(_forms()["rank_honorifics"])

    def put(match: re.Match[str]) -> str:
        honorific, word = match.group("honorific"), match.group("word")
        following = title[match.end():].lstrip("'’s").lstrip()
        if following[:1].isupper() and not following.startswith(("I ", "A ")):
            return match.group()  # a longer name ("Dr Conrad Murray")
        if honorific in plain or honorific in ranks:
            if surname := _first_name_taken_as_surname(honorific, word, article):
                return f"{honorific} {surname}"
            if honorific in plain and (rank := _rank_of(honorific, word, article)):
                return f"{rank} {word}"
            if honorific in plain and (name := _one_of_sex(plain[honorific], word, article)):
                return name
            return match.group()
        if honorific:
            return match.group()  # "Sir Liam", "La Toya", "Michael Jackson"
        # a first name as a subject or an owner ("Sameerah's body", "Youcif made"), not a word before a noun
        told = title[match.end():].startswith(("'s", "’s")) or is_verb_word(following.split()[0] if following else "")
        if told and (name := _full_first_name(word, article)) and name.split()[-1] not in title \
                and not title.startswith(name, match.start()):
            return name
        return match.group()

    return _TITLE_NAME.sub(put, title)


_BARE_NAME = re.compile(r"(?<![\w'’.-])(?P<word>(?:(?:[Aa]l|[Ee]l)-)?+[A-Z][a-z]++)(?![\w-])")


def _person_of(word: str, article: ArticleNames, told_alone: bool = False) -> str:
    """The one person the article names in full with `word` as the surname ("Lisa Jackson"; "Ban Ki-moon", a
    surname before its hyphened given name), or "" when it names none or several. `told_alone`: a personal pronoun
    after the surname alone also tells a person (_told_alone)."""
    return article.once("person_of_told" if told_alone else "person_of", word,
                        lambda: _person_of_in(word, article, told_alone))


def _person_of_in(word: str, article: ArticleNames, told_alone: bool = False) -> str:
    skip = _not_first_names()
    found: dict[str, list[_Name]] = {}
    key = _without_particle(word)
    for n in article.full():
        ws = n.words
        # a role noun is no first name ("Insurer Lloyd's of London"), nor a noun of a person's description
        # ("Photojournalist Hetherington" beside "Tim Hetherington": one person; surnames3)
        if _without_particle(ws[-1]) == key and ws[-2].lower() not in skip and ws[-2] != ws[-1] \
                and ws[-2].lower() not in role_nouns() and ws[-2].lower() not in _described_nouns():
            # "Eman al-Obeidy" for "Obeidy" too; a name with a particle keeps its word before ("Abdul Elah al-Khatib")
            first = 3 if len(ws) > 2 and ws[-3].lower() not in skip and any(map(_PARTICLE.match, ws[-2:])) else 2
            # a given name of two words keeps both ("Abdel Hafiz Ghoga", "Mustafa Abdel Jalil"; names5)
            openers = _forms()["bare_surname"]["compound_name_openers"]
            while first < min(len(ws), 4) and (ws[-first] in openers or ws[-first - 1] in openers) \
                    and ws[-first - 1].lower() not in skip:
                first += 1
            found.setdefault(" ".join(ws[-first:]), []).append(n)
        elif len(ws) >= 2 and ws[-2] == word and "-" in ws[-1] and ws[-1].split("-", 1)[1][:1].islower():
            found.setdefault(f"{word} {ws[-1]}", []).append(n)
    found = _with_middle_names(found, skip)
    found = _with_spelling_variants(found)
    # the same person written shorter ("Hafiz Ghoga" beside "Abdel Hafiz Ghoga"): the longest form
    longest = max(found, key=len, default="")
    if found and all(longest.endswith(" " + other) or other == longest for other in found):
        found = {longest: [n for mentions in found.values() for n in mentions]}
    if len(found) != 1:
        return ""
    name, mentions = next(iter(found.items()))
    # a person's, not a body's ("Syrian Democratic Forces"): a role before it, a personal pronoun after it, or a
    # "who" or a role set beside it ("Eman al-Obeidy, who ...", "Rep. Peter King, chairman of ..."), or a personal
    # pronoun in the clause after the surname alone ("Allen said he would wait")
    return name if _role_before(name, article) or any(_sex_of(n, article) or _told_as_person(n, article)
                                                      for n in mentions) or told_alone and _told_alone(word, article) \
        or _told_speaking(mentions, article) or _described_before(mentions, article) \
        or _told_of_body(mentions, article) or _told_by_kin(mentions, article) else ""


_KIN_AFTER = re.compile(r"\s?+['’]s?+\s++([a-z]++)\b")


def _told_by_kin(mentions: Sequence[_Name], article: ArticleNames) -> bool:
    """Whether the article writes the full name's possessive before a noun of a person's kin or counsel
    (bare_surname.kin_nouns): "Eman al-Obeidy's parents told CNN" (surnames4); not "Torrey Canyon's sister ship"."""
    nouns = _forms()["bare_surname"]["kin_nouns"]
    for n in mentions:
        found = _KIN_AFTER.match(article.sentences[n.sentence], n.end)
        if found and found.group(1) in nouns:
            return True
    return False


# "of the Transitional National Council", "of Human Rights Watch": capitalised words after "of" ("the" first allowed)
_OF_BODY = re.compile(r"\s++of\s++(?:the\s++)?+(?P<body>(?:[A-Z][\w&.'’-]*+|[a-z]++)(?:\s++(?:[A-Z][\w&.'’-]*+|[a-z]++)){0,4}+)")


def _told_of_body(mentions: Sequence[_Name], article: ArticleNames) -> bool:
    """Whether the article writes the full name with "of" and the body the person speaks for or works at right
    after it (bare_surname.of_body_nouns): "Shamsiddin Abdulmolah of the Transitional National Council said",
    "Andrei Netto of the Brazilian newspaper Estado" (surnames4); not a place or a body told by "of" ("Gulf of
    Mexico", "Bank of America": "of" phrases holding no noun of a body), nor a name "the" opens ("the Bank of
    Scotland")."""
    nouns = _of_body_nouns()
    for n in mentions:
        text = article.sentences[n.sentence]
        found = _OF_BODY.match(text, n.end)
        if not found or text[max(0, n.start - 4):n.start].lower() == "the ":
            continue
        # the phrase's capitalised words up to its noun of a body, a lower-case noun of a body only before a name
        # ("the Brazilian newspaper Estado")
        words = found.group("body").split()
        for k, word in enumerate(words):
            if word.lower() in nouns and (word[:1].isupper() or k + 1 < len(words) and words[k + 1][:1].isupper()):
                return True
            if word[:1].islower() and word.lower() not in nouns:
                break
    return False


@cache
def _of_body_nouns() -> frozenset[str]:
    return frozenset(_forms()["bare_surname"]["of_body_nouns"])


def _with_middle_names(found: dict[str, list[_Name]], skip: frozenset[str]) -> dict[str, list[_Name]]:
    """The persons found by name (_person_of_in) with a middle name read as one person with the name written
    without it (surnames3): "Pfc. Naser Jason Abdo" (found as "Jason Abdo") beside "Pfc. Naser Abdo" is "Naser Jason
    Abdo"; only when every mention of the two words has the same first word before them, and that word is no noun
    ("Photojournalist Tim Hetherington") nor a non-name word; not a two-word name the article writes alone too
    ("Michael Joseph Jackson" beside "Joseph Jackson", his father, and "Michael Jackson")."""
    merged = dict(found)
    for key, mentions in found.items():
        words = key.split()
        if len(words) != 2 or not all(len(n.words) >= 3 and list(n.words[-2:]) == words for n in mentions):
            continue
        firsts = {n.words[-3] for n in mentions}
        first = next(iter(firsts))
        short = f"{first} {words[1]}"
        if len(firsts) != 1 or short not in merged or first.lower() in skip or first.lower() in _described_nouns() \
                or not _GIVEN_NAME.fullmatch(first) or "-" in first:
            continue
        merged[f"{first} {key}"] = merged.pop(key) + merged.pop(short)
    return merged


def _with_spelling_variants(found: dict[str, list[_Name]]) -> dict[str, list[_Name]]:
    """The persons found by name (_person_of_in) as one when every form is one spelling of the same words (surnames4:
    "Abdul Fatah Younis" and "Abdul Fattah Younis", "Abdelbaset al-Megrahi" and "Abdelbasset al-Megrahi" in one
    article): the same letters once doubled letters are single and an "h" after a consonant is dropped, word by
    word; the form the article writes most (the first, on a tie) is the person's. Names of other words stay apart
    ("Saif al-Islam Gadhafi" and "Moammar Gadhafi")."""
    if len(found) < 2 or len({_spelling(form) for form in found}) != 1:
        return found
    best = max(found, key=lambda form: (len(found[form]), -min(n.sentence for n in found[form])))
    return {best: [n for mentions in found.values() for n in mentions]}


_DOUBLED = re.compile(r"(\w)\1++")
_SILENT_H = re.compile(r"(?<=[b-df-gj-np-tv-z])h")


def _spelling(form: str) -> str:
    """A name's letters as _with_spelling_variants compares them: lower case, doubled letters single, an "h" after a
    consonant dropped ("abdul fatah younis" of "Abdul Fattah Younis")."""
    return _SILENT_H.sub("", _DOUBLED.sub(r"\1", form.lower()))


_CLAUSE_BREAK = re.compile(r"[,;:.()“”\"]")


def _told_alone(word: str, article: ArticleNames) -> bool:
    """Whether the article writes the surname alone with a personal pronoun after it in the same clause, before any
    other name ("Amon said he found methane"; not "Sirte, he said", nor "Heritage said it")."""
    key = _without_particle(word)
    for n in article.names:
        if len(n.words) == 1 and not n.honorific and _without_particle(n.words[0]) == key:
            text = article.sentences[n.sentence]
            following = _RUN.search(text, n.end)
            between = text[n.end:following.start() if following else len(text)]
            between = between[:m.start()] if (m := _CLAUSE_BREAK.search(between)) else between
            if _sex_in(between):
                return True
    return False


def _told_speaking(mentions: Sequence[_Name], article: ArticleNames) -> bool:
    """Whether the article writes the person's full name as the speaker of a speech verb right before or after it
    (bare_surname.speech_verbs): "said Mike Bracken, NATO's military spokesman", "Rear Admiral Mary Landry said"
    (surnames6: a name a title prints alone whose article gives no role, pronoun or "who" for it); not a verb a
    clause away ("Mike Bracken, the report said"), nor the surname alone ("Bani said": a word the article may use for
    a body or its familiar figure)."""
    verbs = _speech_verbs()
    for n in mentions:
        text = article.sentences[n.sentence]
        after = _SPEECH_WORD.match(text, n.end)
        if after and after.group(1).lower() in verbs:
            return True
        # "..., said Mike Bracken, NATO's spokesman": the speaker set after a quotation's comma, the name closed by a
        # comma or the sentence's end (not "Rebels said Muammar Gaddafi had fled": what was said)
        before = _SPEECH_BEFORE.search(text[max(0, n.start - 16):n.start])
        if before and before.group(1).lower() in verbs and _SPEAKER_CLOSED.match(text, n.end):
            return True
    return False


def _described_before(mentions: Sequence[_Name], article: ArticleNames) -> bool:
    """Whether the article writes a lower-case noun of a person's description right before the full name (a person
    noun or bare_surname.described_person_nouns): "two-time Pulitzer Prize winner Anthony Shadid", "spokesman Musa
    Ibrahim", or set before it between commas ("his British counterpart, David Cameron,", "Its leader, Mustafa Abdul
    Jalil, told"), surnames3: a person the article gives no role to print, pronoun or "who" for. Not a capitalised
    word ("Transocean Deepwater Horizon"), nor a noun a comma sets off from a name that goes on ("the adviser, Carol
    Browner and"), nor a noun of a place or a body ("the city Ras Lanuf")."""
    nouns = _described_nouns()
    for n in mentions:
        text = article.sentences[n.sentence]
        found = _DESCRIBED_BEFORE.search(text[max(0, n.start - 40):n.start])
        if not found or found.group(1) not in nouns:
            continue
        if not found.group(2) or _SPEAKER_CLOSED.match(text, n.end):
            return True
    return False


_DESCRIBED_BEFORE = re.compile(r"(?<![\w'’-])([a-z]++)(,?+)\s++$")


@cache
def _described_nouns() -> frozenset[str]:
    return frozenset(w for w in _role_nouns()) | frozenset(_forms()["bare_surname"]["described_person_nouns"])


_SPEECH_WORD = re.compile(r"\s++([a-z]++)\b")
_SPEECH_BEFORE = re.compile(r",\s*+(?:''|[”\"’])?\s*+([a-z]++)\s++$")  # (a quotation's closing mark after its comma)
_SPEAKER_CLOSED = re.compile(r"\s*+(?:[,.;]|$)")


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(_forms()["bare_surname"]["speech_verbs"])


def _sex_in(text: str) -> str:
    male, female = set(_forms()["male_pronouns"]), set(_forms()["female_pronouns"])
    for w in _PRONOUN.findall(text):
        if w.lower() in male:
            return "male"
        if w.lower() in female:
            return "female"
    return ""


def _familiar_figures(article: ArticleNames, limit: int) -> frozenset[str]:
    """The surnames of the article's familiar figures, which it uses alone in more than `limit` sentences and in more
    than half as many as the one it uses alone most ("Jackson" of a Michael Jackson story, and "Murray" beside it in
    his doctor's trial; "Hayward" of BP's); not a figure the story only passes through ("Straw" five times beside
    "al-Megrahi" ten)."""
    return article.once("familiar_figures", str(limit), lambda: _familiar_figures_in(article, limit))


def _familiar_figures_in(article: ArticleNames, limit: int) -> frozenset[str]:
    skip = _not_first_names()
    surnames = {n.words[-1] for n in article.full() if n.words[-2].lower() not in skip}
    counts = {w: article.once("bare_uses", w, lambda w=w: sum(_bare_in(w, t) for t in article.sentences))
              for w in surnames}
    most = max(counts.values(), default=0)
    return frozenset(_without_particle(w) for w, count in counts.items() if count > limit and 2 * count > most)


_PARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])")


def _without_particle(word: str) -> str:
    """A surname without the article particle some sources write before it ("Obeidy" of "al-Obeidy")."""
    return _PARTICLE.sub("", word)


def _told_as_person(name: _Name, article: ArticleNames) -> bool:
    """Whether the sentence tells the name as a person's: a "who" right after it, or a role noun opening the
    phrase set beside it ("Eman al-Obeidy, who caught ...", "Peter King, chairman of ...", "Cherif Bassiouni,
    head of ...")."""
    after = article.sentences[name.sentence][name.end:]
    return bool(_WHO_AFTER.match(after)) or bool(_apposed_after(after)) or _apposed_person_noun(after)


_APPOSED_WORDS = re.compile(r",\s(?:(?:the|a|an)\s)?(?P<words>(?:[A-Za-z][\w.&'’-]*+\s?){1,4})")


def _apposed_person_noun(after: str) -> bool:
    """Whether a phrase set after the name between commas holds, in its first four words, a noun only a person is
    (bare_surname.apposed_person_nouns): "Mark Hafle, a senior drilling engineer at BP," and "Rainer Amon, an ocean
    scientist at Texas A&M"; not "Deepwater Horizon, the rig"."""
    found = _APPOSED_WORDS.match(after)
    nouns = _forms()["bare_surname"]["apposed_person_nouns"]
    return bool(found) and any(w.lower().rstrip("s") in nouns or w.lower() in nouns
                               for w in found.group("words").split())


_WHO_AFTER = re.compile(r",?\s(?:who|whose)\b")


_ROLE_TOKEN = re.compile(r"[A-Za-z][\w.-]*+")


def _role_before(name: str, article: ArticleNames) -> str:
    """The role the article writes before the person's full name at its first such mention ("U.N.
    Secretary-General" of "U.N. Secretary-General Ban Ki-moon", "Environmental Protection Agency administrator"):
    at most MAX_ROLE_WORDS words, no stopword, one of them a person's role noun; "" when none."""
    return article.once("role_before", name, lambda: _role_before_in(name, article))


def _role_before_in(name: str, article: ArticleNames) -> str:
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}\b")
    for text in article.sentences:
        at = pattern.search(text) if name in text else None  # (a sentence without the name writes no use of it)
        if at and (role := role_written_before(text[:at.start()], text[at.end():]) or _of_role(text[:at.start()])):
            return role
    return ""


# "Secretary of State ", "U.S. Secretary of Defense ": a role noun and "of" with one or two capitalised words, right
# before a name; one owner before it at most, written with a dot or a possessive ("U.S.", "Britain's")
_OF_ROLE = re.compile(r"(?:^|(?<=\s))(?P<role>(?:(?:(?:[A-Z]\.)++|[A-Z][a-z]++['’]s)\s)?+(?P<head>[A-Z][a-z]++)\sof\s"
                      r"(?:the\s)?+[A-Z][a-z]++(?:\s[A-Z][a-z]++)?+)\s$")


def _of_role(before: str) -> str:
    """The role written "<role noun> of <Capitalised words>" right before a name (surnames4: "Secretary of State" of
    "Secretary of State Hillary Clinton", "U.S. Secretary of Defense" of "U.S. Secretary of Defense Robert Gates"),
    its head a person's role noun; "" when none ("Gulf of Mexico", "Bank of America")."""
    found = _OF_ROLE.search(before[-60:])
    return found.group("role") if found and found.group("head").lower() in _role_nouns() else ""


_POSSESSIVE = re.compile(r"[A-Z][\w.-]*+['’]s")


def role_written_before(before: str, after: str) -> str:
    """The role a sentence writes just before a person's name (`before`, `after`: its text either side of the
    name): "U.N. Secretary-General" of "U.N. Secretary-General Ban Ki-moon", "Rep." of "Rep. Peter King", or a
    role set beside the name between commas, an owner's possessive first ("Russia's NATO envoy" of "Russia's NATO
    envoy, Dmitry Rogozin, warned"); "" when none."""
    stop, roles = lexicon().stopwords, _role_nouns()
    table = _forms()["bare_surname"]
    openers = set(table["role_openers"])
    tokens = before.split()[-(MAX_ROLE_WORDS + 1):]
    if tokens and tokens[-1] in table["title_abbreviations"]:
        return tokens[-1]  # "Rep. Peter King", "Col. Ahmed Bani"
    if tokens and tokens[-1].endswith(",") and after.lstrip().startswith(","):
        tokens[-1] = tokens[-1][:-1]  # the role set beside the name: "Britain's then justice minister, Jack Straw,"
    role: list[str] = []
    for token in reversed(tokens):
        if role and _POSSESSIVE.fullmatch(token):
            role.insert(0, token)  # the owner opens the role: "Russia's NATO envoy", "BP's chairman"
            break
        if not _ROLE_TOKEN.fullmatch(token) or token.lower() in stop and token.lower() not in openers \
                or len(role) == MAX_ROLE_WORDS:
            break
        role.insert(0, token)
    # a lower-case word opens a role only as a role noun, a rank ("former", "deputy") or a group's name ("rebel
    # spokesman"): not "toppling President", "longtime President", "oust leader"
    stray = [k for k, w in enumerate(role) if w[:1].islower() and w.lower() not in roles and w.lower() not in openers
             and w.lower() not in table["role_groups"] and w.lower() not in table["role_portfolios"]]
    role = role[stray[-1] + 1:] if stray else role  # "Rebels battling Libyan leader": "Libyan leader"
    if len(role) == 1 and role[0][:1].islower():
        role = []  # "leader Moammar Gadhafi": a bare noun is no role to print
    # a role says whose it is: a capitalised word ("U.N.", "Libyan", "Coast Guard", "President") or a group's name
    # ("rebel spokesman"); "chief executive Tony Hayward" (the editors: "'Chief executive' needs 'BP'") prints the
    # name alone
    # a sentence's first word is capitalised as its first: an opener there ("Chief executive Tony Hayward's
    # comments") says no more than it does lower-case
    opening = len(before.split()) == len(role)
    plain = openers | set(table["role_portfolios"])
    owned = any(w[:1].isupper() and not (k == 0 and opening and w.lower() in plain) or w.lower() in table["role_groups"]
                for k, w in enumerate(role))
    if role and owned and any(part in roles for part in role[-1].lower().split("-")):
        return " ".join(role)
    return ""


_APPOSED_AFTER = re.compile(r",\s(?P<phrase>(?:(?:the|a|an)\s)?(?P<head>[a-z]++)\b[^,;:“”\"()]*?)(?=,|\s(?:who|which|whose)\b)")


def _apposed_after(after: str) -> str:
    """The role phrase a sentence sets beside a name after it, when a person's role noun (or one of
    bare_surname.apposed_heads) opens it: "head of a U.N. rights inquiry" of ", head of a U.N. rights inquiry
    which went ...,"; at most MAX_APPOSED_WORDS words, else ""."""
    found = _APPOSED_AFTER.match(after)
    if not found or len(found.group("phrase").split()) > MAX_APPOSED_WORDS:
        return ""
    head = found.group("head")
    return found.group("phrase") if head in _role_nouns() or head in _forms()["bare_surname"]["apposed_heads"] \
        else ""


MAX_APPOSED_WORDS = 8  # "head of a U.N. rights inquiry", "chairman of the House Homeland Security Committee"


def name_bare_surname(title: str, article: ArticleNames, sentence: str = "", held: dict[str, str] | None = None) -> str:
    """ "Straw was lobbied" -> "Foreign Secretary Jack Straw was lobbied", "Jackson admitted" -> "Environmental
    Protection Agency administrator Lisa Jackson admitted": a surname the title prints alone, of the one person the
    article names in full by it, takes the role and full name of the article's first such mention (events.yaml
    person_forms bare_surname), the first time the title names that person. A person the article calls by the
    surname alone more than `max_bare_uses` times is its familiar figure ("Jackson" of a Michael Jackson story) and
    stays. A surname the title's sentence writes only inside a quotation is the speaker's word ("“Cheney thought it
    was going to be France,” Thomas says"): it stays, so the printed title can still quote it. `held`: where the
    surname of the article's familiar figure is kept bare, the full form it would have taken, by surname (the merge
    decides whether the whole collection knows that person by the surname: timeline.merge.surname_titles)."""
    table = _forms()["bare_surname"]
    quoted_in_sentence = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    done: set[str] = set()

    def put(match: re.Match[str]) -> str:
        word = match.group("word")
        before = title[:match.start()].split()
        following = title[match.end():].lstrip("'’s").lstrip()
        longer = bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha() \
            or bool(_PARTICLE.match(following)) \
            or bool(before) and before[-1] in table["name_particles"]  # "Dr Murray", "Jack Straw", "Ibrahim al-Dabashi", "al Jazeera"
        # a surname before a noun of its people or its rule is that noun's modifier ("Gadhafi loyalists", "the Obama
        # administration"), not the person
        next_word = following.split()[0] if following and not title[match.end():].startswith(("'", "’")) else ""
        modifier_use = next_word.strip(",.;:") in table["modified_nouns"]
        modifier = bool(before) and before[-1].lower() in ("the", "a", "an")  # "the Obama administration"
        if word in done or longer or modifier or modifier_use or following[:1].isupper() or _no_surname(word, article) \
                or word in _forms()["not_surnames"] or word.lower() in _calendar_words() \
                or _only_quoted(word, sentence, quoted_in_sentence):
            return match.group()
        done.add(word)
        # a surname opening the title as its subject is a person's also by a pronoun after it alone ("Allen said
        # he"); elsewhere in the title a name found so may be the story's familiar figure's, left alone
        name = _person_of(word, article, told_alone=match.start() == 0 and bool(_SUBJECT_AFTER.match(following)))
        if not name or name in title:
            return match.group()
        bare = article.once("bare_uses", word, lambda: sum(_bare_in(word, text) for text in article.sentences))
        # the article's familiar figure, used alone more than `max_bare_uses` times, stays (_familiar_figures)
        limit = int(table["max_bare_uses"])
        familiar = bare > limit and (_without_particle(word) in _familiar_figures(article, limit)
                                     or not table["familiar_only"])
        role = _role_before(name, article)
        put_name = f"{role} {name}" if role else name
        if familiar:
            if held is not None:
                held[word] = put_name
            return match.group()
        return put_name[:1].upper() + put_name[1:] if match.start() == 0 else put_name

    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(title)]

    def put_outside_quotes(match: re.Match[str]) -> str:
        if any(start <= match.start() < end for start, end in quoted):
            return match.group()  # a quotation's words are the speaker's
        return put(match)

    return _BARE_NAME.sub(put_outside_quotes, title)


_QUOTED = re.compile(r"“[^”]*+”|\"[^\"]*+\"")
_SUBJECT_AFTER = re.compile(r"[a-z]")  # a lower-case word after the opening surname: its verb ("Allen said")


def _no_surname(word: str, article: ArticleNames) -> bool:
    """Whether a capitalised word of a title is no surname: a stopword or honorific, or a person noun ("King")
    unless the article writes it only as a surname ("Rep. Peter King", never "King Idris")."""
    if word.lower() not in _not_first_names():
        return False
    if word.lower() not in {w.lower() for w in rules()["person_nouns"]} or word.lower() in lexicon().stopwords:
        return True
    return any(word in n.words[:-1] for n in article.names) or not any(n.words[-1] == word for n in article.full())


def _only_quoted(word: str, sentence: str, quoted: list[tuple[int, int]]) -> bool:
    """Whether the sentence writes the word, and only inside its quotations."""
    if not quoted:
        return False  # (a sentence without quotations writes no word only inside one)
    places = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence)]
    return bool(places) and all(any(start <= at < end for start, end in quoted) for at in places)


MAX_ROLE_WORDS = 4  # "Minerals Management Service director": the words of a role written before a name
_OPENING_NAME = re.compile(r"^(?P<name>[A-Z][a-z]++(?:-[A-Za-z]++)?+(?:\s[A-Z][a-z]++(?:-[A-Za-z]++)?+){1,3}+)\s[a-z]")
_ROLE_WORD = re.compile(r"[A-Za-z][\w-]*+")


def name_person_role(title: str, sentence: str) -> str:
    """ "Musa Ibrahim accused the alliance" from "... according to Libyan government spokesman Musa Ibrahim, who on
    Tuesday accused ...": a title that opens with a person's full name the sentence writes after a role ending
    in a role noun (subjects role_nouns) puts the role before it, as the sentence does ("Libyan government
    spokesman Musa Ibrahim accused ..."); else unchanged (events.yaml person_roles)."""
    match = _OPENING_NAME.match(title)
    if not match:
        return _apposed_person(title, sentence)
    name = match.group("name")
    at = re.search(rf"(?<![\w-]){re.escape(name)}\b", sentence)
    if not at:
        return title
    words = sentence[:at.start()].split()
    stop = lexicon().stopwords
    role: list[str] = []
    for word in reversed(words[-MAX_ROLE_WORDS:]):
        if not _ROLE_WORD.fullmatch(word) or word.lower() in stop:
            break
        role.insert(0, word)
    if role and role[-1] in _role_nouns():
        phrase = " ".join(role)
        return f"{phrase[0].upper()}{phrase[1:]} {title}"
    return _apposed_role(title, name, sentence[:at.start()], sentence[at.end():])


# a person's role and full name set between commas ("..., Coast Guard commander Thad Allen, ...")
_APPOSED_PERSON = re.compile(r",\s(?P<role>[^,;:“”\"()]{1,60}?\s)?(?P<name>[A-Z][a-z]++(?:-[A-Za-z]++)?+(?:\s[A-Z][a-z]++(?:-[A-Za-z]++)?+){1,2}+),\s")


def _apposed_person(title: str, sentence: str) -> str:
    """ "The administration's lead official on the crisis directed BP ..." from "The administration's lead official
    on the crisis, Coast Guard commander Thad Allen, on Saturday directed BP ...": a title that opens with the
    description its sentence sets a person's role and name beside keeps that role and name, between the commas
    ("The administration's lead official on the crisis, Coast Guard commander Thad Allen, directed BP ..."); the
    title unchanged when the sentence sets no role-named person there (person_roles)."""
    for found in _APPOSED_PERSON.finditer(sentence):
        described = sentence[:found.start()]
        rest = title[len(described):] if title.lower().startswith(described.lower()) else ""
        if not rest:  # the description after an opening phrase ("On Saturday, the official, ...")
            head = described.rsplit(", ", 1)[-1]
            rest = title[len(head):] if len(head.split()) > 1 and title.lower().startswith(head.lower()) else ""
        if not rest.startswith(" ") or not rest[1:2].islower():
            continue
        written = (found.group("role") or "").strip()
        role = role_written_before(written + " ", " ") if written else ""
        # the role beside the name ("Coast Guard commander"), or none where the description is the role ("BP's
        # chairman, Carl-Henric Svanberg,")
        if role and written == role or not written and title[:len(title) - len(rest)].split()[-1] in _role_nouns():
            return f"{title[:len(title) - len(rest)]}, {found.group('role') or ''}{found.group('name')},{rest}"
    return title


def _apposed_role(title: str, name: str, before: str, after: str) -> str:
    """The title with the role its sentence sets beside the name between commas: before it ("Russia's NATO envoy,
    Dmitry Rogozin, warned" -> "Russia's NATO envoy Dmitry Rogozin warned"), else after it, up to a relative
    word ("Cherif Bassiouni, head of a U.N. rights inquiry which went ..., appeared" -> "Cherif Bassiouni, head
    of a U.N. rights inquiry, appeared"); the title unchanged when the sentence sets none (person_roles)."""
    if before.rstrip().endswith(",") and after.startswith(","):
        role = role_written_before(before, after)
        if role and role.split()[0].endswith(("'s", "’s")):
            return f"{role[0].upper()}{role[1:]} {title}"
    rest = title[len(name):]
    # a role after the name that says whose, by a capitalised word ("head of a U.N. rights inquiry"; not "a
    # cardiologist")
    phrase = _apposed_after(after)
    if any(w[:1].isupper() for w in phrase.split()) and rest.startswith(" ") and rest[1:2].islower():
        return f"{name}, {phrase},{rest}"
    return title


@cache
def _role_nouns() -> frozenset[str]:
    return frozenset(w for w, kind in role_nouns().items() if kind == "person" and " " not in w)


MAX_ONE_PHRASE_WORDS = 5  # "One 2004 order marked": the noun the first "one" counts, before its verb


def name_numeral_one(title: str, sentence: str) -> str:
    """ "One 2004 order marked ..., and one from 2009 showed a delivery": a title that opens with a numeral "One"
    standing alone before its verb ("One showed ...") counts the noun an earlier "one" of its sentence counted
    ("One order showed ..."); else unchanged (events.yaml numeral_one)."""
    words = title.split()
    if len(words) < 3 or words[0] != "One" or not is_verb_word(words[1]):
        return title
    ones = [m.end() for m in re.finditer(r"\b[Oo]ne\b", sentence)]
    if len(ones) < 2:
        return title
    after = sentence[ones[0]:].split()[:MAX_ONE_PHRASE_WORDS + 1]
    verb = next((k for k, w in enumerate(after) if k and is_verb_word(w)), 0)
    head = after[verb - 1] if verb else ""
    if not head.isalpha() or not head.islower() or head in lexicon().stopwords:
        return title
    return " ".join(["One", head, *words[1:]])


def familiar_surname_forms(title: str, article: ArticleNames, sentence: str) -> tuple[tuple[str, str], ...]:
    """ "al-Obeidy" -> "Eman al-Obeidy": each surname the title prints alone that name_bare_surname keeps bare as its
    article's familiar figure, with the full form (role and name) it would have taken, sorted; () when none. What
    the article alone knows: whether the whole collection knows the person by the surname is the merge's to say
    (timeline.merge.surname_titles)."""
    if not _BARE_NAME.search(title):
        return ()
    held: dict[str, str] = {}
    name_bare_surname(title, article, sentence, held)
    # a person's full form: a given name before the surname ("Carl-Henric Svanberg"), no place ("Modern Libya") nor a
    # firm told by its place ("San Antonio-based Tesoro")
    return tuple(sorted((word, form) for word, form in held.items()
                        if _without_particle(word) not in _country_words() and len(form.split()) >= 2
                        and _GIVEN_NAME.fullmatch(form.split()[-2]) and form.split()[-2] not in _country_words()))


_GIVEN_NAME = re.compile(r"[A-Z][a-z]++(?:-[A-Z][a-z]++)?+|[A-Z]\.|(?:al|el|bin|ibn)-[A-Z][a-z]++")


_LONGER_AFTER = re.compile(r"\s++[A-Z]")  # a capitalised word after the surname: a longer name ("Ibrahim Dabbashi")


def surname_alone_in(surname: str, sentence: str) -> bool:
    """Whether `sentence` writes the surname alone: no first name before it (_bare_in) and no name's next word after
    it ("Jackson, 48, was taken", "al-Obeidy's story"; not "Michael Jackson", "Ibrahim Dabbashi")."""
    core, pattern = _bare_surname(surname)
    if core not in sentence:
        return False
    skip = _not_first_names()
    for match in pattern.finditer(sentence):
        before = sentence[:match.start()].rsplit(None, 1)
        if before and before[-1][:1].isupper() and before[-1].isalpha() and before[-1].lower() not in skip:
            continue  # "Michael Jackson"
        if not _LONGER_AFTER.match(sentence, match.end()):
            return True
    return False


def named_surname_forms(title: str, article: ArticleNames, sentence: str) -> tuple[tuple[str, str], ...]:
    """ "Gadhafi" -> "Libyan leader Moammar Gadhafi": each full form name_bare_surname put in the title for a surname
    the title's sentence writes alone (a person the article calls so at most `max_bare_uses` times), sorted; () when
    none. Whether the whole collection knows the person by the surname, and so prints it bare after all, is the
    merge's to say (timeline.merge.surname_titles), as for the familiar figure's held form (surnames4)."""
    if not _BARE_NAME.search(title):
        return ()
    # the forms the step puts for the sentence's own bare uses of a person's surname (not "the Obama administration's
    # response", a modifier it leaves alone): a title holding one was named from the bare surname
    put_in_sentence = name_bare_surname(sentence, article, sentence)
    if put_in_sentence == sentence:
        return ()
    found: dict[str, str] = {}
    for match in _BARE_NAME.finditer(sentence):
        word = match.group("word")
        if word in found or not surname_alone_in(word, sentence):
            continue
        name = _person_of(word, article) or _person_of(word, article, told_alone=True)
        if not name or name in sentence:
            continue  # the sentence writes the full name itself: the title copies it
        role = _role_before(name, article)
        put_name = f"{role} {name}" if role else name
        uses = _form_in(put_name)
        if uses.search(title) and uses.search(put_in_sentence) \
                and _without_particle(word) not in _country_words():
            found[word] = put_name
    return tuple(sorted(found.items()))


@lru_cache(maxsize=4096)
def _form_in(put_name: str) -> re.Pattern[str]:
    """Where a full form named_surname_forms put stands as a name ("General Carter Ham", also capitalised first),
    compiled once a form (a bounded cache: a long build meets many names)."""
    capital = put_name[:1].upper() + put_name[1:]
    return re.compile(rf"(?<![\w'’.-])(?:{re.escape(put_name)}|{re.escape(capital)})(?![\w-])")
