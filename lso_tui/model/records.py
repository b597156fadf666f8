"""Domain records: what the store holds, each fact carrying the span of text it came from."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

"""Origin marker for facts taken from the national register rather than an article."""


@dataclass(frozen=True)
class Source:
    """Where a fact came from: character offsets into a document's NFC text and the quoted sentence."""

    start: int
    end: int
    quote: str
    doc: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON and the store."""
        return asdict(self)


@dataclass(frozen=True)
class FuzzyDate:
    """A date known to a stated precision: a year, a month (maybe early/mid/late) or a day."""

    year: int
    month: int | None = None
    day: int | None = None
    part: str | None = None  # "early" | "mid" | "late", only with a month

    def iso(self) -> str:
        """ISO 8601 at the known precision: 2018, 2018-06 or 2018-06-30."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> str:
        """ "year", "month" or "day"."""
        return "year" if self.month is None else "month" if self.day is None else "day"

    def to_dict(self) -> dict[str, Any]:
        """Plain dict with the ISO value, its precision and the part of the month."""
        return {"iso": self.iso(), "precision": self.precision, "part": self.part}


@dataclass
class Document:
    """One article: its metadata and its NFC text."""

    id: str
    title: str | None
    date: str | None
    outlet: str | None
    author: str | None
    text: str
    outlet_code: str | None = None
    filename: str | None = None
    sha256: str | None = None
    sources: dict[str, Source] = field(default_factory=dict)


@dataclass
class Basis:
    """A policy document the article cites (e.g. a Party resolution)."""

    number: str
    kind: str
    date: str | None
    issuer: str | None
    title: str | None
    source: Source


@dataclass
class Figure:
    """A number said of a unit (households, residents, Party members) with its qualifier."""

    kind: str
    value: int
    qualifier: str | None
    source: Source


@dataclass
class Note:
    """A qualitative statement about a unit, by topic (living standard, new-rural criteria, …)."""

    topic: str
    source: Source


@dataclass
class UnitMention:
    """A commune-level unit the text speaks of, and what it says of its consolidation."""

    name: str
    type: str | None
    parent: str | None
    consolidated: bool | None
    since: FuzzyDate | None
    source: Source
    since_source: Source | None = None
    figures: list[Figure] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


@dataclass
class Statement:
    """Words the article attributes to an official."""

    text: str
    source: Source


@dataclass
class Qualification:
    """A qualification or past post of an official (degree, experience, earlier title)."""

    kind: str
    text: str
    source: Source


@dataclass
class OfficialMention:
    """A named person holding a post, with titles, unit and whether they hold both posts."""

    name: str
    titles: list[str]
    unit: str | None
    unit_type: str | None
    body: str | None
    concurrent: bool
    source: Source
    scope: str | None = None
    qualifications: list[Qualification] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    both_at: str | None = None  # the commune where they held both posts (now or formerly)


@dataclass
class Target:
    """A goal: a share of a scope's units consolidated by a year."""

    share: float
    year: int
    scope: str | None
    level: str
    source: Source
    stated_by: str | None = None
    basis: str | None = None
    scope_level: str | None = None  # "district" | "province", as the sentence has it


@dataclass
class ProgressObservation:
    """A progress figure the text states for a scope at a date (kept as said, never recomputed)."""

    done: int | None
    total: int | None
    share: float | None
    scope: str | None
    as_of: str | None
    source: Source
    scope_level: str | None = None  # "district" | "province", as the sentence has it


@dataclass
class Extraction:
    """Everything extracted from one article."""

    document: Document
    bases: list[Basis] = field(default_factory=list)
    units: list[UnitMention] = field(default_factory=list)
    officials: list[OfficialMention] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    progress: list[ProgressObservation] = field(default_factory=list)
    scope: str | None = None
