"""benchmarks/bench_scale.py's `distinct` replicas: every copy another story, on dates whose calendar is exact."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the benchmarks are run from the repository's root, not installed

from benchmarks import bench_scale  # noqa: E402
from timeline.read.pubdate import dateline_date  # noqa: E402

TEXTS = (
    "TRIPOLI, March 19 (Reuters) - Forces loyal to Muammar Gaddafi shelled Benghazi on Saturday, "
    "the BP spokesman said. In March the rebels took the town.\n"
    "Gaddafi has ruled Libya since 1969 and the Security Council voted on March 17, 2011.\n",
    "Officials in Benghazi said on Friday that Gaddafi would go. The town fell on Christmas Day in the 1980s.\n"
    "officials said BP would pay; Reuters reported it at 1700 GMT and the rebels met in Benghazi.\n",
)


def test_names_are_the_corpus_names_not_its_common_or_calendar_words() -> None:
    names = bench_scale.find_names(TEXTS)
    assert {"Gaddafi", "Benghazi", "BP", "Libya", "Muammar"} <= names
    # sentence openers, words also written in lower case, and the tool's own words (months, weekdays,
    # holidays, time zones) are kept
    assert not names & {"Forces", "Officials", "In", "March", "Saturday", "Friday", "Christmas", "Day", "GMT", "TRIPOLI"}


def test_a_copy_renames_every_name_and_moves_every_year_and_nothing_else() -> None:
    names = bench_scale.find_names(TEXTS)
    template = bench_scale.Template.of(TEXTS[1] + TEXTS[0], names)
    assert template.copy("", 0) == TEXTS[1] + TEXTS[0]  # the template gives the text back
    copy = template.copy(bench_scale.suffix(1), 28)
    assert "Gaddafiel shelled Benghaziel on Saturday, the BPEL spokesman said" in copy
    assert "since 1941" in copy and "March 17, 1983" in copy  # 1969 and 2011, 28 years back
    assert "in the 1980s" in copy and "at 1700 GMT" in copy  # a decade stays; 1700 is below 1900
    assert "Officials in Benghaziel said on Friday" in copy and "officials said" in copy


def test_every_copy_has_its_own_suffix() -> None:
    suffixes = [bench_scale.suffix(copy) for copy in range(1, 1000)]
    assert len(set(suffixes)) == len(suffixes)
    assert bench_scale.renamed("Gaddafi", "anel") == "Gaddafianel" and bench_scale.renamed("BP", "anel") == "BPANEL"


def test_an_era_keeps_month_day_and_weekday_of_every_date() -> None:
    day = date(1985, 1, 1)
    while day <= date(2026, 12, 31):
        for copy in range(bench_scale.ERAS):
            years = bench_scale.era_years(copy)
            moved = bench_scale._years_back(day, years)
            assert (moved.month, moved.day, moved.weekday()) == (day.month, day.day, day.weekday())
            assert (day - moved).days % 7 == 0
        day += timedelta(days=1)


def test_a_copy_keeps_its_dateline_and_its_folder_date_together(tmp_path: Path) -> None:
    source = tmp_path / "src" / "2011-03-20.txt"
    source.parent.mkdir()
    source.write_text("Tripoli, Libya, March 19, 2011 - Forces of Gaddafi spoke in Tripoli.\nThey left.\n", encoding="utf-8")
    sources = [(source, "T/a.txt", "2011-03-20")]
    corpus = bench_scale.make_corpus(sources, 4, "distinct", tmp_path / "corpus")
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    assert [p.parent.name for p in files] == ["2011-03-20", "1983-03-20", "1955-03-20", "1927-03-20"]
    assert files[0].read_bytes() == source.read_bytes()  # copy 0 is the original
    for path in files:
        body = path.read_text(encoding="utf-8")
        stamp = dateline_date(body, path.parent.name)
        assert stamp is not None and stamp[0][:4] == path.parent.name[:4]
        assert stamp[0][5:] == "03-19"
    assert "Forces of Gaddafior spoke in Tripolior" in files[2].read_text(encoding="utf-8")
    assert bench_scale.repeated_lines(corpus) == 3 / 8  # "They left." repeats; the dated, named line never does


def test_shifted_copies_repeat_every_line(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Forces of Gaddafi spoke in Tripoli.\nThey left.\n", encoding="utf-8")
    corpus = bench_scale.make_corpus([(source, "T/a.txt", "2011-03-20")], 4, "shifted", tmp_path / "corpus")
    assert bench_scale.repeated_lines(corpus) == 6 / 8
