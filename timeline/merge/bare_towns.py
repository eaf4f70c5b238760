"""Merging, bare towns: a battle title naming its town by a bare place noun, resolved by its article (twins70).

A title of a town's violence may name the town only as "the city", "the town", "the port", "the capital" or "there"
("Rebels said they fought troops for control of a main thoroughfare there", "Qaddafi's forces found themselves ...
attacked from both inside and outside the city"). The article names the town before: when its sentences up to that
noun name exactly one town (one the article names as a town somewhere: battles.title_places or struck_towns read it
in one of its sentences), the noun is that town; "the capital" is the one town the article's sentences up to it set in
apposition with "capital" ("the Libyan capital, Tripoli"), none when it names no capital. Two towns named before, a
town named only after, "there" as a subject ("There was fighting") name none. The town is worked out at extraction,
where the article is read (bare_town, Event.bare_town), and is the merge's place key only (join_town_battles takes it
for a title naming no town): the printed title keeps its words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

from timeline.merge import battles
from timeline.rules import load_yaml


@cache
def _table() -> dict:
    return load_yaml(__package__, "bare_towns.yaml")


@cache
def _list(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _table()[name])


TOWN, CAPITAL = "town", "capital"


def _noun(word: str) -> str:
    """A word as a place noun: lower-cased, its possessive ending off ("city's")."""
    plain = battles._plain(word)
    return plain[:-2] if plain.endswith(("'s", "\u2019s")) else plain


def bare_place(words: Sequence[str]) -> tuple[str, int] | None:
    """The kind (TOWN or CAPITAL) of the first bare place noun a title's or sentence's words hold, and where its phrase
    starts: "the" and a noun of ``nouns`` or ``capital_nouns`` with only words of town_battles ``skipped`` or a
    country's name or adjective between ("the city", "the besieged town", "the Libyan capital"; not "the city of
    Misrata"), or "there" after another word and not before a verb of ``there_subject``; None when it holds none."""
    return next(bare_places(words), None)


def wants_town(title: str) -> bool:
    """Whether a title tells violence (battles.violence_kinds) at a bare place noun: the titles whose town the
    article is read for."""
    if title_bare_place(title) is None:
        return False
    return bool(battles.violence_kinds([battles._plain(w) for w in battles._LIST_WORD.findall(title) if w != ","]))


def title_bare_place(title: str) -> tuple[str, int] | None:
    """bare_place of a title's words."""
    return bare_place(battles._LIST_WORD.findall(title))


def bare_places(words: Sequence[str]) -> Iterator[tuple[str, int]]:
    """Each bare place noun of a title's or sentence's words (bare_place), in order."""
    skipped = battles._words("skipped") - {"the", "a", "an"}
    plain = [battles._plain(w) for w in words]
    for i, word in enumerate(plain):
        if word in _list("there") and i > 0 and (i + 1 >= len(plain) or plain[i + 1] not in _list("there_subject")):
            yield TOWN, i
            continue
        if word != "the":
            continue
        k = i + 1
        while k < len(words) and (plain[k] in skipped or _country(words[k])):
            k += 1
        if k >= len(words):
            continue
        if k + 1 < len(words) and (battles._name_word(words[k + 1]) or k + 2 < len(words)
                                   and plain[k + 1] in ("of", ",") and battles._name_word(words[k + 2])):
            continue  # "the city of Misrata", "the capital Sanaa", "the Libyan capital, Tripoli" name their town
        if _noun(words[k]) in _list("nouns"):
            yield TOWN, i
        elif _noun(words[k]) in _list("capital_nouns"):
            yield CAPITAL, i


def _country(word: str) -> bool:
    return battles._name_word(word) and battles.title_word_key(battles._unprefixed(word)) in battles._not_towns()


def article_towns(sentences: Sequence[str]) -> frozenset[str]:
    """The keys of the towns an article names as towns somewhere (battles.title_places, struck_towns; a name before a
    possessive that lost its apostrophe is a person's or a thing's: _possessives_mended)."""
    found: set[str] = set()
    for sentence in sentences:
        words = _possessives_mended(battles._LIST_WORD.findall(sentence))
        found |= battles.title_places(words).towns | battles.struck_towns(words) | _owning_towns(words)
    return frozenset(found)


def _owning_towns(words: Sequence[str]) -> set[str]:
    """The towns a sentence names before a possessive and a place noun of ``nouns`` ("Tripoli's port", "the city's
    port" aside): "Tripoli 's port is back to near-normal business"."""
    found: set[str] = set()
    for k, word in enumerate(words[:-1]):
        if not word.endswith(("'s", "\u2019s")) or _noun(words[k + 1]) not in _list("nouns"):
            continue
        start = k
        while start > 0 and battles._name_word(words[start - 1]):
            start -= 1
        name, _ = battles._run([*words[start:k], word[:-2]], 0) if battles._name_word(word[:-2]) else (None, 0)
        if name is not None:
            found.add(name)
    return found


def _possessives_mended(words: Sequence[str]) -> list[str]:
    """A sentence's words with a possessive that lost its apostrophe written whole ("Qaddafi s Great Man-made River"
    -> "Qaddafi's ..."): a person's name is no town it names."""
    mended: list[str] = []
    for word in words:
        if word == "s" and mended and mended[-1][:1].isupper():
            mended[-1] += "'s"
        else:
            mended.append(word)
    return mended


def _name_keys(words: Sequence[str]) -> list[str]:
    """The keys of a sentence's capitalised words in order (a possessive's without its ending), an article between two
    of them (``name_particles``) left out, as battles._run keys a name; other words as "" (a name ends there)."""
    particles = battles._words("name_particles")
    keys = []
    for j, word in enumerate(words):
        word = word[:-2] if word.endswith(("'s", "\u2019s")) else word  # "Tripoli's port" names Tripoli
        if battles._name_word(word):
            keys.append(battles.title_word_key(battles._unprefixed(word)))
        elif battles._plain(word) in particles and keys and keys[-1] and j + 1 < len(words) \
                and battles._name_word(words[j + 1]):
            continue
        else:
            keys.append("")
    return keys


def _written(town: str, keys: Sequence[str]) -> bool:
    """Whether a town's key is written in a sentence's name keys as whole words."""
    parts = town.split()
    return any(list(keys[j:j + len(parts)]) == parts for j in range(len(keys) - len(parts) + 1))


def _country_key(words: Sequence[str]) -> str:
    """The country words of a place phrase, as keys ("Libyan" -> "libyan"), "" for none."""
    return " ".join(battles.title_word_key(battles._unprefixed(w)) for w in words if _country(w))


def _capitals(words: Sequence[str]) -> set[tuple[str, str]]:
    """The towns a sentence sets in apposition with a noun of ``capital_nouns``, each with the country words before
    the noun: "the Libyan capital, Tripoli", "the Libyan capital of Tripoli", "Tripoli, the Libyan capital" (libyan,
    tripoli); "the capital Tripoli" ("", tripoli)."""
    found: set[tuple[str, str]] = set()
    plain = [_noun(w) for w in words]
    for i, word in enumerate(plain):
        if word not in _list("capital_nouns"):
            continue
        j = i - 1
        while j > 0 and _country(words[j]):
            j -= 1
        country = _country_key(words[j + 1:i])
        k = i + 1 + (i + 1 < len(words) and (words[i + 1] == "," or plain[i + 1] == "of"))
        if k < len(words):
            name, _ = battles._run(words, k)
            if name is not None:
                found.add((country, name))
        # "Tripoli, the capital": a name, a comma, "the" and country words before the noun
        if j >= 2 and plain[j] == "the" and words[j - 1] == ",":
            start = j - 2
            while start > 0 and battles._name_word(words[start - 1]):
                start -= 1
            name, end = battles._run(words, start)
            if name is not None and end == j - 1:
                found.add((country, name))
    return found


def bare_town(title: str, before: Sequence[str], sentence: str, known: frozenset[str]) -> str:
    """The key of the town a title's bare place noun names (see the module's doc): the one town of `known` (the
    article's towns: article_towns) written in the article's sentences `before` the title's and in its own `sentence`
    before its first bare place noun of that kind, written again within ``look_back`` sentences of it; for "the
    <country> capital" the one town they set in apposition with the same words ("the Libyan capital, Tripoli"); ""
    when the title holds no bare place noun, or they name none or several, or the capital has no country word (a
    story of one country may name another's: "the capital Tunis" before "the capital" that is Tripoli)."""
    told = title_bare_place(title)
    if told is None:
        return ""
    kind = told[0]
    own = battles._LIST_WORD.findall(sentence)
    at = next((i for k, i in bare_places(own) if k == kind), None)
    if at is None:
        return ""
    texts = [battles._LIST_WORD.findall(s) for s in before] + [own[:at]]
    if kind == CAPITAL:
        noun = next(i for i in range(at + 1, len(own)) if _noun(own[i]) in _list("capital_nouns"))
        country = _country_key(own[at + 1:noun])
        found = {town for words in texts for c, town in _capitals(words) if c == country} if country else set()
        return next(iter(found)) if len(found) == 1 else ""
    written = [{town for town in known if _written(town, _name_keys(words))} for words in texts]
    found = set().union(*written)
    recent = set().union(*written[-1 - int(_table()["look_back"]):])
    return next(iter(found)) if len(found) == 1 and found <= recent else ""
