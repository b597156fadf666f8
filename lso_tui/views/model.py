"""View-model types of the lists: columns and rows, and what makes them (the details' types are in
views.provenance)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lso_tui.text import fold

if TYPE_CHECKING:
    from lso_tui.i18n import Catalogue


@dataclass(frozen=True)
class Column:
    """A list column: id, title (already translated), and whether it holds numbers."""

    id: str
    title: str
    numeric: bool = False


@dataclass
class Row:
    """One record as a list row: display cells, sort keys, and a folded search string."""

    kind: str
    id: str
    cells: list[str]
    keys: list[Any]
    search: str
    muted: bool = False  # a unit no source speaks of
    state: str = ""  # a unit's: "done", "not_done" or "no_source" (the status filter, f)


class Shaped:
    """Columns and rows of the lists, in one language: what the Dataset and the first screen's view
    (views.first) share."""

    t: Catalogue
    wide_scope: bool  # more than one district: unit rows say where each unit is

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

    def row(
        self, kind: str, cells: list[str], keys: list[Any], rid: str, muted: bool = False, state: str = ""
    ) -> Row:
        """A row with its folded search string (a line break in a value would break the line)."""
        cells = [c.replace("\n", " ") for c in cells]
        return Row(kind, rid, cells, keys, fold(" ".join(cells)), muted, state)
