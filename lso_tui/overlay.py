"""Lay users' edits over the records built from articles, keeping what the sources said beside them."""

from __future__ import annotations

from typing import Any

KEYS = {"unit": "code", "official": "id", "target": "id"}
EDITABLE = {
    "unit": {"consolidated", "since"},
    "official": {"titles", "unit_code", "concurrent"},
    "target": {"share", "year", "deadline"},
}


def new_record(kind: str, rid: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A record created by an edit ("add"), shaped like the built ones."""
    base: dict[str, Any]
    if kind == "official":
        base = {
            "id": rid,
            "name": "",
            "titles": [],
            "unit_code": None,
            "unit": None,
            "unit_type": None,
            "scope": None,
            "concurrent": False,
            "qualifications": [],
            "statements": [],
            "documents": [],
            "provenance": {},
        }
    else:
        base = {
            "id": rid,
            "share": 0.0,
            "year": 0,
            "deadline": "",
            "level": "xã",
            "scope": None,
            "scope_code": None,
            "stated_by": None,
            "stated_by_name": None,
            "basis": None,
            "document": None,
            "source": None,
        }
    return {**base, **fields}


def apply_edits(tables: dict[str, list[dict[str, Any]]], edits: list[dict[str, Any]]) -> None:
    """Apply edits in order (undone ones skipped). Each edited field keeps the source's value and the
    edit in record["edited"][field], so the detail view can show both, each with its origin."""
    index = {kind: {r[KEYS[kind]]: r for r in tables[f"{kind}s"]} for kind in KEYS}
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
        edited = rec.setdefault("edited", {})
        first = edited.get(e["field"], {}).get("source_value", rec.get(e["field"]))
        rec[e["field"]] = e["new"]
        edited[e["field"]] = {"who": e["who"], "when": e["when"], "edit": e.get("id"), "source_value": first}
        if kind == "target" and e["field"] == "year":
            rec["deadline"] = f"{int(e['new']):04d}-12-31"
