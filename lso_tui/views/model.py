"""View-model types shared by the dashboard: columns, rows, provenance, details and links."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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


@dataclass(frozen=True)
class Provenance:
    """Where a field's value comes from: an article span, the national register, or derivation."""

    origin: str  # "article" | "register" | "derived" | "none"
    label: str = ""
    quote: str = ""
    doc: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Field:
    """A labelled value with its provenance."""

    label: str
    value: str
    provenance: Provenance


@dataclass(frozen=True)
class Link:
    """A related record the detail view can open."""

    kind: str
    id: str
    label: str


@dataclass
class Detail:
    """Everything the detail view shows of one record."""

    kind: str
    id: str
    title: str
    fields: list[Field] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


@dataclass(frozen=True)
class Fact:
    """An extracted fact's span in a document, for stepping through the source view."""

    doc: str
    start: int
    end: int
    label: str
