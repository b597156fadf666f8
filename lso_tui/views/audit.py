"""The edit log as rows: when, who, record, field, old → new (undone edits marked and dimmed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lso_tui.views.model import Column, Row

if TYPE_CHECKING:
    from lso_tui.views.dataset import Dataset


def audit_rows(ds: Dataset) -> list[Row]:
    """The edit log, newest first: when, who, record, field, old → new (undone ones marked)."""
    t = ds.t
    out = []
    for e in reversed(ds.edits):
        change = f"{e['field']}: {_short(e.get('old'))} → {_short(e.get('new'))}"
        if e.get("undone"):
            change += " " + t("log.undone")
        cells = [
            e["when"].replace("T", " ")[:16],
            e["who"],
            f"{e['kind']} {e['record']}",
            e["op"],
            change,
        ]
        out.append(ds.row("audit", cells, list(cells), str(e["id"]), muted=bool(e.get("undone"))))
    return out


def audit_columns(ds: Dataset) -> list[Column]:
    """Columns of the edit log."""
    return [Column(i, ds.t(f"col.{i}")) for i in ("when", "who", "record", "op", "change")]


def _short(value: object) -> str:
    """A stored value in a few characters for the log."""
    if isinstance(value, dict):
        value = value.get("iso") or value.get("name") or value
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"
