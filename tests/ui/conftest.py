"""UI fixtures: a store built once at a fixed path (snapshots show the path), and app factories."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lso_tui.i18n import Catalogue
from lso_tui.store import Store
from lso_tui.ui.app import LsoApp
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

    def factory(lang: str = "vi", **kwargs: object) -> LsoApp:
        return LsoApp(Dataset(Store.open(ui_store), Catalogue(lang)), **kwargs)  # type: ignore[arg-type]

    return factory


def copy_store(tmp_path: Path, src: Path) -> Path:
    """A private, writable copy of a store (tests that write must not touch the shared one)."""
    db = tmp_path / "store.json"
    db.write_bytes(src.read_bytes())
    db.chmod(0o600)
    return db


def watching_app(db: Path, writable: bool = True, **kwargs: object) -> LsoApp:
    """An app on *db* that reloads when the file changes, as the CLI opens it."""

    def load() -> Dataset:
        store = Store.open(db)
        store.writable = store.writable and writable
        return Dataset(store, Catalogue("vi"))

    return LsoApp(load(), reload=load, watch=db, **kwargs)  # type: ignore[arg-type]
