"""Figure 5: building the country store, and one edit saved to it, against plain-Python baselines.

`python -m bench.writes` measures the edits alone (figure 5 without the builds): the shipped and
country stores are built once, then timed as `make bench` times them."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.apps import build, isolate
from bench.foundation import proc, timed
from bench.stats import RUNS, Figure, machine, median_below, p95_below, table

EDITS = max(20, 3 * RUNS)


def timed_builds(tmp: Path) -> tuple[list[float], Path]:
    """RUNS wall times of `lso-tui build --scope country` into a new file; the last store built."""
    out, store = [], tmp / "country-0.json"
    for i in range(RUNS):
        store = tmp / f"country-{i}.json"
        t = time.perf_counter()
        build(store, "--scope", "country")
        out.append(time.perf_counter() - t)
    return out, store


def timed_edits(store: Path) -> list[float]:
    """Seconds per edit saved in-process (what `lso-tui edit unit` runs), on a copy of *store*."""
    from lso_tui.edits.change import Change
    from lso_tui.edits.check import check
    from lso_tui.store.db import Store, apply_changes

    copy = store.with_name("edits-" + store.name)
    shutil.copyfile(store, copy)
    os.chmod(copy, 0o600)
    code = Store.open(copy).rows("units")[0]["code"]
    out = []
    for i in range(EDITS):
        change = Change("unit", code, "consolidated", i % 2 == 0)
        t = time.perf_counter()
        apply_changes(copy, [change], check)
        out.append(time.perf_counter() - t)
    return out


def plain_writes(nbytes: int, directory: Path) -> list[float]:
    """Seconds per write of *nbytes* with a temp file, fsync, rename and directory fsync."""
    payload, target, out = os.urandom(nbytes), directory / "plain.json", []
    for _ in range(EDITS):
        t = time.perf_counter()
        fd, tmp = tempfile.mkstemp(dir=directory)
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        dfd = os.open(directory, os.O_RDONLY)
        os.fsync(dfd)
        os.close(dfd)
        out.append(time.perf_counter() - t)
    return out


def edit_rows(store: Path, name: str, tmp: Path) -> list[Figure | str]:
    """The edit figure on *store*, with its same-bytes plain-write baseline."""
    edits = timed_edits(store)
    plain = plain_writes(store.with_name("edits-" + store.name).stat().st_size, tmp)
    return [
        Figure(f"5. baseline: {name}'s bytes, temp file + fsync + rename", plain, plain),
        Figure(
            f"5. one edit saved to {name} ({EDITS} edits)",
            edits,
            plain,
            goal="p95 ≤ 150 ms",
            check=p95_below(0.150),
        ),
    ]


def figures(tmp: Path, shipped: Path, country_ok: bool) -> tuple[list[Figure | str], Path | None]:
    """Rows for goal 5, and the country store the other figures use (None when it cannot be built)."""
    rows = edit_rows(shipped, "SHIPPED", tmp)
    if not country_ok:
        rows.append("5. `lso-tui build --scope country` and an edit to COUNTRY: `--scope` does not exist yet")
        return rows, None
    builds, store = timed_builds(tmp)
    base = timed(proc("-c", "import json"))
    rows += [
        Figure("5. baseline: `python -c 'import json'`", base, base, "s", scale=1),
        Figure(
            "5. `lso-tui build --scope country` (new file)",
            builds,
            base,
            "s",
            "≤ 20 s",
            median_below(20.0),
            scale=1,
        ),
        *edit_rows(store, "COUNTRY", tmp),
    ]
    return rows, store


def main() -> None:
    """Build the shipped and country stores, then print the edit rows of goal 5 for both."""
    tmp = Path(tempfile.mkdtemp(prefix="lso-bench-edits-"))
    isolate(tmp)
    try:
        import lso_tui

        print(machine() + f"lso_tui from {Path(lso_tui.__file__).parent}\n")
        shipped, country = tmp / "shipped.json", tmp / "country.json"
        build(shipped)
        build(country, "--scope", "country")
        print("[bench] goal 5: edits", file=sys.stderr, flush=True)
        rows = edit_rows(shipped, "SHIPPED", tmp) + edit_rows(country, "COUNTRY", tmp)
        print(table("Goal 5: one edit saved", rows))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
