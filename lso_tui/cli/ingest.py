"""`lso-tui ingest FILE… [--remove DOC_ID] [--yes]`: the preview, the question, the merge."""

from __future__ import annotations

import sys
from pathlib import Path

from lso_tui.errors import InputError


def run_ingest(db: Path | None, paths: list[Path], remove: list[str], yes: bool) -> int:
    """Show what would change; merge with --yes, or when a person at a terminal says yes."""
    from lso_tui.build.ingest import apply, plan, preview_lines
    from lso_tui.paths import default_db
    from lso_tui.store.db import Store

    if not paths and not remove:
        raise InputError("ingest: give article files to add, or --remove DOC_ID")
    path = db or default_db()
    store = Store.open(path)
    p = plan(store, paths, remove)
    for line in preview_lines(p):
        print(line)
    if not p.added and not p.removed:
        print(f"unchanged: {path}")
        return 0
    if not yes:
        if not sys.stdin.isatty():
            print("nothing written: run again with --yes to merge")
            return 0
        if input("Merge these changes? [y/N] ").strip().lower() not in ("y", "yes", "có", "co"):
            print("nothing written")
            return 0
    rows = apply(path, p, store.meta().get("scope"))
    counts = ", ".join(f"{len(v)} {k}" for k, v in rows.items())
    print(f"merged: {path} ({counts})")
    return 0
