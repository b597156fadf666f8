"""The TinyDB store: the only module that imports TinyDB.

File-level safety (atomic publish, deterministic JSON, parsing, backups) lives in storefile.py;
this module wraps it as a TinyDB Storage and offers the opened Store to the CLI and the UI.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from lso_tui.errors import StoreError, refusal
from lso_tui.model.stored import expand_unit
from lso_tui.store.file import (
    META,
    SCHEMA_VERSION,
    dumps,
    gc_paused,
    load,
    load_checked,
    missing,
)
from lso_tui.store.location import check_store_path, writable
from lso_tui.store.lock import locked
from lso_tui.store.rejections import set_rejections, stored_decisions
from lso_tui.store.storage import AtomicJSONStorage, OneWriteMiddleware, store_storage

__all__ = ["META", "SCHEMA_VERSION", "TABLES", "AtomicJSONStorage", "Store", "StoreError", "write_built"]

EDITS = "edits"
TABLES = ("documents", "bases", "regions", "units", "officials", "targets", "observations")
"""Tables built from articles and the register; any other table (edits, audit) is kept on rebuild."""


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
        self.clean = False  # True when every string in the file is known NFC and control-free
        self._db = TinyDB(storage=MemoryStorage)
        self._db.storage.write(data)

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open an existing store, read-only when its file or directory cannot be written."""
        p = Path(path)
        data, clean = load_checked(p)
        if data is None:
            raise missing(p)
        check_store_path(p)
        store = cls(p, data, writable(p))
        store.clean = clean
        return store

    def meta(self) -> dict[str, Any]:
        """The meta record (schema version, sources the store was built from)."""
        rows = self._db.table(META).all()
        return dict(rows[0]) if rows else {}

    def rows(self, table: str) -> list[dict[str, Any]]:
        """All records of *table* as plain dicts, in insertion order (units in their full shape)."""
        data = self._db.storage.read() or {}
        return table_rows(data, table)

    def edits(self) -> list[dict[str, Any]]:
        """The audit log with each entry's id, oldest first."""
        return _with_ids(self._db.table(EDITS).all())

    def tables(self) -> Iterator[str]:
        """Names of the tables present."""
        return iter(sorted(self._db.tables()))


def table_rows(
    data: dict[str, Any], table: str, expand: bool = True, copy: bool = True
) -> list[dict[str, Any]]:
    """Records of one table of a parsed store, in insertion (document id) order, as fresh dicts.

    The file lists documents by id as text ("1", "10", "2", …); sorting by number restores the
    order they were inserted in. Units are stored compactly and expanded here unless *expand* is
    False (an edit's checks need only codes and the edited fields, which work on the compact form).
    Without *copy* the records are the parsed ones themselves: only for readers that never change
    them (an edit's checks, which lay edits over copies made on write).
    """
    raw = data.get(table, {})
    order = _doc_order(raw)
    rows = [dict(raw[k]) for k in order] if copy else [raw[k] for k in order]
    if table == "units" and expand:
        names = {r["code"]: r["name"] for r in data.get("regions", {}).values()}
        for r in rows:
            expand_unit(r, names)
    return rows


def _doc_order(raw: dict[str, Any]) -> list[str]:
    """The ids of a table by number (an id that is not a number counts as 0): with C's int() when
    every id is digits, as TinyDB writes them (≈ 5× faster on a country's 10,000 units)."""
    try:
        if "" not in raw and "".join(raw).isdigit():
            return sorted(raw, key=int)
    except TypeError:  # an id that is not text (a store laid out in memory)
        pass
    return sorted(raw, key=lambda k: int(k) if str(k).isdigit() else 0)


def _refuse_read_only(path: Path) -> None:
    """A store file its owner made read-only (chmod 400) is not replaced behind their back."""
    # No write bit for anyone, or none for us: root passes os.access, so the mode is read too.
    if path.exists() and not path.stat().st_mode & 0o222:
        raise refusal("err.store.mode_read_only", StoreError, path=path)
    if path.exists() and not os.access(path, os.W_OK):
        raise refusal("err.store.read_only_for_you", StoreError, path=path)


def _with_ids(docs: list[Any]) -> list[dict[str, Any]]:
    """TinyDB documents as dicts carrying their ids (audit entries are referred to by id), by id:
    TinyDB lists them in the file's order, where the sorted keys put "10" before "2"."""
    return [{**dict(d), "id": d.doc_id} for d in sorted(docs, key=lambda d: int(d.doc_id))]




@contextmanager
def transaction(path: Path) -> Iterator[TinyDB]:
    """A TinyDB on the store, for one read-modify-write under the lock.

    A new TinyDB per transaction: its in-process caches (next id, query cache) start empty, so
    another process's writes are never shadowed. The transaction's writes are held and published
    as one atomic write when it ends without an error; an error writes nothing. A transaction
    changes the audit log alone (apply_changes, undo_last): what it writes is kept for this
    process's next one, which takes it only while the file is still the one written (storage.py).
    """
    if not path.exists():
        raise missing(path)  # before the lock: a mistyped path gets no directories and no lock file
    _refuse_read_only(path)
    with locked(path), gc_paused():  # nothing collected while the parsed store is alive
        held = OneWriteMiddleware(store_storage())
        # TinyDB opens it by calling it (db.storage is *held*); only the audit log changes here
        db = TinyDB(path, storage=held, log_only=True)
        if db.storage.read() is None:
            raise missing(path)
        try:
            yield db
            held.flush()  # every change of the transaction in one atomic write, or none
        finally:
            db.close()


class RebuildInputs(NamedTuple):
    """What a rebuild keeps from the store it replaces, read from one load of the file."""

    meta: dict[str, Any]
    rejections: dict[str, frozenset[str]]
    fixes: dict[str, dict[str, dict[str, Any]]]


def rebuild_inputs(path: Path) -> RebuildInputs:
    """The meta record, rejections and corrections of the store at *path* (all empty when there is
    no store yet)."""
    data = load(path) or {}
    rejections, fixes = stored_decisions(data)
    return RebuildInputs(dict(data.get(META, {}).get("1", {})), rejections, fixes)


def write_built(
    path: Path,
    rows: dict[str, list[dict[str, Any]]],
    meta: dict[str, Any],
    drop: frozenset[str] = frozenset(),
    rejections: dict[str, list[str]] | None = None,
    fixes: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None,
) -> bool:
    """Replace the built tables of the store at *path*; False when nothing changed.

    Refuses (StoreError, file untouched) when the existing store does not parse, is newer, or
    holds documents this build does not include (other than those in *drop*, which a user asked
    to take out). Tables other than the built ones are carried over; the rows of *rejections*
    (document → the keys of the facts left out) and *fixes* (document → key → corrected fields)
    replace those documents' rows, in the same write.
    """
    _refuse_read_only(path)
    with locked(path):
        return _write_built_locked(path, rows, meta, drop, rejections or {}, fixes or {})


def _write_built_locked(
    path: Path,
    rows: dict[str, list[dict[str, Any]]],
    meta: dict[str, Any],
    drop: frozenset[str],
    rejections: dict[str, list[str]],
    fixes: Mapping[str, Mapping[str, Mapping[str, Any]]],
) -> bool:
    """The body of write_built, run with the store's lock held."""
    old = load(path)
    new = snapshot(rows, meta)
    if old is not None:
        kept = {d.get("id") for d in old.get("documents", {}).values()}
        missing = sorted(str(k) for k in kept - {d["id"] for d in rows.get("documents", [])} - drop)
        if missing:
            raise StoreError(
                f"{path}: the store holds {len(missing)} document(s) this build does not include "
                f"({', '.join(missing)}); pass every article again, or build into a new --db"
            )
        edited = {str(e.get("record")) for e in old.get(EDITS, {}).values() if e.get("kind") == "unit"}
        lost = sorted(edited - {str(u["code"]) for u in rows.get("units", [])})
        if lost:
            raise StoreError(
                f"{path}: {len(lost)} edited unit(s) would fall outside this build ({', '.join(lost[:5])}); "
                "build with a --scope that covers them, or into a new --db"
            )
        for name, table in old.items():
            if name not in TABLES and name != META:
                new[name] = table
        new[META]["1"]["generation"] = old.get(META, {}).get("1", {}).get("generation", 0)
        set_rejections(new, rejections, fixes)
        if dumps(old) == dumps(new):
            return False
    else:
        set_rejections(new, rejections, fixes)
    store_storage(every_write_backed_up=True)(path).write(new)
    return True


def current_tables(db: TinyDB) -> dict[str, list[dict[str, Any]]]:
    """Units, officials and targets with every edit so far applied (read inside a transaction)."""
    from lso_tui.edits.apply import apply_edits

    data = db.storage.read() or {}
    # The parsed records are what the transaction will write back: never change them in place.
    names = ("units", "officials", "targets")
    tables = {name: table_rows(data, name, expand=False, copy=False) for name in names}
    tables["regions"] = table_rows(data, "regions", copy=False)
    apply_edits(tables, _with_ids(db.table(EDITS).all()), copy_on_write=True)
    return tables


def apply_changes(path: Path, changes: list[Any], check: Any) -> list[dict[str, Any]]:
    """Validate *changes* against the store as it is now and append their audit entries, atomically.

    *check(tables, change)* raises InputError for a change that does not fit (unknown record, …)
    and returns the old value. Nothing is written unless every change passes. What the changes
    imply is written with them (an official holding both posts makes the unit consolidated:
    edits.check.implied), and the entries of one call share a batch: one undo takes them all back.
    """
    from lso_tui.edits.change import audit_entry
    from lso_tui.edits.check import current_value, implied

    with transaction(path) as db:
        tables = current_tables(db)
        entries = [audit_entry(c, check(tables, c)) for c in changes]
        entries += [audit_entry(c, current_value(tables, c)) for c in implied(tables, changes)]
        table = db.table(EDITS)
        ids = table.insert_multiple(entries)
        if len(ids) > 1:
            table.update({"batch": ids[0]}, doc_ids=ids)
            entries = [{**e, "batch": ids[0]} for e in entries]
        return [{**e, "id": i} for e, i in zip(entries, ids, strict=True)]


def undo_last(path: Path, user: str) -> list[dict[str, Any]]:
    """Undo *user*'s last edit still in force, with every edit saved in the same batch: mark them
    undone and log an undo for each, newest first. Empty when there is nothing to undo."""
    from lso_tui.edits.undo import last_batch, undo_entry

    with transaction(path) as db:
        table = db.table(EDITS)
        batch = last_batch(_with_ids(table.all()), user)
        if not batch:
            return []  # nothing written: the file stays byte-identical
        table.update({"undone": True}, doc_ids=[e["id"] for e in batch])
        out = []
        for e in batch:
            entry = undo_entry(e)
            out.append({**entry, "id": table.insert(entry)})
        return out


def edits(path: Path) -> list[dict[str, Any]]:
    """The audit log, oldest first, with ids."""
    data = load(path)
    if data is None:
        raise missing(path)  # reading the log of a mistyped path is an error, not an empty log
    return [{**e, "id": int(k)} for k, e in sorted(data.get(EDITS, {}).items(), key=lambda kv: int(kv[0]))]


