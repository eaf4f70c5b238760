"""Titles that kept only a noun phrase of the sentence (fragments7, issue 13): a title left inside an opening phrase
of a preposition and a noun ("Her ground-breaking book", "Documents lodged in the high court") falls back to the
main clause after the phrase's comma. Table and examples: events.yaml verbless_opening_phrases."""

import pytest

from timeline.events import extract
from timeline.events.lexicon import rules as events_rules
from timeline.events.main_clauses import verbless_opening_main
from timeline.events.titles import make_title
from timeline.model import Article

EXAMPLES = events_rules()["verbless_opening_phrases"]["examples"]


def _step(example: dict) -> str:
    sentence, date = example["sentence"], example["date"]
    start = sentence.index(date)
    others = []
    if "on Monday" in sentence[start + len(date):]:  # the one example with a date of the main clause's own
        at = sentence.index("Monday", start + len(date))
        others.append((at, at + len("Monday")))
    found = verbless_opening_main(sentence, start, start + len(date), example["fragment"], tuple(others))
    return make_title(found, None) if found else ""


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["sentence"][:40] for e in EXAMPLES])
def test_the_main_clause_after_a_noun_phrase_opening(example):
    expected = example["title"]
    # the step gives the clause as written; the polish later puts "has alleged" in the simple past
    assert _step(example).replace("has alleged", "alleged") == expected


WHOLE = [e for e in EXAMPLES if e["title"]]


@pytest.mark.parametrize("example", WHOLE, ids=[e["sentence"][:40] for e in WHOLE])
def test_the_event_takes_the_main_clause_not_the_phrase_noun(example):
    events = extract(Article(id="a", body=example["sentence"], published="2011-08-01"))
    titles = [e.title for e in events if e.source.expression == example["date"]]
    assert titles == [example["title"]]
    assert example["fragment"] not in titles


def test_a_title_that_reads_beyond_the_phrase_stays():
    sentence = "In a 2004 interview with the StarNews, Hicks described how he felt about his job."
    start = sentence.index("2004")
    # the title made of the main clause already: its words are not the phrase's
    assert verbless_opening_main(sentence, start, start + 4, "Hicks described how he felt about his job") == ""
    # the phrase's noun alone: the main clause
    assert verbless_opening_main(sentence, start, start + 4, "An interview with the StarNews").startswith("Hicks")


@pytest.mark.parametrize("sentence,date,fragment", [
    # a subject that is a list, no subject and verb
    ("In the 2008 study, clothes, crockery and toys could be seen.", "2008", "The study"),
    # a past form after a determiner is an adjective, not the main verb
    ("At the 2009 hearing, the injured woman spoke.", "2009", "The hearing"),
    # a preposition of another time ("despite")
    ("Despite a 2009 warning, the company drilled the well.", "2009", "A warning"),
])
def test_near_misses(sentence, date, fragment):
    start = sentence.index(date)
    assert verbless_opening_main(sentence, start, start + len(date), fragment) == ""


TABLE = events_rules()["verbless_opening_phrases"]
PREDICATES = TABLE["predicate_examples"]
GERUNDS = TABLE["gerund_examples"]


def _other_dates(sentence: str, date: str) -> tuple[tuple[int, int], ...]:
    """The examples' other dates: a month or a weekday other than the event's own."""
    import re
    return tuple((m.start(), m.end()) for m in re.finditer(r"\b(?:March|February 22|Monday|Thursday|Saturday)\b", sentence)
                 if m.group() != date)


@pytest.mark.parametrize("example", PREDICATES, ids=[e["sentence"][:40] for e in PREDICATES])
def test_the_predicate_after_a_relative_clause(example):
    from timeline.events.main_clauses import predicate_after_relative
    sentence = example["sentence"]
    found = predicate_after_relative(sentence, example["fragment"], _other_dates(sentence, example["date"]))
    assert (make_title(found, None).replace(" is killed", " was killed") if found else "") == example["title"]


@pytest.mark.parametrize("example", GERUNDS, ids=[e["sentence"][:40] for e in GERUNDS])
def test_the_clause_a_gerund_title_lost(example):
    from timeline.events.main_clauses import gerund_clause_main
    sentence = example["sentence"]
    at = sentence.index(example["date"])
    found = gerund_clause_main(sentence, example["fragment"], _other_dates(sentence, example["date"]),
                               (at, at + len(example["date"])))
    assert (make_title(found, None) if found else "") == example["title"]


def test_the_subject_alone_takes_back_its_predicate():
    example = PREDICATES[0]
    events = extract(Article(id="a", body=example["sentence"], published="2011-10-20"))
    assert [e.title for e in events if e.source.expression == example["date"]] == [example["title"]]


def test_an_opening_participle_clause_gives_way_to_the_main_clause():
    example = GERUNDS[0]
    events = extract(Article(id="a", body=example["sentence"], published="2011-03-28"))
    titles = [e.title for e in events if e.source.expression == example["date"]]
    assert titles == [example["title"]]


def test_a_subject_without_apposition_takes_its_predicate_without_a_comma():
    from timeline.events.main_clauses import predicate_after_relative
    sentence = "The general, who had defected in March, was buried."
    assert predicate_after_relative(sentence, "The general", ((sentence.index("March"), sentence.index("March") + 5),)) \
        == "The general was buried."
    # near miss: a title with a verb of its own
    assert predicate_after_relative(sentence, "The general defected") == ""


OBJECT_LISTS = __import__("timeline.events.polish", fromlist=["rules"]).rules()["object_list_examples"]


@pytest.mark.parametrize("example", OBJECT_LISTS, ids=[e["title"][:40] for e in OBJECT_LISTS])
def test_the_rest_of_a_list_the_object_opened(example):
    from timeline.events.polish import printed, with_object_list
    assert with_object_list(example["title"], example["sentence"], example["expression"]) == example["polished"]
    # a print edit only: the member's title the merge compares stays as it was made
    assert printed(example["title"], example["sentence"], example["expression"]).endswith(example["polished"][-20:])


def test_a_list_too_long_for_the_title_is_left_out():
    from timeline.events.polish import with_object_list
    title = "French Ministry of Defense spokesman Colonel Thierry Burkhard confirmed that its military had dropped food"
    sentence = ("French Ministry of Defense spokesman Colonel Thierry Burkhard confirmed Wednesday that its military had "
                "dropped food, medical products and light weaponry by parachute to Libyans in the western mountains.")
    # (cuts3) a list that fits the longer reach of polish.yaml object_list_close is kept, up to its last item's phrase
    assert with_object_list(title, sentence, "Wednesday") == title + ", medical products and light weaponry by " \
        "parachute to Libyans in the western mountains"
    opening = "In a brief statement to foreign reporters in Paris late in the day "
    longer = opening + title[:1].lower() + title[1:]
    # even the list alone would take the title past its length
    assert with_object_list(longer, opening + sentence[:1].lower() + sentence[1:], "Wednesday") == longer
    shorter = "The army had dropped food"
    assert with_object_list(shorter, sentence.replace(title.rsplit(" its ", 1)[0], "The army").replace(
        "that its military had", "had"), "Wednesday").startswith("The army had dropped food, medical products")


def test_a_date_inside_an_aside_of_the_participle_clause_is_not_the_gerund_s():
    from timeline.events.main_clauses import gerund_clause_main
    sentence = ("Some analysts have questioned the strategy, fearing western forces might be sucked into a long war "
                "despite a U.S. insistence -- repeated on Saturday -- that it has no plans to send ground troops.")
    at = sentence.index("Saturday")
    fragment = "Fearing western forces might be sucked into a long war despite a U.S. insistence"
    assert gerund_clause_main(sentence, fragment, (), (at, at + 8)) == ""
    # the same clause with the date its own: the subject and the gerund's past
    sentence = "The army has moved troops to the border, sending three battalions to Zawiya on Saturday."
    at = sentence.index("Saturday")
    assert gerund_clause_main(sentence, "Sending three battalions to Zawiya", (), (at, at + 8)) \
        == "The army sent three battalions to Zawiya"
