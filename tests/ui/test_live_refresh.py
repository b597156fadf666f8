"""The live refresh: another process's write is read in a thread (keys stay live while it reads), and a
read begun before this session's own save never replaces what the save showed."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from lso_tui.i18n import Catalogue
from lso_tui.session import StoreSession
from lso_tui.ui.app import LsoApp
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.dataset import Dataset
from tests.conftest import run_cli
from tests.ui.conftest import copy_store

EDIT = ("edit", "unit", "05986", "--consolidated", "yes", "--since", "2020-06")
"""Another process's edit of the shipped store (a unit of Lạng Sơn city)."""


class HeldSession(StoreSession):
    """A real session that notes which thread each read runs on, and holds what a read made off the
    main thread found until the test lets it go (a slow read, a country store on a network disk)."""

    def __init__(self, path: Path) -> None:
        """A session on *path*, its reads let through."""
        super().__init__(path, Catalogue("vi"))
        self.on_main: list[bool] = []
        self.go = threading.Event()
        self.go.set()
        self.waiting = threading.Event()

    def read(self) -> Dataset:
        """Note the thread and read as usual; off the main thread, wait until `go` is set to return."""
        on_main = threading.current_thread() is threading.main_thread()
        self.on_main.append(on_main)
        ds = super().read()
        if not on_main:
            self.waiting.set()
            self.go.wait(20)
        return ds


async def _edit_elsewhere(db: Path) -> None:
    """Another process edits the store (the CLI, as a group member would)."""
    result = await asyncio.to_thread(run_cli, "--db", str(db), *EDIT)
    assert result.returncode == 0, result.stderr


async def test_keys_are_answered_while_another_writers_version_is_read(tmp_path: Path, ui_store: Path) -> None:
    """The read after another process's write runs in a thread: while it is held, j still moves the
    cursor; once it is done, the screen shows the new version (the read ran on the event loop, and the
    dashboard answered no key until it was done)."""
    db = copy_store(tmp_path, ui_store)
    session = HeldSession(db)
    app = LsoApp(session, session.read(), watch_store=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        before = app.ds
        lst = app.screen.query_one("#list-unit", RecordList)
        row = lst.cursor
        session.go.clear()
        await _edit_elsewhere(db)
        assert await asyncio.to_thread(session.waiting.wait, 10)  # a poll saw it and began a read
        assert session.on_main[-1] is False
        await pilot.press("j")
        await pilot.pause()
        assert lst.cursor == row + 1 and app.ds is before  # answered, the read still held
        session.go.set()
        for _ in range(50):
            await pilot.pause(0.1)
            if app.ds is not before:
                break
        assert app.ds is not before
        assert app.ds.by_id[("unit", "05986")]["consolidated"] is True


async def test_a_read_begun_before_this_sessions_save_is_dropped(tmp_path: Path, ui_store: Path) -> None:
    """Another process writes (consolidated: yes), a read of it is made in a thread and held; this
    session then saves (no) and reads at once. The held read, when handed over, does not bring the
    older version back, then or at any later poll."""
    db = copy_store(tmp_path, ui_store)
    session = HeldSession(db)
    app = LsoApp(session, session.read(), watch_store=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        session.go.clear()
        await _edit_elsewhere(db)
        assert await asyncio.to_thread(session.waiting.wait, 10)
        result = await asyncio.to_thread(run_cli, "--db", str(db), "edit", "unit", "05986", "--consolidated", "no")
        assert result.returncode == 0, result.stderr
        app._refresh_now()  # what a save from a form does next (LsoApp._saved)
        after_save = app.ds
        assert after_save.by_id[("unit", "05986")]["consolidated"] is False
        session.go.set()
        for _ in range(12):
            await pilot.pause(0.1)
            assert app.ds.by_id[("unit", "05986")]["consolidated"] is False
