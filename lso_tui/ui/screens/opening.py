"""The first frame: the title and the store's path, shown while the store loads; "opening…" is
added only when the store is slow to read (a network filesystem).

It imports nothing of the domain, so it is on screen as soon as Textual is; the dashboard
replaces it when the records are ready (a country store takes a few tenths of a second).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from lso_tui.i18n import Catalogue
from lso_tui.paths import short_path

SLOW_READ = 0.75
"""Seconds of loading after which the screen says the store is being opened (a usual store is on
screen well before: no line that flashes and goes)."""


class OpeningScreen(Screen[None]):
    """Header, and one line saying the store is being opened once that takes a while (both true
    before anything loads)."""

    def __init__(self, cat: Catalogue, path: str) -> None:
        """Keep what the header shows."""
        super().__init__()
        self.t = cat
        self.path = path

    def compose(self) -> ComposeResult:
        """The header as the dashboard draws it, and the opening line (hidden at first)."""
        head = Text(self.t("app.title"), "bold", no_wrap=True, overflow="ellipsis")
        head.append(f" · {short_path(self.path)}")
        yield Static(head, id="header")
        line = Static(Text(self.t("app.opening"), no_wrap=True), id="opening")
        line.display = False
        yield line

    def on_mount(self) -> None:
        """Say the store is being opened if it has not been shown after SLOW_READ seconds."""
        self.set_timer(SLOW_READ, self.slow)

    def slow(self) -> None:
        """The store is slow to read: say so."""
        self.query_one("#opening", Static).display = True
