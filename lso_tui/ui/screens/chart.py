"""Charts: consolidations over time against the target, and a bar per region (c; Esc goes back)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from lso_tui.model.rollup import COUNTRY
from lso_tui.ui.widgets.key_bar import KeyBar
from lso_tui.views.chart import region_bars, timeline
from lso_tui.views.dataset import Dataset
from lso_tui.views.regions import targets_of


class ChartScreen(Screen[None]):
    """Two charts drawn with block characters, readable in 16 colours and on a Linux console."""

    BINDINGS = [
        Binding("escape,backspace,q", "app.pop_screen", "key.back", id="chart.back", key_display="Esc")
    ]

    def __init__(self, ds: Dataset, target: dict[str, Any] | None, key: tuple[str, str]) -> None:
        """The target whose timeline to draw, and the region whose sub-regions get a bar."""
        super().__init__()
        self.ds, self.target, self.key = ds, target, key

    def compose(self) -> ComposeResult:
        """Title, the timeline, the bars, the key bar."""
        t = self.ds.t
        yield Static(Text(t("chart.title"), "bold"), id="detail-title")
        with VerticalScroll(id="charts"):
            yield Static(id="chart-timeline")
            yield Static(id="chart-bars")
        yield KeyBar(t, id="keys")

    def on_mount(self) -> None:
        """Draw for the width the screen has."""
        self._draw()

    def on_resize(self) -> None:
        """Draw again for the new width."""
        self._draw()

    def _draw(self) -> None:
        """Fill both charts (plain text: names come from the store)."""
        if not self.query("#chart-timeline") or not self.query("#chart-bars"):
            return  # a resize can come before the charts are mounted (keys typed while the app starts)
        t, ds, width = self.ds.t, self.ds, max(40, self.size.width - 2)
        head = Text()
        if self.target is None:
            head.append(t("progress.none"))
        else:
            head.append(t("chart.timeline", scope=self.target.get("scope") or ""), "bold")
            head.append("\n" + "\n".join(timeline(ds, self.target, width)))
        self.query_one("#chart-timeline", Static).update(head)
        node = ds.tree.get(self.key) or ds.tree[COUNTRY]
        kids = [ds.tree[c] for c in node.children if ds.tree[c].in_store] or [node]
        bars = Text("\n" + t("chart.bars", region=node.name or t("region.country")), "bold")
        bars.append("\n" + "\n".join(region_bars(ds, kids, width)))
        if any(targets_of(ds, kid.key) for kid in kids):
            bars.append("\n" + t("chart.marker"), "dim")
        self.query_one("#chart-bars", Static).update(bars)
