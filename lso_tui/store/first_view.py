"""The first-screen view: a small file beside the store (`.NAME.view`) holding what the dashboard's
first screen shows (the first units in display order, the headline's progress, the unit count),
tied to the store version it was made from, so that the first rows are drawn before the store is
parsed.

It is a cache, never a source: a view whose key does not match the store as it is now is ignored,
and the whole store is still read and checked after it. It is written atomically (temp file, then
rename) after the store it describes, under its own name, never over the store or a backup.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lso_tui.atomic_file import write_atomically
from lso_tui.regular_file import read_regular
from lso_tui.store.location import file_mode
from lso_tui.text import json_is_clean

if TYPE_CHECKING:  # the view is written from a read model, in a thread after the first rows
    from lso_tui.store.read_model import ReadModel

VIEW_FORMAT = 1
VIEW_ROWS = 100  # a screenful on a tall terminal (the list measures its columns again on the store's)
VIEW_BYTES = 4_000_000  # a view larger than this is not read
UNIT_FIELDS = (
    "code",
    "name",
    "type",
    "consolidated",
    "since",
    "figures",
    "successor",
    "documents",
    "district",
    "province",
    "district_code",
)
"""The fields of a unit its row shows (views.rows.unit_row)."""

StoreKey = list[int]


def view_path(path: Path) -> Path:
    """Where the view of the store at *path* lives."""
    return path.with_name(f".{path.name}.view")


def store_key(path: Path) -> StoreKey | None:
    """What identifies one version of the store: device, inode, size, modification and change times
    (a rename gives a new inode; any write in place, or a reset modification time, moves the change
    time, which no user can set). None when there is no store."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _shared_with_anyone(path: Path) -> bool:
    """Whether anyone may write the store's directory (/tmp): there a view could be anybody's, so
    none is read or written (only those who may write the store may write its view)."""
    try:
        return bool(path.parent.stat().st_mode & stat.S_IWOTH)
    except OSError:
        return True


def read_view(path: Path) -> tuple[dict[str, Any], bool] | None:
    """The view of the store at *path* as parsed, if it describes the store as it is now, and whether
    all its text is clean already (text.json_is_clean); None when it is missing, unreadable,
    malformed, of another format or of another version of the store, or in a directory anyone may
    write. (Its text is untrusted: the reader cleans what is not clean, and checks its shape.)"""
    key = store_key(path)
    if key is None or _shared_with_anyone(path):
        return None
    try:
        raw = read_regular(view_path(path), VIEW_BYTES).decode("utf-8")
        data = json.loads(raw, parse_constant=_no_constant)  # strict JSON: no NaN, no Infinity
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("format") != VIEW_FORMAT or data.get("store") != key:
        return None
    return data, json_is_clean(raw)


def _no_constant(name: str) -> Any:
    """NaN and Infinity are no JSON (json.loads would take them as floats)."""
    raise ValueError(name)


def write_view(path: Path, key: StoreKey | None, payload: dict[str, Any]) -> bool:
    """Write the view of the store version *key* (the key taken before that version was read);
    nothing when the store is no longer that version. Atomic, beside the store, with its mode; a
    failure (a full disk, a read-only directory) leaves the store, its backups and any older view
    as they were and is not an error: the next opening takes the usual path. True when written."""
    if key is None or store_key(path) != key or _shared_with_anyone(path):
        return False
    body = json.dumps({**payload, "format": VIEW_FORMAT, "store": key}, ensure_ascii=False)
    try:
        write_atomically(view_path(path), body.encode("utf-8"), mode=file_mode(path.parent))
    except OSError:
        return False
    return True


def view_payload(rm: ReadModel, rows: int = VIEW_ROWS, unit_widths: dict[str, int] | None = None) -> dict[str, Any]:
    """What the first screen shows of *rm*, as data (each reader formats it in its own language):
    the first *rows* units in the list's order with their post holders' names, the unit count,
    the as-of date, the headline target with its progress, and the unit list's column widths as
    the dashboard measured them on every row (*unit_widths*, by column id; the first rows alone
    may be narrower, and the list would widen once it had built all of them)."""
    from dataclasses import asdict

    from lso_tui.model.people import holders, is_chairman, is_secretary

    units = [{k: u.get(k) for k in UNIT_FIELDS} for u in rm.units[:rows]]
    posts = {
        code: [
            [o["name"] for o in holders(rm.officials, code, is_secretary)],
            [o["name"] for o in holders(rm.officials, code, is_chairman)],
        ]
        for code in (str(u["code"]) for u in units)
    }
    head = rm.headline()
    headline = None
    if head is not None:
        target, progress = head
        headline = {"target": {k: target.get(k) for k in ("scope", "scope_level", "share", "deadline")}}
        headline["progress"] = asdict(progress)
    return {
        "as_of": rm.as_of,
        "wide_scope": rm.wide_scope,
        "units_total": len(rm.units),
        "units": units,
        "posts": posts,
        "headline": headline,
        "unit_widths": unit_widths or {},
    }


def refresh_view(path: Path) -> bool:
    """After the whole store was written (a build, an ingest): its view, from the store as written
    (nothing when the store does not open; True when written)."""
    from lso_tui.errors import InputError
    from lso_tui.store.db import Store
    from lso_tui.store.read_model import ReadModel

    key = store_key(path)  # before the read: the view is of this version, or is not written
    try:
        model = ReadModel(Store.open(path))
    except InputError:
        return False
    return write_view(path, key, view_payload(model))
