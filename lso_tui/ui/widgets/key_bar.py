"""The key bar: the current view's main keys, translated (Textual's Footer can't translate)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from lso_tui.i18n import Catalogue


def key_label(keys: str) -> str:
    """Show "ctrl+p" as "^p" and keep the first of several keys."""
    first = keys.split(",")[0]
    return first.replace("ctrl+", "^").replace("question_mark", "?").replace("slash", "/")


class KeyBar(Static):
    """One line of "key description" pairs for the shown bindings of the focused chain."""

    def __init__(self, cat: Catalogue, **kwargs: object) -> None:
        """Keep the catalogue to translate binding descriptions (they are message keys)."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.t = cat

    def refresh_keys(self) -> None:
        """Rebuild from the screen's active bindings."""
        text = Text(no_wrap=True, overflow="ellipsis")
        seen: set[str] = set()
        for key, active in self.screen.active_bindings.items():
            b = active.binding
            if not b.show or b.action in seen or not b.description.startswith("key."):
                continue
            seen.add(b.action)
            text.append(f" {key_label(b.key_display or key)} ", "reverse")
            text.append(f" {self.t(b.description)}  ")
        self.update(text)

    def on_mount(self) -> None:
        """Fill once mounted and whenever focus moves."""
        self.refresh_keys()
        self.watch(self.screen, "focused", lambda _f: self.refresh_keys(), init=False)
