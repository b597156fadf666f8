"""`lso-tui report`: progress per region, targets, units and officials of a scope, as of a date.

Plain data (lists of flat dicts with documented, stable fields); report_out.py renders it. As of a
past date, a unit counts only if its consolidation is dated by then, or, undated, if a source that
says so was published by then: the report answers "where did we stand then?" from dated records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lso_tui.edits.parse import parse_since
from lso_tui.errors import refusal
from lso_tui.model.region_lookup import region_scope
from lso_tui.model.rollup import COUNTRY, Node, covers, narrowest, target_scope
from lso_tui.report.rows import official_row, region_row, target_row, unit_row
from lso_tui.store.db import Store
from lso_tui.store.read_model import ReadModel
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


def read_as_of(store: Store, as_of_text: str | None) -> ReadModel:
    """The store's read model as of a date typed by a user (YYYY, YYYY-MM or YYYY-MM-DD), or as of
    its newest source."""
    if not as_of_text:
        return ReadModel(store)
    as_of = str(parse_since(as_of_text, None, "field.as_of")["iso"])
    return ReadModel(store, as_of)


def build_report(store: Store, scope_text: str | None, as_of_text: str | None) -> Report:
    """Assemble the report of *scope_text* (default: the store's own scope) as of *as_of_text*."""
    rm = read_as_of(store, as_of_text)
    units, officials, tree = rm.units, rm.officials, rm.tree
    key = _scope_key(tree, rm.regions, scope_text)
    node = tree[key]
    rep = Report(str(store.path), rm.as_of, region_row(node, None))
    rep.regions = [
        region_row(tree[k], tree[k].parent) for k in [key, *node.children] if tree[k].in_store or k == key
    ]
    for g in sorted(rm.targets, key=lambda g: (g["deadline"], g["id"])):
        scope = target_scope(g)
        if scope is not None and (scope == key or _inside(tree, scope, key)):
            rep.targets.append(target_row(g, rm.progress(g)))
    rep.disagreements = [
        r
        for r in rm.disagreements
        if (r["level"], r["code"]) == key or _inside(tree, (r["level"], r["code"]), key)
    ]
    scoped = [u for u in units if key == COUNTRY or covers(key, u)]
    codes = {u["code"] for u in scoped}
    rep.units = [unit_row(u, officials, rm.as_of) for u in scoped]
    # The report of the whole store (no --scope) lists every official, as `summary` and the dashboard
    # do; a scope, those of its units and of the regions in it (an official named with no unit or
    # region known is of no scope).
    if scope_text:
        named = {fold_key(r["name"]): (r["level"], r["code"]) for r in rm.regions}
        rep.officials = [
            official_row(o)
            for o in officials
            if key == COUNTRY or o.get("unit_code") in codes or _official_in(tree, named, o, key)
        ]
    else:
        rep.officials = [official_row(o) for o in officials]
    return rep


def _scope_key(
    tree: dict[tuple[str, str], Node], regions: list[dict[str, Any]], text: str | None
) -> tuple[str, str]:
    """The region a user asked for, or the narrowest region that holds every unit of the store."""
    if text:
        s = region_scope(regions, text)
        key = (s["scope_level"], s["scope_code"] or "")
        if key not in tree:
            raise refusal("err.scope.not_here", value=text)
        return key
    return narrowest(tree)


def _official_in(
    tree: dict[tuple[str, str], Node],
    named: dict[str, tuple[str, str]],
    o: dict[str, Any],
    key: tuple[str, str],
) -> bool:
    """Whether an official of no unit speaks for region *key* or a region inside it ("Huyện Cao Lộc")."""
    if o.get("unit_code"):
        return False
    region = named.get(fold_key(o.get("scope") or ""))
    return region is not None and (region == key or _inside(tree, region, key))


def _inside(tree: dict[tuple[str, str], Node], inner: tuple[str, str], outer: tuple[str, str]) -> bool:
    """Whether region *inner* lies within *outer*."""
    node = tree.get(inner)
    while node is not None and node.parent is not None:
        if node.parent == outer:
            return True
        node = tree.get(node.parent)
    return False
