"""Figures 3, 4 and 6: key → frame latency, peak RSS and bytes per key press, in a real pty."""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from pathlib import Path

from bench.apps import App, bare, lso
from bench.pty_run import PtyRun
from bench.screen import Screen
from bench.stats import RUNS, Figure, median_below, p95

PGDN, PGUP, DOWN, UP, ESC = b"\x1b[6~", b"\x1b[5~", b"\x1b[B", b"\x1b[A", b"\x1b"
FILTER_TEXT = "quang"  # five keystrokes; matches Quảng/Quang (diacritics ignored)
MIB = 1024 * 1024
# After the units are listed, rows not yet on screen are built in the background (≈ 0.4 s for a
# country); keys are measured after that, as a user reading the first screen would press them.
SETTLE = 1.0

Samples = dict[str, list[float]]


def latency_session(app: App, out: Samples) -> None:
    """80×24: page-down, G and filter keystrokes (seconds), then the peak RSS so far (bytes); quit."""
    run = PtyRun(app.argv, 80, 24)
    try:
        run.wait_for(app.marker.encode())
        time.sleep(SETTLE)
        scr = Screen(run, 80, 24)
        for _ in range(3):
            _keep(out, "pagedown", scr.press(PGDN).latency)
            scr.press(PGUP)
        for _ in range(2):
            _keep(out, "G", scr.press(b"G").latency)
            scr.press(b"g")
        scr.press(b"/")
        for ch in FILTER_TEXT:
            _keep(out, "filter", scr.press(ch.encode(), quiet=0.3).latency)
        scr.press(ESC)
        # VmHWM, not ru_maxrss: the child is forked from this (large) process before it execs, and
        # ru_maxrss would count that copy; exec starts a new address space, so VmHWM does not.
        out["rss"].append(run.hwm_kb() * 1024)
    finally:
        run.quit(app.quit)


def bytes_session(app: App, out: Samples) -> None:
    """120×40: bytes written for j and ↓ (four presses down; k and ↑ come back, not counted)."""
    run = PtyRun(app.argv, 120, 40)
    try:
        run.wait_for(app.marker.encode())
        time.sleep(SETTLE)
        scr = Screen(run, 120, 40)
        for key in (b"j", DOWN, b"j", DOWN):
            out["bytes"].append(scr.press(key).nbytes)
        for key in (b"k", UP, b"k", UP):
            scr.press(key)
        for key in (PGDN, PGDN):  # a scroll repaints every row of the list: reported apart
            out["bytes_pgdn"].append(scr.press(key).nbytes)
    finally:
        run.quit(app.quit)


def _keep(out: Samples, kind: str, latency: float | None) -> None:
    """Record a latency; a key that changed nothing on screen is counted apart."""
    if latency is None:
        out[f"{kind} (no change)"].append(0.0)
    else:
        out[kind].append(latency)


def measure(apps: list[App]) -> dict[str, Samples]:
    """Both sessions for each app, RUNS times, interleaved."""
    res: dict[str, Samples] = {a.label: defaultdict(list) for a in apps}
    for _ in range(RUNS):
        for a in apps:
            latency_session(a, res[a.label])
            bytes_session(a, res[a.label])
    return res


def figures(stores: dict[str, Path], notes: list[str]) -> list[Figure]:
    """Rows for goals 3, 4 and 6 on each store in *stores* (name → path); bare app as baseline."""
    # Keys are measured once the units are listed (ready=True), not on the first frame, which may
    # still say the store is opening.
    apps = [bare()] + [lso(path, name, ready=True) for name, path in stores.items()]
    res = measure(apps)
    b = res[apps[0].label]
    rows = [
        Figure("3. baseline: bare app, one key → frame", b["filter"] + b["pagedown"] + b["G"], b["filter"]),
        Figure("4. baseline: bare app peak RSS", b["rss"], b["rss"], "MiB", scale=1 / MIB),
        Figure("6. baseline: bare app bytes per key", b["bytes"], b["bytes"], "B", scale=1),
    ]
    base_rss = statistics.median(b["rss"])
    for app, (name, _path) in zip(apps[1:], stores.items(), strict=True):
        r = res[app.label]
        for kind in ("filter", "pagedown", "G"):
            if r.get(f"{kind} (no change)"):
                notes.append(
                    f"{name}: {len(r[f'{kind} (no change)'])} `{kind}` press(es) changed nothing on screen"
                )
        rows += [
            Figure(
                f"3. {name}: filter keystroke → screen updated",
                r["filter"],
                b["filter"],
                goal="median ≤ 30 ms, p95 ≤ 60 ms",
                check=lambda xs: statistics.median(xs) <= 0.030 and p95(xs) <= 0.060,
            ),
            Figure(
                f"3. {name}: page-down (PgDn)",
                r["pagedown"],
                b["pagedown"],
                goal="median ≤ 16 ms",
                check=median_below(0.016),
            ),
            Figure(
                f"3. {name}: jump to the end (G)",
                r["G"],
                b["G"],
                goal="median ≤ 50 ms",
                check=median_below(0.050),
            ),
            Figure(
                f"4. {name}: peak RSS after the keys",
                r["rss"],
                b["rss"],
                "MiB",
                goal="≤ bare + 80 MiB",
                check=median_below(base_rss + 80 * MIB),
                scale=1 / MIB,
            ),
            Figure(
                f"6. {name}: bytes per j/↓ at 120×40",
                r["bytes"],
                b["bytes"],
                "B",
                goal="median ≤ 4 KiB",
                check=median_below(4096),
                scale=1,
            ),
            Figure(
                f"6. {name}: bytes per PgDn at 120×40 (scrolls the list)",
                r["bytes_pgdn"],
                b["bytes"],
                "B",
                goal="— (reported)",
                scale=1,
            ),
        ]
    return rows
