"""The review list of an ingest: one check box per fact the new articles bring, with its kind, label,
how sure the extractor is, and its sentence with the fact's own words underlined.

Rows are made from the session's ReviewItems (Textual-free); every piece of article text is a Rich
Text, never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection

from lso_tui.i18n import Catalogue
from lso_tui.session import excerpt
from lso_tui.text import clean

if TYPE_CHECKING:
    from lso_tui.session import ReviewItem

KIND, LABEL, CONF = 9, 34, 6
"""Column widths: kind, label (at most) and confidence; the quote takes what is left."""
CHROME = 10
"""Cells of a row that are not its text: the check box, the list's border, its scroll bar, the «»."""
SPAN_STYLE = "bold underline"
"""The fact's own words in its sentence (as in a record's detail)."""


def widths(total: int) -> tuple[int, int]:
    """The label's and the quote's widths in a list *total* cells wide (the label narrows first)."""
    room = max(20, total - CHROME - KIND - CONF - 3)
    label = max(12, min(LABEL, room * 45 // 100))
    return label, max(8, room - label - 1)


def row(t: Catalogue, item: ReviewItem, total: int = 100) -> Text:
    """One row's text, to fit a list *total* cells wide: kind, label, confidence, then the quote cut
    around the fact's words."""
    label_width, quote_width = widths(total)
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(_cell(t(f"review.kind.{item.kind}"), KIND), "bold")
    text.append(_cell(clean(item.label, keep_newlines=False), label_width))
    text.append(_cell(t(f"review.conf.{item.confidence}"), CONF), "italic" if item.confidence == "low" else "")
    text.append_text(quoted(item, quote_width))
    return text


def quoted(item: ReviewItem, width: int | None = None) -> Text:
    """The sentence (cut to *width* around the fact when given) with the fact's words styled."""
    quote, start, end = excerpt(item, width) if width else (item.quote, item.start, item.end)
    text = Text("«" + clean(quote, keep_newlines=False) + "»")
    if end > start:
        text.stylize(SPAN_STYLE, start + 1, end + 1)
    return text


def _cell(value: str, width: int) -> str:
    """*value* cut or padded to *width* cells, with a space after it."""
    if len(value) > width:
        value = value[: width - 1] + "…"
    return value.ljust(width) + " "


class ReviewList(SelectionList[int]):
    """The facts as check boxes (value: the item's index). Space toggles; `e` corrects the highlighted
    fact; Enter merges the ticked ones."""

    BINDINGS = [
        Binding("enter", "screen.merge", "review.save", id="ingest.merge", show=False),
        Binding("e", "screen.fix", "key.fix", id="ingest.fix", show=False),
    ]

    shown: tuple[Catalogue, list[ReviewItem], int] | None = None
    """The catalogue, the items and the width the rows were made for (to make them again on a resize)."""

    def show(self, t: Catalogue, items: list[ReviewItem], rejected: dict[str, list[str]], total: int) -> None:
        """Fill the list, *total* cells wide: a fact is ticked unless it is rejected for its article
        (by default: the low-confidence ones)."""
        self.shown = (t, items, total)
        self.clear_options()
        self.add_options(
            Selection(row(t, item, total), i, item.key not in rejected.get(item.doc_id, ()))
            for i, item in enumerate(items)
        )
        self.highlighted = 0 if items else None

    def replace_row(self, t: Catalogue, index: int, item: ReviewItem, total: int) -> None:
        """Show the fact at *index* as *item* now is (corrected), ticked."""
        if self.shown is not None:
            self.shown[1][index] = item
        self.replace_option_prompt_at_index(index, row(t, item, total))
        self.select(index)

    def relayout(self, total: int) -> None:
        """The rows made again for a list *total* cells wide (the window was resized), ticks kept."""
        if self.shown is None or self.shown[2] == total:
            return
        t, items, _ = self.shown
        self.shown = (t, items, total)
        for index, item in enumerate(items):
            self.replace_option_prompt_at_index(index, row(t, item, total))

    def render_line(self, y: int) -> Strip:
        """Textual's row, with an empty box for an unticked fact (ticked or not, never by colour alone)."""
        strip = super().render_line(y)
        try:
            value = self.get_option_at_index(self.scroll_offset.y + y).value
        except OptionDoesNotExist:
            return strip
        segments = list(strip)
        if value in self.selected or len(segments) < 2 or segments[1].text != Checkbox.BUTTON_INNER:
            return strip
        segments[1] = Segment(" ", segments[1].style)
        return Strip(segments, strip.cell_length)
