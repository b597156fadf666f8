"""Shown while the terminal is smaller than the dashboard needs, with the size it needs."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from lso_tui.i18n import Catalogue
from lso_tui.ui.messages import dashboard

MIN_SIZE = (80, 24)


class TooSmallScreen(Screen[None]):
    """One centred line; the app removes it as soon as the terminal is big enough."""

    DEFAULT_CSS = "TooSmallScreen { align: center middle; } TooSmallScreen Static { width: auto; }"

    def __init__(self, cat: Catalogue) -> None:
        """Keep the catalogue for the message."""
        super().__init__()
        self.t = cat

    def compose(self) -> ComposeResult:
        """The message."""
        yield Static(id="too-small")

    def on_mount(self) -> None:
        """Say what size is needed."""
        self.refresh_message()

    def on_resize(self) -> None:
        """Leave as soon as the terminal is big enough."""
        dashboard(self).check_size()

    def on_screen_resume(self) -> None:
        """Uncovered (a screen opened above it was closed): leave if the terminal grew meanwhile."""
        dashboard(self).check_size()

    def refresh_message(self) -> None:
        """Current and needed size."""
        w, h = self.app.size
        msg = self.t("too_small", w=MIN_SIZE[0], h=MIN_SIZE[1], cw=w, ch=h)
        for line in self.query("#too-small").results(Static):  # none yet before compose: on_mount says it
            line.update(Text(msg, "bold"))
