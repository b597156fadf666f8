"""The baseline: a bare Textual app showing one Label; every key press rewrites the Label."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Label

MARKER = "Bare baseline app"


class BareApp(App[None]):
    """One Label; any bound key rewrites it, so each key press costs exactly one small repaint."""

    BINDINGS = [Binding("ctrl+q", "quit", "quit", id="bare.quit", priority=True)]

    def __init__(self) -> None:
        """Count key presses from zero."""
        super().__init__()
        self.presses = 0

    def compose(self) -> ComposeResult:
        """The single Label."""
        yield Label(MARKER, id="label")

    def on_key(self, event: object) -> None:
        """Any key: show the new count in the Label."""
        self.presses += 1
        self.query_one("#label", Label).update(f"{MARKER}: {self.presses} key(s)")


if __name__ == "__main__":
    BareApp().run()
