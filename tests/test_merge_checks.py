"""Impossible figures are never merged: each is listed with its reason instead (build and ingest)."""

from __future__ import annotations

import json
from pathlib import Path

from lso_tui.build.checks import figure_problem, target_problem
from lso_tui.model.records import ProgressObservation, Source, Target
from lso_tui.store.db import table_rows
from tests.conftest import run_cli

SPAN = Source(0, 1, "x", "d1")
# A province's count said of one district (about twenty communes), beside a real consolidation.
WRONG_REGION = (
    "Thứ hai, 09/09/2019 - 08:00\n\nCao Lộc sơ kết mô hình bí thư đồng thời là chủ tịch\n\n"
    "LSO - Theo báo cáo của Huyện ủy tại hội nghị sơ kết, đến nay huyện Cao Lộc có 183/200 xã, thị trấn "
    "thực hiện bí thư đồng thời là chủ tịch UBND, các đơn vị đều hoạt động ổn định và hiệu quả.\n\n"
    "Đồng chí Nông Văn Thuận, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Liên cho biết công việc thuận lợi.\n"
)
DISTRICT = {"level": "district", "code": "178", "name": "Huyện Cao Lộc", "units": 22}


def obs(done: int | None, total: int | None, share: float | None) -> ProgressObservation:
    """A figure as the extractor gives it."""
    return ProgressObservation(done, total, share, "Huyện Cao Lộc", None, SPAN, "district")


def test_each_check_names_its_reason() -> None:
    """Share above 100%, done above total, a ratio that is not its share, a province's count on a district."""
    assert figure_problem(obs(None, None, 9.15), DISTRICT) == "a share of 915% is more than all the units"
    assert "more than the total" in str(figure_problem(obs(30, 20, None), DISTRICT))
    assert "is not 70.0%" in str(figure_problem(obs(7, 20, 0.7), DISTRICT))
    assert "far more than the 22" in str(figure_problem(obs(183, 200, None), DISTRICT))
    assert figure_problem(obs(7, 20, 0.35), DISTRICT) is None
    assert figure_problem(obs(30, 40, None), DISTRICT) is None  # before the mergers: more units, kept
    assert target_problem(Target(1.5, 2025, None, "xã", SPAN)) is not None
    assert target_problem(Target(0.5, 2025, None, "xã", SPAN)) is None


def test_a_province_count_said_of_a_district_is_not_merged(tmp_path: Path) -> None:
    """ "huyện Cao Lộc có 183/200 xã …" cannot be true of a district of about twenty communes: the
    store keeps no such figure, and the build says why."""
    article = tmp_path / "sai_vung.txt"
    article.write_text(WRONG_REGION, encoding="utf-8")
    db = tmp_path / "store.json"
    out = run_cli("build", "--db", str(db), str(article))
    assert out.returncode == 0, out.stderr
    assert "figure not merged: 200 units is far more than the" in out.stderr
    data = json.loads(db.read_text(encoding="utf-8"))
    assert table_rows(data, "observations") == []
    assert any(u["name"] == "Tân Liên" and u["consolidated"] for u in table_rows(data, "units"))


def test_ingest_lists_what_it_did_not_merge(tmp_path: Path, built_store: Path) -> None:
    """`ingest` says which facts of the new article failed a check, and why, and merges the rest."""
    article = tmp_path / "sai_vung.txt"
    article.write_text(WRONG_REGION, encoding="utf-8")
    db = tmp_path / "store.json"
    db.write_bytes(built_store.read_bytes())
    out = run_cli("--db", str(db), "ingest", str(article), "--yes")
    assert out.returncode == 0, out.stderr
    assert "figure not merged: 200 units is far more than the" in out.stderr
    data = json.loads(db.read_text(encoding="utf-8"))
    (doc,) = [d["id"] for d in table_rows(data, "documents") if d["filename"] == article.name]
    assert [o for o in table_rows(data, "observations") if o["document"] == doc] == []
