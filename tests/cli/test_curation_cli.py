"""Curation through the command line: no option, input set or output path ever loses a person's edit or
damages what an output path points at. Every fixture is written into tmp_path by the test itself; a real
process is used where only a real process shows the behaviour (a full disk, a closed pipe, a kill)."""

from __future__ import annotations

import fcntl
import os
import re
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli

STRIKE = """---
published: "2019-09-18"
---
Dock workers ended their strike at the northern harbour on Monday after the union accepted a pay offer.
The union had called the strike in August, citing unpaid overtime.
The port authority fined two shipping companies on Friday for blocking the quays.
"""
LOSSES = """---
published: "2019-09-20"
---
The strike at the northern harbour, which ended on September 16, cost exporters millions.
The ministry opened an inquiry into the harbour police on September 2.
"""
NEW = """---
published: "2019-09-25"
---
Dock workers at the northern harbour ended their strike on September 16, the union said.
The harbour reopened its eastern terminal on Tuesday after repairs.
"""


def run(args: list[str], cwd: Path):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, args, catch_exceptions=False)
    finally:
        os.chdir(old)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    return result


def process(args: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=cwd, stderr=subprocess.PIPE, **kwargs)


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def events(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["events"]


def blocks(text: str) -> dict[str, str]:
    """Entry id -> its lines in the file."""
    return {b.split("\n", 1)[0]: b for b in re.split(r"(?m)^- id: ", text)[1:]}


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    """A folder with articles/ (two articles), new.txt beside it, and timeline.yaml built from articles/."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "strike.txt").write_text(STRIKE, encoding="utf-8")
    (folder / "losses.txt").write_text(LOSSES, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    assert run(["build", "articles", "-q"], tmp_path).exit_code == 0
    return tmp_path


def curate(site: Path) -> str:
    """A person's edits: a title corrected, a note written under a title, an event rejected, one added by hand."""
    path = site / "timeline.yaml"
    text = path.read_text(encoding="utf-8")
    strike = next(b for b in blocks(text).values() if "ended their strike" in b)
    august = next(b for b in blocks(text).values() if "called the strike" in b)
    fine = next(b for b in blocks(text).values() if "fined" in b)
    text = text.replace(strike, re.sub(r"(?m)^  title: .*$", "  title: Harbour strike ends", strike, count=1))
    text = text.replace(august, re.sub(r"(?m)^(  title: .*\n)", r"\1  note: union archive checked\n", august, count=1))
    text = text.replace(fine, fine + "  rejected: true\n")
    text += '- date: "2019-09-01"\n  title: Union ballot opens\n  note: from the union newsletter\n'
    path.write_text(text, encoding="utf-8")
    return text


def assert_edits_kept(text: str) -> None:
    assert "  title: Harbour strike ends\n" in text
    assert re.search(r"(?m)^  title: .*\n  note: union archive checked$", text)  # where the person wrote it
    fine = next(b for b in blocks(text).values() if "fined" in b)
    assert "  rejected: true\n" in fine
    hand = next(b for b in blocks(text).values() if "Union ballot opens" in b)
    assert "note: from the union newsletter" in hand and "reports:" not in hand and "sources:" not in hand


# ----------------------------------------------------------------------------------- curation survives


def test_a_curated_file_rebuilds_unchanged_but_for_the_hand_added_event(site):
    edited = curate(site)
    assert run(["build", "-q"], site).exit_code == 0
    once = (site / "timeline.yaml").read_text(encoding="utf-8")
    assert_edits_kept(once)
    # the only change: the event added by hand gets an id, at the top of its fields, and its place in time
    hand = '- date: "2019-09-01"\n  title: Union ballot opens\n  note: from the union newsletter\n'
    assert "- id: 2019-09-01-union-ballot-opens\n  " + hand[2:] in once
    assert once.replace("- id: 2019-09-01-union-ballot-opens\n  date: \"2019-09-01\"\n  title: Union ballot opens\n"
                        "  note: from the union newsletter\n", "") == edited.replace(hand, "")
    assert run(["build", "-q"], site).exit_code == 0
    assert (site / "timeline.yaml").read_text(encoding="utf-8") == once


def test_top_prints_n_events_and_never_shrinks_the_file(site):
    curate(site)
    before = events(site / "timeline.yaml")
    result = run(["build", "--top", "1", "--format", "csv"], site)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2  # header and one event
    text = (site / "timeline.yaml").read_text(encoding="utf-8")
    assert_edits_kept(text)
    assert len(events(site / "timeline.yaml")) == len(before) + 0
    # with -o - the YAML printed is the selection, and no file is touched
    printed = run(["build", "--top", "1", "-o", "-"], site)
    assert len([e for e in yaml.safe_load(printed.stdout)["events"] if not e.get("rejected")]) == 1
    assert (site / "timeline.yaml").read_text(encoding="utf-8") == text


def test_a_build_over_other_articles_keeps_edited_events_marked_and_says_how_to_drop_them(site):
    curate(site)
    result = run(["build", "new.txt"], site)
    assert result.exit_code == 0
    text = (site / "timeline.yaml").read_text(encoding="utf-8")
    assert_edits_kept(text)
    strike = next(b for b in blocks(text).values() if "Harbour strike ends" in b)
    assert "  orphaned: true\n" in strike and "article: strike" in strike  # its last sources stay with it
    hand = next(b for b in blocks(text).values() if "Union ballot opens" in b)
    assert "orphaned" not in hand  # it never had sources
    stderr = result.stderr
    assert "orphaned: true" in stderr and "delete it" in stderr and "timeline add" in stderr
    assert "did not read (losses, strike)" in stderr
    # untouched events of the articles not read are gone; the new article's are there
    assert "inquiry" not in text and "eastern terminal" in text
    # reading the articles again clears the mark
    assert run(["build", "articles", "-q"], site).exit_code == 0
    again = (site / "timeline.yaml").read_text(encoding="utf-8")
    assert "orphaned" not in again
    assert_edits_kept(again)


def test_add_reads_what_the_file_was_built_from_plus_the_new_article(site):
    edited = curate(site)
    assert run(["build", "-q"], site).exit_code == 0
    edited = (site / "timeline.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(edited)["inputs"] == ["articles"]
    result = run(["add", "new.txt", "-q"], site)
    assert result.exit_code == 0, result.stderr
    added = (site / "timeline.yaml").read_text(encoding="utf-8")
    assert_edits_kept(added)
    data = yaml.safe_load(added)
    assert data["inputs"] == ["articles", "new.txt"]
    assert set(data["articles"]) == {"strike", "losses", "new"}
    # every event stays; the new article joins the strike it also tells and adds the terminal
    old, new = blocks(edited), blocks(added)
    assert set(old) <= set(new)
    assert "article: new\n" in new[next(i for i, b in old.items() if "Harbour strike ends" in b)]
    assert any("eastern terminal" in b for b in new.values())
    for i, b in old.items():
        if "article: new\n" not in new[i]:
            assert new[i] == b
    # the next plain build reads all three (the file records its inputs): nothing changes
    assert run(["build", "-q"], site).exit_code == 0
    assert (site / "timeline.yaml").read_text(encoding="utf-8") == added
    # adding a file inside a folder already read reads it once
    (site / "articles" / "more.txt").write_text(NEW.replace("eastern", "western"), encoding="utf-8")
    again = run(["add", "articles/more.txt", "-q"], site)
    assert again.exit_code == 0 and yaml.safe_load((site / "timeline.yaml").read_text())["inputs"] == \
        ["articles", "new.txt"]


def test_add_refuses_what_it_cannot_do_and_writes_nothing(site, tmp_path):
    before = (site / "timeline.yaml").read_bytes()
    missing = run(["add", "new.txt", "-o", "other.yaml"], site)
    assert missing.exit_code == 2 and "no such timeline" in missing.stderr and not (site / "other.yaml").exists()
    stdin = run(["add", "-"], site)
    assert stdin.exit_code == 2 and "standard input" in stdin.stderr
    (site / "more").mkdir()
    (site / "articles").rename(site / "more" / "articles")
    (site / "articles").symlink_to(site / "more" / "articles", target_is_directory=True)
    holds = run(["add", "more"], site)
    assert holds.exit_code == 2 and "already reads" in holds.stderr
    (site / "articles").unlink()
    (site / "more" / "articles").rename(site / "moved")
    gone = run(["add", "new.txt"], site)
    assert gone.exit_code == 1 and len(lines(gone.stderr)) == 1 and "'articles'" in gone.stderr
    assert (site / "timeline.yaml").read_bytes() == before


def test_add_to_a_file_an_older_version_wrote_reads_the_articles_folder_beside_it(site):
    text = (site / "timeline.yaml").read_text(encoding="utf-8")
    (site / "timeline.yaml").write_text(text.replace("inputs:\n- articles\n", ""), encoding="utf-8")
    result = run(["add", "new.txt"], site)
    assert result.exit_code == 0
    assert "does not record the paths" in result.stderr
    data = yaml.safe_load((site / "timeline.yaml").read_text(encoding="utf-8"))
    assert data["inputs"] == ["articles", "new.txt"] and set(data["articles"]) == {"strike", "losses", "new"}
    (site / "elsewhere").mkdir()
    (site / "elsewhere" / "t.yaml").write_text(text.replace("inputs:\n- articles\n", ""), encoding="utf-8")
    refused = run(["add", "new.txt", "-o", "elsewhere/t.yaml"], site)
    assert refused.exit_code == 2 and "does not record the paths" in refused.stderr


def test_a_hand_deleted_event_comes_back_with_a_line_saying_why_and_how_to_reject_it(site):
    text = (site / "timeline.yaml").read_text(encoding="utf-8")
    fine_id, fine = next((i, b) for i, b in blocks(text).items() if "fined" in b)
    (site / "timeline.yaml").write_text(text.replace("- id: " + fine, ""), encoding="utf-8")
    result = run(["build"], site)
    assert result.exit_code == 0
    assert (site / "timeline.yaml").read_text(encoding="utf-8") == text
    [line] = [line for line in lines(result.stderr) if fine_id in line]
    assert "deleted by hand" in line and "rejected: true" in line
    # rejected instead, it stays in the file, hidden from the table, and no line is printed
    (site / "timeline.yaml").write_text(text.replace(fine, fine + "  rejected: true\n"), encoding="utf-8")
    quiet = run(["build"], site)
    assert "fined" not in quiet.stdout and fine_id not in quiet.stderr


def test_untouched_duplicates_an_older_build_wrote_are_merged_edited_ones_keep_their_grouping(site):
    """An older merge split one event into two entries: the current merge joins them, keeping the id of the
    entry with most sources; had a person edited either, the file's grouping would stay."""
    from timeline.merge import fingerprint
    from timeline.store import dump_timeline, load_document

    doc = load_document(str(site / "timeline.yaml"))
    strike = next(e for e in doc.entries if len(e.sources) == 2)
    doc.entries.remove(strike)
    for n, source in enumerate(strike.sources):
        half = type(strike)(id=f"{strike.id}-{n}", date=strike.date, mod=strike.mod, title=strike.title,
                            sources=[source])
        half.generated = fingerprint((half.date, half.mod), half.title, half.sources)
        doc.entries.append(half)
    split = dump_timeline(doc.entries, articles=doc.articles, inputs=doc.inputs)
    (site / "timeline.yaml").write_text(split, encoding="utf-8")
    assert run(["build", "-q"], site).exit_code == 0
    merged = events(site / "timeline.yaml")
    [joined] = [e for e in merged if len(e["sources"]) == 2]
    assert joined["id"] == f"{strike.id}-0" and not any(e["id"] == f"{strike.id}-1" for e in merged)
    # with a note on each half, both halves keep the grouping the file gives
    noted = split.replace(f"- id: {strike.id}-1\n", f"- id: {strike.id}-1\n  note: one\n")
    noted = noted.replace(f"- id: {strike.id}-0\n", f"- id: {strike.id}-0\n  note: two\n")
    (site / "timeline.yaml").write_text(noted, encoding="utf-8")
    assert run(["build", "-q"], site).exit_code == 0
    halves = {e["id"]: e for e in events(site / "timeline.yaml") if e["id"].startswith(strike.id)}
    assert {(i, e["note"], len(e["sources"])) for i, e in halves.items()} == \
        {(f"{strike.id}-0", "two", 1), (f"{strike.id}-1", "one", 1)}
    # with a note on one half only, the other (untouched) half's event is grouped afresh: it joins the edited one
    half = split.replace(f"- id: {strike.id}-1\n", f"- id: {strike.id}-1\n  note: one\n")
    (site / "timeline.yaml").write_text(half, encoding="utf-8")
    assert run(["build", "-q"], site).exit_code == 0
    [joined] = [e for e in events(site / "timeline.yaml") if e["id"].startswith(strike.id)]
    assert joined["id"] == f"{strike.id}-1" and joined["note"] == "one" and len(joined["sources"]) == 2


def test_a_source_moved_by_hand_keeps_the_persons_grouping(site):
    text = (site / "timeline.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    two = next(e for e in data["events"] if len(e["sources"]) == 2)
    moved = two["sources"][1]
    block = blocks(text)[two["id"]]
    quote_line = next(line for line in block.splitlines() if line.startswith("    quote: ") and
                      yaml.safe_load(line.split(": ", 1)[1]) == moved["quote"])
    source_text = f"  - article: {moved['article']}\n{quote_line}\n"
    start = block.index(source_text)
    end = block.index("\n", block.index("    expression:", start)) + 1
    source = block[start:end]
    alone = block.replace(source, "").replace("reports: 2", "reports: 1")
    own = (f"- id: my-own-split\n  date: \"{two['date']}\"\n  title: Told separately\n  reports: 1\n  sources:\n"
           f"{source}")
    (site / "timeline.yaml").write_text(text.replace(block, alone) + own, encoding="utf-8")
    assert run(["build", "-q"], site).exit_code == 0
    rebuilt = {e["id"]: e for e in events(site / "timeline.yaml")}
    assert len(rebuilt[two["id"]]["sources"]) == 1 and len(rebuilt["my-own-split"]["sources"]) == 1
    once = (site / "timeline.yaml").read_text(encoding="utf-8")
    assert run(["build", "-q"], site).exit_code == 0  # and the build after that still knows it was a person's
    assert (site / "timeline.yaml").read_text(encoding="utf-8") == once


def test_no_write_prints_the_curated_table_and_touches_nothing(site):
    curate(site)
    path = site / "timeline.yaml"
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    listing = sorted(os.listdir(site))
    result = run(["build", "--no-write", "--format", "csv"], site)
    assert result.exit_code == 0
    assert "Harbour strike ends" in result.stdout and "fined" not in result.stdout
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime and sorted(os.listdir(site)) == listing
    fresh = run(["build", "-n", "articles", "-o", "none.yaml"], site)
    assert fresh.exit_code == 0 and "2019-09-16" in fresh.stdout and not (site / "none.yaml").exists()


# ------------------------------------------------------------------------------------------ output paths


def test_a_regular_file_is_replaced_keeping_its_mode(site):
    path = site / "timeline.yaml"
    os.chmod(path, 0o640)
    inode = path.stat().st_ino
    assert run(["build", "-q", "--planned"], site).exit_code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and path.stat().st_ino != inode  # replaced, not rewritten
    assert sorted(p.name for p in site.iterdir()) == ["articles", "new.txt", "timeline.yaml"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file away needs root")
def test_a_replaced_file_keeps_its_owner(site):
    path = site / "timeline.yaml"
    os.chown(path, 4321, 4321)
    assert run(["build", "-q", "--planned"], site).exit_code == 0
    assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4321)


def test_a_read_only_file_is_refused_unless_forced(site):
    path = site / "timeline.yaml"
    curate(site)
    before = path.read_bytes()
    os.chmod(path, 0o444)
    result = run(["build"], site)
    assert result.exit_code == 1 and result.stdout == ""
    assert lines(result.stderr) == ["timeline: error: timeline.yaml: read-only file: not replaced (make it writable, "
                                    "or pass --force to replace it anyway; it stays read-only)"]
    assert path.read_bytes() == before
    forced = run(["build", "--force", "-q", "--planned"], site)
    assert forced.exit_code == 0 and path.read_bytes() != before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert_edits_kept(path.read_text(encoding="utf-8"))


def test_a_symbolic_link_output_replaces_the_file_it_points_at(site):
    (site / "real").mkdir()
    (site / "timeline.yaml").rename(site / "real" / "timeline.yaml")
    (site / "link.yaml").symlink_to(site / "real" / "timeline.yaml")
    curate_target = (site / "real" / "timeline.yaml").read_text(encoding="utf-8")
    assert run(["build", "articles", "new.txt", "-o", "link.yaml", "-q"], site).exit_code == 0
    assert (site / "link.yaml").is_symlink()
    after = (site / "real" / "timeline.yaml").read_text(encoding="utf-8")
    assert after != curate_target and "eastern terminal" in after


def test_a_device_is_written_to_never_replaced(site):
    null = run(["build", "-o", os.devnull, "-q"], site)
    assert null.exit_code == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_device_is_one_line_and_stays_a_device(site):
    result = run(["build", "-o", "/dev/full", "-q"], site)
    assert result.exit_code == 1
    assert lines(result.stderr) == ["timeline: error: /dev/full: cannot write: No space left on device"]
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_fifo_is_written_to_never_replaced(site):
    fifo = site / "pipe.yaml"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = process(["build", "articles", "-o", "pipe.yaml", "-q"], site, timeout=120)
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert yaml.safe_load(received[0])["events"] and "inputs" not in yaml.safe_load(received[0])


@pytest.mark.slow
def test_a_second_build_waits_for_the_first_then_builds_on_what_it_wrote(site):
    before = (site / "timeline.yaml").read_bytes()
    lock = os.open(site / ".timeline.yaml.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(lock, fcntl.LOCK_EX)  # as a build that is writing the file holds it
    try:
        second = subprocess.Popen([sys.executable, "-m", "timeline", "build", "articles", "new.txt", "-q"], cwd=site,
                                  stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while second.poll() is None and time.monotonic() < deadline and not _waiting(site):
            time.sleep(0.1)
        assert second.poll() is None  # it waits
        assert (site / "timeline.yaml").read_bytes() == before
        # what "the first build" writes meanwhile is what the second one reads and keeps
        (site / "timeline.yaml").write_text(before.decode() + '- date: "2019-09-01"\n  title: Union ballot opens\n',
                                            encoding="utf-8")
    finally:
        os.unlink(site / ".timeline.yaml.lock")
        os.close(lock)
    assert second.wait(timeout=120) == 0
    err = second.stderr.read().decode()
    second.stderr.close()
    assert err == ""  # -q: the waiting line is a warning
    after = (site / "timeline.yaml").read_text(encoding="utf-8")
    assert "Union ballot opens" in after and "eastern terminal" in after
    assert sorted(p.name for p in site.iterdir()) == ["articles", "new.txt", "timeline.yaml"]


def _waiting(site: Path) -> bool:
    """Whether a build has opened the lock file (it then waits on it): /proc tells where it is available."""
    proc = Path("/proc")
    if not proc.is_dir():
        time.sleep(2)
        return True
    target = str(site / ".timeline.yaml.lock")
    for fd_dir in proc.glob("[0-9]*/fd"):
        if fd_dir.parent.name == str(os.getpid()):
            continue
        try:
            if any(os.readlink(fd) == target for fd in fd_dir.iterdir()):
                return True
        except OSError:
            continue
    return False


@pytest.mark.slow
def test_two_builds_at_once_never_corrupt_the_file(site):
    expected = (site / "timeline.yaml").read_bytes()
    procs = [subprocess.Popen([sys.executable, "-m", "timeline", "build"], cwd=site, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE) for _ in range(3)]
    outcomes = [(p.wait(timeout=180), p.stderr.read().decode()) for p in procs]
    for p in procs:
        p.stderr.close()
    for code, err in outcomes:
        assert code == 0
        assert err in ("", "timeline: timeline.yaml: another build is writing it; waiting for it to finish\n")
    assert (site / "timeline.yaml").read_bytes() == expected
    assert sorted(p.name for p in site.iterdir()) == ["articles", "new.txt", "timeline.yaml"]


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
@pytest.mark.slow
def test_a_build_killed_between_write_and_rename_leaves_the_old_file_and_the_next_build_cleans_up(site):
    curate(site)
    before = (site / "timeline.yaml").read_bytes()
    ready = site / "ready"
    child = textwrap.dedent(f"""
        import os, sys, time
        from timeline import store
        from timeline.cli import main
        rename = os.replace
        def stall(src, dst):  # the fault: the temporary file is written, the rename never happens
            if not str(dst).endswith("timeline.yaml"):
                return rename(src, dst)  # other files (the cache of extracted events) as usual
            open({str(ready)!r}, "w").close()
            time.sleep(60)
        store.os.replace = stall
        sys.exit(main(["build", "articles", "new.txt", "-q"]))
    """)
    proc = subprocess.Popen([sys.executable, "-c", child], cwd=site)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists()
        leftovers = [p.name for p in site.iterdir() if p.name.startswith(".timeline.yaml.")]
        assert any(name.endswith(".tmp") for name in leftovers)  # written, not yet renamed
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    ready.unlink()
    assert (site / "timeline.yaml").read_bytes() == before
    assert run(["build", "-q"], site).exit_code == 0
    assert_edits_kept((site / "timeline.yaml").read_text(encoding="utf-8"))
    assert sorted(p.name for p in site.iterdir()) == ["articles", "new.txt", "timeline.yaml"]


# ------------------------------------------------------------------------------------------ system errors


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_one_line_exit_1(site):
    with open("/dev/full", "w") as full:
        result = process(["show"], site, stdout=full)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "timeline: error: cannot write to standard output: No space left on device"]


def test_a_closed_pipe_is_one_line_exit_1(site):
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = process(["show"], site, stdout=write_end)
    finally:
        os.close(write_end)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == ["timeline: error: cannot write to standard output: Broken pipe"]


def test_a_closed_stdout_is_one_line_exit_1(site):
    result = subprocess.run([sys.executable, "-c", "import os, sys; os.close(1); from timeline.cli import run; run()",
                             "show"], cwd=site, stderr=subprocess.PIPE)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "timeline: error: cannot write to standard output: Bad file descriptor"]


@pytest.mark.parametrize("error, words", [
    (OSError(5, "Input/output error"), "Input/output error"),
    (PermissionError(13, "Permission denied"), "Permission denied"),
    (OSError(28, "No space left on device"), "No space left on device"),
])
def test_errors_of_the_system_writing_the_file_are_one_line_exit_1(site, monkeypatch, error, words):
    from timeline import store

    before = (site / "timeline.yaml").read_bytes()

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(store.os, "fsync", fail)
    result = run(["build", "articles", "new.txt"], site)
    assert result.exit_code == 1 and result.stdout == ""
    assert lines(result.stderr) == [f"timeline: error: timeline.yaml: cannot write: {words}"]
    assert (site / "timeline.yaml").read_bytes() == before
    assert sorted(p.name for p in site.iterdir()) == ["articles", "new.txt", "timeline.yaml"]


def test_an_error_of_the_system_anywhere_is_one_line_exit_1(site, monkeypatch):
    from timeline import show

    def fail(*args, **kwargs):
        raise OSError(5, "Input/output error", "articles/strike.txt")

    monkeypatch.setattr(show, "filter_entries", fail)
    result = run(["show"], site)
    assert result.exit_code == 1
    assert lines(result.stderr) == ["timeline: error: articles/strike.txt: Input/output error"]


# ----------------------------------------------------------------------------------------------- inputs


def test_a_folder_of_links_to_date_folders_is_read(tmp_path):
    store_ = tmp_path / "store"
    for day, text in (("2019-09-18", STRIKE), ("2019-09-20", LOSSES)):
        (store_ / day).mkdir(parents=True)
        (store_ / day / "1.txt").write_text(text, encoding="utf-8")
    topic = tmp_path / "topic"
    topic.mkdir()
    for day in ("2019-09-18", "2019-09-20"):
        (topic / day).symlink_to(store_ / day, target_is_directory=True)
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    (topic / "extra.txt").symlink_to(tmp_path / "new.txt")
    result = run(["build", "topic", "-q"], tmp_path)
    assert result.exit_code == 0, result.stderr
    assert set(yaml.safe_load((tmp_path / "timeline.yaml").read_text())["articles"]) == \
        {"2019-09-18/1", "2019-09-20/1", "extra"}
    # a file reached twice through links is read once, and the second path is named
    (topic / "again.txt").symlink_to(tmp_path / "new.txt")
    twice = run(["build", "topic", "-q"], tmp_path)
    assert twice.exit_code == 1
    assert lines(twice.stderr) == ["timeline: skipped topic/extra.txt: the same file as topic/again.txt, already read; "
                                   "not read twice"]


def test_a_link_loop_is_reported_once_and_the_rest_read(tmp_path):
    topic = tmp_path / "topic"
    (topic / "a").mkdir(parents=True)
    (topic / "a" / "strike.txt").write_text(STRIKE, encoding="utf-8")
    (topic / "a" / "back").symlink_to(topic, target_is_directory=True)
    (topic / "dead.txt").symlink_to(tmp_path / "nowhere.txt")
    (topic / "self.txt").symlink_to(topic / "self.txt")
    result = run(["build", "topic", "-q"], tmp_path)
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        "timeline: skipped topic/dead.txt: a symbolic link to nothing",
        "timeline: skipped topic/self.txt: a loop of symbolic links",
        "timeline: skipped topic/a/back: a symbolic link back to a folder that contains it (a loop); not followed"]
    assert set(yaml.safe_load((tmp_path / "timeline.yaml").read_text())["articles"]) == {"a/strike"}


# ---------------------------------------------------------------------------------------- help and show


def test_timeline_alone_prints_its_help_and_exits_0():
    result = CliRunner().invoke(cli, [])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ") and "build" in result.stdout and "add" in result.stdout
    assert "error" not in result.stderr


@pytest.mark.parametrize("args, words", [
    (["--source", "nosuch"], "no event of timeline.yaml cites nosuch"),
    (["--since", "2020", "--until", "2019"], "--since 2020 is after --until 2019"),
    (["--since", "2030"], "no event of timeline.yaml matches --since 2030"),
    (["--grep", "zeppelin"], "matches --grep zeppelin"),
])
def test_a_filter_that_matches_nothing_says_so(site, args, words):
    result = run(["show", *args], site)
    assert result.exit_code == 0
    [line] = lines(result.stderr)
    assert words in line


def test_build_help_teaches_the_new_options():
    result = CliRunner().invoke(cli, ["build", "--help"])
    for word in ("--no-write", "--force", "timeline add", "orphaned"):
        assert word in result.stdout
    assert "Examples" in CliRunner().invoke(cli, ["add", "--help"]).stdout
