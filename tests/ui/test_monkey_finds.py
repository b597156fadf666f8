"""Bugs the monkey test found (tests/ui/test_monkey.py), each replayed by hand with a Pilot."""

from __future__ import annotations

from collections.abc import Callable

from textual.command import CommandPalette

from lso_tui.ui.app import LsoApp
from lso_tui.ui.screens.main import MainScreen
from lso_tui.ui.screens.too_small import TooSmallScreen


async def test_keys_under_the_too_small_notice_open_nothing(make_app: Callable[..., LsoApp]) -> None:
    """The palette open, the terminal made too small, then ctrl+p: a second palette was pushed above
    the notice and the app died (DuplicateIds '--command-palette'); I, D, L and ? stacked screens
    under the notice. Now only quitting works there, and the app comes back as it was."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.resize_terminal(60, 15)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        stack = list(app.screen_stack)
        for key in ("ctrl+p", "I", "D", "L", "question_mark", "ctrl+p"):
            await pilot.press(key)
            await pilot.pause()
            assert app.is_running, key
            assert app.screen_stack == stack, (key, [type(s).__name__ for s in app.screen_stack])
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        await pilot.press("q")  # quitting still works under the notice
        await pilot.pause()
    assert not app.is_running and app.return_code in (0, None)
