"""Text charts any terminal draws (block and box characters, no colour needed): consolidations over
time against a target line, and a bar per region against the target share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lso_tui.model.rollup import Node, target_scope, units_under

if TYPE_CHECKING:
    from lso_tui.views.dataset import Dataset

BAR, GOAL, EMPTY = "█", "─", " "


def months(first: str, last: str) -> list[str]:
    """Every month "YYYY-MM" from *first* to *last* inclusive."""
    y, m = int(first[:4]), int(first[5:7]) if len(first) >= 7 else 1
    end = (int(last[:4]), int(last[5:7]) if len(last) >= 7 else 12)
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def cumulative(ds: Dataset, target: dict[str, Any]) -> tuple[list[str], list[int], int]:
    """(months, units consolidated by the end of each, undated ones left out) for a target's scope."""
    units = [u for u in units_under(ds.units, target_scope(target)) if u.get("consolidated") is True]
    dated = sorted(u["since"]["iso"][:7] for u in units if u.get("since"))
    if not dated:
        return [], [], len(units)
    axis = months(dated[0], max(target["deadline"][:7], ds.as_of[:7] if ds.as_of else dated[-1]))
    counts = [sum(1 for d in dated if d <= m) for m in axis]
    return axis, counts, len(units) - len(dated)


def timeline(ds: Dataset, target: dict[str, Any], width: int, height: int = 8) -> list[str]:
    """Lines of a column chart: one column per month (or per few months), a ─ line at the target."""
    axis, counts, undated = cumulative(ds, target)
    p = ds.progress(target)
    if not axis:
        return [ds.t("chart.no_dates", n=undated)]
    step = max(1, -(-len(axis) // max(10, width - 8)))  # months per column, so the chart fits
    cols = [(axis[i], counts[min(len(counts) - 1, i + step - 1)]) for i in range(0, len(axis), step)]
    top = max(p.needed, max(counts), 1)
    lines = []
    for row in range(height, 0, -1):
        level = top * row / height
        goal_here = top * (row - 1) / height < p.needed <= level
        cells = "".join(BAR if n >= level - 1e-9 else (GOAL if goal_here else EMPTY) for _m, n in cols)
        value = top if row == height else p.needed if goal_here else None
        label = f"{value:>4} │" if value is not None else "     │"
        lines.append(label + cells)
    lines.append("   0 └" + "─" * len(cols))
    first, last = cols[0][0], cols[-1][0]
    lines.append(
        "      " + f"{first[5:7]}/{first[:4]}".ljust(max(0, len(cols) - 7)) + f"{last[5:7]}/{last[:4]}"
    )
    lines.append(ds.t("chart.legend", needed=p.needed, done=p.done, step=step))
    if undated:
        lines.append(ds.t("chart.undated", n=undated))
    return lines


def region_bars(ds: Dataset, nodes: list[Node], share: float | None, width: int) -> list[str]:
    """A bar per region (its share consolidated), with │ where the target share falls."""
    if not nodes:
        return []
    name_w = min(28, max(len(ds.t("region.country")), *(len(n.name) for n in nodes)))
    bar_w = max(10, width - name_w - 12)
    lines = []
    for n in nodes:
        filled = round(n.share * bar_w)
        cells = [BAR] * filled + ["░"] * (bar_w - filled)
        if share is not None:
            cells[min(bar_w - 1, round(share * bar_w))] = "│"
        name = (n.name or ds.t("region.country"))[:name_w].ljust(name_w)
        lines.append(f"{name} {''.join(cells)} {ds.t.percent(round(n.share, 3)):>6}")
    return lines
