"""surnames4: a full form an article put for a bare surname (events.surnames.named_surname_forms) is printed as the
bare surname where the collection's other articles know the person by it (merge/surname_titles.py known_share):
"Six were killed by Libyan leader Moammar Gadhafi's rooftop snipers" -> "... by Gadhafi's rooftop snipers" in a
war's timeline; a person they do not know, and a collection of the naming article alone, keep the full form."""
from timeline.merge import merge
from timeline.merge.similarity import item_of
from timeline.merge.surname_titles import known_elsewhere, known_surnames
from timeline.model import Event, Source

FORM = (("Gadhafi", "Libyan leader Moammar Gadhafi"),)


def ev(article, title, quote, date="2011-04-14", surnames=FORM):
    keys = tuple(sorted({w.strip(".,").lower() for w in quote.split() if len(w) > 3}))
    return Event(article=article, date=date, mod="", title=title, source=Source(article, quote, "Thursday"),
                 keys=keys, trigger="killed", surnames=surnames)


SNIPERS = ev("a0", "Six were killed by Libyan leader Moammar Gadhafi's rooftop snipers",
             "Six were killed Thursday by Gadhafi's rooftop snipers.")
# nine more articles, each writing the surname alone: the collection knows him by it
KNOWING = [ev(f"a{k}", f"Rebels took town number {k}", f"Rebels took town number {k} from Gadhafi in 2011.",
              date=f"2011-0{k}", surnames=()) for k in range(1, 10)]
# nine more that never write it
OTHERS = [ev(f"a{k}", f"Rebels took town number {k}", f"Rebels took town number {k} in 2011.", date=f"2011-0{k}",
             surnames=()) for k in range(1, 10)]


def titles(events):
    return [e.title for e in merge(events, ())]


def test_a_form_the_collection_knows_the_surname_of_is_printed_bare():
    assert "Six were killed by Gadhafi's rooftop snipers" in titles([SNIPERS, *KNOWING])


def test_a_form_opening_the_title_gives_a_capitalised_surname():
    opening = ev("a0", "Libyan leader Moammar Gadhafi's forces shelled Misrata",
                 "Gadhafi's forces shelled Misrata on Thursday.")
    assert "Gadhafi's forces shelled Misrata" in titles([opening, *KNOWING])


def test_a_person_the_collection_does_not_know_keeps_the_full_form():
    assert "Six were killed by Libyan leader Moammar Gadhafi's rooftop snipers" in titles([SNIPERS, *OTHERS])


def test_the_naming_article_alone_knows_no_one():
    # a collection of the article that named him: its own bare uses are why it named him
    assert titles([SNIPERS]) == ["Six were killed by Libyan leader Moammar Gadhafi's rooftop snipers"]
    known = known_surnames([item_of(SNIPERS)])
    assert "Gadhafi" in known and not known_elsewhere(known, "Gadhafi", {"a0"})


def test_the_other_articles_are_counted():
    known = known_surnames([item_of(e) for e in [SNIPERS, *KNOWING]])
    assert known_elsewhere(known, "Gadhafi", {"a0"})
    # two articles of ten write it: known over all (0.2), but not by the nine others of the one naming it (1 of 9)
    few = [SNIPERS, KNOWING[0], *OTHERS[1:]]
    known = known_surnames([item_of(e) for e in few])
    assert "Gadhafi" in known and not known_elsewhere(known, "Gadhafi", {"a0"})
    assert "Six were killed by Libyan leader Moammar Gadhafi's rooftop snipers" in titles(few)


def test_a_held_familiar_form_is_untouched():
    # the familiar figure's held form (the title prints the surname alone) is the other direction: unchanged here
    held = ev("a0", "Gadhafi's snipers killed six", "Gadhafi's snipers killed six on Thursday.")
    assert "Gadhafi's snipers killed six" in titles([held, *KNOWING])
