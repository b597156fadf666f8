"""Add an article from the dashboard: a file path, the preview of every change, then the merge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from lso_tui.i18n import Catalogue
from lso_tui.session import StoreSession
from lso_tui.ui.widgets.clean_input import CleanInput


class IngestScreen(ModalScreen[bool]):
    """Enter once: the preview (extracted in a thread); Enter again: merge. Esc: nothing written."""

    BINDINGS = [Binding("escape", "cancel", "key.close", id="ingest.cancel")]

    def __init__(self, cat: Catalogue, session: StoreSession) -> None:
        """The session of the store to add to."""
        super().__init__()
        self.t = cat
        self.session = session
        self.plan: Any = None  # the preview shown, for the path it was made for
        self.planned_for = ""

    def compose(self) -> ComposeResult:
        """Title, the path box, the preview."""
        with Vertical(id="export-box"):
            yield Static(Text(self.t("ingest.title"), "bold"))
            yield CleanInput(placeholder=self.t("ingest.placeholder"), id="ingest-path")
            with VerticalScroll(id="ingest-scroll"):
                yield Static(id="ingest-preview")

    def on_mount(self) -> None:
        """Type the path at once."""
        self.query_one("#ingest-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """First Enter: preview; a second Enter on the same path: merge."""
        value = event.value.strip()
        if self.plan is not None and value == self.planned_for:
            self._merge()
            return
        self.plan = None
        self._say(Text(self.t("ingest.reading")))
        # Extraction and the register take a second or two: off the event loop, keys stay live.
        self.run_worker(lambda: self._make_plan(value), thread=True, exit_on_error=False)

    def _make_plan(self, value: str) -> None:
        """(Thread) Extract and plan; hand the preview, or the one-line error, back to the screen."""
        try:
            p, lines = self.session.plan_ingest(Path(value).expanduser())
        except Exception as exc:  # InputError, StoreError, OSError: one line, nothing written
            self.app.call_from_thread(self._say, Text(f"⚠ {exc}", "bold"))
            return
        self.app.call_from_thread(self._planned, value, p, lines)

    def _planned(self, value: str, p: Any, lines: list[str]) -> None:
        """Show the preview; keep the plan when it adds something."""
        text = Text("\n".join(lines) + "\n\n")
        if p.added:
            self.plan, self.planned_for = p, value
            text.append(self.t("ingest.confirm"), "bold")
        else:
            text.append(self.t("ingest.unchanged"), "bold")
        self._say(text)

    def _merge(self) -> None:
        """Write the planned tables; say why not if the store refuses."""
        try:
            self.session.ingest(self.plan)
        except Exception as exc:  # the store refused (changed meanwhile, read-only, disk full)
            self._say(Text(f"⚠ {exc}", "bold"))
            return
        self.dismiss(True)

    def _say(self, text: Text) -> None:
        """Replace the preview area (plain text: sentences come from the article)."""
        self.query_one("#ingest-preview", Static).update(text)

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(False)
