"""Figure 5: building the country store, and one edit saved to it, against plain-Python baselines.

The goal is on the edit a user waits for from a shell: every `lso-tui edit` is a new process, which
reads, parses and checks the whole store (the process of an earlier edit is gone). It is timed
inside a new process, from the call to its return, against writing as many bytes; the same edit
from the shell, start to exit, is reported beside it with a bare interpreter's start-up as its
baseline (that start-up is any Python program's, not the edit's). The dashboard keeps its process:
its edits after the first reuse the store it wrote, reported too.

`python -m bench.writes` measures the edits alone (figure 5 without the builds): the shipped and
country stores are built once, then timed as `make bench` times them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.apps import BIN, ROOT, build, isolate
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


COLD = """\
import sys, time
from pathlib import Path
from lso_tui.edits.change import Change
from lso_tui.edits.check import check
from lso_tui.store.db import apply_changes
change = Change("unit", sys.argv[2], "consolidated", sys.argv[3] == "yes")
t = time.perf_counter()
apply_changes(Path(sys.argv[1]), [change], check)
print(time.perf_counter() - t)
"""
"""One edit in a new process, timed from the call to its return: what `lso-tui edit unit` does
after its start-up (the modules it imports before the store is touched are imported first)."""


def _copy(store: Path, name: str) -> tuple[Path, str]:
    """A private copy of *store* to edit, and the code of its first unit."""
    from lso_tui.store.db import Store

    copy = store.with_name(f"{name}-{store.name}")
    shutil.copyfile(store, copy)
    os.chmod(copy, 0o600)
    return copy, str(Store.open(copy).rows("units")[0]["code"])


def cold_edits(store: Path) -> list[float]:
    """Seconds per edit saved by a new process each time (nothing read, parsed or imported by an
    earlier edit is there: every `lso-tui edit` from a shell is such a process)."""
    copy, code = _copy(store, "cold")
    out = []
    for i in range(EDITS):
        run = subprocess.run(
            [sys.executable, "-c", COLD, str(copy), code, "yes" if i % 2 == 0 else "no"],
            check=True, capture_output=True, text=True, cwd=ROOT,
        )
        out.append(float(run.stdout))
    return out


def cli_edits(store: Path) -> list[float]:
    """Wall seconds of `lso-tui edit unit CODE --consolidated yes|no` from start to exit."""
    copy, code = _copy(store, "cli")
    out = []
    for i in range(EDITS):
        argv = [str(BIN / "lso-tui"), "edit", "unit", code, "--consolidated", "yes" if i % 2 == 0 else "no"]
        t = time.perf_counter()
        subprocess.run([*argv, "--db", str(copy)], check=True, capture_output=True, cwd=ROOT)
        out.append(time.perf_counter() - t)
    return out


def warm_edits(store: Path) -> list[float]:
    """Seconds per edit saved in this process after a first one (the dashboard's case: the process
    keeps the store it wrote and takes it again while the file holds those bytes)."""
    from lso_tui.edits.change import Change
    from lso_tui.edits.check import check
    from lso_tui.store.db import apply_changes

    copy, code = _copy(store, "warm")
    apply_changes(copy, [Change("unit", code, "consolidated", False)], check)
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
    """The edit figures on *store*: a new process's edit (the goal), the same from the shell with
    the bare interpreter's start-up beside it, and an edit after another in one process."""
    cold = cold_edits(store)
    plain = plain_writes(store.stat().st_size, tmp)
    bare = timed(proc("-c", "pass"), EDITS)
    return [
        Figure(f"5. baseline: {name}'s bytes, temp file + fsync + rename", plain, plain),
        Figure(
            f"5. one edit saved to {name}, new process ({EDITS} processes)",
            cold,
            plain,
            goal="p95 ≤ 150 ms",
            check=p95_below(0.150),
        ),
        Figure("5. baseline: bare `python -c pass`", bare, bare),
        Figure(f"5. `lso-tui edit unit` on {name}, start to exit", cli_edits(store), bare),
        Figure(f"5. one edit saved to {name}, after another in the process (dashboard)", warm_edits(store), plain),
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
