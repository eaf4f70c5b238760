"""Event extraction, run over the examples beside its lexicons (events/events.yaml)."""

import pytest

from timeline.events import calendar_date, extract, is_prose
from timeline.model import Article, Timex
from timeline.events.lexicon import rules
from timeline.read.pubdate import body_dateline
from timeline.text.chronology import reads_as_chronology_line

EXAMPLES = rules()["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_event_examples(example):
    # the article as the reader makes it: its dateline found in its body
    article = Article(id="a", body=example["text"], published=example["dct"], dateline=body_dateline(example["text"]))
    events = [e for e in extract(article) if e.date]
    expected = example["events"]
    assert [(e.date, e.mod) for e in events] == [(x["date"], x.get("mod", "")) for x in expected]
    for event, want in zip(events, expected):
        assert want["title_has"].lower() in event.title.lower()
        assert event.source.quote.strip() and event.source.expression in event.source.quote
        # an offset dated by the sentence before carries that sentence for the reader (dating.yaml lead_anchor)
        assert event.source.lead == want.get("lead", "")


def test_extract_is_pure_and_deterministic():
    article = Article(id="x", body="Rebels seized the airport on Monday. Talks began on Tuesday.", published="2016-05-25")
    assert extract(article) == extract(article)


def test_undated_mention_is_kept_without_a_date():
    article = Article(id="x", body="After the army, backed by Russian jets, liberated the city of Palmyra, talks resumed.",
                      published="2016-04-07")
    events = extract(article)
    assert [e.date for e in events] == [""]
    assert "palmyra" in events[0].keys


@pytest.mark.parametrize("value,expected", [
    ("2016-03-27", "2016-03-27"), ("2016-04-06T19:00", "2016-04-06"), ("2015-Q4", "2015-Q4"),
    ("2015-SU", "2015-SU"), ("PRESENT_REF", ""), ("XXXX-03-27", ""), ("199", ""), ("199X", ""), ("P5Y", ""),
])
def test_calendar_date(value, expected):
    kind = "DURATION" if value.startswith("P") and value != "PRESENT_REF" else "DATE"
    assert calendar_date(Timex(0, 1, "x", kind, value)) == expected


@pytest.mark.parametrize("text,prose", [
    ("The army retook the city after a long siege.", True),
    ("Home News World Politics Business Sport Latest Video", False),
    ("http://www.example.com/news/2016-04-06/story", False),
    ("more...", False),
    ("5 March - Interim report published", True),  # a chronology item: a headline without a stop
])
def test_is_prose(text, prose):
    assert is_prose(text, chronology_line=reads_as_chronology_line(text)) is prose


@pytest.mark.parametrize("body", [
    "1234 5678 " * 10_000,
    "May " * 25_000,
    pytest.param("On May 5, a, b, c, d, the army, " * 20_000, marks=pytest.mark.slow),  # 660 KB: a second or more
    "x" * 1_000_000,
])
def test_hostile_text_returns(body):
    events = extract(Article(id="h", body=body, published="2016-05-25"))
    assert all(e.source.quote in body for e in events)


NOT_NEWS_EXAMPLES = rules()["not_news"]["examples"]


@pytest.mark.parametrize("example", NOT_NEWS_EXAMPLES, ids=[e["text"][:40] for e in NOT_NEWS_EXAMPLES])
def test_not_news_examples(example):
    test_event_examples(example)


@pytest.mark.parametrize("title,kind", [
    ("The Observer met him", "own reporting"), ("CNN saw", "own reporting"),
    ("CNN conducted a third phone interview", "own reporting"),
    ("A CNN employee saw three Grad-type rockets strike the center of the city", ""),
    ("This letter suggests concerns about the safety of BP operations persisted", "inference"),
    ("Submerged oil plumes suggest the spill is worse than BP claims", ""),
    ("This meant there were 13 travel-related cases outstanding", ""),
    ("Even the language choice is a slap at Gadhafi's regime", "judgement"),
    ("He said the vote was a sign of progress", ""),
    ("Rebels took the town of Brega", ""),
    ("The Hawk T1 aircraft is the Royal Air Force's advanced trainer", "description"),
    ("That's a big debate", "description"),
    ("BP said the cap is a success", ""), ("Jackson's doctor was charged", ""),
    # an estimate of what is to come stays: the journalists' timelines list them ("Analysts put the cost of the
    # spill for BP at £15bn")
    ("The disaster is likely to cost BP $23bn", ""),
    ("He believes the attack was meant to frighten the rebels", "belief"),
    ("Many analysts think that the regime will fall", "belief"),
    # a belief told by a reporting verb, and a past one, stay (the first is a journalists' timeline entry)
    ("Steve Wereley, a researcher at Purdue University, tells the press he believes the well is leaking 70,000 bpd",
     ""),
    ("Police believed the man had fled", ""), ("Officials said they believe he was killed by government forces", ""),
    ("I don't think that would be right", ""),
    ("The same appeals court is expected to hear arguments on the merits of the moratorium case", ""),
])
def test_not_news_kind(title, kind):
    from timeline.events.triggers import not_news_kind
    assert not_news_kind(title) == kind


@pytest.mark.parametrize("title,sentence,kind", [
    ("Margaret Evison talks about her son Mark", "Today Margaret Evison talks about her son Mark, who died in 2009.",
     "teaser"),
    ("Mark died in Afghanistan", "Today Margaret Evison talks about her son Mark, who died in Afghanistan in 2009.", ""),
    ("Flood levels peak", "Thousands of houses are expected to be under water when flood levels peak this evening.",
     "forecast"),
    ("The court is expected to hear arguments", "The court is expected to hear arguments in late August.", ""),
])
def test_not_news_kind_in_its_sentence(title, sentence, kind):
    from timeline.events.triggers import not_news_kind
    assert not_news_kind(title, sentence) == kind


NOT_NEWS_KIND_EXAMPLES = rules()["not_news"]["kind_examples"]


@pytest.mark.parametrize("example", NOT_NEWS_KIND_EXAMPLES, ids=[e["title"][:40] for e in NOT_NEWS_KIND_EXAMPLES])
def test_not_news_kind_examples(example):
    """The figures, plans, states, empty lines and background of events.yaml (not_news, kind_examples): what each
    rule removes and the near misses it keeps."""
    from timeline.events.triggers import not_news_kind
    assert not_news_kind(example["title"], example.get("sentence", "")) == example["kind"]


DOCUMENT_EXAMPLES = rules()["not_news"]["document_examples"]


@pytest.mark.parametrize("example", DOCUMENT_EXAMPLES, ids=[e["title"][:40] for e in DOCUMENT_EXAMPLES])
def test_document_examples(example):
    """What a paper showed, dated by the paper, is no event; a date inside what it showed, a present showing, a told
    one and a paper that acts are (events.yaml, not_news, document_examples)."""
    from timeline.events.triggers import shows_a_document
    sentence = example["sentence"]
    date_end = sentence.index(example["date"]) + len(example["date"])
    assert shows_a_document(example["title"], sentence, date_end) is example["drop"]


PERIOD_FIGURE_EXAMPLES = rules()["not_news"]["period_figure_examples"]


@pytest.mark.parametrize("example", PERIOD_FIGURE_EXAMPLES, ids=[f"{e['date']} {e['title'][:40]}" for e in PERIOD_FIGURE_EXAMPLES])
def test_period_figure_examples(example):
    """A year's, quarter's or season's figure is no event; a deal of that period, or a figure of a day, is
    (events.yaml, not_news, period_figure_examples)."""
    from timeline.events.triggers import is_period_figure
    assert is_period_figure(example["title"], example["date"]) is example["figure"]


@pytest.mark.parametrize("title,date_end,published,before_date,future_of_past", [
    ("The commission will be similar to those that looked into the Challenger explosion", 100, 200,
     "The commission will be similar to those that looked into the explosion of the space shuttle Challenger in", True),
    ("All shipments that arrived will be subject to the ban", 190, 200, "All shipments that arrived will be subject to the ban from", True),
    ("Hurricane Alex is expected to hit the coasts of Texas", 100, 200, "Hurricane Alex is expected to hit the coasts of Texas on", True),
    ("Barack Obama will fly to Louisiana", 200, 200, "Barack Obama will fly to Louisiana on", False),  # told on its day
    ("Barack Obama will fly to Louisiana", 199, 200, "Barack Obama will fly to Louisiana on", False),  # within the margin
    ("Salazar said that BP will be held accountable", 100, 200, "Salazar said on", False),  # told
    ("The two companies will share the pipeline", 100, 200, "Under a deal signed", False),  # the date is the signing's
    ("It granted him a reserve of good will that he still draws on", 100, 200, "It granted him a reserve of good will that he still draws on since", False),  # a noun
    ("Rebels took the town of Brega", 100, 200, "Rebels took the town of Brega in", False),
])
def test_tells_future_of_past(title, date_end, published, before_date, future_of_past):
    from timeline.events.triggers import tells_future_of_past
    assert tells_future_of_past(title, date_end, published, before_date) is future_of_past


@pytest.mark.parametrize("title,date,days,published,before_date,after_date,in_period", [
    ("Lawyers for Dr Murray will appear in court", "2011", (100, 464), 140,
     "Lawyers for Dr Murray, who will appear in court", ", have suggested", True),
    ("Canada will be implementing its strategy", "2009", (100, 464), 230, "Canada has completed its review and",
     " will be implementing", True),  # the future right after its preposed date
    ("Barack Obama will fly to Louisiana", "2010-05-02", (200, 200), 200, "Barack Obama will fly to Louisiana", "",
     False),  # a day: timeline.salience.happened's
    ("The administration announced it will spend $29m", "2010", (100, 464), 350,
     "The administration announced it will spend $29m on inspectors", ".", False),  # told
    ("The two companies will share the pipeline", "2011-07", (100, 130), 128, "Under a deal signed", ", the two",
     False),  # the date is the signing's
    ("The rebels will attack Brega", "2011-SP", (100, 190), 300, "The rebels will attack Brega in", ".", False),  # past
    ("Rebels took the town of Brega", "2011", (100, 464), 140, "Rebels took the town of Brega in", ".", False),
    ("The NOC plans to resume marketing", "2011-09", (100, 129), 110, "The NOC plans to resume marketing", ",", True),
    ("Italy announced that it plans to open a consulate", "2011-05", (100, 130), 110,
     "Italy announced", " that it plans", False),  # told
])
def test_tells_future_in_period(title, date, days, published, before_date, after_date, in_period):
    from timeline.events.triggers import tells_future_in_period
    assert tells_future_in_period(title, date, days, published, before_date, after_date) is in_period


@pytest.mark.parametrize("title,before_date,days,published,span", [
    ("Americans rallied to JFK's call", "A half century ago, Americans rallied to JFK's call, but ", (200, 200), 200, True),
    ("Libyans trusted the colonel", "Forty years ago Libyans trusted the colonel; ", (200, 200), 200, True),
    ("Rebels took Tripoli", "Two decades ago, Gadhafi was a pariah, but rebels took Tripoli ", (200, 200), 200,
     False),  # the title is the day's clause
    ("Americans rallied to JFK's call", "A half century ago, Americans rallied to JFK's call, but ", (190, 190), 200,
     False),  # not the page's day
    ("Rebels took Tripoli", "Two days ago rebels took Tripoli, and ", (200, 200), 200, False),  # days are the tagger's
    ("Rebels took Tripoli", "Rebels took Tripoli ", (200, 200), 200, False),
])
def test_tells_span_before_day(title, before_date, days, published, span):
    from timeline.events.triggers import tells_span_before_day
    assert tells_span_before_day(title, before_date, days, published) is span


@pytest.mark.parametrize("title,date_end,published,present_of_past", [
    ("Descendants of the pandemic are still infecting human beings", 100, 200, True),
    ("Bookmaker Paddy Power is now offering even odds to punters", 100, 200, True),
    ("The Spanish flu pandemic remains the most devastating outbreak of modern times", 100, 200, False),  # an event noun
    ("Descendants of the pandemic are still infecting human beings", 190, 200, False),  # within the margin
    ("Gaddafi seizes power in a bloodless coup", 100, 200, False),  # a chronology's historic present
    ("Weldon led a congressional delegation to Libya and is visiting Tripoli", 100, 200, False),  # a past act first
    ("Officials say the virus is spreading", 100, 200, False),  # told
    ("Jackson's former doctor is facing a manslaughter charge following the singer's death", 100, 200, False),
    ("Investors are asking what went wrong on the Deepwater Horizon before it exploded", 100, 200, False),  # a past verb
    # a relative clause's past is its own (the date the coup's), and the long subject still reaches the verb
    ("Several figures from the free officers the group that plotted the coup against the monarchy are leading the INC",
     100, 200, True),
    ("Rebels seized the town and are holding it", 100, 200, False),  # the title's own act first
    # a relative's present is not the title's verb, and a past progressive before it is
    ("Mike Williams was giving evidence to the federal panel in New Orleans that is investigating the cause of the "
     "disaster", 100, 200, False),
])
def test_tells_present_of_past(title, date_end, published, present_of_past):
    from timeline.events.triggers import tells_present_of_past
    assert tells_present_of_past(title, date_end, published) is present_of_past


PRESENT_VERDICT_EXAMPLES = rules()["not_news"]["present_verdict_examples"]


@pytest.mark.parametrize("example", PRESENT_VERDICT_EXAMPLES, ids=[e["title"][:40] for e in PRESENT_VERDICT_EXAMPLES])
def test_present_verdict_examples(example):
    """A verdict in the present dated to a past month is no event of that month; a told one, and one dated days
    before its publication, are (events.yaml, not_news, present_verdict_examples)."""
    from timeline.events.triggers import tells_present_of_past
    assert tells_present_of_past(example["title"], example["date_end"], example["published"]) is example["drop"]


QUOTED_VIEW_EXAMPLES = rules()["not_news"]["quoted_view_examples"]


@pytest.mark.parametrize("example", QUOTED_VIEW_EXAMPLES, ids=[e["title"][:40] for e in QUOTED_VIEW_EXAMPLES])
def test_quoted_view_examples(example):
    """A quotation's opinion dated by its saying is no event; a quoted act, an act in progress and reported speech
    outside quotation marks are (events.yaml, not_news, quoted_view_examples)."""
    from timeline.events.triggers import quotes_a_view
    sentence = example["sentence"]
    assert quotes_a_view(example["title"], sentence, sentence.index(example["date"])) is example["view"]


SINCE_STATE_EXAMPLES = rules()["not_news"]["since_state_examples"]


@pytest.mark.parametrize("example", SINCE_STATE_EXAMPLES, ids=[e["title"][:40] for e in SINCE_STATE_EXAMPLES])
def test_since_state_examples(example):
    """A state lasting since a date long past is no event of that date; a recent start, a past act and a "since"
    clause's own event are (events.yaml, not_news, since_state_examples)."""
    from datetime import date
    from timeline.events.triggers import tells_state_since
    sentence = example["sentence"]
    before = sentence[: sentence.index(example["date"])]
    end, published = (date.fromisoformat(example[k]).toordinal() for k in ("end", "dct"))
    assert tells_state_since(example["title"], before, end, published) is example["state"]


NOWADAYS_EXAMPLES = rules()["not_news"]["nowadays_examples"]


@pytest.mark.parametrize("example", NOWADAYS_EXAMPLES, ids=[e["sentence"][:40] for e in NOWADAYS_EXAMPLES])
def test_nowadays_examples(example):
    """A sentence that opens with "Today" and goes on in a present state or habit tells how things are now, no event
    of the day; a past, an act's perfect, a future, a telling, a later "today" and an owner stay (events.yaml,
    not_news, nowadays_examples)."""
    from timeline.events.triggers import tells_nowadays
    sentence = example["sentence"]
    before = sentence[: sentence.index(example["date"])]
    assert tells_nowadays(sentence, example["date"], before) is example["nowadays"]


def test_nowadays_drops_the_entry():
    """The whole pipeline keeps no entry for a nowadays "Today," and keeps the day's act."""
    text = ("Centuries ago Berber warriors held the ridge. Today, their descendants use the same ridgeline to watch "
            "over their own enemies. Today, rebels captured the village of Tiji after a long fight.")
    article = Article(id="x", body=text, published="2011-08-05")
    titles = [event.title for event in extract(article)]
    assert not any("descendants" in title for title in titles)
    assert any("captured" in title for title in titles)


@pytest.mark.parametrize("text,expression,dates_nothing", [
    ("His call for an agreement based on Israel's pre-1967 borders drew criticism.", "pre-1967", True),
    ("Output returned to pre-2008 levels.", "pre-2008", True),
    ("The post-1967 occupation changed the West Bank.", "post-1967", False),  # an event noun: its date
    ("Israel occupied the West Bank in 1967.", "1967", False),
    ("Talks resumed in post-2003 Iraq.", "post-2003", False),  # a name after it, no common noun
])
def test_attributive_bound(text, expression, dates_nothing):
    """dating.yaml attributive_bound_prefixes: a year joined to "pre-"/"post-" before a noun describes the noun."""
    from timeline.events.dating import is_attributive_bound
    from timeline.model import Sentence, Timex
    at = text.index(expression)
    timex = Timex(at, at + len(expression), expression, "DATE", expression[-4:])
    assert is_attributive_bound(Sentence(0, len(text), text), timex) is dates_nothing


@pytest.mark.parametrize("text,expression,deadline", [
    ("By Wednesday, Ogrydziak said they should have a machine on the beach.", "Wednesday", True),
    ("By Friday, the company will have drilled the relief well.", "Friday", True),
    ("By Saturday evening, advancing opposition fighters had reached the outskirts of Brega.", "Saturday evening", False),
    ("Officials said by Wednesday they should have a machine on the beach.", "Wednesday", False),  # no opening "By"
])
def test_deadline_date(text, expression, deadline):
    """dating.yaml deadline_modals: "By <date>," opening a sentence with a modal after it is a deadline."""
    from timeline.events.dating import is_deadline_date
    from timeline.model import Sentence, Timex
    at = text.index(expression)
    timex = Timex(at, at + len(expression), expression, "DATE", "2010-06-30")
    assert is_deadline_date(Sentence(0, len(text), text), timex) is deadline


def test_an_event_told_done_in_the_small_hours_of_the_next_day_is_kept_with_that_day():
    # "early Monday" on a Sunday page: the tagger puts it on the next day (vocab.yaml small_hours_leads), and the
    # event, told done by then, is no plan ahead of its telling (events.__init__._told_done)
    body = ("Saif al-Islam Gadhafi, the son of longtime Libyan leader Moammar Gadhafi, early Monday promised widespread "
            "reforms, including increased salaries and a relaxed criminal code.")
    found = [e for e in extract(Article(id="a", body=body, published="2011-02-20")) if "promised" in e.title]
    assert [(e.date, e.source.told_done) for e in found] == [("2011-02-21", True)]


def test_a_plan_for_the_small_hours_of_the_next_day_is_not_told_done():
    body = "The council will meet early Monday to choose a new leader."
    found = extract(Article(id="a", body=body, published="2011-02-20"))
    assert found and all(not e.source.told_done for e in found)
    body = "The rebels stormed the town on Monday."  # no small-hours lead: the Monday before, told as usual
    assert all(not e.source.told_done for e in extract(Article(id="a", body=body, published="2011-02-20")))


def test_a_dated_subject_phrase_of_a_membership_titles_no_event():
    # "The fighters in Saturday's attack" opens the sentence with its date, but the sentence only says what the
    # fighters are (events.yaml not_news backdrop membership): no entry, not the phrase "The fighters in an attack"
    body = ("The fighters in Saturday's attack are part of what some have dubbed a Mad Max army -- a fleet of pickup "
            "trucks modified to take heavy weapons speeding across the desert.")
    assert [e.title for e in extract(Article(id="a", body=body, published="2011-08-07")) if e.date] == []
    # a phrase that names an event, its sentence telling an act, still titles it
    body = "The killing on Thursday of the top rebel commander shocked the rebels."
    assert [e.date for e in extract(Article(id="a", body=body, published="2011-07-30")) if e.date]


PAGE_DAY_PLAN_EXAMPLES = rules()["not_news"]["page_day_plan"]["examples"]


@pytest.mark.parametrize("example", PAGE_DAY_PLAN_EXAMPLES, ids=[e["title"][:40] for e in PAGE_DAY_PLAN_EXAMPLES])
def test_page_day_plan_examples(example):
    """A plan for later the page's own day, told with "will" or with the past of its copula ("was set to file a
    lawsuit ... tonight"), has no outcome; another past keeps the title (events.yaml, not_news, page_day_plan)."""
    from timeline.events.triggers import tells_plan_of_page_day
    assert tells_plan_of_page_day(example["title"], example["phrase"], (100, 100), 100) is example["plan"]


@pytest.mark.parametrize("clause, trigger, before, planned", [
    # (nonevents25) a naming participle or one with its agent is no verb of the day: the plan stays a plan
    ("Later today the committee will hold a hearing called Liability for Oil Spills", "hold", "", True),
    # a capitalised past form is a name's word ("Related Statutes"), no verb of the day
    ("Later today the committee will hold a hearing on the Oil Pollution Act and Related Statutes", "hold", "", True),
    ("he will stay overnight in the Gulf for the first time", "stay", "Accompanied by top staffers,", True),
    # near misses: a past verb told that day keeps the clause an event
    ("and will serve the rest of the term", "serve", "Quintero was sworn in by the chief justice this evening", False),
    ("and will serve the rest of the term", "serve", "Quintero was sworn in as president this evening", False),
])
def test_unfulfilled_plan_past_participles(clause, trigger, before, planned):
    from timeline.events.lexicon import words_of
    from timeline.events.triggers import is_unfulfilled_plan, words_outside_names
    assert is_unfulfilled_plan(words_outside_names(clause), trigger, 5, 5, words_of(before)) is planned
