"""`make bench`: foundation timings as ratios to same-run baselines (median and spread of N runs)."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "data" / "articles" / "000_0fed323c1a494ad1.txt"
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def timed(fn: Callable[[], object], runs: int = RUNS) -> list[float]:
    """Wall-clock seconds of *runs* calls."""
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def proc(*args: str) -> Callable[[], object]:
    """A callable running a Python subprocess to completion."""
    return lambda: subprocess.run([sys.executable, *args], check=True, capture_output=True, cwd=ROOT)


def row(name: str, sample: list[float], base: list[float]) -> str:
    """One table row: median, spread (min–max) and the ratio of medians to the baseline."""
    med, bmed = statistics.median(sample), statistics.median(base)
    spread = f"{min(sample) * 1000:.1f}–{max(sample) * 1000:.1f}"
    return f"| {name} | {med * 1000:.1f} ms | {spread} | {med / bmed:.2f}× |"


def main() -> None:
    """Run and print the table."""
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "store.json"
    cli = ("-m", "lso_tui")
    proc(*cli, "build", "--db", str(db))()
    bare = timed(proc("-c", "import json"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"runs: {RUNS} each\n| what | median | spread | ratio to baseline |\n|---|---|---|---|")
    print(row("baseline: bare `python -c 'import json'`", bare, bare))
    print(row("`lso-tui extract ARTICLE --json`", timed(proc(*cli, "extract", str(ARTICLE), "--json")), bare))
    print(row("`lso-tui --db STORE` (open + summary)", timed(proc(*cli, "--db", str(db))), bare))

    def fresh_build() -> None:
        proc(*cli, "build", "--db", str(tmp / f"{time.time_ns()}.json"))()

    print(row("`lso-tui build` into a new file", timed(fresh_build), bare))


if __name__ == "__main__":
    main()
