"""The same-day joins kept between builds (timeline.merge.kept_days), end to end: after one article is added, a rebuild
from the cache works again only the days its events changed, replays the others, and writes the bytes of a build from
scratch, whether the article joins an entry, opens one, or gives undated mentions only."""

from __future__ import annotations

import pytest
from test_incremental_entries import ADDED  # an article of each kind of change
from test_scale import build, corpus  # noqa: F401 (corpus: a fixture)

from timeline.merge import kept_days


def _counting(monkeypatch) -> dict[str, list[str]]:
    """The days each rebuild works and replays, as kept_days sees them."""
    seen: dict[str, list[str]] = {"worked": [], "replayed": []}
    recorded, replayed = kept_days._recorded, kept_days._replayed

    def recording(listed, *args):
        seen["worked"].append(listed[0][1][0])
        return recorded(listed, *args)

    def replaying(kept, listed, *args):
        done = replayed(kept, listed, *args)
        if done:
            seen["replayed"].append(listed[0][1][0])
        return done

    monkeypatch.setattr(kept_days, "_recorded", recording)
    monkeypatch.setattr(kept_days, "_replayed", replaying)
    return seen


@pytest.mark.parametrize("change", sorted(ADDED))
def test_a_rebuild_works_only_the_days_the_new_article_changed(corpus, tmp_path, monkeypatch, change):
    cache_dir = tmp_path / "cache"
    seen = _counting(monkeypatch)
    build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    first = list(seen["worked"])
    assert first and not seen["replayed"]  # an empty cache: every day is worked
    (corpus / "added.txt").write_text(ADDED[change], encoding="utf-8")
    seen["worked"].clear()
    incremental = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    worked, replayed = list(seen["worked"]), list(seen["replayed"])
    assert incremental == build([str(corpus), "--no-cache"], tmp_path)
    assert len(replayed) > len(worked)
    if change == "joins-an-entry":
        # the day the new sentence joins (Palmyra, March 27, 2016) is worked again by every same-day join
        assert "2016-03-27" in worked
    if change == "undated-mentions":
        assert not worked or set(worked) < set(first)


def test_a_rebuild_with_nothing_changed_works_no_day(corpus, tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    seen = _counting(monkeypatch)
    first = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    seen["worked"].clear()
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == first
    assert seen["worked"] == [] and seen["replayed"]


@pytest.mark.parametrize("damage", ['{"half', '["not", "a", "dict"]', 'null', '{"x": [[], [], [], ""]}'])
def test_a_damaged_store_of_days_is_worked_again(corpus, tmp_path, damage):
    cache_dir = tmp_path / "cache"
    scratch = build([str(corpus), "--cache", str(cache_dir)], tmp_path)
    (store,) = (cache_dir / "entries").rglob("days.json")
    store.write_text(damage, encoding="utf-8")
    assert build([str(corpus), "--cache", str(cache_dir)], tmp_path) == scratch


def test_a_day_worked_again_under_the_same_digest_is_kept_anew(tmp_path):
    # a day whose answers changed is recorded again under the same digest: the store is written, so that the next
    # build replays it instead of working it again every time
    from timeline import pipeline
    from timeline.cache import ExtractionCache

    cache = ExtractionCache(tmp_path)
    record = [[], [], [], ""]
    kept = {"day": record}
    pipeline._keep_days(cache, kept, {"day": record})
    assert cache.days() is None  # the very records it held: nothing written
    pipeline._keep_days(cache, kept, {"day": [[[1, 0]], [], [], ""]})
    assert cache.days() == {"day": [[[1, 0]], [], [], ""]}
