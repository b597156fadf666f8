"""`python -m bench.compare BEFORE_DIR`: units on screen for this tree and another one (a directory
holding an older `lso_tui/`, e.g. `git archive COMMIT lso_tui | tar -x -C DIR`), in one run,
alternating, against the bare Textual app and VisiData; this tree also without the store's view
(as after `lso-tui edit`, before a dashboard has written it again)."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench.apps import App, bare, build, export_units, first_unit, isolate, visidata
from bench.startup import HEADLINE_RUNS, measure

BIN = Path(sys.executable).parent


def tree(store: Path, label: str, src: Path | None) -> App:
    """`lso-tui --db STORE` run from *src* (None: this tree), through `env` alike for every tree."""
    path = f"PYTHONPATH={src}" if src is not None else "PYTHONPATH="
    argv = ["env", path, str(BIN / "lso-tui"), "--db", str(store), "--lang", "vi"]
    return App(label, argv, first_unit(store))


def without_view(store: Path) -> Path:
    """A copy of *store* whose view can be neither read nor written (a directory in its place)."""
    copy = store.with_name("noview-" + store.name)
    shutil.copyfile(store, copy)
    os.chmod(copy, 0o600)
    (copy.parent / f".{copy.name}.view").mkdir()
    return copy


def main() -> None:
    """Build the city and country stores with this tree, then measure every program alternately."""
    before = Path(sys.argv[1]).resolve()
    tmp = Path(tempfile.mkdtemp(prefix="lso-compare-"))
    isolate(tmp)
    try:
        city, country = tmp / "city.json", tmp / "country.json"
        build(city)
        build(country, "--scope", "country")
        _, code = export_units(country, tmp / "units.csv")
        apps = [bare(), visidata(tmp / "units.csv", code)]
        for name, store in (("city", city), ("country", country)):
            apps += [
                tree(store, f"{name} store, before", before),
                tree(store, f"{name} store, after", None),
                tree(without_view(store), f"{name} store, after, no fresh view", None),
            ]
        load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
        s = measure(apps)
        base, vd = statistics.median(s[apps[0].label]), statistics.median(s[apps[1].label])
        print(f"load average at start {load}; {HEADLINE_RUNS} runs each, alternating\n")
        print("| program | units on screen, median | spread | ratio to bare | ratio to VisiData |")
        print("|---|---|---|---|---|")
        for a in apps:
            m = statistics.median(s[a.label])
            spread = f"{min(s[a.label]) * 1000:.0f}–{max(s[a.label]) * 1000:.0f}"
            print(f"| {a.label} | {m * 1000:.0f} ms | {spread} | {m / base:.2f}× | {m / vd:.2f}× |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
