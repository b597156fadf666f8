"""UI fixtures: a store built once at a fixed path (snapshots show the path), and app factories."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from lso_tui.i18n import Catalogue
from lso_tui.session import StoreSession
from lso_tui.ui.app import LsoApp
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.dataset import Dataset
from tests.conftest import run_cli

SNAPSHOT_STORE = Path("/tmp/lso-tui-test/store.json")


@pytest.fixture(scope="session")
def ui_store() -> Path:
    """The shipped article's store at a fixed path (rebuilt in place: unchanged if identical)."""
    result = run_cli("build", "--db", str(SNAPSHOT_STORE))
    assert result.returncode == 0, result.stderr
    return SNAPSHOT_STORE


@pytest.fixture
def make_app(ui_store: Path) -> Callable[..., LsoApp]:
    """Build an app on the store, in a language, with an optional keymap."""

    def factory(lang: str = "vi", **kwargs: Any) -> LsoApp:
        session = StoreSession(ui_store, Catalogue(lang))
        return LsoApp(session, session.read(), **kwargs)

    return factory


def copy_store(tmp_path: Path, src: Path) -> Path:
    """A private, writable copy of a store (tests that write must not touch the shared one)."""
    db = tmp_path / "store.json"
    db.write_bytes(src.read_bytes())
    db.chmod(0o600)
    return db


def watching_app(db: Path, writable: bool = True, lang: str = "vi", **kwargs: Any) -> LsoApp:
    """An app on *db* that reads it again when the file changes, as the CLI opens it."""
    session = StoreSession(db, Catalogue(lang), read_only=not writable)
    return LsoApp(session, session.read(), watch_store=True, **kwargs)


def app_on(ds: Dataset) -> LsoApp:
    """An app showing *ds* (a store made in memory by the test), with a session on its path."""
    return LsoApp(StoreSession(ds.path, ds.t), ds)


async def rows_measured(pilot: Pilot[Any], lst: RecordList) -> None:
    """Wait until every row of *lst* is built and its columns measured on all of them."""
    for _ in range(500):
        if lst.rows.complete and not lst._warming:
            return
        await pilot.pause(0.01)
    raise AssertionError("the list never finished building its rows")
