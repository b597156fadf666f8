"""FirstView: the first screen's view of a store (store.first_view) in one language, its text cleaned
and its shape checked, its unit rows made the way the Dataset makes them, before the store is read."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lso_tui.i18n import MESSAGES, Catalogue
from lso_tui.text import scrub
from lso_tui.views.model import Row, Shaped
from lso_tui.views.rows import unit_row

if TYPE_CHECKING:
    from lso_tui.model.progress_value import Progress

Record = dict[str, Any]
COUNTRY_NAMES = set(MESSAGES["region.country"])
STATES = {"reached", "on_track", "behind", "overdue", "no_units"}


class BadView(ValueError):
    """The view does not have the shape the first screen needs (it is then not used)."""


def _want(value: Any, *types: type) -> Any:
    """*value* when it is of one of *types* (a bool is not a number here), else BadView."""
    if isinstance(value, bool) and bool not in types:
        raise BadView(repr(value))
    if not isinstance(value, types) or (isinstance(value, float) and not math.isfinite(value)):
        raise BadView(repr(value))
    return value


def _unit(u: Any) -> Record:
    """A unit of the view, with the code and name every row needs (BadView otherwise)."""
    _want(_want(u, dict).get("code"), str)
    _want(u.get("name"), str)
    return u  # type: ignore[no-any-return]


def _widths(value: Any) -> dict[str, int]:
    """The unit list's column widths the view holds, by column id: a hint for the first frame, so an
    entry that is no width (not a whole number from 1 to 200) is left out rather than the view refused."""
    if not isinstance(value, dict):
        return {}
    return {k: w for k, w in value.items() if isinstance(k, str) and type(w) is int and 1 <= w <= 200}


class FirstView(Shaped):
    """What the dashboard's first screen shows of a store, from its view: the header's facts, the
    headline's progress and the first unit rows (each made and checked here: a view that does not
    make them is refused with BadView)."""

    def __init__(self, data: Record, cat: Catalogue, path: Path, writable: bool, clean: bool = False) -> None:
        """Clean every string of *data* (a group member may have written the file) unless its whole
        text was found *clean* (text.json_is_clean), check its shape, and make the rows."""
        if not clean:
            data = scrub(data)  # type: ignore[assignment]
        self.t, self.path, self.writable = cat, path, writable
        self.as_of: str | None = _want(data.get("as_of"), str, type(None))
        self.wide_scope: bool = _want(data.get("wide_scope"), bool)
        self.units_total: int = _want(data.get("units_total"), int)
        units: list[Record] = _want(data.get("units"), list)
        self._posts: dict[str, Any] = _want(data.get("posts"), dict)
        if not 0 <= len(units) <= self.units_total:
            raise BadView("units")
        self._headline = self._head(data.get("headline"))
        self.unit_widths = _widths(data.get("unit_widths"))
        try:
            self.rows: list[Row] = [unit_row(self, _unit(u)) for u in units]
        except (LookupError, TypeError, AttributeError, ValueError) as exc:
            raise BadView(str(exc)) from None

    def _head(self, head: Any) -> tuple[Record, Progress] | None:
        """The headline target and its progress, checked field by field."""
        from lso_tui.model.progress_value import Progress

        if head is None:
            return None
        target = _want(_want(head, dict).get("target"), dict)
        fields = _want(head.get("progress"), dict)
        scope = _want(target.get("scope"), str, type(None))
        if target.get("scope_level") == "country" and (not scope or scope in COUNTRY_NAMES):
            scope = self.t("region.country")  # as the Dataset names a country-wide target
        target = {
            "scope": scope,
            "share": _want(target.get("share"), int, float),
            "deadline": _want(target.get("deadline"), str),
        }
        known: dict[str, tuple[type, ...]] = {
            "done": (int,),
            "total": (int,),
            "needed": (int,),
            "share": (int, float),
            "target_share": (int, float),
            "deadline": (str,),
            "as_of": (str, type(None)),
            "months_left": (int, type(None)),
            "pace_needed": (int, float, type(None)),
            "pace_so_far": (int, float, type(None)),
            "named_done": (int,),
            "register_total": (int, type(None)),
        }
        values = {k: _want(fields.get(k), *types) for k, types in known.items()}
        if _want(fields.get("state"), str) not in STATES:
            raise BadView("state")
        figures = {}
        for name in ("total_figure", "done_figure"):
            fig = _want(fields.get(name), dict, type(None))
            if fig is not None:  # (rare: an article's count in force)
                from lso_tui.model.figures import Figure

                _want(fig.get("date"), str, type(None))
                names = {f.name for f in dataclasses.fields(Figure)}
                fig = Figure(**{k: v for k, v in fig.items() if k in names})
            figures[name] = fig
        try:
            return target, Progress(**values, state=fields["state"], **figures)
        except TypeError as exc:  # a figure without its fields
            raise BadView(str(exc)) from None

    def row(
        self, kind: str, cells: list[str], keys: list[Any], rid: str, muted: bool = False, state: str = ""
    ) -> Row:
        """A row as the Dataset makes it, without its folded search string: nothing is searched on
        the first screen (its keys are held for the main screen, whose rows are the store's)."""
        return Row(kind, rid, [c.replace("\n", " ") for c in cells], keys, "", muted, state)

    def headline(self) -> tuple[Record, Progress] | None:
        """The target shown first and where it stands (as the Dataset says it)."""
        return self._headline

    def unit_posts(self, unit: Record) -> tuple[list[Record], list[Record]]:
        """(secretaries, chairmen) of a unit, by name, as the view lists them."""
        posts = _want(self._posts.get(unit["code"], [[], []]), list)
        if len(posts) != 2:
            raise BadView("posts")
        return tuple([{"name": _want(n, str)} for n in _want(names, list)] for names in posts)  # type: ignore[return-value]
