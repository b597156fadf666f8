"""The store's lock: every read-modify-write of the file happens while holding it."""

from __future__ import annotations

import errno
import fcntl
import os
import time
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
POLL = 0.05
_BUSY = frozenset({errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK})  # some filesystems say EACCES


class LockBusy(Exception):
    """Another process held the store's lock for the whole timeout."""


@contextmanager
def locked(path: Path, check_first: bool = True) -> Iterator[None]:
    """Hold the store's file lock (read-modify-write happens only inside it); clean stale temps.

    A lock file is made only beside a store: before the first lock at a path, a file there must open
    as one (a mistyped --db naming some other file is refused and left alone, nothing beside it).
    `restore`, which replaces a store that does not open, asks with *check_first* False.
    """
    check_store_path(path)
    check_writable_place(path)
    if check_first and not lock_path(path).exists():
        load(path)  # StoreError for a file that is not a store; nothing there (None) is fine
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = _hold(lock_path(path), file_mode(path.parent), LOCK_TIMEOUT)
        try:
            clean_stale_temps(path)
            yield
        finally:
            os.close(fd)  # closing the only descriptor of the lock file releases its flock
    except LockBusy:
        raise StoreError(
            f"{path}: another lso-tui has held the store for {LOCK_TIMEOUT:.0f} s; try again"
        ) from None
    except PermissionError as exc:
        raise StoreError(
            f"{path}: cannot lock the store for writing ({exc.strerror}); it is read-only for you"
        ) from None


def _hold(lock: Path, mode: int, timeout: float) -> int:
    """A descriptor of the lock file *lock* holding its exclusive flock(2), the lock filelock's
    UnixFileLock takes (that package took ≈ 15 ms to import, a fifth of an edit from the shell).
    A lock file made here has *mode* whatever the umask; a symbolic link there is not followed.
    LockBusy when another process holds it for *timeout* seconds."""
    flags = os.O_RDWR | os.O_NOFOLLOW
    try:
        fd = os.open(lock, flags | os.O_CREAT | os.O_EXCL, mode)
        try:
            os.fchmod(fd, mode)
        except BaseException:
            os.close(fd)
            raise
    except FileExistsError:
        fd = os.open(lock, flags)
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except OSError as exc:
            if exc.errno not in _BUSY:
                os.close(fd)
                raise
        if time.monotonic() >= deadline:
            os.close(fd)
            raise LockBusy(lock)
        time.sleep(POLL)
