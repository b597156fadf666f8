"""PaintedList: how a record list draws itself, line by line: the header, then the visible rows, each
cut to the columns that fit (plain Rich Text, never markup)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.scroll_view import ScrollView
from textual.strip import Strip

from lso_tui.ui.widgets import columns as cols
from lso_tui.views.lazy import LazyRows
from lso_tui.views.model import Column, Row


class PaintedList(ScrollView):
    """The drawing half of RecordList, which owns the state named here."""

    columns: list[Column]
    rows: LazyRows
    view: list[int]
    cursor: int
    column: int
    sort_column: int | None
    sort_reverse: bool

    def fitted(self) -> list[tuple[int, int]]:
        """The columns drawn at the list's width, as (index, width) (RecordList decides)."""
        raise NotImplementedError

    def render_line(self, y: int) -> Strip:
        """The sticky header on line 0, then the visible rows."""
        width = self.size.width
        layout = self.fitted()
        if y == 0:
            text = self._header(layout)
        else:
            idx = self.scroll_offset.y + y - 1
            if idx >= len(self.view):
                return Strip.blank(width, self.rich_style)
            text = self._line(self.rows[self.view[idx]], idx == self.cursor, layout)
        # Every segment gets a style: Textual's NO_COLOR (monochrome) filter cannot handle None.
        base = self.rich_style
        segments = [
            Segment(s.text, base + s.style if s.style else base, s.control)
            for s in text.render(self.app.console)
        ]
        strip = Strip(segments, cell_len(text.plain)).extend_cell_length(width, self.rich_style)
        return strip.crop(0, width)

    def _header(self, layout: list[tuple[int, int]] | None = None) -> Text:
        """Column titles (of the columns that fit, by default); the focused one underlined, the sorted
        one with ▲/▼."""
        layout = self.fitted() if layout is None else layout
        sort = None if self.sort_column is None else (self.sort_column, self.sort_reverse)
        focused = self.column if self.has_focus else None
        style = self.get_component_rich_style("record-list--header")
        return cols.header_text(self.columns, layout, sort, focused, style)

    def _line(self, row: Row, is_cursor: bool, layout: list[tuple[int, int]]) -> Text:
        """One row as plain text (never markup); the cursor row reversed, unsourced rows dim."""
        if is_cursor:
            style = self.get_component_rich_style("record-list--cursor")
        else:
            style = self.get_component_rich_style("record-list--muted") if row.muted else Style()
        return cols.row_text(row, layout, style)

    def on_focus(self) -> None:
        """Repaint the header (the focused column is underlined only when focused)."""
        self.refresh()

    def on_blur(self) -> None:
        """Repaint without the focus marks."""
        self.refresh()
