"""kinds1: a bare noun of a title named by the one fuller mention of its kind, written with another word for the
same kind of thing, in the sentences right before (timeline.events.subjects name_by_kind; kinds.yaml)."""

import pytest

from timeline.events.subjects import name_by_kind
from timeline.rules import load_yaml

from dated_titles import dated_titles  # one article's titles for one date phrase

TABLE = load_yaml("timeline.events", "kinds.yaml")


@pytest.mark.parametrize("title,sentence,texts,named", [
    # a gig named by the concert right before, the title's own place kept and the mention's dropped
    ("The gig at the Millennium Stadium was announced by producers Global Live Events",
     "The 8 October gig at the Millennium Stadium was announced by producers Global Live Events on Monday.",
     ["Two of Michael Jackson's brothers have criticised a planned tribute concert to the pop superstar in Cardiff "
      "as “inappropriate” and “ill-timed”.",
      "Jermaine and Randy Jackson are unhappy that it will clash with the trial of Conrad Murray."],
     "A planned tribute concert at the Millennium Stadium was announced by producers Global Live Events"),
    # a time's possessive opens the mention as a determiner does
    ("The show will take place in Cardiff's Millennium Stadium",
     "The star said she was thrilled to be part of the show which will take place in Cardiff's Millennium Stadium.",
     ["Fearne Cotton has been announced as the co-host of next month's Michael Jackson tribute concert.",
      "The BBC Radio 1 presenter will partner Jamie Foxx in fronting the Cardiff event."],
     "The Michael Jackson tribute concert will take place in Cardiff's Millennium Stadium"),
    # a clip named by the recording; a boat by the fishing boat two sentences before
    ("The clip was played in full at the trial", "The clip was played in full on Wednesday at the trial.",
     ["Prosecutors played an audio recording of Jackson made in May."],
     "The audio recording of Jackson was played in full at the trial"),
    ("The boat ran aground near the Kerkennah Islands", "The boat ran aground on Wednesday near the Kerkennah Islands.",
     ["The overcrowded boat, which set sail May 28 from Tripoli, was headed for Lampedusa.", "The agency spoke."],
     "An overcrowded boat ran aground near the Kerkennah Islands"),
    ("The boat ran aground near the Kerkennah Islands", "The boat ran aground on Wednesday near the Kerkennah Islands.",
     ["About 200 migrants were aboard a Tunisian fishing boat.", "They had paid smugglers to take them to Italy."],
     "The Tunisian fishing boat ran aground near the Kerkennah Islands"),
    ("Obama said the procedure will work", "Obama said the procedure will work.",
     ["Engineers prepared the risky top kill manoeuvre."], "Obama said the risky top kill manoeuvre will work"),
    # a describing word in quotation marks ("its high-risk “top kill” operation") is still one
    ("Engineers began a second round of the procedure",
     "Engineers last night began a second round of the procedure, pumping thick mud.",
     ["BP has resumed its high-risk “top kill” operation to stem the leak, signalling that the operation could go on."],
     "Engineers began a second round of the high-risk “top kill” operation"),
    # near misses: two fuller mentions; a plural there (several); a mention in a quotation; a noun the title
    # qualifies; a bare mention; an owner's possessive; a name after the title's noun; the sentence's own "a";
    # the sentence's own describing words; too far back; the mention's words already in the title
    ("The boat ran aground", "The boat ran aground on Wednesday.",
     ["A Tunisian fishing boat and an Italian coast guard ship searched the area."], "The boat ran aground"),
    ("The ship left", "The ship left on Tuesday.",
     ["A Red Cross ship docked, but captains of other ships stayed away."], "The ship left"),
    ("The boat ran aground", "The boat ran aground on Wednesday.",
     ["“We saw a Tunisian fishing boat,” he said."], "The boat ran aground"),
    ("The procedure failed", "The procedure failed on Sunday.", ["He said “we ran a top kill operation” then."],
     "The procedure failed"),
    ("The vessel carrying supplies left", "The vessel carrying supplies left on Tuesday.",
     ["A Red Cross ship docked in Misrata."], "The vessel carrying supplies left"),
    ("The meeting of ministers ended", "The meeting of ministers ended on Friday.",
     ["A NATO summit in Berlin opened."], "The meeting of ministers ended"),
    ("The boat ran aground", "The boat ran aground on Wednesday.", ["A boat was seen near the coast."],
     "The boat ran aground"),
    ("The meeting gave a taste of the fury", "The meeting gave a taste of the fury on Tuesday.",
     ["BP's board meeting was held."], "The meeting gave a taste of the fury"),
    ("The tanker Exxon Valdez hit a reef", "The tanker Exxon Valdez hit a reef in 1989.",
     ["A drill ship siphoned oil to the surface."], "The tanker Exxon Valdez hit a reef"),
    ("The tanker left the port", "A tanker carrying crude oil left the port on Wednesday.",
     ["The Italian oil ship waited."], "The tanker left the port"),
    ("The boat arrived in Zarzis", "The rescue boat arrived in Zarzis on Saturday.",
     ["A Tunisian fishing boat picked up 100 migrants."], "The boat arrived in Zarzis"),
    # three or four sentences back, where the two right before write none
    ("The boat arrived in Zarzis", "The boat arrived in Zarzis on Saturday.",
     ["A Tunisian fishing boat picked up 100 migrants.", "Officials counted them.", "Two were sick."],
     "The Tunisian fishing boat arrived in Zarzis"),
    ("The boat arrived in Zarzis", "The boat arrived in Zarzis on Saturday.",
     ["A Tunisian fishing boat picked up 100 migrants.", "Officials counted them.", "Two were sick.",
      "Four were children.", "Doctors saw them."],
     "The Tunisian fishing boat arrived in Zarzis"),  # kinds2: the one mention further back names it too
    # a group of the things ("an international flotilla") is no boat of it
    ("Activists took the vessel to port", "Activists took the vessel to port on Monday.",
     ["Activists accused Israel of sabotaging their boat to stop it joining an international flotilla bound for Gaza."],
     "Activists took the vessel to port"),
    # two fuller mentions of the kind in two sentences: the nearer one is not surely the one meant
    ("The boat ran aground", "The boat ran aground on Wednesday.",
     ["About 200 migrants were aboard a Tunisian fishing boat.", "An Italian coast guard ship rescued some of them."],
     "The boat ran aground"),
    # a mention that names it by a place only, where the title has its own place
    ("Clinton met a rebel leader at the meeting in London", "Clinton met a rebel leader at the meeting in London.",
     ["Ministers gathered for a meeting at the Foreign Office."],
     "Clinton met a rebel leader at the meeting in London"),
    ("The Tunisian crew's boat arrived", "The Tunisian crew's boat arrived on Saturday.",
     ["A Tunisian fishing boat picked up 100 migrants."], "The Tunisian crew's boat arrived"),
])
def test_name_by_kind(title, sentence, texts, named):
    assert name_by_kind(title, sentence, texts) == named


def test_every_kind_has_examples_and_no_noun_is_in_two_kinds():
    kinds = TABLE["kind_referents"]["kinds"]
    nouns = [n for kind in kinds for n in kind["nouns"]]
    assert len(nouns) == len(set(nouns))
    assert all(kind["examples"] for kind in kinds)


EXAMPLES = TABLE["kind_referent_examples"]
NEAR_MISSES = TABLE["kind_referent_near_misses"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["body"][:40] for e in EXAMPLES])
def test_kind_referent_examples(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]


@pytest.mark.parametrize("example", NEAR_MISSES, ids=[e["body"][:40] for e in NEAR_MISSES])
def test_kind_referent_near_misses(example):
    assert dated_titles(example["body"], example["date"]) == [example["title"]]
