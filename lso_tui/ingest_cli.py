"""`lso-tui ingest FILE… [--remove DOC_ID] [--yes]`: the preview, the question, the merge."""

from __future__ import annotations

import sys
from pathlib import Path

from lso_tui.errors import InputError


def run_ingest(db: Path | None, paths: list[Path], remove: list[str], yes: bool) -> int:
    """Show what would change; merge with --yes, or when a person at a terminal says yes."""
    from lso_tui.ingest import plan
    from lso_tui.paths import default_db
    from lso_tui.store import Store, write_built

    if not paths and not remove:
        raise InputError("ingest: give article files to add, or --remove DOC_ID")
    path = db or default_db()
    store = Store.open(path)
    p = plan(store, paths, remove)
    for line in p.skipped:
        print(f"= {line}")
    for d in p.added:
        print(
            f"+ document {d['id']}: {d['title'] or '?'} ({d['date'] or '?'}, {d['outlet'] or '?'}): {d['facts']} facts"
        )
    for r in p.removed:
        print(f"- document {r}")
    for line in p.changes:
        print(f"  {line}")
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
    rows = p.tables.as_rows()
    meta = {"app": "lso-tui", "documents": [d["id"] for d in rows["documents"]]}
    if store.meta().get("scope"):
        meta["scope"] = store.meta()["scope"]
    write_built(path, rows, meta, drop=frozenset(p.removed))
    counts = ", ".join(f"{len(v)} {k}" for k, v in rows.items())
    print(f"merged: {path} ({counts})")
    return 0
