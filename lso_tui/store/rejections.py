"""The "rejections" table: per article, what a user decided in the review when it was ingested: the
keys of the facts left out, and the corrections made to others.

One row per document, {"doc": ID, "keys": [...], "fixes": {key: {field: value}}}. It is not a built
table, so a rebuild carries it over; an ingest replaces the rows of its new articles in the same
atomic write as the merge.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

REJECTIONS = "rejections"


def by_document(rows: Iterable[Mapping[str, Any]]) -> dict[str, frozenset[str]]:
    """The table's rows as document id → the keys left out."""
    return {str(r["doc"]): frozenset(map(str, r.get("keys") or ())) for r in rows if r.get("doc")}


def fixes_by_document(rows: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """The table's rows as document id → review key → the corrected fields (only well-formed ones:
    the file may have been written by hand; the values are checked again when they are applied)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for r in rows:
        fixes = r.get("fixes")
        if r.get("doc") and isinstance(fixes, Mapping):
            kept = {str(k): dict(v) for k, v in fixes.items() if isinstance(v, Mapping)}
            if kept:
                out[str(r["doc"])] = kept
    return out


def stored_decisions(
    data: dict[str, Any],
) -> tuple[dict[str, frozenset[str]], dict[str, dict[str, dict[str, Any]]]]:
    """The parsed store *data*'s rejections and corrections, read from its rows once."""
    rows = _rows(data)
    return by_document(rows), fixes_by_document(rows)


def set_rejections(
    data: dict[str, Any],
    rejections: Mapping[str, Iterable[str]],
    fixes: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None,
) -> None:
    """Replace, in the parsed store *data*, the rows of the documents in *rejections* or *fixes* (a
    document with nothing left out and nothing corrected loses its row); the other documents' rows
    are kept as they are."""
    fixes = fixes or {}
    docs = set(rejections) | set(fixes)
    rows = [r for r in _rows(data) if r.get("doc") not in docs]
    for d in sorted(docs):
        keys, fixed = sorted(set(rejections.get(d, ()))), fixes.get(d) or {}
        if keys or fixed:
            row: dict[str, Any] = {"doc": d, "keys": keys}
            if fixed:
                row["fixes"] = {k: dict(v) for k, v in sorted(fixed.items())}
            rows.append(row)
    if rows or REJECTIONS in data:
        data[REJECTIONS] = {str(i): r for i, r in enumerate(rows, 1)}


def _rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The table's rows in insertion order."""
    raw = data.get(REJECTIONS) or {}
    return [dict(raw[k]) for k in sorted(raw, key=lambda k: int(k) if str(k).isdigit() else 0)]
