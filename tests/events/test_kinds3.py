"""kinds3: more kinds of thing a title's bare "the <noun>" points back to (truce, report, inquiry, fund, motion,
network, bombing, rig; a conference is talks), a name opened by its kind word ("Operation Odyssey Dawn") as the fuller mention, a
mention read from its nearest determiner when a clause runs through the words before it, and a title noun that
describes another left alone (timeline.events.subjects name_by_kind, _kind_mentions, _one_kind_name; kinds.yaml)."""

import pytest

from timeline.events import extract
from timeline.model import Article

from timeline.events.subjects import _kind_mentions, _one_kind_name, name_by_kind

FILLER = ["Officials counted them.", "Two were sick.", "Four were children.", "Doctors saw them.", "Food was short."]


@pytest.mark.parametrize("title,sentence,texts,named", [
    # a new kind, its one fuller mention read from the nearest determiner ("The NTC declared a two-day truce")
    ("Colonel Hamed Al-Hasi said the truce had expired", "Colonel Hamed Al-Hasi said the truce had expired Sunday.",
     ["The NTC declared a two-day truce to allow civilians to escape, but people knew nothing of the ceasefire.",
      *FILLER],
     "Colonel Hamed Al-Hasi said the two-day truce had expired"),
    ("The main effect of the report was to bolster the regime",
     "Neuer said the main effect of the report was to bolster the regime.",
     ["A United Nations report hailing Gaddafi's rights record was sidelined.", "The report, reflecting a debate, "
      "included praise.", "Groups said the decision to postpone adoption of the report would avoid embarrassment."],
     "The main effect of the United Nations report was to bolster the regime"),
    # a describing word that is the title's own noun ("draft") is no sign that the title names it already
    ("British, French and Lebanese envoys distributed the draft",
     "British, French and Lebanese envoys distributed the draft on Tuesday.",
     ["Envoys met behind closed doors to discuss a draft resolution authorizing a no-fly zone."],
     "British, French and Lebanese envoys distributed the draft resolution"),
    # "by" opens a phrase that says whose ("a report by Physicians for Human Rights")
    ("The crimes detailed in the report were confirmed", "The crimes detailed in the report were confirmed.",
     ["The report by Physicians for Human Rights, titled Witness to War Crimes, is based on interviews.", *FILLER],
     "The crimes detailed in the report by Physicians for Human Rights were confirmed"),
    ("Hayward's non-appearance was the talk of the conference",
     "Hayward's non-appearance was the talk of the conference this morning.",
     ["Hayward pulled out of a major oil conference in London.", *FILLER],
     "Hayward's non-appearance was the talk of the major oil conference in London"),
    ("Authorities arrested dozens of foreign members of this network",
     "Authorities have arrested dozens of foreign members of this network, the agency said.",
     ["The unrest was fomented by an Israeli-led network of covert operatives."],
     "Authorities arrested dozens of foreign members of the Israeli-led network"),
    ("Natalie Roshto said he had been anxious about conditions on the rig",
     "Natalie Roshto said he had been anxious about conditions on the rig before it went up.",
     ["The disaster began on 20 April when the Deepwater Horizon oil rig exploded."],
     "Natalie Roshto said he had been anxious about conditions on the Deepwater Horizon oil rig"),
    # a name after "of" may end on a number ("Pan Am Flight 103")
    ("Libya accepted civil responsibility for the bombing", "Libya accepted civil responsibility for the bombing in 2003.",
     ["Gaddafi may have ordered the 1988 bombing of Pan Am Flight 103 over Lockerbie."],
     "Libya accepted civil responsibility for the 1988 bombing of Pan Am Flight 103"),
    # a name opened by its kind word, preferred to descriptions with no capitalised describing word
    ("Lugar said the operation has not been clearly defined",
     "Lugar said the operation has not been clearly defined.",
     ["Tomahawks have been fired since an international coalition started Operation Odyssey Dawn on Saturday.",
      "Legislators are concerned about the coalition military operation in Libya.", *FILLER],
     "Lugar said Operation Odyssey Dawn has not been clearly defined"),
    # near misses: a noun that describes another ("the draft executive summary"); two names of the kind; a name and
    # a name-like description ("the NATO operation"); a name at a text's start (any word is capitalised there); a
    # mention in a quotation; two truces; a generic plural of the kind
    ("Browner's staff made significant changes to the draft executive summary",
     "Browner's staff made significant changes to the draft executive summary on Monday.",
     ["Changes to the original DoI draft executive summary led to claims.", *FILLER],
     "Browner's staff made significant changes to the draft executive summary"),
    ("Lugar said the operation has not been clearly defined", "Lugar said the operation has not been clearly defined.",
     ["The coalition started Operation Odyssey Dawn on Saturday.", "NATO then began Operation Unified Protector.",
      *FILLER], "Lugar said the operation has not been clearly defined"),
    ("Lugar said the operation has not been clearly defined", "Lugar said the operation has not been clearly defined.",
     ["The coalition started Operation Odyssey Dawn on Saturday.", "Legislators are wary of the NATO operation.",
      *FILLER], "Lugar said the operation has not been clearly defined"),
    ("Lugar said the operation has not been clearly defined", "Lugar said the operation has not been clearly defined.",
     ["Operation Odyssey Dawn began on Saturday.", *FILLER], "Lugar said the operation has not been clearly defined"),
    ("Al-Hasi said the truce had expired", "Al-Hasi said the truce had expired Sunday.",
     ["“We want a two-day truce,” he said.", *FILLER], "Al-Hasi said the truce had expired"),
    ("Al-Hasi said the truce had expired", "Al-Hasi said the truce had expired Sunday.",
     ["The NTC declared a two-day truce.", "The tribes agreed a local ceasefire near Bani Walid.", *FILLER],
     "Al-Hasi said the truce had expired"),
    ("Analysts said the report was late", "Analysts said the report was late.",
     ["A United Nations report was sidelined.", "Other reports were adopted.", *FILLER],
     "Analysts said the report was late"),
    ("NATO denied the bombing", "NATO denied the bombing on Monday.",
     ["Gaddafi condemned the NATO bombing of a bakery.", "Rebels blamed the 1988 bombing of Pan Am Flight 103."],
     "NATO denied the bombing"),
])
def test_name_by_kind_kinds3(title, sentence, texts, named):
    assert name_by_kind(title, sentence, texts) == named


def test_mention_read_from_the_nearest_determiner_only_across_a_verb():
    assert _kind_mentions("truce", "The NTC declared a two-day truce to allow civilians out.")[0] == {"two-day truce"}
    # no verb among the words: "that the stricken ship" is left as before ("that" may be the conjunction)
    assert _kind_mentions("vessel", "The government warned that the stricken ship was a bomb.")[0] == set()
    # an owner's possessive is no determiner: the mention stays whole
    assert _kind_mentions("talks", "Lawyers said the board's annual meeting was delayed.")[0] \
        == {"board's annual meeting"}


def test_one_kind_name():
    assert _one_kind_name({"Operation Odyssey Dawn", "coalition military operation in Libya"}) \
        == {"Operation Odyssey Dawn"}
    assert _one_kind_name({"Operation Odyssey Dawn", "NATO-led operation"}) \
        == {"Operation Odyssey Dawn", "NATO-led operation"}
    assert _one_kind_name({"coalition military operation", "high-risk operation"}) \
        == {"coalition military operation", "high-risk operation"}


@pytest.mark.parametrize("body,date,title", [
    ("The interim government declared a two-day truce to allow civilians to escape from Sirte. Fighters waited "
     "outside the city. Colonel Hamed Al-Hasi said the truce had expired on Sunday.", "Sunday",
     "Colonel Hamed Al-Hasi said the two-day truce had expired"),
])
def test_extract_names_the_kinds3_noun(body, date, title):
    events = extract(Article(id="a", body=body, published="2011-10-02"))
    assert [e.title for e in events if e.source.expression == date] == [title]
