"""Lay users' edits over the records built from articles, keeping what the sources said beside them."""

from __future__ import annotations

from typing import Any

from lso_tui.model.stored import new_official, new_target

KEYS = {"unit": "code", "official": "id", "target": "id"}


def new_record(kind: str, rid: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A record created by an edit ("add"), shaped like the built ones."""
    if kind == "official":
        return dict(new_official(rid, **fields))
    return dict(new_target(rid, **fields))


def apply_edits(
    tables: dict[str, list[dict[str, Any]]], edits: list[dict[str, Any]], copy_on_write: bool = False
) -> None:
    """Apply edits in order (undone ones skipped). Each edited field keeps the source's value and the
    edit in record["edited"][field], so the detail view can show both, each with its origin.

    With *copy_on_write*, a record is copied (in its table's list too) before its first change, so
    the records passed in are never modified (a country has 10,000 units; few are edited).
    """
    index = {kind: {r[KEYS[kind]]: r for r in tables[f"{kind}s"]} for kind in KEYS}
    copied: set[int] = set()
    where: dict[str, dict[int, int]] = {}  # kind → id(record) → its position, built on first copy
    for e in edits:
        if e.get("undone") or e.get("op") == "undo":
            continue
        kind, rid = e["kind"], e["record"]
        rec = index[kind].get(rid)
        if e["op"] == "add":
            if rec is None:
                rec = new_record(kind, rid, e["new"])
                rec["added_by"] = {k: e[k] for k in ("who", "when")}
                index[kind][rid] = rec
                tables[f"{kind}s"].append(rec)
            continue
        if rec is None:
            continue
        if copy_on_write and id(rec) not in copied:
            table = tables[f"{kind}s"]
            if kind not in where:
                where[kind] = {id(r): i for i, r in enumerate(table)}
            rec = _copy_in_place(table, where[kind], index[kind], rid, rec)
            copied.add(id(rec))
        edited = rec.setdefault("edited", {})
        first = edited.get(e["field"], {}).get("source_value", rec.get(e["field"]))
        rec[e["field"]] = e["new"]
        edited[e["field"]] = {"who": e["who"], "when": e["when"], "edit": e.get("id"), "source_value": first}
        if kind == "target" and e["field"] == "year":
            rec["deadline"] = f"{int(e['new']):04d}-12-31"


def _copy_in_place(
    table: list[dict[str, Any]],
    where: dict[int, int],
    index: dict[Any, dict[str, Any]],
    rid: Any,
    rec: dict[str, Any],
) -> dict[str, Any]:
    """Put a copy of *rec* where it was (in its table and the index), its "edited" map copied too."""
    new = dict(rec)
    if isinstance(rec.get("edited"), dict):
        new["edited"] = dict(rec["edited"])
    table[where[id(rec)]] = new
    where[id(new)] = where[id(rec)]
    index[rid] = new
    return new
