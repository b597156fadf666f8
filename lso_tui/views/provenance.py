"""View-model types of a record's detail: each field with where its value comes from, the links to
related records, and the facts of an article (the lists' types are in views.model)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
