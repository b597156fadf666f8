"""Counts of a region's units as the dashboard shows them: the register's and each article's, side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lso_tui.model.figures import Figure, disagrees, figure_of
from lso_tui.model.rollup import Node
from lso_tui.views.documents import document_link
from lso_tui.views.provenance import Detail, Field, Link, Provenance

if TYPE_CHECKING:
    from lso_tui.views.dataset import Dataset


def units_cell(ds: Dataset, node: Node) -> str:
    """ "22", or "23 ≠ 22" when an article's count is in force and the register lists another."""
    if node.figure is not None and node.total != node.register_total:
        return f"{ds.t.number(node.total)} ≠ {ds.t.number(node.register_total)}"
    return ds.t.number(node.total)


def figure_text(ds: Dataset, f: Figure) -> str:
    """ "4/23 · 17,4% · 09/2019": what an article counted, and for when."""
    t = ds.t
    parts = []
    if f.done is not None:
        parts.append(f"{t.number(f.done)}/{t.number(f.total)}" if f.total else t.number(f.done))
    elif f.total:
        parts.append(t("fig.total", n=t.number(f.total)))
    if f.share is not None:
        parts.append(t.percent(f.share))
    parts.append(t.month(f.date))
    return " · ".join(parts)


def stated_cell(ds: Dataset, node: Node) -> str:
    """The newest count an article gave for the region by the as-of date, or a dash."""
    return figure_text(ds, node.latest) if node.latest else ds.t("val.unknown")


def figure_fields(ds: Dataset, node: Node) -> list[Field]:
    """The count in force, the register's, then every article's with its sentence and date."""
    t = ds.t
    register = node.register
    reg = Provenance("register", t("detail.register"))
    used = node.figure
    out = [
        Field(
            t("fig.in_force", date=t.month(ds.as_of)),
            t.number(node.total),
            ds.provenance(used.source) if used else reg,
        ),
        Field(t("fig.register", date=t.month(register.date)), t.number(register.total or 0), reg),
    ]
    for f in node.stated:
        marks = []
        if f == used:
            marks.append(t("fig.used"))
        if disagrees(f, register):
            marks.append(t("fig.differs", n=t.number(register.total or 0)))
        value = figure_text(ds, f) + (f" ({'; '.join(marks)})" if marks else "")
        out.append(Field(t("fig.article"), value, ds.provenance(f.source)))
    return out


def document_disagreements(ds: Dataset, doc_id: str) -> list[Field]:
    """The counts an article gives that the register contradicts, one field each."""
    t = ds.t
    return [
        Field(
            t("fig.disagreement", name=r["name"]),
            t(
                "fig.versus",
                article=t.number(r["article_total"]),
                date=t.month(r["article_date"]),
                register=t.number(r["register_total"]),
                since=t.month(r["register_date"]),
            ),
            Provenance("derived", t("detail.derived")),
        )
        for r in ds.disagreements
        if r["document"] == doc_id
    ]


def progress_fields(ds: Dataset, g: dict[str, Any]) -> list[Field]:
    """Where a target's total and done come from when an article's count is used for either."""
    t = ds.t
    p = ds.progress(g)
    out = []
    if p.total_figure is not None:
        out.append(
            Field(
                t("fig.total_from"),
                t("fig.total_versus", n=t.number(p.total), register=t.number(p.register_total or 0)),
                ds.provenance(p.total_figure.source),
            )
        )
    if p.done_figure is not None:
        out.append(
            Field(
                t("fig.done_from"),
                t("fig.done_versus", n=t.number(p.done), named=t.number(p.named_done)),
                ds.provenance(p.done_figure.source),
            )
        )
    return out


def observation_detail(ds: Dataset, o: dict[str, Any]) -> Detail:
    """A figure an article stated: what it counted, for when, its sentence; the region's register
    count beside it; links to the region and the article."""
    t = ds.t
    key = (o.get("scope_level") or "district", str(o.get("scope_code") or ""))
    node = ds.tree.get(key) if o.get("scope_code") else None
    d = Detail("observation", o["id"], observation_label(ds, o))
    text = figure_text(ds, figure_of(o, ds.documents))
    d.fields.append(Field(t("fig.article"), text, ds.provenance(o["source"])))
    if node is not None:
        register = node.register
        reg = Provenance("register", t("detail.register"))
        d.fields.append(
            Field(t("fig.register", date=t.month(register.date)), t.number(register.total or 0), reg)
        )
        d.links.append(Link("region", f"{node.level}:{node.code}", node.name or t("region.country")))
    if o.get("document") in ds.documents:
        d.links.append(document_link(ds, o["document"]))
    return d


def observation_label(ds: Dataset, o: dict[str, Any]) -> str:
    """ "Huyện Cao Lộc: 4/23 · 17,4% · 09/2019"; a figure of no region says so."""
    return f"{o.get('scope') or ds.t('fig.no_region')}: {figure_text(ds, figure_of(o, ds.documents))}"
