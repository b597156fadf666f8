"""A pane: a filter box (opened with /), the record list, and a line saying what is shown."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.widgets import Input, Static

from lso_tui.i18n import Catalogue
from lso_tui.text import clean
from lso_tui.ui.bindings import PANE_BINDINGS
from lso_tui.ui.widgets.clean_input import CleanInput
from lso_tui.ui.widgets.lines import status_text
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.model import Column, Row


class FilterInput(CleanInput):
    """The filter box: Enter keeps the filter and returns to the list, Esc clears it."""

    BINDINGS = [
        Binding("enter", "done", "key.keep_filter", id="filter.done", key_display="Enter"),
        Binding("escape", "cancel", "key.clear_filter", id="filter.cancel", key_display="Esc"),
        Binding("down", "done", "key.down", id="filter.down", show=False),
    ]

    def _watch_value(self, value: str) -> None:
        """Textual's Input sets its virtual width on every change, which lays out the whole screen
        (≈ 20 ms a keystroke on a country store); update it without a layout, then carry on."""
        size = Size(self.content_width, 1)
        if self.is_mounted and size != self.virtual_size:
            self.set_reactive(Input.virtual_size, size)
            self._scroll_update(size)  # private, but textual is pinned
            self.refresh()
        super()._watch_value(value)
        # Filter now, not when the Changed message arrives: the list then changes in the same frame
        # as the echo of the key, instead of one frame (≈ 20–30 ms) later.
        pane = self.parent
        if isinstance(pane, RecordPane):
            pane.apply_filter(value)

    def action_cancel(self) -> None:
        """Clear the filter and go back to the list."""
        self.value = ""
        self.parent.close_filter()  # type: ignore[union-attr]

    def action_done(self) -> None:
        """Keep the filter and go back to the list."""
        self.parent.close_filter()  # type: ignore[union-attr]


class RecordPane(Vertical):
    """One pane of records (units, officials, targets, timeline, sources) with its filter box."""

    BINDINGS = PANE_BINDINGS  # "/" a priority binding: see ui.bindings
    STATES = ("", "done", "not_done", "no_source")

    def __init__(
        self,
        kind: str,
        columns: list[Column],
        rows: Sequence[Row],
        cat: Catalogue,
        *,
        widths: dict[str, int] | None = None,
        **kwargs: object,
    ):
        """Build the list for *rows* (with its columns' *widths* when known: see RecordList)."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.kind = kind
        self.t = cat
        self.list = RecordList(columns, rows, id=f"list-{kind}", widths=widths)
        self.box = FilterInput(placeholder=cat("filter.placeholder"), id=f"filter-{kind}")
        self.status = Static(id=f"status-{kind}", classes="pane-status")

    def compose(self) -> ComposeResult:
        """Filter box (hidden until /), list, status line."""
        self.box.display = False
        yield self.box
        yield self.list
        yield self.status

    def on_mount(self) -> None:
        """Show the row count."""
        self._status()

    def replace_rows(self, rows: Sequence[Row], columns: list[Column] | None = None) -> None:
        """Show fresh rows (and columns, if they changed), keeping the filter, sort and cursor."""
        self.list.replace_rows(rows, columns)
        self._status()

    def action_filter(self) -> None:
        """Open the filter box; typing filters as you type (a "/" typed in the box is text)."""
        if self.box.has_focus:
            self.box.insert_text_at_cursor("/")
            return
        self.box.display = True
        # Focus now, not after the next refresh: "/quang" typed fast (or pasted) must not send
        # "q" to the list, where it quits.
        self.screen.set_focus(self.box)

    def action_state_filter(self, state: str | None = None) -> None:
        """Show only the units consolidated, then not, then with no source, then all again (or
        *state*); on a list of something else, say that it filters units."""
        if not self.list.rows or self.list.rows[0].kind != "unit":
            self.app.notify(self.t("filter.state_units"), markup=False)
            return
        if state is None:
            state = self.STATES[(self.STATES.index(self.list.state_filter) + 1) % len(self.STATES)]
        self.list.set_state_filter(state)
        self._status()

    def action_export(self) -> None:
        """Write the rows as shown (filter and order kept) to a file; say where, or why not."""
        from lso_tui.report.export import default_name
        from lso_tui.ui.dialogs.export import ExportScreen

        ids, titles, rows = self.list.shown_table()

        def done(path: object) -> None:
            """Say where the file went (nothing when the export was cancelled)."""
            if path is not None:
                self.app.notify(self.t("export.done", n=len(rows), path=str(path)), markup=False, timeout=8)

        self.app.push_screen(ExportScreen(self.t, default_name(self.kind), ids, titles, rows), done)

    def close_filter(self) -> None:
        """Hide the box (unless a filter is set) and return to the list."""
        self.box.display = bool(self.box.value)
        # Move focus now, not after the next refresh: a fast second Enter must reach the list.
        self.screen.set_focus(self.list)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Filter as the user types (already done by the box itself; kept for values set in code)."""
        event.stop()
        self.apply_filter(event.value)

    def apply_filter(self, value: str) -> None:
        """Show the rows matching *value* (cleaned like any other input); nothing if unchanged."""
        query = clean(value, keep_newlines=False)
        if query != self.list.filter_text:
            self.list.set_filter(query)
            self._status()

    def on_record_list_fitted(self, event: RecordList.Fitted) -> None:
        """More or fewer columns fit: say how many are hidden."""
        event.stop()
        self._status()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the box: keep the filter."""
        event.stop()
        self.close_filter()

    def _status(self) -> None:
        """ "3/8 dòng" or "no row matches"."""
        lst = self.list
        text = status_text(self.t, len(lst.view), len(lst.rows), lst.state_filter, lst.hidden)
        self.status.update(text, layout=False)  # one fixed line: no re-layout
