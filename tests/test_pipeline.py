"""The build's extract stage with --jobs N: the files are read on the extraction's workers, and what the build takes
of them (articles, events, skips, in order) is what reading them here gives."""

from __future__ import annotations

from pathlib import Path

from timeline.errors import ArticleError
from timeline.listing import readable_articles
from timeline.pipeline import _extracted_here, _read_and_extracted
from timeline.read import listed_articles

TODAY = "2024-01-01"


def _folder(folder: Path) -> None:
    for day, text in (("2016-05-24", "Rebels seized the town of Brega on Monday."),
                      ("2016-05-25", "Talks resumed in Geneva on Tuesday after a week."),
                      ("2016-05-26", "The ceasefire collapsed on Wednesday, officials said.")):
        (folder / day).mkdir()
        (folder / day / "story.txt").write_text(f"---\npublished: {day}\n---\n{text}\n", encoding="utf-8")
    (folder / "2016-05-25" / "story.md").write_text("---\npublished: 2016-05-25\n---\nAnother story.\n",
                                                    encoding="utf-8")  # the id of story.txt beside it: skipped
    (folder / "2016-05-26" / "empty.txt").write_text("", encoding="utf-8")


def test_reading_on_the_pool_takes_what_reading_here_takes(tmp_path: Path) -> None:
    _folder(tmp_path)
    skipped_here: list[ArticleError] = []
    here = list(_extracted_here(readable_articles([str(tmp_path)], None, None, skipped_here, today=TODAY), 1))
    skipped_pool: list[ArticleError] = []
    pool = list(_read_and_extracted(listed_articles([str(tmp_path)], today=TODAY), 2, None, None, skipped_pool,
                                    keep_body=True))
    assert pool == here and len(here) == 3 and any(events for _, events, _ in here)
    assert [str(e) for e in skipped_pool] == [str(e) for e in skipped_here] and len(skipped_here) == 2
    # without --about nothing after extraction reads a body: it does not come back
    bare = list(_read_and_extracted(listed_articles([str(tmp_path)], today=TODAY), 2, None, None, [],
                                    keep_body=False))
    assert [(a.id, a.published, events) for a, events, _ in bare] == [(a.id, a.published, events) for a, events, _ in here]
    assert all(a.body == "" for a, _, _ in bare)
