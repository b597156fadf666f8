"""A monkey test (issue 16): the dashboard driven by Pilot through a long run of random steps — keys
from every binding, printable text and random resizes between 20×5 and 300×100 — in whatever screen
the steps reach (main panes, detail, source, help, palette, forms, ingest, export, charts, log,
doctor, too-small). No step may raise, and the app still answers q at the end. The seed is fixed
(LSO_TUI_MONKEY_SEED overrides it) and printed on failure so a run can be replayed."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from lso_tui.ui.app import LsoApp
from tests.ui.conftest import copy_store, watching_app

SEED = int(os.environ.get("LSO_TUI_MONKEY_SEED", "20261201"))
STEPS = int(os.environ.get("LSO_TUI_MONKEY_STEPS", "700"))
# Every key the README lists, in every screen; q and ctrl+c come only at the end.
KEYS = [
    *"123456", "tab", "shift+tab", "enter", "escape", "backspace", "space", "left", "right", "up", "down",
    "pageup", "pagedown", "home", "end", *"jkgGnNsSeauLDIEcCvVyY?[]/", "ctrl+p", "ctrl+s", "ctrl+u", "delete",
]  # fmt: skip
TEXT = [*"abcxyzđăâêôơư ÁẢÃ0123456789.,;:-_/%", "Quảng Lạc", "2020", "50%", "\x1b[2J"]


async def test_random_keys_text_and_resizes_never_raise(tmp_path: Path, ui_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Random steps on a private store, in a scratch folder (exports land there)."""
    monkeypatch.chdir(tmp_path)
    db = copy_store(tmp_path, ui_store)
    rng = random.Random(SEED)
    app: LsoApp = watching_app(db)
    done = 0
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            for done in range(STEPS):
                roll = rng.random()
                if roll < 0.04:  # a drag of the window's corner past the minimum: a burst, no pause between
                    await pilot.resize_terminal(rng.randint(80, 300), rng.randint(24, 100))
                    for _ in range(rng.randint(2, 5)):
                        await pilot.resize_terminal(rng.randint(20, 79), rng.randint(5, 100))
                elif roll < 0.12:
                    await pilot.resize_terminal(rng.randint(20, 300), rng.randint(5, 100))
                elif roll < 0.30:
                    text = rng.choice(TEXT)
                    await pilot.press(*(text if len(text) > 1 and "\x1b" not in text else [text]))
                else:
                    await pilot.press(rng.choice(KEYS))
                if done % 50 == 0:
                    await pilot.pause()
            await pilot.resize_terminal(120, 40)
            await pilot.pause()
            for _ in range(12):  # back out of forms and dialogs, then quit
                await pilot.press("escape")
            await pilot.press("q")
            await pilot.pause()
    except Exception as exc:  # the seed and the step, to replay the run
        raise AssertionError(f"monkey run failed at step {done} (LSO_TUI_MONKEY_SEED={SEED}): {exc!r}") from exc
    assert not app.is_running
