"""I with the review list: the facts of the new article as check boxes, Space to untick, Enter to merge
the ticked ones (the unticked remembered for the article), Esc to write nothing; a folder, or several
paths separated by ";"; and a snapshot of the review screen."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, SelectionList, Static

from lso_tui.store.db import table_rows
from lso_tui.ui.app import LsoApp
from lso_tui.ui.dialogs.ingest import IngestScreen
from tests.conftest import ROOT, run_cli
from tests.ui.conftest import copy_store, watching_app

GENRE = ROOT / "tests" / "corpus_genre"
HUU_LUNG = GENRE / "01_huu_lung_mo_rong.txt"  # Yên Vượng: its secretary-chairman named (high)
LAP_THACH = GENRE / "05_lap_thach_hai_vai_tro.txt"
SIZE = (120, 40)
SNAP_DIR = Path("/tmp/lso-tui-test/review")  # a fixed path: the snapshot shows it


def _data(db: Path) -> dict[str, Any]:
    """The raw store."""
    data: dict[str, Any] = json.loads(db.read_text(encoding="utf-8"))
    return data


async def _open_and_plan(pilot: Pilot[Any], path: str) -> IngestScreen:
    """I, the path typed key by key, Enter; once the plan is made, the review screen."""
    await pilot.press("I")
    screen = pilot.app.screen
    assert isinstance(screen, IngestScreen)
    await pilot.press(*path)
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return screen


def _store_and_article(tmp_path: Path, ui_store: Path) -> tuple[Path, Path]:
    """A copy of the UI store and of the article to ingest into it, both under *tmp_path*."""
    article = tmp_path / HUU_LUNG.name
    shutil.copy(HUU_LUNG, article)
    return copy_store(tmp_path, ui_store), article


def _review(screen: IngestScreen) -> SelectionList[int]:
    """The review list of the ingest screen."""
    return screen.query_one("#review-list", SelectionList)


async def test_untick_the_first_fact_and_merge(tmp_path: Path, ui_store: Path) -> None:
    """Space unticks the first fact, Enter merges the rest: the store lacks that fact, keeps the others,
    and has a "rejections" row for the article with that fact's key."""
    db, article = _store_and_article(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_and_plan(pilot, str(article))
        review = _review(screen)
        assert review.display and review.has_focus
        assert review.option_count == len(screen.items) >= 5
        first = screen.items[0]
        assert (first.kind, first.confidence) == ("unit", "high") and "Yên Vượng" in first.label
        assert first.quote[first.start : first.end] == "Yên Vượng"
        # Each row: kind, label, confidence, and the quote with the fact's words styled.
        prompt = review.get_option_at_index(0).prompt
        assert "đơn vị" in str(prompt) and "Yên Vượng" in str(prompt) and " cao " in str(prompt)
        text = str(prompt)
        at = text.index("Yên Vượng", text.index("«"))  # in the quote, not the label
        assert any(
            s.start <= at and s.end >= at + len("Yên Vượng") and "underline" in str(s.style) for s in prompt.spans
        )
        ticked = [i for i, item in enumerate(screen.items) if item.ticked]
        assert sorted(review.selected) == ticked
        assert len(_data(db)["documents"]) == 1  # nothing written yet
        await pilot.press("space")
        assert 0 not in review.selected
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        assert not isinstance(app.screen, IngestScreen)
    data = _data(db)
    assert len(data["documents"]) == 2
    units = {u["name"]: u for u in table_rows(data, "units")}
    assert units["Yên Vượng"]["consolidated"] is None  # the unticked fact is not merged
    assert units["Hòa Thắng"]["consolidated"] is True  # the ticked ones are
    assert any(o["name"] == "Hoàng Văn Tường" for o in table_rows(data, "officials"))
    rows = table_rows(data, "rejections")
    assert [r["doc"] for r in rows] == [first.doc_id] and first.key in rows[0]["keys"]


async def test_escape_writes_nothing(tmp_path: Path, ui_store: Path) -> None:
    """The review list shown, a fact unticked, then Esc: the store file is byte for byte the same."""
    db = copy_store(tmp_path, ui_store)
    before = db.read_bytes()
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_and_plan(pilot, str(HUU_LUNG))
        assert _review(screen).option_count > 0
        await pilot.press("space", "escape")
        await pilot.pause(0.3)
        assert not isinstance(app.screen, IngestScreen)
    assert db.read_bytes() == before


async def test_a_folder_and_paths_separated_by_semicolons(tmp_path: Path, ui_store: Path) -> None:
    """A folder stands for its *.txt files; "a; b" for both: the facts of every article are listed,
    and Save merges them all in one write."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for src in (HUU_LUNG, LAP_THACH):
        shutil.copy(src, folder / src.name)
    (folder / "notes.md").write_text("không phải bài báo", encoding="utf-8")
    for n, value in enumerate((str(folder), f"{folder / HUU_LUNG.name}; {folder / LAP_THACH.name}")):
        (tmp_path / str(n)).mkdir()
        db = copy_store(tmp_path / str(n), ui_store)
        generation = _data(db)["_meta"]["1"]["generation"]
        app = watching_app(db)
        async with app.run_test(size=SIZE) as pilot:
            screen = await _open_and_plan(pilot, value)
            assert len({item.doc_id for item in screen.items}) == 2, value
            assert _review(screen).option_count == len(screen.items)
            await pilot.click("#review-save")
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            assert not isinstance(app.screen, IngestScreen)
        data = _data(db)
        assert len(data["documents"]) == 3 and data["_meta"]["1"]["generation"] == generation + 1


async def test_an_empty_folder_is_one_line(tmp_path: Path, ui_store: Path) -> None:
    """A folder without a .txt file: one line in the preview, no review list, nothing written."""
    db = copy_store(tmp_path, ui_store)
    before = db.read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_and_plan(pilot, str(empty))
        preview = str(screen.query_one("#ingest-preview", Static).render())
        assert "⚠" in preview and "thư mục không có tệp .txt nào" in preview
        assert not screen.query_one("#review-box").display
    assert db.read_bytes() == before


async def _review_screen(pilot: Pilot[Any]) -> None:
    """The review screen of the Hữu Lũng article (copied to a fixed path), the second fact unticked."""
    SNAP_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copy(HUU_LUNG, SNAP_DIR / HUU_LUNG.name)
    await _open_and_plan(pilot, str(SNAP_DIR / HUU_LUNG.name))
    await pilot.press("down", "space")
    await pilot.pause()


def test_review_screen_snapshot(snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp]) -> None:
    """What the review looks like at 120×40 (nothing is merged: the shared store is untouched)."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_review_screen)


async def test_e_corrects_a_fact_before_the_merge_and_every_rebuild_keeps_it(tmp_path: Path, ui_store: Path) -> None:
    """`e` on an official opens its fields filled with what was extracted; a bad value is refused
    beside its field; the corrected name is shown (✎), merged, kept for the article, and applied
    again by a later rebuild (which extracts the article again)."""
    db, article = _store_and_article(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_and_plan(pilot, str(article))
        review = _review(screen)
        index = next(i for i, item in enumerate(screen.items) if "Hoàng Văn Tường" in item.label)
        review.highlighted = index
        await pilot.press("e")
        await pilot.pause()
        fix = app.screen
        assert type(fix).__name__ == "FixScreen"
        name_box = fix.query_one("#in-name", Input)
        assert name_box.has_focus and name_box.value == "Hoàng Văn Tường"
        assert fix.query_one("#in-unit", Input).value == "Yên Vượng"
        await pilot.press("ctrl+u", "enter")  # an empty name: refused beside the field, nothing closes
        await pilot.pause()
        assert app.screen is fix and "tên: không được để trống" in str(fix.query_one("#err-name", Static).render())
        await pilot.press(*"Hoàng Văn Tưởng", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.items[index].label.startswith("✎ ") and "Hoàng Văn Tưởng" in screen.items[index].label
        assert "Hoàng Văn Tưởng" in str(review.get_option_at_index(index).prompt)
        assert index in review.selected
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        assert not isinstance(app.screen, IngestScreen)
    names = {o["name"] for o in table_rows(_data(db), "officials")}
    assert "Hoàng Văn Tưởng" in names and "Hoàng Văn Tường" not in names
    (row,) = table_rows(_data(db), "rejections")
    assert row["fixes"] == {"official:hoang van tuong": {"name": "Hoàng Văn Tưởng", "unit": "Yên Vượng", "concurrent": True}}
    # A later ingest extracts the stored articles again: the correction is applied again.
    assert run_cli("ingest", "--db", str(db), "--yes", str(LAP_THACH)).returncode == 0
    names = {o["name"] for o in table_rows(_data(db), "officials")}
    assert "Hoàng Văn Tưởng" in names and "Hoàng Văn Tường" not in names


async def test_tab_out_of_the_path_box_then_typing_still_reaches_it(tmp_path: Path, ui_store: Path) -> None:
    """I, Tab (focus leaves the path box), the path typed, Enter: the keys reach the path box and the
    plan is made (issue 16, item 2: they were silently ignored)."""
    db, article = _store_and_article(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("I")
        screen = app.screen
        assert isinstance(screen, IngestScreen)
        await pilot.press("tab")
        await pilot.pause()
        await pilot.press(*str(article))
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_one("#ingest-path", Input).value == str(article)
        assert screen.plan is not None and _review(screen).option_count > 0
