"""Command palette provider: jump to any unit, official or target by name (no diacritics needed)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import partial
from typing import cast

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from lso_tui.text import fold
from lso_tui.ui.messages import Dashboard

KIND_KEYS = {"unit": "pane.units", "official": "pane.officials", "target": "pane.targets"}


class RecordsProvider(Provider):
    """Hits for records whose row text contains every folded term of the query."""

    async def search(self, query: str) -> Hits:
        """Matching records, best (name starts with the query) first."""
        from lso_tui.views.panes import pane_rows  # loaded with the records, after the first frame

        app = cast("Dashboard", self.app)
        terms = fold(query).split()
        if not terms or not app.loaded:  # nothing to search while the store is still loading
            return
        for kind in KIND_KEYS:
            for row in pane_rows(app.ds, kind):
                if all(t in row.search for t in terms):
                    name = fold(row.cells[0])
                    score = 1.0 if name.startswith(terms[0]) else 0.6
                    label = Text(f"{row.cells[0]}  ")
                    label.append(app.ds.t(KIND_KEYS[kind]), "dim")
                    yield Hit(score, label, partial(app.open_detail, kind, row.id), text=row.cells[0])

    async def discover(self) -> AsyncIterator[DiscoveryHit]:
        """Without a query: the panes."""
        app = cast("Dashboard", self.app)
        if not app.loaded:
            return
        for n, (kind, name) in enumerate(
            (
                ("unit", "units"),
                ("official", "officials"),
                ("target", "targets"),
                ("event", "timeline"),
                ("region", "regions"),
            ),
            start=1,
        ):
            label = Text(f"{n} {app.cat('pane.' + name)}")
            yield DiscoveryHit(label, partial(app.show_pane, kind), text=label.plain)
