"""The key bar: the current view's main keys, translated (Textual's Footer can't translate)."""

from __future__ import annotations

from rich.text import Text
from textual.keys import format_key, key_to_character
from textual.widgets import Static

from lso_tui.i18n import Catalogue


def key_label(keys: str) -> str:
    """Show "ctrl+p" as "^p", "left_square_bracket" as "[" (Textual's own names for keys), and keep
    the first of several keys."""
    first = keys.split(",")[0]
    if first.startswith("ctrl+"):
        return "^" + first.removeprefix("ctrl+")
    shown = format_key(first)  # a punctuation key's name ("left_square_bracket") → its character
    punctuation = "_" in first or first == "slash"  # "left_square_bracket", "question_mark" (not "down")
    return shown if len(shown) == 1 and punctuation else first


class KeyBar(Static):
    """One line of "key description" pairs for the shown bindings of the focused chain."""

    def __init__(self, cat: Catalogue, **kwargs: object) -> None:
        """Keep the catalogue to translate binding descriptions (they are message keys)."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.t = cat

    def refresh_keys(self) -> None:
        """Rebuild from the screen's active bindings, less the keys the focused widget takes for
        itself (a letter typed into a form's field does not quit)."""
        text = Text(no_wrap=True, overflow="ellipsis")
        seen: set[str] = set()
        focused = self.screen.focused
        for key, active in self.screen.active_bindings.items():
            b = active.binding
            if not b.show or b.action in seen or not b.description.startswith("key."):
                continue
            char = "/" if key == "slash" else key_to_character(key) or ""  # "q", "question_mark": "?"
            typed = len(char) == 1 and char.isprintable()
            if focused is not None and typed and focused.check_consume_key(key, char):
                continue
            seen.add(b.action)
            text.append(f" {key_label(b.key_display or key)} ", "reverse")
            text.append(f" {self.t(b.description)}  ")
        self.update(text)

    def on_mount(self) -> None:
        """Fill once mounted and whenever focus moves."""
        self.refresh_keys()
        self.watch(self.screen, "focused", lambda _f: self.refresh_keys(), init=False)
