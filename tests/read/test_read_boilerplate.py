"""Boilerplate rules: every example in rules.yaml, navigation runs, PTB detokenising, hostile lines."""

from __future__ import annotations


import pytest

from timeline.read import ptb
from timeline.read.boilerplate import (
    chrome_rule,
    chrome_rules,
    clean,
    cut_lead_dateline,
    cut_inline_dateline,
    cut_prefix,
    cut_reporter_place,
    end_of_article,
    headline_before_stamp,
    without_comments,
)
from timeline.read.rules import RULES

CHROME = chrome_rules()
LINE_RULES, PREFIX_RULES, END_RULES = CHROME.lines, CHROME.prefixes, CHROME.ends
LEAD_DATELINE, HEADER_STAMP = CHROME.lead_dateline, CHROME.header_stamp

REMOVE = [(rule.name, line) for rule in LINE_RULES for line in rule.remove]
KEEP = [(rule.name, line) for rule in LINE_RULES for line in rule.keep]


def test_every_rule_has_examples() -> None:
    for rule in LINE_RULES:
        assert rule.remove and rule.keep, rule.name
        assert not rule.pattern.fullmatch(""), rule.name


@pytest.mark.parametrize(("name", "line"), REMOVE)
def test_rule_removes_its_examples(name: str, line: str) -> None:
    assert chrome_rule(line) == name


@pytest.mark.parametrize(("name", "line"), KEEP)
def test_rule_keeps_its_counter_examples(name: str, line: str) -> None:
    assert chrome_rule(line) is None


NAVIGATION = (
    "Welcome to Riverside! The friendly place where neighbours, not algorithms, run the show. Join the community: "
    "Create a free account Support Riverside (and get rid of ads!): Become a Member Latest News General Discussion "
    "The Lounge All Forums Local Forums Culture Forums Help & Search"
)
PROSE = [
    "The foreign ministers of Britain, France, Germany, Italy, Spain, Poland and the Netherlands met in Brussels on Monday.",
    "The U.S. Department of Homeland Security Secretary Jeh Johnson said on Tuesday the agency would act.",
    "Share prices fell 5% on Monday.",
    "By Tuesday, the water had fallen.",
    "More than 300 homes were evacuated.",
    "Kerry (left) met Lavrov in Moscow on March 24.",
    "http://example.org is where the report, published on Monday, can be read.",
]


def test_navigation_run_is_removed() -> None:
    assert chrome_rule(NAVIGATION) == "navigation"


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_kept(line: str) -> None:
    assert chrome_rule(line) is None
    assert clean(f"Title\n\n{line}\n") == f"Title\n\n{line}"


def test_clean_forum_post() -> None:
    body = (
        f"{NAVIGATION}\n \n\nneighbour42\n\n(1,204 posts)\nFri Mar 15, 2019, 08:12 AM Mar 2019\n\n"
        "Port shuts as river peaks\n\nMarch 14, 2019 — 6:30 AM GMT\nUpdated on March 15, 2019 — 7:02 AM GMT\n\n"
        "The port was closed on Wednesday.\n\nmore...\n\nhttps://gazette.example/a/b\n\n"
        "Latest Discussions»Local Forums»Harbour»Port shuts as river...\n"
    )
    assert clean(body) == "neighbour42\n\nPort shuts as river peaks\n\nThe port was closed on Wednesday."


def test_clean_cuts_agency_dateline() -> None:
    assert clean("WASHINGTON, May 25 (Reuters) - The Senate voted on Tuesday.") == "The Senate voted on Tuesday."


@pytest.mark.parametrize("line", ["RIVERTON, Ohio (NN) — Health officials traced the outbreak.",
                                  "MIAMI (AP) -- Health officials traced the outbreak.",
                                  "DAR ES SALAAM, Tanzania (AP) _ Health officials traced the outbreak.",
                                  "INVERNESS, Scotland, (Meridian Wire) - Health officials traced the outbreak."])
def test_clean_cuts_an_agency_dateline_without_a_date(line: str) -> None:
    assert clean("Headline\n\n" + line) == "Headline\n\nHealth officials traced the outbreak."


def test_a_sentence_with_a_bracket_is_not_a_dateline() -> None:
    line = "The agency (FEMA) - which had warned of floods - said nothing."
    assert clean(line) == line


def test_dates_later_in_the_text_are_not_stamps() -> None:
    lines = ["Paragraph %d of the article." % n for n in range(20)]
    body = "\n".join(lines + ["April 6, 2016"])
    assert clean(body).endswith("April 6, 2016")


@pytest.mark.parametrize(
    ("tokenised", "prose"),
    [
        ("Gaddafi 's son said the army would n't stop .", "Gaddafi's son said the army wouldn't stop."),
        ("TRIPOLI -LRB- Reuters -RRB- - Rebels advanced , witnesses said .", "TRIPOLI (Reuters) - Rebels advanced, witnesses said."),
        ("`` We are not afraid , '' he said .", "“We are not afraid,” he said."),
        ("Prices rose 5 % to $ 40 on June 3rd\\/4th etc. .", "Prices rose 5% to $40 on June 3rd/4th etc."),
        ("He was freed on $ 75,000 -LRB- # 48,000 -RRB- bail .", "He was freed on $75,000 (£48,000) bail."),
        ("It spent $ 853 -LRB- ¬ # 515 -RRB- and fines totalling # 6,000 .", "It spent $853 (£515) and fines totalling £6,000."),
        ("The hashtag # BPcares spread .", "The hashtag #BPcares spread."),
    ],
)
def test_detokenise(tokenised: str, prose: str) -> None:
    assert ptb.detokenise(tokenised) == prose


@pytest.mark.parametrize(
    ("text", "tokenised"),
    [
        ("TRIPOLI -LRB- Reuters -RRB- - Rebels advanced . `` Yes , '' he said .", True),
        ("Rebels advanced , witnesses said . The army did n't stop . Gaddafi 's son spoke , too . Then , it ended .", True),
        ("Rebels advanced, witnesses said. The army didn't stop. Gaddafi's son spoke, too.", False),
        ("He said: 'It is over ,' and left. Prices, wages, rents, taxes, fees and fines rose.", False),
    ],
)
def test_is_tokenised(text: str, tokenised: bool) -> None:
    assert ptb.is_tokenised(text) is tokenised


@pytest.mark.parametrize(
    "hostile",
    [
        "Share " * 200_000,
        "» A " * 100_000,
        "By " + "John " * 100_000,
        ("Word " * 40 + "\n") * 20_000,
        "1" * 5_000_000,
        "more" + "." * 1_000_000,
        "-LRB- " * 100_000,
        " , " * 200_000,
    ],
)
@pytest.mark.slow
def test_hostile_input_returns(hostile: str) -> None:
    # time is measured by benchmarks/bench_hostile.py, not asserted here
    _assert_cleaning_only_removes(hostile)
    prose = ptb.detokenise(hostile)
    assert len(prose) <= len(hostile) and "-LRB-" not in prose
    assert ptb.is_tokenised(hostile) is ("-LRB-" in hostile)


def _assert_cleaning_only_removes(text: str) -> None:
    """Cleaning keeps a stretch of the input (never invents or reorders text) and is a fixed point."""
    cleaned = clean(text)
    assert cleaned in text
    assert clean(cleaned) == cleaned


COMMENTS = RULES["comment_header"]


@pytest.mark.parametrize("text", COMMENTS["cut"])
def test_reader_comments_are_cut(text: str) -> None:
    kept = without_comments(text)
    assert "wrote" not in kept and len(kept) < len(text)


@pytest.mark.parametrize("text", COMMENTS["keep"])
def test_article_prose_with_wrote_is_kept(text: str) -> None:
    assert without_comments(text) == text


# Stamps and credits that open a line, article-end markers, the lead dateline: every example in rules.yaml.
PREFIX_CUTS = [(rule.name, source, left) for rule in PREFIX_RULES for source, left in rule.cut]
PREFIX_KEEPS = [(rule.name, line) for rule in PREFIX_RULES for line in rule.keep]
END_CUTS = [(rule.name, source, left) for rule in END_RULES for source, left in rule.cut]
END_KEEPS = [(rule.name, line) for rule in END_RULES for line in rule.keep]


def test_every_cut_rule_has_examples() -> None:
    for rule in (*PREFIX_RULES, *END_RULES, LEAD_DATELINE, CHROME.reporter_place, CHROME.inline_dateline):
        assert rule.cut and rule.keep, rule.name
        assert all(left != source for source, left in rule.cut), rule.name


@pytest.mark.parametrize(("name", "source", "left"), PREFIX_CUTS)
def test_prefix_rule_cuts_its_examples(name: str, source: str, left: str) -> None:
    assert cut_prefix(source, lead=True) == (name, left)


@pytest.mark.parametrize(("name", "line"), PREFIX_KEEPS)
def test_prefix_rule_keeps_its_counter_examples(name: str, line: str) -> None:
    assert cut_prefix(line, lead=True) == (None, line)


@pytest.mark.parametrize(("name", "source", "left"), END_CUTS)
def test_article_end_rule_cuts_its_examples(name: str, source: str, left: str) -> None:
    assert end_of_article(["First paragraph.", source, "Later text."]) == (1, name, left)


@pytest.mark.parametrize(("name", "line"), END_KEEPS)
def test_article_end_rule_keeps_its_counter_examples(name: str, line: str) -> None:
    assert end_of_article([line]) is None


@pytest.mark.parametrize(("source", "left"), LEAD_DATELINE.cut)
def test_lead_dateline_cuts_its_examples(source: str, left: str) -> None:
    assert cut_lead_dateline(source) == left


@pytest.mark.parametrize("line", LEAD_DATELINE.keep)
def test_lead_dateline_keeps_its_counter_examples(line: str) -> None:
    assert cut_lead_dateline(line) is None


def test_a_prefix_rule_without_lead_is_not_searched_inside_a_line() -> None:
    line = "The mayor spoke. 10.16 pm: The Houston Chronicle reports that the well is capped."
    assert cut_prefix(line, lead=True) == (None, line)


def test_in_the_lead_the_text_before_a_credit_goes_past_it_a_sentence_before_it_stays() -> None:
    line = "Oil cleanup workers walk along the beach. Photograph: Dave Martin/AP BP's woes increased today."
    assert cut_prefix(line, lead=True) == ("photo credit", "BP's woes increased today.")
    assert cut_prefix(line) == ("photo credit", "Oil cleanup workers walk along the beach.\nBP's woes increased today.")


def test_clean_guardian_page() -> None:
    body = (
        "BP oil spill: robots dive Engineers try again Friday 14 May 2010 15.35 BST A boat loaded with boom.\n"
        "BP is now using undersea robots to try to stem the leak.\n"
        "Photograph: Stan Honda/AFP/Getty Images BP is using undersea robots to plug the leak.\n"
        "The company was trying to move the tube into the pipe.\n"
        "A version appeared on p25 of the Main section section of the Guardian on 10.47 BST on Friday 14 May 2010 "
        "Follow the latest news on Twitter\n"
        "RT @someone: Within food, white bread rose in December.\n"
    )
    assert clean(body) == (
        "BP oil spill: robots dive Engineers try again\n\n"
        "BP is using undersea robots to plug the leak.\nThe company was trying to move the tube into the pipe."
    )


def test_clean_cuts_reader_comments_and_live_blog_stamps() -> None:
    body = (
        "LIBYA, 6:49 p.m. ET, 1:49 a.m. local: Gadhafi said Tuesday he is in Tripoli.\n"
        "The jury returned its verdict on Monday.\n"
        "8th November 2011 - 17:42 This comment was removed because the moderators found it broke the house rules.\n"
        "9th November 2011 - 8:26 Here we go again.\n"
    )
    assert clean(body) == "Gadhafi said Tuesday he is in Tripoli.\nThe jury returned its verdict on Monday."


def test_clean_cuts_highlights_before_a_lead_dateline() -> None:
    body = (
        "By the CNN Wire Staff Minister joins revolution Tobruk, Libya (CNN) -- The minister said Wednesday he quit.\n"
        "He resigned on Monday.\n"
    )
    assert clean(body) == "The minister said Wednesday he quit.\nHe resigned on Monday."


@pytest.mark.parametrize(
    "hostile",
    [
        "10:10 " * 100_000,
        "Photograph: " + "Name " * 100_000,
        "(Updated: " + "1:09 a.m. Monday, " * 50_000,
        "A version " * 100_000,
        "LONDON, " * 100_000 + "(Reuters",
        "1 May 2009 - " * 100_000,
    ],
)
@pytest.mark.slow
def test_hostile_input_to_cut_rules_returns(hostile: str) -> None:
    _assert_cleaning_only_removes(hostile)


def test_clean_cuts_a_credit_and_then_a_live_blog_stamp() -> None:
    body = "Headline of the live blog\nPhotograph: Jae C. Hong/AP 1.53 pm: Afternoon all, and welcome to our coverage."
    assert clean(body) == "Afternoon all, and welcome to our coverage."


def test_an_agency_dateline_past_the_lead_is_cut_only_before_a_capital() -> None:
    paragraphs = [f"Paragraph {n} of the digest." for n in range(12)]
    body = "\n".join([*paragraphs, "ISTANBUL (Reuters) -- A meeting of the opposition ended on Wednesday.",
                      "NATO (the alliance) - which met on Monday - said nothing."])
    lines = clean(body).split("\n")
    assert lines[-2:] == ["A meeting of the opposition ended on Wednesday.", "NATO (the alliance) - which met on Monday - said nothing."]


@pytest.mark.parametrize(("source", "left"), HEADER_STAMP.cut)
def test_header_stamp_cuts_its_examples(source: str, left: str) -> None:
    assert headline_before_stamp(source) == left


@pytest.mark.parametrize("line", HEADER_STAMP.keep)
def test_header_stamp_keeps_its_counter_examples(line: str) -> None:
    assert headline_before_stamp(line) == ""


@pytest.mark.parametrize(("lead", "lines"), [tuple(pair) for pair in RULES["header_stamp"]["split"]])
def test_header_stamp_in_a_lead_splits_the_headline_from_the_report(lead: str, lines: str) -> None:
    assert " | ".join(line for line in clean(lead).split("\n") if line) == lines


def test_a_photo_credit_past_the_lead_drops_the_caption_before_it_unless_it_ends_a_sentence() -> None:
    caption = "Garret Graves shows his hand after collecting oil samples on 26 May 2010 Photograph: Sean Gardner/Reuters "
    assert cut_prefix(caption + "Scientists warned of greater damage.") == ("photo credit", "Scientists warned of greater damage.")
    sentence = "Oil cleanup workers walked along the beach. Photograph: Dave Martin/AP BP's woes increased today."
    assert cut_prefix(sentence) == ("photo credit", "Oil cleanup workers walked along the beach.\nBP's woes increased today.")


@pytest.mark.parametrize(("body", "first_line"), CHROME.reporter_place.cut)
def test_a_reporter_signature_and_place_go_from_the_first_line(body: str, first_line: str) -> None:
    line = body.split("\n")[0]
    assert cut_reporter_place(line, body) == first_line
    assert clean(body).split("\n")[0] == (first_line or body.split("\n")[1])


@pytest.mark.parametrize("line", CHROME.reporter_place.keep)
def test_a_line_without_a_reporter_signature_is_kept(line: str) -> None:
    assert cut_reporter_place(line, line) is None
    assert clean(line) == line


def test_a_signature_place_named_again_in_the_article_is_cut_whole() -> None:
    line = "By Ann Lee BBC News, New York City Hall was closed on Monday."
    assert cut_reporter_place(line, line + "\nShe lives in New York.") == "City Hall was closed on Monday."
    assert cut_reporter_place(line, line + "\nThe mayor of New York spoke.") == "City Hall was closed on Monday."


@pytest.mark.parametrize(("line", "left"), CHROME.inline_dateline.cut)
def test_an_agency_dateline_inside_a_line_drops_what_a_page_glued_before_it(line: str, left: str) -> None:
    assert cut_inline_dateline(line) == left
    paragraphs = "\n".join(f"Paragraph {n} of the report." for n in range(8))
    assert clean(f"{paragraphs}\n{line}").split("\n")[8:] == left.split("\n")


@pytest.mark.parametrize("line", CHROME.inline_dateline.keep)
def test_a_line_without_an_agency_dateline_inside_is_kept(line: str) -> None:
    assert cut_inline_dateline(line) is None


NEEDING_RULES = [rule for rule in (*PREFIX_RULES, *END_RULES) if rule.needs is not None]


def test_a_rule_table_names_what_a_rule_needs_somewhere() -> None:
    assert any(rule.name == "comment thread" for rule in NEEDING_RULES)


@pytest.mark.parametrize("rule", NEEDING_RULES, ids=lambda rule: rule.name)
def test_what_a_rule_needs_is_in_every_line_it_matches(rule) -> None:
    """rules.yaml `needs`: a line without it is not searched, so every line the pattern finds must hold it (the rule's
    examples, each line of them, and lines around the need's edges: a year, "Comments are closed")."""
    lines = [line for source, _ in rule.cut for line in source.split("\n")] + list(rule.keep) + [
        "10th January 2012 - 15:28", "Comments are closed.", "ALL POSTS ARE MODERATED", "This comment was removed because",
        "On January 10th the comments were read.", "Posted by a reader"]
    found = [line for line in lines if rule.pattern.search(line)]
    assert found and all(rule.needs.search(line) for line in found)
