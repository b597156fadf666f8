"""What an ingest would do, before it is done: the new tables and the preview's lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lso_tui.build.draft import Tables


@dataclass(frozen=True)
class PreviewLine:
    """One line of the preview: a catalogue key and the values it is filled with."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class Plan:
    """What an ingest would do: the new tables and the differences, each with its sentence."""

    tables: Tables
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changes: list[PreviewLine] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)  # {name, id}: already in the store
