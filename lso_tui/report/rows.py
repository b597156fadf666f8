"""The rows of a report: flat dicts with stable fields (the JSON and CSV contract in the README)."""

from __future__ import annotations

from typing import Any

from lso_tui.i18n import rounded_share
from lso_tui.model.people import holders, is_chairman, is_secretary
from lso_tui.model.rollup import Node


def region_row(n: Node, parent: tuple[str, str] | None) -> dict[str, Any]:
    """A region's counts (stable fields: see the README)."""
    return {
        "level": n.level,
        "code": n.code or None,
        "name": n.name or None,
        "parent": (parent[1] or None) if parent else None,
        "units": n.total,
        "in_store": n.in_store,
        "done": n.done,
        "not_done": n.not_done,
        "no_data": n.no_data,
        "share": rounded_share(n.share),
        "register_units": n.register_total,
        "units_from": n.figure.document if n.figure else "register",
        "units_date": n.figure.date if n.figure else None,
        "stated_done": n.latest.done if n.latest else None,
        "stated_total": n.latest.total if n.latest else None,
        "stated_share": n.latest.share if n.latest else None,
        "stated_as_of": n.latest.date if n.latest else None,
        "stated_in": n.latest.document if n.latest else None,
    }


def target_row(g: dict[str, Any], p: Any) -> dict[str, Any]:
    """A target and where it stands."""
    return {
        "id": g["id"],
        "scope_level": g.get("scope_level") or ("district" if g.get("scope_code") else None),
        "scope_code": g.get("scope_code"),
        "scope": g.get("scope"),
        "share": g["share"],
        "deadline": g["deadline"],
        "done": p.done,
        "total": p.total,
        "done_share": rounded_share(p.share),  # as every output shows it (the dashboard, summary)
        "needed": p.needed,
        "remaining": p.remaining,
        "months_left": p.months_left,
        "state": p.state,
        "named_done": p.named_done,
        "done_from": p.done_figure.document if p.done_figure else "units",
        "total_from": p.total_figure.document if p.total_figure else "register",
        "stated_by": g.get("stated_by_name"),
        "source": (g.get("source") or {}).get("quote"),
    }


def unit_row(u: dict[str, Any], officials: list[dict[str, Any]], as_of: str | None) -> dict[str, Any]:
    """A unit as of the date."""
    since = u.get("since") or {}

    def names(test: Any) -> str | None:
        """Who holds the post, if anyone is known to."""
        return "; ".join(o["name"] for o in holders(officials, u["code"], test)) or None

    succ = u.get("successor") or {}
    return {
        "code": u["code"],
        "name": u["name"],
        "type": u["type"],
        "district": u.get("district"),
        "province": u.get("province"),
        "consolidated": u.get("consolidated"),
        "since": since.get("iso"),
        "since_part": since.get("part"),
        "done_as_of": u.get("consolidated") is True and (as_of is None or not since or since["iso"] <= as_of),
        "secretary": names(is_secretary),
        "chairman": names(is_chairman),
        "successor": f"{succ.get('type', '')} {succ.get('name', '')}".strip() or None,
        "documents": len(u.get("documents", [])),
    }


def official_row(o: dict[str, Any]) -> dict[str, Any]:
    """An official."""
    return {
        "id": o["id"],
        "name": o["name"],
        "titles": "; ".join(o["titles"]),
        "unit_code": o.get("unit_code"),
        "unit": o.get("unit") or o.get("scope"),
        "both_posts": bool(o.get("concurrent")),
    }
