"""The programs under test: how to start each, what its first frame shows, how to quit it."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.bare_app import MARKER
from lso_tui.i18n import MESSAGES

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# The title is drawn in one style (bold) in the header, so it reaches the terminal in one piece.
TITLE = MESSAGES["app.title"][0]


@dataclass
class App:
    """A program to start in a pty, the text its first frame contains, and its quit keys."""

    label: str
    argv: list[str]
    marker: str
    quit: bytes = b"\x11"  # ctrl+q
    first_frame: str | None = None  # text of its first frame, timed in the same launch as the marker


def bare() -> App:
    """The baseline: a bare Textual app showing one Label."""
    return App("bare Textual app (one Label)", [sys.executable, str(ROOT / "bench" / "bare_app.py")], MARKER)


def lso(store: Path, name: str, ready: bool = False) -> App:
    """The dashboard on *store* (Vietnamese, so that the marker is the catalogue's first title).

    With *ready*, the marker is the first unit's name instead: the records are on screen, not only
    the first frame (which may say the store is still opening); the title is timed in the same
    launch, as its first frame.
    """
    argv = [str(BIN / "lso-tui"), "--db", str(store), "--lang", "vi"]
    if ready:
        return App(f"`lso-tui --db {name}`, units listed", argv, first_unit(store), first_frame=TITLE)
    return App(f"`lso-tui --db {name}`", argv, TITLE)


def units_of(store: Path) -> list[dict[str, object]]:
    """The store's units as every reader sees them (the file keeps them compact)."""
    from lso_tui.store.db import table_rows

    return table_rows(json.loads(store.read_text(encoding="utf-8")), "units")


def first_unit(store: Path) -> str:
    """The name in the first row of the units list."""
    return str(units_of(store)[0]["name"])


def visidata(units_csv: Path, first_code: str) -> App:
    """VisiData on the exported units; its first frame with data shows the first row's code."""
    return App("`vd units.csv` (VisiData)", [str(BIN / "vd"), "-N", str(units_csv)], first_code, b"gq")


def build(store: Path, *extra: str) -> None:
    """Run `lso-tui build` into *store* (CalledProcessError on failure)."""
    subprocess.run(
        [str(BIN / "lso-tui"), "build", *extra, "--db", str(store)], check=True, capture_output=True, cwd=ROOT
    )


def has_country_scope() -> bool:
    """Whether this lso-tui can build the country store (`build --scope`)."""
    out = subprocess.run(
        [str(BIN / "lso-tui"), "build", "--help"], capture_output=True, text=True, cwd=ROOT
    ).stdout
    return "--scope" in out


def export_units(store: Path, out: Path) -> tuple[int, str]:
    """Write the store's units table as CSV (scalar fields, in id order); return (rows, first code)."""
    units = units_of(store)
    cols = list(dict.fromkeys(k for u in units for k, v in u.items() if not isinstance(v, dict | list)))
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for u in units:
            w.writerow(["" if u.get(c) is None else u.get(c) for c in cols])
    return len(units), str(units[0]["code"])


def isolate(tmp: Path) -> None:
    """Run the programs as a new user would: empty config and data dirs under *tmp*, no LSO_TUI_DB,
    and Python caching compiled modules as for an installed package (pip compiles every package it
    installs; an editable lso-tui writes its own .pyc on the warm-up run). Without the last, an
    environment that sets PYTHONDONTWRITEBYTECODE would make lso-tui alone compile its ≈ 150 modules
    from source on every run."""
    os.environ.update({"XDG_CONFIG_HOME": str(tmp / "config"), "XDG_DATA_HOME": str(tmp / "data")})
    os.environ.pop("LSO_TUI_DB", None)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
