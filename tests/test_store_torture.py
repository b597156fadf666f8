"""Real processes against one store: kills at random moments and concurrent writers lose nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lso_tui.store.db import edits
from lso_tui.store.file import load
from tests.conftest import ROOT

UNITS = ["05971", "05974", "05977", "05980", "05983", "05986", "05989", "05992"]


def batch_lines(n: int, seed: int) -> str:
    """*n* mixed edit lines (consolidated yes/no, dates) for `edit batch -`."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        unit = rng.choice(UNITS)
        if i % 3 == 2:
            out.append(f"unit {unit} --since 2020-{rng.randint(1, 12):02d}")
        else:
            out.append(f"unit {unit} --consolidated {rng.choice(['yes', 'no', 'unknown'])}")
    return "\n".join(out) + "\n"


def start_batch(db: Path, lines: str) -> subprocess.Popen[str]:
    """An `lso-tui edit batch FILE` process running *lines* (the file sits beside the store)."""
    script = db.with_name(f"batch-{time.monotonic_ns()}.txt")
    script.write_text(lines, encoding="utf-8")
    argv = [sys.executable, "-m", "lso_tui", "--db", str(db), "edit", "batch", str(script)]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def acked(stdout: str) -> set[int]:
    """Edit ids the process acknowledged ("ok ID …" lines that were printed whole)."""
    return {
        int(line.split()[1])
        for line in stdout.splitlines()
        if line.startswith("ok ") and line.count(" ") >= 4
    }


@pytest.mark.parametrize(
    ("sig", "trials"),
    [(signal.SIGKILL, 200), (signal.SIGHUP, 25), (signal.SIGTERM, 25)],
    ids=["SIGKILL", "SIGHUP", "SIGTERM"],
)
def test_killed_writers_never_corrupt_or_lose_acknowledged_edits(db: Path, sig: int, trials: int) -> None:
    """Kill a writer at a random moment, again and again: the store always parses, and every edit a
    writer acknowledged is in it."""
    rng = random.Random(sig)
    all_acked: set[int] = set()
    for trial in range(trials):
        p = start_batch(db, batch_lines(60, trial))
        time.sleep(rng.uniform(0.0, 0.6))
        p.send_signal(sig)
        out, _ = p.communicate(timeout=30)
        all_acked |= acked(out)
        assert load(db) is not None  # parses, schema ok
    logged = {int(e["id"]) for e in edits(db)}
    assert all_acked <= logged, sorted(all_acked - logged)[:10]
    assert len(all_acked) > trials // 4, "the kills should land while edits are being written"
    # The next writer removes what killed ones left behind.
    p = start_batch(db, "unit 05986 --consolidated yes\n")
    assert p.wait(timeout=30) == 0
    assert not list(db.parent.glob(".store.json.*.tmp"))


def test_four_concurrent_writers_lose_nothing(db: Path) -> None:
    """4 processes × 250 mixed edits at once: every acknowledged edit present, ids unique, no error."""
    procs = [start_batch(db, batch_lines(250, 100 + i)) for i in range(4)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert len(acked(out)) == len(out.splitlines())
    ids = [i for out, _ in outs for i in acked(out)]
    assert len(ids) == len(set(ids)) and len(ids) >= 1000  # a --since line is one edit, the others one too
    logged = [int(e["id"]) for e in edits(db)]
    assert len(logged) == len(set(logged)) and set(ids) <= set(logged)
    assert load(db)["_meta"]["1"]["generation"] >= 1000  # type: ignore[index]
    assert os.path.getsize(db) > 0
