"""The main screen: header, progress strip, the panes (units, officials, targets, timeline, roll-up,
sources) as tabs, a preview when wide, the key bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Static

if TYPE_CHECKING:  # the roll-up pane and the preview's detail load when first used, not before the rows
    from lso_tui.ui.widgets.region_pane import RegionPane

from lso_tui.ui.bindings import MAIN_BINDINGS
from lso_tui.ui.messages import PANES, DatasetChanged, dashboard
from lso_tui.ui.widgets.key_bar import KeyBar
from lso_tui.ui.widgets.lines import header_text, tabs_text
from lso_tui.ui.widgets.preview import Preview
from lso_tui.ui.widgets.progress_strip import ProgressStrip
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.ui.widgets.record_pane import RecordPane
from lso_tui.views.dataset import Dataset
from lso_tui.views.model import Row
from lso_tui.views.panes import pane_rows

WIDE = 120


class MainScreen(Screen[None]):
    """Everything at once: how far the target is, then the records."""

    BINDINGS = MAIN_BINDINGS
    # Focused as the screen is first drawn (Textual's default, the first focusable widget, is the
    # filter box, hidden but focusable: its keys were in the key bar for the first tenth of a second).
    AUTO_FOCUS = "#list-unit"

    def __init__(self, ds: Dataset, notice: str | None = None, unit_widths: dict[str, int] | None = None) -> None:
        """Keep the dataset (a notice to show once, e.g. that the store was just built, and the unit
        list's column widths measured on every row when known: see RecordList)."""
        super().__init__()
        self.ds = ds
        self.notice = notice
        self.unit_widths = unit_widths
        self.kind = "unit"

    def compose(self) -> ComposeResult:
        """Header, strip, tabs, panes (+ preview), key bar."""
        ds = self.ds
        yield Static(header_text(ds), id="header")
        yield ProgressStrip(ds, id="progress")
        yield Static(id="tabs")
        # Only the units pane now: each other one is built the first time it is shown, which takes a
        # tenth of a second off the time until the records are on screen; the preview is mounted
        # beside the panes once the first rows are drawn (see on_mount).
        with Horizontal(id="body"), ContentSwitcher(initial="pane-unit", id="panes"):
            yield self._make_pane("unit")
        yield KeyBar(ds.t, id="keys")

    def _make_pane(self, kind: str) -> RecordPane:
        """The pane of *kind* on the current dataset."""
        ds = self.ds
        if kind == "region":
            from lso_tui.ui.widgets.region_pane import RegionPane

            return RegionPane(ds, id="pane-region")
        widths = self.unit_widths if kind == "unit" else None
        return RecordPane(kind, ds.columns(kind), pane_rows(ds, kind), ds.t, widths=widths, id=f"pane-{kind}")

    async def on_mount(self) -> None:
        """Focus the units list and draw the tabs; show the notice (toasts belong to this screen)."""
        await self.action_show("unit")
        self.call_after_refresh(self._add_preview)
        if self.notice:
            self.app.notify(self.notice, markup=False, timeout=8)

    def on_dataset_changed(self, message: DatasetChanged) -> None:
        """Another process changed the store: redraw everything from *ds*, keeping where the user is."""
        ds = message.ds
        self.ds = ds
        self.query_one("#header", Static).update(header_text(ds))
        strip = self.query_one("#progress", ProgressStrip)
        strip.ds = ds
        strip.on_resize()
        for pane in self.query(RecordPane):  # panes not shown yet will be built from *ds*
            if pane.kind == "region":
                self._region_pane().refresh_data(ds)
            else:
                pane.replace_rows(pane_rows(ds, pane.kind), ds.columns(pane.kind))
        self._preview(self.pane().list.current)

    def _region_pane(self) -> RegionPane:
        """The roll-up pane (shown, hence built)."""
        from lso_tui.ui.widgets.region_pane import RegionPane

        return self.query_one("#pane-region", RegionPane)

    def pane(self, kind: str | None = None) -> RecordPane:
        """The pane of *kind* (default: the one shown)."""
        return self.query_one(f"#pane-{kind or self.kind}", RecordPane)

    async def action_show(self, kind: str) -> None:
        """Show and focus one pane (building it the first time)."""
        switcher = self.query_one("#panes", ContentSwitcher)
        if not switcher.query(f"#pane-{kind}"):
            await switcher.mount(self._make_pane(kind))
        self.kind = kind
        switcher.current = f"pane-{kind}"
        self.pane().list.focus()
        self._tabs()
        self._preview(self.pane().list.current)

    async def action_pane(self, delta: int) -> None:
        """Next / previous pane (Tab / Shift+Tab)."""
        kinds = [k for k, _ in PANES]
        await self.action_show(kinds[(kinds.index(self.kind) + delta) % len(kinds)])

    def _tabs(self) -> None:
        """ "[1 Đơn vị]  2 Cán bộ …": the shown pane in brackets (see ui.widgets.lines.tabs_text)."""
        self.query_one("#tabs", Static).update(tabs_text(self.ds.t, self.kind, self.app.size.width), layout=False)

    def action_edit(self) -> None:
        """Edit the highlighted record (explains why not on a read-only store or the timeline)."""
        row = self.pane().list.current
        if row is not None:
            dashboard(self).edit_record(row.kind, row.id)

    def action_add(self) -> None:
        """Add an official (units and officials panes) or a target (targets and roll-up panes)."""
        row = self.pane().list.current
        kind = "target" if self.kind in ("target", "region") else "official"
        context = self.ds.by_id.get((row.kind, row.id)) if row is not None else None
        if self.kind == "region":  # a target for the highlighted region, or the level shown
            from lso_tui.views import regions

            pane = self._region_pane()
            level, code = regions.region_key(row.id) if row and row.kind == "region" else pane.key
            context = {"region_level": level, "region_code": code}
        dashboard(self).add_record(kind, context)

    def action_chart(self) -> None:
        """Charts for the highlighted target (else the headline one) and the roll-up's level."""
        from lso_tui.model.rollup import COUNTRY, target_scope
        from lso_tui.ui.screens.chart import ChartScreen

        row = self.pane().list.current
        head = self.ds.headline()
        target = self.ds.by_id.get(("target", row.id)) if row and row.kind == "target" else None
        target = target or (head[0] if head else None)
        if self.kind == "region":
            key = self._region_pane().key
        else:
            scope = target_scope(target) if target else None
            node = self.ds.tree.get(scope) if scope else None
            key = (node.parent or COUNTRY) if node else COUNTRY
        self.app.push_screen(ChartScreen(self.ds, target, key))

    def on_record_list_highlighted(self, event: RecordList.Highlighted) -> None:
        """Update the preview when wide, from the shown pane's list only: a refresh gives every pane
        fresh rows, and a hidden pane's cursor must not replace the row under the user's."""
        if event.source is self.pane().list:
            self._preview(event.row)

    def on_record_list_opened(self, event: RecordList.Opened) -> None:
        """Enter: open the detail of the row."""
        dashboard(self).open_detail(event.row.kind, event.row.id)

    def on_resize(self) -> None:
        """Show the preview only when there is room for it; below the minimum, say so."""
        self._fit()
        dashboard(self).check_size()

    def on_screen_resume(self) -> None:
        """Back on top (after a detail, or a too-small notice): the size may have changed meanwhile."""
        self._fit()

    async def _add_preview(self) -> None:
        """After the first rows are drawn: the preview beside the list (shown when wide enough)."""
        await self.query_one("#body", Horizontal).mount(Preview(id="preview"))
        self._fit()

    def _fit(self) -> None:
        """Preview beside the list only when wide enough."""
        for preview in self.query("#preview"):  # (mounted after the first rows are drawn)
            preview.display = self.app.size.width >= WIDE
        self._tabs()
        self._preview(self.pane().list.current)

    def _preview(self, row: Row | None) -> None:
        """The highlighted record's fields, each with where it came from (once the preview is there)."""
        found = self.query("#preview").results(Preview)
        preview = next(found, None)
        if preview is None:
            return
        if row is None or self.app.size.width < WIDE:
            preview.show(None)
            return
        from lso_tui.views.detail import detail

        d = detail(self.ds, row.kind, row.id)
        text = Text(d.title + "\n", "bold")
        for f in d.fields:
            text.append(f"{f.label}: ", "bold")
            text.append(f"{f.value}\n")
            text.append(f"  ↳ {f.provenance.label}\n", "dim")
        preview.show(text)
