"""The first screen from the store's view (store.first_view): drawn before the store is read, only
when the view describes the store as it is now, its text cleaned; the whole data replaces it, the
keys typed meanwhile act on the whole data; writing the view never touches the store or a backup."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from textual.app import App
from textual.pilot import Pilot

from lso_tui.i18n import Catalogue
from lso_tui.session import StoreSession
from lso_tui.store.db import Store
from lso_tui.store.first_view import read_view, refresh_view, store_key, view_path, view_payload, write_view
from lso_tui.store.read_model import ReadModel
from lso_tui.ui.app import LsoApp
from lso_tui.ui.screens.detail import DetailScreen
from lso_tui.ui.screens.first import FirstScreen
from lso_tui.ui.screens.main import MainScreen
from lso_tui.ui.widgets import columns as cols
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.ui.widgets.record_pane import RecordPane
from tests.conftest import run_cli
from tests.ui.conftest import copy_store, rows_measured


def _app(db: Path, lang: str = "vi") -> LsoApp:
    """The dashboard on *db* as the CLI opens it: nothing read before the first frame."""
    return LsoApp(StoreSession(db, Catalogue(lang)))


async def _main(app: LsoApp, pilot: Pilot[None]) -> MainScreen:
    """Wait until the store is read and the main screen shows it."""
    for _ in range(200):
        await pilot.pause(0.02)
        if app.loaded and any(isinstance(s, MainScreen) for s in app.screen_stack):
            break
    await pilot.pause(0.1)  # the work after the first rows (ROWS_FLUSH) starts
    await app.workers.wait_for_complete()
    main = [s for s in app.screen_stack if isinstance(s, MainScreen)]
    assert main, app.screen_stack
    return main[0]


def _names(screen: MainScreen) -> list[str]:
    """The unit names the main screen's list holds, in its order."""
    lst = screen.pane("unit").list
    return [lst.rows[i].cells[0] for i in lst.view]


def _view_with(db: Path, **unit: Any) -> None:
    """Write *db*'s view with its first unit's fields changed (as another member's lso-tui could)."""
    payload = view_payload(ReadModel(Store.open(db)))
    payload["units"][0].update(unit)
    assert write_view(db, store_key(db), payload)


class _Host(App[None]):
    """The first screen alone, on a session's view (as LsoApp shows it before the store is read)."""

    def __init__(self, session: StoreSession) -> None:
        """Keep the session."""
        super().__init__()
        self.session = session

    def on_mount(self) -> None:
        """The first screen, from the view."""
        view = self.session.first_view()
        assert view is not None
        self.push_screen(FirstScreen(view))


def test_build_writes_a_view_that_an_edit_by_another_process_makes_stale(tmp_path: Path) -> None:
    """`lso-tui build` writes the view after the store; `lso-tui edit` (another process) replaces the
    store, and the view no longer describes it: it is not read."""
    db = tmp_path / "store.json"
    assert run_cli("build", "--db", str(db)).returncode == 0
    assert view_path(db).is_file() and read_view(db) is not None
    result = run_cli("--db", str(db), "edit", "unit", "05986", "--consolidated", "no")
    assert result.returncode == 0, result.stderr
    assert read_view(db) is None
    assert StoreSession(db, Catalogue("vi")).first_view() is None


async def test_the_view_is_drawn_first_then_the_whole_data_replaces_it(tmp_path: Path, ui_store: Path) -> None:
    """A fresh view's rows are on the first screen; the store read after them replaces them (here the
    view names its first unit otherwise, as a view written by another member could)."""
    db = copy_store(tmp_path, ui_store)
    real = Store.open(db).rows("units")[0]["name"]
    _view_with(db, name="Tên trong bản xem trước")
    app = _app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, FirstScreen)  # before the store is read
        lst = app.screen.query_one(RecordList)
        assert lst.rows[0].cells[0] == "Tên trong bản xem trước"
        assert "8/8" in str(app.screen.query_one("#status-unit").render())
        screen = await _main(app, pilot)
        assert app.first_from_view
        assert _names(screen)[0] == real and "Tên trong bản xem trước" not in _names(screen)


async def test_a_stale_view_is_not_shown(tmp_path: Path, ui_store: Path) -> None:
    """A view of an older version of the store (another process replaced it since, or edited it in
    place keeping its size and modification time) is never drawn: the store is read as usual."""
    db = copy_store(tmp_path, ui_store)
    _view_with(db, name="Tên cũ")
    # Another process replaces the store with the same bytes (a new version, as any save makes).
    code = "import os, shutil, sys; shutil.copy(sys.argv[1], sys.argv[1] + '.new'); os.replace(sys.argv[1] + '.new', sys.argv[1])"
    subprocess.run([sys.executable, "-c", code, str(db)], check=True)
    assert read_view(db) is None
    _view_with(db, name="Tên cũ")
    st = db.stat()
    with db.open("r+b") as f:  # written in place by hand, size and modification time put back
        first = f.read(1)
        f.seek(0)
        f.write(first)
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (db.stat().st_size, db.stat().st_mtime_ns, db.stat().st_ino) == (st.st_size, st.st_mtime_ns, st.st_ino)
    assert read_view(db) is None
    app = _app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        assert not isinstance(app.screen, FirstScreen)
        screen = await _main(app, pilot)
        assert not app.first_from_view and "Tên cũ" not in _names(screen)


async def test_view_text_is_shown_cleaned_and_as_plain_text(tmp_path: Path, ui_store: Path) -> None:
    """Control, escape and bidi characters written into the view are removed; markup is shown as the
    text it is, never parsed (a group member may have written the file)."""
    db = copy_store(tmp_path, ui_store)
    _view_with(db, name="[b]A[/b]\x1b[2J\u202eB\x07", district="[@click=app.quit]x")
    app = _Host(StoreSession(db, Catalogue("vi")))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        lst = app.screen.query_one(RecordList)
        assert lst.rows[0].cells[0] == "[b]A[/b][2JB"
        line = lst.render_line(1).text
        assert "[b]A[/b][2JB" in line and "\x1b" not in line and "\u202e" not in line


async def test_the_view_is_drawn_in_the_language_asked(tmp_path: Path, ui_store: Path) -> None:
    """The view holds data, not text: the same file gives the English first screen in English."""
    db = copy_store(tmp_path, ui_store)
    refresh_view(db)
    app = _Host(StoreSession(db, Catalogue("en")))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        strip = str(app.screen.query_one("#progress").render())
        assert "[BEHIND]" in strip and "2 more units needed" in strip
        assert "no source" in app.screen.query_one(RecordList).render_line(1).text
        assert "as of 26/02/2020" in str(app.screen.query_one("#header").render())


async def test_a_missing_or_broken_view_falls_back_to_reading_the_store(tmp_path: Path, ui_store: Path) -> None:
    """No view, a view that is not JSON, one of the wrong shape under the right key, one that is a
    directory: no first screen from it, no error, the store read as usual."""
    db = copy_store(tmp_path, ui_store)
    key = store_key(db)
    broken: list[Any] = [
        None,
        b"\x00not json{",
        json.dumps({"format": 1, "store": key, "units": "x"}).encode(),
        json.dumps({"format": 1, "store": key, "as_of": None, "wide_scope": False, "units_total": 1,
                    "units": [{"code": 5, "name": "x"}], "posts": {}, "headline": None}).encode(),
        json.dumps({"format": 1, "store": key, "as_of": None, "wide_scope": False, "units_total": 0,
                    "units": [], "posts": {}, "headline": {"target": {}, "progress": {"share": "NaN"}}}).encode(),
        "dir",
    ]
    for content in broken:
        view = view_path(db)
        if view.is_dir():
            view.rmdir()
        view.unlink(missing_ok=True)
        if content == "dir":
            view.mkdir()
        elif content is not None:
            view.write_bytes(content)
        assert StoreSession(db, Catalogue("vi")).first_view() is None, content
        app = _app(db)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await _main(app, pilot)
            assert not app.first_from_view and app.load_error is None
            assert len(_names(screen)) == 8
            # (the view this app writes after its first rows, in a thread, is written before the next
            # case sets its own: on a loaded machine it landed after it, and the next app read it)
            await app.workers.wait_for_complete()


async def test_keys_typed_on_the_first_screen_act_on_the_whole_data(tmp_path: Path, ui_store: Path) -> None:
    """Keys typed before the store is read are kept, in order, and act once it is: two steps down and
    Enter open the third unit's detail (which needs the whole data); "/chi" filters the whole list,
    its "q" typed into the box rather than quitting."""
    db = copy_store(tmp_path, ui_store)
    refresh_view(db)
    third = Store.open(db).rows("units")[2]["code"]
    app = _app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, FirstScreen)
        await pilot.press("j", "j", "enter")
        await _main(app, pilot)
        for _ in range(50):
            await pilot.pause(0.02)
            if isinstance(app.screen, DetailScreen):
                break
        assert isinstance(app.screen, DetailScreen)
        assert app.history.current == ("unit", third)
    app = _app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, FirstScreen)
        await pilot.press("slash", "q", "u", "a", "n", "g")
        screen = await _main(app, pilot)
        await pilot.pause(0.2)
        pane = screen.query_one("#pane-unit", RecordPane)
        assert app.is_running and pane.box.value == "quang"
        assert _names(screen) and all("Quảng" in n or "quang" in n.lower() for n in _names(screen))


async def test_q_on_the_first_screen_quits_at_once(tmp_path: Path, ui_store: Path) -> None:
    """q, with no key held before it, quits while the first screen still shows the view."""
    db = copy_store(tmp_path, ui_store)
    refresh_view(db)
    app = _app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, FirstScreen)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


def _files(directory: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file in *directory* but the view: inode, modification time and bytes."""
    return {
        p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in directory.iterdir()
        if p.is_file() and p != view_path(directory / "store.json")
    }


async def test_writing_the_view_never_touches_the_store_or_its_backups(tmp_path: Path, ui_store: Path) -> None:
    """The dashboard writes the view of the version it read (after the first rows), and a build or an
    ingest after the store: the store, its backups and its lock stay byte for byte and inode for inode
    as they were, and no temp file is left; a view that cannot be written is no error."""
    db = copy_store(tmp_path, ui_store)
    assert run_cli("--db", str(db), "edit", "unit", "05986", "--consolidated", "no").returncode == 0
    assert (tmp_path / "store.json.bak1").is_file()
    before = _files(tmp_path)
    assert refresh_view(db) and _files(tmp_path) == before
    view_path(db).unlink()
    app = _app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _main(app, pilot)
        # (written in a thread VIEW_DELAY after the first rows: waiting for the workers alone raced when the
        # timer had not yet started one; wait for the view itself, bounded, while the app runs)
        for _ in range(200):
            await app.workers.wait_for_complete()
            if read_view(db) is not None:
                break
            await pilot.pause(0.05)
    assert read_view(db) is not None  # written by the dashboard, of the version it read
    assert _files(tmp_path) == before
    view_path(db).unlink()
    view_path(db).mkdir()  # a view that cannot be written
    app = _app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _main(app, pilot)
        assert len(_names(screen)) == 8 and app.load_error is None
    assert _files(tmp_path) == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


async def test_the_first_frame_has_the_columns_measured_on_every_row(tmp_path: Path, country_store: Path) -> None:
    """The country's longest names are far down the list: the first rows alone make narrower columns,
    which widened a second or two after opening, once every row was built (and one more column was
    hidden). The view keeps the widths the dashboard measured on every row, and the next opening's
    first screen and main screen start with them: nothing moves once the rows are built."""
    db = copy_store(tmp_path, country_store)
    app = _app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await _main(app, pilot)
        lst = main.query_one("#list-unit", RecordList)
        await rows_measured(pilot, lst)
        measured = lst.widths_by_id
        for _ in range(100):  # the view is written in a thread
            found = read_view(db)
            if found is not None and found[0].get("unit_widths") == measured:
                break
            await pilot.pause(0.02)
    first_rows = [cols.column_width(i, c, lst.rows[: cols.SAMPLE]) for i, c in enumerate(lst.columns)]
    assert first_rows != list(measured.values())  # else this store cannot tell the two apart
    found = read_view(db)
    assert found is not None and found[0]["unit_widths"] == measured
    app = _app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, FirstScreen)
        assert app.screen.query_one(RecordList).widths == list(measured.values())
        main = await _main(app, pilot)
        lst = main.query_one("#list-unit", RecordList)
        assert lst.widths == list(measured.values())
        await rows_measured(pilot, lst)
        assert lst.widths == list(measured.values())


async def test_widths_in_a_view_written_by_hand_are_hints_within_bounds(tmp_path: Path, ui_store: Path) -> None:
    """A view's column widths come from a file another member may have written: what is no width (not
    a whole number, out of range, a boolean) is left out, and a width past a column's cap is drawn at
    the cap; the rest of the view is still drawn."""
    db = copy_store(tmp_path, ui_store)
    payload = view_payload(ReadModel(Store.open(db)))
    payload["unit_widths"] = {"name": 10**9, "type": "8", "since": True, "secretary": -3, "chairman": 19, "x": 5}
    assert write_view(db, store_key(db), payload)
    app = _app(db)
    async with app.run_test(size=(120, 40)):
        assert isinstance(app.screen, FirstScreen)
        lst = app.screen.query_one(RecordList)
        widths = lst.widths_by_id
        assert app.screen.view.unit_widths == {"chairman": 19, "x": 5}
        assert widths["chairman"] == 19 and widths["name"] <= cols.CAPS["name"]
