"""The foundation rows: extract, open (plain summary) and build, as ratios to a bare Python start."""

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


def timed(fn: Callable[[], object]) -> list[float]:
    """Wall-clock seconds of RUNS calls."""
    out = []
    for _ in range(RUNS):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def proc(*args: str) -> Callable[[], object]:
    """A callable running a Python subprocess to completion (no terminal: output is captured)."""
    return lambda: subprocess.run([sys.executable, *args], check=True, capture_output=True, cwd=ROOT)


def crafted(size: int) -> list[float]:
    """Seconds to extract *size* bytes of crafted text (repeated list items, titles, sentence ends
    and bare region names: the shapes that once made extraction quadratic), in this process, with
    the register's names at hand as in a build."""
    from lso_tui.build.register import national_gazetteer
    from lso_tui.extract import extract_text

    unit = (
        "xã Tân An, Bí thư Đảng ủy, Chủ tịch UBND xã Hòa Bình Nguyễn Văn A. TP. Vị Thanh 5/10 xã; "
        "Hà Nội có 5/10 xã thực hiện, Nghệ An 4/12. "
    )
    text = "Thứ hai, 12/10/2020 - 08:00\n\nBài\n\n" + unit * (size // len(unit.encode()))
    gazetteer = national_gazetteer()
    return timed(lambda: extract_text(text, "crafted", None, gazetteer))


def figures(tmp: Path) -> list[Figure | str]:
    """The foundation rows (the store built here is a throwaway)."""
    db = tmp / "foundation.json"
    proc(*CLI, "build", "--db", str(db))()
    bare = timed(proc("-c", "import json"))

    def fresh_build() -> None:
        """Build into a file that does not exist yet."""
        proc(*CLI, "build", "--db", str(tmp / f"f-{time.time_ns()}.json"))()

    small, large = crafted(128 * 1024), crafted(512 * 1024)
    return [
        Figure("crafted text, 128 KB of list items, titles, sentence ends and bare regions: extract", small, small),
        Figure("the same, 512 KB (linear time: about 4× the 128 KB run)", large, small),
        Figure("baseline: bare `python -c 'import json'`", bare, bare),
        Figure(
            "`lso-tui extract ARTICLE --json`", timed(proc(*CLI, "extract", str(ARTICLE), "--json")), bare
        ),
        Figure(
            "`lso-tui --db STORE` (no tty: open + plain summary)", timed(proc(*CLI, "--db", str(db))), bare
        ),
        Figure("`lso-tui build` (shipped article) into a new file", timed(fresh_build), bare),
    ]
