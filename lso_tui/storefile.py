"""The store file itself: deterministic JSON, atomic publication, parsing and backups.

No TinyDB here: these are the guarantees the TinyDB storage in store.py is built on. A write goes
to a temp file in the same directory, is fsynced, renamed over the store and the directory fsynced,
so a kill at any moment leaves either the old store or the new one, never a torn file.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from lso_tui.errors import InputError
from lso_tui.storepath import file_mode

SCHEMA_VERSION = 1
META = "_meta"


class StoreError(InputError):
    """A store that cannot be opened or written safely (reported in one line, file left as is)."""


def dumps(data: dict[str, Any]) -> bytes:
    """Deterministic JSON: sorted keys, UTF-8, one space indent, trailing newline."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def publish(path: Path, payload: bytes) -> None:
    """Atomically replace *path* with *payload*: temp file, fsync, rename, directory fsync."""
    directory = path.parent
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        os.fchmod(fd, file_mode(directory))  # explicit: the umask must not widen or narrow it
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    dfd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def load(path: Path) -> dict[str, Any] | None:
    """Parse the store file; None if absent. Raises StoreError if unreadable, invalid or too new."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a directory, not a store file") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store ({exc.strerror})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"{path}: the store does not parse ({exc}); it was left untouched") from None
    if not isinstance(data, dict):
        raise StoreError(f"{path}: not an lso-tui store (top level is not an object); left untouched")
    version = schema_of(data)
    if version is None:
        raise StoreError(f"{path}: not an lso-tui store (no schema version); left untouched")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema {version} is newer than this lso-tui understands ({SCHEMA_VERSION});"
            " upgrade lso-tui. The file was left untouched"
        )
    return data


def schema_of(data: dict[str, Any]) -> int | None:
    """The schema version recorded in a store's meta table, if any."""
    meta = data.get(META, {}).get("1")
    value = meta.get("schema") if isinstance(meta, dict) else None
    return value if isinstance(value, int) else None


BACKUPS = 3


def rotate_backups(path: Path) -> None:
    """Keep the last few versions as NAME.bak1 (newest) … NAME.bakN, each published atomically."""
    if not path.exists():
        return
    for i in range(BACKUPS, 1, -1):
        older = path.with_name(f"{path.name}.bak{i - 1}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.bak{i}"))
    publish(path.with_name(f"{path.name}.bak1"), path.read_bytes())
