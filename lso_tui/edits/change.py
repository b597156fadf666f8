"""Edits by users: validated, kept apart from article facts, each with an audit entry (who, when, what)."""

from __future__ import annotations

import getpass
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from lso_tui import __version__
from lso_tui.errors import InputError
from lso_tui.text import clean, fold_key

PARTS = ("early", "mid", "late")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Change:
    """One field of one record set to a new value (an "add" creates the record)."""

    kind: str  # "unit" | "official" | "target"
    record: str
    field: str
    new: Any
    op: str = "set"


def who() -> str:
    """The login name; behind sudo, the user who ran sudo."""
    sudo = os.environ.get("SUDO_USER")
    if sudo:
        return clean(sudo, keep_newlines=False)
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())


def parse_since(value: str, part: str | None) -> dict[str, Any]:
    """ "2020-06" + "late" → a stored fuzzy date; bad dates and parts are InputErrors."""
    m = _DATE.match(value.strip())
    if not m:
        raise InputError(f"since: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        datetime(y, int(mo or 1), int(d or 1))
    except ValueError:
        raise InputError(f"since: {value!r} is not a real date") from None
    if not 1990 <= y <= 2100:
        raise InputError(f"since: year {y} is out of range (1990–2100)")
    if part is not None and (part not in PARTS or mo is None or d is not None):
        raise InputError(f"part: {part!r} must be one of {', '.join(PARTS)}, and needs a month (YYYY-MM)")
    precision = "year" if mo is None else "month" if d is None else "day"
    return {"iso": value.strip(), "precision": precision, "part": part}


def parse_share(value: str) -> float:
    """ "50%", "50" or "0.5" → 0.5; anything outside 0–100% is an InputError."""
    text = value.strip().replace(",", ".")
    try:
        number = float(text.rstrip("%"))
    except ValueError:
        raise InputError(f"share: {value!r} is not a number (e.g. 50% or 0.5)") from None
    share = number / 100 if text.endswith("%") or number > 1 else number
    if not 0 < share <= 1:
        raise InputError(f"share: {value!r} must be more than 0% and at most 100%")
    return round(share, 6)


def parse_year(value: str) -> int:
    """A deadline year between 2000 and 2100."""
    if not value.strip().isdigit() or not 2000 <= int(value) <= 2100:
        raise InputError(f"year: {value!r} must be a year between 2000 and 2100")
    return int(value)


def parse_name(value: str, what: str = "name") -> str:
    """A required, cleaned, non-empty text of reasonable length."""
    text = clean(value, keep_newlines=False).strip()
    if not text:
        raise InputError(f"{what}: must not be empty")
    if len(text) > 200:
        raise InputError(f"{what}: longer than 200 characters")
    return text


def parse_titles(text: str) -> list[str]:
    """'A; B' → ['A', 'B'], each cleaned; at least one is required."""
    titles = [parse_name(t, "titles") for t in text.split(";") if t.strip()]
    if not titles:
        raise InputError("titles: give at least one title")
    return titles


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
