"""The store file's TinyDB storage stack, the one way it is written: atomic publication
(AtomicJSONStorage), a generation counter, backups kept only after a write succeeded, and a
transaction's writes made one (TinyDB's middleware pattern: each wraps the next)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import msgspec
from tinydb.middlewares import Middleware
from tinydb.storages import Storage

from lso_tui.errors import StoreError, refusal
from lso_tui.store.file import (
    META,
    SCHEMA_VERSION,
    drop_held,
    dumps,
    dumps_with,
    hold_version,
    load,
    load_tables,
    publish,
    recall,
    remember,
    rotate_backups,
)
from lso_tui.store.shape import shape_problem

EDITS = "edits"


class AtomicJSONStorage(Storage):
    """A TinyDB Storage that reads the whole file and publishes every write atomically."""

    def __init__(self, path: str | Path, read_only: bool = False, log_only: bool = False) -> None:
        """Remember the path; nothing is created until the first write. *log_only*: the storage of
        a transaction, which changes the audit log (and the meta record) and nothing else."""
        self.path = Path(path)
        self.read_only = read_only
        self.log_only = log_only
        self._data: dict[str, Any] | None = None
        self._read: dict[str, Any] = {}  # a transaction's tables as read, and their bytes
        self._bytes: dict[str, msgspec.Raw] = {}

    def read(self) -> dict[str, Any] | None:
        """The parsed store, or None for a store not yet written.

        Parsed once per instance: TinyDB reads before every table operation, and a storage lives
        for one transaction, under the lock, where nobody else can change the file. A transaction
        takes what this process's last transaction wrote instead when the file is still that one
        (file.recall): parsing and checking a country store again was most of an edit's time.
        Otherwise it keeps each table's bytes beside what they parse to (file.load_tables).
        """
        if self._data is None and self.log_only:
            self._data = recall(self.path)
            if self._data is None:
                self._data, self._bytes = load_tables(self.path)
                self._read = dict(self._data or {})
        if self._data is None:
            self._data = load(self.path)
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        """Publish *data* atomically; refused on a read-only store. A transaction's store is kept
        for the next one (file.remember) once the tables it may change pass the shape check that
        reading the file back would make (the others are as they were read, checked)."""
        if self.read_only:
            raise refusal("err.store.read_only", StoreError, path=self.path)
        payload = dumps_with(data, self._unchanged(data)) if self._bytes else dumps(data)
        publish(self.path, payload)
        self._data = data
        if self.log_only:
            self._keep(payload, data)

    def _unchanged(self, data: dict[str, Any]) -> dict[str, msgspec.Raw]:
        """The bytes read of each table *data* still holds as it was read (the very object: TinyDB
        replaces a table it changes, and a transaction changes no record in place)."""
        return {
            k: raw
            for k, raw in self._bytes.items()
            if k not in (META, EDITS) and k in data and data[k] is self._read.get(k)
        }

    def _keep(self, payload: bytes, data: dict[str, Any]) -> None:
        """Remember a transaction's store (file.remember) as reading *payload* would give it: the
        tables it may change are encoded and parsed again alone (cheap: the log, the meta record),
        so their order and values are the file's, then shape-checked; the others are as read."""
        try:
            changed = msgspec.json.decode(dumps({k: data[k] for k in (META, EDITS) if k in data}))
        except msgspec.DecodeError:
            return  # a value the file cannot hold: the next read refuses it, as without this
        if shape_problem(changed) is None:
            remember(self.path, payload, {**data, **changed})

    def close(self) -> None:
        """Nothing is held open between calls."""


class GenerationMiddleware(Middleware):
    """Raises the store's generation counter with every write (readers tell versions apart by it)."""

    def write(self, data: dict[str, Any]) -> None:
        """Count this version, then write it."""
        meta = data.setdefault(META, {}).setdefault("1", {"schema": SCHEMA_VERSION})
        meta["generation"] = int(meta.get("generation", 0)) + 1
        self.storage.write(data)


class BackupMiddleware(Middleware):
    """Keeps the versions before a process's writes as NAME.bak1…: a bad session can be undone.

    By default the backups rotate before the first write a process makes to a store; a build
    (*every_write*) rotates before each of its writes, since each replaces every built table.
    """

    backed_up: ClassVar[set[Path]] = set()

    def __init__(self, storage_cls: Any, every_write: bool = False) -> None:
        """Wrap *storage_cls* (a Storage or another middleware)."""
        super().__init__(storage_cls)
        self.every_write = every_write

    def __call__(self, path: str | Path, *args: Any, **kwargs: Any) -> BackupMiddleware:
        """Open the storage of the store at *path* (TinyDB calls this), remembering the path."""
        self.path = Path(path)
        self.storage = self._storage_cls(path, *args, **kwargs)
        return self

    def write(self, data: dict[str, Any]) -> None:
        """Write; when a backup is due, the version replaced becomes NAME.bak1, but only once the
        write succeeded (a failed save leaves every backup as it was)."""
        path = self.path
        if not (self.every_write or path not in BackupMiddleware.backed_up):
            self.storage.write(data)
            return
        held = hold_version(path)
        try:
            self.storage.write(data)
        except BaseException:
            drop_held(held)
            raise
        rotate_backups(path, held)
        BackupMiddleware.backed_up.add(path)


class OneWriteMiddleware(Middleware):
    """Holds a transaction's writes and makes them one (TinyDB writes once per table operation: an
    undo that marks an edit undone and logs the undo would otherwise be two files, and a kill or a
    full disk between them would leave half of it)."""

    def __init__(self, storage_cls: Any) -> None:
        """Wrap *storage_cls*; nothing is held yet."""
        super().__init__(storage_cls)
        self.pending: dict[str, Any] | None = None

    def read(self) -> dict[str, Any] | None:
        """What the transaction wrote so far, else the file."""
        return self.pending if self.pending is not None else self.storage.read()

    def write(self, data: dict[str, Any]) -> None:
        """Hold *data* until the transaction ends."""
        self.pending = data

    def flush(self) -> None:
        """Write what the transaction holds, once (nothing when it wrote nothing)."""
        if self.pending is not None:
            self.storage.write(self.pending)
            self.pending = None


def store_storage(every_write_backed_up: bool = False) -> Any:
    """The one way the store file is written: atomic, counted, backed up (TinyDB's storage stack)."""
    return BackupMiddleware(GenerationMiddleware(AtomicJSONStorage), every_write=every_write_backed_up)
