"""The roll-up pane (5) and the dashboard on a country store, driven with a Pilot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input, Static

from lso_tui.i18n import Catalogue
from lso_tui.store.db import Store
from lso_tui.text import fold
from lso_tui.ui.app import LsoApp
from lso_tui.ui.dialogs.edit import EditScreen
from lso_tui.ui.screens.detail import DetailScreen
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.ui.widgets.region_pane import RegionPane
from lso_tui.views.dataset import Dataset
from tests.ui.conftest import app_on, copy_store, watching_app

SIZE = (120, 40)


def cells(lst: RecordList) -> list[list[str]]:
    """Every shown row's cells."""
    return [lst.rows[i].cells for i in lst.view]


def crumb(app: LsoApp) -> str:
    """The breadcrumb line of the roll-up pane."""
    return str(app.screen.query_one("#crumb", Static).render())


async def test_drill_down_to_units_and_back_up(make_app: Callable[..., LsoApp]) -> None:
    """5 opens at the province (one district to choose); Enter goes down, Backspace comes back."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        lst = app.screen.query_one("#list-region", RecordList)
        assert crumb(app).startswith("Cả nước › Tỉnh Lạng Sơn")
        # name, units (register), done, not done, no data, share, articles say, target, state
        assert cells(lst)[0][:5] == ["Thành phố Lạng Sơn", "8", "2", "0", "6"]
        # the article's own figure ("nhất thể hóa tại 2 đơn vị"), as of its publication month
        assert "25%" in cells(lst)[0][5] and cells(lst)[0][6] == "2 · 02/2020" and cells(lst)[0][7].startswith("50%")
        await pilot.press("enter")
        await pilot.pause()
        assert crumb(app).startswith("Cả nước › Tỉnh Lạng Sơn › Thành phố Lạng Sơn")
        assert len(lst.view) == 8 and {r[0] for r in cells(lst)} >= {"Chi Lăng", "Quảng Lạc"}
        await pilot.press("enter")  # a unit: its detail
        assert isinstance(app.screen, DetailScreen)
        await pilot.press("escape")
        await pilot.press("backspace")
        await pilot.pause()
        assert lst.current is not None and lst.current.cells[0] == "Thành phố Lạng Sơn"
        await pilot.press("backspace")
        await pilot.pause()
        assert crumb(app).startswith("Cả nước ") and [r[0] for r in cells(lst)] == ["Cả nước", "Tỉnh Lạng Sơn"]
        assert lst.current is not None and lst.current.cells[0] == "Tỉnh Lạng Sơn"  # where we came from
        await pilot.press("backspace")  # the top: nothing above
        assert crumb(app).startswith("Cả nước ") and app.is_running


async def test_preview_follows_the_level(make_app: Callable[..., LsoApp]) -> None:
    """At 120 columns the preview shows the highlighted region's counts, then a unit's fields."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        preview = app.screen.query_one("#preview")
        assert "Có trong kho: 8" in preview.plain  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert "danh mục hành chính quốc gia" in preview.plain  # type: ignore[attr-defined]
        assert "Có trong kho" not in preview.plain  # type: ignore[attr-defined]


async def test_a_target_for_the_highlighted_region(tmp_path: Path, ui_store: Path) -> None:
    """`a` on a region row opens the target form with that region; saving adds a province target."""
    path = copy_store(tmp_path, ui_store)
    app = watching_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5", "backspace", "a")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen)
        scope = app.screen.query(Input).first()
        assert scope.value == "Tỉnh Lạng Sơn"  # the province's name, not its register code
        code = next(r["code"] for r in app.ds.regions if r["name"] == scope.value)
        share, year = list(app.screen.query(Input))[1:3]
        share.value, year.value = "40%", "2025"
        await pilot.press("ctrl+s")
        await pilot.pause(0.3)
    targets = {t.get("scope_level"): t for t in Dataset(Store.open(path), Catalogue("vi")).targets}
    assert targets["province"]["scope_code"] == code and targets["province"]["share"] == 0.4


async def test_country_store_lists_searches_and_rolls_up(country_store: Path) -> None:
    """10,000 units: filter without diacritics, jump to the end, and provinces that add up."""
    ds = Dataset(Store.open(country_store), Catalogue("vi"))
    app = app_on(ds)
    async with app.run_test(size=SIZE) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        assert len(lst.view) == len(ds.units) > 9000
        await pilot.press("G")
        assert lst.cursor == len(lst.view) - 1
        await pilot.press("slash")
        await pilot.press(*"quang lac")
        await pilot.pause()
        found = cells(lst)
        # Every term, anywhere in the row ("Quang Trung" in "Huyện Ngọc Lặc" matches too).
        assert found and all({"quang", "lac"} <= set(fold(" ".join(r)).split()) for r in found)
        assert len(found) < 50
        assert ["Quảng Lạc", "xã", "Thành phố Lạng Sơn"] in [r[:3] for r in found]  # says where
        await pilot.press("escape", "5")
        await pilot.pause()
        regions = app.screen.query_one("#list-region", RecordList)
        pane = app.screen.query_one(RegionPane)
        assert pane.key == ("country", "")
        assert regions.rows.ids[regions.view[0]] == "country:"  # the country's own row first
        provinces = [ds.tree[("province", regions.rows.ids[i].split(":")[1])] for i in regions.view[1:]]
        assert len(provinces) == len({u["province_code"] for u in ds.units})
        assert sum(p.total for p in provinces) == ds.tree[("country", "")].total == len(ds.units)
        assert sum(p.done for p in provinces) == 2
