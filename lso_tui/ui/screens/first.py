"""The first screen when the store has a fresh view (views.first): the main screen as it will look,
drawn from the view before the store is read (header, progress strip, tabs, the first unit rows,
the status line, the key bar); the main screen replaces it once the store is read.

It imports nothing of the store or the domain beyond the view, and it acts on no key: the app holds
every key typed meanwhile and hands them to the main screen (LsoApp.hold_key)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.geometry import Size
from textual.screen import Screen
from textual.strip import Strip
from textual.widgets import Static

from lso_tui.ui.bindings import MAIN_BINDINGS, PANE_BINDINGS
from lso_tui.ui.widgets.key_bar import KeyBar
from lso_tui.ui.widgets.lines import header_text, status_text, tabs_text
from lso_tui.ui.widgets.progress_strip import ProgressStrip
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.first import FirstView

DRAWN_BY = 0.5  # s after which the store is read even if the list has drawn no line


class FirstList(RecordList):
    """The first screen's list: a RecordList that says when it has drawn its lines (the app starts
    reading the store only then: the read holds the interpreter for tens of milliseconds)."""

    def render_line(self, y: int) -> Strip:
        """A line as RecordList draws it; once the list has a width, the screen is drawn."""
        if self.size.width:
            self.screen.drawn = True  # type: ignore[attr-defined]
        return super().render_line(y)


class FirstScreen(Screen[None]):
    """The main screen's first frame, from the store's view: the same lines, widgets and keys shown
    (the main screen's and its pane's bindings, for the key bar: none runs here)."""

    BINDINGS = [*PANE_BINDINGS, *MAIN_BINDINGS]

    def __init__(self, view: FirstView) -> None:
        """Keep the view (its rows are made and checked already)."""
        super().__init__()
        self.view = view
        self.drawn = False  # whether the list's lines have been drawn (FirstList)

    def compose(self) -> ComposeResult:
        """Header, strip, tabs, the unit list (as tall as the whole list will be), status, keys."""
        view = self.view
        yield Static(header_text(view), id="header")
        yield ProgressStrip(view, id="progress")
        yield Static(id="tabs")
        rows = FirstList(view.columns("unit"), view.rows, id="list-unit", widths=view.unit_widths)
        rows.virtual_size = Size(0, view.units_total + 1)  # the scrollbar the whole list will have
        yield rows
        yield Static(id="status-unit", classes="pane-status")
        yield KeyBar(view.t, id="keys")

    def on_mount(self) -> None:
        """Focus the list (its header and cursor then look as on the main screen); fill the lines."""
        self.set_focus(self.query_one(RecordList))
        self._lines()
        self.set_timer(DRAWN_BY, self._surely_drawn)

    def _surely_drawn(self) -> None:
        """However the list was drawn (a terminal too short for a line of it), the store is read now."""
        self.drawn = True
        self.app.post_display_hook()

    def on_resize(self) -> None:
        """The tabs and the status line for the new width."""
        self._lines()

    def on_record_list_fitted(self, event: RecordList.Fitted) -> None:
        """More or fewer columns fit: the status line says how many are hidden."""
        event.stop()
        self._lines()

    def _lines(self) -> None:
        """The tabs and the status line, as the main screen writes them."""
        t, total = self.view.t, self.view.units_total
        self.query_one("#tabs", Static).update(tabs_text(t, "unit", self.app.size.width), layout=False)
        hidden = self.query_one(RecordList).hidden
        self.query_one("#status-unit", Static).update(status_text(t, total, total, "", hidden), layout=False)
