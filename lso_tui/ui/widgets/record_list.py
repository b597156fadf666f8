"""RecordList: a virtual table that draws only the visible rows (10,000 rows stay instant) and only
the columns that fit, the name always at the left."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message

from lso_tui.text import fold
from lso_tui.ui.messages import dashboard
from lso_tui.ui.widgets import columns as cols
from lso_tui.ui.widgets.painted_list import PaintedList
from lso_tui.views.lazy import LazyRows, matching, sorted_positions
from lso_tui.views.model import Column, Row


class RecordList(PaintedList, can_focus=True):
    """Rows of one kind with a sticky header, a row cursor, a column cursor, sort and filter.

    No horizontal scrolling: the columns that fit are drawn (cols.fit), the name and the state always;
    moving the column cursor onto a hidden column shows it in place of less important ones."""

    BINDINGS = [
        Binding("down,j", "move(1)", "key.down", id="list.down", show=False),
        Binding("up,k", "move(-1)", "key.up", id="list.up", show=False),
        Binding("left,h", "column(-1)", "key.left", id="list.left", show=False),
        Binding("right,l", "column(1)", "key.right", id="list.right", show=False),
        Binding("ctrl+d,pagedown", "half_page(1)", "key.page_down", id="list.page_down", show=False),
        Binding("ctrl+u,pageup", "half_page(-1)", "key.page_up", id="list.page_up", show=False),
        Binding("g,home", "edge(0)", "key.top", id="list.top", show=False),
        Binding("G,end", "edge(1)", "key.bottom", id="list.bottom", show=False),
        Binding("s", "sort", "key.sort", id="list.sort"),
        Binding("n", "match(1)", "key.next_match", id="list.next_match", show=False),
        Binding("N", "match(-1)", "key.prev_match", id="list.prev_match", show=False),
        Binding("enter", "open", "key.open", id="list.open"),
        Binding("y", "copy(False)", "key.copy_cell", id="list.copy_cell", show=False),
        Binding("Y", "copy(True)", "key.copy_row", id="list.copy_row", show=False),
    ]

    # Styled from the stylesheet so themes (the ANSI ones too) decide the colours; a reversed
    # cursor would turn the bar's █ cells into holes.
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "record-list--cursor",
        "record-list--muted",
        "record-list--header",
    }
    DEFAULT_CSS = """
    RecordList > .record-list--cursor { background: $accent 60%; text-style: bold; }
    RecordList:blur > .record-list--cursor { background: $accent 30%; text-style: none; }
    RecordList > .record-list--muted { color: $text-muted; }
    RecordList > .record-list--header { text-style: bold; }
    """

    class Highlighted(Message):
        """The cursor moved to a row."""

        def __init__(self, source: RecordList, row: Row | None) -> None:
            """Carry the list it came from and the row (None when the list is empty)."""
            super().__init__()
            self.source = source  # a hidden pane's list also posts this when its rows are refreshed
            self.row = row

    class Fitted(Message):
        """The number of columns hidden for want of room changed."""

    class Measured(Message):
        """Every row is built and the columns measured on all of them (their widths: `widths`)."""

        def __init__(self, source: RecordList) -> None:
            """Carry the list that measured its columns."""
            super().__init__()
            self.source = source

    class Opened(Message):
        """Enter was pressed on a row."""

        def __init__(self, row: Row) -> None:
            """Carry the row."""
            super().__init__()
            self.row = row

    def __init__(
        self, columns: list[Column], rows: Sequence[Row], *, id: str | None = None, widths: dict[str, int] | None = None
    ) -> None:
        """Measure columns on the first rows, or take *widths* where wider (by column id, measured on
        every row before, e.g. by the last session); start unsorted and unfiltered."""
        super().__init__(id=id)
        self.columns = columns
        self.rows = LazyRows.of(rows)
        self.widths = self._first_widths(widths)
        self.order = list(range(len(rows)))
        self.view = list(self.order)
        self.cursor = 0
        self.column = 0
        self.sort_column: int | None = None
        self.sort_reverse = False
        self.filter_text = ""
        self.state_filter = ""  # a unit state ("done", "not_done", "no_source"): only those rows
        self._warming = False
        self.hidden = 0  # columns not drawn for want of room
        self._fit_key: tuple[tuple[str, ...], tuple[int, ...], int, int] | None = None
        self._fit: list[tuple[int, int]] = []
        self.virtual_size = Size(0, len(self.view) + 1)

    def _first_widths(self, known: dict[str, int] | None = None) -> list[int]:
        """The columns' widths on the first rows (at least the first screenful), or the *known* ones
        where wider; measured again over every row once they are all built (see _warm)."""
        return cols.widths(self.columns, self.rows.built(cols.SAMPLE), known)

    @property
    def widths_by_id(self) -> dict[str, int]:
        """The columns' widths, by column id."""
        return {c.id: w for c, w in zip(self.columns, self.widths, strict=True)}

    def on_mount(self) -> None:
        """Build the rows not built yet in small batches after the first frame (keys stay live)."""
        self._start_warming()

    def _start_warming(self) -> None:
        """Schedule the batches, unless they are running already or nothing is left to build."""
        if not self.rows.complete and not self._warming:
            self._warming = True
            self.call_after_refresh(self._warm)

    def _warm(self) -> None:
        """One batch of rows; when all are built, measure the columns again on every row."""
        if not self.rows.build(cols.WARM_BATCH):
            self.set_timer(0.001, self._warm)
            return
        self._warming = False
        widths = cols.widths(self.columns, self.rows)
        if widths != self.widths:
            self.widths = widths
            self._refit()
            self.refresh()
        self.post_message(self.Measured(self))

    # --- state changes -------------------------------------------------------------------------
    def replace_rows(self, rows: Sequence[Row], columns: list[Column] | None = None) -> None:
        """New rows (another process changed the store): keep sort, filter and the cursor's record.

        The columns may change too (a second district makes unit rows say where they are): the
        sort and the focused column follow their column by id.
        """
        keep = self.current
        # The same columns keep the widths of every row of the last version (the first rows alone are
        # narrower: the list widened again once all were built); a narrower one is measured then.
        same = columns is None or [c.id for c in columns] == [c.id for c in self.columns]
        known = self.widths_by_id if same else None
        if columns is not None and not same:
            ids = [c.id for c in columns]
            sort_id = self.columns[self.sort_column].id if self.sort_column is not None else None
            focus_id = self.columns[self.column].id
            self.columns = columns
            self.sort_column = ids.index(sort_id) if sort_id in ids else None
            self.column = ids.index(focus_id) if focus_id in ids else 0
        self.rows = LazyRows.of(rows)
        self.widths = self._first_widths(known)
        self._refit()
        self._resort()
        if keep is not None:
            self.select_id(keep.id)
        self._start_warming()

    def show(self, columns: list[Column], rows: Sequence[Row], select: str | None = None) -> None:
        """Other rows with other columns (the roll-up moving a level): unsorted, unfiltered, on *select*."""
        self.columns = columns
        self.rows = LazyRows.of(rows)
        self.widths = self._first_widths()
        self.virtual_size = Size(0, len(self.rows) + 1)
        self.sort_column, self.sort_reverse, self.column = None, False, 0
        self._refit()
        self.filter_text = self.state_filter = ""
        self.order = list(range(len(self.rows)))
        self.view = list(self.order)
        self.cursor = 0
        self.scroll_to(0, 0, animate=False, immediate=True)
        if select is None or not self.select_id(select):
            self._changed()
        self._start_warming()

    def announce(self) -> None:
        """Tell the screen which row is under the cursor."""
        self.post_message(self.Highlighted(self, self.current))

    @property
    def current(self) -> Row | None:
        """The row under the cursor."""
        return self.rows[self.view[self.cursor]] if 0 <= self.cursor < len(self.view) else None

    def set_filter(self, query: str, narrow: bool = True) -> None:
        """Keep rows containing every folded term of *query* (no diacritics needed)."""
        keep = self.current  # taken before the view changes under the cursor
        old, self.filter_text = fold(self.filter_text), query
        new = fold(query)
        terms = new.split()
        # Typing on extends the query, so only rows that matched before can match now.
        pool = self.view if narrow and old and new.startswith(old) else self.order
        view = matching(self.rows, pool, terms)
        state = self.state_filter
        self.view = [i for i in view if self.rows[i].state == state] if state else view
        self._changed(keep=keep)

    def set_state_filter(self, state: str) -> None:
        """Keep only the units in *state* ("done", "not_done", "no_source"; "" for every row)."""
        self.state_filter = state
        self.set_filter(self.filter_text, narrow=False)

    def _resort(self) -> None:
        """Apply the sort column and direction, then the filter."""
        self.order = sorted_positions(self.rows, self.sort_column, self.sort_reverse)
        self.set_filter(self.filter_text, narrow=False)

    def _changed(self, keep: Row | None = None) -> None:
        """Recompute sizes, keep the cursor on *keep* if it is still shown, repaint."""
        self._set_height(len(self.view) + 1)
        ids = [self.rows.ids[i] for i in self.view]
        self.cursor = ids.index(keep.id) if keep is not None and keep.id in ids else 0
        self._follow()
        self.refresh()
        self.post_message(self.Highlighted(self, self.current))

    def _set_height(self, height: int) -> None:
        """A new virtual height (the filter changed the row count) without a layout of the screen.

        Setting virtual_size lays out and repaints the whole screen, which made each filter
        keystroke on 10,000 rows cost ≈ 45 ms. Only the scrollbars depend on it; they are updated
        here, and their visibility (a layout change) still lays out when it actually changes.
        This uses Textual's own scrollbar update (private, but textual is pinned).
        """
        size = Size(self.virtual_size.width, height)
        if size == self.virtual_size:
            return
        if not self.is_mounted:
            self.virtual_size = size
            return
        self.set_reactive(RecordList.virtual_size, size)
        self._scroll_update(size)
        self.refresh()

    def select_id(self, rid: str) -> bool:
        """Put the cursor on the row with id *rid* (clearing a filter that hides it)."""
        ids = [self.rows.ids[i] for i in self.view]
        if rid not in ids and self.filter_text:
            self.set_filter("")
            ids = [self.rows.ids[i] for i in self.view]
        if rid not in ids:
            return False
        self.cursor = ids.index(rid)
        self._follow()
        self.refresh()
        self.post_message(self.Highlighted(self, self.current))
        return True

    def _follow(self) -> bool:
        """Scroll so that the cursor row is visible; True if it scrolled."""
        y = cols.scroll_to_show(self.cursor, self.scroll_offset.y, self.size.height)
        if (0, y) == (self.scroll_offset.x, self.scroll_offset.y):
            return False  # scroll_to would repaint the scrollbars for nothing
        self.scroll_to(x=0, y=y, animate=False, immediate=True)
        return True

    def fitted(self) -> list[tuple[int, int]]:
        """The columns drawn at the list's width, as (index, width) (kept until something they
        depend on changes: every line drawn asks)."""
        key = (tuple(c.id for c in self.columns), tuple(self.widths), self.size.width, self.column)
        if key != self._fit_key:
            self._fit_key, self._fit = key, cols.fit(self.columns, self.widths, self.size.width, self.column)
        return self._fit

    def _refit(self) -> None:
        """Count the columns hidden at this width; tell the pane when that changes."""
        hidden = len(self.columns) - len(self.fitted()) if self.size.width else 0
        if hidden != self.hidden:
            self.hidden = hidden
            self.post_message(self.Fitted())

    # --- actions ---------------------------------------------------------------------------------
    def action_move(self, delta: int) -> None:
        """Move the row cursor."""
        if self.view:
            self._move_to(max(0, min(len(self.view) - 1, self.cursor + delta)))

    def _move_to(self, cursor: int) -> None:
        """Put the cursor on *cursor*; without a scroll, repaint only the two rows that changed
        (over a slow SSH link a cursor step then costs two lines, not the whole list)."""
        old, self.cursor = self.cursor, cursor
        if self._follow():
            self.refresh()
        elif old != cursor:
            self.refresh_line(old + 1)  # +1: the header is line 0
            self.refresh_line(cursor + 1)
        self.post_message(self.Highlighted(self, self.current))

    def action_half_page(self, direction: int) -> None:
        """Move half a screen (ctrl+d / ctrl+u)."""
        self.action_move(direction * max(1, (self.size.height - 1) // 2))

    def action_edge(self, end: int) -> None:
        """Jump to the first (g) or last (G) row."""
        self.action_move(len(self.view) if end else -len(self.view))

    def action_column(self, delta: int) -> None:
        """Move the column cursor (the column `s` sorts by)."""
        self.column = max(0, min(len(self.columns) - 1, self.column + delta))
        self._refit()
        self.refresh()

    def action_sort(self) -> None:
        """Sort by the focused column; again reverses."""
        keep = self.current
        if self.sort_column == self.column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_column, self.sort_reverse = self.column, False
        self._resort()
        if keep is not None:
            self.select_id(keep.id)

    def action_match(self, delta: int) -> None:
        """Step to the next/previous matching row, wrapping around."""
        if self.view:
            self._move_to((self.cursor + delta) % len(self.view))

    def shown_table(self) -> tuple[list[str], list[str], list[list[str]]]:
        """(column ids + "id", titles + "id", the rows as shown: filtered and in their order)."""
        ids = [c.id for c in self.columns] + ["id"]
        titles = [c.title for c in self.columns] + ["id"]
        return ids, titles, [[*self.rows[i].cells, self.rows[i].id] for i in self.view]

    def action_copy(self, whole_row: bool) -> None:
        """Copy the focused cell (y) or the whole row, tab-separated (Y)."""
        row = self.current
        if row is not None:
            text = "\t".join(row.cells) if whole_row else row.cells[self.column]
            dashboard(self).copy_text(text)

    def action_open(self) -> None:
        """Open the row under the cursor."""
        if self.current is not None:
            self.post_message(self.Opened(self.current))

    def on_resize(self) -> None:
        """Keep the cursor visible after a resize; fit the columns to the new width."""
        self._follow()
        self._refit()
