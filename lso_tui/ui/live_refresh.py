"""Another process's writes on screen: the store polled, read again in a thread, and every screen sent
the fresh dataset; a base of LsoApp (ui.app), under the help and palette (ui.app_help)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lso_tui.ui.app_help import HelpfulApp
from lso_tui.ui.messages import DatasetChanged

if TYPE_CHECKING:
    from lso_tui.session import StoreSession
    from lso_tui.views.dataset import Dataset

POLL_SECONDS = 0.25  # another process's write is seen within a quarter of a second (a stat per poll)
VIEW_DELAY = 0.3  # s after a read again before its view is written for the next opening


class LiveRefreshApp(HelpfulApp):
    """The store read again when it changes: another process's write in a thread (keys stay live), this
    session's own at once."""

    session: StoreSession
    _ds: Dataset | None
    _reading_again = False  # whether a read of another process's write is under way (_poll_store)
    _generation = 0  # datasets shown since the first: a read begun before a newer one is dropped

    def _poll_store(self) -> None:
        """Read the store again, in a thread, when another process published a new version of it (not
        while a read is under way: the version seen stays the last one read, so a write meanwhile is
        found at the next poll)."""
        if not self._reading_again and self.session.changed():
            self._reading_again = True
            generation = self._generation
            self.run_worker(lambda: self._read_again(generation), thread=True, exit_on_error=False)

    def _read_again(self, generation: int) -> None:
        """(Thread) Read the store (≈ 0.3 s for the country's: keys stay live meanwhile) and hand the
        dataset, or the error, to the app."""
        try:
            ds = self.session.read()
        except Exception as exc:  # replaced by something unreadable
            self.call_from_thread(self._read_failed, exc)
            return
        self.call_from_thread(self._read_done, ds, generation)

    def _read_done(self, ds: Dataset, generation: int) -> None:
        """A read in a thread is done: show it, unless this session read the store itself meanwhile
        (after its own save: that read is as new or newer)."""
        self._reading_again = False
        if generation == self._generation:
            self._fresh(ds)
        else:  # (it may have read a version newer than this session's own read: look again at the next poll)
            self.session.forget()

    def _read_failed(self, exc: Exception) -> None:
        """A read in a thread failed: say so, keep the last good data."""
        self._reading_again = False
        self._unreadable(exc)

    def _unreadable(self, exc: Exception) -> None:
        """The store was replaced by something unreadable: say so (the last good data stays)."""
        self.notify(self.cat.error(exc), severity="error", markup=False)

    def _reload(self) -> None:
        """Read the store now, on the event loop, and send every screen the fresh dataset (this session
        just wrote to it: what it says next is read from the new version); an unreadable store: say so,
        keep the last good data."""
        try:
            ds = self.session.read()
        except Exception as exc:  # replaced by something unreadable
            self._unreadable(exc)
            return
        self._fresh(ds)

    def _fresh(self, ds: Dataset) -> None:
        """Send every screen the fresh dataset *ds*."""
        self._generation += 1
        self._ds = ds
        for screen in self.screen_stack:
            screen.post_message(DatasetChanged(ds))
        # The view for the next opening, once this screen is drawn (off the refresh's path).
        self.set_timer(VIEW_DELAY, lambda: self.run_worker(self.session.keep_view, thread=True, exit_on_error=False))

    def _refresh_now(self) -> None:
        """Read the store again now (this session just wrote to it)."""
        self.session.forget()
        if self.session.changed():
            self._reload()
