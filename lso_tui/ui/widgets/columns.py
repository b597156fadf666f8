"""Columns of a record list: how wide each is, which fit the list's width (the least important hidden
first, never the name or the state), and a header or a row fitted to them as plain Rich Text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
# The narrowest a column may be cut to (a name must stay readable, not "Ho…"); columns not listed are
# never cut (dates, counts, states: a cut one would read as another value).
MINS = {
    "name": 14,
    "scope": 14,
    "title": 20,
    "event": 20,
    "titles": 14,
    "qualifications": 12,
    "unit": 14,
    "district": 12,
    "province": 12,
    "secretary": 12,
    "chairman": 12,
    "successor": 12,
    "source": 12,
    "basis": 10,
    "stated_by": 12,
    "stated": 10,
    "change": 16,
    "record": 12,
    "who": 10,
    "type": 6,
}
STATE = {"since", "state", "both"}  # a row's state: never hidden, like the first (name) column
# Most important first; a list too narrow for all its columns hides them from the end of this order.
IMPORTANCE = [
    *("since", "state", "both", "share", "progress", "done", "type", "unit", "titles", "district"),
    *("event", "title", "record", "change", "secretary", "chairman", "province", "units", "threshold"),
    *("deadline", "not_done", "no_data", "target", "date", "who", "when", "op", "households", "population"),
    *("party_members", "facts", "source", "stated", "stated_by", "basis", "qualifications", "successor"),
]  # fmt: skip


def column_width(i: int, c: Column, rows: Iterable[Row]) -> int:
    """The widest cell of column *i* in *rows* (header included), capped per column so one long value
    can't dominate."""
    widest = max([cell_len(c.title) + 2, *(cell_len(r.cells[i]) for r in rows)])
    return min(widest, cap(c))


def widths(columns: list[Column], rows: Sequence[Row], known: dict[str, int] | None = None) -> list[int]:
    """Each column's widest cell in *rows*, or its *known* width (by column id, measured on more rows
    before) where wider, up to each column's cap."""
    measured = [column_width(i, c, rows) for i, c in enumerate(columns)]
    if not known:
        return measured
    return [max(w, min(known.get(c.id, 0), cap(c))) for w, c in zip(measured, columns, strict=True)]


def cap(c: Column) -> int:
    """The widest column *c* is drawn (a longer value is cut)."""
    return CAPS.get(c.id, 16)


def min_width(c: Column, natural: int) -> int:
    """The narrowest *c* may be drawn: its listed minimum, or its whole natural width."""
    return min(natural, MINS.get(c.id, natural))


def _rank(columns: list[Column], i: int) -> tuple[int, int]:
    """How readily column *i* is hidden or cut: higher goes first (the rightmost of equals first)."""
    cid = columns[i].id
    if i == 0:  # the name: cut last, never hidden
        return (-1, i)
    return (IMPORTANCE.index(cid) if cid in IMPORTANCE else len(IMPORTANCE), i)


def fit(columns: list[Column], natural: list[int], width: int, focus: int) -> list[tuple[int, int]]:
    """The columns to draw in a list *width* cells wide, as (index, width), in their order.

    The first column (the name), a state column and the focused column are always drawn (moving the
    column cursor onto a hidden column shows it, the name staying at the left); if even they do not
    fit whole, the least important of them are cut first, each no further than its minimum. The other
    columns follow in order of importance, whole, while they fit; the first that does not is drawn
    cut to what is left if that is at least its minimum, and it and every less important one are
    hidden otherwise."""
    n = len(columns)
    if n == 0:
        return []
    keep = {0, focus} | {i for i, c in enumerate(columns) if c.id in STATE}
    mins = [min_width(c, natural[i]) for i, c in enumerate(columns)]
    widths = {i: natural[i] for i in keep}
    # Cut first: the least important; last: the focused column, then the name.
    order = sorted(keep, key=lambda i: (-1, -1) if i == focus else _rank(columns, i), reverse=True)
    over = table_width(list(widths.values())) - width
    for i in order:
        if over <= 0:
            break
        cut = min(over, widths[i] - mins[i])
        widths[i] -= cut
        over -= cut
    for i in sorted(set(range(n)) - keep, key=lambda i: _rank(columns, i)):
        room = width - table_width(list(widths.values())) - GAP
        if room < min(natural[i], mins[i]):
            break
        widths[i] = min(natural[i], room)
        if widths[i] < natural[i]:
            break
    return sorted(widths.items())


def table_width(widths: list[int]) -> int:
    """The width of a whole row: every column and the gaps after them."""
    return sum(widths) + GAP * len(widths)


def fit_cells(values: list[str], widths: list[int]) -> list[str]:
    """Pad or cut each value to its column width (an ellipsis marks a cut)."""
    out = []
    for value, w in zip(values, widths, strict=True):
        if cell_len(value) <= w:
            out.append(set_cell_size(value, w))
        else:
            out.append(set_cell_size(value, w - 1) + "…" if w > 0 else "")
    return out


def header_text(
    columns: list[Column],
    layout: list[tuple[int, int]],
    sort: tuple[int, bool] | None,
    focused: int | None,
    base: Style,
) -> Text:
    """The titles of the columns in *layout* (index, width); the *focused* one underlined, the sorted
    one (column, reversed) with ▲/▼, kept when its title is cut."""
    text = Text(no_wrap=True, end="")
    for i, w in layout:
        mark = (" ▼" if sort[1] else " ▲") if sort is not None and i == sort[0] else ""
        mark = mark if w > 2 else mark.strip()[:w]
        title = fit_cells([columns[i].title], [w - len(mark)])[0]
        text.append(title + mark, base + Style(underline=i == focused))
        text.append(" " * GAP)
    return text


def row_text(row: Row, layout: list[tuple[int, int]], style: Style) -> Text:
    """One row's cells of the columns in *layout* (index, width), in one style."""
    text = Text(no_wrap=True, end="")
    for i, w in layout:
        text.append(fit_cells([row.cells[i]], [w])[0] + " " * GAP, style)
    return text


def scroll_to_show(cursor: int, y: int, height: int) -> int:
    """The first row to show so that the *cursor* row is visible, moving as little as possible from
    *y* in a list *height* lines high whose line 0 is the header."""
    body = max(1, height - 1)
    if cursor < y:
        y = cursor
    elif cursor >= y + body:
        y = cursor - body + 1
    return max(0, y)
