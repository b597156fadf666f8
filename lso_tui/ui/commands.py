"""Command palette providers: jump to any unit (with its district), official, target or region by name
(no diacritics needed), and run the dashboard's actions (panes, status filter, charts, export, add
articles, the terminal check)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from lso_tui.text import fold
from lso_tui.ui.messages import PANES, Dashboard

if TYPE_CHECKING:
    from lso_tui.ui.screens.main import MainScreen

KIND_KEYS = {"unit": "pane.units", "official": "pane.officials", "target": "pane.targets"}


class RecordsProvider(Provider):
    """Hits for records whose row text contains every folded term of the query, and for regions."""

    async def search(self, query: str) -> Hits:
        """Matching records, best (name starts with the query) first; then matching regions."""
        from lso_tui.views.panes import pane_rows  # loaded with the records, after the first frame

        app = cast("Dashboard", self.app)
        terms = fold(query).split()
        if not terms or not app.loaded:  # nothing to search while the store is still loading
            return
        ds = app.ds
        for kind in KIND_KEYS:
            for row in pane_rows(ds, kind):
                if all(t in row.search for t in terms):
                    name = fold(row.cells[0])
                    score = 1.0 if name.startswith(terms[0]) else 0.6
                    label = Text(f"{row.cells[0]}  ")
                    unit = ds.by_id.get(("unit", row.id)) if kind == "unit" else None
                    if unit is not None:  # "Phường 1" is in many towns: say which
                        where = ", ".join(x for x in (unit.get("district"), unit.get("province")) if x)
                        label.append(f"{unit['type']} · {where}  ")
                    label.append(ds.t(KIND_KEYS[kind]), "dim")
                    yield Hit(score, label, partial(app.open_detail, kind, row.id), text=label.plain)
        for node in ds.tree.values():
            name = ds.t("region.country") if node.level == "country" else node.name
            if node.in_store and all(t in fold(name) for t in terms):
                label = Text(f"{name}  ")
                label.append(ds.t("pane.regions"), "dim")
                score = 0.9 if fold(name).startswith(terms[0]) else 0.5
                yield Hit(score, label, partial(go_to_region, app, node.key), text=label.plain)

    async def discover(self) -> AsyncIterator[DiscoveryHit]:
        """Without a query: the panes."""
        app = cast("Dashboard", self.app)
        if not app.loaded:
            return
        for n, (kind, name) in enumerate(PANES, start=1):
            label = Text(f"{n} {app.cat('pane.' + name)}")
            yield DiscoveryHit(label, partial(app.show_pane, kind), text=label.plain)


class ActionsProvider(Provider):
    """The dashboard's actions by name: the status filter, charts, export, add articles, the check."""

    def _actions(self) -> Iterator[tuple[str, Callable[[], Any]]]:
        """(title, callback) of every action, titled in the UI's language."""
        app = cast("Dashboard", self.app)
        t = app.cat
        for state in ("done", "not_done", "no_source", ""):
            title = f"{t('key.state_filter')}: {t('filter.state.' + (state or 'all'))}"
            yield title, partial(on_main, app, "unit", partial(_state_filter, state))
        yield t("key.chart"), partial(on_main, app, None, lambda s: s.action_chart())
        yield t("key.export"), partial(on_main, app, None, lambda s: s.pane().action_export())
        yield t("key.ingest"), self.app.action_ingest  # type: ignore[attr-defined]
        yield t("key.doctor"), self.app.action_doctor  # type: ignore[attr-defined]

    async def search(self, query: str) -> Hits:
        """Actions whose title holds every folded term of the query."""
        terms = fold(query).split()
        if not terms or not cast("Dashboard", self.app).loaded:
            return
        for title, callback in self._actions():
            if all(t in fold(title) for t in terms):
                yield Hit(0.8 if fold(title).startswith(terms[0]) else 0.4, Text(title), callback, text=title)

    async def discover(self) -> AsyncIterator[DiscoveryHit]:
        """Without a query: every action."""
        if not cast("Dashboard", self.app).loaded:
            return
        for title, callback in self._actions():
            yield DiscoveryHit(Text(title), callback, text=title)


def _state_filter(state: str, screen: MainScreen) -> None:
    """The units pane filtered to *state* ("" for every unit)."""
    screen.pane().action_state_filter(state)


async def on_main(app: Dashboard, kind: str | None, then: Callable[[MainScreen], Any]) -> None:
    """Back to the main screen (on the pane of *kind*, if given), then *then* on it."""
    from lso_tui.ui.screens.main import MainScreen

    textual_app = cast("Any", app)
    while not isinstance(textual_app.screen, MainScreen) and len(textual_app.screen_stack) > 1:
        await textual_app.pop_screen()
    screen = textual_app.screen
    if isinstance(screen, MainScreen):
        if kind is not None:
            await screen.action_show(kind)
        then(screen)


async def go_to_region(app: Dashboard, key: tuple[str, str]) -> None:
    """The roll-up pane on the region *key* (a district: its units)."""
    from lso_tui.ui.widgets.region_pane import RegionPane

    def go(screen: MainScreen) -> None:
        """Show what is under the region (a district: its units)."""
        screen.query_one(RegionPane).go(key)

    await on_main(app, "region", go)
