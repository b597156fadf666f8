"""The store file itself: deterministic JSON, atomic publication, parsing and backups.

No TinyDB here: these are the guarantees the TinyDB storage in store.py is built on. A write goes
to a temp file in the same directory, is fsynced, renamed over the store and the directory fsynced,
so a kill at any moment leaves either the old store or the new one, never a torn file.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from lso_tui.atomic_file import NoTempFile, NotSynced, write_atomically
from lso_tui.errors import StoreError, refusal
from lso_tui.regular_file import read_regular
from lso_tui.store.location import file_mode
from lso_tui.store.shape import shape_problem
from lso_tui.text import clean, json_is_clean

SCHEMA_VERSION = 1
META = "_meta"


def dumps(data: dict[str, Any]) -> bytes:
    """Deterministic JSON: sorted keys, UTF-8 (not escaped), no spaces, trailing newline.

    msgspec encodes a country store (≈ 2.5 MB) in ≈ 7 ms where json's C encoder took ≈ 70 ms, most
    of what an edit cost. The bytes are json.dumps(sort_keys=True, ensure_ascii=False,
    separators=(",", ":"))'s, but for a float's exponent (1e-7, not 1e-07: the same number) and NaN
    or an infinity, written null (json wrote NaN, which is no JSON: the store would no longer open).
    A key that is not text (json writes it as text; msgspec sorts text keys only) takes json's way.
    """
    try:
        return msgspec.json.encode(data, order="sorted") + b"\n"
    except TypeError:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return (text + "\n").encode("utf-8")


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection meanwhile (then as before): parsing and checking a store makes
    ≈ 10^5 objects, none of them garbage, and the collector walked every live object again and again
    as they were made (≈ 40 % of a country store's load in a process holding the dashboard's)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _fault(step: str) -> None:
    """Test hook: LSO_TUI_FAULT=write|fsync|replace makes that step fail as a full disk would."""
    if os.environ.get("LSO_TUI_FAULT") == step:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def publish(path: Path, payload: bytes) -> None:
    """Atomically replace *path* with *payload* (see atomic_file), with the store's file mode.

    Any failure (disk full, permission, read-only filesystem) leaves the old file as it was, and is
    reported as one StoreError line.
    """
    directory = path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise refusal("err.store.mkdir", StoreError, path=path, why=exc.strerror) from None
    try:
        write_atomically(path, payload, mode=file_mode(directory), fault=_fault)
    except NotSynced:
        raise
    except NoTempFile as exc:
        raise refusal("err.store.mkdir", StoreError, path=path, why=exc.strerror) from None
    except OSError as exc:
        raise refusal("err.store.save", StoreError, path=path, why=exc.strerror) from None


def missing(path: Path) -> StoreError:
    """The error for a store that does not exist yet."""
    return refusal("store.missing", StoreError, path=path)


_WRITTEN: dict[Path, tuple[bytes, dict[str, Any]]] = {}
"""The last store this process wrote in a transaction: its path, the bytes written, and the data
they hold (parsed, checked and changed: what reading them back would give)."""


def remember(path: Path, payload: bytes, data: dict[str, Any]) -> None:
    """Keep *data*, just written to *path* as *payload*, for this process's next transaction on it
    (one store at a time: the last one written)."""
    _WRITTEN.clear()
    _WRITTEN[path] = (payload, data)


def recall(path: Path) -> dict[str, Any] | None:
    """The data this process last wrote to *path* if the file holds those very bytes still (else
    None: another process or a hand changed it, and it is parsed and checked again). Reading and
    comparing the bytes costs ≈ 2 ms on a country store, parsing and checking them ≈ 40 ms; file
    times and inodes are not trusted (a change made in place within one clock tick keeps them).
    Given away once: the transaction that takes it changes it, and remembers what it writes."""
    kept = _WRITTEN.pop(path, None)
    if kept is None:
        return None
    try:
        raw = read_regular(path, len(kept[0]))
    except OSError:
        return None  # gone, grown or unreadable: the parse says why
    return kept[1] if raw == kept[0] else None


def load(path: Path) -> dict[str, Any] | None:
    """Parse the store file; None if absent. Raises StoreError if unreadable, invalid or too new."""
    return load_checked(path, check=False)[0]


def load_checked(path: Path, check: bool = True) -> tuple[dict[str, Any] | None, bool]:
    """The parsed store (None if absent) and whether all its text is already clean (see text_is_clean;
    False without *check*: writers never show text, so they skip the ≈ 20 ms it costs on a country)."""
    raw = _read(path)
    if raw is None:
        return None, True
    with gc_paused():
        data = _parsed(path, raw)
    return data, check and json_is_clean(raw.decode("utf-8"))


def load_tables(path: Path) -> tuple[dict[str, Any] | None, dict[str, msgspec.Raw]]:
    """The parsed store (None if absent), parsed and checked as load() does, and the bytes each of
    its tables had in the file: a transaction writes back the tables it did not change as those
    bytes (dumps_with) instead of encoding them again. Empty bytes when the file is not an object of
    tables (the parse then says why, as load() would)."""
    raw = _read(path)
    if raw is None:
        return None, {}
    with gc_paused():
        try:
            tables = msgspec.json.decode(raw, type=dict[str, msgspec.Raw])
            data = {name: msgspec.json.decode(table) for name, table in tables.items()}
        except (msgspec.DecodeError, RecursionError):
            return _parsed(path, raw), {}  # refused with load()'s own words
        return _checked(path, data), tables


def dumps_with(data: dict[str, Any], kept: dict[str, msgspec.Raw]) -> bytes:
    """dumps(*data*), its tables found in *kept* written as those bytes (the file's, for tables a
    transaction read and left as they were: the bytes they were parsed from, which dumps would
    write again for a store lso-tui wrote; one written by hand keeps its spacing there)."""
    try:
        return msgspec.json.encode({k: kept.get(k, v) for k, v in data.items()}, order="sorted") + b"\n"
    except TypeError:
        return dumps(data)


def _read(path: Path) -> bytes | None:
    """The store file's bytes (None if absent); StoreError for a directory or an unreadable file."""
    try:
        return read_regular(path, STORE_BYTES)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise refusal("err.store.directory", StoreError, path=path) from None
    except OSError as exc:
        raise refusal("err.store.unreadable", StoreError, path=path, why=exc.strerror) from None


def _parsed(path: Path, raw: bytes) -> dict[str, Any]:
    """The store file's bytes parsed (msgspec checks the UTF-8 too), of a known schema and shape."""
    try:
        data = msgspec.json.decode(raw)  # strict JSON: no NaN, no integer past 64 bits
    except (msgspec.DecodeError, RecursionError) as exc:
        why = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise refusal("err.store.parse", StoreError, path=path, why=why) from None
    return _checked(path, data)


def _checked(path: Path, data: Any) -> dict[str, Any]:
    """The parsed store *data*, refused (StoreError) unless it is of a known schema and shape."""
    if not isinstance(data, dict):
        raise refusal("err.store.not_object", StoreError, path=path)
    version = schema_of(data)
    if version is None:
        raise refusal("err.store.no_schema", StoreError, path=path)
    if version > SCHEMA_VERSION:
        raise refusal(
            "err.store.newer", StoreError, path=path, version=version, known=SCHEMA_VERSION
        )
    problem = shape_problem(data)
    if problem is not None:
        why = clean(problem, keep_newlines=False)[:200]
        raise refusal("err.store.invalid", StoreError, path=path, why=why)
    return data


STORE_BYTES = 1_000_000_000
"""A store larger than this is refused before it is read (the country's is about 2.5 MB)."""


def backups(path: Path) -> list[Path]:
    """The rotating backups of a store, newest first."""
    return [p for i in range(1, BACKUPS + 1) if (p := path.with_name(f"{path.name}.bak{i}")).is_file()]


def schema_of(data: dict[str, Any]) -> int | None:
    """The schema version recorded in a store's meta table, if any."""
    table = data.get(META)
    meta = table.get("1") if isinstance(table, dict) else None
    value = meta.get("schema") if isinstance(meta, dict) else None
    return value if isinstance(value, int) else None


BACKUPS = 3


def hold_version(path: Path) -> Path | None:
    """Keep the store's current version under a pending name before it is replaced (None when there
    is no store). The store is only ever replaced by rename, never written in place, so a hard link
    to it is as good as a copy and costs nothing; where links are not possible, copy."""
    if not path.exists():
        return None
    held = path.with_name(f".{path.name}.bak-pending")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(held)
    try:
        os.link(path, held)
    except OSError:
        publish(held, path.read_bytes())
    return held


def drop_held(held: Path | None) -> None:
    """Forget a version held for a write that failed: the backups stay as they were."""
    if held is not None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(held)


def rotate_backups(path: Path, held: Path | None) -> None:
    """Once the new version is in place: NAME.bak1 … shift by one and the held version becomes
    NAME.bak1 (newest). Called only after a write succeeded, so a failed save never pushes a good
    backup out."""
    if held is None:
        return
    for i in range(BACKUPS, 1, -1):
        older = path.with_name(f"{path.name}.bak{i - 1}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.bak{i}"))
    os.replace(held, path.with_name(f"{path.name}.bak1"))
