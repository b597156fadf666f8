"""The doctor screen: the terminal as lso-tui sees it, advice, and an echo of every key pressed."""

from __future__ import annotations

import os

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from lso_tui.doctor import advice, report
from lso_tui.ui.widgets.key_bar import KeyBar
from lso_tui.views.dataset import Dataset


class DoctorScreen(Screen[None]):
    """Report, advice and a key-press echo; Esc goes back."""

    BINDINGS = [Binding("escape", "app.pop_screen", "key.back", id="doctor.back", key_display="Esc")]

    def __init__(self, ds: Dataset, mouse: bool) -> None:
        """What to report on."""
        super().__init__()
        self.ds, self.mouse = ds, mouse

    def compose(self) -> ComposeResult:
        """Report, advice, echo line, keys."""
        with VerticalScroll():
            yield Static(self.report_text(), id="doctor-report")
        yield Static(Text(self.ds.t("doctor.press")), id="doctor-echo")
        yield KeyBar(self.ds.t, id="keys")

    def report_text(self) -> Text:
        """The report and the advice for the terminal as it is now (its size included)."""
        size = (self.app.size.width, self.app.size.height)
        text = Text(f"{self.ds.t('doctor.title')}\n\n", "bold")
        for label, value in report(os.environ, size, self.mouse, self.ds.t):
            text.append(f"{label:>16}: ", "bold")
            text.append(f"{value}\n")
        text.append("\n")
        for line in advice(os.environ, size, self.mouse, self.ds.t):
            text.append(f"- {line}\n")
        return text

    def on_resize(self) -> None:
        """A resized window: say its new size (and the advice that goes with it)."""
        self.query_one("#doctor-report", Static).update(self.report_text())

    def on_key(self, event: events.Key) -> None:
        """Echo the key as the program received it (its name and character); the keys the key bar
        offers (Esc, q, ?) then do what it says."""
        if event.key == "escape":
            return
        char = repr(event.character) if event.character else "—"
        self.query_one("#doctor-echo", Static).update(
            Text(self.ds.t("doctor.echo", name=event.key, char=char), "bold")
        )
        if event.key not in self.offered():
            event.stop()

    def offered(self) -> set[str]:
        """The keys of the bindings the key bar shows here."""
        return {key for key, active in self.active_bindings.items() if active.binding.show}
