"""`python -m bench.compare_edits BEFORE_DIR`: one edit saved to the country store (figure 5's
apply_changes, as `lso-tui edit unit` runs it) with this tree and another one (a directory holding an
older `lso_tui/`, e.g. `git archive COMMIT lso_tui | tar -x -C DIR`), in one run: each round starts
one process per tree, alternately, and each process saves EDITS_PER_ROUND edits to its own copy;
then, as goal 5 times it (bench.writes.COLD), NEW_PROCESS_EDITS edits per tree and round, each by a
new process, alternately."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.apps import build, isolate
from bench.stats import RUNS, p95

EDITS_PER_ROUND = 3
NEW_PROCESS_EDITS = 3
CHILD = """
import json, sys, time
from pathlib import Path
from lso_tui.edits.change import Change
from lso_tui.edits.check import check
from lso_tui.store.db import Store, apply_changes
path, n = Path(sys.argv[1]), int(sys.argv[2])
code = Store.open(path).rows("units")[0]["code"]
out = []
for i in range(n):
    t = time.perf_counter()
    apply_changes(path, [Change("unit", code, "consolidated", i % 2 == 0)], check)
    out.append(time.perf_counter() - t)
import lso_tui
print(json.dumps({"times": out, "from": lso_tui.__file__}))
"""


def edits(store: Path, src: Path | None) -> list[float]:
    """Seconds per edit of one process run from *src* (None: this tree) on *store*."""
    env = {**os.environ, "PYTHONPATH": str(src) if src is not None else ""}
    # Run from the store's directory: `-c` puts the working directory first on sys.path, and a
    # checkout's own lso_tui/ there would shadow the tree asked for.
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(store), str(EDITS_PER_ROUND)],
        env=env, capture_output=True, text=True, check=True, cwd=store.parent,
    )
    got = json.loads(out.stdout)
    if src is not None and not got["from"].startswith(str(src)):
        raise SystemExit(f"{got['from']} was imported, not the tree in {src}")
    times: list[float] = got["times"]
    return times


def new_process_edit(store: Path, src: Path | None, code: str, value: str) -> float:
    """Seconds of one edit saved by a new process run from *src* (None: this tree), timed inside it."""
    from bench.writes import COLD

    env = {**os.environ, "PYTHONPATH": str(src) if src is not None else ""}
    out = subprocess.run(
        [sys.executable, "-c", COLD, str(store), code, value],
        env=env, capture_output=True, text=True, check=True, cwd=store.parent,
    )
    return float(out.stdout)


def _table(title: str, times: dict[str, list[float]]) -> None:
    """Median, p95 and spread per tree."""
    print(f"| tree | {title}, median | p95 | spread |")
    print("|---|---|---|---|")
    for name, xs in times.items():
        xs = sorted(xs)
        print(f"| {name} | {xs[len(xs) // 2] * 1000:.0f} ms | {p95(xs) * 1000:.0f} ms | "
              f"{xs[0] * 1000:.0f}–{xs[-1] * 1000:.0f} |")
    print()


def main() -> None:
    """Build the country store with this tree, then time the edits of both trees alternately."""
    before = Path(sys.argv[1]).resolve()
    rounds = max(7, RUNS)
    tmp = Path(tempfile.mkdtemp(prefix="lso-compare-edits-"))
    isolate(tmp)
    try:
        country = tmp / "country.json"
        build(country, "--scope", "country")
        trees: dict[str, Path | None] = {"before": before, "after": None}
        copies = {name: tmp / f"{name}.json" for name in trees}
        for copy in copies.values():
            shutil.copyfile(country, copy)
            os.chmod(copy, 0o600)
        times: dict[str, list[float]] = {name: [] for name in trees}
        cold: dict[str, list[float]] = {name: [] for name in trees}
        from lso_tui.store.db import Store

        code = str(Store.open(country).rows("units")[0]["code"])
        for _ in range(rounds):
            for name, src in trees.items():
                times[name] += edits(copies[name], src)
        for i in range(rounds * NEW_PROCESS_EDITS):
            for name, src in trees.items():
                cold[name].append(new_process_edit(copies[name], src, code, "yes" if i % 2 else "no"))
        load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"load average at end {load}; {rounds} rounds × {EDITS_PER_ROUND} edits per tree, alternating,")
        print(f"then {rounds * NEW_PROCESS_EDITS} edits per tree each by a new process, alternating\n")
        _table("one edit saved to COUNTRY, 3 per process", times)
        _table("one edit saved to COUNTRY by a new process (goal 5)", cold)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
