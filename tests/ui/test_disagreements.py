"""An article's count beside the register's in the dashboard: roll-up row, region, target and article."""

from __future__ import annotations

from pathlib import Path

import pytest

from lso_tui.build.register import Register
from lso_tui.i18n import Catalogue
from lso_tui.store.db import Store
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.dataset import Dataset
from lso_tui.views.detail import detail
from lso_tui.views.regions import region_detail, region_id
from tests.conftest import ROOT, run_cli
from tests.ui.conftest import app_on, copy_store

GENRE = ROOT / "tests" / "genre"


@pytest.fixture
def fed(tmp_path: Path, ui_store: Path) -> Path:
    """The shipped store with the Lộc Bình (21 units in 2019) and Hà Giang (48, 24,9%) texts."""
    db = copy_store(tmp_path, ui_store)
    texts = [GENRE / "loc_binh_hai_muoi_mot.txt", GENRE / "ha_giang_toan_tinh.txt"]
    out = run_cli("--db", str(db), "ingest", *map(str, texts), "--yes")
    assert out.returncode == 0, out.stderr
    return db


def _listed(district: str) -> tuple[str, int]:
    """A Lạng Sơn district's register code and count of units."""
    (d,) = Register().find_districts(district, "Lạng Sơn")
    return d.code, len(Register().communes(d.code))


async def test_roll_up_row_shows_both_counts(fed: Path) -> None:
    """5, the province: the district row reads "21 ≠ 20" and the article's own figure with its month;
    its preview lists the count in force, the register's with its date, and the article's."""
    _, listed = _listed("Lộc Bình")
    app = app_on(Dataset(Store.open(fed), Catalogue("vi")))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        lst = app.screen.query_one("#list-region", RecordList)
        if lst.current is not None and lst.current.cells[0] != "Tỉnh Lạng Sơn":  # two provinces now
            rows = [lst.rows[i].cells[0] for i in lst.view]
            for _ in range(rows.index("Tỉnh Lạng Sơn")):
                await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        rows = {lst.rows[i].cells[0]: lst.rows[i].cells for i in lst.view}
        assert rows["Huyện Lộc Bình"][1] == f"21 ≠ {listed}"
        assert rows["Huyện Lộc Bình"][6] == "5/21 · 23,8% · 10/2019"
        for _ in range(list(rows).index("Huyện Lộc Bình")):
            await pilot.press("j")
        await pilot.pause()
        preview = app.screen.query_one("#preview").plain  # type: ignore[attr-defined]
        assert "Số đơn vị dùng cho 20/10/2020: 21" in preview
        assert f"Danh mục hành chính (từ 01/01/2025): {listed}" in preview
        assert f"5/21 · 23,8% · 10/2019 (đang dùng; khác danh mục: {listed})" in preview


def test_details_say_where_total_and_done_come_from(fed: Path) -> None:
    """English: the region's fields quote the article; the province target's done is the article's
    48 (the records name one unit); the article's detail lists its disagreement with the register."""
    ds = Dataset(Store.open(fed), Catalogue("en"))
    code, listed = _listed("Lộc Bình")
    fields = {f.label: f for f in region_detail(ds, region_id(("district", code))).fields}
    assert fields["Units counted for 20/10/2020"].value == "21"
    assert "5/21" in fields["Units counted for 20/10/2020"].provenance.quote
    assert fields["National register (from 01/01/2025)"].provenance.origin == "register"
    (goal,) = [g for g in ds.targets if g.get("scope_level") == "province"]
    target = {f.label: f.value for f in detail(ds, "target", goal["id"]).fields}
    assert target["Done from an article"] == "48 (the unit records name 1)"
    doc = next(d for d in ds.documents.values() if d["filename"] == "loc_binh_hai_muoi_mot.txt")
    doc_fields = {f.label: f.value for f in detail(ds, "event", f"document:{doc['id']}").fields}
    assert doc_fields["Differs from the register: Huyện Lộc Bình"] == (
        f"article 21 units (10/2019) — register {listed} (from 01/01/2025)"
    )


def test_the_progress_strip_says_the_register_lists_another(tmp_path: Path) -> None:
    """A store of the Cao Lộc article alone: its target counts the article's 23 and the strip says
    the register lists 22 (from the register, not typed here)."""
    from lso_tui.ui.widgets.progress_strip import strip_text

    db = tmp_path / "store.json"
    out = run_cli("build", "--db", str(db), str(ROOT / "tests" / "corpus" / "01_cao_loc_bon_xa.txt"))
    assert out.returncode == 0, out.stderr
    _, listed = _listed("Cao Lộc")
    text = strip_text(Dataset(Store.open(db), Catalogue("vi")), 160).plain
    assert "4/23 = 17,4%" in text and f"danh mục hiện có {listed}" in text
