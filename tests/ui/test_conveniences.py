"""Conveniences of issue 16: the status filter (f, and in the palette), the palette's actions (charts,
export, the terminal check, add articles, go to a region), each unit's district in the palette, and
the country's row at the top of the roll-up. Driven with a Pilot on real stores."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import OptionList, Static

from lso_tui.i18n import Catalogue
from lso_tui.store.db import Store
from lso_tui.ui.app import LsoApp
from lso_tui.ui.dialogs.export import ExportScreen
from lso_tui.ui.dialogs.ingest import IngestScreen
from lso_tui.ui.screens.chart import ChartScreen
from lso_tui.ui.screens.detail import DetailScreen
from lso_tui.ui.screens.doctor import DoctorScreen
from lso_tui.ui.screens.main import MainScreen
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.ui.widgets.region_pane import RegionPane
from lso_tui.views.dataset import Dataset
from tests.ui.conftest import app_on, copy_store, watching_app

SIZE = (120, 40)


def names(lst: RecordList) -> list[str]:
    """The names of the rows shown, in order."""
    return [lst.rows[i].cells[0] for i in lst.view]


def status(app: LsoApp, kind: str = "unit") -> str:
    """The pane's status line."""
    return str(app.screen.query_one(f"#status-{kind}", Static).render())


async def palette(pilot, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Open the palette, type *query*, and return the hits it lists."""
    await pilot.press("ctrl+p")
    await pilot.press(*query)
    await pilot.pause(0.4)
    options = pilot.app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_f_filters_the_units_by_status(make_app: Callable[..., LsoApp]) -> None:
    """f: consolidated, then not, then no source, then every unit again; it adds to the text filter."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        await pilot.press("f")
        assert names(lst) == ["Chi Lăng", "Quảng Lạc"]
        assert "chỉ đơn vị đã nhất thể hóa" in status(app)
        await pilot.press("f")
        assert names(lst) == [] and "chỉ đơn vị chưa nhất thể hóa" in status(app)
        await pilot.press("f")
        assert len(names(lst)) == 6 and "Chi Lăng" not in names(lst)
        assert "chỉ đơn vị chưa có nguồn" in status(app)
        await pilot.press("f")
        assert len(names(lst)) == 8 and "chỉ đơn vị" not in status(app)
        await pilot.press("slash", *"xa", "enter", "f")  # the three xã, then the consolidated of them
        assert names(lst) == ["Quảng Lạc"]
        await pilot.press("2", "f")  # officials: no state to filter by; said so, rows untouched
        await pilot.pause()
        assert len(app.screen.query_one("#list-official", RecordList).view) == 3
        assert any("chỉ áp dụng cho danh sách đơn vị" in str(n.message) for n in app._notifications)


async def test_the_palette_filters_by_status(make_app: Callable[..., LsoApp]) -> None:
    """ctrl+p "chua co nguon": the units pane, showing only the units no source speaks of."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        hits = await palette(pilot, "trang thai chua co nguon")
        assert hits[0] == "Lọc theo trạng thái: chỉ đơn vị chưa có nguồn", hits
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.screen.kind == "unit"
        assert len(app.screen.query_one("#list-unit", RecordList).view) == 6


async def test_the_palette_runs_actions(tmp_path: Path, ui_store: Path) -> None:
    """Charts, export, add articles and the terminal check, by name without diacritics."""
    app = watching_app(copy_store(tmp_path, ui_store))
    async with app.run_test(size=SIZE) as pilot:
        for query, screen in (
            ("bieu do", ChartScreen),
            ("xuat tep", ExportScreen),
            ("them bai bao", IngestScreen),
            ("kiem tra terminal", DoctorScreen),
        ):
            hits = await palette(pilot, query)
            assert hits, query
            await pilot.press("enter")
            await pilot.pause(0.2)
            assert isinstance(app.screen, screen), (query, hits, app.screen)
            await pilot.press("escape")
            await pilot.pause(0.2)
            assert isinstance(app.screen, MainScreen), query


async def test_the_palette_goes_to_a_region(make_app: Callable[..., LsoApp]) -> None:
    """ctrl+p "tinh lang son": the roll-up on the province (its districts listed)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        hits = await palette(pilot, "tinh lang son")
        assert hits == ["Tỉnh Lạng Sơn  Theo vùng"], hits
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.screen, MainScreen) and app.screen.kind == "region"
        pane = app.screen.query_one(RegionPane)
        assert pane.key[0] == "province" and names(pane.list) == ["Thành phố Lạng Sơn"]


async def test_the_palette_says_where_each_unit_is(country_store: Path) -> None:
    """On the country store, "Phường 1" is in many towns: each hit names its district and province."""
    app = app_on(Dataset(Store.open(country_store), Catalogue("vi")))
    async with app.run_test(size=SIZE) as pilot:
        hits = await palette(pilot, "phuong 1 ")
        units = [h for h in hits if h.endswith("Đơn vị") and h.startswith("Phường 1 ")]
        assert len(units) > 3 and len(set(units)) == len(units), hits
        assert all("phường · " in h and (", Tỉnh " in h or ", Thành phố " in h) for h in units), units
        assert isinstance(app.screen, CommandPalette)


async def test_the_roll_up_starts_with_the_country(country_store: Path) -> None:
    """5 on a country store: the country's own row first, with every unit; Enter on it opens its
    detail (it is the level shown), Enter on a province goes down into it."""
    ds = Dataset(Store.open(country_store), Catalogue("vi"))
    app = app_on(ds)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        lst = app.screen.query_one("#list-region", RecordList)
        first = lst.rows[lst.view[0]]
        assert first.id == "country:" and first.cells[0] == "Cả nước"
        assert first.cells[1].split()[0].replace(".", "") == str(len(ds.units))
        assert first.cells[2] == "2"  # the two units the article says are consolidated
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.shown is not None
        assert app.screen.shown.title == "Cả nước"
        await pilot.press("escape", "down", "enter")
        await pilot.pause()
        assert app.screen.query_one(RegionPane).key[0] == "province"
