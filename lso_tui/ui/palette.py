"""The command palette in the dashboard's language: its placeholder and its "nothing found" line."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from lso_tui.i18n import Catalogue


class LsoPalette(CommandPalette):
    """Textual's palette, with its two fixed English texts said from the catalogue."""

    def __init__(self, cat: Catalogue, placeholder: str = "palette.placeholder", **kwargs: object) -> None:
        """*placeholder*: the catalogue key of the search box's placeholder."""
        super().__init__(placeholder=cat(placeholder), **kwargs)  # type: ignore[arg-type]
        self.cat = cat

    def _action_command_list(self, action: str) -> None:
        """As Textual's, except that a page key while the list has no room laid out does nothing
        (Textual 8.2.8 then looks up a line it has not laid out and raises KeyError: the monkey test
        hit it on a loaded machine, between two frames)."""
        if action in ("page_up", "page_down") and not self.query_one(CommandList).scrollable_content_region:
            return
        super()._action_command_list(action)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's (textual is pinned), with "No matches found" in the catalogue's words."""
        self._stop_no_matches_countdown()

        def show_none() -> None:
            """The line that says nothing matched (none while discovering, with an empty query)."""
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(self.cat("palette.none"), style="not bold")), disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_none)


def system_commands(
    cat: Catalogue, textual_commands: Iterable[SystemCommand], show_help: Callable[[], object]
) -> Iterator[SystemCommand]:
    """Quit and theme from Textual's system commands, in *cat*'s language, and our help instead of
    Textual's Keys panel."""
    said = {"quit": ("key.quit", "palette.quit"), "theme": ("palette.theme", "palette.theme_help")}
    for cmd in textual_commands:
        if cmd.title.lower() in said:
            title, help_ = said[cmd.title.lower()]
            yield SystemCommand(cat(title), cat(help_), cmd.callback)
    yield SystemCommand(cat("key.help"), cat("key.help"), show_help)


def theme_palette(cat: Catalogue) -> LsoPalette:
    """The list of themes, in *cat*'s language."""
    from textual.theme import ThemeProvider

    return LsoPalette(cat, "palette.theme_search", providers=[ThemeProvider])
