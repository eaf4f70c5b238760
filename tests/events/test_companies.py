"""companies1: more signs that a name is a business's (events.yaml organisation_evidence_more), so that "the
company" in a title can be named by it (subjects.name_organisation_reference, definites10/11)."""
import pytest

from timeline.events.lexicon import rules as events_rules

MORE_EXAMPLES = events_rules()["organisation_evidence_more_examples"]


@pytest.mark.parametrize("example", MORE_EXAMPLES, ids=[e["text"][:40] for e in MORE_EXAMPLES])
def test_organisation_evidence_more_examples(example):
    from timeline.events.subjects import role_mentions
    businesses = [name for name, role in role_mentions(example["text"]) if role == "company"]
    assert businesses == ([example["business"]] if example["business"] else [])


@pytest.mark.parametrize("text, business", [
    # a modifier of the list, with the possessive written apart (a text split into tokens) or joined
    ("BP 's incoming chief executive , Bob Dudley , has reassured the City .", "BP"),
    ("Apologised for the BP chief executive 's absence .", "BP"),
    ("Transocean's outgoing chief executive said so .", "Transocean"),
    # the words of the list
    ("BP's market value fell .", "BP"),
    # no sign: a word of no list between, a modifier before no evidence, an office of a state
    ("Libya's oil profits funded the regime .", ""),
    ("BP's new well was drilled .", ""),
    ("Libya's former prime minister fled .", ""),
    ("The NTC's new chairman spoke .", ""),
])
def test_more_evidence_marks_a_business(text, business):
    from timeline.events.subjects import role_mentions
    businesses = [name for name, role in role_mentions(text) if role == "company"]
    assert businesses == ([business] if business else [])


def test_the_company_is_named_by_a_business_marked_by_a_modified_role():
    # "BP's incoming chief executive" marks BP a business: a later "the company" in the article is BP
    from timeline.events.subjects import business_names, name_organisation_reference, role_mentions
    texts = ["BP's incoming chief executive, Bob Dudley, has reassured the City.",
             "BP has set aside $20bn for the fund.",
             "BP said the fund would pay claims."]
    sentence = "The company informed City analysts at a meeting in London on Friday."
    businesses = business_names([role_mentions(t) for t in [*texts, sentence]])
    assert "BP" in businesses
    mentions = [(n, "company" if n in businesses else r) for t in texts for n, r in role_mentions(t)]
    named = name_organisation_reference("The company informed City analysts at a meeting in London",
                                        sentence, texts, mentions)
    assert named == "BP informed City analysts at a meeting in London"
    # without the sign, BP is not known as a business and the title stays
    plain = ["BP has reassured the City.", *texts[1:]]
    assert name_organisation_reference("The company informed City analysts at a meeting in London",
                                       sentence, plain, [m for t in plain for m in role_mentions(t)]) \
        == "The company informed City analysts at a meeting in London"


# --- "The company" a pronoun's naming brought, a name inside a longer name ----------------------------------------

BP_ARTICLE = ["BP's share price is tumbling as its liabilities climb.",
              "BP has come close to collapse before.",
              "BP can either wither on the vine or re-invent itself.",
              "The company's own greenhouse gas emissions were about the same as Portugal's."]


def _bp_mentions(texts):
    from timeline.events.subjects import business_names, role_mentions
    businesses = business_names([role_mentions(t) for t in texts])
    return [(n, "company" if n in businesses else r) for t in texts for n, r in role_mentions(t)]


def test_the_company_from_a_pronoun_is_read_at_the_pronoun():
    from timeline.events.subjects import name_organisation_reference
    sentence = "In June 2009, it closed the London HQ of BP Alternative Energy, its renewables operation."
    named = name_organisation_reference("The company closed the London HQ of BP Alternative Energy", sentence,
                                        BP_ARTICLE, _bp_mentions(BP_ARTICLE))
    assert named == "BP closed the London HQ of BP Alternative Energy"


def test_a_title_that_names_the_business_itself_stays():
    from timeline.events.subjects import name_organisation_reference
    # "BP" on its own in the title (no longer name): the sentence may mean two businesses
    sentence = "In June 2009, it closed the London HQ and sold it to BP."
    title = "The company closed the London HQ and sold it to BP"
    assert name_organisation_reference(title, sentence, BP_ARTICLE, _bp_mentions(BP_ARTICLE)) == title


def test_a_sentence_with_no_pronoun_leaves_a_missing_phrase_alone():
    from timeline.events.subjects import name_organisation_reference
    # the title's "The company" stands nowhere in the sentence, nor does an "it" it may stand for
    sentence = "In June 2009, the board closed the London HQ of BP Alternative Energy."
    title = "The company closed the London HQ of BP Alternative Energy"
    assert name_organisation_reference(title, sentence, BP_ARTICLE, _bp_mentions(BP_ARTICLE)) == title


def test_names_business():
    from timeline.events.subjects import _names_business
    assert not _names_business("BP", "The company closed the London HQ of BP Alternative Energy")
    assert _names_business("BP", "The company said BP would pay")
    assert _names_business("BP", "The company's value fell, BP said")


# --- "the government": the one modifier its own sentence gave it first ---------------------------------------------

def test_the_government_takes_its_own_sentence_modifier():
    from timeline.events.subjects import name_organisation_reference
    texts = ["The Gadhafi government said so.", "Rebels held the east."]
    sentence = ("Meanwhile, the Libyan government on Saturday took journalists to the eastern city of Bin Jawad, "
                "where the government ousted rebels about a week ago.")
    assert name_organisation_reference("The government ousted rebels in Bin Jawad", sentence, texts) \
        == "The Libyan government ousted rebels in Bin Jawad"


def test_the_government_with_two_modifiers_and_none_in_its_sentence_stays():
    from timeline.events.subjects import name_organisation_reference
    texts = ["The Gadhafi government said so.", "The Libyan government denied it."]
    sentence = "In Bin Jawad, the government ousted rebels about a week ago."
    assert name_organisation_reference("The government ousted rebels in Bin Jawad", sentence, texts) \
        == "The government ousted rebels in Bin Jawad"
    # two modifiers in its own sentence: none decides there either
    two = "The U.S. government said the Libyan government lied and the government ousted rebels."
    assert name_organisation_reference("The government ousted rebels", two, texts) == "The government ousted rebels"


# --- "It became the first company": an "It" its own clause calls a company ------------------------------------------

IT_ARTICLE = [*BP_ARTICLE[:3], "It looked for oil in Malta, Papua New Guinea and Australia.",
              "It searched in Alaska, the Caribbean and the Rocky Mountains with little success."]


@pytest.mark.parametrize("title, sentence, named", [
    ("It became the first company to strike oil in the North Sea",
     "In 1965, it became the first company to strike oil in the North Sea.",
     "BP became the first company to strike oil in the North Sea"),
    ("It was the largest oil company in Britain", "By 1980 it was the largest oil company in Britain.",
     "BP was the largest oil company in Britain"),
    # a noun after the head: the head describes another thing
    ("It was a company town", "It was a company town.", "It was a company town"),
    # no company said of it
    ("It searched in Alaska", "It searched in Alaska.", "It searched in Alaska"),
    # a quotation: never renamed
    ("It became the first company to strike oil", "“It became the first company to strike oil,” he said.",
     "It became the first company to strike oil"),
])
def test_an_it_called_a_company_is_named(title, sentence, named):
    from timeline.events.subjects import name_company_pronoun
    assert name_company_pronoun(title, sentence, IT_ARTICLE, _bp_mentions(IT_ARTICLE)) == named


def test_an_it_called_a_company_with_another_business_near_stays():
    from timeline.events.subjects import name_company_pronoun
    texts = [*IT_ARTICLE, "Shell's shares rose after Shell found oil off Norway."]
    title = "It became the first company to strike oil in the North Sea"
    assert name_company_pronoun(title, "In 1965, it became the first company to strike oil in the North Sea.", texts,
                                _bp_mentions(texts)) == title


# --- "Insurers Amlin and Hiscox": a plural role before two names binds both ------------------------------------------

@pytest.mark.parametrize("text, businesses", [
    ("Insurers Amlin and Hiscox have been hit by claims.", ["Amlin", "Hiscox"]),
    ("Russian oil firms Gazprom Neft and Tatneft left Libya.", ["Gazprom Neft", "Tatneft"]),
    ("BP blamed contractors Halliburton and Transocean .", ["Halliburton", "Transocean"]),
    # a plural of people's roles, of no role, a country's acronym: none
    ("Presidents Obama and Sarkozy met in Paris.", []),
    ("Rebels in Zawiya and Misrata held out.", []),
    ("Leaders of firms in the US and Britain met.", []),
])
def test_coordinated_businesses(text, businesses):
    from timeline.events.subjects import role_mentions
    assert [name for name, role in role_mentions(text) if role == "company"] == businesses


HISCOX = ["Insurers Amlin and Hiscox have been hit by catastrophe claims and losses related to the oil spill.",
          "“It was an astonishing first half,” said Robert Hiscox, chairman of the eponymous insurer.",
          "Bermuda-based Hiscox estimates its bill for the Chilean earthquake and Xynthia will reach £100m."]


def test_its_takes_a_business_a_person_shares_a_name_with():
    from timeline.events.subjects import name_by_opening_before
    history = ["Insurers Amlin and Hiscox", "It", "its bill for the Chilean earthquake and Xynthia"]
    speakers = ["Insurers Amlin and Hiscox", "It", "Bermuda-based Hiscox"]
    names = ["Robert Hiscox", "Bermuda-based Hiscox"]
    title = "Its retail arm was hit by the winter freeze in the UK"
    assert name_by_opening_before(title, history, speakers, HISCOX, names) \
        == "Hiscox's retail arm was hit by the winter freeze in the UK"
    # the article never tells Hiscox is a business: the person's surname keeps it unnamed
    plain = ["Amlin has been hit by catastrophe claims.", *HISCOX[1:]]
    assert name_by_opening_before(title, history, speakers, plain, names) == title
