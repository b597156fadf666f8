"""A Rich progress bar on stderr for long work: on a terminal only, once the work has lasted a second."""

from __future__ import annotations

import os
import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING

from lso_tui.i18n import Catalogue
from lso_tui.text import clean

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

SHOW_AFTER = 1.0
"""Seconds of work before the bar appears: quicker work shows nothing (LSO_TUI_PROGRESS_AFTER overrides)."""


def _show_after() -> float:
    """SHOW_AFTER, or the number LSO_TUI_PROGRESS_AFTER gives (tests use it to make the rule certain)."""
    try:
        return float(os.environ.get("LSO_TUI_PROGRESS_AFTER", SHOW_AFTER))
    except ValueError:
        return SHOW_AFTER


class WorkBar:
    """A transient bar (phase, bar, done/total, elapsed) on stderr while a build or an ingest runs.

    When stderr is not a terminal nothing is imported or written: piped output stays byte-identical.
    On a terminal the bar appears once the work has lasted SHOW_AFTER seconds (at once with
    *at_once*: work known to be long), and is erased when the work ends.
    """

    def __init__(self, cat: Catalogue, at_once: bool = False) -> None:
        """Keep the language for the phase names; *at_once* skips the wait."""
        self.cat = cat
        self.at_once = at_once
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        self._lock = threading.Lock()
        self._over = False
        self._timer: threading.Timer | None = None

    def __enter__(self) -> WorkBar:
        """On a terminal, make the bar and start the clock after which it is shown."""
        if not sys.stderr.isatty():
            return self
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        columns = (TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn())
        self.bar = Progress(*columns, TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        self.task = self.bar.add_task("", total=None)
        self._timer = threading.Timer(0 if self.at_once else _show_after(), self._show)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _show(self) -> None:
        """(Timer thread) The work is still going: show the bar."""
        with self._lock:
            if not self._over and self.bar is not None:
                self.bar.start()

    def step(self, phase: str, done: int, total: int) -> None:
        """How far the work is: *phase* is a key of the catalogue's work.* messages (see build.tables.Step)."""
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, description=self.cat(f"work.{phase}"), completed=done, total=total)

    def name(self, text: str, done: int, total: int) -> None:
        """How far the work is, named by *text* (a file name: cleaned, shown as plain text)."""
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, description=clean(text, keep_newlines=False)[:40], completed=done, total=total)

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Erase the bar (or make sure it never appears)."""
        with self._lock:
            self._over = True
            if self._timer is not None:
                self._timer.cancel()
            if self.bar is not None:
                self.bar.stop()
