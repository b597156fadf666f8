"""One number everywhere (issue 16, item 3): every target's share is the same value, rounded the same
way, in the strip, the targets pane, `summary` and `report` (json, md, csv); bars fill round(s × W)
cells and mark the target on the cell a share equal to it fills last."""

from __future__ import annotations

import csv
import io
import json
import re
from fractions import Fraction
from pathlib import Path

import pytest
from textual.widgets import Static

from lso_tui.i18n import Catalogue
from lso_tui.session import StoreSession
from lso_tui.store.db import Store
from lso_tui.store.read_model import ReadModel
from lso_tui.ui.app import LsoApp
from lso_tui.ui.widgets.record_list import RecordList
from tests.conftest import ROOT, run_cli
from tests.ui.conftest import copy_store

GENRE = sorted((ROOT / "tests" / "genre").glob("*.txt"))
BAR = re.compile(r"[█░│]+")


def half_up(x: Fraction) -> int:
    """*x* to a whole number, halves up (as people round, not as Python's round does)."""
    return int(x + Fraction(1, 2)) if x >= 0 else -int(-x + Fraction(1, 2))


def expected_percent(done: int, total: int, lang: str) -> str:
    """ "37,5%" / "37.5%": the share to a tenth of a percent, halves up, worked out exactly."""
    tenths = half_up(Fraction(done, total) * 1000) if total else 0
    text = f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"
    return (text.replace(".", ",") if lang == "vi" else text) + "%"


def expected_bar(share: Fraction, width: int, target: Fraction) -> str:
    """round(share × width) cells filled; │ on the last cell a share equal to *target* fills."""
    filled = min(width, half_up(share * width))
    cells = ["█"] * filled + ["░"] * (width - filled)
    cells[max(0, half_up(target * width) - 1)] = "│"
    return "".join(cells)


@pytest.fixture(scope="module")
def genre_store(tmp_path_factory: pytest.TempPathFactory, ui_store: Path) -> Path:
    """The shipped store with every text of tests/genre/ ingested by the real CLI."""
    db = copy_store(tmp_path_factory.mktemp("genre"), ui_store)
    out = run_cli("--db", str(db), "ingest", *map(str, GENRE), "--yes")
    assert out.returncode == 0, out.stderr
    return db


def progress_of(db: Path) -> dict[str, tuple[str, int, int]]:
    """Each target's (scope, done, total), from the store's records."""
    rm = ReadModel(Store.open(db))
    out = {}
    for g in rm.targets:
        p = rm.progress(g)
        out[g["id"]] = (g["scope"], p.done, p.total)
    return out


async def dashboard_shares(db: Path, lang: str) -> tuple[str, dict[str, str]]:
    """The strip's text, and the targets pane's progress cell of each target."""
    session = StoreSession(db, Catalogue(lang))
    app = LsoApp(session, session.read())
    async with app.run_test(size=(120, 40)) as pilot:
        strip = str(app.screen.query_one("#progress", Static).render())
        await pilot.press("3")
        await pilot.pause()
        lst = app.screen.query_one("#list-target", RecordList)
        return strip, {lst.rows[i].id: lst.rows[i].cells[3] for i in lst.view}


@pytest.mark.parametrize("which", ["shipped", "genre"])
async def test_every_output_shows_the_same_share(
    which: str, ui_store: Path, request: pytest.FixtureRequest
) -> None:
    """For every target: the targets pane, the strip (headline target), `summary` and `report` in
    json, md and csv give done/total and the same share, rounded the same (a decimal comma in vi)."""
    db = ui_store if which == "shipped" else request.getfixturevalue("genre_store")
    targets = progress_of(db)
    assert targets and (which == "shipped" or len(targets) >= 4)
    head = min(ReadModel(Store.open(db)).targets, key=lambda g: (g["deadline"], g["id"]))["id"]
    summary = run_cli("--db", str(db), "summary").stdout
    as_json = json.loads(run_cli("--db", str(db), "report", "--format", "json").stdout)
    by_id = {r["id"]: r for r in as_json["targets"]}
    md = run_cli("--db", str(db), "report", "--format", "md", "--section", "targets").stdout
    rows = run_cli("--db", str(db), "report", "--format", "csv", "--section", "targets").stdout
    by_csv = {r["id"]: r for r in csv.DictReader(io.StringIO(rows))}
    for lang in ("vi", "en"):
        strip, pane = await dashboard_shares(db, lang)
        for tid, (_scope, done, total) in targets.items():
            pct = expected_percent(done, total, lang)
            assert pane[tid].endswith(f" {done}/{total} · {pct}"), (lang, pane[tid], pct)
            if tid == head:
                assert f"{done}/{total} = {pct}" in strip, (lang, strip)
    for tid, (scope, done, total) in targets.items():
        pct = expected_percent(done, total, "en")
        assert f"Target {scope}: {done}/{total} = {pct} toward" in summary, (scope, pct)
        row = by_id[tid]
        assert (row["done"], row["total"]) == (done, total)
        assert expected_percent(half_up(Fraction(row["done_share"]) * 1000), 1000, "en") == pct
        assert f"| {scope} |" in md and f"| {done}/{total} = {pct} |" in md
        assert by_csv[tid]["done_share"] == str(row["done_share"])


async def test_bars_fill_round_share_times_width_and_mark_the_target(ui_store: Path) -> None:
    """2/8 toward 50%: the targets pane's 10 cells fill 3 (not half, as 2/8 of 4/8 did) with │ on the
    5th; the strip at 80 columns marks 50% on the last cell of its first half, whatever its width."""
    session = StoreSession(ui_store, Catalogue("en"))
    app = LsoApp(session, session.read())
    async with app.run_test(size=(80, 24)) as pilot:
        strip = str(app.screen.query_one("#progress", Static).render()).splitlines()[0]
        drawn = BAR.search(strip)
        assert drawn is not None
        width = len(drawn.group())
        assert drawn.group() == expected_bar(Fraction(2, 8), width, Fraction(1, 2)), (width, strip)
        await pilot.press("3")
        await pilot.pause()
        lst = app.screen.query_one("#list-target", RecordList)
        cell = lst.rows[lst.view[0]].cells[3]
        assert cell.startswith(expected_bar(Fraction(2, 8), 10, Fraction(1, 2)) + " 2/8")
        assert cell.startswith("███░│░░░░░")


async def test_the_report_lists_the_officials_summary_and_the_dashboard_list(
    tmp_path: Path, ui_store: Path
) -> None:
    """Two districts of one province: the report (scoped to the province by default) lists the
    district officials too (Nguyễn Quang Tuấn of the city, Lăng Văn Toàn of Chi Lăng), as `summary` and
    the officials pane do; `--scope` the province keeps them, a district keeps its own."""
    db = copy_store(tmp_path, ui_store)
    chi_lang, loc_binh = (
        ROOT / "tests/genre/chi_lang_ba_don_vi.txt",
        ROOT / "tests/genre/loc_binh_hai_muoi_mot.txt",
    )
    assert run_cli("--db", str(db), "ingest", str(chi_lang), str(loc_binh), "--yes").returncode == 0
    session = StoreSession(db, Catalogue("vi"))
    app = LsoApp(session, session.read())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        lst = app.screen.query_one("#list-official", RecordList)
        shown = sorted(lst.rows[i].cells[0] for i in lst.view)
    summary = run_cli("--db", str(db), "summary").stdout
    listed = sorted(m.group(1) for m in re.finditer(r"^  ([^0-9][^:]*): ", summary, re.M))
    report = json.loads(run_cli("--db", str(db), "report", "--format", "json").stdout)
    assert report["scope"]["level"] == "province"
    assert sorted(o["name"] for o in report["officials"]) == listed == shown
    assert {"Nguyễn Quang Tuấn", "Lăng Văn Toàn"} <= set(shown)
    md = run_cli("--db", str(db), "report", "--format", "md", "--section", "officials").stdout
    assert all(f"| {name} |" in md for name in shown)
    province = run_cli("--db", str(db), "report", "--scope", "province:Lạng Sơn", "--format", "json").stdout
    assert sorted(o["name"] for o in json.loads(province)["officials"]) == shown
    district = run_cli("--db", str(db), "report", "--scope", "district:Chi Lăng", "--format", "json").stdout
    names = {o["name"] for o in json.loads(district)["officials"]}
    assert "Lăng Văn Toàn" in names and "Nguyễn Quang Tuấn" not in names
