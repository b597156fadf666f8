"""`lso-tui restore`: the newest backup that opens, put in place of a store that does not."""

from __future__ import annotations

import os
import time
from pathlib import Path

from lso_tui.atomic_file import write_atomically
from lso_tui.errors import StoreError
from lso_tui.store.file import backups, load, publish
from lso_tui.store.lock import locked


def _keep_aside(path: Path, aside: Path) -> None:
    """A second name for the broken file (a hard link, else a copy); the path keeps it until the
    backup replaces it in one rename, so there is never a moment without a store."""
    try:
        os.link(path, aside)
    except OSError:
        write_atomically(aside, path.read_bytes(), overwrite=False)


def restore(path: Path) -> tuple[Path, Path | None]:
    """Put the newest backup that opens in place of a store that does not; the broken file is kept
    beside it (renamed), never deleted. Returns (backup used, where the broken file went)."""
    with locked(path):
        try:
            load(path)
        except StoreError:
            pass
        else:
            raise StoreError(f"{path}: the store opens fine; nothing to restore")
        for candidate in backups(path):
            try:
                if load(candidate) is None:
                    continue
            except StoreError:
                continue
            aside = path.with_name(f"{path.name}.broken-{int(time.time())}")
            _keep_aside(path, aside)
            try:
                publish(path, candidate.read_bytes())  # atomic: the path holds the broken file or the backup
            except BaseException:
                os.unlink(aside)  # nothing changed: the broken file is still at the path
                raise
            return candidate, aside
    raise StoreError(f"{path}: no backup opens either; build a fresh store: lso-tui build --db NEW.json")
