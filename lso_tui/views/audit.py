"""The edit log as rows: when, who, record, field, old → new (undone edits marked and dimmed)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

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


def record_label(ds: Dataset, kind: str, rid: str) -> str:
    """A record as people name it, never by its id: "xã Tân Liên", "Nguyễn Văn A (xã Tân Liên)",
    "50% — Huyện Cao Lộc" (the id only for a record the dataset does not hold)."""
    rec = ds.by_id.get((kind, rid))
    if rec is None:
        return rid
    if kind == "unit":
        return f"{rec['type']} {rec['name']}"
    if kind == "official":
        unit = ds.by_id.get(("unit", rec.get("unit_code") or ""))
        where = f"{unit['type']} {unit['name']}" if unit else rec.get("unit") or rec.get("scope")
        return f"{rec['name']} ({where})" if where else str(rec["name"])
    return f"{ds.t.percent(rec['share'])} — {rec.get('scope') or ds.t('val.unknown')}"


def records_label(ds: Dataset, entries: Iterable[dict[str, Any]]) -> str:
    """The records some edits changed, each named once, in order: "Nguyễn Văn A (xã Tân Liên); …"."""
    keys = dict.fromkeys((str(e["kind"]), str(e["record"])) for e in entries)
    return "; ".join(record_label(ds, kind, rid) for kind, rid in keys)
