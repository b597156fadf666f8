"""`lso-tui ingest`: add the next articles to a store (or take one out), showing what changes first.

The store keeps every article's text, so ingesting is a rebuild from the stored articles plus the
new ones, through the same extraction and merge as `build`: the same article twice changes nothing,
and taking one out removes exactly the facts only it supported. Users' edits are a separate table
and are kept. Build time only (imports the register).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lso_tui.build import Tables, build_from, extract_file, extract_stored
from lso_tui.errors import InputError
from lso_tui.records import Extraction
from lso_tui.scopes import parse_scope
from lso_tui.store import Store


@dataclass
class Plan:
    """What an ingest would do: the new tables and the differences, each with its sentence."""

    tables: Tables
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


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
    skipped: list[str] = []
    for p in paths:
        ex = extract_file(p)
        if ex.document.id in docs or any(ex.document.id == n.document.id for n in new):
            skipped.append(f"{p.name}: already in the store ({ex.document.id}); nothing to add")
        elif facts(ex) == 0:
            raise InputError(f"{p}: no unit, official, target or progress figure found; nothing added")
        else:
            new.append(ex)
    scope = store.meta().get("scope")
    tables = build_from(kept + new, parse_scope(scope) if scope else None)
    out = Plan(tables, skipped=skipped, removed=list(remove))
    out.added = [{"id": ex.document.id, "title": ex.document.title, "date": ex.document.date,
                  "outlet": ex.document.outlet, "facts": facts(ex)} for ex in new]  # fmt: skip
    out.changes = differences(store, tables)
    return out


def differences(store: Store, tables: Tables) -> list[str]:
    """Human lines: units whose state changed, new officials, targets and observations, with quotes."""
    rows = tables.as_rows()
    before = {u["code"]: u for u in store.rows("units")}
    lines = []
    for u in (tables.units[code] for code in sorted(tables.units)):  # full records, not the stored form
        old = before.get(u["code"])
        state = (u.get("consolidated"), (u.get("since") or {}).get("iso"))
        if old is None and u.get("consolidated") is None:
            continue  # a unit new from the register that no article speaks of: counted below
        if old is None or state != (old.get("consolidated"), (old.get("since") or {}).get("iso")):
            quote = (u.get("provenance", {}).get("consolidated") or {}).get("quote", "")
            lines.append(
                f"unit {u['type']} {u['name']} ({u['district']}): "
                f"{_state(old) if old else 'new'} → {_state(u)} — «{quote}»"
            )
    added_units = len(set(tables.units) - set(before))
    if added_units:
        lines.append(
            f"{added_units} unit(s) added from the register (their districts or provinces are new to the store)"
        )
    counts = {(r["level"], r["code"]): r["units"] for r in tables.regions}
    for kind, key in (("officials", "id"), ("targets", "id"), ("observations", "id")):
        old_ids = {r[key] for r in store.rows(kind)}
        for r in rows[kind]:
            if r[key] not in old_ids:
                quote = (r.get("source") or r.get("provenance", {}).get("titles") or {}).get("quote", "")
                what = r.get("name") or r.get("scope") or r[key]
                if kind == "observations":
                    what += f": {r.get('done') or '?'}/{r.get('total') or '?'} as of {r.get('as_of') or '?'}"
                    listed = counts.get((r.get("scope_level"), r.get("scope_code")))
                    if r.get("total") and listed is not None and listed != r["total"]:
                        what += f" (the register lists {listed}: both kept, see the disagreements)"
                lines.append(f"new {kind[:-1]} {what} — «{quote}»")
        gone = old_ids - {r[key] for r in rows[kind]}
        lines += [f"{kind[:-1]} {g} no longer supported by any article: removed" for g in sorted(gone)]
    return lines


def _state(u: dict[str, Any]) -> str:
    """ "consolidated 2018-06", "not consolidated" or "no source"."""
    c = u.get("consolidated")
    since = (u.get("since") or {}).get("iso")
    return {True: "consolidated", False: "not consolidated", None: "no source"}[c] + (
        f" {since}" if since else ""
    )


def apply(path: Path, p: Plan, scope: str | None) -> dict[str, list[dict[str, Any]]]:
    """Write the planned tables (refused, file untouched, if another writer dropped what it needs)."""
    from lso_tui.store import write_built

    rows = p.tables.as_rows()
    meta: dict[str, Any] = {"app": "lso-tui", "documents": [d["id"] for d in rows["documents"]]}
    if scope:
        meta["scope"] = scope
    write_built(path, rows, meta, drop=frozenset(p.removed))
    return rows


def preview_lines(p: Plan) -> list[str]:
    """The preview as lines: skipped, added and removed documents, then each change with its sentence."""
    lines = [f"= {x}" for x in p.skipped]
    lines += [
        f"+ document {d['id']}: {d['title'] or '?'} ({d['date'] or '?'}, {d['outlet'] or '?'}): {d['facts']} facts"
        for d in p.added
    ]
    lines += [f"- document {r}" for r in p.removed]
    return lines + [f"  {x}" for x in p.changes]
