"""Roll-up arithmetic: communes → districts → provinces → country, with no-data units and targets."""

from __future__ import annotations

from typing import Any

import pytest

from lso_tui.errors import InputError
from lso_tui.model.progress import progress_for
from lso_tui.model.region_lookup import region_scope
from lso_tui.model.rollup import COUNTRY, build_tree, store_regions, target_scope, units_under

# Two provinces; P1 has districts D1 (4 units in the register) and D2 (3); P2 has D3 (5).
REGIONS: list[dict[str, Any]] = [
    {"code": "P1", "level": "province", "name": "Tỉnh Một", "short": "Một", "parent": None, "units": 7},
    {"code": "P2", "level": "province", "name": "Tỉnh Hai", "short": "Hai", "parent": None, "units": 5},
    {"code": "D1", "level": "district", "name": "Huyện Đông", "short": "Đông", "parent": "P1", "units": 4},
    {"code": "D2", "level": "district", "name": "Huyện Tây", "short": "Tây", "parent": "P1", "units": 3},
    {"code": "D3", "level": "district", "name": "Huyện Đông", "short": "Đông", "parent": "P2", "units": 5},
]


def unit(
    code: str, district: str, province: str, state: bool | None, since: str | None = None
) -> dict[str, Any]:
    """A unit record as the dataset holds it."""
    return {
        "code": code,
        "name": code,
        "district_code": district,
        "province_code": province,
        "consolidated": state,
        "since": {"iso": since} if since else None,
    }


# The store holds all of D1 and D2 but only two units of D3.
UNITS = [
    unit("u1", "D1", "P1", True, "2018-06"),
    unit("u2", "D1", "P1", True, "2019-09"),  # after the as-of date below: not yet done then
    unit("u3", "D1", "P1", False),
    unit("u4", "D1", "P1", None),
    unit("u5", "D2", "P1", True),  # consolidated, date unknown: counts from the start
    unit("u6", "D2", "P1", None),
    unit("u7", "D2", "P1", None),
    unit("u8", "D3", "P2", True, "2019-01"),
    unit("u9", "D3", "P2", None),
]


def test_counts_add_up_from_units_to_the_country() -> None:
    """Done, not done and no data per level; every parent is the sum of its children."""
    tree = build_tree(REGIONS, UNITS, "2019-06")
    d1, d2, d3 = tree[("district", "D1")], tree[("district", "D2")], tree[("district", "D3")]
    assert (d1.total, d1.done, d1.not_done, d1.no_data) == (4, 1, 2, 1)
    assert (d2.total, d2.done, d2.not_done, d2.no_data) == (3, 1, 0, 2)
    # D3: the register counts 5 units, the store holds 2; the other 3 are "no data", not "not done".
    assert (d3.total, d3.in_store, d3.done, d3.no_data) == (5, 2, 1, 4)
    for p, kids in ((("province", "P1"), (d1, d2)), (("province", "P2"), (d3,))):
        node = tree[p]
        assert node.total == sum(k.total for k in kids)
        assert node.done == sum(k.done for k in kids)
        assert node.no_data == sum(k.no_data for k in kids)
    country = tree[COUNTRY]
    assert (country.total, country.in_store, country.done, country.not_done) == (12, 9, 3, 2)
    assert country.share == pytest.approx(3 / 12)
    assert tree[COUNTRY].children == [("province", "P1"), ("province", "P2")]


def test_without_a_date_every_consolidation_counts() -> None:
    """No as-of date: the 2019-09 consolidation counts too."""
    assert build_tree(REGIONS, UNITS, None)[("district", "D1")].done == 2


def test_a_store_without_regions_rolls_up_from_its_units() -> None:
    """An older store (no regions table): regions come from the units, totals are what it holds."""
    units = [dict(u, district=f"Huyện {u['district_code']}", province=u["province_code"]) for u in UNITS]
    regions = store_regions([], units)
    tree = build_tree(regions, units, "2019-06")
    assert tree[("district", "D3")].total == 2
    assert tree[COUNTRY].total == len(UNITS)
    assert tree[("district", "D3")].name == "Huyện D3"


def test_targets_at_several_levels_count_their_own_scope() -> None:
    """A district, a province and a country target, each out of its register total."""
    tree = build_tree(REGIONS, UNITS, "2019-06")
    goals = {
        "district": {"scope_code": "D1", "share": 0.5, "deadline": "2020-12-31"},
        "legacy": {"scope_code": "D1", "share": 0.5, "deadline": "2020-12-31"},  # no level: a district
        "province": {"scope_level": "province", "scope_code": "P2", "share": 0.6, "deadline": "2020-12-31"},
        "country": {"scope_level": "country", "scope_code": None, "share": 0.25, "deadline": "2025-12-31"},
    }
    got = {}
    for name, g in goals.items():
        scope = target_scope(g)
        assert scope is not None
        p = progress_for(g, UNITS, "2019-06", tree[scope].total)
        got[name] = (p.done, p.total, p.needed, p.state)
    # D1: 1 of the 2 needed, 1 a year so far against 1 in 18 months needed.
    assert got["district"] == got["legacy"] == (1, 4, 2, "on_track")
    assert got["province"] == (1, 5, 3, "on_track")  # out of 5 in the register, not the 2 in the store
    assert got["country"] == (3, 12, 3, "reached")
    assert len(units_under(UNITS, COUNTRY)) == len(UNITS)
    assert units_under(UNITS, None) == []


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("country", ("country", None)),
        ("province:Một", ("province", "P1")),
        ("  PROVINCE : mot ", ("province", "P1")),
        ("Tây", ("district", "D2")),
        ("district:Đông, Hai", ("district", "D3")),
        ("D3", ("district", "D3")),
    ],
)
def test_a_typed_scope_finds_its_region(typed: str, want: tuple[str, str | None]) -> None:
    """Names without diacritics, levels, a province to tell two districts apart, or a code."""
    got = region_scope(REGIONS, typed)
    assert (got["scope_level"], got["scope_code"]) == want


@pytest.mark.parametrize(
    ("typed", "message"),
    [("", "must not be empty"), ("Đông", "names 2 regions"), ("province:Ba", "no province or district")],
)
def test_a_bad_scope_says_why(typed: str, message: str) -> None:
    """Empty, ambiguous (two districts called Đông) or unknown."""
    with pytest.raises(InputError, match=message):
        region_scope(REGIONS, typed)


def test_narrowest_region_holding_every_unit() -> None:
    """The report's default scope, and where the roll-up pane opens (never inside a district)."""
    from lso_tui.model.rollup import narrowest

    assert narrowest(build_tree(REGIONS, UNITS, None)) == COUNTRY
    one_province = [u for u in UNITS if u["province_code"] == "P1"]
    assert narrowest(build_tree(REGIONS, one_province, None)) == ("province", "P1")
    one_district = [u for u in UNITS if u["district_code"] == "D1"]
    assert narrowest(build_tree(REGIONS, one_district, None)) == ("district", "D1")
    assert narrowest(build_tree(REGIONS, one_district, None), into_districts=False) == ("province", "P1")


def test_a_stated_total_under_the_units_already_done_is_not_the_regions() -> None:
    """An article's "2/1" read onto P2 (a total of 1, where the store already has one unit done and the
    register five) never makes the region's share pass 100%: the register's count stands."""
    observations = [
        {"id": "o1", "scope_code": "P2", "scope_level": "province", "done": 1, "total": 1, "share": None,
         "as_of": "2019-05", "document": "d1"},
    ]  # fmt: skip
    units = [*UNITS, unit("u10", "D3", "P2", True, "2019-02")]
    tree = build_tree(REGIONS, units, "2019-06", observations, {"d1": {"id": "d1", "date": "2019-05-01"}})
    p2 = tree[("province", "P2")]
    assert p2.done == 2 and p2.total == 5
