"""The help overlay: every key of the view it was opened from, with what it does."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from lso_tui.i18n import Catalogue
from lso_tui.ui.widgets.key_bar import key_label

# Textual's names of the keys that have no character, as a keyboard shows them.
_NAMED = {
    "up": "↑", "down": "↓", "left": "←", "right": "→", "pageup": "PgUp", "pagedown": "PgDn",
    "home": "Home", "end": "End", "enter": "Enter", "escape": "Esc", "backspace": "Backspace",
    "tab": "Tab", "space": "Space", "delete": "Del", "shift+tab": "Shift+Tab",
}  # fmt: skip


def help_text(cat: Catalogue, view: str, bindings: list[tuple[str, str]]) -> Text:
    """A two-column table of keys and descriptions."""
    text = Text(cat("help.title", view=view) + "\n\n", "bold")
    width = max((len(k) for k, _ in bindings), default=4) + 2
    for keys, desc in bindings:
        text.append(keys.ljust(width), "bold")
        text.append(desc + "\n")
    text.append("\n" + cat("help.close"), "italic")
    return text


def collect(screen_bindings: Mapping[str, object], cat: Catalogue) -> list[tuple[str, str]]:
    """Merge the keys of each action ("down, j") and translate the descriptions."""
    merged: dict[str, tuple[list[str], str]] = {}
    for key, active in screen_bindings.items():
        b = active.binding  # type: ignore[attr-defined]
        if not b.description.startswith("key."):
            continue
        keys, _ = merged.setdefault(b.action, ([], cat(b.description)))
        label = _NAMED.get(key_label(key), key_label(key))
        if label not in keys:
            keys.append(label)
    return [(", ".join(keys), desc) for keys, desc in merged.values()]


class HelpScreen(ModalScreen[None]):
    """Lists the keys; Esc, ? or q closes it."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "key.close", id="help.close")]

    def __init__(self, text: Text) -> None:
        """The help text is collected by the app from the view below."""
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        """A scrollable box with the table."""
        with VerticalScroll(id="help-box"):
            yield Static(self.text, id="help-text")
