"""Where a store may live safely: no symlinks, no world-writable places, modes for shared teams.

A store in a setgid group directory is shared: its files are created 0660 so the group can edit;
anywhere else they are 0600 (private), whatever the umask.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from lso_tui.errors import StoreError, refusal

TEMP_GLOB = ".{name}.*.tmp"


def file_mode(directory: Path) -> int:
    """0660 in a setgid (group-shared) directory, else 0600."""
    try:
        shared = bool(directory.stat().st_mode & stat.S_ISGID)
    except FileNotFoundError:
        shared = False
    return 0o660 if shared else 0o600


def lock_path(path: Path) -> Path:
    """The lock file beside the store."""
    return path.with_name(path.name + ".lock")


def check_store_path(path: Path) -> None:
    """Refuse symlinked store or lock paths and world-writable stores or directories (one line)."""
    for p in (path, lock_path(path)):
        if p.is_symlink():
            raise refusal("err.store.symlink", path=p)
    directory = path.parent
    if directory.exists():
        mode = directory.stat().st_mode
        if mode & stat.S_IWOTH and not mode & stat.S_ISVTX:
            raise refusal("err.store.dir_world", path=directory)
    if path.exists() and path.stat().st_mode & stat.S_IWOTH:
        raise refusal("err.store.world", path=path)


def check_writable_place(path: Path) -> None:
    """Refuse to write a store whose directory anyone may write, even with the sticky bit (/tmp):
    another user could make the lock or a temp file first, and deny every edit (one line)."""
    try:
        mode = path.parent.stat().st_mode
    except FileNotFoundError:
        return
    if mode & stat.S_IWOTH:
        # (a StoreError: the dashboard says it as it says a lock it cannot take)
        raise refusal("err.store.dir_anyone", StoreError, path=path.parent)


def clean_stale_temps(path: Path) -> int:
    """Remove temp files a killed writer left beside the store (call with the lock held)."""
    removed = 0
    for tmp in path.parent.glob(TEMP_GLOB.format(name=path.name)):
        if tmp.is_file() and not tmp.is_symlink():
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
                removed += 1
    return removed


def writable(path: Path) -> bool:
    """Whether this process can replace the store (its directory must be writable for the rename)."""
    target = path if path.exists() else path.parent
    return os.access(target, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
