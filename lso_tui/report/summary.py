"""Plain-text output for the CLI: an extraction, and the store's summary (until the dashboard)."""

from __future__ import annotations

from typing import Any

from lso_tui.i18n import Catalogue
from lso_tui.model.records import Extraction
from lso_tui.model.rollup import COUNTRY
from lso_tui.report.collect import LIST_ALL, spoken_of
from lso_tui.store.db import Store
from lso_tui.store.read_model import ReadModel
from lso_tui.text import emit_line as emit  # (each line is one: a name's line end starts none)

_QUALIFIER = {
    "more_than": "more than ",
    "over": "over ",
    "nearly": "nearly ",
    "about": "about ",
    "under": "under ",
}
_PART = {"early": "early ", "mid": "mid ", "late": "late "}


def _since(since: dict[str, Any] | None) -> str:
    """ "late 2018-06" from a stored fuzzy date."""
    if not since:
        return "-"
    return f"{_PART.get(since.get('part') or '', '')}{since['iso']}"


# One way to write a share everywhere: the dashboard's (here in English: 37.5%, not a rounded 38%).
_PCT = Catalogue("en")


def _known(value: object) -> object:
    """*value*, or "?" where the article did not say it (never "None")."""
    return "?" if value is None else value


def print_extraction(ex: Extraction) -> None:
    """Human-readable listing of what one article says ("?" for what it does not say)."""
    d = ex.document
    emit(f"Document: {_known(d.title)} | {_known(d.date)} | {_known(d.outlet)} | {_known(d.author)}")
    emit(f"Scope: {_known(ex.scope)}")
    for b in ex.bases:
        emit(f"Basis: {b.kind} {_known(b.number)} ({_known(b.date)}) {b.issuer or ''} {b.title or ''}")
    for u in ex.units:
        state = {True: "consolidated", False: "not consolidated", None: "no statement"}[u.consolidated]
        since = _since(u.since.to_dict()) if u.since else "-"
        figs = ", ".join(f"{_QUALIFIER.get(f.qualifier or '', '')}{f.value:,} {f.kind}" for f in u.figures)
        emit(f"Unit: {u.type or ''} {u.name} — {state}, since {since}{'; ' + figs if figs else ''}")
    for o in ex.officials:
        both = "holds both posts" if o.concurrent else "not both posts"
        emit(f"Official: {o.name} — {', '.join(o.titles)} — {o.unit or o.scope or '-'} — {both}")
    for t in ex.targets:
        who = t.stated_by or "-"
        share = "?" if t.share is None else _PCT.percent(t.share)
        emit(f"Target: {share} of {_known(t.level)} units in {_known(t.scope)} by {_known(t.year)} (stated by {who})")
    for p in ex.progress:
        share = "?" if p.share is None else _PCT.percent(p.share)
        emit(f"Progress: {_known(p.done)}/{_known(p.total)} share {share} in {_known(p.scope)} as of {_known(p.as_of)}")


def print_summary(store: Store, t: Catalogue = _PCT) -> None:
    """Where each target stands, then the units and officials, all derived from the records, in
    *t*'s language."""
    rm = ReadModel(store)
    docs, units, officials, targets = rm.documents, rm.units, rm.officials, rm.targets
    as_of, tree = rm.as_of, rm.tree
    ro = t("sum.read_only") if not store.writable else ""
    emit(t("sum.head", path=store.path, ro=ro, as_of=as_of or "?", n=len(docs)))
    for g in targets:
        p = rm.progress(g)
        pace = t("sum.pace", pace=t.number(p.pace_needed, 2)) if p.pace_needed is not None else ""
        emit(
            t(
                "sum.target",
                scope=g["scope"] or g.get("scope_level") or "?",
                done=p.done,
                total=p.total,
                share=t.percent(p.share),
                needed=p.needed,
                target=t.percent(p.target_share),
                deadline=p.deadline,
                remaining=p.remaining,
                months=p.months_left,
                pace=pace,
                state=t(f"sum.state.{p.state}"),
            )
        )
    for r in rm.disagreements:
        values = {k: r[k] or "?" for k in ("outlet", "published", "article_date", "register_date")}
        in_force = t(f"sum.in_force.{r['in_force']}")
        emit(t("sum.disagreement", name=r["name"], total=r["article_total"], listed=r["register_total"], in_force=in_force, **values))
    top = tree[COUNTRY]
    if len(units) > LIST_ALL:
        counts = {"in_store": top.in_store, "total": top.total, "done": top.done, "not_done": top.not_done}
        emit(t("sum.units", no_data=top.no_data, **counts))
    states = {True: "ingest.state.yes", False: "ingest.state.no", None: "ingest.state.none"}
    for u in units:
        if len(units) > LIST_ALL and not spoken_of(u):
            continue
        succ = u.get("successor") or {}
        since = u["since"]
        part = since.get("part") if since else None
        emit(
            t(
                "sum.unit",
                code=u["code"],
                type=u["type"],
                name=u["name"],
                state=t(states[u["consolidated"]]),
                since=(f"{t('part.' + part)} " if part else "") + since["iso"] if since else "-",
                successor=f"{succ.get('type', '')} {succ.get('name', '-')}",
            )
        )
    for o in officials:
        both = t("sum.both") if o["concurrent"] else ""
        emit(f"  {o['name']}: {', '.join(o['titles'])} ({o['unit'] or o['scope'] or '-'}){both}")
