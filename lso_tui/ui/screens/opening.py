"""The first frame: the title, the store's path and "opening…", shown while the store loads.

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


class OpeningScreen(Screen[None]):
    """Header and one line saying the store is being opened (both true before anything loads)."""

    def __init__(self, cat: Catalogue, path: str) -> None:
        """Keep what the header shows."""
        super().__init__()
        self.t = cat
        self.path = path

    def compose(self) -> ComposeResult:
        """The header as the dashboard draws it, and the opening line."""
        head = Text(self.t("app.title"), "bold", no_wrap=True, overflow="ellipsis")
        head.append(f" · {short_path(self.path)}")
        yield Static(head, id="header")
        yield Static(Text(self.t("app.opening"), no_wrap=True), id="opening")
