"""Read a file that must be a regular file under a size limit, checked on the open descriptor: a
FIFO, a device or a file swapped between a check and the open can neither hang nor flood a reader."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotRegularFile(OSError):
    """The path names a FIFO, a device or a socket (a directory raises IsADirectoryError)."""


class TooLarge(OSError):
    """The file holds more than the reader's limit; *size* is how much it holds."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        """The error for *path*, of *size* bytes, over *limit*."""
        super().__init__(errno.EFBIG, f"larger than {limit // 1_000_000} MB", str(path))
        self.size = size


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of *path*, which must be a regular file of at most *limit* bytes: opened without
    blocking (a FIFO would hang every command, and the dashboard with it), checked with fstat after
    opening (a symlink to /dev/zero is a character device), read only then and never past the limit
    (a file that grows after the check). OSError otherwise (FileNotFoundError, IsADirectoryError,
    NotRegularFile, TooLarge, PermissionError, …)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
        if info.st_size > limit:
            raise TooLarge(path, info.st_size, limit)
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            raw = fh.read(limit + 1)
        if len(raw) > limit:
            raise TooLarge(path, len(raw), limit)
        return raw
    finally:
        if fd >= 0:
            os.close(fd)
