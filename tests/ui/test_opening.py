"""Opening the dashboard: the first rows come first; what follows them (the collector, stale temp
files, the preview) comes after, and "opening…" shows only for a store slow to read."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.app import App
from textual.widgets import Static

from lso_tui.i18n import Catalogue
from lso_tui.model.stored import REGISTER, REGISTER_FIELDS, UNIT_DEFAULTS, expand_unit
from lso_tui.session import StoreSession
from lso_tui.ui.app import LsoApp
from lso_tui.ui.screens.main import MainScreen
from lso_tui.ui.screens.opening import SLOW_READ, OpeningScreen
from lso_tui.ui.widgets.preview import Preview
from tests.ui.conftest import copy_store


class _Host(App[None]):
    """Shows the opening screen alone, as LsoApp does before the store is read."""

    def on_mount(self) -> None:
        """The opening screen on a path."""
        self.push_screen(OpeningScreen(Catalogue("vi"), "/tmp/x/store.json"))


async def test_the_opening_line_shows_only_when_the_store_is_slow() -> None:
    """At first only the header; "Đang mở kho dữ liệu…" once loading has taken SLOW_READ seconds."""
    app = _Host()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = app.screen.query_one("#opening", Static)
        assert not line.display
        await pilot.pause(SLOW_READ + 0.2)
        assert line.display and "Đang mở kho dữ liệu…" in str(line.content)


async def test_after_the_first_rows_the_collector_runs_and_stale_temps_go(tmp_path: Path, ui_store: Path) -> None:
    """The CLI turns the collector off while the store loads: it is on again once the rows are
    drawn; a temp file a killed writer left is cleared then (the lock is taken off the first rows'
    path), and the preview is mounted beside the list."""
    db = copy_store(tmp_path, ui_store)
    stale = tmp_path / ".store.json.killed.tmp"
    stale.write_text("half a write", encoding="utf-8")
    app = LsoApp(StoreSession(db, Catalogue("vi"), clear_temps=True))
    gc.disable()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(100):
                await pilot.pause(0.05)
                if isinstance(app.screen, MainScreen) and gc.isenabled() and not stale.exists():
                    break
            await app.workers.wait_for_complete()
            assert isinstance(app.screen, MainScreen)
            assert gc.isenabled()
            assert not stale.exists()
            await pilot.pause(0.1)
            assert app.screen.query_one("#preview", Preview).plain.startswith("phường Hoàng Văn Thụ")
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_compact_unit_expands_to_every_default_and_register_provenance() -> None:
    """expand_unit (written out field by field for speed) gives what UNIT_DEFAULTS and REGISTER_FIELDS
    say, in their order, and keeps a stored provenance over the register's."""
    names = {"001": "Quận Ba Đình", "01": "Thành phố Hà Nội"}
    bare = expand_unit({"code": "1", "name": "A", "district_code": "001", "province_code": "01"}, names)
    assert list(bare)[4:] == [*UNIT_DEFAULTS, "provenance", "district", "province"]
    assert {k: bare[k] for k in UNIT_DEFAULTS} == UNIT_DEFAULTS
    assert bare["provenance"] == dict.fromkeys(REGISTER_FIELDS, REGISTER)
    assert (bare["district"], bare["province"]) == ("Quận Ba Đình", "Thành phố Hà Nội")
    a, b = expand_unit({"code": "1", "name": "A"}, {}), expand_unit({"code": "2", "name": "B"}, {})
    assert a["figures"] is not b["figures"] and a["provenance"] is not b["provenance"]
    span = {"doc": "d", "start": 1, "end": 2, "quote": "x"}
    told = expand_unit({"code": "1", "name": "A", "consolidated": True, "provenance": {"name": span}}, {})
    assert told["consolidated"] is True and told["provenance"]["name"] == span
    assert list(told["provenance"]) == ["name", "code", "type", "district", "successor"]
