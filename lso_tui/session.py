"""StoreSession: one user's session on one store, handed to the dashboard (as Harlequin hands its
adapter to its App). It reads the store as a Dataset, applies and undoes changes, ingests articles,
and tells when another process has replaced the file; the UI never opens a file itself."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lso_tui.errors import InputError, StoreError
from lso_tui.i18n import Catalogue

if TYPE_CHECKING:  # loaded with the store, in the loading thread: not before the first frame
    from lso_tui.build.review import ReviewItem
    from lso_tui.edits.change import Change
    from lso_tui.views.dataset import Dataset

__all__ = ["ReviewItem", "StoreError", "StoreSession", "article_files", "excerpt"]

FileKey = tuple[int, int, int]


class StoreSession:
    """The store at *path* as one user sees it, in one language, read-only when asked."""

    def __init__(
        self, path: Path, cat: Catalogue, *, read_only: bool = False, clear_temps: bool = False
    ) -> None:
        """Nothing is read yet. With *clear_temps*, the first read of a writable store takes the lock
        once, which clears temp files a killed writer left behind."""
        self.path = path
        self.cat = cat
        self.read_only = read_only
        self._clear_temps = clear_temps
        self._seen = self._file_key()  # taken before any read: no later write is missed

    def _file_key(self) -> FileKey | None:
        """What changes when the store is replaced: inode, mtime, size (an atomic rename changes them)."""
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def read(self) -> Dataset:
        """The store as it is now, shaped for the dashboard (StoreError when it cannot be opened)."""
        from lso_tui.store.db import Store
        from lso_tui.store.lock import locked
        from lso_tui.views.dataset import Dataset

        self._seen = self._file_key()
        store = Store.open(self.path)
        store.writable = store.writable and not self.read_only
        if self._clear_temps and store.writable:
            with locked(self.path):
                pass
        self._clear_temps = False
        return Dataset(store, self.cat)

    def changed(self) -> bool:
        """Whether another process published a new version of the store since the last read."""
        key = self._file_key()
        if key is None or key == self._seen:
            return False
        self._seen = key
        return True

    def forget(self) -> None:
        """Count the store as changed at the next check (after this session wrote to it)."""
        self._seen = None

    def apply(self, changes: list[Change], check: Callable[[dict[str, list[dict[str, Any]]], Change], Any]) -> None:
        """Write *changes* in one transaction after *check* passed for each (see store.db.apply_changes)."""
        from lso_tui.store.db import apply_changes

        apply_changes(self.path, changes, check)

    def undo(self) -> dict[str, Any] | None:
        """Undo this user's last edit still in force; None when there is none."""
        from lso_tui.edits.change import who
        from lso_tui.store.db import undo_last

        return undo_last(self.path, who())

    def plan_ingest(self, articles: list[Path]) -> tuple[Any, list[str], list[ReviewItem]]:
        """(Slow: extraction and the register) What adding *articles* (files, or folders standing for
        their *.txt) would change: the plan, its preview, and the facts to review."""
        from lso_tui.build.ingest import plan, preview_lines, review_items
        from lso_tui.store.db import Store

        p = plan(Store.open(self.path), article_files(articles), [], untick_low=True)
        return p, preview_lines(p, self.cat), review_items(p, self.cat)

    @staticmethod
    def same_choice(planned: Any, rejected: dict[str, set[str]]) -> bool:
        """Whether *rejected* (per article, the keys left out) is what *planned* was built with."""
        mine = {d: set(k) for d, k in planned.rejections.items() if k}
        return mine == {d: set(k) for d, k in rejected.items() if k}

    def ingest(self, planned: Any, rejected: dict[str, set[str]] | None = None) -> None:
        """(Slow when *rejected* differs from the plan's: the tables are built again.) Merge a planned
        ingest, leaving out the facts *rejected* and remembering them for their article, in one write
        (refused, file untouched, if the store changed what it needs)."""
        from lso_tui.build.ingest import apply, choose
        from lso_tui.store.db import Store

        store = Store.open(self.path)
        if rejected is not None and not self.same_choice(planned, rejected):
            planned = choose(store, planned, rejected)
        apply(self.path, planned, store.meta().get("scope"))


def article_files(paths: list[Path]) -> list[Path]:
    """The files *paths* name: a folder stands for its *.txt files (sorted; an empty one is an error)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.glob("*.txt") if f.is_file())
            if not found:
                raise InputError(f"{p}: no .txt file in this folder")
            out += found
        else:
            out.append(p)
    if not out:
        raise InputError("ingest: give the path of an article, or of a folder of articles")
    return out


def excerpt(item: ReviewItem, width: int = 60) -> tuple[str, int, int]:
    """A fact's sentence cut to about *width* characters around it (see build.review.excerpt)."""
    from lso_tui.build.review import excerpt as cut

    return cut(item, width)
