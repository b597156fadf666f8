"""Editing from the dashboard: validation beside the field, saving, read-only, and conflicts."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from textual.widgets import Input, Static

from lso_tui.ui.app import LsoApp
from lso_tui.ui.dialogs.edit import ConflictScreen, EditScreen
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.panes import pane_rows
from tests.conftest import run_cli
from tests.ui.conftest import copy_store, watching_app

SIZE = (100, 30)


async def open_form(app: LsoApp, pilot, code: str) -> EditScreen:  # type: ignore[no-untyped-def]
    """Put the cursor on a unit and press e."""
    app.screen.query_one("#list-unit", RecordList).select_id(code)
    await pilot.press("e")
    await pilot.pause()
    assert isinstance(app.screen, EditScreen)
    return app.screen


async def fill(pilot, screen: EditScreen, field: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """Replace a field's text."""
    box = screen.query_one(f"#in-{field}", Input)
    box.value = value
    await pilot.pause()


async def test_edit_a_unit_and_see_progress_move(tmp_path: Path, ui_store: Path) -> None:
    """e on Hoàng Đồng, "có" and "cuối 2020-06", ctrl+s: saved, audited, 3/8 on the strip."""
    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(app, pilot, "05986")
        await fill(pilot, form, "consolidated", "có")
        await fill(pilot, form, "since", "cuối 2020-06")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        assert "3/8 = 37,5%" in str(app.screen.query_one("#progress", Static).render())
    entries = [json.loads(line) for line in run_cli("--db", str(db), "edit", "log", "--format", "json").stdout.splitlines()]
    assert [(e["record"], e["field"]) for e in entries] == [("05986", "consolidated"), ("05986", "since")]
    from lso_tui.views.detail import detail

    history = [f for f in detail(watching_app(db).ds, "unit", "05986").fields if f.label == "Lịch sử sửa"]
    assert [f.value.split(":")[0] for f in history] == ["đã nhất thể hóa", "nhất thể hóa từ"]  # as the log says them
    assert all(f.provenance.origin == "edit" for f in history)


async def test_invalid_values_are_explained_and_nothing_is_saved(tmp_path: Path, ui_store: Path) -> None:
    """A bad date gets a message beside its field; the store is byte-identical."""
    db = copy_store(tmp_path, ui_store)
    before = db.read_bytes()
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(app, pilot, "05986")
        await fill(pilot, form, "since", "2020-13")
        await fill(pilot, form, "consolidated", "maybe")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, EditScreen)
        assert "không phải là một ngày có thật" in str(form.query_one("#err-since", Static).render())
        assert "có / không" in str(form.query_one("#err-consolidated", Static).render())
    assert db.read_bytes() == before


async def test_read_only_store_explains_why_nothing_happens(tmp_path: Path, ui_store: Path) -> None:
    """On a read-only store, e opens no form and says why."""
    db = copy_store(tmp_path, ui_store)
    app = watching_app(db, writable=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert not isinstance(app.screen, EditScreen)
        assert any("chỉ đọc" in n.message for n in app._notifications)


async def test_a_record_changed_meanwhile_gets_a_conflict(tmp_path: Path, ui_store: Path) -> None:
    """Someone else saves first: theirs and mine are shown; "write mine" saves over it, audited."""
    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(app, pilot, "05986")
        other = await asyncio.to_thread(
            run_cli, "--db", str(db), "edit", "unit", "05986", "--consolidated", "no"
        )
        assert other.returncode == 0
        await fill(pilot, form, "consolidated", "có")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConflictScreen)
        sides = [str(s.render()) for s in app.screen.query(".side").results(Static)]
        assert sides[0].endswith("không") and sides[1].endswith("có")
        await pilot.click("#mine")
        await pilot.pause()
        assert not isinstance(app.screen, (EditScreen, ConflictScreen))
    entries = [json.loads(line) for line in run_cli("--db", str(db), "edit", "log", "--format", "json").stdout.splitlines()]
    assert [e["new"] for e in entries] == [False, True]


async def test_add_an_official_then_undo_it_and_read_the_log(tmp_path: Path, ui_store: Path) -> None:
    """a on a unit: a new official of that unit (holding both posts: the unit counts as consolidated,
    in the same save); u undoes one's own last save, both edits; L shows the log."""
    from lso_tui.ui.screens.log import LogScreen

    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#list-unit", RecordList).select_id("05986")
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EditScreen)
        assert form.query_one("#in-unit_code", Input).value == "Hoàng Đồng"  # its name, not its code
        await fill(pilot, form, "name", "Hoàng Văn Mới")
        await fill(pilot, form, "titles", "Bí thư Đảng ủy; Chủ tịch UBND")
        await fill(pilot, form, "concurrent", "có")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        officials = [r.cells[0] for r in pane_rows(app.ds, "official")]
        assert "Hoàng Văn Mới" in officials
        hoang_dong = next(r for r in pane_rows(app.ds, "unit") if r.id == "05986")
        assert hoang_dong.cells[3] == hoang_dong.cells[4] == "Hoàng Văn Mới"
        await pilot.press("u")
        await pilot.pause()
        assert "Hoàng Văn Mới" not in [r.cells[0] for r in pane_rows(app.ds, "official")]
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LogScreen)
        log = app.screen.query_one("#list-audit", RecordList)
        assert [log.rows[i].cells[3] for i in log.view] == ["hoàn tác", "hoàn tác", "sửa", "thêm"]
        assert all("(đã hoàn tác)" in log.rows[i].cells[4] for i in log.view[2:])


async def test_a_form_opens_with_its_first_field_ready_to_type(tmp_path: Path, ui_store: Path) -> None:
    """e, then typing: the text goes into the first field at once (no Tab needed), and ctrl+s saves it."""
    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(app, pilot, "05986")
        first = form.query_one("#in-consolidated", Input)
        assert first.has_focus
        await pilot.press("ctrl+u", *"có", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        assert "3/8 = 37,5%" in str(app.screen.query_one("#progress", Static).render())
