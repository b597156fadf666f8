"""The sources pane (6) and the articles each record lists, after a second article was ingested."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from lso_tui.i18n import Catalogue
from lso_tui.store.db import Store
from lso_tui.ui.screens.detail import DetailScreen
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.dataset import Dataset
from lso_tui.views.detail import detail
from tests.conftest import ROOT, run_cli
from tests.ui.conftest import app_on, copy_store, watching_app

CAO_LOC = ROOT / "tests" / "corpus" / "01_cao_loc_bon_xa.txt"


def two_articles(tmp_path: Path, ui_store: Path) -> Dataset:
    """The shipped store with the Cao Lộc article ingested."""
    db = copy_store(tmp_path, ui_store)
    out = run_cli("--db", str(db), "ingest", str(CAO_LOC), "--yes")
    assert out.returncode == 0, out.stderr
    return Dataset(Store.open(db), Catalogue("vi"))


async def test_sources_pane_lists_articles_with_their_facts(tmp_path: Path, ui_store: Path) -> None:
    """6: one row per article, oldest first, with how many records it supports; Enter: its detail."""
    ds = two_articles(tmp_path, ui_store)
    app = app_on(ds)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        lst = app.screen.query_one("#list-document", RecordList)
        rows = [lst.rows[i].cells for i in lst.view]
        assert [r[0] for r in rows] == ["09/09/2019", "26/02/2020"]
        assert rows[0][1].startswith("Cao Lộc") and rows[0][3] == "11"
        await pilot.press("enter")
        assert isinstance(app.screen, DetailScreen)
        links = app.screen.query_one("#links", OptionList)
        labels = [str(links.get_option_at_index(i).prompt) for i in range(links.option_count)]
        assert any("Tân Liên" in x for x in labels) and any("Lương Thị Huệ" in x for x in labels)


def test_every_record_lists_the_articles_that_support_it(tmp_path: Path, ui_store: Path) -> None:
    """Each record links to the articles that speak of it, and to no other."""
    ds = two_articles(tmp_path, ui_store)
    tan_lien = next(u for u in ds.units if u["name"] == "Tân Liên")
    chi_lang = next(u for u in ds.units if u["name"] == "Chi Lăng")
    labels = lambda rec: [l.label for l in detail(ds, "unit", rec["code"]).links if l.kind == "event"]  # noqa: E731,E741
    assert (
        len(labels(tan_lien)) == 1
        and "Cao Lộc" in labels(tan_lien)[0]
        and "09/09/2019" in labels(tan_lien)[0]
    )
    assert len(labels(chi_lang)) == 1 and "26/02/2020" in labels(chi_lang)[0]


async def test_add_an_article_from_the_dashboard(tmp_path: Path, ui_store: Path) -> None:
    """I: a path, Enter for the preview (each change with its sentence), Enter again to merge."""
    from textual.widgets import Input, Static

    from lso_tui.ui.dialogs.ingest import IngestScreen

    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("I")
        screen = app.screen
        assert isinstance(screen, IngestScreen)
        box = screen.query_one("#ingest-path", Input)
        box.value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        preview = lambda: str(screen.query_one("#ingest-preview", Static).render())  # noqa: E731
        assert "⚠" in preview() and "missing.txt" in preview()
        box.value = str(CAO_LOC)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        # In the user's language (the CLI prints the same lines in English).
        assert (
            "+ bài" in preview()
            and "đơn vị xã Tân Liên (Huyện Cao Lộc): mới → đã nhất thể hóa 2018-07 — «" in preview()
        )
        assert "số liệu mới Huyện Cao Lộc: 4/23 tính đến 2019-09 (danh mục hành chính ghi 22" in preview()
        assert len(Store.open(db).rows("documents")) == 1  # nothing written before the second Enter
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert not isinstance(app.screen, IngestScreen)
        assert len(app.ds.documents) == 2 and any(u["name"] == "Tân Liên" for u in app.ds.units)
