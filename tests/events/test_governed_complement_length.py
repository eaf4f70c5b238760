"""The phrase a verb governs may take a long printed title further than the other kept phrases (objects1, polish.yaml
verb_complement governed_title_words): "... was not trying to blame Britain [for the catastrophe]" at the end of a
30-word title is kept; a "while" gerund or a "who" relative keeps title_words."""
from timeline.events.polish import rules, with_verb_complement

TABLE = rules()["verb_complement"]

LONG_TITLE = ("President Barack Obama moved to defuse a growing political row over the Gulf of Mexico oil spill by "
              "assuring the prime minister that he was not trying to blame Britain")
LONG_SENTENCE = ("President Barack Obama moved yesterday to defuse a growing political row over the Gulf of Mexico oil "
                 "spill by assuring the prime minister that he was not trying to blame Britain for the catastrophe.")


def test_the_bounds_are_ordered():
    assert int(TABLE["title_words"]) < len(LONG_TITLE.split()) + 3 <= int(TABLE["governed_title_words"])


def test_a_governed_phrase_completes_a_long_title():
    assert with_verb_complement(LONG_TITLE, LONG_SENTENCE, "yesterday") == LONG_TITLE + " for the catastrophe"


def test_a_while_gerund_keeps_the_shorter_bound():
    title = LONG_TITLE.replace("blame Britain", "help Britain")
    sentence = LONG_SENTENCE.replace("blame Britain for the catastrophe", "help Britain while fighting the spill")
    assert with_verb_complement(title, sentence, "yesterday") == title
    short = "Obama was not trying to help Britain"
    assert with_verb_complement(short, "Obama was not trying yesterday to help Britain while fighting the spill.",
                                "yesterday") == short + " while fighting the spill"


def test_a_governed_phrase_past_the_longer_bound_stays_out():
    title = LONG_TITLE.replace("President Barack Obama", "President Barack Obama of the United States of America and "
                               "his closest advisers")
    sentence = LONG_SENTENCE.replace("President Barack Obama", "President Barack Obama of the United States of America "
                                     "and his closest advisers")
    assert len(title.split()) + 3 > int(TABLE["governed_title_words"])
    assert with_verb_complement(title, sentence, "yesterday") == title
