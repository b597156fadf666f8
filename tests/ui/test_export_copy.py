"""Export the view (x) and copy a cell, a row or a record (y, Y), driven with a Pilot."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input, Static

from lso_tui.ui.app import LsoApp
from lso_tui.ui.dialogs.copied import CopiedScreen
from lso_tui.ui.dialogs.export import ExportScreen

SIZE = (120, 40)


async def test_export_keeps_filter_and_order_and_asks_before_overwriting(
    make_app: Callable[..., LsoApp], tmp_path: Path
) -> None:
    """x writes what is shown; an existing file needs a second Enter; a bad place says why."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"2018", "enter", "s", "s")  # consolidated in 2018, names Z→A
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        box = screen.query_one("#export-name", Input)
        assert box.value.startswith("lso-tui-unit-") and box.value.endswith(".csv")
        target = tmp_path / "done.csv"
        box.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        rows = list(csv.reader(target.open(encoding="utf-8")))
        assert rows[0][:2] == ["Tên", "Loại"] and rows[0][-1] == "id"
        names = [r[0] for r in rows[1:]]
        assert names == ["Quảng Lạc", "Chi Lăng"]
        assert not isinstance(app.screen, ExportScreen)
        target.write_text("keep", encoding="utf-8")
        await pilot.press("x")
        app.screen.query_one("#export-name", Input).value = str(target)
        await pilot.press("enter")
        assert "Enter" in str(app.screen.query_one("#export-error", Static).render())
        assert target.read_text(encoding="utf-8") == "keep"
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("Tên,")
        await pilot.press("x")
        app.screen.query_one("#export-name", Input).value = "/proc/nope.json"
        await pilot.press("enter")
        assert "không ghi được vào /proc" in str(app.screen.query_one("#export-error", Static).render())
        await pilot.press("escape")
        assert not isinstance(app.screen, ExportScreen)


async def test_copy_a_cell_a_row_and_a_record(make_app: Callable[..., LsoApp]) -> None:
    """y copies the focused cell, Y the row, y in a detail the whole record; each is shown too."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("y")
        assert isinstance(app.screen, CopiedScreen)
        assert app.clipboard == "Hoàng Văn Thụ"
        assert "Hoàng Văn Thụ" in str(app.screen.query_one("#copied-text", Static).render())
        await pilot.press("escape", "Y")
        assert app.clipboard.split("\t")[:2] == ["Hoàng Văn Thụ", "phường"]
        await pilot.press("escape", "enter", "y")
        assert (
            app.clipboard.startswith("phường Hoàng Văn Thụ\n")
            and "danh mục hành chính quốc gia" in app.clipboard
        )


async def test_charts_screen(make_app: Callable[..., LsoApp]) -> None:
    """c opens the charts of the highlighted target; Esc comes back."""
    from lso_tui.ui.screens.chart import ChartScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "c")
        assert isinstance(app.screen, ChartScreen)
        text = str(app.screen.query_one("#chart-timeline", Static).render())
        assert "mục tiêu 4 đơn vị" in text and "█" in text
        assert "Thành phố Lạng Sơn" in str(app.screen.query_one("#chart-bars", Static).render())
        await pilot.press("escape")
        assert not isinstance(app.screen, ChartScreen)


async def test_charts_stop_at_the_as_of_date_and_mark_only_targets_set(tmp_path: Path, ui_store: Path) -> None:
    """Issue 16, item 10: with Lộc Bình's article added (no target of its own), c on the city's
    target: the timeline marks the as-of month and draws nothing after it; of the province's
    districts, only the city's bar carries a target mark."""
    from lso_tui.ui.screens.chart import ChartScreen
    from tests.conftest import ROOT, run_cli
    from tests.ui.conftest import copy_store, watching_app

    db = copy_store(tmp_path, ui_store)
    article = ROOT / "tests" / "genre" / "loc_binh_hai_muoi_mot.txt"
    assert run_cli("--db", str(db), "ingest", str(article), "--yes").returncode == 0
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "c")
        assert isinstance(app.screen, ChartScreen)
        timeline = str(app.screen.query_one("#chart-timeline", Static).render()).splitlines()
        axis = next(line for line in timeline if line.startswith("   0 └"))
        now = axis.index("┴")
        bars = [line for line in timeline if line.startswith("     │")]
        assert bars and all(set(line[now + 1 :]) <= {" ", "─"} for line in bars), timeline
        assert any("tính đến 26/02/2020" in line for line in timeline)
        lines = str(app.screen.query_one("#chart-bars", Static).render()).splitlines()
        (city,) = [line for line in lines if line.startswith("Thành phố Lạng Sơn")]
        (loc_binh,) = [line for line in lines if line.startswith("Huyện Lộc Bình")]
        assert "│" in city and "│" not in loc_binh, lines


async def test_a_resize_before_the_charts_are_mounted_draws_nothing(make_app: Callable[..., LsoApp]) -> None:
    """A resize can reach the charts screen before its charts are mounted (keys typed while the app
    starts, in the terminal test under load): it draws nothing and raises nothing (it raised NoMatches
    and the dashboard exited with a traceback)."""
    from lso_tui.ui.screens.chart import ChartScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "c")
        shown = app.screen
        assert isinstance(shown, ChartScreen)
        early = ChartScreen(shown.ds, shown.target, shown.key)  # composed, not yet mounted
        early.on_resize()
        await pilot.press("escape")
