"""The keys of the main screen and of its panes, in one place: the first screen (screens.first) shows
the same key bar before the main screen exists."""

from __future__ import annotations

from textual.binding import Binding, BindingType

MAIN_BINDINGS: list[BindingType] = [
    Binding("tab", "pane(1)", "key.next_pane", id="main.next_pane", show=False),
    Binding("shift+tab", "pane(-1)", "key.prev_pane", id="main.prev_pane", show=False),
    Binding("1", "show('unit')", "key.pane1", id="main.pane1", show=False),
    Binding("2", "show('official')", "key.pane2", id="main.pane2", show=False),
    Binding("3", "show('target')", "key.pane3", id="main.pane3", show=False),
    Binding("4", "show('event')", "key.pane4", id="main.pane4", show=False),
    Binding("5", "show('region')", "key.pane5", id="main.pane5", show=False),
    Binding("6", "show('document')", "key.pane6", id="main.pane6", show=False),
    Binding("e", "edit", "key.edit", id="main.edit"),
    Binding("a", "add", "key.add", id="main.add", show=False),
    Binding("c", "chart", "key.chart", id="main.chart", show=False),
]
"""MainScreen's."""

# A priority binding runs as the key is read, before the keys after it are handed out: "/quang"
# typed fast (or bunched into one packet by a slow SSH link) then reaches the filter box whole.
PANE_BINDINGS: list[BindingType] = [
    Binding("slash", "filter", "key.filter", id="pane.filter", key_display="/", priority=True),
    Binding("x", "export", "key.export", id="pane.export", show=False),
    Binding("f", "state_filter", "key.state_filter", id="pane.state_filter", show=False),
]
"""RecordPane's."""
