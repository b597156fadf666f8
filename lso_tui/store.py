"""The TinyDB store: the only module that imports TinyDB.

File-level safety (atomic publish, deterministic JSON, parsing, backups) lives in storefile.py;
this module wraps it as a TinyDB Storage and offers the opened Store to the CLI and the UI.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage, Storage

from lso_tui.storefile import (
    META,
    SCHEMA_VERSION,
    StoreError,
    dumps,
    load,
    publish,
    rotate_backups,
)

__all__ = ["META", "SCHEMA_VERSION", "TABLES", "AtomicJSONStorage", "Store", "StoreError", "write_built"]

TABLES = ("documents", "bases", "units", "officials", "targets", "observations")
"""Tables built from articles and the register; any other table (edits, audit) is kept on rebuild."""


class AtomicJSONStorage(Storage):
    """A TinyDB Storage that reads the whole file and publishes every write atomically."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        """Remember the path; nothing is created until the first write."""
        self.path = Path(path)
        self.read_only = read_only

    def read(self) -> dict[str, Any] | None:
        """The parsed store, or None for a store not yet written."""
        return load(self.path)

    def write(self, data: dict[str, Any]) -> None:
        """Publish *data* atomically; refused on a read-only store."""
        if self.read_only:
            raise StoreError(f"{self.path}: the store is read-only")
        publish(self.path, dumps(data))

    def close(self) -> None:
        """Nothing is held open between calls."""


def snapshot(tables: dict[str, list[dict[str, Any]]], meta: dict[str, Any]) -> dict[str, Any]:
    """Lay records out as TinyDB's file format, through TinyDB itself, with the meta table."""
    db = TinyDB(storage=MemoryStorage)
    db.table(META).insert({**meta, "schema": SCHEMA_VERSION})
    for name in TABLES:
        db.table(name).insert_multiple(tables.get(name, []))
    data: dict[str, Any] = db.storage.read() or {}
    return data


class Store:
    """An opened store: read access to its tables for the dashboard and the CLI."""

    def __init__(self, path: Path, data: dict[str, Any], writable: bool) -> None:
        """Use Store.open()."""
        self.path = path
        self.writable = writable
        self._db = TinyDB(storage=MemoryStorage)
        self._db.storage.write(data)

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open an existing store, read-only when its file or directory cannot be written."""
        p = Path(path)
        data = load(p)
        if data is None:
            raise StoreError(f"{p}: no store here; build one with: lso-tui build --db {p}")
        writable = os.access(p, os.W_OK) and os.access(p.parent, os.W_OK)
        return cls(p, data, writable)

    def meta(self) -> dict[str, Any]:
        """The meta record (schema version, sources the store was built from)."""
        rows = self._db.table(META).all()
        return dict(rows[0]) if rows else {}

    def rows(self, table: str) -> list[dict[str, Any]]:
        """All records of *table* as plain dicts, in insertion order."""
        return [dict(r) for r in self._db.table(table).all()]

    def tables(self) -> Iterator[str]:
        """Names of the tables present."""
        return iter(sorted(self._db.tables()))


def write_built(path: Path, rows: dict[str, list[dict[str, Any]]], meta: dict[str, Any]) -> bool:
    """Replace the built tables of the store at *path*; False when nothing changed.

    Refuses (StoreError, file untouched) when the existing store does not parse, is newer, or
    holds documents this build does not include. Tables other than the built ones are carried over.
    """
    from filelock import FileLock, Timeout

    lock = FileLock(str(path.with_name(path.name + ".lock")), timeout=10)
    try:
        with lock:
            return _write_built_locked(path, rows, meta)
    except Timeout:
        raise StoreError(f"{path}: another lso-tui is writing this store; try again") from None


def _write_built_locked(path: Path, rows: dict[str, list[dict[str, Any]]], meta: dict[str, Any]) -> bool:
    """The body of write_built, run with the store's lock held."""
    old = load(path)
    new = snapshot(rows, meta)
    if old is not None:
        kept = {d.get("id") for d in old.get("documents", {}).values()}
        missing = sorted(str(k) for k in kept - {d["id"] for d in rows.get("documents", [])})
        if missing:
            raise StoreError(
                f"{path}: the store holds {len(missing)} document(s) this build does not include "
                f"({', '.join(missing)}); pass every article again, or build into a new --db"
            )
        for name, table in old.items():
            if name not in TABLES and name != META:
                new[name] = table
        old_gen = old.get(META, {}).get("1", {}).get("generation", 0)
        new[META]["1"]["generation"] = old_gen
        if dumps(old) == dumps(new):
            return False
        new[META]["1"]["generation"] = old_gen + 1
        rotate_backups(path)
    else:
        new[META]["1"]["generation"] = 1
    publish(path, dumps(new))
    return True
