"""The foundation rows: extract, open (plain summary) and build, as ratios to a bare Python start (the
extraction of crafted text has its own table: bench/extraction.py)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.apps import ROOT
from bench.stats import RUNS, Figure

ARTICLE = ROOT / "data" / "articles" / "000_0fed323c1a494ad1.txt"
CLI = ("-m", "lso_tui")


def timed(fn: Callable[[], object], runs: int = RUNS) -> list[float]:
    """Wall-clock seconds of *runs* calls (RUNS by default)."""
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def proc(*args: str) -> Callable[[], object]:
    """A callable running a Python subprocess to completion (no terminal: output is captured)."""
    return lambda: subprocess.run([sys.executable, *args], check=True, capture_output=True, cwd=ROOT)


def figures(tmp: Path) -> list[Figure | str]:
    """The foundation rows (the store built here is a throwaway)."""
    db = tmp / "foundation.json"
    proc(*CLI, "build", "--db", str(db))()
    bare = timed(proc("-c", "import json"))

    def fresh_build() -> None:
        """Build into a file that does not exist yet."""
        proc(*CLI, "build", "--db", str(tmp / f"f-{time.time_ns()}.json"))()

    return [
        Figure("baseline: bare `python -c 'import json'`", bare, bare),
        Figure(
            "`lso-tui extract ARTICLE --json`", timed(proc(*CLI, "extract", str(ARTICLE), "--json")), bare
        ),
        Figure(
            "`lso-tui --db STORE` (no tty: open + plain summary)", timed(proc(*CLI, "--db", str(db))), bare
        ),
        Figure("`lso-tui build` (shipped article) into a new file", timed(fresh_build), bare),
    ]
