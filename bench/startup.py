"""Figures 1 and 2: process start → first frame in a real pty at 80×24, against the bare app."""

from __future__ import annotations

import statistics
from pathlib import Path

from bench.apps import App, bare, export_units, lso, visidata
from bench.pty_run import PtyRun
from bench.stats import RUNS, Figure, median_below, ratio_below

COLS, ROWS = 80, 24


def first_frame(app: App) -> float:
    """Seconds from spawn until *app*'s marker first reaches the terminal; the child is reaped."""
    run = PtyRun(app.argv, COLS, ROWS)
    try:
        return run.wait_for(app.marker.encode())
    finally:
        run.quit(app.quit)


def measure(apps: list[App]) -> dict[str, list[float]]:
    """First-frame samples for each app, the runs interleaved so that drift hits all alike."""
    out: dict[str, list[float]] = {a.label: [] for a in apps}
    for a in apps:  # one warm-up each: page cache and .pyc files, not counted
        first_frame(a)
    for _ in range(RUNS):
        for a in apps:
            out[a.label].append(first_frame(a))
    return out


def figures(shipped: Path, country: Path | None, tmp: Path) -> list[Figure | str]:
    """Rows for goals 1 and 2 (the country rows only when a country store could be built)."""
    apps = [bare(), lso(shipped, "SHIPPED")]
    ready = [lso(shipped, "SHIPPED", ready=True)]
    vd_note = ""
    if country is not None:
        n, code = export_units(country, tmp / "units.csv")
        apps += [lso(country, "COUNTRY"), visidata(tmp / "units.csv", code)]
        ready.append(lso(country, "COUNTRY", ready=True))
        vd_note = f" ({n} rows; first row's code {code} on screen)"
    s = measure(apps + ready)
    base = s[apps[0].label]
    rows: list[Figure | str] = [
        Figure(f"1. baseline: {apps[0].label}", base, base, goal="—"),
        Figure(
            f"1. {apps[1].label} (shipped store)",
            s[apps[1].label],
            base,
            goal="≤ 1.15× bare",
            check=ratio_below(base, 1.15),
        ),
    ]
    rows += [Figure(f"1–2. {a.label}", s[a.label], base, goal="— (reported)") for a in ready]
    if country is None:
        rows.append(
            "2. `lso-tui --db COUNTRY` and `vd units.csv`: `lso-tui build --scope` does not exist yet"
        )
        return rows
    vd = s[apps[3].label]
    rows += [
        Figure(
            f"2. {apps[2].label} (country store)",
            s[apps[2].label],
            base,
            goal="≤ 1.25× bare",
            check=ratio_below(base, 1.25),
        ),
        Figure(
            f"2. {apps[2].label} vs VisiData (ratio to VisiData)",
            s[apps[2].label],
            vd,
            goal="≤ 1.00× VisiData",
            check=median_below(statistics.median(vd)),
        ),
        Figure(f"2. {apps[3].label}{vd_note}", vd, base, goal="— (reference)"),
    ]
    return rows
