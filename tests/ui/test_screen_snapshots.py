"""SVG snapshots of the screens test_snapshots.py does not cover (issue 16): the sources pane, the edit
form, the conflict dialog, add articles, export, the edit log, the terminal check and the too-small
notice, at 80×24 and 120×40, each driven there by a Pilot first, as a user would (refresh: pytest
--snapshot-update, then look at the diff). Stores that change live at fixed paths: the header shows
the path."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from lso_tui.i18n import Catalogue
from lso_tui.session import StoreSession
from lso_tui.ui.app import LsoApp
from lso_tui.ui.widgets.record_list import RecordList
from tests.conftest import run_cli
from tests.ui.conftest import SNAPSHOT_STORE, watching_app

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]
# Fixed values, so that a snapshot does not depend on the machine, the user or the clock.
DOCTOR_ENV = {"TERM": "xterm-256color", "COLORTERM": "truecolor", "LANG": "C.UTF-8"}
DOCTOR_UNSET = ("LC_ALL", "TMUX", "STY", "SSH_CONNECTION", "SSH_TTY", "NO_COLOR", "TEXTUAL_COLOR_SYSTEM")


def fixed_store(name: str) -> Path:
    """A writable copy of the snapshot store at a fixed path (made afresh for each test)."""
    path = SNAPSHOT_STORE.parent / name / "store.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(SNAPSHOT_STORE.read_bytes())
    path.chmod(0o600)
    return path


async def _on_hoang_dong(pilot: Pilot[Any]) -> None:
    """Cursor on xã Hoàng Đồng (no source yet)."""
    pilot.app.screen.query_one("#list-unit", RecordList).select_id("05986")
    await pilot.pause()


async def _edit_form(pilot: Pilot[Any]) -> None:
    """e on Hoàng Đồng, "có" typed into the focused field."""
    await _on_hoang_dong(pilot)
    await pilot.press("e")
    await pilot.pause()
    await pilot.press(*"có")
    await pilot.pause()


async def _conflict(pilot: Pilot[Any]) -> None:
    """The form open, another process saves "không" first, then ctrl+s: the conflict dialog."""
    await _on_hoang_dong(pilot)
    await pilot.press("e")
    await pilot.pause()
    app: Any = pilot.app
    other = await asyncio.to_thread(
        run_cli, "--db", str(app.session.path), "edit", "unit", "05986", "--consolidated", "no"
    )
    assert other.returncode == 0, other.stderr
    app.screen.query_one("#in-consolidated", Input).value = "có"
    await pilot.press("ctrl+s")
    await pilot.pause()


async def _ingest(pilot: Pilot[Any]) -> None:
    """I, a folder typed into the path box (before Enter: the preview is test_ingest_review's)."""
    await pilot.press("I")
    await pilot.pause()
    await pilot.press(*"data/articles/")
    await pilot.pause()


async def _export(pilot: Pilot[Any]) -> None:
    """x on the units: the default name (which holds the time) replaced by a fixed one."""
    await pilot.press("x")
    await pilot.pause()
    pilot.app.screen.query_one("#export-name", Input).value = "don-vi.csv"
    await pilot.pause()


async def _log(pilot: Pilot[Any]) -> None:
    """L: the edit log."""
    await pilot.press("L")
    await pilot.pause()


async def _doctor(pilot: Pilot[Any]) -> None:
    """D: the terminal check, after a key to echo."""
    await pilot.press("D")
    await pilot.pause()
    await pilot.press("j")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_sources_pane(snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp], size: tuple[int, int]) -> None:
    """6: the articles in the store."""
    assert snap_compare(make_app(), press=["6"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_edit_form(snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp], size: tuple[int, int]) -> None:
    """A unit's edit form, a value typed."""
    assert snap_compare(make_app(), terminal_size=size, run_before=_edit_form)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_conflict(snap_compare: Callable[..., bool], size: tuple[int, int]) -> None:
    """Someone else saved the field first: theirs and mine side by side. The app does not watch the
    file, so the list behind does not change with when the other save is noticed (nor show its time)."""
    session = StoreSession(fixed_store("conflict"), Catalogue("vi"))
    app = LsoApp(session, session.read())
    assert snap_compare(app, terminal_size=size, run_before=_conflict)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_ingest(snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp], size: tuple[int, int]) -> None:
    """Add articles: the path box with a folder typed."""
    assert snap_compare(make_app(), terminal_size=size, run_before=_ingest)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_export(snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp], size: tuple[int, int]) -> None:
    """Export the units as shown: the file name box."""
    assert snap_compare(make_app(), terminal_size=size, run_before=_export)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_edit_log(snap_compare: Callable[..., bool], size: tuple[int, int]) -> None:
    """The edit log after two edits (who and when fixed in the file, so the snapshot holds still)."""
    db = fixed_store("log")
    for args in (("--consolidated", "yes", "--since", "2019-05"), ("--consolidated", "unknown")):
        result = run_cli("--db", str(db), "edit", "unit", "05986", *args)
        assert result.returncode == 0, result.stderr
    data = json.loads(db.read_text(encoding="utf-8"))
    for n, entry in enumerate(data["edits"].values()):
        entry.update(who="biên-tập", when=f"2020-03-0{1 + n // 2}T09:{n:02}:00+07:00")
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert snap_compare(watching_app(db), terminal_size=size, run_before=_log)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_doctor(
    snap_compare: Callable[..., bool],
    make_app: Callable[..., LsoApp],
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The terminal check, in a fixed environment, with the echo of a key."""
    for name, value in DOCTOR_ENV.items():
        monkeypatch.setenv(name, value)
    for name in DOCTOR_UNSET:
        monkeypatch.delenv(name, raising=False)
    assert snap_compare(make_app(), terminal_size=size, run_before=_doctor)


@pytest.mark.parametrize(("size", "small"), [((80, 24), (79, 24)), ((120, 40), (60, 15))], ids=IDS)
def test_too_small(
    snap_compare: Callable[..., bool],
    make_app: Callable[..., LsoApp],
    size: tuple[int, int],
    small: tuple[int, int],
) -> None:
    """Opened at a good size, then made smaller (the path that once crashed): the notice and the size
    it needs."""

    async def shrink(pilot: Pilot[Any]) -> None:
        """Resize below the minimum."""
        await pilot.pause()
        await pilot.resize_terminal(*small)
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=shrink)
