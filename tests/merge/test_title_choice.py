"""The title an entry prints (timeline.merge.title_choice): faults and choices as title_choice.yaml's examples."""

from __future__ import annotations

import itertools

import pytest

from timeline.merge.entries import choose_title, wording_title
from timeline.merge.similarity import PHRASE_ANY, derivations, item_of, phrase_at, word_stems
from timeline.merge.title_choice import (FAULTS, _statement_phrases, _statement_phrases_from, _support, informative,
                                         rules, statement_doer, statement_phrase_at, title_faults, vagueness)
from timeline.model import Event, Source

FAULT_EXAMPLES = rules()["faults"]
CHOICES = rules()["choices"]
DAY = ("2010-04-20", "")


def item(n: int, title: str, quote: str, date: str = DAY[0], published: str = ""):
    return item_of(Event(article=f"a{n}", date=date, mod="", title=title,
                         source=Source(f"a{n}", quote, date, published=published)))


@pytest.mark.parametrize("example", FAULT_EXAMPLES, ids=[e["title"] for e in FAULT_EXAMPLES])
def test_faults_are_those_an_editor_strikes(example):
    assert set(example["faults"]) <= set(FAULTS)
    assert title_faults(example["title"], example["quote"], example.get("expression", "")) == frozenset(example["faults"])


def test_examples_hold_clean_and_faulty_titles():
    assert any(not e["faults"] for e in FAULT_EXAMPLES) and any(e["faults"] for e in FAULT_EXAMPLES)


def test_every_fault_has_an_example_it_must_flag():
    flagged = {kind for e in FAULT_EXAMPLES for kind in e["faults"]}
    assert set(FAULTS) - flagged <= {"long"}  # a title over long_words words is no readable example


def test_statement_phrases_read_by_first_stem_find_what_the_whole_table_finds():
    """statement_doer and statement_phrase_at scan only the phrases that may open at a word (issue 11: a scan of the
    whole table at each word of each title was a tenth of the merge): the same phrase at the same place as the whole
    table's scan, for every phrase written out ("*" as a name) and titles that hold none."""
    phrases = [str(p).replace(PHRASE_ANY, "Ministry") for p in derivations()["statements"]["phrases"]]
    titles = [*phrases, *(f"The Russian Foreign {p} on Monday" for p in phrases), "Rebels took Brega",
              "Statement posted by the Russian Foreign Ministry", "NATO released a statement condemning the attack"]
    for title in titles:
        stems = word_stems(title.split())
        for at in range(len(stems)):
            whole = next((p for p in _statement_phrases() if phrase_at(p, stems, at)), None)
            assert next((p for p in _statement_phrases_from(stems[at]) if phrase_at(p, stems, at)), None) == whole
    assert statement_phrase_at("Moscow released a statement".split()) == 1
    assert statement_doer("Statement posted by the Russian Foreign Ministry".split()) == ("Russian", "Foreign", "Ministry")


@pytest.mark.parametrize("choice", CHOICES, ids=[c["chosen"] for c in CHOICES])
def test_the_most_printable_title_is_chosen_whatever_the_order(choice):
    # `published`: the members' articles' publication day (a future title is a fault once the entry's day has come)
    published = choice.get("published", "")
    items = [item(n, title, quote, published=published) for n, (title, quote) in enumerate(choice["titles"])]
    for order in itertools.permutations(items):
        assert choose_title(list(order), DAY) == choice["chosen"]


def test_a_title_of_an_agreeing_date_may_win_but_not_one_of_another_date():
    day = item(0, "He was released on compassionate grounds", "He was released on compassionate grounds on 20 April.")
    year = item(1, "Megrahi was released on compassionate grounds", "Megrahi was released in 2010.", "2010")
    other = item(2, "Megrahi was released on compassionate grounds", "Megrahi was released in 2009.", "2009")
    assert choose_title([day, year], DAY) == "Megrahi was released on compassionate grounds"
    assert choose_title([day, other], DAY) == "He was released on compassionate grounds"


def test_with_faults_and_support_alike_a_title_of_the_exact_date_wins():
    day = item(0, "Megrahi was freed from prison", "Megrahi was freed from prison on 20 April.")
    month = item(1, "Megrahi was released by Scotland", "Megrahi was released by Scotland in April.", "2010-04")
    assert choose_title([month, day], DAY) == "Megrahi was freed from prison"
    assert choose_title([month, day, item(2, "Megrahi was released by Scotland",
                                          "Megrahi was released by Scotland in April.", "2010-04")],
                        DAY) == "Megrahi was released by Scotland"


def test_an_undated_mention_gives_no_title_while_a_dated_member_gives_one():
    # the entry's date is the day's sentence's: an undated mention told a week later may tell a neighbouring
    # happening, however many articles repeat it and however few faults it has
    day = item(0, "At least eight people died in the fighting", "At least eight people died in the fighting on Sunday.")
    undated = [item(n, "Two people died and four were injured in the fighting",
                    "Two people died and four were injured in the fighting, he said.", "") for n in (1, 2)]
    assert choose_title([day, *undated], DAY) == "At least eight people died in the fighting"
    assert choose_title([*undated, day], DAY) == "At least eight people died in the fighting"


def test_an_undated_mention_gives_the_title_when_no_dated_member_has_one():
    day = item(0, "", "Nothing to title on 20 April.")
    undated = item(1, "Alberto Alvarez arrived when Dr Murray called for help",
                   "Alberto Alvarez, who arrived when Dr Murray called for help, said so.", "")
    assert choose_title([day, undated], DAY) == "Alberto Alvarez arrived when Dr Murray called for help"


def test_no_title_gives_none():
    assert choose_title([item(0, "", "Nothing on 20 April.")], DAY) == ""


def test_of_titles_alike_one_whose_own_date_phrase_dates_it_wins():
    # the reader checks the printed date against the title's sentence: a mention's sentence has no date phrase
    # (neither is of the entry's exact day, and the mention's title is the shorter)
    month = item(0, "Rebels seized the oil town of Brega", "Rebels seized the oil town of Brega in April.", "2010-04")
    undated = item(1, "Rebels seized the town of Brega", "Rebels seized the town of Brega, he said.", "")
    assert choose_title([month, undated], DAY) == "Rebels seized the oil town of Brega"
    assert choose_title([undated, month], DAY) == "Rebels seized the oil town of Brega"


def test_the_common_wording_counts_only_when_enough_articles_tell_the_entry():
    # title_choice.yaml's last choice told by fewer articles than common_wording_articles: the shortest wins
    choice = next(c for c in CHOICES if c["chosen"] == "Britain announced new aid for the port of Misrata")
    items = [item(n, title, quote) for n, (title, quote) in enumerate(choice["titles"])]
    assert len(items) >= int(rules()["common_wording_articles"])
    assert choose_title(items, DAY) == choice["chosen"]
    # (a fourth member not naming Misrata: two of three titles naming the port would win by the shared names,
    # title_choice.yaml shared_name_members, which this test does not weigh)
    titles = choice["titles"] + [["Britain promised new aid for the wounded", "Britain promised new aid for the "
                                  "wounded on 20 April."]]
    one_article = [item_of(Event(article="a0", date=DAY[0], mod="", title=title, source=Source("a0", quote, DAY[0])))
                   for title, quote in titles]
    assert choose_title(one_article, DAY) == min((t for t, _ in titles), key=len)
    articles = [item_of(Event(article=f"a{n}", date=DAY[0], mod="", title=title, source=Source(f"a{n}", quote, DAY[0])))
                for n, (title, quote) in enumerate(titles)]
    assert choose_title(articles, DAY) == choice["chosen"]  # several articles: the common wording decides


def test_a_title_that_ends_with_a_two_word_name_does_not_dangle():
    quote = "Waves of oil broke on the shores near St Just the following morning, a week after the shipwreck."
    assert "dangling" not in title_faults("Waves of oil broke on the shores near St Just", quote, "the following morning")
    assert "dangling" in title_faults("BP shares rose sharply even", "BP shares rose sharply even as ...")


def test_informative_counts_bare_roles_thin_titles_and_people_given_by_age():
    assert informative("Jackson's father sued the physician").roles == 1
    assert informative("Jackson's father sued the physician, Dr Murray").roles == 0  # the name in apposition
    assert informative("The singer died").roles == 0  # an opening role is the `role` fault's, not counted again
    assert informative("Attack began").short == 1 and informative("Rebels took Brega").short == 0
    assert informative("A nine-year-old girl died").unnamed
    assert informative("The 26-year-old set himself on fire").unnamed
    assert not informative("A nine-year-old girl, Sameerah Ahmad, died").unnamed
    assert not informative("Rebel fighters took Brega").unnamed


def test_a_fuller_title_holding_a_thin_ones_words_has_its_support():
    support = _support(["Campaign began", "Campaign began", "NATO bombing campaign began", "NATO launched strikes"])
    assert support["NATO bombing campaign began"] == 3 and support["Campaign began"] == 2
    assert support["NATO launched strikes"] == 1


@pytest.mark.parametrize("example", rules()["vague"], ids=[e["title"] for e in rules()["vague"]])
def test_vagueness_counts_impressions_remarks_frames_unnamed_pronouns_and_passives_with_no_doer(example):
    assert vagueness(example["title"]) == example["marks"]


def test_vagueness_is_left_out_of_the_joins_wording():
    # the joins read a cluster's own wording (wording_title): the shortest stays, vague or not
    vague = item(0, "Gadhafi appeared out of touch", "Gadhafi appeared out of touch on 20 April.")
    concrete = item(1, "Gadhafi flatly denied the existence of the protests",
                    "Gadhafi flatly denied on 20 April the existence of the protests.")
    assert wording_title([vague, concrete], DAY) == "Gadhafi appeared out of touch"
    assert choose_title([vague, concrete], DAY) == "Gadhafi flatly denied the existence of the protests"


def test_a_sentence_the_source_cut_at_its_start_is_a_cut_title():
    # "[Libyan rebels and] representatives ... held negotiations": the page lost the sentence's first words
    from timeline.merge.title_choice import opens_cut_sentence
    quote = "representatives of Muammar Gaddafi's government held negotiations late on Sunday in a hotel."
    title = "Representatives of Muammar Gaddafi's government held negotiations in a hotel"
    assert opens_cut_sentence(title, quote)
    assert "cut" in title_faults(title, quote, "Sunday")
    whole = "Libyan rebels and " + quote
    assert not opens_cut_sentence("Libyan rebels and r" + title[1:], whole)
    # near misses: a name written in lower case; a title that does not open with the sentence's first word
    assert not opens_cut_sentence("Al-Qaeda's leader was killed", "al-Qaeda's leader was killed on Monday.")
    assert not opens_cut_sentence("NATO struck Tripoli", "meanwhile, NATO struck Tripoli on Monday.")


def test_title_faults_are_memoised_across_join_passes():
    # a cluster's titles are weighed again at every join pass: without the memo a build re-reads every title's
    # faults each pass (a displaced decorator once made the H1N1 build 30 % slower with identical output)
    from timeline.merge.title_choice import title_faults
    title_faults.cache_clear()
    for _ in range(3):
        title_faults("Rebels took Brega", "Rebels took Brega on Monday.", "Monday")
    info = title_faults.cache_info()
    assert (info.hits, info.misses) == (2, 1)


def test_names_nothing_when_no_one_and_no_place_is_named():
    from timeline.merge.title_choice import names_nothing
    assert names_nothing("At least 578 people survived the sinking")
    assert names_nothing("At least 20 wounded people arrived at the hospital")
    assert not names_nothing("A boat ran aground near the Kerkennah Islands")
    assert not names_nothing("Rebels took the town")  # a side named so, capitalised first
    assert not names_nothing("Gadhafi spoke")


def test_the_on_or_after_act_beats_a_day_dated_present_hope():
    hope = item(0, "The authorities in Mexico hope a nationwide shut-down ordered, covering two public holidays",
                "The authorities in Mexico hope a nationwide shut-down ordered from Friday, covering two public "
                "holidays, will help.")
    done = item_of(Event(article="a1", date=DAY[0], mod="ON_OR_AFTER", title="Large parts of Mexico's economy were shut down",
                         source=Source("a1", "Large parts of Mexico's economy have been shut down since 20 April.",
                                       DAY[0])))
    assert choose_title([hope, done], DAY) == "Large parts of Mexico's economy were shut down"


@pytest.mark.parametrize("example", rules()["untold"], ids=[e["title"] for e in rules()["untold"]])
def test_untold_finds_a_place_or_happening_the_printed_title_never_names(example):
    from timeline.merge.title_choice import untold_as_printed
    assert untold_as_printed(example["title"], example["quote"]) is example["untold"]


def test_a_clusters_cut_titles_are_those_another_title_shows_cut_and_held_once():
    """speed2: the titles held against each other once a cluster (_cut_titles), not once a title and join pass."""
    from timeline.merge.title_choice import _cut_titles, cut_against
    given = frozenset({"Libyan government tanks and snipers put up scattered",
                       "Libyan government tanks and snipers put up scattered resistance in Tripoli",
                       "Protests began", "Protests began in Benghazi"})
    cut = _cut_titles(given)
    assert cut == {t for t in given if cut_against(t, given)}
    assert "Libyan government tanks and snipers put up scattered" in cut
    assert "Protests began" not in cut  # the fuller title goes on with a preposition
    assert _cut_titles(given) is cut  # memoised: a join pass asks again


def test_cut_titles_memo_holds_a_pass_over_more_clusters_than_a_thousand_articles_make():
    """speed3: a join pass reads every cluster's titles in turn, a cycle that an LRU smaller than the clusters' title
    sets never hits (4,096 entries: 130,825 misses at 2,600 distinct articles); a second pass over 10,000 sets hits."""
    from timeline.merge.title_choice import _cut_titles
    assert _cut_titles.cache_info().maxsize >= 1 << 16
    sets = [frozenset({f"Protests began in Town{n}", "Protests began"}) for n in range(10_000)]
    for given in sets:
        _cut_titles(given)
    misses = _cut_titles.cache_info().misses
    for given in sets:
        _cut_titles(given)
    assert _cut_titles.cache_info().misses == misses


def test_a_clusters_titles_are_ranked_once_per_member_set_and_again_when_it_gains_a_member():
    """speed4: a cluster's titles are ranked at every join pass that reads it (wording_title) and for its entry: held
    per member set (the very Items, in order). A cluster that gains a member is another set: ranked again, and the
    new member's title may win."""
    from timeline.merge.clustering import Cluster
    from timeline.merge.title_choice import _held_ranks, title_ranks
    cluster = Cluster()
    cluster.add(item(0, "Rebels took Brega", "Rebels took Brega on Monday."))
    assert wording_title(cluster.members, DAY) == choose_title(cluster.members, DAY) == "Rebels took Brega"
    before = _held_ranks.cache_info()
    assert choose_title(cluster.members, DAY) == "Rebels took Brega"  # a second pass: held
    assert _held_ranks.cache_info().hits == before.hits + 1 and _held_ranks.cache_info().misses == before.misses
    for n in (1, 2):
        cluster.add(item(n, "Rebels seized the oil town of Brega", "Rebels seized the oil town of Brega on Monday."))
        assert _held_ranks.cache_info().misses == before.misses  # (adding ranks nothing yet)
    # gained two members: ranked again, and the title two of its three members give wins
    assert choose_title(cluster.members, DAY) == "Rebels seized the oil town of Brega"
    assert _held_ranks.cache_info().misses == before.misses + 1
    # the same members as new Items (a rebuilt cluster) rank alike; a caller's copy never changes the memo's own
    again = [item(n, i.event.title, i.event.source.quote) for n, i in enumerate(cluster.members)]
    ranks = title_ranks(again, DAY)
    assert ranks == title_ranks(cluster.members, DAY)
    ranks.clear()
    assert title_ranks(again, DAY)


TITLE_POOL = ("Protests began", "Protests began in Benghazi", "Anti-government protests began in Benghazi",
              "Campaign began", "NATO bombing campaign began", "Libyan government tanks and snipers put up scattered",
              "Libyan government tanks and snipers put up scattered resistance in Tripoli", "Rebels took Brega",
              "Rebels took Brega again", "Brega fell", "The the", "")


def test_titles_held_against_those_sharing_a_word_weigh_as_against_every_title():
    """speed4: _support finds a title's thin supporters by content word, _cut_titles holds a title against those
    opening with its first word, _common_wording counts each word's holders once a cluster: the same figures as the
    pairwise reading of every title against every other (the code before), on every small cluster of a pool."""
    from collections import Counter

    from timeline.merge.title_choice import _bare_words, _common_wording, _content_forms, _cut_titles, cut_against
    enough = int(rules()["informative_words"])
    for size in (1, 2, 3, 4):
        for chosen in itertools.combinations(TITLE_POOL, size):
            titles = [*chosen, chosen[0], chosen[-1]]  # repeats: members giving the same title
            given = Counter(titles)
            forms = {t: _content_forms(t) for t in given}
            thin = [t for t in given if 0 < len(forms[t]) < enough]
            pairwise = Counter({t: n + sum(given[s] for s in thin if forms[s] < forms[t]) for t, n in given.items()})
            assert list(_support(titles).items()) == list(pairwise.items())
            assert _cut_titles(frozenset(titles)) == {t for t in titles if cut_against(t, titles)}
            near = {}
            for candidate in given:
                own = forms[candidate]
                others = [forms[t] for t in titles if t != candidate]
                shared = sum(sum(word in other for other in others) for word in own)
                near[candidate] = round(shared / len(own), 6) if own else 0.0
            assert _common_wording(tuple(given), titles) == near
    assert _bare_words("") == ()


def test_a_titles_rank_facts_are_memoised_per_title():
    """speed2: informative, vagueness, names_nothing and the common wording are pure functions of their titles, read
    again for each cluster at each join pass: each held once (bounded memos)."""
    from timeline.merge.title_choice import _bare, _content_forms, _held_common_wording, _length, names_nothing
    for memo in (_bare, _content_forms, _length, informative, vagueness, names_nothing, _held_common_wording):
        assert memo.cache_info().maxsize  # bounded
    titles = ("Rebels took Brega", "Rebels took the oil town of Brega", "Rebels took Brega")
    assert dict(_held_common_wording(titles[:2], titles))["Rebels took Brega"] == 1.0
