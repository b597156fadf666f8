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
