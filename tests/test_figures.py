"""Which count of a region's units is in force at a date: the register's or an article's."""

from __future__ import annotations

from lso_tui.model.figures import Figure, in_force, latest_done, on_or_before, stated_figures

REGISTER = Figure(22, None, None, "2025-01-01", "register")
EARLY = Figure(23, 4, 0.174, "2019-09", "article", "d1", "d1-p1")
LATER = Figure(22, 9, None, "2021-03", "article", "d2", "d2-p1")
SHARE_ONLY = Figure(None, None, 0.3, "2020-06", "article", "d3", "d3-p1")


def test_a_month_counts_from_its_first_day() -> None:
    """09/2019 is stated by 2019-09-30 and by 2019-09; not by 2019-08-31; nothing undated is."""
    assert on_or_before("2019-09", "2019-09-30") and on_or_before("2019-09", "2019-09")
    assert not on_or_before("2019-09", "2019-08-31") and not on_or_before(None, "2020")
    assert on_or_before("2019-09", None)


def test_the_latest_count_dated_by_then_is_in_force() -> None:
    """2019-12: the article's 23; 2021-06: the later article's 22; 2025-02: the register's."""
    stated = [EARLY, SHARE_ONLY, LATER]
    assert in_force(REGISTER, stated, "2019-12") == EARLY
    assert in_force(REGISTER, stated, "2021-06") == LATER
    assert in_force(REGISTER, stated, "2025-02-01") == REGISTER
    assert in_force(REGISTER, stated, None) == REGISTER  # no date asked: the newest of all


def test_before_any_count_the_register_stands_in() -> None:
    """Nothing dated by 2018: the register (the only count there is), else the earliest article."""
    assert in_force(REGISTER, [EARLY], "2018-01") == REGISTER
    assert in_force(None, [LATER, EARLY], "2018-01") == LATER
    undated = Figure(22, None, None, None, "register")  # a store built before the register's date
    assert in_force(undated, [EARLY], "2019-12") == EARLY and in_force(undated, [EARLY], "2019-01") == undated


def test_a_share_without_a_total_is_never_a_total_but_done_counts() -> None:
    """ "đạt 30%" gives no count of units; "48 đơn vị" gives done without a total."""
    assert in_force(REGISTER, [SHARE_ONLY], "2020-12") == REGISTER
    with_done = Figure(None, 48, 0.249, "2020-10", "article", "d4", "d4-p1")
    assert latest_done([EARLY, with_done], "2020-12") == with_done
    assert latest_done([EARLY, with_done], "2020-01") == EARLY and latest_done([EARLY], "2019-01") is None


def test_stated_figures_group_by_region_oldest_first() -> None:
    """By (level, code); a store written before levels were kept counts a bare code as a district;
    a figure no region was found for is left out; an undated figure takes its article's date."""
    docs = {"d1": {"date": "2019-09-09"}, "d2": {"date": "2021-03-02"}}
    observations = [
        {"id": "d2-p1", "document": "d2", "scope_code": "183", "scope_level": "district", "total": 22,
         "done": 9, "share": None, "as_of": None},
        {"id": "d1-p1", "document": "d1", "scope_code": "183", "total": 23, "done": 4, "share": 0.174,
         "as_of": "2019-09"},
        {"id": "d1-p2", "document": "d1", "scope_code": None, "scope_level": None, "total": 5, "done": 1},
    ]  # fmt: skip
    got = stated_figures(observations, docs)
    assert list(got) == [("district", "183")]
    assert [(f.observation, f.date) for f in got[("district", "183")]] == [
        ("d1-p1", "2019-09"),
        ("d2-p1", "2021-03-02"),
    ]
