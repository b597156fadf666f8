"""No derived figure is impossible: done never exceeds total, the share never exceeds 100%."""

from __future__ import annotations

from lso_tui.model.figures import Figure
from lso_tui.model.progress import progress_for
from lso_tui.model.rollup import Node

TARGET = {"share": 0.5, "deadline": "2025-12-31", "scope_level": "district", "scope_code": "D1"}


def unit(code: str, done: bool) -> dict[str, object]:
    """A unit of district D1, consolidated or not."""
    return {"code": code, "district_code": "D1", "province_code": "P1", "consolidated": done, "since": None}


def test_an_older_article_count_above_today_s_total_is_not_done() -> None:
    """An article of 2019 said 20 of 23 were done; the register (after mergers) lists 15 units: the
    article's 20 is not counted against 15."""
    node = Node("district", "D1", "Huyện A", ("province", "P1"), 15)
    node.stated = [Figure(23, 20, None, "2019-06", "article")]
    units = [unit(str(i), i < 4) for i in range(15)]
    p = progress_for(TARGET, units, "2025-06", 15, node)
    assert (p.done, p.total) == (4, 15)


def test_records_above_an_article_total_widen_it() -> None:
    """The records name 12 consolidated units where the article in force counted 10 in all."""
    node = Node("district", "D1", "Huyện A", ("province", "P1"), 10)
    node.figure = Figure(10, None, None, "2019-06", "article")
    units = [unit(str(i), i < 12) for i in range(15)]
    p = progress_for(TARGET, units, "2019-12", 10, node)
    assert p.done <= p.total and p.done == 12
