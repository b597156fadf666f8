"""The roll-up pane's rows and details: regions with their counts, then a district's own units."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lso_tui.model.rollup import COUNTRY, Node, narrowest, target_scope
from lso_tui.views.counts import figure_fields, stated_cell, units_cell
from lso_tui.views.documents import document_link
from lso_tui.views.lazy import LazyRows
from lso_tui.views.model import Column, Row
from lso_tui.views.provenance import Detail, Field, Link, Provenance
from lso_tui.views.rows import bar, unit_row

if TYPE_CHECKING:
    from lso_tui.views.dataset import Dataset

COLUMNS = ("name", "units", "done", "not_done", "no_data", "share", "stated", "target", "state")


def region_id(key: tuple[str, str]) -> str:
    """ "province:20", "country:" — a region's row id."""
    return f"{key[0]}:{key[1]}"


def region_key(rid: str) -> tuple[str, str]:
    """The (level, code) of a region's row id."""
    level, _, code = rid.partition(":")
    return level, code


def node_name(ds: Dataset, node: Node) -> str:
    """A region's name; the country's from the catalogue."""
    return ds.t("region.country") if node.key == COUNTRY else node.name


def children(ds: Dataset, key: tuple[str, str]) -> list[Node]:
    """The sub-regions worth listing: those with at least one unit in the store."""
    return [ds.tree[c] for c in ds.tree[key].children if ds.tree[c].in_store]


def start_key(ds: Dataset) -> tuple[str, str]:
    """Where the roll-up opens: down from the country while there is only one region to choose,
    stopping above a district (its units are the units pane's)."""
    return narrowest(ds.tree, into_districts=False)


def trail(ds: Dataset, key: tuple[str, str]) -> list[Node]:
    """The nodes from the country down to *key* (for the breadcrumb)."""
    out = []
    node: Node | None = ds.tree[key]
    while node is not None:
        out.append(node)
        node = ds.tree.get(node.parent) if node.parent else None
    return list(reversed(out))


def targets_of(ds: Dataset, key: tuple[str, str]) -> list[dict[str, Any]]:
    """Targets set for exactly this region, soonest deadline first."""
    return sorted((g for g in ds.targets if target_scope(g) == key), key=lambda g: (g["deadline"], g["id"]))


def columns(ds: Dataset, key: tuple[str, str]) -> list[Column]:
    """A district shows its units' columns; every other level, the regions' counts."""
    if key[0] == "district":
        return ds.columns("unit")
    numeric = {"units", "done", "not_done", "no_data"}
    return [Column(i, ds.t(f"col.{i}"), i in numeric) for i in COLUMNS]


def rows(ds: Dataset, key: tuple[str, str]) -> LazyRows:
    """The rows under *key*: sub-regions, or a district's units."""
    if key[0] == "district":
        units = [u for u in ds.units if u.get("district_code") == key[1]]
        return LazyRows(units, lambda u: unit_row(ds, u), [u["code"] for u in units])
    kids = children(ds, key)
    if key == COUNTRY:  # the whole country's counts first, above its provinces
        kids = [ds.tree[COUNTRY], *kids]
    return LazyRows(kids, lambda n: region_row(ds, n), [region_id(n.key) for n in kids])


def region_row(ds: Dataset, node: Node) -> Row:
    """A region: name, units, done, not done, no data, share (bar and %), its target and state."""
    t = ds.t
    goals = targets_of(ds, node.key)
    p = ds.progress(goals[0]) if goals else None
    target = (
        f"{t.percent(goals[0]['share'])} · {t.month(goals[0]['deadline'])}" if goals else t("val.unknown")
    )
    cells = [
        node_name(ds, node),
        units_cell(ds, node),
        t.number(node.done),
        t.number(node.not_done),
        t.number(node.no_data),
        f"{bar(node.share, 8)} {t.percent(node.share)}",
        stated_cell(ds, node),
        target,
        t(f"state.{p.state}") if p else t("val.unknown"),
    ]
    stated = (
        node.latest.done / node.latest.total
        if node.latest and node.latest.done and node.latest.total
        else -1.0
    )
    keys = [
        cells[0],
        node.total,
        node.done,
        node.not_done,
        node.no_data,
        node.share,
        stated,
        cells[7],
        cells[8],
    ]
    return ds.row("region", cells, keys, region_id(node.key), muted=node.done + node.not_done == 0)


def region_detail(ds: Dataset, rid: str) -> Detail:
    """A region's counts (each derived from the units, the total from the register) and its targets."""
    t = ds.t
    node = ds.tree[region_key(rid)]
    derived = Provenance("derived", t("detail.derived"))
    reg = Provenance("register", t("detail.register"))
    d = Detail("region", rid, " › ".join(node_name(ds, n) for n in trail(ds, node.key)))
    d.fields += figure_fields(ds, node) if node.stated else [Field(t("col.units"), t.number(node.total), reg)]
    d.fields += [
        Field(t("col.in_store"), t.number(node.in_store), derived),
        Field(t("col.done"), f"{t.number(node.done)} ({t.percent(node.share)})", derived),
        Field(t("col.not_done"), t.number(node.not_done), derived),
        Field(t("col.no_data"), t.number(node.no_data), derived),
    ]
    for g in targets_of(ds, node.key):
        p = ds.progress(g)
        value = f"{t.percent(g['share'])} · {t.month(g['deadline'])} — {t(f'state.{p.state}')}"
        d.fields.append(Field(t("col.target"), value, derived))
        d.links.append(Link("target", g["id"], value))
    docs = dict.fromkeys(f.document for f in node.stated if f.document in ds.documents)
    d.links += [document_link(ds, doc) for doc in docs if doc]
    return d
