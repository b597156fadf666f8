"""Feeding the next articles (tests/genre): another district, another province by its percentage and
target, and an article whose count of a district's units the register contradicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lso_tui.build.register import STATE_FROM, Register
from lso_tui.extract import extract_text
from lso_tui.store.db import table_rows
from tests.conftest import ROOT, run_cli

GENRE = ROOT / "tests" / "genre"
CHI_LANG = GENRE / "chi_lang_ba_don_vi.txt"  # another district of the shipped article's province
HA_GIANG = GENRE / "ha_giang_toan_tinh.txt"  # another province: a percentage and a target
LOC_BINH = GENRE / "loc_binh_hai_muoi_mot.txt"  # 2019: 21 units; the register (2025) lists 20
VAN_QUAN = GENRE / "van_quan_khong_dau.txt"  # typed without diacritics, "H." for huyện


def _report(db: Path, *args: str) -> dict[str, Any]:
    """`lso-tui report --format json` with *args*, parsed."""
    out = run_cli("report", "--db", str(db), "--format", "json", *args)  # --db after the command too
    assert out.returncode == 0, out.stderr
    data: dict[str, Any] = json.loads(out.stdout)
    return data


@pytest.fixture(scope="module")
def fed(tmp_path_factory: pytest.TempPathFactory, built_store: Path) -> Path:
    """The shipped store with the three genre texts ingested by the real CLI."""
    db = tmp_path_factory.mktemp("fed") / "store.json"
    db.write_bytes(built_store.read_bytes())
    out = run_cli("--db", str(db), "ingest", str(CHI_LANG), str(HA_GIANG), str(LOC_BINH), "--yes")
    assert out.returncode == 0 and "merged:" in out.stdout, out.stderr
    return db


@pytest.fixture(scope="module")
def reg() -> Register:
    """The national register (the tests compare with it, never with numbers typed here)."""
    return Register()


def test_statement_scope_reads_the_province_and_skips_a_fraction() -> None:
    """ "toàn tỉnh … 48 đơn vị … 24,9%" counts the province; "Gần 1/4 số xã" (the title) counts nothing;
    "Mục tiêu của tỉnh" is the province's target."""
    ex = extract_text(HA_GIANG.read_text(encoding="utf-8"), "d1")
    assert [(p.done, p.total, p.share, p.scope_level) for p in ex.progress] == [(48, None, 0.249, "province")]
    (goal,) = ex.targets
    assert (goal.share, goal.year, goal.scope_level) == (0.5, 2025, "province")
    chi_lang = extract_text(CHI_LANG.read_text(encoding="utf-8"), "d2")
    assert [(p.done, p.total, p.scope_level) for p in chi_lang.progress] == [(3, 20, "district")]
    # "toàn tỉnh có 52/200 cơ sở": the province; "riêng khu vực thị trấn đạt 42,9%": no region at
    # all (a share of the towns); "yêu cầu các huyện ủy, thành ủy … 50%": the province's target.
    review = extract_text((ROOT / "tests" / "corpus" / "16_lang_son_so_ket.txt").read_text(encoding="utf-8"))
    assert [(p.done, p.total, p.scope_level) for p in review.progress] == [
        (52, 200, "province"),
        (None, None, None),
    ]
    assert [(g.share, g.year, g.scope_level) for g in review.targets] == [(0.5, 2021, "province")]


def test_another_district_of_the_province(fed: Path, reg: Register) -> None:
    """Chi Lăng brings its units; three consolidations with their months; its figure agrees with the
    register, so no disagreement is listed for it."""
    (district,) = reg.find_districts("Chi Lăng", "Lạng Sơn")
    data = json.loads(fed.read_text(encoding="utf-8"))
    units = [u for u in table_rows(data, "units") if u["district_code"] == district.code]
    assert len(units) == len(reg.communes(district.code))
    done = {u["name"]: u["since"]["iso"] for u in units if u["consolidated"]}
    assert done == {"Vân Thủy": "2019-04", "Mai Sao": "2019-08", "Đồng Mỏ": "2020-01"}
    rep = _report(fed, "--scope", f"district:Chi Lăng, {district.province}")
    assert rep["scope"]["units"] == rep["scope"]["register_units"] == len(units)
    assert (rep["scope"]["stated_done"], rep["scope"]["stated_total"]) == (3, 20)
    assert rep["disagreements"] == []
    (target,) = rep["targets"]
    assert (target["done"], target["total"], target["done_from"]) == (3, len(units), "units")


def test_another_province_by_its_percentage_and_target(fed: Path, reg: Register) -> None:
    """Hà Giang: the province's units come from the register; the article's 48 (no total) is kept as
    a dated figure of the province and used as done for the province's 50% target."""
    ((code, name),) = reg.find_provinces("Hà Giang")
    data = json.loads(fed.read_text(encoding="utf-8"))
    (obs,) = [o for o in data["observations"].values() if o["scope_level"] == "province"]
    assert (obs["scope_code"], obs["done"], obs["total"], obs["share"], obs["as_of"]) == (
        code, 48, None, 0.249, "2020-10",
    )  # fmt: skip
    in_province = [u for u in table_rows(data, "units") if u["province_code"] == code]
    assert len(in_province) == len(reg.communes_in(code))
    rep = _report(fed, "--scope", f"province:{name}")
    (target,) = rep["targets"]
    assert (target["scope_level"], target["scope_code"], target["share"]) == ("province", code, 0.5)
    assert (target["done"], target["named_done"], target["total"]) == (48, 1, len(in_province))
    assert target["done_from"] == obs["document"] and target["needed"] == -(-len(in_province) // 2)
    assert rep["scope"]["stated_done"] == 48 and rep["scope"]["stated_as_of"] == "2020-10"


def test_an_article_that_disagrees_with_the_register(fed: Path, reg: Register) -> None:
    """Lộc Bình: 21 units in 10/2019, 20 in the register. Both are shown with dates and sources; the
    article's is in force in 2019-2024, the register's from its own date."""
    (district,) = reg.find_districts("Lộc Bình", "Lạng Sơn")
    listed = len(reg.communes(district.code))
    rep = _report(fed, "--scope", "country", "--section", "disagreements")
    (row,) = [r for r in rep["disagreements"] if r["code"] == district.code]
    assert (row["article_total"], row["article_date"], row["published"]) == (21, "2019-10", "2019-10-25")
    assert (row["register_total"], row["register_date"], row["in_force"]) == (listed, STATE_FROM, "article")
    assert "5/21" in row["quote"] and row["outlet"] == "LSO"
    scope = f"district:Lộc Bình, {district.province}"
    then = _report(fed, "--scope", scope, "--as-of", "2019-12")["scope"]
    assert (then["units"], then["register_units"], then["units_from"]) == (21, listed, row["document"])
    later = _report(fed, "--scope", scope, "--as-of", STATE_FROM[:7])["scope"]
    assert (later["units"], later["units_from"]) == (listed, "register")
    before = _report(fed, "--scope", scope, "--as-of", "2019-06")["scope"]
    assert before["units"] == listed  # nothing was stated yet: the register is all there is
    summary = run_cli("--db", str(fed), "summary")
    assert f"Disagreement {district.full_name}: 21 units in LSO of 2019-10-25" in summary.stdout
    assert f"{listed} in the register (from {STATE_FROM})" in summary.stdout


def test_ingesting_again_changes_nothing_and_removing_takes_the_figure(
    fed: Path, tmp_path: Path, reg: Register
) -> None:
    """The same three articles again: byte-identical. Taking Lộc Bình's out: its figure and its
    disagreement go, its district's units with it (no other article spoke of them)."""
    db = tmp_path / "store.json"
    db.write_bytes(fed.read_bytes())
    again = run_cli("--db", str(db), "ingest", str(CHI_LANG), str(HA_GIANG), str(LOC_BINH), "--yes")
    assert again.returncode == 0 and db.read_bytes() == fed.read_bytes(), again.stdout
    doc = next(
        d["id"]
        for d in json.loads(db.read_text(encoding="utf-8"))["documents"].values()
        if d["filename"] == LOC_BINH.name
    )
    out = run_cli("--db", str(db), "ingest", "--remove", doc, "--yes")
    assert out.returncode == 0, out.stderr
    assert _report(db, "--scope", "country", "--section", "disagreements")["disagreements"] == []
    (district,) = reg.find_districts("Lộc Bình", "Lạng Sơn")
    units = table_rows(json.loads(db.read_text(encoding="utf-8")), "units")
    assert not [u for u in units if u["district_code"] == district.code and u["consolidated"]]


def test_the_preview_says_a_figure_differs_from_the_register(db: Path, reg: Register) -> None:
    """Before merging, the preview line of the new figure already says the register lists another."""
    (district,) = reg.find_districts("Lộc Bình", "Lạng Sơn")
    out = run_cli("--db", str(db), "ingest", str(LOC_BINH))
    assert out.returncode == 0, out.stderr
    listed = len(reg.communes(district.code))
    assert f"new observation Huyện Lộc Bình: 5/21 as of 2019-10 (the register lists {listed}" in out.stdout


def test_an_article_without_diacritics_matches_the_register(db: Path, reg: Register) -> None:
    """ "H. Van Quan", "xa Tu Xuyen", "xa Diem He": matched to the register's units and district,
    which keep their proper spelling; the figure and the target are the district's."""
    (district,) = reg.find_districts("Văn Quan", "Lạng Sơn")
    out = run_cli("--db", str(db), "ingest", str(VAN_QUAN), "--yes")
    assert out.returncode == 0 and "not found in the register" not in out.stderr, out.stderr
    data = json.loads(db.read_text(encoding="utf-8"))
    units = [u for u in table_rows(data, "units") if u["district_code"] == district.code]
    assert len(units) == len(reg.communes(district.code))
    assert {u["name"]: (u["since"] or {}).get("iso") for u in units if u["consolidated"]} == {
        "Tú Xuyên": "2020-06",
        "Điềm He": None,
    }
    # The shipped article's own figure (its city's) is there too; this article's is its district's.
    (obs,) = [o for o in data["observations"].values() if o["scope_code"] == district.code]
    assert (obs["scope_code"], obs["done"], obs["total"], obs["scope"]) == (
        district.code,
        2,
        15,
        district.full_name,
    )
    target = next(g for g in data["targets"].values() if g["document"] == obs["document"])
    assert (target["scope_code"], target["scope"], target["share"]) == (
        district.code,
        district.full_name,
        0.5,
    )
