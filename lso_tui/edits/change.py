"""Edits by users: validated, kept apart from article facts, each with an audit entry (who, when, what)."""

from __future__ import annotations

import os
import pwd
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from lso_tui import __version__
from lso_tui.text import clean, fold_key


@dataclass(frozen=True)
class Change:
    """One field of one record set to a new value (an "add" creates the record)."""

    kind: str  # "unit" | "official" | "target"
    record: str
    field: str
    new: Any
    op: str = "set"


def who() -> str:
    """The login name, from the OS (not from LOGNAME or USER, which anyone can set); behind sudo run
    by root, the user who ran sudo. Cleaned: it is written to the audit log and shown to others."""
    uid = os.getuid()
    sudo = os.environ.get("SUDO_USER") if uid == 0 else None
    if sudo:
        return clean(sudo, keep_newlines=False)[:64]
    try:
        return clean(pwd.getpwuid(uid).pw_name, keep_newlines=False)[:64]
    except (KeyError, OSError):
        return str(uid)


def official_id(name: str, unit_code: str | None) -> str:
    """The id an official gets: folded name, at the unit's code."""
    return fold_key(name) + (f"@{unit_code}" if unit_code else "")


def new_target(share: float, year: int, scope: dict[str, Any]) -> Change:
    """The "add" change of a target set by a user at any level (see scopes.region_scope)."""
    fields = {"share": share, "year": year, "deadline": f"{year:04d}-12-31", **scope}
    rid = f"edit-{scope.get('scope_code') or 'country'}-{year}-{round(share * 100)}"
    return Change("target", rid, "*", fields, "add")


def audit_entry(change: Change, old: Any) -> dict[str, Any]:
    """What the audit log keeps for one change."""
    return {
        "who": who(),
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "kind": change.kind,
        "record": change.record,
        "field": change.field,
        "op": change.op,
        "old": old,
        "new": change.new,
        "tool": f"lso-tui {__version__}",
        "undone": False,
    }
