"""Editing from the dashboard as a user expects (issue 16, item 5): a holder of both posts makes the
unit consolidated, one save is one undo, toasts name people and units, the add form says it adds,
a unit is typed by its name, and the target form starts from the region's name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from lso_tui.ui.app import LsoApp
from lso_tui.ui.dialogs.edit import EditScreen
from lso_tui.ui.widgets.record_list import RecordList
from tests.conftest import ROOT, run_cli
from tests.ui.conftest import copy_store, watching_app

SIZE = (100, 30)


def strip(app: LsoApp) -> str:
    """The progress strip as plain text."""
    return str(app.screen.query_one("#progress", Static).render())


def toasts(app: LsoApp) -> list[str]:
    """Every toast shown so far."""
    return [n.message for n in app._notifications]


def log(db: Path) -> list[dict[str, object]]:
    """The audit log, read by the real CLI."""
    out = run_cli("--db", str(db), "edit", "log", "--format", "json")
    return [json.loads(line) for line in out.stdout.splitlines()]


def title_of(form: EditScreen) -> str:
    """The form's title line (its first text)."""
    return str(form.query(Static).first().render())


async def fill(pilot, form: EditScreen, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Replace the text of some fields."""
    for field, value in values.items():
        form.query_one(f"#in-{field}", Input).value = value
    await pilot.pause()


async def add_form(app: LsoApp, pilot, pane: str, row_id: str | None) -> EditScreen:  # type: ignore[no-untyped-def]
    """Show a pane, put the cursor on a row, press a."""
    await pilot.press(pane)
    await pilot.pause()
    if row_id is not None:
        kind = {"1": "unit", "2": "official", "3": "target"}[pane]
        app.screen.query_one(f"#list-{kind}", RecordList).select_id(row_id)
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(app.screen, EditScreen)
    return app.screen


async def test_an_official_holding_both_posts_makes_the_unit_consolidated_and_one_u_undoes_it(
    tmp_path: Path, ui_store: Path
) -> None:
    """a on Hoàng Đồng, a holder of both posts: the unit counts (3/8); the form says it adds; the toast
    names the person and the unit, never an id; one u takes the whole save back (2/8, no official)."""
    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        form = await add_form(app, pilot, "1", "05986")
        await fill(pilot, form, {"name": "Hoàng Văn Mới", "titles": "Bí thư Đảng ủy; Chủ tịch UBND"})
        await fill(pilot, form, {"concurrent": "có"})
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        assert "3/8 = 37,5%" in strip(app)
        assert app.ds.by_id[("unit", "05986")]["consolidated"] is True
        assert "Hoàng Văn Mới (xã Hoàng Đồng)" in toasts(app)[-1]
        await pilot.press("u")
        await pilot.pause()
        assert "2/8 = 25%" in strip(app)
        assert ("official", "hoangvanmoi@05986") not in app.ds.by_id
        last = toasts(app)[-1]
        assert "Hoàng Văn Mới (xã Hoàng Đồng)" in last and "@" not in last and "*" not in last
        await pilot.press("u")  # nothing of mine is left in force
        await pilot.pause()
        assert toasts(app)[-1] == app.ds.t("log.nothing_to_undo")
    entries = log(db)
    assert [(e["kind"], e["op"]) for e in entries[:2]] == [("official", "add"), ("unit", "set")]
    assert all(e["undone"] for e in entries[:2])


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_add_forms_say_they_add(tmp_path: Path, ui_store: Path, lang: str) -> None:
    """a opens "Thêm cán bộ" / "Add an official" (units pane) and "Thêm mục tiêu" / "Add a target"
    (targets pane), never "Sửa"; e still opens "Sửa" / "Edit"."""
    words = {"vi": ("Thêm cán bộ", "Thêm mục tiêu", "Sửa"), "en": ("Add an official", "Add a target", "Edit")}
    official, target, edit = words[lang]
    app = watching_app(copy_store(tmp_path, ui_store), lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        form = await add_form(app, pilot, "1", "05986")
        assert title_of(form).startswith(official) and not title_of(form).startswith(edit)
        await pilot.press("escape")
        form = await add_form(app, pilot, "3", None)
        assert title_of(form).startswith(target) and not title_of(form).startswith(edit)
        await pilot.press("escape", "1", "e")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen) and title_of(app.screen).startswith(edit)


async def test_one_form_save_is_one_undo_step(tmp_path: Path, ui_store: Path) -> None:
    """e on Hoàng Đồng, two fields changed, ctrl+s, one u: both fields are back."""
    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#list-unit", RecordList).select_id("05986")
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EditScreen)
        await fill(pilot, form, {"consolidated": "có", "since": "cuối 2020-06"})
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "3/8" in strip(app)
        saved = toasts(app)[-1]
        await pilot.press("u")
        await pilot.pause()
        unit = app.ds.by_id[("unit", "05986")]
        assert unit["consolidated"] is None and unit["since"] is None and "2/8" in strip(app)
        undone = toasts(app)[-1]
        assert "xã Hoàng Đồng" in saved and "xã Hoàng Đồng" in undone and "05986" not in undone


async def test_a_unit_is_chosen_by_its_name_and_a_wrong_one_is_explained_beside_the_field(
    tmp_path: Path, ui_store: Path
) -> None:
    """The unit field takes "quang lac" (no diacritics) for Quảng Lạc; a name no unit has gets its
    message beside the field, no toast, nothing written."""
    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        form = await add_form(app, pilot, "2", None)
        await fill(pilot, form, {"name": "Lý Thị Nở", "titles": "Chủ tịch UBND", "unit_code": "quang lackk"})
        before = db.read_bytes()
        shown = len(toasts(app))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen) and db.read_bytes() == before
        assert len(toasts(app)) == shown
        error = str(form.query_one("#err-unit_code", Static).render())
        assert "quang lackk" in error and "Không có đơn vị" in error
        await fill(pilot, form, {"unit_code": "quang lac"})
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        official = app.ds.by_id[("official", "lythino@05989")]
        assert official["unit_code"] == "05989"
        assert "Lý Thị Nở (xã Quảng Lạc)" in toasts(app)[-1]
        form = await add_form(app, pilot, "2", None)  # the same person again: said beside the name
        await fill(pilot, form, {"name": "Lý Thị Nở", "titles": "Chủ tịch UBND", "unit_code": "05989"})
        shown = len(toasts(app))
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = str(form.query_one("#err-name", Static).render())
        assert "Lý Thị Nở (xã Quảng Lạc) đã có" in error and "@" not in error
        assert isinstance(app.screen, EditScreen) and len(toasts(app)) == shown


@pytest.fixture(scope="module")
def ha_giang_store(tmp_path_factory: pytest.TempPathFactory, ui_store: Path) -> Path:
    """The shipped store with the Hà Giang article: two communes called Tả Lủng (Đồng Văn, Mèo Vạc)."""
    db = copy_store(tmp_path_factory.mktemp("hagiang"), ui_store)
    article = ROOT / "tests" / "genre" / "ha_giang_toan_tinh.txt"
    assert run_cli("--db", str(db), "ingest", str(article), "--yes").returncode == 0
    return db


async def test_an_ambiguous_unit_name_lists_the_units_beside_the_field(
    tmp_path: Path, ha_giang_store: Path
) -> None:
    """ "ta lung" names two communes: both are listed beside the field, with their districts, in
    English too; "Tả Lủng, Mèo Vạc" picks one."""
    db = copy_store(tmp_path, ha_giang_store)
    app = watching_app(db, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        form = await add_form(app, pilot, "2", None)
        await fill(pilot, form, {"name": "Giàng Seo Phử", "titles": "Chủ tịch UBND", "unit_code": "ta lung"})
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen)
        error = str(form.query_one("#err-unit_code", Static).render())
        assert "Huyện Đồng Văn" in error and "Huyện Mèo Vạc" in error and "2 units" in error
        await fill(pilot, form, {"unit_code": "Tả Lủng, Mèo Vạc"})
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        assert ("official", "giangseophu@00796") in app.ds.by_id


async def test_the_target_form_starts_from_the_regions_name(tmp_path: Path, ui_store: Path) -> None:
    """a on the targets pane: the scope reads "Thành phố Lạng Sơn", not its code, and saving it as it
    stands adds a target of that city."""
    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        form = await add_form(app, pilot, "3", None)
        assert form.query_one("#in-scope", Input).value == "Thành phố Lạng Sơn"
        await fill(pilot, form, {"share": "80%", "year": "2025"})
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        added = [g for g in app.ds.targets if g.get("added_by")]
        assert [(g["scope_code"], g["share"], g["year"]) for g in added] == [("178", 0.8, 2025)]
        assert "80% — Thành phố Lạng Sơn" in toasts(app)[-1]


def test_the_cli_add_of_a_holder_of_both_posts_counts_the_unit_too(db: Path) -> None:
    """`edit add-official --both yes`: the same rule as the form; `edit undo` takes back both."""
    out = run_cli(
        "--db", str(db), "edit", "add-official", "--name", "Hoàng Văn Mới", "--unit", "05986",
        "--titles", "Bí thư Đảng ủy; Chủ tịch UBND", "--both", "yes",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "05986 consolidated" in out.stdout
    assert "Target Thành phố Lạng Sơn: 3/8 = 37.5%" in run_cli("--db", str(db), "summary").stdout
    undo = run_cli("--db", str(db), "edit", "undo")
    assert undo.returncode == 0 and undo.stdout.count("undone:") == 2
    assert "Target Thành phố Lạng Sơn: 2/8 = 25%" in run_cli("--db", str(db), "summary").stdout
