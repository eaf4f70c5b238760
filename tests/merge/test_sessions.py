"""One hearing, briefing or owner's report of one day told by several entries is one entry
(merge.sessions.join_session_contents; derivations.yaml ``sessions``): the examples' sentences tell one session (a
witness or the body's words in common), the near misses two (two bodies, two witnesses), or none (a count of
sessions, a plan); a day's owner's report takes the entries telling it, not another doer's reaction to it."""

from __future__ import annotations

import pytest

from timeline.merge.joins import article_names
from timeline.merge.sessions import (_agree, finding_share, join_reported_shares, join_session_contents, report_told,
                                     session_of)
from timeline.merge.similarity import Similarity, derivations, title_word_key, title_words

from merge_day_clusters import singleton_clusters  # a sibling module: pytest puts tests/merge on the path

EXAMPLES = derivations()["sessions"]["examples"]


def _proper(*quotes: str) -> frozenset[str]:
    return frozenset(title_word_key(w.removesuffix("'s")) for q in quotes for w in title_words(q) if w[:1].isupper())


def _session(quote: str, *others: str):
    return session_of(quote, _proper(quote, *others))


@pytest.mark.parametrize("pair", EXAMPLES["one"])
def test_two_sentences_of_one_session_agree(pair):
    a, b = _session(pair[0], pair[1]), _session(pair[1], pair[0])
    assert a is not None and b is not None and _agree(a, b)


@pytest.mark.parametrize("pair", EXAMPLES["apart"])
def test_two_bodies_or_two_witnesses_stay_apart(pair):
    a, b = _session(pair[0], pair[1]), _session(pair[1], pair[0])
    assert a is None or b is None or not _agree(a, b)


@pytest.mark.parametrize("quote", EXAMPLES["none"])
def test_counted_or_planned_sessions_tell_none(quote):
    assert _session(quote) is None


@pytest.mark.parametrize("quote", EXAMPLES["deictic"])
def test_a_session_dated_by_its_day_is_deictic(quote):
    told = _session(quote)
    assert told is not None and told.deictic


def test_a_sentence_ending_on_its_session_word_tells_it():
    told = _session("BP has repeatedly stressed the crucial role of the failed blowout preventer in today's hearing.")
    assert told is not None and told.deictic


@pytest.mark.parametrize("title,quote,owner", EXAMPLES["report_told"])
def test_an_entry_telling_the_owners_report(title, quote, owner):
    assert report_told(title, quote, owner)


@pytest.mark.parametrize("title,quote,owner", EXAMPLES["report_apart"])
def test_a_reaction_or_another_report_is_not_the_owners(title, quote, owner):
    assert not report_told(title, quote, owner)




def _joined(rows: list[tuple[str, str, str, str]]) -> list[list[str]]:
    clusters, items = singleton_clusters(rows)
    join_session_contents(clusters, Similarity(items), article_names(items))
    return sorted(sorted(m.event.article for m in c.members) for c in clusters if c.members)


FILLER = [(f"z{i}", "2010-01-01", f"Filler event number {i} happened", f"Filler event number {i} happened.")
          for i in range(30)]  # a corpus in which a witness's name is rare


def test_one_hearing_told_by_a_witness_and_by_today_joins():
    rows = [("a", "2010-06-17", "Hayward told a Congressional committee the reservoir still held 50m barrels",
             "BP's Tony Hayward told a Congressional committee on Thursday the reservoir still held 50m barrels."),
            ("b", "2010-06-17", "The inquisition of the BP chief executive saw Tony Hayward resort to a defense",
             "The inquisition of the BP chief executive saw him resort yesterday to a defense."),
            ("c", "2010-06-17", "BP stressed the role of the blowout preventer in a hearing",
             "BP has repeatedly stressed the role of the blowout preventer in today's hearing."),
            ("d", "2010-06-18", "Salazar told a Senate committee the moratorium would stay",
             "Interior secretary Ken Salazar told a Senate committee the moratorium would stay.")]
    joined = _joined(rows + FILLER)
    assert ["a", "b", "c"] in joined and ["d"] in joined


def test_a_days_report_takes_its_tellings_but_not_a_reaction():
    rows = [("a", "2010-09-08", "A report was released by BP", "A report was released by BP today."),
            ("b", "2010-09-08", "A report will examine why it failed", "Today's report will examine why it failed."),
            ("c", "2010-09-08", "Transocean accused BP of attempting to conceal its own failings in a report",
             "Transocean has accused BP of attempting to conceal its own failings in today's report.")]
    assert _joined(rows + FILLER)[:2] == [["a", "b"], ["c"]]


@pytest.mark.parametrize("quote,figure,thing", EXAMPLES["shares"])
def test_a_finding_gives_one_share_of_one_thing(quote, figure, thing):
    assert finding_share(quote) == (figure, thing)


@pytest.mark.parametrize("quote", EXAMPLES["no_share"])
def test_no_share_or_two_shares_give_none(quote):
    assert finding_share(quote) is None


def test_one_share_of_one_month_joins_and_another_thing_stays():
    clusters, _ = singleton_clusters([
        ("a", "2010-08", "NOAA released a report",
         "NOAA released a report suggesting that about 75% of the oil was gone."),
        ("b", "2010-08", "Government scientists reported the oil had been captured",
         "Government scientists reported that about 75% of the oil had been captured."),
        ("c", "2010-08", "Analysts said the gas was gone", "Analysts said 75% of the gas was gone."),
        ("d", "2010", "Scientists said the oil was gone", "Scientists said 75% of the oil was gone.")])
    join_reported_shares(clusters)
    assert sorted(sorted(m.event.article for m in c.members) for c in clusters if c.members) == [
        ["a", "b"], ["c"], ["d"]]
