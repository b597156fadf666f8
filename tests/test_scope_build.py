"""`lso-tui build --scope`: every unit of a province or of the country from the register, safely."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lso_tui.build.register import Register
from lso_tui.store.db import Store, table_rows
from tests.conftest import run_cli


def _units(path: Path) -> list[dict[str, Any]]:
    """The units as every reader sees them."""
    return table_rows(json.loads(path.read_text(encoding="utf-8")), "units")


@pytest.fixture(scope="module")
def register() -> Register:
    """The national register (the same package the build reads)."""
    return Register()


def test_country_store_holds_every_commune_of_the_register(country_store: Path, register: Register) -> None:
    """Every commune-level unit, each once, with its district and province; the article facts kept."""
    units = _units(country_store)
    communes = register.communes_in(None)
    assert len(units) == len(communes) > 9000
    assert len({u["code"] for u in units}) == len(units)
    assert {u["district_code"] for u in units} == {c.district.code for c in communes}
    assert len({u["province_code"] for u in units}) == len({c.district.province_code for c in communes})
    assert all(u["district"] and u["province"] and u["type"] in ("xã", "phường", "thị trấn") for u in units)
    done = [u for u in units if u["consolidated"]]
    assert len(done) == 2 and all(u["documents"] and u["since"] for u in done)
    store = Store.open(country_store)
    regions = store.rows("regions")
    assert sum(r["units"] for r in regions if r["level"] == "province") == len(units)
    assert store.meta()["scope"] == "country"


def test_province_scope_and_a_sticky_rebuild(tmp_path: Path, register: Register) -> None:
    """A province's units only; a rebuild without --scope keeps the scope (and changes nothing)."""
    path = tmp_path / "p.json"
    built = run_cli("build", "--scope", "province:lang son", "--db", str(path))
    assert built.returncode == 0, built.stderr
    ((code, _name),) = register.find_provinces("Lạng Sơn")
    units = _units(path)
    assert len(units) == len(register.communes_in(code))
    assert {u["province_code"] for u in units} == {code}
    again = run_cli("build", "--db", str(path))
    assert again.returncode == 0 and again.stdout.startswith("unchanged"), again.stdout + again.stderr


@pytest.mark.parametrize(
    ("scope", "message"),
    [
        ("planet:Mars", "is not one of"),
        ("province:Atlantis", "no province of the register"),
        ("district:Châu Thành", "add the province"),  # a district name many provinces share
        ("province:", "is not one of"),
    ],
)
def test_a_bad_scope_is_one_line_and_writes_nothing(tmp_path: Path, scope: str, message: str) -> None:
    """Exit 2 with one line naming the problem; no store appears."""
    path = tmp_path / "s.json"
    result = run_cli("build", "--scope", scope, "--db", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert not path.exists()


def test_a_narrower_rebuild_never_drops_edited_units(tmp_path: Path) -> None:
    """Units a user edited may not fall out of the store: the build is refused, the file unchanged."""
    path = tmp_path / "p.json"
    assert run_cli("build", "--scope", "province:Lạng Sơn", "--db", str(path)).returncode == 0
    outside = next(u for u in _units(path) if u["district"] != "Thành phố Lạng Sơn")
    edit = run_cli("--db", str(path), "edit", "unit", outside["code"], "--consolidated", "yes")
    assert edit.returncode == 0, edit.stderr
    before = path.read_bytes()
    narrow = run_cli("build", "--scope", "district:Thành phố Lạng Sơn", "--db", str(path))
    assert narrow.returncode == 2 and "would fall outside this build" in narrow.stderr
    assert path.read_bytes() == before


def test_targets_at_province_and_country_level(tmp_path: Path) -> None:
    """`edit add-target --scope` at any level; its progress counts the register's units there."""
    path = tmp_path / "p.json"
    assert run_cli("build", "--scope", "province:Lạng Sơn", "--db", str(path)).returncode == 0
    for scope in ("province:Lạng Sơn", "country"):
        added = run_cli(
            "--db", str(path), "edit", "add-target", "--scope", scope, "--share", "30%", "--year", "2025"
        )
        assert added.returncode == 0, added.stderr
    from lso_tui.i18n import Catalogue
    from lso_tui.views.dataset import Dataset

    ds = Dataset(Store.open(path), Catalogue("vi"))
    by_level = {g.get("scope_level"): ds.progress(g) for g in ds.targets}
    province, country = by_level["province"], by_level["country"]
    assert province.total == len(ds.units) and province.done == 2
    assert country.total > 9000 and country.done == 2  # the register's count, not the store's units
    summary = run_cli("--db", str(path), "summary").stdout
    assert f"Target Tỉnh Lạng Sơn: 2/{len(ds.units)} = " in summary
    assert f"Target country: 2/{country.total} = " in summary
    again = run_cli(
        "--db", str(path), "edit", "add-target", "--scope", "country", "--share", "30%", "--year", "2025"
    )
    assert again.returncode == 2 and "already exists" in again.stderr


def test_summary_of_a_country_store_is_short_and_uses_register_totals(country_store: Path) -> None:
    """Piped or `summary`: the targets, one line of counts, and only the units some source speaks of."""
    result = run_cli("--db", str(country_store), "summary")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    n = len(_units(country_store))
    assert f"Units: {n} in the store ({n} in the register's regions): 2 consolidated" in result.stdout
    assert len(lines) < 20 and sum("consolidated, since" in line for line in lines) == 2


def test_a_centrally_run_city_said_as_a_city_is_placed_as_its_province() -> None:
    """ "toàn thành phố Hà Nội có 25/584 xã …": no district is called Hà Nội; the register lists the
    city as a province, and the figure is placed there."""
    from lso_tui.build.placing import place
    from lso_tui.build.register import Register

    regions = Register().regions()
    row = place(regions, "Thành phố Hà Nội", "district", None)
    assert row is not None and (row["level"], row["short"]) == ("province", "Hà Nội")
    soc_son = place(regions, "Huyện Sóc Sơn", "district", None)
    assert soc_son is not None and soc_son["level"] == "district"


def test_successors_kept_by_a_store_give_the_same_units() -> None:
    """An ingest passes the successors its store's units keep (the register's converter is the slowest
    call of a build): the units come out the same as when every successor is worked out again."""
    from lso_tui.build.tables import build_tables
    from lso_tui.paths import shipped_articles

    fresh = build_tables(shipped_articles()).as_rows()["units"]
    known = {u["code"]: u["successor"] for u in fresh if u.get("successor")}
    assert known
    from lso_tui.build.tables import build_from, extract_file

    again = build_from([extract_file(p) for p in shipped_articles()], successors=known).as_rows()["units"]
    assert again == fresh
