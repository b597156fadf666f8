"""Command palette provider: jump to any unit, official or target by name (no diacritics needed)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import partial
from typing import Any

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from lso_tui.text import fold

KIND_KEYS = {"unit": "pane.units", "official": "pane.officials", "target": "pane.targets"}


class RecordsProvider(Provider):
    """Hits for records whose row text contains every folded term of the query."""

    async def search(self, query: str) -> Hits:
        """Matching records, best (name starts with the query) first."""
        app: Any = self.app  # LsoApp; typed loosely to avoid an import cycle
        terms = fold(query).split()
        if not terms or app.ds is None:  # nothing to search while the store is still loading
            return
        for kind in KIND_KEYS:
            for row in app.ds.rows(kind):
                if all(t in row.search for t in terms):
                    name = fold(row.cells[0])
                    score = 1.0 if name.startswith(terms[0]) else 0.6
                    label = Text(f"{row.cells[0]}  ")
                    label.append(app.ds.t(KIND_KEYS[kind]), "dim")
                    yield Hit(score, label, partial(app.open_detail, kind, row.id), text=row.cells[0])

    async def discover(self) -> AsyncIterator[DiscoveryHit]:
        """Without a query: the panes."""
        app: Any = self.app  # LsoApp; typed loosely to avoid an import cycle
        if app.ds is None:
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
