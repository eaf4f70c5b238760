"""Scale features give the same bytes: the cache of extracted events (incremental rebuilds), job counts."""

from __future__ import annotations

import functools
import os
import shutil
from dataclasses import astuple
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import cache as cache_module
from timeline import pipeline
from timeline.cli import cli
from timeline.events import extract
from timeline.events.lexicon import lexicon as event_lexicon
from timeline.model import Article, Event
from timeline.read import read_articles
from timeline.words import _words, words_of

ARTICLES = Path(__file__).resolve().parents[1] / "articles"


def build(args: list[str], cwd: Path) -> bytes:
    """Run `timeline build ARGS -o out.yaml -q` in `cwd` (a fresh output each time) and return the file's bytes."""
    out = cwd / "out.yaml"
    if out.exists():
        out.unlink()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, ["build", *args, "-o", str(out), "-q"], catch_exceptions=False)
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.stderr
    return out.read_bytes()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    return folder


def _first_article(folder: Path) -> Path:
    return sorted(p for p in folder.rglob("*") if p.is_file())[0]


def test_a_build_from_the_cache_is_byte_identical_to_one_from_scratch(corpus, tmp_path, monkeypatch):
    held_back = _first_article(corpus)
    kept = tmp_path / held_back.name
    held_back.rename(kept)
    cache_dir = tmp_path / "cache"
    build([str(corpus), "--cache", str(cache_dir)], tmp_path)  # fills the cache
    kept.rename(held_back)  # one article added

    calls: list[str] = []
    real = pipeline.extract

    def counting(article):
        calls.append(article.id)
        return real(article)

    monkeypatch.setattr(pipeline, "extract", counting)  # the extract stage, as the build calls it
    incremental = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    assert len(calls) == 1  # only the added article is extracted
    scratch = build([str(corpus), "--no-cache"], tmp_path)
    assert incremental == scratch
    assert len(calls) == 1 + sum(1 for p in corpus.rglob("*") if p.is_file())  # --no-cache extracts all


NEW_YEAR_ARTICLE = """---
published: "2019-03-12"
source: "Test wire"
---
Rescuers reached the flooded village of Alder Creek on Monday after the river burst its banks.
The flood destroyed the old mill in Alder Creek on March 9, 2019, officials said.
"""

UNDATED_ONLY_ARTICLE = """---
published: "2016-04-08"
source: "Test wire"
---
The Syrian Army liberated the ancient city of Palmyra from Daesh, backed by Russian airstrikes.
Kurdish forces supported by the US are getting closer to Raqqa.
"""


def _added(corpus: Path, tmp_path: Path, change: str) -> None:
    """Change the corpus after the cache was filled: an article of a year it has, one of a new year, one whose
    events are undated mentions, one removed, one edited in place."""
    first = _first_article(corpus)
    if change == "new-year":
        (corpus / "new_year.txt").write_text(NEW_YEAR_ARTICLE, encoding="utf-8")
    elif change == "undated-only":
        (corpus / "undated_only.txt").write_text(UNDATED_ONLY_ARTICLE, encoding="utf-8")
    elif change == "removed":
        first.unlink()
    elif change == "edited":
        first.write_text(first.read_text(encoding="utf-8") + "\nThe ceasefire collapsed on April 2, 2016.\n",
                         encoding="utf-8")
    else:
        copy = corpus / "copy_of_first.txt"
        copy.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")


@pytest.mark.parametrize("change", ["same-year", "new-year", "undated-only", "removed", "edited"])
def test_a_rebuild_from_the_cache_reads_only_what_changed_and_writes_the_bytes_of_a_build_from_scratch(
        corpus, tmp_path, monkeypatch, change):
    cache_dir = tmp_path / "cache"
    build([str(corpus), "--cache", str(cache_dir)], tmp_path)  # fills the caches
    _added(corpus, tmp_path, change)
    stored: list[str] = []
    real_put = cache_module.ReadingCache.put

    def counting(self, key, articles):
        stored.extend(a.id for a in articles)
        real_put(self, key, articles)

    monkeypatch.setattr(cache_module.ReadingCache, "put", counting)
    incremental = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    expected = {"removed": [], "new-year": ["new_year"], "undated-only": ["undated_only"],
                "same-year": ["copy_of_first"], "edited": [_first_article(corpus).stem]}[change]
    assert stored == expected  # every other file's markup is not read again
    assert incremental == build([str(corpus), "--no-cache"], tmp_path)


def test_the_reading_cache_keeps_every_field_of_an_article(tmp_path):
    from dataclasses import fields

    article = Article(id="a/b", body="Body \udcff text.", published="2016-04-07", path="x/a/b.txt", title="T",
                      source="S", url="https://example.org/a", date_origin="front matter", dateline=(0, 9))
    assert {f.name for f in fields(Article)} == {"id", "body", "published", "path", "title", "source", "url",
                                                 "date_origin", "dateline"}  # a new field must be stored too
    reading = cache_module.ExtractionCache(tmp_path).reading()
    reading.put("k" * 40, [article, Article(id="c", body="B", published="2016-04-08")])
    assert reading.get("k" * 40) == [article, Article(id="c", body="B", published="2016-04-08")]


def test_a_damaged_reading_entry_is_read_again(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    scratch = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    entries = [p for p in (cache_dir / "read").rglob("*.json")]
    assert len(entries) == sum(1 for p in corpus.rglob("*") if p.is_file())
    entries[0].write_text('[["half an article"', encoding="utf-8")
    entries[1].write_text('[[1, 2, 3, 4, 5, 6, 7, 8, null]]', encoding="utf-8")
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == scratch


def test_the_reading_key_names_the_options_that_change_what_is_read(corpus, tmp_path):
    # an article whose only date is the one --published gives: the same bytes read under another option
    (corpus / "plain.txt").write_text("Rebels seized the town of Brega on Monday.\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    january = build([str(corpus), "--cache", str(cache_dir), "--published", "2016-01-13"], tmp_path)
    february = build([str(corpus), "--cache", str(cache_dir), "--published", "2016-02-10"], tmp_path)
    assert february != january
    assert february == build([str(corpus), "--no-cache", "--published", "2016-02-10"], tmp_path)


def _facts(event: Event) -> tuple[object, ...]:
    """Every field of an event and its source (Source equality leaves out the facts carried along with it)."""
    return (*astuple(event), event.source.published, event.source.chronology, event.source.lead)


def test_the_cache_keeps_every_fact_of_an_event(tmp_path):
    article = Article(id="a", published="2011-09-01",
                      body="Aug. 23 - The rebels overrun Gaddafi's compound in Tripoli.\n\n"
                           "Rebels seized the airport of Tripoli after a battle.\n\n"
                           "Rebels took Zawiya on 12 August. Two days later, they seized the bridge at Zuwara.")
    events = extract(article)
    assert any(e.chronology for e in events) and any(e.classes for e in events)  # the facts to keep are there
    assert any(e.source.lead for e in events)  # ... the sentence before that tells an offset's day too
    cache = cache_module.ExtractionCache(tmp_path)
    cache.put(article, events)
    cached, _ = cache.get(article)
    assert [_facts(e) for e in cached] == [_facts(e) for e in events]


def test_a_damaged_cache_entry_is_extracted_again(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    first = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    entries = sorted(cache_dir.rglob("*.json"))
    assert entries, "the build wrote no cache entry"
    entries[0].write_text("[[1, 2", encoding="utf-8")  # a half-written entry
    for entry in entries[1:]:
        entry.write_text('[["x"]]', encoding="utf-8")  # a well-formed entry of the wrong shape
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == first
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == first


def test_jobs_and_cache_give_the_same_bytes(corpus, tmp_path):
    scratch = build([str(corpus), "--no-cache"], tmp_path)
    cache_dir = tmp_path / "cache"
    assert build([str(corpus), "--jobs", "2", "--cache", str(cache_dir)], tmp_path) == scratch
    assert build([str(corpus), "--jobs", "2", "--cache", str(cache_dir)], tmp_path) == scratch  # all hits
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == scratch


def test_the_cache_is_keyed_by_the_tools_own_files(tmp_path, monkeypatch):
    package = tmp_path / "timeline"
    shutil.copytree(Path(cache_module.__file__).parent, package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "_PACKAGE", package)
    before = cache_module.tool_digest.__wrapped__()
    assert cache_module.tool_digest.__wrapped__() == before  # stable
    rules = sorted(package.rglob("*.yaml"))[0]
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# an edited rule\n", encoding="utf-8")
    after_rule = cache_module.tool_digest.__wrapped__()
    assert after_rule != before  # a rule edited in place, same version string: a new key
    (package / "merge" / "__init__.py").write_text("# changed\n", encoding="utf-8")
    assert cache_module.tool_digest.__wrapped__() not in (before, after_rule)


def test_the_default_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "here"))
    assert cache_module.default_folder() == tmp_path / "here"
    monkeypatch.delenv("TIMELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_module.default_folder() == tmp_path / "xdg" / "timeline"


@pytest.mark.slow
def test_the_dask_engine_on_a_local_cluster_writes_the_same_bytes(corpus, tmp_path):
    import distributed  # the `test` extra installs dask[distributed]: this test runs, never skips

    scratch = build([str(corpus), "--no-cache"], tmp_path)
    assert build([str(corpus), "--no-cache", "--engine", "dask", "--jobs", "2"], tmp_path) == scratch
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        cache_dir = tmp_path / "cache"
        by_address = ["--engine", "dask", "--scheduler", cluster.scheduler_address, "--cache", str(cache_dir)]
        with distributed.Client(cluster) as client, distributed.get_task_stream(client=client) as stream:
            assert build([str(corpus), *by_address], tmp_path) == scratch
            assert build([str(corpus), *by_address], tmp_path) == scratch  # from the cache
        ran = {task_name(t["key"]) for t in stream.data}
        # extraction (the first build only), each year's clustering and the runs of undated mentions ran there
        assert {"extract", "_year_groups", "_run_joins"} <= ran


def task_name(key: object) -> str:
    """The function of a Dask task's key ("extract-5f3a-..." or ("extract-5f3a-...", 0))."""
    return str(key[0] if isinstance(key, tuple) else key).split("-", 1)[0]


@pytest.mark.slow
def test_the_merge_on_dask_workers_gives_the_local_entries(tmp_path):
    import distributed

    from timeline.dask_engine import DaskWorkers
    from timeline.merge import merge
    from timeline.store import dump_timeline

    events = [e for article in read_articles([str(ARTICLES)]) for e in extract(article)]
    undated = [e for e in events if not e.date]
    years = {e.date[:4] for e in events if e.date}
    assert undated and len(years) >= 3  # the seed articles give the merge several years and undated mentions
    local = dump_timeline(merge(events))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        workers = DaskWorkers(client, 2)
        assert workers.width == 2
        assert dump_timeline(merge(events, workers=workers)) == local
        assert dump_timeline(merge(events, jobs=2)) == local


def test_a_scheduler_needs_the_dask_engine(corpus, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(corpus), "--scheduler", "tcp://127.0.0.1:1", "-q"])
    assert result.exit_code == 2
    assert "--scheduler is for --engine dask" in result.stderr


def test_the_extraction_memos_are_emptied_before_the_merge_and_tables_kept():
    words_of("Rebels took the port on Monday.")
    event_lexicon()
    pipeline._release_extraction_memos()
    assert _words.cache_info().currsize == 0  # a bounded memo: emptied
    assert event_lexicon.cache_info().currsize == 1  # a loaded table (@cache): kept


def test_the_cache_keeps_each_events_item_and_gives_it_back_equal(tmp_path):
    from timeline.merge.similarity import item_of, item_restored
    from timeline.model import SharedValues

    events = [e for article in read_articles([str(ARTICLES)]) for e in extract(article)]
    items = [item_of(e) for e in events]
    # the shapes an item takes are there: a title naming fewer keys than the event has, a class, a happening
    assert any(i.head_words != i.key_words for i in items) and any(i.classes for i in items)
    assert any(i.happening for i in items) and any(not i.when[0] for i in items)
    cache = cache_module.ExtractionCache(tmp_path)
    article = Article(id="all", body="every seed article's events", published="2016-04-07")
    assert cache.put(article, events) == cache_module.stored_items(events)
    cached, stored = cache.get(article)
    shared = SharedValues()
    assert [item_restored(e, s, shared) for e, s in zip(cached, stored, strict=True)] == items


def test_a_rebuild_computes_the_items_of_the_added_article_only(corpus, tmp_path, monkeypatch):
    from timeline.merge import similarity

    held_back = _first_article(corpus)
    kept = tmp_path / held_back.name
    held_back.rename(kept)
    cache_dir = tmp_path / "cache"
    build([str(corpus), "--cache", str(cache_dir)], tmp_path)  # fills the cache, items too
    kept.rename(held_back)
    computed: list[str] = []
    real = similarity.item_of

    def counting(event, shared=None):
        computed.append(event.article)
        return real(event, shared)

    monkeypatch.setattr(similarity, "item_of", counting)  # as the merge calls it
    monkeypatch.setattr(pipeline, "item_of", counting)  # as the build calls it, as each article's events arrive
    monkeypatch.setattr(cache_module, "item_of", counting)  # as the cache calls it, storing a new article's items
    incremental = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    # computed for the new article's events (stored with them), read back for the rest
    assert computed and set(computed) == {held_back.stem}
    computed.clear()
    assert incremental == build([str(corpus), "--no-cache"], tmp_path)
    assert len(set(computed)) > 1  # from scratch, the merge computes every item


@pytest.mark.parametrize("damage", ['[[], 0, null, [], []]', '["keys", 0, null, [], []]', '[["a"], 7, null, [], []]',
                                    '[["a"], 0, null, [true], []]'])
def test_a_damaged_item_in_the_cache_is_computed_again(corpus, tmp_path, damage):
    import json

    cache_dir = tmp_path / "cache"
    scratch = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    for entry in (cache_dir / "events").rglob("*.json"):
        if entry.name == "stems.json":
            continue
        rows = json.loads(entry.read_text(encoding="utf-8"))
        for row in rows:
            row[-1] = json.loads(damage)
        entry.write_text(json.dumps(rows), encoding="utf-8")
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == scratch


def test_the_cache_is_keyed_by_the_stemmers_version(monkeypatch):
    before = cache_module.tool_digest.__wrapped__()
    monkeypatch.setattr(cache_module, "_library_versions", lambda: "snowballstemmer=99.0 dateparser=1.0")
    assert cache_module.tool_digest.__wrapped__() != before  # another stemmer may stem differently: a new key


def test_the_cache_keeps_the_stemmers_memo_for_the_next_build(corpus, tmp_path, monkeypatch):
    from timeline.merge import similarity

    cache_dir = tmp_path / "cache"
    scratch = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    kept = cache_module.ExtractionCache(cache_dir).stems()
    assert isinstance(kept, dict) and len(kept) > 100
    import snowballstemmer

    stem = snowballstemmer.stemmer("english").stemWord
    assert all(kept[w] == stem(w) for w in kept)
    # a fresh process (the memo empty) reads them back: the merge stems none of the words it kept
    monkeypatch.setattr(similarity, "_stemmer", functools.cache(lambda: similarity._Stems(counting)))
    stemmed: list[str] = []

    def counting(word: str) -> str:
        stemmed.append(word)
        return stem(word)

    for memo in (similarity.key_form, similarity.title_word_key, similarity._phrase_matches, similarity.families):
        memo.cache_clear()
    try:
        assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == scratch
    finally:
        for memo in (similarity.key_form, similarity.title_word_key, similarity._phrase_matches, similarity.families):
            memo.cache_clear()
    assert not set(stemmed) & set(kept)


def test_a_damaged_stem_memo_in_the_cache_is_left_out(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    scratch = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    (stems,) = (cache_dir / "events").rglob("stems.json")
    for damage in ('{"rebels": 1, "seized": ["x"]}', '["rebels"]', '{"half'):
        stems.write_text(damage, encoding="utf-8")
        assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == scratch
