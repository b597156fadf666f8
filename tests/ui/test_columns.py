"""Columns that fit (issue 16, item 8): the name and the state always whole on screen, the least
important columns hidden first, the name kept at the left when the column cursor goes right, the
sort mark kept on a cut title, every tab named at 80 columns, quotes cut between words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Static

from lso_tui.i18n import Catalogue
from lso_tui.store.db import Store
from lso_tui.ui.app import LsoApp
from lso_tui.ui.screens.detail import field_prompt
from lso_tui.ui.widgets import columns as cols
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.dataset import Dataset
from lso_tui.views.panes import pane_rows
from lso_tui.views.provenance import Field, Provenance
from tests.ui.conftest import app_on, rows_measured

SIZES = [(80, 24), (120, 40)]


def line(lst: RecordList, y: int) -> str:
    """Line *y* of a list as drawn (0: the header)."""
    return lst.render_line(y).text


@pytest.fixture(scope="module")
def country(country_store: Path) -> Dataset:
    """Every commune-level unit of the country (district and province columns shown)."""
    return Dataset(Store.open(country_store), Catalogue("vi"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
async def test_the_state_column_is_on_screen_on_a_country_store(country: Dataset, size: tuple[int, int]) -> None:
    """District and province columns no longer push the state off the screen (nor the name under 3 cells)."""
    app = app_on(country)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lst = app.screen.query_one("#list-unit", RecordList)
        header, first = line(lst, 0), line(lst, 1)
        assert header.startswith("Tên ") and "Nhất thể hóa từ" in header, header
        assert first.startswith("Phúc Xá ") and "chưa có nguồn" in first, first
        assert cell_len(header.rstrip()) <= lst.size.width
        status = str(app.screen.query_one("#status-unit", Static).render())
        assert f"{lst.hidden} cột ẩn" in status and lst.hidden > 0


async def test_the_name_stays_at_the_left_when_the_column_cursor_goes_right(country: Dataset) -> None:
    """→ to the last column (the successor): the name is still whole at the left, the state too,
    and the focused column is on screen (it was: a 2-cell sliver of the district, no name)."""
    app = app_on(country)
    async with app.run_test(size=(120, 40)) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        for _ in range(len(lst.columns)):
            await pilot.press("right")
            await pilot.pause()
            header, first = line(lst, 0), line(lst, 1)
            focused = lst.columns[lst.column].title
            assert header.startswith("Tên ") and first.startswith("Phúc Xá "), (header, first)
            assert focused in header and "Nhất thể hóa từ" in header, header
        assert lst.columns[lst.column].id == "successor" and "phường Hồng Hà" in line(lst, 1)
        await pilot.press("home")  # a row key: the row cursor moves, the column cursor stays
        await pilot.press(*["left"] * len(lst.columns))
        await pilot.pause()
        assert "Huyện" in line(lst, 0) and lst.column == 0


async def test_the_targets_state_is_whole_beside_the_preview(make_app: Callable[..., LsoApp]) -> None:
    """At 120×40 the preview takes a third of the width; the targets' state is still whole."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        lst = app.screen.query_one("#list-target", RecordList)
        assert app.screen.query_one("#preview").display
        assert "Đánh giá" in line(lst, 0) and "CHẬM TIẾN ĐỘ" in line(lst, 1), line(lst, 1)
        assert line(lst, 1).startswith("Thành phố Lạng Sơn ")


async def test_every_tab_is_named_at_80_columns(make_app: Callable[..., LsoApp]) -> None:
    """"6 Nguồn" was cut to "6" at 80 columns."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        tabs = app.screen.query_one("#tabs", Static)
        plain = str(tabs.render())
        assert "6 Nguồn" in plain and cell_len(plain.rstrip()) <= tabs.content_size.width, plain
        await pilot.press("6")
        await pilot.pause()
        plain = str(tabs.render())
        assert "[6 Nguồn]" in plain and cell_len(plain.rstrip()) <= tabs.content_size.width


async def test_a_sorted_column_keeps_its_mark_when_its_title_is_cut(make_app: Callable[..., LsoApp]) -> None:
    """"Consolidated since" is wider than its column: sorted by it, ▲ (then ▼) is still drawn after
    the cut title (the cut used to take the mark away)."""
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        await pilot.press("right", "right")
        assert lst.columns[lst.column].id == "since"
        await pilot.press("s")
        await pilot.pause()
        assert "Consolidated since" not in line(lst, 0) and "Consolidat" in line(lst, 0)
        assert "▲" in line(lst, 0), line(lst, 0)
        await pilot.press("s")
        await pilot.pause()
        assert "▼" in line(lst, 0), line(lst, 0)


def test_the_fit_keeps_name_state_and_focus_at_every_width(country: Dataset) -> None:
    """For every pane's columns and every width from 20 to 300: the name, the state and the focused
    column are drawn, each column at least its minimum, and the line fits when they can."""
    for kind in ("unit", "official", "target", "event", "document"):
        columns = country.columns(kind)
        rows = pane_rows(country, kind)
        rows.build(len(rows))
        natural = [cols.column_width(i, c, rows) for i, c in enumerate(columns)]
        mins = [cols.min_width(c, natural[i]) for i, c in enumerate(columns)]
        must_state = {i for i, c in enumerate(columns) if c.id in cols.STATE}
        for focus in range(len(columns)):
            for width in range(20, 301):
                fitted = cols.fit(columns, natural, width, focus)
                shown = [i for i, _ in fitted]
                assert shown == sorted(shown) and {0, focus} | must_state <= set(shown)
                assert all(mins[i] <= w <= natural[i] for i, w in fitted)
                must = cols.table_width([mins[i] for i in {0, focus} | must_state])
                if must <= width:
                    assert cols.table_width([w for _, w in fitted]) <= width, (kind, width, fitted)
                # The hidden ones are the least important: each ranks below every one drawn (bar those always drawn).
                keep = {0, focus} | must_state
                hidden = [cols.IMPORTANCE.index(columns[i].id) for i in range(len(columns)) if i not in shown]
                drawn = [cols.IMPORTANCE.index(columns[i].id) for i in shown if i not in keep]
                assert not hidden or not drawn or min(hidden) > max(drawn), (kind, width, fitted)


def test_a_quote_is_cut_between_words() -> None:
    """The window around a fact starts and ends at a word, never inside one."""
    words = [f"w{i:03}" for i in range(200)]
    quote = " ".join(words)
    f = Field("Số hộ", "1", Provenance("article", "Báo Lạng Sơn", quote, "d", 0, 0))
    shown = field_prompt(f, "w050").plain.split("“", 1)[1].rstrip("”")
    assert shown.startswith("…") and shown.endswith("…") and "w050" in shown
    assert all(w in words for w in shown.strip("…").split()), shown
    whole = field_prompt(f).plain.split("“", 1)[1].rstrip("”")  # no span: the start, cut at a word
    assert whole.endswith("…") and all(w in words for w in whole.rstrip("…").split()), whole


async def test_fresh_rows_keep_the_columns_measured_on_every_row(country_store: Path) -> None:
    """Another process's write (a live refresh) gives the list fresh rows: its columns keep the widths
    measured on every row, wider than those of the first rows alone (the country's longest names are
    far down the list). They were measured again on the first rows, so every refresh narrowed the
    columns and widened them again a second or two later, once the rows were built."""
    app = app_on(Dataset(Store.open(country_store), Catalogue("vi")))  # its rows not built by another test
    async with app.run_test(size=(120, 40)) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        await rows_measured(pilot, lst)
        measured, header = list(lst.widths), line(lst, 0)
        first_rows = [cols.column_width(i, c, lst.rows[: cols.SAMPLE]) for i, c in enumerate(lst.columns)]
        assert first_rows != measured  # else this store cannot tell the two apart
        fresh = Dataset(Store.open(country_store), Catalogue("vi"))
        app.screen.query_one("#pane-unit").replace_rows(pane_rows(fresh, "unit"), fresh.columns("unit"))  # type: ignore[attr-defined]
        assert not lst.rows.complete and lst.widths == measured
        await pilot.pause()
        assert line(lst, 0) == header
        await rows_measured(pilot, lst)
        assert lst.widths == measured and line(lst, 0) == header
