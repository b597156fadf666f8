"""The command palette in the dashboard's language: its placeholder and its "nothing found" line."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from lso_tui.i18n import Catalogue


class LsoPalette(CommandPalette):
    """Textual's palette, with its two fixed English texts said from the catalogue."""

    def __init__(self, cat: Catalogue, placeholder: str = "palette.placeholder", **kwargs: object) -> None:
        """*placeholder*: the catalogue key of the search box's placeholder."""
        super().__init__(placeholder=cat(placeholder), **kwargs)  # type: ignore[arg-type]
        self.cat = cat

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
