"""StoreSession: one user's session on one store, handed to the dashboard (as Harlequin hands its
adapter to its App). It reads the store as a Dataset, applies and undoes changes, ingests articles,
and tells when another process has replaced the file; the UI never opens a file itself."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lso_tui.errors import InputError, StoreError
from lso_tui.i18n import Catalogue
from lso_tui.paths import article_files

if TYPE_CHECKING:  # loaded with the store, in the loading thread: not before the first frame
    from lso_tui.build.review import ReviewItem
    from lso_tui.build.tables import Fixes
    from lso_tui.edits.change import Change
    from lso_tui.views.dataset import Dataset
    from lso_tui.views.first import FirstView

__all__ = ["ReviewItem", "StoreError", "StoreSession", "article_files", "excerpt"]

FileKey = tuple[int, int, int]


class StoreSession:
    """The store at *path* as one user sees it, in one language, read-only when asked."""

    def __init__(
        self, path: Path, cat: Catalogue, *, read_only: bool = False, clear_temps: bool = False
    ) -> None:
        """Nothing is read yet. With *clear_temps*, clear_temps() after the first read of a writable
        store takes the lock once, which clears temp files a killed writer left behind."""
        self.path = path
        self.cat = cat
        self.read_only = read_only
        self._clear_temps = clear_temps
        self._seen = self._file_key()  # taken before any read: no later write is missed
        self._view_key: list[int] | None = None  # the store version the view on disk describes
        self._unit_widths: dict[str, int] = {}  # the unit list's column widths it holds, by column id
        self._view_lock = threading.Lock()  # keep_view runs in threads: one check-and-write at a time
        self._read: tuple[list[int] | None, Dataset] | None = None  # the last read and its version

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
        from lso_tui.store.first_view import store_key
        from lso_tui.views.dataset import Dataset

        self._seen = self._file_key()
        key = store_key(self.path)  # before the read: the data read is of this version or newer
        store = Store.open(self.path)
        store.writable = store.writable and not self.read_only
        self._clear_temps = self._clear_temps and store.writable
        ds = Dataset(store, self.cat)
        self._read = (key, ds)
        return ds

    def first_view(self) -> FirstView | None:
        """(Before the store is read: small and quick) What the first screen shows, from the view
        written beside the store, when it describes the store as it is now and has the right shape;
        None otherwise (the store is then read as usual)."""
        from lso_tui.store.first_view import read_view

        found = read_view(self.path)
        if found is None:
            return None
        data, clean = found
        from lso_tui.store.location import check_store_path, writable
        from lso_tui.views.first import BadView, FirstView

        try:
            check_store_path(self.path)  # a store the read will refuse shows nothing first
            view = FirstView(data, self.cat, self.path, writable(self.path) and not self.read_only, clean)
        except (BadView, InputError):
            return None
        self._view_key, self._unit_widths = data["store"], view.unit_widths
        return view

    @property
    def unit_widths(self) -> dict[str, int]:
        """The unit list's column widths, by column id, measured on every row: from the view, or as
        this session's dashboard last measured them (empty when not known)."""
        return self._unit_widths

    def keep_view(self, unit_widths: dict[str, int] | None = None) -> None:
        """(After the first rows, in a thread) Write the first screen's view of the store version
        last read, unless the view on disk describes it already (with these *unit_widths*, the unit
        list's column widths measured on every row; without them, the last ones known), the session
        is read-only, or the store has changed since (see store.first_view.write_view: never the
        store or a backup)."""
        from lso_tui.store.first_view import view_payload, write_view

        if self._read is None or self.read_only:
            return
        # (Two threads may both find the view out of date: the later write could put back older widths.)
        with self._view_lock:
            key, ds = self._read
            widths = self._unit_widths if unit_widths is None else unit_widths
            if key is None or (key, widths) == (self._view_key, self._unit_widths) or not ds.writable:
                return
            if write_view(self.path, key, view_payload(ds, unit_widths=widths)):
                self._view_key, self._unit_widths = key, widths

    def clear_temps(self) -> None:
        """(After the first read, once its rows are on screen: the lock may be held by a writer.) Take
        the lock once, which clears temp files a killed writer left behind; a lock that cannot be had
        now leaves them for the next writer, who clears them too."""
        from lso_tui.store.lock import locked

        if self._clear_temps:
            self._clear_temps = False
            try:
                with locked(self.path):
                    pass
            except StoreError:
                pass

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

    def apply(
        self, changes: list[Change], check: Callable[[dict[str, list[dict[str, Any]]], Change], Any]
    ) -> list[dict[str, Any]]:
        """Write *changes* in one transaction after *check* passed for each (see store.db.apply_changes);
        the audit entries written (what the changes implied included)."""
        from lso_tui.store.db import apply_changes

        return apply_changes(self.path, changes, check)

    def undo(self) -> list[dict[str, Any]]:
        """Undo this user's last save still in force (every edit of it); the undo entries, newest
        first, or none."""
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
    def same_choice(planned: Any, rejected: dict[str, set[str]], fixes: Fixes | None = None) -> bool:
        """Whether *rejected* (per article, the keys left out) and *fixes* (the corrections) are what
        *planned* was built with."""
        mine = {d: set(k) for d, k in planned.rejections.items() if k}
        my_fixes = {d: f for d, f in planned.fixes.items() if f}
        theirs = {d: dict(f) for d, f in (fixes or {}).items() if f}
        return mine == {d: set(k) for d, k in rejected.items() if k} and my_fixes == theirs

    def ingest(
        self, planned: Any, rejected: dict[str, set[str]] | None = None, fixes: Fixes | None = None
    ) -> None:
        """(Slow when the choice differs from the plan's: the tables are built again.) Merge a planned
        ingest, leaving out the facts *rejected* and correcting those in *fixes*, and remember both
        for their article, in one write (refused, file untouched, if the store changed what it needs)."""
        from lso_tui.build.ingest import apply, choose
        from lso_tui.store.db import Store

        store = Store.open(self.path)
        if rejected is not None and not self.same_choice(planned, rejected, fixes):
            planned = choose(store, planned, rejected, fixes)
        apply(self.path, planned, store.meta().get("scope"))

    def fix_form(self, planned: Any, item: ReviewItem) -> dict[str, str]:
        """The fields of *item* a user may correct, with the text the form starts with (the fact
        as extracted, or as corrected before when *item* carries a correction)."""
        from lso_tui.build.corrections import current_values

        ex = next(e for e in planned.extractions if e.document.id == item.doc_id)
        return {**current_values(ex, item.kind, item.key), **item.typed}

    def corrected_item(
        self, planned: Any, item: ReviewItem, typed: dict[str, str]
    ) -> tuple[ReviewItem, dict[str, Any]]:
        """*item* as corrected by what the user *typed* (InputError names a bad field), and the
        correction to keep."""
        from lso_tui.build.corrections import fixed_item, parse_fix

        fix = parse_fix(item.kind, typed)
        ex = next(e for e in planned.extractions if e.document.id == item.doc_id)
        return fixed_item(ex, item, fix, typed, self.cat), fix


def excerpt(item: ReviewItem, width: int = 60) -> tuple[str, int, int]:
    """A fact's sentence cut to about *width* characters around it (see build.review.excerpt)."""
    from lso_tui.build.review import excerpt as cut

    return cut(item, width)
