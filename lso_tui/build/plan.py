"""What an ingest would do, before it is done: the new tables, the preview's lines, and what became
of each file given (merged with its facts, or skipped with the reason)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lso_tui.build.draft import Tables
from lso_tui.i18n import Catalogue
from lso_tui.model.records import Extraction


@dataclass(frozen=True)
class PreviewLine:
    """One line of the preview: a catalogue key and the values it is filled with."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FileOutcome:
    """One file given to ingest: its publication date and facts, and why it is skipped (if it is).

    *status* is "new" (merged, or to be), "known" (already in the store), "twice" (given twice, or
    the same text as another file given) or "failed" (nothing found, not UTF-8, binary, missing…):
    only the last is a fault of the file. *name* is the path as given and *reason* may quote it:
    both are untrusted, to be cleaned before they are shown.
    """

    name: str
    date: str | None = None
    counts: tuple[int, int, int, int] | None = None  # units, officials, targets, progress figures
    reason: str | None = None  # None when the file is merged
    status: str = "new"
    key: str | None = None  # the reason's catalogue message, with its values
    values: dict[str, Any] = field(default_factory=dict)

    def said(self, t: Catalogue) -> str:
        """The reason in *t*'s language (without the file's name it may start with)."""
        if self.key is None:
            return self.reason or ""
        return t.say(self.key, self.values).removeprefix(f"{self.name}: ")


@dataclass
class Plan:
    """What an ingest would do: the new tables and the differences, each with its sentence.

    It keeps the extractions, so the facts can be reviewed and the tables built again with the
    user's choice (*rejected*: the keys of the facts left out, per article) without reading again.
    """

    tables: Tables
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changes: list[PreviewLine] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)  # {name, id}: already in the store
    files: list[FileOutcome] = field(default_factory=list)  # every file given, in the order given
    extractions: list[Extraction] = field(default_factory=list)  # the new articles, as extracted
    kept: list[Extraction] = field(default_factory=list)  # the stored articles kept, as extracted
    rejected: dict[str, frozenset[str]] = field(default_factory=dict)  # left out of the build, by article
    rejections: dict[str, list[str]] = field(default_factory=dict)  # to write: each new article's row
    fixes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # to write: its corrections
    scope: str | None = None  # the store's build scope

    @property
    def failed(self) -> list[FileOutcome]:
        """The files skipped for a fault of their own (not those already in the store)."""
        return [f for f in self.files if f.status == "failed"]
