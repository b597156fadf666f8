"""One atomic file write for the store and for exports: a temp file beside the target, fsynced, then
renamed over it (or linked, when an existing file must never be replaced), and the directory fsynced.
A kill at any moment leaves the old file or the new one, never a torn one, and no temp file stays."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class NoTempFile(OSError):
    """The temp file could not be made beside the target (missing, read-only or full directory)."""


class NotSynced(OSError):
    """The file is in place, but its directory could not be flushed to disk."""


def _no_fault(step: str) -> None:
    """No fault injected."""


def write_atomically(
    path: Path,
    payload: bytes,
    *,
    mode: int | None = None,
    overwrite: bool = True,
    fault: Callable[[str], None] = _no_fault,
) -> None:
    """Put *payload* at *path* atomically, with *mode* when given (explicit: the umask must not widen
    or narrow it). Without *overwrite*, FileExistsError if *path* exists, even if it appeared a moment
    ago. Raises NoTempFile, NotSynced (the new file is in place), or OSError from a step between
    (the old file is untouched); *fault(step)* lets tests fail a step
    ("write", "fsync", "replace") as a full disk would."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise NoTempFile(exc.errno, exc.strerror, exc.filename) from None
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fault("write")
            fh.write(payload)
            fh.flush()
            fault("fsync")
            os.fsync(fh.fileno())
        fault("replace")
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if the file exists: never replaced behind the user's back
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    try:
        dfd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError as exc:
        raise NotSynced(exc.errno, exc.strerror, exc.filename) from None
