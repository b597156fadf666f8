"""Dataset: the store's records shaped for the dashboard (rows, progress headline, documents)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lso_tui.disagreements import disagreement_rows
from lso_tui.i18n import Catalogue
from lso_tui.overlay import apply_edits
from lso_tui.progress import Progress, as_of_date, progress_in
from lso_tui.rollup import Node, build_tree, store_regions
from lso_tui.store import Store
from lso_tui.text import clean, fold
from lso_tui.views.lazy import LazyRows
from lso_tui.views.model import Column, Provenance, Row
from lso_tui.views.people import holders, is_chairman, is_secretary


class Dataset:
    """Read-only view of an opened store; everything the UI shows comes from here."""

    def __init__(self, store: Store, cat: Catalogue) -> None:
        """Load every table once; rows and the folded search index are built lazily, once."""
        self.path: Path = store.path
        self.writable = store.writable
        self.t = cat
        # The store file is input too (it may have been edited by hand): clean every string again,
        # unless the whole file was checked clean when it was read (then this would change nothing).
        tidy = _same if store.clean else scrub
        self.documents = {d["id"]: d for d in tidy(store.rows("documents"))}
        self.units = tidy(store.rows("units"))
        self.officials = tidy(store.rows("officials"))
        self.targets = tidy(store.rows("targets"))
        self.observations = tidy(store.rows("observations"))
        self.bases = tidy(store.rows("bases"))
        # More than one district: unit names repeat ("Phường 1"), so unit rows say where they are.
        self.wide_scope = len({u.get("district_code") for u in self.units}) > 1
        self.regions = store_regions(tidy(store.rows("regions")), self.units)
        self.edits = tidy(store.edits())
        # Users' edits lie over the article facts; each edited field keeps the source's value too.
        apply_edits({"units": self.units, "officials": self.officials, "targets": self.targets}, self.edits)
        for g in self.targets:  # a country-wide target has no region name of its own
            if g.get("scope_level") == "country" and not g.get("scope"):
                g["scope"] = cat("region.country")
        self.by_id: dict[tuple[str, str], dict[str, Any]] = {}
        for kind, records, key in (
            ("unit", self.units, "code"),
            ("official", self.officials, "id"),
            ("target", self.targets, "id"),
        ):
            for r in records:
                self.by_id[(kind, r[key])] = r
        self.as_of = as_of_date(list(self.documents.values()), self.units)
        self._rows: dict[str, LazyRows] = {}
        self._tree: dict[tuple[str, str], Node] | None = None
        self._disagreements: list[dict[str, Any]] | None = None

    # --- progress -----------------------------------------------------------------------------
    @property
    def tree(self) -> dict[tuple[str, str], Node]:
        """The roll-up from units to districts, provinces and the country (built once)."""
        if self._tree is None:
            self._tree = build_tree(self.regions, self.units, self.as_of, self.observations, self.documents)
        return self._tree

    @property
    def disagreements(self) -> list[dict[str, Any]]:
        """Every article count of a region's units that the register contradicts (computed once)."""
        if self._disagreements is None:
            self._disagreements = disagreement_rows(self.tree, self.documents)
        return self._disagreements

    def progress(self, target: dict[str, Any]) -> Progress:
        """Where *target* stands as of the newest source, out of its region's count in force then."""
        return progress_in(target, self.units, self.as_of, self.tree)

    def headline(self) -> tuple[dict[str, Any], Progress] | None:
        """The target shown in the progress strip: the soonest deadline, then the first listed."""
        if not self.targets:
            return None
        target = min(self.targets, key=lambda t: (t["deadline"], t["id"]))
        return target, self.progress(target)

    # --- provenance ---------------------------------------------------------------------------
    def provenance(self, source: Any) -> Provenance:
        """A stored source (a span dict, "register" or None) as a Provenance with its label."""
        if source == "register":
            return Provenance("register", self.t("detail.register"))
        if not isinstance(source, dict):
            return Provenance("none", self.t("detail.no_source"))
        doc = self.documents.get(source.get("doc", ""), {})
        label = ", ".join(x for x in (doc.get("outlet"), self.t.month(doc.get("date"))) if x)
        return Provenance(
            "article",
            label,
            source.get("quote", ""),
            source.get("doc"),
            source.get("start", 0),
            source.get("end", 0),
        )

    # --- rows ---------------------------------------------------------------------------------
    def columns(self, kind: str) -> list[Column]:
        """The columns of a pane."""
        t = self.t
        ids = {
            "unit": [
                "name",
                "type",
                *(("district", "province") if self.wide_scope else ()),
                "since",
                "secretary",
                "chairman",
                "households",
                "population",
                "party_members",
                "successor",
            ],
            "official": ["name", "titles", "unit", "both", "qualifications"],
            "target": ["scope", "threshold", "deadline", "progress", "state", "basis", "stated_by"],
            "event": ["date", "event", "source"],
            "document": ["date", "title", "source", "facts"],
        }[kind]
        numeric = {"households", "population", "party_members", "facts"}
        return [Column(i, t(f"col.{i}"), i in numeric) for i in ids]

    def rows(self, kind: str) -> LazyRows:
        """The rows of a pane (each built once, when first needed)."""
        if kind not in self._rows:
            from lso_tui.views import rows as build

            self._rows[kind] = build.build_rows(self, kind)
        return self._rows[kind]

    def unit_posts(self, unit: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(secretaries, chairmen) of a unit."""
        return (
            holders(self.officials, unit["code"], is_secretary),
            holders(self.officials, unit["code"], is_chairman),
        )

    def row(self, kind: str, cells: list[str], keys: list[Any], rid: str, muted: bool = False) -> Row:
        """A row with its folded search string (a line break in a value would break the line)."""
        cells = [c.replace("\n", " ") for c in cells]
        return Row(kind, rid, cells, keys, fold(" ".join(cells)), muted)


def _same(value: Any) -> Any:
    """*value* as it is (a store whose whole text was checked clean when read)."""
    return value


def scrub(value: Any) -> Any:
    """Every string in *value* (nested lists and dicts) in NFC without control characters."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [scrub(v) for v in value]
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items()}
    return value
