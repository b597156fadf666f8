"""The "rejections" table: per article, the keys of the facts a user left out when it was ingested.

One row per document, {"doc": ID, "keys": [...]}. It is not a built table, so a rebuild carries it
over; an ingest replaces the rows of its new articles in the same atomic write as the merge.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from lso_tui.store.file import load

REJECTIONS = "rejections"


def by_document(rows: Iterable[Mapping[str, Any]]) -> dict[str, frozenset[str]]:
    """The table's rows as document id → the keys left out."""
    return {str(r["doc"]): frozenset(map(str, r.get("keys") or ())) for r in rows if r.get("doc")}


def stored_rejections(path: Path) -> dict[str, frozenset[str]]:
    """The rejections of the store at *path* ({} when there is no store or no such table)."""
    data = load(path) or {}
    return by_document(_rows(data))


def set_rejections(data: dict[str, Any], rejections: Mapping[str, Iterable[str]]) -> None:
    """Replace, in the parsed store *data*, the rows of the documents in *rejections* (a document
    with no key left out loses its row); the other documents' rows are kept as they are."""
    rows = [r for r in _rows(data) if r.get("doc") not in rejections]
    rows += [{"doc": d, "keys": sorted(set(k))} for d, k in sorted(rejections.items()) if k]
    if rows or REJECTIONS in data:
        data[REJECTIONS] = {str(i): r for i, r in enumerate(rows, 1)}


def _rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The table's rows in insertion order."""
    raw = data.get(REJECTIONS) or {}
    return [dict(raw[k]) for k in sorted(raw, key=lambda k: int(k) if str(k).isdigit() else 0)]
