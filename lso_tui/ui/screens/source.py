"""The source view: the article's text with one extracted fact highlighted; step between facts."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static, TextArea
from textual.widgets.text_area import Selection

from lso_tui.ui.widgets.key_bar import KeyBar
from lso_tui.views.dataset import Dataset
from lso_tui.views.detail import facts


def location(text: str, offset: int) -> tuple[int, int]:
    """(row, column) of a character offset, as TextArea counts them."""
    before = text[:offset]
    row = before.count("\n")
    return row, offset - (before.rfind("\n") + 1)


class SourceScreen(Screen[None]):
    """The document text, read-only, with the selected fact's span selected and in view."""

    # Priority: the focused text area would otherwise take ←/→ to move its own cursor, and Backspace
    # (its delete key, read-only or not) before the screen could go back.
    BINDINGS = [
        Binding(
            "escape,backspace", "app.pop_screen", "key.back", id="source.back", key_display="Esc", priority=True
        ),
        Binding(
            "right,l,right_square_bracket",
            "step(1)",
            "key.next_fact",
            id="source.next_fact",
            key_display="→",
            priority=True,
        ),
        Binding(
            "left,h,left_square_bracket",
            "step(-1)",
            "key.prev_fact",
            id="source.prev_fact",
            key_display="←",
            priority=True,
        ),
    ]

    def __init__(self, ds: Dataset, doc_id: str, start: int, end: int) -> None:
        """Open on the fact at [start, end) of document *doc_id*."""
        super().__init__()
        self.ds = ds
        self.doc = ds.documents[doc_id]
        self.facts = facts(ds, doc_id)
        spans = [(f.start, f.end) for f in self.facts]
        self.index = spans.index((start, end)) if (start, end) in spans else 0
        self.span = (start, end)

    def compose(self) -> ComposeResult:
        """Title, the text, the fact line, keys."""
        t = self.ds.t
        title = Text(f"{t('source.title')} — ", "bold")
        title.append(
            f"{self.doc.get('title') or ''} ({self.doc.get('outlet') or ''}, {t.month(self.doc.get('date'))})"
        )
        yield Static(title, id="source-title", classes="title")
        yield TextArea(
            self.doc["text"], read_only=True, soft_wrap=True, show_line_numbers=False, id="source-text"
        )
        yield Static(id="source-fact")
        yield KeyBar(self.ds.t, id="keys")

    def on_mount(self) -> None:
        """Select the fact and bring it into view (after the text area has laid out its text)."""
        self.call_after_refresh(self._select, *self.span)

    def action_step(self, delta: int) -> None:
        """Next / previous extracted fact in the text."""
        if not self.facts:
            return
        self.index = (self.index + delta) % len(self.facts)
        fact = self.facts[self.index]
        self._select(fact.start, fact.end)

    def _select(self, start: int, end: int) -> None:
        """Highlight text[start:end] and scroll it into view."""
        area = self.query_one(TextArea)
        text = self.doc["text"]
        area.selection = Selection(location(text, start), location(text, end))
        area.scroll_cursor_visible(center=True, animate=False)
        label = next((f.label for f in self.facts if (f.start, f.end) == (start, end)), "")
        info = Text(self.ds.t("source.fact", i=self.index + 1, n=len(self.facts)) + ": ", "bold")
        info.append(label)
        info.append(f"  “{text[start:end]}”", "reverse")
        self.query_one("#source-fact", Static).update(info)
