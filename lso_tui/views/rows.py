"""Rows of each pane: units, officials, targets and the timeline, as translated plain text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from lso_tui.i18n import MESSAGES, Catalogue, cells
from lso_tui.views.lazy import LazyRows
from lso_tui.views.model import Row

if TYPE_CHECKING:  # the first screen formats its unit rows here before the domain is loaded
    from lso_tui.model.progress_value import Progress
    from lso_tui.views.dataset import Dataset


class UnitSource(Protocol):
    """What a unit row is made from: the Dataset, or the first screen's view (views.first)."""

    t: Catalogue
    wide_scope: bool

    def unit_posts(self, unit: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(secretaries, chairmen) of a unit."""

    def row(
        self, kind: str, cells: list[str], keys: list[Any], rid: str, muted: bool = False, state: str = ""
    ) -> Row:
        """A row with its folded search string."""

BAR_WIDTH = 10


def bar(share: float, width: int = BAR_WIDTH, target: float | None = None) -> str:
    """A progress bar of block characters every terminal draws: "███░│░░░░░" for 25% toward 50%.

    The one rule of every bar: *share* fills cells(share, width) cells, and the target is marked
    │ on the cell a share equal to it would fill last (50% of 6 cells: the 3rd), so the bar reaches
    the mark exactly when the share reaches the target."""
    filled = cells(share, width)
    out = "█" * filled + "░" * (width - filled)
    if target is None or width <= 0:
        return out
    mark = max(0, cells(target, width) - 1)
    return out[:mark] + "│" + out[mark + 1 :]


def progress_line(t: Catalogue, target: dict[str, Any], p: Progress) -> str:
    """ "2/8 = 25% → mục tiêu 4/8 = 50% trước 31/12/2020" (the same words in the strip and the detail)."""
    return t(
        "progress.line",
        done=p.done,
        total=p.total,
        share=t.percent(p.share),
        needed=p.needed,
        target=t.percent(target["share"]),
        deadline=t.month(target["deadline"]),
    )


def figure(ds: UnitSource, unit: dict[str, Any], kind: str) -> tuple[str, int]:
    """ "hơn 3.000" / "more than 3,000" and its sort value (-1 when unknown)."""
    f = next((x for x in unit["figures"] if x["kind"] == kind), None)
    if f is None:
        return ds.t("val.unknown"), -1
    qual = ds.t(f"qual.{f['qualifier']}") + " " if f.get("qualifier") else ""
    return qual + ds.t.number(f["value"]), int(f["value"])


def unit_row(ds: UnitSource, u: dict[str, Any]) -> Row:
    """A unit: name, type, since, post holders, figures, successor."""
    t = ds.t
    if u["consolidated"] is True:
        since = t.month(u["since"]["iso"], u["since"].get("part")) if u["since"] else t("val.done")
    elif u["consolidated"] is False:
        since = t("val.not_done")
    else:
        since = t("val.no_source")
    secs, chairs = ds.unit_posts(u)
    succ = u.get("successor") or {}
    figs = [figure(ds, u, k) for k in ("households", "population", "party_members")]
    secretary = ", ".join(o["name"] for o in secs) or t("val.unknown")
    chairman = ", ".join(o["name"] for o in chairs) or t("val.unknown")
    successor = f"{succ.get('type', '')} {succ.get('name', '')}".strip() or t("val.unknown")
    since_key = u["since"]["iso"] if u["since"] else ("~" if u["consolidated"] is None else "}")
    kind = t(f"type.{u['type']}") if f"type.{u['type']}" in MESSAGES else u["type"]
    pairs = [(u["name"], u["name"]), (kind, u["type"])]
    if ds.wide_scope:  # names repeat across the country ("Phường 1"): say where each unit is
        pairs += [
            (u.get("district") or "", u.get("district") or ""),
            (u.get("province") or "", u.get("province") or ""),
        ]
    pairs += [(since, since_key), (secretary, secretary), (chairman, chairman), *figs, (successor, successor)]
    muted = u["consolidated"] is None and not u["documents"]
    state = {True: "done", False: "not_done"}.get(u["consolidated"], "no_source")
    return ds.row("unit", [c for c, _ in pairs], [k for _, k in pairs], u["code"], muted=muted, state=state)


def qualification(ds: Dataset, q: dict[str, Any]) -> str:
    """A degree in words ("thạc sĩ" / "master's degree"); experience and past posts as quoted."""
    if q["kind"] == "degree":
        return ds.t(f"deg.{q['text']}")
    if q["kind"] == "previous_post":
        return ds.t("qual.previous", post=q["text"])
    return str(q["text"])


def official_row(ds: Dataset, o: dict[str, Any]) -> Row:
    """An official: name, titles, unit, both posts?, qualifications."""
    t = ds.t
    unit = ds.by_id.get(("unit", o.get("unit_code") or ""))
    where = (
        f"{unit['type']} {unit['name']}" if unit else (o.get("unit") or o.get("scope") or t("val.unknown"))
    )
    quals = "; ".join(qualification(ds, q) for q in o["qualifications"]) or t("val.unknown")
    cells = [
        o["name"],
        ", ".join(o["titles"]),
        where,
        t("val.yes") if o["concurrent"] else t("val.no"),
        quals,
    ]
    return ds.row("official", cells, [o["name"], cells[1], where, not o["concurrent"], quals], o["id"])


def target_row(ds: Dataset, g: dict[str, Any]) -> Row:
    """A target: scope, threshold, deadline, progress bar, state, basis, who stated it."""
    t = ds.t
    p = ds.progress(g)
    stated = ds.by_id.get(("official", g.get("stated_by") or ""))
    cells = [
        g["scope"] or t("val.unknown"),
        f"{t.percent(g['share'])} ({p.needed}/{p.total})",
        t.month(g["deadline"]),
        f"{bar(p.share, BAR_WIDTH, g['share'])} {p.done}/{p.total} · {t.percent(p.share)}",
        t(f"state.{p.state}"),
        g.get("basis") or t("val.unknown"),
        stated["name"] if stated else (g.get("stated_by_name") or t("val.unknown")),
    ]
    keys = [
        cells[0],
        g["share"],
        g["deadline"],
        p.done / p.needed if p.needed else 1.0,
        p.state,
        cells[5],
        cells[6],
    ]
    return ds.row("target", cells, keys, g["id"])


def build_rows(ds: Dataset, kind: str) -> LazyRows:
    """All rows of *kind*, each built when first needed."""
    if kind == "unit":
        return LazyRows(ds.units, lambda u: unit_row(ds, u), [u["code"] for u in ds.units])
    if kind == "official":
        return LazyRows(ds.officials, lambda o: official_row(ds, o), [o["id"] for o in ds.officials])
    if kind == "target":
        return LazyRows(ds.targets, lambda g: target_row(ds, g), [g["id"] for g in ds.targets])
    if kind == "document":
        from lso_tui.views.documents import document_rows

        return document_rows(ds)
    from lso_tui.views.events import events

    return LazyRows.of(
        [
            ds.row("event", [ds.t.month(e.date, e.part), e.text, e.source], [e.date, e.text, e.source], e.id)
            for e in events(ds)
        ]
    )
