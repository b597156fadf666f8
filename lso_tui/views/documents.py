"""The articles in the store: which records each supports, and which articles support a record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lso_tui.views.lazy import LazyRows
from lso_tui.views.provenance import Link

if TYPE_CHECKING:
    from lso_tui.views.dataset import Dataset


def supported(ds: Dataset, doc_id: str) -> list[tuple[str, dict[str, Any]]]:
    """(kind, record) of every unit, official, target and observation the article speaks for."""
    out: list[tuple[str, dict[str, Any]]] = [
        ("unit", u) for u in ds.units if doc_id in u.get("documents", [])
    ]
    out += [("official", o) for o in ds.officials if doc_id in o.get("documents", [])]
    out += [("target", g) for g in ds.targets if g.get("document") == doc_id]
    out += [("observation", o) for o in ds.observations if o.get("document") == doc_id]
    return out


def document_link(ds: Dataset, doc_id: str) -> Link:
    """A link to an article's detail: "Nguồn: title (outlet, 02/2020)"."""
    doc = ds.documents.get(doc_id, {})
    where = ", ".join(x for x in (doc.get("outlet"), ds.t.month(doc.get("date"))) if x)
    return Link(
        "event", f"document:{doc_id}", ds.t("detail.document", title=doc.get("title") or doc_id, where=where)
    )


def record_links(ds: Dataset, record: dict[str, Any]) -> list[Link]:
    """Links to the articles that support a record (units and officials list them; targets have one)."""
    ids = list(record.get("documents") or []) or ([record["document"]] if record.get("document") else [])
    return [document_link(ds, i) for i in ids if i in ds.documents]


def document_rows(ds: Dataset) -> LazyRows:
    """One row per article: date, title, outlet, how many records it supports."""
    docs = sorted(ds.documents.values(), key=lambda d: (d.get("date") or "", d["id"]))

    def row(d: dict[str, Any]) -> Any:
        """An article's row (Enter opens its detail)."""
        n = len(supported(ds, d["id"]))
        cells = [ds.t.month(d.get("date")), d.get("title") or d["id"], d.get("outlet") or "", ds.t.number(n)]
        return ds.row("event", cells, [d.get("date") or "", cells[1], cells[2], n], f"document:{d['id']}")

    return LazyRows(docs, row, [f"document:{d['id']}" for d in docs])
