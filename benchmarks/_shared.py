"""Where the shared corpora and scorers are, what each benchmark script needs of them, and how to tell it.

The shared folder is `--shared DIR` of the runner, else $TIMELINE_SHARED, else `../shared` beside the
repository. Every script takes its default from `find_shared` here, so a script run on its own finds the
folder the runner would; the runner passes the folder it found through each script's own option.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "benchmarks" / "data"  # the article sets with gold timelines (dev, heldout-N) and the HTML pages
RESULTS = REPO / "benchmarks" / "results"  # what each suite printed, as JSON (python3 -m benchmarks)
ENV = "TIMELINE_SHARED"
TIMELINE17 = "data/timeline17"


def find_shared(explicit: str | None = None) -> Path:
    """The shared folder to use (it may not exist: `missing` says what a suite lacks)."""
    chosen = explicit or os.environ.get(ENV) or str(REPO.parent / "shared")
    return Path(chosen).resolve()


@dataclass(frozen=True)
class Needs:
    """What a suite reads from the shared folder (paths relative to it) and the arguments that name it."""

    paths: tuple[str, ...]
    arguments: Callable[[Path], list[str]]


def _topic_folders(shared: Path) -> list[str]:
    return [str(p) for p in sorted((shared / TIMELINE17).glob("*/InputDocs")) if p.is_dir()]


# suite name (script file without .py) -> what it needs; a suite not listed needs nothing of ../shared
NEEDS: dict[str, Needs] = {
    "bench_chrome": Needs((TIMELINE17,), lambda s: ["--data", str(s / TIMELINE17)]),
    "bench_dates_cli": Needs(("data/timeml",), lambda s: ["--shared", str(s)]),
    "bench_devsets": Needs(("tools/score_timeline.py",), lambda s: [str(s)]),
    "bench_duplicates": Needs((TIMELINE17,), lambda s: ["--topics", str(s / TIMELINE17)]),
    "bench_merge_semeval": Needs(("data/semeval2015-task4-trial",),
                                 lambda s: [str(s / "data/semeval2015-task4-trial")]),
    "bench_scale": Needs((TIMELINE17,), lambda s: ["--shared", str(s)]),
    "bench_tagger": Needs(("data/timeml", f"{TIMELINE17}/LibyaWar_reuters"), lambda s: ["--shared", str(s)]),
    "bench_timex": Needs(("data/timeml", "tools/score_timex.py"), lambda s: [str(s)]),
    "bench_tls": Needs((TIMELINE17, "tools/score_tls.py"), lambda s: [str(s)]),
    "bench_top_dates": Needs((TIMELINE17, "tools/score_dates.py"), lambda s: [str(s)]),
    "bench_writer": Needs((TIMELINE17,), lambda s: ["--shared", str(s)]),
    "check_rebuild": Needs((TIMELINE17,), _topic_folders),
}


def needs_shared(suite: str) -> bool:
    return suite in NEEDS


def missing(suite: str, shared: Path) -> list[str]:
    """The paths `suite` needs that the shared folder lacks (empty when it has them all or needs none)."""
    needs = NEEDS.get(suite)
    if needs is None:
        return []
    return [str(shared / rel) for rel in needs.paths if not (shared / rel).exists()]


def shared_arguments(suite: str, shared: Path) -> list[str]:
    """The arguments that tell `suite` where the shared folder is (none for a suite that needs none)."""
    needs = NEEDS.get(suite)
    return needs.arguments(shared) if needs else []
