"""definites10: bare definites the article names (timeline.events.subjects): "the company" for the business an
article is about (_dominant_business; events.yaml organisation_references dominant), "The
Council" written capitalised for the article's one named council (name_by_named_head), and "a program to fund" no
introduction of another fund (name_compound_head)."""

import pytest

from timeline.model import Article
from timeline.events import extract
from timeline.events.subjects import name_by_named_head, name_compound_head

# the opening of a real article on BP (bpoil_guardian 2010-06-18): names near "the company" ("Texas City", "Gulf of
# Mexico", "British") leave the nearest-name rule undecided; the article names BP far more than any other business
BP_ARTICLE = (
    "British shareholders are to join a US class action lawsuit pursuing BP for alleged securities fraud over the "
    "Gulf of Mexico oil disaster, the Guardian has learned. "
    "American lawyers have already filed more than 180 lawsuits related to the spill, mostly against the company over "
    "the environmental and economic damage caused across the region. "
    "BP shareholders the majority of them based outside the more litigious US have been slower to table their own "
    "claims. "
    "But Robert Schachter, partner at Zwerling, Schachter & Zwerling, said that several British institutional "
    "investors had contacted him about joining the class action his New York-based firm recently filed. "
    "He said he was confident that at least one British investor would be named as a plaintiff in order to make it "
    "more likely that British institutions would share in any payout. "
    "However, BP could challenge the right of British and other non-US investors to recover damages through the US "
    "courts. "
    "Lawyers will allege that BP's management, led by its chief executive, Tony Hayward, misrepresented the company's "
    "true safety record, thereby artificially inflating its share price. "
    "When Hayward took over in 2007, he promised to focus “like a laser” on safety after the 2005 explosion at BP's "
    "Texas City refinery, which killed 15 workers, and the oil spill from a BP-owned Alaska pipeline in 2006. "
    "But US politicians have been hearing evidence that BP engineers did not follow correct drilling procedures "
    "before the Gulf of Mexico explosion on 20 April. ")
PLAN = "{} last month that the company did not have a proper plan in place to deal with such an accident."


def _last_month_titles(body: str) -> list[str]:
    events = extract(Article(id="a", body=body, published="2010-06-18"))
    return [e.title for e in events if e.source.expression == "last month"]


# (surnames3: "its chief executive, Tony Hayward," tells the name a person's, so the bare "Hayward" is printed in full)
@pytest.mark.parametrize("body,title", [
    (BP_ARTICLE + PLAN.format("Hayward admitted"),
     "Tony Hayward admitted that BP did not have a proper plan in place to deal with such an accident"),
    # near misses: another business in the sentence before; a name that may be a business before the phrase; the
    # article's business named as often by another
    (BP_ARTICLE + "Transocean shares also fell sharply in New York after the news of the lawsuits. "
     + PLAN.format("Hayward admitted"),
     "Tony Hayward admitted that the company did not have a proper plan in place to deal with such an accident"),
    (BP_ARTICLE + PLAN.format("Greenpeace said"),
     "Greenpeace said that the company did not have a proper plan in place to deal with such an accident"),
    (BP_ARTICLE.replace("BP shareholders the", "Transocean shareholders the")
     .replace("However, BP could", "However, Transocean could").replace("that BP's management", "that Transocean's management")
     + PLAN.format("Hayward admitted"),
     "Tony Hayward admitted that the company did not have a proper plan in place to deal with such an accident"),
])
def test_company_named_by_dominant_business(body, title):
    assert _last_month_titles(body) == [title]


@pytest.mark.parametrize("title,texts,named", [
    ("Qatar set up the fund",
     ["The emergency relief fund set up by foreign donors says it is no longer its job to help.",
      "It is now focusing on designing a program to fund future groups based in Libya."],
     "Qatar set up the relief fund"),
    # near misses: a fund introduced with another word ("a new fund"); the bare head written first
    ("Qatar set up the fund",
     ["The emergency relief fund set up by foreign donors says it is no longer its job to help.",
      "Donors also set up a new fund for the towns."],
     "Qatar set up the fund"),
    ("Qatar set up the fund",
     ["The fund says it is no longer its job to help.", "The emergency relief fund was set up by donors.",
      "It is now focusing on designing a program to fund future groups based in Libya."],
     "Qatar set up the fund"),
])
def test_function_word_is_no_introduction(title, texts, named):
    assert name_compound_head(title, title, texts) == named


@pytest.mark.parametrize("title,texts,named", [
    ("The Council imposed an arms embargo",
     ["The U.N. Security Council vote followed recent successes by government forces.",
      "Acting under Chapter VII, the Council adopted Resolution 1973 by 10 votes to zero."],
     "The U.N. Security Council imposed an arms embargo"),
    ("The council imposed an arms embargo", ["The U.N. Security Council vote followed recent successes."],
     "The U.N. Security Council imposed an arms embargo"),
    # near misses: two councils named; a lower-case "a ... council" (one with no name); no verb after the head
    ("The Council imposed an arms embargo",
     ["The U.N. Security Council vote followed recent successes.", "The Human Rights Council met in Geneva."],
     "The Council imposed an arms embargo"),
    ("The Council imposed an arms embargo",
     ["The U.N. Security Council vote followed recent successes.", "Rebels formed a military council in Benghazi."],
     "The Council imposed an arms embargo"),
    ("The Council of the European Union agreed to the operation",
     ["The U.N. Security Council vote followed recent successes."],
     "The Council of the European Union agreed to the operation"),
])
def test_capitalised_named_head(title, texts, named):
    assert name_by_named_head(title, title, texts) == named
