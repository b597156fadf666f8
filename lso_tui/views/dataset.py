"""Dataset: the read model shaped for the dashboard (translated labels, provenance, columns, rows)."""

from __future__ import annotations

from typing import Any

from lso_tui.i18n import Catalogue
from lso_tui.model.people import holders, is_chairman, is_secretary
from lso_tui.store.db import Store
from lso_tui.store.read_model import ReadModel
from lso_tui.views.lazy import LazyRows
from lso_tui.views.model import Shaped
from lso_tui.views.provenance import Provenance


class Dataset(ReadModel, Shaped):
    """Read-only view of an opened store; everything the UI shows comes from here."""

    def __init__(self, store: Store, cat: Catalogue) -> None:
        """Load every table once (see ReadModel); rows and the folded search index are built lazily,
        once, by views.panes."""
        super().__init__(store)
        self.t = cat
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
        self.pane_rows: dict[str, LazyRows] = {}  # filled by views.panes.pane_rows

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

    # --- rows (columns and row come from Shaped) ---------------------------------------------
    def unit_posts(self, unit: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(secretaries, chairmen) of a unit."""
        return (
            holders(self.officials, unit["code"], is_secretary),
            holders(self.officials, unit["code"], is_chairman),
        )
