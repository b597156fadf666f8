"""The edit log as rows: when, who, record, field, old → new (undone edits marked and dimmed)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from lso_tui.i18n import MESSAGES, Catalogue
from lso_tui.views.model import Column, Row

if TYPE_CHECKING:
    from lso_tui.views.dataset import Dataset


def audit_rows(ds: Dataset) -> list[Row]:
    """The edit log, newest first: when, who, record, field, old → new (undone ones marked)."""
    out = []
    for e in reversed(ds.edits):
        cells = entry_cells(ds, e)
        out.append(ds.row("audit", cells, list(cells), str(e["id"]), muted=bool(e.get("undone"))))
    return out


def entry_cells(ds: Dataset, e: dict[str, Any]) -> list[str]:
    """One audit entry as people read it, in the dataset's language: when, who, the record by its
    name, what was done, and the field with its old and new value ("đã nhất thể hóa: chưa rõ → có")."""
    return [
        e["when"].replace("T", " ")[:16],
        e["who"],
        entry_record(ds, e),
        _key_or(ds.t, "log.op.", str(e["op"])),
        entry_change(ds, e),
    ]


def entry_change(ds: Dataset, e: dict[str, Any]) -> str:
    """What an audit entry did, in words: "đã nhất thể hóa: chưa rõ → có", "bản ghi mới: NAME"
    (an undone one marked)."""
    t = ds.t
    field = str(e["field"])
    if field == "*":  # an added record: its fields are the new value
        change = f"{t('log.field.*')}: {entry_record(ds, e)}"
    else:
        old, new = (_said(ds, field, e.get(k)) for k in ("old", "new"))
        change = f"{_key_or(t, 'log.field.', field)}: {old} → {new}"
    return change + (" " + t("log.undone") if e.get("undone") else "")


def entry_record(ds: Dataset, e: dict[str, Any]) -> str:
    """The record an entry changed, by its name; a record added and then taken out again (its add
    undone) by the fields it was added with."""
    kind, rid = str(e["kind"]), str(e["record"])
    given = next((v for v in (e.get("new"), e.get("old")) if isinstance(v, dict)), {})
    if (kind, rid) in ds.by_id or str(e["field"]) != "*" or not ({"name", "share"} & given.keys()):
        return record_label(ds, kind, rid)
    return _label(ds, kind, given)


def audit_columns(ds: Dataset) -> list[Column]:
    """Columns of the edit log."""
    return [Column(i, ds.t(f"col.{i}")) for i in ("when", "who", "record", "op", "change")]


def _key_or(t: Catalogue, prefix: str, word: str) -> str:
    """The catalogue's word for *word* under *prefix*, or *word* itself when it has none."""
    return t(prefix + word) if prefix + word in MESSAGES else word


def _said(ds: Dataset, field: str, value: object) -> str:
    """A stored value in a few words of the dataset's language: yes/no/unknown, a month with its
    part, a share, a unit by its name, titles joined."""
    t = ds.t
    if value is None or isinstance(value, bool):
        text = t({True: "log.value.true", False: "log.value.false", None: "log.value.none"}[value])
    elif isinstance(value, dict):
        text = t.month(value.get("iso"), value.get("part")) if "iso" in value else str(value.get("name") or value)
    elif field == "share" and isinstance(value, float):
        text = t.percent(value)
    elif field == "unit_code" and ("unit", str(value)) in ds.by_id:
        text = record_label(ds, "unit", str(value))
    elif isinstance(value, list):
        text = "; ".join(map(str, value))
    else:
        text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def record_label(ds: Dataset, kind: str, rid: str) -> str:
    """A record as people name it, never by its id: "xã Tân Liên", "Nguyễn Văn A (xã Tân Liên)",
    "50% — Huyện Cao Lộc" (the id only for a record the dataset does not hold)."""
    rec = ds.by_id.get((kind, rid))
    return rid if rec is None else _label(ds, kind, rec)


def _label(ds: Dataset, kind: str, rec: dict[str, Any]) -> str:
    """The name of record *rec* of *kind* (see record_label)."""
    if kind == "unit":
        return f"{rec['type']} {rec['name']}"
    if kind == "official":
        unit = ds.by_id.get(("unit", rec.get("unit_code") or ""))
        where = f"{unit['type']} {unit['name']}" if unit else rec.get("unit") or rec.get("scope")
        return f"{rec['name']} ({where})" if where else str(rec["name"])
    share = rec.get("share")
    what = ds.t.percent(share) if isinstance(share, float | int) else ds.t("val.unknown")
    return f"{what} — {rec.get('scope') or ds.t('val.unknown')}"


def records_label(ds: Dataset, entries: Iterable[dict[str, Any]]) -> str:
    """The records some edits changed, each named once, in order: "Nguyễn Văn A (xã Tân Liên); …"."""
    keys = dict.fromkeys((str(e["kind"]), str(e["record"])) for e in entries)
    return "; ".join(record_label(ds, kind, rid) for kind, rid in keys)
