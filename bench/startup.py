"""The headline, units on screen, and figures 1 and 2 (first frame): process start in a real pty at
80×24, against the bare Textual app and VisiData; and the live refresh after another process's edit."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.apps import App, bare, build, export_units, isolate, lso, visidata
from bench.pty_run import PtyRun
from bench.screen import Screen
from bench.stats import RUNS, Figure, median_below, p95_below, ratio_below, table

COLS, ROWS = 80, 24
HEADLINE_RUNS = max(15, RUNS)  # goals are on medians of ≥ 7 alternating runs; 15 make a median wander ≈ 1.5× less
REFRESH_SETTLE = 1.0  # s of quiet before each edit: the app is idle, as a reader's
OPENED_SETTLE = 3.0
"""s of quiet before the first edit: the list redraws once every row is built (its columns measured on
all of them), ≈ 1–2 s after the country's units are on screen, after more than REFRESH_SETTLE of
quiet; a first edit timed before then took that redraw for the edit's (times of 1 ms, even < 0)."""


def first_frame(app: App) -> float:
    """Seconds from spawn until *app*'s marker first reaches the terminal; the child is reaped."""
    return marker_times(app)[0]


def marker_times(app: App) -> list[float]:
    """Seconds from spawn until *app*'s marker, and then its first frame's text if it has one, first
    reach the terminal, in one launch; the child is reaped."""
    run = PtyRun(app.argv, COLS, ROWS)
    try:
        times = [run.wait_for(app.marker.encode())]
        if app.first_frame is not None:  # output is kept from the start: an earlier frame is found too
            times.append(run.wait_for(app.first_frame.encode()))
        return times
    finally:
        run.quit(app.quit)


def first_frame_label(app: App) -> str:
    """The label under which measure() keeps the times of *app*'s first frame."""
    return f"{app.label}: first frame"


def measure(apps: list[App], runs: int = HEADLINE_RUNS) -> dict[str, list[float]]:
    """Marker samples for each app (and its first frame's, under first_frame_label), the runs
    interleaved so that drift hits all alike."""
    out: dict[str, list[float]] = {a.label: [] for a in apps}
    out.update({first_frame_label(a): [] for a in apps if a.first_frame is not None})
    for a in apps:  # one warm-up each: page cache and .pyc files, not counted
        first_frame(a)
    for _ in range(runs):
        for a in apps:
            times = marker_times(a)
            out[a.label].append(times[0])
            if a.first_frame is not None:
                out[first_frame_label(a)].append(times[1])
    return out


def refresh_times(store: Path, runs: int = HEADLINE_RUNS) -> list[float]:
    """Seconds from another process's edit (published) to the frame that shows it, *runs* times.

    The dashboard runs on a copy of *store*; this process saves `consolidated` of the first unit
    (alternately yes and no, so that every save changes the row on screen) with apply_changes, as
    `lso-tui edit unit` does, and the time runs from the new file's modification time to the end of
    the first synchronized frame after which the screen differs from before the save.
    """
    from lso_tui.edits.change import Change
    from lso_tui.edits.check import check
    from lso_tui.store.db import Store, apply_changes

    copy = store.with_name("refresh-" + store.name)
    shutil.copyfile(store, copy)
    os.chmod(copy, 0o600)
    code = Store.open(copy).rows("units")[0]["code"]
    app = lso(copy, "COUNTRY", ready=True)
    out: list[float] = []
    run = PtyRun(app.argv, COLS, ROWS)
    try:
        run.wait_for(app.marker.encode())
        run.settle(OPENED_SETTLE)
        scr = Screen(run, COLS, ROWS)
        for i in range(runs):
            run.settle(REFRESH_SETTLE)
            scr.feed_to(len(run.buf))
            before, offset = scr.snapshot(), len(run.buf)
            apply_changes(copy, [Change("unit", code, "consolidated", i % 2 == 0)], check)
            # From the new file's modification time (written just before its rename), not from the
            # return of apply_changes, which rotates backups after the rename: the dashboard may see
            # the new file before then.
            saved = time.perf_counter() - (time.time() - copy.stat().st_mtime)
            deadline = saved + 5.0
            shown = None
            while shown is None and time.perf_counter() < deadline:
                time.sleep(0.01)
                for t, end in scr.frame_ends(offset):
                    scr.feed_to(end)
                    if scr.snapshot() != before:
                        shown = t
                        break
            if shown is not None:
                out.append(shown - saved)
    finally:
        run.quit(app.quit)
    return out


def figures(shipped: Path, country: Path | None, tmp: Path) -> tuple[list[Figure | str], list[Figure | str]]:
    """(headline rows: units on screen, live refresh; rows for goals 1 and 2: the first frame)."""
    # Each store's first frame is timed in the launch that times its units (the same frame, when the
    # store has a fresh view: two launches gave the one frame two medians, a goal's either side).
    base_app, city, city_title = bare(), lso(shipped, "SHIPPED", ready=True), lso(shipped, "SHIPPED")
    apps = [base_app, city]
    if country is not None:
        n, code = export_units(country, tmp / "units.csv")
        nation, nation_title = lso(country, "COUNTRY", ready=True), lso(country, "COUNTRY")
        vd = visidata(tmp / "units.csv", code)
        apps += [nation, vd]
    s = measure(apps)
    base = s[base_app.label]
    head: list[Figure | str] = [
        Figure(f"baseline: {base_app.label}, its Label on screen", base, base, goal="—"),
        Figure(
            f"{city_title.label} (city store, 8 units): units on screen",
            s[city.label],
            base,
            goal="≤ 1.25× bare",
            check=ratio_below(base, 1.25),
        ),
    ]
    first: list[Figure | str] = [
        Figure(
            f"1. {city_title.label} (shipped store), first frame",
            s[first_frame_label(city)],
            base,
            goal="≤ 1.15× bare",
            check=ratio_below(base, 1.15),
        )
    ]
    if country is None:
        head.append("COUNTRY: `lso-tui build --scope` does not exist yet")
        return head, first
    vds = s[vd.label]
    head += [
        Figure(
            f"{nation_title.label} (country store, {n} units): units on screen, ratio to VisiData",
            s[nation.label],
            vds,
            goal="≤ 1.00× VisiData",
            check=median_below(statistics.median(vds)),
        ),
        Figure(f"{nation_title.label}: units on screen, ratio to bare", s[nation.label], base, goal="— (reported)"),
        Figure(f"{vd.label}: first row's code ({code}) on screen", vds, base, goal="— (reference)"),
        Figure(
            "COUNTRY: another process's edit → on screen (live refresh; polls every 0.25 s)",
            refresh_times(country),
            base,
            goal="p95 ≤ 1 s",
            check=p95_below(1.0),
        ),
    ]
    first.append(
        Figure(
            f"2. {nation_title.label} (country store), first frame",
            s[first_frame_label(nation)],
            base,
            goal="≤ 1.25× bare",
            check=ratio_below(base, 1.25),
        )
    )
    return head, first


HEADLINE = "Headline: process start → units on screen (80×24)"


def main() -> None:
    """`python -m bench.startup`: only the headline and the first frames (the full run is `make bench`)."""
    tmp = Path(tempfile.mkdtemp(prefix="lso-bench-"))
    isolate(tmp)
    try:
        shipped, country = tmp / "shipped.json", tmp / "country.json"
        build(shipped)
        build(country, "--scope", "country")
        print(f"load average at start {' / '.join(f'{x:.2f}' for x in os.getloadavg())}", file=sys.stderr)
        head, first = figures(shipped, country, tmp)
        print(table(HEADLINE, head))
        print(table("Goals 1–2: process start → first frame (80×24)", first))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
