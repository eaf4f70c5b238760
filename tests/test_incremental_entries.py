"""The generated entries kept between builds (timeline.merge.entries.EntryMemo): a rebuild from the cache generates
the entries of the clusters the change touched only, and writes the bytes of a build from scratch."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from test_scale import NEW_YEAR_ARTICLE, UNDATED_ONLY_ARTICLE, build, corpus  # noqa: F401 (corpus: a fixture)

import timeline.merge as merge_module
from timeline import cache as cache_module
from timeline.events import extract
from timeline.merge import merge
from timeline.merge.entries import EntryMemo, entry_of_row, entry_row, generated_entry
from timeline.merge.title_choice import members_digest
from timeline.merge.similarity import items_of
from timeline.read import read_articles

# a sentence of the day one article already tells ("After routing the self-declared caliphate in the ancient city of
# Palmyra March 27 ..."): its event joins that entry
JOINING_ARTICLE = """---
published: "2016-04-08"
source: "Test wire"
---
The Syrian army routed the self-declared caliphate in the ancient city of Palmyra on March 27, 2016, with the help of Russian air power.
"""

ADDED = {"joins-an-entry": JOINING_ARTICLE, "opens-an-entry": NEW_YEAR_ARTICLE, "undated-mentions": UNDATED_ONLY_ARTICLE}


def _entries(text: bytes) -> list[dict]:
    import yaml

    return yaml.safe_load(text)["events"]


@pytest.mark.parametrize("change", sorted(ADDED))
def test_a_rebuild_generates_only_the_entries_the_new_article_touched(corpus, tmp_path, monkeypatch, change):
    cache_dir = tmp_path / "cache"
    before = build([str(corpus), "--cache", str(cache_dir)], tmp_path)  # fills the caches, the entries too
    (corpus / "added.txt").write_text(ADDED[change], encoding="utf-8")
    made: list[list[str]] = []

    def counting(members):
        made.append(sorted({m.event.article for m in members}))
        return generated_entry(members)

    monkeypatch.setattr(merge_module, "generated_entry", counting)  # as the merge calls it
    incremental = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    rebuilt = list(made)
    made.clear()
    scratch = build([str(corpus), "--no-cache"], tmp_path)
    assert incremental == scratch
    total = len(made)  # from scratch, every dated cluster's entry is generated
    citing = [e for e in _entries(incremental) if any(s["article"] == "added" for s in e["sources"])]
    if change == "joins-an-entry":
        # the new article's event joined an entry of another article: that entry is generated again, with both
        assert any(len({s["article"] for s in e["sources"]}) > 1 for e in citing)
        assert any("added" in articles and len(articles) > 1 for articles in rebuilt)
    if change == "opens-an-entry":
        assert citing and all({s["article"] for s in e["sources"]} == {"added"} for e in citing)
    # an entry that cites the new article is generated again; the others mostly come from the memo
    assert len(rebuilt) >= len(citing)
    assert len(rebuilt) < total / 2, (len(rebuilt), total)
    assert len(_entries(before)) <= total


def test_a_rebuild_with_nothing_changed_generates_no_entry(corpus, tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    first = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    made: list[object] = []
    monkeypatch.setattr(merge_module, "generated_entry", lambda members: made.append(members) or generated_entry(members))
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == first
    assert made == []


@pytest.mark.parametrize("damage", ['{"half', '["not", "a", "dict"]', 'null'])
def test_a_damaged_entries_memo_is_generated_again(corpus, tmp_path, damage):
    cache_dir = tmp_path / "cache"
    scratch = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    (memo,) = (cache_dir / "entries").rglob("entries.json")
    memo.write_text(damage, encoding="utf-8")
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == scratch


def test_a_damaged_entry_in_the_memo_is_generated_again(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    scratch = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    (memo,) = (cache_dir / "entries").rglob("entries.json")
    rows = json.loads(memo.read_text(encoding="utf-8"))
    damaged = ["x", ["only", "six"], ["2016", "", "t", [["a"]], [], [], "g"], None]
    for digest, bad in zip(rows, damaged * len(rows)):
        rows[digest] = bad
    memo.write_text(json.dumps(rows), encoding="utf-8")
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == scratch


def test_the_memo_is_keyed_by_the_tools_own_files(tmp_path, monkeypatch):
    kept = cache_module.ExtractionCache(tmp_path)
    kept.keep_entries({"d": ["2016", "", "t", [], [], [], "g"]})
    assert cache_module.ExtractionCache(tmp_path).entries() == {"d": ["2016", "", "t", [], [], [], "g"]}
    monkeypatch.setattr(cache_module, "tool_digest", lambda: "another-version")
    assert cache_module.ExtractionCache(tmp_path).entries() is None


def _items():
    from test_scale import ARTICLES

    events = [e for a in read_articles([str(ARTICLES)]) for e in extract(a)]
    return items_of(events)


def test_an_entry_read_back_from_the_memo_is_the_entry_generated():
    entries = merge(_items())
    assert len(entries) > 10
    for entry in entries:
        entry.id = ""
        assert entry_of_row(json.loads(json.dumps(entry_row(entry)))) == entry


def test_the_digest_names_every_field_a_member_gives():
    items = [i for i in _items() if i.when[0]][:3]
    digest = members_digest(items)
    assert members_digest(list(items)) == digest  # the same members, the same digest
    first = items[0]
    source = first.event.source
    changed = [
        replace(first, event=replace(first.event, title=first.event.title + " x")),
        replace(first, event=replace(first.event, source=replace(source, lead="Earlier that day.")), ),
        replace(first, event=replace(first.event, source=replace(source, told_done=not source.told_done))),
        replace(first, event=replace(first.event, source=replace(source, published="1999-01-01"))),
        replace(first, when=("1999", "")),
        replace(first, head_words=()),
        replace(first, happening=frozenset({"zzz"})),
    ]
    for other in changed:
        assert members_digest([other, *items[1:]]) != digest
    assert members_digest(list(reversed(items))) != digest  # the order in which members joined counts
    memo = EntryMemo({digest: entry_row(generated_entry(items))})
    assert memo.get(digest) == generated_entry(items)
    assert memo.get(members_digest(items[:2])) is None
    assert list(memo.made) == [digest]  # what the next build reads: this build's entries only


def test_a_rebuild_with_nothing_changed_ranks_no_title_again(corpus, tmp_path, monkeypatch):
    from timeline.merge import title_choice

    cache_dir = tmp_path / "cache"
    first = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    title_choice._held_ranks.cache_clear()  # as in a new process
    ranked: list[object] = []
    real = title_choice._title_ranks
    monkeypatch.setattr(title_choice, "_title_ranks", lambda *args: ranked.append(args) or real(*args))
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == first
    assert ranked == []  # every choice, the joins' wordings and the entries' titles, read back
    (corpus / "added.txt").write_text(JOINING_ARTICLE, encoding="utf-8")
    title_choice._held_ranks.cache_clear()
    incremental = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    assert ranked  # the clusters the new article joined are ranked again
    assert incremental == build([str(corpus), "--no-cache"], tmp_path)


@pytest.mark.parametrize("damage", ['{"half', '["a"]', '{"x": 1}'])
def test_a_damaged_title_memo_is_ranked_again(corpus, tmp_path, damage):
    cache_dir = tmp_path / "cache"
    scratch = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    (memo,) = (cache_dir / "entries").rglob("titles.json")
    rows = json.loads(memo.read_text(encoding="utf-8"))
    assert rows and all(isinstance(t, str) for t in rows.values())
    memo.write_text(damage if damage != '{"x": 1}' else json.dumps(dict.fromkeys(rows, 1)), encoding="utf-8")
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == scratch
