"""The detail screen: every field with its provenance, related records, back and forward."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from lso_tui.ui.messages import DatasetChanged, dashboard
from lso_tui.ui.widgets.key_bar import KeyBar
from lso_tui.views.dataset import Dataset
from lso_tui.views.detail import detail
from lso_tui.views.provenance import Detail, Field

QUOTE_MAX = 160


def quote_window(quote: str, at: int, length: int, room: int = QUOTE_MAX) -> tuple[int, int]:
    """The part [lo, hi) of *quote* to show: about *room* characters around the span at *at* of
    *length*, starting and ending at a word boundary (never in the middle of a word)."""
    lo = max(0, at - (room - length) // 2)
    hi = min(len(quote), max(at + length, lo + room))
    if lo > 0 and not quote[lo - 1].isspace():
        space = quote.find(" ", lo, at)
        lo = space + 1 if space >= 0 else lo
    if hi < len(quote) and not quote[hi].isspace():
        space = quote.rfind(" ", at + length, hi)
        hi = space if space >= 0 else hi
    return lo, hi


def field_prompt(f: Field, span: str = "") -> Text:
    """Label and value, then where it comes from: the quoted sentence with the fact's own words
    underlined (so a number can be read in its sentence), cut to a window around them."""
    text = Text()
    text.append(f"{f.label}: ", "bold")
    text.append(f.value)
    text.append(f"\n  ↳ {f.provenance.label}", "italic")
    quote = f.provenance.quote
    if not quote:
        return text
    at = quote.find(span) if span else -1
    span = span if at >= 0 else ""
    lo, hi = quote_window(quote, max(at, 0), len(span))
    text.append(" — “" + ("…" if lo else ""), "dim")
    text.append(quote[lo : max(at, lo)], "dim")
    text.append(span, "bold underline")
    text.append(quote[max(at, lo) + len(span) : hi].rstrip() + ("…" if hi < len(quote) else "") + "”", "dim")
    return text


class DetailScreen(Screen[None]):
    """One record at a time; Enter on a field shows its source, Enter on a link opens it."""

    BINDINGS = [
        Binding(
            "escape,backspace,left_square_bracket", "back", "key.back", id="detail.back", key_display="Esc"
        ),
        Binding("right_square_bracket", "forward", "key.forward", id="detail.forward", key_display="]"),
        Binding("v", "source", "key.source", id="detail.source"),
        Binding("e", "edit", "key.edit", id="detail.edit"),
        Binding("y", "copy", "key.copy_record", id="detail.copy", show=False),
        Binding("tab", "app.focus_next", "key.next_pane", id="detail.next", show=False),
    ]

    def __init__(self, ds: Dataset) -> None:
        """The record shown comes from the app's history."""
        super().__init__()
        self.ds = ds
        self.shown: Detail | None = None

    def compose(self) -> ComposeResult:
        """Title, fields, links, keys."""
        yield Static(id="detail-title")
        yield OptionList(id="fields")
        yield Static(Text(self.ds.t("detail.links"), "bold"), id="links-title")
        yield OptionList(id="links")
        yield KeyBar(self.ds.t, id="keys")

    def on_mount(self) -> None:
        """Show the current history entry."""
        self.show_current()

    def on_dataset_changed(self, message: DatasetChanged) -> None:
        """Show the same record from fresh data."""
        ds = message.ds
        self.ds = ds
        entry = dashboard(self).history.current
        if entry is not None and (
            entry[0] not in ("unit", "official", "target") or (entry[0], entry[1]) in ds.by_id
        ):
            self.show_current()

    def action_copy(self) -> None:
        """Copy the whole record: its title, then "label: value (where it came from)" per field."""
        d = self.shown
        if d is None:
            return
        lines = [d.title] + [f"{f.label}: {f.value} ({f.provenance.label})" for f in d.fields]
        dashboard(self).copy_text("\n".join(lines))

    def show_current(self) -> None:
        """Rebuild the view for the app's current history entry."""
        entry = dashboard(self).history.current
        if entry is None:
            return
        d = self.shown = detail(self.ds, *entry)
        t = self.ds.t
        title = Text(f"{t('detail.title')} — ", "bold")
        title.append(d.title, "bold")
        self.query_one("#detail-title", Static).update(title)
        fields = self.query_one("#fields", OptionList)
        fields.clear_options()
        fields.add_options(
            [Option(field_prompt(f, self._span(f)), id=f"f{i}") for i, f in enumerate(d.fields)]
        )
        links = self.query_one("#links", OptionList)
        links.clear_options()
        links.add_options([Option(Text(f"→ {link.label}"), id=f"l{i}") for i, link in enumerate(d.links)])
        links.display = bool(d.links)
        self.query_one("#links-title").display = bool(d.links)
        (links if d.links else fields).focus()
        links.highlighted = 0 if d.links else None
        fields.highlighted = 0 if d.fields else None

    def _span(self, f: Field) -> str:
        """The words of the document a field was read from ("" when not from an article)."""
        p = f.provenance
        doc = self.ds.documents.get(p.doc or "")
        return str(doc["text"][p.start : p.end]) if doc and p.end > p.start else ""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter: follow a link, or show a field's source."""
        event.stop()
        if self.shown is None or event.option.id is None:
            return
        index = int(event.option.id[1:])
        if event.option.id.startswith("l"):
            link = self.shown.links[index]
            dashboard(self).open_detail(link.kind, link.id)
        else:
            self._source_of(self.shown.fields[index])

    def action_source(self) -> None:
        """Show the source of the highlighted field (or of the first field from an article)."""
        if self.shown is None:
            return
        fields = self.query_one("#fields", OptionList)
        chosen = self.shown.fields[fields.highlighted] if fields.highlighted is not None else None
        if chosen is None or chosen.provenance.doc is None:
            chosen = next((f for f in self.shown.fields if f.provenance.doc), None)
        if chosen is not None:
            self._source_of(chosen)

    def _source_of(self, f: Field) -> None:
        """Open the source view at a field's span (fields from the register have none)."""
        p = f.provenance
        if p.doc is not None:
            dashboard(self).open_source(p.doc, p.start, p.end)
        else:
            self.app.notify(p.label, markup=False)

    def action_edit(self) -> None:
        """Edit the record shown."""
        if self.shown is not None:
            dashboard(self).edit_record(self.shown.kind, self.shown.id)

    def action_back(self) -> None:
        """Back in history; leaving the first entry closes the detail view."""
        if dashboard(self).history.back():
            self.show_current()
        else:
            self.app.pop_screen()

    def action_forward(self) -> None:
        """Forward in history."""
        if dashboard(self).history.forward():
            self.show_current()
