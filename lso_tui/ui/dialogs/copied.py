"""After a copy: the text sent to the clipboard (OSC 52), shown so it can be selected by hand."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from lso_tui.i18n import Catalogue


class CopiedScreen(ModalScreen[None]):
    """What was copied, as plain text, and how to take it where the terminal ignores OSC 52."""

    BINDINGS = [
        Binding("escape,enter,q", "app.pop_screen", "key.close", id="copied.close", key_display="Esc")
    ]

    def __init__(self, cat: Catalogue, text: str) -> None:
        """Keep the copied text."""
        super().__init__()
        self.t = cat
        self.text = text

    def compose(self) -> ComposeResult:
        """Title, the text, the hint."""
        with VerticalScroll(id="copied-box"):
            yield Static(Text(self.t("copy.title"), "bold"))
            yield Static(Text(self.text), id="copied-text")
            yield Static(Text(self.t("copy.hint"), "dim"))
