"""Progress is derived from unit records: counts, the units still needed, time left and pace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lso_tui.model.progress import progress_for
from lso_tui.store.db import Store


def test_shipped_store_progress(built_store: Path) -> None:
    """2 of 8 done = 25%; 50% needs 4, so 2 more in the 10 months left → 0.2 a month; behind."""
    store = Store.open(built_store)
    (target,) = store.rows("targets")
    as_of = max(d["date"] for d in store.rows("documents"))
    p = progress_for(target, store.rows("units"), as_of)
    assert (p.done, p.total, p.needed, p.remaining) == (2, 8, 4, 2)
    assert p.share == 0.25 and p.target_share == 0.5
    assert p.months_left == 10 and p.pace_needed == 0.2
    assert p.state == "behind"


def _unit(
    code: str, since: str | None, consolidated: bool | None = True, district: str = "D"
) -> dict[str, Any]:
    """A unit row as the store holds it."""
    return {
        "code": code,
        "district_code": district,
        "consolidated": consolidated,
        "since": {"iso": since, "precision": "month", "part": None} if since else None,
    }


TARGET = {"share": 0.5, "deadline": "2020-12-31", "scope_code": "D"}


def test_needed_rounds_up_and_other_districts_do_not_count() -> None:
    """Half of 7 units is 4 (a unit cannot be half consolidated); units elsewhere are ignored."""
    units = [_unit(f"{i}", None, None) for i in range(7)] + [_unit("x", "2019-01", district="E")]
    p = progress_for(TARGET, units, "2020-01-15")
    assert (p.done, p.total, p.needed) == (0, 7, 4)


def test_as_of_counts_only_units_consolidated_by_then() -> None:
    """Where did we stand in mid-2018? Only units whose date is not later."""
    units = [_unit("a", "2018-06"), _unit("b", "2019-07"), _unit("c", None, None), _unit("d", None, None)]
    assert progress_for(TARGET, units, "2018-12").done == 1
    assert progress_for(TARGET, units, "2020-01").done == 2


def test_states_reached_overdue_on_track() -> None:
    """Reached when enough; overdue after the deadline; on track when the pace so far suffices."""
    four = [_unit("a", "2019-01"), _unit("b", "2019-02"), _unit("c", None, None), _unit("d", None, None)]
    assert progress_for(TARGET, four, "2020-01").state == "reached"
    one = [_unit("a", "2019-01")] + [_unit(c, None, None) for c in "bcd"]
    assert progress_for(TARGET, one, "2021-03").state == "overdue"
    # 1 unit in 12 months so far (0.083/month); 1 more in 11 months needs 0.091/month → behind.
    assert progress_for(TARGET, one, "2020-01").state == "behind"
    # 2 units in 11 months (0.18/month); 1 more of 6 in 12 months needs 0.083/month → on track.
    six = [_unit("a", "2019-01"), _unit("b", "2019-02")] + [_unit(c, None, None) for c in "cdef"]
    assert progress_for(TARGET, six, "2019-12").state == "on_track"


def test_empty_scope_is_not_a_division_by_zero() -> None:
    """A target whose scope has no units yet reports 0 of 0 and claims nothing about its state."""
    p = progress_for(TARGET, [], "2020-01")
    assert (p.done, p.total, p.needed, p.share) == (0, 0, 0, 0.0)
    assert p.state == "no_units"
