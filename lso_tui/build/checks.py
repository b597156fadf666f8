"""Checks a stated figure or target must pass before it is merged: a share is at most 100%, done is at
most total, and a region cannot hold far more units than the register gives it (a province's count
read as one district's). A fact that fails is not merged; the reason is kept as a build warning."""

from __future__ import annotations

from typing import Any

from lso_tui.model.records import ProgressObservation, Target

# Articles from before the 2023–2025 mergers count more units than today's register: a region may
# have had up to this many times as many, but not more (then the figure counts a wider region).
MERGER_SLACK = 2.0


def figure_problem(p: ProgressObservation, region: dict[str, Any] | None) -> str | None:
    """Why the figure cannot be true of its region, or None."""
    if p.share is not None and not 0 <= p.share <= 1:
        return f"a share of {p.share:.0%} is more than all the units"
    if p.done is not None and p.total is not None and p.done > p.total:
        return f"{p.done} done out of {p.total} is more than the total"
    if p.done is not None and p.total and p.share is not None and abs(p.done / p.total - p.share) > 0.02:
        return f"{p.done}/{p.total} is not {p.share:.1%}"
    if region is None:
        return None
    units = int(region.get("units") or 0)
    biggest = max(p.done or 0, p.total or 0)
    if units and biggest > units * MERGER_SLACK:
        return f"{biggest} units is far more than the {units} the register gives {region['name']}"
    return None


def target_problem(g: Target) -> str | None:
    """Why the target cannot be meant, or None."""
    if not 0 < g.share <= 1:
        return f"a target of {g.share:.0%} is not a share of the units"
    return None
