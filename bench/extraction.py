"""Extraction of crafted text (issue 15), in this process with the register's names at hand as in a
build: each shape (bench/crafted.py, eighteen: every one that was ever quadratic or slow) at the largest size
an article may have (extract.reader.MAX_BYTES: what one ingest of a hostile article can cost) and at 1 MB, the
1 MB run against the first (linear time: about 4×).
`python -m bench.extraction` prints this table alone."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from bench.crafted import SHAPES, crafted
from bench.stats import RUNS, Figure, machine, table

LARGE = 1024 * 1024
GOAL_SECONDS = 2.0
SHAPE_RUNS = 5
"""Runs per size of the shapes after the first (the first takes RUNS, at least 5 too)."""


def _seconds(text: str, runs: int) -> list[float]:
    """Wall-clock seconds of *runs* extractions of *text*."""
    from lso_tui.build.register import national_gazetteer
    from lso_tui.extract import extract_text

    gazetteer = national_gazetteer()
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_text(text, "crafted", None, gazetteer)
        out.append(time.perf_counter() - start)
    return out


def _linear(base: list[float], factor: float, seconds: float = GOAL_SECONDS) -> Callable[[list[float]], bool]:
    """A check: the median is at most *seconds* and at most *factor* × the base's median."""

    def check(xs: list[float]) -> bool:
        """Whether the samples meet both."""
        median = statistics.median(xs)
        return median <= seconds and median <= factor * statistics.median(base)

    return check


def at_limit(shape: str) -> str:
    """The *shape* as large as an article may be (a sentence short of MAX_BYTES, its dateline included)."""
    from lso_tui.extract.reader import MAX_BYTES

    text = crafted(shape, MAX_BYTES - 200)
    assert len(text.encode()) <= MAX_BYTES, shape
    return text


def figures() -> list[Figure | str]:
    """One row per shape at the article limit (its own baseline, and what an ingest may cost) and one at
    1 MB against it."""
    from lso_tui.extract.reader import MAX_BYTES

    kib = MAX_BYTES // 1024
    rows: list[Figure | str] = []
    for k, shape in enumerate(SHAPES):
        runs = RUNS if k == 0 else SHAPE_RUNS
        small = _seconds(at_limit(shape), runs)
        large = _seconds(crafted(shape, LARGE), runs)
        rows.append(
            Figure(
                f"{shape}, {kib} KiB (the article limit): extract",
                small,
                small,
                unit="s",
                scale=1.0,
                goal=f"≤ {GOAL_SECONDS:.0f} s",
                check=lambda xs: statistics.median(xs) <= GOAL_SECONDS,
            )
        )
        rows.append(
            Figure(
                f"{shape}, 1 MB (linear: about 4× the {kib} KiB run)",
                large,
                small,
                unit="s",
                scale=1.0,
                goal=f"≤ {GOAL_SECONDS:.0f} s, ≤ 5×",
                check=_linear(small, 5.0),
            )
        )
    return rows


TITLE = "Extraction of crafted text (issue 15: 1 MB under 2 s, linear time; an article at the size limit under 2 s)"


def main() -> None:
    """Measure and print the table."""
    print("# lso-tui extraction of crafted text\n\n" + machine())
    print(table(TITLE, figures()))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
