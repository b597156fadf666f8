"""The dashboard's help and command palette in its language: the base of LsoApp (ui.app)."""

from __future__ import annotations

from textual.app import App
from textual.screen import Screen

from lso_tui.i18n import Catalogue

VIEW_KEYS = {"MainScreen": "pane.units", "DetailScreen": "detail.title", "SourceScreen": "source.title"}


class HelpfulApp(App[None]):
    """Help on every view's keys (?), and Textual's palette and theme list said from the catalogue."""

    cat: Catalogue

    def action_help(self) -> None:
        """List every key of the current view."""
        from lso_tui.ui.screens.help import HelpScreen, collect, help_text

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        view = self.cat(VIEW_KEYS.get(type(self.screen).__name__, "app.title"))
        self.push_screen(
            HelpScreen(help_text(self.cat, view, collect(self.screen.active_bindings, self.cat)))
        )

    def get_system_commands(self, screen: Screen[object]):  # type: ignore[no-untyped-def]
        """Quit and theme, in the dashboard's language; our help replaces Textual's Keys panel."""
        from lso_tui.ui.palette import system_commands

        yield from system_commands(self.cat, super().get_system_commands(screen), self.action_help)

    def action_command_palette(self) -> None:
        """Textual's palette, in the dashboard's language."""
        from lso_tui.ui.palette import LsoPalette

        if self.use_command_palette and not LsoPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(LsoPalette(self.cat, id="--command-palette"))

    def search_themes(self) -> None:
        """The list of themes, in the dashboard's language."""
        from lso_tui.ui.palette import theme_palette

        self.push_screen(theme_palette(self.cat))
