"""Roll-up: consolidation counted from communes up to districts, provinces and the country.

Denominators come from the register (the regions table: how many commune-level units each district
and province has), numerators from the unit records. A unit no source speaks of counts in the
total but in neither "done" nor "not done": it is "no data", never silently "not done".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lso_tui.model.figures import Figure, in_force, on_or_before, register_figure, stated_figures

COUNTRY = ("country", "")
LEVEL_FIELD = {"province": "province_code", "district": "district_code"}


@dataclass
class Node:
    """One region of the hierarchy and its counts as of a date."""

    level: str  # "country" | "province" | "district"
    code: str  # "" for the country
    name: str
    parent: tuple[str, str] | None
    total: int  # commune-level units the register lists (units in the store when it lists none)
    in_store: int = 0
    done: int = 0
    not_done: int = 0
    children: list[tuple[str, str]] = field(default_factory=list)
    # The register's count and its date, whatever figure is in force (set by build_tree).
    register: Figure = field(default_factory=lambda: Figure(None, None, None, None, "register"))
    figure: Figure | None = None  # the count in force at the date, when an article gave it
    stated: list[Figure] = field(default_factory=list)  # every count articles gave, oldest first
    latest: Figure | None = None  # the newest of them stated by the date

    @property
    def register_total(self) -> int:
        """The register's count of the region's units."""
        return self.register.total or 0

    @property
    def key(self) -> tuple[str, str]:
        """(level, code): how nodes and targets name a region."""
        return self.level, self.code

    @property
    def no_data(self) -> int:
        """Units whose consolidation no source (and no user) has stated."""
        return max(0, self.total - self.done - self.not_done)

    @property
    def share(self) -> float:
        """Done as a share of the total (0 when the region has no units)."""
        return self.done / self.total if self.total else 0.0


def is_done(unit: dict[str, Any], as_of: str | None) -> bool:
    """Whether *unit* had consolidated by *as_of* (an undated consolidation counts from the start)."""
    if unit.get("consolidated") is not True:
        return False
    since = unit.get("since")
    return as_of is None or since is None or since["iso"] <= as_of


def build_tree(
    regions: list[dict[str, Any]],
    units: list[dict[str, Any]],
    as_of: str | None,
    observations: list[dict[str, Any]] | None = None,
    documents: dict[str, dict[str, Any]] | None = None,
) -> dict[tuple[str, str], Node]:
    """Every node, keyed by (level, code), with counts summed from the units upward.

    A region's total is the register's count unless an article's count is the one in force at
    *as_of* (see figures.py); the register's, with its date, stays in ``register``.
    """
    nodes: dict[tuple[str, str], Node] = {COUNTRY: Node("country", "", "", None, 0)}
    for r in regions:
        parent = COUNTRY if r["level"] == "province" else ("province", r.get("parent") or "")
        nodes[(r["level"], r["code"])] = Node(r["level"], r["code"], r["name"], parent, int(r["units"]))
    for u in units:  # regions of an older store (no regions table) come from its units
        p = ("province", u.get("province_code") or "")
        d = ("district", u.get("district_code") or "")
        if p not in nodes:
            nodes[p] = Node("province", p[1], u.get("province") or "", COUNTRY, 0)
        if d not in nodes:
            nodes[d] = Node("district", d[1], u.get("district") or "", p, 0)
        for key in (d, p, COUNTRY):
            n = nodes[key]
            n.in_store += 1
            if is_done(u, as_of):
                n.done += 1
            elif u.get("consolidated") is not None:  # stated not done, or done only after as_of
                n.not_done += 1
    for key, n in nodes.items():
        if n.parent is not None and n.parent in nodes:
            nodes[n.parent].children.append(key)
    for n in sorted(nodes.values(), key=lambda n: n.level != "district"):  # districts first
        if n.level == "province":
            n.total = max(n.total, sum(nodes[c].total for c in n.children))
        n.total = max(n.total, n.in_store)  # never fewer units than the store holds
    nodes[COUNTRY].total = sum(nodes[c].total for c in nodes[COUNTRY].children)
    _apply_figures(nodes, regions, observations or [], documents or {}, as_of)
    for n in nodes.values():
        n.children.sort(key=lambda k: nodes[k].code)
    return nodes


def _apply_figures(
    nodes: dict[tuple[str, str], Node],
    regions: list[dict[str, Any]],
    observations: list[dict[str, Any]],
    documents: dict[str, dict[str, Any]],
    as_of: str | None,
) -> None:
    """Keep the register's count, and put the count in force at *as_of* in each node's total."""
    rows = {(r["level"], r["code"]): r for r in regions}
    for key, n in nodes.items():
        n.register = register_figure(rows.get(key), n.total)
    for key, stated in stated_figures(observations, documents).items():
        if key not in nodes:
            continue
        n = nodes[key]
        n.stated = stated
        n.latest = next((f for f in reversed(stated) if on_or_before(f.date, as_of)), None)
        chosen = in_force(n.register, stated, as_of)
        # (a stated total under the units the store already counts done there is not this region's: an
        # article's figure read onto a region named like another, "7/14" of a district for its namesake
        # province; the share would pass 100%)
        if chosen is not None and chosen.origin == "article" and chosen.total and chosen.total >= n.done:
            n.figure, n.total = chosen, chosen.total


def target_scope(target: dict[str, Any]) -> tuple[str, str] | None:
    """The (level, code) a target counts; a target with only a district code is a district's."""
    level = target.get("scope_level")
    code = target.get("scope_code")
    if level == "country":
        return COUNTRY
    if code:
        return (level or "district", str(code))
    return None


def covers(scope: tuple[str, str] | None, unit: dict[str, Any]) -> bool:
    """Whether a scope includes *unit*."""
    if scope is None:
        return False
    key = LEVEL_FIELD.get(scope[0])
    return scope == COUNTRY or (key is not None and unit.get(key) == scope[1])


def units_under(units: list[dict[str, Any]], scope: tuple[str, str] | None) -> list[dict[str, Any]]:
    """The unit records a scope covers."""
    return [u for u in units if covers(scope, u)] if scope is not None else []


def store_regions(regions: list[dict[str, Any]], units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The store's regions table, or (a store built before it existed) regions read off its units."""
    if regions:
        return regions
    out: dict[str, dict[str, Any]] = {}
    for u in units:
        p, d = u.get("province_code") or "", u.get("district_code") or ""
        out.setdefault(
            p, {"code": p, "level": "province", "name": u.get("province") or p, "parent": None, "units": 0}
        )
        out.setdefault(
            d, {"code": d, "level": "district", "name": u.get("district") or d, "parent": p, "units": 0}
        )
        out[p]["units"] += 1
        out[d]["units"] += 1
    return list(out.values())


def narrowest(tree: dict[tuple[str, str], Node], into_districts: bool = True) -> tuple[str, str]:
    """Down from the country while there is only one region with units in the store to choose
    (stopping above a district unless *into_districts*): the smallest region holding them all."""
    key = COUNTRY
    while len(kids := [c for c in tree[key].children if tree[c].in_store]) == 1:
        if kids[0][0] == "district" and not into_districts:
            break
        key = kids[0]
    return key
