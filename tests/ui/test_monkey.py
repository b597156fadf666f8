"""A monkey test (issue 16): the dashboard driven by Pilot through 5,000 random steps — keys from every
binding, printable text and random resizes between 20×5 and 300×100 — across every screen (main
panes, detail, source, help, palette, forms, ingest, export, charts, log, doctor, too-small). No step
may raise, and the app still answers q at the end of each run.

The steps run in chunks, each its own process with its own seed (LSO_TUI_MONKEY_SEED + chunk) on its
own copy of the store, side by side: a step mostly waits for the app to be idle, so the chunks
share two CPUs well (≈ 1½ minutes for 5,000 steps on two busy CPUs). A failure prints its seed, step and the command
that replays it (tests/ui/monkey_run.py). LSO_TUI_MONKEY_STEPS and LSO_TUI_MONKEY_CHUNKS override
the defaults."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.ui.conftest import copy_store
from tests.ui.monkey_run import SEED

STEPS = int(os.environ.get("LSO_TUI_MONKEY_STEPS", "5000"))
CHUNKS = int(os.environ.get("LSO_TUI_MONKEY_CHUNKS", "4"))
# Every screen the issue names must be reached by the steps, or the monkey tests less than it says.
EVERY_SCREEN = {
    *("MainScreen:unit", "MainScreen:official", "MainScreen:target", "MainScreen:event"),
    *("MainScreen:region", "MainScreen:document", "DetailScreen", "SourceScreen", "HelpScreen"),
    *("LsoPalette", "EditScreen", "IngestScreen", "ExportScreen", "ChartScreen", "LogScreen"),
    *("DoctorScreen", "TooSmallScreen"),
}  # fmt: skip


def test_random_keys_text_and_resizes_never_raise(tmp_path: Path, ui_store: Path) -> None:
    """CHUNKS runs of STEPS/CHUNKS steps each, in parallel, each in a scratch folder (exports land there)."""
    runs = []
    for i in range(CHUNKS):
        folder = tmp_path / f"run{i}"
        folder.mkdir()
        db = copy_store(folder, ui_store)
        steps = STEPS // CHUNKS + (1 if i < STEPS % CHUNKS else 0)
        command = [sys.executable, "-m", "tests.ui.monkey_run", "--seed", str(SEED + i), "--steps", str(steps)]
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUTF8": "1"}
        runs.append(
            subprocess.Popen(
                [*command, "--db", str(db)], cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True,
            )
        )  # fmt: skip
    outputs = [run.communicate(timeout=900) for run in runs]
    failures = [
        f"run {i} (LSO_TUI_MONKEY_SEED={SEED + i}) exited {run.returncode}:\n{err[-4000:]}"
        for i, (run, (_, err)) in enumerate(zip(runs, outputs, strict=True))
        if run.returncode != 0
    ]
    assert not failures, "\n\n".join(failures)
    seen = set().union(*(json.loads(out.splitlines()[-1]) for out, _ in outputs))
    assert seen >= EVERY_SCREEN, f"never reached: {sorted(EVERY_SCREEN - seen)}"
