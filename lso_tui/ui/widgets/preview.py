"""Preview: the highlighted record beside the list, repainting only the lines that changed.

Over a slow SSH link every byte counts: moving from one unit to the next changes a few values,
while labels, provenance lines and the blank tail stay put. A Static would resend all of it.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class Preview(Widget):
    """Plain text (never markup) wrapped to the width, drawn line by line."""

    def __init__(self, **kwargs: object) -> None:
        """Start empty."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._text = Text()
        self._lines: list[list[Segment]] = []

    @property
    def plain(self) -> str:
        """What is shown, as plain text."""
        return self._text.plain

    def show(self, text: Text | None) -> None:
        """Show *text* (None: nothing), repainting only lines whose content differs."""
        self._text = text or Text()
        old, self._lines = self._lines, self._layout()
        width = self.size.width
        for y in range(max(len(old), len(self._lines))):
            if y >= len(old) or y >= len(self._lines) or old[y] != self._lines[y]:
                self.refresh(Region(0, y, width, 1))

    def _layout(self) -> list[list[Segment]]:
        """The text wrapped to the content width, as segments per line (at most the height)."""
        width = self.size.width
        if width <= 0:
            return []
        console = self.app.console
        lines = self._text.wrap(console, width, no_wrap=False)
        return [list(line.render(console)) for line in lines][: max(0, self.size.height)]

    def render_line(self, y: int) -> Strip:
        """Line *y*: its segments on the widget's own style, padded to the width."""
        width = self.size.width
        base = self.rich_style
        if y >= len(self._lines):
            return Strip.blank(width, base)
        # Every segment gets a style: Textual's NO_COLOR filter cannot handle None.
        segments = [Segment(s.text, base + s.style if s.style else base) for s in self._lines[y]]
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def on_resize(self) -> None:
        """Wrap again for the new size and repaint everything."""
        self._lines = self._layout()
        self.refresh()
