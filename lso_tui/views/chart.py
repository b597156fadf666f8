"""Text charts any terminal draws (block and box characters, no colour needed): consolidations over
time against a target line, and a bar per region against the target share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lso_tui.model.rollup import Node, target_scope, units_under
from lso_tui.views.regions import targets_of
from lso_tui.views.rows import bar

if TYPE_CHECKING:
    from lso_tui.views.dataset import Dataset

BAR, GOAL, EMPTY, NOW = "█", "─", " ", "┴"


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
    """Lines of a column chart: one column per month (or per few months), a ─ line at the target.

    Nothing is known after the store's as-of date: columns after its month have no bar (the target
    line runs on to the deadline), and ┴ on the axis marks the column that holds it.
    """
    axis, counts, undated = cumulative(ds, target)
    p = ds.progress(target)
    if not axis:
        return [ds.t("chart.no_dates", n=undated)]
    step = max(1, -(-len(axis) // max(10, width - 8)))  # months per column, so the chart fits
    now = ds.as_of[:7] if ds.as_of else axis[-1]
    cols: list[tuple[str, int | None]] = []  # (first month, units by its end or by now; None: after now)
    for i in range(0, len(axis), step):
        known = [j for j in range(i, min(i + step, len(axis))) if axis[j] <= now]
        cols.append((axis[i], counts[known[-1]] if known else None))
    now_col = max((i for i, (_m, n) in enumerate(cols) if n is not None), default=0)
    top = max(p.needed, max(counts), 1)
    lines = []
    for row in range(height, 0, -1):
        level = top * row / height
        goal_here = top * (row - 1) / height < p.needed <= level
        cells = "".join(
            BAR if n is not None and n >= level - 1e-9 else (GOAL if goal_here else EMPTY) for _m, n in cols
        )
        value = top if row == height else p.needed if goal_here else None
        label = f"{value:>4} │" if value is not None else "     │"
        lines.append(label + cells)
    lines.append("   0 └" + "─" * now_col + NOW + "─" * (len(cols) - now_col - 1))
    lines.append("      " + _month_labels(cols, now_col))
    lines.append(ds.t("chart.legend", needed=p.needed, done=p.done, step=step))
    if undated:
        lines.append(ds.t("chart.undated", n=undated))
    if ds.as_of:
        lines.append(ds.t("chart.now", date=ds.t.month(ds.as_of)))
    return lines


def _month_labels(cols: list[tuple[str, int | None]], now_col: int) -> str:
    """ "06/2018 … 02/2020 … 12/2020": the first and last months, and the as-of one under its ┴
    (centred, else ending or starting there) when it fits between them."""
    first, last = _mm_yyyy(cols[0][0]), _mm_yyyy(cols[-1][0])
    row = list(first.ljust(max(0, len(cols) - len(last))) + last)
    for start in (now_col - 3, now_col - 6, now_col):
        if len(first) + 1 <= start and start + 7 + 1 <= len(cols) - len(last):
            row[start : start + 7] = _mm_yyyy(cols[now_col][0])
            break
    return "".join(row)


def _mm_yyyy(month: str) -> str:
    """ "2020-02" → "02/2020"."""
    return f"{month[5:7]}/{month[:4]}"


def region_bars(ds: Dataset, nodes: list[Node], width: int) -> list[str]:
    """A bar per region (its share consolidated), with │ where the region's own target share falls;
    a region that set no target has no mark (another region's target says nothing of it)."""
    if not nodes:
        return []
    name_w = min(28, max(len(ds.t("region.country")), *(len(n.name) for n in nodes)))
    bar_w = max(10, width - name_w - 12)
    lines = []
    for n in nodes:
        goals = targets_of(ds, n.key)  # the soonest, as the roll-up shows
        cells = bar(n.share, bar_w, float(goals[0]["share"]) if goals else None)
        name = (n.name or ds.t("region.country"))[:name_w].ljust(name_w)
        lines.append(f"{name} {cells} {ds.t.percent(n.share):>6}")
    return lines
