"""The store's lock: every read-modify-write of the file happens while holding it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lso_tui.errors import StoreError
from lso_tui.store.file import load
from lso_tui.store.location import (
    check_store_path,
    check_writable_place,
    clean_stale_temps,
    file_mode,
    lock_path,
)

LOCK_TIMEOUT = 10.0


@contextmanager
def locked(path: Path, check_first: bool = True) -> Iterator[None]:
    """Hold the store's file lock (read-modify-write happens only inside it); clean stale temps.

    A lock file is made only beside a store: before the first lock at a path, a file there must open
    as one (a mistyped --db naming some other file is refused and left alone, nothing beside it).
    `restore`, which replaces a store that does not open, asks with *check_first* False.
    """
    from filelock import FileLock, Timeout

    check_store_path(path)
    check_writable_place(path)
    if check_first and not lock_path(path).exists():
        load(path)  # StoreError for a file that is not a store; nothing there (None) is fine
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path(path)), timeout=LOCK_TIMEOUT, mode=file_mode(path.parent))
    try:
        with lock:
            clean_stale_temps(path)
            yield
    except Timeout:
        raise StoreError(
            f"{path}: another lso-tui has held the store for {LOCK_TIMEOUT:.0f} s; try again"
        ) from None
    except PermissionError as exc:
        raise StoreError(
            f"{path}: cannot lock the store for writing ({exc.strerror}); it is read-only for you"
        ) from None
