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
    now = axis.index("2020-02")  # the store's as-of month
    assert column(now) == GOAL + " " * 3 + BAR * 4  # 2 of 4: half
    assert all(len(line) <= 80 for line in lines)
    assert "4 units" in lines[-2] and "2 now" in lines[-2]


def test_the_timeline_stops_at_the_as_of_date_and_marks_it(built_store: Path) -> None:
    """Issue 16, item 10: after the store's as-of month (02/2020) nothing is known: no bar is drawn
    there, only the target line up to the deadline; ┴ on the axis marks the as-of month."""
    ds = Dataset(Store.open(built_store), Catalogue("en"))
    target = ds.targets[0]
    axis, _counts, _undated = cumulative(ds, target)
    lines = timeline(ds, target, width=80, height=8)
    chart = [line[6:] for line in lines[:8]]
    now = axis.index("2020-02")
    for i in range(now + 1, len(axis)):  # 03/2020 … 12/2020: the future of the store
        assert "".join(row[i] for row in chart) == GOAL + " " * 7, axis[i]
    assert lines[8][6:] == "─" * now + "┴" + "─" * (len(axis) - now - 1)
    labels = lines[9][6:]
    assert labels.startswith("06/2018") and labels.endswith("12/2020")
    assert labels.index("02/2020") <= now < labels.index("02/2020") + 7  # the as-of month under its mark
    assert lines[-1] == "┴ as of 26/02/2020: nothing is known after it"
    vi = timeline(Dataset(Store.open(built_store), Catalogue("vi")), target, width=80)
    assert vi[-1] == "┴ tính đến 26/02/2020: sau ngày này chưa có số liệu"


def test_a_compressed_timeline_stops_at_the_column_of_the_as_of_month(built_store: Path) -> None:
    """Several months a column: the column holding 02/2020 counts up to it, later ones are empty."""
    ds = Dataset(Store.open(built_store), Catalogue("en"))
    target = dict(ds.targets[0], deadline="2060-12-31")
    lines = timeline(ds, target, width=60)
    axis_line = lines[8][6:]
    assert axis_line.count("┴") == 1
    now = axis_line.index("┴")
    chart = [line[6:] for line in lines[:8]]
    assert BAR in "".join(row[now] for row in chart)
    assert all(BAR not in row[now + 1 :] for row in chart)


def test_a_long_span_is_compressed_to_fit(built_store: Path) -> None:
    """Decades of months fit the width: several months a column."""
    ds = Dataset(Store.open(built_store), Catalogue("en"))
    target = dict(ds.targets[0], deadline="2060-12-31")
    lines = timeline(ds, target, width=60)
    assert all(len(line) <= 60 for line in lines[:10])  # the chart; the legend below wraps as text
    assert "month(s) a column" in lines[-2] and "1 month(s)" not in lines[-2]


def test_region_bars_mark_the_target(built_store: Path) -> None:
    """A bar per region, filled to its share (round(s × W) cells), with │ on the last cell a share of
    its own target (50%) fills: the 15th of 30, not the 16th."""
    ds = Dataset(Store.open(built_store), Catalogue("en"))
    node = ds.tree[("district", ds.units[0]["district_code"])]
    (line,) = region_bars(ds, [node], width=60)
    bar = line[len(node.name) + 1 :].split(" ")[0]
    assert len(bar) == 30 and bar.count(BAR) == 8 and bar[14] == "│"
    assert line.rstrip().endswith("25%")


def test_a_region_without_a_target_gets_no_target_mark(built_store: Path) -> None:
    """Issue 16, item 10: the province (and the country) set no target of their own: their bars
    carry no │, whatever target the chart's timeline shows; the city's bar marks its own 50%."""
    ds = Dataset(Store.open(built_store), Catalogue("en"))
    city = ds.tree[("district", ds.units[0]["district_code"])]
    province = ds.tree[city.parent]  # type: ignore[index]
    country = ds.tree[province.parent]  # type: ignore[index]
    lines = region_bars(ds, [country, province, city], width=60)
    assert "│" not in lines[0] and "│" not in lines[1], lines
    assert "│" in lines[2]
