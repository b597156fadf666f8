"""Text charts: months, cumulative counts, the target line, bars with the target marker."""

from __future__ import annotations

from pathlib import Path

from lso_tui.i18n import Catalogue
from lso_tui.store.db import Store
from lso_tui.views.chart import BAR, GOAL, cumulative, months, region_bars, timeline
from lso_tui.views.dataset import Dataset


def test_months_run_across_years() -> None:
    """Every month, inclusive, across a year's end."""
    assert months("2018-11", "2019-02") == ["2018-11", "2018-12", "2019-01", "2019-02"]
    assert months("2020", "2020")[-1] == "2020-12"


def test_timeline_of_the_shipped_target(built_store: Path) -> None:
    """Chi Lăng in 06/2018, Quảng Lạc in 07/2018, the target (4 units) drawn as a line at the top."""
    ds = Dataset(Store.open(built_store), Catalogue("en"))
    target = ds.targets[0]
    axis, counts, undated = cumulative(ds, target)
    assert axis[0] == "2018-06" and axis[-1] == "2020-12" and undated == 0
    assert counts[:3] == [1, 2, 2] and counts[-1] == 2
    lines = timeline(ds, target, width=80, height=8)
    chart = [line[6:] for line in lines[:8]]  # after the axis labels
    assert chart[0] == GOAL * len(axis) and lines[0].startswith("   4 ")  # the target: 4 units
    column = lambda i: "".join(row[i] for row in chart)  # noqa: E731  top to bottom
    assert column(0) == GOAL + " " * 5 + BAR * 2  # 1 of 4 units: a quarter of the height
    assert column(len(axis) - 1) == GOAL + " " * 3 + BAR * 4  # 2 of 4: half
    assert all(len(line) <= 80 for line in lines)
    assert "4 units" in lines[-1] and "2 now" in lines[-1]


def test_a_long_span_is_compressed_to_fit(built_store: Path) -> None:
    """Decades of months fit the width: several months a column."""
    ds = Dataset(Store.open(built_store), Catalogue("en"))
    target = dict(ds.targets[0], deadline="2060-12-31")
    lines = timeline(ds, target, width=60)
    assert all(len(line) <= 60 for line in lines[:10])  # the chart; the legend below wraps as text
    assert "month(s) a column" in lines[-1] and "1 month(s)" not in lines[-1]


def test_region_bars_mark_the_target(built_store: Path) -> None:
    """A bar per region, filled to its share, with │ at the target share."""
    ds = Dataset(Store.open(built_store), Catalogue("en"))
    node = ds.tree[("district", ds.units[0]["district_code"])]
    (line,) = region_bars(ds, [node], 0.5, width=60)
    bar = line[len(node.name) + 1 :].split(" ")[0]
    assert bar.count(BAR) == round(len(bar) * 0.25) and bar[round(0.5 * len(bar))] == "│"
    assert line.rstrip().endswith("25%")
