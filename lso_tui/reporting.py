"""`lso-tui report`: progress per region, targets, units and officials of a scope, as of a date.

Plain data (lists of flat dicts with documented, stable fields); report_out.py renders it. As of a
past date, a unit counts only if its consolidation is dated by then, or, undated, if a source that
says so was published by then: the report answers "where did we stand then?" from dated records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lso_tui.disagreements import disagreement_rows
from lso_tui.edits import parse_since
from lso_tui.errors import InputError
from lso_tui.overlay import apply_edits
from lso_tui.progress import as_of_date, progress_in
from lso_tui.report_rows import official_row, region_row, target_row, unit_row
from lso_tui.rollup import COUNTRY, Node, build_tree, covers, narrowest, store_regions, target_scope
from lso_tui.scopes import region_scope
from lso_tui.store import Store
from lso_tui.text import fold_key


@dataclass
class Report:
    """Everything one report shows."""

    store: str
    as_of: str | None
    scope: dict[str, Any]
    regions: list[dict[str, Any]] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    officials: list[dict[str, Any]] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)


LIST_ALL = 60  # past this many units, human-readable output lists only those spoken of


def spoken_of(unit: dict[str, Any]) -> bool:
    """Whether some source (or user) says anything of a unit's consolidation or cites it."""
    return unit["consolidated"] is not None or bool(unit["documents"])


def overlaid(store: Store) -> tuple[list[dict[str, Any]], ...]:
    """(documents, units, officials, targets) of a store, with every edit laid over them."""
    docs, units = store.rows("documents"), store.rows("units")
    officials, targets = store.rows("officials"), store.rows("targets")
    apply_edits({"units": units, "officials": officials, "targets": targets}, store.edits())
    return docs, units, officials, targets


def store_tree(
    store: Store, docs: list[dict[str, Any]], units: list[dict[str, Any]], as_of: str | None
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]], dict[tuple[str, str], Node]]:
    """(regions, documents by id, roll-up tree) of a store as of a date, the articles' counts laid on."""
    regions, by_id = store_regions(store.rows("regions"), units), {d["id"]: d for d in docs}
    return regions, by_id, build_tree(regions, units, as_of, store.rows("observations"), by_id)


def build_report(store: Store, scope_text: str | None, as_of_text: str | None) -> Report:
    """Assemble the report of *scope_text* (default: the store's own scope) as of *as_of_text*."""
    docs, units, officials, targets = overlaid(store)
    as_of: str | None = as_of_date(docs, units)
    if as_of_text:
        try:
            as_of = str(parse_since(as_of_text, None)["iso"])
        except InputError as exc:
            raise InputError(str(exc).replace("since:", "as-of:", 1)) from None
        _date_undated(units, {d["id"]: d.get("date") for d in docs}, as_of)
    regions, by_id, tree = store_tree(store, docs, units, as_of)
    key = _scope_key(tree, regions, scope_text)
    node = tree[key]
    rep = Report(str(store.path), as_of, region_row(node, None))
    rep.regions = [
        region_row(tree[k], tree[k].parent) for k in [key, *node.children] if tree[k].in_store or k == key
    ]
    for g in sorted(targets, key=lambda g: (g["deadline"], g["id"])):
        scope = target_scope(g)
        if scope is not None and (scope == key or _inside(tree, scope, key)):
            rep.targets.append(target_row(g, progress_in(g, units, as_of, tree)))
    rep.disagreements = [
        r
        for r in disagreement_rows(tree, by_id)
        if (r["level"], r["code"]) == key or _inside(tree, (r["level"], r["code"]), key)
    ]
    scoped = [u for u in units if key == COUNTRY or covers(key, u)]
    codes = {u["code"] for u in scoped}
    rep.units = [unit_row(u, officials, as_of) for u in scoped]
    here = fold_key(node.name or "")
    rep.officials = [
        official_row(o)
        for o in officials
        if key == COUNTRY
        or o.get("unit_code") in codes
        or (not o.get("unit_code") and fold_key(o.get("scope") or "") == here)
    ]
    return rep


def _date_undated(units: list[dict[str, Any]], doc_dates: dict[str, str | None], as_of: str) -> None:
    """An undated consolidation is known from its sources' dates: none by *as_of* → not yet known."""
    for u in units:
        if (
            u.get("consolidated") is True
            and not u.get("since")
            and not u.get("edited", {}).get("consolidated")
        ):
            dates = sorted(d for d in (doc_dates.get(x) for x in u.get("documents", [])) if d)
            if dates and dates[0] > as_of:
                u["consolidated"] = None


def _scope_key(
    tree: dict[tuple[str, str], Node], regions: list[dict[str, Any]], text: str | None
) -> tuple[str, str]:
    """The region a user asked for, or the narrowest region that holds every unit of the store."""
    if text:
        s = region_scope(regions, text)
        key = (s["scope_level"], s["scope_code"] or "")
        if key not in tree:
            raise InputError(f"scope: {text!r} is not in this store")
        return key
    return narrowest(tree)


def _inside(tree: dict[tuple[str, str], Node], inner: tuple[str, str], outer: tuple[str, str]) -> bool:
    """Whether region *inner* lies within *outer*."""
    node = tree.get(inner)
    while node is not None and node.parent is not None:
        if node.parent == outer:
            return True
        node = tree.get(node.parent)
    return False
