"""Plain-text output for the CLI: an extraction, and the store's summary (until the dashboard)."""

from __future__ import annotations

from typing import Any

from lso_tui.i18n import Catalogue
from lso_tui.model.records import Extraction
from lso_tui.model.rollup import COUNTRY
from lso_tui.report.collect import LIST_ALL, spoken_of
from lso_tui.store.db import Store
from lso_tui.store.read_model import ReadModel
from lso_tui.text import emit

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


def print_extraction(ex: Extraction) -> None:
    """Human-readable listing of what one article says."""
    d = ex.document
    emit(f"Document: {d.title} | {d.date} | {d.outlet} | {d.author}")
    emit(f"Scope: {ex.scope}")
    for b in ex.bases:
        emit(f"Basis: {b.kind} {b.number} ({b.date}) {b.issuer or ''} {b.title or ''}")
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
        emit(f"Target: {_PCT.percent(t.share)} of {t.level} units in {t.scope} by {t.year} (stated by {who})")
    for p in ex.progress:
        emit(f"Progress: {p.done}/{p.total} share {p.share} in {p.scope} as of {p.as_of}")


def print_summary(store: Store) -> None:
    """Where each target stands, then the units and officials, all derived from the records."""
    rm = ReadModel(store)
    docs, units, officials, targets = rm.documents, rm.units, rm.officials, rm.targets
    as_of, tree = rm.as_of, rm.tree
    ro = "" if store.writable else " [read-only]"
    emit(f"lso-tui — {store.path}{ro} — as of {as_of or '?'} — {len(docs)} document(s)")
    for t in targets:
        p = rm.progress(t)
        pace = f", {p.pace_needed:.2f} units/month needed" if p.pace_needed is not None else ""
        emit(
            f"Target {t['scope'] or t.get('scope_level') or '?'}: {p.done}/{p.total} = {_PCT.percent(p.share)} toward "
            f"{p.needed}/{p.total} = {_PCT.percent(p.target_share)} by {p.deadline} — {p.remaining} more needed, "
            f"{p.months_left} months left{pace} — {p.state.replace('_', ' ')}"
        )
    for r in rm.disagreements:
        emit(
            f"Disagreement {r['name']}: {r['article_total']} units in {r['outlet'] or '?'} of "
            f"{r['published'] or '?'} (as of {r['article_date'] or '?'}), {r['register_total']} in the "
            f"register (from {r['register_date'] or '?'}) — {r['in_force']} figure in force"
        )
    top = tree[COUNTRY]
    if len(units) > LIST_ALL:
        emit(
            f"Units: {top.in_store} in the store ({top.total} in the register's regions): {top.done} "
            f"consolidated, {top.not_done} not (or later), {top.no_data} that no source speaks of"
        )
    for u in units:
        if len(units) > LIST_ALL and not spoken_of(u):
            continue
        state = {True: "consolidated", False: "not consolidated", None: "no source"}[u["consolidated"]]
        succ = u.get("successor") or {}
        emit(
            f"  {u['code']} {u['type']} {u['name']}: {state}, since {_since(u['since'])}"
            f" → {succ.get('type', '')} {succ.get('name', '-')}"
        )
    for o in officials:
        emit(
            f"  {o['name']}: {', '.join(o['titles'])} ({o['unit'] or o['scope'] or '-'})"
            f"{' — both posts' if o['concurrent'] else ''}"
        )
