"""`lso-tui extract --json` on the shipped article: every fact of the foundation issue, with spans."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def out(shipped: Path) -> dict[str, Any]:
    """The JSON the real CLI prints for the shipped article."""
    result = run_cli("extract", str(shipped), "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.fixture(scope="module")
def text(shipped: Path) -> str:
    """The article's NFC text (the shipped file is NFC already)."""
    return shipped.read_text(encoding="utf-8")


def _sources(node: Any) -> list[dict[str, Any]]:
    """Every {start, end, quote} object anywhere in the JSON."""
    found = []
    if isinstance(node, dict):
        if {"start", "end", "quote"} <= node.keys():
            found.append(node)
        for v in node.values():
            found += _sources(v)
    elif isinstance(node, list):
        for v in node:
            found += _sources(v)
    return found


def test_every_source_span_points_into_its_quoted_sentence(out: dict[str, Any], text: str) -> None:
    """Offsets are into the NFC text, and the quoted sentence contains the span."""
    spans = _sources(out)
    assert len(spans) > 20
    for s in spans:
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert s["quote"] in text
        assert text[s["start"] : s["end"]] in s["quote"]


def test_document(out: dict[str, Any]) -> None:
    """Title, date, outlet and byline."""
    d = out["document"]
    assert d["date"] == "2020-02-26"
    assert d["title"].startswith("Nhất thể hóa bí thư đồng thời là chủ tịch UBND")
    assert d["outlet"] == "Báo Lạng Sơn" and d["outlet_code"] == "LSO"
    assert d["author"] == "PHÙNG KHIÊM"


def test_policy_basis(out: dict[str, Any]) -> None:
    """Resolution 18-NQ/TW of 25/10/2017 of the Central Committee, term XII, with its quoted title."""
    (b,) = out["bases"]
    assert (b["kind"], b["number"], b["date"]) == ("Nghị quyết", "18-NQ/TW", "2017-10-25")
    assert b["issuer"] == "Ban Chấp hành Trung ương Đảng khóa XII"
    assert b["title"].startswith("về đổi mới, sắp xếp lại tổ chức bộ máy")


def test_units_consolidated_with_precise_dates(out: dict[str, Any]) -> None:
    """Chi Lăng from late 06/2018, Quảng Lạc from early 07/2018, both under the city."""
    units = {u["name"]: u for u in out["units"]}
    assert set(units) == {"Chi Lăng", "Quảng Lạc"}
    cl, ql = units["Chi Lăng"], units["Quảng Lạc"]
    assert (cl["type"], cl["consolidated"], cl["since"], cl["since_part"]) == (
        "phường",
        True,
        "2018-06",
        "late",
    )
    assert (ql["type"], ql["consolidated"], ql["since"], ql["since_part"]) == ("xã", True, "2018-07", "early")
    assert cl["parent"] == ql["parent"] == "Thành phố Lạng Sơn"
    assert "cuối tháng 6/2018" in cl["since_source"]["quote"]
    assert "đầu tháng 7/2018" in ql["since_source"]["quote"]


def test_chi_lang_figures_keep_their_qualifiers(out: dict[str, Any]) -> None:
    """More than 3,000 households, more than 17,000 residents, over 1,000 Party members."""
    cl = next(u for u in out["units"] if u["name"] == "Chi Lăng")
    figs = {f["kind"]: (f["value"], f["qualifier"]) for f in cl["figures"]}
    assert figs == {
        "households": (3000, "more_than"),
        "population": (17000, "more_than"),
        "party_members": (1000, "over"),
    }


def test_quang_lac_notes(out: dict[str, Any]) -> None:
    """Lower living standard than the other units; new-rural-area criteria."""
    ql = next(u for u in out["units"] if u["name"] == "Quảng Lạc")
    topics = {n["topic"] for n in ql["notes"]}
    assert {"living_standard", "new_rural_criteria"} <= topics
    living = next(n for n in ql["notes"] if n["topic"] == "living_standard")
    assert "mức sống thấp" in living["source"]["quote"]


def test_officials(out: dict[str, Any]) -> None:
    """Three officials: titles, unit, both-posts flag, qualifications and statements."""
    offs = {o["name"]: o for o in out["officials"]}
    assert set(offs) == {"Nguyễn Quang Tuấn", "Trần Lệnh Trưởng", "Phạm Đình Duy"}
    tuan, truong, duy = offs["Nguyễn Quang Tuấn"], offs["Trần Lệnh Trưởng"], offs["Phạm Đình Duy"]
    assert tuan["titles"] == ["Phó Bí thư Thường trực Thành ủy"] and not tuan["concurrent"]
    assert tuan["unit"] is None and tuan["scope"] == "Thành phố Lạng Sơn"
    for o, unit in ((truong, "Chi Lăng"), (duy, "Quảng Lạc")):
        assert o["titles"] == ["Bí thư Đảng ủy", "Chủ tịch UBND"] and o["concurrent"] is True
        assert o["unit"] == unit
        kinds = {(q["kind"], q["text"]) for q in o["qualifications"]}
        assert ("degree", "master") in kinds
        assert any(k == "experience" and "trưởng phòng" in t for k, t in kinds)
        assert o["statements"], "the article quotes both"
    assert any(
        q["kind"] == "previous_post" and q["text"] == "Trưởng Phòng kinh tế" for q in duy["qualifications"]
    )
    assert len(tuan["statements"]) == 2


def test_target_is_the_citys_not_the_resolutions(out: dict[str, Any]) -> None:
    """50% of the city's commune-level units by 2020, stated by Nguyễn Quang Tuấn."""
    (t,) = out["targets"]
    assert (t["share"], t["year"], t["scope"], t["level"]) == (0.5, 2020, "Thành phố Lạng Sơn", "xã")
    assert t["stated_by"] == "Nguyễn Quang Tuấn"
    assert "Mục tiêu của thành phố" in t["source"]["quote"]
    assert "basis" not in t or t.get("basis") is None


def test_no_progress_number_is_invented(out: dict[str, Any]) -> None:
    """The article states no done/total ratio, only "nhất thể hóa tại 2 đơn vị": that count, as printed,
    with no total or share made up (the city's share is derived later, never stored)."""
    assert [(p["done"], p["total"], p["share"], p["scope"]) for p in out["progress"]] == [
        (2, None, None, "Thành phố Lạng Sơn")
    ]


def test_human_readable_output(shipped: Path) -> None:
    """Without --json the CLI prints one line per fact."""
    result = run_cli("extract", str(shipped))
    assert result.returncode == 0
    assert "Unit: phường Chi Lăng — consolidated, since late 2018-06" in result.stdout
    assert "Target: 50% of xã units in Thành phố Lạng Sơn by 2020" in result.stdout


def test_human_readable_output_says_what_is_not_known(shipped: Path) -> None:
    """What the article does not say prints as "?", never as Python's "None" (the count of 2 units had
    "2/None share None")."""
    result = run_cli("extract", str(shipped))
    assert result.returncode == 0
    assert "None" not in result.stdout
    assert "Progress: 2/? share ? in Thành phố Lạng Sơn as of 2020-02" in result.stdout.splitlines()
