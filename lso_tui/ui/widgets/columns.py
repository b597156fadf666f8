"""Columns of a record list: how wide each is, and a header or a row fitted to those widths as plain
Rich Text (never markup)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text

from lso_tui.views.model import Column, Row

GAP = 2
SAMPLE = 200  # rows measured for the first frame's column widths
WARM_BATCH = 300  # rows built per batch after the first frame (a few ms, so keys stay live)
CAPS = {
    "name": 24,
    "title": 60,
    "titles": 34,
    "qualifications": 48,
    "event": 60,
    "successor": 22,
    "scope": 24,
    "secretary": 20,
    "chairman": 20,
    "source": 26,
    "unit": 22,
    "district": 20,
    "province": 18,
    "basis": 16,
    "stated_by": 20,
    "progress": 26,  # a target's bar, done/total and share: "███░│░░░░░ 48/193 · 24,9%"
}


def column_width(i: int, c: Column, rows: Iterable[Row]) -> int:
    """The widest cell of column *i* in *rows* (header included), capped per column so one long value
    can't dominate."""
    widest = max([cell_len(c.title) + 2, *(cell_len(r.cells[i]) for r in rows)])
    return min(widest, CAPS.get(c.id, 16))


def table_width(widths: list[int]) -> int:
    """The width of a whole row: every column and the gaps after them."""
    return sum(widths) + GAP * len(widths)


def fit_cells(values: list[str], widths: list[int]) -> list[str]:
    """Pad or cut each value to its column width (an ellipsis marks a cut)."""
    out = []
    for value, w in zip(values, widths, strict=True):
        out.append(set_cell_size(value, w) if cell_len(value) <= w else set_cell_size(value, w - 1) + "…")
    return out


def header_text(
    columns: list[Column], widths: list[int], sort: tuple[int, bool] | None, focused: int | None, base: Style
) -> Text:
    """Column titles; the *focused* one underlined, the sorted one (column, reversed) with ▲/▼."""
    titles = []
    for i, c in enumerate(columns):
        mark = (" ▼" if sort[1] else " ▲") if sort is not None and i == sort[0] else ""
        titles.append(c.title + mark)
    text = Text(no_wrap=True, end="")
    for i, cell in enumerate(fit_cells(titles, widths)):
        text.append(cell, base + Style(underline=i == focused))
        text.append(" " * GAP)
    return text


def row_text(row: Row, widths: list[int], style: Style) -> Text:
    """One row's cells fitted to *widths*, in one style."""
    text = Text(no_wrap=True, end="")
    for cell in fit_cells(row.cells, widths):
        text.append(cell + " " * GAP, style)
    return text


def scroll_to_show(
    cursor: int, column: int, widths: list[int], offset: tuple[int, int], size: tuple[int, int]
) -> tuple[int, int]:
    """The scroll offset (x, y) that shows the cursor row and the focused column, moving as little as
    possible from *offset* in a list of *size* (width, height) whose line 0 is the header."""
    width, height = size
    x, y = offset
    body = max(1, height - 1)
    if cursor < y:
        y = cursor
    elif cursor >= y + body:
        y = cursor - body + 1
    left = sum(widths[:column]) + GAP * column
    if left < x:
        x = left
    elif left + widths[column] > x + width:
        x = left + widths[column] - width + GAP
    return max(0, x), max(0, y)
