"""`lso-tui ingest`: add the next articles to a store (or take one out), showing what changes first.

The store keeps every article's text, so ingesting is a rebuild from the stored articles plus the
new ones, through the same extraction and merge as `build`: the same article twice changes nothing,
and taking one out removes exactly the facts only it supported. Users' edits are a separate table
and are kept. Build time only (imports the register).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lso_tui.build.coverage import parse_coverage
from lso_tui.build.ingest_preview import differences, preview_lines
from lso_tui.build.plan import Plan
from lso_tui.build.tables import build_from, extract_file, extract_stored
from lso_tui.errors import InputError
from lso_tui.model.records import Extraction
from lso_tui.store.db import Store


def facts(ex: Extraction) -> int:
    """How many facts an article gave (units, officials, targets, progress figures)."""
    return len(ex.units) + len(ex.officials) + len(ex.targets) + len(ex.progress)


def plan(store: Store, paths: list[Path], remove: list[str]) -> Plan:
    """Extract *paths*, rebuild with the stored articles (less *remove*), and list the differences."""
    docs = {d["id"]: d for d in store.rows("documents")}
    unknown = [r for r in remove if r not in docs]
    if unknown:
        raise InputError(
            f"ingest: no document {unknown[0]!r} in this store (see lso-tui report --format json)"
        )
    kept = [extract_stored(d) for i, d in docs.items() if i not in remove]
    new: list[Extraction] = []
    skipped: list[dict[str, str]] = []
    for p in paths:
        ex = extract_file(p)
        if ex.document.id in docs or any(ex.document.id == n.document.id for n in new):
            skipped.append({"name": p.name, "id": ex.document.id})
        elif facts(ex) == 0:
            raise InputError(f"{p}: no unit, official, target or progress figure found; nothing added")
        else:
            new.append(ex)
    scope = store.meta().get("scope")
    tables = build_from(kept + new, parse_coverage(scope) if scope else None)
    out = Plan(tables, skipped=skipped, removed=list(remove))
    out.added = [{"id": ex.document.id, "title": ex.document.title, "date": ex.document.date,
                  "outlet": ex.document.outlet, "facts": facts(ex)} for ex in new]  # fmt: skip
    out.changes = differences(store, tables)
    return out


def apply(path: Path, p: Plan, scope: str | None) -> dict[str, list[dict[str, Any]]]:
    """Write the planned tables (refused, file untouched, if another writer dropped what it needs)."""
    from lso_tui.store.db import write_built

    rows = p.tables.as_rows()
    meta: dict[str, Any] = {"app": "lso-tui", "documents": [d["id"] for d in rows["documents"]]}
    if scope:
        meta["scope"] = scope
    write_built(path, rows, meta, drop=frozenset(p.removed))
    return rows


__all__ = ["Plan", "apply", "facts", "plan", "preview_lines"]
