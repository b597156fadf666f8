"""`lso-tui restore`: the newest backup that opens, put in place of a store that does not."""

from __future__ import annotations

import os
import time
from pathlib import Path

from lso_tui.atomic_file import write_atomically
from lso_tui.errors import StoreError, refusal
from lso_tui.store.file import backups, load, missing, publish
from lso_tui.store.lock import locked

ASIDE_NAMES = 100
"""Names tried for the broken file (STORE.broken-TIME, then -2, -3, …): another restore in the same
second, or a file someone planted under the name, takes the next one."""


def _keep_aside(path: Path) -> Path:
    """A second name for the broken file (a hard link, else a copy), one no file has yet; the path
    keeps it until the backup replaces it in one rename, so there is never a moment without a store."""
    stamp = f"{path.name}.broken-{int(time.time())}"
    for n in range(1, ASIDE_NAMES + 1):
        aside = path.with_name(stamp if n == 1 else f"{stamp}-{n}")
        try:
            os.link(path, aside)
            return aside
        except FileExistsError:
            continue  # never over another file: try the next name
        except OSError:
            pass  # no hard links here: a copy
        try:
            write_atomically(aside, path.read_bytes(), overwrite=False)
            return aside
        except FileExistsError:
            continue
    raise refusal("err.store.aside", StoreError, path=path.with_name(stamp), n=ASIDE_NAMES)


def restore(path: Path) -> tuple[Path, Path | None]:
    """Put the newest backup that opens in place of a store that does not; the broken file is kept
    beside it (renamed), never deleted. Returns (backup used, where the broken file went).

    Nothing there, or no backup at all: refused before the lock, so that a mistyped path, or a file
    that was never a store, gets no lock file beside it.
    """
    if not path.exists() and not path.is_symlink():
        raise missing(path)
    if not backups(path):
        _refuse_if_it_opens(path)
        raise _no_backup(path)
    with locked(path, check_first=False):
        _refuse_if_it_opens(path)
        for candidate in backups(path):
            try:
                if load(candidate) is None:
                    continue
            except StoreError:
                continue
            aside = _keep_aside(path)
            try:
                publish(path, candidate.read_bytes())  # atomic: the path holds the broken file or the backup
            except BaseException:
                os.unlink(aside)  # nothing changed: the broken file is still at the path
                raise
            return candidate, aside
    raise _no_backup(path)


def _refuse_if_it_opens(path: Path) -> None:
    """A store that opens has nothing to restore (StoreError says so)."""
    try:
        load(path)
    except StoreError:
        return
    raise refusal("err.store.opens", StoreError, path=path)


def _no_backup(path: Path) -> StoreError:
    """The error when no backup of *path* opens."""
    return refusal("err.store.no_backup", StoreError, path=path)
