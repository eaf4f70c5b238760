"""speed8: work done once instead of per call (issue 11), each new way checked against the old one on examples.

The old implementations are copied here as they stood at d280cbe; the new ones must answer the same."""
import re

import pytest

from timeline.events import seams, subjects, surnames
from timeline.words import WORD, _without_possessive, words_of

SENTENCES = [
    "Jackson, 48, was taken to hospital, his brother Randy Jackson said.",
    "Michael Jackson's doctor, Conrad Murray, denied the charge; Jackson had died in June.",
    "Ibrahim al-Dabashi and Al-Obeidy spoke to reporters in Tripoli on Monday.",
    "The company’s chief executive, Tony Hayward, said BP’s shares fell 5.3% on the U.S. exchange.",
    "“Cheney thought it was going to be France,” Thomas says.",
    "A Kelvin sign \u212a and a dotted İstanbul are not ASCII; nor is café or naïve.",
    "  Jackson  ",
    "",
    "Straw was lobbied by Jack Straw's office, and Mr Straw's aides.",
    "The oil spill, which began on 20 April, has not been capped... officials said",
]


def _old_words_of(text: str) -> list[str]:
    lowered = [w.lower().rstrip(".") for w in WORD.findall(text)]
    if "'" in text or "’" in text:
        return [_without_possessive(w) for w in lowered]
    return lowered


@pytest.mark.parametrize("text", SENTENCES)
def test_words_of_lowers_the_text_once_with_the_same_words(text):
    assert words_of(text) == _old_words_of(text)


def test_words_of_ascii_and_not():
    assert words_of("BP's Shares FELL. U.S.") == ["bp", "shares", "fell", "u.s"]
    assert words_of("K\u212a İz") == _old_words_of("K\u212a İz")  # non-ASCII takes the old way


def _old_bare_in(surname: str, sentence: str) -> bool:
    for match in re.finditer(rf"(?<![\w-])(?:(?:[Aa]l|[Ee]l)-)?{re.escape(surnames._without_particle(surname))}\b",
                             sentence):
        before = sentence[:match.start()].split()
        if not before or not before[-1][:1].isupper() or not before[-1].isalpha() \
                or before[-1].lower() in surnames._not_first_names():
            return True
    return False


@pytest.mark.parametrize("surname", ["Jackson", "Straw", "al-Obeidy", "Obeidy", "Dabashi", "Murray", "Hayward", "France"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_bare_in_answers_as_before(surname, sentence):
    assert surnames._bare_in(surname, sentence) == _old_bare_in(surname, sentence)


def test_bare_in_examples():
    assert surnames._bare_in("Jackson", "Jackson, 48, was taken to hospital.")  # alone
    assert not surnames._bare_in("Jackson", "His brother Randy Jackson said.")  # the end of a full name
    assert not surnames._bare_in("Jackson", "Nothing about him here.")  # not written at all


def _old_lower_case_words(texts):
    return frozenset(word for text in texts for word in (t.strip(subjects._EDGE) for t in subjects._TOKEN.findall(text))
                     if word[:1].islower())


def test_lower_case_words_as_before():
    for k in range(len(SENTENCES) + 1):
        assert subjects._lower_case_words(SENTENCES[:k]) == _old_lower_case_words(SENTENCES[:k])
    assert "oil" in subjects._lower_case_words(["The oil spill grew.", "Oil prices rose."])
    assert "Oil" not in subjects._lower_case_words(["Oil prices rose."])


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentence_keys_are_the_word_keys(sentence):
    assert list(seams._sentence_keys(sentence)) == [seams.word_key(w) for w in sentence.split()]


def _old_without_context_adverbs(title: str) -> str:
    from timeline.events.polish import _context_adverb_at
    words = title.split(" ")
    kept = [words[0]]
    for k in range(1, len(words)):
        if not (k + 1 < len(words) and _context_adverb_at(words, k)):
            kept.append(words[k])
    return " ".join(kept)


@pytest.mark.parametrize("title", [
    "BP actually suspended pumping", "Dr Murray had since received", "The WHO last declared", "It also said",
    "He was also known as Jacko", "BP suspended pumping", "actually", "", "Rebels  attacked  twice", "Also BP said",
    "The company then  actually  stopped", "BP said actually",
])
def test_context_adverbs_checked_once_as_before(title):
    from timeline.events.polish import without_context_adverbs
    assert without_context_adverbs(title) == _old_without_context_adverbs(title)


def test_context_adverbs_examples():
    from timeline.events.polish import without_context_adverbs
    assert without_context_adverbs("BP actually suspended pumping") == "BP suspended pumping"
    assert without_context_adverbs("The WHO last declared") == "The WHO declared"
    assert without_context_adverbs("BP suspended pumping") == "BP suspended pumping"


def _old_leading_phrase(low, start):
    from timeline.events.titles import _phrases
    return next((p for p in _phrases("title_leading_phrases") if len(p) < len(low) - start
                 and p[0] == low[start] and tuple(low[start:start + len(p)]) == p), ())


def _new_leading_phrase(low, start):
    from timeline.events.titles import _phrases_by_first
    return next((p for p in _phrases_by_first("title_leading_phrases").get(low[start] if start < len(low) else "", ())
                 if len(p) < len(low) - start and tuple(low[start:start + len(p)]) == p), ())


def test_leading_phrases_by_first_word_as_before():
    from timeline.events.titles import _phrases
    titles = [" ".join(p) + " rebels fired on the town" for p in _phrases("title_leading_phrases")]
    titles += [" ".join(p) for p in _phrases("title_leading_phrases")]  # a phrase alone is no leading phrase
    titles += ["Of course in retrospect these events presaged the war", "At one point they fired", "", "They fired"]
    found = 0
    for title in titles:
        low = title.lower().split()
        for start in range(len(low) + 1):
            assert _new_leading_phrase(low, start) == _old_leading_phrase(low, start)
            found += bool(_old_leading_phrase(low, start))
    assert found >= len(_phrases("title_leading_phrases"))  # every phrase is found before a title's words


def test_role_before_in_reads_only_the_sentences_with_the_name():
    names = surnames.ArticleNames if hasattr(surnames, "ArticleNames") else None
    assert names is not None
    article = surnames.article_names(["U.N. Secretary-General Ban Ki-moon spoke on Monday.",
                                      "Rep. Peter King said the hearing would go ahead."])
    assert surnames._role_before_in("Ban Ki-moon", article) == "U.N. Secretary-General"
    assert surnames._role_before_in("Peter King", article) == "Rep."
    assert surnames._role_before_in("Jack Straw", article) == ""
