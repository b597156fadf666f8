"""The tables of a store while it is being built: keyed for merging, laid out as rows at the end."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lso_tui.model.records import Source
from lso_tui.model.stored import ObservationRecord, OfficialRecord, TargetRecord, UnitRecord, compact_unit


def src(s: Source | None) -> dict[str, Any] | None:
    """A source as stored."""
    return None if s is None else {"doc": s.doc, "start": s.start, "end": s.end, "quote": s.quote}


@dataclass
class Tables:
    """The tables of a store being built, keyed for merging."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    bases: dict[str, dict[str, Any]] = field(default_factory=dict)
    regions: list[dict[str, Any]] = field(default_factory=list)
    units: dict[str, UnitRecord] = field(default_factory=dict)
    officials: dict[str, OfficialRecord] = field(default_factory=dict)
    targets: list[TargetRecord] = field(default_factory=list)
    observations: list[ObservationRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Plain lists in a stable order, ready for the store."""
        return {
            "documents": sorted(self.documents, key=lambda d: (d["date"] or "", d["id"])),
            "bases": [self.bases[k] for k in sorted(self.bases)],
            "regions": self.regions,
            "units": [compact_unit(self.units[k]) for k in sorted(self.units)],
            "officials": [dict(self.officials[k]) for k in sorted(self.officials)],
            "targets": [dict(t) for t in self.targets],
            "observations": [dict(o) for o in self.observations],
        }
