"""Undo: which of a user's edits comes off next, and the audit entry that says it did."""

from __future__ import annotations

from typing import Any

from lso_tui.edits.change import Change, audit_entry


def last_in_force(log: list[dict[str, Any]], user: str) -> dict[str, Any] | None:
    """*user*'s newest edit that is neither undone nor itself an undo (entries carry their ids)."""
    mine = [e for e in log if e["who"] == user and not e.get("undone") and e["op"] != "undo"]
    return max(mine, key=lambda e: e["id"]) if mine else None


def last_batch(log: list[dict[str, Any]], user: str) -> list[dict[str, Any]]:
    """*user*'s newest edit still in force with the others of its batch still in force (one form
    save, one CLI command), newest first; empty when there is none."""
    last = last_in_force(log, user)
    if last is None:
        return []
    if last.get("batch") is None:
        return [last]
    batch = [
        e
        for e in log
        if e.get("batch") == last["batch"] and e["who"] == user and not e.get("undone") and e["op"] != "undo"
    ]
    return sorted(batch, key=lambda e: e["id"], reverse=True)


def undo_entry(edit: dict[str, Any]) -> dict[str, Any]:
    """The audit entry of undoing *edit*: the field goes back from its new value to its old one."""
    entry = audit_entry(Change(edit["kind"], edit["record"], edit["field"], edit["old"], "undo"), edit["new"])
    entry["undoes"] = edit["id"]
    return entry
