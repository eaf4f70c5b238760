"""Titles whose subject the article names elsewhere: the examples of events.yaml whose_examples and
lead_role_examples (timeline.events.titles whose_title, timeline.events.subjects lead_referent), positive and near misses."""

import pytest

from timeline.events import extract
from timeline.events.lexicon import rules as events_rules
from timeline.model import Article

from dated_titles import dated_titles  # one article's titles for one date phrase

@pytest.mark.parametrize("lead,name", [
    ("Gulf oil spill : BP could face ban as US launches criminal investigation", "BP"),
    ("Michael Jackson died from cardiac arrest in his rented home", "Michael Jackson"),
    ("Jackson 's brothers were among the mourners", ""),  # the brothers lead, not Jackson
    ("Jackson's brothers were among the mourners", ""),
    ("By Pam Benson , CNN National Security Producer Khamis Gadhafi", ""),  # a byline opens with "By"
    ("Monday was quiet in Tripoli", ""),
])
def test_lead_name(lead, name):
    from timeline.events.subjects import lead_name
    assert lead_name(lead) == name


def test_place_acronym_is_no_other_business():
    """ "... the biggest dividend-payer in the UK. The company reiterated": "UK" is no business (place_acronyms)."""
    body = ("Energy giant BP said the leak was slowing. BP shares fell. BP is the biggest dividend-payer in the UK. "
            "The company reiterated on Monday that no decision had been made.")
    events = extract(Article(id="a", body=body, published="2011-09-15"))
    assert [e.title for e in events if e.source.expression == "Monday"] == [
        "BP reiterated that no decision had been made"]


@pytest.mark.parametrize("title,sentence,named", [
    # a gerund's pronoun subject of what was said stands for the speaker ("BP also": the adverb is no part of it)
    ("Fitting a container on to the wellhead",
     "BP also reported that it had now collected about 127,000 barrels of oil since fitting a container on to the "
     "wellhead 10 days ago.", "BP fitted a container on to the wellhead"),
    ("Visiting the beach", "Tony Hayward said that he was sorry after visiting the beach on Monday.",
     "Tony Hayward visited the beach"),
    # near miss: a thing's speaker is no person's pronoun
    ("Visiting the beach", "BP said that he was sorry after visiting the beach on Monday.", "He visited the beach"),
])
def test_gerund_pronoun_named_by_speaker(title, sentence, named):
    from timeline.events.subjects import subject_for
    assert subject_for(title, sentence, sentence.find(title.split()[0].lower())) == named


@pytest.mark.parametrize("title,sentence,named", [
    # an expletive frame (polish.yaml frames) opens the sentence: the gerund's subject is the framed clause's
    ("Returning from Mexico", "It is understood the two travellers were admitted to Monklands hospital in Airdrie, "
     "Lanarkshire, after returning from Mexico on Tuesday.", "The two travellers returned from Mexico"),
    ("Finding the error", "It has emerged that the company returned the money after finding the error on Tuesday.",
     "The company found the error"),
    # near misses: an "it" that opens no frame stays the subject ("It" is named by the sentences before, if at all)
    ("Returning from Mexico", "It was quarantined after returning from Mexico on Tuesday.", "It returned from Mexico"),
    ("Returning from Mexico", "It is believed the two travellers fell ill after returning from Mexico.",
     "It returned from Mexico"),  # a hedge is no frame: what the sentence tells is a belief
])
def test_gerund_subject_past_expletive_frame(title, sentence, named):
    from timeline.events.subjects import subject_for
    assert subject_for(title, sentence, sentence.find(title.split()[0].lower())) == named


@pytest.mark.parametrize("sentence,subject", [
    # "the" opens what was said's subject and stays in it ("It was loaded onto a barge" can then name "the device")
    ("The website said that the device, a 100-tonne box, could collect up to 85% of the oil.", "the device"),
    ("Officials said that the army withdrew.", "the army"),
    # a "the" of a time phrase between the verb of saying and what was said is skipped with it
    ("Officials said on the weekend that rebels took Brega.", "rebels"),
    ("Officials said this week the rebels took Brega.", "the rebels"),
])
def test_subject_of_what_was_said_keeps_its_determiner(sentence, subject):
    from timeline.events.subjects import opening_subject
    assert opening_subject(sentence) == subject


@pytest.mark.parametrize("title,history,named", [
    # an adverb the antecedent's subject phrase ran into ("the Brotherhood still operated") is no part of the name
    ("Its leaders were released", ["The Brotherhood still"], "The Brotherhood's leaders were released"),
    ("It was loaded onto a barge", ["the device"], "The device was loaded onto a barge"),
])
def test_pronoun_named_without_trailing_adverb(title, history, named):
    from timeline.events.subjects import resolve_pronoun
    assert resolve_pronoun(title, history) == named


# events.yaml tables of naming examples, each {body, date, title}: the one event the body's `date` phrase gives
# is titled `title` (role subjects, antecedents, epithets, definites, institutions, inner references and roles,
# qualified roles, alliances, owners, "whose", lead roles, subject appositions)
NAMING_TABLES = ("role_subject_examples", "antecedent_examples", "epithet_examples", "definite_examples",
                 "institution_examples", "inner_reference_examples", "inner_role_examples", "qualified_role_examples",
                 "alliance_examples", "owned_examples", "whose_examples", "lead_role_examples",
                 "subject_apposition_examples", "clause_antecedent_examples", "demonstrative_place_examples",
                 "object_by_previous_examples", "lone_person_examples", "introduction_examples",
                 "definite_place_examples", "definite_event_examples", "demonstrative_event_examples",
                 "framed_pronoun_examples", "named_description_examples", "first_use_role_examples",
                 "organisation_reference_examples", "country_reference_examples", "kind_reference_examples",
                 "own_sentence_pronoun_examples", "compound_head_examples", "head_complement_examples",
                 "main_person_epithet_examples", "role_sex_examples", "place_noun_examples",
                 "definite_clause_examples")
NAMING_EXAMPLES = [(table, example) for table in NAMING_TABLES for example in events_rules()[table]]


@pytest.mark.parametrize("table,example", NAMING_EXAMPLES,
                         ids=[f"{table}-{example['body'][:40]}" for table, example in NAMING_EXAMPLES])
def test_naming_examples(table, example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]


@pytest.mark.parametrize("sentence,quoted", [
    ("“A massacre in Benghazi was prevented.", True),  # opens a quotation the next sentence goes on with
    ("Gadhafi's air force has been rendered largely ineffective.”", True),  # closes one begun before
    ("“We are watching that unfold.”", True),
    ("“We have made significant progress,” she told reporters.", False),  # the article's own attribution
    ("Clinton said the coalition is “in control of the skies.”", False),
    ("The coalition is in control.", False),
])
def test_quoted_throughout(sentence, quoted):
    from timeline.events.subjects import quoted_throughout
    assert quoted_throughout(sentence) is quoted


@pytest.mark.parametrize("sentence,subject", [
    ("“We have made significant progress,” she told reporters.", "she"),  # words after the verb of saying
    ("“All civil society organizations have been eviscerated,” he said.", "he"),  # not the quotation's subject
    ("And yet, women are the primary targets,” she told the forum.", "she"),  # the tail of a quotation
    ("Rebels seized the town, he said.", "Rebels"),  # no quotation: the article's own report of what he said
])
def test_chain_subject_of_quoted_speaker(sentence, subject):
    from timeline.events.subjects import chain_subject
    assert chain_subject(sentence) == subject


@pytest.mark.parametrize("subject,person", [
    ("Secretary of State Hillary Clinton", True),  # a capitalised office before a full name
    ("Arab League Secretary-General Amre Moussa", True),
    ("Prime Minister Baghdadi Mahmudi", True),
    ("Bank of New York Mellon", False),  # no office in it
    ("Secretary of State", False),  # an office with no name
])
def test_office_before_name_fits_a_person(subject, person):
    from timeline.events.subjects import fits
    assert fits(subject, "person") is person


@pytest.mark.parametrize("title,texts,named", [
    # the article's own first description, with its complement and the noun that complement qualifies
    ("The worker fell ill", ["A healthcare worker from Royal Free hospital in Hampstead was among the cases."],
     "A healthcare worker from Royal Free hospital fell ill"),
    ("The boy was admitted", ["The first case - an 11-year-old boy - has been confirmed."],
     "An 11-year-old boy was admitted"),
    # the title's own describing word missing from the introduction: another worker may be meant
    ("The female worker fell ill", ["A healthcare worker from Royal Free hospital was among the cases."],
     "The female worker fell ill"),
    # already qualified ("from Barnet"), or no verb after the head: unchanged
    ("The man from Barnet caught the virus", ["A 40-year-old man from Barnet is ill."],
     "The man from Barnet caught the virus"),
])
def test_name_by_introduction(title, texts, named):
    from timeline.events.subjects import name_by_introduction
    assert name_by_introduction(title, title, texts) == named


@pytest.mark.parametrize("title,texts,named", [
    # a calendar word or "The" before the name is no part of it
    ("The council met again", ["On Friday Security Council members spoke.", "The Security Council voted."],
     "The Security Council met again"),
    ("The resolution passed", ["The vote on U.N. Security Council Resolution 1973 was close."],
     "U.N. Security Council Resolution 1973 passed"),
    # two councils, or a council with no name: unchanged
    ("The council met again", ["The Security Council met the Interim National Council."], "The council met again"),
    ("The council met again", ["Rebels formed a military council."], "The council met again"),
])
def test_name_by_named_head(title, texts, named):
    from timeline.events.subjects import name_by_named_head
    assert name_by_named_head(title, title, texts) == named


@pytest.mark.parametrize("title,sentence,texts,mentions,named", [
    # the one business near: "the company's" -> "BP's"
    ("Tony Hayward said that the company's costs rose", "Tony Hayward said on Monday that the company's costs rose.",
     ["BP shares fell sharply in London after the news."], [("BP", "company"), ("London", "")],
     "Tony Hayward said that BP's costs rose"),
    # near misses: inside a quotation; "the company town" (a compound); the business in the title already
    ("Tony Hayward said “the company's costs rose”", "Tony Hayward said on Monday: “the company's costs rose.”",
     ["BP shares fell sharply in London after the news."], [("BP", "company"), ("London", "")],
     "Tony Hayward said “the company's costs rose”"),
    ("Residents of the company town met", "Residents of the company town met on Monday.",
     ["BP shares fell sharply in London after the news."], [("BP", "company"), ("London", "")],
     "Residents of the company town met"),
    ("BP said that the company would pay", "BP said on Monday that the company would pay.",
     ["BP shares fell sharply in London after the news."], [("BP", "company"), ("London", "")],
     "BP said that the company would pay"),
])
def test_name_organisation_reference(title, sentence, texts, mentions, named):
    from timeline.events.subjects import name_organisation_reference
    assert name_organisation_reference(title, sentence, texts, mentions) == named


@pytest.mark.parametrize("title,sentence,previous,named", [
    ("Calderon praised the country's precautions", "On Mexican TV Calderon praised the country's precautions.", "",
     "Calderon praised Mexico's precautions"),
    # near misses: a quotation; "the country music"; two countries in the sentence
    ("Calderon said “the country's precautions worked”", "Calderon said on Mexican TV: “the country's precautions "
     "worked.”", "", "Calderon said “the country's precautions worked”"),
    ("Fans of the country music met", "In Mexico fans of the country music met.", "", "Fans of the country music met"),
    ("Calderon praised the country's precautions", "After talks with China on Mexican TV Calderon praised the "
     "country's precautions.", "", "Calderon praised the country's precautions"),
])
def test_name_country_reference(title, sentence, previous, named):
    from timeline.events.subjects import name_country_reference
    assert name_country_reference(title, sentence, previous) == named


def test_region_countries_are_table_countries():
    table = events_rules()["country_references"]
    known = {str(c["names"][0]) for c in table["countries"]}
    assert all(c in known for countries in table["regions"].values() for c in countries)


@pytest.mark.parametrize("title,sentence,texts,named", [
    ("Drones were deployed in the North African nation", "Drones were deployed in the North African nation.",
     ["Rebels in Libya fought on."], "Drones were deployed in Libya"),
    # of two countries of the region, the article's most named one
    ("Drones were deployed in the North African nation", "Drones were deployed in the North African nation.",
     ["Rebels in Libya fought on.", "Libya's oil stopped.", "Egypt closed its border."], "Drones were deployed in Libya"),
    # near misses: no country of the region named; the most named country is of another region; "the Gulf state of"
    ("Envoys flew to the Gulf state", "Envoys flew to the Gulf state.", ["Rebels in Libya fought on."],
     "Envoys flew to the Gulf state"),
    ("Envoys flew to the North African nation", "Envoys flew to the North African nation.",
     ["Mexico said so.", "Mexico's flu.", "Egypt and Libya met."], "Envoys flew to the North African nation"),
    ("Envoys flew to the Gulf state of Qatar", "Envoys flew to the Gulf state of Qatar.", ["Bahrain met."],
     "Envoys flew to the Gulf state of Qatar"),
])
def test_name_region_country(title, sentence, texts, named):
    from timeline.events.subjects import name_country_reference
    assert name_country_reference(title, sentence, "", texts) == named
