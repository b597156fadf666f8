"""The one read model: a store's records with every edit applied, as of a date, with the region tree
and progress. The dashboard (through views.Dataset), `summary`, `report` and export all read it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lso_tui.edits.apply import apply_edits
from lso_tui.model.progress import Progress, as_of_date, progress_in
from lso_tui.model.rollup import Node, build_tree, store_regions
from lso_tui.store.db import Store
from lso_tui.text import scrub as _scrub

Record = dict[str, Any]


class ReadModel:
    """Records of an opened store, edits laid over them, and what is derived from them (built once)."""

    def __init__(self, store: Store, as_of: str | None = None) -> None:
        """Read every table once; *as_of* (an ISO date) asks where things stood then, else the newest
        source's date. Strings are cleaned again unless the whole file was checked clean on reading
        (the store file is input too: another member may have written it by hand)."""
        self.path: Path = store.path
        self.writable = store.writable
        self.meta = store.meta()
        tidy = _same if store.clean else scrub
        self.documents: dict[str, Record] = {d["id"]: d for d in tidy(store.rows("documents"))}
        self.units: list[Record] = tidy(store.rows("units"))
        self.officials: list[Record] = tidy(store.rows("officials"))
        self.targets: list[Record] = tidy(store.rows("targets"))
        self.observations: list[Record] = tidy(store.rows("observations"))
        self.bases: list[Record] = tidy(store.rows("bases"))
        self.regions: list[Record] = store_regions(tidy(store.rows("regions")), self.units)
        self.edits: list[Record] = tidy(store.edits())
        # Users' edits lie over the article facts; each edited field keeps the source's value too.
        apply_edits({"units": self.units, "officials": self.officials, "targets": self.targets}, self.edits)
        if as_of is None:
            self.as_of = as_of_date(list(self.documents.values()), self.units)
        else:
            self.as_of = as_of
            _date_undated(self.units, {i: d.get("date") for i, d in self.documents.items()}, as_of)
        # More than one district: unit names repeat ("Phường 1"), so unit rows say where they are.
        self.wide_scope = len({u.get("district_code") for u in self.units}) > 1
        self._tree: dict[tuple[str, str], Node] | None = None
        self._disagreements: list[Record] | None = None

    @property
    def tree(self) -> dict[tuple[str, str], Node]:
        """The roll-up from units to districts, provinces and the country (built once)."""
        if self._tree is None:
            self._tree = build_tree(self.regions, self.units, self.as_of, self.observations, self.documents)
        return self._tree

    @property
    def disagreements(self) -> list[Record]:
        """Every article count of a region's units that the register contradicts (computed once)."""
        if self._disagreements is None:
            from lso_tui.model.disagreements import disagreement_rows  # the report's and pane 5's only

            self._disagreements = disagreement_rows(self.tree, self.documents)
        return self._disagreements

    def progress(self, target: Record) -> Progress:
        """Where *target* stands as of the read model's date, out of its region's count in force then."""
        return progress_in(target, self.units, self.as_of, self.tree)

    def headline(self) -> tuple[Record, Progress] | None:
        """The target shown first: the soonest deadline, then the first listed."""
        if not self.targets:
            return None
        target = min(self.targets, key=lambda t: (t["deadline"], t["id"]))
        return target, self.progress(target)


def _date_undated(units: list[Record], doc_dates: dict[str, str | None], as_of: str) -> None:
    """An undated consolidation is known from its sources' dates: none by *as_of* → not yet known."""
    for u in units:
        if (
            u.get("consolidated") is True
            and not u.get("since")
            and not u.get("edited", {}).get("consolidated")
        ):
            dates = sorted(d for d in (doc_dates.get(x) for x in u.get("documents", [])) if d)
            if dates and dates[0] > as_of:
                u["consolidated"] = None


def _same(value: Any) -> Any:
    """*value* as it is (a store whose whole text was checked clean when read)."""
    return value


def scrub(value: Any) -> Any:
    """Every string in *value* (nested lists and dicts) in NFC without control characters (text.scrub)."""
    return _scrub(value)
