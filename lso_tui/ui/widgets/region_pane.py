"""The roll-up pane: regions with the share of units consolidated; Enter goes down, Backspace up."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.ui.widgets.record_pane import RecordPane
from lso_tui.views import regions
from lso_tui.views.dataset import Dataset


class RegionPane(RecordPane):
    """Country → provinces → districts → units, each level with its counts and targets."""

    BINDINGS = [Binding("backspace", "up", "key.up_level", id="region.up", key_display="Bksp")]

    def __init__(self, ds: Dataset, **kwargs: Any) -> None:
        """Open at the first level with a choice (see regions.start_key)."""
        self.ds = ds
        self.key = regions.start_key(ds)
        super().__init__("region", regions.columns(ds, self.key), regions.rows(ds, self.key), ds.t, **kwargs)
        self.crumb = Static(id="crumb", classes="crumb")

    def compose(self) -> ComposeResult:
        """The breadcrumb above the filter box, list and status line."""
        yield self.crumb
        yield from super().compose()

    def on_mount(self) -> None:
        """Row count and breadcrumb."""
        super().on_mount()
        self._crumb()

    def on_record_list_opened(self, event: RecordList.Opened) -> None:
        """Enter on a region goes down into it; on a unit, or on the row of the level shown (the
        country's, above its provinces), the screen opens its detail."""
        if event.row.kind == "region" and regions.region_key(event.row.id) != self.key:
            event.stop()
            self.go(regions.region_key(event.row.id))

    def action_up(self) -> None:
        """Up a level, with the cursor on the region we came from."""
        parent = self.ds.tree[self.key].parent
        if parent is not None:
            self.go(parent, select=regions.region_id(self.key))

    def go(self, key: tuple[str, str], select: str | None = None) -> None:
        """Show the level under *key* (the filter is cleared: it was for the other level)."""
        self.key = key
        self.box.value = ""
        self.box.display = False
        self.list.show(regions.columns(self.ds, key), regions.rows(self.ds, key), select)
        self._crumb()
        self._status()
        # A message made inside this pane's handler stops bubbling here (Textual: never past its
        # sender); say it again from the list, so the screen's preview follows.
        self.list.call_later(self.list.announce)

    def refresh_data(self, ds: Dataset) -> None:
        """New data from the store: the same level (or the start, if it is gone), filter and sort kept."""
        self.ds = ds
        if self.key not in ds.tree:
            self.key = regions.start_key(ds)
            self.list.show(regions.columns(ds, self.key), regions.rows(ds, self.key))
        else:
            self.list.replace_rows(regions.rows(ds, self.key), regions.columns(ds, self.key))
        self._crumb()
        self._status()

    def _crumb(self) -> None:
        """ "Cả nước › Tỉnh Hà Giang" and how to move between levels."""
        names = [regions.node_name(self.ds, n) for n in regions.trail(self.ds, self.key)]
        text = Text(" › ".join(names), "bold", no_wrap=True, overflow="ellipsis")
        text.append("   " + self.t("region.hint"), "dim")
        self.crumb.update(text, layout=False)
